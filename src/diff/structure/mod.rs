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

use rustc_hash::FxHashMap;

use super::SegmentKind;
use super::told::Marks;

/// An element as the sanitized HTML wrote it: its name and its attributes, decoded.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct Tag {
    name: String,
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
#[derive(Debug, Clone)]
struct Token {
    text: String,
    style: u32,
    br: bool,
}

impl Token {
    fn is_space(&self) -> bool {
        !self.br && self.text.chars().all(char::is_whitespace)
    }
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
}

impl Styles {
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
#[derive(Debug, Clone)]
struct Piece {
    kind: SegmentKind,
    text: String,
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
    leaf: LeafKind,
    anchor: bool,
    path: Vec<Container>,
    cells: Vec<(Option<Tag>, Vec<Piece>)>,
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
        let mut styles = Styles::default();
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

/// Diffs the safe HTML of two revisions of a text and renders the diff as HTML.
pub fn diff_html(old_html: &str, new_html: &str, marks: &Marks) -> String {
    DocDiff::new(old_html, new_html).to_html(marks)
}
