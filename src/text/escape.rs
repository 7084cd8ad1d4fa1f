//! HTML (and XML) escaping and the decoding of character references: one escape for
//! every page, feed, sitemap and snippet, so that the same text is written with the same
//! bytes everywhere, and one decoder for every attribute value read back.

/// Escapes text for HTML content and attribute values, and for XML's (the sitemap's and
/// the feeds'): `&`, `<`, `>`, `"` and `'` (as `&#39;`).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    escape_into(&mut out, text);
    out
}

/// [`escape`], appended to `out`.
pub fn escape_into(out: &mut String, text: &str) {
    // The five characters are ASCII: the text between them is copied in runs. Most texts
    // (a diff's words) hold none, and are copied whole after one look at each byte.
    if !text.bytes().any(|b| SPECIAL[usize::from(b)]) {
        out.push_str(text);
        return;
    }
    let mut start = 0;
    for (i, b) in text.bytes().enumerate() {
        let reference = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            _ => continue,
        };
        out.push_str(&text[start..i]);
        out.push_str(reference);
        start = i + 1;
    }
    out.push_str(&text[start..]);
}

/// The bytes [`escape_into`] writes as references.
static SPECIAL: [bool; 256] = {
    let mut table = [false; 256];
    table[b'&' as usize] = true;
    table[b'<' as usize] = true;
    table[b'>' as usize] = true;
    table[b'"' as usize] = true;
    table[b'\'' as usize] = true;
    table
};

/// The length of [`escape`]'s result, without making it.
pub fn escaped_len(text: &str) -> usize {
    text.len()
        + text
            .bytes()
            .map(|b| match b {
                b'&' | b'\'' => 4,
                b'<' | b'>' => 3,
                b'"' => 5,
                _ => 0,
            })
            .sum::<usize>()
}

/// `value` with its character references decoded: `&amp;`, `&lt;`, `&gt;`, `&quot;`,
/// `&apos;`, `&nbsp;` and numeric ones (`&#38;`, `&#x26;`). Anything else, an unknown
/// name or a `&` without `;`, is kept as written.
pub fn decode(value: &str) -> String {
    if !value.contains('&') {
        return value.to_string();
    }
    let mut out = String::with_capacity(value.len());
    let mut rest = value;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let semi = rest[1..].find(';').map(|s| s + 1);
        let decoded = semi.and_then(|semi| {
            let name = &rest[1..semi];
            let c = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some('\u{a0}'),
                _ => {
                    let number = name.strip_prefix('#')?;
                    let code = match number.strip_prefix(['x', 'X']) {
                        Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                        None => number.parse().ok()?,
                    };
                    char::from_u32(code)
                }
            }?;
            Some((c, semi + 1))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_the_five_characters() {
        assert_eq!(
            escape(r#"<a href="x">'&'</a>"#),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"
        );
        assert_eq!(escape("plain ✓"), "plain ✓");
        for text in [r#"<a href="x">'&'</a>"#, "plain ✓", "å<ä>ö&第三者\"'", ""] {
            assert_eq!(escaped_len(text), escape(text).len(), "{text}");
        }
        assert_eq!(
            escape("å<ä>ö&第三者\"'"),
            "å&lt;ä&gt;ö&amp;第三者&quot;&#39;"
        );
    }

    proptest::proptest! {
        #[test]
        fn escapes_as_a_character_at_a_time_would(text in r#"([<>&"'a ]|\PC){0,30}"#) {
            let mut expected = String::new();
            for c in text.chars() {
                match c {
                    '&' => expected.push_str("&amp;"),
                    '<' => expected.push_str("&lt;"),
                    '>' => expected.push_str("&gt;"),
                    '"' => expected.push_str("&quot;"),
                    '\'' => expected.push_str("&#39;"),
                    c => expected.push(c),
                }
            }
            proptest::prop_assert_eq!(escape(&text), expected);
        }
    }

    #[test]
    fn decodes_character_references() {
        assert_eq!(
            decode("a&amp;b&#38;c&#x26;d&lt;&bogus;&"),
            "a&b&c&d<&bogus;&"
        );
        assert_eq!(decode("&quot;&nbsp;&gt;&amp;lt;"), "\"\u{a0}>&lt;");
    }

    #[test]
    fn decode_undoes_escape() {
        let text = r#"<p class="x">Tom's & Jerry's</p>"#;
        assert_eq!(decode(&escape(text)), text);
    }
}
