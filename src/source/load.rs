//! Reads a site's sources into the [`Site`] model, strictly: unknown keys, bad names and
//! impossible values are errors that point at file, line and column. Every file is read
//! and every error collected before giving up, so one run shows them all.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::fs;
use std::path::{Path, PathBuf};

use jiff::civil::Date;
use rayon::prelude::*;
use serde::Deserialize;
use toml::Spanned;

use crate::diagnostic::Level;
use crate::diagnostic::{Diagnostic, Diagnostics, LineIndex, Position, relative_to};
use crate::model::config::{
    BuildConfig, CheckLevels, RawSiteConfig, SiteConfig, normalize_base_url,
};
use crate::model::countries;
use crate::model::rules;
use crate::model::{
    Authority, Company, CompanyInfo, Contact, Group, LegalBasis, Locale, LocaleHistory, Processor,
    Purpose, Revision, Right, Role, Safeguard, Section, Site,
};

#[derive(Debug, Clone, Copy, Default)]
pub struct LoadOptions {
    /// Include revisions marked `draft = true`.
    pub drafts: bool,
}

/// Revision files parsed before, by path, with the text each was parsed from: a reload
/// parses again only the files whose text changed. Parsing is a pure function of the text
/// and the file's date, which its path gives.
#[derive(Default)]
pub struct RevisionMemo {
    /// By company folder, then by file: a reload touches its own company's entries only.
    companies: HashMap<PathBuf, HashMap<PathBuf, (String, LoadedRevision)>>,
}

impl RevisionMemo {
    fn get(&self, path: &Path) -> Option<&(String, LoadedRevision)> {
        self.companies.get(company_dir(path)?)?.get(path)
    }
}

/// The company folder of a revision file: `content/<company>/<locale>/<date>.toml`.
fn company_dir(path: &Path) -> Option<&Path> {
    path.parent()?.parent()
}

/// Loads and validates the site under `root`. On success, the warnings found on the way
/// come with it; on failure, every error and warning.
pub fn load_site(root: &Path, options: LoadOptions) -> Result<(Site, Diagnostics), Diagnostics> {
    load_site_with(root, options, None)
}

/// [`load_site`], keeping the parsed revisions in `memo` for later reloads.
pub fn load_site_with(
    root: &Path,
    options: LoadOptions,
    memo: Option<&mut RevisionMemo>,
) -> Result<(Site, Diagnostics), Diagnostics> {
    let mut diags = Diagnostics::default();
    let config = load_config(root, &mut diags);
    let mut companies = load_content(root, options, memo, &mut diags);
    let skipped_drafts = companies
        .iter()
        .flat_map(|c| c.skipped_drafts.iter().cloned())
        .collect();
    // A company with drafts only (just made by `privsite new`) is not published yet.
    companies.retain(|c| !c.locales.is_empty());
    diags.sort();
    diags.fill_sources(root);
    match config {
        Some(config) if !diags.has_errors() => Ok((
            Site {
                root: root.to_path_buf(),
                config,
                companies,
                skipped_drafts,
                git: Default::default(),
            },
            diags,
        )),
        _ => Err(diags),
    }
}

/// A source file's text, with a byte-order mark removed (editors do not count it).
struct SourceFile {
    /// Relative to the site root, for messages.
    rel: PathBuf,
    text: String,
    lines: LineIndex,
}

impl SourceFile {
    fn new(rel: PathBuf, text: String) -> SourceFile {
        let lines = LineIndex::new(&text);
        SourceFile { rel, text, lines }
    }

    fn read(root: &Path, path: &Path) -> Result<SourceFile, Diagnostic> {
        crate::source::symlinks::check_inside(root, path)?;
        let rel = relative_to(root, path);
        let bytes = fs::read(path)
            .map_err(|e| Diagnostic::error(&rel, format!("cannot read the file: {e}")))?;
        let text = String::from_utf8(bytes).map_err(|e| {
            let offset = e.utf8_error().valid_up_to();
            let text = String::from_utf8_lossy(e.as_bytes()).into_owned();
            Diagnostic::error(&rel, "the file is not valid UTF-8: expected UTF-8 text")
                .at(&text, offset)
        })?;
        let text = match text.strip_prefix('\u{feff}') {
            Some(rest) => rest.to_string(),
            None => text,
        };
        Ok(SourceFile::new(rel, text))
    }

    /// Parses the file once: the guard walks the parsed document, and the typed value is
    /// deserialized from it. A deserializing error (an unknown key, a wrong type) is
    /// reported before what the guard found.
    fn parse<T: for<'de> Deserialize<'de>>(&self) -> Result<T, Diagnostic> {
        let toml_error = |e: toml::de::Error| {
            let message = describe_toml_error(e.message());
            crate::diagnostic::toml_error(&self.rel, &self.text, message, e.span())
        };
        let table = toml::de::DeTable::parse(&self.text).map_err(toml_error)?;
        let problem = crate::text::guard::check_table(&self.text, &table);
        let value = T::deserialize(toml::de::Deserializer::from(table)).map_err(toml_error)?;
        match problem {
            Some(p) => Err(Diagnostic::error(&self.rel, p.message).at(&self.text, p.offset)),
            None => Ok(value),
        }
    }

    fn error<T>(&self, value: &Spanned<T>, message: impl Into<String>) -> Diagnostic {
        Diagnostic::error(&self.rel, message).at_span(&self.text, value.span())
    }

    fn position<T>(&self, value: &Spanned<T>) -> Position {
        self.lines.position(&self.text, value.span().start)
    }
}

/// toml's messages are good but spread over lines; keep one line, and say "key" as a
/// TOML author would rather than serde's "field".
fn describe_toml_error(message: &str) -> String {
    message
        .trim()
        .replace('\n', " ")
        .replace("unknown field", "unknown key")
        .replace("missing field", "missing key")
}

/// Loads site.toml alone, for commands that need one company rather than the site.
pub fn load_settings(root: &Path) -> Result<SiteConfig, Diagnostics> {
    let mut diags = Diagnostics::default();
    match load_config(root, &mut diags) {
        Some(config) if !diags.has_errors() => Ok(config),
        _ => Err(diags),
    }
}

