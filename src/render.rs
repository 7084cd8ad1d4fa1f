//! Renders the planned pages with Tera: templates built in, then the site's theme folder,
//! then its `templates/`, each overriding by file name. Pages render in parallel; the
//! result is a map from output path to bytes, the same for every run with the same input.

use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::hash::Hasher;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use fluent_bundle::{FluentArgs, FluentValue};
use jiff::civil::Date;
use rayon::prelude::*;
use serde::Serialize;
use siphasher::sip128::{Hasher128, SipHasher13};
use tera::{Context, Kwargs, State, Tera};

use crate::builtin;
use crate::changes::{self, ChangeLine, Marks};
use crate::countries;
use crate::diagnostic::{Diagnostic, Diagnostics, relative_to};
use crate::diff::{self, ItemStatus, RevisionDiff};
use crate::export;
use crate::i18n::Messages;
use crate::markdown;
use crate::model::{Company, LocaleHistory, Processor, Revision, Site};
use crate::plan::{self, Page, PageKind, Plan, Status, paths};

mod sitemap;

/// The templates and static files a site renders with.
pub struct Theme {
    tera: Tera,
    /// Whether the HTML templates were minified as they were loaded, so that the pages
    /// they render need no minifying: done for the built-in templates alone, whose result
    /// the tests compare with minifying each page (see [`Theme::load`]).
    minified: bool,
    /// Where each template came from, and its text, for error messages.
    origins: BTreeMap<String, PathBuf>,
    sources: Vec<(String, String)>,
    /// Files copied as they are, by output path.
    pub statics: BTreeMap<String, Vec<u8>>,
}

impl Theme {
    /// The site's own theme folder, when it has one.
    pub fn dir(root: &Path, theme: &str) -> Option<PathBuf> {
        let dir = root.join("themes").join(theme);
        dir.is_dir().then_some(dir)
    }

    /// Loads the templates and static files. With `minify`, and when every HTML template
    /// is a built-in one, the templates are minified once here (keeping their Tera syntax)
    /// rather than every page they render; another theme's pages are minified one by one,
    /// since minifying a template is safe only for templates known to allow it.
    pub fn load(
        root: &Path,
        theme: &str,
        minify: bool,
        messages: Arc<Messages>,
        diags: &mut Diagnostics,
    ) -> Option<Theme> {
        let theme_dir = Theme::dir(root, theme);
        if theme_dir.is_none() && theme != "default" {
            diags.push(Diagnostic::error(
                "site.toml",
                format!("theme {theme:?} not found: expected a folder themes/{theme}/ (or theme = \"default\")"),
            ));
            return None;
        }
        let mut templates: BTreeMap<String, (PathBuf, String)> = BTreeMap::new();
        let mut statics: BTreeMap<String, Vec<u8>> = BTreeMap::new();
        for (name, bytes) in builtin::files_under(&builtin::THEME, "templates") {
            let origin = Path::new("<built-in>/themes/default/templates").join(&name);
            templates.insert(name, (origin, String::from_utf8_lossy(bytes).into_owned()));
        }
        for (name, bytes) in builtin::files_under(&builtin::THEME, "static") {
            statics.insert(name, bytes.to_vec());
        }
        let layers = theme_dir.iter().cloned().chain([root.to_path_buf()]);
        for layer in layers {
            for (name, path) in crate::links::files_in_site(root, &layer.join("templates"), diags) {
                match fs::read_to_string(&path) {
                    Ok(text) => {
                        templates.insert(name, (relative_to(root, &path), text));
                    }
                    Err(e) => diags.push(Diagnostic::error(
                        relative_to(root, &path),
                        format!("cannot read the template: {e}"),
                    )),
                }
            }
            for (name, path) in crate::links::files_in_site(root, &layer.join("static"), diags) {
                match fs::read(&path) {
                    Ok(bytes) => {
                        statics.insert(name, bytes);
                    }
                    Err(e) => diags.push(Diagnostic::error(
                        relative_to(root, &path),
                        format!("cannot read the file: {e}"),
                    )),
                }
            }
        }

        let minified = minify
            && templates
                .iter()
                .filter(|(name, _)| name.ends_with(".html"))
                .all(|(_, (origin, _))| origin.starts_with("<built-in>"));
        if minified {
            for (name, (_, text)) in templates.iter_mut() {
                if name.ends_with(".html") {
                    *text = minify_template(text);
                }
            }
        }
        let mut tera = Tera::new();
        register_helpers(&mut tera, messages);
        let origins: BTreeMap<String, PathBuf> = templates
            .iter()
            .map(|(n, (o, _))| (n.clone(), o.clone()))
            .collect();
        let sources: Vec<(String, String)> =
            templates.into_iter().map(|(n, (_, t))| (n, t)).collect();
        if let Err(e) =
            tera.add_raw_templates(sources.iter().map(|(n, t)| (n.as_str(), t.as_str())))
        {
            diags.extend(template_diagnostics(&e, &origins, &sources));
            return None;
        }
        Some(Theme {
            tera,
            minified,
            origins,
            sources,
            statics,
        })
    }
}

/// A Tera error as diagnostics that point into the template files.
fn template_diagnostics(
    e: &tera::Error,
    origins: &BTreeMap<String, PathBuf>,
    sources: &[(String, String)],
) -> Vec<Diagnostic> {
    let origin = |name: &str| {
        origins
            .get(name)
            .cloned()
            .unwrap_or_else(|| PathBuf::from(name))
    };
    // The report with a position may sit deeper in the chain of causes.
    let mut current: Option<&(dyn std::error::Error + 'static)> = Some(e);
    while let Some(err) = current {
        if let Some(te) = err.downcast_ref::<tera::Error>()
            && let tera::ErrorKind::SyntaxError(r) | tera::ErrorKind::RenderingError(r) = te.kind()
        {
            let d = Diagnostic::error(
                origin(r.filename()),
                format!("template error: {}", r.message()),
            );
            return vec![match sources.iter().find(|(n, _)| n == r.filename()) {
                Some((_, text)) => d.at(text, r.span().range.start),
                None => d,
            }];
        }
        current = err.source();
    }
    let mut message = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        message.push_str(": ");
        message.push_str(&s.to_string());
        source = s.source();
    }
    // Unknown filters, functions and includes come as rendered reports:
    // "error: Unknown filter `x`" followed by " --> name:line:column".
    let mut found = Vec::new();
    let mut pending: Option<&str> = None;
    for line in message.lines() {
        if let Some(what) = line.strip_prefix("error: ") {
            pending = Some(what);
        } else if let (Some(what), Some(at)) = (pending, line.trim_start().strip_prefix("--> ")) {
            let mut parts = at.rsplitn(3, ':');
            let (col, row, name) = (parts.next(), parts.next(), parts.next());
            if let (Some(col), Some(row), Some(name)) = (col, row, name) {
                let mut d = Diagnostic::error(origin(name), format!("template error: {what}"));
                if let (Ok(line), Ok(column)) = (row.parse(), col.parse()) {
                    d.position = Some(crate::diagnostic::Position { line, column });
                    d.source_line = sources
                        .iter()
                        .find(|(n, _)| n == name)
                        .and_then(|(_, text)| text.lines().nth(line - 1))
                        .map(str::to_string);
                }
                found.push(d);
            }
            pending = None;
        }
    }
    if found.is_empty() {
        found.push(Diagnostic::error(
            "templates",
            format!("template error: {message}"),
        ));
    }
    found
}

