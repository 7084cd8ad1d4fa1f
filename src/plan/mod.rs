//! Which pages a site has, at which addresses, and the facts about time they show: which
//! revision is in force on the build date, which are past or upcoming, when each processor
//! came and went, which translations lag behind. Plain data; rendering comes later.

pub mod notice;
pub mod schedule;
pub mod sitemaps;
pub mod voice;

use jiff::civil::Date;
use rayon::prelude::*;
use serde::Serialize;

use crate::model::{Company, LocaleHistory, Processor, Revision, Site};

/// Site paths (relative to the base URL, no leading slash; folders end in '/').
pub mod paths {
    use jiff::civil::Date;

    pub fn company(company: &str) -> String {
        format!("{company}/")
    }
    pub fn current(company: &str, locale: &str) -> String {
        format!("{company}/{locale}/")
    }
    pub fn revision(company: &str, locale: &str, date: Date) -> String {
        format!("{company}/{locale}/{date}/")
    }
    pub fn diff(company: &str, locale: &str, date: Date) -> String {
        format!("{company}/{locale}/{date}/diff/")
    }
    pub fn history(company: &str, locale: &str) -> String {
        format!("{company}/{locale}/history/")
    }
    pub fn processors(company: &str, locale: &str) -> String {
        format!("{company}/{locale}/processors/")
    }
    pub fn feed(company: &str, locale: &str) -> String {
        format!("{company}/{locale}/feed.xml")
    }
    pub fn policy_json(company: &str, locale: &str) -> String {
        format!("{company}/{locale}/policy.json")
    }
    pub fn processors_json(company: &str, locale: &str) -> String {
        format!("{company}/{locale}/processors.json")
    }
    pub fn processors_csv(company: &str, locale: &str) -> String {
        format!("{company}/{locale}/processors.csv")
    }
    pub const SITE_FEED: &str = "feed.xml";
    pub fn current_json(company: &str, locale: &str) -> String {
        format!("{company}/{locale}/current.json")
    }
    pub fn revisions_json(company: &str, locale: &str) -> String {
        format!("{company}/{locale}/revisions.json")
    }
    pub fn cookies(company: &str, locale: &str) -> String {
        format!("{company}/{locale}/cookies/")
    }
    pub fn cookies_json(company: &str, locale: &str) -> String {
        format!("{company}/{locale}/cookies.json")
    }
    pub fn cookies_csv(company: &str, locale: &str) -> String {
        format!("{company}/{locale}/cookies.csv")
    }

    /// The file a path is written to: folders get their `index.html`.
    pub fn file(path: &str) -> String {
        if path.is_empty() || path.ends_with('/') {
            format!("{path}index.html")
        } else {
            path.to_string()
        }
    }

    /// The relative prefix from the page at `path` back to the site root.
    pub fn root_from(path: &str) -> String {
        let depth = path.matches('/').count();
        if depth == 0 {
            "./".to_string()
        } else {
            "../".repeat(depth)
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Hash)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Past,
    Current,
    Upcoming,
}

/// What the build date makes of one company's revisions in one locale.
#[derive(Debug, Clone, Hash)]
pub struct Timeline {
    /// Index of the revision in force, if any is.
    pub in_force: Option<usize>,
    pub statuses: Vec<Status>,
    /// Per revision, the date the next revision took (or takes) over.
    pub until: Vec<Option<Date>>,
    /// Set when the reference locale changed after this locale's revision in force.
    pub stale_since: Option<Date>,
}

impl Timeline {
    pub fn new(history: &LocaleHistory, today: Date) -> Timeline {
        let in_force = history.revisions.iter().rposition(|r| r.date <= today);
        let statuses = (0..history.revisions.len())
            .map(|i| match in_force {
                Some(f) if i == f => Status::Current,
                _ if history.revisions[i].date > today => Status::Upcoming,
                _ => Status::Past,
            })
            .collect();
        let until = (0..history.revisions.len())
            .map(|i| history.revisions.get(i + 1).map(|r| r.date))
            .collect();
        Timeline {
            in_force,
            statuses,
            until,
            stale_since: None,
        }
    }

