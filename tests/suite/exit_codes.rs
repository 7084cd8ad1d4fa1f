//! Exit codes, as docs/commands.md states them: 0 clean, 1 denied findings, 2 could not
//! run. CI tells "the policy has gaps" from "the tool could not run" by them.

use std::process::Command;

use crate::prelude::{Fixture, privsite};

fn code(cmd: &mut Command) -> (i32, String) {
    let out = cmd.output().expect("privsite runs");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.code().expect("exited"), text)
}

#[test]
fn a_clean_site_checks_and_builds_with_0() {
    let site = Fixture::copy("clean");
    let (c, out) = code(privsite(site.root()).args(["check", "--date", "2025-01-01"]));
    assert_eq!(c, 0, "{out}");
    assert!(out.contains("check passed"), "{out}");
    let (c, out) = code(privsite(site.root()).args(["build", "--date", "2025-01-01"]));
    assert_eq!(c, 0, "{out}");
}

#[test]
fn a_denied_finding_exits_1() {
    let site = Fixture::copy("clean");
    // The retention section is required by Art. 13(2)(a), at deny by default.
    let rel = "content/acme/en/2024-01-01.toml";
    let text = site.read(rel);
    let start = text.find("[[sections]]\nid = \"retention\"");
    let Some(start) = start else {
        panic!("the clean fixture has a retention section:\n{text}");
    };
    let end = text[start + 1..]
        .find("[[")
        .map_or(text.len(), |i| start + 1 + i);
    site.write(rel, format!("{}{}", &text[..start], &text[end..]));
    let (c, out) = code(privsite(site.root()).args(["check", "--date", "2025-01-01"]));
    assert_eq!(c, 1, "{out}");
    assert!(out.contains("deny[art13-retention]"), "{out}");
    assert!(out.contains("check failed"), "{out}");
}

#[test]
fn an_error_in_a_revision_exits_1_for_build_and_check() {
    let site = Fixture::copy("clean");
    let rel = "content/acme/en/2024-01-01.toml";
    site.write(rel, format!("{}\nlegal_base = []\n", site.read(rel)));
    for command in ["build", "check"] {
        let (c, out) = code(privsite(site.root()).args([command, "--date", "2025-01-01"]));
        assert_eq!(c, 1, "{command}: {out}");
        assert!(out.contains("legal_base"), "{command}: {out}");
    }
}

#[test]
fn a_site_that_cannot_be_read_exits_2() {
    let site = Fixture::copy("clean");
    site.write("site.toml", "title = \"x\"\nbase_url = \n");
    for command in ["build", "check"] {
        let (c, out) = code(privsite(site.root()).args([command, "--date", "2025-01-01"]));
        assert_eq!(c, 2, "{command}: {out}");
        assert!(out.contains("site.toml"), "{command}: {out}");
    }
    let (c, out) = code(privsite(site.root()).args(["check"]));
    assert_eq!(c, 2, "{out}");
    assert!(out.contains("check could not run"), "{out}");

    let empty = tempfile::tempdir().unwrap();
    let (c, out) = code(privsite(empty.path()).args(["check"]));
    assert_eq!(c, 2, "no site: {out}");
}

#[test]
fn bad_arguments_exit_2() {
    let site = Fixture::copy("clean");
    let (c, _) = code(privsite(site.root()).args(["build", "--no-such-flag"]));
    assert_eq!(c, 2);
    let (c, out) = code(privsite(site.root()).args(["diff", "nobody", "en"]));
    assert_eq!(c, 2, "{out}");
    assert!(out.contains("no company \"nobody\""), "{out}");
}
