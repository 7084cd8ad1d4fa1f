//! The legal team's daily loop, through the real binary: a new revision in one command,
//! errors that name the fix, the build's closing lines and build.json, --base-url, the
//! progress reports, and the command list.

use std::path::Path;
use std::sync::{Arc, Mutex};

use crate::prelude::{Fixture, privsite, repo, sitemap_urls, today};
use privsite::BuildOptions;
use privsite::build::progress::{Progress, ProgressHandle};

const LATEST: &str = "content/acme/en/2099-01-01.toml";

struct Out {
    ok: bool,
    stdout: String,
    stderr: String,
}

fn run(root: &Path, args: &[&str]) -> Out {
    let out = privsite(root).args(args).output().unwrap();
    Out {
        ok: out.status.success(),
        stdout: String::from_utf8(out.stdout).unwrap(),
        stderr: String::from_utf8(out.stderr).unwrap(),
    }
}

fn toml_table(text: &str) -> toml::Table {
    toml::from_str(text).unwrap_or_else(|e| panic!("{e}\n{text}"))
}

#[test]
fn revision_writes_a_draft_copy_of_the_latest_keeping_its_comments() {
    let fixture = Fixture::copy("basic");
    let commented = format!(
        "# Reviewed by legal.\n{}",
        fixture
            .read(LATEST)
            .replace("[[processors]]", "# A recipient.\n[[processors]]")
            .replacen("\"SE\", \"DE\"]", "\"SE\", \"DE\"] # where it runs", 1)
    );
    fixture.write(LATEST, &commented);

    let out = run(
        fixture.root(),
        &["revision", "acme", "en", "--date", "2099-06-01"],
    );
    assert!(out.ok, "{}", out.stderr);
    assert!(
        out.stdout.contains(
            "content/acme/en/2099-06-01.toml (a draft copy of content/acme/en/2099-01-01.toml)"
        ),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout
            .contains("privsite diff acme en 2099-01-01 2099-06-01 --drafts"),
        "{}",
        out.stdout
    );
    let copy = fixture.read("content/acme/en/2099-06-01.toml");
    // Every comment and every other line is as it was.
    let changed: Vec<&str> = copy
        .lines()
        .filter(|l| !commented.lines().any(|c| c == *l))
        .collect();
    assert_eq!(changed, ["summary = \"\"", "draft = true"], "{copy}");
    for line in commented.lines().filter(|l| !l.starts_with("summary")) {
        assert!(copy.lines().any(|c| c == line), "lost {line:?}:\n{copy}");
    }
    let (mut old, mut new) = (toml_table(&commented), toml_table(&copy));
    assert_eq!(new.remove("draft"), Some(toml::Value::Boolean(true)));
    assert_eq!(
        new.remove("summary"),
        Some(toml::Value::String(String::new()))
    );
    old.remove("summary");
    assert_eq!(old, new);

    // A build leaves the draft out and says so; --drafts takes it in.
    let out = run(fixture.root(), &["build", "--date", "2025-01-01"]);
    assert!(out.ok, "{}", out.stderr);
    assert!(
        out.stdout
            .contains("; 2 drafts left out (--drafts includes them)\n"),
        "{}",
        out.stdout
    );
    assert!(!fixture.path("public/acme/en/2099-06-01").exists());
    let out = run(
        fixture.root(),
        &["build", "--date", "2025-01-01", "--drafts"],
    );
    assert!(out.ok, "{}", out.stderr);
    assert!(!out.stdout.contains("draft"), "{}", out.stdout);
    assert!(
        fixture
            .path("public/acme/en/2099-06-01/index.html")
            .is_file()
    );
}

