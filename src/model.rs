//! The plain data model a site loads into: no file handles, no templates, no output.
//! Everything here has been validated; later stages may rely on it.

use std::collections::BTreeMap;
use std::fmt;
use std::path::PathBuf;

use jiff::civil::Date;
use serde::Serialize;

use crate::config::SiteConfig;
use crate::diagnostic::Position;
pub use crate::locale::Locale;

/// The whole site: its settings and every company with its revisions.
#[derive(Debug, Clone, Serialize)]
pub struct Site {
    #[serde(skip)]
    pub root: PathBuf,
    pub config: SiteConfig,
    /// Sorted by slug.
    pub companies: Vec<Company>,
    /// What the git history says about the revision files, where the site is in a
    /// repository (see [`crate::notice::git`]).
    #[serde(skip)]
    pub git: crate::notice::git::GitFacts,
}

impl Site {
    pub fn company(&self, slug: &str) -> Option<&Company> {
        self.companies.iter().find(|c| c.slug == slug)
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Company {
    /// The path segment under `content/`.
    pub slug: String,
    #[serde(skip)]
    pub source: PathBuf,
    pub info: CompanyInfo,
    /// Sorted by locale tag.
    pub locales: Vec<LocaleHistory>,
}

impl Company {
    pub fn locale(&self, locale: &Locale) -> Option<&LocaleHistory> {
        self.locales.iter().find(|l| &l.locale == locale)
    }

    /// The name to show; the slug where the sources give no name.
    pub fn display_name(&self) -> &str {
        self.info.name.as_deref().unwrap_or(&self.slug)
    }
}

/// Facts about the controller, from `company.toml`, shared by every locale.
#[derive(Debug, Clone, Default, Serialize)]
pub struct CompanyInfo {
    pub name: Option<String>,
    pub org_number: Option<String>,
    pub address: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub website: Option<String>,
    /// The locale whose text is the reference; other locales are translations of it.
    pub default_locale: Locale,
    pub dpo: Option<Contact>,
    pub authority: Option<Authority>,
    /// What the company promises its customers before a material change (`[notice]`).
    pub notice: Option<NoticeTerms>,
}

/// `[notice]` in company.toml: the notice the company promises before a material change.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct NoticeTerms {
    /// Minimum days between the announcement and the day a material change takes effect.
    pub days: Option<u32>,
    /// Days after the announcement during which customers may object.
    pub objection_days: Option<u32>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Contact {
    pub name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Authority {
    pub name: Option<String>,
    pub url: Option<String>,
}

/// One company's revisions in one locale.
#[derive(Debug, Clone, Serialize)]
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Revision {
    #[serde(serialize_with = "serialize_date")]
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
    /// The announced date, the class override and the source's hash.
    #[serde(skip)]
    pub notice: RevisionNotice,
}

/// What a revision says about its notice, and the fingerprint of its source.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
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
}

pub fn serialize_date<S: serde::Serializer>(date: &Date, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(date)
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Section {
    /// Stable across revisions and locales; diffs align on it.
    pub id: String,
    pub title: String,
    /// Markdown.
    pub body: String,
    #[serde(skip)]
    pub position: Position,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
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

/// A recipient of personal data: a processor or sub-processor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Processor {
    /// Unique within a revision; diffs align on it.
    pub name: String,
    pub purpose: Option<String>,
    pub data: Option<String>,
    /// ISO 3166-1 alpha-2 codes: where the data is processed.
    pub countries: Vec<String>,
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

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
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
    }
}
