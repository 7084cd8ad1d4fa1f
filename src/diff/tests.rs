//! Tests of the text and revision diffs.

use std::path::PathBuf;

use proptest::prelude::*;

use super::text::{SegmentBuilder, diff_text_within, paragraphs, push_slices, push_words};
use super::*;
use crate::diagnostic::Position;
use similar::DiffableStr;

/// Pieces that stress word segmentation around the cuts of [`common_ends`]: spaces
/// before letters, digits and marks, mid-word punctuation, flags, joiners, line breaks.
#[rustfmt::skip]
const PIECES: &[&str] = &[
    "data", "a", "B", "7", "3.14", "1,000", "don't", "e-mail", "e\u{301}", "\u{301}", "ﬁle",
    "個人", "を", "🇸🇪", "🇫🇮", "\u{200d}", "👩‍👩‍👧", "\u{feff}", " ", "  ", "\t", "\n", "\r\n",
    ",", ".", ":", "'", "_", "-", "—", "\u{a0}", "\u{2060}",
];

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..30).prop_map(|p| p.concat())
}

/// What [`push_words`] did before it cut the common ends: every word of both texts.
fn words_whole(old: &str, new: &str) -> TextDiff {
    let mut builder = SegmentBuilder::default();
    let (o, n) = (old.tokenize_unicode_words(), new.tokenize_unicode_words());
    assert!(push_slices(
        &mut builder,
        &o,
        &n,
        TEXT_DIFF_WORK,
        &mut |_, _, _| false
    ));
    builder.finish()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]
    /// Cutting the common beginning and end before splitting words gives the diff that
    /// splitting the whole texts gives, byte for byte.
    #[test]
    fn cutting_the_common_ends_changes_no_diff(
        head in text(), old_mid in text(), new_mid in text(), tail in text()
    ) {
        let old = format!("{head}{old_mid}{tail}");
        let new = format!("{head}{new_mid}{tail}");
        let mut builder = SegmentBuilder::default();
        prop_assert!(push_words(&mut builder, &old, &new, TEXT_DIFF_WORK));
        prop_assert_eq!(builder.finish(), words_whole(&old, &new));
    }
}

fn segments(diff: &TextDiff) -> Vec<(SegmentKind, &str)> {
    diff.segments
        .iter()
        .map(|s| (s.kind, s.text.as_str()))
        .collect()
}

fn assert_round_trip(old: &str, new: &str, diff: &TextDiff) {
    assert_eq!(diff.old_text(), old);
    assert_eq!(diff.new_text(), new);
    assert!(diff.segments.iter().all(|s| !s.text.is_empty()));
    assert!(diff.segments.windows(2).all(|w| w[0].kind != w[1].kind));
}

fn equal_chars(diff: &TextDiff) -> usize {
    diff.segments
        .iter()
        .filter(|s| s.kind == SegmentKind::Equal)
        .map(|s| s.text.chars().count())
        .sum()
}

#[test]
fn one_replaced_word_is_one_deletion_and_one_insertion() {
    let old = "We use Stripe to take payments.";
    let new = "We use Adyen to take payments.";
    let diff = diff_text(old, new);
    assert_eq!(
        segments(&diff),
        [
            (SegmentKind::Equal, "We use "),
            (SegmentKind::Delete, "Stripe"),
            (SegmentKind::Insert, "Adyen"),
            (SegmentKind::Equal, " to take payments."),
        ]
    );
    assert_eq!(
        diff.changed_words(),
        WordCounts {
            deleted: 1,
            inserted: 1
        }
    );
    assert!(!diff.is_unchanged());
}

#[test]
fn one_changed_chinese_character_is_a_small_change() {
    let old = "我们不会向任何第三方出售您的个人信息，除非法律另有规定。";
    let new = "我们不会向任何第三方出租您的个人信息，除非法律另有规定。";
    let diff = diff_text(old, new);
    assert_round_trip(old, new, &diff);
    assert_eq!(
        segments(&diff),
        [
            (SegmentKind::Equal, "我们不会向任何第三方出"),
            (SegmentKind::Delete, "售"),
            (SegmentKind::Insert, "租"),
            (SegmentKind::Equal, "您的个人信息，除非法律另有规定。"),
        ]
    );
}

