//! Machine-readable exports per company and locale: `policy.json` (the revision in force),
//! `processors.json` and `processors.csv`. The JSON shapes carry a `version` field and are
//! documented in the README; a change that breaks readers bumps it.

use serde::Serialize;

use crate::model::countries;
use crate::model::{Company, CompanyInfo, LocaleHistory, Processor, Revision, Site};
use crate::plan::{self, Status, Timeline};

/// The version of the JSON shapes below. 2: a fact the source does not state is `null`
/// (`countries`, `outside_eea`), and processors carry `id`, `formerly` and `role`. 3:
/// `processors` is `null` (with `processors_unlisted` saying why) where the revision
/// describes its recipients in words, and the site's notes are under `site`. 4: a
/// processor whose source names a region rather than countries carries `regions` (`"EU"`,
/// `"EEA"`; the key is absent where none is named), `outside_eea` is `false` for one named
/// only in a region, and `processors.csv` has a `region` column, last.
pub const FORMAT_VERSION: u32 = 4;

#[derive(Serialize)]
struct PolicyExport<'a> {
    version: u32,
    company: CompanyExport<'a>,
    locale: &'a str,
    /// The day this revision took (or takes) effect.
    effective_date: String,
    status: Status,
    /// The page this export describes, and its permanent address.
    url: String,
    permalink: String,
    #[serde(flatten)]
    revision: &'a Revision,
    /// The day its notice went out, where known.
    announced: Option<jiff::civil::Date>,
    /// `true` material, `false` editorial, `null` for a locale's first revision.
    material: Option<bool>,
    /// What this site adds to the company's text, named as the site's: the summary, date
    /// note, archived note, the class with who decided it and why, the translation.
    site: crate::plan::voice::SiteNotes<'a>,
    /// The revision after this one, if one is upcoming.
    next: Option<NextExport<'a>>,
}

/// The upcoming revision after the one an export describes.
#[derive(Serialize)]
struct NextExport<'a> {
    #[serde(flatten)]
    facts: crate::plan::notice::NoticeFacts,
    permalink: String,
    diff: String,
    summary: Option<&'a str>,
    site: crate::plan::voice::SiteNotes<'a>,
}

/// One recipient change an upcoming revision makes.
#[derive(Serialize)]
struct UpcomingExport<'a> {
    #[serde(flatten)]
    change: crate::plan::notice::RecipientChange<'a>,
    effective_date: String,
    announced: Option<jiff::civil::Date>,
    material: Option<bool>,
    objection_deadline: Option<jiff::civil::Date>,
    /// The class of the revision, who decided it and why: the site's word.
    class: Option<crate::plan::voice::ClassNote>,
}

#[derive(Serialize)]
pub(super) struct CompanyExport<'a> {
    slug: &'a str,
    #[serde(flatten)]
    info: &'a CompanyInfo,
    /// The document, where the export is not of the privacy notice.
    #[serde(skip_serializing_if = "Option::is_none")]
    document: Option<&'a crate::model::Document>,
}

impl<'a> CompanyExport<'a> {
    pub(super) fn of(company: &'a Company) -> CompanyExport<'a> {
        CompanyExport {
            slug: &company.slug,
            info: &company.info,
            document: company.document.as_ref(),
        }
    }
}

#[derive(Serialize)]
struct ProcessorsExport<'a> {
    version: u32,
    company: CompanyExport<'a>,
    locale: &'a str,
    /// The revision whose list this is: the one in force (or the first upcoming one).
    effective_date: String,
    /// What the site adds to that revision (its date note, where the date and so every
    /// `since` derived from it was chosen by the site; the class; the translation).
    site: crate::plan::voice::SiteNotes<'a>,
    /// `null` where the revision names no recipient as data but describes its recipients
    /// in words (a `recipients` section): an app must not read that as "none".
    processors: Option<Vec<ProcessorExport<'a>>>,
    /// Why `processors` is `null`, where it is.
    processors_unlisted: Option<String>,
    /// Recipients earlier revisions named, with when they came and went.
    removed: Vec<plan::Tenure>,
    /// What upcoming revisions change, in date order.
    upcoming: Vec<UpcomingExport<'a>>,
}

