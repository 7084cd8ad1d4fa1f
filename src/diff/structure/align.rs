//! Blocks aligned, then words diffed inside the blocks that pair up.

use std::hash::{Hash, Hasher};

use rustc_hash::{FxHashMap, FxHasher};
use similar::{Algorithm, DiffOp, capture_diff_slices};

use super::{Block, Cell, Container, Doc, DocDiff, Leaf, Piece, Styles, Token, class_of};
use crate::diff::{SegmentKind, TEXT_DIFF_WORK};

/// The most pairs of blocks weighed against each other in one replaced run; a larger run
/// pairs its blocks in order.
const PAIRING_WORK: usize = 4_096;

/// How alike two blocks must be, in shared words, to be told as one block changed
/// rather than one deleted and another inserted.
const ALIKE: f64 = 0.34;

/// What a token is compared as: its word (see [`Styles::word`]) and, where links matter,
/// its link target.
fn token_key(t: &Token, styles: &Styles) -> u64 {
    let link = if styles.links_matter {
        styles.links[t.style as usize]
    } else {
        0
    };
    (u64::from(link) << 32) | u64::from(t.word)
}

/// A block's identity for alignment: its class and the keys of its tokens.
fn leaf_key(leaf: &Leaf, styles: &Styles) -> u64 {
    let mut h = FxHasher::default();
    class_of(&leaf.kind).hash(&mut h);
    for cell in &leaf.cells {
        0xFFu8.hash(&mut h);
        for t in &cell.tokens {
            token_key(t, styles).hash(&mut h);
        }
    }
    h.finish()
}

/// Numbers for keys, so that the diff compares integers.
#[derive(Default)]
struct Numbers<K> {
    ids: FxHashMap<K, u32>,
}

impl<K: Hash + Eq> Numbers<K> {
    fn of(&mut self, key: K) -> u32 {
        let next = self.ids.len() as u32;
        *self.ids.entry(key).or_insert(next)
    }
}

/// The words of a block (not spaces), as their texts' numbers, sorted, for likeness: a
/// link that changed its target alone keeps its block alike.
fn words(leaf: &Leaf, styles: &Styles) -> Vec<u32> {
    let mut out: Vec<u32> = leaf
        .cells
        .iter()
        .flat_map(|c| &c.tokens)
        .filter(|t| !styles.is_space(t))
        .map(|t| t.text)
        .collect();
    out.sort_unstable();
    out
}

/// Shared words over all words, from 0 to 1.
fn likeness(a: &[u32], b: &[u32]) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    let (mut i, mut j, mut common) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    2.0 * common as f64 / (a.len() + b.len()) as f64
}

/// For two rows, the share of their columns that hold the same text, counted a little
/// generously: a row of three that keeps one cell is alike.
fn same_cells(a: &Leaf, b: &Leaf, styles: &Styles) -> f64 {
    if a.cells.len() < 2 || b.cells.len() < 2 {
        return 0.0;
    }
    let same = a
        .cells
        .iter()
        .zip(&b.cells)
        .filter(|(x, y)| {
            !x.tokens.is_empty()
                && x.tokens.len() == y.tokens.len()
                && x.tokens
                    .iter()
                    .zip(&y.tokens)
                    .all(|(s, t)| token_key(s, styles) == token_key(t, styles))
        })
        .count();
    (same as f64 / a.cells.len().max(b.cells.len()) as f64) * 1.05
}

enum Op {
    Equal(usize, usize),
    Changed(usize, usize),
    Delete(usize),
    Insert(usize),
}

