//! The shape of a source, checked against its JSON Schema before it is decoded: every
//! unknown key, missing key and value of the wrong type in a file, not only the first.
//!
//! serde stops at the first error of a file. So the parsed document is walked along the
//! schema generated from the same raw type it decodes into (`source::schema`), every
//! mistake reported with its line and column, and the entries at fault taken out: an
//! unknown key, a value of the wrong type, an array item or table missing a required key.
//! What remains decodes, so the loader's own checks (countries, legal bases, ids) run on
//! it too and report theirs in the same run. A file with any error still builds nothing.

use std::borrow::Cow;
use std::sync::{PoisonError, RwLock};

use rustc_hash::FxHashMap;

use serde_json::Value;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::SourceFile;
use super::hints;
use crate::diagnostic::Diagnostic;

/// Walks `table`, the whole document of `file`, along `schema`, pushing a diagnostic for
/// each mistake and removing the entries at fault. `open` names top-level tables whose
/// keys the loader checks itself after decoding (the rule ids of `[check]`). Returns
/// whether what is left still has every required key of the document.
pub(super) fn check(
    file: &SourceFile,
    schema: &'static Value,
    table: &mut Spanned<DeTable<'_>>,
    open: &[&str],
    out: &mut Vec<Diagnostic>,
) -> bool {
    let mut walker = Walker {
        file,
        nodes: compiled(schema),
        open,
        out,
    };
    let span = table.span();
    walker.table(schema, table.get_mut(), span, "", true)
}

/// What the walk reads of one schema, its `$ref` and one-schema `allOf` followed: looked
/// up once per schema rather than for every value of every file.
struct Node {
    /// The schema as resolved (for its descriptions, in messages).
    resolved: &'static Value,
    expected: Option<Kind>,
    items: Option<&'static Value>,
    properties: &'static serde_json::Map<String, Value>,
    /// `additionalProperties = false`.
    closed: bool,
    required: Vec<&'static str>,
}

/// Every schema reachable from a root, by address.
type Nodes = FxHashMap<usize, Node>;

fn address(schema: &Value) -> usize {
    std::ptr::from_ref(schema) as usize
}

