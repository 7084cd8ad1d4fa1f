//! Where a build's files go: kept in memory (for `serve` and tests) or written to a folder,
//! which is replaced whole only once every file is ready, so a failed or interrupted build
//! leaves the previous site as it was.

use std::collections::BTreeMap;
use std::io;
use std::path::Path;

use rayon::prelude::*;

use crate::build::staging::Staging;

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

    /// Writes every file into a fresh folder beside `dir`, then swaps it in for `dir` in
    /// one step (see [`crate::build::staging`]). `dir` must be missing, empty or a folder privsite
    /// wrote.
    pub fn write_to(&self, dir: &Path) -> io::Result<()> {
        self.write_staged(Staging::begin(dir, None)?)
    }

    /// [`Output::write_to`] for the site in `root`: the output may also be neither the
    /// site folder, a folder above it nor inside one of its source folders.
    pub fn write_site(&self, root: &Path, dir: &Path) -> io::Result<()> {
        self.write_staged(Staging::begin(dir, Some(root))?)
    }

    fn write_staged(&self, staging: Staging) -> io::Result<()> {
        self.files
            .par_iter()
            .try_for_each(|(path, bytes)| staging.put(path, bytes))?;
        staging.commit()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    #[test]
    fn writing_replaces_the_folder_whole() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("public");
        fs::create_dir_all(dir.join("old")).unwrap();
        fs::write(dir.join("old/stale.html"), "x").unwrap();
        fs::write(dir.join(crate::build::staging::MARKER), "").unwrap();
        let mut out = Output::default();
        out.files.insert("index.html".into(), b"hi".to_vec());
        out.files.insert("a/b/index.html".into(), b"deep".to_vec());
        out.write_to(&dir).unwrap();
        assert_eq!(fs::read(dir.join("index.html")).unwrap(), b"hi");
        assert_eq!(fs::read(dir.join("a/b/index.html")).unwrap(), b"deep");
        assert!(!dir.join("old").exists());
        let leftovers: Vec<_> = fs::read_dir(tmp.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        let mut leftovers: Vec<_> = leftovers.iter().map(|n| n.to_string_lossy()).collect();
        leftovers.sort();
        assert_eq!(leftovers, ["public"]);
    }
}
