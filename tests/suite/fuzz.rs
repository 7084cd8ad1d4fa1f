//! Fuzzing, for a bounded number of cases each run.
//!
//! The whole pipeline: sources mutated as a hostile or careless author might (bytes
//! flipped, lines duplicated or cut, deep nesting, control characters, odd Unicode) go
//! through it in memory. No case may panic or hang; a build either fails with diagnostics
//! that point into the files or gives a site whose every feed and sitemap is well-formed
//! XML.
//!
//! The loader alone: arbitrary text, and arbitrary edits of a valid file, give a revision
//! or diagnostics, never a crash.

use std::fs;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};

use proptest::prelude::*;

use crate::prelude::{Fixture, proptest_config};

/// The sources the mutations edit.
const FILES: &[&str] = &[
    "site.toml",
    "content/acme/company.toml",
    "content/acme/en/2023-06-01.toml",
    "content/acme/sv/2020-01-01.toml",
    "content/beta/company.toml",
];

/// Characters a careless or hostile author might bring in.
const ODD: &[&str] = &[
    "\\u001b",
    "\\u0000",
    "\\u0085",
    "\\u009d",
    "\\uFFFE",
    "\\uFDD0",
    "\\u007f",
    "\\t",
    "\u{9d}",
    "\u{85}",
    "\u{1}",
    "\u{fffe}",
    "\u{200b}",
    "\u{202e}",
    "\u{feff}",
    "\u{2028}",
    "]]>",
    "&amp;",
    "<![CDATA[",
    "\"",
    "'''",
    "\"\"\"",
    "\n",
    "\r\n",
    "\\",
    "𝕏",
    "é\u{301}",
    "=",
    "[",
    "]",
    "#",
];

#[derive(Debug, Clone)]
enum Mutation {
    FlipByte {
        at: usize,
        byte: u8,
    },
    DuplicateLine {
        line: usize,
    },
    CutLines {
        line: usize,
        count: usize,
    },
    Nest {
        at: usize,
        marker: &'static str,
        depth: usize,
    },
    Insert {
        at: usize,
        text: String,
    },
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), any::<u8>()).prop_map(|(at, byte)| Mutation::FlipByte { at, byte }),
        any::<usize>().prop_map(|line| Mutation::DuplicateLine { line }),
        (any::<usize>(), 1usize..4).prop_map(|(line, count)| Mutation::CutLines { line, count }),
        (
            any::<usize>(),
            prop::sample::select(vec!["> ", "- ", "1. ", "* ", "> - ", "**", "["]),
            prop::sample::select(vec![50usize, 99, 101, 500, 5000])
        )
            .prop_map(|(at, marker, depth)| Mutation::Nest { at, marker, depth }),
        (
            any::<usize>(),
            prop::collection::vec(prop::sample::select(ODD.to_vec()), 1..4)
        )
            .prop_map(|(at, parts)| Mutation::Insert {
                at,
                text: parts.concat()
            }),
    ]
}

fn apply(bytes: &mut Vec<u8>, m: &Mutation) {
    let len = bytes.len().max(1);
    match m {
        Mutation::FlipByte { at, byte } => {
            if !bytes.is_empty() {
                bytes[at % len] = *byte;
            }
        }
        Mutation::DuplicateLine { line } | Mutation::CutLines { line, .. } => {
            let text = String::from_utf8_lossy(bytes).into_owned();
            let mut lines: Vec<&str> = text.split_inclusive('\n').collect();
            if lines.is_empty() {
                return;
            }
            let i = line % lines.len();
            match m {
                Mutation::DuplicateLine { .. } => lines.insert(i, lines[i]),
                Mutation::CutLines { count, .. } => {
                    let end = (i + count).min(lines.len());
                    lines.drain(i..end);
                }
                _ => unreachable!(),
            }
            *bytes = lines.concat().into_bytes();
        }
        Mutation::Nest { at, marker, depth } => {
            let at = at % len;
            let text = format!("{}x", marker.repeat(*depth));
            bytes.splice(at.min(bytes.len())..at.min(bytes.len()), text.into_bytes());
        }
        Mutation::Insert { at, text } => {
            let at = (at % len).min(bytes.len());
            bytes.splice(at..at, text.bytes());
        }
    }
}

