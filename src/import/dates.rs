//! The effective date a policy states: "Effective May 4, 2026", "Last updated: …",
//! "Uppdaterad den: 27.6.2019", "gäller från den 25 maj 2018", a `datetime="…"`
//! attribute; in English, Swedish, Finnish, German and French.

use jiff::civil::Date;

/// Words after which a policy states the day it takes effect or was last changed, lower
/// case; the first found in the text wins.
const TRIGGERS: &[&str] = &[
    "effective date",
    "effective as of",
    "effective from",
    "effective",
    "last updated",
    "last modified",
    "last revised",
    "updated",
    "in force from",
    "valid from",
    "senast uppdaterad",
    "uppdaterad",
    "gäller från",
    "gäller fr.o.m.",
    "träder i kraft",
    "päivitetty",
    "voimassa",
    "viimeksi päivitetty",
    "stand:",
    "gültig ab",
    "zuletzt aktualisiert",
    "aktualisiert am",
    "in kraft ab",
    "mis à jour le",
    "mise à jour",
    "en vigueur",
    "date d'effet",
    "dernière mise à jour",
];

const MONTHS: &[(&str, i8)] = &[
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
    // Swedish
    ("januari", 1),
    ("februari", 2),
    ("mars", 3),
    ("maj", 5),
    ("juni", 6),
    ("juli", 7),
    ("augusti", 8),
    ("oktober", 10),
    // Finnish (partitive, as in "4. toukokuuta 2026")
    ("tammikuuta", 1),
    ("helmikuuta", 2),
    ("maaliskuuta", 3),
    ("huhtikuuta", 4),
    ("toukokuuta", 5),
    ("kesäkuuta", 6),
    ("heinäkuuta", 7),
    ("elokuuta", 8),
    ("syyskuuta", 9),
    ("lokakuuta", 10),
    ("marraskuuta", 11),
    ("joulukuuta", 12),
    // German
    ("januar", 1),
    ("februar", 2),
    ("märz", 3),
    ("mai", 5),
    ("dezember", 12),
    ("oktober", 10),
    // French
    ("janvier", 1),
    ("février", 2),
    ("avril", 4),
    ("juin", 6),
    ("juillet", 7),
    ("août", 8),
    ("septembre", 9),
    ("octobre", 10),
    ("novembre", 11),
    ("décembre", 12),
    ("mars", 3),
];

/// The date `text` states it takes effect, or was last updated.
pub fn stated_date(text: &str) -> Option<Date> {
    stated(text).date
}

/// A date a text states, how, and what the reader should know about it.
pub struct Stated {
    pub date: Option<Date>,
    /// The line of the change log entry the date was read from, where the text states no
    /// date outside its change log.
    pub from_log: Option<usize>,
    /// (line, what): an attribute contradicting the visible date, a change log entry
    /// later than the stated date.
    pub notes: Vec<(usize, String)>,
}

/// The date `text` states, read as a reader sees it (through emphasis, bold, links,
/// tags and attribute lists), else from a `datetime` attribute, else from the newest entry
/// of an in-document change log; with notes when an attribute contradicts the visible
/// date, which wins, and when the change log has a later entry than the stated date.
pub fn stated(text: &str) -> Stated {
    let (body, log) = without_change_log(text);
    let visible = visible_date(&visible(&body));
    let attribute = datetime_attribute(&body);
    let mut notes = Vec::new();
    let date = match (visible, attribute) {
        (Some(v), Some((a, line))) if v != a => {
            notes.push((
                line,
                format!(
                    "datetime=\"{a}\" contradicts the visible date {v}: the visible date is used"
                ),
            ));
            Some(v)
        }
        (Some(v), _) => Some(v),
        (None, a) => a.map(|(d, _)| d),
    };
    let mut from_log = None;
    let date = match (date, log) {
        (None, Some((newest, line))) => {
            from_log = Some(line);
            Some(newest)
        }
        (Some(d), Some((newest, line))) if newest > d => {
            notes.push((
                line,
                format!(
                    "the change log's newest entry is dated {newest}, after the date the text states ({d}): the stated date is used"
                ),
            ));
            Some(d)
        }
        (d, _) => d,
    };
    Stated {
        date,
        from_log,
        notes,
    }
}

