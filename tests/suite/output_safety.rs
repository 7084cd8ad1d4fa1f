//! `privsite build` never loses a user's files: it replaces only a folder it made, swaps
//! the new site in one atomic step, keeps a second build out with a lock, and cleans up
//! after builds that were killed. Through the real binary, with real processes.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use crate::prelude::{Fixture, copy_tree, privsite, repo};
use privsite::build::staging::MARKER;

/// `privsite build --date 2025-01-01 <args>` on the site at `root`, with its output piped.
fn build(root: &Path, args: &[&str]) -> Command {
    let mut cmd = privsite(root);
    // `-o` is relative to the working folder, as in a shell.
    cmd.current_dir(root)
        .arg("build")
        .arg("--date")
        .arg("2025-01-01")
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    cmd
}

fn run(root: &Path, args: &[&str]) -> Output {
    build(root, args).output().unwrap()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Every entry under `dir` (not following symlinks): path to contents, `None` for folders,
/// the link target for symlinks.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Option<Vec<u8>>> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .map(Result::unwrap)
        .map(|e| {
            let rel = e.path().strip_prefix(dir).unwrap().to_path_buf();
            let t = e.file_type();
            let contents = if t.is_symlink() {
                Some(
                    fs::read_link(e.path())
                        .unwrap()
                        .to_string_lossy()
                        .into_owned()
                        .into_bytes(),
                )
            } else if t.is_file() {
                Some(fs::read(e.path()).unwrap())
            } else {
                None
            };
            (rel, contents)
        })
        .collect()
}

/// A fixture with a git folder, an unmarked folder of the user's and a nested site folder,
/// all of which a build must leave alone.
fn fixture() -> Fixture {
    let f = Fixture::copy("basic");
    f.write(".git/HEAD", "ref: refs/heads/main\n");
    f.write(".git/objects/ab/cdef", "object");
    f.write("mine/notes.txt", "my own notes");
    f.write("content/x/keep.txt", "");
    f.remove("content/x");
    f
}

#[test]
fn a_build_refuses_to_replace_what_it_did_not_make() {
    let f = fixture();
    let root = f.root().to_str().unwrap().to_string();
    let parent = f.root().parent().unwrap().to_str().unwrap().to_string();
    let cases: &[(&str, &str)] = &[
        (".git", "it is a git folder"),
        (".git/objects", "it is a git folder"),
        ("content", "it is the source content"),
        ("content/x", "it is inside the source content"),
        ("themes", "it is the source themes"),
        (".", "it is the site folder itself"),
        (&root, "it is the site folder itself"),
        ("..", "it holds the site folder"),
        (&parent, "it holds the site folder"),
        ("site.toml", "it is the source site.toml"),
        ("mine", "it is not empty and has no .privsite-output file"),
        ("mine/notes.txt", "it is a file"),
    ];
    for (target, why) in cases {
        let before = snapshot(f.root());
        let out = run(f.root(), &["-o", target]);
        let err = stderr(&out);
        assert!(!out.status.success(), "-o {target}: the build succeeded");
        assert!(
            err.contains("refusing to write the site"),
            "-o {target}: {err}"
        );
        assert!(err.contains(why), "-o {target}: expected {why:?} in {err}");
        assert_eq!(
            snapshot(f.root()),
            before,
            "-o {target} changed the site folder"
        );
    }
}

