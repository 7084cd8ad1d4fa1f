//! `/<company>/<locale>/current.json`, the acceptance manifest apps read to know when to
//! prompt users again, and `/<company>/<locale>/revisions.json`, every revision's hash
//! chained to the previous entry's, so that anyone holding an old copy can see whether
//! published history changed. Both are documented in the README.

use serde::Serialize;

use crate::model::Site;
use crate::model::{Company, LocaleHistory};
use crate::plan::notice::{NoticeFacts, next_index};
use std::sync::OnceLock;

use crate::plan::voice::{self, SiteNotes, notes_sha256};
use crate::plan::{self, Status, Timeline};
use crate::text::hash::sha256_hex;

/// The version of current.json and revisions.json, each a shape of its own; a change
/// that breaks their readers raises it.
pub const MANIFEST_VERSION: u32 = 1;

#[derive(Serialize)]
struct CurrentManifest<'a> {
    version: u32,
    company: &'a str,
    locale: &'a str,
    /// The revision in force on the build date; `null` before the first takes effect.
    current: Option<InForce<'a>>,
    /// The next revision, if one is upcoming.
    next: Option<Next<'a>>,
}

#[derive(Serialize)]
struct InForce<'a> {
    date: String,
    permalink: String,
    sha256: &'a str,
    /// The company's text alone, and the site's notes alone: see `revisions.json`.
    text_sha256: String,
    notes_sha256: String,
    /// `true` material, `false` editorial, `null` for a locale's first revision.
    material: Option<bool>,
    announced: Option<jiff::civil::Date>,
    site: SiteNotes<'a>,
}

#[derive(Serialize)]
struct Next<'a> {
    date: String,
    announced: Option<jiff::civil::Date>,
    material: Option<bool>,
    objection_deadline: Option<jiff::civil::Date>,
    permalink: String,
    sha256: &'a str,
    text_sha256: String,
    notes_sha256: String,
    summary: Option<&'a str>,
    site: SiteNotes<'a>,
}

pub fn current_json(
    site: &Site,
    company: &Company,
    history: &LocaleHistory,
    timeline: &Timeline,
    hashes: &[OnceLock<String>],
) -> String {
    let text_sha256 = |i| text_hash(history, hashes, i);
    let loc = history.locale.as_str();
    let permalink = |d| {
        site.config
            .url(&plan::paths::revision(&company.path, loc, d))
    };
    let current = timeline.in_force.map(|i| {
        let r = &history.revisions[i];
        let facts = NoticeFacts::of(&company.info, history, i);
        InForce {
            date: r.date.to_string(),
            permalink: permalink(r.date),
            sha256: &r.notice.sha256,
            text_sha256: text_sha256(i),
            notes_sha256: notes_sha256(r),
            material: facts.material,
            announced: facts.announced,
            site: SiteNotes::of(&company.info, history, i),
        }
    });
    let next = match timeline.in_force {
        Some(_) => next_index(timeline),
        None => timeline.first_upcoming(),
    };
    let next = next.map(|i| {
        let r = &history.revisions[i];
        let facts = NoticeFacts::of(&company.info, history, i);
        Next {
            date: r.date.to_string(),
            announced: facts.announced,
            material: facts.material,
            objection_deadline: facts.objection_deadline,
            permalink: permalink(r.date),
            sha256: &r.notice.sha256,
            text_sha256: text_sha256(i),
            notes_sha256: notes_sha256(r),
            summary: r.summary.as_deref(),
            site: SiteNotes::of(&company.info, history, i),
        }
    });
    super::export::to_json_text(&CurrentManifest {
        version: MANIFEST_VERSION,
        company: &company.slug,
        locale: loc,
        current,
        next,
    })
}

#[derive(Serialize)]
struct RevisionsManifest<'a> {
    version: u32,
    company: &'a str,
    locale: &'a str,
    /// How `sha256` and `chain` are computed, for a reader who checks them.
    algorithm: &'static str,
    revisions: Vec<ChainEntry<'a>>,
}

#[derive(Serialize)]
struct ChainEntry<'a> {
    date: String,
    status: Status,
    permalink: String,
    sha256: &'a str,
    chain: String,
    /// SHA-256 of the company's text alone (title, intro, sections, purposes,
    /// recipients), and of the site's notes alone: a changed note leaves the first as it
    /// was.
    text_sha256: String,
    notes_sha256: String,
    announced: Option<jiff::civil::Date>,
    material: Option<bool>,
    /// A correction made after publication: what and why, and the text's hash before.
    #[serde(skip_serializing_if = "Option::is_none")]
    corrected: Option<&'a crate::model::Correction>,
    site: SiteNotes<'a>,
}

/// The text hash of revision `i` of `history`, from its slot in `hashes` (made there on
/// first use), or made here where the slot is missing.
fn text_hash(history: &LocaleHistory, hashes: &[OnceLock<String>], i: usize) -> String {
    let r = &history.revisions[i];
    match hashes.get(i) {
        Some(slot) => slot.get_or_init(|| voice::text_sha256(r)).clone(),
        None => voice::text_sha256(r),
    }
}

/// How a `revisions.json` entry's `chain` is made.
pub const CHAIN_ALGORITHM: &str = "sha256 = SHA-256 of the source (UTF-8, LF line ends, no BOM); chain = SHA-256 of the previous entry's chain (empty for the first), a line feed, the date, a line feed and sha256";

/// The chain value of an entry: see [`CHAIN_ALGORITHM`].
pub fn chain(previous: &str, date: &str, sha256: &str) -> String {
    sha256_hex(format!("{previous}\n{date}\n{sha256}").as_bytes())
}

pub fn revisions_json(
    site: &Site,
    company: &Company,
    history: &LocaleHistory,
    timeline: &Timeline,
    hashes: &[OnceLock<String>],
) -> String {
    let text_sha256 = |i| text_hash(history, hashes, i);
    let loc = history.locale.as_str();
    let mut previous = String::new();
    let revisions = history
        .revisions
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let date = r.date.to_string();
            let link = chain(&previous, &date, &r.notice.sha256);
            previous = link.clone();
            let facts = NoticeFacts::of(&company.info, history, i);
            ChainEntry {
                permalink: site
                    .config
                    .url(&plan::paths::revision(&company.path, loc, r.date)),
                date,
                status: timeline.statuses[i],
                sha256: &r.notice.sha256,
                chain: link,
                text_sha256: text_sha256(i),
                notes_sha256: notes_sha256(r),
                announced: facts.announced,
                material: facts.material,
                corrected: r.corrected.as_ref(),
                site: SiteNotes::of(&company.info, history, i),
            }
        })
        .collect();
    super::export::to_json_text(&RevisionsManifest {
        version: MANIFEST_VERSION,
        company: &company.slug,
        locale: loc,
        algorithm: CHAIN_ALGORITHM,
        revisions,
    })
}
