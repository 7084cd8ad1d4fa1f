//! What an import writes: a revision as a source file, and `company.toml`.

use std::fmt::Write as _;

use super::Document;
use super::Part;
use super::mapping::Revision;

/// `company.toml` with what the texts state: an e-mail address, an organisation number.
pub fn company_toml(docs: &[&Document], locale: &str) -> String {
    let text: String = docs
        .iter()
        .rev()
        .flat_map(|d| d.parts.iter())
        .filter_map(|p| match p {
            Part::Prose(t) => Some(t.as_str()),
            _ => None,
        })
        .collect::<Vec<_>>()
        .join("\n");
    let mut out = String::from(
        "# Written by privsite import: only what the policy states. Fill in what it does not\n# (name, address, authority); `privsite check` lists what is missing.\n",
    );
    if let Some(email) = email(&text) {
        let _ = writeln!(out, "email = {}", toml_string(&email));
    }
    if let Some(org) = org_number(&text) {
        let _ = writeln!(out, "org_number = {}", toml_string(&org));
    }
    let _ = writeln!(out, "default_locale = {}", toml_string(locale));
    out
}

fn email(text: &str) -> Option<String> {
    text.split(|c: char| {
        c.is_whitespace() || matches!(c, '<' | '>' | '(' | ')' | '[' | ']' | '"' | ',')
    })
    .map(|w| {
        w.trim_start_matches("mailto:")
            .trim_end_matches(['.', ';', ':'])
    })
    .find(|w| {
        let Some((user, host)) = w.split_once('@') else {
            return false;
        };
        !user.is_empty()
            && host.contains('.')
            && !host.starts_with('.')
            && w.chars()
                .all(|c| c.is_alphanumeric() || "@._-+".contains(c))
    })
    .map(String::from)
}

/// A Swedish (556677-8899) or Finnish (1234567-8) organisation number.
fn org_number(text: &str) -> Option<String> {
    text.split(|c: char| !(c.is_ascii_digit() || c == '-'))
        .find(|w| {
            let Some((a, b)) = w.split_once('-') else {
                return false;
            };
            let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
            digits(a)
                && digits(b)
                && ((a.len() == 6 && b.len() == 4) || (a.len() == 7 && b.len() == 1))
        })
        .map(String::from)
}

/// A TOML string, quoted as toml_edit quotes it.
pub fn toml_string(s: &str) -> String {
    crate::source::edit::string(s)
}

/// A TOML string for Markdown: multi-line where it has lines.
fn toml_text(s: &str) -> String {
    crate::source::edit::prose(s).to_string()
}

impl Revision {
    /// The revision as a source file.
    pub fn to_toml(&self, dated_by: &str, origin: &str) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "# Imported by privsite import from {origin}");
        let _ = writeln!(out, "# Dated by {dated_by}.");
        let _ = writeln!(out, "title = {}", toml_string(&self.title));
        if let Some(announced) = &self.announced {
            let _ = writeln!(out, "announced = {announced}");
        }
        if let Some(summary) = &self.summary {
            let _ = writeln!(out, "summary = {}", toml_string(summary));
        }
        if let Some(intro) = &self.intro {
            let _ = writeln!(out, "intro = {}", toml_text(intro));
        }
        for s in &self.sections {
            let _ = writeln!(out, "\n[[sections]]");
            let _ = writeln!(out, "id = {}", toml_string(&s.id));
            let _ = writeln!(out, "title = {}", toml_string(&s.title));
            let _ = writeln!(out, "body = {}", toml_text(s.body.trim()));
        }
        for p in &self.processors {
            let _ = writeln!(out, "\n[[processors]]");
            let _ = writeln!(out, "name = {}", toml_string(&p.name));
            if !p.formerly.is_empty() {
                let list: Vec<String> = p.formerly.iter().map(|f| toml_string(f)).collect();
                let _ = writeln!(out, "formerly = [{}]", list.join(", "));
            }
            if let Some(v) = &p.purpose {
                let _ = writeln!(out, "purpose = {}", toml_string(v));
            }
            if let Some(v) = &p.data {
                let _ = writeln!(out, "data = {}", toml_string(v));
            }
            if !p.countries.is_empty() {
                let list: Vec<String> = p.countries.iter().map(|c| toml_string(c)).collect();
                let _ = writeln!(out, "countries = [{}]", list.join(", "));
            }
            if !p.regions.is_empty() {
                let list: Vec<String> = p.regions.iter().map(|r| toml_string(r.as_str())).collect();
                let _ = writeln!(out, "regions = [{}]", list.join(", "));
            }
            if let Some(v) = &p.headquarters {
                let _ = writeln!(out, "headquarters = {}", toml_string(v));
            }
            if let Some(v) = &p.group {
                let _ = writeln!(out, "group = {}", toml_string(v));
            }
            if let Some(v) = &p.url {
                let _ = writeln!(out, "url = {}", toml_string(v));
            }
        }
        out
    }
}
