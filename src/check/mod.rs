//! `privsite check`: everything `privsite build` reports, and what a GDPR privacy notice
//! must contain (Art. 13), whether its locales agree, and whether its links lead anywhere.
//!
//! Rules are data ([`RULES`]): a stable id, a default level and a one-line description,
//! so that the CLI, the JSON output and the docs list the same set. A site changes a
//! rule's level in `site.toml` (`[check] <rule> = "allow" | "warn" | "deny"`).
//!
//! Rules that need prose never search it for words in one language: they look for the
//! section ids DESIGN.md assigns (`retention`, `rights`, `complaint`, …). What a `rights`
//! section covers cannot be read from its prose either, so a revision declares it in its
//! `rights = [...]` key (see [`Right`]); where a `rights` section exists but declares
//! nothing, the rules that depend on it say so (`rights-undeclared`) instead of guessing.

mod art13;
mod documents;
mod html;
mod ids;
mod links;
mod locales;
mod notified;
mod places;
mod published;
mod transfers;

use art13::revision_rules;
use locales::locales_agree;
use locales::stale_translations;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use jiff::civil::Date;

use crate::build::{BuildOptions, Built};
use crate::diagnostic::{Diagnostic, Diagnostics, Level, Position};
use crate::model::{Company, Revision, Right, Site};
use crate::plan::Timeline;

pub use crate::model::rules::{RULES, Rule, SECTION_IDS, SOURCE, rule};

/// How many days ahead a change should be announced.
pub const NOTICE_DAYS: i32 = 30;

/// The rights every notice must explain (Art. 13(2)(b)).
pub const REQUIRED_RIGHTS: &[Right] = &[
    Right::Access,
    Right::Rectification,
    Right::Erasure,
    Right::Restriction,
    Right::Objection,
    Right::Portability,
];

/// What `privsite check` found wrong or missing: a diagnostic with its rule and hint.
pub type Finding = Diagnostic;

/// What `privsite check` was asked for.
#[derive(Debug, Clone, Default)]
pub struct CheckOptions {
    /// The build date, as for `privsite build`.
    pub date: Option<Date>,
    pub drafts: bool,
    /// Check only revisions in force and upcoming, not past ones.
    pub current: bool,
    /// The site as last published (a folder `privsite build` wrote), to compare the
    /// revisions' texts with; default the site's output folder, where it holds a build.
    pub published: Option<PathBuf>,
    /// Only the findings about this document (its folder under `content/<company>/`) in
    /// every company that has it, and any error that stops the build; `None`: everything.
    pub document: Option<String>,
}

/// Everything one run of `privsite check` found.
#[derive(Debug, Clone)]
pub struct Report {
    /// The build date the checks ran as of, when it could be decided.
    pub date: Option<Date>,
    /// Source errors first, then the rest by file and position.
    pub findings: Vec<Finding>,
    /// The level each rule ran at, in the order of [`RULES`].
    pub levels: Vec<(&'static Rule, Level)>,
}

impl Report {
    pub fn count(&self, level: Level) -> usize {
        self.findings.iter().filter(|f| f.level == level).count()
    }

    /// Whether the checks could not run: the site could not be read or built (its
    /// settings, an argument, the build date), so nothing was checked.
    pub fn could_not_run(&self) -> bool {
        self.findings.iter().any(|f| f.stops_run)
    }

    /// The exit code: 2 when the checks could not run, 1 when a finding is denied, else 0.
    pub fn exit_code(&self) -> u8 {
        if self.could_not_run() {
            2
        } else if self.failed() {
            1
        } else {
            0
        }
    }

