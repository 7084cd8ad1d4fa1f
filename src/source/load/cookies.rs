//! `[[cookies]]` in a revision: the cookies and similar storage it declares.

use std::collections::BTreeSet;

use serde::Deserialize;
use toml::Spanned;

use super::SourceFile;
use super::revision::check_country;
use crate::diagnostic::Diagnostics;
use crate::diagnostic::suggest::unknown;
use crate::model::document::{Duration, Party, Storage};
use crate::model::{Cookie, CookieCategory, Safeguard};
use crate::source::schema::fields;

/// One cookie, or similar storage, as written.
#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Cookie")]
pub(super) struct RawCookie {
    /// The cookie's name, or a pattern such as "_ga_*"; unique within a revision.
    #[schemars(with = "String")]
    name: Spanned<String>,
    /// Who sets or reads it: the company, or a recipient's name or id.
    provider: Option<String>,
    /// What it is for.
    purpose: Option<String>,
    /// necessary, preferences, statistics or marketing.
    #[schemars(with = "Option<String>", extend("enum" = ["necessary", "preferences", "statistics", "marketing"]))]
    category: Option<Spanned<String>>,
    /// How long it is kept: "session", or an ISO 8601 duration such as "P2Y", "P6M",
    /// "P30D" or "PT30M".
    #[schemars(with = "Option<String>", regex(pattern = r"^(session|P.+)$"))]
    duration: Option<Spanned<String>>,
    /// first (the site sets it) or third (another company does).
    #[schemars(with = "Option<String>", extend("enum" = ["first", "third"]))]
    party: Option<Spanned<String>>,
    /// Where the browser keeps it: cookie, local-storage, session-storage, pixel or
    /// indexeddb.
    #[serde(rename = "type")]
    #[schemars(with = "Option<String>", extend("enum" = ["cookie", "local-storage", "session-storage", "pixel", "indexeddb"]))]
    storage: Option<Spanned<String>>,
    /// Where the provider processes it: ISO 3166-1 alpha-2 codes, where stated.
    #[serde(default)]
    #[schemars(with = "Option<fields::Countries>")]
    countries: Option<Vec<Spanned<String>>>,
    /// What makes a transfer outside the EEA lawful, as for processors.
    #[schemars(with = "Option<fields::SafeguardName>")]
    safeguard: Option<Spanned<String>>,
}

pub(super) fn load_cookies(
    file: &SourceFile,
    raw: Vec<RawCookie>,
    diags: &mut Diagnostics,
) -> Vec<Cookie> {
    let mut names = BTreeSet::new();
    raw.into_iter()
        .map(|c| {
            let name = c.name.get_ref().trim();
            if name.is_empty() {
                diags.push(file.error(&c.name, "empty cookie name: expected the cookie's name or a pattern such as \"_ga_*\""));
            } else if !names.insert(name.to_string()) {
                diags.push(file.error(
                    &c.name,
                    format!("cookie {name:?} is listed twice: expected each cookie once"),
                ));
            }
            let category = vocabulary(file, &c.category, CookieCategory::parse, diags);
            let party = vocabulary(file, &c.party, Party::parse, diags);
            let storage = vocabulary(file, &c.storage, Storage::parse, diags);
            let safeguard = vocabulary(file, &c.safeguard, Safeguard::parse, diags);
            let duration = c.duration.as_ref().and_then(|d| {
                Duration::parse(d.get_ref())
                    .map_err(|why| diags.push(file.error(d, why)))
                    .ok()
            });
            let countries = c.countries.as_ref().map(|codes| {
                let mut countries: Vec<String> = Vec::new();
                for code in codes {
                    if let Some(cc) = check_country(file, code, diags) {
                        if countries.contains(&cc) {
                            diags.push(file.error(code, format!("country {cc:?} is listed twice")));
                        } else {
                            countries.push(cc);
                        }
                    }
                }
                countries
            });
            if c.countries.as_ref().is_some_and(Vec::is_empty) {
                diags.push(file.error(&c.name, format!("cookie {name:?} has countries = []: expected the countries where it is processed, or no countries key where the text does not say")));
            }
            Cookie {
                position: file.position(&c.name),
                name: name.to_string(),
                provider: c.provider.filter(|p| !p.trim().is_empty()),
                purpose: c.purpose.filter(|p| !p.trim().is_empty()),
                category,
                duration,
                party,
                storage,
                countries,
                safeguard,
            }
        })
        .collect()
}

/// A closed-vocabulary value, or an error with "did you mean".
fn vocabulary<T: crate::diagnostic::suggest::Choices>(
    file: &SourceFile,
    value: &Option<Spanned<String>>,
    parse: fn(&str) -> Option<T>,
    diags: &mut Diagnostics,
) -> Option<T> {
    let value = value.as_ref()?;
    let parsed = parse(value.get_ref());
    if parsed.is_none() {
        diags.push(file.error(value, unknown::<T>(value.get_ref())));
    }
    parsed
}
