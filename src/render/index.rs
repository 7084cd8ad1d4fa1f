//! `/` (companies and their languages, `index.html`), `/<company>/` (the company's
//! languages, `company.html`) and `/404.html`.

use serde::Serialize;

use crate::model::Company;
use crate::plan::paths;

use super::*;

#[derive(Serialize)]
pub(super) struct LocaleEntry {
    pub(super) lang: String,
    pub(super) label: String,
    pub(super) href: String,
    pub(super) title: String,
    pub(super) in_force: Option<String>,
}

impl<'a> Renderer<'a> {
    pub(super) fn index_context(&self) -> PageContext {
        #[derive(Serialize)]
        struct Entry<'a> {
            display_name: &'a str,
            href: String,
            locales: Vec<LocaleEntry>,
        }
        let companies: Vec<Entry> = self
            .site
            .companies
            .iter()
            .enumerate()
            .map(|(ci, c)| Entry {
                display_name: c.display_name(),
                href: paths::company(&c.slug),
                locales: self.locale_entries(ci, c, "./"),
            })
            .collect();
        let mut context = self.new_context();
        context.insert("companies", &companies);
        context
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
                    href: format!("{root}{}", paths::current(&c.slug, h.locale.as_str())),
                    title: h.revisions[t.current_index()].title.clone(),
                    in_force: t.in_force.map(|i| h.revisions[i].date.to_string()),
                }
            })
            .collect()
    }

    pub(super) fn company_context(&self, c: &Company) -> PageContext {
        let ci = self
            .site
            .companies
            .iter()
            .position(|x| x.slug == c.slug)
            .unwrap_or(0);
        let mut context = self.new_context();
        context.insert("company", &company_view(c));
        context.insert("locales", &self.locale_entries(ci, c, "../"));
        context
    }
}
