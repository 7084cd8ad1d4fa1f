//! From a request path to a file of the built site. The preview serves only the in-memory
//! output, so no request can reach the disk; this module still refuses every path a
//! static host would refuse (`..`, encoded separators, backslashes, NUL), so that the
//! preview never shows a page the published site would not.

/// What a request path names.
#[derive(Debug, PartialEq, Eq)]
pub enum Resolved {
    /// A file of the site, by its output path (`acme/en/index.html`).
    File(String),
    /// A folder asked for without its trailing slash, or the server root when the site
    /// lives under a sub-path: where to send the browser.
    Redirect(String),
    /// Nothing of the site, or a path refused outright.
    NotFound,
}

/// Resolves `raw_path` (as sent, still percent-encoded) against the site mounted at
/// `base_path` (`/` or `/legal/`), where `exists` tells which output paths there are.
pub fn resolve(raw_path: &str, base_path: &str, exists: impl Fn(&str) -> bool) -> Resolved {
    let Some(path) = decode(raw_path) else {
        return Resolved::NotFound;
    };
    if !is_clean(&path) {
        return Resolved::NotFound;
    }
    let Some(below) = path.strip_prefix(base_path) else {
        // `/legal` for `/legal/`, and `/` when the site lives under a sub-path: both are
        // where a reader would start, so send them to the site's home.
        if format!("{path}/") == base_path || path == "/" {
            return Resolved::Redirect(base_path.to_string());
        }
        return Resolved::NotFound;
    };
    if below.is_empty() || below.ends_with('/') {
        let index = format!("{below}index.html");
        return if exists(&index) {
            Resolved::File(index)
        } else {
            Resolved::NotFound
        };
    }
    if exists(below) {
        return Resolved::File(below.to_string());
    }
    if exists(&format!("{below}/index.html")) {
        // The raw path passed `is_clean`, so it cannot start with `//` and make the
        // redirect point at another host.
        return Resolved::Redirect(format!("{raw_path}/"));
    }
    Resolved::NotFound
}

/// The output paths that would serve `raw_path` if they existed: what a 404 page waits
/// for, so that it reloads when the page it stands in for appears.
pub(super) fn candidates(raw_path: &str, base_path: &str) -> Vec<String> {
    let Some(path) = decode(raw_path).filter(|p| is_clean(p)) else {
        return Vec::new();
    };
    match path.strip_prefix(base_path) {
        None => Vec::new(),
        Some(below) if below.is_empty() || below.ends_with('/') => {
            vec![format!("{below}index.html")]
        }
        Some(below) => vec![below.to_string(), format!("{below}/index.html")],
    }
}

/// Percent-decodes a path into UTF-8 text; `None` for a malformed escape, an escaped
/// separator (`%2F`, `%5C`: a segment cannot hold one, so it can only be an attempt to
/// smuggle one past a check) or bytes that are not UTF-8.
fn decode(raw: &str) -> Option<String> {
    let bytes = raw.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = bytes.get(i + 1..i + 3)?;
            let hex = std::str::from_utf8(hex).ok()?;
            let byte = u8::from_str_radix(hex, 16).ok()?;
            if byte == b'/' || byte == b'\\' {
                return None;
            }
            out.push(byte);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// An absolute path of plain segments: no `.` or `..`, no empty segment (which `//host`
/// and `a//b` would need), no backslash, colon or control character.
fn is_clean(path: &str) -> bool {
    let Some(rest) = path.strip_prefix('/') else {
        return false;
    };
    if path.contains(|c: char| c == '\\' || c == ':' || c.is_control()) {
        return false;
    }
    let mut segments = rest.split('/').peekable();
    while let Some(segment) = segments.next() {
        let last = segments.peek().is_none();
        // Only the last segment may be empty: that is the trailing slash of a folder.
        if (segment.is_empty() && !last) || segment == "." || segment == ".." {
            return false;
        }
    }
    true
}

/// The Content-Type a static host sends for an output path, by its extension.
pub fn content_type(path: &str) -> &'static str {
    let ext = path
        .rsplit_once('.')
        .map(|(_, ext)| ext.to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "json" | "map" => "application/json",
        "webmanifest" => "application/manifest+json",
        "xml" => "application/xml",
        "atom" => "application/atom+xml",
        "rss" => "application/rss+xml",
        "csv" => "text/csv; charset=utf-8",
        "txt" | "md" => "text/plain; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "avif" => "image/avif",
        "ico" => "image/x-icon",
        "woff" => "font/woff",
        "woff2" => "font/woff2",
        "ttf" => "font/ttf",
        "otf" => "font/otf",
        "pdf" => "application/pdf",
        "wasm" => "application/wasm",
        _ => "application/octet-stream",
    }
}

