//! Markdown prose from sources to HTML that cannot carry script.
//!
//! pulldown-cmark renders the Markdown, raw HTML included, and ammonia then keeps only an
//! allowlist of the structure real policies use (tables, lists, emphasis, links to safe
//! addresses, `id` anchors): nothing that runs or loads survives. Headings get stable ids
//! (`## Title {#id}`, kramdown's `{: #id}` on the next line, else a slug of their text)
//! and a small `<a class="anchor">` link to themselves.
//!
//! Diffs mark their changed runs with private-use characters in the Markdown; the marks
//! become `<ins>` and `<del>` only after sanitizing, so a source can never write them.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use pulldown_cmark::{
    CodeBlockKind, CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd, html,
};

use crate::text::escape::escape;

/// Renders Markdown to safe HTML. Headings start at `<h3>`: bodies sit under a page's
/// `<h1>` and a section's `<h2>`.
pub fn to_html(markdown: &str) -> String {
    to_html_in(markdown, &mut Anchors::for_texts([], [markdown]))
}

/// As [`to_html`], with heading ids unique among those `anchors` has seen on the page.
pub fn to_html_in(markdown: &str, anchors: &mut Anchors) -> String {
    let markdown = kramdown_ids(markdown);
    render_events(safe_events(&markdown, anchors), markdown.len())
}

/// As [`to_html_in`], and that HTML compact: without the line breaks pulldown-cmark writes
/// between blocks, and void elements without their closing slash (`<hr>`). `None` where
/// the source wrote raw HTML, whose sanitized text has any white space: a minifier reads
/// it. pulldown-cmark writes every tag itself and escapes every `<` and `>` of the text,
/// and writes a block's line breaks in the same piece as its tag (`</p>\n`, `\n<ul>\n`):
/// a piece holding a tag loses them, and every other piece (text, a soft line break, code)
/// is kept as it is. minify-html took 3% of a build's CPU time to make the same prose
/// 0.02% smaller (mostly attribute quotes: `start=8` for `start="8"`).
pub fn to_html_and_compact_in(markdown: &str, anchors: &mut Anchors) -> (String, Option<String>) {
    let markdown = kramdown_ids(markdown);
    let events = safe_events(&markdown, anchors);
    if events.raw_html {
        return (render_events(events, markdown.len()), None);
    }
    let mut both = Compacting {
        html: String::with_capacity(markdown.len() * 5 / 4),
        compact: String::with_capacity(markdown.len() * 5 / 4),
    };
    // Writing into Strings cannot fail.
    let _ = html::write_html_fmt(&mut both, events.events.into_iter());
    (both.html, Some(both.compact))
}

/// pulldown-cmark's HTML as it writes it, and compact (see [`to_html_and_compact_in`]).
struct Compacting {
    html: String,
    compact: String,
}

impl std::fmt::Write for Compacting {
    fn write_str(&mut self, piece: &str) -> std::fmt::Result {
        self.html.push_str(piece);
        let mut tag = piece;
        if tag.starts_with("\n<") {
            tag = &tag[1..];
        }
        if tag.ends_with(">\n") {
            tag = &tag[..tag.len() - 1];
        }
        self.compact.push_str(match tag {
            // A hard line break is inline: the line break after it stays, as the text's.
            "<br />" => "<br>\n",
            "<hr />" => "<hr>",
            other => other,
        });
        Ok(())
    }
}

/// The HTML of events from [`safe_events`]: sanitized when the source wrote raw HTML.
/// Without it the HTML is pulldown-cmark's own, from Markdown alone, and holds nothing
/// the sanitizer would remove: text and attribute values escaped, link addresses checked
/// by [`safe_url`], images as their text, heading classes and attributes dropped, table
/// alignments and code languages dropped (see [`safe_events`]); a property test parses
/// both and compares. Skipping the sanitizer's parse then saves most of the prose's cost.
fn render_events(events: SafeEvents<'_>, len: usize) -> String {
    let mut out = String::with_capacity(len * 5 / 4);
    html::push_html(&mut out, events.events.into_iter());
    if events.raw_html { sanitize(&out) } else { out }
}

/// The ids of one page: those its sources state, which headings must not take, and the
/// slugs given so far.
#[derive(Debug, Default, Clone)]
pub struct Anchors {
    taken: HashSet<String>,
    /// How many headings were given a slug: a text rendered without any neither depends
    /// on the ids taken before it nor takes one.
    slugged: usize,
}

