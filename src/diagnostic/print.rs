//! The one way diagnostics are shown, by `build`, `check` and every other command: each as
//! rustc shows one ([`Diagnostic::render`]: the message, the source line with the token at
//! fault underlined, the hint), or many grouped by rule for a screen-sized summary
//! ([`grouped`]: a count per rule, the places, the hint once).

use std::path::Path;

use super::{Diagnostic, Level, byte_of_column};

impl Diagnostic {
    /// The diagnostic as rustc shows one: `error: file:line:column: message`, then the
    /// source line with the token at fault underlined. With `color`, in ANSI colours
    /// (print it through `anstream`, which removes them where the output is no terminal
    /// or `NO_COLOR` is set).
    pub fn render(&self, color: bool) -> String {
        use annotate_snippets::{AnnotationKind, Renderer, Snippet};
        let level = match self.level {
            Level::Deny => annotate_snippets::Level::ERROR,
            _ => annotate_snippets::Level::WARNING,
        };
        let title = match self.rule {
            Some(rule) => format!("{}: {} [{rule}]", self.location(), self.message),
            None => format!("{}: {}", self.location(), self.message),
        };
        let renderer = if color {
            Renderer::styled()
        } else {
            Renderer::plain()
        };
        let group = level.primary_title(title.as_str());
        let mut shown = match (&self.source_line, self.position) {
            (Some(line), Some(pos)) => {
                let start = byte_of_column(line, pos.column);
                let end = byte_of_column(line, pos.column + self.width.max(1)).max(start);
                // An empty span (at the end of a line) still gets one caret.
                let (line, end) = if end == start {
                    (format!("{line} "), start + 1)
                } else {
                    (line.clone(), end)
                };
                let snippet = Snippet::source(line.as_str())
                    .line_start(pos.line)
                    .annotation(AnnotationKind::Primary.span(start..end));
                renderer.render(&[group.element(snippet)])
            }
            _ => renderer.render(&[annotate_snippets::Group::with_title(group)]),
        };
        if let Some(hint) = &self.hint {
            shown = format!("{}\n  hint: {hint}\n", shown.trim_end());
        }
        shown
    }
}

/// Diagnostics grouped by rule and level, in the order given: a heading with the count
/// and what is wrong, the places (one line per file, its positions together), the hint
/// once. Where the messages of a group all say the same, the message heads the group;
/// where they differ only in quoted names (`processor "Stripe" names no country`), the
/// names follow each position; otherwise each keeps its own line and message.
pub fn grouped(diags: &[Diagnostic]) -> String {
    let mut groups: Vec<(Option<&str>, Level, Vec<&Diagnostic>)> = Vec::new();
    for d in diags {
        match groups
            .iter_mut()
            .find(|(rule, level, _)| *rule == d.rule && *level == d.level)
        {
            Some((_, _, found)) => found.push(d),
            None => groups.push((d.rule, d.level, vec![d])),
        }
    }
    groups
        .iter()
        .map(|(rule, level, found)| group(*rule, *level, found))
        .collect()
}

/// One line per rule: its count, how many files, and what it found (the message, or its
/// shape with the quoted names left out where they differ). For warnings on one screen.
pub fn summarized(diags: &[Diagnostic]) -> String {
    let mut groups: Vec<(Option<&str>, Level, Vec<&Diagnostic>)> = Vec::new();
    for d in diags {
        match groups
            .iter_mut()
            .find(|(rule, level, _)| *rule == d.rule && *level == d.level)
        {
            Some((_, _, found)) => found.push(d),
            None => groups.push((d.rule, d.level, vec![d])),
        }
    }
    let template = |m: &str| {
        m.split('"')
            .enumerate()
            .map(|(i, part)| if i % 2 == 1 { "…" } else { part })
            .collect::<Vec<_>>()
            .join("\"")
    };
    let mut out = String::new();
    for (rule, level, found) in groups {
        let word = if level == Level::Deny { "deny" } else { "warn" };
        let files: std::collections::BTreeSet<&Path> =
            found.iter().map(|f| f.file.as_path()).collect();
        let count = found.len();
        let first = &found[0].message;
        let shape = template(first);
        let what = if found.iter().all(|f| f.message == *first) {
            format!(": {first}")
        } else if found.iter().all(|f| template(&f.message) == shape) {
            format!(": {shape}")
        } else {
            String::new()
        };
        out.push_str(&format!(
            "{word}[{}] {count} finding{} in {} file{}{what}\n",
            rule.unwrap_or("-"),
            if count == 1 { "" } else { "s" },
            files.len(),
            if files.len() == 1 { "" } else { "s" },
        ));
    }
    out
}

fn group(rule: Option<&str>, level: Level, found: &[&Diagnostic]) -> String {
    let count = found.len();
    let word = match level {
        Level::Deny => "deny",
        _ => "warn",
    };
    let plural = if count == 1 { "" } else { "s" };
    let mut out = match rule {
        Some(rule) => format!("{word}[{rule}] {count} finding{plural}"),
        None => format!("{word} {count} finding{plural}"),
    };
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
    let mut hints: Vec<&str> = found.iter().filter_map(|f| f.hint.as_deref()).collect();
    hints.dedup();
    for hint in hints.iter().filter(|h| !h.is_empty()) {
        out.push_str(&format!("  hint: {hint}\n"));
    }
    out
}
