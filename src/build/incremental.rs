//! Incremental builds on disk: a build records, beside its output folder, what each
//! company's pages were rendered from, so that the next build renders only the pages
//! whose inputs changed and carries every other file into the new site as a hard link to
//! the file already there, never rewriting it.
//!
//! What a company's pages in one language are rendered from is one key (see
//! [`locale_keys`]): a hash of
//! - everything site-wide ([`global_key`]): privsite itself (its version and its binary's
//!   size and time), site.toml as loaded (with `--base-url`), the build options, and every
//!   file of the site's `templates/`, `static/`, `locales/` and `themes/` folders;
//! - each of the company's documents as loaded (the git facts taken in, the revisions held
//!   back until announced), with every revision but its words, and the pages planned;
//! - the words of each document's revisions in that language (or, for a document without
//!   it, in the language its pages fall back to);
//! - what the build date makes of them: each locale's [`crate::plan::Timeline`] (which
//!   revision is in force, which are upcoming, which translations are stale). A revision
//!   coming into force changes the key with no source changed; a later build date that
//!   changes no status changes nothing (pages do not show the build date).
//!
//! The company's documents are one group, with one key made of its keys per language
//! ([`Keys::of_unit`]): a notice's feed carries its documents and each page links its
//! siblings, and nothing else of the site goes into a company's pages. Where the group's
//! key is the one recorded, all its files are carried; where it is not, the files of each
//! language whose key is, and the rest of its pages are rendered (a company's own page,
//! which speaks of all its languages, always, and its sitemap). The site-wide pages (the
//! index, the 404 page, the site feed, the site-wide sitemap), the theme's static files,
//! the sitemap index, robots.txt and build.json are made on every build.
//!
//! A file is carried only when the output file still has the size and modification time
//! the record gives it, so a file changed or replaced by hand since is rendered again;
//! a group (or a language of it) with any such file is rendered whole. The record is removed before the new
//! site is swapped in and written after, so a build killed in between leaves no record,
//! and the next build renders everything. `--full` ignores the record.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::hash::Hasher;
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

use crate::text::hash::Fingerprint;
use serde::{Deserialize, Serialize};

use jiff::civil::Date;

use crate::build::driver::BUILD_JSON;
use crate::build::staging::Staging;
use crate::build::{BuildOptions, Summary, Written, build_date};
use crate::diagnostic::Diagnostics;
use crate::model::Site;
use crate::plan::schedule::{NextChange, Upcoming, build_json_with};
use crate::plan::{self, Plan};
use crate::render::Digest;
use crate::source::load::load_config;

/// The record's format; a record of another format is not read.
const FORMAT: u32 = 5;

/// A file's size, modification time (nanoseconds since 1970) and inode (0 where the
/// system has none), as a build left it: a file replaced by another of the same size and
/// time is told apart, and the inode says which file of the kept site (see
/// [`crate::build::spare`]) is the output's own.
pub(crate) type Stamp = (u64, u64, u64);

/// What one build recorded of its output.
#[derive(Debug, Default, Serialize, Deserialize)]
pub(crate) struct Record {
    format: u32,
    /// The [`global_key`] the site was built with.
    global: String,
    /// The [`Inputs`] of the sources as they were: all of them, and all but the company
    /// folders.
    pub(crate) inputs: String,
    pub(crate) rest: String,
    /// The build date, and the days around it on which every status is the same (see
    /// [`Record::unchanged_on`]).
    pub(crate) date: Option<Date>,
    pub(crate) same_from: Option<Date>,
    pub(crate) same_until: Option<Date>,
    /// Whether the build met no warning: only then may a later build with nothing changed
    /// skip loading (the warnings would otherwise go unshown).
    pub(crate) clean: bool,
    /// Whether it met no warning outside the company folders.
    pub(crate) clean_outside: bool,
    pub(crate) summary: Summary,
    pub(crate) pages: usize,
    /// Per company slug: what its pages were made from.
    pub(crate) groups: BTreeMap<String, Group>,
    /// Every file of the output with its stamp.
    pub(crate) files: BTreeMap<String, Stamp>,
}

