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

#[test]
fn commands_find_the_site_from_a_folder_inside_it() {
    let site = Fixture::copy("clean");
    let inside = site.path("content/acme/en");
    let mut cmd = Command::new(crate::prelude::PRIVSITE);
    cmd.current_dir(&inside)
        .env_remove("SOURCE_DATE_EPOCH")
        .args(["check", "--date", "2025-01-01"]);
    let (c, out) = code(&mut cmd);
    assert_eq!(c, 0, "{out}");
    assert!(out.contains("check passed"), "{out}");
    // -C names where to start looking, as a working folder does.
    let (c, out) = code(privsite(&inside).args(["check", "--date", "2025-01-01"]));
    assert_eq!(c, 0, "{out}");
}

#[test]
fn init_honours_dash_c_and_completions_print() {
    let dir = tempfile::tempdir().unwrap();
    let (c, out) = code(privsite(dir.path()).args(["init", "privacy"]));
    assert_eq!(c, 0, "{out}");
    assert!(dir.path().join("privacy/site.toml").is_file(), "{out}");

    let (c, out) = code(privsite(dir.path()).args(["completion", "bash"]));
    assert_eq!(c, 0, "{out}");
    assert!(out.contains("privsite") && out.contains("serve"), "{out}");
}

#[test]
fn zolas_flags_are_understood() {
    let dir = tempfile::tempdir().unwrap();
    let (c, out) = code(privsite(dir.path()).args(["serve", "--help"]));
    assert_eq!(c, 0, "{out}");
    for flag in [
        "-i, --interface",
        "-u, --base-url",
        "-O, --open",
        "-p, --port",
    ] {
        assert!(out.contains(flag), "serve --help lacks {flag}:\n{out}");
    }
    let (c, out) = code(privsite(dir.path()).args(["build", "--help"]));
    assert_eq!(c, 0, "{out}");
    for flag in ["-u, --base-url", "-o, --output"] {
        assert!(out.contains(flag), "build --help lacks {flag}:\n{out}");
    }
}

/// What `init` makes is what goes into the repository; what builds and notices leave
/// (the site, the record, the lock, the site kept for the next build, the addresses
/// notices went to) stays out of it, as real git sees it after two builds.
#[test]
fn inits_gitignore_keeps_what_builds_and_notices_leave_out_of_the_repository() {
    let dir = tempfile::tempdir().unwrap();
    let (c, out) = code(privsite(dir.path()).args(["init", "s"]));
    assert_eq!(c, 0, "{out}");
    let ignore = std::fs::read_to_string(dir.path().join("s/.gitignore")).unwrap();
    assert_eq!(
        ignore.lines().collect::<Vec<_>>(),
        ["/public", "/.public.privsite-*", "/.privsite/"]
    );
    if !crate::prelude::require_git() {
        return;
    }
    let site = dir.path().join("s");
    for _ in 0..2 {
        let (c, out) = code(privsite(&site).args(["build", "--full"]));
        assert_eq!(c, 0, "{out}");
    }
    std::fs::create_dir_all(site.join(".privsite")).unwrap();
    std::fs::write(site.join(".privsite/notified.toml"), "").unwrap();
    let git = |args: &[&str]| {
        let out = Command::new("git")
            .args(args)
            .current_dir(&site)
            .output()
            .unwrap();
        assert!(out.status.success(), "git {args:?}");
        String::from_utf8(out.stdout).unwrap()
    };
    git(&["init", "-q"]);
    let status = git(&["status", "--porcelain", "--untracked-files=all"]);
    let listed: Vec<&str> = status.lines().map(|l| &l[3..]).collect();
    assert!(
        listed.iter().all(|p| !p.starts_with("public")
            && !p.contains("privsite-")
            && !p.starts_with(".privsite/")),
        "{listed:?}"
    );
    assert!(listed.contains(&"site.toml"), "{listed:?}");
}
