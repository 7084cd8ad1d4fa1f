//! `privsite init` and `privsite new`: sources to start from. `init` writes a whole site
//! whose example company is a draft that passes `privsite check --drafts` (the first
//! `new` removes it while it is untouched); `new` adds a company whose first revision has
//! every section the Art. 13 checklist asks for, each with a comment on what belongs there
//! and a TODO placeholder that `privsite check` reports until it is replaced.

pub mod add_locale;
pub mod document;
pub mod messages;

use std::fs;
use std::path::{Path, PathBuf};

use jiff::civil::Date;
use toml_edit::{Array, ArrayOfTables, DocumentMut, Item, Table};

use crate::model::Locale;
use crate::source::edit;
use crate::source::load::is_slug;
use crate::source::schema;

/// One section of a new revision: its id, heading, what belongs in it, and the example
/// text `init` fills in.
struct SectionTemplate {
    id: &'static str,
    title: &'static str,
    what: &'static str,
    example: &'static str,
}

/// The sections the checklist asks for (and `data` and `changes`, which every reader
/// expects), in the order a notice usually has them.
const SECTIONS: &[SectionTemplate] = &[
    SectionTemplate {
        id: "data",
        title: "The personal data we process",
        what: "the categories of personal data you process, and where each comes from",
        example: "- Your name and e-mail address, when you create an account\n- Your orders and invoices\n- Technical data such as your IP address, when you use our services",
    },
    SectionTemplate {
        id: "recipients",
        title: "Who receives your data",
        what: "the recipients or categories of recipients (Art. 13(1)(e)); list processors as [[processors]] below",
        example: "We share personal data only with the processors listed below, under data processing agreements, and with authorities where the law requires it.",
    },
    SectionTemplate {
        id: "transfers",
        title: "Transfers outside the EEA",
        what: "which transfers outside the EEA take place, the safeguard for each, and how to get a copy of it (Art. 13(1)(f))",
        example: "Our e-mail provider processes data in the United States under the European Commission's standard contractual clauses. Write to us for a copy.",
    },
    SectionTemplate {
        id: "retention",
        title: "How long we keep your data",
        what: "how long each kind of data is kept, or the criteria that decide it (Art. 13(2)(a))",
        example: "We keep account data while your account is open and for 12 months after it is closed. Invoices are kept for 7 years, as accounting law requires.",
    },
    SectionTemplate {
        id: "rights",
        title: "Your rights",
        what: "the rights of access, rectification, erasure, restriction, objection and portability, how to withdraw consent, and how to use them (Art. 13(2)(b)-(c)); list what this section explains in rights = [...] at the top of the file",
        example: "You may ask for a copy of your data, have it corrected or erased, restrict or object to its processing, and receive it in a machine-readable format. Where we rely on your consent you may withdraw it at any time, without affecting processing before. Write to us to use any of these rights.",
    },
    SectionTemplate {
        id: "complaint",
        title: "Complaints",
        what: "the right to lodge a complaint with a supervisory authority, and which one (Art. 13(2)(d)); name it under [authority] in company.toml",
        example: "You may complain to the supervisory authority named on this page if you think we process your data unlawfully.",
    },
    SectionTemplate {
        id: "obligation",
        title: "Do you have to give us your data?",
        what: "whether providing the data is a statutory or contractual requirement, whether the reader must provide it, and what follows if they do not (Art. 13(2)(e))",
        example: "We need your name and e-mail address to provide the service under our contract; without them we cannot open an account. Everything else is optional.",
    },
    SectionTemplate {
        id: "automated-decisions",
        title: "Automated decisions",
        what: "whether decisions are made by automated means, profiling included, and if so their logic, significance and consequences (Art. 13(2)(f)); say so where there are none",
        example: "We make no decisions about you by automated means alone, and we do not profile you.",
    },
    SectionTemplate {
        id: "changes",
        title: "Changes to this policy",
        what: "how readers are told of changes; date a new revision at least 30 days after you announce it",
        example: "We announce changes to this policy by e-mail at least 30 days before they take effect. Earlier versions stay available on this site.",
    },
];

const ALL_RIGHTS: &[&str] = &[
    "access",
    "rectification",
    "erasure",
    "restriction",
    "objection",
    "portability",
    "withdraw-consent",
    "complaint",
];

