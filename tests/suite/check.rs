//! `privsite check`: every rule has a fixture that triggers it (an edit of the clean site
//! under tests/fixtures/clean) and the clean site passes. Each test runs the binary and
//! asserts the rule id, severity, file:line:column and exit code.

use std::path::Path;

use crate::prelude::{Fixture, OutputAssertExt, privsite, repo, today};
use serde_json::Value;

const EN: &str = "content/acme/en/2024-01-01.toml";
const SV: &str = "content/acme/sv/2024-01-01.toml";
const EN_OLD: &str = "content/acme/en/2020-01-01.toml";
const COMPANY: &str = "content/acme/company.toml";

/// A run of `privsite check --format json` as of the fixtures' date.
struct Run {
    code: i32,
    json: Value,
}

impl Run {
    fn findings(&self) -> &Vec<Value> {
        self.json["findings"].as_array().expect("findings")
    }

    /// `rule severity location` of every finding, as the text output orders them.
    fn lines(&self) -> Vec<String> {
        self.findings()
            .iter()
            .map(|f| {
                let mut at = f["file"].as_str().unwrap().to_string();
                if let (Some(l), Some(c)) = (f["line"].as_u64(), f["column"].as_u64()) {
                    at = format!("{at}:{l}:{c}");
                }
                format!(
                    "{} {} {at}",
                    f["rule"].as_str().unwrap(),
                    f["severity"].as_str().unwrap()
                )
            })
            .collect()
    }

    fn of(&self, rule: &str) -> Vec<&Value> {
        self.findings()
            .iter()
            .filter(|f| f["rule"] == rule)
            .collect()
    }

    fn message(&self, rule: &str) -> String {
        let found = self.of(rule);
        assert!(!found.is_empty(), "no {rule} in {:#?}", self.lines());
        found[0]["message"].as_str().unwrap().to_string()
    }
}

fn check(fixture: &Fixture, args: &[&str]) -> Run {
    let out = privsite(fixture.root())
        .args(["check", "--format", "json", "--date", "2025-01-01"])
        .args(args)
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    let json: Value = serde_json::from_str(&stdout).unwrap_or_else(|e| {
        panic!(
            "not JSON ({e}):\n{stdout}\n{}",
            String::from_utf8_lossy(&out.stderr)
        )
    });
    Run {
        code: out.status.code().unwrap(),
        json,
    }
}

/// The clean site with `edit` applied, checked.
fn checked(edit: impl FnOnce(&Fixture)) -> Run {
    let fixture = Fixture::copy("clean");
    edit(&fixture);
    check(&fixture, &[])
}

/// Removes the `[[sections]]` entry with this id.
fn remove_section(fixture: &Fixture, rel: &str, id: &str) {
    let text = fixture.read(rel);
    let start = text
        .find(&format!("[[sections]]\nid = \"{id}\""))
        .unwrap_or_else(|| panic!("{rel} has no section {id}"));
    let end = text[start + 1..]
        .find("\n[[")
        .map_or(text.len(), |e| start + 2 + e);
    fixture.write(rel, format!("{}{}", &text[..start], &text[end..]));
}

/// Both current revisions get the same edit, so the locales keep agreeing.
fn both(fixture: &Fixture, from: &str, to: &str) {
    fixture.replace(EN, from, to);
    fixture.replace(SV, from, to);
}

#[test]
fn the_clean_site_passes() {
    let run = checked(|_| {});
    assert_eq!(run.lines(), Vec::<String>::new());
    assert_eq!(run.code, 0);
    assert_eq!(run.json["summary"]["passed"], true);
    assert_eq!(run.json["summary"]["deny"], 0);
}

#[test]
fn source_errors_come_first_and_stop_the_checklist() {
    let fixture = Fixture::copy("clean");
    fixture.replace(
        EN,
        "legal_bases = [\"contract\"]",
        "legal_base = [\"contract\"]",
    );
    // A gap the checklist would report, were the sources valid.
    remove_section(&fixture, EN, "retention");
    let expected = fixture.position(EN, "legal_base =");
    let run = check(&fixture, &[]);
    assert_eq!(run.lines(), vec![format!("source deny {expected}")]);
    assert!(run.message("source").contains("unknown key `legal_base`"));
    assert_eq!(run.code, 1);
}

#[test]
fn build_warnings_are_reported() {
    let run = checked(|f| {
        f.write(
            "content/acme/fi/2024-01-01.toml",
            "title = \"x\"\ndraft = true\n",
        )
    });
    assert_eq!(run.lines(), vec!["build-warning warn content/acme/fi"]);
    assert!(
        run.message("build-warning")
            .contains("no published revisions")
    );
    assert_eq!(run.code, 0, "warnings do not fail the check");
}

#[test]
fn controller_identity_and_contact() {
    let run = checked(|f| {
        f.replace(COMPANY, "name = \"Acme AB\"\n", "");
        f.replace(COMPANY, "address = \"Storgatan 1, 111 22 Stockholm\"\n", "");
        f.replace(COMPANY, "email = \"privacy@acme.example\"\n", "");
    });
    assert_eq!(
        run.lines(),
        vec![
            format!("art13-controller-contact deny {COMPANY}"),
            format!("art13-controller-identity deny {COMPANY}"),
        ]
    );
    assert_eq!(run.code, 1);
}

