//! The schemas say what the loader's decoding says: a key is required exactly when a file
//! without it fails to decode, and a table is closed exactly when an unknown key fails.

use super::*;
use serde::de::DeserializeOwned;

#[test]
fn optional_keys_are_not_nullable() {
    for (name, text) in all() {
        assert!(!text.contains("null"), "{name} allows null");
    }
}

#[test]
fn closed_vocabularies_are_enums() {
    let revision = generate::<RawRevision>();
    for word in [
        "legitimate-interests",
        "dpf",
        "withdraw-consent",
        "SE",
        "retention",
    ] {
        assert!(revision.contains(&format!("\"{word}\"")), "{word}");
    }
    let site = generate::<RawSiteConfig>();
    assert!(site.contains("\"art13-retention\""), "{site}");
    assert!(!site.contains("\"source\""), "source cannot be set: {site}");
}

/// A site.toml with every key the schema knows.
const FULL_SITE: &str = r#"
title = "Privacy"
base_url = "https://privacy.example.com/legal"
default_locale = "en"
theme = "default"
[build]
output_dir = "public"
minify = true
[check]
art13-retention = "warn"
[subscribe]
action = "https://lists.example.com/subscribe"
method = "post"
field = "email"
"#;

/// A company.toml with every key the schema knows.
const FULL_COMPANY: &str = r#"
name = "Acme AB"
org_number = "556000-0000"
address = "Street 1, Town"
email = "privacy@acme.example"
phone = "+46 8 000 00"
website = "https://acme.example"
default_locale = "sv"
archived = "A copy kept as a record."
[dpo]
name = "Dana"
email = "dpo@acme.example"
phone = "+46 8 000 01"
[authority]
name = "IMY"
url = "https://www.imy.se"
[notice]
days = 30
objection_days = 14
contact = "objections@acme.example"
"#;

/// A revision with every key the schema knows.
const FULL_REVISION: &str = r#"
title = "Privacy policy"
summary = "New processors."
draft = false
intro = "We care."
rights = ["access", "complaint"]
processors_in = "subprocessors"
corrected = "A word was missing."
corrected_from = "0000000000000000000000000000000000000000000000000000000000000000"
translated_from = "en"
translated_by = "company"
date_note = "Undated."
archived = "Copied on 2026-11-01."
announced = 2026-11-10
material = true

[[sections]]
id = "collection"
covers = ["sources"]
title = "Collection"
body = "What we collect."

[[purposes]]
id = "billing"
title = "Billing"
legal_bases = ["contract"]
legitimate_interest = "Fraud prevention."
body = "We bill."

[[groups]]
name = "Payments"
purpose = "To take payment"

[[processors]]
name = "Stripe"
id = "stripe"
formerly = ["Stripe Payments Europe"]
role = "processor"
purpose = "Payments"
data = "Card data"
countries = ["US"]
regions = ["EU"]
headquarters = "US"
safeguard = "dpf"
group = "Payments"
url = "https://stripe.com/privacy"

[[cookies]]
name = "_ga"
provider = "Google Analytics"
purpose = "Statistics"
category = "statistics"
duration = "P2Y"
party = "third"
type = "cookie"
countries = ["US"]
safeguard = "dpf"
"#;

const FULL_DOCUMENT: &str = r#"
kind = "subprocessors"
title = "Sub-processors"
default_locale = "en"
[notice]
days = 30
objection_days = 14
contact = "privacy@example.com"
"#;

#[test]
fn required_keys_and_closed_tables_follow_the_loader() {
    agrees_with_loader::<RawSiteConfig>(FULL_SITE, &["check"]);
    agrees_with_loader::<RawCompany>(FULL_COMPANY, &[]);
    agrees_with_loader::<RawRevision>(FULL_REVISION, &[]);
    agrees_with_loader::<crate::source::load::RawDocument>(FULL_DOCUMENT, &[]);
}

