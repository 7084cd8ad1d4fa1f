//! Whether a company's locales agree: translations that lag behind the reference text,
//! and processors one locale names that another does not, or with other facts.

use super::Lints;
use std::collections::BTreeMap;

use jiff::civil::Date;

use crate::model::{Company, Processor, Revision, Safeguard};
use crate::plan::Timeline;

/// Messages of the site's own `locales/<tag>/*.ftl` still marked `# untranslated`, each
/// at its line.
pub(super) fn untranslated_messages(lints: &mut Lints) {
    let dir = lints.site.root.join("locales");
    let mut files: Vec<std::path::PathBuf> = walkdir::WalkDir::new(&dir)
        .min_depth(2)
        .into_iter()
        .filter_map(Result::ok)
        .map(|e| e.into_path())
        .filter(|p| p.extension().is_some_and(|e| e == "ftl") && p.is_file())
        .collect();
    files.sort();
    for path in files {
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        let rel = crate::diagnostic::relative_to(&lints.site.root, &path);
        for (line, key) in crate::text::i18n::untranslated(&text) {
            lints.push(
                "untranslated",
                &rel,
                Some(crate::diagnostic::Position { line, column: 1 }),
                format!("message {key} is still marked untranslated"),
            );
        }
    }
}

/// Translations whose latest revision is older than the reference locale's.
pub(super) fn stale_translations(lints: &mut Lints, company: &Company, today: Date) {
    let reference_locale = &company.info.default_locale;
    let Some(reference) = company.locale(reference_locale) else {
        return;
    };
    for history in &company.locales {
        if &history.locale == reference_locale {
            continue;
        }
        let Some(latest) = history.latest() else {
            continue;
        };
        let Some(changed) = reference.revisions.iter().find(|r| r.date > latest.date) else {
            continue;
        };
        let when = if changed.date > today {
            format!("will be stale from {}", changed.date)
        } else {
            format!("is stale since {}", changed.date)
        };
        lints.push(
            "stale-translation",
            &latest.source,
            None,
            format!(
                "the {} translation {when}: its latest revision is of {}, and the reference text ({reference_locale}) changed on {}",
                history.locale, latest.date, changed.date
            ),
        );
    }
}

/// Revisions of the same date in two locales must name the same processors. Each is
/// compared with the reference locale's revision of that date, or, where the reference
/// has none, with the first locale's.
pub(super) fn locales_agree(lints: &mut Lints, company: &Company, today: Date, current: bool) {
    let mut by_date: BTreeMap<Date, Vec<(&crate::model::Locale, &Revision)>> = BTreeMap::new();
    for history in &company.locales {
        let timeline = Timeline::new(history, today);
        let first = if current { timeline.current_index() } else { 0 };
        for revision in &history.revisions[first..] {
            by_date
                .entry(revision.date)
                .or_default()
                .push((&history.locale, revision));
        }
    }
    for (_, mut revisions) in by_date {
        if revisions.len() < 2 {
            continue;
        }
        if let Some(i) = revisions
            .iter()
            .position(|(l, _)| **l == company.info.default_locale)
        {
            let reference = revisions.remove(i);
            revisions.insert(0, reference);
        }
        let (reference_locale, reference) = revisions[0];
        for &(locale, revision) in &revisions[1..] {
            for problem in processor_differences(&reference.processors, &revision.processors) {
                let (position, message) = match problem {
                    Difference::Missing(p) => (
                        None,
                        format!(
                            "the {reference_locale} revision of the same date names processor {:?}, this one does not",
                            p.name
                        ),
                    ),
                    Difference::Extra(p) => (
                        Some(p.position),
                        format!(
                            "processor {:?} is not in the {reference_locale} revision of the same date",
                            p.name
                        ),
                    ),
                    Difference::Facts(r, p, what) => (
                        Some(p.position),
                        format!(
                            "processor {:?} differs from {:?} in the {reference_locale} revision of the same date: {what}",
                            p.name, r.name
                        ),
                    ),
                };
                lints.push(
                    "locale-processors-differ",
                    &revision.source,
                    position,
                    format!("{message} ({locale})"),
                );
            }
        }
    }
}

