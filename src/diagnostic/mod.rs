//! Errors and warnings, one type for every command: a [`Diagnostic`] points at a file and,
//! where it can, a line and column; it has a [`Level`] (deny is an error, warn a warning),
//! and, when a `privsite check` rule found it, that rule's id and a hint. The library
//! never prints: it returns these, and the caller shows them with [`print`](mod@print).
//!
//! What a command's exit code says (see [`Diagnostics::exit_code`]): 0 clean, 1 denied
//! findings (the sources have errors, or a check rule at `deny` found something), 2 could
//! not run (bad arguments, no readable `site.toml`, an output folder refused, a file that
//! could not be written).

pub mod print;
pub mod suggest;

use std::fmt;
use std::path::{Path, PathBuf};

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
        // Counted first (a vectorised pass), so that the index is allocated once.
        let breaks = memchr::memchr_iter(b'\n', text.as_bytes()).count();
        let mut starts = Vec::with_capacity(breaks + 1);
        starts.push(0);
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        LineIndex { starts }
    }

    /// How many lines the text has (an empty text has one).
    pub fn count(&self) -> usize {
        self.starts.len()
    }

    /// Line `line` (1-based) of `text`, without its line break.
    pub fn line<'a>(&self, text: &'a str, line: usize) -> &'a str {
        let start = self
            .starts
            .get(line.saturating_sub(1))
            .copied()
            .unwrap_or(text.len());
        let end = self.starts.get(line).copied().unwrap_or(text.len());
        text.get(start..end)
            .unwrap_or("")
            .trim_end_matches(['\n', '\r'])
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
    /// [`Level::Deny`] for an error, [`Level::Warn`] for a warning; never `Allow`.
    pub level: Level,
    /// The `privsite check` rule that found it, where one did.
    pub rule: Option<&'static str>,
    /// Whether it stopped the command from running at all (arguments, `site.toml`, the
    /// output folder, a write), rather than being a finding about the sources.
    pub stops_run: bool,
    /// The file concerned, relative to the site root where possible.
    pub file: PathBuf,
    pub position: Option<Position>,
    /// What is wrong, and what was expected.
    pub message: String,
    /// The source line the position points into, to show under the message.
    #[serde(skip)]
    pub source_line: Option<String>,
    /// How many characters of the source line from `position` on are the token at fault
    /// (the key, the quoted value), to underline it whole; 1 where unknown.
    #[serde(skip)]
    pub width: usize,
    /// What to do about it, where more can be said than the message says.
    pub hint: Option<String>,
}

impl Diagnostic {
    pub fn error(file: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Diagnostic {
            level: Level::Deny,
            rule: None,
            stops_run: false,
            file: file.into(),
            position: None,
            message: message.into(),
            source_line: None,
            width: 1,
            hint: None,
        }
    }

    /// An error that stopped the command from running (see [`Diagnostic::stops_run`]).
    pub fn cannot_run(file: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Diagnostic {
            stops_run: true,
            ..Diagnostic::error(file, message)
        }
    }

    /// The same diagnostic with a hint.
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    pub fn warning(file: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Diagnostic {
            level: Level::Warn,
            ..Diagnostic::error(file, message)
        }
    }

    /// Points the diagnostic at byte `offset` of `text`, the file's contents, and
    /// underlines the TOML token that starts there.
    pub fn at(mut self, text: &str, offset: usize) -> Self {
        let pos = Position::of_offset(text, offset);
        self.source_line = text
            .lines()
            .nth(pos.line - 1)
            .map(|l| l.trim_end_matches('\r').to_string());
        self.position = Some(pos);
        self.width = self
            .source_line
            .as_deref()
            .map_or(1, |line| token_width(line, pos.column));
        self
    }

    /// [`Diagnostic::at`] with the file's [`LineIndex`]: the position and its line are
    /// found without reading the text before them, so that many diagnostics in one large
    /// file cost what their lines cost.
    pub fn at_indexed(mut self, text: &str, lines: &LineIndex, offset: usize) -> Self {
        let pos = lines.position(text, offset);
        let line = lines.line(text, pos.line);
        self.source_line = Some(line.to_string());
        self.position = Some(pos);
        self.width = token_width(line, pos.column);
        self
    }

    /// [`Diagnostic::at_span`] with the file's [`LineIndex`].
    pub fn at_span_indexed(
        self,
        text: &str,
        lines: &LineIndex,
        span: std::ops::Range<usize>,
    ) -> Self {
        let d = self.at_indexed(text, lines, span.start);
        d.underline(text, span)
    }

    /// Underlines the first line of `span` where it is wider than the token found.
    fn underline(mut self, text: &str, span: std::ops::Range<usize>) -> Self {
        let start = floor_char_boundary(text, span.start.min(text.len()));
        let end = floor_char_boundary(text, span.end.min(text.len())).max(start);
        let first_line = text[start..end].split(['\n', '\r']).next().unwrap_or("");
        let width = first_line.chars().count();
        if width > 0 {
            self.width = width;
        }
        self
    }

