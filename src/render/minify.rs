//! Minifying pages with minify-html: the built-in templates once as they load (see
//! [`super::theme`]), or, for a theme of the site's own, each page, with the prose
//! fragments it shows set aside already minified; and prose that holds raw HTML (prose
//! in Markdown alone is made compact as it is written: [`super::cache::Fragment`]).

use super::cache::Prose;

pub(super) fn minify(html: &[u8]) -> Vec<u8> {
    // minify-html recurses per element: a page nested deeper is written as it is.
    if crate::text::guard::html_deeper_than(html, crate::text::guard::MAX_MINIFY_DEPTH) {
        return html.to_vec();
    }
    minify_html::minify(html, &minify_cfg())
}

pub(super) fn minify_cfg() -> minify_html::Cfg {
    minify_html::Cfg {
        keep_closing_tags: true,
        keep_html_and_head_opening_tags: true,
        minify_css: true,
        ..minify_html::Cfg::new()
    }
}

/// A Tera HTML template minified with its `{{ }}`, `{% %}` and `{# #}` kept as they are.
pub(super) fn minify_template(text: &str) -> String {
    let cfg = minify_html::Cfg {
        preserve_brace_template_syntax: true,
        ..minify_cfg()
    };
    if crate::text::guard::html_deeper_than(text.as_bytes(), crate::text::guard::MAX_MINIFY_DEPTH) {
        return text.to_string();
    }
    String::from_utf8_lossy(&minify_html::minify(text.as_bytes(), &cfg)).into_owned()
}

/// Marks where a fragment stood; a block element the minifier keeps as it is.
pub(super) const FRAGMENT_MARK: &str = "<div data-privsite-fragment=";

/// Minifies a page whose prose fragments are already minified: each fragment found in the
/// page is set aside behind a marker, the rest is minified, and the fragments go back in.
/// Most of a policy page is prose, so this spares the minifier most of its work. Where
/// anything does not line up, the whole page is minified as it is.
pub(super) fn minify_page(html: &str, prose: Option<&Prose>) -> Vec<u8> {
    let Some(prose) = prose else {
        return minify(html.as_bytes());
    };
    // (start, end, minified text) of each fragment found, in page order, not overlapping.
    // Templates usually show fragments in source order: look after the previous one first.
    let mut cursor = 0;
    let mut found: Vec<(usize, usize, &str)> = prose
        .fragments()
        .filter(|f| f.html.len() >= 64)
        .filter_map(|f| {
            let needle = f.html.as_bytes();
            let start = memchr::memmem::find(&html.as_bytes()[cursor..], needle)
                .map(|i| i + cursor)
                .or_else(|| memchr::memmem::find(html.as_bytes(), needle))?;
            cursor = start + needle.len();
            Some((start, cursor, f.minified.as_deref()?))
        })
        .collect();
    found.sort_by_key(|&(start, ..)| start);
    found.dedup_by(|next, kept| next.0 < kept.1);
    let mut skeleton = String::with_capacity(html.len() / 2);
    let mut at = 0;
    for (i, (start, end, _)) in found.iter().enumerate() {
        skeleton.push_str(&html[at..*start]);
        skeleton.push_str(&format!("{FRAGMENT_MARK}{i}></div>"));
        at = *end;
    }
    skeleton.push_str(&html[at..]);
    let small = minify(skeleton.as_bytes());
    let small = String::from_utf8_lossy(&small);
    let mut out = String::with_capacity(small.len() + html.len() / 2);
    let mut rest: &str = &small;
    for (i, (.., minified)) in found.iter().enumerate() {
        let mark = format!("{FRAGMENT_MARK}{i}></div>");
        let Some(pos) = rest.find(&mark) else {
            return minify(html.as_bytes());
        };
        out.push_str(&rest[..pos]);
        out.push_str(minified);
        rest = &rest[pos + mark.len()..];
    }
    out.push_str(rest);
    out.into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::cache::Fragment;

    #[test]
    fn minifying_around_fragments_gives_the_same_bytes() {
        let body = "Some text that is long enough to be worth setting aside, with *emphasis*.\n\n- one\n- two\n";
        let fragment = Fragment::new(body, true);
        let prose = Prose {
            intro: None,
            sections: vec![fragment],
            purposes: vec![],
            date_note: None,
        };
        let page = format!(
            "<!doctype html>\n<html lang=\"en\">\n<head>\n<title>T</title>\n</head>\n<body>\n  <section id=\"a\">\n    <h2>A</h2>\n    {}\n  </section>\n</body>\n</html>\n",
            prose.sections[0].html
        );
        assert_eq!(minify_page(&page, Some(&prose)), minify(page.as_bytes()));
        assert!(
            String::from_utf8(minify_page(&page, Some(&prose)))
                .unwrap()
                .contains("<li>one</li>")
        );
    }

    #[test]
    fn a_page_whose_fragment_was_changed_by_the_template_still_minifies() {
        let prose = Prose {
            intro: Some(Fragment::new(&"word ".repeat(30), true)),
            sections: vec![],
            purposes: vec![],
            date_note: None,
        };
        let page = "<html><body><p>Not the fragment at all.</p></body></html>";
        assert_eq!(minify_page(page, Some(&prose)), minify(page.as_bytes()));
    }
}
