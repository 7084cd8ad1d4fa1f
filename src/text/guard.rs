//! What no string of a source may hold, checked on every TOML source as it loads:
//!
//! - C0 and C1 control characters and Unicode noncharacters, which XML 1.0 forbids (a feed
//!   or sitemap holding one no longer parses) and HTML counts as parse errors; written
//!   literally or as a TOML escape (`"Acme\u001bAB"`). Tab, line feed and carriage return
//!   are allowed: TOML allows them in strings and XML and HTML read them as white space.
//! - Markdown nested deeper than [`MAX_NESTING`] (lists in lists, quotes in quotes,
//!   emphasis in emphasis), and raw HTML whose elements nest deeper than that (unclosed
//!   ones counted as open): the HTML of such prose is deep enough to overflow the stack of
//!   the tools that walk it, or to take time that grows with the square of its depth, and
//!   no policy needs it.
//!
//! Every string is checked, not only the prose fields: a title or a name reaches the same
//! pages and feeds.

use std::ops::Range;

use pulldown_cmark::{Event, Parser};
use toml::Spanned;
use toml::de::{DeTable, DeValue};

/// The deepest nesting of Markdown elements a string may hold.
pub const MAX_NESTING: usize = 100;

/// The deepest element nesting a page may have and still be minified: minify-html
/// recurses once per element, and a page nested deeper (from a site's own template, say)
/// is written as rendered instead.
pub const MAX_MINIFY_DEPTH: usize = 256;

/// Whether `html` nests elements deeper than `limit`, counted without recursion: start
/// tags that are not void or self-closing open a level, end tags close one. Unclosed
/// elements (which HTML allows) count as open, so the answer errs on the side of "too
/// deep".
pub fn html_deeper_than(html: &[u8], limit: usize) -> bool {
    html_too_deep_at(html, limit).is_some()
}

/// Where `html` first nests elements deeper than `limit` (the byte offset of the `<` of
/// the start tag that does), as [`html_deeper_than`] counts.
pub fn html_too_deep_at(html: &[u8], limit: usize) -> Option<usize> {
    const VOID: &[&[u8]] = &[
        b"area",
        b"base",
        b"br",
        b"col",
        b"embed",
        b"hr",
        b"img",
        b"input",
        b"link",
        b"meta",
        b"source",
        b"track",
        b"wbr",
        b"!doctype",
    ];
    let mut depth = 0usize;
    let mut i = 0;
    while let Some(found) = memchr::memchr(b'<', &html[i..]) {
        i += found + 1;
        let rest = &html[i..];
        if rest.first() == Some(&b'/') {
            depth = depth.saturating_sub(1);
            continue;
        }
        if !rest.first().is_some_and(u8::is_ascii_alphabetic) {
            continue;
        }
        let name_len = rest
            .iter()
            .position(|b| !b.is_ascii_alphanumeric() && *b != b'-')
            .unwrap_or(rest.len());
        let name = rest[..name_len].to_ascii_lowercase();
        let end = memchr::memchr(b'>', rest).unwrap_or(rest.len());
        let self_closing = end > 0 && rest[end - 1] == b'/';
        if !VOID.contains(&name.as_slice()) && !self_closing {
            depth += 1;
            if depth > limit {
                return Some(i - 1);
            }
        }
    }
    None
}

/// Where `text` (Markdown, or HTML) nests deeper than [`MAX_NESTING`], as a source may
/// not, and how: checked on a whole document before it is parsed (by `privsite import`),
/// so that input no build would accept costs no parsing time.
pub fn nesting(text: &str) -> Option<Problem> {
    if let Some(offset) = too_deep(text) {
        return Some(Problem {
            offset,
            message: format!(
                "Markdown nested more than {MAX_NESTING} levels deep (lists, quotes or emphasis inside each other)"
            ),
        });
    }
    let offset = html_too_deep_at(text.as_bytes(), MAX_NESTING)?;
    Some(Problem {
        offset,
        message: format!("HTML elements nested more than {MAX_NESTING} deep"),
    })
}

