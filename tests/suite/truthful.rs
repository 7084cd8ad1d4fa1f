//! Pages, exports and feeds say what the sources say and no more: unknown facts stay
//! unknown, renames are renames, groups carry their facts, translations and chosen dates
//! say so, and no id from a source collides with the theme's.

use std::collections::BTreeMap;

use crate::prelude::{Fixture, json, page, privsite, texts};

const EN_2020: &str = "content/acme/en/2020-01-01.toml";
const EN_2023: &str = "content/acme/en/2023-06-01.toml";

/// The basic fixture with `edit` applied to the text of `rel`.
fn edited(rel: &str, edit: impl Fn(String) -> String) -> Fixture {
    let fixture = Fixture::copy("basic");
    let text = fixture.read(rel);
    fixture.write(rel, edit(text));
    fixture
}

#[test]
fn a_processor_without_countries_gets_no_location_and_no_verdict() {
    // Alpha Hosting's countries taken out: the policy no longer says where.
    let fixture = edited(EN_2023, |t| t.replace("countries = [\"SE\", \"DE\"]\n", ""));
    let built = fixture.built();
    let html = page(&built, "acme/en/processors/index.html");
    let row = &html[html.find("id=\"ps-processor-alpha-hosting\"").unwrap()..];
    let row = &row[..row.find("</tr>").unwrap()];
    // The place is a gap, and nothing (no safeguard, no "within the EEA") follows it.
    assert!(
        row.trim_end().ends_with(
            "<span class=\"gap\" data-rule=\"processor-country\">Not stated in this policy</span></td>"
        ),
        "{row}"
    );
    assert!(!row.contains("Within the EEA"), "{row}");
    let exported = json(&built, "acme/en/processors.json");
    let alpha = &exported["processors"][0];
    assert_eq!(alpha["name"], "Alpha Hosting");
    assert!(alpha["countries"].is_null(), "{alpha}");
    assert!(alpha["outside_eea"].is_null(), "{alpha}");
    let csv = page(&built, "acme/en/processors.csv");
    let alpha_row = csv
        .lines()
        .find(|l| l.starts_with("Alpha Hosting"))
        .unwrap();
    let cells: Vec<&str> = alpha_row.split(',').collect();
    assert_eq!(
        (cells[4], cells[5]),
        ("", ""),
        "country and outside_eea empty"
    );
    // Said in the diff as a fact about the text, not about the world.
    let diff = page(&built, "acme/en/2023-06-01/diff/index.html");
    assert!(
        diff.contains("Alpha Hosting: where data is processed changed from Sweden to not stated."),
        "{diff}"
    );
}

#[test]
fn stated_countries_inside_the_eea_are_within_the_eea() {
    let built = Fixture::copy("basic").built();
    let html = page(&built, "acme/en/processors/index.html");
    let row = &html[html.find("id=\"ps-processor-alpha-hosting\"").unwrap()..];
    let row = &row[..row.find("</tr>").unwrap()];
    assert!(row.contains("Within the EEA"), "{row}");
    assert_eq!(
        json(&built, "acme/en/processors.json")["processors"][0]["outside_eea"],
        false
    );
}

#[test]
fn an_empty_country_list_is_an_error_not_an_unknown() {
    let fixture = edited(EN_2023, |t| {
        t.replace("countries = [\"SE\", \"DE\"]", "countries = []")
    });
    let errors = fixture.errors();
    assert!(errors.contains("2023-06-01.toml:"), "{errors}");
    assert!(errors.contains("countries = []"), "{errors}");
}

/// Bravo Mail (2020) becomes "Bravo Post" in 2023, naming its former name.
fn renamed() -> Fixture {
    let fixture = Fixture::copy("basic");
    let old = fixture.read(EN_2020);
    let bravo = &old[old.find("[[processors]]\nname = \"Bravo Mail\"").unwrap()..];
    let bravo = match bravo[1..].find("[[") {
        Some(end) => &bravo[..end + 1],
        None => bravo,
    };
    let renamed = bravo.replace(
        "name = \"Bravo Mail\"",
        "name = \"Bravo Post\"\nformerly = [\"Bravo Mail\"]",
    );
    let new = fixture.read(EN_2023);
    fixture.write(EN_2023, format!("{new}\n{renamed}"));
    fixture
}

