//! Diffs told to a reader: the counts as a sentence, processor changes as plain facts,
//! and changed text with insertions and deletions marked, in the reader's language.

use fluent_bundle::FluentValue;
use serde::Serialize;

use crate::diff::{Counts, FactChange, ProcessorChange, SegmentKind, TextDiff, structure};
use crate::text::i18n::Messages;
use crate::text::{escape::escape, markdown};

/// A message with arguments, or its key where no locale has it (a missing message is
/// reported when messages load).
fn message(messages: &Messages, lang: &str, key: &str, args: &[(&str, FluentValue)]) -> String {
    messages.text(lang, key, args).trim().to_string()
}

/// What a diff page says of a section beyond its words: that it moved, was split,
/// merged, or is under a new heading level, in the reader's language.
pub fn section_note(messages: &Messages, lang: &str, note: &crate::diff::SectionNote) -> String {
    use crate::diff::SectionNote as N;
    let (key, title) = match note {
        N::Moved => ("diff-note-moved", None),
        N::Was { title } => ("diff-note-was", Some(title)),
        N::SplitFrom { title } => ("diff-note-split-from", Some(title)),
        N::Promoted { title } => ("diff-note-promoted", Some(title)),
        N::SplitInto { title, .. } => ("diff-note-split-into", Some(title)),
        N::MergedFrom { title } => ("diff-note-merged-from", Some(title)),
        N::MergedInto { title, .. } => ("diff-note-merged-into", Some(title)),
        N::DemotedInto { title, .. } => ("diff-note-demoted-into", Some(title)),
    };
    let args: Vec<(&str, FluentValue)> = title
        .map(|t| ("title", FluentValue::from(t.as_str())))
        .into_iter()
        .collect();
    message(messages, lang, key, &args)
}

/// "3 processors added, 1 removed, 4 sections changed", or that nothing changed.
pub fn summary(messages: &Messages, lang: &str, counts: &Counts) -> String {
    let parts: Vec<String> = [
        ("diff-count-processors-added", counts.processors_added),
        ("diff-count-processors-removed", counts.processors_removed),
        ("diff-count-processors-changed", counts.processors_changed),
        ("diff-count-sections-added", counts.sections_added),
        ("diff-count-sections-removed", counts.sections_removed),
        ("diff-count-sections-changed", counts.sections_changed),
        ("diff-count-cookies-added", counts.cookies_added),
        ("diff-count-cookies-removed", counts.cookies_removed),
        ("diff-count-cookies-changed", counts.cookies_changed),
        ("diff-count-purposes-added", counts.purposes_added),
        ("diff-count-purposes-removed", counts.purposes_removed),
        ("diff-count-purposes-changed", counts.purposes_changed),
        ("diff-count-title-changed", counts.title_changed as usize),
        ("diff-count-intro-changed", counts.intro_changed as usize),
    ]
    .into_iter()
    .filter(|(_, n)| *n > 0)
    .map(|(key, n)| {
        message(
            messages,
            lang,
            key,
            &[("count", FluentValue::from(n as i64))],
        )
    })
    .collect();
    if parts.is_empty() {
        message(messages, lang, "diff-count-none", &[])
    } else {
        parts.join(", ")
    }
}

