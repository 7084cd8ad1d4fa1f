//! Putting a built site on disk without ever losing a user's files.
//!
//! [`Staging::begin`] checks that the output folder is one privsite may replace (missing,
//! empty, or marked by the file [`MARKER`] that every output folder privsite writes holds),
//! takes a lock beside it so a second build into the same folder stops with a clear
//! message, and cleans the leftovers of builds that were killed. Files then go into a
//! staging folder one at a time ([`Staging::put`], from any number of threads), and
//! [`Staging::commit`] swaps the staging folder in for the output folder and removes the
//! previous site. Only folders privsite made are ever removed: its staging folders and an
//! output folder it checked at the start.
//!
//! How the swap is done depends on the system:
//!
//! - Linux: `renameat2(RENAME_EXCHANGE)` swaps the two folders in one atomic step, so at
//!   every moment the output path holds either the whole previous site or the whole new
//!   one.
//! - macOS: `renameatx_np(RENAME_SWAP)` (the `*at` form of `renamex_np`) does the same,
//!   on the volumes that support it (APFS does).
//! - Where the system or the file system has no exchange (Windows; a Linux file system
//!   that refuses the flag, such as some network or FUSE ones; a macOS volume without
//!   swap support), the previous site is renamed aside (to the staging folder's name with
//!   `-old`), the new one renamed in, and the previous one removed. That leaves a moment of
//!   a few microseconds without a folder; README.md says so. If the new site cannot be
//!   renamed in, the previous one is renamed back. On Windows a folder cannot be renamed
//!   while another program has it or a file in it open (a terminal whose current folder it
//!   is, some editors, a virus scanner); the build then stops with that error and the
//!   previous site is left as it was.
//!
//! On every system a failed swap leaves the previous site in place, and a folder renamed
//! aside that could not be removed is removed by the next build (it holds the marker).
//!
//! The lock is `flock` on Linux and macOS and `LockFileEx` on Windows (see [`take_lock`]).
//!
//! A symlinked output folder (`public -> ../www`) is followed: its target is replaced and
//! the link kept.

use std::fs::{self, File, OpenOptions};
use std::io;
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use crate::build::spare::{Spare, remove_listed, remove_tree, take_spare};

/// The file every output folder privsite writes holds; only a folder with it (or an empty
/// one) is replaced.
pub const MARKER: &str = ".privsite-output";
const MARKER_TEXT: &str =
    "This folder was written by `privsite build`, which replaces it whole on every build.\n";

/// What a site folder holds; no output folder may be, hold or sit inside one of these.
/// `.privsite` keeps what commands record (which notices went out), which a build must
/// never replace.
pub const SOURCES: &[&str] = &[
    "content",
    "templates",
    "static",
    "locales",
    "themes",
    "site.toml",
    ".privsite",
];

static COUNTER: AtomicU64 = AtomicU64::new(0);

/// A folder being filled with a new site, to be swapped in for the output folder.
#[derive(Debug)]
pub struct Staging {
    /// The output folder as the caller named it.
    given: PathBuf,
    /// Where `given` pointed when the build began, if it was a symbolic link.
    given_link: Option<PathBuf>,
    /// The real output folder (symlinks followed), which `commit` replaces.
    target: PathBuf,
    /// The output folder as it was when the build began, if there was one.
    existed: Option<same_file::Handle>,
    /// The staging folder, beside the target.
    dir: PathBuf,
    /// Folders of the staging folder known to exist, by their paths in the site ('/'
    /// between names): a file's folder is made before its first file, instead of after a
    /// write or link that failed for want of it.
    folders: std::sync::Mutex<rustc_hash::FxHashSet<String>>,
    /// The previous site, when the staging folder is the one kept by an earlier build
    /// (see [`crate::build::spare`]).
    spare: Option<Spare>,
    /// Where the site this build replaces is kept for the next build, when it is.
    keep_as: Option<PathBuf>,
    committed: bool,
    /// Removed, while still locked, when this value is dropped.
    lock_path: PathBuf,
    /// The locked lock file, held while this value lives; the lock is released when the
    /// file closes.
    _lock: same_file::Handle,
}