pub(super) fn diff(old: Doc, new: Doc, styles: Styles) -> DocDiff {
    let mut keys: Numbers<u64> = Numbers::default();
    let ok: Vec<u32> = old
        .leaves
        .iter()
        .map(|l| keys.of(leaf_key(l, &styles)))
        .collect();
    let nk: Vec<u32> = new
        .leaves
        .iter()
        .map(|l| keys.of(leaf_key(l, &styles)))
        .collect();
    let mut ops = Vec::with_capacity(old.leaves.len().max(new.leaves.len()));
    let replaced = |ops: &mut Vec<Op>, o: std::ops::Range<usize>, n: std::ops::Range<usize>| {
        pair(&old, &new, &styles, o, n, ops)
    };
    let prefix = ok.iter().zip(&nk).take_while(|(a, b)| a == b).count();
    let suffix = ok[prefix..]
        .iter()
        .rev()
        .zip(nk[prefix..].iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    ops.extend((0..prefix).map(|i| Op::Equal(i, i)));
    let (om, nm) = (prefix..ok.len() - suffix, prefix..nk.len() - suffix);
    if om.len().saturating_mul(nm.len()) > TEXT_DIFF_WORK {
        replaced(&mut ops, om.clone(), nm.clone());
    } else {
        for op in capture_diff_slices(Algorithm::Myers, &ok[om.clone()], &nk[nm.clone()]) {
            let (o, n) = (op.old_range(), op.new_range());
            let (o, n) = (
                o.start + om.start..o.end + om.start,
                n.start + nm.start..n.end + nm.start,
            );
            match op {
                DiffOp::Equal { .. } => ops.extend(o.zip(n).map(|(a, b)| Op::Equal(a, b))),
                DiffOp::Delete { .. } => ops.extend(o.map(Op::Delete)),
                DiffOp::Insert { .. } => ops.extend(n.map(Op::Insert)),
                DiffOp::Replace { .. } => replaced(&mut ops, o, n),
            }
        }
    }
    ops.extend((0..suffix).map(|k| Op::Equal(om.end + k, nm.end + k)));
    // Deleted and inserted neighbours (a run Myers did not call replaced) pair up too.
    let ops = pair_neighbours(ops, &old, &new, &styles);

    // The old revision's containers that a kept block shows to be the new one's.
    let mut same: FxHashMap<usize, usize> = FxHashMap::default();
    for op in &ops {
        if let Op::Equal(o, n) | Op::Changed(o, n) = *op {
            let (po, pn) = (&old.leaves[o].path, &new.leaves[n].path);
            for (a, b) in po.iter().rev().zip(pn.iter().rev()) {
                if old.containers[*a].name != new.containers[*b].name {
                    break;
                }
                same.entry(*a).or_insert(*b);
            }
        }
    }
    let old_path = |leaf: &Leaf| -> Vec<Container> {
        leaf.path
            .iter()
            .map(|c| {
                same.get(c)
                    .map_or(Container::Old(*c), |n| Container::New(*n))
            })
            .collect()
    };
    let new_path = |leaf: &Leaf| leaf.path.iter().map(|c| Container::New(*c)).collect();
    let mut coarse = false;
    let blocks = ops
        .into_iter()
        .map(|op| match op {
            Op::Equal(_, n) => whole(
                &new.leaves[n],
                SegmentKind::Equal,
                nk[n],
                new_path(&new.leaves[n]),
            ),
            Op::Insert(n) => whole(
                &new.leaves[n],
                SegmentKind::Insert,
                nk[n],
                new_path(&new.leaves[n]),
            ),
            Op::Delete(o) => {
                let mut b = whole(
                    &old.leaves[o],
                    SegmentKind::Delete,
                    ok[o],
                    old_path(&old.leaves[o]),
                );
                if let super::LeafKind::Element(t) = &b.leaf {
                    b.leaf = super::LeafKind::Element(t.without_id());
                }
                b
            }
            Op::Changed(o, n) => {
                let (a, b) = (&old.leaves[o], &new.leaves[n]);
                let count = a.cells.len().max(b.cells.len());
                let cells: Vec<(Option<super::Tag>, Vec<Piece>)> = (0..count)
                    .map(|i| match (a.cells.get(i), b.cells.get(i)) {
                        (Some(x), Some(y)) => {
                            (y.tag.clone(), words_diff(x, y, &styles, &mut coarse))
                        }
                        (Some(x), None) => (x.tag.clone(), pieces(x, SegmentKind::Delete)),
                        (None, Some(y)) => (y.tag.clone(), pieces(y, SegmentKind::Insert)),
                        (None, None) => unreachable!("one of the rows has the cell"),
                    })
                    .collect();
                Block {
                    kind: SegmentKind::Equal,
                    key: nk[n],
                    leaf: b.kind.clone(),
                    anchor: b.anchor,
                    path: new_path(b),
                    cells,
                }
            }
        })
        .collect();
    DocDiff {
        old,
        new,
        styles,
        blocks,
        coarse,
    }
}

fn pieces(cell: &Cell, kind: SegmentKind) -> Vec<Piece> {
    cell.tokens
        .iter()
        .map(|t| Piece {
            kind,
            text: t.text,
            style: t.style,
            br: t.br,
        })
        .collect()
}

fn whole(leaf: &Leaf, kind: SegmentKind, key: u32, path: Vec<Container>) -> Block {
    Block {
        kind,
        key,
        leaf: leaf.kind.clone(),
        anchor: leaf.anchor && kind != SegmentKind::Delete,
        path,
        cells: leaf
            .cells
            .iter()
            .map(|c| (c.tag.clone(), pieces(c, kind)))
            .collect(),
    }
}

/// Runs of deleted blocks right before runs of inserted ones, paired as a replaced run.
fn pair_neighbours(ops: Vec<Op>, old: &Doc, new: &Doc, styles: &Styles) -> Vec<Op> {
    let mut out = Vec::with_capacity(ops.len());
    let mut deleted: Vec<usize> = Vec::new();
    let mut inserted: Vec<usize> = Vec::new();
    let flush = |out: &mut Vec<Op>, deleted: &mut Vec<usize>, inserted: &mut Vec<usize>| {
        match (deleted.first(), inserted.first()) {
            (Some(&o), Some(&n))
                if deleted.len() == deleted.last().unwrap() - o + 1
                    && inserted.len() == inserted.last().unwrap() - n + 1 =>
            {
                pair(
                    old,
                    new,
                    styles,
                    o..o + deleted.len(),
                    n..n + inserted.len(),
                    out,
                );
            }
            _ => {
                out.extend(deleted.iter().map(|&o| Op::Delete(o)));
                out.extend(inserted.iter().map(|&n| Op::Insert(n)));
            }
        }
        deleted.clear();
        inserted.clear();
    };
    for op in ops {
        match op {
            Op::Delete(o) if inserted.is_empty() => deleted.push(o),
            Op::Insert(n) => inserted.push(n),
            other => {
                flush(&mut out, &mut deleted, &mut inserted);
                match other {
                    Op::Delete(o) => deleted.push(o),
                    other => out.push(other),
                }
            }
        }
    }
    flush(&mut out, &mut deleted, &mut inserted);
    out
}

/// Pairs the blocks of a replaced run: alike blocks of one class in order (the pairing
/// with the most likeness, or, past [`PAIRING_WORK`], by position), the rest deleted
/// and inserted.
fn pair(
    old: &Doc,
    new: &Doc,
    styles: &Styles,
    o: std::ops::Range<usize>,
    n: std::ops::Range<usize>,
    ops: &mut Vec<Op>,
) {
    let (p, q) = (o.len(), n.len());
    // One block replaced by one of its class is one block changed, however unlike.
    if p == 1
        && q == 1
        && class_of(&old.leaves[o.start].kind) == class_of(&new.leaves[n.start].kind)
    {
        ops.push(Op::Changed(o.start, n.start));
        return;
    }
    let alike = |a: usize, b: usize| -> Option<f64> {
        let (x, y) = (&old.leaves[a], &new.leaves[b]);
        if class_of(&x.kind) != class_of(&y.kind) {
            return None;
        }
        let l = likeness(&words(x, styles), &words(y, styles)).max(same_cells(x, y, styles));
        (l >= ALIKE).then_some(l)
    };
    if p.saturating_mul(q) > PAIRING_WORK {
        let mut a = o.start;
        let mut b = n.start;
        while a < o.end || b < n.end {
            match (a < o.end, b < n.end) {
                (true, true) if alike(a, b).is_some() => {
                    ops.push(Op::Changed(a, b));
                    a += 1;
                    b += 1;
                }
                (true, _) => {
                    ops.push(Op::Delete(a));
                    a += 1;
                }
                _ => {
                    ops.push(Op::Insert(b));
                    b += 1;
                }
            }
        }
        return;
    }
    let (ow, nw): (Vec<Vec<u32>>, Vec<Vec<u32>>) = (
        o.clone().map(|i| words(&old.leaves[i], styles)).collect(),
        n.clone().map(|i| words(&new.leaves[i], styles)).collect(),
    );
    // best[i][j]: the most likeness pairing old[i..] with new[j..].
    let mut best = vec![vec![0.0f64; q + 1]; p + 1];
    let score = |i: usize, j: usize| -> Option<f64> {
        let (x, y) = (&old.leaves[o.start + i], &new.leaves[n.start + j]);
        if class_of(&x.kind) != class_of(&y.kind) {
            return None;
        }
        let l = likeness(&ow[i], &nw[j]).max(same_cells(x, y, styles));
        (l >= ALIKE).then_some(l)
    };
    let mut scores = vec![vec![None; q]; p];
    for i in (0..p).rev() {
        for j in (0..q).rev() {
            scores[i][j] = score(i, j);
            let mut b = best[i + 1][j].max(best[i][j + 1]);
            if let Some(s) = scores[i][j] {
                b = b.max(s + best[i + 1][j + 1]);
            }
            best[i][j] = b;
        }
    }
    let (mut i, mut j) = (0, 0);
    while i < p || j < q {
        if i < p
            && j < q
            && let Some(s) = scores[i][j]
            && best[i][j] == s + best[i + 1][j + 1]
        {
            ops.push(Op::Changed(o.start + i, n.start + j));
            i += 1;
            j += 1;
        } else if i < p && (j == q || best[i][j] == best[i + 1][j]) {
            ops.push(Op::Delete(o.start + i));
            i += 1;
        } else {
            ops.push(Op::Insert(n.start + j));
            j += 1;
        }
    }
}

/// The words of two cells diffed, within [`TEXT_DIFF_WORK`]; past it the cell is
/// replaced whole and `coarse` set.
fn words_diff(a: &Cell, b: &Cell, styles: &Styles, coarse: &mut bool) -> Vec<Piece> {
    let ak: Vec<u64> = a.tokens.iter().map(|t| token_key(t, styles)).collect();
    let bk: Vec<u64> = b.tokens.iter().map(|t| token_key(t, styles)).collect();
    let piece = |t: &Token, kind| Piece {
        kind,
        text: t.text,
        style: t.style,
        br: t.br,
    };
    let prefix = ak.iter().zip(&bk).take_while(|(x, y)| x == y).count();
    let suffix = ak[prefix..]
        .iter()
        .rev()
        .zip(bk[prefix..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let mut out = Vec::with_capacity(a.tokens.len().max(b.tokens.len()));
    out.extend(
        b.tokens[..prefix]
            .iter()
            .map(|t| piece(t, SegmentKind::Equal)),
    );
    let (am, bm) = (prefix..ak.len() - suffix, prefix..bk.len() - suffix);
    if am.len().saturating_mul(bm.len()) > TEXT_DIFF_WORK {
        *coarse = true;
        out.extend(a.tokens[am].iter().map(|t| piece(t, SegmentKind::Delete)));
        out.extend(
            b.tokens[bm.clone()]
                .iter()
                .map(|t| piece(t, SegmentKind::Insert)),
        );
    } else {
        // Between two kept tokens, what the old text had is deleted and what the new
        // one has inserted.
        let (mut o, mut n) = (am.start, bm.start);
        let kept = crate::diff::lcs::matches(&ak[am.clone()], &bk[bm.clone()]);
        let ends = kept
            .into_iter()
            .map(|(i, j)| (i + am.start, j + bm.start))
            .chain([(am.end, bm.end)]);
        for (i, j) in ends {
            out.extend(a.tokens[o..i].iter().map(|t| piece(t, SegmentKind::Delete)));
            out.extend(b.tokens[n..j].iter().map(|t| piece(t, SegmentKind::Insert)));
            if i < am.end {
                out.push(piece(&b.tokens[j], SegmentKind::Equal));
            }
            (o, n) = (i + 1, j + 1);
        }
    }
    out.extend(
        b.tokens[bm.end..]
            .iter()
            .map(|t| piece(t, SegmentKind::Equal)),
    );
    absorb_islands(out, styles)
}

/// Short unchanged islands inside a change (the space between two replaced words) fold
/// into the change, which reads as one replacement rather than a checkerboard: an island
/// no longer than the change on either side, without a line break.
fn absorb_islands(pieces: Vec<Piece>, styles: &Styles) -> Vec<Piece> {
    let text = |p: &Piece| &styles.texts[p.text as usize];
    // Runs: (kind class: equal or change, range).
    let mut runs: Vec<(bool, std::ops::Range<usize>)> = Vec::new();
    for (i, p) in pieces.iter().enumerate() {
        let change = p.kind != SegmentKind::Equal;
        match runs.last_mut() {
            Some((c, r)) if *c == change => r.end = i + 1,
            _ => runs.push((change, i..i + 1)),
        }
    }
    let size = |r: &std::ops::Range<usize>, kind: SegmentKind| -> usize {
        pieces[r.clone()]
            .iter()
            .filter(|p| p.kind == kind)
            .map(|p| text(p).chars)
            .sum()
    };
    let mut fold = vec![false; runs.len()];
    for k in 1..runs.len().saturating_sub(1) {
        let (change, r) = &runs[k];
        if *change {
            continue;
        }
        let chars: usize = pieces[r.clone()].iter().map(|p| text(p).chars).sum();
        let side = |r: &std::ops::Range<usize>| {
            size(r, SegmentKind::Delete).max(size(r, SegmentKind::Insert))
        };
        let (before, after) = (side(&runs[k - 1].1), side(&runs[k + 1].1));
        let breaks = pieces[r.clone()].iter().any(|p| p.br || text(p).newline);
        if chars <= before.min(after) && !breaks {
            fold[k] = true;
        }
    }
    if !fold.iter().any(|f| *f) {
        return pieces;
    }
    // Rebuild: each maximal stretch of changes and folded islands becomes its deleted
    // pieces then its inserted pieces.
    let mut out = Vec::with_capacity(pieces.len() + 8);
    let mut k = 0;
    while k < runs.len() {
        let (change, r) = &runs[k];
        if !change && !fold[k] {
            out.extend_from_slice(&pieces[r.clone()]);
            k += 1;
            continue;
        }
        let mut end = k;
        while end + 1 < runs.len() && (runs[end + 1].0 || fold[end + 1]) {
            end += 1;
        }
        let all = runs[k].1.start..runs[end].1.end;
        for kind in [SegmentKind::Delete, SegmentKind::Insert] {
            for p in &pieces[all.clone()] {
                if p.kind == kind || p.kind == SegmentKind::Equal {
                    out.push(Piece { kind, ..*p });
                }
            }
        }
        k = end + 1;
    }
    out
}