#[derive(Serialize)]
struct ProcessorExport<'a> {
    #[serde(flatten)]
    processor: &'a Processor,
    /// When it first appeared in the unbroken run of revisions that names it now (under
    /// this name or a former one).
    since: Option<String>,
    /// Whether any of its countries lies outside the EEA; `null` where the revision does
    /// not say where data is processed (neither countries nor a region).
    outside_eea: Option<bool>,
    /// The purpose its group states, for a processor of a `[[groups]]` entry.
    group_purpose: Option<&'a str>,
}

/// The revision a locale's exports describe, with its index.
pub(super) fn shown<'h>(history: &'h LocaleHistory, timeline: &Timeline) -> (usize, &'h Revision) {
    let i = timeline.current_index();
    (i, &history.revisions[i])
}

pub fn policy_json(
    site: &Site,
    company: &Company,
    history: &LocaleHistory,
    timeline: &Timeline,
) -> String {
    let (i, revision) = shown(history, timeline);
    let loc = history.locale.as_str();
    let export = PolicyExport {
        version: FORMAT_VERSION,
        company: CompanyExport::of(company),
        locale: loc,
        effective_date: revision.date.to_string(),
        status: timeline.statuses[i],
        url: site.config.url(&plan::paths::current(&company.path, loc)),
        permalink: site
            .config
            .url(&plan::paths::revision(&company.path, loc, revision.date)),
        revision,
        announced: revision.notice.announced,
        material: crate::plan::notice::class_of(history, i).map(|c| c.material),
        site: crate::plan::voice::SiteNotes::of(&company.info, history, i),
        next: crate::plan::notice::next_index(timeline).map(|n| {
            let r = &history.revisions[n];
            NextExport {
                facts: crate::plan::notice::NoticeFacts::of(&company.info, history, n),
                permalink: site
                    .config
                    .url(&plan::paths::revision(&company.path, loc, r.date)),
                diff: site
                    .config
                    .url(&plan::paths::diff(&company.path, loc, r.date)),
                summary: r.summary.as_deref(),
                site: crate::plan::voice::SiteNotes::of(&company.info, history, n),
            }
        }),
    };
    to_json(&export)
}

/// The recipient changes of every revision after the one the exports show, in order.
fn upcoming_changes<'a>(
    company: &Company,
    history: &'a LocaleHistory,
    timeline: &Timeline,
) -> Vec<UpcomingExport<'a>> {
    let shown = timeline.current_index();
    crate::plan::notice::upcoming(timeline)
        .filter(|&j| j > shown)
        .flat_map(|j| {
            let facts = crate::plan::notice::NoticeFacts::of(&company.info, history, j);
            let class = crate::plan::notice::class_of(history, j)
                .as_ref()
                .map(crate::plan::voice::ClassNote::of);
            crate::plan::notice::recipient_changes(&history.revisions[j - 1], &history.revisions[j])
                .into_iter()
                .map(move |change| UpcomingExport {
                    change,
                    effective_date: facts.date.to_string(),
                    announced: facts.announced,
                    material: facts.material,
                    objection_deadline: facts.objection_deadline,
                    class: class.clone(),
                })
        })
        .collect()
}

/// The current processors with their since-dates, and the removed ones.
fn processor_lists<'a>(
    history: &'a LocaleHistory,
    timeline: &Timeline,
) -> (&'a Revision, Vec<ProcessorExport<'a>>, Vec<plan::Tenure>) {
    let (i, revision) = shown(history, timeline);
    let tenures = plan::tenures(&history.revisions[..=i]);
    let current = revision
        .processors
        .iter()
        .map(|p| ProcessorExport {
            processor: p,
            since: plan::current_since(&tenures, &p.name).map(|d| d.to_string()),
            outside_eea: p.outside_eea(),
            group_purpose: p
                .group
                .as_deref()
                .and_then(|g| revision.group(g))
                .and_then(|g| g.purpose.as_deref()),
        })
        .collect();
    let removed = tenures
        .into_iter()
        .filter(|t| t.removed.is_some())
        .collect();
    (revision, current, removed)
}

