//! The plain data model a site loads into: no file handles, no templates, no output.
//! Everything here has been validated; later stages may rely on it.

pub mod config;
pub mod countries;
pub mod locale;
pub mod rules;

use std::collections::BTreeMap;
use std::path::PathBuf;

use jiff::civil::Date;
use serde::Serialize;

use crate::diagnostic::Position;
use crate::model::config::SiteConfig;
pub use crate::model::locale::Locale;

/// The whole site: its settings and every company with its revisions.
#[derive(Debug, Clone, Serialize)]
pub struct Site {
    #[serde(skip)]
    pub root: PathBuf,
    pub config: SiteConfig,
    /// Sorted by slug; companies with no published revision are left out.
    pub companies: Vec<Company>,
    /// Revision files marked `draft = true` that this build leaves out (none with
    /// `--drafts`), for the build to say so.
    #[serde(skip)]
    pub skipped_drafts: Vec<PathBuf>,
    /// What the git history says about the revision files, where the site is in a
    /// repository (read by `notice::git`).
    #[serde(skip)]
    pub git: GitFacts,
}

impl Site {
    /// Every locale some company publishes in.
    pub fn locales(&self) -> std::collections::BTreeSet<Locale> {
        self.companies
            .iter()
            .flat_map(|c| c.locales.iter().map(|l| l.locale.clone()))
            .collect()
    }

    /// The company's privacy notice, else its first document.
    /// The indexes of the company `slug`'s documents (notice first) in `companies`, which
    /// are sorted by slug: found by bisection, not by a scan of every company.
    pub fn units_of(&self, slug: &str) -> std::ops::Range<usize> {
        let start = self.companies.partition_point(|c| c.slug.as_str() < slug);
        let end = start
            + self.companies[start..]
                .iter()
                .take_while(|c| c.slug == slug)
                .count();
        start..end
    }

    pub fn company(&self, slug: &str) -> Option<&Company> {
        self.companies.iter().find(|c| c.slug == slug)
    }

    /// Where `revision` (of `company`, in `locale`) lists its recipients with
    /// `processors_in`: that sub-processor list, in `locale` where it has it (else its
    /// reference locale), and its revision in force on `revision`'s date, where one is.
    pub fn processors_listed_in(
        &self,
        company: &Company,
        locale: &Locale,
        revision: &Revision,
    ) -> Option<(&Company, &LocaleHistory, Option<&Revision>)> {
        let list = self.document(&company.slug, Some(revision.processors_in.as_deref()?))?;
        let history = list
            .locale(locale)
            .or_else(|| list.locale(&list.info.default_locale))
            .or(list.locales.first())?;
        Some((list, history, history.in_force_on(revision.date)))
    }

    /// The company's notice (`doc` = `None`) or its document `doc`.
    pub fn document(&self, slug: &str, doc: Option<&str>) -> Option<&Company> {
        self.companies[self.units_of(slug)]
            .iter()
            .find(|c| c.document_slug() == doc)
    }
}

/// One document of a company with all its locales: its privacy notice
/// (`document: None`), or another document (`content/<company>/<doc>/`). Each is planned,
/// rendered, checked and noticed on its own; they share the company's facts.
#[derive(Debug, Clone, Serialize, Hash)]
pub struct Company {
    /// The company's path segment under `content/`.
    pub slug: String,
    /// Where the document's pages are: `<company>` for the notice, `<company>/<doc>` for
    /// another document.
    pub path: String,
    /// The document, where this is not the privacy notice.
    pub document: Option<document::Document>,
    #[serde(skip)]
    pub source: PathBuf,
    pub info: CompanyInfo,
    /// Sorted by locale tag.
    pub locales: Vec<LocaleHistory>,
    /// Revision files marked `draft = true` that this build leaves out (none with
    /// `--drafts`), for the build to say so.
    #[serde(skip)]
    pub skipped_drafts: Vec<PathBuf>,
}