    /// Points the diagnostic at bytes `span` of `text` and underlines them (up to the end
    /// of the first line, where the span runs over several).
    pub fn at_span(self, text: &str, span: std::ops::Range<usize>) -> Self {
        let d = self.at(text, span.start);
        d.underline(text, span)
    }

    /// Points the diagnostic at a line and column of its file, whose text is `text`.
    pub fn at_position(mut self, text: &str, position: Position) -> Self {
        let Some(line) = text.lines().nth(position.line.saturating_sub(1)) else {
            self.position = Some(position);
            return self;
        };
        let line = line.trim_end_matches('\r');
        self.width = token_width(line, position.column);
        self.source_line = Some(line.to_string());
        self.position = Some(position);
        self
    }

    pub fn is_error(&self) -> bool {
        self.level == Level::Deny
    }

    /// `file:line:column` as editors and terminals link it.
    pub fn location(&self) -> String {
        match self.position {
            Some(p) => format!("{}:{}:{}", self.file.display(), p.line, p.column),
            None => self.file.display().to_string(),
        }
    }
}

/// The byte offset of 1-based character column `column` in `line` (its end if past it).
fn byte_of_column(line: &str, column: usize) -> usize {
    line.char_indices()
        .nth(column.saturating_sub(1))
        .map_or(line.len(), |(i, _)| i)
}

