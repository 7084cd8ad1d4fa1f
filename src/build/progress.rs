//! How a long build tells the caller how far it got. The library never prints: the
//! binary supplies a [`Progress`] (a bar on a terminal) through
//! [`BuildOptions::progress`](crate::build::BuildOptions::progress), and the build calls it.

use std::fmt;
use std::sync::Arc;

use crate::diagnostic::Diagnostics;

/// Receives a build's progress; called from the building thread, between steps.
pub trait Progress: Send + Sync {
    /// A step begins: `what` it does, and how many units it has where that is known.
    fn step(&self, what: &'static str, total: Option<u64>);
    /// `done` more units of the current step are finished.
    fn advance(&self, done: u64);
}

/// A [`Progress`] to hand to a build; cloning shares it.
#[derive(Clone)]
pub struct ProgressHandle(pub Arc<dyn Progress>);

impl fmt::Debug for ProgressHandle {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ProgressHandle")
    }
}

/// Runs `work` over `items` in chunks, reporting each finished chunk to `progress` as
/// `what`; without a progress, in one go. Every chunk runs even after one fails, so that
/// all errors are reported; their diagnostics are joined.
pub fn in_chunks<T, R>(
    progress: Option<&ProgressHandle>,
    what: &'static str,
    items: &[T],
    mut work: impl FnMut(&[T]) -> Result<Vec<R>, Diagnostics>,
) -> Result<Vec<R>, Diagnostics> {
    let Some(progress) = progress else {
        return work(items);
    };
    progress.0.step(what, Some(items.len() as u64));
    // A hundred steps, but chunks large enough for every core to have work.
    let size = (items.len() / 100).max(64);
    let mut done = Vec::with_capacity(items.len());
    let mut errors = Diagnostics::default();
    for chunk in items.chunks(size) {
        match work(chunk) {
            Ok(mut results) => done.append(&mut results),
            Err(e) => errors.extend(e.0),
        }
        progress.0.advance(chunk.len() as u64);
    }
    if errors.has_errors() {
        errors.sort();
        return Err(errors);
    }
    Ok(done)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Mutex;

    #[derive(Default)]
    struct Log(Mutex<Vec<String>>);

    impl Progress for Log {
        fn step(&self, what: &'static str, total: Option<u64>) {
            self.0.lock().unwrap().push(format!("{what} {total:?}"));
        }
        fn advance(&self, done: u64) {
            self.0.lock().unwrap().push(format!("+{done}"));
        }
    }

    #[test]
    fn chunks_cover_every_item_once_and_in_order() {
        let log = Arc::new(Log::default());
        let handle = ProgressHandle(log.clone());
        let items: Vec<u32> = (0..150).collect();
        let doubled = in_chunks(Some(&handle), "rendering", &items, |chunk| {
            Ok(chunk.iter().map(|i| i * 2).collect())
        })
        .unwrap();
        assert_eq!(doubled, items.iter().map(|i| i * 2).collect::<Vec<_>>());
        assert_eq!(
            *log.0.lock().unwrap(),
            ["rendering Some(150)", "+64", "+64", "+22"]
        );
        let alone = in_chunks(None, "rendering", &items, |chunk| Ok(chunk.to_vec())).unwrap();
        assert_eq!(alone, items);
    }

    #[test]
    fn errors_of_every_chunk_are_kept() {
        let handle = ProgressHandle(Arc::new(Log::default()));
        let items: Vec<u32> = (0..200).collect();
        let err = in_chunks(Some(&handle), "rendering", &items, |chunk| {
            Err::<Vec<u32>, _>(Diagnostics(vec![crate::diagnostic::Diagnostic::error(
                format!("{}", chunk[0]),
                "broken",
            )]))
        })
        .unwrap_err();
        assert_eq!(err.0.len(), 4);
    }
}
