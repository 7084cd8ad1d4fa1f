//! From a read document to a revision: headings to sections with known-topic ids, tables
//! naming recipients to `[[processors]]`, country names to ISO codes.

use std::collections::{BTreeSet, HashMap};
use std::sync::LazyLock;

pub use super::output::{company_toml, toml_string};
pub use super::recipients::{names_column, names_recipient, push_processor};
use super::{Document, Part};

/// Known section ids and words that name them in headings, per language, lower case. The
/// first topic whose word a heading contains wins, so narrower topics come first.
#[rustfmt::skip]
const TOPICS: &[(&str, &[&str])] = &[
    ("processor-role", &[
        "as a data processor", "as data processor", "as a processor", "acting as processor",
        "personuppgiftsbiträde", "henkilötietojen käsittelijänä", "käsittelijänä",
        "auftragsverarbeiter", "als auftragsverarbeiter", "en tant que sous-traitant",
    ]),
    ("automated-decisions", &[
        "automated", "profiling", "automatiserat", "automatiserade", "profilering",
        "automaattinen", "automatisoitu", "profilointi", "automatisierte", "profiling",
        "décision automatisée", "décisions automatisées", "profilage",
    ]),
    ("cookies", &[
        "cookie", "kakor", "eväste", "évästeet", "traceurs",
    ]),
    ("complaint", &[
        "complain", "supervisory authority", "klagomål", "klaga", "tillsynsmyndighet",
        "valitus", "valvontaviranomai", "beschwerde", "aufsichtsbehörde", "réclamation",
        "plainte", "autorité de contrôle",
    ]),
    ("transfers", &[
        "transfer", "outside the eu", "outside the eea", "where we process",
        "where do we process", "överför", "utanför eu", "var behandlar vi", "siirto",
        "siirrämme", "eu:n ulkopuolelle", "übermittlung", "drittländer", "drittland",
        "transfert", "hors de l'ue",
    ]),
    ("security", &[
        "protect", "security", "secure", "skyddar", "skydd", "säkerhet", "suojaa", "suojaamme",
        "tietoturva", "sicherheit", "schützen", "sécurité", "protég",
    ]),
    ("retention", &[
        "how long", "retention", "retain", "storage period", "hur länge", "så här länge",
        "lagringstid", "sparar vi", "säilytys", "säilytämme", "kuinka kauan", "speicherdauer",
        "wie lange", "aufbewahrung", "durée de conservation", "combien de temps",
        "conservation",
    ]),
    ("rights", &[
        "your rights", "rights", "rättigheter", "din rätt", "dina rätt", "oikeudet",
        "oikeutesi", "rekisteröidyn oikeudet", "rechte", "vos droits", "droits",
    ]),
    ("recipients", &[
        "share", "recipient", "disclose", "third part", "sub-processor", "subprocessor",
        "lämnar vi ut", "lämna ut", "mottagare", "delar vi", "delar", "luovut", "vastaanottaja",
        "empfänger", "weitergabe", "destinataire", "partage", "communiquons",
    ]),
    ("data", &[
        "types of data", "type of data", "data we collect", "information we collect",
        "what data", "what personal data", "categories of", "typ av uppgift",
        "vilken information", "vilka personuppgifter", "vilka uppgifter", "mitä tietoja",
        "kerättävät tiedot", "käsiteltävät henkilötiedot", "welche daten", "kategorien",
        "données collectées", "quelles données", "catégories de données",
    ]),
    ("sources", &[
        "how we collect", "how do we collect", "sources", "where we get", "så samlar vi",
        "hur samlar vi", "varifrån", "tietolähteet", "säännönmukaiset tietolähteet", "quellen",
        "herkunft", "comment nous collectons", "sources des données",
    ]),
    ("purposes", &[
        "what do we use", "how we use", "how do we use", "purpose", "vad använder vi",
        "ändamål", "syfte", "vad gör vi med", "käyttötarkoitus", "tarkoitus", "zweck",
        "finalité", "pourquoi",
    ]),
    ("changes", &[
        "changes to", "updates to", "förändringar", "ändringar", "muutokset", "änderungen",
        "modifications",
    ]),
    ("contact", &[
        "contact us", "how to contact", "kontakta", "ota yhteyttä", "yhteydenotot",
        "kontaktieren sie uns", "nous contacter", "contactez-nous",
    ]),
    ("controller", &[
        "controller", "who we are", "who is responsible", "personuppgiftsansvarig",
        "rekisterinpitäjä", "verantwortliche", "verantwortlicher", "responsable du traitement",
    ]),
];