/// What one company's pages (all its documents') were made from.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct Group {
    /// Its key (see [`Keys`]).
    pub(crate) key: String,
    /// Its key per locale tag (see [`Keys::of_locale`]).
    pub(crate) locales: BTreeMap<String, String>,
    /// The stamps of its folder's files, hashed.
    pub(crate) sources: String,
    /// The days on which its revisions have the status they had.
    pub(crate) same_from: Option<Date>,
    pub(crate) same_until: Option<Date>,
    /// Whether loading and rendering it met no warning.
    pub(crate) clean: bool,
    /// What the site-wide pages need of it.
    pub(crate) digest: Digest,
}

impl Record {
    pub(crate) fn new(global: u128) -> Record {
        Record {
            format: FORMAT,
            global: hex(global),
            ..Record::default()
        }
    }

    /// The record at `path`, when there is one of this format. It is three lines of JSON:
    /// the record with its two large maps empty, then each map (4 and 5 MB at 1,000
    /// companies), so that the maps are parsed on two threads. As one document, its parse
    /// was a rebuild's first 16 ms at 1,000 companies, longer than stamping the sources
    /// beside it.
    pub(crate) fn read(path: &Path) -> Option<Record> {
        let bytes = std::fs::read(path).ok()?;
        let first = memchr::memchr(b'\n', &bytes)?;
        let second = first + 1 + memchr::memchr(b'\n', &bytes[first + 1..])?;
        let mut record: Record = serde_json::from_slice(&bytes[..first]).ok()?;
        if record.format != FORMAT {
            return None;
        }
        let (groups, files) = rayon::join(
            || serde_json::from_slice(&bytes[first + 1..second]),
            || serde_json::from_slice(&bytes[second + 1..]),
        );
        record.groups = groups.ok()?;
        record.files = files.ok()?;
        Some(record)
    }

    /// The files alone of the record at `path`, for a full build: which rendered files
    /// may be the output's own (see [`crate::build::same`]).
    pub(crate) fn read_files(path: &Path) -> Option<BTreeMap<String, Stamp>> {
        let bytes = std::fs::read(path).ok()?;
        let first = memchr::memchr(b'\n', &bytes)?;
        let second = first + 1 + memchr::memchr(b'\n', &bytes[first + 1..])?;
        let head: Record = serde_json::from_slice(&bytes[..first]).ok()?;
        (head.format == FORMAT).then_some(())?;
        serde_json::from_slice(&bytes[second + 1..]).ok()
    }

    /// Whether the site-wide inputs are those this record's build had.
    pub(crate) fn same_global(&self, global: u128) -> bool {
        self.global == hex(global)
    }

    /// Writes the record to `path` (as [`Record::read`] reads it) through a temporary file
    /// renamed into place; its two large maps are written on two threads.
    pub(crate) fn write(&self, path: &Path) -> std::io::Result<()> {
        let lines = self.to_lines()?;
        let temp = path.with_extension("tmp");
        let mut file = std::fs::File::create(&temp)?;
        for line in &lines {
            std::io::Write::write_all(&mut file, line)?;
            std::io::Write::write_all(&mut file, b"\n")?;
        }
        drop(file);
        std::fs::rename(&temp, path)
    }

    /// The record's three lines: itself with its maps empty, its groups, its files. JSON
    /// as serde_json writes it has no line break: one in a string is written `\n`.
    fn to_lines(&self) -> serde_json::Result<[Vec<u8>; 3]> {
        let (groups, files) = rayon::join(
            || serde_json::to_vec(&self.groups),
            || serde_json::to_vec(&self.files),
        );
        let head = Record {
            format: self.format,
            global: self.global.clone(),
            inputs: self.inputs.clone(),
            rest: self.rest.clone(),
            date: self.date,
            same_from: self.same_from,
            same_until: self.same_until,
            clean: self.clean,
            clean_outside: self.clean_outside,
            summary: self.summary.clone(),
            pages: self.pages,
            groups: BTreeMap::new(),
            files: BTreeMap::new(),
        };
        Ok([serde_json::to_vec(&head)?, groups?, files?])
    }

