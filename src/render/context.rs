//! What every page's template gets: the frame (language, links to the site root, canonical
//! and hreflang addresses, the site title), the context shared by a company's pages in one
//! locale (its notices, feeds, exports and navigation), and [`PageContext`], which
//! fingerprints everything put into a context so that an unchanged page need not render
//! again.

use std::hash::Hasher;

use serde::Serialize;
use tera::Context;

use super::ContextUse;
use super::Renderer;
use super::cache::Fragment;
use super::notices::NoticeView;
use super::policy::UpcomingView;
use crate::model::Company;
use crate::plan::{Page, PageKind, paths};
use crate::text::hash::Fingerprint;

/// What every page's template gets.
#[derive(Serialize)]
pub(super) struct Frame<'a> {
    /// The language of the interface: the page's locale, or `en` where that locale has no
    /// messages (see `Messages::interface_locale`). `t(key=…)` and `| date` write in it.
    pub(super) lang: &'a str,
    /// The page's locale: the language of the company's text.
    pub(super) page_lang: &'a str,
    /// `ltr` or `rtl`: the direction of the company's text.
    pub(super) page_dir: &'static str,
    /// Where the interface is in English because the page's locale has no messages: the
    /// note that says so, in English.
    pub(super) interface_note: Option<String>,
    pub(super) root: String,
    pub(super) site_title: String,
    pub(super) page_kind: &'static str,
    pub(super) canonical: Option<String>,
    pub(super) alternates: Vec<AlternateView>,
    pub(super) x_default: Option<String>,
    /// What the page is, in plain text: `<meta name="description">`; never empty.
    pub(super) description: Option<String>,
    /// The Atom feeds the page names in `<link rel="alternate">`: its company's feed in
    /// its locale (or in each locale, on the company's page), then the site's.
    pub(super) feeds: Vec<FeedLink>,
    /// `ltr` or `rtl`, from CLDR.
    pub(super) dir: &'static str,
}

#[derive(Serialize)]
pub(super) struct AlternateView {
    pub(super) lang: String,
    pub(super) label: String,
    pub(super) href: String,
    pub(super) url: String,
}

#[derive(Serialize)]
pub(super) struct CompanyView<'a> {
    pub(super) slug: &'a str,
    pub(super) display_name: &'a str,
    #[serde(flatten)]
    pub(super) info: &'a crate::model::CompanyInfo,
}

#[derive(Serialize)]
pub(super) struct Links {
    pub(super) current: String,
    pub(super) history: String,
    /// The processor table, where the document has one.
    pub(super) processors: Option<String>,
    /// The cookie table, where the document declares cookies.
    pub(super) cookies: Option<String>,
    pub(super) permalink: Option<String>,
    /// The permanent address in full, for print.
    pub(super) permalink_url: Option<String>,
    pub(super) diff: Option<String>,
    /// Whether any revision is in force to link to.
    pub(super) current_revision: bool,
}

#[derive(Serialize)]
pub(super) struct StaleView {
    pub(super) since: String,
    pub(super) reference: String,
    pub(super) reference_label: String,
    pub(super) href: String,
}

#[derive(Serialize)]
pub(super) struct Exports {
    pub(super) policy_json: String,
    pub(super) processors_json: String,
    pub(super) processors_csv: String,
}

#[derive(Serialize)]
pub(super) struct FeedLink {
    pub(super) title: String,
    pub(super) href: String,
}

/// A template's context. When the renderer keeps fingerprints, everything put in is hashed
/// on the way, so that a page whose context is as before need not be rendered again: with
/// the theme and messages unchanged, a page is a function of its template and context.
pub(super) struct PageContext {
    pub(super) context: Option<Context>,
    pub(super) hasher: Option<Fingerprint>,
    /// The revision (company, locale and index) a native template reads typed rather
    /// than from `context` (see [`super::native::value`]).
    pub(super) revision: Option<(usize, usize, usize)>,
}