/// The nodes of the schema `root`, made on first use and kept for the run.
fn compiled(root: &'static Value) -> &'static Nodes {
    static MADE: RwLock<Vec<(usize, &'static Nodes)>> = RwLock::new(Vec::new());
    let key = address(root);
    let found =
        |made: &[(usize, &'static Nodes)]| made.iter().find(|(k, _)| *k == key).map(|(_, n)| *n);
    if let Some(nodes) = found(&MADE.read().unwrap_or_else(PoisonError::into_inner)) {
        return nodes;
    }
    let mut made = MADE.write().unwrap_or_else(PoisonError::into_inner);
    if let Some(nodes) = found(&made) {
        return nodes;
    }
    let mut nodes = Nodes::default();
    compile(root, root, &mut nodes);
    // One map per schema of the program (four), never freed.
    let nodes: &'static Nodes = Box::leak(Box::new(nodes));
    made.push((key, nodes));
    nodes
}

fn compile(root: &'static Value, schema: &'static Value, nodes: &mut Nodes) {
    if nodes.contains_key(&address(schema)) {
        return;
    }
    let resolved = resolve(root, schema, 0);
    static EMPTY: std::sync::OnceLock<serde_json::Map<String, Value>> = std::sync::OnceLock::new();
    let properties = resolved
        .get("properties")
        .and_then(Value::as_object)
        .unwrap_or_else(|| EMPTY.get_or_init(serde_json::Map::new));
    let items = resolved.get("items");
    nodes.insert(
        address(schema),
        Node {
            resolved,
            expected: expected_kind(resolved),
            items,
            properties,
            closed: resolved.get("additionalProperties") == Some(&Value::Bool(false)),
            required: resolved
                .get("required")
                .and_then(Value::as_array)
                .map(|r| r.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default(),
        },
    );
    for sub in properties.values().chain(items) {
        compile(root, sub, nodes);
    }
}

/// A schema with its `$ref`, or the one schema of an `allOf`, followed (a chain of
/// references longer than any schema of the program's is left where it stops).
fn resolve(root: &'static Value, schema: &'static Value, depth: usize) -> &'static Value {
    if depth > 32 {
        return schema;
    }
    if let Some(r) = schema.get("$ref").and_then(Value::as_str)
        && let Some(target) = root.pointer(r.trim_start_matches('#'))
    {
        return resolve(root, target, depth + 1);
    }
    match schema.get("allOf").and_then(Value::as_array) {
        Some(all) if all.len() == 1 => resolve(root, &all[0], depth + 1),
        _ => schema,
    }
}

struct Walker<'a, 'o> {
    file: &'a SourceFile,
    nodes: &'static Nodes,
    open: &'a [&'a str],
    out: &'o mut Vec<Diagnostic>,
}

impl Walker<'_, '_> {
    /// The node of `schema`, which [`compiled`] reached from the root.
    fn node(&self, schema: &'static Value) -> Option<&'static Node> {
        self.nodes.get(&address(schema))
    }

    /// Checks the table at `path` (`""` for the document, `processors[2]` for an item);
    /// returns whether it has every key its schema requires, once the faulty are removed.
    fn table(
        &mut self,
        schema: &'static Value,
        table: &mut DeTable<'_>,
        span: std::ops::Range<usize>,
        path: &str,
        root: bool,
    ) -> bool {
        let Some(node) = self.node(schema) else {
            return true;
        };
        let properties = node.properties;
        let closed = node.closed && !self.open.contains(&path);
        let required = &node.required;
        let mut removed = Vec::new();
        for (key, value) in table.iter_mut() {
            let key_span = key.span();
            let key: &str = key.get_ref();
            let Some(sub) = properties.get(key) else {
                if closed {
                    let expected: Vec<String> =
                        properties.keys().map(|k| format!("`{k}`")).collect();
                    let suggestion = crate::diagnostic::suggest::closest(
                        key,
                        properties.keys().map(String::as_str),
                    );
                    let mut message = format!(
                        "unknown key `{key}`{}, expected {}",
                        in_table(path),
                        match expected.len() {
                            0 => "no keys".to_string(),
                            1 => expected[0].clone(),
                            _ => format!("one of {}", expected.join(", ")),
                        }
                    );
                    if let Some(s) = suggestion {
                        message.push_str(&format!("; did you mean `{s}`?"));
                    }
                    self.out
                        .push(Diagnostic::error(&self.file.rel, message).at_span_indexed(
                            &self.file.text,
                            &self.file.lines,
                            key_span,
                        ));
                    removed.push(key.to_string());
                }
                continue;
            };
            if !self.value(sub, value, key, path, None) {
                removed.push(key.to_string());
            }
        }
        for key in &removed {
            table.remove(key.as_str());
        }
        let mut whole = true;
        for &key in required {
            if table.contains_key(key) {
                continue;
            }
            whole = false;
            if removed.iter().any(|r| r == key) {
                continue; // reported as what it was
            }
            // What the key holds, from the schema's description: its first sentence.
            let what = properties
                .get(key)
                .and_then(|p| {
                    let resolved = self.node(p).map_or(p, |n| n.resolved);
                    resolved.get("description").or(p.get("description"))
                })
                .and_then(Value::as_str)
                .map(|d| {
                    d.split(['.', ';', ':', '('])
                        .next()
                        .unwrap_or(d)
                        .replace('\n', " ")
                })
                .map(|d| {
                    let d = d.trim();
                    let mut chars = d.chars();
                    let first = chars.next().map(|c| c.to_lowercase().to_string());
                    format!(" ({}{})", first.unwrap_or_default(), chars.as_str())
                })
                .unwrap_or_default();
            let message = format!(
                "missing key `{key}`{}: expected `{key} = …`{what}",
                in_table(path)
            );
            let d = Diagnostic::error(&self.file.rel, message);
            let d = if root {
                d.at(&self.file.text, 0)
            } else {
                d.at_span_indexed(&self.file.text, &self.file.lines, span.clone())
            };
            self.out.push(d);
        }
        whole
    }

    /// Checks one value of `key` in the table at `parent` (the `index`th item of its
    /// array, where it is in one) against `schema`; returns whether to keep it.
    fn value(
        &mut self,
        schema: &'static Value,
        value: &mut Spanned<DeValue<'_>>,
        key: &str,
        parent: &str,
        index: Option<usize>,
    ) -> bool {
        let Some(node) = self.node(schema) else {
            return true;
        };
        let span = value.span();
        let expected = node.expected;
        let found = kind(value.get_ref());
        if let Some(expected) = expected
            && !accepts(expected, found)
        {
            let shown = match value.get_ref() {
                DeValue::String(s) => format!(" {:?}", shorten(s)),
                _ => String::new(),
            };
            let message = format!(
                "invalid type for `{key}`: {found}{shown}, expected {}",
                describe(expected)
            );
            let mut d = Diagnostic::error(&self.file.rel, message).at_span_indexed(
                &self.file.text,
                &self.file.lines,
                span,
            );
            if let (Kind::Date, DeValue::String(s)) = (expected, value.get_ref()) {
                d.hint = Some(hints::date_string(key, s));
            }
            self.out.push(d);
            return false;
        }
        match value.get_mut() {
            DeValue::Array(items) => {
                let Some(item_schema) = node.items else {
                    return true;
                };
                let mut keep = Vec::with_capacity(items.len());
                for (i, item) in items.iter_mut().enumerate() {
                    keep.push(self.value(item_schema, item, key, parent, Some(i + 1)));
                }
                if keep.contains(&false) {
                    let all = std::mem::replace(items, toml::de::DeArray::new());
                    *items = all
                        .into_iter()
                        .zip(keep)
                        .filter_map(|(item, keep)| keep.then_some(item))
                        .collect();
                }
                true
            }
            DeValue::Table(table) => {
                let mut path = child(parent, key);
                if let Some(i) = index {
                    path.push_str(&format!("[{i}]"));
                }
                self.table(schema, table, span, &path, false)
            }
            _ => true,
        }
    }
}

/// ` in [dpo]`, ` in [[processors]] 2`: where a key is, for a message; nothing at the top.
fn in_table(path: &str) -> String {
    if path.is_empty() {
        return String::new();
    }
    match path.split_once('[') {
        Some((array, index)) => format!(
            " in [[{array}]] number {}",
            index.trim_end_matches(']').split(']').next().unwrap_or("")
        ),
        None => format!(" in [{path}]"),
    }
}

fn child(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

fn shorten(s: &str) -> Cow<'_, str> {
    match s.char_indices().nth(40) {
        Some((i, _)) => Cow::Owned(format!("{}…", &s[..i])),
        None => Cow::Borrowed(s),
    }
}

/// What a TOML value is, as a message names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    String,
    Integer,
    Float,
    Boolean,
    Date,
    Array,
    Table,
}

impl std::fmt::Display for Kind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Kind::String => "a string",
            Kind::Integer => "an integer",
            Kind::Float => "a decimal number",
            Kind::Boolean => "a boolean",
            Kind::Date => "a date",
            Kind::Array => "an array",
            Kind::Table => "a table",
        })
    }
}