/// `listed_in`: where the revision shown lists its recipients in the company's
/// sub-processor list (`processors_in`), that list's `processors.json`.
pub fn processors_json(
    company: &Company,
    history: &LocaleHistory,
    timeline: &Timeline,
    listed_in: Option<String>,
) -> String {
    let (revision, processors, removed) = processor_lists(history, timeline);
    let export = ProcessorsExport {
        version: FORMAT_VERSION,
        company: CompanyExport::of(company),
        locale: history.locale.as_str(),
        effective_date: revision.date.to_string(),
        site: crate::plan::voice::SiteNotes::of(
            &company.info,
            history,
            timeline.current_index(),
        ),
        processors_unlisted: match &listed_in {
            Some(url) => Some(format!(
                "the revision lists its recipients in the company's sub-processor list: {url}"
            )),
            None => described_in_prose(revision).map(|id| {
                format!("the revision lists no recipients as data; its section \"{id}\" describes them in words")
            }),
        },
        processors: (listed_in.is_none() && described_in_prose(revision).is_none())
            .then_some(processors),
        removed,
        upcoming: upcoming_changes(company, history, timeline),
    };
    to_json(&export)
}

/// The id of the section that tells `revision`'s recipients in words, where it lists none
/// as `[[processors]]`.
pub fn described_in_prose(revision: &Revision) -> Option<&str> {
    if !revision.processors.is_empty() {
        return None;
    }
    revision
        .sections
        .iter()
        .find(|s| s.covers("recipients"))
        .map(|s| s.id.as_str())
}

/// Pretty JSON with a final line feed, as every export is written.
pub fn to_json_text<T: Serialize>(value: &T) -> String {
    to_json(value)
}

pub(super) fn to_json<T: Serialize>(value: &T) -> String {
    let mut text =
        serde_json::to_string_pretty(value).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    text.push('\n');
    text
}

/// The columns of `processors.csv`: `status` is `current` for the revision the export
/// shows, else `added`, `removed` or `changed` for a row of an upcoming revision, dated
/// by its `effective_date`. `id`, `role` and `formerly` (names joined by "; ") come
/// before `status`; then `date_note`, the site's note on where the listed revision's date
/// comes from (so `since` and `effective_date` are the site's choice where it is set);
/// `region` after it, on a row of a region (`EU`, `EEA`) the source names in place of
/// countries, whose `country` is empty.
pub const CSV_HEADER: [&str; 17] = [
    "name",
    "group",
    "purpose",
    "data",
    "country",
    "outside_eea",
    "safeguard",
    "headquarters",
    "url",
    "since",
    "effective_date",
    "id",
    "role",
    "formerly",
    "status",
    "date_note",
    "region",
];