impl PageContext {
    pub(super) fn insert<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) {
        self.hash(key, value);
        if let Some(context) = &mut self.context {
            context.insert(key, value);
        }
    }

    /// Adds the fields of `value`, a struct, as top-level names.
    pub(super) fn extend_with<T: Serialize>(&mut self, value: &T) -> tera::TeraResult<()> {
        self.hash("", value);
        if let Some(context) = &mut self.context {
            context.extend(Context::from_serialize(value)?);
        }
        Ok(())
    }

    /// Feeds a named value into the fingerprint, as JSON; names and values are delimited,
    /// so different contexts cannot run together into the same bytes.
    pub(super) fn hash<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) {
        let Some(hasher) = &mut self.hasher else {
            return;
        };
        hasher.write(key.as_bytes());
        hasher.write_u8(b'=');
        if serde_json::to_writer(&mut *hasher, value).is_err() {
            // Views are plain data and serialize; were one not to, the page would have no
            // fingerprint and always render.
            self.hasher = None;
            return;
        }
        hasher.write_u8(b'\n');
    }

    /// Adds a view several pages show (`view` makes it), made into a template value once:
    /// the context takes a reference to that value, and the fingerprint its digest, each
    /// made on first use. `template` is the page's, named by the error where the view
    /// could not be made a value. Without `as_value`, only the fingerprint takes it: the
    /// page's template reads the view typed.
    pub(super) fn insert_shared<T: Serialize>(
        &mut self,
        key: &'static str,
        shared: &SharedView,
        view: impl Fn() -> T,
        template: &str,
        as_value: bool,
    ) -> Result<(), crate::diagnostic::Diagnostic> {
        if let Some(hasher) = &mut self.hasher {
            let digest = shared.digest.get_or_init(|| {
                let mut fingerprint = PageContext {
                    context: None,
                    hasher: Some(Fingerprint::new()),
                    revision: None,
                };
                fingerprint.hash("", &view());
                fingerprint.hasher.map(|h| h.finish128())
            });
            match digest {
                Some(digest) => {
                    hasher.write(key.as_bytes());
                    hasher.write_u8(b'=');
                    hasher.write(&digest.to_le_bytes());
                    hasher.write_u8(b'\n');
                }
                None => self.hasher = None,
            }
        }
        if let Some(context) = self.context.as_mut().filter(|_| as_value) {
            let value = shared.value.get_or_init(|| {
                tera::Value::try_from_serializable(&view()).map_err(|e| e.to_string())
            });
            let value = value.as_ref().map_err(|e| {
                crate::diagnostic::Diagnostic::error(
                    template,
                    format!(
                        "internal error: the page's {key} could not be made a template value: {e}"
                    ),
                )
            })?;
            context.insert_value(key, value.clone());
        }
        Ok(())
    }

    /// The fingerprint of the page this context renders with `template`, when kept.
    pub(super) fn fingerprint(&self, template: &str) -> Option<u128> {
        let mut hasher = self.hasher.clone()?;
        hasher.write(template.as_bytes());
        Some(hasher.finish128())
    }
}

/// A view that several pages of a build show (a revision on its page, the current page
/// and its diff; a company on all its pages), made into a template value once (see
/// [`PageContext::insert_shared`]). Template values share their strings and lists, so
/// each page's context holds a reference to it rather than a copy; a page's fingerprint
/// takes its digest (SipHash of the view as JSON, as [`PageContext::hash`] hashes any
/// other value) rather than the view again.
#[derive(Default)]
pub(super) struct SharedView {
    value: std::sync::OnceLock<Result<tera::Value, String>>,
    /// `None` where the view would not serialize: the pages showing it then have no
    /// fingerprint, and always render.
    digest: std::sync::OnceLock<Option<u128>>,
}

/// The company and locale of a page of one company in one locale.
fn company_locale(kind: &PageKind) -> Option<(usize, usize)> {
    match *kind {
        PageKind::Current { company, locale }
        | PageKind::Revision {
            company, locale, ..
        }
        | PageKind::Diff {
            company, locale, ..
        }
        | PageKind::History { company, locale }
        | PageKind::Processors { company, locale }
        | PageKind::Cookies { company, locale } => Some((company, locale)),
        _ => None,
    }
}

pub(super) fn company_view(c: &Company) -> CompanyView<'_> {
    CompanyView {
        slug: &c.slug,
        display_name: c.display_name(),
        info: &c.info,
    }
}

impl<'a> Renderer<'a> {
    pub(super) fn new_context(&self) -> PageContext {
        PageContext {
            context: (self.contexts != ContextUse::Fingerprint).then(Context::new),
            hasher: (self.contexts != ContextUse::Render).then(Fingerprint::new),
            revision: None,
        }
    }

