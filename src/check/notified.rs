//! Notices against texts: a revision whose notice of change went out (the record
//! `privsite notify` keeps) but whose company text has changed since, so that the
//! customers who were told of it were told of another text.

use std::path::Path;

use super::RawFinding;
use crate::model::Site;
use crate::source::notified::Record;

/// A finding per noticed revision whose text is no longer the one noticed; a revision that
/// is gone is `published-changed`'s to report. A record that cannot be read is a finding
/// too: nothing could be compared.
pub(super) fn compare(site: &Site, root: &Path) -> Vec<RawFinding> {
    let finding = |file: &Path, message: String| RawFinding {
        rule: "notice-outdated",
        file: file.to_path_buf(),
        position: None,
        message,
        hint: None,
        stops_run: false,
    };
    let record = match Record::load(root) {
        Ok(record) => record,
        Err(e) => return vec![finding(Path::new(crate::source::notified::RECORD), e)],
    };
    let mut out = Vec::new();
    for (key, sent) in &record.messages {
        // Noticed: accepted for at least one address, with the text recorded.
        let Some(first) = sent.sent.values().min() else {
            continue;
        };
        if sent.text_sha256.is_empty() {
            continue;
        }
        // `<company>[/<doc>]/<locale>/<date>`.
        let mut parts = key.rsplitn(3, '/');
        let (Some(date), Some(locale), Some(path)) = (parts.next(), parts.next(), parts.next())
        else {
            continue;
        };
        let revision = site
            .companies
            .iter()
            .filter(|c| c.path == path)
            .flat_map(|c| &c.locales)
            .filter(|h| h.locale.as_str() == locale)
            .flat_map(|h| &h.revisions)
            .find(|r| r.date.to_string() == date);
        let Some(revision) = revision else {
            continue;
        };
        let now = crate::plan::voice::text_sha256(revision);
        if now != sent.text_sha256 {
            out.push(finding(
                &revision.source,
                format!(
                    "its text changed after its notice of change went out ({first}; sha256 {}…, now {}…): the customers notified were told of another text",
                    &sent.text_sha256[..sent.text_sha256.len().min(10)],
                    &now[..now.len().min(10)]
                ),
            ));
        }
    }
    out
}
