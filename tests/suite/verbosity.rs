//! `--quiet` and `--verbose`, as docs/commands.md states them: quiet prints only errors
//! (and check findings at deny level), verbose adds step timings, file counts and every
//! warning in full; neither changes an exit code.

use std::process::Command;

use crate::prelude::{Fixture, privsite};

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run(cmd: &mut Command) -> Run {
    let out = cmd.output().expect("privsite runs");
    Run {
        code: out.status.code().expect("exited"),
        stdout: String::from_utf8(out.stdout).unwrap(),
        stderr: String::from_utf8(out.stderr).unwrap(),
    }
}

/// `privsite [flag] <args>` on the site at `root`.
fn with(root: &std::path::Path, flag: Option<&str>, args: &[&str]) -> Run {
    let mut cmd = privsite(root);
    if let Some(flag) = flag {
        cmd.arg(flag);
    }
    run(cmd.args(args))
}

#[test]
fn a_build_says_less_or_more_with_the_same_exit_code() {
    let site = Fixture::copy("basic");
    // --full: each run renders the whole site, so that they all say the same; after a
    // first build, each finds every file as it renders it.
    let build = ["build", "--date", "2025-01-01", "--full"];
    assert_eq!(with(site.root(), None, &build).code, 0);
    let normal = with(site.root(), None, &build);
    assert_eq!(normal.code, 0, "{}", normal.stderr);
    assert!(normal.stdout.contains("wrote "), "{}", normal.stdout);
    assert!(
        normal
            .stdout
            .contains("(47 files, 47 of them rendered as they were)"),
        "{}",
        normal.stdout
    );
    assert!(normal.stdout.contains("next: "), "{}", normal.stdout);

    let quiet = with(site.root(), Some("--quiet"), &build);
    assert_eq!(quiet.code, 0, "{}", quiet.stderr);
    assert_eq!(quiet.stdout, "", "no summary when quiet");
    assert_eq!(quiet.stderr, "", "no progress or warnings when quiet");
    let short = with(site.root(), Some("-q"), &build);
    assert_eq!((short.code, short.stdout.as_str()), (0, ""));

    let verbose = with(site.root(), Some("--verbose"), &build);
    assert_eq!(verbose.code, 0, "{}", verbose.stderr);
    assert_eq!(
        verbose.stdout,
        normal
            .stdout
            .replace(time(&normal.stdout), time(&verbose.stdout))
    );
    assert!(verbose.stderr.contains("loading: "), "{}", verbose.stderr);
    assert!(verbose.stderr.contains("rendering, "), "{}", verbose.stderr);
    assert!(
        verbose
            .stderr
            .contains("read 2 companies, 3 locales, 5 revisions; 0 warnings"),
        "{}",
        verbose.stderr
    );
}

/// A rebuild's summary says how many files it rendered, how many of those came out as
/// they were (kept, not written again) and how many it carried over unrendered.
#[test]
fn a_rebuild_says_what_it_rendered_kept_and_carried() {
    let site = Fixture::copy("basic");
    let build = ["build", "--date", "2025-01-01"];
    assert_eq!(with(site.root(), None, &build).code, 0);
    site.replace(
        "content/beta/fi/2021-03-15.toml",
        "Sinulla on oikeus",
        "Sinulla on aina oikeus",
    );
    let rebuild = with(site.root(), None, &build);
    assert_eq!(rebuild.code, 0, "{}", rebuild.stderr);
    let line = rebuild.stdout.lines().next().unwrap_or("");
    let counts = line
        .split_once(" files, ")
        .and_then(|(head, rest)| Some((head.rsplit_once('(')?.1, rest.split_once(") to ")?.0)));
    let (files, rest) = counts.unwrap_or_else(|| panic!("{line}"));
    let numbers: Vec<usize> = rest
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|n| n.parse().ok())
        .collect();
    let words: String = rest.chars().filter(|c| !c.is_ascii_digit()).collect();
    assert_eq!(
        words, " rendered ( of them as they were) and  unchanged",
        "{line}"
    );
    let (rendered, same, carried) = (numbers[0], numbers[1], numbers[2]);
    assert_eq!(
        rendered + carried,
        files.parse::<usize>().unwrap(),
        "{line}"
    );
    assert!(0 < same && same < rendered && carried > 0, "{line}");
}

/// The build time in a "wrote … in 0.12 s" line, which differs between runs.
fn time(stdout: &str) -> &str {
    let after = stdout.split(" in ").nth(1).unwrap_or("");
    &after[..after.find(" s").unwrap_or(0)]
}

