//! `privsite import`: an existing policy, or every version of it in a git history, as
//! revision sources.
//!
//! One reader per input kind ([`markdown`], [`html`], [`text`]) turns a document into
//! [`Document`] parts (headings, prose, tables, with their lines); [`mapping`] makes
//! sections of them, and [`recipients`] and [`lists`] processors; [`git`] reads a file's
//! versions as its branch published them; [`history`] tells what changed from one to the
//! next; [`links`] makes site-relative links absolute; [`output`] writes the TOML.
//! Nothing is written until every revision is made, and no file is overwritten without
//! `force`.

pub mod dates;
pub mod git;
pub mod history;
pub mod html;
pub mod links;
pub mod lists;
pub mod mapping;
pub mod markdown;
pub mod output;
pub mod recipients;
pub mod text;
mod verify;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use jiff::civil::Date;

use crate::text::i18n;

pub use mapping::country_code;

/// A document as its reader understood it.
#[derive(Debug, Default, Clone)]
pub struct Document {
    /// The title a document states apart from its headings (front matter, `<title>`).
    pub title: Option<String>,
    /// The effective date the text states, if any.
    pub date: Option<Date>,
    /// The line of the change log entry `date` was read from, where the text states no
    /// date outside its change log.
    pub date_from_log: Option<usize>,
    pub parts: Vec<Part>,
    /// The source line of each part, where the reader knows it (else none, or 0).
    pub lines: Vec<usize>,
    /// What the reader could not make sense of: (line, what).
    pub notes: Vec<(usize, String)>,
}

/// One block of a document.
#[derive(Debug, Clone)]
pub enum Part {
    /// A heading: its level (1 to 6), text, stated id and line.
    Heading {
        level: u8,
        text: String,
        id: Option<String>,
        line: usize,
    },
    /// Markdown prose, ready for a section body.
    Prose(String),
    Table(Table),
}

/// A table: its header cells and rows of plain-text cells, and its Markdown for a body.
#[derive(Debug, Clone)]
pub struct Table {
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// The line of each row in the source.
    pub row_lines: Vec<usize>,
    pub line: usize,
    /// How the table is shown if it is not a processor table.
    pub markdown: String,
}

/// What kind of input a file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Markdown,
    Html,
    Text,
}

impl Kind {
    /// From a file name's extension, else from its first bytes.
    pub fn of(path: &Path, text: &str) -> Kind {
        let ext = path
            .extension()
            .map(|e| e.to_string_lossy().to_ascii_lowercase());
        match ext.as_deref() {
            Some("md" | "markdown" | "mdown" | "mkd") => Kind::Markdown,
            Some("html" | "htm" | "xhtml") => Kind::Html,
            Some("txt" | "text") => Kind::Text,
            _ => {
                let start = text.trim_start().to_ascii_lowercase();
                if start.starts_with("<!doctype html") || start.starts_with("<html") {
                    Kind::Html
                } else if start.starts_with("---") || start.starts_with('#') {
                    Kind::Markdown
                } else {
                    Kind::Text
                }
            }
        }
    }
}

impl Document {
    /// How a stated date was read, for the report and the revision's comment.
    pub fn dated_by(&self) -> String {
        match self.date_from_log {
            Some(line) => format!(
                "the date the text states (the newest entry of its change log, line {line}; it states no other)"
            ),
            None => "the date the text states".to_string(),
        }
    }
}

/// Reads one document of `kind`.
pub fn read(kind: Kind, text: &str) -> Document {
    let text = clean_characters(text);
    let mut doc = match kind {
        Kind::Markdown => markdown::read(&text),
        Kind::Html => html::read(&text),
        Kind::Text => text::read(&text),
    };
    if doc.date.is_none() {
        let stated = dates::stated(&text);
        doc.date = stated.date;
        doc.date_from_log = stated.from_log;
        doc.notes.extend(stated.notes);
    }
    doc
}