#[test]
fn output_dir_in_site_toml_is_checked_the_same_way() {
    let f = fixture();
    for (dir, why) in [
        // Known at load: the error points at the value in site.toml.
        (".git", "site.toml:7:14: output_dir would overwrite sources"),
        (
            ".git/objects",
            "site.toml:7:14: output_dir would overwrite sources",
        ),
        (
            "site.toml",
            "site.toml:7:14: output_dir would overwrite sources",
        ),
        (
            "content/x",
            "site.toml:7:14: output_dir would overwrite sources",
        ),
        // Known only on disk: the folder is not privsite's.
        ("mine", "has no .privsite-output file"),
    ] {
        let settings = f.read("site.toml").replace(
            "output_dir = \"public\"",
            &format!("output_dir = \"{dir}\""),
        );
        f.write("site.toml", settings);
        let before = snapshot(f.root());
        let out = run(f.root(), &[]);
        let err = stderr(&out);
        assert!(!out.status.success(), "output_dir = {dir:?}: succeeded");
        assert!(err.contains(why), "output_dir = {dir:?}: {err}");
        assert_eq!(
            snapshot(f.root()),
            before,
            "output_dir = {dir:?} changed files"
        );
        let settings = f.read("site.toml").replace(
            &format!("output_dir = \"{dir}\""),
            "output_dir = \"public\"",
        );
        f.write("site.toml", settings);
    }
}

#[test]
fn an_empty_or_marked_folder_is_replaced_and_marked() {
    let f = fixture();
    fs::create_dir(f.path("out")).unwrap();
    let first = run(f.root(), &["-o", "out"]);
    assert!(first.status.success(), "{}", stderr(&first));
    assert!(f.path("out").join(MARKER).is_file());
    assert!(f.path("out/index.html").is_file());
    // The second build replaces the first one's folder, stale files and all.
    f.write("out/stale.html", "old");
    let second = run(f.root(), &["-o", "out"]);
    assert!(second.status.success(), "{}", stderr(&second));
    assert!(!f.path("out/stale.html").exists());
    assert!(f.path("out/index.html").is_file());
    assert_eq!(leftovers(f.root()), Vec::<String>::new());
}

/// Staging folders, old sites and lock files beside the output: all but the record and the
/// site kept for the next build (on Linux and macOS), which stay on purpose.
fn leftovers(dir: &Path) -> Vec<String> {
    fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| {
            n.contains(".privsite-")
                && !n.ends_with(".privsite-record")
                && !n.ends_with(".privsite-spare")
        })
        .collect()
}

// Creates Unix symlinks; on Windows making one needs a privilege (or developer mode), so
// the test is Unix-only while the checks it tests are the same code on every system.
#[cfg(unix)]
#[test]
fn a_symlinked_output_folder_is_followed_and_the_link_kept() {
    let f = fixture();
    let www = tempfile::tempdir().unwrap();
    let target = www.path().join("www");
    std::os::unix::fs::symlink(&target, f.path("public")).unwrap();
    for _ in 0..2 {
        let out = run(f.root(), &[]);
        assert!(out.status.success(), "{}", stderr(&out));
        let meta = fs::symlink_metadata(f.path("public")).unwrap();
        assert!(
            meta.file_type().is_symlink(),
            "the deploy link was replaced"
        );
        assert!(target.join("index.html").is_file());
        assert!(target.join(MARKER).is_file());
    }
    assert_eq!(leftovers(www.path()), Vec::<String>::new());
}

