//! Prose diffed as a document, not as its source.
//!
//! Both revisions are read from their safe HTML (what [`crate::text::markdown`] renders,
//! raw HTML already sanitized) into leaf blocks: headings, paragraphs, list items, table
//! rows with their cells, code, each under the containers it sits in (lists, quotes,
//! tables). Blocks are aligned first, then words are diffed inside the text of paired
//! blocks only. Link targets, emphasis and heading levels are attributes of the words,
//! not words: a link whose target changed is its old link deleted and its new one
//! inserted, a heading stays a heading, a table row keeps its cells.
//!
//! The work is linear in the size of the HTML but for the diffs themselves, which are
//! bounded as [`super::TEXT_DIFF_WORK`] bounds a text diff.

mod align;
mod parse;
mod render;
#[cfg(test)]
mod tests;

pub use render::{Line, LineKind};

use compact_str::CompactString;
use std::borrow::Cow;

use rustc_hash::FxHashMap;

use super::SegmentKind;
use super::told::Marks;

/// An element as the sanitized HTML wrote it: its name and its attributes, decoded.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct Tag {
    /// Inline: element names are short, and every tag read makes one.
    name: CompactString,
    attrs: Vec<(String, String)>,
}

impl Tag {
    fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    fn without_id(&self) -> Tag {
        Tag {
            name: self.name.clone(),
            attrs: self
                .attrs
                .iter()
                .filter(|(k, _)| k != "id" && k != "name")
                .cloned()
                .collect(),
        }
    }
}

/// What a leaf block is.
#[derive(Debug, Clone, PartialEq, Eq)]
enum LeafKind {
    /// A block element holding text: `p`, `h3`…`h6`, `pre`, `summary`, `caption`.
    Element(Tag),
    /// Text right inside a container (a tight list item, a `div`).
    Plain,
    /// A table row; its cells are the leaf's cells.
    Row(Tag),
    /// A thematic break.
    Rule,
}

/// Leaves that may be compared word by word: text with text, a heading with a heading
/// (whatever its level), a row with a row.
fn class_of(kind: &LeafKind) -> u8 {
    match kind {
        LeafKind::Element(t) if is_heading(&t.name) => 1,
        LeafKind::Element(t) if t.name == "pre" => 2,
        LeafKind::Element(_) | LeafKind::Plain => 0,
        LeafKind::Row(_) => 3,
        LeafKind::Rule => 4,
    }
}

