//! Every version of one file in a git repository, read with gix (pure Rust, no `git`
//! process): the commits reachable from HEAD that changed the file, oldest first.

use std::path::Path;

use super::{Kind, Version, read};

/// The versions of `path` (relative to the repository's root) in the repository at
/// `repo`, each dated by the effective date its text states, else by its commit's date
/// (committer time, in UTC).
pub fn versions(repo: &Path, path: &str) -> Result<Vec<Version>, String> {
    let fail = |what: &str, e: &dyn std::fmt::Display| format!("{}: {what}: {e}", repo.display());
    let repository = gix::open(repo).map_err(|e| fail("not a git repository", &e))?;
    let head = repository
        .head_commit()
        .map_err(|e| fail("no commit at HEAD", &e))?;
    let path = path.trim_start_matches("./").replace('\\', "/");
    let kind_path = Path::new(&path).to_path_buf();
    let blob_at = |commit: &gix::Commit| -> Result<Option<gix::ObjectId>, String> {
        let tree = commit.tree().map_err(|e| fail("reading a tree", &e))?;
        let entry = tree
            .lookup_entry_by_path(&path)
            .map_err(|e| fail("reading a tree", &e))?;
        Ok(entry.filter(|e| e.mode().is_blob()).map(|e| e.object_id()))
    };
    // (committer time, commit id, blob, subject)
    let mut changes = Vec::new();
    let walk = repository
        .rev_walk([head.id])
        .all()
        .map_err(|e| fail("walking the history", &e))?;
    for info in walk {
        let info = info.map_err(|e| fail("walking the history", &e))?;
        let commit = info.object().map_err(|e| fail("reading a commit", &e))?;
        let Some(blob) = blob_at(&commit)? else {
            continue;
        };
        let parent_blob = match info.parent_ids().next() {
            Some(parent) => {
                let parent = repository
                    .find_commit(parent)
                    .map_err(|e| fail("reading a commit", &e))?;
                blob_at(&parent)?
            }
            None => None,
        };
        if parent_blob == Some(blob) {
            continue;
        }
        let time = commit
            .time()
            .map_err(|e| fail("reading a commit time", &e))?;
        let subject = commit
            .message()
            .ok()
            .map(|m| m.summary().to_string())
            .filter(|s| !s.trim().is_empty());
        changes.push((time.seconds, commit.id, blob, subject));
    }
    changes.sort_by_key(|(seconds, ..)| *seconds);
    let mut out = Vec::new();
    for (seconds, id, blob, subject) in changes {
        let object = repository
            .find_object(blob)
            .map_err(|e| fail("reading a file version", &e))?;
        let text = String::from_utf8_lossy(&object.data).into_owned();
        let document = read(Kind::of(&kind_path, &text), &text);
        let committed = jiff::Timestamp::from_second(seconds)
            .map_err(|e| fail("a commit time out of range", &e))?
            .to_zoned(jiff::tz::TimeZone::UTC)
            .date();
        let short = id.to_hex_with_len(10).to_string();
        let (date, dated_by) = match document.date {
            Some(d) => (d, "the date the text states".to_string()),
            None => (committed, "the commit date (UTC)".to_string()),
        };
        out.push(Version {
            document,
            date,
            dated_by,
            origin: format!("{path} at commit {short}"),
            summary: subject,
        });
    }
    Ok(out)
}