impl Company {
    /// Takes out the revisions whose `announced` date is after `today`: not yet announced,
    /// so nothing of them is published until that day. Returns each one's file and
    /// announced date. A locale left with no revision is taken out too.
    pub fn hold_unannounced(&mut self, today: Date) -> Vec<(PathBuf, Date)> {
        let mut held = Vec::new();
        for history in &mut self.locales {
            history.revisions.retain(|r| match r.notice.announced {
                Some(announced) if announced > today => {
                    held.push((r.source.clone(), announced));
                    false
                }
                _ => true,
            });
            let dates: std::collections::BTreeSet<Date> =
                history.revisions.iter().map(|r| r.date).collect();
            history.declared_rights.retain(|d, _| dates.contains(d));
        }
        self.locales.retain(|l| !l.revisions.is_empty());
        held
    }

    pub fn locale(&self, locale: &Locale) -> Option<&LocaleHistory> {
        self.locales.iter().find(|l| &l.locale == locale)
    }

    /// The name to show; the slug where the sources give no name.
    pub fn display_name(&self) -> &str {
        self.info.name.as_deref().unwrap_or(&self.slug)
    }

    /// The document's folder name; `None` for the privacy notice.
    pub fn document_slug(&self) -> Option<&str> {
        self.document.as_ref().map(|d| d.slug.as_str())
    }

    /// What kind of document this is: the notice is `privacy`.
    pub fn kind(&self) -> document::DocumentKind {
        self.document
            .as_ref()
            .map_or(document::DocumentKind::Privacy, |d| d.kind)
    }
}

/// Who made a translation: the site's editors, or the company itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TranslatedBy {
    Site,
    Company,
}

impl TranslatedBy {
    pub fn as_str(self) -> &'static str {
        match self {
            TranslatedBy::Site => "site",
            TranslatedBy::Company => "company",
        }
    }
}

impl Revision {
    /// What makes the revision an archived copy, from its own `archived` or its
    /// company's: its pages then say "as published", never "in force".
    pub fn archived_note<'a>(&'a self, company: &'a CompanyInfo) -> Option<&'a str> {
        self.archived.as_deref().or(company.archived.as_deref())
    }
}

/// Facts about the controller, from `company.toml`, shared by every locale.
#[derive(Debug, Clone, Default, Serialize, Hash)]
pub struct CompanyInfo {
    pub name: Option<String>,
    pub org_number: Option<String>,
    pub address: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub website: Option<String>,
    /// The locale whose text is the reference; other locales are translations of it.
    pub default_locale: Locale,
    /// The policy is kept as a record, not maintained by the company: what it is and
    /// where it was copied from. Its pages say "as published", never "in force".
    pub archived: Option<String>,
    pub dpo: Option<Contact>,
    pub authority: Option<Authority>,
    /// What the company promises its customers before a material change (`[notice]`).
    pub notice: Option<NoticeTerms>,
}

/// `[notice]` in company.toml: the notice the company promises before a material change.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Hash)]
pub struct NoticeTerms {
    /// Minimum days between the announcement and the day a material change takes effect.
    pub days: Option<u32>,
    /// Days after the announcement during which customers may object.
    pub objection_days: Option<u32>,
    /// Where customers object: an e-mail address or an http(s) URL. Without it, the
    /// company's `email`.
    pub contact: Option<String>,
}

impl CompanyInfo {
    /// Where customers object to a change: `[notice] contact`, else the company's e-mail.
    pub fn objection_contact(&self) -> Option<&str> {
        self.notice
            .as_ref()
            .and_then(|n| n.contact.as_deref())
            .or(self.email.as_deref())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Hash)]
pub struct Contact {
    pub name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Hash)]
pub struct Authority {
    pub name: Option<String>,
    pub url: Option<String>,
}

/// One company's revisions in one locale.
#[derive(Debug, Clone, Serialize, Hash)]
pub struct LocaleHistory {
    pub locale: Locale,
    /// Sorted by date, oldest first; dates are unique.
    pub revisions: Vec<Revision>,
    /// Per revision date, the rights its `rights = [...]` key says the text explains;
    /// absent where a revision declares none. Only `privsite check` reads it.
    #[serde(skip)]
    pub declared_rights: BTreeMap<Date, Vec<Right>>,
}

impl LocaleHistory {
    /// The revision in force on `date`: the latest whose date is not after it.
    pub fn in_force_on(&self, date: Date) -> Option<&Revision> {
        self.revisions.iter().rev().find(|r| r.date <= date)
    }

    pub fn latest(&self) -> Option<&Revision> {
        self.revisions.last()
    }

