//! The build state: everything one build made (the model, messages, theme, plan, each
//! company's prose and diff cache, the sitemap's parts and the output), kept by
//! `Session` so that a change to one company's sources is rebuilt in part:
//! only its changed files are parsed again, and only the pages whose context changed are
//! rendered again. [`crate::build`] makes one and keeps only its output.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use jiff::civil::Date;
use rayon::prelude::*;

use crate::build::output::Output;
use crate::build::staging::Staging;
use crate::build::{BuildOptions, Written, build_date, progress};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::model::{self, Site, config};
use crate::source::load::{self, LoadOptions};
use crate::text::i18n;
use crate::{plan, render};

/// Everything a build made, kept so that a later change can be rebuilt in part.
pub(crate) struct State {
    pub(crate) site: Site,
    pub(crate) messages: Arc<i18n::Messages>,
    pub(crate) theme: render::Theme,
    pub(crate) plan: plan::Plan,
    /// Per company, in the site's order.
    pub(crate) caches: Vec<render::CompanyCache>,
    /// The sitemap entries of the site-wide pages.
    pub(crate) site_sitemap: String,
    /// The sitemap entries of each company's pages, in the site's order.
    pub(crate) company_sitemaps: Vec<String>,
    /// What a later rebuild reuses; kept by sessions only.
    pub(crate) memo: Option<Memo>,
    pub(crate) date: Date,
    pub(crate) output: Output,
    pub(crate) warnings: Diagnostics,
    /// How many pages and feeds the last build or rebuild rendered from templates.
    pub(crate) rendered: usize,
}

#[derive(Default)]
pub(crate) struct Memo {
    pub(crate) revisions: load::RevisionMemo,
    /// Per output file: the fingerprint of the context it was rendered from.
    pub(crate) fingerprints: HashMap<String, u128>,
}

/// A partial rebuild that failed: its errors, and whether the state is still as before.
pub(crate) struct PartialFailure {
    pub(crate) errors: Diagnostics,
    pub(crate) intact: bool,
}

/// What a partial rebuild changed: the output paths changed, and the warnings now.
pub(crate) struct PartialRebuild {
    pub(crate) changed: Vec<String>,
    pub(crate) rendered: usize,
    pub(crate) warnings: Diagnostics,
}

