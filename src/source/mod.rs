//! Reading a site's sources into the [`crate::model`]: `site.toml`, `company.toml` and the
//! revisions, strictly (unknown keys are errors with file, line and column); the JSON
//! Schemas editors validate them with; symbolic links followed only inside the site; and
//! what the site's git history says about the revision files. And the one way commands
//! write and edit sources ([`edit`]), through toml_edit; the record of notices sent
//! ([`notified`]), which `notify` writes and `check` reads.

pub mod edit;
pub mod git;
pub mod load;
pub mod notified;
pub mod schema;
pub mod symlinks;