/// Writes a new site into `dir`: site.toml, an example company with one revision dated
/// `today`, `.taplo.toml` and the schemas it points to. Returns the files written,
/// relative to `dir`. Refuses to touch a folder that already holds a site.
pub fn init(dir: &Path, today: Date) -> Result<Vec<PathBuf>, String> {
    for existing in ["site.toml", "content"] {
        if dir.join(existing).exists() {
            return Err(format!(
                "{} already exists: expected an empty folder or one without a site",
                dir.join(existing).display()
            ));
        }
    }
    let mut files: Vec<(PathBuf, String)> = vec![
        ("site.toml".into(), SITE_TOML.into()),
        (
            ".gitignore".into(),
            // .privsite/ records the addresses notices went to; beside public/ a build
            // keeps its lock, its record and the site it replaced: none for the repository.
            "/public\n/.public.privsite-*\n/.privsite/\n".into(),
        ),
        (".taplo.toml".into(), schema::TAPLO_CONFIG.into()),
        (
            Path::new(EXAMPLE_FOLDER).join("company.toml"),
            EXAMPLE_COMPANY.into(),
        ),
        (
            Path::new(EXAMPLE_FOLDER).join(format!("en/{today}.toml")),
            revision(true, true),
        ),
    ];
    files.extend(
        schema::all()
            .into_iter()
            .map(|(name, text)| (Path::new(schema::DIR).join(name), text)),
    );
    write_new(dir, &files)?;
    Ok(files.into_iter().map(|(p, _)| p).collect())
}

/// Adds `content/<company>/` to the site at `root`: company.toml and a first revision in
/// `locale` (else the site's default locale) dated `today`. Returns the files written,
/// relative to `root`. With an explicit `locale` and a company that exists, adds that
/// locale to it instead (see [`crate::scaffold::add_locale`]).
pub fn new_company(
    root: &Path,
    company: &str,
    locale: Option<&str>,
    today: Date,
) -> Result<Vec<PathBuf>, String> {
    if !is_slug(company) || company.ends_with('-') {
        return Err(format!(
            "invalid company name {company:?}: expected lower-case ASCII letters, digits and '-', such as \"acme-ab\""
        ));
    }
    let site_toml = root.join("site.toml");
    let explicit_locale = locale.is_some();
    let locale = match locale {
        Some(tag) => tag.to_string(),
        None => site_default_locale(&site_toml)?,
    };
    let locale = Locale::parse(&locale).map_err(|canonical| match canonical {
        Some(c) => format!("locale {locale:?} is not in canonical form: expected {c:?}"),
        None => format!(
            "{locale:?} is not a BCP 47 language tag: expected one such as \"sv\", \"en\", \"pt-BR\""
        ),
    })?;
    if !site_toml.is_file() {
        return Err(format!(
            "no site.toml in {}: run `privsite init` first, or pass the site folder with -C",
            root.display()
        ));
    }
    let folder = Path::new("content").join(company);
    if explicit_locale && root.join(&folder).join("company.toml").is_file() {
        return crate::scaffold::add_locale::add_locale(root, company, &locale, today);
    }
    if root.join(&folder).exists() {
        return Err(format!(
            "{} already exists: expected a new company",
            folder.display()
        ));
    }
    let english = locale.language() == "en";
    let files = vec![
        (folder.join("company.toml"), new_company_toml(&locale)),
        (
            folder.join(locale.as_str()).join(format!("{today}.toml")),
            revision(false, english),
        ),
    ];
    write_new(root, &files)?;
    Ok(files.into_iter().map(|(p, _)| p).collect())
}

/// The folder of the example company `init` writes.
const EXAMPLE_FOLDER: &str = "content/example-company";

