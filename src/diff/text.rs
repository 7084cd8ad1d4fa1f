//! Prose compared word by word (by character where a script has no spaces): the
//! segments of a [`TextDiff`], bounded by the work it may take, not by time.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use serde::Serialize;
use similar::{ChangeTag, DiffableStr};

/// The most work one word diff may take, counted as the product of the two sides' token
/// counts (which bounds the edit graph the search walks). Larger texts are diffed line by
/// line first and each changed block word by word within the same bound; a block still
/// too big is marked as replaced whole, and the diff says it is [`TextDiff::coarse`]. The
/// bound counts work, not time, so the same texts give the same diff on any machine at
/// any load.
pub const TEXT_DIFF_WORK: usize = 4_000_000;

/// What a stretch of text is to the two sides of a diff.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SegmentKind {
    /// On both sides.
    Equal,
    /// Only in the new text.
    Insert,
    /// Only in the old text.
    Delete,
}

/// A run of text with one [`SegmentKind`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Segment {
    pub kind: SegmentKind,
    pub text: String,
}

/// Two texts as one sequence of equal, inserted and deleted segments.
///
/// Segments are never empty, and two neighbours never have the same kind; within a
/// change the deletion comes before the insertion. Equal and deleted text in order is the
/// old text, equal and inserted text the new one, exactly.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct TextDiff {
    pub segments: Vec<Segment>,
    /// Whether some change was too big to refine within [`TEXT_DIFF_WORK`] and is marked
    /// as a whole block replaced rather than word by word.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub coarse: bool,
}

/// How many words a diff deletes and inserts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct WordCounts {
    pub deleted: usize,
    pub inserted: usize,
}

impl TextDiff {
    /// A text that did not change: one equal segment (none for an empty text).
    pub fn unchanged(text: &str) -> TextDiff {
        TextDiff::single(SegmentKind::Equal, text)
    }

    /// Two texts compared only as wholes: unchanged when equal, else the old one deleted
    /// and the new one inserted. For section bodies, which pages compare as documents
    /// (see [`crate::diff::structure`]), never word by word as Markdown.
    pub fn replaced(old: &str, new: &str) -> TextDiff {
        if old == new {
            return TextDiff::unchanged(old);
        }
        let mut diff = TextDiff::deleted(old);
        diff.segments.extend(TextDiff::inserted(new).segments);
        diff
    }

    /// A text that only the new side has, such as the body of an added section.
    pub fn inserted(text: &str) -> TextDiff {
        TextDiff::single(SegmentKind::Insert, text)
    }

    /// A text that only the old side has, such as the body of a removed section.
    pub fn deleted(text: &str) -> TextDiff {
        TextDiff::single(SegmentKind::Delete, text)
    }

    fn single(kind: SegmentKind, text: &str) -> TextDiff {
        let segments = if text.is_empty() {
            Vec::new()
        } else {
            vec![Segment {
                kind,
                text: text.to_owned(),
            }]
        };
        TextDiff {
            segments,
            coarse: false,
        }
    }

    /// The old text, rebuilt from the equal and deleted segments.
    pub fn old_text(&self) -> String {
        self.side(SegmentKind::Delete)
    }

    /// The new text, rebuilt from the equal and inserted segments.
    pub fn new_text(&self) -> String {
        self.side(SegmentKind::Insert)
    }

    fn side(&self, changed: SegmentKind) -> String {
        self.segments
            .iter()
            .filter(|s| s.kind == SegmentKind::Equal || s.kind == changed)
            .map(|s| s.text.as_str())
            .collect()
    }

    /// Whether both sides are the same text.
    pub fn is_unchanged(&self) -> bool {
        self.segments.iter().all(|s| s.kind == SegmentKind::Equal)
    }

    /// The words (runs of letters or digits; one character each in Chinese or Japanese)
    /// in deleted and in inserted segments, for a summary such as "12 words changed".
    pub fn changed_words(&self) -> WordCounts {
        let mut counts = WordCounts::default();
        for segment in &self.segments {
            let count = match segment.kind {
                SegmentKind::Equal => continue,
                SegmentKind::Delete => &mut counts.deleted,
                SegmentKind::Insert => &mut counts.inserted,
            };
            *count += segment
                .text
                .tokenize_unicode_words()
                .into_iter()
                .filter(|token| token.chars().any(char::is_alphanumeric))
                .count();
        }
        counts
    }
}

