//! Hints for the near-misses people make writing TOML by hand: a date in quotes or in
//! the local order (`"2026-12-02"`, `02.12.2026`, `2/12/2026`), typographic quotes
//! around a string (`„…“`, `“…”`, `‘…’`), and a key set twice. Each is the `hint` of the
//! diagnostic the parser or the shape check gave.

use jiff::civil::Date;
use toml::de::{DeTable, DeValue};

use crate::diagnostic::Position;

/// What a date written some other way than TOML's means.
#[derive(Debug, PartialEq, Eq)]
enum Loose {
    /// Year first: `2026-12-02`, `2026/12/02`, `2026.12.02`.
    YearFirst(Date),
    /// Day first, without doubt: dotted (`02.12.2026`), or a day over 12 (`25/12/2026`).
    DayFirst(Date),
    /// `2/12/2026`: the 2nd of December or the 12th of February.
    Ambiguous(Date, Date),
}

fn loose_date(s: &str) -> Option<Loose> {
    let s = s.trim();
    let sep = s.chars().find(|c| matches!(c, '-' | '/' | '.'))?;
    let parts: Vec<&str> = s.split(sep).collect();
    if parts.len() != 3
        || parts
            .iter()
            .any(|p| p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let n: Vec<i32> = parts.iter().map(|p| p.parse().unwrap_or(-1)).collect();
    let date = |y: i32, m: i32, d: i32| {
        Date::new(
            i16::try_from(y).ok()?,
            i8::try_from(m).ok()?,
            i8::try_from(d).ok()?,
        )
        .ok()
    };
    if parts[0].len() == 4 {
        return date(n[0], n[1], n[2]).map(Loose::YearFirst);
    }
    if parts[2].len() != 4 || parts[0].len() > 2 || parts[1].len() > 2 {
        return None;
    }
    let day_first = date(n[2], n[1], n[0]);
    let month_first = date(n[2], n[0], n[1]);
    Some(match (day_first, month_first) {
        (Some(d), _) if sep == '.' => Loose::DayFirst(d),
        (Some(a), Some(b)) if a != b => Loose::Ambiguous(a, b),
        (Some(d), _) | (None, Some(d)) => Loose::DayFirst(d),
        (None, None) => return None,
    })
}

/// The hint for a date written in quotes (`announced = "2026-12-02"`).
pub(super) fn date_string(key: &str, value: &str) -> String {
    match loose_date(value) {
        Some(Loose::YearFirst(d)) if value.trim() == d.to_string() => {
            format!("write it unquoted: {key} = {d}")
        }
        Some(loose) => date_hint(key, value, loose),
        None => format!("write the date unquoted, year first: {key} = YYYY-MM-DD"),
    }
}

fn date_hint(key: &str, value: &str, loose: Loose) -> String {
    match loose {
        Loose::YearFirst(d) | Loose::DayFirst(d) => {
            format!("write it unquoted, as YYYY-MM-DD: {key} = {d}")
        }
        Loose::Ambiguous(a, b) => format!(
            "{value:?} is ambiguous (day first it is {a}, month first {b}): write the one meant unquoted, as YYYY-MM-DD, such as {key} = {a}"
        ),
    }
}

/// Characters used as quotation marks in prose that TOML does not take for quotes.
const TYPOGRAPHIC: [char; 10] = ['„', '“', '”', '‘', '’', '‚', '«', '»', '‹', '›'];

/// A hint for a TOML syntax error at byte `offset` of `text`, where one of the near-misses
/// explains it.
pub(super) fn for_syntax_error(text: &str, offset: usize, message: &str) -> Option<String> {
    let offset = offset.min(text.len());
    if message.contains("duplicate key") {
        return duplicate_key(text, offset);
    }
    let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[offset..].find('\n').map_or(text.len(), |i| offset + i);
    let line = text[line_start..line_end].trim_end_matches('\r');
    let (key, value) = line.split_once('=')?;
    let key = key.trim();
    let value = value.trim();
    if value.starts_with(TYPOGRAPHIC) {
        let inner = value.trim_matches(|c: char| TYPOGRAPHIC.contains(&c) || c.is_whitespace());
        return Some(format!(
            "use straight quotes: {key} = \"{}\"",
            inner.replace('\\', "\\\\").replace('"', "\\\"")
        ));
    }
    let bare = value.split('#').next().unwrap_or("").trim();
    loose_date(bare).map(|loose| date_hint(key, bare, loose))
}

/// "`title` is first set at line 1, column 1": where the key the parser found twice was
/// first set. The document up to the line of the second is parsed again, and the key
/// looked up there by the table it is in.
fn duplicate_key(text: &str, offset: usize) -> Option<String> {
    let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    let line = text[line_start..].lines().next().unwrap_or("").trim();
    let before = &text[..line_start];
    let (mut path, shown) = if let Some(header) = line.strip_prefix('[') {
        let name = header.trim_start_matches('[');
        let name = name.split(']').next()?.trim();
        (split_key(name), format!("[{name}]"))
    } else {
        let key = line.split('=').next()?.trim();
        let mut path = current_table(before);
        path.extend(split_key(key));
        (path, format!("`{key}`"))
    };
    let (table, _) = DeTable::parse_recoverable(before);
    let last = path.pop()?;
    let mut current = table.get_ref();
    for segment in &path {
        current = match current.get(segment.as_str())?.get_ref() {
            DeValue::Table(t) => t,
            DeValue::Array(items) => match items.last()?.get_ref() {
                DeValue::Table(t) => t,
                _ => return None,
            },
            _ => return None,
        };
    }
    let (first, _) = current.get_key_value(last.as_str())?;
    let at = Position::of_offset(text, first.span().start);
    Some(format!(
        "{shown} is first set at line {}, column {}: keep one of the two",
        at.line, at.column
    ))
}

/// The table the lines of `before` end in: the last `[a.b]` or `[[a]]` header's path.
fn current_table(before: &str) -> Vec<String> {
    before
        .lines()
        .rev()
        .map(str::trim)
        .find(|l| l.starts_with('['))
        .and_then(|l| l.trim_start_matches('[').split(']').next().map(split_key))
        .unwrap_or_default()
}

/// `a.b` or `"a b".c` as its segments.
fn split_key(key: &str) -> Vec<String> {
    key.split('.')
        .map(|s| s.trim().trim_matches(['"', '\'']).to_string())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(
            date_string("announced", "2026-12-02"),
            "write it unquoted: announced = 2026-12-02"
        );
        assert_eq!(
            date_string("announced", "02.12.2026"),
            "write it unquoted, as YYYY-MM-DD: announced = 2026-12-02"
        );
        assert_eq!(
            date_string("announced", "25/12/2026"),
            "write it unquoted, as YYYY-MM-DD: announced = 2026-12-25"
        );
        assert!(date_string("announced", "2/12/2026").contains("ambiguous"));
        assert!(date_string("announced", "2/12/2026").contains("2026-12-02"));
        assert!(date_string("announced", "2/12/2026").contains("2026-02-12"));
        assert!(date_string("announced", "soon").contains("YYYY-MM-DD"));
        assert_eq!(
            date_string("announced", "31.02.2026"),
            "write the date unquoted, year first: announced = YYYY-MM-DD"
        );
    }

    #[test]
    fn syntax_errors() {
        let hint = |text: &str| {
            let e = DeTable::parse(text).unwrap_err();
            for_syntax_error(text, e.span().unwrap().start, e.message())
        };
        assert_eq!(
            hint("title = „Datenschutz“\n").as_deref(),
            Some("use straight quotes: title = \"Datenschutz\"")
        );
        assert_eq!(
            hint("title = “Privacy”\n").as_deref(),
            Some("use straight quotes: title = \"Privacy\"")
        );
        assert_eq!(
            hint("announced = 02.12.2026\n").as_deref(),
            Some("write it unquoted, as YYYY-MM-DD: announced = 2026-12-02")
        );
        assert!(
            hint("announced = 2/12/2026\n")
                .unwrap()
                .contains("ambiguous")
        );
        assert_eq!(
            hint("title = \"a\"\nx = 1\ntitle = \"b\"\n").as_deref(),
            Some("`title` is first set at line 1, column 1: keep one of the two")
        );
        assert_eq!(
            hint("x = 1\n[dpo]\nname = \"a\"\n\n[dpo]\nname = \"b\"\n").as_deref(),
            Some("[dpo] is first set at line 2, column 2: keep one of the two")
        );
        assert_eq!(
            hint("[[p]]\nname = \"a\"\n[[p]]\nname = \"a\"\n  name = \"b\"\n").as_deref(),
            Some("`name` is first set at line 4, column 1: keep one of the two")
        );
    }
}
