//! Schemas of single fields, named by the loader's raw types (`#[schemars(schema_with = …)]`):
//! the closed vocabularies (legal bases, rights, safeguards, countries, rule levels) as enums.

use schemars::{Schema, SchemaGenerator};
use serde_json::{Value, json};

use crate::model::countries::COUNTRY_CODES;
use crate::model::rules;
use crate::model::{LegalBasis, Right, Role, Safeguard};

fn schema(value: Value) -> Schema {
    Schema::try_from(value).expect("an object is a schema")
}

fn strings(items: impl IntoIterator<Item = &'static str>) -> Vec<&'static str> {
    items.into_iter().collect()
}

pub(crate) fn rights(_: &mut SchemaGenerator) -> Schema {
    schema(json!({
        "type": "array",
        "items": { "type": "string", "enum": strings(Right::ALL.iter().map(|r| r.as_str())) },
        "uniqueItems": true,
    }))
}

pub(crate) fn legal_bases(_: &mut SchemaGenerator) -> Schema {
    schema(json!({
        "type": "array",
        "items": { "type": "string", "enum": strings(LegalBasis::ALL.iter().map(|b| b.as_str())) },
        "uniqueItems": true,
    }))
}

pub(crate) fn safeguard(_: &mut SchemaGenerator) -> Schema {
    schema(json!({
        "type": "string",
        "enum": strings(Safeguard::ALL.iter().map(|s| s.as_str())),
    }))
}

pub(crate) fn country(_: &mut SchemaGenerator) -> Schema {
    schema(json!({ "type": "string", "enum": COUNTRY_CODES }))
}

pub(crate) fn countries(generator: &mut SchemaGenerator) -> Schema {
    schema(json!({
        "type": "array",
        "items": country(generator),
        "uniqueItems": true,
    }))
}

/// Lower-case ASCII letters and digits joined by single hyphens.
const ID_PATTERN: &str = "^[a-z0-9]+(-[a-z0-9]+)*$";

pub(crate) fn id(_: &mut SchemaGenerator) -> Schema {
    schema(json!({ "type": "string", "pattern": ID_PATTERN }))
}

/// Any id, with the ones `privsite check` knows offered first.
pub(crate) fn section_id(_: &mut SchemaGenerator) -> Schema {
    schema(json!({
        "type": "string",
        "pattern": ID_PATTERN,
        "examples": rules::SECTION_IDS,
    }))
}

pub(crate) fn role(_: &mut SchemaGenerator) -> Schema {
    schema(json!({
        "type": "string",
        "enum": strings(Role::ALL.iter().map(|r| r.as_str())),
    }))
}

/// The checklist items a section may cover beyond its id.
pub(crate) fn covers(_: &mut SchemaGenerator) -> Schema {
    schema(json!({
        "type": "array",
        "items": { "type": "string", "enum": rules::SECTION_IDS },
        "uniqueItems": true,
    }))
}
