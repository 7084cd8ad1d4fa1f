//! The built-in templates are minified once as they load, instead of every page they
//! render: the pages must be what minifying each page would give.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use crate::prelude::{fixtures, today};
use privsite::{BuildOptions, Output};

fn minify(html: &[u8]) -> Vec<u8> {
    let cfg = minify_html::Cfg {
        keep_closing_tags: true,
        keep_html_and_head_opening_tags: true,
        minify_css: true,
        ..minify_html::Cfg::new()
    };
    minify_html::minify(html, &cfg)
}

fn copy_tree(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.unwrap();
        let target = to.join(entry.path().strip_prefix(from).unwrap());
        if entry.file_type().is_dir() {
            fs::create_dir_all(&target).unwrap();
        } else {
            fs::copy(entry.path(), &target).unwrap();
        }
    }
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
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
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
        repo.join("themes/default/templates/404.html"),
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
    for name in ["basic", "cjk", "clean"] {
        compare_with_page_minifying(&fixtures().join(name));
    }
}

#[test]
fn the_example_site_comes_out_as_if_each_page_were_minified() {
    compare_with_page_minifying(Path::new(env!("CARGO_MANIFEST_DIR")));
}
