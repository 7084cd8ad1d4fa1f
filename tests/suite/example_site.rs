//! The example site in this repository: the five seed policies, built as of a fixed date.

use privsite::{BuildOptions, Built};

use crate::prelude::repo;

fn build() -> Built {
    let root = repo();
    let options = BuildOptions {
        date: Some(jiff::civil::date(2026, 11, 22)),
        ..Default::default()
    };
    privsite::build(root, &options).unwrap_or_else(|d| panic!("{d}"))
}

fn page<'a>(built: &'a Built, path: &str) -> &'a str {
    built
        .output
        .text(path)
        .unwrap_or_else(|| panic!("no {path}"))
}

#[test]
fn all_five_policies_are_published() {
    let built = build();
    for path in [
        "quickbutik/sv/index.html",
        "quickbutik/en/index.html",
        "quickbutik/sv/2018-05-25/index.html",
        "quickbutik/en/2018-05-25/index.html",
        "unnamed-hosting-provider/sv/index.html",
        "qvik/sv/index.html",
        "skara-websolution/sv/index.html",
    ] {
        page(&built, path);
    }
    let index = page(&built, "index.html");
    for name in [
        "Quickbutik",
        "Qvik Oy",
        "Skara Websolution AB",
        "unnamed-hosting-provider",
    ] {
        assert!(index.contains(name), "{name}");
    }
}

#[test]
fn the_example_builds_without_warnings_and_is_an_archived_copy() {
    let built = build();
    let warnings: Vec<String> = built.warnings.0.iter().map(|d| d.to_string()).collect();
    // Skara's countries are the partners' seats, so no transfer is claimed: no warning.
    assert!(warnings.is_empty(), "{warnings:#?}");
    // Every example company is a copy kept as a record: never "in force".
    for (page_path, archived) in [
        ("quickbutik/en/index.html", "Archived copy"),
        ("qvik/sv/index.html", "Arkiverad kopia"),
    ] {
        let html = page(&built, page_path);
        assert!(html.contains(archived), "{page_path}");
        assert!(
            !html.contains("In force from") && !html.contains("Gäller från"),
            "{page_path}"
        );
    }
    // The index says which dates the site chose, and that the policies are copies.
    let index = page(&built, "index.html");
    assert!(
        index.contains("May 25, 2018</time> (Date chosen by this site) · Archived copy"),
        "{index}"
    );
    assert!(
        index.contains("June 27, 2019</time> · Archived copy"),
        "{index}"
    );
    let skara = page(&built, "skara-websolution/sv/processors/index.html");
    assert!(skara.contains("Etablerad i USA"), "{skara}");
    // Exports keep the site's notes apart, and never turn "told in words" into "none".
    let processors: serde_json::Value =
        serde_json::from_str(page(&built, "quickbutik/sv/processors.json")).unwrap();
    assert!(
        processors["site"]["date_note"]
            .as_str()
            .is_some_and(|n| n.starts_with("Policyn anger inget datum.")),
        "{processors:#}"
    );
    assert_eq!(processors["site"]["translation"]["from"], "en");
    assert_eq!(processors["site"]["translation"]["by"], "site");
    assert_eq!(processors["site"]["class"]["by"], "computed");
    let qvik: serde_json::Value =
        serde_json::from_str(page(&built, "qvik/sv/processors.json")).unwrap();
    assert_eq!(qvik["processors"], serde_json::Value::Null, "{qvik:#}");
    assert!(qvik["processors_unlisted"].as_str().is_some(), "{qvik:#}");
    // x-default is the text the company published at that moment, never the site's
    // translation: English for 2022 (seed 001), Swedish for 2018 (seed 000).
    for (page_path, original) in [
        ("quickbutik/sv/index.html", "quickbutik/en/"),
        ("quickbutik/en/index.html", "quickbutik/en/"),
        (
            "quickbutik/en/2018-05-25/index.html",
            "quickbutik/sv/2018-05-25/",
        ),
    ] {
        let html = page(&built, page_path);
        assert!(
            html.contains(&format!(
                "href=https://privacy.example.com/legal/{original} hreflang=x-default"
            )),
            "{page_path}"
        );
    }
}

#[test]
fn quickbutik_processors_changed_between_revisions_in_both_locales() {
    let built = build();
    for (locale, gone) in [("sv", "Zendesk"), ("en", "Zendesk")] {
        let html = page(
            &built,
            &format!("quickbutik/{locale}/processors/index.html"),
        );
        let removed = &html[html
            .find("ps-removed")
            .unwrap_or_else(|| panic!("{locale}: no removed list"))..];
        for name in [gone, "Trello", "Klarna", "Mailgun", "GetaNewsletter"] {
            assert!(removed.contains(name), "{locale}: {name} removed");
        }
        let current = &html[..html.find("ps-removed").unwrap()];
        for name in ["Asana", "Postmark", "MailerLite", "Amazon Web Services"] {
            assert!(current.contains(name), "{locale}: {name} current");
        }
        assert!(
            current.contains("datetime=2022-09-01") || current.contains("datetime=\"2022-09-01\""),
            "{locale}: newcomers since 2022-09-01"
        );
    }
}

#[test]
fn the_older_revision_is_kept_at_its_permanent_address() {
    let built = build();
    let old = page(&built, "quickbutik/sv/2018-05-25/index.html");
    assert!(
        old.contains("Den här versionen gällde från 25 maj 2018 till och med 31 augusti 2022.")
    );
    assert!(old.contains("Zendesk"));
}