/// Diffs two texts word by word, within [`TEXT_DIFF_WORK`].
///
/// Words are split at Unicode word boundaries (UAX #29), so whitespace and punctuation
/// are tokens of their own, and Chinese or Japanese, which have no spaces, diff by
/// character or short word rather than as one whole paragraph. Short unchanged islands
/// inside a larger change (the space between two replaced words) are folded into the
/// change, which reads as one replacement instead of a checkerboard.
pub fn diff_text(old: &str, new: &str) -> TextDiff {
    diff_text_within(old, new, TEXT_DIFF_WORK)
}

/// [`diff_text`] with an explicit work bound.
pub(super) fn diff_text_within(old: &str, new: &str, work: usize) -> TextDiff {
    if old == new {
        return TextDiff::unchanged(old);
    }
    let mut builder = SegmentBuilder::default();
    let mut coarse = false;
    refine(&mut builder, old, new, work, PARAGRAPHS, &mut coarse);
    let mut diff = builder.finish();
    diff.coarse = coarse;
    diff
}

/// The units a diff compares, finest first: words, lines, paragraphs.
const WORDS: usize = 0;
const PARAGRAPHS: usize = 2;

/// Pushes the finest diff of `old` and `new` that fits in `work`, trying units from words
/// up to `max_level`; past them the texts are pushed as replaced whole and `coarse` set.
fn refine(
    builder: &mut SegmentBuilder,
    old: &str,
    new: &str,
    work: usize,
    max_level: usize,
    coarse: &mut bool,
) {
    for level in WORDS..=max_level {
        if push_level(builder, old, new, work, level, coarse) {
            return;
        }
    }
    builder.push(ChangeTag::Delete, old);
    builder.push(ChangeTag::Insert, new);
    *coarse = true;
}

/// Diffs by the units of `level` when their count fits in `work`, each replaced block
/// refined by finer units; false, with nothing pushed, when it does not fit.
fn push_level(
    builder: &mut SegmentBuilder,
    old: &str,
    new: &str,
    work: usize,
    level: usize,
    coarse: &mut bool,
) -> bool {
    if level == WORDS {
        return push_words(builder, old, new, work);
    }
    let (o, n) = match level {
        1 => (lines(old), lines(new)),
        _ => (paragraphs(old), paragraphs(new)),
    };
    push_slices(builder, &o, &n, work, &mut |builder, a, b| {
        if level == WORDS {
            return false;
        }
        refine(builder, &a.concat(), &b.concat(), work, level - 1, coarse);
        true
    })
}

/// Diffs by words (Unicode word boundaries) when they fit in `work`; false, with nothing
/// pushed, when they do not. Only the words between the texts' common beginning and end
/// are split and compared: the common text around them is cut where a word boundary is
/// certain whatever surrounds it (see [`common_ends`]), which gives the same words, so the
/// same diff, as splitting the whole texts.
pub(super) fn push_words(builder: &mut SegmentBuilder, old: &str, new: &str, work: usize) -> bool {
    let (head, tail) = common_ends(old, new);
    let (old_mid, new_mid) = (&old[head..old.len() - tail], &new[head..new.len() - tail]);
    let (o, n) = (
        old_mid.tokenize_unicode_words(),
        new_mid.tokenize_unicode_words(),
    );
    let (to, tn) = trim_common(&o, &n);
    if to.len().saturating_mul(tn.len()) > work {
        return false;
    }
    if head > 0 {
        builder.push(ChangeTag::Equal, &old[..head]);
    }
    let pushed = push_slices(builder, &o, &n, work, &mut |_, _, _| false);
    debug_assert!(pushed, "the work was checked above");
    if tail > 0 {
        builder.push(ChangeTag::Equal, &old[old.len() - tail..]);
    }
    true
}

