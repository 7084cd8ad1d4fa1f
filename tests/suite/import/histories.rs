//! Real-looking policy histories, each built here as a git repository: side branches and
//! merges, same-second commits, dates stated through markup, bullet lists of recipients
//! under location lead-ins, renamed recipients, renamed files, locales in other spellings.
//! Each import is built through the real pipeline.

use std::path::Path;

use super::{build, commit, git, new_site, options, policy};
use crate::prelude::require_git;
use privsite::import;

fn init() -> tempfile::TempDir {
    let repo = tempfile::tempdir().unwrap();
    git(
        repo.path(),
        &["init", "-q", "-b", "main"],
        "2023-01-01T00:00:00Z",
    );
    repo
}

fn read(site: &Path, rel: &str) -> String {
    std::fs::read_to_string(site.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

fn dates(report: &import::Report) -> Vec<String> {
    report
        .revisions
        .iter()
        .map(|r| format!("{} {}", r.0, r.2))
        .collect()
}

/// Each distinct text once, in the order it reached the branch: a side branch merged
/// later is dated by its own commit, a merge bringing nothing new and a commit to another
/// file make no revision, and of two commits in the same second the child wins.
#[test]
fn merges_and_same_second_commits_tell_each_text_once() {
    if !require_git() {
        return;
    }
    let repo = init();
    let r = repo.path();
    let p = "privacy.md";
    let us = "United States";
    commit(
        r,
        p,
        &policy(None, &[("Stripe", us)], ""),
        "First policy",
        "2023-03-01T10:00:00Z",
    );
    git(r, &["checkout", "-q", "-b", "side"], "2023-03-02T00:00:00Z");
    commit(
        r,
        p,
        &policy(None, &[("Stripe", us), ("Anthropic", us)], ""),
        "Localization trigger: acceptable use policies",
        "2023-04-01T10:00:00Z",
    );
    git(r, &["checkout", "-q", "main"], "2023-04-02T00:00:00Z");
    commit(
        r,
        "README.md",
        "Readme.",
        "Repo sync",
        "2023-04-05T10:00:00Z",
    );
    git(
        r,
        &[
            "merge",
            "-q",
            "--no-ff",
            "side",
            "-m",
            "Merge pull request #1035 from acme/side",
        ],
        "2023-05-10T10:00:00Z",
    );
    commit(
        r,
        "other.md",
        "Other.",
        "Touch another file",
        "2023-05-11T10:00:00Z",
    );
    // A parent and its child in the same second: the child's text is the one in force.
    let canada = "United States, Canada";
    commit(
        r,
        p,
        &policy(None, &[("Stripe", us), ("Anthropic", canada)], ""),
        "Parent",
        "2023-06-01T12:00:00Z",
    );
    commit(
        r,
        p,
        &policy(
            None,
            &[("Stripe", us), ("Anthropic", canada)],
            " Typo fixed.",
        ),
        "Child",
        "2023-06-01T12:00:00Z",
    );

    let site = new_site("en");
    let s = site.path();
    let report = import::import_git(r, &[p], &options(s, "acme", "en")).unwrap();
    let text = report.to_text();
    let got = dates(&report);
    assert_eq!(got.len(), 3, "{text}");
    assert_eq!(got[0], "2023-03-01 the commit date (UTC)");
    assert!(
        got[1].starts_with("2023-04-01 the commit that first has this text (")
            && got[1].ends_with(", on a side branch; UTC)"),
        "{text}"
    );
    assert_eq!(got[2], "2023-06-01 the commit date (UTC)");
    let april = read(s, "content/acme/en/2023-04-01.toml");
    assert!(april.contains("summary = \"Added Anthropic\""), "{april}");
    let june = read(s, "content/acme/en/2023-06-01.toml");
    assert!(june.contains("Typo fixed."), "the child wins: {june}");
    assert!(
        june.contains("summary = \"Anthropic now also processes in Canada; one section changed\""),
        "{june}"
    );
    for file in [&april, &june] {
        for subject in ["Merge pull request", "Localization trigger", "Repo sync"] {
            assert!(!file.contains(subject), "{subject} in {file}");
        }
    }
    assert!(
        text.contains("Localization trigger: acceptable use policies | Merge pull request #1035"),
        "the subjects stay as notes: {text}"
    );
    let built = build(s, jiff::civil::date(2024, 1, 1));
    let diff = crate::prelude::page(&built, "acme/en/2023-04-01/diff/index.html");
    assert!(diff.contains("Anthropic"), "{diff}");

    // With first-parent dates, the side branch's text is dated by the merge.
    let site = new_site("en");
    let mut o = options(site.path(), "acme", "en");
    o.first_parent_dates = true;
    let report = import::import_git(r, &[p], &o).unwrap();
    assert_eq!(report.revisions[1].0, jiff::civil::date(2023, 5, 10));
    build(site.path(), jiff::civil::date(2024, 1, 1));
}

/// Dates stated in emphasis, bold and links are read; an attribute that contradicts the
/// visible date is reported and loses; a text committed before the day it states is
/// announced that day.
#[test]
fn stated_dates_are_read_through_markup_and_announced_from_history() {
    if !require_git() {
        return;
    }
    let repo = init();
    let r = repo.path();
    let p = "policy.md";
    let us = [("Stripe", "United States")];
    for (line, date) in [
        ("*Last updated: June 8, 2023*", "2023-06-01T09:00:00Z"),
        (
            "Effective date: **September 1, 2023**",
            "2023-09-05T09:00:00Z",
        ),
        (
            "Last updated: [July 18, 2024](https://example.com/changes)",
            "2024-07-18T09:00:00Z",
        ),
        (
            "Effective June 30, 2025\n{: datetime=\"2022-06-30\" #effective }",
            "2025-06-01T09:00:00Z",
        ),
    ] {
        commit(r, p, &policy(Some(line), &us, ""), "Update", date);
    }
    let site = new_site("en");
    let s = site.path();
    let report = import::import_git(r, &[p], &options(s, "acme", "en")).unwrap();
    let text = report.to_text();
    let got: Vec<String> = report.revisions.iter().map(|r| r.0.to_string()).collect();
    assert_eq!(
        got,
        ["2023-06-08", "2023-09-01", "2024-07-18", "2025-06-30"],
        "{text}"
    );
    assert!(
        report
            .revisions
            .iter()
            .all(|r| r.2 == "the date the text states"),
        "{text}"
    );
    assert!(
        text.contains("policy.md at commit")
            && text.contains(":4: datetime=\"2022-06-30\" contradicts the visible date 2025-06-30"),
        "{text}"
    );
    assert!(read(s, "content/acme/en/2023-06-08.toml").contains("announced = 2023-06-01"));
    assert!(!read(s, "content/acme/en/2023-09-01.toml").contains("announced"));
    assert!(!read(s, "content/acme/en/2024-07-18.toml").contains("announced"));
    let last = read(s, "content/acme/en/2025-06-30.toml");
    assert!(last.contains("announced = 2025-06-01"), "{last}");
    // The attribute list is applied, not shown: its id kept, the rest dropped.
    assert!(!last.contains("{:"), "{last}");
    assert!(last.contains("<a id=\"effective\"></a>"), "{last}");
    let built = build(s, jiff::civil::date(2025, 7, 1));
    let page = crate::prelude::page(&built, "acme/en/index.html");
    assert!(!page.contains("{:"), "{page}");
    assert!(page.contains("id=\"effective\""), "{page}");
}

/// A text that states no date outside its change log is dated by the log's newest entry,
/// and says so in the report; a text with neither is dated by its commit.
#[test]
fn a_change_log_dates_a_version_that_states_no_other_date() {
    if !require_git() {
        return;
    }
    let repo = init();
    let r = repo.path();
    let p = "policy.md";
    let us = [("Stripe", "United States")];
    let first = "\n\n## Revision history\n\n- March 3, 2023: First version";
    commit(
        r,
        p,
        &policy(None, &us, first),
        "First",
        "2023-02-20T09:00:00Z",
    );
    let second = format!("{first}\n- **2023-09-01** – Added Anthropic");
    commit(
        r,
        p,
        &policy(None, &[us[0], ("Anthropic", "United States")], &second),
        "Add Anthropic",
        "2023-08-15T09:00:00Z",
    );
    commit(
        r,
        p,
        &policy(None, &[("Anthropic", "United States")], ""),
        "Drop the log",
        "2024-01-05T09:00:00Z",
    );
    let site = new_site("en");
    let s = site.path();
    let report = import::import_git(r, &[p], &options(s, "acme", "en")).unwrap();
    let text = report.to_text();
    assert_eq!(
        dates(&report),
        [
            "2023-03-03 the date the text states (the newest entry of its change log, line 9; it states no other)",
            "2023-09-01 the date the text states (the newest entry of its change log, line 10; it states no other)",
            "2024-01-05 the commit date (UTC)"
        ],
        "{text}"
    );
    // Committed before the day its log gives: announced on the commit's day.
    let second = read(s, "content/acme/en/2023-09-01.toml");
    assert!(second.contains("announced = 2023-08-15"), "{second}");
    let built = build(s, jiff::civil::date(2023, 10, 1));
    let page = crate::prelude::page(&built, "acme/en/index.html");
    assert!(page.contains("Added Anthropic"), "{page}");
}

/// A Swedish policy is summarised in Swedish, from the Swedish messages; a region its
/// lead-in names ("inom EU") is shown by its Swedish name.
#[test]
fn a_swedish_history_is_summarised_in_swedish() {
    if !require_git() {
        return;
    }
    let repo = init();
    let r = repo.path();
    let p = "integritet.md";
    let text = |eu: &[&str], table: &[(&str, &str)]| {
        let mut out = String::from(
            "# Integritetspolicy\n\n## Dina rättigheter\n\nDu kan begära ut dina uppgifter.\n\n## Mottagare\n\nLeverantörer inom EU:\n\n",
        );
        for name in eu {
            out.push_str(&format!("* **{name}** – drift\n"));
        }
        out.push_str("\n| Mottagare | Ändamål | Land |\n|---|---|---|\n");
        for (name, land) in table {
            out.push_str(&format!("| {name} | Betalning | {land} |\n"));
        }
        out
    };
    commit(
        r,
        p,
        &text(&["Hetzner"], &[("Stripe", "USA")]),
        "Första",
        "2024-01-10T09:00:00Z",
    );
    commit(
        r,
        p,
        &text(&["Hetzner", "Bahnhof"], &[("Stripe", "USA, Irland")]),
        "Ny leverantör",
        "2024-03-10T09:00:00Z",
    );
    let site = new_site("sv");
    let s = site.path();
    let report = import::import_git(r, &[p], &options(s, "acme", "sv")).unwrap();
    let log = report.to_text();
    assert_eq!(report.revisions.len(), 2, "{log}");
    let second = read(s, "content/acme/sv/2024-03-10.toml");
    assert!(
        second.contains(
            "summary = \"Lade till Bahnhof; Stripe behandlar nu även uppgifter i Irland\""
        ),
        "{second}"
    );
    assert!(second.contains("regions = [\"EU\"]"), "{second}");
    assert!(!log.contains("no summary written"), "{log}");
    let built = build(s, jiff::civil::date(2024, 6, 1));
    let page = crate::prelude::page(&built, "acme/sv/processors/index.html");
    assert!(page.contains("Europeiska unionen"), "{page}");
    let history = crate::prelude::page(&built, "acme/sv/history/index.html");
    assert!(history.contains("Lade till Bahnhof"), "{history}");
}

/// A policy in a language privsite has no messages for keeps its summaries out of the
/// revisions (they would be English in a text that is not): the report has them.
#[test]
fn a_history_in_a_language_without_messages_has_its_summaries_in_the_report_only() {
    if !require_git() {
        return;
    }
    let repo = init();
    let r = repo.path();
    let p = "policy.md";
    let us = "United States";
    commit(
        r,
        p,
        &policy(None, &[("Stripe", us)], ""),
        "One",
        "2024-01-10T09:00:00Z",
    );
    commit(
        r,
        p,
        &policy(None, &[("Stripe", us), ("Adyen", us)], ""),
        "Two",
        "2024-02-10T09:00:00Z",
    );
    let site = new_site("ja");
    let s = site.path();
    let report = import::import_git(r, &[p], &options(s, "acme", "ja")).unwrap();
    let log = report.to_text();
    let second = read(s, "content/acme/ja/2024-02-10.toml");
    assert!(!second.contains("summary ="), "{second}");
    assert!(
        log.contains("2024-02-10: no summary written (no messages in \"ja\" to write it in; in English): Added Adyen"),
        "{log}"
    );
}

const EU_LIST: &str = "These subprocessors are located in the EU:";

fn listed(eu: &[(&str, &str)], us: &[(&str, &str)]) -> String {
    let mut out = String::from("# Subprocessors\n\n## Subprocessors\n\n");
    for (lead, items) in [
        (EU_LIST, eu),
        ("These subprocessors are located in the United States:", us),
    ] {
        out.push_str(lead);
        out.push_str("\n\n");
        for (name, purpose) in items {
            let slug = name.split_whitespace().next().unwrap().to_lowercase();
            out.push_str(&format!("* [{name}](https://{slug}.example). {purpose}.\n"));
        }
        out.push('\n');
    }
    out.push_str("## Your rights\n\nYou may ask for your data.\n");
    out
}

/// Recipients in bullet lists under location lead-ins become processors, with the place
/// the lead-in states; a renamed recipient is proposed as `formerly`, and said so.
#[test]
fn bullet_lists_under_lead_ins_are_recipients_and_renames_are_proposed() {
    if !require_git() {
        return;
    }
    let repo = init();
    let r = repo.path();
    let p = "subprocessors.md";
    commit(
        r,
        p,
        &listed(
            &[("Mailgun", "Email delivery"), ("Hetzner", "Hosting")],
            &[("Anthropic", "AI model provider")],
        ),
        "List",
        "2024-01-10T09:00:00Z",
    );
    commit(
        r,
        p,
        &listed(
            &[
                ("Mailgun Technologies", "Email delivery"),
                ("Hetzner", "Hosting"),
            ],
            &[
                ("Anthropic", "AI model provider"),
                ("OpenAI", "AI model provider"),
            ],
        ),
        "Repo sync",
        "2024-03-10T09:00:00Z",
    );
    let site = new_site("en");
    let s = site.path();
    let report = import::import_git(r, &[p], &options(s, "acme", "en")).unwrap();
    let text = report.to_text();
    assert_eq!(report.revisions.len(), 2, "{text}");
    assert_eq!(report.revisions[0].4, 3, "{text}");
    let first = read(s, "content/acme/en/2024-01-10.toml");
    let value: toml::Table = first.parse().unwrap();
    let ps = value["processors"].as_array().unwrap();
    let anthropic = ps
        .iter()
        .find(|p| p["name"].as_str() == Some("Anthropic"))
        .unwrap();
    assert_eq!(
        anthropic["countries"].as_array().unwrap()[0].as_str(),
        Some("US")
    );
    assert_eq!(anthropic["purpose"].as_str(), Some("AI model provider"));
    assert_eq!(anthropic["url"].as_str(), Some("https://anthropic.example"));
    let mailgun = ps
        .iter()
        .find(|p| p["name"].as_str() == Some("Mailgun"))
        .unwrap();
    // The EU is a region the model holds: no country guessed, the lead-in kept as the group.
    assert!(mailgun.get("countries").is_none(), "{first}");
    assert_eq!(
        mailgun["regions"].as_array().unwrap(),
        &vec![toml::Value::from("EU")],
        "{first}"
    );
    assert_eq!(
        mailgun["group"].as_str(),
        Some("These subprocessors are located in the EU")
    );
    assert!(text.contains("processor \"Anthropic\""), "{text}");
    let second = read(s, "content/acme/en/2024-03-10.toml");
    assert!(second.contains("formerly = [\"Mailgun\"]"), "{second}");
    assert!(
        second.contains("summary = \"Added OpenAI; Mailgun is now Mailgun Technologies\""),
        "{second}"
    );
    assert!(
        text.contains("\"Mailgun Technologies\" proposed as formerly \"Mailgun\""),
        "{text}"
    );
    let built = build(s, jiff::civil::date(2024, 6, 1));
    let page = crate::prelude::page(&built, "acme/en/processors/index.html");
    assert!(
        page.contains("These subprocessors are located in the EU"),
        "{page}"
    );
    assert!(page.contains("OpenAI"), "{page}");
    // The region is shown as where Hetzner processes, within the EEA, needing no safeguard.
    let row = page
        .split("<tr id=\"ps-processor-hetzner\">")
        .nth(1)
        .and_then(|r| r.split("</tr>").next())
        .unwrap_or_else(|| panic!("no Hetzner row: {page}"));
    assert!(row.contains("European Union"), "{row}");
    assert!(row.contains("Within the EEA"), "{row}");
    assert!(!row.contains("processor-country"), "{row}");
    let json = crate::prelude::json(&built, "acme/en/processors.json");
    let hetzner = json["processors"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "Hetzner")
        .unwrap();
    assert_eq!(hetzner["regions"], serde_json::json!(["EU"]));
    assert_eq!(hetzner["countries"], serde_json::Value::Null);
    assert_eq!(hetzner["outside_eea"], serde_json::json!(false));
    let csv = crate::prelude::page(&built, "acme/en/processors.csv");
    let row: Vec<&str> = csv
        .lines()
        .find(|l| l.starts_with("Hetzner,"))
        .unwrap_or_else(|| panic!("{csv}"))
        .split(',')
        .collect();
    // No country, not outside the EEA, the region in the last column.
    assert_eq!((row[4], row[5], row[16]), ("", "false", "EU"), "{csv}");
    // check asks no country and no safeguard of a processor in the EU.
    let findings = privsite::check::check_built(&built, true).findings;
    let about_hetzner: Vec<_> = findings
        .iter()
        .filter(|f| f.message.contains("\"Hetzner\""))
        .map(|f| format!("{:?}: {}", f.rule, f.message))
        .collect();
    assert!(about_hetzner.is_empty(), "{about_hetzner:?}");
}

/// A file moved to another path is followed with `follow`, and several paths are one
/// history.
#[test]
fn file_renames_are_followed_and_several_paths_are_one_history() {
    if !require_git() {
        return;
    }
    let repo = init();
    let r = repo.path();
    let us = [("Stripe", "United States")];
    commit(
        r,
        "privacy.md",
        &policy(None, &us, ""),
        "First",
        "2023-01-10T09:00:00Z",
    );
    std::fs::remove_file(r.join("privacy.md")).unwrap();
    commit(
        r,
        "legal/privacy.md",
        &policy(None, &us, " Moved and edited."),
        "Move",
        "2023-02-10T09:00:00Z",
    );
    let count = |paths: &[&str], follow: bool| {
        let site = new_site("en");
        let mut o = options(site.path(), "acme", "en");
        o.follow = follow;
        let report = import::import_git(r, paths, &o).unwrap();
        build(site.path(), jiff::civil::date(2024, 1, 1));
        (report.revisions.len(), report.to_text())
    };
    assert_eq!(count(&["legal/privacy.md"], false).0, 1);
    let (n, text) = count(&["legal/privacy.md"], true);
    assert_eq!(n, 2, "{text}");
    assert!(
        text.contains("followed legal/privacy.md back to privacy.md"),
        "{text}"
    );
    assert_eq!(count(&["legal/privacy.md", "privacy.md"], false).0, 2);
}

/// A locale in another common spelling is written canonically; one that is no locale is
/// refused before anything is written.
#[test]
fn locales_are_canonicalised_or_refused_before_writing() {
    if !require_git() {
        return;
    }
    let repo = init();
    let r = repo.path();
    commit(
        r,
        "p.md",
        &policy(None, &[("Stripe", "United States")], ""),
        "First",
        "2023-01-10T09:00:00Z",
    );
    let site = new_site("en-US");
    let s = site.path();
    let report = import::import_git(r, &["p.md"], &options(s, "acme", "en_US")).unwrap();
    assert!(s.join("content/acme/en-US/2023-01-10.toml").exists());
    assert!(report.to_text().contains("written as \"en-US\""));
    build(s, jiff::civil::date(2024, 1, 1));
    let site = new_site("en");
    let err =
        import::import_git(r, &["p.md"], &options(site.path(), "acme", "english!")).unwrap_err();
    assert!(err.contains("invalid locale"), "{err}");
    assert_eq!(
        std::fs::read_dir(site.path().join("content"))
            .unwrap()
            .count(),
        0
    );
}

/// What a Jekyll-style source holds is kept and applied, not shown as syntax: front
/// matter with trailing spaces, a setext title over `###` sections, reference links,
/// attribute lists after paragraphs, a row wider than its header, template tags and
/// site-relative links (made absolute with a source URL).
#[test]
fn source_syntax_is_applied_and_what_cannot_be_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("privacy.md");
    std::fs::write(
        &file,
        "--- \ntitle: Acme privacy notice\nlast_modified_at: 2024-02-03\ndate: 2020-01-01\n---  \n\
Privacy Notice\n---\n\n\
### Telemetry\n\nWe collect [crash reports][crash] and [usage][].\n{: #telemetry .note }\n\n\
[crash]: https://acme.example/crash \"Crash\"\n[usage]: https://acme.example/usage\n\n\
### Your rights\n\nAsk us in [your account](/account/privacy) or read [security](../security/).\n{% include footer.html %}\n\n\
### Cookies\n\nWe set these.\n\n| Cookie | Lasts |\n|---|---|\n| session | a day | strictly necessary |\n",
    )
    .unwrap();
    let site = new_site("en");
    let s = site.path();
    let mut o = options(s, "acme", "en");
    o.source_url = Some("https://acme.example/legal/privacy/".into());
    let report = import::import_file(&file, &o, jiff::civil::date(2025, 1, 1)).unwrap();
    let text = report.to_text();
    assert_eq!(
        report.revisions[0].0,
        jiff::civil::date(2024, 2, 3),
        "{text}"
    );
    assert_eq!(
        report.revisions[0].3, 3,
        "three sections under the title: {text}"
    );
    let source = read(s, "content/acme/en/2024-02-03.toml");
    assert!(source.contains("title = \"Privacy Notice\""), "{source}");
    assert!(
        source.contains("[crash reports](https://acme.example/crash)"),
        "{source}"
    );
    assert!(
        source.contains("[usage](https://acme.example/usage)"),
        "{source}"
    );
    assert!(source.contains("<a id=\"telemetry\"></a>"), "{source}");
    assert!(!source.contains("{:"), "{source}");
    assert!(
        source.contains("(https://acme.example/account/privacy)")
            && source.contains("(https://acme.example/legal/security/)"),
        "{source}"
    );
    assert!(
        source.contains("strictly necessary"),
        "the extra cell is kept: {source}"
    );
    assert!(text.contains("3 cells under a header of 2"), "{text}");
    assert!(
        text.contains("template tag \"{% include footer.html %}\""),
        "{text}"
    );
    let built = build(s, jiff::civil::date(2025, 1, 1));
    let page = crate::prelude::page(&built, "acme/en/index.html");
    assert!(!page.contains("{:") && !page.contains("---"), "{page}");
    assert!(
        page.contains("href=\"https://acme.example/crash\""),
        "{page}"
    );
    assert!(page.contains("strictly necessary"), "{page}");

    // Without a source URL, each site-relative link is reported with its line.
    let site = new_site("en");
    let report = import::import_file(
        &file,
        &options(site.path(), "acme", "en"),
        jiff::civil::date(2025, 1, 1),
    )
    .unwrap();
    let text = report.to_text();
    assert!(
        text.contains(":19: link \"/account/privacy\" is relative")
            && text.contains("link \"../security/\""),
        "{text}"
    );
}

/// A text that changes only in what the import does not write (here, front matter it does
/// not read) makes no revision, and the report says so.
#[test]
fn a_change_that_writes_the_same_revision_makes_none() {
    if !require_git() {
        return;
    }
    let repo = init();
    let r = repo.path();
    let body = policy(None, &[("Stripe", "United States")], "");
    for (layout, date) in [
        ("page", "2023-01-10T09:00:00Z"),
        ("default", "2023-02-10T09:00:00Z"),
    ] {
        commit(
            r,
            "p.md",
            &format!("---\nlayout: {layout}\n---\n{body}"),
            "Layout",
            date,
        );
    }
    let site = new_site("en");
    let report = import::import_git(r, &["p.md"], &options(site.path(), "acme", "en")).unwrap();
    let text = report.to_text();
    assert_eq!(report.revisions.len(), 1, "{text}");
    assert!(
        text.contains("2023-02-10 from p.md at commit")
            && text.contains("the same revision as 2023-01-10"),
        "{text}"
    );
    build(site.path(), jiff::civil::date(2024, 1, 1));
}

/// A prose policy that names a new recipient in its words makes a material revision, and
/// one whose only change is typography an editorial one.
#[test]
fn a_recipient_added_in_prose_is_a_material_change() {
    if !require_git() {
        return;
    }
    let repo = init();
    let r = repo.path();
    let p = "privacy.md";
    let text = |sharing: &str| {
        format!(
            "# Privacy policy\n\n## What we collect\n\nYour e-mail address.\n\n## Who we share your data with\n\n{sharing}\n\n## Your rights\n\nYou may ask for your data.\n"
        )
    };
    let first = "We share your e-mail address with Mailgun in Ireland.";
    for (sharing, date) in [
        (first.to_string(), "2019-01-10T09:00:00Z"),
        (
            format!("{first} We also share it with Mailchimp in the United States."),
            "2020-01-10T09:00:00Z",
        ),
        (
            format!("{first} We also share it with *Mailchimp* in the United States."),
            "2021-01-10T09:00:00Z",
        ),
    ] {
        commit(r, p, &text(&sharing), "Update", date);
    }
    let site = new_site("en");
    let s = site.path();
    let report = import::import_git(r, &[p], &options(s, "acme", "en")).unwrap();
    let log = report.to_text();
    assert!(
        log.contains("section \"recipients\" from heading \"Who we share your data with\""),
        "{log}"
    );
    let built = build(s, jiff::civil::date(2021, 6, 1));
    let revisions = crate::prelude::json(&built, "acme/en/revisions.json");
    let classes: Vec<String> = revisions["revisions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            let class = &r["site"]["class"];
            format!("{} {} {}", r["date"], class["value"], class["reasons"])
        })
        .collect();
    assert_eq!(
        classes,
        [
            "\"2019-01-10\" null null",
            "\"2020-01-10\" \"material\" [{\"reason\":\"section-changed\",\"section\":\"recipients\"}]",
            "\"2021-01-10\" \"editorial\" []",
        ],
        "{revisions:#}"
    );
}