/// Removes the example company [`init`] wrote, where it is still exactly as written: its
/// company.toml and one English revision, byte for byte, and nothing else. Returns the
/// folder removed, relative to `root`; `None` where there is none or it was edited (then
/// nothing is touched).
pub fn remove_untouched_example(root: &Path) -> Result<Option<PathBuf>, String> {
    let folder = root.join(EXAMPLE_FOLDER);
    let list = |dir: &Path| -> Option<Vec<PathBuf>> {
        let mut entries: Vec<PathBuf> = fs::read_dir(dir)
            .ok()?
            .map(|e| e.map(|e| e.path()))
            .collect::<Result<_, _>>()
            .ok()?;
        entries.sort();
        Some(entries)
    };
    let (Some(top), Some(en)) = (list(&folder), list(&folder.join("en"))) else {
        return Ok(None);
    };
    let company = folder.join("company.toml");
    if top != [company.clone(), folder.join("en")] || en.len() != 1 {
        return Ok(None);
    }
    let revision_file = &en[0];
    let is_dated = revision_file
        .file_name()
        .and_then(|n| n.to_str())
        .and_then(|n| n.strip_suffix(".toml"))
        .is_some_and(|d| d.parse::<Date>().is_ok());
    let same = |path: &Path, text: &str| fs::read(path).is_ok_and(|b| b == text.as_bytes());
    if !is_dated || !same(&company, EXAMPLE_COMPANY) || !same(revision_file, &revision(true, true))
    {
        return Ok(None);
    }
    let fail = |path: &Path, e: std::io::Error| format!("cannot remove {}: {e}", path.display());
    fs::remove_file(revision_file).map_err(|e| fail(revision_file, e))?;
    fs::remove_file(&company).map_err(|e| fail(&company, e))?;
    // Empty now: remove_dir removes nothing else.
    fs::remove_dir(folder.join("en")).map_err(|e| fail(&folder.join("en"), e))?;
    fs::remove_dir(&folder).map_err(|e| fail(&folder, e))?;
    Ok(Some(PathBuf::from(EXAMPLE_FOLDER)))
}

/// What [`new_revision`] wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewRevision {
    /// The file written, relative to the site root.
    pub path: PathBuf,
    /// The revision it copies, relative to the site root.
    pub from: PathBuf,
}

/// Writes `content/<company>/<locale>/<date>.toml` as a copy of the latest revision of
/// that locale, with `draft = true` and `summary = ""` to fill in, and without the dates
/// and class a person decides per revision ([`DECIDED_KEYS`]); comments and layout are
/// kept. The date is `date`, else `today`. Refuses a date that exists or precedes
/// the latest unless `force`.
///
/// With `from`, the copy is of that locale's latest revision instead: the start of a
/// translation, in a locale folder that may not exist yet, marked `translated_from` as
/// `privsite new --locale` marks one; it is dated as the revision it translates unless
/// `date` says otherwise.
pub fn new_revision(
    root: &Path,
    (company, document): (&str, Option<&str>),
    locale: &str,
    from: Option<&str>,
    date: Option<Date>,
    today: Date,
    force: bool,
) -> Result<NewRevision, String> {
    let content = root.join("content");
    if !root.join("site.toml").is_file() {
        return Err(format!(
            "no site.toml in {}: run `privsite init` first, or pass the site folder with -C",
            root.display()
        ));
    }
    let company_dir = content.join(company);
    if !is_slug(company) || !company_dir.join("company.toml").is_file() {
        let folders = crate::source::load::company_folders(root);
        return Err(format!(
            "no company {company:?}: expected one of {}{}",
            folders.join(", "),
            crate::diagnostic::suggest::did_you_mean(company, folders.iter().map(String::as_str))
        ));
    }
    // Another document's revisions are in its own folder.
    let company_dir = match document {
        None => company_dir,
        Some(doc) => {
            let dir = company_dir.join(doc);
            if !is_slug(doc) || !dir.join("document.toml").is_file() {
                let known = documents_of(&company_dir);
                return Err(format!(
                    "{company} has no document {doc:?}: expected one of {}{} (`privsite new {company} --document {doc} --kind …` starts one)",
                    known.join(", "),
                    crate::diagnostic::suggest::did_you_mean(doc, known.iter().map(String::as_str))
                ));
            }
            dir
        }
    };
    let locale_dir = company_dir.join(locale);
    if let Err(canonical) = Locale::parse(locale) {
        return Err(match canonical {
            Some(c) => format!("locale {locale:?} is not in canonical form: expected {c:?}"),
            None => format!(
                "{locale:?} is not a BCP 47 language tag: expected one such as \"sv\", \"en\", \"pt-BR\""
            ),
        });
    }
    let source_dir = company_dir.join(from.unwrap_or(locale));
    if !source_dir.is_dir() {
        let locale = from.unwrap_or(locale);
        let mut known: Vec<String> = fs::read_dir(&company_dir)
            .map(|entries| {
                entries
                    .filter_map(|e| e.ok())
                    .filter(|e| e.path().is_dir() && !e.path().join("document.toml").is_file())
                    .filter_map(|e| e.file_name().into_string().ok())
                    .collect()
            })
            .unwrap_or_default();
        known.sort();
        let hint =
            crate::diagnostic::suggest::did_you_mean(locale, known.iter().map(String::as_str));
        let translate = match (from, known.first()) {
            (None, Some(first)) if hint.is_empty() => format!(
                " (to start a translation: `privsite revision {company} {locale} --from {first}`)"
            ),
            _ => String::new(),
        };
        return Err(format!(
            "{company} has no locale {locale:?}: expected one of {}{hint}{translate}",
            known.join(", "),
        ));
    }
    let latest_in = |dir: &Path| -> Result<Vec<(Date, PathBuf)>, String> {
        let mut dates: Vec<(Date, PathBuf)> = fs::read_dir(dir)
            .map_err(|e| format!("cannot read {}: {e}", dir.display()))?
            .filter_map(|e| e.ok())
            .filter_map(|e| {
                let name = e.file_name().into_string().ok()?;
                let date: Date = name.strip_suffix(".toml")?.parse().ok()?;
                Some((date, e.path()))
            })
            .collect();
        dates.sort();
        Ok(dates)
    };
    // The latest of the locale written to decides which dates are free.
    let own = if locale_dir.is_dir() {
        latest_in(&locale_dir)?.last().map(|(d, _)| *d)
    } else {
        None
    };
    let dates = latest_in(&source_dir)?;
    let Some((source_latest, latest_path)) = dates.last().cloned() else {
        return Err(format!(
            "{} holds no revision to copy: expected a file named YYYY-MM-DD.toml",
            relative(root, &source_dir).display()
        ));
    };
    let date = match (date, own) {
        (Some(date), _) => date,
        (None, None) => source_latest,
        (None, Some(_)) => today,
    };
    let target = locale_dir.join(format!("{date}.toml"));
    if !force {
        if target.exists() {
            return Err(format!(
                "{} already exists: choose another --date, or pass --force to replace it",
                relative(root, &target).display()
            ));
        }
        if let Some(latest) = own
            && date < latest
        {
            return Err(format!(
                "{date} precedes the latest revision, {latest}: a new revision takes effect after it (pass --date after {latest}, or --force to insert one into the history)"
            ));
        }
    }
    let text = fs::read_to_string(&latest_path)
        .map_err(|e| format!("cannot read {}: {e}", latest_path.display()))?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let copy = match from {
        // A translation keeps the summary, to translate, and records what it translates.
        Some(from) => add_locale::mark_translation(text, from),
        None => as_draft(text),
    }
    .map_err(|e| {
        format!(
            "{} is not valid TOML ({e}): fix it before copying it",
            relative(root, &latest_path).display()
        )
    })?;
    fs::create_dir_all(&locale_dir)
        .map_err(|e| format!("cannot create {}: {e}", locale_dir.display()))?;
    fs::write(&target, copy).map_err(|e| format!("cannot write {}: {e}", target.display()))?;
    Ok(NewRevision {
        path: relative(root, &target),
        from: relative(root, &latest_path),
    })
}

