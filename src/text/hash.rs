//! Hashes of revision sources, as `revisions.json` chains them and the git facts compare
//! them: SHA-256 of the text normalised to UTF-8, LF line ends and no byte order mark.

use sha2::{Digest, Sha256};

/// A revision source as normalised for hashing and for telling edits apart: UTF-8 (bytes
/// that are not become U+FFFD), LF line ends, no byte order mark.
pub fn normalise(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    text.replace("\r\n", "\n")
}

/// SHA-256, lower-case hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let mut out = String::with_capacity(64);
    for b in digest.iter() {
        out.push_str(&format!("{b:02x}"));
    }
    out
}

/// The SHA-256 of a revision source as normalised (see [`normalise`]).
pub fn source_sha256(bytes: &[u8]) -> String {
    sha256_hex(normalise(bytes).as_bytes())
}

/// [`source_sha256`] of a source already read as text without its byte-order mark (as the
/// loader keeps it): hashed as it is unless it has carriage returns to normalise.
pub fn text_sha256(text: &str) -> String {
    match text.contains('\r') || text.starts_with('\u{feff}') {
        true => source_sha256(text.as_bytes()),
        false => sha256_hex(text.as_bytes()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_hashes_as_its_source_does() {
        for text in [
            "title = \"x\"\n",
            "a\r\nb\r\n",
            "lone\rcarriage",
            "\u{feff}again",
            "",
            "åäö\n",
        ] {
            assert_eq!(
                text_sha256(text),
                source_sha256(text.as_bytes()),
                "{text:?}"
            );
        }
    }
}
