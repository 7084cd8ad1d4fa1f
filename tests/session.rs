//! Rebuilding in part after a change gives exactly the site a full build gives.

mod common;

use std::path::PathBuf;

use common::Fixture;
use privsite::BuildOptions;
use privsite::session::Session;

fn options() -> BuildOptions {
    BuildOptions {
        date: Some(common::today()),
        ..Default::default()
    }
}

/// Rebuilds after `changed` and checks the result against a build from scratch.
fn rebuild_matches_full_build(
    session: &mut Session,
    fixture: &Fixture,
    changed: &[&str],
) -> privsite::session::Rebuilt {
    let paths: Vec<PathBuf> = changed.iter().map(|p| fixture.path(p)).collect();
    let report = session.rebuild(&paths).unwrap_or_else(|d| panic!("{d}"));
    let full = fixture.built();
    let mine = session.output().unwrap();
    let differing: Vec<&String> = full
        .output
        .files
        .keys()
        .chain(mine.files.keys())
        .filter(|p| full.output.files.get(*p) != mine.files.get(*p))
        .collect();
    assert!(
        differing.is_empty(),
        "partial rebuild differs from a full build in {differing:?}"
    );
    report
}

#[test]
fn an_edited_revision_rebuilds_its_company_alone() {
    let fixture = Fixture::copy("basic");
    let mut session = Session::new(fixture.root(), options());
    session.rebuild(&[]).unwrap();
    let path = "content/acme/en/2023-06-01.toml";
    fixture.write(
        path,
        fixture.read(path).replace("three years", "four years"),
    );
    let report = rebuild_matches_full_build(&mut session, &fixture, &[path]);
    assert_eq!(report.companies, Some(vec!["acme".to_string()]));
    assert!(
        report.changed.contains(&"acme/en/index.html".to_string()),
        "{:?}",
        report.changed
    );
    assert!(
        report
            .changed
            .contains(&"acme/en/2023-06-01/diff/index.html".to_string())
    );
    assert!(
        !report.changed.iter().any(|p| p.starts_with("beta/")),
        "{:?}",
        report.changed
    );
    assert!(
        session
            .output()
            .unwrap()
            .text("acme/en/index.html")
            .unwrap()
            .contains("four years")
    );
}

#[test]
fn companies_can_come_and_go() {
    let fixture = Fixture::copy("basic");
    let mut session = Session::new(fixture.root(), options());
    session.rebuild(&[]).unwrap();
    fixture.write(
        "content/gamma/company.toml",
        "name = \"Gamma Oy\"\ndefault_locale = \"fi\"\n",
    );
    fixture.write(
        "content/gamma/fi/2022-02-02.toml",
        "title = \"Tietosuojaseloste\"\n",
    );
    let report = rebuild_matches_full_build(
        &mut session,
        &fixture,
        &[
            "content/gamma/fi/2022-02-02.toml",
            "content/gamma/company.toml",
        ],
    );
    assert!(report.changed.contains(&"gamma/fi/index.html".to_string()));
    assert!(
        report.changed.contains(&"index.html".to_string()),
        "the site index lists it"
    );
    fixture.remove("content/beta");
    let report = rebuild_matches_full_build(&mut session, &fixture, &["content/beta"]);
    assert!(
        report.changed.contains(&"beta/fi/index.html".to_string()),
        "removed pages are reported"
    );
    assert!(
        session
            .output()
            .unwrap()
            .get("beta/fi/index.html")
            .is_none()
    );
}

#[test]
fn a_broken_source_keeps_the_last_good_site_until_fixed() {
    let fixture = Fixture::copy("basic");
    let mut session = Session::new(fixture.root(), options());
    session.rebuild(&[]).unwrap();
    let good = session.output().unwrap().clone();
    let path = "content/acme/en/2023-06-01.toml";
    let text = fixture.read(path);
    fixture.write(
        path,
        text.replace("safeguard = \"dpf\"", "safeguard = \"nope\""),
    );
    let err = session
        .rebuild(&[fixture.path(path)])
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("content/acme/en/2023-06-01.toml:54:13: unknown safeguard \"nope\""),
        "{err}"
    );
    assert_eq!(
        session.output().unwrap(),
        &good,
        "the last good output stays"
    );
    fixture.write(path, text.replace("three years", "five years"));
    rebuild_matches_full_build(&mut session, &fixture, &[path]);
}

#[test]
fn template_and_message_changes_rebuild_everything() {
    let fixture = Fixture::copy("basic");
    let mut session = Session::new(fixture.root(), options());
    session.rebuild(&[]).unwrap();
    fixture.write("locales/en/site.ftl", "nav-history = All versions so far\n");
    let report = rebuild_matches_full_build(&mut session, &fixture, &["locales/en/site.ftl"]);
    assert_eq!(report.companies, None);
    assert!(
        session
            .output()
            .unwrap()
            .text("beta/fi/index.html")
            .is_some()
    );
    // A new locale in one company needs messages loaded for it: a full build.
    fixture.write(
        "content/beta/de/2021-01-01.toml",
        "title = \"Datenschutz\"\n",
    );
    let report =
        rebuild_matches_full_build(&mut session, &fixture, &["content/beta/de/2021-01-01.toml"]);
    assert_eq!(report.companies, None);
}