#[test]
fn a_dpo_needs_a_contact() {
    let fixture = Fixture::copy("clean");
    fixture.replace(COMPANY, "email = \"dpo@acme.example\"\n", "");
    let expected = fixture.position(COMPANY, "dpo]");
    let run = check(&fixture, &[]);
    assert_eq!(
        run.lines(),
        vec![format!("art13-dpo-contact deny {expected}")]
    );
    assert_eq!(run.code, 1);
}

#[test]
fn purposes_and_their_legal_bases() {
    let fixture = Fixture::copy("clean");
    both(&fixture, "legal_bases = [\"contract\"]", "legal_bases = []");
    let expected = fixture.position(EN, "legal_bases = []");
    let run = check(&fixture, &[]);
    assert_eq!(
        run.lines(),
        vec![
            format!("art13-legal-basis deny {expected}"),
            format!(
                "art13-legal-basis deny {}",
                fixture.position(SV, "legal_bases = []")
            ),
        ]
    );
    assert!(run.message("art13-legal-basis").contains("\"orders\""));
    assert_eq!(run.code, 1);

    let run = checked(|f| {
        for rel in [EN, SV] {
            let text = f.read(rel);
            let cut = text.find("\n[[purposes]]").unwrap();
            let rest = &text[cut..];
            let processors = rest.find("\n[[processors]]").unwrap();
            f.write(rel, format!("{}{}", &text[..cut], &rest[processors..]));
        }
    });
    assert_eq!(
        run.lines(),
        vec![
            format!("art13-purposes warn {EN}"),
            format!("art13-purposes warn {SV}"),
        ]
    );
    assert_eq!(run.code, 0);
}

#[test]
fn legitimate_interests_name_the_interest() {
    let fixture = Fixture::copy("clean");
    fixture.replace(
        EN,
        "legitimate_interest = \"Keeping the shop safe from fraud\"\n",
        "",
    );
    let expected = fixture.position(EN, "legal_bases = [\"legitimate-interests\"]");
    let run = check(&fixture, &[]);
    assert_eq!(
        run.lines(),
        vec![format!("art13-legitimate-interest deny {expected}")]
    );
    assert!(
        run.message("art13-legitimate-interest")
            .contains("\"security\"")
    );
    assert_eq!(run.code, 1);
}

#[test]
fn recipients_are_named() {
    let run = checked(|f| {
        for rel in [EN, SV] {
            remove_section(f, rel, "recipients");
            let text = f.read(rel);
            let cut = text.find("\n[[processors]]").unwrap();
            f.write(rel, &text[..cut + 1]);
        }
    });
    assert_eq!(
        run.lines(),
        vec![
            format!("art13-recipients deny {EN}"),
            format!("art13-recipients deny {SV}"),
        ]
    );
    // A `recipients` section alone is enough.
    let run = checked(|f| {
        for rel in [EN, SV] {
            let text = f.read(rel);
            let cut = text.find("\n[[processors]]").unwrap();
            f.write(rel, &text[..cut + 1]);
        }
    });
    // ... though the exports then cannot list them, which is said.
    assert_eq!(
        run.lines(),
        vec![
            format!("recipients-in-prose warn {EN}"),
            format!("recipients-in-prose warn {SV}"),
        ]
    );
}

#[test]
fn transfers_outside_the_eea_need_a_safeguard_and_a_section() {
    let fixture = Fixture::copy("clean");
    both(&fixture, "safeguard = \"scc\"\n", "");
    let expected = fixture.position(EN, "\"Example Mail\"");
    let run = check(&fixture, &[]);
    assert_eq!(
        run.lines(),
        vec![
            format!("transfer-safeguard deny {expected}"),
            format!(
                "transfer-safeguard deny {}",
                fixture.position(SV, "\"Example Mail\"")
            ),
        ],
        "the build's own warning about it is not repeated"
    );
    assert!(run.message("transfer-safeguard").contains("US"));
    assert_eq!(run.code, 1);

    let run = checked(|f| {
        remove_section(f, EN, "transfers");
    });
    assert_eq!(run.lines(), vec![format!("art13-transfers warn {EN}")]);
    assert_eq!(run.code, 0);
}

