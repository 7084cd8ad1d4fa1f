//! `privsite serve`: a live preview. The site is built in memory and served from there
//! (never from disk, so no request can reach a file outside the built site); the sources
//! are watched, each change rebuilds through a [`Session`], and open pages reload by
//! themselves or show the build's errors over the last good page.
//!
//! Three parts run side by side: the watcher (notify's thread) reports file events; the
//! builder thread gathers them into a rebuild and publishes the result; the HTTP server
//! (a small tokio runtime) serves the published files and streams notices to pages.

mod conn;
mod http;
mod resolve;
mod watch;

use std::collections::HashMap;
use std::fmt;
use std::io;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock, mpsc};
use std::time::{Duration, Instant};

use axum::body::Bytes;
use tokio::sync::{broadcast, watch as signal};

use crate::build::session::Session;
use crate::diagnostic::relative_to;
use crate::{BuildOptions, Diagnostics};

pub use resolve::{Resolved, content_type, resolve};

/// What to serve, and where.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    pub build: BuildOptions,
    /// Where to listen; port 0 takes any free port (see [`Server::addr`]).
    pub addr: SocketAddr,
    /// Host names the preview answers to besides IP addresses and `localhost` (a proxy's
    /// name, say); requests naming any other host are refused, against DNS rebinding.
    pub allowed_hosts: Vec<String>,
}

/// What the preview reports to whoever runs it, one event per build.
#[derive(Debug, Clone)]
pub enum Event {
    /// A build succeeded (the first one included).
    Built {
        /// Output files whose contents changed, appeared or went away.
        files_changed: usize,
        /// Pages and feeds rendered from templates; the rest had nothing new to show.
        rendered: usize,
        /// HTML pages in the site now.
        pages: usize,
        elapsed: Duration,
        /// The changed sources that caused it, relative to the root; empty for the first
        /// build and for a rebuild of everything.
        sources: Vec<PathBuf>,
        /// The build's warnings, when they differ from the last ones reported.
        new_warnings: Option<Diagnostics>,
    },
    /// A build failed; the last good site stays served.
    Failed {
        errors: Diagnostics,
        elapsed: Duration,
        sources: Vec<PathBuf>,
        /// The same errors as the build before: worth a line, not a repeat of them.
        repeated: bool,
    },
    /// The watcher could not do its job (a limit on watches, a folder it cannot read).
    WatchProblem(String),
}

#[derive(Debug)]
pub enum ServeError {
    /// The folder has no site.toml.
    NotASite(PathBuf),
    /// Another program listens on the address.
    AddressInUse(SocketAddr),
    Bind(SocketAddr, io::Error),
    Watch(String),
    Runtime(io::Error),
}

impl fmt::Display for ServeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ServeError::NotASite(root) => write!(
                f,
                "{} has no site.toml: run `privsite serve` in a site folder, or pass -C DIR",
                root.display()
            ),
            ServeError::AddressInUse(addr) => write!(f, "port {} is in use", addr.port()),
            ServeError::Bind(addr, e) => write!(f, "cannot listen on {addr}: {e}"),
            ServeError::Watch(e) => write!(f, "cannot watch the sources: {e}"),
            ServeError::Runtime(e) => write!(f, "cannot start the server: {e}"),
        }
    }
}

impl std::error::Error for ServeError {}

/// A running preview. Dropping it stops it, as [`Server::stop`] does.
pub struct Server {
    addr: SocketAddr,
    shared: Arc<Shared>,
    runtime: Option<tokio::runtime::Runtime>,
    http: Option<tokio::task::JoinHandle<io::Result<()>>>,
    shutdown: signal::Sender<bool>,
    to_builder: mpsc::Sender<watch::Message>,
    builder: Option<std::thread::JoinHandle<()>>,
}

