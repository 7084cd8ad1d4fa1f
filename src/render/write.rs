//! A whole site rendered one company at a time, each file handed on as soon as it is
//! rendered: a company's cache (its prose as HTML, its diffs) is made, its pages are
//! rendered and handed on, and the cache is dropped before the next company is taken up,
//! unless the caller keeps it. So `privsite build` holds the model and the work in flight,
//! never the site: its memory grows with the sources, not with the output. `serve` keeps
//! every cache and each page's fingerprint, to render again only what a change touches
//! (see [`super::render_pages`]).
//!
//! What the site-wide pages need of the companies is gathered on the way: the site feed's
//! entries.

use rayon::prelude::*;

use super::Caches;
use super::ContextUse;
use super::Renderer;
use super::cache::CompanyCache;
use super::digest::Digest;
use super::feeds::{FeedEntry, site_feed_picks};
use super::theme::Theme;
use crate::diagnostic::Diagnostic;
use crate::diagnostic::Diagnostics;
use crate::model::Site;
use crate::plan::Plan;
use crate::text::i18n::Messages;

/// Renders a site company by company; see the module's documentation.
pub struct SiteWriter<'a> {
    pub(super) site: &'a Site,
    pub(super) plan: &'a Plan,
    theme: &'a Theme,
    messages: &'a Messages,
    /// The site feed's revisions, newest first.
    picks: Vec<Pick>,
    /// The companies not loaded, whose files are carried over (see [`super::digest`]).
    digests: &'a [Digest],
    /// Whether each company's cache and each page's fingerprint are kept.
    keep: bool,
}

/// A revision the site feed carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Pick {
    /// (company, locale, revision) of the site as loaded.
    Loaded(usize, usize, usize),
    /// (digest, document, locale, revision) of a company not loaded.
    Elsewhere(usize, usize, usize, usize),
}

/// The site feed's revisions: the newest of the companies loaded and of those not,
/// newest first, ties in the site's order (company, document, locale, revision), as
/// [`site_feed_picks`] orders them for a site loaded whole.
fn picks(site: &Site, digests: &[Digest]) -> Vec<Pick> {
    if digests.is_empty() {
        return site_feed_picks(site)
            .into_iter()
            .map(|(ci, li, ri)| Pick::Loaded(ci, li, ri))
            .collect();
    }
    let companies = &site.companies;
    let mut all: Vec<(jiff::civil::Date, &str, usize, usize, usize, Pick)> = Vec::new();
    let mut first = 0;
    for (ci, c) in companies.iter().enumerate() {
        if ci == 0 || companies[ci - 1].slug != c.slug {
            first = ci;
        }
        for (li, h) in c.locales.iter().enumerate() {
            for (ri, r) in h.revisions.iter().enumerate() {
                all.push((
                    r.date,
                    &c.slug,
                    ci - first,
                    li,
                    ri,
                    Pick::Loaded(ci, li, ri),
                ));
            }
        }
    }
    for (di, d) in digests.iter().enumerate() {
        for &(date, unit, li, ri) in &d.feed_candidates {
            all.push((
                date,
                &d.slug,
                unit,
                li,
                ri,
                Pick::Elsewhere(di, unit, li, ri),
            ));
        }
    }
    super::feeds::first_in_order(&mut all, super::feeds::SITE_FEED_ENTRIES, |a, b| {
        b.0.cmp(&a.0)
            .then((a.1, a.2, a.3, a.4).cmp(&(b.1, b.2, b.3, b.4)))
    });
    all.into_iter().map(|t| t.5).collect()
}

/// What rendering one company left for the site-wide pages.
pub struct WrittenCompany {
    /// How many files were handed on, and how many of them are HTML pages.
    pub files: usize,
    pub pages: usize,
    /// How many of them were rendered from templates (the rest are exports).
    pub templated: usize,
    /// The company's cache, when kept.
    pub cache: Option<CompanyCache>,
    /// The company's entries of the site feed, with their place in it.
    pub(super) feed: Vec<(usize, FeedEntry)>,
}

/// Where a rendered file goes: its path in the site, its bytes and, when kept, the
/// fingerprint of what its template was given. Called from several threads at once.
pub type Put<'p> = dyn Fn(&str, Vec<u8>, Option<u128>) -> Result<(), Diagnostic> + Sync + 'p;

/// How many files were handed on, how many are HTML pages, and how many were rendered
/// from templates.
#[derive(Debug, Default, Clone, Copy)]
pub struct Counts {
    pub files: usize,
    pub pages: usize,
    pub templated: usize,
}

