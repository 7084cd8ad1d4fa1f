//! Markdown, with or without front matter (YAML `---` or TOML `+++`): headings, tables
//! (Markdown and raw HTML) and the prose between them, as written.

use std::collections::HashMap;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use super::{Document, Part, Table};

pub fn read(text: &str) -> Document {
    let (front, body, body_line) = front_matter(text);
    let mut doc = Document::default();
    // The day it was last changed wins over the day it was first published.
    let mut rank = 0;
    for (key, value) in &front {
        let this = match key.as_str() {
            "title" => {
                doc.title = Some(value.clone()).filter(|t| !t.is_empty());
                continue;
            }
            "date" => 1,
            "effective" | "effective_date" => 2,
            "last_updated" | "updated" | "last_modified" => 3,
            "last_modified_at" => 4,
            _ => continue,
        };
        if this > rank
            && let Some(d) = value
                .get(..10)
                .and_then(|v| v.parse().ok())
                .or_else(|| super::dates::stated_date(&format!("effective {value}")))
        {
            doc.date = Some(d);
            rank = this;
        }
    }
    let body = kramdown_ids(body);
    let body = reference_links(&body);
    let body = wide_rows(&body, body_line, &mut doc.notes);
    template_tags(&body, body_line, &mut doc.notes);
    let lines = LineStarts::new(&body);
    let line = |offset: usize| lines.line(offset) + body_line;
    let options =
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_HEADING_ATTRIBUTES;
    let mut events = Parser::new_ext(&body, options).into_offset_iter();
    while let Some((event, range)) = events.next() {
        let start_line = line(range.start);
        match event {
            Event::Start(Tag::Heading { level, id, .. }) => {
                let mut text = String::new();
                for (event, _) in events.by_ref() {
                    match event {
                        Event::End(TagEnd::Heading(_)) => break,
                        Event::Text(t) | Event::Code(t) => text.push_str(&t),
                        Event::SoftBreak | Event::HardBreak => text.push(' '),
                        _ => {}
                    }
                }
                doc.parts.push(Part::Heading {
                    level: level as u8,
                    text: text.trim().to_string(),
                    id: id.map(|i| i.to_string()),
                    line: line(range.start),
                });
            }
            Event::Start(Tag::Table(_)) => {
                let mut header = Vec::new();
                let mut rows: Vec<Vec<String>> = Vec::new();
                let mut row_lines = Vec::new();
                let mut cell = String::new();
                let mut in_head = false;
                let mut end = range.end;
                for (event, r) in events.by_ref() {
                    match event {
                        Event::End(TagEnd::Table) => {
                            end = r.end;
                            break;
                        }
                        Event::Start(Tag::TableHead) => in_head = true,
                        Event::End(TagEnd::TableHead) => in_head = false,
                        Event::Start(Tag::TableRow) => {
                            rows.push(Vec::new());
                            row_lines.push(line(r.start));
                        }
                        Event::Start(Tag::TableCell) => cell.clear(),
                        Event::End(TagEnd::TableCell) => {
                            let text = cell.split_whitespace().collect::<Vec<_>>().join(" ");
                            if in_head {
                                header.push(text);
                            } else if let Some(row) = rows.last_mut() {
                                row.push(text);
                            }
                        }
                        Event::Text(t) | Event::Code(t) => cell.push_str(&t),
                        Event::SoftBreak | Event::HardBreak => cell.push(' '),
                        _ => {}
                    }
                }
                doc.parts.push(Part::Table(Table {
                    header,
                    rows,
                    row_lines,
                    line: line(range.start),
                    markdown: body[range.start..end].trim_end().to_string(),
                }));
            }
            Event::Start(Tag::HtmlBlock) => {
                let mut end = range.end;
                for (event, r) in events.by_ref() {
                    if let Event::End(TagEnd::HtmlBlock) = event {
                        end = r.end;
                        break;
                    }
                }
                let source = body[range.start..end].trim_end();
                let start_line = line(range.start);
                let tables = super::html::tables(source, source, start_line);
                match tables.as_slice() {
                    [table]
                        if source
                            .trim_start()
                            .to_ascii_lowercase()
                            .starts_with("<table") =>
                    {
                        let mut table = table.clone();
                        table.markdown = source.to_string();
                        doc.parts.push(Part::Table(table));
                    }
                    _ => doc.parts.push(Part::Prose(source.to_string())),
                }
            }
            Event::Start(_) => {
                // Any other block, as written.
                let mut depth = 1;
                let mut end = range.end;
                for (event, r) in events.by_ref() {
                    match event {
                        Event::Start(_) => depth += 1,
                        Event::End(_) => {
                            depth -= 1;
                            if depth == 0 {
                                end = r.end;
                                break;
                            }
                        }
                        _ => {}
                    }
                }
                end = end.max(range.end);
                doc.parts
                    .push(Part::Prose(body[range.start..end].trim_end().to_string()));
            }
            Event::Rule => doc.parts.push(Part::Prose("---".into())),
            _ => {}
        }
        doc.lines.resize(doc.parts.len(), start_line);
    }
    doc
}

