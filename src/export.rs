//! Machine-readable exports per company and locale: `policy.json` (the revision in force),
//! `processors.json` and `processors.csv`. The JSON shapes carry a `version` field and are
//! documented in the README; a change that breaks readers bumps it.

use serde::Serialize;

use crate::countries;
use crate::model::{Company, CompanyInfo, LocaleHistory, Processor, Revision, Site};
use crate::plan::{self, Status, Timeline};

/// The version of the JSON shapes below. 2: a fact the source does not state is `null`
/// (`countries`, `outside_eea`), and processors carry `id`, `formerly` and `role`.
pub const FORMAT_VERSION: u32 = 2;

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
}

#[derive(Serialize)]
struct CompanyExport<'a> {
    slug: &'a str,
    #[serde(flatten)]
    info: &'a CompanyInfo,
}

#[derive(Serialize)]
struct ProcessorsExport<'a> {
    version: u32,
    company: CompanyExport<'a>,
    locale: &'a str,
    /// The revision whose list this is: the one in force (or the first upcoming one).
    effective_date: String,
    processors: Vec<ProcessorExport<'a>>,
    /// Recipients earlier revisions named, with when they came and went.
    removed: Vec<plan::Tenure>,
}

#[derive(Serialize)]
struct ProcessorExport<'a> {
    #[serde(flatten)]
    processor: &'a Processor,
    /// When it first appeared in the unbroken run of revisions that names it now (under
    /// this name or a former one).
    since: Option<String>,
    /// Whether any of its countries lies outside the EEA; `null` where the revision does
    /// not say where data is processed.
    outside_eea: Option<bool>,
    /// The purpose its group states, for a processor of a `[[groups]]` entry.
    group_purpose: Option<&'a str>,
}

/// The revision a locale's exports describe, with its index.
fn shown<'h>(history: &'h LocaleHistory, timeline: &Timeline) -> (usize, &'h Revision) {
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
        company: CompanyExport {
            slug: &company.slug,
            info: &company.info,
        },
        locale: loc,
        effective_date: revision.date.to_string(),
        status: timeline.statuses[i],
        url: site.config.url(&plan::paths::current(&company.slug, loc)),
        permalink: site
            .config
            .url(&plan::paths::revision(&company.slug, loc, revision.date)),
        revision,
    };
    to_json(&export)
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

pub fn processors_json(company: &Company, history: &LocaleHistory, timeline: &Timeline) -> String {
    let (revision, processors, removed) = processor_lists(history, timeline);
    let export = ProcessorsExport {
        version: FORMAT_VERSION,
        company: CompanyExport {
            slug: &company.slug,
            info: &company.info,
        },
        locale: history.locale.as_str(),
        effective_date: revision.date.to_string(),
        processors,
        removed,
    };
    to_json(&export)
}

fn to_json<T: Serialize>(value: &T) -> String {
    let mut text =
        serde_json::to_string_pretty(value).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    text.push('\n');
    text
}

/// The columns of `processors.csv`.
pub const CSV_HEADER: [&str; 14] = [
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
];

/// RFC 4180 CSV, UTF-8, one row per processor and country (one row with an empty country
/// where none is stated). Cells that a spreadsheet would run as a formula are prefixed
/// with an apostrophe.
pub fn processors_csv(history: &LocaleHistory, timeline: &Timeline) -> String {
    let (revision, processors, _) = processor_lists(history, timeline);
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let mut rows: Vec<Vec<String>> = vec![CSV_HEADER.iter().map(|h| h.to_string()).collect()];
    for export in &processors {
        let p = export.processor;
        let countries: Vec<Option<&String>> = match &p.countries {
            Some(codes) => codes.iter().map(Some).collect(),
            None => vec![None],
        };
        for country in countries {
            rows.push(vec![
                p.name.clone(),
                p.group.clone().unwrap_or_default(),
                revision.purpose_of(p).unwrap_or_default().to_string(),
                p.data.clone().unwrap_or_default(),
                country.cloned().unwrap_or_default(),
                country.map_or(String::new(), |c| (!countries::in_eea(c)).to_string()),
                p.safeguard
                    .map(|s| s.as_str().to_string())
                    .unwrap_or_default(),
                p.headquarters.clone().unwrap_or_default(),
                p.url.clone().unwrap_or_default(),
                export.since.clone().unwrap_or_default(),
                revision.date.to_string(),
                p.id.clone().unwrap_or_default(),
                p.role.map(|r| r.as_str().to_string()).unwrap_or_default(),
                p.formerly.join("; "),
            ]);
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
fn defuse_formula(cell: &str) -> String {
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
