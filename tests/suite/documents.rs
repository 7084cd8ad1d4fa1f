//! A company with several documents (tests/fixtures/documents): a privacy notice in
//! English and Swedish that lists its recipients in the sub-processor list, the list in
//! both languages, and a cookie declaration in English with two revisions. Built by the
//! real pipeline and read as a customer would: addresses, links between the documents,
//! the language switcher, feeds, diffs, exports, check and the commands.

use std::collections::BTreeSet;

use crate::prelude::{Fixture, json, page, privsite, sitemap_urls};

fn built() -> (Fixture, privsite::Built) {
    let f = Fixture::copy("documents");
    let built = f.built();
    (f, built)
}

/// The text of an HTML page, tags removed and white space collapsed.
fn text(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => {
                in_tag = true;
                out.push(' ');
            }
            '>' => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    let out = out
        .replace("&amp;", "&")
        .replace("&#x27;", "'")
        .replace("&quot;", "\"");
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The `<nav class="documents-nav">` of a page.
fn documents_nav(html: &str) -> &str {
    let start = html
        .find("class=\"documents-nav\"")
        .unwrap_or_else(|| panic!("no documents nav in {html}"));
    let end = start + html[start..].find("</nav>").unwrap();
    &html[start..end]
}

fn run(f: &Fixture, args: &[&str]) -> (i32, String, String) {
    let out = privsite(f.root())
        .args(args)
        .env("SOURCE_DATE_EPOCH", "1735689600")
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn each_document_has_its_own_pages_and_the_notice_keeps_its_addresses() {
    let (_f, built) = built();
    let files: BTreeSet<&str> = built.output.files.keys().map(String::as_str).collect();
    for path in [
        // The notice, where it always was.
        "acme/en/index.html",
        "acme/sv/index.html",
        "acme/en/2024-01-01/index.html",
        "acme/en/history/index.html",
        "acme/en/processors/index.html",
        "acme/en/policy.json",
        "acme/en/feed.xml",
        // The sub-processor list in two languages, with its processor table.
        "acme/subprocessors/en/index.html",
        "acme/subprocessors/sv/index.html",
        "acme/subprocessors/sv/2024-01-01/index.html",
        "acme/subprocessors/en/processors/index.html",
        "acme/subprocessors/en/processors.json",
        "acme/subprocessors/en/processors.csv",
        "acme/subprocessors/en/revisions.json",
        // The cookie declaration: revisions, a diff, its cookie table and exports.
        "acme/cookies/en/index.html",
        "acme/cookies/en/2024-01-01/index.html",
        "acme/cookies/en/2024-06-01/index.html",
        "acme/cookies/en/2024-06-01/diff/index.html",
        "acme/cookies/en/history/index.html",
        "acme/cookies/en/cookies/index.html",
        "acme/cookies/en/cookies.json",
        "acme/cookies/en/cookies.csv",
        "acme/cookies/en/feed.xml",
        "acme/cookies/en/current.json",
    ] {
        assert!(files.contains(path), "no {path}");
    }
    // A cookie declaration lists no processors: no processor table, no processor exports.
    for path in [
        "acme/cookies/en/processors/index.html",
        "acme/cookies/en/processors.json",
    ] {
        assert!(!files.contains(path), "{path} should not exist");
    }
    // The company's sitemap lists every document.
    let read = |path: &str| built.output.text(path).map(str::to_string);
    let urls = sitemap_urls(read, "https://example.org/legal");
    for loc in [
        "https://example.org/legal/acme/subprocessors/sv/",
        "https://example.org/legal/acme/cookies/en/cookies/",
        "https://example.org/legal/acme/en/",
    ] {
        assert_eq!(
            urls.get(loc).map(String::as_str),
            Some("acme/sitemap.xml"),
            "{loc}"
        );
    }
    // The index and the company's page list the documents.
    let index = page(&built, "index.html");
    assert!(index.contains("href=\"./acme/cookies/en/\""), "{index}");
    assert!(
        index.contains("href=\"./acme/subprocessors/sv/\""),
        "{index}"
    );
    let company = text(page(&built, "acme/index.html"));
    assert!(company.contains("Sub-processors"), "{company}");
    assert!(company.contains("Cookie declaration"), "{company}");
}

#[test]
fn documents_link_each_other_in_the_readers_language() {
    let (_f, built) = built();
    // On the Swedish notice: the Swedish list, and the cookie declaration, which exists
    // only in English, named as English.
    let sv = page(&built, "acme/sv/index.html");
    let nav = documents_nav(sv);
    assert!(
        nav.contains("href=\"../../acme/subprocessors/sv/\""),
        "{nav}"
    );
    assert!(nav.contains("Underbiträden"), "{nav}");
    assert!(
        nav.contains("href=\"../../acme/cookies/en/\" hreflang=\"en\""),
        "{nav}"
    );
    assert!(text(nav).contains("(på engelska)"), "{}", text(nav));
    assert!(!text(nav).contains("Underbiträden (på"), "{}", text(nav));
    // The page's own document is marked.
    assert!(
        nav.contains("href=\"../../acme/sv/\" hreflang=\"sv\" aria-current=\"true\""),
        "{nav}"
    );

    // The language switcher of the Swedish list stays in the list.
    let list_sv = page(&built, "acme/subprocessors/sv/index.html");
    assert!(
        list_sv
            .contains("hreflang=\"en\" href=\"https://example.org/legal/acme/subprocessors/en/\""),
        "{list_sv}"
    );
    assert!(!list_sv.contains("hreflang=\"en\" href=\"https://example.org/legal/acme/en/\""));
    // A document's pages say "current version", the notice's "current policy".
    assert!(text(page(&built, "acme/cookies/en/index.html")).contains("Current version"));
    assert!(text(page(&built, "acme/en/index.html")).contains("Current policy"));

    // The notice lists its recipients in the sub-processor list, and says where.
    let notice = text(page(&built, "acme/en/index.html"));
    assert!(
        notice.contains("The recipients are listed in: Sub-processors"),
        "{notice}"
    );
    assert!(
        page(&built, "acme/en/index.html")
            .contains("href=\"../../acme/subprocessors/en/2024-01-01/\"")
    );
    let exported = json(&built, "acme/en/processors.json");
    assert!(exported["processors"].is_null(), "{exported}");
    assert!(
        exported["processors_unlisted"]
            .as_str()
            .unwrap()
            .contains("https://example.org/legal/acme/subprocessors/en/processors.json"),
        "{exported}"
    );
}

#[test]
fn the_company_feed_carries_every_documents_changes_in_its_language() {
    let (_f, built) = built();
    let en = page(&built, "acme/en/feed.xml");
    assert!(
        en.contains("<id>https://example.org/legal/acme/cookies/en/2024-06-01/</id>"),
        "{en}"
    );
    assert!(en.contains("<id>https://example.org/legal/acme/subprocessors/en/2024-01-01/</id>"));
    assert!(en.contains("<id>https://example.org/legal/acme/en/2024-01-01/</id>"));
    // Each entry names its document, and tells the cookie changes.
    assert!(en.contains("Cookie declaration: "), "{en}");
    assert!(
        en.contains("_ga is now kept 2 years instead of 1 year."),
        "{en}"
    );
    // Newest first.
    let cookies = en.find("acme/cookies/en/2024-06-01/</id>").unwrap();
    let notice = en.find("acme/en/2024-01-01/</id>").unwrap();
    assert!(cookies < notice);
    // The Swedish feed has no cookie declaration: there is none in Swedish.
    let sv = page(&built, "acme/sv/feed.xml");
    assert!(!sv.contains("acme/cookies/"), "{sv}");
    assert!(sv.contains("acme/subprocessors/sv/2024-01-01/"));
    // The declaration has its own feed too.
    assert!(page(&built, "acme/cookies/en/feed.xml").contains("acme/cookies/en/2024-06-01/"));
}

#[test]
fn cookie_changes_are_told_plainly_and_adding_one_that_needs_consent_is_material() {
    let (f, built) = built();
    let diff = text(page(&built, "acme/cookies/en/2024-06-01/diff/index.html"));
    for said in [
        "New cookie _ttp (Marketing) from TikTok, kept 13 months.",
        "_ga is now kept 2 years instead of 1 year.",
        "one cookie added, one cookie changed",
        "Material change",
        "cookie _ttp (Marketing) added; cookie _ga is now kept 2 years instead of 1 year",
    ] {
        assert!(diff.contains(said), "{said:?} not in {diff}");
    }
    // The cookie table, by category, with durations in words.
    let table = text(page(&built, "acme/cookies/en/cookies/index.html"));
    let at = |s: &str| {
        table
            .find(s)
            .unwrap_or_else(|| panic!("{s:?} not in {table}"))
    };
    assert!(at("Strictly necessary") < at("Statistics") && at("Statistics") < at("Marketing"));
    assert!(table.contains("until the browser is closed"), "{table}");
    assert!(table.contains("13 months"), "{table}");
    assert!(table.contains("local storage"), "{table}");
    assert!(table.contains("Singapore"), "{table}");

    // cookies.json, for a consent banner to load.
    let cookies = json(&built, "acme/cookies/en/cookies.json");
    assert_eq!(cookies["version"], privsite::render::export::FORMAT_VERSION);
    assert_eq!(cookies["effective_date"], "2024-06-01");
    assert_eq!(cookies["company"]["document"]["kind"], "cookies");
    let list = cookies["cookies"].as_array().unwrap();
    assert_eq!(list.len(), 3);
    let ttp = list.iter().find(|c| c["name"] == "_ttp").unwrap();
    assert_eq!(ttp["needs_consent"], true);
    assert_eq!(ttp["duration"], "P13M");
    assert_eq!(ttp["outside_eea"], true);
    let session = list.iter().find(|c| c["name"] == "session").unwrap();
    assert_eq!(session["needs_consent"], false);
    assert_eq!(session["duration"], "session");
    assert!(session["countries"].is_null(), "not stated stays null");
    let csv = page(&built, "acme/cookies/en/cookies.csv");
    let mut lines = csv.lines();
    assert_eq!(
        lines.next().unwrap(),
        "name,provider,purpose,category,needs_consent,duration,party,type,country,outside_eea,safeguard,effective_date"
    );
    assert!(
        csv.contains("_ttp,TikTok,Measures advertising campaigns,marketing,true,P13M,third,local-storage,SG,true,scc,2024-06-01"),
        "{csv}"
    );

    // The same in a terminal.
    let (code, out, err) = run(&f, &["diff", "acme", "en", "--document", "cookies"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("acme/cookies/en: 2024-01-01 → 2024-06-01"),
        "{out}"
    );
    assert!(
        out.contains("{+New cookie _ttp (Marketing) from TikTok, kept 13 months.+}")
            || out.contains("+ New cookie _ttp"),
        "{out}"
    );
    let (code, _, err) = run(&f, &["diff", "acme", "en", "--document", "cookie"]);
    assert_eq!(code, 2);
    assert!(err.contains("did you mean \"cookies\"?"), "{err}");
}

#[test]
fn check_applies_each_kinds_rules() {
    let f = Fixture::copy("documents");
    let (code, out, err) = run(&f, &["check", "--date", "2025-01-01"]);
    assert_eq!(code, 0, "{out}{err}");
    // A sub-processor without a location, a third-party cookie outside the EEA without a
    // safeguard, a cookie without a duration, and no consent basis anywhere.
    f.replace(
        "content/acme/subprocessors/en/2024-01-01.toml",
        "countries = [\"IE\"]\n",
        "",
    );
    f.replace(
        "content/acme/cookies/en/2024-06-01.toml",
        "safeguard = \"scc\"\n",
        "",
    );
    f.replace(
        "content/acme/cookies/en/2024-06-01.toml",
        "duration = \"P13M\"\n",
        "",
    );
    for loc in ["en", "sv"] {
        f.replace(
            &format!("content/acme/{loc}/2024-01-01.toml"),
            "legal_bases = [\"consent\"]",
            "legal_bases = [\"legitimate-interests\"]\nlegitimate_interest = \"x\"",
        );
    }
    let report = privsite::check::check(
        f.root(),
        &privsite::check::CheckOptions {
            date: Some(jiff::civil::date(2025, 1, 1)),
            ..Default::default()
        },
    );
    let found = |rule: &str| -> Vec<String> {
        report
            .findings
            .iter()
            .filter(|x| x.rule == Some(rule))
            .map(|x| {
                let at = x
                    .position
                    .map(|p| format!(":{}", p.line))
                    .unwrap_or_default();
                format!("{}{at}: {}", x.file.display(), x.message)
            })
            .collect()
    };
    assert_eq!(
        found("subprocessor-facts"),
        [format!(
            "{}: sub-processor \"Zendesk\" states no countries: a sub-processor list says what each does and where",
            f.position(
                "content/acme/subprocessors/en/2024-01-01.toml",
                "\"Zendesk\""
            )
            .rsplit_once(':')
            .unwrap()
            .0
        )]
    );
    // Not reported twice under the weaker rule.
    assert!(
        found("processor-country").is_empty(),
        "{:?}",
        found("processor-country")
    );
    let transfer = found("cookie-transfer");
    assert_eq!(transfer.len(), 1, "{transfer:?}");
    assert!(
        transfer[0].contains("\"_ttp\" is processed outside the EEA (SG)"),
        "{transfer:?}"
    );
    assert_eq!(
        found("cookie-facts"),
        [format!(
            "{}: cookie \"_ttp\" states no duration",
            f.position("content/acme/cookies/en/2024-06-01.toml", "\"_ttp\"")
                .rsplit_once(':')
                .unwrap()
                .0
        )]
    );
    let consent = found("cookie-consent");
    assert_eq!(consent.len(), 2, "both revisions declare _ga: {consent:?}");
    assert!(consent[0].contains("_ga"), "{consent:?}");
    // The Art. 13 checklist is for the privacy notice only.
    let art13_on_documents: Vec<String> = report
        .findings
        .iter()
        .filter(|x| x.rule.is_some_and(|r| r.starts_with("art13-")))
        .filter(|x| {
            !x.file.starts_with("content/acme/en") && !x.file.starts_with("content/acme/sv")
        })
        .map(|x| format!("{}: {}", x.file.display(), x.message))
        .collect();
    assert!(art13_on_documents.is_empty(), "{art13_on_documents:?}");

    // --document keeps one document's findings.
    let (code, out, _) = run(
        &f,
        &["check", "--date", "2025-01-01", "--document", "cookies"],
    );
    assert_eq!(code, 1);
    assert!(
        out.contains("cookie-transfer") && !out.contains("subprocessor-facts"),
        "{out}"
    );
    let (code, out, err) = run(&f, &["check", "--document", "cookie"]);
    assert_eq!(code, 2, "{out}{err}");
    assert!(
        format!("{out}{err}").contains("did you mean \"cookies\"?"),
        "{out}{err}"
    );
}

#[test]
fn processors_in_must_name_a_sub_processor_list_of_the_company() {
    let f = Fixture::copy("documents");
    f.replace(
        "content/acme/en/2024-01-01.toml",
        "processors_in = \"subprocessors\"",
        "processors_in = \"cookies\"",
    );
    let errors = f.build().unwrap_err().to_string();
    let at = f.position("content/acme/en/2024-01-01.toml", "\"cookies\"");
    assert!(errors.contains(&at), "{errors}");
    assert!(
        errors.contains("processors_in = \"cookies\", but acme has no sub-processor list of that name: expected one of subprocessors"),
        "{errors}"
    );
}

#[test]
fn a_document_folder_is_checked_like_every_source() {
    let f = Fixture::copy("documents");
    f.write(
        "content/acme/cookies/document.toml",
        "kind = \"cookie\"\ntitel = \"x\"\n",
    );
    let errors = f.build().unwrap_err().to_string();
    assert!(
        errors.contains("content/acme/cookies/document.toml:2:1"),
        "{errors}"
    );
    assert!(errors.contains("unknown key"), "{errors}");
    f.write("content/acme/cookies/document.toml", "kind = \"cookie\"\n");
    let errors = f.build().unwrap_err().to_string();
    assert!(
        errors.contains("content/acme/cookies/document.toml:1:8"),
        "{errors}"
    );
    assert!(errors.contains("did you mean \"cookies\"?"), "{errors}");
    f.write("content/acme/cookies/document.toml", "kind = \"cookies\"\n");
    f.replace(
        "content/acme/cookies/en/2024-06-01.toml",
        "duration = \"P13M\"",
        "duration = \"13 months\"",
    );
    let errors = f.build().unwrap_err().to_string();
    assert!(
        errors.contains(
            "\"13 months\" is not a duration: expected \"session\" or an ISO 8601 duration"
        ),
        "{errors}"
    );
}

#[test]
fn new_revision_and_import_write_into_a_document() {
    let f = Fixture::copy("documents");
    // A new document scaffolds its kind's keys, each fact left for a person to state.
    let (code, out, err) = run(&f, &["new", "acme", "--document", "dpa", "--kind", "dpa"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("content/acme/dpa/document.toml"), "{out}");
    assert!(
        f.read("content/acme/dpa/document.toml")
            .contains("kind = \"dpa\"")
    );
    let (code, _, err) = run(
        &f,
        &[
            "new",
            "acme",
            "--document",
            "shop-cookies",
            "--kind",
            "cookie",
        ],
    );
    assert_eq!(code, 2);
    assert!(err.contains("did you mean \"cookies\"?"), "{err}");
    let (code, _, err) = run(
        &f,
        &["new", "acme", "--document", "banner", "--kind", "cookies"],
    );
    assert_eq!(code, 0, "{err}");
    let (_, out, _) = run(&f, &["check", "--drafts", "--document", "banner"]);
    assert!(out.contains("cookie-facts"), "{out}");
    assert!(out.contains("states no category, no duration"), "{out}");
    assert!(out.contains("placeholder"), "{out}");

    // The next revision of a document: a draft copy without the decided dates.
    let (code, out, err) = run(
        &f,
        &[
            "revision",
            "acme",
            "en",
            "--document",
            "cookies",
            "--date",
            "2025-03-01",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("--document cookies --drafts"), "{out}");
    let draft = f.read("content/acme/cookies/en/2025-03-01.toml");
    assert!(
        draft.contains("draft = true") && !draft.contains("announced"),
        "{draft}"
    );
    let (code, _, err) = run(&f, &["revision", "acme", "en", "--document", "cookie"]);
    assert_eq!(code, 2);
    assert!(err.contains("acme has no document \"cookie\""), "{err}");

    // Import into the sub-processor list, and into a document that does not exist yet.
    f.write(
        "list.md",
        "# Sub-processors\n\nEffective date: 2025-02-01\n\n## Who processes data for us\n\n| Sub-processor | Purpose | Location |\n|---|---|---|\n| Stripe | Payments | United States |\n| Adyen | Payments | Netherlands |\n",
    );
    let list = f.path("list.md");
    let (code, out, err) = run(
        &f,
        &[
            "import",
            list.to_str().unwrap(),
            "--company",
            "acme",
            "--locale",
            "en",
            "--document",
            "subprocessors",
        ],
    );
    assert_eq!(code, 0, "{out}{err}");
    let imported = f.read("content/acme/subprocessors/en/2025-02-01.toml");
    assert!(imported.contains("name = \"Adyen\""), "{imported}");
    assert!(imported.contains("countries = [\"NL\"]"), "{imported}");
    let (code, _, err) = run(
        &f,
        &[
            "import",
            list.to_str().unwrap(),
            "--company",
            "acme",
            "--locale",
            "en",
            "--document",
            "terms",
        ],
    );
    assert_eq!(code, 2);
    assert!(err.contains("pass --kind"), "{err}");
    let (code, _, err) = run(
        &f,
        &[
            "import",
            list.to_str().unwrap(),
            "--company",
            "acme",
            "--locale",
            "en",
            "--document",
            "terms",
            "--kind",
            "terms",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        f.read("content/acme/terms/document.toml")
            .contains("kind = \"terms\"")
    );
    assert!(f.path("content/acme/terms/en/2025-02-01.toml").is_file());
}

#[test]
fn notify_sends_a_documents_notices_with_its_own_title() {
    let f = Fixture::copy("documents");
    let out = tempfile::tempdir().unwrap();
    let (code, stdout, err) = run(
        &f,
        &[
            "notify",
            "--date",
            "2024-05-01",
            "--document",
            "cookies",
            "--out",
            out.path().to_str().unwrap(),
        ],
    );
    assert_eq!(code, 0, "{stdout}{err}");
    let mut files: Vec<String> = std::fs::read_dir(out.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    assert_eq!(
        files,
        [
            "acme-cookies-en-2024-06-01.eml",
            "acme-cookies-en-2024-06-01.json"
        ]
    );
    let eml = std::fs::read_to_string(out.path().join("acme-cookies-en-2024-06-01.eml")).unwrap();
    let message = mail_parser::MessageParser::default()
        .parse(eml.as_bytes())
        .unwrap();
    assert_eq!(
        message.subject().unwrap(),
        "Acme AB: “Cookie declaration” changes on June 1, 2024"
    );
    let body = message.body_text(0).unwrap();
    assert!(
        body.contains("Acme AB is changing “Cookie declaration”"),
        "{body}"
    );
    assert!(
        body.contains("- New cookie _ttp (Marketing) from TikTok, kept 13 months."),
        "{body}"
    );
    let payload: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(out.path().join("acme-cookies-en-2024-06-01.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(payload["id"], "acme/cookies/en/2024-06-01");
    assert_eq!(payload["document"], "Cookie declaration");
    // Without --document: the privacy notice's notices only.
    let (code, stdout, err) = run(&f, &["notify", "--date", "2024-05-01"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        stdout.contains("0 messages")
            || stdout.contains("nothing to send")
            || !stdout.contains("cookies"),
        "{stdout}"
    );
}

#[test]
fn a_document_keeps_its_own_notice_promise() {
    let f = Fixture::copy("documents");
    let days = |f: &Fixture| -> Vec<String> {
        privsite::check::check(
            f.root(),
            &privsite::check::CheckOptions {
                date: Some(jiff::civil::date(2025, 1, 1)),
                ..Default::default()
            },
        )
        .findings
        .into_iter()
        .filter(|x| x.rule == Some("notice-days"))
        .map(|x| format!("{}: {}", x.file.display(), x.message))
        .collect()
    };
    // The company promises 30 days; the declaration was announced 47 days ahead.
    assert_eq!(days(&f), Vec::<String>::new());
    f.write(
        "content/acme/cookies/document.toml",
        "kind = \"cookies\"\ntitle = \"Cookie declaration\"\n[notice]\ndays = 60\n",
    );
    let found = days(&f);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].starts_with("content/acme/cookies/en/2024-06-01.toml: ")
            && found[0].contains("60"),
        "{found:?}"
    );
}

#[test]
fn a_documents_notice_is_in_the_language_of_its_locale() {
    let f = Fixture::copy("documents");
    let made = privsite::notify::packets(
        f.root(),
        &privsite::notify::Options {
            date: Some(jiff::civil::date(2024, 5, 1)),
            document: Some("cookies".into()),
            ..Default::default()
        },
    )
    .unwrap_or_else(|d| panic!("{d}"));
    let keys: Vec<(&str, &str)> = made
        .packets
        .iter()
        .map(|p| (p.key.as_str(), p.locale.as_str()))
        .collect();
    assert_eq!(keys, [("acme/cookies/en/2024-06-01", "en")]);
}
