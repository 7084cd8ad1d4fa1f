//! Errors and warnings about a site's sources, each pointing at a file and, where it can,
//! a line and column. The library never prints: it returns these and the caller shows them.

use std::fmt;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// A 1-based line and column (columns count characters, not bytes, as editors do).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, serde::Serialize)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

impl Position {
    /// The position of byte `offset` in `text`.
    pub fn of_offset(text: &str, offset: usize) -> Position {
        let offset = floor_char_boundary(text, offset.min(text.len()));
        let before = &text[..offset];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        Position {
            line: before.matches('\n').count() + 1,
            column: before[line_start..].chars().count() + 1,
        }
    }
}

/// The start of every line of a text, to turn byte offsets into positions quickly when a
/// file needs many of them.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { starts }
    }

    /// The position of byte `offset` in `text` (the text this index was made from).
    pub fn position(&self, text: &str, offset: usize) -> Position {
        let offset = floor_char_boundary(text, offset.min(text.len()));
        let line = self.starts.partition_point(|&s| s <= offset);
        let start = self.starts[line - 1];
        Position {
            line,
            column: text[start..offset].chars().count() + 1,
        }
    }
}

fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// The file concerned, relative to the site root where possible.
    pub file: PathBuf,
    pub position: Option<Position>,
    /// What is wrong, and what was expected.
    pub message: String,
    /// The source line the position points into, to show under the message.
    #[serde(skip)]
    pub source_line: Option<String>,
}

impl Diagnostic {
    pub fn error(file: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            file: file.into(),
            position: None,
            message: message.into(),
            source_line: None,
        }
    }

    pub fn warning(file: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(file, message)
        }
    }

    /// Points the diagnostic at byte `offset` of `text`, the file's contents.
    pub fn at(mut self, text: &str, offset: usize) -> Self {
        let pos = Position::of_offset(text, offset);
        self.source_line = text
            .lines()
            .nth(pos.line - 1)
            .map(|l| l.trim_end_matches('\r').to_string());
        self.position = Some(pos);
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// `file:line:column` as editors and terminals link it.
    pub fn location(&self) -> String {
        match self.position {
            Some(p) => format!("{}:{}:{}", self.file.display(), p.line, p.column),
            None => self.file.display().to_string(),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let label = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{label}: {}: {}", self.location(), self.message)?;
        if let (Some(line), Some(pos)) = (&self.source_line, self.position) {
            let gutter = pos.line.to_string().len();
            let pad: String = line
                .chars()
                .take(pos.column - 1)
                .map(|c| if c == '\t' { '\t' } else { ' ' })
                .collect();
            write!(
                f,
                "\n{:gutter$} |\n{} | {line}\n{:gutter$} | {pad}^",
                "", pos.line, ""
            )?;
        }
        Ok(())
    }
}

/// Every diagnostic a run found, errors and warnings together, in a stable order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl Diagnostics {
    pub fn push(&mut self, d: Diagnostic) {
        self.0.push(d);
    }

    pub fn extend(&mut self, other: impl IntoIterator<Item = Diagnostic>) {
        self.0.extend(other);
    }

    pub fn has_errors(&self) -> bool {
        self.0.iter().any(Diagnostic::is_error)
    }

    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.0.iter().filter(|d| d.is_error())
    }

    pub fn warnings(&self) -> impl Iterator<Item = &Diagnostic> {
        self.0.iter().filter(|d| !d.is_error())
    }

    /// Sorts by file, then position, then message, and drops exact repeats.
    pub fn sort(&mut self) {
        self.0.sort_by(|a, b| {
            (&a.file, a.position, a.severity, &a.message)
                .cmp(&(&b.file, b.position, b.severity, &b.message))
        });
        self.0.dedup();
    }
}

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for d in &self.0 {
            writeln!(f, "{d}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Diagnostics {}

/// `path` relative to `root` when it lies inside it, for shorter messages.
pub fn relative_to(root: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(root).unwrap_or(path).to_path_buf()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_lines_and_characters() {
        let text = "a = 1\nbå = \"x\"\r\nc";
        assert_eq!(
            Position::of_offset(text, 0),
            Position { line: 1, column: 1 }
        );
        let off = text.find('=').unwrap();
        assert_eq!(
            Position::of_offset(text, off),
            Position { line: 1, column: 3 }
        );
        let off = text.rfind('=').unwrap();
        assert_eq!(
            Position::of_offset(text, off),
            Position { line: 2, column: 4 }
        );
        assert_eq!(
            Position::of_offset(text, text.len()),
            Position { line: 3, column: 2 }
        );
        let index = LineIndex::new(text);
        for offset in 0..=text.len() {
            assert_eq!(
                index.position(text, offset),
                Position::of_offset(text, offset),
                "{offset}"
            );
        }
    }

    #[test]
    fn display_shows_the_line_and_a_caret() {
        let text = "title = 1\nlegal_base = []\n";
        let d = Diagnostic::error("x.toml", "unknown key").at(text, 10);
        let shown = d.to_string();
        assert!(
            shown.starts_with("error: x.toml:2:1: unknown key"),
            "{shown}"
        );
        assert!(shown.contains("2 | legal_base = []"), "{shown}");
    }
}

/// How a site treats a rule's findings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// Not reported.
    Allow,
    Warn,
    /// Reported, and `privsite check` exits non-zero.
    Deny,
}

impl Level {
    pub const ALL: &'static [Level] = &[Level::Allow, Level::Warn, Level::Deny];

    pub fn parse(text: &str) -> Option<Level> {
        Level::ALL.iter().copied().find(|l| l.as_str() == text)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Level::Allow => "allow",
            Level::Warn => "warn",
            Level::Deny => "deny",
        }
    }
}