/// `text` without the characters no page may carry: C0 and C1 controls (but tab and line
/// breaks), noncharacters, the diff's private-use markers and a byte order mark; no-break
/// spaces become spaces and CRLF becomes LF.
pub fn clean_characters(text: &str) -> String {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push('\n');
                }
            }
            '\t' | '\n' => out.push(c),
            '\u{a0}' | '\u{202f}' => out.push(' '),
            '\u{feff}' => {}
            c if c.is_control() => {}
            c if crate::text::markdown::is_marker(c) => {}
            c if is_noncharacter(c) => {}
            c => out.push(c),
        }
    }
    out
}

fn is_noncharacter(c: char) -> bool {
    let n = c as u32;
    (0xFDD0..=0xFDEF).contains(&n) || (n & 0xFFFE) == 0xFFFE
}

/// What to import and where.
#[derive(Debug, Clone)]
pub struct Options {
    /// The site folder.
    pub root: PathBuf,
    pub company: String,
    /// The document to write into (its folder under `content/<company>/`); `None`: the
    /// privacy notice.
    pub document: Option<String>,
    /// The kind of a document that has no document.toml yet, to start one.
    pub kind: Option<String>,
    pub locale: String,
    /// The date of a single file's revision; default the stated date, else today.
    pub date: Option<Date>,
    pub force: bool,
    /// Follow a git history's paths through file renames.
    pub follow: bool,
    /// Date an undated version by the commit that brought it to the branch.
    pub first_parent_dates: bool,
    /// The URL the policy was published at, against which its site-relative links are
    /// made absolute.
    pub source_url: Option<String>,
}

impl Options {
    /// The folder under `content/` the revisions go to: the company's, or its document's.
    pub fn folder(&self) -> PathBuf {
        let company = Path::new(&self.company);
        match &self.document {
            Some(doc) => company.join(doc),
            None => company.to_path_buf(),
        }
    }

    /// Options for `company` and `locale` under `root`, the rest as by default.
    pub fn new(root: &Path, company: &str, locale: &str) -> Options {
        Options {
            root: root.to_path_buf(),
            company: company.into(),
            document: None,
            kind: None,
            locale: locale.into(),
            date: None,
            force: false,
            follow: false,
            first_parent_dates: false,
            source_url: None,
        }
    }
}

/// One version of a document, read and dated.
#[derive(Debug, Clone)]
pub struct Version {
    pub document: Document,
    pub date: Date,
    /// Where the date comes from, for the report.
    pub dated_by: String,
    /// Where the version comes from, for the report: a file name or a commit.
    pub origin: String,
    /// The subjects of the commits that made it, for the report only: a commit's subject
    /// tells what the commit did, not what changed in the policy.
    pub subjects: Vec<String>,
    /// The day the text was first committed (UTC), for its announcement date.
    pub committed: Option<Date>,
}

/// What an import wrote and found.
#[derive(Debug, Default)]
pub struct Report {
    pub written: Vec<PathBuf>,
    /// (date, origin, how dated, sections, processors)
    pub revisions: Vec<(Date, String, String, usize, usize)>,
    /// Versions replaced by a later one of the same date: (date, origin).
    pub superseded: Vec<(Date, String)>,
    /// What could not be mapped: (origin, line, what).
    pub unmapped: Vec<(String, usize, String)>,
    /// Per revision written: (date, what was mapped, by line).
    pub mapped: Vec<(Date, Vec<(usize, String)>)>,
    /// Per revision written: (date, its summary, the subjects of its commits).
    pub summaries: Vec<(Date, Option<String>, Vec<String>)>,
    /// Other findings: history notes, renames proposed, dates read, the locale as written.
    pub notes: Vec<String>,
    pub kept_company: Option<PathBuf>,
}