#[test]
fn a_second_build_is_kept_out_by_the_lock() {
    let f = fixture();
    fs::create_dir(f.path("public")).unwrap();
    let lock = fs::File::create(f.path(".public.privsite-lock")).unwrap();
    fs4::FileExt::lock(&lock).unwrap();
    let out = run(f.root(), &[]);
    let err = stderr(&out);
    assert!(!out.status.success());
    assert!(
        err.contains("another privsite build is writing to"),
        "{err}"
    );
    assert!(!f.path("public/index.html").exists());
    drop(lock);
    let out = run(f.root(), &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(f.path("public/index.html").is_file());
}

/// A link at the lock file's path is neither followed (a dangling one would have the build
/// create a file where it points) nor taken for the lock.
#[cfg(unix)]
#[test]
fn a_symlink_at_the_lock_path_is_not_followed() {
    let f = fixture();
    let elsewhere = tempfile::tempdir().unwrap();
    let dangling = elsewhere.path().join("made-by-the-lock");
    std::os::unix::fs::symlink(&dangling, f.path(".public.privsite-lock")).unwrap();
    let out = run(f.root(), &[]);
    let err = stderr(&out);
    assert!(!out.status.success());
    assert!(err.contains("is a symbolic link"), "{err}");
    assert!(!dangling.exists());
    assert!(!f.path("public/index.html").exists());
    let link = fs::symlink_metadata(f.path(".public.privsite-lock")).unwrap();
    assert!(link.file_type().is_symlink(), "the link was removed");
}

#[test]
fn concurrent_builds_never_collide() {
    let f = fixture();
    let reference = run(f.root(), &["-o", "reference"]);
    assert!(reference.status.success(), "{}", stderr(&reference));
    let expected = snapshot(&f.path("reference"));
    for _round in 0..3 {
        let children: Vec<_> = (0..4)
            .map(|_| build(f.root(), &[]).spawn().unwrap())
            .collect();
        let mut succeeded = 0;
        for child in children {
            let out = child.wait_with_output().unwrap();
            if out.status.success() {
                succeeded += 1;
            } else {
                // The only way a concurrent build may fail: the lock, said plainly.
                let err = stderr(&out);
                assert!(err.contains("another privsite build is writing"), "{err}");
            }
        }
        assert!(succeeded >= 1);
        assert_eq!(snapshot(&f.path("public")), expected);
        assert_eq!(leftovers(f.root()), Vec::<String>::new());
    }
}

/// Copies this repository's example site (five real policies), big enough for kills to
/// land while files are written.
fn example_site() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_tree(&repo().join("content"), &dir.path().join("content"));
    fs::copy(repo().join("site.toml"), dir.path().join("site.toml")).unwrap();
    dir
}

#[test]
fn a_killed_build_leaves_a_whole_site_and_the_next_build_cleans_up() {
    let site = example_site();
    let root = site.path();
    let reference = run(root, &["-o", "reference"]);
    assert!(reference.status.success(), "{}", stderr(&reference));
    let expected = snapshot(&root.join("reference"));
    let mut killed_with_leftovers = 0;
    for round in 0..16u64 {
        let mut child = build(root, &[]).spawn().unwrap();
        // Kill at a different point of the build each round.
        std::thread::sleep(std::time::Duration::from_millis(round * 23 % 320));
        let _ = child.kill();
        let _ = child.wait();
        // At every moment the output folder is absent (no build finished yet) or whole.
        if root.join("public").exists() {
            assert_eq!(snapshot(&root.join("public")), expected, "round {round}");
        }
        if !leftovers(root).is_empty() {
            killed_with_leftovers += 1;
        }
    }
    let out = run(root, &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(snapshot(&root.join("public")), expected);
    assert_eq!(leftovers(root), Vec::<String>::new());
    eprintln!("{killed_with_leftovers} of 16 kills left staging folders; all were cleaned");
}

#[test]
fn there_is_no_moment_without_a_site() {
    let f = fixture();
    let out = run(f.root(), &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    let stop = Arc::new(AtomicBool::new(false));
    let misses = Arc::new(AtomicUsize::new(0));
    let looks = Arc::new(AtomicUsize::new(0));
    let watcher = {
        let (stop, misses, looks) = (stop.clone(), misses.clone(), looks.clone());
        let page = f.path("public/index.html");
        std::thread::spawn(move || {
            while !stop.load(Ordering::Relaxed) {
                if fs::read(&page).is_err() {
                    misses.fetch_add(1, Ordering::Relaxed);
                }
                looks.fetch_add(1, Ordering::Relaxed);
            }
        })
    };
    for _ in 0..20 {
        let out = run(f.root(), &[]);
        assert!(out.status.success(), "{}", stderr(&out));
    }
    stop.store(true, Ordering::Relaxed);
    watcher.join().unwrap();
    assert!(looks.load(Ordering::Relaxed) > 0);
    assert_eq!(misses.load(Ordering::Relaxed), 0, "the page was missing");
}
