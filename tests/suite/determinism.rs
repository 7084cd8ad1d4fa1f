//! Same sources and build date: byte-identical output, in memory and on disk.

use std::collections::BTreeMap;
use std::path::Path;

use crate::prelude::{Fixture, privsite, today};
use privsite::BuildOptions;

fn on_disk(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.file_type().is_file())
        // The mark that lets the next build replace the folder; not a page of the site.
        .filter(|e| e.file_name() != privsite::staging::MARKER)
        .map(|e| {
            (
                e.path()
                    .strip_prefix(dir)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect()
}

#[test]
fn building_twice_gives_the_same_bytes() {
    let fixture = Fixture::copy("basic");
    let out = tempfile::tempdir().unwrap();
    let mut disks = Vec::new();
    for run in 0..2 {
        let dir = out.path().join(format!("run{run}"));
        let options = BuildOptions {
            date: Some(today()),
            output_dir: Some(dir.clone()),
            ..Default::default()
        };
        let built = fixture.build_with(&options).unwrap();
        built.output.write_to(&dir).unwrap();
        assert_eq!(
            on_disk(&dir),
            built.output.files,
            "disk holds exactly the output"
        );
        disks.push(on_disk(&dir));
    }
    assert_eq!(disks[0], disks[1]);
}

#[test]
fn the_example_site_is_reproducible() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let options = BuildOptions {
        date: Some(jiff::civil::date(2026, 1, 1)),
        ..Default::default()
    };
    let a = privsite::build(root, &options).unwrap().output;
    let b = privsite::build(root, &options).unwrap().output;
    assert!(a.files.len() > 30);
    assert!(a == b, "two builds of the example site differ");
}

#[test]
fn source_date_epoch_sets_the_build_date() {
    let fixture = Fixture::copy("basic");
    let out = privsite(fixture.root())
        .arg("build")
        .env("SOURCE_DATE_EPOCH", "1577880000") // 2020-01-01T12:00:00Z
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let html = fixture.read("public/acme/en/index.html");
    assert!(
        html.contains("In force from January 1, 2020"),
        "on 2020-01-01 the first revision is in force"
    );
    assert!(html.contains("Built January 1, 2020"));
}
