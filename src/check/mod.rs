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

mod html;
mod ids;
mod links;

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use jiff::civil::Date;
use serde::Serialize;

use crate::diagnostic::{Diagnostics, Level, LineIndex, Position};
use crate::model::countries;
use crate::model::{Company, LegalBasis, Processor, Revision, Right, Safeguard, Site};
use crate::plan::Timeline;
use crate::{BuildOptions, Built};

/// The severity of a reported finding (`allow` findings are not reported).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Deny,
    Warn,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Deny => "deny",
            Severity::Warn => "warn",
        }
    }
}

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

/// What `privsite check` found wrong or missing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub rule: &'static str,
    pub severity: Severity,
    /// Relative to the site root.
    pub file: PathBuf,
    pub position: Option<Position>,
    pub message: String,
    pub hint: String,
}

impl Finding {
    /// `file:line:column` as editors and terminals link it.
    pub fn location(&self) -> String {
        match self.position {
            Some(p) => format!("{}:{}:{}", self.file.display(), p.line, p.column),
            None => self.file.display().to_string(),
        }
    }
}

/// What `privsite check` was asked for.
#[derive(Debug, Clone, Default)]
pub struct CheckOptions {
    /// The build date, as for `privsite build`.
    pub date: Option<Date>,
    pub drafts: bool,
    /// Check only revisions in force and upcoming, not past ones.
    pub current: bool,
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
    pub fn count(&self, severity: Severity) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == severity)
            .count()
    }

    /// Whether CI should fail.
    pub fn failed(&self) -> bool {
        self.count(Severity::Deny) > 0
    }
}

/// Builds the site under `root` in memory and runs every rule over it. Writes nothing.
pub fn check(root: &Path, options: &CheckOptions) -> Report {
    let build_options = BuildOptions {
        date: options.date,
        drafts: options.drafts,
        output_dir: None,
        base_url: None,
        progress: None,
    };
    match crate::build(root, &build_options) {
        Ok(built) => check_built(&built, options.current),
        Err(diags) => Report {
            date: crate::build_date(options.date).ok(),
            findings: source_findings(&diags, &Levels::default()),
            levels: Levels::default().all(),
        },
    }
}

/// Runs every rule over a site built in memory: its build warnings, the lints over its
/// sources, and the links of its pages.
pub fn check_built(built: &Built, current: bool) -> Report {
    let levels = Levels(Some(&built.site.config.check.0));
    let mut raw = lint(&built.site, built.date, current);
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
/// How a finding at `level` is reported; `None` when it is not.
fn severity(level: Level) -> Option<Severity> {
    match level {
        Level::Allow => None,
        Level::Warn => Some(Severity::Warn),
        Level::Deny => Some(Severity::Deny),
    }
}

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
                Some(Finding {
                    rule: rule.id,
                    severity: severity(self.level(rule))?,
                    file: f.file,
                    position: f.position,
                    message: f.message,
                    hint: f.hint.unwrap_or_else(|| rule.hint.to_string()),
                })
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
            hint: None,
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
        (a.rule != SOURCE, &a.file, a.position, a.rule, &a.message).cmp(&(
            b.rule != SOURCE,
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
}

/// Collects findings, and finds where in a source file a key is, for those that point
/// into one.
struct Lints<'a> {
    site: &'a Site,
    found: Vec<RawFinding>,
    sources: HashMap<PathBuf, Option<String>>,
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
        });
    }

    /// Where the last key of `path` starts in `file` (relative to the site root), or
    /// the item where the path ends in an array.
    fn locate(&mut self, file: &Path, path: &[Step]) -> Option<Position> {
        let root = &self.site.root;
        let text = self
            .sources
            .entry(file.to_path_buf())
            .or_insert_with(|| {
                let text = std::fs::read_to_string(root.join(file)).ok()?;
                Some(match text.strip_prefix('\u{feff}') {
                    Some(rest) => rest.to_string(),
                    None => text,
                })
            })
            .as_deref()?;
        let document = toml::de::DeTable::parse(text).ok()?;
        let mut table = document.get_ref();
        let mut offset = None;
        let mut value: Option<&toml::Spanned<toml::de::DeValue>> = None;
        for step in path {
            match *step {
                Step::Key(key) => {
                    let current = match value {
                        None => table,
                        Some(v) => v.get_ref().as_table()?,
                    };
                    let (k, v) = current.get_key_value(key)?;
                    offset = Some(k.span().start);
                    value = Some(v);
                }
                Step::Item(i) => {
                    let item = value?.get_ref().as_array()?.get(i)?;
                    offset = Some(item.span().start);
                    value = Some(item);
                }
            }
            table = match value.map(|v| v.get_ref()) {
                Some(toml::de::DeValue::Table(t)) => t,
                _ => table,
            };
        }
        let offset = offset?;
        Some(LineIndex::new(text).position(text, offset))
    }
}

