//! `privsite import`: an existing policy file, or every version of one in a git
//! repository, as revision sources, with a report of what was found and not mapped.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use privsite::import;

#[derive(clap::Args)]
pub struct Args {
    /// The policy: Markdown (front matter allowed), an HTML page, or plain text.
    #[arg(required_unless_present = "git", conflicts_with = "git")]
    pub file: Option<PathBuf>,
    /// Import every version of PATH in the git repository REPO as its branch published it:
    /// HEAD's first-parent chain, each distinct text once. Several PATHs are one history
    /// (in each commit, the first that exists).
    #[arg(long, num_args = 2.., value_names = ["REPO", "PATH"])]
    pub git: Option<Vec<String>>,
    /// With --git: follow each PATH back through file renames.
    #[arg(long, requires = "git")]
    pub follow: bool,
    /// With --git: date a version whose text states no date by the commit that brought it
    /// to the branch (a merge), not by the commit that first has its text.
    #[arg(long, requires = "git")]
    pub first_parent: bool,
    /// The company's folder name under content/.
    #[arg(long)]
    pub company: String,
    /// The locale of the text (a BCP 47 tag such as sv or en).
    #[arg(long)]
    pub locale: String,
    /// Import into this document of the company (its folder under content/<company>/),
    /// such as a sub-processor list; default: the privacy notice.
    #[arg(long, value_name = "DOC")]
    pub document: Option<String>,
    /// The kind of a document that does not exist yet: subprocessors, cookies, dpa, terms,
    /// other or privacy.
    #[arg(long, value_name = "KIND", requires = "document")]
    pub kind: Option<String>,
    /// The day the revision takes effect (one file only); default the date the text
    /// states, else today.
    #[arg(long, value_name = "YYYY-MM-DD", conflicts_with = "git")]
    pub date: Option<jiff::civil::Date>,
    /// The address the policy was published at: its site-relative links (`/account/`,
    /// `../security/`) are made absolute against it, else reported.
    #[arg(long, value_name = "URL")]
    pub source_url: Option<String>,
    /// Replace revision files that already exist.
    #[arg(long)]
    pub force: bool,
}

pub fn run(root: &Path, args: Args) -> ExitCode {
    let mut options = import::Options::new(root, &args.company, &args.locale);
    options.date = args.date;
    options.force = args.force;
    options.follow = args.follow;
    options.first_parent_dates = args.first_parent;
    options.source_url = args.source_url;
    options.document = args.document;
    options.kind = args.kind;
    let result = match (&args.git, &args.file) {
        (Some(git), _) => {
            let paths: Vec<&str> = git[1..].iter().map(String::as_str).collect();
            import::import_git(Path::new(&git[0]), &paths, &options)
        }
        (None, Some(file)) => match privsite::build_date(None) {
            Ok(today) => import::import_file(file, &options, today),
            Err(e) => Err(e.to_string()),
        },
        (None, None) => Err("give a FILE or --git REPO PATH".into()),
    };
    match result {
        Ok(report) => {
            for file in &report.written {
                say!("wrote {}", root.join(file).display());
            }
            print!("{}", report.to_text());
            say!("next: `privsite check` to see what the policy leaves unstated");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            super::could_not_run()
        }
    }
}
