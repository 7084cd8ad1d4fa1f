//! `privsite new COMPANY --locale L` on a company that exists: starts a translation. The
//! company's reference revision (the one in force in its `default_locale`, drafts
//! skipped) is copied to `content/<company>/<L>/<date>.toml`, marked with
//! `translated_from = "<reference locale>"` and `draft = true`, so nothing half-translated
//! is published until the translator removes `draft`.

use std::fs;
use std::path::{Path, PathBuf};

use toml_edit::{DocumentMut, Item, Key, Table};

use crate::model::Locale;
use crate::source::edit;

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
    let copy = mark_translation(&text, &reference).map_err(|e| {
        format!(
            "{} is not valid TOML ({e}): fix it before copying it",
            source.display()
        )
    })?;
    let full = root.join(&path);
    fs::create_dir_all(root.join(&target))
        .map_err(|e| format!("cannot create {}: {e}", target.display()))?;
    fs::write(&full, copy).map_err(|e| format!("cannot write {}: {e}", full.display()))?;
    Ok(vec![path])
}

/// The revision text with `translated_from` and `draft = true` at the top (after any
/// leading comments), replacing those keys where the text had them; every other key,
/// comment and blank line is kept as it was. `Err` holds why the text is not TOML.
pub(crate) fn mark_translation(text: &str, reference: &str) -> Result<String, String> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut doc: DocumentMut = text
        .parse()
        .map_err(|e: toml_edit::TomlError| e.message().trim().replace('\n', " "))?;
    let root = doc.as_table_mut();
    let keys: Vec<String> = root.iter().map(|(k, _)| k.to_string()).collect();
    let mut entries: Vec<(Key, Item)> = keys.iter().filter_map(|k| root.remove_entry(k)).collect();
    // What stood above the first key (a schema line, a note) stays at the top of the file;
    // a comment above a replaced key moves to the key after it.
    let mut head = None;
    let mut carried = String::new();
    entries.retain_mut(|(key, item)| {
        if !item.is_value() {
            return true;
        }
        let prefix = key.leaf_decor().prefix().and_then(|p| p.as_str());
        let mut prefix = prefix.unwrap_or("").to_string();
        if head.is_none() {
            head = Some(std::mem::take(&mut prefix));
        }
        if matches!(key.get(), "draft" | "translated_from") {
            carried.push_str(&prefix);
            return false;
        }
        let prefix = format!("{}{prefix}", std::mem::take(&mut carried));
        key.leaf_decor_mut().set_prefix(prefix);
        true
    });
    // Comments above a replaced key after the last other key go before the first table.
    if !carried.is_empty()
        && let Some(table) = first_table(&mut entries)
    {
        let prefix = table
            .decor()
            .prefix()
            .and_then(|p| p.as_str())
            .unwrap_or("");
        let prefix = format!("{carried}{prefix}");
        table.decor_mut().set_prefix(prefix);
        carried.clear();
    }
    // A blank line between the new keys and what came after them.
    let next = match entries.iter_mut().find(|(_, item)| item.is_value()) {
        Some((key, _)) => Some(key.leaf_decor_mut()),
        None => first_table(&mut entries).map(Table::decor_mut),
    };
    let head = match (head, next) {
        (Some(head), Some(next)) => {
            let prefix = next.prefix().and_then(|p| p.as_str()).unwrap_or("");
            next.set_prefix(format!("\n{prefix}"));
            head
        }
        (None, Some(next)) => {
            let head = next.prefix().and_then(|p| p.as_str()).unwrap_or("");
            let head = head.to_string();
            next.set_prefix("\n");
            head
        }
        (head, None) => {
            let trailing = doc.trailing().as_str().unwrap_or("").to_string();
            doc.set_trailing(format!("\n{carried}"));
            head.unwrap_or(trailing)
        }
    };
    let root = doc.as_table_mut();
    edit::push(
        root,
        "translated_from",
        reference,
        &format!(
            "{head}# Translated from the {reference} revision: translate every text, then remove\n\
             # `draft = true` to publish it.\n"
        ),
    );
    edit::push(root, "draft", true, "");
    for (key, item) in entries {
        root.insert_formatted(&key, item);
    }
    crate::scaffold::forget_decisions(&mut doc);
    Ok(doc.to_string())
}

/// The table among `entries` written first (by its place in the file it was read from).
fn first_table(entries: &mut [(Key, Item)]) -> Option<&mut Table> {
    entries
        .iter_mut()
        .filter_map(|(_, item)| match item {
            Item::Table(table) => Some(table),
            Item::ArrayOfTables(tables) => tables.iter_mut().next(),
            _ => None,
        })
        .min_by_key(|table| table.position())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_a_copy_as_a_draft_translation() {
        let text = "#:schema x\n# a comment\n\ntitle = \"T\"\ndraft = false\n\n[[sections]]\nid = \"a\"\ndraft = \"kept\"\n";
        let marked = mark_translation(text, "sv").unwrap();
        let table: toml::Table = toml::from_str(&marked).unwrap();
        assert_eq!(table["translated_from"].as_str(), Some("sv"));
        assert_eq!(table["draft"].as_bool(), Some(true));
        assert_eq!(table["title"].as_str(), Some("T"));
        assert!(marked.starts_with("#:schema x\n# a comment\n"));
        assert!(marked.contains("draft = \"kept\""));
        assert_eq!(
            marked,
            "#:schema x\n# a comment\n\n# Translated from the sv revision: translate every text, then remove\n\
             # `draft = true` to publish it.\ntranslated_from = \"sv\"\ndraft = true\n\n\
             title = \"T\"\n\n[[sections]]\nid = \"a\"\ndraft = \"kept\"\n"
        );
    }

    #[test]
    fn a_file_of_tables_only_gets_the_keys_above_its_first_table() {
        let text = "# top\n[[sections]]\nid = \"a\"\n";
        let marked = mark_translation(text, "en").unwrap();
        assert!(
            marked.starts_with("# top\n# Translated from the en revision"),
            "{marked}"
        );
        assert!(
            marked.ends_with("draft = true\n\n[[sections]]\nid = \"a\"\n"),
            "{marked}"
        );
    }

    #[test]
    fn text_that_is_not_toml_is_refused() {
        assert!(mark_translation("title = ", "en").is_err());
    }
}