#[test]
fn one_changed_japanese_word_is_a_small_change() {
    let old = "お客様の個人情報は、法令に基づく場合を除き、第三者に提供しません。";
    let new = "お客様の個人情報は、法令に基づく場合を除き、第三者に開示しません。";
    let diff = diff_text(old, new);
    assert_round_trip(old, new, &diff);
    let changed: Vec<_> = segments(&diff)
        .into_iter()
        .filter(|(kind, _)| *kind != SegmentKind::Equal)
        .collect();
    assert_eq!(
        changed,
        [(SegmentKind::Delete, "提供"), (SegmentKind::Insert, "開示")]
    );
    assert_eq!(equal_chars(&diff), old.chars().count() - 2);
}

#[test]
fn short_islands_between_changes_fold_into_one_replacement() {
    let diff = diff_text(
        "Stripe and Klarna handle payments.",
        "Adyen and PayPal handle payments.",
    );
    assert_eq!(
        segments(&diff),
        [
            (SegmentKind::Delete, "Stripe and Klarna"),
            (SegmentKind::Insert, "Adyen and PayPal"),
            (SegmentKind::Equal, " handle payments."),
        ]
    );
}

#[test]
fn changes_do_not_fold_across_line_breaks() {
    let diff = diff_text("Stripe\nKlarna", "Adyen\nPayPal");
    assert_eq!(
        segments(&diff),
        [
            (SegmentKind::Delete, "Stripe"),
            (SegmentKind::Insert, "Adyen"),
            (SegmentKind::Equal, "\n"),
            (SegmentKind::Delete, "Klarna"),
            (SegmentKind::Insert, "PayPal"),
        ]
    );
}

#[test]
fn texts_round_trip_across_scripts_and_line_endings() {
    let cases = [
        ("", ""),
        ("", "new"),
        ("old", ""),
        ("same", "same"),
        ("a\r\nb\r\n", "a\nb\n"),
        ("cafe\u{301} 👩‍👩‍👧 🇸🇪", "café 👩‍👩‍👦 🇫🇮"),
        (
            "Данные — 個人情報 مرحبا ไทย",
            "Данные – 個人情報 مرحبًا ไทยแลนด์",
        ),
    ];
    for (old, new) in cases {
        assert_round_trip(old, new, &diff_text(old, new));
    }
    assert!(diff_text("same", "same").is_unchanged());
    assert!(diff_text("", "").segments.is_empty());
}

#[test]
fn text_past_the_work_bound_gives_a_coarser_but_exact_diff() {
    let old: String = (0..900).map(|i| format!("w{} ", i % 7)).collect();
    let new: String = (0..900).map(|i| format!("w{} ", i % 11)).collect();
    let fine = diff_text(&old, &new);
    assert!(!fine.coarse);
    assert_round_trip(&old, &new, &fine);
    // Words too many for the bound, lines few enough: line blocks, then words.
    let lined_old = old.replace("w3 ", "w3\n");
    let lined_new = new.replace("w3 ", "w3\n");
    let diff = diff_text_within(&lined_old, &lined_new, 50_000);
    assert_round_trip(&lined_old, &lined_new, &diff);
    let para: String = (0..200)
        .map(|l| format!("line {l} says a b c d e f\n"))
        .collect();
    let edited: String = (0..200)
        .map(|l| {
            format!(
                "line {l} says a b {} d e f\n",
                if l % 10 == 0 { "X" } else { "c" }
            )
        })
        .collect();
    let diff = diff_text_within(&para, &edited, 50_000);
    assert!(!diff.coarse);
    assert_round_trip(&para, &edited, &diff);
    assert_eq!(
        diff.changed_words(),
        WordCounts {
            deleted: 20,
            inserted: 20
        }
    );
    assert_eq!(
        paragraphs("a\nb\n\nc\n \n\nd"),
        ["a\nb\n\n", "c\n \n\n", "d"]
    );
    // Nothing fits: one replaced block, marked coarse.
    let diff = diff_text_within(&old, &new, 10);
    assert!(diff.coarse);
    assert_round_trip(&old, &new, &diff);
    // A small change in a big text stays fine: the common ends cost nothing.
    let edited = old.replacen("w5", "w9", 1);
    assert!(!diff_text_within(&old, &edited, 10).coarse);
}

