//! A locale privsite has no interface messages for: `privsite locale add` starts a
//! translation, `privsite check` lists what is left, and until the translation is complete
//! its pages show the whole interface in English, with a note, the company's text in its
//! own language. And a right-to-left locale with messages renders right to left.

use std::fs;

use crate::prelude::{Fixture, page, privsite};

/// A revision in Ukrainian, a translation of the English one of the same date.
const UK_REVISION: &str = r#"title = "Політика конфіденційності"
translated_from = "en"

[[sections]]
id = "data"
title = "Дані, які ми обробляємо"
body = "Ваше ім'я та адреса електронної пошти."

[[sections]]
id = "recipients"
title = "Хто отримує ваші дані"
body = "Наші постачальники."

[[purposes]]
id = "billing"
title = "Рахунки"
legal_bases = ["contract", "legal-obligation"]

[[processors]]
name = "Alpha"
countries = ["SE", "DE"]

[[processors]]
name = "Charlie"
countries = ["US"]
headquarters = "US"
safeguard = "dpf"
"#;

/// The same in Hebrew.
const HE_REVISION: &str = r#"title = "מדיניות פרטיות"

[[sections]]
id = "data"
title = "המידע שאנו מעבדים"
body = "שמך וכתובת הדואר האלקטרוני שלך."

[[sections]]
id = "recipients"
title = "מי מקבל את המידע"
body = "הספקים שלנו."

[[purposes]]
id = "billing"
title = "חיוב"
legal_bases = ["contract", "legal-obligation"]

[[processors]]
name = "Alpha"
countries = ["SE", "DE"]
"#;

