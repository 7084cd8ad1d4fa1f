//! Renders the planned pages with Tera: templates built in, then the site's theme folder,
//! then its `templates/`, each overriding by file name. Pages render in parallel; the
//! result is a map from output path to bytes, the same for every run with the same input.
//!
//! One module per page family, named after its address, so the code of a page is one hop
//! from its URL:
//!
//! | address | module | template |
//! |---|---|---|
//! | `/`, `/<company>/`, `/404.html` | [`index`] | `index.html`, `company.html`, `404.html` |
//! | `/<company>/<locale>/` and `/<company>/<locale>/<date>/` | [`policy`] | `policy.html` |
//! | `/<company>/<locale>/<date>/diff/` | [`diff`] | `diff.html` |
//! | `/<company>/<locale>/history/` | [`history`] | `history.html` |
//! | `/<company>/<locale>/processors/` | [`processors`] | `processors.html` |
//! | `/<company>/<locale>/feed.xml`, `/feed.xml` | [`feeds`] | `feed.xml` |
//! | `/<company>/<locale>/policy.json`, `processors.json`, `processors.csv` | [`exports`] | none: [`crate::render::export`] |
//! | `/sitemap.xml`, `/sitemap-site.xml`, `/<company>/sitemap.xml`, `/robots.txt` | [`sitemap`] | `robots.txt` |
//!
//! Each page module holds the view structs its template reads, beside the code that fills
//! them. Where the built-in templates render minified, [`native`] writes the policy and diff
//! pages without Tera, from the same context. Shared by all: [`theme`] (templates, static files,
//! Tera helpers), [`context`] (what
//! every page gets, and the fingerprinted [`context::PageContext`]), [`cache`] (each
//! company's prose and diffs, kept across rebuilds) and [`minify`]. This module holds the
//! [`Renderer`] and dispatches each planned page to its module.
//!
//! The theme also holds two templates that are not pages, [`EMAIL_TEMPLATES`]: the parts of
//! the notice e-mail, which `privsite notify` renders through [`Theme::render`].

use std::collections::HashMap;

use rayon::prelude::*;

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::model::Site;
use crate::plan::{Page, PageKind, Plan, paths};
use crate::text::i18n::Messages;
use context::PageContext;
use minify::minify_page;

mod cache;
mod context;
pub mod cookies;
mod diff;
pub mod digest;
pub mod export;
mod exports;
mod feeds;
mod history;
mod index;
pub mod manifest;
mod minify;
mod native;
mod notices;
mod policy;
mod processors;
mod sitemap;
mod theme;
mod write;

pub use cache::{CachedDiff, CompanyCache};
pub use digest::Digest;
pub use feeds::SITE_FEED_ENTRIES;
pub use processors::anchor_of;
pub use sitemap::sitemap_index_and_robots;
pub use theme::{EMAIL_TEMPLATES, Theme};
pub use write::{Counts, Put, SiteWriter, WrittenCompany};

/// A rendered output file.
#[derive(Debug)]
pub struct RenderedPage {
    /// Its path in the output folder.
    pub file: String,
    /// Its bytes; `None` when its fingerprint showed it unchanged, so it was not rendered.
    pub bytes: Option<Vec<u8>>,
    /// What its template was given, hashed, when fingerprints are kept.
    pub fingerprint: Option<u128>,
    /// Whether a template was rendered for it: not for the exports, which are written
    /// directly, nor for a page its fingerprint showed unchanged.
    pub templated: bool,
}

/// Renders `pages` of `plan` in parallel. `caches` holds each company's cache, in the
/// site's company order. With `previous`, each page's context is fingerprinted, and a page
/// whose fingerprint is the one `previous` holds for its file is not rendered again.
pub fn render_pages(
    site: &Site,
    plan: &Plan,
    theme: &Theme,
    messages: &Messages,
    caches: &[CompanyCache],
    pages: &[&Page],
    previous: Option<&HashMap<String, u128>>,
) -> Result<Vec<RenderedPage>, Diagnostics> {
    let renderer = Renderer {
        site,
        plan,
        theme,
        messages,
        caches: Caches::All(caches),
        site_feed: None,
        digests: &[],
        contexts: if previous.is_some() {
            ContextUse::Both
        } else {
            ContextUse::Render
        },
    };
    let results: Vec<Result<RenderedPage, Diagnostic>> = pages
        .par_iter()
        .map(|page| {
            let before = previous.and_then(|p| p.get(&paths::file(&page.path)).copied());
            renderer.render(page, before)
        })
        .collect();
    let mut diags = Diagnostics::default();
    let mut rendered = Vec::with_capacity(results.len());
    for result in results {
        match result {
            Ok(page) => rendered.push(page),
            Err(d) => diags.push(d),
        }
    }
    if diags.has_errors() {
        diags.sort();
        return Err(diags);
    }
    Ok(rendered)
}