/// Headings of an in-document change log, lower case, as the visible heading reads.
#[rustfmt::skip]
const LOG_HEADINGS: &[&str] = &[
    "changelog", "change log", "change history", "changes history", "revision history",
    "version history", "document history", "history of changes", "policy history",
    "ändringshistorik", "versionshistorik", "revisionshistorik", "muutoshistoria",
    "versiohistoria", "änderungshistorie", "änderungsverlauf", "versionshistorie",
    "historique des modifications", "historique des versions", "historique des révisions",
];

/// The heading level of a line that heads a change log (0 for a line of its own, such as
/// `**Revision history**`), if it heads one.
fn log_heading(line: &str) -> Option<usize> {
    let t = line.trim();
    let level = t.chars().take_while(|c| *c == '#').count();
    let name = visible(t.trim_start_matches('#'))
        .trim()
        .trim_end_matches([':', '.'])
        .trim()
        .to_lowercase();
    LOG_HEADINGS.contains(&name.as_str()).then_some(level)
}

/// `text` with its change log's lines blank (so that lines keep their numbers), and the
/// newest date an entry of the log begins with, with the entry's line. A log runs from its
/// heading to the next heading of its level or above (any heading, after a heading that
/// is a line of its own).
fn without_change_log(text: &str) -> (String, Option<(Date, usize)>) {
    let lines: Vec<&str> = text.lines().collect();
    let Some((start, level)) = lines
        .iter()
        .enumerate()
        .find_map(|(i, l)| log_heading(l).map(|level| (i, level)))
    else {
        return (text.to_string(), None);
    };
    let end = (start + 1..lines.len())
        .find(|&i| {
            let t = lines[i].trim_start();
            let hashes = t.chars().take_while(|c| *c == '#').count();
            hashes > 0 && t[hashes..].starts_with(' ') && (level == 0 || hashes <= level)
        })
        .unwrap_or(lines.len());
    let mut newest: Option<(Date, usize)> = None;
    for (i, line) in lines.iter().enumerate().take(end).skip(start + 1) {
        let entry = visible(line)
            .replace('|', " ")
            .trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '-' | '+'))
            .to_lowercase();
        if let Some(d) = first_date(&entry)
            && newest.is_none_or(|(n, _)| d > n)
        {
            newest = Some((d, i + 1));
        }
    }
    let mut body = String::with_capacity(text.len());
    for (i, line) in lines.iter().enumerate() {
        if !(start..end).contains(&i) {
            body.push_str(line);
        }
        body.push('\n');
    }
    (body, newest)
}

/// The first date a trigger word introduces in `text`.
fn visible_date(text: &str) -> Option<Date> {
    let lower = text.to_lowercase();
    let mut best: Option<(usize, Date)> = None;
    for trigger in TRIGGERS {
        let mut from = 0;
        while let Some(at) = lower[from..].find(trigger) {
            let start = from + at + trigger.len();
            from = start;
            let window: String = lower[start..].chars().take(48).collect();
            if let Some(date) = first_date(&window)
                && best.is_none_or(|(pos, _)| start < pos)
            {
                best = Some((start, date));
                break;
            }
        }
    }
    best.map(|(_, d)| d)
}

