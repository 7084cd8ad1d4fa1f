//! A site kept built in memory across source changes, for `privsite serve`: each rebuild
//! either replaces the output whole or fails and leaves the last good output in place.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::{BuildOptions, Built, Diagnostics, Output, Site, build};

/// What a rebuild did.
#[derive(Debug)]
pub struct Rebuilt {
    /// Output paths whose bytes changed, appeared or went away, sorted.
    pub changed: Vec<String>,
    /// HTML pages in the site now.
    pub pages: usize,
    pub warnings: Diagnostics,
    pub elapsed: Duration,
}

pub struct Session {
    root: PathBuf,
    options: BuildOptions,
    last_good: Option<Built>,
}

impl Session {
    pub fn new(root: &Path, options: BuildOptions) -> Session {
        Session {
            root: root.to_path_buf(),
            options,
            last_good: None,
        }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The last output that built, if any has.
    pub fn output(&self) -> Option<&Output> {
        self.last_good.as_ref().map(|b| &b.output)
    }

    /// The site of the last output that built, if any has.
    pub fn site(&self) -> Option<&Site> {
        self.last_good.as_ref().map(|b| &b.site)
    }

    /// Rebuilds after the sources at `changed` (absolute paths or relative to the root)
    /// changed; an empty list means everything. On failure the last good output stays.
    pub fn rebuild(&mut self, changed: &[PathBuf]) -> Result<Rebuilt, Diagnostics> {
        let _ = changed;
        let started = Instant::now();
        let built = build(&self.root, &self.options)?;
        let changed = match &self.last_good {
            Some(old) => changed_files(&old.output, &built.output),
            None => built.output.files.keys().cloned().collect(),
        };
        let report = Rebuilt {
            changed,
            pages: built.output.pages(),
            warnings: built.warnings.clone(),
            elapsed: started.elapsed(),
        };
        self.last_good = Some(built);
        Ok(report)
    }
}

/// Paths whose contents differ between two outputs, including added and removed ones.
fn changed_files(old: &Output, new: &Output) -> Vec<String> {
    let mut changed: Vec<String> = new
        .files
        .iter()
        .filter(|(path, bytes)| old.files.get(*path) != Some(*bytes))
        .map(|(path, _)| path.clone())
        .collect();
    changed.extend(
        old.files
            .keys()
            .filter(|p| !new.files.contains_key(*p))
            .cloned(),
    );
    changed.sort();
    changed
}