/// Opens and locks the lock file, without waiting: `WouldBlock` when another build holds
/// it. A build removes its lock file as it finishes, while still holding it, so a lock
/// taken on a file that has meanwhile been removed (or replaced) is let go and taken again
/// on the file now at the path.
///
/// The lock is `flock` on Linux and macOS and `LockFileEx` on Windows, through fs4: both
/// belong to the open file, so the system releases it when the file closes, also when a
/// build is killed. (Called through the trait: std's `File::try_lock`, from Rust 1.89,
/// would otherwise shadow it.)
fn take_lock(path: &Path) -> io::Result<same_file::Handle> {
    loop {
        let file = open_lock_file(path)?;
        match fs4::FileExt::try_lock(&file) {
            Ok(()) => {}
            Err(fs4::TryLockError::WouldBlock) => return Err(io::ErrorKind::WouldBlock.into()),
            Err(fs4::TryLockError::Error(e)) => return Err(e),
        }
        // Device and inode on Unix, volume and file index on Windows.
        let held = same_file::Handle::from_file(file)?;
        match same_file::Handle::from_path(path) {
            Ok(now) if now == held => return Ok(held),
            _ => continue,
        }
    }
}

/// Opens the lock file, creating it, without following a symlink at its path: a link
/// there would have the lock, and the removal of the lock file, land on a file privsite
/// did not make.
fn open_lock_file(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.create(true).truncate(false).write(true);
    // O_NOFOLLOW: the open fails (ELOOP) where the path is a symlink.
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::custom_flags(
        &mut options,
        rustix::fs::OFlags::NOFOLLOW.bits() as i32,
    );
    // FILE_FLAG_OPEN_REPARSE_POINT: a symlink (or junction) at the path is opened itself,
    // not what it points to; it is then refused below.
    #[cfg(windows)]
    std::os::windows::fs::OpenOptionsExt::custom_flags(&mut options, 0x0020_0000);
    let is_link = || {
        io::Error::other(format!(
            "{} is a symbolic link; privsite makes this lock file itself and follows no link there: remove the link and build again",
            path.display()
        ))
    };
    let file = match options.open(path) {
        Ok(file) => file,
        #[cfg(unix)]
        Err(e) if e.raw_os_error() == Some(rustix::io::Errno::LOOP.raw_os_error()) => {
            return Err(is_link());
        }
        Err(e) => return Err(e),
    };
    if file.metadata()?.file_type().is_symlink() {
        return Err(is_link());
    }
    Ok(file)
}

fn refuse(shown: &Path, why: impl std::fmt::Display) -> io::Error {
    io::Error::other(format!(
        "refusing to write the site to {}: {why}",
        shown.display()
    ))
}

impl Staging {
    /// Starts writing a site into `dir`. `root` is the site folder, when there is one: the
    /// output may then be neither the root, a folder above it, nor inside a source folder.
    pub fn begin(dir: &Path, root: Option<&Path>) -> io::Result<Staging> {
        Staging::begin_with(dir, root, false)
    }

    /// [`Staging::begin`] for a build that carries files over from the previous one: on
    /// Unix the staging folder is the site kept by the build before (when there is one and
    /// it holds only plain files and folders), and the site this build replaces is kept in
    /// its turn (see [`crate::build::spare`]).
    pub(crate) fn begin_incremental(dir: &Path, root: Option<&Path>) -> io::Result<Staging> {
        Staging::begin_with(dir, root, cfg!(unix))
    }

