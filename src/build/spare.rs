//! The site a build replaces: kept beside the output folder for the next build to bring up
//! to date instead of building a whole new tree, or removed.
//!
//! A rebuild after one change carries tens of thousands of files into the new site. Made
//! from nothing, the new tree costs the system a folder made and a hard link per file, and
//! removing the replaced site an unlink per file and a folder removed: four metadata writes
//! per file, most of a rebuild's time on disk. So, on Unix, a build that may carry files
//! over ([`crate::build::staging::Staging::begin_incremental`]) keeps the site it replaces
//! as `.<name>.privsite-spare` beside the output folder, and the next one takes that folder
//! as its staging folder: its files are the previous site's or the one before's, mostly
//! hard links to the output's own. A file of it that is the output file being carried over
//! (the same device and inode) is kept as it is, with no system call; every other file is
//! written or linked over it; what the new site does not have is removed before the swap.
//! The atomic swap and the promise that a failed build changes nothing are the same: the
//! output folder is never written to, and a spare taken for a build that fails is removed.
//!
//! What the spare holds is never trusted from a record: it is read whole when taken
//! ([`Spare::survey`]), and a spare with anything but plain files and folders (a symbolic
//! link put there, a name that is not UTF-8) is removed and not used. A file added to the
//! spare or to the output by hand is therefore removed before the site is swapped in, as a
//! full build would leave it out.

use std::fs;
use std::io;
use std::path::{Component, Path, PathBuf};
use std::sync::{Mutex, PoisonError};

#[cfg(unix)]
use crate::build::as_recorded::{Folder, Kind};
use crate::build::staging::MARKER;

use rustc_hash::{FxHashMap, FxHashSet};

/// The previous site taken as a staging folder: what it held when taken, and which of its
/// paths the new site has claimed since.
#[derive(Debug)]
pub(crate) struct Spare {
    /// Each file (a path relative to the folder, with '/'), with its inode.
    files: FxHashMap<String, u64>,
    /// Each folder, relative.
    folders: Vec<String>,
    /// The paths written, linked or kept for the new site.
    claimed: Mutex<FxHashSet<String>>,
}

impl Spare {
    /// Reads the folder `dir` whole, top-level folders in parallel. `None` when it holds
    /// anything but plain files and folders, or a name that is not UTF-8, or cannot be
    /// read, or is on another device than the output folder `output` (where there is one):
    /// such a spare is not used.
    #[cfg(unix)]
    pub(crate) fn survey(dir: &Path, output: &Path) -> Option<Spare> {
        use rayon::prelude::*;
        use std::os::unix::fs::{DirEntryExt, MetadataExt};
        let dev = fs::symlink_metadata(dir).ok()?.dev();
        if fs::symlink_metadata(output).is_ok_and(|m| m.dev() != dev) {
            return None;
        }
        let mut files = FxHashMap::default();
        let mut tops = Vec::new();
        for entry in fs::read_dir(dir).ok()? {
            let entry = entry.ok()?;
            let name = entry.file_name().into_string().ok()?;
            let kind = entry.file_type().ok()?;
            if kind.is_dir() {
                tops.push(name);
            } else if kind.is_file() {
                if name != MARKER {
                    files.insert(name, entry.ino());
                }
            } else {
                return None;
            }
        }
        type Found = (Vec<(String, u64)>, Vec<String>);
        let found: Option<Vec<Found>> = tops
            .par_iter()
            .map(|top| {
                let (mut files, mut folders) = (Vec::new(), Vec::new());
                let opened = Folder::open(dir, top)?;
                folders.push(top.clone());
                survey_below(opened, top, &mut files, &mut folders)?;
                Some((files, folders))
            })
            .collect();
        let mut folders = Vec::new();
        for (f, d) in found? {
            files.extend(f);
            folders.extend(d);
        }
        Some(Spare {
            files,
            folders,
            claimed: Mutex::default(),
        })
    }

