//! What Unicode's CLDR knows about a language, from ICU4X's compiled data: dates, country
//! and language names, lists, plural categories and writing direction. Every lookup of
//! locale data goes through here, so the rest of the crate never holds a month or a
//! country name of its own.
//!
//! Each function takes a BCP 47 tag; a tag ICU4X cannot parse, or a language CLDR does not
//! know, gets the CLDR root data (ISO dates, codes as names), never a panic.

use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::Hash;
use std::rc::Rc;
use std::thread::LocalKey;

use crate::model::countries;
use icu_calendar::Date as IcuDate;
use icu_datetime::DateTimeFormatter;
use icu_datetime::fieldsets::YMD;
use icu_datetime::fieldsets::enums::DateFieldSet;
use icu_datetime::pattern::{DateTimePattern, FixedCalendarDateTimeNames};
use icu_list::ListFormatter;
use icu_list::options::{ListFormatterOptions, ListLength};
use icu_locale::names::{
    DisplayNamesPreferences, LanguageDisplay, LanguageIdentifierDisplayName,
    LanguageIdentifierDisplayNameOptions, RegionDisplayName,
};
use icu_locale::{LanguageIdentifier, Locale, LocaleDirectionality};
use icu_plurals::{PluralCategory, PluralRules};
use jiff::civil::Date;
use writeable::TryWriteable;

fn locale(tag: &str) -> Locale {
    tag.parse().unwrap_or(Locale::UNKNOWN)
}

// ICU4X's formatters and name lookups are made from compiled data on every call, which
// a build does for every date and name on every page: each thread keeps what it made.
thread_local! {
    static DATE_FORMATTERS: RefCell<HashMap<String, Option<Rc<DateTimeFormatter<YMD>>>>> =
        RefCell::default();
    static DATE_NAMES: RefCell<HashMap<String, Option<Rc<LongPatternNames>>>> =
        RefCell::default();
    static PLURAL_RULES: RefCell<HashMap<String, Option<Rc<PluralRules>>>> = RefCell::default();
    static NAMES: RefCell<HashMap<(NameKind, String, String), Option<String>>> =
        RefCell::default();
    /// Dates formatted so far, per language: a page shows the same few dates many times.
    static DATES: RefCell<HashMap<String, HashMap<Date, String>>> = RefCell::default();
}

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum NameKind {
    Country,
    CountryShort,
    Language,
}

/// What `make` gives for `key`, made once per thread.
fn kept<K: Hash + Eq, V: Clone>(
    cache: &'static LocalKey<RefCell<HashMap<K, V>>>,
    key: K,
    make: impl FnOnce() -> V,
) -> V {
    if let Some(v) = cache.with_borrow(|c| c.get(&key).cloned()) {
        return v;
    }
    let v = make();
    cache.with_borrow_mut(|c| c.insert(key, v.clone()));
    v
}

fn name(
    kind: NameKind,
    lang: &str,
    code: &str,
    make: impl FnOnce() -> Option<String>,
) -> Option<String> {
    kept(&NAMES, (kind, lang.to_string(), code.to_string()), make)
}

fn names_prefs(tag: &str) -> DisplayNamesPreferences {
    DisplayNamesPreferences::from(&locale(tag))
}

/// CLDR's long date pattern (`dateFormats/long`) for the languages where ICU4X's
/// year-month-day field set does not give it. ICU4X builds the long `YMD` pattern from
/// CLDR's skeleton data (`availableFormats`), which for these languages is missing or
/// inherited and differs from the long date pattern CLDR lists for them: ga
/// "MMMM d, y" for "d MMMM y", et "d MMMM y" for "d. MMMM y", mt "d 'ta'’ MMMM, y" for
/// "d 'ta'’ MMMM y". The month names still come from ICU4X.
const LONG_DATE_PATTERNS: &[(&str, &str)] = &[
    ("et", "d. MMMM y"),
    ("ga", "d MMMM y"),
    ("mt", "d 'ta'’ MMMM y"),
];

