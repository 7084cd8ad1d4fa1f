//! A small HTML scanner: the attributes of every start tag, and where each value starts.
//! It is enough for links and ids: comments, the doctype, end tags and the raw text of
//! `script`, `style`, `textarea` and `title` are skipped as a browser skips them, values
//! may be quoted either way or not at all (as a minifier leaves them), and character
//! references in values are decoded.

/// One attribute of a start tag.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Attribute {
    /// Lower-case.
    pub tag: String,
    /// Lower-case.
    pub name: String,
    /// Decoded; empty for an attribute without a value.
    pub value: String,
    /// Byte offset of the value (or of the name, where there is no value) in the page.
    pub offset: usize,
}

/// Elements whose content is text up to their end tag, not markup.
const RAW_TEXT: &[&str] = &["script", "style", "textarea", "title", "xmp"];

pub(super) fn attributes(html: &str) -> Vec<Attribute> {
    let bytes = html.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(found) = memchr::memchr(b'<', &bytes[i..]) {
        i += found;
        let rest = &html[i..];
        if let Some(comment) = rest.strip_prefix("<!--") {
            i = match comment.find("-->") {
                Some(end) => i + 4 + end + 3,
                None => break,
            };
        } else if rest.starts_with("<![CDATA[") {
            i = match rest.find("]]>") {
                Some(end) => i + end + 3,
                None => break,
            };
        } else if rest.starts_with("<!") || rest.starts_with("<?") || rest.starts_with("</") {
            i = match rest.find('>') {
                Some(end) => i + end + 1,
                None => break,
            };
        } else if rest[1..].starts_with(|c: char| c.is_ascii_alphabetic()) {
            let (tag, end) = start_tag(html, i + 1, &mut out);
            i = end;
            if RAW_TEXT.contains(&tag.as_str()) {
                i = skip_raw_text(html, i, &tag);
            }
        } else {
            i += 1;
        }
    }
    out
}

/// Reads a start tag from its name at `i`; returns the tag name and the offset after `>`.
fn start_tag(html: &str, mut i: usize, out: &mut Vec<Attribute>) -> (String, usize) {
    let bytes = html.as_bytes();
    let name_end = i + html[i..]
        .find(|c: char| c.is_ascii_whitespace() || c == '/' || c == '>')
        .unwrap_or(html.len() - i);
    let tag = html[i..name_end].to_ascii_lowercase();
    i = name_end;
    loop {
        while i < bytes.len() && (bytes[i].is_ascii_whitespace() || bytes[i] == b'/') {
            i += 1;
        }
        if i >= bytes.len() {
            return (tag, i);
        }
        if bytes[i] == b'>' {
            return (tag, i + 1);
        }
        // An attribute name runs to whitespace, '/', '>' or '='; a leading '=' belongs to it.
        let name_start = i;
        i += 1;
        while i < bytes.len()
            && !matches!(bytes[i], b'/' | b'>' | b'=')
            && !bytes[i].is_ascii_whitespace()
        {
            i += 1;
        }
        let name = html[name_start..i].to_ascii_lowercase();
        let mut j = i;
        while j < bytes.len() && bytes[j].is_ascii_whitespace() {
            j += 1;
        }
        if j >= bytes.len() || bytes[j] != b'=' {
            out.push(Attribute {
                tag: tag.clone(),
                name,
                value: String::new(),
                offset: name_start,
            });
            continue;
        }
        j += 1;
        while j < bytes.len() && bytes[j].is_ascii_whitespace() {
            j += 1;
        }
        let (value_start, value_end, next) = match bytes.get(j) {
            Some(&quote @ (b'"' | b'\'')) => match memchr::memchr(quote, &bytes[j + 1..]) {
                Some(len) => (j + 1, j + 1 + len, j + 2 + len),
                None => (j + 1, bytes.len(), bytes.len()),
            },
            _ => {
                let end = j + html[j..]
                    .find(|c: char| c.is_ascii_whitespace() || c == '>')
                    .unwrap_or(html.len() - j);
                (j, end, end)
            }
        };
        out.push(Attribute {
            tag: tag.clone(),
            name,
            value: crate::text::escape::decode(&html[value_start..value_end]),
            offset: value_start,
        });
        i = next;
    }
}

/// The offset after the end tag of a raw text element whose content starts at `i`.
fn skip_raw_text(html: &str, i: usize, tag: &str) -> usize {
    let close = format!("</{tag}");
    let bytes = html.as_bytes();
    let mut at = i;
    while let Some(found) = memchr::memchr(b'<', &bytes[at..]) {
        let start = at + found;
        let candidate = &bytes[start..];
        if candidate.len() >= close.len()
            && candidate[..close.len()].eq_ignore_ascii_case(close.as_bytes())
        {
            return match html[start..].find('>') {
                Some(end) => start + end + 1,
                None => html.len(),
            };
        }
        at = start + 1;
    }
    html.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(html: &str) -> Vec<(String, String, String)> {
        attributes(html)
            .into_iter()
            .map(|a| (a.tag, a.name, a.value))
            .collect()
    }

    fn triple(tag: &str, name: &str, value: &str) -> (String, String, String) {
        (tag.into(), name.into(), value.into())
    }

    #[test]
    fn reads_quoted_unquoted_and_bare_attributes() {
        let html = r#"<!doctype html><A HREF="a.html" id=x hidden class='c d'><img src=b.png/>"#;
        assert_eq!(
            pairs(html),
            vec![
                triple("a", "href", "a.html"),
                triple("a", "id", "x"),
                triple("a", "hidden", ""),
                triple("a", "class", "c d"),
                triple("img", "src", "b.png/"),
            ]
        );
        let a = &attributes(html)[0];
        assert_eq!(&html[a.offset..a.offset + 6], "a.html");
    }

    #[test]
    fn skips_comments_raw_text_and_end_tags() {
        let html = "<!-- <a href=no> --><script>if (a<b) { x = '<a href=\"no\">'; }</SCRIPT>\
                    <style>a[href='no']{}</style></p><p id=yes>1 < 2</p><![CDATA[<a href=no>]]>";
        assert_eq!(pairs(html), vec![triple("p", "id", "yes")]);
    }

    #[test]
    fn attribute_values_are_decoded() {
        assert_eq!(
            pairs("<a href=\"?a=1&amp;b=2\">"),
            vec![triple("a", "href", "?a=1&b=2")]
        );
    }

    #[test]
    fn deep_nesting_cannot_overflow_the_stack() {
        // The scanner is a loop, not a recursive descent: depth costs it nothing.
        let html = format!(
            "{}<a href=x></a>{}",
            "<div>".repeat(200_000),
            "</div>".repeat(200_000)
        );
        let found = attributes(&html);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].value, "x");
    }

    #[test]
    fn survives_truncated_markup() {
        for html in [
            "<a href=\"x",
            "<a href=",
            "<a",
            "<!-- x",
            "<script>x",
            "<",
            "<a b='",
        ] {
            attributes(html);
        }
    }
}
