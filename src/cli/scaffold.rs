//! `privsite init` and `privsite new`: write sources to start from, never over a file.

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
    /// The locale of its first revision; default the site's default_locale. For a company
    /// that exists: the locale to add, as a draft copy of its reference revision.
    #[arg(long)]
    pub locale: Option<String>,
    /// The day the first revision takes effect (YYYY-MM-DD), for a policy in force since
    /// before today; default SOURCE_DATE_EPOCH, else today. With --locale on a company
    /// that exists: the day whose reference revision is translated.
    #[arg(long)]
    pub date: Option<jiff::civil::Date>,
    /// Start a document beside the privacy notice, in content/<company>/DOC/: a
    /// sub-processor list, a cookie declaration, a DPA, terms.
    #[arg(long, value_name = "DOC", requires = "kind")]
    pub document: Option<String>,
    /// The new document's kind: privacy, subprocessors, cookies, dpa, terms or other.
    #[arg(long, value_name = "KIND", requires = "document")]
    pub kind: Option<String>,
}

/// The day a first revision is dated: SOURCE_DATE_EPOCH, else today, as for a build.
fn today() -> Result<jiff::civil::Date, ExitCode> {
    privsite::build_date(None).map_err(|e| {
        eprintln!("error: {e}");
        super::could_not_run()
    })
}

fn report(root: &Path, written: Result<Vec<PathBuf>, String>, next: &str) -> ExitCode {
    match written {
        Ok(files) => {
            for file in files {
                say!("created {}", root.join(file).display());
            }
            say!("{next}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            super::could_not_run()
        }
    }
}

pub fn init(root: &Path, args: InitArgs) -> ExitCode {
    // `-C DIR` is where the command runs; DIR is relative to it.
    let dir = match root == Path::new(".") {
        true => args.dir.clone(),
        false => root.join(&args.dir),
    };
    let today = match today() {
        Ok(d) => d,
        Err(code) => return code,
    };
    let written = privsite::scaffold::init(&dir, today);
    report(
        &dir,
        written,
        "next: `privsite serve --drafts` to see the example (a draft, never published), `privsite new <company>` to add yours (it replaces the example while untouched)",
    )
}

pub fn new(root: &Path, args: NewArgs) -> ExitCode {
    let today = match today() {
        Ok(d) => d,
        Err(code) => return code,
    };
    // Deprecated language subtags name the language CLDR and the built-in messages know
    // under its current tag (`no` -> `nb`, `iw` -> `he`).
    let locale = args
        .locale
        .as_deref()
        .map(privsite::model::Locale::replace_alias);
    if let (Some(given), Some(locale)) = (&args.locale, &locale)
        && !super::quiet()
    {
        if given != locale {
            eprintln!("note: locale {given:?} is an old code: using {locale:?}");
        }
        if let Ok(tag) = privsite::model::Locale::parse(locale)
            && let Some(warning) = privsite::scaffold::messages::interface_warning(root, &tag)
        {
            eprintln!("warning: {warning}");
        }
    }
    let date = args.date.unwrap_or(today);
    if let (Some(doc), Some(kind)) = (&args.document, &args.kind) {
        let written = privsite::scaffold::document::new_document(
            root,
            &args.company,
            doc,
            kind,
            locale.as_deref(),
            date,
        );
        return report(
            root,
            written,
            "next: replace every TODO and state each fact (`privsite check --drafts` lists what is still missing), then delete `draft = true` to publish it",
        );
    }
    let written = privsite::scaffold::new_company(root, &args.company, locale.as_deref(), date);
    let ok = written.is_ok();
    let code = report(
        root,
        written,
        "next: replace every TODO (`privsite check --drafts` lists what is still missing), then delete `draft = true` to publish it",
    );
    // The first company of a site replaces the example init wrote, if nobody touched it.
    if ok {
        match privsite::scaffold::remove_untouched_example(root) {
            Ok(Some(folder)) => say!(
                "removed {} (the example `privsite init` wrote, untouched)",
                root.join(folder).display()
            ),
            Ok(None) => {}
            Err(e) => eprintln!("warning: {e}"),
        }
    }
    code
}