/// Whether `xml` is well-formed: quick-xml reads it to the end without an error.
fn well_formed(xml: &str) -> Result<(), String> {
    let mut reader = quick_xml::Reader::from_str(xml);
    reader.config_mut().check_end_names = true;
    loop {
        match reader.read_event() {
            Ok(quick_xml::events::Event::Eof) => return Ok(()),
            Ok(quick_xml::events::Event::Text(t)) => {
                t.decode().map_err(|e| e.to_string())?;
            }
            Ok(_) => {}
            Err(e) => return Err(format!("at byte {}: {e}", reader.error_position())),
        }
    }
}

/// No XML 1.0 document may hold these, even escaped.
fn forbidden_in_xml(c: char) -> bool {
    let u = c as u32;
    (u < 0x20 && !matches!(c, '\t' | '\n' | '\r')) || u == 0xfffe || u == 0xffff
}

/// The character references of an XML text (`&#27;`, `&#x1B;`, `&#0001;`) that name no
/// character an XML 1.0 document may hold.
fn forbidden_references(xml: &str) -> Vec<&str> {
    xml.match_indices("&#")
        .filter_map(|(at, _)| {
            let reference = &xml[at..at + xml[at..].find(';')? + 1];
            let digits = &reference[2..reference.len() - 1];
            let code = match digits.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16),
                None => digits.parse(),
            };
            let allowed = code
                .ok()
                .and_then(char::from_u32)
                .is_some_and(|c| !forbidden_in_xml(c));
            (!allowed).then_some(reference)
        })
        .collect()
}

#[test]
fn the_reference_scanner_reads_every_spelling() {
    assert_eq!(
        forbidden_references("a&#39;b&#x1B;c&#27;d&#0;e&#xfffe;f&#X41;g&#1114112;"),
        ["&#x1B;", "&#27;", "&#0;", "&#xfffe;", "&#1114112;"]
    );
}

fn check_site(built: &privsite::Built) {
    let mut feeds = 0;
    for (path, bytes) in &built.output.files {
        if !path.ends_with(".xml") {
            continue;
        }
        let xml = std::str::from_utf8(bytes).unwrap_or_else(|e| panic!("{path}: {e}"));
        well_formed(xml).unwrap_or_else(|e| panic!("{path}: {e}"));
        assert!(
            !xml.contains(forbidden_in_xml),
            "{path}: a forbidden character"
        );
        let references = forbidden_references(xml);
        assert!(
            references.is_empty(),
            "{path}: references to characters XML forbids: {references:?}"
        );
        if path.ends_with("feed.xml") {
            atom_syndication::Feed::read_from(bytes.as_slice())
                .unwrap_or_else(|e| panic!("{path}: {e}"));
            feeds += 1;
        }
    }
    assert!(feeds > 0, "a built site has feeds");
}

