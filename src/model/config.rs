//! `site.toml`: the site's settings.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::diagnostic::Level;
use crate::model::locale::Locale;

/// The validated site settings.
#[derive(Debug, Clone, Serialize)]
pub struct SiteConfig {
    /// Default only; the Fluent message `site-title` may translate it.
    pub title: String,
    /// The public address, without a trailing slash (`https://example.com/legal`).
    pub base_url: String,
    pub default_locale: Locale,
    pub theme: String,
    pub build: BuildConfig,
    pub check: CheckLevels,
    /// `[subscribe]`: where the pages' e-mail sign-up form is sent; without it, the pages
    /// offer only the feeds.
    pub subscribe: Option<SubscribeConfig>,
}

/// The e-mail sign-up form every document page shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SubscribeConfig {
    /// An absolute `http` or `https` URL: the form's `action`.
    pub action: String,
    /// The form's `method`.
    pub method: SubscribeMethod,
    /// The name of the e-mail address field.
    pub field: String,
}

/// How the sign-up form is sent.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, serde::Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum SubscribeMethod {
    #[default]
    Post,
    Get,
}

impl SiteConfig {
    /// The folder of the site's theme under `root`, where the site has one (the built-in
    /// theme has none).
    pub fn theme_dir(&self, root: &std::path::Path) -> Option<std::path::PathBuf> {
        let dir = root.join("themes").join(&self.theme);
        dir.is_dir().then_some(dir)
    }

    /// The path part of `base_url`, with leading and trailing slash (`/legal/`, or `/`).
    pub fn base_path(&self) -> String {
        let after_scheme = self.base_url.split_once("://").map_or("", |(_, rest)| rest);
        match after_scheme.find('/') {
            Some(i) => format!("{}/", &after_scheme[i..]),
            None => "/".to_string(),
        }
    }

    /// The absolute URL of a site path such as `quickbutik/sv/` (no leading slash).
    pub fn url(&self, path: &str) -> String {
        format!("{}/{path}", self.base_url)
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct BuildConfig {
    pub output_dir: String,
    pub minify: bool,
}

impl Default for BuildConfig {
    fn default() -> Self {
        BuildConfig {
            output_dir: "public".into(),
            minify: true,
        }
    }
}

/// `[check]`: the level a site gives a rule of `privsite check`, by rule id; rules not
/// named keep their default.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct CheckLevels(pub BTreeMap<String, Level>);

/// `site.toml` as written; `load` validates it into [`SiteConfig`]. The doc comments of
/// the fields are the descriptions an editor shows from the generated JSON Schema.
#[derive(Debug, serde::Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "privsite site.toml",
    description = "The settings of a privsite site: its address, locale, theme, build and check levels."
)]
pub(crate) struct RawSiteConfig {
    /// The site's title; a default that the Fluent message `site-title` may translate.
    pub title: String,
    /// The public address of the site, which may carry a sub-path
    /// (`https://privacy.example.com/legal`).
    #[schemars(with = "String", regex(pattern = r"^https?://[^/?#\s]+(/[^?#\s]*)?$"))]
    pub base_url: toml::Spanned<String>,
    /// The locale of the site's own pages (index, 404): a BCP 47 tag such as `en`.
    #[schemars(with = "String", regex(pattern = r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"))]
    pub default_locale: toml::Spanned<String>,
    /// The theme under `themes/<theme>/`; `default` is built in.
    #[serde(default)]
    #[schemars(with = "Option<String>", regex(pattern = r"^[a-z0-9][a-z0-9-]*$"))]
    pub theme: Option<toml::Spanned<String>>,
    /// How `privsite build` writes the site.
    #[serde(default)]
    pub build: RawBuildConfig,
    /// The level of each `privsite check` rule that should not keep its default:
    /// `"allow"` (not reported), `"warn"` or `"deny"` (fails the check).
    #[serde(default)]
    #[schemars(schema_with = "crate::model::rules::check_levels")]
    pub check: BTreeMap<toml::Spanned<String>, toml::Spanned<String>>,
    /// An e-mail sign-up form on every document page, beside the Atom feed; without this
    /// table the pages offer the feed only.
    pub subscribe: Option<RawSubscribeConfig>,
}

