//! `privsite diff`: two revisions of one company's locale compared, loading only that
//! company, with the comparison told in that locale's words.

use std::collections::BTreeSet;
use std::path::Path;

use jiff::civil::Date;

use crate::diagnostic::{Diagnostic, Diagnostics, suggest};
use crate::diff::{self, told};
use crate::model;
use crate::source::load::{self, LoadOptions};
use crate::text::i18n;

/// Two revisions of one company's locale compared, with the comparison told in that
/// locale's words: what `privsite diff` prints.
#[derive(Debug)]
pub struct Comparison {
    pub company: String,
    pub locale: model::Locale,
    pub old: model::Revision,
    pub new: model::Revision,
    pub diff: diff::RevisionDiff,
    pub summary: String,
    /// Per section of `diff`, its notes (moved, split, merged…) in the locale's words.
    pub section_notes: Vec<Vec<String>>,
    pub processor_changes: Vec<told::ChangeLine>,
    pub cookie_changes: Vec<told::ChangeLine>,
    pub warnings: Diagnostics,
}

/// Compares two revisions of `company` in `locale`. `to` defaults to the revision in force
/// on the build date (or the first one, if none is yet), `from` to the one before `to`.
pub fn compare(
    root: &Path,
    date: Date,
    options: LoadOptions,
    company: &str,
    document: Option<&str>,
    locale: &str,
    (from, to): (Option<Date>, Option<Date>),
) -> Result<Comparison, Diagnostics> {
    let fail = |message: String| Diagnostics(vec![Diagnostic::cannot_run("content", message)]);
    // Only this company is loaded: another one's broken source does not stop a diff.
    let config = load::load_settings(root)?;
    let (found, mut diags) = match load::is_slug(company) {
        true => load::load_company(root, company, options, None)?,
        false => (Vec::new(), Diagnostics::default()),
    };
    if found.is_empty() {
        let folders = load::company_folders(root);
        return Err(fail(format!(
            "no company {company:?}: expected one of {}{}",
            folders.join(", "),
            suggest::did_you_mean(company, folders.iter().map(String::as_str))
        )));
    }
    let company_model = found
        .iter()
        .find(|c| c.document_slug() == document)
        .ok_or_else(|| fail(load::unknown_document(company, document, &found)))?;
    let company = company_model.path.as_str();
    let history = company_model
        .locales
        .iter()
        .find(|l| l.locale.as_str() == locale)
        .ok_or_else(|| {
            let known: Vec<&str> = company_model
                .locales
                .iter()
                .map(|l| l.locale.as_str())
                .collect();
            fail(format!(
                "{company} has no locale {locale:?}: expected one of {}{}",
                known.join(", "),
                suggest::did_you_mean(locale, known.iter().copied())
            ))
        })?;
    let dates: Vec<String> = history
        .revisions
        .iter()
        .map(|r| r.date.to_string())
        .collect();
    let find = |d: Date| {
        history
            .revisions
            .iter()
            .position(|r| r.date == d)
            .ok_or_else(|| {
                fail(format!(
                    "{company}/{locale} has no revision dated {d}: expected one of {}",
                    dates.join(", ")
                ))
            })
    };
    let to_index = match to {
        Some(d) => find(d)?,
        None => history
            .revisions
            .iter()
            .rposition(|r| r.date <= date)
            .unwrap_or(0),
    };
    let from_index = match from {
        Some(d) => find(d)?,
        None => to_index.checked_sub(1).ok_or_else(|| {
            fail(format!(
                "{company}/{locale} has only one revision up to {}: nothing to compare it with",
                dates[to_index]
            ))
        })?,
    };
    let (old, new) = (
        history.revisions[from_index].clone(),
        history.revisions[to_index].clone(),
    );
    let locales: BTreeSet<model::Locale> = [history.locale.clone()].into();
    let messages = i18n::Messages::load(root, &config, &locales, &mut diags);
    let diff = diff::diff_revisions(&old, &new);
    Ok(Comparison {
        company: company.to_string(),
        summary: told::summary(&messages, locale, &diff.counts),
        section_notes: diff
            .sections
            .iter()
            .map(|s| {
                s.notes
                    .iter()
                    .map(|n| told::section_note(&messages, locale, n))
                    .collect()
            })
            .collect(),
        processor_changes: told::processor_lines(&messages, locale, &diff.processors),
        cookie_changes: diff::cookies::lines(&messages, locale, &diff.cookies),
        locale: history.locale.clone(),
        old,
        new,
        diff,
        warnings: diags,
    })
}