#[test]
fn quickbutik_diffs_show_the_partners_that_came_and_went_in_both_locales() {
    let built = build();
    for (locale, gone, came) in [
        (
            "sv",
            "Zendesk anges inte längre som mottagare.",
            "Asana har lagts till som mottagare.",
        ),
        (
            "en",
            "Zendesk is no longer listed as a recipient.",
            "Asana was added as a recipient.",
        ),
    ] {
        let html = page(
            &built,
            &format!("quickbutik/{locale}/2022-09-01/diff/index.html"),
        );
        assert!(html.contains(gone), "{locale}");
        assert!(html.contains(came), "{locale}");
        for name in [
            "Trello",
            "Klarna",
            "Mailgun",
            "GetaNewsletter",
            "Postmark",
            "MailerLite",
        ] {
            assert!(html.contains(name), "{locale}: {name}");
        }
    }
}

#[test]
fn diff_pages_show_the_compared_text_rendered() {
    let built = build();
    let html = page(&built, "quickbutik/sv/2022-09-01/diff/index.html");
    assert!(
        html.contains(
            "<p>Läs om dina personuppgifter och hur vi hanterar dem.</p><p>Vi vill att du"
        ),
        "paragraphs of the compared text are paragraphs, minified or not"
    );
    assert!(
        html.contains("i en säker miljö i Irland<ins><span class=visually-hidden>[tillagt: </span> och Frankfurt<span class=visually-hidden>]</span></ins>, Europa."),
        "a change inside a paragraph is marked there"
    );
}

#[test]
fn the_example_says_only_what_the_seeds_say() {
    let built = build();
    // Facebook became Meta / Facebook: a rename, with its since-date from 2018.
    for (locale, renamed) in [
        ("en", "Facebook is now named Meta / Facebook."),
        ("sv", "Facebook heter nu Meta / Facebook."),
    ] {
        let diff = page(
            &built,
            &format!("quickbutik/{locale}/2022-09-01/diff/index.html"),
        );
        assert!(diff.contains(renamed), "{locale}");
        let html = page(
            &built,
            &format!("quickbutik/{locale}/processors/index.html"),
        );
        let row = &html[html.find("id=ps-processor-meta-facebook").unwrap()..];
        let row = &row[..row.find("</tr>").unwrap()];
        assert!(row.contains("2018"), "{locale}: since 2018: {row}");
        let removed = &html[html.find("ps-removed").unwrap()..];
        assert!(
            !removed.contains(">Facebook<"),
            "{locale}: Facebook did not leave"
        );
    }
    // No verdict where no country is stated: the place is a gap, and nothing (no safeguard,
    // no "within the EEA") follows it in the cell.
    for (locale, not_stated) in [
        ("en", "Not stated in this policy"),
        ("sv", "Anges inte i policyn"),
    ] {
        let html = page(
            &built,
            &format!("quickbutik/{locale}/processors/index.html"),
        );
        let row = &html[html.find("id=ps-processor-asana").unwrap()..];
        let row = &row[..row.find("</tr>").unwrap()];
        assert!(
            row.ends_with(&format!(
                "<span class=gap data-rule=processor-country>{not_stated}</span></td>"
            )),
            "{locale}: {row}"
        );
    }
    // A revision whose source has no summary shows none; one that has, shows its own.
    let history = page(&built, "quickbutik/sv/history/index.html");
    assert!(
        history.contains("<p class=summary><span class=voice>Sammanfattning skriven för den här webbplatsen:</span> Jämfört med texten från 2018: Asana, Postmark,"),
        "{history}"
    );
    let first = &history[history
        .find("<li class=\"revision revision-past\">")
        .unwrap()..];
    let first = &first[..first.find("</li>").unwrap()];
    assert!(
        first.ends_with("<p class=title dir=ltr lang=sv>Integritetspolicy</p>"),
        "{first}"
    );
    // Skara's group headings state the purpose of their members.
    // The index says which dates the site chose, and that the policies are copies.
    let index = page(&built, "index.html");
    assert!(
        index.contains("May 25, 2018</time> (Date chosen by this site) · Archived copy"),
        "{index}"
    );
    assert!(
        index.contains("June 27, 2019</time> · Archived copy"),
        "{index}"
    );
    let skara = page(&built, "skara-websolution/sv/processors/index.html");
    let google = &skara[skara.find("id=ps-processor-google").unwrap()..];
    let google = &google[..google.find("</tr>").unwrap()];
    assert!(
        google.contains("<td data-label=Ändamål>Marknadsförings- och analysyfte</td>"),
        "{google}"
    );
    // The translations made for this site say so; the chosen dates say where they come from.
    let en_2018 = page(&built, "quickbutik/en/2018-05-25/index.html");
    assert!(en_2018.contains("This text is a translation from"));
    assert!(en_2018.contains("this site has dated it 25 May 2018"));
    let sv_2022 = page(&built, "quickbutik/sv/index.html");
    assert!(sv_2022.contains("Den här texten är en översättning från"));
    assert!(!page(&built, "quickbutik/sv/2018-05-25/index.html").contains("översättning från"));
    // Recipients described in words are shown, not denied.
    let hosting = page(&built, "unnamed-hosting-provider/sv/processors/index.html");
    assert!(hosting.contains("beskriver mottagarna i text"), "{hosting}");
}
