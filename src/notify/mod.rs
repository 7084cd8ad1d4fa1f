//! Notice packets for material changes: an e-mail (`.eml`, RFC 5322, multipart text and
//! HTML, in the locale's language) and a JSON payload for webhooks, one per upcoming or
//! newly effective material revision; sending them over SMTP with lettre, never twice.
//!
//! A revision is newly effective when it took effect within the last `[notice] days`
//! (30 where company.toml sets none) before the build date. What was sent is recorded in
//! `.privsite/notified.json` in the site folder, per message and address, and saved after
//! every attempt, so a message is never sent to an address twice and a failed send is
//! recorded with its error until a later run sends it.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use fluent_bundle::{FluentArgs, FluentValue};
use jiff::civil::Date;
use lettre::message::{Mailbox, MultiPart, MultiPartKind, SinglePart, header};
use serde::{Deserialize, Serialize};

use crate::model::{Company, LocaleHistory, Processor, Site};
use crate::plan::notice::{
    ChangeKind, NoticeFacts, Reason, RecipientChange, class_of, recipient_changes,
    serialize_opt_date,
};
use crate::plan::{self, Status, Timeline};
use crate::text::hash::sha256_hex;
use crate::text::i18n::Messages;
use crate::{Diagnostic, Diagnostics};

/// The version of the webhook JSON payload; a change that breaks readers raises it.
pub const PAYLOAD_VERSION: u32 = 1;

/// Where the record of sent messages is kept, relative to the site folder.
pub const RECORD: &str = ".privsite/notified.json";

/// What `privsite notify` is asked for.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub date: Option<Date>,
    pub company: Option<String>,
    pub locale: Option<String>,
    /// The sender; default: the company's e-mail, else `privacy@` the site's host.
    pub from: Option<String>,
}

/// One notice: the e-mail's parts and the webhook payload.
#[derive(Debug, Clone)]
pub struct Packet {
    /// `<company>/<locale>/<date>`: what the record keys sends by.
    pub key: String,
    /// `<company>-<locale>-<date>`: the file names under `--out`.
    pub stem: String,
    pub subject: String,
    pub text: String,
    pub html: String,
    /// The webhook payload.
    pub json: String,
    pub from: String,
    pub message_id: String,
    /// The build date, as the message's Date header (midnight UTC).
    pub date: Date,
    /// A hash of everything the message says: a changed revision is a new message.
    pub fingerprint: String,
}

#[derive(Serialize)]
struct Payload<'a> {
    version: u32,
    #[serde(rename = "type")]
    kind: &'static str,
    id: &'a str,
    company: PayloadCompany<'a>,
    locale: &'a str,
    #[serde(flatten)]
    facts: NoticeFacts,
    status: Status,
    reasons: Vec<Reason>,
    summary: Option<&'a str>,
    #[serde(serialize_with = "serialize_opt_date")]
    previous_date: Option<Date>,
    permalink: String,
    diff: String,
    changes: Vec<RecipientChange<'a>>,
}

#[derive(Serialize)]
struct PayloadCompany<'a> {
    slug: &'a str,
    name: &'a str,
    email: Option<&'a str>,
}