#[test]
fn a_failed_build_keeps_its_errors_and_exit_code_when_quiet() {
    let site = Fixture::copy("basic");
    site.replace("content/acme/en/2023-06-01.toml", "summary =", "sumary =");
    let build = ["build", "--date", "2025-01-01"];
    let normal = with(site.root(), None, &build);
    let quiet = with(site.root(), Some("-q"), &build);
    let verbose = with(site.root(), Some("-v"), &build);
    for r in [&normal, &quiet, &verbose] {
        assert_eq!(r.code, 1, "{}", r.stderr);
        assert!(r.stderr.contains("unknown key `sumary`"), "{}", r.stderr);
        assert_eq!(r.stdout, "");
    }
    assert!(
        normal.stderr.contains("build failed: 1 error"),
        "{}",
        normal.stderr
    );
    assert!(!quiet.stderr.contains("build failed"), "{}", quiet.stderr);
    assert!(verbose.stderr.contains("loading: "), "{}", verbose.stderr);

    // An error in site.toml stops the run: 2, whatever is printed.
    site.replace("site.toml", "title =", "titel =");
    for flag in [None, Some("-q"), Some("-v")] {
        let r = with(site.root(), flag, &build);
        assert_eq!(r.code, 2, "{flag:?}: {}", r.stderr);
        assert!(r.stderr.contains("unknown key `titel`"), "{}", r.stderr);
    }
}

#[test]
fn check_shows_denied_findings_only_when_quiet_and_every_warning_when_verbose() {
    let site = Fixture::copy("basic");
    let check = ["check", "--date", "2025-01-01"];
    let normal = with(site.root(), None, &check);
    let quiet = with(site.root(), Some("--quiet"), &check);
    let verbose = with(site.root(), Some("--verbose"), &check);
    for r in [&normal, &quiet, &verbose] {
        assert_eq!(r.code, 1, "{}{}", r.stdout, r.stderr);
    }
    assert!(normal.stdout.contains("deny["), "{}", normal.stdout);
    assert!(normal.stdout.contains("warn["), "{}", normal.stdout);
    assert!(
        normal.stdout.contains("check failed: "),
        "{}",
        normal.stdout
    );

    assert!(quiet.stdout.contains("deny["), "{}", quiet.stdout);
    assert!(!quiet.stdout.contains("warn["), "{}", quiet.stdout);
    assert!(!quiet.stdout.contains("check failed"), "{}", quiet.stdout);

    // One entry per finding, each with its own location and rule, instead of groups.
    let warnings = normal
        .stdout
        .lines()
        .filter(|l| l.starts_with("warn["))
        .map(|l| {
            let count = l.split(' ').nth(1).unwrap();
            count.parse::<usize>().unwrap()
        })
        .sum::<usize>();
    let full = verbose
        .stdout
        .lines()
        .filter(|l| l.starts_with("warning: "))
        .count();
    assert!(warnings > 1);
    assert_eq!(full, warnings, "{}", verbose.stdout);
    assert!(
        verbose.stdout.contains("check failed: "),
        "{}",
        verbose.stdout
    );

    // A clean site: nothing at all when quiet.
    let clean = Fixture::copy("clean");
    let quiet = with(clean.root(), Some("-q"), &check);
    assert_eq!(
        (quiet.code, quiet.stdout.as_str(), quiet.stderr.as_str()),
        (0, "", "")
    );
}

#[test]
fn quiet_and_verbose_together_are_a_usage_error() {
    let site = Fixture::copy("clean");
    let r = with(site.root(), Some("-q"), &["-v", "check"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("cannot be used with"), "{}", r.stderr);
}

#[test]
fn scaffolding_is_silent_when_quiet() {
    let dir = tempfile::tempdir().unwrap();
    let r = with(dir.path(), Some("-q"), &["init", "site"]);
    assert_eq!((r.code, r.stdout.as_str()), (0, ""), "{}", r.stderr);
    let root = dir.path().join("site");
    let r = with(&root, Some("--quiet"), &["new", "acme", "--locale", "sv"]);
    assert_eq!((r.code, r.stdout.as_str()), (0, ""), "{}", r.stderr);
    let r = with(
        &root,
        None,
        &["revision", "acme", "sv", "--date", "2099-01-01"],
    );
    assert!(r.stdout.contains("created "), "{}", r.stdout);
}
