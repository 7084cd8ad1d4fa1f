//! An HTML page saved from a website: its main content (`<main>`, `<article>`, else
//! `<body>`, without navigation, scripts and forms) as headings, prose and tables. Prose
//! keeps its structure as HTML, which the site's sanitizer passes; paragraphs and lists
//! of plain text become Markdown.

use scraper::{ElementRef, Html, Node, Selector};

use super::{Document, Part, Table};

/// Elements whose content is not the policy.
const SKIPPED: &[&str] = &[
    "script", "style", "nav", "header", "footer", "form", "noscript", "template", "iframe", "svg",
    "button", "aside", "object", "embed", "head",
];

pub fn read(text: &str) -> Document {
    let page = Html::parse_document(text);
    let mut doc = Document {
        title: page
            .select(&selector("title"))
            .next()
            .map(|t| plain(&t))
            .filter(|t| !t.is_empty()),
        ..Default::default()
    };
    let root = ["main", "article", "[role=main]", "body"]
        .iter()
        .find_map(|s| page.select(&selector(s)).next())
        .unwrap_or_else(|| page.root_element());
    let mut walker = Walker {
        source: text,
        doc: &mut doc,
        prose: String::new(),
    };
    walker.children(root);
    walker.flush();
    doc
}

/// The tables of an HTML fragment whose first line is `start_line` of `source`.
pub fn tables(fragment: &str, source: &str, start_line: usize) -> Vec<Table> {
    let html = Html::parse_fragment(fragment);
    html.select(&selector("table"))
        .map(|t| table(t, source, start_line))
        .collect()
}

fn selector(s: &str) -> Selector {
    Selector::parse(s).expect("a valid selector")
}

struct Walker<'a> {
    source: &'a str,
    doc: &'a mut Document,
    prose: String,
}

impl Walker<'_> {
    fn flush(&mut self) {
        let text = self.prose.trim();
        if !text.is_empty() {
            self.doc.parts.push(Part::Prose(text.to_string()));
        }
        self.prose.clear();
    }

    fn children(&mut self, element: ElementRef) {
        for child in element.children() {
            match child.value() {
                Node::Element(_) => {
                    if let Some(e) = ElementRef::wrap(child) {
                        self.element(e);
                    }
                }
                Node::Text(t) => {
                    let t = t.trim();
                    if !t.is_empty() {
                        self.prose.push_str(&escape_markdown(t));
                        self.prose.push_str("\n\n");
                    }
                }
                _ => {}
            }
        }
    }

    fn element(&mut self, e: ElementRef) {
        let name = e.value().name();
        if SKIPPED.contains(&name) {
            return;
        }
        match name {
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                self.flush();
                let text = plain(&e);
                if text.is_empty() {
                    return;
                }
                // An id on the heading or on an anchor inside it.
                let id = e.value().id().map(String::from).or_else(|| {
                    e.select(&selector("[id], a[name]"))
                        .next()
                        .and_then(|a| a.value().id().or_else(|| a.value().attr("name")))
                        .map(String::from)
                });
                self.doc.parts.push(Part::Heading {
                    level: name[1..].parse().unwrap_or(2),
                    line: line_of(self.source, &text),
                    text,
                    id,
                });
            }
            "table" => {
                self.flush();
                let mut t = table(e, self.source, 1);
                t.markdown = e.html();
                self.doc.parts.push(Part::Table(t));
            }
            "div" | "section" | "article" | "main" | "span" | "center" | "font" => self.children(e),
            "p" if is_plain_inline(&e) => {
                let text = inline_markdown(&e);
                if !text.trim().is_empty() {
                    self.prose.push_str(text.trim());
                    self.prose.push_str("\n\n");
                }
            }
            "ul" | "ol" if e.child_elements().all(|li| is_plain_inline(&li)) => {
                for (i, li) in e.child_elements().enumerate() {
                    let bullet = if name == "ol" {
                        format!("{}. ", i + 1)
                    } else {
                        "- ".to_string()
                    };
                    self.prose.push_str(&bullet);
                    self.prose.push_str(inline_markdown(&li).trim());
                    self.prose.push('\n');
                }
                self.prose.push('\n');
            }
            _ => {
                // Other structure stays HTML, for the sanitizer to keep what is safe.
                self.prose.push_str(&e.html());
                self.prose.push_str("\n\n");
            }
        }
    }
}

/// Whether an element holds only text, links, emphasis and line breaks.
fn is_plain_inline(e: &ElementRef) -> bool {
    e.descendants().all(|n| match n.value() {
        Node::Element(el) => {
            n.id() == e.id()
                || matches!(
                    el.name(),
                    "a" | "strong" | "b" | "em" | "i" | "br" | "span" | "li"
                ) && (el.name() != "a" || el.id().is_none() && el.attr("name").is_none())
        }
        _ => true,
    })
}

