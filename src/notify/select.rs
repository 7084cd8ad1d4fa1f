//! What one run of `privsite notify` is about: the company, document and locale it was
//! asked for, each checked against the site, with a "did you mean" where one is unknown.

use std::collections::BTreeSet;

use super::Options;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::model::Site;

/// Checks `--company`, `--document` and `--locale` against `site`, and keeps in it only
/// the documents asked for: the privacy notice, or the one `--document` names.
pub(super) fn documents(site: &mut Site, options: &Options) -> Result<(), Diagnostics> {
    if let Some(slug) = &options.company
        && site.company(slug).is_none()
    {
        let slugs = site.companies.iter().map(|c| c.slug.as_str());
        return Err(Diagnostics(vec![Diagnostic::cannot_run(
            "content",
            format!(
                "no company {slug:?}: expected one of {}{}",
                slugs.clone().collect::<Vec<_>>().join(", "),
                crate::diagnostic::suggest::did_you_mean(slug, slugs)
            ),
        )]));
    }
    if let Some(doc) = &options.document {
        let known: BTreeSet<&str> = site
            .companies
            .iter()
            .filter(|c| options.company.as_ref().is_none_or(|s| *s == c.slug))
            .filter_map(|c| c.document_slug())
            .collect();
        if !known.contains(doc.as_str()) {
            return Err(Diagnostics(vec![Diagnostic::cannot_run(
                "--document",
                format!(
                    "no document {doc:?}{}: expected one of {}{}",
                    options
                        .company
                        .as_ref()
                        .map(|c| format!(" in {c}"))
                        .unwrap_or_default(),
                    known.iter().copied().collect::<Vec<_>>().join(", "),
                    crate::diagnostic::suggest::did_you_mean(doc, known.iter().copied())
                ),
            )]));
        }
    }
    // One document per run: the notice, or the one --document names.
    site.companies
        .retain(|c| c.document_slug() == options.document.as_deref());
    if let Some(locale) = &options.locale {
        // The locales of the companies asked for: a locale none of them has tells nobody.
        let known: BTreeSet<&str> = site
            .companies
            .iter()
            .filter(|c| options.company.as_ref().is_none_or(|s| *s == c.slug))
            .flat_map(|c| c.locales.iter().map(|l| l.locale.as_str()))
            .collect();
        if !known.contains(locale.as_str()) {
            let whose = match &options.company {
                Some(slug) => format!("{slug} has no locale {locale:?}"),
                None => format!("no company has locale {locale:?}"),
            };
            return Err(Diagnostics(vec![Diagnostic::cannot_run(
                "--locale",
                format!(
                    "{whose}: expected one of {}{}",
                    known.iter().copied().collect::<Vec<_>>().join(", "),
                    crate::diagnostic::suggest::did_you_mean(locale, known.iter().copied())
                ),
            )]));
        }
    }
    Ok(())
}
