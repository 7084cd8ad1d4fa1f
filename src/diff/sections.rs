//! Sections aligned across restructuring.
//!
//! Sections pair by `id` first. Sections left without a partner on both sides pair by
//! their title, else by their text: two sections sharing at least half the words of the
//! smaller one are one section under a new id (a new title line above an unchanged
//! document is one such). Then the text of sections that still have no partner is
//! followed paragraph by paragraph (a paragraph is a block of the Markdown between blank
//! lines, compared with its white space folded): a new section made of an old one's
//! paragraphs was split from it (or, when the old one held its title as a sub-heading,
//! promoted from it); an old section whose paragraphs went into another was merged into
//! it (or, when that one now holds its title as a sub-heading, demoted into it). A
//! paragraph is then compared where it went, so that text which only moved is not
//! marked. Paired sections out of their old order moved.
//!
//! Paragraphs are only read when some section lost its partner: a revision whose
//! sections keep their ids costs one pass over their ids.

use std::hash::{Hash, Hasher};

use rustc_hash::{FxHashMap, FxHasher};
use serde::Serialize;

use crate::model::Section;

/// What a diff page says of a section beyond its words: told in the reader's language
/// ([`crate::diff::told::section_note`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "note", rename_all = "kebab-case")]
pub enum SectionNote {
    /// A section in a new place among the others.
    Moved,
    /// Paired by its title or its text, not its id: the old section's title.
    Was { title: String },
    /// A new section made of text of the old section `title`.
    SplitFrom { title: String },
    /// A new section that was a sub-heading of the old section `title`, with its text.
    Promoted { title: String },
    /// A section part of whose text is now the new section `id`.
    SplitInto { id: String, title: String },
    /// A section that now holds the text of the old section `title`.
    MergedFrom { title: String },
    /// An old section whose text is now in the section `id`.
    MergedInto { id: String, title: String },
    /// An old section that is now a sub-heading of the section `id`, with its text.
    DemotedInto { id: String, title: String },
}

/// How the sections of two revisions pair, and what each is compared with.
#[derive(Debug, Default)]
pub(crate) struct SectionPlan {
    /// Per new section: the old section it continues, if any.
    pub(crate) partner: Vec<Option<usize>>,
    /// Per new section: the old text it is compared with, where that is not its
    /// partner's whole body (or nothing, for a section without one).
    pub(crate) old_text: Vec<Option<String>>,
    /// Per old section without a partner: what is left of it once the text that went
    /// elsewhere is taken out, where some did.
    pub(crate) remaining: Vec<Option<String>>,
    pub(crate) new_notes: Vec<Vec<SectionNote>>,
    pub(crate) old_notes: Vec<Vec<SectionNote>>,
}

/// A block of Markdown between blank lines (a fenced code block is never cut).
#[derive(Debug)]
struct Chunk<'a> {
    text: &'a str,
    key: u64,
    words: usize,
    /// A heading's words, folded as [`fold`] folds a title.
    heading: Option<String>,
}

fn fold(title: &str) -> String {
    title
        .split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

fn chunk<'a>(text: &'a str) -> Chunk<'a> {
    let mut h = FxHasher::default();
    let mut words = 0;
    for w in crate::text::words::words(text) {
        w.hash(&mut h);
        words += 1;
    }
    let heading = (!text.contains('\n'))
        .then(|| {
            let rest = text.trim_start().trim_start_matches('#');
            (rest.len() < text.trim_start().len() && rest.starts_with([' ', '\t'])).then(|| {
                // A stated id (`{#id}`) is not a word of the heading.
                let rest = match rest.trim_end().strip_suffix('}') {
                    Some(r) if r.contains("{#") => &r[..r.rfind("{#").unwrap_or(r.len())],
                    _ => rest,
                };
                fold(rest.trim().trim_end_matches('#'))
            })
        })
        .flatten();
    Chunk {
        text,
        key: h.finish(),
        words,
        heading,
    }
}