    /// Elsewhere no spare is kept (a file's identity needs its open handle on Windows).
    #[cfg(not(unix))]
    pub(crate) fn survey(_: &Path, _: &Path) -> Option<Spare> {
        None
    }

    /// The folders of the spare, relative.
    pub(crate) fn folders(&self) -> &[String] {
        &self.folders
    }

    /// Notes that the new site has the file `path`.
    pub(crate) fn claim(&self, path: &str) {
        self.claimed
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(path.to_string());
    }

    /// Whether the spare's file `path` is the output file with the inode `inode` (the
    /// spare is on the output's device, [`Spare::survey`] checked): then it is claimed as
    /// it is.
    pub(crate) fn keeps(&self, path: &str, inode: u64) -> bool {
        if inode != 0 && self.files.get(path) == Some(&inode) {
            self.claim(path);
            return true;
        }
        false
    }

    /// Clears the path `path` (inside the folder `dir`) of what the spare left there and
    /// the new site has not claimed: a file, or a folder with nothing claimed inside.
    /// `false` where something else is there: what this build itself put, a real conflict.
    pub(crate) fn clear(&self, dir: &Path, path: &str) -> io::Result<bool> {
        let claimed = self.claimed.lock().unwrap_or_else(PoisonError::into_inner);
        if claimed.contains(path) {
            return Ok(false);
        }
        if self.files.contains_key(path) {
            drop(claimed);
            fs::remove_file(dir.join(path))?;
            return Ok(true);
        }
        let inside = format!("{path}/");
        if self.folders.iter().any(|f| f == path) && !claimed.iter().any(|c| c.starts_with(&inside))
        {
            drop(claimed);
            remove_tree(&dir.join(path))?;
            return Ok(true);
        }
        Ok(false)
    }

    /// Removes from the folder `dir` every file and folder of the spare the new site did not
    /// claim, files first, folders deepest first, each step in parallel.
    pub(crate) fn prune(&self, dir: &Path) -> io::Result<()> {
        use rayon::prelude::*;
        let claimed = self.claimed.lock().unwrap_or_else(PoisonError::into_inner);
        // What is no longer there, or is no longer a file (a folder) or under a folder (a
        // file), was cleared for the new site, which has a folder or a file there.
        let gone = |r: io::Result<()>| match r {
            Err(e)
                if !matches!(
                    e.kind(),
                    io::ErrorKind::NotFound
                        | io::ErrorKind::NotADirectory
                        | io::ErrorKind::IsADirectory
                ) =>
            {
                Err(e)
            }
            _ => Ok(()),
        };
        self.files
            .par_iter()
            .filter(|(path, _)| !claimed.contains(*path))
            .try_for_each(|(path, _)| {
                let file = dir.join(path);
                match fs::remove_file(&file) {
                    // macOS says EPERM for a folder.
                    Err(_) if fs::symlink_metadata(&file).is_ok_and(|m| m.is_dir()) => Ok(()),
                    other => gone(other),
                }
            })?;
        let mut needed: FxHashSet<&str> = FxHashSet::default();
        for path in claimed.iter() {
            let mut at = path.as_str();
            while let Some((parent, _)) = at.rsplit_once('/') {
                if !needed.insert(parent) {
                    break;
                }
                at = parent;
            }
        }
        let mut folders: Vec<&str> = self
            .folders
            .iter()
            .map(String::as_str)
            .filter(|f| !needed.contains(f))
            .collect();
        let depth = |f: &&str| f.matches('/').count();
        folders.sort_by_key(|f| std::cmp::Reverse(depth(f)));
        for level in folders.chunk_by(|a, b| depth(a) == depth(b)) {
            level
                .par_iter()
                .try_for_each(|f| gone(fs::remove_dir(dir.join(f))))?;
        }
        Ok(())
    }
}

