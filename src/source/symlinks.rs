//! Symbolic links among a site's sources: followed only while they stay inside the site
//! folder. A link that leads out is an error naming the link, never its target's contents,
//! so that a revision linked to `/etc/passwd` cannot bring a line of it into a message or
//! a page; a linked static file inside the site is copied as the file it points to.

use std::fs;
use std::path::{Component, Path, PathBuf};

use crate::diagnostic::{Diagnostic, Diagnostics, relative_to};

/// Files an editor or the system leaves beside sources, and notes for humans: not sources.
pub fn is_ignored_name(name: &str) -> bool {
    name.starts_with('.')
        || name.starts_with('#')
        || name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".tmp")
        || name == "4913"
        || name.ends_with(".md")
}

/// What a link that leads out of the site is told.
const OUTSIDE: &str = "is a symbolic link that leads outside the site folder: expected a file or folder inside the site (copy it in instead)";

/// Whether `path` (symlinks followed) is inside `root`; a path that cannot be resolved
/// counts as inside, for the read that follows to report.
pub fn inside(root: &Path, path: &Path) -> bool {
    // A path below `root` none of whose parts below it is a link is inside: that takes one
    // look at each part, where resolving both paths reads every part of both. A build
    // asks this of every source file.
    if let Ok(below) = path.strip_prefix(root)
        && below
            .components()
            .all(|c| matches!(c, Component::Normal(_)))
    {
        let mut at = root.to_path_buf();
        let mut linked = false;
        for part in below.components() {
            at.push(part);
            match fs::symlink_metadata(&at) {
                Ok(meta) if meta.file_type().is_symlink() => {
                    linked = true;
                    break;
                }
                Ok(_) => {}
                Err(_) => return true,
            }
        }
        if !linked {
            return true;
        }
    }
    match (fs::canonicalize(root), fs::canonicalize(path)) {
        (Ok(root), Ok(path)) => path.starts_with(root),
        _ => true,
    }
}

/// An error for a source file that is or lies under a link leading outside `root`.
pub fn check_inside(root: &Path, path: &Path) -> Result<(), Diagnostic> {
    if inside(root, path) {
        Ok(())
    } else {
        Err(Diagnostic::error(relative_to(root, path), OUTSIDE))
    }
}

/// Files below `dir` (which is inside `root`), as (path below `dir` with '/' separators,
/// full path), sorted, skipping editors' leftovers. Symlinks are followed while they stay
/// inside `root`; one that leads out, a loop or an unreadable entry is an error.
pub fn files_in_site(root: &Path, dir: &Path, diags: &mut Diagnostics) -> Vec<(String, PathBuf)> {
    if !dir.is_dir() {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut walk = walkdir::WalkDir::new(dir).follow_links(true).into_iter();
    while let Some(entry) = walk.next() {
        let entry = match entry {
            Ok(entry) => entry,
            Err(e) => {
                let path = e.path().unwrap_or(dir);
                let why = if e.loop_ancestor().is_some() {
                    "is a symbolic link that loops back to a folder above it: expected a file or folder".to_string()
                } else {
                    format!("cannot read it: {e}")
                };
                diags.push(Diagnostic::error(relative_to(root, path), why));
                continue;
            }
        };
        if entry.path_is_symlink() && !inside(root, entry.path()) {
            diags.push(Diagnostic::error(relative_to(root, entry.path()), OUTSIDE));
            if entry.file_type().is_dir() {
                walk.skip_current_dir();
            }
            continue;
        }
        if !entry.file_type().is_file() {
            continue;
        }
        let file_name = entry.file_name().to_string_lossy();
        if is_ignored_name(&file_name) && !file_name.ends_with(".md") {
            continue;
        }
        let Ok(below) = entry.path().strip_prefix(dir) else {
            continue;
        };
        let name = below
            .components()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/");
        out.push((name, entry.into_path()));
    }
    out.sort();
    out
}