fn chunks(body: &str) -> Vec<Chunk<'_>> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut end = 0;
    let mut fence: Option<&str> = None;
    let mut at = 0;
    for line in body.split_inclusive('\n') {
        let trimmed = line.trim();
        let opens = ["```", "~~~"].into_iter().find(|f| trimmed.starts_with(f));
        match (fence, opens) {
            (None, Some(f)) => fence = Some(f),
            (Some(f), Some(g)) if f == g => fence = None,
            _ => {}
        }
        if trimmed.is_empty() && fence.is_none() {
            if let Some(s) = start.take() {
                out.push(chunk(&body[s..end]));
            }
        } else {
            start.get_or_insert(at);
            end = at + line.trim_end().len();
        }
        at += line.len();
    }
    if let Some(s) = start {
        out.push(chunk(&body[s..end]));
    }
    out
}

/// [`plan`] of two revisions' sections, made once per pair of sources: the diff and the
/// classification of a revision both need it.
pub(crate) fn plan_of(
    old: &crate::model::Revision,
    new: &crate::model::Revision,
) -> std::sync::Arc<SectionPlan> {
    static MEMO: super::memo::PairMemo<std::sync::Arc<SectionPlan>> = super::memo::PairMemo::new();
    MEMO.get_or(old, new, || {
        std::sync::Arc::new(plan(&old.sections, &new.sections))
    })
}

/// Pairs the sections of two revisions and says what each new one is compared with.
pub(crate) fn plan(old: &[Section], new: &[Section]) -> SectionPlan {
    let mut by_id: FxHashMap<&str, usize> = FxHashMap::default();
    for (i, s) in old.iter().enumerate() {
        by_id.entry(s.id.as_str()).or_insert(i);
    }
    let mut taken = vec![false; old.len()];
    let mut partner: Vec<Option<usize>> = new
        .iter()
        .map(|s| {
            let i = *by_id.get(s.id.as_str())?;
            (!std::mem::replace(&mut taken[i], true)).then_some(i)
        })
        .collect();
    let mut plan = SectionPlan {
        old_text: vec![None; new.len()],
        remaining: vec![None; old.len()],
        new_notes: vec![Vec::new(); new.len()],
        old_notes: vec![Vec::new(); old.len()],
        partner: Vec::new(),
    };
    let lost_new = partner.iter().any(Option::is_none);
    let lost_old = taken.iter().any(|t| !t);
    if lost_new || lost_old {
        follow_text(old, new, &mut partner, &mut taken, &mut plan);
    }
    for j in moved(&partner) {
        plan.new_notes[j].insert(0, SectionNote::Moved);
    }
    plan.partner = partner;
    plan
}

/// The new sections whose partners are out of their old order: those off the longest
/// run of partners in order.
fn moved(partner: &[Option<usize>]) -> Vec<usize> {
    let kept: Vec<(usize, usize)> = partner
        .iter()
        .enumerate()
        .filter_map(|(j, i)| Some((j, (*i)?)))
        .collect();
    // Patience sorting: tails[k] is the index into `kept` ending the best run of k + 1.
    let mut tails: Vec<usize> = Vec::new();
    let mut before: Vec<Option<usize>> = vec![None; kept.len()];
    for (n, &(_, i)) in kept.iter().enumerate() {
        let k = tails.partition_point(|&t| kept[t].1 < i);
        before[n] = k.checked_sub(1).map(|k| tails[k]);
        if k == tails.len() {
            tails.push(n);
        } else {
            tails[k] = n;
        }
    }
    let mut in_order = vec![false; kept.len()];
    let mut at = tails.last().copied();
    while let Some(n) = at {
        in_order[n] = true;
        at = before[n];
    }
    kept.iter()
        .zip(in_order)
        .filter(|(_, o)| !o)
        .map(|((j, _), _)| *j)
        .collect()
}

