//! `/<company>[/<doc>]/<locale>/cookies/` (the cookies declared by the revision in force,
//! by category: `cookies.html`), `cookies.json` and `cookies.csv`. The cookie table of the
//! policy pages is built here too.

use serde::Serialize;

use super::Renderer;
use super::context::PageContext;
use super::export::{CompanyExport, defuse_formula, shown, to_json};
use super::processors::{CountryView, anchor_of};
use crate::diagnostic::Diagnostic;
use crate::diff::cookies::{category_text, duration_text};
use crate::model::countries;
use crate::model::{Company, Cookie, CookieCategory, LocaleHistory, Revision};
use crate::plan::{Status, Timeline, paths};

/// The cookies of one category, in the order the revision lists them.
#[derive(Serialize)]
pub(super) struct CookieGroupView {
    /// `necessary`, ..., or `None` for cookies whose category is not stated.
    pub(super) category: Option<&'static str>,
    pub(super) label: String,
    pub(super) cookies: Vec<CookieView>,
}

/// One cookie as the table shows it; unstated facts are `None` and said so neutrally.
#[derive(Serialize)]
pub(super) struct CookieView {
    pub(super) name: String,
    pub(super) anchor: String,
    pub(super) provider: Option<String>,
    pub(super) purpose: Option<String>,
    /// In the reader's words ("2 years"), with the ISO 8601 text beside it.
    pub(super) duration: Option<String>,
    pub(super) duration_iso: Option<String>,
    pub(super) party: Option<&'static str>,
    pub(super) storage: Option<&'static str>,
    pub(super) countries: Option<Vec<CountryView>>,
    pub(super) safeguard: Option<&'static str>,
    pub(super) within_eea: bool,
    pub(super) safeguard_missing: bool,
}

impl<'a> Renderer<'a> {
    /// The cookies of `revision` by category: necessary, preferences, statistics,
    /// marketing, then those whose category is not stated.
    pub(super) fn cookie_groups(&self, lang: &str, revision: &Revision) -> Vec<CookieGroupView> {
        let categories = CookieCategory::ALL
            .iter()
            .map(|c| Some(*c))
            .chain(std::iter::once(None));
        let mut anchors: Vec<String> = Vec::new();
        categories
            .filter_map(|category| {
                let cookies: Vec<CookieView> = revision
                    .cookies
                    .iter()
                    .filter(|c| c.category == category)
                    .map(|c| {
                        let mut anchor = anchor_of(&c.name);
                        if anchor.is_empty() || anchors.contains(&anchor) {
                            anchor = format!("{anchor}-{}", anchors.len() + 1);
                        }
                        anchors.push(anchor.clone());
                        self.cookie_view(lang, c, anchor)
                    })
                    .collect();
                (!cookies.is_empty()).then(|| CookieGroupView {
                    category: category.map(CookieCategory::as_str),
                    label: category_text(self.messages, lang, category),
                    cookies,
                })
            })
            .collect()
    }

    fn cookie_view(&self, lang: &str, c: &Cookie, anchor: String) -> CookieView {
        let outside = c.outside_eea();
        CookieView {
            name: c.name.clone(),
            anchor,
            provider: c.provider.clone(),
            purpose: c.purpose.clone(),
            duration: c
                .duration
                .as_ref()
                .map(|d| duration_text(self.messages, lang, d)),
            duration_iso: c.duration.as_ref().map(|d| d.as_source()),
            party: c.party.map(|p| p.as_str()),
            storage: c.storage.map(|s| s.as_str()),
            countries: c.countries.as_ref().map(|codes| {
                codes
                    .iter()
                    .map(|code| CountryView {
                        code: code.clone(),
                        name: crate::text::cldr::country_name(lang, code),
                        outside_eea: !countries::in_eea(code),
                    })
                    .collect()
            }),
            safeguard: c.safeguard.map(|s| s.as_str()),
            within_eea: outside == Some(false),
            safeguard_missing: outside == Some(true) && c.safeguard.is_none(),
        }
    }

    /// `cookies/`: the cookie table of the revision in force, with the changes to come.
    pub(super) fn cookies_page(
        &self,
        page: &crate::plan::Page,
        ci: usize,
        li: usize,
    ) -> Result<(&'static str, &'a str, PageContext), Diagnostic> {
        let company = &self.site.companies[ci];
        let history: &LocaleHistory = &company.locales[li];
        let lang = history.locale.as_str();
        let t = &self.plan.timelines[ci][li];
        let root = paths::root_from(&page.path);
        let mut context = self.company_locale_context(ci, li, &root, "cookies.html")?;
        context.insert("links", &self.links(ci, li, &root));
        let in_force = t.in_force.map(|i| &history.revisions[i]);
        let groups = in_force.map_or_else(Vec::new, |r| self.cookie_groups(lang, r));
        context.insert("in_force", &in_force.map(|r| r.date.to_string()));
        context.insert("cookie_count", &in_force.map_or(0, |r| r.cookies.len()));
        context.insert("cookie_groups", &groups);
        context.insert("cookie_safeguards", &cookie_safeguards(&groups));
        // What the upcoming revisions change, told as facts.
        #[derive(Serialize)]
        struct Coming {
            date: String,
            href: String,
            changes: Vec<crate::diff::told::ChangeLine>,
        }
        let coming: Vec<Coming> = history
            .revisions
            .iter()
            .enumerate()
            .filter(|(i, _)| t.statuses[*i] == Status::Upcoming)
            .filter_map(|(i, r)| {
                let d = self.caches[ci].diffs[li][i].as_ref()?;
                let changes = crate::diff::cookies::lines(self.messages, lang, &d.cookies);
                (!changes.is_empty()).then(|| Coming {
                    date: r.date.to_string(),
                    href: format!("{root}{}", paths::diff(&company.path, lang, r.date)),
                    changes,
                })
            })
            .collect();
        context.insert("cookie_changes_coming", &coming);
        #[derive(Serialize)]
        struct CookieExports {
            json: String,
            csv: String,
        }
        context.insert(
            "cookie_exports",
            &CookieExports {
                json: format!("{root}{}", paths::cookies_json(&company.path, lang)),
                csv: format!("{root}{}", paths::cookies_csv(&company.path, lang)),
            },
        );
        Ok(("cookies.html", lang, context))
    }
}