/// Loads the site under `root` (with what git says) and its messages, and makes a packet
/// for each upcoming or newly effective material revision. The record is not read here.
pub fn packets(root: &Path, options: &Options) -> Result<(Vec<Packet>, Date), Diagnostics> {
    let today = crate::build::build_date(options.date)
        .map_err(|e| Diagnostics(vec![Diagnostic::cannot_run("SOURCE_DATE_EPOCH", e)]))?;
    let (mut site, mut diags) =
        crate::source::load::load_site(root, crate::source::load::LoadOptions::default())?;
    crate::source::git::take_in(root, &mut site, &mut diags);
    if let Some(slug) = &options.company
        && site.company(slug).is_none()
    {
        return Err(Diagnostics(vec![Diagnostic::cannot_run(
            "content",
            format!("no company {slug:?}: expected a folder content/{slug}/"),
        )]));
    }
    let locales: BTreeSet<crate::model::Locale> = site
        .companies
        .iter()
        .flat_map(|c| c.locales.iter().map(|l| l.locale.clone()))
        .collect();
    let messages = Messages::load(root, &site.config, &locales, &mut diags);
    if diags.has_errors() {
        return Err(diags);
    }
    let mut out = Vec::new();
    for company in &site.companies {
        if options.company.as_ref().is_some_and(|c| *c != company.slug) {
            continue;
        }
        for history in &company.locales {
            if options
                .locale
                .as_ref()
                .is_some_and(|l| l != history.locale.as_str())
            {
                continue;
            }
            let timeline = Timeline::new(history, today);
            let window = company.info.notice.and_then(|n| n.days).unwrap_or(30);
            for (i, revision) in history.revisions.iter().enumerate() {
                let due = match timeline.statuses[i] {
                    Status::Upcoming => true,
                    Status::Current => revision
                        .date
                        .until(today)
                        .is_ok_and(|s| s.get_days() < window as i32),
                    Status::Past => false,
                };
                if !due || !class_of(history, i).is_some_and(|c| c.material) {
                    continue;
                }
                out.push(packet(
                    &site, &messages, company, history, &timeline, i, today, options,
                ));
            }
        }
    }
    Ok((out, today))
}

/// A row of a notice's table: the recipient, where it processes data, its safeguard.
type Row<'a> = (&'a str, String, String);

