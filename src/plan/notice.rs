//! Notices of change as facts of the plan: when a revision was announced, whether it is
//! material (see [`crate::diff::classify`]), the objection deadline, which revisions are
//! upcoming, and what changes for each recipient. The pages and exports that show them
//! are in [`crate::render`]; sending notices is [`crate::notify`].

use jiff::civil::Date;
use serde::Serialize;

use crate::model::{CompanyInfo, LocaleHistory, Revision};
use crate::plan::{Status, Timeline};

pub use crate::diff::classify::{Class, Reason};

/// The class of revision `i` of `history`: its `material` override, else what its diff
/// against the previous revision shows. `None` for a locale's first revision, which has
/// nothing to compare with and no override.
pub fn class_of(history: &LocaleHistory, i: usize) -> Option<Class> {
    let revision = history.revisions.get(i)?;
    let previous = i.checked_sub(1).map(|p| &history.revisions[p]);
    let computed = previous.map(|old| reasons(old, revision));
    match (revision.notice.material, computed) {
        (None, None) => None,
        (over, computed) => Some(Class::new(over, computed)),
    }
}

/// The reasons a change from `old` to `new` is material, computed once per pair of
/// sources: every page, feed and export of a revision tells its class, and comparing the
/// prose of two revisions is the costly part.
fn reasons(old: &Revision, new: &Revision) -> Vec<Reason> {
    static MEMO: crate::diff::memo::PairMemo<Vec<Reason>> = crate::diff::memo::PairMemo::new();
    MEMO.get_or(old, new, || crate::diff::classify::reasons(old, new))
}

/// The day customers may object until: the announcement plus `objection_days`.
pub fn objection_deadline(info: &CompanyInfo, revision: &Revision) -> Option<Date> {
    let days = info.notice.as_ref()?.objection_days?;
    let announced = revision.notice.announced?;
    announced.checked_add(jiff::Span::new().days(days)).ok()
}

/// Whole days from the announcement to the day the revision takes effect.
pub fn notice_given(revision: &Revision) -> Option<i64> {
    let announced = revision.notice.announced?;
    Some(i64::from(announced.until(revision.date).ok()?.get_days()))
}

/// The notice facts of one revision, as exports, feeds and pages show them.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, Hash)]
pub struct NoticeFacts {
    pub date: Date,
    pub announced: Option<Date>,
    /// `true` material, `false` editorial, `null` for a first revision.
    pub material: Option<bool>,
    pub objection_deadline: Option<Date>,
}

impl NoticeFacts {
    pub fn of(info: &CompanyInfo, history: &LocaleHistory, i: usize) -> NoticeFacts {
        let r = &history.revisions[i];
        NoticeFacts {
            date: r.date,
            announced: r.notice.announced,
            material: class_of(history, i).map(|c| c.material),
            objection_deadline: objection_deadline(info, r),
        }
    }
}

/// The upcoming revisions of a locale: every revision after the build date, by index.
pub fn upcoming(timeline: &Timeline) -> impl Iterator<Item = usize> + '_ {
    timeline
        .statuses
        .iter()
        .enumerate()
        .filter(|(_, s)| **s == Status::Upcoming)
        .map(|(i, _)| i)
}

/// The revision after the one a locale's pages show as current, if one is upcoming.
pub fn next_index(timeline: &Timeline) -> Option<usize> {
    let shown = timeline.current_index();
    upcoming(timeline).find(|&i| i > shown)
}

/// How a recipient changes in an upcoming revision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ChangeKind {
    Added,
    Removed,
    Renamed,
    Changed,
}

impl ChangeKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ChangeKind::Added => "added",
            ChangeKind::Removed => "removed",
            ChangeKind::Renamed => "renamed",
            ChangeKind::Changed => "changed",
        }
    }
}

/// One recipient's change in a revision, with the facts before and after.
#[derive(Debug, Clone, Serialize)]
pub struct RecipientChange<'a> {
    pub kind: ChangeKind,
    pub name: &'a str,
    pub before: Option<&'a crate::model::Processor>,
    pub after: Option<&'a crate::model::Processor>,
}