/// The safeguards a cookie table names, each explained under it.
pub(super) fn cookie_safeguards(groups: &[CookieGroupView]) -> Vec<&'static str> {
    let mut named: Vec<&'static str> = Vec::new();
    for s in groups
        .iter()
        .flat_map(|g| &g.cookies)
        .filter_map(|c| c.safeguard)
    {
        if !named.contains(&s) {
            named.push(s);
        }
    }
    named
}

/// `cookies.json`: the declaration in force (or the first upcoming one), for a consent
/// banner to load the list it must match.
#[derive(Serialize)]
struct CookiesExport<'a> {
    version: u32,
    company: CompanyExport<'a>,
    locale: &'a str,
    effective_date: String,
    status: Status,
    url: String,
    permalink: String,
    /// SHA-256 of the revision's source, as in `revisions.json`.
    sha256: &'a str,
    cookies: Vec<CookieExport<'a>>,
}

#[derive(Serialize)]
struct CookieExport<'a> {
    #[serde(flatten)]
    cookie: &'a Cookie,
    /// Whether the banner must ask before it is set: `null` where no category is stated.
    needs_consent: Option<bool>,
    /// `null` where the text does not say where it is processed.
    outside_eea: Option<bool>,
}

pub(super) fn cookies_json(
    site: &crate::model::Site,
    company: &Company,
    history: &LocaleHistory,
    timeline: &Timeline,
) -> String {
    let (i, revision) = shown(history, timeline);
    let loc = history.locale.as_str();
    to_json(&CookiesExport {
        version: super::export::FORMAT_VERSION,
        company: CompanyExport::of(company),
        locale: loc,
        effective_date: revision.date.to_string(),
        status: timeline.statuses[i],
        url: site.config.url(&paths::cookies(&company.path, loc)),
        permalink: site
            .config
            .url(&paths::revision(&company.path, loc, revision.date)),
        sha256: &revision.notice.sha256,
        cookies: revision
            .cookies
            .iter()
            .map(|c| CookieExport {
                cookie: c,
                needs_consent: c.needs_consent(),
                outside_eea: c.outside_eea(),
            })
            .collect(),
    })
}

/// The columns of `cookies.csv`: one row per cookie and country, as `processors.csv`.
pub const COOKIES_CSV_HEADER: [&str; 12] = [
    "name",
    "provider",
    "purpose",
    "category",
    "needs_consent",
    "duration",
    "party",
    "type",
    "country",
    "outside_eea",
    "safeguard",
    "effective_date",
];

pub(super) fn cookies_csv(history: &LocaleHistory, timeline: &Timeline) -> String {
    let (_, revision) = shown(history, timeline);
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let _ = writer.write_record(COOKIES_CSV_HEADER);
    for c in &revision.cookies {
        let countries: Vec<Option<&String>> = match &c.countries {
            Some(codes) => codes.iter().map(Some).collect(),
            None => vec![None],
        };
        for country in countries {
            let row = [
                c.name.clone(),
                c.provider.clone().unwrap_or_default(),
                c.purpose.clone().unwrap_or_default(),
                c.category
                    .map(|x| x.as_str().to_string())
                    .unwrap_or_default(),
                c.needs_consent().map(|b| b.to_string()).unwrap_or_default(),
                c.duration
                    .as_ref()
                    .map(|d| d.as_source())
                    .unwrap_or_default(),
                c.party.map(|p| p.as_str().to_string()).unwrap_or_default(),
                c.storage
                    .map(|s| s.as_str().to_string())
                    .unwrap_or_default(),
                country.cloned().unwrap_or_default(),
                country.map_or(String::new(), |code| (!countries::in_eea(code)).to_string()),
                c.safeguard
                    .map(|s| s.as_str().to_string())
                    .unwrap_or_default(),
                revision.date.to_string(),
            ];
            // Writing to a Vec cannot fail.
            let _ = writer.write_record(row.iter().map(|cell| defuse_formula(cell)));
        }
    }
    String::from_utf8(writer.into_inner().unwrap_or_default()).unwrap_or_default()
}
