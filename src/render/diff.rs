//! `/<company>/<locale>/<date>/diff/`: what changed since the previous revision, counts,
//! processor changes as sentences, and the text with its changes marked: `diff.html`.

use serde::Serialize;

use super::Renderer;
use super::context::PageContext;
use super::policy::revision_view;
use crate::diagnostic::Diagnostic;
use crate::diff::told::{self, ChangeLine, Marks};
use crate::diff::{self, ItemStatus};
use crate::plan::{Page, paths};

#[derive(Serialize)]
pub(super) struct DiffView<'a> {
    pub(super) old_date: String,
    pub(super) new_date: String,
    pub(super) old_href: String,
    pub(super) new_href: String,
    pub(super) summary: String,
    pub(super) empty: bool,
    pub(super) processor_changes: Vec<ChangeLine>,
    pub(super) title_html: Option<String>,
    /// The intro with its changes marked, when it changed.
    pub(super) intro_html: Option<&'a str>,
    pub(super) intro_changed: bool,
    /// Both revisions have the same intro: the page folds it to a line.
    pub(super) intro_unchanged: bool,
    pub(super) sections: Vec<DiffSectionView<'a>>,
    pub(super) purposes: Vec<DiffPurposeView<'a>>,
    /// Some change was too big to mark word by word: the page says so.
    pub(super) coarse: bool,
}

#[derive(Serialize)]
pub(super) struct DiffSectionView<'a> {
    pub(super) id: &'a str,
    pub(super) status: ItemStatus,
    pub(super) title_text: String,
    pub(super) title_html: String,
    /// With its changes marked; `None` for an unchanged section, which the page folds to
    /// its title and a link to it in the revision.
    pub(super) body_html: Option<&'a str>,
    /// What the words alone do not tell (moved, split, merged, a new heading level), in
    /// the site's voice.
    pub(super) notes: Vec<String>,
}

#[derive(Serialize)]
pub(super) struct DiffPurposeView<'a> {
    pub(super) id: &'a str,
    pub(super) status: ItemStatus,
    pub(super) title_text: String,
    pub(super) title_html: String,
    pub(super) bases: Vec<BasisChange>,
    pub(super) interest_html: Option<String>,
    pub(super) body_html: Option<&'a str>,
}

#[derive(Serialize)]
pub(super) struct BasisChange {
    pub(super) basis: &'static str,
    /// "added", "removed" or "kept".
    pub(super) change: &'static str,
}

impl<'a> Renderer<'a> {
    pub(super) fn diff_page(
        &self,
        page: &Page,
        ci: usize,
        li: usize,
        ri: usize,
    ) -> Result<(&'static str, &'a str, PageContext), Diagnostic> {
        let company = &self.site.companies[ci];
        let history = &company.locales[li];
        let lang = history.locale.as_str();
        let (old, new) = (&history.revisions[ri - 1], &history.revisions[ri]);
        let t = &self.plan.timelines[ci][li];
        let root = paths::root_from(&page.path);
        let Some(d) = self.caches[ci].diffs[li][ri].as_ref() else {
            return Err(Diagnostic::error(
                &new.source,
                "internal error: no diff for a revision with a predecessor",
            ));
        };
        let marks = Marks::new(self.messages, lang);
        let html = |t: &diff::TextDiff| told::text_diff_html(t, &marks);
        // Prose is Markdown: shown rendered, with its changes marked.
        let prose = d.prose(
            &marks,
            (old, &self.caches[ci].prose[li][ri - 1]),
            (new, &self.caches[ci].prose[li][ri]),
        );
        let sections = d
            .sections
            .iter()
            .zip(&prose.sections)
            .map(|(s, body)| DiffSectionView {
                id: &s.id,
                status: s.status,
                title_text: if s.status == ItemStatus::Removed {
                    s.title.old_text()
                } else {
                    s.title.new_text()
                },
                title_html: html(&s.title),
                body_html: body.as_deref(),
                notes: s
                    .notes
                    .iter()
                    .map(|n| told::section_note(self.messages, lang, n))
                    .collect(),
            })
            .collect();
        let purposes = d
            .purposes
            .iter()
            .zip(&prose.purposes)
            .map(|(p, body)| {
                let mut bases: Vec<BasisChange> = p
                    .legal_bases
                    .iter()
                    .map(|b| BasisChange {
                        basis: b.as_str(),
                        change: if p.legal_bases_added.contains(b) {
                            "added"
                        } else {
                            "kept"
                        },
                    })
                    .collect();
                bases.extend(p.legal_bases_removed.iter().map(|b| BasisChange {
                    basis: b.as_str(),
                    change: "removed",
                }));
                DiffPurposeView {
                    id: &p.id,
                    status: p.status,
                    title_text: if p.status == ItemStatus::Removed {
                        p.title.old_text()
                    } else {
                        p.title.new_text()
                    },
                    title_html: html(&p.title),
                    bases,
                    interest_html: (!p.legitimate_interest.segments.is_empty())
                        .then(|| html(&p.legitimate_interest)),
                    body_html: body.as_deref(),
                }
            })
            .collect();
        let view = DiffView {
            old_date: old.date.to_string(),
            new_date: new.date.to_string(),
            old_href: format!("{root}{}", paths::revision(&company.slug, lang, old.date)),
            new_href: format!("{root}{}", paths::revision(&company.slug, lang, new.date)),
            summary: told::summary(self.messages, lang, &d.counts),
            empty: d.is_empty(),
            processor_changes: told::processor_lines(self.messages, lang, &d.processors),
            title_html: d.counts.title_changed.then(|| html(&d.title)),
            intro_html: prose.intro.as_deref(),
            intro_changed: d.counts.intro_changed,
            intro_unchanged: !d.counts.intro_changed && !d.intro.segments.is_empty(),
            sections,
            purposes,
            coarse: d.coarse(),
        };
        let mut context = self.company_locale_context(ci, li, &root);
        let mut links = self.links(ci, li, &root);
        links.permalink = Some(view.new_href.clone());
        links.diff = Some(format!(
            "{root}{}",
            paths::diff(&company.slug, lang, new.date)
        ));
        context.insert("links", &links);
        context.insert(
            "revision",
            &revision_view(new, &self.caches[ci].prose[li][ri], self.theme.minified),
        );
        context.insert("status", &t.statuses[ri]);
        context.insert("notice_facts", &Some(self.notice_view(ci, li, ri)));
        context.insert("diff", &view);
        Ok(("diff.html", lang, context))
    }
}
