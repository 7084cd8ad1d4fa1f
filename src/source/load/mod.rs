//! Reads a site's sources into the [`Site`] model, strictly: unknown keys, bad names and
//! impossible values are errors that point at file, line and column. Every file is read
//! and every error collected before giving up, so one run shows them all.

mod company;
mod cookies;
mod document;
mod hints;
mod listing;
mod read_ahead;
mod shape;
pub(crate) use company::RawCompany;
mod revision;
mod scan;
pub(crate) use revision::RawRevision;
pub use revision::parse_revision;

pub(crate) use document::RawDocument;
use listing::{Listed, read_dir_sorted, real_folder};
use revision::LoadedRevision;
use revision::at_key;
use revision::load_revision;
use scan::{document_sets_locale, scan_company};
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
    BuildConfig, CheckLevels, RawSiteConfig, SiteConfig, SubscribeConfig, check_subscribe_action,
    check_subscribe_field, normalize_base_url,
};
use crate::model::countries;
use crate::model::rules;
use crate::model::{Company, Locale, Safeguard, Site};

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
    /// By file: a reload forgets only the files under its own company's folder.
    files: HashMap<PathBuf, (String, LoadedRevision)>,
}

impl RevisionMemo {
    fn get(&self, path: &Path) -> Option<&(String, LoadedRevision)> {
        self.files.get(path)
    }
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
    load_site_except(root, options, memo, &Default::default())
}

/// [`load_site_with`], leaving out the company folders named in `except` (whose pages an
/// incremental build carries over without loading them).
pub fn load_site_except(
    root: &Path,
    options: LoadOptions,
    memo: Option<&mut RevisionMemo>,
    except: &std::collections::BTreeSet<String>,
) -> Result<(Site, Diagnostics), Diagnostics> {
    let mut diags = Diagnostics::default();
    let config = load_config(root, &mut diags);
    let mut companies = load_content(root, options, memo, except, &mut diags);
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
        SourceFile::read_inside(root, path)
    }

    /// Reads a file known to be inside the site (see [`RevisionFile::inside`]).
    fn read_inside(root: &Path, path: &Path) -> Result<SourceFile, Diagnostic> {
        let rel = relative_to(root, path);
        let bytes = fs::read(path)
            .map_err(|e| Diagnostic::error(&rel, format!("cannot read the file: {e}")))?;
        let text = match simdutf8::basic::from_utf8(&bytes) {
            Ok(text) => text,
            Err(_) => {
                // Where it is not UTF-8, the standard library's check says at which byte.
                let offset = std::str::from_utf8(&bytes)
                    .err()
                    .map_or(0, |e| e.valid_up_to());
                let text = String::from_utf8_lossy(&bytes).into_owned();
                return Err(Diagnostic::error(
                    &rel,
                    "the file is not valid UTF-8: expected UTF-8 text",
                )
                .at(&text, offset));
            }
        };
        // Checked already: copied, a fraction of what checking it again would cost.
        let text = text.strip_prefix('\u{feff}').unwrap_or(text).to_string();
        Ok(SourceFile::new(rel, text))
    }

    /// Parses the file once: the guard walks the parsed document, the shape check walks it
    /// along `schema` (the JSON Schema of `T`) and pushes every unknown key, missing key
    /// and value of the wrong type to `diags`, and what is left is decoded as `T`, so the
    /// loader's own checks can run on it and one run shows every error of the file.
    /// `None` where nothing could be decoded. `open` names tables whose keys the loader
    /// checks after decoding (see [`shape::check`]).
    fn parse<T: for<'de> Deserialize<'de>>(
        &self,
        schema: &'static serde_json::Value,
        open: &[&str],
        diags: &mut Diagnostics,
    ) -> Option<T> {
        let toml_error = |e: toml::de::Error| {
            let message = describe_toml_error(e.message());
            crate::diagnostic::toml_error(&self.rel, &self.text, message, e.span())
        };
        // A key of thousands of dotted parts: the parser's own limit names no place.
        if let Some(p) = crate::text::guard::too_many_key_parts(&self.text) {
            diags.push(Diagnostic::error(&self.rel, p.message).at(&self.text, p.offset));
            return None;
        }
        let mut table = match toml::de::DeTable::parse(&self.text) {
            Ok(table) => table,
            Err(first) => {
                // The parser reads on past an error, so the later syntax errors of the file
                // are shown too: the first of each line (the others on it follow from it),
                // up to one that swallows the rest of the file (an unclosed string).
                let (_, mut errors) = toml::de::DeTable::parse_recoverable(&self.text);
                let at = |e: &toml::de::Error| e.span().map_or(self.text.len(), |s| s.start);
                if !errors.iter().any(|e| at(e) == at(&first)) {
                    errors.push(first);
                }
                errors.sort_by_key(at);
                let mut lines = BTreeSet::new();
                for e in errors {
                    let offset = at(&e);
                    if !lines.insert(self.lines.position(&self.text, offset).line) {
                        continue;
                    }
                    let hint = hints::for_syntax_error(&self.text, offset, e.message());
                    let mut d = toml_error(e);
                    d.hint = d.hint.or(hint);
                    let swallows =
                        d.message.contains("unclosed") || d.message.contains("multi-line");
                    diags.push(d);
                    if swallows {
                        break;
                    }
                }
                return None;
            }
        };
        if let Some(p) = crate::text::guard::check_table(&self.text, &table) {
            diags.push(Diagnostic::error(&self.rel, p.message).at(&self.text, p.offset));
        }
        let mut found = Vec::new();
        let whole = shape::check(self, schema, &mut table, open, &mut found);
        let misshapen = !found.is_empty();
        diags.0.extend(found);
        if !whole {
            return None;
        }
        match T::deserialize(toml::de::Deserializer::from(table)) {
            Ok(value) => Some(value),
            // What is left failed for a reason already reported.
            Err(_) if misshapen => None,
            Err(e) => {
                diags.push(toml_error(e));
                None
            }
        }
    }

    fn error<T>(&self, value: &Spanned<T>, message: impl Into<String>) -> Diagnostic {
        Diagnostic::error(&self.rel, message).at_span_indexed(&self.text, &self.lines, value.span())
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
        .filter(|(name, path, listed)| listed.is_dir(path) && is_slug(name))
        .map(|(name, _, _)| name)
        .collect()
}