/// `t(key=..., any=args)` for messages and `| date` for dates, both in the page's `lang`.
fn register_helpers(tera: &mut Tera, messages: Arc<Messages>) {
    let m = messages.clone();
    tera.register_function(
        "t",
        move |kwargs: Kwargs, state: &State| -> tera::TeraResult<String> {
            let lang: String = state.get("lang")?.unwrap_or_default();
            let key: String = kwargs.must_get::<&str>("key")?.to_string();
            let mut args = FluentArgs::new();
            for (name, value) in kwargs.iter() {
                let name = name.to_string();
                if name == "key" {
                    continue;
                }
                let value = if let Some(n) = value.as_i64() {
                    FluentValue::from(n)
                } else if let Some(n) = value.as_f64() {
                    FluentValue::from(n)
                } else if let Some(s) = value.as_str() {
                    FluentValue::from(s.to_string())
                } else {
                    FluentValue::from(value.to_string())
                };
                args.set(name, value);
            }
            m.get(&lang, &key, Some(&args)).ok_or_else(|| {
                tera::Error::message(format!(
                    "no message {key:?} for locale {lang:?} in any messages file"
                ))
            })
        },
    );
    let m = messages;
    tera.register_filter(
        "date",
        move |value: &str, _: Kwargs, state: &State| -> tera::TeraResult<String> {
            let lang: String = state.get("lang")?.unwrap_or_default();
            let date: Date = value.parse().map_err(|_| {
                tera::Error::message(format!("the date filter expects YYYY-MM-DD, got {value:?}"))
            })?;
            Ok(m.date(&lang, date))
        },
    );
}

/// What every page's template gets.
#[derive(Serialize)]
struct Frame<'a> {
    lang: &'a str,
    root: String,
    site_title: String,
    page_kind: &'static str,
    canonical: Option<String>,
    alternates: Vec<AlternateView>,
    x_default: Option<String>,
    description: Option<String>,
    build_date_text: String,
}

#[derive(Serialize)]
struct AlternateView {
    lang: String,
    label: String,
    href: String,
    url: String,
}

#[derive(Serialize)]
struct CompanyView<'a> {
    slug: &'a str,
    display_name: &'a str,
    #[serde(flatten)]
    info: &'a crate::model::CompanyInfo,
}

#[derive(Serialize)]
struct Links {
    current: String,
    history: String,
    processors: String,
    permalink: Option<String>,
    diff: Option<String>,
    /// Whether any revision is in force to link to.
    current_revision: bool,
}

#[derive(Serialize)]
struct RevisionView<'a> {
    date: String,
    title: &'a str,
    summary: Option<&'a str>,
    intro_html: Option<&'a str>,
    sections: Vec<SectionView<'a>>,
    purposes: Vec<PurposeView<'a>>,
    processor_groups: Vec<GroupView>,
    purposes_in_section: bool,
    processors_in_section: bool,
}

#[derive(Serialize)]
struct SectionView<'a> {
    id: &'a str,
    title: &'a str,
    body_html: &'a str,
}

#[derive(Serialize)]
struct PurposeView<'a> {
    id: &'a str,
    title: &'a str,
    legal_bases: Vec<&'static str>,
    legitimate_interest: Option<&'a str>,
    body_html: Option<&'a str>,
}

#[derive(Serialize)]
struct GroupView {
    name: Option<String>,
    processors: Vec<ProcessorView>,
}

#[derive(Serialize)]
struct ProcessorView {
    name: String,
    anchor: String,
    url: Option<String>,
    purpose: Option<String>,
    data: Option<String>,
    countries: Vec<CountryView>,
    headquarters: Option<String>,
    safeguard: Option<&'static str>,
    needs_safeguard: bool,
    since: Option<String>,
}

#[derive(Serialize)]
struct CountryView {
    code: String,
    outside_eea: bool,
}

#[derive(Serialize)]
struct UpcomingView {
    date: String,
    href: String,
}

#[derive(Serialize)]
struct StaleView {
    since: String,
    reference: String,
    reference_label: String,
    href: String,
}

#[derive(Serialize)]
struct LogEntry {
    date: String,
    status: Status,
    href: String,
    changes: Vec<ChangeLine>,
}

#[derive(Serialize)]
struct DiffView<'a> {
    old_date: String,
    new_date: String,
    old_href: String,
    new_href: String,
    summary: String,
    empty: bool,
    processor_changes: Vec<ChangeLine>,
    title_html: Option<String>,
    intro_html: Option<&'a str>,
    intro_changed: bool,
    sections: Vec<DiffSectionView<'a>>,
    purposes: Vec<DiffPurposeView<'a>>,
    /// Some change was too big to mark word by word: the page says so.
    coarse: bool,
}

#[derive(Serialize)]
struct DiffSectionView<'a> {
    id: &'a str,
    status: ItemStatus,
    title_text: String,
    title_html: String,
    body_html: &'a str,
}

#[derive(Serialize)]
struct DiffPurposeView<'a> {
    id: &'a str,
    status: ItemStatus,
    title_text: String,
    title_html: String,
    bases: Vec<BasisChange>,
    interest_html: Option<String>,
    body_html: Option<&'a str>,
}

#[derive(Serialize)]
struct BasisChange {
    basis: &'static str,
    /// "added", "removed" or "kept".
    change: &'static str,
}

#[derive(Serialize)]
struct FeedView {
    title: String,
    id: String,
    self_url: String,
    alternate_url: String,
    author: String,
    /// The newest entry's date (YYYY-MM-DD): deterministic, unlike the time of the build.
    updated: String,
    entries: Vec<FeedEntry>,
}

impl FeedView {
    /// A feed whose id is its own address, updated as of its newest entry.
    fn new(
        title: String,
        self_url: String,
        alternate_url: String,
        author: String,
        entries: Vec<FeedEntry>,
    ) -> FeedView {
        FeedView {
            title,
            id: self_url.clone(),
            self_url,
            alternate_url,
            author,
            updated: entries
                .iter()
                .map(|e| e.date.clone())
                .max()
                .unwrap_or_default(),
            entries,
        }
    }
}

