//! What changed between two revisions of a policy, as plain data.
//!
//! Prose is compared word by word ([`diff_text`]); sections and purposes are aligned by
//! `id` and processors by `name` ([`diff_revisions`]). Nothing here knows HTML or
//! templates: the results serialize with stable field names, so the renderer, the JSON
//! output and the terminal `privsite diff` all read the same facts.

pub mod classify;
pub mod compare;
pub mod cookies;
mod lcs;
pub mod memo;
pub mod sections;
pub mod structure;
#[cfg(test)]
mod tests;
mod text;
pub mod told;

pub use sections::SectionNote;
pub use text::{Segment, SegmentKind, TEXT_DIFF_WORK, TextDiff, WordCounts, diff_text};

use std::collections::HashMap;

use jiff::civil::Date;
use serde::Serialize;

use crate::model::{LegalBasis, Processor, Purpose, Region, Revision, Role, Safeguard, Section};

/// What happened to one section or purpose between two revisions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ItemStatus {
    Added,
    Removed,
    Changed,
    Unchanged,
}

/// One section, aligned by `id`, else by its title or text (see [`sections`]). Its text
/// fields are always there, so that a template renders every section the same way: an
/// added section's text is one insertion (but for text it took from an old section), a
/// removed one's one deletion (but for text that went elsewhere), an unchanged one's one
/// equal segment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SectionDiff {
    pub id: String,
    /// The id of the old section it continues, where it continues one: its own id, or
    /// another where it was paired by title or text. `None` for an added or removed one.
    pub old_id: Option<String>,
    pub status: ItemStatus,
    pub title: TextDiff,
    /// The body's old and new text, compared as wholes: pages and `privsite diff`
    /// compare them as documents ([`structure`]), which is costly, only where they show
    /// them.
    pub body: TextDiff,
    /// A split, a merge, a move, a new heading level: what the words alone do not tell.
    pub notes: Vec<SectionNote>,
    /// What the body's old text is.
    #[serde(skip)]
    pub old_body: OldBody,
}