    /// The index the locale's current page shows: the revision in force, or else the
    /// first upcoming one.
    pub fn current_index(&self) -> usize {
        self.in_force.unwrap_or(0)
    }

    pub fn first_upcoming(&self) -> Option<usize> {
        self.statuses.iter().position(|s| *s == Status::Upcoming)
    }
}

/// Marks translations whose text in force is older than the reference locale's.
pub fn mark_stale(company: &Company, timelines: &mut [Timeline], today: Date) {
    let Some(reference) = company
        .locales
        .iter()
        .position(|l| l.locale == company.info.default_locale)
    else {
        return;
    };
    let reference_dates: Vec<Date> = company.locales[reference]
        .revisions
        .iter()
        .map(|r| r.date)
        .filter(|d| *d <= today)
        .collect();
    for (i, history) in company.locales.iter().enumerate() {
        if i == reference {
            continue;
        }
        let own_latest = history
            .revisions
            .iter()
            .map(|r| r.date)
            .filter(|d| *d <= today)
            .max();
        timelines[i].stale_since = match own_latest {
            Some(latest) => reference_dates.iter().copied().find(|d| *d > latest),
            None => None,
        };
    }
}

/// One unbroken run of revisions that name a recipient (under one name or, after a
/// rename, another).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Tenure {
    /// The name it had last in the run.
    pub name: String,
    /// The names it had before in the run, oldest first.
    pub formerly: Vec<String>,
    pub id: Option<String>,
    pub purpose: Option<String>,
    pub since: Date,
    /// `None` while the processor is still named.
    pub removed: Option<Date>,
}

/// Every processor's tenures over `revisions` (in date order): when it first appeared in
/// an unbroken run of revisions, and when the run ended. A processor continues the run of
/// the one it succeeds (same id, same name, or a former name: see
/// [`crate::model::find_continuing`]), so a rename keeps its since-date.
pub fn tenures(revisions: &[Revision]) -> Vec<Tenure> {
    // Open runs: since, the processor as last named, the names it had before.
    let mut open: Vec<(Date, &Processor, Vec<String>)> = Vec::new();
    let mut done = Vec::new();
    let close = |(since, p, formerly): (Date, &Processor, Vec<String>), removed| Tenure {
        name: p.name.clone(),
        formerly,
        id: p.id.clone(),
        purpose: p.purpose.clone(),
        since,
        removed,
    };
    for revision in revisions {
        let mut next: Vec<(Date, &Processor, Vec<String>)> = Vec::new();
        let mut taken = vec![false; revision.processors.len()];
        for (since, earlier, mut formerly) in open.drain(..) {
            let successor = revision
                .processors
                .iter()
                .enumerate()
                .filter(|(i, _)| !taken[*i])
                .find(|(_, p)| {
                    crate::model::find_continuing(std::slice::from_ref(*p), earlier).is_some()
                });
            match successor {
                Some((i, p)) => {
                    taken[i] = true;
                    if p.name != earlier.name && !formerly.contains(&earlier.name) {
                        formerly.push(earlier.name.clone());
                    }
                    next.push((since, p, formerly));
                }
                None => done.push(close((since, earlier, formerly), Some(revision.date))),
            }
        }
        for (p, _) in revision.processors.iter().zip(&taken).filter(|(_, t)| !**t) {
            next.push((revision.date, p, Vec::new()));
        }
        open = next;
    }
    done.extend(open.into_iter().map(|run| close(run, None)));
    done.sort_by(|a, b| (a.removed, a.since, &a.name).cmp(&(b.removed, b.since, &b.name)));
    done
}

/// When `name` joined the run of revisions that still names it, among `tenures`.
pub fn current_since(tenures: &[Tenure], name: &str) -> Option<Date> {
    tenures
        .iter()
        .find(|t| t.name == name && t.removed.is_none())
        .map(|t| t.since)
}