#[derive(Serialize)]
struct FeedEntry {
    title: String,
    /// The revision's permanent address: stable, so a reader never sees an entry twice.
    id: String,
    url: String,
    lang: String,
    date: String,
    summary: Option<String>,
    /// HTML, escaped once more by the XML template as Atom's type="html" wants.
    content_html: String,
}

#[derive(Serialize)]
struct Exports {
    policy_json: String,
    processors_json: String,
    processors_csv: String,
}

#[derive(Serialize)]
struct FeedLink {
    title: String,
    href: String,
}

/// How many of the newest revisions the site-wide feed carries.
pub const SITE_FEED_ENTRIES: usize = 100;

/// What rendering one company needs beyond its model, computed once per build and again
/// only for the revisions whose sources change: each revision's prose as HTML, and the
/// diff of each revision against its predecessor.
pub struct CompanyCache {
    /// Per locale and revision.
    prose: Vec<Vec<Arc<Prose>>>,
    /// Per locale and revision; `None` for a locale's first revision.
    diffs: Vec<Vec<Option<Arc<CachedDiff>>>>,
}

impl CompanyCache {
    pub fn new(company: &Company, minify_prose: bool) -> CompanyCache {
        CompanyCache::update(company, None, minify_prose)
    }

    /// The cache of `company`, taking from `before` (the company as it was, with its
    /// cache) what still holds: the prose of unchanged revisions and the diffs between
    /// unchanged neighbours.
    pub fn update(
        company: &Company,
        before: Option<(&Company, &CompanyCache)>,
        minify_prose: bool,
    ) -> CompanyCache {
        // Per locale: the old revisions by date, with their prose, and their diffs by the
        // dates compared.
        type Kept<'c> = (
            HashMap<Date, (&'c Revision, &'c Arc<Prose>)>,
            HashMap<(Date, Date), &'c Arc<CachedDiff>>,
        );
        let kept = |locale: &crate::model::Locale| -> Option<Kept<'_>> {
            let (old, cache) = before?;
            let li = old.locales.iter().position(|l| &l.locale == locale)?;
            let revisions = &old.locales[li].revisions;
            let prose = revisions
                .iter()
                .zip(&cache.prose[li])
                .map(|(r, p)| (r.date, (r, p)))
                .collect();
            let diffs = revisions
                .windows(2)
                .zip(cache.diffs[li].iter().skip(1))
                .filter_map(|(pair, d)| Some(((pair[0].date, pair[1].date), d.as_ref()?)))
                .collect();
            Some((prose, diffs))
        };
        let (prose, diffs) = company
            .locales
            .par_iter()
            .map(|l| {
                let kept = kept(&l.locale);
                // The old revision of that date, if it is the same as the new one.
                let same = |r: &Revision| {
                    kept.as_ref()?
                        .0
                        .get(&r.date)
                        .filter(|(old, _)| *old == r)
                        .map(|(_, prose)| *prose)
                };
                let prose: Vec<Arc<Prose>> = l
                    .revisions
                    .par_iter()
                    .map(|r| match same(r) {
                        Some(p) => p.clone(),
                        None => Arc::new(Prose::new(r, minify_prose)),
                    })
                    .collect();
                let diffs: Vec<Option<Arc<CachedDiff>>> = (0..l.revisions.len())
                    .into_par_iter()
                    .map(|i| {
                        let old = l.revisions.get(i.checked_sub(1)?)?;
                        let new = &l.revisions[i];
                        let reused = (same(old).is_some() && same(new).is_some())
                            .then(|| kept.as_ref()?.1.get(&(old.date, new.date)).copied())
                            .flatten();
                        Some(match reused {
                            Some(d) => d.clone(),
                            None => Arc::new(CachedDiff::new(diff::diff_revisions(old, new))),
                        })
                    })
                    .collect();
                (prose, diffs)
            })
            .unzip();
        CompanyCache { prose, diffs }
    }
}

/// A revision's diff, with its prose diffs as HTML made on first use: they need the
/// locale's words for the marks, which the cache is built without. A cache lives as long
/// as the messages it was used with: new messages make a new build.
pub struct CachedDiff {
    diff: RevisionDiff,
    prose: std::sync::OnceLock<DiffProse>,
}

/// The intro, section and purpose bodies of a diff, rendered with their changes marked.
struct DiffProse {
    intro: Option<String>,
    sections: Vec<String>,
    purposes: Vec<Option<String>>,
}

impl CachedDiff {
    fn new(diff: RevisionDiff) -> CachedDiff {
        CachedDiff {
            diff,
            prose: std::sync::OnceLock::new(),
        }
    }

    fn prose(&self, marks: &Marks) -> &DiffProse {
        self.prose.get_or_init(|| {
            let html = |t: &diff::TextDiff| changes::markdown_diff_html(t, marks);
            let d = &self.diff;
            DiffProse {
                intro: (!d.intro.segments.is_empty()).then(|| html(&d.intro)),
                sections: d.sections.iter().map(|s| html(&s.body)).collect(),
                purposes: d
                    .purposes
                    .iter()
                    .map(|p| (!p.body.segments.is_empty()).then(|| html(&p.body)))
                    .collect(),
            }
        })
    }
}

impl std::ops::Deref for CachedDiff {
    type Target = RevisionDiff;

    fn deref(&self) -> &RevisionDiff {
        &self.diff
    }
}

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
        caches,
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

/// The sitemap, made of the `<url>` entries [`sitemap_entries`] gives for the site-wide
/// pages and for each company's, and robots.txt.
pub fn sitemap_and_robots(
    site: &Site,
    theme: &Theme,
    site_entries: &str,
    company_entries: &[String],
) -> Result<[(String, Vec<u8>); 2], Diagnostics> {
    let sitemap = std::iter::once(site_entries).chain(company_entries.iter().map(String::as_str));
    let config = &site.config;
    let mut context = Context::new();
    context.insert("lang", config.default_locale.as_str());
    context.insert("sitemap_url", &config.url("sitemap.xml"));
    let robots = theme
        .tera
        .render("robots.txt", &context)
        .map_err(|e| Diagnostics(template_diagnostics(&e, &theme.origins, &theme.sources)))?;
    Ok([
        ("sitemap.xml".to_string(), sitemap::document(sitemap)),
        ("robots.txt".to_string(), robots.into_bytes()),
    ])
}

/// The sitemap's `<url>` entries for `pages`, those of them it lists.
pub fn sitemap_entries<'p>(site: &Site, pages: impl Iterator<Item = &'p Page>) -> String {
    sitemap::entries(&site.config, pages)
}

fn minify(html: &[u8]) -> Vec<u8> {
    // minify-html recurses per element: a page nested deeper is written as it is.
    if crate::guard::html_deeper_than(html, crate::guard::MAX_MINIFY_DEPTH) {
        return html.to_vec();
    }
    minify_html::minify(html, &minify_cfg())
}

