//! The sitemap files: `/sitemap.xml`, the index robots.txt names, `/sitemap-site.xml` and
//! each company's `/<company>/sitemap.xml` (see [`crate::plan::sitemaps`] for which there
//! are and what each lists). Their format is fixed by the protocol, so they are written
//! here rather than by a template.

use tera::Context;

use super::Renderer;
use super::Theme;
use super::digest::Digest;
use super::theme::template_diagnostics;
use crate::diagnostic::Diagnostics;
use crate::model::Site;
use crate::model::config::SiteConfig;
use crate::plan::sitemaps::{self, HEAD, Listed, TAIL};
use crate::plan::{Page, PageKind, Plan};
// HTML's escaping is XML's too: the five characters, `'` as a numeric reference.
use crate::text::escape::escape_into;

/// A sitemap file listing `pages`, those of them listed.
fn urlset<'p>(config: &SiteConfig, pages: impl Iterator<Item = &'p Page>) -> String {
    let mut out = String::from(HEAD);
    for page in pages.filter(|p| p.listed) {
        sitemaps::entry(&mut out, &config.base_url, page);
    }
    out.push_str(TAIL);
    out
}

/// The sitemap index, listing `files` (address, latest date of its pages) in order.
fn index<'f>(config: &SiteConfig, files: impl Iterator<Item = Listed<'f>>) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for (path, lastmod) in files {
        out.push_str("<sitemap>\n<loc>");
        escape_into(&mut out, &config.url(path));
        out.push_str("</loc>\n");
        if let Some(date) = lastmod {
            out.push_str(&format!("<lastmod>{date}</lastmod>\n"));
        }
        out.push_str("</sitemap>\n");
    }
    out.push_str("</sitemapindex>\n");
    out
}

impl Renderer<'_> {
    /// The text of a sitemap file, where `page` is one.
    pub(super) fn sitemap(&self, page: &Page) -> Option<String> {
        let config = &self.site.config;
        match &page.kind {
            PageKind::SiteSitemap => Some(urlset(config, self.plan.site_pages.iter())),
            PageKind::Sitemap { company, listed } => {
                let pages = sitemaps::listed(self.site, &self.plan.company_pages, *company);
                Some(urlset(config, pages.skip(listed.start).take(listed.len())))
            }
            _ => None,
        }
    }
}

/// The sitemap files the index lists: the site-wide one first, then each company's in
/// the site's order, of the companies loaded (from `plan`) and of those not (`digests`).
fn files<'a>(site: &Site, plan: &'a Plan, digests: &'a [Digest]) -> Vec<Listed<'a>> {
    let mut companies: Vec<(&str, Vec<Listed>)> = site
        .companies
        .iter()
        .zip(&plan.company_pages)
        .map(|(c, pages)| {
            let files: Vec<Listed> = sitemaps::of_company(pages).collect();
            (c.slug.as_str(), files)
        })
        .filter(|(_, files)| !files.is_empty())
        .chain(digests.iter().map(|d| {
            let files = d.sitemaps.iter().map(|(p, l)| (p.as_str(), *l)).collect();
            (d.slug.as_str(), files)
        }))
        .collect();
    companies.sort_by(|a, b| a.0.cmp(b.0));
    let site_wide = plan
        .site_pages
        .iter()
        .filter(|p| p.kind == PageKind::SiteSitemap)
        .map(|p| (p.path.as_str(), p.lastmod));
    site_wide
        .chain(companies.into_iter().flat_map(|(_, files)| files))
        .collect()
}

/// The sitemap index and robots.txt, which names it: the index lists the sitemap files
/// of the site-wide pages and of every company, loaded (in `plan`) or not (`digests`).
pub fn sitemap_index_and_robots(
    site: &Site,
    plan: &Plan,
    digests: &[Digest],
    theme: &Theme,
) -> Result<[(String, Vec<u8>); 2], Diagnostics> {
    let files = files(site, plan, digests);
    let config = &site.config;
    let mut context = Context::new();
    context.insert("lang", config.default_locale.as_str());
    context.insert("sitemap_url", &config.url(sitemaps::INDEX));
    let robots = theme
        .tera
        .render("robots.txt", &context)
        .map_err(|e| Diagnostics(template_diagnostics(&e, &theme.origins, &theme.sources)))?;
    Ok([
        (
            sitemaps::INDEX.to_string(),
            index(config, files.into_iter()).into_bytes(),
        ),
        ("robots.txt".to_string(), robots.into_bytes()),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config() -> SiteConfig {
        SiteConfig {
            title: "t".into(),
            base_url: "https://example.org/a&b".into(),
            default_locale: Default::default(),
            theme: "default".into(),
            build: Default::default(),
            check: Default::default(),
            subscribe: None,
        }
    }

    #[test]
    fn entries_escape_and_list_alternates() {
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
        assert_eq!(
            urlset(&config(), [&page, &hidden].into_iter()),
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

    #[test]
    fn the_index_lists_each_file_with_its_date() {
        let files = [
            ("sitemap-site.xml", None),
            ("acme/sitemap.xml", Some(jiff::civil::date(2024, 1, 2))),
        ];
        assert_eq!(
            index(&config(), files.into_iter()),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
             <sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n\
             <sitemap>\n<loc>https://example.org/a&amp;b/sitemap-site.xml</loc>\n</sitemap>\n\
             <sitemap>\n<loc>https://example.org/a&amp;b/acme/sitemap.xml</loc>\n\
             <lastmod>2024-01-02</lastmod>\n</sitemap>\n\
             </sitemapindex>\n"
        );
    }
}