/// The recipients that change from `old` to `new`, aligned as the diff aligns them (by id,
/// else name, else a former name: a rename is a rename, not a removal and an addition):
/// removed, added, then renamed or changed, each by name.
pub fn recipient_changes<'a>(old: &'a Revision, new: &'a Revision) -> Vec<RecipientChange<'a>> {
    use crate::model::{Processor, find_continuing};
    let mut continued = vec![false; old.processors.len()];
    let mut added: Vec<&Processor> = Vec::new();
    let mut kept: Vec<(&Processor, &Processor)> = Vec::new();
    for p in &new.processors {
        let earlier = old
            .processors
            .iter()
            .enumerate()
            .filter(|(i, _)| !continued[*i])
            .find(|(_, o)| find_continuing(std::slice::from_ref(p), o).is_some());
        match earlier {
            Some((i, o)) => {
                continued[i] = true;
                // Any fact the diff compares (not where in the file it stands).
                if crate::diff::FACTS.iter().any(|fact| fact(o, p).is_some()) {
                    kept.push((o, p));
                }
            }
            None => added.push(p),
        }
    }
    let mut removed: Vec<&Processor> = old
        .processors
        .iter()
        .zip(&continued)
        .filter(|(_, c)| !**c)
        .map(|(p, _)| p)
        .collect();
    let by_name = |p: &&Processor| p.name.to_lowercase();
    removed.sort_by_key(by_name);
    added.sort_by_key(by_name);
    kept.sort_by_key(|(_, p)| p.name.to_lowercase());
    let mut out: Vec<RecipientChange<'a>> = Vec::new();
    out.extend(removed.into_iter().map(|p| RecipientChange {
        kind: ChangeKind::Removed,
        name: &p.name,
        before: Some(p),
        after: None,
    }));
    out.extend(added.into_iter().map(|p| RecipientChange {
        kind: ChangeKind::Added,
        name: &p.name,
        before: None,
        after: Some(p),
    }));
    out.extend(kept.into_iter().map(|(a, b)| RecipientChange {
        kind: if a.name != b.name {
            ChangeKind::Renamed
        } else {
            ChangeKind::Changed
        },
        name: &b.name,
        before: Some(a),
        after: Some(b),
    }));
    out
}

/// What `privsite check` reports about notices in one locale: (rule, file, message).
pub fn findings(
    site: &crate::model::Site,
    company: &crate::model::Company,
    history: &LocaleHistory,
    today: Date,
) -> Vec<(&'static str, std::path::PathBuf, String)> {
    let mut out = Vec::new();
    // Notices are owed from the revision in force onward: what is history is history.
    let first_owed = Timeline::new(history, today).current_index();
    let promise = company.info.notice.as_ref().and_then(|n| n.days);
    for (i, revision) in history.revisions.iter().enumerate() {
        let file = revision.source.clone();
        let class = class_of(history, i);
        let material = class.as_ref().is_some_and(|c| c.material);
        let owed = i >= first_owed;
        let announced = revision.notice.announced;
        // An upcoming material change needs its announcement; one in force needs it where
        // the company promises notice (else a past notice is no longer for check to ask).
        let upcoming = revision.date > today;
        if owed && material && announced.is_none() && (upcoming || promise.is_some()) {
            let status = if upcoming {
                "takes effect"
            } else {
                "took effect"
            };
            let promised = match promise {
                Some(days) => format!(", and company.toml promises {days} days' notice"),
                None => String::new(),
            };
            out.push((
                "notice-announced",
                file.clone(),
                format!(
                    "a material change {status} on {} with no announced date{promised}: expected announced = YYYY-MM-DD, the day its notice went out (or the file committed to git before that day)",
                    revision.date
                ),
            ));
        }
        if let Some(announced) = announced
            && announced > revision.date
        {
            out.push((
                "notice-order",
                file.clone(),
                format!(
                    "announced = {announced} is after the day it takes effect, {}: a notice cannot follow the change it announces",
                    revision.date
                ),
            ));
        } else if owed
            && material
            && let Some(days) = promise
            && let Some(given) = notice_given(revision)
            && given < i64::from(days)
        {
            out.push((
                "notice-days",
                file.clone(),
                format!(
                    "a material change announced on {} takes effect on {}, {given} day{} later: company.toml promises {days} days' notice",
                    announced.map(|d| d.to_string()).unwrap_or_default(),
                    revision.date,
                    if given == 1 { "" } else { "s" },
                ),
            ));
        }
        if let Some(c) = &class
            && c.contradicted()
        {
            let reasons = c.reasons.as_deref().unwrap_or_default();
            let message = if c.material {
                "says material = true, but its diff shows only editorial changes".to_string()
            } else {
                format!(
                    "says material = false, but its diff shows a material change: {}",
                    reasons
                        .iter()
                        .map(Reason::describe)
                        .collect::<Vec<_>>()
                        .join("; ")
                )
            };
            out.push(("material-override", file.clone(), message));
        }
        for edit in site.git.edits_after_effect(revision) {
            out.push((
                "history-edited",
                file.clone(),
                format!(
                    "edited on {} (commit {}), after it took effect on {}",
                    edit.date, edit.commit, revision.date
                ),
            ));
        }
    }
    out
}

/// The key a finding of `rule` points at in the revision file.
pub fn finding_key(rule: &str) -> Option<&'static str> {
    match rule {
        "notice-days" | "notice-order" => Some("announced"),
        "material-override" => Some("material"),
        _ => None,
    }
}
