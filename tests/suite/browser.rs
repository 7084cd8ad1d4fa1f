//! Pages in headless Chromium, driven by Node and playwright-core:
//! - tests/browser/reload.mjs starts `privsite serve`, edits, breaks and fixes a source,
//!   and checks that the open page reloads by itself and shows, then clears, the error
//!   overlay;
//! - tests/browser/layout.mjs builds the example site and checks that its pages fit at
//!   390, 1280 and 1920 px and on A4 paper: nothing scrolls sideways or is cut off, and
//!   tables become labelled cards on a phone.
//!
//! They need Chromium (at /usr/bin/chromium, or where PRIVSITE_CHROMIUM says), Node, and
//! tests/browser/node_modules from `npm ci` in tests/browser (which .ci/run does; the
//! tests themselves never touch the network). Where one is missing they fail, unless
//! PRIVSITE_SKIP_BROWSER=1 skips them.

use std::path::Path;
use std::process::Command;

use crate::prelude::{PRIVSITE, repo, require_tool, runs};

const CHROMIUM: &str = "/usr/bin/chromium";

#[test]
fn an_open_page_reloads_and_shows_build_errors_in_chromium() {
    run_in_chromium("reload.mjs");
}

#[test]
fn pages_fit_phones_desktops_and_paper() {
    run_in_chromium("layout.mjs");
}

/// Runs `script` of tests/browser with Node against Chromium.
fn run_in_chromium(script: &str) {
    let chromium = std::env::var("PRIVSITE_CHROMIUM").unwrap_or_else(|_| CHROMIUM.into());
    let dir = repo().join("tests/browser");
    let found = require_tool("Chromium and Node", "PRIVSITE_SKIP_BROWSER", || {
        runs("node", &["--version"]).map_err(|e| format!("{e} (apt-get install -y nodejs npm)"))?;
        if !Path::new(&chromium).exists() {
            return Err(format!(
                "no Chromium at {chromium} (apt-get install -y chromium, or set \
                 PRIVSITE_CHROMIUM to where it is)"
            ));
        }
        if !dir.join("node_modules/playwright-core").is_dir() {
            return Err(format!(
                "no {}: run `npm ci` in tests/browser",
                dir.join("node_modules/playwright-core").display()
            ));
        }
        Ok(())
    });
    if !found {
        return;
    }
    // Output is kept for a failure's message rather than mixed into cargo's.
    let run = Command::new("node")
        .arg(script)
        .current_dir(&dir)
        .env("PRIVSITE_BIN", PRIVSITE)
        .env("PRIVSITE_CHROMIUM", &chromium)
        .output()
        .expect("node runs");
    assert!(
        run.status.success(),
        "tests/browser/{script} failed:\n{}\n{}",
        String::from_utf8_lossy(&run.stdout),
        String::from_utf8_lossy(&run.stderr)
    );
}