fn section(id: &str, title: &str, body: &str) -> Section {
    Section {
        id: id.into(),
        covers: vec![],
        title: title.into(),
        body: body.into(),
        position: Position::default(),
    }
}

fn purpose(id: &str, legal_bases: &[LegalBasis]) -> Purpose {
    Purpose {
        id: id.into(),
        title: format!("Purpose {id}"),
        legal_bases: legal_bases.to_vec(),
        legitimate_interest: None,
        body: None,
        position: Position::default(),
    }
}

fn processor(name: &str, countries: &[&str], safeguard: Option<Safeguard>) -> Processor {
    Processor {
        name: name.into(),
        id: None,
        formerly: vec![],
        role: None,
        purpose: Some("Payments".into()),
        data: None,
        countries: Some(countries.iter().map(|c| c.to_string()).collect()),
        regions: vec![],
        headquarters: None,
        safeguard,
        group: None,
        url: None,
        position: Position::default(),
    }
}

fn revision(
    sections: Vec<Section>,
    purposes: Vec<Purpose>,
    processors: Vec<Processor>,
) -> Revision {
    Revision {
        date: jiff::civil::date(2024, 1, 1),
        source: PathBuf::from("content/acme/en/2024-01-01.toml"),
        title: "Privacy policy".into(),
        summary: None,
        draft: false,
        intro: None,
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
    }
}

fn section_statuses(diff: &RevisionDiff) -> Vec<(&str, ItemStatus)> {
    diff.sections
        .iter()
        .map(|s| (s.id.as_str(), s.status))
        .collect()
}

#[test]
fn sections_align_by_id_in_new_order_with_removed_where_they_stood() {
    let old = revision(
        vec![
            section("gone-first", "G1", "x"),
            section("controller", "Controller", "Acme AB"),
            section("data", "Data", "Names"),
            section("gone", "Gone", "y"),
            section("rights", "Rights", "Access"),
        ],
        vec![],
        vec![],
    );
    let new = revision(
        vec![
            section("rights", "Rights", "Access and erasure"),
            section("new", "New", "z"),
            section("controller", "Controller", "Acme AB"),
            section("data", "Data", "Names"),
        ],
        vec![],
        vec![],
    );
    let diff = diff_revisions(&old, &new);
    assert_eq!(
        section_statuses(&diff),
        [
            ("gone-first", ItemStatus::Removed),
            ("rights", ItemStatus::Changed),
            ("new", ItemStatus::Added),
            ("controller", ItemStatus::Unchanged),
            ("data", ItemStatus::Unchanged),
            ("gone", ItemStatus::Removed),
        ]
    );
    let rights = &diff.sections[1];
    assert!(rights.title.is_unchanged());
    // Bodies are compared as wholes here; pages compare them as documents.
    assert_eq!(
        segments(&rights.body),
        [
            (SegmentKind::Delete, "Access"),
            (SegmentKind::Insert, "Access and erasure"),
        ]
    );
    assert_eq!(
        segments(&diff.sections[2].body),
        [(SegmentKind::Insert, "z")]
    );
    assert_eq!(
        segments(&diff.sections[5].title),
        [(SegmentKind::Delete, "Gone")]
    );
    assert_eq!(
        (
            diff.counts.sections_added,
            diff.counts.sections_removed,
            diff.counts.sections_changed
        ),
        (1, 2, 1)
    );
    assert!(!diff.is_empty());
}

