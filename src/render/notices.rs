//! What the pages and feeds say about notices of change to come: when a revision was
//! announced, when it takes effect, its class and the objection deadline, and, on a
//! translation, that the reference text has an upcoming version. Shown by
//! `partials/notices.html`, `history.html`, `diff.html` and the feeds.

use serde::Serialize;

use super::Renderer;
use crate::plan::notice;
use crate::plan::paths;

/// A revision's notice facts, worded in the page's language.
#[derive(Serialize, Default)]
pub(super) struct NoticeView {
    /// "Announced 10 November 2026 · takes effect 15 December 2026".
    pub(super) announced_line: Option<String>,
    /// `material` or `editorial`; `None` for a locale's first revision.
    pub(super) class: Option<&'static str>,
    pub(super) class_label: Option<String>,
    /// "Customers may object to this change until …".
    pub(super) objection: Option<String>,
}

/// The reference locale's upcoming version, on a translation that lacks it.
#[derive(Serialize)]
pub(super) struct ReferenceUpcomingView {
    pub(super) text: String,
    pub(super) href: String,
    pub(super) reference: String,
}

impl<'a> Renderer<'a> {
    /// The notice facts of revision `ri` of company `ci`'s locale `li`, in that locale.
    pub(super) fn notice_view(&self, ci: usize, li: usize, ri: usize) -> NoticeView {
        let company = &self.site.companies[ci];
        let history = &company.locales[li];
        let lang = history.locale.as_str();
        let r = &history.revisions[ri];
        let class = notice::class_of(history, ri);
        let date = self.messages.date(lang, r.date);
        NoticeView {
            announced_line: r.notice.announced.map(|a| {
                self.t(
                    lang,
                    "notice-announced-line",
                    &[("announced", &self.messages.date(lang, a)), ("date", &date)],
                )
            }),
            class: class.as_ref().map(|c| c.as_str()),
            class_label: class
                .as_ref()
                .map(|c| self.t(lang, &format!("notice-class-{}", c.as_str()), &[])),
            objection: notice::objection_deadline(&company.info, r)
                .filter(|_| class.as_ref().is_some_and(|c| c.material))
                .map(|d| {
                    self.t(
                        lang,
                        "notice-objection-deadline",
                        &[("deadline", &self.messages.date(lang, d))],
                    )
                }),
        }
    }

    /// On a translation: the reference locale's first upcoming revision, where this
    /// locale has no revision of that date.
    pub(super) fn reference_upcoming(
        &self,
        ci: usize,
        li: usize,
        root: &str,
    ) -> Option<ReferenceUpcomingView> {
        let company = &self.site.companies[ci];
        let history = &company.locales[li];
        let reference = &company.info.default_locale;
        if &history.locale == reference {
            return None;
        }
        let ri = company
            .locales
            .iter()
            .position(|l| &l.locale == reference)?;
        let next = self.plan.timelines[ci][ri].first_upcoming()?;
        let date = company.locales[ri].revisions[next].date;
        if history.revisions.iter().any(|r| r.date == date) {
            return None;
        }
        let lang = history.locale.as_str();
        let reference = reference.to_string();
        Some(ReferenceUpcomingView {
            text: self.t(
                lang,
                "notice-reference-upcoming",
                &[
                    ("language", &self.language_label(&reference)),
                    ("date", &self.messages.date(lang, date)),
                ],
            ),
            href: format!("{root}{}", paths::revision(&company.slug, &reference, date)),
            reference,
        })
    }
}