/// `text` as a reader sees it: without emphasis and code marks, link targets
/// (`[text](url)`, `[text][ref]`), HTML tags and kramdown attribute lists (`{: …}`).
pub fn visible(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        let skip_to = |rest: &str, open: &str, close: char| -> Option<usize> {
            let inner = rest.strip_prefix(open)?;
            let end = inner.find(close)?;
            (!inner[..end].contains('\n')).then_some(open.len() + end + close.len_utf8())
        };
        let skipped = skip_to(rest, "](", ')')
            .or_else(|| skip_to(rest, "][", ']'))
            .or_else(|| skip_to(rest, "{:", '}'))
            .or_else(|| {
                let next = rest[c.len_utf8()..].chars().next()?;
                (c == '<' && (next.is_ascii_alphabetic() || next == '/'))
                    .then(|| skip_to(rest, "<", '>'))
                    .flatten()
            });
        if let Some(n) = skipped {
            out.push(' ');
            rest = &rest[n..];
            continue;
        }
        if !matches!(c, '*' | '_' | '[' | ']' | '`') {
            out.push(c);
        }
        rest = &rest[c.len_utf8()..];
    }
    out
}

/// `datetime="2026-05-04…"` on a `<time>` element or anywhere, with its line.
fn datetime_attribute(text: &str) -> Option<(Date, usize)> {
    let at = text.find("datetime=")?;
    let value = text[at + 9..].trim_start_matches(['"', '\'']);
    let date = value.get(..10)?.parse().ok()?;
    Some((date, text[..at].matches('\n').count() + 1))
}

/// The first date in `window`: ISO, day.month.year, "May 4, 2026", "4 May 2026",
/// "25 maj 2018", "4. Mai 2026", "le 4 mai 2026".
fn first_date(window: &str) -> Option<Date> {
    let words: Vec<&str> = window
        .split(|c: char| c.is_whitespace() || c == ',' || c == ':')
        .filter(|w| !w.is_empty())
        .take(8)
        .collect();
    for (i, word) in words.iter().enumerate() {
        let word = word.trim_matches(|c: char| c == '(' || c == ')');
        if let Ok(d) = word.trim_end_matches('.').parse::<Date>() {
            return Some(d);
        }
        if let Some(d) = dotted(word) {
            return Some(d);
        }
        if let Some(month) = month(word) {
            // "May 4, 2026"
            if let (Some(day), Some(year)) = (
                words.get(i + 1).and_then(|w| number(w)),
                words.get(i + 2).and_then(|w| number(w)),
            ) && let Some(d) = civil(year, month, day)
            {
                return Some(d);
            }
        }
        if let Some(day) = number(word)
            && let Some(month) = words.get(i + 1).and_then(|w| month(w))
            && let Some(year) = words.get(i + 2).and_then(|w| number(w))
            && let Some(d) = civil(year, month, day)
        {
            return Some(d);
        }
        // Only the first few words after a trigger count.
        if i >= 4 {
            break;
        }
    }
    None
}

/// A date of a plausible year, if it exists.
fn civil(year: u32, month: i8, day: u32) -> Option<Date> {
    if !(1990..=2200).contains(&year) || day > 31 {
        return None;
    }
    Date::new(year as i16, month, day as i8).ok()
}

/// "27.6.2019", "27/06/2019" (day first, as in every language here but English).
fn dotted(word: &str) -> Option<Date> {
    let word = word.trim_end_matches('.');
    let parts: Vec<&str> = word.split(['.', '/']).collect();
    if parts.len() != 3 || parts[2].len() != 4 {
        return None;
    }
    let (d, m, y) = (
        parts[0].parse::<i8>().ok()?,
        parts[1].parse::<i8>().ok()?,
        parts[2].parse::<i16>().ok()?,
    );
    Date::new(y, m, d).ok()
}

fn month(word: &str) -> Option<i8> {
    let word = word.trim_end_matches('.');
    MONTHS
        .iter()
        .find(|(name, _)| *name == word)
        .map(|(_, m)| *m)
}

