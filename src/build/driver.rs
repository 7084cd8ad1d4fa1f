//! The build driver: the one way a whole site is built. It loads the sources (with the git
//! history, messages and theme), plans the pages, and renders them one company at a time,
//! handing every file to a [`Sink`] as soon as it is made: the staging folder of
//! `privsite build` ([`StagingSink`]) or memory ([`MemorySink`], for `serve` and tests).
//! The files a build makes after its pages (the sitemap index, robots.txt, `build.json`)
//! are made in one place, [`generated`], which a partial rebuild of `serve` calls too.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

use jiff::civil::Date;
use rayon::prelude::*;

use crate::build::incremental::{self, Keys, Record, Stamp};
use crate::build::staging::Staging;
use crate::build::{BuildOptions, build_date};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::model::{self, Site, config};
use crate::plan::{self, Plan};
use crate::render::{self, CompanyCache, Counts, Theme};
use crate::source::load::{self, LoadOptions, RevisionMemo};
use crate::text::i18n::Messages;

/// Where a build's files go. Called from several threads at once.
pub(crate) trait Sink: Sync {
    /// Takes one file: its path in the site (with `/` separators), its bytes and, when the
    /// build keeps them, the fingerprint of what its template was given.
    fn put(&self, path: &str, bytes: Vec<u8>, fingerprint: Option<u128>) -> Result<(), Diagnostic>;

    /// Carries the previous build's file `path` into this site unchanged, where it still
    /// has the `stamp` the previous build recorded (`verified`: it was found to have it
    /// a moment ago): `false` where it cannot, as a sink with no previous site never can.
    fn carry(&self, _path: &str, _stamp: Stamp, _verified: bool) -> bool {
        false
    }

    /// Takes back a file [`Sink::carry`] carried.
    fn uncarry(&self, _path: &str) {}
}

/// What an incremental build may carry over (see [`crate::build::incremental`]).
pub(crate) struct Carry<'a> {
    /// The previous build's record; `None` renders everything.
    pub(crate) record: Option<&'a Record>,
    /// The site-wide key of this build.
    pub(crate) global: u128,
    /// The companies not loaded, whose files are carried over whole (with a record).
    pub(crate) unloaded: &'a [render::Digest],
}

/// A site loaded, with its messages and theme: what every build starts from.
pub(crate) struct Prepared {
    pub(crate) site: Site,
    pub(crate) messages: Arc<Messages>,
    pub(crate) theme: Theme,
    /// The warnings so far.
    pub(crate) diags: Diagnostics,
    pub(crate) date: Date,
}

impl Prepared {
    /// `errors` with the warnings met so far, sorted: what a failed build reports.
    pub(crate) fn fail(&self, mut errors: Diagnostics) -> Diagnostics {
        errors.extend(self.diags.0.iter().cloned());
        errors.sort();
        errors
    }
}

/// Loads the site, its git history, messages and theme; every error found on the way.
/// `memo` keeps each revision's parse for a later partial reload.
pub(crate) fn prepare(
    root: &Path,
    options: &BuildOptions,
    memo: Option<&mut RevisionMemo>,
    unloaded: &[render::Digest],
) -> Result<Prepared, Diagnostics> {
    let date = build_date(options.date)
        .map_err(|e| Diagnostics(vec![Diagnostic::cannot_run("SOURCE_DATE_EPOCH", e)]))?;
    if let Some(progress) = &options.progress {
        progress.0.step("loading", None);
    }
    let except: BTreeSet<String> = unloaded.iter().map(|d| d.slug.clone()).collect();
    let (mut site, mut diags) = load::load_site_except(
        root,
        LoadOptions {
            drafts: options.drafts,
        },
        memo,
        &except,
    )?;
    if let Some(url) = &options.base_url {
        site.config.base_url = config::normalize_base_url(url).map_err(|why| {
            let message = format!("invalid --base-url {url:?}: {why}");
            Diagnostics(vec![Diagnostic::cannot_run("--base-url", message)])
        })?;
    }
    crate::source::git::take_in(root, &mut site, &mut diags);
    if !options.drafts && !options.unannounced {
        for company in &mut site.companies {
            for (file, announced) in company.hold_unannounced(date) {
                diags.push(not_yet_announced(file, announced, date));
            }
        }
        site.companies.retain(|c| !c.locales.is_empty());
    }
    let mut locales: BTreeSet<model::Locale> = site.locales();
    // The companies not loaded count too: the index and 404 page speak their languages.
    locales.extend(
        unloaded
            .iter()
            .flat_map(|d| &d.locales)
            .filter_map(|l| model::Locale::parse(l).ok()),
    );
    let messages = Arc::new(Messages::load(root, &site.config, &locales, &mut diags));
    let theme = Theme::load(
        root,
        &site.config.theme,
        site.config.build.minify,
        messages.clone(),
        &mut diags,
    );
    match theme {
        Some(theme) if !diags.has_errors() => Ok(Prepared {
            site,
            messages,
            theme,
            diags,
            date,
        }),
        _ => {
            diags.sort();
            Err(diags)
        }
    }
}