impl Report {
    /// The report as lines for a terminal.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        for (date, origin, dated_by, sections, processors) in &self.revisions {
            let _ = writeln!(
                out,
                "revision {date} from {origin} (dated by {dated_by}): {sections} section{}, {processors} processor{}",
                if *sections == 1 { "" } else { "s" },
                if *processors == 1 { "" } else { "s" },
            );
        }
        for (date, mapped) in &self.mapped {
            for (line, what) in mapped {
                let _ = writeln!(out, "  {date}: line {line}: {what}");
            }
        }
        for (date, summary, subjects) in &self.summaries {
            if let Some(summary) = summary {
                let _ = writeln!(out, "summary {date}: {summary}");
            }
            if !subjects.is_empty() {
                let _ = writeln!(
                    out,
                    "note {date}: commit subject{} (not used as the summary): {}",
                    if subjects.len() == 1 { "" } else { "s" },
                    subjects.join(" | ")
                );
            }
        }
        for note in &self.notes {
            let _ = writeln!(out, "note: {note}");
        }
        for (date, origin) in &self.superseded {
            let _ = writeln!(
                out,
                "skipped {origin}: a later version has the same date {date}"
            );
        }
        for (origin, line, what) in &self.unmapped {
            let _ = writeln!(out, "not mapped: {origin}:{line}: {what}");
        }
        if let Some(kept) = &self.kept_company {
            let _ = writeln!(out, "kept {} as it was", kept.display());
        }
        let _ = writeln!(
            out,
            "{} revision{} written",
            self.revisions.len(),
            if self.revisions.len() == 1 { "" } else { "s" }
        );
        out
    }
}

/// Imports one file as one revision.
pub fn import_file(file: &Path, options: &Options, today: Date) -> Result<Report, String> {
    let bytes = std::fs::read(file).map_err(|e| format!("{}: {e}", file.display()))?;
    let text = String::from_utf8_lossy(&bytes);
    refuse_too_deep(&file.display().to_string(), &text)?;
    let document = read(Kind::of(file, &text), &text);
    let (date, dated_by) = match (options.date, document.date) {
        (Some(d), _) => (d, "--date".to_string()),
        (None, Some(d)) => (d, document.dated_by()),
        (None, None) => (today, "today: the text states no date".to_string()),
    };
    let version = Version {
        document,
        date,
        dated_by,
        origin: file.display().to_string(),
        subjects: Vec::new(),
        committed: None,
    };
    write(vec![version], options)
}

