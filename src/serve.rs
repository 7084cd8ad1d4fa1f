//! `privsite serve`: a live preview of the site, built in memory.

mod resolve;

pub use resolve::{Resolved, content_type, is_html, resolve};