#[test]
fn revision_refuses_existing_and_earlier_dates_without_force() {
    let fixture = Fixture::copy("basic");
    let before = fixture.read(LATEST);
    let out = run(
        fixture.root(),
        &["revision", "acme", "en", "--date", "2099-01-01"],
    );
    assert!(!out.ok);
    assert!(
        out.stderr.contains(
            "content/acme/en/2099-01-01.toml already exists: choose another --date, or pass --force to replace it"
        ),
        "{}",
        out.stderr
    );
    assert_eq!(fixture.read(LATEST), before);
    let out = run(
        fixture.root(),
        &["revision", "acme", "en", "--date", "2030-01-01"],
    );
    assert!(!out.ok);
    assert!(
        out.stderr
            .contains("2030-01-01 precedes the latest revision, 2099-01-01"),
        "{}",
        out.stderr
    );
    assert!(!fixture.path("content/acme/en/2030-01-01.toml").exists());
    // The default date is the build date: SOURCE_DATE_EPOCH here, before 2099.
    let out = privsite(fixture.root())
        .args(["revision", "acme", "en"])
        .env("SOURCE_DATE_EPOCH", "1735689600")
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("2025-01-01 precedes"));

    let out = run(
        fixture.root(),
        &["revision", "acme", "en", "--date", "2030-01-01", "--force"],
    );
    assert!(out.ok, "{}", out.stderr);
    let inserted = toml_table(&fixture.read("content/acme/en/2030-01-01.toml"));
    assert_eq!(inserted["draft"].as_bool(), Some(true));
    let out = run(
        fixture.root(),
        &["revision", "acme", "en", "--date", "2099-01-01", "--force"],
    );
    assert!(out.ok, "{}", out.stderr);
    assert_eq!(
        toml_table(&fixture.read(LATEST))["draft"].as_bool(),
        Some(true)
    );
}

#[test]
fn revision_copies_every_real_policy_losslessly() {
    // Every revision of the example site, made a draft: nothing but summary, draft and
    // the decided keys change, and every comment line stays.
    let content = repo().join("content");
    let mut seen = 0;
    for entry in walkdir::WalkDir::new(&content) {
        let entry = entry.unwrap();
        let name = entry.file_name().to_string_lossy();
        if !name.ends_with(".toml") || name == "company.toml" {
            continue;
        }
        seen += 1;
        let text = std::fs::read_to_string(entry.path()).unwrap();
        let draft = privsite::scaffold::as_draft(&text).unwrap();
        let (mut old, mut new) = (toml_table(&text), toml_table(&draft));
        assert_eq!(new.remove("draft"), Some(toml::Value::Boolean(true)));
        assert_eq!(
            new.remove("summary"),
            Some(toml::Value::String(String::new()))
        );
        old.remove("draft");
        old.remove("summary");
        // What a person decided for that revision is not copied forward.
        for key in privsite::scaffold::DECIDED_KEYS {
            old.remove(*key);
        }
        assert_eq!(old, new, "{}", entry.path().display());
        for comment in text.lines().filter(|l| l.trim_start().starts_with('#')) {
            assert!(
                draft.contains(comment),
                "{}: lost {comment:?}",
                entry.path().display()
            );
        }
    }
    assert!(seen >= 5, "{seen}");
}

#[test]
fn new_writes_a_draft_that_build_leaves_out() {
    let fixture = Fixture::copy("basic");
    let out = privsite(fixture.root())
        .args(["new", "gamma", "--locale", "sv"])
        .env("SOURCE_DATE_EPOCH", "1735689600")
        .output()
        .unwrap();
    assert!(out.status.success());
    let revision = fixture.read("content/gamma/sv/2025-01-01.toml");
    assert!(revision.contains("\ndraft = true\n"), "{revision}");
    let out = run(fixture.root(), &["build", "--date", "2025-01-01"]);
    assert!(out.ok, "{}", out.stderr);
    assert!(out.stdout.contains("; 2 drafts left out"), "{}", out.stdout);
    assert!(!fixture.path("public/gamma").exists());
    let index = std::fs::read_to_string(fixture.path("public/index.html")).unwrap();
    assert!(!index.contains("gamma"), "a draft company is not listed");
}