/// Refuses a text nested deeper than a source may be, before it is parsed: what import
/// would write from it could not build, and parsing it costs time that grows with the
/// square of its depth.
pub(crate) fn refuse_too_deep(origin: &str, text: &str) -> Result<(), String> {
    let Some(p) = crate::text::guard::nesting(text) else {
        return Ok(());
    };
    let before = &text[..p.offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before[before.rfind('\n').map_or(0, |i| i + 1)..]
        .chars()
        .count()
        + 1;
    Err(format!(
        "{origin}:{line}:{column}: {}: a source may nest at most {} levels, so nothing was imported",
        p.message,
        crate::text::guard::MAX_NESTING
    ))
}

/// Imports every version of `paths` (one history: in each commit, the first that exists)
/// in the git repository `repo` (see [`git`]).
pub fn import_git(repo: &Path, paths: &[&str], options: &Options) -> Result<Report, String> {
    canonical_locale(&options.locale)?;
    let paths: Vec<String> = paths.iter().map(|p| p.to_string()).collect();
    let git_options = git::GitOptions {
        follow: options.follow,
        first_parent_dates: options.first_parent_dates,
    };
    let (versions, notes) = git::versions(repo, &paths, &git_options)?;
    if versions.is_empty() {
        return Err(format!(
            "{}: no commit on HEAD's first-parent chain has {}",
            repo.display(),
            paths.join(" or ")
        ));
    }
    let mut report = write(versions, options)?;
    report.notes.splice(0..0, notes);
    Ok(report)
}

/// The canonical spelling of a locale given in any common form (`en_US`, `EN-us`), or why
/// it is refused; checked before any file is written.
pub fn canonical_locale(locale: &str) -> Result<String, String> {
    let refuse =
        || format!("invalid locale {locale:?}: expected a BCP 47 tag such as sv, en or en-US");
    if locale.contains(['/', '\\', '.']) {
        return Err(refuse());
    }
    let canonical = match crate::model::locale::Locale::parse(locale.trim()) {
        Ok(l) => l.as_str().to_string(),
        Err(Some(c)) => c,
        Err(None) => return Err(refuse()),
    };
    match crate::model::locale::Locale::parse(&canonical) {
        Ok(_) => Ok(canonical),
        Err(_) => Err(refuse()),
    }
}

/// The document.toml an import into a document needs: none where the document exists, a
/// new one where `--kind` says what it is, else an error.
fn document_file(options: &Options, doc: &str) -> Result<Option<(PathBuf, String)>, String> {
    if !crate::source::load::is_slug(doc) {
        return Err(format!(
            "invalid document {doc:?}: expected lower-case ASCII letters, digits and '-'"
        ));
    }
    let rel = Path::new("content")
        .join(options.folder())
        .join("document.toml");
    if options.root.join(&rel).is_file() {
        return Ok(None);
    }
    let Some(kind) = &options.kind else {
        return Err(format!(
            "{} does not exist: pass --kind (subprocessors, cookies, dpa, terms, other or privacy) to start the document",
            rel.display()
        ));
    };
    let kind = crate::model::DocumentKind::parse(kind)
        .ok_or_else(|| crate::diagnostic::suggest::unknown::<crate::model::DocumentKind>(kind))?;
    Ok(Some((
        rel,
        format!(
            "# A document of the company beside its privacy notice, started by `privsite import`.\nkind = \"{kind}\"\n"
        ),
    )))
}

/// The messages summaries are written in: the site's for `locale` (built in, the theme's
/// and the site's own), or `None` where its language has none, so that a summary is never
/// written in another language than the text's; and the English ones, for the report.
/// Both `None` where `site.toml` does not load (the import then stops when it checks what
/// it made).
fn summary_messages(root: &Path, locale: &str) -> (Option<i18n::Messages>, Option<i18n::Messages>) {
    let Ok(config) = crate::source::load::load_settings(root) else {
        return (None, None);
    };
    let load = |tag: &str| {
        let locales = crate::model::locale::Locale::parse(tag)
            .into_iter()
            .collect();
        i18n::Messages::load(root, &config, &locales, &mut Default::default())
    };
    let messages = load(locale);
    let own = messages.knows(locale) && messages.interface_locale(locale) == locale;
    (own.then_some(messages), Some(load("en")))
}

/// Maps versions to revisions (the last of each date wins) and writes them, with
/// `company.toml` if the company has none. Each revision but the first is summarised from
/// what changed since the one before; recipients that look renamed get `formerly`.
pub fn write(mut versions: Vec<Version>, options: &Options) -> Result<Report, String> {
    if !crate::source::load::is_slug(&options.company) {
        return Err(format!(
            "invalid company {:?}: expected lower-case ASCII letters, digits and '-'",
            options.company
        ));
    }
    let locale = canonical_locale(&options.locale)?;
    if let Some(url) = &options.source_url
        && links::resolve(url, "x").is_none()
    {
        return Err(format!(
            "invalid --source-url {url:?}: expected the http(s) address the policy was published at"
        ));
    }
    let mut report = Report::default();
    if locale != options.locale {
        report
            .notes
            .push(format!("locale {:?} written as {locale:?}", options.locale));
    }
    // Stable order: by date, then as given (oldest first); the last of a date wins, and
    // the earliest commit of a date is when that date's text was first committed.
    versions.sort_by_key(|v| v.date);
    let mut kept: Vec<Version> = Vec::new();
    for mut v in versions {
        links::site_relative(&mut v.document, options.source_url.as_deref());
        if let Some(last) = kept.last_mut()
            && last.date == v.date
        {
            report.superseded.push((last.date, last.origin.clone()));
            v.committed = match (last.committed, v.committed) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
            let mut subjects = std::mem::take(&mut last.subjects);
            subjects.append(&mut v.subjects);
            v.subjects = subjects;
            *last = v;
            continue;
        }
        kept.push(v);
    }
    let lang = locale
        .split('-')
        .next()
        .unwrap_or(&locale)
        .to_ascii_lowercase();
    let (voice, english) = summary_messages(&options.root, &locale);
    let mut ids = mapping::Ids::default();
    let mut files = Vec::new();
    let mut previous: Option<(Date, mapping::Revision, String)> = None;
    for v in &kept {
        let mut mapped = mapping::map(&v.document, &lang, &mut ids);
        // A text that differs only in what is not written (spacing, markup, a date line)
        // makes no revision: it would be told as a change with nothing changed.
        let written = mapped.revision.to_toml("", "");
        if let Some((date, _, before)) = &previous
            && *before == written
        {
            report.notes.push(format!(
                "{} from {}: the same revision as {date}, so none is written",
                v.date, v.origin
            ));
            continue;
        }
        for (line, what) in &mapped.unmapped {
            report
                .unmapped
                .push((v.origin.clone(), *line, what.clone()));
        }
        if let Some((_, old, _)) = &previous {
            for note in history::propose_renames(old, &mut mapped.revision) {
                report.notes.push(format!("{}: {note}", v.date));
            }
            match &voice {
                Some(messages) => {
                    mapped.revision.summary =
                        history::summary(old, &mapped.revision, messages, &locale);
                }
                None => {
                    if let Some(t) = english
                        .as_ref()
                        .and_then(|en| history::summary(old, &mapped.revision, en, "en"))
                    {
                        report.notes.push(format!(
                            "{}: no summary written (no messages in {locale:?} to write it in; in English): {t}",
                            v.date
                        ));
                    }
                }
            }
        }
        mapped.revision.announced = v.committed.filter(|c| *c < v.date);
        report.mapped.push((v.date, mapped.found.clone()));
        report
            .summaries
            .push((v.date, mapped.revision.summary.clone(), v.subjects.clone()));
        report.revisions.push((
            v.date,
            v.origin.clone(),
            v.dated_by.clone(),
            mapped.revision.sections.len(),
            mapped.revision.processors.len(),
        ));
        let rel = Path::new("content")
            .join(options.folder())
            .join(&locale)
            .join(format!("{}.toml", v.date));
        files.push((rel, mapped.revision.to_toml(&v.dated_by, &v.origin)));
        previous = Some((v.date, mapped.revision, written));
    }
    let company_rel = Path::new("content")
        .join(&options.company)
        .join("company.toml");
    let company_exists = options.root.join(&company_rel).exists();
    if !options.force {
        let existing: Vec<String> = files
            .iter()
            .map(|(rel, _)| rel)
            .filter(|rel| options.root.join(rel).exists())
            .map(|rel| rel.display().to_string())
            .collect();
        if !existing.is_empty() {
            return Err(format!(
                "would overwrite {}: run again with --force to replace {}",
                existing.join(", "),
                if existing.len() == 1 { "it" } else { "them" }
            ));
        }
    }
    if company_exists {
        report.kept_company = Some(company_rel.clone());
    } else {
        let texts: Vec<&Document> = kept.iter().map(|v| &v.document).collect();
        files.push((company_rel, mapping::company_toml(&texts, &locale)));
    }
    if let Some(doc) = &options.document {
        files.extend(document_file(options, doc)?);
    }
    verify::no_links(&options.root, &files)?;
    verify::loads(&options.root, &options.company, &files)?;
    for (rel, text) in files {
        let path = options.root.join(&rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
        }
        std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
        report.written.push(rel);
    }
    Ok(report)
}
