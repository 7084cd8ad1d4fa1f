//! privsite: privacy policies written as TOML, built into a versioned, multilingual site.
//!
//! The pipeline runs one way: [`load`] reads and validates the sources into the plain
//! [`model`]; [`plan`] decides the pages and what the build date makes of each revision;
//! [`render`] turns them into files in parallel; [`output`] keeps them in memory or swaps
//! them onto disk. The library never prints: it returns files and [`Diagnostics`].

pub mod builtin;
pub mod config;
pub mod countries;
pub mod diagnostic;
pub mod diff;
pub mod i18n;
pub mod load;
pub mod markdown;
pub mod model;
pub mod output;
pub mod plan;
pub mod render;
pub mod serve;
pub mod session;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use jiff::civil::Date;

pub use diagnostic::{Diagnostic, Diagnostics, Severity};
pub use load::LoadOptions;
pub use model::Site;
pub use output::Output;

/// What `privsite build` was asked for.
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    /// The day the build takes as today; see [`build_date`].
    pub date: Option<Date>,
    pub drafts: bool,
    /// Overrides `[build] output_dir` of site.toml.
    pub output_dir: Option<PathBuf>,
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

/// Loads, validates and renders the site under `root` into memory.
pub fn build(root: &Path, options: &BuildOptions) -> Result<Built, Diagnostics> {
    let date = build_date(options.date)
        .map_err(|e| Diagnostics(vec![Diagnostic::error("SOURCE_DATE_EPOCH", e)]))?;
    let (site, mut diags) = load::load_site(
        root,
        LoadOptions {
            drafts: options.drafts,
        },
    )?;
    let locales: BTreeSet<model::Locale> = site
        .companies
        .iter()
        .flat_map(|c| c.locales.iter().map(|l| l.locale.clone()))
        .collect();
    let theme_dir = render::Theme::dir(root, &site.config.theme);
    let messages = Arc::new(i18n::Messages::load(
        root,
        theme_dir.as_deref(),
        &site.config.default_locale,
        &locales,
        &mut diags,
    ));
    let theme = render::Theme::load(root, &site.config.theme, messages.clone(), &mut diags);
    let theme = match theme {
        Some(t) if !diags.has_errors() => t,
        _ => {
            diags.sort();
            return Err(diags);
        }
    };
    let plan = plan::Plan::new(&site, date);
    let files = render::render_site(&site, &plan, &theme, &messages).map_err(|mut errors| {
        errors.extend(diags.0.iter().cloned());
        errors.sort();
        errors
    })?;
    diags.extend(messages.take_problems());
    diags.sort();
    Ok(Built {
        site,
        output: Output { files },
        warnings: diags,
        date,
    })
}

/// The folder a build writes to: `--output`, else site.toml's `output_dir`, under `root`.
pub fn output_dir(root: &Path, site: &Site, options: &BuildOptions) -> PathBuf {
    match &options.output_dir {
        Some(dir) => dir.clone(),
        None => root.join(&site.config.build.output_dir),
    }
}