/// The company folders under `content/` whose names are valid, sorted.
pub fn company_folders(root: &Path) -> Vec<String> {
    let mut ignored = Diagnostics::default();
    read_dir_sorted(root, &root.join("content"), &mut ignored)
        .into_iter()
        .filter(|(name, path)| path.is_dir() && is_slug(name))
        .map(|(name, _)| name)
        .collect()
}

fn load_config(root: &Path, diags: &mut Diagnostics) -> Option<SiteConfig> {
    let path = root.join("site.toml");
    if !path.is_file() {
        diags.push(Diagnostic::error(
            "site.toml",
            "no site.toml in the site folder: expected the site settings (run `privsite init` to start one)",
        ));
        return None;
    }
    let file = SourceFile::read(root, &path)
        .map_err(|d| diags.push(d))
        .ok()?;
    let raw: RawSiteConfig = file.parse().map_err(|d| diags.push(d)).ok()?;
    let before = diags.0.len();
    let base_url = normalize_base_url(raw.base_url.get_ref())
        .map_err(|why| diags.push(file.error(&raw.base_url, format!("invalid base_url: {why}"))))
        .unwrap_or_default();
    let default_locale = parse_locale(&file, &raw.default_locale, diags);
    let theme = match raw.theme {
        Some(theme) if !is_slug(theme.get_ref()) => {
            diags.push(file.error(
                &theme,
                format!(
                    "invalid theme name {:?}: expected a folder name of lower-case letters, digits and '-'",
                    theme.get_ref()
                ),
            ));
            String::new()
        }
        Some(theme) => theme.into_inner(),
        None => "default".into(),
    };
    let mut build = BuildConfig::default();
    if let Some(dir) = raw.build.output_dir {
        let p = Path::new(dir.get_ref());
        if dir.get_ref().trim().is_empty()
            || p.is_absolute()
            || p.components()
                .any(|c| !matches!(c, std::path::Component::Normal(_)))
        {
            diags.push(file.error(
                &dir,
                "invalid output_dir: expected a folder inside the site, such as \"public\"",
            ));
        } else if [
            "content",
            "themes",
            "templates",
            "locales",
            "static",
            "site.toml",
            ".git",
        ]
        .iter()
        .any(|s| p.starts_with(s))
        {
            diags.push(file.error(
                &dir,
                "output_dir would overwrite sources or the git repository: expected a folder of its own, such as \"public\"",
            ));
        }
        build.output_dir = dir.into_inner();
    }
    if let Some(minify) = raw.build.minify {
        build.minify = minify;
    }
    let check = check_levels(&file, raw.check, diags);
    if diags.0.len() > before {
        return None;
    }
    Some(SiteConfig {
        title: raw.title,
        base_url,
        default_locale: default_locale?,
        theme,
        build,
        check,
    })
}

/// `[check]`: every key a rule id, every value a level.
fn check_levels(
    file: &SourceFile,
    raw: BTreeMap<Spanned<String>, Spanned<String>>,
    diags: &mut Diagnostics,
) -> CheckLevels {
    let mut levels = CheckLevels::default();
    for (id, level) in raw {
        let Some(rule) = rules::rule(id.get_ref()) else {
            diags.push(file.error(
                &id,
                format!(
                    "unknown rule {:?} in [check]: expected one of {}{}",
                    id.get_ref(),
                    rules::RULES
                        .iter()
                        .filter(|r| r.id != rules::SOURCE)
                        .map(|r| r.id)
                        .collect::<Vec<_>>()
                        .join(", "),
                    crate::diagnostic::suggest::did_you_mean(
                        id.get_ref(),
                        rules::RULES.iter().map(|r| r.id).filter(|r| *r != rules::SOURCE)
                    )
                ),
            ));
            continue;
        };
        if rule.id == rules::SOURCE {
            diags.push(file.error(
                &id,
                "rule \"source\" cannot be set in [check]: source errors stop the build, so they always fail the check",
            ));
            continue;
        }
        match Level::parse(level.get_ref()) {
            Some(l) => {
                levels.0.insert(rule.id.to_string(), l);
            }
            None => diags.push(file.error(
                &level,
                format!(
                    "invalid level {:?} for {}: expected \"allow\", \"warn\" or \"deny\"",
                    level.get_ref(),
                    rule.id
                ),
            )),
        }
    }
    levels
}

fn parse_locale(
    file: &SourceFile,
    tag: &Spanned<String>,
    diags: &mut Diagnostics,
) -> Option<Locale> {
    Locale::parse(tag.get_ref())
        .map_err(|canonical| diags.push(file.error(tag, locale_message(tag.get_ref(), canonical))))
        .ok()
}

fn locale_message(tag: &str, canonical: Option<String>) -> String {
    match canonical {
        Some(c) => format!("locale {tag:?} is not in canonical form: expected {c:?}"),
        None => format!(
            "{tag:?} is not a BCP 47 language tag: expected one such as \"sv\", \"en\", \"pt-BR\" or \"zh-Hant\""
        ),
    }
}

/// A company slug or theme name: lower-case ASCII letters, digits and '-'.
pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with('-')
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// A section or purpose id: like a slug, with single hyphens between words.
pub fn is_id(s: &str) -> bool {
    is_slug(s) && !s.ends_with('-') && !s.contains("--")
}

pub use crate::source::symlinks::is_ignored_name;

/// The entries of a folder, sorted by name, without ignored ones.
fn read_dir_sorted(root: &Path, dir: &Path, diags: &mut Diagnostics) -> Vec<(String, PathBuf)> {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            diags.push(Diagnostic::error(
                relative_to(root, dir),
                format!("cannot read the folder: {e}"),
            ));
            return Vec::new();
        }
    };
    let mut out: Vec<(String, PathBuf)> = entries
        .filter_map(Result::ok)
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            (!is_ignored_name(&name)).then(|| (name, e.path()))
        })
        .collect();
    out.sort();
    out
}

/// A revision file found on disk, before parsing.
struct RevisionFile {
    company: usize,
    locale: usize,
    date: Date,
    path: PathBuf,
}

