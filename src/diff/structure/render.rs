//! A document diff told: as HTML built from its blocks (every text escaped, every address
//! checked again), or as plain lines for a terminal.

use serde::Serialize;

use super::{Block, Container, DocDiff, LeafKind, Piece, Styles, Tag, is_heading};
use crate::diff::SegmentKind;
use crate::diff::told::Marks;
use crate::text::escape::{escape, escape_into};
use crate::text::markdown::is_safe_url;

/// An element's opening tag, its values escaped and its addresses checked.
fn open(tag: &Tag, out: &mut String) {
    open_in(tag, false, out)
}

/// As [`open`]; in deleted text (`deleted`), a link to a fragment of the old page keeps
/// its words but not its address, which points nowhere on the new one.
fn open_in(tag: &Tag, deleted: bool, out: &mut String) {
    out.push('<');
    out.push_str(&tag.name);
    for (k, v) in &tag.attrs {
        if deleted && tag.name == "a" && k == "href" && v.starts_with('#') {
            continue;
        }
        let v = if matches!(k.as_str(), "href" | "src") && !is_safe_url(v) {
            "#"
        } else {
            v.as_str()
        };
        out.push(' ');
        out.push_str(k);
        out.push_str("=\"");
        out.push_str(&escape(v));
        out.push('"');
    }
    out.push('>');
}

fn close(name: &str, out: &mut String) {
    out.push_str("</");
    out.push_str(name);
    out.push('>');
}

pub(super) fn html(diff: &DocDiff, marks: &Marks) -> String {
    let mut out = String::with_capacity(1024);
    let mut stack: Vec<Container> = Vec::new();
    let tag_of = |c: Container| -> &Tag {
        match c {
            Container::New(i) => &diff.new.containers[i],
            Container::Old(i) => &diff.old.containers[i],
        }
    };
    for block in &diff.blocks {
        let common = stack
            .iter()
            .zip(&block.path)
            .take_while(|(a, b)| a == b)
            .count();
        while stack.len() > common {
            let c = stack.pop().expect("longer than common");
            close(&tag_of(c).name, &mut out);
            out.push('\n');
        }
        for &c in &block.path[common..] {
            let tag = tag_of(c);
            if matches!(c, Container::Old(_)) {
                open(&tag.without_id(), &mut out);
            } else {
                open(tag, &mut out);
            }
            if !matches!(tag.name.as_str(), "li" | "dt" | "dd") {
                out.push('\n');
            }
            stack.push(c);
        }
        // Two texts in one container stay two words apart.
        if block.leaf == LeafKind::Plain && common == block.path.len() && !out.ends_with('\n') {
            out.push('\n');
        }
        leaf(diff, block, marks, &mut out);
    }
    while let Some(c) = stack.pop() {
        close(&tag_of(c).name, &mut out);
        out.push('\n');
    }
    out
}

fn leaf(diff: &DocDiff, block: &Block, marks: &Marks, out: &mut String) {
    match &block.leaf {
        LeafKind::Element(tag) => {
            open(tag, out);
            inline(diff, &block.cells[0].1, marks, out);
            if block.anchor
                && is_heading(&tag.name)
                && let Some(id) = tag.attr("id")
            {
                let id = escape(id);
                out.push_str(&format!(" <a class=\"anchor\" href=\"#{id}\">#</a>"));
            }
            close(&tag.name, out);
            out.push('\n');
        }
        LeafKind::Plain => {
            inline(diff, &block.cells[0].1, marks, out);
        }
        LeafKind::Row(tag) => {
            open(tag, out);
            for (cell, pieces) in &block.cells {
                let cell = cell.clone().unwrap_or_else(|| Tag {
                    name: "td".into(),
                    attrs: Vec::new(),
                });
                open(&cell, out);
                inline(diff, pieces, marks, out);
                close(&cell.name, out);
            }
            close(&tag.name, out);
            out.push('\n');
        }
        LeafKind::Rule => {
            if block.kind != SegmentKind::Delete {
                out.push_str("<hr>\n");
            }
        }
    }
}

/// Moves the open inline elements from `open_now` to `target`: closes those not shared,
/// opens the rest.
fn transition(open_now: &mut Vec<Tag>, target: &[Tag], out: &mut String) {
    transition_in(open_now, target, false, out)
}

fn transition_in(open_now: &mut Vec<Tag>, target: &[Tag], deleted: bool, out: &mut String) {
    let common = open_now
        .iter()
        .zip(target)
        .take_while(|(a, b)| a == b)
        .count();
    while open_now.len() > common {
        let t = open_now.pop().expect("longer than common");
        close(&t.name, out);
    }
    for t in &target[common..] {
        open_in(t, deleted, out);
        open_now.push(t.clone());
    }
}

fn text(piece: &Piece, styles: &Styles, out: &mut String) {
    if piece.br {
        out.push_str("<br>");
    } else {
        escape_into(out, styles.str(piece.text));
    }
}

fn is_blank(pieces: &[Piece], styles: &Styles) -> bool {
    pieces.iter().all(|p| styles.is_blank(p))
}