/// The folders under `company_dir` that hold a document.toml, sorted.
fn documents_of(company_dir: &Path) -> Vec<String> {
    let mut known: Vec<String> = fs::read_dir(company_dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok())
                .filter(|e| e.path().join("document.toml").is_file())
                .filter_map(|e| e.file_name().into_string().ok())
                .collect()
        })
        .unwrap_or_default();
    known.sort();
    known
}

/// The keys of a revision that record what a person decided about that revision alone:
/// when its notice went out, whether its change is material, where its date comes from,
/// what was corrected in it after it was published.
/// A new draft starts without them, and `privsite check` asks for them again.
pub const DECIDED_KEYS: &[&str] = &[
    "announced",
    "material",
    "date_note",
    "corrected",
    "corrected_from",
];

/// `text` with `draft = true` and `summary = ""`, and without the keys a person must
/// decide again for a new revision ([`DECIDED_KEYS`]); everything else (comments, layout,
/// key order) as it was.
pub fn as_draft(text: &str) -> Result<String, String> {
    let mut doc: toml_edit::DocumentMut = text
        .parse()
        .map_err(|e: toml_edit::TomlError| e.message().trim().replace('\n', " "))?;
    edit::set(doc.as_table_mut(), "summary", "");
    edit::set(doc.as_table_mut(), "draft", true);
    forget_decisions(&mut doc);
    Ok(doc.to_string())
}

/// Removes [`DECIDED_KEYS`] from a revision. A comment written above a removed key stays,
/// on what came after it.
pub(crate) fn forget_decisions(doc: &mut DocumentMut) {
    for key in DECIDED_KEYS {
        if let Some(comment) = edit::remove(doc.as_table_mut(), key) {
            let trailing = doc.trailing().as_str().unwrap_or("").to_string();
            doc.set_trailing(format!("{comment}{trailing}"));
        }
    }
}

