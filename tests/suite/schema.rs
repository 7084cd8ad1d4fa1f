//! The JSON Schemas under schemas/ and the .taplo.toml that maps sources to them are
//! generated from the loader's own types; this keeps the committed copies in sync, and
//! checks with a JSON Schema validator (the `jsonschema` crate, as an editor's would) that
//! every source the loader accepts is valid against them, and that mistakes are not.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use serde_json::Value;

use crate::prelude::{Fixture, OutputAssertExt, fixtures, privsite, repo};

/// Regenerate with `PRIVSITE_BLESS=1 cargo test --test suite -- schema::`.
#[test]
fn committed_schemas_match_the_loader() {
    let root = repo();
    let mut expected: Vec<(String, String)> = privsite::source::schema::all()
        .into_iter()
        .map(|(name, text)| (format!("{}/{name}", privsite::source::schema::DIR), text))
        .collect();
    expected.push((
        ".taplo.toml".into(),
        privsite::source::schema::TAPLO_CONFIG.into(),
    ));
    if std::env::var_os("PRIVSITE_BLESS").is_some() {
        for (rel, text) in &expected {
            let path = root.join(rel);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        }
        return;
    }
    for (rel, text) in &expected {
        let committed = std::fs::read_to_string(root.join(rel)).unwrap_or_default();
        assert!(
            committed == *text,
            "{rel} is out of date with the loader's types: regenerate it with \
             `PRIVSITE_BLESS=1 cargo test --test suite -- schema::` and commit the result"
        );
    }
}