impl Anchors {
    /// The ids of a page showing `texts` under elements with the ids `reserved` (its
    /// section ids): every id the texts state is taken before any heading is slugged.
    pub fn for_texts<'a>(
        reserved: impl IntoIterator<Item = &'a str>,
        texts: impl IntoIterator<Item = &'a str>,
    ) -> Anchors {
        let mut taken: HashSet<String> = reserved.into_iter().map(String::from).collect();
        for text in texts {
            taken.extend(stated_ids(text));
        }
        Anchors { taken, slugged: 0 }
    }

    /// How many headings have been given a slug so far: a text that adds none rendered
    /// the same whatever ids the page had taken, and can be reused on another page.
    pub fn slugged(&self) -> usize {
        self.slugged
    }

    /// The ids of a revision's page: its section ids and every id its prose states.
    pub fn for_revision(r: &crate::model::Revision) -> Anchors {
        let texts = r
            .intro
            .iter()
            .map(String::as_str)
            .chain(r.sections.iter().map(|s| s.body.as_str()))
            .chain(r.purposes.iter().filter_map(|p| p.body.as_deref()));
        Anchors::for_texts(r.sections.iter().map(|s| s.id.as_str()), texts)
    }

    /// A slug of `text` not yet taken on the page, now taken; `None` for a text with no
    /// letter or digit.
    fn slug(&mut self, text: &str) -> Option<String> {
        let base = slug(text)?;
        let base = if base.starts_with("ps-") {
            format!("h-{base}")
        } else {
            base
        };
        let mut id = base.clone();
        let mut n = 2;
        while self.taken.contains(&id) {
            id = format!("{base}-{n}");
            n += 1;
        }
        self.taken.insert(id.clone());
        self.slugged += 1;
        Some(id)
    }
}

/// A heading's text as an id: lower-case letters and digits of any script, words joined
/// by single '-'.
pub fn slug(text: &str) -> Option<String> {
    let mut out = String::new();
    let mut gap = false;
    for c in text.chars() {
        if c.is_alphanumeric() {
            if gap && !out.is_empty() {
                out.push('-');
            }
            gap = false;
            out.extend(c.to_lowercase());
        } else if !matches!(c, '\'' | '’' | '\u{AD}') {
            gap = true;
        }
    }
    (!out.is_empty()).then_some(out)
}

/// Ids a Markdown text states: heading attributes `{#id}`, kramdown `{: #id}`, raw HTML
/// `id="…"` and `name="…"`.
pub fn stated_ids(text: &str) -> Vec<String> {
    ids_in(text, true)
}

/// Element ids a Markdown text states (as [`stated_ids`], without `name="…"`), in the
/// order of their kind: heading attributes, kramdown, raw HTML.
pub fn stated_element_ids(text: &str) -> Vec<String> {
    ids_in(text, false)
}

fn ids_in(text: &str, names: bool) -> Vec<String> {
    let mut out = Vec::new();
    // Every form has a `{` or a `=`: most prose has neither, and is read once.
    if memchr::memchr2(b'{', b'=', text.as_bytes()).is_none() {
        return out;
    }
    for (needle, ends) in [
        ("{#", &['}', ' ', '\t'][..]),
        ("{: #", &['}', ' ', '\t'][..]),
        ("id=\"", &['"'][..]),
        ("id='", &['\''][..]),
        ("name=\"", &['"'][..]),
        ("name='", &['\''][..]),
    ] {
        if !names && needle.starts_with("name") {
            continue;
        }
        let finder = memchr::memmem::Finder::new(needle);
        let mut rest = text;
        while let Some(at) = finder.find(rest.as_bytes()) {
            let before = rest[..at].chars().next_back();
            rest = &rest[at + needle.len()..];
            // `id=` as an attribute, not the end of `data-id=` or `grid=`.
            if needle.starts_with(['i', 'n']) && before.is_some_and(|c| !c.is_whitespace()) {
                continue;
            }
            let end = rest.find(ends).unwrap_or(rest.len());
            let id = rest[..end].trim();
            if !id.is_empty() && !id.contains('\n') {
                out.push(id.to_string());
            }
        }
    }
    out
}

/// Kramdown's `{: #id}` on the line after an ATX heading, as pulldown-cmark's heading
/// attribute `{#id}` at the end of the heading.
fn kramdown_ids(markdown: &str) -> Cow<'_, str> {
    if !markdown.contains("{:") {
        return Cow::Borrowed(markdown);
    }
    let mut out = String::with_capacity(markdown.len());
    let mut previous_heading = false;
    for line in markdown.split_inclusive('\n') {
        let bare: String = line.chars().filter(|c| !is_marker(*c)).collect();
        let trimmed = bare.trim();
        if previous_heading
            && let Some(inner) = trimmed.strip_prefix("{:").and_then(|t| t.strip_suffix('}'))
            && let Some(id) = inner.trim().strip_prefix('#')
            && !id.is_empty()
            && !id.contains(char::is_whitespace)
        {
            // The heading line, without its line break, takes the attribute; the
            // markers of the attribute line stay in the text.
            let ending = if out.ends_with("\r\n") {
                2
            } else if out.ends_with('\n') {
                1
            } else {
                0
            };
            let break_ = out.split_off(out.len() - ending);
            out.extend(line.chars().filter(|c| is_marker(*c)));
            out.push_str(&format!(" {{#{id}}}"));
            out.push_str(&break_);
            previous_heading = false;
            continue;
        }
        let start = trimmed.trim_start_matches(is_marker);
        previous_heading = start.starts_with('#')
            && start.trim_start_matches('#').starts_with([' ', '\t'])
            && line.len() - line.trim_start().len() < 4;
        out.push_str(line);
    }
    Cow::Owned(out)
}