/// A problem found: the byte range in the file and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub offset: usize,
    pub message: String,
}

/// Whether XML 1.0 or HTML forbids `c` in text: C0 controls but tab, LF and CR; DEL and the
/// C1 controls; noncharacters.
pub fn forbidden(c: char) -> bool {
    let u = c as u32;
    (u < 0x20 && !matches!(c, '\t' | '\n' | '\r'))
        || (0x7f..=0x9f).contains(&u)
        || (0xfdd0..=0xfdef).contains(&u)
        || u & 0xfffe == 0xfffe
}

/// Checks a Fluent (`.ftl`) text: forbidden characters written literally or as a string
/// literal's escape (`{"\u001b"}`, `\UHHHHHH`).
pub fn check_fluent(text: &str) -> Option<Problem> {
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if forbidden(c) {
            return Some(Problem {
                offset: i,
                message: format!(
                    "{} U+{:04X}: expected text without control characters or noncharacters (tab and line breaks are fine), which web pages and feeds cannot carry",
                    if (c as u32) < 0xa0 {
                        "control character"
                    } else {
                        "noncharacter"
                    },
                    c as u32
                ),
            });
        }
        if c == '\\' {
            let digits = match chars.peek() {
                Some((_, 'u')) => 4,
                Some((_, 'U')) => 6,
                _ => continue,
            };
            let start = i + 2;
            let escaped = text
                .get(start..start + digits)
                .and_then(|hex| u32::from_str_radix(hex, 16).ok())
                .and_then(char::from_u32);
            if let Some(e) = escaped.filter(|&e| forbidden(e)) {
                return Some(Problem {
                    offset: i,
                    message: format!(
                        "escape of the {} U+{:04X}: expected text without control characters or noncharacters, which web pages and feeds cannot carry",
                        if (e as u32) < 0xa0 {
                            "control character"
                        } else {
                            "noncharacter"
                        },
                        e as u32
                    ),
                });
            }
        }
    }
    None
}

/// Checks every key and string of a TOML text that parsed; the first problem found, in
/// file order.
pub fn check_toml(text: &str) -> Option<Problem> {
    check_table(text, &DeTable::parse(text).ok()?)
}

/// The most parts a TOML key may have (`a.b.c` has 3), table headers included: far more
/// than any source needs, and few enough that reading it never nests deeply.
pub const MAX_KEY_PARTS: usize = 64;

/// The first key in `text` with more than [`MAX_KEY_PARTS`] dotted parts, at the dot that
/// goes past the limit: the TOML parser's own limit on such keys names no place. One pass
/// over the text, quotes and comments skipped.
pub fn too_many_key_parts(text: &str) -> Option<Problem> {
    // A key cannot span lines: only a line with as many dots as the limit can hold one
    // too long. The dots and line ends are found with one vectorised search over the
    // whole text (most lines, prose included, have a few), and only such a line is read.
    let bytes = text.as_bytes();
    let (mut start, mut dots) = (0, 0);
    for at in memchr::memchr2_iter(b'.', b'\n', bytes) {
        if bytes[at] == b'\n' {
            (start, dots) = (at + 1, 0);
            continue;
        }
        dots += 1;
        if dots == MAX_KEY_PARTS {
            let end = memchr::memchr(b'\n', &bytes[at..]).map_or(bytes.len(), |e| at + e + 1);
            if let Some(p) = line_key_too_long(&text[start..end], start) {
                return Some(p);
            }
        }
    }
    None
}

