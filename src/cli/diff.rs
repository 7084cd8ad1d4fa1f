//! `privsite diff <company> <locale> [FROM] [TO]`: what changed, in the terminal.
//! Coloured on a terminal; elsewhere, insertions and deletions are marked `{+…+}` and
//! `[-…-]` as `git diff --word-diff` does, so the output reads without colour.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use anstyle::{AnsiColor, Effects, Style};
use jiff::civil::Date;
use privsite::diff::{ItemStatus, SegmentKind, TextDiff};

#[derive(clap::Args)]
pub struct Args {
    /// The company's folder name under content/.
    pub company: String,
    /// The locale, e.g. sv.
    pub locale: String,
    /// Another document of the company (its folder under content/<company>/); default:
    /// the privacy notice.
    #[arg(long, value_name = "DOC")]
    pub document: Option<String>,
    /// The older revision's date; default: the one before TO.
    pub from: Option<Date>,
    /// The newer revision's date; default: the revision in force.
    pub to: Option<Date>,
    /// The day that decides which revision is in force (YYYY-MM-DD); default today.
    #[arg(long)]
    pub date: Option<Date>,
    /// Include revisions marked draft = true.
    #[arg(long)]
    pub drafts: bool,
}

const ADDED: Style = AnsiColor::Green.on_default();
const REMOVED: Style = AnsiColor::Red.on_default().effects(Effects::STRIKETHROUGH);
/// Whole lines about something removed: red, but readable.
const GONE: Style = AnsiColor::Red.on_default();
const CHANGED: Style = AnsiColor::Yellow.on_default();
const HEADING: Style = Style::new().bold();

pub fn run(root: &Path, args: Args) -> ExitCode {
    let date = match privsite::build_date(args.date) {
        Ok(date) => date,
        Err(e) => {
            eprintln!("error: {e}");
            return super::could_not_run();
        }
    };
    let options = privsite::LoadOptions {
        drafts: args.drafts,
    };
    let comparison = match privsite::diff::compare::compare(
        root,
        date,
        options,
        &args.company,
        args.document.as_deref(),
        &args.locale,
        (args.from, args.to),
    ) {
        Ok(c) => c,
        Err(diags) => {
            super::show(&diags);
            return super::failed(&diags);
        }
    };
    let color = anstream::AutoStream::choice(&std::io::stdout()) != anstream::ColorChoice::Never;
    let mut out = anstream::stdout().lock();
    // A closed pipe (`| head`) is not an error worth reporting.
    let _ = print(&mut out, &comparison, color);
    ExitCode::SUCCESS
}

fn print(out: &mut impl Write, c: &privsite::Comparison, color: bool) -> std::io::Result<()> {
    let d = &c.diff;
    writeln!(
        out,
        "{HEADING}{}/{}: {} → {}{HEADING:#}",
        c.company, c.locale, c.old.date, c.new.date
    )?;
    writeln!(out, "{}", c.summary)?;
    if !c.processor_changes.is_empty() || !c.cookie_changes.is_empty() {
        writeln!(out)?;
        for line in c.processor_changes.iter().chain(&c.cookie_changes) {
            let (mark, style) = match line.kind {
                "added" => ('+', ADDED),
                "removed" => ('-', GONE),
                _ => ('~', CHANGED),
            };
            writeln!(out, "{style}{mark} {}{style:#}", line.text)?;
        }
    }
    if d.counts.title_changed {
        writeln!(out, "\n{HEADING}title{HEADING:#}")?;
        writeln!(out, "{}", words(&d.title, color))?;
    }
    if d.counts.intro_changed {
        writeln!(out, "\n{HEADING}intro{HEADING:#}")?;
        writeln!(
            out,
            "{}",
            prose(c.old.intro.as_deref(), c.new.intro.as_deref(), color)
        )?;
    }
    for (s, notes) in d.sections.iter().zip(&c.section_notes) {
        // The texts the diff compared: a section split from another is compared with
        // the text it took, not with nothing.
        if s.status == ItemStatus::Unchanged {
            // Unchanged in its words, and only moved: its place is told, not its text.
            if !notes.is_empty() {
                writeln!(out, "\n{HEADING}section {}{HEADING:#} (unchanged)", s.id)?;
            }
        } else {
            let (old, new) = (s.body.old_text(), s.body.new_text());
            let body = prose(Some(&old), Some(&new), color);
            item(out, "section", &s.id, s.status, &s.title, &body, color)?;
        }
        for note in notes {
            writeln!(out, "{CHANGED}  {note}{CHANGED:#}")?;
        }
    }
    for p in &d.purposes {
        let body = |r: &privsite::model::Revision| {
            r.purposes
                .iter()
                .find(|x| x.id == p.id)
                .and_then(|x| x.body.clone())
        };
        let body = prose(body(&c.old).as_deref(), body(&c.new).as_deref(), color);
        item(out, "purpose", &p.id, p.status, &p.title, &body, color)?;
        for b in &p.legal_bases_added {
            writeln!(out, "{ADDED}  + legal basis {b}{ADDED:#}")?;
        }
        for b in &p.legal_bases_removed {
            writeln!(out, "{CHANGED}  - legal basis {b}{CHANGED:#}")?;
        }
    }
    Ok(())
}