/// Front matter as `key: value` pairs, the rest of the text, and the line it starts on
/// (less one). A fence may have trailing spaces, and YAML's may close with `...`.
fn front_matter(text: &str) -> (Vec<(String, String)>, &str, usize) {
    for fence in ["---", "+++"] {
        let Some(first_end) = text.find('\n') else {
            continue;
        };
        if text[..first_end].trim_end() != fence {
            continue;
        }
        let rest = &text[first_end + 1..];
        let mut offset = 0;
        let mut close = None;
        for line in rest.split_inclusive('\n') {
            let t = line.trim_end();
            if t == fence || (fence == "---" && t == "...") {
                close = Some((offset, offset + line.len()));
                break;
            }
            offset += line.len();
        }
        let Some((end, after)) = close else {
            continue;
        };
        let inner = &rest[..end];
        let pairs = inner
            .lines()
            .filter_map(|l| l.split_once([':', '=']))
            .map(|(k, v)| {
                (
                    k.trim().to_ascii_lowercase(),
                    v.trim().trim_matches(['"', '\'']).to_string(),
                )
            })
            .collect();
        return (pairs, &rest[after..], inner.lines().count() + 2);
    }
    (Vec::new(), text, 0)
}

/// Kramdown attribute lists (`{: #id .class key="value" }`) applied to their block: on
/// the line after a heading, its id becomes the heading's; after any other block, its id
/// stays a link target (`<a id>`); the rest is dropped. The line stays, so that line
/// numbers hold.
fn kramdown_ids(text: &str) -> String {
    let mut lines: Vec<String> = text.split('\n').map(String::from).collect();
    for i in 0..lines.len() {
        let t = lines[i].trim();
        let Some(inner) = t
            .strip_prefix("{:")
            .and_then(|t| t.strip_suffix('}'))
            .filter(|inner| !inner.starts_with(':'))
        else {
            continue;
        };
        let id = inner
            .split_whitespace()
            .filter_map(|w| w.strip_prefix('#'))
            .find(|id| {
                !id.is_empty()
                    && id
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            })
            .map(String::from);
        let after_heading = i > 0 && lines[i - 1].trim_start().starts_with('#');
        match id {
            Some(id) if after_heading => {
                let heading = lines[i - 1].trim_end().to_string();
                lines[i - 1] = format!("{heading} {{#{id}}}");
                lines[i].clear();
            }
            Some(id) => lines[i] = format!("<a id=\"{id}\"></a>"),
            None => lines[i].clear(),
        }
    }
    lines.join("\n")
}

