//! Links in a built site: every internal `href` and `src` of every page leads to a file of
//! the site, and every `#fragment` to an id on the page it leads to. External links
//! (another host, `mailto:`, `tel:`, any other scheme) are not followed.
//!
//! Relative links resolve against the page's own address, as a browser resolves them;
//! absolute ones count as internal when they start with the site's `base_url` or, without
//! a host, its base path. A broken link that a revision's Markdown wrote is reported in
//! that revision's file, where it is fixed; one that a template wrote, on the page.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use jiff::civil::Date;
use rayon::prelude::*;

use super::RawFinding;
use super::html;
use crate::build::output::Output;
use crate::diagnostic::{LineIndex, Position};
use crate::model::Site;
use crate::plan::{Timeline, paths};

/// One page's ids and outgoing links.
struct Page<'a> {
    text: &'a str,
    ids: BTreeSet<String>,
    /// (value, byte offset in the page)
    links: Vec<(String, usize)>,
}

fn read_page(text: &str) -> Page<'_> {
    let mut ids = BTreeSet::new();
    let mut links = Vec::new();
    for a in html::attributes(text) {
        match a.name.as_str() {
            "id" => {
                ids.insert(a.value);
            }
            // The older way to name a fragment target; browsers still honour it.
            "name" if a.tag == "a" => {
                ids.insert(a.value);
            }
            "href" | "src" => links.push((a.value, a.offset)),
            _ => {}
        }
    }
    Page { text, ids, links }
}

/// Where a link leads.
#[derive(Debug, PartialEq, Eq)]
enum Target {
    /// Outside the site: not followed.
    External,
    /// A file of the output (which may be missing), and the fragment asked for.
    Internal {
        file: String,
        fragment: Option<String>,
    },
    /// Cannot lead into the site at all.
    Outside(String),
}

pub(super) fn check(site: &Site, output: &Output, today: Date, current: bool) -> Vec<RawFinding> {
    let skipped = if current {
        past_revision_pages(site, today)
    } else {
        Vec::new()
    };
    let pages: BTreeMap<&str, Page> = output
        .files
        .par_iter()
        .filter(|(path, _)| path.ends_with(".html"))
        .filter(|(path, _)| !skipped.iter().any(|p| path.starts_with(p.as_str())))
        .filter_map(|(path, bytes)| {
            let text = std::str::from_utf8(bytes).ok()?;
            Some((path.as_str(), read_page(text)))
        })
        .collect();
    // Ids of pages outside the scope are still needed when a link leads there.
    let mut other_ids: HashMap<&str, BTreeSet<String>> = HashMap::new();

    let base_path = site.config.base_path();
    let sources = revision_sources(site, today);
    let mut located: HashMap<PathBuf, Option<String>> = HashMap::new();
    // One finding per link as written: a Markdown link shows on several pages (the
    // revision's own, its diff, the current page), where a relative one may even resolve
    // differently. (rule, file, position, href) -> page -> what is wrong there
    type Key = (&'static str, PathBuf, Option<Position>, String);
    let mut found: BTreeMap<Key, BTreeMap<&str, String>> = BTreeMap::new();

    for (&page_file, page) in &pages {
        let mut lines: Option<LineIndex> = None;
        for (href, offset) in &page.links {
            let problem = match resolve(page_file, href, &site.config.base_url, &base_path) {
                Target::External => continue,
                Target::Outside(why) => ("broken-link", format!("link {href:?} {why}")),
                Target::Internal { file, fragment } => match existing_file(output, &file) {
                    None => (
                        "broken-link",
                        format!("link {href:?} leads to no file of the site ({file})"),
                    ),
                    Some(target) => {
                        let Some(fragment) = fragment.filter(|f| !f.is_empty()) else {
                            continue;
                        };
                        // `#top` scrolls to the top of any page (HTML, "scroll to the fragment").
                        if !target.ends_with(".html") || fragment.eq_ignore_ascii_case("top") {
                            continue;
                        }
                        let ids =
                            match pages.get(target.as_str()) {
                                Some(p) => &p.ids,
                                None => other_ids
                                    .entry(target_key(output, &target))
                                    .or_insert_with(|| {
                                        output
                                            .text(&target)
                                            .map(|t| read_page(t).ids)
                                            .unwrap_or_default()
                                    }),
                            };
                        if ids.contains(&fragment) {
                            continue;
                        }
                        (
                            "broken-anchor",
                            format!(
                                "link {href:?} leads to {}, which has no id {fragment:?}",
                                if target == page_file {
                                    "its own page".to_string()
                                } else {
                                    page_address(&target)
                                }
                            ),
                        )
                    }
                },
            };
            let (rule, message) = problem;
            let in_source = sources
                .get(page_file)
                .and_then(|source| locate_in_source(site, &mut located, source, href));
            let (file, position) = match in_source {
                Some(at) => at,
                None => {
                    let lines = lines.get_or_insert_with(|| LineIndex::new(page.text));
                    (
                        Path::new(&site.config.build.output_dir).join(page_file),
                        Some(lines.position(page.text, *offset)),
                    )
                }
            };
            found
                .entry((rule, file, position, href.clone()))
                .or_default()
                .entry(page_file)
                .or_insert(message);
        }
    }

    found
        .into_iter()
        .map(|((rule, file, position, _), on)| {
            let (first, message) = on.iter().next().expect("a link is found on a page");
            let first = page_address(first);
            let message = match on.len() {
                1 => format!("{message}, on {first}"),
                n => format!(
                    "{message}, on {first} and {} more page{}",
                    n - 1,
                    if n == 2 { "" } else { "s" }
                ),
            };
            RawFinding {
                rule,
                file,
                position,
                message,
                hint: None,
                stops_run: false,
            }
        })
        .collect()
}

/// The key under which a target's ids are kept: the output's own copy of the path.
fn target_key<'a>(output: &'a Output, target: &str) -> &'a str {
    output
        .files
        .get_key_value(target)
        .map(|(k, _)| k.as_str())
        .unwrap_or("")
}

