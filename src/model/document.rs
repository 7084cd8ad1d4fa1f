//! The documents a company publishes beside its privacy notice (a sub-processor list, a
//! cookie declaration, a DPA, terms), and the cookies any revision may declare.

use std::path::PathBuf;

use serde::Serialize;

use crate::diagnostic::Position;
use crate::model::Safeguard;

vocabulary! {
    /// What a document is; each kind has its own rules in `privsite check`.
    DocumentKind {
        Privacy = "privacy",
        Subprocessors = "subprocessors",
        Cookies = "cookies",
        Dpa = "dpa",
        Terms = "terms",
        Other = "other",
    }
}

/// `content/<company>/<doc>/document.toml`: a document other than the privacy notice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Hash)]
pub struct Document {
    /// The folder name, and the path segment of its pages: `/<company>/<doc>/<locale>/`.
    pub slug: String,
    pub kind: DocumentKind,
    /// The default title; a revision's own title wins.
    pub title: Option<String>,
    /// `document.toml`, relative to the site root.
    #[serde(skip)]
    pub source: PathBuf,
}

vocabulary! {
    /// What a cookie is for, as consent banners group them.
    CookieCategory {
        Necessary = "necessary",
        Preferences = "preferences",
        Statistics = "statistics",
        Marketing = "marketing",
    }
}

vocabulary! {
    /// Who sets a cookie: the site itself, or another company.
    Party {
        First = "first",
        Third = "third",
    }
}

vocabulary! {
    /// Where a browser keeps it.
    Storage {
        Cookie = "cookie",
        LocalStorage = "local-storage",
        SessionStorage = "session-storage",
        Pixel = "pixel",
        Indexeddb = "indexeddb",
    }
}

/// How long a cookie is kept: until the browser closes, or an ISO 8601 duration.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Duration {
    Session,
    /// As written (`P2Y`, `P1Y6M`, `PT30M`), with its parts.
    Period(Period),
}

/// The parts of an ISO 8601 duration, none negative, not all zero.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize)]
pub struct Period {
    pub years: u32,
    pub months: u32,
    pub weeks: u32,
    pub days: u32,
    pub hours: u32,
    pub minutes: u32,
    pub seconds: u32,
}

impl Period {
    /// The parts in order, with the unit each counts (`years`, `months`, ...), zeros left out.
    pub fn parts(&self) -> Vec<(&'static str, u32)> {
        [
            ("years", self.years),
            ("months", self.months),
            ("weeks", self.weeks),
            ("days", self.days),
            ("hours", self.hours),
            ("minutes", self.minutes),
            ("seconds", self.seconds),
        ]
        .into_iter()
        .filter(|(_, n)| *n > 0)
        .collect()
    }

    /// About how many seconds: a year of 365.2425 days, a month of a twelfth of that.
    /// Only for telling which of two durations is longer.
    pub fn approx_seconds(&self) -> u64 {
        let day = 86_400.0_f64;
        let year = 365.2425 * day;
        let s = f64::from(self.years) * year
            + f64::from(self.months) * year / 12.0
            + f64::from(self.weeks) * 7.0 * day
            + f64::from(self.days) * day
            + f64::from(self.hours) * 3600.0
            + f64::from(self.minutes) * 60.0
            + f64::from(self.seconds);
        s as u64
    }

    /// The ISO 8601 text: `P2Y`, `P1Y6M`, `PT30M`.
    pub fn iso(&self) -> String {
        let mut out = String::from("P");
        for (n, unit) in [
            (self.years, 'Y'),
            (self.months, 'M'),
            (self.weeks, 'W'),
            (self.days, 'D'),
        ] {
            if n > 0 {
                out.push_str(&format!("{n}{unit}"));
            }
        }
        if self.hours + self.minutes + self.seconds > 0 {
            out.push('T');
            for (n, unit) in [(self.hours, 'H'), (self.minutes, 'M'), (self.seconds, 'S')] {
                if n > 0 {
                    out.push_str(&format!("{n}{unit}"));
                }
            }
        }
        out
    }
}

/// Written as its source spelling: `"session"` or the ISO 8601 text.
impl Serialize for Duration {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.as_source())
    }
}

