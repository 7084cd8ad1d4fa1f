//! Same sources and build date: byte-identical output, in memory and on disk. A diff is
//! bounded by work, not time: the same pair of revisions gives the same bytes idle and
//! with the machine busy, and a pair too big to mark word by word falls back to coarser
//! marks, the same every time, and says so on the page.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use privsite::BuildOptions;

use crate::prelude::{Fixture, privsite, repo, site_on_disk, today};

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
        privsite::build_and_write(fixture.root(), &options).unwrap();
        assert_eq!(
            site_on_disk(&dir),
            built.output.files,
            "disk holds exactly the output"
        );
        disks.push(site_on_disk(&dir));
    }
    assert_eq!(disks[0], disks[1]);
}

#[test]
fn the_example_site_is_reproducible() {
    let root = repo();
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
    // Pages do not show the build date (so that a page changes only with its sources and
    // its status); build.json names it.
    let json = fixture.read("public/build.json");
    assert!(json.contains("\"date\": \"2020-01-01\""), "{json}");
}

// Diffs: bounded by work, not time.

const OLD: &str = "content/acme/en/2024-03-01.toml";
const NEW: &str = "content/acme/en/2024-04-01.toml";
const DIFF_PAGE: &str = "acme/en/2024-04-01/diff/index.html";

/// `count` pseudo-random words from a fixed seed.
fn words(seed: &mut u64, count: usize) -> Vec<String> {
    (0..count)
        .map(|_| {
            *seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            format!("w{}", (*seed >> 33) % 5000)
        })
        .collect()
}

/// Two revisions with a 166,000-word intro each: paragraphs of 100 words, every third
/// with one word changed; `one_line` puts the whole text on one line.
fn big_pair(one_line: bool) -> Fixture {
    let f = Fixture::copy("basic");
    let mut seed = 7;
    let paragraphs: Vec<Vec<String>> = (0..1660).map(|_| words(&mut seed, 100)).collect();
    let join = |ps: &[Vec<String>]| {
        let sep = if one_line { " " } else { "\n\n" };
        ps.iter().map(|p| p.join(" ")).collect::<Vec<_>>().join(sep)
    };
    let old = join(&paragraphs);
    let mut edited = paragraphs.clone();
    for (i, p) in edited.iter_mut().enumerate().filter(|(i, _)| i % 3 == 0) {
        p[(i * 7) % 100] = format!("changed{i}");
    }
    let new = join(&edited);
    let base = f.read("content/acme/en/2023-06-01.toml");
    for (path, intro) in [(OLD, old), (NEW, new)] {
        f.write(
            path,
            base.replace(
                "intro = \"We care about *your* data.\"",
                &format!("intro = '''\n{intro}\n'''"),
            ),
        );
    }
    f
}

/// Builds with the other cores spinning.
fn build_under_load(f: &Fixture) -> privsite::Output {
    let stop = Arc::new(AtomicBool::new(false));
    let spinners: Vec<_> = (0..2)
        .map(|_| {
            let stop = stop.clone();
            std::thread::spawn(move || {
                let mut x = 0u64;
                while !stop.load(Ordering::Relaxed) {
                    x = std::hint::black_box(x.wrapping_add(1));
                }
            })
        })
        .collect();
    let built = f.built().output;
    stop.store(true, Ordering::Relaxed);
    for s in spinners {
        s.join().unwrap();
    }
    built
}

#[test]
fn a_large_diff_is_the_same_idle_and_under_load() {
    let f = big_pair(false);
    let idle = f.built().output;
    let loaded = build_under_load(&f);
    assert!(idle == loaded, "the builds differ");
    let page = idle.text(DIFF_PAGE).unwrap();
    // Every changed word marked, none as a whole passage.
    let marks = page.matches("<ins").count();
    assert!(marks >= 553, "{marks} insertions marked");
    assert!(!page.contains("class=\"coarse\""));
}

#[test]
fn a_diff_too_big_to_refine_is_coarse_the_same_way_and_says_so() {
    let f = big_pair(true);
    let idle = f.built().output;
    let loaded = build_under_load(&f);
    assert!(idle == loaded, "the builds differ");
    let page = idle.text(DIFF_PAGE).unwrap();
    assert!(
        page.contains("class=\"coarse\""),
        "no note of the coarse diff"
    );
    assert!(page.contains("too large to mark word by word"));
    // Minified, the diff page is written without Tera (src/render/native): a debug
    // build checks it against Tera's.
    f.replace("site.toml", "minify = false", "minify = true");
    let minified = f.built().output;
    assert!(minified.text(DIFF_PAGE).unwrap().contains("class=coarse"));
}