fn load_content(
    root: &Path,
    options: LoadOptions,
    memo: Option<&mut RevisionMemo>,
    diags: &mut Diagnostics,
) -> Vec<Company> {
    let content = root.join("content");
    if !content.is_dir() {
        diags.push(Diagnostic::error(
            "content",
            "no content folder: expected content/<company>/company.toml and content/<company>/<locale>/<YYYY-MM-DD>.toml",
        ));
        return Vec::new();
    }
    let mut dirs = Vec::new();
    for (name, path) in read_dir_sorted(root, &content, diags) {
        let rel = relative_to(root, &path);
        if !path.is_dir() {
            diags.push(Diagnostic::error(
                rel,
                "unexpected file in content/: expected only company folders",
            ));
            continue;
        }
        if !is_slug(&name) {
            diags.push(Diagnostic::error(
                rel,
                format!("invalid company folder name {name:?}: expected lower-case ASCII letters, digits and '-'"),
            ));
            continue;
        }
        dirs.push((name, path));
    }
    load_companies(root, &dirs, options, memo, diags)
}

/// Reloads one company, for a rebuild after its sources changed: `Ok(None)` when its
/// folder is gone. Errors fail the whole company; warnings come with it. Revision files
/// whose text `memo` holds are not parsed again.
pub fn load_company(
    root: &Path,
    slug: &str,
    options: LoadOptions,
    memo: Option<&mut RevisionMemo>,
) -> Result<(Option<Company>, Diagnostics), Diagnostics> {
    let dir = root.join("content").join(slug);
    let mut diags = Diagnostics::default();
    if !dir.is_dir() {
        return Ok((None, diags));
    }
    if !is_slug(slug) {
        diags.push(Diagnostic::error(
            relative_to(root, &dir),
            format!("invalid company folder name {slug:?}: expected lower-case ASCII letters, digits and '-'"),
        ));
        return Err(diags);
    }
    let mut companies = load_companies(root, &[(slug.to_string(), dir)], options, memo, &mut diags);
    diags.sort();
    if diags.has_errors() {
        return Err(diags);
    }
    Ok((companies.pop().filter(|c| !c.locales.is_empty()), diags))
}

/// Loads the given company folders (name, path): their company.toml and every revision,
/// parsed in parallel.
fn load_companies(
    root: &Path,
    dirs: &[(String, PathBuf)],
    options: LoadOptions,
    memo: Option<&mut RevisionMemo>,
    diags: &mut Diagnostics,
) -> Vec<Company> {
    let mut companies = Vec::new();
    let mut files = Vec::new();
    for (name, path) in dirs {
        // Revision files are kept only for companies that load, so indexes stay valid.
        let mut company_files = Vec::new();
        if let Some(company) =
            scan_company(root, name, path, companies.len(), &mut company_files, diags)
        {
            companies.push(company);
            files.append(&mut company_files);
        }
    }

    let known = memo.as_deref();
    let parsed: Vec<(
        &RevisionFile,
        Result<LoadedRevision, Diagnostics>,
        Option<String>,
    )> = files
        .par_iter()
        .map(|f| match load_revision(root, &f.path, f.date, known) {
            Ok((loaded, fresh)) => (f, Ok(loaded), fresh),
            Err(d) => (f, Err(d), None),
        })
        .collect();
    if let Some(memo) = memo {
        // Forget the files of these folders that are gone, then learn the new texts.
        let listed: HashSet<&Path> = files.iter().map(|f| f.path.as_path()).collect();
        for (_, dir) in dirs {
            if let Some(known) = memo.companies.get_mut(dir) {
                known.retain(|path, _| listed.contains(path.as_path()));
            }
        }
        for (f, result, fresh) in &parsed {
            if let (Ok(loaded), Some(text), Some(dir)) = (result, fresh, company_dir(&f.path)) {
                memo.companies
                    .entry(dir.to_path_buf())
                    .or_default()
                    .insert(f.path.clone(), (text.clone(), loaded.clone()));
            }
        }
    }
    for (f, result, _) in parsed {
        let (company, locale) = (f.company, f.locale);
        match result {
            Ok((revision, rights)) => {
                let history = &mut companies[company].locales[locale];
                if let Some(rights) = rights {
                    history.declared_rights.insert(revision.date, rights);
                }
                history.revisions.push(revision);
            }
            Err(found) => diags.extend(found.0),
        }
    }

    for company in &mut companies {
        for history in &mut company.locales {
            history.revisions.sort_by_key(|r| r.date);
            if !options.drafts {
                let drafts = history.revisions.iter().filter(|r| r.draft);
                company
                    .skipped_drafts
                    .extend(drafts.map(|r| r.source.clone()));
                history.revisions.retain(|r| !r.draft);
                let dates: BTreeSet<Date> = history.revisions.iter().map(|r| r.date).collect();
                history.declared_rights.retain(|d, _| dates.contains(d));
            }
        }
        finish_company(root, company, diags);
    }
    companies
}

/// Reads `company.toml` and lists the company's locale folders and revision files.
fn scan_company(
    root: &Path,
    slug: &str,
    dir: &Path,
    company_index: usize,
    files: &mut Vec<RevisionFile>,
    diags: &mut Diagnostics,
) -> Option<Company> {
    let info_path = dir.join("company.toml");
    let info = if info_path.is_file() {
        load_company_info(root, &info_path, diags)
    } else {
        diags.push(Diagnostic::error(
            relative_to(root, dir),
            "the company has no company.toml: expected the controller's name, contact and default_locale there",
        ));
        None
    };
    let mut locales = Vec::new();
    for (name, path) in read_dir_sorted(root, dir, diags) {
        let rel = relative_to(root, &path);
        if name == "company.toml" {
            continue;
        }
        if !path.is_dir() {
            diags.push(Diagnostic::error(
                rel,
                "unexpected file: expected company.toml and locale folders only",
            ));
            continue;
        }
        let locale = match Locale::parse(&name) {
            Ok(l) => l,
            Err(canonical) => {
                diags.push(Diagnostic::error(
                    rel,
                    format!(
                        "invalid locale folder: {}",
                        locale_message(&name, canonical)
                    ),
                ));
                continue;
            }
        };
        let locale_index = locales.len();
        for (file_name, file_path) in read_dir_sorted(root, &path, diags) {
            let rel = relative_to(root, &file_path);
            match revision_date(&file_name) {
                Ok(date) if file_path.is_file() => files.push(RevisionFile {
                    company: company_index,
                    locale: locale_index,
                    date,
                    path: file_path,
                }),
                Ok(_) => diags.push(Diagnostic::error(
                    rel,
                    "expected a revision file, found a folder",
                )),
                Err(why) => diags.push(Diagnostic::error(rel, why)),
            }
        }
        locales.push(LocaleHistory {
            locale,
            revisions: Vec::new(),
            declared_rights: BTreeMap::new(),
        });
    }
    Some(Company {
        slug: slug.to_string(),
        source: relative_to(root, &info_path),
        info: info?,
        locales,
        skipped_drafts: Vec::new(),
    })
}

