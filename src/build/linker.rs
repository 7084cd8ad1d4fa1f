//! Carried files linked into a new staging folder by name, relative to open folders.
//!
//! The first rebuild after a full one has no kept site to bring up to date: it makes the
//! whole tree again, a folder for each of the site's folders and a hard link for each
//! carried file (43,001 and 61,008 at 1,000 companies). Made by their whole paths, the
//! kernel walked each path name by name twice per link (the previous site's and the
//! staging folder's) and once per folder: about 30% of that build's samples in a perf
//! profile on tmpfs. Here each thread keeps the chain of folders of the last file it
//! linked open, in both trees; the next file's folders are opened or made one name at a
//! time from where the two paths part, and the file is linked by its name alone.
//!
//! Only for a staging folder made new (not the kept site, whose files may be in the way):
//! where anything here fails, the caller links the file by its paths, as before, and that
//! way reports what is wrong.

use std::os::fd::{AsFd, OwnedFd};
use std::path::Path;
use std::sync::Mutex;

use rustix::fs::{AtFlags, Mode, OFlags};

/// Opens folders as places to work from, not to read.
#[cfg(any(target_os = "linux", target_os = "android"))]
const FOLDER: OFlags = OFlags::PATH
    .union(OFlags::DIRECTORY)
    .union(OFlags::CLOEXEC)
    .union(OFlags::NOFOLLOW);
#[cfg(not(any(target_os = "linux", target_os = "android")))]
const FOLDER: OFlags = OFlags::RDONLY
    .union(OFlags::DIRECTORY)
    .union(OFlags::CLOEXEC)
    .union(OFlags::NOFOLLOW);

#[derive(Debug)]
pub(crate) struct Linker {
    /// The previous site's folder and the staging folder.
    from: OwnedFd,
    to: OwnedFd,
    /// One per thread of rayon's pool.
    cursors: Vec<Mutex<Cursor>>,
}

/// The folders of the last file a thread linked, from the top: each one's name, open in
/// the previous site and in the staging folder.
#[derive(Debug, Default)]
struct Cursor {
    chain: Vec<(String, OwnedFd, OwnedFd)>,
}

impl Linker {
    /// A linker from the site in `from` to the staging folder `to`; `None` where either
    /// cannot be opened.
    pub(crate) fn new(from: &Path, to: &Path) -> Option<Linker> {
        let open = |path: &Path| rustix::fs::open(path, FOLDER, Mode::empty()).ok();
        Some(Linker {
            from: open(from)?,
            to: open(to)?,
            cursors: (0..rayon::current_num_threads())
                .map(|_| Mutex::default())
                .collect(),
        })
    }

    /// Links the file `path` (relative, `/`-separated, checked by the caller) of the
    /// previous site into the staging folder, making its folders there as needed. `false`
    /// where it did not: the caller then links it by its paths.
    pub(crate) fn link(&self, path: &str) -> bool {
        let Some(cursor) = rayon::current_thread_index().and_then(|i| self.cursors.get(i)) else {
            return false;
        };
        let mut cursor = cursor
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let (folders, name) = path.rsplit_once('/').unwrap_or(("", path));
        let parts = folders.split('/').filter(|p| !p.is_empty());
        let same = cursor
            .chain
            .iter()
            .zip(parts.clone())
            .take_while(|((open, _, _), part)| open == part)
            .count();
        cursor.chain.truncate(same);
        for part in parts.skip(same) {
            let Some(next) = self.enter(&cursor, part) else {
                cursor.chain.clear();
                return false;
            };
            cursor.chain.push(next);
        }
        let (from, to) = match cursor.chain.last() {
            Some((_, from, to)) => (from.as_fd(), to.as_fd()),
            None => (self.from.as_fd(), self.to.as_fd()),
        };
        rustix::fs::linkat(from, name, to, name, AtFlags::empty()).is_ok()
    }

    /// The folder `part` below the cursor's last: opened in the previous site, made (where
    /// not yet) and opened in the staging folder.
    fn enter(&self, cursor: &Cursor, part: &str) -> Option<(String, OwnedFd, OwnedFd)> {
        let (from, to) = match cursor.chain.last() {
            Some((_, from, to)) => (from.as_fd(), to.as_fd()),
            None => (self.from.as_fd(), self.to.as_fd()),
        };
        let from = rustix::fs::openat(from, part, FOLDER, Mode::empty()).ok()?;
        match rustix::fs::mkdirat(to, part, Mode::from_raw_mode(0o777)) {
            Ok(()) | Err(rustix::io::Errno::EXIST) => {}
            Err(_) => return None,
        }
        // NOFOLLOW and DIRECTORY: a file or link in the way fails here.
        let to = rustix::fs::openat(to, part, FOLDER, Mode::empty()).ok()?;
        Some((part.to_string(), from, to))
    }
}

#[cfg(test)]
mod tests {
    use std::fs;
    use std::os::unix::fs::MetadataExt;

    use super::Linker;

    #[test]
    fn files_are_linked_folder_by_folder_in_any_order() {
        let dir = tempfile::tempdir().unwrap();
        let (from, to) = (dir.path().join("from"), dir.path().join("to"));
        let files = [
            "a/b/x.html",
            "a/b/y.html",
            "a/c/z.html",
            "top.html",
            "a/b/c/d/w",
        ];
        for f in files {
            let path = from.join(f);
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            fs::write(&path, f).unwrap();
        }
        fs::create_dir(&to).unwrap();
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(1)
            .build()
            .unwrap();
        pool.install(|| {
            let linker = Linker::new(&from, &to).unwrap();
            for f in [
                "a/b/x.html",
                "a/c/z.html",
                "top.html",
                "a/b/c/d/w",
                "a/b/y.html",
            ] {
                assert!(linker.link(f), "{f}");
            }
            // Already there: left to the caller, which says why.
            assert!(!linker.link("a/b/x.html"));
            // Not in the previous site.
            assert!(!linker.link("a/missing/q.html"));
        });
        for f in files {
            let (old, new) = (
                fs::metadata(from.join(f)).unwrap(),
                fs::metadata(to.join(f)).unwrap(),
            );
            assert_eq!(old.ino(), new.ino(), "{f} is not the same file");
            assert_eq!(new.nlink(), 2);
        }
    }

    #[test]
    fn a_file_in_the_way_of_a_folder_is_left_to_the_caller() {
        let dir = tempfile::tempdir().unwrap();
        let (from, to) = (dir.path().join("from"), dir.path().join("to"));
        fs::create_dir_all(from.join("a")).unwrap();
        fs::write(from.join("a/x"), "x").unwrap();
        fs::create_dir(&to).unwrap();
        fs::write(to.join("a"), "in the way").unwrap();
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(1)
            .build()
            .unwrap();
        pool.install(|| {
            let linker = Linker::new(&from, &to).unwrap();
            assert!(!linker.link("a/x"));
        });
        assert_eq!(fs::read_to_string(to.join("a")).unwrap(), "in the way");
    }

    #[test]
    fn off_rayon_threads_nothing_is_linked() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("x"), "x").unwrap();
        let to = dir.path().join("to");
        fs::create_dir(&to).unwrap();
        let linker = Linker::new(dir.path(), &to).unwrap();
        assert!(!linker.link("x"));
        assert!(!to.join("x").exists());
    }
}