fn relative(root: &Path, path: &Path) -> PathBuf {
    crate::diagnostic::relative_to(root, path)
}

pub(crate) fn site_default_locale(site_toml: &Path) -> Result<String, String> {
    let text = fs::read_to_string(site_toml).map_err(|_| {
        format!(
            "no site.toml at {}: run `privsite init` first, or pass the site folder with -C",
            site_toml.display()
        )
    })?;
    let table: toml::Table = toml::from_str(&text)
        .map_err(|e| format!("{}: {}", site_toml.display(), e.message().trim()))?;
    table
        .get("default_locale")
        .and_then(|v| v.as_str())
        .map(String::from)
        .ok_or_else(|| {
            format!(
                "{} has no default_locale: pass --locale",
                site_toml.display()
            )
        })
}

/// Writes every file, creating folders; never replaces a file that exists.
pub(crate) fn write_new(root: &Path, files: &[(PathBuf, String)]) -> Result<(), String> {
    if let Some((path, _)) = files.iter().find(|(p, _)| root.join(p).exists()) {
        return Err(format!(
            "{} already exists: nothing was written",
            root.join(path).display()
        ));
    }
    for (path, text) in files {
        let path = root.join(path);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent)
                .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
        }
        let mut file = fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
            .map_err(|e| format!("cannot create {}: {e}", path.display()))?;
        std::io::Write::write_all(&mut file, text.as_bytes())
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    Ok(())
}

const SITE_TOML: &str = r#"# The site's settings. Keys are described in schemas/site.schema.json, which
# editors with a TOML language server read through .taplo.toml.
title = "Privacy policies"
base_url = "https://privacy.example.com"
default_locale = "en"
theme = "default"

[build]
output_dir = "public"
minify = true

# The level of a `privsite check` rule: "allow", "warn" or "deny".
[check]
# art13-automated-decisions = "deny"
"#;

const EXAMPLE_COMPANY: &str = r#"# Facts about the controller, shared by every locale of this company.
name = "Example Company AB"
org_number = "556000-0000"
address = "Storgatan 1, 111 22 Stockholm, Sweden"
email = "privacy@example.com"
phone = "+46 8 000 000 00"
website = "https://example.com"
default_locale = "en"

# The supervisory authority complaints go to.
[authority]
name = "Integritetsskyddsmyndigheten (IMY)"
url = "https://www.imy.se"
"#;

/// A new company's `company.toml`: every key, each with a comment on what it takes, in
/// `locale`.
pub(crate) fn new_company_toml(locale: &Locale) -> String {
    let mut doc: DocumentMut = NEW_COMPANY
        .parse()
        .expect("the built-in company.toml is TOML");
    edit::set(doc.as_table_mut(), "default_locale", locale.as_str());
    doc.to_string()
}

const NEW_COMPANY: &str = r#"# Facts about the controller, shared by every locale of this company. Keys left
# out are not shown; `privsite check` says which ones a notice needs.
name = "TODO: the controller's legal name"
# org_number = "the number in the company register"
address = "TODO: the controller's postal address"
# email = "privacy@…"      the address for privacy questions and requests
# phone = "+…"
# website = "https://…"
default_locale = "en"

# The data protection officer, where there is one: a name and an e-mail or phone.
# [dpo]
# name = "…"
# email = "…"

# The supervisory authority complaints go to (GDPR Art. 13(2)(d)).
[authority]
name = "TODO: the supervisory authority, such as Integritetsskyddsmyndigheten (IMY)"
# url = "https://…"
"#;