#[test]
fn a_processor_gaining_a_country_and_a_safeguard_reports_exactly_that() {
    let old = revision(
        vec![],
        vec![],
        vec![
            processor("Stripe", &["SE"], None),
            processor("Fortnox", &["SE"], None),
        ],
    );
    let new = revision(
        vec![],
        vec![],
        vec![
            processor("Fortnox", &["SE"], None),
            processor("Stripe", &["SE", "US"], Some(Safeguard::Dpf)),
        ],
    );
    let diff = diff_revisions(&old, &new);
    let [ProcessorChange::Changed(stripe)] = diff.processors.as_slice() else {
        panic!("expected one changed processor, got {:?}", diff.processors);
    };
    assert_eq!(stripe.name, "Stripe");
    // Exactly the countries and the safeguard, before and after, nothing else.
    assert_eq!(
        stripe.changes,
        [
            FactChange::Countries(ValueChange {
                old: Some(vec!["SE".into()]),
                new: Some(vec!["SE".into(), "US".into()]),
            }),
            FactChange::Safeguard(ValueChange {
                old: None,
                new: Some(Safeguard::Dpf)
            }),
        ]
    );
    assert_eq!(
        diff.counts,
        Counts {
            processors_changed: 1,
            ..Counts::default()
        }
    );
}

#[test]
fn processor_changes_list_removed_then_added_then_changed_by_name() {
    let old = revision(
        vec![],
        vec![],
        vec![
            processor("zendesk", &["US"], Some(Safeguard::Scc)),
            processor("Mailchimp", &["US"], Some(Safeguard::Scc)),
            processor("Aws", &["IE"], None),
            processor("Kept", &["SE"], None),
        ],
    );
    let mut moved = processor("Aws", &["IE"], None);
    moved.url = Some("https://aws.amazon.com/privacy".into());
    let new = revision(
        vec![],
        vec![],
        vec![
            processor("Kept", &["SE"], None),
            processor("Postmark", &["US"], Some(Safeguard::Dpf)),
            moved,
            processor("brevo", &["FR"], None),
        ],
    );
    let diff = diff_revisions(&old, &new);
    let listed: Vec<(&str, &str)> = diff
        .processors
        .iter()
        .map(|p| {
            let change = match p {
                ProcessorChange::Added { .. } => "added",
                ProcessorChange::Removed { .. } => "removed",
                ProcessorChange::Changed(_) => "changed",
            };
            (change, p.name())
        })
        .collect();
    assert_eq!(
        listed,
        [
            ("removed", "Mailchimp"),
            ("removed", "zendesk"),
            ("added", "brevo"),
            ("added", "Postmark"),
            ("changed", "Aws"),
        ]
    );
}

#[test]
fn purposes_report_legal_bases_added_and_removed() {
    let old = revision(
        vec![],
        vec![
            purpose("billing", &[LegalBasis::Consent, LegalBasis::Contract]),
            purpose("marketing", &[LegalBasis::Consent]),
        ],
        vec![],
    );
    let mut marketing = purpose("marketing", &[LegalBasis::Consent]);
    marketing.body = Some("Newsletters.".into());
    let new = revision(
        vec![],
        vec![
            purpose(
                "billing",
                &[LegalBasis::Contract, LegalBasis::LegalObligation],
            ),
            marketing,
        ],
        vec![],
    );
    let diff = diff_revisions(&old, &new);
    let billing = &diff.purposes[0];
    assert_eq!(billing.status, ItemStatus::Changed);
    assert_eq!(
        billing.legal_bases,
        [LegalBasis::Contract, LegalBasis::LegalObligation]
    );
    assert_eq!(billing.legal_bases_added, [LegalBasis::LegalObligation]);
    assert_eq!(billing.legal_bases_removed, [LegalBasis::Consent]);
    assert!(billing.title.is_unchanged() && billing.body.is_unchanged());
    let marketing = &diff.purposes[1];
    assert_eq!(marketing.status, ItemStatus::Changed);
    assert!(marketing.legal_bases_added.is_empty() && marketing.legal_bases_removed.is_empty());
    assert_eq!(
        segments(&marketing.body),
        [(SegmentKind::Insert, "Newsletters.")]
    );
    assert_eq!(diff.counts.purposes_changed, 2);
}