fn number(word: &str) -> Option<u32> {
    let word = word.trim_end_matches(['.', ',']);
    let word = word
        .strip_suffix("st")
        .or_else(|| word.strip_suffix("nd"))
        .or_else(|| word.strip_suffix("rd"))
        .or_else(|| word.strip_suffix("th"))
        .unwrap_or(word);
    (!word.is_empty() && word.len() <= 4 && word.bytes().all(|b| b.is_ascii_digit()))
        .then(|| word.parse().ok())
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn reads_the_stated_dates_of_five_languages() {
        for (text, want) in [
            ("Effective May 4, 2026\n\nWe …", date(2026, 5, 4)),
            ("Last updated: 3 January 2024", date(2024, 1, 3)),
            ("Uppdaterad den: 27.6.2019", date(2019, 6, 27)),
            (
                "Denna dataskyddspolicy gäller från den 25 maj 2018, när",
                date(2018, 5, 25),
            ),
            ("Päivitetty 1.2.2020", date(2020, 2, 1)),
            ("Stand: 01.03.2021", date(2021, 3, 1)),
            ("Mis à jour le 4 mai 2026", date(2026, 5, 4)),
            (
                "<time datetime=\"2025-11-30\">30 Nov</time>",
                date(2025, 11, 30),
            ),
            ("Effective date: 2023-07-01.", date(2023, 7, 1)),
        ] {
            assert_eq!(stated_date(text), Some(want), "{text}");
        }
        assert_eq!(stated_date("We updated our partners in 2020."), None);
        for text in [
            "*Last updated: June 8, 2023*",
            "Effective date: **June 8, 2023**",
            "Last updated: [June 8, 2023](https://example.com/changes)",
            "Last updated: <time>June 8, 2023</time>",
            "_Effective_ June 8, 2023",
        ] {
            assert_eq!(stated_date(text), Some(date(2023, 6, 8)), "{text}");
        }
        // An attribute contradicting the visible date is reported; the visible date wins.
        let s = stated("Intro\n\nEffective June 30, 2023\n{: datetime=\"2022-06-30\" }\n");
        assert_eq!(s.notes.len(), 1);
        assert_eq!(s.date, Some(date(2023, 6, 30)));
        assert_eq!(s.from_log, None);
        let (line, what) = s.notes[0].clone();
        assert_eq!(line, 4);
        assert!(what.contains("2022-06-30"), "{what}");
        assert_eq!(stated_date("No date here."), None);
    }

    #[test]
    fn a_change_log_dates_a_text_that_states_no_other_date() {
        let text = "# Privacy\n\nWe care.\n\n## Revision history\n\n* 2022-01-10: first version\n* **June 8, 2023** – added Anthropic\n* 3 March 2021 – draft\n\n## Contact\n\nWrite to us. Updated often.\n";
        let s = stated(text);
        assert_eq!(s.date, Some(date(2023, 6, 8)));
        assert_eq!(s.from_log, Some(8));
        assert!(s.notes.is_empty(), "{:?}", s.notes);
        // A table of dated entries under a bold line of its own.
        let table = "Policy.\n\n**Change history**\n\n| Date | Change |\n|---|---|\n| 01.02.2024 | Ny leverantör |\n| 01.09.2023 | Första |\n";
        assert_eq!(stated_date(table), Some(date(2024, 2, 1)));
        // A date stated above the log wins; a later log entry is reported.
        let both = "Effective May 1, 2023\n\n## Changelog\n\n- 2023-06-08 Added Anthropic\n- 2023-05-01 Published\n";
        let s = stated(both);
        assert_eq!(s.date, Some(date(2023, 5, 1)));
        assert_eq!(s.from_log, None);
        assert_eq!(s.notes.len(), 1);
        assert!(
            s.notes[0].1.contains("after the date the text states"),
            "{:?}",
            s.notes
        );
        // Entries in the log that use a trigger word do not date the text from inside it.
        let worded = "Policy.\n\n## Change log\n\n- Updated 2020-01-01: first\n- Updated 2021-04-02: second\n";
        assert_eq!(stated_date(worded), Some(date(2021, 4, 2)));
        assert_eq!(stated_date("## History\n\n- 2021-04-02"), None);
    }
}
