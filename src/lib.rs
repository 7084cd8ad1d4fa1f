//! privsite: privacy policies written as TOML, built into a versioned, multilingual site.
//!
//! The crate is folded by layer, and each layer imports only the layers above it (a test
//! holds it to this order):
//!
//! 1. [`diagnostic`]: errors and warnings with file, line and column; "did you mean".
//! 2. [`model`]: the plain data a site loads into, its settings, locales, countries, rules.
//! 3. [`text`]: Markdown to safe HTML, messages, CLDR, the character guard, built-in files.
//! 4. [`source`]: reading and validating the sources; schemas; symlinks; git facts.
//! 5. [`diff`]: what changed between two revisions, its class, and how it is told.
//! 6. [`plan`]: which pages exist, what is in force on the build date, notices of change.
//! 7. [`render`]: pages, feeds and exports, one module per address.
//! 8. [`build`](mod@build): the build driver, its sinks (staging folder, memory) and the live session.
//! 9. The commands, which import the layers but never each other: [`check`], [`serve`],
//!    [`import`], [`notify`], [`scaffold`].
//!
//! The library never prints: it returns files and [`Diagnostics`]. See ARCHITECTURE.md.

// A Diagnostic carries its source line and hint with it so that every command shows it
// the same way; it is returned only on the cold path of a failing build, so its size in a
// `Result` costs nothing that matters.
#![allow(clippy::result_large_err)]
// The library never prints: commands print what it returns.
#![deny(clippy::print_stdout, clippy::print_stderr)]
#![warn(unreachable_pub)]

pub mod build;
pub mod check;
pub mod diagnostic;
pub mod diff;
pub mod import;
pub mod model;
pub mod notify;
pub mod plan;
pub mod render;
pub mod scaffold;
pub mod serve;
pub mod source;
pub mod text;

pub use build::output::Output;
pub use build::{BuildOptions, Built, Written, build, build_and_write, build_date, output_dir};
pub use diagnostic::{Diagnostic, Diagnostics, Level};
pub use diff::compare::{Comparison, compare};
pub use model::Site;
pub use source::load::LoadOptions;