/// Private-use characters that no source keeps (they are removed from every text read):
/// reserved so that nothing a source says can pass for a change mark.
pub const DELETED_START: char = '\u{E000}';
pub const INSERTED_START: char = '\u{E001}';
pub const CHANGE_END: char = '\u{E002}';

/// Whether `c` is one of the reserved marks.
pub fn is_marker(c: char) -> bool {
    matches!(c, DELETED_START | INSERTED_START | CHANGE_END)
}

/// `text` without its deleted runs and markers.
fn new_text(text: &str) -> String {
    new_text_from(&mut None, text)
}

/// `text`, in the run `run` starts in, without its deleted runs and markers; `run` ends
/// as the last marker left it.
fn new_text_from(run: &mut Option<char>, text: &str) -> String {
    let mut kept = String::with_capacity(text.len());
    for c in text.chars() {
        if is_marker(c) {
            *run = Some(c);
        } else if *run != Some(DELETED_START) {
            kept.push(c);
        }
    }
    kept
}

/// The run `text` leaves the text in, starting in `run`: the last marker in it, else `run`.
fn run_after(run: &mut Option<char>, text: &str) {
    if let Some(marker) = text.chars().rev().find(|c| is_marker(*c)) {
        *run = Some(marker);
    }
}

/// The parsed events of `markdown`, prepared for the sanitizer: headings demoted and
/// given ids and anchor links, images as their text, strikethrough as `<s>` (`<del>` and
/// `<ins>` are the diff's own), link addresses checked.
fn safe_events<'a>(markdown: &'a str, anchors: &mut Anchors) -> SafeEvents<'a> {
    let options =
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_HEADING_ATTRIBUTES;
    let events: Vec<Event> = Parser::new_ext(markdown, options).collect();
    let raw_html = events
        .iter()
        .any(|e| matches!(e, Event::Html(_) | Event::InlineHtml(_)));
    let mut out = Vec::with_capacity(events.len());
    let mut heading_anchor: Vec<Option<String>> = Vec::new();
    // The change run the text is in (the last marker seen), for ids and addresses.
    let mut run: Option<char> = None;
    for (i, event) in events.iter().cloned().enumerate() {
        match event {
            Event::Start(Tag::Heading { level, id, .. }) => {
                let stated = id
                    .map(|id| new_text_from(&mut run.clone(), &id))
                    .filter(|id| !id.is_empty() && !id.starts_with("ps-"));
                let id = match stated {
                    Some(id) => Some(id),
                    None => anchors.slug(&new_text_from(
                        &mut run.clone(),
                        &heading_text(&events[i + 1..]),
                    )),
                };
                heading_anchor.push(id.clone());
                out.push(Event::Start(Tag::Heading {
                    level: demote(level),
                    id: id.map(CowStr::from),
                    classes: Vec::new(),
                    attrs: Vec::new(),
                }));
            }
            Event::End(TagEnd::Heading(level)) => {
                if let Some(Some(id)) = heading_anchor.pop() {
                    let id = escape(&id);
                    out.push(Event::InlineHtml(
                        format!(" <a class=\"anchor\" href=\"#{id}\">#</a>").into(),
                    ));
                }
                out.push(Event::End(TagEnd::Heading(demote(level))));
            }
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let mut after = run;
                let url = new_text_from(&mut after, &dest_url);
                let title = new_text_from(&mut after, &title);
                out.push(Event::Start(Tag::Link {
                    link_type,
                    dest_url: safe_url(url.into()),
                    title: title.into(),
                    id,
                }));
                // The run the address leaves the text in, where the link text starts.
                if after != run {
                    out.push(Event::Text(
                        after.map(String::from).unwrap_or_default().into(),
                    ));
                    run = after;
                }
            }
            Event::Start(Tag::Image {
                dest_url, title, ..
            }) => {
                let mut after = run;
                run_after(&mut after, &dest_url);
                run_after(&mut after, &title);
                if after != run {
                    out.push(Event::Text(
                        after.map(String::from).unwrap_or_default().into(),
                    ));
                    run = after;
                }
            }
            Event::End(TagEnd::Image) => {}
            // What the sanitizer would strip: the alignment's style, the language's class.
            Event::Start(Tag::Table(alignments)) => out.push(Event::Start(Tag::Table(
                vec![pulldown_cmark::Alignment::None; alignments.len()],
            ))),
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(_))) => out.push(Event::Start(
                Tag::CodeBlock(CodeBlockKind::Fenced("".into())),
            )),
            Event::Start(Tag::Strikethrough) => out.push(Event::InlineHtml("<s>".into())),
            Event::End(TagEnd::Strikethrough) => out.push(Event::InlineHtml("</s>".into())),
            other => {
                if let Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) =
                    &other
                {
                    run_after(&mut run, t);
                }
                out.push(other)
            }
        }
    }
    SafeEvents {
        events: out,
        raw_html,
    }
}