pub(super) fn is_html(path: &str) -> bool {
    content_type(path).starts_with("text/html")
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILES: &[&str] = &[
        "index.html",
        "404.html",
        "style.css",
        "acme/en/index.html",
        "acme/en/feed.xml",
        "a b/ö.txt",
    ];

    fn at(base: &str, raw: &str) -> Resolved {
        resolve(raw, base, |p| FILES.contains(&p))
    }

    fn file(p: &str) -> Resolved {
        Resolved::File(p.to_string())
    }

    fn redirect(p: &str) -> Resolved {
        Resolved::Redirect(p.to_string())
    }

    #[test]
    fn folders_serve_their_index_and_redirect_without_the_slash() {
        assert_eq!(at("/", "/"), file("index.html"));
        assert_eq!(at("/", "/acme/en/"), file("acme/en/index.html"));
        assert_eq!(at("/", "/acme/en"), redirect("/acme/en/"));
        assert_eq!(at("/", "/acme/en/feed.xml"), file("acme/en/feed.xml"));
        assert_eq!(at("/", "/acme/"), Resolved::NotFound);
        assert_eq!(at("/", "/acme/en/feed.xml/"), Resolved::NotFound);
        assert_eq!(at("/", "/nothing"), Resolved::NotFound);
    }

    #[test]
    fn a_sub_path_site_is_served_below_it() {
        assert_eq!(at("/legal/", "/legal/"), file("index.html"));
        assert_eq!(at("/legal/", "/legal/style.css"), file("style.css"));
        assert_eq!(at("/legal/", "/legal"), redirect("/legal/"));
        assert_eq!(at("/legal/", "/"), redirect("/legal/"));
        assert_eq!(at("/legal/", "/legal/acme/en"), redirect("/legal/acme/en/"));
        assert_eq!(at("/legal/", "/style.css"), Resolved::NotFound);
        assert_eq!(at("/legal/", "/legalese/"), Resolved::NotFound);
    }

    #[test]
    fn escapes_are_decoded_once() {
        assert_eq!(at("/", "/a%20b/%C3%B6.txt"), file("a b/ö.txt"));
        assert_eq!(at("/", "/%61cme/en/"), file("acme/en/index.html"));
        // A double-encoded dot stays a literal "%2e" after one decoding: no such file.
        assert_eq!(at("/", "/%252e%252e/index.html"), Resolved::NotFound);
        assert_eq!(at("/", "/%zz"), Resolved::NotFound);
        assert_eq!(at("/", "/%C3"), Resolved::NotFound);
        assert_eq!(at("/", "/%"), Resolved::NotFound);
    }

    #[test]
    fn traversal_and_odd_forms_are_refused() {
        for raw in [
            "/../index.html",
            "/acme/../index.html",
            "/acme/en/../../index.html",
            "/%2e%2e/index.html",
            "/%2E%2E/index.html",
            "/..%2findex.html",
            "/..%2Findex.html",
            "/%2e%2e%5cindex.html",
            "/..\\index.html",
            "/acme\\en\\index.html",
            "/./index.html",
            "/acme/./en/",
            "//index.html",
            "//evil.example/",
            "/acme//en/",
            "/%2f/index.html",
            "/acme%2Fen/",
            "/acme%5Cen/",
            "/index.html%00",
            "/index.html%00.css",
            "/c:/windows/win.ini",
            "/C%3A/index.html",
            "index.html",
            "",
            "*",
        ] {
            assert_eq!(at("/", raw), Resolved::NotFound, "{raw}");
            assert_eq!(at("/legal/", raw), Resolved::NotFound, "{raw}");
        }
    }

    #[test]
    fn a_missing_page_knows_what_would_serve_it() {
        assert_eq!(
            candidates("/legal/acme/fi/", "/legal/"),
            ["acme/fi/index.html"]
        );
        assert_eq!(
            candidates("/legal/acme/fi", "/legal/"),
            ["acme/fi", "acme/fi/index.html"]
        );
        assert_eq!(candidates("/legal/", "/legal/"), ["index.html"]);
        assert!(candidates("/other/", "/legal/").is_empty());
        assert!(candidates("/legal/../x/", "/legal/").is_empty());
    }

    #[test]
    fn content_types_follow_the_extension() {
        assert_eq!(content_type("a/index.html"), "text/html; charset=utf-8");
        assert_eq!(content_type("style.CSS"), "text/css; charset=utf-8");
        assert_eq!(content_type("a/feed.xml"), "application/xml");
        assert_eq!(content_type("a/policy.json"), "application/json");
        assert_eq!(content_type("a/processors.csv"), "text/csv; charset=utf-8");
        assert_eq!(content_type("robots.txt"), "text/plain; charset=utf-8");
        assert_eq!(content_type("logo.svg"), "image/svg+xml");
        assert_eq!(content_type("f.woff2"), "font/woff2");
        assert_eq!(content_type("favicon.ico"), "image/x-icon");
        assert_eq!(content_type("LICENSE"), "application/octet-stream");
        assert!(is_html("404.html"));
        assert!(!is_html("feed.xml"));
    }
}
