//! Properties of the diff engine over generated texts and revisions: a diff always
//! rebuilds both sides exactly, a small edit stays a small change, and revision diffs
//! account for every item of both sides once.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use privsite::diagnostic::Position;
use privsite::diff::{
    ItemStatus, ProcessorChange, SectionNote, SegmentKind, TextDiff, diff_revisions, diff_text,
};
use privsite::model::{LegalBasis, Processor, Purpose, Revision, Safeguard, Section};
use proptest::prelude::*;

use crate::prelude::proptest_config;

/// Pieces that stress word segmentation: scripts with and without spaces, combining
/// marks, emoji sequences, right-to-left text, CRLF and lone CR.
#[rustfmt::skip]
const PIECES: &[&str] = &[
    "data", "the", "Stripe", "personuppgifter", "Ω", "straße", "ﬁle", "e\u{301}",
    "n\u{303}o", "個人情報", "を", "第三者", "クッキー", "我们", "信息", "مرحبا", "ไทย", "한국어", "👩‍👩‍👧",
    "🇸🇪", "👍🏽", "3.14", "1,000", "don't", "e-mail", " ", "  ", "\t", "\n", "\r\n", "\r",
    ",", ".", "。", "、", "—", "(", ")", "\u{200d}", "\u{feff}", "-",
];

fn mixed_text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..40).prop_map(|pieces| pieces.concat())
}

/// Any text: arbitrary code points or the stress pieces above.
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![any::<String>(), mixed_text()]
}

/// Words that never join their neighbours across a separator.
#[rustfmt::skip]
const WORDS: &[&str] = &[
    "data", "Stripe", "personuppgifter", "straße", "café", "個人情報", "第三者", "クッキー", "我们",
    "مرحبا", "👍🏽", "2024", "e-mail",
];
/// Each ends in a character that is a word boundary on both sides.
const SEPARATORS: &[&str] = &[" ", ", ", ". ", "\n", "\r\n", "。", "、", "; "];

/// A word and the separator after it: the unit a generated edit inserts, deletes or
/// replaces.
fn unit() -> impl Strategy<Value = String> {
    (
        prop::sample::select(WORDS),
        prop::sample::select(SEPARATORS),
    )
        .prop_map(|(word, separator)| format!("{word}{separator}"))
}

#[derive(Debug, Clone)]
enum Edit {
    Insert(usize, String),
    Delete(usize),
    Replace(usize, String),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (any::<usize>(), unit()).prop_map(|(at, unit)| Edit::Insert(at, unit)),
        any::<usize>().prop_map(Edit::Delete),
        (any::<usize>(), unit()).prop_map(|(at, unit)| Edit::Replace(at, unit)),
    ]
}

/// Applies `edit` to `units`; returns the edited units and how many characters the
/// edit took from the old text and put into the new one.
fn apply(units: &[String], edit: &Edit) -> (Vec<String>, usize, usize) {
    let mut edited = units.to_vec();
    let (taken, put) = match edit {
        Edit::Insert(at, unit) => {
            edited.insert(at % (units.len() + 1), unit.clone());
            (0, unit.chars().count())
        }
        Edit::Delete(at) => (edited.remove(at % units.len()).chars().count(), 0),
        Edit::Replace(at, unit) => {
            let replaced = std::mem::replace(&mut edited[at % units.len()], unit.clone());
            (replaced.chars().count(), unit.chars().count())
        }
    };
    (edited, taken, put)
}

fn chars_of(diff: &TextDiff, kind: SegmentKind) -> usize {
    diff.segments
        .iter()
        .filter(|s| s.kind == kind)
        .map(|s| s.text.chars().count())
        .sum()
}

fn assert_well_formed(diff: &TextDiff) -> Result<(), TestCaseError> {
    prop_assert!(diff.segments.iter().all(|s| !s.text.is_empty()));
    prop_assert!(diff.segments.windows(2).all(|w| w[0].kind != w[1].kind));
    Ok(())
}