fn is_heading(name: &str) -> bool {
    matches!(name, "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
}

/// A word, a run of white space or punctuation, or a line break, with the inline
/// elements around it (an index into [`Styles`]).
#[derive(Debug, Clone, Copy)]
struct Token {
    /// The token's text, numbered (an index into [`Styles::texts`]): a diff reads and
    /// copies many tokens, and most texts repeat.
    text: u32,
    style: u32,
    br: bool,
    /// What the token is compared as, numbered once as it is read (see
    /// [`Styles::word`]).
    word: u32,
}

/// A text of a token, each once, with what the diff asks of it.
#[derive(Debug)]
struct Text {
    text: CompactString,
    /// What it is compared as (see [`Styles::word`]), outside a line break.
    word: u32,
    /// Whether it is white space alone (or empty).
    space: bool,
    /// Its length in characters.
    chars: usize,
    /// Whether it holds a line break.
    newline: bool,
}

#[derive(Debug, Clone)]
struct Cell {
    /// `td` or `th` in a row; `None` in other leaves, which have one cell.
    tag: Option<Tag>,
    tokens: Vec<Token>,
}

#[derive(Debug, Clone)]
struct Leaf {
    kind: LeafKind,
    /// The containers around it, outermost first: indices into [`Doc::containers`].
    path: Vec<usize>,
    cells: Vec<Cell>,
    /// Whether a heading carried its anchor link.
    anchor: bool,
}

/// One revision's prose as leaves.
#[derive(Debug, Default)]
struct Doc {
    containers: Vec<Tag>,
    leaves: Vec<Leaf>,
}

/// The stacks of inline elements the tokens of both revisions sit in, each once.
#[derive(Debug, Default)]
struct Styles {
    stacks: Vec<Vec<Tag>>,
    index: FxHashMap<Vec<Tag>, u32>,
    /// The link target of each stack (its innermost `a`), interned: 0 for none.
    links: Vec<u32>,
    hrefs: FxHashMap<String, u32>,
    /// Whether a word whose link target changed is a changed word: on pages, not when
    /// classifying (a fixed link is editorial).
    links_matter: bool,
    /// The words of both revisions as compared, numbered.
    words: FxHashMap<String, u32>,
    /// The texts of both revisions' tokens, numbered: what a token's `text` indexes.
    texts: Vec<Text>,
    text_ids: FxHashMap<CompactString, u32>,
    /// The numbers of one-byte texts (a space, a punctuation mark, a letter), about
    /// half of all tokens, kept by byte as they are first numbered in `texts`.
    bytes: ByteTexts,
}

/// A number per ASCII byte, `u32::MAX` until one is given.
#[derive(Debug)]
struct ByteTexts([u32; 128]);

impl Default for ByteTexts {
    fn default() -> ByteTexts {
        ByteTexts([u32::MAX; 128])
    }
}

impl Styles {
    /// The number of a token's text (see [`Styles::texts`]), the text numbered and its
    /// word (see [`Styles::word`]) worked out where it is new.
    fn text(&mut self, text: &str) -> u32 {
        if let [b] = text.as_bytes()
            && b.is_ascii()
        {
            let known = self.bytes.0[usize::from(*b)];
            if known != u32::MAX {
                return known;
            }
            let n = self.text_numbered(text);
            self.bytes.0[usize::from(*b)] = n;
            return n;
        }
        self.text_numbered(text)
    }

    fn text_numbered(&mut self, text: &str) -> u32 {
        if let Some(&n) = self.text_ids.get(text) {
            return n;
        }
        let n = self.texts.len() as u32;
        let word = self.word(text, false);
        self.texts.push(Text {
            text: CompactString::from(text),
            word,
            space: text.chars().all(char::is_whitespace),
            chars: text.chars().count(),
            newline: text.contains('\n'),
        });
        self.text_ids.insert(CompactString::from(text), n);
        n
    }

    /// The text numbered `n`.
    fn str(&self, n: u32) -> &str {
        &self.texts[n as usize].text
    }

    /// Whether a token is white space alone (a line break is not).
    fn is_space(&self, t: &Token) -> bool {
        !t.br && self.texts[t.text as usize].space
    }

    /// Whether a piece shows nothing but white space.
    fn is_blank(&self, p: &Piece) -> bool {
        !p.br && self.texts[p.text as usize].space
    }

    /// The number of what a token is compared as: its text, white space as one space, a
    /// line break as itself, and typographic variants (curly quotes, dashes, an ellipsis)
    /// as their plain forms, so that a typographic fix is not a changed word.
    fn word(&mut self, text: &str, br: bool) -> u32 {
        let plain: Cow<'_, str> = if br {
            Cow::Borrowed("\n<br>")
        } else if text.is_ascii() {
            // What `char::is_whitespace` is in ASCII, a byte at a time.
            match text.bytes().all(|b| matches!(b, b'\t'..=b'\r' | b' ')) {
                true => Cow::Borrowed(" "),
                false => Cow::Borrowed(text),
            }
        } else if text.chars().all(char::is_whitespace) {
            Cow::Borrowed(" ")
        } else if memchr::memchr2(0xC2, 0xE2, text.as_bytes()).is_none() {
            // Every variant below is encoded from one of those two bytes: a word without
            // them (`för`, `käyttö`) is its own plain form.
            Cow::Borrowed(text)
        } else {
            let mut plain = String::with_capacity(text.len());
            for c in text.chars() {
                match c {
                    '\u{2018}' | '\u{2019}' | '\u{201B}' | '\u{2032}' => plain.push('\''),
                    '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{00AB}' | '\u{00BB}' => {
                        plain.push('"')
                    }
                    '\u{2010}'..='\u{2015}' | '\u{2212}' => plain.push('-'),
                    '\u{2026}' => plain.push_str("..."),
                    '\u{AD}' => {}
                    c => plain.push(c),
                }
            }
            Cow::Owned(plain)
        };
        if let Some(&n) = self.words.get(plain.as_ref()) {
            return n;
        }
        let n = self.words.len() as u32;
        self.words.insert(plain.into_owned(), n);
        n
    }

    fn intern(&mut self, stack: &[Tag]) -> u32 {
        if let Some(&id) = self.index.get(stack) {
            return id;
        }
        let href = stack
            .iter()
            .rev()
            .find(|t| t.name == "a")
            .map(|a| a.attr("href").unwrap_or(""));
        let link = match href {
            None => 0,
            Some(h) => {
                let next = self.hrefs.len() as u32 + 1;
                *self.hrefs.entry(h.to_string()).or_insert(next)
            }
        };
        let id = self.stacks.len() as u32;
        self.stacks.push(stack.to_vec());
        self.links.push(link);
        self.index.insert(stack.to_vec(), id);
        id
    }
}