/// Why a change is material, as a reader is told it: one [`Reason`] in the reader's
/// language.
///
/// [`Reason`]: crate::diff::classify::Reason
pub fn reason(messages: &Messages, lang: &str, reason: &crate::diff::classify::Reason) -> String {
    use crate::diff::classify::Reason;
    let s = |v: &str| FluentValue::from(v.to_string());
    let safeguard = |v: &Option<crate::model::Safeguard>| match v {
        Some(v) => message(messages, lang, &format!("safeguard-{}", v.as_str()), &[]),
        None => message(messages, lang, "safeguard-none", &[]),
    };
    match reason {
        Reason::RecipientAdded { name } => message(
            messages,
            lang,
            "reason-recipient-added",
            &[("name", s(name))],
        ),
        Reason::CountryOutsideEea { name, country } => message(
            messages,
            lang,
            "reason-country-outside-eea",
            &[
                ("name", s(name)),
                (
                    "country",
                    s(&crate::text::cldr::country_name(lang, country)),
                ),
            ],
        ),
        Reason::SafeguardWeakened { name, old, new } => message(
            messages,
            lang,
            "reason-safeguard-weakened",
            &[
                ("name", s(name)),
                ("old", s(&safeguard(old))),
                ("new", s(&safeguard(new))),
            ],
        ),
        Reason::PurposeAdded { id } => message(
            messages,
            lang,
            "reason-purpose-added",
            &[("purpose", s(id))],
        ),
        Reason::LegalBasisChanged { id } => message(
            messages,
            lang,
            "reason-legal-basis-changed",
            &[("purpose", s(id))],
        ),
        Reason::RetentionChanged => message(messages, lang, "reason-retention-changed", &[]),
        Reason::SectionChanged { section } => message(
            messages,
            lang,
            "reason-section-changed",
            &[("section", s(section))],
        ),
        Reason::TableRowAdded { section, row } => message(
            messages,
            lang,
            "reason-table-row-added",
            &[("section", s(section)), ("row", s(&row.join(" | ")))],
        ),
        Reason::TableRowChanged { section, row } => message(
            messages,
            lang,
            "reason-table-row-changed",
            &[("section", s(section)), ("row", s(&row.join(" | ")))],
        ),
        Reason::Cookie(c) => cookie_reason(messages, lang, c),
    }
}

/// Why a cookie change is material, in the reader's language.
fn cookie_reason(
    messages: &Messages,
    lang: &str,
    reason: &crate::diff::cookies::CookieReason,
) -> String {
    use crate::diff::cookies::{CookieReason, category_text, duration_text};
    let s = |v: String| FluentValue::from(v);
    match reason {
        CookieReason::Added { name, category } => message(
            messages,
            lang,
            "reason-cookie-added",
            &[
                ("name", s(name.clone())),
                ("category", s(category_text(messages, lang, *category))),
            ],
        ),
        CookieReason::NowNeedsConsent { name, category } => message(
            messages,
            lang,
            "reason-cookie-needs-consent",
            &[
                ("name", s(name.clone())),
                (
                    "category",
                    s(category_text(messages, lang, Some(*category))),
                ),
            ],
        ),
        CookieReason::KeptLonger { name, old, new } => message(
            messages,
            lang,
            "reason-cookie-kept-longer",
            &[
                ("name", s(name.clone())),
                ("old", s(duration_text(messages, lang, old))),
                ("new", s(duration_text(messages, lang, new))),
            ],
        ),
        CookieReason::CountryOutsideEea { name, country } => message(
            messages,
            lang,
            "reason-cookie-country-outside-eea",
            &[
                ("name", s(name.clone())),
                ("country", s(crate::text::cldr::country_name(lang, country))),
            ],
        ),
    }
}

/// One processor change as a sentence, with its kind for styling.
#[derive(Debug, Clone, Serialize)]
pub struct ChangeLine {
    pub kind: &'static str,
    pub name: String,
    pub text: String,
}