    pub(super) fn frame(&self, page: &Page, page_lang: &'a str) -> Frame<'a> {
        let lang = self.messages.interface_locale(page_lang);
        let interface_note = (lang != page_lang).then(|| {
            let language = self.language_name_in(lang, page_lang);
            self.t(
                lang,
                "interface-untranslated-note",
                &[("language", language.as_str())],
            )
        });
        let config = &self.site.config;
        let root = if page.kind == PageKind::NotFound {
            config.base_path()
        } else {
            paths::root_from(&page.path)
        };
        let alternates = page
            .alternates
            .iter()
            .map(|(l, p)| AlternateView {
                lang: l.clone(),
                label: self.language_label(l),
                href: format!("{root}{p}"),
                url: config.url(p),
            })
            .collect();
        Frame {
            lang,
            page_lang,
            page_dir: crate::text::cldr::direction(page_lang),
            interface_note,
            site_title: self
                .messages
                .get_own(page_lang, "site-title")
                .unwrap_or_else(|| config.title.clone()),
            page_kind: match page.kind {
                PageKind::SiteIndex => "index",
                PageKind::NotFound => "404",
                PageKind::Company { .. } => "company",
                PageKind::Current { .. } => "current",
                PageKind::Revision { .. } => "revision",
                PageKind::History { .. } => "history",
                PageKind::Processors { .. } => "processors",
                PageKind::Cookies { .. } => "cookies",
                PageKind::Diff { .. } => "diff",
                PageKind::Feed { .. } | PageKind::SiteFeed => "feed",
                PageKind::PolicyJson { .. }
                | PageKind::ProcessorsJson { .. }
                | PageKind::ProcessorsCsv { .. }
                | PageKind::CurrentJson { .. }
                | PageKind::RevisionsJson { .. }
                | PageKind::CookiesJson { .. }
                | PageKind::CookiesCsv { .. } => "export",
                PageKind::SiteSitemap | PageKind::Sitemap { .. } => "sitemap",
            },
            canonical: (page.kind != PageKind::NotFound).then(|| config.url(&page.path)),
            alternates,
            x_default: page.x_default.as_ref().map(|p| config.url(p)),
            description: Some(self.description(page, lang)),
            feeds: self.feed_links(page, lang, &root),
            dir: crate::text::cldr::direction(lang),
            root,
        }
    }

    /// The feeds a page links to: a company's page in one locale, that locale's feed; the
    /// company's page, the feed of each of its locales; then, on every page, the site's.
    fn feed_links(&self, page: &Page, lang: &str, root: &str) -> Vec<FeedLink> {
        let site = &self.site.companies;
        let locale_feed = |ci: usize, li: usize, title: String| {
            let c = &site[ci];
            FeedLink {
                title,
                href: format!(
                    "{root}{}",
                    paths::feed(&c.path, c.locales[li].locale.as_str())
                ),
            }
        };
        let mut feeds = match company_locale(&page.kind) {
            Some((ci, li)) => {
                let name = site[ci].display_name();
                vec![locale_feed(
                    ci,
                    li,
                    self.t(lang, "feed-title", &[("company", name)]),
                )]
            }
            None => match page.kind {
                PageKind::Company { company: ci } => {
                    let name = site[ci].display_name();
                    (0..site[ci].locales.len())
                        .map(|li| {
                            let loc = site[ci].locales[li].locale.as_str();
                            let title = self.t(lang, "feed-title", &[("company", name)]);
                            let label = self.language_label(loc);
                            locale_feed(ci, li, format!("{title} ({label})"))
                        })
                        .collect()
                }
                _ => Vec::new(),
            },
        };
        feeds.push(FeedLink {
            title: self.t(lang, "site-feed-title", &[]),
            href: format!("{root}{}", paths::SITE_FEED),
        });
        feeds
    }

    /// A page's description: a revision's summary where it has one, else its title and the
    /// company's name; the index's introduction; the 404 page's text. Plain text on one
    /// line, never empty.
    fn description(&self, page: &Page, lang: &str) -> String {
        let company = |ci: usize| &self.site.companies[ci];
        let titled = |title: &str, ci: usize| format!("{title} – {}", company(ci).display_name());
        let revision = |ci: usize, li: usize, ri: usize| {
            let r = &company(ci).locales[li].revisions[ri];
            match r.summary.as_deref().map(str::trim) {
                Some(summary) if !summary.is_empty() => summary.to_string(),
                _ => titled(&r.title, ci),
            }
        };
        let text = match page.kind {
            PageKind::SiteIndex => self.t(lang, "index-intro", &[]),
            PageKind::NotFound => self.t(lang, "not-found-text", &[]),
            PageKind::Company { company: ci } => {
                let c = company(ci);
                match c.locale(&c.info.default_locale).or(c.locales.first()) {
                    Some(h) => {
                        let li = c.locales.iter().position(|x| x.locale == h.locale);
                        let t = li.map(|li| &self.plan.timelines[ci][li]);
                        let ri = t.map_or(0, |t| t.current_index());
                        titled(&h.revisions[ri].title, ci)
                    }
                    None => c.display_name().to_string(),
                }
            }
            PageKind::Current {
                company: ci,
                locale: li,
            } => revision(ci, li, self.plan.timelines[ci][li].current_index()),
            PageKind::Revision {
                company: ci,
                locale: li,
                revision: ri,
            }
            | PageKind::Diff {
                company: ci,
                locale: li,
                revision: ri,
            } => revision(ci, li, ri),
            PageKind::History { company: ci, .. } => {
                titled(&self.t(lang, "history-title", &[]), ci)
            }
            PageKind::Processors { company: ci, .. } => {
                titled(&self.t(lang, "processors-title", &[]), ci)
            }
            PageKind::Cookies { company: ci, .. } => {
                titled(&self.t(lang, "cookies-title", &[]), ci)
            }
            _ => String::new(),
        };
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        if text.is_empty() {
            self.site.config.title.clone()
        } else {
            text
        }
    }

    /// A language's name in itself ("Svenska"), from CLDR unless the site's messages give
    /// a `language-name`.
    pub(super) fn language_label(&self, lang: &str) -> String {
        self.messages
            .get_own(lang, "language-name")
            .unwrap_or_else(|| crate::text::cldr::autonym(lang))
    }

    /// Context shared by a company's pages in one locale.
    pub(super) fn company_locale_context(
        &self,
        ci: usize,
        li: usize,
        root: &str,
        template: &str,
    ) -> Result<PageContext, crate::diagnostic::Diagnostic> {
        let company = &self.site.companies[ci];
        let history = &company.locales[li];
        let t = &self.plan.timelines[ci][li];
        let slug = &company.path;
        let loc = history.locale.as_str();
        let mut context = self.new_context();
        context.insert_shared(
            "company",
            &self.caches[ci].company,
            || company_view(company),
            template,
            true,
        )?;
        context.insert("locale", loc);
        context.insert("status", "none");
        context.insert("upcoming", &Option::<UpcomingView<'_>>::None);
        context.insert("translation", &Option::<TranslationView>::None);
        let stale = t.stale_since.map(|since| {
            let reference = company.info.default_locale.to_string();
            StaleView {
                since: since.to_string(),
                reference_label: self.language_name_in(loc, &reference),
                href: format!("{root}{}", paths::current(slug, &reference)),
                reference,
            }
        });
        context.insert("stale", &stale);
        context.insert("notice_facts", &Option::<NoticeView>::None);
        context.insert("reference_upcoming", &self.reference_upcoming(ci, li, root));
        context.insert("subscribe", &self.site.config.subscribe);
        let exports = Exports {
            policy_json: format!("{root}{}", paths::policy_json(slug, loc)),
            processors_json: format!("{root}{}", paths::processors_json(slug, loc)),
            processors_csv: format!("{root}{}", paths::processors_csv(slug, loc)),
        };
        context.insert("exports", &exports);
        context.insert("documents", &self.documents_nav(ci, loc, root));
        context.insert("is_notice", &company.document.is_none());
        Ok(context)
    }

    /// The company's documents, for the reader of `lang` on a page of document `ci`: each
    /// in that language where it has it, else in its reference language, which the link
    /// then names. Empty where the company has one document.
    pub(super) fn documents_nav(&self, ci: usize, lang: &str, root: &str) -> Vec<DocumentLink> {
        let companies = &self.site.companies;
        let slug = &companies[ci].slug;
        let units: Vec<usize> = self.site.units_of(slug).collect();
        if units.len() < 2 {
            return Vec::new();
        }
        let ui = self.messages.interface_locale(lang);
        units
            .into_iter()
            .filter_map(|i| {
                let c = &companies[i];
                let li = c
                    .locales
                    .iter()
                    .position(|h| h.locale.as_str() == lang)
                    .or_else(|| {
                        c.locales
                            .iter()
                            .position(|h| h.locale == c.info.default_locale)
                    })
                    .or((!c.locales.is_empty()).then_some(0))?;
                let history = &c.locales[li];
                let revision = &history.revisions[self.plan.timelines[i][li].current_index()];
                let other = history.locale.as_str() != lang;
                Some(DocumentLink {
                    title: revision.title.clone(),
                    kind: self.t(ui, &format!("document-kind-{}", c.kind().as_str()), &[]),
                    href: format!("{root}{}", paths::current(&c.path, history.locale.as_str())),
                    lang: history.locale.to_string(),
                    current: i == ci,
                    in_language: other
                        .then(|| self.language_name_in(lang, history.locale.as_str())),
                })
            })
            .collect()
    }

    /// A message with string arguments in `lang`.
    pub(super) fn t(&self, lang: &str, key: &str, args: &[(&str, &str)]) -> String {
        self.messages.text(lang, key, args)
    }

    pub(super) fn links(&self, ci: usize, li: usize, root: &str) -> Links {
        let company = &self.site.companies[ci];
        let slug = &company.path;
        let loc = company.locales[li].locale.as_str();
        let history = &company.locales[li];
        Links {
            current: format!("{root}{}", paths::current(slug, loc)),
            history: format!("{root}{}", paths::history(slug, loc)),
            processors: crate::plan::has_processors_page(company, history)
                .then(|| format!("{root}{}", paths::processors(slug, loc))),
            cookies: crate::plan::has_cookies_page(company, history)
                .then(|| format!("{root}{}", paths::cookies(slug, loc))),
            permalink: None,
            permalink_url: None,
            diff: None,
            current_revision: self.plan.timelines[ci][li].in_force.is_some(),
        }
    }

    /// A fragment of prose as the page shows it: minified when the templates were.
    pub(super) fn fragment_html<'f>(&self, fragment: &'f Fragment) -> &'f str {
        match (&fragment.minified, self.theme.minified) {
            (Some(small), true) => small,
            _ => &fragment.html,
        }
    }