#[test]
fn adequacy_only_where_there_is_a_decision() {
    let fixture = Fixture::copy("clean");
    both(
        &fixture,
        "countries = [\"US\"]\nsafeguard = \"scc\"",
        "countries = [\"US\", \"CN\"]\nsafeguard = \"adequacy\"",
    );
    let run = check(&fixture, &[]);
    assert_eq!(
        run.lines(),
        vec![
            format!(
                "transfer-adequacy deny {}",
                fixture.position(EN, "safeguard = \"adequacy\"")
            ),
            format!(
                "transfer-adequacy deny {}",
                fixture.position(SV, "safeguard = \"adequacy\"")
            ),
        ]
    );
    assert!(
        run.message("transfer-adequacy")
            .contains("CN has no adequacy decision")
    );

    let run = checked(|f| {
        both(
            f,
            "countries = [\"US\"]\nsafeguard = \"scc\"",
            "countries = [\"US\", \"IN\"]\nsafeguard = \"dpf\"",
        )
    });
    assert_eq!(run.of("transfer-adequacy").len(), 2);
    assert!(
        run.message("transfer-adequacy")
            .contains("only the United States, for IN")
    );

    // Adequacy for a country that has a decision, DPF for the US alone: fine.
    let run = checked(|f| {
        both(
            f,
            "countries = [\"US\"]\nsafeguard = \"scc\"",
            "countries = [\"CH\", \"JP\"]\nsafeguard = \"adequacy\"",
        )
    });
    assert_eq!(run.lines(), Vec::<String>::new());
}

#[test]
fn processors_name_their_countries() {
    let fixture = Fixture::copy("clean");
    both(&fixture, "countries = [\"SE\"]\n", "");
    let run = check(&fixture, &[]);
    assert_eq!(
        run.lines(),
        vec![
            format!(
                "processor-country warn {}",
                fixture.position(EN, "\"Alpha Hosting\"")
            ),
            format!(
                "processor-country warn {}",
                fixture.position(SV, "\"Alpha Hosting\"")
            ),
        ]
    );
    assert_eq!(run.code, 0);
}

#[test]
fn sections_the_checklist_asks_for() {
    for (id, rule, severity, code) in [
        ("retention", "art13-retention", "deny", 1),
        ("obligation", "art13-obligation", "deny", 1),
        (
            "automated-decisions",
            "art13-automated-decisions",
            "warn",
            0,
        ),
        ("complaint", "art13-complaint", "deny", 1),
    ] {
        let fixture = Fixture::copy("clean");
        remove_section(&fixture, EN, id);
        if id == "complaint" {
            // The declaration alone would satisfy the rule.
            fixture.replace(EN, ", \"complaint\"]", "]");
        }
        let run = check(&fixture, &[]);
        let expected_at = if id == "complaint" {
            fixture.position(EN, "rights =")
        } else {
            EN.to_string()
        };
        assert_eq!(
            run.lines(),
            vec![format!("{rule} {severity} {expected_at}")],
            "{id}"
        );
        assert_eq!(run.code, code, "{id}");
    }
    // A complaint section, or "complaint" declared in the rights, is enough.
    let run = checked(|f| remove_section(f, EN, "complaint"));
    assert_eq!(run.lines(), Vec::<String>::new());
}

#[test]
fn rights_section_coverage_and_declaration() {
    let run = checked(|f| remove_section(f, EN, "rights"));
    assert_eq!(run.lines(), vec![format!("art13-rights deny {EN}")]);

    let fixture = Fixture::copy("clean");
    fixture.replace(EN, "\"objection\", \"portability\", ", "");
    let run = check(&fixture, &[]);
    assert_eq!(
        run.lines(),
        vec![format!(
            "art13-rights-coverage deny {}",
            fixture.position(EN, "rights =")
        )]
    );
    assert!(
        run.message("art13-rights-coverage")
            .ends_with("leave out objection, portability")
    );

    // Without a declaration nothing about rights can be told: one warning, and the
    // rules that depend on it stay silent rather than guess.
    let run = checked(|f| {
        let text = f.read(EN);
        let line = text.lines().find(|l| l.starts_with("rights =")).unwrap();
        f.write(EN, text.replace(&format!("{line}\n"), ""));
        remove_section(f, EN, "complaint");
    });
    assert_eq!(run.lines(), vec![format!("rights-undeclared warn {EN}")]);
    assert_eq!(run.code, 0);
}

#[test]
fn consent_needs_a_way_to_withdraw_it() {
    let fixture = Fixture::copy("clean");
    fixture.replace(EN, "\"withdraw-consent\", ", "");
    let run = check(&fixture, &[]);
    assert_eq!(
        run.lines(),
        vec![format!(
            "art13-consent-withdrawal deny {}",
            fixture.position(EN, "rights =")
        )]
    );
    assert!(
        run.message("art13-consent-withdrawal")
            .contains("\"newsletter\"")
    );
    // No purpose on consent: nothing to withdraw.
    let run = checked(|f| {
        f.replace(EN, "\"withdraw-consent\", ", "");
        f.replace(
            EN,
            "legal_bases = [\"consent\"]",
            "legal_bases = [\"contract\"]",
        );
    });
    assert_eq!(run.lines(), Vec::<String>::new());
}

#[test]
fn the_supervisory_authority_is_named() {
    let run = checked(|f| {
        let text = f.read(COMPANY);
        let cut = text.find("\n[authority]").unwrap();
        f.write(COMPANY, &text[..cut + 1]);
    });
    assert_eq!(run.lines(), vec![format!("art13-authority deny {COMPANY}")]);
    assert_eq!(run.code, 1);
}