proptest! {
    #![proptest_config(proptest_config())]

    #[test]
    fn a_text_diff_rebuilds_both_sides(old in any_text(), new in any_text()) {
        let diff = diff_text(&old, &new);
        prop_assert_eq!(diff.old_text(), old.as_str());
        prop_assert_eq!(diff.new_text(), new.as_str());
        assert_well_formed(&diff)?;
        prop_assert_eq!(diff.is_unchanged(), old == new);
    }

    #[test]
    fn a_text_diffed_with_itself_is_unchanged(text in any_text()) {
        let diff = diff_text(&text, &text);
        prop_assert!(diff.is_unchanged());
        prop_assert_eq!(chars_of(&diff, SegmentKind::Equal), text.chars().count());
        let words = diff.changed_words();
        prop_assert_eq!((words.deleted, words.inserted), (0, 0));
    }

    #[test]
    fn one_edit_is_one_local_change(
        units in prop::collection::vec(unit(), 1..60),
        edit in edit(),
    ) {
        let old = units.concat();
        let (edited, taken, put) = apply(&units, &edit);
        let new = edited.concat();
        let diff = diff_text(&old, &new);
        prop_assert_eq!(diff.old_text(), old.as_str());
        prop_assert_eq!(diff.new_text(), new.as_str());
        assert_well_formed(&diff)?;
        // Everything outside the edited unit stays equal, but for a neighbouring unit on
        // either side that the change may take in where that reads as one replacement.
        let slack = 2 * units.iter().map(|u| u.chars().count()).max().unwrap_or(0);
        let (deleted, inserted) =
            (chars_of(&diff, SegmentKind::Delete), chars_of(&diff, SegmentKind::Insert));
        prop_assert!(
            deleted <= taken + slack && inserted <= put + slack,
            "{} chars deleted for {}, {} inserted for {}: {:?}",
            deleted, taken, inserted, put, diff.segments
        );
    }
}

#[rustfmt::skip]
const SECTION_IDS: &[&str] = &[
    "controller", "data", "sources", "recipients", "transfers", "retention", "rights",
    "complaint", "cookies", "custom-1",
];
const PURPOSE_IDS: &[&str] = &["billing", "marketing", "support", "security", "analytics"];
#[rustfmt::skip]
const PROCESSOR_NAMES: &[&str] = &[
    "Stripe", "AWS", "Fortnox", "Zendesk", "Mailchimp", "aws", "Ödeme",
];
const COUNTRIES: &[&str] = &["SE", "FI", "US", "GB", "IN"];
const SAFEGUARDS: &[Safeguard] = &[Safeguard::Adequacy, Safeguard::Scc, Safeguard::Dpf];

fn short_text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..6).prop_map(|pieces| pieces.concat())
}

/// Distinct keys from `pool`, in a random order.
fn keys(pool: &'static [&'static str]) -> impl Strategy<Value = Vec<&'static str>> {
    prop::sample::subsequence(pool, 0..=pool.len()).prop_shuffle()
}

fn sections() -> impl Strategy<Value = Vec<Section>> {
    keys(SECTION_IDS).prop_flat_map(|ids| {
        let n = ids.len();
        (
            Just(ids),
            prop::collection::vec((short_text(), short_text()), n),
        )
            .prop_map(|(ids, texts)| {
                ids.into_iter()
                    .zip(texts)
                    .map(|(id, (title, body))| Section {
                        id: id.into(),
                        covers: vec![],
                        title,
                        body,
                        position: Position::default(),
                    })
                    .collect()
            })
    })
}