/// A piece of a diffed cell: a token from one side or both.
#[derive(Debug, Clone, Copy)]
struct Piece {
    kind: SegmentKind,
    /// Its text, numbered (see [`Styles::texts`]).
    text: u32,
    style: u32,
    br: bool,
}

/// Where a container of the diff comes from: the new revision, or the old one where no
/// kept block shows it is one of the new revision's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Container {
    New(usize),
    Old(usize),
}

/// One block of the diff: kept, changed, inserted or deleted.
#[derive(Debug)]
struct Block {
    kind: SegmentKind,
    /// The block's identity as aligned (its class and words).
    key: u32,
    leaf: LeafKind,
    anchor: bool,
    path: Vec<Container>,
    cells: Vec<(Option<Tag>, Vec<Piece>)>,
}

impl Block {
    /// Whether a kept block has words marked inside it (white space alone aside).
    fn marked_inside(&self, styles: &Styles) -> bool {
        self.kind == SegmentKind::Equal
            && self.cells.iter().any(|(_, p)| {
                p.iter()
                    .any(|p| p.kind != SegmentKind::Equal && !styles.is_blank(p))
            })
    }
}

/// Two revisions of a text as one sequence of blocks with their changes.
#[derive(Debug)]
pub struct DocDiff {
    old: Doc,
    new: Doc,
    styles: Styles,
    blocks: Vec<Block>,
    /// Whether some change was too big to diff word by word within the work bound.
    pub coarse: bool,
}

impl DocDiff {
    /// Diffs the safe HTML of two revisions of a text.
    pub fn new(old_html: &str, new_html: &str) -> DocDiff {
        DocDiff::with(old_html, new_html, true)
    }

    /// As [`DocDiff::new`], with a link whose target alone changed kept as the same
    /// words: what a classification compares. The top-level blocks both texts begin with,
    /// and those both end with, are left out (as [`diff_html`] leaves them out): they are
    /// equal, so no word, row or move is found in them, and the rest costs less to align.
    pub fn ignoring_links(old_html: &str, new_html: &str) -> DocDiff {
        let (head, tail) = common_blocks(old_html, new_html);
        DocDiff::with(
            &old_html[head..old_html.len() - tail],
            &new_html[head..new_html.len() - tail],
            false,
        )
    }

    fn with(old_html: &str, new_html: &str, links_matter: bool) -> DocDiff {
        let mut styles = Styles {
            links_matter,
            ..Styles::default()
        };
        // Room for the distinct words of both texts at once (about one in sixteen bytes
        // of HTML), rather than growing the table step by step.
        let room = (old_html.len() + new_html.len()) / 16;
        styles.words.reserve(room);
        styles.texts.reserve(room);
        styles.text_ids.reserve(room);
        let old = parse::parse(old_html, &mut styles, false);
        let new = parse::parse(new_html, &mut styles, true);
        align::diff(old, new, styles)
    }

