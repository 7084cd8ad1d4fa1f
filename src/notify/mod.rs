//! Notice packets for material changes: an e-mail (`.eml`, RFC 5322, multipart text and
//! HTML, in the locale's language) and a JSON payload for webhooks, one per upcoming or
//! newly effective material revision; sending them over SMTP with lettre, never twice.
//!
//! A revision is newly effective when it took effect within the last `[notice] days`
//! (30 where company.toml sets none) before the build date. What was sent is recorded in
//! `.privsite/notified.json` in the site folder, per message and address, and saved after
//! every attempt, so a message is never sent to an address twice and a failed send is
//! recorded with its error until a later run sends it.
//!
//! The e-mail's parts come from the site's theme, like its pages: `notice-email.txt`
//! (plain text, values printed as they are) and `notice-email.html` (values HTML-escaped
//! by the theme), built in and overridden by a site's theme folder or its `templates/`.
//! [`email`] holds the context both are given; nothing here writes HTML by hand.

use std::collections::BTreeSet;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use jiff::civil::Date;
use lettre::message::{Mailbox, MultiPart, MultiPartKind, SinglePart, header};
use serde::Serialize;

use crate::model::{Company, LocaleHistory, Site};
use crate::plan::notice::{NoticeFacts, Reason, RecipientChange, class_of, recipient_changes};
use crate::plan::{self, Status, Timeline};
use crate::render::Theme;
use crate::text::hash::sha256_hex;
use crate::text::i18n::Messages;
use crate::{Diagnostic, Diagnostics};
use email::{ClassFacts, Links, Notice, NoticeCompany, Parts, RevisionFacts};

pub mod email;
mod select;

/// The version of the webhook JSON payload; a change that breaks readers raises it.
pub const PAYLOAD_VERSION: u32 = 1;

pub use crate::source::notified::{RECORD, Record, Sent};

/// What `privsite notify` is asked for.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub date: Option<Date>,
    pub company: Option<String>,
    /// The document whose notices are made (its folder name); `None`: the privacy notice.
    pub document: Option<String>,
    pub locale: Option<String>,
    /// The sender; default: the company's e-mail, else `privacy@` the site's host.
    pub from: Option<String>,
}

/// One notice: the e-mail's parts and the webhook payload.
#[derive(Debug, Clone)]
pub struct Packet {
    /// `<company>/<locale>/<date>`: what the record keys sends by.
    pub key: String,
    /// The locale the notice is written in.
    pub locale: String,
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
    /// The SHA-256 of the company's text of the revision (see [`Sent::text_sha256`]).
    pub text_sha256: String,
    /// In the notice's language: the subject and the opening line of the correction
    /// notice this one becomes where its revision changed after an earlier notice went out
    /// (see [`Packet::as_correction`]).
    pub correction_subject: String,
    pub correction_intro: String,
}

impl Packet {
    /// This notice as a correction of one sent before about the same revision, whose text
    /// has changed since: its own key (`<key>/correction-<fingerprint>`), so it is sent
    /// at most once like any notice, and it opens by saying what it is.
    pub fn as_correction(&self) -> Packet {
        let tag = &self.fingerprint[..self.fingerprint.len().min(12)];
        let stem = format!("{}-correction-{tag}", self.stem);
        let host = self
            .message_id
            .rsplit_once('@')
            .map_or("localhost", |(_, h)| h.trim_end_matches('>'));
        let intro_html = crate::text::escape::escape(&self.correction_intro);
        let html = match self.html.find("<body>") {
            Some(at) => {
                let at = at + "<body>".len();
                format!(
                    "{}\n<p><strong>{intro_html}</strong></p>{}",
                    &self.html[..at],
                    &self.html[at..]
                )
            }
            None => format!("<p><strong>{intro_html}</strong></p>\n{}", self.html),
        };
        let mut json: serde_json::Value = serde_json::from_str(&self.json).unwrap_or_default();
        if let Some(object) = json.as_object_mut() {
            object.insert("correction_of".into(), serde_json::json!(self.key));
        }
        Packet {
            key: format!("{}/correction-{tag}", self.key),
            subject: self.correction_subject.clone(),
            text: format!("{}\n\n{}", self.correction_intro, self.text),
            html,
            json: crate::render::export::to_json_text(&json),
            message_id: format!("<{stem}@{host}>"),
            stem,
            ..self.clone()
        }
    }
}