    /// Whether a build on `date` with sources whose [`Inputs`] key is `inputs` would make
    /// the very files this record's build made, but `build.json` (which names the date):
    /// the same inputs, a date on which every revision's status is the same, no warning.
    pub(crate) fn unchanged_on(&self, inputs: u128, date: Date) -> bool {
        self.clean
            && self.inputs == hex(inputs)
            && within(date, self.same_from, self.same_until)
            && self.date.is_some()
    }

    /// The companies a build with `inputs` on `date` need not load: those whose folder is
    /// untouched, whose revisions keep their status on `date`, that met no warning, and
    /// whose every file is still in `output` as this record's build left it; where nothing
    /// outside the company folders was touched either and the last build met no warning
    /// there.
    pub(crate) fn unloaded(&self, inputs: &Inputs, date: Date, output: &Path) -> Vec<String> {
        use rayon::prelude::*;
        if self.rest != hex(inputs.rest) || !self.clean_outside {
            return Vec::new();
        }
        self.groups
            .par_iter()
            .filter(|(slug, g)| {
                g.clean
                    && inputs
                        .groups
                        .get(*slug)
                        .is_some_and(|k| g.sources == hex(*k))
                    && within(date, g.same_from, g.same_until)
                    && crate::build::as_recorded::files_as_recorded(
                        output,
                        g.digest
                            .files
                            .iter()
                            .map(|f| (f.as_str(), self.files.get(f).copied())),
                    )
            })
            .map(|(slug, _)| slug.clone())
            .collect()
    }

    /// Whether `group`'s pages were rendered from `key`.
    pub(crate) fn has(&self, group: &str, key: u128) -> bool {
        self.groups.get(group).is_some_and(|g| g.key == hex(key))
    }

    /// Whether `group`'s pages in the locale `tag` were rendered from `key`.
    pub(crate) fn has_locale(&self, group: &str, tag: &str, key: u128) -> bool {
        self.groups
            .get(group)
            .and_then(|g| g.locales.get(tag))
            .is_some_and(|k| *k == hex(key))
    }
}

fn within(date: Date, from: Option<Date>, until: Option<Date>) -> bool {
    from.is_none_or(|from| from <= date) && until.is_none_or(|until| date < until)
}

pub(crate) fn hex(key: u128) -> String {
    format!("{key:032x}")
}

/// The stamp of a file's metadata.
pub(crate) fn stamp_of(meta: &std::fs::Metadata) -> Option<Stamp> {
    let time = meta.modified().ok()?.duration_since(UNIX_EPOCH).ok()?;
    #[cfg(unix)]
    let inode = std::os::unix::fs::MetadataExt::ino(meta);
    #[cfg(not(unix))]
    let inode = 0;
    Some((meta.len(), u64::try_from(time.as_nanos()).ok()?, inode))
}

/// A hasher taking `Debug` and `Display` text as it is written.
#[derive(Clone)]
struct KeyHasher(Fingerprint);

impl std::fmt::Write for KeyHasher {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        self.0.write(s.as_bytes());
        Ok(())
    }
}

impl KeyHasher {
    fn new() -> KeyHasher {
        KeyHasher(Fingerprint::new())
    }

    fn part(&mut self, name: &str, value: &dyn std::fmt::Debug) {
        // Names and values delimited, so that parts cannot run together.
        let _ = write!(self, "\u{0}{name}\u{0}{value:?}\u{0}");
    }

    /// As [`KeyHasher::part`], through `Hash` rather than `Debug` text: the same fields,
    /// without formatting every string of a company's sources.
    fn hashed(&mut self, name: &str, value: &impl std::hash::Hash) {
        self.part("hashed", &name);
        value.hash(&mut self.0);
    }

    fn finish(&self) -> u128 {
        self.0.finish128()
    }
}