/// The effective date a revision's file name gives (`2018-05-25.toml`).
fn revision_date(file_name: &str) -> Result<Date, String> {
    let expected = "expected a revision file named YYYY-MM-DD.toml after the day it takes effect";
    let stem = file_name
        .strip_suffix(".toml")
        .ok_or_else(|| format!("unexpected file {file_name:?}: {expected}"))?;
    let b = stem.as_bytes();
    let shaped = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !shaped {
        return Err(format!("file name {file_name:?} is not a date: {expected}"));
    }
    let num = |r: std::ops::Range<usize>| stem[r].parse::<i16>().unwrap_or(0);
    Date::new(num(0..4), num(5..7) as i8, num(8..10) as i8)
        .map_err(|_| format!("file name {file_name:?} is not a real date: {expected}"))
}

/// `content/<company>/company.toml` as written. The doc comments of the fields are the
/// descriptions an editor shows from the generated JSON Schema.
#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "privsite company.toml",
    description = "Facts about the controller, shared by every locale of content/<company>/."
)]
pub(crate) struct RawCompany {
    /// The controller's legal name (GDPR Art. 13(1)(a)).
    #[schemars(with = "Option<String>")]
    name: Option<Spanned<String>>,
    /// The organisation number in the company register.
    org_number: Option<String>,
    /// The controller's postal address.
    address: Option<String>,
    /// The e-mail address for privacy questions and requests.
    #[schemars(with = "Option<String>", extend("format" = "email"))]
    email: Option<Spanned<String>>,
    /// A phone number for privacy questions.
    phone: Option<String>,
    /// The controller's web site (an absolute https:// URL).
    #[schemars(with = "Option<String>", regex(pattern = r"^https?://\S+$"))]
    website: Option<Spanned<String>>,
    /// The locale whose text is the reference; the other locales are translations of it.
    #[schemars(with = "String", regex(pattern = r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"))]
    default_locale: Spanned<String>,
    /// The data protection officer, where there is one (Art. 13(1)(b)).
    dpo: Option<RawContact>,
    /// The supervisory authority complaints go to (Art. 13(2)(d)).
    authority: Option<RawAuthority>,
    /// What the company promises its customers before a material change.
    notice: Option<RawNotice>,
}

/// `[notice]`: the notice promised before a material change.
#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Notice")]
struct RawNotice {
    /// Minimum days between announcing a material change and its taking effect.
    #[schemars(with = "Option<u32>", range(min = 0, max = 3650))]
    days: Option<Spanned<i64>>,
    /// How many days after the announcement customers may object.
    #[schemars(with = "Option<u32>", range(min = 0, max = 3650))]
    objection_days: Option<Spanned<i64>>,
}

/// A person to contact.
#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Contact")]
struct RawContact {
    /// Their name.
    name: Option<String>,
    /// Their e-mail address.
    #[schemars(with = "Option<String>", extend("format" = "email"))]
    email: Option<Spanned<String>>,
    /// Their phone number.
    phone: Option<String>,
}

/// A supervisory authority.
#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Authority")]
struct RawAuthority {
    /// Its name, such as "Integritetsskyddsmyndigheten (IMY)".
    name: Option<String>,
    /// Its web site (an absolute https:// URL).
    #[schemars(with = "Option<String>", regex(pattern = r"^https?://\S+$"))]
    url: Option<Spanned<String>>,
}

fn load_company_info(root: &Path, path: &Path, diags: &mut Diagnostics) -> Option<CompanyInfo> {
    let file = SourceFile::read(root, path)
        .map_err(|d| diags.push(d))
        .ok()?;
    let raw: RawCompany = file.parse().map_err(|d| diags.push(d)).ok()?;
    let before = diags.0.len();
    let default_locale = parse_locale(&file, &raw.default_locale, diags);
    let mut email = |v: Option<Spanned<String>>| check_email(&file, v, diags);
    let company_email = email(raw.email);
    let dpo = raw.dpo.map(|d| Contact {
        name: d.name,
        email: email(d.email),
        phone: d.phone,
    });
    let website = check_url(&file, raw.website, diags);
    let authority = raw.authority.map(|a| Authority {
        name: a.name,
        url: check_url(&file, a.url, diags),
    });
    let notice = raw.notice.map(|n| crate::model::NoticeTerms {
        days: notice_days(&file, n.days, "days", diags),
        objection_days: notice_days(&file, n.objection_days, "objection_days", diags),
    });
    if let Some(name) = &raw.name
        && name.get_ref().trim().is_empty()
    {
        diags.push(file.error(
            name,
            "empty name: expected the controller's name, or no `name` key",
        ));
    }
    if diags.0.len() > before {
        return None;
    }
    Some(CompanyInfo {
        name: raw.name.map(Spanned::into_inner),
        org_number: raw.org_number,
        address: raw.address,
        email: company_email,
        phone: raw.phone,
        website,
        default_locale: default_locale?,
        dpo,
        authority,
        notice,
    })
}