/// The webhook payload of a notice: what its e-mail says, as data.
fn payload(
    key: &str,
    notice: &Notice,
    facts: NoticeFacts,
    changes: Vec<RecipientChange>,
) -> String {
    crate::render::export::to_json_text(&Payload {
        version: PAYLOAD_VERSION,
        kind: "privsite.notice",
        id: key,
        company: notice.company,
        document: notice.document,
        locale: notice.lang,
        facts,
        status: notice.revision.status,
        reasons: &notice.class.reasons,
        summary: notice.revision.summary,
        previous_date: notice.revision.previous_date,
        permalink: &notice.links.policy,
        diff: &notice.links.diff,
        changes,
    })
}

#[derive(Serialize)]
struct Payload<'a> {
    version: u32,
    #[serde(rename = "type")]
    kind: &'static str,
    id: &'a str,
    company: NoticeCompany<'a>,
    /// The document's title, where the notice is not of the privacy notice.
    #[serde(skip_serializing_if = "Option::is_none")]
    document: Option<&'a str>,
    locale: &'a str,
    #[serde(flatten)]
    facts: NoticeFacts,
    status: Status,
    reasons: &'a [Reason],
    summary: Option<&'a str>,
    previous_date: Option<Date>,
    permalink: &'a str,
    diff: &'a str,
    changes: Vec<RecipientChange<'a>>,
}

/// Loads the site under `root` (with what git says) and its messages, and makes a packet
/// for each upcoming or newly effective material revision announced by the build date.
/// An unknown `--company` or `--locale` is an error that stops the run. The record is not
/// read here.
pub fn packets(root: &Path, options: &Options) -> Result<Packets, Diagnostics> {
    let today = crate::build::build_date(options.date)
        .map_err(|e| Diagnostics(vec![Diagnostic::cannot_run("SOURCE_DATE_EPOCH", e)]))?;
    let (mut site, mut diags) =
        crate::source::load::load_site(root, crate::source::load::LoadOptions::default())?;
    crate::source::git::take_in(root, &mut site, &mut diags);
    select::documents(&mut site, options)?;
    let (messages, theme) = messages_and_theme(root, &site, diags)?;
    let run = Run {
        site: &site,
        messages: &messages,
        theme: &theme,
        today,
        options,
    };
    let mut out = Vec::new();
    let mut held = Vec::new();
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
            for i in 0..history.revisions.len() {
                if !due(company, history, &timeline, i, today) {
                    continue;
                }
                let revision = &history.revisions[i];
                match revision.notice.announced {
                    Some(announced) if announced <= today => {
                        let packet = run.packet(company, history, &timeline, i);
                        out.push(packet.map_err(|d| Diagnostics(vec![d]))?);
                    }
                    // Its notice goes out on the day it names: not before.
                    Some(announced) => held.push(Diagnostic::warning(
                        revision.source.clone(),
                        format!(
                            "announced = {announced} is after the build date ({today}): its notice is not sent until that day"
                        ),
                    )),
                    None => held.push(Diagnostic::warning(
                        revision.source.clone(),
                        format!(
                            "a material change taking effect on {} has no announced date: no notice is made until the revision says when it is announced (set announced = {today} on the day you send it)",
                            revision.date
                        ),
                    )),
                }
            }
        }
    }
    Ok(Packets {
        packets: out,
        date: today,
        held: Diagnostics(held),
    })
}

/// What [`packets`] made.
#[derive(Debug)]
pub struct Packets {
    pub packets: Vec<Packet>,
    /// The build date.
    pub date: Date,
    /// Material revisions with no notice made: announced after the build date, or never.
    pub held: Diagnostics,
}

/// The messages of the site's locales, and the theme the e-mail is written with (not
/// minified: an e-mail is read as it is written, and its HTML is not a page).
fn messages_and_theme(
    root: &Path,
    site: &Site,
    mut diags: Diagnostics,
) -> Result<(Arc<Messages>, Theme), Diagnostics> {
    let locales: BTreeSet<crate::model::Locale> = site
        .companies
        .iter()
        .flat_map(|c| c.locales.iter().map(|l| l.locale.clone()))
        .collect();
    let messages = Arc::new(Messages::load(root, &site.config, &locales, &mut diags));
    let theme = Theme::load(
        root,
        &site.config.theme,
        false,
        messages.clone(),
        &mut diags,
    );
    match theme {
        Some(theme) if !diags.has_errors() => Ok((messages, theme)),
        _ => {
            diags.sort();
            Err(diags)
        }
    }
}