#[test]
fn a_rename_keeps_the_since_date_and_is_told_as_a_rename() {
    let built = renamed().built();
    let diff = page(&built, "acme/en/2023-06-01/diff/index.html");
    assert!(
        diff.contains("Bravo Mail is now named Bravo Post."),
        "{diff}"
    );
    assert!(!diff.contains("Bravo Mail is no longer listed as a recipient"));
    assert!(!diff.contains("Bravo Post was added"));
    let html = page(&built, "acme/en/processors/index.html");
    let row = &html[html.find("id=\"ps-processor-bravo-post\"").unwrap()..];
    let row = &row[..row.find("</tr>").unwrap()];
    assert!(
        row.contains("Since January 1, 2020"),
        "since-date kept: {row}"
    );
    assert!(row.contains("Formerly: Bravo Mail"), "{row}");
    assert!(!html.contains("Recipients no longer listed"), "nobody left");
    let exported = json(&built, "acme/en/processors.json");
    let post = exported["processors"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "Bravo Post")
        .unwrap();
    assert_eq!(post["since"], "2020-01-01");
    assert_eq!(post["formerly"][0], "Bravo Mail");
    assert!(exported["removed"].as_array().unwrap().is_empty());
    let feed = page(&built, "acme/en/feed.xml");
    assert!(
        feed.contains("Bravo Mail is now named Bravo Post."),
        "{feed}"
    );
}

#[test]
fn the_same_id_aligns_a_processor_whose_name_changed() {
    let fixture = Fixture::copy("basic");
    for rel in [EN_2020, EN_2023] {
        let text = fixture.read(rel);
        fixture.write(
            rel,
            text.replace(
                "name = \"Alpha Hosting\"",
                "name = \"Alpha Hosting\"\nid = \"alpha\"",
            ),
        );
    }
    let text = fixture.read(EN_2023);
    fixture.write(
        EN_2023,
        text.replace("name = \"Alpha Hosting\"", "name = \"Alpha Cloud\""),
    );
    let built = fixture.built();
    let diff = page(&built, "acme/en/2023-06-01/diff/index.html");
    assert!(
        diff.contains("Alpha Hosting is now named Alpha Cloud."),
        "{diff}"
    );
    let exported = json(&built, "acme/en/processors.json");
    assert_eq!(exported["processors"][0]["id"], "alpha");
    assert_eq!(exported["processors"][0]["since"], "2020-01-01");
    let csv = page(&built, "acme/en/processors.csv");
    let header = csv.lines().next().unwrap();
    assert!(
        header.ends_with("id,role,formerly,status,date_note,region"),
        "{header}"
    );
}

#[test]
fn changed_facts_are_told_before_and_after() {
    let fixture = edited(EN_2023, |t| {
        t.replace("purpose = \"Hosting\"", "purpose = \"Hosting and backups\"")
            .replace(
                "name = \"Alpha Hosting\"",
                "name = \"Alpha Hosting\"\nrole = \"controller\"",
            )
    });
    let built = fixture.built();
    let diff = page(&built, "acme/en/2023-06-01/diff/index.html");
    assert!(
        diff.contains("Alpha Hosting: purpose changed from “Hosting” to “Hosting and backups”."),
        "{diff}"
    );
    assert!(
        diff.contains("Alpha Hosting: role changed from not stated to Independent controller."),
        "{diff}"
    );
    let html = page(&built, "acme/en/processors/index.html");
    assert!(html.contains("<span class=\"role\">Independent controller</span>"));
}