fn minify_cfg() -> minify_html::Cfg {
    minify_html::Cfg {
        keep_closing_tags: true,
        keep_html_and_head_opening_tags: true,
        minify_css: true,
        ..minify_html::Cfg::new()
    }
}

/// A Tera HTML template minified with its `{{ }}`, `{% %}` and `{# #}` kept as they are.
fn minify_template(text: &str) -> String {
    let cfg = minify_html::Cfg {
        preserve_brace_template_syntax: true,
        ..minify_cfg()
    };
    if crate::guard::html_deeper_than(text.as_bytes(), crate::guard::MAX_MINIFY_DEPTH) {
        return text.to_string();
    }
    String::from_utf8_lossy(&minify_html::minify(text.as_bytes(), &cfg)).into_owned()
}

/// A piece of HTML rendered from Markdown, and its minified form when the site is minified.
struct Fragment {
    html: String,
    minified: Option<String>,
}

impl Fragment {
    fn new(markdown: &str, minify_it: bool) -> Fragment {
        let html = markdown::to_html(markdown);
        let minified =
            minify_it.then(|| String::from_utf8_lossy(&minify(html.as_bytes())).into_owned());
        Fragment { html, minified }
    }
}

/// A revision's prose as HTML, rendered (and minified) once per build, whichever pages
/// show it: the revision's own page and, while it is in force, the current page.
struct Prose {
    intro: Option<Fragment>,
    sections: Vec<Fragment>,
    purposes: Vec<Option<Fragment>>,
}

impl Prose {
    fn new(r: &Revision, minify_it: bool) -> Prose {
        Prose {
            intro: r.intro.as_deref().map(|t| Fragment::new(t, minify_it)),
            sections: r
                .sections
                .iter()
                .map(|s| Fragment::new(&s.body, minify_it))
                .collect(),
            purposes: r
                .purposes
                .iter()
                .map(|p| p.body.as_deref().map(|t| Fragment::new(t, minify_it)))
                .collect(),
        }
    }

    fn fragments(&self) -> impl Iterator<Item = &Fragment> {
        self.intro
            .iter()
            .chain(&self.sections)
            .chain(self.purposes.iter().flatten())
    }
}

/// Marks where a fragment stood; a block element the minifier keeps as it is.
const FRAGMENT_MARK: &str = "<div data-privsite-fragment=";

/// Minifies a page whose prose fragments are already minified: each fragment found in the
/// page is set aside behind a marker, the rest is minified, and the fragments go back in.
/// Most of a policy page is prose, so this spares the minifier most of its work. Where
/// anything does not line up, the whole page is minified as it is.
fn minify_page(html: &str, prose: Option<&Prose>) -> Vec<u8> {
    let Some(prose) = prose else {
        return minify(html.as_bytes());
    };
    // (start, end, minified text) of each fragment found, in page order, not overlapping.
    // Templates usually show fragments in source order: look after the previous one first.
    let mut cursor = 0;
    let mut found: Vec<(usize, usize, &str)> = prose
        .fragments()
        .filter(|f| f.html.len() >= 64)
        .filter_map(|f| {
            let needle = f.html.as_bytes();
            let start = memchr::memmem::find(&html.as_bytes()[cursor..], needle)
                .map(|i| i + cursor)
                .or_else(|| memchr::memmem::find(html.as_bytes(), needle))?;
            cursor = start + needle.len();
            Some((start, cursor, f.minified.as_deref()?))
        })
        .collect();
    found.sort_by_key(|&(start, ..)| start);
    found.dedup_by(|next, kept| next.0 < kept.1);
    let mut skeleton = String::with_capacity(html.len() / 2);
    let mut at = 0;
    for (i, (start, end, _)) in found.iter().enumerate() {
        skeleton.push_str(&html[at..*start]);
        skeleton.push_str(&format!("{FRAGMENT_MARK}{i}></div>"));
        at = *end;
    }
    skeleton.push_str(&html[at..]);
    let small = minify(skeleton.as_bytes());
    let small = String::from_utf8_lossy(&small);
    let mut out = String::with_capacity(small.len() + html.len() / 2);
    let mut rest: &str = &small;
    for (i, (.., minified)) in found.iter().enumerate() {
        let mark = format!("{FRAGMENT_MARK}{i}></div>");
        let Some(pos) = rest.find(&mark) else {
            return minify(html.as_bytes());
        };
        out.push_str(&rest[..pos]);
        out.push_str(minified);
        rest = &rest[pos + mark.len()..];
    }
    out.push_str(rest);
    out.into_bytes()
}

#[derive(Clone, Copy)]
struct Renderer<'a> {
    site: &'a Site,
    plan: &'a Plan,
    theme: &'a Theme,
    messages: &'a Messages,
    /// Per company, in the site's order.
    caches: &'a [CompanyCache],
    contexts: ContextUse,
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

/// A template's context. When the renderer keeps fingerprints, everything put in is hashed
/// on the way, so that a page whose context is as before need not be rendered again: with
/// the theme and messages unchanged, a page is a function of its template and context.
struct PageContext {
    context: Option<Context>,
    hasher: Option<SipHasher13>,
}

impl PageContext {
    fn insert<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) {
        self.hash(key, value);
        if let Some(context) = &mut self.context {
            context.insert(key, value);
        }
    }

    /// Adds the fields of `value`, a struct, as top-level names.
    fn extend_with<T: Serialize>(&mut self, value: &T) -> tera::TeraResult<()> {
        self.hash("", value);
        if let Some(context) = &mut self.context {
            context.extend(Context::from_serialize(value)?);
        }
        Ok(())
    }

    /// Feeds a named value into the fingerprint, as JSON; names and values are delimited,
    /// so different contexts cannot run together into the same bytes.
    fn hash<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) {
        struct Sink<'h>(&'h mut SipHasher13);
        impl std::io::Write for Sink<'_> {
            fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
                self.0.write(bytes);
                Ok(bytes.len())
            }
            fn flush(&mut self) -> std::io::Result<()> {
                Ok(())
            }
        }
        let Some(hasher) = &mut self.hasher else {
            return;
        };
        hasher.write(key.as_bytes());
        hasher.write_u8(b'=');
        if serde_json::to_writer(Sink(hasher), value).is_err() {
            // Views are plain data and serialize; were one not to, the page would have no
            // fingerprint and always render.
            self.hasher = None;
            return;
        }
        hasher.write_u8(b'\n');
    }

    /// The fingerprint of the page this context renders with `template`, when kept.
    fn fingerprint(&self, template: &str) -> Option<u128> {
        let mut hasher = self.hasher?;
        hasher.write(template.as_bytes());
        Some(hasher.finish128().as_u128())
    }
}

impl<'a> Renderer<'a> {
    fn new_context(&self) -> PageContext {
        PageContext {
            context: (self.contexts != ContextUse::Fingerprint).then(Context::new),
            hasher: (self.contexts != ContextUse::Render).then(SipHasher13::new),
        }
    }

