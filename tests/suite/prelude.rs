//! What the tests share: fixture sites under tests/fixtures copied into a temporary
//! folder, edited, and built through the real pipeline; the `privsite` binary; built
//! files read back; proptest's settings; and the one way a test asks for a program or
//! package from outside this crate, [`require_tool`].

use std::collections::BTreeMap;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;

pub use assert_cmd::prelude::OutputAssertExt;
use jiff::civil::Date;
use privsite::{BuildOptions, Built, Diagnostics};
use proptest::test_runner::{Config as ProptestConfig, FileFailurePersistence};

/// The `privsite` binary cargo built for these tests.
pub const PRIVSITE: &str = env!("CARGO_BIN_EXE_privsite");

/// This repository: its example site (site.toml, content/), themes/, locales/, docs/.
pub fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The build date fixtures are built as of.
pub fn today() -> Date {
    jiff::civil::date(2025, 1, 1)
}

pub fn fixtures() -> PathBuf {
    repo().join("tests/fixtures")
}

/// `privsite` run on the site at `root` (`-C root`). SOURCE_DATE_EPOCH, NO_COLOR and
/// CLICOLOR_FORCE are taken out of the environment the tests run in, so that dates and
/// colours are what each test asks for: a test that needs one sets it.
pub fn privsite(root: &Path) -> Command {
    let mut cmd = Command::new(PRIVSITE);
    cmd.arg("-C")
        .arg(root)
        .env_remove("SOURCE_DATE_EPOCH")
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE");
    cmd
}

pub struct Fixture {
    dir: tempfile::TempDir,
}