/// Where two texts can be cut without changing their words: the length of a common
/// beginning and of a common end (not overlapping it), each ending or starting at a place
/// where Unicode word segmentation (UAX #29) always breaks and looks no further: between
/// an ASCII space and an ASCII letter or digit. No rule joins a letter or digit to a space
/// before it, and the rules that look back two characters (WB6, WB7, WB11, WB12) or along
/// a run (WB15, WB16) stop at the space, so the words on either side of the cut are those
/// of the whole text.
fn common_ends(old: &str, new: &str) -> (usize, usize) {
    let (a, b) = (old.as_bytes(), new.as_bytes());
    let cut = |text: &[u8], at: usize| {
        at > 0 && at < text.len() && text[at - 1] == b' ' && text[at].is_ascii_alphanumeric()
    };
    // The common beginning, then the last cut inside it (strictly before its end, where
    // the texts may differ in what follows).
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let head = (1..prefix).rev().find(|&at| cut(a, at)).unwrap_or(0);
    // The common end, within what is left after the whole common beginning, so that it
    // cannot overlap the words the beginning takes; then the first cut inside it.
    let room = a.len().min(b.len()) - prefix;
    let suffix = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take(room)
        .take_while(|(x, y)| x == y)
        .count();
    // A cut at `a.len() - k` needs the byte before it common too: k < suffix.
    let tail = (1..suffix)
        .rev()
        .find(|&k| cut(a, a.len() - k) && cut(b, b.len() - k))
        .unwrap_or(0);
    (head, tail)
}

/// The slices without their common first and last items.
fn trim_common<'a, 'b>(a: &'a [&'b str], b: &'a [&'b str]) -> (&'a [&'b str], &'a [&'b str]) {
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[prefix..], &b[prefix..]);
    let suffix = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    (&a[..a.len() - suffix], &b[..b.len() - suffix])
}

/// Lines with their line breaks.
fn lines(text: &str) -> Vec<&str> {
    text.split_inclusive('\n').collect()
}