/// What a generated history does, step by step.
#[derive(Debug, Clone)]
enum Step {
    /// A commit of one of the texts, a second after the last one or in the same second.
    Commit { text: usize, same_second: bool },
    /// A commit on a side branch merged back with a merge commit.
    SideMerge { text: usize },
    /// The file renamed (to the other of the two names) in a commit of its own.
    Rename,
}

fn texts() -> Vec<String> {
    let us = "United States";
    vec![
        policy(None, &[("Stripe", us)], ""),
        policy(
            Some("Last updated: *June 8, 2023*"),
            &[("Stripe", us), ("Adyen", "Netherlands")],
            "",
        ),
        policy(
            Some("Effective date: **2024-02-01**"),
            &[("Adyen", "Netherlands")],
            "\n{: #rights}",
        ),
        policy(
            None,
            &[],
            "\n\n* [Mailgun](https://mailgun.com). E-mail.\n* {% if x %}Liquid{% endif %}",
        ),
        "---\ntitle: Privacy \n---\n\nTitle\n-----\n\ntext [a][b]\n\n[b]: /x\n".to_string(),
        format!("# Policy\n\n{}deep\n", "> ".repeat(150)),
        "\u{feff}# P\n\n\u{1b}control \u{202e}bidi\n\n| a | b |\n|---|---|\n| 1 | 2 | 3 |\n"
            .to_string(),
        String::new(),
    ]
}