/// Loads the companies `slugs` into a prepared site (where a build left them out, and then
/// needs them after all), as [`prepare`] loads every company.
pub(crate) fn load_more(
    root: &Path,
    options: &BuildOptions,
    prepared: &mut Prepared,
    slugs: &[String],
) -> Result<(), Diagnostics> {
    let load_options = LoadOptions {
        drafts: options.drafts,
    };
    for slug in slugs {
        let (units, found) = load::load_company(root, slug, load_options, None)?;
        prepared.diags.extend(found.0);
        let site = &mut prepared.site;
        let at = site
            .companies
            .partition_point(|c| c.slug.as_str() < slug.as_str());
        let mut kept = Vec::new();
        for mut c in units {
            site.git.apply(&mut c);
            if !options.drafts && !options.unannounced {
                for (file, announced) in c.hold_unannounced(prepared.date) {
                    prepared
                        .diags
                        .push(not_yet_announced(file, announced, prepared.date));
                }
            }
            if !c.locales.is_empty() {
                kept.push(c);
            }
        }
        site.skipped_drafts
            .extend(kept.iter().flat_map(|c| c.skipped_drafts.iter().cloned()));
        site.companies.splice(at..at, kept);
    }
    prepared.diags.sort();
    Ok(())
}

/// The warning for a revision held back because its announcement is still to come.
pub(crate) fn not_yet_announced(file: PathBuf, announced: Date, today: Date) -> Diagnostic {
    Diagnostic::warning(
        file,
        format!(
            "announced = {announced} is after the build date ({today}): not yet announced, so it is not published until then (`--drafts` previews it)"
        ),
    )
}

/// What a whole build made besides its files: the plan, and what a later partial rebuild
/// reuses (each company's cache when kept).
pub(crate) struct Driven {
    pub(crate) plan: Plan,
    /// Per company, in the site's order; empty unless the caches were kept.
    pub(crate) caches: Vec<CompanyCache>,
    pub(crate) counts: Counts,
    /// Each company's key, when the build was asked to carry files over.
    pub(crate) keys: Option<Keys>,
    /// With them, each loaded company's documents and digest.
    pub(crate) digests: Vec<(std::ops::Range<usize>, render::Digest)>,
    /// How many files were carried over unchanged.
    pub(crate) carried: usize,
    /// The first day after the build date on which a revision takes effect.
    pub(crate) next_change: Option<crate::plan::schedule::NextChange>,
}

