//! The folders of one company: its privacy notice's locale folders, and each document
//! folder (one with a document.toml) with its own locale folders, and the revision files
//! in each.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use jiff::civil::Date;

use super::company::load_company_info;
use super::listing::{Listed, read_dir_sorted};
use super::{RevisionFile, document, locale_message};
use crate::diagnostic::{Diagnostic, Diagnostics, relative_to};
use crate::model::{Company, Locale, LocaleHistory};
use crate::source::load::is_slug;

/// Reads `company.toml` and lists the company's documents (its notice first, then each
/// folder with a `document.toml`), their locale folders and revision files. The revision
/// files refer to the documents by their index in the list returned, from 0. `real`: `dir`
/// and the folders above it in the site are folders, not links (see
/// [`RevisionFile::inside`]).
pub(super) fn scan_company(
    root: &Path,
    slug: &str,
    dir: &Path,
    real: bool,
    files: &mut Vec<RevisionFile>,
    diags: &mut Diagnostics,
) -> Option<Vec<Company>> {
    let info_path = dir.join("company.toml");
    let info = if info_path.is_file() {
        load_company_info(root, &info_path, diags)
    } else {
        diags.push(Diagnostic::error(
            relative_to(root, dir),
            "the company has no company.toml: expected the controller's name, contact and default_locale there",
        ));
        None
    };
    let mut notice = Company {
        slug: slug.to_string(),
        path: slug.to_string(),
        document: None,
        source: relative_to(root, &info_path),
        info: info.clone().unwrap_or_default(),
        locales: Vec::new(),
        skipped_drafts: Vec::new(),
    };
    let mut documents = Vec::new();
    for (name, path, listed) in read_dir_sorted(root, dir, diags) {
        let rel = relative_to(root, &path);
        if name == "company.toml" {
            continue;
        }
        if !listed.is_dir(&path) {
            diags.push(Diagnostic::error(
                rel,
                "unexpected file: expected company.toml, locale folders and document folders only",
            ));
            continue;
        }
        let document_toml = path.join("document.toml");
        if document_toml.is_file() {
            if !is_slug(&name) {
                diags.push(Diagnostic::error(
                    rel,
                    format!("invalid document folder name {name:?}: expected lower-case ASCII letters, digits and '-'"),
                ));
                continue;
            }
            let Some((document, terms)) =
                document::load_document(root, &document_toml, &name, diags)
            else {
                continue;
            };
            let mut unit = Company {
                slug: slug.to_string(),
                path: format!("{slug}/{name}"),
                document: Some(document),
                source: relative_to(root, &info_path),
                info: notice.info.clone(),
                locales: Vec::new(),
                skipped_drafts: Vec::new(),
            };
            if let Some(locale) = terms.default_locale {
                unit.info.default_locale = locale;
            }
            if terms.notice.is_some() {
                unit.info.notice = terms.notice;
            }
            documents.push((path, unit, real && listed == Listed::Folder));
            continue;
        }
        let real = real && listed == Listed::Folder;
        scan_locale(
            root,
            &name,
            &path,
            real,
            0,
            &mut notice.locales,
            files,
            diags,
        );
    }
    let mut units = vec![notice];
    for (path, mut unit, real) in documents {
        let index = units.len();
        for (name, locale_path, listed) in read_dir_sorted(root, &path, diags) {
            if name == "document.toml" {
                continue;
            }
            if !listed.is_dir(&locale_path) {
                diags.push(Diagnostic::error(
                    relative_to(root, &locale_path),
                    "unexpected file: expected document.toml and locale folders only",
                ));
                continue;
            }
            scan_locale(
                root,
                &name,
                &locale_path,
                real && listed == Listed::Folder,
                index,
                &mut unit.locales,
                files,
                diags,
            );
        }
        units.push(unit);
    }
    info?;
    Some(units)
}

/// Lists one locale folder's revision files for the document at index `unit`; `real` as
/// for [`scan_company`].
#[allow(clippy::too_many_arguments)]
fn scan_locale(
    root: &Path,
    name: &str,
    path: &Path,
    real: bool,
    unit: usize,
    locales: &mut Vec<LocaleHistory>,
    files: &mut Vec<RevisionFile>,
    diags: &mut Diagnostics,
) {
    let rel = relative_to(root, path);
    let locale = match Locale::parse(name) {
        Ok(l) => l,
        Err(canonical) => {
            diags.push(Diagnostic::error(
                rel,
                format!(
                    "invalid locale folder: {} (a document's folder holds a document.toml)",
                    locale_message(name, canonical)
                ),
            ));
            return;
        }
    };
    let locale_index = locales.len();
    for (file_name, file_path, listed) in read_dir_sorted(root, path, diags) {
        let rel = relative_to(root, &file_path);
        match revision_date(&file_name) {
            Ok(date) if listed.is_file(&file_path) => files.push(RevisionFile {
                company: unit,
                locale: locale_index,
                date,
                path: file_path,
                inside: real && listed == Listed::File,
            }),
            Ok(_) => diags.push(Diagnostic::error(
                rel,
                "expected a revision file, found a folder",
            )),
            Err(why) => diags.push(Diagnostic::error(rel, why)),
        }
    }
    locales.push(LocaleHistory {
        locale,
        revisions: Vec::new(),
        declared_rights: BTreeMap::new(),
    });
}

/// Whether a document.toml states its own `default_locale`.
pub(super) fn document_sets_locale(root: &Path, source: &Path) -> bool {
    fs::read_to_string(root.join(source))
        .ok()
        .and_then(|t| t.parse::<toml::Table>().ok())
        .is_some_and(|t| t.contains_key("default_locale"))
}

/// The effective date a revision's file name gives (`2018-05-25.toml`).
pub(super) fn revision_date(file_name: &str) -> Result<Date, String> {
    let expected = "expected a revision file named YYYY-MM-DD.toml after the day it takes effect";
    let stem = file_name
        .strip_suffix(".toml")
        .ok_or_else(|| format!("unexpected file {file_name:?}: {expected}"))?;
    let b = stem.as_bytes();
    let shaped = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !shaped {
        return Err(format!("file name {file_name:?} is not a date: {expected}"));
    }
    let num = |r: std::ops::Range<usize>| stem[r].parse::<i16>().unwrap_or(0);
    Date::new(num(0..4), num(5..7) as i8, num(8..10) as i8)
        .map_err(|_| format!("file name {file_name:?} is not a real date: {expected}"))
}
