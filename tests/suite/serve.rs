//! `privsite serve` end to end: a server on a free port over a copy of the fixture site,
//! spoken to with raw HTTP/1.1 (so that paths reach it exactly as written, `..` and all),
//! while the test edits, breaks and fixes its sources.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::Path;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use crate::prelude::{Fixture, privsite, require_tool, today};
use privsite::BuildOptions;
use privsite::serve::{Event, ServeError, ServeOptions, Server};

/// How long a change may take to show before a test gives up.
const PATIENCE: Duration = Duration::from_secs(10);

fn options(addr: &str) -> ServeOptions {
    ServeOptions {
        build: BuildOptions {
            date: Some(today()),
            ..Default::default()
        },
        addr: addr.parse().unwrap(),
        allowed_hosts: Vec::new(),
    }
}

/// A server on a free port, with the events it reports.
fn start(fixture: &Fixture) -> (Server, mpsc::Receiver<Event>) {
    let (tx, rx) = mpsc::channel();
    let server = Server::start(fixture.root(), options("127.0.0.1:0"), move |e| {
        let _ = tx.send(e);
    })
    .unwrap_or_else(|e| panic!("the server did not start: {e}"));
    (server, rx)
}

struct Response {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Response {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// Sends `request_line` (method and target as written) and reads the whole response.
fn request(addr: SocketAddr, method: &str, target: &str) -> Response {
    request_for_host(addr, method, target, &addr.to_string())
}

/// [`request`] with the Host header a browser would send for `host`.
fn request_for_host(addr: SocketAddr, method: &str, target: &str, host: &str) -> Response {
    let mut stream = TcpStream::connect(addr).unwrap();
    stream.set_read_timeout(Some(PATIENCE)).unwrap();
    write!(
        stream,
        "{method} {target} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).unwrap();
    parse_response(&raw, method == "HEAD")
}

fn get(addr: SocketAddr, target: &str) -> Response {
    request(addr, "GET", target)
}

fn parse_response(raw: &[u8], head: bool) -> Response {
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .unwrap_or_else(|| panic!("no header end in {:?}", String::from_utf8_lossy(raw)));
    let head_text = std::str::from_utf8(&raw[..split]).unwrap();
    let mut lines = head_text.split("\r\n");
    let status = lines
        .next()
        .unwrap()
        .split(' ')
        .nth(1)
        .unwrap()
        .parse()
        .unwrap();
    let headers: Vec<(String, String)> = lines
        .map(|l| {
            let (n, v) = l.split_once(':').unwrap();
            (n.trim().to_string(), v.trim().to_string())
        })
        .collect();
    let rest = &raw[split + 4..];
    let chunked = headers
        .iter()
        .any(|(n, v)| n.eq_ignore_ascii_case("transfer-encoding") && v.contains("chunked"));
    let body = if head {
        rest.to_vec()
    } else if chunked {
        let mut decoder = Chunked::default();
        decoder.feed(rest)
    } else {
        rest.to_vec()
    };
    Response {
        status,
        headers,
        body,
    }
}

/// An incremental decoder of chunked transfer encoding.
#[derive(Default)]
struct Chunked {
    buffer: Vec<u8>,
}

impl Chunked {
    /// Adds raw bytes; returns the body bytes complete so far.
    fn feed(&mut self, raw: &[u8]) -> Vec<u8> {
        self.buffer.extend_from_slice(raw);
        let mut out = Vec::new();
        while let Some(line_end) = self.buffer.windows(2).position(|w| w == b"\r\n") {
            let size_text = std::str::from_utf8(&self.buffer[..line_end]).unwrap();
            let size = usize::from_str_radix(size_text.split(';').next().unwrap().trim(), 16)
                .unwrap_or_else(|_| panic!("bad chunk size {size_text:?}"));
            let start = line_end + 2;
            if self.buffer.len() < start + size + 2 {
                break;
            }
            out.extend_from_slice(&self.buffer[start..start + size]);
            self.buffer.drain(..start + size + 2);
        }
        out
    }
}

/// An open server-sent event stream.
struct Events {
    reader: BufReader<TcpStream>,
    decoder: Chunked,
    text: String,
}

#[derive(Debug)]
struct SseEvent {
    name: String,
    data: String,
}

impl Events {
    fn open(addr: SocketAddr) -> Events {
        let mut stream = TcpStream::connect(addr).unwrap();
        stream.set_read_timeout(Some(PATIENCE)).unwrap();
        write!(
            stream,
            "GET /__privsite/events HTTP/1.1\r\nHost: {addr}\r\nAccept: text/event-stream\r\n\r\n"
        )
        .unwrap();
        let mut reader = BufReader::new(stream);
        let mut head = String::new();
        loop {
            let mut line = String::new();
            reader.read_line(&mut line).unwrap();
            if line == "\r\n" || line.is_empty() {
                break;
            }
            head.push_str(&line);
        }
        assert!(head.starts_with("HTTP/1.1 200"), "{head}");
        assert!(
            head.to_ascii_lowercase()
                .contains("content-type: text/event-stream"),
            "{head}"
        );
        Events {
            reader,
            decoder: Chunked::default(),
            text: String::new(),
        }
    }

    /// The next event, skipping keep-alive comments; `None` once the stream ends.
    fn next(&mut self) -> Option<SseEvent> {
        loop {
            if let Some(end) = self.text.find("\n\n") {
                let block: String = self.text.drain(..end + 2).collect();
                let mut event = SseEvent {
                    name: "message".into(),
                    data: String::new(),
                };
                for line in block.lines() {
                    if let Some(name) = line.strip_prefix("event:") {
                        event.name = name.trim().to_string();
                    } else if let Some(data) = line.strip_prefix("data:") {
                        event.data.push_str(data.trim_start());
                    }
                }
                if event.name == "message" && event.data.is_empty() {
                    continue;
                }
                return Some(event);
            }
            let mut raw = [0; 4096];
            let n = self
                .reader
                .read(&mut raw)
                .expect("the event stream stalled");
            if n == 0 {
                return None;
            }
            let body = self.decoder.feed(&raw[..n]);
            self.text.push_str(std::str::from_utf8(&body).unwrap());
        }
    }

    /// The next event called `name`, skipping others.
    fn next_named(&mut self, name: &str) -> SseEvent {
        loop {
            let event = self
                .next()
                .unwrap_or_else(|| panic!("the stream ended before a {name} event"));
            if event.name == name {
                return event;
            }
        }
    }
}

/// Polls `check` until it gives a value, failing the test after [`PATIENCE`].
fn eventually<T>(what: &str, mut check: impl FnMut() -> Option<T>) -> T {
    let deadline = Instant::now() + PATIENCE;
    loop {
        if let Some(value) = check() {
            return value;
        }
        assert!(Instant::now() < deadline, "gave up waiting for {what}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Waits until the page at `target` answers with `status` and contains `text`.
fn page_shows(addr: SocketAddr, target: &str, status: u16, text: &str) -> Response {
    eventually(&format!("{target} to show {text:?}"), || {
        let response = get(addr, target);
        (response.status == status && response.text().contains(text)).then_some(response)
    })
}

/// The next build event, skipping watcher problems.
fn next_build(events: &mpsc::Receiver<Event>) -> Event {
    loop {
        match events.recv_timeout(PATIENCE).expect("no build event") {
            Event::WatchProblem(p) => eprintln!("watch problem: {p}"),
            event => return event,
        }
    }
}

/// The page as served, without the live script the preview adds.
/// The page as built: the preview's style (which marks gaps) and live script taken out.
fn without_live_script(html: &str) -> String {
    let start = html
        .find("<style id=\"privsite-preview\">")
        .unwrap_or_else(|| panic!("no preview style in {html}"));
    let end = start + html[start..].find("</script>").unwrap() + "</script>".len();
    format!("{}{}", &html[..start], &html[end..])
}

fn expected_content_type(path: &str) -> &'static str {
    match path.rsplit_once('.').map(|(_, ext)| ext) {
        Some("html") => "text/html; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("svg") => "image/svg+xml",
        Some("xml") => "application/xml",
        Some("json") => "application/json",
        Some("csv") => "text/csv; charset=utf-8",
        Some("txt") => "text/plain; charset=utf-8",
        _ => panic!("a test fixture output of an unexpected type: {path}"),
    }
}

const CURRENT: &str = "content/acme/en/2023-06-01.toml";

#[test]
fn serves_the_site_as_a_static_host_would() {
    let fixture = Fixture::copy("basic");
    let built = fixture.built();
    let (server, events) = start(&fixture);
    assert!(matches!(next_build(&events), Event::Built { .. }));
    let addr = server.addr();
    assert_eq!(server.url(), format!("http://{addr}/legal/"));

    // Every file, at its path below the base_url's sub-path, byte for byte, with the
    // live script added to HTML pages only, and the type a static host would give it.
    for (path, bytes) in &built.output.files {
        let target = format!("/legal/{path}");
        let response = get(addr, &target);
        assert_eq!(response.status, 200, "{target}");
        assert_eq!(
            response.header("cache-control"),
            Some("no-store"),
            "{target}"
        );
        assert_eq!(
            response.header("content-type"),
            Some(expected_content_type(path)),
            "{target}"
        );
        if path.ends_with(".html") {
            let text = response.text();
            assert_eq!(
                without_live_script(&text),
                String::from_utf8_lossy(bytes),
                "{target}"
            );
            assert!(text.contains(&format!("data-page=\"{path}\"")), "{target}");
        } else {
            assert_eq!(&response.body, bytes, "{target}");
        }
    }
    for path in [
        "style.css",
        "sitemap.xml",
        "acme/sitemap.xml",
        "robots.txt",
        "acme/en/index.html",
    ] {
        assert!(built.output.files.contains_key(path), "{path}");
    }
    let script = get(addr, "/__privsite/live.js");
    assert_eq!(
        script.header("content-type"),
        Some("text/javascript; charset=utf-8")
    );
    assert!(script.text().contains("location.host"));

    // Clean URLs: a folder serves its index; without the slash, a redirect adds it.
    let home = get(addr, "/legal/acme/en/");
    assert_eq!(
        without_live_script(&home.text()),
        built.output.text("acme/en/index.html").unwrap()
    );
    let with_query = get(addr, "/legal/acme/en/?utm=1");
    assert_eq!(with_query.status, 200);
    for (target, location) in [
        ("/legal/acme/en", "/legal/acme/en/"),
        ("/legal/acme/en?x=1", "/legal/acme/en/?x=1"),
        ("/legal", "/legal/"),
        ("/", "/legal/"),
    ] {
        let response = get(addr, target);
        assert!(
            response.status == 301 || response.status == 308,
            "{target}: {}",
            response.status
        );
        assert_eq!(response.header("location"), Some(location), "{target}");
    }

    // Anything else: the site's 404 page, with a 404 status, reloading when a page
    // appears that would serve the address.
    let not_found_page = built.output.text("404.html").unwrap();
    for (target, watched) in [
        ("/legal/nothing-here/", "404.html nothing-here/index.html"),
        ("/legal/acme/xx/", "404.html acme/xx/index.html"),
        (
            "/legal/acme/en/index.htm",
            "404.html acme/en/index.htm acme/en/index.htm/index.html",
        ),
        ("/favicon.ico", "404.html"),
        ("/style.css", "404.html"),
        ("/__privsite/other", "404.html"),
    ] {
        let response = get(addr, target);
        assert_eq!(response.status, 404, "{target}");
        assert_eq!(
            response.header("content-type"),
            Some("text/html; charset=utf-8")
        );
        let text = response.text();
        assert_eq!(without_live_script(&text), not_found_page);
        assert!(text.contains(&format!("data-page=\"{watched}\"")), "{text}");
    }

    let head = request(addr, "HEAD", "/legal/style.css");
    assert_eq!(head.status, 200);
    assert!(head.body.is_empty());
    assert_eq!(
        head.header("content-length").map(str::to_string),
        Some(built.output.files["style.css"].len().to_string())
    );
    let post = request(addr, "POST", "/legal/");
    assert_eq!(post.status, 405);
    assert_eq!(post.header("allow"), Some("GET, HEAD"));

    // The preview writes nothing to the site folder.
    assert!(!fixture.path("public").exists());
    server.stop();
}

#[test]
fn no_request_reaches_a_file_outside_the_built_site() {
    let fixture = Fixture::copy("basic");
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("secret.txt"), "OUTSIDE-SECRET").unwrap();
    fixture.write("SECRET.txt", "ROOT-SECRET");
    fixture.write("static/notes.txt", "static notes");
    let (server, events) = start(&fixture);
    assert!(matches!(next_build(&events), Event::Built { .. }));
    let addr = server.addr();
    // The static folder is served, so what follows is refused, not merely absent.
    assert_eq!(get(addr, "/legal/notes.txt").text(), "static notes");
    // Links out of the site, saved while serving: the rebuild refuses them (see
    // tests/hostile_input.rs) and the last good site stays served.
    #[cfg(unix)]
    {
        use std::os::unix::fs::symlink;
        symlink(
            outside.path().join("secret.txt"),
            fixture.path("static/leak.txt"),
        )
        .unwrap();
        symlink(outside.path(), fixture.path("static/outside")).unwrap();
        symlink("/etc", fixture.path("static/etc")).unwrap();
        assert!(matches!(next_build(&events), Event::Failed { .. }));
    }

    let attempts = [
        "/../site.toml",
        "/legal/../site.toml",
        "/legal/../SECRET.txt",
        "/legal/../../../../etc/passwd",
        "/%2e%2e/site.toml",
        "/legal/%2e%2e/site.toml",
        "/legal/%2E%2E/SECRET.txt",
        "/legal/.%2e/SECRET.txt",
        "/..%2fsite.toml",
        "/legal/..%2fsite.toml",
        "/legal/..%2FSECRET.txt",
        "/legal/%2e%2e%2fSECRET.txt",
        "/%2e%2e%5csite.toml",
        "/legal/%2e%2e%5cSECRET.txt",
        "/legal/..\\SECRET.txt",
        "/legal/..%5cSECRET.txt",
        "/legal/%252e%252e/SECRET.txt",
        "//etc/passwd",
        "/legal//etc/passwd",
        "/etc/passwd",
        "/legal/etc/passwd",
        "/quickbutik/../../Cargo.toml",
        "/legal/acme/../../SECRET.txt",
        "/legal/acme/en/..%2f..%2f..%2fSECRET.txt",
        "/legal/site.toml",
        "/legal/SECRET.txt",
        "/legal/content/acme/company.toml",
        "/legal/static/notes.txt",
        "/legal/leak.txt",
        "/legal/outside/secret.txt",
        "/legal/etc/hostname",
        "/legal/SECRET.txt%00",
        "/legal/%00/SECRET.txt",
        "/legal/C:/Windows/win.ini",
        "/legal/C%3A%5CWindows%5Cwin.ini",
        "http://127.0.0.1/../SECRET.txt",
        "http://127.0.0.1/legal/../site.toml",
        "//127.0.0.1/legal/",
        "//evil.example/",
    ];
    for target in attempts {
        let response = get(addr, target);
        let text = response.text();
        assert!(
            (400..500).contains(&response.status),
            "{target}: status {}",
            response.status
        );
        for secret in [
            "ROOT-SECRET",
            "OUTSIDE-SECRET",
            "base_url",
            "root:x:",
            "default_locale",
        ] {
            assert!(!text.contains(secret), "{target} leaked {secret}");
        }
        assert!(
            response
                .header("location")
                .is_none_or(|l| l.starts_with('/') && !l.starts_with("//")),
            "{target} redirects off the site: {:?}",
            response.header("location")
        );
    }
    server.stop();
}

#[test]
fn a_page_on_another_site_cannot_read_the_preview_through_dns_rebinding() {
    let fixture = Fixture::copy("basic");
    let (server, _events) = start(&fixture);
    let addr = server.addr();
    let port = addr.port();
    // The name a rebinding attack would point at 127.0.0.1 comes in the Host header.
    for target in [
        "/",
        "/legal/acme/en/",
        "/__privsite/live.js",
        "/__privsite/events",
    ] {
        let refused = request_for_host(addr, "GET", target, &format!("attacker.example:{port}"));
        assert_eq!(refused.status, 403, "{target}");
        assert!(
            refused.text().contains("--allow-host attacker.example"),
            "{}",
            refused.text()
        );
        assert!(!refused.text().contains("Acme"), "{}", refused.text());
    }
    for host in [format!("localhost:{port}"), format!("127.0.0.1:{port}")] {
        let response = request_for_host(addr, "GET", "/legal/acme/en/", &host);
        assert_eq!(response.status, 200, "{host}");
    }
    server.stop();

    // A proxy's name, once allowed, passes.
    let mut options = options("127.0.0.1:0");
    options.allowed_hosts = vec!["preview.example.org".into()];
    let server = Server::start(fixture.root(), options, |_| {}).unwrap();
    let addr = server.addr();
    let response = request_for_host(addr, "GET", "/legal/acme/en/", "preview.example.org");
    assert_eq!(response.status, 200);
    server.stop();
}

#[test]
fn edits_show_at_once_and_a_broken_source_recovers() {
    let fixture = Fixture::copy("basic");
    let (server, builds) = start(&fixture);
    assert!(matches!(next_build(&builds), Event::Built { .. }));
    let addr = server.addr();
    let mut events = Events::open(addr);
    let hello = events.next_named("hello");
    assert!(hello.data.contains("\"errors\":null"), "{}", hello.data);
    let page = "/legal/acme/en/";
    page_shows(addr, page, 200, "What we collect");

    // A plain save: the page changes, and open pages hear which files changed.
    let original = fixture.read(CURRENT);
    fixture.write(
        CURRENT,
        original.replace("What we collect", "What we gather"),
    );
    page_shows(addr, page, 200, "What we gather");
    let reload = events.next_named("reload");
    assert!(
        reload.data.contains("\"acme/en/index.html\""),
        "{}",
        reload.data
    );
    match next_build(&builds) {
        Event::Built {
            files_changed,
            sources,
            ..
        } => {
            assert!(files_changed > 0);
            assert_eq!(sources, [Path::new(CURRENT)]);
        }
        other => panic!("expected a build, got {other:?}"),
    }

    // A typo: the error reaches open pages and the terminal with file, line and column;
    // the last good page stays served, and carries the error for pages opened now.
    let broken = original.replace("title = \"Billing\"", "titel = \"Billing\"");
    let line = broken.lines().position(|l| l.starts_with("titel")).unwrap() + 1;
    let location = format!("{CURRENT}:{line}:1");
    fixture.write(CURRENT, &broken);
    let failed = events.next_named("failed");
    assert!(
        failed
            .data
            .contains(&format!("\"location\":\"{location}\"")),
        "{}",
        failed.data
    );
    assert!(failed.data.contains(&format!("\"line\":{line}")));
    assert!(failed.data.contains("\"column\":1"));
    // The overlay underlines the whole key, as the terminal does.
    assert!(failed.data.contains("\"width\":5"), "{}", failed.data);
    assert!(failed.data.contains("titel"), "{}", failed.data);
    match next_build(&builds) {
        Event::Failed {
            errors, repeated, ..
        } => {
            assert!(!repeated);
            assert!(errors.to_string().contains(&location), "{errors}");
        }
        other => panic!("expected a failure, got {other:?}"),
    }
    let served = get(addr, page);
    assert_eq!(served.status, 200);
    let text = served.text();
    assert!(text.contains("What we gather"));
    assert!(text.contains("id=\"privsite-errors\""), "{text}");
    assert!(text.contains(&location));
    let hello = Events::open(addr).next_named("hello");
    assert!(hello.data.contains(&location), "{}", hello.data);

    // Saving again while still broken: the terminal is told it is the same error.
    fixture.write(CURRENT, format!("{broken}\n"));
    events.next_named("failed");
    assert!(matches!(
        next_build(&builds),
        Event::Failed { repeated: true, .. }
    ));

    // The fix: the page recovers by itself, with no error left on it.
    fixture.write(CURRENT, original.replace("What we collect", "What we hold"));
    let reload = events.next_named("reload");
    assert!(
        reload.data.contains("acme/en/index.html"),
        "{}",
        reload.data
    );
    let fixed = page_shows(addr, page, 200, "What we hold");
    assert!(!fixed.text().contains("privsite-errors"));
    assert!(matches!(next_build(&builds), Event::Built { .. }));
    server.stop();
}

#[test]
fn follows_renames_new_files_deletions_and_new_folders() {
    let fixture = Fixture::copy("basic");
    let (server, _builds) = start(&fixture);
    let addr = server.addr();

    // An editor's atomic save: write a temporary file, rename it over the source.
    let original = fixture.read(CURRENT);
    let temp = fixture.path("content/acme/en/.2023-06-01.toml.swp");
    std::fs::write(
        &temp,
        original.replace("Why we process it", "Why we use it"),
    )
    .unwrap();
    std::fs::rename(&temp, fixture.path(CURRENT)).unwrap();
    page_shows(addr, "/legal/acme/en/", 200, "Why we use it");

    // A new revision file, then its deletion; its address was a 404 page that waits for
    // it to appear.
    let mut events = Events::open(addr);
    events.next_named("hello");
    let waiting = get(addr, "/legal/acme/en/2024-06-01/");
    assert_eq!(waiting.status, 404);
    assert!(
        waiting
            .text()
            .contains("data-page=\"404.html acme/en/2024-06-01/index.html\"")
    );
    fixture.write(
        "content/acme/en/2024-06-01.toml",
        original.replace("Why we process it", "Brand new revision"),
    );
    page_shows(
        addr,
        "/legal/acme/en/2024-06-01/",
        200,
        "Brand new revision",
    );
    page_shows(addr, "/legal/acme/en/", 200, "Brand new revision");
    loop {
        let reload = events.next_named("reload");
        if reload.data.contains("\"acme/en/2024-06-01/index.html\"") {
            break;
        }
    }
    fixture.remove("content/acme/en/2024-06-01.toml");
    page_shows(addr, "/legal/acme/en/2024-06-01/", 404, "");
    page_shows(addr, "/legal/acme/en/", 200, "Why we use it");

    // A whole company moved in at once, and one created folder by folder.
    let staging = tempfile::tempdir_in(fixture.root()).unwrap();
    let gamma = staging.path().join("gamma");
    std::fs::create_dir_all(gamma.join("fi")).unwrap();
    std::fs::write(gamma.join("company.toml"), "default_locale = \"fi\"\n").unwrap();
    std::fs::write(
        gamma.join("fi/2022-01-01.toml"),
        "title = \"Gamman tietosuoja\"\n",
    )
    .unwrap();
    std::fs::rename(&gamma, fixture.path("content/gamma")).unwrap();
    page_shows(addr, "/legal/gamma/fi/", 200, "Gamman tietosuoja");
    fixture.write("content/delta/company.toml", "default_locale = \"sv\"\n");
    fixture.write(
        "content/delta/sv/2022-01-01.toml",
        "title = \"Deltas integritetspolicy\"\n",
    );
    page_shows(addr, "/legal/delta/sv/", 200, "Deltas integritetspolicy");
    fixture.remove("content/delta");
    page_shows(addr, "/legal/delta/sv/", 404, "");

    // site.toml, and a source folder that did not exist when the server started.
    fixture.write(
        "site.toml",
        fixture
            .read("site.toml")
            .replace("Acme privacy", "Acme integrity"),
    );
    page_shows(addr, "/legal/", 200, "Acme integrity");
    assert!(!fixture.path("static").exists());
    fixture.write("static/hello.txt", "hello from static");
    page_shows(addr, "/legal/hello.txt", 200, "hello from static");
    fixture.write("static/hello.txt", "hello again");
    page_shows(addr, "/legal/hello.txt", 200, "hello again");

    // A new base_url moves the whole site.
    fixture.write(
        "site.toml",
        fixture
            .read("site.toml")
            .replace("https://example.org/legal/", "https://example.org/"),
    );
    page_shows(addr, "/acme/en/", 200, "Why we use it");
    server.stop();
}

#[test]
fn a_site_that_never_built_shows_its_errors_until_it_does() {
    let fixture = Fixture::copy("basic");
    let original = fixture.read(CURRENT);
    fixture.write(CURRENT, original.replace("[[sections]]", "[[section]]"));
    let (server, builds) = start(&fixture);
    assert!(matches!(next_build(&builds), Event::Failed { .. }));
    let addr = server.addr();
    for target in ["/", "/legal/", "/legal/acme/en/"] {
        let response = get(addr, target);
        assert_eq!(response.status, 503, "{target}");
        let text = response.text();
        assert!(text.contains("id=\"privsite-errors\""), "{text}");
        assert!(text.contains(CURRENT), "{text}");
        assert!(text.contains("data-page=\"\""), "{text}");
    }
    fixture.write(CURRENT, &original);
    page_shows(addr, "/legal/acme/en/", 200, "What we collect");
    server.stop();
}

#[test]
fn a_busy_port_is_an_error_not_a_second_server() {
    let fixture = Fixture::copy("basic");
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = taken.local_addr().unwrap();
    match Server::start(fixture.root(), options(&addr.to_string()), |_| {}) {
        Err(ServeError::AddressInUse(a)) => assert_eq!(a, addr),
        Err(e) => panic!("expected the port to be in use, got {e}"),
        Ok(_) => panic!("a second server started on {addr}"),
    }
    let not_a_site = tempfile::tempdir().unwrap();
    assert!(matches!(
        Server::start(not_a_site.path(), options("127.0.0.1:0"), |_| {}),
        Err(ServeError::NotASite(_))
    ));
}

#[test]
fn stopping_closes_open_event_streams() {
    let fixture = Fixture::copy("basic");
    let (server, _builds) = start(&fixture);
    let addr = server.addr();
    let mut events = Events::open(addr);
    events.next_named("hello");
    server.stop();
    while let Some(event) = events.next() {
        assert_ne!(event.name, "reload", "{event:?}");
    }
    assert!(TcpStream::connect(addr).is_err());
}

/// Where the machine has no IPv6 loopback the test fails, unless PRIVSITE_SKIP_IPV6=1
/// skips it.
#[test]
fn serves_on_ipv6_loopback_when_available() {
    let found = require_tool("IPv6 loopback", "PRIVSITE_SKIP_IPV6", || {
        std::net::TcpListener::bind("[::1]:0")
            .map(drop)
            .map_err(|e| format!("cannot listen on [::1]: {e}"))
    });
    if !found {
        return;
    }
    let fixture = Fixture::copy("basic");
    let server = Server::start(fixture.root(), options("[::1]:0"), |_| {})
        .unwrap_or_else(|e| panic!("the server did not start on [::1]: {e}"));
    let addr = server.addr();
    assert!(server.url().starts_with("http://[::1]:"));
    let response = get(addr, "/legal/acme/en/");
    assert_eq!(response.status, 200);
    assert!(response.text().contains("What we collect"));
    server.stop();
}

#[test]
fn the_command_names_a_busy_port_and_a_free_one_to_try() {
    let fixture = Fixture::copy("basic");
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port();
    let output = privsite(fixture.root())
        .args(["serve", "--port", &port.to_string()])
        .output()
        .unwrap();
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains(&format!("port {port} is in use; try --port ")),
        "{stderr}"
    );
}

#[cfg(unix)]
#[test]
fn the_command_serves_until_ctrl_c_and_then_stops_cleanly() {
    use std::process::Stdio;
    let fixture = Fixture::copy("basic");
    let mut child = privsite(fixture.root())
        .args(["serve", "--port", "0", "--date", "2025-01-01"])
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut lines = Vec::new();
    let url = loop {
        let mut line = String::new();
        if stdout.read_line(&mut line).unwrap() == 0 {
            let _ = child.kill();
            panic!("the server stopped before serving: {lines:?}");
        }
        if let Some(rest) = line.strip_prefix("serving ") {
            break rest.split_whitespace().next().unwrap().to_string();
        }
        lines.push(line);
    };
    assert!(
        lines
            .iter()
            .any(|l| l.contains(" built ") && l.trim_end().ends_with(" ms")),
        "{lines:?}"
    );
    let authority = url
        .strip_prefix("http://")
        .and_then(|u| u.strip_suffix("/legal/"))
        .unwrap_or_else(|| panic!("{url}"));
    assert!(authority.starts_with("127.0.0.1:"), "{url}");
    let addr: SocketAddr = authority.parse().unwrap();
    assert_eq!(get(addr, "/legal/").status, 200);

    let interrupted = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(interrupted.success());
    let status = eventually("the server to exit", || child.try_wait().unwrap());
    assert!(status.success(), "{status}");
    let mut rest = String::new();
    stdout.read_to_string(&mut rest).unwrap();
    assert!(rest.contains("stopped"), "{rest}");
    assert!(TcpStream::connect(addr).is_err());
}
