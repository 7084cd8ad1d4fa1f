//! Diff pages a reader can trust: prose compared as documents, never as their Markdown.
//! The diff without its deletions reads as the new revision, without its insertions as
//! the old one; its links are the revisions' links; no Markdown syntax shows.

use std::collections::BTreeSet;

use crate::prelude::{Fixture, page};
use privsite::diff::structure::diff_html;
use privsite::diff::told::Marks;
use privsite::text::markdown::to_html;
use proptest::prelude::*;
use scraper::{ElementRef, Html, Node, Selector};

fn marks() -> Marks {
    Marks {
        inserted: "added".into(),
        deleted: "removed".into(),
        end: String::new(),
    }
}

const BLOCKS: &[&str] = &[
    "p",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "table",
    "thead",
    "tbody",
    "tr",
    "td",
    "th",
    "pre",
    "blockquote",
    "div",
    "dl",
    "dt",
    "dd",
    "caption",
    "summary",
    "details",
];

/// The words a reader sees in `html`, without the elements named in `skip`, the hidden
/// words of the marks and the heading anchors; blocks part words.
fn visible_words(html: &str, skip: &[&str]) -> Vec<String> {
    fn walk(e: ElementRef, skip: &[&str], out: &mut String) {
        for child in e.children() {
            match child.value() {
                Node::Text(t) => out.push_str(t),
                Node::Element(el) => {
                    let name = el.name();
                    let hidden = el
                        .classes()
                        .any(|c| c == "visually-hidden" || c == "anchor");
                    if skip.contains(&name) || hidden {
                        continue;
                    }
                    let block = BLOCKS.contains(&name);
                    if block || name == "br" {
                        out.push(' ');
                    }
                    walk(ElementRef::wrap(child).expect("an element"), skip, out);
                    if block {
                        out.push(' ');
                    }
                }
                _ => {}
            }
        }
    }
    let doc = Html::parse_fragment(html);
    let mut text = String::new();
    walk(doc.root_element(), skip, &mut text);
    text.split_whitespace().map(String::from).collect()
}

fn hrefs(html: &str) -> BTreeSet<String> {
    let doc = Html::parse_fragment(html);
    let a = Selector::parse("a[href]").unwrap();
    doc.select(&a)
        .filter_map(|e| e.value().attr("href").map(String::from))
        .collect()
}

/// Checks the invariant of a diff page's prose on two Markdown texts.
fn check(old: &str, new: &str) -> Result<(), TestCaseError> {
    let (old_html, new_html) = (to_html(old), to_html(new));
    let html = diff_html(&old_html, &new_html, &marks());
    prop_assert_eq!(
        visible_words(&html, &["del"]),
        visible_words(&new_html, &[]),
        "without <del>: the new text\n{}",
        html
    );
    prop_assert_eq!(
        visible_words(&html, &["ins"]),
        visible_words(&old_html, &[]),
        "without <ins>: the old text\n{}",
        html
    );
    let known: BTreeSet<String> = hrefs(&old_html).union(&hrefs(&new_html)).cloned().collect();
    for href in hrefs(&html) {
        prop_assert!(
            known.contains(&href),
            "{} is no revision's link\n{}",
            href,
            html
        );
    }
    for word in visible_words(&html, &[]) {
        for syntax in ["**", "](", "|---", "__"] {
            prop_assert!(!word.contains(syntax), "{} shows in\n{}", syntax, html);
        }
        prop_assert!(
            !word.starts_with('#'),
            "a heading marker shows in\n{}",
            html
        );
    }
    Ok(())
}

const WORDS: &[&str] = &[
    "data",
    "we",
    "share",
    "Stripe",
    "India",
    "Ireland",
    "partners",
    "個人情報",
    "を",
    "保護",
    "数据",
    "Åsa",
    "fraud",
    "checks",
];

fn word() -> impl Strategy<Value = String> {
    prop::sample::select(WORDS).prop_map(String::from)
}

