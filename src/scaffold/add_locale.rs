//! `privsite new COMPANY --locale L` on a company that exists: starts a translation. The
//! company's reference revision (the one in force in its `default_locale`, drafts
//! skipped) is copied to `content/<company>/<L>/<date>.toml`, marked with
//! `translated_from = "<reference locale>"` and `draft = true`, so nothing half-translated
//! is published until the translator removes `draft`.

use std::fs;
use std::path::{Path, PathBuf};

use crate::model::Locale;

/// Adds `locale` to the company at `content/<company>/`, copying the reference revision
/// in force on `today` (else the first upcoming one). Returns the file written, relative
/// to `root`.
pub fn add_locale(
    root: &Path,
    company: &str,
    locale: &Locale,
    today: jiff::civil::Date,
) -> Result<Vec<PathBuf>, String> {
    let folder = Path::new("content").join(company);
    let company_toml = root.join(&folder).join("company.toml");
    let text = fs::read_to_string(&company_toml)
        .map_err(|e| format!("cannot read {}: {e}", company_toml.display()))?;
    let table: toml::Table = toml::from_str(&text)
        .map_err(|e| format!("{}: {}", company_toml.display(), e.message().trim()))?;
    let reference = table
        .get("default_locale")
        .and_then(|v| v.as_str())
        .ok_or_else(|| {
            format!(
                "{} has no default_locale: expected the locale translations start from",
                company_toml.display()
            )
        })?
        .to_string();
    if reference == locale.as_str() {
        return Err(format!(
            "{} is the reference locale of {company}: expected another locale to add",
            locale.as_str()
        ));
    }
    let target = folder.join(locale.as_str());
    if root.join(&target).exists() {
        return Err(format!(
            "{} already exists: {company} already has locale {}",
            target.display(),
            locale.as_str()
        ));
    }
    let reference_dir = root.join(&folder).join(&reference);
    let mut revisions: Vec<PathBuf> = fs::read_dir(&reference_dir)
        .map_err(|e| format!("cannot read {}: {e}", reference_dir.display()))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            p.extension().is_some_and(|e| e == "toml")
                && p.file_stem()
                    .and_then(|s| s.to_str())
                    .is_some_and(|s| s.parse::<jiff::civil::Date>().is_ok())
        })
        .collect();
    revisions.sort();
    let date_of = |p: &Path| {
        p.file_stem()
            .and_then(|s| s.to_str())
            .and_then(|s| s.parse::<jiff::civil::Date>().ok())
    };
    // Newest first among those in force, then the upcoming ones from the soonest.
    let (past, upcoming): (Vec<PathBuf>, Vec<PathBuf>) = revisions
        .into_iter()
        .partition(|p| date_of(p).is_some_and(|d| d <= today));
    let mut chosen = None;
    for path in past.iter().rev().chain(upcoming.iter()) {
        let text =
            fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let draft = toml::from_str::<toml::Table>(&text)
            .ok()
            .and_then(|t| t.get("draft").and_then(|d| d.as_bool()))
            .unwrap_or(false);
        if !draft {
            chosen = Some((path.clone(), text));
            break;
        }
    }
    let Some((source, text)) = chosen else {
        return Err(format!(
            "no published revision in {}: expected one to translate from",
            reference_dir.display()
        ));
    };
    let name = source.file_name().unwrap_or_default();
    let path = target.join(name);
    let copy = mark_translation(&text, &reference);
    let full = root.join(&path);
    fs::create_dir_all(root.join(&target))
        .map_err(|e| format!("cannot create {}: {e}", target.display()))?;
    fs::write(&full, copy).map_err(|e| format!("cannot write {}: {e}", full.display()))?;
    Ok(vec![path])
}

/// The revision text with `translated_from` and `draft = true` at the top (after any
/// leading comments), replacing those keys where the text had them.
fn mark_translation(text: &str, reference: &str) -> String {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut head = String::new();
    let mut body = String::new();
    let mut in_head = true;
    let mut in_tables = false;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim_start();
        if in_head && (trimmed.starts_with('#') || trimmed.trim().is_empty()) {
            head.push_str(line);
            continue;
        }
        in_head = false;
        if trimmed.starts_with('[') {
            in_tables = true;
        }
        let key = trimmed.split('=').next().unwrap_or("").trim();
        if !in_tables && (key == "draft" || key == "translated_from") {
            continue;
        }
        body.push_str(line);
    }
    format!(
        "{head}# Translated from the {reference} revision: translate every text, then remove\n# `draft = true` to publish it.\ntranslated_from = {reference:?}\ndraft = true\n\n{body}"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_a_copy_as_a_draft_translation() {
        let text = "#:schema x\n# a comment\n\ntitle = \"T\"\ndraft = false\n\n[[sections]]\nid = \"a\"\ndraft = \"kept\"\n";
        let marked = mark_translation(text, "sv");
        let table: toml::Table = toml::from_str(&marked).unwrap();
        assert_eq!(table["translated_from"].as_str(), Some("sv"));
        assert_eq!(table["draft"].as_bool(), Some(true));
        assert_eq!(table["title"].as_str(), Some("T"));
        assert!(marked.starts_with("#:schema x\n# a comment\n"));
        assert!(marked.contains("draft = \"kept\""));
    }
}
