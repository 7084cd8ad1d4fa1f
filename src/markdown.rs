//! Markdown prose from sources to HTML that cannot carry script.
//!
//! Sanitising happens on the parsed events, not on HTML text: raw HTML in a source becomes
//! text (shown as written, escaped), and link and image URLs keep only safe schemes. What
//! remains is pulldown-cmark's own markup, whose text and attributes it escapes.

use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, html};

/// Renders Markdown to safe HTML. Headings start at `<h3>`: bodies sit under a page's
/// `<h1>` and a section's `<h2>`.
pub fn to_html(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len() * 5 / 4);
    html::push_html(&mut out, safe_events(markdown));
    out
}

/// Where a changed run starts and ends in Markdown given to [`changes_to_html`]: private-use
/// characters, which no source keeps (they are removed from the texts compared).
pub const DELETED_START: char = '\u{E000}';
pub const INSERTED_START: char = '\u{E001}';
pub const CHANGE_END: char = '\u{E002}';

/// Whether `c` is one of the markers of [`changes_to_html`].
pub fn is_marker(c: char) -> bool {
    matches!(c, DELETED_START | INSERTED_START | CHANGE_END)
}

/// What the hidden words around a change say, for assistive technology and print.
pub struct ChangeLabels<'a> {
    pub deleted: &'a str,
    pub inserted: &'a str,
    pub end: &'a str,
}

/// Renders Markdown whose changed runs are marked with [`DELETED_START`] or
/// [`INSERTED_START`] ... [`CHANGE_END`] as safe HTML, each run in `<del>` or `<ins>`.
/// A run that spans markup (list items, emphasis, paragraphs) is split at every tag, so
/// the elements always nest; markers inside a link's address or an image are dropped.
pub fn changes_to_html(markdown: &str, labels: &ChangeLabels) -> String {
    let mut marking = Marking {
        labels,
        run: None,
        open: false,
        started: false,
        in_image: 0,
    };
    let mut events = Vec::new();
    for event in safe_events(markdown) {
        marking.push(event, &mut events);
    }
    marking.close(true, &mut events);
    let mut out = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut out, events.into_iter());
    out
}

/// The state of [`changes_to_html`] between events.
struct Marking<'l> {
    labels: &'l ChangeLabels<'l>,
    /// The run the text is in, if any: `"del"` or `"ins"`.
    run: Option<&'static str>,
    /// Whether its element is open in the output.
    open: bool,
    /// Whether the run's opening words were written.
    started: bool,
    in_image: usize,
}

impl Marking<'_> {
    fn push<'e>(&mut self, event: Event<'e>, out: &mut Vec<Event<'e>>) {
        match event {
            Event::Text(text) if self.in_image > 0 => {
                out.push(Event::Text(strip_markers(text)));
            }
            Event::Text(text) => self.text(&text, out),
            Event::Code(code) => {
                // A code span is one event: it goes wholly inside the run it starts in.
                for c in code.chars().filter(|c| is_marker(*c)) {
                    self.marker(c, out);
                }
                if !code.chars().all(is_marker) {
                    self.open_if_needed(out);
                }
                out.push(Event::Code(strip_markers(code)));
            }
            Event::Start(tag) => {
                self.close(false, out);
                let tag = match tag {
                    Tag::Image {
                        link_type,
                        dest_url,
                        title,
                        id,
                    } => {
                        self.in_image += 1;
                        Tag::Image {
                            link_type,
                            dest_url: self.address(&dest_url),
                            title: self.new_text(&title).into(),
                            id,
                        }
                    }
                    Tag::Link {
                        link_type,
                        dest_url,
                        title,
                        id,
                    } => Tag::Link {
                        link_type,
                        dest_url: self.address(&dest_url),
                        title: self.new_text(&title).into(),
                        id,
                    },
                    other => other,
                };
                out.push(Event::Start(tag));
            }
            Event::End(tag) => {
                self.close(false, out);
                if tag == pulldown_cmark::TagEnd::Image {
                    self.in_image = self.in_image.saturating_sub(1);
                }
                out.push(Event::End(tag));
            }
            other => {
                self.close(false, out);
                out.push(other);
            }
        }
    }

    /// An address as the new text has it, checked again: a deleted piece taken out
    /// could otherwise leave a scheme that was not there when it was checked.
    fn address<'e>(&mut self, url: &str) -> CowStr<'e> {
        safe_url(CowStr::from(self.new_text(url)))
    }

    /// `text` without its deleted runs and markers; the markers still move the state.
    fn new_text(&mut self, text: &str) -> String {
        let mut kept = String::with_capacity(text.len());
        for c in text.chars() {
            if is_marker(c) {
                self.run = match c {
                    DELETED_START => Some("del"),
                    INSERTED_START => Some("ins"),
                    _ => None,
                };
                self.started = false;
            } else if self.run != Some("del") {
                kept.push(c);
            }
        }
        kept
    }

    fn text<'e>(&mut self, text: &str, out: &mut Vec<Event<'e>>) {
        let mut piece = String::new();
        for c in text.chars() {
            if is_marker(c) {
                if !piece.is_empty() {
                    self.open_if_needed(out);
                    out.push(Event::Text(std::mem::take(&mut piece).into()));
                }
                self.marker(c, out);
            } else {
                piece.push(c);
            }
        }
        if !piece.is_empty() {
            self.open_if_needed(out);
            out.push(Event::Text(piece.into()));
        }
    }

    fn marker<'e>(&mut self, marker: char, out: &mut Vec<Event<'e>>) {
        self.close(true, out);
        self.run = match marker {
            DELETED_START => Some("del"),
            INSERTED_START => Some("ins"),
            _ => None,
        };
        self.started = false;
    }

    fn open_if_needed<'e>(&mut self, out: &mut Vec<Event<'e>>) {
        let Some(element) = self.run else {
            return;
        };
        if self.open {
            return;
        }
        let mut html = format!("<{element}>");
        if !self.started {
            let label = if element == "del" {
                self.labels.deleted
            } else {
                self.labels.inserted
            };
            html.push_str(&format!(
                "<span class=\"visually-hidden\">[{}: </span>",
                escape(label)
            ));
            self.started = true;
        }
        out.push(Event::InlineHtml(html.into()));
        self.open = true;
    }

    /// Closes the open element; at the `end` of the run, with its closing words.
    fn close<'e>(&mut self, end: bool, out: &mut Vec<Event<'e>>) {
        let Some(element) = self.run else {
            return;
        };
        if !self.open {
            return;
        }
        let mut html = String::new();
        if end {
            html.push_str(&format!(
                "<span class=\"visually-hidden\">]{}</span>",
                escape(self.labels.end)
            ));
        }
        html.push_str(&format!("</{element}>"));
        out.push(Event::InlineHtml(html.into()));
        self.open = false;
    }
}