/// A number of days under `[notice]`: 0 to 3650.
fn notice_days(
    file: &SourceFile,
    value: Option<Spanned<i64>>,
    key: &str,
    diags: &mut Diagnostics,
) -> Option<u32> {
    let value = value?;
    match u32::try_from(*value.get_ref()) {
        Ok(days) if days <= 3650 => Some(days),
        _ => {
            diags.push(file.error(
                &value,
                format!(
                    "`{key}` is {}: expected a number of days from 0 to 3650",
                    value.get_ref()
                ),
            ));
            None
        }
    }
}

fn check_email(
    file: &SourceFile,
    value: Option<Spanned<String>>,
    diags: &mut Diagnostics,
) -> Option<String> {
    let value = value?;
    let v = value.get_ref();
    let ok = v.split_once('@').is_some_and(|(user, host)| {
        !user.is_empty() && host.contains('.') && !v.contains(char::is_whitespace)
    });
    if !ok {
        diags.push(file.error(
            &value,
            format!("{v:?} is not an e-mail address: expected name@domain"),
        ));
    }
    Some(value.into_inner())
}

fn check_url(
    file: &SourceFile,
    value: Option<Spanned<String>>,
    diags: &mut Diagnostics,
) -> Option<String> {
    let value = value?;
    let v = value.get_ref();
    let ok = (v.starts_with("https://") || v.starts_with("http://"))
        && v.len() > "https://".len()
        && !v.contains(char::is_whitespace);
    if !ok {
        diags.push(file.error(
            &value,
            format!("{v:?} is not a web address: expected an absolute https:// URL"),
        ));
    }
    Some(value.into_inner())
}

/// `content/<company>/<locale>/<YYYY-MM-DD>.toml` as written. The doc comments of the
/// fields are the descriptions an editor shows from the generated JSON Schema.
#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "privsite revision",
    description = "One revision of a policy, in force from the date in its file name (YYYY-MM-DD.toml). Prose fields are Markdown."
)]
pub(crate) struct RawRevision {
    /// The policy's title.
    #[schemars(with = "String")]
    title: Spanned<String>,
    /// What changed in this revision, for the history page and the feed.
    summary: Option<String>,
    /// A draft builds only with --drafts.
    #[serde(default)]
    draft: bool,
    /// Markdown shown before the first section.
    intro: Option<String>,
    /// The policy's sections, in order.
    #[serde(default)]
    sections: Vec<RawSection>,
    /// Why personal data is processed, and on which legal basis (Art. 13(1)(c)).
    #[serde(default)]
    purposes: Vec<RawPurpose>,
    /// Who receives personal data: processors and sub-processors (Art. 13(1)(e)-(f)).
    #[serde(default)]
    processors: Vec<RawProcessor>,
    /// What the text tells the reader they may do, for `privsite check`: list only the
    /// rights the text explains (access, rectification, erasure, restriction, objection,
    /// portability), "withdraw-consent" where it tells how to withdraw consent, and
    /// "complaint" where it tells of the right to complain to a supervisory authority.
    #[serde(default)]
    #[schemars(schema_with = "crate::source::schema::fields::rights")]
    rights: Option<Vec<Spanned<String>>>,
    /// Facts stated once for a group of processors (those with the same `group`).
    #[serde(default)]
    groups: Vec<RawGroup>,
    /// The locale this text is a translation of (the revision of the same date there).
    #[schemars(with = "Option<String>")]
    translated_from: Option<Spanned<String>>,
    /// Markdown: where the date comes from, when the policy states none; shown beside it.
    date_note: Option<String>,
    /// The day the notice of this revision went out (YYYY-MM-DD). In a git repository the
    /// default is the day the file was first committed.
    #[schemars(with = "Option<String>", extend("format" = "date"))]
    announced: Option<Spanned<toml::value::Datetime>>,
    /// Overrides the class computed from the diff: true for a material change, false
    /// for an editorial one.
    material: Option<bool>,
}

/// Facts stated once for every processor of a group.
#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Group")]
struct RawGroup {
    /// The group's name, as processors write it in `group`.
    #[schemars(with = "String")]
    name: Spanned<String>,
    /// What the group's processors are for; shown for members that state no purpose.
    purpose: Option<String>,
}

/// One section of the policy.
#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Section")]
struct RawSection {
    /// Stable across revisions and locales; diffs align on it. `privsite check` knows
    /// controller, data, sources, recipients, transfers, retention, rights, complaint,
    /// obligation, automated-decisions, cookies, security, changes, contact and
    /// processor-role; other ids are allowed.
    #[schemars(schema_with = "crate::source::schema::fields::section_id")]
    id: Spanned<String>,
    /// Checklist items this section also covers, beyond its id (such as "obligation" in
    /// a section about the data collected).
    #[serde(default)]
    #[schemars(schema_with = "crate::source::schema::fields::covers")]
    covers: Vec<Spanned<String>>,
    /// The section's heading.
    #[schemars(with = "String")]
    title: Spanned<String>,
    /// The section's text, in Markdown.
    #[schemars(with = "String")]
    body: Spanned<String>,
}

/// One purpose of processing.
#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Purpose")]
struct RawPurpose {
    /// Stable across revisions and locales; diffs align on it.
    #[schemars(schema_with = "crate::source::schema::fields::id")]
    id: Spanned<String>,
    /// The purpose, as a heading.
    #[schemars(with = "String")]
    title: Spanned<String>,
    /// The lawful bases of Art. 6(1) the purpose rests on.
    #[serde(default)]
    #[schemars(schema_with = "crate::source::schema::fields::legal_bases")]
    legal_bases: Vec<Spanned<String>>,
    /// The interest pursued, where a basis is legitimate-interests (Art. 13(1)(d)).
    legitimate_interest: Option<String>,
    /// More about the purpose, in Markdown.
    body: Option<String>,
}