/// The known topic a heading names, if any.
pub fn topic_any(heading: &str) -> Option<&'static str> {
    let lower = strip_numbering(heading).to_lowercase();
    TOPICS
        .iter()
        .find(|(_, words)| words.iter().any(|w| names_word(&lower, w)))
        .map(|(id, _)| *id)
}

/// Endings a topic word may take and still be the word ("rights", "transferred",
/// "luovutukset"): anything else makes another word ("Sharealike" is not "share").
#[rustfmt::skip]
const ENDINGS: &[&str] = &[
    "", "s", "es", "ed", "d", "ing", "ion", "ions", "ure", "ures", "y", "ies", "er", "ers",
    "al", "ive", "ar", "en", "et", "na", "arna", "erna", "n", "t", "e", "ukset", "us", "set",
    "ter", "te", "ten", "ly", "ring", "red", "rals", "ts",
];

/// Whether `heading` (lower case) has the topic word `word` as a whole word: where the
/// word is ASCII, it starts a word and ends one, give or take an ending of [`ENDINGS`];
/// a longer word of other letters (a compound's part, "valvontaviranomai…") anywhere.
fn names_word(heading: &str, word: &str) -> bool {
    if !word.is_ascii() {
        return heading.contains(word);
    }
    heading.match_indices(word).any(|(at, _)| {
        let starts = heading[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        let rest: String = heading[at + word.len()..]
            .chars()
            .take_while(|c| c.is_alphanumeric())
            .collect();
        starts && ENDINGS.contains(&rest.as_str())
    })
}

/// A heading without its numbering ("1. ", "2) ").
pub fn strip_numbering(heading: &str) -> &str {
    match super::text::numbering(heading) {
        Some(n) => heading[n..].trim(),
        None => heading.trim(),
    }
}

/// An ASCII id of a heading: letters folded, words joined by '-', at most six words.
pub fn ascii_id(text: &str) -> String {
    let mut words: Vec<String> = Vec::new();
    let mut word = String::new();
    for c in text.chars() {
        let folded: &str = match c {
            'å' | 'ä' | 'à' | 'á' | 'â' | 'ã' | 'Å' | 'Ä' | 'À' | 'Á' | 'Â' => "a",
            'ö' | 'ø' | 'ó' | 'ò' | 'ô' | 'õ' | 'Ö' | 'Ø' | 'Ó' | 'Ô' => "o",
            'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' => "e",
            'ü' | 'ú' | 'ù' | 'û' | 'Ü' | 'Ú' => "u",
            'í' | 'ì' | 'î' | 'ï' | 'Í' => "i",
            'ç' | 'Ç' => "c",
            'ñ' | 'Ñ' => "n",
            'ß' => "ss",
            'æ' | 'Æ' => "ae",
            'œ' => "oe",
            _ => "",
        };
        if !folded.is_empty() {
            word.push_str(folded);
        } else if c.is_ascii_alphanumeric() {
            word.push(c.to_ascii_lowercase());
        } else if c == '\'' || c == '’' {
        } else if !word.is_empty() {
            words.push(std::mem::take(&mut word));
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    words.truncate(6);
    let id = words.join("-");
    if id.is_empty() || id.starts_with("ps-") {
        format!(
            "section{}",
            if id.is_empty() {
                String::new()
            } else {
                format!("-{id}")
            }
        )
    } else {
        id
    }
}

/// Section ids kept across the revisions of one import: the same heading gets the same id.
#[derive(Debug, Default)]
pub struct Ids {
    by_heading: HashMap<String, String>,
}

/// A revision as the importer writes it.
#[derive(Debug, Default)]
pub struct Revision {
    pub title: String,
    /// The day the text was first committed, where that is before the day it takes effect.
    pub announced: Option<jiff::civil::Date>,
    pub summary: Option<String>,
    pub intro: Option<String>,
    pub sections: Vec<Section>,
    pub processors: Vec<Processor>,
}

#[derive(Debug)]
pub struct Section {
    pub id: String,
    pub title: String,
    pub body: String,
    /// A slug a link in the text may use for the heading, GitHub style.
    link_slug: Option<String>,
    /// The heading's line in the source (0 where there is none).
    pub line: usize,
}

#[derive(Debug, Default, Clone)]
pub struct Processor {
    pub name: String,
    /// Earlier names, where the import proposes that a recipient was renamed.
    pub formerly: Vec<String>,
    pub url: Option<String>,
    pub purpose: Option<String>,
    pub data: Option<String>,
    pub countries: BTreeSet<String>,
    /// A region named in place of countries ("located in the EU").
    pub regions: BTreeSet<crate::model::Region>,
    pub headquarters: Option<String>,
    pub group: Option<String>,
    /// The line of its row or list item in the source.
    pub line: usize,
}

/// A mapped revision, what was mapped and what could not be, by line.
pub struct Mapped {
    pub revision: Revision,
    pub found: Vec<(usize, String)>,
    pub unmapped: Vec<(usize, String)>,
}

pub fn map(doc: &Document, lang: &str, ids: &mut Ids) -> Mapped {
    let mut unmapped = doc.notes.clone();
    let mut parts: &[Part] = &doc.parts;
    let mut first_part = 0;
    // A first heading above all others is the title, whatever its level (a setext
    // `Title` / `---` over `###` sections is a level-2 title).
    let mut title = doc.title.clone();
    let others = |top: u8| {
        let mut deeper = parts[1..]
            .iter()
            .filter_map(|p| match p {
                Part::Heading { level, .. } => Some(*level),
                _ => None,
            })
            .peekable();
        (top == 1 || deeper.peek().is_some()) && deeper.all(|l| l > top)
    };
    if let Some(Part::Heading {
        level: top, text, ..
    }) = parts.first()
        && others(*top)
    {
        title = Some(text.clone());
        parts = &parts[1..];
        first_part = 1;
    }
    let section_level = parts
        .iter()
        .filter_map(|p| match p {
            Part::Heading { level, .. } => Some(*level),
            _ => None,
        })
        .min();
    let mut revision = Revision {
        title: title.unwrap_or_else(|| "Privacy policy".into()),
        ..Default::default()
    };
    let mut intro = String::new();
    let mut used: BTreeSet<String> = BTreeSet::new();
    let mut pending_heading: Option<String> = None;
    // The heading above what follows, for a processor table's group.
    let mut last_heading: Option<String> = None;
    // The paragraph before a list: its lead-in.
    let mut lead_in: Option<&str> = None;
    for (i, part) in parts.iter().enumerate() {
        let part_line = doc.lines.get(first_part + i).copied().unwrap_or(0);
        let lead = lead_in.take();
        match part {
            Part::Heading {
                level,
                text,
                id,
                line,
            } if Some(*level) == section_level => {
                let heading = strip_numbering(text).to_string();
                if let Some(s) = revision.sections.last()
                    && s.body.trim().is_empty()
                {
                    // A heading with nothing under it: a sub-heading of the next section.
                    let s = revision.sections.pop().expect("a last section");
                    used.remove(&s.id);
                    unmapped.push((
                        *line,
                        format!(
                            "heading {:?} has no text of its own: kept as a sub-heading",
                            s.title
                        ),
                    ));
                    pending_heading = Some(format!("### {}\n\n", s.title));
                }
                let (section_id, anchor) = section_id(&heading, id.as_deref(), &mut used, ids);
                let mut body = pending_heading.take().unwrap_or_default();
                if let Some(anchor) = anchor {
                    // The source's own id stays a link target.
                    body.push_str(&format!("<a id=\"{anchor}\"></a>\n\n"));
                }
                revision.sections.push(Section {
                    id: section_id,
                    title: heading.clone(),
                    body,
                    link_slug: crate::text::markdown::slug(&heading),
                    line: *line,
                });
                last_heading = Some(heading);
            }
            Part::Heading {
                level, text, id, ..
            } => {
                let depth = (*level - section_level.unwrap_or(1)).clamp(1, 4) as usize + 2;
                let mut line = format!("{} {}", "#".repeat(depth), strip_numbering(text));
                if let Some(id) = id {
                    line.push_str(&format!(" {{#{id}}}"));
                }
                push_block(&mut revision, &mut intro, &line);
                last_heading = Some(strip_numbering(text).to_string());
            }
            Part::Prose(text) => {
                let in_recipients = revision
                    .sections
                    .last()
                    .is_some_and(|s| s.id == "recipients");
                let listed = lead
                    .filter(|l| super::lists::introduces_recipients(l, in_recipients))
                    .and_then(|l| Some((l, super::lists::processors(text, part_line)?)));
                match listed {
                    Some((lead, found)) => {
                        super::recipients::listed(lead, found, lang, &mut revision, &mut unmapped)
                    }
                    None => {
                        push_block(&mut revision, &mut intro, text);
                        lead_in = Some(text);
                    }
                }
            }
            Part::Table(table) => match super::recipients::columns(&table.header) {
                Some(columns) => {
                    let group = last_heading.clone();
                    super::recipients::processors(
                        table,
                        &columns,
                        group,
                        lang,
                        &mut revision.processors,
                        &mut unmapped,
                    );
                }
                None => {
                    if table.header.iter().any(|h| !h.is_empty()) && !table.rows.is_empty() {
                        unmapped.push((
                            table.line,
                            format!(
                                "table with columns {:?} names no recipient: kept as a table",
                                table.header
                            ),
                        ));
                    }
                    push_block(&mut revision, &mut intro, &table.markdown);
                }
            },
        }
    }
    if let Some(s) = revision.sections.last()
        && s.body.trim().is_empty()
    {
        let s = revision.sections.pop().expect("a last section");
        unmapped.push((
            0,
            format!("heading {:?} has no text under it: left out", s.title),
        ));
    }
    if section_level.is_none() && !intro.trim().is_empty() {
        // No headings: the whole text is one section.
        revision.sections.push(Section {
            id: "policy".into(),
            title: revision.title.clone(),
            body: std::mem::take(&mut intro),
            link_slug: None,
            line: 0,
        });
    }
    revision.intro = (!intro.trim().is_empty()).then(|| intro.trim().to_string());
    relink(&mut revision);
    let mut found: Vec<(usize, String)> = revision
        .sections
        .iter()
        .map(|s| {
            (
                s.line,
                format!("section {:?} from heading {:?}", s.id, s.title),
            )
        })
        .collect();
    found.extend(
        revision
            .processors
            .iter()
            .map(|p| (p.line, format!("processor {:?}", p.name))),
    );
    found.sort_by_key(|(line, _)| *line);
    Mapped {
        revision,
        found,
        unmapped,
    }
}

fn push_block(revision: &mut Revision, intro: &mut String, block: &str) {
    let body = match revision.sections.last_mut() {
        Some(s) => &mut s.body,
        None => intro,
    };
    if !body.is_empty() && !body.ends_with("\n\n") {
        body.push_str(if body.ends_with('\n') { "\n" } else { "\n\n" });
    }
    body.push_str(block.trim_end());
    body.push('\n');
}

/// A section's id: the one an earlier revision gave the same heading, else the known
/// topic (which `check` knows), else the one the source states if it is a valid id, else
/// one made of the heading; unique in the revision. With it, a stated id it is not, kept
/// as an anchor so that links to it still lead there.
fn section_id(
    heading: &str,
    stated: Option<&str>,
    used: &mut BTreeSet<String>,
    ids: &mut Ids,
) -> (String, Option<String>) {
    let stated = stated.filter(|s| !s.starts_with("ps-"));
    let key = heading.to_lowercase();
    let candidates = [
        ids.by_heading.get(&key).cloned(),
        topic_any(heading).map(String::from),
        stated
            .filter(|s| crate::source::load::is_id(s))
            .map(String::from),
        Some(ascii_id(heading)),
    ];
    let mut id = candidates
        .into_iter()
        .flatten()
        .find(|c| !used.contains(c))
        .unwrap_or_else(|| ascii_id(heading));
    if used.contains(&id) {
        let base = id.clone();
        let mut n = 2;
        while used.contains(&id) {
            id = format!("{base}-{n}");
            n += 1;
        }
    }
    used.insert(id.clone());
    ids.by_heading.entry(key).or_insert_with(|| id.clone());
    let anchor = stated
        .filter(|s| *s != id && !s.contains(['"', '<', '>', '&']))
        .map(String::from);
    (id, anchor)
}

/// Links in the text to a heading's GitHub-style slug lead to the section's id instead.
fn relink(revision: &mut Revision) {
    let moves: Vec<(String, String)> = revision
        .sections
        .iter()
        .filter_map(|s| Some((s.link_slug.clone()?, s.id.clone())))
        .filter(|(slug, id)| slug != id)
        .collect();
    let fix = |text: &mut String| {
        for (slug, id) in &moves {
            for (from, to) in [
                (format!("](#{slug})"), format!("](#{id})")),
                (format!("](<#{slug}>)"), format!("](#{id})")),
                (format!("href=\"#{slug}\""), format!("href=\"#{id}\"")),
            ] {
                if text.contains(&from) {
                    *text = text.replace(&from, &to);
                }
            }
        }
    };
    if let Some(intro) = &mut revision.intro {
        fix(intro);
    }
    for s in &mut revision.sections {
        fix(&mut s.body);
    }
}

/// Country names of the built-in messages (`locales/<lang>/countries.ftl`), by language,
/// normalised, with the common other spellings and German and French names.
static NAMES: LazyLock<HashMap<String, HashMap<String, &'static str>>> = LazyLock::new(|| {
    let code = |c: &str| {
        crate::model::countries::COUNTRY_CODES
            .iter()
            .copied()
            .find(|k| *k == c)
    };
    let mut all: HashMap<String, HashMap<String, &'static str>> = HashMap::new();
    // Country names in every language privsite ships messages for, from CLDR.
    let mut langs: Vec<String> = crate::text::builtin::LOCALES
        .dirs()
        .filter_map(|d| Some(d.path().file_name()?.to_string_lossy().into_owned()))
        .collect();
    langs.sort();
    for lang in langs {
        let names = all.entry(lang.clone()).or_default();
        for c in crate::model::countries::COUNTRY_CODES {
            for name in crate::text::cldr::country_names(&lang, c) {
                names.insert(normalise(&name), c);
            }
        }
    }
    #[rustfmt::skip]
    let extra: &[(&str, &str, &str)] = &[
        ("en", "usa", "US"), ("en", "u.s", "US"), ("en", "u.s.a", "US"),
        ("en", "united states of america", "US"), ("en", "america", "US"), ("en", "uk", "GB"),
        ("en", "great britain", "GB"), ("en", "england", "GB"), ("en", "britain", "GB"),
        ("en", "holland", "NL"), ("en", "the netherlands", "NL"), ("en", "czech republic", "CZ"),
        ("en", "south korea", "KR"), ("en", "korea", "KR"), ("en", "russia", "RU"),
        ("sv", "förenta staterna", "US"), ("sv", "england", "GB"), ("sv", "holland", "NL"),
        ("fi", "usa", "US"), ("fi", "englanti", "GB"), ("fi", "hollanti", "NL"),
        ("de", "deutschland", "DE"), ("de", "usa", "US"), ("de", "vereinigte staaten", "US"),
        ("de", "irland", "IE"), ("de", "niederlande", "NL"), ("de", "frankreich", "FR"),
        ("de", "schweden", "SE"), ("de", "finnland", "FI"), ("de", "dänemark", "DK"),
        ("de", "norwegen", "NO"), ("de", "großbritannien", "GB"), ("de", "vereinigtes königreich", "GB"),
        ("de", "schweiz", "CH"), ("de", "kanada", "CA"), ("de", "japan", "JP"), ("de", "indien", "IN"),
        ("de", "australien", "AU"), ("de", "belgien", "BE"), ("de", "österreich", "AT"),
        ("de", "spanien", "ES"), ("de", "italien", "IT"), ("de", "polen", "PL"),
        ("de", "luxemburg", "LU"), ("de", "singapur", "SG"), ("de", "israel", "IL"),
        ("fr", "allemagne", "DE"), ("fr", "états-unis", "US"), ("fr", "etats-unis", "US"),
        ("fr", "irlande", "IE"), ("fr", "pays-bas", "NL"), ("fr", "france", "FR"),
        ("fr", "suède", "SE"), ("fr", "finlande", "FI"), ("fr", "danemark", "DK"),
        ("fr", "norvège", "NO"), ("fr", "royaume-uni", "GB"), ("fr", "suisse", "CH"),
        ("fr", "canada", "CA"), ("fr", "japon", "JP"), ("fr", "inde", "IN"),
        ("fr", "australie", "AU"), ("fr", "belgique", "BE"), ("fr", "autriche", "AT"),
        ("fr", "espagne", "ES"), ("fr", "italie", "IT"), ("fr", "pologne", "PL"),
        ("fr", "luxembourg", "LU"), ("fr", "singapour", "SG"), ("fr", "israël", "IL"),
    ];
    for (lang, name, c) in extra {
        if let Some(c) = code(c) {
            all.entry(lang.to_string())
                .or_default()
                .insert(normalise(name), c);
        }
    }
    all
});

fn normalise(name: &str) -> String {
    let lower = name.trim().to_lowercase();
    let lower = lower.strip_prefix("the ").unwrap_or(&lower);
    lower
        .trim_matches(|c: char| c == '.' || c.is_whitespace())
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The ISO 3166-1 alpha-2 code of a country named in the language `lang` (or in English,
/// or as its code). The one place country names are looked up.
pub fn country_code(name: &str, lang: &str) -> Option<&'static str> {
    let key = normalise(name);
    let upper = name.trim().to_ascii_uppercase();
    if let Some(c) = crate::model::countries::COUNTRY_CODES
        .iter()
        .find(|c| **c == upper)
    {
        return Some(c);
    }
    [lang, "en"]
        .iter()
        .filter_map(|l| NAMES.get(*l))
        .find_map(|names| names.get(&key).copied())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::Table;

    #[test]
    fn topics_are_recognised_in_five_languages() {
        for (heading, id) in [
            ("Your rights", "rights"),
            ("Dina rättigheter", "rights"),
            ("Rekisteröidyn oikeudet", "rights"),
            ("Ihre Rechte", "rights"),
            ("Vos droits", "rights"),
            ("4. Så här länge sparar vi personuppgifter", "retention"),
            ("Wie lange speichern wir Daten?", "retention"),
            ("Durée de conservation", "retention"),
            ("Tietojen säilytysaika", "retention"),
            ("Till vem lämnar vi ut uppgifter", "recipients"),
            ("Who we share data with", "recipients"),
            ("Empfänger der Daten", "recipients"),
            ("Destinataires", "recipients"),
            ("Tietojen luovutukset", "recipients"),
            ("När vi agerar personuppgiftsbiträde", "processor-role"),
            ("Cookies (kakor) på vår webbplats", "cookies"),
        ] {
            assert_eq!(topic_any(heading), Some(id), "{heading}");
        }
        // Whole words, never parts of others.
        assert_eq!(topic_any("Creative Commons Sharealike License"), None);
        assert_eq!(topic_any("Shared with third parties"), Some("recipients"));
        assert_eq!(topic_any("Transferring data abroad"), Some("transfers"));
        assert_eq!(
            ascii_id("Så här skyddar vi dina personuppgifter"),
            "sa-har-skyddar-vi-dina-personuppgifter"
        );
    }

    #[test]
    fn country_names_in_the_documents_language() {
        assert_eq!(country_code("USA", "sv"), Some("US"));
        assert_eq!(country_code("Irland", "sv"), Some("IE"));
        assert_eq!(country_code("Yhdysvallat", "fi"), Some("US"));
        assert_eq!(country_code("United States", "fi"), Some("US"));
        assert_eq!(country_code("the Netherlands", "en"), Some("NL"));
        assert_eq!(country_code("Deutschland", "de"), Some("DE"));
        assert_eq!(country_code("États-Unis", "fr"), Some("US"));
        assert_eq!(country_code("IE", "en"), Some("IE"));
        assert_eq!(country_code("Atlantis", "en"), None);
    }

    #[test]
    fn a_recipient_table_becomes_processors_and_rows_of_other_facts_stay_apart() {
        let table = Table {
            header: vec![
                "Sub-processor".into(),
                "Purpose".into(),
                "Location".into(),
                "Corporate location".into(),
            ],
            rows: vec![
                vec![
                    " Stripe\n Inc ".into(),
                    "Payments".into(),
                    "United States, Ireland".into(),
                    "USA".into(),
                ],
                vec![
                    "Stripe Inc".into(),
                    "Payments".into(),
                    "Germany".into(),
                    "".into(),
                ],
                vec!["".into(), "x".into(), "".into(), "".into()],
                vec!["Acme".into(), "Mail".into(), "Atlantis".into(), "".into()],
                vec![
                    "Stripe Inc".into(),
                    "Fraud detection".into(),
                    "United States".into(),
                    "".into(),
                ],
                vec![
                    "Hetzner".into(),
                    "Hosting".into(),
                    "the European Economic Area and Finland".into(),
                    "".into(),
                ],
                vec![
                    "Bahnhof".into(),
                    "Backup".into(),
                    "EU/EEA".into(),
                    "".into(),
                ],
            ],
            row_lines: vec![3, 4, 5, 6, 7, 8, 9],
            line: 1,
            markdown: String::new(),
        };
        let doc = Document {
            parts: vec![
                Part::Heading {
                    level: 2,
                    text: "Sub-processors".into(),
                    id: None,
                    line: 1,
                },
                Part::Prose("We use these.".into()),
                Part::Table(table),
            ],
            ..Default::default()
        };
        let mapped = map(&doc, "en", &mut Ids::default());
        let ps = &mapped.revision.processors;
        assert_eq!(ps.len(), 5, "{ps:?}");
        assert_eq!(
            ps[4].regions.iter().collect::<Vec<_>>(),
            [&crate::model::Region::Eea]
        );
        assert!(ps[4].countries.is_empty());
        // A region in the place column is the region, not a country guessed for it.
        assert_eq!(ps[3].countries.iter().collect::<Vec<_>>(), ["FI"]);
        assert_eq!(
            ps[3].regions.iter().collect::<Vec<_>>(),
            [&crate::model::Region::Eea]
        );
        // Two rows of the same purpose: one entry, their places united.
        assert_eq!(ps[0].name, "Stripe Inc");
        assert_eq!(
            ps[0].countries.iter().collect::<Vec<_>>(),
            ["DE", "IE", "US"]
        );
        assert_eq!(ps[0].purpose.as_deref(), Some("Payments"));
        // A row of another purpose: its own entry, named apart, not merged.
        assert_eq!(ps[2].name, "Stripe Inc (Fraud detection)");
        assert_eq!(ps[2].countries.iter().collect::<Vec<_>>(), ["US"]);
        assert_eq!(ps[0].headquarters.as_deref(), Some("US"));
        assert_eq!(ps[0].group.as_deref(), Some("Sub-processors"));
        assert_eq!(mapped.revision.sections[0].id, "recipients");
        let lines: Vec<usize> = mapped.unmapped.iter().map(|(l, _)| *l).collect();
        assert_eq!(lines, [5, 6, 7], "{:?}", mapped.unmapped);
    }
}