fn purposes() -> impl Strategy<Value = Vec<Purpose>> {
    keys(PURPOSE_IDS).prop_flat_map(|ids| {
        let n = ids.len();
        let fields = (
            short_text(),
            prop::sample::subsequence(LegalBasis::ALL, 0..=3).prop_shuffle(),
            prop::option::of(short_text()),
            prop::option::of(short_text()),
        );
        (Just(ids), prop::collection::vec(fields, n)).prop_map(|(ids, fields)| {
            ids.into_iter()
                .zip(fields)
                .map(
                    |(id, (title, legal_bases, legitimate_interest, body))| Purpose {
                        id: id.into(),
                        title,
                        legal_bases,
                        legitimate_interest,
                        body,
                        position: Position::default(),
                    },
                )
                .collect()
        })
    })
}

fn processors() -> impl Strategy<Value = Vec<Processor>> {
    keys(PROCESSOR_NAMES).prop_flat_map(|names| {
        let n = names.len();
        let fields = (
            prop::option::of(short_text()),
            prop::sample::subsequence(COUNTRIES, 0..=3).prop_shuffle(),
            prop::option::of(prop::sample::select(COUNTRIES)),
            prop::option::of(prop::sample::select(SAFEGUARDS)),
            prop::option::of(prop::sample::select(&["Payments", "Support"][..])),
        );
        (Just(names), prop::collection::vec(fields, n)).prop_map(|(names, fields)| {
            names
                .into_iter()
                .zip(fields)
                .map(
                    |(name, (purpose, countries, headquarters, safeguard, group))| Processor {
                        name: name.into(),
                        id: None,
                        formerly: vec![],
                        role: None,
                        purpose,
                        data: None,
                        // No country drawn: the revision does not say where.
                        countries: (!countries.is_empty())
                            .then(|| countries.into_iter().map(String::from).collect()),
                        regions: vec![],
                        headquarters: headquarters.map(String::from),
                        safeguard,
                        group: group.map(String::from),
                        url: None,
                        position: Position::default(),
                    },
                )
                .collect()
        })
    })
}

fn revision() -> impl Strategy<Value = Revision> {
    (
        short_text(),
        prop::option::of(short_text()),
        sections(),
        purposes(),
        processors(),
    )
        .prop_map(|(title, intro, sections, purposes, processors)| Revision {
            date: jiff::civil::date(2020, 1, 1),
            source: PathBuf::from("content/acme/en/2020-01-01.toml"),
            title,
            summary: None,
            draft: false,
            intro,
            sections,
            purposes,
            processors,
            cookies: vec![],
            groups: vec![],
            translated_from: None,
            translated_from_position: None,
            processors_in: None,
            processors_in_position: None,
            translated_by: None,
            date_note: None,
            archived: None,
            corrected: None,
            notice: Default::default(),
        })
}

/// A revision and a variant of it: items dropped, added, reordered or edited.
fn revision_pair() -> impl Strategy<Value = (Revision, Revision)> {
    (revision(), revision(), any::<u64>()).prop_map(|(old, other, seed)| {
        let mut new = old.clone();
        // Take each item from either revision by a bit of the seed, so pairs share most
        // keys but differ in some.
        let pick = |bit: u32| (seed >> (bit % 64)) & 1 == 1;
        new.sections.retain(|s| !pick(s.id.len() as u32));
        for (i, s) in other.sections.iter().enumerate() {
            if pick(i as u32 + 20) {
                new.sections.retain(|kept| kept.id != s.id);
                new.sections.insert(i.min(new.sections.len()), s.clone());
            }
        }
        for (i, p) in other.purposes.iter().enumerate() {
            if pick(i as u32 + 40) {
                new.purposes.retain(|kept| kept.id != p.id);
                new.purposes.push(p.clone());
            }
        }
        for (i, p) in other.processors.iter().enumerate() {
            if pick(i as u32 + 50) {
                new.processors.retain(|kept| kept.name != p.name);
                new.processors.push(p.clone());
            }
        }
        if pick(60) {
            new.title = other.title.clone();
        }
        (old, new)
    })
}

