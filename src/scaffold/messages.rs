//! `privsite locale add <tag>`: the start of a translation of the interface into a
//! language privsite has no messages for. Writes `locales/<tag>/*.ftl` in the site, a copy
//! of the reference (English) built-in messages with each message marked
//! `# untranslated` (see [`UNTRANSLATED_MARKER`]): the pages of `<tag>` keep the whole
//! English interface until no message is marked, and `privsite check` lists those left.

use std::fs;
use std::path::{Path, PathBuf};

use crate::model::Locale;
use crate::text::builtin;
use crate::text::i18n::{UNTRANSLATED_MARKER, has_builtin_messages};

/// Why `locale add` wrote nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AddMessagesError {
    /// Not a canonical BCP 47 tag; the canonical spelling where there is one.
    NotCanonical {
        tag: String,
        canonical: Option<String>,
    },
    /// privsite has messages for the language already: nothing to add.
    BuiltIn(String),
    /// A file exists that would be written (relative to the site root).
    Exists(PathBuf),
    /// A folder or file could not be written.
    Io(String),
}

impl std::fmt::Display for AddMessagesError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::NotCanonical {
                tag,
                canonical: Some(c),
            } => write!(f, "{tag:?} is not a canonical BCP 47 tag: expected {c:?}"),
            Self::NotCanonical {
                tag,
                canonical: None,
            } => write!(
                f,
                "{tag:?} is not a BCP 47 language tag: expected one such as \"uk\" or \"pt-BR\""
            ),
            Self::BuiltIn(tag) => write!(
                f,
                "privsite has built-in interface messages for {tag}: nothing to add (a site's locales/{tag}/*.ftl may still override single messages)"
            ),
            Self::Exists(path) => write!(
                f,
                "{} exists: not overwritten (move it aside to start again)",
                path.display()
            ),
            Self::Io(e) => f.write_str(e),
        }
    }
}

/// Writes `locales/<tag>/<file>.ftl` under `root` for every built-in English messages
/// file, each message marked untranslated. Writes nothing when any of them exists.
/// Returns the files written, relative to `root`.
pub fn add_messages(root: &Path, tag: &str) -> Result<Vec<PathBuf>, AddMessagesError> {
    let locale = Locale::parse(tag).map_err(|canonical| AddMessagesError::NotCanonical {
        tag: tag.to_string(),
        canonical,
    })?;
    if has_builtin_messages(&locale) {
        return Err(AddMessagesError::BuiltIn(locale.as_str().to_string()));
    }
    let folder = Path::new("locales").join(locale.as_str());
    let files: Vec<(PathBuf, String)> =
        builtin::files_under(&builtin::LOCALES, builtin::REFERENCE_LOCALE)
            .into_iter()
            .filter(|(name, _)| name.ends_with(".ftl"))
            .map(|(name, bytes)| {
                let text = String::from_utf8_lossy(bytes);
                (
                    folder.join(&name),
                    marked_untranslated(&text, locale.as_str()),
                )
            })
            .collect();
    if let Some((path, _)) = files.iter().find(|(p, _)| root.join(p).exists()) {
        return Err(AddMessagesError::Exists(path.clone()));
    }
    let mut written = Vec::new();
    for (path, text) in files {
        let full = root.join(&path);
        if let Some(parent) = full.parent() {
            fs::create_dir_all(parent).map_err(|e| {
                AddMessagesError::Io(format!("cannot create {}: {e}", parent.display()))
            })?;
        }
        // create_new: a file that appeared since the check above is not overwritten.
        let result = fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&full)
            .and_then(|mut f| std::io::Write::write_all(&mut f, text.as_bytes()));
        match result {
            Ok(()) => written.push(path),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                return Err(AddMessagesError::Exists(path));
            }
            Err(e) => {
                return Err(AddMessagesError::Io(format!(
                    "cannot write {}: {e}",
                    full.display()
                )));
            }
        }
    }
    Ok(written)
}

/// What `new` and `revision` say of a locale whose pages will show the English interface:
/// its language has no built-in messages and the site has no `locales/<tag>/` (nor one of
/// its language). `None` where the interface has messages to start from.
pub fn interface_warning(root: &Path, locale: &Locale) -> Option<String> {
    if has_builtin_messages(locale) {
        return None;
    }
    let tag = locale.as_str();
    if [tag, locale.language()]
        .iter()
        .any(|l| root.join("locales").join(l).is_dir())
    {
        return None;
    }
    Some(format!(
        "privsite has no interface messages in {tag}: its pages will show the whole interface in English, with a note saying so (the policy text stays in {tag}); `privsite locale add {tag}` starts a translation"
    ))
}

/// `text` (a Fluent file) with a header saying what to do, and [`UNTRANSLATED_MARKER`]
/// on the line above each message, inside the comment the message already has.
fn marked_untranslated(text: &str, tag: &str) -> String {
    let mut out = format!(
        "## Interface messages for {tag}, copied from English by `privsite locale add {tag}`.\n## Translate each message, then delete the `{UNTRANSLATED_MARKER}` line above it:\n## until none is left, pages in {tag} show the whole interface in English.\n## `privsite check` lists the messages still marked.\n\n"
    );
    for line in text.lines() {
        let id_len = line
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
            .unwrap_or(line.len());
        let is_message = id_len > 0
            && line.starts_with(|c: char| c.is_ascii_alphabetic())
            && line[id_len..].trim_start().starts_with('=');
        if is_message {
            out.push_str(UNTRANSLATED_MARKER);
            out.push('\n');
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::i18n::untranslated;

    #[test]
    fn every_message_is_marked_and_found_again() {
        let text =
            "# a comment\nfirst = One\n\nsecond = Two\n    continued\n## group\nthird = { $n }\n";
        let marked = marked_untranslated(text, "uk");
        let found: Vec<String> = untranslated(&marked).into_iter().map(|(_, k)| k).collect();
        assert_eq!(found, ["first", "second", "third"]);
        let resource = fluent_bundle::FluentResource::try_new(marked);
        assert!(resource.is_ok(), "the marked file is valid Fluent");
    }
}