/// Where readers sign up to hear of changes by e-mail (a newsletter service's sign-up
/// endpoint); the pages send only the address the reader types.
#[derive(Debug, serde::Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Subscribe")]
pub(crate) struct RawSubscribeConfig {
    /// The address the form is sent to: an absolute `https://` (or `http://`) URL, which
    /// may carry a query (`https://lists.example.com/subscribe?list=privacy`).
    #[schemars(with = "String", regex(pattern = r"^https?://[^/?#\s]+[^\s]*$"))]
    pub action: toml::Spanned<String>,
    /// How the form is sent: `post` (default) or `get`.
    pub method: Option<SubscribeMethod>,
    /// The name of the e-mail address field the service expects (default `email`).
    #[schemars(
        with = "Option<String>",
        regex(pattern = r"^[A-Za-z0-9_.\[\]-]{1,64}$")
    )]
    pub field: Option<toml::Spanned<String>>,
}

/// Checks a sign-up form's action: `http` or `https`, a host, no spaces or control
/// characters. Anything else (`javascript:`, `data:`, a relative path) could run in the
/// page or send the address somewhere unseen.
pub fn check_subscribe_action(url: &str) -> Result<(), String> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .ok_or("expected an absolute URL starting with https:// or http://")?;
    if rest.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err("expected no spaces or control characters in the URL".into());
    }
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    if host.is_empty() {
        return Err("expected a host name after the scheme".into());
    }
    Ok(())
}

/// Checks the name of the sign-up form's address field: letters, digits, `_ . - [ ]`.
pub fn check_subscribe_field(name: &str) -> Result<(), String> {
    let ok = (1..=64).contains(&name.len())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "_.-[]".contains(c));
    if ok {
        Ok(())
    } else {
        Err(
            "expected a field name of 1 to 64 ASCII letters, digits, '_', '.', '-', '[' or ']'"
                .into(),
        )
    }
}

/// How `privsite build` writes the site.
#[derive(Debug, Default, serde::Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Build")]
pub(crate) struct RawBuildConfig {
    /// The folder the site is written to, inside the site folder (default `public`).
    #[schemars(with = "Option<String>")]
    pub output_dir: Option<toml::Spanned<String>>,
    /// Whether to minify HTML (default true).
    pub minify: Option<bool>,
}

/// Checks a base URL: `http` or `https`, a host, no query or fragment.
/// Returns it without its trailing slash.
pub fn normalize_base_url(url: &str) -> Result<String, String> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .ok_or("expected an absolute URL starting with https:// or http://")?;
    let host = rest.split('/').next().unwrap_or("");
    if host.is_empty() || host.contains(char::is_whitespace) {
        return Err("expected a host name after the scheme".into());
    }
    if rest.contains(['?', '#']) || rest.contains(char::is_whitespace) {
        return Err("expected no query, fragment or spaces in the base URL".into());
    }
    Ok(url.trim_end_matches('/').to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(base_url: &str) -> SiteConfig {
        SiteConfig {
            title: "t".into(),
            base_url: normalize_base_url(base_url).unwrap(),
            default_locale: Locale::parse("en").unwrap(),
            theme: "default".into(),
            build: BuildConfig::default(),
            check: CheckLevels::default(),
            subscribe: None,
        }
    }

    #[test]
    fn base_path_keeps_a_sub_path() {
        assert_eq!(config("https://x.example/legal/").base_path(), "/legal/");
        assert_eq!(config("https://x.example/a/b").base_path(), "/a/b/");
        assert_eq!(config("https://x.example").base_path(), "/");
        assert_eq!(
            config("https://x.example/").url("q/sv/"),
            "https://x.example/q/sv/"
        );
    }

    #[test]
    fn base_url_must_be_absolute() {
        assert!(normalize_base_url("example.com").is_err());
        assert!(normalize_base_url("https://").is_err());
        assert!(normalize_base_url("https://x.example/?a=1").is_err());
    }

    #[test]
    fn a_sign_up_form_is_sent_only_over_http() {
        for ok in [
            "https://lists.example.com/subscribe",
            "http://x.example?list=a&b=c",
        ] {
            assert_eq!(check_subscribe_action(ok), Ok(()), "{ok}");
        }
        for bad in [
            "javascript:alert(1)",
            "JAVASCRIPT:alert(1)",
            "data:text/html,x",
            "/subscribe",
            "//x.example/s",
            "https://",
            "https:///path",
            "https://x.example/a b",
            "https://x.example/\u{0}",
        ] {
            assert!(check_subscribe_action(bad).is_err(), "{bad}");
        }
        assert!(check_subscribe_field("EMAIL").is_ok());
        assert!(check_subscribe_field("fields[email]").is_ok());
        assert!(check_subscribe_field("a\"b").is_err());
        assert!(check_subscribe_field("").is_err());
    }
}
