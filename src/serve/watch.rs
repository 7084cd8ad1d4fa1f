//! Watching the sources: which file-system events matter, and when a burst of them is
//! over so that a rebuild reads finished files.
//!
//! Rather than wait a fixed debounce after every event, a change counts as finished as
//! soon as the file system says so (a file closed after writing, a rename landing), and
//! the rebuild starts after a few quiet milliseconds; only changes that never announce
//! their end (a truncated file still being written, a deletion that may be half of a
//! replace) wait the longer quiet period. That keeps a save-to-page time well under the
//! 50 ms a live preview needs, without reading a file an editor is still writing.

use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use notify::event::{AccessKind, AccessMode, EventKind, ModifyKind, RenameMode};
use notify::{RecommendedWatcher, RecursiveMode, Watcher};

/// The folders of a site that hold sources, each watched recursively.
pub(super) const SOURCE_FOLDERS: [&str; 5] =
    ["content", "themes", "templates", "locales", "static"];

/// Quiet time after changes that announced their end.
const SETTLED_QUIET: Duration = Duration::from_millis(5);
/// Quiet time after changes that may still be under way.
const UNSETTLED_QUIET: Duration = Duration::from_millis(50);
/// The longest a steady stream of changes (a checkout, a large copy) delays a rebuild.
const MAX_DELAY: Duration = Duration::from_millis(1000);

/// What the source watcher hands the builder thread.
pub(super) enum Message {
    Fs(notify::Result<notify::Event>),
    Stop,
}

/// Whether a change is known to be complete.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Settle {
    Done,
    Maybe,
}

/// How an event bears on a rebuild: `None` for events that change nothing (reads,
/// opens, including the builder's own reads of the sources).
fn settle_of(kind: &EventKind) -> Option<Settle> {
    match kind {
        EventKind::Access(AccessKind::Close(AccessMode::Write)) => Some(Settle::Done),
        EventKind::Access(_) => None,
        EventKind::Modify(ModifyKind::Name(RenameMode::To | RenameMode::Both)) => {
            Some(Settle::Done)
        }
        _ => Some(Settle::Maybe),
    }
}

/// `name` is an editor's temporary or backup file, or hidden. Markdown files count as
/// sources here, since a theme's static files may include them.
fn is_ignored(name: &str) -> bool {
    crate::source::load::is_ignored_name(name) && !name.ends_with(".md")
}

/// Changes seen since the last rebuild, by source path.
#[derive(Default)]
pub(super) struct Pending {
    paths: BTreeMap<PathBuf, Settle>,
    /// The watcher lost events (a queue overflow): everything must be rebuilt.
    everything: bool,
    since: Option<Instant>,
}

impl Pending {
    pub(super) fn is_empty(&self) -> bool {
        self.paths.is_empty() && !self.everything
    }

    fn note(&mut self, path: PathBuf, kind: &EventKind, settle: Settle) {
        self.since.get_or_insert_with(Instant::now);
        // A change of permissions or times alone is complete when reported, and must not
        // make a finished write look unfinished (editors set a file's mode after saving).
        let settle = match (kind, self.paths.get(&path)) {
            (EventKind::Modify(ModifyKind::Metadata(_)), Some(&earlier)) => earlier,
            (EventKind::Modify(ModifyKind::Metadata(_)), None) => Settle::Done,
            _ => settle,
        };
        self.paths.insert(path, settle);
    }

    pub(super) fn rescan(&mut self) {
        self.since.get_or_insert_with(Instant::now);
        self.everything = true;
    }

    /// How long to wait for more events before rebuilding.
    pub(super) fn quiet_time(&self) -> Duration {
        let quiet = if self.paths.values().all(|s| *s == Settle::Done) {
            SETTLED_QUIET
        } else {
            UNSETTLED_QUIET
        };
        let waited = self.since.map_or(Duration::ZERO, |t| t.elapsed());
        quiet.min(MAX_DELAY.saturating_sub(waited))
    }

    /// The changed source paths, or an empty list for "everything", as
    /// `Session::rebuild` takes them.
    pub(super) fn into_paths(self) -> Vec<PathBuf> {
        if self.everything {
            Vec::new()
        } else {
            self.paths.into_keys().collect()
        }
    }
}

/// The watches on a site's sources: the root alone (for site.toml and source folders
/// that appear later) and each source folder recursively. Folders are watched, never
/// single files, since a save by rename replaces the file a watch would hold.
pub(super) struct SourceWatcher {
    root: PathBuf,
    watcher: RecommendedWatcher,
    /// The build's output folder, never a source even when it sits in a source folder.
    output_dir: Option<PathBuf>,
}