/// Events ready to render, and whether the source wrote raw HTML among them.
struct SafeEvents<'a> {
    events: Vec<Event<'a>>,
    raw_html: bool,
}

/// The text of a heading whose events start `events`, up to its end.
fn heading_text(events: &[Event]) -> String {
    let mut text = String::new();
    for event in events {
        match event {
            Event::End(TagEnd::Heading(_)) => break,
            Event::Text(t) | Event::Code(t) => text.push_str(t),
            _ => {}
        }
    }
    text
}

fn demote(level: HeadingLevel) -> HeadingLevel {
    match level {
        HeadingLevel::H1 | HeadingLevel::H2 => HeadingLevel::H3,
        other => other,
    }
}

/// The sanitizer: the structure policies use, nothing that runs or loads.
static SANITIZER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut b = ammonia::Builder::empty();
    b.add_tags([
        "a",
        "abbr",
        "b",
        "blockquote",
        "br",
        "caption",
        "code",
        "col",
        "colgroup",
        "dd",
        "details",
        "div",
        "dl",
        "dt",
        "em",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "i",
        "li",
        "ol",
        "p",
        "pre",
        "s",
        "small",
        "span",
        "strong",
        "sub",
        "summary",
        "sup",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "u",
        "ul",
    ]);
    b.add_generic_attributes(["id", "title", "lang", "dir"]);
    let mut attributes: HashMap<&str, HashSet<&str>> = HashMap::new();
    attributes.insert("a", ["href", "name"].into());
    attributes.insert("td", ["colspan", "rowspan", "headers"].into());
    attributes.insert(
        "th",
        ["colspan", "rowspan", "headers", "scope", "abbr"].into(),
    );
    attributes.insert("col", ["span"].into());
    attributes.insert("colgroup", ["span"].into());
    attributes.insert("ol", ["start", "reversed", "type"].into());
    attributes.insert("li", ["value"].into());
    attributes.insert("details", ["open"].into());
    b.tag_attributes(attributes);
    let mut classes: HashMap<&str, HashSet<&str>> = HashMap::new();
    classes.insert("a", ["anchor"].into());
    b.allowed_classes(classes);
    b.url_schemes(["http", "https", "mailto", "tel"].into());
    b.url_relative(ammonia::UrlRelative::PassThrough);
    b.link_rel(None);
    b.strip_comments(true);
    b.attribute_filter(|_element, attribute, value| {
        // Ids from sources never take the theme's prefix (see DESIGN: element ids).
        if matches!(attribute, "id" | "name") && new_text(value).trim().starts_with("ps-") {
            None
        } else {
            Some(value.into())
        }
    });
    b
});

/// `html` with everything outside the allowlist removed.
pub fn sanitize(html: &str) -> String {
    SANITIZER.clean(html).to_string()
}

/// Whether an address may stay: http(s), mailto, tel, fragment and relative URLs.
pub fn is_safe_url(url: &str) -> bool {
    // Browsers ignore ASCII whitespace and control characters inside a scheme.
    let squeezed: String = url
        .chars()
        .filter(|c| !c.is_ascii_whitespace() && !c.is_ascii_control() && !is_marker(*c))
        .take(16)
        .collect::<String>()
        .to_ascii_lowercase();
    let scheme_end = squeezed.find([':', '/', '?', '#']);
    let has_scheme = scheme_end.is_some_and(|i| squeezed[i..].starts_with(':'));
    let allowed = ["http:", "https:", "mailto:", "tel:"];
    !has_scheme || allowed.iter().any(|s| squeezed.starts_with(s))
}

/// Keeps http(s), mailto, tel, fragment and relative URLs; anything else (`javascript:`,
/// `data:`, `vbscript:`, however spelt) becomes an empty fragment.
fn safe_url(url: CowStr<'_>) -> CowStr<'_> {
    if is_safe_url(&url) && is_safe_url(&new_text(&url)) {
        url
    } else {
        CowStr::Borrowed("#")
    }
}

#[cfg(test)]
mod tests;