/// The key of everything site-wide that goes into every page (see the module's
/// documentation).
pub(crate) fn global_key(root: &Path, site: &Site, options: &BuildOptions) -> u128 {
    let mut h = KeyHasher::new();
    h.part("privsite", &env!("CARGO_PKG_VERSION"));
    let exe = std::env::current_exe()
        .ok()
        .and_then(|p| std::fs::metadata(p).ok())
        .and_then(|m| stamp_of(&m));
    h.part("binary", &exe);
    h.part("config", &site.config);
    h.part("drafts", &options.drafts);
    h.part("unannounced", &options.unannounced);
    for folder in ["templates", "static", "locales", "themes"] {
        let dir = root.join(folder);
        if !dir.exists() {
            continue;
        }
        let walk = walkdir::WalkDir::new(&dir)
            .follow_links(true)
            .sort_by_file_name();
        for entry in walk {
            match entry {
                Ok(e) if e.file_type().is_file() => {
                    h.part("file", &e.path().strip_prefix(root).unwrap_or(e.path()));
                    match std::fs::read(e.path()) {
                        Ok(bytes) => h.0.write(&bytes),
                        Err(e) => h.part("unreadable", &e.kind()),
                    }
                }
                Ok(_) => {}
                // What cannot be read is a change: the key then matches no record.
                Err(e) => h.part("error", &e.to_string()),
            }
        }
    }
    h.finish()
}

/// Each company's key (see the module's documentation), and its keys per language.
pub(crate) struct Keys {
    /// Per company in the site's order: its group's key.
    pub(crate) of_unit: Vec<u128>,
    /// Per company in the site's order: its group's key per locale tag (see
    /// [`locale_keys`]), the same for each document of a company.
    pub(crate) of_locale: Vec<BTreeMap<String, u128>>,
}

impl Keys {
    pub(crate) fn new(site: &Site, plan: &Plan, global: u128) -> Keys {
        use rayon::prelude::*;
        let companies = &site.companies;
        let firsts: Vec<usize> = (0..companies.len())
            .filter(|&ci| ci == 0 || companies[ci - 1].slug != companies[ci].slug)
            .collect();
        let group_keys: Vec<(std::ops::Range<usize>, u128, BTreeMap<String, u128>)> = firsts
            .par_iter()
            .map(|&first| {
                let units = site.units_of(&companies[first].slug);
                let locales = locale_keys(site, plan, units.clone(), global);
                let mut h = KeyHasher::new();
                h.part("global", &global);
                h.part("locales", &locales);
                (units, h.finish(), locales)
            })
            .collect();
        let mut of_unit = vec![0; companies.len()];
        let mut of_locale = vec![BTreeMap::new(); companies.len()];
        for (units, key, locales) in group_keys {
            for ci in units {
                of_unit[ci] = key;
                of_locale[ci] = locales.clone();
            }
        }
        Keys { of_unit, of_locale }
    }
}

/// The key of each language's pages of one company's documents `units`: per locale tag,
/// a hash of
/// - what the pages of every language may show of the documents: everything site-wide,
///   each document's facts, the pages planned (with their links to the other languages)
///   and every revision but its words ([`hash_outline`]), and what the build date makes
///   of each locale (its [`crate::plan::Timeline`]);
/// - the words of each document in that language, or, for a document without it, in the
///   language its pages fall back to (its default locale, else its first): a notice's
///   pages show the recipients of its sub-processor list and link its other documents
///   that way.
///
/// So a reworded revision changes the key of its own language alone, and the pages of
/// the others are carried over; a date or a note, which pages in other languages show
/// (the date of an upcoming revision in the reference language, a stale translation),
/// changes every key.
fn locale_keys(
    site: &Site,
    plan: &Plan,
    units: std::ops::Range<usize>,
    global: u128,
) -> BTreeMap<String, u128> {
    let companies = &site.companies[units.clone()];
    let mut base = KeyHasher::new();
    base.part("global", &global);
    for (c, ci) in companies.iter().zip(units) {
        hash_outline(&mut base, c);
        base.hashed("timelines", &plan.timelines[ci]);
        base.hashed("pages", &plan.company_pages[ci]);
    }
    let tags: std::collections::BTreeSet<&crate::model::Locale> = companies
        .iter()
        .flat_map(|c| c.locales.iter().map(|h| &h.locale))
        .collect();
    tags.into_iter()
        .map(|tag| {
            let mut h = base.clone();
            h.hashed("locale", tag);
            for c in companies {
                let shown = c
                    .locale(tag)
                    .or_else(|| c.locale(&c.info.default_locale))
                    .or(c.locales.first());
                h.hashed("words", &shown);
            }
            (tag.to_string(), h.finish())
        })
        .collect()
}

