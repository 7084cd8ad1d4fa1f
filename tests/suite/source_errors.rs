//! Every error of a source file in one run, through the binary: unknown keys, wrong types
//! and missing keys found by the shape check, and the loader's own checks on the rest of
//! the same file; each with file, line, column and what was expected, and a hint for the
//! common near-misses (dates, typographic quotes, duplicate keys). The build still fails
//! and writes nothing.

use crate::prelude::{Fixture, privsite};

const REVISION: &str = "content/acme/en/2024-01-01.toml";

/// Builds the clean fixture after `edit`; returns stderr, after checking that the build
/// failed with 1 and wrote nothing.
fn errors(edit: impl FnOnce(&Fixture)) -> (Fixture, String) {
    let site = Fixture::copy("clean");
    edit(&site);
    let out = privsite(site.root())
        .args(["build", "--date", "2025-01-01"])
        .output()
        .unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(out.stdout.is_empty(), "{stderr}");
    assert!(!site.path("public").exists(), "a failed build wrote output");
    (site, stderr)
}

/// `error: <file:line:column>: <message>` is in `stderr`.
fn has(stderr: &str, location: &str, message: &str) {
    let line = format!("error: {location}: {message}");
    assert!(stderr.contains(&line), "no {line:?} in:\n{stderr}");
}

#[test]
fn a_misspelt_key_does_not_hide_a_wrong_country_later_in_the_file() {
    let (site, err) = errors(|f| {
        f.replace(REVISION, "rights = [", "rigths = [");
        f.replace(REVISION, "countries = [\"US\"]", "countries = [\"UK\"]");
        f.replace(REVISION, "safeguard = \"scc\"", "safegaurd = \"scc\"");
        f.replace(REVISION, "purpose = \"Hosting\"", "purpose = [\"Hosting\"]");
    });
    has(
        &err,
        &site.position(REVISION, "rigths"),
        "unknown key `rigths`, expected one of",
    );
    assert!(err.contains("did you mean `rights`?"), "{err}");
    has(
        &err,
        &site.position(REVISION, "\"UK\""),
        "\"UK\" is not an ISO 3166-1 alpha-2 country code",
    );
    assert!(err.contains("(did you mean \"GB\"?)"), "{err}");
    has(
        &err,
        &site.position(REVISION, "safegaurd"),
        "unknown key `safegaurd` in [[processors]] number 2, expected one of",
    );
    has(
        &err,
        &site.position(REVISION, "[\"Hosting\"]"),
        "invalid type for `purpose`: an array, expected a string in quotes",
    );
    assert!(err.contains("build failed: 4 errors"), "{err}");
}

#[test]
fn errors_in_every_table_and_item_are_reported_together() {
    let (site, err) = errors(|f| {
        f.replace(REVISION, "name = \"Alpha Hosting\"\n", "");
        f.replace(
            REVISION,
            "legal_bases = [\"contract\"]",
            "legal_bases = \"contract\"",
        );
        f.replace(REVISION, "summary = \"", "sumary = \"");
        f.replace("content/acme/company.toml", "[dpo]\nname", "[dpo]\nnmae");
        f.replace("content/acme/company.toml", "address =", "adress =");
    });
    has(
        &err,
        &site.position(REVISION, "[[processors]]\npurpose = \"Hosting\""),
        "missing key `name` in [[processors]] number 1: expected `name = …` (the recipient's name)",
    );
    has(
        &err,
        &site.position(REVISION, "\"contract\""),
        "invalid type for `legal_bases`: a string \"contract\", expected an array",
    );
    has(
        &err,
        &site.position(REVISION, "sumary"),
        "unknown key `sumary`",
    );
    let company = "content/acme/company.toml";
    has(
        &err,
        &site.position(company, "nmae"),
        "unknown key `nmae` in [dpo], expected one of `email`, `name`, `phone`; did you mean `name`?",
    );
    has(
        &err,
        &site.position(company, "adress"),
        "unknown key `adress`",
    );
    assert!(err.contains("build failed: 5 errors"), "{err}");
}