/// One recipient of personal data.
#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Processor")]
struct RawProcessor {
    /// The recipient's name; unique within a revision, diffs align on it (or on `id`).
    #[schemars(with = "String")]
    name: Spanned<String>,
    /// Names the recipient across locales and revisions when its name is translated:
    /// lower-case words joined by '-'.
    #[schemars(schema_with = "crate::source::schema::fields::id")]
    id: Option<Spanned<String>>,
    /// Earlier names of this recipient: a rename, not a new recipient.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    formerly: Vec<Spanned<String>>,
    /// What the recipient is: processor, controller (an independent one),
    /// joint-controller or affiliate.
    #[schemars(schema_with = "crate::source::schema::fields::role")]
    role: Option<Spanned<String>>,
    /// What the recipient does with the data.
    purpose: Option<String>,
    /// Which data it receives.
    data: Option<String>,
    /// Where the data is processed: ISO 3166-1 alpha-2 codes. Leave it out where the
    /// policy does not say.
    #[serde(default)]
    #[schemars(schema_with = "crate::source::schema::fields::countries")]
    countries: Option<Vec<Spanned<String>>>,
    /// Where the recipient is established: an ISO 3166-1 alpha-2 code.
    #[serde(default)]
    #[schemars(schema_with = "crate::source::schema::fields::country")]
    headquarters: Option<Spanned<String>>,
    /// What makes a transfer outside the EEA lawful; needed whenever a country is outside it.
    #[serde(default)]
    #[schemars(schema_with = "crate::source::schema::fields::safeguard")]
    safeguard: Option<Spanned<String>>,
    /// A heading the processor table groups by.
    group: Option<String>,
    /// The recipient's privacy notice (an absolute https:// URL).
    #[schemars(with = "Option<String>", regex(pattern = r"^https?://\S+$"))]
    url: Option<Spanned<String>>,
}

/// A revision, with the rights its `rights` key declares (see [`LocaleHistory`]).
type LoadedRevision = (Revision, Option<Vec<Right>>);

/// Reads, parses and validates one revision file, unless `memo` has it parsed from the
/// same text. With a memo, a file parsed afresh comes with its text, for the memo to keep.
fn load_revision(
    root: &Path,
    path: &Path,
    date: Date,
    memo: Option<&RevisionMemo>,
) -> Result<(LoadedRevision, Option<String>), Diagnostics> {
    let Some(memo) = memo else {
        let file = SourceFile::read(root, path).map_err(|d| Diagnostics(vec![d]))?;
        return Ok((parse_revision_file(&file, date)?, None));
    };
    // Compared as read, before the line index a parse needs is built.
    let known = memo.get(path);
    if let (Some((text, loaded)), Ok(bytes)) = (known, fs::read(path))
        && bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(&bytes) == text.as_bytes()
    {
        return Ok((loaded.clone(), None));
    }
    let file = SourceFile::read(root, path).map_err(|d| Diagnostics(vec![d]))?;
    let loaded = parse_revision_file(&file, date)?;
    Ok((loaded, Some(file.text)))
}

/// Parses and validates the text of a revision file; `rel` names it in messages.
pub fn parse_revision(rel: &Path, text: &str, date: Date) -> Result<Revision, Diagnostics> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let file = SourceFile::new(rel.to_path_buf(), text.to_string());
    parse_revision_file(&file, date).map(|(revision, _)| revision)
}

fn parse_revision_file(file: &SourceFile, date: Date) -> Result<LoadedRevision, Diagnostics> {
    let mut diags = Diagnostics::default();
    let raw: RawRevision = file.parse().map_err(|d| Diagnostics(vec![d]))?;

    non_empty(file, &raw.title, "title", &mut diags);
    let mut ids = BTreeSet::new();
    let sections = raw
        .sections
        .into_iter()
        .map(|s| {
            check_id(file, &s.id, "section", &mut ids, &mut diags);
            not_reserved(file, &s.id, &mut diags);
            non_empty(file, &s.title, "section title", &mut diags);
            non_empty(file, &s.body, "section body", &mut diags);
            let covers = load_covers(file, &s.id, &s.covers, &mut diags);
            Section {
                position: file.position(&s.id),
                covers,
                id: s.id.into_inner(),
                title: s.title.into_inner(),
                body: s.body.into_inner(),
            }
        })
        .collect();

    let mut ids = BTreeSet::new();
    let purposes = raw
        .purposes
        .into_iter()
        .map(|p| {
            check_id(file, &p.id, "purpose", &mut ids, &mut diags);
            non_empty(file, &p.title, "purpose title", &mut diags);
            let mut legal_bases = Vec::new();
            for basis in &p.legal_bases {
                match LegalBasis::parse(basis.get_ref()) {
                    Some(b) if legal_bases.contains(&b) => diags.push(file.error(
                        basis,
                        format!("legal basis {:?} is listed twice", b.as_str()),
                    )),
                    Some(b) => legal_bases.push(b),
                    None => diags.push(file.error(
                        basis,
                        crate::diagnostic::suggest::unknown::<LegalBasis>(basis.get_ref()),
                    )),
                }
            }
            Purpose {
                position: file.position(&p.id),
                id: p.id.into_inner(),
                title: p.title.into_inner(),
                legal_bases,
                legitimate_interest: p.legitimate_interest,
                body: p.body,
            }
        })
        .collect();

    let mut names = BTreeSet::new();
    let mut processor_ids = BTreeSet::new();
    let processors: Vec<Processor> = raw
        .processors
        .into_iter()
        .map(|p| load_processor(file, p, &mut names, &mut processor_ids, &mut diags))
        .collect();
    let groups = load_groups(file, raw.groups, &processors, &mut diags);
    let translated_from = raw.translated_from.as_ref().and_then(|tag| {
        match Locale::parse(tag.get_ref()) {
            Ok(l) => Some((l, file.position(tag))),
            Err(canonical) => {
                let hint = canonical
                    .map(|c| format!(" (did you mean {c:?}?)"))
                    .unwrap_or_default();
                diags.push(file.error(
                    tag,
                    format!(
                        "translated_from = {:?} is not a locale tag: expected the folder name of the locale this text was translated from, such as \"sv\"{hint}",
                        tag.get_ref()
                    ),
                ));
                None
            }
        }
    });

    let rights = raw.rights.map(|declared| {
        let mut rights = Vec::new();
        for right in &declared {
            match Right::parse(right.get_ref()) {
                Some(r) if rights.contains(&r) => {
                    diags.push(file.error(right, format!("right {:?} is listed twice", r.as_str())))
                }
                Some(r) => rights.push(r),
                None => diags.push(file.error(
                    right,
                    crate::diagnostic::suggest::unknown::<Right>(right.get_ref()),
                )),
            }
        }
        rights
    });
    let announced = raw.announced.as_ref().and_then(|a| {
        let date = a.get_ref();
        let parsed = match (date.date, date.time) {
            (Some(d), None) => Date::new(d.year as i16, d.month as i8, d.day as i8).ok(),
            _ => None,
        };
        if parsed.is_none() {
            diags.push(file.error(
                a,
                format!("`announced = {date}` is not a day: expected a date as YYYY-MM-DD"),
            ));
        }
        parsed
    });

    if diags.has_errors() {
        return Err(diags);
    }
    let revision = Revision {
        date,
        source: file.rel.clone(),
        title: raw.title.into_inner(),
        summary: raw.summary,
        draft: raw.draft,
        intro: raw.intro,
        sections,
        purposes,
        processors,
        groups,
        translated_from_position: translated_from.as_ref().map(|(_, at)| *at),
        translated_from: translated_from.map(|(l, _)| l),
        date_note: raw.date_note,
        notice: crate::model::RevisionNotice {
            announced,
            announced_from_git: false,
            material: raw.material,
            sha256: crate::text::hash::text_sha256(&file.text),
        },
    };
    Ok((revision, rights))
}