#[test]
fn stale_translations_say_since_when() {
    let run = checked(|f| {
        let text = f.read(EN).replace("Two years", "Three years");
        f.write("content/acme/en/2024-06-01.toml", text);
    });
    assert_eq!(run.lines(), vec![format!("stale-translation warn {SV}")]);
    assert!(
        run.message("stale-translation")
            .contains("stale since 2024-06-01"),
        "{}",
        run.message("stale-translation")
    );
    assert_eq!(run.code, 0);
}

#[test]
fn the_same_date_in_two_locales_names_the_same_processors() {
    let fixture = Fixture::copy("clean");
    fixture.replace(SV, "countries = [\"US\"]", "countries = [\"GB\"]");
    let expected = fixture.position(SV, "\"Example Mail\"");
    let run = check(&fixture, &[]);
    assert_eq!(
        run.lines(),
        vec![format!("locale-processors-differ deny {expected}")]
    );
    assert!(
        run.message("locale-processors-differ")
            .contains("countries GB here, US there")
    );
    assert_eq!(run.code, 1);

    // A region one locale names and the other does not is a difference too.
    let fixture = Fixture::copy("clean");
    fixture.replace(
        SV,
        "countries = [\"US\"]",
        "countries = [\"US\"]\nregions = [\"EU\"]",
    );
    let run = check(&fixture, &[]);
    assert!(
        run.message("locale-processors-differ")
            .contains("regions EU here, none there"),
        "{:#?}",
        run.lines()
    );

    let run = checked(|f| f.replace(SV, "name = \"Example Mail\"", "name = \"Beta Post\""));
    assert_eq!(
        run.of("locale-processors-differ").len(),
        2,
        "{:#?}",
        run.lines()
    );

    // A translated name that shares a word with the original, with the same facts, is the
    // same processor.
    let run = checked(|f| {
        f.replace(
            SV,
            "name = \"Example Mail\"",
            "name = \"Example Mail (e-post)\"",
        )
    });
    assert_eq!(run.lines(), Vec::<String>::new());
}

#[test]
fn a_change_needs_thirty_days_notice() {
    let run = checked(|f| {
        for (rel, date) in [(EN, "2025-01-15"), (SV, "2025-01-15")] {
            let text = f.read(rel);
            f.write(&rel.replace("2024-01-01", date), text);
        }
    });
    // The same text again is an editorial change: it owes no announcement, but readers
    // still get less than 30 days' warning of a new version.
    assert_eq!(
        run.lines(),
        vec![
            "notice-period warn content/acme/en/2025-01-15.toml",
            "notice-period warn content/acme/sv/2025-01-15.toml",
        ]
    );
    assert!(
        run.message("notice-period")
            .contains("14 days after the build date")
    );
    let run = checked(|f| {
        for rel in [EN, SV] {
            let text = f.read(rel);
            let text = format!("announced = 2024-12-01\n{text}");
            f.write(&rel.replace("2024-01-01", "2025-01-31"), text);
        }
    });
    assert_eq!(run.lines(), Vec::<String>::new(), "30 days is enough");
}

#[test]
fn placeholders_left_by_privsite_new() {
    let fixture = Fixture::copy("clean");
    fixture.replace(
        EN,
        "body = \"Two years after your last order.\"",
        "body = \"TODO: write this\"",
    );
    let expected = fixture.position(EN, "body = \"TODO");
    let run = check(&fixture, &[]);
    assert_eq!(run.lines(), vec![format!("placeholder deny {expected}")]);
    assert!(run.message("placeholder").contains("section \"retention\""));
}

#[test]
fn broken_internal_links_and_anchors() {
    let fixture = Fixture::copy("clean");
    fixture.replace(EN, "(#data)", "(#nope)");
    fixture.replace(
        EN,
        "Two years after your last order.",
        "Two years; see [history](../history/) and [gone](../nowhere/) and [out](/elsewhere/).",
    );
    let run = check(&fixture, &[]);
    // Reported where the Markdown wrote them, once, though several pages show the text.
    // "../history/" works on the revision's own page but not on the locale's current page,
    // one folder up, which shows the same text.
    assert_eq!(
        run.lines(),
        vec![
            format!("broken-anchor deny {}", fixture.position(EN, "#nope")),
            format!("broken-link deny {}", fixture.position(EN, "../history/")),
            format!("broken-link deny {}", fixture.position(EN, "../nowhere/")),
            format!("broken-link deny {}", fixture.position(EN, "/elsewhere/")),
        ],
    );
    assert_eq!(
        run.message("broken-anchor"),
        // The revision's page, the current page and the diff page, which renders the prose.
        "link \"#nope\" leads to its own page, which has no id \"nope\", on acme/en/2024-01-01/diff/ and 2 more pages"
    );
    assert_eq!(
        run.message("broken-link"),
        // One folder deeper than the revision, the diff page misses it too.
        "link \"../history/\" leads to no file of the site (acme/en/2024-01-01/history/index.html), on acme/en/2024-01-01/diff/ and 1 more page"
    );
    let outside = &run.of("broken-link")[2]["message"];
    assert!(
        outside
            .as_str()
            .unwrap()
            .contains("leads outside the site, whose pages are under /legal/"),
        "{outside}"
    );
    assert_eq!(run.code, 1);
}

