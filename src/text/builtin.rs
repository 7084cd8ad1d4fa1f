//! The default theme and the interface messages, compiled into the binary so that a site
//! holding only `site.toml` and `content/` builds. A site's files override them one by one.

use include_dir::{Dir, include_dir};

/// `themes/default`: `templates/` and `static/`.
pub static THEME: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/themes/default");

/// `locales/<locale>/*.ftl`.
pub static LOCALES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/locales");

/// The locale whose messages are complete by construction and the last fallback.
pub const REFERENCE_LOCALE: &str = "en";

/// Every file under `prefix` of an embedded folder, as (path below `prefix`, bytes), sorted.
pub fn files_under(dir: &'static Dir<'static>, prefix: &str) -> Vec<(String, &'static [u8])> {
    let mut out = Vec::new();
    let sub = if prefix.is_empty() {
        Some(dir)
    } else {
        dir.get_dir(prefix)
    };
    if let Some(sub) = sub {
        collect(sub, prefix, &mut out);
    }
    out.sort();
    out
}

fn collect(dir: &'static Dir<'static>, prefix: &str, out: &mut Vec<(String, &'static [u8])>) {
    for file in dir.files() {
        let path = file.path().to_string_lossy();
        let below = path
            .strip_prefix(prefix)
            .unwrap_or(&path)
            .trim_start_matches('/');
        out.push((below.to_string(), file.contents()));
    }
    for sub in dir.dirs() {
        collect(sub, prefix, out);
    }
}
