//! Times `Session::rebuild` after editing one revision file, as `privsite serve` does on
//! each save: `cargo run --release --example rebuild_latency -- SITE [SAVES]`.
//! Prints the median and 90th percentile over the saves.

use std::path::PathBuf;
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let root = PathBuf::from(args.next().expect("usage: rebuild_latency SITE [SAVES]"));
    let saves: usize = args
        .next()
        .map_or(20, |n| n.parse().expect("SAVES is a number"));
    let options = privsite::BuildOptions {
        date: Some(jiff::civil::date(2026, 11, 22)),
        ..Default::default()
    };
    let mut session = privsite::build::session::Session::new(&root, options);
    let started = Instant::now();
    session.rebuild(&[]).unwrap_or_else(|d| panic!("{d}"));
    println!(
        "initial build: {:.0} ms",
        started.elapsed().as_secs_f64() * 1000.0
    );
    // The newest revision file of the first company's first locale, edited in place.
    let sorted_entries = |dir: &std::path::Path| {
        let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
            .unwrap()
            .filter_map(Result::ok)
            .map(|e| e.path())
            .collect();
        paths.sort();
        paths
    };
    let first_folder = |dir: &std::path::Path| {
        sorted_entries(dir)
            .into_iter()
            .find(|p| p.is_dir())
            .unwrap()
    };
    let locale = first_folder(&first_folder(&root.join("content")));
    let file = sorted_entries(&locale).pop().unwrap();
    let original = std::fs::read_to_string(&file).unwrap();
    let mut times = Vec::new();
    for i in 0..saves {
        let edited = original.replacen("body = \"\"\"\n", &format!("body = \"\"\"\nEdit {i}. "), 1);
        std::fs::write(&file, edited).unwrap();
        let t = Instant::now();
        let report = session
            .rebuild(std::slice::from_ref(&file))
            .unwrap_or_else(|d| panic!("{d}"));
        times.push(t.elapsed().as_secs_f64() * 1000.0);
        assert!(!report.changed.is_empty());
    }
    std::fs::write(&file, original).unwrap();
    times.sort_by(f64::total_cmp);
    println!(
        "{} saves of {}: median {:.1} ms, p90 {:.1} ms",
        saves,
        file.strip_prefix(&root).unwrap_or(&file).display(),
        times[times.len() / 2],
        times[times.len() * 9 / 10]
    );
}