/// A validator for each committed schema, by file name, built once.
fn validators() -> &'static Vec<(&'static str, jsonschema::Validator)> {
    static VALIDATORS: OnceLock<Vec<(&'static str, jsonschema::Validator)>> = OnceLock::new();
    VALIDATORS.get_or_init(|| {
        privsite::source::schema::all()
            .into_iter()
            .map(|(name, text)| {
                let schema: Value = serde_json::from_str(&text).unwrap();
                let validator = jsonschema::draft7::options()
                    .should_validate_formats(true)
                    .build(&schema)
                    .unwrap_or_else(|e| panic!("{name} is not a valid draft 7 schema: {e}"));
                (name, validator)
            })
            .collect()
    })
}

/// A TOML document as the JSON an editor's language server validates: dates as strings.
fn to_json(value: toml::Value) -> Value {
    match value {
        toml::Value::String(s) => Value::String(s),
        toml::Value::Integer(i) => Value::from(i),
        toml::Value::Float(f) => Value::from(f),
        toml::Value::Boolean(b) => Value::Bool(b),
        toml::Value::Datetime(d) => Value::String(d.to_string()),
        toml::Value::Array(items) => Value::Array(items.into_iter().map(to_json).collect()),
        toml::Value::Table(table) => {
            Value::Object(table.into_iter().map(|(k, v)| (k, to_json(v))).collect())
        }
    }
}

/// What the schema `name` finds wrong with the TOML `text`, one line per error.
pub fn validate(name: &str, text: &str) -> Vec<String> {
    let value: toml::Value = toml::from_str(text).unwrap_or_else(|e| panic!("not TOML: {e}"));
    let instance = to_json(value);
    let (_, validator) = validators()
        .iter()
        .find(|(n, _)| *n == name)
        .unwrap_or_else(|| panic!("no schema {name}"));
    validator
        .iter_errors(&instance)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

/// The sources of the site at `root` with the schema each follows, as `.taplo.toml` maps
/// them: site.toml, content/<company>/company.toml, content/<company>/<locale>/<date>.toml,
/// content/<company>/<doc>/document.toml and content/<company>/<doc>/<locale>/<date>.toml.
pub fn sources(root: &Path) -> Vec<(PathBuf, &'static str)> {
    use privsite::source::schema::{COMPANY, DOCUMENT, REVISION, SITE};
    let mut files = vec![(root.join("site.toml"), SITE)];
    for entry in walkdir::WalkDir::new(root.join("content")).sort_by_file_name() {
        let entry = entry.unwrap();
        let path = entry.path();
        let depth = entry.depth();
        if path.extension().is_some_and(|e| e == "toml") && entry.file_type().is_file() {
            match depth {
                2 if path.file_name().unwrap() == "company.toml" => {
                    files.push((path.to_path_buf(), COMPANY))
                }
                3 if path.file_name().unwrap() == "document.toml" => {
                    files.push((path.to_path_buf(), DOCUMENT))
                }
                3 | 4 => files.push((path.to_path_buf(), REVISION)),
                _ => {}
            }
        }
    }
    files
}

/// Every schema error in the sources of the site at `root`, with the file it is in.
pub fn site_problems(root: &Path) -> Vec<String> {
    sources(root)
        .into_iter()
        .flat_map(|(path, name)| {
            let text = std::fs::read_to_string(&path).unwrap();
            let text = text.trim_start_matches('\u{feff}');
            validate(name, text)
                .into_iter()
                .map(move |e| format!("{}: {e}", path.display()))
        })
        .collect()
}

/// The schemas accept what the loader accepts: every source of the example site.
#[test]
fn example_sources_are_valid() {
    let root = repo();
    let files = sources(root);
    assert!(files.len() > 5, "{files:?}");
    // examples/ holds programs, not sources; were a source added there, it is checked too.
    let mut examples = Vec::new();
    for entry in walkdir::WalkDir::new(root.join("examples")) {
        let path = entry.unwrap().into_path();
        if path.extension().is_some_and(|e| e == "toml") {
            examples.push(path);
        }
    }
    for path in &examples {
        let text = std::fs::read_to_string(path).unwrap();
        let name = if path.ends_with("site.toml") {
            privsite::source::schema::SITE
        } else if path.ends_with("company.toml") {
            privsite::source::schema::COMPANY
        } else {
            privsite::source::schema::REVISION
        };
        let problems = validate(name, &text);
        assert!(problems.is_empty(), "{}: {problems:#?}", path.display());
    }
    let problems = site_problems(root);
    assert!(problems.is_empty(), "{problems:#?}");
}

/// Every fixture site the tests copy builds, and so is valid against the schemas (every
/// site a test builds with `Fixture::built` is checked the same way, edits included).
#[test]
fn fixture_sources_are_valid() {
    let mut count = 0;
    for entry in std::fs::read_dir(fixtures()).unwrap() {
        let root = entry.unwrap().path();
        if root.join("site.toml").is_file() {
            count += sources(&root).len();
            let problems = site_problems(&root);
            assert!(problems.is_empty(), "{problems:#?}");
        }
    }
    assert!(count > 10, "only {count} fixture sources");
}

/// What `privsite init`, `new` and `revision` write is valid against the schemas.
#[test]
fn scaffolded_sources_are_valid() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("site");
    privsite(dir.path())
        .args(["init", "site"])
        .assert()
        .success();
    privsite(&root)
        .args(["new", "acme", "--locale", "sv"])
        .assert()
        .success();
    privsite(&root)
        .args(["revision", "acme", "sv", "--date", "2099-01-01"])
        .assert()
        .success();
    let files = sources(&root);
    assert!(files.len() >= 4, "{files:?}");
    let problems = site_problems(&root);
    assert!(problems.is_empty(), "{problems:#?}");
}

/// The validator is not a formality: a misspelt key, a missing required key, a value
/// outside a vocabulary and a wrong type each fail, where the loader fails too.
#[test]
fn mistakes_fail_validation() {
    use privsite::source::schema::{COMPANY, REVISION, SITE};
    let site = Fixture::copy("basic");
    let rel = "content/acme/en/2023-06-01.toml";
    let valid = site.read(rel);
    assert_eq!(validate(REVISION, &valid), Vec::<String>::new());
    let processor = "\n[[processors]]\nname = \"Mailer\"\ncountries = [\"SE\"]\n";
    assert_eq!(
        validate(REVISION, &format!("{valid}{processor}")),
        Vec::<String>::new(),
        "a processor needs neither id nor role"
    );

    let misspelt = format!("rigths = [\"access\"]\n{valid}");
    let problems = validate(REVISION, &misspelt);
    assert!(
        problems.iter().any(|p| p.contains("rigths")),
        "{problems:?}"
    );
    let title = valid.lines().find(|l| l.starts_with("title =")).unwrap();
    let untitled = valid.replacen(title, "", 1);
    let problems = validate(REVISION, &untitled);
    assert!(
        problems.iter().any(|p| p.contains("\"title\"")),
        "{problems:?}"
    );
    let uk = format!("{valid}\n[[processors]]\nname = \"X\"\ncountries = [\"UK\"]\n");
    let problems = validate(REVISION, &uk);
    assert!(problems.iter().any(|p| p.contains("UK")), "{problems:?}");
    let problems = validate(REVISION, &format!("{valid}\n[[processors]]\nname = 3\n"));
    assert!(
        problems.iter().any(|p| p.contains("string")),
        "{problems:?}"
    );

    let problems = validate(COMPANY, "name = \"Acme\"\n");
    assert!(
        problems.iter().any(|p| p.contains("default_locale")),
        "{problems:?}"
    );
    let problems = validate(
        SITE,
        "title = \"t\"\nbase_url = \"https://x.example\"\ndefault_locale = \"en\"\n[bulid]\n",
    );
    assert!(problems.iter().any(|p| p.contains("bulid")), "{problems:?}");
}