    fn begin_with(dir: &Path, root: Option<&Path>, spare: bool) -> io::Result<Staging> {
        let target = real_path(dir, 0).map_err(|e| refuse(dir, e))?;
        check_target(dir, &target, root)?;
        let (parent, name) = match (target.parent(), target.file_name()) {
            (Some(parent), Some(name)) => {
                (parent.to_path_buf(), name.to_string_lossy().into_owned())
            }
            _ => return Err(refuse(dir, "expected a folder below the file-system root")),
        };
        fs::create_dir_all(&parent)?;
        let lock_path = parent.join(format!(".{name}.privsite-lock"));
        let lock = take_lock(&lock_path).map_err(|e| {
            if e.kind() == io::ErrorKind::WouldBlock {
                io::Error::new(
                    io::ErrorKind::WouldBlock,
                    format!(
                        "another privsite build is writing to {} (it holds the lock {}); wait for it to finish and build again",
                        dir.display(),
                        lock_path.display()
                    ),
                )
            } else {
                e
            }
        })?;
        // Under the lock no other build writes here: what is left of staging folders of
        // this output was left by a build that was killed.
        clean_leftovers(&parent, &name);
        let staging = loop {
            let n = COUNTER.fetch_add(1, Ordering::Relaxed);
            let candidate = parent.join(format!(
                ".{name}.privsite-staging-{}-{n}",
                std::process::id()
            ));
            match fs::create_dir(&candidate) {
                Ok(()) => break candidate,
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
                Err(e) => return Err(e),
            }
        };
        let spare_path = parent.join(format!(".{name}.privsite-spare"));
        let taken = match spare {
            true => take_spare(&spare_path, &staging, &target)?,
            false => None,
        };
        let existed = match fs::symlink_metadata(&target) {
            Ok(_) => Some(same_file::Handle::from_path(&target)?),
            Err(_) => None,
        };
        let folders = taken.iter().flat_map(|s| s.folders()).cloned().collect();
        let staging = Staging {
            given: dir.to_path_buf(),
            given_link: link_of(dir)?,
            target,
            existed,
            dir: staging,
            folders: std::sync::Mutex::new(folders),
            spare: taken,
            keep_as: spare.then_some(spare_path),
            committed: false,
            lock_path,
            _lock: lock,
        };
        fs::write(staging.dir.join(MARKER), MARKER_TEXT)?;
        Ok(staging)
    }

    /// The real folder the site replaces (a symlinked output folder followed).
    pub fn target(&self) -> &Path {
        &self.target
    }

    /// Writes one file of the site: `path` is relative, with '/' separators. May be called
    /// from several threads at once.
    pub fn put(&self, path: &str, bytes: &[u8]) -> io::Result<()> {
        self.put_file(path, bytes).map(|_| ())
    }

