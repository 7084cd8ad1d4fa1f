//! What changed from one imported revision to the next, told as a reader would: a summary
//! ("Added Anthropic; Azure now also processes in Canada") and the recipients that look
//! renamed rather than replaced.

use std::collections::BTreeSet;

use super::mapping::{Processor, Revision};

/// The summary of what changed from `old` to `new`, in English: recipients added,
/// removed, renamed, their places and purposes; sections added, removed, reworded.
pub fn summary(old: &Revision, new: &Revision, lang: &str) -> Option<String> {
    let mut told: Vec<String> = Vec::new();
    let continuing = |p: &Processor| -> Option<&Processor> {
        old.processors
            .iter()
            .find(|o| o.name == p.name)
            .or_else(|| old.processors.iter().find(|o| p.formerly.contains(&o.name)))
    };
    let added: Vec<&str> = new
        .processors
        .iter()
        .filter(|p| continuing(p).is_none())
        .map(|p| p.name.as_str())
        .collect();
    if !added.is_empty() {
        told.push(format!("Added {}", list(&added)));
    }
    let removed: Vec<&str> = old
        .processors
        .iter()
        .filter(|o| {
            !new.processors
                .iter()
                .any(|p| p.name == o.name || p.formerly.contains(&o.name))
        })
        .map(|o| o.name.as_str())
        .collect();
    if !removed.is_empty() {
        told.push(format!("Removed {}", list(&removed)));
    }
    for p in &new.processors {
        let Some(o) = continuing(p) else { continue };
        if o.name != p.name {
            told.push(format!("{} is now {}", o.name, p.name));
        }
        let gained: Vec<String> = p
            .countries
            .difference(&o.countries)
            .map(|c| country(c, lang))
            .collect();
        let lost: Vec<String> = o
            .countries
            .difference(&p.countries)
            .map(|c| country(c, lang))
            .collect();
        let gained: Vec<&str> = gained.iter().map(String::as_str).collect();
        let lost: Vec<&str> = lost.iter().map(String::as_str).collect();
        match (gained.is_empty(), lost.is_empty(), o.countries.is_empty()) {
            (false, true, false) => told.push(format!(
                "{} now also processes in {}",
                p.name,
                list(&gained)
            )),
            (false, true, true) => told.push(format!("{} processes in {}", p.name, list(&gained))),
            (true, false, _) => {
                told.push(format!("{} no longer processes in {}", p.name, list(&lost)))
            }
            (false, false, _) => told.push(format!(
                "{} now processes in {} instead of {}",
                p.name,
                list(&gained),
                list(&lost)
            )),
            (true, true, _) => {}
        }
        if p.purpose != o.purpose && p.purpose.is_some() {
            told.push(format!("{} has a new purpose", p.name));
        }
    }
    let old_ids: BTreeSet<&str> = old.sections.iter().map(|s| s.id.as_str()).collect();
    let new_ids: BTreeSet<&str> = new.sections.iter().map(|s| s.id.as_str()).collect();
    let titles = |r: &Revision, ids: &BTreeSet<&str>| -> Vec<String> {
        r.sections
            .iter()
            .filter(|s| ids.contains(s.id.as_str()))
            .map(|s| format!("\u{201c}{}\u{201d}", s.title))
            .collect()
    };
    let new_sections = titles(new, &new_ids.difference(&old_ids).copied().collect());
    let gone_sections = titles(old, &old_ids.difference(&new_ids).copied().collect());
    let changed: Vec<String> = new
        .sections
        .iter()
        .filter(|s| {
            old.sections
                .iter()
                .any(|o| o.id == s.id && o.body.trim() != s.body.trim())
        })
        .map(|s| format!("\u{201c}{}\u{201d}", s.title))
        .collect();
    if !new_sections.is_empty() {
        told.push(format!("New section {}", list(&refs(&new_sections))));
    }
    if !gone_sections.is_empty() {
        told.push(format!("Section {} removed", list(&refs(&gone_sections))));
    }
    if !changed.is_empty() && told.is_empty() {
        let shown: Vec<&str> = changed.iter().take(3).map(String::as_str).collect();
        let more = changed.len().saturating_sub(3);
        told.push(if more > 0 {
            format!("Reworded {} and {more} more sections", shown.join(", "))
        } else {
            format!("Reworded {}", list(&shown))
        });
    } else if !changed.is_empty() {
        told.push(format!(
            "{} section{} reworded",
            changed.len(),
            if changed.len() == 1 { "" } else { "s" }
        ));
    }
    if told.is_empty() && (old.title != new.title || old.intro != new.intro) {
        told.push("Reworded the introduction".into());
    }
    (!told.is_empty()).then(|| told.join("; "))
}