/// One page of the site.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PageKind {
    SiteIndex,
    NotFound,
    Company {
        company: usize,
    },
    /// The revision in force at `company/locale/`.
    Current {
        company: usize,
        locale: usize,
    },
    /// Every revision at its permanent address.
    Revision {
        company: usize,
        locale: usize,
        revision: usize,
    },
    History {
        company: usize,
        locale: usize,
    },
    Processors {
        company: usize,
        locale: usize,
    },
    /// What changed since the previous revision in the locale.
    Diff {
        company: usize,
        locale: usize,
        revision: usize,
    },
    /// Atom feed of the locale's revisions and processor changes.
    Feed {
        company: usize,
        locale: usize,
    },
    /// Atom feed of every company's revisions.
    SiteFeed,
    /// The revision in force, machine-readable.
    PolicyJson {
        company: usize,
        locale: usize,
    },
    ProcessorsJson {
        company: usize,
        locale: usize,
    },
    ProcessorsCsv {
        company: usize,
        locale: usize,
    },
    /// The revision in force and the next one, for apps (`current.json`).
    CurrentJson {
        company: usize,
        locale: usize,
    },
    /// Every revision's hash, chained (`revisions.json`).
    RevisionsJson {
        company: usize,
        locale: usize,
    },
    /// The cookie table by category, where a revision declares cookies.
    Cookies {
        company: usize,
        locale: usize,
    },
    CookiesJson {
        company: usize,
        locale: usize,
    },
    CookiesCsv {
        company: usize,
        locale: usize,
    },
    /// The sitemap of the site-wide pages. (The index of every sitemap file is made
    /// after the pages: see [`sitemaps`].)
    SiteSitemap,
    /// One of a company's sitemap files: `listed` is the range of the company's listed
    /// pages it holds (see [`sitemaps::listed`]); `company` its first document.
    Sitemap {
        company: usize,
        listed: std::ops::Range<usize>,
    },
}

/// The locale (by index in its company) a page belongs to; `None` for the site's pages
/// and a company's own page, which speak of all its locales.
pub fn locale_of(kind: &PageKind) -> Option<usize> {
    match *kind {
        PageKind::SiteIndex
        | PageKind::NotFound
        | PageKind::SiteFeed
        | PageKind::SiteSitemap
        | PageKind::Sitemap { .. }
        | PageKind::Company { .. } => None,
        PageKind::Current { locale, .. }
        | PageKind::Revision { locale, .. }
        | PageKind::History { locale, .. }
        | PageKind::Processors { locale, .. }
        | PageKind::Diff { locale, .. }
        | PageKind::Feed { locale, .. }
        | PageKind::PolicyJson { locale, .. }
        | PageKind::ProcessorsJson { locale, .. }
        | PageKind::ProcessorsCsv { locale, .. }
        | PageKind::CurrentJson { locale, .. }
        | PageKind::RevisionsJson { locale, .. }
        | PageKind::Cookies { locale, .. }
        | PageKind::CookiesJson { locale, .. }
        | PageKind::CookiesCsv { locale, .. } => Some(locale),
    }
}

#[derive(Debug, Clone, Hash)]
pub struct Page {
    pub kind: PageKind,
    /// Its address, relative to the base URL (`quickbutik/sv/`).
    pub path: String,
    /// The same page in the company's other locales (this one included), by locale.
    pub alternates: Vec<(String, String)>,
    /// The reference locale's version, for `hreflang="x-default"`.
    pub x_default: Option<String>,
    /// For the sitemap.
    pub lastmod: Option<Date>,
    /// Whether the page belongs in the sitemap.
    pub listed: bool,
}

/// The pages of a site, and the timelines they are computed from: the site-wide pages,
/// then each company's, kept apart so that one company can be planned again alone.
pub struct Plan {
    pub today: Date,
    /// Per company, per locale.
    pub timelines: Vec<Vec<Timeline>>,
    /// The index, the 404 page and the site feed.
    pub site_pages: Vec<Page>,
    /// Per company, in the site's order.
    pub company_pages: Vec<Vec<Page>>,
}

