//! Which sitemap files a site has, and what each lists (sitemaps.org, with hreflang
//! alternates as Google reads them):
//!
//! - `/sitemap.xml`, an index of the others, which robots.txt names;
//! - `/sitemap-site.xml`, the site-wide pages;
//! - `/<company>/sitemap.xml`, the pages of every document of one company, split into
//!   `sitemap-2.xml`, `sitemap-3.xml`, … where one file would pass the protocol's limits
//!   ([`MAX_URLS`], [`MAX_BYTES`]).
//!
//! A company's sitemap is one of its files: a rebuild that carries the company's pages
//! over carries its sitemap with them. The entry format is here, written through [`Out`],
//! so that a company's sitemap is split by the bytes its files will have: the render
//! writes them with the same [`entry`].

use std::fmt::Write as _;
use std::ops::Range;

use jiff::civil::Date;

use super::{Page, PageKind};
use crate::model::Site;
use crate::text::escape::{escape_into, escaped_len};

/// The protocol's limits on one sitemap file: URLs, and bytes uncompressed.
pub const MAX_URLS: usize = 50_000;
pub const MAX_BYTES: usize = 50 * 1024 * 1024;

/// A sitemap file's head and tail, around its entries.
pub const HEAD: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
"#;
pub const TAIL: &str = "</urlset>\n";

/// The sitemap index.
pub const INDEX: &str = "sitemap.xml";
/// The sitemap of the site-wide pages.
pub const SITE: &str = "sitemap-site.xml";

/// The address of a company's sitemap file `part` (from 0).
pub fn company(slug: &str, part: usize) -> String {
    match part {
        0 => format!("{slug}/sitemap.xml"),
        n => format!("{slug}/sitemap-{}.xml", n + 1),
    }
}

/// Where a sitemap entry is written: into a string, or counted.
pub trait Out {
    fn text(&mut self, text: &str);
    /// Text escaped for XML.
    fn escaped(&mut self, text: &str);
    fn date(&mut self, date: Date);
}

impl Out for String {
    fn text(&mut self, text: &str) {
        self.push_str(text);
    }
    fn escaped(&mut self, text: &str) {
        escape_into(self, text);
    }
    fn date(&mut self, date: Date) {
        let _ = write!(self, "{date}");
    }
}

/// The bytes an entry takes, without writing it.
#[derive(Debug, Default)]
pub struct Len(pub usize);

impl Out for Len {
    fn text(&mut self, text: &str) {
        self.0 += text.len();
    }
    fn escaped(&mut self, text: &str) {
        self.0 += escaped_len(text);
    }
    fn date(&mut self, date: Date) {
        let _ = write!(self, "{date}");
    }
}

impl std::fmt::Write for Len {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        self.0 += s.len();
        Ok(())
    }
}

/// The `<url>` entry of `page`, whose addresses are under `base_url`.
pub fn entry(out: &mut impl Out, base_url: &str, page: &Page) {
    out.text("<url>\n<loc>");
    url(out, base_url, &page.path);
    out.text("</loc>\n");
    if let Some(date) = page.lastmod {
        out.text("<lastmod>");
        out.date(date);
        out.text("</lastmod>\n");
    }
    // A page alone in its language has no alternates worth listing.
    if page.alternates.len() > 1 {
        for (lang, path) in &page.alternates {
            link(out, base_url, lang, path);
        }
    }
    if let Some(path) = &page.x_default {
        link(out, base_url, "x-default", path);
    }
    out.text("</url>\n");
}

/// The absolute URL of a site path, escaped.
fn url(out: &mut impl Out, base_url: &str, path: &str) {
    out.escaped(base_url);
    out.text("/");
    out.escaped(path);
}

