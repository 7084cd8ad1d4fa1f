//! What the tests share: fixture sites under tests/fixtures copied into a temporary
//! folder, edited, and built through the real pipeline; and the `privsite` binary.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

pub use assert_cmd::prelude::OutputAssertExt;
use jiff::civil::Date;
use privsite::{BuildOptions, Built, Diagnostics};
use proptest::test_runner::{Config as ProptestConfig, FileFailurePersistence};

/// The `privsite` binary cargo built for these tests.
pub const PRIVSITE: &str = env!("CARGO_BIN_EXE_privsite");

/// The build date fixtures are built as of.
pub fn today() -> Date {
    jiff::civil::date(2025, 1, 1)
}

pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
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

    pub fn build_with(&self, options: &BuildOptions) -> Result<Built, Diagnostics> {
        privsite::build(self.root(), options)
    }

    pub fn build(&self) -> Result<Built, Diagnostics> {
        self.build_with(&BuildOptions {
            date: Some(today()),
            ..Default::default()
        })
    }

    /// Builds and returns the site, failing the test with the diagnostics if it fails.
    pub fn built(&self) -> Built {
        self.build()
            .unwrap_or_else(|d| panic!("build failed:\n{d}"))
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
