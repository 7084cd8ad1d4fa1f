//! The pages of a fixture site, built through the real pipeline; and minified, the
//! built-in templates minified once as they load instead of every page they render: the
//! pages must be what minifying each page would give.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

use privsite::{BuildOptions, Output};

use crate::prelude::{Fixture, copy_tree, fixtures, page, repo, sitemap_urls, today};

#[test]
fn every_page_type_is_written() {
    let built = Fixture::copy("basic").built();
    for path in [
        "index.html",
        "404.html",
        "sitemap.xml",
        "sitemap-site.xml",
        "acme/sitemap.xml",
        "robots.txt",
        "style.css",
        "acme/index.html",
        "acme/en/index.html",
        "acme/en/2020-01-01/index.html",
        "acme/en/2023-06-01/index.html",
        "acme/en/2099-01-01/index.html",
        "acme/en/history/index.html",
        "acme/en/processors/index.html",
        "acme/sv/index.html",
        "acme/sv/2020-01-01/index.html",
        "beta/fi/index.html",
    ] {
        page(&built, path);
    }
    assert!(
        built.output.get("acme/en/2024-02-01/index.html").is_none(),
        "drafts are not published"
    );
}

#[test]
fn the_current_page_shows_the_revision_in_force_and_announces_the_upcoming_one() {
    let built = Fixture::copy("basic").built();
    let html = page(&built, "acme/en/index.html");
    assert!(html.contains("<h1 lang=\"en\" dir=\"ltr\">Privacy policy</h1>"));
    assert!(
        html.contains("In force from June 1, 2023"),
        "the 2023 revision is in force on 2025-01-01"
    );
    assert!(html.contains("Your IP address"));
    // The page shows the processor in force; the one it replaced is named only in the
    // summary of what changed, which is the page's description.
    let body = &html[html.find("<body").unwrap()..];
    assert!(body.contains("Charlie Send") && !body.contains("Bravo Mail"));
    assert!(html.contains("An updated policy takes effect on January 1, 2099."));
    assert!(html.contains(r#"href="../../acme/en/2099-01-01/""#));
    // The controller's facts from company.toml.
    for fact in [
        "Acme AB",
        "556000-0000",
        "Storgatan 1",
        "mailto:privacy@acme.example",
        "Dana Protector",
        "https://www.imy.se",
    ] {
        assert!(html.contains(fact), "{fact}");
    }
    // Purposes with their legal bases, after the section that introduces them.
    let purposes = html.find(r#"id="purposes""#).unwrap();
    let billing = html.find(r#"id="ps-purpose-billing""#).unwrap();
    let retention = html.find(r#"id="retention""#).unwrap();
    assert!(purposes < billing && billing < retention);
    assert!(html.contains("Performance of a contract") && html.contains("GDPR Art. 6(1)(b)"));
    assert!(html.contains("Understanding how the site is used"));
}

#[test]
fn earlier_and_upcoming_revisions_say_so_and_link_to_the_one_in_force() {
    let built = Fixture::copy("basic").built();
    let old = page(&built, "acme/en/2020-01-01/index.html");
    assert!(old.contains("This version was in force from January 1, 2020 through May 31, 2023."));
    assert!(old.contains(r#"<a href="../../../acme/en/">Read the version in force.</a>"#));
    assert!(old.contains("Bravo Mail"));
    assert!(old.contains(r#"<meta name="robots" content="noindex">"#));
    let next = page(&built, "acme/en/2099-01-01/index.html");
    assert!(next.contains("This version takes effect on January 1, 2099."));
    assert!(next.contains("Takes effect on January 1, 2099"));
    assert!(next.contains("Delta Support"));
}

#[test]
fn history_lists_every_published_revision_newest_first() {
    let built = Fixture::copy("basic").built();
    let html = page(&built, "acme/en/history/index.html");
    let positions: Vec<usize> = ["2099-01-01", "2023-06-01", "2020-01-01"]
        .iter()
        .map(|d| {
            html.find(&format!(r#"href="../../../acme/en/{d}/""#))
                .unwrap_or_else(|| panic!("{d}"))
        })
        .collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "{positions:?}");
    assert!(html.contains("Bravo Mail replaced by Charlie Send."));
    assert!(
        html.contains("Upcoming") && html.contains("In force") && html.contains("Earlier version")
    );
    assert!(
        !html.contains("2024-02-01"),
        "drafts stay out of the history"
    );
}

#[test]
fn processor_table_groups_and_dates_processors() {
    let built = Fixture::copy("basic").built();
    let html = page(&built, "acme/en/processors/index.html");
    let infra = html.find(">Infrastructure<").unwrap();
    let comm = html.find(">Communication<").unwrap();
    assert!(infra < comm, "groups keep the order of the source");
    assert!(
        html.contains(
            r#"<span class="since"><time datetime="2023-06-01">Since June 1, 2023</time></span>"#
        ),
        "Charlie Send's since-date"
    );
    assert!(html.contains("United States <span class=\"tag\">outside the EEA</span>"));
    assert!(html.contains("EU–US Data Privacy Framework"));
    // Coming changes come before the table, told as the diff tells them.
    let coming = html.find("Coming changes").unwrap();
    assert!(coming < html.find("<table").unwrap());
    assert!(html[coming..].contains("Delta Support was added as a recipient."));
    // Bravo Mail came in 2020 and went when the 2023 revision took over.
    let removed = &html[html.find("Recipients no longer listed").unwrap()..];
    assert!(removed.contains("Bravo Mail"));
    assert!(removed.contains(r#"<time datetime="2023-06-01">"#));
}

#[test]
fn language_switcher_leads_to_the_same_page_in_other_locales() {
    let built = Fixture::copy("basic").built();
    let en_history = page(&built, "acme/en/history/index.html");
    assert!(
        en_history
            .contains(r#"<a href="../../../acme/sv/history/" hreflang="sv" lang="sv">Svenska</a>"#)
    );
    // A dated revision leads to the other locale's revision in force on that date.
    let en_2023 = page(&built, "acme/en/2023-06-01/index.html");
    assert!(en_2023.contains(r#"href="../../../acme/sv/2020-01-01/" hreflang="sv""#));
    let sv = page(&built, "acme/sv/index.html");
    assert!(sv.contains(r#"<html lang="sv""#));
    assert!(sv.contains(
        r#"<link rel="alternate" hreflang="en" href="https://example.org/legal/acme/en/">"#
    ));
    assert!(sv.contains(
        r#"<link rel="alternate" hreflang="x-default" href="https://example.org/legal/acme/en/">"#
    ));
}

#[test]
fn dates_and_labels_are_in_the_readers_language() {
    let built = Fixture::copy("basic").built();
    let sv = page(&built, "acme/sv/index.html");
    assert!(sv.contains("Gäller från 1 januari 2020"));
    assert!(sv.contains("Rättslig grund:"));
    assert!(sv.contains("USA"), "country names in Swedish");
    let fi = page(&built, "beta/fi/index.html");
    assert!(fi.contains("Voimassa 15. maaliskuuta 2021 alkaen"));
}

#[test]
fn a_translation_behind_the_reference_says_since_when() {
    let built = Fixture::copy("basic").built();
    let sv = page(&built, "acme/sv/index.html");
    assert!(sv.contains("Den här översättningen är inte uppdaterad."));
    assert!(sv.contains("Sedan 1 juni 2023 har versionen på engelska ändrats"));
    let en = page(&built, "acme/en/index.html");
    assert!(!en.contains("out of date"));
}

#[test]
fn facts_missing_from_the_sources_show_as_gaps() {
    let built = Fixture::copy("basic").built();
    let fi = page(&built, "beta/fi/index.html");
    // beta's company.toml names no controller: the page says so rather than hiding it.
    assert!(
        fi.matches("Ei mainita selosteessa").count() >= 3,
        "name, address, e-mail, authority"
    );
    assert!(
        fi.contains("<p class=\"company\">beta</p>"),
        "the slug stands in for the missing name"
    );
}

#[test]
fn links_work_under_a_sub_path() {
    let built = Fixture::copy("basic").built();
    let html = page(&built, "acme/en/2020-01-01/index.html");
    assert!(html.contains(r#"<link rel="stylesheet" href="../../../style.css">"#));
    assert!(html.contains(
        r#"<link rel="canonical" href="https://example.org/legal/acme/en/2020-01-01/">"#
    ));
    // The 404 page is served at any depth: its links are absolute under the base path.
    let not_found = page(&built, "404.html");
    assert!(not_found.contains(r#"href="/legal/style.css""#));
    assert!(not_found.contains(r#"<a href="/legal/">"#));
}

#[test]
fn sitemap_and_robots_use_absolute_urls_with_hreflang() {
    let built = Fixture::copy("basic").built();
    let company = page(&built, "acme/sitemap.xml");
    assert!(company.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    assert!(company.contains("<loc>https://example.org/legal/acme/sv/history/</loc>"));
    assert!(company.contains(r#"<xhtml:link rel="alternate" hreflang="en" href="https://example.org/legal/acme/en/history/"/>"#));
    assert!(!company.contains("2024-02-01"), "a draft is not listed");
    let robots = page(&built, "robots.txt");
    assert!(robots.contains("Sitemap: https://example.org/legal/sitemap.xml"));
}

#[test]
fn the_sitemap_index_lists_a_sitemap_per_company_and_every_page_once() {
    let built = Fixture::copy("basic").built();
    let read = |path: &str| built.output.text(path).map(str::to_string);
    let urls = sitemap_urls(read, "https://example.org/legal");
    // Every HTML page but the 404 page, at its address, in the sitemap of its company
    // (the site's index in the site-wide one); nothing else.
    let expected: BTreeMap<String, String> = built
        .output
        .files
        .keys()
        .filter(|f| f.ends_with(".html") && *f != "404.html")
        .map(|f| {
            let path = f.strip_suffix("index.html").unwrap_or(f);
            let sitemap = match path.split_once('/') {
                Some((slug, _)) => format!("{slug}/sitemap.xml"),
                None => "sitemap-site.xml".to_string(),
            };
            (format!("https://example.org/legal/{path}"), sitemap)
        })
        .collect();
    assert_eq!(urls, expected);
    let index = page(&built, "sitemap.xml");
    assert_eq!(index.matches("<sitemap>").count(), 3, "{index}");
    assert!(
        index.contains(
            "<loc>https://example.org/legal/acme/sitemap.xml</loc>\n<lastmod>2099-01-01</lastmod>"
        ),
        "an upcoming revision's pages are listed, and date the file: {index}"
    );
}

#[test]
fn drafts_build_when_asked() {
    let fixture = Fixture::copy("basic");
    let built = fixture
        .build_with(&BuildOptions {
            date: Some(today()),
            drafts: true,
            ..Default::default()
        })
        .unwrap();
    assert!(page(&built, "acme/en/history/index.html").contains("Privacy policy (draft)"));
    // 2024-02-01 is now the revision in force.
    assert!(page(&built, "acme/en/index.html").contains("Draft text."));
}

#[test]
fn minified_pages_keep_their_content() {
    let fixture = Fixture::copy("basic");
    let plain = fixture.built();
    fixture.write(
        "site.toml",
        fixture
            .read("site.toml")
            .replace("minify = false", "minify = true"),
    );
    let small = fixture.built();
    let (a, b) = (
        page(&plain, "acme/en/index.html"),
        page(&small, "acme/en/index.html"),
    );
    assert!(b.len() < a.len() * 9 / 10, "{} vs {}", b.len(), a.len());
    assert!(
        b.contains("</html>") && b.contains("<head>"),
        "closing and opening tags kept"
    );
    assert!(b.contains("Charlie Send"));
}

#[test]
fn a_site_may_override_templates_messages_and_static_files() {
    let fixture = Fixture::copy("basic");
    fixture.write(
        "templates/404.html",
        r#"{% extends "base.html" %}{% block main %}<p>Custom 404: {{ t(key='not-found-title') }}</p>{% endblock main %}"#,
    );
    fixture.write(
        "locales/en/site.ftl",
        "site-title = Acme legal\nnot-found-title = Lost\n",
    );
    fixture.write("static/style.css", "body{color:red}");
    let built = fixture.built();
    let html = page(&built, "404.html");
    assert!(html.contains("<p>Custom 404: Lost</p>"), "{html}");
    assert!(html.contains("<title>Acme legal</title>") || html.contains(">Acme legal</a>"));
    assert_eq!(page(&built, "style.css"), "body{color:red}");
    // Other templates still come from the built-in theme.
    assert!(page(&built, "acme/en/index.html").contains("In force from June 1, 2023"));
}

/// A locale without messages gets the English interface whole (see interface_locales.rs).
#[test]
fn a_locale_without_messages_falls_back_and_warns() {
    let fixture = Fixture::copy("basic");
    fixture.write(
        "content/acme/ja/2021-01-01.toml",
        "title = \"プライバシーポリシー\"\n",
    );
    fixture.write("locales/fi/extra.ftl", "only-in-fi = x\n");
    let built = fixture.built();
    let warnings = built.warnings.to_string();
    assert!(
        warnings.contains("privsite has no interface messages in ja"),
        "{warnings}"
    );
    assert!(
        page(&built, "acme/ja/index.html")
            .contains("<h1 lang=\"ja\" dir=\"ltr\">プライバシーポリシー</h1>")
    );
}

/// A site's partial translation into a language privsite has no messages for: the whole
/// interface stays English, and the warning counts what is left.
#[test]
fn a_partial_translation_keeps_the_english_interface_and_counts_what_is_left() {
    let fixture = Fixture::copy("basic");
    fixture.write(
        "content/acme/tr/2021-01-01.toml",
        "title = \"Gizlilik politikası\"\n",
    );
    fixture.write(
        "locales/tr/interface.ftl",
        "nav-current = Geçerli politika\n",
    );
    let built = fixture.built();
    let warnings = built.warnings.to_string();
    assert!(
        warnings.contains("the site's messages in tr leave"),
        "{warnings}"
    );
    let html = page(&built, "acme/tr/index.html");
    assert!(html.contains("Version history"), "English interface");
    assert!(!html.contains("Geçerli politika"), "no mix: {html}");
    assert!(html.contains("<html lang=\"en\""), "{html}");
    assert!(page(&built, "acme/en/index.html").contains(">Türkçe</a>"));
}

// Minified pages: the templates minified once give what minifying each page would.

fn minify(html: &[u8]) -> Vec<u8> {
    let cfg = minify_html::Cfg {
        keep_closing_tags: true,
        keep_html_and_head_opening_tags: true,
        minify_css: true,
        ..minify_html::Cfg::new()
    };
    minify_html::minify(html, &cfg)
}

fn build(root: &Path) -> Output {
    let options = BuildOptions {
        date: Some(today()),
        ..Default::default()
    };
    privsite::build(root, &options)
        .unwrap_or_else(|d| panic!("{d}"))
        .output
}

/// Builds the site at `source` (site.toml and content/) twice: as it is, with the
/// built-in templates minified once, and with a site template that is a copy of a
/// built-in one, which makes every page be minified on its own.
fn compare_with_page_minifying(source: &Path) {
    let sites = tempfile::tempdir().unwrap();
    let (by_template, by_page) = (sites.path().join("a"), sites.path().join("b"));
    for root in [&by_template, &by_page] {
        fs::create_dir_all(root).unwrap();
        let settings = fs::read_to_string(source.join("site.toml")).unwrap();
        let settings = settings.replace("minify = false", "minify = true");
        assert!(settings.contains("minify = true"), "{settings}");
        fs::write(root.join("site.toml"), settings).unwrap();
        copy_tree(&source.join("content"), &root.join("content"));
    }
    fs::create_dir_all(by_page.join("templates")).unwrap();
    fs::copy(
        repo().join("themes/default/templates/404.html"),
        by_page.join("templates/404.html"),
    )
    .unwrap();
    let (a, b) = (build(&by_template), build(&by_page));
    let paths: BTreeSet<&String> = a.files.keys().chain(b.files.keys()).collect();
    let mut pages = 0;
    for path in paths {
        let (x, y) = (a.get(path), b.get(path));
        let (Some(x), Some(y)) = (x, y) else {
            panic!("{path} is in one build only");
        };
        if !path.ends_with(".html") {
            assert_eq!(x, y, "{path}");
            continue;
        }
        pages += 1;
        assert!(
            minify(x) == minify(y),
            "{}: {path} differs:\n{}\n---\n{}",
            source.display(),
            String::from_utf8_lossy(x),
            String::from_utf8_lossy(y)
        );
        // Already small: only the values put into the templates are left as written.
        assert!(
            x.len() * 100 <= y.len() * 105,
            "{path}: {} bytes against {}",
            x.len(),
            y.len()
        );
        assert!(
            !String::from_utf8_lossy(x).contains("\n  <"),
            "{path} keeps the templates' indentation"
        );
    }
    assert!(pages > 5, "{}: {pages} pages", source.display());
}

#[test]
fn the_fixtures_come_out_as_if_each_page_were_minified() {
    for name in ["basic", "cjk", "clean", "documents"] {
        compare_with_page_minifying(&fixtures().join(name));
    }
}

#[test]
fn the_example_site_comes_out_as_if_each_page_were_minified() {
    compare_with_page_minifying(repo());
}

/// The policy and diff pages in every form the built-in templates give them, built with
/// the templates minified as they load: privsite then writes those pages without Tera
/// (src/render/native), and a debug build, as tests run, compares each with what Tera
/// writes. Here they are also compared with pages Tera rendered and minified one by one.
#[test]
fn every_part_of_the_policy_and_diff_pages_comes_out_as_tera_writes_it() {
    let f = Fixture::copy("basic");
    // Notice facts with an objection deadline; a correction; a purpose with no legal
    // basis; a group whose purpose is not its name; regions; a safeguard without a
    // country, and a transfer without one; cookies declared in a section of their own, in
    // two countries, without a safeguard.
    f.replace(
        "content/acme/company.toml",
        "[dpo]\n",
        "[notice]\ndays = 30\nobjection_days = 14\n\n[dpo]\nphone = \"+46 8 999 000\"\n",
    );
    f.replace(
        "content/acme/en/2023-06-01.toml",
        "intro = ",
        "announced = 2023-04-20\ncorrected = \"A word was missing.\"\nintro = ",
    );
    let extra = r#"
[[sections]]
id = "cookies"
title = "Cookies"
body = "Our site keeps these."

[[purposes]]
id = "unstated"
title = "Statistics"

[[groups]]
name = "Infrastructure"
purpose = "Running the service"

[[processors]]
name = "Echo Cloud"
purpose = "Backups"
data = "All customer data"
regions = ["EU"]
group = "Infrastructure"

[[processors]]
name = "Foxtrot Analytics"
purpose = "Statistics"
data = "Page views"
countries = ["SE", "US"]
regions = ["EEA"]
safeguard = "scc"

[[processors]]
name = "Golf Support"
purpose = "Support"
data = "Tickets"
safeguard = "dpf"

[[processors]]
name = "Hotel Mail"
purpose = "Newsletters"
data = "E-mail addresses"
countries = ["US"]
regions = ["EU", "EEA"]

[[cookies]]
name = "session"
provider = "Acme"
purpose = "Keeps you signed in"
category = "necessary"
duration = "session"
party = "first"

[[cookies]]
name = "_stats"
provider = "Foxtrot Analytics"
category = "statistics"
party = "third"
type = "local-storage"
countries = ["US", "IN"]
"#;
    let file = "content/acme/en/2023-06-01.toml";
    f.write(file, format!("{}{extra}", f.read(file)));
    // On the diff page: a new title; two sections moved to the end, one as it was and
    // one changed.
    let first = "content/acme/en/2020-01-01.toml";
    f.replace(
        first,
        "[[sections]]\nid = \"data\"",
        "[[sections]]\nid = \"security\"\ntitle = \"Security\"\nbody = \"We encrypt what we keep.\"\n\n\
         [[sections]]\nid = \"contact\"\ntitle = \"Contact\"\nbody = \"Write to us at the address below.\"\n\n\
         [[sections]]\nid = \"data\"",
    );
    f.replace(
        file,
        "title = \"Privacy policy\"",
        "title = \"Privacy notice\"",
    );
    f.write(
        file,
        format!(
            "{}\n[[sections]]\nid = \"security\"\ntitle = \"Security\"\nbody = \"We encrypt what we keep.\"\n\n\
             [[sections]]\nid = \"contact\"\ntitle = \"Contact\"\nbody = \"Write to us at the postal address below.\"\n",
            f.read(file)
        ),
    );
    // The revision to come, announced: its notice laid out on the page in force.
    f.replace(
        "content/acme/en/2099-01-01.toml",
        "intro = ",
        "announced = 2024-12-20\nintro = ",
    );
    // A translation the company made; a supervisory authority named without an address,
    // and one given only by its address.
    f.replace(
        "content/acme/sv/2020-01-01.toml",
        "summary = ",
        "translated_from = \"en\"\ntranslated_by = \"company\"\nsummary = ",
    );
    f.write(
        "content/beta/company.toml",
        "default_locale = \"fi\"\n\n[authority]\nname = \"Tietosuojavaltuutettu\"\n",
    );
    f.write(
        "content/gamma/company.toml",
        "default_locale = \"en\"\n\n[authority]\nurl = \"https://tietosuoja.example\"\n",
    );
    f.write(
        "content/gamma/en/2022-01-01.toml",
        "title = \"Privacy\"\n\n[[sections]]\nid = \"rights\"\ntitle = \"Rights\"\nbody = \"Ask us.\"\n",
    );
    // On the processors page: a recipient renamed, then removed, with no purpose stated;
    // and a company none of whose revisions is in force yet.
    let rights = "[[sections]]\nid = \"rights\"\ntitle = \"Rights\"\nbody = \"Ask us.\"\n";
    let archive = "data = \"Old invoices\"\ncountries = [\"SE\"]\n";
    f.write(
        "content/gamma/en/2020-01-01.toml",
        format!(
            "title = \"Privacy\"\n\n{rights}\n[[processors]]\nname = \"Lima Storage\"\n{archive}"
        ),
    );
    f.write(
        "content/gamma/en/2021-01-01.toml",
        format!(
            "title = \"Privacy\"\n\n{rights}\n[[processors]]\nname = \"Kilo Archive\"\nformerly = [\"Lima Storage\"]\n{archive}"
        ),
    );
    f.write(
        "content/delta/company.toml",
        "default_locale = \"en\"\n\n[authority]\nname = \"IMY\"\n",
    );
    f.write(
        "content/delta/en/2099-06-01.toml",
        "title = \"Privacy\"\n\n[[sections]]\nid = \"rights\"\ntitle = \"Rights\"\nbody = \"Ask us.\"\n",
    );
    let built = f.built();
    let processors = page(&built, "gamma/en/processors/index.html");
    for part in [
        "Kilo Archive <span class=\"formerly\">Formerly: Lima Storage</span>",
        "<span class=\"gap\">Not stated in this policy</span>",
    ] {
        assert!(processors.contains(part), "{part}: {processors}");
    }
    let not_yet = page(&built, "delta/en/processors/index.html");
    assert!(
        not_yet.contains("No version of this policy is in force yet."),
        "{not_yet}"
    );
    let policy = page(&built, "acme/en/2023-06-01/index.html");
    for part in [
        "data-rule=\"art13-legal-basis\"",
        "Running the service",
        "class=\"region\"",
        "A word was missing.",
        "ps-cookie-stats",
    ] {
        assert!(policy.contains(part), "{part}: {policy}");
    }
    let diff = page(&built, "acme/en/2023-06-01/diff/index.html");
    for part in ["id=\"ps-title\"", "class=\"diff-note voice\""] {
        assert!(diff.contains(part), "{part}: {diff}");
    }
    compare_with_page_minifying(f.root());
}

/// Revisions that repeat a text share its rendering, except where a heading's id depends
/// on the page: the same heading is `details` on one revision's page and `details-2` on
/// the next, whose earlier section has a heading of that name too.
#[test]
fn a_repeated_text_keeps_the_heading_ids_of_its_own_page() {
    let f = Fixture::copy("basic");
    let details = "### Details\\n\\nWe keep invoices for seven years.";
    for rev in ["2020-01-01", "2023-06-01"] {
        let file = format!("content/acme/en/{rev}.toml");
        f.replace(
            &file,
            "body = \"We share data with these processors.\"",
            &format!("body = \"{details}\""),
        );
    }
    f.replace(
        "content/acme/en/2023-06-01.toml",
        "body = \"We process personal data for these purposes.\"",
        "body = \"### Details\\n\\nOf each purpose.\"",
    );
    let built = f.built();
    let first = page(&built, "acme/en/2020-01-01/index.html");
    let second = page(&built, "acme/en/2023-06-01/index.html");
    assert!(first.contains("id=\"details\""), "{first}");
    assert!(!first.contains("details-2"), "{first}");
    assert!(second.contains("id=\"details\""), "{second}");
    assert!(second.contains("id=\"details-2\""), "{second}");
    // The text without a heading is the same on both pages.
    for p in [first, second] {
        assert!(p.contains("We keep invoices for seven years."), "{p}");
    }
}
