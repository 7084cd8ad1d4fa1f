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
    /// Another document of the company (its folder under content/<company>/); default:
    /// the privacy notice.
    #[arg(long, value_name = "DOC")]
    pub document: Option<String>,
    /// The day the new revision takes effect (YYYY-MM-DD); default SOURCE_DATE_EPOCH,
    /// else today (with --from: the date of the revision it translates).
    #[arg(long)]
    pub date: Option<Date>,
    /// Copy the latest revision of this locale instead: the start of a translation.
    #[arg(long, value_name = "LOCALE")]
    pub from: Option<String>,
    /// Write even where the date exists or precedes the latest revision.
    #[arg(long)]
    pub force: bool,
}

pub fn run(root: &Path, args: Args) -> ExitCode {
    let today = match privsite::build_date(None) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("error: {e}");
            return super::could_not_run();
        }
    };
    match privsite::scaffold::new_revision(
        root,
        (&args.company, args.document.as_deref()),
        &args.locale,
        args.from.as_deref(),
        args.date,
        today,
        args.force,
    ) {
        Ok(written) => {
            if let Ok(tag) = privsite::model::Locale::parse(&args.locale)
                && let Some(warning) = privsite::scaffold::messages::interface_warning(root, &tag)
                && !super::quiet()
            {
                eprintln!("warning: {warning}");
            }
            let stem = |p: &Path| {
                p.file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_default()
            };
            let (from, date) = (stem(&written.from), stem(&written.path));
            say!(
                "created {} (a draft copy of {})",
                root.join(&written.path).display(),
                written.from.display()
            );
            if args.from.is_some() {
                say!(
                    "next: translate every text, the summary included, then delete `draft = true` to publish it"
                );
            } else {
                let document = args
                    .document
                    .as_ref()
                    .map(|d| format!(" --document {d}"))
                    .unwrap_or_default();
                say!(
                    "next: fill in summary, edit the text, review it with `privsite diff {} {} {from} {date}{document} --drafts`, then delete `draft = true` to publish it",
                    args.company,
                    args.locale
                );
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            super::could_not_run()
        }
    }
}
