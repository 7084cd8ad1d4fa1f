//! The JSON Schemas under schemas/ and the .taplo.toml that maps sources to them are
//! generated from the loader's own types; this keeps the committed copies in sync.

use crate::prelude::repo;

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

/// The schemas accept what the loader accepts: every source of the example site is valid
/// against them (a key the loader reads but the schema lacks would fail here).
#[test]
fn example_sources_use_only_keys_the_schemas_know() {
    let root = repo();
    let schemas: std::collections::BTreeMap<&str, serde_json::Value> =
        privsite::source::schema::all()
            .into_iter()
            .map(|(name, text)| (name, serde_json::from_str(&text).unwrap()))
            .collect();
    let mut files = vec![(root.join("site.toml"), privsite::source::schema::SITE)];
    for entry in walkdir::WalkDir::new(root.join("content")) {
        let entry = entry.unwrap();
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "toml") {
            let kind = if path.file_name().unwrap() == "company.toml" {
                privsite::source::schema::COMPANY
            } else {
                privsite::source::schema::REVISION
            };
            files.push((path.to_path_buf(), kind));
        }
    }
    assert!(files.len() > 5);
    for (path, kind) in files {
        let value: toml::Value = toml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let schema = &schemas[kind];
        let mut problems = Vec::new();
        known_keys(
            schema,
            schema,
            &serde_json::to_value(value).unwrap(),
            "",
            &mut problems,
        );
        assert!(problems.is_empty(), "{}: {problems:?}", path.display());
    }
}

/// Walks `value` along `schema`, collecting keys the schema does not declare where it
/// forbids additional ones, and values outside an `enum`.
fn known_keys(
    root: &serde_json::Value,
    schema: &serde_json::Value,
    value: &serde_json::Value,
    at: &str,
    problems: &mut Vec<String>,
) {
    let schema = match schema.get("$ref").and_then(|r| r.as_str()) {
        Some(r) => root
            .pointer(r.trim_start_matches('#'))
            .unwrap_or_else(|| panic!("dangling {r}")),
        None => schema,
    };
    // Each schema of an `allOf` holds for the value: schemars wraps a described `$ref` in
    // one, as for [build] in site.toml.
    if let Some(all) = schema.get("allOf").and_then(|a| a.as_array()) {
        for sub in all {
            known_keys(root, sub, value, at, problems);
        }
    }
    if let Some(allowed) = schema.get("enum").and_then(|e| e.as_array())
        && !allowed.contains(value)
    {
        problems.push(format!("{at}: {value} is not one of the schema's values"));
    }
    match value {
        serde_json::Value::Object(map) => {
            let properties = schema.get("properties").and_then(|p| p.as_object());
            for (key, item) in map {
                match properties.and_then(|p| p.get(key)) {
                    Some(sub) => known_keys(root, sub, item, &format!("{at}.{key}"), problems),
                    None if schema.get("additionalProperties") == Some(&false.into()) => {
                        problems.push(format!("{at}.{key}: unknown to the schema"))
                    }
                    None => {}
                }
            }
        }
        serde_json::Value::Array(items) => {
            if let Some(sub) = schema.get("items") {
                for (i, item) in items.iter().enumerate() {
                    known_keys(root, sub, item, &format!("{at}[{i}]"), problems);
                }
            }
        }
        _ => {}
    }
}
