//! A revision source, `content/<company>/<locale>/<date>.toml`: its raw shape as read,
//! and its checks into the model's [`Revision`].

use super::SourceFile;
use super::company::check_url;
use super::is_id;
use super::{RevisionFile, RevisionMemo};
use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use jiff::civil::Date;
use serde::Deserialize;
use toml::Spanned;

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::model::countries;
use crate::model::rules;
use crate::model::{
    Group, LegalBasis, Locale, Processor, Purpose, Region, Revision, Right, Role, Safeguard,
    Section,
};
use crate::source::schema::fields;

/// `content/<company>/<locale>/<YYYY-MM-DD>.toml` as written. The doc comments of the
/// fields are the descriptions an editor shows from the generated JSON Schema.
#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "privsite revision",
    description = "One revision of a policy, in force from the date in its file name (YYYY-MM-DD.toml). Prose fields are Markdown."
)]
pub(crate) struct RawRevision {
    /// The policy's title.
    #[schemars(with = "String")]
    title: Spanned<String>,
    /// What changed in this revision, for the history page and the feed.
    summary: Option<String>,
    /// A draft builds only with --drafts.
    #[serde(default)]
    draft: bool,
    /// Markdown shown before the first section.
    intro: Option<String>,
    /// The policy's sections, in order.
    #[serde(default)]
    sections: Vec<RawSection>,
    /// Why personal data is processed, and on which legal basis (Art. 13(1)(c)).
    #[serde(default)]
    purposes: Vec<RawPurpose>,
    /// Who receives personal data: processors and sub-processors (Art. 13(1)(e)-(f)).
    #[serde(default)]
    processors: Vec<RawProcessor>,
    /// Where the recipients are listed instead of here: the folder name of the company's
    /// sub-processor list (a document of kind "subprocessors"), whose processors in force
    /// on this revision's date then count as this revision's.
    #[schemars(with = "Option<String>")]
    processors_in: Option<Spanned<String>>,
    /// Cookies and similar storage: what each is for, who sets it, how long it is kept.
    #[serde(default)]
    cookies: Vec<super::cookies::RawCookie>,
    /// What the text tells the reader they may do, for `privsite check`: list only the
    /// rights the text explains (access, rectification, erasure, restriction, objection,
    /// portability), "withdraw-consent" where it tells how to withdraw consent, and
    /// "complaint" where it tells of the right to complain to a supervisory authority.
    #[serde(default)]
    #[schemars(with = "Option<fields::Rights>")]
    rights: Option<Vec<Spanned<String>>>,
    /// Facts stated once for a group of processors (those with the same `group`).
    #[serde(default)]
    groups: Vec<RawGroup>,
    /// The locale this text is a translation of (the revision of the same date there).
    #[schemars(with = "Option<String>")]
    translated_from: Option<Spanned<String>>,
    /// Who made the translation `translated_from` names: "site" (the site's editors, the
    /// default) or "company" (the company published it). Only with `translated_from`.
    #[schemars(with = "Option<String>", extend("enum" = ["site", "company"]))]
    translated_by: Option<Spanned<String>>,
    /// Markdown: where the date comes from, when the policy states none; shown beside it.
    date_note: Option<String>,
    /// This revision is a copy kept as a record, not a text the company maintains: what
    /// it is and where it was copied from, such as "Copied from the company's site on
    /// 2019-06-27". Its pages say "as published" instead of "in force".
    archived: Option<String>,
    /// The text was corrected after it was published: what was corrected and why, shown
    /// on the page. `privsite check` then accepts the edit of a published revision whose
    /// earlier text `corrected_from` names.
    corrected: Option<String>,
    /// The SHA-256 of the company's text as it was published before the correction (the
    /// `text_sha256` that `revisions.json` gave, which `privsite check` names); kept in the
    /// chain. Only with `corrected`.
    #[schemars(with = "Option<String>", regex(pattern = r"^[0-9a-f]{64}$"))]
    corrected_from: Option<Spanned<String>>,
    /// The day the notice of this revision went out (YYYY-MM-DD). In a git repository the
    /// default is the day the file was first committed.
    #[schemars(with = "Option<String>", extend("format" = "date"))]
    announced: Option<Spanned<toml::value::Datetime>>,
    /// Overrides the class computed from the diff: true for a material change, false
    /// for an editorial one.
    material: Option<bool>,
}