    /// The rights the revision of `date` declares, if it declares any.
    pub fn declared_rights(&self, date: Date) -> Option<&[Right]> {
        self.declared_rights.get(&date).map(Vec::as_slice)
    }

    /// The revision before `date` in this locale.
    pub fn predecessor(&self, date: Date) -> Option<&Revision> {
        self.revisions.iter().rev().find(|r| r.date < date)
    }
}

/// One revision: the policy as in force from `date`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Hash)]
pub struct Revision {
    pub date: Date,
    #[serde(skip)]
    pub source: PathBuf,
    pub title: String,
    pub summary: Option<String>,
    pub draft: bool,
    /// Markdown.
    pub intro: Option<String>,
    pub sections: Vec<Section>,
    pub purposes: Vec<Purpose>,
    pub processors: Vec<Processor>,
    /// The company's document that lists this revision's recipients (a sub-processor
    /// list), with where the source names it: its processors count as this revision's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub processors_in: Option<String>,
    #[serde(skip)]
    pub processors_in_position: Option<Position>,
    /// Cookies and similar storage the revision declares.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub cookies: Vec<document::Cookie>,
    /// Facts stated once for a group of processors, by group name.
    pub groups: Vec<Group>,
    /// The locale this text was translated from, when it says it is a translation.
    pub translated_from: Option<Locale>,
    #[serde(skip)]
    pub translated_from_position: Option<Position>,
    /// Who made the translation: set exactly where `translated_from` is.
    pub translated_by: Option<TranslatedBy>,
    /// Markdown: where the revision's date comes from, when the policy states none.
    pub date_note: Option<String>,
    /// A copy kept as a record (see [`CompanyInfo::archived`]), with what it is.
    pub archived: Option<String>,
    /// A deliberate correction of the text after it was published: what was corrected
    /// and why, shown on the page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub corrected: Option<Correction>,
    /// The announced date, the class override and the source's hash.
    #[serde(skip)]
    pub notice: RevisionNotice,
}

/// `corrected = "…"` (and `corrected_from = "<sha256>"`) in a revision: its text was
/// corrected after it was published.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Hash)]
pub struct Correction {
    /// What was corrected and why.
    pub note: String,
    /// The SHA-256 of the company's text as it was published before the correction (as
    /// `revisions.json` gave it as `text_sha256`), kept in the chain.
    pub from_text_sha256: Option<String>,
}

/// What a revision says about its notice, and the fingerprint of its source.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct RevisionNotice {
    /// The day its notice went out: `announced = …`, else (where the site is in a git
    /// repository) the day its file was first committed, in UTC.
    pub announced: Option<Date>,
    /// Whether `announced` came from git rather than the source.
    pub announced_from_git: bool,
    /// `material = true|false`: overrides the class computed from the diff.
    pub material: Option<bool>,
    /// SHA-256 (lower-case hex) of the source as normalised: UTF-8, LF, no BOM.
    pub sha256: String,
}

impl Revision {
    pub fn processor(&self, name: &str) -> Option<&Processor> {
        self.processors.iter().find(|p| p.name == name)
    }

    /// Whether a section covers the checklist item `id`: its own id, or one it `covers`.
    pub fn covers(&self, id: &str) -> bool {
        self.sections.iter().any(|s| s.covers(id))
    }

    /// The group named `name`, when the revision states facts about it.
    pub fn group(&self, name: &str) -> Option<&Group> {
        self.groups.iter().find(|g| g.name == name)
    }

    /// What `p` is for: its own purpose, else its group's; `None` when neither is stated.
    pub fn purpose_of<'r>(&'r self, p: &'r Processor) -> Option<&'r str> {
        p.purpose.as_deref().or_else(|| {
            let group = self.group(p.group.as_deref()?)?;
            group.purpose.as_deref()
        })
    }
}

/// Among `candidates`, the one that continues `earlier`: the same `id`, else the same
/// name, else one that names `earlier` among its former names.
pub fn find_continuing<'p>(
    candidates: &'p [Processor],
    earlier: &Processor,
) -> Option<&'p Processor> {
    if let Some(id) = &earlier.id
        && let Some(p) = candidates.iter().find(|p| p.id.as_ref() == Some(id))
    {
        return Some(p);
    }
    candidates
        .iter()
        .filter(|p| p.id.is_none() || earlier.id.is_none())
        .find(|p| p.name == earlier.name)
        .or_else(|| {
            candidates
                .iter()
                .find(|p| p.formerly.contains(&earlier.name))
        })
}

