//! `/<company>/<locale>/history/`: every revision, newest first, with its summary, counts
//! of what changed and a link to its diff: `history.html`.

use serde::Serialize;

use super::Renderer;
use super::context::PageContext;
use super::notices::NoticeView;
use crate::diagnostic::Diagnostic;
use crate::plan::{Status, paths};

impl<'a> Renderer<'a> {
    pub(super) fn history(
        &self,
        ci: usize,
        li: usize,
    ) -> Result<(&'static str, &'a str, PageContext), Diagnostic> {
        #[derive(Serialize)]
        struct Entry<'r> {
            date: String,
            href: String,
            status: Status,
            /// A copy kept as a record: "archived copy", never "in force".
            archived: bool,
            title: &'r str,
            summary: Option<&'r str>,
            date_note_html: Option<&'r str>,
            changes: Option<String>,
            diff_href: Option<String>,
            notice: &'r NoticeView,
        }
        let company = &self.site.companies[ci];
        let history = &company.locales[li];
        let t = &self.plan.timelines[ci][li];
        let root = &paths::root_from(&paths::history(
            &company.path,
            company.locales[li].locale.as_str(),
        ));
        let mut context = self.company_locale_context(ci, li, root, "history.html")?;
        context.insert("links", &self.links(ci, li, root));
        let revisions: Vec<Entry> = history
            .revisions
            .iter()
            .enumerate()
            .rev()
            .map(|(i, r)| Entry {
                date: r.date.to_string(),
                href: format!(
                    "{root}{}",
                    paths::revision(&company.path, history.locale.as_str(), r.date)
                ),
                status: t.statuses[i],
                archived: r.archived_note(&company.info).is_some(),
                title: &r.title,
                summary: r.summary.as_deref(),
                date_note_html: self.caches[ci].prose[li][i]
                    .date_note
                    .as_ref()
                    .map(|f| self.fragment_html(f)),
                changes: self.caches[ci].diffs[li][i]
                    .as_ref()
                    .map(|d| d.summary(self.messages, history.locale.as_str())),
                diff_href: (i > 0).then(|| {
                    format!(
                        "{root}{}",
                        paths::diff(&company.path, history.locale.as_str(), r.date)
                    )
                }),
                notice: self.notice_view(ci, li, i),
            })
            .collect();
        context.insert("revisions", &revisions);
        Ok(("history.html", history.locale.as_str(), context))
    }
}