fn load_processor(
    file: &SourceFile,
    p: RawProcessor,
    names: &mut BTreeSet<String>,
    ids: &mut BTreeSet<String>,
    diags: &mut Diagnostics,
) -> Processor {
    let name = p.name.get_ref().trim();
    if name.is_empty() {
        diags.push(file.error(
            &p.name,
            "empty processor name: expected the recipient's name",
        ));
    } else if !names.insert(name.to_lowercase()) {
        diags.push(file.error(
            &p.name,
            format!("processor {name:?} is listed twice: expected each processor once (list all its countries in one entry)"),
        ));
    }
    if let Some(id) = &p.id {
        check_id(file, id, "processor", ids, diags);
        not_reserved(file, id, diags);
    }
    let mut formerly: Vec<String> = Vec::new();
    for old in &p.formerly {
        let o = old.get_ref().trim();
        if o.is_empty() {
            diags.push(file.error(
                old,
                "empty name in formerly: expected an earlier name of this recipient",
            ));
        } else if o == name {
            diags.push(file.error(old, format!("formerly names {o:?}, the processor's own name: expected an earlier, different name")));
        } else if formerly.iter().any(|f| f == o) {
            diags.push(file.error(old, format!("{o:?} is listed twice in formerly")));
        } else {
            formerly.push(o.to_string());
        }
    }
    let role = p.role.as_ref().and_then(|r| {
        let parsed = Role::parse(r.get_ref());
        if parsed.is_none() {
            diags.push(file.error(r, crate::diagnostic::suggest::unknown::<Role>(r.get_ref())));
        }
        parsed
    });
    let countries = p.countries.as_ref().map(|codes| {
        let mut countries: Vec<String> = Vec::new();
        for code in codes {
            if let Some(c) = check_country(file, code, diags) {
                if countries.contains(&c) {
                    diags.push(file.error(code, format!("country {c:?} is listed twice")));
                } else {
                    countries.push(c);
                }
            }
        }
        countries
    });
    if let Some(codes) = &p.countries
        && codes.is_empty()
    {
        diags.push(file.error(
            &p.name,
            format!("processor {name:?} has countries = []: expected the countries where data is processed, or no countries key where the policy does not say"),
        ));
    }
    let headquarters = p
        .headquarters
        .as_ref()
        .and_then(|h| check_country(file, h, diags));
    let safeguard = p.safeguard.as_ref().and_then(|s| {
        let parsed = Safeguard::parse(s.get_ref());
        if parsed.is_none() {
            diags.push(file.error(
                s,
                crate::diagnostic::suggest::unknown::<Safeguard>(s.get_ref()),
            ));
        }
        parsed
    });
    Processor {
        position: file.position(&p.name),
        name: name.to_string(),
        id: p.id.map(Spanned::into_inner),
        formerly,
        role,
        purpose: p.purpose,
        data: p.data,
        countries,
        headquarters,
        safeguard,
        group: p.group,
        url: check_url(file, p.url, diags),
    }
}

fn check_country(
    file: &SourceFile,
    code: &Spanned<String>,
    diags: &mut Diagnostics,
) -> Option<String> {
    let c = code.get_ref();
    if countries::is_country(c) {
        return Some(c.clone());
    }
    let hint = match crate::diagnostic::suggest::country(c) {
        Some(code) => format!(" (did you mean {code:?}?)"),
        None => String::new(),
    };
    diags.push(file.error(
        code,
        format!("{c:?} is not an ISO 3166-1 alpha-2 country code: expected two upper-case letters such as \"SE\" or \"US\"{hint}"),
    ));
    None
}

fn check_id(
    file: &SourceFile,
    id: &Spanned<String>,
    what: &str,
    seen: &mut BTreeSet<String>,
    diags: &mut Diagnostics,
) {
    let v = id.get_ref();
    if !is_id(v) {
        diags.push(file.error(
            id,
            format!("invalid {what} id {v:?}: expected lower-case ASCII letters and digits joined by single '-', such as \"retention\""),
        ));
    } else if !seen.insert(v.clone()) {
        diags.push(file.error(
            id,
            format!("duplicate {what} id {v:?}: expected each id once per revision"),
        ));
    }
}

/// The prefix of the element ids the theme makes; no id from a source may start with it,
/// so that no source can give a page two elements of the same id.
pub const RESERVED_ID_PREFIX: &str = "ps-";

fn not_reserved(file: &SourceFile, id: &Spanned<String>, diags: &mut Diagnostics) {
    if id.get_ref().starts_with(RESERVED_ID_PREFIX) {
        diags.push(file.error(
            id,
            format!(
                "id {:?} starts with {RESERVED_ID_PREFIX:?}, which is reserved for the theme's own element ids: expected another id",
                id.get_ref()
            ),
        ));
    }
}

