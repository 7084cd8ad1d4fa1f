//! What changed between two revisions of a policy, as plain data.
//!
//! Prose is compared word by word ([`diff_text`]); sections and purposes are aligned by
//! `id` and processors by `name` ([`diff_revisions`]). Nothing here knows HTML or
//! templates: the results serialize with stable field names, so the renderer, the JSON
//! output and the terminal `privsite diff` all read the same facts.

pub mod classify;
pub mod compare;
pub mod told;

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use jiff::civil::Date;
use serde::Serialize;
use similar::{ChangeTag, DiffableStr};

use crate::model::{
    LegalBasis, Processor, Purpose, Revision, Role, Safeguard, Section, serialize_date,
};

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
fn diff_text_within(old: &str, new: &str, work: usize) -> TextDiff {
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
fn push_words(builder: &mut SegmentBuilder, old: &str, new: &str, work: usize) -> bool {
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
fn paragraphs(text: &str) -> Vec<&str> {
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
fn push_slices<'b>(
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
struct SegmentBuilder {
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

    fn finish(mut self) -> TextDiff {
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

/// What happened to one section or purpose between two revisions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ItemStatus {
    Added,
    Removed,
    Changed,
    Unchanged,
}

/// One section, aligned by `id`. Its text fields are always there, so that a template
/// renders every section the same way: an added section's text is one insertion, a
/// removed one's one deletion, an unchanged one's one equal segment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SectionDiff {
    pub id: String,
    pub status: ItemStatus,
    pub title: TextDiff,
    pub body: TextDiff,
}

/// One purpose of processing, aligned by `id`; text fields as in [`SectionDiff`], and an
/// absent optional text counts as empty.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PurposeDiff {
    pub id: String,
    pub status: ItemStatus,
    pub title: TextDiff,
    /// The bases as they now stand: the new revision's, or the old one's if removed.
    pub legal_bases: Vec<LegalBasis>,
    /// In the new revision's order; all of them for an added purpose.
    pub legal_bases_added: Vec<LegalBasis>,
    /// In the old revision's order; all of them for a removed purpose.
    pub legal_bases_removed: Vec<LegalBasis>,
    pub legitimate_interest: TextDiff,
    pub body: TextDiff,
}

/// An optional value before and after, stated only when it differs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ValueChange<T> {
    pub old: Option<T>,
    pub new: Option<T>,
}

impl<T: PartialEq + Clone> ValueChange<T> {
    /// `Some` when the two values differ.
    fn between(old: &Option<T>, new: &Option<T>) -> Option<ValueChange<T>> {
        (old != new).then(|| ValueChange {
            old: old.clone(),
            new: new.clone(),
        })
    }
}

/// A change to the list of processors, stated as a fact a reader of a sub-processor
/// notice needs. Serialized with a `"change"` tag: `"added"`, `"removed"` or `"changed"`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "change", rename_all = "lowercase")]
pub enum ProcessorChange {
    /// A processor that only the new revision lists.
    Added { name: String, processor: Processor },
    /// A processor that only the old revision lists.
    Removed { name: String, processor: Processor },
    /// A processor both list, with what differs (boxed: it is much the largest).
    Changed(Box<ChangedProcessor>),
}

impl ProcessorChange {
    pub fn name(&self) -> &str {
        match self {
            ProcessorChange::Added { name, .. } | ProcessorChange::Removed { name, .. } => name,
            ProcessorChange::Changed(changed) => &changed.name,
        }
    }
}

/// What differs for a processor that both revisions list: one [`FactChange`] per fact that
/// changed, in the order of [`FACTS`]. Only differences of substance count: the order of
/// countries or of the list itself does not.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChangedProcessor {
    pub name: String,
    /// The processor as the new revision lists it.
    pub processor: Processor,
    /// The processor as the old revision listed it.
    pub before: Processor,
    pub changes: Vec<FactChange>,
}

/// One fact of a processor that changed, with its value before and after (`None` where
/// the revision does not state it). Serialized with a `"fact"` tag.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "fact", rename_all = "snake_case")]
pub enum FactChange {
    /// Renamed: the new revision names the old name in `formerly`, or the same `id`.
    Name(ValueChange<String>),
    Role(ValueChange<Role>),
    /// Where data is processed, each side in its revision's order.
    Countries(ValueChange<Vec<String>>),
    Safeguard(ValueChange<Safeguard>),
    Headquarters(ValueChange<String>),
    Purpose(ValueChange<String>),
    Data(ValueChange<String>),
    Group(ValueChange<String>),
    Url(ValueChange<String>),
}