    /// [`Staging::put`], returning the file's metadata as written.
    pub(crate) fn put_file(&self, path: &str, bytes: &[u8]) -> io::Result<fs::Metadata> {
        use std::io::Write;
        let file = self.checked(path)?;
        self.folder_of(path, &file)?;
        // A new file, never one written through: what is at the path already may be a
        // link to a file of the previous site, which must stay as it is.
        let create = || OpenOptions::new().write(true).create_new(true).open(&file);
        let mut out = match create() {
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
                match fs::remove_file(&file) {
                    // A folder the previous site had where this file goes.
                    Err(e) if !self.cleared(path)? => return Err(e),
                    _ => {}
                }
                create()?
            }
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                if let Some(folder) = file.parent() {
                    fs::create_dir_all(folder)?;
                }
                create()?
            }
            other => other?,
        };
        out.write_all(bytes)?;
        if let Some(spare) = &self.spare {
            spare.claim(path);
        }
        out.metadata()
    }

    /// Clears the first file on the way to the staging folder's `folder`, where the spare
    /// left it and this build has not put it: `false` where there is none to clear.
    fn cleared_above(&self, folder: &Path) -> io::Result<bool> {
        let Some(rel) = folder.strip_prefix(&self.dir).ok().and_then(Path::to_str) else {
            return Ok(false);
        };
        let mut at = 0;
        while at < rel.len() {
            let end = rel[at..].find('/').map_or(rel.len(), |i| at + i);
            let path = &rel[..end];
            if fs::symlink_metadata(self.dir.join(path)).is_ok_and(|m| !m.is_dir()) {
                return self.cleared(path);
            }
            at = end + 1;
        }
        Ok(false)
    }

    /// Clears the staging folder's `path` of what the spare it was made from left there
    /// and this build has not put: `false` where there is no spare or the path holds what
    /// this build put.
    fn cleared(&self, path: &str) -> io::Result<bool> {
        match &self.spare {
            Some(spare) => spare.clear(&self.dir, path),
            None => Ok(false),
        }
    }

    /// Puts the output folder's file `path` into the new site as a hard link, without
    /// copying or rewriting it, where it is the file the previous build recorded with
    /// `stamp` (checked where `verify`; `Ok(false)` where it is not). Where the staging
    /// folder is the kept site and already holds that very file, nothing is done.
    pub(crate) fn link_previous(
        &self,
        path: &str,
        stamp: crate::build::incremental::Stamp,
        verify: bool,
    ) -> io::Result<bool> {
        let previous = self.target.join(path);
        if verify {
            let meta = match fs::symlink_metadata(&previous) {
                Ok(meta) => meta,
                Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(false),
                Err(e) => return Err(e),
            };
            if !meta.is_file() || crate::build::incremental::stamp_of(&meta) != Some(stamp) {
                return Ok(false);
            }
        }
        if self.spare.as_ref().is_some_and(|s| s.keeps(path, stamp.2)) {
            return Ok(true);
        }
        let file = self.checked(path)?;
        self.folder_of(path, &file)?;
        match fs::hard_link(&previous, &file) {
            Err(e) if e.kind() == io::ErrorKind::NotFound && previous.is_file() => {
                if let Some(folder) = file.parent() {
                    fs::create_dir_all(folder)?;
                }
                fs::hard_link(&previous, &file)?;
            }
            // The spare's own file (or folder) at the path, which this one replaces.
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
                if !self.cleared(path)? {
                    return Err(e);
                }
                fs::hard_link(&previous, &file)?;
            }
            other => other?,
        }
        if let Some(spare) = &self.spare {
            spare.claim(path);
        }
        Ok(true)
    }

    /// Makes the folder of `file` (the staging folder's path of the site's file `path`)
    /// unless this staging has made or found it already: most files share theirs, and a
    /// write or link that fails for want of its folder costs the system as much as making
    /// it. Folders are known by their site paths: a string hashes and compares in a
    /// fraction of the time a path takes, component by component, under a lock both
    /// threads take for every file.
    fn folder_of(&self, path: &str, file: &Path) -> io::Result<()> {
        let Some((rel, _)) = path.rsplit_once('/') else {
            return Ok(());
        };
        let Some(folder) = file.parent() else {
            return Ok(());
        };
        let known = self
            .folders
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .contains(rel);
        if known {
            return Ok(());
        }
        // One call where the parent is there (create_dir_all asks first whether the
        // folder exists, a second call for every folder).
        match fs::create_dir(folder) {
            Ok(()) => {}
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists && folder.is_dir() => {}
            Err(e) if e.kind() == io::ErrorKind::NotFound => fs::create_dir_all(folder)?,
            // A file the spare left where this folder, or one above it, goes.
            Err(e) => {
                if !self.cleared_above(folder)? {
                    return Err(e);
                }
                fs::create_dir_all(folder)?;
            }
        }
        self.folders
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .insert(rel.to_string());
        Ok(())
    }

    /// Removes a file put into the new site (a link made by [`Staging::link_previous`]
    /// before a file of its group was found changed): the link only, never the file
    /// it shares with the previous site.
    pub(crate) fn unput(&self, path: &str) -> io::Result<()> {
        fs::remove_file(self.checked(path)?)
    }

    /// The path in the staging folder of the site's file `path`, checked to be inside it.
    fn checked(&self, path: &str) -> io::Result<PathBuf> {
        let rel = Path::new(path);
        if path.is_empty()
            || path == MARKER
            || !rel.components().all(|c| matches!(c, Component::Normal(_)))
        {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                format!("{path:?}: expected a relative path inside the site"),
            ));
        }
        Ok(self.dir.join(rel))
    }

    /// The file beside the output folder where a build records what it wrote, for the
    /// next build to carry over what did not change (see [`crate::build::incremental`]).
    pub(crate) fn record_path(&self) -> PathBuf {
        self.lock_path.with_file_name(
            self.lock_path
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .replace(".privsite-lock", ".privsite-record"),
        )
    }
}

/// The real folder an output folder `dir` names (a symlink followed) and the record a
/// build keeps beside it ([`Staging::record_path`]), without taking the lock.
pub(crate) fn record_beside(dir: &Path) -> Option<(PathBuf, PathBuf)> {
    let target = real_path(dir, 0).ok()?;
    let name = target.file_name()?.to_string_lossy().into_owned();
    let record = target.parent()?.join(format!(".{name}.privsite-record"));
    Some((target, record))
}

