//! Text and language: Markdown to safe HTML, HTML escaping, interface messages (Fluent),
//! what CLDR knows about each language, the characters no source may hold, and the files
//! built into the binary. Knows nothing of sites or pages.

pub mod builtin;
pub mod cldr;
pub mod escape;
pub mod guard;
pub mod hash;
pub mod i18n;
pub mod markdown;
pub mod words;
