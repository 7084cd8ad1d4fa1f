//! Lighthouse, as people audit a published site: the example site built with the real
//! pipeline, served over HTTP on loopback, and one page of each page family audited in
//! headless Chromium with the mobile form factor (tests/browser/lighthouse.mjs). Every
//! category (performance, accessibility, best practices, SEO) must score 100; a failure
//! names the audits that cost points, with their measured values. In accessibility, best
//! practices and SEO every audit must pass; performance is a score of measured times, and
//! a metric just short of full marks (Total Blocking Time at 0.99) passes where the
//! category still scores 100.
//!
//! Performance is measured on this machine while the rest of the suite runs: a page short
//! in it is audited again after a pause, up to four times, and keeps its best run.
//!
//! The one exception is deliberate: a superseded revision's permanent page carries
//! `<meta name="robots" content="noindex">`, so that a search finds the policy in force and
//! not an old one; Lighthouse's `is-crawlable` audit counts that against SEO, and it is the
//! only audit such a page may fail.
//!
//! Needs Chromium (at /usr/bin/chromium, or where PRIVSITE_CHROMIUM says), Node, and
//! tests/browser/node_modules from `npm ci` (lighthouse); where one is missing the test
//! fails, unless PRIVSITE_SKIP_BROWSER=1 skips it. It takes about a minute: one Chromium,
//! one Lighthouse run per page, in sequence.

use std::path::Path;
use std::process::Command;

use crate::prelude::{PRIVSITE, privsite, repo, require_tool, runs};

const CHROMIUM: &str = "/usr/bin/chromium";

/// One page of each family the site builds, below the base URL, with the audits it may
/// fail (only the deliberate `noindex` of a superseded revision).
const PAGES: &[(&str, &str, &[&str])] = &[
    ("site index", "", &[]),
    ("company", "quickbutik/", &[]),
    ("current policy", "quickbutik/en/", &[]),
    (
        "permanent revision (in force)",
        "quickbutik/en/2022-09-01/",
        &[],
    ),
    (
        "permanent revision (superseded)",
        "quickbutik/en/2018-05-25/",
        &["is-crawlable"],
    ),
    ("diff", "quickbutik/en/2022-09-01/diff/", &[]),
    ("history", "quickbutik/en/history/", &[]),
    ("processors", "quickbutik/en/processors/", &[]),
    ("sub-processor list", "quickbutik/subprocessors/sv/", &[]),
    ("cookie table", "skara-websolution/cookies/sv/cookies/", &[]),
    ("404", "404.html", &[]),
];