impl Staging {
    /// Swaps the staged site in for the output folder, in one step where the system can,
    /// and removes the previous site.
    pub fn commit(self) -> io::Result<()> {
        self.commit_with(exchange, None)
    }

    /// [`Staging::commit`], knowing the files the previous site was built with (its
    /// record's): they are removed by name rather than by reading every folder, which on
    /// a large site costs as much as the rest of a rebuild after one change.
    pub(crate) fn commit_listed(self, previous: Vec<String>) -> io::Result<()> {
        self.commit_with(exchange, Some(previous))
    }

    /// [`Staging::commit`] with the given exchange, so that tests can take the fallback
    /// that Windows always takes.
    fn commit_with(
        mut self,
        exchange: fn(&Path, &Path) -> io::Result<bool>,
        listed: Option<Vec<String>>,
    ) -> io::Result<()> {
        if let Some(spare) = &self.spare {
            spare.prune(&self.dir)?;
        }
        self.verify()?;
        let previous = if fs::symlink_metadata(&self.target).is_err() {
            fs::rename(&self.dir, &self.target)?;
            None
        } else if exchange(&self.dir, &self.target)? {
            // The staging path now holds the previous site.
            Some(self.dir.clone())
        } else {
            Some(self.swap_by_renames()?)
        };
        self.committed = true;
        // What this build knew of the folders (43,001 at 1,000 companies) and of the kept
        // site is freed on a thread of its own, not on the way to the end of the build.
        let folders = std::mem::take(
            self.folders
                .get_mut()
                .unwrap_or_else(std::sync::PoisonError::into_inner),
        );
        crate::build::drop_later((folders, self.spare.take()));
        // An earlier spare not taken by this build (a full build) is replaced.
        if let Some(keep_as) = &self.keep_as
            && fs::symlink_metadata(keep_as).is_ok_and(|m| m.is_dir())
            && keep_as.join(MARKER).is_file()
        {
            let _ = remove_tree(keep_as);
        }
        if let Some(previous) = previous {
            // Kept for the next build to bring up to date, where this build keeps it.
            if let Some(keep_as) = &self.keep_as
                && fs::symlink_metadata(keep_as).is_err()
                && fs::rename(&previous, keep_as).is_ok()
            {
                return Ok(());
            }
            // The new site is in place; what is left of the old one is cleaned by the
            // next build if it cannot be removed now.
            if let Some(files) = listed {
                remove_listed(&previous, &files);
            }
            let _ = remove_tree(&previous);
        }
        Ok(())
    }

    /// Checks, at the moment of the swap, that the output path still holds what
    /// [`Staging::begin`] checked: the same link pointing at the same place (or no link),
    /// and the same folder (or still nothing). A folder or link put there while the site
    /// was being built is not privsite's, and is left alone.
    fn verify(&self) -> io::Result<()> {
        let changed = |what: &str| {
            refuse(
                &self.given,
                format!("{what} while the site was being built; nothing was replaced, build again"),
            )
        };
        if link_of(&self.given)? != self.given_link {
            return Err(changed(
                "the output path was replaced by another link or folder",
            ));
        }
        let meta = match fs::symlink_metadata(&self.target) {
            Ok(meta) => meta,
            // Removed meanwhile: the new site is renamed into the empty place.
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
            Err(e) => return Err(e),
        };
        let Some(existed) = &self.existed else {
            return Err(changed("something was put at the output path"));
        };
        if meta.file_type().is_symlink() || !meta.is_dir() {
            return Err(changed(
                "the output folder was replaced by a link or a file",
            ));
        }
        if same_file::Handle::from_path(&self.target)? != *existed {
            return Err(changed("the output folder was replaced by another folder"));
        }
        let empty = fs::read_dir(&self.target)?.next().is_none();
        if !empty && !self.target.join(MARKER).is_file() {
            return Err(changed(&format!(
                "the output folder lost its {MARKER} file"
            )));
        }
        Ok(())
    }