/// A first revision: with example text (`init`), or with TODO placeholders and the
/// section headings in English, or as TODO too where the locale is another language.
pub(crate) fn revision(example: bool, english: bool) -> String {
    let todo = |text: &str| format!("TODO: {text}");
    let heading = |title: &str| {
        if english {
            title.to_string()
        } else {
            todo(&format!("'{title}' in this locale's language"))
        }
    };
    let mut doc = DocumentMut::new();
    let root = doc.as_table_mut();
    let mut comment = String::from(
        "# One revision of the policy, in force from the date in the file name.\n\
         # Prose fields are Markdown. Keys: schemas/revision.schema.json.\n",
    );
    if example {
        comment.push_str(
            "# The example `privsite init` wrote: a draft, so it is never published.\n\
             # `privsite serve --drafts` shows it; the first `privsite new` removes it\n\
             # while it is as written here.\n",
        );
        edit::push(root, "draft", true, &std::mem::take(&mut comment));
    } else {
        comment.push_str(
            "# A draft: `privsite build` leaves it out, and says so, until you delete this\n\
             # line; `privsite serve --drafts` and `privsite check --drafts` include it.\n",
        );
        edit::push(root, "draft", true, &std::mem::take(&mut comment));
    }
    let (title, summary, intro) = if example {
        (
            "Privacy policy".to_string(),
            "First version.".to_string(),
            "This policy explains how Example Company AB processes your personal data.".to_string(),
        )
    } else {
        (
            heading("Privacy policy"),
            heading("First version."),
            todo("one paragraph on whose data this policy is about"),
        )
    };
    edit::push(root, "title", title, &comment);
    edit::push(root, "summary", summary, "");
    edit::push(root, "intro", intro, "");
    edit::push(
        root,
        "rights",
        ALL_RIGHTS.iter().copied().collect::<Array>(),
        "# What the text below explains, for `privsite check`: keep only what it does explain.\n",
    );
    let mut sections = ArrayOfTables::new();
    for s in SECTIONS {
        let mut table = Table::new();
        table
            .decor_mut()
            .set_prefix(format!("\n# {}.\n", capitalize(s.what)));
        let body = if example {
            s.example.to_string()
        } else {
            todo("write this section (the comment above says what belongs here)")
        };
        let title = if example {
            s.title.to_string()
        } else {
            heading(s.title)
        };
        edit::push(&mut table, "id", s.id, "");
        edit::push(&mut table, "title", title, "");
        edit::push(&mut table, "body", edit::prose(&format!("{body}\n")), "");
        sections.push(table);
    }
    root.insert("sections", Item::ArrayOfTables(sections));
    // The purposes and processors, with the comments on what each key takes.
    let mut rest: DocumentMut = if example {
        format!("{EXAMPLE_PURPOSES}{EXAMPLE_PROCESSORS}")
    } else {
        format!("{NEW_PURPOSES}{NEW_PROCESSORS}")
    }
    .parse()
    .expect("the built-in revision parts are TOML");
    for (key, mut item) in std::mem::take(rest.as_table_mut()) {
        if let Some(tables) = item.as_array_of_tables_mut() {
            tables.iter_mut().for_each(|t| t.set_position(None));
        }
        doc.insert(&key, item);
    }
    doc.set_trailing(rest.trailing().as_str().unwrap_or_default());
    doc.to_string()
}

fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

const NEW_PURPOSES: &str = r#"
# One entry per purpose (Art. 13(1)(c)): legal_bases from consent, contract,
# legal-obligation, vital-interests, public-task, legitimate-interests. Where a basis
# is legitimate-interests, say which interest in legitimate_interest (Art. 13(1)(d)).
[[purposes]]
id = "service"
title = "TODO: the purpose, such as providing the service"
legal_bases = ["contract"]
body = "TODO: what data this purpose uses, and why"
"#;

const NEW_PROCESSORS: &str = r#"
# One entry per processor. countries: where it processes data (ISO 3166-1 alpha-2);
# outside the EEA, a safeguard: adequacy, scc, bcr, dpf or derogation.
# [[processors]]
# name = "…"
# purpose = "…"
# data = "…"
# countries = ["SE"]
# url = "https://…"
"#;

const EXAMPLE_PURPOSES: &str = r#"
# One entry per purpose (Art. 13(1)(c)), with the interest pursued where a basis is
# legitimate-interests (Art. 13(1)(d)).
[[purposes]]
id = "service"
title = "Providing the service"
legal_bases = ["contract"]
body = "We use your account and order data to deliver what you ordered and to invoice it."

[[purposes]]
id = "newsletter"
title = "Newsletter"
legal_bases = ["consent"]
body = "With your consent we send you our newsletter. Every issue has a link to unsubscribe."

[[purposes]]
id = "abuse-prevention"
title = "Security and prevention of abuse"
legal_bases = ["legitimate-interests"]
legitimate_interest = "Keeping our services and our customers' data safe from attacks and fraud."
"#;

const EXAMPLE_PROCESSORS: &str = r#"
# One entry per processor: where it processes data and, outside the EEA, the safeguard.
[[processors]]
name = "Example Hosting GmbH"
purpose = "Hosting of our services"
data = "All data of the service"
countries = ["DE"]

[[processors]]
name = "Example Mail Inc."
purpose = "Sending e-mail"
data = "Name and e-mail address"
countries = ["US"]
headquarters = "US"
safeguard = "scc"
"#;
