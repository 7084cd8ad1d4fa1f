//! `/` (companies and their languages, `index.html`), `/<company>/` (the company's
//! languages, `company.html`) and `/404.html`. The index and the 404 page speak every
//! language the site has.

use serde::Serialize;

use super::Renderer;
use super::context::PageContext;
use super::context::company_view;
use crate::model::Company;
use crate::plan::paths;

#[derive(Serialize)]
pub(super) struct LocaleEntry {
    pub(super) lang: String,
    pub(super) label: String,
    pub(super) href: String,
    pub(super) title: String,
    pub(super) in_force: Option<String>,
    /// The site chose that date (the text states none): the revision's `date_note`.
    pub(super) date_chosen: bool,
    /// A copy kept as a record, not a policy the company maintains here.
    pub(super) archived: bool,
}

/// One of a company's documents with its languages.
#[derive(Serialize)]
pub(super) struct DocumentEntry {
    /// Its kind, in the site's default language.
    pub(super) kind: String,
    /// Its title from document.toml, where given.
    pub(super) title: Option<String>,
    pub(super) locales: Vec<LocaleEntry>,
}

/// One language of the site, for the pages that speak all of them (index, 404).
#[derive(Serialize)]
pub(super) struct SiteLanguage {
    pub(super) lang: String,
    pub(super) label: String,
    pub(super) dir: &'static str,
    pub(super) site_title: String,
    pub(super) intro: String,
    pub(super) not_found_title: String,
    pub(super) not_found_text: String,
    pub(super) not_found_home: String,
}

impl<'a> Renderer<'a> {
    pub(super) fn index_context(&self) -> PageContext {
        let companies = &self.site.companies;
        let mut entries: Vec<(&str, serde_json::Value)> = (0..companies.len())
            .filter(|&ci| ci == 0 || companies[ci - 1].slug != companies[ci].slug)
            .map(|ci| (companies[ci].slug.as_str(), self.index_entry(ci)))
            .chain(
                self.digests
                    .iter()
                    .map(|d| (d.slug.as_str(), d.index_entry.clone())),
            )
            .collect();
        entries.sort_by(|a, b| a.0.cmp(b.0));
        let entries: Vec<serde_json::Value> = entries.into_iter().map(|(_, e)| e).collect();
        let mut context = self.new_context();
        context.insert("companies", &entries);
        context.insert("languages", &self.site_languages());
        context
    }

    /// The index's entry for the company whose first document is `first`: its notice's
    /// languages and its other documents.
    pub(super) fn index_entry(&self, first: usize) -> serde_json::Value {
        #[derive(Serialize)]
        struct Entry<'a> {
            display_name: &'a str,
            href: String,
            /// The privacy notice's languages (none where the company has no notice).
            locales: Vec<LocaleEntry>,
            /// The company's other documents, each with its languages.
            documents: Vec<DocumentEntry>,
        }
        let companies = &self.site.companies;
        let c = &companies[first];
        let mut entry = Entry {
            display_name: c.display_name(),
            href: paths::company(&c.slug),
            locales: Vec::new(),
            documents: Vec::new(),
        };
        for ci in self.site.units_of(&c.slug) {
            let unit = &companies[ci];
            match unit.document {
                // A company with no notice: its first document is listed as one.
                Some(_) => entry.documents.push(self.document_entry(ci, unit, "./")),
                None => entry.locales = self.locale_entries(ci, unit, "./"),
            }
        }
        serde_json::to_value(&entry).unwrap_or_default()
    }

    /// A document other than the notice, for the index and the company's page.
    fn document_entry(&self, ci: usize, c: &Company, root: &str) -> DocumentEntry {
        let lang = self.site.config.default_locale.as_str();
        let ui = self.messages.interface_locale(lang);
        DocumentEntry {
            kind: self.t(ui, &format!("document-kind-{}", c.kind().as_str()), &[]),
            title: c.document.as_ref().and_then(|d| d.title.clone()),
            locales: self.locale_entries(ci, c, root),
        }
    }

    /// `/404.html`: its few words in every language the site has.
    pub(super) fn not_found_context(&self) -> PageContext {
        let mut context = self.new_context();
        context.insert("languages", &self.site_languages());
        context
    }

    /// Every locale the site has pages in, the default first, each with the texts the
    /// index and the 404 page show in it. A locale whose texts are the same as one listed
    /// before (a locale without messages of its own) is left out, so no text is repeated.
    pub(super) fn site_languages(&self) -> Vec<SiteLanguage> {
        let default = &self.site.config.default_locale;
        let mut locales: Vec<&str> = vec![default.as_str()];
        let loaded = self
            .site
            .companies
            .iter()
            .flat_map(|c| c.locales.iter().map(|h| h.locale.as_str()));
        let elsewhere = self
            .digests
            .iter()
            .flat_map(|d| d.locales.iter().map(String::as_str));
        for locale in loaded.chain(elsewhere) {
            if !locales.contains(&locale) {
                locales.push(locale);
            }
        }
        locales[1..].sort();
        let mut out: Vec<SiteLanguage> = Vec::new();
        for lang in locales {
            let text = |key: &str| self.t(lang, key, &[]);
            let ui = self.messages.interface_locale(lang);
            let entry = SiteLanguage {
                lang: ui.to_string(),
                label: self.language_label(lang),
                dir: crate::text::cldr::direction(ui),
                site_title: self
                    .messages
                    .get_own(lang, "site-title")
                    .unwrap_or_else(|| self.site.config.title.clone()),
                intro: text("index-intro"),
                not_found_title: text("not-found-title"),
                not_found_text: text("not-found-text"),
                not_found_home: text("not-found-home"),
            };
            if !out.iter().any(|o| o.not_found_text == entry.not_found_text) {
                out.push(entry);
            }
        }
        out
    }

    pub(super) fn locale_entries(&self, ci: usize, c: &Company, root: &str) -> Vec<LocaleEntry> {
        c.locales
            .iter()
            .enumerate()
            .map(|(li, h)| {
                let t = &self.plan.timelines[ci][li];
                LocaleEntry {
                    lang: h.locale.to_string(),
                    label: self.language_label(h.locale.as_str()),
                    href: format!("{root}{}", paths::current(&c.path, h.locale.as_str())),
                    title: h.revisions[t.current_index()].title.clone(),
                    in_force: t.in_force.map(|i| h.revisions[i].date.to_string()),
                    date_chosen: t
                        .in_force
                        .is_some_and(|i| h.revisions[i].date_note.is_some()),
                    archived: t
                        .in_force
                        .is_some_and(|i| h.revisions[i].archived_note(&c.info).is_some()),
                }
            })
            .collect()
    }

    pub(super) fn company_context(&self, c: &Company) -> PageContext {
        let companies = &self.site.companies;
        let units: Vec<usize> = self.site.units_of(&c.slug).collect();
        let mut context = self.new_context();
        context.insert("company", &company_view(c));
        let notice = units.iter().find(|&&i| companies[i].document.is_none());
        let locales =
            notice.map_or_else(Vec::new, |&i| self.locale_entries(i, &companies[i], "../"));
        context.insert("locales", &locales);
        let documents: Vec<DocumentEntry> = units
            .iter()
            .filter(|&&i| companies[i].document.is_some())
            .map(|&i| self.document_entry(i, &companies[i], "../"))
            .collect();
        context.insert("documents", &documents);
        context
    }
}
