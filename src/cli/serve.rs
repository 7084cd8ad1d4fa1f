//! `privsite serve`.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use jiff::civil::Date;
use privsite::serve::{Event, ServeError, ServeOptions, Server};

use super::plural;

#[derive(clap::Args)]
pub struct Args {
    /// The port to listen on (0: any free port).
    #[arg(long, short, default_value_t = 1111)]
    pub port: u16,
    /// The address to listen on; the default keeps the preview on this machine.
    #[arg(long, short = 'i', visible_alias = "bind", default_value_t = IpAddr::V4(Ipv4Addr::LOCALHOST))]
    pub interface: IpAddr,
    /// Open the preview in the default browser.
    #[arg(long, short = 'O')]
    pub open: bool,
    /// The day to build as of (YYYY-MM-DD); default SOURCE_DATE_EPOCH, else today.
    #[arg(long)]
    pub date: Option<Date>,
    /// Include revisions marked draft = true.
    #[arg(long)]
    pub drafts: bool,
    /// A host name the preview may be reached by, besides IP addresses and localhost
    /// (for a proxy in front of it); repeatable. Other names are refused, so that a web
    /// page cannot reach the preview through DNS rebinding.
    #[arg(long = "allow-host", value_name = "NAME")]
    pub allow_hosts: Vec<String>,
    /// The site's address for this run, instead of site.toml's base_url (for a deploy
    /// preview, say); validated as base_url is.
    #[arg(long, short = 'u', value_name = "URL", value_parser = privsite::model::config::normalize_base_url)]
    pub base_url: Option<String>,
}

pub fn run(root: &Path, args: Args) -> ExitCode {
    let options = ServeOptions {
        build: privsite::BuildOptions {
            date: args.date,
            drafts: args.drafts,
            unannounced: false,
            output_dir: None,
            base_url: args.base_url,
            progress: None,
            full: false,
        },
        addr: SocketAddr::new(args.interface, args.port),
        allowed_hosts: args.allow_hosts,
    };
    let server = match Server::start(root, options, report) {
        Ok(server) => server,
        Err(ServeError::AddressInUse(addr)) => {
            let hint = match addr.port() {
                u16::MAX => "--port 0".to_string(),
                port => format!("--port {}", port + 1),
            };
            eprintln!("error: port {} is in use; try {hint}", addr.port());
            return super::could_not_run();
        }
        Err(e) => {
            eprintln!("error: {e}");
            return super::could_not_run();
        }
    };
    let ctrl_c = match server.catch_ctrl_c() {
        Ok(ctrl_c) => ctrl_c,
        Err(e) => {
            eprintln!("error: cannot catch Ctrl-C: {e}");
            return super::could_not_run();
        }
    };
    let url = server.url();
    println!("serving {url} (Ctrl-C to stop)");
    if args.interface.is_unspecified() {
        eprintln!(
            "note: listening on every network interface: others on the network can see the preview"
        );
    }
    if args.open
        && let Err(e) = open_browser(&url)
    {
        eprintln!("note: cannot open a browser ({e}); open {url} yourself");
    }
    server.wait_for(ctrl_c);
    server.stop();
    say!("stopped");
    ExitCode::SUCCESS
}

/// Prints what a build did: one line each, the errors only when they differ from the
/// ones already on screen.
fn report(event: Event) {
    let time = jiff::Zoned::now().strftime("%H:%M:%S");
    match event {
        Event::Built {
            files_changed,
            rendered,
            pages,
            elapsed,
            sources,
            new_warnings,
        } => {
            if let Some(warnings) = new_warnings {
                super::show(&warnings);
            }
            let what = if sources.is_empty() {
                format!("built {pages} page{}", plural(pages))
            } else {
                format!(
                    "rebuilt {files_changed} file{} ({rendered} of {pages} page{} rendered anew)",
                    plural(files_changed),
                    plural(pages)
                )
            };
            say!("{time} {what} in {}{}", millis(elapsed), because(&sources));
        }
        Event::Failed {
            errors,
            elapsed,
            sources,
            repeated,
        } => {
            if !repeated {
                super::show(&errors);
            }
            let count = errors.0.len();
            say!(
                "{time} build failed in {}{}: {count} error{}{}; serving the last good site",
                millis(elapsed),
                because(&sources),
                plural(count),
                if repeated { " (as above)" } else { "" },
            );
        }
        Event::WatchProblem(problem) if !super::quiet() => eprintln!("warning: {problem}"),
        Event::WatchProblem(_) => {}
    }
}

fn millis(d: Duration) -> String {
    format!("{} ms", d.as_millis())
}

/// " after content/x.toml changed", naming at most one source.
fn because(sources: &[PathBuf]) -> String {
    match sources {
        [] => String::new(),
        [one] => format!(" ({})", one.display()),
        [first, rest @ ..] => format!(" ({} and {} more)", first.display(), rest.len()),
    }
}

fn open_browser(url: &str) -> std::io::Result<()> {
    let mut command = if cfg!(target_os = "macos") {
        std::process::Command::new("open")
    } else if cfg!(windows) {
        let mut c = std::process::Command::new("cmd");
        c.args(["/C", "start", ""]);
        c
    } else {
        std::process::Command::new("xdg-open")
    };
    command
        .arg(url)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .map(drop)
}
