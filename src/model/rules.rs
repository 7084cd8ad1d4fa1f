//! The rules of `privsite check`: their ids, default levels and hints, and the section ids
//! the Art. 13 checklist looks for. A leaf: the loader validates `[check]` in site.toml
//! against it, the schema offers it to editors, and [`crate::check`] applies it.

use schemars::{Schema, SchemaGenerator};
use serde::Serialize;
use serde_json::{Value, json};

use crate::diagnostic::Level;

/// One rule of `privsite check`.
#[derive(Debug, Clone, Copy, Serialize, Hash)]
pub struct Rule {
    /// Stable: sites name it in `[check]`, CI greps for it.
    pub id: &'static str,
    pub default: Level,
    /// What the rule asks for, in one line.
    pub description: &'static str,
    /// How to satisfy it, in one line.
    pub hint: &'static str,
}

/// The rule every error that stops `privsite build` is reported under; its level is fixed.
pub const SOURCE: &str = "source";

/// Every rule, in the order the docs list them.
pub const RULES: &[Rule] = &[
    Rule {
        id: SOURCE,
        default: Level::Deny,
        description: "The sources load and the site builds: every error `privsite build` reports. Always deny.",
        hint: "fix the source; `privsite build` stops on the same error",
    },
    Rule {
        id: "build-warning",
        default: Level::Warn,
        description: "A warning `privsite build` prints (a locale with drafts only, a message missing from a locale, …).",
        hint: "the message says what was expected",
    },
    Rule {
        id: "art13-controller-identity",
        default: Level::Deny,
        description: "company.toml names the controller (Art. 13(1)(a)).",
        hint: "set name = \"…\" in company.toml to the controller's legal name",
    },
    Rule {
        id: "art13-controller-contact",
        default: Level::Deny,
        description: "company.toml gives the controller's contact details: email, address or phone (Art. 13(1)(a)).",
        hint: "set email = \"…\" (and address, phone) in company.toml",
    },
    Rule {
        id: "art13-dpo-contact",
        default: Level::Deny,
        description: "Where company.toml has a [dpo] table, it gives the data protection officer's email or phone (Art. 13(1)(b)).",
        hint: "add email = \"…\" or phone = \"…\" under [dpo], or remove [dpo] if there is no DPO",
    },
    Rule {
        id: "art13-purposes",
        default: Level::Warn,
        description: "A revision lists its purposes as [[purposes]] entries with their legal bases, so the bases can be checked per purpose (Art. 13(1)(c)).",
        hint: "add one [[purposes]] entry per purpose, with id, title and legal_bases",
    },
    Rule {
        id: "art13-legal-basis",
        default: Level::Deny,
        description: "Every purpose names at least one legal basis (Art. 13(1)(c)).",
        hint: "set legal_bases = [...] on the purpose: consent, contract, legal-obligation, vital-interests, public-task or legitimate-interests",
    },
    Rule {
        id: "art13-legitimate-interest",
        default: Level::Deny,
        description: "A purpose resting on legitimate interests names the interest pursued (Art. 13(1)(d)).",
        hint: "set legitimate_interest = \"…\" on the purpose: whose interest it is, and what",
    },
    Rule {
        id: "art13-recipients",
        default: Level::Deny,
        description: "A revision names the recipients: [[processors]] entries or a `recipients` section (Art. 13(1)(e)).",
        hint: "list recipients as [[processors]], or describe their categories in a section with id = \"recipients\"",
    },
    Rule {
        id: "art13-transfers",
        default: Level::Warn,
        description: "A revision with a processor outside the EEA has a `transfers` section saying where a copy of the safeguards is found (Art. 13(1)(f)).",
        hint: "add a section with id = \"transfers\": which safeguards apply and how to get a copy",
    },
    Rule {
        id: "transfer-safeguard",
        default: Level::Deny,
        description: "Every processor with a country outside the EEA names a safeguard (Art. 13(1)(f), Art. 44-49).",
        hint: "set safeguard = \"adequacy\", \"scc\", \"bcr\", \"dpf\" or \"derogation\" on the processor",
    },
    Rule {
        id: "transfer-adequacy",
        default: Level::Deny,
        description: "safeguard = \"adequacy\" only where every country outside the EEA has an adequacy decision, \"dpf\" only for the United States (Art. 45).",
        hint: "name the safeguard that applies to the country, such as \"scc\" or \"bcr\"",
    },
    Rule {
        id: "safeguard-invalid",
        default: Level::Warn,
        description: "A revision relies on no transfer mechanism that was invalid on the days it applies: the EU–US Privacy Shield after 16 July 2020 (C-311/18), the Data Privacy Framework before 10 July 2023.",
        hint: "publish a revision that names the safeguard now relied on (such as \"scc\" or \"dpf\")",
    },
    Rule {
        id: "recipients-in-prose",
        default: Level::Warn,
        description: "A revision that describes its recipients only in words is reported, because its exports cannot list them: processors.json then gives no list of processors, and says why.",
        hint: "list the recipients the text names as [[processors]], so that the table and exports show them",
    },
    Rule {
        id: "subprocessor-facts",
        default: Level::Deny,
        description: "A sub-processor list (kind = \"subprocessors\") lists processors, and each states its purpose and where it processes data: countries, or the region (EU or EEA) its text names.",
        hint: "set purpose = \"…\" and countries = [\"…\"] (or regions = [\"EU\"]) on each [[processors]] entry",
    },
    Rule {
        id: "cookie-facts",
        default: Level::Deny,
        description: "Every declared cookie states its purpose, its category and how long it is kept; a cookie declaration lists cookies.",
        hint: "set purpose, category (necessary, preferences, statistics, marketing) and duration (\"session\" or an ISO 8601 duration such as \"P1Y\") on each [[cookies]] entry",
    },
    Rule {
        id: "cookie-transfer",
        default: Level::Deny,
        description: "A third-party cookie processed outside the EEA names a safeguard (Art. 44-49).",
        hint: "set safeguard = \"adequacy\", \"scc\", \"bcr\", \"dpf\" or \"derogation\" on the cookie",
    },
    Rule {
        id: "cookie-consent",
        default: Level::Warn,
        description: "Cookies of a category other than necessary need consent (ePrivacy Directive Art. 5(3)): the revision, or the company's privacy notice, has a purpose resting on consent.",
        hint: "add a [[purposes]] entry with legal_bases = [\"consent\"] for these cookies, here or in the privacy notice",
    },
    Rule {
        id: "processor-country",
        default: Level::Warn,
        description: "Every processor names the countries where it processes data (or the region, EU or EEA, the policy names), so that transfers outside the EEA can be checked (Art. 13(1)(f)).",
        hint: "set countries = [\"…\"] (ISO 3166-1 alpha-2 codes) on the processor, or regions = [\"EU\"] or [\"EEA\"] where the policy names only a region",
    },
    Rule {
        id: "art13-retention",
        default: Level::Deny,
        description: "A `retention` section says how long data is kept, or the criteria that decide it (Art. 13(2)(a)).",
        hint: "add a section with id = \"retention\", or add covers = [\"retention\"] to the section that says it",
    },
    Rule {
        id: "art13-rights",
        default: Level::Deny,
        description: "A `rights` section explains the data subject's rights (Art. 13(2)(b)).",
        hint: "add a section with id = \"rights\", and list what it explains in rights = [...]",
    },
    Rule {
        id: "art13-rights-coverage",
        default: Level::Deny,
        description: "The rights a revision declares include access, rectification, erasure, restriction, objection and portability (Art. 13(2)(b)).",
        hint: "explain the missing rights in the `rights` section, then add them to rights = [...]",
    },
    Rule {
        id: "rights-undeclared",
        default: Level::Warn,
        description: "A revision with a `rights` section declares what it explains in rights = [...]; until then coverage, withdrawal of consent and complaints cannot be checked.",
        hint: "add rights = [\"access\", …] at the top of the revision, listing only what its text explains",
    },
    Rule {
        id: "art13-consent-withdrawal",
        default: Level::Deny,
        description: "Where a purpose rests on consent, the revision tells how to withdraw it: \"withdraw-consent\" in rights = [...] (Art. 13(2)(c)).",
        hint: "explain in the `rights` section that consent can be withdrawn at any time, then add \"withdraw-consent\" to rights = [...]",
    },
    Rule {
        id: "art13-complaint",
        default: Level::Deny,
        description: "The revision tells of the right to complain to a supervisory authority: a `complaint` section, or \"complaint\" in rights = [...] (Art. 13(2)(d)).",
        hint: "add a section with id = \"complaint\", or explain it in the `rights` section and add \"complaint\" to rights = [...]",
    },
    Rule {
        id: "art13-authority",
        default: Level::Deny,
        description: "company.toml names the supervisory authority complaints go to (Art. 13(2)(d)).",
        hint: "add [authority] with name = \"…\" and url = \"…\" to company.toml",
    },
    Rule {
        id: "art13-obligation",
        default: Level::Deny,
        description: "An `obligation` section says whether providing data is a statutory or contractual requirement, and what follows if it is not given (Art. 13(2)(e)).",
        hint: "add a section with id = \"obligation\", or add covers = [\"obligation\"] to the section that says it",
    },
    Rule {
        id: "art13-automated-decisions",
        default: Level::Warn,
        description: "An `automated-decisions` section says whether decisions are automated, profiling included, and if so their logic and consequences (Art. 13(2)(f)).",
        hint: "add a section with id = \"automated-decisions\", even to say there are none",
    },
    Rule {
        id: "stale-translation",
        default: Level::Warn,
        description: "No locale's latest revision is older than the latest of the company's default locale.",
        hint: "translate the reference revision into this locale, with the same date",
    },
    Rule {
        id: "untranslated",
        default: Level::Warn,
        description: "No message in the site's locales/<tag>/*.ftl is still marked `# untranslated` (as `privsite locale add` writes them); until none is, that locale's pages show the whole interface in English.",
        hint: "translate the message, then delete the `# untranslated` line above it",
    },
    Rule {
        id: "locale-processors-differ",
        default: Level::Deny,
        description: "Revisions of the same date in two locales name the same processors, with the same countries, headquarters and safeguard.",
        hint: "make both locales' [[processors]] agree; a translated name must share a word with the original",
    },
    Rule {
        id: "notice-period",
        default: Level::Warn,
        description: "A revision dated in the future takes effect at least 30 days after the build date, so readers get notice.",
        hint: "publish changes at least 30 days before they take effect, or date the revision later",
    },
    Rule {
        id: "notice-announced",
        default: Level::Deny,
        description: "An upcoming material change, and one in force in a company with `[notice] days`, has an announced date: `announced = YYYY-MM-DD`, or the day its file was first committed to git (if that is before it takes effect). A new draft never inherits one.",
        hint: "set announced = YYYY-MM-DD to the day the notice went out; if none went out, that is what the finding records",
    },
    Rule {
        id: "notice-order",
        default: Level::Deny,
        description: "A revision is announced on or before the day it takes effect.",
        hint: "correct announced = YYYY-MM-DD, or date the revision later",
    },
    Rule {
        id: "notice-days",
        default: Level::Deny,
        description: "A material change, in force now or upcoming, takes effect no sooner than `[notice] days` (company.toml) after it was announced.",
        hint: "date the revision later, or announce it earlier",
    },
    Rule {
        id: "material-override",
        default: Level::Warn,
        description: "A revision's `material = true|false` agrees with what its diff shows.",
        hint: "remove the `material` key, or keep it if the class is deliberate",
    },
    Rule {
        id: "notice-outdated",
        default: Level::Deny,
        description: "No revision whose notice of change went out (`.privsite/notified.json`, which `privsite notify` keeps) was edited since: its customers were told of the text it had then.",
        hint: "restore the text that was noticed and publish the change as a new revision (with its own notice), or send a correcting notice",
    },
    Rule {
        id: "published-changed",
        default: Level::Deny,
        description: "No revision published on the site (in its output folder, or the folder or http(s) address `--published` names) was edited or removed since: its company text hashes as `revisions.json` recorded it, however the edit was made, unless the revision records the correction (`corrected`, `corrected_from`).",
        hint: "restore the published text and publish a new revision for the change, or record a deliberate correction with corrected and corrected_from",
    },
    Rule {
        id: "history-edited",
        default: Level::Warn,
        description: "No revision file was changed in git after the day it took effect (changes that leave its text as normalised the same do not count).",
        hint: "publish a new revision instead of editing one in force; revert the edit",
    },
    Rule {
        id: "placeholder",
        default: Level::Deny,
        description: "No text still starts with the TODO placeholder that `privsite new` writes.",
        hint: "replace the TODO text with the real one",
    },
    Rule {
        id: "broken-link",
        default: Level::Deny,
        description: "Every internal link and resource in the built site leads to a file of the site.",
        hint: "fix the address; relative links resolve against the page's own address",
    },
    Rule {
        id: "prose-id",
        default: Level::Deny,
        description: "Ids a revision's prose states ({#id}, {: #id}, id=\"…\") are unique on its page, are no section's id and do not start with the theme's ps- prefix.",
        hint: "rename the id, and the links to it",
    },
    Rule {
        id: "broken-anchor",
        default: Level::Deny,
        description: "Every #fragment of an internal link names an id on the page it leads to.",
        hint: "link to an id the page has: sections use their id, purposes `purpose-<id>`",
    },
];

/// The section ids DESIGN.md assigns a meaning; the rules that read prose look for these.
pub const SECTION_IDS: &[&str] = &[
    "controller",
    "data",
    "sources",
    "recipients",
    "transfers",
    "retention",
    "rights",
    "complaint",
    "obligation",
    "automated-decisions",
    "cookies",
    "security",
    "changes",
    "contact",
    "processor-role",
];

/// The rule with this id.
pub fn rule(id: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.id == id)
}

/// `[check]`: one optional key per rule whose level a site may set.
pub(crate) fn check_levels(_: &mut SchemaGenerator) -> Schema {
    let levels: Vec<&str> = Level::ALL.iter().map(|l| l.as_str()).collect();
    let properties: serde_json::Map<String, Value> = RULES
        .iter()
        .filter(|r| r.id != SOURCE)
        .map(|r| {
            let description = format!("{} Default: {}.", r.description, r.default.as_str());
            (
                r.id.to_string(),
                json!({ "type": "string", "enum": levels, "description": description }),
            )
        })
        .collect();
    Schema::try_from(json!({
        "type": "object",
        "properties": properties,
        "additionalProperties": false,
    }))
    .expect("an object is a schema")
}
