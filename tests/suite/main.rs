//! The integration tests, as one binary: one module per area, and the helpers they share
//! in [`prelude`]. Fixture sites are under tests/fixtures; the Node projects that drive
//! Chromium and the Nu HTML Checker are tests/browser and tests/vnu.
//!
//! `cargo test --test suite -- check::` runs one area's tests.

mod prelude;

mod browser;
mod build_errors;
mod build_pages;
mod changes;
mod check;
mod daily_loop;
mod determinism;
mod diff_properties;
mod documents;
mod example_site;
mod exit_codes;
mod fuzz;
mod hostile_input;
mod html_validity;
mod import;
mod incremental;
mod interface_locales;
mod layers;
mod lighthouse;
mod locales;
mod minified_text;
mod notice;
mod notice_templates;
mod output_safety;
mod publish;
mod schema;
mod serve;
mod serve_limits;
mod session;
mod source_errors;
mod streamed_output;
mod structural_diff;
mod truthful;
mod verbosity;
mod xss;
