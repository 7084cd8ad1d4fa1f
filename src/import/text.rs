//! Plain text, as copied from a web page: one paragraph a line (or paragraphs between
//! blank lines), bullets (•, -, *), tables as tab-separated or `|`-separated lines, and
//! headings told by their shape: short lines without closing punctuation. Numbered
//! headings ("1. …", "2) …") make the sections where a text has them; otherwise
//! headings naming a known topic do, where there are enough of them.

use super::{Document, Part, Table};

pub fn read(text: &str) -> Document {
    let lines: Vec<(usize, &str)> = text
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim_end()))
        .collect();
    let mut doc = Document::default();
    let mut prose = String::new();
    let mut i = 0;
    let mut first = true;
    let flush = |prose: &mut String, doc: &mut Document| {
        if !prose.trim().is_empty() {
            doc.parts.push(Part::Prose(prose.trim_end().to_string()));
        }
        prose.clear();
    };
    while i < lines.len() {
        let (number, line) = lines[i];
        let trimmed = line.trim();
        if trimmed.is_empty() || is_chrome(trimmed) {
            i += 1;
            continue;
        }
        let table = table_at(&lines, &mut i).map(|t| (t, false));
        if let Some((table, vertical)) =
            table.or_else(|| vertical_table_at(&lines, &mut i).map(|t| (t, true)))
        {
            flush(&mut prose, &mut doc);
            if let Some((number, line)) = lines.get(i)
                && vertical
                && !line.trim().is_empty()
            {
                doc.notes.push((
                    *number,
                    format!(
                        "a line right after the table at line {} is no row of it: kept as text",
                        table.line
                    ),
                ));
            }
            doc.parts.push(Part::Table(table));
            first = false;
            continue;
        }
        i += 1;
        if let Some(item) = bullet(trimmed) {
            prose.push_str("- ");
            prose.push_str(&escape(item));
            prose.push('\n');
            continue;
        }
        if prose.ends_with('\n') && !prose.ends_with("\n\n") {
            prose.push('\n');
        }
        if is_heading(trimmed) {
            flush(&mut prose, &mut doc);
            doc.parts.push(Part::Heading {
                level: if first { 1 } else { 2 },
                text: trimmed.to_string(),
                id: None,
                line: number,
            });
        } else if is_lead_in(trimmed) {
            prose.push_str(&format!("**{}**\n\n", escape(trimmed)));
        } else {
            prose.push_str(&escape(trimmed));
            prose.push_str("\n\n");
        }
        first = false;
    }
    flush(&mut prose, &mut doc);
    levels(&mut doc);
    doc
}

/// Sets the levels of headings: numbered ones make the sections if there are two or
/// more, else those naming a known topic if there are three or more; the rest are
/// sub-headings.
fn levels(doc: &mut Document) {
    let headings = || {
        doc.parts.iter().filter_map(|p| match p {
            Part::Heading { level: 2, text, .. } => Some(text.as_str()),
            _ => None,
        })
    };
    let numbered = headings().filter(|t| numbering(t).is_some()).count();
    let topical = headings()
        .filter(|t| super::mapping::topic_any(t).is_some())
        .count();
    let is_section: Box<dyn Fn(&str) -> bool> = if numbered >= 2 {
        Box::new(|t| numbering(t).is_some())
    } else if topical >= 3 {
        Box::new(|t| super::mapping::topic_any(t).is_some())
    } else {
        Box::new(|_| true)
    };
    for part in &mut doc.parts {
        if let Part::Heading { level, text, .. } = part
            && *level == 2
            && !is_section(text)
        {
            *level = 3;
        }
    }
}

/// The length of a heading's numbering ("1. ", "10) ", "2.1 "), if it has one.
pub fn numbering(text: &str) -> Option<usize> {
    let digits = text
        .bytes()
        .take_while(|b| b.is_ascii_digit() || *b == b'.')
        .count();
    if digits == 0 || !text.as_bytes()[0].is_ascii_digit() {
        return None;
    }
    let rest = &text[digits..];
    let rest = rest.strip_prefix(')').unwrap_or(rest);
    let spaces = rest.len() - rest.trim_start().len();
    (spaces > 0 && (text[..digits].ends_with('.') || rest.len() < text.len() - digits))
        .then_some(text.len() - rest.trim_start().len())
}