/// A CLDR long date pattern with the month names it needs, for [`LONG_DATE_PATTERNS`].
struct LongPatternNames {
    pattern: DateTimePattern,
    names: FixedCalendarDateTimeNames<icu_calendar::Gregorian, DateFieldSet>,
}

fn long_pattern_names(lang: &str) -> Option<Rc<LongPatternNames>> {
    let loc = locale(lang);
    let language = loc.id.language.as_str().to_string();
    let (_, pattern) = LONG_DATE_PATTERNS.iter().find(|(l, _)| *l == language)?;
    kept(&DATE_NAMES, lang.to_string(), || {
        let pattern: DateTimePattern = pattern.parse().ok()?;
        let mut names = FixedCalendarDateTimeNames::try_new(loc.into()).ok()?;
        names.include_for_pattern(&pattern).ok()?;
        Some(Rc::new(LongPatternNames { pattern, names }))
    })
}

/// A date in `lang`'s long form, year-month-day, as CLDR's long date pattern writes it
/// ("25 May 2018", "25. Mai 2018").
pub fn date(lang: &str, date: Date) -> String {
    if let Some(text) = DATES.with_borrow(|d| d.get(lang)?.get(&date).cloned()) {
        return text;
    }
    let text = format_date(lang, date);
    DATES.with_borrow_mut(|d| {
        // Bounded, for a long `serve` session.
        if d.values().map(HashMap::len).sum::<usize>() >= 16_384 {
            d.clear();
        }
        d.entry(lang.to_string())
            .or_default()
            .insert(date, text.clone());
    });
    text
}

