//! What changed in the cookies a document declares, as facts ("_ga is now kept 2 years
//! instead of 1 year", "new marketing cookie _tt from TikTok"), and which of those changes
//! are material: a cookie that needs consent added, a cookie that now needs consent, one
//! kept longer, one now processed in a country outside the EEA.

use fluent_bundle::FluentValue;
use serde::Serialize;

use crate::diff::ValueChange;
use crate::diff::told::ChangeLine;
use crate::model::countries;
use crate::model::document::{Duration, Party};
use crate::model::{Cookie, CookieCategory, Safeguard};
use crate::text::i18n::Messages;

/// A change to the declared cookies, aligned by name. Serialized with a `"change"` tag.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "change", rename_all = "lowercase")]
pub enum CookieChange {
    Added { cookie: Cookie },
    Removed { cookie: Cookie },
    Changed(Box<ChangedCookie>),
}

impl CookieChange {
    pub fn name(&self) -> &str {
        match self {
            CookieChange::Added { cookie } | CookieChange::Removed { cookie } => &cookie.name,
            CookieChange::Changed(c) => &c.cookie.name,
        }
    }
}

/// A cookie both revisions declare, with each fact that changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChangedCookie {
    pub cookie: Cookie,
    pub before: Cookie,
    pub changes: Vec<CookieFact>,
}

/// One fact of a cookie that changed (`None` where a revision does not state it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "fact", rename_all = "snake_case")]
pub enum CookieFact {
    Provider(ValueChange<String>),
    Category(ValueChange<CookieCategory>),
    Duration(ValueChange<Duration>),
    Party(ValueChange<Party>),
    Purpose(ValueChange<String>),
    Countries(ValueChange<Vec<String>>),
    Safeguard(ValueChange<Safeguard>),
}

/// The cookie changes from `old` to `new`: removed, then added, then changed, each by
/// name, as a cookie notice states them. The order of the list itself is no change.
pub fn diff_cookies(old: &[Cookie], new: &[Cookie]) -> Vec<CookieChange> {
    let by_name = |list: &[Cookie]| {
        let mut sorted: Vec<Cookie> = list.to_vec();
        sorted.sort_by_key(|c| c.name.to_lowercase());
        sorted
    };
    let (old, new) = (by_name(old), by_name(new));
    let mut out: Vec<CookieChange> = old
        .iter()
        .filter(|o| !new.iter().any(|n| n.name == o.name))
        .map(|o| CookieChange::Removed { cookie: o.clone() })
        .collect();
    out.extend(
        new.iter()
            .filter(|n| !old.iter().any(|o| o.name == n.name))
            .map(|n| CookieChange::Added { cookie: n.clone() }),
    );
    for n in &new {
        let Some(o) = old.iter().find(|o| o.name == n.name) else {
            continue;
        };
        let changes = facts(o, n);
        if !changes.is_empty() {
            out.push(CookieChange::Changed(Box::new(ChangedCookie {
                cookie: n.clone(),
                before: o.clone(),
                changes,
            })));
        }
    }
    out
}

fn facts(o: &Cookie, n: &Cookie) -> Vec<CookieFact> {
    fn between<T: PartialEq + Clone>(a: &Option<T>, b: &Option<T>) -> Option<ValueChange<T>> {
        (a != b).then(|| ValueChange {
            old: a.clone(),
            new: b.clone(),
        })
    }
    let trimmed = |t: &Option<String>| t.as_ref().map(|t| t.trim().to_string());
    let sorted = |c: &Option<Vec<String>>| {
        c.as_ref().map(|c| {
            let mut c = c.clone();
            c.sort();
            c
        })
    };
    let mut out = Vec::new();
    out.extend(between(&trimmed(&o.provider), &trimmed(&n.provider)).map(CookieFact::Provider));
    out.extend(between(&o.category, &n.category).map(CookieFact::Category));
    out.extend(between(&o.duration, &n.duration).map(CookieFact::Duration));
    out.extend(between(&o.party, &n.party).map(CookieFact::Party));
    out.extend(between(&trimmed(&o.purpose), &trimmed(&n.purpose)).map(CookieFact::Purpose));
    if sorted(&o.countries) != sorted(&n.countries) {
        out.push(CookieFact::Countries(ValueChange {
            old: o.countries.clone(),
            new: n.countries.clone(),
        }));
    }
    out.extend(between(&o.safeguard, &n.safeguard).map(CookieFact::Safeguard));
    out
}

