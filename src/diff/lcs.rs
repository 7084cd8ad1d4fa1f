//! One longest common subsequence of two token sequences, found bit-parallel (Hyyrö's
//! form of the Allison–Dix algorithm): a machine word holds 64 cells of a column of the
//! dynamic programme, so two sentences of fifty tokens take fifty steps of a few word
//! operations, where Myers' algorithm takes thousands when the sentences differ (a
//! sentence replaced by another, the commonest change in a policy).
//!
//! The matches are the earliest ones: walking both sequences from the start, a token
//! that can be matched without shortening the subsequence is matched, as a diff read
//! from the top expects. The work is the product of the lengths over 64, bounded by the
//! caller (see [`crate::diff::TEXT_DIFF_WORK`]).

/// The positions `(i, j)` with `a[i] == b[j]` of one longest common subsequence of `a`
/// and `b`, in increasing order of both.
pub(crate) fn matches(a: &[u64], b: &[u64]) -> Vec<(usize, usize)> {
    // Computed on both sequences reversed and read back from their ends: the walk back
    // through the reversed programme goes forward through the texts.
    let ra: Vec<u64> = a.iter().rev().copied().collect();
    let rb: Vec<u64> = b.iter().rev().copied().collect();
    let columns = Columns::new(&ra, &rb);
    let (m, n) = (ra.len(), rb.len());
    let mut out = Vec::with_capacity(m.min(n));
    let (mut i, mut j) = (m, n);
    while i > 0 && j > 0 {
        if ra[i - 1] == rb[j - 1] {
            // Equal tokens always extend the subsequence of the prefixes before them.
            out.push((m - i, n - j));
            i -= 1;
            j -= 1;
        } else if columns.length(i - 1, j) == columns.length(i, j) {
            i -= 1;
        } else {
            j -= 1;
        }
    }
    out
}

/// The columns of the programme, one per prefix of `b`: bit `i` of column `j` is clear
/// where the subsequence of `a[..=i]` and `b[..j]` is one longer than that of `a[..i]`.
struct Columns {
    /// Words per column.
    words: usize,
    /// `(b.len() + 1) * words` words, column after column.
    bits: Vec<u64>,
}

impl Columns {
    fn new(a: &[u64], b: &[u64]) -> Columns {
        let words = a.len().div_ceil(64).max(1);
        // Each distinct token of `a`, numbered, with the mask of where it stands.
        let mut number: rustc_hash::FxHashMap<u64, usize> = rustc_hash::FxHashMap::default();
        let mut masks: Vec<u64> = Vec::new();
        for (i, t) in a.iter().enumerate() {
            let next = number.len();
            let k = *number.entry(*t).or_insert(next);
            if k == masks.len() / words {
                masks.resize(masks.len() + words, 0);
            }
            masks[k * words + i / 64] |= 1 << (i % 64);
        }
        let mut bits = vec![u64::MAX; (b.len() + 1) * words];
        for (j, t) in b.iter().enumerate() {
            let (done, rest) = bits.split_at_mut((j + 1) * words);
            let before = &done[j * words..];
            let after = &mut rest[..words];
            let Some(&k) = number.get(t) else {
                after.copy_from_slice(before);
                continue;
            };
            let mask = &masks[k * words..(k + 1) * words];
            // V' = (V + U) | (V - U), U = V & mask, carried and borrowed across words.
            let (mut carry, mut borrow) = (false, false);
            for w in 0..words {
                let v = before[w];
                let u = v & mask[w];
                let (sum, c1) = v.overflowing_add(u);
                let (sum, c2) = sum.overflowing_add(u64::from(carry));
                carry = c1 | c2;
                let (diff, b1) = v.overflowing_sub(u);
                let (diff, b2) = diff.overflowing_sub(u64::from(borrow));
                borrow = b1 | b2;
                after[w] = sum | diff;
            }
        }
        Columns { words, bits }
    }

    /// The length of the longest common subsequence of `a[..i]` and `b[..j]`.
    fn length(&self, i: usize, j: usize) -> usize {
        let column = &self.bits[j * self.words..(j + 1) * self.words];
        let full = i / 64;
        let mut set: usize = column[..full].iter().map(|w| w.count_ones() as usize).sum();
        if !i.is_multiple_of(64) {
            set += (column[full] & ((1u64 << (i % 64)) - 1)).count_ones() as usize;
        }
        i - set
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The length by the textbook programme.
    fn lcs_length(a: &[u64], b: &[u64]) -> usize {
        let mut row = vec![0usize; b.len() + 1];
        for x in a {
            let mut diagonal = 0;
            for (j, y) in b.iter().enumerate() {
                let up = row[j + 1];
                row[j + 1] = if x == y { diagonal + 1 } else { up.max(row[j]) };
                diagonal = up;
            }
        }
        row[b.len()]
    }

    proptest! {
        /// The matches are a common subsequence, in order, as long as the longest.
        #[test]
        fn the_matches_are_a_longest_common_subsequence(
            a in proptest::collection::vec(0u64..6, 0..200),
            b in proptest::collection::vec(0u64..6, 0..200),
        ) {
            let found = matches(&a, &b);
            prop_assert_eq!(found.len(), lcs_length(&a, &b));
            for pair in found.windows(2) {
                prop_assert!(pair[0].0 < pair[1].0 && pair[0].1 < pair[1].1);
            }
            for &(i, j) in &found {
                prop_assert_eq!(a[i], b[j]);
            }
        }
    }

    #[test]
    fn the_earliest_tokens_are_matched() {
        // "the cat" in "the the cat": the first "the" is kept, the second inserted.
        assert_eq!(
            matches(&[1, 2, 3], &[1, 2, 1, 2, 3]),
            vec![(0, 0), (1, 1), (2, 4)]
        );
        assert_eq!(matches(&[], &[1]), vec![]);
        assert_eq!(matches(&[7; 130], &[7; 3]), vec![(0, 0), (1, 1), (2, 2)]);
    }
}