#[test]
fn a_group_states_the_purpose_of_members_that_state_none() {
    let fixture = edited(EN_2023, |t| {
        let t = t.replace("purpose = \"Hosting\"\n", "");
        format!(
            "{}\n[[groups]]\nname = \"Infrastructure\"\npurpose = \"Running the service\"\n",
            t
        )
    });
    // Top-level tables may follow [[processors]]; the group is read all the same.
    let built = fixture.built();
    let html = page(&built, "acme/en/processors/index.html");
    let row = &html[html.find("id=\"ps-processor-alpha-hosting\"").unwrap()..];
    let row = &row[..row.find("</tr>").unwrap()];
    assert!(row.contains("Running the service"), "{row}");
    assert!(!row.contains("Not stated"), "{row}");
    let exported = json(&built, "acme/en/processors.json");
    assert!(exported["processors"][0]["purpose"].is_null());
    assert_eq!(
        exported["processors"][0]["group_purpose"],
        "Running the service"
    );
    let csv = page(&built, "acme/en/processors.csv");
    assert!(csv.contains("Alpha Hosting,Infrastructure,Running the service,"));
}

#[test]
fn a_group_that_no_processor_names_is_an_error() {
    let fixture = edited(EN_2023, |t| format!("{t}\n[[groups]]\nname = \"Nobody\"\n"));
    let errors = fixture.errors();
    assert!(
        errors.contains("group \"Nobody\" has no processors"),
        "{errors}"
    );
}

#[test]
fn recipients_told_in_prose_are_shown_not_denied() {
    let fixture = edited(EN_2023, |t| {
        let cut = t.find("\n[[processors]]").unwrap();
        t[..cut + 1].to_string()
    });
    let built = fixture.built();
    let html = page(&built, "acme/en/processors/index.html");
    assert!(
        html.contains("describes its recipients in words rather than in a table"),
        "{html}"
    );
    assert!(html.contains("We share data with these processors."));
}

#[test]
fn a_translation_says_so_and_links_to_its_original() {
    let fixture = edited("content/acme/sv/2020-01-01.toml", |t| {
        format!("translated_from = \"en\"\n{t}")
    });
    let built = fixture.built();
    let html = page(&built, "acme/sv/index.html");
    assert!(
        html.contains("Den här texten är en översättning från"),
        "{html}"
    );
    assert!(
        html.contains(r#"href="../../acme/en/2020-01-01/" hreflang="en""#),
        "{html}"
    );
    // The English original says nothing of the kind.
    assert!(!page(&built, "acme/en/2020-01-01/index.html").contains("notice-translation"));
}

#[test]
fn a_translation_from_a_locale_the_company_lacks_is_an_error() {
    let fixture = edited("content/acme/sv/2020-01-01.toml", |t| {
        format!("translated_from = \"de\"\n{t}")
    });
    let errors = fixture.errors();
    assert!(
        errors.contains("sv/2020-01-01.toml:1:19")
            && errors.contains("no revisions in that locale"),
        "{errors}"
    );
    let fixture = edited("content/acme/sv/2020-01-01.toml", |t| {
        format!("translated_from = \"sv\"\n{t}")
    });
    assert!(fixture.errors().contains("this revision's own locale"));
}

#[test]
fn a_date_note_stands_beside_the_date_everywhere() {
    let fixture = edited(EN_2023, |t| {
        format!("date_note = \"The policy states no date; *this site* chose it.\"\n{t}")
    });
    let built = fixture.built();
    for path in [
        "acme/en/index.html",
        "acme/en/2023-06-01/index.html",
        "acme/en/history/index.html",
        "acme/en/2023-06-01/diff/index.html",
        "acme/en/processors/index.html",
    ] {
        let html = page(&built, path);
        assert!(
            html.contains("The policy states no date; <em>this site</em> chose it."),
            "{path}"
        );
    }
    assert!(page(&built, "acme/en/feed.xml").contains("this site"));
}

#[test]
fn covers_counts_a_section_for_the_checklist() {
    let fixture = Fixture::copy("clean");
    let rel = "content/acme/en/2024-01-01.toml";
    let text = fixture.read(rel);
    // Take the obligation section out, and let the data section cover it.
    let start = text.find("[[sections]]\nid = \"obligation\"").unwrap();
    let end = start + 1 + text[start + 1..].find("[[").unwrap();
    let text = format!("{}{}", &text[..start], &text[end..]);
    let obligation_findings = |fixture: &Fixture| {
        let out = privsite(fixture.root())
            .args(["check", "--date", "2025-01-01", "--format", "json"])
            .output()
            .unwrap();
        let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["rule"] == "art13-obligation" && f["file"] == rel)
            .count()
    };
    fixture.write(rel, &text);
    assert_eq!(obligation_findings(&fixture), 1, "without the section");
    fixture.write(
        rel,
        text.replace(
            "id = \"data\"\n",
            "id = \"data\"\ncovers = [\"obligation\"]\n",
        ),
    );
    assert_eq!(
        obligation_findings(&fixture),
        0,
        "covered by the data section"
    );
    // An unknown checklist item is an error with its place.
    fixture.write(
        rel,
        fixture
            .read(rel)
            .replace("covers = [\"obligation\"]", "covers = [\"obligations\"]"),
    );
    let errors = fixture.errors();
    assert!(errors.contains("covers \"obligations\""), "{errors}");
}