/// Reference-style links (`[text][ref]`, `[ref][]`, `[ref]`) as inline links to the
/// target their definition (`[ref]: url`) gives, since a section's text is kept apart from
/// the definitions. Definitions stay (they show nothing).
fn reference_links(text: &str) -> String {
    let label = |l: &str| {
        l.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    let mut defs: HashMap<String, String> = HashMap::new();
    for line in text.lines() {
        let t = line.trim_start();
        if line.len() - t.len() > 3 || !t.starts_with('[') || t.starts_with("[^") {
            continue;
        }
        if let Some(close) = t.find("]:")
            && let Some(url) = t[close + 2..].split_whitespace().next()
        {
            defs.entry(label(&t[1..close]))
                .or_insert_with(|| url.trim_matches(['<', '>']).to_string());
        }
    }
    if defs.is_empty() {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after
            .find(']')
            .filter(|c| !after[..*c].contains(['[', '\n']))
        else {
            out.push('[');
            rest = after;
            continue;
        };
        let shown = &after[..close];
        let tail = &after[close + 1..];
        let (target, used) = if let Some(r) = tail.strip_prefix('[')
            && let Some(end) = r.find(']').filter(|e| !r[..*e].contains('\n'))
        {
            let key = if r[..end].trim().is_empty() {
                shown
            } else {
                &r[..end]
            };
            (defs.get(&label(key)), end + 2)
        } else if tail.starts_with(['(', ':']) {
            (None, 0)
        } else {
            (defs.get(&label(shown)), 0)
        };
        match target {
            Some(url) => {
                out.push_str(&format!("[{shown}]({url})"));
                rest = &tail[used..];
            }
            None => {
                out.push('[');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// A table row with more cells than its header would lose them: the header (and its
/// delimiter row) gets empty cells to match, with a note.
fn wide_rows(text: &str, body_line: usize, notes: &mut Vec<(usize, String)>) -> String {
    let cells = |l: &str| {
        l.trim()
            .trim_start_matches('|')
            .trim_end_matches('|')
            .split('|')
            .count()
    };
    let is_delimiter = |l: &str| {
        let t = l.trim();
        t.contains('-')
            && (t.contains('|') || t.starts_with('-'))
            && t.chars().all(|c| matches!(c, '|' | '-' | ':' | ' '))
    };
    let mut lines: Vec<String> = text.split('\n').map(String::from).collect();
    let mut i = 1;
    while i < lines.len() {
        if !(is_delimiter(&lines[i]) && lines[i - 1].contains('|')) {
            i += 1;
            continue;
        }
        let header = cells(&lines[i - 1]);
        let mut end = i + 1;
        while end < lines.len() && lines[end].contains('|') && !lines[end].trim().is_empty() {
            end += 1;
        }
        let widest = (i + 1..end).map(|r| cells(&lines[r])).max().unwrap_or(0);
        if widest > header {
            let extra = widest - header;
            let pad = |l: &str, cell: &str| {
                let t = l.trim_end();
                let t = t.strip_suffix('|').unwrap_or(t);
                format!("{t}{}|", format!("|{cell}").repeat(extra))
            };
            lines[i - 1] = pad(&lines[i - 1], " ");
            lines[i] = pad(&lines[i], "---");
            notes.push((
                i + body_line,
                format!(
                    "a table row has {widest} cells under a header of {header}: the extra cells are kept under empty headers"
                ),
            ));
        }
        i = end;
    }
    lines.join("\n")
}

/// Liquid or Jinja tags (`{% … %}`, `{{ … }}`) are the source site's templating, not the
/// policy's words: they stay as written, with a note.
fn template_tags(text: &str, body_line: usize, notes: &mut Vec<(usize, String)>) {
    for (i, line) in text.lines().enumerate() {
        if let Some(at) = line.find("{%").or_else(|| line.find("{{")) {
            let tag: String = line[at..].chars().take(40).collect();
            notes.push((
                i + 1 + body_line,
                format!("template tag {tag:?} (Liquid or Jinja) is kept as text: replace it with what the site showed"),
            ));
        }
    }
}

/// Line numbers (from 1) of byte offsets.
pub struct LineStarts(Vec<usize>);

impl LineStarts {
    pub fn new(text: &str) -> LineStarts {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineStarts(starts)
    }

    pub fn line(&self, offset: usize) -> usize {
        self.0.partition_point(|&s| s <= offset)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_front_matter_headings_tables_and_kramdown_ids() {
        let doc = read(
            "---\ntitle: Privacy Notice\nlast_updated: 2024-03-01\n---\n# Privacy\n\nIntro.\n\n## Who gets data\n{: #recipients-x}\n\n| Sub-processor | Country |\n|---|---|\n| Stripe | United States |\n",
        );
        assert_eq!(doc.title.as_deref(), Some("Privacy Notice"));
        assert_eq!(doc.date, Some(jiff::civil::date(2024, 3, 1)));
        let Part::Heading { id, line, .. } = &doc.parts[2] else {
            panic!("{:?}", doc.parts)
        };
        assert_eq!(id.as_deref(), Some("recipients-x"));
        assert_eq!(*line, 9);
        let Part::Table(t) = &doc.parts[3] else {
            panic!("{:?}", doc.parts)
        };
        assert_eq!(t.header, ["Sub-processor", "Country"]);
        assert_eq!(t.rows, [["Stripe", "United States"]]);
        assert_eq!(t.row_lines, [14]);
    }
}