impl Server {
    /// Binds `options.addr`, builds the site once, starts watching and serving, and
    /// returns. A site that fails to build is served all the same, as its errors, until
    /// it builds. `on_event` hears of every build, from the builder's thread.
    pub fn start(
        root: &Path,
        options: ServeOptions,
        on_event: impl FnMut(Event) + Send + 'static,
    ) -> Result<Server, ServeError> {
        let root = root
            .canonicalize()
            .map_err(|_| ServeError::NotASite(root.to_path_buf()))?;
        if !root.join("site.toml").is_file() {
            return Err(ServeError::NotASite(root));
        }
        let listener = std::net::TcpListener::bind(options.addr).map_err(|e| {
            if e.kind() == io::ErrorKind::AddrInUse {
                ServeError::AddressInUse(options.addr)
            } else {
                ServeError::Bind(options.addr, e)
            }
        })?;
        let addr = listener.local_addr().map_err(ServeError::Runtime)?;
        listener
            .set_nonblocking(true)
            .map_err(ServeError::Runtime)?;

        // Watch before the first build, so that a save during it is not missed.
        let (to_builder, from_watcher) = mpsc::channel();
        let watcher =
            watch::SourceWatcher::start(&root, to_builder.clone()).map_err(ServeError::Watch)?;
        let shared = Arc::new(Shared::new());
        let mut builder = Builder {
            session: Session::new(&root, options.build),
            root,
            watcher,
            shared: shared.clone(),
            on_event: Box::new(on_event),
            generation: 0,
            instance: instance_id(),
            last_errors: None,
            last_warnings: None,
        };
        builder.rebuild(Vec::new());
        let builder = std::thread::Builder::new()
            .name("privsite-rebuild".into())
            .spawn(move || builder.run(from_watcher))
            .map_err(ServeError::Runtime)?;

        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .thread_name("privsite-http")
            .enable_all()
            .build()
            .map_err(ServeError::Runtime)?;
        let (shutdown, stopping) = signal::channel(false);
        let app = http::router(shared.clone(), stopping.clone(), options.allowed_hosts);
        let http = runtime.spawn(async move {
            let listener = tokio::net::TcpListener::from_std(listener)?;
            conn::serve(listener, app, stopping).await
        });
        Ok(Server {
            addr,
            shared,
            runtime: Some(runtime),
            http: Some(http),
            shutdown,
            to_builder,
            builder: Some(builder),
        })
    }

    /// The address the server listens on (with the actual port when 0 was asked for).
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The site's home page: `http://127.0.0.1:1111/`, or below the sub-path of the
    /// site's base_url (`.../legal/`), where the site is served as it will be published.
    pub fn url(&self) -> String {
        let host = match self.addr {
            SocketAddr::V4(a) if a.ip().is_unspecified() => format!("127.0.0.1:{}", a.port()),
            SocketAddr::V6(a) if a.ip().is_unspecified() => format!("[::1]:{}", a.port()),
            addr => addr.to_string(),
        };
        format!("http://{host}{}", self.shared.read().base_path)
    }

    /// Catches Ctrl-C from now on (instead of letting it end the process), for
    /// [`Server::wait_for`]. Call it before telling anyone the server is up: a Ctrl-C
    /// in between would otherwise kill the process rather than stop the server.
    pub fn catch_ctrl_c(&self) -> io::Result<CtrlC> {
        let runtime = self
            .runtime
            .as_ref()
            .expect("a running server has its runtime");
        let _context = runtime.enter();
        #[cfg(unix)]
        let signal = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::interrupt())?;
        #[cfg(windows)]
        let signal = tokio::signal::windows::ctrl_c()?;
        Ok(CtrlC(signal))
    }

    /// Blocks until Ctrl-C is pressed.
    pub fn wait_for(&self, mut ctrl_c: CtrlC) {
        if let Some(runtime) = &self.runtime {
            runtime.block_on(ctrl_c.0.recv());
        }
    }

    /// Closes the event streams, lets requests under way finish, stops watching, and
    /// returns once everything has stopped.
    pub fn stop(mut self) {
        self.shut_down();
    }

    fn shut_down(&mut self) {
        let _ = self.shutdown.send(true);
        if let (Some(runtime), Some(http)) = (self.runtime.take(), self.http.take()) {
            // A connection that will not close must not hold the process up for long.
            let _ = runtime.block_on(async { tokio::time::timeout(GRACE, http).await });
            runtime.shutdown_timeout(GRACE);
        }
        let _ = self.to_builder.send(watch::Message::Stop);
        if let Some(builder) = self.builder.take() {
            let _ = builder.join();
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.shut_down();
    }
}

