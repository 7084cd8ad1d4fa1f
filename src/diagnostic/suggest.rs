//! "Did you mean …?": the closest of a closed set of words to one that is not in it.
//!
//! Every closed vocabulary of the sources (legal bases, safeguards, rights, and any later
//! one declared with the `vocabulary!` macro of `model`) implements [`Choices`] by listing
//! its spellings, and so gets suggestions without code of its own.

use crate::model::countries;

/// A closed set of spellings a source value must be one of.
pub trait Choices: Sized + 'static {
    /// What one value is called in messages, such as "legal basis".
    const WHAT: &'static str;
    /// Every accepted spelling.
    fn spellings() -> Vec<&'static str>;
}

/// The candidate most like `input`, if one is close enough to be what was meant.
///
/// Case and `_`/`-`/space differences count for nothing; otherwise the normalised
/// Damerau-Levenshtein similarity must reach 0.7, or the candidate must start with the
/// input or the input with it (`legitimate-interest` for `legitimate-interests`).
pub fn closest<'a>(input: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let wanted = fold(input);
    if wanted.is_empty() {
        return None;
    }
    let mut best: Option<(f64, &'a str)> = None;
    for candidate in candidates {
        let folded = fold(candidate);
        let score = if folded == wanted {
            2.0
        } else if wanted.len() >= 3 && (folded.starts_with(&wanted) || wanted.starts_with(&folded))
        {
            1.0 + strsim::normalized_damerau_levenshtein(&wanted, &folded) / 10.0
        } else {
            strsim::normalized_damerau_levenshtein(&wanted, &folded)
        };
        if score >= 0.7 && best.is_none_or(|(s, _)| score > s) {
            best = Some((score, candidate));
        }
    }
    best.map(|(_, c)| c)
}

fn fold(s: &str) -> String {
    s.trim()
        .chars()
        .map(|c| match c {
            '_' | ' ' => '-',
            c => c.to_ascii_lowercase(),
        })
        .collect()
}

/// `; did you mean "x"?` for the candidate closest to `input`, or nothing.
pub fn did_you_mean<'a>(input: &str, candidates: impl IntoIterator<Item = &'a str>) -> String {
    match closest(input, candidates) {
        Some(s) => format!("; did you mean {s:?}?"),
        None => String::new(),
    }
}

/// `; did you mean "x"?` for the closest spelling of `C`, or nothing.
pub fn hint<C: Choices>(input: &str) -> String {
    let spellings = C::spellings();
    match closest(input, spellings.iter().copied()) {
        Some(s) => format!("; did you mean {s:?}?"),
        None => String::new(),
    }
}

/// The message for a value of `C` that is none of its spellings:
/// `unknown legal basis "x": expected one of "a", "b"; did you mean "a"?`.
pub fn unknown<C: Choices>(input: &str) -> String {
    let expected: Vec<String> = C::spellings().iter().map(|s| format!("{s:?}")).collect();
    format!(
        "unknown {} {input:?}: expected one of {}{}",
        C::WHAT,
        expected.join(", "),
        hint::<C>(input)
    )
}

/// Codes people write for a country that ISO 3166-1 spells otherwise: the EU's own
/// abbreviations and common mistakes.
const COUNTRY_ALIASES: &[(&str, &str)] = &[
    ("UK", "GB"), // the EU and the .uk domain; ISO says GB
    ("EL", "GR"), // the EU's abbreviation for Greece
    ("EN", "GB"), // a language code, not a country
    ("SW", "SE"), // Sweden is SE; SW is no country
    ("DA", "DK"), // the Danish language
    ("SV", "SE"), // Swedish; SV is El Salvador (only suggested for the lower-case "sv")
];