    fn with_contexts(&self, contexts: ContextUse) -> Renderer<'a> {
        Renderer { contexts, ..*self }
    }

    /// Renders one page to its output file, unless `previous` is the fingerprint of what
    /// the page showed last time and it shows the same now.
    fn render(&self, page: &Page, previous: Option<u128>) -> Result<RenderedPage, Diagnostic> {
        let file = paths::file(&page.path);
        if let Some(text) = self.export(page) {
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
        let Some(context) = &context.context else {
            return Err(Diagnostic::error(
                template,
                "internal error: a page's context was not built",
            ));
        };
        let html = self
            .theme
            .tera
            .render(template, context)
            .map_err(|e| self.error(template, &e))?;
        if self.theme.minified || !(self.site.config.build.minify && file.ends_with(".html")) {
            return Ok(RenderedPage {
                file,
                bytes: Some(html.into_bytes()),
                fingerprint,
                templated: true,
            });
        }
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

    /// The text of a machine-readable export, written directly rather than by a template.
    fn export(&self, page: &Page) -> Option<String> {
        let (PageKind::PolicyJson { company, locale }
        | PageKind::ProcessorsJson { company, locale }
        | PageKind::ProcessorsCsv { company, locale }) = page.kind
        else {
            return None;
        };
        let c = &self.site.companies[company];
        let (h, t) = (&c.locales[locale], &self.plan.timelines[company][locale]);
        Some(match page.kind {
            PageKind::PolicyJson { .. } => export::policy_json(self.site, c, h, t),
            PageKind::ProcessorsJson { .. } => export::processors_json(c, h, t),
            _ => export::processors_csv(h, t),
        })
    }

    /// A page's template and context.
    fn page_context(&self, page: &Page) -> Result<(&'static str, PageContext), Diagnostic> {
        let (template, lang, mut context) = match &page.kind {
            PageKind::PolicyJson { .. }
            | PageKind::ProcessorsJson { .. }
            | PageKind::ProcessorsCsv { .. } => {
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
                self.new_context(),
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
        };
        let frame = self.frame(page, lang);
        context
            .extend_with(&frame)
            .map_err(|e| self.error(template, &e))?;
        Ok((template, context))
    }

    fn error(&self, template: &str, e: &tera::Error) -> Diagnostic {
        let mut d = template_diagnostics(e, &self.theme.origins, &self.theme.sources).remove(0);
        if d.position.is_none() && d.file == Path::new("templates") {
            d.file = self
                .theme
                .origins
                .get(template)
                .cloned()
                .unwrap_or_else(|| template.into());
        }
        d
    }

    fn frame(&self, page: &Page, lang: &'a str) -> Frame<'a> {
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
            site_title: self
                .messages
                .get_own(lang, "site-title")
                .unwrap_or_else(|| config.title.clone()),
            page_kind: match page.kind {
                PageKind::SiteIndex => "index",
                PageKind::NotFound => "404",
                PageKind::Company { .. } => "company",
                PageKind::Current { .. } => "current",
                PageKind::Revision { .. } => "revision",
                PageKind::History { .. } => "history",
                PageKind::Processors { .. } => "processors",
                PageKind::Diff { .. } => "diff",
                PageKind::Feed { .. } | PageKind::SiteFeed => "feed",
                PageKind::PolicyJson { .. }
                | PageKind::ProcessorsJson { .. }
                | PageKind::ProcessorsCsv { .. } => "export",
            },
            canonical: (page.kind != PageKind::NotFound).then(|| config.url(&page.path)),
            alternates,
            x_default: page.x_default.as_ref().map(|p| config.url(p)),
            description: None,
            build_date_text: self.messages.date(lang, self.plan.today),
            root,
        }
    }

    /// A language's name in itself ("Svenska"), or its tag where no messages name it.
    fn language_label(&self, lang: &str) -> String {
        self.messages
            .get_own(lang, "language-name")
            .unwrap_or_else(|| lang.to_string())
    }

    fn index_context(&self) -> PageContext {
        #[derive(Serialize)]
        struct Entry<'a> {
            display_name: &'a str,
            href: String,
            locales: Vec<LocaleEntry>,
        }
        let companies: Vec<Entry> = self
            .site
            .companies
            .iter()
            .enumerate()
            .map(|(ci, c)| Entry {
                display_name: c.display_name(),
                href: paths::company(&c.slug),
                locales: self.locale_entries(ci, c, "./"),
            })
            .collect();
        let mut context = self.new_context();
        context.insert("companies", &companies);
        context
    }

    fn locale_entries(&self, ci: usize, c: &Company, root: &str) -> Vec<LocaleEntry> {
        c.locales
            .iter()
            .enumerate()
            .map(|(li, h)| {
                let t = &self.plan.timelines[ci][li];
                LocaleEntry {
                    lang: h.locale.to_string(),
                    label: self.language_label(h.locale.as_str()),
                    href: format!("{root}{}", paths::current(&c.slug, h.locale.as_str())),
                    title: h.revisions[t.current_index()].title.clone(),
                    in_force: t.in_force.map(|i| h.revisions[i].date.to_string()),
                }
            })
            .collect()
    }

    fn company_context(&self, c: &Company) -> PageContext {
        let ci = self
            .site
            .companies
            .iter()
            .position(|x| x.slug == c.slug)
            .unwrap_or(0);
        let mut context = self.new_context();
        context.insert("company", &company_view(c));
        context.insert("locales", &self.locale_entries(ci, c, "../"));
        context
    }

    /// Context shared by a company's pages in one locale.
    fn company_locale_context(&self, ci: usize, li: usize, root: &str) -> PageContext {
        let company = &self.site.companies[ci];
        let history = &company.locales[li];
        let t = &self.plan.timelines[ci][li];
        let slug = &company.slug;
        let loc = history.locale.as_str();
        let mut context = self.new_context();
        context.insert("company", &company_view(company));
        context.insert("locale", loc);
        context.insert("status", "none");
        context.insert("upcoming", &Option::<UpcomingView>::None);
        let stale = t.stale_since.map(|since| {
            let reference = company.info.default_locale.to_string();
            StaleView {
                since: since.to_string(),
                reference_label: self.language_label(&reference),
                href: format!("{root}{}", paths::current(slug, &reference)),
                reference,
            }
        });
        context.insert("stale", &stale);
        let feeds = vec![
            FeedLink {
                title: self.t(loc, "feed-title", &[("company", company.display_name())]),
                href: format!("{root}{}", paths::feed(slug, loc)),
            },
            FeedLink {
                title: self.t(loc, "site-feed-title", &[]),
                href: format!("{root}{}", paths::SITE_FEED),
            },
        ];
        context.insert("feeds", &feeds);
        let exports = Exports {
            policy_json: format!("{root}{}", paths::policy_json(slug, loc)),
            processors_json: format!("{root}{}", paths::processors_json(slug, loc)),
            processors_csv: format!("{root}{}", paths::processors_csv(slug, loc)),
        };
        context.insert("exports", &exports);
        context
    }

    /// A message with string arguments in `lang`.
    fn t(&self, lang: &str, key: &str, args: &[(&str, &str)]) -> String {
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            fluent.set(*name, FluentValue::from(value.to_string()));
        }
        self.messages
            .get(lang, key, Some(&fluent))
            .unwrap_or_else(|| key.to_string())
    }

    fn links(&self, ci: usize, li: usize, root: &str) -> Links {
        let company = &self.site.companies[ci];
        let slug = &company.slug;
        let loc = company.locales[li].locale.as_str();
        Links {
            current: format!("{root}{}", paths::current(slug, loc)),
            history: format!("{root}{}", paths::history(slug, loc)),
            processors: format!("{root}{}", paths::processors(slug, loc)),
            permalink: None,
            diff: None,
            current_revision: self.plan.timelines[ci][li].in_force.is_some(),
        }
    }

    fn policy(
        &self,
        page: &Page,
        ci: usize,
        li: usize,
        ri: usize,
        at_current: bool,
    ) -> Result<(&'static str, &'a str, PageContext), Diagnostic> {
        let company = &self.site.companies[ci];
        let history = &company.locales[li];
        let revision = &history.revisions[ri];
        let t = &self.plan.timelines[ci][li];
        let root = paths::root_from(&page.path);
        let slug = &company.slug;
        let loc = history.locale.as_str();
        let mut context = self.company_locale_context(ci, li, &root);
        let mut links = self.links(ci, li, &root);
        links.permalink = Some(format!(
            "{root}{}",
            paths::revision(slug, loc, revision.date)
        ));
        if ri > 0 {
            links.diff = Some(format!("{root}{}", paths::diff(slug, loc, revision.date)));
        }
        context.insert("links", &links);
        context.insert(
            "revision",
            &revision_view(
                revision,
                &self.caches[ci].prose[li][ri],
                self.theme.minified,
            ),
        );
        context.insert("status", &t.statuses[ri]);
        context.insert("in_force_until", &t.until[ri].map(|d| d.to_string()));
        if at_current || t.statuses[ri] == Status::Current {
            let upcoming = t
                .first_upcoming()
                .filter(|u| *u != ri)
                .map(|u| UpcomingView {
                    date: history.revisions[u].date.to_string(),
                    href: format!(
                        "{root}{}",
                        paths::revision(slug, loc, history.revisions[u].date)
                    ),
                });
            context.insert("upcoming", &upcoming);
        }
        Ok(("policy.html", history.locale.as_str(), context))
    }

    fn history(
        &self,
        ci: usize,
        li: usize,
    ) -> Result<(&'static str, &'a str, PageContext), Diagnostic> {
        #[derive(Serialize)]
        struct Entry<'r> {
            date: String,
            href: String,
            status: Status,
            title: &'r str,
            summary: Option<&'r str>,
            changes: Option<String>,
            diff_href: Option<String>,
        }
        let company = &self.site.companies[ci];
        let history = &company.locales[li];
        let t = &self.plan.timelines[ci][li];
        let root = "../../../";
        let mut context = self.company_locale_context(ci, li, root);
        context.insert("links", &self.links(ci, li, root));
        let revisions: Vec<Entry> = history
            .revisions
            .iter()
            .enumerate()
            .rev()
            .map(|(i, r)| Entry {
                date: r.date.to_string(),
                href: format!(
                    "{root}{}",
                    paths::revision(&company.slug, history.locale.as_str(), r.date)
                ),
                status: t.statuses[i],
                title: &r.title,
                summary: r.summary.as_deref(),
                changes: self.caches[ci].diffs[li][i]
                    .as_ref()
                    .map(|d| changes::summary(self.messages, history.locale.as_str(), &d.counts)),
                diff_href: (i > 0).then(|| {
                    format!(
                        "{root}{}",
                        paths::diff(&company.slug, history.locale.as_str(), r.date)
                    )
                }),
            })
            .collect();
        context.insert("revisions", &revisions);
        Ok(("history.html", history.locale.as_str(), context))
    }

    fn processors(
        &self,
        ci: usize,
        li: usize,
    ) -> Result<(&'static str, &'a str, PageContext), Diagnostic> {
        #[derive(Serialize)]
        struct Change {
            kind: &'static str,
            name: String,
            date: String,
        }
        let company = &self.site.companies[ci];
        let history: &LocaleHistory = &company.locales[li];
        let t = &self.plan.timelines[ci][li];
        let root = "../../../";
        let mut context = self.company_locale_context(ci, li, root);
        context.insert("links", &self.links(ci, li, root));
        let upto = t.in_force.map_or(0, |i| i + 1);
        let tenures = plan::tenures(&history.revisions[..upto]);
        let (groups, count) = match t.in_force {
            Some(i) => {
                let revision = &history.revisions[i];
                let since =
                    |p: &Processor| plan::current_since(&tenures, &p.name).map(|d| d.to_string());
                (
                    group_processors(&revision.processors, &since),
                    revision.processors.len(),
                )
            }
            None => (Vec::new(), 0),
        };
        context.insert(
            "in_force",
            &t.in_force.map(|i| history.revisions[i].date.to_string()),
        );
        context.insert("processor_count", &count);
        context.insert("groups", &groups);
        let removed: Vec<&plan::Tenure> = tenures.iter().filter(|t| t.removed.is_some()).collect();
        context.insert("removed", &removed);
        let mut changes = Vec::new();
        let mut before: Option<&Revision> = t.in_force.map(|i| &history.revisions[i]);
        for (i, r) in history.revisions.iter().enumerate() {
            if t.statuses[i] != Status::Upcoming {
                continue;
            }
            let had = |name: &str| before.is_some_and(|b| b.processor(name).is_some());
            for p in &r.processors {
                if !had(&p.name) {
                    changes.push(Change {
                        kind: "added",
                        name: p.name.clone(),
                        date: r.date.to_string(),
                    });
                }
            }
            if let Some(b) = before {
                for p in &b.processors {
                    if r.processor(&p.name).is_none() {
                        changes.push(Change {
                            kind: "removed",
                            name: p.name.clone(),
                            date: r.date.to_string(),
                        });
                    }
                }
            }
            before = Some(r);
        }
        context.insert("upcoming_changes", &changes);
        context.insert("change_log", &self.change_log(ci, li, root));
        Ok(("processors.html", history.locale.as_str(), context))
    }

    /// Which processors came, went or changed, per revision, newest first.
    fn change_log(&self, ci: usize, li: usize, root: &str) -> Vec<LogEntry> {
        let company = &self.site.companies[ci];
        let history = &company.locales[li];
        let lang = history.locale.as_str();
        let t = &self.plan.timelines[ci][li];
        history
            .revisions
            .iter()
            .enumerate()
            .rev()
            .filter_map(|(i, r)| {
                let d = self.caches[ci].diffs[li][i].as_ref()?;
                let changes = changes::processor_lines(self.messages, lang, &d.processors);
                (!changes.is_empty()).then(|| LogEntry {
                    date: r.date.to_string(),
                    status: t.statuses[i],
                    href: format!("{root}{}", paths::diff(&company.slug, lang, r.date)),
                    changes,
                })
            })
            .collect()
    }

    fn diff_page(
        &self,
        page: &Page,
        ci: usize,
        li: usize,
        ri: usize,
    ) -> Result<(&'static str, &'a str, PageContext), Diagnostic> {
        let company = &self.site.companies[ci];
        let history = &company.locales[li];
        let lang = history.locale.as_str();
        let (old, new) = (&history.revisions[ri - 1], &history.revisions[ri]);
        let t = &self.plan.timelines[ci][li];
        let root = paths::root_from(&page.path);
        let Some(d) = self.caches[ci].diffs[li][ri].as_ref() else {
            return Err(Diagnostic::error(
                &new.source,
                "internal error: no diff for a revision with a predecessor",
            ));
        };
        let marks = Marks::new(self.messages, lang);
        let html = |t: &diff::TextDiff| changes::text_diff_html(t, &marks);
        // Prose is Markdown: shown rendered, with its changes marked.
        let prose = d.prose(&marks);
        let sections = d
            .sections
            .iter()
            .zip(&prose.sections)
            .map(|(s, body)| DiffSectionView {
                id: &s.id,
                status: s.status,
                title_text: if s.status == ItemStatus::Removed {
                    s.title.old_text()
                } else {
                    s.title.new_text()
                },
                title_html: html(&s.title),
                body_html: body,
            })
            .collect();
        let purposes = d
            .purposes
            .iter()
            .zip(&prose.purposes)
            .map(|(p, body)| {
                let mut bases: Vec<BasisChange> = p
                    .legal_bases
                    .iter()
                    .map(|b| BasisChange {
                        basis: b.as_str(),
                        change: if p.legal_bases_added.contains(b) {
                            "added"
                        } else {
                            "kept"
                        },
                    })
                    .collect();
                bases.extend(p.legal_bases_removed.iter().map(|b| BasisChange {
                    basis: b.as_str(),
                    change: "removed",
                }));
                DiffPurposeView {
                    id: &p.id,
                    status: p.status,
                    title_text: if p.status == ItemStatus::Removed {
                        p.title.old_text()
                    } else {
                        p.title.new_text()
                    },
                    title_html: html(&p.title),
                    bases,
                    interest_html: (!p.legitimate_interest.segments.is_empty())
                        .then(|| html(&p.legitimate_interest)),
                    body_html: body.as_deref(),
                }
            })
            .collect();
        let view = DiffView {
            old_date: old.date.to_string(),
            new_date: new.date.to_string(),
            old_href: format!("{root}{}", paths::revision(&company.slug, lang, old.date)),
            new_href: format!("{root}{}", paths::revision(&company.slug, lang, new.date)),
            summary: changes::summary(self.messages, lang, &d.counts),
            empty: d.is_empty(),
            processor_changes: changes::processor_lines(self.messages, lang, &d.processors),
            title_html: d.counts.title_changed.then(|| html(&d.title)),
            intro_html: prose.intro.as_deref(),
            intro_changed: d.counts.intro_changed,
            sections,
            purposes,
            coarse: d.coarse(),
        };
        let mut context = self.company_locale_context(ci, li, &root);
        let mut links = self.links(ci, li, &root);
        links.permalink = Some(view.new_href.clone());
        links.diff = Some(format!(
            "{root}{}",
            paths::diff(&company.slug, lang, new.date)
        ));
        context.insert("links", &links);
        context.insert(
            "revision",
            &revision_view(new, &self.caches[ci].prose[li][ri], self.theme.minified),
        );
        context.insert("status", &t.statuses[ri]);
        context.insert("diff", &view);
        Ok(("diff.html", lang, context))
    }

    /// The feed entries of one company's locale, newest first.
    fn feed_entries(&self, ci: usize, li: usize, with_company: bool) -> Vec<FeedEntry> {
        let count = self.site.companies[ci].locales[li].revisions.len();
        (0..count)
            .rev()
            .map(|ri| self.feed_entry(ci, li, ri, with_company))
            .collect()
    }

    /// The feed entry of one revision, in its own language.
    fn feed_entry(&self, ci: usize, li: usize, i: usize, with_company: bool) -> FeedEntry {
        let company = &self.site.companies[ci];
        let history = &company.locales[li];
        let lang = history.locale.as_str();
        let config = &self.site.config;
        let t = &self.plan.timelines[ci][li];
        let r = &history.revisions[i];
        {
            {
                let date_text = self.messages.date(lang, r.date);
                let key = if t.statuses[i] == Status::Upcoming {
                    "feed-entry-upcoming"
                } else {
                    "feed-entry-title"
                };
                let mut title = self.t(lang, key, &[("date", &date_text)]);
                if with_company {
                    title = format!("{}: {title}", company.display_name());
                }
                let permalink = config.url(&paths::revision(&company.slug, lang, r.date));
                let mut content = String::new();
                if let Some(summary) = &r.summary {
                    content.push_str(&format!("<p>{}</p>", changes::escape(summary)));
                }
                let url = match self.caches[ci].diffs[li][i].as_ref() {
                    Some(d) => {
                        content.push_str(&format!(
                            "<p>{}</p>",
                            changes::escape(&changes::summary(self.messages, lang, &d.counts))
                        ));
                        let lines = changes::processor_lines(self.messages, lang, &d.processors);
                        if !lines.is_empty() {
                            content.push_str("<ul>");
                            for l in lines {
                                content.push_str(&format!("<li>{}</li>", changes::escape(&l.text)));
                            }
                            content.push_str("</ul>");
                        }
                        let url = config.url(&paths::diff(&company.slug, lang, r.date));
                        content.push_str(&format!(
                            "<p><a href=\"{}\">{}</a></p>",
                            changes::escape(&url),
                            changes::escape(&self.t(lang, "what-changed", &[]))
                        ));
                        url
                    }
                    None => {
                        content.push_str(&format!(
                            "<p><a href=\"{}\">{}</a></p>",
                            changes::escape(&permalink),
                            changes::escape(&self.t(lang, "feed-read-policy", &[]))
                        ));
                        permalink.clone()
                    }
                };
                FeedEntry {
                    title,
                    id: permalink,
                    url,
                    lang: lang.to_string(),
                    date: r.date.to_string(),
                    summary: r.summary.clone(),
                    content_html: content,
                }
            }
        }
    }

    fn feed(
        &self,
        ci: usize,
        li: usize,
    ) -> Result<(&'static str, &'a str, PageContext), Diagnostic> {
        let company = &self.site.companies[ci];
        let history = &company.locales[li];
        let lang = history.locale.as_str();
        let config = &self.site.config;
        let entries = self.feed_entries(ci, li, false);
        let feed = FeedView::new(
            self.t(lang, "feed-title", &[("company", company.display_name())]),
            config.url(&paths::feed(&company.slug, lang)),
            config.url(&paths::history(&company.slug, lang)),
            company.display_name().to_string(),
            entries,
        );
        let mut context = self.new_context();
        context.insert("feed", &feed);
        Ok(("feed.xml", lang, context))
    }

    fn site_feed(&self) -> Result<(&'static str, &'a str, PageContext), Diagnostic> {
        let config = &self.site.config;
        let lang = config.default_locale.as_str();
        // The newest revisions of every company, newest first (ties in company and locale
        // order); a reader wants recent changes, not the archive, so the feed is capped.
        let mut newest: Vec<(jiff::civil::Date, usize, usize, usize)> = Vec::new();
        for (ci, company) in self.site.companies.iter().enumerate() {
            for (li, history) in company.locales.iter().enumerate() {
                newest.extend(
                    history
                        .revisions
                        .iter()
                        .enumerate()
                        .map(|(ri, r)| (r.date, ci, li, ri)),
                );
            }
        }
        newest.sort_by(|a, b| b.0.cmp(&a.0).then((a.1, a.2, a.3).cmp(&(b.1, b.2, b.3))));
        newest.truncate(SITE_FEED_ENTRIES);
        let entries: Vec<FeedEntry> = newest
            .into_iter()
            .map(|(_, ci, li, ri)| self.feed_entry(ci, li, ri, true))
            .collect();
        let title = self
            .messages
            .get_own(lang, "site-title")
            .unwrap_or_else(|| config.title.clone());
        let feed = FeedView::new(
            title,
            config.url(paths::SITE_FEED),
            config.url(""),
            config.title.clone(),
            entries,
        );
        let mut context = self.new_context();
        context.insert("feed", &feed);
        Ok(("feed.xml", lang, context))
    }
}