/// Facts stated once for every processor of a group.
#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Group")]
struct RawGroup {
    /// The group's name, as processors write it in `group`.
    #[schemars(with = "String")]
    name: Spanned<String>,
    /// What the group's processors are for; shown for members that state no purpose.
    purpose: Option<String>,
}

/// One section of the policy.
#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Section")]
struct RawSection {
    /// Stable across revisions and locales; diffs align on it. `privsite check` knows
    /// controller, data, sources, recipients, transfers, retention, rights, complaint,
    /// obligation, automated-decisions, cookies, security, changes, contact and
    /// processor-role; other ids are allowed.
    #[schemars(with = "fields::SectionId")]
    id: Spanned<String>,
    /// Checklist items this section also covers, beyond its id (such as "obligation" in
    /// a section about the data collected).
    #[serde(default)]
    #[schemars(with = "fields::Covers")]
    covers: Vec<Spanned<String>>,
    /// The section's heading.
    #[schemars(with = "String")]
    title: Spanned<String>,
    /// The section's text, in Markdown.
    #[schemars(with = "String")]
    body: Spanned<String>,
}

/// One purpose of processing.
#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Purpose")]
struct RawPurpose {
    /// Stable across revisions and locales; diffs align on it.
    #[schemars(with = "fields::Id")]
    id: Spanned<String>,
    /// The purpose, as a heading.
    #[schemars(with = "String")]
    title: Spanned<String>,
    /// The lawful bases of Art. 6(1) the purpose rests on.
    #[serde(default)]
    #[schemars(with = "fields::LegalBases")]
    legal_bases: Vec<Spanned<String>>,
    /// The interest pursued, where a basis is legitimate-interests (Art. 13(1)(d)).
    legitimate_interest: Option<String>,
    /// More about the purpose, in Markdown.
    body: Option<String>,
}

/// One recipient of personal data.
#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Processor")]
struct RawProcessor {
    /// The recipient's name; unique within a revision, diffs align on it (or on `id`).
    #[schemars(with = "String")]
    name: Spanned<String>,
    /// Names the recipient across locales and revisions when its name is translated:
    /// lower-case words joined by '-'.
    #[schemars(with = "Option<fields::Id>")]
    id: Option<Spanned<String>>,
    /// Earlier names of this recipient: a rename, not a new recipient.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    formerly: Vec<Spanned<String>>,
    /// What the recipient is: processor, controller (an independent one),
    /// joint-controller or affiliate.
    #[schemars(with = "Option<fields::RoleName>")]
    role: Option<Spanned<String>>,
    /// What the recipient does with the data.
    purpose: Option<String>,
    /// Which data it receives.
    data: Option<String>,
    /// Where the data is processed: ISO 3166-1 alpha-2 codes. Leave it out where the
    /// policy does not say.
    #[serde(default)]
    #[schemars(with = "Option<fields::Countries>")]
    countries: Option<Vec<Spanned<String>>>,
    /// Where the data is processed, where the policy names a region rather than
    /// countries: "EU" (the European Union) or "EEA" (the European Economic Area). Both
    /// lie within the EEA, so they need no safeguard. Leave it out where none is named.
    #[serde(default)]
    #[schemars(with = "Option<fields::Regions>")]
    regions: Option<Vec<Spanned<String>>>,
    /// Where the recipient is established: an ISO 3166-1 alpha-2 code.
    #[serde(default)]
    #[schemars(with = "Option<fields::Country>")]
    headquarters: Option<Spanned<String>>,
    /// What makes a transfer outside the EEA lawful; needed whenever a country is outside it.
    #[serde(default)]
    #[schemars(with = "Option<fields::SafeguardName>")]
    safeguard: Option<Spanned<String>>,
    /// A heading the processor table groups by.
    group: Option<String>,
    /// The recipient's privacy notice (an absolute https:// URL).
    #[schemars(with = "Option<String>", regex(pattern = r"^https?://\S+$"))]
    url: Option<Spanned<String>>,
}

/// A revision, with the rights its `rights` key declares (see [`crate::model::LocaleHistory`]).
pub(super) type LoadedRevision = (Revision, Option<Vec<Right>>);

