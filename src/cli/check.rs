//! `privsite check`: not built yet (see the issues).

use std::path::Path;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {}

pub fn run(_root: &Path, _args: Args) -> ExitCode {
    eprintln!("error: privsite check is not available yet");
    ExitCode::FAILURE
}
