//! Ids a revision's prose states (`{#id}`, `{: #id}`, raw HTML `id="…"`): unique on the
//! revision's page, never a section's id, never with the theme's `ps-` prefix (the page
//! drops such an id, so links to it break).

use std::collections::{BTreeMap, HashSet};

use jiff::civil::Date;

use super::RawFinding;
use crate::diagnostic::LineIndex;
use crate::model::{Revision, Site};
use crate::plan::Timeline;

pub(super) fn check(site: &Site, today: Date, current: bool) -> Vec<RawFinding> {
    let mut out = Vec::new();
    for company in &site.companies {
        for history in &company.locales {
            let first = if current {
                Timeline::new(history, today).current_index()
            } else {
                0
            };
            for revision in &history.revisions[first..] {
                revision_ids(site, revision, &mut out);
            }
        }
    }
    out
}

fn revision_ids(site: &Site, r: &Revision, out: &mut Vec<RawFinding>) {
    let sections: HashSet<&str> = r.sections.iter().map(|s| s.id.as_str()).collect();
    let texts = r
        .intro
        .iter()
        .map(String::as_str)
        .chain(r.sections.iter().map(|s| s.body.as_str()))
        .chain(r.purposes.iter().filter_map(|p| p.body.as_deref()));
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    let mut problems: Vec<(String, String)> = Vec::new();
    for text in texts {
        for id in crate::text::markdown::stated_element_ids(text) {
            let count = seen.entry(id.clone()).or_default();
            *count += 1;
            if id.starts_with("ps-") {
                problems.push((
                    id.clone(),
                    format!("id {id:?} starts with \"ps-\", which the theme keeps for its own ids: the page drops it"),
                ));
            } else if sections.contains(id.as_str()) {
                problems.push((
                    id.clone(),
                    format!("id {id:?} is also a section's id: the page would have it twice"),
                ));
            } else if *count == 2 {
                problems.push((
                    id.clone(),
                    format!("id {id:?} is stated twice in this revision's prose: links to it are ambiguous"),
                ));
            }
        }
    }
    if problems.is_empty() {
        return;
    }
    let text = std::fs::read_to_string(site.root.join(&r.source)).unwrap_or_default();
    let lines = LineIndex::new(&text);
    for (id, message) in problems {
        // The last place the id is written: the one that repeats it.
        let at = [
            format!("id=\"{id}\""),
            format!("id=\\\"{id}\\\""),
            format!("id='{id}'"),
            format!("{{#{id}"),
            format!("{{: #{id}"),
        ]
        .iter()
        .filter_map(|needle| text.rfind(needle.as_str()))
        .max();
        out.push(RawFinding {
            rule: "prose-id",
            file: r.source.clone(),
            position: at.map(|offset| lines.position(&text, offset)),
            message,
            hint: None,
            stops_run: false,
        });
    }
}
