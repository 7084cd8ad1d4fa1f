//! `privsite import`: the seeds against their hand transcription, a large Markdown notice
//! rendered with no raw tag and no broken fragment, a git history made here with dated
//! commits, and the command's refusals. Everything imported is built through the real
//! pipeline. The seeds (beside this repository, in ../shared/seeds) and git are needed:
//! where one is missing its test fails, unless PRIVSITE_SKIP_SEEDS=1 or
//! PRIVSITE_SKIP_GIT=1 skips it.

mod histories;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command as Process;

use crate::prelude::{fixtures, page, privsite, proptest_config, repo, require_git, require_tool};
use privsite::import::{self, Options};

fn new_site(default_locale: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("site.toml"),
        format!(
            "title = \"Policies\"\nbase_url = \"https://x.example/legal\"\ndefault_locale = \"{default_locale}\"\n[build]\nminify = false\n"
        ),
    )
    .unwrap();
    std::fs::create_dir(dir.path().join("content")).unwrap();
    dir
}

fn options(root: &Path, company: &str, locale: &str) -> Options {
    Options::new(root, company, locale)
}

fn build(root: &Path, date: jiff::civil::Date) -> privsite::Built {
    privsite::build(
        root,
        &privsite::BuildOptions {
            date: Some(date),
            ..Default::default()
        },
    )
    .unwrap_or_else(|d| panic!("the import does not build:\n{d}"))
}

/// The seed policies the example site transcribes, beside this repository; where they are
/// missing the test fails, unless PRIVSITE_SKIP_SEEDS=1 skips it.
fn seeds() -> Option<PathBuf> {
    let dir = repo().join("../shared/seeds");
    let found = require_tool("the seed policies", "PRIVSITE_SKIP_SEEDS", || {
        if dir.is_dir() {
            Ok(())
        } else {
            Err(format!("no folder {}", dir.display()))
        }
    });
    found.then_some(dir)
}

