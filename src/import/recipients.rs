//! Recipients in a policy: a table whose header names the recipient column, or a bullet
//! list under a lead-in (see [`super::lists`]), as processors; rows naming the same
//! recipient united only where that states no new fact.

use super::Table;
use super::mapping::{Processor, Revision, country_code};

/// Which column of a processor table holds what.
#[derive(Debug, Default)]
pub struct Columns {
    name: usize,
    purpose: Option<usize>,
    data: Option<usize>,
    countries: Option<usize>,
    headquarters: Option<usize>,
}

#[rustfmt::skip]
const NAME_WORDS: &[&str] = &[
    "sub-processor", "subprocessor", "processor", "recipient", "partner", "vendor",
    "service provider", "third part", "mottagare", "underbiträde", "biträde", "leverantör",
    "underleverantör", "vastaanottaja", "käsittelijä", "kumppani", "alihankkija", "empfänger",
    "auftragsverarbeiter", "dienstleister", "destinataire", "sous-traitant", "prestataire",
];
#[rustfmt::skip]
const PURPOSE_WORDS: &[&str] = &[
    "purpose", "usage", "use", "service", "function", "användning", "ändamål", "syfte",
    "tjänst", "käyttötarkoitus", "tarkoitus", "palvelu", "zweck", "leistung", "finalité",
    "usage", "objet",
];
#[rustfmt::skip]
const DATA_WORDS: &[&str] = &[
    "data", "information", "personuppgift", "uppgifter", "tiedot", "henkilötied", "daten",
    "données",
];
#[rustfmt::skip]
const HQ_WORDS: &[&str] = &[
    "corporate location", "headquarter", "registered office", "entity location", "huvudkontor",
    "säte", "kotipaikka", "sitz", "siège",
];
#[rustfmt::skip]
const COUNTRY_WORDS: &[&str] = &[
    "countr", "location", "where", "land", "länder", "maa", "sijainti", "standort", "pays",
    "localisation", "lieu",
];

/// Whether a table header cell names the recipient column ("Partner", "Sub-processor").
pub fn names_recipient(cell: &str) -> bool {
    let lower = cell.to_lowercase();
    NAME_WORDS.iter().any(|w| lower.contains(w))
}

/// Whether a table header cell names any column a processor table has.
pub fn names_column(cell: &str) -> bool {
    let lower = cell.to_lowercase();
    [
        NAME_WORDS,
        PURPOSE_WORDS,
        DATA_WORDS,
        HQ_WORDS,
        COUNTRY_WORDS,
    ]
    .iter()
    .any(|words| words.iter().any(|w| lower.contains(w)))
}

pub fn columns(header: &[String]) -> Option<Columns> {
    let lower: Vec<String> = header.iter().map(|h| h.to_lowercase()).collect();
    let has = |i: usize, words: &[&str]| words.iter().any(|w| lower[i].contains(w));
    let name = (0..lower.len()).find(|&i| has(i, NAME_WORDS))?;
    let mut c = Columns {
        name,
        ..Default::default()
    };
    for i in (0..lower.len()).filter(|&i| i != name) {
        if has(i, HQ_WORDS) && c.headquarters.is_none() {
            c.headquarters = Some(i);
        } else if has(i, COUNTRY_WORDS) && !lower[i].contains("data") && c.countries.is_none() {
            c.countries = Some(i);
        } else if has(i, PURPOSE_WORDS) && c.purpose.is_none() && !has(i, DATA_WORDS) {
            c.purpose = Some(i);
        } else if has(i, DATA_WORDS) && c.data.is_none() {
            c.data = Some(i);
        } else if c.purpose.is_none() {
            c.purpose = Some(i);
        }
    }
    Some(c)
}

pub fn processors(
    table: &Table,
    c: &Columns,
    group: Option<String>,
    lang: &str,
    out: &mut Vec<Processor>,
    unmapped: &mut Vec<(usize, String)>,
) {
    let cell = |row: &[String], i: Option<usize>| {
        i.and_then(|i| row.get(i))
            .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|t| !t.is_empty())
    };
    for (row, line) in table.rows.iter().zip(&table.row_lines) {
        for extra in row
            .iter()
            .skip(table.header.len())
            .filter(|c| !c.trim().is_empty())
        {
            unmapped.push((
                *line,
                format!("cell {extra:?} is under no header: kept in the table's text only"),
            ));
        }
        let Some(name) = cell(row, Some(c.name)) else {
            unmapped.push((
                *line,
                format!("table row {row:?} names no recipient: left out"),
            ));
            continue;
        };
        let name = name.trim_matches(|ch: char| ch.is_whitespace() || ch == ',' || ch == ';');
        // With no column for places, a country a name ends with ("Microsoft Irland") is
        // where the recipient is, not part of its name.
        let (name, place) = match name.rsplit_once(' ') {
            Some((rest, last)) if c.countries.is_none() && last.chars().count() > 2 => {
                match country_code(last, lang) {
                    Some(code) => (rest.trim_end_matches([',', ' ']), Some(code)),
                    None => (name, None),
                }
            }
            _ => (name, None),
        };
        let mut p = Processor {
            countries: place.map(String::from).into_iter().collect(),
            name: name.to_string(),
            purpose: cell(row, c.purpose),
            data: cell(row, c.data),
            group: group.clone(),
            line: *line,
            ..Default::default()
        };
        if let Some(places) = cell(row, c.countries) {
            // "EU/EEA" as a whole is one region (the EEA, which holds the EU).
            let whole = super::lists::region(&places).map(|r| vec![r]);
            if let Some(region) = whole.as_ref().and_then(|r| r.first()) {
                p.regions.insert(*region);
            }
            let parts = if whole.is_some() {
                Vec::new()
            } else {
                split_places(&places)
            };
            for place in parts {
                if let Some(region) = super::lists::region(place) {
                    p.regions.insert(region);
                    continue;
                }
                match country_code(place, lang) {
                    Some(code) => {
                        p.countries.insert(code.to_string());
                    }
                    None => unmapped.push((
                        *line,
                        format!("{name}: {place:?} is no country name known in {lang:?}"),
                    )),
                }
            }
        }
        if let Some(hq) = cell(row, c.headquarters) {
            match country_code(&hq, lang) {
                Some(code) => p.headquarters = Some(code.to_string()),
                None => unmapped.push((
                    *line,
                    format!("{name}: headquarters {hq:?} is no country name known in {lang:?}"),
                )),
            }
        }
        push_processor(out, p, unmapped);
    }
}

