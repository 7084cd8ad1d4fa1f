//! Folder listings: a folder's entries in order, each with what the listing says it is,
//! so that the loader looks at the disk again only for links.

use std::fs;
use std::path::{Path, PathBuf};

use super::is_ignored_name;
use crate::diagnostic::{Diagnostic, Diagnostics, relative_to};

/// What a folder's entry is, as the listing of the folder tells (on Linux, macOS and
/// Windows without another look at the disk). A symbolic link, or an entry the listing
/// gives no type for, is `Other`: what it leads to is looked up when it matters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Listed {
    File,
    Folder,
    Other,
}

impl Listed {
    /// Whether the entry at `path` is a folder, or a link to one.
    pub(super) fn is_dir(self, path: &Path) -> bool {
        match self {
            Listed::Folder => true,
            Listed::File => false,
            Listed::Other => path.is_dir(),
        }
    }

    /// Whether the entry at `path` is a file, or a link to one.
    pub(super) fn is_file(self, path: &Path) -> bool {
        match self {
            Listed::File => true,
            Listed::Folder => false,
            Listed::Other => path.is_file(),
        }
    }
}

/// Whether `path` is a folder itself, not a link to one.
pub(super) fn real_folder(path: &Path) -> bool {
    fs::symlink_metadata(path).is_ok_and(|meta| meta.is_dir())
}

/// The entries of a folder, sorted by name, without ignored ones, each with what the
/// listing says it is.
pub(super) fn read_dir_sorted(
    root: &Path,
    dir: &Path,
    diags: &mut Diagnostics,
) -> Vec<(String, PathBuf, Listed)> {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            diags.push(Diagnostic::error(
                relative_to(root, dir),
                format!("cannot read the folder: {e}"),
            ));
            return Vec::new();
        }
    };
    let mut out: Vec<(String, PathBuf, Listed)> = entries
        .filter_map(Result::ok)
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            if is_ignored_name(&name) {
                return None;
            }
            let listed = match e.file_type() {
                Ok(t) if t.is_file() => Listed::File,
                Ok(t) if t.is_dir() => Listed::Folder,
                _ => Listed::Other,
            };
            Some((name, e.path(), listed))
        })
        .collect();
    out.sort();
    out
}
