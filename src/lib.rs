//! privsite: privacy policies written as TOML, built into a versioned, multilingual site.
//!
//! The pipeline runs one way: [`load`] reads and validates the sources into the plain
//! [`model`]; [`plan`] decides the pages and what the build date makes of each revision;
//! [`render`] turns them into files in parallel; [`output`] keeps them in memory or swaps
//! them onto disk. The library never prints: it returns files and [`Diagnostics`].

pub mod builtin;
pub mod changes;
pub mod check;
pub mod config;
pub mod countries;
pub mod diagnostic;
pub mod diff;
pub mod export;
pub mod i18n;
pub mod load;
pub mod markdown;
pub mod model;
pub mod output;
pub mod plan;
pub mod render;
pub mod scaffold;
pub mod schema;
pub mod serve;
pub mod session;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use jiff::civil::Date;
use rayon::prelude::*;

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
    let state = State::build(root, options)?;
    Ok(Built {
        site: state.site,
        output: state.output,
        warnings: state.warnings,
        date: state.date,
    })
}

/// Everything a build made, kept so that a later change can be rebuilt in part.
struct State {
    site: Site,
    messages: Arc<i18n::Messages>,
    theme: render::Theme,
    /// Per company slug.
    caches: std::collections::BTreeMap<String, render::CompanyCache>,
    date: Date,
    output: Output,
    warnings: Diagnostics,
}

impl State {
    fn build(root: &Path, options: &BuildOptions) -> Result<State, Diagnostics> {
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
        let minify = site.config.build.minify;
        let caches: std::collections::BTreeMap<String, render::CompanyCache> = site
            .companies
            .par_iter()
            .map(|c| (c.slug.clone(), render::CompanyCache::new(c, minify)))
            .collect();
        let mut state = State {
            site,
            messages,
            theme,
            caches,
            date,
            output: Output::default(),
            warnings: Diagnostics::default(),
        };
        let files = state.render(&|_| true).map_err(|mut errors| {
            errors.extend(diags.0.iter().cloned());
            errors.sort();
            errors
        })?;
        diags.extend(state.messages.take_problems());
        diags.sort();
        state.output = Output { files };
        state.warnings = diags;
        Ok(state)
    }

    /// Renders the pages `wanted` picks, with a plan made afresh from the model.
    fn render(
        &self,
        wanted: &(dyn Fn(&plan::Page) -> bool + Sync),
    ) -> Result<std::collections::BTreeMap<String, Vec<u8>>, Diagnostics> {
        let plan = plan::Plan::new(&self.site, self.date);
        let caches: Vec<&render::CompanyCache> = self
            .site
            .companies
            .iter()
            .map(|c| &self.caches[&c.slug])
            .collect();
        render::render_pages(
            &self.site,
            &plan,
            &self.theme,
            &self.messages,
            &caches,
            wanted,
        )
    }

    /// Reloads the companies `slugs` and re-renders their pages and the site-wide pages
    /// that list them. `Ok(None)` when the change needs a full build instead (a locale
    /// the messages were not loaded for). On error nothing has changed.
    fn rebuild_companies(
        &mut self,
        root: &Path,
        options: &BuildOptions,
        slugs: &BTreeSet<String>,
    ) -> Result<Option<Diagnostics>, Diagnostics> {
        let load_options = LoadOptions {
            drafts: options.drafts,
        };
        let mut reloaded = Vec::new();
        let mut warnings = Diagnostics::default();
        for slug in slugs {
            let (company, found) = load::load_company(root, slug, load_options)?;
            warnings.extend(found.0);
            if let Some(c) = &company
                && c.locales
                    .iter()
                    .any(|l| !self.messages.knows(l.locale.as_str()))
            {
                return Ok(None);
            }
            reloaded.push((slug.clone(), company));
        }
        let minify = self.site.config.build.minify;
        for (slug, company) in reloaded {
            let at = self
                .site
                .companies
                .binary_search_by(|c| c.slug.as_str().cmp(&slug));
            match (company, at) {
                (Some(c), Ok(i)) => {
                    self.caches
                        .insert(slug, render::CompanyCache::new(&c, minify));
                    self.site.companies[i] = c;
                }
                (Some(c), Err(i)) => {
                    self.caches
                        .insert(slug, render::CompanyCache::new(&c, minify));
                    self.site.companies.insert(i, c);
                }
                (None, Ok(i)) => {
                    self.caches.remove(&slug);
                    self.site.companies.remove(i);
                }
                (None, Err(_)) => {}
            }
        }
        let touched: BTreeSet<usize> = self
            .site
            .companies
            .iter()
            .enumerate()
            .filter(|(_, c)| slugs.contains(&c.slug))
            .map(|(i, _)| i)
            .collect();
        let files = self.render(&|page| match plan::company_of(&page.kind) {
            Some(ci) => touched.contains(&ci),
            None => true,
        })?;
        // The old files of the touched companies go; the new ones come in.
        self.output.files.retain(|path, _| {
            !slugs
                .iter()
                .any(|s| path.starts_with(s.as_str()) && path[s.len()..].starts_with('/'))
        });
        self.output.files.extend(files);
        warnings.extend(self.messages.take_problems());
        warnings.sort();
        Ok(Some(warnings))
    }
}