/// Ten typical mistakes and the fix each message names; the README's table lists them.
#[test]
fn typical_mistakes_name_their_fix() {
    let rev = "content/acme/en/2023-06-01.toml";
    // (replace, with, the message says, the fix it names, the token underlined)
    let cases: &[(&str, &str, &str, &str, &str)] = &[
        (
            "summary =",
            "sumary =",
            "unknown key `sumary`",
            "did you mean `summary`?",
            "sumary",
        ),
        (
            "[[sections]]",
            "[[section]]",
            "unknown key `section`",
            "did you mean `sections`?",
            "section",
        ),
        (
            "legal_bases =",
            "legal_base =",
            "unknown key `legal_base`",
            "did you mean `legal_bases`?",
            "legal_base",
        ),
        (
            "\"contract\"",
            "\"legitimate-interest\"",
            "unknown legal basis \"legitimate-interest\"",
            "did you mean \"legitimate-interests\"?",
            "\"legitimate-interest\"",
        ),
        (
            "\"contract\"",
            "\"Consent\"",
            "unknown legal basis \"Consent\"",
            "did you mean \"consent\"?",
            "\"Consent\"",
        ),
        (
            "safeguard = \"dpf\"",
            "safeguard = \"SCC\"",
            "unknown safeguard \"SCC\"",
            "did you mean \"scc\"?",
            "\"SCC\"",
        ),
        (
            "countries = [\"US\"]",
            "countries = [\"UK\"]",
            "\"UK\" is not an ISO 3166-1 alpha-2 country code",
            "(did you mean \"GB\"?)",
            "\"UK\"",
        ),
        (
            "countries = [\"US\"]",
            "countries = [\"EL\"]",
            "\"EL\" is not an ISO 3166-1 alpha-2 country code",
            "(did you mean \"GR\"?)",
            "\"EL\"",
        ),
        (
            "countries = [\"US\"]",
            "countries = [\"se\"]",
            "\"se\" is not an ISO 3166-1 alpha-2 country code",
            "(did you mean \"SE\"?)",
            "\"se\"",
        ),
    ];
    for (from, to, says, fix, token) in cases {
        let fixture = Fixture::copy("basic");
        let text = fixture.read(rev);
        assert!(text.contains(from), "{rev} has no {from}");
        fixture.write(rev, text.replacen(from, to, 1));
        let out = run(fixture.root(), &["build", "--date", "2025-01-01"]);
        assert!(!out.ok);
        let at = out
            .stderr
            .lines()
            .position(|l| l.contains(says))
            .unwrap_or_else(|| panic!("{to}: no {says:?} in\n{}", out.stderr));
        let lines: Vec<&str> = out.stderr.lines().collect();
        assert!(
            lines[at].starts_with(&format!("error: {rev}:")),
            "{}",
            lines[at]
        );
        assert!(lines[at].ends_with(fix), "{to}: {}", lines[at]);
        // The source line, and the whole token underlined under it.
        let source = lines[at + 2];
        let underline = lines[at + 3];
        let column = source.find(token).unwrap_or_else(|| panic!("{source}"));
        assert_eq!(
            underline.trim_end(),
            format!(
                "{}{}",
                &underline[..column],
                "^".repeat(token.chars().count())
            ),
            "{to}:\n{source}\n{underline}"
        );
        assert!(
            !out.stderr.contains('\u{1b}'),
            "no colour in a pipe: {}",
            out.stderr
        );
    }

    // Names on the command line.
    let fixture = Fixture::copy("basic");
    let out = run(fixture.root(), &["diff", "acmee", "en"]);
    assert!(!out.ok);
    assert!(
        out.stderr
            .contains("no company \"acmee\": expected one of acme, beta; did you mean \"acme\"?"),
        "{}",
        out.stderr
    );
    let out = run(fixture.root(), &["diff", "acme", "EN"]);
    assert!(
        out.stderr
            .contains("acme has no locale \"EN\": expected one of en, sv; did you mean \"en\"?"),
        "{}",
        out.stderr
    );
    let out = run(fixture.root(), &["revision", "acmee", "sv"]);
    assert!(
        out.stderr.contains("did you mean \"acme\"?"),
        "{}",
        out.stderr
    );
}

#[test]
fn an_unclosed_string_is_reported_where_it_opened() {
    let fixture = Fixture::copy("basic");
    let rev = "content/acme/en/2023-06-01.toml";
    let text = fixture.read(rev);
    let from = "body = \"We keep data for three years.\"";
    assert!(text.contains(from));
    fixture.write(
        rev,
        text.replacen(from, "body = \"\"\"We keep data for three years.", 1),
    );
    let line = text[..text.find(from).unwrap()].lines().count() + 1;
    let out = run(fixture.root(), &["build", "--date", "2025-01-01"]);
    assert!(!out.ok);
    assert!(
        out.stderr.contains(&format!(
            "error: {rev}:{line}:8: unclosed multi-line string: the \"\"\" that opens here is never closed"
        )),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr
            .contains(&format!("{line} | body = \"\"\"We keep data")),
        "{}",
        out.stderr
    );
}

