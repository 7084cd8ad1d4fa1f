//! `privsite revision <company> <locale> [--date D] [--force]`: the next revision of a
//! policy, as a draft copy of the latest one.

use std::path::Path;
use std::process::ExitCode;

use jiff::civil::Date;

#[derive(clap::Args)]
pub struct Args {
    /// The company's folder name under content/.
    pub company: String,
    /// The locale, e.g. sv.
    pub locale: String,
    /// The day the new revision takes effect (YYYY-MM-DD); default SOURCE_DATE_EPOCH,
    /// else today.
    #[arg(long)]
    pub date: Option<Date>,
    /// Write even where the date exists or precedes the latest revision.
    #[arg(long)]
    pub force: bool,
}

pub fn run(root: &Path, args: Args) -> ExitCode {
    let date = match privsite::build_date(args.date) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    match privsite::scaffold::new_revision(root, &args.company, &args.locale, date, args.force) {
        Ok(written) => {
            let from = written
                .from
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            println!(
                "created {} (a draft copy of {})",
                root.join(&written.path).display(),
                written.from.display()
            );
            println!(
                "next: fill in summary, edit the text, review it with `privsite diff {} {} {from} {date} --drafts`, then delete `draft = true` to publish it",
                args.company, args.locale
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
