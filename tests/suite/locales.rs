//! The shipped locales stay whole: every locale has the reference's (en) messages, each
//! parses and uses only the variables the code passes, plural variants use only the
//! categories CLDR has for the language, and a page built in each locale has no message
//! key, no English fallback, and its own date.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::PathBuf;

use crate::prelude::{Fixture, page, privsite, repo, today};
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use fluent_syntax::ast;

const SHIPPED: &[&str] = &[
    "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "is", "it", "lt",
    "lv", "mt", "nb", "nl", "pl", "pt", "ro", "sk", "sl", "sv",
];
const PLURAL: &[&str] = &["zero", "one", "two", "few", "many", "other"];

fn locales_dir() -> PathBuf {
    repo().join("locales")
}

/// Per message of a locale: the variables it uses, and the variant keys of each select
/// expression that looks like a plural one (all keys are plural category names).
#[derive(Default, Debug)]
struct Info {
    variables: BTreeSet<String>,
    plural_keys: Vec<Vec<String>>,
}

fn walk_pattern(p: &ast::Pattern<&str>, info: &mut Info) {
    for element in &p.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            walk_expression(expression, info);
        }
    }
}

fn walk_expression(e: &ast::Expression<&str>, info: &mut Info) {
    match e {
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, info);
            let keys: Vec<String> = variants
                .iter()
                .filter_map(|v| match &v.key {
                    ast::VariantKey::Identifier { name } => Some(name.to_string()),
                    ast::VariantKey::NumberLiteral { .. } => None,
                })
                .collect();
            if !keys.is_empty() && keys.iter().all(|k| PLURAL.contains(&k.as_str())) {
                info.plural_keys.push(keys);
            }
            for v in variants {
                walk_pattern(&v.value, info);
            }
        }
        ast::Expression::Inline(i) => walk_inline(i, info),
    }
}

fn walk_inline(i: &ast::InlineExpression<&str>, info: &mut Info) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            info.variables.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                walk_inline(a, info);
            }
        }
        ast::InlineExpression::Placeable { expression } => walk_expression(expression, info),
        _ => {}
    }
}

/// Every message of a locale's built-in files, by key, with its file; parse errors fail.
fn messages_of(lang: &str) -> BTreeMap<String, (PathBuf, Info)> {
    let mut out = BTreeMap::new();
    let mut files: Vec<PathBuf> = fs::read_dir(locales_dir().join(lang))
        .unwrap_or_else(|e| panic!("locales/{lang}: {e}"))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .collect();
    files.sort();
    for file in files {
        let text = fs::read_to_string(&file).unwrap();
        let resource = match fluent_syntax::parser::parse(text.as_str()) {
            Ok(r) => r,
            Err((_, errors)) => {
                let e = &errors[0];
                let line = text[..e.pos.start].matches('\n').count() + 1;
                panic!(
                    "{}:{line}: Fluent syntax error: {:?}",
                    file.display(),
                    e.kind
                );
            }
        };
        for entry in &resource.body {
            if let ast::Entry::Message(m) = entry {
                let mut info = Info::default();
                if let Some(v) = &m.value {
                    walk_pattern(v, &mut info);
                }
                for a in &m.attributes {
                    walk_pattern(&a.value, &mut info);
                }
                let previous = out.insert(m.id.name.to_string(), (file.clone(), info));
                assert!(previous.is_none(), "{lang}: {} twice", m.id.name);
            }
        }
    }
    out
}

