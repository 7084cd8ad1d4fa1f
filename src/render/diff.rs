//! `/<company>/<locale>/<date>/diff/`: what changed since the previous revision, counts,
//! processor changes as sentences, and the text with its changes marked: `diff.html`.

use std::borrow::Cow;

use rustc_hash::FxHashSet;
use serde::Serialize;

use super::Renderer;
use super::cache::{DiffProse, Prose};
use super::context::PageContext;
use crate::diagnostic::Diagnostic;
use crate::diff::told::{self, ChangeLine, Marks};
use crate::diff::{self, ItemStatus};
use crate::model::Revision;
use crate::plan::{Page, paths};
use crate::text::escape::escape;

#[derive(Serialize)]
pub(super) struct DiffView<'a> {
    pub(super) old_date: String,
    pub(super) new_date: String,
    pub(super) old_href: String,
    pub(super) new_href: String,
    pub(super) summary: String,
    pub(super) empty: bool,
    pub(super) processor_changes: Vec<ChangeLine>,
    pub(super) cookie_changes: Vec<ChangeLine>,
    pub(super) title_html: Option<String>,
    /// The intro with its changes marked, when it changed.
    pub(super) intro_html: Option<Cow<'a, str>>,
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
    pub(super) body_html: Option<Cow<'a, str>>,
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
    pub(super) body_html: Option<Cow<'a, str>>,
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
        let old_href = format!("{root}{}", paths::revision(&company.path, lang, old.date));
        let new_href = format!("{root}{}", paths::revision(&company.path, lang, new.date));
        let links = Fragments::new(
            d,
            prose,
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
                body_html: body
                    .as_deref()
                    .map(|b| links.relink(b, &old_href, &new_href)),
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
                    body_html: body
                        .as_deref()
                        .map(|b| links.relink(b, &old_href, &new_href)),
                }
            })
            .collect();
        let view = DiffView {
            old_date: old.date.to_string(),
            new_date: new.date.to_string(),
            old_href: old_href.clone(),
            new_href: new_href.clone(),
            summary: d.summary(self.messages, lang),
            empty: d.is_empty(),
            processor_changes: d.processor_lines(self.messages, lang),
            cookie_changes: crate::diff::cookies::lines(self.messages, lang, &d.cookies),
            title_html: d.counts.title_changed.then(|| html(&d.title)),
            intro_html: prose
                .intro
                .as_deref()
                .map(|b| links.relink(b, &old_href, &new_href)),
            intro_changed: d.counts.intro_changed,
            intro_unchanged: !d.counts.intro_changed && !d.intro.segments.is_empty(),
            sections,
            purposes,
            coarse: d.coarse() || prose.coarse,
        };
        let mut context = self.company_locale_context(ci, li, &root, "diff.html")?;
        let mut links = self.links(ci, li, &root);
        links.permalink = Some(view.new_href.clone());
        links.diff = Some(format!(
            "{root}{}",
            paths::diff(&company.path, lang, new.date)
        ));
        context.insert("links", &links);
        self.insert_revision(&mut context, (ci, li, ri), "diff.html")?;
        context.insert("status", &t.statuses[ri]);
        context.insert("notice_facts", &Some(self.notice_view(ci, li, ri)));
        context.insert("diff", &view);
        Ok(("diff.html", lang, context))
    }
}

/// The ids a diff page's prose may link to: those shown on the page, and those of each
/// revision's own page, for the fragments the diff page folds away or never had.
struct Fragments<'p> {
    shown: FxHashSet<Cow<'p, str>>,
    new: FxHashSet<&'p str>,
    only_old: FxHashSet<&'p str>,
}

impl<'p> Fragments<'p> {
    fn new(
        d: &'p diff::RevisionDiff,
        prose: &'p DiffProse,
        (old, old_prose): (&'p Revision, &'p Prose),
        (new, new_prose): (&'p Revision, &'p Prose),
    ) -> Fragments<'p> {
        let mut shown: FxHashSet<Cow<str>> = FxHashSet::default();
        // Only a body linking to a fragment (`href="#…"`) is relinked: where none does,
        // the ids are not gathered.
        let bodies = prose
            .sections
            .iter()
            .chain(&prose.purposes)
            .chain([&prose.intro]);
        if !bodies.flatten().any(|b| b.contains("href=\"#")) {
            return Fragments {
                shown,
                new: FxHashSet::default(),
                only_old: FxHashSet::default(),
            };
        }
        // A section or purpose is shown unless it is folded to a line (its words are on
        // the revision's page), with the ids `diff.html` gives it.
        for (s, body) in d.sections.iter().zip(&prose.sections) {
            if s.status != ItemStatus::Unchanged {
                shown.insert(Cow::Borrowed(&s.id));
                shown.insert(Cow::Owned(format!("ps-h-{}", s.id)));
            }
            shown.extend(body.iter().flat_map(|b| ids_in(b)).map(Cow::Borrowed));
        }
        for p in d
            .purposes
            .iter()
            .filter(|p| p.status != ItemStatus::Unchanged)
        {
            shown.insert(Cow::Owned(format!("ps-purpose-{}", p.id)));
            shown.insert(Cow::Owned(format!("ps-purpose-{}-h", p.id)));
        }
        let prose_ids = prose.intro.iter().chain(prose.purposes.iter().flatten());
        shown.extend(prose_ids.flat_map(|b| ids_in(b)).map(Cow::Borrowed));
        let ids = |r: &'p Revision, p: &'p Prose| -> FxHashSet<&'p str> {
            r.sections
                .iter()
                .map(|s| s.id.as_str())
                .chain(p.fragments().flat_map(|f| ids_in(&f.html)))
                .collect()
        };
        let new_ids = ids(new, new_prose);
        let only_old = ids(old, old_prose)
            .into_iter()
            .filter(|id| !new_ids.contains(id))
            .collect();
        Fragments {
            shown,
            new: new_ids,
            only_old,
        }
    }

    /// `html` with each link to a fragment the page does not show pointed at the
    /// revision page that has it: the old one's for an id only it had, else the new one's
    /// (a link to an id neither has is left as the source wrote it).
    fn relink<'h>(&self, html: &'h str, old_href: &str, new_href: &str) -> Cow<'h, str> {
        const HREF: &str = "href=\"#";
        let mut out = String::new();
        let mut done = 0;
        for (at, _) in html.match_indices(HREF) {
            let start = at + HREF.len();
            let Some(len) = html[start..].find('"') else {
                continue;
            };
            let id = &html[start..start + len];
            if id.is_empty() || self.shown.contains(id) {
                continue;
            }
            // The revision's page names its own parts with `ps-` ids; an id neither
            // revision has is a broken link of the source, which `check` reports there.
            let page = if self.only_old.contains(id) {
                old_href
            } else if self.new.contains(id) || id.starts_with("ps-") {
                new_href
            } else {
                continue;
            };
            out.push_str(&html[done..at]);
            out.push_str("href=\"");
            out.push_str(&escape(page));
            out.push('#');
            done = start;
        }
        if done == 0 {
            return Cow::Borrowed(html);
        }
        out.push_str(&html[done..]);
        Cow::Owned(out)
    }
}

/// The values of the `id` attributes of an HTML text, as written (escaped).
fn ids_in(html: &str) -> impl Iterator<Item = &str> {
    html.match_indices(" id=\"").filter_map(move |(at, m)| {
        let start = at + m.len();
        let len = html[start..].find('"')?;
        Some(&html[start..start + len])
    })
}
