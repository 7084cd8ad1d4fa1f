//! Nothing from a source can put script on a page: raw HTML, event handlers, iframes and
//! `javascript:` URLs in any prose or plain field come out as harmless text.

use crate::prelude::{Fixture, page, texts};

const ATTACKS: &[&str] = &[
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<iframe src=\\\"https://evil.example\\\"></iframe>",
    "[click](javascript:alert(1))",
    "[click](JAVASCRIPT:alert(1))",
    "[click](data:text/html;base64,PHNjcmlwdD4=)",
    "<a href=\\\"javascript:alert(1)\\\">x</a>",
    "<svg onload=alert(1)>",
    "\\\"><script>alert(1)</script>",
];

#[test]
fn no_source_field_can_inject_script() {
    let fixture = Fixture::copy("basic");
    let attack = ATTACKS.join(" ");
    let revision = format!(
        r#"title = "{attack}"
summary = "{attack}"
intro = """{attack}"""

[[sections]]
id = "data"
title = "{attack}"
body = """
{attack}

- {attack}

[ref]: javascript:alert(2)
"""

[[purposes]]
id = "billing"
title = "{attack}"
legal_bases = ["legitimate-interests"]
legitimate_interest = "{attack}"
body = """{attack}"""

[[processors]]
name = "{attack}"
purpose = "{attack}"
data = "{attack}"
group = "{attack}"
url = "https://x.example/\\\"><script>alert(1)</script>"
"#
    );
    fixture.write("content/acme/en/2024-01-01.toml", revision);
    fixture.write(
        "content/acme/company.toml",
        r#"name = "<script>alert(1)</script>"
address = "<img src=x onerror=alert(1)>"
default_locale = "en"
"#,
    );
    let built = fixture.built();
    let mut checked = 0;
    // HTML pages and XML feeds are what browsers and feed readers render; the JSON and
    // CSV exports carry the source text as data, verbatim.
    for (path, text) in texts(&built) {
        if !(path.ends_with(".html") || path.ends_with(".xml")) {
            continue;
        }
        for tag in tags(text) {
            let lower = tag.to_lowercase();
            let name: String = lower
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect();
            assert!(
                ![
                    "script",
                    "iframe",
                    "svg",
                    "img",
                    "object",
                    "embed",
                    "a href=\"javascript"
                ]
                .contains(&name.as_str()),
                "{path}: <{tag}>"
            );
            for attr in lower.split_whitespace().skip(1) {
                // An attribute named on…= (a word inside a quoted value is not one).
                let is_handler = attr.starts_with("on")
                    && attr
                        .split_once('=')
                        .is_some_and(|(name, _)| name.chars().all(|c| c.is_ascii_alphabetic()));
                assert!(!is_handler, "{path}: event handler in <{tag}>");
                for scheme in ["javascript:", "data:", "vbscript:"] {
                    assert!(
                        !attr.contains(&format!("=\"{scheme}"))
                            && !attr.contains(&format!("={scheme}")),
                        "{path}: <{tag}>"
                    );
                }
            }
        }
        checked += 1;
    }
    assert!(checked > 10);
    // The text is still there, escaped, for the reader to see.
    let html = page(&built, "acme/en/2024-01-01/index.html");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
}

/// The tags of an HTML text: what stands between '<' and '>', where '<' opens an element.
fn tags(html: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        rest = &rest[i + 1..];
        if rest.starts_with(|c: char| c.is_ascii_alphabetic()) {
            let end = rest.find('>').unwrap_or(rest.len());
            out.push(&rest[..end]);
            rest = &rest[end..];
        }
    }
    out
}

#[test]
fn the_tag_scanner_sees_tags_not_text() {
    assert_eq!(
        tags("<p class=x>&lt;img onerror=1&gt;</p><a href=\"y\">"),
        vec!["p class=x", "a href=\"y\""]
    );
}
