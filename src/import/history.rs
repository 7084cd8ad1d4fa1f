//! What changed from one imported revision to the next, told as a reader would: a summary
//! ("Added Anthropic; Azure now also processes in Canada") and the recipients that look
//! renamed rather than replaced.

use std::collections::BTreeSet;

use fluent_bundle::{FluentArgs, FluentValue};

use super::mapping::{Processor, Revision};
use crate::text::i18n::Messages;

/// The summary of what changed from `old` to `new`, in the language of `locale`'s
/// messages: recipients added, removed, renamed, their places and purposes; sections
/// added, removed, reworded.
pub fn summary(
    old: &Revision,
    new: &Revision,
    messages: &Messages,
    locale: &str,
) -> Option<String> {
    let say = |key: &str, args: &[(&str, String)]| messages.text(locale, key, args);
    let list = |items: &[String]| crate::text::cldr::list(locale, items);
    let quoted = |title: &str| say("import-summary-quoted", &[("title", title.to_string())]);
    let mut told: Vec<String> = Vec::new();
    let continuing = |p: &Processor| -> Option<&Processor> {
        old.processors
            .iter()
            .find(|o| o.name == p.name)
            .or_else(|| old.processors.iter().find(|o| p.formerly.contains(&o.name)))
    };
    let added: Vec<String> = new
        .processors
        .iter()
        .filter(|p| continuing(p).is_none())
        .map(|p| p.name.clone())
        .collect();
    if !added.is_empty() {
        told.push(say("import-summary-added", &[("names", list(&added))]));
    }
    let removed: Vec<String> = old
        .processors
        .iter()
        .filter(|o| {
            !new.processors
                .iter()
                .any(|p| p.name == o.name || p.formerly.contains(&o.name))
        })
        .map(|o| o.name.clone())
        .collect();
    if !removed.is_empty() {
        told.push(say("import-summary-removed", &[("names", list(&removed))]));
    }
    // Where a recipient processes: its countries by name, then the regions it names.
    let places = |p: &Processor| -> Vec<String> {
        let mut out: Vec<String> = p
            .countries
            .iter()
            .map(|c| crate::text::cldr::country_name(locale, c))
            .collect();
        out.extend(p.regions.iter().map(|r| say(r.message_key(), &[])));
        out
    };
    for p in &new.processors {
        let Some(o) = continuing(p) else { continue };
        let name = || ("name", p.name.clone());
        if o.name != p.name {
            told.push(say(
                "import-summary-renamed",
                &[("old", o.name.clone()), ("new", p.name.clone())],
            ));
        }
        let (now, before) = (places(p), places(o));
        let gained: Vec<String> = now
            .iter()
            .filter(|c| !before.contains(c))
            .cloned()
            .collect();
        let lost: Vec<String> = before
            .iter()
            .filter(|c| !now.contains(c))
            .cloned()
            .collect();
        let key = match (gained.is_empty(), lost.is_empty(), before.is_empty()) {
            (false, true, false) => Some("import-summary-places-added"),
            (false, true, true) => Some("import-summary-places-first"),
            (true, false, _) => Some("import-summary-places-removed"),
            (false, false, _) => Some("import-summary-places-changed"),
            (true, true, _) => None,
        };
        if let Some(key) = key {
            let shown = if gained.is_empty() { &lost } else { &gained };
            told.push(say(
                key,
                &[name(), ("places", list(shown)), ("old", list(&lost))],
            ));
        }
        if p.purpose != o.purpose && p.purpose.is_some() {
            told.push(say("import-summary-purpose", &[name()]));
        }
    }
    let old_ids: BTreeSet<&str> = old.sections.iter().map(|s| s.id.as_str()).collect();
    let new_ids: BTreeSet<&str> = new.sections.iter().map(|s| s.id.as_str()).collect();
    for s in new
        .sections
        .iter()
        .filter(|s| !old_ids.contains(s.id.as_str()))
    {
        told.push(say(
            "import-summary-section-added",
            &[("title", quoted(&s.title))],
        ));
    }
    for s in old
        .sections
        .iter()
        .filter(|s| !new_ids.contains(s.id.as_str()))
    {
        told.push(say(
            "import-summary-section-removed",
            &[("title", quoted(&s.title))],
        ));
    }
    let changed: Vec<String> = new
        .sections
        .iter()
        .filter(|s| {
            old.sections
                .iter()
                .any(|o| o.id == s.id && o.body.trim() != s.body.trim())
        })
        .map(|s| quoted(&s.title))
        .collect();
    if !changed.is_empty() && told.is_empty() && changed.len() <= 3 {
        told.push(say(
            "import-summary-reworded",
            &[("titles", list(&changed))],
        ));
    } else if !changed.is_empty() {
        let count = changed.len().to_string();
        let mut args = FluentArgs::new();
        args.set("count", FluentValue::from(changed.len()));
        let counted = messages
            .get(locale, "diff-count-sections-changed", Some(&args))
            .unwrap_or(count);
        told.push(counted);
    }
    if told.is_empty() && (old.title != new.title || old.intro != new.intro) {
        told.push(say("import-summary-intro", &[]));
    }
    (!told.is_empty()).then(|| {
        let mut joined = told.join("; ");
        // A phrase beginning with a count in words ("one section changed") starts the
        // summary with a capital, as the others do.
        if let Some(first) = joined.chars().next()
            && first.is_lowercase()
        {
            joined = first.to_uppercase().chain(joined.chars().skip(1)).collect();
        }
        joined
    })
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
