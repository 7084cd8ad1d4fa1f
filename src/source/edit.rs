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
    fn strings_are_escaped_as_toml_wants() {
        assert_eq!(string("plain"), "\"plain\"");
        assert_eq!(string("a\\b"), "'a\\b'");
        let tricky = "quote \" apostrophe ' back\\slash \u{7}";
        let parsed: toml::Table = format!("v = {}", string(tricky)).parse().unwrap();
        assert_eq!(parsed["v"].as_str(), Some(tricky));
    }
}
