//! Tests of prose diffed as documents.

use super::*;
use crate::text::markdown::to_html;

fn marks() -> Marks {
    Marks {
        inserted: "added".into(),
        deleted: "removed".into(),
        end: "".into(),
    }
}

/// The diff of two Markdown texts as HTML, without its hidden words.
fn shown(old: &str, new: &str) -> String {
    let html = diff_html(&to_html(old), &to_html(new), &marks());
    html.replace("<span class=\"visually-hidden\">[removed: </span>", "")
        .replace("<span class=\"visually-hidden\">[added: </span>", "")
        .replace("<span class=\"visually-hidden\">]</span>", "")
}

const OLD: &str = "We use [Google reCAPTCHA](https://developers.google.com/recaptcha) against bots, and **Mailchimp** for newsletters.
Contact <privacy@acme.example> with questions. See [our rights section](#rights).

| Provider | Purpose | Location |
|---|---|---|
| Stripe | Payments | United States |
| Zendesk | Support | Ireland |

### Marketing partners

* Meta, advertising
* LinkedIn, recruiting
";

const NEW: &str =
    "We use [hCaptcha](https://hcaptcha.com/privacy) against bots, and __Brevo__ for newsletters.
Contact <dpo@acme.example> with questions. See [our rights section](#rights).

| Provider | Purpose | Location |
|---|---|---|
| Stripe | Payments and fraud checks | United States |
| Freshdesk | Support | India |
| Adyen | Payments | Netherlands |

#### Advertising partners

* Meta, advertising
* TikTok, advertising
";

#[test]
fn links_are_deleted_and_inserted_whole_and_each_works() {
    let html = shown(OLD, NEW);
    assert!(
        html.contains("<del><a href=\"https://developers.google.com/recaptcha\">Google reCAPTCHA</a></del><ins><a href=\"https://hcaptcha.com/privacy\">hCaptcha</a></ins>"),
        "{html}"
    );
    assert!(
        html.contains("<del><a href=\"mailto:privacy@acme.example\">privacy@acme.example</a></del><ins><a href=\"mailto:dpo@acme.example\">dpo@acme.example</a></ins>"),
        "{html}"
    );
    assert!(
        html.contains("<strong><del>Mailchimp</del><ins>Brevo</ins></strong>"),
        "{html}"
    );
    assert!(
        html.contains("<a href=\"#rights\">our rights section</a>"),
        "{html}"
    );
    for syntax in ["](", "**", "__", "|---", "###", "&lt;"] {
        assert!(!html.contains(syntax), "{syntax}: {html}");
    }
}

#[test]
fn tables_keep_their_rows_and_cells() {
    let html = shown(OLD, NEW);
    assert!(
        html.contains("<tr><td>Stripe</td><td>Payments<ins> and fraud checks</ins></td><td>United States</td></tr>"),
        "{html}"
    );
    assert!(
        html.contains("<tr><td><del>Zendesk</del><ins>Freshdesk</ins></td><td>Support</td><td><del>Ireland</del><ins>India</ins></td></tr>"),
        "{html}"
    );
    assert!(
        html.contains("<tr><td><ins>Adyen</ins></td><td><ins>Payments</ins></td><td><ins>Netherlands</ins></td></tr>"),
        "{html}"
    );
    // A table added whole is a table, its rows marked.
    let html = shown("Intro.\n", "Intro.\n\n| a | b |\n|---|---|\n| c | d |\n");
    assert!(
        html.contains("<table>\n<thead>\n<tr><th><ins>a</ins></th><th><ins>b</ins></th></tr>"),
        "{html}"
    );
    assert!(
        html.contains("<tr><td><ins>c</ins></td><td><ins>d</ins></td></tr>"),
        "{html}"
    );
}

#[test]
fn a_heading_stays_a_heading_at_its_new_level() {
    let html = shown(OLD, NEW);
    assert!(
        html.contains("<h4 id=\"advertising-partners\"><del>Marketing</del><ins>Advertising</ins> partners <a class=\"anchor\" href=\"#advertising-partners\">#</a></h4>"),
        "{html}"
    );
    assert!(html.contains("<li>Meta, advertising</li>"), "{html}");
    assert!(!html.contains("# "), "{html}");
}

#[test]
fn every_mark_carries_its_own_hidden_words() {
    let html = diff_html(&to_html(OLD), &to_html(NEW), &marks());
    let opened = html
        .matches("<del><span class=\"visually-hidden\">[removed: </span>")
        .count()
        + html
            .matches("<ins><span class=\"visually-hidden\">[added: </span>")
            .count();
    let closed = html
        .matches("<span class=\"visually-hidden\">]</span></del>")
        .count()
        + html
            .matches("<span class=\"visually-hidden\">]</span></ins>")
            .count();
    assert_eq!(
        html.matches("<del>").count() + html.matches("<ins>").count(),
        opened
    );
    assert_eq!(opened, closed, "{html}");
}

#[test]
fn a_new_line_at_the_top_leaves_the_rest_unmarked() {
    let body: String = (0..200)
        .map(|i| format!("Paragraph {i} says what we do with data of kind {i}.\n\n"))
        .collect();
    let html = shown(&body, &format!("# Privacy policy\n\n{body}"));
    assert_eq!(html.matches("<ins>").count(), 1, "{html}");
    assert!(!html.contains("<del>"), "{html}");
}

#[test]
fn emphasis_alone_is_no_change() {
    let diff = DocDiff::new(&to_html("We **never** sell."), &to_html("We _never_ sell."));
    assert!(diff.is_unchanged());
    let diff = DocDiff::new(
        &to_html("One line\nand the next."),
        &to_html("One line and the next."),
    );
    assert!(diff.is_unchanged());
}

#[test]
fn raw_html_tables_are_compared_by_rows_in_linear_time() {
    let rows = |n: usize, changed: usize| -> String {
        let mut t = String::from("<table>\n");
        for i in 0..n {
            let name = if i == changed { "Changed" } else { "Vendor" };
            t.push_str(&format!(
                "<tr><td>{name} {i}</td><td>Country {i}</td></tr>\n"
            ));
        }
        t.push_str("</table>\n");
        t
    };
    let (old, new) = (to_html(&rows(5000, usize::MAX)), to_html(&rows(5000, 2500)));
    let start = std::time::Instant::now();
    let diff = DocDiff::new(&old, &new);
    let html = diff
        .to_html(&Marks {
            inserted: String::new(),
            deleted: String::new(),
            end: String::new(),
        })
        .replace("<span class=\"visually-hidden\">[: </span>", "")
        .replace("<span class=\"visually-hidden\">]</span>", "");
    assert!(start.elapsed() < std::time::Duration::from_secs(5));
    assert_eq!(html.matches("<ins>").count(), 1);
    let at = html.find("<ins>").unwrap();
    assert!(
        html.contains("<td><del>Vendor</del><ins>Changed</ins> 2500</td>"),
        "{}",
        &html[at - 100..at + 200]
    );
}

#[test]
fn common_ends_are_cut_between_characters() {
    // 两 and 三 share their first byte.
    let html = shown("数据两年。\n\n同。", "数据三年。\n\n同。");
    assert!(html.contains("<del>两</del><ins>三</ins>"), "{html}");
}

#[test]
fn swedish_splits_where_english_does() {
    // "t.ex." (for example) is kept as it stood: only the sentence after it changed, as
    // "e.g." in English. Before, text with a letter outside ASCII went to the Unicode
    // word tables, which join "t.ex" into one word and split the mark differently.
    for (old, new, kept) in [
        (
            "Uppgifter om kunden, t.ex. namn och adress.",
            "Uppgifter om kunden, t.ex. e-post och ärende.",
            "Uppgifter om kunden, t.ex. ",
        ),
        (
            "Data about the customer, e.g. name and address.",
            "Data about the customer, e.g. email and case.",
            "Data about the customer, e.g. ",
        ),
    ] {
        let html = shown(old, new);
        assert!(html.starts_with(&format!("<p>{kept}<del>")), "{html}");
    }
    // A combining accent still goes to the Unicode tables, which keep it on its letter.
    let html = shown("Cafe\u{301} ouvert.", "Cafe\u{301} ferme\u{301}.");
    assert!(html.starts_with("<p>Cafe\u{301} <del>"), "{html}");
}

#[test]
fn blocks_both_texts_share_drop_the_old_change_marks_as_compared_blocks_do() {
    // U+E002 once marked the end of a change; a source holding it shows no such mark
    // where its block is copied whole (unchanged at the start or the end) either.
    let html = diff_html(
        &to_html("\u{E002}Kept.\n\nOld.\n\nKept\u{E000} too."),
        &to_html("\u{E002}Kept.\n\nNew.\n\nKept\u{E000} too."),
        &marks(),
    );
    assert!(!html.contains(crate::text::markdown::is_marker), "{html}");
    assert!(html.starts_with("<p>Kept.</p>"), "{html}");
    assert!(html.contains("<p>Kept too.</p>"), "{html}");
}

#[test]
fn typographic_variants_are_not_changed_words_and_other_letters_are() {
    // Curly quotes, dashes, an ellipsis, guillemets and a soft hyphen against their plain
    // forms: the same words.
    let html = shown(
        "It's \"fine\" - or so... \"they\" say, con\u{ad}sent.",
        "It\u{2019}s \u{201c}fine\u{201d} \u{2013} or so\u{2026} \u{ab}they\u{bb} say, consent.",
    );
    assert!(!html.contains("<del>") && !html.contains("<ins>"), "{html}");
    // Words in other scripts are compared as they are.
    let html = shown("Käyttö för data.", "Käyttö för dáta.");
    assert!(html.contains("<del>data</del>"), "{html}");
    assert!(html.contains("<ins>dáta</ins>"), "{html}");
    assert!(!html.contains("<del>Käyttö"), "{html}");
}