/// Facts a revision states once for every processor of a group.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Hash)]
pub struct Group {
    pub name: String,
    pub purpose: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Hash)]
pub struct Section {
    /// Stable across revisions and locales; diffs align on it.
    pub id: String,
    /// Checklist items the section also covers, beyond its id.
    pub covers: Vec<String>,
    pub title: String,
    /// Markdown.
    pub body: String,
    #[serde(skip)]
    pub position: Position,
}

impl Section {
    /// Whether this section covers the checklist item `id`.
    pub fn covers(&self, id: &str) -> bool {
        self.id == id || self.covers.iter().any(|c| c == id)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Hash)]
pub struct Purpose {
    pub id: String,
    pub title: String,
    pub legal_bases: Vec<LegalBasis>,
    /// The interest pursued, where a basis is legitimate interests.
    pub legitimate_interest: Option<String>,
    /// Markdown.
    pub body: Option<String>,
    #[serde(skip)]
    pub position: Position,
}

/// A recipient of personal data: a processor or sub-processor, or another recipient.
/// A fact the source does not state is `None`, never a default.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Hash)]
pub struct Processor {
    /// Unique within a revision.
    pub name: String,
    /// Names the recipient across locales and revisions when its name is translated or
    /// changes; diffs align on it where both sides have it.
    pub id: Option<String>,
    /// Earlier names: a processor named so in an earlier revision is this one, renamed.
    pub formerly: Vec<String>,
    /// What the recipient is to the controller; `None` where the source does not say.
    pub role: Option<Role>,
    pub purpose: Option<String>,
    pub data: Option<String>,
    /// ISO 3166-1 alpha-2 codes: where the data is processed; `None` where not stated.
    pub countries: Option<Vec<String>>,
    /// Where the data is processed, as a region the source names rather than countries
    /// ("located in the EU"); empty where none is stated. Both regions lie within the EEA.
    /// Left out of the JSON where empty, so that a revision naming none keeps the text hash
    /// it was published with.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub regions: Vec<Region>,
    pub headquarters: Option<String>,
    pub safeguard: Option<Safeguard>,
    pub group: Option<String>,
    pub url: Option<String>,
    #[serde(skip)]
    pub position: Position,
}

/// Declares a closed vocabulary whose spelling in sources is kebab-case.
macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            pub fn parse(text: &str) -> Option<$name> {
                match text { $($text => Some($name::$variant),)+ _ => None }
            }

            /// The accepted spellings, for error messages.
            pub fn expected() -> String {
                [$(concat!("\"", $text, "\"")),+].join(", ")
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }
    };
}

pub mod document;
pub use document::{Cookie, CookieCategory, Document, DocumentKind, Party};

vocabulary! {
    /// The lawful bases of GDPR Art. 6(1).
    LegalBasis {
        Consent = "consent",
        Contract = "contract",
        LegalObligation = "legal-obligation",
        VitalInterests = "vital-interests",
        PublicTask = "public-task",
        LegitimateInterests = "legitimate-interests",
    }
}

impl Processor {
    /// The stated countries; empty where none are stated.
    pub fn stated_countries(&self) -> &[String] {
        self.countries.as_deref().unwrap_or_default()
    }

    /// Whether the source says where data is processed: countries, a region, or both.
    pub fn states_location(&self) -> bool {
        self.countries.is_some() || !self.regions.is_empty()
    }

    /// Whether data goes outside the EEA: `None` where the source does not say where it
    /// is processed, so that nothing is claimed either way. A region is within the EEA.
    pub fn outside_eea(&self) -> Option<bool> {
        if !self.states_location() {
            return None;
        }
        Some(
            self.stated_countries()
                .iter()
                .any(|c| !crate::model::countries::in_eea(c)),
        )
    }
}

vocabulary! {
    /// A region a source may name as where data is processed, in place of countries:
    /// the European Union or the European Economic Area. Either is within the EEA, so no
    /// transfer safeguard is needed for it.
    Region {
        Eu = "EU",
        Eea = "EEA",
    }
}