/// Paragraphs with the blank lines that end them.
pub(super) fn paragraphs(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut offset = 0;
    let mut in_blank = false;
    for line in text.split_inclusive('\n') {
        let blank = line.trim().is_empty();
        if in_blank && !blank {
            out.push(&text[start..offset]);
            start = offset;
        }
        in_blank = blank;
        offset += line.len();
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

/// Refines a replaced block of units into the builder; false to leave it to the caller.
type RefineBlock<'a> = dyn FnMut(&mut SegmentBuilder, &[&str], &[&str]) -> bool + 'a;

/// Diffs two token sequences (common ends trimmed first) when the rest fits in `work`.
/// `replace` may refine a replaced block itself and return true; else it is pushed as
/// deleted and inserted tokens.
pub(super) fn push_slices<'b>(
    builder: &mut SegmentBuilder,
    old: &[&'b str],
    new: &[&'b str],
    work: usize,
    replace: &mut RefineBlock<'_>,
) -> bool {
    let (o, n) = trim_common(old, new);
    if o.len().saturating_mul(n.len()) > work {
        return false;
    }
    // trim_common takes the common prefix first.
    let prefix = old.iter().zip(new).take_while(|(x, y)| x == y).count();
    for token in &old[..prefix] {
        builder.push(ChangeTag::Equal, token);
    }
    let (o, n) = (
        &old[prefix..prefix + o.len()],
        &new[prefix..prefix + n.len()],
    );
    // Compared as numbers: each distinct token gets one, so Myers compares integers
    // rather than strings, and finds the same script.
    let mut ids: HashMap<&str, u32, BuildHasherDefault<rustc_hash::FxHasher>> = HashMap::default();
    let mut numbered = |tokens: &[&'b str]| -> Vec<u32> {
        tokens
            .iter()
            .map(|t| {
                let next = ids.len() as u32;
                *ids.entry(*t).or_insert(next)
            })
            .collect()
    };
    let (oi, ni) = (numbered(o), numbered(n));
    for op in similar::capture_diff_slices(similar::Algorithm::Myers, &oi, &ni) {
        match op {
            similar::DiffOp::Equal { old_index, len, .. } => {
                for token in &o[old_index..old_index + len] {
                    builder.push(ChangeTag::Equal, token);
                }
            }
            similar::DiffOp::Delete {
                old_index, old_len, ..
            } => {
                for token in &o[old_index..old_index + old_len] {
                    builder.push(ChangeTag::Delete, token);
                }
            }
            similar::DiffOp::Insert {
                new_index, new_len, ..
            } => {
                for token in &n[new_index..new_index + new_len] {
                    builder.push(ChangeTag::Insert, token);
                }
            }
            similar::DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => {
                let (a, b) = (
                    &o[old_index..old_index + old_len],
                    &n[new_index..new_index + new_len],
                );
                if !replace(builder, a, b) {
                    for token in a {
                        builder.push(ChangeTag::Delete, token);
                    }
                    for token in b {
                        builder.push(ChangeTag::Insert, token);
                    }
                }
            }
        }
    }
    for token in &old[prefix + o.len()..] {
        builder.push(ChangeTag::Equal, token);
    }
    true
}

/// Collects diffed tokens into alternating equal runs and changes.
#[derive(Default)]
pub(super) struct SegmentBuilder {
    chunks: Vec<Chunk>,
}

enum Chunk {
    Equal {
        text: String,
        chars: usize,
    },
    /// A maximal run of deleted and inserted tokens, however they interleaved.
    Change {
        deleted: String,
        deleted_chars: usize,
        inserted: String,
        inserted_chars: usize,
    },
}

impl Chunk {
    /// The larger side of a change: how big it looks to a reader.
    fn change_size(&self) -> Option<usize> {
        match self {
            Chunk::Change {
                deleted_chars,
                inserted_chars,
                ..
            } => Some((*deleted_chars).max(*inserted_chars)),
            Chunk::Equal { .. } => None,
        }
    }
}

impl SegmentBuilder {
    fn push(&mut self, tag: ChangeTag, token: &str) {
        let chars = token.chars().count();
        match (tag, self.chunks.last_mut()) {
            (ChangeTag::Equal, Some(Chunk::Equal { text, chars: count })) => {
                text.push_str(token);
                *count += chars;
            }
            (ChangeTag::Equal, _) => {
                self.absorb_islands();
                self.chunks.push(Chunk::Equal {
                    text: token.to_owned(),
                    chars,
                });
            }
            (tag, last) => {
                if !matches!(last, Some(Chunk::Change { .. })) {
                    self.chunks.push(Chunk::Change {
                        deleted: String::new(),
                        deleted_chars: 0,
                        inserted: String::new(),
                        inserted_chars: 0,
                    });
                }
                let Some(Chunk::Change {
                    deleted,
                    deleted_chars,
                    inserted,
                    inserted_chars,
                }) = self.chunks.last_mut()
                else {
                    unreachable!("a change chunk was just ensured");
                };
                if tag == ChangeTag::Delete {
                    deleted.push_str(token);
                    *deleted_chars += chars;
                } else {
                    inserted.push_str(token);
                    *inserted_chars += chars;
                }
            }
        }
    }

    /// Once the last change is complete, folds the equal island before it into the
    /// changes on both sides when the island is no longer than either change and stays
    /// on one line (the rule of diff-match-patch's semantic cleanup, minus line breaks,
    /// so that a change never spans paragraphs). Repeats while the merged change grows.
    fn absorb_islands(&mut self) {
        while let [.., before, Chunk::Equal { chars, text }, after] = self.chunks.as_slice() {
            let (Some(before_size), Some(after_size)) = (before.change_size(), after.change_size())
            else {
                return;
            };
            if *chars > before_size.min(after_size) || text.contains(['\n', '\r']) {
                return;
            }
            let Some(Chunk::Change {
                deleted: after_deleted,
                deleted_chars: after_deleted_chars,
                inserted: after_inserted,
                inserted_chars: after_inserted_chars,
            }) = self.chunks.pop()
            else {
                unreachable!("matched a change above");
            };
            let Some(Chunk::Equal {
                text: island,
                chars: island_chars,
            }) = self.chunks.pop()
            else {
                unreachable!("matched an equal run above");
            };
            let Some(Chunk::Change {
                deleted,
                deleted_chars,
                inserted,
                inserted_chars,
            }) = self.chunks.last_mut()
            else {
                unreachable!("matched a change above");
            };
            deleted.push_str(&island);
            deleted.push_str(&after_deleted);
            *deleted_chars += island_chars + after_deleted_chars;
            inserted.push_str(&island);
            inserted.push_str(&after_inserted);
            *inserted_chars += island_chars + after_inserted_chars;
        }
    }

    pub(super) fn finish(mut self) -> TextDiff {
        self.absorb_islands();
        let mut segments = Vec::with_capacity(self.chunks.len() + 1);
        for chunk in self.chunks {
            match chunk {
                Chunk::Equal { text, .. } => segments.push(Segment {
                    kind: SegmentKind::Equal,
                    text,
                }),
                Chunk::Change {
                    deleted, inserted, ..
                } => {
                    if !deleted.is_empty() {
                        segments.push(Segment {
                            kind: SegmentKind::Delete,
                            text: deleted,
                        });
                    }
                    if !inserted.is_empty() {
                        segments.push(Segment {
                            kind: SegmentKind::Insert,
                            text: inserted,
                        });
                    }
                }
            }
        }
        TextDiff {
            segments,
            coarse: false,
        }
    }
}