    /// Whether CI should fail.
    pub fn failed(&self) -> bool {
        self.count(Level::Deny) > 0
    }
}

/// Builds the site under `root` in memory and runs every rule over it. Writes nothing.
pub fn check(root: &Path, options: &CheckOptions) -> Report {
    let build_options = BuildOptions {
        date: options.date,
        drafts: options.drafts,
        unannounced: true,
        output_dir: None,
        base_url: None,
        progress: None,
        full: false,
    };
    match crate::build(root, &build_options) {
        Ok(built) => {
            let published = options
                .published
                .clone()
                .unwrap_or_else(|| root.join(&built.site.config.build.output_dir));
            let mut report = check_built_with(&built, options.current, Some(&published));
            let levels = Levels(Some(&built.site.config.check.0));
            report
                .findings
                .extend(levels.apply(notified::compare(&built.site, root)));
            sort(&mut report.findings);
            if let Some(doc) = &options.document {
                if !built
                    .site
                    .companies
                    .iter()
                    .any(|c| c.document_slug() == Some(doc.as_str()))
                {
                    let known: std::collections::BTreeSet<&str> = built
                        .site
                        .companies
                        .iter()
                        .filter_map(|c| c.document_slug())
                        .collect();
                    let mut d = Diagnostic::cannot_run(
                        "--document",
                        format!(
                            "no company has a document {doc:?}: expected one of {}{}",
                            known.iter().copied().collect::<Vec<_>>().join(", "),
                            crate::diagnostic::suggest::did_you_mean(doc, known.iter().copied())
                        ),
                    );
                    d.rule = Some(SOURCE);
                    report.findings = vec![d];
                } else {
                    report
                        .findings
                        .retain(|f| f.rule == Some(SOURCE) || of_document(&f.file, doc));
                }
            }
            report
        }
        Err(diags) => Report {
            date: crate::build::build_date(options.date).ok(),
            findings: source_findings(&diags, &Levels::default()),
            levels: Levels::default().all(),
        },
    }
}

/// Whether `file` (relative to the site root) is a source or page of document `doc`:
/// `content/<company>/<doc>/…`, or the same under the output folder.
fn of_document(file: &Path, doc: &str) -> bool {
    let parts: Vec<&std::ffi::OsStr> = file.iter().collect();
    parts.len() > 3 && parts[2] == doc
}

/// Runs every rule over a site built in memory: its build warnings, the lints over its
/// sources, and the links of its pages.
pub fn check_built(built: &Built, current: bool) -> Report {
    check_built_with(built, current, None)
}

/// [`check_built`], comparing the revisions with the site published in `published`.
pub fn check_built_with(built: &Built, current: bool, published: Option<&Path>) -> Report {
    let levels = Levels(Some(&built.site.config.check.0));
    let mut raw = lint(&built.site, built.date, current);
    if let Some(published) = published {
        raw.extend(published::compare(&built.site, published));
    }
    raw.extend(ids::check(&built.site, built.date, current));
    raw.extend(links::check(
        &built.site,
        &built.output,
        built.date,
        current,
    ));
    // The build warns about a processor without a safeguard; `transfer-safeguard` reports
    // the same with a rule id and a level of its own, so the warning is not repeated.
    let reported_safeguards: Vec<(&Path, Option<Position>)> = raw
        .iter()
        .filter(|f| f.rule == "transfer-safeguard")
        .map(|f| (f.file.as_path(), f.position))
        .collect();
    let warnings: Vec<RawFinding> = built
        .warnings
        .warnings()
        .filter(|d| !reported_safeguards.contains(&(d.file.as_path(), d.position)))
        .map(|d| RawFinding {
            rule: "build-warning",
            file: d.file.clone(),
            position: d.position,
            message: d.message.clone(),
            hint: None,
            stops_run: false,
        })
        .collect();
    let mut findings = levels.apply(warnings);
    findings.extend(levels.apply(raw));
    sort(&mut findings);
    Report {
        date: Some(built.date),
        findings,
        levels: levels.all(),
    }
}

/// The Art. 13 and consistency rules over a loaded site, at the levels its `site.toml`
/// sets. `today` is the build date; `current` limits them to revisions in force and
/// upcoming. Links need a built site: see [`check_built`].
pub fn check_site(site: &Site, today: Date, current: bool) -> Vec<Finding> {
    let mut findings = Levels(Some(&site.config.check.0)).apply(lint(site, today, current));
    sort(&mut findings);
    findings
}

/// The levels a site sets, over the rules' defaults.
#[derive(Default)]
struct Levels<'a>(Option<&'a BTreeMap<String, Level>>);