fn follow_text(
    old: &[Section],
    new: &[Section],
    partner: &mut [Option<usize>],
    taken: &mut [bool],
    plan: &mut SectionPlan,
) {
    let old_chunks: Vec<Vec<Chunk>> = old.iter().map(|s| chunks(&s.body)).collect();
    let new_chunks: Vec<Vec<Chunk>> = new.iter().map(|s| chunks(&s.body)).collect();
    let words = |c: &[Chunk]| c.iter().map(|c| c.words).sum::<usize>();

    // Sections without a partner on both sides: by title, then by shared words.
    let mut pairs: Vec<(usize, usize, usize)> = Vec::new();
    for (j, n) in new
        .iter()
        .enumerate()
        .filter(|(j, _)| partner[*j].is_none())
    {
        let mut counts: FxHashMap<u64, usize> = FxHashMap::default();
        for c in &new_chunks[j] {
            *counts.entry(c.key).or_default() += c.words;
        }
        for (i, o) in old.iter().enumerate().filter(|(i, _)| !taken[*i]) {
            let shared = if fold(&o.title) == fold(&n.title) {
                usize::MAX
            } else {
                let mut counts = counts.clone();
                let mut shared = 0;
                for c in &old_chunks[i] {
                    if let Some(left) = counts.get_mut(&c.key).filter(|l| **l >= c.words) {
                        *left -= c.words;
                        shared += c.words;
                    }
                }
                let smaller = words(&old_chunks[i]).min(words(&new_chunks[j]));
                if shared == 0 || shared * 2 < smaller {
                    continue;
                }
                shared
            };
            pairs.push((shared, i, j));
        }
    }
    pairs.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut likeness = vec![false; new.len()];
    for (_, i, j) in pairs {
        if !taken[i] && partner[j].is_none() {
            taken[i] = true;
            partner[j] = Some(i);
            likeness[j] = true;
        }
    }
    let mut partner_of_old: Vec<Option<usize>> = vec![None; old.len()];
    for (j, i) in partner.iter().enumerate() {
        if let Some(i) = i {
            partner_of_old[*i] = Some(j);
        }
    }

    // Each new paragraph takes an old one of the same words: its partner's first, then
    // any other's still left. `to[i][c]`: the new section old paragraph c of section i
    // went to.
    let mut pool: FxHashMap<u64, Vec<(usize, usize)>> = FxHashMap::default();
    for (i, cs) in old_chunks.iter().enumerate() {
        for (c, ch) in cs.iter().enumerate() {
            pool.entry(ch.key).or_default().push((i, c));
        }
    }
    let mut to: Vec<Vec<Option<usize>>> = old_chunks.iter().map(|c| vec![None; c.len()]).collect();
    let mut matched: Vec<Vec<bool>> = new_chunks.iter().map(|c| vec![false; c.len()]).collect();
    for pass in 0..2 {
        for (j, cs) in new_chunks.iter().enumerate() {
            for (k, ch) in cs.iter().enumerate() {
                if matched[j][k] {
                    continue;
                }
                let Some(candidates) = pool.get(&ch.key) else {
                    continue;
                };
                let found = candidates
                    .iter()
                    .copied()
                    .find(|&(i, c)| to[i][c].is_none() && (pass == 1 || partner[j] == Some(i)));
                if let Some((i, c)) = found {
                    to[i][c] = Some(j);
                    matched[j][k] = true;
                }
            }
        }
    }
    // What stayed behind is compared where the section went.
    for (i, dest) in to.iter_mut().enumerate() {
        if let Some(j) = partner_of_old[i] {
            for d in dest.iter_mut().filter(|d| d.is_none()) {
                *d = Some(j);
            }
        }
    }

    // Splits and promotions: new sections without a partner, made of old text.
    let mut dropped: Vec<(usize, usize)> = Vec::new();
    for j in (0..new.len()).filter(|j| partner[*j].is_none()) {
        let mut from: FxHashMap<usize, usize> = FxHashMap::default();
        for (i, dest) in to.iter().enumerate() {
            for (c, d) in dest.iter().enumerate() {
                if *d == Some(j) {
                    *from.entry(i).or_default() += old_chunks[i][c].words;
                }
            }
        }
        let total: usize = from.values().sum();
        let Some((&i, _)) = from
            .iter()
            .max_by_key(|(i, w)| (**w, std::cmp::Reverse(**i)))
        else {
            continue;
        };
        if total * 2 < words(&new_chunks[j]) {
            continue;
        }
        let title = fold(&new[j].title);
        let heading = old_chunks[i]
            .iter()
            .position(|c| c.heading.as_deref() == Some(title.as_str()));
        let note = match heading {
            Some(c) => {
                dropped.push((i, c));
                SectionNote::Promoted {
                    title: old[i].title.clone(),
                }
            }
            None => SectionNote::SplitFrom {
                title: old[i].title.clone(),
            },
        };
        plan.new_notes[j].push(note);
        if let Some(k) = partner_of_old[i] {
            plan.new_notes[k].push(SectionNote::SplitInto {
                id: new[j].id.clone(),
                title: new[j].title.clone(),
            });
        }
    }
    for (j, i) in partner.iter().enumerate() {
        if let Some(i) = i
            && likeness[j]
            && fold(&old[*i].title) != fold(&new[j].title)
        {
            plan.new_notes[j].push(SectionNote::Was {
                title: old[*i].title.clone(),
            });
        }
    }

    // Merges and demotions: old sections without a partner whose text went elsewhere.
    // `heading_of[j]`: a sub-heading of new section j that is a demoted section's title,
    // compared as if it had been there, right above that section's text.
    let mut synthetic: Vec<(usize, usize, &str)> = Vec::new();
    for i in (0..old.len()).filter(|i| partner_of_old[*i].is_none()) {
        let mut went: FxHashMap<usize, usize> = FxHashMap::default();
        for (c, d) in to[i].iter().enumerate() {
            if let Some(j) = d {
                *went.entry(*j).or_default() += old_chunks[i][c].words;
            }
        }
        let total: usize = went.values().sum();
        let Some((&j, _)) = went
            .iter()
            .max_by_key(|(j, w)| (**w, std::cmp::Reverse(**j)))
        else {
            continue;
        };
        if total * 2 < words(&old_chunks[i]) || partner[j].is_none() {
            continue;
        }
        let title = fold(&old[i].title);
        let heading = new_chunks[j]
            .iter()
            .position(|c| c.heading.as_deref() == Some(title.as_str()));
        let (id, new_title) = (new[j].id.clone(), new[j].title.clone());
        let note = match heading {
            Some(k) => {
                synthetic.push((j, i, new_chunks[j][k].text));
                SectionNote::DemotedInto {
                    id,
                    title: new_title,
                }
            }
            None => SectionNote::MergedInto {
                id,
                title: new_title,
            },
        };
        plan.old_notes[i].push(note);
        plan.new_notes[j].push(SectionNote::MergedFrom {
            title: old[i].title.clone(),
        });
    }

    // Text goes from one section to another only where a note tells it: into a section
    // split from its old one, out of a section merged into another. Any other paragraph
    // that moved is compared where it was (deleted there, inserted where it went).
    let told_new: Vec<bool> = plan
        .new_notes
        .iter()
        .map(|n| {
            n.iter().any(|n| {
                matches!(
                    n,
                    SectionNote::SplitFrom { .. } | SectionNote::Promoted { .. }
                )
            })
        })
        .collect();
    let told_old: Vec<bool> = plan.old_notes.iter().map(|n| !n.is_empty()).collect();
    for (i, dest) in to.iter_mut().enumerate() {
        for d in dest.iter_mut() {
            if let Some(j) = *d
                && partner[j] != Some(i)
                && !(partner[j].is_none() && told_new[j])
                && !(partner_of_old[i].is_none() && told_old[i])
            {
                *d = partner_of_old[i];
            }
        }
    }

    // The old text of each new section: the old paragraphs that went to it, in their old
    // order, where that is not its partner's whole body.
    for (j, text) in plan.old_text.iter_mut().enumerate() {
        let mut parts: Vec<(usize, usize, &str)> = Vec::new();
        for (i, dest) in to.iter().enumerate() {
            for (c, d) in dest.iter().enumerate() {
                if *d == Some(j) && !dropped.contains(&(i, c)) {
                    parts.push((i, 2 * c + 1, old_chunks[i][c].text));
                }
            }
        }
        parts.extend(
            synthetic
                .iter()
                .filter(|(k, _, _)| *k == j)
                .map(|&(_, i, t)| (i, 0, t)),
        );
        parts.sort_by_key(|&(i, c, _)| (i, c));
        let whole = partner[j].is_some_and(|i| {
            parts.len() == old_chunks[i].len() && parts.iter().all(|(k, _, _)| *k == i)
        });
        if !whole && (partner[j].is_some() || !parts.is_empty()) {
            *text = Some(join(parts.iter().map(|(_, _, t)| *t)));
        }
    }
    for (i, rest) in plan.remaining.iter_mut().enumerate() {
        if partner_of_old[i].is_none() && to[i].iter().any(Option::is_some) {
            let left = old_chunks[i]
                .iter()
                .zip(&to[i])
                .filter(|(_, d)| d.is_none())
                .map(|(c, _)| c.text);
            *rest = Some(join(left));
        }
    }
}

