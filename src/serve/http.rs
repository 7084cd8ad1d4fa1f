//! The HTTP side: the site's files as a static host would serve them, plus the live
//! script and its event stream under the reserved prefix `/__privsite/`.

use std::convert::Infallible;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderValue, Method, StatusCode, Uri, header};
use axum::response::sse::{Event as SseEvent, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use tokio::sync::broadcast::error::RecvError;
use tokio::sync::watch;

use super::resolve::{Resolved, candidates, content_type, is_html, resolve};
use super::{Notice, Published, Shared};

/// The live script, injected into every HTML page the preview serves (and only there).
const LIVE_JS: &str = include_str!("live.js");
pub(super) const LIVE_PREFIX: &str = "/__privsite/";

#[derive(Clone)]
struct App {
    shared: Arc<Shared>,
    stopping: watch::Receiver<bool>,
    allowed_hosts: Arc<[String]>,
}

pub(super) fn router(
    shared: Arc<Shared>,
    stopping: watch::Receiver<bool>,
    allowed_hosts: Vec<String>,
) -> Router {
    let app = App {
        shared,
        stopping,
        allowed_hosts: allowed_hosts.into(),
    };
    Router::new()
        .route("/__privsite/events", get(events))
        .route("/__privsite/live.js", get(live_js))
        .fallback(site)
        .layer(axum::middleware::from_fn_with_state(
            app.clone(),
            check_host,
        ))
        .with_state(app)
}

/// Refuses requests for a host the preview is not: a page on another site that points its
/// own name at 127.0.0.1 (DNS rebinding) sends that name, and must not read the preview.
async fn check_host(
    State(app): State<App>,
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    let host = request
        .headers()
        .get(header::HOST)
        .map(|h| h.to_str().unwrap_or("\u{fffd}"));
    if host_allowed(host, &app.allowed_hosts) {
        return next.run(request).await;
    }
    let host = host.unwrap_or_default();
    respond(
        StatusCode::FORBIDDEN,
        "text/plain; charset=utf-8",
        format!(
            "privsite serve answers to IP addresses and localhost only, not to {host:?}; \
             to reach it by that name, start it with --allow-host {}\n",
            host_name(host)
        )
        .into_bytes(),
    )
}

/// Whether a Host header names this preview: an IP address, `localhost` or a name below
/// it, or one of the `allowed` names, with any port. A request without one (HTTP/1.0)
/// comes from no browser and is let through.
pub(crate) fn host_allowed(host: Option<&str>, allowed: &[String]) -> bool {
    let Some(host) = host else {
        return true;
    };
    let name = host_name(host);
    if name.starts_with('[') {
        return name
            .strip_prefix('[')
            .and_then(|n| n.strip_suffix(']'))
            .is_some_and(|ip| ip.parse::<std::net::Ipv6Addr>().is_ok());
    }
    let name = name.strip_suffix('.').unwrap_or(name).to_ascii_lowercase();
    name.parse::<std::net::Ipv4Addr>().is_ok()
        || name == "localhost"
        || name.ends_with(".localhost")
        || allowed.iter().any(|a| a.eq_ignore_ascii_case(&name))
}

/// The name in a Host header, without its port.
fn host_name(host: &str) -> &str {
    if host.starts_with('[') {
        return match host.find(']') {
            Some(end) => &host[..=end],
            None => host,
        };
    }
    host.rsplit_once(':').map_or(host, |(name, _)| name)
}

async fn live_js() -> Response {
    respond(
        StatusCode::OK,
        "text/javascript; charset=utf-8",
        LIVE_JS.as_bytes().to_vec(),
    )
}

/// The most event streams (open pages following the preview) served at once; a page
/// beyond them is told to retry (503), and reloads by hand.
pub(super) const MAX_STREAMS: usize = 16;

/// Server-sent events: first `hello` (the current version and errors), then `reload` and
/// `failed` as builds finish. The stream ends when the server stops.
async fn events(State(app): State<App>) -> Response {
    // Streams have a cap of their own, below the connections', so pages are always served.
    let Ok(permit) = app.shared.streams.clone().try_acquire_owned() else {
        let mut response = respond(
            StatusCode::SERVICE_UNAVAILABLE,
            "text/plain; charset=utf-8",
            format!("at most {MAX_STREAMS} pages can follow the preview at once: close one\n")
                .into_bytes(),
        );
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, header::HeaderValue::from_static("5"));
        return response;
    };
    // Subscribe before reading the state, so that no notice falls between the two.
    let notices = app.shared.notices.subscribe();
    let hello = app.shared.hello();
    let stream = futures_util::stream::unfold(
        (Some(hello), notices, app, permit),
        |(first, mut notices, mut app, permit)| async move {
            if let Some(hello) = first {
                // A short retry brings pages back quickly after the server restarts.
                let event = sse(&hello).retry(Duration::from_millis(500));
                return Some((Ok::<_, Infallible>(event), (None, notices, app, permit)));
            }
            if *app.stopping.borrow_and_update() {
                return None;
            }
            let notice = tokio::select! {
                received = notices.recv() => match received {
                    Ok(notice) => notice,
                    // Missed notices: the state now tells the page all it needs.
                    Err(RecvError::Lagged(_)) => app.shared.hello(),
                    Err(RecvError::Closed) => return None,
                },
                _ = app.stopping.changed() => return None,
            };
            Some((Ok(sse(&notice)), (None, notices, app, permit)))
        },
    );
    let mut response = Sse::new(stream)
        .keep_alive(KeepAlive::new().interval(Duration::from_secs(15)))
        .into_response();
    no_store(&mut response);
    response
}

