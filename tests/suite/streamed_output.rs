//! `privsite build` writes each file into the staging folder as it is rendered, one company
//! at a time, instead of holding the site in memory. These tests build each
//! site both ways, in memory as `serve` does and onto disk as `build` does, and compare
//! every file: the streamed build must write the same bytes, no more files and no fewer.

use std::fs;
use std::path::Path;

use crate::prelude::{Fixture, repo, site_on_disk, today};
use privsite::BuildOptions;

/// Builds `root` in memory and onto disk as of `date`, and compares the two.
fn same_both_ways(root: &Path, date: jiff::civil::Date) -> usize {
    let out = tempfile::tempdir().unwrap();
    let dir = out.path().join("public");
    let options = BuildOptions {
        date: Some(date),
        output_dir: Some(dir.clone()),
        ..Default::default()
    };
    let built = privsite::build(root, &options).unwrap_or_else(|d| panic!("{d}"));
    let written = privsite::build_and_write(root, &options).unwrap_or_else(|d| panic!("{d}"));
    assert_eq!(written.dir, dir);
    assert_eq!(built.warnings, written.warnings);
    let disk = site_on_disk(&dir);
    let memory = &built.output.files;
    let missing: Vec<&String> = memory.keys().filter(|p| !disk.contains_key(*p)).collect();
    let extra: Vec<&String> = disk.keys().filter(|p| !memory.contains_key(*p)).collect();
    assert!(missing.is_empty(), "not written: {missing:?}");
    assert!(extra.is_empty(), "written but not built: {extra:?}");
    for (path, bytes) in memory {
        assert!(disk[path] == *bytes, "{path} differs on disk");
    }
    assert_eq!(written.files, memory.len());
    assert_eq!(written.pages, built.output.pages());
    memory.len()
}

#[test]
fn the_example_site_is_written_as_built() {
    let root = repo();
    let files = same_both_ways(root, jiff::civil::date(2026, 12, 1));
    assert!(files > 50, "{files}");
}

#[test]
fn every_fixture_is_written_as_built() {
    for name in ["basic", "cjk", "clean", "documents"] {
        let f = Fixture::copy(name);
        same_both_ways(f.root(), today());
    }
}

/// 130 companies, each with two revisions on dates of its own, so that the site feed's
/// hundred newest entries come from many companies and their order is the site's, not the
/// order companies finish in; plus static files that pages and generated files replace.
#[test]
fn a_site_of_many_companies_is_written_as_built() {
    let f = Fixture::copy("basic");
    let revision = |title: &str| {
        format!(
            "title = \"{title}\"\nsummary = \"A change.\"\nintro = \"We keep *your* data safe.\"\n\n\
             [[sections]]\nid = \"data\"\ntitle = \"What we collect\"\nbody = \"\"\"\n- Name\n- E-mail of {title}\n\"\"\"\n\n\
             [[processors]]\nname = \"Host {title}\"\npurpose = \"Hosting\"\ndata = \"Everything\"\ncountries = [\"SE\"]\n"
        )
    };
    for i in 0..130 {
        let slug = format!("co-{i:03}");
        f.write(
            &format!("content/{slug}/company.toml"),
            format!(
                "name = \"Company {i}\"\nemail = \"privacy@co{i}.example\"\ndefault_locale = \"en\"\n\n\
                 [authority]\nname = \"IMY\"\nurl = \"https://www.imy.se\"\n"
            ),
        );
        // Dates spread over years, with ties between companies.
        let first = jiff::civil::date(2015, 1, 1) + jiff::Span::new().days(i64::from(i % 97) * 20);
        let second = first + jiff::Span::new().days(200 + i64::from(i % 7));
        f.write(
            &format!("content/{slug}/en/{first}.toml"),
            revision("First"),
        );
        f.write(
            &format!("content/{slug}/en/{second}.toml"),
            revision("Second"),
        );
    }
    // A static file of a page's path, of a generated file's path, and of its own.
    f.write("static/404.html", "<p>static 404</p>");
    f.write("static/robots.txt", "static robots");
    f.write("static/build.json", "{}");
    f.write("static/own/file.txt", "mine");
    let files = same_both_ways(f.root(), today());
    assert!(files > 130 * 10, "{files}");
}

/// A static file at the path of a page (a folder's index.html too) or of a generated file
/// gives way to it, also where only the folder's name is the same; any other is copied.
#[test]
fn pages_and_generated_files_take_the_place_of_static_files() {
    let f = Fixture::copy("basic");
    let statics = [
        ("index.html", false),
        ("404.html", false),
        ("feed.xml", false),
        ("acme/en/index.html", false),
        ("acme/en/history/index.html", false),
        ("acme/en/revisions.json", false),
        ("acme/enindex.html", true),
        ("acme/en/history.html", true),
        ("acme/en/extra/index.html", true),
        ("own/file.txt", true),
    ];
    for (path, _) in statics {
        f.write(&format!("static/{path}"), "static bytes");
    }
    same_both_ways(f.root(), today());
    let options = BuildOptions {
        date: Some(today()),
        ..Default::default()
    };
    let built = privsite::build(f.root(), &options).unwrap_or_else(|d| panic!("{d}"));
    for (path, kept) in statics {
        let bytes = &built.output.files[path];
        assert_eq!(bytes == b"static bytes", kept, "{path}");
    }
}

#[test]
fn a_failing_build_leaves_the_previous_site_and_no_staging_folder() {
    let f = Fixture::copy("basic");
    let out = tempfile::tempdir().unwrap();
    let dir = out.path().join("public");
    let options = BuildOptions {
        date: Some(today()),
        output_dir: Some(dir.clone()),
        ..Default::default()
    };
    privsite::build_and_write(f.root(), &options).unwrap();
    let before = site_on_disk(&dir);
    // A template error that only one company's pages meet, found while rendering, after
    // other companies' files went into the staging folder.
    f.write(
        "templates/company.html",
        "{% if company.name == \"Acme AB\" %}{{ missing_value.field }}{% endif %}ok",
    );
    let errors = privsite::build_and_write(f.root(), &options).unwrap_err();
    assert!(errors.has_errors());
    assert!(errors.to_string().contains("company.html"), "{errors}");
    assert_eq!(site_on_disk(&dir), before, "the previous site changed");
    // The record the first build left beside the output stays: the next build reads it.
    let left: Vec<String> = fs::read_dir(out.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n != ".public.privsite-record")
        .collect();
    assert_eq!(left, ["public"], "left beside the output: {left:?}");
}

/// A write that fails half-way (here a static file where a company's folder must go, so
/// its pages cannot be written) stops the build with the file named, and removes what
/// was staged: the previous site stays.
#[test]
fn a_write_that_fails_half_way_leaves_the_previous_site() {
    let f = Fixture::copy("basic");
    let out = tempfile::tempdir().unwrap();
    let dir = out.path().join("public");
    let options = BuildOptions {
        date: Some(today()),
        output_dir: Some(dir.clone()),
        ..Default::default()
    };
    privsite::build_and_write(f.root(), &options).unwrap();
    let before = site_on_disk(&dir);
    f.write("static/beta", "a file where the company beta's folder goes");
    let errors = privsite::build_and_write(f.root(), &options)
        .unwrap_err()
        .to_string();
    assert!(errors.contains("cannot write the site: beta/"), "{errors}");
    assert_eq!(site_on_disk(&dir), before, "the previous site changed");
    // The record the first build left beside the output stays: the next build reads it.
    let left: Vec<String> = fs::read_dir(out.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n != ".public.privsite-record")
        .collect();
    assert_eq!(left, ["public"], "left beside the output: {left:?}");
}