#[test]
fn warnings_show_their_source_line() {
    let fixture = Fixture::copy("basic");
    let text = fixture.read(LATEST);
    fixture.write(LATEST, text.replacen("safeguard = \"dpf\"\n", "", 1));
    let out = run(fixture.root(), &["build", "--date", "2025-01-01"]);
    assert!(out.ok, "{}", out.stderr);
    let warning = out
        .stderr
        .lines()
        .position(|l| l.starts_with(&format!("warning: {LATEST}:")))
        .unwrap_or_else(|| panic!("{}", out.stderr));
    let shown: Vec<&str> = out.stderr.lines().skip(warning).take(4).collect();
    assert!(shown[2].contains(" | name = \""), "{shown:#?}");
    assert!(shown[3].trim_end().ends_with('^'), "{shown:#?}");
}

#[test]
fn build_json_says_when_the_site_next_changes() {
    let fixture = Fixture::copy("basic");
    let built = fixture.build().unwrap();
    let json: serde_json::Value =
        serde_json::from_slice(built.output.get("build.json").unwrap()).unwrap();
    assert_eq!(
        json,
        serde_json::json!({
            "version": 1,
            "date": "2025-01-01",
            "next_change": {
                "date": "2099-01-01",
                "revisions": [{ "company": "acme", "locale": "en" }]
            }
        })
    );
    // The same sources and date give the same bytes.
    let again = fixture.build().unwrap();
    assert_eq!(
        again.output.get("build.json"),
        built.output.get("build.json")
    );
    // Two locales changing the same day are both named; after the last, nothing is.
    fixture.write(
        "content/acme/sv/2099-01-01.toml",
        fixture.read("content/acme/sv/2020-01-01.toml"),
    );
    let out = run(fixture.root(), &["build", "--date", "2025-01-01"]);
    assert!(
        out.stdout.ends_with(
            "\nnext: acme/en, acme/sv 2099-01-01 take effect; rebuild on or after that day\n"
        ),
        "{}",
        out.stdout
    );
    let out = run(fixture.root(), &["build", "--date", "2099-01-01"]);
    assert!(
        out.stdout.ends_with(
            "\nnext: no revision is upcoming; the site changes only when its sources do\n"
        ),
        "{}",
        out.stdout
    );
    let written = fixture.read("public/build.json");
    assert!(written.contains("\"next_change\": null"), "{written}");
}

#[test]
fn base_url_overrides_site_toml_for_one_run() {
    let fixture = Fixture::copy("basic");
    let out = run(
        fixture.root(),
        &[
            "build",
            "--date",
            "2025-01-01",
            "--base-url",
            "https://deploy-preview-12.example.net/pr/",
        ],
    );
    assert!(out.ok, "{}", out.stderr);
    let page = fixture.read("public/acme/en/index.html");
    assert!(
        page.contains("href=\"https://deploy-preview-12.example.net/pr/acme/en/\""),
        "{page}"
    );
    let read = |path: &str| std::fs::read_to_string(fixture.root().join("public").join(path)).ok();
    let urls = sitemap_urls(read, "https://deploy-preview-12.example.net/pr/");
    assert!(urls.contains_key("https://deploy-preview-12.example.net/pr/acme/en/"));
    for bad in ["deploy-preview.example.net", "https://x.example/?a=1"] {
        let out = run(fixture.root(), &["build", "--base-url", bad]);
        assert!(!out.ok);
        assert!(
            out.stderr
                .contains(&format!("invalid value '{bad}' for '--base-url <URL>'")),
            "{}",
            out.stderr
        );
    }
    let out = run(fixture.root(), &["serve", "--base-url", "example.com"]);
    assert!(!out.ok);
    assert!(
        out.stderr.contains("expected an absolute URL"),
        "{}",
        out.stderr
    );
}

#[derive(Default)]
struct Recorded(Mutex<Vec<(String, Option<u64>, u64)>>);

impl Progress for Recorded {
    fn step(&self, what: &'static str, total: Option<u64>) {
        self.0.lock().unwrap().push((what.to_string(), total, 0));
    }
    fn advance(&self, done: u64) {
        self.0.lock().unwrap().last_mut().unwrap().2 += done;
    }
}

