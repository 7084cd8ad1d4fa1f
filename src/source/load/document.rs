//! `content/<company>/<doc>/document.toml`: a document other than the privacy notice.

use std::path::Path;

use serde::Deserialize;
use toml::Spanned;

use super::SourceFile;
use super::company::{RawNotice, notice_terms};
use super::parse_locale;
use crate::diagnostic::Diagnostics;
use crate::model::{Document, DocumentKind, Locale, NoticeTerms};

/// `content/<company>/<doc>/document.toml` as written.
#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "privsite document.toml",
    description = "A document a company publishes beside its privacy notice (content/<company>/<doc>/), with its revisions in content/<company>/<doc>/<locale>/<YYYY-MM-DD>.toml."
)]
pub(crate) struct RawDocument {
    /// What the document is: privacy, subprocessors, cookies, dpa, terms or other. Each
    /// kind has its own rules in `privsite check`.
    #[schemars(with = "String", extend("enum" = ["privacy", "subprocessors", "cookies", "dpa", "terms", "other"]))]
    kind: Spanned<String>,
    /// The default title of its pages; a revision's own title wins.
    title: Option<String>,
    /// The locale whose text is the reference; default: the company's.
    #[schemars(
        with = "Option<String>",
        regex(pattern = r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
    )]
    default_locale: Option<Spanned<String>>,
    /// This document's own promise before a material change; default: the company's.
    notice: Option<RawNotice>,
}

/// What document.toml says beyond the document itself: where it differs from the company.
pub(super) struct DocumentTerms {
    pub(super) default_locale: Option<Locale>,
    pub(super) notice: Option<NoticeTerms>,
}

pub(super) fn load_document(
    root: &Path,
    path: &Path,
    slug: &str,
    diags: &mut Diagnostics,
) -> Option<(Document, DocumentTerms)> {
    let file = SourceFile::read(root, path)
        .map_err(|d| diags.push(d))
        .ok()?;
    let before = diags.0.len();
    let raw: RawDocument = file.parse(crate::source::schema::document(), &[], diags)?;
    let kind = DocumentKind::parse(raw.kind.get_ref());
    if kind.is_none() {
        diags.push(file.error(
            &raw.kind,
            crate::diagnostic::suggest::unknown::<DocumentKind>(raw.kind.get_ref()),
        ));
    }
    let default_locale = raw
        .default_locale
        .as_ref()
        .and_then(|l| parse_locale(&file, l, diags));
    let notice = raw.notice.map(|n| notice_terms(&file, n, diags));
    if let Some(title) = &raw.title
        && title.trim().is_empty()
    {
        diags.push(crate::diagnostic::Diagnostic::error(
            &file.rel,
            "empty title: expected the document's title, or no `title` key",
        ));
    }
    if diags.0.len() > before {
        return None;
    }
    Some((
        Document {
            slug: slug.to_string(),
            kind: kind?,
            title: raw.title,
            source: file.rel.clone(),
        },
        DocumentTerms {
            default_locale,
            notice,
        },
    ))
}