/// `full` decodes as `T` and holds every key of `T`'s schema. Then, at every table of it:
/// a key is in the schema's `required` exactly when the file without it fails to decode,
/// and the table has `additionalProperties: false` exactly when an unknown key fails.
/// `open_maps` are tables whose keys the loader checks after decoding (the rule ids of
/// `[check]`), which the schema closes although decoding alone does not.
fn agrees_with_loader<T: DeserializeOwned + JsonSchema>(full: &str, open_maps: &[&str]) {
    let schema: Value = serde_json::from_str(&generate::<T>()).unwrap();
    let doc: toml::Value = toml::from_str(full).unwrap();
    let decodes = |doc: &toml::Value| toml::from_str::<T>(&toml::to_string(doc).unwrap()).is_ok();
    assert!(decodes(&doc), "the full document decodes");
    let mut tables = Vec::new();
    collect_tables(&schema, &schema, &doc, Vec::new(), &mut tables);
    for (path, object) in tables {
        let at = format!("{path:?}");
        let table = lookup(&doc, &path).as_table().unwrap().clone();
        let map = path.last().is_some_and(|p| open_maps.contains(&p.as_str()));
        let properties = object["properties"].as_object().unwrap();
        for name in properties.keys().filter(|_| !map) {
            assert!(
                table.contains_key(name),
                "{at}: the full document lacks {name}"
            );
        }
        let required: Vec<&str> = object
            .get("required")
            .and_then(Value::as_array)
            .map(|r| r.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        for key in table.keys() {
            let mut without = doc.clone();
            lookup_mut(&mut without, &path)
                .as_table_mut()
                .unwrap()
                .remove(key);
            assert_eq!(
                required.contains(&key.as_str()),
                !decodes(&without),
                "{at}.{key}: the schema's required differs from the loader's"
            );
        }
        let mut unknown = doc.clone();
        lookup_mut(&mut unknown, &path)
            .as_table_mut()
            .unwrap()
            .insert("zz_unknown".into(), toml::Value::Boolean(true));
        let closed = object.get("additionalProperties") == Some(&Value::Bool(false));
        assert_eq!(
            closed,
            map || !decodes(&unknown),
            "{at}: additionalProperties differs from the loader"
        );
    }
}

/// Every object schema with properties, with the path of the table of `doc` it describes.
fn collect_tables<'a>(
    root: &'a Value,
    schema: &'a Value,
    doc: &toml::Value,
    path: Vec<String>,
    out: &mut Vec<(Vec<String>, &'a Value)>,
) {
    let schema = resolve(root, schema);
    match doc {
        toml::Value::Table(table) if schema.get("properties").is_some() => {
            out.push((path.clone(), schema));
            for (key, value) in table {
                if let Some(sub) = schema["properties"].get(key) {
                    let mut path = path.clone();
                    path.push(key.clone());
                    collect_tables(root, sub, value, path, out);
                }
            }
        }
        toml::Value::Array(items) => {
            if let Some(sub) = schema.get("items") {
                for (i, item) in items.iter().enumerate() {
                    let mut path = path.clone();
                    path.push(i.to_string());
                    collect_tables(root, sub, item, path, out);
                }
            }
        }
        _ => {}
    }
}

/// A schema with its `$ref`, or the one `$ref` of an `allOf`, followed.
fn resolve<'a>(root: &'a Value, schema: &'a Value) -> &'a Value {
    if let Some(r) = schema.get("$ref").and_then(Value::as_str) {
        return resolve(root, root.pointer(r.trim_start_matches('#')).unwrap());
    }
    match schema.get("allOf").and_then(Value::as_array) {
        Some(all) if all.len() == 1 => resolve(root, &all[0]),
        _ => schema,
    }
}

fn lookup<'a>(doc: &'a toml::Value, path: &[String]) -> &'a toml::Value {
    path.iter().fold(doc, |v, p| match v {
        toml::Value::Array(items) => &items[p.parse::<usize>().unwrap()],
        _ => &v[p.as_str()],
    })
}

fn lookup_mut<'a>(doc: &'a mut toml::Value, path: &[String]) -> &'a mut toml::Value {
    path.iter().fold(doc, |v, p| match v {
        toml::Value::Array(items) => &mut items[p.parse::<usize>().unwrap()],
        toml::Value::Table(t) => t.get_mut(p.as_str()).unwrap(),
        _ => panic!("no {p} in a value"),
    })
}
