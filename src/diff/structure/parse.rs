//! Safe HTML into leaves, in one pass: the HTML is the renderer's or the sanitizer's own,
//! so every tag is well formed, every attribute quoted and all text escaped.

use std::borrow::Cow;

use compact_str::CompactString;
use similar::DiffableStr;

use super::{Cell, Doc, Leaf, LeafKind, Styles, Tag, Token};

/// Elements that hold blocks.
fn is_container(name: &str) -> bool {
    matches!(
        name,
        "ul" | "ol"
            | "li"
            | "blockquote"
            | "div"
            | "dl"
            | "dt"
            | "dd"
            | "details"
            | "table"
            | "thead"
            | "tbody"
            | "tfoot"
    )
}

/// Elements that hold text as one block.
fn is_leaf(name: &str) -> bool {
    matches!(
        name,
        "p" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "pre" | "summary" | "caption"
    )
}

struct Parser<'s> {
    styles: &'s mut Styles,
    keep_ids: bool,
    doc: Doc,
    /// Open containers, as indices into `doc.containers`.
    containers: Vec<usize>,
    leaf: Option<Leaf>,
    /// The leaf element's name, for its end tag; `None` for plain text.
    leaf_name: Option<CompactString>,
    /// Open inline elements.
    inline: Vec<Tag>,
    style: u32,
    /// Inside a heading's anchor link, which is not text.
    in_anchor: bool,
    in_row: bool,
}

/// Reads safe HTML into leaves. The old revision's ids are dropped (`keep_ids` false):
/// only deleted blocks show them, and their ids could repeat the new revision's.
pub(super) fn parse(html: &str, styles: &mut Styles, keep_ids: bool) -> Doc {
    let style = styles.intern(&[]);
    let mut p = Parser {
        styles,
        keep_ids,
        doc: Doc::default(),
        containers: Vec::new(),
        leaf: None,
        leaf_name: None,
        inline: Vec::new(),
        style,
        in_anchor: false,
        in_row: false,
    };
    let mut rest = html;
    while !rest.is_empty() {
        if rest.starts_with('<') {
            let end = tag_end(rest);
            p.tag(&rest[..end]);
            rest = &rest[end..];
        } else {
            let end = memchr::memchr(b'<', rest.as_bytes()).unwrap_or(rest.len());
            p.text(&rest[..end]);
            rest = &rest[end..];
        }
    }
    p.finish_leaf();
    p.doc
}

/// The length of the tag at the start of `html`: up to its `>` outside quotes.
fn tag_end(html: &str) -> usize {
    let mut quote = None;
    for (i, b) in html.bytes().enumerate().skip(1) {
        match (quote, b) {
            (None, b'"' | b'\'') => quote = Some(b),
            (Some(q), b) if b == q => quote = None,
            (None, b'>') => return i + 1,
            _ => {}
        }
    }
    html.len()
}

/// A tag's name (lower case), whether it closes, and its attributes.
fn read_tag(tag: &str) -> (CompactString, bool, Vec<(String, String)>) {
    let inner = tag.trim_start_matches('<').trim_end_matches('>');
    let inner = inner.strip_suffix('/').unwrap_or(inner);
    let (closing, inner) = match inner.strip_prefix('/') {
        Some(rest) => (true, rest),
        None => (false, inner),
    };
    let name_end = inner
        .find(|c: char| c.is_ascii_whitespace())
        .unwrap_or(inner.len());
    let mut name = CompactString::from(&inner[..name_end]);
    name.make_ascii_lowercase();
    let mut attrs = Vec::new();
    let mut rest = inner[name_end..].trim_start();
    while !rest.is_empty() {
        let key_end = rest
            .find(|c: char| c == '=' || c.is_ascii_whitespace())
            .unwrap_or(rest.len());
        let key = rest[..key_end].to_ascii_lowercase();
        rest = rest[key_end..].trim_start();
        let value = if let Some(after) = rest.strip_prefix('=') {
            let after = after.trim_start();
            let (value, left) = match after.chars().next() {
                Some(q @ ('"' | '\'')) => {
                    let body = &after[1..];
                    let end = body.find(q).unwrap_or(body.len());
                    (&body[..end], body.get(end + 1..).unwrap_or(""))
                }
                _ => {
                    let end = after
                        .find(|c: char| c.is_ascii_whitespace())
                        .unwrap_or(after.len());
                    (&after[..end], &after[end..])
                }
            };
            rest = left.trim_start();
            decode(value)
        } else {
            String::new()
        };
        if !key.is_empty() {
            attrs.push((key, value));
        }
    }
    (name, closing, attrs)
}

