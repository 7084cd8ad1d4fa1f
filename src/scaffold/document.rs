//! `privsite new <company> --document DOC --kind KIND`: a document beside the privacy
//! notice, `content/<company>/<doc>/document.toml` and a first draft revision with the
//! keys its kind needs, each fact a person must decide left out for `privsite check` to
//! ask for.

use std::path::{Path, PathBuf};

use jiff::civil::Date;

use super::{new_company_toml, revision, site_default_locale, write_new};
use crate::model::{DocumentKind, Locale};
use crate::source::load::is_slug;

/// Writes the document `doc` of kind `kind` for `company` (its company.toml too, where
/// the company is new), with a first draft revision in `locale` (else the site's default
/// locale) dated `today`. Returns the files written, relative to `root`.
pub fn new_document(
    root: &Path,
    company: &str,
    doc: &str,
    kind: &str,
    locale: Option<&str>,
    today: Date,
) -> Result<Vec<PathBuf>, String> {
    if !is_slug(company) || company.ends_with('-') {
        return Err(format!(
            "invalid company name {company:?}: expected lower-case ASCII letters, digits and '-', such as \"acme-ab\""
        ));
    }
    if !is_slug(doc) || doc.ends_with('-') {
        return Err(format!(
            "invalid document name {doc:?}: expected lower-case ASCII letters, digits and '-', such as \"cookies\" or \"subprocessors\""
        ));
    }
    let kind = DocumentKind::parse(kind)
        .ok_or_else(|| crate::diagnostic::suggest::unknown::<DocumentKind>(kind))?;
    let site_toml = root.join("site.toml");
    if !site_toml.is_file() {
        return Err(format!(
            "no site.toml in {}: run `privsite init` first, or pass the site folder with -C",
            root.display()
        ));
    }
    let locale = match locale {
        Some(tag) => tag.to_string(),
        None => site_default_locale(&site_toml)?,
    };
    let locale = Locale::parse(&locale).map_err(|canonical| match canonical {
        Some(c) => format!("locale {locale:?} is not in canonical form: expected {c:?}"),
        None => format!(
            "{locale:?} is not a BCP 47 language tag: expected one such as \"sv\", \"en\", \"pt-BR\""
        ),
    })?;
    let company_dir = Path::new("content").join(company);
    let folder = company_dir.join(doc);
    if root.join(&folder).exists() {
        return Err(format!(
            "{} already exists: expected a new document (`privsite revision {company} {locale} --document {doc}` adds a revision to it)",
            folder.display()
        ));
    }
    let mut files = Vec::new();
    if !root.join(&company_dir).join("company.toml").is_file() {
        files.push((company_dir.join("company.toml"), new_company_toml(&locale)));
    }
    files.push((folder.join("document.toml"), document_toml(kind)));
    files.push((
        folder.join(locale.as_str()).join(format!("{today}.toml")),
        first_revision(kind, locale.language() == "en"),
    ));
    write_new(root, &files)?;
    Ok(files.into_iter().map(|(p, _)| p).collect())
}

fn document_toml(kind: DocumentKind) -> String {
    let title = match kind {
        DocumentKind::Privacy => "Privacy notice",
        DocumentKind::Subprocessors => "Sub-processors",
        DocumentKind::Cookies => "Cookie declaration",
        DocumentKind::Dpa => "Data processing agreement",
        DocumentKind::Terms => "Terms",
        DocumentKind::Other => "TODO: the document's title",
    };
    format!(
        r#"# A document of the company beside its privacy notice. Keys: schemas/document.schema.json.
kind = "{kind}"
# The default title of its pages; a revision's own title wins.
title = "{title}"
# The locale of the reference text; default: the company's default_locale.
# default_locale = "en"

# This document's own promise before a material change; default: the company's [notice].
# [notice]
# days = 30
"#
    )
}

fn first_revision(kind: DocumentKind, english: bool) -> String {
    let head = "# A revision of the document, in force from the date in the file name.\n# Prose fields are Markdown. Keys: schemas/revision.schema.json.\ndraft = true\n";
    let body = match kind {
        DocumentKind::Privacy => return revision(false, english),
        DocumentKind::Cookies => COOKIES,
        DocumentKind::Subprocessors => SUBPROCESSORS,
        DocumentKind::Dpa | DocumentKind::Terms | DocumentKind::Other => PROSE,
    };
    format!("{head}{body}")
}

const COOKIES: &str = r#"title = "TODO: the declaration's title"
summary = ""
intro = "TODO: what the cookies below are for, and how to give or withdraw consent."

# One entry per cookie or similar storage. Leave out what the company does not state:
# `privsite check` asks for purpose, category and duration.
[[cookies]]
name = "TODO: the cookie's name, or a pattern such as _ga_*"
provider = "TODO: who sets or reads it"
purpose = "TODO: what it is for"
# category = "…"            necessary | preferences | statistics | marketing
# duration = "…"            "session", or an ISO 8601 duration such as "P1Y" or "P30D"
# party = "…"               first | third
# type = "cookie"           cookie | local-storage | session-storage | pixel | indexeddb
# countries = ["…"]         where the provider processes it (ISO 3166-1 alpha-2)
# safeguard = "…"           adequacy | scc | bcr | dpf | derogation, outside the EEA
"#;

const SUBPROCESSORS: &str = r#"title = "TODO: the list's title"
summary = ""
intro = "TODO: who the companies below process personal data for, and how customers are told of changes."

# One entry per sub-processor: what it does and where (`privsite check` asks for both).
[[processors]]
name = "TODO: the sub-processor's name"
purpose = "TODO: what it does with the data"
# data = "…"                which personal data it receives
# countries = ["…"]         where it processes data (ISO 3166-1 alpha-2)
# safeguard = "…"           adequacy | scc | bcr | dpf | derogation, outside the EEA
"#;

const PROSE: &str = r#"title = "TODO: the document's title"
summary = ""

[[sections]]
id = "terms"
title = "TODO: the first section's title"
body = """
TODO: the text.
"""
"#;
