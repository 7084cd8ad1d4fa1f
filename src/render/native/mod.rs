//! The built-in `policy.html`, `diff.html`, `history.html` and `processors.html`, with
//! `base.html` and the partials they include, written in Rust: the same bytes as Tera
//! renders from the built-in templates (minified as they load), without Tera's
//! interpreter. Policy and diff pages are most of a site's pages and the largest of them;
//! Tera's name lookups, argument maps and value copies were most of their cost.
//!
//! Used only where Tera would render the built-in templates minified: when every HTML
//! template is the built-in one and `[build] minify` is on ([`super::Renderer::native`]). A
//! site that overrides any template gets Tera, as does a build with minifying off.
//!
//! The code follows the minified templates line by line and reads the same context Tera
//! gets, so that the two cannot disagree on data. Debug builds (every test) render each
//! such page with Tera as well and fail the build where the bytes differ; a unit test
//! fails when a template this module follows changes, so that the two are changed
//! together.

use std::borrow::Cow;

use fluent_bundle::FluentArgs;
use tera::{Context, Value};

use crate::diagnostic::Diagnostic;
use crate::text::i18n::Messages;

mod diff;
mod history;
mod partials;
mod policy;
mod processors;
mod tables;
pub(super) mod value;
mod views;

pub(super) use value::V;

/// The native form of the built-in template `name`, where there is one.
pub(super) fn template(name: &str) -> Option<fn(&mut Out) -> Done> {
    match name {
        "policy.html" => Some(policy::policy),
        "diff.html" => Some(diff::diff),
        "history.html" => Some(history::history),
        "processors.html" => Some(processors::processors),
        _ => None,
    }
}

/// What a native template writes to, with the context it reads and the messages it
/// words the interface with.
pub(super) struct Out<'a> {
    pub(super) bytes: &'a mut Vec<u8>,
    ctx: &'a Context,
    messages: &'a Messages,
    /// The interface's language, the context's `lang`: messages and dates are in it.
    lang: &'a str,
    /// A name read from a typed view rather than from the context (see [`value`]).
    typed: Option<(&'static str, V<'a>)>,
}

pub(super) type Done = Result<(), Diagnostic>;

impl<'a> Out<'a> {
    pub(super) fn new(bytes: &'a mut Vec<u8>, ctx: &'a Context, messages: &'a Messages) -> Self {
        let lang = ctx.get("lang").and_then(Value::as_str).unwrap_or_default();
        Out {
            bytes,
            ctx,
            messages,
            lang,
            typed: None,
        }
    }

    /// The same, with `name` read from `view` rather than from the context.
    pub(super) fn with_typed(mut self, name: &'static str, view: V<'a>) -> Self {
        self.typed = Some((name, view));
        self
    }