fn sse(notice: &Notice) -> SseEvent {
    SseEvent::default().event(notice.event).data(&*notice.data)
}

/// Everything else: the site's own files.
async fn site(State(app): State<App>, method: Method, uri: Uri) -> Response {
    if method != Method::GET && method != Method::HEAD {
        let mut response = respond(
            StatusCode::METHOD_NOT_ALLOWED,
            "text/plain; charset=utf-8",
            b"method not allowed\n".to_vec(),
        );
        response
            .headers_mut()
            .insert(header::ALLOW, HeaderValue::from_static("GET, HEAD"));
        return response;
    }
    let state = app.shared.read();
    if state.files.is_empty() {
        return not_built(&state);
    }
    match resolve(uri.path(), &state.base_path, |p| {
        state.files.contains_key(p)
    }) {
        Resolved::File(path) => serve_file(&state, &path),
        Resolved::Redirect(mut location) => {
            if let Some(query) = uri.query() {
                location.push('?');
                location.push_str(query);
            }
            let mut response = respond(
                StatusCode::PERMANENT_REDIRECT,
                "text/plain; charset=utf-8",
                Vec::new(),
            );
            if let Ok(location) = HeaderValue::from_str(&location) {
                response.headers_mut().insert(header::LOCATION, location);
            }
            response
        }
        Resolved::NotFound if state.files.contains_key("404.html") => {
            let mut watched = vec!["404.html".to_string()];
            watched.extend(candidates(uri.path(), &state.base_path));
            let html = inject(&state.files["404.html"], &live_snippet(&state, &watched));
            respond(StatusCode::NOT_FOUND, "text/html; charset=utf-8", html)
        }
        Resolved::NotFound => respond(
            StatusCode::NOT_FOUND,
            "text/plain; charset=utf-8",
            b"not found\n".to_vec(),
        ),
    }
}

fn serve_file(state: &Published, path: &str) -> Response {
    let bytes = &state.files[path];
    let body = if is_html(path) {
        inject(bytes, &live_snippet(state, &[path.to_string()]))
    } else {
        bytes.to_vec()
    };
    respond(StatusCode::OK, content_type(path), body)
}

/// The page served while the site has never built: only the error overlay has
/// something to show, and the page reloads once the site builds.
fn not_built(state: &Published) -> Response {
    let page = "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
        <title>privsite: the site does not build</title></head><body><main>\
        <h1>The site does not build yet</h1><p>Its errors are shown here and in the \
        terminal. Fix them and save: this page reloads by itself.</p></main></body></html>\n";
    let body = inject(page.as_bytes(), &live_snippet(state, &[]));
    respond(
        StatusCode::SERVICE_UNAVAILABLE,
        "text/html; charset=utf-8",
        body,
    )
}

