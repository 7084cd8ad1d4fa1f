//! `privsite notify`: notice packets (e-mail and webhook JSON) for material changes,
//! written to a folder or sent over SMTP, never sent twice.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use jiff::civil::Date;
use privsite::notify::{self, Record};

#[derive(clap::Args)]
pub struct Args {
    /// The day that decides what is upcoming or newly effective (YYYY-MM-DD); default today.
    #[arg(long)]
    pub date: Option<Date>,
    /// Only this company (its folder name under content/).
    #[arg(long)]
    pub company: Option<String>,
    /// The notices of this document (its folder under content/<company>/); default: the
    /// privacy notice.
    #[arg(long, value_name = "DOC")]
    pub document: Option<String>,
    /// Only this locale.
    #[arg(long)]
    pub locale: Option<String>,
    /// Write each message as DIR/<company>-<locale>-<date>.eml and .json.
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Send over SMTP: smtp://[user:password@]host[:port] (plain), with ?tls=required
    /// (STARTTLS), or smtps://… (TLS).
    #[arg(long, requires_all = ["from", "to"])]
    pub smtp: Option<String>,
    /// The sender's address (default: the company's e-mail).
    #[arg(long)]
    pub from: Option<String>,
    /// A file of recipient addresses, one a line, each optionally followed by a comma and
    /// its locale (`kund@example.se,sv`); `--to sv=FILE` gives every address of FILE that
    /// locale. Repeat it for one file per locale.
    #[arg(long, value_name = "[LOCALE=]FILE")]
    pub to: Vec<String>,
    /// Send again to the addresses a run that died left without the server's answer (they
    /// may have had the message already).
    #[arg(long, requires = "smtp")]
    pub resend_uncertain: bool,
    /// Send a correction notice where a revision's text changed after its notice went out:
    /// the notice as it is now, saying that it corrects the earlier one. Once per change.
    #[arg(long)]
    pub send_corrections: bool,
}

pub fn run(root: &Path, args: Args) -> ExitCode {
    let started = std::time::Instant::now();
    let options = notify::Options {
        date: args.date,
        company: args.company,
        document: args.document,
        locale: args.locale,
        from: args.from,
    };
    let notify::Packets {
        packets,
        date,
        held,
    } = match notify::packets(root, &options) {
        Ok(p) => p,
        Err(diags) => {
            super::show(&diags);
            return super::failed(&diags);
        }
    };
    if !held.0.is_empty() {
        super::show(&held);
    }
    let record = match Record::load(root) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: {e}");
            return super::could_not_run();
        }
    };
    let mut to = notify::Recipients::default();
    for given in &args.to {
        // `sv=FILE`: a locale tag never holds '=', a path rarely does.
        let (locale, path) = match given.split_once('=') {
            Some((l, p)) if !l.is_empty() && !l.contains(['/', '\\', '.']) => (Some(l), p),
            _ => (None, given.as_str()),
        };
        match notify::read_addresses(Path::new(path), locale) {
            Ok(a) => to.extend(a),
            Err(e) => {
                eprintln!("error: {e}");
                return super::could_not_run();
            }
        }
    }
    if let Err(e) = to.check(&packets) {
        eprintln!("error: {e}");
        return super::could_not_run();
    }
    let mut pending: Vec<_> = packets
        .iter()
        .filter(|p| !record.done(p, &to))
        .cloned()
        .collect();
    let notified = packets.len() - pending.len();
    let already_sent: usize = packets
        .iter()
        .filter(|p| record.done(p, &to))
        .map(|p| to.for_locale(&p.locale).len())
        .sum();
    if args.send_corrections {
        let corrections = record.corrections(&packets);
        pending.extend(corrections.into_iter().filter(|c| !record.done(c, &to)));
    }
    if let Some(dir) = &args.out {
        if let Err(e) = std::fs::create_dir_all(dir) {
            eprintln!("error: {}: {e}", dir.display());
            return super::could_not_run();
        }
        for p in &pending {
            let eml = match p.eml() {
                Ok(e) => e,
                Err(e) => {
                    eprintln!("error: {}: {e}", p.key);
                    return super::could_not_run();
                }
            };
            for (ext, bytes) in [("eml", eml), ("json", p.json.clone().into_bytes())] {
                let path = dir.join(format!("{}.{ext}", p.stem));
                if let Err(e) = std::fs::write(&path, bytes) {
                    eprintln!("error: {}: {e}", path.display());
                    return super::could_not_run();
                }
            }
        }
        println!(
            "wrote {} message{} to {} ({notified} already notified), build date {date}, in {:.2} s",
            pending.len(),
            crate::cli::plural(pending.len()),
            dir.display(),
            started.elapsed().as_secs_f64()
        );
    }
    let Some(url) = &args.smtp else {
        if args.out.is_none() {
            for p in &pending {
                println!("{}: {}", p.key, p.subject);
            }
            println!(
                "{} message{} to send ({notified} already notified); --out DIR writes them, --smtp URL --from ADDR --to FILE sends them",
                pending.len(),
                crate::cli::plural(pending.len())
            );
        }
        return ExitCode::SUCCESS;
    };
    // One run at a time per site: a second one stops here instead of sending again.
    let _lock = match notify::NotifyLock::take(root) {
        Ok(lock) => lock,
        Err(e) => {
            eprintln!("error: {e}");
            return super::could_not_run();
        }
    };
    // Read again under the lock: a run that just finished may have sent these.
    let mut record = match Record::load(root) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: {e}");
            return super::could_not_run();
        }
    };
    for (key, first) in record.changed_since_sent(&packets) {
        eprintln!(
            "warning: {key}: the revision changed after its notice went out ({first}): the changed text is not sent again; --send-corrections sends a correction notice, or publish a correcting revision"
        );
    }
    match notify::send(root, &pending, url, &to, &mut record, args.resend_uncertain) {
        Ok(report) => {
            for (key, address, error) in &report.failed {
                eprintln!("error: {key} to {address}: not sent: {error}");
            }
            for (key, address, answer) in &report.refused {
                eprintln!(
                    "warning: {key} to {address}: refused for good by the server ({answer}); not retried"
                );
            }
            for (key, address, why) in &report.uncertain {
                eprintln!(
                    "error: {key} to {address}: may have been sent (handed over with no answer: {why}); not sent again unless --resend-uncertain"
                );
            }
            say!(
                "sent {} message{}, {} skipped as sent before, {} failed, {} refused, {} uncertain (recorded in {})",
                report.sent.len(),
                crate::cli::plural(report.sent.len()),
                report.skipped.len() + already_sent,
                report.failed.len(),
                report.refused.len(),
                report.uncertain.len(),
                notify::RECORD
            );
            if report.failed.is_empty() && report.uncertain.is_empty() {
                ExitCode::SUCCESS
            } else {
                super::could_not_run()
            }
        }
        Err(e) => {
            eprintln!("error: {e}");
            super::could_not_run()
        }
    }
}