    /// A name of the context.
    fn var(&self, name: &str) -> V<'a> {
        match self.typed {
            Some((typed, view)) if typed == name => view,
            _ => self.ctx.get(name).map_or(V::Undef, V::Val),
        }
    }

    /// Template text, as it is.
    fn raw(&mut self, text: &str) {
        self.bytes.extend_from_slice(text.as_bytes());
    }

    /// Text HTML-escaped as Tera escapes what `{{ }}` prints.
    fn text(&mut self, text: &str) {
        // Writing to a Vec cannot fail.
        let _ = tera::escape_html(text, self.bytes);
    }

    /// `{{ value }}`: strings escaped, nothing for none or undefined, other values as Tera
    /// formats them.
    fn val(&mut self, v: V) {
        if v.is_safe() {
            self.safe(v);
        } else if let Some(s) = v.str() {
            self.text(s);
        } else if let Some(text) = v.formatted() {
            self.text(&text);
        }
    }

    /// `{{ value | safe }}`.
    fn safe(&mut self, v: V) {
        match v.str() {
            Some(s) => self.raw(s),
            None => {
                if let Some(text) = v.formatted() {
                    self.raw(&text);
                }
            }
        }
    }

    /// `t(key=…)` without arguments, as text.
    fn message(&self, key: &str) -> Result<Cow<'a, str>, Diagnostic> {
        if let Some(text) = self.messages.plain_text(self.lang, key) {
            return Ok(Cow::Borrowed(text));
        }
        self.message_with(key, &[])
    }

    /// `t(key=…, name=value…)` as text, the values converted as the Tera function does.
    fn message_with(&self, key: &str, args: &[(&str, V)]) -> Result<Cow<'a, str>, Diagnostic> {
        let mut fluent = FluentArgs::new();
        for (name, v) in args {
            fluent.set(*name, v.fluent());
        }
        self.messages
            .get(self.lang, key, Some(&fluent))
            .map(Cow::Owned)
            .ok_or_else(|| {
                Diagnostic::error(
                    "templates",
                    format!(
                        "template error: no message {key:?} for locale {:?} in any messages file",
                        self.lang
                    ),
                )
            })
    }

    /// `{{ t(key=…) }}`.
    fn t(&mut self, key: &str) -> Done {
        let text = self.message(key)?;
        self.text(&text);
        Ok(())
    }

    /// `{{ t(key=…, name=value…) }}`.
    fn t_with(&mut self, key: &str, args: &[(&str, V)]) -> Done {
        let text = self.message_with(key, args)?;
        self.text(&text);
        Ok(())
    }

    /// `value | date`, as the filter writes it.
    fn date(&self, v: V) -> Result<String, Diagnostic> {
        let text = v.str().unwrap_or_default();
        let date: jiff::civil::Date = text.parse().map_err(|_| {
            Diagnostic::error(
                "templates",
                format!("template error: the date filter expects YYYY-MM-DD, got {text:?}"),
            )
        })?;
        Ok(self.messages.date(self.lang, date))
    }

    /// `{{ value | date }}`.
    fn date_val(&mut self, v: V) -> Done {
        let text = self.date(v)?;
        self.text(&text);
        Ok(())
    }

    /// `{% if value == "text" %}…{% else %}…{% endif %}` inside an attribute, and the like:
    /// `yes` where `cond`, else `no`.
    fn choose(&mut self, cond: bool, yes: &str, no: &str) {
        self.raw(if cond { yes } else { no });
    }
}

/// A string as a value of a template: a message or a date given to another message.
struct Owned(Value);

impl Owned {
    fn new(text: &str) -> Owned {
        Owned(Value::from(text))
    }

    /// A count, as `| length` gives it.
    fn number(n: usize) -> Owned {
        Owned(Value::from(n))
    }

    fn v(&self) -> V<'_> {
        V::Val(&self.0)
    }
}

#[cfg(test)]
mod tests {
    /// The templates this module follows, by name: a change to any of them must be made here
    /// too (see the test below).
    const FOLLOWED: [&str; 15] = [
        "base.html",
        "policy.html",
        "diff.html",
        "history.html",
        "processors.html",
        "partials/company-nav.html",
        "partials/controller.html",
        "partials/cookie-table.html",
        "partials/listed-in.html",
        "partials/notice-block.html",
        "partials/notice-facts.html",
        "partials/notices.html",
        "partials/processor-table.html",
        "partials/purposes.html",
        "partials/subscribe.html",
    ];

    use crate::text::builtin;
    use crate::text::hash::{normalise, sha256_hex};

    /// The built-in templates this module was written from, hashed. When this fails, a
    /// template in `FOLLOWED` changed: make the same change in this module (the debug
    /// builds of the test suite compare its pages with Tera's, byte for byte), then
    /// update the hash.
    const WRITTEN_FOR: &str = "b3a555ef588f57ec4d5f6c49681ade59315d69de094ac10c04143cf67787f220";

    #[test]
    fn the_native_policy_page_follows_the_built_in_templates() {
        let templates = builtin::files_under(&builtin::THEME, "templates");
        let mut all = String::new();
        for name in FOLLOWED {
            let (_, bytes) = templates
                .iter()
                .find(|(n, _)| n == name)
                .unwrap_or_else(|| panic!("no built-in template {name}"));
            all.push_str(name);
            all.push('\n');
            all.push_str(&normalise(bytes));
        }
        assert_eq!(
            sha256_hex(all.as_bytes()),
            WRITTEN_FOR,
            "a built-in template that src/render/native follows changed"
        );
    }
}
