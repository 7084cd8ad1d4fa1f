//! What the site-wide pages (the index, the 404 page, the site feed, the sitemap,
//! build.json) need of one company, kept so that a later build can make those pages
//! without loading the company: when none of its sources changed and its files are
//! carried over from the previous build (see `build/incremental.rs`), its [`Digest`] as
//! that build recorded it takes its place. A digest is made from the company as loaded,
//! by the same code that makes those pages from it, so the pages are the same either way.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::feeds::FeedEntry;
use super::write::{SiteWriter, WrittenCompany};
use crate::model::Site;
use crate::plan::schedule::Upcoming;

/// One company (all its documents) as the site-wide pages see it.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Digest {
    pub slug: String,
    /// The locales of its documents, as the site's languages count them.
    pub locales: Vec<String>,
    /// Its entry on the index page, as the template is given it.
    pub index_entry: serde_json::Value,
    /// Its sitemap files, as the sitemap index lists them: address and latest date.
    pub sitemaps: Vec<(String, Option<Date>)>,
    /// The revisions the site feed could carry, newest first, at most as many as the feed
    /// holds: (date, document, locale, revision) by index.
    pub feed_candidates: Vec<(Date, usize, usize, usize)>,
    /// The site feed's entries of those revisions that it carried when this was made.
    pub feed_entries: Vec<((usize, usize, usize), FeedEntry)>,
    /// Per document and locale, the next revision to take effect.
    pub upcoming: Vec<(Date, Upcoming)>,
    /// Its files and how many are pages.
    pub files: Vec<String>,
    pub pages: usize,
    /// Its locales (per document), revisions and the drafts left out.
    pub locale_count: usize,
    pub revisions: usize,
    pub skipped_drafts: usize,
}

impl Digest {
    /// The feed entry of a revision the site feed carries, where this digest holds it.
    pub fn feed_entry(&self, at: (usize, usize, usize)) -> Option<&FeedEntry> {
        self.feed_entries
            .iter()
            .find(|(k, _)| *k == at)
            .map(|(_, e)| e)
    }
}

/// The revisions of the documents `units` of `site` the site feed could carry, newest
/// first (ties in document, locale and revision order), as many as it holds.
pub fn feed_candidates(
    site: &Site,
    units: std::ops::Range<usize>,
) -> Vec<(Date, usize, usize, usize)> {
    let first = units.start;
    let mut all: Vec<(Date, usize, usize, usize)> = Vec::new();
    for ci in units {
        for (li, history) in site.companies[ci].locales.iter().enumerate() {
            all.extend(
                history
                    .revisions
                    .iter()
                    .enumerate()
                    .map(|(ri, r)| (r.date, ci - first, li, ri)),
            );
        }
    }
    all.sort_by(|a, b| b.0.cmp(&a.0).then((a.1, a.2, a.3).cmp(&(b.1, b.2, b.3))));
    all.truncate(super::feeds::SITE_FEED_ENTRIES);
    all
}

impl SiteWriter<'_> {
    /// The digest of the company whose documents are `units`, from what rendering them
    /// (or carrying their files over) returned.
    pub fn digest(&self, units: std::ops::Range<usize>, written: &[WrittenCompany]) -> Digest {
        let site = self.site;
        let first = units.start;
        let slug = site.companies[first].slug.clone();
        let mut locales: Vec<String> = Vec::new();
        let mut upcoming = Vec::new();
        let (mut locale_count, mut revisions, mut skipped_drafts) = (0, 0, 0);
        for ci in units.clone() {
            let c = &site.companies[ci];
            skipped_drafts += c.skipped_drafts.len();
            locale_count += c.locales.len();
            for h in &c.locales {
                revisions += h.revisions.len();
                if !locales.iter().any(|l| l == h.locale.as_str()) {
                    locales.push(h.locale.as_str().to_string());
                }
                if let Some(next) = h.revisions.iter().find(|r| r.date > self.plan.today) {
                    let up = Upcoming {
                        company: c.slug.clone(),
                        locale: h.locale.as_str().to_string(),
                    };
                    upcoming.push((next.date, up));
                }
            }
        }
        let mut files = Vec::new();
        let mut pages = 0;
        let mut feed_entries = Vec::new();
        for ci in units.clone() {
            files.extend(
                self.plan.company_pages[ci]
                    .iter()
                    .map(|p| crate::plan::paths::file(&p.path)),
            );
            let w = &written[ci];
            pages += w.pages;
            for (at, entry) in &w.feed {
                if let Some((pci, li, ri)) = self.pick(*at) {
                    feed_entries.push(((pci - first, li, ri), entry.clone()));
                }
            }
        }
        Digest {
            index_entry: self.renderer_for_index().index_entry(first),
            slug,
            locales,
            sitemaps: crate::plan::sitemaps::of_company(&self.plan.company_pages[first])
                .map(|(path, lastmod)| (path.to_string(), lastmod))
                .collect(),
            feed_candidates: feed_candidates(site, units),
            feed_entries,
            upcoming,
            files,
            pages,
            locale_count,
            revisions,
            skipped_drafts,
        }
    }
}