fn item(
    out: &mut impl Write,
    what: &str,
    id: &str,
    status: ItemStatus,
    title: &TextDiff,
    body: &str,
    color: bool,
) -> std::io::Result<()> {
    let (label, style) = match status {
        ItemStatus::Unchanged => return Ok(()),
        ItemStatus::Added => ("added", ADDED),
        ItemStatus::Removed => ("removed", GONE),
        ItemStatus::Changed => ("changed", CHANGED),
    };
    writeln!(
        out,
        "\n{HEADING}{what} {id}{HEADING:#} {style}({label}){style:#}"
    )?;
    writeln!(out, "{}", words(title, color))?;
    writeln!(out, "{}", body.trim_end())
}

/// Two revisions of a Markdown text compared as documents (see `privsite::diff::structure`),
/// told as lines without markup: headings bold, list items bulleted, table rows with their
/// cells parted by `│`.
fn prose(old: Option<&str>, new: Option<&str>, color: bool) -> String {
    use privsite::diff::structure::{DocDiff, LineKind};
    let html = |t: Option<&str>| t.map(privsite::text::markdown::to_html).unwrap_or_default();
    let diff = DocDiff::new(&html(old), &html(new));
    let mut text = String::new();
    for line in diff.lines() {
        let indent = "  ".repeat(line.depth.saturating_sub(1));
        let cells: Vec<String> = line.cells.iter().map(|c| pieces(c, color)).collect();
        let body = cells.join(" │ ");
        let body = match line.kind {
            LineKind::Heading if color => format!("{HEADING}{body}{HEADING:#}"),
            LineKind::Item => format!("{indent}• {body}"),
            LineKind::Code => format!("    {}", body.replace('\n', "\n    ")),
            LineKind::Rule => "───".to_string(),
            _ => format!("{indent}{body}"),
        };
        text.push_str(body.trim_end());
        text.push('\n');
    }
    text
}

/// Pieces of one block with insertions and deletions marked by colour, or by `{+…+}` and
/// `[-…-]`; white space changed alone shows as the new text has it.
fn pieces(pieces: &[(SegmentKind, String)], color: bool) -> String {
    let mut text = String::new();
    for (kind, piece) in pieces {
        let blank = piece.trim().is_empty();
        match (kind, color) {
            (SegmentKind::Delete, _) if blank => {}
            (SegmentKind::Equal, _) | (SegmentKind::Insert, _) if blank => text.push_str(piece),
            (SegmentKind::Equal, _) => text.push_str(piece),
            (SegmentKind::Insert, true) => text.push_str(&format!("{ADDED}{piece}{ADDED:#}")),
            (SegmentKind::Delete, true) => text.push_str(&format!("{REMOVED}{piece}{REMOVED:#}")),
            (SegmentKind::Insert, false) => text.push_str(&format!("{{+{piece}+}}")),
            (SegmentKind::Delete, false) => text.push_str(&format!("[-{piece}-]")),
        }
    }
    text
}

/// A text diff with insertions and deletions marked by colour, or by `{+…+}` and `[-…-]`.
fn words(diff: &TextDiff, color: bool) -> String {
    let mut text = String::new();
    for segment in &diff.segments {
        match (segment.kind, color) {
            (SegmentKind::Equal, _) => text.push_str(&segment.text),
            (SegmentKind::Insert, true) => {
                text.push_str(&format!("{ADDED}{}{ADDED:#}", segment.text))
            }
            (SegmentKind::Delete, true) => {
                text.push_str(&format!("{REMOVED}{}{REMOVED:#}", segment.text))
            }
            (SegmentKind::Insert, false) => text.push_str(&format!("{{+{}+}}", segment.text)),
            (SegmentKind::Delete, false) => text.push_str(&format!("[-{}-]", segment.text)),
        }
    }
    text
}