impl Duration {
    /// Reads `session` or an ISO 8601 duration such as `P2Y`, `P13M`, `PT30M`; the
    /// reason it is not one otherwise.
    pub fn parse(text: &str) -> Result<Duration, String> {
        if text == "session" {
            return Ok(Duration::Session);
        }
        let expected = "expected \"session\" or an ISO 8601 duration such as \"P2Y\", \"P6M\", \"P30D\" or \"PT30M\"";
        // jiff also reads "13 months"; a source writes ISO 8601, which starts with P.
        let span: jiff::Span = text
            .parse()
            .ok()
            .filter(|_| text.starts_with('P'))
            .ok_or_else(|| format!("{text:?} is not a duration: {expected}"))?;
        if span.is_negative() || span.is_zero() {
            return Err(format!("{text:?} is not a positive duration: {expected}"));
        }
        let part =
            |n: i64| u32::try_from(n).map_err(|_| format!("{text:?} is too long: {expected}"));
        let period = Period {
            years: part(span.get_years().into())?,
            months: part(span.get_months().into())?,
            weeks: part(span.get_weeks().into())?,
            days: part(span.get_days().into())?,
            hours: part(span.get_hours().into())?,
            minutes: part(span.get_minutes())?,
            seconds: part(span.get_seconds())?,
        };
        if period.parts().is_empty() {
            return Err(format!("{text:?} is shorter than a second: {expected}"));
        }
        Ok(Duration::Period(period))
    }

    /// The source spelling: `session` or the ISO 8601 text.
    pub fn as_source(&self) -> String {
        match self {
            Duration::Session => "session".into(),
            Duration::Period(p) => p.iso(),
        }
    }

    /// Seconds, for comparing; a session counts as none.
    pub fn approx_seconds(&self) -> u64 {
        match self {
            Duration::Session => 0,
            Duration::Period(p) => p.approx_seconds(),
        }
    }
}

/// A cookie or similar storage a revision declares. A fact the source does not state is
/// `None`, never a default.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Hash)]
pub struct Cookie {
    /// The cookie's name, or a pattern such as `_ga_*`; unique within a revision.
    pub name: String,
    /// Who sets or reads it: the company, or a recipient's name or id.
    pub provider: Option<String>,
    pub purpose: Option<String>,
    pub category: Option<CookieCategory>,
    pub duration: Option<Duration>,
    pub party: Option<Party>,
    pub storage: Option<Storage>,
    /// ISO 3166-1 alpha-2 codes: where the provider processes it, where stated.
    pub countries: Option<Vec<String>>,
    pub safeguard: Option<Safeguard>,
    #[serde(skip)]
    pub position: Position,
}

impl Cookie {
    /// Whether the cookie needs consent: a category other than necessary. `None` where no
    /// category is stated.
    pub fn needs_consent(&self) -> Option<bool> {
        self.category.map(|c| c != CookieCategory::Necessary)
    }

    /// Whether the provider processes it outside the EEA; `None` where not stated.
    pub fn outside_eea(&self) -> Option<bool> {
        let countries = self.countries.as_ref()?;
        Some(
            countries
                .iter()
                .any(|c| !crate::model::countries::in_eea(c)),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_as_iso_8601_or_session() {
        assert_eq!(Duration::parse("session"), Ok(Duration::Session));
        let Ok(Duration::Period(p)) = Duration::parse("P1Y6M") else {
            panic!("P1Y6M")
        };
        assert_eq!((p.years, p.months), (1, 6));
        assert_eq!(p.iso(), "P1Y6M");
        let Ok(Duration::Period(p)) = Duration::parse("PT30M") else {
            panic!("PT30M")
        };
        assert_eq!(p.parts(), vec![("minutes", 30)]);
        for bad in ["2 years", "P", "P0D", "-P1Y", "Session", "1Y", ""] {
            assert!(Duration::parse(bad).is_err(), "{bad}");
        }
        let two = Duration::parse("P2Y").unwrap();
        let thirteen_months = Duration::parse("P13M").unwrap();
        assert!(two.approx_seconds() > thirteen_months.approx_seconds());
    }
}
