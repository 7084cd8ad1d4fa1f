//! Links relative to the site a policy came from (`/account/…`, `../security/`), which
//! lead nowhere on the policy site: made absolute against `--source-url`, else reported.

use super::{Document, Part};

/// Makes the site-relative links of `doc` absolute against `base` (an `http(s)://` URL of
/// the page the policy was published at), or, without it, notes each one with its line.
pub fn site_relative(doc: &mut Document, base: Option<&str>) {
    let mut notes = Vec::new();
    for (i, part) in doc.parts.iter_mut().enumerate() {
        let line = doc.lines.get(i).copied().unwrap_or(0);
        let text = match part {
            Part::Prose(t) => t,
            Part::Table(t) => &mut t.markdown,
            Part::Heading { .. } => continue,
        };
        *text = rewrite(text, base, &mut |target| {
            notes.push((
                line,
                format!("link {target:?} is relative to the site the policy came from and leads nowhere here: give --source-url to make it absolute"),
            ))
        });
    }
    doc.notes.extend(notes);
}

/// `text` with each relative target after `](` or `href="` resolved against `base`.
fn rewrite(text: &str, base: Option<&str>, unresolved: &mut dyn FnMut(&str)) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    loop {
        let next = ["](", "href=\""]
            .iter()
            .filter_map(|m| rest.find(m).map(|at| (at, m.len())))
            .min();
        let Some((at, len)) = next else { break };
        out.push_str(&rest[..at + len]);
        rest = &rest[at + len..];
        let end = rest
            .find(|c: char| c == ')' || c == '"' || c.is_whitespace())
            .unwrap_or(rest.len());
        let target = &rest[..end];
        if is_relative(target) {
            match base.and_then(|b| resolve(b, target)) {
                Some(url) => out.push_str(&url),
                None => {
                    unresolved(target);
                    out.push_str(target);
                }
            }
        } else {
            out.push_str(target);
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// A path on the source site: no scheme, no fragment alone, and shaped like a path (a
/// `/` or a `.` in it), so that words in code (`[text](url)`) are not taken for links.
fn is_relative(target: &str) -> bool {
    !target.is_empty()
        && target.contains(['/', '.'])
        && !target.contains('…')
        && !target.starts_with(['#', '<'])
        && !target.starts_with("//")
        && !target
            .split(['/', '?', '#'])
            .next()
            .unwrap_or("")
            .contains(':')
}

/// `target` resolved against `base` (`https://host/dir/page`): `/x` from the host, `x`
/// and `../x` from the base's folder.
pub fn resolve(base: &str, target: &str) -> Option<String> {
    let (scheme, after) = base.split_once("://")?;
    if !matches!(scheme, "http" | "https") {
        return None;
    }
    let (host, path) = match after.find('/') {
        Some(at) => (&after[..at], &after[at..]),
        None => (after, "/"),
    };
    if host.is_empty() {
        return None;
    }
    let joined = if target.starts_with('/') {
        target.to_string()
    } else {
        let dir = &path[..path.rfind('/').map_or(0, |i| i + 1)];
        format!("{dir}{target}")
    };
    let (path, query) = match joined.find(['?', '#']) {
        Some(at) => (&joined[..at], &joined[at..]),
        None => (joined.as_str(), ""),
    };
    let mut parts: Vec<&str> = Vec::new();
    let segments: Vec<&str> = path.split('/').collect();
    for (i, segment) in segments.iter().enumerate() {
        match *segment {
            "." => {}
            ".." => {
                parts.pop();
            }
            "" if i != segments.len() - 1 => {}
            s => parts.push(s),
        }
    }
    Some(format!("{scheme}://{host}/{}{query}", parts.join("/")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn site_relative_links_resolve_against_the_source_page() {
        let base = "https://example.com/legal/privacy/";
        assert_eq!(
            resolve(base, "/account/delete").as_deref(),
            Some("https://example.com/account/delete")
        );
        assert_eq!(
            resolve(base, "../security/").as_deref(),
            Some("https://example.com/legal/security/")
        );
        assert_eq!(
            resolve(base, "cookies#list").as_deref(),
            Some("https://example.com/legal/privacy/cookies#list")
        );
        let mut missed = Vec::new();
        let text = "See [settings](/account/) and [us](https://x.example/) and [top](#top).";
        let out = rewrite(text, None, &mut |t| missed.push(t.to_string()));
        assert_eq!(out, text);
        assert_eq!(missed, ["/account/"]);
        let out = rewrite(text, Some(base), &mut |_| {});
        assert!(out.contains("](https://example.com/account/)"), "{out}");
    }
}