/// Every element id on every page, with how often it occurs there.
fn ids(built: &privsite::Built) -> BTreeMap<String, BTreeMap<String, usize>> {
    let mut all = BTreeMap::new();
    for (path, text) in texts(built) {
        if !path.ends_with(".html") {
            continue;
        }
        let mut on_page: BTreeMap<String, usize> = BTreeMap::new();
        for part in text.split(" id=").skip(1) {
            let id: String = match part.strip_prefix('"') {
                Some(rest) => rest.chars().take_while(|c| *c != '"').collect(),
                None => part
                    .chars()
                    .take_while(|c| !c.is_whitespace() && *c != '>')
                    .collect(),
            };
            *on_page.entry(id).or_default() += 1;
        }
        all.insert(path.to_string(), on_page);
    }
    all
}

#[test]
fn no_source_id_can_collide_with_the_themes() {
    let built = Fixture::copy("basic").built();
    let theme_ids: std::collections::BTreeSet<String> = ids(&built)
        .into_values()
        .flat_map(|m| m.into_keys())
        .collect();
    assert!(theme_ids.contains("ps-main"));
    // The section ids the fixture's sources give.
    let source_ids = ["data", "purposes", "recipients", "retention", "rights"];
    for id in &theme_ids {
        if source_ids.contains(&id.as_str()) {
            continue;
        }
        assert!(
            id.starts_with("ps-"),
            "theme id {id:?} lacks the reserved prefix"
        );
        // A source section with a theme id is refused, with its place.
        let fixture = edited(EN_2023, |t| {
            format!("{t}\n[[sections]]\nid = \"{id}\"\ntitle = \"T\"\nbody = \"B\"\n")
        });
        let errors = fixture.errors();
        assert!(errors.contains("reserved for the theme"), "{id}: {errors}");
    }
    // Sections named like everything the checklist knows build with unique ids.
    let mut extra = String::new();
    for id in privsite::model::rules::SECTION_IDS {
        if !source_ids.contains(id) {
            extra.push_str(&format!(
                "\n[[sections]]\nid = \"{id}\"\ntitle = \"T {id}\"\nbody = \"B\"\n"
            ));
        }
    }
    let fixture = edited(EN_2023, |t| {
        let at = t.find("[[purposes]]").unwrap();
        format!("{}{extra}\n{}", &t[..at], &t[at..])
    });
    let built = fixture.built();
    for (path, on_page) in ids(&built) {
        for (id, n) in on_page {
            assert_eq!(n, 1, "{path}: id {id:?} occurs {n} times");
        }
    }
}