/// Takes the site an earlier build kept at `spare` as the staging folder `staging` (just
/// made, and empty, which the rename replaces) and reads what it holds. `None` where there
/// is none or it is not privsite's (no marker); a spare holding more than plain files and
/// folders, or not on the device of the output folder `target`, is removed, leaving the
/// staging folder empty.
pub(crate) fn take_spare(spare: &Path, staging: &Path, target: &Path) -> io::Result<Option<Spare>> {
    let ours = fs::symlink_metadata(spare).is_ok_and(|m| m.is_dir())
        && fs::symlink_metadata(spare.join(MARKER)).is_ok_and(|m| m.is_file());
    if !ours || fs::rename(spare, staging).is_err() {
        return Ok(None);
    }
    let survey = Spare::survey(staging, target);
    if survey.is_none() {
        remove_tree(staging)?;
        fs::create_dir(staging)?;
    }
    Ok(survey)
}

/// Removes from the previous site `dir` the files it was recorded with (paths relative to
/// it) and then their folders, deepest first, each step in parallel: what
/// [`remove_tree`] then finds left is the marker, the folder itself and anything put
/// there by hand. Nothing is removed through a symbolic link: where a recorded folder is
/// no longer a plain folder (a link put in its place), nothing is removed here and
/// [`remove_tree`] walks the site as it is.
pub(crate) fn remove_listed(dir: &Path, files: &[String]) {
    use rayon::prelude::*;
    let mut folders: rustc_hash::FxHashSet<&Path> = rustc_hash::FxHashSet::default();
    for file in files {
        let mut at = Path::new(file.as_str()).parent();
        while let Some(folder) = at.filter(|f| !f.as_os_str().is_empty()) {
            if !folders.insert(folder) {
                break;
            }
            at = folder.parent();
        }
    }
    let plain = folders
        .par_iter()
        .all(|f| fs::symlink_metadata(dir.join(f)).is_ok_and(|m| m.file_type().is_dir()));
    let safe = |f: &str| {
        let rel = Path::new(f);
        f != MARKER && rel.components().all(|c| matches!(c, Component::Normal(_)))
    };
    if !plain || !files.iter().all(|f| safe(f)) {
        return;
    }
    files.par_iter().for_each(|f| {
        let _ = fs::remove_file(dir.join(f));
    });
    let mut folders: Vec<&Path> = folders.into_iter().collect();
    let depth = |p: &&Path| p.components().count();
    folders.sort_by_key(|f| std::cmp::Reverse(depth(f)));
    for level in folders.chunk_by(|a, b| depth(a) == depth(b)) {
        // A folder holding what was not recorded stays, for remove_tree.
        level.par_iter().for_each(|f| {
            let _ = fs::remove_dir(dir.join(f));
        });
    }
}

/// Lists what the opened folder `folder` (the spare's `rel`) holds, and all below it: each
/// folder opened by its name in its parent, so that the system walks one name per folder
/// rather than its whole path (a kept site has tens of thousands). `None` where it holds
/// anything but plain files and folders, a name that is not UTF-8, or cannot be read.
#[cfg(unix)]
fn survey_below(
    mut folder: Folder,
    rel: &str,
    files: &mut Vec<(String, u64)>,
    folders: &mut Vec<String>,
) -> Option<()> {
    let mut below = Vec::new();
    for (name, kind, ino) in folder.entries()? {
        let path = format!("{rel}/{name}");
        match kind {
            Kind::File => files.push((path, ino)),
            Kind::Folder => below.push((name, path)),
            Kind::Other => return None,
        }
    }
    for (name, path) in below {
        let opened = folder.folder(&name)?;
        folders.push(path.clone());
        survey_below(opened, &path, files, folders)?;
    }
    Some(())
}