/// Room for a typical page (a policy page is 20 to 40 KB), so rendering rarely copies
/// what it has written to grow.
const PAGE_CAPACITY: usize = 48 * 1024;

#[derive(Clone, Copy)]
struct Renderer<'a> {
    site: &'a Site,
    plan: &'a Plan,
    theme: &'a Theme,
    messages: &'a Messages,
    caches: Caches<'a>,
    /// The site feed's entries, made beforehand when the caches they come from are not
    /// all at hand (see [`write`](mod@write)).
    site_feed: Option<&'a [feeds::FeedEntry]>,
    /// The companies not loaded, whose files the build carries over: what the index and
    /// the 404 page need of them (see [`digest`]).
    digests: &'a [Digest],
    contexts: ContextUse,
}

/// The company caches a renderer reads: every company's, in the site's order, or only
/// the cache of the one company whose pages it renders.
#[derive(Clone, Copy)]
enum Caches<'a> {
    All(&'a [CompanyCache]),
    One(usize, &'a CompanyCache),
    /// The caches of the companies from `.0` on: a company's documents, whose notice's
    /// feed carries them all.
    Run(usize, &'a [CompanyCache]),
}

impl std::ops::Index<usize> for Caches<'_> {
    type Output = CompanyCache;

    fn index(&self, ci: usize) -> &CompanyCache {
        match *self {
            Caches::All(all) => &all[ci],
            Caches::One(only, cache) if only == ci => cache,
            Caches::Run(start, run) if ci >= start && ci - start < run.len() => &run[ci - start],
            Caches::Run(start, _) => {
                unreachable!("company {ci}'s cache asked of the renderer of a run from {start}")
            }
            // A renderer made for one company renders only that company's pages.
            Caches::One(only, _) => {
                unreachable!("company {ci}'s cache asked of company {only}'s renderer")
            }
        }
    }
}

/// What the contexts a renderer builds are for.
#[derive(Clone, Copy, PartialEq, Eq)]
enum ContextUse {
    Render,
    /// Only to compare with the page's last fingerprint: the template's values are not
    /// built, which is most of a context's cost.
    Fingerprint,
    Both,
}

impl<'a> Renderer<'a> {
    fn with_contexts(&self, contexts: ContextUse) -> Renderer<'a> {
        Renderer { contexts, ..*self }
    }

    /// Renders one page to its output file, unless `previous` is the fingerprint of what
    /// the page showed last time and it shows the same now.
    fn render(&self, page: &Page, previous: Option<u128>) -> Result<RenderedPage, Diagnostic> {
        let file = paths::file(&page.path);
        if let Some(text) = self.export(page).or_else(|| self.sitemap(page)) {
            return Ok(RenderedPage {
                file,
                bytes: Some(text.into_bytes()),
                fingerprint: None,
                templated: false,
            });
        }
        let (template, context, fingerprint) = match previous {
            // Fingerprint first, and build the context for the template only if it changed.
            Some(before) if self.contexts == ContextUse::Both => {
                let probe = self.with_contexts(ContextUse::Fingerprint);
                let (template, context) = probe.page_context(page)?;
                let fingerprint = context.fingerprint(template);
                if fingerprint == Some(before) {
                    return Ok(RenderedPage {
                        file,
                        bytes: None,
                        fingerprint,
                        templated: false,
                    });
                }
                let (template, context) =
                    self.with_contexts(ContextUse::Render).page_context(page)?;
                (template, context, fingerprint)
            }
            _ => {
                let (template, context) = self.page_context(page)?;
                let fingerprint = context.fingerprint(template);
                (template, context, fingerprint)
            }
        };
        let typed = context.revision.map(|at| self.revision_view(at));
        let Some(context) = &context.context else {
            return Err(Diagnostic::error(
                template,
                "internal error: a page's context was not built",
            ));
        };
        // Rendered straight into bytes: the page is written as bytes, and Tera's text
        // (escaped from valid strings) needs no second check that it is UTF-8.
        let mut bytes = Vec::with_capacity(PAGE_CAPACITY);
        if let Some(native) = self.native(template) {
            let mut out = native::Out::new(&mut bytes, context, self.messages);
            if let Some(view) = &typed {
                #[cfg(debug_assertions)]
                self.same_as_value(template, view, context)?;
                out = out.with_typed("revision", native::value::ToV::v(view));
            }
            native(&mut out).map_err(|d| self.theme.in_template(d, template))?;
            #[cfg(debug_assertions)]
            self.same_as_tera(template, context, &bytes)?;
        } else {
            self.theme
                .tera
                .render_to(template, context, &mut bytes)
                .map_err(|e| self.error(template, &e))?;
        }
        if self.theme.minified || !(self.site.config.build.minify && file.ends_with(".html")) {
            return Ok(RenderedPage {
                file,
                bytes: Some(bytes),
                fingerprint,
                templated: true,
            });
        }
        let html = String::from_utf8(bytes).map_err(|_| {
            Diagnostic::error(template, "internal error: a page rendered as invalid UTF-8")
        })?;
        let prose = match page.kind {
            PageKind::Current { company, locale } => {
                let t = &self.plan.timelines[company][locale];
                Some(&*self.caches[company].prose[locale][t.current_index()])
            }
            PageKind::Revision {
                company,
                locale,
                revision,
            } => Some(&*self.caches[company].prose[locale][revision]),
            _ => None,
        };
        Ok(RenderedPage {
            file,
            bytes: Some(minify_page(&html, prose)),
            fingerprint,
            templated: true,
        })
    }

    /// A page's template and context.
    fn page_context(&self, page: &Page) -> Result<(&'static str, PageContext), Diagnostic> {
        let (template, lang, mut context) = match &page.kind {
            PageKind::PolicyJson { .. }
            | PageKind::ProcessorsJson { .. }
            | PageKind::ProcessorsCsv { .. }
            | PageKind::CurrentJson { .. }
            | PageKind::RevisionsJson { .. }
            | PageKind::CookiesJson { .. }
            | PageKind::CookiesCsv { .. }
            | PageKind::SiteSitemap
            | PageKind::Sitemap { .. } => {
                return Err(Diagnostic::error(
                    &page.path,
                    "internal error: an export has no template",
                ));
            }
            PageKind::Diff {
                company,
                locale,
                revision,
            } => self.diff_page(page, *company, *locale, *revision)?,
            PageKind::Feed { company, locale } => self.feed(*company, *locale)?,
            PageKind::SiteFeed => self.site_feed()?,
            PageKind::SiteIndex => (
                "index.html",
                self.site.config.default_locale.as_str(),
                self.index_context(),
            ),
            PageKind::NotFound => (
                "404.html",
                self.site.config.default_locale.as_str(),
                self.not_found_context(),
            ),
            PageKind::Company { company } => {
                let c = &self.site.companies[*company];
                (
                    "company.html",
                    c.info.default_locale.as_str(),
                    self.company_context(c),
                )
            }
            PageKind::Current { company, locale } => {
                let t = &self.plan.timelines[*company][*locale];
                self.policy(page, *company, *locale, t.current_index(), true)?
            }
            PageKind::Revision {
                company,
                locale,
                revision,
            } => self.policy(page, *company, *locale, *revision, false)?,
            PageKind::History { company, locale } => self.history(*company, *locale)?,
            PageKind::Processors { company, locale } => self.processors(*company, *locale)?,
            PageKind::Cookies { company, locale } => self.cookies_page(page, *company, *locale)?,
        };
        let frame = self.frame(page, lang);
        context
            .extend_with(&frame)
            .map_err(|e| self.error(template, &e))?;
        Ok((template, context))
    }

    fn error(&self, template: &str, e: &tera::Error) -> Diagnostic {
        self.theme.error(template, e)
    }

    /// The native form of `template`, where pages are rendered with it: the built-in
    /// templates, minified (see [`native`]).
    fn native(&self, template: &str) -> Option<fn(&mut native::Out) -> native::Done> {
        native::template(template).filter(|_| self.theme.minified)
    }

    /// In debug builds, which every test runs: `view`, the revision a native page reads
    /// typed, must read as the template value Tera gets (see [`native::value`]).
    #[cfg(debug_assertions)]
    fn same_as_value(
        &self,
        template: &str,
        view: &policy::RevisionView,
        context: &tera::Context,
    ) -> Result<(), Diagnostic> {
        let value = context.get("revision").ok_or_else(|| {
            Diagnostic::error(template, "internal error: no revision in a page's context")
        })?;
        match native::value::disagreement(native::value::ToV::v(view), value, "revision") {
            None => Ok(()),
            Some(found) => Err(Diagnostic::error(
                template,
                format!(
                    "internal error: the typed revision differs from its template value at {found}"
                ),
            )),
        }
    }

    /// In debug builds, which every test runs: `bytes`, what the native form of
    /// `template` wrote (see [`native`]), must be what Tera renders from the template.
    #[cfg(debug_assertions)]
    fn same_as_tera(
        &self,
        template: &str,
        context: &tera::Context,
        bytes: &[u8],
    ) -> Result<(), Diagnostic> {
        let mut tera = Vec::new();
        self.theme
            .tera
            .render_to(template, context, &mut tera)
            .map_err(|e| self.error(template, &e))?;
        if tera == bytes {
            return Ok(());
        }
        let at = tera.iter().zip(bytes).take_while(|(a, b)| a == b).count();
        let around = |b: &[u8]| {
            String::from_utf8_lossy(&b[at.saturating_sub(80)..(at + 80).min(b.len())]).into_owned()
        };
        Err(Diagnostic::error(
            template,
            format!(
                "internal error: the native {template} differs from Tera's at byte {at}:\n  native: {}\n  Tera:   {}",
                around(bytes),
                around(&tera)
            ),
        ))
    }
}
