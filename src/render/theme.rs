//! The theme a site renders with: the built-in templates and static files, overridden file
//! by file by the site's theme folder and its own `templates/` and `static/`; the Tera
//! helpers templates call (`t(key=…)` for messages, `| date`); and, for the built-in
//! templates, minifying them once as they load.
//!
//! Templates named `.html` or `.xml` have what they print HTML-escaped (Tera's default);
//! others, such as `robots.txt` and `notice-email.txt`, print values as they are.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use fluent_bundle::{FluentArgs, FluentValue};
use jiff::civil::Date;
use rustc_hash::FxHashMap;
use serde::Serialize;
use tera::{Context, Kwargs, State, Tera, Value};

use super::minify::minify_template;
use crate::diagnostic::{Diagnostic, Diagnostics, relative_to};
use crate::text::builtin;
use crate::text::i18n::Messages;

/// The templates of the notice e-mail's parts (see [`crate::notify`]): text, then HTML.
pub const EMAIL_TEMPLATES: [&str; 2] = ["notice-email.txt", "notice-email.html"];

/// The templates and static files a site renders with.
pub struct Theme {
    pub(super) tera: Tera,
    /// Whether the HTML templates were minified as they were loaded, so that the pages
    /// they render need no minifying: done for the built-in templates alone, whose result
    /// the tests compare with minifying each page (see [`Theme::load`]).
    pub(super) minified: bool,
    /// Where each template came from, and its text, for error messages.
    pub(super) origins: BTreeMap<String, PathBuf>,
    pub(super) sources: Vec<(String, String)>,
    /// Files copied as they are, by output path.
    pub statics: BTreeMap<String, Vec<u8>>,
}

impl Theme {
    /// Loads the templates and static files. With `minify`, and when every HTML template
    /// is a built-in one, the templates are minified once here (keeping their Tera syntax)
    /// rather than every page they render; another theme's pages are minified one by one,
    /// since minifying a template is safe only for templates known to allow it.
    pub fn load(
        root: &Path,
        theme: &str,
        minify: bool,
        messages: Arc<Messages>,
        diags: &mut Diagnostics,
    ) -> Option<Theme> {
        let theme_dir = root.join("themes").join(theme);
        let theme_dir = theme_dir.is_dir().then_some(theme_dir);
        if theme_dir.is_none() && theme != "default" {
            diags.push(Diagnostic::error(
                "site.toml",
                format!("theme {theme:?} not found: expected a folder themes/{theme}/ (or theme = \"default\")"),
            ));
            return None;
        }
        let mut templates: BTreeMap<String, (PathBuf, String)> = BTreeMap::new();
        let mut statics: BTreeMap<String, Vec<u8>> = BTreeMap::new();
        for (name, bytes) in builtin::files_under(&builtin::THEME, "templates") {
            let origin = Path::new("<built-in>/themes/default/templates").join(&name);
            templates.insert(name, (origin, String::from_utf8_lossy(bytes).into_owned()));
        }
        for (name, bytes) in builtin::files_under(&builtin::THEME, "static") {
            statics.insert(name, bytes.to_vec());
        }
        let layers = theme_dir.iter().cloned().chain([root.to_path_buf()]);
        for layer in layers {
            for (name, path) in
                crate::source::symlinks::files_in_site(root, &layer.join("templates"), diags)
            {
                match fs::read_to_string(&path) {
                    Ok(text) => {
                        templates.insert(name, (relative_to(root, &path), text));
                    }
                    Err(e) => diags.push(Diagnostic::error(
                        relative_to(root, &path),
                        format!("cannot read the template: {e}"),
                    )),
                }
            }
            for (name, path) in
                crate::source::symlinks::files_in_site(root, &layer.join("static"), diags)
            {
                match fs::read(&path) {
                    Ok(bytes) => {
                        statics.insert(name, bytes);
                    }
                    Err(e) => diags.push(Diagnostic::error(
                        relative_to(root, &path),
                        format!("cannot read the file: {e}"),
                    )),
                }
            }
        }

        // The notice e-mail is not a page: it is neither minified nor counted here.
        let page_html = |name: &str| name.ends_with(".html") && !EMAIL_TEMPLATES.contains(&name);
        let minified = minify
            && templates
                .iter()
                .filter(|(name, _)| page_html(name))
                .all(|(_, (origin, _))| origin.starts_with("<built-in>"));
        if minified {
            for (name, (_, text)) in templates.iter_mut() {
                if page_html(name) {
                    *text = minify_template(text);
                }
            }
        }
        let mut tera = Tera::new();
        register_helpers(&mut tera, messages);
        let origins: BTreeMap<String, PathBuf> = templates
            .iter()
            .map(|(n, (o, _))| (n.clone(), o.clone()))
            .collect();
        let sources: Vec<(String, String)> =
            templates.into_iter().map(|(n, (_, t))| (n, t)).collect();
        if let Err(e) =
            tera.add_raw_templates(sources.iter().map(|(n, t)| (n.as_str(), t.as_str())))
        {
            diags.extend(template_diagnostics(&e, &origins, &sources));
            return None;
        }
        Some(Theme {
            tera,
            minified,
            origins,
            sources,
            statics,
        })
    }

