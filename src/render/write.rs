//! A whole site rendered one company at a time for `privsite build`, each file handed on
//! as soon as it is rendered: a company's cache (its prose as HTML, its diffs) is made,
//! its pages are rendered and handed on, and the cache is dropped before the next company
//! is taken up. So a build holds the model and the work in flight, never the site: its
//! memory grows with the sources, not with the output. `serve` keeps every cache instead
//! (see [`super::render_pages`]), to render again only what a change touches.
//!
//! What the site-wide pages need of the companies is gathered on the way: the sitemap
//! entries of each company's pages and the site feed's entries. The bytes are the same as
//! [`super::render_pages`] makes (a test builds both ways and compares every file).

use rayon::prelude::*;

use super::feeds::{FeedEntry, site_feed_picks};
use super::*;

/// Renders a site company by company; see the module's documentation.
pub struct SiteWriter<'a> {
    site: &'a Site,
    plan: &'a Plan,
    theme: &'a Theme,
    messages: &'a Messages,
    /// The site feed's revisions, newest first: (company, locale, revision).
    picks: Vec<(usize, usize, usize)>,
}

/// What rendering one company left for the site-wide pages.
pub struct WrittenCompany {
    /// How many files were handed on, and how many of them are HTML pages.
    pub files: usize,
    pub pages: usize,
    /// The sitemap entries of the company's pages.
    pub sitemap: String,
    /// The company's entries of the site feed, with their place in it.
    feed: Vec<(usize, FeedEntry)>,
}

/// Where a rendered file goes: its path in the site and its bytes. Called from several
/// threads at once.
pub type Put<'p> = dyn Fn(&str, Vec<u8>) -> Result<(), Diagnostic> + Sync + 'p;

impl<'a> SiteWriter<'a> {
    pub fn new(
        site: &'a Site,
        plan: &'a Plan,
        theme: &'a Theme,
        messages: &'a Messages,
    ) -> SiteWriter<'a> {
        SiteWriter {
            site,
            plan,
            theme,
            messages,
            picks: site_feed_picks(site),
        }
    }

    /// Renders company `ci`'s pages in parallel with a cache made for them alone, handing
    /// each file to `put` as soon as it is rendered. Every page is tried, so that all
    /// errors are reported.
    pub fn company(&self, ci: usize, put: &Put<'_>) -> Result<WrittenCompany, Diagnostics> {
        let cache = CompanyCache::new(&self.site.companies[ci], self.site.config.build.minify);
        let renderer = self.renderer(Caches::One(ci, &cache));
        let pages = &self.plan.company_pages[ci];
        let results: Vec<Result<bool, Diagnostic>> = pages
            .par_iter()
            .map(|page| {
                let rendered = renderer.render(page, None)?;
                let html = rendered.file.ends_with(".html");
                match rendered.bytes {
                    Some(bytes) => put(&rendered.file, bytes).map(|()| html),
                    None => Err(Diagnostic::error(
                        &rendered.file,
                        "internal error: a page was not rendered",
                    )),
                }
            })
            .collect();
        let mut diags = Diagnostics::default();
        let mut written = WrittenCompany {
            files: 0,
            pages: 0,
            sitemap: sitemap_entries(self.site, pages.iter()),
            feed: Vec::new(),
        };
        for result in results {
            match result {
                Ok(html) => {
                    written.files += 1;
                    written.pages += usize::from(html);
                }
                Err(d) => diags.push(d),
            }
        }
        if diags.has_errors() {
            diags.sort();
            return Err(diags);
        }
        written.feed = self
            .picks
            .iter()
            .enumerate()
            .filter(|(_, pick)| pick.0 == ci)
            .map(|(at, &(ci, li, ri))| (at, renderer.feed_entry(ci, li, ri, true)))
            .collect();
        Ok(written)
    }

    /// Renders the site-wide pages (the index, the 404 page, the site feed), handing each
    /// file to `put`; `companies` is what [`SiteWriter::company`] returned for every
    /// company, in the site's order. Returns how many files and pages were handed on.
    pub fn site_pages(
        &self,
        companies: &[WrittenCompany],
        put: &Put<'_>,
    ) -> Result<(usize, usize), Diagnostics> {
        let mut feed: Vec<&(usize, FeedEntry)> = companies.iter().flat_map(|c| &c.feed).collect();
        feed.sort_by_key(|(at, _)| *at);
        let entries: Vec<FeedEntry> = feed.into_iter().map(|(_, e)| e.clone()).collect();
        let renderer = Renderer {
            site_feed: Some(&entries),
            ..self.renderer(Caches::All(&[]))
        };
        let mut diags = Diagnostics::default();
        let (mut files, mut pages) = (0, 0);
        for page in &self.plan.site_pages {
            let result = renderer.render(page, None).and_then(|rendered| {
                let html = rendered.file.ends_with(".html");
                let bytes = rendered.bytes.unwrap_or_default();
                put(&rendered.file, bytes).map(|()| html)
            });
            match result {
                Ok(html) => {
                    files += 1;
                    pages += usize::from(html);
                }
                Err(d) => diags.push(d),
            }
        }
        if diags.has_errors() {
            diags.sort();
            return Err(diags);
        }
        Ok((files, pages))
    }

    fn renderer(&self, caches: Caches<'a>) -> Renderer<'a> {
        Renderer {
            site: self.site,
            plan: self.plan,
            theme: self.theme,
            messages: self.messages,
            caches,
            site_feed: None,
            contexts: ContextUse::Render,
        }
    }
}