/// Hashes everything of a document but its revisions' words (title, intro, sections,
/// purposes, recipients, their groups, cookies) and the hash of their source files. A
/// page in one language shows another's title only where its document lacks the
/// language, which the words of the language it falls back to tell (see
/// [`locale_keys`]). Each struct is taken apart whole, so that a field
/// added later must be placed on one side or the other before this compiles.
fn hash_outline(h: &mut KeyHasher, c: &crate::model::Company) {
    let crate::model::Company {
        slug,
        path,
        document,
        source,
        info,
        locales,
        skipped_drafts,
    } = c;
    h.hashed(
        "document",
        &(slug, path, document, source, info, skipped_drafts),
    );
    for history in locales {
        let crate::model::LocaleHistory {
            locale,
            revisions,
            declared_rights,
        } = history;
        h.hashed("history", &(locale, declared_rights));
        for r in revisions {
            let crate::model::Revision {
                date,
                source,
                title: _,
                summary,
                draft,
                intro: _,
                sections: _,
                purposes: _,
                processors: _,
                processors_in,
                processors_in_position,
                cookies: _,
                groups: _,
                translated_from,
                translated_from_position,
                translated_by,
                date_note,
                archived,
                corrected,
                notice,
            } = r;
            h.hashed("revision", &(date, source, summary, draft, processors_in));
            h.hashed(
                "notes",
                &(
                    processors_in_position,
                    translated_from,
                    translated_from_position,
                    translated_by,
                    date_note,
                    archived,
                    corrected,
                ),
            );
            // The hash of the source file changes with its words; only the revision's
            // own exports show it.
            let crate::model::RevisionNotice {
                announced,
                announced_from_git,
                material,
                sha256: _,
            } = notice;
            h.hashed("notice", &(announced, announced_from_git, material));
        }
    }
}

/// The files of company `ci`'s pages.
pub(crate) fn unit_files(plan: &Plan, ci: usize) -> impl Iterator<Item = String> + '_ {
    plan.company_pages[ci]
        .iter()
        .map(|p| plan::paths::file(&p.path))
}

/// Every input a build reads, by size and modification time, without reading them:
/// privsite itself, the options, every file of the site's sources (site.toml, `content/`,
/// `templates/`, `static/`, `locales/`, `themes/`) and the commit the git history starts
/// from; each company folder apart. Equal keys mean nothing was touched (an edit that
/// keeps a file's size and time is not seen here; `--full` renders everything).
pub(crate) struct Inputs {
    /// Everything but the company folders.
    pub(crate) rest: u128,
    /// Per company folder, its files.
    pub(crate) groups: BTreeMap<String, u128>,
}

impl Inputs {
    pub(crate) fn read(root: &Path, options: &BuildOptions) -> Inputs {
        let mut h = KeyHasher::new();
        h.part("privsite", &env!("CARGO_PKG_VERSION"));
        let exe = std::env::current_exe()
            .ok()
            .and_then(|p| std::fs::metadata(p).ok())
            .and_then(|m| stamp_of(&m));
        h.part("binary", &exe);
        h.part("drafts", &options.drafts);
        h.part("unannounced", &options.unannounced);
        h.part("base_url", &options.base_url);
        h.part("git", &crate::source::git::head(root));
        h.part(
            "site.toml",
            &std::fs::metadata(root.join("site.toml"))
                .ok()
                .and_then(|m| stamp_of(&m)),
        );
        let mut groups: BTreeMap<String, KeyHasher> = BTreeMap::new();
        for folder in ["content", "templates", "static", "locales", "themes"] {
            // The folder itself is left out: its time changes with what is added or
            // removed in it, which the entries below it tell.
            h.part("folder", &root.join(folder).is_dir());
            for (path, part) in walk_stamps(root, &root.join(folder), folder == "content") {
                // content/<company> and what is in it: the company's own.
                let mut parts = path.components();
                let company = match (parts.next(), parts.next()) {
                    (Some(c), Some(slug)) if c.as_os_str() == "content" => {
                        Some(slug.as_os_str().to_string_lossy().into_owned())
                    }
                    _ => None,
                };
                match company {
                    Some(slug) => groups
                        .entry(slug)
                        .or_insert_with(KeyHasher::new)
                        .part("entry", &part),
                    None => h.part("entry", &part),
                }
            }
        }
        Inputs {
            rest: h.finish(),
            groups: groups.into_iter().map(|(k, v)| (k, v.finish())).collect(),
        }
    }