impl Levels<'_> {
    fn level(&self, rule: &Rule) -> Level {
        if rule.id == SOURCE {
            return Level::Deny;
        }
        self.0
            .and_then(|set| set.get(rule.id))
            .copied()
            .unwrap_or(rule.default)
    }

    fn all(&self) -> Vec<(&'static Rule, Level)> {
        RULES.iter().map(|r| (r, self.level(r))).collect()
    }

    fn apply(&self, raw: Vec<RawFinding>) -> Vec<Finding> {
        raw.into_iter()
            .filter_map(|f| {
                let rule = rule(f.rule).expect("findings use ids from RULES");
                let level = self.level(rule);
                if level == Level::Allow {
                    return None;
                }
                let hint = f.hint.unwrap_or_else(|| rule.hint.to_string());
                let mut d = Diagnostic::error(f.file, f.message).with_hint(hint);
                d.level = level;
                d.rule = Some(rule.id);
                d.stops_run = f.stops_run;
                d.position = f.position;
                Some(d)
            })
            .collect()
    }
}

fn source_findings(diags: &Diagnostics, levels: &Levels) -> Vec<Finding> {
    let raw = diags
        .0
        .iter()
        .map(|d| RawFinding {
            rule: if d.is_error() {
                SOURCE
            } else {
                "build-warning"
            },
            file: d.file.clone(),
            position: d.position,
            message: d.message.clone(),
            hint: d.hint.clone(),
            stops_run: d.stops_run,
        })
        .collect();
    let mut findings = levels.apply(raw);
    sort(&mut findings);
    findings
}

/// Source errors first (nothing else holds until they are fixed), then by file, position
/// and rule.
fn sort(findings: &mut Vec<Finding>) {
    findings.sort_by(|a, b| {
        (
            a.rule != Some(SOURCE),
            &a.file,
            a.position,
            a.rule,
            &a.message,
        )
            .cmp(&(
                b.rule != Some(SOURCE),
                &b.file,
                b.position,
                b.rule,
                &b.message,
            ))
    });
    findings.dedup();
}

/// A finding before the site's levels apply.
#[derive(Debug, Clone)]
struct RawFinding {
    rule: &'static str,
    file: PathBuf,
    position: Option<Position>,
    message: String,
    /// Replaces the rule's hint where the finding knows better.
    hint: Option<String>,
    /// Whether it stopped the checks from running (see [`Diagnostic::stops_run`]).
    stops_run: bool,
}

/// Collects findings, and finds where in a source file a key is, for those that point
/// into one.
struct Lints<'a> {
    site: &'a Site,
    found: Vec<RawFinding>,
    /// Where each key and item of a source is, by file, parsed once.
    sources: HashMap<PathBuf, places::Places>,
}

/// A step into a TOML document: a key of a table, or an item of an array.
#[derive(Clone, Copy)]
enum Step<'a> {
    Key(&'a str),
    Item(usize),
}

impl<'a> Lints<'a> {
    fn push(
        &mut self,
        rule: &'static str,
        file: &Path,
        position: Option<Position>,
        message: String,
    ) {
        debug_assert!(self::rule(rule).is_some(), "{rule} is not in RULES");
        self.found.push(RawFinding {
            rule,
            file: file.to_path_buf(),
            position,
            message,
            hint: None,
            stops_run: false,
        });
    }

    /// Where the last key of `path` starts in `file` (relative to the site root), or
    /// the item where the path ends in an array.
    fn locate(&mut self, file: &Path, path: &[Step]) -> Option<Position> {
        let root = &self.site.root;
        let places = self.sources.entry(file.to_path_buf()).or_insert_with(|| {
            let text = std::fs::read_to_string(root.join(file)).unwrap_or_default();
            let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
            places::Places::of(text)
        });
        places.get(&places::path_of(path))
    }
}

