//! The rules of each kind of document beyond the privacy notice: a sub-processor list
//! states each processor's purpose and location, and any document that declares cookies
//! states what each is for, its category and how long it is kept, names a safeguard for
//! a third-party cookie processed outside the EEA, and states consent as the basis of
//! cookies that need it.

use super::{Lints, Step};
use crate::model::{Company, DocumentKind, LegalBasis, Locale, Party, Revision};

pub(super) fn kind_rules(
    lints: &mut Lints,
    company: &Company,
    locale: &Locale,
    revision: &Revision,
) {
    if company.kind() == DocumentKind::Subprocessors {
        subprocessors(lints, revision);
    }
    if company.kind() == DocumentKind::Cookies && revision.cookies.is_empty() {
        lints.push(
            "cookie-facts",
            &revision.source,
            None,
            "a cookie declaration that lists no [[cookies]]: a consent banner has nothing to match"
                .into(),
        );
    }
    cookies(lints, company, locale, revision);
}

/// Every sub-processor states what it does and where.
fn subprocessors(lints: &mut Lints, revision: &Revision) {
    let file = revision.source.as_path();
    if revision.processors.is_empty() {
        lints.push(
            "subprocessor-facts",
            file,
            None,
            "a sub-processor list that lists no [[processors]]".into(),
        );
    }
    for p in &revision.processors {
        let mut missing = Vec::new();
        if revision.purpose_of(p).is_none() {
            missing.push("purpose");
        }
        if !p.states_location() {
            missing.push("countries");
        }
        if !missing.is_empty() {
            lints.push(
                "subprocessor-facts",
                file,
                Some(p.position),
                format!(
                    "sub-processor {:?} states no {}: a sub-processor list says what each does and where",
                    p.name,
                    missing.join(" and no ")
                ),
            );
        }
    }
}

fn cookies(lints: &mut Lints, company: &Company, locale: &Locale, revision: &Revision) {
    let file = revision.source.as_path();
    for (i, c) in revision.cookies.iter().enumerate() {
        let mut missing = Vec::new();
        if c.purpose.is_none() {
            missing.push("purpose");
        }
        if c.category.is_none() {
            missing.push("category");
        }
        if c.duration.is_none() {
            missing.push("duration");
        }
        if !missing.is_empty() {
            lints.push(
                "cookie-facts",
                file,
                Some(c.position),
                format!("cookie {:?} states no {}", c.name, missing.join(", no ")),
            );
        }
        if c.party == Some(Party::Third) && c.outside_eea() == Some(true) && c.safeguard.is_none() {
            let at = lints.locate(
                file,
                &[Step::Key("cookies"), Step::Item(i), Step::Key("countries")],
            );
            lints.push(
                "cookie-transfer",
                file,
                at.or(Some(c.position)),
                format!(
                    "third-party cookie {:?} is processed outside the EEA ({}) but names no safeguard",
                    c.name,
                    c.countries
                        .iter()
                        .flatten()
                        .filter(|k| !crate::model::countries::in_eea(k))
                        .cloned()
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            );
        }
    }
    let needing: Vec<&str> = revision
        .cookies
        .iter()
        .filter(|c| c.needs_consent() == Some(true))
        .map(|c| c.name.as_str())
        .collect();
    if !needing.is_empty() && !states_consent(lints, company, locale, revision) {
        lints.push(
            "cookie-consent",
            file,
            None,
            format!(
                "{} need consent (a category other than necessary), but no purpose of this revision or of the company's privacy notice in force on {} states consent as its legal basis",
                needing.join(", "),
                revision.date
            ),
        );
    }
}

/// Whether the revision, or the company's privacy notice in force on its date (in its
/// locale, else the notice's reference locale), has a purpose resting on consent.
fn states_consent(lints: &Lints, company: &Company, locale: &Locale, revision: &Revision) -> bool {
    let consents = |r: &Revision| {
        r.purposes
            .iter()
            .any(|p| p.legal_bases.contains(&LegalBasis::Consent))
    };
    if consents(revision) {
        return true;
    }
    let Some(notice) = lints.site.document(&company.slug, None) else {
        return false;
    };
    let history = notice
        .locale(locale)
        .or_else(|| notice.locale(&notice.info.default_locale));
    history
        .and_then(|h| h.in_force_on(revision.date))
        .is_some_and(consents)
}