/// Reads, parses and validates one revision file, unless `memo` has it parsed from the
/// same text. With a memo, a file parsed afresh comes with its text, for the memo to keep.
pub(super) fn load_revision(
    root: &Path,
    found: &RevisionFile,
    memo: Option<&RevisionMemo>,
) -> Result<(LoadedRevision, Option<String>), Diagnostics> {
    let (path, date) = (found.path.as_path(), found.date);
    let read = || {
        if found.inside {
            SourceFile::read_inside(root, path)
        } else {
            SourceFile::read(root, path)
        }
        .map_err(|d| Diagnostics(vec![d]))
    };
    let Some(memo) = memo else {
        return Ok((parse_revision_file(&read()?, date)?, None));
    };
    // Compared as read, before the line index a parse needs is built.
    let known = memo.get(path);
    if let (Some((text, loaded)), Ok(bytes)) = (known, fs::read(path))
        && bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(&bytes) == text.as_bytes()
    {
        return Ok((loaded.clone(), None));
    }
    let file = read()?;
    let loaded = parse_revision_file(&file, date)?;
    Ok((loaded, Some(file.text)))
}

/// Parses and validates the text of a revision file; `rel` names it in messages.
pub fn parse_revision(rel: &Path, text: &str, date: Date) -> Result<Revision, Diagnostics> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let file = SourceFile::new(rel.to_path_buf(), text.to_string());
    parse_revision_file(&file, date).map(|(revision, _)| revision)
}