impl Plan {
    pub fn new(site: &Site, today: Date) -> Plan {
        // Each company on a thread of its own: at 1,000 companies this is a step the
        // build would otherwise wait for on one core.
        let (timelines, mut company_pages): (_, Vec<Vec<Page>>) = site
            .companies
            .par_iter()
            .enumerate()
            .map(|(ci, c)| plan_company(ci, c, first_of_company(site, ci), today))
            .unzip();
        // Each company's sitemap files, from its documents' pages: one job per company.
        let firsts: Vec<usize> = (0..site.companies.len())
            .filter(|&ci| first_of_company(site, ci))
            .collect();
        let files: Vec<(usize, Vec<Page>)> = firsts
            .into_par_iter()
            .map(|first| {
                let units = site.units_of(&site.companies[first].slug);
                (first, sitemaps::pages(site, &company_pages, units))
            })
            .collect();
        for (first, pages) in files {
            company_pages[first].extend(pages);
        }
        let mut site_pages = vec![
            page(PageKind::SiteIndex, String::new(), None),
            unlisted(PageKind::NotFound, "404.html".into()),
            unlisted(PageKind::SiteFeed, paths::SITE_FEED.into()),
        ];
        let lastmod = site_pages
            .iter()
            .filter(|p| p.listed)
            .filter_map(|p| p.lastmod)
            .max();
        site_pages.push(Page {
            lastmod,
            ..unlisted(PageKind::SiteSitemap, sitemaps::SITE.into())
        });
        Plan {
            today,
            timelines,
            site_pages,
            company_pages,
        }
    }

    /// Plans company `ci` again after its sources changed; the companies stay the same
    /// ones, in the same order.
    pub fn replan_company(&mut self, site: &Site, ci: usize) {
        let first = first_of_company(site, ci);
        let (timelines, pages) = plan_company(ci, &site.companies[ci], first, self.today);
        self.timelines[ci] = timelines;
        self.company_pages[ci] = pages;
        // The company's sitemap files, made again from its documents' pages now.
        let units = site.units_of(&site.companies[ci].slug);
        let notice = units.start;
        self.company_pages[notice].retain(|p| !matches!(p.kind, PageKind::Sitemap { .. }));
        let files = sitemaps::pages(site, &self.company_pages, units);
        self.company_pages[notice].extend(files);
    }

    /// Every page: the site-wide ones first, then each company's.
    pub fn pages(&self) -> impl Iterator<Item = &Page> {
        self.site_pages
            .iter()
            .chain(self.company_pages.iter().flatten())
    }
}

/// Whether `site.companies[ci]` is its company's first document, which plans the
/// company's own page (`/<company>/`).
fn first_of_company(site: &Site, ci: usize) -> bool {
    ci == 0 || site.companies[ci - 1].slug != site.companies[ci].slug
}

/// Whether a document has a processor table in `history`: the privacy notice always has
/// one (it says so when a revision names no recipient); another document where a
/// revision lists processors.
pub fn has_processors_page(company: &Company, history: &LocaleHistory) -> bool {
    company.document.is_none() || history.revisions.iter().any(|r| !r.processors.is_empty())
}

/// Whether a document has a cookie table in `history`: where a revision lists cookies,
/// or it is a cookie declaration.
pub fn has_cookies_page(company: &Company, history: &LocaleHistory) -> bool {
    company.kind() == crate::model::DocumentKind::Cookies
        || history.revisions.iter().any(|r| !r.cookies.is_empty())
}

