//! The versions of a policy as its branch published them, read with gix (pure Rust, no
//! `git` process).
//!
//! The branch is HEAD's first-parent chain: what a reader of the published branch saw,
//! one commit after the other. Each distinct text is one version, in the order it first
//! reached the branch; a commit that leaves the text as it was (a merge bringing nothing
//! new, a change to another file, a text identical to the one before) makes none, and a
//! text the branch returns to is not told twice. Same-second commits are ordered by the
//! graph (a child after its parent), never by time.
//!
//! An undated text is dated by the commit that first has it (UTC committer time): on a
//! side branch merged later, the side commit, since that is when the text was written;
//! with `first_parent_dates`, the commit that brought it to the branch.

use std::collections::HashMap;
use std::path::Path;

use gix::ObjectId;
use jiff::civil::Date;

use super::{Kind, Version, read};

/// How to read a history.
#[derive(Debug, Clone, Default)]
pub struct GitOptions {
    /// Follow each path through renames: where a path first appears, the file of the
    /// parent commit that it continues (the one removed there whose text is closest) is
    /// read further back.
    pub follow: bool,
    /// Date an undated text by the commit that brought it to the branch, not by the
    /// commit that first has it.
    pub first_parent_dates: bool,
}

/// One commit, read once.
struct Commit {
    id: ObjectId,
    seconds: i64,
    subject: Option<String>,
    parents: Vec<ObjectId>,
}

/// The versions of `paths` (relative to the repository's root, the first that exists in a
/// commit wins, as one history) on HEAD's first-parent chain, oldest first, with notes for
/// the report.
pub fn versions(
    repo: &Path,
    paths: &[String],
    options: &GitOptions,
) -> Result<(Vec<Version>, Vec<String>), String> {
    let fail = |what: &str, e: &dyn std::fmt::Display| format!("{}: {what}: {e}", repo.display());
    let repository = gix::open(repo).map_err(|e| fail("not a git repository", &e))?;
    let head = repository
        .head_commit()
        .map_err(|e| fail("no commit at HEAD", &e))?;
    let mut tracked: Vec<String> = paths
        .iter()
        .map(|p| p.trim_start_matches("./").replace('\\', "/"))
        .collect();
    let read_commit = |id: ObjectId| -> Result<(Commit, gix::Tree<'_>), String> {
        let commit = repository
            .find_commit(id)
            .map_err(|e| fail("reading a commit", &e))?;
        let seconds = commit
            .time()
            .map_err(|e| fail("reading a commit time", &e))?
            .seconds;
        let subject = commit
            .message()
            .ok()
            .map(|m| m.summary().to_string())
            .filter(|s| !s.trim().is_empty());
        let parents = commit.parent_ids().map(|p| p.detach()).collect();
        let tree = commit.tree().map_err(|e| fail("reading a tree", &e))?;
        Ok((
            Commit {
                id,
                seconds,
                subject,
                parents,
            },
            tree,
        ))
    };
    let blob_in = |tree: &gix::Tree<'_>, path: &str| -> Result<Option<ObjectId>, String> {
        let entry = tree
            .lookup_entry_by_path(path)
            .map_err(|e| fail("reading a tree", &e))?;
        Ok(entry.filter(|e| e.mode().is_blob()).map(|e| e.object_id()))
    };
    let text_of = |blob: ObjectId| -> Result<String, String> {
        let object = repository
            .find_object(blob)
            .map_err(|e| fail("reading a file version", &e))?;
        Ok(
            super::clean_characters(&String::from_utf8_lossy(&object.data))
                .trim_end()
                .to_string(),
        )
    };
    let mut notes = Vec::new();

    // The first-parent chain, newest first, with the file each commit holds.
    let mut chain: Vec<(Commit, Option<(String, ObjectId)>)> = Vec::new();
    let mut next = Some(head.id);
    while let Some(id) = next {
        let (commit, tree) = read_commit(id)?;
        let mut held = None;
        for path in &tracked {
            if let Some(blob) = blob_in(&tree, path)? {
                held = Some((path.clone(), blob));
                break;
            }
        }
        next = commit.parents.first().copied();
        if options.follow
            && let (Some((path, blob)), Some(parent)) = (&held, next)
        {
            let (_, parent_tree) = read_commit(parent)?;
            let mut in_parent = false;
            for p in &tracked {
                in_parent |= blob_in(&parent_tree, p)?.is_some();
            }
            if !in_parent
                && let Some(from) =
                    renamed_from(&parent_tree, &tree, path, &text_of(*blob)?, &text_of)?
            {
                notes.push(format!(
                    "followed {path} back to {from}: renamed at commit {}",
                    short(id)
                ));
                tracked.push(from);
            }
        }
        chain.push((commit, held));
    }
    chain.reverse();

    // Each distinct text once, in the order it reached the branch.
    let mut seen: HashMap<String, String> = HashMap::new();
    let mut previous: Option<String> = None;
    let mut out = Vec::new();
    for (commit, held) in &chain {
        let Some((path, blob)) = held else {
            if previous.is_some() {
                notes.push(format!(
                    "commit {} removes the file: the last version stays in force",
                    short(commit.id)
                ));
            }
            previous = None;
            continue;
        };
        let text = text_of(*blob)?;
        if previous.as_deref() == Some(text.as_str()) {
            continue;
        }
        previous = Some(text.clone());
        if let Some(first) = seen.get(&text) {
            notes.push(format!(
                "commit {} returns to the text of {first}: no new revision",
                short(commit.id)
            ));
            continue;
        }
        // The commit that first has this text: a side branch's, when a merge brought it.
        let mut first = (commit.id, commit.seconds, commit.subject.clone());
        if commit.parents.len() > 1 && !options.first_parent_dates {
            // Only the side branch: what the first parent has is not walked again.
            let walk = repository
                .rev_walk(commit.parents[1..].iter().copied())
                .with_hidden(commit.parents.first().copied())
                .all()
                .map_err(|e| fail("walking the history", &e))?;
            for info in walk {
                let info = info.map_err(|e| fail("walking the history", &e))?;
                let (side, tree) = read_commit(info.id)?;
                let mut has = false;
                for p in &tracked {
                    if let Some(b) = blob_in(&tree, p)? {
                        has = b == *blob;
                        break;
                    }
                }
                if has && side.seconds <= first.1 {
                    first = (side.id, side.seconds, side.subject);
                }
            }
        }
        let committed = utc_date(first.1).map_err(|e| fail("a commit time out of range", &e))?;
        let origin = format!("{path} at commit {}", short(commit.id));
        super::refuse_too_deep(&origin, &text)?;
        let document = read(Kind::of(Path::new(path), &text), &text);
        seen.insert(text, origin.clone());
        let (date, dated_by) = match document.date {
            Some(d) => (d, document.dated_by()),
            None if first.0 != commit.id => (
                committed,
                format!(
                    "the commit that first has this text ({}, on a side branch; UTC)",
                    short(first.0)
                ),
            ),
            None => (committed, "the commit date (UTC)".to_string()),
        };
        let mut subjects: Vec<String> = first.2.into_iter().collect();
        if first.0 != commit.id
            && let Some(s) = &commit.subject
        {
            subjects.push(s.clone());
        }
        out.push(Version {
            document,
            date,
            dated_by,
            origin,
            subjects,
            committed: Some(committed),
        });
    }
    Ok((out, notes))
}