/// The width in characters of the TOML token starting at `column` of `line`: a quoted
/// string to its closing quote, a bare key or value to its end; at least 1.
pub fn token_width(line: &str, column: usize) -> usize {
    let rest: Vec<char> = line.chars().skip(column.saturating_sub(1)).collect();
    let Some(&first) = rest.first() else {
        return 1;
    };
    let width = match first {
        '"' | '\'' => {
            let mut escaped = false;
            let mut end = None;
            for (i, &c) in rest.iter().enumerate().skip(1) {
                if first == '"' && !escaped && c == '\\' {
                    escaped = true;
                    continue;
                }
                if c == first && !escaped {
                    end = Some(i + 1);
                    break;
                }
                escaped = false;
            }
            end.unwrap_or(1)
        }
        _ => rest
            .iter()
            .take_while(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | ':' | '+'))
            .count(),
    };
    width.max(1)
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.render(false).trim_end())
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

    /// Every diagnostic rendered (see [`Diagnostic::render`]), one after another.
    pub fn render(&self, color: bool) -> String {
        let mut out = String::new();
        for d in &self.0 {
            out.push_str(d.render(color).trim_end());
            out.push('\n');
        }
        out
    }

    /// Gives diagnostics that have a position but no source line (found after the text
    /// was put away, such as cross-file warnings) their line, read again from the file
    /// under `root`.
    pub fn fill_sources(&mut self, root: &Path) {
        // Each file read and indexed once: many diagnostics in one file cost their lines.
        let mut cache: std::collections::HashMap<PathBuf, Option<(String, LineIndex)>> =
            std::collections::HashMap::new();
        for d in &mut self.0 {
            let Some(position) = d.position else { continue };
            if d.source_line.is_some() {
                continue;
            }
            let source = cache.entry(d.file.clone()).or_insert_with(|| {
                let text = std::fs::read_to_string(root.join(&d.file)).ok()?;
                let text = text
                    .strip_prefix('\u{feff}')
                    .map(str::to_string)
                    .unwrap_or(text);
                let lines = LineIndex::new(&text);
                Some((text, lines))
            });
            if let Some((text, lines)) = source
                && (1..=lines.count()).contains(&position.line)
            {
                let line = lines.line(text, position.line);
                d.width = token_width(line, position.column);
                d.source_line = Some(line.to_string());
            }
        }
    }

    /// The exit code of a command that found these: 2 when one stopped it from running,
    /// else 1 when one is an error (denied), else 0.
    pub fn exit_code(&self) -> u8 {
        if self.0.iter().any(|d| d.stops_run) {
            2
        } else if self.has_errors() {
            1
        } else {
            0
        }
    }

    /// Sorts by file, then position (errors before warnings), then message, and drops
    /// exact repeats.
    pub fn sort(&mut self) {
        self.0.sort_by(|a, b| {
            (&a.file, a.position, std::cmp::Reverse(a.level), &a.message).cmp(&(
                &b.file,
                b.position,
                std::cmp::Reverse(b.level),
                &b.message,
            ))
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

/// The diagnostic for a TOML error in `text` (the file `file`): `message` as read from
/// the parser, with a "did you mean" for an unknown key, and pointed at where a
/// multi-line string began when one was left unclosed (the parser notices only later,
/// where the text after it stops being TOML).
pub fn toml_error(
    file: &Path,
    text: &str,
    message: String,
    span: Option<std::ops::Range<usize>>,
) -> Diagnostic {
    let error_at = span.as_ref().map_or(text.len(), |s| s.start);
    if let Some((open, delim)) = unclosed_multiline(text, error_at) {
        let pos = Position::of_offset(text, error_at);
        let message = format!(
            "unclosed multi-line string: the {delim} that opens here is never closed, so TOML read the rest as text up to line {} ({message}): expected a closing {delim}",
            pos.line
        );
        return Diagnostic::error(file, message).at_span(text, open..open + 3);
    }
    let message = match unknown_key_hint(&message) {
        Some(hint) => format!("{message}; did you mean `{hint}`?"),
        None => message,
    };
    let d = Diagnostic::error(file, message);
    match span {
        Some(span) => d.at_span(text, span),
        None => d,
    }
}

/// For "unknown key `x`, expected one of `a`, `b`": the expected key closest to `x`.
fn unknown_key_hint(message: &str) -> Option<&str> {
    let rest = message.strip_prefix("unknown key `")?;
    let (unknown, rest) = rest.split_once('`')?;
    let expected = rest.split_once("expected")?.1;
    let candidates = expected.split('`').skip(1).step_by(2);
    crate::diagnostic::suggest::closest(unknown, candidates)
}

/// The start of a multi-line string (`"""` or `'''`) opened before `error_at` and not
/// closed before the next one opens (an opening delimiter follows `=` on its line), or
/// never closed at all; and which delimiter it is.
fn unclosed_multiline(text: &str, error_at: usize) -> Option<(usize, &'static str)> {
    for delim in ["\"\"\"", "'''"] {
        let quote = &delim[..1];
        let mut open: Option<usize> = None;
        let mut i = 0;
        while let Some(found) = text[i..].find(delim) {
            let at = i + found;
            if at > error_at && open.is_none() {
                break;
            }
            let line_start = text[..at].rfind('\n').map_or(0, |n| n + 1);
            let opens = text[line_start..at].trim_end().ends_with('=');
            match open {
                None if opens => open = Some(at),
                None => {}
                Some(o) if opens && at <= error_at => return Some((o, delim)),
                Some(_) => open = None,
            }
            // Up to two quotes more belong to the delimiter that closes (`""""`).
            i = at + 3;
            while text[i..].starts_with(quote) {
                i += 1;
            }
        }
        if let Some(o) = open
            && o < error_at
        {
            return Some((o, delim));
        }
    }
    None
}

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
    fn an_unclosed_string_is_found_where_it_opened() {
        let text = "title = \"x\"\nintro = \"\"\"Hello\n\n[[sections]]\nid = \"a\"\ntitle = \"A\"\nbody = \"\"\"Text\n\"\"\"\n";
        let err = text.rfind("Text").unwrap();
        assert_eq!(unclosed_multiline(text, err), Some((20, "\"\"\"")));
        let fine = "a = \"\"\"x\"\"\"\nb = \"\"\"\ny\n\"\"\"\nc = 1 1\n";
        assert_eq!(unclosed_multiline(fine, fine.len() - 2), None);
        let at_end = "a = 1\nb = \'\'\'\nnever closed\n";
        assert_eq!(
            unclosed_multiline(at_end, at_end.len()),
            Some((10, "\'\'\'"))
        );
    }

    #[test]
    fn unknown_keys_get_the_closest_expected_one() {
        assert_eq!(
            unknown_key_hint("unknown key `sumary`, expected one of `title`, `summary`, `draft`"),
            Some("summary")
        );
        assert_eq!(
            unknown_key_hint("unknown key `colour`, expected one of `title`, `summary`"),
            None
        );
    }

    #[test]
    fn the_whole_token_is_underlined() {
        let text = "title = \"x\"\nsafeguard = \"privacy-shield\"\n";
        let at = text.find("\"privacy").unwrap();
        let d = Diagnostic::error("x.toml", "unknown safeguard").at_span(text, at..at + 16);
        let shown = d.to_string();
        assert!(
            shown.contains("2 | safeguard = \"privacy-shield\""),
            "{shown}"
        );
        assert!(
            shown.contains(&format!("| {}{}", " ".repeat(12), "^".repeat(16))),
            "{shown}"
        );
        // Without a span, the token at the position is measured.
        let d = Diagnostic::warning("x.toml", "w").at_position(
            text,
            Position {
                line: 2,
                column: 13,
            },
        );
        assert_eq!(d.width, 16);
        assert!(d.to_string().starts_with("warning: x.toml:2:13: w"));
        assert_eq!(token_width("name = \"a \\\" b\" # c", 8), 8);
        assert_eq!(token_width("sumary = 1", 1), 6);
        assert!(!d.render(false).contains('\u{1b}'));
        assert!(d.render(true).contains('\u{1b}'));
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