fn link(out: &mut impl Out, base_url: &str, lang: &str, path: &str) {
    out.text(r#"<xhtml:link rel="alternate" hreflang=""#);
    out.escaped(lang);
    out.text(r#"" href=""#);
    url(out, base_url, path);
    out.text("\"/>\n");
}

/// The sitemap files of `listed`, the listed pages of one company in order: for each,
/// the range of them it holds and the latest of their dates. A new file is begun where
/// the next page would pass `max_urls` or `max_bytes`.
pub fn split<'p>(
    base_url: &str,
    listed: impl Iterator<Item = &'p Page>,
    max_urls: usize,
    max_bytes: usize,
) -> Vec<(Range<usize>, Option<Date>)> {
    let room = max_bytes.saturating_sub(HEAD.len() + TAIL.len());
    let mut files: Vec<(Range<usize>, Option<Date>)> = Vec::new();
    let mut bytes = 0;
    for (i, page) in listed.enumerate() {
        let mut len = Len::default();
        entry(&mut len, base_url, page);
        match files.last_mut() {
            Some((range, lastmod)) if range.len() < max_urls && bytes + len.0 <= room => {
                range.end = i + 1;
                *lastmod = (*lastmod).max(page.lastmod);
                bytes += len.0;
            }
            _ => {
                files.push((i..i + 1, page.lastmod));
                bytes = len.0;
            }
        }
    }
    files
}

/// The sitemap files of the company whose documents are `units`, as pages of its first
/// document: made from the other pages of its documents, which must be planned already
/// (see [`super::Plan::new`]).
pub(super) fn pages(site: &Site, company_pages: &[Vec<Page>], units: Range<usize>) -> Vec<Page> {
    let first = units.start;
    let listed = units
        .flat_map(|ci| company_pages[ci].iter())
        .filter(|p| p.listed);
    let files = split(&site.config.base_url, listed, MAX_URLS, MAX_BYTES);
    let slug = &site.companies[first].slug;
    files
        .into_iter()
        .enumerate()
        .map(|(part, (range, lastmod))| Page {
            listed: false,
            lastmod,
            ..super::page(
                PageKind::Sitemap {
                    company: first,
                    listed: range,
                },
                company(slug, part),
                None,
            )
        })
        .collect()
}

/// The listed pages of the company whose first document is `first`, in its sitemap's
/// order.
pub fn listed<'p>(
    site: &Site,
    company_pages: &'p [Vec<Page>],
    first: usize,
) -> impl Iterator<Item = &'p Page> {
    site.units_of(&site.companies[first].slug)
        .flat_map(move |ci| company_pages[ci].iter())
        .filter(|p| p.listed)
}

/// A sitemap file as the index lists it: its address and the latest date of its pages.
pub type Listed<'a> = (&'a str, Option<Date>);

/// A company's sitemap files, from the pages of its first document.
pub fn of_company(pages: &[Page]) -> impl Iterator<Item = Listed<'_>> {
    pages
        .iter()
        .filter(|p| matches!(p.kind, PageKind::Sitemap { .. }))
        .map(|p| (p.path.as_str(), p.lastmod))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(path: &str, lastmod: Option<Date>, alternates: &[&str]) -> Page {
        Page {
            kind: PageKind::SiteIndex,
            path: path.into(),
            alternates: alternates
                .iter()
                .map(|l| (l.to_string(), format!("acme/{l}/")))
                .collect(),
            x_default: (alternates.len() > 1).then(|| "acme/sv/".to_string()),
            lastmod,
            listed: true,
        }
    }

    #[test]
    fn the_counted_length_is_the_written_one() {
        let date = jiff::civil::date;
        for base in ["https://example.org", "https://example.org/a&b<'\">"] {
            for p in [
                page("acme/", None, &[]),
                page("acme/sv/2024-01-02/", Some(date(2024, 1, 2)), &["sv"]),
                page("acme/sv/", Some(date(-5, 1, 2)), &["sv", "en", "de"]),
            ] {
                let mut text = String::new();
                entry(&mut text, base, &p);
                let mut len = Len::default();
                entry(&mut len, base, &p);
                assert_eq!(len.0, text.len(), "{text}");
            }
        }
    }

    #[test]
    fn files_are_split_at_either_limit() {
        let date = jiff::civil::date;
        let pages: Vec<Page> = (1..=7)
            .map(|d| page("acme/sv/", Some(date(2024, 1, d)), &["sv", "en"]))
            .collect();
        let one = {
            let mut len = Len::default();
            entry(&mut len, "https://e.org", &pages[0]);
            len.0
        };
        let ranges = |files: Vec<(Range<usize>, Option<Date>)>| {
            files.into_iter().map(|(r, _)| r).collect::<Vec<_>>()
        };
        // By count.
        assert_eq!(
            ranges(split("https://e.org", pages.iter(), 3, MAX_BYTES)),
            [0..3, 3..6, 6..7]
        );
        // By bytes: room for two entries besides the head and tail.
        let max = HEAD.len() + TAIL.len() + 2 * one;
        assert_eq!(
            ranges(split("https://e.org", pages.iter(), 100, max)),
            [0..2, 2..4, 4..6, 6..7]
        );
        assert_eq!(
            ranges(split("https://e.org", pages.iter(), 100, max - 1)),
            [0..1, 1..2, 2..3, 3..4, 4..5, 5..6, 6..7]
        );
        // Each file's date is its latest entry's.
        let files = split("https://e.org", pages.iter(), 3, MAX_BYTES);
        assert_eq!(files[1].1, Some(date(2024, 1, 6)));
        assert!(split("https://e.org", [].iter(), 3, MAX_BYTES).is_empty());
    }
}
