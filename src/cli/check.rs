//! `privsite check`: every error and warning of a build, the GDPR Art. 13 checklist, the
//! consistency of locales and the site's links, without writing anything. Exits non-zero
//! when any finding is `deny`, so CI can gate on it.
//!
//! `--format json` prints one object (documented in docs/check.md):
//! `{"version": 1, "date", "findings": [{"rule", "severity", "file", "line", "column",
//! "message", "hint"}], "summary": {"deny", "warn", "files", "passed"}, "rules": [{"id",
//! "level", "default", "description"}]}`.

use std::path::Path;
use std::process::ExitCode;

use jiff::civil::Date;
use privsite::check::{CheckOptions, Finding, Report, Severity};
use serde_json::json;

use super::plural;

#[derive(Clone, Copy, Default, clap::ValueEnum)]
pub enum Format {
    /// Grouped by file, one line per finding and its hint.
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
    /// Check only the revisions in force and upcoming, not past ones.
    #[arg(long)]
    pub current: bool,
    /// The day to check as of (YYYY-MM-DD); default SOURCE_DATE_EPOCH, else today.
    #[arg(long)]
    pub date: Option<Date>,
    /// Include revisions marked draft = true.
    #[arg(long)]
    pub drafts: bool,
}

pub fn run(root: &Path, args: Args) -> ExitCode {
    let report = privsite::check::check(
        root,
        &CheckOptions {
            date: args.date,
            drafts: args.drafts,
            current: args.current,
        },
    );
    match args.format {
        Format::Text => print!("{}", text(&report)),
        Format::Json => println!(
            "{}",
            serde_json::to_string_pretty(&json_report(&report)).expect("JSON values serialize")
        ),
    }
    if report.failed() {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn files(report: &Report) -> usize {
    let mut files: Vec<&Path> = report.findings.iter().map(|f| f.file.as_path()).collect();
    files.sort();
    files.dedup();
    files.len()
}

/// Findings grouped by file, a blank line between files, then a summary line.
fn text(report: &Report) -> String {
    let mut out = String::new();
    let mut last_file: Option<&Path> = None;
    // A hint is said once per file: a file often breaks one rule many times.
    let mut hinted: Vec<&str> = Vec::new();
    for f in &report.findings {
        if last_file.is_some_and(|last| last != f.file) {
            out.push('\n');
            hinted.clear();
        }
        last_file = Some(&f.file);
        out.push_str(&format!(
            "{}: {}[{}] {}\n",
            f.location(),
            f.severity.as_str(),
            f.rule,
            f.message,
        ));
        if !hinted.contains(&f.hint.as_str()) {
            out.push_str(&format!("  hint: {}\n", f.hint));
            hinted.push(&f.hint);
        }
    }
    if !report.findings.is_empty() {
        out.push('\n');
    }
    let (deny, warn) = (report.count(Severity::Deny), report.count(Severity::Warn));
    let verdict = if report.failed() { "failed" } else { "passed" };
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
        "severity": f.severity,
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
            "deny": report.count(Severity::Deny),
            "warn": report.count(Severity::Warn),
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