    /// The fallback where the file system has no exchange: rename the previous site aside
    /// and the new one in. Returns where the previous site went.
    fn swap_by_renames(&self) -> io::Result<PathBuf> {
        let aside = self.dir.with_file_name(format!(
            "{}-old",
            self.dir.file_name().unwrap_or_default().to_string_lossy()
        ));
        fs::rename(&self.target, &aside)?;
        if let Err(e) = fs::rename(&self.dir, &self.target) {
            let _ = fs::rename(&aside, &self.target);
            return Err(e);
        }
        Ok(aside)
    }
}

/// Exchanges two folders in one atomic step: `renameat2(RENAME_EXCHANGE)` on Linux,
/// `renameatx_np(RENAME_SWAP)` on macOS (rustix's `EXCHANGE` flag is each). `Ok(false)`,
/// having changed nothing, where the kernel or the file system has no exchange.
#[cfg(any(target_os = "linux", target_os = "android", target_vendor = "apple"))]
fn exchange(a: &Path, b: &Path) -> io::Result<bool> {
    use rustix::fs::{CWD, RenameFlags};
    use rustix::io::Errno;
    match rustix::fs::renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE) {
        Ok(()) => Ok(true),
        // EINVAL: a Linux file system without the flag; ENOSYS: a kernel (or a macOS
        // before 10.12) without the call; ENOTSUP: a macOS volume without swap.
        Err(e) if [Errno::INVAL, Errno::NOSYS, Errno::OPNOTSUPP, Errno::NOTSUP].contains(&e) => {
            Ok(false)
        }
        Err(e) => Err(e.into()),
    }
}

/// Windows and the other systems have no exchange of two folders: the caller renames.
#[cfg(not(any(target_os = "linux", target_os = "android", target_vendor = "apple")))]
fn exchange(_: &Path, _: &Path) -> io::Result<bool> {
    Ok(false)
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed {
            let _ = remove_tree(&self.dir);
        }
        // Still locked here: the file closes after this.
        let _ = fs::remove_file(&self.lock_path);
    }
}

/// Where `path` points, if it is a symbolic link.
fn link_of(path: &Path) -> io::Result<Option<PathBuf>> {
    match fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => fs::read_link(path).map(Some),
        _ => Ok(None),
    }
}

/// The real path `path` names: symlinks followed, even a dangling one, and for a path that
/// does not exist yet its nearest existing ancestor's real path and the rest.
fn real_path(path: &Path, depth: usize) -> Result<PathBuf, String> {
    if depth > 40 {
        return Err("too many levels of symbolic links".into());
    }
    let path = std::path::absolute(path).map_err(|e| e.to_string())?;
    if let Ok(real) = fs::canonicalize(&path) {
        return Ok(real);
    }
    let parent = path.parent().ok_or("expected a folder name")?;
    if let Ok(meta) = fs::symlink_metadata(&path)
        && meta.file_type().is_symlink()
    {
        let link = fs::read_link(&path).map_err(|e| e.to_string())?;
        return real_path(&parent.join(link), depth + 1);
    }
    match path.components().next_back() {
        Some(Component::Normal(name)) => Ok(real_path(parent, depth + 1)?.join(name)),
        _ => Err("expected a folder name, not '.' or '..'".into()),
    }
}