/// `acme/en/` for `acme/en/index.html`, as a reader would type it.
fn page_address(file: &str) -> String {
    match file.strip_suffix("index.html") {
        Some("") => "/".to_string(),
        Some(folder) => folder.to_string(),
        None => file.to_string(),
    }
}

/// The file a link to `file` is served from: the file itself, or, for a folder address
/// without its trailing slash, the folder's index (static hosts redirect there).
fn existing_file(output: &Output, file: &str) -> Option<String> {
    if output.files.contains_key(file) {
        return Some(file.to_string());
    }
    let index = format!("{file}/index.html");
    output.files.contains_key(&index).then_some(index)
}

/// Resolves `href` on the page written to `page` (an output path).
fn resolve(page: &str, href: &str, base_url: &str, base_path: &str) -> Target {
    let href = href.trim();
    if href.is_empty() || href.starts_with("//") {
        // Empty: the page itself. `//host/…`: another host.
        return Target::External;
    }
    let (from_root, relative) = if has_scheme(href) {
        match href.strip_prefix(base_url) {
            Some(rest) if rest.is_empty() || rest.starts_with(['/', '?', '#']) => {
                (true, rest.trim_start_matches('/'))
            }
            _ => return Target::External,
        }
    } else if href.starts_with('/') {
        let base_folder = base_path.trim_end_matches('/');
        match href.strip_prefix(base_folder) {
            Some(rest) if rest.is_empty() || rest.starts_with(['/', '?', '#']) => {
                (true, rest.trim_start_matches('/'))
            }
            _ => {
                return Target::Outside(format!(
                    "leads outside the site, whose pages are under {base_path}"
                ));
            }
        }
    } else {
        (false, href)
    };
    let (before_fragment, fragment) = match relative.split_once('#') {
        Some((path, fragment)) => (path, Some(percent_decode(fragment))),
        None => (relative, None),
    };
    let path = before_fragment.split(['?']).next().unwrap_or("");
    if path.is_empty() && !from_root {
        return Target::Internal {
            file: page.to_string(),
            fragment,
        };
    }
    let mut segments: Vec<String> = if from_root {
        Vec::new()
    } else {
        page.split('/')
            .collect::<Vec<_>>()
            .split_last()
            .map(|(_, folders)| folders.iter().map(|s| s.to_string()).collect())
            .unwrap_or_default()
    };
    let parts: Vec<&str> = path.split('/').collect();
    let folder = path.is_empty() || matches!(parts.last(), Some(&("" | "." | "..")));
    for part in parts {
        match part {
            "" | "." => {}
            ".." => {
                if segments.pop().is_none() {
                    return Target::Outside("goes above the site's root".into());
                }
            }
            _ => segments.push(percent_decode(part)),
        }
    }
    let joined = segments.join("/");
    let file = match (folder, joined.is_empty()) {
        (true, true) => "index.html".to_string(),
        (true, false) => format!("{joined}/index.html"),
        (false, _) => joined,
    };
    Target::Internal { file, fragment }
}

/// Whether `href` starts with a URL scheme (`https:`, `mailto:`, …).
fn has_scheme(href: &str) -> bool {
    let Some(colon) = href.find(':') else {
        return false;
    };
    let scheme = &href[..colon];
    scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
}