#[allow(clippy::too_many_arguments)]
fn packet(
    site: &Site,
    messages: &Messages,
    company: &Company,
    history: &LocaleHistory,
    timeline: &Timeline,
    i: usize,
    today: Date,
    options: &Options,
) -> Packet {
    let revision = &history.revisions[i];
    let lang = history.locale.as_str();
    let slug = company.slug.as_str();
    let key = format!("{slug}/{lang}/{}", revision.date);
    let stem = key.replace('/', "-");
    let previous = i.checked_sub(1).map(|p| &history.revisions[p]);
    let changes = previous.map_or_else(Vec::new, |old| recipient_changes(old, revision));
    let facts = NoticeFacts::of(&company.info, history, i);
    let reasons = class_of(history, i)
        .and_then(|c| c.reasons)
        .unwrap_or_default();
    let permalink = site
        .config
        .url(&plan::paths::revision(slug, lang, revision.date));
    let diff = site
        .config
        .url(&plan::paths::diff(slug, lang, revision.date));
    let name = company.display_name();

    let t = |key: &str, args: &[(&str, String)]| -> String {
        let mut fluent = FluentArgs::new();
        for (k, v) in args {
            fluent.set(*k, FluentValue::from(v.clone()));
        }
        messages
            .get(lang, key, Some(&fluent))
            .map(|m| m.trim().to_string())
            .unwrap_or_else(|| key.to_string())
    };
    let date_text = messages.date(lang, revision.date);
    let subject = t(
        "notice-email-subject",
        &[("company", name.to_string()), ("date", date_text.clone())],
    );
    let intro = t(
        "notice-email-intro",
        &[("company", name.to_string()), ("date", date_text.clone())],
    );
    let announced_line = facts.announced.map(|a| {
        t(
            "notice-announced-line",
            &[
                ("announced", messages.date(lang, a)),
                ("date", date_text.clone()),
            ],
        )
    });
    let location = |p: &Processor| -> String {
        match &p.countries {
            None => t("not-stated", &[]),
            Some(codes) => {
                let names: Vec<String> = codes
                    .iter()
                    .map(|c| crate::text::cldr::country_name(lang, c))
                    .collect();
                crate::text::cldr::list(lang, &names)
            }
        }
    };
    let safeguard = |p: &Processor| -> String {
        match p.safeguard {
            Some(s) => t(&format!("safeguard-{}", s.as_str()), &[]),
            None if p.outside_eea() == Some(false) => t("location-within-eea", &[]),
            None => t("safeguard-none", &[]),
        }
    };
    let mut objection = Vec::new();
    if let Some(deadline) = facts.objection_deadline {
        objection.push(t(
            "notice-email-objection",
            &[("deadline", messages.date(lang, deadline))],
        ));
        if let Some(email) = &company.info.email {
            objection.push(t(
                "notice-email-objection-contact",
                &[("contact", email.clone())],
            ));
        }
    }

    // The tables: one per kind of change, in the order a notice states them.
    let groups: Vec<(&str, Vec<Row>)> = [
        ChangeKind::Added,
        ChangeKind::Removed,
        ChangeKind::Renamed,
        ChangeKind::Changed,
    ]
    .iter()
    .map(|kind| {
        let rows = changes
            .iter()
            .filter(|c| c.kind == *kind)
            .filter_map(|c| {
                let p = c.after.or(c.before)?;
                Some((c.name, location(p), safeguard(p)))
            })
            .collect::<Vec<_>>();
        (kind.as_str(), rows)
    })
    .filter(|(_, rows)| !rows.is_empty())
    .collect();
    let headers = [
        t("notice-email-col-name", &[]),
        t("notice-email-col-location", &[]),
        t("notice-email-col-safeguard", &[]),
    ];

    let mut text = String::new();
    let mut html = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head><meta charset=\"utf-8\"><title>{}</title></head>\n<body>\n",
        escape(lang),
        escape(&subject)
    );
    text.push_str(&intro);
    text.push('\n');
    html.push_str(&format!("<p>{}</p>\n", escape(&intro)));
    if let Some(line) = &announced_line {
        text.push_str(line);
        text.push('\n');
        html.push_str(&format!("<p>{}</p>\n", escape(line)));
    }
    if let Some(summary) = &revision.summary {
        text.push('\n');
        text.push_str(summary);
        text.push('\n');
        html.push_str(&format!("<p>{}</p>\n", escape(summary)));
    }
    for (kind, rows) in &groups {
        let heading = t(&format!("notice-email-{kind}"), &[]);
        text.push_str(&format!("\n{heading}\n"));
        html.push_str(&format!(
            "<h2>{}</h2>\n<table>\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>\n",
            escape(&heading),
            escape(&headers[0]),
            escape(&headers[1]),
            escape(&headers[2])
        ));
        for (name, location, safeguard) in rows {
            text.push_str(&format!(
                "- {name}: {}: {location}; {}: {safeguard}\n",
                headers[1], headers[2]
            ));
            html.push_str(&format!(
                "<tr><td>{}</td><td>{}</td><td>{}</td></tr>\n",
                escape(name),
                escape(location),
                escape(safeguard)
            ));
        }
        html.push_str("</tbody>\n</table>\n");
    }
    if !objection.is_empty() {
        let paragraph = objection.join(" ");
        text.push_str(&format!("\n{paragraph}\n"));
        html.push_str(&format!("<p>{}</p>\n", escape(&paragraph)));
    }
    let (diff_label, policy_label) = (t("notice-email-diff", &[]), t("notice-email-policy", &[]));
    text.push_str(&format!(
        "\n{diff_label} {diff}\n{policy_label} {permalink}\n"
    ));
    html.push_str(&format!(
        "<p>{} <a href=\"{}\">{}</a><br>{} <a href=\"{}\">{}</a></p>\n</body>\n</html>\n",
        escape(&diff_label),
        escape(&diff),
        escape(&diff),
        escape(&policy_label),
        escape(&permalink),
        escape(&permalink)
    ));

    let json = crate::render::export::to_json_text(&Payload {
        version: PAYLOAD_VERSION,
        kind: "privsite.notice",
        id: &key,
        company: PayloadCompany {
            slug,
            name,
            email: company.info.email.as_deref(),
        },
        locale: lang,
        facts,
        status: timeline.statuses[i],
        reasons,
        summary: revision.summary.as_deref(),
        previous_date: previous.map(|p| p.date),
        permalink,
        diff,
        changes,
    });
    let fingerprint = sha256_hex(format!("{subject}\n{text}\n{html}").as_bytes());
    let host = host_of(&site.config.base_url);
    let from = options
        .from
        .clone()
        .or_else(|| company.info.email.clone())
        .unwrap_or_else(|| format!("privacy@{host}"));
    let message_id = format!("<{}.{}@{host}>", stem, &fingerprint[..16]);
    Packet {
        key,
        stem,
        subject,
        text,
        html,
        json,
        from,
        message_id,
        date: today,
        fingerprint,
    }
}