fn join<'a>(parts: impl Iterator<Item = &'a str>) -> String {
    let mut out = String::new();
    for p in parts {
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        out.push_str(p);
    }
    if !out.is_empty() {
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn section(id: &str, title: &str, body: &str) -> Section {
        Section {
            id: id.into(),
            covers: vec![],
            title: title.into(),
            body: body.into(),
            position: Default::default(),
        }
    }

    #[test]
    fn paragraphs_part_at_blank_lines_but_not_inside_a_fence() {
        let c = chunks("One two.\nThree.\n\n```\na\n\nb\n```\n\n## Head {#h}\n\n\n- x\n");
        let texts: Vec<&str> = c.iter().map(|c| c.text).collect();
        assert_eq!(
            texts,
            [
                "One two.\nThree.",
                "```\na\n\nb\n```",
                "## Head {#h}",
                "- x"
            ]
        );
        assert_eq!(c[2].heading.as_deref(), Some("head"));
        assert_eq!(c[0].heading, None);
        assert_eq!(c[0].words, 3);
        assert_eq!(chunk("One  two.\nThree.").key, c[0].key);
    }

    #[test]
    fn sections_keeping_their_ids_read_no_text() {
        let old = [
            section("a", "A", "x"),
            section("b", "B", "y"),
            section("c", "C", "w"),
        ];
        let new = [
            section("c", "C", "w"),
            section("a", "A", "z"),
            section("b", "B", "y"),
        ];
        let p = plan(&old, &new);
        assert_eq!(p.partner, [Some(2), Some(0), Some(1)]);
        assert_eq!(p.old_text, [None, None, None]);
        assert_eq!(p.new_notes[0], [SectionNote::Moved]);
        assert!(p.new_notes[1].is_empty() && p.new_notes[2].is_empty());
    }

    #[test]
    fn a_new_id_over_the_same_text_is_the_same_section() {
        let old = [section("policy", "Privacy policy", "One a.\n\nTwo b.\n")];
        let new = [section(
            "notice",
            "Acme notice",
            "One a.\n\nTwo b.\n\nThree c.\n",
        )];
        let p = plan(&old, &new);
        assert_eq!(p.partner, [Some(0)]);
        assert_eq!(p.old_text, [None]);
        assert_eq!(
            p.new_notes[0],
            [SectionNote::Was {
                title: "Privacy policy".into()
            }]
        );
    }

    #[test]
    fn a_split_is_compared_with_the_text_it_took() {
        let old = [section("a", "A", "One a.\n\nTwo b.\n\nThree c.\n")];
        let new = [
            section("a", "A", "One a.\n"),
            section("c", "C", "Two b.\n\nThree c.\n\nFour.\n"),
        ];
        let p = plan(&old, &new);
        assert_eq!(p.old_text[0].as_deref(), Some("One a.\n"));
        assert_eq!(p.old_text[1].as_deref(), Some("Two b.\n\nThree c.\n"));
        assert_eq!(
            p.new_notes[1],
            [SectionNote::SplitFrom { title: "A".into() }]
        );
        assert_eq!(
            p.new_notes[0],
            [SectionNote::SplitInto {
                id: "c".into(),
                title: "C".into()
            }]
        );
    }

    #[test]
    fn a_merge_and_a_demotion_are_told_where_the_text_went() {
        let old = [
            section("a", "A", "One a.\n"),
            section("b", "Bee", "Two b.\n\nThree c.\n"),
        ];
        let new = [section(
            "a",
            "A",
            "One a.\n\n### Bee\n\nTwo b.\n\nThree c.\n",
        )];
        let p = plan(&old, &new);
        assert_eq!(
            p.old_text[0].as_deref(),
            Some("One a.\n\n### Bee\n\nTwo b.\n\nThree c.\n")
        );
        assert_eq!(p.remaining[1].as_deref(), Some(""));
        assert_eq!(
            p.old_notes[1],
            [SectionNote::DemotedInto {
                id: "a".into(),
                title: "A".into()
            }]
        );
        assert_eq!(
            p.new_notes[0],
            [SectionNote::MergedFrom {
                title: "Bee".into()
            }]
        );
    }

    #[test]
    fn a_promotion_leaves_the_old_sub_heading_out() {
        let old = [section("a", "A", "One a.\n\n### Bee\n\nTwo b.\n")];
        let new = [
            section("a", "A", "One a.\n"),
            section("b", "Bee", "Two b.\n"),
        ];
        let p = plan(&old, &new);
        assert_eq!(p.old_text[1].as_deref(), Some("Two b.\n"));
        assert_eq!(p.old_text[0].as_deref(), Some("One a.\n"));
        assert_eq!(
            p.new_notes[1],
            [SectionNote::Promoted { title: "A".into() }]
        );
    }

    mod property {
        use super::*;
        use proptest::prelude::*;

        /// A section's paragraphs, folded, counted.
        fn paragraphs<'a>(texts: impl Iterator<Item = &'a str>) -> FxHashMap<String, isize> {
            let mut out = FxHashMap::default();
            for t in texts {
                for c in chunks(t) {
                    *out.entry(fold(c.text)).or_default() += 1;
                }
            }
            out
        }

        const WORDS: &[&str] = &["data", "we", "share", "Stripe", "India", "fraud", "保護"];

        fn paragraph() -> impl Strategy<Value = String> {
            prop::collection::vec(prop::sample::select(WORDS), 1..5).prop_map(|w| w.join(" "))
        }

        /// Old sections, and the new ones: each old one kept, renamed, retitled, moved,
        /// split (its tail a new section, under a sub-heading or not), merged into the one
        /// before (its title a sub-heading or not), with paragraphs added and dropped.
        fn revisions() -> impl Strategy<Value = (Vec<Section>, Vec<Section>)> {
            let old = prop::collection::vec(prop::collection::vec(paragraph(), 1..4), 1..6);
            (
                old,
                prop::collection::vec((0usize..9, 0usize..4, paragraph()), 6),
            )
                .prop_map(|(mut bodies, how)| {
                    let body = |ps: &[String]| join(ps.iter().map(String::as_str));
                    // A section split under a sub-heading had it in the old revision.
                    for (i, ps) in bodies.iter_mut().enumerate() {
                        if how[i].0 == 4 {
                            ps.insert(how[i].1 % ps.len(), format!("### Part {i}"));
                        }
                    }
                    let old: Vec<Section> = bodies
                        .iter()
                        .enumerate()
                        .map(|(i, ps)| section(&format!("s{i}"), &format!("Title {i}"), &body(ps)))
                        .collect();
                    let mut new: Vec<Section> = Vec::new();
                    for (i, ps) in bodies.iter().enumerate() {
                        let (op, at, extra) = &how[i];
                        let mut ps = ps.clone();
                        let (id, title) = (format!("s{i}"), format!("Title {i}"));
                        match op {
                            0 => new.push(section(&format!("n{i}"), &title, &body(&ps))),
                            1 => new.push(section(&id, &format!("New {i}"), &body(&ps))),
                            2 => new.insert(0, section(&id, &title, &body(&ps))),
                            3 | 4 => {
                                let cut = at % ps.len();
                                let tail = ps.split_off(cut);
                                new.push(section(&id, &title, &body(&ps)));
                                let sub = format!("Part {i}");
                                if *op == 4 {
                                    let last = new.len() - 1;
                                    new[last].body = body(
                                        &[ps.clone(), vec![format!("### {sub}")], tail.clone()]
                                            .concat(),
                                    );
                                }
                                new.push(section(&format!("p{i}"), &sub, &body(&tail)));
                            }
                            5 | 6 if !new.is_empty() => {
                                let last = new.len() - 1;
                                let mut merged = vec![new[last].body.trim_end().to_string()];
                                if *op == 6 {
                                    merged.push(format!("### {title}"));
                                }
                                merged.extend(ps);
                                new[last].body = body(&merged);
                            }
                            7 => {
                                ps.insert(at % (ps.len() + 1), extra.clone());
                                new.push(section(&id, &title, &body(&ps)));
                            }
                            8 if ps.len() > 1 => {
                                ps.remove(at % ps.len());
                                new.push(section(&id, &title, &body(&ps)));
                            }
                            _ => new.push(section(&id, &title, &body(&ps))),
                        }
                    }
                    (old, new)
                })
        }

        proptest! {
            /// Every old paragraph is compared once: in the old text of the new section
            /// it went to, or in what is left of a removed section; but for sub-headings
            /// that became section titles, and section titles that became sub-headings.
            #[test]
            fn every_old_paragraph_is_compared_once((old, new) in revisions()) {
                let p = plan(&old, &new);
                let mut seen = paragraphs(new.iter().enumerate().map(|(j, _)| {
                    match (&p.old_text[j], p.partner[j]) {
                        (Some(t), _) => t.as_str(),
                        (None, Some(i)) => old[i].body.as_str(),
                        (None, None) => "",
                    }
                }));
                let kept: Vec<bool> = (0..old.len()).map(|i| p.partner.contains(&Some(i))).collect();
                for (i, o) in old.iter().enumerate().filter(|(i, _)| !kept[*i]) {
                    let rest = p.remaining[i].as_deref().unwrap_or(&o.body);
                    for (k, n) in paragraphs(std::iter::once(rest)) {
                        *seen.entry(k).or_default() += n;
                    }
                }
                for (k, n) in paragraphs(old.iter().map(|o| o.body.as_str())) {
                    *seen.entry(k).or_default() -= n;
                }
                let titles: Vec<String> = old.iter().chain(&new).map(|s| fold(&format!("### {}", s.title))).collect();
                for (k, n) in seen {
                    prop_assert!(n == 0 || titles.contains(&k), "{k:?} {n}\n{old:#?}\n{new:#?}\n{p:#?}");
                }
                // Notes name sections that are there.
                for note in p.new_notes.iter().chain(&p.old_notes).flatten() {
                    if let SectionNote::SplitInto { id, .. } | SectionNote::MergedInto { id, .. } | SectionNote::DemotedInto { id, .. } = note {
                        prop_assert!(new.iter().any(|s| &s.id == id));
                    }
                }
                // A new section's partner is one old section, once.
                let mut partners: Vec<usize> = p.partner.iter().flatten().copied().collect();
                partners.sort();
                partners.dedup();
                prop_assert_eq!(partners.len(), p.partner.iter().flatten().count());
            }
        }
    }
}
