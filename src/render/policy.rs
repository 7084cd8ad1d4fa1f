//! `/<company>/<locale>/` (the revision in force) and `/<company>/<locale>/<date>/` (every
//! revision at its permanent address): `policy.html`.

use serde::Serialize;

use super::Renderer;
use super::cache::Fragment;
use super::cache::Prose;
use super::context::PageContext;
use super::notices::NoticeView;
use super::processors::GroupView;
use super::processors::group_processors;
use super::processors::safeguards_named;
use crate::diagnostic::Diagnostic;
use crate::model::Revision;
use crate::plan::{Page, Status, paths};

#[derive(Serialize)]
pub(super) struct RevisionView<'a> {
    pub(super) date: String,
    pub(super) title: &'a str,
    pub(super) summary: Option<&'a str>,
    pub(super) intro_html: Option<&'a str>,
    pub(super) sections: Vec<SectionView<'a>>,
    pub(super) purposes: Vec<PurposeView<'a>>,
    pub(super) processor_groups: &'a [GroupView],
    /// The safeguards the processor table names, explained under it.
    pub(super) safeguards: Vec<&'static str>,
    pub(super) purposes_in_section: bool,
    pub(super) processors_in_section: bool,
    /// Where the date comes from, when the revision's `date_note` says.
    pub(super) date_note_html: Option<&'a str>,
    /// What was corrected after publication, and why (`corrected`).
    pub(super) corrected: Option<&'a str>,
}

#[derive(Serialize)]
pub(super) struct SectionView<'a> {
    pub(super) id: &'a str,
    pub(super) title: &'a str,
    pub(super) body_html: &'a str,
}

#[derive(Serialize)]
pub(super) struct PurposeView<'a> {
    pub(super) id: &'a str,
    pub(super) title: &'a str,
    pub(super) legal_bases: Vec<&'static str>,
    pub(super) legitimate_interest: Option<&'a str>,
    pub(super) body_html: Option<&'a str>,
}

#[derive(Serialize)]
pub(super) struct UpcomingView<'a> {
    pub(super) date: String,
    pub(super) href: String,
    /// When it was announced, its class and the objection deadline.
    pub(super) notice: Option<&'a NoticeView>,
}

/// A revision for templates; with `minified`, its prose comes minified. `groups` is its
/// processor table (see [`super::processors::group_processors`]).
pub(super) fn revision_view<'r>(
    r: &'r Revision,
    prose: &'r Prose,
    groups: &'r [GroupView],
    minified: bool,
) -> RevisionView<'r> {
    let html = |f: &'r Fragment| -> &'r str {
        match (&f.minified, minified) {
            (Some(small), true) => small,
            _ => &f.html,
        }
    };
    let safeguards = safeguards_named(groups);
    RevisionView {
        date: r.date.to_string(),
        title: &r.title,
        summary: r.summary.as_deref(),
        intro_html: prose.intro.as_ref().map(html),
        sections: r
            .sections
            .iter()
            .zip(&prose.sections)
            .map(|(s, body)| SectionView {
                id: &s.id,
                title: &s.title,
                body_html: html(body),
            })
            .collect(),
        purposes: r
            .purposes
            .iter()
            .zip(&prose.purposes)
            .map(|(p, body)| PurposeView {
                id: &p.id,
                title: &p.title,
                legal_bases: p.legal_bases.iter().map(|b| b.as_str()).collect(),
                legitimate_interest: p.legitimate_interest.as_deref(),
                body_html: body.as_ref().map(html),
            })
            .collect(),
        processor_groups: groups,
        safeguards,
        date_note_html: prose.date_note.as_ref().map(html),
        corrected: r.corrected.as_ref().map(|c| c.note.as_str()),
        purposes_in_section: r.sections.iter().any(|s| s.id == "purposes"),
        processors_in_section: r.sections.iter().any(|s| s.id == "recipients"),
    }
}