/// The Markdown of an element of plain inline content.
fn inline_markdown(e: &ElementRef) -> String {
    let mut out = String::new();
    for child in e.children() {
        match child.value() {
            Node::Text(t) => {
                out.push_str(&escape_markdown(
                    &t.split_whitespace().collect::<Vec<_>>().join(" "),
                ));
                if t.ends_with(char::is_whitespace) && !t.trim().is_empty() {
                    out.push(' ');
                }
                if t.starts_with(char::is_whitespace) && t.trim().is_empty() {
                    out.push(' ');
                }
            }
            Node::Element(el) => {
                let Some(c) = ElementRef::wrap(child) else {
                    continue;
                };
                let inner = inline_markdown(&c);
                match el.name() {
                    "br" => out.push_str("\\\n"),
                    "strong" | "b" if !inner.trim().is_empty() => {
                        out.push_str(&format!("**{}**", inner.trim()))
                    }
                    "em" | "i" if !inner.trim().is_empty() => {
                        out.push_str(&format!("*{}*", inner.trim()))
                    }
                    "a" => match el.attr("href") {
                        Some(href) if !href.is_empty() => out.push_str(&format!(
                            "[{}](<{}>)",
                            inner.trim(),
                            href.replace('>', "%3E")
                        )),
                        _ => out.push_str(&inner),
                    },
                    _ => out.push_str(&inner),
                }
            }
            _ => {}
        }
    }
    out
}

/// Characters that would start Markdown syntax in text taken from HTML.
fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// An element's text, white space collapsed.
pub fn plain(e: &ElementRef) -> String {
    e.text()
        .collect::<Vec<_>>()
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The line of `source` (from `start_line`) where `text` first shows, or its first words.
fn line_of(source: &str, text: &str) -> usize {
    let probe: String = text
        .split_whitespace()
        .take(3)
        .collect::<Vec<_>>()
        .join(" ");
    let at = source
        .find(text)
        .or_else(|| source.find(&probe))
        .or_else(|| text.split_whitespace().next().and_then(|w| source.find(w)));
    at.map_or(1, |i| source[..i].matches('\n').count() + 1)
}

fn table(e: ElementRef, source: &str, start_line: usize) -> Table {
    let row_sel = selector("tr");
    let mut header = Vec::new();
    let mut rows = Vec::new();
    let mut row_lines = Vec::new();
    for tr in e.select(&row_sel) {
        let cells: Vec<ElementRef> = tr
            .child_elements()
            .filter(|c| matches!(c.value().name(), "td" | "th"))
            .collect();
        let texts: Vec<String> = cells.iter().map(plain).collect();
        let all_th = cells.iter().all(|c| c.value().name() == "th");
        let in_head = tr
            .parent()
            .and_then(ElementRef::wrap)
            .is_some_and(|p| p.value().name() == "thead");
        if header.is_empty() && rows.is_empty() && (all_th || in_head) {
            header = texts;
        } else if texts.iter().any(|t| !t.is_empty()) {
            let probe = texts
                .iter()
                .find(|t| !t.is_empty())
                .cloned()
                .unwrap_or_default();
            row_lines.push(start_line - 1 + line_of(source, &probe));
            rows.push(texts);
        }
    }
    if header.is_empty() && !rows.is_empty() {
        header = rows.remove(0);
        row_lines.remove(0);
    }
    Table {
        header,
        rows,
        row_lines,
        line: start_line - 1 + line_of(source, "<table"),
        markdown: String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_saved_page() {
        let doc = read(
            "<!DOCTYPE html><html><head><title>Privacy</title><script>x()</script></head><body>\
             <nav>Home</nav><main><h1>Privacy policy</h1><p>We <b>care</b>. <a href=\"#rights\">Rights</a></p>\
             <h2 id=\"rights\">Your rights</h2><ul><li>Access</li><li>Erasure</li></ul>\
             <table><tr><th>Sub-processor</th><th>Location</th></tr><tr><td> Stripe\n Inc </td><td>USA</td></tr></table>\
             </main><footer>©</footer></body></html>",
        );
        assert_eq!(doc.title.as_deref(), Some("Privacy"));
        let kinds: Vec<String> = doc
            .parts
            .iter()
            .map(|p| match p {
                Part::Heading { text, id, .. } => {
                    format!("h:{text}:{}", id.clone().unwrap_or_default())
                }
                Part::Prose(t) => format!("p:{t}"),
                Part::Table(t) => format!("t:{:?}", t.rows),
            })
            .collect();
        assert_eq!(
            kinds,
            [
                "h:Privacy policy:",
                "p:We **care**. [Rights](<#rights>)",
                "h:Your rights:rights",
                "p:- Access\n- Erasure",
                "t:[[\"Stripe Inc\", \"USA\"]]",
            ]
        );
    }
}
