//! Tamper evidence: the revisions of the site as last published (the `revisions.json` of
//! each company and locale in the output folder, or in the folder or at the http(s)
//! address `--published` names)
//! against the sources now. However a published revision was edited (uncommitted, in a
//! backdated or amended commit, deleted and added again, outside git), its text no
//! longer hashes as it was published, and `published-changed` says so.

use std::path::Path;

use super::RawFinding;
use crate::model::Site;

/// A finding per published revision (in force or past when published) whose company text
/// changed since, or that is gone from the sources. A folder without a published site
/// finds nothing.
pub(super) fn compare(site: &Site, published: &Path) -> Vec<RawFinding> {
    let source = Source::of(published);
    let mut out = Vec::new();
    for company in &site.companies {
        for history in &company.locales {
            let rel = format!("{}/{}/revisions.json", company.path, history.locale);
            let text = match source.read(&rel) {
                Ok(Some(text)) => text,
                Ok(None) => continue,
                Err(e) => {
                    // Nothing more can be compared: one finding says why.
                    out.push(RawFinding {
                        rule: "published-changed",
                        file: published.to_path_buf(),
                        position: None,
                        message: format!(
                            "the site as published could not be read, so no published revision was compared: {e}"
                        ),
                        hint: Some(
                            "check the address, or name a folder that holds the site as published"
                                .into(),
                        ),
                        stops_run: false,
                    });
                    return out;
                }
            };
            let Ok(json) = serde_json::from_str::<serde_json::Value>(&text) else {
                continue;
            };
            let entries = json["revisions"].as_array().cloned().unwrap_or_default();
            for entry in entries {
                // An upcoming revision may still change until it takes effect.
                if entry["status"] == "upcoming" {
                    continue;
                }
                let Some(date) = entry["date"].as_str() else {
                    continue;
                };
                let revision = history
                    .revisions
                    .iter()
                    .find(|r| r.date.to_string() == date);
                let finding = |file: std::path::PathBuf, message: String| RawFinding {
                    rule: "published-changed",
                    file,
                    position: None,
                    message,
                    hint: None,
                    stops_run: false,
                };
                let Some(revision) = revision else {
                    let file = Path::new("content")
                        .join(&company.path)
                        .join(history.locale.as_str())
                        .join(format!("{date}.toml"));
                    out.push(finding(
                        file,
                        format!(
                            "the revision of {date} was published ({}) but is gone from the sources",
                            source.name(&rel)
                        ),
                    ));
                    continue;
                };
                // The company's text alone where the published site recorded it (a
                // changed site note is not a changed text); else the whole source.
                let (was, now) = match entry["text_sha256"].as_str() {
                    Some(was) => (was.to_string(), crate::plan::voice::text_sha256(revision)),
                    None => (
                        entry["sha256"].as_str().unwrap_or_default().to_string(),
                        revision.notice.sha256.clone(),
                    ),
                };
                // A correction the source records, of the text published before: accepted.
                let recorded = revision
                    .corrected
                    .as_ref()
                    .is_some_and(|c| c.from_text_sha256.as_deref() == Some(was.as_str()));
                if !was.is_empty() && was != now && !recorded {
                    out.push(finding(
                        revision.source.clone(),
                        format!(
                            "its text is not the text published on the site ({}: sha256 {}…, now {}…): a published revision was edited",
                            source.name(&rel),
                            &was[..was.len().min(10)],
                            &now[..now.len().min(10)]
                        ),
                    ));
                    if let Some(last) = out.last_mut() {
                        last.hint = Some(format!(
                            "restore the published text, or record a deliberate correction in the revision: corrected = \"what was corrected and why\" and corrected_from = \"{was}\""
                        ));
                    }
                }
            }
        }
    }
    out
}

/// Where the site as last published is read from: a folder, or an http(s) address.
enum Source<'a> {
    Folder(&'a Path),
    Web { base: String, agent: ureq::Agent },
}

/// How long one file of the published site may take to arrive.
const FETCH_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(20);

impl<'a> Source<'a> {
    fn of(published: &'a Path) -> Source<'a> {
        match published.to_str() {
            Some(url) if url.starts_with("https://") || url.starts_with("http://") => {
                let agent = ureq::Agent::config_builder()
                    .timeout_global(Some(FETCH_TIMEOUT))
                    .build()
                    .into();
                Source::Web {
                    base: url.trim_end_matches('/').to_string(),
                    agent,
                }
            }
            _ => Source::Folder(published),
        }
    }

    /// The file at `rel` (`/`-separated) of the published site: `None` where there is
    /// none (no such file; a 404), an error where it could not be read.
    fn read(&self, rel: &str) -> Result<Option<String>, String> {
        match self {
            Source::Folder(dir) => Ok(std::fs::read_to_string(dir.join(rel)).ok()),
            Source::Web { base, agent } => {
                let url = format!("{base}/{rel}");
                match agent.get(&url).call() {
                    Ok(mut response) => response
                        .body_mut()
                        .read_to_string()
                        .map(Some)
                        .map_err(|e| format!("{url}: {e}")),
                    Err(ureq::Error::StatusCode(404)) => Ok(None),
                    Err(e) => Err(format!("{url}: {e}")),
                }
            }
        }
    }

    /// How a finding names the file at `rel`.
    fn name(&self, rel: &str) -> String {
        match self {
            Source::Folder(dir) => dir.join(rel).display().to_string(),
            Source::Web { base, .. } => format!("{base}/{rel}"),
        }
    }
}