impl<'a> Renderer<'a> {
    /// The revision `ri` of locale `li` of company `ci` as templates see it.
    pub(super) fn revision_view(&self, (ci, li, ri): (usize, usize, usize)) -> RevisionView<'_> {
        let history = &self.site.companies[ci].locales[li];
        let revision = &history.revisions[ri];
        let groups = self.caches[ci].groups[li][ri].get_or_init(|| {
            let lang = self.messages.interface_locale(history.locale.as_str());
            group_processors(revision, &|_| None, self.messages, lang)
        });
        let prose = &self.caches[ci].prose[li][ri];
        revision_view(revision, prose, groups, self.theme.minified)
    }

    /// Adds the revision as templates see it (see [`revision_view`]), made once per build
    /// whichever pages show it: its page, its diff page and the current page. A native
    /// page reads it typed, as the page renders (see [`super::native::value`]), so that
    /// it is made a template value only for Tera.
    pub(super) fn insert_revision(
        &self,
        context: &mut PageContext,
        at @ (ci, li, ri): (usize, usize, usize),
        template: &str,
    ) -> Result<(), Diagnostic> {
        let minified = self.theme.minified;
        let native = self.native(template).is_some();
        context.revision = native.then_some(at);
        context.insert_shared(
            "revision",
            &self.caches[ci].views[li][ri][usize::from(minified)],
            || self.revision_view(at),
            template,
            // Debug builds render every native page with Tera as well, to compare.
            !native || cfg!(debug_assertions),
        )
    }

    pub(super) fn policy(
        &self,
        page: &Page,
        ci: usize,
        li: usize,
        ri: usize,
        at_current: bool,
    ) -> Result<(&'static str, &'a str, PageContext), Diagnostic> {
        let company = &self.site.companies[ci];
        let history = &company.locales[li];
        let revision = &history.revisions[ri];
        let t = &self.plan.timelines[ci][li];
        let root = paths::root_from(&page.path);
        let slug = &company.path;
        let loc = history.locale.as_str();
        let mut context = self.company_locale_context(ci, li, &root, "policy.html")?;
        let mut links = self.links(ci, li, &root);
        links.permalink = Some(format!(
            "{root}{}",
            paths::revision(slug, loc, revision.date)
        ));
        if ri > 0 {
            links.diff = Some(format!("{root}{}", paths::diff(slug, loc, revision.date)));
        }
        links.permalink_url = Some(self.site.config.url(&paths::revision(
            slug,
            loc,
            revision.date,
        )));
        context.insert("links", &links);
        context.insert("translation", &self.translation(ci, li, ri, &root));
        self.insert_revision(&mut context, (ci, li, ri), "policy.html")?;
        context.insert("status", &t.statuses[ri]);
        context.insert("listed_in", &self.listed_in(ci, li, ri, &root));
        let cookie_groups = self.cookie_groups(loc, revision);
        context.insert(
            "cookie_safeguards",
            &super::cookies::cookie_safeguards(&cookie_groups),
        );
        context.insert("cookie_groups", &cookie_groups);
        context.insert(
            "cookies_in_section",
            &revision.sections.iter().any(|s| s.id == "cookies"),
        );
        // A copy kept as a record is "as published", never "in force".
        context.insert("archived", &revision.archived_note(&company.info));
        // The last day in force: the day before its successor took effect.
        let last_day = t.until[ri].and_then(|next| next.yesterday().ok());
        context.insert("in_force_until", &last_day.map(|d| d.to_string()));
        context.insert("notice_facts", &Some(self.notice_view(ci, li, ri)));
        if at_current || t.statuses[ri] == Status::Current {
            let upcoming = t
                .first_upcoming()
                .filter(|u| *u != ri)
                .map(|u| UpcomingView {
                    date: history.revisions[u].date.to_string(),
                    href: format!(
                        "{root}{}",
                        paths::revision(slug, loc, history.revisions[u].date)
                    ),
                    notice: Some(self.notice_view(ci, li, u)),
                });
            context.insert("upcoming", &upcoming);
        }
        Ok(("policy.html", history.locale.as_str(), context))
    }
}