    /// What a revision that says it is a translation says of its original: the language
    /// (named in the reader's language) and the original revision it links to: the one of
    /// the same date, else the one in force on that date, else the locale's current page.
    pub(super) fn translation(
        &self,
        ci: usize,
        li: usize,
        ri: usize,
        root: &str,
    ) -> Option<TranslationView> {
        let company = &self.site.companies[ci];
        let history = &company.locales[li];
        let revision = &history.revisions[ri];
        let from = revision.translated_from.as_ref()?;
        let original = company.locale(from)?;
        let href = match original.in_force_on(revision.date) {
            Some(r) => paths::revision(&company.path, from.as_str(), r.date),
            None => paths::current(&company.path, from.as_str()),
        };
        Some(TranslationView {
            from: from.to_string(),
            language: self.language_name_in(history.locale.as_str(), from.as_str()),
            href: format!("{root}{href}"),
            by: revision
                .translated_by
                .unwrap_or(crate::model::TranslatedBy::Site)
                .as_str(),
        })
    }

    /// The language `of`, named for a reader of `lang` (in English where `lang`'s pages
    /// show the English interface).
    pub(super) fn language_name_in(&self, lang: &str, of: &str) -> String {
        crate::text::cldr::language_name(self.messages.interface_locale(lang), of)
    }
}