#[test]
fn a_build_reports_its_progress_and_a_pipe_shows_none() {
    let fixture = Fixture::copy("basic");
    let recorded = Arc::new(Recorded::default());
    let built = fixture
        .build_with(&BuildOptions {
            date: Some(today()),
            progress: Some(ProgressHandle(recorded.clone())),
            ..Default::default()
        })
        .unwrap();
    let steps = recorded.0.lock().unwrap().clone();
    assert_eq!(steps[0], ("loading".to_string(), None, 0));
    let (what, total, done) = &steps[1];
    assert_eq!(what, "rendering");
    assert_eq!(*total, Some(*done));
    // Pages and feeds rendered from templates; at least every HTML page.
    assert!(*done as usize >= built.output.pages(), "{steps:?}");
    // Writing as it renders (`privsite build`), every page is counted once, to the end.
    let out = tempfile::tempdir().unwrap();
    let streamed = Arc::new(Recorded::default());
    let written = privsite::build_and_write(
        fixture.root(),
        &BuildOptions {
            date: Some(today()),
            output_dir: Some(out.path().join("public")),
            progress: Some(ProgressHandle(streamed.clone())),
            ..Default::default()
        },
    )
    .unwrap();
    let steps = streamed.0.lock().unwrap().clone();
    assert_eq!(steps[0], ("loading".to_string(), None, 0));
    let (what, total, done) = &steps[1];
    assert_eq!(what, "rendering");
    assert_eq!(*total, Some(*done), "{steps:?}");
    assert!(*done as usize >= written.pages, "{steps:?}");
    // In a pipe (as here) the binary draws nothing.
    let out = run(fixture.root(), &["build", "--date", "2025-01-01"]);
    assert!(out.ok);
    assert_eq!(out.stderr, "");
}

#[test]
fn help_lists_every_command_in_one_line() {
    let out = run(Path::new("."), &["--help"]);
    assert!(out.ok);
    for command in ["build", "serve", "check", "diff", "init", "new", "revision"] {
        let line = out
            .stdout
            .lines()
            .find(|l| l.trim_start().starts_with(&format!("{command} ")))
            .unwrap_or_else(|| panic!("{command} missing:\n{}", out.stdout));
        assert!(line.len() < 100, "{line}");
    }
}

#[test]
fn a_new_site_with_one_company_in_two_languages() {
    // The README's first steps, as a new team runs them.
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("privacy");
    let step = |root: &Path, args: &[&str]| {
        let out = privsite(root)
            .args(args)
            .env("SOURCE_DATE_EPOCH", "1735689600") // 2025-01-01
            .output()
            .unwrap();
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert!(out.status.success(), "{args:?}: {stderr}");
        String::from_utf8(out.stdout).unwrap()
    };
    step(dir.path(), &["init", site.to_str().unwrap()]);
    step(&site, &["new", "acme", "--locale", "sv"]);
    // A translation starts as a copy of the reference text, dated as it is.
    let out = step(&site, &["revision", "acme", "en", "--from", "sv"]);
    assert!(
        out.contains(
            "content/acme/en/2025-01-01.toml (a draft copy of content/acme/sv/2025-01-01.toml)"
        ),
        "{out}"
    );
    // It records what it translates, as `new --locale` does.
    let translation =
        std::fs::read_to_string(site.join("content/acme/en/2025-01-01.toml")).unwrap();
    assert!(
        translation.contains("\ntranslated_from = \"sv\"\ndraft = true\n"),
        "{translation}"
    );
    let out = step(&site, &["build", "--drafts"]);
    assert!(out.starts_with("wrote "), "{out}");
    for page in ["acme/sv/index.html", "acme/en/index.html"] {
        assert!(site.join("public").join(page).is_file(), "{page}");
    }
    // A locale that does not exist yet is named, with the command that starts it.
    let out = privsite(&site)
        .args(["revision", "acme", "fi"])
        .output()
        .unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("acme has no locale \"fi\": expected one of en, sv (to start a translation: `privsite revision acme fi --from en`)"),
        "{stderr}"
    );
}

mod properties {
    use privsite::Diagnostic;
    use proptest::prelude::*;

    use crate::prelude::proptest_config;