/// Refuses an output folder privsite may not replace.
fn check_target(shown: &Path, target: &Path, root: Option<&Path>) -> io::Result<()> {
    if target.components().any(|c| c.as_os_str() == ".git") {
        return Err(refuse(
            shown,
            "it is a git folder; expected a folder of its own for the built site, such as \"public\"",
        ));
    }
    if let Some(root) = root {
        let root = fs::canonicalize(root)?;
        if target == root {
            return Err(refuse(
                shown,
                "it is the site folder itself; expected a folder of its own inside it, such as \"public\"",
            ));
        }
        if root.starts_with(target) {
            return Err(refuse(
                shown,
                "it holds the site folder; expected a folder of its own, such as \"public\"",
            ));
        }
        for source in SOURCES {
            let source_path = root.join(source);
            if target.starts_with(&source_path) {
                let where_ = if target == source_path { "" } else { "inside " };
                return Err(refuse(
                    shown,
                    format!(
                        "it is {where_}the source {source}; expected a folder of its own, such as \"public\""
                    ),
                ));
            }
        }
    }
    let meta = match fs::metadata(target) {
        Ok(meta) => meta,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(e),
    };
    if !meta.is_dir() {
        return Err(refuse(
            shown,
            "it is a file; expected a folder (or a new name) for the built site",
        ));
    }
    for held in ["site.toml", ".git"] {
        if fs::symlink_metadata(target.join(held)).is_ok() {
            return Err(refuse(
                shown,
                format!(
                    "it holds {held}, so it is not a folder privsite wrote; expected a folder of its own for the built site"
                ),
            ));
        }
    }
    let empty = fs::read_dir(target)?.next().is_none();
    if !empty && !target.join(MARKER).is_file() {
        return Err(refuse(
            shown,
            format!(
                "it is not empty and has no {MARKER} file, so privsite did not write it; expected an empty folder, a folder privsite wrote or a new name (if an older privsite wrote it, delete it first)"
            ),
        ));
    }
    Ok(())
}