/// The sub-processor list a revision's recipients are listed in (`processors_in`).
#[derive(Serialize)]
pub(super) struct ListedInView {
    pub(super) title: String,
    pub(super) href: String,
    pub(super) lang: String,
    /// Where the list is not in the page's language: its language, named in the reader's.
    pub(super) in_language: Option<String>,
}

impl<'a> Renderer<'a> {
    /// Where revision `ri` of company `ci` in locale `li` lists its recipients, linked
    /// from a page at `root`: the list's revision in force on that date where it has one,
    /// else its current page.
    pub(super) fn listed_in(
        &self,
        ci: usize,
        li: usize,
        ri: usize,
        root: &str,
    ) -> Option<ListedInView> {
        let company = &self.site.companies[ci];
        let history = &company.locales[li];
        let revision = &history.revisions[ri];
        let (list, lh, shown) =
            self.site
                .processors_listed_in(company, &history.locale, revision)?;
        let loc = lh.locale.as_str();
        let (title, path) = match shown {
            Some(r) => (r.title.clone(), paths::revision(&list.path, loc, r.date)),
            None => (
                lh.latest().map(|r| r.title.clone()).unwrap_or_default(),
                paths::current(&list.path, loc),
            ),
        };
        Some(ListedInView {
            title,
            href: format!("{root}{path}"),
            lang: loc.to_string(),
            in_language: (lh.locale != history.locale)
                .then(|| self.language_name_in(history.locale.as_str(), loc)),
        })
    }
}