    proptest! {
        #![proptest_config(proptest_config())]

        /// A word in the set is its own suggestion; any suggestion is in the set.
        #[test]
        fn suggestions_come_from_the_candidates(
            words in proptest::collection::vec("[a-z][a-z_-]{0,12}", 1..8),
            input in "[a-zA-Z_ -]{0,14}",
            pick in 0usize..8,
        ) {
            let exact = &words[pick % words.len()];
            let found = privsite::diagnostic::suggest::closest(exact, words.iter().map(String::as_str));
            prop_assert!(found.is_some());
            // Another word may fold to the same spelling (`a_b`, `a-b`); it is as good.
            let fold = |s: &str| s.replace('_', "-");
            prop_assert_eq!(fold(found.unwrap()), fold(exact));
            if let Some(s) = privsite::diagnostic::suggest::closest(&input, words.iter().map(String::as_str)) {
                prop_assert!(words.iter().any(|w| w == s));
            }
        }

        /// Any text, any span: rendering never panics, names the position on its first
        /// line, and underlines at least one character.
        #[test]
        fn any_span_renders(text in "(?s).{0,200}", start in 0usize..220, len in 0usize..40) {
            let d = Diagnostic::error("x.toml", "something").at_span(&text, start..start + len);
            let shown = d.render(false);
            let first = shown.lines().next().unwrap_or("");
            prop_assert!(first.starts_with("error: x.toml:"), "{}", shown);
            prop_assert!(d.width >= 1);
            if d.source_line.is_some() {
                prop_assert!(shown.contains('^'), "{}", shown);
            }
        }

        /// A revision made a draft keeps every other key and every comment, and none of
        /// the dates and class a person decided for the revision it copies.
        #[test]
        fn drafts_keep_everything_else(
            title in "[a-zA-Z0-9 .,:;!?åäö()'-]{0,20}",
            summary in proptest::option::of("[a-zA-Z0-9 .,:;!?åäö()'-]{0,20}"),
            draft in proptest::option::of(any::<bool>()),
            announced in proptest::option::of(1u8..=30),
            material in proptest::option::of(any::<bool>()),
            date_note in proptest::option::of("[a-zA-Z0-9 .,]{0,20}"),
            comments in proptest::collection::vec("[a-zA-Z0-9 .,]{0,30}", 0..4),
            sections in proptest::collection::vec(("[a-z]{1,8}", "[a-zA-Z0-9 .,#=\"\n-]{0,40}"), 0..3),
        ) {
            let mut text = String::new();
            for c in &comments {
                text.push_str(&format!("# {c}\n"));
            }
            text.push_str(&format!("title = \"{title}\"\n"));
            if let Some(s) = &summary {
                text.push_str(&format!("summary = \"{s}\" # what changed\n"));
            }
            if let Some(d) = draft {
                text.push_str(&format!("draft = {d}\n"));
            }
            // What a person decided for the revision copied: never copied forward.
            if let Some(day) = announced {
                text.push_str(&format!("announced = 2026-11-{:02}\n", day));
            }
            if let Some(m) = material {
                text.push_str(&format!("material = {m}\n"));
            }
            if let Some(note) = &date_note {
                text.push_str(&format!("# Where the date comes from.\ndate_note = \"{note}\"\n"));
            }
            for (id, body) in &sections {
                text.push_str(&format!("\n# Section {id}.\n[[sections]]\nid = \"{id}\"\nbody = '''\n{body}'''\n"));
            }
            let copy = privsite::scaffold::as_draft(&text).unwrap();
            let mut old: toml::Table = toml::from_str(&text).unwrap();
            let mut new: toml::Table = toml::from_str(&copy).unwrap();
            prop_assert_eq!(new.remove("draft"), Some(toml::Value::Boolean(true)));
            prop_assert_eq!(new.remove("summary"), Some(toml::Value::String(String::new())));
            old.remove("draft");
            old.remove("summary");
            for key in privsite::scaffold::DECIDED_KEYS {
                old.remove(*key);
                prop_assert!(!new.contains_key(*key), "{} copied into\n{}", key, copy);
            }
            prop_assert_eq!(old, new);
            for line in text.lines().filter(|l| l.starts_with('#')) {
                prop_assert!(copy.contains(line), "lost {:?} in\n{}", line, copy);
            }
            if summary.is_some() {
                prop_assert!(copy.contains("summary = \"\" # what changed"), "{}", copy);
            }
        }
    }
}
