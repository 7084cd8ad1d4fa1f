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
    /// The facts one by one, for the notice block: the announcement (`None`: not
    /// stated), the day it takes effect, the objection deadline.
    pub(super) announced: Option<String>,
    pub(super) effective: String,
    pub(super) deadline: Option<String>,
    /// Who classed the change, and from what: the site computed it from the diff (with
    /// its reasons), or its editors set it. The class is the site's word, never the
    /// company's.
    pub(super) class_by: Option<String>,
    /// How to object, where the change is material and there is a way.
    pub(super) object: Option<ObjectView>,
    /// The recipients that change, as sentences (the company's facts, stated plainly).
    pub(super) changes: Vec<crate::diff::told::ChangeLine>,
}

/// Where a customer objects: a link, and its text.
#[derive(Serialize)]
pub(super) struct ObjectView {
    pub(super) href: String,
    pub(super) text: String,
}

/// The reference locale's upcoming version, on a translation that lacks it.
#[derive(Serialize)]
pub(super) struct ReferenceUpcomingView {
    pub(super) text: String,
    pub(super) href: String,
    pub(super) reference: String,
}

impl<'a> Renderer<'a> {
    /// The notice facts of revision `ri` of company `ci`'s locale `li`, in that locale,
    /// worded once per build.
    pub(super) fn notice_view(&self, ci: usize, li: usize, ri: usize) -> &NoticeView {
        self.caches[ci].notices[li][ri].get_or_init(|| self.word_notice(ci, li, ri))
    }

    fn word_notice(&self, ci: usize, li: usize, ri: usize) -> NoticeView {
        let company = &self.site.companies[ci];
        let history = &company.locales[li];
        let lang = history.locale.as_str();
        let r = &history.revisions[ri];
        let class = notice::class_of(history, ri);
        let date = self.messages.date(lang, r.date);
        let material = class.as_ref().is_some_and(|c| c.material);
        let class_by = class
            .as_ref()
            .map(|c| match (c.declared, c.reasons.as_deref()) {
                (Some(_), _) => self.t(lang, "notice-class-declared", &[]),
                (None, Some(reasons)) if !reasons.is_empty() => {
                    let reasons: Vec<String> = reasons
                        .iter()
                        .map(|x| crate::diff::told::reason(self.messages, lang, x))
                        .collect();
                    self.t(
                        lang,
                        "notice-class-computed",
                        &[("reasons", &reasons.join("; "))],
                    )
                }
                (None, _) => self.t(lang, "notice-class-computed-none", &[]),
            });
        let object = company
            .info
            .objection_contact()
            .filter(|_| material)
            .map(|contact| {
                if contact.contains("://") {
                    ObjectView {
                        href: contact.to_string(),
                        text: self.t(lang, "notice-object-page", &[]),
                    }
                } else {
                    ObjectView {
                        href: format!("mailto:{contact}"),
                        text: self.t(lang, "notice-object-write", &[("email", contact)]),
                    }
                }
            });
        let deadline = notice::objection_deadline(&company.info, r).filter(|_| material);
        let changes = self.caches[ci].diffs[li][ri]
            .as_ref()
            .map(|d| d.processor_lines(self.messages, lang))
            .unwrap_or_default();
        NoticeView {
            announced: r.notice.announced.map(|a| self.messages.date(lang, a)),
            effective: date.clone(),
            deadline: deadline.map(|d| self.messages.date(lang, d)),
            class_by,
            object,
            changes,
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
            href: format!("{root}{}", paths::revision(&company.path, &reference, date)),
            reference,
        })
    }
}