fn parse_revision_file(file: &SourceFile, date: Date) -> Result<LoadedRevision, Diagnostics> {
    let mut diags = Diagnostics::default();
    let Some(raw) = file.parse::<RawRevision>(crate::source::schema::revision(), &[], &mut diags)
    else {
        return Err(diags);
    };

    non_empty(file, &raw.title, "title", &mut diags);
    let mut ids = BTreeSet::new();
    let sections = raw
        .sections
        .into_iter()
        .map(|s| {
            check_id(file, &s.id, "section", &mut ids, &mut diags);
            not_reserved(file, &s.id, &mut diags);
            non_empty(file, &s.title, "section title", &mut diags);
            non_empty(file, &s.body, "section body", &mut diags);
            let covers = load_covers(file, &s.id, &s.covers, &mut diags);
            Section {
                position: file.position(&s.id),
                covers,
                id: s.id.into_inner(),
                title: s.title.into_inner(),
                body: s.body.into_inner(),
            }
        })
        .collect();

    let mut ids = BTreeSet::new();
    let purposes = raw
        .purposes
        .into_iter()
        .map(|p| {
            check_id(file, &p.id, "purpose", &mut ids, &mut diags);
            non_empty(file, &p.title, "purpose title", &mut diags);
            let mut legal_bases = Vec::new();
            for basis in &p.legal_bases {
                match LegalBasis::parse(basis.get_ref()) {
                    Some(b) if legal_bases.contains(&b) => diags.push(file.error(
                        basis,
                        format!("legal basis {:?} is listed twice", b.as_str()),
                    )),
                    Some(b) => legal_bases.push(b),
                    None => diags.push(file.error(
                        basis,
                        crate::diagnostic::suggest::unknown::<LegalBasis>(basis.get_ref()),
                    )),
                }
            }
            Purpose {
                position: file.position(&p.id),
                id: p.id.into_inner(),
                title: p.title.into_inner(),
                legal_bases,
                legitimate_interest: p.legitimate_interest,
                body: p.body,
            }
        })
        .collect();

    let mut names = BTreeSet::new();
    let mut processor_ids = BTreeSet::new();
    let processors: Vec<Processor> = raw
        .processors
        .into_iter()
        .map(|p| load_processor(file, p, &mut names, &mut processor_ids, &mut diags))
        .collect();
    let groups = load_groups(file, raw.groups, &processors, &mut diags);
    let cookies = super::cookies::load_cookies(file, raw.cookies, &mut diags);
    let translated_from = raw.translated_from.as_ref().and_then(|tag| {
        match Locale::parse(tag.get_ref()) {
            Ok(l) => Some((l, file.position(tag))),
            Err(canonical) => {
                let hint = canonical
                    .map(|c| format!(" (did you mean {c:?}?)"))
                    .unwrap_or_default();
                diags.push(file.error(
                    tag,
                    format!(
                        "translated_from = {:?} is not a locale tag: expected the folder name of the locale this text was translated from, such as \"sv\"{hint}",
                        tag.get_ref()
                    ),
                ));
                None
            }
        }
    });

    let translated_by = match &raw.translated_by {
        None => None,
        Some(by) => match (by.get_ref().as_str(), &translated_from) {
            (_, None) => {
                diags.push(file.error(
                    by,
                    "translated_by without translated_from: expected translated_from = \"<locale>\" beside it, or no translated_by",
                ));
                None
            }
            ("site", _) => Some(crate::model::TranslatedBy::Site),
            ("company", _) => Some(crate::model::TranslatedBy::Company),
            (other, _) => {
                diags.push(file.error(
                    by,
                    format!(
                        "translated_by = {other:?}: expected \"site\" (the site's editors made it) or \"company\" (the company published it)"
                    ),
                ));
                None
            }
        },
    };
    let rights = raw.rights.map(|declared| {
        let mut rights = Vec::new();
        for right in &declared {
            match Right::parse(right.get_ref()) {
                Some(r) if rights.contains(&r) => {
                    diags.push(file.error(right, format!("right {:?} is listed twice", r.as_str())))
                }
                Some(r) => rights.push(r),
                None => diags.push(file.error(
                    right,
                    crate::diagnostic::suggest::unknown::<Right>(right.get_ref()),
                )),
            }
        }
        rights
    });
    let announced = raw.announced.as_ref().and_then(|a| {
        let date = a.get_ref();
        let parsed = match (date.date, date.time) {
            (Some(d), None) => Date::new(d.year as i16, d.month as i8, d.day as i8).ok(),
            _ => None,
        };
        if parsed.is_none() {
            diags.push(file.error(
                a,
                format!("`announced = {date}` is not a day: expected a date as YYYY-MM-DD"),
            ));
        }
        parsed
    });

    let corrected = correction(file, raw.corrected, raw.corrected_from, &mut diags);
    if diags.has_errors() {
        return Err(diags);
    }
    let revision = Revision {
        date,
        source: file.rel.clone(),
        title: raw.title.into_inner(),
        summary: raw.summary,
        draft: raw.draft,
        intro: raw.intro,
        sections,
        purposes,
        processors,
        cookies,
        groups,
        translated_from_position: translated_from.as_ref().map(|(_, at)| *at),
        processors_in_position: raw.processors_in.as_ref().map(|p| file.position(p)),
        processors_in: raw.processors_in.map(Spanned::into_inner),
        translated_by: translated_from
            .as_ref()
            .map(|_| translated_by.unwrap_or(crate::model::TranslatedBy::Site)),
        translated_from: translated_from.map(|(l, _)| l),
        date_note: raw.date_note,
        archived: raw.archived.filter(|a| !a.trim().is_empty()),
        corrected,
        notice: crate::model::RevisionNotice {
            announced,
            announced_from_git: false,
            material: raw.material,
            sha256: crate::text::hash::text_sha256(&file.text),
        },
    };
    Ok((revision, rights))
}

/// `corrected` and `corrected_from`: a note, and the 64 hex digits of a SHA-256 only
/// beside one.
fn correction(
    file: &SourceFile,
    note: Option<String>,
    from: Option<Spanned<String>>,
    diags: &mut Diagnostics,
) -> Option<crate::model::Correction> {
    let note = note.filter(|n| !n.trim().is_empty());
    if let Some(from) = &from {
        let v = from.get_ref();
        if note.is_none() {
            diags.push(file.error(
                from,
                "corrected_from without corrected: expected corrected = \"what was corrected and why\" beside it",
            ));
        } else if v.len() != 64
            || !v
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
        {
            diags.push(file.error(
                from,
                format!("corrected_from = {v:?}: expected the 64 lower-case hex digits of a SHA-256, as `privsite check` names it"),
            ));
        }
    }
    Some(crate::model::Correction {
        note: note?,
        from_text_sha256: from.map(Spanned::into_inner),
    })
}

