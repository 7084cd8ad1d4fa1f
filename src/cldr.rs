//! What Unicode's CLDR knows about a language, from ICU4X's compiled data: dates, country
//! and language names, lists, plural categories and writing direction. Every lookup of
//! locale data goes through here, so the rest of the crate never holds a month or a
//! country name of its own.
//!
//! Each function takes a BCP 47 tag; a tag ICU4X cannot parse, or a language CLDR does not
//! know, gets the CLDR root data (ISO dates, codes as names), never a panic.

use icu_calendar::Date as IcuDate;
use icu_datetime::DateTimeFormatter;
use icu_datetime::fieldsets::YMD;
use icu_list::ListFormatter;
use icu_list::options::{ListFormatterOptions, ListLength};
use icu_locale::names::{
    DisplayNamesPreferences, LanguageDisplay, LanguageIdentifierDisplayName,
    LanguageIdentifierDisplayNameOptions, RegionDisplayName,
};
use icu_locale::{LanguageIdentifier, Locale, LocaleDirectionality};
use icu_plurals::{PluralCategory, PluralRules};
use jiff::civil::Date;

fn locale(tag: &str) -> Locale {
    tag.parse().unwrap_or(Locale::UNKNOWN)
}

fn names_prefs(tag: &str) -> DisplayNamesPreferences {
    DisplayNamesPreferences::from(&locale(tag))
}

/// A date in `lang`'s long form, year-month-day ("25 May 2018", "25. Mai 2018").
pub fn date(lang: &str, date: Date) -> String {
    let formatted = (|| {
        let formatter = DateTimeFormatter::try_new(locale(lang).into(), YMD::long()).ok()?;
        let iso =
            IcuDate::try_new_iso(i32::from(date.year()), date.month() as u8, date.day() as u8)
                .ok()?;
        Some(formatter.format(&iso).to_string())
    })();
    formatted.unwrap_or_else(|| date.to_string())
}

/// The name of the country or region with the ISO 3166-1 alpha-2 `code` in `lang`
/// ("Deutschland" for `DE` in `de`), or the code itself where CLDR has no name for it.
pub fn country_name(lang: &str, code: &str) -> String {
    let Ok(region) = code.parse::<icu_locale::subtags::Region>() else {
        return code.to_string();
    };
    match RegionDisplayName::try_new_light(names_prefs(lang), region) {
        Ok(name) => name.to_string(),
        Err(_) => code.to_string(),
    }
}

/// CLDR's short name of a country in `lang` ("US", "UK"), where it has one.
pub fn country_short_name(lang: &str, code: &str) -> Option<String> {
    let region = code.parse::<icu_locale::subtags::Region>().ok()?;
    RegionDisplayName::try_new_short_light(names_prefs(lang), region)
        .ok()
        .map(|n| n.to_string())
}

/// The name of the language `of_lang` in the language `in_lang`: ("Swedish" for `sv` in
/// `en`, "svenska" for `sv` in `sv`). As CLDR writes it inside a sentence: lower case in
/// the languages that write language names so. Falls back to the tag.
pub fn language_name(in_lang: &str, of_lang: &str) -> String {
    let Ok(id) = of_lang.parse::<LanguageIdentifier>() else {
        return of_lang.to_string();
    };
    let mut options = LanguageIdentifierDisplayNameOptions::default();
    options.language_display = Some(LanguageDisplay::Standard);
    match LanguageIdentifierDisplayName::try_new_light(names_prefs(in_lang), id, options) {
        Ok(name) => name.as_borrowed().to_string(),
        Err(_) => of_lang.to_string(),
    }
}

/// A language's own name as a menu shows it, with a capital first letter ("Svenska",
/// "Français"): for language switchers and lists of languages.
pub fn autonym(lang: &str) -> String {
    capitalize_first(&language_name(lang, lang))
}

fn capitalize_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// `items` joined as `lang` writes a list of things that all apply ("A, B and C",
/// "A, B et C").
pub fn list<S: AsRef<str>>(lang: &str, items: &[S]) -> String {
    let options = ListFormatterOptions::default().with_length(ListLength::Wide);
    match ListFormatter::try_new_and(locale(lang).into(), options) {
        Ok(f) => f.format(items.iter().map(AsRef::as_ref)).to_string(),
        Err(_) => items
            .iter()
            .map(AsRef::as_ref)
            .collect::<Vec<_>>()
            .join(", "),
    }
}

/// The cardinal plural categories CLDR has for `lang`, as Fluent names them ("one",
/// "other", …).
pub fn plural_categories(lang: &str) -> Vec<&'static str> {
    match PluralRules::try_new_cardinal(locale(lang).into()) {
        Ok(rules) => rules.categories().map(category_name).collect(),
        Err(_) => vec!["other"],
    }
}

/// The cardinal plural category of `n` in `lang`.
pub fn plural_category(lang: &str, n: u64) -> &'static str {
    match PluralRules::try_new_cardinal(locale(lang).into()) {
        Ok(rules) => category_name(rules.category_for(n)),
        Err(_) => "other",
    }
}

fn category_name(c: PluralCategory) -> &'static str {
    match c {
        PluralCategory::Zero => "zero",
        PluralCategory::One => "one",
        PluralCategory::Two => "two",
        PluralCategory::Few => "few",
        PluralCategory::Many => "many",
        PluralCategory::Other => "other",
    }
}

/// `"rtl"` for languages written right to left (ar, he, fa, ur …), else `"ltr"`.
pub fn direction(lang: &str) -> &'static str {
    let Ok(id) = lang.parse::<LanguageIdentifier>() else {
        return "ltr";
    };
    if LocaleDirectionality::new_common().is_right_to_left(&id) {
        "rtl"
    } else {
        "ltr"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_the_readers_language() {
        let d = Date::new(2018, 5, 25).unwrap();
        assert_eq!(date("en", d), "May 25, 2018");
        assert_eq!(date("de", d), "25. Mai 2018");
        assert_eq!(date("fr", d), "25 mai 2018");
        assert_eq!(date("sv", d), "25 maj 2018");
        assert_eq!(date("not a tag!", d), date("und", d));
    }

    #[test]
    fn names() {
        assert_eq!(country_name("de", "DE"), "Deutschland");
        assert_eq!(country_name("en", "US"), "United States");
        assert_eq!(country_name("en", "X"), "X");
        assert_eq!(language_name("en", "sv"), "Swedish");
        assert_eq!(language_name("fr", "sv"), "suédois");
        assert_eq!(autonym("sv"), "Svenska");
        assert_eq!(autonym("fr"), "Français");
        assert_eq!(autonym("ga"), "Gaeilge");
        assert_eq!(autonym("nb"), "Norsk bokmål");
    }

    #[test]
    fn lists_plurals_direction() {
        assert_eq!(list("en", &["A", "B", "C"]), "A, B, and C");
        assert_eq!(list("fr", &["A", "B", "C"]), "A, B et C");
        assert_eq!(list("de", &["A"]), "A");
        assert_eq!(plural_categories("ga").len(), 5);
        assert_eq!(plural_category("pl", 5), "many");
        assert_eq!(direction("ar"), "rtl");
        assert_eq!(direction("he"), "rtl");
        assert_eq!(direction("fa"), "rtl");
        assert_eq!(direction("ur"), "rtl");
        assert_eq!(direction("de"), "ltr");
    }
}
