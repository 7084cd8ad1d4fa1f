//! `privsite check`: every error and warning of a build, the GDPR Art. 13 checklist, the
//! consistency of locales and the site's links, without writing anything. Exits non-zero
//! when any finding is `deny`, so CI can gate on it.
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
use privsite::check::{CheckOptions, Finding, Report, Severity};
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
}

pub fn run(root: &Path, args: Args) -> ExitCode {
    let report = privsite::check::check(
        root,
        &CheckOptions {
            date: args.date,
            drafts: args.drafts,
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

/// Findings grouped by rule, denied rules first: a heading with the count and what is
/// wrong, the places (one line per file, its positions together), the hint; then one
/// summary line.
fn text(report: &Report) -> String {
    let mut rules: Vec<(&str, Severity, Vec<&Finding>)> = Vec::new();
    for f in &report.findings {
        match rules
            .iter_mut()
            .find(|(rule, sev, _)| *rule == f.rule && *sev == f.severity)
        {
            Some((_, _, found)) => found.push(f),
            None => rules.push((f.rule, f.severity, vec![f])),
        }
    }
    let order = |rule: &str| {
        privsite::check::RULES
            .iter()
            .position(|r| r.id == rule)
            .unwrap_or(usize::MAX)
    };
    // Source errors first (they stop everything else), then deny before warn, then the
    // rules in the order docs/check.md lists them.
    rules.sort_by_key(|(rule, sev, _)| {
        (
            *rule != privsite::check::SOURCE,
            *sev != Severity::Deny,
            order(rule),
        )
    });
    let mut out = String::new();
    for (rule, severity, found) in &rules {
        out.push_str(&group(rule, *severity, found));
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

/// One rule's findings. Where they all say the same, the message heads the group; where
/// they differ only in quoted names (`processor "Stripe" names no country`), the names
/// follow each position; otherwise each finding keeps its own line and message.
fn group(rule: &str, severity: Severity, found: &[&Finding]) -> String {
    let count = found.len();
    let mut out = format!(
        "{}[{rule}] {count} finding{}",
        severity.as_str(),
        plural(count)
    );
    let template = |m: &str| {
        m.split('"')
            .enumerate()
            .map(|(i, part)| if i % 2 == 1 { "…" } else { part })
            .collect::<Vec<_>>()
            .join("\"")
    };
    let quoted = |m: &str| -> Vec<String> {
        m.split('"')
            .skip(1)
            .step_by(2)
            .map(str::to_string)
            .collect()
    };
    let first = &found[0].message;
    let same = found.iter().all(|f| f.message == *first);
    let shape = template(first);
    let similar =
        !same && shape.contains("\"…\"") && found.iter().all(|f| template(&f.message) == shape);
    // Places in the order found, one line per file.
    let mut files: Vec<(&Path, Vec<String>)> = Vec::new();
    if same || similar {
        out.push_str(&format!(": {}\n", if same { first } else { &shape }));
        for f in found {
            let mut place = match f.position {
                Some(p) => format!("{}:{}", p.line, p.column),
                None => String::new(),
            };
            if similar {
                let names: Vec<String> = quoted(&f.message)
                    .iter()
                    .map(|q| format!("{q:?}"))
                    .collect();
                place = format!("{place} {}", names.join(" ")).trim().to_string();
            }
            match files.iter_mut().find(|(file, _)| *file == f.file.as_path()) {
                Some((_, places)) => places.push(place),
                None => files.push((f.file.as_path(), vec![place])),
            }
        }
        for (file, places) in files {
            let places: Vec<String> = places.into_iter().filter(|p| !p.is_empty()).collect();
            if places.is_empty() {
                out.push_str(&format!("  {}\n", file.display()));
            } else {
                out.push_str(&format!("  {}:{}\n", file.display(), places.join(", ")));
            }
        }
    } else {
        out.push('\n');
        for f in found {
            out.push_str(&format!("  {}: {}\n", f.location(), f.message));
        }
    }
    let mut hints: Vec<&str> = found.iter().map(|f| f.hint.as_str()).collect();
    hints.dedup();
    for hint in hints.iter().filter(|h| !h.is_empty()) {
        out.push_str(&format!("  hint: {hint}\n"));
    }
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