/// What a processor diff compares: neither the position in the file, nor the order of
/// countries, nor an absent text against an empty one.
fn substance(p: &Processor) -> impl PartialEq + std::fmt::Debug + '_ {
    // The countries and regions in any order (each as often as listed): a list put in
    // another order is the same list.
    let sorted = |mut v: Vec<String>| {
        v.sort();
        v
    };
    let mut regions = p.regions.clone();
    regions.sort();
    (
        // White space at the ends of a text is no change (see `text_change`).
        p.purpose.as_deref().unwrap_or("").trim(),
        p.data.as_deref().unwrap_or("").trim(),
        p.countries.clone().map(sorted),
        regions,
        &p.role,
        &p.headquarters,
        &p.safeguard,
        &p.group,
        &p.url,
    )
}

/// Checks that the diff of `old` and `new` lists every section and purpose of both
/// once, in order, and every processor change exactly when there is one.
fn check_revision_diff(old: &Revision, new: &Revision) -> Result<(), TestCaseError> {
    let diff = diff_revisions(old, new);

    // Sections: every new id once, in the new order, each old one either continued (by
    // its id, or paired by title or text under a new one) or removed where it stood;
    // both sides' texts rebuilt.
    let old_ids: Vec<&str> = old.sections.iter().map(|s| s.id.as_str()).collect();
    let new_ids: Vec<&str> = new.sections.iter().map(|s| s.id.as_str()).collect();
    let not_removed: Vec<&str> = diff
        .sections
        .iter()
        .filter(|s| s.status != ItemStatus::Removed)
        .map(|s| s.id.as_str())
        .collect();
    prop_assert_eq!(&not_removed, &new_ids);
    let continued: Vec<&str> = diff
        .sections
        .iter()
        .filter_map(|s| s.old_id.as_deref())
        .collect();
    let removed: Vec<&str> = diff
        .sections
        .iter()
        .filter(|s| s.status == ItemStatus::Removed)
        .map(|s| s.id.as_str())
        .collect();
    let mut old_accounted: Vec<&str> = continued.iter().chain(&removed).copied().collect();
    old_accounted.sort();
    let mut old_sorted = old_ids.clone();
    old_sorted.sort();
    prop_assert_eq!(old_accounted, old_sorted, "every old section once");
    for s in &diff.sections {
        // A section keeps its id's partner where both revisions have the id.
        if s.status != ItemStatus::Removed && old_ids.contains(&s.id.as_str()) {
            prop_assert_eq!(s.old_id.as_deref(), Some(s.id.as_str()));
        }
    }
    // A removed section comes right after the section it followed in the old
    // revision, behind any removed before it there (first if it followed none).
    let old_index = |id: &str| old_ids.iter().position(|o| *o == id);
    for (k, s) in diff.sections.iter().enumerate() {
        if s.status != ItemStatus::Removed {
            continue;
        }
        let position = old_index(&s.id).unwrap();
        let followed = old_ids[..position]
            .iter()
            .rev()
            .find(|id| continued.contains(id))
            .copied();
        let shown_after = diff.sections[..k]
            .iter()
            .rev()
            .find(|p| p.status != ItemStatus::Removed)
            .and_then(|p| p.old_id.as_deref());
        prop_assert_eq!(shown_after, followed, "{} is misplaced", &s.id);
        if k > 0 && diff.sections[k - 1].status == ItemStatus::Removed {
            prop_assert!(old_index(&diff.sections[k - 1].id) < Some(position));
        }
    }
    for s in &diff.sections {
        let before_id = match s.status {
            ItemStatus::Removed => Some(s.id.as_str()),
            _ => s.old_id.as_deref(),
        };
        let before = old
            .sections
            .iter()
            .find(|o| Some(o.id.as_str()) == before_id);
        let after = new
            .sections
            .iter()
            .find(|n| n.id == s.id && s.status != ItemStatus::Removed);
        // Text that went from one section to another is compared where it went.
        let moved_text = s
            .notes
            .iter()
            .any(|n| !matches!(n, SectionNote::Moved | SectionNote::Was { .. }));
        let expected = match (before, after) {
            (None, Some(_)) => ItemStatus::Added,
            (Some(_), None) => ItemStatus::Removed,
            (Some(b), Some(a)) if b.title == a.title && b.body == a.body && !moved_text => {
                ItemStatus::Unchanged
            }
            _ => ItemStatus::Changed,
        };
        prop_assert_eq!(s.status, expected);
        prop_assert_eq!(s.title.old_text(), before.map_or("", |b| b.title.as_str()));
        prop_assert_eq!(s.title.new_text(), after.map_or("", |a| a.title.as_str()));
        if !moved_text {
            prop_assert_eq!(s.body.old_text(), before.map_or("", |b| b.body.as_str()));
        }
        prop_assert_eq!(s.body.new_text(), after.map_or("", |a| a.body.as_str()));
    }

    // Purposes: every id of both sides once, changed exactly when a text or the set of
    // legal bases differs.
    let text = |t: &Option<String>| t.clone().unwrap_or_default();
    for p in &diff.purposes {
        let before = old.purposes.iter().find(|o| o.id == p.id);
        let after = new.purposes.iter().find(|n| n.id == p.id);
        let expected = match (before, after) {
            (None, Some(_)) => ItemStatus::Added,
            (Some(_), None) => ItemStatus::Removed,
            (Some(b), Some(a))
                if b.title == a.title
                    && text(&b.body) == text(&a.body)
                    && text(&b.legitimate_interest) == text(&a.legitimate_interest)
                    && b.legal_bases.iter().collect::<BTreeSet<_>>()
                        == a.legal_bases.iter().collect::<BTreeSet<_>>() =>
            {
                ItemStatus::Unchanged
            }
            _ => ItemStatus::Changed,
        };
        prop_assert_eq!(p.status, expected, "purpose {}", &p.id);
    }
    let purpose_ids: Vec<&str> = diff.purposes.iter().map(|p| p.id.as_str()).collect();
    let purpose_union: BTreeSet<&str> = old
        .purposes
        .iter()
        .chain(&new.purposes)
        .map(|p| p.id.as_str())
        .collect();
    prop_assert_eq!(purpose_ids.len(), purpose_union.len());
    prop_assert_eq!(
        purpose_ids.into_iter().collect::<BTreeSet<_>>(),
        purpose_union
    );

    // Processors: each name at most once, and exactly when it was added, removed or
    // changed in substance.
    let mut listed: BTreeMap<&str, &ProcessorChange> = BTreeMap::new();
    for change in &diff.processors {
        prop_assert!(
            listed.insert(change.name(), change).is_none(),
            "{} twice",
            change.name()
        );
    }
    let names: BTreeSet<&str> = old
        .processors
        .iter()
        .chain(&new.processors)
        .map(|p| p.name.as_str())
        .collect();
    for name in names {
        let change = listed.get(name);
        match (old.processor(name), new.processor(name)) {
            (None, Some(_)) => prop_assert!(
                matches!(change, Some(ProcessorChange::Added { .. })),
                "{name} added: {change:?}"
            ),
            (Some(_), None) => prop_assert!(
                matches!(change, Some(ProcessorChange::Removed { .. })),
                "{name} removed: {change:?}"
            ),
            (Some(b), Some(a)) => {
                let differs = substance(b) != substance(a);
                prop_assert_eq!(differs, matches!(change, Some(ProcessorChange::Changed(_))));
            }
            (None, None) => unreachable!(),
        }
    }

    let counts = diff.counts;
    prop_assert_eq!(
        counts.sections_added + counts.sections_removed + counts.sections_changed,
        diff.sections
            .iter()
            .filter(|s| s.status != ItemStatus::Unchanged)
            .count()
    );
    prop_assert_eq!(
        counts.processors_added + counts.processors_removed + counts.processors_changed,
        diff.processors.len()
    );
    prop_assert_eq!(counts.title_changed, old.title != new.title);
    prop_assert_eq!(counts.intro_changed, text(&old.intro) != text(&new.intro));
    Ok(())
}

