//! Locales: BCP 47 language tags in canonical form, as folder names and `lang` values.

use std::fmt;

use serde::Serialize;

/// Deprecated and legacy language subtags and what CLDR's alias data replaces them with:
/// a tag using one is not canonical.
const LANGUAGE_ALIASES: &[(&str, &str)] = &[
    ("in", "id"),
    ("iw", "he"),
    ("ji", "yi"),
    ("jw", "jv"),
    ("mo", "ro"),
    ("no", "nb"),
];

/// A BCP 47 language tag in canonical form (`sv`, `en`, `pt-BR`, `zh-Hant`).
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct Locale(String);

impl Locale {
    /// Parses a tag; `Err` carries the canonical spelling when only the case was wrong.
    pub fn parse(tag: &str) -> Result<Locale, Option<String>> {
        if tag.is_empty() {
            return Err(None);
        }
        let id: unic_langid::LanguageIdentifier = tag.parse().map_err(|_| None)?;
        // BCP 47 reserves 5-8 letter language subtags; real tags use ISO 639 codes.
        if !(2..=3).contains(&id.language.as_str().len()) {
            return Err(None);
        }
        let canonical = Self::replace_alias(&id.to_string());
        if canonical == tag {
            Ok(Locale(canonical))
        } else {
            Err(Some(canonical))
        }
    }

    /// `tag` with a deprecated language subtag replaced (`iw-IL` -> `he-IL`, `no` -> `nb`);
    /// any other tag as it is.
    pub fn replace_alias(tag: &str) -> String {
        let (language, rest) = tag.split_at(tag.find('-').unwrap_or(tag.len()));
        let lower = language.to_ascii_lowercase();
        match LANGUAGE_ALIASES.iter().find(|(old, _)| *old == lower) {
            Some((_, new)) => format!("{new}{rest}"),
            None => tag.to_string(),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The language subtag alone (`pt` for `pt-BR`).
    pub fn language(&self) -> &str {
        self.0.split('-').next().unwrap_or(&self.0)
    }
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_tags_must_be_canonical() {
        assert_eq!(Locale::parse("sv").unwrap().as_str(), "sv");
        assert_eq!(Locale::parse("pt-BR").unwrap().as_str(), "pt-BR");
        assert_eq!(Locale::parse("zh-Hant").unwrap().as_str(), "zh-Hant");
        assert_eq!(Locale::parse("pt-br"), Err(Some("pt-BR".into())));
        assert_eq!(Locale::parse("EN"), Err(Some("en".into())));
        assert_eq!(Locale::parse("not a tag"), Err(None));
        assert_eq!(Locale::parse(""), Err(None));
        assert_eq!(Locale::parse("english"), Err(None));
        assert_eq!(Locale::parse("und"), Ok(Locale("und".into())));
    }

    #[test]
    fn deprecated_language_subtags_are_not_canonical() {
        assert_eq!(Locale::parse("iw"), Err(Some("he".into())));
        assert_eq!(Locale::parse("no"), Err(Some("nb".into())));
        assert_eq!(Locale::parse("iw-IL"), Err(Some("he-IL".into())));
        assert_eq!(Locale::parse("IW"), Err(Some("he".into())));
        assert_eq!(Locale::replace_alias("no-NO"), "nb-NO");
        assert_eq!(Locale::replace_alias("nb"), "nb");
        assert_eq!(Locale::replace_alias("nl"), "nl");
        assert_eq!(Locale::replace_alias("not a tag"), "not a tag");
    }
}