/// Where the key of `line` (which starts at byte `start` of its text) has more than
/// [`MAX_KEY_PARTS`] dotted parts.
fn line_key_too_long(line: &str, start: usize) -> Option<Problem> {
    let trimmed = line.trim_start();
    let lead = line.len() - trimmed.len();
    // The key: a table header's inside, or what stands before `=`.
    let key = if trimmed.starts_with('[') {
        trimmed
    } else {
        &trimmed[..unquoted_find(trimmed, '=')?]
    };
    let mut dots = 0;
    let mut quote: Option<char> = None;
    for (i, c) in key.char_indices() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '#' | ']' | '=') => break,
            (None, '.') => {
                dots += 1;
                if dots >= MAX_KEY_PARTS {
                    return Some(Problem {
                        offset: start + lead + i,
                        message: format!(
                            "a key with more than {MAX_KEY_PARTS} dotted parts: expected at most {MAX_KEY_PARTS} (a.b.c has 3)"
                        ),
                    });
                }
            }
            _ => {}
        }
    }
    None
}

/// The byte index of the first `needle` in `line` outside quotes.
fn unquoted_find(line: &str, needle: char) -> Option<usize> {
    let mut quote: Option<char> = None;
    for (i, c) in line.char_indices() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '#') => return None,
            (None, c) if c == needle => return Some(i),
            _ => {}
        }
    }
    None
}

/// [`check_toml`] on a document already parsed from `text`.
pub fn check_table(text: &str, table: &Spanned<DeTable<'_>>) -> Option<Problem> {
    let mut problems = Vec::new();
    walk_table(text, table.get_ref(), &mut problems);
    problems.into_iter().min_by_key(|p| p.offset)
}

fn walk_table(text: &str, table: &DeTable<'_>, out: &mut Vec<Problem>) {
    for (key, value) in table.iter() {
        check_string(text, key.get_ref(), key.span(), false, out);
        walk_value(text, value, out);
    }
}

fn walk_value(text: &str, value: &Spanned<DeValue<'_>>, out: &mut Vec<Problem>) {
    match value.get_ref() {
        DeValue::String(s) => check_string(text, s, value.span(), true, out),
        DeValue::Array(items) => {
            for item in items.iter() {
                walk_value(text, item, out);
            }
        }
        DeValue::Table(table) => walk_table(text, table, out),
        _ => {}
    }
}

fn check_string(text: &str, s: &str, span: Range<usize>, prose: bool, out: &mut Vec<Problem>) {
    // Whether the string is written as it is (no escapes), and how many bytes of its
    // literal precede it: worked out only for a string with a problem to place.
    let literal = || {
        let raw = text.get(span.clone()).unwrap_or("");
        inner(raw).filter(|(_, inner)| *inner == s)
    };
    // Where byte `i` of the string is in the file: exact when the string is written as is,
    // else (escapes) its start.
    let at = |i: usize| match literal() {
        Some((skip, _)) => span.start + skip + i,
        None => span.start,
    };
    if let Some((i, c)) = first_forbidden(s) {
        let literal = literal();
        let how = if literal.is_some() {
            ""
        } else {
            " (written as an escape)"
        };
        out.push(Problem {
            offset: at(i),
            message: format!(
                "{} U+{:04X}{how} in a string: expected text without control characters or noncharacters (tab and line breaks are fine), which web pages and feeds cannot carry",
                if (c as u32) < 0xa0 {
                    "control character"
                } else {
                    "noncharacter"
                },
                c as u32
            ),
        });
        return;
    }
    if prose && let Some(i) = too_deep(s) {
        out.push(Problem {
            offset: at(i),
            message: format!(
                "Markdown nested more than {MAX_NESTING} levels deep (lists, quotes or emphasis inside each other): expected at most {MAX_NESTING}"
            ),
        });
    } else if prose
        && s.contains('<')
        && let Some(i) = html_too_deep_at(s.as_bytes(), MAX_NESTING)
    {
        // Parsing and comparing such HTML takes time that grows with the square of its
        // depth, and no policy needs it: browsers stop nesting at 512.
        out.push(Problem {
            offset: at(i),
            message: format!(
                "raw HTML nested more than {MAX_NESTING} elements deep (an element opened here inside {MAX_NESTING} others not yet closed): expected at most {MAX_NESTING}; close each element"
            ),
        });
    }
}