proptest! {
    #![proptest_config(proptest_config())]

    #[test]
    fn a_revision_diffed_with_itself_reports_nothing(revision in revision()) {
        let diff = diff_revisions(&revision, &revision);
        prop_assert!(diff.is_empty(), "{:#?}", diff.counts);
        prop_assert!(diff.processors.is_empty());
        prop_assert!(diff.sections.iter().all(|s| s.status == ItemStatus::Unchanged));
        prop_assert!(diff.purposes.iter().all(|p| p.status == ItemStatus::Unchanged));
        let ids: Vec<&str> = diff.sections.iter().map(|s| s.id.as_str()).collect();
        let expected: Vec<&str> = revision.sections.iter().map(|s| s.id.as_str()).collect();
        prop_assert_eq!(ids, expected);
    }

    #[test]
    fn a_revision_diff_accounts_for_every_item_once((old, new) in revision_pair()) {
        check_revision_diff(&old, &new)?;
    }
}

/// Markdown pieces, including block syntax at line starts, links and raw HTML.
#[rustfmt::skip]
const MARKDOWN: &[&str] = &[
    "data", "We", "never", "sell", " ", "\n", "\n\n", "- ", "* ", "1. ", "## ", "> ", "**", "_",
    "`code`", "[IMY](https://imy.se)", "[x](javascript", "/", ":alert(1))", "<script>", "</p>",
    "| a | b |\n|---|---|\n| c | d |\n", "    ", "\u{E000}", "\u{E002}", "&amp;", "\"", "'",
];

