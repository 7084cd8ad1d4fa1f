//! Where a build's files go: kept in memory (for `serve` and tests) or written to a folder,
//! which is replaced whole only once every file is ready, so a failed or interrupted build
//! leaves the previous site as it was.

use std::collections::{BTreeMap, BTreeSet};

use rayon::prelude::*;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

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

    /// Writes every file into a fresh folder beside `dir`, then swaps it in for `dir`.
    pub fn write_to(&self, dir: &Path) -> io::Result<()> {
        let parent = match dir.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        fs::create_dir_all(&parent)?;
        let name = dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "public".into());
        let staging = parent.join(format!(".{name}.privsite-new"));
        let previous = parent.join(format!(".{name}.privsite-old"));
        for leftover in [&staging, &previous] {
            if leftover.exists() {
                remove_tree(leftover)?;
            }
        }
        let result = self.write_files(&staging);
        if let Err(e) = result {
            let _ = fs::remove_dir_all(&staging);
            return Err(e);
        }
        if dir.exists() {
            fs::rename(dir, &previous)?;
        }
        if let Err(e) = fs::rename(&staging, dir) {
            // Put the previous site back rather than leave nothing.
            if previous.exists() {
                let _ = fs::rename(&previous, dir);
            }
            return Err(e);
        }
        if previous.exists() {
            remove_tree(&previous)?;
        }
        Ok(())
    }

    /// Writes the files in parallel, once their folders exist.
    fn write_files(&self, root: &Path) -> io::Result<()> {
        fs::create_dir_all(root)?;
        let folders: BTreeSet<PathBuf> = self
            .files
            .keys()
            .filter_map(|p| Path::new(p).parent().map(|d| root.join(d)))
            .collect();
        for folder in &folders {
            fs::create_dir_all(folder)?;
        }
        self.files
            .par_iter()
            .try_for_each(|(path, bytes)| fs::write(root.join(path), bytes))
    }
}

/// Removes a folder and everything in it, files in parallel.
fn remove_tree(dir: &Path) -> io::Result<()> {
    let mut files = Vec::new();
    for entry in walkdir::WalkDir::new(dir) {
        let entry = entry.map_err(io::Error::other)?;
        if !entry.file_type().is_dir() {
            files.push(entry.into_path());
        }
    }
    files.par_iter().try_for_each(fs::remove_file)?;
    fs::remove_dir_all(dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writing_replaces_the_folder_whole() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("public");
        fs::create_dir_all(dir.join("old")).unwrap();
        fs::write(dir.join("old/stale.html"), "x").unwrap();
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
        assert_eq!(leftovers, vec![std::ffi::OsString::from("public")]);
    }
}
