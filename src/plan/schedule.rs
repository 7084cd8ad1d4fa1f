//! When a built site next changes by itself. What is "in force" is decided at build time:
//! an upcoming revision takes effect only on a build on or after its date. The build
//! says when that is, and writes it to `build.json` at the root of the output, for a
//! scheduler to read:
//!
//! ```json
//! { "version": 1, "date": "2026-12-01",
//!   "next_change": { "date": "2026-12-15",
//!                    "revisions": [{ "company": "quickbutik", "locale": "en" }] } }
//! ```
//!
//! `next_change` is `null` when no revision is upcoming. The same sources and build
//! date give the same bytes.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::model::Site;

/// The output file the build date and the next change are written to.
pub const BUILD_JSON: &str = "build.json";

/// The first day after the build date on which a revision takes effect, and which.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NextChange {
    pub date: Date,
    /// Every company and locale whose revision takes effect that day, in site order.
    pub revisions: Vec<Upcoming>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Upcoming {
    pub company: String,
    pub locale: String,
}

/// The next change after `today`, if any revision of the site is still to come.
pub fn next_change(site: &Site, today: Date) -> Option<NextChange> {
    let mut next: Option<NextChange> = None;
    for company in &site.companies {
        for history in &company.locales {
            let Some(revision) = history.revisions.iter().find(|r| r.date > today) else {
                continue;
            };
            let upcoming = Upcoming {
                company: company.slug.clone(),
                locale: history.locale.as_str().to_string(),
            };
            match &mut next {
                Some(n) if n.date == revision.date => n.revisions.push(upcoming),
                Some(n) if n.date < revision.date => {}
                _ => {
                    next = Some(NextChange {
                        date: revision.date,
                        revisions: vec![upcoming],
                    })
                }
            }
        }
    }
    next
}

/// The text of `build.json` (see the module's documentation).
pub fn build_json(site: &Site, today: Date) -> String {
    build_json_with(today, next_change(site, today))
}

/// The text of `build.json` for the build date and the next change after it.
pub fn build_json_with(today: Date, next_change: Option<NextChange>) -> String {
    #[derive(Serialize)]
    struct BuildJson {
        version: u32,
        date: Date,
        next_change: Option<NextChange>,
    }
    let json = BuildJson {
        version: 1,
        date: today,
        next_change,
    };
    let mut text = serde_json::to_string_pretty(&json).expect("plain data serializes");
    text.push('\n');
    text
}

/// One line for the end of a build: `next: quickbutik/en 2026-12-15 takes effect;
/// rebuild on or after that day`.
pub fn describe(next: Option<&NextChange>) -> String {
    let Some(next) = next else {
        return "next: no revision is upcoming; the site changes only when its sources do"
            .to_string();
    };
    let mut names: Vec<String> = next
        .revisions
        .iter()
        .take(3)
        .map(|u| format!("{}/{}", u.company, u.locale))
        .collect();
    if next.revisions.len() > 3 {
        names.push(format!("{} more", next.revisions.len() - 3));
    }
    let verb = if next.revisions.len() == 1 {
        "takes"
    } else {
        "take"
    };
    format!(
        "next: {} {} {verb} effect; rebuild on or after that day",
        names.join(", "),
        next.date
    )
}