impl<'a> SiteWriter<'a> {
    pub fn new(
        site: &'a Site,
        plan: &'a Plan,
        theme: &'a Theme,
        messages: &'a Messages,
        keep: bool,
    ) -> SiteWriter<'a> {
        SiteWriter {
            site,
            plan,
            theme,
            messages,
            picks: picks(site, &[]),
            digests: &[],
            keep,
        }
    }

    /// The same writer, with the companies not loaded whose files are carried over.
    pub fn with_digests(mut self, digests: &'a [Digest]) -> SiteWriter<'a> {
        self.picks = picks(self.site, digests);
        self.digests = digests;
        self
    }

    /// The digests (by index) of which the site feed carries a revision the digest has no
    /// entry for: those companies must be loaded to make it.
    pub fn digests_lacking_feed_entries(&self) -> Vec<usize> {
        let mut lacking: Vec<usize> = self
            .picks
            .iter()
            .filter_map(|p| match *p {
                Pick::Elsewhere(di, unit, li, ri) => self.digests[di]
                    .feed_entry((unit, li, ri))
                    .is_none()
                    .then_some(di),
                Pick::Loaded(..) => None,
            })
            .collect();
        lacking.sort_unstable();
        lacking.dedup();
        lacking
    }

    /// The pick at `at` in the site feed, where it is a revision of the site as loaded.
    pub(super) fn pick(&self, at: usize) -> Option<(usize, usize, usize)> {
        match self.picks.get(at)? {
            Pick::Loaded(ci, li, ri) => Some((*ci, *li, *ri)),
            Pick::Elsewhere(..) => None,
        }
    }

    /// Renders company `ci`'s pages in parallel with a cache made for them alone, handing
    /// each file to `put` as soon as it is rendered; but the pages of each locale (by
    /// index) that `carried` says are in the site already, carried over from the previous
    /// build. Every page is tried, so that all errors are reported.
    ///
    /// `previous` is the company's digest as the previous build recorded it: the site
    /// feed's entries of the locales carried over are taken from it where it holds them
    /// (they were made from the same inputs), and the cache is made only for the locales
    /// rendered or whose entries it lacks.
    pub fn company(
        &self,
        ci: usize,
        put: &Put<'_>,
        carried: &[bool],
        previous: Option<&Digest>,
    ) -> Result<WrittenCompany, Diagnostics> {
        let companies = &self.site.companies;
        let unit = ci - self.site.units_of(&companies[ci].slug).start;
        let is_carried = |li: usize| carried.get(li) == Some(&true);
        let mut kept_entries: Vec<(usize, FeedEntry)> = Vec::new();
        // (place in the feed, locale, revision)
        let mut to_make: Vec<(usize, usize, usize)> = Vec::new();
        for (at, pick) in self.picks.iter().enumerate() {
            let Pick::Loaded(c, li, ri) = *pick else {
                continue;
            };
            if c != ci {
                continue;
            }
            match previous
                .filter(|_| is_carried(li))
                .and_then(|d| d.feed_entry((unit, li, ri)))
            {
                Some(entry) => kept_entries.push((at, entry.clone())),
                None => to_make.push((at, li, ri)),
            }
        }
        let needed: rustc_hash::FxHashSet<&crate::model::Locale> = companies[ci]
            .locales
            .iter()
            .enumerate()
            .filter(|&(li, _)| !is_carried(li) || to_make.iter().any(|&(_, l, _)| l == li))
            .map(|(_, h)| &h.locale)
            .collect();
        let run = self.caches_for(ci, &|l| needed.contains(l));
        let renderer = self.renderer(Self::caches(ci, &run));
        let pages = &self.plan.company_pages[ci];
        let there = |page: &&crate::plan::Page| {
            crate::plan::locale_of(&page.kind).is_some_and(|li| carried.get(li) == Some(&true))
        };
        let results: Vec<Result<(bool, bool), Diagnostic>> = pages
            .par_iter()
            .filter(|page| !there(page))
            .map(|page| {
                let rendered = renderer.render(page, None)?;
                let html = rendered.file.ends_with(".html");
                match rendered.bytes {
                    Some(bytes) => put(&rendered.file, bytes, rendered.fingerprint)
                        .map(|()| (html, rendered.templated)),
                    None => Err(Diagnostic::error(
                        &rendered.file,
                        "internal error: a page was not rendered",
                    )),
                }
            })
            .collect();
        let mut diags = Diagnostics::default();
        // The pages carried over count as [`SiteWriter::carried`] counts them.
        let carried_pages = pages.iter().filter(there);
        let mut written = WrittenCompany {
            files: carried_pages.clone().count(),
            pages: carried_pages
                .filter(|p| crate::plan::paths::file(&p.path).ends_with(".html"))
                .count(),
            templated: 0,
            cache: None,
            feed: Vec::new(),
        };
        for result in results {
            match result {
                Ok((html, templated)) => {
                    written.files += 1;
                    written.pages += usize::from(html);
                    written.templated += usize::from(templated);
                }
                Err(d) => diags.push(d),
            }
        }
        if diags.has_errors() {
            diags.sort();
            return Err(diags);
        }
        written.feed = to_make
            .into_iter()
            .map(|(at, li, ri)| (at, renderer.feed_entry(ci, li, ri, true)))
            .chain(kept_entries)
            .collect();
        if self.keep {
            written.cache = run.into_iter().next();
        }
        Ok(written)
    }

    /// What [`SiteWriter::company`] returns for company `ci` without rendering its pages:
    /// for a company whose files the previous build made from the same inputs and which
    /// were carried into the new site unchanged. Only its entries of the site feed are
    /// made, where it has any.
    pub fn carried(&self, ci: usize) -> WrittenCompany {
        let pages = &self.plan.company_pages[ci];
        let html = pages
            .iter()
            .filter(|p| crate::plan::paths::file(&p.path).ends_with(".html"))
            .count();
        let feed = match self
            .picks
            .iter()
            .any(|p| matches!(p, Pick::Loaded(c, ..) if *c == ci))
        {
            true => {
                let run = self.caches_for(ci, &|_| true);
                self.site_feed_entries(ci, &self.renderer(Self::caches(ci, &run)))
            }
            false => Vec::new(),
        };
        WrittenCompany {
            files: pages.len(),
            pages: html,
            templated: 0,
            cache: None,
            feed,
        }
    }

    /// Company `ci`'s cache, and for a notice those of its company's other documents,
    /// whose revisions its feed carries.
    /// Made for the locales `needed` says (the others left empty).
    fn caches_for(
        &self,
        ci: usize,
        needed: &(dyn Fn(&crate::model::Locale) -> bool + Sync),
    ) -> Vec<CompanyCache> {
        let companies = &self.site.companies;
        let minify = self.site.config.build.minify;
        let mut run = vec![CompanyCache::for_locales(&companies[ci], minify, needed)];
        if companies[ci].document.is_none() {
            run.extend(
                companies[ci + 1..]
                    .iter()
                    .take_while(|c| c.slug == companies[ci].slug)
                    .map(|c| CompanyCache::for_locales(c, minify, needed)),
            );
        }
        run
    }

    fn caches(ci: usize, run: &[CompanyCache]) -> Caches<'_> {
        match run.len() {
            1 => Caches::One(ci, &run[0]),
            _ => Caches::Run(ci, run),
        }
    }

    /// Company `ci`'s entries of the site feed, with their place in it.
    fn site_feed_entries(&self, ci: usize, renderer: &Renderer<'_>) -> Vec<(usize, FeedEntry)> {
        self.picks
            .iter()
            .enumerate()
            .filter_map(|(at, pick)| match *pick {
                Pick::Loaded(c, li, ri) if c == ci => {
                    Some((at, renderer.feed_entry(ci, li, ri, true)))
                }
                _ => None,
            })
            .collect()
    }

    /// Renders the site-wide pages (the index, the 404 page, the site feed), handing each
    /// file to `put`; `companies` is what [`SiteWriter::company`] returned for every
    /// company, in the site's order.
    pub fn site_pages(
        &self,
        companies: &[WrittenCompany],
        put: &Put<'_>,
    ) -> Result<Counts, Diagnostics> {
        let mut feed: Vec<(usize, &FeedEntry)> = companies
            .iter()
            .flat_map(|c| c.feed.iter().map(|(at, e)| (*at, e)))
            .collect();
        for (at, pick) in self.picks.iter().enumerate() {
            if let Pick::Elsewhere(di, unit, li, ri) = *pick {
                let entry = self.digests[di].feed_entry((unit, li, ri)).ok_or_else(|| {
                    Diagnostics(vec![Diagnostic::error(
                        "feed.xml",
                        "internal error: a revision of the site feed has no entry",
                    )])
                })?;
                feed.push((at, entry));
            }
        }
        feed.sort_by_key(|(at, _)| *at);
        let entries: Vec<FeedEntry> = feed.into_iter().map(|(_, e)| e.clone()).collect();
        let renderer = Renderer {
            site_feed: Some(&entries),
            ..self.renderer(Caches::All(&[]))
        };
        let mut diags = Diagnostics::default();
        let mut counts = Counts::default();
        for page in &self.plan.site_pages {
            let result = renderer.render(page, None).and_then(|rendered| {
                let html = rendered.file.ends_with(".html");
                let bytes = rendered.bytes.unwrap_or_default();
                put(&rendered.file, bytes, rendered.fingerprint)
                    .map(|()| (html, rendered.templated))
            });
            match result {
                Ok((html, templated)) => {
                    counts.files += 1;
                    counts.pages += usize::from(html);
                    counts.templated += usize::from(templated);
                }
                Err(d) => diags.push(d),
            }
        }
        if diags.has_errors() {
            diags.sort();
            return Err(diags);
        }
        Ok(counts)
    }

    /// A renderer for what needs no company's cache (the index's entries).
    pub(super) fn renderer_for_index(&self) -> Renderer<'a> {
        self.renderer(Caches::All(&[]))
    }

    fn renderer(&self, caches: Caches<'a>) -> Renderer<'a> {
        Renderer {
            site: self.site,
            plan: self.plan,
            theme: self.theme,
            messages: self.messages,
            caches,
            site_feed: None,
            digests: self.digests,
            contexts: match self.keep {
                true => ContextUse::Both,
                false => ContextUse::Render,
            },
        }
    }
}