impl Fixture {
    /// A copy of `tests/fixtures/<name>`.
    pub fn copy(name: &str) -> Fixture {
        let dir = tempfile::tempdir().expect("temp dir");
        let from = fixtures().join(name);
        for entry in walkdir::WalkDir::new(&from) {
            let entry = entry.expect("walk fixture");
            let rel = entry.path().strip_prefix(&from).unwrap();
            if rel.starts_with("public") {
                continue;
            }
            let to = dir.path().join(rel);
            if entry.file_type().is_dir() {
                fs::create_dir_all(&to).unwrap();
            } else {
                fs::copy(entry.path(), &to).unwrap();
            }
        }
        Fixture { dir }
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    pub fn write(&self, rel: &str, text: impl AsRef<[u8]>) {
        let path = self.path(rel);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }

    pub fn read(&self, rel: &str) -> String {
        fs::read_to_string(self.path(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
    }

    pub fn remove(&self, rel: &str) {
        let path = self.path(rel);
        if path.is_dir() {
            fs::remove_dir_all(path).unwrap();
        } else {
            fs::remove_file(path).unwrap();
        }
    }

    /// Replaces the first `from` in the file at `rel` with `to`; a file without `from`
    /// fails the test, so that an edit cannot miss silently.
    pub fn replace(&self, rel: &str, from: &str, to: &str) {
        let text = self.read(rel);
        assert!(text.contains(from), "{rel} has no {from:?}");
        self.write(rel, text.replacen(from, to, 1));
    }

    /// `rel:line:column` of the first `needle` in the file at `rel`, as diagnostics give
    /// positions (the column counts characters).
    pub fn position(&self, rel: &str, needle: &str) -> String {
        let text = self.read(rel);
        let offset = text
            .find(needle)
            .unwrap_or_else(|| panic!("{rel} has no {needle:?}"));
        let before = &text[..offset];
        let line = before.matches('\n').count() + 1;
        let column = before[before.rfind('\n').map_or(0, |i| i + 1)..]
            .chars()
            .count()
            + 1;
        format!("{rel}:{line}:{column}")
    }

    pub fn build_with(&self, options: &BuildOptions) -> Result<Built, Diagnostics> {
        privsite::build(self.root(), options)
    }

    pub fn build(&self) -> Result<Built, Diagnostics> {
        self.build_with(&BuildOptions {
            date: Some(today()),
            ..Default::default()
        })
    }

    /// Builds and returns the site, failing the test with the diagnostics if it fails, or
    /// if a source the build accepted is not valid against the JSON Schemas.
    pub fn built(&self) -> Built {
        let built = self
            .build()
            .unwrap_or_else(|d| panic!("build failed:\n{d}"));
        let problems = crate::schema::site_problems(self.root());
        assert!(
            problems.is_empty(),
            "the build accepted sources the schemas reject: {problems:#?}"
        );
        built
    }

    /// Builds, expecting failure, and returns the diagnostics as printed.
    pub fn errors(&self) -> String {
        match self.build() {
            Ok(_) => panic!("the build succeeded but errors were expected"),
            Err(d) => d.to_string(),
        }
    }
}

/// Every file of a built site as text (binary files skipped).
pub fn texts(built: &Built) -> Vec<(&str, &str)> {
    built
        .output
        .files
        .iter()
        .filter_map(|(p, b)| Some((p.as_str(), std::str::from_utf8(b).ok()?)))
        .collect()
}

/// The page at `path`, failing the test with the list of pages when it is missing.
pub fn page<'a>(built: &'a Built, path: &str) -> &'a str {
    built.output.text(path).unwrap_or_else(|| {
        let all: Vec<&String> = built.output.files.keys().collect();
        panic!("no {path} among {all:#?}")
    })
}

/// The JSON file at `path` of a built site, parsed.
pub fn json(built: &Built, path: &str) -> serde_json::Value {
    serde_json::from_str(page(built, path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Every file under `dir`, by its path below `dir` with '/' separators, with its bytes.
pub fn files_under(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e.path().strip_prefix(dir).unwrap();
            let rel = rel.to_string_lossy().replace('\\', "/");
            (rel, fs::read(e.path()).unwrap())
        })
        .collect()
}

/// The site a build wrote to `dir`: every file but the mark that lets the next build
/// replace the folder, which is not a file of the site.
pub fn site_on_disk(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut files = files_under(dir);
    files.remove(privsite::build::staging::MARKER);
    files
}

/// Copies the folder `from`, with everything in it, to `to`.
pub fn copy_tree(from: &Path, to: &Path) {
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

/// Proptest's settings for this suite: a failing case is saved beside the source file of
/// its test, as `<module>.proptest-regressions`, and replayed from there before new cases.
/// (Proptest's default would save it under tests/proptest-regressions/, since this folder
/// has a main.rs.)
pub fn proptest_config() -> ProptestConfig {
    ProptestConfig {
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource(
            "proptest-regressions",
        ))),
        ..ProptestConfig::default()
    }
}

/// For a test that needs something from outside this crate (a program, a package, a
/// folder, a network interface): whether to run it. `what` names what is needed, `var`
/// the variable that skips the tests needing it, and `probe` looks for it.
///
/// - With `var=1` set, the test is skipped, visibly: `SKIPPED <test> (<what>): <var>=1`
///   is printed with `eprintln!` and also written straight to the process's stderr,
///   which cargo does not capture, so the line shows in the run's output; and it is added
///   to target/tmp/skipped-tests.txt, which lists the skips of the last run that asked
///   for a tool. Returns false.
/// - Otherwise, where `probe` finds what is needed, returns true; where it does not, the
///   test fails with the probe's message (what is missing and how to install it) and the
///   variable that would skip it. A missing tool never passes a test unseen.
#[track_caller]
pub fn require_tool(what: &str, var: &str, probe: impl FnOnce() -> Result<(), String>) -> bool {
    let skip = std::env::var_os(var).is_some_and(|v| v == "1");
    let summary = Path::new(env!("CARGO_TARGET_TMPDIR")).join("skipped-tests.txt");
    {
        // The first test of a run to ask empties the summary; each skip adds its line.
        static STARTED: Mutex<bool> = Mutex::new(false);
        let mut started = STARTED.lock().unwrap_or_else(|e| e.into_inner());
        if !*started {
            *started = true;
            let _ = fs::write(&summary, "");
        }
        if skip {
            let thread = std::thread::current();
            let test = thread.name().filter(|n| *n != "main").unwrap_or("a test");
            let line = format!("SKIPPED {test} ({what}): {var}=1");
            eprintln!("{line}");
            let _ = writeln!(std::io::stderr(), "{line}");
            let file = fs::OpenOptions::new().append(true).open(&summary);
            if let Ok(mut file) = file {
                let _ = writeln!(file, "{line}");
            }
        }
    }
    if skip {
        return false;
    }
    if let Err(missing) = probe() {
        panic!("{what}: {missing}\n(to skip the tests that need it, set {var}=1)");
    }
    true
}

/// Whether `program args…` runs and succeeds; if not, what went wrong.
pub fn runs(program: &str, args: &[&str]) -> Result<(), String> {
    match Command::new(program).args(args).output() {
        Ok(out) if out.status.success() => Ok(()),
        Ok(out) => Err(format!(
            "`{program} {}` failed: {}",
            args.join(" "),
            String::from_utf8_lossy(&out.stderr)
                .lines()
                .last()
                .unwrap_or("")
        )),
        Err(e) => Err(format!("cannot run {program}: {e}")),
    }
}

/// For a test that runs git: [`require_tool`] with `PRIVSITE_SKIP_GIT`.
#[track_caller]
pub fn require_git() -> bool {
    require_tool("git", "PRIVSITE_SKIP_GIT", || {
        runs("git", &["--version"]).map_err(|e| format!("{e} (apt-get install -y git)"))
    })
}

/// Every URL the sitemaps of a built site list, with the sitemap file that lists it,
/// following the index at `sitemap.xml` through `read` (a file of the site by its path).
/// Fails the test unless the index lists only sitemap files of the site, each a `urlset`
/// whose URLs are in its own folder, each URL in one file only, and each file's date in
/// the index the latest of its URLs'.
pub fn sitemap_urls(read: impl Fn(&str) -> Option<String>, base: &str) -> BTreeMap<String, String> {
    let base = base.trim_end_matches('/');
    let between = |text: &str, open: &str, close: &str| -> Vec<String> {
        text.split(open)
            .skip(1)
            .map(|rest| rest[..rest.find(close).expect(close)].to_string())
            .collect()
    };
    let index = read("sitemap.xml").expect("sitemap.xml");
    assert!(
        index.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex "),
        "{index}"
    );
    let mut urls = BTreeMap::new();
    for entry in between(&index, "<sitemap>", "</sitemap>") {
        let loc = &between(&entry, "<loc>", "</loc>")[0];
        let file = loc
            .strip_prefix(&format!("{base}/"))
            .unwrap_or_else(|| panic!("{loc} is not under {base}"));
        let text = read(file).unwrap_or_else(|| panic!("the index lists {file}, not written"));
        assert!(text.contains("<urlset "), "{file}: {text}");
        let folder = &file[..file.rfind('/').map_or(0, |i| i + 1)];
        let mut latest = None;
        for url in between(&text, "<url>", "</url>") {
            let at = between(&url, "<loc>", "</loc>").remove(0);
            assert!(
                at.starts_with(&format!("{base}/{folder}")),
                "{file} lists {at}, outside its folder"
            );
            latest = latest.max(between(&url, "<lastmod>", "</lastmod>").pop());
            if let Some(other) = urls.insert(at.clone(), file.to_string()) {
                panic!("{at} is in {other} and {file}");
            }
        }
        assert_eq!(
            between(&entry, "<lastmod>", "</lastmod>").pop(),
            latest,
            "{file}'s date in the index"
        );
    }
    urls
}
