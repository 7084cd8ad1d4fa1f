//! `/<company>/<locale>/processors/`: the recipients named by the revision in force,
//! grouped, with since-dates; coming changes; the change log; former recipients:
//! `processors.html`. The processor table of the policy pages is built here too.

use serde::Serialize;

use super::Renderer;
use super::context::PageContext;
use super::notices::NoticeView;
use crate::diagnostic::Diagnostic;
use crate::diff::told::ChangeLine;
use crate::model::countries;
use crate::model::{LocaleHistory, Processor, Revision, Role};
use crate::plan::{self, Status, paths};
use crate::text::cldr;
use crate::text::i18n::Messages;

#[derive(Serialize)]
pub(super) struct GroupView {
    pub(super) name: Option<String>,
    /// What the group's processors are for, where a `[[groups]]` entry says.
    pub(super) purpose: Option<String>,
    pub(super) processors: Vec<ProcessorView>,
}

/// One recipient as the table shows it. Facts the source does not state are `None`, and
/// the template says so neutrally: nothing is inferred from an absence.
#[derive(Serialize)]
pub(super) struct ProcessorView {
    pub(super) name: String,
    pub(super) anchor: String,
    pub(super) url: Option<String>,
    /// Stated, and other than a plain processor.
    pub(super) role: Option<&'static str>,
    pub(super) formerly: Vec<String>,
    pub(super) purpose: Option<String>,
    /// Whether `purpose` is the group's, the processor stating none of its own.
    pub(super) purpose_from_group: bool,
    pub(super) data: Option<String>,
    /// `None` where the revision does not say where data is processed.
    pub(super) countries: Option<Vec<CountryView>>,
    /// The message keys of the regions it names (`region-eu`), all within the EEA.
    pub(super) regions: Vec<&'static str>,
    pub(super) headquarters: Option<String>,
    pub(super) safeguard: Option<&'static str>,
    /// What the table says of them, worded in the interface's language once per view
    /// rather than by a call per row in the template: the role, the former names, the
    /// seat, the regions and the safeguard.
    pub(super) role_label: Option<String>,
    pub(super) formerly_label: Option<String>,
    pub(super) headquarters_label: Option<String>,
    pub(super) region_labels: Vec<String>,
    pub(super) safeguard_label: Option<String>,
    /// Every stated country is in the EEA: no transfer, so no safeguard to name.
    pub(super) within_eea: bool,
    /// A stated country is outside the EEA and no safeguard is named.
    pub(super) safeguard_missing: bool,
    pub(super) since: Option<String>,
}

#[derive(Serialize)]
pub(super) struct CountryView {
    pub(super) code: String,
    /// Its name in the interface's language.
    pub(super) name: String,
    pub(super) outside_eea: bool,
}

#[derive(Serialize)]
pub(super) struct LogEntry {
    pub(super) date: String,
    pub(super) status: Status,
    pub(super) href: String,
    pub(super) changes: Vec<ChangeLine>,
}

/// The processors of `revision` grouped by `group`, groups in order of first appearance,
/// their labels in `lang` (the interface's language).
pub(super) fn group_processors(
    revision: &Revision,
    since: &dyn Fn(&Processor) -> Option<String>,
    messages: &Messages,
    lang: &str,
) -> Vec<GroupView> {
    let t = |key: &str| messages.text::<&str>(lang, key, &[]);
    let mut groups: Vec<GroupView> = Vec::new();
    let mut anchors: Vec<String> = Vec::new();
    for p in &revision.processors {
        let mut anchor = anchor_of(&p.name);
        if anchors.contains(&anchor) {
            anchor = format!("{anchor}-{}", anchors.len() + 1);
        }
        anchors.push(anchor.clone());
        let outside = p.outside_eea();
        let role = p.role.filter(|r| *r != Role::Processor).map(Role::as_str);
        let safeguard = p.safeguard.map(|s| s.as_str());
        let view = ProcessorView {
            name: p.name.clone(),
            anchor,
            url: p.url.clone(),
            role,
            formerly: p.formerly.clone(),
            purpose: revision.purpose_of(p).map(str::to_string),
            purpose_from_group: p.purpose.is_none() && revision.purpose_of(p).is_some(),
            data: p.data.clone(),
            countries: p.countries.as_ref().map(|codes| {
                codes
                    .iter()
                    .map(|c| CountryView {
                        code: c.clone(),
                        name: cldr::country_name(lang, c),
                        outside_eea: !countries::in_eea(c),
                    })
                    .collect()
            }),
            regions: p.regions.iter().map(|r| r.message_key()).collect(),
            headquarters: p.headquarters.clone(),
            safeguard,
            role_label: role.map(|r| t(&format!("role-{r}"))),
            formerly_label: (!p.formerly.is_empty()).then(|| {
                let names = p.formerly.join(", ");
                messages.text(lang, "processor-formerly", &[("names", names.as_str())])
            }),
            headquarters_label: p.headquarters.as_deref().map(|code| {
                let country = cldr::country_name(lang, code);
                messages.text(
                    lang,
                    "processor-headquarters",
                    &[("country", country.as_str())],
                )
            }),
            region_labels: p.regions.iter().map(|r| t(r.message_key())).collect(),
            safeguard_label: safeguard.map(|s| t(&format!("safeguard-{s}"))),
            within_eea: outside == Some(false),
            safeguard_missing: outside == Some(true) && p.safeguard.is_none(),
            since: since(p),
        };
        match groups.iter_mut().find(|g| g.name == p.group) {
            Some(g) => g.processors.push(view),
            None => groups.push(GroupView {
                name: p.group.clone(),
                purpose: p
                    .group
                    .as_deref()
                    .and_then(|g| revision.group(g))
                    .and_then(|g| g.purpose.clone()),
                processors: vec![view],
            }),
        }
    }
    groups
}