/// How each fact of a processor is compared, in the order its changes are told: a fact
/// added to [`Processor`] is compared, counted and told by adding its row here.
pub const FACTS: &[fn(&Processor, &Processor) -> Option<FactChange>] = &[
    |old, new| {
        (old.name != new.name).then(|| {
            FactChange::Name(ValueChange {
                old: Some(old.name.clone()),
                new: Some(new.name.clone()),
            })
        })
    },
    |old, new| ValueChange::between(&old.role, &new.role).map(FactChange::Role),
    |old, new| {
        let sorted = |c: &Option<Vec<String>>| {
            c.as_ref().map(|c| {
                let mut c = c.clone();
                c.sort();
                c
            })
        };
        (sorted(&old.countries) != sorted(&new.countries)).then(|| {
            FactChange::Countries(ValueChange {
                old: old.countries.clone(),
                new: new.countries.clone(),
            })
        })
    },
    |old, new| ValueChange::between(&old.safeguard, &new.safeguard).map(FactChange::Safeguard),
    |old, new| {
        ValueChange::between(&old.headquarters, &new.headquarters).map(FactChange::Headquarters)
    },
    |old, new| text_change(&old.purpose, &new.purpose).map(FactChange::Purpose),
    |old, new| text_change(&old.data, &new.data).map(FactChange::Data),
    |old, new| ValueChange::between(&old.group, &new.group).map(FactChange::Group),
    |old, new| ValueChange::between(&old.url, &new.url).map(FactChange::Url),
];

/// An optional text before and after, when it changed in more than white space at its ends.
fn text_change(old: &Option<String>, new: &Option<String>) -> Option<ValueChange<String>> {
    fn trimmed(t: &Option<String>) -> Option<&str> {
        t.as_deref().map(str::trim).filter(|t| !t.is_empty())
    }
    (trimmed(old) != trimmed(new)).then(|| ValueChange {
        old: trimmed(old).map(str::to_string),
        new: trimmed(new).map(str::to_string),
    })
}

/// How much changed, for summaries, feeds and the decision whether there is a diff.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub title_changed: bool,
    pub intro_changed: bool,
    pub sections_added: usize,
    pub sections_removed: usize,
    pub sections_changed: usize,
    pub purposes_added: usize,
    pub purposes_removed: usize,
    pub purposes_changed: usize,
    pub processors_added: usize,
    pub processors_removed: usize,
    pub processors_changed: usize,
}

impl Counts {
    /// Whether nothing at all changed.
    pub fn is_empty(&self) -> bool {
        *self == Counts::default()
    }
}

/// Everything that changed from one revision to another.
///
/// `sections` and `purposes` list every item of both revisions once, in the new
/// revision's order, each removed item right after the item it followed in the old one
/// (first if it followed none), so that a reader sees the document in order.
/// `processors` lists only changes: removed, then added, then changed, each group sorted
/// by name (case-insensitively), as a sub-processor notice states them.
/// The revisions' `summary` is not diffed: it describes the change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RevisionDiff {
    #[serde(serialize_with = "serialize_date")]
    pub old_date: Date,
    #[serde(serialize_with = "serialize_date")]
    pub new_date: Date,
    pub title: TextDiff,
    /// An absent intro counts as empty.
    pub intro: TextDiff,
    pub sections: Vec<SectionDiff>,
    pub purposes: Vec<PurposeDiff>,
    pub processors: Vec<ProcessorChange>,
    pub counts: Counts,
}

impl RevisionDiff {
    /// Whether some text change was too big to mark word by word (see
    /// [`TEXT_DIFF_WORK`]) and is marked as a whole block replaced.
    pub fn coarse(&self) -> bool {
        // A processor's purpose and data changes are told before and after, not marked.
        [&self.title, &self.intro]
            .into_iter()
            .chain(self.sections.iter().flat_map(|s| [&s.title, &s.body]))
            .chain(
                self.purposes
                    .iter()
                    .flat_map(|p| [&p.title, &p.legitimate_interest, &p.body]),
            )
            .any(|t| t.coarse)
    }

    /// Whether nothing at all changed.
    pub fn is_empty(&self) -> bool {
        self.counts.is_empty()
    }
}

