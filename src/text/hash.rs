//! Hashes of revision sources, as `revisions.json` chains them and the git facts compare
//! them: SHA-256 of the text normalised to UTF-8, LF line ends and no byte order mark.
//! And [`Fingerprint`], what a build keeps to know what changed since the last one.

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
    hex(&Sha256::digest(bytes))
}

/// SHA-256 (lower-case hex) of JSON text written into it, with every escaped CR LF
/// (`\r\n`, four bytes) taken as an escaped LF (`\n`): the hash of
/// `json.replace("\\r\\n", "\\n")`, without the JSON text or its copy ever being held.
/// Matches are found left to right and do not overlap, as `str::replace` finds them.
///
/// A JSON writer writes a few bytes at a time (a quote, a key, a colon): what is written is
/// gathered into blocks first, so that the search and the hash run over blocks, not bytes.
#[derive(Default)]
pub struct LfJsonSha256 {
    hasher: Sha256,
    /// How many bytes of `\r\n` the text consumed so far ends with (0 to 3).
    matched: usize,
    /// Written and not yet consumed.
    pending: Vec<u8>,
}

/// How many written bytes [`LfJsonSha256`] gathers before it consumes them.
const BLOCK: usize = 8 * 1024;

/// Written pieces at least this long are not gathered.
const DIRECT: usize = 256;

const ESCAPED_CRLF: &[u8; 4] = b"\\r\\n";

impl LfJsonSha256 {
    /// The hash, with what was held back of a possible match.
    pub fn finish(mut self) -> String {
        let pending = std::mem::take(&mut self.pending);
        self.consume(&pending);
        self.hasher.update(&ESCAPED_CRLF[..self.matched]);
        hex(&self.hasher.finalize())
    }

    /// Hashes `buf`, every escaped CR LF in it (or begun before it) as an escaped LF.
    fn consume(&mut self, buf: &[u8]) {
        let mut rest = buf;
        while let Some(&byte) = rest.first() {
            if self.matched == 0 {
                // Up to the next backslash, hashed as it is.
                match memchr::memchr(b'\\', rest) {
                    None => {
                        self.hasher.update(rest);
                        break;
                    }
                    Some(at) => {
                        self.hasher.update(&rest[..at]);
                        self.matched = 1;
                        rest = &rest[at + 1..];
                        continue;
                    }
                }
            }
            if byte == ESCAPED_CRLF[self.matched] {
                self.matched += 1;
                rest = &rest[1..];
                if self.matched == 4 {
                    self.hasher.update(b"\\n");
                    self.matched = 0;
                }
                continue;
            }
            // No match: what was held back is hashed, but a last backslash, which may
            // begin one; the byte is looked at again.
            match self.matched {
                3 => {
                    self.hasher.update(b"\\r");
                    self.matched = 1;
                }
                held => {
                    self.hasher.update(&ESCAPED_CRLF[..held]);
                    self.matched = 0;
                }
            }
        }
    }
}

impl std::io::Write for LfJsonSha256 {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.pending.len() + buf.len() > BLOCK {
            let pending = std::mem::take(&mut self.pending);
            self.consume(&pending);
            self.pending = pending;
            self.pending.clear();
        }
        if buf.len() >= DIRECT {
            // Hashed where it is (the run of a string between escapes, mostly), after what
            // was gathered before it: copying it first cost more than the search.
            if !self.pending.is_empty() {
                let pending = std::mem::take(&mut self.pending);
                self.consume(&pending);
                self.pending = pending;
                self.pending.clear();
            }
            self.consume(buf);
        } else {
            self.pending.extend_from_slice(buf);
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Lower-case hex of a digest.
fn hex(digest: &[u8]) -> String {
    let mut out = String::with_capacity(digest.len() * 2);
    for b in digest {
        let _ = std::fmt::Write::write_fmt(&mut out, format_args!("{b:02x}"));
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

/// A 128-bit fingerprint (XXH3) of what goes into pages: the keys and page fingerprints an
/// incremental build compares with the previous build's record. Not a published hash,
/// nor one against a forger (a source's author can change the page anyway): one that
/// tells two inputs apart and reads each byte fast, since a full build feeds every
/// revision's words into it.
#[derive(Clone, Default)]
pub struct Fingerprint(xxhash_rust::xxh3::Xxh3Default);

impl Fingerprint {
    pub fn new() -> Fingerprint {
        Fingerprint::default()
    }

    pub fn finish128(&self) -> u128 {
        self.0.digest128()
    }

    /// XXH3's update, which its crate inlines always, in one place: a derived `Hash`
    /// writes each field, and inlined at every write it added half a megabyte to the
    /// binary.
    #[inline(never)]
    fn update(&mut self, bytes: &[u8]) {
        self.0.update(bytes);
    }
}

impl std::hash::Hasher for Fingerprint {
    fn write(&mut self, bytes: &[u8]) {
        self.update(bytes);
    }

    fn finish(&self) -> u64 {
        self.0.digest()
    }
}

impl std::io::Write for Fingerprint {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.update(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Written in any pieces, JSON text hashes as its copy with escaped CR LFs replaced.
        #[test]
        fn escaped_crlf_hashing_is_the_replace(
            text in "[\\\\rn\"a]{0,40}",
            cuts in proptest::collection::vec(0usize..41, 0..6),
        ) {
            use std::io::Write;
            let mut hasher = LfJsonSha256::default();
            let mut cuts: Vec<usize> = cuts.into_iter().filter(|&c| c <= text.len()).collect();
            cuts.push(text.len());
            cuts.sort_unstable();
            let mut at = 0;
            for cut in cuts {
                hasher.write_all(&text.as_bytes()[at..cut]).unwrap();
                at = cut;
            }
            let expected = sha256_hex(text.replace("\\r\\n", "\\n").as_bytes());
            prop_assert_eq!(hasher.finish(), expected);
        }

        /// The same for texts longer than a block, written in pieces of any size: an escape
        /// cut at a block's end is still found.
        #[test]
        fn escaped_crlf_hashing_is_the_replace_across_blocks(
            text in "[\\\\rn\"a]{0,20000}",
            cuts in proptest::collection::vec(0usize..20001, 0..8),
        ) {
            use std::io::Write;
            let mut hasher = LfJsonSha256::default();
            let mut cuts: Vec<usize> = cuts.into_iter().filter(|&c| c <= text.len()).collect();
            cuts.push(text.len());
            cuts.sort_unstable();
            let mut at = 0;
            for cut in cuts {
                hasher.write_all(&text.as_bytes()[at..cut]).unwrap();
                at = cut;
            }
            let expected = sha256_hex(text.replace("\\r\\n", "\\n").as_bytes());
            prop_assert_eq!(hasher.finish(), expected);
        }
    }

    #[test]
    fn escaped_crlf_examples() {
        use std::io::Write;
        for text in [r"a\r\nb", r"\\r\nb", r"\r\r\n", r"\r\", r"\r\\r\n", r"\"] {
            let mut hasher = LfJsonSha256::default();
            hasher.write_all(text.as_bytes()).unwrap();
            assert_eq!(
                hasher.finish(),
                sha256_hex(text.replace(r"\r\n", r"\n").as_bytes()),
                "{text}"
            );
        }
    }

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
