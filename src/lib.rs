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
pub mod guard;
pub mod i18n;
pub mod links;
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
pub mod staging;

use std::collections::{BTreeMap, BTreeSet, HashMap};
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
    let state = State::build(root, options, false)?;
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
    plan: plan::Plan,
    /// Per company, in the site's order.
    caches: Vec<render::CompanyCache>,
    /// The sitemap entries of the site-wide pages.
    site_sitemap: String,
    /// The sitemap entries of each company's pages, in the site's order.
    company_sitemaps: Vec<String>,
    /// What a later rebuild reuses; kept by sessions only.
    memo: Option<Memo>,
    date: Date,
    output: Output,
    warnings: Diagnostics,
    /// How many pages and feeds the last build or rebuild rendered from templates.
    rendered: usize,
}

#[derive(Default)]
struct Memo {
    revisions: load::RevisionMemo,
    /// Per output file: the fingerprint of the context it was rendered from.
    fingerprints: HashMap<String, u128>,
}

/// A partial rebuild that failed: its errors, and whether the state is still as before.
struct PartialFailure {
    errors: Diagnostics,
    intact: bool,
}

/// What a partial rebuild changed: the output paths changed, and the warnings now.
struct PartialRebuild {
    changed: Vec<String>,
    rendered: usize,
    warnings: Diagnostics,
}

