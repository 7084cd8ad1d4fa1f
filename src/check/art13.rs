//! What a revision must say under GDPR Art. 13: the required sections, each processor's
//! transfer facts, the data subject's rights, and no placeholder left from a scaffold.

use super::Lints;
use super::REQUIRED_RIGHTS;
use super::Step;
use super::is_placeholder;
use std::path::Path;

use crate::model::countries;
use crate::model::{DocumentKind, LegalBasis, Processor, Revision, Right, Safeguard};

/// The sections Art. 13(2) asks for whatever else a revision says: the rule, the section id
/// and what a reader without it is not told.
const REQUIRED_SECTIONS: &[(&str, &str, &str)] = &[
    ("art13-retention", "retention", "how long data is kept"),
    (
        "art13-obligation",
        "obligation",
        "whether they must provide data, or what follows if they do not",
    ),
    (
        "art13-automated-decisions",
        "automated-decisions",
        "whether decisions about them are automated",
    ),
];

/// `listed`: where the revision lists its recipients in the company's sub-processor list
/// (`processors_in`), that list's name and its revision in force on this one's date.
pub(super) fn revision_rules(
    lints: &mut Lints,
    revision: &Revision,
    declared: Option<&[Right]>,
    listed: Option<(&str, Option<&Revision>)>,
) {
    let file = revision.source.as_path();
    // A section counts for its id and for every item it `covers`.
    let has = |id: &str| revision.covers(id);
    let missing = |id: &str| format!("no section with id = \"{id}\" or covers = [\"{id}\"]");

    // Art. 13(1)(c)-(d): purposes, their bases, and the interest pursued.
    if revision.purposes.is_empty() {
        lints.push(
            "art13-purposes",
            file,
            None,
            "no [[purposes]]: which legal basis each purpose rests on cannot be checked".into(),
        );
    }
    for (i, purpose) in revision.purposes.iter().enumerate() {
        let no_basis = purpose.legal_bases.is_empty();
        let unnamed_interest = purpose
            .legal_bases
            .contains(&LegalBasis::LegitimateInterests)
            && purpose
                .legitimate_interest
                .as_deref()
                .is_none_or(|i| i.trim().is_empty());
        if !(no_basis || unnamed_interest) {
            continue;
        }
        let at = lints
            .locate(
                file,
                &[
                    Step::Key("purposes"),
                    Step::Item(i),
                    Step::Key("legal_bases"),
                ],
            )
            .or(Some(purpose.position));
        if no_basis {
            lints.push(
                "art13-legal-basis",
                file,
                at,
                format!("purpose {:?} names no legal basis", purpose.id),
            );
        }
        if unnamed_interest {
            lints.push(
                "art13-legitimate-interest",
                file,
                at,
                format!(
                    "purpose {:?} rests on legitimate interests but does not say which interest",
                    purpose.id
                ),
            );
        }
    }

    // Art. 13(1)(e)-(f): recipients and transfers.
    if let Some((doc, None)) = listed {
        lints.push(
            "art13-recipients",
            file,
            revision.processors_in_position,
            format!(
                "processors_in = {doc:?}, but that list has no revision in force on {}: the reader is not told who receives their data",
                revision.date
            ),
        );
    }
    if revision.processors.is_empty() && !has("recipients") && listed.is_none() {
        lints.push(
            "art13-recipients",
            file,
            None,
            "no [[processors]] and no section with id = \"recipients\": the reader is not told who receives their data".into(),
        );
    }
    let mut outside_eea = false;
    for (i, processor) in revision.processors.iter().enumerate() {
        outside_eea |= transfers(lints, file, i, processor);
    }
    // The list's own transfers are checked on the list; the notice still says where
    // a copy of the safeguards is found.
    if let Some((_, Some(list))) = listed {
        outside_eea |= list
            .processors
            .iter()
            .any(|p| p.outside_eea() == Some(true));
    }
    if outside_eea && !has("transfers") {
        lints.push(
            "art13-transfers",
            file,
            None,
            format!(
                "{} but the reader is not told how to get a copy of the safeguards",
                missing("transfers") + ", a processor is outside the EEA,"
            ),
        );
    }

    // Art. 13(2).
    rights(lints, revision, declared, has("rights"), has("complaint"));
    for &(rule, id, untold) in REQUIRED_SECTIONS {
        if !has(id) {
            lints.push(
                rule,
                file,
                None,
                format!("{}: the reader is not told {untold}", missing(id)),
            );
        }
    }
    placeholders(lints, revision);
}