/// Processor changes stated as facts, as a reader of a sub-processor notice needs them.
pub fn processor_lines(
    messages: &Messages,
    lang: &str,
    changes: &[ProcessorChange],
) -> Vec<ChangeLine> {
    let safeguard = |s: Option<crate::model::Safeguard>| match s {
        Some(s) => message(messages, lang, &format!("safeguard-{}", s.as_str()), &[]),
        None => message(messages, lang, "safeguard-none", &[]),
    };
    let unstated = message(messages, lang, "value-not-stated", &[]);
    let country_or_unstated = |c: &Option<String>| match c {
        Some(code) => crate::text::cldr::country_name(lang, code),
        None => unstated.clone(),
    };
    // Where a processor processes data: its countries, then the regions it names.
    let places = |p: &crate::model::Processor| -> Option<String> {
        let mut names: Vec<String> = p
            .stated_countries()
            .iter()
            .map(|c| crate::text::cldr::country_name(lang, c))
            .collect();
        names.extend(
            p.regions
                .iter()
                .map(|r| message(messages, lang, r.message_key(), &[])),
        );
        p.states_location()
            .then(|| crate::text::cldr::list(lang, &names))
    };
    let role = |r: Option<crate::model::Role>| match r {
        Some(r) => message(messages, lang, &format!("role-{}", r.as_str()), &[]),
        None => unstated.clone(),
    };
    let mut lines = Vec::new();
    let mut line = |kind: &'static str, name: &str, key: &str, args: &[(&str, FluentValue)]| {
        let mut all = vec![("name", FluentValue::from(name.to_string()))];
        all.extend(args.iter().cloned());
        lines.push(ChangeLine {
            kind,
            name: name.to_string(),
            text: message(messages, lang, key, &all),
        });
    };
    for change in changes {
        match change {
            ProcessorChange::Added { name, processor } => {
                // What it receives and why, in the company's words, before where.
                let mut details = Vec::new();
                if let Some(purpose) = processor
                    .purpose
                    .as_deref()
                    .filter(|p| !p.trim().is_empty())
                {
                    details.push(message(
                        messages,
                        lang,
                        "diff-processor-purpose",
                        &[("purpose", FluentValue::from(purpose.trim().to_string()))],
                    ));
                }
                if let Some(data) = processor.data.as_deref().filter(|d| !d.trim().is_empty()) {
                    details.push(message(
                        messages,
                        lang,
                        "diff-processor-data",
                        &[("data", FluentValue::from(data.trim().to_string()))],
                    ));
                }
                details.push(match places(processor) {
                    Some(places) => message(
                        messages,
                        lang,
                        "diff-processor-where",
                        &[("countries", FluentValue::from(places))],
                    ),
                    None => message(messages, lang, "diff-processor-where-unstated", &[]),
                });
                if processor.safeguard.is_some() {
                    details.push(message(
                        messages,
                        lang,
                        "diff-processor-safeguard",
                        &[(
                            "safeguard",
                            FluentValue::from(safeguard(processor.safeguard)),
                        )],
                    ));
                }
                line(
                    "added",
                    name,
                    "diff-processor-added",
                    &[("details", FluentValue::from(details.join(" ")))],
                );
            }
            ProcessorChange::Removed { name, .. } => {
                line("removed", name, "diff-processor-removed", &[])
            }
            ProcessorChange::Changed(c) => {
                for change in &c.changes {
                    let text = |v: &Option<String>| match v {
                        Some(t) => t.clone(),
                        None => unstated.clone(),
                    };
                    let (kind, key, old, new) = match change {
                        FactChange::Name(v) => (
                            "renamed",
                            "diff-processor-renamed",
                            text(&v.old),
                            text(&v.new),
                        ),
                        FactChange::Role(v) => (
                            "changed",
                            "diff-processor-role-changed",
                            role(v.old),
                            role(v.new),
                        ),
                        // Countries and regions are told as one place, in one line.
                        FactChange::Regions(_)
                            if c.changes
                                .iter()
                                .any(|f| matches!(f, FactChange::Countries(_))) =>
                        {
                            continue;
                        }
                        FactChange::Countries(_) | FactChange::Regions(_) => (
                            "changed",
                            "diff-processor-countries-changed",
                            places(&c.before).unwrap_or_else(|| unstated.clone()),
                            places(&c.processor).unwrap_or_else(|| unstated.clone()),
                        ),
                        FactChange::Safeguard(v) => (
                            "changed",
                            "diff-processor-safeguard-changed",
                            safeguard(v.old),
                            safeguard(v.new),
                        ),
                        FactChange::Headquarters(v) => (
                            "changed",
                            "diff-processor-headquarters-changed",
                            country_or_unstated(&v.old),
                            country_or_unstated(&v.new),
                        ),
                        FactChange::Purpose(v) => (
                            "changed",
                            "diff-processor-purpose-changed",
                            text(&v.old),
                            text(&v.new),
                        ),
                        FactChange::Data(v) => (
                            "changed",
                            "diff-processor-data-changed",
                            text(&v.old),
                            text(&v.new),
                        ),
                        // Where the table groups it and where it links are not facts a
                        // reader of a notice is told.
                        FactChange::Group(_) | FactChange::Url(_) => continue,
                    };
                    line(
                        kind,
                        &c.name,
                        key,
                        &[
                            ("old", FluentValue::from(old)),
                            ("new", FluentValue::from(new)),
                        ],
                    );
                }
            }
        }
    }
    lines
}

