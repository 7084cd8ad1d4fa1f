//! Pages in headless Chromium, driven by Node and playwright-core:
//! - tests/browser/reload.mjs starts `privsite serve`, edits, breaks and fixes a source,
//!   and checks that the open page reloads by itself and shows, then clears, the error
//!   overlay;
//! - tests/browser/layout.mjs builds the example site and checks that its pages fit at
//!   390, 1280 and 1920 px and on A4 paper: nothing scrolls sideways or is cut off, and
//!   tables become labelled cards on a phone.
//!
//! Outside CI the test is skipped, with a notice, where Chromium or Node is missing; in CI
//! (the CI variable set) it fails instead.

use std::path::Path;
use std::process::Command;

use crate::prelude::{PRIVSITE, repo};

const CHROMIUM: &str = "/usr/bin/chromium";

#[test]
fn an_open_page_reloads_and_shows_build_errors_in_chromium() {
    run_in_chromium("reload.mjs");
}

#[test]
fn pages_fit_phones_desktops_and_paper() {
    run_in_chromium("layout.mjs");
}

/// Runs `script` of tests/browser with Node against Chromium, or skips it where they are
/// missing outside CI.
fn run_in_chromium(script: &str) {
    let chromium = std::env::var("PRIVSITE_CHROMIUM").unwrap_or_else(|_| CHROMIUM.into());
    let node = Command::new("node").arg("--version").output();
    let missing = match (&node, Path::new(&chromium).exists()) {
        (Ok(out), true) if out.status.success() => None,
        (Ok(out), false) if out.status.success() => Some(format!("no Chromium at {chromium}")),
        _ => Some("no node on PATH".to_string()),
    };
    if let Some(missing) = missing {
        assert!(
            std::env::var_os("CI").is_none(),
            "the browser test needs Chromium and Node in CI: {missing} \
             (apt-get install -y chromium nodejs npm)"
        );
        eprintln!("skipped the browser test: {missing}");
        return;
    }

    let dir = repo().join("tests/browser");
    if !dir.join("node_modules/playwright-core").is_dir() {
        let installed = Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund"])
            .current_dir(&dir)
            .output()
            .expect("npm runs");
        assert!(
            installed.status.success(),
            "npm ci failed in {}:\n{}",
            dir.display(),
            String::from_utf8_lossy(&installed.stderr)
        );
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
