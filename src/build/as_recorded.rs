//! Whether the output folder still holds the files a build's record lists, each with the
//! stamp (size, modification time, inode) it was written with: what lets a build that
//! finds nothing changed stop at once, and one that finds a company unchanged leave it
//! unloaded.
//!
//! A large site has tens of thousands of files in as many folders. On Unix each folder is
//! opened once and its files are looked at by name relative to it (`fstatat`), so that the
//! system walks one name per file rather than the whole path from the working folder:
//! that walk was most of a rebuild which found nothing changed. Elsewhere each file is
//! looked at by its path.

use std::collections::BTreeMap;
use std::path::Path;

use rayon::prelude::*;

use crate::build::incremental::Stamp;
use crate::build::staging::MARKER;

/// Whether `output` holds every file of `files` with its stamp, and nothing else but the
/// staging marker: no other file, folder or link.
pub(crate) fn output_as_recorded(output: &Path, files: &BTreeMap<String, Stamp>) -> bool {
    // Each folder read whole, from the output folder down: its files must be recorded,
    // with their stamps, and its folders too. Every recorded file lies in a recorded
    // folder, so where as many files were found as are recorded, none is missing.
    let found =
        Folder::open(output, "").and_then(|top| tree_as_recorded(top, String::new(), files));
    found == Some(files.len())
}

/// Whether a recorded file lies below the folder `path`: the files are sorted by path, so
/// those inside a folder follow one another from the first at or after `path/`. Asked of
/// each folder as the walk finds it (on any thread), rather than a set of every recorded
/// folder made on one thread first.
fn recorded_folder(files: &BTreeMap<String, Stamp>, path: &str) -> bool {
    use std::ops::Bound;
    let inside = format!("{path}/");
    files
        .range::<str, _>((Bound::Included(inside.as_str()), Bound::Unbounded))
        .next()
        .is_some_and(|(file, _)| file.starts_with(&inside))
}

/// Whether each of `files` (paths relative to `output`) is there with its stamp; `None`
/// stands for a file the record does not know, which is never there as recorded. Files of
/// one folder are best given one after another: the folder is opened once for them.
pub(crate) fn files_as_recorded<'a>(
    output: &Path,
    files: impl IntoIterator<Item = (&'a str, Option<Stamp>)>,
) -> bool {
    let mut open: Option<(&str, Folder)> = None;
    for (path, stamp) in files {
        let Some(stamp) = stamp else {
            return false;
        };
        let (folder, name) = path.rsplit_once('/').unwrap_or(("", path));
        let here = match &open {
            Some((f, dir)) if *f == folder => dir,
            _ => match Folder::open(output, folder) {
                Some(dir) => &open.insert((folder, dir)).1,
                None => return false,
            },
        };
        if here.stamp(name) != Some(stamp) {
            return false;
        }
    }
    true
}

/// How many of the recorded files the folder `dir` (the output's `rel`) and the folders
/// in it hold, each with its stamp; `None` where one holds anything else or cannot be
/// read. Its folders are read in parallel, each opened by its name in `dir`.
fn tree_as_recorded(
    mut dir: Folder,
    rel: String,
    files: &BTreeMap<String, Stamp>,
) -> Option<usize> {
    let mut count = 0;
    let mut below = Vec::new();
    for (name, kind, _) in dir.entries()? {
        let path = match rel.as_str() {
            "" => name.clone(),
            rel => format!("{rel}/{name}"),
        };
        match kind {
            Kind::Folder if recorded_folder(files, &path) => below.push((name, path)),
            Kind::File => match files.get(&path) {
                Some(stamp) if dir.stamp(&name) == Some(*stamp) => count += 1,
                None if path == MARKER => {}
                _ => return None,
            },
            _ => return None,
        }
    }
    let below: Option<usize> = below
        .into_par_iter()
        .map(|(name, path)| tree_as_recorded(dir.folder(&name)?, path, files))
        .sum();
    Some(count + below?)
}

/// What a folder entry is, as far as the check (and the spare's survey) cares.
pub(crate) enum Kind {
    File,
    Folder,
    Other,
}

/// A folder of the output (or of the kept site), opened to look at its entries by name.
#[cfg(unix)]
pub(crate) struct Folder(rustix::fs::Dir);

#[cfg(unix)]
impl Folder {
    pub(crate) fn open(output: &Path, folder: &str) -> Option<Folder> {
        use rustix::fs::{Mode, OFlags};
        let flags = OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC;
        let fd = rustix::fs::open(output.join(folder), flags, Mode::empty()).ok()?;
        // Owning the descriptor: `Dir::read_from` would open the folder a second time.
        rustix::fs::Dir::new(fd).ok().map(Folder)
    }

