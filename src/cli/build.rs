//! `privsite build`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use jiff::civil::Date;

use super::plural;

#[derive(clap::Args)]
pub struct Args {
    /// The day to build as of (YYYY-MM-DD); default SOURCE_DATE_EPOCH, else today.
    #[arg(long)]
    pub date: Option<Date>,
    /// Include revisions marked draft = true.
    #[arg(long)]
    pub drafts: bool,
    /// Write here instead of site.toml's output_dir.
    #[arg(long, short)]
    pub output: Option<PathBuf>,
}

pub fn run(root: &Path, args: Args) -> ExitCode {
    let options = privsite::BuildOptions {
        date: args.date,
        drafts: args.drafts,
        output_dir: args.output,
    };
    let started = Instant::now();
    let built = match privsite::build(root, &options) {
        Ok(built) => built,
        Err(diags) => {
            eprint!("{diags}");
            let errors = diags.errors().count();
            eprintln!(
                "build failed: {errors} error{}; nothing was written",
                plural(errors)
            );
            return ExitCode::FAILURE;
        }
    };
    eprint!("{}", built.warnings);
    let dir = privsite::output_dir(root, &built.site, &options);
    if let Err(e) = built.output.write_site(root, &dir) {
        eprintln!("error: {}: cannot write the site: {e}", dir.display());
        return ExitCode::FAILURE;
    }
    let pages = built.output.pages();
    println!(
        "wrote {pages} page{} ({} files) to {} in {:.2} s",
        plural(pages),
        built.output.files.len(),
        dir.display(),
        started.elapsed().as_secs_f64()
    );
    ExitCode::SUCCESS
}