#[test]
fn a_quoted_or_local_date_gets_the_iso_form() {
    let (site, err) = errors(|f| {
        f.replace(
            REVISION,
            "summary =",
            "announced = \"2024-12-02\"\nsummary =",
        );
        f.replace(
            "content/acme/en/2020-01-01.toml",
            "summary =",
            "announced = 02.12.2019\nsummary =",
        );
        f.replace(
            "content/acme/sv/2024-01-01.toml",
            "summary =",
            "announced = \"2/12/2023\"\nsummary =",
        );
    });
    has(
        &err,
        &site.position(REVISION, "\"2024-12-02\""),
        "invalid type for `announced`: a string \"2024-12-02\", expected a date, unquoted, as YYYY-MM-DD",
    );
    assert!(
        err.contains("hint: write it unquoted: announced = 2024-12-02"),
        "{err}"
    );
    let dotted = "content/acme/en/2020-01-01.toml";
    assert!(
        err.contains(&format!("error: {}", site.position(dotted, "02.12.2019"))),
        "{err}"
    );
    assert!(
        err.contains("hint: write it unquoted, as YYYY-MM-DD: announced = 2019-12-02"),
        "{err}"
    );
    assert!(
        err.contains(
            "hint: \"2/12/2023\" is ambiguous (day first it is 2023-12-02, month first 2023-02-12)"
        ),
        "{err}"
    );
}

#[test]
fn typographic_quotes_and_duplicate_keys_get_hints() {
    let (site, err) = errors(|f| {
        f.replace(
            REVISION,
            "title = \"Privacy policy\"",
            "title = „Datenschutzerklärung“",
        );
        f.replace(
            "content/acme/sv/2024-01-01.toml",
            "[[sections]]\nid = ",
            "[[sections]]\nid = \"first\"\nid = ",
        );
        f.replace("content/acme/company.toml", "[authority]", "[dpo]");
    });
    assert!(
        err.contains(&format!("error: {}", site.position(REVISION, "„"))),
        "{err}"
    );
    assert!(
        err.contains("hint: use straight quotes: title = \"Datenschutzerklärung\""),
        "{err}"
    );
    let sv = "content/acme/sv/2024-01-01.toml";
    let second = site.position(sv, "id = \"first\"\nid = ");
    let (line, column) = {
        let mut parts = second.rsplit(':');
        let column: usize = parts.next().unwrap().parse().unwrap();
        let line: usize = parts.next().unwrap().parse().unwrap();
        (line, column)
    };
    assert!(
        err.contains(&format!("error: {sv}:{}:1: duplicate key", line + 1)),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "hint: `id` is first set at line {line}, column {column}: keep one of the two"
        )),
        "{err}"
    );
    let company = "content/acme/company.toml";
    let first = site.position(company, "dpo]");
    let first = first.rsplitn(3, ':').collect::<Vec<_>>();
    assert!(
        err.contains(&format!(
            "hint: [dpo] is first set at line {}, column {}: keep one of the two",
            first[1], first[0]
        )),
        "{err}"
    );
}

#[test]
fn site_settings_report_every_error_and_stop_the_run() {
    let site = Fixture::copy("clean");
    site.replace("site.toml", "minify = false", "minfy = false");
    site.replace("site.toml", "title = \"Acme privacy\"", "title = 3");
    let out = privsite(site.root())
        .args(["build", "--date", "2025-01-01"])
        .output()
        .unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(
        out.status.code(),
        Some(2),
        "site.toml errors stop the run: {err}"
    );
    has(&err, "site.toml:6:1", "unknown key `minfy` in [build]");
    has(
        &err,
        "site.toml:1:9",
        "invalid type for `title`: an integer, expected a string in quotes",
    );
}

#[test]
fn several_syntax_errors_of_a_file_are_shown_together() {
    let (site, err) = errors(|f| {
        f.replace(
            REVISION,
            "title = \"Privacy policy\"",
            "title = “Privacy policy”",
        );
        f.replace(
            REVISION,
            "summary = \"",
            "announced = 02.12.2024\nsummary = \"",
        );
        f.replace(REVISION, "id = \"retention\"", "id = ‘retention’");
    });
    for (needle, hint) in [
        ("“", "use straight quotes: title = \"Privacy policy\""),
        (
            "02.12.2024",
            "write it unquoted, as YYYY-MM-DD: announced = 2024-12-02",
        ),
        ("‘", "use straight quotes: id = \"retention\""),
    ] {
        let location = site.position(REVISION, needle);
        assert!(
            err.contains(&format!("error: {location}: ")),
            "{location}: {err}"
        );
        assert!(err.contains(&format!("hint: {hint}")), "{hint}: {err}");
    }
    // One error per line: the dotted date's second complaint is left out.
    assert!(err.contains("build failed: 3 errors"), "{err}");
}

