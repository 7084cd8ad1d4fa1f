//! "Did you mean …?": the closest of a closed set of words to one that is not in it.
//!
//! Every closed vocabulary of the sources (legal bases, safeguards, rights, and any later
//! one declared with the `vocabulary!` macro of `model`) implements [`Choices`] by listing
//! its spellings, and so gets suggestions without code of its own.

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
}