/// RFC 4180 CSV, UTF-8, one row per processor and place: each country, then each region
/// (one row with an empty country and region where none is stated). Cells that a spreadsheet would run as a formula are prefixed
/// with an apostrophe.
pub fn processors_csv(company: &Company, history: &LocaleHistory, timeline: &Timeline) -> String {
    let (revision, processors, _) = processor_lists(history, timeline);
    let upcoming = upcoming_changes(company, history, timeline);
    let rows_of = |p: &Processor,
                   purpose: Option<&str>,
                   since: Option<String>,
                   date: String,
                   status: &str,
                   date_note: Option<&str>| {
        let mut places: Vec<(Option<&String>, Option<&str>)> = p
            .stated_countries()
            .iter()
            .map(|c| (Some(c), None))
            .collect();
        places.extend(p.regions.iter().map(|r| (None, Some(r.as_str()))));
        if places.is_empty() {
            places.push((None, None));
        }
        places
            .into_iter()
            .map(|(country, region)| {
                vec![
                    p.name.clone(),
                    p.group.clone().unwrap_or_default(),
                    purpose.unwrap_or_default().to_string(),
                    p.data.clone().unwrap_or_default(),
                    country.cloned().unwrap_or_default(),
                    match (country, region) {
                        (Some(c), _) => (!countries::in_eea(c)).to_string(),
                        (None, Some(_)) => false.to_string(),
                        (None, None) => String::new(),
                    },
                    p.safeguard
                        .map(|s| s.as_str().to_string())
                        .unwrap_or_default(),
                    p.headquarters.clone().unwrap_or_default(),
                    p.url.clone().unwrap_or_default(),
                    since.clone().unwrap_or_default(),
                    date.clone(),
                    p.id.clone().unwrap_or_default(),
                    p.role.map(|r| r.as_str().to_string()).unwrap_or_default(),
                    p.formerly.join("; "),
                    status.to_string(),
                    date_note.unwrap_or_default().to_string(),
                    region.unwrap_or_default().to_string(),
                ]
            })
            .collect::<Vec<_>>()
    };
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let mut rows: Vec<Vec<String>> = vec![CSV_HEADER.iter().map(|h| h.to_string()).collect()];
    for export in &processors {
        rows.extend(rows_of(
            export.processor,
            revision.purpose_of(export.processor),
            export.since.clone(),
            revision.date.to_string(),
            match timeline.statuses[timeline.current_index()] {
                Status::Current => "current",
                Status::Upcoming => "upcoming",
                Status::Past => "past",
            },
            revision.date_note.as_deref(),
        ));
    }
    for change in &upcoming {
        if let Some(p) = change.change.after.or(change.change.before) {
            rows.extend(rows_of(
                p,
                p.purpose.as_deref(),
                None,
                change.effective_date.clone(),
                change.change.kind.as_str(),
                None,
            ));
        }
    }
    for row in rows {
        // Writing to a Vec cannot fail.
        let _ = writer.write_record(row.iter().map(|cell| defuse_formula(cell)));
    }
    let bytes = writer.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

/// Spreadsheets run a cell starting with = + - @ (or a tab or carriage return) as a
/// formula, and some do so after leading white space or invisible characters (a zero-width
/// space, a byte-order mark, a direction mark); an apostrophe in front makes it text.
pub(super) fn defuse_formula(cell: &str) -> String {
    let visible = cell.trim_start_matches(|c: char| c.is_whitespace() || invisible(c));
    if cell.starts_with(['\t', '\r'])
        || visible.starts_with([
            '=', '+', '-', '@', '\u{ff1d}', '\u{ff0b}', '\u{ff0d}', '\u{ff20}',
        ])
    {
        format!("'{cell}")
    } else {
        cell.to_string()
    }
}

/// Characters that take no room on screen: zero-width and joining characters, direction
/// marks and embeddings, the byte-order mark, the soft hyphen and other format characters.
fn invisible(c: char) -> bool {
    matches!(c,
        '\u{00ad}' | '\u{034f}' | '\u{061c}' | '\u{115f}' | '\u{1160}' | '\u{17b4}' | '\u{17b5}'
        | '\u{180b}'..='\u{180f}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}'
        | '\u{2060}'..='\u{206f}' | '\u{3164}' | '\u{fe00}'..='\u{fe0f}' | '\u{feff}'
        | '\u{ffa0}' | '\u{fff0}'..='\u{fff8}' | '\u{e0000}'..='\u{e0fff}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_cells_are_defused() {
        assert_eq!(defuse_formula("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(defuse_formula("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(defuse_formula("Stripe"), "Stripe");
        assert_eq!(defuse_formula("- x"), "'- x");
    }

    #[test]
    fn white_space_and_invisible_characters_do_not_hide_a_formula() {
        for cell in [
            " =1+1",
            "\u{a0}=1+1",
            "\u{200b}=HYPERLINK(\"x\")",
            "\u{feff}+1",
            "\u{200e} \u{2060}@SUM(A1)",
            "\n-1",
            "\tx",
            "\rx",
            "\u{ff1d}1+1",
        ] {
            assert_eq!(defuse_formula(cell), format!("'{cell}"), "{cell:?}");
        }
        for cell in [" Stripe", "\u{200b}Stripe", "a=b", "Ab-c"] {
            assert_eq!(defuse_formula(cell), cell, "{cell:?}");
        }
    }
}