/// The timelines and pages of document `ci`; `first` when it is its company's first.
fn plan_company(
    ci: usize,
    company: &Company,
    first: bool,
    today: Date,
) -> (Vec<Timeline>, Vec<Page>) {
    let mut timelines: Vec<Timeline> = company
        .locales
        .iter()
        .map(|l| Timeline::new(l, today))
        .collect();
    mark_stale(company, &mut timelines, today);
    let mut pages = Vec::new();
    let slug = company.path.as_str();
    if first {
        pages.push(page(
            PageKind::Company { company: ci },
            paths::company(&company.slug),
            None,
        ));
    }
    for (li, history) in company.locales.iter().enumerate() {
        let loc = history.locale.as_str();
        let timeline = &timelines[li];
        // `x-default` is the original text of the moment: the reference locale's, unless
        // that revision says it is a translation, then the one it was translated from.
        let original_on = |date: Option<Date>| -> String {
            let reference = &company.info.default_locale;
            let translated_from = date
                .and_then(|d| company.locale(reference)?.in_force_on(d))
                .and_then(|r| r.translated_from.as_ref())
                .filter(|from| company.locale(from).is_some());
            translated_from.unwrap_or(reference).to_string()
        };
        let alternates_of = |f: &dyn Fn(&str) -> String,
                             date: Option<Date>|
         -> (Vec<(String, String)>, Option<String>) {
            let alts = company
                .locales
                .iter()
                .map(|h| (h.locale.to_string(), f(h.locale.as_str())))
                .collect::<Vec<_>>();
            let x_default = (company.locales.len() > 1).then(|| f(&original_on(date)));
            (alts, x_default)
        };
        let current_date = history
            .revisions
            .get(timeline.current_index())
            .map(|r| r.date);
        let (alts, x) = alternates_of(&|l| paths::current(slug, l), current_date);
        pages.push(Page {
            alternates: alts,
            x_default: x,
            ..page(
                PageKind::Current {
                    company: ci,
                    locale: li,
                },
                paths::current(slug, loc),
                current_date,
            )
        });
        for (ri, revision) in history.revisions.iter().enumerate() {
            // The same moment in another locale: its revision in force on this date,
            // or, where it had none yet, its current page.
            let (alts, x) = alternates_of(
                &|l| {
                    let other = company.locales.iter().find(|h| h.locale.as_str() == l);
                    match other.and_then(|h| h.in_force_on(revision.date)) {
                        Some(r) => paths::revision(slug, l, r.date),
                        None => paths::current(slug, l),
                    }
                },
                Some(revision.date),
            );
            pages.push(Page {
                alternates: alts,
                x_default: x,
                ..page(
                    PageKind::Revision {
                        company: ci,
                        locale: li,
                        revision: ri,
                    },
                    paths::revision(slug, loc, revision.date),
                    Some(revision.date),
                )
            });
            if ri == 0 {
                continue;
            }
            // The other locale's changes at the same moment, where it has any.
            let (alts, x) = alternates_of(
                &|l| {
                    let other = company.locales.iter().find(|h| h.locale.as_str() == l);
                    match other.and_then(|h| Some((h, h.in_force_on(revision.date)?))) {
                        Some((h, r)) if h.predecessor(r.date).is_some() => {
                            paths::diff(slug, l, r.date)
                        }
                        Some((_, r)) => paths::revision(slug, l, r.date),
                        None => paths::current(slug, l),
                    }
                },
                Some(revision.date),
            );
            pages.push(Page {
                alternates: alts,
                x_default: x,
                ..page(
                    PageKind::Diff {
                        company: ci,
                        locale: li,
                        revision: ri,
                    },
                    paths::diff(slug, loc, revision.date),
                    Some(revision.date),
                )
            });
        }
        let latest = history.latest().map(|r| r.date);
        let (alts, x) = alternates_of(&|l| paths::history(slug, l), current_date);
        pages.push(Page {
            alternates: alts,
            x_default: x,
            ..page(
                PageKind::History {
                    company: ci,
                    locale: li,
                },
                paths::history(slug, loc),
                latest,
            )
        });
        if has_processors_page(company, history) {
            let (alts, x) = alternates_of(&|l| paths::processors(slug, l), current_date);
            pages.push(Page {
                alternates: alts,
                x_default: x,
                ..page(
                    PageKind::Processors {
                        company: ci,
                        locale: li,
                    },
                    paths::processors(slug, loc),
                    current_date,
                )
            });
        }
        if has_cookies_page(company, history) {
            let (alts, x) = alternates_of(&|l| paths::cookies(slug, l), current_date);
            pages.push(Page {
                alternates: alts,
                x_default: x,
                ..page(
                    PageKind::Cookies {
                        company: ci,
                        locale: li,
                    },
                    paths::cookies(slug, loc),
                    current_date,
                )
            });
            pages.push(unlisted(
                PageKind::CookiesJson {
                    company: ci,
                    locale: li,
                },
                paths::cookies_json(slug, loc),
            ));
            pages.push(unlisted(
                PageKind::CookiesCsv {
                    company: ci,
                    locale: li,
                },
                paths::cookies_csv(slug, loc),
            ));
        }
        // The locale's feed and exports: files, not pages.
        type Unlisted = (fn(usize, usize) -> PageKind, fn(&str, &str) -> String);
        let files: [Unlisted; 6] = [
            (
                |company, locale| PageKind::Feed { company, locale },
                paths::feed,
            ),
            (
                |company, locale| PageKind::PolicyJson { company, locale },
                paths::policy_json,
            ),
            (
                |company, locale| PageKind::ProcessorsJson { company, locale },
                paths::processors_json,
            ),
            (
                |company, locale| PageKind::ProcessorsCsv { company, locale },
                paths::processors_csv,
            ),
            (
                |company, locale| PageKind::CurrentJson { company, locale },
                paths::current_json,
            ),
            (
                |company, locale| PageKind::RevisionsJson { company, locale },
                paths::revisions_json,
            ),
        ];
        // A document without a processor table has no processor exports either.
        let processors = has_processors_page(company, history);
        pages.extend(
            files
                .iter()
                .map(|(kind, path)| unlisted(kind(ci, li), path(slug, loc)))
                .filter(|p| {
                    processors
                        || !matches!(
                            p.kind,
                            PageKind::ProcessorsJson { .. } | PageKind::ProcessorsCsv { .. }
                        )
                }),
        );
    }
    (timelines, pages)
}