/// Every lint over the model, at the rules' default levels.
fn lint(site: &Site, today: Date, current: bool) -> Vec<RawFinding> {
    let mut lints = Lints {
        site,
        found: Vec::new(),
        sources: HashMap::new(),
    };
    for (ci, company) in site.companies.iter().enumerate() {
        // The company's facts once, not once per document.
        if ci == 0 || site.companies[ci - 1].slug != company.slug {
            company_facts(&mut lints, company);
        }
        for history in &company.locales {
            let timeline = Timeline::new(history, today);
            let first = if current { timeline.current_index() } else { 0 };
            for (i, revision) in history.revisions.iter().enumerate().skip(first) {
                let declared = history.declared_rights(revision.date);
                match company.kind() {
                    crate::model::DocumentKind::Privacy => {
                        let listed = site
                            .processors_listed_in(company, &history.locale, revision)
                            .map(|(list, _, r)| (list.document_slug().unwrap_or_default(), r));
                        revision_rules(&mut lints, revision, declared, listed)
                    }
                    kind => art13::any_document_rules(&mut lints, revision, kind),
                }
                documents::kind_rules(&mut lints, company, &history.locale, revision);
                notice_period(&mut lints, revision, today);
                // The last day it applies as of the build date.
                let in_force_on = match history.revisions.get(i + 1) {
                    Some(next) if next.date <= today => next.date.yesterday().unwrap_or(next.date),
                    _ => today.max(revision.date),
                };
                transfers::safeguards(&mut lints, revision, in_force_on);
                transfers::recipients_in_prose(&mut lints, revision);
            }
            for (rule, file, message) in
                crate::plan::notice::findings(site, company, history, today)
            {
                let at = crate::plan::notice::finding_key(rule)
                    .and_then(|key| lints.locate(&file, &[Step::Key(key)]));
                lints.push(rule, &file, at, message);
            }
        }
        stale_translations(&mut lints, company, today);
        locales_agree(&mut lints, company, today, current);
    }
    locales::untranslated_messages(&mut lints);
    lints.found
}

/// Starts with the placeholder `privsite new` writes.
fn is_placeholder(text: &str) -> bool {
    text.trim_start().starts_with("TODO")
}

fn company_facts(lints: &mut Lints, company: &Company) {
    let file = company.source.as_path();
    let info = &company.info;
    if info.name.is_none() {
        lints.push(
            "art13-controller-identity",
            file,
            None,
            format!(
                "{} does not name the controller: a reader cannot tell who is responsible for their data",
                company.slug
            ),
        );
    }
    if info.email.is_none() && info.address.is_none() && info.phone.is_none() {
        lints.push(
            "art13-controller-contact",
            file,
            None,
            "no email, address or phone for the controller: a reader cannot contact them".into(),
        );
    }
    if let Some(dpo) = &info.dpo
        && dpo.email.is_none()
        && dpo.phone.is_none()
    {
        let at = lints.locate(file, &[Step::Key("dpo")]);
        lints.push(
            "art13-dpo-contact",
            file,
            at,
            "[dpo] gives no email or phone: the data protection officer's contact details are required".into(),
        );
    }
    match &info.authority {
        Some(a) if a.name.is_some() => {}
        Some(_) => {
            let at = lints.locate(file, &[Step::Key("authority")]);
            lints.push(
                "art13-authority",
                file,
                at,
                "[authority] has no name: the reader must be told which supervisory authority to complain to".into(),
            );
        }
        None => lints.push(
            "art13-authority",
            file,
            None,
            "no [authority]: the reader must be told which supervisory authority to complain to"
                .into(),
        ),
    }
    let facts: [(&str, Option<&String>); 4] = [
        ("name", info.name.as_ref()),
        ("address", info.address.as_ref()),
        ("phone", info.phone.as_ref()),
        ("org_number", info.org_number.as_ref()),
    ];
    for (key, value) in facts {
        if value.is_some_and(|v| is_placeholder(v)) {
            let at = lints.locate(file, &[Step::Key(key)]);
            lints.push(
                "placeholder",
                file,
                at,
                format!("the {key} still holds the TODO placeholder"),
            );
        }
    }
    let nested = [
        ("dpo", info.dpo.as_ref().and_then(|d| d.name.as_ref())),
        (
            "authority",
            info.authority.as_ref().and_then(|a| a.name.as_ref()),
        ),
    ];
    for (table, value) in nested {
        if value.is_some_and(|v| is_placeholder(v)) {
            let at = lints.locate(file, &[Step::Key(table), Step::Key("name")]);
            lints.push(
                "placeholder",
                file,
                at,
                format!("the name in [{table}] still holds the TODO placeholder"),
            );
        }
    }
}

fn notice_period(lints: &mut Lints, revision: &Revision, today: Date) {
    if revision.date <= today {
        return;
    }
    // A span between two dates counts whole days unless larger units are asked for.
    let days = today.until(revision.date).map_or(0, |span| span.get_days());
    if days < NOTICE_DAYS {
        lints.push(
            "notice-period",
            &revision.source,
            None,
            format!(
                "takes effect on {}, {days} day{} after the build date ({today}): less than {NOTICE_DAYS} days' notice",
                revision.date,
                if days == 1 { "" } else { "s" }
            ),
        );
    }
}