fn markdown_text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(MARKDOWN), 0..30).prop_map(|p| p.concat())
}

proptest! {
    #![proptest_config(proptest_config())]

    /// Whatever two Markdown texts are compared, the rendered diff nests its marks,
    /// leaves none of its markers behind and carries no script.
    #[test]
    fn a_rendered_prose_diff_is_well_formed(old in markdown_text(), new in markdown_text()) {
        let marks = privsite::diff::told::Marks {
            inserted: "added".into(),
            deleted: "removed".into(),
            end: String::new(),
        };
        let html = privsite::diff::told::markdown_diff_html(&diff_text(&old, &new), &marks);
        prop_assert!(!html.chars().any(privsite::text::markdown::is_marker), "{}", html);
        for element in ["ins", "del"] {
            let (open, close) = (format!("<{element}>"), format!("</{element}>"));
            let mut depth = 0i32;
            let mut rest = html.as_str();
            while let Some(at) = rest.find(['<']) {
                rest = &rest[at..];
                if rest.starts_with(&open) {
                    depth += 1;
                    prop_assert!(depth == 1, "nested {} in {}", element, html);
                } else if rest.starts_with(&close) {
                    depth -= 1;
                    prop_assert!(depth == 0, "unbalanced {} in {}", element, html);
                } else if depth == 1
                    // Its hidden words, and the inline elements of the text it marks (a
                    // link goes whole into a run); never a block.
                    && ["<p", "</p", "<li", "</li", "<tr", "</tr", "<td", "</td", "<th", "</th",
                        "<table", "</table", "<ul", "</ul", "<ol", "</ol", "<h", "</h",
                        "<pre", "</pre", "<blockquote", "</blockquote", "<div", "</div"]
                        .iter()
                        .any(|t| rest.starts_with(t))
                {
                    prop_assert!(false, "a tag inside {}: {}", element, html);
                }
                rest = &rest[1..];
            }
            prop_assert_eq!(depth, 0, "{}", html);
        }
        let lower = html.to_lowercase();
        prop_assert!(!lower.contains("<script"), "{}", html);
        prop_assert!(!lower.contains("href=\"javascript:"), "{}", html);
    }
}
