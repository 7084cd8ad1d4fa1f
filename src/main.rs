//! The `privsite` command: parses arguments, calls the library, prints what it returns.
//! Each command lives in its own file under `src/cli/`.

mod cli;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{CommandFactory, Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "privsite",
    version,
    about = "Build privacy policies written as TOML into a versioned, multilingual static site"
)]
struct Cli {
    /// Run as if started in DIR: the site is the nearest folder holding site.toml, from
    /// DIR upwards (as git and Zola find theirs).
    #[arg(
        long,
        short = 'C',
        global = true,
        default_value = ".",
        value_name = "DIR"
    )]
    root: PathBuf,
    /// Print only errors (and check findings at deny level): no progress, no summary, no
    /// warnings.
    #[arg(long, short = 'q', global = true, conflicts_with = "verbose")]
    quiet: bool,
    /// Print more: how long each step of a build took and how many files it read, and
    /// every warning in full where they are normally grouped.
    #[arg(long, short = 'v', global = true)]
    verbose: bool,
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
    /// Interface messages of a site: `locale add <TAG>` starts a translation.
    Locale(cli::locale::Args),
    /// Import an existing policy (Markdown, HTML, plain text) or its git history.
    Import(cli::import::Args),
    /// Notice messages (e-mail, webhook JSON) for material changes, written or sent once.
    Notify(cli::notify::Args),
    /// Print shell completions for privsite (bash, zsh, fish, elvish, powershell).
    Completion {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    cli::set_verbosity(match (cli.quiet, cli.verbose) {
        (true, _) => cli::Verbosity::Quiet,
        (_, true) => cli::Verbosity::Verbose,
        _ => cli::Verbosity::Normal,
    });
    if !matches!(cli.command, Command::Serve(_)) {
        memory::keep_freed();
    }
    let root = site_root(&cli.root);
    let root = root.as_path();
    match cli.command {
        Command::Build(args) => cli::build::run(root, args),
        Command::Serve(args) => cli::serve::run(root, args),
        Command::Check(args) => cli::check::run(root, args),
        Command::Diff(args) => cli::diff::run(root, args),
        Command::Locale(args) => cli::locale::run(root, args),
        Command::Init(args) => cli::scaffold::init(&cli.root, args),
        Command::New(args) => cli::scaffold::new(root, args),
        Command::Revision(args) => cli::revision::run(root, args),
        Command::Import(args) => cli::import::run(root, args),
        Command::Notify(args) => cli::notify::run(root, args),
        Command::Completion { shell } => {
            clap_complete::generate(
                shell,
                &mut Cli::command(),
                "privsite",
                &mut std::io::stdout(),
            );
            ExitCode::SUCCESS
        }
    }
}

/// The site folder: `start` when it holds site.toml, else the nearest folder above it that
/// does, else `start` (whose missing site.toml the command then reports).
fn site_root(start: &Path) -> PathBuf {
    if start.join("site.toml").is_file() {
        return start.to_path_buf();
    }
    let Ok(absolute) = std::path::absolute(start) else {
        return start.to_path_buf();
    };
    absolute
        .ancestors()
        .skip(1)
        .find(|dir| dir.join("site.toml").is_file())
        .map_or_else(|| start.to_path_buf(), Path::to_path_buf)
}

// Rendering allocates many small strings on every thread; mimalloc handles that
// markedly better than the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's options, set where the defaults do not suit privsite.
mod memory {
    use std::ffi::{c_int, c_long};

    unsafe extern "C" {
        fn mi_option_set(option: c_int, value: c_long);
    }

    /// `mi_option_purge_delay` in `mi_option_e`: the same number in mimalloc 2 (which
    /// libmimalloc-sys 0.1.49 builds with the "v2" feature Cargo.toml asks for) and 3.
    const PURGE_DELAY: c_int = 15;

    /// Has mimalloc keep the memory the process frees for its own later allocations
    /// rather than hand it back to the system 10 ms after (its purge, by default). A
    /// command that runs once and exits gains nothing by handing it back: each purge is a
    /// system call that also flushes the other cores' address caches, and at the end
    /// the process purged what it was about to unmap anyway. Measured on the bench site
    /// (25 alternating builds at 100 companies, 5 at 1,000): 2% and 3.5% less wall time,
    /// peak memory 1% and 2% more. `serve`, which runs for hours, keeps the default.
    pub(crate) fn keep_freed() {
        // SAFETY: mi_option_set only stores the value in mimalloc's option table, which
        // is static data; mimalloc reads the delay each time it considers a purge.
        unsafe { mi_option_set(PURGE_DELAY, -1) };
    }

    // The hook below is a constructor in ELF's `.init_array`, so it is built for Linux
    // (and Android) only. Windows needs none: mimalloc already commits on demand there
    // (its default commits arenas eagerly only where the system overcommits, which it
    // takes Windows not to do). On macOS constructors of different object files run in
    // link order, not by priority, so the hook could not be sure to run before
    // mimalloc's own; it is left out, and memory there commits eagerly, as mimalloc does
    // by default on a system that overcommits.

    /// `mi_option_arena_eager_commit` in `mi_option_e`, mimalloc 2's as 3's.
    #[cfg(any(target_os = "linux", target_os = "android"))]
    const ARENA_EAGER_COMMIT: c_int = 4;

    /// Has mimalloc commit its arenas' memory as it is used rather than whole arenas in
    /// advance, which on Linux also kept what the load phase freed: the bench site's peak
    /// memory was 127-143 MB with eager commit and 99-102 MB without, at the same speed,
    /// with mimalloc 3; with mimalloc 2, 116-120 MB against 103 MB, and 1.08 of the time.
    /// It must be set before mimalloc reserves its first arena, as it initializes (its
    /// constructor has priority 101), so it is set by a constructor that runs first.
    #[cfg(any(target_os = "linux", target_os = "android"))]
    extern "C" fn commit_on_demand() {
        // SAFETY: mi_option_set only stores the value in mimalloc's option table, which
        // is static data; it allocates nothing and needs no initialization.
        unsafe { mi_option_set(ARENA_EAGER_COMMIT, 0) };
    }

    #[cfg(any(target_os = "linux", target_os = "android"))]
    #[used]
    #[unsafe(link_section = ".init_array.00100")]
    static COMMIT_ON_DEMAND: extern "C" fn() = commit_on_demand;
}