/// Why a cookie change is material.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(tag = "reason", rename_all = "kebab-case")]
pub enum CookieReason {
    /// A cookie that needs consent (or whose category is not stated) was added.
    Added {
        name: String,
        category: Option<CookieCategory>,
    },
    /// A cookie kept before as strictly necessary now needs consent.
    NowNeedsConsent {
        name: String,
        category: CookieCategory,
    },
    /// A cookie is kept longer than before.
    KeptLonger {
        name: String,
        old: Duration,
        new: Duration,
    },
    /// A cookie is now processed in a country outside the EEA.
    CountryOutsideEea { name: String, country: String },
}

impl CookieReason {
    /// In English, for `privsite check`.
    pub fn describe(&self) -> String {
        match self {
            CookieReason::Added { name, category } => match category {
                Some(c) => format!("{} cookie {name:?} added", c.as_str()),
                None => format!("cookie {name:?} added, its category not stated"),
            },
            CookieReason::NowNeedsConsent { name, category } => {
                format!(
                    "cookie {name:?} is now {}: it needs consent",
                    category.as_str()
                )
            }
            CookieReason::KeptLonger { name, old, new } => format!(
                "cookie {name:?} is now kept {} instead of {}",
                new.as_source(),
                old.as_source()
            ),
            CookieReason::CountryOutsideEea { name, country } => {
                format!("cookie {name:?} is now processed in {country}, outside the EEA")
            }
        }
    }
}

/// What makes the cookie changes material; empty when none does.
pub fn reasons(changes: &[CookieChange]) -> Vec<CookieReason> {
    let mut out = Vec::new();
    for change in changes {
        match change {
            CookieChange::Added { cookie } => {
                if cookie.needs_consent() != Some(false) {
                    out.push(CookieReason::Added {
                        name: cookie.name.clone(),
                        category: cookie.category,
                    });
                }
            }
            CookieChange::Removed { .. } => {}
            CookieChange::Changed(c) => {
                let name = &c.cookie.name;
                if let (Some(false), Some(category)) = (c.before.needs_consent(), c.cookie.category)
                    && category != CookieCategory::Necessary
                {
                    out.push(CookieReason::NowNeedsConsent {
                        name: name.clone(),
                        category,
                    });
                }
                if let (Some(old), Some(new)) = (&c.before.duration, &c.cookie.duration)
                    && new.approx_seconds() > old.approx_seconds()
                {
                    out.push(CookieReason::KeptLonger {
                        name: name.clone(),
                        old: old.clone(),
                        new: new.clone(),
                    });
                }
                let before = c.before.countries.as_deref().unwrap_or_default();
                for country in c.cookie.countries.as_deref().unwrap_or_default() {
                    if !countries::in_eea(country) && !before.contains(country) {
                        out.push(CookieReason::CountryOutsideEea {
                            name: name.clone(),
                            country: country.clone(),
                        });
                    }
                }
            }
        }
    }
    out
}

/// A duration in the reader's words: "2 years", "1 year and 6 months", "until the
/// browser closes".
pub fn duration_text(messages: &Messages, lang: &str, duration: &Duration) -> String {
    match duration {
        Duration::Session => messages.text(lang, "duration-session", &[] as &[(&str, &str)]),
        Duration::Period(p) => {
            let parts: Vec<String> = p
                .parts()
                .into_iter()
                .map(|(unit, n)| {
                    messages.text(
                        lang,
                        &format!("duration-{unit}"),
                        &[("count", FluentValue::from(i64::from(n)))],
                    )
                })
                .collect();
            crate::text::cldr::list(lang, &parts)
        }
    }
}

/// A category in the reader's words; "category not stated" where none is.
pub fn category_text(messages: &Messages, lang: &str, category: Option<CookieCategory>) -> String {
    let key = match category {
        Some(c) => format!("cookie-category-{}", c.as_str()),
        None => "cookie-category-unstated".to_string(),
    };
    messages.text(lang, &key, &[] as &[(&str, &str)])
}

