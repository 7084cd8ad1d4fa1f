//! Minifying a page leaves the text a reader reads as it was, for every named character
//! reference of HTML. The minifier looks each `&` up in a trie of those names: to decode a
//! reference in a template, and to decide whether a literal `&` in the text must stay
//! escaped because a name follows it (`AT&notin;` is read as `AT∉` when written bare).
//! A name missing from the trie, or a prefix matched wrongly, changes the words of a
//! policy. The names are WHATWG's list as the minifier's crate ships it; html5ever
//! (through scraper) reads the pages, as a browser would.

use scraper::{Html, Selector};

use crate::prelude::*;

/// Every name of WHATWG's list, with its `&` and, where the list has it, its `;`: both
/// `&not;` and the legacy `&not`.
fn names() -> Vec<String> {
    let path = repo().join("vendor/minify-html-common/entities.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
    let list: serde_json::Map<String, serde_json::Value> = serde_json::from_str(&text).unwrap();
    let mut names: Vec<String> = list.keys().cloned().collect();
    names.sort();
    assert!(names.len() > 2000, "{} names", names.len());
    assert!(names.iter().all(|n| n.starts_with('&')));
    names
}

/// Each name as written, followed by a letter (which a legacy name without `;` does not
/// end at: `&notx` is read as `¬x` in text), and where it has no `;`, with one.
fn variants(name: &str) -> Vec<String> {
    let mut all = vec![name.to_string(), format!("{name}x")];
    if !name.ends_with(';') {
        all.push(format!("{name};"));
    }
    all
}

/// The text of each `p` under `scope` in `html`, read as a browser reads it and shows it:
/// each run of HTML's white space (`&NewLine;`, `&Tab;`) shown as one space, and none at
/// the ends of the paragraph, as the minifier may write it.
fn paragraphs(html: &str, scope: &str) -> Vec<String> {
    let doc = Html::parse_document(html);
    let found: Vec<String> = doc
        .select(&Selector::parse(&format!("{scope} p")).unwrap())
        .map(|p| {
            let text: String = p.text().collect();
            let words: Vec<&str> = text
                .split(['\t', '\n', '\u{c}', '\r', ' '])
                .filter(|w| !w.is_empty())
                .collect();
            words.join(" ")
        })
        .collect();
    assert!(!found.is_empty(), "no {scope} p in {html}");
    found
}

/// A literal `&` before every name, in prose written as HTML (which privsite sanitises
/// and then minifies): the page shows the `&` and the name, not the character.
#[test]
fn a_literal_ampersand_before_any_entity_name_stays_literal() {
    let f = Fixture::copy("basic");
    f.replace("site.toml", "minify = false", "minify = true");
    let mut body = String::new();
    let mut expected = Vec::new();
    for (i, text) in names().iter().flat_map(|n| variants(n)).enumerate() {
        let rest = &text[1..];
        body.push_str(&format!("<p>e{i} AT&amp;{rest}</p>\n"));
        expected.push(format!("e{i} AT&{rest}"));
    }
    f.write(
        "content/beta/fi/2021-03-15.toml",
        format!(
            "title = \"Tietosuojaseloste\"\n\n[[sections]]\nid = \"rights\"\n\
             title = \"Oikeutesi\"\nbody = \"\"\"\n{body}\"\"\"\n"
        ),
    );
    let built = f.built();
    let shown = paragraphs(page(&built, "beta/fi/index.html"), "section#rights");
    assert_eq!(shown.len(), expected.len());
    for (shown, expected) in shown.iter().zip(&expected) {
        assert_eq!(shown, expected);
    }
}

/// Every name written as a reference in a site's own template, which privsite minifies
/// page by page: the page reads as the template does.
#[test]
fn every_entity_in_a_template_reads_the_same_after_minifying() {
    let f = Fixture::copy("basic");
    f.replace("site.toml", "minify = false", "minify = true");
    let mut refs = String::new();
    for (i, text) in names().iter().flat_map(|n| variants(n)).enumerate() {
        refs.push_str(&format!("<p>e{i} {text}</p>\n"));
    }
    let template = std::fs::read_to_string(repo().join("themes/default/templates/404.html"))
        .unwrap()
        .replace(
            "{% endfor %}",
            &format!("{{% endfor %}}\n<div id=\"refs\">\n{refs}</div>"),
        );
    assert!(template.contains("id=\"refs\""));
    f.write("templates/404.html", template);
    let built = f.built();
    let page = page(&built, "404.html");
    let expected = paragraphs(
        &format!("<!doctype html><title>t</title><div id=\"refs\">\n{refs}</div>"),
        "div#refs",
    );
    let shown = paragraphs(page, "div#refs");
    assert_eq!(shown.len(), expected.len());
    for (shown, expected) in shown.iter().zip(&expected) {
        assert_eq!(shown, expected);
    }
    // The minifier decoded the references: the page is not the template copied.
    assert!(!page.contains("&NotNestedGreaterGreater;"), "{page}");
    assert!(page.contains("e1 \u{c6}"), "{page}");
}
