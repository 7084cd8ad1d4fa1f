//! What `privsite import` writes is held to `privsite build`'s rules before it is written:
//! never through a symbolic link (one leading out of the site, or any link at a file it
//! would replace), and only files that load as a build loads them. The files are loaded
//! in a scratch copy of the site's `site.toml` and the company's folder first, so that a
//! refusal leaves the site as it was.

use std::path::{Path, PathBuf};

use crate::source::load::{LoadOptions, load_site};
use crate::source::symlinks;

/// Refuses to write `files` (paths relative to `root`) through a symbolic link: a folder
/// on the way that leads out of the site, or a link at the file itself.
pub(super) fn no_links(root: &Path, files: &[(PathBuf, String)]) -> Result<(), String> {
    for (rel, _) in files {
        let mut at = root.to_path_buf();
        for part in rel.components() {
            at.push(part);
            let Ok(meta) = std::fs::symlink_metadata(&at) else {
                break;
            };
            if !meta.file_type().is_symlink() {
                continue;
            }
            if at == root.join(rel) {
                return Err(format!(
                    "{} is a symbolic link: import writes no file through a link (replace it with the file, or remove it)",
                    rel.display()
                ));
            }
            if !symlinks::inside(root, &at) {
                return Err(format!(
                    "{} is a symbolic link that leads outside the site folder: import writes nothing outside the site",
                    at.strip_prefix(root).unwrap_or(&at).display()
                ));
            }
        }
    }
    Ok(())
}

/// Loads `files` as the build would, beside the site's `site.toml` and what the company
/// already has, in a scratch folder; `Err` lists what would not build.
pub(super) fn loads(root: &Path, company: &str, files: &[(PathBuf, String)]) -> Result<(), String> {
    let scratch = Scratch::new()?;
    let at = scratch.0.as_path();
    let fail = |p: &Path, e: std::io::Error| format!("{}: {e}", p.display());
    let site_toml = root.join("site.toml");
    if site_toml.is_file() {
        std::fs::copy(&site_toml, at.join("site.toml")).map_err(|e| fail(&site_toml, e))?;
    } else {
        std::fs::write(
            at.join("site.toml"),
            "title = \"Import\"\nbase_url = \"https://example.org/\"\ndefault_locale = \"en\"\n",
        )
        .map_err(|e| fail(at, e))?;
    }
    // What the company has already, as regular files (links are checked apart).
    let existing = root.join("content").join(company);
    for entry in walkdir::WalkDir::new(&existing).into_iter().flatten() {
        if entry.file_type().is_file()
            && let Ok(rel) = entry.path().strip_prefix(root)
        {
            let to = at.join(rel);
            if let Some(parent) = to.parent() {
                std::fs::create_dir_all(parent).map_err(|e| fail(parent, e))?;
            }
            std::fs::copy(entry.path(), &to).map_err(|e| fail(entry.path(), e))?;
        }
    }
    for (rel, text) in files {
        let to = at.join(rel);
        if let Some(parent) = to.parent() {
            std::fs::create_dir_all(parent).map_err(|e| fail(parent, e))?;
        }
        std::fs::write(&to, text).map_err(|e| fail(&to, e))?;
    }
    match load_site(at, LoadOptions { drafts: true }) {
        Ok(_) => Ok(()),
        Err(diags) => {
            let errors: Vec<String> = diags
                .errors()
                .take(5)
                .map(|d| {
                    let place = d
                        .position
                        .map(|p| format!(":{}:{}", p.line, p.column))
                        .unwrap_or_default();
                    format!("{}{place}: {}", d.file.display(), d.message)
                })
                .collect();
            Err(format!(
                "what import made would not build, so nothing was written: {}",
                errors.join("; ")
            ))
        }
    }
}

/// A scratch folder of this process, removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new() -> Result<Scratch, String> {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        let dir =
            std::env::temp_dir().join(format!("privsite-import-{}-{nanos}", std::process::id()));
        std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        Ok(Scratch(dir))
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        // The folder is this process's own, made above.
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
