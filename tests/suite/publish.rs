//! What a built page tells browsers, search engines and feed readers about itself: a
//! description, an icon, its feeds; and the subscribe block on a company's pages, with the
//! e-mail form `[subscribe]` in site.toml configures, which takes only an http(s) address.

use crate::prelude::{Fixture, page};
use privsite::Built;

/// The HTML pages of a built site.
fn html_pages(built: &Built) -> Vec<(&str, &str)> {
    built
        .output
        .files
        .iter()
        .filter(|(p, _)| p.ends_with(".html"))
        .map(|(p, b)| (p.as_str(), std::str::from_utf8(b).unwrap()))
        .collect()
}

/// The content of the page's `<meta name="description">`, as written (escaped).
fn description(html: &str) -> Option<&str> {
    let start = html.find(r#"<meta name="description" content=""#)?;
    let rest = &html[start + r#"<meta name="description" content=""#.len()..];
    Some(&rest[..rest.find('"')?])
}

/// The part of a page inside `<head>`.
fn head(html: &str) -> &str {
    &html[..html.find("</head>").expect("a head")]
}

#[test]
fn every_page_has_a_description_an_icon_and_its_feeds() {
    let built = Fixture::copy("basic").built();
    assert!(
        page(&built, "favicon.svg").starts_with("<svg"),
        "the icon is written"
    );
    let pages = html_pages(&built);
    assert!(pages.len() > 10);
    for (path, html) in pages {
        let head = head(html);
        let text = description(head).unwrap_or_else(|| panic!("{path}: no description"));
        assert!(!text.trim().is_empty(), "{path}: empty description");
        assert!(
            !text.contains('<') && !text.contains('\n'),
            "{path}: {text}"
        );
        assert_eq!(
            head.matches(r#"<link rel="icon" href=""#).count(),
            1,
            "{path}: one icon link"
        );
        assert!(
            head.contains(r#"favicon.svg" type="image/svg+xml">"#),
            "{path}"
        );
        // Every page names the site's feed; a company's page in a locale also its own.
        let feeds = head.matches(r#"<link rel="alternate" type="application/atom+xml""#);
        assert!(feeds.count() >= 1, "{path}: no feed link");
        assert!(head.contains(r#"feed.xml">"#), "{path}");
    }
    let head_of = |path: &str| head(page(&built, path)).to_string();
    assert!(head_of("acme/en/history/index.html").contains(
        r#"<link rel="alternate" type="application/atom+xml" title="Acme AB: privacy policy changes" href="../../../acme/en/feed.xml">"#
    ));
    assert!(head_of("index.html").contains(
        r#"<link rel="alternate" type="application/atom+xml" title="All privacy policy changes" href="./feed.xml">"#
    ));
    assert!(head_of("404.html").contains(r#"href="/legal/feed.xml">"#));
    // The company's page names the feed of each of its languages.
    let company = head_of("acme/index.html");
    assert!(
        company.contains(r#"href="../acme/en/feed.xml">"#),
        "{company}"
    );
    assert!(
        company.contains(r#"href="../acme/sv/feed.xml">"#),
        "{company}"
    );
}

#[test]
fn a_description_is_the_revision_summary_or_the_page_title() {
    let built = Fixture::copy("basic").built();
    let of = |path: &str| description(page(&built, path)).unwrap().to_string();
    // A revision's page, current or permanent, and its diff: the summary of what changed.
    assert_eq!(
        of("acme/en/index.html"),
        "Bravo Mail replaced by Charlie Send."
    );
    assert_eq!(
        of("acme/en/2023-06-01/index.html"),
        "Bravo Mail replaced by Charlie Send."
    );
    assert_eq!(of("acme/en/2020-01-01/index.html"), "First version.");
    assert_eq!(of("acme/sv/index.html"), "Första versionen.");
    assert_eq!(
        of("acme/en/2023-06-01/diff/index.html"),
        "Bravo Mail replaced by Charlie Send."
    );
    // Pages without a summary: their title and the company.
    assert_eq!(
        of("acme/en/history/index.html"),
        "Version history – Acme AB"
    );
    assert_eq!(
        of("acme/en/processors/index.html"),
        "Recipients of personal data – Acme AB"
    );
    assert_eq!(of("acme/index.html"), "Privacy policy – Acme AB");
    assert_eq!(
        of("index.html"),
        "Privacy policies, each with the versions this site holds."
    );
}

#[test]
fn a_revision_without_a_summary_is_described_by_its_title() {
    let fixture = Fixture::copy("basic");
    fixture.replace(
        "content/acme/en/2023-06-01.toml",
        "summary = \"Bravo Mail replaced by Charlie Send.\"",
        "summary = \"  \"",
    );
    let built = fixture.built();
    let html = page(&built, "acme/en/index.html");
    assert_eq!(description(html), Some("Privacy policy – Acme AB"));
}

#[test]
fn a_description_is_escaped_plain_text_on_one_line() {
    let fixture = Fixture::copy("basic");
    fixture.replace(
        "content/acme/en/2023-06-01.toml",
        "summary = \"Bravo Mail replaced by Charlie Send.\"",
        "summary = \"\"\"\n\"Bravo\" <Mail> & \n  Charlie\"\"\"",
    );
    let built = fixture.built();
    let html = page(&built, "acme/en/index.html");
    assert_eq!(
        description(html),
        Some("&quot;Bravo&quot; &lt;Mail&gt; &amp; Charlie")
    );
}

/// The subscribe block of a page, from its heading to the end of its section.
fn subscribe_block(html: &str) -> &str {
    let start = html
        .find(r#"<section class="subscribe""#)
        .expect("a subscribe block");
    let end = start + html[start..].find("</section>").unwrap();
    &html[start..end]
}

const COMPANY_PAGES: &[&str] = &[
    "acme/en/index.html",
    "acme/en/2020-01-01/index.html",
    "acme/en/2023-06-01/diff/index.html",
    "acme/en/history/index.html",
    "acme/en/processors/index.html",
];

#[test]
fn without_subscribe_a_company_page_offers_its_feed_and_no_form() {
    let built = Fixture::copy("basic").built();
    for path in COMPANY_PAGES {
        let block = subscribe_block(page(&built, path));
        assert!(block.contains("Follow changes"), "{path}");
        assert!(
            block.contains("acme/en/feed.xml\" type=\"application/atom+xml\">Atom feed</a>"),
            "{path}: {block}"
        );
        assert!(!block.contains("<form"), "{path}");
    }
    assert!(!page(&built, "index.html").contains("<form"));
}

#[test]
fn with_subscribe_a_company_page_has_an_accessible_sign_up_form() {
    let fixture = Fixture::copy("basic");
    let toml = fixture.read("site.toml");
    fixture.write(
        "site.toml",
        format!(
            "{toml}\n[subscribe]\naction = \"https://lists.example.com/sub?list=acme&lang=en\"\n\
             method = \"get\"\nfield = \"EMAIL\"\n"
        ),
    );
    let built = fixture.built();
    for path in COMPANY_PAGES {
        let block = subscribe_block(page(&built, path));
        assert!(
            block.contains(
                r#"<form class="subscribe-form" action="https://lists.example.com/sub?list=acme&amp;lang=en" method="get">"#
            ),
            "{path}: {block}"
        );
        assert!(
            block.contains(r#"<label for="ps-subscribe-email">E-mail address</label>"#),
            "{path}"
        );
        assert!(
            block.contains(
                r#"<input id="ps-subscribe-email" name="EMAIL" type="email" autocomplete="email" required>"#
            ),
            "{path}: {block}"
        );
        assert!(
            block.contains(r#"<button type="submit">Subscribe</button>"#),
            "{path}"
        );
    }
    // Defaults: sent with POST, the field named `email`; and in the page's language.
    fixture.replace("site.toml", "method = \"get\"\nfield = \"EMAIL\"\n", "");
    let built = fixture.built();
    let block = subscribe_block(page(&built, "acme/sv/index.html"));
    assert!(block.contains(r#"method="post">"#), "{block}");
    assert!(block.contains(r#"name="email""#), "{block}");
    assert!(
        block.contains("E-postadress") && block.contains("Prenumerera"),
        "{block}"
    );
}

#[test]
fn a_sign_up_address_cannot_leave_its_attribute() {
    let fixture = Fixture::copy("basic");
    let toml = fixture.read("site.toml");
    fixture.write(
        "site.toml",
        format!("{toml}\n[subscribe]\naction = 'https://x.example/\"onfocus=\"alert(1)<script>'\n"),
    );
    let built = fixture.built();
    let block = subscribe_block(page(&built, "acme/en/index.html"));
    assert!(
        block.contains(
            r#"action="https://x.example/&quot;onfocus=&quot;alert(1)&lt;script&gt;" method="post">"#
        ),
        "{block}"
    );
}

/// Builds the fixture with `subscribe` as its `[subscribe]` table and returns the errors.
fn subscribe_errors(subscribe: &str) -> (Fixture, String) {
    let fixture = Fixture::copy("basic");
    let toml = fixture.read("site.toml");
    fixture.write("site.toml", format!("{toml}\n[subscribe]\n{subscribe}\n"));
    let errors = fixture.errors();
    (fixture, errors)
}

#[test]
fn a_sign_up_form_that_could_run_script_is_an_error_at_its_position() {
    for action in [
        "javascript:alert(document.cookie)",
        "JavaScript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "//lists.example.com/sub",
        "/subscribe",
        "https://lists.example.com/a b",
    ] {
        let (fixture, errors) = subscribe_errors(&format!("action = {action:?}"));
        let at = fixture.position("site.toml", &format!("{action:?}"));
        assert!(
            errors.contains(&format!("{at}: invalid [subscribe] action: expected")),
            "{action}: {errors}"
        );
    }
    let (fixture, errors) =
        subscribe_errors("action = \"https://x.example/s\"\nfield = \"e\\\"><script>\"");
    let at = fixture.position("site.toml", "\"e\\\"");
    assert!(
        errors.contains(&format!("{at}: invalid [subscribe] field")),
        "{errors}"
    );
    let (fixture, errors) = subscribe_errors("action = \"https://x.example/s\"\nmethod = \"put\"");
    let at = fixture.position("site.toml", "\"put\"");
    assert!(errors.contains(&format!("{at}:")), "{errors}");
    // Unknown keys stay errors.
    let (fixture, errors) = subscribe_errors("action = \"https://x.example/s\"\nlist = \"a\"");
    let at = fixture.position("site.toml", "list = ");
    assert!(
        errors.contains(&format!("{at}: unknown key `list`")),
        "{errors}"
    );
}