fn is_heading(line: &str) -> bool {
    let numbered = numbering(line);
    let words = line[numbered.unwrap_or(0)..].split_whitespace().count();
    let first = line.chars().next().unwrap_or(' ');
    line.chars().count() <= 90
        && words <= if numbered.is_some() { 16 } else { 12 }
        && !line.ends_with(['.', ',', ';', ':', '!'])
        && (first.is_uppercase() || first.is_ascii_digit())
        && bullet(line).is_none()
        && !line.contains("http")
        && !line.contains('\t')
}

/// A web page's own links that a copied text carries along.
fn is_chrome(line: &str) -> bool {
    const CHROME: &[&str] = &[
        "skip to content",
        "skip to main content",
        "hoppa till innehåll",
        "hoppa till innehållet",
        "siirry sisältöön",
        "zum inhalt springen",
        "aller au contenu",
        "passer au contenu",
    ];
    CHROME.contains(&line.to_lowercase().as_str())
}

fn is_lead_in(line: &str) -> bool {
    line.ends_with(':') && line.split_whitespace().count() <= 4 && line.chars().count() <= 40
}

fn bullet(line: &str) -> Option<&str> {
    for b in ["• ", "- ", "* ", "– ", "· ", "•\t", "▪ "] {
        if let Some(rest) = line.strip_prefix(b) {
            return Some(rest.trim());
        }
    }
    None
}

/// Markdown syntax characters that plain text means literally.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, c) in text.chars().enumerate() {
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '|')
            || (i == 0 && matches!(c, '#' | '>' | '+' | '-'))
        {
            out.push('\\');
        }
        out.push(c);
    }
    // "1. Text" at the start of a paragraph would be a list.
    if let Some(n) = numbering(&out)
        && out[..n].trim_end().ends_with('.')
    {
        let dot = out[..n].trim_end().len() - 1;
        out.insert(dot, '\\');
    }
    out
}

/// A table of `|`- or tab-separated lines starting at `lines[*i]`, with `*i` moved past it.
fn table_at(lines: &[(usize, &str)], i: &mut usize) -> Option<Table> {
    let is_pipe = |l: &str| l.trim_start().starts_with('|');
    let is_tab = |l: &str| l.contains('\t') && !l.trim().is_empty();
    let (_, first) = lines[*i];
    let kind: &dyn Fn(&str) -> bool = if is_pipe(first) {
        &is_pipe
    } else if is_tab(first) && lines.get(*i + 1).is_some_and(|(_, l)| is_tab(l)) {
        &is_tab
    } else {
        return None;
    };
    let start = *i;
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut row_lines = Vec::new();
    let mut markdown = String::new();
    while *i < lines.len() && kind(lines[*i].1) {
        let (number, line) = lines[*i];
        *i += 1;
        let cells: Vec<String> = if line.trim_start().starts_with('|') {
            line.trim()
                .trim_matches('|')
                .split('|')
                .map(|c| c.split_whitespace().collect::<Vec<_>>().join(" "))
                .collect()
        } else {
            line.split('\t')
                .map(|c| c.split_whitespace().collect::<Vec<_>>().join(" "))
                .collect()
        };
        if cells
            .iter()
            .all(|c| !c.is_empty() && c.chars().all(|ch| matches!(ch, '-' | ':' | ' ')))
        {
            continue;
        }
        rows.push(cells);
        row_lines.push(number);
    }
    if rows.is_empty() {
        return None;
    }
    let header = rows.remove(0);
    row_lines.remove(0);
    let width = header.len().max(1);
    let row = |cells: &[String]| {
        let mut cells: Vec<String> = cells.iter().map(|c| escape(c)).collect();
        cells.resize(width, String::new());
        format!("| {} |\n", cells.join(" | "))
    };
    markdown.push_str(&row(&header));
    markdown.push_str(&format!("|{}\n", "---|".repeat(width)));
    for r in &rows {
        markdown.push_str(&row(r));
    }
    Some(Table {
        header,
        rows,
        row_lines,
        line: lines[start].0,
        markdown: markdown.trim_end().to_string(),
    })
}