/// Reads `site.toml`. Its errors stop every command (see [`Diagnostic::stops_run`]):
/// without the site's settings nothing else can be read or checked.
pub(crate) fn load_config(root: &Path, diags: &mut Diagnostics) -> Option<SiteConfig> {
    let before = diags.0.len();
    let config = read_config(root, diags);
    for d in &mut diags.0[before..] {
        d.stops_run |= d.is_error();
    }
    config
}

fn read_config(root: &Path, diags: &mut Diagnostics) -> Option<SiteConfig> {
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
    let before = diags.0.len();
    let raw: RawSiteConfig = file.parse(crate::source::schema::site(), &["check"], diags)?;
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
    let subscribe = raw.subscribe.map(|s| {
        if let Err(why) = check_subscribe_action(s.action.get_ref()) {
            diags.push(file.error(&s.action, format!("invalid [subscribe] action: {why}")));
        }
        let field = match s.field {
            Some(field) => {
                if let Err(why) = check_subscribe_field(field.get_ref()) {
                    diags.push(file.error(&field, format!("invalid [subscribe] field: {why}")));
                }
                field.into_inner()
            }
            None => "email".into(),
        };
        SubscribeConfig {
            action: s.action.into_inner(),
            method: s.method.unwrap_or_default(),
            field,
        }
    });
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
        subscribe,
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

/// Why `document` (`None`: the privacy notice) is not among a company's loaded `units`,
/// with the documents it has.
pub fn unknown_document(company: &str, document: Option<&str>, units: &[Company]) -> String {
    let known: Vec<&str> = units.iter().filter_map(Company::document_slug).collect();
    match document {
        None => format!(
            "{company} has no privacy notice with a published revision: expected --document with one of {}",
            known.join(", ")
        ),
        Some(doc) if known.is_empty() => format!(
            "{company} has no document {doc:?}: it has only its privacy notice (content/{company}/<doc>/document.toml makes one)"
        ),
        Some(doc) => format!(
            "{company} has no document {doc:?}: expected one of {}{}",
            known.join(", "),
            crate::diagnostic::suggest::did_you_mean(doc, known.iter().copied())
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

/// A revision file found on disk, before parsing.
struct RevisionFile {
    company: usize,
    locale: usize,
    date: Date,
    path: PathBuf,
    /// Whether the listings showed the file and every folder between it and the site
    /// folder as what they are, not symbolic links: then it is inside the site without
    /// the look at each part of its path that a linked one takes.
    inside: bool,
}

fn load_content(
    root: &Path,
    options: LoadOptions,
    memo: Option<&mut RevisionMemo>,
    except: &std::collections::BTreeSet<String>,
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
    let content_real = real_folder(&content);
    let mut dirs = Vec::new();
    for (name, path, listed) in read_dir_sorted(root, &content, diags) {
        let rel = relative_to(root, &path);
        if !listed.is_dir(&path) {
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
        if !except.contains(&name) {
            let real = content_real && listed == Listed::Folder;
            dirs.push((name, path, real));
        }
    }
    load_companies(root, &dirs, options, memo, diags)
}

/// Reloads one company, for a rebuild after its sources changed: its notice and each
/// document with a published revision (none when its folder is gone). Errors fail the
/// whole company; warnings come with it. Revision files whose text `memo` holds are not
/// parsed again.
pub fn load_company(
    root: &Path,
    slug: &str,
    options: LoadOptions,
    memo: Option<&mut RevisionMemo>,
) -> Result<(Vec<Company>, Diagnostics), Diagnostics> {
    let dir = root.join("content").join(slug);
    let mut diags = Diagnostics::default();
    if !dir.is_dir() {
        return Ok((Vec::new(), diags));
    }
    if !is_slug(slug) {
        diags.push(Diagnostic::error(
            relative_to(root, &dir),
            format!("invalid company folder name {slug:?}: expected lower-case ASCII letters, digits and '-'"),
        ));
        return Err(diags);
    }
    let real = real_folder(&root.join("content")) && real_folder(&dir);
    let dirs = [(slug.to_string(), dir, real)];
    let mut companies = load_companies(root, &dirs, options, memo, &mut diags);
    diags.sort();
    if diags.has_errors() {
        return Err(diags);
    }
    companies.retain(|c| !c.locales.is_empty());
    Ok((companies, diags))
}

/// Loads the given company folders (name, path, whether it and `content` are folders
/// rather than links to them): their company.toml and every revision, parsed in parallel.
fn load_companies(
    root: &Path,
    dirs: &[(String, PathBuf, bool)],
    options: LoadOptions,
    memo: Option<&mut RevisionMemo>,
    diags: &mut Diagnostics,
) -> Vec<Company> {
    let mut companies = Vec::new();
    let mut files = Vec::new();
    let mut orphans = Vec::new();
    // Each company's folders listed on a thread of its own, its files numbered from 0,
    // then put in order.
    let scanned: Vec<(Option<Vec<Company>>, Vec<RevisionFile>, Diagnostics)> = dirs
        .par_iter()
        .map(|(name, path, real)| {
            let (mut company_files, mut found) = (Vec::new(), Diagnostics::default());
            let units = scan_company(root, name, path, *real, &mut company_files, &mut found);
            (units, company_files, found)
        })
        .collect();
    for (units, mut company_files, found) in scanned {
        diags.extend(found.0);
        // Revision files are kept only for companies that load, so indexes stay valid;
        // those of a company whose company.toml failed are read for their errors only.
        if let Some(mut units) = units {
            for f in &mut company_files {
                f.company += companies.len();
            }
            companies.append(&mut units);
            files.append(&mut company_files);
        } else {
            orphans.append(&mut company_files);
        }
    }
    let orphan_errors: Vec<Diagnostics> = orphans
        .par_iter()
        .filter_map(|f| load_revision(root, f, None).err())
        .collect();
    for found in orphan_errors {
        diags.extend(found.0);
    }

    read_ahead::read_ahead(
        files
            .iter()
            .filter(|f| f.inside)
            .map(|f| f.path.clone())
            .collect(),
    );
    let known = memo.as_deref();
    let parsed: Vec<(
        &RevisionFile,
        Result<LoadedRevision, Diagnostics>,
        Option<String>,
    )> = files
        .par_iter()
        // In pieces of a few files: left to split itself, rayon runs a quarter of the list
        // as one piece, and one thread finished its share about 10 ms before the other at
        // 100 companies, with nothing left to take.
        .with_max_len(4)
        .map(|f| match load_revision(root, f, known) {
            Ok((loaded, fresh)) => (f, Ok(loaded), fresh),
            Err(d) => (f, Err(d), None),
        })
        .collect();
    if let Some(memo) = memo {
        // Forget the files of these folders that are gone, then learn the new texts.
        let listed: HashSet<&Path> = files.iter().map(|f| f.path.as_path()).collect();
        memo.files.retain(|path, _| {
            listed.contains(path.as_path()) || !dirs.iter().any(|(_, dir, _)| path.starts_with(dir))
        });
        for (f, result, fresh) in &parsed {
            if let (Ok(loaded), Some(text)) = (result, fresh) {
                memo.files
                    .insert(f.path.clone(), (text.clone(), loaded.clone()));
            }
        }
    }
    // Each company's revisions put in place, ordered and checked on a thread of its own
    // (the files are in company order); the findings are kept in company order.
    let mut by_company: Vec<Vec<(usize, Result<LoadedRevision, Diagnostics>)>> =
        std::iter::repeat_with(Vec::new)
            .take(companies.len())
            .collect();
    for (f, result, _) in parsed {
        by_company[f.company].push((f.locale, result));
    }
    let slugs_with_documents: BTreeSet<String> = companies
        .iter()
        .filter(|c| c.document.is_some())
        .map(|c| c.slug.clone())
        .collect();
    let found: Vec<Diagnostics> = companies
        .par_iter_mut()
        .zip(by_company)
        .map(|(company, results)| {
            let mut found = Diagnostics::default();
            for (locale, result) in results {
                match result {
                    Ok((revision, rights)) => {
                        let history = &mut company.locales[locale];
                        if let Some(rights) = rights {
                            history.declared_rights.insert(revision.date, rights);
                        }
                        history.revisions.push(revision);
                    }
                    Err(errors) => found.extend(errors.0),
                }
            }
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
            let has_documents = slugs_with_documents.contains(&company.slug);
            finish_company(root, company, has_documents, &mut found);
            found
        })
        .collect();
    for found in found {
        diags.extend(found.0);
    }
    processors_in_documents(&companies, diags);
    companies
}

/// Each `processors_in = "<doc>"` names a sub-processor list of the same company.
fn processors_in_documents(units: &[Company], diags: &mut Diagnostics) {
    for unit in units {
        let revisions = unit.locales.iter().flat_map(|h| &h.revisions);
        for revision in revisions {
            let Some(doc) = &revision.processors_in else {
                continue;
            };
            let lists: Vec<&Company> = units
                .iter()
                .filter(|u| {
                    u.slug == unit.slug && u.kind() == crate::model::DocumentKind::Subprocessors
                })
                .collect();
            let problem = match lists
                .iter()
                .find(|u| u.document_slug() == Some(doc.as_str()))
            {
                Some(list) if list.path == unit.path => Some(format!(
                    "processors_in = {doc:?} names this document itself: expected another document, the company's sub-processor list"
                )),
                Some(_) => None,
                None => {
                    let known: Vec<&str> = lists.iter().filter_map(|u| u.document_slug()).collect();
                    Some(format!(
                        "processors_in = {doc:?}, but {} has no sub-processor list of that name: expected {}{}",
                        unit.slug,
                        match known.is_empty() {
                            true => "a document of kind \"subprocessors\" (content/<company>/<doc>/document.toml)".to_string(),
                            false => format!("one of {}", known.join(", ")),
                        },
                        crate::diagnostic::suggest::did_you_mean(doc, known.iter().copied())
                    ))
                }
            };
            if let Some(message) = problem {
                let mut d = Diagnostic::error(&revision.source, message);
                d.position = revision.processors_in_position;
                diags.push(d);
            }
        }
    }
}

/// Cross-file rules for one company, once all its revisions are read.
fn finish_company(
    root: &Path,
    company: &mut Company,
    has_documents: bool,
    diags: &mut Diagnostics,
) {
    let source = company.source.clone();
    // A company may publish documents and no notice here.
    let no_notice = company.document.is_none() && company.locales.is_empty() && has_documents;
    if !no_notice
        && !company
            .locales
            .iter()
            .any(|l| l.locale == company.info.default_locale)
    {
        // A document's own default_locale is in its document.toml.
        let source = match &company.document {
            Some(d) if document_sets_locale(root, &d.source) => d.source.clone(),
            _ => source.clone(),
        };
        let error = Diagnostic::error(
            &source,
            format!(
                "default_locale is {:?} but there is no folder content/{}/{}/: expected the reference text in that locale",
                company.info.default_locale.as_str(),
                company.path,
                company.info.default_locale
            ),
        );
        diags.push(at_key(root.join(&source), "default_locale", error));
    }
    company.locales.retain(|history| {
        if history.revisions.is_empty() {
            diags.push(Diagnostic::warning(
                relative_to(root, &root.join("content").join(&company.path).join(history.locale.as_str())),
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
                        company.path,
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
    use super::scan::revision_date;
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