/// For each recipient of `new` that `old` does not have, a removed one of `old` it
/// continues under a new name: the same purpose and places, and a close name. Sets
/// `formerly` and returns the proposals, for the report.
pub fn propose_renames(old: &Revision, new: &mut Revision) -> Vec<String> {
    let kept: BTreeSet<String> = new.processors.iter().map(|p| p.name.clone()).collect();
    let mut removed: Vec<&Processor> = old
        .processors
        .iter()
        .filter(|o| !kept.contains(&o.name))
        .collect();
    let old_names: BTreeSet<&str> = old.processors.iter().map(|o| o.name.as_str()).collect();
    let mut notes = Vec::new();
    for p in new
        .processors
        .iter_mut()
        .filter(|p| !old_names.contains(p.name.as_str()) && p.formerly.is_empty())
    {
        let Some(at) = removed.iter().position(|o| {
            norm(o.purpose.as_deref()) == norm(p.purpose.as_deref())
                && o.countries == p.countries
                && o.regions == p.regions
                && close(&o.name, &p.name)
        }) else {
            continue;
        };
        let o = removed.remove(at);
        p.formerly.push(o.name.clone());
        notes.push(format!(
            "{:?} proposed as formerly {:?} (same purpose and places, a close name): check it",
            p.name, o.name
        ));
    }
    notes
}

fn norm(text: Option<&str>) -> Option<String> {
    text.map(|t| {
        t.to_lowercase()
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    })
}

/// Whether two names are close: one's words begin the other's, they share a first word
/// of three letters or more, or they differ in at most a third of their letters.
pub fn close(a: &str, b: &str) -> bool {
    let words = |s: &str| -> Vec<String> {
        s.to_lowercase()
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(String::from)
            .collect()
    };
    let (wa, wb) = (words(a), words(b));
    if wa.is_empty() || wb.is_empty() {
        return false;
    }
    if wa[0] == wb[0] && wa[0].chars().count() >= 3 {
        return true;
    }
    let (ja, jb) = (wa.concat(), wb.concat());
    if ja.starts_with(&jb) || jb.starts_with(&ja) {
        return true;
    }
    let longest = ja.chars().count().max(jb.chars().count());
    edit_distance(&ja, &jb) * 3 <= longest
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (above + 1)
                .min(row[j] + 1)
                .min(diagonal + usize::from(ca != *cb));
            diagonal = above;
        }
    }
    row[b.len()]
}

fn refs(v: &[String]) -> Vec<&str> {
    v.iter().map(String::as_str).collect()
}

/// "A", "A and B", "A, B and C".
fn list(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => one.to_string(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

fn country(code: &str, lang: &str) -> String {
    crate::text::cldr::country_name(lang, code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_close_when_a_reader_would_take_them_for_one() {
        assert!(close("Mailgun", "Mailgun Technologies, Inc."));
        assert!(close("Sendgrid", "SendGrid"));
        assert!(close(
            "Amazon Web Services",
            "Amazon Web Services EMEA SARL"
        ));
        assert!(close("Zendesk", "Zendesk Inc"));
        assert!(!close("Stripe", "Adyen"));
        assert!(!close("Slack", "Zoom"));
    }
}
