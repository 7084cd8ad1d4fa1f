//! Building a site: the driver that loads the sources, plans and renders the pages and
//! hands every file to its sink (a staging folder swapped in whole for `privsite build`,
//! memory for `privsite serve` and tests), the progress it reports, and the live session
//! `serve` keeps.

mod as_recorded;
mod driver;
pub(crate) mod incremental;
pub mod output;
pub mod progress;
pub(crate) mod same;
pub mod session;
pub(crate) mod spare;
pub mod staging;
mod state;

use std::path::{Path, PathBuf};

use jiff::civil::Date;

use crate::build::output::Output;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::model::Site;
use crate::{plan, render};

/// What `privsite build` was asked for.
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    /// The day the build takes as today; see [`build_date`].
    pub date: Option<Date>,
    pub drafts: bool,
    /// Keep the revisions announced after the build date, which a build leaves out until
    /// that day: `privsite check` lints them (drafts keep them too).
    pub unannounced: bool,
    /// Overrides `[build] output_dir` of site.toml.
    pub output_dir: Option<PathBuf>,
    /// Overrides `base_url` of site.toml (a deploy preview's address, say).
    pub base_url: Option<String>,
    /// Told how far the build got; see [`progress`].
    pub progress: Option<progress::ProgressHandle>,
    /// Render every page, carrying nothing over from the previous build (see
    /// [`incremental`]); a rendered file that is byte for byte the output's is still
    /// kept (see [`same`]).
    pub full: bool,
}

/// A site built in memory, with the warnings met on the way.
#[derive(Debug)]
pub struct Built {
    pub site: Site,
    pub output: Output,
    pub warnings: Diagnostics,
    pub date: Date,
}

/// The build date: `--date`, else `SOURCE_DATE_EPOCH` (seconds since 1970, UTC), else today.
pub fn build_date(explicit: Option<Date>) -> Result<Date, String> {
    if let Some(d) = explicit {
        return Ok(d);
    }
    if let Ok(epoch) = std::env::var("SOURCE_DATE_EPOCH") {
        let seconds: i64 = epoch
            .trim()
            .parse()
            .map_err(|_| format!("SOURCE_DATE_EPOCH={epoch:?} is not a number of seconds"))?;
        let ts = jiff::Timestamp::from_second(seconds)
            .map_err(|e| format!("SOURCE_DATE_EPOCH={epoch:?} is out of range: {e}"))?;
        return Ok(ts.to_zoned(jiff::tz::TimeZone::UTC).date());
    }
    Ok(jiff::Zoned::now().date())
}

/// Loads, validates and renders the site under `root` into memory: the files
/// [`build_and_write`] writes, by the same driver.
pub fn build(root: &Path, options: &BuildOptions) -> Result<Built, Diagnostics> {
    let mut prepared = driver::prepare(root, options, None, &[])?;
    let sink = driver::MemorySink::default();
    driver::drive(&prepared, options, &sink, false, None).map_err(|e| prepared.fail(e))?;
    prepared.diags.extend(prepared.messages.take_problems());
    prepared.diags.sort();
    Ok(Built {
        site: prepared.site,
        output: Output {
            files: sink.into_parts().0,
        },
        warnings: prepared.diags,
        date: prepared.date,
    })
}

/// What a written site holds, as `privsite build` reports it.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
pub struct Summary {
    /// Companies, locales (of all their documents) and revisions published.
    pub companies: usize,
    pub locales: usize,
    pub revisions: usize,
    /// Revisions marked draft that were left out.
    pub skipped_drafts: usize,
    /// The first day after the build date on which a revision takes effect.
    pub next_change: Option<crate::plan::schedule::NextChange>,
}

impl Summary {
    /// The site's summary: the companies loaded, those not (from their digests), and the
    /// next change.
    fn of(
        site: &Site,
        unloaded: &[render::Digest],
        next_change: Option<crate::plan::schedule::NextChange>,
    ) -> Summary {
        Summary {
            // Sorted by slug: a company's documents are neighbours.
            companies: site
                .companies
                .iter()
                .enumerate()
                .filter(|(i, c)| *i == 0 || site.companies[i - 1].slug != c.slug)
                .count()
                + unloaded.len(),
            locales: site
                .companies
                .iter()
                .map(|c| c.locales.len())
                .sum::<usize>()
                + unloaded.iter().map(|d| d.locale_count).sum::<usize>(),
            revisions: site
                .companies
                .iter()
                .flat_map(|c| &c.locales)
                .map(|l| l.revisions.len())
                .sum::<usize>()
                + unloaded.iter().map(|d| d.revisions).sum::<usize>(),
            skipped_drafts: site.skipped_drafts.len()
                + unloaded.iter().map(|d| d.skipped_drafts).sum::<usize>(),
            next_change,
        }
    }
}

