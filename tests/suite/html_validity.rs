//! Every page of a site made from the large-notice fixture (two revisions, so a diff page
//! with changes inside HTML tables, and an e-mail sign-up form) passes the Nu HTML Checker: vnu.jar, from `npm ci` in
//! tests/vnu (which .ci/run does), run with Java. Where either is missing the test fails,
//! unless PRIVSITE_SKIP_VNU=1 skips it.

use std::path::PathBuf;
use std::process::Command;

use crate::prelude::{fixtures, page, repo, require_tool, runs, today};
use privsite::import::{self, Options};

/// The checker's jar, once Java and it are found.
fn vnu() -> Option<PathBuf> {
    let jar = repo().join("tests/vnu/node_modules/vnu-jar/build/dist/vnu.jar");
    let found = require_tool("Java and the Nu HTML Checker", "PRIVSITE_SKIP_VNU", || {
        runs("java", &["-version"])
            .map_err(|e| format!("{e} (apt-get install -y default-jre-headless)"))?;
        if !jar.is_file() {
            return Err(format!("no {}: run `npm ci` in tests/vnu", jar.display()));
        }
        Ok(())
    });
    found.then_some(jar)
}

#[test]
fn every_page_of_an_imported_notice_and_its_diff_is_valid_html() {
    let Some(jar) = vnu() else { return };
    let site = tempfile::tempdir().unwrap();
    std::fs::write(
        site.path().join("site.toml"),
        // With a sign-up form, so that the form is checked too.
        "title = \"Policies\"\nbase_url = \"https://x.example/legal\"\ndefault_locale = \"en\"\n\
         [subscribe]\naction = \"https://lists.x.example/subscribe?list=privacy&lang=en\"\n",
    )
    .unwrap();
    let notice = fixtures().join("notices/large-notice.md");
    let options = Options::new(site.path(), "acme", "en");
    import::import_file(&notice, &options, today()).unwrap();
    // A later revision: a changed table cell, a recipient replaced, a sentence rewritten.
    let changed = std::fs::read_to_string(&notice)
        .unwrap()
        .replace("Effective May 4, 2024", "Effective September 1, 2024")
        .replace(
            "<td>Account data, payment data</td>",
            "<td>Account data, card data and invoices</td>",
        )
        .replace("| Postmark  (ActiveCampaign) |", "| Mailgun |")
        .replace(
            "We encrypt data in transit and at rest.",
            "We encrypt all data, and test backups monthly.",
        );
    let later = site.path().join("later.md");
    std::fs::write(&later, changed).unwrap();
    import::import_file(&later, &options, today()).unwrap();

    let built = privsite::build(
        site.path(),
        &privsite::BuildOptions {
            date: Some(jiff::civil::date(2025, 1, 1)),
            ..Default::default()
        },
    )
    .unwrap_or_else(|d| panic!("{d}"));
    let diff = page(&built, "acme/en/2024-09-01/diff/index.html");
    assert!(diff.contains("<del>"), "the diff page marks changes");
    let out = tempfile::tempdir().unwrap();
    let mut pages = Vec::new();
    for (path, bytes) in &built.output.files {
        if path.ends_with(".html") {
            let file = out.path().join(path);
            std::fs::create_dir_all(file.parent().unwrap()).unwrap();
            std::fs::write(&file, bytes).unwrap();
            pages.push(file);
        }
    }
    assert!(pages.len() >= 8, "{pages:?}");
    let run = Command::new("java")
        .arg("-jar")
        .arg(&jar)
        .args(["--errors-only", "--format", "json"])
        .args(&pages)
        .output()
        .expect("java runs");
    let report: serde_json::Value = serde_json::from_slice(&run.stderr)
        .unwrap_or_else(|e| panic!("vnu output: {e}\n{}", String::from_utf8_lossy(&run.stderr)));
    let errors: Vec<String> = report["messages"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["type"] == "error")
        .map(|m| {
            format!(
                "{}: {}",
                m["url"].as_str().unwrap_or(""),
                m["message"].as_str().unwrap_or("")
            )
        })
        .collect();
    assert_eq!(
        errors,
        Vec::<String>::new(),
        "{} pages checked",
        pages.len()
    );
}

/// Every page of a company with a sub-processor list and a cookie declaration beside its
/// notice: the cookie table, the documents' navigation, the diff of cookie changes.
#[test]
fn every_page_of_a_company_with_documents_is_valid_html() {
    let Some(jar) = vnu() else { return };
    let f = crate::prelude::Fixture::copy("documents");
    let built = f.built();
    let out = tempfile::tempdir().unwrap();
    let mut pages = Vec::new();
    for (path, bytes) in &built.output.files {
        if path.ends_with(".html") {
            let file = out.path().join(path);
            std::fs::create_dir_all(file.parent().unwrap()).unwrap();
            std::fs::write(&file, bytes).unwrap();
            pages.push(file);
        }
    }
    assert!(
        pages
            .iter()
            .any(|p| p.ends_with("acme/cookies/en/cookies/index.html")),
        "{pages:?}"
    );
    let run = Command::new("java")
        .arg("-jar")
        .arg(&jar)
        .args(["--errors-only", "--format", "json"])
        .args(&pages)
        .output()
        .expect("java runs");
    let report: serde_json::Value = serde_json::from_slice(&run.stderr)
        .unwrap_or_else(|e| panic!("vnu output: {e}\n{}", String::from_utf8_lossy(&run.stderr)));
    let errors: Vec<String> = report["messages"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["type"] == "error")
        .map(|m| {
            format!(
                "{}: {}",
                m["url"].as_str().unwrap_or(""),
                m["message"].as_str().unwrap_or("")
            )
        })
        .collect();
    assert_eq!(
        errors,
        Vec::<String>::new(),
        "{} pages checked",
        pages.len()
    );
}
