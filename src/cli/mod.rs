//! One file per command. Commands print; the library does not.
//!
//! Every command exits 0 when clean, 1 when it found denied findings (errors in the
//! sources, or a `privsite check` rule at `deny`), 2 when it could not run (bad arguments,
//! no readable site, an output folder refused, a failed write or send). clap's own
//! argument errors exit 2 as well.

use std::process::ExitCode;

pub mod build;
pub mod check;
pub mod diff;
pub mod import;
pub mod notify;
pub mod revision;
pub mod scaffold;
pub mod serve;

/// "s" where a count is not one.
pub fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// Prints diagnostics to stderr as rustc does: in colour on a terminal, plain in a pipe
/// or with NO_COLOR set (anstream removes the colours there).
pub fn show(diags: &privsite::Diagnostics) {
    anstream::eprint!("{}", diags.render(true));
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