fn run(fixture: &Fixture, args: &[&str]) -> (i32, String, String) {
    let out = privsite(fixture.root())
        .args(args)
        .env("SOURCE_DATE_EPOCH", "1735689600")
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The built-in English messages files, with how many messages each holds.
fn english_messages() -> Vec<(String, usize)> {
    let mut files: Vec<(String, usize)> = fs::read_dir(crate::prelude::repo().join("locales/en"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .map(|p| {
            let text = fs::read_to_string(&p).unwrap();
            let resource = fluent_bundle::FluentResource::try_new(text).unwrap();
            let count = resource
                .entries()
                .filter(|e| matches!(e, fluent_syntax::ast::Entry::Message(_)))
                .count();
            (p.file_name().unwrap().to_string_lossy().into_owned(), count)
        })
        .collect();
    files.sort();
    files
}

/// Deletes every `# untranslated` line of the site's `locales/<tag>/`: as if a
/// translator had done them all.
fn mark_all_translated(fixture: &Fixture, tag: &str) {
    for (name, _) in english_messages() {
        let rel = format!("locales/{tag}/{name}");
        let text = fixture.read(&rel);
        let kept: Vec<&str> = text.lines().filter(|l| *l != "# untranslated").collect();
        fixture.write(&rel, kept.join("\n") + "\n");
    }
}

#[test]
fn locale_add_writes_every_message_marked_and_never_overwrites() {
    let fixture = Fixture::copy("basic");
    let (code, stdout, stderr) = run(&fixture, &["locale", "add", "uk"]);
    assert_eq!(code, 0, "{stderr}");
    for (name, count) in english_messages() {
        let rel = format!("locales/uk/{name}");
        assert!(stdout.contains(&rel), "{stdout}");
        let text = fixture.read(&rel);
        let found = privsite::text::i18n::untranslated(&text);
        assert_eq!(found.len(), count, "{rel}: every message is marked");
        assert!(
            fluent_bundle::FluentResource::try_new(text).is_ok(),
            "{rel} is valid Fluent"
        );
    }
    assert!(stdout.contains("next: translate each message"), "{stdout}");

    // Never over a file: exit 2, naming it, and the file as it was.
    fixture.write("locales/uk/legal.ftl", "kept = mine\n");
    let before = fixture.read("locales/uk/interface.ftl");
    let (code, _, stderr) = run(&fixture, &["locale", "add", "uk"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("locales/uk/changes.ftl exists"), "{stderr}");
    assert_eq!(fixture.read("locales/uk/interface.ftl"), before);
    assert_eq!(fixture.read("locales/uk/legal.ftl"), "kept = mine\n");

    // Not canonical, an old code, or a language privsite has messages for: refused.
    for (tag, says) in [
        ("UK", "expected \"uk\""),
        ("no", "expected \"nb\""),
        ("iw", "expected \"he\""),
        ("not a tag", "not a BCP 47 language tag"),
        ("de", "nothing to add"),
        ("pt-BR", "nothing to add"),
    ] {
        let (code, _, stderr) = run(&fixture, &["locale", "add", tag]);
        assert_eq!(code, 2, "{tag}: {stderr}");
        assert!(stderr.contains(says), "{tag}: {stderr}");
    }
    assert!(!fixture.path("locales/nb").exists());
    assert!(!fixture.path("locales/he").exists());
}

#[test]
fn check_lists_the_messages_left_untranslated() {
    let fixture = Fixture::copy("basic");
    fixture.write("content/acme/uk/2024-02-01.toml", UK_REVISION);
    assert_eq!(run(&fixture, &["locale", "add", "uk"]).0, 0);
    let total: usize = english_messages().iter().map(|(_, n)| n).sum();
    let untranslated = |fixture: &Fixture| {
        privsite::check::check(fixture.root(), &Default::default())
            .findings
            .into_iter()
            .filter(|f| f.rule == Some("untranslated"))
            .collect::<Vec<_>>()
    };
    let found = untranslated(&fixture);
    assert_eq!(found.len(), total);
    // Each at the line of its message.
    let first = found
        .iter()
        .find(|f| f.file.ends_with("interface.ftl"))
        .unwrap();
    let line = first.position.unwrap().line;
    let text = fixture.read("locales/uk/interface.ftl");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[line - 2], "# untranslated");
    assert!(lines[line - 1].contains(" = "), "{}", lines[line - 1]);
    assert_eq!(first.level, privsite::Level::Warn);

    // One translated: one fewer.
    let key = lines[line - 1].split(" = ").next().unwrap();
    fixture.replace(
        "locales/uk/interface.ftl",
        &format!("# untranslated\n{key} = "),
        &format!("{key} = "),
    );
    assert_eq!(untranslated(&fixture).len(), total - 1);

    // The binary says so too.
    let (_, stdout, stderr) = run(&fixture, &["check"]);
    let said = format!("{stdout}{stderr}");
    assert!(
        said.contains(&format!(
            "warn[untranslated] {} findings in {} files",
            total - 1,
            english_messages().len()
        )),
        "{said}"
    );
    mark_all_translated(&fixture, "uk");
    assert!(untranslated(&fixture).is_empty());
}

#[test]
fn a_page_of_a_locale_without_messages_is_wholly_english_with_a_note() {
    let fixture = Fixture::copy("basic");
    fixture.write("content/acme/uk/2024-02-01.toml", UK_REVISION);
    let built = fixture.built();
    let uk = page(&built, "acme/uk/index.html");
    assert!(uk.contains("<html lang=\"en\" dir=\"ltr\">"), "{uk}");
    assert!(uk.contains("class=\"notice interface-note\""), "{uk}");
    assert!(uk.contains("have not yet been translated"), "{uk}");
    // The company's text, in its language and marked so.
    assert!(
        uk.contains("<h1 lang=\"uk\" dir=\"ltr\">Політика конфіденційності</h1>"),
        "{uk}"
    );
    assert!(uk.contains("lang=\"uk\">"), "{uk}");
    // The interface, dates and names in English: nothing of it in Ukrainian.
    assert!(uk.contains("translation from English"), "{uk}");
    assert!(!uk.contains("англійськ"), "{uk}");
    assert!(uk.contains("February 1, 2024"), "{uk}");
    assert!(!uk.contains("лютого"), "{uk}");
    // The language switcher still marks this page as the current one.
    assert!(uk.contains("aria-current=\"page\" lang=\"uk\""), "{uk}");
    // The other pages are untouched.
    let en = page(&built, "acme/en/index.html");
    assert!(!en.contains("interface-note"));
    let sv = page(&built, "acme/sv/index.html");
    assert!(sv.contains("<html lang=\"sv\""));

    // One warning, naming the command that starts a translation.
    let warnings: Vec<String> = built
        .warnings
        .0
        .iter()
        .map(|d| d.to_string())
        .filter(|w| w.contains("uk"))
        .collect();
    assert_eq!(warnings.len(), 1, "{warnings:#?}");
    assert!(
        warnings[0].contains("`privsite locale add uk`") && !warnings[0].contains("locales/en/"),
        "{}",
        warnings[0]
    );

    // Started, not finished: still English, and the warning says what is left.
    assert_eq!(run(&fixture, &["locale", "add", "uk"]).0, 0);
    let built = fixture.built();
    assert!(page(&built, "acme/uk/index.html").contains("<html lang=\"en\""));
    let warnings: Vec<String> = built
        .warnings
        .0
        .iter()
        .map(|d| d.to_string())
        .filter(|w| w.contains("uk"))
        .collect();
    assert_eq!(warnings.len(), 1, "{warnings:#?}");
    assert!(warnings[0].contains("untranslated"), "{}", warnings[0]);

    // Complete: the page is in Ukrainian throughout (here the translator kept English).
    mark_all_translated(&fixture, "uk");
    let built = fixture.built();
    let uk = page(&built, "acme/uk/index.html");
    assert!(uk.contains("<html lang=\"uk\" dir=\"ltr\">"), "{uk}");
    assert!(!uk.contains("interface-note"), "{uk}");
    assert!(
        !built
            .warnings
            .0
            .iter()
            .any(|d| d.to_string().contains("uk"))
    );
}

#[test]
fn build_and_revision_warn_once_naming_locale_add() {
    let fixture = Fixture::copy("basic");
    fixture.write("content/acme/uk/2024-02-01.toml", UK_REVISION);
    let (code, _, stderr) = run(&fixture, &["build"]);
    assert_eq!(code, 0, "{stderr}");
    let lines: Vec<&str> = stderr
        .lines()
        .filter(|l| l.contains("locale add"))
        .collect();
    assert_eq!(lines.len(), 1, "{stderr}");
    assert!(lines[0].contains("`privsite locale add uk`"), "{stderr}");
    assert!(!stderr.contains("locales/en/"), "{stderr}");

    let (code, _, stderr) = run(
        &fixture,
        &["revision", "acme", "uk", "--date", "2025-03-01"],
    );
    assert_eq!(code, 0, "{stderr}");
    let lines: Vec<&str> = stderr
        .lines()
        .filter(|l| l.starts_with("warning"))
        .collect();
    assert_eq!(lines.len(), 1, "{stderr}");
    assert!(lines[0].contains("no interface messages in uk"), "{stderr}");
    assert!(lines[0].contains("`privsite locale add uk`"), "{stderr}");

    // Once the site has its messages, neither says it.
    assert_eq!(run(&fixture, &["locale", "add", "uk"]).0, 0);
    let (_, _, stderr) = run(
        &fixture,
        &["revision", "acme", "uk", "--date", "2025-04-01"],
    );
    assert!(!stderr.contains("locale add"), "{stderr}");
    // A language privsite has messages for: no warning at all.
    let (_, _, stderr) = run(
        &fixture,
        &["revision", "acme", "sv", "--date", "2025-03-01"],
    );
    assert!(!stderr.contains("warning"), "{stderr}");
}

#[test]
fn a_right_to_left_locale_renders_right_to_left_with_cldr_dates() {
    let fixture = Fixture::copy("basic");
    fixture.write("content/acme/he/2024-02-01.toml", HE_REVISION);
    // Without messages: the English interface left to right, the Hebrew text right to left.
    let built = fixture.built();
    let he = page(&built, "acme/he/index.html");
    assert!(he.contains("<html lang=\"en\" dir=\"ltr\">"), "{he}");
    assert!(
        he.contains("<h1 lang=\"he\" dir=\"rtl\">מדיניות פרטיות</h1>"),
        "{he}"
    );
    assert!(
        he.contains("id=\"data\" aria-labelledby=\"ps-h-data\" lang=\"he\" dir=\"rtl\""),
        "{he}"
    );

    // With its messages (here the English ones, translated by nobody but complete): the
    // whole page right to left, its dates as CLDR writes them in Hebrew.
    assert_eq!(run(&fixture, &["locale", "add", "he"]).0, 0);
    mark_all_translated(&fixture, "he");
    let built = fixture.built();
    let he = page(&built, "acme/he/index.html");
    assert!(he.contains("<html lang=\"he\" dir=\"rtl\">"), "{he}");
    let date = privsite::text::cldr::date("he", jiff::civil::date(2024, 2, 1));
    assert_eq!(date, "1 בפברואר 2024");
    assert!(he.contains(&date), "{he}");
    assert!(!he.contains("M02"), "no placeholder date: {he}");
    assert!(!he.contains("interface-note"), "{he}");
}
