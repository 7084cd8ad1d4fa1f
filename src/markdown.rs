//! Markdown prose from sources to HTML that cannot carry script.
//!
//! Sanitising happens on the parsed events, not on HTML text: raw HTML in a source becomes
//! text (shown as written, escaped), and link and image URLs keep only safe schemes. What
//! remains is pulldown-cmark's own markup, whose text and attributes it escapes.

use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, html};

/// Renders Markdown to safe HTML. Headings start at `<h3>`: bodies sit under a page's
/// `<h1>` and a section's `<h2>`.
pub fn to_html(markdown: &str) -> String {
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    let events = Parser::new_ext(markdown, options).map(|event| match event {
        Event::Html(raw) | Event::InlineHtml(raw) => Event::Text(raw),
        Event::Start(Tag::Heading {
            level,
            id,
            classes,
            attrs,
        }) => Event::Start(Tag::Heading {
            level: demote(level),
            id,
            classes,
            attrs,
        }),
        Event::End(pulldown_cmark::TagEnd::Heading(level)) => {
            Event::End(pulldown_cmark::TagEnd::Heading(demote(level)))
        }
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }) => Event::Start(Tag::Link {
            link_type,
            dest_url: safe_url(dest_url),
            title,
            id,
        }),
        Event::Start(Tag::Image {
            link_type,
            dest_url,
            title,
            id,
        }) => Event::Start(Tag::Image {
            link_type,
            dest_url: safe_url(dest_url),
            title,
            id,
        }),
        other => other,
    });
    let mut out = String::with_capacity(markdown.len() * 5 / 4);
    html::push_html(&mut out, events);
    out
}

fn demote(level: HeadingLevel) -> HeadingLevel {
    match level {
        HeadingLevel::H1 | HeadingLevel::H2 => HeadingLevel::H3,
        other => other,
    }
}

/// Keeps http(s), mailto, tel, fragment and relative URLs; anything else (`javascript:`,
/// `data:`, `vbscript:`, however spelt) becomes an empty fragment.
fn safe_url(url: CowStr<'_>) -> CowStr<'_> {
    // Browsers ignore ASCII whitespace and control characters inside a scheme.
    let squeezed: String = url
        .chars()
        .filter(|c| !c.is_ascii_whitespace() && !c.is_ascii_control())
        .take(16)
        .collect::<String>()
        .to_ascii_lowercase();
    let scheme_end = squeezed.find([':', '/', '?', '#']);
    let has_scheme = scheme_end.is_some_and(|i| squeezed[i..].starts_with(':'));
    let allowed = ["http:", "https:", "mailto:", "tel:"];
    if !has_scheme || allowed.iter().any(|s| squeezed.starts_with(s)) {
        url
    } else {
        CowStr::Borrowed("#")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_lists_and_emphasis() {
        let html = to_html("- one\n- **two**\n");
        assert_eq!(
            html,
            "<ul>\n<li>one</li>\n<li><strong>two</strong></li>\n</ul>\n"
        );
    }

    #[test]
    fn raw_html_is_shown_as_text() {
        let html = to_html("Hi <script>alert(1)</script> <img src=x onerror=alert(1)>");
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("<img"), "{html}");
        assert!(html.contains("&lt;script&gt;"), "{html}");
    }

    #[test]
    fn script_urls_are_removed() {
        for md in [
            "[x](javascript:alert(1))",
            "[x](JaVaScRiPt:alert(1))",
            "[x](java\tscript:alert(1))",
            "[x]( javascript:alert(1))",
            "[x](data:text/html;base64,PHNjcmlwdD4=)",
            "[x](vbscript:msgbox)",
            "![x](javascript:alert(1))",
            "<javascript:alert(1)>",
            "[x][r]\n\n[r]: javascript:alert(1)",
            "[x](javascript&#58;alert(1))",
            "[x](&#x6A;avascript:alert(1))",
            "[x](<javascript:alert(1)>)",
            "[x](\\javascript:alert(1))",
            "[x](java%0ascript:alert(1) \"t\")",
        ] {
            let html = to_html(md).to_lowercase();
            for attr in ["href=\"", "src=\""] {
                for scheme in ["javascript:", "data:", "vbscript:"] {
                    assert!(!html.contains(&format!("{attr}{scheme}")), "{md} -> {html}");
                }
            }
        }
    }

    #[test]
    fn safe_urls_stay() {
        let html = to_html("[a](https://imy.se) [b](mailto:x@y.se) [c](#rights) [d](../history/)");
        for url in ["https://imy.se", "mailto:x@y.se", "#rights", "../history/"] {
            assert!(html.contains(&format!("href=\"{url}\"")), "{url}: {html}");
        }
    }

    #[test]
    fn headings_start_below_the_section_heading() {
        assert!(to_html("# Big").starts_with("<h3>"));
        assert!(to_html("#### Small").starts_with("<h4>"));
    }
}