fn strip_markers(text: CowStr<'_>) -> CowStr<'_> {
    if text.chars().any(is_marker) {
        CowStr::from(text.chars().filter(|c| !is_marker(*c)).collect::<String>())
    } else {
        text
    }
}

/// The parsed events of `markdown`, sanitised: raw HTML as text, unsafe URLs removed,
/// headings demoted.
fn safe_events(markdown: &str) -> impl Iterator<Item = Event<'_>> {
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    Parser::new_ext(markdown, options).map(|event| match event {
        Event::Html(raw) | Event::InlineHtml(raw) => Event::Text(raw),
        Event::Start(Tag::Heading {
            level,
            id,
            classes,
            attrs,
        }) => Event::Start(Tag::Heading {
            level: demote(level),
            id,
            classes,
            attrs,
        }),
        Event::End(pulldown_cmark::TagEnd::Heading(level)) => {
            Event::End(pulldown_cmark::TagEnd::Heading(demote(level)))
        }
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }) => Event::Start(Tag::Link {
            link_type,
            dest_url: safe_url(dest_url),
            title,
            id,
        }),
        Event::Start(Tag::Image {
            link_type,
            dest_url,
            title,
            id,
        }) => Event::Start(Tag::Image {
            link_type,
            dest_url: safe_url(dest_url),
            title,
            id,
        }),
        other => other,
    })
}

fn demote(level: HeadingLevel) -> HeadingLevel {
    match level {
        HeadingLevel::H1 | HeadingLevel::H2 => HeadingLevel::H3,
        other => other,
    }
}

/// Keeps http(s), mailto, tel, fragment and relative URLs; anything else (`javascript:`,
/// `data:`, `vbscript:`, however spelt) becomes an empty fragment.
fn safe_url(url: CowStr<'_>) -> CowStr<'_> {
    // Browsers ignore ASCII whitespace and control characters inside a scheme.
    let squeezed: String = url
        .chars()
        .filter(|c| !c.is_ascii_whitespace() && !c.is_ascii_control())
        .take(16)
        .collect::<String>()
        .to_ascii_lowercase();
    let scheme_end = squeezed.find([':', '/', '?', '#']);
    let has_scheme = scheme_end.is_some_and(|i| squeezed[i..].starts_with(':'));
    let allowed = ["http:", "https:", "mailto:", "tel:"];
    if !has_scheme || allowed.iter().any(|s| squeezed.starts_with(s)) {
        url
    } else {
        CowStr::Borrowed("#")
    }
}

/// Escapes text for HTML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_lists_and_emphasis() {
        let html = to_html("- one\n- **two**\n");
        assert_eq!(
            html,
            "<ul>\n<li>one</li>\n<li><strong>two</strong></li>\n</ul>\n"
        );
    }

    #[test]
    fn raw_html_is_shown_as_text() {
        let html = to_html("Hi <script>alert(1)</script> <img src=x onerror=alert(1)>");
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("<img"), "{html}");
        assert!(html.contains("&lt;script&gt;"), "{html}");
    }

    #[test]
    fn script_urls_are_removed() {
        for md in [
            "[x](javascript:alert(1))",
            "[x](JaVaScRiPt:alert(1))",
            "[x](java\tscript:alert(1))",
            "[x]( javascript:alert(1))",
            "[x](data:text/html;base64,PHNjcmlwdD4=)",
            "[x](vbscript:msgbox)",
            "![x](javascript:alert(1))",
            "<javascript:alert(1)>",
            "[x][r]\n\n[r]: javascript:alert(1)",
            "[x](javascript&#58;alert(1))",
            "[x](&#x6A;avascript:alert(1))",
            "[x](<javascript:alert(1)>)",
            "[x](\\javascript:alert(1))",
            "[x](java%0ascript:alert(1) \"t\")",
        ] {
            let html = to_html(md).to_lowercase();
            for attr in ["href=\"", "src=\""] {
                for scheme in ["javascript:", "data:", "vbscript:"] {
                    assert!(!html.contains(&format!("{attr}{scheme}")), "{md} -> {html}");
                }
            }
        }
    }

    #[test]
    fn safe_urls_stay() {
        let html = to_html("[a](https://imy.se) [b](mailto:x@y.se) [c](#rights) [d](../history/)");
        for url in ["https://imy.se", "mailto:x@y.se", "#rights", "../history/"] {
            assert!(html.contains(&format!("href=\"{url}\"")), "{url}: {html}");
        }
    }

    #[test]
    fn headings_start_below_the_section_heading() {
        assert!(to_html("# Big").starts_with("<h3>"));
        assert!(to_html("#### Small").starts_with("<h4>"));
    }
}