enum Difference<'a> {
    /// In the reference, not in the translation.
    Missing(&'a Processor),
    /// In the translation, not in the reference.
    Extra(&'a Processor),
    /// The same processor with other facts.
    Facts(&'a Processor, &'a Processor, String),
}

/// Pairs processors by name; a name that differs may be a translation ("Google Cloud
/// services" / "Google Cloud-tjänster") and pairs when the names share a word and every
/// fact agrees. Whatever stays unpaired, or pairs with other facts, differs.
fn processor_differences<'a>(
    reference: &'a [Processor],
    translation: &'a [Processor],
) -> Vec<Difference<'a>> {
    // The same `id` pairs first: it names the recipient across locales.
    let key = |p: &Processor| match &p.id {
        Some(id) => format!("id:{id}"),
        None => format!("name:{}", p.name.to_lowercase()),
    };
    let mut left: Vec<Option<&Processor>> = reference.iter().map(Some).collect();
    let mut pairs: Vec<(&Processor, &Processor)> = Vec::new();
    let mut extra: Vec<&Processor> = Vec::new();
    for p in translation {
        match left
            .iter_mut()
            .find(|r| r.is_some_and(|r| key(r) == key(p)))
        {
            Some(slot) => pairs.push((slot.take().expect("found"), p)),
            None => extra.push(p),
        }
    }
    let mut unpaired = Vec::new();
    for p in extra {
        let slot = left
            .iter_mut()
            .find(|r| r.is_some_and(|r| shares_a_word(&r.name, &p.name) && facts(r, p).is_none()));
        match slot {
            Some(slot) => pairs.push((slot.take().expect("found"), p)),
            None => unpaired.push(p),
        }
    }
    let mut differences: Vec<Difference> = left
        .into_iter()
        .flatten()
        .map(Difference::Missing)
        .collect();
    differences.extend(unpaired.into_iter().map(Difference::Extra));
    for (r, p) in pairs {
        if let Some(what) = facts(r, p) {
            differences.push(Difference::Facts(r, p, what));
        }
    }
    differences
}

/// How two entries for the same processor disagree, if they do.
fn facts(a: &Processor, b: &Processor) -> Option<String> {
    let sorted = |c: &Option<Vec<String>>| {
        c.clone().map(|mut c| {
            c.sort();
            c
        })
    };
    let (countries_a, countries_b) = (sorted(&a.countries), sorted(&b.countries));
    let show = |v: &Option<Vec<String>>| match v {
        Some(v) => v.join(", "),
        None => "not stated".to_string(),
    };
    let opt = |v: Option<&str>| v.unwrap_or("none").to_string();
    let mut what = Vec::new();
    if countries_a != countries_b {
        what.push(format!(
            "countries {} here, {} there",
            show(&countries_b),
            show(&countries_a)
        ));
    }
    let regions = |p: &Processor| {
        let mut r: Vec<&str> = p.regions.iter().map(|r| r.as_str()).collect();
        r.sort();
        r
    };
    if regions(a) != regions(b) {
        let show = |r: Vec<&str>| match r.is_empty() {
            true => "none".to_string(),
            false => r.join(", "),
        };
        what.push(format!(
            "regions {} here, {} there",
            show(regions(b)),
            show(regions(a))
        ));
    }
    if a.headquarters != b.headquarters {
        what.push(format!(
            "headquarters {} here, {} there",
            opt(b.headquarters.as_deref()),
            opt(a.headquarters.as_deref())
        ));
    }
    if a.safeguard != b.safeguard {
        what.push(format!(
            "safeguard {} here, {} there",
            opt(b.safeguard.map(Safeguard::as_str)),
            opt(a.safeguard.map(Safeguard::as_str))
        ));
    }
    (!what.is_empty()).then(|| what.join("; "))
}

fn shares_a_word(a: &str, b: &str) -> bool {
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() >= 3)
            .map(str::to_lowercase)
            .collect()
    };
    let b = words(b);
    words(a).iter().any(|w| b.contains(w))
}