fn kind(value: &DeValue<'_>) -> Kind {
    match value {
        DeValue::String(_) => Kind::String,
        DeValue::Integer(_) => Kind::Integer,
        DeValue::Float(_) => Kind::Float,
        DeValue::Boolean(_) => Kind::Boolean,
        DeValue::Datetime(_) => Kind::Date,
        DeValue::Array(_) => Kind::Array,
        DeValue::Table(_) => Kind::Table,
    }
}

/// The kind of TOML value a schema asks for; a date where it has `"format": "date"`
/// (JSON has no dates, TOML has).
fn expected_kind(schema: &Value) -> Option<Kind> {
    if schema.get("format").and_then(Value::as_str) == Some("date") {
        return Some(Kind::Date);
    }
    Some(match schema.get("type")?.as_str()? {
        "string" => Kind::String,
        "integer" => Kind::Integer,
        "number" => Kind::Float,
        "boolean" => Kind::Boolean,
        "array" => Kind::Array,
        "object" => Kind::Table,
        _ => return None,
    })
}

fn accepts(expected: Kind, found: Kind) -> bool {
    expected == found || (expected == Kind::Float && found == Kind::Integer)
}

fn describe(expected: Kind) -> String {
    match expected {
        Kind::String => "a string in quotes".into(),
        Kind::Date => "a date, unquoted, as YYYY-MM-DD".into(),
        Kind::Array => "an array, such as [\"…\"]".into(),
        Kind::Table => "a table".into(),
        Kind::Boolean => "true or false".into(),
        other => other.to_string(),
    }
}
