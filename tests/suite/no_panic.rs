//! No input makes the loader panic: arbitrary text, and arbitrary edits of a valid file,
//! give a revision or diagnostics, never a crash.

use std::path::Path;

use proptest::prelude::*;

use crate::prelude::proptest_config;

const VALID: &str = include_str!("../fixtures/basic/content/acme/en/2023-06-01.toml");

fn parse(text: &str) {
    let date = jiff::civil::date(2023, 6, 1);
    if let Err(diags) = privsite::load::parse_revision(Path::new("x.toml"), text, date) {
        assert!(diags.has_errors());
        for d in &diags.0 {
            // Every error points into the file when it has a position, and prints.
            if let Some(p) = d.position {
                assert!(p.line >= 1 && p.column >= 1);
                assert!(p.line <= text.lines().count().max(1) + 1, "{d}");
            }
            let _ = d.to_string();
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 512,
        ..proptest_config()
    })]

    #[test]
    fn arbitrary_text(text in "\\PC*") {
        parse(&text);
    }

    #[test]
    fn edits_of_a_valid_file(at in 0usize..VALID.len(), cut in 0usize..40, insert in "[\\[\\]\"'=#\\n\\r\\u{feff}a-z0-9é漢 ]{0,12}") {
        let mut start = at;
        while !VALID.is_char_boundary(start) { start -= 1; }
        let mut end = (start + cut).min(VALID.len());
        while !VALID.is_char_boundary(end) { end -= 1; }
        let text = format!("{}{}{}", &VALID[..start], insert, &VALID[end..]);
        parse(&text);
    }
}

#[test]
fn the_valid_file_parses() {
    let r =
        privsite::load::parse_revision(Path::new("x.toml"), VALID, jiff::civil::date(2023, 6, 1))
            .unwrap();
    assert_eq!(r.processors.len(), 2);
}