    /// Whether the two texts read the same (markup aside).
    pub fn is_unchanged(&self) -> bool {
        self.blocks.iter().all(|b| {
            b.kind == SegmentKind::Equal
                && b.cells
                    .iter()
                    .all(|(_, p)| p.iter().all(|p| p.kind == SegmentKind::Equal))
        })
    }

    /// Blocks deleted in one place and inserted whole in another: moved, not changed.
    fn moved(&self) -> FxHashMap<u32, isize> {
        let mut count: FxHashMap<u32, isize> = FxHashMap::default();
        for b in &self.blocks {
            match b.kind {
                SegmentKind::Delete => *count.entry(b.key).or_default() -= 1,
                SegmentKind::Insert => *count.entry(b.key).or_default() += 1,
                SegmentKind::Equal => {}
            }
        }
        count
    }

    /// Whether words changed, not only their order, white space, typography, markup (or,
    /// [`DocDiff::ignoring_links`], link targets).
    pub fn words_changed(&self) -> bool {
        self.moved().values().any(|n| *n != 0)
            || self.blocks.iter().any(|b| b.marked_inside(&self.styles))
    }

    /// The rows of tables that were added (not moved) and those whose cells changed in
    /// words, each as the text of its cells in the new revision.
    pub fn table_rows(&self) -> (Vec<Vec<String>>, Vec<Vec<String>>) {
        let mut moved = self.moved();
        let (mut added, mut changed) = (Vec::new(), Vec::new());
        for b in &self.blocks {
            if !matches!(b.leaf, LeafKind::Row(_)) {
                continue;
            }
            let header = b
                .cells
                .iter()
                .all(|(t, _)| t.as_ref().is_some_and(|t| t.name == "th"));
            let cells = || -> Vec<String> {
                b.cells
                    .iter()
                    .map(|(_, p)| {
                        let text: String = p
                            .iter()
                            .filter(|p| p.kind != SegmentKind::Delete)
                            .map(|p| self.styles.str(p.text))
                            .collect();
                        text.split_whitespace().collect::<Vec<_>>().join(" ")
                    })
                    .collect()
            };
            match b.kind {
                SegmentKind::Insert if !header => {
                    let left = moved.entry(b.key).or_default();
                    if *left > 0 {
                        *left -= 1;
                        added.push(cells());
                    }
                }
                SegmentKind::Equal if b.marked_inside(&self.styles) => changed.push(cells()),
                _ => {}
            }
        }
        (added, changed)
    }

    /// The diff as HTML: the new revision's structure, deleted blocks where they stood,
    /// changed words in `<del>` and `<ins>` with hidden words around each.
    pub fn to_html(&self, marks: &Marks) -> String {
        render::html(self, marks)
    }

    /// The diff as lines of plain text, for a terminal: no markup, each line's changed
    /// pieces told apart.
    pub fn lines(&self) -> Vec<Line> {
        render::lines(self)
    }
}

/// Diffs the safe HTML of two revisions of a text and renders the diff as HTML. The
/// top-level blocks both begin with, and those both end with, are not compared: they are
/// the new revision's HTML as it stands.
pub fn diff_html(old_html: &str, new_html: &str, marks: &Marks) -> String {
    diff_html_told(old_html, new_html, marks).0
}

/// As [`diff_html`], with whether some change was too big to diff word by word (see
/// [`DocDiff::coarse`]), which a page says.
pub fn diff_html_told(old_html: &str, new_html: &str, marks: &Marks) -> (String, bool) {
    let (head, tail) = common_blocks(old_html, new_html);
    let diff = DocDiff::new(
        &old_html[head..old_html.len() - tail],
        &new_html[head..new_html.len() - tail],
    );
    let middle = diff.to_html(marks);
    let mut out = String::with_capacity(head + middle.len() + tail);
    push_unmarked(&mut out, &new_html[..head]);
    out.push_str(&middle);
    push_unmarked(&mut out, &new_html[new_html.len() - tail..]);
    (out, diff.coarse)
}

