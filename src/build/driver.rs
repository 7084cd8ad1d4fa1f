//! The build driver: the one way a whole site is built. It loads the sources (with the git
//! history, messages and theme), plans the pages, and renders them one company at a time,
//! handing every file to a [`Sink`] as soon as it is made: the staging folder of
//! `privsite build` ([`StagingSink`]) or memory ([`MemorySink`], for `serve` and tests).
//! The files a build makes besides its pages (sitemap, robots.txt, `build.json`) are made
//! in one place, [`generated`], which a partial rebuild of `serve` calls too.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};
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
    /// has the `stamp` the previous build recorded: `false` where it cannot, as a sink
    /// with no previous site never can.
    fn carry(&self, _path: &str, _stamp: Stamp) -> bool {
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
) -> Result<Prepared, Diagnostics> {
    let date = build_date(options.date)
        .map_err(|e| Diagnostics(vec![Diagnostic::cannot_run("SOURCE_DATE_EPOCH", e)]))?;
    if let Some(progress) = &options.progress {
        progress.0.step("loading", None);
    }
    let (mut site, mut diags) = load::load_site_with(
        root,
        LoadOptions {
            drafts: options.drafts,
        },
        memo,
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
    let locales: BTreeSet<model::Locale> = site.locales();
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
/// reuses (each company's cache when kept, the sitemap entries).
pub(crate) struct Driven {
    pub(crate) plan: Plan,
    /// Per company, in the site's order; empty unless the caches were kept.
    pub(crate) caches: Vec<CompanyCache>,
    /// The sitemap entries of the site-wide pages, and of each company's pages.
    pub(crate) site_sitemap: String,
    pub(crate) company_sitemaps: Vec<String>,
    pub(crate) counts: Counts,
    /// Each company's key, when the build was asked to carry files over.
    pub(crate) keys: Option<Keys>,
    /// How many files were carried over unchanged.
    pub(crate) carried: usize,
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

    // Static files first, but for those a page or a generated file takes the place of.
    let mut taken: HashSet<String> = plan.pages().map(|p| plan::paths::file(&p.path)).collect();
    taken.extend(GENERATED.iter().map(|f| f.to_string()));
    let statics: Vec<(&String, &Vec<u8>)> = theme
        .statics
        .iter()
        .filter(|(path, _)| !taken.contains(*path))
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
        _ => vec![false; site.companies.len()],
    };
    let carried_files: usize = (0..carried.len())
        .filter(|&ci| carried[ci])
        .map(|ci| plan.company_pages[ci].len())
        .sum();

    let writer = render::SiteWriter::new(site, &plan, theme, messages, keep);
    if let Some(progress) = &options.progress {
        progress
            .0
            .step("rendering", Some(plan.pages().count() as u64));
    }
    let results: Vec<Result<render::WrittenCompany, Diagnostics>> = (0..site.companies.len())
        .into_par_iter()
        .map(|ci| {
            let written = match carried[ci] {
                true => Ok(writer.carried(ci)),
                false => writer.company(ci, &put),
            };
            if let Some(progress) = &options.progress {
                progress.0.advance(plan.company_pages[ci].len() as u64);
            }
            written
        })
        .collect();
    let mut errors = Diagnostics::default();
    let mut companies = Vec::with_capacity(results.len());
    for result in results {
        match result {
            Ok(written) => companies.push(written),
            Err(e) => errors.extend(e.0),
        }
    }
    if errors.has_errors() {
        errors.sort();
        return Err(errors);
    }
    let site_counts = writer.site_pages(&companies, &put)?;
    if let Some(progress) = &options.progress {
        progress.0.advance(plan.site_pages.len() as u64);
    }
    for c in [site_counts]
        .into_iter()
        .chain(companies.iter().map(|c| Counts {
            files: c.files,
            pages: c.pages,
            templated: c.templated,
        }))
    {
        counts.files += c.files;
        counts.pages += c.pages;
        counts.templated += c.templated;
    }

    let site_sitemap = render::sitemap_entries(site, plan.site_pages.iter());
    let mut caches = Vec::new();
    let mut company_sitemaps = Vec::with_capacity(companies.len());
    for c in companies {
        company_sitemaps.push(c.sitemap);
        caches.extend(c.cache);
    }
    for (path, bytes) in generated(site, theme, *date, &site_sitemap, &company_sitemaps)? {
        put(&path, bytes, None).map_err(|d| Diagnostics(vec![d]))?;
        counts.files += 1;
    }
    Ok(Driven {
        plan,
        caches,
        site_sitemap,
        company_sitemaps,
        counts,
        keys,
        carried: carried_files,
    })
}

/// Carries over the files of every company whose key is the one the previous build
/// recorded, a company's documents together; where any of their files cannot be carried
/// (changed by hand since, gone, or a file system without hard links), the company's files
/// carried so far are taken back and it is rendered. Per company in the site's order:
/// whether it was carried.
fn carry_over(
    site: &Site,
    plan: &Plan,
    keys: &Keys,
    record: &Record,
    sink: &dyn Sink,
) -> Vec<bool> {
    let companies = &site.companies;
    let firsts: Vec<usize> = (0..companies.len())
        .filter(|&ci| ci == 0 || companies[ci - 1].slug != companies[ci].slug)
        .collect();
    let groups: Vec<(std::ops::Range<usize>, bool)> = firsts
        .par_iter()
        .map(|&first| {
            let units = site.units_of(&companies[first].slug);
            if !record.has(&companies[first].slug, keys.of_unit[first]) {
                return (units, false);
            }
            let mut done: Vec<String> = Vec::new();
            for file in units
                .clone()
                .flat_map(|ci| incremental::unit_files(plan, ci))
            {
                let carried = record
                    .files
                    .get(&file)
                    .is_some_and(|&stamp| sink.carry(&file, stamp));
                if !carried {
                    for file in &done {
                        sink.uncarry(file);
                    }
                    return (units, false);
                }
                done.push(file);
            }
            (units, true)
        })
        .collect();
    let mut carried = vec![false; companies.len()];
    for (units, yes) in groups {
        for ci in units {
            carried[ci] = yes;
        }
    }
    carried
}

/// The files a build makes besides the pages, written last: they take the place of a
/// static file or page of the same path.
const GENERATED: &[&str] = &["sitemap.xml", "robots.txt", BUILD_JSON];

/// The file that says when the built site next changes by itself (see
/// [`crate::plan::schedule`]).
pub(crate) const BUILD_JSON: &str = crate::plan::schedule::BUILD_JSON;

/// The sitemap, robots.txt and `build.json`, from the sitemap entries of the site-wide
/// pages and of each company's pages.
pub(crate) fn generated(
    site: &Site,
    theme: &Theme,
    date: Date,
    site_sitemap: &str,
    company_sitemaps: &[String],
) -> Result<Vec<(String, Vec<u8>)>, Diagnostics> {
    let mut files =
        render::sitemap_and_robots(site, theme, site_sitemap, company_sitemaps)?.to_vec();
    files.push((
        BUILD_JSON.to_string(),
        crate::plan::schedule::build_json(site, date).into_bytes(),
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
        let meta = self.staging.put_file(path, &bytes).map_err(|e| {
            Diagnostic::cannot_run(&self.shown, format!("cannot write the site: {path}: {e}"))
        })?;
        self.stamped(path, incremental::stamp_of(&meta));
        Ok(())
    }

    fn carry(&self, path: &str, stamp: Stamp) -> bool {
        let carried = self.staging.link_previous(path, stamp).unwrap_or(false);
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
