//! What the git history says about the revision files, where the site folder is inside a
//! repository (found upwards from it, as `git` finds one): the day each file was first
//! committed (its announced date where the source states none) and every later commit
//! that changed its text. One walk over the history per build; trees whose id did not
//! change are not opened, so the walk costs in proportion to what the commits changed.
//!
//! Days are the committer time in UTC. Commits are read from HEAD, all parents followed;
//! a merge counts a file as changed only where it differs from every parent, so a change
//! made on a branch is dated by the branch's commit, not by the merge.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use gix::ObjectId;

use crate::model::Site;

pub use crate::model::{Edit, GitFacts};

/// The commit HEAD names in the repository the site folder `root` is in, if any: the
/// history [`read`] walks starts there, so the facts are the same while it is.
pub fn head(root: &Path) -> Option<String> {
    let repo = gix::discover(root).ok()?;
    repo.head_id().ok().map(|id| id.to_string())
}

/// Reads the history of the repository the site folder `root` is in. A folder in no
/// repository, or in one with no commit yet, has no facts; an error names what could
/// not be read.
pub fn read(root: &Path) -> Result<GitFacts, String> {
    let Ok(repo) = gix::discover(root) else {
        return Ok(GitFacts::default());
    };
    let Some(workdir) = repo.workdir() else {
        return Ok(GitFacts::default());
    };
    let (Ok(workdir), Ok(site)) = (workdir.canonicalize(), root.canonicalize()) else {
        return Ok(GitFacts::default());
    };
    let Ok(prefix) = site.strip_prefix(&workdir) else {
        return Ok(GitFacts::default());
    };
    let Ok(head) = repo.head_commit() else {
        return Ok(GitFacts::default());
    };
    let fail =
        |what: &str, e: &dyn std::fmt::Display| format!("{}: {what}: {e}", workdir.display());
    let content = prefix.join("content");
    let mut facts = GitFacts {
        in_repository: true,
        ..GitFacts::default()
    };

    // The id of each commit's content/ tree, looked up once per commit.
    let mut trees: HashMap<ObjectId, Option<ObjectId>> = HashMap::new();
    let mut content_tree = |id: ObjectId| -> Result<Option<ObjectId>, String> {
        if let Some(t) = trees.get(&id) {
            return Ok(*t);
        }
        let commit = repo
            .find_commit(id)
            .map_err(|e| fail("reading a commit", &e))?;
        let tree = commit.tree().map_err(|e| fail("reading a tree", &e))?;
        let entry = tree
            .lookup_entry_by_path(&content)
            .map_err(|e| fail("reading a tree", &e))?;
        let t = entry.filter(|e| e.mode().is_tree()).map(|e| e.object_id());
        trees.insert(id, t);
        Ok(t)
    };

    let walk = repo
        .rev_walk([head.id])
        .all()
        .map_err(|e| fail("walking the history", &e))?;
    for info in walk {
        let info = info.map_err(|e| fail("walking the history", &e))?;
        let Some(tree) = content_tree(info.id)? else {
            continue;
        };
        let parents: Vec<ObjectId> = info.parent_ids().map(|p| p.detach()).collect();
        let mut parent_trees = Vec::with_capacity(parents.len());
        for p in &parents {
            parent_trees.push(content_tree(*p)?);
        }
        if parent_trees.contains(&Some(tree)) {
            continue;
        }
        // What changed against each parent; a merge keeps what changed against all.
        let mut changed: Option<BTreeMap<String, (ObjectId, Option<ObjectId>)>> = None;
        let bases: Vec<Option<ObjectId>> = if parent_trees.is_empty() {
            vec![None]
        } else {
            parent_trees
        };
        for base in bases {
            let mut out = BTreeMap::new();
            changed_files(&repo, tree, base, 0, "", &mut out)
                .map_err(|e| fail("reading a tree", &e))?;
            changed = Some(match changed {
                None => out,
                Some(before) => before
                    .into_iter()
                    .filter(|(path, _)| out.contains_key(path))
                    .collect(),
            });
        }
        let changed = changed.unwrap_or_default();
        if changed.is_empty() {
            continue;
        }
        let commit = info.object().map_err(|e| fail("reading a commit", &e))?;
        let seconds = commit
            .time()
            .map_err(|e| fail("reading a commit time", &e))?
            .seconds;
        let date = jiff::Timestamp::from_second(seconds)
            .map_err(|e| fail("a commit time out of range", &e))?
            .to_zoned(jiff::tz::TimeZone::UTC)
            .date();
        for (path, (new, old)) in changed {
            let rel = content.strip_prefix(prefix).unwrap_or(&content).join(&path);
            match old {
                None => {
                    let first = facts.first_added.entry(rel).or_insert(date);
                    *first = (*first).min(date);
                }
                Some(old) => {
                    let text = |id: ObjectId| -> Result<String, String> {
                        let object = repo
                            .find_object(id)
                            .map_err(|e| fail("reading a file version", &e))?;
                        Ok(crate::text::hash::normalise(&object.data))
                    };
                    if text(new)? != text(old)? {
                        facts.edits.entry(rel).or_default().push(Edit {
                            date,
                            commit: info.id.to_hex_with_len(10).to_string(),
                        });
                    }
                }
            }
        }
    }
    for edits in facts.edits.values_mut() {
        edits.sort();
        edits.dedup();
    }
    Ok(facts)
}