    /// Renders `template` with the fields of `context` (which must serialize as a map, and
    /// name the `lang` that `t(key=…)` and `| date` write in): for what is not a page of
    /// the site, such as the notice e-mail of `privsite notify`. Templates are not
    /// minified here unless the theme was loaded with `minify`.
    pub fn render<T: Serialize>(&self, template: &str, context: &T) -> Result<String, Diagnostic> {
        let context = Context::from_serialize(context).map_err(|e| self.error(template, &e))?;
        self.tera
            .render(template, &context)
            .map_err(|e| self.error(template, &e))
    }

    /// A diagnostic met rendering `template` natively, pointed at the template's file.
    pub(super) fn in_template(&self, mut d: Diagnostic, template: &str) -> Diagnostic {
        if let Some(origin) = self.origins.get(template) {
            d.file = origin.clone();
        }
        d
    }

    /// A Tera error met rendering `template`, as a diagnostic pointing into its file.
    pub(super) fn error(&self, template: &str, e: &tera::Error) -> Diagnostic {
        let mut d = template_diagnostics(e, &self.origins, &self.sources).remove(0);
        if d.position.is_none() && d.file == Path::new("templates") {
            d.file = self
                .origins
                .get(template)
                .cloned()
                .unwrap_or_else(|| template.into());
        }
        d
    }
}

/// A Tera error as diagnostics that point into the template files.
pub(super) fn template_diagnostics(
    e: &tera::Error,
    origins: &BTreeMap<String, PathBuf>,
    sources: &[(String, String)],
) -> Vec<Diagnostic> {
    let origin = |name: &str| {
        origins
            .get(name)
            .cloned()
            .unwrap_or_else(|| PathBuf::from(name))
    };
    // The report with a position may sit deeper in the chain of causes.
    let mut current: Option<&(dyn std::error::Error + 'static)> = Some(e);
    while let Some(err) = current {
        if let Some(te) = err.downcast_ref::<tera::Error>()
            && let tera::ErrorKind::SyntaxError(r) | tera::ErrorKind::RenderingError(r) = te.kind()
        {
            let d = Diagnostic::error(
                origin(r.filename()),
                format!("template error: {}", r.message()),
            );
            return vec![match sources.iter().find(|(n, _)| n == r.filename()) {
                Some((_, text)) => d.at(text, r.span().range.start),
                None => d,
            }];
        }
        current = err.source();
    }
    let mut message = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        message.push_str(": ");
        message.push_str(&s.to_string());
        source = s.source();
    }
    // Unknown filters, functions and includes come as rendered reports:
    // "error: Unknown filter `x`" followed by " --> name:line:column".
    let mut found = Vec::new();
    let mut pending: Option<&str> = None;
    for line in message.lines() {
        if let Some(what) = line.strip_prefix("error: ") {
            pending = Some(what);
        } else if let (Some(what), Some(at)) = (pending, line.trim_start().strip_prefix("--> ")) {
            let mut parts = at.rsplitn(3, ':');
            let (col, row, name) = (parts.next(), parts.next(), parts.next());
            if let (Some(col), Some(row), Some(name)) = (col, row, name) {
                let mut d = Diagnostic::error(origin(name), format!("template error: {what}"));
                if let (Ok(line), Ok(column)) = (row.parse(), col.parse()) {
                    d.position = Some(crate::diagnostic::Position { line, column });
                    d.source_line = sources
                        .iter()
                        .find(|(n, _)| n == name)
                        .and_then(|(_, text)| text.lines().nth(line - 1))
                        .map(str::to_string);
                }
                found.push(d);
            }
            pending = None;
        }
    }
    if found.is_empty() {
        found.push(Diagnostic::error(
            "templates",
            format!("template error: {message}"),
        ));
    }
    found
}