/// The rules every document's revision follows, whatever its kind: the transfer rules for
/// each processor it lists, and no placeholder left in its text.
pub(super) fn any_document_rules(lints: &mut Lints, revision: &Revision, kind: DocumentKind) {
    let file = revision.source.as_path();
    for (i, processor) in revision.processors.iter().enumerate() {
        // A sub-processor list asks for countries under its own, denied, rule.
        if kind == DocumentKind::Subprocessors && !processor.states_location() {
            continue;
        }
        transfers(lints, file, i, processor);
    }
    placeholders(lints, revision);
}

/// Transfer rules for one processor; whether any of its countries is outside the EEA.
fn transfers(lints: &mut Lints, file: &Path, index: usize, processor: &Processor) -> bool {
    let name = &processor.name;
    // A region the source names (the EU, the EEA) is a stated place within the EEA.
    if !processor.states_location() {
        lints.push(
            "processor-country",
            file,
            Some(processor.position),
            format!(
                "processor {name:?} names no country: whether data leaves the EEA cannot be checked"
            ),
        );
        return false;
    }
    let outside: Vec<&str> = processor
        .stated_countries()
        .iter()
        .map(String::as_str)
        .filter(|c| !countries::in_eea(c))
        .collect();
    if outside.is_empty() {
        return false;
    }
    let places = outside.join(", ");
    match processor.safeguard {
        None => lints.push(
            "transfer-safeguard",
            file,
            // Where the build's own warning points, so that it is not reported twice.
            Some(processor.position),
            format!("processor {name:?} processes data in {places}, outside the EEA, and names no safeguard"),
        ),
        Some(safeguard) => {
            // Which countries the claimed safeguard covers, and the claim in the finding.
            type Claim = (fn(&str) -> bool, fn(&str) -> String);
            let (covers, claim): Claim = match safeguard {
                Safeguard::Adequacy => (countries::has_adequacy, |uncovered| {
                    format!("adequacy, but {uncovered} has no adequacy decision")
                }),
                Safeguard::Dpf => (|c| c == "US", |uncovered| {
                    format!("the EU-US Data Privacy Framework, which covers only the United States, for {uncovered}")
                }),
                _ => return true,
            };
            let uncovered: Vec<&str> = outside.iter().copied().filter(|c| !covers(c)).collect();
            if !uncovered.is_empty() {
                let at = lints.locate(
                    file,
                    &[Step::Key("processors"), Step::Item(index), Step::Key("safeguard")],
                );
                lints.push(
                    "transfer-adequacy",
                    file,
                    at,
                    format!("processor {name:?} claims {}", claim(&uncovered.join(", "))),
                );
            }
        }
    }
    true
}