fn percent_decode(text: &str) -> String {
    if !text.contains('%') {
        return text.to_string();
    }
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(b)) => {
                out.push(b);
                i += 3;
            }
            (b, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The output folders of revisions that `--current` leaves out: those before the one in
/// force (their own page and their diff).
fn past_revision_pages(site: &Site, today: Date) -> Vec<String> {
    let mut out = Vec::new();
    for company in &site.companies {
        for history in &company.locales {
            let first = Timeline::new(history, today).current_index();
            for revision in &history.revisions[..first] {
                out.push(paths::revision(
                    &company.path,
                    history.locale.as_str(),
                    revision.date,
                ));
            }
        }
    }
    out
}

/// The revision source whose prose each page shows: a revision's own page and its diff,
/// and the locale's current page.
fn revision_sources(site: &Site, today: Date) -> HashMap<String, PathBuf> {
    let mut out = HashMap::new();
    for company in &site.companies {
        for history in &company.locales {
            let (slug, locale) = (company.path.as_str(), history.locale.as_str());
            for revision in &history.revisions {
                for page in [
                    paths::revision(slug, locale, revision.date),
                    paths::diff(slug, locale, revision.date),
                ] {
                    out.insert(paths::file(&page), revision.source.clone());
                }
            }
            let current = Timeline::new(history, today).current_index();
            if let Some(revision) = history.revisions.get(current) {
                out.insert(
                    paths::file(&paths::current(slug, locale)),
                    revision.source.clone(),
                );
            }
        }
    }
    out
}

/// Where `href` is written in the revision source `source`, if it is.
fn locate_in_source(
    site: &Site,
    texts: &mut HashMap<PathBuf, Option<String>>,
    source: &Path,
    href: &str,
) -> Option<(PathBuf, Option<Position>)> {
    let text = texts
        .entry(source.to_path_buf())
        .or_insert_with(|| std::fs::read_to_string(site.root.join(source)).ok())
        .as_deref()?;
    // As a Markdown link destination: `](href)`, `](<href>)` or a reference `]: href`;
    // or in raw HTML, `href="…"`.
    let offset = [
        ("](", ""),
        ("](<", ">"),
        ("]: ", ""),
        ("href=\"", "\""),
        ("href='", "'"),
        // In a TOML basic string, the quotes are escaped.
        ("href=\\\"", "\\\""),
    ]
    .iter()
    .find_map(|(before, after)| {
        text.find(&format!("{before}{href}{after}"))
            .map(|i| i + before.len())
    })?;
    let position = LineIndex::new(text).position(text, offset);
    Some((source.to_path_buf(), Some(position)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn internal(file: &str, fragment: Option<&str>) -> Target {
        Target::Internal {
            file: file.into(),
            fragment: fragment.map(String::from),
        }
    }

    const BASE: &str = "https://x.example/legal";

    fn at(page: &str, href: &str) -> Target {
        resolve(page, href, BASE, "/legal/")
    }

    #[test]
    fn relative_links_resolve_against_the_page() {
        let page = "acme/en/2020-01-01/index.html";
        assert_eq!(at(page, "#data"), internal(page, Some("data")));
        assert_eq!(at(page, "../"), internal("acme/en/index.html", None));
        assert_eq!(at(page, ".."), internal("acme/en/index.html", None));
        assert_eq!(
            at(page, "diff/"),
            internal("acme/en/2020-01-01/diff/index.html", None)
        );
        assert_eq!(
            at(page, "../../../static/a%20b.css?v=1"),
            internal("static/a b.css", None)
        );
        assert_eq!(
            at(page, "../history/#r-2020"),
            internal("acme/en/history/index.html", Some("r-2020"))
        );
        assert_eq!(at("index.html", "./"), internal("index.html", None));
        assert!(matches!(at("index.html", "../x/"), Target::Outside(_)));
    }

    #[test]
    fn absolute_links_are_internal_only_under_the_base() {
        let page = "acme/en/index.html";
        assert_eq!(
            at(page, "https://x.example/legal/acme/"),
            internal("acme/index.html", None)
        );
        assert_eq!(
            at(page, "https://x.example/legal"),
            internal("index.html", None)
        );
        assert_eq!(
            at(page, "/legal/acme/sv/#a"),
            internal("acme/sv/index.html", Some("a"))
        );
        assert_eq!(at(page, "https://x.example/legalese"), Target::External);
        assert_eq!(at(page, "https://other.example/"), Target::External);
        assert_eq!(at(page, "mailto:a@b.example"), Target::External);
        assert_eq!(at(page, "tel:+4681234"), Target::External);
        assert_eq!(at(page, "//cdn.example/x.js"), Target::External);
        assert!(matches!(at(page, "/other/"), Target::Outside(_)));
        assert_eq!(
            resolve(page, "/acme/", "https://x.example", "/"),
            internal("acme/index.html", None)
        );
    }
}
