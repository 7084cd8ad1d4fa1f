//! The notice e-mail's two parts, rendered through the site's theme like its pages:
//! `notice-email.txt` (the plain-text part, whose values are printed as they are) and
//! `notice-email.html` (the HTML part, whose values the theme HTML-escapes). A site
//! overrides either in its theme folder or its own `templates/`, as it overrides a page.
//!
//! Both templates are given a [`Notice`]: plain data, with dates as `YYYY-MM-DD` for the
//! `| date` filter, and `lang` for that filter and for `t(key=…)`, which looks messages up
//! in the notice's language. Only what a template cannot work out is written here: the
//! subject, and where each recipient processes data and under which safeguard.

use jiff::civil::Date;
use serde::Serialize;

use crate::diagnostic::Diagnostic;
use crate::model::{Company, Processor};
use crate::plan::Status;
use crate::plan::notice::{ChangeKind, Reason, RecipientChange};
use crate::render::{EMAIL_TEMPLATES, Theme};
use crate::text::i18n::Messages;

/// What the notice templates are given.
#[derive(Debug, Serialize)]
pub struct Notice<'a> {
    /// The notice's locale: the language `t(key=…)` and `| date` write in.
    pub lang: &'a str,
    /// The e-mail's subject, as its header says it.
    pub subject: &'a str,
    /// `slug`, `name` (the name shown), `email` (`null` where company.toml has none).
    pub company: NoticeCompany<'a>,
    pub revision: RevisionFacts<'a>,
    pub class: ClassFacts,
    /// The last day customers may object: the announcement plus `[notice] objection_days`.
    pub objection_deadline: Option<Date>,
    /// The recipients that change, one group per kind (added, removed, renamed, changed,
    /// in that order), groups without recipients left out.
    pub changes: Vec<Group<'a>>,
    /// The cookie changes, as sentences.
    pub cookie_changes: Vec<String>,
    /// The document this notice is of, where it is not the privacy notice: its title.
    pub document: Option<&'a str>,
    pub links: Links,
}

/// A company as a notice and its webhook payload name it.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct NoticeCompany<'a> {
    pub slug: &'a str,
    /// The name shown: `name` in company.toml, else the slug.
    pub name: &'a str,
    pub email: Option<&'a str>,
    /// Where customers object: `[notice] contact` (an e-mail address or a URL), else
    /// `email`.
    pub objection_contact: Option<&'a str>,
}

impl<'a> NoticeCompany<'a> {
    pub fn of(company: &'a Company) -> NoticeCompany<'a> {
        NoticeCompany {
            slug: &company.slug,
            name: company.display_name(),
            email: company.info.email.as_deref(),
            objection_contact: company.info.objection_contact(),
        }
    }
}

/// The revision a notice announces.
#[derive(Debug, Serialize)]
pub struct RevisionFacts<'a> {
    pub date: Date,
    pub announced: Option<Date>,
    /// The date of the revision it replaces.
    pub previous_date: Option<Date>,
    pub summary: Option<&'a str>,
    /// `upcoming`, or `current` when it took effect within the notice window.
    pub status: Status,
}

/// Why the change is material: `declared` is `material = …` in the source, where set;
/// `reasons` is what the diff shows, as the webhook payload gives them.
#[derive(Debug, Serialize)]
pub struct ClassFacts {
    pub material: bool,
    pub declared: Option<bool>,
    pub reasons: Vec<Reason>,
    /// Who classed the change and from what, in the notice's language: the class is the
    /// site's word, not the company's.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub explained: String,
}

/// The recipients changing one way.
#[derive(Debug, Serialize)]
pub struct Group<'a> {
    /// `added`, `removed`, `renamed` or `changed`; `notice-email-<kind>` is its heading.
    pub kind: ChangeKind,
    pub recipients: Vec<Recipient<'a>>,
}

/// One recipient that changes.
#[derive(Debug, Serialize)]
pub struct Recipient<'a> {
    pub name: &'a str,
    /// Its facts before (`null` when added) and after (`null` when removed).
    pub before: Option<&'a Processor>,
    pub after: Option<&'a Processor>,
    /// Where it processes data (countries named and listed in the notice's language).
    pub location: String,
    /// Its transfer safeguard, or that it is within the EEA, or that none is stated.
    pub safeguard: String,
}

/// The addresses a notice links to.
#[derive(Debug, Serialize)]
pub struct Links {
    /// The new version compared with the one it replaces, word by word.
    pub diff: String,
    /// The new version itself.
    pub policy: String,
}

/// The rendered parts of the e-mail.
pub struct Parts {
    pub text: String,
    pub html: String,
}

/// Renders both templates with `notice`.
pub fn render(theme: &Theme, notice: &Notice) -> Result<Parts, Diagnostic> {
    let [text, html] = EMAIL_TEMPLATES;
    Ok(Parts {
        text: theme.render(text, notice)?,
        html: theme.render(html, notice)?,
    })
}

/// The message `key` in `lang` with `args`, trimmed; the key itself where none has it.
pub fn message(messages: &Messages, lang: &str, key: &str, args: &[(&str, String)]) -> String {
    messages.text(lang, key, args).trim().to_string()
}

/// The groups of `changes`, in the order a notice states them.
pub fn groups<'a>(
    changes: &[RecipientChange<'a>],
    messages: &Messages,
    lang: &str,
) -> Vec<Group<'a>> {
    [
        ChangeKind::Added,
        ChangeKind::Removed,
        ChangeKind::Renamed,
        ChangeKind::Changed,
    ]
    .into_iter()
    .map(|kind| Group {
        kind,
        recipients: changes
            .iter()
            .filter(|c| c.kind == kind)
            .filter_map(|c| {
                let p = c.after.or(c.before)?;
                Some(Recipient {
                    name: c.name,
                    before: c.before,
                    after: c.after,
                    location: location(messages, lang, p),
                    safeguard: safeguard(messages, lang, p),
                })
            })
            .collect(),
    })
    .filter(|g| !g.recipients.is_empty())
    .collect()
}

fn location(messages: &Messages, lang: &str, p: &Processor) -> String {
    if !p.states_location() {
        return message(messages, lang, "not-stated", &[]);
    }
    // In the language of the messages around them (English where `lang` has none).
    let interface = messages.interface_locale(lang);
    let mut names: Vec<String> = p
        .stated_countries()
        .iter()
        .map(|c| crate::text::cldr::country_name(interface, c))
        .collect();
    names.extend(
        p.regions
            .iter()
            .map(|r| message(messages, lang, r.message_key(), &[])),
    );
    crate::text::cldr::list(interface, &names)
}

fn safeguard(messages: &Messages, lang: &str, p: &Processor) -> String {
    let key = match p.safeguard {
        Some(s) => format!("safeguard-{}", s.as_str()),
        None if p.outside_eea() == Some(false) => "location-within-eea".to_string(),
        None => "safeguard-none".to_string(),
    };
    message(messages, lang, &key, &[])
}