#[test]
fn every_locale_is_shipped_and_nothing_else() {
    let mut found: Vec<String> = fs::read_dir(locales_dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    found.sort();
    assert_eq!(found, SHIPPED);
}

#[test]
fn every_locale_has_the_reference_keys_and_variables_and_cldr_plurals() {
    let reference = messages_of("en");
    assert!(reference.len() > 100, "{}", reference.len());
    let mut problems = Vec::new();
    for lang in SHIPPED {
        let own = messages_of(lang);
        let categories = privsite::text::cldr::plural_categories(lang);
        for key in reference.keys() {
            if !own.contains_key(key) {
                problems.push(format!("{lang}: lacks {key}"));
            }
        }
        for (key, (file, info)) in &own {
            let Some((_, en)) = reference.get(key) else {
                problems.push(format!("{}: {key} is not in en", file.display()));
                continue;
            };
            for v in info.variables.difference(&en.variables) {
                problems.push(format!(
                    "{}: {key} uses ${v}, which the code does not pass (en uses {:?})",
                    file.display(),
                    en.variables
                ));
            }
            for keys in &info.plural_keys {
                for k in keys {
                    if !categories.contains(&k.as_str()) {
                        problems.push(format!(
                            "{}: {key} has a [{k}] variant; CLDR's categories for {lang} are {categories:?}",
                            file.display()
                        ));
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn plural_variants_follow_cldr_in_every_locale() {
    // Through the real message loader: Fluent's own rules (intl_pluralrules) disagree
    // with CLDR for lt, lv, mt and ro; privsite selects with CLDR's.
    let dir = tempfile::tempdir().unwrap();
    // `r` selects through the message it refers to, `q` in a placeable of its own, `p`
    // does not select: each must read as `m` (or the number) does.
    let text = "m = { $n ->\n [zero] zero\n [one] one\n [two] two\n [few] few\n [many] many\n *[other] other\n}\nz = { $n ->\n [0] none\n *[other] { $n }\n}\nr = { m }\nq = { { $n ->\n [one] one\n *[other] not one\n} }\np = n is { $n }\n";
    let mut locales = BTreeSet::new();
    for lang in SHIPPED {
        fs::create_dir_all(dir.path().join("locales").join(lang)).unwrap();
        fs::write(dir.path().join("locales").join(lang).join("t.ftl"), text).unwrap();
        locales.insert(privsite::model::Locale::parse(lang).unwrap());
    }
    let mut diags = privsite::Diagnostics::default();
    let en = privsite::model::Locale::parse("en").unwrap();
    let config = privsite::model::config::SiteConfig {
        title: "t".into(),
        base_url: String::new(),
        default_locale: en,
        theme: "default".into(),
        build: Default::default(),
        check: Default::default(),
        subscribe: None,
    };
    let messages = privsite::text::i18n::Messages::load(dir.path(), &config, &locales, &mut diags);
    let mut problems = Vec::new();
    for lang in SHIPPED {
        for n in 0..=250u64 {
            let mut args = FluentArgs::new();
            args.set("n", FluentValue::from(n));
            let got = messages.get(lang, "m", Some(&args)).unwrap();
            let cldr = privsite::text::cldr::plural_category(lang, n);
            if got != cldr {
                problems.push(format!("{lang} {n}: {got}, CLDR {cldr}"));
            }
            let through = messages.get(lang, "r", Some(&args)).unwrap();
            if through != cldr {
                problems.push(format!(
                    "{lang} {n}: through a reference {through}, CLDR {cldr}"
                ));
            }
            let nested = messages.get(lang, "q", Some(&args)).unwrap();
            if (nested == "one") != (cldr == "one") {
                problems.push(format!("{lang} {n}: in a placeable {nested}, CLDR {cldr}"));
            }
            let plain = messages.get(lang, "p", Some(&args)).unwrap();
            if plain != format!("n is {n}") {
                problems.push(format!("{lang} {n}: without a selector {plain:?}"));
            }
            let exact = messages.get(lang, "z", Some(&args)).unwrap();
            let expected = if n == 0 {
                "none".to_string()
            } else {
                n.to_string()
            };
            if exact != expected {
                problems.push(format!("{lang} {n}: [0] gave {exact:?}"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Each locale's messages that take no arguments, formatted.
fn plain_texts(lang: &str) -> BTreeMap<String, String> {
    let mut bundle = FluentBundle::new(vec![lang.parse().unwrap()]);
    bundle.set_use_isolating(false);
    for file in messages_of(lang)
        .values()
        .map(|(f, _)| f)
        .collect::<BTreeSet<_>>()
    {
        let text = fs::read_to_string(file).unwrap();
        bundle
            .add_resource(FluentResource::try_new(text).unwrap())
            .unwrap();
    }
    let mut out = BTreeMap::new();
    for (key, (_, info)) in messages_of(lang) {
        if !info.variables.is_empty() {
            continue;
        }
        let Some(pattern) = bundle.get_message(&key).and_then(|m| m.value()) else {
            continue;
        };
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, None, &mut errors);
        out.insert(key, text.into_owned());
    }
    out
}

/// The text of an HTML page: tags dropped, entities for quotes undone.
fn text_of(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&#x27;", "'")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
}

/// Whether `needle` occurs in `text` as whole words (not inside a longer word).
fn contains_word(text: &str, needle: &str) -> bool {
    text.match_indices(needle).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + needle.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// A revision with no English in it, so English on the page can only be a fallback.
const NEUTRAL_REVISION: &str = r#"title = "§"

[[sections]]
id = "data"
title = "§ 1"
body = "…"

[[sections]]
id = "recipients"
title = "§ 2"
body = "…"

[[purposes]]
id = "billing"
title = "§ 3"
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

#[test]
fn a_page_in_each_locale_speaks_it() {
    let fixture = Fixture::copy("basic");
    fixture.remove("content/beta");
    fixture.remove("content/acme");
    fixture.write(
        "content/acme/company.toml",
        "name = \"Acme\"\nemail = \"privacy@acme.example\"\ndefault_locale = \"en\"\n",
    );
    for lang in SHIPPED {
        fixture.write(
            &format!("content/acme/{lang}/2020-03-09.toml"),
            NEUTRAL_REVISION,
        );
    }
    let built = fixture.built();
    let warnings = built.warnings.to_string();
    assert!(!warnings.contains("locale"), "{warnings}");
    let en = plain_texts("en");
    let date = jiff::civil::date(2020, 3, 9);
    let en_date = privsite::text::cldr::date("en", date);
    let mut problems = Vec::new();
    for lang in SHIPPED {
        let own = plain_texts(lang);
        let local_date = privsite::text::cldr::date(lang, date);
        for kind in ["index.html", "processors/index.html"] {
            let path = format!("acme/{lang}/{kind}");
            let html = page(&built, &path);
            assert!(
                html.contains(&format!("<html lang=\"{lang}\" dir=\"ltr\">")),
                "{path}"
            );
            let text = text_of(html);
            if !text.contains(&local_date) {
                problems.push(format!("{path}: no {local_date:?}"));
            }
            if *lang != "en" && local_date != en_date && text.contains(&en_date) {
                problems.push(format!("{path}: has the English date {en_date:?}"));
            }
            for (key, en_text) in &en {
                if key.contains('-') && text.contains(key.as_str()) {
                    problems.push(format!("{path}: shows the message key {key}"));
                }
                // Where the translation quotes the English name itself, it may appear.
                let differs = own
                    .get(key)
                    .is_some_and(|t| t != en_text && !t.contains(en_text.as_str()));
                if *lang != "en" && differs && en_text.len() > 3 && contains_word(&text, en_text) {
                    problems.push(format!("{path}: English fallback {key} = {en_text:?}"));
                }
            }
        }
        // Country names from CLDR in the reader's language.
        let processors = text_of(page(&built, &format!("acme/{lang}/processors/index.html")));
        let germany = privsite::text::cldr::country_name(lang, "DE");
        if !processors.contains(&germany) {
            problems.push(format!("{lang}: processors page lacks {germany:?}"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));

    // The switcher names every language by its own name; the index and the 404 page
    // speak every language.
    let en_page = page(&built, "acme/en/index.html");
    for name in [
        "Deutsch",
        "Français",
        "Polski",
        "Ελληνικά",
        "Gaeilge",
        "Svenska",
    ] {
        assert!(en_page.contains(name), "switcher lacks {name}");
    }
    let not_found = page(&built, "404.html");
    for lang in SHIPPED {
        let own = plain_texts(lang);
        assert!(
            not_found.contains(&format!("lang=\"{lang}\"")),
            "404 lacks {lang}"
        );
        assert!(not_found.contains(&own["not-found-title"]), "404 {lang}");
    }
    let index = page(&built, "index.html");
    for lang in SHIPPED {
        assert!(
            index.contains(&plain_texts(lang)["index-intro"]),
            "index {lang}"
        );
    }
}

/// "In force until" is the last day in force, the day before the successor took effect,
/// and says so in every language: never the successor's first day.
#[test]
fn the_past_notice_names_the_last_day_in_force_in_every_locale() {
    let fixture = Fixture::copy("basic");
    fixture.remove("content/beta");
    fixture.remove("content/acme");
    fixture.write(
        "content/acme/company.toml",
        "name = \"Acme\"\nemail = \"privacy@acme.example\"\ndefault_locale = \"en\"\n",
    );
    for lang in SHIPPED {
        fixture.write(
            &format!("content/acme/{lang}/2020-03-09.toml"),
            NEUTRAL_REVISION,
        );
        fixture.write(
            &format!("content/acme/{lang}/2020-06-01.toml"),
            format!("{NEUTRAL_REVISION}\n"),
        );
    }
    let built = fixture.built();
    let last = jiff::civil::date(2020, 5, 31);
    let next = jiff::civil::date(2020, 6, 1);
    let mut problems = Vec::new();
    for lang in SHIPPED {
        let path = format!("acme/{lang}/2020-03-09/index.html");
        let text = text_of(page(&built, &path));
        let pattern = fs::read_dir(locales_dir().join(lang))
            .unwrap()
            .filter_map(|e| fs::read_to_string(e.unwrap().path()).ok())
            .find_map(|text| {
                text.lines()
                    .find_map(|l| l.strip_prefix("notice-past = ").map(str::to_string))
            })
            .unwrap_or_else(|| panic!("{lang} has no notice-past"));
        let last_day = privsite::text::cldr::date(lang, last);
        let first_of_next = privsite::text::cldr::date(lang, next);
        let from = privsite::text::cldr::date(lang, jiff::civil::date(2020, 3, 9));
        let expected = pattern
            .replace("{ $from }", &from)
            .replace("{ $until }", &last_day);
        if !text.contains(&expected) {
            problems.push(format!("{path}: no {expected:?}"));
        }
        if text.contains(&first_of_next) {
            problems.push(format!(
                "{path}: names the successor's first day {first_of_next:?}"
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// A locale privsite has no messages for gets the whole interface in English (its dates
/// and country names too), never a mix, and one warning naming the command to start one.
#[test]
fn other_locales_get_the_english_interface_and_one_warning() {
    let fixture = Fixture::copy("basic");
    fixture.write("content/acme/ja/2020-03-09.toml", NEUTRAL_REVISION);
    fixture.write("content/acme/ar/2020-03-09.toml", NEUTRAL_REVISION);
    let built = fixture.built();
    let warnings: Vec<String> = built
        .warnings
        .0
        .iter()
        .map(|d| d.to_string())
        .filter(|w| w.contains("ja"))
        .collect();
    assert_eq!(warnings.len(), 1, "{warnings:#?}");
    assert!(
        warnings[0].contains("`privsite locale add ja`"),
        "{}",
        warnings[0]
    );
    let ja = page(&built, "acme/ja/processors/index.html");
    assert!(!ja.contains("2020年3月9日"), "no Japanese date in English");
    assert!(ja.contains("March 9, 2020"), "English date");
    assert!(
        ja.contains("Germany") && !ja.contains("ドイツ"),
        "Germany in English"
    );
    assert!(ja.contains("Processors"), "English messages");
    assert!(ja.contains("not yet been translated"), "the note");
    let ar = page(&built, "acme/ar/index.html");
    // The English interface is laid out left to right; the company's text, right to left.
    assert!(ar.contains("<html lang=\"en\" dir=\"ltr\">"), "{ar}");
    assert!(ar.contains("<h1 lang=\"ar\" dir=\"rtl\">"), "{ar}");
    assert!(page(&built, "acme/en/index.html").contains("日本語"));
}

#[test]
fn the_stale_notice_names_the_reference_in_the_readers_language() {
    let fixture = Fixture::copy("basic");
    // The sv translation is older than the en revision in force.
    let built = fixture.built();
    let sv = page(&built, "acme/sv/index.html");
    assert!(sv.contains("engelska"), "Swedish name of English");
    assert!(!sv.contains("English version"));
}

#[test]
fn new_with_a_locale_adds_a_draft_translation() {
    let fixture = Fixture::copy("basic");
    let written =
        privsite::scaffold::new_company(fixture.root(), "acme", Some("de"), today()).unwrap();
    assert_eq!(
        written,
        vec![PathBuf::from("content/acme/de/2023-06-01.toml")]
    );
    let text = fixture.read("content/acme/de/2023-06-01.toml");
    assert!(
        text.contains("translated_from = \"en\"\ndraft = true\n"),
        "{text}"
    );
    assert!(
        text.contains("Charlie Send"),
        "a copy of the reference revision"
    );
    let built = fixture.built();
    assert!(
        built.output.text("acme/de/index.html").is_none(),
        "a draft is not published"
    );
    let with_drafts = fixture
        .build_with(&privsite::BuildOptions {
            date: Some(today()),
            drafts: true,
            ..Default::default()
        })
        .unwrap();
    assert!(page(&with_drafts, "acme/de/index.html").contains("<html lang=\"de\""));
    let again = privsite::scaffold::new_company(fixture.root(), "acme", Some("de"), today());
    assert!(again.unwrap_err().contains("already has locale de"));
}

#[test]
fn the_new_command_adds_a_locale_to_a_company() {
    let fixture = Fixture::copy("basic");
    // 2025-01-01 UTC: the en revision in force is 2023-06-01.
    let out = privsite(fixture.root())
        .args(["new", "acme", "--locale", "fr"])
        .env("SOURCE_DATE_EPOCH", "1735689600")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains("content/acme/fr/2023-06-01.toml"),
        "{stdout}"
    );
    let text = fixture.read("content/acme/fr/2023-06-01.toml");
    assert!(text.contains("translated_from = \"en\""), "{text}");
    assert!(text.contains("draft = true"), "{text}");
}

/// `new --locale` with a language privsite has no messages for says so; old codes are
/// read as the current ones (`no` is `nb`, `iw` is `he`).
#[test]
fn new_warns_of_a_locale_without_messages_and_reads_old_codes() {
    let fixture = Fixture::copy("basic");
    let run = |locale: &str| {
        let out = privsite(fixture.root())
            .args(["new", "acme", "--locale", locale])
            .env("SOURCE_DATE_EPOCH", "1735689600")
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        assert!(out.status.success(), "{locale}: {stderr}");
        (String::from_utf8_lossy(&out.stdout).into_owned(), stderr)
    };
    let (stdout, stderr) = run("uk");
    assert!(
        stdout.contains("content/acme/uk/2023-06-01.toml"),
        "{stdout}"
    );
    assert!(
        stderr.contains("warning: privsite has no interface messages in uk")
            && stderr.contains("`privsite locale add uk`")
            && !stderr.contains("locales/en/"),
        "{stderr}"
    );
    let (stdout, stderr) = run("no");
    assert!(
        stdout.contains("content/acme/nb/2023-06-01.toml"),
        "{stdout}"
    );
    assert!(
        stderr.contains("\"no\" is an old code: using \"nb\""),
        "{stderr}"
    );
    assert!(!stderr.contains("warning"), "{stderr}");
    let (stdout, _) = run("iw");
    assert!(
        stdout.contains("content/acme/he/2023-06-01.toml"),
        "{stdout}"
    );
}

/// Values the code puts into messages, with the variables that may receive each: the
/// reader's long date (bg "… г.", hr "… 2024.", hu "… 1.", lt "… d."), each transfer
/// safeguard's name (es "… EE. UU."), and country names and lists as CLDR writes them.
fn inserted_values(lang: &str) -> Vec<(&'static [&'static str], String)> {
    use privsite::text::cldr;
    const DATES: &[&str] = &[
        "date",
        "deadline",
        "until",
        "since",
        "from",
        "announced",
        "old",
        "new",
    ];
    const SAFEGUARDS: &[&str] = &["old", "new", "safeguard"];
    const COUNTRIES: &[&str] = &["old", "new", "countries", "country"];
    let day = jiff::civil::Date::new(2024, 3, 1).unwrap();
    let mut values = vec![
        (DATES, cldr::date(lang, day)),
        (
            COUNTRIES,
            cldr::list(
                lang,
                &[
                    cldr::country_name(lang, "SE"),
                    cldr::country_name(lang, "US"),
                ],
            ),
        ),
        (COUNTRIES, cldr::country_name(lang, "US")),
    ];
    values.extend(
        plain_texts(lang)
            .into_iter()
            .filter(|(key, _)| key.starts_with("safeguard-") && !key.ends_with("-description"))
            .map(|(_, text)| (SAFEGUARDS, text)),
    );
    values
}

/// Whether the variable `var` of message `key` can hold a value made for `receivers`:
/// `old` and `new` hold dates, safeguards or countries only in the messages that compare
/// those (elsewhere they are names and roles).
fn receives(key: &str, var: &str, receivers: &[&str]) -> bool {
    if !receivers.contains(&var) {
        return false;
    }
    if var != "old" && var != "new" {
        return true;
    }
    let kind = match key {
        "diff-compared" => "date",
        "diff-processor-safeguard-changed" => "safeguard",
        "diff-processor-countries-changed" | "diff-processor-headquarters-changed" => "countries",
        _ => return false,
    };
    receivers.contains(&kind)
}

/// Every message, with its arguments set in turn to each of [`inserted_values`] (and
/// numbers 1, 2, 5, 21, 101 for plurals), never shows a doubled full stop.
#[test]
fn no_message_doubles_a_full_stop() {
    let mut doubled = Vec::new();
    for lang in SHIPPED {
        let mut bundle = FluentBundle::new(vec![lang.parse().unwrap()]);
        bundle.set_use_isolating(false);
        let messages = messages_of(lang);
        for file in messages.values().map(|(f, _)| f).collect::<BTreeSet<_>>() {
            let text = fs::read_to_string(file).unwrap();
            bundle
                .add_resource(FluentResource::try_new(text).unwrap())
                .unwrap();
        }
        let values = inserted_values(lang);
        for (key, (_, info)) in &messages {
            if info.variables.is_empty() {
                continue;
            }
            let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
                continue;
            };
            'values: for (receivers, value) in &values {
                for n in [1, 2, 5, 21, 101] {
                    let mut args = FluentArgs::new();
                    for var in &info.variables {
                        if var == "count" {
                            args.set(var.as_str(), FluentValue::from(n));
                        } else if receives(key, var, receivers) {
                            args.set(var.as_str(), FluentValue::from(value.as_str()));
                        } else {
                            args.set(var.as_str(), FluentValue::from("X"));
                        }
                    }
                    let mut errors = Vec::new();
                    let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
                    if text.replace("...", "…").contains("..") {
                        doubled.push(format!("{lang} {key}: {text}"));
                        break 'values;
                    }
                }
            }
        }
    }
    assert!(
        doubled.is_empty(),
        "{} doubled:\n{}",
        doubled.len(),
        doubled.join("\n")
    );
}

/// A plural message says the same thing for every count above one: 21 and 101 (the
/// "one" category in hr, is, lt, lv, sl) keep every clause the other counts have, seen
/// as the same number of clause boundaries.
#[test]
fn every_plural_category_keeps_every_clause() {
    let mut lost = Vec::new();
    for lang in SHIPPED {
        let mut bundle = FluentBundle::new(vec![lang.parse().unwrap()]);
        bundle.set_use_isolating(false);
        let messages = messages_of(lang);
        for file in messages.values().map(|(f, _)| f).collect::<BTreeSet<_>>() {
            let text = fs::read_to_string(file).unwrap();
            bundle
                .add_resource(FluentResource::try_new(text).unwrap())
                .unwrap();
        }
        for (key, (_, info)) in &messages {
            if info.plural_keys.is_empty() || !info.variables.contains("count") {
                continue;
            }
            let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
                continue;
            };
            let render = |n: u32| {
                let mut args = FluentArgs::new();
                for var in &info.variables {
                    if var == "count" {
                        args.set(var.as_str(), FluentValue::from(n));
                    } else {
                        args.set(var.as_str(), FluentValue::from("X"));
                    }
                }
                let mut errors = Vec::new();
                bundle
                    .format_pattern(pattern, Some(&args), &mut errors)
                    .into_owned()
            };
            // Clause boundaries: commas, semicolons and full stops inside the text.
            let marks = |s: &str| {
                s.trim_end_matches('.').matches([',', ';']).count()
                    + s.trim_end().matches(". ").count()
            };
            let reference = render(5);
            for n in 2..=120 {
                let text = render(n);
                if marks(&text) != marks(&reference) {
                    lost.push(format!("{lang} {key} {n}: {text:?} (5: {reference:?})"));
                    break;
                }
            }
        }
    }
    assert!(lost.is_empty(), "{}", lost.join("\n"));
}

/// docs/legal-terms.md quotes, per language, the messages that name the Regulation's
/// terms: every cell is the message as shipped, so the table cannot drift from the pages.
#[test]
fn the_legal_terms_table_is_the_messages() {
    let doc = fs::read_to_string(crate::prelude::repo().join("docs/legal-terms.md")).unwrap();
    let tables: [&[&str]; 2] = [
        &[
            "controller-heading",
            "processor-name",
            "safeguard-scc",
            "safeguard-bcr",
            "safeguard-adequacy",
            "legal-basis-legitimate-interests",
            "controller-dpo",
            "controller-authority",
        ],
        &[
            "role-processor",
            "safeguard-derogation",
            "legal-basis-consent",
            "legal-basis-contract",
            "legal-basis-legal-obligation",
            "legal-basis-vital-interests",
            "legal-basis-public-task",
        ],
    ];
    let mut table = 0;
    let mut seen = BTreeMap::<usize, BTreeSet<String>>::new();
    let mut problems = Vec::new();
    for line in doc.lines() {
        if line.starts_with("| Lang |") {
            table += 1;
            continue;
        }
        let Some(row) = line.strip_prefix("| ").and_then(|l| l.strip_suffix(" |")) else {
            continue;
        };
        let cells: Vec<&str> = row.split(" | ").collect();
        let lang = cells[0];
        if table == 0 || !SHIPPED.contains(&lang) {
            continue;
        }
        let keys = tables[table - 1];
        let own = plain_texts(lang);
        for (key, cell) in keys.iter().zip(&cells[1..]) {
            match own.get(*key) {
                Some(text) if text == cell => {}
                other => problems.push(format!("{lang} {key}: table {cell:?}, message {other:?}")),
            }
        }
        seen.entry(table).or_default().insert(lang.to_string());
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    for t in 1..=2 {
        assert_eq!(
            seen.get(&t).map_or(0, BTreeSet::len),
            SHIPPED.len(),
            "table {t}"
        );
    }
}