/// Two revisions of one company's locale compared, with the comparison told in that
/// locale's words: what `privsite diff` prints.
#[derive(Debug)]
pub struct Comparison {
    pub company: String,
    pub locale: model::Locale,
    pub old: model::Revision,
    pub new: model::Revision,
    pub diff: diff::RevisionDiff,
    pub summary: String,
    pub processor_changes: Vec<changes::ChangeLine>,
    pub warnings: Diagnostics,
}

/// Compares two revisions of `company` in `locale`. `to` defaults to the revision in force
/// on the build date (or the first one, if none is yet), `from` to the one before `to`.
pub fn compare(
    root: &Path,
    options: &BuildOptions,
    company: &str,
    locale: &str,
    from: Option<Date>,
    to: Option<Date>,
) -> Result<Comparison, Diagnostics> {
    let fail = |message: String| Diagnostics(vec![Diagnostic::error("content", message)]);
    let date = build_date(options.date).map_err(&fail)?;
    let (site, mut diags) = load::load_site(
        root,
        LoadOptions {
            drafts: options.drafts,
        },
    )?;
    let company_model = site.company(company).ok_or_else(|| {
        let known: Vec<&str> = site.companies.iter().map(|c| c.slug.as_str()).collect();
        fail(format!(
            "no company {company:?}: expected one of {}",
            known.join(", ")
        ))
    })?;
    let history = company_model
        .locales
        .iter()
        .find(|l| l.locale.as_str() == locale)
        .ok_or_else(|| {
            let known: Vec<&str> = company_model
                .locales
                .iter()
                .map(|l| l.locale.as_str())
                .collect();
            fail(format!(
                "{company} has no locale {locale:?}: expected one of {}",
                known.join(", ")
            ))
        })?;
    let dates: Vec<String> = history
        .revisions
        .iter()
        .map(|r| r.date.to_string())
        .collect();
    let find = |d: Date| {
        history
            .revisions
            .iter()
            .position(|r| r.date == d)
            .ok_or_else(|| {
                fail(format!(
                    "{company}/{locale} has no revision dated {d}: expected one of {}",
                    dates.join(", ")
                ))
            })
    };
    let to_index = match to {
        Some(d) => find(d)?,
        None => history
            .revisions
            .iter()
            .rposition(|r| r.date <= date)
            .unwrap_or(0),
    };
    let from_index = match from {
        Some(d) => find(d)?,
        None => to_index.checked_sub(1).ok_or_else(|| {
            fail(format!(
                "{company}/{locale} has only one revision up to {}: nothing to compare it with",
                dates[to_index]
            ))
        })?,
    };
    let (old, new) = (
        history.revisions[from_index].clone(),
        history.revisions[to_index].clone(),
    );
    let locales: BTreeSet<model::Locale> = [history.locale.clone()].into();
    let theme_dir = render::Theme::dir(root, &site.config.theme);
    let messages = i18n::Messages::load(
        root,
        theme_dir.as_deref(),
        &site.config.default_locale,
        &locales,
        &mut diags,
    );
    let diff = diff::diff_revisions(&old, &new);
    Ok(Comparison {
        company: company.to_string(),
        summary: changes::summary(&messages, locale, &diff.counts),
        processor_changes: changes::processor_lines(&messages, locale, &diff.processors),
        locale: history.locale.clone(),
        old,
        new,
        diff,
        warnings: diags,
    })
}

/// The folder a build writes to: `--output`, else site.toml's `output_dir`, under `root`.
pub fn output_dir(root: &Path, site: &Site, options: &BuildOptions) -> PathBuf {
    match &options.output_dir {
        Some(dir) => dir.clone(),
        None => root.join(&site.config.build.output_dir),
    }
}