/// Section ids and processor names of a revision source.
fn ids_and_names(path: &Path) -> (BTreeSet<String>, BTreeSet<String>) {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let value: toml::Value = toml::from_str(&text).unwrap();
    let list = |key: &str, field: &str| -> BTreeSet<String> {
        value
            .get(key)
            .and_then(|v| v.as_array())
            .map(|a| {
                a.iter()
                    .filter_map(|t| t.get(field)?.as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default()
    };
    (list("sections", "id"), list("processors", "name"))
}

/// Each seed imported and built, its sections and processors compared with the hand
/// transcription in content/. The floors are what the importer finds today: a change
/// that finds less fails.
#[test]
fn each_seed_imports_builds_and_matches_its_transcription() {
    let Some(seeds) = seeds() else { return };
    let repo = repo();
    // (seed, locale, transcription, least sections matched, least processors matched)
    let cases = [
        ("000", "sv", "content/quickbutik/sv/2018-05-25.toml", 7, 9),
        ("001", "en", "content/quickbutik/en/2022-09-01.toml", 6, 8),
        (
            "002",
            "sv",
            "content/unnamed-hosting-provider/sv/2018-05-25.toml",
            10,
            0,
        ),
        ("003", "sv", "content/qvik/sv/2019-06-27.toml", 7, 0),
        (
            "004",
            "sv",
            "content/skara-websolution/sv/2018-05-25.toml",
            5,
            5,
        ),
    ];
    let mut table = String::new();
    for (seed, locale, hand, least_sections, least_processors) in cases {
        let file = std::fs::read_dir(&seeds)
            .unwrap()
            .map(|e| e.unwrap().path())
            .find(|p| p.file_name().unwrap().to_string_lossy().starts_with(seed))
            .unwrap_or_else(|| panic!("no seed {seed}"));
        let site = new_site(locale);
        let mut o = options(site.path(), "imported", locale);
        o.date = Some(jiff::civil::date(2020, 1, 1));
        let report = import::import_file(&file, &o, jiff::civil::date(2025, 1, 1)).unwrap();
        assert_eq!(report.revisions.len(), 1);
        build(site.path(), jiff::civil::date(2025, 1, 1));
        let (got_sections, got_processors) = ids_and_names(
            &site
                .path()
                .join(format!("content/imported/{locale}/2020-01-01.toml")),
        );
        let (want_sections, want_processors) = ids_and_names(&repo.join(hand));
        let sections = got_sections.intersection(&want_sections).count();
        let processors = got_processors.intersection(&want_processors).count();
        table.push_str(&format!(
            "seed {seed}: sections {sections} of {} matched ({} found), processors {processors} of {} matched ({} found)\n",
            want_sections.len(),
            got_sections.len(),
            want_processors.len(),
            got_processors.len()
        ));
        assert!(
            sections >= least_sections && processors >= least_processors,
            "seed {seed}: {sections} sections, {processors} processors matched\nimported {got_sections:?} {got_processors:?}\nwanted {want_sections:?} {want_processors:?}"
        );
    }
    eprintln!("{table}");
    // Without --date, the seeds that state a date get the one their transcription has.
    for (seed, date) in [("002", "2018-05-25"), ("003", "2019-06-27")] {
        let file = std::fs::read_dir(&seeds)
            .unwrap()
            .map(|e| e.unwrap().path())
            .find(|p| p.file_name().unwrap().to_string_lossy().starts_with(seed))
            .unwrap();
        let site = new_site("sv");
        let report = import::import_file(
            &file,
            &options(site.path(), "imported", "sv"),
            jiff::civil::date(2025, 1, 1),
        )
        .unwrap();
        assert_eq!(report.revisions[0].0.to_string(), date, "seed {seed}");
    }
}

#[test]
fn a_saved_html_page_imports_without_its_page_chrome() {
    let site = new_site("sv");
    let saved = fixtures().join("notices/saved-page.html");
    let report = import::import_file(
        &saved,
        &options(site.path(), "exempel", "sv"),
        jiff::civil::date(2025, 1, 1),
    )
    .unwrap();
    // Dated by its <time datetime>.
    assert_eq!(report.revisions[0].0, jiff::civil::date(2023, 11, 20));
    let unmapped: Vec<String> = report
        .unmapped
        .iter()
        .map(|u| format!("{}: {}", u.1, u.2))
        .collect();
    assert_eq!(
        unmapped,
        ["27: Okänd AB: \"Atlantis\" is no country name known in \"sv\""],
        "the unknown country, at its row's line"
    );
    let toml =
        std::fs::read_to_string(site.path().join("content/exempel/sv/2023-11-20.toml")).unwrap();
    for gone in ["tracker", "color: red", "Hem", "Prenumerera", "©"] {
        assert!(!toml.contains(gone), "{gone} is page chrome: {toml}");
    }
    for (id, _) in [
        ("data", 0),
        ("recipients", 0),
        ("retention", 0),
        ("rights", 0),
    ] {
        assert!(
            toml.contains(&format!("id = \"{id}\"")),
            "section {id}: {toml}"
        );
    }
    assert!(toml.contains("name = \"Stripe Payments Europe\"\npurpose = \"Betalning\"\ncountries = [\"IE\", \"US\"]"), "{toml}");
    assert_eq!(toml.matches("name = \"Fortnox AB\"").count(), 1, "{toml}");
    assert!(toml.contains("countries = [\"FI\", \"SE\"]"), "{toml}");
    let company =
        std::fs::read_to_string(site.path().join("content/exempel/company.toml")).unwrap();
    assert!(
        company.contains("org_number = \"556000-1234\""),
        "{company}"
    );
    assert!(
        company.contains("email = \"dataskydd@exempel.se\""),
        "{company}"
    );
    let built = build(site.path(), jiff::civil::date(2025, 1, 1));
    let html = page(&built, "exempel/sv/index.html");
    // The link to the heading's own id leads to the section that replaced it.
    assert!(
        html.contains("id=\"mottagare\""),
        "the source's id is kept as an anchor"
    );
    assert_eq!(broken_fragments(html), Vec::<String>::new());
}

fn notice() -> PathBuf {
    fixtures().join("notices/large-notice.md")
}

/// The tags shown as text on a page: `&lt;` followed by a tag name.
fn raw_tags(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find("&lt;") {
        rest = &rest[at + 4..];
        let name: String = rest
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        if !name.is_empty() && name.starts_with(|c: char| c.is_ascii_alphabetic()) {
            out.push(name);
        }
    }
    out
}

/// Every `href="#…"` of a page and whether the page has that id.
fn broken_fragments(html: &str) -> Vec<String> {
    let mut ids = BTreeSet::new();
    let mut links = Vec::new();
    for (needle, into_ids) in [
        (" id=\"", true),
        (" id=", true),
        ("href=\"#", false),
        ("href=#", false),
    ] {
        let mut rest = html;
        while let Some(at) = rest.find(needle) {
            rest = &rest[at + needle.len()..];
            let end = rest.find(['"', ' ', '>']).unwrap_or(rest.len());
            let value = rest[..end].to_string();
            if into_ids {
                ids.insert(value);
            } else {
                links.push(value);
            }
        }
    }
    links.retain(|l| !l.is_empty() && l != "top" && !ids.contains(l));
    links
}

#[test]
fn a_large_notice_renders_with_no_raw_tag_and_no_broken_fragment() {
    let site = new_site("en");
    let report = import::import_file(
        &notice(),
        &options(site.path(), "acme", "en"),
        jiff::civil::date(2025, 1, 1),
    )
    .unwrap();
    // Dated by the text: "Effective May 4, 2024".
    assert_eq!(report.revisions[0].0, jiff::civil::date(2024, 5, 4));
    let source =
        std::fs::read_to_string(site.path().join("content/acme/en/2024-05-04.toml")).unwrap();
    assert!(!source.contains('\u{9d}'), "control characters are removed");
    let built = build(site.path(), jiff::civil::date(2025, 1, 1));
    let page = page(&built, "acme/en/2024-05-04/index.html");
    assert_eq!(
        raw_tags(page),
        Vec::<String>::new(),
        "raw tags shown as text"
    );
    assert_eq!(broken_fragments(page), Vec::<String>::new());
    // The structure is there, and nothing that runs.
    for kept in [
        "<th scope=\"col\">What we use your data for</th>",
        "<td rowspan=\"2\">Contract</td>",
        "<a id=\"bookmark-how-we-use-data\"></a>",
        "<dl>",
        "<details>",
        "<summary>Retention periods</summary>",
        "<abbr title=\"personal data\">data</abbr>",
        "<sup>1</sup>",
        "href=\"tel:+46812345678\"",
        "<h3 id=\"withdraw\">Withdrawing consent <a class=\"anchor\" href=\"#withdraw\">#</a></h3>",
    ] {
        assert!(page.contains(kept), "{kept} missing");
    }
    for gone in [
        "<script",
        "onerror",
        "onclick",
        "style=\"color",
        "<img",
        "ps-contact",
    ] {
        assert!(!page.contains(gone), "{gone} got through");
    }
    // Known topics became section ids; links to the headings' own slugs were moved there.
    for id in [
        "controller",
        "data",
        "purposes",
        "recipients",
        "transfers",
        "retention",
        "rights",
        "complaint",
        "cookies",
        "security",
        "changes",
        "contact",
    ] {
        assert!(
            page.contains(&format!(
                "<section aria-labelledby=\"{id}-heading\" id=\"{id}\">"
            )) || page.contains(&format!("id=\"{id}\"")),
            "section {id}"
        );
    }
    assert!(
        page.contains("href=\"#rights\""),
        "the link to #your-rights leads to the section"
    );
    // `check` finds no broken link or anchor in it.
    let check = privsite::check::check(
        site.path(),
        &privsite::check::CheckOptions {
            date: Some(jiff::civil::date(2025, 1, 1)),
            drafts: false,
            current: false,
            published: None,
            document: None,
        },
    );
    let broken: Vec<String> = check
        .findings
        .iter()
        .filter(|f| f.rule.is_some_and(|r| r.starts_with("broken")))
        .map(|f| format!("{}: {}", f.location(), f.message))
        .collect();
    assert_eq!(broken, Vec::<String>::new());
    // Recipients: the two Intercom rows are one processor with both countries.
    let toml = source;
    assert_eq!(
        toml.matches("name = \"Intercom R&D Unlimited\"").count(),
        1,
        "{toml}"
    );
    assert!(toml.contains("countries = [\"IE\", \"US\"]"), "{toml}");
    assert!(
        toml.contains("name = \"Postmark (ActiveCampaign)\""),
        "white space cleaned: {toml}"
    );
    assert!(toml.contains("headquarters = \"LU\""), "{toml}");
    assert!(toml.contains("group = \"Communication\""), "{toml}");
}

#[test]
fn check_reports_a_broken_fragment_at_its_source_line() {
    let site = new_site("en");
    import::import_file(
        &notice(),
        &options(site.path(), "acme", "en"),
        jiff::civil::date(2025, 1, 1),
    )
    .unwrap();
    let path = site.path().join("content/acme/en/2024-05-04.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    let text = text.replace(
        "[billing data](#bookmark-billing)",
        "[billing data](#bookmark-biling)",
    );
    let text = text.replace("<a href=\"#usage-data\">", "<a href=\"#usage-dat\">");
    std::fs::write(&path, &text).unwrap();
    let line_of = |needle: &str| text.lines().position(|l| l.contains(needle)).unwrap() + 1;
    let check = privsite::check::check(
        site.path(),
        &privsite::check::CheckOptions {
            date: Some(jiff::civil::date(2025, 1, 1)),
            drafts: false,
            current: false,
            published: None,
            document: None,
        },
    );
    let broken: Vec<(String, usize)> = check
        .findings
        .iter()
        .filter(|f| f.rule == Some("broken-anchor"))
        .map(|f| {
            (
                f.file.display().to_string(),
                f.position.map_or(0, |p| p.line),
            )
        })
        .collect();
    assert_eq!(
        broken,
        [
            (
                "content/acme/en/2024-05-04.toml".to_string(),
                line_of("#usage-dat")
            ),
            (
                "content/acme/en/2024-05-04.toml".to_string(),
                line_of("#bookmark-biling")
            ),
        ]
        .into_iter()
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect::<Vec<_>>(),
        "{:#?}",
        check.findings
    );
}

/// A policy with these recipients (name, country) and an optional stated date line.
fn policy(stated: Option<&str>, recipients: &[(&str, &str)], extra: &str) -> String {
    let mut out = String::from("# Privacy policy\n\n");
    if let Some(line) = stated {
        out.push_str(line);
        out.push_str("\n\n");
    }
    out.push_str("## Your rights\n\nYou may ask for your data.");
    out.push_str(extra);
    out.push_str(
        "\n\n## Sub-processors\n\n| Sub-processor | Purpose | Location |\n|---|---|---|\n",
    );
    for (name, country) in recipients {
        out.push_str(&format!("| {name} | Service | {country} |\n"));
    }
    out
}

fn git(dir: &Path, args: &[&str], date: &str) {
    let status = Process::new("git")
        .args(args)
        .current_dir(dir)
        .env("GIT_AUTHOR_NAME", "Test")
        .env("GIT_AUTHOR_EMAIL", "test@example.com")
        .env("GIT_COMMITTER_NAME", "Test")
        .env("GIT_COMMITTER_EMAIL", "test@example.com")
        .env("GIT_AUTHOR_DATE", date)
        .env("GIT_COMMITTER_DATE", date)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .status()
        .expect("git runs");
    assert!(status.success(), "git {args:?}");
}

fn commit(dir: &Path, file: &str, text: &str, message: &str, date: &str) {
    let path = dir.join(file);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
    git(dir, &["add", "-A"], date);
    git(dir, &["commit", "-q", "-m", message], date);
}

/// A history made here: commits dated by git, some stating an effective date; two of the
/// same date; one changing another file; a commit late in the evening east of UTC.
fn history() -> tempfile::TempDir {
    let repo = tempfile::tempdir().unwrap();
    git(
        repo.path(),
        &["init", "-q", "-b", "main"],
        "2023-01-01T00:00:00Z",
    );
    let p = "legal/privacy.md";
    commit(
        repo.path(),
        p,
        &policy(
            None,
            &[("Stripe", "United States"), ("Mailgun", "United States")],
            "",
        ),
        "First policy",
        "2023-03-01T10:00:00Z",
    );
    commit(
        repo.path(),
        "README.md",
        "Not the policy.",
        "Readme",
        "2023-04-01T10:00:00Z",
    );
    commit(
        repo.path(),
        p,
        &policy(
            Some("Last updated: June 15, 2023"),
            &[("Stripe", "United States"), ("Postmark", "Ireland")],
            "",
        ),
        "Postmark replaces Mailgun",
        "2023-06-10T23:30:00+02:00",
    );
    commit(
        repo.path(),
        p,
        &policy(
            Some("Last updated: June 15, 2023"),
            &[("Stripe", "United States"), ("Postmark", "Ireland")],
            " Typo fixed.",
        ),
        "Fix a typo",
        "2023-06-16T09:00:00Z",
    );
    commit(
        repo.path(),
        p,
        &policy(
            None,
            &[
                ("Stripe", "United States"),
                ("Postmark", "Ireland"),
                ("Slack", "USA"),
            ],
            " Typo fixed.",
        ),
        "Add Slack",
        "2024-01-02T01:00:00+03:00",
    );
    repo
}

#[test]
fn a_git_history_becomes_dated_revisions_and_a_processor_timeline() {
    if !require_git() {
        return;
    }
    let repo = history();
    let site = new_site("en");
    let report = import::import_git(
        repo.path(),
        &["legal/privacy.md"],
        &options(site.path(), "acme", "en"),
    )
    .unwrap();
    let dates: Vec<String> = report
        .revisions
        .iter()
        .map(|r| format!("{} {}", r.0, r.2))
        .collect();
    assert_eq!(
        dates,
        [
            "2023-03-01 the commit date (UTC)",
            "2023-06-15 the date the text states",
            // 01:00 at +03:00 is the evening before in UTC.
            "2024-01-01 the commit date (UTC)",
        ]
    );
    // Of the two versions dated June 15, the later one was written.
    assert_eq!(report.superseded.len(), 1);
    let june =
        std::fs::read_to_string(site.path().join("content/acme/en/2023-06-15.toml")).unwrap();
    assert!(june.contains("Typo fixed."), "{june}");
    // The summary tells what changed; the commit subjects are only notes in the report.
    assert!(
        june.contains("summary = \"Added Postmark; Removed Mailgun; one section changed\""),
        "{june}"
    );
    assert!(!june.contains("Fix a typo"), "{june}");
    let text = report.to_text();
    assert!(
        text.contains("Postmark replaces Mailgun | Fix a typo"),
        "{text}"
    );
    // First committed on June 10 (UTC), in force from June 15: announced then.
    assert!(june.contains("announced = 2023-06-10"), "{june}");
    let january =
        std::fs::read_to_string(site.path().join("content/acme/en/2024-01-01.toml")).unwrap();
    assert!(!january.contains("announced"), "{january}");
    let built = build(site.path(), jiff::civil::date(2025, 1, 1));
    let processors = page(&built, "acme/en/processors/index.html");
    let row = |name: &str| {
        let at = processors
            .find(&format!(">{name}<"))
            .unwrap_or_else(|| panic!("{name} missing: {processors}"));
        processors[at..].split("</tr>").next().unwrap().to_string()
    };
    assert!(
        row("Stripe").contains("datetime=\"2023-03-01\""),
        "{}",
        row("Stripe")
    );
    assert!(
        row("Postmark").contains("datetime=\"2023-06-15\""),
        "{}",
        row("Postmark")
    );
    assert!(
        row("Slack").contains("datetime=\"2024-01-01\""),
        "{}",
        row("Slack")
    );
    let mailgun = row("Mailgun");
    assert!(
        mailgun.contains("datetime=\"2023-03-01\"") && mailgun.contains("datetime=\"2023-06-15\""),
        "Mailgun came on March 1 and went on June 15: {mailgun}"
    );
    // The sections keep their ids across revisions, so diffs align.
    let diff = page(&built, "acme/en/2023-06-15/diff/index.html");
    assert!(diff.contains("id=\"rights\""), "{diff}");
}

#[test]
fn import_refuses_to_overwrite_without_force_and_says_what_it_wrote() {
    let site = new_site("en");
    let run = |extra: &[&str]| {
        let mut cmd = privsite(site.path());
        cmd.arg("import").arg(notice());
        cmd.args(["--company", "acme", "--locale", "en"])
            .args(extra);
        cmd.output().unwrap()
    };
    let first = run(&[]);
    let out = String::from_utf8_lossy(&first.stdout);
    assert!(first.status.success(), "{out}");
    assert!(out.contains("revision 2024-05-04"), "{out}");
    assert!(out.contains("13 sections, 4 processors"), "{out}");
    assert!(
        out.contains("large-notice.md:29: table with columns"),
        "unmapped with its line: {out}"
    );
    std::fs::write(
        site.path().join("content/acme/en/2024-05-04.toml"),
        "edited",
    )
    .unwrap();
    let again = run(&[]);
    assert!(!again.status.success());
    let err = String::from_utf8_lossy(&again.stderr);
    assert!(
        err.contains("would overwrite") && err.contains("--force"),
        "{err}"
    );
    assert_eq!(
        std::fs::read_to_string(site.path().join("content/acme/en/2024-05-04.toml")).unwrap(),
        "edited"
    );
    let forced = run(&["--force"]);
    assert!(forced.status.success());
    assert_ne!(
        std::fs::read_to_string(site.path().join("content/acme/en/2024-05-04.toml")).unwrap(),
        "edited"
    );
    // A date given on the command line wins over the stated one.
    let dated = run(&["--date", "2030-01-01"]);
    assert!(dated.status.success());
    assert!(site.path().join("content/acme/en/2030-01-01.toml").exists());
    // company.toml has what the text states.
    let company = std::fs::read_to_string(site.path().join("content/acme/company.toml")).unwrap();
    assert!(
        company.contains("email = \"privacy@acme.example\""),
        "{company}"
    );
    assert!(
        company.contains("org_number = \"556677-8899\""),
        "{company}"
    );
}

/// Pieces of the shapes the readers look for.
#[rustfmt::skip]
const PIECES: &[&str] = &[
    "# T\n", "## Rights\n", "## Your rights\n", "1. Data\n", "2) Cookies\n", "{: #x}\n",
    "| Partner | Country |\n|---|---|\n| A | USA |\n", "Partner\tLand\nB\tSverige\n",
    "<table><tr><th>Recipient</th></tr><tr><td>C</td></tr></table>\n", "text.\n", "\n",
    "Effective May 4, 2026\n", "## ps-x {#ps-y}\n", "\u{9d}", "<h2 id=\"z\">Z</h2>",
    "Partner\nAnvändning\nG\nH\n", "\"\"\"", "\\",
];

fn any_text() -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::prelude::*;
    prop_oneof![
        any::<String>(),
        prop::collection::vec(prop::sample::select(PIECES), 0..20).prop_map(|p| p.concat()),
    ]
}

proptest::proptest! {
    #![proptest_config(proptest_config())]

    /// Whatever a file holds, reading and mapping it gives unique, valid section ids with
    /// text, and a source TOML can parse; it never panics.
    #[test]
    fn any_text_maps_to_valid_unique_section_ids(
        text in any_text(),
        kind in proptest::sample::select(vec![import::Kind::Markdown, import::Kind::Html, import::Kind::Text]),
    ) {
        let doc = import::read(kind, &text);
        let mapped = import::mapping::map(&doc, "en", &mut import::mapping::Ids::default());
        let mut seen = BTreeSet::new();
        for s in &mapped.revision.sections {
            proptest::prop_assert!(privsite::source::load::is_id(&s.id) && !s.id.starts_with("ps-"), "{:?}", s.id);
            proptest::prop_assert!(seen.insert(s.id.clone()), "{:?} twice", s.id);
            proptest::prop_assert!(!s.body.trim().is_empty());
        }
        let toml = mapped.revision.to_toml("a test", "a test");
        proptest::prop_assert!(toml.parse::<toml::Table>().is_ok(), "{}", toml);
    }
}

#[cfg(unix)]
#[test]
fn import_writes_nothing_through_a_link_and_only_what_builds() {
    let site = new_site("en");
    let elsewhere = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        let mut cmd = privsite(site.path());
        cmd.arg("import").arg(notice());
        cmd.args(["--company", "acme", "--locale", "en"]).args(args);
        cmd.output().unwrap()
    };
    // A company folder that leads out of the site: refused, nothing written there.
    std::os::unix::fs::symlink(elsewhere.path(), site.path().join("content/acme")).unwrap();
    let out = run(&[]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("content/acme is a symbolic link that leads outside the site folder"),
        "{err}"
    );
    assert_eq!(std::fs::read_dir(elsewhere.path()).unwrap().count(), 0);
    std::fs::remove_file(site.path().join("content/acme")).unwrap();

    // A revision file that is a link, even inside the site: --force does not write through it.
    assert!(run(&[]).status.success());
    let revision = site.path().join("content/acme/en/2024-05-04.toml");
    let kept = site.path().join("kept.toml");
    std::fs::write(&kept, "# mine\n").unwrap();
    std::fs::remove_file(&revision).unwrap();
    std::os::unix::fs::symlink(&kept, &revision).unwrap();
    let out = run(&["--force"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("is a symbolic link: import writes no file through a link"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(std::fs::read_to_string(&kept).unwrap(), "# mine\n");
    std::fs::remove_file(&revision).unwrap();

    // What would not load as the build loads it is not written at all: here the company's
    // own company.toml is broken, and the import says so instead of adding to it.
    let company = site.path().join("content/acme/company.toml");
    std::fs::write(&company, "name = \n").unwrap();
    let out = run(&["--force"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("would not build, so nothing was written") && err.contains("company.toml"),
        "{err}"
    );
    assert!(!revision.exists());
}

/// A document nested deeper than a source may be is refused before it is parsed, at its
/// place, with nothing written: 50,000 nested list items or HTML elements cost no parse.
#[test]
fn import_refuses_a_document_nested_deeper_than_a_source_may_be() {
    for (name, text, place) in [
        (
            "deep.md",
            format!("# Policy\n\n## Recipients\n\n{}item\n", "- ".repeat(50_000)),
            "deep.md:5:",
        ),
        (
            "deep.html",
            format!(
                "<h1>Policy</h1>\n<h2>Recipients</h2>\n{}x{}",
                "<div>".repeat(50_000),
                "</div>".repeat(50_000)
            ),
            "deep.html:3:501: HTML elements nested more than 100 deep",
        ),
    ] {
        let site = new_site("en");
        let file = site.path().join(name);
        std::fs::write(&file, text).unwrap();
        let out = privsite(site.path())
            .arg("import")
            .arg(&file)
            .args(["--company", "acme", "--locale", "en"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(place), "{err}");
        assert!(err.contains("nested more than 100"), "{err}");
        assert!(err.contains("nothing was imported"), "{err}");
        assert_eq!(
            std::fs::read_dir(site.path().join("content"))
                .unwrap()
                .count(),
            0
        );
    }
}
