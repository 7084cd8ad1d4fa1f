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
use rustc_hash::FxHashMap;

use crate::diagnostic::{Diagnostic, Diagnostics, relative_to};
use crate::model::Locale;
use crate::model::config::SiteConfig;
use crate::text::builtin;

pub struct Messages {
    bundles: BTreeMap<String, FluentBundle<FluentResource>>,
    /// Per locale, the bundles to try in order.
    chains: BTreeMap<String, Vec<String>>,
    /// Problems met while formatting (a missing variable); reported after the build.
    formatting_problems: Mutex<BTreeSet<String>>,
    /// Per locale, every message that needs no arguments, formatted once: most interface
    /// labels, which each page asks for many times.
    plain: PlainTexts,
    /// Locales whose language has no built-in messages and no complete translation in the
    /// site: their pages show the whole interface in English, never a mix.
    english_interface: BTreeSet<String>,
}

/// Per locale, the messages that take no arguments, formatted once: most of what a page
/// asks for, looked up on every page (hashed rather than ordered: it is only looked up).
type PlainTexts = FxHashMap<String, FxHashMap<String, String>>;

impl Messages {
    /// Loads the messages for `locales` (the content's locales). `theme_dir` is the site's
    /// own copy of the theme, if it has one.
    pub fn load(
        root: &Path,
        config: &SiteConfig,
        locales: &BTreeSet<Locale>,
        diags: &mut Diagnostics,
    ) -> Messages {
        let theme_dir = config.theme_dir(root);
        let default_locale = &config.default_locale;
        // (locale, origin for messages, text), lowest priority first.
        let mut sources: Vec<(String, PathBuf, String)> = Vec::new();
        // The built-in messages of the languages a page can ask for: each locale's, its
        // language's, the default locale's and English (the last fallback). The others
        // are never looked up, and parsing all of them was most of the time a small
        // site's build spent before it could render. The site's own files are all read,
        // so that an error in any of them is reported.
        let asked: BTreeSet<&str> = locales
            .iter()
            .chain([default_locale])
            .flat_map(|l| [l.as_str(), l.language()])
            .chain([builtin::REFERENCE_LOCALE])
            .collect();
        for (path, bytes) in builtin::files_under(&builtin::LOCALES, "") {
            if let Some((locale, name)) = path.split_once('/')
                && name.ends_with(".ftl")
                && asked.contains(locale)
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
            .iter()
            .map(|t| t.join("locales"))
            .chain([root.join("locales")])
        {
            read_ftl_dir(root, &dir, &mut sources, diags);
        }

        let mut bundles: BTreeMap<String, FluentBundle<FluentResource>> = BTreeMap::new();
        let mut own_keys: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        // Per locale, the messages it has that are not marked `# untranslated`.
        let mut translated_keys: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for (locale, origin, text) in sources {
            // Fluent's parser recurses into each placeable: a file nested deeper than any
            // message needs is refused before it is parsed, so it cannot overflow the stack.
            if let Some(at) = nested_deeper_than(&text, MAX_PLACEABLE_DEPTH) {
                diags.push(
                    Diagnostic::error(
                        &origin,
                        format!(
                            "placeables nested more than {MAX_PLACEABLE_DEPTH} deep: expected a message with at most {MAX_PLACEABLE_DEPTH} nested {{ }}"
                        ),
                    )
                    .at(&text, at),
                );
                continue;
            }
            // Plural selectors get CLDR's categories (see `plural_selectors`); a file with
            // syntax errors is reported, and loaded, as written.
            let resource = match FluentResource::try_new(text) {
                Ok(r) => {
                    FluentResource::try_new(plural_selectors(r.source())).unwrap_or_else(|(r, _)| r)
                }
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
            let marked: BTreeSet<String> = untranslated(resource.source())
                .into_iter()
                .map(|(_, key)| key)
                .collect();
            let keys = own_keys.entry(locale.clone()).or_default();
            let done = translated_keys.entry(locale.clone()).or_default();
            for entry in resource.entries() {
                if let fluent_syntax::ast::Entry::Message(m) = entry {
                    keys.insert(m.id.name.to_string());
                    if marked.contains(m.id.name) {
                        done.remove(m.id.name);
                    } else {
                        done.insert(m.id.name.to_string());
                    }
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
        let mut english_interface = BTreeSet::new();
        let wanted = locales.iter().chain([default_locale]);
        for locale in wanted {
            let own: BTreeSet<&String> = [locale.as_str(), locale.language()]
                .iter()
                .filter_map(|l| own_keys.get(*l))
                .flatten()
                .collect();
            let translated: BTreeSet<&String> = [locale.as_str(), locale.language()]
                .iter()
                .filter_map(|l| translated_keys.get(*l))
                .flatten()
                .collect();
            let file = Path::new("locales").join(locale.as_str());
            if !has_builtin_messages(locale) {
                let left = reference.iter().filter(|k| !translated.contains(k)).count();
                if left > 0 {
                    // No mix of languages on a page: the whole interface in English.
                    let message = if own.is_empty() {
                        format!(
                            "privsite has no interface messages in {locale}: its pages show the whole interface in English, with a note saying so; `privsite locale add {locale}` starts a translation"
                        )
                    } else {
                        format!(
                            "the site's messages in {locale} leave {left} of {} untranslated or missing (`privsite check` lists them): until none is left, its pages show the whole interface in English, with a note saying so",
                            reference.len()
                        )
                    };
                    diags.push(Diagnostic::warning(file, message));
                    chains.insert(
                        locale.as_str().to_string(),
                        vec![builtin::REFERENCE_LOCALE.to_string()],
                    );
                    english_interface.insert(locale.as_str().to_string());
                    continue;
                }
            }
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
            if !missing.is_empty() {
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
        if !english_interface.is_empty() {
            // Their pages ask for messages in English, which the site may not have.
            chains
                .entry(builtin::REFERENCE_LOCALE.to_string())
                .or_insert_with(|| vec![builtin::REFERENCE_LOCALE.to_string()]);
        }
        let mut messages = Messages {
            bundles,
            chains,
            formatting_problems: Mutex::new(BTreeSet::new()),
            plain: PlainTexts::default(),
            english_interface,
        };
        messages.plain = messages.format_plain_messages(&own_keys);
        messages
    }

    fn format_plain_messages(&self, keys: &BTreeMap<String, BTreeSet<String>>) -> PlainTexts {
        let mut plain = PlainTexts::default();
        for (locale, chain) in &self.chains {
            let mut texts = FxHashMap::default();
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

    /// Every message that takes no arguments, as (locale, key, text): what [`Messages::get`]
    /// gives for it without arguments.
    pub fn plain_messages(&self) -> impl Iterator<Item = (&str, &str, &str)> {
        self.plain.iter().flat_map(|(locale, texts)| {
            texts
                .iter()
                .map(move |(key, text)| (locale.as_str(), key.as_str(), text.as_str()))
        })
    }

    /// The message `key` in `locale` without arguments, where it takes none: what
    /// [`Messages::get`] gives for it, borrowed.
    pub fn plain_text(&self, locale: &str, key: &str) -> Option<&str> {
        self.plain
            .get(locale)
            .and_then(|m| m.get(key))
            .map(String::as_str)
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
                // Only a pattern that selects (or may, through another message) reads
                // the `…__select` arguments; the others get the arguments as they are.
                let selecting = args
                    .filter(|_| reads_selectors(pattern))
                    .map(|a| with_selectors(name, a));
                let args = selecting.as_ref().or(args);
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

    /// The message `key` in `locale` (or its fallbacks) with `args`, or the key itself where
    /// no bundle has it: a missing message is reported when messages load, and the page or
    /// e-mail still shows something in its place.
    pub fn text<'a, V>(&self, locale: &str, key: &str, args: &[(&str, V)]) -> String
    where
        V: Clone + Into<FluentValue<'a>>,
    {
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            fluent.set(*name, value.clone().into());
        }
        self.get(locale, key, Some(&fluent))
            .unwrap_or_else(|| key.to_string())
    }

    /// The language of the interface on `locale`'s pages: `locale` itself, or English
    /// where its language has no messages (built in, or complete in the site).
    pub fn interface_locale<'a>(&self, locale: &'a str) -> &'a str {
        if self.english_interface.contains(locale) {
            builtin::REFERENCE_LOCALE
        } else {
            locale
        }
    }

    /// Whether messages were loaded for `locale` (with its fallbacks).
    pub fn knows(&self, locale: &str) -> bool {
        self.chains.contains_key(locale)
    }

    /// A date written as the reader's language writes it ("25 maj 2018"), from CLDR: in
    /// English where the interface of `locale` is (see [`Messages::interface_locale`]).
    pub fn date(&self, locale: &str, date: Date) -> String {
        crate::text::cldr::date(self.interface_locale(locale), date)
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

/// The comment line that marks a message as not yet translated: `privsite locale add`
/// writes it above each message it copies from English, and `privsite check` lists them.
pub const UNTRANSLATED_MARKER: &str = "# untranslated";

/// Whether privsite has messages of its own for `locale`'s language.
pub fn has_builtin_messages(locale: &Locale) -> bool {
    builtin::LOCALES.get_dir(locale.language()).is_some()
}

/// The messages of a Fluent file marked [`UNTRANSLATED_MARKER`]: (line of the message,
/// counted from 1, its id). The marker belongs to the comment directly above a message
/// (no blank line between), as Fluent attaches comments.
pub fn untranslated(text: &str) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    let mut marked = false;
    for (i, line) in text.lines().enumerate() {
        let trimmed = line.trim_end();
        if trimmed.starts_with('#') && !trimmed.starts_with("##") {
            marked |= trimmed == UNTRANSLATED_MARKER;
            continue;
        }
        let id: String = trimmed
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
            .collect();
        let is_message = !id.is_empty()
            && id.starts_with(|c: char| c.is_ascii_alphabetic())
            && trimmed[id.len()..].trim_start().starts_with('=');
        if marked && is_message {
            found.push((i + 1, id));
        }
        marked = false;
    }
    found
}

/// The suffix of the variable a select expression reads in place of `$name` (see
/// [`plural_selectors`]).
const SELECT_SUFFIX: &str = "__select";

/// Fluent text whose select expressions `{ $name -> … }` read `$name__select` instead, so
/// that [`Messages::get`] can give them CLDR's plural category of a number. Fluent's own
/// plural rules (intl_pluralrules 7) disagree with CLDR for lt, lv, mt and ro (e.g. 22 in
/// Lithuanian is "few", not "other").
fn plural_selectors(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 64);
    let mut rest = text;
    while let Some(i) = rest.find("->") {
        let (before, after) = rest.split_at(i);
        let trimmed = before.trim_end();
        let name_start = trimmed
            .rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
            .map_or(0, |j| j + 1);
        let is_selector = trimmed[..name_start].ends_with('$')
            && name_start < trimmed.len()
            && trimmed[..name_start - 1].trim_end().ends_with('{');
        if is_selector {
            out.push_str(trimmed);
            out.push_str(SELECT_SUFFIX);
            out.push_str(&before[trimmed.len()..]);
        } else {
            out.push_str(before);
        }
        out.push_str("->");
        rest = &after[2..];
    }
    out.push_str(rest);
    out
}

/// Whether formatting `pattern` may read an argument's `…__select` value (see
/// [`with_selectors`]): it holds a select expression, names such a variable, or refers
/// to another message or a term, which could.
fn reads_selectors(pattern: &fluent_syntax::ast::Pattern<&str>) -> bool {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    fn expression(e: &Expression<&str>) -> bool {
        match e {
            Expression::Select { .. } => true,
            Expression::Inline(i) => inline(i),
        }
    }
    fn inline(i: &InlineExpression<&str>) -> bool {
        match i {
            InlineExpression::StringLiteral { .. } | InlineExpression::NumberLiteral { .. } => {
                false
            }
            InlineExpression::VariableReference { id } => id.name.ends_with(SELECT_SUFFIX),
            InlineExpression::FunctionReference { arguments, .. } => arguments
                .positional
                .iter()
                .chain(arguments.named.iter().map(|n| &n.value))
                .any(inline),
            InlineExpression::MessageReference { .. } | InlineExpression::TermReference { .. } => {
                true
            }
            InlineExpression::Placeable { expression: e } => expression(e),
        }
    }
    pattern.elements.iter().any(|element| match element {
        PatternElement::TextElement { .. } => false,
        PatternElement::Placeable { expression: e } => expression(e),
    })
}

/// `args` with, for each argument, the `…__select` value a select expression reads: the
/// argument itself, except a number whose plural category Fluent would get wrong, which
/// becomes CLDR's category as a string (an exact key such as `[0]` still matches where
/// the two agree, as they do for 0).
fn with_selectors<'a>(locale: &str, args: &'a FluentArgs<'a>) -> FluentArgs<'a> {
    let mut out = FluentArgs::new();
    for (name, value) in args.iter() {
        let select = match value {
            FluentValue::Number(n) if n.value >= 0.0 && n.value.fract() == 0.0 => {
                let cldr = crate::text::cldr::plural_category(locale, n.value as u64);
                if fluent_category(locale, n.value as u64) == Some(cldr) {
                    value.clone()
                } else {
                    FluentValue::from(cldr)
                }
            }
            other => other.clone(),
        };
        out.set(format!("{name}{SELECT_SUFFIX}"), select);
        out.set(name.to_string(), value.clone());
    }
    out
}

/// The cardinal plural category Fluent's own rules give `n` in `locale`.
fn fluent_category(locale: &str, n: u64) -> Option<&'static str> {
    use intl_pluralrules::{PluralCategory as C, PluralRuleType, PluralRules};
    let id: unic_langid::LanguageIdentifier = locale.parse().ok()?;
    let rules = PluralRules::create(id, PluralRuleType::CARDINAL).ok()?;
    Some(match rules.select(n).ok()? {
        C::ZERO => "zero",
        C::ONE => "one",
        C::TWO => "two",
        C::FEW => "few",
        C::MANY => "many",
        C::OTHER => "other",
    })
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
                    if let Some(p) = crate::text::guard::check_fluent(&text) {
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

/// How deep `{ }` placeables may nest in a Fluent file; real messages use two or three.
const MAX_PLACEABLE_DEPTH: usize = 64;

/// The byte offset of the first `{` nested deeper than `max`, counting every brace (a
/// brace inside a string literal counts too, which only makes the bound stricter).
fn nested_deeper_than(text: &str, max: usize) -> Option<usize> {
    let mut depth = 0usize;
    for (i, b) in text.bytes().enumerate() {
        match b {
            b'{' => {
                depth += 1;
                if depth > max {
                    return Some(i);
                }
            }
            b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn selectors_read_the_select_variable() {
        assert_eq!(
            plural_selectors("a = { $count ->\n [one] { $count } x\n *[other] y\n}\nb = -> { $x }"),
            "a = { $count__select ->\n [one] { $count } x\n *[other] y\n}\nb = -> { $x }"
        );
        assert_eq!(
            plural_selectors("c = {$n->[one] a *[other] b}"),
            "c = {$n__select->[one] a *[other] b}"
        );
    }

    #[test]
    fn deeply_nested_placeables_are_refused_with_a_position_not_a_stack_overflow() {
        let dir = tempfile::tempdir().unwrap();
        let en = dir.path().join("locales/en");
        std::fs::create_dir_all(&en).unwrap();
        let deep = format!(
            "ok = fine\nbad = {}x{}\n",
            "{".repeat(15_000),
            "}".repeat(15_000)
        );
        std::fs::write(en.join("deep.ftl"), deep).unwrap();
        let config = crate::model::config::SiteConfig {
            title: "t".into(),
            base_url: String::new(),
            default_locale: Locale::parse("en").unwrap(),
            theme: "default".into(),
            build: Default::default(),
            check: Default::default(),
            subscribe: None,
        };
        let mut diags = Diagnostics::default();
        let locales = BTreeSet::from([Locale::parse("en").unwrap()]);
        let _ = Messages::load(dir.path(), &config, &locales, &mut diags);
        let errors: Vec<String> = diags.errors().map(|d| d.to_string()).collect();
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(errors[0].contains("deep.ftl:2:"), "{}", errors[0]);
        assert!(
            errors[0].contains("nested more than 64 deep"),
            "{}",
            errors[0]
        );
    }
}