impl State {
    /// Builds the whole site; `keep` keeps what later partial rebuilds reuse.
    fn build(root: &Path, options: &BuildOptions, keep: bool) -> Result<State, Diagnostics> {
        let date = build_date(options.date)
            .map_err(|e| Diagnostics(vec![Diagnostic::error("SOURCE_DATE_EPOCH", e)]))?;
        let mut memo = keep.then(Memo::default);
        let (site, mut diags) = load::load_site_with(
            root,
            LoadOptions {
                drafts: options.drafts,
            },
            memo.as_mut().map(|m| &mut m.revisions),
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
        let theme = render::Theme::load(
            root,
            &site.config.theme,
            site.config.build.minify,
            messages.clone(),
            &mut diags,
        );
        let theme = match theme {
            Some(t) if !diags.has_errors() => t,
            _ => {
                diags.sort();
                return Err(diags);
            }
        };
        let minify = site.config.build.minify;
        let caches: Vec<render::CompanyCache> = site
            .companies
            .par_iter()
            .map(|c| render::CompanyCache::new(c, minify))
            .collect();
        let plan = plan::Plan::new(&site, date);
        let fail = |mut errors: Diagnostics| {
            errors.extend(diags.0.iter().cloned());
            errors.sort();
            errors
        };
        let pages: Vec<&plan::Page> = plan.pages().collect();
        let rendered = render::render_pages(
            &site,
            &plan,
            &theme,
            &messages,
            &caches,
            &pages,
            memo.as_ref().map(|m| &m.fingerprints),
        )
        .map_err(fail)?;
        let site_sitemap = render::sitemap_entries(&site, plan.site_pages.iter());
        let company_sitemaps: Vec<String> = plan
            .company_pages
            .par_iter()
            .map(|pages| render::sitemap_entries(&site, pages.iter()))
            .collect();
        let generated = render::sitemap_and_robots(&site, &theme, &site_sitemap, &company_sitemaps)
            .map_err(fail)?;
        // Pages win over static files of the same path; the sitemap and robots.txt over both.
        let mut files = theme.statics.clone();
        let taken = take_in(
            rendered,
            generated,
            &mut files,
            memo.as_mut().map(|m| &mut m.fingerprints),
        );
        diags.extend(messages.take_problems());
        diags.sort();
        Ok(State {
            site,
            messages,
            theme,
            plan,
            caches,
            site_sitemap,
            company_sitemaps,
            memo,
            date,
            output: Output { files },
            warnings: diags,
            rendered: taken.templated,
        })
    }

    /// Reloads the companies `slugs` and renders again those of their pages and of the
    /// site-wide pages whose context changed. `Ok(None)` when the change needs a full
    /// build instead: the state keeps no memo, or a locale appeared that the messages were
    /// not loaded for.
    fn rebuild_companies(
        &mut self,
        root: &Path,
        options: &BuildOptions,
        slugs: &BTreeSet<String>,
    ) -> Result<Option<PartialRebuild>, PartialFailure> {
        let Some(memo) = self.memo.as_mut() else {
            return Ok(None);
        };
        let load_options = LoadOptions {
            drafts: options.drafts,
        };
        let mut reloaded = Vec::new();
        let mut load_warnings = Diagnostics::default();
        for slug in slugs {
            let (company, found) =
                load::load_company(root, slug, load_options, Some(&mut memo.revisions)).map_err(
                    |errors| PartialFailure {
                        errors,
                        intact: true,
                    },
                )?;
            load_warnings.extend(found.0);
            if let Some(c) = &company
                && c.locales
                    .iter()
                    .any(|l| !self.messages.knows(l.locale.as_str()))
            {
                return Ok(None);
            }
            reloaded.push((slug.clone(), company));
        }

        // Take the new companies in, noting the files their old pages had.
        let minify = self.site.config.build.minify;
        let mut old_files: BTreeSet<String> = BTreeSet::new();
        let mut companies_moved = false;
        for (slug, company) in reloaded {
            let at = self
                .site
                .companies
                .binary_search_by(|c| c.slug.as_str().cmp(&slug));
            if let Ok(i) = at {
                old_files.extend(
                    self.plan.company_pages[i]
                        .iter()
                        .map(|p| plan::paths::file(&p.path)),
                );
            }
            match (company, at) {
                (Some(c), Ok(i)) => {
                    let before = (&self.site.companies[i], &self.caches[i]);
                    self.caches[i] = render::CompanyCache::update(&c, Some(before), minify);
                    self.site.companies[i] = c;
                }
                (Some(c), Err(i)) => {
                    self.caches.insert(i, render::CompanyCache::new(&c, minify));
                    self.site.companies.insert(i, c);
                    self.company_sitemaps.insert(i, String::new());
                    companies_moved = true;
                }
                (None, Ok(i)) => {
                    self.caches.remove(i);
                    self.site.companies.remove(i);
                    self.company_sitemaps.remove(i);
                    companies_moved = true;
                }
                (None, Err(_)) => {}
            }
        }
        let touched: Vec<usize> = self
            .site
            .companies
            .iter()
            .enumerate()
            .filter(|(_, c)| slugs.contains(&c.slug))
            .map(|(i, _)| i)
            .collect();
        if companies_moved {
            // Pages name companies by index, and the indexes moved.
            self.plan = plan::Plan::new(&self.site, self.date);
        } else {
            for &i in &touched {
                self.plan.replan_company(&self.site, i);
            }
        }

        // From here on the state is changed: a failure must be followed by a full build.
        let changed_state = |errors| PartialFailure {
            errors,
            intact: false,
        };
        let pages: Vec<&plan::Page> = self
            .plan
            .site_pages
            .iter()
            .chain(touched.iter().flat_map(|&i| &self.plan.company_pages[i]))
            .collect();
        let rendered = render::render_pages(
            &self.site,
            &self.plan,
            &self.theme,
            &self.messages,
            &self.caches,
            &pages,
            Some(&memo.fingerprints),
        )
        .map_err(changed_state)?;
        // The sitemap is written again only when a company's entries changed (most edits
        // change no address and no date).
        let mut sitemap_changed = companies_moved;
        for &i in &touched {
            let entries = render::sitemap_entries(&self.site, self.plan.company_pages[i].iter());
            if entries != self.company_sitemaps[i] {
                self.company_sitemaps[i] = entries;
                sitemap_changed = true;
            }
        }
        let generated = match sitemap_changed {
            true => render::sitemap_and_robots(
                &self.site,
                &self.theme,
                &self.site_sitemap,
                &self.company_sitemaps,
            )
            .map_err(changed_state)?
            .into(),
            false => Vec::new(),
        };

        let files = &mut self.output.files;
        let taken = take_in(rendered, generated, files, Some(&mut memo.fingerprints));
        self.rendered = taken.templated;
        let mut changed = taken.changed;
        for gone in old_files.difference(&taken.pages) {
            memo.fingerprints.remove(gone);
            changed.push(gone.clone());
            // A static file of the same path, hidden by the page, shows again.
            match self.theme.statics.get(gone) {
                Some(bytes) => files.insert(gone.clone(), bytes.clone()),
                None => files.remove(gone),
            };
        }
        changed.sort();
        changed.dedup();

        // The warnings about these companies' sources are now the reloaded ones.
        let folders: Vec<PathBuf> = slugs.iter().map(|s| Path::new("content").join(s)).collect();
        self.warnings
            .0
            .retain(|d| !folders.iter().any(|f| d.file.starts_with(f)));
        self.warnings.extend(load_warnings.0);
        self.warnings.extend(self.messages.take_problems());
        self.warnings.sort();
        Ok(Some(PartialRebuild {
            changed,
            rendered: self.rendered,
            warnings: self.warnings.clone(),
        }))
    }
}

/// What [`take_in`] took.
struct Taken {
    /// The files whose bytes changed or are new.
    changed: Vec<String>,
    /// The files of the pages rendered or found unchanged.
    pages: BTreeSet<String>,
    /// How many pages were rendered from templates.
    templated: usize,
}

/// Takes rendered pages, then the `generated` files, into `files`, and the pages'
/// fingerprints into `fingerprints`.
fn take_in(
    rendered: Vec<render::RenderedPage>,
    generated: impl IntoIterator<Item = (String, Vec<u8>)>,
    files: &mut BTreeMap<String, Vec<u8>>,
    mut fingerprints: Option<&mut HashMap<String, u128>>,
) -> Taken {
    let mut taken = Taken {
        changed: Vec::new(),
        pages: BTreeSet::new(),
        templated: rendered.iter().filter(|p| p.templated).count(),
    };
    let mut put = |file: String, bytes: Vec<u8>| {
        if files.get(&file) != Some(&bytes) {
            taken.changed.push(file.clone());
            files.insert(file, bytes);
        }
    };
    for page in rendered {
        if let (Some(memo), Some(fingerprint)) = (fingerprints.as_deref_mut(), page.fingerprint) {
            memo.insert(page.file.clone(), fingerprint);
        }
        taken.pages.insert(page.file.clone());
        if let Some(bytes) = page.bytes {
            put(page.file, bytes);
        }
    }
    for (file, bytes) in generated {
        put(file, bytes);
    }
    taken
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
    // Only this company is loaded: another one's broken source does not stop a diff.
    let config = load::load_settings(root)?;
    let options = LoadOptions {
        drafts: options.drafts,
    };
    let (found, mut diags) = match load::is_slug(company) {
        true => load::load_company(root, company, options, None)?,
        false => (None, Diagnostics::default()),
    };
    let company_model = found.ok_or_else(|| {
        fail(format!(
            "no company {company:?}: expected one of {}",
            load::company_folders(root).join(", ")
        ))
    })?;
    let company_model = &company_model;
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
    let theme_dir = render::Theme::dir(root, &config.theme);
    let messages = i18n::Messages::load(
        root,
        theme_dir.as_deref(),
        &config.default_locale,
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