/// Every lint over the model, at the rules' default levels.
fn lint(site: &Site, today: Date, current: bool) -> Vec<RawFinding> {
    let mut lints = Lints {
        site,
        found: Vec::new(),
        sources: HashMap::new(),
    };
    for company in &site.companies {
        company_facts(&mut lints, company);
        for history in &company.locales {
            let timeline = Timeline::new(history, today);
            let first = if current { timeline.current_index() } else { 0 };
            for revision in &history.revisions[first..] {
                let declared = history.declared_rights(revision.date);
                revision_rules(&mut lints, revision, declared);
                notice_period(&mut lints, revision, today);
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

/// The sections Art. 13(2) asks for whatever else a revision says: the rule, the section id
/// and what a reader without it is not told.
const REQUIRED_SECTIONS: &[(&str, &str, &str)] = &[
    ("art13-retention", "retention", "how long data is kept"),
    (
        "art13-obligation",
        "obligation",
        "whether they must provide data, or what follows if they do not",
    ),
    (
        "art13-automated-decisions",
        "automated-decisions",
        "whether decisions about them are automated",
    ),
];

fn revision_rules(lints: &mut Lints, revision: &Revision, declared: Option<&[Right]>) {
    let file = revision.source.as_path();
    // A section counts for its id and for every item it `covers`.
    let has = |id: &str| revision.covers(id);
    let missing = |id: &str| format!("no section with id = \"{id}\" or covers = [\"{id}\"]");

    // Art. 13(1)(c)-(d): purposes, their bases, and the interest pursued.
    if revision.purposes.is_empty() {
        lints.push(
            "art13-purposes",
            file,
            None,
            "no [[purposes]]: which legal basis each purpose rests on cannot be checked".into(),
        );
    }
    for (i, purpose) in revision.purposes.iter().enumerate() {
        let no_basis = purpose.legal_bases.is_empty();
        let unnamed_interest = purpose
            .legal_bases
            .contains(&LegalBasis::LegitimateInterests)
            && purpose
                .legitimate_interest
                .as_deref()
                .is_none_or(|i| i.trim().is_empty());
        if !(no_basis || unnamed_interest) {
            continue;
        }
        let at = lints
            .locate(
                file,
                &[
                    Step::Key("purposes"),
                    Step::Item(i),
                    Step::Key("legal_bases"),
                ],
            )
            .or(Some(purpose.position));
        if no_basis {
            lints.push(
                "art13-legal-basis",
                file,
                at,
                format!("purpose {:?} names no legal basis", purpose.id),
            );
        }
        if unnamed_interest {
            lints.push(
                "art13-legitimate-interest",
                file,
                at,
                format!(
                    "purpose {:?} rests on legitimate interests but does not say which interest",
                    purpose.id
                ),
            );
        }
    }

    // Art. 13(1)(e)-(f): recipients and transfers.
    if revision.processors.is_empty() && !has("recipients") {
        lints.push(
            "art13-recipients",
            file,
            None,
            "no [[processors]] and no section with id = \"recipients\": the reader is not told who receives their data".into(),
        );
    }
    let mut outside_eea = false;
    for (i, processor) in revision.processors.iter().enumerate() {
        outside_eea |= transfers(lints, file, i, processor);
    }
    if outside_eea && !has("transfers") {
        lints.push(
            "art13-transfers",
            file,
            None,
            format!(
                "{} but the reader is not told how to get a copy of the safeguards",
                missing("transfers") + ", a processor is outside the EEA,"
            ),
        );
    }

    // Art. 13(2).
    rights(lints, revision, declared, has("rights"), has("complaint"));
    for &(rule, id, untold) in REQUIRED_SECTIONS {
        if !has(id) {
            lints.push(
                rule,
                file,
                None,
                format!("{}: the reader is not told {untold}", missing(id)),
            );
        }
    }
    placeholders(lints, revision);
}

/// Transfer rules for one processor; whether any of its countries is outside the EEA.
fn transfers(lints: &mut Lints, file: &Path, index: usize, processor: &Processor) -> bool {
    let name = &processor.name;
    if processor.countries.is_none() {
        lints.push(
            "processor-country",
            file,
            Some(processor.position),
            format!(
                "processor {name:?} names no country: whether data leaves the EEA cannot be checked"
            ),
        );
        return false;
    }
    let outside: Vec<&str> = processor
        .stated_countries()
        .iter()
        .map(String::as_str)
        .filter(|c| !countries::in_eea(c))
        .collect();
    if outside.is_empty() {
        return false;
    }
    let places = outside.join(", ");
    match processor.safeguard {
        None => lints.push(
            "transfer-safeguard",
            file,
            // Where the build's own warning points, so that it is not reported twice.
            Some(processor.position),
            format!("processor {name:?} processes data in {places}, outside the EEA, and names no safeguard"),
        ),
        Some(safeguard) => {
            // Which countries the claimed safeguard covers, and the claim in the finding.
            type Claim = (fn(&str) -> bool, fn(&str) -> String);
            let (covers, claim): Claim = match safeguard {
                Safeguard::Adequacy => (countries::has_adequacy, |uncovered| {
                    format!("adequacy, but {uncovered} has no adequacy decision")
                }),
                Safeguard::Dpf => (|c| c == "US", |uncovered| {
                    format!("the EU-US Data Privacy Framework, which covers only the United States, for {uncovered}")
                }),
                _ => return true,
            };
            let uncovered: Vec<&str> = outside.iter().copied().filter(|c| !covers(c)).collect();
            if !uncovered.is_empty() {
                let at = lints.locate(
                    file,
                    &[Step::Key("processors"), Step::Item(index), Step::Key("safeguard")],
                );
                lints.push(
                    "transfer-adequacy",
                    file,
                    at,
                    format!("processor {name:?} claims {}", claim(&uncovered.join(", "))),
                );
            }
        }
    }
    true
}

/// Art. 13(2)(b)-(d): rights, withdrawal of consent, complaints. What a `rights` section
/// explains is known only from the revision's `rights` declaration.
fn rights(
    lints: &mut Lints,
    revision: &Revision,
    declared: Option<&[Right]>,
    has_rights_section: bool,
    has_complaint_section: bool,
) {
    let file = revision.source.as_path();
    let on_consent: Vec<&str> = revision
        .purposes
        .iter()
        .filter(|p| p.legal_bases.contains(&LegalBasis::Consent))
        .map(|p| p.id.as_str())
        .collect();
    if !has_rights_section {
        lints.push(
            "art13-rights",
            file,
            None,
            "no section with id = \"rights\": the reader is not told of their rights".into(),
        );
    }
    let at = lints.locate(file, &[Step::Key("rights")]);
    match declared {
        Some(rights) => {
            let lacking: Vec<&str> = REQUIRED_RIGHTS
                .iter()
                .filter(|r| !rights.contains(r))
                .map(|r| r.as_str())
                .collect();
            if !lacking.is_empty() {
                lints.push(
                    "art13-rights-coverage",
                    file,
                    at,
                    format!("the rights declared leave out {}", lacking.join(", ")),
                );
            }
        }
        None if has_rights_section => lints.push(
            "rights-undeclared",
            file,
            None,
            "the `rights` section does not declare what it explains (rights = [...]): rights, withdrawal of consent and complaints are not checked".into(),
        ),
        None => {}
    }
    // Without a declaration, a `rights` section may well explain withdrawal and complaints:
    // `rights-undeclared` says so, and these rules speak only where they can tell.
    let can_tell = declared.is_some() || !has_rights_section;
    let declares = |right: Right| declared.is_some_and(|d| d.contains(&right));
    if can_tell && !on_consent.is_empty() && !declares(Right::WithdrawConsent) {
        lints.push(
            "art13-consent-withdrawal",
            file,
            at,
            format!(
                "{} rest{} on consent, but the reader is not told they may withdraw it",
                quote_list(&on_consent),
                if on_consent.len() == 1 { "s" } else { "" }
            ),
        );
    }
    if can_tell && !has_complaint_section && !declares(Right::Complaint) {
        lints.push(
            "art13-complaint",
            file,
            at,
            "no section with id = \"complaint\" and no \"complaint\" in rights: the reader is not told they may complain to a supervisory authority".into(),
        );
    }
}

fn quote_list(items: &[&str]) -> String {
    let quoted: Vec<String> = items.iter().map(|i| format!("{i:?}")).collect();
    match quoted.len() {
        1 => format!("purpose {}", quoted[0]),
        _ => format!("purposes {}", quoted.join(", ")),
    }
}

fn placeholders(lints: &mut Lints, revision: &Revision) {
    let file = revision.source.as_path();
    // (where in the file, what to call it)
    let mut found: Vec<(Vec<Step>, String)> = Vec::new();
    if is_placeholder(&revision.title) {
        found.push((vec![Step::Key("title")], "title".into()));
    }
    for (key, value) in [("summary", &revision.summary), ("intro", &revision.intro)] {
        if value.as_deref().is_some_and(is_placeholder) {
            found.push((vec![Step::Key(key)], key.into()));
        }
    }
    let mut items = |array: &'static str,
                     i: usize,
                     label: String,
                     values: &[(&'static str, Option<&String>)]| {
        for &(key, value) in values {
            if value.is_some_and(|v| is_placeholder(v)) {
                found.push((
                    vec![Step::Key(array), Step::Item(i), Step::Key(key)],
                    format!("{key} of {label}"),
                ));
            }
        }
    };
    for (i, s) in revision.sections.iter().enumerate() {
        let values = [("title", Some(&s.title)), ("body", Some(&s.body))];
        items("sections", i, format!("section {:?}", s.id), &values);
    }
    for (i, p) in revision.purposes.iter().enumerate() {
        let values = [
            ("title", Some(&p.title)),
            ("legitimate_interest", p.legitimate_interest.as_ref()),
            ("body", p.body.as_ref()),
        ];
        items("purposes", i, format!("purpose {:?}", p.id), &values);
    }
    for (i, p) in revision.processors.iter().enumerate() {
        let values = [
            ("name", Some(&p.name)),
            ("purpose", p.purpose.as_ref()),
            ("data", p.data.as_ref()),
        ];
        items("processors", i, format!("processor {}", i + 1), &values);
    }
    for (path, what) in found {
        let at = lints.locate(file, &path);
        lints.push(
            "placeholder",
            file,
            at,
            format!("the {what} still holds the TODO placeholder"),
        );
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

/// Translations whose latest revision is older than the reference locale's.
fn stale_translations(lints: &mut Lints, company: &Company, today: Date) {
    let reference_locale = &company.info.default_locale;
    let Some(reference) = company.locale(reference_locale) else {
        return;
    };
    for history in &company.locales {
        if &history.locale == reference_locale {
            continue;
        }
        let Some(latest) = history.latest() else {
            continue;
        };
        let Some(changed) = reference.revisions.iter().find(|r| r.date > latest.date) else {
            continue;
        };
        let when = if changed.date > today {
            format!("will be stale from {}", changed.date)
        } else {
            format!("is stale since {}", changed.date)
        };
        lints.push(
            "stale-translation",
            &latest.source,
            None,
            format!(
                "the {} translation {when}: its latest revision is of {}, and the reference text ({reference_locale}) changed on {}",
                history.locale, latest.date, changed.date
            ),
        );
    }
}

/// Revisions of the same date in two locales must name the same processors. Each is
/// compared with the reference locale's revision of that date, or, where the reference
/// has none, with the first locale's.
fn locales_agree(lints: &mut Lints, company: &Company, today: Date, current: bool) {
    let mut by_date: BTreeMap<Date, Vec<(&crate::model::Locale, &Revision)>> = BTreeMap::new();
    for history in &company.locales {
        let timeline = Timeline::new(history, today);
        let first = if current { timeline.current_index() } else { 0 };
        for revision in &history.revisions[first..] {
            by_date
                .entry(revision.date)
                .or_default()
                .push((&history.locale, revision));
        }
    }
    for (_, mut revisions) in by_date {
        if revisions.len() < 2 {
            continue;
        }
        if let Some(i) = revisions
            .iter()
            .position(|(l, _)| **l == company.info.default_locale)
        {
            let reference = revisions.remove(i);
            revisions.insert(0, reference);
        }
        let (reference_locale, reference) = revisions[0];
        for &(locale, revision) in &revisions[1..] {
            for problem in processor_differences(&reference.processors, &revision.processors) {
                let (position, message) = match problem {
                    Difference::Missing(p) => (
                        None,
                        format!(
                            "the {reference_locale} revision of the same date names processor {:?}, this one does not",
                            p.name
                        ),
                    ),
                    Difference::Extra(p) => (
                        Some(p.position),
                        format!(
                            "processor {:?} is not in the {reference_locale} revision of the same date",
                            p.name
                        ),
                    ),
                    Difference::Facts(r, p, what) => (
                        Some(p.position),
                        format!(
                            "processor {:?} differs from {:?} in the {reference_locale} revision of the same date: {what}",
                            p.name, r.name
                        ),
                    ),
                };
                lints.push(
                    "locale-processors-differ",
                    &revision.source,
                    position,
                    format!("{message} ({locale})"),
                );
            }
        }
    }
}

enum Difference<'a> {
    /// In the reference, not in the translation.
    Missing(&'a Processor),
    /// In the translation, not in the reference.
    Extra(&'a Processor),
    /// The same processor with other facts.
    Facts(&'a Processor, &'a Processor, String),
}

/// Pairs processors by name; a name that differs may be a translation ("Google Cloud
/// services" / "Google Cloud-tjänster") and pairs when the names share a word and every
/// fact agrees. Whatever stays unpaired, or pairs with other facts, differs.
fn processor_differences<'a>(
    reference: &'a [Processor],
    translation: &'a [Processor],
) -> Vec<Difference<'a>> {
    // The same `id` pairs first: it names the recipient across locales.
    let key = |p: &Processor| match &p.id {
        Some(id) => format!("id:{id}"),
        None => format!("name:{}", p.name.to_lowercase()),
    };
    let mut left: Vec<Option<&Processor>> = reference.iter().map(Some).collect();
    let mut pairs: Vec<(&Processor, &Processor)> = Vec::new();
    let mut extra: Vec<&Processor> = Vec::new();
    for p in translation {
        match left
            .iter_mut()
            .find(|r| r.is_some_and(|r| key(r) == key(p)))
        {
            Some(slot) => pairs.push((slot.take().expect("found"), p)),
            None => extra.push(p),
        }
    }
    let mut unpaired = Vec::new();
    for p in extra {
        let slot = left
            .iter_mut()
            .find(|r| r.is_some_and(|r| shares_a_word(&r.name, &p.name) && facts(r, p).is_none()));
        match slot {
            Some(slot) => pairs.push((slot.take().expect("found"), p)),
            None => unpaired.push(p),
        }
    }
    let mut differences: Vec<Difference> = left
        .into_iter()
        .flatten()
        .map(Difference::Missing)
        .collect();
    differences.extend(unpaired.into_iter().map(Difference::Extra));
    for (r, p) in pairs {
        if let Some(what) = facts(r, p) {
            differences.push(Difference::Facts(r, p, what));
        }
    }
    differences
}

/// How two entries for the same processor disagree, if they do.
fn facts(a: &Processor, b: &Processor) -> Option<String> {
    let sorted = |c: &Option<Vec<String>>| {
        c.clone().map(|mut c| {
            c.sort();
            c
        })
    };
    let (countries_a, countries_b) = (sorted(&a.countries), sorted(&b.countries));
    let show = |v: &Option<Vec<String>>| match v {
        Some(v) => v.join(", "),
        None => "not stated".to_string(),
    };
    let opt = |v: Option<&str>| v.unwrap_or("none").to_string();
    let mut what = Vec::new();
    if countries_a != countries_b {
        what.push(format!(
            "countries {} here, {} there",
            show(&countries_b),
            show(&countries_a)
        ));
    }
    if a.headquarters != b.headquarters {
        what.push(format!(
            "headquarters {} here, {} there",
            opt(b.headquarters.as_deref()),
            opt(a.headquarters.as_deref())
        ));
    }
    if a.safeguard != b.safeguard {
        what.push(format!(
            "safeguard {} here, {} there",
            opt(b.safeguard.map(Safeguard::as_str)),
            opt(a.safeguard.map(Safeguard::as_str))
        ));
    }
    (!what.is_empty()).then(|| what.join("; "))
}

fn shares_a_word(a: &str, b: &str) -> bool {
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() >= 3)
            .map(str::to_lowercase)
            .collect()
    };
    let b = words(b);
    words(a).iter().any(|w| b.contains(w))
}