#[test]
fn reordering_alone_and_absent_versus_empty_text_change_nothing() {
    let mut old = revision(
        vec![section("a", "A", "1"), section("b", "B", "2")],
        vec![purpose("p", &[LegalBasis::Consent, LegalBasis::Contract])],
        vec![processor("X", &["SE", "US"], Some(Safeguard::Scc))],
    );
    old.intro = None;
    let mut new = revision(
        vec![section("b", "B", "2"), section("a", "A", "1")],
        vec![purpose("p", &[LegalBasis::Contract, LegalBasis::Consent])],
        vec![processor("X", &["US", "SE"], Some(Safeguard::Scc))],
    );
    new.intro = Some(String::new());
    new.summary = Some("Reordered.".into());
    new.sections[0].position = Position { line: 9, column: 1 };
    let diff = diff_revisions(&old, &new);
    assert!(diff.is_empty(), "{diff:#?}");
    assert_eq!(
        section_statuses(&diff),
        [("b", ItemStatus::Unchanged), ("a", ItemStatus::Unchanged)]
    );
}

#[test]
fn title_and_intro_changes_count() {
    let old = revision(vec![], vec![], vec![]);
    let mut new = old.clone();
    new.title = "Privacy notice".into();
    new.intro = Some("Hello.".into());
    let diff = diff_revisions(&old, &new);
    assert!(diff.counts.title_changed && diff.counts.intro_changed);
    assert_eq!(diff.intro.new_text(), "Hello.");
    assert!(!diff.is_empty());
}

#[test]
fn serialized_names_are_stable() {
    let old = revision(vec![], vec![], vec![]);
    let new = revision(
        vec![section("data", "Data", "Names")],
        vec![],
        vec![processor("Stripe", &["US"], Some(Safeguard::Dpf))],
    );
    let value = toml::Value::try_from(diff_revisions(&old, &new)).unwrap();
    assert_eq!(value["old_date"].as_str(), Some("2024-01-01"));
    assert_eq!(value["sections"][0]["status"].as_str(), Some("added"));
    assert_eq!(
        value["sections"][0]["title"]["segments"][0]["kind"].as_str(),
        Some("insert")
    );
    assert_eq!(value["processors"][0]["change"].as_str(), Some("added"));
    assert_eq!(value["processors"][0]["name"].as_str(), Some("Stripe"));
    assert_eq!(
        value["processors"][0]["processor"]["safeguard"].as_str(),
        Some("dpf")
    );
    assert_eq!(value["counts"]["processors_added"].as_integer(), Some(1));

    let moved = revision(
        vec![],
        vec![],
        vec![processor("Stripe", &["US", "IN"], Some(Safeguard::Scc))],
    );
    let value = toml::Value::try_from(diff_revisions(&new, &moved)).unwrap();
    let stripe = &value["processors"][0];
    assert_eq!(stripe["change"].as_str(), Some("changed"));
    assert_eq!(stripe["name"].as_str(), Some("Stripe"));
    let changes = stripe["changes"].as_array().unwrap();
    assert_eq!(changes[0]["fact"].as_str(), Some("countries"));
    assert_eq!(changes[0]["new"][1].as_str(), Some("IN"));
    assert_eq!(changes[1]["fact"].as_str(), Some("safeguard"));
    assert_eq!(changes[1]["old"].as_str(), Some("dpf"));
    assert_eq!(changes[1]["new"].as_str(), Some("scc"));
}
