//! Recipients listed as bullets rather than in a table: `* [Name](url). Purpose.` or
//! `* **Name** – purpose`, under a lead-in such as "These subprocessors are located in the
//! EU:" which names them recipients and may say where they process.

use super::mapping::{Processor, country_code};
use crate::model::Region;

/// Words of a lead-in that names what follows as recipients.
#[rustfmt::skip]
const LEAD_WORDS: &[&str] = &[
    "sub-processor", "subprocessor", "processor", "recipient", "vendor", "service provider",
    "third part", "partner", "mottagare", "biträde", "leverantör", "vastaanottaja",
    "käsittelijä", "empfänger", "auftragsverarbeiter", "dienstleister", "destinataire",
    "sous-traitant", "prestataire",
];

/// Names of the regions the model holds, as policies write them (lower case, any of the
/// languages the import reads): the European Union, and the European Economic Area (which
/// "EU/EEA" and "EU or EEA" also name, the EEA holding the EU).
#[rustfmt::skip]
const REGIONS: &[(&str, Region)] = &[
    ("eu", Region::Eu), ("the eu", Region::Eu), ("european union", Region::Eu),
    ("the european union", Region::Eu), ("eu:n", Region::Eu), ("eu:s", Region::Eu),
    ("europeiska unionen", Region::Eu), ("euroopan unioni", Region::Eu),
    ("euroopan unionin", Region::Eu), ("europäische union", Region::Eu),
    ("der europäischen union", Region::Eu), ("ue", Region::Eu), ("l'ue", Region::Eu),
    ("l'union européenne", Region::Eu), ("union européenne", Region::Eu),
    ("eea", Region::Eea), ("the eea", Region::Eea), ("european economic area", Region::Eea),
    ("the european economic area", Region::Eea), ("eu/eea", Region::Eea),
    ("the eu/eea", Region::Eea), ("eu or eea", Region::Eea), ("the eu or eea", Region::Eea),
    ("ees", Region::Eea), ("eu/ees", Region::Eea), ("eu eller ees", Region::Eea),
    ("eu- eller ees-området", Region::Eea), ("ees-området", Region::Eea),
    ("eta", Region::Eea), ("eta-alueella", Region::Eea), ("eu/eta", Region::Eea),
    ("ewr", Region::Eea), ("eu/ewr", Region::Eea), ("eee", Region::Eea), ("l'eee", Region::Eea),
];

/// Places named as a region no model value holds: the place is stated, but as no one
/// country and no region the model knows, so nothing is guessed.
const OTHER_REGIONS: &[&str] = &["europe", "the europe", "eu-", "europa", "l'europe"];

/// The region `text` names ("the EU", "EEA", "Euroopan unioni"), if it names one.
pub fn region(text: &str) -> Option<Region> {
    let key = text
        .trim()
        .trim_end_matches(['.', ':'])
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    REGIONS
        .iter()
        .find(|(name, _)| *name == key)
        .map(|(_, r)| *r)
}

/// Whether `lead_in` introduces a list of recipients (or the section is about them).
pub fn introduces_recipients(lead_in: &str, in_recipients_section: bool) -> bool {
    let lower = lead_in.to_lowercase();
    LEAD_WORDS.iter().any(|w| lower.contains(w))
        || (in_recipients_section && lower.trim_end().ends_with(':'))
}

