//! Tests of Markdown to safe HTML, ids and change marks.

use proptest::prelude::*;

use super::*;

/// Pieces of Markdown as policies write it, and as attackers might: every block and
/// inline kind pulldown-cmark knows with the options used, quotes, entities, no-break
/// spaces, link addresses safe and not, heading attributes, autolinks, images.
#[rustfmt::skip]
const PIECES: &[&str] = &[
    "word", "Åsa", "個人情報", " ", "\n", "\n\n", "# ", "## ", "### ", "- ", "1. ", "> ", "    ",
    "*", "**", "_", "~~", "`", "```rust\n", "```\n", "| a | b |\n|:--|--:|\n| c | d |\n", "|",
    "[link](https://example.org/a?b=c&d=e \"t\")", "[x](javascript:alert(1))", "[y](/rel 'q')",
    "<https://example.org>", "<mailto:a@b.se>", "<javascript:alert(1)>", "![alt](x.png \"t\")",
    "\"", "'", "&", "&amp;", "&lt;b&gt;", "&nbsp;", "&quot;", "&#39;", "\u{a0}", "<", ">",
    "{#id}", "{.cls key=val}", "{: #kd}", "---\n", "\\", "\\*", "[ref]", "[ref]: https://r.se\n",
    "\u{E000}", "\u{E001}", "\u{E002}",
];

fn markdown() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..40).prop_map(|p| p.concat())
}

/// A fragment as an HTML parser reads it, serialized again: equal for two fragments
/// whose elements, attributes and text are the same, however each was written.
fn dom(html: &str) -> String {
    scraper::Html::parse_fragment(html).html()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]
    /// The compact HTML of prose is its HTML without line breaks next to a block's tag
    /// (where they show nothing), void elements without their slash, and nothing else:
    /// no character of text, code or a soft line break is lost.
    #[test]
    fn compact_prose_is_its_html_without_line_breaks_at_blocks(md in markdown()) {
        let (html, compact) = to_html_and_compact_in(&md, &mut Anchors::default());
        prop_assert_eq!(&html, &to_html_in(&md, &mut Anchors::default()));
        let Some(compact) = compact else {
            prop_assert!(safe_events(&md, &mut Anchors::default()).raw_html);
            return Ok(());
        };
        let html = html.replace("<br />", "<br>").replace("<hr />", "<hr>");
        let (h, c) = (html.as_bytes(), compact.as_bytes());
        let mut j = 0;
        for (i, &b) in h.iter().enumerate() {
            if c.get(j) == Some(&b) {
                j += 1;
                continue;
            }
            prop_assert_eq!(b, b'\n', "{} lost at {} of {:?}", b as char, i, html);
            let at_block = block_tag_ends_at(&html[..i]) || block_tag_starts(&html[i + 1..]);
            prop_assert!(at_block, "a line break not at a block lost at {} of {:?}", i, html);
            let open = html[..i].matches("<pre>").count() - html[..i].matches("</pre>").count();
            prop_assert_eq!(open, 0, "a line break of code lost at {} of {:?}", i, html);
        }
        prop_assert_eq!(j, c.len(), "{:?} holds more than {:?}", compact, html);
    }


    /// Without raw HTML in the source, the sanitizer has nothing to remove from what
    /// pulldown-cmark writes: the page is the same with or without it.
    #[test]
    fn markdown_without_raw_html_needs_no_sanitizing(md in markdown()) {
        let events = safe_events(&md, &mut Anchors::default());
        prop_assume!(!events.raw_html);
        let mut html = String::new();
        html::push_html(&mut html, events.events.into_iter());
        prop_assert_eq!(dom(&html), dom(&sanitize(&html)), "{}", html);
    }
}

#[test]
fn raw_html_is_still_sanitized() {
    let html = to_html("Hi <img src=x onerror=alert(1)> <b onclick=x>b</b>\n\n<script>x</script>");
    assert!(
        !html.contains("onerror") && !html.contains("onclick") && !html.contains("<script"),
        "{html}"
    );
    let code = to_html("```js\nalert(1)\n```\n\n| a |\n|--:|\n| b |\n");
    assert!(
        !code.contains("language-") && !code.contains("style="),
        "{code}"
    );
}

#[test]
fn renders_lists_and_emphasis() {
    let html = to_html("- one\n- **two**\n");
    assert_eq!(
        html,
        "<ul>\n<li>one</li>\n<li><strong>two</strong></li>\n</ul>\n"
    );
}