/// The day of a commit time, in UTC.
fn utc_date(seconds: i64) -> Result<Date, jiff::Error> {
    Ok(jiff::Timestamp::from_second(seconds)?
        .to_zoned(jiff::tz::TimeZone::UTC)
        .date())
}

fn short(id: ObjectId) -> String {
    id.to_hex_with_len(10).to_string()
}

/// The path in `parent` that `path` of `child` continues: a file of `parent` that `child`
/// no longer has, of the same kind, whose text shares the most lines with `text` (at
/// least half of them).
fn renamed_from(
    parent: &gix::Tree<'_>,
    child: &gix::Tree<'_>,
    path: &str,
    text: &str,
    text_of: &dyn Fn(ObjectId) -> Result<String, String>,
) -> Result<Option<String>, String> {
    let files = |tree: &gix::Tree<'_>| -> Result<Vec<(String, ObjectId)>, String> {
        let mut recorder = gix::traverse::tree::Recorder::default();
        tree.traverse()
            .breadthfirst(&mut recorder)
            .map_err(|e| format!("reading a tree: {e}"))?;
        Ok(recorder
            .records
            .into_iter()
            .filter(|r| r.mode.is_blob())
            .map(|r| (r.filepath.to_string(), r.oid))
            .collect())
    };
    let kind = |p: &str| Path::new(p).extension().map(|e| e.to_ascii_lowercase());
    let in_child: Vec<String> = files(child)?.into_iter().map(|(p, _)| p).collect();
    let lines: std::collections::HashSet<&str> =
        text.lines().filter(|l| !l.trim().is_empty()).collect();
    let mut best: Option<(usize, String)> = None;
    for (candidate, blob) in files(parent)? {
        if in_child.contains(&candidate) || kind(&candidate) != kind(path) {
            continue;
        }
        let old = text_of(blob)?;
        let shared = old
            .lines()
            .filter(|l| !l.trim().is_empty() && lines.contains(l))
            .count();
        if shared * 2 >= lines.len().max(1) && best.as_ref().is_none_or(|(n, _)| shared > *n) {
            best = Some((shared, candidate));
        }
    }
    Ok(best.map(|(_, p)| p))
}