/// Diffs two revisions of one policy, usually a revision and its predecessor.
pub fn diff_revisions(old: &Revision, new: &Revision) -> RevisionDiff {
    let title = diff_text(&old.title, &new.title);
    let intro = diff_text(
        old.intro.as_deref().unwrap_or(""),
        new.intro.as_deref().unwrap_or(""),
    );
    let sections: Vec<SectionDiff> = align(&old.sections, &new.sections, |s| &s.id)
        .into_iter()
        .map(diff_section)
        .collect();
    let purposes: Vec<PurposeDiff> = align(&old.purposes, &new.purposes, |p| &p.id)
        .into_iter()
        .map(diff_purpose)
        .collect();
    let processors = diff_processors(&old.processors, &new.processors);

    let count = |statuses: &mut dyn Iterator<Item = ItemStatus>| {
        let (mut added, mut removed, mut changed) = (0, 0, 0);
        for status in statuses {
            match status {
                ItemStatus::Added => added += 1,
                ItemStatus::Removed => removed += 1,
                ItemStatus::Changed => changed += 1,
                ItemStatus::Unchanged => {}
            }
        }
        (added, removed, changed)
    };
    let (sections_added, sections_removed, sections_changed) =
        count(&mut sections.iter().map(|s| s.status));
    let (purposes_added, purposes_removed, purposes_changed) =
        count(&mut purposes.iter().map(|p| p.status));
    let (processors_added, processors_removed, processors_changed) =
        count(&mut processors.iter().map(|p| match p {
            ProcessorChange::Added { .. } => ItemStatus::Added,
            ProcessorChange::Removed { .. } => ItemStatus::Removed,
            ProcessorChange::Changed(_) => ItemStatus::Changed,
        }));
    let counts = Counts {
        title_changed: !title.is_unchanged(),
        intro_changed: !intro.is_unchanged(),
        sections_added,
        sections_removed,
        sections_changed,
        purposes_added,
        purposes_removed,
        purposes_changed,
        processors_added,
        processors_removed,
        processors_changed,
    };
    RevisionDiff {
        old_date: old.date,
        new_date: new.date,
        title,
        intro,
        sections,
        purposes,
        processors,
        counts,
    }
}

