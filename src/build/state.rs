//! The build state: everything one build made (the model, messages, theme, plan, each
//! company's prose and diff cache and the output), kept by
//! `Session` so that a change to one company's sources is rebuilt in part:
//! only its changed files are parsed again, and only the pages whose context changed are
//! rendered again. The whole build is [`driver::drive`]'s, into memory.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use jiff::civil::Date;

use crate::build::BuildOptions;
use crate::build::driver::{self, MemorySink};
use crate::build::output::Output;
use crate::diagnostic::Diagnostics;
use crate::model::Site;
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
    /// What a later rebuild reuses.
    pub(crate) memo: Memo,
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
    /// Builds the whole site in memory, keeping what later partial rebuilds reuse.
    pub(crate) fn build(root: &Path, options: &BuildOptions) -> Result<State, Diagnostics> {
        let mut revisions = load::RevisionMemo::default();
        let mut prepared = driver::prepare(root, options, Some(&mut revisions), &[])?;
        let sink = MemorySink::default();
        let driven =
            driver::drive(&prepared, options, &sink, true, None).map_err(|e| prepared.fail(e))?;
        let (files, fingerprints) = sink.into_parts();
        prepared.diags.extend(prepared.messages.take_problems());
        prepared.diags.sort();
        Ok(State {
            site: prepared.site,
            messages: prepared.messages,
            theme: prepared.theme,
            plan: driven.plan,
            caches: driven.caches,
            memo: Memo {
                revisions,
                fingerprints,
            },
            date: prepared.date,
            output: Output { files },
            warnings: prepared.diags,
            rendered: driven.counts.templated,
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
        let memo = &mut self.memo;
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
            let mut units = company;
            for c in &mut units {
                self.site.git.apply(c);
                if !options.drafts && !options.unannounced {
                    let locales = c.locales.len();
                    for (file, announced) in c.hold_unannounced(self.date) {
                        load_warnings.push(crate::build::driver::not_yet_announced(
                            file, announced, self.date,
                        ));
                    }
                    // A locale or company that appears or goes: a whole build.
                    if c.locales.len() != locales {
                        return Ok(None);
                    }
                }
            }
            if units.iter().any(|c| {
                c.locales
                    .iter()
                    .any(|l| !self.messages.knows(l.locale.as_str()))
            }) {
                return Ok(None);
            }
            reloaded.push((slug.clone(), units));
        }

        // Take the new companies in, noting the files their old pages had. A company's
        // documents stay in place when they are the same ones; otherwise indexes move.
        let minify = self.site.config.build.minify;
        let mut old_files: BTreeSet<String> = BTreeSet::new();
        let mut companies_moved = false;
        for (slug, units) in reloaded {
            let companies = &self.site.companies;
            let start = companies.partition_point(|c| c.slug.as_str() < slug.as_str());
            let end = start
                + companies[start..]
                    .iter()
                    .take_while(|c| c.slug == slug)
                    .count();
            for i in start..end {
                old_files.extend(
                    self.plan.company_pages[i]
                        .iter()
                        .map(|p| plan::paths::file(&p.path)),
                );
            }
            let same_documents = end - start == units.len()
                && companies[start..end]
                    .iter()
                    .zip(&units)
                    .all(|(old, new)| old.path == new.path);
            if same_documents {
                for (i, c) in (start..end).zip(units) {
                    let before = (&self.site.companies[i], &self.caches[i]);
                    self.caches[i] =
                        render::CompanyCache::update(&c, Some(before), minify, &|_| true);
                    self.site.companies[i] = c;
                }
                continue;
            }
            companies_moved = true;
            self.caches.drain(start..end);
            self.site.companies.drain(start..end);
            for (offset, c) in units.into_iter().enumerate() {
                self.caches
                    .insert(start + offset, render::CompanyCache::new(&c, minify));
                self.site.companies.insert(start + offset, c);
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
        // The sitemap index, robots.txt and build.json are made again; only what differs
        // from before counts as changed (most edits change no address and no date).
        let generated = driver::generated(
            &self.site,
            &self.plan,
            &[],
            &self.theme,
            self.date,
            plan::schedule::next_change(&self.site, self.date),
        )
        .map_err(changed_state)?;

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
