//! Interface messages in the reader's language, from Fluent files: built into the binary,
//! then a theme's `locales/`, then the site's `locales/`, each overriding message by message.
//! A locale missing messages falls back (to its language, the site's default locale, then
//! English) and the build warns, naming the messages.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use jiff::civil::Date;

use crate::builtin;
use crate::diagnostic::{Diagnostic, Diagnostics, relative_to};
use crate::model::Locale;

pub struct Messages {
    bundles: BTreeMap<String, FluentBundle<FluentResource>>,
    /// Per locale, the bundles to try in order.
    chains: BTreeMap<String, Vec<String>>,
    /// Problems met while formatting (a missing variable); reported after the build.
    formatting_problems: Mutex<BTreeSet<String>>,
    /// Per locale, every message that needs no arguments, formatted once: most interface
    /// labels, which each page asks for many times.
    plain: BTreeMap<String, BTreeMap<String, String>>,
}

impl Messages {
    /// Loads the messages for `locales` (the content's locales). `theme_dir` is the site's
    /// own copy of the theme, if it has one.
    pub fn load(
        root: &Path,
        theme_dir: Option<&Path>,
        default_locale: &Locale,
        locales: &BTreeSet<Locale>,
        diags: &mut Diagnostics,
    ) -> Messages {
        // (locale, origin for messages, text), lowest priority first.
        let mut sources: Vec<(String, PathBuf, String)> = Vec::new();
        for (path, bytes) in builtin::files_under(&builtin::LOCALES, "") {
            if let Some((locale, name)) = path.split_once('/')
                && name.ends_with(".ftl")
            {
                let text = String::from_utf8_lossy(bytes).into_owned();
                sources.push((
                    locale.to_string(),
                    Path::new("<built-in>/locales").join(&path),
                    text,
                ));
            }
        }
        for dir in theme_dir
            .into_iter()
            .map(|t| t.join("locales"))
            .chain([root.join("locales")])
        {
            read_ftl_dir(root, &dir, &mut sources, diags);
        }

        let mut bundles: BTreeMap<String, FluentBundle<FluentResource>> = BTreeMap::new();
        let mut own_keys: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for (locale, origin, text) in sources {
            let resource = match FluentResource::try_new(text) {
                Ok(r) => r,
                Err((r, errors)) => {
                    for e in errors {
                        diags.push(
                            Diagnostic::error(&origin, format!("Fluent syntax error: {}", e.kind))
                                .at(r.source(), e.pos.start),
                        );
                    }
                    r
                }
            };
            let keys = own_keys.entry(locale.clone()).or_default();
            for entry in resource.entries() {
                if let fluent_syntax::ast::Entry::Message(m) = entry {
                    keys.insert(m.id.name.to_string());
                }
            }
            bundles
                .entry(locale.clone())
                .or_insert_with(|| new_bundle(&locale))
                .add_resource_overriding(resource);
        }

        let reference = own_keys
            .get(builtin::REFERENCE_LOCALE)
            .cloned()
            .unwrap_or_default();
        let mut chains = BTreeMap::new();
        let wanted = locales.iter().chain([default_locale]);
        for locale in wanted {
            let mut chain: Vec<String> = Vec::new();
            for candidate in [
                locale.as_str(),
                locale.language(),
                default_locale.as_str(),
                default_locale.language(),
                builtin::REFERENCE_LOCALE,
            ] {
                if bundles.contains_key(candidate) && !chain.iter().any(|c| c == candidate) {
                    chain.push(candidate.to_string());
                }
            }
            let own: BTreeSet<&String> = [locale.as_str(), locale.language()]
                .iter()
                .filter_map(|l| own_keys.get(*l))
                .flatten()
                .collect();
            let missing: Vec<&str> = reference
                .iter()
                .filter(|k| !own.contains(k))
                .map(String::as_str)
                .collect();
            let fallback = chain
                .iter()
                .find(|c| *c != locale.as_str() && *c != locale.language())
                .cloned()
                .unwrap_or_else(|| builtin::REFERENCE_LOCALE.into());
            let file = Path::new("locales").join(locale.as_str());
            if own.is_empty() {
                diags.push(Diagnostic::warning(
                    file,
                    format!("no interface messages for locale {locale}: pages in it show the {fallback} messages (add locales/{locale}/*.ftl)"),
                ));
            } else if !missing.is_empty() {
                diags.push(Diagnostic::warning(
                    file,
                    format!(
                        "locale {locale} lacks {} message{}: {}; they fall back to {fallback}",
                        missing.len(),
                        if missing.len() == 1 { "" } else { "s" },
                        missing.join(", ")
                    ),
                ));
            }
            chains.insert(locale.as_str().to_string(), chain);
        }
        let mut messages = Messages {
            bundles,
            chains,
            formatting_problems: Mutex::new(BTreeSet::new()),
            plain: BTreeMap::new(),
        };
        messages.plain = messages.format_plain_messages(&own_keys);
        messages
    }