/// Removes a folder and everything in it, files in parallel. Its marker goes last, so a
/// build killed while removing leaves a folder the next build can still prove is its own.
/// Never follows a symbolic link: a link, at `dir` or inside it, is removed as a link.
pub(crate) fn remove_tree(dir: &Path) -> io::Result<()> {
    use rayon::prelude::*;
    if fs::symlink_metadata(dir)?.file_type().is_symlink() {
        return fs::remove_file(dir);
    }
    let marker = dir.join(MARKER);
    let mut files = Vec::new();
    let mut folders = Vec::new();
    let walk = walkdir::WalkDir::new(dir)
        .follow_links(false)
        .follow_root_links(false)
        .min_depth(1)
        .contents_first(true);
    for entry in walk {
        let entry = entry.map_err(io::Error::other)?;
        if entry.file_type().is_dir() {
            folders.push(entry.into_path());
        } else if entry.path() != marker {
            files.push(entry.into_path());
        }
    }
    files.par_iter().try_for_each(fs::remove_file)?;
    // Folders deepest first, each depth in parallel.
    let depth = |p: &PathBuf| p.components().count();
    folders.sort_by_key(|f| std::cmp::Reverse(depth(f)));
    for level in folders.chunk_by(|a, b| depth(a) == depth(b)) {
        level.par_iter().try_for_each(fs::remove_dir)?;
    }
    match fs::remove_file(&marker) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(e),
        _ => {}
    }
    fs::remove_dir(dir)
}

#[cfg(all(test, unix))]
mod tests {
    use super::Spare;
    use crate::build::staging::MARKER;
    use std::fs;

    #[test]
    fn a_survey_lists_files_and_folders_and_refuses_a_link() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path();
        fs::create_dir_all(dir.join("a/b")).unwrap();
        fs::write(dir.join("a/b/index.html"), "1").unwrap();
        fs::write(dir.join("top.html"), "2").unwrap();
        fs::write(dir.join(MARKER), "").unwrap();
        let spare = Spare::survey(dir, dir).unwrap();
        let mut files: Vec<&String> = spare.files.keys().collect();
        files.sort();
        assert_eq!(files, ["a/b/index.html", "top.html"]);
        let mut folders = spare.folders.clone();
        folders.sort();
        assert_eq!(folders, ["a", "a/b"]);
        std::os::unix::fs::symlink("/", dir.join("a/root")).unwrap();
        assert!(Spare::survey(dir, dir).is_none());
    }

    #[test]
    fn pruning_removes_what_was_not_claimed() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path();
        fs::create_dir_all(dir.join("a/b")).unwrap();
        fs::create_dir_all(dir.join("c/d")).unwrap();
        fs::write(dir.join("a/b/index.html"), "keep").unwrap();
        fs::write(dir.join("a/old.html"), "gone").unwrap();
        fs::write(dir.join("c/d/index.html"), "gone").unwrap();
        let spare = Spare::survey(dir, dir).unwrap();
        spare.claim("a/b/index.html");
        // A file put into a folder the spare had, a new one.
        fs::write(dir.join("c/new.html"), "new").unwrap();
        spare.claim("c/new.html");
        spare.prune(dir).unwrap();
        assert!(dir.join("a/b/index.html").is_file());
        assert!(dir.join("c/new.html").is_file());
        assert!(!dir.join("a/old.html").exists());
        assert!(!dir.join("c/d").exists());
    }

    #[test]
    fn clearing_takes_away_only_what_nothing_claimed() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path();
        fs::create_dir_all(dir.join("a/b")).unwrap();
        fs::write(dir.join("a/b/index.html"), "1").unwrap();
        fs::write(dir.join("f"), "2").unwrap();
        let spare = Spare::survey(dir, dir).unwrap();
        spare.claim("a/b/index.html");
        assert!(!spare.clear(dir, "a").unwrap(), "a file inside was claimed");
        assert!(spare.clear(dir, "f").unwrap());
        assert!(!dir.join("f").exists());
        spare.claim("f");
        assert!(!spare.clear(dir, "f").unwrap(), "put by this build");
    }
}