/// Where a lead-in says the recipients are: a country code, a region the model holds,
/// or another region by name (Europe), which is no fact the model can hold.
pub enum Place {
    Country(&'static str),
    Region(Region),
    Other(String),
}

/// The place after "in" in a lead-in ("located in the EU:", "based in Ireland").
pub fn place(lead_in: &str, lang: &str) -> Option<Place> {
    let lower = lead_in.to_lowercase();
    let mut found = None;
    for word in [
        " in ",
        " i ",
        " en ",
        " dans ",
        " aus ",
        " im ",
        " innerhalb ",
        " inom ",
        " within ",
    ] {
        let mut from = 0;
        while let Some(at) = lower[from..].find(word) {
            let start = from + at + word.len();
            from = start;
            let end = lower[start..]
                .find([':', '.', ',', ';', '(', '\n'])
                .map_or(lower.len(), |e| start + e);
            let raw = lead_in[start..end].trim();
            let key = lower[start..end].trim();
            if let Some(region) = region(raw) {
                found = Some(Place::Region(region));
            } else if OTHER_REGIONS.contains(&key) {
                found = Some(Place::Other(raw.to_string()));
            } else if let Some(code) = country_code(raw, lang) {
                found = Some(Place::Country(code));
            }
        }
    }
    found
}

/// The recipients of a bullet list whose every item begins with a name (a link or bold
/// text), with the line of each item (from `first_line`); `None` when it is no such list.
pub fn processors(list: &str, first_line: usize) -> Option<Vec<Processor>> {
    let mut out = Vec::new();
    let mut current: Option<(usize, String)> = None;
    let mut items: Vec<(usize, String)> = Vec::new();
    for (i, line) in list.lines().enumerate() {
        let t = line.trim_start();
        let bullet = ["* ", "- ", "+ "].iter().find_map(|b| t.strip_prefix(b));
        if let Some(rest) = bullet.filter(|_| line.len() - t.len() < 2) {
            items.extend(current.take());
            current = Some((i, rest.to_string()));
        } else if let Some((_, text)) = current.as_mut()
            && !t.is_empty()
        {
            text.push(' ');
            text.push_str(t);
        } else if !t.is_empty() {
            return None;
        }
    }
    items.extend(current);
    if items.is_empty() {
        return None;
    }
    for (line, item) in items {
        let (name, url, rest) = lead_name(item.trim())?;
        let purpose = rest
            .trim_start_matches(|c: char| {
                c.is_whitespace() || matches!(c, '.' | ':' | '-' | '–' | '—' | ',')
            })
            .trim()
            .trim_end_matches('.')
            .trim();
        out.push(Processor {
            name,
            url,
            purpose: (!purpose.is_empty()).then(|| purpose.to_string()),
            line: first_line + line,
            ..Default::default()
        });
    }
    Some(out)
}

/// The name an item begins with (`[Name](url)` or `**Name**`), its link if absolute, and
/// the rest of the item.
fn lead_name(item: &str) -> Option<(String, Option<String>, &str)> {
    if let Some(rest) = item.strip_prefix('[') {
        let close = rest.find("](")?;
        let name = &rest[..close];
        let after = &rest[close + 2..];
        let end = after.find(')')?;
        let url = after[..end].trim();
        let url =
            (url.starts_with("https://") || url.starts_with("http://")).then(|| url.to_string());
        let name = name.trim_matches(['*', '_', ' ']);
        return (!name.is_empty()).then(|| (name.to_string(), url, &after[end + 1..]));
    }
    for mark in ["**", "__"] {
        if let Some(rest) = item.strip_prefix(mark) {
            let close = rest.find(mark)?;
            let name = rest[..close].trim().trim_end_matches([':', '.']);
            return (!name.is_empty()).then(|| (name.to_string(), None, &rest[close + 2..]));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bullet_list_of_linked_names_is_a_list_of_recipients() {
        let list = "* [Anthropic](https://www.anthropic.com). AI model provider.\n* [Microsoft Azure](https://azure.microsoft.com). Cloud hosting.\n* **Zendesk** – support tickets";
        let ps = processors(list, 10).unwrap();
        assert_eq!(ps.len(), 3);
        assert_eq!(ps[0].name, "Anthropic");
        assert_eq!(ps[0].url.as_deref(), Some("https://www.anthropic.com"));
        assert_eq!(ps[0].purpose.as_deref(), Some("AI model provider"));
        assert_eq!(ps[2].name, "Zendesk");
        assert_eq!(ps[2].purpose.as_deref(), Some("support tickets"));
        assert_eq!(ps[1].line, 11);
        assert!(processors("* plain words\n* more", 1).is_none());
        assert!(introduces_recipients(
            "These subprocessors are located in the EU:",
            false
        ));
        assert!(matches!(
            place("These subprocessors are located in the EU:", "en"),
            Some(Place::Region(Region::Eu))
        ));
        assert!(matches!(
            place("Unsere Dienstleister in der Europäischen Union:", "de"),
            Some(Place::Region(Region::Eu))
        ));
        assert!(matches!(
            place("Leverantörer inom EU/EES:", "sv"),
            Some(Place::Region(Region::Eea))
        ));
        assert!(matches!(
            place("Our vendors in the EU/EEA:", "en"),
            Some(Place::Region(Region::Eea))
        ));
        assert!(matches!(
            place("Our vendors located in Europe:", "en"),
            Some(Place::Other(r)) if r == "Europe"
        ));
        assert_eq!(region("EEA"), Some(Region::Eea));
        assert_eq!(region("Euroopan unioni"), Some(Region::Eu));
        assert_eq!(region("Ireland"), None);
        assert!(matches!(
            place(
                "These subprocessors are located in the United States:",
                "en"
            ),
            Some(Place::Country("US"))
        ));
    }
}
