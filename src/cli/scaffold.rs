//! `privsite init` and `privsite new`: not built yet (see the issues).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct InitArgs {
    /// Where to start the site.
    #[arg(default_value = ".")]
    pub dir: PathBuf,
}

#[derive(clap::Args)]
pub struct NewArgs {
    /// The company's folder name under content/.
    pub company: String,
    /// The locale of its first revision.
    #[arg(long)]
    pub locale: Option<String>,
}

pub fn init(_args: InitArgs) -> ExitCode {
    eprintln!("error: privsite init is not available yet");
    ExitCode::FAILURE
}

pub fn new(_root: &Path, _args: NewArgs) -> ExitCode {
    eprintln!("error: privsite new is not available yet");
    ExitCode::FAILURE
}