fn inline() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => word(),
        1 => (word(), word(), prop::sample::select(&["https://a.example/x", "https://b.example/y", "#rights"][..]))
            .prop_map(|(a, b, u)| format!("[{a} {b}]({u})")),
        1 => word().prop_map(|w| format!("**{w}**")),
        1 => word().prop_map(|w| format!("_{w}_")),
        1 => prop::sample::select(&["<https://a.example/x>", "<privacy@acme.example>", "<dpo@acme.example>"][..])
            .prop_map(String::from),
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(inline(), 1..6).prop_map(|w| w.join(" "))
}

/// One block of a document, kept as parts so that a revision can change it in place.
#[derive(Debug, Clone)]
enum Block {
    Heading(usize, String),
    Paragraph(String),
    /// Items with their depth, 0 or 1.
    List(Vec<(usize, String)>),
    /// Rows of cells; the first is the header.
    Table(Vec<Vec<String>>),
    Html(Vec<Vec<String>>),
}

impl Block {
    fn markdown(&self) -> String {
        match self {
            Block::Heading(level, t) => format!("{} {t}", "#".repeat(*level)),
            Block::Paragraph(t) => t.clone(),
            Block::List(items) => {
                let mut out = String::new();
                for (i, (depth, t)) in items.iter().enumerate() {
                    let depth = if i == 0 { 0 } else { *depth };
                    out.push_str(&format!("{}- {t}\n", "  ".repeat(depth)));
                }
                out
            }
            Block::Table(rows) => {
                let cols = rows[0].len();
                let mut out = String::new();
                for (i, row) in rows.iter().enumerate() {
                    let cells: Vec<&str> = (0..cols)
                        .map(|c| row.get(c).map_or("", String::as_str))
                        .collect();
                    out.push_str(&format!("| {} |\n", cells.join(" | ")));
                    if i == 0 {
                        out.push_str(&format!("|{}\n", "---|".repeat(cols)));
                    }
                }
                out
            }
            Block::Html(rows) => {
                let mut out = String::from("<table>\n");
                for row in rows {
                    out.push_str("<tr>");
                    for c in row {
                        out.push_str(&format!("<td>{c}</td>"));
                    }
                    out.push_str("</tr>\n");
                }
                out.push_str("</table>\n");
                out
            }
        }
    }

    /// The block as a later revision has it: `how` picks the change.
    fn changed(&self, how: usize, with: &str) -> Block {
        let mut b = self.clone();
        match &mut b {
            Block::Heading(level, t) => {
                if how.is_multiple_of(2) {
                    *level = how % 6 + 1;
                } else {
                    *t = format!("{t} {with}");
                }
            }
            Block::Paragraph(t) => *t = with.to_string(),
            Block::List(items) => {
                let i = how % items.len();
                match how % 3 {
                    0 => items[i].1 = with.to_string(),
                    1 if items.len() > 1 => {
                        items.remove(i);
                    }
                    _ => items.insert(i, (how % 2, with.to_string())),
                }
            }
            Block::Table(rows) | Block::Html(rows) => {
                // Raw HTML holds no Markdown: its cells take plain words.
                let plain: Vec<&str> = with
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|w| !w.is_empty() && !w.contains("example"))
                    .collect();
                let with = plain.join(" ");
                let with = with.as_str();
                let cols = rows[0].len();
                let i = 1 + how % rows.len();
                match how % 3 {
                    0 if rows.len() > 1 => {
                        rows.remove(i.min(rows.len() - 1).max(1));
                    }
                    1 => rows.insert(i.min(rows.len()), vec![with.to_string(); cols]),
                    _ => {
                        let r = i.min(rows.len() - 1);
                        rows[r][how % cols] = with.to_string();
                    }
                }
            }
        }
        b
    }
}

fn block() -> impl Strategy<Value = Block> {
    fn cell() -> impl Strategy<Value = String> {
        prop::collection::vec(word(), 1..3).prop_map(|w| w.join(" "))
    }
    let rows = (2usize..4)
        .prop_flat_map(|cols| prop::collection::vec(prop::collection::vec(cell(), cols), 1..5));
    prop_oneof![
        1 => (1usize..7, text()).prop_map(|(l, t)| Block::Heading(l, t)),
        3 => text().prop_map(Block::Paragraph),
        1 => prop::collection::vec((0usize..2, text()), 1..5).prop_map(Block::List),
        1 => rows.clone().prop_map(Block::Table),
        1 => rows.prop_map(Block::Html),
    ]
}

