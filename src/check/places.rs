//! Where each key and array item of a source file is, found in one parse per file: a
//! finding's position is then a lookup, so that 20,000 findings in one file cost one
//! parse, not 20,000.

use std::collections::HashMap;

use toml::de::{DeTable, DeValue};

use crate::diagnostic::{LineIndex, Position};

/// A key's place (where the key starts) or an array item's (where the item starts), by
/// the path that leads to it: keys as written, items as `#<index>`, joined by U+001F.
#[derive(Default)]
pub(super) struct Places(HashMap<String, Position>);

impl Places {
    /// The places of every key and item of `text`; none where it does not parse.
    pub(super) fn of(text: &str) -> Places {
        let mut places = Places::default();
        let Ok(document) = DeTable::parse(text) else {
            return places;
        };
        let lines = LineIndex::new(text);
        let mut at = |path: &str, offset: usize| {
            places
                .0
                .insert(path.to_string(), lines.position(text, offset));
        };
        walk_table(document.get_ref(), "", &mut at);
        places
    }

    pub(super) fn get(&self, path: &str) -> Option<Position> {
        self.0.get(path).copied()
    }
}

/// The path of `steps` as [`Places`] keys it.
pub(super) fn path_of(steps: &[super::Step]) -> String {
    let parts: Vec<String> = steps
        .iter()
        .map(|s| match s {
            super::Step::Key(k) => (*k).to_string(),
            super::Step::Item(i) => format!("#{i}"),
        })
        .collect();
    parts.join("\u{1f}")
}

fn join(prefix: &str, part: &str) -> String {
    if prefix.is_empty() {
        part.to_string()
    } else {
        format!("{prefix}\u{1f}{part}")
    }
}

fn walk_table(table: &DeTable<'_>, prefix: &str, at: &mut impl FnMut(&str, usize)) {
    for (key, value) in table.iter() {
        let path = join(prefix, key.get_ref());
        at(&path, key.span().start);
        walk_value(value, &path, at);
    }
}

fn walk_value(value: &toml::Spanned<DeValue<'_>>, path: &str, at: &mut impl FnMut(&str, usize)) {
    match value.get_ref() {
        DeValue::Table(table) => walk_table(table, path, at),
        DeValue::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                let item_path = join(path, &format!("#{i}"));
                at(&item_path, item.span().start);
                walk_value(item, &item_path, at);
            }
        }
        _ => {}
    }
}
