//! Material or editorial: what a customer must be told before it takes effect.
//!
//! Material: a recipient added, a new country outside the EEA, a safeguard dropped or
//! weakened, a new purpose, a new or changed legal basis, a retention section whose words
//! changed, a row added to a table in a section's prose or changed in its words.
//! Everything else is editorial: typography, white space, markup, reordering, a link's
//! target. Items are aligned as the diff aligns them (sections and purposes by `id`,
//! processors by `name`); structured facts are compared as facts, and prose is compared
//! as documents only where its source changed (see docs/diffs.md).

use std::collections::BTreeSet;

use serde::Serialize;

use crate::diff::structure::DocDiff;
use crate::model::countries;
use crate::model::{Processor, Revision, Safeguard};
use crate::text::markdown;

/// The topics whose sections are read as prose for a change of facts: who receives the
/// data, where it goes, what it is used for.
const PROSE_FACTS: &[&str] = &["recipients", "transfers", "purposes"];

/// Why a change is material.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(tag = "reason", rename_all = "kebab-case")]
pub enum Reason {
    RecipientAdded {
        name: String,
    },
    CountryOutsideEea {
        name: String,
        country: String,
    },
    SafeguardWeakened {
        name: String,
        old: Option<Safeguard>,
        new: Option<Safeguard>,
    },
    PurposeAdded {
        id: String,
    },
    LegalBasisChanged {
        id: String,
    },
    RetentionChanged,
    /// The words of a section that tells in prose who receives the data, where it goes
    /// or what it is used for (one covering `recipients`, `transfers` or `purposes`)
    /// changed, or the section was added or removed: a recipient, a country or a purpose
    /// a policy states in prose is told there.
    SectionChanged {
        section: String,
    },
    /// A row added to a table in a section's prose (a recipient, a purpose, a country).
    TableRowAdded {
        section: String,
        row: Vec<String>,
    },
    /// A row of a table in a section's prose whose words changed.
    TableRowChanged {
        section: String,
        row: Vec<String>,
    },
    /// A change to the declared cookies that needs consent or says more is kept.
    Cookie(crate::diff::cookies::CookieReason),
}

impl Reason {
    /// In English, for `privsite check`.
    pub fn describe(&self) -> String {
        let sg = |s: &Option<Safeguard>| s.map_or("none".to_string(), |s| s.as_str().to_string());
        match self {
            Reason::RecipientAdded { name } => format!("recipient {name:?} added"),
            Reason::CountryOutsideEea { name, country } => {
                format!("{name:?} now processes data in {country}, outside the EEA")
            }
            Reason::SafeguardWeakened { name, old, new } => format!(
                "the safeguard of {name:?} went from {} to {}",
                sg(old),
                sg(new)
            ),
            Reason::PurposeAdded { id } => format!("purpose {id:?} added"),
            Reason::LegalBasisChanged { id } => {
                format!("the legal basis of purpose {id:?} changed")
            }
            Reason::RetentionChanged => "the retention section changed".to_string(),
            Reason::SectionChanged { section } => {
                format!(
                    "the words of section {section:?} (recipients, transfers or purposes) changed"
                )
            }
            Reason::TableRowAdded { section, row } => {
                format!(
                    "a table in section {section:?} has a new row: {}",
                    row.join(" | ")
                )
            }
            Reason::TableRowChanged { section, row } => {
                format!(
                    "a table row in section {section:?} now reads: {}",
                    row.join(" | ")
                )
            }
            Reason::Cookie(c) => c.describe(),
        }
    }
}

/// A revision's class: the override where there is one, else what the diff shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Class {
    pub material: bool,
    /// `material = …` in the source, where set.
    pub declared: Option<bool>,
    /// What the diff shows; empty for an editorial change. `None` without a predecessor.
    pub reasons: Option<Vec<Reason>>,
}

impl Class {
    pub fn new(declared: Option<bool>, reasons: Option<Vec<Reason>>) -> Class {
        let computed = reasons.as_ref().map(|r| !r.is_empty());
        Class {
            material: declared.or(computed).unwrap_or(false),
            declared,
            reasons,
        }
    }

    /// Whether the override says the opposite of the diff.
    pub fn contradicted(&self) -> bool {
        match (self.declared, &self.reasons) {
            (Some(d), Some(r)) => d == r.is_empty(),
            _ => false,
        }
    }

    pub fn as_str(&self) -> &'static str {
        if self.material {
            "material"
        } else {
            "editorial"
        }
    }
}

/// How strong a safeguard is, for telling a weakened one: an adequacy decision (the DPF
/// is one) over binding rules or clauses over a derogation over none.
fn strength(s: Option<Safeguard>) -> u8 {
    match s {
        None => 0,
        Some(Safeguard::Derogation) => 1,
        Some(Safeguard::Scc | Safeguard::Bcr) => 2,
        Some(Safeguard::Dpf | Safeguard::Adequacy) => 3,
    }
}