#[test]
fn levels_set_in_site_toml() {
    let fixture = Fixture::copy("clean");
    remove_section(&fixture, EN, "automated-decisions");
    remove_section(&fixture, EN, "retention");
    let mut site = fixture.read("site.toml");
    site.push_str("\n[check]\nart13-automated-decisions = \"deny\"\nart13-retention = \"allow\"\n");
    fixture.write("site.toml", site);
    let run = check(&fixture, &[]);
    assert_eq!(
        run.lines(),
        vec![format!("art13-automated-decisions deny {EN}")]
    );
    assert_eq!(run.code, 1);
    let rules = run.json["rules"].as_array().unwrap();
    let retention = rules.iter().find(|r| r["id"] == "art13-retention").unwrap();
    assert_eq!(retention["level"], "allow");
    assert_eq!(retention["default"], "deny");

    // Unknown rules and levels are source errors that point at the key or value.
    let fixture = Fixture::copy("clean");
    let mut site = fixture.read("site.toml");
    site.push_str(
        "\n[check]\nart13-retenton = \"warn\"\nart13-rights = \"off\"\nsource = \"allow\"\n",
    );
    fixture.write("site.toml", site);
    let run = check(&fixture, &[]);
    assert_eq!(
        run.lines(),
        vec![
            format!(
                "source deny {}",
                fixture.position("site.toml", "art13-retenton")
            ),
            format!("source deny {}", fixture.position("site.toml", "\"off\"")),
            format!("source deny {}", fixture.position("site.toml", "source =")),
        ]
    );
    let messages: Vec<&str> = run
        .findings()
        .iter()
        .map(|f| f["message"].as_str().unwrap())
        .collect();
    assert!(
        messages[0].contains("unknown rule \"art13-retenton\" in [check]"),
        "{messages:?}"
    );
    assert!(
        messages[0].ends_with("; did you mean \"art13-retention\"?"),
        "{messages:?}"
    );
    assert!(
        messages[1].contains("expected \"allow\", \"warn\" or \"deny\""),
        "{messages:?}"
    );
    assert!(messages[2].contains("cannot be set"), "{messages:?}");
}

#[test]
fn current_leaves_out_past_revisions() {
    let fixture = Fixture::copy("clean");
    remove_section(&fixture, EN_OLD, "retention");
    fixture.replace(EN_OLD, "(#data)", "(#nope)");
    let all = check(&fixture, &[]);
    assert_eq!(
        all.lines(),
        vec![
            format!("art13-retention deny {EN_OLD}"),
            format!("broken-anchor deny {}", fixture.position(EN_OLD, "#nope")),
        ]
    );
    let current = check(&fixture, &["--current"]);
    assert_eq!(current.lines(), Vec::<String>::new());
    assert_eq!(current.code, 0);
}

