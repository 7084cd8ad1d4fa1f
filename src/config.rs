//! `site.toml`: the site's settings.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::check::Level;
use crate::model::Locale;

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
}

impl SiteConfig {
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

/// `site.toml` as written; `load` validates it into [`SiteConfig`].
#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawSiteConfig {
    pub title: String,
    pub base_url: toml::Spanned<String>,
    pub default_locale: toml::Spanned<String>,
    #[serde(default)]
    pub theme: Option<toml::Spanned<String>>,
    #[serde(default)]
    pub build: RawBuildConfig,
    #[serde(default)]
    pub check: BTreeMap<toml::Spanned<String>, toml::Spanned<String>>,
}

#[derive(Debug, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawBuildConfig {
    pub output_dir: Option<toml::Spanned<String>>,
    pub minify: Option<bool>,
}

/// Checks a base URL: `http` or `https`, a host, no query or fragment.
/// Returns it without its trailing slash.
pub(crate) fn normalize_base_url(url: &str) -> Result<String, String> {
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
}