/// Whether revision `i` of `history` has a notice: it is material, and upcoming or took
/// effect within the company's notice window before the build date.
fn due(
    company: &Company,
    history: &LocaleHistory,
    timeline: &Timeline,
    i: usize,
    today: Date,
) -> bool {
    let window = company
        .info
        .notice
        .as_ref()
        .and_then(|n| n.days)
        .unwrap_or(30);
    let due = match timeline.statuses[i] {
        Status::Upcoming => true,
        Status::Current => history.revisions[i]
            .date
            .until(today)
            .is_ok_and(|s| s.get_days() < window as i32),
        Status::Past => false,
    };
    due && class_of(history, i).is_some_and(|c| c.material)
}

/// What every packet of one run is made with.
struct Run<'a> {
    site: &'a Site,
    messages: &'a Messages,
    theme: &'a Theme,
    today: Date,
    options: &'a Options,
}

impl Run<'_> {
    /// The packet of revision `i` of `history`.
    fn packet(
        &self,
        company: &Company,
        history: &LocaleHistory,
        timeline: &Timeline,
        i: usize,
    ) -> Result<Packet, Diagnostic> {
        let revision = &history.revisions[i];
        let lang = history.locale.as_str();
        let slug = company.path.as_str();
        let key = format!("{slug}/{lang}/{}", revision.date);
        let previous = i.checked_sub(1).map(|p| &history.revisions[p]);
        let changes = previous.map_or_else(Vec::new, |old| recipient_changes(old, revision));
        let facts = NoticeFacts::of(&company.info, history, i);
        let class = class_of(history, i);
        let config = &self.site.config;
        let links = Links {
            diff: config.url(&plan::paths::diff(slug, lang, revision.date)),
            policy: config.url(&plan::paths::revision(slug, lang, revision.date)),
        };
        let mut subject_args = vec![
            ("company", company.display_name().to_string()),
            ("date", self.messages.date(lang, revision.date)),
        ];
        let subject_key = match company.document {
            Some(_) => {
                subject_args.push(("document", revision.title.clone()));
                "notice-email-subject-document"
            }
            None => "notice-email-subject",
        };
        let subject = email::message(self.messages, lang, subject_key, &subject_args);
        let correction_subject = email::message(
            self.messages,
            lang,
            "notice-email-correction-subject",
            &[("subject", subject.clone())],
        );
        let correction_intro =
            email::message(self.messages, lang, "notice-email-correction-intro", &[]);
        let cookie_changes = previous.map_or_else(Vec::new, |old| {
            let changes = crate::diff::cookies::diff_cookies(&old.cookies, &revision.cookies);
            crate::diff::cookies::lines(self.messages, lang, &changes)
                .into_iter()
                .map(|l| l.text)
                .collect()
        });
        let notice = Notice {
            lang,
            subject: &subject,
            company: NoticeCompany::of(company),
            revision: RevisionFacts {
                date: revision.date,
                announced: facts.announced,
                previous_date: previous.map(|p| p.date),
                summary: revision.summary.as_deref(),
                status: timeline.statuses[i],
            },
            class: ClassFacts {
                material: class.as_ref().is_some_and(|c| c.material),
                declared: class.as_ref().and_then(|c| c.declared),
                explained: class
                    .as_ref()
                    .map(|c| self.class_explained(lang, c))
                    .unwrap_or_default(),
                reasons: class.and_then(|c| c.reasons).unwrap_or_default(),
            },
            objection_deadline: facts.objection_deadline,
            changes: email::groups(&changes, self.messages, lang),
            cookie_changes,
            document: company.document.as_ref().map(|_| revision.title.as_str()),
            links,
        };
        let parts = email::render(self.theme, &notice)?;
        let json = payload(&key, &notice, facts, changes);
        let mut packet = self.seal(company, key, subject, parts, json);
        packet.text_sha256 = crate::plan::voice::text_sha256(revision);
        packet.correction_subject = correction_subject;
        packet.correction_intro = correction_intro;
        Ok(packet)
    }

    /// Who classed the change and why, as the pages say it.
    fn class_explained(&self, lang: &str, class: &crate::plan::notice::Class) -> String {
        let text =
            |key: &str, args: &[(&str, String)]| email::message(self.messages, lang, key, args);
        match (class.declared, class.reasons.as_deref()) {
            (Some(_), _) => text("notice-class-declared", &[]),
            (None, Some(reasons)) if !reasons.is_empty() => {
                let reasons: Vec<String> = reasons
                    .iter()
                    .map(|r| crate::diff::told::reason(self.messages, lang, r))
                    .collect();
                text("notice-class-computed", &[("reasons", reasons.join("; "))])
            }
            (None, _) => text("notice-class-computed-none", &[]),
        }
    }

    /// The packet of `company`'s notice `key`, once its parts are written: addressed, and
    /// fingerprinted by what it says, so that a changed notice is a new message.
    fn seal(
        &self,
        company: &Company,
        key: String,
        subject: String,
        parts: Parts,
        json: String,
    ) -> Packet {
        let stem = key.replace('/', "-");
        let fingerprint =
            sha256_hex(format!("{subject}\n{}\n{}", parts.text, parts.html).as_bytes());
        let host = host_of(&self.site.config.base_url);
        let from = self
            .options
            .from
            .clone()
            .or_else(|| company.info.email.clone())
            .unwrap_or_else(|| format!("privacy@{host}"));
        let message_id = format!("<{}.{}@{host}>", stem, &fingerprint[..16]);
        // `<company>[/<doc>]/<locale>/<date>`: the locale is the part before the date.
        let locale = key.rsplit('/').nth(1).unwrap_or_default().to_string();
        Packet {
            key,
            locale,
            stem,
            subject,
            text: parts.text,
            html: parts.html,
            json,
            from,
            message_id,
            date: self.today,
            fingerprint,
            text_sha256: String::new(),
            correction_subject: String::new(),
            correction_intro: String::new(),
        }
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

impl Record {
    /// Whether `packet` was sent to every address in `to` (with no addresses: to anyone).
    pub fn done(&self, packet: &Packet, to: &Recipients) -> bool {
        let Some(sent) = self.messages.get(&packet.key) else {
            return false;
        };
        let to = to.for_locale(&packet.locale);
        if to.is_empty() {
            !sent.sent.is_empty() && sent.failed.is_empty()
        } else {
            to.iter()
                .all(|a| sent.sent.contains_key(a) || sent.refused.contains_key(a))
        }
    }

    /// Messages whose text changed after they were sent and whose correction has not
    /// gone out: (key, first sent), for a run to report. Sending again is a decision (a
    /// correction notice, [`Record::corrections`]), never a retry.
    pub fn changed_since_sent(&self, packets: &[Packet]) -> Vec<(String, String)> {
        packets
            .iter()
            .filter(|p| self.changed(p))
            .filter(|p| {
                self.messages
                    .get(&p.as_correction().key)
                    .is_none_or(|c| c.sent.is_empty())
            })
            .filter_map(|p| {
                let first = self.messages.get(&p.key)?.sent.values().min()?;
                Some((p.key.clone(), first.clone()))
            })
            .collect()
    }

    /// The correction notices of the messages whose text changed after they were sent.
    pub fn corrections(&self, packets: &[Packet]) -> Vec<Packet> {
        packets
            .iter()
            .filter(|p| self.changed(p))
            .map(Packet::as_correction)
            .collect()
    }

    /// Whether `packet` was sent before with other words than it has now.
    fn changed(&self, packet: &Packet) -> bool {
        self.messages.get(&packet.key).is_some_and(|sent| {
            !sent.sent.is_empty()
                && !sent.fingerprint.is_empty()
                && sent.fingerprint != packet.fingerprint
        })
    }
}

/// Holds `.privsite/notify.lock` while a run sends: a second `privsite notify` on the
/// same site stops at once instead of sending the same messages.
pub struct NotifyLock(#[allow(dead_code)] std::fs::File);

impl NotifyLock {
    pub fn take(root: &Path) -> Result<NotifyLock, String> {
        let dir = root.join(".privsite");
        std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        let path = dir.join("notify.lock");
        if std::fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_symlink()) {
            return Err(format!(
                "{}: is a symbolic link: expected the lock file privsite makes",
                path.display()
            ));
        }
        let file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|e| format!("{}: {e}", path.display()))?;
        // fs4, as the build's lock: std's File::try_lock needs Rust 1.89.
        match fs4::FileExt::try_lock(&file) {
            Ok(()) => Ok(NotifyLock(file)),
            Err(fs4::TryLockError::WouldBlock) => Err(format!(
                "another privsite notify is sending for this site ({} is held): try again when it has finished",
                path.display()
            )),
            Err(fs4::TryLockError::Error(e)) => Err(format!("{}: {e}", path.display())),
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
    /// (message key, address, the server's answer): refused for good now or before, not
    /// retried.
    pub refused: Vec<(String, String, String)>,
    /// (message key, address, why): handed over without an answer (by this run, or by a
    /// run that died), so it may have been sent; not sent again without `resend_uncertain`.
    pub uncertain: Vec<(String, String, String)>,
}

/// How long one message may take, connection included, before it counts as unanswered.
pub const MESSAGE_TIMEOUT: Duration = Duration::from_secs(60);

/// Sends each packet to each address that has not had it, over the SMTP server at `url`
/// (`smtp://host:port`), saving the record after every attempt.
///
/// At most once: each hand-over is recorded durably before it starts and its answer
/// after; an address a dead run left without an answer is reported as uncertain and not
/// sent again unless `resend_uncertain`. A 5xx refusal is recorded and never retried.
pub fn send(
    root: &Path,
    packets: &[Packet],
    url: &str,
    to: &Recipients,
    record: &mut Record,
    resend_uncertain: bool,
) -> Result<SendReport, String> {
    to.check(packets)?;
    let transport = smtp_transport(url)?;
    let mut report = SendReport::default();
    for packet in packets {
        for address in &to.for_locale(&packet.locale) {
            let entry = record.messages.entry(packet.key.clone()).or_default();
            entry.message_id = packet.message_id.clone();
            if entry.sent.contains_key(address) {
                report.skipped.push((packet.key.clone(), address.clone()));
                continue;
            }
            if let Some(answer) = entry.refused.get(address) {
                let refused = (packet.key.clone(), address.clone(), answer.clone());
                report.refused.push(refused);
                continue;
            }
            if entry.sending.contains_key(address) && !resend_uncertain {
                let why = "a run before this one handed it over and got no answer".to_string();
                report
                    .uncertain
                    .push((packet.key.clone(), address.clone(), why));
                continue;
            }
            entry.sending.insert(address.clone(), now());
            if entry.fingerprint.is_empty() {
                entry.fingerprint = packet.fingerprint.clone();
            }
            if entry.text_sha256.is_empty() {
                entry.text_sha256 = packet.text_sha256.clone();
            }
            record.save(root)?;
            let answer = packet
                .message(Some(address))
                .map_err(Failure::Temporary)
                .and_then(|m| hand_over(&transport, m));
            let entry = record.messages.entry(packet.key.clone()).or_default();
            match answer {
                Ok(()) => {
                    entry.sending.remove(address);
                    entry.failed.remove(address);
                    entry.sent.insert(address.clone(), now());
                    report.sent.push((packet.key.clone(), address.clone()));
                }
                // No answer: the server may have taken it. The intent stays.
                Err(Failure::Uncertain(why)) => {
                    report
                        .uncertain
                        .push((packet.key.clone(), address.clone(), why));
                }
                Err(Failure::Permanent(e)) => {
                    entry.sending.remove(address);
                    entry.failed.remove(address);
                    entry.refused.insert(address.clone(), e.clone());
                    report
                        .refused
                        .push((packet.key.clone(), address.clone(), e));
                }
                Err(Failure::Temporary(e)) => {
                    entry.sending.remove(address);
                    entry.failed.insert(address.clone(), e.clone());
                    report.failed.push((packet.key.clone(), address.clone(), e));
                }
            }
            record.save(root)?;
        }
    }
    Ok(report)
}

/// Why a message was not handed over, and what that says of whether it arrived.
enum Failure {
    /// Not sent: no connection, or the server answered 4xx. Tried again on the next run.
    Temporary(String),
    /// Refused for good: the server answered 5xx. Never tried again.
    Permanent(String),
    /// The connection was open and the transaction under way when it ended without an
    /// answer (a dropped connection, a server killed, no answer in time): the server may
    /// have taken the message. Not sent again unless asked.
    Uncertain(String),
}

/// Hands `message` to the server within [`MESSAGE_TIMEOUT`]. A server that cannot be
/// reached is found out first, so that a transaction that ends without an answer is
/// known to have been under way: only a reply says for sure whether it was taken.
fn hand_over(transport: &lettre::SmtpTransport, message: lettre::Message) -> Result<(), Failure> {
    use lettre::Transport;
    let transport = transport.clone();
    let (tell, told) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let result = match transport.test_connection() {
            Ok(true) => transport.send(&message).map(|_| ()).map_err(|e| {
                if e.is_permanent() {
                    Failure::Permanent(e.to_string())
                } else if e.is_transient() {
                    Failure::Temporary(e.to_string())
                } else {
                    Failure::Uncertain(e.to_string())
                }
            }),
            Ok(false) => Err(Failure::Temporary(
                "the server did not answer the connection test".into(),
            )),
            Err(e) => Err(Failure::Temporary(e.to_string())),
        };
        let _ = tell.send(result);
    });
    match told.recv_timeout(MESSAGE_TIMEOUT) {
        Ok(result) => result,
        Err(_) => Err(Failure::Uncertain(
            "no answer within the time allowed for one message".into(),
        )),
    }
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
pub fn read_addresses(path: &Path, locale: Option<&str>) -> Result<Recipients, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("{}: cannot read it: {e}", path.display()))?;
    if let Some(locale) = locale {
        valid_locale(locale).map_err(|e| format!("--to {locale}={}: {e}", path.display()))?;
    }
    let mut out = Recipients::default();
    for (n, line) in text.lines().enumerate() {
        let at = |column: usize| format!("{}:{}:{column}", path.display(), n + 1);
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (address, own) = match line.split_once([',', '\t']) {
            Some((a, l)) => (a.trim(), Some(l.trim())),
            None => (line, None),
        };
        // A header row of a spreadsheet export.
        if n == 0
            && matches!(
                address.to_ascii_lowercase().as_str(),
                "address" | "email" | "e-mail"
            )
        {
            continue;
        }
        if address.parse::<Mailbox>().is_err() {
            return Err(format!(
                "{}: {address:?} is not an e-mail address: expected one address a line, optionally followed by a comma and its locale (\"kund@example.se,sv\")",
                at(1)
            ));
        }
        let own = match own {
            Some(l) => {
                let column = line.find(l).map_or(1, |i| line[..i].chars().count() + 1);
                valid_locale(l).map_err(|e| format!("{}: {e}", at(column)))?;
                if let Some(given) = locale
                    && given != l
                {
                    return Err(format!(
                        "{}: {address} is given locale {l:?} in a file passed as --to {given}=…: expected {given:?} or none",
                        at(column)
                    ));
                }
                Some(l.to_string())
            }
            None => locale.map(str::to_string),
        };
        out.add(address, own);
    }
    Ok(out)
}