#[test]
fn json_output_is_documented_and_complete() {
    let run = checked(|f| remove_section(f, EN, "automated-decisions"));
    let json = &run.json;
    assert_eq!(json["version"], 1);
    assert_eq!(json["date"], "2025-01-01");
    let finding = &json["findings"][0];
    for key in [
        "rule", "severity", "file", "line", "column", "message", "hint",
    ] {
        assert!(finding.get(key).is_some(), "finding lacks {key}: {finding}");
    }
    assert!(finding["line"].is_null() && finding["column"].is_null());
    assert!(
        finding["hint"]
            .as_str()
            .unwrap()
            .contains("automated-decisions")
    );
    assert_eq!(json["summary"]["warn"], 1);
    assert_eq!(json["summary"]["files"], 1);
    assert_eq!(json["summary"]["passed"], true);
    let ids: Vec<&str> = json["rules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    let expected: Vec<&str> = privsite::check::RULES.iter().map(|r| r.id).collect();
    assert_eq!(ids, expected);
    // The documentation lists every rule and every key of the output.
    let doc = std::fs::read_to_string(repo().join("docs/check.md")).unwrap();
    for id in expected {
        assert!(doc.contains(&format!("`{id}`")), "docs/check.md lacks {id}");
    }
    for key in [
        "\"version\"",
        "\"findings\"",
        "\"summary\"",
        "\"rules\"",
        "\"hint\"",
    ] {
        assert!(doc.contains(key), "docs/check.md lacks {key}");
    }
}

#[test]
fn text_output_is_grouped_by_rule_and_leaves_out_the_past() {
    let fixture = Fixture::copy("clean");
    remove_section(&fixture, EN, "automated-decisions");
    remove_section(&fixture, EN, "obligation");
    remove_section(&fixture, SV, "obligation");
    // A past revision nobody may edit: reported with --all and in JSON, not by default.
    remove_section(&fixture, EN_OLD, "obligation");
    let out = privsite(fixture.root())
        .args(["check", "--date", "2025-01-01"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    let expected = format!(
        "deny[art13-obligation] 2 findings: no section with id = \"obligation\" or covers = \
         [\"obligation\"]: the reader is not \
         told whether they must provide data, or what follows if they do not\n  \
         {EN}\n  \
         {SV}\n  \
         hint: add a section with id = \"obligation\", or add covers = [\"obligation\"] to the \
         section that says it\n\
         warn[art13-automated-decisions] 1 finding in 1 file: no section with id = \"automated-decisions\" \
         or covers = [\"automated-decisions\"]: \
         the reader is not told whether decisions about them are automated\n\
         (warnings: a line per rule; `privsite check --verbose` shows each)\n\
         \n\
         check failed: 2 denied, 1 warning in 2 files\n"
    );
    assert_eq!(text, expected);

    let out = privsite(fixture.root())
        .args(["check", "--date", "2025-01-01", "--all"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.starts_with("deny[art13-obligation] 3 findings: no section with id = \"obligation\""),
        "{text}"
    );
    assert!(text.contains(&format!("\n  {EN_OLD}\n")), "{text}");
    assert!(
        text.ends_with("check failed: 3 denied, 1 warning in 3 files\n"),
        "{text}"
    );
    // JSON keeps every finding, as before.
    let run = check(&fixture, &[]);
    assert_eq!(run.of("art13-obligation").len(), 3, "{:#?}", run.lines());
}

#[test]
fn findings_that_differ_in_names_share_one_line_per_file() {
    let fixture = Fixture::copy("clean");
    // Denied, so that the default output lists them in full (warnings get a line a rule).
    let site = fixture.read("site.toml");
    fixture.write(
        "site.toml",
        if site.contains("[check]") {
            site.replace("[check]", "[check]\nprocessor-country = \"deny\"")
        } else {
            format!("{site}\n[check]\nprocessor-country = \"deny\"\n")
        },
    );
    for rel in [EN, SV] {
        let text = fixture.read(rel);
        let text = text
            .replace("countries = [\"SE\"]", "")
            .replace("countries = [\"US\"]", "");
        fixture.write(rel, text);
    }
    let out = privsite(fixture.root())
        .args(["check", "--date", "2025-01-01"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let head = lines
        .iter()
        .position(|l| l.starts_with("deny[processor-country]"))
        .unwrap_or_else(|| panic!("{text}"));
    assert!(
        lines[head].ends_with(
            ": processor \"…\" names no country: whether data leaves the EEA cannot be checked"
        ),
        "{text}"
    );
    assert!(lines[head + 1].starts_with(&format!("  {EN}:")), "{text}");
    assert!(
        lines[head + 1].contains('"'),
        "the names follow the positions: {text}"
    );
    assert!(lines[head + 2].starts_with(&format!("  {SV}:")), "{text}");
    assert!(
        lines[head + 3].starts_with("  hint: set countries"),
        "{text}"
    );
}

#[test]
fn init_builds_and_checks_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site");
    privsite(dir.path())
        .args(["init"])
        .arg(&site)
        .env("SOURCE_DATE_EPOCH", "1735689600") // 2025-01-01
        .assert()
        .success();
    for file in [
        "site.toml",
        ".taplo.toml",
        "schemas/site.schema.json",
        "schemas/company.schema.json",
        "schemas/revision.schema.json",
        "content/example-company/company.toml",
        "content/example-company/en/2025-01-01.toml",
    ] {
        assert!(site.join(file).is_file(), "init did not write {file}");
    }
    // The example is a draft: it builds, and passes check, when drafts are asked for.
    let example =
        std::fs::read_to_string(site.join("content/example-company/en/2025-01-01.toml")).unwrap();
    assert!(example.contains("\ndraft = true\n"), "{example}");
    privsite(&site)
        .args(["build", "--date", "2025-01-01", "--drafts"])
        .assert()
        .success();
    assert!(site.join("public/example-company/en/index.html").is_file());
    let out = privsite(&site)
        .args(["check", "--date", "2025-01-01", "--drafts"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(text, "check passed: 0 denied, 0 warnings in 0 files\n");
    assert!(out.status.success());
    // Without --drafts nothing of it is published.
    privsite(&site)
        .args(["build", "--date", "2025-01-01"])
        .assert()
        .success();
    assert!(!site.join("public/example-company").exists());
    // A second init does not touch the site.
    let before = std::fs::read(site.join("site.toml")).unwrap();
    privsite(dir.path())
        .arg("init")
        .arg(&site)
        .assert()
        .failure();
    assert_eq!(std::fs::read(site.join("site.toml")).unwrap(), before);
}

#[test]
fn the_first_new_company_replaces_the_untouched_example() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site");
    privsite(dir.path())
        .arg("init")
        .arg(&site)
        .assert()
        .success();
    let out = privsite(&site)
        .args(["new", "acme", "--date", "2024-03-01"])
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(out.status.success(), "{stdout}");
    // Dated as asked: a policy in force since before today.
    assert!(site.join("content/acme/en/2024-03-01.toml").is_file());
    assert!(
        stdout.contains("(the example `privsite init` wrote, untouched)"),
        "{stdout}"
    );
    assert!(!site.join("content/example-company").exists());

    // An example somebody edited is theirs: a later `new` leaves it alone.
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site");
    privsite(dir.path())
        .arg("init")
        .arg(&site)
        .assert()
        .success();
    let company = site.join("content/example-company/company.toml");
    let edited = std::fs::read_to_string(&company).unwrap() + "# ours now\n";
    std::fs::write(&company, &edited).unwrap();
    privsite(&site).args(["new", "acme"]).assert().success();
    assert_eq!(std::fs::read_to_string(&company).unwrap(), edited);
}

#[test]
fn new_adds_a_company_that_check_walks_through() {
    let fixture = Fixture::copy("clean");
    privsite(fixture.root())
        .args(["new", "beta-oy", "--locale", "fi"])
        .env("SOURCE_DATE_EPOCH", "1735689600")
        .assert()
        .success();
    let revision = "content/beta-oy/fi/2025-01-01.toml";
    let text = fixture.read(revision);
    for id in [
        "recipients",
        "transfers",
        "retention",
        "rights",
        "complaint",
        "obligation",
        "automated-decisions",
    ] {
        let entry = format!("[[sections]]\nid = \"{id}\"");
        let i = text
            .find(&entry)
            .unwrap_or_else(|| panic!("no {id} section"));
        let comment = text[..i].trim_end().lines().last().unwrap();
        assert!(comment.starts_with("# "), "{id} has no comment: {comment}");
    }
    // The new revision is a draft: a build leaves it out until it is filled in.
    let built = fixture.build().unwrap();
    assert!(built.output.get("beta-oy/fi/index.html").is_none());
    let run = check(&fixture, &["--drafts"]);
    assert!(run.of("source").is_empty(), "{:#?}", run.lines());
    let placeholders = run.of("placeholder");
    assert!(placeholders.len() > 10, "{:#?}", run.lines());
    assert!(
        run.findings().iter().all(|f| f["rule"] == "placeholder"),
        "only the placeholders are left to fill: {:#?}",
        run.lines()
    );
    assert!(run.lines().contains(&format!(
        "placeholder deny {}",
        fixture.position("content/beta-oy/company.toml", "name = \"TODO")
    )));
    assert_eq!(run.code, 1);

    // Once every TODO is replaced, the skeleton passes; with no [[processors]] yet, check
    // says the exports cannot list the recipients its section tells in words.
    for rel in ["content/beta-oy/company.toml", revision] {
        let filled = fixture.read(rel).replace("TODO: ", "Filled in: ");
        fixture.write(rel, filled);
    }
    let run = check(&fixture, &["--drafts"]);
    assert_eq!(
        run.lines(),
        vec![format!("recipients-in-prose warn {revision}")]
    );
    assert_eq!(run.code, 0);

    // new refuses to overwrite, and validates its arguments.
    let refuse = |args: &[&str], says: &str| {
        let out = privsite(fixture.root())
            .arg("new")
            .args(args)
            .output()
            .unwrap();
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(
            !out.status.success() && err.contains(says),
            "{args:?}: {err}"
        );
    };
    refuse(&["beta-oy"], "already exists");
    refuse(&["Beta Oy"], "invalid company name");
    refuse(&["gamma", "--locale", "pt-br"], "expected \"pt-BR\"");
    assert!(!fixture.path("content/gamma").exists());
}

#[test]
fn the_example_site_reports_its_real_gaps() {
    let root = repo();
    let out = privsite(root)
        .args(["check", "--format", "json", "--date", "2026-01-01"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let run = Run {
        code: 1,
        json: serde_json::from_slice(&out.stdout).unwrap(),
    };
    let lines = run.lines();
    let has = |line: &str| lines.iter().any(|l| l.starts_with(line));
    // The sources build, and every link of the built site leads somewhere.
    for rule in ["source", "build-warning", "broken-link", "broken-anchor"] {
        assert!(run.of(rule).is_empty(), "{rule}: {lines:#?}");
    }
    // Seed 002 never names its company; no seed names a supervisory authority.
    assert!(has(
        "art13-controller-identity deny content/unnamed-hosting-provider/company.toml"
    ));
    for company in [
        "quickbutik",
        "qvik",
        "skara-websolution",
        "unnamed-hosting-provider",
    ] {
        assert!(
            has(&format!(
                "art13-authority deny content/{company}/company.toml"
            )),
            "{company}"
        );
    }
    // Skara names each partner's seat, never where it processes data.
    assert!(has(
        "processor-country warn content/skara-websolution/sv/2018-05-25.toml"
    ));
    assert!(!has(
        "transfer-safeguard deny content/skara-websolution/sv/2018-05-25.toml:276:8"
    ));
    // Qvik relies on the Privacy Shield; it and seed 002 tell their recipients in words.
    assert!(has(
        "safeguard-invalid warn content/qvik/sv/2019-06-27.toml"
    ));
    assert!(has(
        "recipients-in-prose warn content/qvik/sv/2019-06-27.toml"
    ));
    // Quickbutik never mentions the data subject's rights, in any locale or revision.
    for rel in [
        "en/2018-05-25",
        "en/2022-09-01",
        "sv/2018-05-25",
        "sv/2022-09-01",
    ] {
        assert!(
            has(&format!("art13-rights deny content/quickbutik/{rel}.toml")),
            "{rel}"
        );
    }
    // The translations agree with the reference text on processors.
    assert!(run.of("locale-processors-differ").is_empty(), "{lines:#?}");
    assert!(run.of("stale-translation").is_empty(), "{lines:#?}");
}

#[test]
fn a_broken_link_in_a_template_is_reported_on_the_page() {
    let fixture = Fixture::copy("clean");
    fixture.write(
        "templates/404.html",
        "<!doctype html>\n<html lang=\"en\"><head><title>Not found</title></head>\n\
         <body><p>Nothing here. <a href=\"{{ root }}nowhere/#x\">Home</a></p></body></html>\n",
    );
    let run = check(&fixture, &[]);
    // The page is not minified in this fixture, so line and column are those of the
    // template, where the 404 page links from the base path.
    assert_eq!(
        run.lines(),
        vec!["broken-link deny public/404.html:3:33"],
        "{:#?}",
        run.findings()
    );
    assert_eq!(
        run.message("broken-link"),
        "link \"/legal/nowhere/#x\" leads to no file of the site (nowhere/index.html), on 404.html"
    );
}

#[test]
fn the_rights_key_is_validated_like_every_other_key() {
    let fixture = Fixture::copy("clean");
    fixture.replace(
        EN,
        "rights = [\"access\", \"rectification\"",
        "rights = [\"access\", \"acess\", \"access\", \"rectification\"",
    );
    let run = check(&fixture, &[]);
    assert_eq!(
        run.lines(),
        vec![
            format!("source deny {}", fixture.position(EN, "\"acess\"")),
            format!("source deny {}", fixture.position(EN, "\"access\", \"rect")),
        ]
    );
    let messages: Vec<&str> = run
        .findings()
        .iter()
        .map(|f| f["message"].as_str().unwrap())
        .collect();
    assert!(
        messages[0].starts_with("unknown right \"acess\": expected one of \"access\""),
        "{messages:?}"
    );
    assert_eq!(messages[1], "right \"access\" is listed twice");
}

/// The library entry point for the lints alone, without building: what an editor plug-in
/// or another tool would call on a loaded site.
#[test]
fn check_site_runs_the_lints_on_a_loaded_site() {
    let fixture = Fixture::copy("clean");
    let load = |f: &Fixture| {
        privsite::source::load::load_site(f.root(), privsite::LoadOptions::default())
            .unwrap_or_else(|d| panic!("{d}"))
            .0
    };
    let today = today();
    assert_eq!(
        privsite::check::check_site(&load(&fixture), today, false),
        vec![]
    );
    remove_section(&fixture, EN_OLD, "retention");
    let findings = privsite::check::check_site(&load(&fixture), today, false);
    assert_eq!(findings.len(), 1, "{findings:#?}");
    assert_eq!(findings[0].rule, Some("art13-retention"));
    assert_eq!(findings[0].level, privsite::Level::Deny);
    assert_eq!(findings[0].file, Path::new(EN_OLD));
    assert!(privsite::check::check_site(&load(&fixture), today, true).is_empty());
}

#[test]
fn prose_ids_are_unique_no_section_id_and_never_the_themes_prefix() {
    let fixture = Fixture::copy("clean");
    fixture.replace(EN,
        "body = \"Your name and e-mail address.\"",
        "body = '''Your name and e-mail address.\n\n## Who {#who}\n\n<a id=\"who\"></a> <p id=\"ps-box\">x</p> <span id=\"retention\">y</span>\n'''",
    );
    let run = check(&fixture, &[]);
    let mut ids = run.of("prose-id");
    ids.sort_by_key(|f| f["message"].as_str().unwrap().to_string());
    let messages: Vec<&str> = ids.iter().map(|f| f["message"].as_str().unwrap()).collect();
    assert_eq!(
        messages,
        [
            "id \"ps-box\" starts with \"ps-\", which the theme keeps for its own ids: the page drops it",
            "id \"retention\" is also a section's id: the page would have it twice",
            "id \"who\" is stated twice in this revision's prose: links to it are ambiguous",
        ],
        "{:#?}",
        run.lines()
    );
    let who = ids
        .iter()
        .find(|f| f["message"].as_str().unwrap().contains("\"who\""))
        .unwrap();
    let expected = fixture.position(EN, "id=\"who\"");
    assert_eq!(
        format!(
            "{}:{}:{}",
            who["file"].as_str().unwrap(),
            who["line"],
            who["column"]
        ),
        expected
    );
    assert_eq!(run.code, 1);
}