/// The words that tell screen readers, and readers of a black-and-white print, where an
/// insertion or deletion starts and ends.
pub struct Marks {
    pub inserted: String,
    pub deleted: String,
    pub end: String,
}

impl Marks {
    pub fn new(messages: &Messages, lang: &str) -> Marks {
        Marks {
            inserted: message(messages, lang, "diff-inserted", &[]),
            deleted: message(messages, lang, "diff-deleted", &[]),
            end: message(messages, lang, "diff-end", &[]),
        }
    }
}

/// A text diff as HTML: every piece escaped, insertions in `<ins>`, deletions in `<del>`,
/// each carrying hidden words for assistive technology. Line breaks are kept by the
/// page's `white-space: pre-wrap`.
pub fn text_diff_html(diff: &TextDiff, marks: &Marks) -> String {
    let mut html = String::new();
    for segment in &diff.segments {
        let text = escape(&segment.text);
        match segment.kind {
            SegmentKind::Equal => html.push_str(&text),
            SegmentKind::Insert => html.push_str(&format!(
                "<ins><span class=\"visually-hidden\">[{}: </span>{text}<span class=\"visually-hidden\">]{}</span></ins>",
                marks.inserted, marks.end
            )),
            SegmentKind::Delete => html.push_str(&format!(
                "<del><span class=\"visually-hidden\">[{}: </span>{text}<span class=\"visually-hidden\">]{}</span></del>",
                marks.deleted, marks.end
            )),
        }
    }
    html
}