    /// One key for all of it.
    pub(crate) fn key(&self) -> u128 {
        let mut h = KeyHasher::new();
        h.part("inputs", &(self.rest, &self.groups));
        h.finish()
    }
}

/// Every entry below `dir` (following links), in name order depth first, with its path
/// from `root` and its stamp; an entry that cannot be read, as its error with no path.
/// With `split`, each folder at the top is walked on its own thread (the companies of
/// `content/`): the entries come in the same order as one walk gives them.
fn walk_stamps(root: &Path, dir: &Path, split: bool) -> Vec<(PathBuf, String)> {
    use rayon::prelude::*;
    let stamped = |entry: walkdir::Result<walkdir::DirEntry>| match entry {
        Ok(e) => {
            let path = e
                .path()
                .strip_prefix(root)
                .unwrap_or(e.path())
                .to_path_buf();
            let meta = e.metadata().ok();
            let is_file = meta.as_ref().is_some_and(|m| m.is_file());
            let part = format!("{path:?} {is_file} {:?}", meta.and_then(|m| stamp_of(&m)));
            (path, part)
        }
        Err(e) => (PathBuf::new(), e.to_string()),
    };
    let walk = |dir: &Path, depth: usize| {
        walkdir::WalkDir::new(dir)
            .follow_links(true)
            .min_depth(1)
            .max_depth(depth)
            .sort_by_file_name()
    };
    if !split {
        return walk(dir, usize::MAX).into_iter().map(stamped).collect();
    }
    let tops: Vec<(walkdir::Result<walkdir::DirEntry>, bool)> = walk(dir, 1)
        .into_iter()
        .map(|e| {
            let is_dir = e.as_ref().is_ok_and(|e| e.file_type().is_dir());
            (e, is_dir)
        })
        .collect();
    tops.into_par_iter()
        .map(|(top, is_dir)| {
            let below = match (&top, is_dir) {
                (Ok(e), true) => walk(e.path(), usize::MAX)
                    .into_iter()
                    .map(stamped)
                    .collect(),
                _ => Vec::new(),
            };
            std::iter::once(stamped(top))
                .chain(below)
                .collect::<Vec<_>>()
        })
        .flatten()
        .collect()
}

/// The days around `date` on which every revision of the documents `units` of `site`
/// has the status it has on `date`: from the latest revision or announcement date on or
/// before it, until the first after it (`None`: no bound).
pub(crate) fn same_status(
    site: &Site,
    units: std::ops::Range<usize>,
    date: Date,
) -> (Option<Date>, Option<Date>) {
    let mut from = None;
    let mut until: Option<Date> = None;
    let days = site.companies[units]
        .iter()
        .flat_map(|c| &c.locales)
        .flat_map(|h| &h.revisions)
        .flat_map(|r| std::iter::once(r.date).chain(r.notice.announced));
    for day in days {
        if day <= date {
            from = from.max(Some(day));
        } else {
            until = Some(until.map_or(day, |u| u.min(day)));
        }
    }
    (from, until)
}

/// A build with nothing to do: when the output folder's record says the sources are
/// untouched ([`Inputs::key`]), the build date changes no status, the last build met no
/// warning and every file of the output is as that build left it, the site stays as it is
/// and nothing is loaded or rendered. Only `build.json` is written again where the date
/// moved, replaced in one rename. `None`: a build is needed (or cannot be skipped safely).
pub(crate) fn unchanged(root: &Path, options: &BuildOptions) -> Result<Written, Prior> {
    let mut prior = Prior::default();
    let written = unchanged_with(root, options, &mut prior);
    written.ok_or(prior)
}

