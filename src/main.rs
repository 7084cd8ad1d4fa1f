//! The `privsite` command: parses arguments, calls the library, prints what it returns.
//! Each command lives in its own file under `src/cli/`.

mod cli;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

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
    Build(cli::build::Args),
    /// Preview the site on 127.0.0.1, rebuilding and reloading as sources change.
    Serve(cli::serve::Args),
    /// Report every error and warning, including the GDPR Art. 13 checklist.
    Check(cli::check::Args),
    /// Show what changed between two revisions, in the terminal.
    Diff(cli::diff::Args),
    /// Start a new site in DIR.
    Init(cli::scaffold::InitArgs),
    /// Add a company with a first revision to fill in, as a draft.
    New(cli::scaffold::NewArgs),
    /// Start a policy's next revision: a draft copy of the latest one.
    Revision(cli::revision::Args),
    /// Import an existing policy (Markdown, HTML, plain text) or its git history.
    Import(cli::import::Args),
    /// Notice messages (e-mail, webhook JSON) for material changes, written or sent once.
    Notify(cli::notify::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Build(args) => cli::build::run(&cli.root, args),
        Command::Serve(args) => cli::serve::run(&cli.root, args),
        Command::Check(args) => cli::check::run(&cli.root, args),
        Command::Diff(args) => cli::diff::run(&cli.root, args),
        Command::Init(args) => cli::scaffold::init(args),
        Command::New(args) => cli::scaffold::new(&cli.root, args),
        Command::Revision(args) => cli::revision::run(&cli.root, args),
        Command::Import(args) => cli::import::run(&cli.root, args),
        Command::Notify(args) => cli::notify::run(&cli.root, args),
    }
}

// Rendering allocates many small strings on every thread; mimalloc handles that
// markedly better than the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

// The hook below is a constructor in ELF's `.init_array`, so it is built for Linux (and
// Android) only. Windows needs none: mimalloc already commits on demand there (its default
// commits arenas eagerly only where the system overcommits, which it takes Windows not to
// do). On macOS constructors of different object files run in link order, not by
// priority, so the hook could not be sure to run before mimalloc's own; it is left out,
// and memory there commits eagerly, as mimalloc does by default on a system that
// overcommits.
#[cfg(any(target_os = "linux", target_os = "android"))]
mod memory {
    use std::ffi::{c_int, c_long};

    unsafe extern "C" {
        fn mi_option_set(option: c_int, value: c_long);
    }

    /// `mi_option_arena_eager_commit` in mimalloc 3's `mi_option_e` (the version
    /// libmimalloc-sys 0.1.49 builds; Cargo.lock pins it).
    const ARENA_EAGER_COMMIT: c_int = 4;

    /// Has mimalloc commit its arenas' memory as it is used rather than whole arenas in
    /// advance, which on Linux also kept what the load phase freed: the bench site's peak
    /// memory was 127-143 MB with eager commit and 99-102 MB without, at the same speed.
    /// It must be set before mimalloc reserves its first arena, as it initializes (its
    /// constructor has priority 101), so it is set by a constructor that runs first.
    extern "C" fn commit_on_demand() {
        // SAFETY: mi_option_set only stores the value in mimalloc's option table, which
        // is static data; it allocates nothing and needs no initialization.
        unsafe { mi_option_set(ARENA_EAGER_COMMIT, 0) };
    }

    #[used]
    #[unsafe(link_section = ".init_array.00100")]
    static COMMIT_ON_DEMAND: extern "C" fn() = commit_on_demand;
}