/// Text as the renderer or the sanitizer escaped it, decoded.
pub(super) fn decode(text: &str) -> String {
    if !text.contains('&') {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let end = rest.bytes().take(12).position(|b| b == b';');
        let decoded = end.and_then(|end| {
            let name = &rest[1..end];
            let c = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some('\u{a0}'),
                _ => name
                    .strip_prefix("#x")
                    .or_else(|| name.strip_prefix("#X"))
                    .and_then(|h| u32::from_str_radix(h, 16).ok())
                    .or_else(|| name.strip_prefix('#').and_then(|d| d.parse().ok()))
                    .and_then(char::from_u32),
            };
            c.map(|c| (c, end + 1))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The words of a text, with the white space and punctuation between them as tokens of
/// their own. Text in Latin, Greek, Cyrillic or Armenian letters splits at every change
/// between letters or digits, white space and punctuation (each punctuation mark alone),
/// without the Unicode tables, so that English and Swedish split alike; other text at
/// Unicode word boundaries (UAX #29), so that Chinese or Japanese diff by character or
/// short word.
fn words(text: &str) -> Vec<&str> {
    let mut out = Vec::with_capacity(text.len() / 4);
    let bytes = text.as_bytes();
    let (mut i, mut start) = (0, 0);
    let mut previous = NO_CLASS;
    while i < bytes.len() {
        // ASCII from the table; other characters decoded and classed one by one.
        let (k, len) = match bytes[i] {
            b if b.is_ascii() => (ASCII_CLASS[usize::from(b)], 1),
            _ => {
                let Some(c) = text[i..].chars().next() else {
                    break;
                };
                match class(c) {
                    Some(k) => (k, c.len_utf8()),
                    None => return text.tokenize_unicode_words(),
                }
            }
        };
        if i > start && (previous != k || (k == 2 && !dots(bytes[i - 1], bytes[i]))) {
            out.push(&text[start..i]);
            start = i;
        }
        previous = k;
        i += len;
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

/// Whether two punctuation bytes in a row are full stops, which stay one token: `...`
/// reads as the ellipsis `…` does (one mark, compared as `...`).
fn dots(previous: u8, this: u8) -> bool {
    previous == b'.' && this == b'.'
}

/// Letters or digits (0), white space (1), punctuation (2); `None` for a character of
/// another script, which needs the Unicode tables. Typographic quotes and dashes are
/// punctuation, so that a typographic fix splits as the plain text does. A soft hyphen
/// is part of its word, as it is at Unicode word boundaries: `con\u{ad}sent` is the word
/// `consent` with a place to break it.
fn class(c: char) -> Option<u8> {
    match c {
        c if c.is_ascii_alphanumeric() => Some(0),
        '\u{ad}' => Some(0),
        // Latin-1's letters (Swedish, German, French…), without the Unicode tables.
        '\u{c0}'..='\u{ff}' if c != '\u{d7}' && c != '\u{f7}' => Some(0),
        // Latin, Greek, Cyrillic and Armenian letters: scripts that put spaces between
        // words, split as ASCII is (combining marks go to the Unicode tables).
        c if (c as u32) < 0x0590
            && !matches!(c, '\u{0300}'..='\u{036f}' | '\u{0483}'..='\u{0489}')
            && c.is_alphanumeric() =>
        {
            Some(0)
        }
        c if c.is_ascii_whitespace() || c == '\u{a0}' => Some(1),
        c if c.is_ascii() => Some(2),
        '\u{2010}'..='\u{2026}' | '\u{2032}' | '\u{2212}' | '\u{ab}' | '\u{bb}' => Some(2),
        _ => None,
    }
}

/// No character read yet: unlike every class.
const NO_CLASS: u8 = u8::MAX;

/// [`class`] of each ASCII character, looked up rather than worked out: most text is.
const ASCII_CLASS: [u8; 128] = {
    let mut table = [2u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() {
            table[b] = 0;
        } else if c.is_ascii_whitespace() {
            table[b] = 1;
        }
        b += 1;
    }
    table
};

impl Parser<'_> {
    fn tag(&mut self, raw: &str) {
        if raw.starts_with("<!") {
            return;
        }
        let (name, closing, attrs) = read_tag(raw);
        let attrs = if self.keep_ids {
            attrs
        } else {
            attrs
                .into_iter()
                .filter(|(k, _)| k != "id" && k != "name")
                .collect()
        };
        let tag = Tag { name, attrs };
        if self.in_anchor {
            if closing && tag.name == "a" {
                self.in_anchor = false;
            }
            return;
        }
        let name = tag.name.as_str();
        if self.in_row {
            self.row_tag(tag, closing);
            return;
        }
        match name {
            "tr" if !closing => {
                self.finish_leaf();
                self.in_row = true;
                self.leaf = Some(Leaf {
                    kind: LeafKind::Row(tag),
                    path: self.containers.clone(),
                    cells: Vec::new(),
                    anchor: false,
                });
            }
            "hr" => {
                self.finish_leaf();
                self.doc.leaves.push(Leaf {
                    kind: LeafKind::Rule,
                    path: self.containers.clone(),
                    cells: vec![Cell {
                        tag: None,
                        tokens: Vec::new(),
                    }],
                    anchor: false,
                });
            }
            "colgroup" | "col" | "img" | "tr" => {}
            "br" => self.push_token("\n", true),
            n if is_container(n) => {
                self.finish_leaf();
                if closing {
                    if let Some(at) = self
                        .containers
                        .iter()
                        .rposition(|&c| self.doc.containers[c].name == tag.name)
                    {
                        self.containers.truncate(at);
                    }
                } else {
                    self.doc.containers.push(tag);
                    self.containers.push(self.doc.containers.len() - 1);
                }
            }
            n if is_leaf(n) => {
                if closing {
                    if self.leaf_name.as_deref() == Some(n) {
                        self.finish_leaf();
                    }
                } else {
                    self.finish_leaf();
                    self.leaf_name = Some(tag.name.clone());
                    self.leaf = Some(Leaf {
                        kind: LeafKind::Element(tag),
                        path: self.containers.clone(),
                        cells: vec![Cell {
                            tag: None,
                            tokens: Vec::new(),
                        }],
                        anchor: false,
                    });
                }
            }
            "a" if !closing
                && tag.attr("class") == Some("anchor")
                && self.leaf_name.as_deref().is_some_and(super::is_heading) =>
            {
                self.in_anchor = true;
                if let Some(leaf) = &mut self.leaf {
                    leaf.anchor = true;
                }
            }
            _ => self.inline_tag(tag, closing),
        }
    }

    /// A tag inside a table row: cells start and end; blocks inside a cell only part
    /// its words.
    fn row_tag(&mut self, tag: Tag, closing: bool) {
        match tag.name.as_str() {
            "tr" if closing => {
                self.in_row = false;
                self.finish_leaf();
            }
            "td" | "th" if !closing => {
                self.inline.clear();
                self.style = self.styles.intern(&[]);
                if let Some(leaf) = &mut self.leaf {
                    leaf.cells.push(Cell {
                        tag: Some(tag),
                        tokens: Vec::new(),
                    });
                }
            }
            "td" | "th" => {
                self.inline.clear();
                self.style = self.styles.intern(&[]);
            }
            "br" => self.push_token("\n", true),
            n if is_container(n) || is_leaf(n) || n == "hr" => {
                let in_cell = self
                    .leaf
                    .as_ref()
                    .and_then(|l| l.cells.last())
                    .is_some_and(|c| !c.tokens.is_empty());
                if in_cell {
                    self.push_token("\n", false);
                }
            }
            "colgroup" | "col" | "img" | "tr" => {}
            _ => self.inline_tag(tag, closing),
        }
    }

    fn inline_tag(&mut self, tag: Tag, closing: bool) {
        if matches!(tag.name.as_str(), "br" | "img" | "wbr") {
            return;
        }
        if closing {
            if let Some(at) = self.inline.iter().rposition(|t| t.name == tag.name) {
                self.inline.truncate(at);
            }
        } else {
            self.inline.push(tag);
        }
        self.style = self.styles.intern(&self.inline);
    }

    fn text(&mut self, raw: &str) {
        if self.in_anchor {
            return;
        }
        let in_pre = self.leaf_name.as_deref() == Some("pre");
        if self.leaf.is_none() && raw.trim().is_empty() {
            return;
        }
        if self.in_row && self.leaf.as_ref().is_some_and(|l| l.cells.is_empty()) {
            // White space between a row's cells.
            return;
        }
        let mut text = match raw.contains('&') {
            true => Cow::Owned(decode(raw)),
            false => Cow::Borrowed(raw),
        };
        // The private-use characters that once marked changes are no text of a policy
        // (U+E000 to U+E002, each beginning with the byte 0xEE in UTF-8).
        if memchr::memchr(0xEE, text.as_bytes()).is_some()
            && text.contains(crate::text::markdown::is_marker)
        {
            text.to_mut()
                .retain(|c| !crate::text::markdown::is_marker(c));
        }
        if in_pre {
            for line in text.split_inclusive('\n') {
                self.push_words(&words(line));
            }
            return;
        }
        self.push_words(&words(&text));
    }

    fn push_words(&mut self, words: &[&str]) {
        if let Some(cell) = self.leaf.as_mut().and_then(|l| l.cells.last_mut()) {
            cell.tokens.reserve(words.len());
        }
        for word in words {
            self.push_token(word, false);
        }
    }

    fn push_token(&mut self, text: &str, br: bool) {
        if self.leaf.is_none() {
            if text.trim().is_empty() && !br {
                return;
            }
            self.leaf_name = None;
            self.leaf = Some(Leaf {
                kind: LeafKind::Plain,
                path: self.containers.clone(),
                cells: vec![Cell {
                    tag: None,
                    tokens: Vec::new(),
                }],
                anchor: false,
            });
        }
        let style = self.style;
        let id = self.styles.text(text);
        let word = match br {
            true => self.styles.word(text, br),
            false => self.styles.texts[id as usize].word,
        };
        if let Some(cell) = self.leaf.as_mut().and_then(|l| l.cells.last_mut()) {
            cell.tokens.push(Token {
                text: id,
                style,
                br,
                word,
            });
        }
    }

    fn finish_leaf(&mut self) {
        let name = self.leaf_name.take();
        self.inline.clear();
        self.style = self.styles.intern(&[]);
        self.in_row = false;
        let Some(mut leaf) = self.leaf.take() else {
            return;
        };
        if name.as_deref() != Some("pre") {
            for cell in &mut leaf.cells {
                let styles = &*self.styles;
                while cell.tokens.last().is_some_and(|t| styles.is_space(t)) {
                    cell.tokens.pop();
                }
                let lead = cell
                    .tokens
                    .iter()
                    .take_while(|t| styles.is_space(t))
                    .count();
                cell.tokens.drain(..lead);
            }
        }
        if leaf.kind == LeafKind::Plain && leaf.cells.iter().all(|c| c.tokens.is_empty()) {
            return;
        }
        self.doc.leaves.push(leaf);
    }
}

#[cfg(test)]
mod words_tests {
    use proptest::prelude::*;
    use similar::DiffableStr;

    use super::{class, dots, words};

    /// The split as first written, a character at a time: what the table must agree with.
    fn words_by_char(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        let mut start = 0;
        let mut previous: Option<u8> = None;
        for (i, c) in text.char_indices() {
            let Some(k) = class(c) else {
                return text.tokenize_unicode_words();
            };
            let after_dot = text[..i].ends_with('.');
            if i > start && (previous != Some(k) || (k == 2 && !(after_dot && c == '.'))) {
                out.push(&text[start..i]);
                start = i;
            }
            previous = Some(k);
        }
        if start < text.len() {
            out.push(&text[start..]);
        }
        out
    }

    proptest! {
        #[test]
        fn the_table_splits_as_the_characters_do(
            text in r#"([a-zA-Z0-9 \t\n\r\x0b\x0c.,;:!?'"()\-]|[\u{a0}-\u{600}]|[’“”—…«»\u{ad}]|[\u{300}\u{483}]|[第三者、。]|\PC){0,40}"#
        ) {
            prop_assert_eq!(words(&text), words_by_char(&text));
        }
    }

    #[test]
    fn words_punctuation_and_space_come_apart() {
        assert_eq!(
            words("Don't  stop—now, 3.14 år."),
            [
                "Don", "'", "t", "  ", "stop", "—", "now", ",", " ", "3", ".", "14", " ", "år", "."
            ]
        );
        assert_eq!(
            words("So... con\u{ad}sent.)"),
            ["So", "...", " ", "con\u{ad}sent", ".", ")"]
        );
        assert!(dots(b'.', b'.') && !dots(b'.', b','));
    }
}