/// What [`unchanged`] read before it found something changed, so that the build which
/// follows does not read it again: the sources' stamps, and the previous build's record
/// with the folder it describes.
#[derive(Default)]
pub(crate) struct Prior {
    pub(crate) inputs: Option<Inputs>,
    pub(crate) previous: Option<(Record, PathBuf)>,
}

fn unchanged_with(root: &Path, options: &BuildOptions, prior: &mut Prior) -> Option<Written> {
    let date = build_date(options.date).ok()?;
    let dir = match &options.output_dir {
        Some(dir) => dir.clone(),
        None => {
            let config = load_config(root, &mut Diagnostics::default())?;
            root.join(&config.build.output_dir)
        }
    };
    // The lock, and the same refusals as a build.
    let staging = Staging::begin(&dir, Some(root)).ok()?;
    let record_path = staging.record_path();
    let target = staging.target().to_path_buf();
    // The record is read while the sources are stamped (both before any source is read).
    let (inputs, record) = rayon::join(
        || Inputs::read(root, options),
        || Record::read(&record_path),
    );
    let inputs = prior.inputs.insert(inputs);
    let key = inputs.key();
    let (record, _) = prior.previous.insert((record?, target.clone()));
    if !record.unchanged_on(key, date) {
        return None;
    }
    if !crate::build::as_recorded::output_as_recorded(&target, &record.files) {
        return None;
    }
    let (mut record, _) = prior.previous.take()?;
    if record.date != Some(date) {
        let json = build_json_with(date, record.summary.next_change.clone());
        let file = target.join(BUILD_JSON);
        let temp = target.join(format!(".{BUILD_JSON}.privsite-new"));
        std::fs::write(&temp, json).ok()?;
        let meta = std::fs::metadata(&temp).ok()?;
        std::fs::remove_file(&record_path).ok()?;
        if std::fs::rename(&temp, &file).is_err() {
            let _ = std::fs::remove_file(&temp);
            return None;
        }
        record
            .files
            .insert(BUILD_JSON.to_string(), stamp_of(&meta)?);
        record.date = Some(date);
        let _ = record.write(&record_path);
    }
    let written = Written {
        summary: record.summary.clone(),
        warnings: Diagnostics::default(),
        date,
        dir,
        files: record.files.len(),
        pages: record.pages,
        carried: record.files.len(),
        same: 0,
        unloaded: record.summary.companies,
    };
    crate::build::drop_later(record);
    Some(written)
}

/// The first day after `date` on which a revision takes effect, of the companies loaded
/// and of those not, in the site's order (as [`crate::plan::schedule::next_change`] finds
/// it for a site loaded whole).
pub(crate) fn next_change(site: &Site, date: Date, unloaded: &[Digest]) -> Option<NextChange> {
    let loaded = crate::plan::schedule::next_change(site, date);
    let mut all: Vec<(Date, Upcoming)> = loaded
        .map(|n| n.revisions.into_iter().map(|u| (n.date, u)).collect())
        .unwrap_or_default();
    all.extend(unloaded.iter().flat_map(|d| d.upcoming.iter().cloned()));
    let first = all.iter().map(|(d, _)| *d).min()?;
    let mut revisions: Vec<Upcoming> = all
        .into_iter()
        .filter(|(d, _)| *d == first)
        .map(|(_, u)| u)
        .collect();
    // Stable: a company's own entries keep their order.
    revisions.sort_by(|a, b| a.company.cmp(&b.company));
    Some(NextChange {
        date: first,
        revisions,
    })
}

/// What a build records for the next (see the module's documentation).
pub(crate) struct Made<'a> {
    pub(crate) global: u128,
    pub(crate) inputs: &'a Inputs,
    pub(crate) site: &'a Site,
    pub(crate) date: Date,
    pub(crate) keys: &'a Keys,
    pub(crate) digests: Vec<(std::ops::Range<usize>, Digest)>,
    /// The companies not loaded, as the previous build recorded them.
    pub(crate) unloaded: Vec<(String, Group)>,
    pub(crate) stamps: BTreeMap<String, Stamp>,
    pub(crate) summary: Summary,
    pub(crate) pages: usize,
    pub(crate) warnings: &'a Diagnostics,
}