    /// The folder `name` in this one.
    pub(crate) fn folder(&self, name: &str) -> Option<Folder> {
        use rustix::fs::{Mode, OFlags};
        let flags = OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC | OFlags::NOFOLLOW;
        let fd = rustix::fs::openat(self.0.fd().ok()?, name, flags, Mode::empty()).ok()?;
        rustix::fs::Dir::new(fd).ok().map(Folder)
    }

    fn stat(&self, name: &str) -> Option<rustix::fs::Stat> {
        let fd = self.0.fd().ok()?;
        rustix::fs::statat(fd, name, rustix::fs::AtFlags::SYMLINK_NOFOLLOW).ok()
    }

    /// The stamp of the plain file `name` in the folder, as
    /// [`crate::build::incremental::stamp_of`] makes it from the file's metadata.
    // The fields' types differ from one system to another (`time_t`, `off_t`, `ino_t`):
    // on some the conversions below change nothing.
    #[allow(clippy::unnecessary_cast, clippy::useless_conversion)]
    fn stamp(&self, name: &str) -> Option<Stamp> {
        let st = self.stat(name)?;
        if rustix::fs::FileType::from_raw_mode(st.st_mode as _) != rustix::fs::FileType::RegularFile
        {
            return None;
        }
        let secs = u64::try_from(st.st_mtime as i64).ok()?;
        let nanos = u64::try_from(st.st_mtime_nsec as i64).ok()?;
        let time = u128::from(secs) * 1_000_000_000 + u128::from(nanos);
        Some((
            u64::try_from(st.st_size as i64).ok()?,
            u64::try_from(time).ok()?,
            st.st_ino as u64,
        ))
    }

    /// The folder's entries but `.` and `..`, each with its inode: names not in UTF-8
    /// make it `None`.
    // As in `stamp`, the inode's type differs from one system to another.
    #[allow(clippy::unnecessary_cast)]
    pub(crate) fn entries(&mut self) -> Option<Vec<(String, Kind, u64)>> {
        use rustix::fs::FileType;
        let mut listed = Vec::new();
        for entry in &mut self.0 {
            let entry = entry.ok()?;
            let name = entry.file_name().to_bytes();
            if name == b"." || name == b".." {
                continue;
            }
            let name = std::str::from_utf8(name).ok()?.to_string();
            listed.push((name, entry.file_type(), entry.ino() as u64));
        }
        let mut out = Vec::with_capacity(listed.len());
        for (name, kind, ino) in listed {
            // Some file systems leave the type unknown in the listing.
            let kind = match kind {
                FileType::Unknown => FileType::from_raw_mode(self.stat(&name)?.st_mode as _),
                kind => kind,
            };
            let kind = match kind {
                FileType::RegularFile => Kind::File,
                FileType::Directory => Kind::Folder,
                _ => Kind::Other,
            };
            out.push((name, kind, ino));
        }
        Some(out)
    }
}

/// A folder of the output, looked at by path.
#[cfg(not(unix))]
struct Folder(std::path::PathBuf);

#[cfg(not(unix))]
impl Folder {
    fn open(output: &Path, folder: &str) -> Option<Folder> {
        Some(Folder(output.join(folder)))
    }

    fn folder(&self, name: &str) -> Option<Folder> {
        Some(Folder(self.0.join(name)))
    }

    fn stamp(&self, name: &str) -> Option<Stamp> {
        let meta = std::fs::symlink_metadata(self.0.join(name)).ok()?;
        meta.is_file()
            .then(|| crate::build::incremental::stamp_of(&meta))
            .flatten()
    }

    fn entries(&mut self) -> Option<Vec<(String, Kind, u64)>> {
        let mut out = Vec::new();
        for entry in std::fs::read_dir(&self.0).ok()? {
            let entry = entry.ok()?;
            let name = entry.file_name().to_str()?.to_string();
            let kind = match entry.file_type().ok()? {
                t if t.is_file() => Kind::File,
                t if t.is_dir() => Kind::Folder,
                _ => Kind::Other,
            };
            // No inode here; only Unix keeps a spare, which needs it.
            out.push((name, kind, 0));
        }
        Some(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_folder_is_recorded_where_a_recorded_file_lies_below_it() {
        let files: BTreeMap<String, Stamp> = ["a/b/c.html", "a/bc.html", "a/b-c/x", "ab/x", "z"]
            .into_iter()
            .map(|f| (f.to_string(), (0, 0, 0)))
            .collect();
        for (folder, recorded) in [
            ("a", true),
            ("a/b", true),
            ("a/b-c", true),
            ("ab", true),
            ("a/bc", false),
            ("a/b0", false),
            ("b", false),
            ("z", false),
            ("a/b/c.html", false),
        ] {
            assert_eq!(recorded_folder(&files, folder), recorded, "{folder}");
        }
    }
}