/// The first forbidden character of `s` and its offset. Bytes are scanned first: every
/// forbidden character is a C0 control byte, DEL, or starts with 0xC2 (C1 controls), 0xEF
/// (U+FDD0..U+FDEF, U+FFFE, U+FFFF) or 0xF0..=0xF4 (the other planes' noncharacters), so a
/// string with none of those bytes (most prose) is passed without decoding it.
fn first_forbidden(s: &str) -> Option<(usize, char)> {
    // Without branches, so that a whole chunk is tested at once (vectorized). Each suspect
    // byte begins a character (ASCII, or the lead byte of every forbidden character's
    // encoding); most are fine (`§`, a no-break space, an emoji), and the search goes on
    // by chunks after them.
    let suspect = |b: u8| {
        (b < 0x20) & (b != b'\t') & (b != b'\n') & (b != b'\r')
            | (b == 0x7f)
            | (b == 0xc2)
            | (b == 0xef)
            | (b >= 0xf0)
    };
    let bytes = s.as_bytes();
    let mut from = 0;
    while from < bytes.len() {
        let chunk = bytes[from..]
            .chunks(64)
            .position(|c| c.iter().fold(false, |any, &b| any | suspect(b)))?;
        let start = from + chunk * 64;
        let end = (start + 64).min(bytes.len());
        for (i, &b) in bytes.iter().enumerate().take(end).skip(start) {
            if suspect(b)
                && let Some(c) = s.get(i..).and_then(|rest| rest.chars().next())
                && forbidden(c)
            {
                return Some((i, c));
            }
        }
        from = end;
    }
    None
}

/// The text between the quotes of a TOML string as written, and how many bytes precede it.
fn inner(raw: &str) -> Option<(usize, &str)> {
    for quote in ["\"\"\"", "'''", "\"", "'"] {
        if let Some(rest) = raw.strip_prefix(quote).and_then(|r| r.strip_suffix(quote)) {
            let mut skip = quote.len();
            let mut rest = rest;
            if quote.len() == 3 {
                // A line break right after the opening quotes is not part of the string.
                for newline in ["\r\n", "\n"] {
                    if let Some(r) = rest.strip_prefix(newline) {
                        skip += newline.len();
                        rest = r;
                        break;
                    }
                }
            }
            return Some((skip, rest));
        }
    }
    // A bare key.
    Some((0, raw))
}