fn format_date(lang: &str, date: Date) -> String {
    let formatted = (|| {
        if let Some(long) = long_pattern_names(lang) {
            let gregorian = IcuDate::try_new_gregorian(
                i32::from(date.year()),
                date.month() as u8,
                date.day() as u8,
            )
            .ok()?;
            return Some(
                long.names
                    .with_pattern_unchecked(&long.pattern)
                    .format(&gregorian)
                    .try_write_to_string()
                    .ok()?
                    .into_owned(),
            );
        }
        let formatter = kept(&DATE_FORMATTERS, lang.to_string(), || {
            DateTimeFormatter::try_new(locale(lang).into(), YMD::long())
                .ok()
                .map(Rc::new)
        })?;
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
    name(NameKind::Country, lang, code, || {
        let region = code.parse::<icu_locale::subtags::Region>().ok()?;
        RegionDisplayName::try_new_light(names_prefs(lang), region)
            .ok()
            .map(|name| name.to_string())
    })
    .unwrap_or_else(|| code.to_string())
}

/// CLDR's short name of a country in `lang` ("US", "UK"), where it has one.
pub fn country_short_name(lang: &str, code: &str) -> Option<String> {
    name(NameKind::CountryShort, lang, code, || {
        let region = code.parse::<icu_locale::subtags::Region>().ok()?;
        RegionDisplayName::try_new_short_light(names_prefs(lang), region)
            .ok()
            .map(|n| n.to_string())
    })
}

/// The name of the language `of_lang` in the language `in_lang`: ("Swedish" for `sv` in
/// `en`, "svenska" for `sv` in `sv`). As CLDR writes it inside a sentence: lower case in
/// the languages that write language names so. Falls back to the tag.
pub fn language_name(in_lang: &str, of_lang: &str) -> String {
    name(NameKind::Language, in_lang, of_lang, || {
        let id = of_lang.parse::<LanguageIdentifier>().ok()?;
        let mut options = LanguageIdentifierDisplayNameOptions::default();
        options.language_display = Some(LanguageDisplay::Standard);
        LanguageIdentifierDisplayName::try_new_light(names_prefs(in_lang), id, options)
            .ok()
            .map(|name| name.as_borrowed().to_string())
    })
    .unwrap_or_else(|| of_lang.to_string())
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
    let rules = kept(&PLURAL_RULES, lang.to_string(), || {
        PluralRules::try_new_cardinal(locale(lang).into())
            .ok()
            .map(Rc::new)
    });
    match rules {
        Some(rules) => category_name(rules.category_for(n)),
        None => "other",
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

/// Every name CLDR gives the country `code` in `lang` (its usual name, and a short form
/// where CLDR has one, e.g. "United States" and "US"), for reading country names back
/// into codes. Empty for a code that is not a country.
pub fn country_names(lang: &str, code: &str) -> Vec<String> {
    if !countries::is_country(code) {
        return Vec::new();
    }
    let mut names = vec![country_name(lang, code)];
    if let Some(short) = country_short_name(lang, code)
        && !names.contains(&short)
    {
        names.push(short);
    }
    names
}

/// The code of the country called `name` in `lang` (any of [`country_names`], ignoring case).
pub fn country_code(lang: &str, name: &str) -> Option<&'static str> {
    let wanted = name.trim().to_lowercase();
    countries::COUNTRY_CODES.iter().copied().find(|code| {
        country_names(lang, code)
            .iter()
            .any(|n| n.to_lowercase() == wanted)
    })
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

    /// Every shipped locale, one right-to-left and one CJK locale, as CLDR's long date
    /// pattern (`dateFormats/long`, the ICU4X long length) writes 1 March 2024; a change
    /// of data or of field set shows here. sl's "dd." is CLDR's own.
    #[test]
    fn long_dates_are_cldrs_long_pattern_in_every_locale() {
        let d = Date::new(2024, 3, 1).unwrap();
        let expected = [
            ("bg", "1 март 2024\u{202f}г."),
            ("cs", "1. března 2024"),
            ("da", "1. marts 2024"),
            ("de", "1. März 2024"),
            ("el", "1 Μαρτίου 2024"),
            ("en", "March 1, 2024"),
            ("es", "1 de marzo de 2024"),
            ("et", "1. märts 2024"),
            ("fi", "1. maaliskuuta 2024"),
            ("fr", "1 mars 2024"),
            ("ga", "1 Márta 2024"),
            ("hr", "1. ožujka 2024."),
            ("hu", "2024. március 1."),
            ("is", "1. mars 2024"),
            ("it", "1 marzo 2024"),
            ("lt", "2024 m. kovo 1 d."),
            ("lv", "2024. gada 1. marts"),
            ("mt", "1 ta’ Marzu 2024"),
            ("nb", "1. mars 2024"),
            ("nl", "1 maart 2024"),
            ("pl", "1 marca 2024"),
            ("pt", "1 de março de 2024"),
            ("ro", "1 martie 2024"),
            ("sk", "1. marca 2024"),
            ("sl", "01. marec 2024"),
            ("sv", "1 mars 2024"),
            ("he", "1 במרץ 2024"),
            ("ar", "1 مارس 2024"),
            ("ja", "2024年3月1日"),
        ];
        let wrong: Vec<_> = expected
            .iter()
            .filter(|(lang, want)| date(lang, d) != *want)
            .map(|(lang, want)| format!("{lang}: {:?}, not {want:?}", date(lang, d)))
            .collect();
        assert!(wrong.is_empty(), "{wrong:#?}");
        // A region subtag keeps the language's pattern.
        assert_eq!(date("ga-IE", d), "1 Márta 2024");
        assert_eq!(
            date("et", Date::new(2025, 12, 24).unwrap()),
            "24. detsember 2025"
        );
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

    #[test]
    fn names_read_back_into_codes() {
        for lang in ["en", "de", "fi", "ga", "el"] {
            for code in countries::COUNTRY_CODES {
                let names = country_names(lang, code);
                assert!(!names.is_empty(), "{lang} {code}");
                for name in names {
                    assert_eq!(country_code(lang, &name), Some(*code), "{lang} {name:?}");
                }
            }
        }
        assert_eq!(country_code("de", "deutschland"), Some("DE"));
        assert_eq!(country_code("en", "US"), Some("US"));
        assert_eq!(country_code("en", "Atlantis"), None);
        assert!(country_names("en", "XX").is_empty());
    }
}
