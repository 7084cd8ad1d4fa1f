//! `privsite check`: every error and warning of a build, the GDPR Art. 13 checklist, the
//! consistency of locales and the site's links, without writing anything. Exits 1 when
//! any finding is `deny`, so CI can gate on it, and 2 when the checks could not run (no
//! readable site.toml, a bad argument), so CI can tell the two apart.
//!
//! The text output is for people: the revisions in force and upcoming (`--all` for the
//! whole history), findings grouped by rule, one summary line. `--format json`, for
//! tools, lists every finding of every revision (`--current` to limit it) in one object
//! (documented in docs/check.md): `{"version": 1, "date", "findings": [{"rule", "severity", "file", "line", "column",
//! "message", "hint"}], "summary": {"deny", "warn", "files", "passed"}, "rules": [{"id",
//! "level", "default", "description"}]}`.

use std::path::Path;
use std::process::ExitCode;

use jiff::civil::Date;
use privsite::Level;
use privsite::check::{CheckOptions, Finding, Report};
use serde_json::json;

use super::plural;

#[derive(Clone, Copy, Default, clap::ValueEnum)]
pub enum Format {
    /// Grouped by rule: a count, the places and the hint.
    #[default]
    Text,
    /// One JSON object, for tools.
    Json,
}

#[derive(clap::Args)]
pub struct Args {
    /// How to print the findings.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Check the whole history, past revisions too (the default for --format json).
    #[arg(long, conflicts_with = "current")]
    pub all: bool,
    /// Check only the revisions in force and upcoming (the default for text output).
    #[arg(long)]
    pub current: bool,
    /// The day to check as of (YYYY-MM-DD); default SOURCE_DATE_EPOCH, else today.
    #[arg(long)]
    pub date: Option<Date>,
    /// Include revisions marked draft = true.
    #[arg(long)]
    pub drafts: bool,
    /// The site as last published: a folder `privsite build` wrote (default: the output
    /// folder), or the http(s) address it is served at. Any edit of a revision published
    /// there is reported.
    #[arg(long, value_name = "DIR|URL")]
    pub published: Option<std::path::PathBuf>,
    /// Only the findings about this document (its folder under content/<company>/), in
    /// every company that has one; default: everything.
    #[arg(long, value_name = "DOC")]
    pub document: Option<String>,
}

pub fn run(root: &Path, args: Args) -> ExitCode {
    let report = privsite::check::check(
        root,
        &CheckOptions {
            date: args.date,
            drafts: args.drafts,
            published: args.published.clone(),
            document: args.document.clone(),
            // Past revisions may not be edited: text output, for people, leaves them out
            // unless asked; JSON, for tools, keeps every finding unless asked.
            current: match args.format {
                Format::Text => !args.all,
                Format::Json => args.current,
            },
        },
    );
    match args.format {
        Format::Text => print!("{}", text(&report)),
        Format::Json => println!(
            "{}",
            serde_json::to_string_pretty(&json_report(&report)).expect("JSON values serialize")
        ),
    }
    ExitCode::from(report.exit_code())
}

fn files(report: &Report) -> usize {
    let mut files: Vec<&Path> = report.findings.iter().map(|f| f.file.as_path()).collect();
    files.sort();
    files.dedup();
    files.len()
}

/// Findings grouped by rule (see [`privsite::diagnostic::print::grouped`]): source
/// errors first, then denied rules before warnings, then the rules in the order
/// docs/check.md lists them; then one summary line.
fn text(report: &Report) -> String {
    let order = |rule: Option<&str>| {
        privsite::check::RULES
            .iter()
            .position(|r| Some(r.id) == rule)
            .unwrap_or(usize::MAX)
    };
    let mut findings: Vec<Finding> = report.findings.clone();
    findings.sort_by_key(|f| {
        (
            f.rule != Some(privsite::check::SOURCE),
            f.level != Level::Deny,
            order(f.rule),
        )
    });
    if super::quiet() {
        // Denied findings only, and no summary: nothing at all when the check passes.
        findings.retain(|f| f.level == Level::Deny);
        return privsite::diagnostic::print::grouped(&findings);
    }
    let mut out = if super::verbose() {
        // Each finding in full, with its source line, rather than grouped by rule.
        findings.iter().map(|f| f.render(false)).collect()
    } else {
        // One screen: what is denied in full, grouped by rule; warnings a line per rule.
        let (denied, warned): (Vec<Finding>, Vec<Finding>) =
            findings.into_iter().partition(|f| f.level == Level::Deny);
        let mut out = privsite::diagnostic::print::grouped(&denied);
        if !warned.is_empty() {
            out.push_str(&privsite::diagnostic::print::summarized(&warned));
            out.push_str("(warnings: a line per rule; `privsite check --verbose` shows each)\n");
        }
        out
    };
    if !report.findings.is_empty() {
        out.push('\n');
    }
    let (deny, warn) = (report.count(Level::Deny), report.count(Level::Warn));
    let verdict = if report.could_not_run() {
        "could not run"
    } else if report.failed() {
        "failed"
    } else {
        "passed"
    };
    let files = files(report);
    out.push_str(&format!(
        "check {verdict}: {deny} denied, {warn} warning{} in {files} file{}\n",
        plural(warn),
        plural(files)
    ));
    out
}

fn json_finding(f: &Finding) -> serde_json::Value {
    json!({
        "rule": f.rule,
        "severity": f.level,
        "file": f.file.to_string_lossy().replace('\\', "/"),
        "line": f.position.map(|p| p.line),
        "column": f.position.map(|p| p.column),
        "message": f.message,
        "hint": f.hint,
    })
}

fn json_report(report: &Report) -> serde_json::Value {
    json!({
        "version": 1,
        "date": report.date.map(|d| d.to_string()),
        "findings": report.findings.iter().map(json_finding).collect::<Vec<_>>(),
        "summary": {
            "deny": report.count(Level::Deny),
            "warn": report.count(Level::Warn),
            "files": files(report),
            "passed": !report.failed(),
        },
        "rules": report.levels.iter().map(|(rule, level)| json!({
            "id": rule.id,
            "level": level,
            "default": rule.default,
            "description": rule.description,
        })).collect::<Vec<_>>(),
    })
}