fn step() -> impl proptest::strategy::Strategy<Value = Step> {
    use proptest::prelude::*;
    let n = texts().len();
    prop_oneof![
        4 => (0..n, any::<bool>()).prop_map(|(text, same_second)| Step::Commit { text, same_second }),
        2 => (0..n).prop_map(|text| Step::SideMerge { text }),
        1 => Just(Step::Rename),
    ]
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig {
        cases: (std::env::var("PRIVSITE_FUZZ_CASES").ok().and_then(|n| n.parse::<u32>().ok()).unwrap_or(300) / 10).max(12),
        failure_persistence: None,
        ..proptest::prelude::ProptestConfig::default()
    })]

    /// Any generated history (merges, same-second commits, renames, hostile texts)
    /// imports into sources that build, or is refused with nothing written; never a crash.
    #[test]
    fn any_generated_history_imports_into_sources_that_build_or_is_refused(
        steps in proptest::collection::vec(step(), 1..8),
    ) {
        if !require_git() {
            return Ok(());
        }
        let repo = init();
        let r = repo.path();
        let names = ["privacy.md", "legal/policy.md"];
        let mut name = 0;
        let mut second = 0u32;
        let mut stamp = |same: bool| {
            if !same {
                second += 1;
            }
            format!("2023-05-01T10:{:02}:{:02}Z", second / 60, second % 60)
        };
        let texts = texts();
        let mut committed = false;
        // A commit even where the text is the same as before (git refuses an empty one).
        let put = |file: &str, text: &str, message: &str, at: &str| {
            let path = r.join(file);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
            git(r, &["add", "-A"], at);
            git(r, &["commit", "-q", "--allow-empty", "-m", message], at);
        };
        for (i, s) in steps.iter().enumerate() {
            match s {
                Step::Commit { text, same_second } => {
                    let at = stamp(*same_second && committed);
                    put(names[name], &texts[*text], &format!("Commit {i}"), &at);
                    committed = true;
                }
                // Before any commit on main there is nothing to branch from.
                Step::SideMerge { text } if !committed => {
                    put(names[name], &texts[*text], &format!("Commit {i}"), &stamp(false));
                    committed = true;
                }
                Step::SideMerge { text } => {
                    let branch = format!("side{i}");
                    git(r, &["checkout", "-q", "-b", &branch], &stamp(false));
                    put(names[name], &texts[*text], &format!("Side {i}"), &stamp(false));
                    git(r, &["checkout", "-q", "main"], &stamp(false));
                    git(r, &["merge", "-q", "--no-ff", "-X", "theirs", &branch, "-m", &format!("Merge {branch}")], &stamp(false));
                }
                Step::Rename if committed => {
                    let to = 1 - name;
                    if r.join(names[name]).exists() {
                        std::fs::create_dir_all(r.join(names[to]).parent().unwrap()).unwrap();
                        git(r, &["mv", names[name], names[to]], &stamp(false));
                        git(r, &["commit", "-q", "-m", &format!("Rename {i}")], &stamp(false));
                        name = to;
                    }
                }
                Step::Rename => {}
            }
        }
        let site = new_site("en");
        let mut opts = options(site.path(), "acme", "en");
        opts.follow = true;
        match import::import_git(r, &[names[name]], &opts) {
            Ok(_) => {
                build(site.path(), jiff::civil::date(2026, 1, 1));
            }
            Err(message) => {
                proptest::prop_assert!(!message.is_empty());
                proptest::prop_assert_eq!(
                    std::fs::read_dir(site.path().join("content")).unwrap().count(),
                    0,
                    "a refused import wrote files: {}", message
                );
            }
        }
    }
}