/// Removes staging folders of the output `name` in `parent` that earlier builds left:
/// only those named as privsite names them that hold its marker or nothing at all.
fn clean_leftovers(parent: &Path, name: &str) {
    let prefix = format!(".{name}.privsite-staging-");
    let Ok(entries) = fs::read_dir(parent) else {
        return;
    };
    for entry in entries.flatten() {
        let file_name = entry.file_name();
        let Some(file_name) = file_name.to_str() else {
            continue;
        };
        if !file_name.starts_with(&prefix) || !entry.file_type().is_ok_and(|t| t.is_dir()) {
            continue;
        }
        let path = entry.path();
        if path.join(MARKER).is_file() {
            let _ = remove_tree(&path);
        } else {
            // Made but not yet marked: removed only when empty.
            let _ = fs::remove_dir(&path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files(dir: &Path) -> Vec<String> {
        let mut names: Vec<_> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn without_an_exchange_the_previous_site_is_renamed_aside_and_removed() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("public");
        for round in 0..3 {
            let staging = Staging::begin(&out, None).unwrap();
            staging
                .put("index.html", format!("{round}").as_bytes())
                .unwrap();
            staging.put(&format!("only-{round}/a.html"), b"a").unwrap();
            staging.commit_with(|_, _| Ok(false), None).unwrap();
            assert_eq!(
                fs::read_to_string(out.join("index.html")).unwrap(),
                format!("{round}")
            );
            let only = format!("only-{round}");
            assert_eq!(files(&out), [MARKER, "index.html", only.as_str()]);
            // Nothing beside it: no staging folder, no previous site, no lock file.
            assert_eq!(files(tmp.path()), ["public"]);
        }
    }

    #[test]
    fn the_previous_site_is_removed_by_its_list_and_what_was_added_by_hand_too() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("public");
        let staging = Staging::begin(&out, None).unwrap();
        staging.put("a/b/index.html", b"1").unwrap();
        staging.put("a/c.html", b"2").unwrap();
        staging.commit().unwrap();
        fs::write(out.join("a/b/by-hand.html"), b"3").unwrap();
        let staging = Staging::begin(&out, None).unwrap();
        staging.put("index.html", b"new").unwrap();
        let listed = vec!["a/b/index.html".to_string(), "a/c.html".to_string()];
        staging.commit_listed(listed).unwrap();
        assert_eq!(files(&out), [MARKER, "index.html"]);
        assert_eq!(files(tmp.path()), ["public"]);
    }

    #[cfg(unix)]
    #[test]
    fn a_listed_removal_never_goes_through_a_link_put_in_a_folders_place() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("public");
        let elsewhere = tmp.path().join("elsewhere");
        fs::create_dir_all(elsewhere.join("b")).unwrap();
        fs::write(elsewhere.join("b/index.html"), b"keep").unwrap();
        fs::write(elsewhere.join("c.html"), b"keep").unwrap();
        let staging = Staging::begin(&out, None).unwrap();
        staging.put("a/b/index.html", b"1").unwrap();
        staging.put("a/c.html", b"2").unwrap();
        staging.commit().unwrap();
        fs::remove_dir_all(out.join("a")).unwrap();
        std::os::unix::fs::symlink(&elsewhere, out.join("a")).unwrap();
        let staging = Staging::begin(&out, None).unwrap();
        staging.put("index.html", b"new").unwrap();
        let listed = vec!["a/b/index.html".to_string(), "a/c.html".to_string()];
        staging.commit_listed(listed).unwrap();
        assert_eq!(fs::read(elsewhere.join("b/index.html")).unwrap(), b"keep");
        assert_eq!(fs::read(elsewhere.join("c.html")).unwrap(), b"keep");
        assert_eq!(files(&out), [MARKER, "index.html"]);
    }

    #[test]
    fn a_failed_exchange_leaves_the_previous_site() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("public");
        let staging = Staging::begin(&out, None).unwrap();
        staging.put("index.html", b"old").unwrap();
        staging.commit().unwrap();
        let staging = Staging::begin(&out, None).unwrap();
        staging.put("index.html", b"new").unwrap();
        let err = staging
            .commit_with(|_, _| Err(io::Error::other("refused")), None)
            .unwrap_err();
        assert_eq!(err.to_string(), "refused");
        assert_eq!(fs::read_to_string(out.join("index.html")).unwrap(), "old");
        assert_eq!(files(tmp.path()), ["public"]);
    }

    #[test]
    fn nothing_put_at_the_output_path_during_a_build_is_replaced() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("public");
        let staging = Staging::begin(&out, None).unwrap();
        staging.put("index.html", b"new").unwrap();
        // Someone's folder appears where no output was.
        fs::create_dir(&out).unwrap();
        fs::write(out.join("mine.txt"), "keep").unwrap();
        let err = staging.commit().unwrap_err().to_string();
        assert!(
            err.contains("something was put at the output path"),
            "{err}"
        );
        assert_eq!(fs::read_to_string(out.join("mine.txt")).unwrap(), "keep");
        assert_eq!(files(tmp.path()), ["public"]);
    }

    #[cfg(unix)]
    #[test]
    fn an_output_folder_replaced_by_a_link_during_a_build_is_left_with_its_target() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("public");
        let other = tmp.path().join("other");
        fs::create_dir(&other).unwrap();
        fs::write(other.join("precious.txt"), "keep").unwrap();
        let staging = Staging::begin(&out, None).unwrap();
        staging.put("index.html", b"old").unwrap();
        staging.commit().unwrap();
        for exchange in [exchange, |_: &Path, _: &Path| Ok(false)] {
            let staging = Staging::begin(&out, None).unwrap();
            staging.put("index.html", b"new").unwrap();
            // The output folder is swapped for a link to someone else's folder.
            fs::rename(&out, tmp.path().join("moved")).unwrap();
            std::os::unix::fs::symlink(&other, &out).unwrap();
            let err = staging.commit_with(exchange, None).unwrap_err().to_string();
            assert!(err.contains("nothing was replaced"), "{err}");
            assert_eq!(
                fs::read_to_string(other.join("precious.txt")).unwrap(),
                "keep"
            );
            fs::remove_file(&out).unwrap();
            fs::rename(tmp.path().join("moved"), &out).unwrap();
        }
    }

    #[cfg(unix)]
    #[test]
    fn removing_a_tree_removes_links_not_what_they_point_to() {
        let tmp = tempfile::tempdir().unwrap();
        let other = tmp.path().join("other");
        fs::create_dir(&other).unwrap();
        fs::write(other.join("precious.txt"), "keep").unwrap();
        let tree = tmp.path().join("tree");
        fs::create_dir(&tree).unwrap();
        std::os::unix::fs::symlink(&other, tree.join("inner")).unwrap();
        let link = tmp.path().join("link");
        std::os::unix::fs::symlink(&other, &link).unwrap();
        remove_tree(&link).unwrap();
        remove_tree(&tree).unwrap();
        assert!(!tree.exists() && fs::symlink_metadata(&link).is_err());
        assert_eq!(
            fs::read_to_string(other.join("precious.txt")).unwrap(),
            "keep"
        );
    }
}
