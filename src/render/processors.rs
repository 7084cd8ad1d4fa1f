//! `/<company>/<locale>/processors/`: the recipients named by the revision in force,
//! grouped, with since-dates; coming changes; the change log; former recipients:
//! `processors.html`. The processor table of the policy pages is built here too.

use serde::Serialize;

use crate::changes::{self, ChangeLine};
use crate::countries;
use crate::diagnostic::Diagnostic;
use crate::model::{LocaleHistory, Processor, Revision};
use crate::plan::{self, Status, paths};

use super::*;

#[derive(Serialize)]
pub(super) struct GroupView {
    pub(super) name: Option<String>,
    pub(super) processors: Vec<ProcessorView>,
}

#[derive(Serialize)]
pub(super) struct ProcessorView {
    pub(super) name: String,
    pub(super) anchor: String,
    pub(super) url: Option<String>,
    pub(super) purpose: Option<String>,
    pub(super) data: Option<String>,
    pub(super) countries: Vec<CountryView>,
    pub(super) headquarters: Option<String>,
    pub(super) safeguard: Option<&'static str>,
    pub(super) needs_safeguard: bool,
    pub(super) since: Option<String>,
}

#[derive(Serialize)]
pub(super) struct CountryView {
    pub(super) code: String,
    pub(super) outside_eea: bool,
}

#[derive(Serialize)]
pub(super) struct LogEntry {
    pub(super) date: String,
    pub(super) status: Status,
    pub(super) href: String,
    pub(super) changes: Vec<ChangeLine>,
}

/// Processors grouped by `group`, groups in order of first appearance.
pub(super) fn group_processors(
    processors: &[Processor],
    since: &dyn Fn(&Processor) -> Option<String>,
) -> Vec<GroupView> {
    let mut groups: Vec<GroupView> = Vec::new();
    let mut anchors: Vec<String> = Vec::new();
    for p in processors {
        let mut anchor = anchor_of(&p.name);
        if anchors.contains(&anchor) {
            anchor = format!("{anchor}-{}", anchors.len() + 1);
        }
        anchors.push(anchor.clone());
        let view = ProcessorView {
            name: p.name.clone(),
            anchor,
            url: p.url.clone(),
            purpose: p.purpose.clone(),
            data: p.data.clone(),
            countries: p
                .countries
                .iter()
                .map(|c| CountryView {
                    code: c.clone(),
                    outside_eea: !countries::in_eea(c),
                })
                .collect(),
            headquarters: p.headquarters.clone(),
            safeguard: p.safeguard.map(|s| s.as_str()),
            needs_safeguard: p.countries.iter().any(|c| !countries::in_eea(c)),
            since: since(p),
        };
        match groups.iter_mut().find(|g| g.name == p.group) {
            Some(g) => g.processors.push(view),
            None => groups.push(GroupView {
                name: p.group.clone(),
                processors: vec![view],
            }),
        }
    }
    groups
}

/// An HTML id from a name: lower-case letters and digits joined by '-'.
pub fn anchor_of(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

impl<'a> Renderer<'a> {
    pub(super) fn processors(
        &self,
        ci: usize,
        li: usize,
    ) -> Result<(&'static str, &'a str, PageContext), Diagnostic> {
        #[derive(Serialize)]
        struct Change {
            kind: &'static str,
            name: String,
            date: String,
            /// Where an added recipient processes data, and under which safeguard.
            details: Option<String>,
            /// When the change was announced, its class and the objection deadline.
            notice: NoticeView,
        }
        let company = &self.site.companies[ci];
        let history: &LocaleHistory = &company.locales[li];
        let t = &self.plan.timelines[ci][li];
        let root = "../../../";
        let mut context = self.company_locale_context(ci, li, root);
        context.insert("links", &self.links(ci, li, root));
        let upto = t.in_force.map_or(0, |i| i + 1);
        let tenures = plan::tenures(&history.revisions[..upto]);
        let (groups, count) = match t.in_force {
            Some(i) => {
                let revision = &history.revisions[i];
                let since =
                    |p: &Processor| plan::current_since(&tenures, &p.name).map(|d| d.to_string());
                (
                    group_processors(&revision.processors, &since),
                    revision.processors.len(),
                )
            }
            None => (Vec::new(), 0),
        };
        context.insert(
            "in_force",
            &t.in_force.map(|i| history.revisions[i].date.to_string()),
        );
        context.insert("processor_count", &count);
        context.insert("groups", &groups);
        let removed: Vec<&plan::Tenure> = tenures.iter().filter(|t| t.removed.is_some()).collect();
        context.insert("removed", &removed);
        let mut changes = Vec::new();
        let mut before: Option<&Revision> = t.in_force.map(|i| &history.revisions[i]);
        for (i, r) in history.revisions.iter().enumerate() {
            if t.statuses[i] != Status::Upcoming {
                continue;
            }
            let had = |name: &str| before.is_some_and(|b| b.processor(name).is_some());
            for p in &r.processors {
                if !had(&p.name) {
                    changes.push(Change {
                        kind: "added",
                        name: p.name.clone(),
                        date: r.date.to_string(),
                        details: Some(self.recipient_details(history.locale.as_str(), p)),
                        notice: self.notice_view(ci, li, i),
                    });
                }
            }
            if let Some(b) = before {
                for p in &b.processors {
                    if r.processor(&p.name).is_none() {
                        changes.push(Change {
                            kind: "removed",
                            name: p.name.clone(),
                            date: r.date.to_string(),
                            details: None,
                            notice: self.notice_view(ci, li, i),
                        });
                    }
                }
            }
            before = Some(r);
        }
        context.insert("upcoming_changes", &changes);
        context.insert("change_log", &self.change_log(ci, li, root));
        Ok(("processors.html", history.locale.as_str(), context))
    }

    /// Which processors came, went or changed, per revision, newest first.
    pub(super) fn change_log(&self, ci: usize, li: usize, root: &str) -> Vec<LogEntry> {
        let company = &self.site.companies[ci];
        let history = &company.locales[li];
        let lang = history.locale.as_str();
        let t = &self.plan.timelines[ci][li];
        history
            .revisions
            .iter()
            .enumerate()
            .rev()
            .filter_map(|(i, r)| {
                let d = self.caches[ci].diffs[li][i].as_ref()?;
                let changes = changes::processor_lines(self.messages, lang, &d.processors);
                (!changes.is_empty()).then(|| LogEntry {
                    date: r.date.to_string(),
                    status: t.statuses[i],
                    href: format!("{root}{}", paths::diff(&company.slug, lang, r.date)),
                    changes,
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anchors_are_readable_ids() {
        assert_eq!(anchor_of("Google Cloud-tjänster"), "google-cloud-tjänster");
        assert_eq!(anchor_of("Meta / Facebook"), "meta-facebook");
        assert_eq!(anchor_of("  Mailchimp Inc. "), "mailchimp-inc");
    }
}