/// Art. 13(2)(b)-(d): rights, withdrawal of consent, complaints. What a `rights` section
/// explains is known only from the revision's `rights` declaration.
fn rights(
    lints: &mut Lints,
    revision: &Revision,
    declared: Option<&[Right]>,
    has_rights_section: bool,
    has_complaint_section: bool,
) {
    let file = revision.source.as_path();
    let on_consent: Vec<&str> = revision
        .purposes
        .iter()
        .filter(|p| p.legal_bases.contains(&LegalBasis::Consent))
        .map(|p| p.id.as_str())
        .collect();
    if !has_rights_section {
        lints.push(
            "art13-rights",
            file,
            None,
            "no section with id = \"rights\": the reader is not told of their rights".into(),
        );
    }
    let at = lints.locate(file, &[Step::Key("rights")]);
    match declared {
        Some(rights) => {
            let lacking: Vec<&str> = REQUIRED_RIGHTS
                .iter()
                .filter(|r| !rights.contains(r))
                .map(|r| r.as_str())
                .collect();
            if !lacking.is_empty() {
                lints.push(
                    "art13-rights-coverage",
                    file,
                    at,
                    format!("the rights declared leave out {}", lacking.join(", ")),
                );
            }
        }
        None if has_rights_section => lints.push(
            "rights-undeclared",
            file,
            None,
            "the `rights` section does not declare what it explains (rights = [...]): rights, withdrawal of consent and complaints are not checked".into(),
        ),
        None => {}
    }
    // Without a declaration, a `rights` section may well explain withdrawal and complaints:
    // `rights-undeclared` says so, and these rules speak only where they can tell.
    let can_tell = declared.is_some() || !has_rights_section;
    let declares = |right: Right| declared.is_some_and(|d| d.contains(&right));
    if can_tell && !on_consent.is_empty() && !declares(Right::WithdrawConsent) {
        lints.push(
            "art13-consent-withdrawal",
            file,
            at,
            format!(
                "{} rest{} on consent, but the reader is not told they may withdraw it",
                quote_list(&on_consent),
                if on_consent.len() == 1 { "s" } else { "" }
            ),
        );
    }
    if can_tell && !has_complaint_section && !declares(Right::Complaint) {
        lints.push(
            "art13-complaint",
            file,
            at,
            "no section with id = \"complaint\" and no \"complaint\" in rights: the reader is not told they may complain to a supervisory authority".into(),
        );
    }
}

fn quote_list(items: &[&str]) -> String {
    let quoted: Vec<String> = items.iter().map(|i| format!("{i:?}")).collect();
    match quoted.len() {
        1 => format!("purpose {}", quoted[0]),
        _ => format!("purposes {}", quoted.join(", ")),
    }
}

fn placeholders(lints: &mut Lints, revision: &Revision) {
    let file = revision.source.as_path();
    // (where in the file, what to call it)
    let mut found: Vec<(Vec<Step>, String)> = Vec::new();
    if is_placeholder(&revision.title) {
        found.push((vec![Step::Key("title")], "title".into()));
    }
    for (key, value) in [("summary", &revision.summary), ("intro", &revision.intro)] {
        if value.as_deref().is_some_and(is_placeholder) {
            found.push((vec![Step::Key(key)], key.into()));
        }
    }
    let mut items = |array: &'static str,
                     i: usize,
                     label: String,
                     values: &[(&'static str, Option<&String>)]| {
        for &(key, value) in values {
            if value.is_some_and(|v| is_placeholder(v)) {
                found.push((
                    vec![Step::Key(array), Step::Item(i), Step::Key(key)],
                    format!("{key} of {label}"),
                ));
            }
        }
    };
    for (i, s) in revision.sections.iter().enumerate() {
        let values = [("title", Some(&s.title)), ("body", Some(&s.body))];
        items("sections", i, format!("section {:?}", s.id), &values);
    }
    for (i, p) in revision.purposes.iter().enumerate() {
        let values = [
            ("title", Some(&p.title)),
            ("legitimate_interest", p.legitimate_interest.as_ref()),
            ("body", p.body.as_ref()),
        ];
        items("purposes", i, format!("purpose {:?}", p.id), &values);
    }
    for (i, p) in revision.processors.iter().enumerate() {
        let values = [
            ("name", Some(&p.name)),
            ("purpose", p.purpose.as_ref()),
            ("data", p.data.as_ref()),
        ];
        items("processors", i, format!("processor {}", i + 1), &values);
    }
    for (path, what) in found {
        let at = lints.locate(file, &path);
        lints.push(
            "placeholder",
            file,
            at,
            format!("the {what} still holds the TODO placeholder"),
        );
    }
}