/// Ctrl-C, caught since [`Server::catch_ctrl_c`].
pub struct CtrlC(
    #[cfg(unix)] tokio::signal::unix::Signal,
    #[cfg(windows)] tokio::signal::windows::CtrlC,
);

const GRACE: Duration = Duration::from_secs(2);

/// A name for this run of the server, so that a page from an earlier run reloads.
fn instance_id() -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    format!("{:x}", nanos & 0xffff_ffff_ffff)
}

/// What the HTTP side serves, as the builder last published it.
pub(crate) struct Shared {
    state: RwLock<Published>,
    /// Notices to open pages; each event stream subscribes.
    notices: broadcast::Sender<Notice>,
    /// One permit per open event stream: see [`http::MAX_STREAMS`].
    streams: Arc<tokio::sync::Semaphore>,
}

pub(crate) struct Published {
    /// The last good build's files, by output path.
    files: HashMap<String, Bytes>,
    /// Where the site is mounted: the path of its base_url (`/`, `/legal/`).
    base_path: String,
    /// Names the last good build; a page from another one is out of date.
    version: String,
    /// The current build errors as JSON, while the sources do not build.
    errors: Option<Arc<str>>,
}

/// A message to open pages: an SSE event name and its JSON data.
#[derive(Debug, Clone)]
pub(crate) struct Notice {
    event: &'static str,
    data: Arc<str>,
}

impl Shared {
    fn new() -> Shared {
        Shared {
            state: RwLock::new(Published {
                files: HashMap::new(),
                base_path: "/".into(),
                version: String::new(),
                errors: None,
            }),
            notices: broadcast::channel(64).0,
            streams: Arc::new(tokio::sync::Semaphore::new(http::MAX_STREAMS)),
        }
    }

    fn read(&self) -> std::sync::RwLockReadGuard<'_, Published> {
        // A panic while holding the lock leaves plain data behind; serve it.
        self.state.read().unwrap_or_else(|e| e.into_inner())
    }

    fn write(&self) -> std::sync::RwLockWriteGuard<'_, Published> {
        self.state.write().unwrap_or_else(|e| e.into_inner())
    }

    /// The state a page needs on connecting: the current version and errors.
    fn hello(&self) -> Notice {
        let state = self.read();
        Notice {
            event: "hello",
            data: format!(
                r#"{{"version":{},"errors":{}}}"#,
                json_string(&state.version),
                state.errors.as_deref().unwrap_or("null")
            )
            .into(),
        }
    }
}

fn json_string(s: &str) -> String {
    serde_json::to_string(s).expect("a string serializes")
}

/// Above this many changed files a reload notice says "everything" instead of listing.
const MAX_LISTED_CHANGES: usize = 1000;

/// Owns the session and the watcher; turns batches of source changes into rebuilds and
/// publishes each result.
struct Builder {
    root: PathBuf,
    session: Session,
    watcher: watch::SourceWatcher,
    shared: Arc<Shared>,
    on_event: Box<dyn FnMut(Event) + Send>,
    generation: u64,
    instance: String,
    last_errors: Option<Diagnostics>,
    last_warnings: Option<Diagnostics>,
}

impl Builder {
    fn run(mut self, events: mpsc::Receiver<watch::Message>) {
        loop {
            let mut pending = watch::Pending::default();
            // Wait for a first relevant change, then for the burst it starts to end.
            loop {
                let message = if pending.is_empty() {
                    events.recv().ok()
                } else {
                    let quiet = pending.quiet_time();
                    // Zero once changes have kept coming for too long: rebuild now rather
                    // than take whatever is queued next.
                    if quiet.is_zero() {
                        break;
                    }
                    match events.recv_timeout(quiet) {
                        Ok(message) => Some(message),
                        Err(mpsc::RecvTimeoutError::Timeout) => break,
                        Err(mpsc::RecvTimeoutError::Disconnected) => None,
                    }
                };
                match message {
                    Some(watch::Message::Fs(event)) => {
                        if let Some(problem) = self.watcher.note(event, &mut pending) {
                            (self.on_event)(Event::WatchProblem(problem));
                        }
                    }
                    Some(watch::Message::Stop) | None => return,
                }
            }
            self.rebuild(pending.into_paths());
        }
    }