fn valid_locale(tag: &str) -> Result<(), String> {
    match crate::model::Locale::parse(tag) {
        Ok(_) => Ok(()),
        Err(Some(canonical)) => Err(format!(
            "locale {tag:?} is not in canonical form: expected {canonical:?}"
        )),
        Err(None) => Err(format!(
            "{tag:?} is not a locale: expected a tag such as \"sv\" or \"pt-BR\""
        )),
    }
}

/// Who the notices go to: each address in the language of its notice. An address given
/// with a locale gets that locale's notices only; one given without gets every notice,
/// which [`Recipients::check`] allows only where every notice is in one locale.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Recipients(pub Vec<(String, Option<String>)>);

impl Recipients {
    /// Adds `address` for `locale` (every locale: `None`), once.
    pub fn add(&mut self, address: &str, locale: Option<String>) {
        if !self.0.iter().any(|(a, l)| a == address && *l == locale) {
            self.0.push((address.to_string(), locale));
        }
    }

    pub fn extend(&mut self, other: Recipients) {
        for (address, locale) in other.0 {
            self.add(&address, locale);
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The addresses a notice in `locale` goes to.
    pub fn for_locale(&self, locale: &str) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for (address, l) in &self.0 {
            if l.as_deref().is_none_or(|l| l == locale) && !out.contains(address) {
                out.push(address.clone());
            }
        }
        out
    }

    /// Refuses addresses with no locale where the notices are in more than one: each
    /// customer must get the notice in their language, not every language's.
    pub fn check(&self, packets: &[Packet]) -> Result<(), String> {
        let locales: BTreeSet<&str> = packets.iter().map(|p| p.locale.as_str()).collect();
        let unplaced = self.0.iter().filter(|(_, l)| l.is_none()).count();
        if unplaced > 0 && locales.len() > 1 {
            return Err(format!(
                "{unplaced} address{} without a locale, and notices in {} locales ({}): give each address its locale (\"address,locale\" a line) or pass one file per locale (--to sv=FILE)",
                if unplaced == 1 { "" } else { "es" },
                locales.len(),
                locales.into_iter().collect::<Vec<_>>().join(", ")
            ));
        }
        Ok(())
    }
}