/// Renders the whole prepared site into `sink`: the theme's static files but those a page
/// or a generated file takes the place of, every company's pages (in parallel, each with
/// a cache of its own, kept only with `keep`), the site-wide pages, then the
/// [`generated`] files. Every page is tried, so that all template errors are reported.
pub(crate) fn drive(
    prepared: &Prepared,
    options: &BuildOptions,
    sink: &dyn Sink,
    keep: bool,
    carry: Option<&Carry<'_>>,
) -> Result<Driven, Diagnostics> {
    let Prepared {
        site,
        messages,
        theme,
        date,
        ..
    } = prepared;
    let plan = Plan::new(site, *date);
    let put =
        |path: &str, bytes: Vec<u8>, fingerprint: Option<u128>| sink.put(path, bytes, fingerprint);
    let unloaded = carry.map_or(&[][..], |c| c.unloaded);

    // Static files first, but for those a page or a generated file takes the place of:
    // each static path is looked up by the page paths that would write it, rather than
    // a set made of every page's file (43,001 at 1,000 companies).
    let mut by_page: HashMap<&str, &str> = HashMap::new();
    for path in theme.statics.keys() {
        by_page.insert(path, path);
        if let Some(folder) = path.strip_suffix("index.html")
            && (folder.is_empty() || folder.ends_with('/'))
        {
            by_page.insert(folder, path);
        }
    }
    let mut taken: HashSet<&str> = GENERATED.iter().copied().collect();
    taken.extend(
        plan.pages()
            .filter_map(|p| by_page.get(p.path.as_str()).copied()),
    );
    let unloaded_files = unloaded.iter().flat_map(|d| &d.files);
    taken.extend(
        unloaded_files.filter_map(|f| theme.statics.get_key_value(f).map(|(k, _)| k.as_str())),
    );
    let statics: Vec<(&String, &Vec<u8>)> = theme
        .statics
        .iter()
        .filter(|(path, _)| !taken.contains(path.as_str()))
        .collect();
    statics
        .par_iter()
        .try_for_each(|(path, bytes)| put(path, bytes.to_vec(), None))
        .map_err(|d| Diagnostics(vec![d]))?;
    let mut counts = Counts {
        files: statics.len(),
        pages: statics.iter().filter(|(p, _)| p.ends_with(".html")).count(),
        templated: 0,
    };

    let keys = carry.map(|c| Keys::new(site, &plan, c.global));
    let carried = match (carry.and_then(|c| c.record), &keys) {
        (Some(record), Some(keys)) => carry_over(site, &plan, keys, record, sink),
        _ => (0..site.companies.len())
            .map(|ci| Carried::none(site, ci))
            .collect(),
    };
    let mut carried_files: usize = carried
        .iter()
        .enumerate()
        .map(|(ci, carried)| match carried {
            Carried::All => plan.company_pages[ci].len(),
            Carried::Locales(done) => plan.company_pages[ci]
                .iter()
                .filter(|p| plan::locale_of(&p.kind).is_some_and(|li| done[li]))
                .count(),
        })
        .sum();
    // The companies not loaded: every file carried over, as checked before loading.
    if let Some(record) = carry.and_then(|c| c.record) {
        unloaded
            .par_iter()
            .flat_map(|d| &d.files)
            .try_for_each(|file| {
                let stamp = record.files.get(file).copied();
                match stamp.is_some_and(|stamp| sink.carry(file, stamp, true)) {
                    true => Ok(()),
                    false => Err(Diagnostics(vec![Diagnostic::cannot_run(
                        file,
                        "the output folder changed while the site was being built; nothing was replaced, build again",
                    )])),
                }
            })?;
    }
    for d in unloaded {
        carried_files += d.files.len();
        counts.files += d.files.len();
        counts.pages += d.pages;
    }

    let writer = render::SiteWriter::new(site, &plan, theme, messages, keep).with_digests(unloaded);
    if let Some(progress) = &options.progress {
        progress
            .0
            .step("rendering", Some(plan.pages().count() as u64));
    }
    let results: Vec<Result<render::WrittenCompany, Diagnostics>> = (0..site.companies.len())
        .into_par_iter()
        .map(|ci| {
            let written = match &carried[ci] {
                Carried::All => Ok(writer.carried(ci)),
                Carried::Locales(done) => {
                    // What the previous build recorded of it, where some of it is carried.
                    let previous = carry
                        .and_then(|c| c.record)
                        .filter(|_| done.contains(&true))
                        .and_then(|r| r.groups.get(&site.companies[ci].slug))
                        .map(|g| &g.digest);
                    writer.company(ci, &put, done, previous)
                }
            };
            if let Some(progress) = &options.progress {
                progress.0.advance(plan.company_pages[ci].len() as u64);
            }
            written
        })
        .collect();
    let mut errors = Diagnostics::default();
    let mut written = Vec::with_capacity(results.len());
    for result in results {
        match result {
            Ok(w) => written.push(w),
            Err(e) => errors.extend(e.0),
        }
    }
    if errors.has_errors() {
        errors.sort();
        return Err(errors);
    }
    let site_counts = writer.site_pages(&written, &put)?;
    if let Some(progress) = &options.progress {
        progress.0.advance(plan.site_pages.len() as u64);
    }
    for c in [site_counts]
        .into_iter()
        .chain(written.iter().map(|c| Counts {
            files: c.files,
            pages: c.pages,
            templated: c.templated,
        }))
    {
        counts.files += c.files;
        counts.pages += c.pages;
        counts.templated += c.templated;
    }

    let next_change = incremental::next_change(site, *date, unloaded);
    // What a later build needs of each company, and the files made last, side by side:
    // both only read what was written.
    let (digests, generated_files) = rayon::join(
        || match keys {
            Some(_) => digests(site, &writer, &written),
            None => Vec::new(),
        },
        || -> Result<_, Diagnostics> {
            let files = generated(site, &plan, unloaded, theme, *date, next_change.clone())?;
            let count = files.len();
            for (path, bytes) in files {
                put(&path, bytes, None).map_err(|d| Diagnostics(vec![d]))?;
            }
            Ok(count)
        },
    );
    counts.files += generated_files?;
    let caches = written.into_iter().filter_map(|c| c.cache).collect();
    Ok(Driven {
        plan,
        caches,
        counts,
        keys,
        digests,
        carried: carried_files,
        next_change,
    })
}