fn host_of(base_url: &str) -> String {
    let rest = base_url.split_once("://").map_or(base_url, |(_, r)| r);
    let host = rest.split(['/', ':']).next().unwrap_or("");
    if host.is_empty() {
        "localhost".to_string()
    } else {
        host.to_string()
    }
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

impl Packet {
    /// The e-mail, addressed to `to` where given (a message written to a file has no
    /// recipient: RFC 5322 requires only Date and From).
    pub fn message(&self, to: Option<&str>) -> Result<lettre::Message, String> {
        let from: Mailbox = self
            .from
            .parse()
            .map_err(|e| format!("sender {:?} is not an e-mail address: {e}", self.from))?;
        let seconds = self
            .date
            .to_zoned(jiff::tz::TimeZone::UTC)
            .map_or(0, |z| z.timestamp().as_second());
        let date = UNIX_EPOCH + Duration::from_secs(u64::try_from(seconds).unwrap_or(0));
        let mut builder = lettre::Message::builder()
            .from(from.clone())
            .subject(self.subject.clone())
            .date(date)
            .message_id(Some(self.message_id.clone()));
        let envelope_to: Mailbox = match to {
            Some(to) => {
                let to: Mailbox = to
                    .parse()
                    .map_err(|e| format!("recipient {to:?} is not an e-mail address: {e}"))?;
                builder = builder.to(to.clone());
                to
            }
            None => from.clone(),
        };
        let envelope = lettre::address::Envelope::new(
            Some(from.email.clone()),
            vec![envelope_to.email.clone()],
        )
        .map_err(|e| e.to_string())?;
        let body = MultiPart::builder()
            .kind(MultiPartKind::Alternative)
            .boundary(format!("privsite-{}", &self.fingerprint[..24]))
            .singlepart(
                SinglePart::builder()
                    .header(header::ContentType::TEXT_PLAIN)
                    .body(self.text.clone()),
            )
            .singlepart(
                SinglePart::builder()
                    .header(header::ContentType::TEXT_HTML)
                    .body(self.html.clone()),
            );
        builder
            .envelope(envelope)
            .multipart(body)
            .map_err(|e| e.to_string())
    }

    /// The `.eml` text of the message with no recipient.
    pub fn eml(&self) -> Result<Vec<u8>, String> {
        Ok(self.message(None)?.formatted())
    }
}

/// `.privsite/notified.json`: per message key, what was sent to whom.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Record {
    pub version: u32,
    pub messages: BTreeMap<String, Sent>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sent {
    pub message_id: String,
    /// Addresses the message was accepted for, with when (UTC, RFC 3339).
    #[serde(default)]
    pub sent: BTreeMap<String, String>,
    /// Addresses it could not be sent to, with the error: a later run tries again.
    #[serde(default)]
    pub failed: BTreeMap<String, String>,
}

impl Record {
    pub fn path(root: &Path) -> PathBuf {
        root.join(RECORD)
    }

    /// The record of the site at `root`; none yet is an empty one.
    pub fn load(root: &Path) -> Result<Record, String> {
        let path = Record::path(root);
        match std::fs::read_to_string(&path) {
            Ok(text) => serde_json::from_str(&text).map_err(|e| {
                format!(
                    "{RECORD}:{}:{}: {e}: expected the record privsite notify writes",
                    e.line(),
                    e.column()
                )
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Record {
                version: 1,
                ..Record::default()
            }),
            Err(e) => Err(format!("{RECORD}: cannot read it: {e}")),
        }
    }

    /// Writes the record beside itself and renames it into place, so that a crash
    /// leaves the old record or the new one, never half of one.
    pub fn save(&self, root: &Path) -> Result<(), String> {
        let path = Record::path(root);
        let dir = path.parent().unwrap_or(root);
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        let tmp = dir.join(".notified.json.tmp");
        let text = crate::render::export::to_json_text(self);
        std::fs::write(&tmp, text).map_err(|e| format!("{}: {e}", tmp.display()))?;
        std::fs::rename(&tmp, &path).map_err(|e| format!("{}: {e}", path.display()))
    }

    /// Whether `packet` was sent to every address in `to` (with no addresses: to anyone).
    pub fn done(&self, packet: &Packet, to: &[String]) -> bool {
        let Some(sent) = self.messages.get(&packet.key) else {
            return false;
        };
        if to.is_empty() {
            !sent.sent.is_empty() && sent.failed.is_empty()
        } else {
            to.iter().all(|a| sent.sent.contains_key(a))
        }
    }
}

/// What one send run did.
#[derive(Debug, Default)]
pub struct SendReport {
    /// (message key, address) sent now.
    pub sent: Vec<(String, String)>,
    /// (message key, address) skipped: sent before.
    pub skipped: Vec<(String, String)>,
    /// (message key, address, error).
    pub failed: Vec<(String, String, String)>,
}

/// Sends each packet to each address that has not had it, over the SMTP server at `url`
/// (`smtp://host:port`), saving the record after every attempt.
pub fn send(
    root: &Path,
    packets: &[Packet],
    url: &str,
    to: &[String],
    record: &mut Record,
) -> Result<SendReport, String> {
    use lettre::Transport;
    let transport = smtp_transport(url)?;
    let mut report = SendReport::default();
    for packet in packets {
        for address in to {
            let entry = record.messages.entry(packet.key.clone()).or_default();
            entry.message_id = packet.message_id.clone();
            if entry.sent.contains_key(address) {
                report.skipped.push((packet.key.clone(), address.clone()));
                continue;
            }
            let result = packet
                .message(Some(address))
                .and_then(|m| transport.send(&m).map_err(|e| e.to_string()));
            match result {
                Ok(_) => {
                    entry.failed.remove(address);
                    entry.sent.insert(address.clone(), now());
                    report.sent.push((packet.key.clone(), address.clone()));
                }
                Err(e) => {
                    entry.failed.insert(address.clone(), e.clone());
                    report.failed.push((packet.key.clone(), address.clone(), e));
                }
            }
            record.save(root)?;
        }
    }
    Ok(report)
}

/// The transport for an SMTP URL, as lettre reads it: `smtp://host[:port]` (plain, port
/// 25), `smtp://host?tls=required` or `?tls=opportunistic` (STARTTLS, port 587),
/// `smtps://host` (TLS, port 465), each with optional `user:password@`. TLS is rustls
/// with the Mozilla root certificates (webpki-roots).
fn smtp_transport(url: &str) -> Result<lettre::SmtpTransport, String> {
    Ok(lettre::SmtpTransport::from_url(url)
        .map_err(|e| {
            format!(
                "--smtp {url:?}: {e}: expected smtp://[user:password@]host[:port][?tls=required], or smtps://…"
            )
        })?
        .timeout(Some(Duration::from_secs(30)))
        .build())
}

fn now() -> String {
    let seconds = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    jiff::Timestamp::from_second(i64::try_from(seconds).unwrap_or(0))
        .map_or_else(|_| String::new(), |t| t.to_string())
}

/// Reads the addresses of `--to FILE`: one a line; blank lines and `#` comments skipped.
pub fn read_addresses(path: &Path) -> Result<Vec<String>, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("{}: cannot read it: {e}", path.display()))?;
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if line.parse::<Mailbox>().is_err() {
            return Err(format!(
                "{}:{}:1: {line:?} is not an e-mail address: expected one address a line",
                path.display(),
                n + 1
            ));
        }
        if !out.iter().any(|a| a == line) {
            out.push(line.to_string());
        }
    }
    Ok(out)
}