/// An item of the old list, the new list, or both, as [`align`] pairs them.
enum Aligned<'a, T> {
    Added(&'a T),
    Removed(&'a T),
    Kept { old: &'a T, new: &'a T },
}

/// Pairs the items of two lists by key, in the new list's order, each removed item right
/// after the kept item it followed in the old list (at the start if none). Keys are
/// unique once validated; should one repeat, its n-th occurrences pair up, so every item
/// still appears exactly once.
fn align<'a, T>(old: &'a [T], new: &'a [T], key: impl Fn(&T) -> &str) -> Vec<Aligned<'a, T>> {
    let mut old_index: HashMap<(&str, usize), usize> = HashMap::with_capacity(old.len());
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (i, item) in old.iter().enumerate() {
        let occurrence = seen.entry(key(item)).or_default();
        old_index.insert((key(item), *occurrence), i);
        *occurrence += 1;
    }
    seen.clear();
    let new_to_old: Vec<Option<usize>> = new
        .iter()
        .map(|item| {
            let occurrence = seen.entry(key(item)).or_default();
            let matched = old_index.get(&(key(item), *occurrence)).copied();
            *occurrence += 1;
            matched
        })
        .collect();

    let mut kept = vec![false; old.len()];
    for &j in new_to_old.iter().flatten() {
        kept[j] = true;
    }
    // removed_after[0]: removed items before any kept one; removed_after[j + 1]: those
    // after old item j.
    let mut removed_after: Vec<Vec<usize>> = vec![Vec::new(); old.len() + 1];
    let mut anchor = 0;
    for (i, &is_kept) in kept.iter().enumerate() {
        if is_kept {
            anchor = i + 1;
        } else {
            removed_after[anchor].push(i);
        }
    }

    let mut aligned = Vec::with_capacity(old.len() + new.len());
    aligned.extend(removed_after[0].iter().map(|&i| Aligned::Removed(&old[i])));
    for (item, matched) in new.iter().zip(new_to_old) {
        match matched {
            None => aligned.push(Aligned::Added(item)),
            Some(j) => {
                aligned.push(Aligned::Kept {
                    old: &old[j],
                    new: item,
                });
                aligned.extend(
                    removed_after[j + 1]
                        .iter()
                        .map(|&i| Aligned::Removed(&old[i])),
                );
            }
        }
    }
    aligned
}

fn status_of(diffs: &[&TextDiff], lists_changed: bool) -> ItemStatus {
    if lists_changed || diffs.iter().any(|d| !d.is_unchanged()) {
        ItemStatus::Changed
    } else {
        ItemStatus::Unchanged
    }
}

fn diff_section(aligned: Aligned<'_, Section>) -> SectionDiff {
    match aligned {
        Aligned::Added(s) => SectionDiff {
            id: s.id.clone(),
            status: ItemStatus::Added,
            title: TextDiff::inserted(&s.title),
            body: TextDiff::inserted(&s.body),
        },
        Aligned::Removed(s) => SectionDiff {
            id: s.id.clone(),
            status: ItemStatus::Removed,
            title: TextDiff::deleted(&s.title),
            body: TextDiff::deleted(&s.body),
        },
        Aligned::Kept { old, new } => {
            let title = diff_text(&old.title, &new.title);
            let body = diff_text(&old.body, &new.body);
            SectionDiff {
                id: new.id.clone(),
                status: status_of(&[&title, &body], false),
                title,
                body,
            }
        }
    }
}

fn diff_purpose(aligned: Aligned<'_, Purpose>) -> PurposeDiff {
    let text = |t: &Option<String>| t.as_deref().unwrap_or("").to_owned();
    match aligned {
        Aligned::Added(p) => PurposeDiff {
            id: p.id.clone(),
            status: ItemStatus::Added,
            title: TextDiff::inserted(&p.title),
            legal_bases: p.legal_bases.clone(),
            legal_bases_added: p.legal_bases.clone(),
            legal_bases_removed: Vec::new(),
            legitimate_interest: TextDiff::inserted(&text(&p.legitimate_interest)),
            body: TextDiff::inserted(&text(&p.body)),
        },
        Aligned::Removed(p) => PurposeDiff {
            id: p.id.clone(),
            status: ItemStatus::Removed,
            title: TextDiff::deleted(&p.title),
            legal_bases: p.legal_bases.clone(),
            legal_bases_added: Vec::new(),
            legal_bases_removed: p.legal_bases.clone(),
            legitimate_interest: TextDiff::deleted(&text(&p.legitimate_interest)),
            body: TextDiff::deleted(&text(&p.body)),
        },
        Aligned::Kept { old, new } => {
            let title = diff_text(&old.title, &new.title);
            let legitimate_interest = diff_text(
                &text(&old.legitimate_interest),
                &text(&new.legitimate_interest),
            );
            let body = diff_text(&text(&old.body), &text(&new.body));
            let legal_bases_added = missing_from(&new.legal_bases, &old.legal_bases);
            let legal_bases_removed = missing_from(&old.legal_bases, &new.legal_bases);
            let lists_changed = !legal_bases_added.is_empty() || !legal_bases_removed.is_empty();
            PurposeDiff {
                id: new.id.clone(),
                status: status_of(&[&title, &legitimate_interest, &body], lists_changed),
                title,
                legal_bases: new.legal_bases.clone(),
                legal_bases_added,
                legal_bases_removed,
                legitimate_interest,
                body,
            }
        }
    }
}

/// The items of `list` that `other` lacks, in `list`'s order.
fn missing_from<T: PartialEq + Clone>(list: &[T], other: &[T]) -> Vec<T> {
    list.iter()
        .filter(|x| !other.contains(x))
        .cloned()
        .collect()
}

fn diff_processors(old: &[Processor], new: &[Processor]) -> Vec<ProcessorChange> {
    let mut removed = Vec::new();
    let mut added = Vec::new();
    let mut changed = Vec::new();
    // Each new processor continues at most one old one (by id, name, or former name), and
    // each old one is continued at most once.
    let mut continued = vec![false; old.len()];
    for n in new {
        let earlier = old
            .iter()
            .enumerate()
            .filter(|(i, _)| !continued[*i])
            .find(|(_, o)| crate::model::find_continuing(std::slice::from_ref(n), o).is_some());
        match earlier {
            Some((i, o)) => {
                continued[i] = true;
                if let Some(change) = diff_processor(o, n) {
                    changed.push(ProcessorChange::Changed(Box::new(change)));
                }
            }
            None => added.push(ProcessorChange::Added {
                name: n.name.clone(),
                processor: n.clone(),
            }),
        }
    }
    for (o, _) in old.iter().zip(&continued).filter(|(_, c)| !**c) {
        removed.push(ProcessorChange::Removed {
            name: o.name.clone(),
            processor: o.clone(),
        });
    }
    for group in [&mut removed, &mut added, &mut changed] {
        group.sort_by(|a, b| {
            let (a, b) = (a.name(), b.name());
            a.to_lowercase()
                .cmp(&b.to_lowercase())
                .then_with(|| a.cmp(b))
        });
    }
    removed.into_iter().chain(added).chain(changed).collect()
}

/// What differs between two listings of one processor; `None` when nothing does.
fn diff_processor(old: &Processor, new: &Processor) -> Option<ChangedProcessor> {
    let changes: Vec<FactChange> = FACTS.iter().filter_map(|fact| fact(old, new)).collect();
    (!changes.is_empty()).then(|| ChangedProcessor {
        name: new.name.clone(),
        processor: new.clone(),
        before: old.clone(),
        changes,
    })
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use proptest::prelude::*;

    use super::*;
    use crate::diagnostic::Position;

    /// Pieces that stress word segmentation around the cuts of [`common_ends`]: spaces
    /// before letters, digits and marks, mid-word punctuation, flags, joiners, line breaks.
    #[rustfmt::skip]
    const PIECES: &[&str] = &[
        "data", "a", "B", "7", "3.14", "1,000", "don't", "e-mail", "e\u{301}", "\u{301}", "ﬁle",
        "個人", "を", "🇸🇪", "🇫🇮", "\u{200d}", "👩‍👩‍👧", "\u{feff}", " ", "  ", "\t", "\n", "\r\n",
        ",", ".", ":", "'", "_", "-", "—", "\u{a0}", "\u{2060}",
    ];

    fn text() -> impl Strategy<Value = String> {
        prop::collection::vec(prop::sample::select(PIECES), 0..30).prop_map(|p| p.concat())
    }

    /// What [`push_words`] did before it cut the common ends: every word of both texts.
    fn words_whole(old: &str, new: &str) -> TextDiff {
        let mut builder = SegmentBuilder::default();
        let (o, n) = (old.tokenize_unicode_words(), new.tokenize_unicode_words());
        assert!(push_slices(
            &mut builder,
            &o,
            &n,
            TEXT_DIFF_WORK,
            &mut |_, _, _| false
        ));
        builder.finish()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        /// Cutting the common beginning and end before splitting words gives the diff that
        /// splitting the whole texts gives, byte for byte.
        #[test]
        fn cutting_the_common_ends_changes_no_diff(
            head in text(), old_mid in text(), new_mid in text(), tail in text()
        ) {
            let old = format!("{head}{old_mid}{tail}");
            let new = format!("{head}{new_mid}{tail}");
            let mut builder = SegmentBuilder::default();
            prop_assert!(push_words(&mut builder, &old, &new, TEXT_DIFF_WORK));
            prop_assert_eq!(builder.finish(), words_whole(&old, &new));
        }
    }

    fn segments(diff: &TextDiff) -> Vec<(SegmentKind, &str)> {
        diff.segments
            .iter()
            .map(|s| (s.kind, s.text.as_str()))
            .collect()
    }

    fn assert_round_trip(old: &str, new: &str, diff: &TextDiff) {
        assert_eq!(diff.old_text(), old);
        assert_eq!(diff.new_text(), new);
        assert!(diff.segments.iter().all(|s| !s.text.is_empty()));
        assert!(diff.segments.windows(2).all(|w| w[0].kind != w[1].kind));
    }

    fn equal_chars(diff: &TextDiff) -> usize {
        diff.segments
            .iter()
            .filter(|s| s.kind == SegmentKind::Equal)
            .map(|s| s.text.chars().count())
            .sum()
    }

    #[test]
    fn one_replaced_word_is_one_deletion_and_one_insertion() {
        let old = "We use Stripe to take payments.";
        let new = "We use Adyen to take payments.";
        let diff = diff_text(old, new);
        assert_eq!(
            segments(&diff),
            [
                (SegmentKind::Equal, "We use "),
                (SegmentKind::Delete, "Stripe"),
                (SegmentKind::Insert, "Adyen"),
                (SegmentKind::Equal, " to take payments."),
            ]
        );
        assert_eq!(
            diff.changed_words(),
            WordCounts {
                deleted: 1,
                inserted: 1
            }
        );
        assert!(!diff.is_unchanged());
    }

    #[test]
    fn one_changed_chinese_character_is_a_small_change() {
        let old = "我们不会向任何第三方出售您的个人信息，除非法律另有规定。";
        let new = "我们不会向任何第三方出租您的个人信息，除非法律另有规定。";
        let diff = diff_text(old, new);
        assert_round_trip(old, new, &diff);
        assert_eq!(
            segments(&diff),
            [
                (SegmentKind::Equal, "我们不会向任何第三方出"),
                (SegmentKind::Delete, "售"),
                (SegmentKind::Insert, "租"),
                (SegmentKind::Equal, "您的个人信息，除非法律另有规定。"),
            ]
        );
    }

    #[test]
    fn one_changed_japanese_word_is_a_small_change() {
        let old = "お客様の個人情報は、法令に基づく場合を除き、第三者に提供しません。";
        let new = "お客様の個人情報は、法令に基づく場合を除き、第三者に開示しません。";
        let diff = diff_text(old, new);
        assert_round_trip(old, new, &diff);
        let changed: Vec<_> = segments(&diff)
            .into_iter()
            .filter(|(kind, _)| *kind != SegmentKind::Equal)
            .collect();
        assert_eq!(
            changed,
            [(SegmentKind::Delete, "提供"), (SegmentKind::Insert, "開示")]
        );
        assert_eq!(equal_chars(&diff), old.chars().count() - 2);
    }

    #[test]
    fn short_islands_between_changes_fold_into_one_replacement() {
        let diff = diff_text(
            "Stripe and Klarna handle payments.",
            "Adyen and PayPal handle payments.",
        );
        assert_eq!(
            segments(&diff),
            [
                (SegmentKind::Delete, "Stripe and Klarna"),
                (SegmentKind::Insert, "Adyen and PayPal"),
                (SegmentKind::Equal, " handle payments."),
            ]
        );
    }

    #[test]
    fn changes_do_not_fold_across_line_breaks() {
        let diff = diff_text("Stripe\nKlarna", "Adyen\nPayPal");
        assert_eq!(
            segments(&diff),
            [
                (SegmentKind::Delete, "Stripe"),
                (SegmentKind::Insert, "Adyen"),
                (SegmentKind::Equal, "\n"),
                (SegmentKind::Delete, "Klarna"),
                (SegmentKind::Insert, "PayPal"),
            ]
        );
    }

    #[test]
    fn texts_round_trip_across_scripts_and_line_endings() {
        let cases = [
            ("", ""),
            ("", "new"),
            ("old", ""),
            ("same", "same"),
            ("a\r\nb\r\n", "a\nb\n"),
            ("cafe\u{301} 👩‍👩‍👧 🇸🇪", "café 👩‍👩‍👦 🇫🇮"),
            (
                "Данные — 個人情報 مرحبا ไทย",
                "Данные – 個人情報 مرحبًا ไทยแลนด์",
            ),
        ];
        for (old, new) in cases {
            assert_round_trip(old, new, &diff_text(old, new));
        }
        assert!(diff_text("same", "same").is_unchanged());
        assert!(diff_text("", "").segments.is_empty());
    }

    #[test]
    fn text_past_the_work_bound_gives_a_coarser_but_exact_diff() {
        let old: String = (0..900).map(|i| format!("w{} ", i % 7)).collect();
        let new: String = (0..900).map(|i| format!("w{} ", i % 11)).collect();
        let fine = diff_text(&old, &new);
        assert!(!fine.coarse);
        assert_round_trip(&old, &new, &fine);
        // Words too many for the bound, lines few enough: line blocks, then words.
        let lined_old = old.replace("w3 ", "w3\n");
        let lined_new = new.replace("w3 ", "w3\n");
        let diff = diff_text_within(&lined_old, &lined_new, 50_000);
        assert_round_trip(&lined_old, &lined_new, &diff);
        let para: String = (0..200)
            .map(|l| format!("line {l} says a b c d e f\n"))
            .collect();
        let edited: String = (0..200)
            .map(|l| {
                format!(
                    "line {l} says a b {} d e f\n",
                    if l % 10 == 0 { "X" } else { "c" }
                )
            })
            .collect();
        let diff = diff_text_within(&para, &edited, 50_000);
        assert!(!diff.coarse);
        assert_round_trip(&para, &edited, &diff);
        assert_eq!(
            diff.changed_words(),
            WordCounts {
                deleted: 20,
                inserted: 20
            }
        );
        assert_eq!(
            paragraphs("a\nb\n\nc\n \n\nd"),
            ["a\nb\n\n", "c\n \n\n", "d"]
        );
        // Nothing fits: one replaced block, marked coarse.
        let diff = diff_text_within(&old, &new, 10);
        assert!(diff.coarse);
        assert_round_trip(&old, &new, &diff);
        // A small change in a big text stays fine: the common ends cost nothing.
        let edited = old.replacen("w5", "w9", 1);
        assert!(!diff_text_within(&old, &edited, 10).coarse);
    }

    fn section(id: &str, title: &str, body: &str) -> Section {
        Section {
            id: id.into(),
            covers: vec![],
            title: title.into(),
            body: body.into(),
            position: Position::default(),
        }
    }

    fn purpose(id: &str, legal_bases: &[LegalBasis]) -> Purpose {
        Purpose {
            id: id.into(),
            title: format!("Purpose {id}"),
            legal_bases: legal_bases.to_vec(),
            legitimate_interest: None,
            body: None,
            position: Position::default(),
        }
    }

    fn processor(name: &str, countries: &[&str], safeguard: Option<Safeguard>) -> Processor {
        Processor {
            name: name.into(),
            id: None,
            formerly: vec![],
            role: None,
            purpose: Some("Payments".into()),
            data: None,
            countries: Some(countries.iter().map(|c| c.to_string()).collect()),
            headquarters: None,
            safeguard,
            group: None,
            url: None,
            position: Position::default(),
        }
    }

    fn revision(
        sections: Vec<Section>,
        purposes: Vec<Purpose>,
        processors: Vec<Processor>,
    ) -> Revision {
        Revision {
            date: jiff::civil::date(2024, 1, 1),
            source: PathBuf::from("content/acme/en/2024-01-01.toml"),
            title: "Privacy policy".into(),
            summary: None,
            draft: false,
            intro: None,
            sections,
            purposes,
            processors,
            groups: vec![],
            translated_from: None,
            translated_from_position: None,
            date_note: None,
            notice: Default::default(),
        }
    }

    fn section_statuses(diff: &RevisionDiff) -> Vec<(&str, ItemStatus)> {
        diff.sections
            .iter()
            .map(|s| (s.id.as_str(), s.status))
            .collect()
    }

    #[test]
    fn sections_align_by_id_in_new_order_with_removed_where_they_stood() {
        let old = revision(
            vec![
                section("gone-first", "G1", "x"),
                section("controller", "Controller", "Acme AB"),
                section("data", "Data", "Names"),
                section("gone", "Gone", "y"),
                section("rights", "Rights", "Access"),
            ],
            vec![],
            vec![],
        );
        let new = revision(
            vec![
                section("rights", "Rights", "Access and erasure"),
                section("new", "New", "z"),
                section("controller", "Controller", "Acme AB"),
                section("data", "Data", "Names"),
            ],
            vec![],
            vec![],
        );
        let diff = diff_revisions(&old, &new);
        assert_eq!(
            section_statuses(&diff),
            [
                ("gone-first", ItemStatus::Removed),
                ("rights", ItemStatus::Changed),
                ("new", ItemStatus::Added),
                ("controller", ItemStatus::Unchanged),
                ("data", ItemStatus::Unchanged),
                ("gone", ItemStatus::Removed),
            ]
        );
        let rights = &diff.sections[1];
        assert!(rights.title.is_unchanged());
        assert_eq!(
            segments(&rights.body),
            [
                (SegmentKind::Equal, "Access"),
                (SegmentKind::Insert, " and erasure"),
            ]
        );
        assert_eq!(
            segments(&diff.sections[2].body),
            [(SegmentKind::Insert, "z")]
        );
        assert_eq!(
            segments(&diff.sections[5].title),
            [(SegmentKind::Delete, "Gone")]
        );
        assert_eq!(
            (
                diff.counts.sections_added,
                diff.counts.sections_removed,
                diff.counts.sections_changed
            ),
            (1, 2, 1)
        );
        assert!(!diff.is_empty());
    }

    #[test]
    fn a_processor_gaining_a_country_and_a_safeguard_reports_exactly_that() {
        let old = revision(
            vec![],
            vec![],
            vec![
                processor("Stripe", &["SE"], None),
                processor("Fortnox", &["SE"], None),
            ],
        );
        let new = revision(
            vec![],
            vec![],
            vec![
                processor("Fortnox", &["SE"], None),
                processor("Stripe", &["SE", "US"], Some(Safeguard::Dpf)),
            ],
        );
        let diff = diff_revisions(&old, &new);
        let [ProcessorChange::Changed(stripe)] = diff.processors.as_slice() else {
            panic!("expected one changed processor, got {:?}", diff.processors);
        };
        assert_eq!(stripe.name, "Stripe");
        // Exactly the countries and the safeguard, before and after, nothing else.
        assert_eq!(
            stripe.changes,
            [
                FactChange::Countries(ValueChange {
                    old: Some(vec!["SE".into()]),
                    new: Some(vec!["SE".into(), "US".into()]),
                }),
                FactChange::Safeguard(ValueChange {
                    old: None,
                    new: Some(Safeguard::Dpf)
                }),
            ]
        );
        assert_eq!(
            diff.counts,
            Counts {
                processors_changed: 1,
                ..Counts::default()
            }
        );
    }

    #[test]
    fn processor_changes_list_removed_then_added_then_changed_by_name() {
        let old = revision(
            vec![],
            vec![],
            vec![
                processor("zendesk", &["US"], Some(Safeguard::Scc)),
                processor("Mailchimp", &["US"], Some(Safeguard::Scc)),
                processor("Aws", &["IE"], None),
                processor("Kept", &["SE"], None),
            ],
        );
        let mut moved = processor("Aws", &["IE"], None);
        moved.url = Some("https://aws.amazon.com/privacy".into());
        let new = revision(
            vec![],
            vec![],
            vec![
                processor("Kept", &["SE"], None),
                processor("Postmark", &["US"], Some(Safeguard::Dpf)),
                moved,
                processor("brevo", &["FR"], None),
            ],
        );
        let diff = diff_revisions(&old, &new);
        let listed: Vec<(&str, &str)> = diff
            .processors
            .iter()
            .map(|p| {
                let change = match p {
                    ProcessorChange::Added { .. } => "added",
                    ProcessorChange::Removed { .. } => "removed",
                    ProcessorChange::Changed(_) => "changed",
                };
                (change, p.name())
            })
            .collect();
        assert_eq!(
            listed,
            [
                ("removed", "Mailchimp"),
                ("removed", "zendesk"),
                ("added", "brevo"),
                ("added", "Postmark"),
                ("changed", "Aws"),
            ]
        );
    }

    #[test]
    fn purposes_report_legal_bases_added_and_removed() {
        let old = revision(
            vec![],
            vec![
                purpose("billing", &[LegalBasis::Consent, LegalBasis::Contract]),
                purpose("marketing", &[LegalBasis::Consent]),
            ],
            vec![],
        );
        let mut marketing = purpose("marketing", &[LegalBasis::Consent]);
        marketing.body = Some("Newsletters.".into());
        let new = revision(
            vec![],
            vec![
                purpose(
                    "billing",
                    &[LegalBasis::Contract, LegalBasis::LegalObligation],
                ),
                marketing,
            ],
            vec![],
        );
        let diff = diff_revisions(&old, &new);
        let billing = &diff.purposes[0];
        assert_eq!(billing.status, ItemStatus::Changed);
        assert_eq!(
            billing.legal_bases,
            [LegalBasis::Contract, LegalBasis::LegalObligation]
        );
        assert_eq!(billing.legal_bases_added, [LegalBasis::LegalObligation]);
        assert_eq!(billing.legal_bases_removed, [LegalBasis::Consent]);
        assert!(billing.title.is_unchanged() && billing.body.is_unchanged());
        let marketing = &diff.purposes[1];
        assert_eq!(marketing.status, ItemStatus::Changed);
        assert!(marketing.legal_bases_added.is_empty() && marketing.legal_bases_removed.is_empty());
        assert_eq!(
            segments(&marketing.body),
            [(SegmentKind::Insert, "Newsletters.")]
        );
        assert_eq!(diff.counts.purposes_changed, 2);
    }

    #[test]
    fn reordering_alone_and_absent_versus_empty_text_change_nothing() {
        let mut old = revision(
            vec![section("a", "A", "1"), section("b", "B", "2")],
            vec![purpose("p", &[LegalBasis::Consent, LegalBasis::Contract])],
            vec![processor("X", &["SE", "US"], Some(Safeguard::Scc))],
        );
        old.intro = None;
        let mut new = revision(
            vec![section("b", "B", "2"), section("a", "A", "1")],
            vec![purpose("p", &[LegalBasis::Contract, LegalBasis::Consent])],
            vec![processor("X", &["US", "SE"], Some(Safeguard::Scc))],
        );
        new.intro = Some(String::new());
        new.summary = Some("Reordered.".into());
        new.sections[0].position = Position { line: 9, column: 1 };
        let diff = diff_revisions(&old, &new);
        assert!(diff.is_empty(), "{diff:#?}");
        assert_eq!(
            section_statuses(&diff),
            [("b", ItemStatus::Unchanged), ("a", ItemStatus::Unchanged)]
        );
    }

    #[test]
    fn title_and_intro_changes_count() {
        let old = revision(vec![], vec![], vec![]);
        let mut new = old.clone();
        new.title = "Privacy notice".into();
        new.intro = Some("Hello.".into());
        let diff = diff_revisions(&old, &new);
        assert!(diff.counts.title_changed && diff.counts.intro_changed);
        assert_eq!(diff.intro.new_text(), "Hello.");
        assert!(!diff.is_empty());
    }

    #[test]
    fn serialized_names_are_stable() {
        let old = revision(vec![], vec![], vec![]);
        let new = revision(
            vec![section("data", "Data", "Names")],
            vec![],
            vec![processor("Stripe", &["US"], Some(Safeguard::Dpf))],
        );
        let value = toml::Value::try_from(diff_revisions(&old, &new)).unwrap();
        assert_eq!(value["old_date"].as_str(), Some("2024-01-01"));
        assert_eq!(value["sections"][0]["status"].as_str(), Some("added"));
        assert_eq!(
            value["sections"][0]["title"]["segments"][0]["kind"].as_str(),
            Some("insert")
        );
        assert_eq!(value["processors"][0]["change"].as_str(), Some("added"));
        assert_eq!(value["processors"][0]["name"].as_str(), Some("Stripe"));
        assert_eq!(
            value["processors"][0]["processor"]["safeguard"].as_str(),
            Some("dpf")
        );
        assert_eq!(value["counts"]["processors_added"].as_integer(), Some(1));

        let moved = revision(
            vec![],
            vec![],
            vec![processor("Stripe", &["US", "IN"], Some(Safeguard::Scc))],
        );
        let value = toml::Value::try_from(diff_revisions(&new, &moved)).unwrap();
        let stripe = &value["processors"][0];
        assert_eq!(stripe["change"].as_str(), Some("changed"));
        assert_eq!(stripe["name"].as_str(), Some("Stripe"));
        let changes = stripe["changes"].as_array().unwrap();
        assert_eq!(changes[0]["fact"].as_str(), Some("countries"));
        assert_eq!(changes[0]["new"][1].as_str(), Some("IN"));
        assert_eq!(changes[1]["fact"].as_str(), Some("safeguard"));
        assert_eq!(changes[1]["old"].as_str(), Some("dpf"));
        assert_eq!(changes[1]["new"].as_str(), Some("scc"));
    }
}