impl SourceWatcher {
    /// Starts watching `root` (an absolute, canonical path), sending events to `to`.
    pub(super) fn start(root: &Path, to: mpsc::Sender<Message>) -> Result<SourceWatcher, String> {
        let handler = move |event: notify::Result<notify::Event>| {
            // Drop reads here, on the watcher's thread: every rebuild opens and reads the
            // sources, and those events would otherwise wake the builder for nothing.
            if let Ok(e) = &event
                && settle_of(&e.kind).is_none()
            {
                return;
            }
            let _ = to.send(Message::Fs(event));
        };
        // Not following symbolic links keeps a link to a large or outside folder from
        // being watched (the build does not follow them either).
        let config = notify::Config::default().with_follow_symlinks(false);
        let watcher = RecommendedWatcher::new(handler, config).map_err(|e| describe(&e))?;
        let mut watch = SourceWatcher {
            root: root.to_path_buf(),
            watcher,
            output_dir: None,
        };
        watch
            .watcher
            .watch(root, RecursiveMode::NonRecursive)
            .map_err(|e| format!("cannot watch {}: {}", root.display(), describe(&e)))?;
        for folder in SOURCE_FOLDERS {
            watch.watch_folder(folder)?;
        }
        Ok(watch)
    }

    pub(super) fn set_output_dir(&mut self, dir: Option<PathBuf>) {
        self.output_dir = dir;
    }

    /// Watches a source folder of the root, if it exists.
    fn watch_folder(&mut self, folder: &str) -> Result<(), String> {
        let path = self.root.join(folder);
        if !path.is_dir() {
            return Ok(());
        }
        self.watcher
            .watch(&path, RecursiveMode::Recursive)
            .map_err(|e| format!("cannot watch {folder}/: {}", describe(&e)))
    }

    /// Adds the source paths an event names to `pending`, and starts watching source
    /// folders that have just appeared. Returns a problem to report, if any.
    pub(super) fn note(
        &mut self,
        event: notify::Result<notify::Event>,
        pending: &mut Pending,
    ) -> Option<String> {
        let event = match event {
            Ok(event) => event,
            Err(e) => return Some(describe(&e)),
        };
        if event.need_rescan() {
            pending.rescan();
            return None;
        }
        let settle = settle_of(&event.kind)?;
        let mut problem = None;
        for path in &event.paths {
            let Some(rel) = self.source(path) else {
                continue;
            };
            // A source folder created or moved in at the root: watch it from now on. Files
            // already in it are covered by passing the folder itself as changed.
            if let Some(folder) = rel.to_str().filter(|r| SOURCE_FOLDERS.contains(r))
                && path.is_dir()
                && let Err(e) = self.watch_folder(folder)
            {
                problem = Some(e);
            }
            pending.note(path.clone(), &event.kind, settle);
        }
        problem
    }

    /// `path` below the root if it is a source: site.toml, or a file in a source folder
    /// that is neither hidden, an editor's leftover, nor in the output folder.
    fn source<'p>(&self, path: &'p Path) -> Option<&'p Path> {
        let rel = path.strip_prefix(&self.root).ok()?;
        if self
            .output_dir
            .as_deref()
            .is_some_and(|o| path.starts_with(o))
        {
            return None;
        }
        let mut parts = rel.components();
        let first = match parts.next()? {
            Component::Normal(first) => first.to_str()?,
            _ => return None,
        };
        if first == "site.toml" && parts.next().is_none() {
            return Some(rel);
        }
        if !SOURCE_FOLDERS.contains(&first) {
            return None;
        }
        let hidden = parts.any(|c| match c {
            Component::Normal(name) => is_ignored(&name.to_string_lossy()),
            _ => true,
        });
        (!hidden).then_some(rel)
    }
}

