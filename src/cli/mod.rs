//! One file per command. Commands print; the library does not.

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