/// The offset of the first Markdown element nested deeper than [`MAX_NESTING`], if any.
/// pulldown-cmark parses without recursion, so this is safe for any depth.
fn too_deep(s: &str) -> Option<usize> {
    // Cheap tests first: nesting needs that many markers. Without extensions (as parsed
    // here), an element that holds another opens at a marker of its own: `>` for a quote,
    // `-`, `*`, `+` or a number's `.` or `)` for a list and its item (two levels), `*`,
    // `_` or `~` for emphasis, `[` or `<` for a link, and only one level (a paragraph,
    // heading or code block) holds none. So a text with at most (MAX_NESTING - 1) / 2
    // markers (most prose) cannot be too deep, and is not parsed.
    if s.len() < MAX_NESTING || 2 * nesting_markers(s.as_bytes()) < MAX_NESTING {
        return None;
    }
    let mut depth = 0usize;
    for (event, range) in Parser::new(s).into_offset_iter() {
        match event {
            Event::Start(_) => {
                depth += 1;
                if depth > MAX_NESTING {
                    return Some(range.start);
                }
            }
            Event::End(_) => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    None
}

/// How many bytes of `text` could open a Markdown element that holds others (see
/// [`too_deep`]): the markers, and a `.` or `)` right after a digit. Every prose string
/// of every source is counted as it loads, so the bytes are taken 64 at a time with
/// comparisons and no branches, which compiles to vector code (twelve times the speed of
/// a byte-by-byte `match`).
fn nesting_markers(text: &[u8]) -> usize {
    fn marker(b: u8) -> bool {
        (b == b'>')
            | (b == b'-')
            | (b == b'*')
            | (b == b'+')
            | (b == b'_')
            | (b == b'~')
            | (b == b'[')
            | (b == b'<')
            | (b == b'`')
    }
    fn numbered(digit: u8, b: u8) -> bool {
        (digit.wrapping_sub(b'0') < 10) & ((b == b'.') | (b == b')'))
    }
    const LANES: usize = 64;
    let Some(&first) = text.first() else {
        return 0;
    };
    // Each byte after the first, with the byte before it.
    let (before, at) = (&text[..text.len() - 1], &text[1..]);
    let mut before_chunks = before.chunks_exact(LANES);
    let mut at_chunks = at.chunks_exact(LANES);
    let mut count = usize::from(marker(first));
    for (x, y) in (&mut before_chunks).zip(&mut at_chunks) {
        // At most two per byte: 128 fits a u8.
        let mut n = 0u8;
        for j in 0..LANES {
            n += u8::from(marker(y[j])) + u8::from(numbered(x[j], y[j]));
        }
        count += usize::from(n);
    }
    let rest = before_chunks.remainder().iter().zip(at_chunks.remainder());
    count
        + rest
            .map(|(&x, &y)| usize::from(marker(y)) + usize::from(numbered(x, y)))
            .sum::<usize>()
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The bound the depth guard's shortcut rests on: without extensions, Markdown
        /// nests no deeper than twice its markers plus one.
        #[test]
        fn markdown_nests_no_deeper_than_twice_its_markers_and_one(
            text in "[-> *+_~\\[\\]<`#=!()1.a\n]{0,300}"
        ) {
            let mut depth = 0usize;
            let mut deepest = 0usize;
            for event in Parser::new(&text) {
                match event {
                    Event::Start(_) => {
                        depth += 1;
                        deepest = deepest.max(depth);
                    }
                    Event::End(_) => depth = depth.saturating_sub(1),
                    _ => {}
                }
            }
            proptest::prop_assert!(deepest <= 2 * nesting_markers(text.as_bytes()) + 1);
        }
    }

    proptest::proptest! {
        /// The vector-friendly count is the plain count, at every length and alignment.
        #[test]
        fn nesting_markers_are_counted_as_byte_by_byte(text in "[-> *+_~\\[<`1.)a]{0,300}") {
            let b = text.as_bytes();
            let plain = b.iter().filter(|&&c| b">-*+_~[<`".contains(&c)).count()
                + b.windows(2)
                    .filter(|w| w[0].is_ascii_digit() && b".)".contains(&w[1]))
                    .count();
            proptest::prop_assert_eq!(nesting_markers(b), plain);
        }
    }

    #[test]
    fn nesting_markers_count_openers_and_numbers_ending_a_list_marker() {
        assert_eq!(nesting_markers(b""), 0);
        assert_eq!(nesting_markers(b"plain words, no markers."), 0);
        // Eleven openers (`>` twice, `-`, `*` four times, `[`, `<`, `` ` `` twice), and
        // the `.` and `)` right after a digit; not a `.` after a letter.
        assert_eq!(nesting_markers(b"> - **x** [a](<b>) `c`\n1. 2) 3x. a."), 13);
    }

    #[test]
    fn controls_and_noncharacters_are_forbidden_but_white_space_is_not() {
        for c in [
            '\0',
            '\u{1b}',
            '\u{7f}',
            '\u{85}',
            '\u{9d}',
            '\u{fffe}',
            '\u{fdd0}',
            '\u{10ffff}',
        ] {
            assert!(forbidden(c), "{c:?}");
        }
        for c in [
            '\t', '\n', '\r', ' ', 'é', '\u{a0}', '\u{200b}', '漢', '\u{fffd}',
        ] {
            assert!(!forbidden(c), "{c:?}");
        }
    }

    #[test]
    fn fluent_text_is_checked_literal_and_escaped() {
        assert_eq!(check_fluent("site-title = Acme\n"), None);
        assert_eq!(check_fluent("a = {\"\\u00e9\"}\n"), None);
        let p = check_fluent("a = Ac\u{1b}me\n").unwrap();
        assert_eq!(p.offset, 6);
        let p = check_fluent("a = {\"\\u001b\"}\n").unwrap();
        assert_eq!(p.offset, 6);
        assert!(p.message.contains("U+001B"));
    }

    #[test]
    fn an_escape_is_found_at_its_string() {
        let text = "title = \"ok\"\nname = \"Acme\\u001bAB\"\n";
        let p = check_toml(text).unwrap();
        assert_eq!(p.offset, text.find("\"Acme").unwrap());
        assert!(
            p.message.contains("U+001B (written as an escape)"),
            "{}",
            p.message
        );
    }

    #[test]
    fn a_literal_character_is_found_where_it_is() {
        let text = "title = \"ok\"\nbody = \"\"\"\nab\u{9d}c\"\"\"\n";
        let p = check_toml(text).unwrap();
        assert_eq!(p.offset, text.find('\u{9d}').unwrap());
        assert!(p.message.contains("U+009D in a string"));
    }

    #[test]
    fn the_byte_scan_finds_what_the_character_scan_finds() {
        let mut chars: Vec<char> = (0u32..0x300).filter_map(char::from_u32).collect();
        chars.extend([
            '\u{fdcf}', '\u{fdd0}', '\u{fdef}', '\u{fdf0}', '\u{fffd}', '\u{fffe}',
        ]);
        chars.extend([
            '\u{ffff}',
            '\u{1fffe}',
            '\u{10ffff}',
            '\u{1f600}',
            'é',
            'ä',
            '€',
        ]);
        for c in chars {
            // Around the scan's 64-byte chunks too.
            for before in [3, 62, 63, 64, 65, 127, 128, 200] {
                let s = format!("{}{c}def", "a".repeat(before));
                let slow = s.char_indices().find(|&(_, c)| forbidden(c));
                assert_eq!(first_forbidden(&s), slow, "{:?} after {before}", c as u32);
            }
        }
        assert_eq!(first_forbidden("plain prose, ¶ and € only"), None);
    }

    proptest::proptest! {
        /// Characters that share a forbidden one's first byte (`§`, a no-break space, an
        /// emoji) do not hide a forbidden character after them, in any chunk.
        #[test]
        fn the_byte_scan_finds_a_forbidden_character_after_fine_suspects(
            s in "[a\u{a7}\u{a0}\u{fdcf}\u{fffd}\u{1f600}\u{fffe}\u{85}\u{1b}\u{fdd0}]{0,200}",
        ) {
            let slow = s.char_indices().find(|&(_, c)| forbidden(c));
            proptest::prop_assert_eq!(first_forbidden(&s), slow);
        }
    }

    #[test]
    fn html_depth_is_counted_without_recursion() {
        let deep = format!("{}x{}", "<div>".repeat(100_000), "</div>".repeat(100_000));
        assert!(html_deeper_than(deep.as_bytes(), 1000));
        let flat = "<p>a<br>b<img src=x></p><p>c</p>".repeat(5000);
        assert!(!html_deeper_than(flat.as_bytes(), 3));
        assert!(!html_deeper_than(b"<div><hr/><span>x</span></div>", 2));
        assert!(html_deeper_than(b"<div><span><b>x</b></span></div>", 2));
    }

    #[test]
    fn deep_nesting_is_refused_where_it_goes_too_deep() {
        let body = format!("{}x", "> ".repeat(MAX_NESTING + 5));
        let text = format!("body = \"\"\"\n{body}\"\"\"\n");
        let p = check_toml(&text).unwrap();
        assert!(p.message.contains("nested more than 100"));
        let ok = format!("body = \"\"\"\n{}x\"\"\"\n", "> ".repeat(20));
        assert_eq!(check_toml(&ok), None);
    }
}
