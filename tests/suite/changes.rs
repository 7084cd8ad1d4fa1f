//! What changed: diff pages, history counts, the processor change log, Atom feeds and the
//! machine-readable exports, each read back with a real parser.

use crate::prelude::{Fixture, page, privsite};

#[test]
fn the_diff_page_states_processor_changes_and_marks_the_text() {
    let built = Fixture::copy("basic").built();
    let html = page(&built, "acme/en/2023-06-01/diff/index.html");
    assert!(html.contains("<h1>What changed on June 1, 2023</h1>"));
    assert!(html.contains("Compared with the version in force from January 1, 2020."));
    let counts = &html[html.find("class=\"counts\"").unwrap()..];
    let counts = &counts[..counts.find("</p>").unwrap()];
    for part in [
        "one recipient added",
        "one recipient no longer listed",
        "one recipient changed",
        "2 sections changed",
        "one purpose added",
        "one purpose removed",
    ] {
        assert!(counts.contains(part), "{part} in {counts}");
    }
    assert!(html.contains("Bravo Mail is no longer listed as a recipient."));
    assert!(html.contains("Charlie Send was added as a recipient. Purpose: Sending e-mail. Data: E-mail addresses. Countries where it processes data: United States. Transfer safeguard: EU–US Data Privacy Framework."));
    assert!(html.contains(
        "Alpha Hosting: where data is processed changed from Sweden to Sweden and Germany."
    ));
    // Word-level marks, with words for screen readers.
    assert!(html.contains(r#"<del><span class="visually-hidden">[removed: </span>two<span class="visually-hidden">]</span></del><ins><span class="visually-hidden">[added: </span>three<span class="visually-hidden">]</span></ins>"#), "retention: two -> three");
    // Prose shows rendered: an added list item is a list item, marked inside.
    assert!(
        html.contains("<li><ins><span class=\"visually-hidden\">[added: </span>Your IP address"),
        "a list item added"
    );
    assert!(!html.contains("- Your"), "no Markdown syntax shows");
    // Unchanged sections are folded to their title, linked to the section in the revision,
    // without their text; changed ones stand out.
    assert!(
        html.contains(r#"<p class="unchanged" id="purposes"><a href=""#)
            && html.contains(r##"/2023-06-01/#purposes">Why we process it</a>"##),
        "{html}"
    );
    assert!(
        !html.contains("We process personal data for these purposes."),
        "the unchanged section's text is not repeated"
    );
    assert!(html.contains(r#"<section class="diff-block diff-changed" id="retention""#));
    assert!(html.contains(r#"id="ps-purpose-newsletter""#) && html.contains("status-removed"));
}

#[test]
fn every_revision_with_a_predecessor_has_a_diff_page_and_links_to_it() {
    let built = Fixture::copy("basic").built();
    assert!(
        built
            .output
            .get("acme/en/2020-01-01/diff/index.html")
            .is_none(),
        "the first revision has nothing to compare"
    );
    let upcoming = page(&built, "acme/en/2099-01-01/diff/index.html");
    assert!(upcoming.contains(
        "Delta Support was added as a recipient. Purpose: Customer support. Data: Support tickets. Countries where it processes data: Ireland."
    ));
    assert!(upcoming.contains("This version takes effect on January 1, 2099."));
    let revision = page(&built, "acme/en/2023-06-01/index.html");
    assert!(revision.contains(r#"<a href="../../../acme/en/2023-06-01/diff/">What changed</a>"#));
    let current = page(&built, "acme/en/index.html");
    assert!(current.contains(r#"<a href="../../acme/en/2023-06-01/diff/">What changed</a>"#));
}

#[test]
fn history_shows_summary_counts_and_diff_links() {
    let built = Fixture::copy("basic").built();
    let html = page(&built, "acme/en/history/index.html");
    assert!(html.contains("Bravo Mail replaced by Charlie Send."));
    assert!(html.contains(
        "one recipient added, one recipient no longer listed, one recipient changed, 2 sections changed"
    ));
    assert!(html.contains(r#"<a href="../../../acme/en/2023-06-01/diff/">What changed</a>"#));
    assert!(html.contains(r#"<a href="../../../acme/en/2099-01-01/diff/">What changed</a>"#));
}

#[test]
fn the_processor_page_keeps_a_change_log() {
    let built = Fixture::copy("basic").built();
    let html = page(&built, "acme/en/processors/index.html");
    let log = &html[html.find("Change log").unwrap()..];
    let upcoming = log.find("Delta Support was added").unwrap();
    let earlier = log
        .find("Bravo Mail is no longer listed as a recipient.")
        .unwrap();
    assert!(upcoming < earlier, "newest first");
    assert!(log.contains(r#"<a href="../../../acme/en/2023-06-01/diff/"><time datetime="2023-06-01">June 1, 2023</time></a>"#));
}

#[test]
fn feeds_are_valid_atom_with_stable_ids() {
    let built = Fixture::copy("basic").built();
    let xml = page(&built, "acme/en/feed.xml");
    let feed: atom_syndication::Feed = xml.parse().unwrap_or_else(|e| panic!("{e}\n{xml}"));
    assert_eq!(feed.title().as_str(), "Acme AB: privacy policy changes");
    assert_eq!(feed.id(), "https://example.org/legal/acme/en/feed.xml");
    assert_eq!(feed.updated().to_rfc3339(), "2099-01-01T00:00:00+00:00");
    let ids: Vec<&str> = feed.entries().iter().map(|e| e.id()).collect();
    assert_eq!(
        ids,
        [
            "https://example.org/legal/acme/en/2099-01-01/",
            "https://example.org/legal/acme/en/2023-06-01/",
            "https://example.org/legal/acme/en/2020-01-01/",
        ]
    );
    let entry = &feed.entries()[1];
    assert_eq!(
        entry.links()[0].href(),
        "https://example.org/legal/acme/en/2023-06-01/diff/"
    );
    assert_eq!(
        entry.summary().map(|s| s.as_str()),
        Some("Bravo Mail replaced by Charlie Send.")
    );
    let content = entry.content().and_then(|c| c.value()).unwrap();
    assert!(
        content.contains("<li>Bravo Mail is no longer listed as a recipient.</li>"),
        "{content}"
    );
    assert!(
        content.contains("<li>Charlie Send was added as a recipient."),
        "{content}"
    );
    // The site-wide feed has every company's entries, newest first.
    let site: atom_syndication::Feed = page(&built, "feed.xml").parse().unwrap();
    assert_eq!(
        site.entries().len(),
        3 + 1 + 1,
        "acme en (3), acme sv (1), beta fi (1)"
    );
    assert!(site.entries()[0].title().as_str().starts_with("Acme AB: "));
    // Pages announce their feeds.
    let html = page(&built, "acme/en/index.html");
    assert!(html.contains(r#"<link rel="alternate" type="application/atom+xml" title="Acme AB: privacy policy changes" href="../../acme/en/feed.xml">"#));
    // Same sources, same feed: stable for readers.
    assert_eq!(
        Fixture::copy("basic")
            .built()
            .output
            .get("acme/en/feed.xml"),
        built.output.get("acme/en/feed.xml")
    );
}

#[test]
fn policy_json_describes_the_revision_in_force() {
    let built = Fixture::copy("basic").built();
    let json: serde_json::Value =
        serde_json::from_str(page(&built, "acme/en/policy.json")).unwrap();
    assert_eq!(json["version"], privsite::render::export::FORMAT_VERSION);
    assert_eq!(json["locale"], "en");
    assert_eq!(json["effective_date"], "2023-06-01");
    assert_eq!(json["status"], "current");
    assert_eq!(json["company"]["slug"], "acme");
    assert_eq!(json["company"]["name"], "Acme AB");
    assert_eq!(json["company"]["dpo"]["email"], "dpo@acme.example");
    assert_eq!(
        json["permalink"],
        "https://example.org/legal/acme/en/2023-06-01/"
    );
    assert_eq!(json["sections"][0]["id"], "data");
    assert_eq!(
        json["purposes"][1]["legal_bases"][0],
        "legitimate-interests"
    );
    assert_eq!(
        json["purposes"][1]["legitimate_interest"],
        "Understanding how the site is used"
    );
    assert_eq!(json["processors"][1]["safeguard"], "dpf");
    assert_eq!(json["processors"][1]["countries"][0], "US");
}

#[test]
fn processors_json_and_csv_list_current_and_removed_processors() {
    let fixture = Fixture::copy("basic");
    // A processor whose name would run as a spreadsheet formula.
    let path = "content/acme/en/2023-06-01.toml";
    fixture.write(
        path,
        fixture
            .read(path)
            .replace("name = \"Charlie Send\"", "name = \"=Charlie Send\""),
    );
    let built = fixture.built();
    let json: serde_json::Value =
        serde_json::from_str(page(&built, "acme/en/processors.json")).unwrap();
    assert_eq!(json["version"], privsite::render::export::FORMAT_VERSION);
    assert_eq!(json["effective_date"], "2023-06-01");
    assert_eq!(json["processors"][0]["name"], "Alpha Hosting");
    assert_eq!(json["processors"][0]["since"], "2020-01-01");
    assert_eq!(json["processors"][1]["outside_eea"], true);
    assert_eq!(json["removed"][0]["name"], "Bravo Mail");
    assert_eq!(json["removed"][0]["removed"], "2023-06-01");

    let csv_text = page(&built, "acme/en/processors.csv");
    assert!(csv_text.contains("\r\n"), "RFC 4180 line ends");
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_string)
        .collect();
    assert_eq!(header, privsite::render::export::CSV_HEADER);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    // Alpha Hosting in SE and DE, the other in US: one row per processor and country,
    // then the rows of the upcoming revision (2099-01-01), which adds Delta Support.
    let status = privsite::render::export::CSV_HEADER
        .iter()
        .position(|h| *h == "status")
        .unwrap();
    let statuses: Vec<&str> = rows.iter().map(|r| &r[status]).collect();
    assert_eq!(&statuses[..3], ["current"; 3]);
    assert!(
        rows[3..].iter().any(|r| (&r[0], &r[4], &r[10], &r[status])
            == ("Delta Support", "IE", "2099-01-01", "added")),
        "{rows:?}"
    );
    assert!(rows[3..].iter().all(|r| &r[10] == "2099-01-01"));
    assert_eq!(
        (&rows[0][0], &rows[0][4], &rows[0][5]),
        ("Alpha Hosting", "SE", "false")
    );
    assert_eq!((&rows[1][0], &rows[1][4]), ("Alpha Hosting", "DE"));
    assert_eq!(
        (&rows[2][0], &rows[2][4], &rows[2][5], &rows[2][6]),
        ("'=Charlie Send", "US", "true", "dpf")
    );
    assert_eq!(&rows[2][9], "2023-06-01", "since");
}

#[test]
fn a_small_edit_in_chinese_is_a_small_change() {
    let built = Fixture::copy("cjk").built();
    let html = page(&built, "shop/zh/2024-06-01/diff/index.html");
    assert!(html.contains(r#"<del><span class="visually-hidden">[removed: </span>两<span class="visually-hidden">]</span></del><ins><span class="visually-hidden">[added: </span>三<span class="visually-hidden">]</span></ins>"#), "{html}");
    assert!(
        html.contains("我们在合同结束后保存您的个人数据"),
        "the unchanged text stays unmarked"
    );
}

#[test]
fn the_diff_command_prints_the_same_diff() {
    let fixture = Fixture::copy("basic");
    let out = privsite(fixture.root())
        .args(["diff", "acme", "en", "--date", "2025-01-01"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.starts_with("acme/en: 2020-01-01 → 2023-06-01\n"),
        "{text}"
    );
    assert!(
        text.contains("- Bravo Mail is no longer listed as a recipient.\n"),
        "{text}"
    );
    assert!(
        text.contains("+ Charlie Send was added as a recipient."),
        "{text}"
    );
    assert!(
        text.contains("We keep data for [-two-]{+three+} years."),
        "plain markers when not a terminal: {text}"
    );
    assert!(!text.contains('\u{1b}'), "no colour codes in a pipe");

    let out = privsite(fixture.root())
        .args(["diff", "acme", "en", "2023-06-01", "2099-01-01"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("+ Delta Support was added as a recipient."),
        "{text}"
    );

    let out = privsite(fixture.root())
        .args(["diff", "acme", "en", "2021-01-01"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("acme/en has no revision dated 2021-01-01: expected one of 2020-01-01, 2023-06-01, 2099-01-01"), "{err}");
}

#[test]
fn the_diff_command_needs_only_the_company_it_compares() {
    let fixture = Fixture::copy("basic");
    let diff = |company: &str| {
        privsite(fixture.root())
            .args(["diff", company, "en", "--date", "2025-01-01"])
            .output()
            .unwrap()
    };
    // Another company's broken source is for `build` and `check` to report.
    fixture.write("content/beta/fi/2021-03-15.toml", "title = \n");
    let out = diff("acme");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = diff("gamma");
    assert!(!out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("no company \"gamma\": expected one of acme, beta"),
        "{err}"
    );
    let out = diff("../acme");
    assert!(!out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("no company \"../acme\""), "{err}");
}

/// A region a processor names in place of countries is told as where data is processed,
/// by its name in the page's language, on the diff page and the processors table.
#[test]
fn a_region_is_told_and_shown_by_its_name_in_each_language() {
    let f = Fixture::copy("basic");
    f.replace(
        "content/acme/en/2023-06-01.toml",
        "countries = [\"SE\", \"DE\"]",
        "regions = [\"EU\"]",
    );
    f.replace(
        "content/acme/sv/2020-01-01.toml",
        "countries = [\"SE\"]\n",
        "countries = [\"SE\"]\nregions = [\"EEA\"]\n",
    );
    let built = f.built();
    let html = page(&built, "acme/en/2023-06-01/diff/index.html");
    assert!(
        html.contains(
            "Alpha Hosting: where data is processed changed from Sweden to European Union."
        ),
        "{html}"
    );
    let sv = page(&built, "acme/sv/processors/index.html");
    let row = &sv[sv.find("ps-processor-alpha-hosting").unwrap()..];
    let row = &row[..row.find("</tr>").unwrap()];
    assert!(
        row.contains(
            "Sverige</span>, <span class=\"region\">Europeiska ekonomiska samarbetsområdet</span>"
        ),
        "{row}"
    );
    assert!(row.contains("Inom EES"), "{row}");
}
