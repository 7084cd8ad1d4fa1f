//! A file a build renders that is, byte for byte, the file the output folder already has
//! at its path: put into the new site as a hard link to that file instead of being written
//! again.
//!
//! A build that renders every page (`--full`, or one after privsite, a template, a message
//! or site.toml changed) mostly renders what the output already holds. Written again, each
//! such file takes new pages of memory and of disk, and the site the build replaces, kept
//! beside the output for the next build (see [`crate::build::spare`]), then shares no file
//! with the new one: that next build has to remove every file of it, a whole site's
//! removal. Linked, the new site shares its unchanged files with the previous one, as the
//! files a rebuild carries over do, and an unchanged file keeps its time (which a deploy
//! by `rsync` or a host's `Last-Modified` reads).
//!
//! Nothing is taken on trust: the previous build's record only says which files may be
//! the same (those of the rendered length); the file is then read and compared whole, and
//! only a plain file is read, never what a symbolic link put there points at.

use std::fs::{File, OpenOptions};
use std::io::{self, Read};
use std::path::{Component, Path};

use crate::build::incremental::{Stamp, stamp_of};
use crate::build::staging::Staging;

/// Links the output folder's file `path` into the new site where it holds exactly `bytes`,
/// returning its stamp; `None` where it is not there, not a plain file, differs, or cannot
/// be linked (then the caller writes the file).
pub(crate) fn link_if_same(staging: &Staging, path: &str, bytes: &[u8]) -> Option<Stamp> {
    if path.is_empty()
        || !Path::new(path)
            .components()
            .all(|c| matches!(c, Component::Normal(_)))
    {
        return None;
    }
    let mut file = open_plain(&staging.target().join(path)).ok()?;
    let meta = file.metadata().ok()?;
    if !meta.is_file() || meta.len() != bytes.len() as u64 {
        return None;
    }
    let stamp = stamp_of(&meta)?;
    if !same_bytes(&mut file, bytes).ok()? {
        return None;
    }
    drop(file);
    staging
        .link_previous(path, stamp, false)
        .ok()
        .filter(|&linked| linked)
        .map(|_| stamp)
}

/// Opens `path` for reading without following a symbolic link at it: on Unix the open
/// fails (O_NOFOLLOW); on Windows the link itself is opened, which is no plain file.
fn open_plain(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::custom_flags(
        &mut options,
        rustix::fs::OFlags::NOFOLLOW.bits() as i32,
    );
    // FILE_FLAG_OPEN_REPARSE_POINT.
    #[cfg(windows)]
    std::os::windows::fs::OpenOptionsExt::custom_flags(&mut options, 0x0020_0000);
    options.open(path)
}

/// Whether the open file reads as `bytes`, read in pieces so that a file that differs
/// early is not read whole.
fn same_bytes(file: &mut File, bytes: &[u8]) -> io::Result<bool> {
    let mut buf = [0u8; 64 * 1024];
    let mut at = 0;
    while at < bytes.len() {
        let want = (bytes.len() - at).min(buf.len());
        let got = file.read(&mut buf[..want])?;
        if got == 0 || buf[..got] != bytes[at..at + got] {
            return Ok(false);
        }
        at += got;
    }
    // Nothing more: a file that grew since it was measured is not the same.
    Ok(file.read(&mut buf[..1])? == 0)
}
