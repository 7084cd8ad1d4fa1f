//! Two voices: what the company's text states, and what this site adds to it (summaries,
//! date notes, the class of a change and why, who translated, archived copies). Every
//! export that carries a site note names it as one, so that a reader, a feed reader or an
//! app can always tell the company's words from the site's.

use serde::Serialize;

use crate::model::{CompanyInfo, Locale, LocaleHistory, Revision, TranslatedBy};
use crate::plan::notice::{Class, Reason, class_of};
use crate::text::hash::{LfJsonSha256, sha256_hex};

/// Who decided a revision's class.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum ClassBy {
    /// privsite computed it from the diff against the previous revision.
    Computed,
    /// The site's editors set it (`material = true|false`).
    Declared,
}

/// The class of a change, as the site states it: its value, who decided, and the reasons
/// the diff shows (empty for an editorial change).
#[derive(Debug, Clone, Serialize)]
pub struct ClassNote {
    pub value: &'static str,
    pub by: ClassBy,
    pub reasons: Vec<Reason>,
}

impl ClassNote {
    pub fn of(class: &Class) -> ClassNote {
        ClassNote {
            value: class.as_str(),
            by: if class.declared.is_some() {
                ClassBy::Declared
            } else {
                ClassBy::Computed
            },
            reasons: class.reasons.clone().unwrap_or_default(),
        }
    }
}

/// A translation, and who made it.
#[derive(Debug, Clone, Serialize)]
pub struct Translation<'a> {
    pub from: &'a Locale,
    pub by: TranslatedBy,
}

/// What the site adds to revision `i` of `history`, each field named as the site's.
#[derive(Debug, Clone, Serialize)]
pub struct SiteNotes<'a> {
    /// What changed, written for this site.
    pub summary: Option<&'a str>,
    /// Where the date comes from, where the text states none (Markdown).
    pub date_note: Option<&'a str>,
    /// Why this is a copy kept as a record, where it is one.
    pub archived: Option<&'a str>,
    /// The class of the change; `null` for a locale's first revision.
    pub class: Option<ClassNote>,
    /// Where the text is a translation: from which locale, by whom.
    pub translation: Option<Translation<'a>>,
}

impl<'a> SiteNotes<'a> {
    pub fn of(info: &'a CompanyInfo, history: &'a LocaleHistory, i: usize) -> SiteNotes<'a> {
        let r = &history.revisions[i];
        SiteNotes {
            summary: r.summary.as_deref(),
            date_note: r.date_note.as_deref(),
            archived: r.archived_note(info),
            class: class_of(history, i).as_ref().map(ClassNote::of),
            translation: r.translated_from.as_ref().map(|from| Translation {
                from,
                by: r.translated_by.unwrap_or(TranslatedBy::Site),
            }),
        }
    }
}

/// The company's words in a revision, without anything the site added.
#[derive(Serialize)]
struct CompanyText<'a> {
    title: &'a str,
    intro: Option<&'a str>,
    sections: &'a [crate::model::Section],
    purposes: &'a [crate::model::Purpose],
    processors: &'a [crate::model::Processor],
    groups: &'a [crate::model::Group],
    /// Left out where empty or unset, so that the hash of a text without them is what it
    /// was before they existed.
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    cookies: &'a [crate::model::Cookie],
    #[serde(skip_serializing_if = "Option::is_none")]
    processors_in: Option<&'a str>,
}

/// SHA-256 (lower-case hex) of the company's text of `r` (title, intro, sections,
/// purposes, recipients), as compact JSON: a changed site note leaves it unchanged.
pub fn text_sha256(r: &Revision) -> String {
    let text = CompanyText {
        title: &r.title,
        intro: r.intro.as_deref(),
        sections: &r.sections,
        purposes: &r.purposes,
        processors: &r.processors,
        groups: &r.groups,
        cookies: &r.cookies,
        processors_in: r.processors_in.as_deref(),
    };
    json_sha256(&text)
}

/// SHA-256 of `value` as compact JSON whose strings have LF line ends (a source saved with
/// CRLF holds the same text), hashed as it is written.
fn json_sha256(value: &impl Serialize) -> String {
    let mut hasher = LfJsonSha256::default();
    match serde_json::to_writer(&mut hasher, value) {
        Ok(()) => hasher.finish(),
        // Where it cannot be written, the hash of nothing (as of the empty text before).
        Err(_) => sha256_hex(b""),
    }
}

/// SHA-256 of what the site adds to `r` as its own notes (summary, date note, archived
/// note, translation, `material` and `announced`), as compact JSON.
pub fn notes_sha256(r: &Revision) -> String {
    let mut notes = serde_json::json!({
        "summary": r.summary,
        "date_note": r.date_note,
        "archived": r.archived,
        "translated_from": r.translated_from,
        "translated_by": r.translated_by,
        "material": r.notice.material,
        "announced": r.notice.announced,
    });
    // Only where set, so that the notes of a revision without one hash as before.
    if let Some(corrected) = &r.corrected {
        notes["corrected"] = serde_json::json!(corrected);
    }
    json_sha256(&notes)
}
