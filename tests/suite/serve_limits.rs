//! `privsite serve` under slow and idle clients: connections that trickle their headers or
//! sit idle are closed, the number of open connections is capped, event streams are not
//! cut by the idle timeout, and a normal request and a rebuild still succeed. Through the
//! real binary, spoken to with raw TCP on loopback. The only time bounds are generous
//! ones ("closed within 60 s"); the server's own timeout is 10 s.

use std::io::{BufRead, BufReader, ErrorKind, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use crate::prelude::{Fixture, PRIVSITE};

const GENEROUS: Duration = Duration::from_secs(60);

struct Serve {
    child: Child,
    addr: SocketAddr,
    out: mpsc::Receiver<String>,
}

impl Drop for Serve {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts `privsite serve` on a free port, under `ulimit -n <fds>` when given.
fn serve(f: &Fixture, fds: Option<u32>) -> Serve {
    let exe = PRIVSITE;
    let root = f.root().to_str().unwrap();
    let limit = fds.map_or(String::new(), |n| format!("ulimit -n {n} && "));
    let mut child = Command::new("sh")
        .arg("-c")
        .arg(format!(
            "{limit}exec '{exe}' -C '{root}' serve --port 0 --date 2025-01-01"
        ))
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let (tx, out) = mpsc::channel();
    let stdout = child.stdout.take().unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    let serving = wait_for(&out, "serving ");
    let url = serving.split_whitespace().nth(1).unwrap();
    let addr = url
        .strip_prefix("http://")
        .and_then(|u| u.split_once('/'))
        .unwrap()
        .0
        .parse()
        .unwrap();
    Serve { child, addr, out }
}

fn wait_for(lines: &mpsc::Receiver<String>, what: &str) -> String {
    loop {
        let line = lines
            .recv_timeout(GENEROUS)
            .unwrap_or_else(|_| panic!("no line with {what:?}"));
        if line.contains(what) {
            return line;
        }
    }
}

/// A whole GET, answered within the generous bound; the status code.
fn get(addr: SocketAddr, target: &str) -> u16 {
    let mut stream = TcpStream::connect(addr).unwrap();
    stream.set_read_timeout(Some(GENEROUS)).unwrap();
    write!(
        stream,
        "GET {target} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut raw = String::new();
    stream.read_to_string(&mut raw).unwrap();
    raw.split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0)
}

/// Whether the server closed `stream` (end of file or reset) within the generous bound,
/// reading away whatever it sent first (an error response, say).
fn closed_by_server(stream: &mut TcpStream) -> bool {
    stream.set_read_timeout(Some(GENEROUS)).unwrap();
    let mut buf = [0u8; 1024];
    loop {
        match stream.read(&mut buf) {
            Ok(0) => return true,
            Ok(_) => continue,
            Err(e) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => {
                return false;
            }
            Err(_) => return true,
        }
    }
}

#[test]
fn clients_trickling_headers_are_closed_and_others_still_served() {
    let f = Fixture::copy("basic");
    let server = serve(&f, None);
    let addr = server.addr;
    let tricklers: Vec<_> = (0..20)
        .map(|_| {
            std::thread::spawn(move || {
                let mut stream = TcpStream::connect(addr).unwrap();
                stream
                    .set_read_timeout(Some(Duration::from_millis(300)))
                    .unwrap();
                let head = format!("GET /legal/ HTTP/1.1\r\nHost: {addr}\r\nX-Slow: ");
                stream.write_all(head.as_bytes()).unwrap();
                let started = Instant::now();
                let mut buf = [0u8; 1024];
                // One byte every 300 ms, never finishing the head.
                while started.elapsed() < GENEROUS {
                    if stream.write_all(b"a").is_err() {
                        return true;
                    }
                    match stream.read(&mut buf) {
                        Ok(0) => return true,
                        Ok(_) => {}
                        Err(e)
                            if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => {}
                        Err(_) => return true,
                    }
                }
                false
            })
        })
        .collect();
    // Meanwhile a normal request is answered.
    assert_eq!(get(addr, "/legal/"), 200);
    for t in tricklers {
        assert!(t.join().unwrap(), "a trickling client was kept open");
    }
    assert_eq!(get(addr, "/legal/acme/en/"), 200);
}

#[test]
fn idle_connections_are_closed_capped_and_do_not_starve_a_rebuild() {
    let f = Fixture::copy("basic");
    // Few descriptors: 300 idle clients would use them all up without the cap.
    let server = serve(&f, Some(256));
    let addr = server.addr;
    // An event stream, which the idle timeout must not cut.
    let mut events = TcpStream::connect(addr).unwrap();
    write!(
        events,
        "GET /__privsite/events HTTP/1.1\r\nHost: {addr}\r\n\r\n"
    )
    .unwrap();
    let mut events_reader = BufReader::new(events.try_clone().unwrap());
    events.set_read_timeout(Some(GENEROUS)).unwrap();
    let mut first = String::new();
    events_reader.read_line(&mut first).unwrap();
    assert!(first.starts_with("HTTP/1.1 200"), "{first}");

    let mut idle: Vec<TcpStream> = (0..300)
        .filter_map(|_| TcpStream::connect_timeout(&addr, Duration::from_secs(2)).ok())
        .collect();
    assert!(idle.len() >= 100, "only {} connected", idle.len());
    // A normal request gets through once idle connections time out.
    assert_eq!(get(addr, "/legal/"), 200);
    // A save is rebuilt: the build can still open files.
    let current = "content/acme/en/2023-06-01.toml";
    f.write(
        current,
        f.read(current).replace("What we collect", "What we gather"),
    );
    let built = wait_for(&server.out, "(content/acme/en/2023-06-01.toml)");
    assert!(built.contains("rebuilt"), "{built}");
    // Every idle connection is closed by the server.
    let closed = idle.iter_mut().map(closed_by_server).filter(|c| *c).count();
    assert_eq!(closed, idle.len(), "idle connections left open");
    // The event stream outlived the idle timeout and reports the rebuild.
    let mut saw_reload = false;
    let mut line = String::new();
    while events_reader.read_line(&mut line).is_ok_and(|n| n > 0) {
        if line.contains("event: reload") {
            saw_reload = true;
            break;
        }
        line.clear();
    }
    assert!(saw_reload, "the event stream was cut");
    assert_eq!(get(addr, "/legal/acme/en/"), 200);
}

#[test]
fn open_pages_cannot_take_every_slot_from_page_requests() {
    let f = Fixture::copy("basic");
    let server = serve(&f, None);
    let addr = server.addr;
    // 64 pages following the preview: more than the 64 connections allowed in all.
    let mut streams = Vec::new();
    let mut refused = 0;
    for _ in 0..64 {
        let mut s = TcpStream::connect(addr).unwrap();
        s.set_read_timeout(Some(GENEROUS)).unwrap();
        write!(s, "GET /__privsite/events HTTP/1.1\r\nHost: {addr}\r\n\r\n").unwrap();
        let mut status = String::new();
        BufReader::new(s.try_clone().unwrap())
            .read_line(&mut status)
            .unwrap();
        if status.starts_with("HTTP/1.1 503") {
            refused += 1;
        } else {
            assert!(status.starts_with("HTTP/1.1 200"), "{status}");
        }
        streams.push(s);
    }
    // The streams have a cap of their own (16): the rest are told to retry...
    assert_eq!(refused, 64 - 16);
    // ...and pages are still served at once.
    let started = Instant::now();
    assert_eq!(get(addr, "/legal/acme/en/"), 200);
    assert!(started.elapsed() < GENEROUS);
    drop(streams);
}
