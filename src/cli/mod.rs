//! One file per command. Commands print; the library does not.

pub mod build;
pub mod check;
pub mod diff;
pub mod notify;
pub mod scaffold;
pub mod serve;

/// "s" where a count is not one.
pub fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}