impl Made<'_> {
    pub(crate) fn record(self) -> Record {
        let content = Path::new("content");
        let outside = |d: &crate::diagnostic::Diagnostic| !d.file.starts_with(content);
        let mut record = Record::new(self.global);
        record.inputs = hex(self.inputs.key());
        record.rest = hex(self.inputs.rest);
        record.date = Some(self.date);
        record.clean = self.warnings.0.is_empty();
        record.clean_outside = !self.warnings.0.iter().any(outside);
        record.summary = self.summary;
        record.pages = self.pages;
        record.files = self.stamps;
        let (mut from, mut until) = (None::<Date>, None::<Date>);
        for (units, digest) in self.digests {
            let slug = digest.slug.clone();
            let folder = content.join(&slug);
            let (same_from, same_until) = same_status(self.site, units.clone(), self.date);
            let group = Group {
                key: hex(self.keys.of_unit[units.start]),
                locales: self.keys.of_locale[units.start]
                    .iter()
                    .map(|(tag, key)| (tag.clone(), hex(*key)))
                    .collect(),
                sources: self
                    .inputs
                    .groups
                    .get(&slug)
                    .map(|k| hex(*k))
                    .unwrap_or_default(),
                same_from,
                same_until,
                clean: !self.warnings.0.iter().any(|d| d.file.starts_with(&folder)),
                digest,
            };
            record.groups.insert(slug, group);
        }
        for (slug, group) in self.unloaded {
            record.groups.insert(slug, group);
        }
        for g in record.groups.values() {
            from = from.max(g.same_from);
            until = match (until, g.same_until) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
        }
        (record.same_from, record.same_until) = (from, until);
        record
    }
}

/// The previous build's record of the output folder this build writes to, and that
/// folder (symlinks followed).
pub(crate) fn previous(root: &Path, options: &BuildOptions) -> Option<(Record, PathBuf)> {
    let dir = match &options.output_dir {
        Some(dir) => dir.clone(),
        None => {
            let config = load_config(root, &mut Diagnostics::default())?;
            root.join(&config.build.output_dir)
        }
    };
    let (target, record) = crate::build::staging::record_beside(&dir)?;
    Some((Record::read(&record)?, target))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The record is written as three lines of serde_json's JSON and reads back the same;
    /// a record of the earlier form (one line) or of another format is not read.
    #[test]
    fn a_record_reads_back_as_written() {
        let mut record = Record::new(7);
        record.date = Some(jiff::civil::date(2026, 12, 5));
        record.pages = 2;
        record.files.insert("a/index.html".into(), (1, 2, 3));
        record.files.insert("b \"q\"\n/x.json".into(), (4, 5, 6));
        record.groups.insert(
            "acme".into(),
            Group {
                key: "k".into(),
                locales: BTreeMap::from([("en".into(), "e\nf".into())]),
                sources: "s".into(),
                same_from: None,
                same_until: Some(jiff::civil::date(2027, 1, 1)),
                clean: true,
                digest: Digest::default(),
            },
        );
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join(".public.privsite-record");
        for record in [Record::new(1), record] {
            record.write(&path).unwrap();
            let text = std::fs::read_to_string(&path).unwrap();
            assert_eq!(text.lines().count(), 3, "{text}");
            let back = Record::read(&path).unwrap();
            assert_eq!(
                serde_json::to_value(&back).unwrap(),
                serde_json::to_value(&record).unwrap()
            );
            std::fs::write(&path, serde_json::to_vec(&record).unwrap()).unwrap();
            assert!(Record::read(&path).is_none(), "one line");
            let mut other = serde_json::to_value(&back).unwrap();
            other["format"] = serde_json::json!(FORMAT - 1);
            let [_, groups, files] = record.to_lines().unwrap();
            let mut old = serde_json::to_vec(&other).unwrap();
            for line in [groups, files] {
                old.push(b'\n');
                old.extend(line);
            }
            std::fs::write(&path, old).unwrap();
            assert!(Record::read(&path).is_none(), "another format");
        }
    }
}
