//! `privsite locale add <tag>`: the start of a translation of the interface messages.

use std::path::Path;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    pub command: LocaleCommand,
}

#[derive(clap::Subcommand)]
pub enum LocaleCommand {
    /// Write locales/<TAG>/*.ftl: the English messages, each marked `# untranslated`, for
    /// a language privsite has no messages in.
    Add {
        /// A canonical BCP 47 tag, e.g. uk or pt-BR.
        tag: String,
    },
}

pub fn run(root: &Path, args: Args) -> ExitCode {
    match args.command {
        LocaleCommand::Add { tag } => add(root, &tag),
    }
}

fn add(root: &Path, tag: &str) -> ExitCode {
    match privsite::scaffold::messages::add_messages(root, tag) {
        Ok(files) => {
            for file in &files {
                say!("created {}", root.join(file).display());
            }
            say!(
                "next: translate each message and delete the `# untranslated` line above it (`privsite check` lists those left); until none is left, pages in {tag} show the whole interface in English"
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            super::could_not_run()
        }
    }
}