fn outside_eea(p: &Processor) -> bool {
    p.outside_eea() == Some(true)
}

/// What makes the change from `old` to `new` material; empty when it is editorial.
pub fn reasons(old: &Revision, new: &Revision) -> Vec<Reason> {
    let mut out = Vec::new();
    for p in &new.processors {
        let before = old
            .processors
            .iter()
            .find(|o| crate::model::find_continuing(std::slice::from_ref(p), o).is_some());
        match before {
            None => out.push(Reason::RecipientAdded {
                name: p.name.clone(),
            }),
            Some(before) => {
                for c in p.stated_countries() {
                    if !countries::in_eea(c) && !before.stated_countries().contains(c) {
                        out.push(Reason::CountryOutsideEea {
                            name: p.name.clone(),
                            country: c.clone(),
                        });
                    }
                }
                if outside_eea(p) && strength(p.safeguard) < strength(before.safeguard) {
                    out.push(Reason::SafeguardWeakened {
                        name: p.name.clone(),
                        old: before.safeguard,
                        new: p.safeguard,
                    });
                }
            }
        }
    }
    for purpose in &new.purposes {
        match old.purposes.iter().find(|o| o.id == purpose.id) {
            None => out.push(Reason::PurposeAdded {
                id: purpose.id.clone(),
            }),
            Some(before) => {
                let a: BTreeSet<_> = before.legal_bases.iter().collect();
                let b: BTreeSet<_> = purpose.legal_bases.iter().collect();
                if a != b {
                    out.push(Reason::LegalBasisChanged {
                        id: purpose.id.clone(),
                    });
                }
            }
        }
    }
    // Prose, compared as documents and only where its source changed: the retention
    // section's words, and the rows of tables in any section.
    // Sections are aligned as the diff aligns them: a section split from another, or
    // one that took in another, is compared with the text it took.
    let mut retention_changed = false;
    let tells = |s: &crate::model::Section| PROSE_FACTS.iter().any(|id| s.covers(id));
    let plan = super::sections::plan_of(old, new);
    for (j, section) in new.sections.iter().enumerate() {
        let before = plan.partner[j].map(|i| &old.sections[i]);
        let before_body = plan.old_text[j]
            .as_deref()
            .or(before.map(|b| b.body.as_str()));
        if before.is_some_and(|b| b.title == section.title)
            && before_body == Some(section.body.as_str())
        {
            continue;
        }
        // Only a table's rows, the retention section and the sections telling
        // recipients, transfers or purposes count: other prose without a table is not read.
        let tables = |t: &str| t.contains('|') || t.contains("<tr");
        if section.id != "retention"
            && !tells(section)
            && !tables(&section.body)
            && !before_body.is_some_and(tables)
        {
            continue;
        }
        // Markdown tables whose rows are the same lines, in any order, have no row added
        // or changed: the prose around them changed, or rows moved (editorial).
        if section.id != "retention"
            && !tells(section)
            && let Some(b) = before_body
            && !b.contains("<tr")
            && !section.body.contains("<tr")
            && same_table_lines(b, &section.body)
        {
            continue;
        }
        // Outside the retention section and the sections that tell facts in words, only
        // the rows of tables count: where every table is Markdown, only the tables are
        // rendered and compared, not the prose around.
        let only_tables = section.id != "retention"
            && !tells(section)
            && !section.body.contains("<tr")
            && !before_body.is_some_and(|b| b.contains("<tr"));
        let html = |t: Option<&str>| match t {
            Some(t) if only_tables => markdown::to_html(&markdown_tables(t)),
            Some(t) => markdown::to_html(t),
            None => String::new(),
        };
        let body = DocDiff::ignoring_links(&html(before_body), &html(Some(&section.body)));
        if section.id == "retention" {
            retention_changed = match before {
                None => true,
                Some(b) => {
                    body.words_changed()
                        || DocDiff::ignoring_links(
                            &crate::text::escape::escape(&b.title),
                            &crate::text::escape::escape(&section.title),
                        )
                        .words_changed()
                }
            };
        }
        let (added, changed) = body.table_rows();
        // A changed table row names itself; the section is named where nothing else does.
        if tells(section)
            && added.is_empty()
            && changed.is_empty()
            && (before_body.is_none() || body.words_changed())
        {
            out.push(Reason::SectionChanged {
                section: section.id.clone(),
            });
        }
        out.extend(added.into_iter().map(|row| Reason::TableRowAdded {
            section: section.id.clone(),
            row,
        }));
        out.extend(changed.into_iter().map(|row| Reason::TableRowChanged {
            section: section.id.clone(),
            row,
        }));
    }
    // A section that told such facts and is gone: neither continued by a section of the
    // new revision nor moved into one.
    for (i, gone) in old.sections.iter().enumerate().filter(|(_, o)| tells(o)) {
        let continued = plan.partner.contains(&Some(i));
        let moved = plan
            .old_text
            .iter()
            .flatten()
            .any(|t| !gone.body.trim().is_empty() && t.contains(gone.body.trim()));
        if !continued && !moved {
            out.push(Reason::SectionChanged {
                section: gone.id.clone(),
            });
        }
    }
    let had_retention = old.sections.iter().any(|s| s.id == "retention");
    let has_retention = new.sections.iter().any(|s| s.id == "retention");
    if retention_changed || had_retention != has_retention {
        out.push(Reason::RetentionChanged);
    }
    let cookies = crate::diff::cookies::diff_cookies(&old.cookies, &new.cookies);
    out.extend(
        crate::diff::cookies::reasons(&cookies)
            .into_iter()
            .map(Reason::Cookie),
    );
    out
}

