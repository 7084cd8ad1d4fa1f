//! The sitemap (sitemaps.org, with hreflang alternates as Google reads them). Its format
//! is fixed by the protocol, so it is written here rather than by a template, in pieces a
//! rebuild can keep: the entries of each company's pages apart from the others'.

use tera::Context;

use crate::diagnostic::Diagnostics;
use crate::model::Site;
use crate::model::config::SiteConfig;
use crate::plan::Page;
// HTML's escaping is XML's too: the five characters, `'` as a numeric reference.
use crate::text::escape::escape_into;

use super::Theme;
use super::theme::template_diagnostics;

const HEAD: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
"#;
const TAIL: &str = "</urlset>\n";

/// The `<url>` entries of the listed pages among `pages`, in their order.
pub(super) fn entries<'p>(config: &SiteConfig, pages: impl Iterator<Item = &'p Page>) -> String {
    let mut out = String::new();
    for page in pages.filter(|p| p.listed) {
        out.push_str("<url>\n<loc>");
        escape_into(&mut out, &config.url(&page.path));
        out.push_str("</loc>\n");
        if let Some(date) = page.lastmod {
            out.push_str(&format!("<lastmod>{date}</lastmod>\n"));
        }
        // A page alone in its language has no alternates worth listing.
        if page.alternates.len() > 1 {
            for (lang, path) in &page.alternates {
                link(&mut out, lang, &config.url(path));
            }
        }
        if let Some(path) = &page.x_default {
            link(&mut out, "x-default", &config.url(path));
        }
        out.push_str("</url>\n");
    }
    out
}

/// The whole sitemap, from the entries of its parts.
/// Where the entries start in the sitemap: after this many bytes of its head.
pub fn sitemap_head_len() -> usize {
    HEAD.len()
}

pub(super) fn document(parts: &[&str]) -> Vec<u8> {
    // Sized once: at 1,000 companies the sitemap is about 22 MB.
    let len = HEAD.len() + parts.iter().map(|p| p.len()).sum::<usize>() + TAIL.len();
    let mut out = Vec::with_capacity(len);
    out.extend_from_slice(HEAD.as_bytes());
    for part in parts {
        out.extend_from_slice(part.as_bytes());
    }
    out.extend_from_slice(TAIL.as_bytes());
    out
}

fn link(out: &mut String, lang: &str, url: &str) {
    out.push_str(r#"<xhtml:link rel="alternate" hreflang=""#);
    escape_into(out, lang);
    out.push_str(r#"" href=""#);
    escape_into(out, url);
    out.push_str("\"/>\n");
}

/// The sitemap, made of the `<url>` entries [`sitemap_entries`] gives for the site-wide
/// pages and for each company's, and robots.txt.
pub fn sitemap_and_robots(
    site: &Site,
    theme: &Theme,
    site_entries: &str,
    company_entries: &[impl AsRef<str>],
) -> Result<[(String, Vec<u8>); 2], Diagnostics> {
    let mut sitemap = Vec::with_capacity(company_entries.len() + 1);
    sitemap.push(site_entries);
    sitemap.extend(company_entries.iter().map(AsRef::as_ref));
    let config = &site.config;
    let mut context = Context::new();
    context.insert("lang", config.default_locale.as_str());
    context.insert("sitemap_url", &config.url("sitemap.xml"));
    let robots = theme
        .tera
        .render("robots.txt", &context)
        .map_err(|e| Diagnostics(template_diagnostics(&e, &theme.origins, &theme.sources)))?;
    Ok([
        ("sitemap.xml".to_string(), document(&sitemap)),
        ("robots.txt".to_string(), robots.into_bytes()),
    ])
}

/// The sitemap's `<url>` entries for `pages`, those of them it lists.
pub fn sitemap_entries<'p>(site: &Site, pages: impl Iterator<Item = &'p Page>) -> String {
    entries(&site.config, pages)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::PageKind;

    #[test]
    fn entries_escape_and_list_alternates() {
        let config = SiteConfig {
            title: "t".into(),
            base_url: "https://example.org/a&b".into(),
            default_locale: Default::default(),
            theme: "default".into(),
            build: Default::default(),
            check: Default::default(),
            subscribe: None,
        };
        let page = Page {
            kind: PageKind::SiteIndex,
            path: "acme/sv/".into(),
            alternates: vec![
                ("sv".into(), "acme/sv/".into()),
                ("en".into(), "acme/en/".into()),
            ],
            x_default: Some("acme/sv/".into()),
            lastmod: Some(jiff::civil::date(2024, 1, 2)),
            listed: true,
        };
        let hidden = Page {
            listed: false,
            ..page.clone()
        };
        let xml = String::from_utf8(document(&[
            entries(&config, [&page, &hidden].into_iter()).as_str()
        ]))
        .unwrap();
        assert_eq!(
            xml,
            format!(
                "{HEAD}<url>\n<loc>https://example.org/a&amp;b/acme/sv/</loc>\n\
                 <lastmod>2024-01-02</lastmod>\n\
                 <xhtml:link rel=\"alternate\" hreflang=\"sv\" href=\"https://example.org/a&amp;b/acme/sv/\"/>\n\
                 <xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"https://example.org/a&amp;b/acme/en/\"/>\n\
                 <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"https://example.org/a&amp;b/acme/sv/\"/>\n\
                 </url>\n{TAIL}"
            )
        );
    }
}