/// A watcher error, with the remedy when it is the system's limit on watches.
fn describe(e: &notify::Error) -> String {
    match e.kind {
        notify::ErrorKind::MaxFilesWatch => "the system's limit on watched folders is reached; \
             raise it with `sudo sysctl fs.inotify.max_user_watches=524288`"
            .to_string(),
        _ => e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use notify::event::{CreateKind, DataChange, MetadataKind, RemoveKind};

    fn event(kind: EventKind, path: &Path) -> notify::Result<notify::Event> {
        Ok(notify::Event::new(kind).add_path(path.to_path_buf()))
    }

    const WRITE: EventKind = EventKind::Modify(ModifyKind::Data(DataChange::Any));
    const CLOSED: EventKind = EventKind::Access(AccessKind::Close(AccessMode::Write));

    #[test]
    fn only_sources_count() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().canonicalize().unwrap();
        std::fs::create_dir_all(root.join("content/acme/en")).unwrap();
        std::fs::create_dir_all(root.join("static/public")).unwrap();
        let (tx, _rx) = mpsc::channel();
        let mut watch = SourceWatcher::start(&root, tx).unwrap();
        watch.set_output_dir(Some(root.join("static/public")));
        let mut pending = Pending::default();
        for rel in [
            "site.toml",
            "content/acme/en/2024-01-01.toml",
            "themes/x/templates/base.html",
            "static/notes.md",
        ] {
            watch.note(event(CLOSED, &root.join(rel)), &mut pending);
        }
        for rel in [
            "README.md",
            "public/index.html",
            "target/debug/x",
            ".git/index",
            "static/public/index.html",
            "content/acme/en/.2024-01-01.toml.swp",
            "content/acme/en/2024-01-01.toml~",
            "content/acme/en/4913",
            "content/acme/.#company.toml",
            "content/.hidden/x.toml",
            "site.toml/x",
        ] {
            watch.note(event(CLOSED, &root.join(rel)), &mut pending);
        }
        watch.note(
            event(WRITE, Path::new("/elsewhere/site.toml")),
            &mut pending,
        );
        let read = EventKind::Access(AccessKind::Open(AccessMode::Any));
        watch.note(
            event(read, &root.join("content/acme/company.toml")),
            &mut pending,
        );
        let rels: Vec<PathBuf> = pending
            .into_paths()
            .iter()
            .map(|p| p.strip_prefix(&root).unwrap().to_path_buf())
            .collect();
        assert_eq!(
            rels,
            [
                "content/acme/en/2024-01-01.toml",
                "site.toml",
                "static/notes.md",
                "themes/x/templates/base.html",
            ]
            .map(PathBuf::from)
        );
    }

    #[test]
    fn finished_changes_wait_less_than_unfinished_ones() {
        let file = PathBuf::from("/site/content/a/en/2024-01-01.toml");
        let mut pending = Pending::default();
        assert!(pending.is_empty());
        pending.note(file.clone(), &WRITE, Settle::Maybe);
        assert_eq!(pending.quiet_time(), UNSETTLED_QUIET);
        pending.note(file.clone(), &CLOSED, Settle::Done);
        assert_eq!(pending.quiet_time(), SETTLED_QUIET);
        // A mode change after the save does not make it look unfinished again.
        let chmod = EventKind::Modify(ModifyKind::Metadata(MetadataKind::Permissions));
        pending.note(file.clone(), &chmod, Settle::Maybe);
        assert_eq!(pending.quiet_time(), SETTLED_QUIET);
        // A deletion may be the first half of a replace.
        let other = PathBuf::from("/site/content/a/en/2023-01-01.toml");
        pending.note(other, &EventKind::Remove(RemoveKind::File), Settle::Maybe);
        assert_eq!(pending.quiet_time(), UNSETTLED_QUIET);
        assert_eq!(pending.into_paths().len(), 2);
    }

    #[test]
    fn classifies_events() {
        let renamed = EventKind::Modify(ModifyKind::Name(RenameMode::To));
        let moved_away = EventKind::Modify(ModifyKind::Name(RenameMode::From));
        assert_eq!(settle_of(&CLOSED), Some(Settle::Done));
        assert_eq!(settle_of(&renamed), Some(Settle::Done));
        assert_eq!(settle_of(&moved_away), Some(Settle::Maybe));
        assert_eq!(settle_of(&WRITE), Some(Settle::Maybe));
        assert_eq!(
            settle_of(&EventKind::Create(CreateKind::Folder)),
            Some(Settle::Maybe)
        );
        let closed_read = EventKind::Access(AccessKind::Close(AccessMode::Read));
        assert_eq!(settle_of(&closed_read), None);
    }

    #[test]
    fn a_lost_event_means_everything() {
        let mut pending = Pending::default();
        pending.note(PathBuf::from("/site/site.toml"), &CLOSED, Settle::Done);
        pending.rescan();
        assert!(pending.into_paths().is_empty());
    }
}
