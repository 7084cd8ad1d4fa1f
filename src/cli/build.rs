//! `privsite build`.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use jiff::civil::Date;
use privsite::build::progress::{Progress, ProgressHandle};

use super::plural;

#[derive(clap::Args)]
pub struct Args {
    /// The day to build as of (YYYY-MM-DD); default SOURCE_DATE_EPOCH, else today.
    #[arg(long)]
    pub date: Option<Date>,
    /// Include revisions marked draft = true.
    #[arg(long)]
    pub drafts: bool,
    /// Write here instead of site.toml's output_dir.
    #[arg(long, short)]
    pub output: Option<PathBuf>,
    /// The site's address for this build, instead of site.toml's base_url (for a deploy
    /// preview, say); validated as base_url is.
    #[arg(long, short = 'u', value_name = "URL", value_parser = privsite::model::config::normalize_base_url)]
    pub base_url: Option<String>,
    /// Render every page, trusting nothing the previous build recorded (a file that comes
    /// out byte for byte as the output has it is still kept as it is). Without it, the
    /// pages of companies whose sources, status on the build date, theme, messages and
    /// settings are as the last build recorded them are carried over unchanged.
    #[arg(long)]
    pub full: bool,
}

pub fn run(root: &Path, args: Args) -> ExitCode {
    let bar = (!super::quiet() && !super::verbose())
        .then(Bar::new)
        .flatten();
    let timings = super::verbose().then(|| Arc::new(Timings::default()));
    let progress = match (&bar, &timings) {
        (Some(bar), _) => Some(ProgressHandle(bar.clone() as Arc<dyn Progress>)),
        (_, Some(timings)) => Some(ProgressHandle(timings.clone() as Arc<dyn Progress>)),
        _ => None,
    };
    let options = privsite::BuildOptions {
        date: args.date,
        drafts: args.drafts,
        unannounced: false,
        output_dir: args.output,
        base_url: args.base_url,
        progress,
        full: args.full,
    };
    let started = Instant::now();
    let result = privsite::build_and_write(root, &options);
    Bar::finish(&bar);
    if let Some(timings) = &timings {
        timings.print();
    }
    let written = match result {
        Ok(written) => written,
        Err(diags) => {
            super::show(&diags);
            let errors = diags.errors().count();
            if !super::quiet() {
                eprintln!(
                    "build failed: {errors} error{}; the output folder was left as it was",
                    plural(errors)
                );
            }
            return super::failed(&diags);
        }
    };
    super::show(&written.warnings);
    if super::verbose() {
        let s = &written.summary;
        eprintln!(
            "read {} compan{}, {} locale{}, {} revision{}; {} warning{}",
            s.companies,
            if s.companies == 1 { "y" } else { "ies" },
            s.locales,
            plural(s.locales),
            s.revisions,
            plural(s.revisions),
            written.warnings.0.len(),
            plural(written.warnings.0.len())
        );
    }
    if super::quiet() {
        return ExitCode::SUCCESS;
    }
    let drafts = match written.summary.skipped_drafts {
        0 => String::new(),
        n => format!(
            "; {n} draft{} left out (--drafts includes {})",
            plural(n),
            if n == 1 { "it" } else { "them" }
        ),
    };
    let rendered = written.files - written.carried;
    let carried = match (written.carried, written.same) {
        (0, 0) => String::new(),
        (n, 0) => format!(", {rendered} rendered and {n} unchanged"),
        (0, same) => format!(", {same} of them rendered as they were"),
        (n, same) => {
            format!(", {rendered} rendered ({same} of them as they were) and {n} unchanged")
        }
    };
    println!(
        "wrote {} page{} ({} files{carried}) to {} in {:.2} s{drafts}",
        written.pages,
        plural(written.pages),
        written.files,
        written.dir.display(),
        started.elapsed().as_secs_f64()
    );
    println!(
        "{}",
        privsite::plan::schedule::describe(written.summary.next_change.as_ref())
    );
    ExitCode::SUCCESS
}

/// With `--verbose`: how long each step of the build took, printed on stderr once it ends.
#[derive(Default)]
struct Timings {
    steps: Mutex<Vec<(&'static str, Option<u64>, Instant)>>,
}

impl Timings {
    fn print(&self) {
        let steps = self.steps.lock().unwrap_or_else(|e| e.into_inner());
        let end = Instant::now();
        for (i, (what, total, began)) in steps.iter().enumerate() {
            let until = steps.get(i + 1).map_or(end, |next| next.2);
            let count = total.map(|n| format!(", {n} items")).unwrap_or_default();
            eprintln!(
                "{what}{count}: {:.3} s",
                until.duration_since(*began).as_secs_f64()
            );
        }
    }
}

impl Progress for Timings {
    fn step(&self, what: &'static str, total: Option<u64>) {
        let mut steps = self.steps.lock().unwrap_or_else(|e| e.into_inner());
        steps.push((what, total, Instant::now()));
    }

    fn advance(&self, _: u64) {}
}

/// A progress bar on stderr, shown only on a terminal, not in CI, and only once a build
/// has taken more than a moment (so quick builds do not flicker).
struct Bar {
    bar: ProgressBar,
    started: Instant,
    shown: Mutex<bool>,
}

const MOMENT: Duration = Duration::from_millis(400);

impl Bar {
    fn new() -> Option<Arc<Bar>> {
        let wanted =
            std::io::stderr().is_terminal() && std::env::var_os("CI").is_none_or(|v| v.is_empty());
        wanted.then(|| {
            let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden());
            let bar = Arc::new(Bar {
                bar,
                started: Instant::now(),
                shown: Mutex::new(false),
            });
            // Loading reports no steps of its own: show the spinner after a moment anyway.
            let later = Arc::downgrade(&bar);
            std::thread::spawn(move || {
                std::thread::sleep(MOMENT);
                if let Some(bar) = later.upgrade()
                    && !bar.bar.is_finished()
                {
                    bar.show_if_slow();
                }
            });
            bar
        })
    }

    /// Draws on stderr from the first call after a moment has passed.
    fn show_if_slow(&self) {
        let mut shown = self.shown.lock().unwrap_or_else(|e| e.into_inner());
        if !*shown && !self.bar.is_finished() && self.started.elapsed() >= MOMENT {
            *shown = true;
            self.bar.set_draw_target(ProgressDrawTarget::stderr());
            self.bar.enable_steady_tick(Duration::from_millis(120));
        }
    }

    fn finish(bar: &Option<Arc<Bar>>) {
        if let Some(bar) = bar {
            bar.bar.finish_and_clear();
        }
    }
}

impl Progress for Bar {
    fn step(&self, what: &'static str, total: Option<u64>) {
        let style = match total {
            Some(_) => ProgressStyle::with_template(
                "{spinner} {msg:10} [{bar:30}] {pos}/{len} pages, {eta} left",
            ),
            None => ProgressStyle::with_template("{spinner} {msg}…"),
        };
        self.bar.set_length(total.unwrap_or(0));
        self.bar.set_position(0);
        if let Ok(style) = style {
            self.bar.set_style(style.progress_chars("=> "));
        }
        self.bar.set_message(what);
        self.show_if_slow();
    }

    fn advance(&self, done: u64) {
        self.bar.inc(done);
        self.show_if_slow();
    }
}