impl State {
    /// Builds the whole site; `keep` keeps what later partial rebuilds reuse.
    pub(crate) fn build(
        root: &Path,
        options: &BuildOptions,
        keep: bool,
    ) -> Result<State, Diagnostics> {
        let mut memo = keep.then(Memo::default);
        let Prepared {
            site,
            messages,
            theme,
            mut diags,
            date,
        } = prepare(root, options, memo.as_mut())?;
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
        let rendered =
            progress::in_chunks(options.progress.as_ref(), "rendering", &pages, |pages| {
                render::render_pages(
                    &site,
                    &plan,
                    &theme,
                    &messages,
                    &caches,
                    pages,
                    memo.as_ref().map(|m| &m.fingerprints),
                )
            })
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
    pub(crate) fn rebuild_companies(
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
            // The history was read once, by the full build: a partial rebuild reuses it.
            let mut company = company;
            if let Some(c) = company.as_mut() {
                self.site.git.apply(c);
            }
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

/// A site loaded, with its messages and theme: what every build starts from.
struct Prepared {
    site: Site,
    messages: Arc<i18n::Messages>,
    theme: render::Theme,
    /// The warnings so far.
    diags: Diagnostics,
    date: Date,
}

/// Loads the site, its git history, messages and theme; every error found on the way.
fn prepare(
    root: &Path,
    options: &BuildOptions,
    memo: Option<&mut Memo>,
) -> Result<Prepared, Diagnostics> {
    let date = build_date(options.date)
        .map_err(|e| Diagnostics(vec![Diagnostic::error("SOURCE_DATE_EPOCH", e)]))?;
    if let Some(progress) = &options.progress {
        progress.0.step("loading", None);
    }
    let (mut site, mut diags) = load::load_site_with(
        root,
        LoadOptions {
            drafts: options.drafts,
        },
        memo.map(|m| &mut m.revisions),
    )?;
    if let Some(url) = &options.base_url {
        site.config.base_url = config::normalize_base_url(url).map_err(|why| {
            let message = format!("invalid --base-url {url:?}: {why}");
            Diagnostics(vec![Diagnostic::error("--base-url", message)])
        })?;
    }
    crate::source::git::take_in(root, &mut site, &mut diags);
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

/// Builds the whole site into the folder `dir` names for it: each file goes into a
/// staging folder as soon as it is rendered, one company at a time (see
/// [`render::SiteWriter`]), and the staging folder is swapped in for the output folder
/// once every file is there (see [`crate::build::staging`]). On any error the staging folder is
/// removed and the output folder is as it was.
pub(crate) fn write(
    root: &Path,
    options: &BuildOptions,
    dir: impl FnOnce(&Site) -> PathBuf,
) -> Result<Written, Diagnostics> {
    let Prepared {
        site,
        messages,
        theme,
        mut diags,
        date,
    } = prepare(root, options, None)?;
    let fail = |mut errors: Diagnostics, diags: &Diagnostics| {
        errors.extend(diags.0.iter().cloned());
        errors.sort();
        errors
    };
    let dir = dir(&site);
    let shown = dir.display().to_string();
    let cannot_write =
        |e: std::io::Error| Diagnostic::error(&shown, format!("cannot write the site: {e}"));
    // Its refusals say what they refuse and why.
    let staging = Staging::begin(&dir, Some(root)).map_err(|e| {
        let d = match e.kind() {
            std::io::ErrorKind::Other | std::io::ErrorKind::WouldBlock => {
                Diagnostic::error(&shown, e.to_string())
            }
            _ => cannot_write(e),
        };
        fail(Diagnostics(vec![d]), &diags)
    })?;
    let put = |path: &str, bytes: Vec<u8>| -> Result<(), Diagnostic> {
        staging
            .put(path, &bytes)
            .map_err(|e| Diagnostic::error(&shown, format!("cannot write the site: {path}: {e}")))
    };
    let plan = plan::Plan::new(&site, date);

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
        .try_for_each(|(path, bytes)| put(path, bytes.to_vec()))
        .map_err(|d| fail(Diagnostics(vec![d]), &diags))?;
    let mut files = statics.len();
    let mut pages = statics.iter().filter(|(p, _)| p.ends_with(".html")).count();

    let writer = render::SiteWriter::new(&site, &plan, &theme, &messages);
    if let Some(progress) = &options.progress {
        let total = plan.pages().count() as u64;
        progress.0.step("rendering", Some(total));
    }
    let results: Vec<Result<render::WrittenCompany, Diagnostics>> = (0..site.companies.len())
        .into_par_iter()
        .map(|ci| {
            let written = writer.company(ci, &put);
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
        return Err(fail(errors, &diags));
    }
    let (site_files, site_pages) = writer
        .site_pages(&companies, &put)
        .map_err(|e| fail(e, &diags))?;
    if let Some(progress) = &options.progress {
        progress.0.advance(plan.site_pages.len() as u64);
    }
    files += site_files + companies.iter().map(|c| c.files).sum::<usize>();
    pages += site_pages + companies.iter().map(|c| c.pages).sum::<usize>();

    let site_sitemap = render::sitemap_entries(&site, plan.site_pages.iter());
    let company_sitemaps: Vec<String> = companies.into_iter().map(|c| c.sitemap).collect();
    let mut generated = render::sitemap_and_robots(&site, &theme, &site_sitemap, &company_sitemaps)
        .map_err(|e| fail(e, &diags))?
        .to_vec();
    generated.push((
        crate::plan::schedule::BUILD_JSON.to_string(),
        crate::plan::schedule::build_json(&site, date).into_bytes(),
    ));
    for (path, bytes) in generated {
        put(&path, bytes).map_err(|d| fail(Diagnostics(vec![d]), &diags))?;
        files += 1;
    }
    staging
        .commit()
        .map_err(|e| fail(Diagnostics(vec![cannot_write(e)]), &diags))?;
    diags.extend(messages.take_problems());
    diags.sort();
    Ok(Written {
        site,
        warnings: diags,
        date,
        dir,
        files,
        pages,
    })
}

/// The files a build makes besides the pages, written last: they take the place of a
/// static file or page of the same path.
const GENERATED: &[&str] = &[
    "sitemap.xml",
    "robots.txt",
    crate::plan::schedule::BUILD_JSON,
];

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