/// A diff of Markdown prose as HTML: both texts rendered (raw HTML sanitized) and compared
/// as documents (see [`structure`]), deletions in `<del>` and insertions in `<ins>`, each
/// carrying hidden words for assistive technology.
pub fn markdown_diff_html(diff: &TextDiff, marks: &Marks) -> String {
    structure::diff_html(
        &markdown::to_html(&diff.old_text()),
        &markdown::to_html(&diff.new_text()),
        marks,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diff::diff_text;

    fn marks() -> Marks {
        Marks {
            inserted: "added".into(),
            deleted: "removed".into(),
            end: "".into(),
        }
    }

    /// The rendered diff without the hidden words, for reading in assertions.
    fn shown(old: &str, new: &str) -> String {
        let html = markdown_diff_html(&diff_text(old, new), &marks());
        html.replace("<span class=\"visually-hidden\">[removed: </span>", "")
            .replace("<span class=\"visually-hidden\">[added: </span>", "")
            .replace("<span class=\"visually-hidden\">]</span>", "")
    }

    #[test]
    fn prose_diffs_render_lists_as_lists() {
        let html = shown("- Name\n- E-mail\n", "- Name\n- Phone\n- Address\n");
        assert!(html.starts_with("<ul>\n<li>Name</li>"), "{html}");
        // An item replaced by an unlike one is one item deleted and another inserted,
        // each a list item of its own.
        assert!(html.contains("<li><del>E-mail</del></li>"), "{html}");
        assert!(html.contains("<li><ins>Phone</ins></li>"), "{html}");
        assert!(html.contains("<li><ins>Address</ins></li>"), "{html}");
        assert!(!html.contains("- "), "no list syntax shows: {html}");
    }

    #[test]
    fn changes_inside_emphasis_and_across_paragraphs_nest() {
        let html = shown("We **never** sell data.", "We **rarely** sell data.");
        assert_eq!(
            html,
            "<p>We <strong><del>never</del><ins>rarely</ins></strong> sell data.</p>\n"
        );
        let html = shown("One.\n\nTwo.\n", "One.\n\nTwo.\n\nThree.\n");
        assert!(html.contains("<p><ins>Three.</ins></p>"), "{html}");
        assert!(!html.contains("<p></p>"), "{html}");
        // A heading that goes is marked inside the heading.
        let html = shown("Intro.\n\n## Partners\n", "Intro.\n");
        assert!(html.contains("<h3><del>Partners</del></h3>"), "{html}");
    }

    #[test]
    fn a_changed_link_points_where_the_new_text_does() {
        let html = shown(
            "Complain to [IMY](https://imy.se/old).",
            "Complain to [IMY](https://imy.se/new).",
        );
        assert!(
            html.contains("<del><a href=\"https://imy.se/old\">IMY</a></del><ins><a href=\"https://imy.se/new\">IMY</a></ins>"),
            "{html}"
        );
        // Taking a deleted piece out of an address cannot make a script address.
        let html = shown("[x](javascript/:alert(1))", "[x](javascript:alert(1))");
        assert!(!html.to_lowercase().contains("javascript:"), "{html}");
        let html = shown("<b>old</b>", "<script>alert(1)</script>");
        assert!(!html.contains("<script"), "{html}");
    }

    #[test]
    fn changes_in_html_tables_are_marked_word_by_word_in_their_cells() {
        let old = "<table>\n<tr><th>Partner</th><th>Country</th></tr>\n<tr><td>Mailgun</td><td>United States</td></tr>\n</table>\n";
        let new = "<table>\n<tr><th>Partner</th><th>Country</th></tr>\n<tr><td>Postmark</td><td>United States</td></tr>\n<tr><td>Slack</td><td>Ireland</td></tr>\n</table>\n";
        let html = shown(old, new);
        assert!(
            html.contains("<td><del>Mailgun</del><ins>Postmark</ins></td><td>United States</td>"),
            "{html}"
        );
        assert!(
            html.contains("<td><ins>Slack</ins></td><td><ins>Ireland</ins></td>"),
            "{html}"
        );
        assert!(!html.contains("&lt;"), "no tag shows as text: {html}");
        for wrong in [
            "<table><ins",
            "<tr><ins",
            "</ins></tr>",
            "</ins><tr",
            "<tbody><ins",
        ] {
            assert!(!html.contains(wrong), "{wrong}: {html}");
        }
    }

    #[test]
    fn a_changed_autolink_is_one_link_deleted_and_one_inserted() {
        let html = shown(
            "See:\n\n<https://imy.se/a>\n",
            "See:\n\n<https://imy.se/b>\n",
        );
        // A link whose target changed is the old link deleted and the new one inserted,
        // each whole and each going where its revision's went.
        assert!(
            html.contains(
                "<p><del><a href=\"https://imy.se/a\">https://imy.se/a</a></del><ins><a href=\"https://imy.se/b\">https://imy.se/b</a></ins></p>"
            ),
            "{html}"
        );
    }

    #[test]
    fn white_space_changes_alone_are_not_marked() {
        let html = shown("One line\nand the next.", "One line and the next.");
        assert!(!html.contains("<del>") && !html.contains("<ins>"), "{html}");
    }

    #[test]
    fn changed_words_are_marked_and_everything_is_escaped() {
        let html = text_diff_html(
            &diff_text("We use <b>Mailgun</b>.", "We use <b>Postmark</b>."),
            &marks(),
        );
        assert!(html.starts_with("We use &lt;b&gt;"), "{html}");
        assert!(
            html.contains("<del><span class=\"visually-hidden\">[removed: </span>Mailgun"),
            "{html}"
        );
        assert!(
            html.contains("<ins><span class=\"visually-hidden\">[added: </span>Postmark"),
            "{html}"
        );
        assert!(!html.contains("<b>"), "{html}");
    }
}