/// A recipient table copied from a web page one cell a line: a header line naming the
/// recipient column ("Partner") and the lines naming the other columns (a line that
/// starts in lower case, or follows one ending in a space, continues its cell), then
/// rows of as many lines, each starting with a short name. Lines left over that do not
/// make a row (cells run together) stay text.
fn vertical_table_at(lines: &[(usize, &str)], i: &mut usize) -> Option<Table> {
    let start = *i;
    let first = lines[start].1.trim();
    if first.split_whitespace().count() > 3 || !super::mapping::names_recipient(first) {
        return None;
    }
    let mut j = start;
    let mut header: Vec<String> = Vec::new();
    let mut continues = false;
    while j < lines.len() {
        let raw = lines[j].1;
        let cell = raw.trim();
        if cell.is_empty() {
            return None;
        }
        let lower_start = cell.starts_with(|c: char| c.is_lowercase());
        if (continues || lower_start) && !header.is_empty() {
            let last = header.last_mut().expect("a header cell");
            last.push(' ');
            last.push_str(cell);
        } else if super::mapping::names_column(cell) && cell.split_whitespace().count() <= 5 {
            header.push(cell.to_string());
        } else {
            break;
        }
        continues = raw.ends_with(' ');
        j += 1;
    }
    let width = header.len();
    if width < 2 {
        return None;
    }
    let mut rows = Vec::new();
    let mut row_lines = Vec::new();
    while j + width <= lines.len() {
        let chunk = &lines[j..j + width];
        if chunk.iter().any(|(_, l)| l.trim().is_empty())
            || chunk[0].1.split_whitespace().count() > 4
        {
            break;
        }
        rows.push(chunk.iter().map(|(_, l)| l.trim().to_string()).collect());
        row_lines.push(chunk[0].0);
        j += width;
    }
    if rows.is_empty() {
        return None;
    }
    *i = j;
    Some(Table {
        header,
        rows,
        row_lines,
        line: lines[start].0,
        markdown: String::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_table_of_one_cell_a_line_is_read_by_its_header() {
        let doc = read(
            "Intro.\n\nPartner\nAnvändning\nPersonuppgifter \nsom delas och varför\nGoogle\nför analys\nAnalysdata\nStripe\nför betalning\nKortdata\nMailgunför e-postData som krävs\n\nMer text.\n",
        );
        let Part::Table(t) = &doc.parts[1] else {
            panic!("{:?}", doc.parts)
        };
        assert_eq!(
            t.header,
            [
                "Partner",
                "Användning",
                "Personuppgifter som delas och varför"
            ]
        );
        assert_eq!(
            t.rows,
            [
                ["Google", "för analys", "Analysdata"],
                ["Stripe", "för betalning", "Kortdata"]
            ]
        );
        assert_eq!(t.row_lines, [7, 10]);
        assert_eq!(doc.notes.len(), 1, "{:?}", doc.notes);
        assert_eq!(doc.notes[0].0, 13);
    }

    #[test]
    fn numbered_headings_make_sections_and_tabs_make_tables() {
        let doc = read(
            "Integritetspolicy\n\nIntro text here.\n\n1. Typ av uppgift\n\nKontaktuppgifter\n\nNär du registrerar dig.\n\n • Ett\n • Två\n\n2. Till vem\n\nPartner\tAnvändning\nStripe\tBetalning\n",
        );
        let shown: Vec<String> = doc
            .parts
            .iter()
            .map(|p| match p {
                Part::Heading {
                    level, text, line, ..
                } => format!("h{level}@{line}:{text}"),
                Part::Prose(t) => format!("p:{t}"),
                Part::Table(t) => format!("t@{}:{:?}{:?}", t.line, t.header, t.rows),
            })
            .collect();
        assert_eq!(
            shown,
            [
                "h1@1:Integritetspolicy",
                "p:Intro text here.",
                "h2@5:1. Typ av uppgift",
                "h3@7:Kontaktuppgifter",
                "p:När du registrerar dig.\n\n- Ett\n- Två",
                "h2@14:2. Till vem",
                "t@16:[\"Partner\", \"Användning\"][[\"Stripe\", \"Betalning\"]]",
            ]
        );
    }
}
