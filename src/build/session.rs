//! A site kept built in memory across source changes, for `privsite serve`. A change
//! inside one company's folder reloads that company and re-renders its pages and the
//! site-wide pages that list it; any other change (site.toml, templates, messages, static
//! files) rebuilds everything. A rebuild that fails leaves the last good output in place.

use std::collections::BTreeSet;
use std::path::{Component, Path, PathBuf};
use std::time::{Duration, Instant};

use crate::build::state::State;
use crate::{BuildOptions, Diagnostics, Output, Site};

/// What a rebuild did.
#[derive(Debug)]
pub struct Rebuilt {
    /// Output paths whose bytes changed, appeared or went away, sorted.
    pub changed: Vec<String>,
    /// Pages and feeds rendered from templates: in a partial rebuild, those whose context
    /// changed; in a full build, all.
    pub rendered: usize,
    /// HTML pages in the site now.
    pub pages: usize,
    pub warnings: Diagnostics,
    pub elapsed: Duration,
    /// The companies rebuilt alone, or `None` for a full build.
    pub companies: Option<Vec<String>>,
}

pub struct Session {
    root: PathBuf,
    options: BuildOptions,
    state: Option<State>,
    /// Set when a partial rebuild failed half-way: the next one must be whole.
    needs_full: bool,
}

/// What a set of changed paths calls for.
#[derive(Debug, PartialEq, Eq)]
enum Scope {
    Full,
    Companies(BTreeSet<String>),
}

impl Session {
    pub fn new(root: &Path, options: BuildOptions) -> Session {
        Session {
            root: root.to_path_buf(),
            options,
            state: None,
            needs_full: true,
        }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The last output that built, if any has.
    pub fn output(&self) -> Option<&Output> {
        self.state.as_ref().map(|s| &s.output)
    }

    /// The site of the last output that built, if any has.
    pub fn site(&self) -> Option<&Site> {
        self.state.as_ref().map(|s| &s.site)
    }

    /// Rebuilds after the sources at `changed` (absolute, or relative to the root)
    /// changed; an empty list means everything. On failure the last good output stays.
    pub fn rebuild(&mut self, changed: &[PathBuf]) -> Result<Rebuilt, Diagnostics> {
        let started = Instant::now();
        let scope = if self.needs_full || self.state.is_none() || changed.is_empty() {
            Scope::Full
        } else {
            scope_of(&self.root, changed)
        };
        if let (Scope::Companies(slugs), Some(state)) = (&scope, self.state.as_mut()) {
            match state.rebuild_companies(&self.root, &self.options, slugs) {
                Ok(Some(rebuilt)) => {
                    return Ok(Rebuilt {
                        changed: rebuilt.changed,
                        rendered: rebuilt.rendered,
                        pages: state.output.pages(),
                        warnings: rebuilt.warnings,
                        elapsed: started.elapsed(),
                        companies: Some(slugs.iter().cloned().collect()),
                    });
                }
                Ok(None) => {} // needs the full build below
                Err(failure) => {
                    // A failure while loading leaves the state as it was, so the next
                    // rebuild may stay partial; one later on must be followed by a whole one.
                    self.needs_full = !failure.intact;
                    return Err(failure.errors);
                }
            }
        }
        let state = State::build(&self.root, &self.options)?;
        let changed = match &self.state {
            Some(old) => state.output.changed_since(&old.output),
            None => state.output.files.keys().cloned().collect(),
        };
        let report = Rebuilt {
            rendered: state.rendered,
            changed,
            pages: state.output.pages(),
            warnings: state.warnings.clone(),
            elapsed: started.elapsed(),
            companies: None,
        };
        self.state = Some(state);
        self.needs_full = false;
        Ok(report)
    }
}

/// A change inside `content/<company>/` touches that company alone; anything else, the
/// whole site.
fn scope_of(root: &Path, changed: &[PathBuf]) -> Scope {
    let mut slugs = BTreeSet::new();
    for path in changed {
        let rel = path.strip_prefix(root).unwrap_or(path);
        let parts: Vec<&str> = rel
            .components()
            .filter_map(|c| match c {
                Component::Normal(s) => s.to_str(),
                _ => None,
            })
            .collect();
        match parts.as_slice() {
            ["content", company, ..] if crate::source::load::is_slug(company) => {
                slugs.insert(company.to_string());
            }
            _ => return Scope::Full,
        }
    }
    Scope::Companies(slugs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changes_inside_a_company_touch_only_it() {
        let root = Path::new("/site");
        let scope = scope_of(
            root,
            &[
                PathBuf::from("/site/content/acme/en/2024-01-01.toml"),
                PathBuf::from("content/beta/company.toml"),
            ],
        );
        assert_eq!(
            scope,
            Scope::Companies(["acme".to_string(), "beta".to_string()].into())
        );
        for whole in [
            "/site/site.toml",
            "/site/templates/base.html",
            "/site/locales/sv/x.ftl",
            "/site/content/README.md",
            "/site/content",
        ] {
            assert_eq!(
                scope_of(root, &[PathBuf::from(whole)]),
                Scope::Full,
                "{whole}"
            );
        }
    }
}