/// An output that is not an HTML page: not in the sitemap, no alternates.
fn unlisted(kind: PageKind, path: String) -> Page {
    Page {
        listed: false,
        ..page(kind, path, None)
    }
}

fn page(kind: PageKind, path: String, lastmod: Option<Date>) -> Page {
    Page {
        kind,
        path,
        alternates: Vec::new(),
        x_default: None,
        lastmod,
        listed: true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn roots_are_relative() {
        assert_eq!(paths::root_from(""), "./");
        assert_eq!(paths::root_from("q/sv/"), "../../");
        assert_eq!(paths::root_from("q/sv/2018-05-25/"), "../../../");
        assert_eq!(paths::file("q/sv/"), "q/sv/index.html");
        assert_eq!(paths::file("404.html"), "404.html");
    }

    fn revision(d: Date, names: &[&str]) -> Revision {
        Revision {
            cookies: vec![],
            date: d,
            source: Default::default(),
            title: "t".into(),
            summary: None,
            draft: false,
            intro: None,
            sections: vec![],
            purposes: vec![],
            groups: vec![],
            translated_from: None,
            translated_from_position: None,
            processors_in: None,
            processors_in_position: None,
            translated_by: None,
            date_note: None,
            archived: None,
            corrected: None,
            processors: names
                .iter()
                .map(|n| Processor {
                    name: n.to_string(),
                    id: None,
                    formerly: vec![],
                    role: None,
                    purpose: None,
                    data: None,
                    countries: None,
                    regions: vec![],
                    headquarters: None,
                    safeguard: None,
                    group: None,
                    url: None,
                    position: Default::default(),
                })
                .collect(),
            notice: Default::default(),
        }
    }

    #[test]
    fn tenures_follow_unbroken_runs() {
        let revs = [
            revision(date(2018, 1, 1), &["A", "B"]),
            revision(date(2019, 1, 1), &["A"]),
            revision(date(2020, 1, 1), &["A", "B"]),
        ];
        let t = tenures(&revs);
        let summary: Vec<(&str, Date, Option<Date>)> = t
            .iter()
            .map(|t| (t.name.as_str(), t.since, t.removed))
            .collect();
        assert_eq!(
            summary,
            // Current tenures first, then removed ones by removal date.
            vec![
                ("A", date(2018, 1, 1), None),
                ("B", date(2020, 1, 1), None),
                ("B", date(2018, 1, 1), Some(date(2019, 1, 1))),
            ]
        );
    }
}
