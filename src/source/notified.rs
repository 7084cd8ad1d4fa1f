//! `.privsite/notified.json`: the record `privsite notify` keeps of the notices it sent,
//! per message and address, written durably before and after each hand-over. `notify`
//! reads it to send at most once; `check` reads it to find a revision whose text changed
//! after its customers were told of it.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// Where the record of sent messages is kept, relative to the site folder.
pub const RECORD: &str = ".privsite/notified.json";

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
    /// What the message said when it was first sent (a hash of its subject and parts):
    /// a later run whose message differs reports that the revision changed after its
    /// notice went out.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub fingerprint: String,
    /// The SHA-256 of the company's text of the revision the notice was of, when it was
    /// first sent (as `revisions.json` gives it): `privsite check` reports a revision whose
    /// text differs from the one its customers were told of.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub text_sha256: String,
    /// Addresses the message was accepted for, with when (UTC, RFC 3339).
    #[serde(default)]
    pub sent: BTreeMap<String, String>,
    /// Addresses it was being handed to, with when, recorded durably before the hand-over
    /// and removed once the server answered: one left here by a run that died may have
    /// been sent, and is not sent again unless asked (`--resend-uncertain`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub sending: BTreeMap<String, String>,
    /// Addresses it could not be sent to, with the error: a later run tries again.
    #[serde(default)]
    pub failed: BTreeMap<String, String>,
    /// Addresses the server refused for good (a 5xx reply), with its answer: not retried.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub refused: BTreeMap<String, String>,
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

    /// Writes the record beside itself, flushes it to disk and renames it into place (then
    /// flushes the folder), so that a crash or a power cut leaves the old record or the
    /// new one, never half of one, and a saved intent is on disk before the message goes.
    pub fn save(&self, root: &Path) -> Result<(), String> {
        use std::io::Write;
        let path = Record::path(root);
        let dir = path.parent().unwrap_or(root);
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        let tmp = dir.join(format!(".notified.json.{}.tmp", std::process::id()));
        let mut text =
            serde_json::to_string_pretty(self).map_err(|e| format!("{}: {e}", path.display()))?;
        text.push('\n');
        let fail = |e: std::io::Error| format!("{}: {e}", tmp.display());
        let mut file = std::fs::File::create(&tmp).map_err(fail)?;
        file.write_all(text.as_bytes()).map_err(fail)?;
        file.sync_all().map_err(fail)?;
        drop(file);
        std::fs::rename(&tmp, &path).map_err(|e| format!("{}: {e}", path.display()))?;
        // The rename itself is durable once the folder is (where a folder can be opened).
        if let Ok(folder) = std::fs::File::open(dir) {
            let _ = folder.sync_all();
        }
        Ok(())
    }

    /// The addresses a run that died left between intent and answer, per message key.
    pub fn uncertain(&self) -> Vec<(String, String)> {
        self.messages
            .iter()
            .flat_map(|(key, sent)| sent.sending.keys().map(move |a| (key.clone(), a.clone())))
            .collect()
    }
}