impl Region {
    /// The key of its name in the messages (`region-eu`, `region-eea`).
    pub fn message_key(self) -> &'static str {
        match self {
            Region::Eu => "region-eu",
            Region::Eea => "region-eea",
        }
    }
}

vocabulary! {
    /// What a recipient is to the controller.
    Role {
        Processor = "processor",
        Controller = "controller",
        JointController = "joint-controller",
        Affiliate = "affiliate",
    }
}

vocabulary! {
    /// What makes a transfer outside the EEA lawful (GDPR Chapter V).
    Safeguard {
        Adequacy = "adequacy",
        Scc = "scc",
        Bcr = "bcr",
        Dpf = "dpf",
        Derogation = "derogation",
    }
}

vocabulary! {
    /// What a revision's text tells the data subject they may do (GDPR Art. 13(2)(b)-(d)),
    /// declared in its `rights` key because prose cannot be checked for it in every language.
    Right {
        Access = "access",
        Rectification = "rectification",
        Erasure = "erasure",
        Restriction = "restriction",
        Objection = "objection",
        Portability = "portability",
        WithdrawConsent = "withdraw-consent",
        Complaint = "complaint",
    }
}

// What the git history says of the revision files (read by `notice::git`): plain data.

/// One commit that changed a revision file's normalised text after it was first added.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Edit {
    /// The commit's day (committer time, UTC).
    pub date: Date,
    /// The commit id, abbreviated to 10 hex digits.
    pub commit: String,
}

/// What the history says, per revision file (its path relative to the site root).
#[derive(Debug, Clone, Default, Hash)]
pub struct GitFacts {
    /// Whether the site folder is in a git repository with a commit at HEAD.
    pub in_repository: bool,
    /// The day of the first commit that added each file.
    pub first_added: BTreeMap<PathBuf, Date>,
    /// The commits that changed each file's normalised text after it was added, oldest
    /// first.
    pub edits: BTreeMap<PathBuf, Vec<Edit>>,
}

impl GitFacts {
    /// The commits that changed `revision`'s text after the day it took effect.
    pub fn edits_after_effect(&self, revision: &Revision) -> Vec<&Edit> {
        self.edits
            .get(&revision.source)
            .map(|edits| edits.iter().filter(|e| e.date > revision.date).collect())
            .unwrap_or_default()
    }

    /// Gives each revision without `announced = …` the day its file was first committed.
    pub fn apply(&self, company: &mut Company) {
        for history in &mut company.locales {
            for revision in &mut history.revisions {
                // A file first committed after it took effect says nothing of its notice.
                if revision.notice.announced.is_none()
                    && let Some(date) = self.first_added.get(&revision.source)
                    && *date <= revision.date
                {
                    revision.notice.announced = Some(*date);
                    revision.notice.announced_from_git = true;
                }
            }
        }
    }

    /// [`GitFacts::apply`] to every company, keeping the facts in the site.
    pub fn apply_to_site(self, site: &mut Site) {
        for company in &mut site.companies {
            self.apply(company);
        }
        site.git = self;
    }
}

/// Makes vocabularies (anything with `ALL` and `as_str`) [`crate::diagnostic::suggest::Choices`] for "did you mean".
macro_rules! choices {
    ($($ty:ty = $what:literal),+ $(,)?) => {$(
        impl crate::diagnostic::suggest::Choices for $ty {
            const WHAT: &'static str = $what;
            fn spellings() -> Vec<&'static str> {
                <$ty>::ALL.iter().map(|v| v.as_str()).collect()
            }
        }
    )+};
}

// A new vocabulary gets suggestions by being listed here.
choices!(
    LegalBasis = "legal basis",
    Safeguard = "safeguard",
    Right = "right",
    Role = "role",
    DocumentKind = "document kind",
    CookieCategory = "cookie category",
    document::Party = "party",
    document::Storage = "storage type",
    Region = "region",
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vocabularies_round_trip() {
        for b in LegalBasis::ALL {
            assert_eq!(LegalBasis::parse(b.as_str()), Some(*b));
        }
        assert_eq!(Safeguard::parse("dpf"), Some(Safeguard::Dpf));
        assert_eq!(Safeguard::parse("DPF"), None);
        assert_eq!(Region::parse("EEA"), Some(Region::Eea));
        assert_eq!(Region::parse("eu"), None);
    }
}
