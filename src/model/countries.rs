//! ISO 3166-1 country codes and the GDPR-relevant groupings of them.
//!
//! Every list is sorted in ascending byte order and holds upper-case
//! alpha-2 codes only, so lookups are binary searches. Matching is exact:
//! `"se"` is not a country code.

/// Every officially assigned ISO 3166-1 alpha-2 code (249), sorted.
///
/// Exceptionally or transitionally reserved codes (such as `EU`, `UK`, `XK`)
/// are not included.
pub const COUNTRY_CODES: &[&str] = &[
    "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX", "AZ",
    "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS",
    "BT", "BV", "BW", "BY", "BZ", "CA", "CC", "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN",
    "CO", "CR", "CU", "CV", "CW", "CX", "CY", "CZ", "DE", "DJ", "DK", "DM", "DO", "DZ", "EC", "EE",
    "EG", "EH", "ER", "ES", "ET", "FI", "FJ", "FK", "FM", "FO", "FR", "GA", "GB", "GD", "GE", "GF",
    "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS", "GT", "GU", "GW", "GY", "HK", "HM",
    "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR", "IS", "IT", "JE", "JM",
    "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KY", "KZ", "LA", "LB", "LC",
    "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA", "MC", "MD", "ME", "MF", "MG", "MH", "MK",
    "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA",
    "NC", "NE", "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ", "OM", "PA", "PE", "PF", "PG",
    "PH", "PK", "PL", "PM", "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS", "RU", "RW",
    "SA", "SB", "SC", "SD", "SE", "SG", "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS",
    "ST", "SV", "SX", "SY", "SZ", "TC", "TD", "TF", "TG", "TH", "TJ", "TK", "TL", "TM", "TN", "TO",
    "TR", "TT", "TV", "TW", "TZ", "UA", "UG", "UM", "US", "UY", "UZ", "VA", "VC", "VE", "VG", "VI",
    "VN", "VU", "WF", "WS", "YE", "YT", "ZA", "ZM", "ZW",
];

/// The European Economic Area: the 27 EU member states plus Iceland (`IS`),
/// Liechtenstein (`LI`) and Norway (`NO`), sorted.
///
/// Greece is `GR` (ISO), not `EL` (the EU's own abbreviation).
///
/// Caveat: only the member states' own codes are listed. Some territories
/// with a separate ISO code are nevertheless part of the EU and covered by
/// the GDPR, e.g. Åland (`AX`) and the French outermost regions (`GF`, `GP`,
/// `MQ`, `RE`, `YT`, `MF`); callers that need that distinction must handle it
/// themselves.
pub const EEA: &[&str] = &[
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IS",
    "IT", "LI", "LT", "LU", "LV", "MT", "NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK",
];

/// Countries and territories with a European Commission adequacy decision
/// under GDPR Art. 45 (or one adopted under Directive 95/46/EC and kept in
/// force by Art. 45(9)), sorted.
///
/// Caveats:
/// - `CA` Canada: only commercial organisations subject to PIPEDA.
/// - `US` United States: only organisations certified under the EU–US Data
///   Privacy Framework (decision of 10 July 2023); other US recipients need
///   another safeguard.
/// - `JP` Japan: private-sector operators under the APPI, with the
///   supplementary rules of the decision.
/// - `KR` South Korea: processing under the Personal Information Protection
///   Act.
/// - `GB` United Kingdom: the 2021 decisions were time-limited (sunset
///   clause) and have been extended/renewed; check the current status.
/// - `IL` Israel: adopted under the Directive; covers automated international
///   transfers and manual processing subject to Israeli law.
/// - Brazil (`BR`) is not listed: a draft decision was published, but its
///   adoption is not confirmed here. The European Patent Organisation also
///   has a decision but has no country code.
pub const ADEQUACY: &[&str] = &[
    "AD", "AR", "CA", "CH", "FO", "GB", "GG", "IL", "IM", "JE", "JP", "KR", "NZ", "US", "UY",
];

/// Returns true if `code` is an officially assigned ISO 3166-1 alpha-2 code.
pub fn is_country(code: &str) -> bool {
    COUNTRY_CODES.binary_search(&code).is_ok()
}

/// Returns true if `code` is an EEA country (EU member state, IS, LI or NO).
pub fn in_eea(code: &str) -> bool {
    EEA.binary_search(&code).is_ok()
}

/// Returns true if `code` has a Commission adequacy decision (see [`ADEQUACY`] caveats).
pub fn has_adequacy(code: &str) -> bool {
    ADEQUACY.binary_search(&code).is_ok()
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
pub fn suggest(input: &str) -> Option<&'static str> {
    let upper = input.trim().to_ascii_uppercase();
    let exact = COUNTRY_CODES.iter().find(|c| **c == upper);
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

    fn assert_sorted_unique(name: &str, list: &[&str]) {
        for pair in list.windows(2) {
            assert!(
                pair[0] < pair[1],
                "{name} not sorted/unique at {:?} {:?}",
                pair[0],
                pair[1]
            );
        }
    }

    #[test]
    fn lists_are_sorted_and_unique() {
        assert_sorted_unique("COUNTRY_CODES", COUNTRY_CODES);
        assert_sorted_unique("EEA", EEA);
        assert_sorted_unique("ADEQUACY", ADEQUACY);
    }

    #[test]
    fn codes_are_two_upper_case_ascii_letters() {
        for code in COUNTRY_CODES {
            assert_eq!(code.len(), 2, "{code}");
            assert!(code.bytes().all(|b| b.is_ascii_uppercase()), "{code}");
        }
    }

    #[test]
    fn counts() {
        assert_eq!(COUNTRY_CODES.len(), 249);
        assert_eq!(EEA.len(), 30);
    }

    #[test]
    fn eea_and_adequacy_are_subsets_of_country_codes() {
        for code in EEA.iter().chain(ADEQUACY) {
            assert!(is_country(code), "{code} is not in COUNTRY_CODES");
        }
    }

    #[test]
    fn eea_and_adequacy_are_disjoint() {
        for code in ADEQUACY {
            assert!(!in_eea(code), "{code} is in both EEA and ADEQUACY");
        }
    }

    #[test]
    fn known_answers() {
        assert!(is_country("SE"));
        assert!(in_eea("SE"));
        assert!(in_eea("NO"));
        assert!(in_eea("GR"));
        assert!(!in_eea("EL"));
        assert!(!in_eea("US"));
        assert!(!in_eea("CH"));
        assert!(!in_eea("GB"));
        assert!(has_adequacy("US"));
        assert!(has_adequacy("CH"));
        assert!(has_adequacy("JP"));
        assert!(!has_adequacy("SE"));
        assert!(!has_adequacy("CN"));
        assert!(!is_country("XX"));
        assert!(!is_country("se"));
        assert!(!is_country(""));
        assert!(!is_country("SWE"));
        assert!(!in_eea("se"));
        assert!(!has_adequacy(""));
    }

    #[test]
    fn country_aliases_and_spellings() {
        assert_eq!(suggest("UK"), Some("GB"));
        assert_eq!(suggest("EL"), Some("GR"));
        assert_eq!(suggest("de"), Some("DE"));
        assert_eq!(suggest("sv"), Some("SE"));
        assert_eq!(suggest("SWE"), Some("SE"));
        assert_eq!(suggest("Sweden"), Some("SE"));
        assert_eq!(suggest("QQ"), None);
        for (from, to) in COUNTRY_ALIASES {
            assert!(is_country(to), "{from} -> {to}");
        }
    }
}