/// Cases run: 300 each run; `PRIVSITE_FUZZ_CASES` asks for more.
fn cases() -> u32 {
    std::env::var("PRIVSITE_FUZZ_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(300)
}

static BUILT: AtomicUsize = AtomicUsize::new(0);
static REFUSED: AtomicUsize = AtomicUsize::new(0);

/// Counts an outcome, with a running tally on stderr (`--nocapture` shows it).
fn tally(built: bool) {
    let counter = if built { &BUILT } else { &REFUSED };
    counter.fetch_add(1, Ordering::Relaxed);
    let (b, r) = (
        BUILT.load(Ordering::Relaxed),
        REFUSED.load(Ordering::Relaxed),
    );
    if (b + r) % 100 == 0 {
        eprintln!(
            "fuzz: {} cases: {b} built (all feeds and sitemaps parsed), {r} refused with diagnostics",
            b + r
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: cases(),
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn mutated_sources_never_crash_and_feeds_always_parse(
        edits in prop::collection::vec((0..FILES.len(), mutation()), 1..4)
    ) {
        let fixture = Fixture::copy("basic");
        for (file, m) in &edits {
            let path = fixture.path(FILES[*file]);
            let mut bytes = fs::read(&path).unwrap();
            apply(&mut bytes, m);
            fs::write(&path, bytes).unwrap();
        }
        match fixture.build() {
            Ok(built) => {
                check_site(&built);
                tally(true);
            }
            Err(diags) => {
                prop_assert!(diags.has_errors());
                for d in &diags.0 {
                    let _ = d.to_string();
                }
                tally(false);
            }
        }
    }
}

/// The sources of a company with documents the mutations edit: a document.toml, a cookie
/// declaration, a translated sub-processor list, the notice that points at it, and a
/// site's own Fluent messages (a copy of the built-in English documents.ftl).
const DOCUMENT_FILES: &[&str] = &[
    "content/acme/cookies/document.toml",
    "content/acme/cookies/en/2024-06-01.toml",
    "content/acme/subprocessors/sv/2024-01-01.toml",
    "content/acme/en/2024-01-01.toml",
    "locales/en/documents.ftl",
];

proptest! {
    #![proptest_config(ProptestConfig {
        cases: cases(),
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    /// The same for documents, cookies and a site's Fluent file: a mutated message file
    /// is a warning or an error with its place, never a crash, and never a broken feed.
    #[test]
    fn mutated_documents_and_messages_never_crash_and_feeds_always_parse(
        edits in prop::collection::vec((0..DOCUMENT_FILES.len(), mutation()), 1..4)
    ) {
        let fixture = Fixture::copy("documents");
        fixture.write(
            "locales/en/documents.ftl",
            fs::read(crate::prelude::repo().join("locales/en/documents.ftl")).unwrap(),
        );
        for (file, m) in &edits {
            let path = fixture.path(DOCUMENT_FILES[*file]);
            let mut bytes = fs::read(&path).unwrap();
            apply(&mut bytes, m);
            fs::write(&path, bytes).unwrap();
        }
        match fixture.build() {
            Ok(built) => {
                check_site(&built);
                for w in built.warnings.warnings() {
                    let _ = w.to_string();
                }
                tally(true);
            }
            Err(diags) => {
                prop_assert!(diags.has_errors());
                for d in &diags.0 {
                    let _ = d.to_string();
                }
                tally(false);
            }
        }
    }
}

/// Pieces of hostile documents for import: deep nesting, wide tables, control characters,
/// front matter, attribute lists, raw HTML that a browser would repair.
#[rustfmt::skip]
const IMPORT_PIECES: &[&str] = &[
    "# Privacy policy\n", "## Recipients\n", "---\ntitle: x \n---\n", "{: #a datetime=\"2024-01-01\"}\n",
    "| Sub-processor | Purpose | Location |\n|---|---|---|\n| A | B | United States |\n", "| x | y | z | w |\n",
    "<table><tr><td>", "</td></tr></table>", "<b><i><u>", "<div>", "* ", "  * ", "> ", "1. ",
    "Last updated: *June 8, 2023*\n", "\u{0}", "\u{1b}", "\u{feff}", "\u{202e}", "{% if x %}", "[a][b]\n[b]: /x\n",
    "text\n", "\n", "Title\n-----\n", "<script>alert(1)</script>", "&#0;", "𝕏\u{301}",
];

fn hostile_document() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::collection::vec(prop::sample::select(IMPORT_PIECES), 1..40).prop_map(|p| p.concat()),
        (
            prop::sample::select(vec!["* ", "> ", "<div>", "<b>", "1. "]),
            50usize..400
        )
            .prop_map(|(m, n)| format!("## Recipients\n{}x\n", m.repeat(n))),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: (cases() / 3).max(20),
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    /// `privsite import` of any document, as Markdown, HTML or text: it writes sources that
    /// build, or refuses with a message and writes nothing; it never crashes.
    #[test]
    fn any_imported_document_builds_or_is_refused(
        text in hostile_document(),
        ext in prop::sample::select(vec!["md", "html", "txt"]),
    ) {
        let site = tempfile::tempdir().unwrap();
        fs::write(
            site.path().join("site.toml"),
            "title = \"t\"\nbase_url = \"https://x.example/\"\ndefault_locale = \"en\"\n",
        )
        .unwrap();
        let file = site.path().join(format!("policy.{ext}"));
        fs::write(&file, &text).unwrap();
        let options = privsite::import::Options::new(site.path(), "acme", "en");
        match privsite::import::import_file(&file, &options, jiff::civil::date(2025, 1, 1)) {
            Ok(_) => {
                let built = privsite::build(
                    site.path(),
                    &privsite::BuildOptions {
                        date: Some(jiff::civil::date(2025, 1, 1)),
                        ..Default::default()
                    },
                );
                prop_assert!(built.is_ok(), "imported sources do not build: {}", built.err().unwrap());
            }
            Err(message) => {
                prop_assert!(!message.to_string().is_empty());
                prop_assert!(!site.path().join("content").exists(), "a refused import wrote files");
            }
        }
    }
}

#[test]
fn odd_but_valid_characters_give_feeds_and_sitemaps_that_parse() {
    let f = Fixture::copy("basic");
    let odd =
        "A&B <c> \\\"q\\\" 'a' ]]> 𝕏 é\u{301} \u{200b}\u{202e}rtl\u{202c} \u{2028} \u{fffd} \u{a0}";
    let rel = "content/acme/en/2023-06-01.toml";
    let text = f
        .read(rel)
        .replace(
            "title = \"Privacy policy\"",
            &format!("title = \"Policy {odd}\""),
        )
        .replace(
            "summary = \"Bravo Mail replaced by Charlie Send.\"",
            &format!("summary = \"Summary {odd}\""),
        )
        .replace(
            "name = \"Charlie Send\"",
            &format!("name = \"Charlie {odd}\""),
        );
    f.write(rel, text);
    let company = f
        .read("content/acme/company.toml")
        .replace("name = \"Acme AB\"", &format!("name = \"Acme {odd}\""));
    f.write("content/acme/company.toml", company);
    let site = f.read("site.toml").replace(
        "title = \"Acme privacy\"",
        &format!("title = \"Site {odd}\""),
    );
    f.write("site.toml", site);
    let built = f.built();
    check_site(&built);
    let feed = built.output.text("acme/en/feed.xml").unwrap();
    let parsed = atom_syndication::Feed::read_from(feed.as_bytes()).unwrap();
    // The odd text arrives intact, not merely harmless.
    assert!(parsed.authors().iter().any(|a| a.name().contains("]]>")));
    assert!(
        parsed
            .entries()
            .iter()
            .any(|e| e.summary().is_some_and(|s| s.as_str().contains("A&B <c>")))
    );
}

// The loader alone: no input makes it panic.

const VALID: &str = include_str!("../fixtures/basic/content/acme/en/2023-06-01.toml");

fn parse(text: &str) {
    let date = jiff::civil::date(2023, 6, 1);
    if let Err(diags) = privsite::source::load::parse_revision(Path::new("x.toml"), text, date) {
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
    let r = privsite::source::load::parse_revision(
        Path::new("x.toml"),
        VALID,
        jiff::civil::date(2023, 6, 1),
    )
    .unwrap();
    assert_eq!(r.processors.len(), 2);
}