/// The preview marks what a published page states neutrally ("not stated in this policy")
/// as a gap to fix, with the `privsite check` rule that reports it.
const PREVIEW_STYLE: &str = r#"<style id="privsite-preview">.gap{font-style:normal;color:#6b4100;background:#fff4d6;outline:1px dashed #a86a00;padding:0 .2em}.gap::before{content:"\26A0\FE0E  "}.gap[data-rule]::after{content:" \2014  privsite check: " attr(data-rule);font-size:.8em}</style>"#;

/// The tags that load the live script into a page: the output files whose change should
/// reload it (none: any change), which build it comes from, and the current errors if
/// the site is broken, so that a page opened then shows them at once.
fn live_snippet(state: &Published, pages: &[String]) -> String {
    let mut snippet = String::from(PREVIEW_STYLE);
    if let Some(errors) = &state.errors {
        // `<` escaped keeps a message containing `</script>` inside the JSON.
        snippet.push_str(r#"<script type="application/json" id="privsite-errors">"#);
        snippet.push_str(&errors.replace('<', "\\u003c"));
        snippet.push_str("</script>");
    }
    snippet.push_str(&format!(
        r#"<script src="{LIVE_PREFIX}live.js" data-page="{}" data-version="{}"></script>"#,
        crate::text::escape::escape(&pages.join(" ")),
        crate::text::escape::escape(&state.version)
    ));
    snippet
}

/// `html` with `snippet` before its last `</body>` (in any case), or at its end.
fn inject(html: &[u8], snippet: &str) -> Vec<u8> {
    let at = html
        .windows(7)
        .rposition(|w| w.eq_ignore_ascii_case(b"</body>"))
        .unwrap_or(html.len());
    let mut out = Vec::with_capacity(html.len() + snippet.len());
    out.extend_from_slice(&html[..at]);
    out.extend_from_slice(snippet.as_bytes());
    out.extend_from_slice(&html[at..]);
    out
}

fn respond(status: StatusCode, content_type: &'static str, body: Vec<u8>) -> Response {
    let mut response = (status, Body::from(body)).into_response();
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    response.headers_mut().insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    no_store(&mut response);
    response
}

/// A preview must never be answered from the browser's cache.
fn no_store(response: &mut Response) {
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_ip_addresses_localhost_and_allowed_names_pass() {
        let allowed = ["preview.example.org".to_string()];
        for host in [
            "127.0.0.1:1111",
            "127.0.0.1",
            "192.168.1.20:8080",
            "[::1]:1111",
            "[fe80::1]",
            "localhost:1111",
            "LOCALHOST.",
            "docs.localhost:1111",
            "Preview.Example.org:443",
        ] {
            assert!(host_allowed(Some(host), &allowed), "{host}");
        }
        assert!(host_allowed(None, &[]));
        for host in [
            "attacker.example:1111",
            "attacker.example",
            "localhost.attacker.example",
            "127.0.0.1.attacker.example",
            "[not-an-address]:1111",
            "preview.example.org.evil:80",
            "",
            "\u{fffd}",
        ] {
            assert!(!host_allowed(Some(host), &allowed), "{host}");
        }
    }

    #[test]
    fn the_snippet_goes_before_the_last_closing_body() {
        let html = b"<html><body><p>a</p></BODY>\n</html>";
        let out = String::from_utf8(inject(html, "<script></script>")).unwrap();
        assert_eq!(out, "<html><body><p>a</p><script></script></BODY>\n</html>");
        let out = String::from_utf8(inject(b"<p>no body tag", "<s>")).unwrap();
        assert_eq!(out, "<p>no body tag<s>");
    }

    #[test]
    fn the_snippet_cannot_be_broken_out_of() {
        let state = Published {
            files: Default::default(),
            base_path: "/".into(),
            version: "v\"1".into(),
            errors: Some(r#"[{"message":"</script><script>alert(1)</script>"}]"#.into()),
        };
        let snippet = live_snippet(&state, &["a\"b/<i>.html".to_string()]);
        assert_eq!(snippet.matches("</script>").count(), 2, "{snippet}");
        assert!(snippet.contains(r#"data-page="a&quot;b/&lt;i&gt;.html""#));
        assert!(snippet.contains(r#"data-version="v&quot;1""#));
    }
}