/// What the site-wide pages of a later build need of each company (by slug, its units
/// together), made one company per job: each copies the company's file list.
fn digests(
    site: &Site,
    writer: &render::SiteWriter,
    written: &[render::WrittenCompany],
) -> Vec<(std::ops::Range<usize>, render::Digest)> {
    let companies = &site.companies;
    let firsts: Vec<usize> = (0..companies.len())
        .filter(|&ci| ci == 0 || companies[ci - 1].slug != companies[ci].slug)
        .collect();
    firsts
        .into_par_iter()
        .with_max_len(1)
        .map(|first| {
            let units = site.units_of(&companies[first].slug);
            (units.clone(), writer.digest(units, written))
        })
        .collect()
}

/// What of one company's files a build carried over from the previous build.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Carried {
    /// All of them: nothing of it is rendered.
    All,
    /// Per locale of the company (by index), whether the files of that locale's pages
    /// were; the rest of its pages are rendered.
    Locales(Vec<bool>),
}

impl Carried {
    fn none(site: &Site, ci: usize) -> Carried {
        Carried::Locales(vec![false; site.companies[ci].locales.len()])
    }
}

/// Carries over the files of every company whose key is the one the previous build
/// recorded, a company's documents together; where they are not, or any of their files
/// cannot be carried (changed by hand since, gone, or a file system without hard links),
/// the files of each language whose key is the one recorded, all documents' pages in that
/// language together. Files of a group carried so far when one of them cannot be are taken
/// back, and the group is rendered. Per company in the site's order: what was carried.
fn carry_over(
    site: &Site,
    plan: &Plan,
    keys: &Keys,
    record: &Record,
    sink: &dyn Sink,
) -> Vec<Carried> {
    let companies = &site.companies;
    let firsts: Vec<usize> = (0..companies.len())
        .filter(|&ci| ci == 0 || companies[ci - 1].slug != companies[ci].slug)
        .collect();
    // Carries `files` whole, or none of them.
    let carry_all = |files: &mut dyn Iterator<Item = String>| -> bool {
        let mut done: Vec<String> = Vec::new();
        for file in files {
            let carried = record
                .files
                .get(&file)
                .is_some_and(|&stamp| sink.carry(&file, stamp, false));
            if !carried {
                for file in &done {
                    sink.uncarry(file);
                }
                return false;
            }
            done.push(file);
        }
        true
    };
    let groups: Vec<(std::ops::Range<usize>, Vec<Carried>)> = firsts
        .par_iter()
        .map(|&first| {
            let slug = &companies[first].slug;
            let units = site.units_of(slug);
            if record.has(slug, keys.of_unit[first])
                && carry_all(
                    &mut units
                        .clone()
                        .flat_map(|ci| incremental::unit_files(plan, ci)),
                )
            {
                return (units.clone(), vec![Carried::All; units.len()]);
            }
            let mut carried: Vec<Carried> =
                units.clone().map(|ci| Carried::none(site, ci)).collect();
            for (tag, key) in &keys.of_locale[first] {
                if !record.has_locale(slug, tag, *key) {
                    continue;
                }
                // The pages of every document in that language.
                let in_language = |ci: usize| {
                    let li = companies[ci]
                        .locales
                        .iter()
                        .position(|h| h.locale.as_str() == tag);
                    li.map(|li| (ci, li))
                };
                let pages: Vec<(usize, usize)> = units.clone().filter_map(in_language).collect();
                let mut files = pages.iter().flat_map(|&(ci, li)| {
                    plan.company_pages[ci]
                        .iter()
                        .filter(move |p| crate::plan::locale_of(&p.kind) == Some(li))
                        .map(|p| plan::paths::file(&p.path))
                });
                if carry_all(&mut files) {
                    for (ci, li) in pages {
                        if let Carried::Locales(done) = &mut carried[ci - units.start] {
                            done[li] = true;
                        }
                    }
                }
            }
            (units, carried)
        })
        .collect();
    let mut carried = Vec::with_capacity(companies.len());
    for (_, of_units) in groups {
        carried.extend(of_units);
    }
    carried
}

/// The files a build makes besides the pages, written last: they take the place of a
/// static file or page of the same path.
const GENERATED: &[&str] = &[crate::plan::sitemaps::INDEX, "robots.txt", BUILD_JSON];