#[derive(Serialize)]
struct LocaleEntry {
    lang: String,
    label: String,
    href: String,
    title: String,
    in_force: Option<String>,
}

fn company_view(c: &Company) -> CompanyView<'_> {
    CompanyView {
        slug: &c.slug,
        display_name: c.display_name(),
        info: &c.info,
    }
}

/// A revision for templates; with `minified`, its prose comes minified.
fn revision_view<'r>(r: &'r Revision, prose: &'r Prose, minified: bool) -> RevisionView<'r> {
    let html = |f: &'r Fragment| match (&f.minified, minified) {
        (Some(small), true) => small.as_str(),
        _ => f.html.as_str(),
    };
    RevisionView {
        date: r.date.to_string(),
        title: &r.title,
        summary: r.summary.as_deref(),
        intro_html: prose.intro.as_ref().map(html),
        sections: r
            .sections
            .iter()
            .zip(&prose.sections)
            .map(|(s, body)| SectionView {
                id: &s.id,
                title: &s.title,
                body_html: html(body),
            })
            .collect(),
        purposes: r
            .purposes
            .iter()
            .zip(&prose.purposes)
            .map(|(p, body)| PurposeView {
                id: &p.id,
                title: &p.title,
                legal_bases: p.legal_bases.iter().map(|b| b.as_str()).collect(),
                legitimate_interest: p.legitimate_interest.as_deref(),
                body_html: body.as_ref().map(html),
            })
            .collect(),
        processor_groups: group_processors(&r.processors, &|_| None),
        purposes_in_section: r.sections.iter().any(|s| s.id == "purposes"),
        processors_in_section: r.sections.iter().any(|s| s.id == "recipients"),
    }
}

