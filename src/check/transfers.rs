//! Transfer safeguards a text relies on that were not valid on the day it applies, and
//! recipients told in words where the exports can list none.

use jiff::civil::{Date, date};

use super::{Lints, Step};
use crate::model::{Revision, Safeguard};

/// The Court of Justice invalidated the EU–US Privacy Shield (C-311/18, Schrems II).
const PRIVACY_SHIELD_INVALID_FROM: Date = date(2020, 7, 16);
/// The EU–US Data Privacy Framework's adequacy decision took effect.
const DPF_VALID_FROM: Date = date(2023, 7, 10);

/// `in_force_on`: the latest day the revision applies as of the build date (the build
/// date for the revision in force, its own date for an upcoming one, the day before its
/// successor for an earlier one).
pub(super) fn safeguards(lints: &mut Lints, revision: &Revision, in_force_on: Date) {
    let file = revision.source.as_path();
    if in_force_on >= PRIVACY_SHIELD_INVALID_FROM && names_privacy_shield(revision) {
        lints.push(
            "safeguard-invalid",
            file,
            None,
            format!(
                "the text relies on the EU–US Privacy Shield, which the Court of Justice invalidated on 16 July 2020 (C-311/18), and applies on {in_force_on}"
            ),
        );
    }
    if revision.date < DPF_VALID_FROM {
        for (i, p) in revision.processors.iter().enumerate() {
            if p.safeguard == Some(Safeguard::Dpf) {
                let steps = [
                    Step::Key("processors"),
                    Step::Item(i),
                    Step::Key("safeguard"),
                ];
                let at = lints.locate(file, &steps);
                lints.push(
                    "safeguard-invalid",
                    file,
                    at,
                    format!(
                        "processor {:?} names the EU–US Data Privacy Framework, which applies from 10 July 2023, in a revision of {}",
                        p.name, revision.date
                    ),
                );
            }
        }
    }
}

/// Whether any of the company's words in `revision` name the Privacy Shield.
fn names_privacy_shield(revision: &Revision) -> bool {
    let found = |text: &str| text.to_lowercase().contains("privacy shield");
    revision.intro.as_deref().is_some_and(found)
        || revision
            .sections
            .iter()
            .any(|s| found(&s.title) || found(&s.body))
        || revision
            .purposes
            .iter()
            .any(|p| p.body.as_deref().is_some_and(found))
        || revision.processors.iter().any(|p| {
            [p.purpose.as_deref(), p.data.as_deref()]
                .into_iter()
                .flatten()
                .any(found)
        })
}

/// A revision that tells its recipients in words only: its exports say `processors: null`.
pub(super) fn recipients_in_prose(lints: &mut Lints, revision: &Revision) {
    if revision.processors_in.is_none()
        && let Some(id) = crate::render::export::described_in_prose(revision)
        // A section still holding `privsite new`'s placeholder is reported as one.
        && !revision
            .sections
            .iter()
            .any(|s| s.id == id && s.body.trim_start().starts_with("TODO"))
    {
        lints.push(
            "recipients-in-prose",
            revision.source.as_path(),
            None,
            format!(
                "names no recipient as [[processors]] and describes them in words in section \"{id}\": processors.json says `processors: null` rather than listing any"
            ),
        );
    }
}
