//! Schemas of single fields: the closed vocabularies (legal bases, rights, safeguards,
//! countries, roles) as enums, and ids as patterns.
//!
//! Each is a type the loader's raw structs name with `#[schemars(with = "…")]`, wrapped as
//! the field is: `Option<Role>` for an `Option<Spanned<String>>`. A field schema given as a
//! function (`schema_with`) would hide the `Option` from schemars, which then lists the key
//! as required although the loader accepts a file without it.

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde_json::{Value, json};

use crate::model::countries::COUNTRY_CODES;
use crate::model::rules;
use crate::model::{LegalBasis, Region, Right, Role, Safeguard};

fn schema(value: Value) -> Schema {
    Schema::try_from(value).expect("an object is a schema")
}

fn strings(items: impl IntoIterator<Item = &'static str>) -> Vec<&'static str> {
    items.into_iter().collect()
}

fn rights(_: &mut SchemaGenerator) -> Schema {
    schema(json!({
        "type": "array",
        "items": { "type": "string", "enum": strings(Right::ALL.iter().map(|r| r.as_str())) },
        "uniqueItems": true,
    }))
}

fn legal_bases(_: &mut SchemaGenerator) -> Schema {
    schema(json!({
        "type": "array",
        "items": { "type": "string", "enum": strings(LegalBasis::ALL.iter().map(|b| b.as_str())) },
        "uniqueItems": true,
    }))
}

fn safeguard(_: &mut SchemaGenerator) -> Schema {
    schema(json!({
        "type": "string",
        "enum": strings(Safeguard::ALL.iter().map(|s| s.as_str())),
    }))
}

fn country(_: &mut SchemaGenerator) -> Schema {
    schema(json!({ "type": "string", "enum": COUNTRY_CODES }))
}

fn countries(generator: &mut SchemaGenerator) -> Schema {
    schema(json!({
        "type": "array",
        "items": country(generator),
        "uniqueItems": true,
    }))
}

fn regions(_: &mut SchemaGenerator) -> Schema {
    schema(json!({
        "type": "array",
        "items": { "type": "string", "enum": strings(Region::ALL.iter().map(|r| r.as_str())) },
        "minItems": 1,
        "uniqueItems": true,
    }))
}

/// Lower-case ASCII letters and digits joined by single hyphens.
const ID_PATTERN: &str = "^[a-z0-9]+(-[a-z0-9]+)*$";

fn id(_: &mut SchemaGenerator) -> Schema {
    schema(json!({ "type": "string", "pattern": ID_PATTERN }))
}

/// Any id, with the ones `privsite check` knows offered first.
fn section_id(_: &mut SchemaGenerator) -> Schema {
    schema(json!({
        "type": "string",
        "pattern": ID_PATTERN,
        "examples": rules::SECTION_IDS,
    }))
}

fn role(_: &mut SchemaGenerator) -> Schema {
    schema(json!({
        "type": "string",
        "enum": strings(Role::ALL.iter().map(|r| r.as_str())),
    }))
}

/// The checklist items a section may cover beyond its id.
fn covers(_: &mut SchemaGenerator) -> Schema {
    schema(json!({
        "type": "array",
        "items": { "type": "string", "enum": rules::SECTION_IDS },
        "uniqueItems": true,
    }))
}

/// A type whose schema is one of the functions above, inlined where a field names it.
macro_rules! field_types {
    ($($name:ident => $function:ident,)*) => {$(
        pub(crate) struct $name;

        impl JsonSchema for $name {
            fn inline_schema() -> bool {
                true
            }

            fn schema_name() -> Cow<'static, str> {
                Cow::Borrowed(stringify!($name))
            }

            fn json_schema(generator: &mut SchemaGenerator) -> Schema {
                $function(generator)
            }
        }
    )*};
}

field_types! {
    Rights => rights,
    LegalBases => legal_bases,
    SafeguardName => safeguard,
    Country => country,
    Countries => countries,
    Regions => regions,
    Id => id,
    SectionId => section_id,
    RoleName => role,
    Covers => covers,
}
