//! `/<company>/<locale>/policy.json`, `processors.json` and `processors.csv`: written by
//! [`crate::render::export`] directly, not by a template.

use super::Renderer;
use crate::plan::{Page, PageKind};
use crate::render::export;

impl<'a> Renderer<'a> {
    /// The text of a machine-readable export, written directly rather than by a template.
    pub(super) fn export(&self, page: &Page) -> Option<String> {
        let (PageKind::PolicyJson { company, locale }
        | PageKind::ProcessorsJson { company, locale }
        | PageKind::ProcessorsCsv { company, locale }
        | PageKind::CurrentJson { company, locale }
        | PageKind::RevisionsJson { company, locale }
        | PageKind::CookiesJson { company, locale }
        | PageKind::CookiesCsv { company, locale }) = page.kind
        else {
            return None;
        };
        let c = &self.site.companies[company];
        let (h, t) = (&c.locales[locale], &self.plan.timelines[company][locale]);
        Some(match page.kind {
            PageKind::PolicyJson { .. } => export::policy_json(self.site, c, h, t),
            PageKind::ProcessorsJson { .. } => {
                let shown = &h.revisions[t.current_index()];
                let listed_in =
                    self.site
                        .processors_listed_in(c, &h.locale, shown)
                        .map(|(list, lh, _)| {
                            let path =
                                crate::plan::paths::processors_json(&list.path, lh.locale.as_str());
                            self.site.config.url(&path)
                        });
                export::processors_json(c, h, t, listed_in)
            }
            PageKind::CurrentJson { .. } => {
                let hashes = &self.caches[company].text_hashes[locale];
                super::manifest::current_json(self.site, c, h, t, hashes)
            }
            PageKind::RevisionsJson { .. } => {
                let hashes = &self.caches[company].text_hashes[locale];
                super::manifest::revisions_json(self.site, c, h, t, hashes)
            }
            PageKind::CookiesJson { .. } => super::cookies::cookies_json(self.site, c, h, t),
            PageKind::CookiesCsv { .. } => super::cookies::cookies_csv(h, t),
            _ => export::processors_csv(c, h, t),
        })
    }
}
