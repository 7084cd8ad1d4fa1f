pub mod attrs;
pub mod codepoints;
pub mod entities;