/// Processors grouped by `group`, groups in order of first appearance.
fn group_processors(
    processors: &[Processor],
    since: &dyn Fn(&Processor) -> Option<String>,
) -> Vec<GroupView> {
    let mut groups: Vec<GroupView> = Vec::new();
    let mut anchors: Vec<String> = Vec::new();
    for p in processors {
        let mut anchor = anchor_of(&p.name);
        if anchors.contains(&anchor) {
            anchor = format!("{anchor}-{}", anchors.len() + 1);
        }
        anchors.push(anchor.clone());
        let view = ProcessorView {
            name: p.name.clone(),
            anchor,
            url: p.url.clone(),
            purpose: p.purpose.clone(),
            data: p.data.clone(),
            countries: p
                .countries
                .iter()
                .map(|c| CountryView {
                    code: c.clone(),
                    outside_eea: !countries::in_eea(c),
                })
                .collect(),
            headquarters: p.headquarters.clone(),
            safeguard: p.safeguard.map(|s| s.as_str()),
            needs_safeguard: p.countries.iter().any(|c| !countries::in_eea(c)),
            since: since(p),
        };
        match groups.iter_mut().find(|g| g.name == p.group) {
            Some(g) => g.processors.push(view),
            None => groups.push(GroupView {
                name: p.group.clone(),
                processors: vec![view],
            }),
        }
    }
    groups
}