#[test]
fn raw_html_keeps_its_structure_and_loses_what_runs() {
    let html = to_html(
        "<table><thead><tr><th scope=\"col\" style=\"x\">What</th></tr></thead>\
         <tbody><tr><td colspan=\"2\" onclick=\"alert(1)\"><a id=\"bookmark-a\"></a>Data</td></tr></tbody></table>\n\n\
         Hi <script>alert(1)</script> <img src=x onerror=alert(1)>",
    );
    assert!(html.contains("<th scope=\"col\">What</th>"), "{html}");
    assert!(
        html.contains("<td colspan=\"2\"><a id=\"bookmark-a\"></a>Data</td>"),
        "{html}"
    );
    for bad in [
        "<script", "<img", "onclick", "onerror", "style=", "alert(1)",
    ] {
        assert!(!html.contains(bad), "{bad}: {html}");
    }
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
        "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
        "<a href=\" javascript:alert(1)\">x</a>",
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
    let html = to_html(
        "[a](https://imy.se) [b](mailto:x@y.se) [c](#rights) [d](../history/) <a href=\"tel:+4681\">e</a>",
    );
    for url in [
        "https://imy.se",
        "mailto:x@y.se",
        "#rights",
        "../history/",
        "tel:+4681",
    ] {
        assert!(html.contains(&format!("href=\"{url}\"")), "{url}: {html}");
    }
}

#[test]
fn headings_start_below_the_section_heading_with_an_anchor() {
    assert_eq!(
        to_html("# Big"),
        "<h3 id=\"big\">Big <a class=\"anchor\" href=\"#big\">#</a></h3>\n"
    );
    assert!(to_html("#### Small").starts_with("<h4 id=\"small\">"));
}

#[test]
fn heading_ids_are_stated_or_slugged_and_unique() {
    let html = to_html(
        "## Your rights {#rights-detail}\n\n### Cookies\n{: #kakor}\n\n### Så sparar vi\n\n### Så sparar vi\n\n## PS notes\n\n## Hidden {#ps-x}\n",
    );
    assert!(
        html.contains("<h3 id=\"rights-detail\">Your rights <a"),
        "{html}"
    );
    assert!(html.contains("<h3 id=\"kakor\">Cookies <a"), "{html}");
    assert!(!html.contains("{:"), "{html}");
    assert!(html.contains("id=\"så-sparar-vi\""), "{html}");
    assert!(html.contains("id=\"så-sparar-vi-2\""), "{html}");
    assert!(html.contains("id=\"h-ps-notes\""), "{html}");
    assert!(!html.contains("\"ps-"), "{html}");
    assert!(html.contains("id=\"hidden\""), "{html}");
    // A slug never takes an id the page states elsewhere.
    let mut anchors = Anchors::for_texts(["cookies"], ["<a id=\"data\"></a>"]);
    let html = to_html_in("## Cookies\n\n## Data\n", &mut anchors);
    assert!(
        html.contains("id=\"cookies-2\"") && html.contains("id=\"data-2\""),
        "{html}"
    );
}

#[test]
fn source_ids_never_take_the_theme_prefix() {
    let html = to_html("<p id=\"ps-nav\">x</p><a name=\"ps-y\" id=\"ok\">y</a>");
    assert!(!html.contains("ps-"), "{html}");
    assert!(html.contains("id=\"ok\""), "{html}");
}

#[test]
fn sources_cannot_write_the_diff_marks() {
    let html = to_html("<ins>x</ins> <del>y</del> ~~z~~");
    assert!(!html.contains("<ins") && !html.contains("<del"), "{html}");
    assert!(html.contains("<s>z</s>"), "{html}");
}

#[test]
fn compact_prose_has_no_line_breaks_between_blocks() {
    let md = "One *two*\nthree  \nfour\n\n- a\n- b\n\n---\n\n| x |\n|---|\n| y |\n\n```\nlet a = 1;\n\nb\n```\n";
    let (_, compact) = to_html_and_compact_in(md, &mut Anchors::default());
    assert_eq!(
        compact.as_deref(),
        Some(
            "<p>One <em>two</em>\nthree<br>\nfour</p><ul><li>a</li><li>b</li></ul><hr>\
             <table><thead><tr><th>x</th></tr></thead><tbody><tr><td>y</td></tr></tbody></table>\
             <pre><code>let a = 1;\n\nb\n</code></pre>"
        )
    );
    // Raw HTML is sanitized, and minified as any HTML is.
    assert_eq!(
        to_html_and_compact_in("a <b>b</b>", &mut Anchors::default()).1,
        None
    );
}

/// Elements pulldown-cmark writes as blocks.
const BLOCKS: &[&str] = &[
    "p",
    "ul",
    "ol",
    "li",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "table",
    "thead",
    "tbody",
    "tr",
    "hr",
];

/// Whether `before` ends with a block's opening or closing tag.
fn block_tag_ends_at(before: &str) -> bool {
    before.ends_with('>')
        && before.rfind('<').is_some_and(|lt| {
            let name = before[lt + 1..].trim_start_matches('/');
            let name = name.split([' ', '>']).next().unwrap_or("");
            BLOCKS.contains(&name)
        })
}

/// Whether `after` starts with a block's opening or closing tag.
fn block_tag_starts(after: &str) -> bool {
    after.strip_prefix('<').is_some_and(|tag| {
        let name = tag.trim_start_matches('/');
        let name = name.split([' ', '>']).next().unwrap_or("");
        BLOCKS.contains(&name)
    })
}