/// Two revisions: the old blocks, each kept, dropped or changed, and new ones put in.
fn pair() -> impl Strategy<Value = (String, String)> {
    (
        prop::collection::vec((block(), 0usize..8, text()), 0..6),
        prop::collection::vec((0usize..8, block()), 0..3),
    )
        .prop_map(|(old, added)| {
            let mut new: Vec<Block> = Vec::new();
            for (b, how, with) in &old {
                match how {
                    0..=2 => new.push(b.clone()),
                    3 => {}
                    _ => new.push(b.changed(*how, with)),
                }
            }
            for (at, b) in added {
                new.insert(at.min(new.len()), b);
            }
            let join = |blocks: Vec<String>| blocks.join("\n\n");
            (
                join(old.iter().map(|(b, _, _)| b.markdown()).collect()),
                join(new.iter().map(Block::markdown).collect()),
            )
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..crate::prelude::proptest_config() })]
    /// The diff without its deletions is the new revision word for word, without its
    /// insertions the old one; its links are theirs; no Markdown syntax shows.
    #[test]
    fn a_diff_reads_as_either_revision((old, new) in pair()) {
        check(&old, &new)?;
    }
}

const OLD_RECIPIENTS: &str = r#"We use [Google reCAPTCHA](https://developers.google.com/recaptcha) against bots, and **Mailchimp** for newsletters.
Contact <privacy@acme.example> with questions. See [our rights section](#rights).

| Provider | Purpose | Location |
|---|---|---|
| Stripe | Payments | United States |
| Zendesk | Support | Ireland |

### Marketing partners

* Meta, advertising
* LinkedIn, recruiting
"#;

const NEW_RECIPIENTS: &str = r#"We use [hCaptcha](https://hcaptcha.com/privacy) against bots, and __Brevo__ for newsletters.
Contact <dpo@acme.example> with questions. See [our rights section](#rights).

| Provider | Purpose | Location |
|---|---|---|
| Stripe | Payments and fraud checks | United States |
| Freshdesk | Support | India |
| Adyen | Payments | Netherlands |

#### Advertising partners

* Meta, advertising
* TikTok, advertising
"#;

fn revision(recipients: &str) -> String {
    format!(
        "title = \"Privacy policy\"\n\n[[sections]]\nid = \"recipients\"\ntitle = \"Who receives your data\"\nbody = '''\n{recipients}'''\n\n[[sections]]\nid = \"rights\"\ntitle = \"Your rights\"\nbody = \"You may ask for a copy of your data.\"\n"
    )
}

/// The issue's fixture: one company, two revisions of one section full of links, a
/// table, a heading and a list, built and read back as a reader sees the diff page.
fn reproduce() -> (Fixture, privsite::Built) {
    let site = Fixture::copy("basic");
    site.remove("content/acme/en");
    site.remove("content/acme/sv");
    site.remove("content/beta");
    site.write("content/acme/en/2025-01-01.toml", revision(OLD_RECIPIENTS));
    site.write("content/acme/en/2025-06-01.toml", revision(NEW_RECIPIENTS));
    let built = site
        .build_with(&privsite::BuildOptions {
            date: Some(jiff::civil::date(2025, 7, 1)),
            ..Default::default()
        })
        .unwrap_or_else(|d| panic!("build failed:\n{d}"));
    (site, built)
}

#[test]
fn the_reproduced_diff_page_shows_the_document_not_its_markup() {
    let (_site, built) = reproduce();
    let html = page(&built, "acme/en/2025-06-01/diff/index.html");
    let doc = Html::parse_document(html);
    let section = doc
        .select(&Selector::parse("section#recipients .diff-prose").unwrap())
        .next()
        .expect("the recipients section is shown changed");
    let prose = section.inner_html();
    // As a reader sees it: the new text without deletions, the old without insertions.
    let (old_html, new_html) = (to_html(OLD_RECIPIENTS), to_html(NEW_RECIPIENTS));
    assert_eq!(
        visible_words(&prose, &["del"]),
        visible_words(&new_html, &[])
    );
    assert_eq!(
        visible_words(&prose, &["ins"]),
        visible_words(&old_html, &[])
    );
    let text = visible_words(&prose, &[]).join(" ");
    for syntax in ["](", "**", "__", "|---", "###", "<privacy", "privacydpo"] {
        assert!(!text.contains(syntax), "{syntax} in {text}");
    }
    // Both links work, each in its mark.
    let link = |css: &str| {
        section
            .select(&Selector::parse(css).unwrap())
            .map(|a| a.value().attr("href").unwrap().to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        link("del a"),
        [
            "https://developers.google.com/recaptcha",
            "mailto:privacy@acme.example"
        ]
    );
    assert_eq!(
        link("ins a"),
        ["https://hcaptcha.com/privacy", "mailto:dpo@acme.example"]
    );
    // The heading stays a heading, at its new level.
    let h4 = section
        .select(&Selector::parse("h4").unwrap())
        .next()
        .expect("a heading");
    assert_eq!(
        visible_words(&h4.html(), &["del"]).join(" "),
        "Advertising partners"
    );
    // The added row keeps its columns; the changed cells are marked inside the cells.
    let rows: Vec<Vec<String>> = section
        .select(&Selector::parse("tbody tr").unwrap())
        .map(|tr| {
            tr.select(&Selector::parse("td").unwrap())
                .map(|td| visible_words(&td.html(), &["del"]).join(" "))
                .collect()
        })
        .collect();
    assert_eq!(
        rows,
        [
            ["Stripe", "Payments and fraud checks", "United States"],
            ["Freshdesk", "Support", "India"],
            ["Adyen", "Payments", "Netherlands"],
        ]
    );
    // Support data moving to India and a new processor row: a material change.
    assert!(html.contains("Material change"), "{html}");
    assert!(!html.contains("Editorial change"), "{html}");
    // Every mark has both its hidden words.
    for mark in ["del", "ins"] {
        for e in section.select(&Selector::parse(mark).unwrap()) {
            let hidden: Vec<String> = e
                .select(&Selector::parse(".visually-hidden").unwrap())
                .map(|h| h.text().collect())
                .collect();
            assert_eq!(hidden.len(), 2, "{}", e.html());
            assert!(
                hidden[0].starts_with('[') && hidden[1].starts_with(']'),
                "{hidden:?}"
            );
        }
    }
}

#[test]
fn the_diff_command_prints_the_same_block_diff_without_markup() {
    let (site, _built) = reproduce();
    let out = assert_cmd::Command::cargo_bin("privsite")
        .unwrap()
        .arg("-C")
        .arg(site.root())
        .args(["diff", "acme", "en", "--date", "2025-07-01"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    for line in [
        "We use [-Google reCAPTCHA-]{+hCaptcha+} against bots, and [-Mailchimp-]{+Brevo+} for newsletters.",
        "Contact [-privacy@acme.example-]{+dpo@acme.example+} with questions. See our rights section.",
        "Stripe │ Payments{+ and fraud checks+} │ United States",
        "[-Zendesk-]{+Freshdesk+} │ Support │ [-Ireland-]{+India+}",
        "{+Adyen+} │ {+Payments+} │ {+Netherlands+}",
        "[-Marketing-]{+Advertising+} partners",
        "• Meta, advertising",
    ] {
        assert!(text.contains(&format!("{line}\n")), "{line}\n{text}");
    }
    for syntax in ["](", "**", "__", "|---", "###", "<privacy", "* "] {
        assert!(!text.contains(syntax), "{syntax}: {text}");
    }
}

/// A revision of `sections`, each `(id, title, body)`.
fn sections_revision(sections: &[(&str, &str, &str)]) -> String {
    let mut out = String::from("title = \"Privacy policy\"\n");
    for (id, title, body) in sections {
        out.push_str(&format!(
            "\n[[sections]]\nid = \"{id}\"\ntitle = \"{title}\"\nbody = '''\n{body}'''\n"
        ));
    }
    out
}

/// A site of acme's English policy in two revisions, built on 2025-07-01.
fn two_revisions(old: &[(&str, &str, &str)], new: &[(&str, &str, &str)]) -> privsite::Built {
    let site = Fixture::copy("basic");
    site.remove("content/acme/en");
    site.remove("content/acme/sv");
    site.remove("content/beta");
    site.write("content/acme/en/2025-01-01.toml", sections_revision(old));
    site.write("content/acme/en/2025-06-01.toml", sections_revision(new));
    site.build_with(&privsite::BuildOptions {
        date: Some(jiff::civil::date(2025, 7, 1)),
        ..Default::default()
    })
    .unwrap_or_else(|d| panic!("build failed:\n{d}"))
}

/// The diff page between two revisions of acme's English policy, built as a site is.
fn restructured(old: &[(&str, &str, &str)], new: &[(&str, &str, &str)]) -> String {
    let built = two_revisions(old, new);
    page(&built, "acme/en/2025-06-01/diff/index.html").to_string()
}

/// What the page shows of the element `css`: its notes, its words as a reader reads
/// them, and the words marked added and removed in it.
struct Shown {
    notes: Vec<String>,
    words: String,
    inserted: String,
    deleted: String,
}

fn shown(html: &str, css: &str) -> Shown {
    let doc = Html::parse_document(html);
    let e = doc
        .select(&Selector::parse(css).unwrap())
        .next()
        .unwrap_or_else(|| panic!("no {css} in\n{html}"));
    let marked = |mark: &str| {
        e.select(&Selector::parse(mark).unwrap())
            .map(|m| visible_words(&m.html(), &[]).join(" "))
            .collect::<Vec<_>>()
            .join(" | ")
    };
    Shown {
        notes: e
            .select(&Selector::parse(".diff-note").unwrap())
            .map(|n| n.text().collect::<String>())
            .collect(),
        words: visible_words(&e.inner_html(), &[]).join(" "),
        inserted: marked("ins"),
        deleted: marked("del"),
    }
}

const P1: &str = "We collect your name and e-mail address when you sign up.";
const P2: &str = "We also receive data from partners who run our payment pages.";
const P3: &str = "Partners send us the amount, the date and the last four digits.";
const P4: &str = "Public registers give us the address of a company you represent.";

#[test]
fn a_split_section_is_told_and_the_text_it_took_is_not_marked() {
    let html = restructured(
        &[
            (
                "data",
                "What we collect",
                &format!("{P1}\n\n{P2}\n\n{P3}\n"),
            ),
            ("rights", "Your rights", "You may ask for a copy.\n"),
        ],
        &[
            ("data", "What we collect", &format!("{P1}\n")),
            (
                "sources",
                "Where data comes from",
                &format!("{P2}\n\n{P3}\n\n{P4}\n"),
            ),
            ("rights", "Your rights", "You may ask for a copy.\n"),
        ],
    );
    let sources = shown(&html, "section#sources");
    assert_eq!(
        sources.notes,
        ["Split off from the section “What we collect”."]
    );
    assert!(sources.words.contains(P2) && sources.words.contains(P3));
    // Only the paragraph that is new is marked, and nothing is marked removed.
    assert_eq!(sources.inserted, format!("Where data comes from | {P4}"));
    assert_eq!(sources.deleted, "");
    let data = shown(&html, "section#data");
    assert_eq!(
        data.notes,
        ["Part of this section is now the section “Where data comes from”."]
    );
    assert!(!data.words.contains("partners"), "{}", data.words);
    assert_eq!((data.inserted.as_str(), data.deleted.as_str()), ("", ""));
}

#[test]
fn two_merged_sections_are_told_and_the_text_that_moved_is_not_marked() {
    let html = restructured(
        &[
            ("cookies", "Cookies", &format!("{P1}\n\n{P2}\n")),
            ("analytics", "Analytics", &format!("{P3}\n\n{P4}\n")),
        ],
        &[(
            "cookies",
            "Cookies and analytics",
            &format!("{P1}\n\n{P2}\n\n{P3}\n\n{P4}\n"),
        )],
    );
    let cookies = shown(&html, "section#cookies");
    assert_eq!(
        cookies.notes,
        ["Now includes the text of the section “Analytics”."]
    );
    for p in [P1, P2, P3, P4] {
        assert!(cookies.words.contains(p), "{p} in {}", cookies.words);
    }
    // The title's new words, and no word of the text.
    assert_eq!(cookies.inserted, "and analytics");
    assert_eq!(cookies.deleted, "");
    let analytics = shown(&html, "section#analytics");
    assert_eq!(
        analytics.notes,
        ["Merged into the section “Cookies and analytics”."]
    );
    assert!(
        !analytics.words.contains("registers"),
        "{}",
        analytics.words
    );
}

#[test]
fn a_moved_section_is_told_and_left_unmarked() {
    let (a, b, c) = (
        ("data", "What we collect", P1),
        ("sources", "Where data comes from", P2),
        ("rights", "Your rights", P3),
    );
    let html = restructured(&[a, b, c], &[c, a, b]);
    let rights = shown(&html, "#rights");
    assert_eq!(rights.notes, ["This section is in a new place."]);
    assert_eq!(
        (rights.inserted.as_str(), rights.deleted.as_str()),
        ("", "")
    );
    for other in ["#data", "#sources"] {
        assert!(shown(&html, other).notes.is_empty(), "{other}");
    }
    // The order is the new revision's.
    let at = |id: &str| html.find(&format!("id=\"{id}\"")).unwrap();
    assert!(at("rights") < at("data") && at("data") < at("sources"));
}

#[test]
fn a_section_under_a_new_heading_level_is_told_either_way() {
    let whole = format!("{P1}\n\n### Cookies we set\n\n{P2}\n\n{P3}\n");
    let (data, cookies) = (("data", "What we collect"), ("cookies", "Cookies we set"));
    let parts = format!("{P2}\n\n{P3}\n");
    let p1 = format!("{P1}\n");

    // A sub-heading made a section: its text is not marked, nor its old heading.
    let html = restructured(
        &[(data.0, data.1, &whole)],
        &[(data.0, data.1, &p1), (cookies.0, cookies.1, &parts)],
    );
    let promoted = shown(&html, "section#cookies");
    assert_eq!(
        promoted.notes,
        ["Formerly a subsection of “What we collect”, now a section of its own."]
    );
    assert_eq!(promoted.inserted, "Cookies we set", "only its title is new");
    assert_eq!(promoted.deleted, "");
    let rest = shown(&html, "section#data");
    assert_eq!((rest.inserted.as_str(), rest.deleted.as_str()), ("", ""));

    // And back: a section made a sub-heading of another.
    let html = restructured(
        &[(data.0, data.1, &p1), (cookies.0, cookies.1, &parts)],
        &[(data.0, data.1, &whole)],
    );
    let demoted = shown(&html, "section#cookies");
    assert_eq!(
        demoted.notes,
        ["Now a subsection of the section “What we collect”."]
    );
    let holder = shown(&html, "section#data");
    assert_eq!(
        holder.notes,
        ["Now includes the text of the section “Cookies we set”."]
    );
    assert!(holder.words.contains("Cookies we set") && holder.words.contains(P3));
    assert_eq!(
        (holder.inserted.as_str(), holder.deleted.as_str()),
        ("", "")
    );
}

#[test]
fn a_new_title_line_above_an_unchanged_document_marks_only_the_title() {
    let body = format!(
        "{P1}\n\n{P2}\n\n| Provider | Country |\n|---|---|\n| Stripe | Ireland |\n\n{P3}\n\n{P4}\n"
    );

    // The title line as a new heading at the top of the same section.
    let titled = format!("## Acme privacy notice\n\n{body}");
    let html = restructured(
        &[("policy", "Privacy policy", &body)],
        &[("policy", "Privacy policy", &titled)],
    );
    let policy = shown(&html, "section#policy");
    assert_eq!(policy.inserted, "Acme privacy notice");
    assert_eq!(policy.deleted, "");

    // The title line as an import reads it: the heading of one section under a new id,
    // holding the same text.
    let html = restructured(
        &[("policy", "Privacy policy", &body)],
        &[("acme-privacy-notice", "Acme privacy notice", &body)],
    );
    assert!(html.contains("one section changed"), "{html}");
    for told in ["section added", "section removed"] {
        assert!(!html.contains(told), "{told}: {html}");
    }
    let notice = shown(&html, "section#acme-privacy-notice");
    assert_eq!(notice.notes, ["Formerly the section “Privacy policy”."]);
    for p in [P1, P2, P3, P4] {
        assert!(notice.words.contains(p), "{p}");
    }
    // The title is marked as the title changed; no word of the text is.
    let prose = shown(&html, "section#acme-privacy-notice .diff-prose");
    assert_eq!((prose.inserted.as_str(), prose.deleted.as_str()), ("", ""));
    assert!(html.contains("Editorial change"), "{html}");
}

/// The page a link on the page at `from` leads to, and its fragment: `None` for a link
/// off the site.
fn resolve(from: &str, href: &str) -> Option<(String, String)> {
    if href.contains(':') {
        return None;
    }
    let (path, fragment) = href.split_once('#').unwrap_or((href, ""));
    let mut parts: Vec<&str> = from.split('/').collect();
    parts.pop();
    if !path.is_empty() {
        for segment in path.split('/') {
            match segment {
                ".." => {
                    parts.pop();
                }
                "." => {}
                s => parts.push(s),
            }
        }
        if path.ends_with('/') {
            parts.pop();
            parts.push("index.html");
        }
    } else {
        parts.push(from.rsplit('/').next().unwrap_or(""));
    }
    Some((parts.join("/"), fragment.to_string()))
}

fn ids(html: &str) -> BTreeSet<String> {
    let doc = Html::parse_document(html);
    doc.select(&Selector::parse("[id]").unwrap())
        .filter_map(|e| e.value().attr("id").map(String::from))
        .collect()
}

/// Every link to a fragment on a diff page leads to what it names: an element the diff
/// page shows, or the revision page that has it when the diff page folds it away.
#[test]
fn every_fragment_on_a_diff_page_resolves() {
    let rights =
        "You may ask for a copy.\n\n### Complaints {#complaints}\n\nWrite to the authority.\n";
    let links =
        "See [your rights](#rights), [how to complain](#complaints) and [our partners](#partners).";
    let built = two_revisions(
        &[
            (
                "recipients",
                "Who receives your data",
                &format!("{links}\n\nWe use Stripe.\n"),
            ),
            ("rights", "Your rights", rights),
        ],
        &[
            (
                "recipients",
                "Who receives your data",
                &format!("{links}\n\nWe use Adyen.\n\n### Partners {{#partners}}\n\nMeta.\n"),
            ),
            ("rights", "Your rights", rights),
        ],
    );
    let at = "acme/en/2025-06-01/diff/index.html";
    let html = page(&built, at);
    let doc = Html::parse_document(html);
    let folded: BTreeSet<String> = doc
        .select(&Selector::parse(".unchanged[id]").unwrap())
        .filter_map(|e| e.value().attr("id").map(String::from))
        .collect();
    assert!(folded.contains("rights"), "the rights section is folded");
    let on_page = ids(html);
    let mut checked = BTreeSet::new();
    for a in doc.select(&Selector::parse("a[href*='#']").unwrap()) {
        let href = a.value().attr("href").unwrap();
        let Some((target, fragment)) = resolve(at, href) else {
            continue;
        };
        if fragment.is_empty() {
            continue;
        }
        if target == at {
            assert!(
                on_page.contains(&fragment),
                "{href}: no such id on the page"
            );
            assert!(
                !folded.contains(&fragment),
                "{href}: folded away on the page"
            );
        } else {
            let there = ids(page(&built, &target));
            assert!(there.contains(&fragment), "{href}: no such id on {target}");
        }
        checked.insert((target, fragment));
    }
    // The folded section and the heading inside it lead to the revision; the heading
    // the diff shows stays on the page.
    let revision = "acme/en/2025-06-01/index.html".to_string();
    for (target, fragment) in [
        (&revision, "rights"),
        (&revision, "complaints"),
        (&at.to_string(), "partners"),
    ] {
        assert!(
            checked.contains(&(target.clone(), fragment.to_string())),
            "{fragment} on {target} among {checked:?}"
        );
    }
}