/// The country code most likely meant by `input`, which is not one: an alias (UK → GB,
/// EL → GR), the same code in upper case, or a code one letter away from it that is in
/// the EEA (the countries a GDPR policy names most).
pub fn country(input: &str) -> Option<&'static str> {
    let upper = input.trim().to_ascii_uppercase();
    let exact = countries::COUNTRY_CODES.iter().find(|c| **c == upper);
    // "sv" is more likely Swedish than El Salvador; "SV" as written is El Salvador.
    if let Some((_, to)) = COUNTRY_ALIASES
        .iter()
        .find(|(from, _)| *from == upper && (exact.is_none() || input != upper))
    {
        return Some(to);
    }
    if let Some(code) = exact {
        return Some(code);
    }
    // Country names as written in English, for the commonest ones.
    let by_name = match upper.as_str() {
        "SWEDEN" => Some("SE"),
        "FINLAND" => Some("FI"),
        "GERMANY" => Some("DE"),
        "IRELAND" => Some("IE"),
        "USA" | "UNITED STATES" => Some("US"),
        "UNITED KINGDOM" | "GREAT BRITAIN" => Some("GB"),
        "NORWAY" => Some("NO"),
        "DENMARK" => Some("DK"),
        "NETHERLANDS" => Some("NL"),
        "FRANCE" => Some("FR"),
        _ => None,
    };
    if by_name.is_some() {
        return by_name;
    }
    if upper.len() == 3 {
        // An alpha-3 code written for an alpha-2 one: SWE → SE, DEU → DE, USA → US.
        let alpha3 = [
            ("SWE", "SE"),
            ("FIN", "FI"),
            ("DEU", "DE"),
            ("GBR", "GB"),
            ("IRL", "IE"),
            ("NOR", "NO"),
            ("DNK", "DK"),
            ("NLD", "NL"),
            ("FRA", "FR"),
            ("ESP", "ES"),
            ("ITA", "IT"),
            ("POL", "PL"),
            ("CAN", "CA"),
            ("AUS", "AU"),
            ("IND", "IN"),
            ("JPN", "JP"),
            ("CHE", "CH"),
        ];
        return alpha3
            .iter()
            .find(|(from, _)| *from == upper)
            .map(|(_, to)| *to);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{LegalBasis, Right, Safeguard};

    #[test]
    fn close_words_are_suggested_and_far_ones_not() {
        let keys = ["title", "summary", "draft", "intro", "sections"];
        assert_eq!(closest("sumary", keys), Some("summary"));
        assert_eq!(closest("Summary", keys), Some("summary"));
        assert_eq!(closest("section", keys), Some("sections"));
        assert_eq!(closest("titel", keys), Some("title"));
        assert_eq!(closest("colour", keys), None);
        assert_eq!(closest("", keys), None);
    }

    #[test]
    fn every_vocabulary_suggests_its_own_values() {
        assert_eq!(
            hint::<LegalBasis>("legitimate-interest"),
            "; did you mean \"legitimate-interests\"?"
        );
        assert_eq!(
            hint::<LegalBasis>("legitimate_interests"),
            "; did you mean \"legitimate-interests\"?"
        );
        assert_eq!(hint::<LegalBasis>("consnet"), "; did you mean \"consent\"?");
        assert_eq!(hint::<Safeguard>("SCC"), "; did you mean \"scc\"?");
        assert_eq!(hint::<Safeguard>("privacy-shield"), "");
        assert_eq!(
            hint::<Right>("withdraw_consent"),
            "; did you mean \"withdraw-consent\"?"
        );
        assert!(
            unknown::<Right>("erasur").starts_with("unknown right \"erasur\": expected one of")
        );
    }

    #[test]
    fn country_aliases_and_spellings() {
        assert_eq!(country("UK"), Some("GB"));
        assert_eq!(country("EL"), Some("GR"));
        assert_eq!(country("de"), Some("DE"));
        assert_eq!(country("sv"), Some("SE"));
        assert_eq!(country("SWE"), Some("SE"));
        assert_eq!(country("Sweden"), Some("SE"));
        assert_eq!(country("QQ"), None);
        for (from, to) in COUNTRY_ALIASES {
            assert!(countries::is_country(to), "{from} -> {to}");
        }
    }
}