    fn format_plain_messages(
        &self,
        keys: &BTreeMap<String, BTreeSet<String>>,
    ) -> BTreeMap<String, BTreeMap<String, String>> {
        let mut plain = BTreeMap::new();
        for (locale, chain) in &self.chains {
            let mut texts = BTreeMap::new();
            // Fallbacks first, so the locale's own messages override them.
            for name in chain.iter().rev() {
                let bundle = &self.bundles[name];
                for key in keys.get(name).into_iter().flatten() {
                    let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
                        continue;
                    };
                    let mut errors = Vec::new();
                    let text = bundle.format_pattern(pattern, None, &mut errors);
                    if errors.is_empty() {
                        texts.insert(key.clone(), text.into_owned());
                    } else {
                        // Needs arguments: formatted on each call, and must not fall
                        // back to another locale's argument-free text.
                        texts.remove(key);
                    }
                }
            }
            plain.insert(locale.clone(), texts);
        }
        plain
    }

    /// The message `key` in `locale` (or its fallbacks), or `None` where no bundle has it.
    pub fn get(&self, locale: &str, key: &str, args: Option<&FluentArgs>) -> Option<String> {
        if args.is_none_or(|a| a.iter().next().is_none())
            && let Some(text) = self.plain.get(locale).and_then(|m| m.get(key))
        {
            return Some(text.clone());
        }
        let chain = self.chains.get(locale)?;
        for name in chain {
            let bundle = &self.bundles[name];
            if let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, args, &mut errors);
                if !errors.is_empty() {
                    let mut problems = self
                        .formatting_problems
                        .lock()
                        .unwrap_or_else(|e| e.into_inner());
                    for e in errors {
                        problems.insert(format!("message {key} in {name}: {e}"));
                    }
                }
                return Some(text.into_owned());
            }
        }
        None
    }

    /// Whether messages were loaded for `locale` (with its fallbacks).
    pub fn knows(&self, locale: &str) -> bool {
        self.chains.contains_key(locale)
    }

    /// A date written as the reader's language writes it ("25 maj 2018").
    pub fn date(&self, locale: &str, date: Date) -> String {
        let month = self
            .get(locale, &format!("month-{}", date.month()), None)
            .unwrap_or_else(|| date.month().to_string());
        let mut args = FluentArgs::new();
        args.set("day", FluentValue::from(date.day() as i64));
        args.set("month", FluentValue::from(month));
        args.set("year", FluentValue::from(date.year() as i64));
        self.get(locale, "date", Some(&args))
            .unwrap_or_else(|| date.to_string())
    }

    /// Formatting problems met so far, as warnings.
    pub fn take_problems(&self) -> Vec<Diagnostic> {
        let mut problems = self
            .formatting_problems
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        std::mem::take(&mut *problems)
            .into_iter()
            .map(|p| Diagnostic::warning("locales", p))
            .collect()
    }
}

fn new_bundle(locale: &str) -> FluentBundle<FluentResource> {
    let id = locale.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Unicode isolation marks would end up inside HTML text and attributes.
    bundle.set_use_isolating(false);
    bundle
}

/// Reads `<dir>/<locale>/*.ftl`, sorted, into `sources`.
fn read_ftl_dir(
    root: &Path,
    dir: &Path,
    sources: &mut Vec<(String, PathBuf, String)>,
    diags: &mut Diagnostics,
) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    paths.sort();
    for locale_dir in paths.into_iter().filter(|p| p.is_dir()) {
        let name = locale_dir
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        if name.starts_with('.') {
            continue;
        }
        if let Err(canonical) = Locale::parse(&name) {
            let why = match canonical {
                Some(c) => format!("expected the canonical tag {c:?}"),
                None => "expected a BCP 47 language tag such as \"sv\"".into(),
            };
            diags.push(Diagnostic::error(
                relative_to(root, &locale_dir),
                format!("invalid locale folder {name:?}: {why}"),
            ));
            continue;
        }
        let mut files: Vec<PathBuf> = walkdir::WalkDir::new(&locale_dir)
            .into_iter()
            .filter_map(Result::ok)
            .map(|e| e.into_path())
            .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
            .collect();
        files.sort();
        for file in files {
            let rel = relative_to(root, &file);
            match fs::read_to_string(&file) {
                Ok(text) => {
                    let text = text
                        .strip_prefix('\u{feff}')
                        .map(str::to_string)
                        .unwrap_or(text);
                    if let Some(p) = crate::guard::check_fluent(&text) {
                        diags.push(Diagnostic::error(&rel, p.message).at(&text, p.offset));
                    }
                    sources.push((name.clone(), rel, text));
                }
                Err(e) => diags.push(Diagnostic::error(rel, format!("cannot read the file: {e}"))),
            }
        }
    }
}

impl Messages {
    /// The message from the locale's own bundle or its language's, without falling back
    /// further: for texts that must not appear in another language (a language's name).
    pub fn get_own(&self, locale: &str, key: &str) -> Option<String> {
        let language = locale.split('-').next().unwrap_or(locale);
        [locale, language]
            .iter()
            .filter_map(|l| self.bundles.get(*l))
            .find_map(|bundle| {
                let pattern = bundle.get_message(key)?.value()?;
                let mut errors = Vec::new();
                Some(
                    bundle
                        .format_pattern(pattern, None, &mut errors)
                        .into_owned(),
                )
            })
    }
}