/// One of a company's documents, linked from each of its pages.
#[derive(Serialize)]
pub(super) struct DocumentLink {
    /// Its title in force, in the language it opens in.
    pub(super) title: String,
    /// What kind of document it is, in the reader's language.
    pub(super) kind: String,
    pub(super) href: String,
    /// The language it opens in.
    pub(super) lang: String,
    /// The document of the page itself.
    pub(super) current: bool,
    /// Where it is not in the reader's language: the language it opens in, named in the
    /// reader's.
    pub(super) in_language: Option<String>,
}

/// A translation's link to its original.
#[derive(Serialize)]
pub(super) struct TranslationView {
    /// The original's locale tag.
    pub(super) from: String,
    /// Its language, in the reader's.
    pub(super) language: String,
    pub(super) href: String,
    /// Who made it: `site` (the site's editors) or `company`.
    pub(super) by: &'static str,
}

#[cfg(test)]
mod tests {
    use std::cell::Cell;

    use super::*;

    fn both() -> PageContext {
        PageContext {
            context: Some(Context::new()),
            hasher: Some(Fingerprint::new()),
            revision: None,
        }
    }

    #[derive(Serialize)]
    struct View {
        title: &'static str,
        body: String,
    }

    #[test]
    fn a_shared_view_is_made_once_for_every_page_and_reads_as_inserted() {
        let shared = SharedView::default();
        let made = Cell::new(0);
        let view = || {
            made.set(made.get() + 1);
            View {
                title: "Privacy",
                body: "<p>Long prose</p>".repeat(10),
            }
        };
        let mut pages: Vec<PageContext> = (0..3).map(|_| both()).collect();
        for page in &mut pages {
            page.insert_shared("revision", &shared, view, "policy.html", true)
                .unwrap();
        }
        // Once for the template value and once for the digest, not once per page.
        assert_eq!(made.get(), 2);
        let mut plain = both();
        plain.insert("revision", &view());
        for page in &pages {
            assert_eq!(
                page.context.as_ref().unwrap().get("revision"),
                plain.context.as_ref().unwrap().get("revision"),
            );
            assert_eq!(
                page.fingerprint("policy.html"),
                pages[0].fingerprint("policy.html")
            );
        }
    }

    #[test]
    fn pages_showing_different_views_have_different_fingerprints() {
        let fingerprint = |body: &str| {
            let mut page = both();
            let view = || View {
                title: "Privacy",
                body: body.to_string(),
            };
            page.insert_shared(
                "revision",
                &SharedView::default(),
                view,
                "policy.html",
                true,
            )
            .unwrap();
            page.fingerprint("policy.html")
        };
        assert_eq!(fingerprint("<p>a</p>"), fingerprint("<p>a</p>"));
        assert_ne!(fingerprint("<p>a</p>"), fingerprint("<p>b</p>"));
        assert!(fingerprint("<p>a</p>").is_some());
    }

    #[test]
    fn a_context_that_only_renders_never_makes_the_digest() {
        let shared = SharedView::default();
        let made = Cell::new(0);
        let mut page = PageContext {
            context: Some(Context::new()),
            hasher: None,
            revision: None,
        };
        let view = || {
            made.set(made.get() + 1);
            View {
                title: "Privacy",
                body: String::new(),
            }
        };
        page.insert_shared("revision", &shared, view, "policy.html", true)
            .unwrap();
        assert_eq!(made.get(), 1);
        assert!(shared.digest.get().is_none());
    }
}
