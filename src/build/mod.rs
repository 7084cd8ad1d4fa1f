//! Building a site: the driver that loads the sources, plans and renders the pages and
//! hands every file to its sink (a staging folder swapped in whole for `privsite build`,
//! memory for `privsite serve` and tests), the progress it reports, and the live session
//! `serve` keeps.

mod driver;
pub mod output;
pub mod progress;
pub mod session;
pub mod staging;
mod state;

use std::path::{Path, PathBuf};

use jiff::civil::Date;

use crate::build::output::Output;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::model::Site;

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
    let mut prepared = driver::prepare(root, options, None)?;
    let sink = driver::MemorySink::default();
    driver::drive(&prepared, options, &sink, false).map_err(|e| prepared.fail(e))?;
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

/// A site built and written to its output folder, with the warnings met on the way.
#[derive(Debug)]
pub struct Written {
    pub site: Site,
    pub warnings: Diagnostics,
    pub date: Date,
    /// The output folder written.
    pub dir: PathBuf,
    /// How many files were written, and how many of them are HTML pages.
    pub files: usize,
    pub pages: usize,
}

/// Loads, validates and renders the site under `root` into its output folder (see
/// [`output_dir`]): each file goes into a staging folder as it is rendered, and the
/// staging folder replaces the output folder whole once every file is there. On any error
/// (a source, a template, the output folder refused, a write failing) nothing is replaced
/// and every error found is returned. The files are those [`build`] makes in memory.
pub fn build_and_write(root: &Path, options: &BuildOptions) -> Result<Written, Diagnostics> {
    let mut prepared = driver::prepare(root, options, None)?;
    let dir = output_dir(root, &prepared.site, options);
    let shown = dir.display().to_string();
    let cannot_write =
        |e: std::io::Error| Diagnostic::cannot_run(&shown, format!("cannot write the site: {e}"));
    // Its refusals say what they refuse and why.
    let staging = staging::Staging::begin(&dir, Some(root)).map_err(|e| {
        let d = match e.kind() {
            std::io::ErrorKind::Other | std::io::ErrorKind::WouldBlock => {
                Diagnostic::cannot_run(&shown, e.to_string())
            }
            _ => cannot_write(e),
        };
        prepared.fail(Diagnostics(vec![d]))
    })?;
    let sink = driver::StagingSink {
        staging: &staging,
        shown: shown.clone(),
    };
    // On an error the staging folder is dropped, which removes it.
    let driven = driver::drive(&prepared, options, &sink, false).map_err(|e| prepared.fail(e))?;
    staging
        .commit()
        .map_err(|e| prepared.fail(Diagnostics(vec![cannot_write(e)])))?;
    prepared.diags.extend(prepared.messages.take_problems());
    prepared.diags.sort();
    Ok(Written {
        site: prepared.site,
        warnings: prepared.diags,
        date: prepared.date,
        dir,
        files: driven.counts.files,
        pages: driven.counts.pages,
    })
}

/// The folder a build writes to: `--output`, else site.toml's `output_dir`, under `root`.
pub fn output_dir(root: &Path, site: &Site, options: &BuildOptions) -> PathBuf {
    match &options.output_dir {
        Some(dir) => dir.clone(),
        None => root.join(&site.config.build.output_dir),
    }
}