/// The cookie changes as sentences, in the reader's language.
pub fn lines(messages: &Messages, lang: &str, changes: &[CookieChange]) -> Vec<ChangeLine> {
    let s = |v: String| FluentValue::from(v);
    let unstated = || messages.text(lang, "value-not-stated", &[] as &[(&str, &str)]);
    let t =
        |key: &str, args: &[(&str, FluentValue)]| messages.text(lang, key, args).trim().to_string();
    let duration = |d: &Option<Duration>| match d {
        Some(d) => duration_text(messages, lang, d),
        None => unstated(),
    };
    let text_or_unstated = |v: &Option<String>| v.clone().unwrap_or_else(unstated);
    let countries = |c: &Option<Vec<String>>| match c {
        Some(codes) => {
            let names: Vec<String> = codes
                .iter()
                .map(|c| crate::text::cldr::country_name(lang, c))
                .collect();
            crate::text::cldr::list(lang, &names)
        }
        None => unstated(),
    };
    let party = |p: &Option<Party>| match p {
        Some(p) => t(&format!("cookie-party-{}", p.as_str()), &[]),
        None => unstated(),
    };
    let safeguard = |v: &Option<Safeguard>| match v {
        Some(v) => t(&format!("safeguard-{}", v.as_str()), &[]),
        None => t("safeguard-none", &[]),
    };
    let mut out = Vec::new();
    for change in changes {
        let name = change.name().to_string();
        let mut push = |kind: &'static str, key: &str, args: Vec<(&str, FluentValue)>| {
            let mut all = vec![("name", FluentValue::from(name.clone()))];
            all.extend(args);
            out.push(ChangeLine {
                kind,
                name: name.clone(),
                text: t(key, &all),
            });
        };
        match change {
            CookieChange::Added { cookie } => {
                let category = s(category_text(messages, lang, cookie.category));
                match &cookie.provider {
                    Some(p) => push(
                        "added",
                        "change-cookie-added",
                        vec![
                            ("category", category),
                            ("provider", s(p.clone())),
                            ("duration", s(duration(&cookie.duration))),
                        ],
                    ),
                    None => push(
                        "added",
                        "change-cookie-added-unstated-provider",
                        vec![
                            ("category", category),
                            ("duration", s(duration(&cookie.duration))),
                        ],
                    ),
                }
            }
            CookieChange::Removed { .. } => push("removed", "change-cookie-removed", vec![]),
            CookieChange::Changed(c) => {
                for fact in &c.changes {
                    let (key, old, new) = match fact {
                        CookieFact::Provider(v) => (
                            "change-cookie-provider",
                            text_or_unstated(&v.old),
                            text_or_unstated(&v.new),
                        ),
                        CookieFact::Category(v) => (
                            "change-cookie-category",
                            category_text(messages, lang, v.old),
                            category_text(messages, lang, v.new),
                        ),
                        CookieFact::Duration(v) => {
                            ("change-cookie-duration", duration(&v.old), duration(&v.new))
                        }
                        CookieFact::Party(v) => {
                            ("change-cookie-party", party(&v.old), party(&v.new))
                        }
                        CookieFact::Purpose(v) => (
                            "change-cookie-purpose",
                            text_or_unstated(&v.old),
                            text_or_unstated(&v.new),
                        ),
                        CookieFact::Countries(v) => (
                            "change-cookie-countries",
                            countries(&v.old),
                            countries(&v.new),
                        ),
                        CookieFact::Safeguard(v) => (
                            "change-cookie-safeguard",
                            safeguard(&v.old),
                            safeguard(&v.new),
                        ),
                    };
                    push("changed", key, vec![("old", s(old)), ("new", s(new))]);
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cookie(name: &str, category: Option<CookieCategory>, duration: &str) -> Cookie {
        Cookie {
            name: name.into(),
            provider: Some("Google Analytics".into()),
            purpose: Some("Statistics".into()),
            category,
            duration: Duration::parse(duration).ok(),
            party: Some(Party::Third),
            storage: None,
            countries: None,
            safeguard: None,
            position: Default::default(),
        }
    }

    #[test]
    fn cookie_changes_are_facts_and_the_material_ones_are_named() {
        let old = [
            cookie("_ga", Some(CookieCategory::Statistics), "P1Y"),
            cookie("session", Some(CookieCategory::Necessary), "session"),
            cookie("pref", Some(CookieCategory::Necessary), "P30D"),
        ];
        let new = [
            cookie("_ga", Some(CookieCategory::Statistics), "P2Y"),
            cookie("session", Some(CookieCategory::Necessary), "session"),
            cookie("pref", Some(CookieCategory::Preferences), "P30D"),
            cookie("_ttp", Some(CookieCategory::Marketing), "P13M"),
            cookie("csrf", Some(CookieCategory::Necessary), "session"),
        ];
        let changes = diff_cookies(&old, &new);
        let names: Vec<&str> = changes.iter().map(CookieChange::name).collect();
        assert_eq!(names, ["_ttp", "csrf", "_ga", "pref"]);
        let reasons = reasons(&changes);
        assert_eq!(
            reasons,
            vec![
                CookieReason::Added {
                    name: "_ttp".into(),
                    category: Some(CookieCategory::Marketing)
                },
                CookieReason::KeptLonger {
                    name: "_ga".into(),
                    old: Duration::parse("P1Y").unwrap(),
                    new: Duration::parse("P2Y").unwrap()
                },
                CookieReason::NowNeedsConsent {
                    name: "pref".into(),
                    category: CookieCategory::Preferences
                },
            ]
        );
        // A necessary cookie added and a shorter duration are not material.
        let shorter = diff_cookies(&new[..1], &old[..1]);
        assert!(super::reasons(&shorter).is_empty());
        assert!(diff_cookies(&new, &new).is_empty());
    }
}