/// The safeguards a table names, each with what it means: shown in full under the table,
/// not only in a tooltip a phone cannot show.
pub(super) fn safeguards_named(groups: &[GroupView]) -> Vec<&'static str> {
    let mut named: Vec<&'static str> = Vec::new();
    for p in groups.iter().flat_map(|g| &g.processors) {
        if let Some(s) = p.safeguard
            && !named.contains(&s)
        {
            named.push(s);
        }
    }
    named
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
        /// A revision's recipients told in a section of prose rather than in a table.
        #[derive(Serialize)]
        struct InProse<'p> {
            title: &'p str,
            body_html: String,
            href: String,
        }
        let company = &self.site.companies[ci];
        let history: &LocaleHistory = &company.locales[li];
        let loc = history.locale.as_str();
        let t = &self.plan.timelines[ci][li];
        let root = &paths::root_from(&paths::processors(
            &company.path,
            company.locales[li].locale.as_str(),
        ));
        let mut context = self.company_locale_context(ci, li, root, "processors.html")?;
        context.insert("links", &self.links(ci, li, root));
        let upto = t.in_force.map_or(0, |i| i + 1);
        let tenures = plan::tenures(&history.revisions[..upto]);
        let in_force = t.in_force.map(|i| (i, &history.revisions[i]));
        let (groups, count) = match in_force {
            Some((_, revision)) => {
                let since =
                    |p: &Processor| plan::current_since(&tenures, &p.name).map(|d| d.to_string());
                (
                    group_processors(
                        revision,
                        &since,
                        self.messages,
                        self.messages.interface_locale(loc),
                    ),
                    revision.processors.len(),
                )
            }
            None => (Vec::new(), 0),
        };
        context.insert("in_force", &in_force.map(|(_, r)| r.date.to_string()));
        context.insert(
            "date_note_html",
            &in_force.and_then(|(i, _)| {
                let prose = &self.caches[ci].prose[li][i];
                prose.date_note.as_ref().map(|f| self.fragment_html(f))
            }),
        );
        // Without a table, the section that tells the recipients in words stands in.
        let in_prose = in_force
            .filter(|(_, r)| r.processors.is_empty())
            .and_then(|(i, r)| {
                let at = r.sections.iter().position(|s| s.covers("recipients"))?;
                let section = &r.sections[at];
                Some(InProse {
                    title: &section.title,
                    // Its links to places on the policy page point there from this page.
                    body_html: self
                        .fragment_html(&self.caches[ci].prose[li][i].sections[at])
                        .replace("href=\"#", "href=\"../#"),
                    href: format!(
                        "{root}{}#{}",
                        paths::current(&company.path, loc),
                        section.id
                    ),
                })
            });
        context.insert(
            "listed_in",
            &t.in_force.and_then(|i| self.listed_in(ci, li, i, root)),
        );
        context.insert("recipients_in_prose", &in_prose);
        context.insert("processor_count", &count);
        context.insert("safeguards", &safeguards_named(&groups));
        context.insert("groups", &groups);
        let removed: Vec<&plan::Tenure> = tenures.iter().filter(|t| t.removed.is_some()).collect();
        context.insert("removed", &removed);
        let log = self.change_log(ci, li, root);
        // Each upcoming revision's changes, with when they were announced, their class
        // and the objection deadline.
        #[derive(Serialize)]
        struct Upcoming<'l> {
            #[serde(flatten)]
            entry: &'l LogEntry,
            notice: &'l NoticeView,
        }
        let upcoming: Vec<Upcoming> = history
            .revisions
            .iter()
            .enumerate()
            .filter(|(i, _)| t.statuses[*i] == Status::Upcoming)
            .filter_map(|(i, r)| {
                let date = r.date.to_string();
                let entry = log.iter().find(|e| e.date == date)?;
                Some(Upcoming {
                    entry,
                    notice: self.notice_view(ci, li, i),
                })
            })
            .collect();
        context.insert("upcoming_changes", &upcoming);
        context.insert("change_log", &log);
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
                let changes = d.processor_lines(self.messages, lang);
                (!changes.is_empty()).then(|| LogEntry {
                    date: r.date.to_string(),
                    status: t.statuses[i],
                    href: format!("{root}{}", paths::diff(&company.path, lang, r.date)),
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