/// The file that says when the built site next changes by itself (see
/// [`crate::plan::schedule`]).
pub(crate) const BUILD_JSON: &str = crate::plan::schedule::BUILD_JSON;

/// The sitemap index, robots.txt and `build.json`: the index lists the sitemap files of
/// the companies loaded (in `plan`) and of those not (`unloaded`).
pub(crate) fn generated(
    site: &Site,
    plan: &Plan,
    unloaded: &[render::Digest],
    theme: &Theme,
    date: Date,
    next_change: Option<crate::plan::schedule::NextChange>,
) -> Result<Vec<(String, Vec<u8>)>, Diagnostics> {
    let mut files = Vec::from(render::sitemap_index_and_robots(
        site, plan, unloaded, theme,
    )?);
    files.push((
        BUILD_JSON.to_string(),
        crate::plan::schedule::build_json_with(date, next_change).into_bytes(),
    ));
    Ok(files)
}

/// A sink that keeps the files in memory, with their fingerprints.
#[derive(Default)]
pub(crate) struct MemorySink {
    files: Mutex<BTreeMap<String, Vec<u8>>>,
    fingerprints: Mutex<HashMap<String, u128>>,
}

impl MemorySink {
    /// The files, and the fingerprint of each page rendered from a template (when kept).
    pub(crate) fn into_parts(self) -> (BTreeMap<String, Vec<u8>>, HashMap<String, u128>) {
        (
            self.files
                .into_inner()
                .unwrap_or_else(PoisonError::into_inner),
            self.fingerprints
                .into_inner()
                .unwrap_or_else(PoisonError::into_inner),
        )
    }
}

impl Sink for MemorySink {
    fn put(&self, path: &str, bytes: Vec<u8>, fingerprint: Option<u128>) -> Result<(), Diagnostic> {
        if let Some(fingerprint) = fingerprint {
            self.fingerprints
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .insert(path.to_string(), fingerprint);
        }
        self.files
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(path.to_string(), bytes);
        Ok(())
    }
}

/// A sink that writes each file into the staging folder that replaces the output folder
/// once the build is done (see [`crate::build::staging`]).
pub(crate) struct StagingSink<'a> {
    pub(crate) staging: &'a Staging,
    /// The output folder, as errors name it.
    pub(crate) shown: String,
    /// The stamp of every file written or carried, for the next build's record.
    pub(crate) stamps: Mutex<BTreeMap<String, Stamp>>,
    /// The files the previous build recorded in the output folder: a rendered file of the
    /// recorded size may be the very file there (see [`crate::build::same`]).
    pub(crate) previous: Option<&'a BTreeMap<String, Stamp>>,
    /// How many rendered files were found the same as the output's and linked.
    pub(crate) same: AtomicUsize,
}

impl StagingSink<'_> {
    pub(crate) fn into_stamps(self) -> BTreeMap<String, Stamp> {
        self.stamps
            .into_inner()
            .unwrap_or_else(PoisonError::into_inner)
    }

    fn stamped(&self, path: &str, stamp: Option<Stamp>) {
        let mut stamps = self.stamps.lock().unwrap_or_else(PoisonError::into_inner);
        match stamp {
            Some(stamp) => stamps.insert(path.to_string(), stamp),
            None => stamps.remove(path),
        };
    }
}

impl Sink for StagingSink<'_> {
    fn put(&self, path: &str, bytes: Vec<u8>, _: Option<u128>) -> Result<(), Diagnostic> {
        if let Some(&(size, ..)) = self.previous.and_then(|files| files.get(path))
            && size == bytes.len() as u64
            && let Some(stamp) = crate::build::same::link_if_same(self.staging, path, &bytes)
        {
            self.same.fetch_add(1, Ordering::Relaxed);
            self.stamped(path, Some(stamp));
            return Ok(());
        }
        let meta = self.staging.put_file(path, &bytes).map_err(|e| {
            Diagnostic::cannot_run(&self.shown, format!("cannot write the site: {path}: {e}"))
        })?;
        self.stamped(path, incremental::stamp_of(&meta));
        Ok(())
    }

    fn carry(&self, path: &str, stamp: Stamp, verified: bool) -> bool {
        let carried = self
            .staging
            .link_previous(path, stamp, !verified)
            .unwrap_or(false);
        if carried {
            self.stamped(path, Some(stamp));
        }
        carried
    }

    fn uncarry(&self, path: &str) {
        let _ = self.staging.unput(path);
        self.stamped(path, None);
    }
}