/// An HTML id from a name: lower-case letters and digits joined by '-'.
pub fn anchor_of(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minifying_around_fragments_gives_the_same_bytes() {
        let body = "Some text that is long enough to be worth setting aside, with *emphasis*.\n\n- one\n- two\n";
        let fragment = Fragment::new(body, true);
        let prose = Prose {
            intro: None,
            sections: vec![fragment],
            purposes: vec![],
        };
        let page = format!(
            "<!doctype html>\n<html lang=\"en\">\n<head>\n<title>T</title>\n</head>\n<body>\n  <section id=\"a\">\n    <h2>A</h2>\n    {}\n  </section>\n</body>\n</html>\n",
            prose.sections[0].html
        );
        assert_eq!(minify_page(&page, Some(&prose)), minify(page.as_bytes()));
        assert!(
            String::from_utf8(minify_page(&page, Some(&prose)))
                .unwrap()
                .contains("<li>one</li>")
        );
    }

    #[test]
    fn a_page_whose_fragment_was_changed_by_the_template_still_minifies() {
        let prose = Prose {
            intro: Some(Fragment::new(&"word ".repeat(30), true)),
            sections: vec![],
            purposes: vec![],
        };
        let page = "<html><body><p>Not the fragment at all.</p></body></html>";
        assert_eq!(minify_page(page, Some(&prose)), minify(page.as_bytes()));
    }

    #[test]
    fn anchors_are_readable_ids() {
        assert_eq!(anchor_of("Google Cloud-tjänster"), "google-cloud-tjänster");
        assert_eq!(anchor_of("Meta / Facebook"), "meta-facebook");
        assert_eq!(anchor_of("  Mailchimp Inc. "), "mailchimp-inc");
    }
}