/// The Markdown tables of a text, each kept whole (its runs of lines holding a `|`),
/// parted by blank lines: what the rows of its tables are read from.
fn markdown_tables(text: &str) -> String {
    let mut out = String::new();
    let mut in_table = false;
    for line in text.lines() {
        if line.contains('|') {
            if !in_table && !out.is_empty() {
                out.push('\n');
            }
            out.push_str(line);
            out.push('\n');
            in_table = true;
        } else {
            in_table = false;
        }
    }
    out
}

/// Whether two Markdown texts have the same lines holding a `|` (table rows), as many
/// times each, white space at their ends aside.
fn same_table_lines(a: &str, b: &str) -> bool {
    fn rows(t: &str) -> Vec<&str> {
        let mut rows: Vec<&str> = t
            .lines()
            .map(str::trim)
            .filter(|l| l.contains('|'))
            .collect();
        rows.sort_unstable();
        rows
    }
    rows(a) == rows(b)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{LegalBasis, Purpose, Section};

    fn processor(name: &str, countries: &[&str], safeguard: Option<Safeguard>) -> Processor {
        Processor {
            name: name.into(),
            id: None,
            formerly: vec![],
            role: None,
            purpose: None,
            data: None,
            countries: Some(countries.iter().map(|c| c.to_string()).collect()),
            regions: vec![],
            headquarters: None,
            safeguard,
            group: None,
            url: None,
            position: Default::default(),
        }
    }

    fn revision(processors: Vec<Processor>) -> Revision {
        Revision {
            date: jiff::civil::date(2024, 1, 1),
            source: Default::default(),
            title: "Privacy policy".into(),
            groups: vec![],
            translated_from: None,
            translated_from_position: None,
            processors_in: None,
            processors_in_position: None,
            translated_by: None,
            date_note: None,
            archived: None,
            corrected: None,
            summary: None,
            draft: false,
            intro: None,
            sections: vec![Section {
                id: "retention".into(),
                covers: vec![],
                title: "How long".into(),
                body: "Two years.".into(),
                position: Default::default(),
            }],
            purposes: vec![Purpose {
                id: "billing".into(),
                title: "Billing".into(),
                legal_bases: vec![LegalBasis::Contract],
                legitimate_interest: None,
                body: None,
                position: Default::default(),
            }],
            processors,
            cookies: vec![],
            notice: Default::default(),
        }
    }

    #[test]
    fn the_same_revision_is_editorial() {
        let r = revision(vec![processor("A", &["US"], Some(Safeguard::Dpf))]);
        assert_eq!(reasons(&r, &r), vec![]);
        let mut reworded = r.clone();
        reworded.intro = Some("Reworded.".into());
        reworded.processors[0].purpose = Some("Hosting".into());
        assert_eq!(
            reasons(&r, &reworded),
            vec![],
            "prose and purposes of recipients"
        );
    }

    #[test]
    fn each_material_change_is_named() {
        let old = revision(vec![
            processor("A", &["SE"], None),
            processor("B", &["US"], Some(Safeguard::Dpf)),
            processor("C", &["IE"], None),
        ]);
        let mut new = revision(vec![
            processor("A", &["SE", "IN"], Some(Safeguard::Scc)),
            processor("B", &["US"], Some(Safeguard::Derogation)),
            processor("D", &["DE"], None),
        ]);
        new.purposes[0].legal_bases = vec![LegalBasis::LegitimateInterests];
        new.purposes.push(Purpose {
            id: "marketing".into(),
            ..new.purposes[0].clone()
        });
        new.sections[0].body = "Five years.".into();
        assert_eq!(
            reasons(&old, &new),
            vec![
                Reason::CountryOutsideEea {
                    name: "A".into(),
                    country: "IN".into()
                },
                Reason::SafeguardWeakened {
                    name: "B".into(),
                    old: Some(Safeguard::Dpf),
                    new: Some(Safeguard::Derogation)
                },
                Reason::RecipientAdded { name: "D".into() },
                Reason::LegalBasisChanged {
                    id: "billing".into()
                },
                Reason::PurposeAdded {
                    id: "marketing".into()
                },
                Reason::RetentionChanged,
            ]
        );
        // Removing a recipient, or a stronger safeguard, is not material.
        let fewer = revision(vec![processor("B", &["US"], Some(Safeguard::Adequacy))]);
        assert_eq!(reasons(&old, &fewer), vec![]);
    }

    fn with_recipients(body: &str) -> Revision {
        let mut r = revision(vec![]);
        r.sections.push(Section {
            id: "recipients".into(),
            covers: vec![],
            title: "Who receives your data".into(),
            body: body.into(),
            position: Default::default(),
        });
        r
    }

    const TABLE: &str = "We use [reCAPTCHA](https://google.com/recaptcha) against bots.\n\n| Provider | Purpose | Location |\n|---|---|---|\n| Stripe | Payments | United States |\n| Zendesk | Support | Ireland |\n";

    #[test]
    fn rows_added_or_changed_in_a_prose_table_are_material() {
        let old = with_recipients(TABLE);
        let new = with_recipients(&TABLE.replace(
            "| Zendesk | Support | Ireland |",
            "| Freshdesk | Support | India |\n| Adyen | Payments | Netherlands |",
        ));
        assert_eq!(
            reasons(&old, &new),
            vec![
                Reason::TableRowAdded {
                    section: "recipients".into(),
                    row: vec!["Adyen".into(), "Payments".into(), "Netherlands".into()],
                },
                Reason::TableRowChanged {
                    section: "recipients".into(),
                    row: vec!["Freshdesk".into(), "Support".into(), "India".into()],
                },
            ]
        );
    }

    #[test]
    fn a_recipient_told_in_prose_is_material_and_its_typography_is_not() {
        let old = with_recipients("We share your e-mail address with Mailgun in Ireland.");
        let added = with_recipients(
            "We share your e-mail address with Mailgun in Ireland and with Mailchimp in the United States.",
        );
        let section = || Reason::SectionChanged {
            section: "recipients".into(),
        };
        assert_eq!(reasons(&old, &added), vec![section()]);
        let retyped = with_recipients("We share your e-mail address with *Mailgun* in  Ireland.");
        assert_eq!(reasons(&old, &retyped), vec![]);
        // Added or removed whole, as a section that covers the topic under another id.
        let mut covering = revision(vec![]);
        covering.sections.push(Section {
            id: "sharing".into(),
            covers: vec!["transfers".into()],
            title: "Sharing".into(),
            body: "Our host is in the United States.".into(),
            position: Default::default(),
        });
        let sharing = || Reason::SectionChanged {
            section: "sharing".into(),
        };
        assert_eq!(reasons(&revision(vec![]), &covering), vec![sharing()]);
        assert_eq!(reasons(&covering, &revision(vec![])), vec![sharing()]);
    }

    #[test]
    fn typography_white_space_order_and_link_targets_are_editorial() {
        let old = with_recipients(TABLE);
        for edit in [
            TABLE.replace("against bots.", "against  bots."),
            TABLE.replace("We use", "We\nuse"),
            TABLE.replace("Payments", "**Payments**"),
            TABLE.replace(
                "https://google.com/recaptcha",
                "https://www.google.com/recaptcha/",
            ),
            TABLE.replace(
                "| Stripe | Payments | United States |\n| Zendesk | Support | Ireland |",
                "| Zendesk | Support | Ireland |\n| Stripe | Payments | United States |",
            ),
        ] {
            assert_eq!(reasons(&old, &with_recipients(&edit)), vec![], "{edit}");
        }
        let mut typeset = revision(vec![]);
        typeset.sections[0].body = "Two years \u{2013} it\u{2019}s the law.".into();
        let mut plain = revision(vec![]);
        plain.sections[0].body = "Two years - it's the law.".into();
        assert_eq!(reasons(&plain, &typeset), vec![]);
        typeset.sections[0].body = "Three years \u{2013} it\u{2019}s the law.".into();
        assert_eq!(reasons(&plain, &typeset), vec![Reason::RetentionChanged]);
    }

    #[test]
    fn an_override_wins_and_is_checked_against_the_diff() {
        let material = Class::new(Some(false), Some(vec![Reason::RetentionChanged]));
        assert!(!material.material && material.contradicted());
        let editorial = Class::new(Some(true), Some(vec![]));
        assert!(editorial.material && editorial.contradicted());
        let agreed = Class::new(Some(true), Some(vec![Reason::RetentionChanged]));
        assert!(agreed.material && !agreed.contradicted());
        let first = Class::new(Some(true), None);
        assert!(first.material && !first.contradicted());
    }
}
