//! Writing and editing source files: every TOML a command writes (`privsite init`, `new`,
//! `revision`, `import`) goes through toml_edit, so values are quoted and escaped as TOML
//! wants them, and an edit keeps the comments and layout around what it changes.

use toml_edit::{Item, Key, Table, Value};

/// Appends `key = value` to `table`, with `comment` above it: whole lines, each starting
/// with `#` and ending with a newline (a blank line is a lone newline), or nothing.
pub fn push(table: &mut Table, key: &str, value: impl Into<Value>, comment: &str) {
    let mut key = Key::new(key);
    key.leaf_decor_mut().set_prefix(comment);
    table.insert_formatted(&key, Item::Value(value.into()));
}

/// Sets `key` in `table` to `value`, keeping the comments and spacing around the old
/// value (or appending the key where `table` has none).
pub fn set(table: &mut Table, key: &str, value: impl Into<Value>) {
    let mut value = value.into();
    if let Some(old) = table.get(key).and_then(Item::as_value) {
        *value.decor_mut() = old.decor().clone();
    }
    table[key] = Item::Value(value);
}

/// Removes `key` from `table` if it is there. Comments written above it are kept: they
/// move to the key after it, else above the first table. Where there is neither, they
/// are returned, for the caller to place (a document's trailing text, say).
#[must_use]
pub fn remove(table: &mut Table, key: &str) -> Option<String> {
    let keys: Vec<String> = table.iter().map(|(k, _)| k.to_string()).collect();
    let at = keys.iter().position(|k| k == key)?;
    let (old, _) = table.remove_entry(key)?;
    let prefix = old
        .leaf_decor()
        .prefix()
        .and_then(|p| p.as_str())
        .unwrap_or("");
    if prefix.trim().is_empty() {
        return None;
    }
    let prefix = prefix.to_string();
    let next_value = keys[at + 1..]
        .iter()
        .find(|k| table.get(k).is_some_and(Item::is_value));
    if let Some(next) = next_value
        && let Some(mut next) = table.key_mut(next)
    {
        let own = next
            .leaf_decor()
            .prefix()
            .and_then(|p| p.as_str())
            .unwrap_or("");
        let joined = format!("{prefix}{own}");
        next.leaf_decor_mut().set_prefix(joined);
        return None;
    }
    // The tables come after every value key: the comment goes above the first written.
    let first_table = table
        .iter_mut()
        .filter_map(|(_, item)| match item {
            Item::Table(t) => Some(t),
            Item::ArrayOfTables(a) => a.iter_mut().next(),
            _ => None,
        })
        .min_by_key(|t| t.position().unwrap_or(isize::MAX));
    match first_table {
        Some(t) => {
            let own = t.decor().prefix().and_then(|p| p.as_str()).unwrap_or("");
            let joined = format!("{prefix}{own}");
            t.decor_mut().set_prefix(joined);
            None
        }
        None => Some(prefix),
    }
}

/// A TOML string holding `text`, as toml_edit writes it: a basic string where nothing
/// needs escaping, else a literal one, escaped only where neither can hold it.
pub fn string(text: &str) -> String {
    Value::from(text).to_string()
}

/// Markdown prose as a value: a one-line string, or, where it has lines, a multi-line
/// string whose quotes open and close on lines of their own (its text then ends with a
/// line break, which Markdown does not see).
pub fn prose(text: &str) -> Value {
    if text.contains('\n') {
        Value::from(format!("{}\n", text.trim_end()))
    } else {
        Value::from(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_written_with_their_comments() {
        let mut doc = toml_edit::DocumentMut::new();
        push(
            doc.as_table_mut(),
            "title",
            "A \"quoted\" title",
            "# The title.\n",
        );
        push(
            doc.as_table_mut(),
            "body",
            prose("Line one.\nLine two.\n\n"),
            "\n",
        );
        assert_eq!(
            doc.to_string(),
            "# The title.\ntitle = 'A \"quoted\" title'\n\nbody = \"\"\"\nLine one.\nLine two.\n\"\"\"\n"
        );
    }

    #[test]
    fn set_keeps_the_comment_after_the_old_value() {
        let mut doc: toml_edit::DocumentMut =
            "# Above.\nsummary = \"old\" # after\n".parse().unwrap();
        set(doc.as_table_mut(), "summary", "new");
        assert_eq!(doc.to_string(), "# Above.\nsummary = \"new\" # after\n");
    }

    #[test]
    fn remove_keeps_the_comment_above_the_key() {
        let mut doc: toml_edit::DocumentMut =
            "a = 1\n# When it went out.\nannounced = 2026-01-01\nb = 2\n[t]\nc = 3\n"
                .parse()
                .unwrap();
        assert_eq!(remove(doc.as_table_mut(), "announced"), None);
        assert_eq!(remove(doc.as_table_mut(), "missing"), None);
        assert_eq!(
            doc.to_string(),
            "a = 1\n# When it went out.\nb = 2\n[t]\nc = 3\n"
        );
        let mut doc: toml_edit::DocumentMut = "a = 1\n# Last.\nmaterial = true\n\n[[s]]\nc = 3\n"
            .parse()
            .unwrap();
        assert_eq!(remove(doc.as_table_mut(), "material"), None);
        assert_eq!(doc.to_string(), "a = 1\n# Last.\n\n[[s]]\nc = 3\n");
        let mut doc: toml_edit::DocumentMut = "a = 1\n# Last.\nmaterial = true\n".parse().unwrap();
        assert_eq!(
            remove(doc.as_table_mut(), "material").as_deref(),
            Some("# Last.\n")
        );
    }

    #[test]
    fn strings_are_escaped_as_toml_wants() {
        assert_eq!(string("plain"), "\"plain\"");
        assert_eq!(string("a\\b"), "'a\\b'");
        let tricky = "quote \" apostrophe ' back\\slash \u{7}";
        let parsed: toml::Table = format!("v = {}", string(tricky)).parse().unwrap();
        assert_eq!(parsed["v"].as_str(), Some(tricky));
    }
}