#[test]
fn every_page_family_scores_100_in_lighthouse() {
    let chromium = std::env::var("PRIVSITE_CHROMIUM").unwrap_or_else(|_| CHROMIUM.into());
    let dir = repo().join("tests/browser");
    let found = require_tool(
        "Chromium, Node and Lighthouse",
        "PRIVSITE_SKIP_BROWSER",
        || {
            runs("node", &["--version"])
                .map_err(|e| format!("{e} (apt-get install -y nodejs npm)"))?;
            if !Path::new(&chromium).exists() {
                return Err(format!(
                    "no Chromium at {chromium} (apt-get install -y chromium, or set \
                 PRIVSITE_CHROMIUM to where it is)"
                ));
            }
            for package in ["lighthouse", "chrome-launcher"] {
                let path = dir.join("node_modules").join(package);
                if !path.is_dir() {
                    return Err(format!(
                        "no {}: run `npm ci` in tests/browser",
                        path.display()
                    ));
                }
            }
            Ok(())
        },
    );
    if !found {
        return;
    }
    let out = tempfile::tempdir().unwrap();
    let site = out.path().join("site");
    privsite(repo())
        .args(["build", "--date", "2026-11-22", "--output"])
        .arg(&site)
        .output()
        .map(|o| assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr)))
        .expect("privsite builds the example site");
    let base_path = base_path();

    let mut scores = lighthouse(
        &dir,
        &chromium,
        &site,
        &base_path,
        PAGES.iter().map(|p| p.1),
    );
    // Performance is measured, not computed: on a busy machine (the rest of this suite runs
    // beside it on two cores) a page's layout task is slower, and Lighthouse's simulated
    // mobile CPU, four times slower again, can count a few milliseconds of it as blocking.
    // A page short in performance is audited again after a pause, up to four times, as
    // the load passes, and keeps its best run; every other category must score 100 in the
    // first run already.
    for pause in [10, 20, 30, 40] {
        let again: Vec<&str> = PAGES
            .iter()
            .map(|p| p.1)
            .filter(|page| performance_short(&scores[*page]))
            .collect();
        if again.is_empty() {
            break;
        }
        eprintln!(
            "lighthouse: {} short in performance on a busy machine; auditing again in {pause} s",
            again.join(", ")
        );
        std::thread::sleep(std::time::Duration::from_secs(pause));
        let next = lighthouse(&dir, &chromium, &site, &base_path, again.iter().copied());
        for page in again {
            let best = performance(&next[page]) > performance(&scores[page]);
            if best {
                scores[page]["categories"]["performance"] =
                    next[page]["categories"]["performance"].clone();
                scores[page]["metrics"] = next[page]["metrics"].clone();
            }
        }
    }

    let mut failures = Vec::new();
    for (family, page, allowed) in PAGES {
        let result = &scores[*page];
        if let Some(error) = result["runtimeError"].as_str() {
            failures.push(format!(
                "{family} ({page}): Lighthouse could not run: {error}"
            ));
            continue;
        }
        for (category, outcome) in result["categories"].as_object().unwrap() {
            let failing: Vec<String> = outcome["failing"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|a| !allowed.contains(&a["id"].as_str().unwrap()))
                .map(|a| {
                    format!(
                        "{} ({}, score {}, {})",
                        a["id"], a["title"], a["score"], a["value"]
                    )
                })
                .collect();
            let score = outcome["score"].as_f64().unwrap_or(0.0);
            // Performance is Lighthouse's score of measured times: 100 is what it shows,
            // with a metric that rounds to it (0.99) counted as passing. The other
            // categories are checks, each of which must pass.
            let short = if category == "performance" {
                score < 1.0
            } else {
                (score < 1.0 && allowed.is_empty()) || !failing.is_empty()
            };
            if short {
                let measured = if category == "performance" {
                    format!(
                        " (best of five runs; {}, machine's benchmark index {})",
                        result["metrics"], result["benchmarkIndex"]
                    )
                } else {
                    String::new()
                };
                failures.push(format!(
                    "{family} ({page}): {category} {score}: {}{measured}",
                    failing.join("; ")
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "pages below 100 in Lighthouse:\n{}",
        failures.join("\n")
    );
}

/// The path part of the example site's base URL (`/legal/`), where the pages are served.
fn base_path() -> String {
    let text = std::fs::read_to_string(repo().join("site.toml")).unwrap();
    let config: toml::Value = toml::from_str(&text).unwrap();
    let url = config["base_url"].as_str().unwrap();
    let after_scheme = url.split_once("://").unwrap().1;
    match after_scheme.find('/') {
        Some(i) => format!("{}/", after_scheme[i..].trim_end_matches('/')),
        None => "/".into(),
    }
}

/// Lighthouse's verdict on `pages` of the site in `site`, by page.
fn lighthouse<'p>(
    dir: &Path,
    chromium: &str,
    site: &Path,
    base_path: &str,
    pages: impl Iterator<Item = &'p str>,
) -> serde_json::Value {
    let run = Command::new("node")
        .arg("lighthouse.mjs")
        .arg(site)
        .arg(base_path)
        .args(pages)
        .current_dir(dir)
        .env("PRIVSITE_BIN", PRIVSITE)
        .env("PRIVSITE_CHROMIUM", chromium)
        .output()
        .expect("node runs");
    assert!(
        run.status.success(),
        "tests/browser/lighthouse.mjs failed:\n{}\n{}",
        String::from_utf8_lossy(&run.stdout),
        String::from_utf8_lossy(&run.stderr)
    );
    serde_json::from_slice(&run.stdout).unwrap_or_else(|e| {
        panic!(
            "lighthouse.mjs printed no JSON ({e}):\n{}",
            String::from_utf8_lossy(&run.stdout)
        )
    })
}

/// A page's performance score, 0 where Lighthouse gave none.
fn performance(result: &serde_json::Value) -> f64 {
    result["categories"]["performance"]["score"]
        .as_f64()
        .unwrap_or(0.0)
}

/// Whether a page scored below 100 in performance.
fn performance_short(result: &serde_json::Value) -> bool {
    performance(result) < 1.0
}
