//! A site built in memory (by `serve` and tests): its files by output path.

use std::collections::BTreeMap;

/// A built site: output path (with '/' separators) to contents, sorted.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Output {
    pub files: BTreeMap<String, Vec<u8>>,
}

impl Output {
    pub fn get(&self, path: &str) -> Option<&[u8]> {
        self.files.get(path).map(Vec::as_slice)
    }

    /// A file as text, for tests and the preview.
    pub fn text(&self, path: &str) -> Option<&str> {
        self.get(path).and_then(|b| std::str::from_utf8(b).ok())
    }

    /// The number of HTML pages.
    pub fn pages(&self) -> usize {
        self.files.keys().filter(|p| p.ends_with(".html")).count()
    }

    /// Paths whose bytes differ from `old` or that `old` lacks, and paths of `old` that
    /// went away; sorted.
    pub fn changed_since(&self, old: &Output) -> Vec<String> {
        let mut changed: Vec<String> = self
            .files
            .iter()
            .filter(|(path, bytes)| old.files.get(*path) != Some(*bytes))
            .map(|(p, _)| p.clone())
            .collect();
        changed.extend(
            old.files
                .keys()
                .filter(|p| !self.files.contains_key(*p))
                .cloned(),
        );
        changed.sort();
        changed
    }
}
