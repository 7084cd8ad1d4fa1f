//! The `privsite` command: parses arguments, calls the library, prints what it returns.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use clap::{Parser, Subcommand};
use jiff::civil::Date;

#[derive(Parser)]
#[command(
    name = "privsite",
    version,
    about = "Build privacy policies written as TOML into a versioned, multilingual static site"
)]
struct Cli {
    /// The site folder (holding site.toml and content/).
    #[arg(long, short = 'C', global = true, default_value = ".")]
    root: PathBuf,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Build the site into its output folder, or fail with every error found.
    Build {
        /// The day to build as of (YYYY-MM-DD); default SOURCE_DATE_EPOCH, else today.
        #[arg(long)]
        date: Option<Date>,
        /// Include revisions marked draft = true.
        #[arg(long)]
        drafts: bool,
        /// Write here instead of site.toml's output_dir.
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Build {
            date,
            drafts,
            output,
        } => {
            let options = privsite::BuildOptions {
                date,
                drafts,
                output_dir: output,
            };
            build(&cli.root, &options)
        }
    }
}

fn build(root: &std::path::Path, options: &privsite::BuildOptions) -> ExitCode {
    let started = Instant::now();
    let built = match privsite::build(root, options) {
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
    let dir = privsite::output_dir(root, &built.site, options);
    if let Err(e) = built.output.write_to(&dir) {
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

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

// Rendering allocates many small strings on every thread; mimalloc handles that
// markedly better than the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