type TreeError = Box<dyn std::error::Error + Send + Sync>;
/// A tree entry: its name, whether it is a tree, its id.
type Entry = (String, bool, ObjectId);

/// The revision files (`<company>/<locale>/<file>.toml` under content/) whose blob in
/// `new` differs from `old`, with both blob ids; subtrees with the same id are skipped.
fn changed_files(
    repo: &gix::Repository,
    new: ObjectId,
    old: Option<ObjectId>,
    depth: usize,
    path: &str,
    out: &mut BTreeMap<String, (ObjectId, Option<ObjectId>)>,
) -> Result<(), TreeError> {
    let entries = |id: ObjectId| -> Result<Vec<Entry>, TreeError> {
        let tree = repo.find_tree(id)?;
        let decoded = tree.decode()?;
        Ok(decoded
            .entries
            .iter()
            .map(|e| (e.filename.to_string(), e.mode.is_tree(), e.oid.to_owned()))
            .collect())
    };
    let new_entries = entries(new)?;
    let old_entries: HashMap<String, (bool, ObjectId)> = match old {
        Some(o) => entries(o)?
            .into_iter()
            .map(|(name, tree, id)| (name, (tree, id)))
            .collect(),
        None => HashMap::new(),
    };
    for (name, is_tree, id) in new_entries {
        let before = old_entries.get(&name).copied();
        if before.map(|(_, b)| b) == Some(id) {
            continue;
        }
        let sub = if path.is_empty() {
            name.clone()
        } else {
            format!("{path}/{name}")
        };
        if depth < 2 {
            if is_tree {
                let old_tree = before.filter(|(t, _)| *t).map(|(_, b)| b);
                changed_files(repo, id, old_tree, depth + 1, &sub, out)?;
            }
        } else if !is_tree && name.ends_with(".toml") {
            let old_blob = before.filter(|(t, _)| !*t).map(|(_, b)| b);
            out.insert(sub, (id, old_blob));
        }
    }
    Ok(())
}

/// Reads the history of the site's repository and gives the site its facts; a history
/// that cannot be read is a warning, and the site builds without it.
pub fn take_in(root: &Path, site: &mut Site, diags: &mut crate::diagnostic::Diagnostics) {
    match read(root) {
        Ok(facts) => facts.apply_to_site(site),
        Err(e) => diags.push(crate::diagnostic::Diagnostic::warning(
            ".git",
            format!("cannot read the git history, so announced dates and edits after a revision took effect are not known: {e}"),
        )),
    }
}
