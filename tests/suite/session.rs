//! Rebuilding in part after a change gives exactly the site a full build gives.

use std::path::PathBuf;

use crate::prelude::{Fixture, today};
use privsite::BuildOptions;
use privsite::build::session::Session;

fn options() -> BuildOptions {
    BuildOptions {
        date: Some(today()),
        ..Default::default()
    }
}

/// Rebuilds after `changed` and checks the result against a build from scratch, and the
/// files it reports changed against those that did.
fn rebuild_matches_full_build(
    session: &mut Session,
    fixture: &Fixture,
    changed: &[&str],
) -> privsite::build::session::Rebuilt {
    let before = session.output().cloned().unwrap_or_default();
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
        "after {changed:?}, the partial rebuild differs from a full build in {differing:?}"
    );
    assert_eq!(
        report.changed,
        mine.changed_since(&before),
        "after {changed:?}, the files reported changed are not those that changed"
    );
    assert_eq!(
        report.warnings, full.warnings,
        "after {changed:?}, the warnings differ from a full build's"
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

#[test]
fn only_pages_whose_content_changed_are_rendered() {
    let fixture = Fixture::copy("basic");
    let mut session = Session::new(fixture.root(), options());
    let first = session.rebuild(&[]).unwrap();
    let path = "content/acme/en/2020-01-01.toml";
    let text = fixture.read(path);
    assert!(text.contains("two years"), "{text}");
    fixture.write(path, text.replace("two years", "two and a half years"));
    let report = rebuild_matches_full_build(&mut session, &fixture, &[path]);
    // The revision's page and its successor's diff show the text; the current page, the
    // other revisions and the other locale do not.
    assert!(
        report
            .changed
            .contains(&"acme/en/2020-01-01/index.html".to_string())
    );
    assert!(
        report
            .changed
            .contains(&"acme/en/2023-06-01/diff/index.html".to_string())
    );
    for unchanged in ["acme/en/index.html", "acme/sv/index.html", "index.html"] {
        assert!(
            !report.changed.contains(&unchanged.to_string()),
            "{unchanged} in {:?}",
            report.changed
        );
    }
    assert!(
        report.rendered < first.rendered / 2,
        "rendered {} pages of {} for a one-word edit",
        report.rendered,
        first.rendered
    );
    // Saving the same text again renders nothing and changes nothing.
    let again = rebuild_matches_full_build(&mut session, &fixture, &[path]);
    assert_eq!(again.rendered, 0);
    assert!(again.changed.is_empty(), "{:?}", again.changed);
}

/// Every kind of edit an editor makes, one after another in one session, each checked
/// against a full build.
#[test]
fn every_kind_of_edit_matches_a_full_build() {
    let fixture = Fixture::copy("basic");
    fixture.write(
        "static/acme/terms.txt",
        "Terms, served beside the company's pages.\n",
    );
    let mut session = Session::new(fixture.root(), options());
    session.rebuild(&[]).unwrap();
    let current = "content/acme/en/2023-06-01.toml";
    let text = fixture.read(current);
    // What the step does, whether the site changes, and the edit.
    type Step<'a> = (&'a str, bool, Box<dyn Fn(&Fixture) + 'a>);
    let steps: Vec<Step> = vec![
        (
            "a title changes: the site index shows it",
            true,
            Box::new(|f| {
                f.write(
                    current,
                    text.replacen("Privacy policy", "Privacy notice", 1),
                );
            }),
        ),
        (
            "a processor leaves: processor pages, exports and feeds follow",
            true,
            Box::new(|f| {
                let t = f.read(current);
                let at = t.find("[[processors]]\nname = \"Charlie Send\"").unwrap();
                f.write(current, &t[..at]);
            }),
        ),
        (
            "a revision is added in the middle of the history",
            true,
            Box::new(|f| {
                f.write(
                    "content/acme/en/2022-01-01.toml",
                    f.read(current).replace("three years", "thirty months"),
                );
            }),
        ),
        (
            "a revision is renamed to another date",
            true,
            Box::new(|f| {
                let moved = f.read("content/acme/en/2022-01-01.toml");
                f.remove("content/acme/en/2022-01-01.toml");
                f.write("content/acme/en/2021-07-01.toml", moved);
            }),
        ),
        (
            "an upcoming revision comes forward and takes effect",
            true,
            Box::new(|f| {
                let upcoming = f.read("content/acme/en/2099-01-01.toml");
                f.remove("content/acme/en/2099-01-01.toml");
                f.write("content/acme/en/2024-01-01.toml", upcoming);
            }),
        ),
        (
            "the reference locale's company facts change",
            true,
            Box::new(|f| {
                let info = f.read("content/acme/company.toml");
                f.write(
                    "content/acme/company.toml",
                    info.replace("Acme AB", "Acme Holding AB"),
                );
            }),
        ),
        (
            "a revision is deleted",
            true,
            Box::new(|f| f.remove("content/acme/en/2021-07-01.toml")),
        ),
        (
            "a translation falls behind its reference",
            true,
            Box::new(|f| {
                f.write(
                    "content/acme/en/2025-01-01.toml",
                    f.read("content/acme/en/2024-01-01.toml"),
                );
            }),
        ),
        (
            "a draft is written",
            false,
            Box::new(|f| {
                f.write(
                    "content/beta/fi/2022-01-01.toml",
                    "title = \"Luonnos\"\ndraft = true\n",
                );
            }),
        ),
    ];
    for (what, changes, step) in steps {
        step(&fixture);
        let changed: Vec<String> = ["content/acme", "content/beta"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let changed: Vec<&str> = changed.iter().map(String::as_str).collect();
        let report = rebuild_matches_full_build(&mut session, &fixture, &changed);
        assert!(report.companies.is_some(), "{what}: rebuilt in part");
        assert_eq!(
            !report.changed.is_empty(),
            changes,
            "{what}: {:?}",
            report.changed
        );
        assert_eq!(
            session.output().unwrap().text("acme/terms.txt"),
            Some("Terms, served beside the company's pages.\n"),
            "{what}: a static file beside the company's pages stays"
        );
    }
}

/// A company's documents reload together: an edit of the cookie declaration reaches the
/// notice's feed, which carries it; a document that appears or goes moves the pages.
#[test]
fn documents_rebuild_with_their_company() {
    let fixture = Fixture::copy("documents");
    let mut session = Session::new(fixture.root(), options());
    session.rebuild(&[]).unwrap();
    let path = "content/acme/cookies/en/2024-06-01.toml";
    fixture.replace(path, "duration = \"P2Y\"", "duration = \"P3Y\"");
    let report = rebuild_matches_full_build(&mut session, &fixture, &[path]);
    assert_eq!(report.companies, Some(vec!["acme".to_string()]));
    for file in [
        "acme/cookies/en/2024-06-01/diff/index.html",
        "acme/cookies/en/cookies.json",
        "acme/en/feed.xml",
    ] {
        assert!(
            report.changed.contains(&file.to_string()),
            "{file}: {:?}",
            report.changed
        );
    }
    assert!(
        session
            .output()
            .unwrap()
            .text("acme/en/feed.xml")
            .unwrap()
            .contains("_ga is now kept 3 years instead of 1 year.")
    );
    // A new revision of a document other than the notice: the company's one sitemap,
    // which the notice's pages carry, lists it, and the index dates it.
    let added = "content/acme/cookies/en/2025-03-01.toml";
    fixture.write(
        added,
        fixture
            .read("content/acme/cookies/en/2024-06-01.toml")
            .replace("duration = \"P3Y\"", "duration = \"P4Y\""),
    );
    let report = rebuild_matches_full_build(&mut session, &fixture, &[added]);
    for file in ["acme/sitemap.xml", "sitemap.xml"] {
        assert!(
            report.changed.contains(&file.to_string()),
            "{file}: {:?}",
            report.changed
        );
    }
    assert!(
        session
            .output()
            .unwrap()
            .text("acme/sitemap.xml")
            .unwrap()
            .contains("/acme/cookies/en/2025-03-01/diff/</loc>")
    );
    // A new document, then one removed.
    fixture.write("content/acme/terms/document.toml", "kind = \"terms\"\n");
    fixture.write(
        "content/acme/terms/en/2024-02-01.toml",
        "title = \"Terms\"\n\n[[sections]]\nid = \"terms\"\ntitle = \"Use\"\nbody = \"Be kind.\"\n",
    );
    let report = rebuild_matches_full_build(
        &mut session,
        &fixture,
        &["content/acme/terms/en/2024-02-01.toml"],
    );
    assert!(
        report
            .changed
            .contains(&"acme/terms/en/index.html".to_string())
    );
    fixture.remove("content/acme/cookies");
    let report = rebuild_matches_full_build(&mut session, &fixture, &["content/acme/cookies"]);
    assert!(
        report
            .changed
            .contains(&"acme/cookies/en/index.html".to_string())
    );
    assert!(
        session
            .output()
            .unwrap()
            .text("acme/cookies/en/index.html")
            .is_none()
    );
}