/// A section's `covers`: checklist items `privsite check` knows, other than its own id.
fn load_covers(
    file: &SourceFile,
    id: &Spanned<String>,
    covers: &[Spanned<String>],
    diags: &mut Diagnostics,
) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for item in covers {
        let c = item.get_ref();
        if !rules::SECTION_IDS.contains(&c.as_str()) {
            diags.push(file.error(
                item,
                format!(
                    "covers {c:?}, which is not a checklist item: expected one of {}",
                    rules::SECTION_IDS
                        .iter()
                        .map(|s| format!("{s:?}"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            ));
        } else if c == id.get_ref() {
            diags.push(file.error(
                item,
                format!("covers {c:?}, the section's own id: expected other checklist items"),
            ));
        } else if out.contains(c) {
            diags.push(file.error(item, format!("{c:?} is listed twice in covers")));
        } else {
            out.push(c.clone());
        }
    }
    out
}

/// `[[groups]]`: each named once, each the group of some processor.
fn load_groups(
    file: &SourceFile,
    raw: Vec<RawGroup>,
    processors: &[Processor],
    diags: &mut Diagnostics,
) -> Vec<Group> {
    let mut groups: Vec<Group> = Vec::new();
    for g in raw {
        let name = g.name.get_ref().trim();
        if name.is_empty() {
            diags.push(file.error(
                &g.name,
                "empty group name: expected the group = … its processors name",
            ));
            continue;
        }
        if groups.iter().any(|x| x.name == name) {
            diags.push(file.error(
                &g.name,
                format!(
                    "group {name:?} is described twice: expected one [[groups]] entry per group"
                ),
            ));
            continue;
        }
        if !processors.iter().any(|p| p.group.as_deref() == Some(name)) {
            diags.push(file.error(
                &g.name,
                format!(
                    "group {name:?} has no processors: expected a processor with group = {name:?}"
                ),
            ));
        }
        groups.push(Group {
            name: name.to_string(),
            purpose: g.purpose,
        });
    }
    groups
}

fn non_empty(file: &SourceFile, value: &Spanned<String>, what: &str, diags: &mut Diagnostics) {
    if value.get_ref().trim().is_empty() {
        diags.push(file.error(value, format!("empty {what}: expected text")));
    }
}

/// `error` pointed at the value of the top-level `key` of the TOML file at `path`, where the
/// file still has it.
fn at_key(path: PathBuf, key: &str, error: Diagnostic) -> Diagnostic {
    let Ok(text) = fs::read_to_string(path) else {
        return error;
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let offset = toml::de::DeTable::parse(text)
        .ok()
        .and_then(|table| table.get_ref().get(key).map(|v| v.span().start));
    match offset {
        Some(offset) => error.at(text, offset),
        None => error,
    }
}

/// Cross-file rules for one company, once all its revisions are read.
fn finish_company(root: &Path, company: &mut Company, diags: &mut Diagnostics) {
    let source = company.source.clone();
    if !company
        .locales
        .iter()
        .any(|l| l.locale == company.info.default_locale)
    {
        let error = Diagnostic::error(
            &source,
            format!(
                "default_locale is {:?} but there is no folder content/{}/{}/: expected the reference text in that locale",
                company.info.default_locale.as_str(),
                company.slug,
                company.info.default_locale
            ),
        );
        diags.push(at_key(root.join(&source), "default_locale", error));
    }
    company.locales.retain(|history| {
        if history.revisions.is_empty() {
            diags.push(Diagnostic::warning(
                relative_to(root, &root.join("content").join(&company.slug).join(history.locale.as_str())),
                "no published revisions in this locale (empty, or drafts only): it is left out of the site",
            ));
        }
        !history.revisions.is_empty()
    });
    for history in &company.locales {
        for revision in &history.revisions {
            if let Some(from) = &revision.translated_from {
                let known = company.locales.iter().any(|l| &l.locale == from);
                let problem = if from == &history.locale {
                    Some(format!(
                        "translated_from = {:?} is this revision's own locale: expected the locale it was translated from",
                        from.as_str()
                    ))
                } else if !known {
                    Some(format!(
                        "translated_from = {:?}, but {} has no revisions in that locale: expected one of {}",
                        from.as_str(),
                        company.slug,
                        company
                            .locales
                            .iter()
                            .filter(|l| l.locale != history.locale)
                            .map(|l| format!("{:?}", l.locale.as_str()))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ))
                } else {
                    None
                };
                if let Some(message) = problem {
                    let mut d = Diagnostic::error(&revision.source, message);
                    d.position = revision.translated_from_position;
                    diags.push(d);
                }
            }
            for p in &revision.processors {
                let outside: Vec<&str> = p
                    .stated_countries()
                    .iter()
                    .map(String::as_str)
                    .filter(|c| !countries::in_eea(c))
                    .collect();
                if p.safeguard.is_none() && !outside.is_empty() {
                    let mut d = Diagnostic::warning(
                        &revision.source,
                        format!(
                            "processor {:?} processes data in {} outside the EEA but names no safeguard: expected safeguard = one of {}",
                            p.name,
                            outside.join(", "),
                            Safeguard::expected()
                        ),
                    );
                    d.position = Some(p.position);
                    diags.push(d);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn revision_dates_come_from_file_names() {
        assert_eq!(
            revision_date("2018-05-25.toml").unwrap(),
            jiff::civil::date(2018, 5, 25)
        );
        assert!(
            revision_date("2019-02-29.toml")
                .unwrap_err()
                .contains("not a real date")
        );
        assert!(
            revision_date("2018-5-25.toml")
                .unwrap_err()
                .contains("not a date")
        );
        assert!(
            revision_date("2018-05-25.txt")
                .unwrap_err()
                .contains("unexpected file")
        );
    }

    #[test]
    fn slugs_and_ids() {
        assert!(is_slug("quickbutik") && is_slug("qvik-oy") && is_slug("a1"));
        assert!(!is_slug("Quickbutik") && !is_slug("-x") && !is_slug("") && !is_slug("å"));
        assert!(is_id("automated-decisions") && !is_id("a--b") && !is_id("a-") && !is_id("a_b"));
    }
}