    /// Rebuilds after `changed` (empty: everything) and publishes the outcome.
    fn rebuild(&mut self, changed: Vec<PathBuf>) {
        let started = Instant::now();
        let result = self.session.rebuild(&changed);
        let elapsed = started.elapsed();
        let sources: Vec<PathBuf> = changed.iter().map(|p| relative_to(&self.root, p)).collect();
        match result {
            Ok(rebuilt) => {
                self.publish(&rebuilt.changed);
                let new_warnings = (self.last_warnings.as_ref() != Some(&rebuilt.warnings))
                    .then(|| rebuilt.warnings.clone());
                self.last_warnings = Some(rebuilt.warnings);
                self.last_errors = None;
                (self.on_event)(Event::Built {
                    files_changed: rebuilt.changed.len(),
                    rendered: rebuilt.rendered,
                    pages: rebuilt.pages,
                    elapsed,
                    sources,
                    new_warnings,
                });
            }
            Err(diagnostics) => {
                let errors = Diagnostics(diagnostics.errors().cloned().collect());
                let repeated = self.last_errors.as_ref() == Some(&errors);
                let json: Arc<str> = errors_json(&errors).into();
                self.shared.write().errors = Some(json.clone());
                let _ = self.shared.notices.send(Notice {
                    event: "failed",
                    data: format!(r#"{{"errors":{json}}}"#).into(),
                });
                self.last_errors = Some(errors.clone());
                (self.on_event)(Event::Failed {
                    errors,
                    elapsed,
                    sources,
                    repeated,
                });
            }
        }
    }

    /// Copies the changed files of the session's output into what is served, and tells
    /// open pages which ones changed.
    fn publish(&mut self, changed: &[String]) {
        let Some(output) = self.session.output() else {
            return;
        };
        let base_path = self
            .session
            .site()
            .map_or_else(|| "/".to_string(), |site| site.config.base_path());
        if let Some(site) = self.session.site() {
            self.watcher
                .set_output_dir(Some(self.root.join(&site.config.build.output_dir)));
        }
        self.generation += 1;
        let version = format!("{}.{}", self.instance, self.generation);
        {
            let mut state = self.shared.write();
            for path in changed {
                match output.files.get(path) {
                    Some(bytes) => {
                        state
                            .files
                            .insert(path.clone(), Bytes::copy_from_slice(bytes));
                    }
                    None => {
                        state.files.remove(path);
                    }
                }
            }
            // A new base path moves every page, so every open page must reload.
            let moved = state.base_path != base_path;
            state.base_path = base_path;
            state.version = version.clone();
            state.errors = None;
            let listed = !moved && changed.len() <= MAX_LISTED_CHANGES;
            let changed = if listed {
                serde_json::to_string(changed).expect("strings serialize")
            } else {
                "null".to_string()
            };
            let _ = self.shared.notices.send(Notice {
                event: "reload",
                data: format!(
                    r#"{{"version":{},"changed":{changed}}}"#,
                    json_string(&version)
                )
                .into(),
            });
        }
    }
}

/// Errors as the page's overlay shows them: file, line, column, message, source line.
fn errors_json(errors: &Diagnostics) -> String {
    #[derive(serde::Serialize)]
    struct ErrorView<'a> {
        file: String,
        line: Option<usize>,
        column: Option<usize>,
        message: &'a str,
        source_line: Option<&'a str>,
        /// How many characters from the column on to underline.
        width: usize,
        /// `file:line:column`, as the terminal shows it.
        location: String,
    }
    let views: Vec<ErrorView> = errors
        .0
        .iter()
        .map(|d| ErrorView {
            file: d.file.display().to_string(),
            line: d.position.map(|p| p.line),
            column: d.position.map(|p| p.column),
            message: &d.message,
            source_line: d.source_line.as_deref(),
            width: d.width,
            location: d.location(),
        })
        .collect();
    serde_json::to_string(&views).expect("errors serialize")
}