/// Adds `p` to `out`. A row naming a recipient listed already with the same purpose and
/// data adds its places to that entry (together the rows state just that); a row with
/// another purpose or data stays its own entry, since uniting them would state facts
/// neither row states: it is named apart by its purpose (else its places), and the report
/// says so.
pub fn push_processor(
    out: &mut Vec<Processor>,
    mut p: Processor,
    unmapped: &mut Vec<(usize, String)>,
) {
    let same = |q: &Processor, name: &str| q.name.eq_ignore_ascii_case(name);
    if let Some(q) = out.iter_mut().find(|q| {
        same(q, &p.name)
            && q.purpose == p.purpose
            && q.data == p.data
            && (q.headquarters.is_none()
                || p.headquarters.is_none()
                || q.headquarters == p.headquarters)
    }) {
        q.countries.extend(p.countries);
        q.regions.extend(p.regions);
        q.headquarters = q.headquarters.take().or(p.headquarters);
        return;
    }
    let Some(q) = out.iter().find(|q| same(q, &p.name)) else {
        out.push(p);
        return;
    };
    if q.purpose == p.purpose
        && q.data == p.data
        && q.countries == p.countries
        && q.regions == p.regions
    {
        unmapped.push((
            p.line,
            format!(
                "{:?} is listed twice with the same facts: listed once",
                p.name
            ),
        ));
        return;
    }
    let apart = match (&p.purpose, &q.purpose) {
        (Some(purpose), other) if Some(purpose) != other.as_ref() => purpose.clone(),
        _ if !p.countries.is_empty() => p.countries.iter().cloned().collect::<Vec<_>>().join(", "),
        _ => String::new(),
    };
    let mut name = format!("{} ({})", p.name, apart.trim_end_matches('.'));
    let mut n = 2;
    while apart.is_empty() || out.iter().any(|q| same(q, &name)) {
        name = format!("{} ({n})", p.name);
        n += 1;
        if !out.iter().any(|q| same(q, &name)) {
            break;
        }
    }
    unmapped.push((
        p.line,
        format!(
            "{:?} is listed again with other facts: kept apart as {name:?}",
            p.name
        ),
    ));
    p.name = name;
    out.push(p);
}

fn split_places(text: &str) -> Vec<&str> {
    let mut out = vec![text];
    for sep in [
        ",", ";", "/", "\n", " and ", " och ", " ja ", " und ", " et ", " & ",
    ] {
        out = out.iter().flat_map(|t| t.split(sep)).collect();
    }
    out.into_iter()
        .map(|t| t.trim_matches(|c: char| c.is_whitespace() || c == '.' || c == '(' || c == ')'))
        .filter(|t| !t.is_empty())
        .collect()
}

/// Recipients of a bullet list, grouped under its lead-in, which also gives their place.
pub fn listed(
    lead: &str,
    found: Vec<Processor>,
    lang: &str,
    revision: &mut Revision,
    unmapped: &mut Vec<(usize, String)>,
) {
    let visible = super::dates::visible(lead);
    let mut group = visible.split_whitespace().collect::<Vec<_>>().join(" ");
    if group.chars().count() > 160
        && let Some((_, last)) = group.trim_end_matches(['.', ':']).rsplit_once(". ")
    {
        group = last.to_string();
    }
    let group = group.trim_end_matches([':', '.', ' ']).to_string();
    let place = super::lists::place(&group, lang);
    if let (Some(super::lists::Place::Other(region)), Some(first)) = (&place, found.first()) {
        unmapped.push((
            first.line,
            format!(
                "the list's place {region:?} is a region that is neither the EU nor the EEA: it stays in the group line {group:?}, and no country is guessed"
            ),
        ));
    }
    for mut p in found {
        p.group = Some(group.clone());
        match &place {
            Some(super::lists::Place::Country(code)) => {
                p.countries.insert(code.to_string());
            }
            Some(super::lists::Place::Region(region)) => {
                p.regions.insert(*region);
            }
            _ => {}
        }
        push_processor(&mut revision.processors, p, unmapped);
    }
}