fn load_processor(
    file: &SourceFile,
    p: RawProcessor,
    names: &mut BTreeSet<String>,
    ids: &mut BTreeSet<String>,
    diags: &mut Diagnostics,
) -> Processor {
    let name = p.name.get_ref().trim();
    if name.is_empty() {
        diags.push(file.error(
            &p.name,
            "empty processor name: expected the recipient's name",
        ));
    } else if !names.insert(name.to_lowercase()) {
        diags.push(file.error(
            &p.name,
            format!("processor {name:?} is listed twice: expected each processor once (list all its countries in one entry)"),
        ));
    }
    if let Some(id) = &p.id {
        check_id(file, id, "processor", ids, diags);
        not_reserved(file, id, diags);
    }
    let mut formerly: Vec<String> = Vec::new();
    for old in &p.formerly {
        let o = old.get_ref().trim();
        if o.is_empty() {
            diags.push(file.error(
                old,
                "empty name in formerly: expected an earlier name of this recipient",
            ));
        } else if o == name {
            diags.push(file.error(old, format!("formerly names {o:?}, the processor's own name: expected an earlier, different name")));
        } else if formerly.iter().any(|f| f == o) {
            diags.push(file.error(old, format!("{o:?} is listed twice in formerly")));
        } else {
            formerly.push(o.to_string());
        }
    }
    let role = p.role.as_ref().and_then(|r| {
        let parsed = Role::parse(r.get_ref());
        if parsed.is_none() {
            diags.push(file.error(r, crate::diagnostic::suggest::unknown::<Role>(r.get_ref())));
        }
        parsed
    });
    let countries = p.countries.as_ref().map(|codes| {
        let mut countries: Vec<String> = Vec::new();
        for code in codes {
            if let Some(c) = check_country(file, code, diags) {
                if countries.contains(&c) {
                    diags.push(file.error(code, format!("country {c:?} is listed twice")));
                } else {
                    countries.push(c);
                }
            }
        }
        countries
    });
    if let Some(codes) = &p.countries
        && codes.is_empty()
    {
        diags.push(file.error(
            &p.name,
            format!("processor {name:?} has countries = []: expected the countries where data is processed, or no countries key where the policy does not say"),
        ));
    }
    let regions = check_regions(file, &p.name, p.regions.as_deref(), diags);
    let headquarters = p
        .headquarters
        .as_ref()
        .and_then(|h| check_country(file, h, diags));
    let safeguard = p.safeguard.as_ref().and_then(|s| {
        let parsed = Safeguard::parse(s.get_ref());
        if parsed.is_none() {
            diags.push(file.error(
                s,
                crate::diagnostic::suggest::unknown::<Safeguard>(s.get_ref()),
            ));
        }
        parsed
    });
    Processor {
        position: file.position(&p.name),
        name: name.to_string(),
        id: p.id.map(Spanned::into_inner),
        formerly,
        role,
        purpose: p.purpose,
        data: p.data,
        countries,
        regions,
        headquarters,
        safeguard,
        group: p.group,
        url: check_url(file, p.url, diags),
    }
}

/// The regions a processor names, each once; `regions = []` says nothing and is an error,
/// as `countries = []` is.
fn check_regions(
    file: &SourceFile,
    name: &Spanned<String>,
    given: Option<&[Spanned<String>]>,
    diags: &mut Diagnostics,
) -> Vec<Region> {
    let Some(given) = given else {
        return Vec::new();
    };
    if given.is_empty() {
        diags.push(file.error(
            name,
            format!("processor {:?} has regions = []: expected \"EU\" or \"EEA\", or no regions key where the policy names no region", name.get_ref().trim()),
        ));
    }
    let mut regions = Vec::new();
    for r in given {
        match Region::parse(r.get_ref()) {
            Some(region) if regions.contains(&region) => {
                diags.push(file.error(r, format!("region {:?} is listed twice", r.get_ref())));
            }
            Some(region) => regions.push(region),
            None => diags.push(file.error(
                r,
                crate::diagnostic::suggest::unknown::<Region>(r.get_ref()),
            )),
        }
    }
    regions
}

pub(super) fn check_country(
    file: &SourceFile,
    code: &Spanned<String>,
    diags: &mut Diagnostics,
) -> Option<String> {
    let c = code.get_ref();
    if countries::is_country(c) {
        return Some(c.clone());
    }
    let hint = match crate::model::countries::suggest(c) {
        Some(code) => format!(" (did you mean {code:?}?)"),
        None => String::new(),
    };
    diags.push(file.error(
        code,
        format!("{c:?} is not an ISO 3166-1 alpha-2 country code: expected two upper-case letters such as \"SE\" or \"US\"{hint}"),
    ));
    None
}