/// A site built and written to its output folder, with the warnings met on the way.
#[derive(Debug)]
pub struct Written {
    pub summary: Summary,
    pub warnings: Diagnostics,
    pub date: Date,
    /// The output folder written.
    pub dir: PathBuf,
    /// How many files were written, and how many of them are HTML pages.
    pub files: usize,
    pub pages: usize,
    /// How many of the files were carried over from the previous build unchanged, as
    /// hard links, instead of being rendered again.
    pub carried: usize,
    /// How many of the files rendered came out byte for byte as the output folder had them,
    /// and were linked into the new site as they were instead of written again.
    pub same: usize,
    /// How many companies were not even loaded: nothing of theirs changed.
    pub unloaded: usize,
}

/// Frees what a finished build held on a thread of its own: the loaded site, its theme and
/// the previous record take a while to free (a tenth of a second at 1,000 companies) that
/// the build's caller need not wait for, and a command that then exits does not wait for
/// at all. Where no thread can be made, it is freed here.
pub(crate) fn drop_later<T: Send + 'static>(value: T) {
    let _ = std::thread::Builder::new()
        .name("privsite-free".into())
        .spawn(move || drop(value));
}

/// Loads, validates and renders the site under `root` into its output folder (see
/// [`output_dir`]): each file goes into a staging folder as it is rendered, and the
/// staging folder replaces the output folder whole once every file is there. On any error
/// (a source, a template, the output folder refused, a write failing) nothing is replaced
/// and every error found is returned. The files are those [`build`] makes in memory.
pub fn build_and_write(root: &Path, options: &BuildOptions) -> Result<Written, Diagnostics> {
    let prior = match options.full {
        true => incremental::Prior::default(),
        false => match incremental::unchanged(root, options) {
            Ok(written) => return Ok(written),
            Err(prior) => prior,
        },
    };
    // Taken before the sources are read: a file changed while the build runs then counts
    // as changed for the next one.
    let inputs = prior
        .inputs
        .unwrap_or_else(|| incremental::Inputs::read(root, options));
    // What the previous build recorded, unless a full build was asked for, and the
    // companies it lets this build leave unloaded.
    let previous = match options.full {
        true => None,
        false => prior
            .previous
            .or_else(|| incremental::previous(root, options)),
    };
    let mut previous = previous;
    // The groups of the companies left unloaded, taken out of the previous record rather
    // than copied (they go into the next record as they are; at 1,000 companies their
    // digests are megabytes).
    let mut unloaded: Vec<(String, incremental::Group)> =
        match (&mut previous, build_date(options.date)) {
            (Some((record, output)), Ok(date)) => record
                .unloaded(&inputs, date, output)
                .into_iter()
                .filter_map(|slug| {
                    let group = record.groups.remove(&slug)?;
                    Some((slug, group))
                })
                .collect(),
            _ => Vec::new(),
        };
    // Their digests, taken out of the groups while the build uses them and put back for
    // the record.
    let mut digests: Vec<render::Digest> = unloaded
        .iter_mut()
        .map(|(_, g)| std::mem::take(&mut g.digest))
        .collect();
    let mut prepared = driver::prepare(root, options, None, &digests)?;
    let mut previous = previous.map(|(record, _)| record);
    let global = incremental::global_key(root, &prepared.site, options);
    // Load what cannot be left out after all: every company where anything site-wide
    // changed; those whose revisions the site feed now carries without their entry.
    let mut more: Vec<String> = match previous.as_ref().is_some_and(|r| r.same_global(global)) {
        true => Vec::new(),
        false => unloaded.iter().map(|(slug, _)| slug.clone()).collect(),
    };
    if more.is_empty() && !digests.is_empty() {
        let plan = plan::Plan::new(&prepared.site, prepared.date);
        let writer = render::SiteWriter::new(
            &prepared.site,
            &plan,
            &prepared.theme,
            &prepared.messages,
            false,
        )
        .with_digests(&digests);
        more = writer
            .digests_lacking_feed_entries()
            .into_iter()
            .map(|di| digests[di].slug.clone())
            .collect();
    }
    if !more.is_empty() {
        driver::load_more(root, options, &mut prepared, &more)?;
        // Those loaded after all go back into the record, whose keys say whether their
        // files can be carried over.
        let (mut kept, mut kept_digests) = (Vec::new(), Vec::new());
        for ((slug, mut group), digest) in unloaded.into_iter().zip(digests) {
            if more.contains(&slug) {
                group.digest = digest;
                if let Some(record) = previous.as_mut() {
                    record.groups.insert(slug, group);
                }
            } else {
                kept.push((slug, group));
                kept_digests.push(digest);
            }
        }
        (unloaded, digests) = (kept, kept_digests);
    }

    let dir = output_dir(root, &prepared.site, options);
    let shown = dir.display().to_string();
    let cannot_write =
        |e: std::io::Error| Diagnostic::cannot_run(&shown, format!("cannot write the site: {e}"));
    // Its refusals say what they refuse and why.
    let staging = staging::Staging::begin_incremental(&dir, Some(root)).map_err(|e| {
        let d = match e.kind() {
            std::io::ErrorKind::Other | std::io::ErrorKind::WouldBlock => {
                Diagnostic::cannot_run(&shown, e.to_string())
            }
            _ => cannot_write(e),
        };
        prepared.fail(Diagnostics(vec![d]))
    })?;
    // Under --full the record is not trusted for anything; its files only say which
    // rendered files may be the output's own, which are then compared byte for byte.
    let full_files = match options.full {
        true => incremental::Record::read_files(&staging.record_path()),
        false => None,
    };
    let sink = driver::StagingSink {
        staging: &staging,
        shown: shown.clone(),
        stamps: Default::default(),
        previous: full_files.as_ref().or(previous.as_ref().map(|r| &r.files)),
        same: Default::default(),
    };
    let record_path = staging.record_path();
    let carry = driver::Carry {
        record: previous.as_ref().filter(|r| r.same_global(global)),
        global,
        unloaded: &digests,
    };
    // On an error the staging folder is dropped, which removes it.
    let driven = driver::drive(&prepared, options, &sink, false, Some(&carry))
        .map_err(|e| prepared.fail(e))?;
    let same = sink.same.load(std::sync::atomic::Ordering::Relaxed);
    let stamps = sink.into_stamps();
    // No record while the site is swapped: a build killed then leaves none, and the next
    // one renders everything.
    match std::fs::remove_file(&record_path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
            return Err(prepared.fail(Diagnostics(vec![cannot_write(e)])));
        }
        _ => {}
    }
    let committed = match &previous {
        Some(record) => staging.commit_listed(record.files.keys().cloned().collect()),
        None => staging.commit(),
    };
    committed.map_err(|e| prepared.fail(Diagnostics(vec![cannot_write(e)])))?;
    prepared.diags.extend(prepared.messages.take_problems());
    prepared.diags.sort();
    let summary = Summary::of(&prepared.site, &digests, driven.next_change.clone());
    let unloaded_count = digests.len();
    for ((_, group), digest) in unloaded.iter_mut().zip(digests) {
        group.digest = digest;
    }
    if let Some(keys) = &driven.keys {
        let record = incremental::Made {
            global,
            inputs: &inputs,
            site: &prepared.site,
            date: prepared.date,
            keys,
            digests: driven.digests,
            unloaded,
            stamps,
            summary: summary.clone(),
            pages: driven.counts.pages,
            warnings: &prepared.diags,
        }
        .record();
        // Without a record the next build is a full one: nothing is lost but time.
        let _ = record.write(&record_path);
        drop_later(record);
    }
    let driver::Prepared {
        site,
        messages,
        theme,
        diags,
        date,
    } = prepared;
    drop_later((site, messages, theme, previous, full_files));
    Ok(Written {
        summary,
        warnings: diags,
        date,
        dir,
        files: driven.counts.files,
        pages: driven.counts.pages,
        carried: driven.carried,
        same,
        unloaded: unloaded_count,
    })
}

/// The folder a build writes to: `--output`, else site.toml's `output_dir`, under `root`.
pub fn output_dir(root: &Path, site: &Site, options: &BuildOptions) -> PathBuf {
    match &options.output_dir {
        Some(dir) => dir.clone(),
        None => root.join(&site.config.build.output_dir),
    }
}