/// Pieces shown as they are, each in its inline elements. A style is a stack interned
/// once: the same number, the same elements open (`open_style`, where `open_now` holds
/// one), so a run of words in one style compares no elements.
fn plain(
    run: &[Piece],
    styles: &Styles,
    (open_now, open_style): (&mut Vec<Tag>, &mut Option<u32>),
    out: &mut String,
) {
    for p in run {
        if *open_style != Some(p.style) {
            transition(open_now, &styles.stacks[p.style as usize], out);
            *open_style = Some(p.style);
        }
        text(p, styles, out);
    }
}

/// The pieces of one cell, each changed run in one `<ins>` or `<del>` with its hidden
/// words, around the inline elements it spans.
fn inline(diff: &DocDiff, pieces: &[Piece], marks: &Marks, out: &mut String) {
    let all = &diff.styles;
    let styles = &all.stacks;
    let mut open_now: Vec<Tag> = Vec::new();
    // The style whose elements `open_now` holds, where it is one.
    let mut open_style: Option<u32> = None;
    let mut start = 0;
    while start < pieces.len() {
        let kind = pieces[start].kind;
        let end = start
            + pieces[start..]
                .iter()
                .take_while(|p| p.kind == kind)
                .count();
        let run = &pieces[start..end];
        start = end;
        match kind {
            SegmentKind::Equal => plain(run, all, (&mut open_now, &mut open_style), out),
            // White space alone changed: shown as the new text has it.
            SegmentKind::Delete if is_blank(run, all) => {}
            SegmentKind::Insert if is_blank(run, all) => {
                plain(run, all, (&mut open_now, &mut open_style), out)
            }
            SegmentKind::Delete | SegmentKind::Insert => {
                // The emphasis every piece of the run sits in stays outside it; a link
                // stays inside, so that a deleted link and an inserted one are each
                // whole in their mark.
                let first = &styles[run[0].style as usize];
                let mut base = first.iter().take_while(|t| t.name != "a").count();
                for p in &run[1..] {
                    let s = &styles[p.style as usize];
                    base = base.min(first.iter().zip(s).take_while(|(a, b)| a == b).count());
                }
                let outer = first[..base].to_vec();
                open_style = None;
                transition(&mut open_now, &outer, out);
                let (element, label) = if kind == SegmentKind::Delete {
                    ("del", &marks.deleted)
                } else {
                    ("ins", &marks.inserted)
                };
                out.push_str(&format!(
                    "<{element}><span class=\"visually-hidden\">[{}: </span>",
                    escape(label)
                ));
                for p in run {
                    let deleted = kind == SegmentKind::Delete;
                    transition_in(&mut open_now, &styles[p.style as usize], deleted, out);
                    text(p, all, out);
                }
                transition(&mut open_now, &outer, out);
                out.push_str(&format!(
                    "<span class=\"visually-hidden\">]{}</span></{element}>",
                    escape(&marks.end)
                ));
            }
        }
    }
    transition(&mut open_now, &[], out);
}

/// What a line of a diff told as text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum LineKind {
    Heading,
    Paragraph,
    Item,
    Row,
    Code,
    Rule,
}

/// One block of a diff as plain text: what it is, how deep it sits (in lists and
/// quotes), and its pieces, each equal, inserted or deleted. A row's cells are parted by
/// a `Cell` boundary: `cells[i]`.
#[derive(Debug, Clone, Serialize)]
pub struct Line {
    pub kind: LineKind,
    pub depth: usize,
    /// Whether the whole block was inserted or deleted (else `Equal`).
    pub change: SegmentKind,
    pub cells: Vec<Vec<(SegmentKind, String)>>,
}

pub(super) fn lines(diff: &DocDiff) -> Vec<Line> {
    let name_of = |c: Container| -> &str {
        match c {
            Container::New(i) => &diff.new.containers[i].name,
            Container::Old(i) => &diff.old.containers[i].name,
        }
    };
    diff.blocks
        .iter()
        .map(|b| {
            let in_item = b.path.last().is_some_and(|c| name_of(*c) == "li");
            let kind = match &b.leaf {
                LeafKind::Element(t) if is_heading(&t.name) => LineKind::Heading,
                LeafKind::Element(t) if t.name == "pre" => LineKind::Code,
                LeafKind::Row(_) => LineKind::Row,
                LeafKind::Rule => LineKind::Rule,
                _ if in_item => LineKind::Item,
                _ => LineKind::Paragraph,
            };
            let depth = b
                .path
                .iter()
                .filter(|c| matches!(name_of(**c), "li" | "blockquote"))
                .count();
            let cells = b
                .cells
                .iter()
                .map(|(_, pieces)| {
                    let mut out: Vec<(SegmentKind, String)> = Vec::new();
                    for p in pieces {
                        let t = if p.br { "\n" } else { diff.styles.str(p.text) };
                        match out.last_mut() {
                            Some((k, s)) if *k == p.kind => s.push_str(t),
                            _ => out.push((p.kind, t.to_string())),
                        }
                    }
                    out
                })
                .collect();
            Line {
                kind,
                depth,
                change: b.kind,
                cells,
            }
        })
        .collect()
}
