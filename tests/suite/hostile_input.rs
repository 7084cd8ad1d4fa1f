//! Sources a hostile or careless author might write: deep Markdown nesting, control
//! characters and noncharacters, symlinks out of the site, formula cells, misplaced keys.
//! None crashes a command; each is an error with file, line and column, or handled safely.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::Path;
use std::process::{Output, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use crate::prelude::{Fixture, privsite, repo};

const CURRENT: &str = "content/acme/en/2023-06-01.toml";

/// Runs `privsite <args> --date 2025-01-01` on the site at `root`.
fn run(root: &Path, args: &[&str]) -> Output {
    privsite(root)
        .args(args)
        .args(["--date", "2025-01-01"])
        .output()
        .unwrap()
}

/// What a command said, on either stream (`check` reports on stdout).
fn stderr(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// A revision whose intro is `intro` (TOML-escaped as a multi-line literal string).
fn with_intro(f: &Fixture, intro: &str) {
    let text = f.read(CURRENT).replace(
        "intro = \"We care about *your* data.\"",
        &format!("intro = '''\n{intro}'''"),
    );
    assert!(text.contains(intro));
    f.write(CURRENT, text);
}

fn assert_refused(out: &Output, location: &str, what: &str) {
    let err = stderr(out);
    // An error in site.toml stops the command from running (2); one in content is a
    // denied finding (1).
    let code = if location.starts_with("site.toml") {
        2
    } else {
        1
    };
    assert_eq!(out.status.code(), Some(code), "{err}");
    assert!(!err.contains("overflowed"), "{err}");
    assert!(err.contains(location), "expected {location} in {err}");
    assert!(err.contains(what), "expected {what:?} in {err}");
}

#[test]
fn deep_nesting_is_an_error_in_build_and_check_not_a_crash() {
    for (label, body) in [
        (
            "5,000 nested list markers",
            format!("{}x\n", "- ".repeat(5000)),
        ),
        (
            "10,000 nested quotes",
            format!("{}x\n", "> ".repeat(10_000)),
        ),
        (
            "quotes and lists mixed",
            format!("{}x\n", "> 1. ".repeat(3000)),
        ),
    ] {
        let f = Fixture::copy("basic");
        with_intro(&f, &body);
        // The first place the nesting goes past the limit, on the intro's line.
        let line = f.position(CURRENT, &body[..10]);
        let line = line.rsplit_once(':').unwrap().0.to_string();
        for command in ["build", "check"] {
            let out = run(f.root(), &[command]);
            assert_refused(&out, &format!("{line}:"), "nested more than 100 levels");
            eprintln!(
                "{label}, {command}: {}",
                stderr(&out).lines().next().unwrap_or("")
            );
        }
    }
}

/// Raw HTML nested deep (spans in spans, or formatting elements never closed) takes time
/// that grows with the square of its depth to parse and compare: refused at its place.
#[test]
fn deeply_nested_raw_html_is_an_error_at_its_place() {
    for (label, body, at) in [
        (
            "100,000 nested spans",
            format!(
                "Intro. {}x{}\n",
                "<span>".repeat(100_000),
                "</span>".repeat(100_000)
            ),
            7 + 100 * "<span>".len(),
        ),
        (
            "3,000 unclosed bold elements",
            format!(
                "{}\n\n{}",
                "<b>".repeat(3000),
                "A paragraph.\n\n".repeat(3000)
            ),
            100 * "<b>".len(),
        ),
    ] {
        let f = Fixture::copy("basic");
        with_intro(&f, &body);
        let text = f.read(CURRENT);
        let offset = text.find(&body[..20]).unwrap() + at;
        let line = text[..offset].matches('\n').count() + 1;
        let column = text[text[..offset].rfind('\n').map_or(0, |i| i + 1)..offset]
            .chars()
            .count()
            + 1;
        let place = format!("{CURRENT}:{line}:{column}");
        let started = std::time::Instant::now();
        for command in ["build", "check"] {
            let out = run(f.root(), &[command]);
            assert_refused(&out, &place, "raw HTML nested more than 100 elements deep");
        }
        eprintln!(
            "{label}: refused in {:.2} s",
            started.elapsed().as_secs_f64()
        );
    }
    // Closed elements, however many, are no nesting.
    let f = Fixture::copy("basic");
    with_intro(&f, &"<span>x</span> ".repeat(20_000));
    assert!(run(f.root(), &["build"]).status.success());
}

#[test]
fn nesting_up_to_the_limit_builds() {
    let f = Fixture::copy("basic");
    with_intro(&f, &format!("{}x\n", "> ".repeat(40)));
    let out = run(f.root(), &["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let html = f.read("public/acme/en/index.html");
    assert!(html.matches("<blockquote>").count() >= 40);
}

/// Reads a child's output lines into a channel.
fn lines_of(stream: impl Read + Send + 'static) -> mpsc::Receiver<String> {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stream).lines() {
            let Ok(line) = line else { break };
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    rx
}

fn wait_for(lines: &mpsc::Receiver<String>, what: &str) -> String {
    loop {
        let line = lines
            .recv_timeout(Duration::from_secs(60))
            .unwrap_or_else(|_| panic!("no line with {what:?}"));
        if line.contains(what) {
            return line;
        }
    }
}

fn get_status(addr: SocketAddr, target: &str) -> u16 {
    let mut stream = TcpStream::connect(addr).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(30)))
        .unwrap();
    write!(
        stream,
        "GET {target} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut raw = String::new();
    let _ = stream.read_to_string(&mut raw);
    raw.split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0)
}

#[test]
fn saving_deep_nesting_while_serving_reports_an_error_and_keeps_serving() {
    let f = Fixture::copy("basic");
    let mut child = privsite(f.root())
        .args(["serve", "--port", "0", "--date", "2025-01-01"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let out = lines_of(child.stdout.take().unwrap());
    let err = lines_of(child.stderr.take().unwrap());
    let serving = wait_for(&out, "serving ");
    let url = serving.split_whitespace().nth(1).unwrap();
    let addr: SocketAddr = url
        .strip_prefix("http://")
        .and_then(|u| u.split_once('/'))
        .unwrap()
        .0
        .parse()
        .unwrap();
    assert_eq!(get_status(addr, "/legal/acme/en/"), 200);
    for body in [
        format!("{}x\n", "- ".repeat(5000)),
        format!("{}x\n", "> ".repeat(10_000)),
    ] {
        let text = f.read(CURRENT);
        with_intro(&f, &body);
        let _ = wait_for(&err, "nested more than 100 levels");
        assert!(child.try_wait().unwrap().is_none(), "serve stopped");
        assert_eq!(get_status(addr, "/legal/acme/en/"), 200);
        f.write(CURRENT, text);
    }
    let _ = child.kill();
    let _ = child.wait();
}

#[test]
fn control_characters_and_noncharacters_are_refused_where_they_are() {
    let cases: &[(&str, &str, &str, &str, &str)] = &[
        // (file, original text, replacement, needle for the position, message part)
        (
            "content/acme/company.toml",
            "name = \"Acme AB\"",
            "name = \"Acme\\u001bAB\"",
            "\"Acme",
            "U+001B (written as an escape)",
        ),
        (
            CURRENT,
            "We care about *your* data.",
            "We care about *your*\u{9d} data.",
            "\u{9d}",
            "control character U+009D in a string",
        ),
        (
            CURRENT,
            "title = \"Privacy policy\"",
            "title = \"Privacy\\u0000policy\"",
            "\"Privacy",
            "U+0000",
        ),
        (
            CURRENT,
            "summary = \"Bravo Mail replaced by Charlie Send.\"",
            "summary = \"Bravo \\uFFFE\"",
            "\"Bravo",
            "noncharacter U+FFFE",
        ),
        (
            CURRENT,
            "name = \"Charlie Send\"",
            "name = \"Charlie\\u0085Send\"",
            "\"Charlie\\u",
            "U+0085",
        ),
        (
            "site.toml",
            "title = \"Acme privacy\"",
            "title = \"Acme\\u0007privacy\"",
            "\"Acme",
            "U+0007",
        ),
        (
            "site.toml",
            "base_url = \"https://example.org/legal/\"",
            "base_url = \"https://example.org/le\\u007fgal/\"",
            "\"https",
            "U+007F",
        ),
        (
            "site.toml",
            "output_dir = \"public\"",
            "output_dir = \"pub\\u0000lic\"",
            "\"pub",
            "U+0000",
        ),
    ];
    for (file, from, to, needle, what) in cases {
        let f = Fixture::copy("basic");
        let text = f.read(file);
        assert!(text.contains(from), "{file}: {from}");
        f.write(file, text.replacen(from, to, 1));
        let location = f.position(file, needle);
        for command in ["build", "check"] {
            let out = run(f.root(), &[command]);
            assert_refused(&out, &location, what);
        }
        assert!(
            !f.path("public").exists(),
            "{file}: {to}: something was written"
        );
    }
}

#[test]
fn default_locale_without_its_folder_points_at_the_key() {
    let f = Fixture::copy("basic");
    let text = f.read("content/acme/company.toml");
    f.write(
        "content/acme/company.toml",
        text.replace("default_locale = \"en\"", "default_locale = \"fi\""),
    );
    let location = f.position("content/acme/company.toml", "\"fi\"");
    let out = run(f.root(), &["build"]);
    assert_refused(
        &out,
        &location,
        "default_locale is \"fi\" but there is no folder",
    );
}

// Creates Unix symlinks; on Windows making one needs a privilege (or developer mode), so
// the test is Unix-only while the checks it tests are the same code on every system.
#[cfg(unix)]
#[test]
fn a_source_symlinked_out_of_the_site_is_named_not_read() {
    let f = Fixture::copy("basic");
    let outside = tempfile::tempdir().unwrap();
    let secret = outside.path().join("secret.toml");
    std::fs::write(&secret, "root:x:0:0:SECRET-LINE\n").unwrap();
    f.remove("content/acme/en/2020-01-01.toml");
    std::os::unix::fs::symlink(&secret, f.path("content/acme/en/2020-01-01.toml")).unwrap();
    for command in ["build", "check"] {
        let out = run(f.root(), &[command]);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{err}");
        assert!(
            err.contains("content/acme/en/2020-01-01.toml")
                && err.contains("symbolic link that leads outside the site folder"),
            "{err}"
        );
        assert!(!err.contains("SECRET"), "{err}");
    }
    // A folder on the way that links out: its files are named, not read.
    let en = f.path("content/acme/en");
    std::fs::rename(&en, outside.path().join("en")).unwrap();
    std::fs::remove_file(outside.path().join("en/2020-01-01.toml")).unwrap();
    std::fs::write(
        outside.path().join("en/2020-01-01.toml"),
        "root:x:0:0:SECRET-LINE\n",
    )
    .unwrap();
    std::os::unix::fs::symlink(outside.path().join("en"), &en).unwrap();
    let out = run(f.root(), &["build"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("content/acme/en/2020-01-01.toml")
            && err.contains("symbolic link that leads outside the site folder"),
        "{err}"
    );
    assert!(!err.contains("SECRET"), "{err}");
    std::fs::remove_file(&en).unwrap();
    std::fs::rename(outside.path().join("en"), &en).unwrap();
    // A company folder that links out: named, its files not read.
    let acme = f.path("content/acme");
    std::fs::rename(&acme, outside.path().join("acme")).unwrap();
    std::fs::write(
        outside.path().join("acme/en/2020-01-01.toml"),
        "root:x:0:0:SECRET-LINE\n",
    )
    .unwrap();
    std::os::unix::fs::symlink(outside.path().join("acme"), &acme).unwrap();
    let out = run(f.root(), &["build"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("content/acme/en/2020-01-01.toml")
            && err.contains("symbolic link that leads outside the site folder"),
        "{err}"
    );
    assert!(!err.contains("SECRET"), "{err}");
    std::fs::remove_file(&acme).unwrap();
    std::fs::rename(outside.path().join("acme"), &acme).unwrap();
    f.write(
        "content/acme/en/2020-01-01.toml",
        f.read("content/acme/sv/2020-01-01.toml"),
    );
    // A link that stays inside the site is followed.
    let inside = f.path("content/acme/en/2020-01-01.toml");
    std::fs::remove_file(&inside).unwrap();
    f.write(
        "drafts/2020.toml",
        f.read("content/acme/sv/2020-01-01.toml"),
    );
    std::os::unix::fs::symlink(f.path("drafts/2020.toml"), &inside).unwrap();
    let out = run(f.root(), &["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
}

// Creates Unix symlinks; on Windows making one needs a privilege (or developer mode), so
// the test is Unix-only while the checks it tests are the same code on every system.
#[cfg(unix)]
#[test]
fn static_symlinks_are_copied_inside_the_site_and_refused_outside() {
    let f = Fixture::copy("basic");
    f.write("assets/logo.svg", "<svg/>");
    f.write("static/robots.txt", "User-agent: *\n");
    std::fs::create_dir_all(f.path("static/img")).unwrap();
    std::os::unix::fs::symlink(f.path("assets/logo.svg"), f.path("static/img/logo.svg")).unwrap();
    std::os::unix::fs::symlink(f.path("assets"), f.path("static/linked")).unwrap();
    let out = run(f.root(), &["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(f.read("public/img/logo.svg"), "<svg/>");
    assert_eq!(f.read("public/linked/logo.svg"), "<svg/>");
    let meta = std::fs::symlink_metadata(f.path("public/img/logo.svg")).unwrap();
    assert!(
        meta.file_type().is_file(),
        "copied as the file, not as a link"
    );

    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("key.pem"), "PRIVATE").unwrap();
    std::os::unix::fs::symlink(outside.path().join("key.pem"), f.path("static/key.pem")).unwrap();
    std::os::unix::fs::symlink(outside.path(), f.path("static/out")).unwrap();
    std::os::unix::fs::symlink(f.path("static"), f.path("static/img/loop")).unwrap();
    let out = run(f.root(), &["build"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    for link in ["static/key.pem", "static/out"] {
        assert!(
            err.contains(&format!(
                "{link}: error: is a symbolic link that leads outside"
            )) || err.contains(&format!("{link}: is a symbolic link that leads outside"))
                || err
                    .lines()
                    .any(|l| l.contains(link) && l.contains("leads outside")),
            "{link}: {err}"
        );
    }
    assert!(
        err.contains("static/img/loop") && err.contains("loops back"),
        "{err}"
    );
    assert!(!err.contains("PRIVATE"));
}

#[test]
fn csv_cells_hiding_a_formula_behind_white_space_are_defused() {
    let f = Fixture::copy("basic");
    let text = f.read(CURRENT).replace(
        "name = \"Alpha Hosting\"",
        "name = \" =HYPERLINK(\\\"https://evil.example\\\")\"",
    );
    let text = text.replace("purpose = \"Hosting\"", "purpose = \"\\u200b+cmd\"");
    f.write(CURRENT, text);
    let built = f.built();
    let csv = built
        .output
        .files
        .iter()
        .find(|(p, _)| p.ends_with("processors.csv"))
        .map(|(_, b)| String::from_utf8_lossy(b).into_owned())
        .expect("a processors.csv");
    assert!(
        csv.contains("\"'=HYPERLINK(\"\"https://evil.example\"\")\""),
        "{csv}"
    );
    assert!(csv.contains("'\u{200b}+cmd"), "{csv}");
}

#[test]
fn control_characters_in_messages_are_refused_where_they_are() {
    for (text, needle) in [
        ("site-title = Acme \u{1b}Privacy\n", "\u{1b}"),
        ("site-title = Acme {\"\\u0007\"}\n", "\\u0007"),
    ] {
        let f = Fixture::copy("basic");
        f.write("locales/en/site.ftl", text);
        let location = f.position("locales/en/site.ftl", needle);
        let out = run(f.root(), &["build"]);
        assert_refused(&out, &location, "control character U+00");
    }
}

#[test]
fn a_template_nested_deeper_than_the_minifier_can_follow_builds() {
    let base = std::fs::read_to_string(repo().join("themes/default/templates/base.html")).unwrap();
    for depth in [200, 100_000] {
        let f = Fixture::copy("basic");
        let settings = f
            .read("site.toml")
            .replace("minify = false", "minify = true");
        f.write("site.toml", settings);
        let deep = format!("{}deep{}", "<div>".repeat(depth), "</div>".repeat(depth));
        f.write(
            "templates/base.html",
            base.replacen("</body>", &format!("{deep}</body>"), 1),
        );
        for command in ["build", "check"] {
            let out = run(f.root(), &[command]);
            assert!(
                !stderr(&out).contains("overflowed"),
                "{depth}: {}",
                stderr(&out)
            );
            assert_ne!(out.status.code(), Some(134), "{depth}, {command}: aborted");
        }
        let html = f.read("public/acme/en/index.html");
        assert!(html.contains("deep"));
        // At the limit the page is minified; past it, written as rendered.
        assert_eq!(
            html.contains("<!DOCTYPE html>\n") || html.contains("\n  "),
            depth > 200
        );
    }
}

#[test]
fn a_key_of_thousands_of_dotted_parts_is_named_where_it_stands() {
    let f = Fixture::copy("basic");
    let deep = vec!["a"; 100_000].join(".");
    f.write(
        "content/acme/en/2024-03-01.toml",
        format!("title = \"x\"\n{deep} = 1\n"),
    );
    let errors = f.errors();
    assert!(
        errors.contains(
            "content/acme/en/2024-03-01.toml:2:128: a key with more than 64 dotted parts"
        ),
        "{errors}"
    );
    // A table header, in company.toml; and dots inside a quoted key are not parts.
    f.remove("content/acme/en/2024-03-01.toml");
    let company = f.read("content/acme/company.toml");
    f.write(
        "content/acme/company.toml",
        format!("{company}\n[{deep}]\nx = 1\n"),
    );
    let errors = f.errors();
    assert!(
        errors.contains("content/acme/company.toml:")
            && errors.contains("a key with more than 64 dotted parts"),
        "{errors}"
    );
    assert!(privsite::text::guard::too_many_key_parts(&format!("\"{deep}\" = 1\n")).is_none());
    assert!(privsite::text::guard::too_many_key_parts(&format!("x = \"{deep}\"\n")).is_none());
}
