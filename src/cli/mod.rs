//! One file per command. Commands print; the library does not.
//!
//! Every command exits 0 when clean, 1 when it found denied findings (errors in the
//! sources, or a `privsite check` rule at `deny`), 2 when it could not run (bad arguments,
//! no readable site, an output folder refused, a failed write or send). clap's own
//! argument errors exit 2 as well.

use std::process::ExitCode;
use std::sync::atomic::{AtomicU8, Ordering};

/// Prints a line to stdout unless `--quiet`: what a command says it did ("wrote …",
/// "created …", "next: …"), not what it was asked for (a diff, completions, JSON).
macro_rules! say {
    ($($arg:tt)*) => {
        if !$crate::cli::quiet() {
            println!($($arg)*);
        }
    };
}

pub mod build;
pub mod check;
pub mod diff;
pub mod import;
pub mod locale;
pub mod notify;
pub mod revision;
pub mod scaffold;
pub mod serve;

/// "s" where a count is not one.
pub fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// How much a command prints besides what it was asked for: `--quiet` only errors,
/// `--verbose` also how long each step took and every warning in full.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verbosity {
    Quiet = 0,
    Normal = 1,
    Verbose = 2,
}

static VERBOSITY: AtomicU8 = AtomicU8::new(Verbosity::Normal as u8);

/// Set once, from the global flags, before the command runs.
pub fn set_verbosity(verbosity: Verbosity) {
    VERBOSITY.store(verbosity as u8, Ordering::Relaxed);
}

pub fn quiet() -> bool {
    VERBOSITY.load(Ordering::Relaxed) == Verbosity::Quiet as u8
}

pub fn verbose() -> bool {
    VERBOSITY.load(Ordering::Relaxed) == Verbosity::Verbose as u8
}

/// Prints diagnostics to stderr as rustc does: in colour on a terminal, plain in a pipe
/// or with NO_COLOR set (anstream removes the colours there). With `--quiet`, errors only.
pub fn show(diags: &privsite::Diagnostics) {
    if quiet() {
        let errors = diags.0.iter().filter(|d| d.is_error()).cloned().collect();
        anstream::eprint!("{}", privsite::Diagnostics(errors).render(true));
    } else {
        anstream::eprint!("{}", diags.render(true));
    }
}

/// The exit code of a command that stopped on `diags`: 2 when one of them stopped it from
/// running, else 1 (denied findings).
pub fn failed(diags: &privsite::Diagnostics) -> ExitCode {
    ExitCode::from(diags.exit_code().max(1))
}

/// The exit code of a command that could not run.
pub fn could_not_run() -> ExitCode {
    ExitCode::from(2)
}