/// The first section with `c` written into its body (a multi-line basic string, `"""`)
/// after `- Your`, or with `single`, into its title (a basic string) after `What`, then a
/// `|`; parsed by the loader alone: the section's body and title, or the errors'
/// positions (line, column).
fn section_with(c: &str, single: bool) -> Result<(String, String), Vec<(usize, usize)>> {
    let valid = include_str!("../fixtures/basic/content/acme/en/2023-06-01.toml");
    let text = if single {
        valid.replacen("\"What we collect\"", &format!("\"What{c}|we collect\""), 1)
    } else {
        valid.replacen("- Your name\n", &format!("- Your{c}|name\n"), 1)
    };
    match privsite::source::load::parse_revision(
        std::path::Path::new("x.toml"),
        &text,
        jiff::civil::date(2023, 6, 1),
    ) {
        Ok(revision) => Ok((
            revision.sections[0].body.clone(),
            revision.sections[0].title.clone(),
        )),
        Err(diags) => Err(diags
            .0
            .iter()
            .filter_map(|d| d.position.map(|p| (p.line, p.column)))
            .collect()),
    }
}

/// The bytes TOML lets a basic string (`"`) and a multi-line one (`"""`) hold as they are,
/// and those it refuses, each found where it stands: the decoding of such strings (the
/// prose of every revision) looks each byte up in a table, which this holds to the
/// specification.
#[test]
fn every_character_of_a_string_is_taken_or_refused_as_toml_says() {
    let body = |c: &str| format!("- Your{c}|name\n- Your e-mail address\n- Your IP address\n");
    let title = |c: &str| format!("What{c}|we collect");
    // The TOML parser alone, without the loader's guard, which refuses control characters
    // in any string after it: the string's value, or `None` where it is refused.
    let parsed = |doc: String| {
        let table = toml::from_str::<toml::Table>(&doc).ok()?;
        table.get("x")?.as_str().map(str::to_owned)
    };
    for b in 0u8..=0x7f {
        let c = char::from(b).to_string();
        let plain = b == b'\t' || ((0x20..0x7f).contains(&b) && b != b'\\');
        assert_eq!(
            parsed(format!("x = \"\"\"\na{c}|b\"\"\"")),
            (plain || b == b'\n').then(|| format!("a{c}|b")),
            "{b:#04x} in a multi-line string"
        );
        assert_eq!(
            parsed(format!("x = \"a{c}|b\"")),
            (plain && b != b'"').then(|| format!("a{c}|b")),
            "{b:#04x} in a string"
        );
        // In `"""`, a line feed and a quote are text too; in `"`, neither is.
        let taken = plain || b == b'\n';
        match section_with(&c, false) {
            Ok(read) => {
                assert!(taken, "{b:#04x} taken in a multi-line string");
                assert_eq!(read, (body(&c), "What we collect".to_string()), "{b:#04x}");
            }
            // `- Your` is line 9's first six characters: the byte is column 7. A lone CR
            // is told at column 8, where its line feed should be, and a backslash there
            // too, at the `|` that begins no escape.
            Err(at) => {
                assert!(!taken, "{b:#04x} refused at {at:?}");
                let column = if b == b'\r' || b == b'\\' { 8 } else { 7 };
                assert!(at.contains(&(9, column)), "{b:#04x} refused at {at:?}");
            }
        }
        let taken = plain && b != b'"';
        match section_with(&c, true) {
            Ok(read) => {
                assert!(taken, "{b:#04x} taken in a string");
                assert_eq!(read.1, title(&c), "{b:#04x}");
            }
            // `title = "What` is line 7's first 13 characters: the byte is column 14, or
            // (a quote ending the string early, a backslash) the `|` after it, 15.
            Err(at) => {
                assert!(!taken, "{b:#04x} refused at {at:?}");
                assert!(
                    at.contains(&(7, 14)) || at.contains(&(7, 15)),
                    "{b:#04x} refused at {at:?}"
                );
            }
        }
    }
    // Beyond ASCII, every character as it is; escapes decoded; in `"""`, CR LF taken as a
    // line end and quotes, one or two at a time, as text.
    for (written, read, in_both) in [
        ("é", "é", true),
        ("漢", "漢", true),
        ("\u{2028}", "\u{2028}", true),
        ("😀", "😀", true),
        ("\\t", "\t", true),
        ("\\u00e9", "é", true),
        ("\\\\", "\\", true),
        ("\\\"", "\"", true),
        ("\r\n", "\r\n", false),
        ("\"\"", "\"\"", false),
        ("\\\"\"\"", "\"\"\"", false),
    ] {
        assert_eq!(
            section_with(written, false).map(|(body, _)| body),
            Ok(body(read)),
            "{written:?}"
        );
        if in_both {
            assert_eq!(
                section_with(written, true).map(|(_, title)| title),
                Ok(title(read)),
                "{written:?} in a string"
            );
        }
    }
}