/// Where a section diff's old text comes from, so that a page can show it as rendered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OldBody {
    /// The whole body of the old revision's section at this index.
    Section(usize),
    /// Parts of old sections, put together: the body diff's old text.
    Composed,
    /// Nothing: the section is new.
    Nothing,
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
    /// The regions (EU, EEA) named as where data is processed; `None` where none is.
    Regions(ValueChange<Vec<Region>>),
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
    |old, new| {
        let named = |p: &Processor| {
            let mut r = p.regions.clone();
            r.sort();
            (!r.is_empty()).then_some(r)
        };
        ValueChange::between(&named(old), &named(new)).map(FactChange::Regions)
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
    pub cookies_added: usize,
    pub cookies_removed: usize,
    pub cookies_changed: usize,
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
    pub old_date: Date,
    pub new_date: Date,
    pub title: TextDiff,
    /// An absent intro counts as empty.
    pub intro: TextDiff,
    pub sections: Vec<SectionDiff>,
    pub purposes: Vec<PurposeDiff>,
    pub processors: Vec<ProcessorChange>,
    /// Only changes, as for processors.
    pub cookies: Vec<cookies::CookieChange>,
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
    let plan = sections::plan_of(old, new);
    let sections: Vec<SectionDiff> = align_by(&old.sections, &new.sections, plan.partner.clone())
        .into_iter()
        .map(|a| diff_section(a, &old.sections, &new.sections, &plan))
        .collect();
    let purposes: Vec<PurposeDiff> = align(&old.purposes, &new.purposes, |p| &p.id)
        .into_iter()
        .map(|a| diff_purpose(a, &old.purposes, &new.purposes))
        .collect();
    let processors = diff_processors(&old.processors, &new.processors);
    let cookies = cookies::diff_cookies(&old.cookies, &new.cookies);

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
    let (cookies_added, cookies_removed, cookies_changed) =
        count(&mut cookies.iter().map(|c| match c {
            cookies::CookieChange::Added { .. } => ItemStatus::Added,
            cookies::CookieChange::Removed { .. } => ItemStatus::Removed,
            cookies::CookieChange::Changed(_) => ItemStatus::Changed,
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
        cookies_added,
        cookies_removed,
        cookies_changed,
    };
    RevisionDiff {
        old_date: old.date,
        new_date: new.date,
        title,
        intro,
        sections,
        purposes,
        processors,
        cookies,
        counts,
    }
}

/// An item of the old list, the new list, or both, as [`align`] pairs them: indices.
enum Aligned {
    Added(usize),
    Removed(usize),
    Kept { old: usize, new: usize },
}

/// Pairs the items of two lists by key, in the new list's order, each removed item right
/// after the kept item it followed in the old list (at the start if none). Keys are
/// unique once validated; should one repeat, its n-th occurrences pair up, so every item
/// still appears exactly once.
fn align<T>(old: &[T], new: &[T], key: impl Fn(&T) -> &str) -> Vec<Aligned> {
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
    align_by(old, new, new_to_old)
}

/// As [`align`], with each new item's old partner given.
fn align_by<T>(old: &[T], new: &[T], new_to_old: Vec<Option<usize>>) -> Vec<Aligned> {
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
    aligned.extend(removed_after[0].iter().map(|&i| Aligned::Removed(i)));
    for (n, matched) in new_to_old.into_iter().enumerate() {
        match matched {
            None => aligned.push(Aligned::Added(n)),
            Some(j) => {
                aligned.push(Aligned::Kept { old: j, new: n });
                aligned.extend(removed_after[j + 1].iter().map(|&i| Aligned::Removed(i)));
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

fn diff_section(
    aligned: Aligned,
    old: &[Section],
    new: &[Section],
    plan: &sections::SectionPlan,
) -> SectionDiff {
    match aligned {
        Aligned::Added(j) => {
            let s = &new[j];
            let (body, old_body) = match &plan.old_text[j] {
                Some(t) => (TextDiff::replaced(t, &s.body), OldBody::Composed),
                None => (TextDiff::inserted(&s.body), OldBody::Nothing),
            };
            SectionDiff {
                id: s.id.clone(),
                old_id: None,
                status: ItemStatus::Added,
                title: TextDiff::inserted(&s.title),
                body,
                notes: plan.new_notes[j].clone(),
                old_body,
            }
        }
        Aligned::Removed(i) => {
            let s = &old[i];
            let (body, old_body) = match &plan.remaining[i] {
                Some(t) => (TextDiff::deleted(t), OldBody::Composed),
                None => (TextDiff::deleted(&s.body), OldBody::Section(i)),
            };
            SectionDiff {
                id: s.id.clone(),
                old_id: None,
                status: ItemStatus::Removed,
                title: TextDiff::deleted(&s.title),
                body,
                notes: plan.old_notes[i].clone(),
                old_body,
            }
        }
        Aligned::Kept { old: i, new: j } => {
            let (o, n) = (&old[i], &new[j]);
            let title = diff_text(&o.title, &n.title);
            let (body, old_body) = match &plan.old_text[j] {
                Some(t) => (TextDiff::replaced(t, &n.body), OldBody::Composed),
                None => (TextDiff::replaced(&o.body, &n.body), OldBody::Section(i)),
            };
            // A section only moved, or under a new id, reads the same: unchanged.
            let told = plan.new_notes[j]
                .iter()
                .any(|n| !matches!(n, SectionNote::Moved));
            SectionDiff {
                id: n.id.clone(),
                old_id: Some(o.id.clone()),
                status: status_of(&[&title, &body], told),
                title,
                body,
                notes: plan.new_notes[j].clone(),
                old_body,
            }
        }
    }
}

fn diff_purpose(aligned: Aligned, old: &[Purpose], new: &[Purpose]) -> PurposeDiff {
    let text = |t: &Option<String>| t.as_deref().unwrap_or("").to_owned();
    match aligned {
        Aligned::Added(p) => {
            let p = &new[p];
            PurposeDiff {
                id: p.id.clone(),
                status: ItemStatus::Added,
                title: TextDiff::inserted(&p.title),
                legal_bases: p.legal_bases.clone(),
                legal_bases_added: p.legal_bases.clone(),
                legal_bases_removed: Vec::new(),
                legitimate_interest: TextDiff::inserted(&text(&p.legitimate_interest)),
                body: TextDiff::inserted(&text(&p.body)),
            }
        }
        Aligned::Removed(p) => {
            let p = &old[p];
            PurposeDiff {
                id: p.id.clone(),
                status: ItemStatus::Removed,
                title: TextDiff::deleted(&p.title),
                legal_bases: p.legal_bases.clone(),
                legal_bases_added: Vec::new(),
                legal_bases_removed: p.legal_bases.clone(),
                legitimate_interest: TextDiff::deleted(&text(&p.legitimate_interest)),
                body: TextDiff::deleted(&text(&p.body)),
            }
        }
        Aligned::Kept { old: i, new: j } => {
            let (old, new) = (&old[i], &new[j]);
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