/// `t(key=..., any=args)` for messages, `country(code=...)` for a country's name and
/// `| date` for dates, all in the page's `lang` (names and dates from CLDR).
pub(super) fn register_helpers(tera: &mut Tera, messages: Arc<Messages>) {
    // Messages without arguments as template values, made once: most calls ask for one
    // of them, and the value is shared rather than formatted and copied for each call.
    let mut plain: FxHashMap<String, FxHashMap<String, Value>> = FxHashMap::default();
    for (locale, key, text) in messages.plain_messages() {
        plain
            .entry(locale.to_string())
            .or_default()
            .insert(key.to_string(), Value::from(text));
    }
    let m = messages.clone();
    tera.register_function(
        "t",
        move |kwargs: Kwargs, state: &State| -> tera::TeraResult<Value> {
            let lang: Option<Value> = state.get("lang")?;
            let lang = lang.as_ref().and_then(Value::as_str).unwrap_or_default();
            let key: &str = kwargs.must_get("key")?;
            if kwargs.iter().all(|(name, _)| name.as_str() == Some("key"))
                && let Some(text) = plain.get(lang).and_then(|texts| texts.get(key))
            {
                return Ok(text.clone());
            }
            let mut args = FluentArgs::new();
            for (name, value) in kwargs.iter() {
                let name = name.to_string();
                if name == "key" {
                    continue;
                }
                let value = if let Some(n) = value.as_i64() {
                    FluentValue::from(n)
                } else if let Some(n) = value.as_f64() {
                    FluentValue::from(n)
                } else if let Some(s) = value.as_str() {
                    FluentValue::from(s.to_string())
                } else {
                    FluentValue::from(value.to_string())
                };
                args.set(name, value);
            }
            match m.get(lang, key, Some(&args)) {
                Some(text) => Ok(Value::from(text)),
                None => Err(tera::Error::message(format!(
                    "no message {key:?} for locale {lang:?} in any messages file"
                ))),
            }
        },
    );
    tera.register_function(
        "country",
        |kwargs: Kwargs, state: &State| -> tera::TeraResult<String> {
            let lang: String = state.get("lang")?.unwrap_or_default();
            let code: &str = kwargs.must_get("code")?;
            Ok(crate::text::cldr::country_name(&lang, code))
        },
    );
    let m = messages;
    tera.register_filter(
        "date",
        move |value: &str, _: Kwargs, state: &State| -> tera::TeraResult<String> {
            let lang: String = state.get("lang")?.unwrap_or_default();
            let date: Date = value.parse().map_err(|_| {
                tera::Error::message(format!("the date filter expects YYYY-MM-DD, got {value:?}"))
            })?;
            Ok(m.date(&lang, date))
        },
    );
}