fn check_id(
    file: &SourceFile,
    id: &Spanned<String>,
    what: &str,
    seen: &mut BTreeSet<String>,
    diags: &mut Diagnostics,
) {
    let v = id.get_ref();
    if !is_id(v) {
        diags.push(file.error(
            id,
            format!("invalid {what} id {v:?}: expected lower-case ASCII letters and digits joined by single '-', such as \"retention\""),
        ));
    } else if !seen.insert(v.clone()) {
        diags.push(file.error(
            id,
            format!("duplicate {what} id {v:?}: expected each id once per revision"),
        ));
    }
}

/// The prefix of the element ids the theme makes; no id from a source may start with it,
/// so that no source can give a page two elements of the same id.
pub(super) const RESERVED_ID_PREFIX: &str = "ps-";

fn not_reserved(file: &SourceFile, id: &Spanned<String>, diags: &mut Diagnostics) {
    if id.get_ref().starts_with(RESERVED_ID_PREFIX) {
        diags.push(file.error(
            id,
            format!(
                "id {:?} starts with {RESERVED_ID_PREFIX:?}, which is reserved for the theme's own element ids: expected another id",
                id.get_ref()
            ),
        ));
    }
}

/// A section's `covers`: checklist items `privsite check` knows, other than its own id.
fn load_covers(
    file: &SourceFile,
    id: &Spanned<String>,
    covers: &[Spanned<String>],
    diags: &mut Diagnostics,
) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for item in covers {
        let c = item.get_ref();
        if !rules::SECTION_IDS.contains(&c.as_str()) {
            diags.push(file.error(
                item,
                format!(
                    "covers {c:?}, which is not a checklist item: expected one of {}",
                    rules::SECTION_IDS
                        .iter()
                        .map(|s| format!("{s:?}"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            ));
        } else if c == id.get_ref() {
            diags.push(file.error(
                item,
                format!("covers {c:?}, the section's own id: expected other checklist items"),
            ));
        } else if out.contains(c) {
            diags.push(file.error(item, format!("{c:?} is listed twice in covers")));
        } else {
            out.push(c.clone());
        }
    }
    out
}

/// `[[groups]]`: each named once, each the group of some processor.
fn load_groups(
    file: &SourceFile,
    raw: Vec<RawGroup>,
    processors: &[Processor],
    diags: &mut Diagnostics,
) -> Vec<Group> {
    let mut groups: Vec<Group> = Vec::new();
    for g in raw {
        let name = g.name.get_ref().trim();
        if name.is_empty() {
            diags.push(file.error(
                &g.name,
                "empty group name: expected the group = … its processors name",
            ));
            continue;
        }
        if groups.iter().any(|x| x.name == name) {
            diags.push(file.error(
                &g.name,
                format!(
                    "group {name:?} is described twice: expected one [[groups]] entry per group"
                ),
            ));
            continue;
        }
        if !processors.iter().any(|p| p.group.as_deref() == Some(name)) {
            diags.push(file.error(
                &g.name,
                format!(
                    "group {name:?} has no processors: expected a processor with group = {name:?}"
                ),
            ));
        }
        groups.push(Group {
            name: name.to_string(),
            purpose: g.purpose,
        });
    }
    groups
}

fn non_empty(file: &SourceFile, value: &Spanned<String>, what: &str, diags: &mut Diagnostics) {
    if value.get_ref().trim().is_empty() {
        diags.push(file.error(value, format!("empty {what}: expected text")));
    }
}

/// `error` pointed at the value of the top-level `key` of the TOML file at `path`, where the
/// file still has it.
pub(super) fn at_key(path: PathBuf, key: &str, error: Diagnostic) -> Diagnostic {
    let Ok(text) = fs::read_to_string(path) else {
        return error;
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let offset = toml::de::DeTable::parse(text)
        .ok()
        .and_then(|table| table.get_ref().get(key).map(|v| v.span().start));
    match offset {
        Some(offset) => error.at(text, offset),
        None => error,
    }
}
