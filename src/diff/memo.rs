//! What is worked out once per pair of revisions' sources and asked for by several
//! pages (how their sections pair, what makes their change material), kept by the
//! SHA-256 of both sources. A revision made in code, without one, is worked out each
//! time. The memo is emptied when it grows past a few thousand pairs, as a long `serve`
//! session could make it.

use std::sync::{Mutex, OnceLock};

use rustc_hash::FxHashMap;

use crate::model::Revision;

/// The most pairs kept before the memo is emptied.
const MOST: usize = 4096;

type Pairs<T> = Mutex<FxHashMap<(String, String), T>>;

pub struct PairMemo<T> {
    pairs: OnceLock<Pairs<T>>,
}

impl<T: Clone> Default for PairMemo<T> {
    fn default() -> PairMemo<T> {
        PairMemo::new()
    }
}

impl<T: Clone> PairMemo<T> {
    pub const fn new() -> PairMemo<T> {
        PairMemo {
            pairs: OnceLock::new(),
        }
    }

    /// What `make` gives for `old` and `new`, made once for the pair of their sources.
    pub fn get_or(&self, old: &Revision, new: &Revision, make: impl FnOnce() -> T) -> T {
        let (a, b) = (&old.notice.sha256, &new.notice.sha256);
        if a.is_empty() || b.is_empty() {
            return make();
        }
        let pairs = self.pairs.get_or_init(Pairs::default);
        let key = (a.clone(), b.clone());
        if let Some(found) = pairs.lock().ok().and_then(|m| m.get(&key).cloned()) {
            return found;
        }
        let made = make();
        if let Ok(mut m) = pairs.lock() {
            if m.len() >= MOST {
                m.clear();
            }
            m.insert(key, made.clone());
        }
        made
    }
}
