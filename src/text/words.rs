//! Words parted by white space, as [`str::split_whitespace`] parts them, faster.

/// The words of `text` parted by white space: the same words, in the same order, as
/// [`str::split_whitespace`] gives (Unicode's White_Space), without decoding every
/// character. Only the bytes that can begin a white-space character are looked at
/// closer: ASCII's tab to carriage return and space, and 0xC2, 0xE1, 0xE2 and 0xE3,
/// which begin U+0085 and U+00A0, U+1680, U+2000 to U+205F, and U+3000. Sections are
/// compared paragraph by paragraph by their words, and most of their letters in Swedish
/// or Finnish are not ASCII.
pub fn words(text: &str) -> Words<'_> {
    Words { text, at: 0 }
}

/// See [`words`].
pub struct Words<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let len = self.text.len();
        let mut i = self.at;
        while i < len {
            match space_at(self.text, i) {
                Some(n) => i += n,
                None => break,
            }
        }
        if i >= len {
            self.at = len;
            return None;
        }
        let start = i;
        // A continuation byte of a character is never taken for white space: only lead
        // bytes and ASCII are.
        while i < len && space_at(self.text, i).is_none() {
            i += 1;
        }
        self.at = i;
        self.text.get(start..i)
    }
}

/// The length of the white-space character at byte `i` of `text`, if one is there.
#[inline]
fn space_at(text: &str, i: usize) -> Option<usize> {
    match text.as_bytes()[i] {
        b'\t'..=b'\r' | b' ' => Some(1),
        // Lead bytes, so `i` is a character's start.
        0xC2 | 0xE1 | 0xE2 | 0xE3 => {
            let c = text.get(i..)?.chars().next()?;
            c.is_whitespace().then(|| c.len_utf8())
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::words;

    proptest! {
        #[test]
        fn words_are_those_split_whitespace_gives(
            text in r"([a-zåäö .,\t\n\r\x0b\x0c]|[\u{80}-\u{3100}]|\u{a0}|\u{85}|\u{1680}|[\u{2000}-\u{200b}]|\u{2028}|\u{2029}|\u{202f}|\u{205f}|\u{3000}|\u{feff}|\PC){0,60}"
        ) {
            prop_assert_eq!(words(&text).collect::<Vec<_>>(), text.split_whitespace().collect::<Vec<_>>());
        }
    }

    #[test]
    fn every_white_space_character_parts_words() {
        let spaces: String = (0..=0x10FFFFu32)
            .filter_map(char::from_u32)
            .filter(|c| c.is_whitespace())
            .collect();
        for space in spaces.chars() {
            let text = format!("a{space}b{space}{space}ö{space}");
            assert_eq!(
                words(&text).collect::<Vec<_>>(),
                ["a", "b", "ö"],
                "{space:?}"
            );
        }
        assert_eq!(words("a\u{200b}b").collect::<Vec<_>>(), ["a\u{200b}b"]);
    }
}