/// Appends `html` without the private-use characters that once marked changes, as the
/// parser reads the blocks it compares (see [`parse`]): the blocks both revisions begin
/// or end with are copied rather than parsed, and must read the same.
fn push_unmarked(out: &mut String, html: &str) {
    // Each begins with the byte 0xEE in UTF-8.
    if memchr::memchr(0xEE, html.as_bytes()).is_some()
        && html.contains(crate::text::markdown::is_marker)
    {
        out.extend(
            html.chars()
                .filter(|c| !crate::text::markdown::is_marker(*c)),
        );
    } else {
        out.push_str(html);
    }
}

/// The lengths of the common beginning and end of two HTML texts, each cut after a line
/// break between top-level elements (where no element is open), not overlapping.
fn common_blocks(old: &str, new: &str) -> (usize, usize) {
    let (a, b) = (old.as_bytes(), new.as_bytes());
    let mut prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    while !old.is_char_boundary(prefix) {
        prefix -= 1;
    }
    let head = last_top_level_break(&old[..prefix]);
    let room = a.len().min(b.len()) - head;
    let mut suffix = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take(room)
        .take_while(|(x, y)| x == y)
        .count();
    while !old.is_char_boundary(old.len() - suffix) {
        suffix -= 1;
    }
    // The end, read from its start: cut after the first top-level line break, which
    // must follow a break (or be the start of the text) in both texts.
    let tail_text = &old[old.len() - suffix..];
    let tail = first_top_level_start(tail_text)
        .filter(|&at| {
            let cut = old.len() - suffix + at;
            let cut_new = new.len() - suffix + at;
            (cut == 0 || a[cut - 1] == b'\n') && (cut_new == 0 || b[cut_new - 1] == b'\n')
        })
        .map_or(0, |at| suffix - at);
    (head, tail)
}

/// Whether a tag opens an element that has an end tag (void elements have none).
fn depth_change(tag: &str) -> i32 {
    let name: String = tag
        .trim_start_matches(['<', '/'])
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_ascii_lowercase();
    if tag.starts_with("<!")
        || tag.ends_with("/>")
        || matches!(name.as_str(), "br" | "hr" | "img" | "col" | "wbr")
    {
        0
    } else if tag.starts_with("</") {
        -1
    } else {
        1
    }
}

/// The tags of an HTML text with the offset after each, in order.
fn tags(html: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut at = 0;
    std::iter::from_fn(move || {
        let start = at + memchr::memchr(b'<', &html.as_bytes()[at..])?;
        let end = start + memchr::memchr(b'>', &html.as_bytes()[start..])? + 1;
        at = end;
        Some((end, &html[start..end]))
    })
}

/// The offset after the last line break of `html` at which no element is open.
fn last_top_level_break(html: &str) -> usize {
    let mut depth = 0i32;
    let mut cut = 0;
    let bytes = html.as_bytes();
    for (end, tag) in tags(html) {
        depth += depth_change(tag);
        if depth == 0 && bytes.get(end) == Some(&b'\n') {
            cut = end + 1;
        }
    }
    cut
}

/// The offset in `html` (the common end of two texts) from which only whole top-level
/// elements follow: after a line break at which, counted from the end, no element is
/// open.
fn first_top_level_start(html: &str) -> Option<usize> {
    let mut depth = 0i32;
    let ends: Vec<(usize, &str)> = tags(html).collect();
    let mut start = None;
    for (end, tag) in ends.iter().rev() {
        depth -= depth_change(tag);
        if depth == 0 {
            let begin = end - tag.len();
            if begin > 0 && html.as_bytes()[begin - 1] == b'\n' {
                start = Some(begin);
            }
        }
        if depth < 0 {
            break;
        }
    }
    start
}
