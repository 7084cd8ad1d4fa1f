//! `/<company>/<locale>/feed.xml` and `/feed.xml`: Atom feeds of revisions and processor
//! changes, one entry per revision: `feed.xml`.

use serde::Serialize;

use super::Renderer;
use super::context::PageContext;
use crate::diagnostic::Diagnostic;
use crate::plan::{Status, paths};

#[derive(Serialize)]
pub(super) struct FeedView {
    pub(super) title: String,
    pub(super) id: String,
    pub(super) self_url: String,
    pub(super) alternate_url: String,
    pub(super) author: String,
    /// The newest entry's date (YYYY-MM-DD): deterministic, unlike the time of the build.
    pub(super) updated: String,
    pub(super) entries: Vec<FeedEntry>,
}

impl FeedView {
    /// A feed whose id is its own address, updated as of its newest entry.
    pub(super) fn new(
        title: String,
        self_url: String,
        alternate_url: String,
        author: String,
        entries: Vec<FeedEntry>,
    ) -> FeedView {
        FeedView {
            title,
            id: self_url.clone(),
            self_url,
            alternate_url,
            author,
            updated: entries
                .iter()
                .map(|e| e.published.clone())
                .max()
                .unwrap_or_default(),
            entries,
        }
    }
}

/// The revisions the site feed carries, as (company, locale, revision) indexes: the
/// newest of every company, newest first (ties in company and locale order). A reader
/// wants recent changes, not the archive, so the feed is capped.
pub(super) fn site_feed_picks(site: &crate::model::Site) -> Vec<(usize, usize, usize)> {
    let mut newest: Vec<(jiff::civil::Date, usize, usize, usize)> = Vec::new();
    for (ci, company) in site.companies.iter().enumerate() {
        for (li, history) in company.locales.iter().enumerate() {
            newest.extend(
                history
                    .revisions
                    .iter()
                    .enumerate()
                    .map(|(ri, r)| (r.date, ci, li, ri)),
            );
        }
    }
    first_in_order(&mut newest, SITE_FEED_ENTRIES, |a, b| {
        b.0.cmp(&a.0).then((a.1, a.2, a.3).cmp(&(b.1, b.2, b.3)))
    });
    newest
        .into_iter()
        .map(|(_, ci, li, ri)| (ci, li, ri))
        .collect()
}

/// Keeps the first `n` of `items` in the order `cmp` gives, sorted: the same as sorting
/// them all and keeping `n`, where no two items are equal, without sorting the rest (at
/// 1,000 companies, 100 entries of 18,000 revisions, and of 54,000 candidates in a
/// rebuild).
pub(super) fn first_in_order<T>(
    items: &mut Vec<T>,
    n: usize,
    cmp: impl Fn(&T, &T) -> std::cmp::Ordering,
) {
    if n == 0 {
        items.clear();
        return;
    }
    if items.len() > n {
        items.select_nth_unstable_by(n - 1, &cmp);
        items.truncate(n);
    }
    items.sort_unstable_by(cmp);
}

#[derive(Debug, Serialize, serde::Deserialize, Clone)]
pub struct FeedEntry {
    pub(super) title: String,
    /// The revision's permanent address: stable, so a reader never sees an entry twice.
    pub(super) id: String,
    pub(super) url: String,
    pub(super) lang: String,
    pub(super) date: String,
    pub(super) summary: Option<String>,
    /// HTML, escaped once more by the XML template as Atom's type="html" wants.
    pub(super) content_html: String,
    /// `<published>` and `<updated>`: the day the revision was announced where known,
    /// else the day it takes effect (`date`).
    pub(super) published: String,
    /// `material` or `editorial`, as the entry's category; `None` for a first revision.
    pub(super) class: Option<String>,
    pub(super) class_label: Option<String>,
}

/// How many of the newest revisions the site-wide feed carries.
pub const SITE_FEED_ENTRIES: usize = 100;

impl<'a> Renderer<'a> {
    /// The feed entries of one company's locale, newest first.
    pub(super) fn feed_entries(&self, ci: usize, li: usize, with_company: bool) -> Vec<FeedEntry> {
        let count = self.site.companies[ci].locales[li].revisions.len();
        (0..count)
            .rev()
            .map(|ri| self.feed_entry(ci, li, ri, with_company))
            .collect()
    }

    /// The feed entry of one revision, in its own language.
    pub(super) fn feed_entry(
        &self,
        ci: usize,
        li: usize,
        i: usize,
        with_company: bool,
    ) -> FeedEntry {
        let company = &self.site.companies[ci];
        let history = &company.locales[li];
        let lang = history.locale.as_str();
        let config = &self.site.config;
        let t = &self.plan.timelines[ci][li];
        let r = &history.revisions[i];
        {
            {
                let date_text = self.messages.date(lang, r.date);
                let key = if t.statuses[i] == Status::Upcoming {
                    "feed-entry-upcoming"
                } else {
                    "feed-entry-title"
                };
                let mut title = self.t(lang, key, &[("date", &date_text)]);
                // A company's feed carries each of its documents: an entry names its own.
                if company.document.is_some() {
                    title = format!("{}: {title}", r.title);
                }
                if with_company {
                    title = format!("{}: {title}", company.display_name());
                }
                let permalink = config.url(&paths::revision(&company.path, lang, r.date));
                let mut content = String::new();
                // Everything here is the site's word about the company's text, and says
                // so: the date note and the summary are labelled, the class names who
                // decided it and why.
                let esc = |t: &str| crate::text::escape::escape(t);
                if let Some(note) = &self.caches[ci].prose[li][i].date_note {
                    content.push_str(&format!(
                        "<p><strong>{}</strong></p>{}",
                        esc(&self.t(lang, "date-note-label", &[])),
                        note.html
                    ));
                }
                let notice = self.notice_view(ci, li, i);
                let class = notice
                    .class_label
                    .as_ref()
                    .map(|label| match &notice.class_by {
                        Some(by) => format!("{label}. {by}"),
                        None => label.clone(),
                    });
                let facts: Vec<&String> = [&notice.announced_line, &class, &notice.objection]
                    .into_iter()
                    .flatten()
                    .collect();
                if !facts.is_empty() {
                    let facts: Vec<String> = facts.iter().map(|f| esc(f)).collect();
                    content.push_str(&format!("<p>{}</p>", facts.join(" · ")));
                }
                if let Some(summary) = &r.summary {
                    content.push_str(&format!(
                        "<p><strong>{}</strong> {}</p>",
                        esc(&self.t(lang, "summary-by-site", &[])),
                        esc(summary)
                    ));
                }
                let url = match self.caches[ci].diffs[li][i].as_ref() {
                    Some(d) => {
                        content.push_str(&format!(
                            "<p>{}</p>",
                            crate::text::escape::escape(&d.summary(self.messages, lang))
                        ));
                        let mut lines = d.processor_lines(self.messages, lang);
                        lines.extend(crate::diff::cookies::lines(self.messages, lang, &d.cookies));
                        if !lines.is_empty() {
                            content.push_str("<ul>");
                            for l in lines {
                                content.push_str(&format!(
                                    "<li>{}</li>",
                                    crate::text::escape::escape(&l.text)
                                ));
                            }
                            content.push_str("</ul>");
                        }
                        let url = config.url(&paths::diff(&company.path, lang, r.date));
                        content.push_str(&format!(
                            "<p><a href=\"{}\">{}</a></p>",
                            crate::text::escape::escape(&url),
                            crate::text::escape::escape(&self.t(lang, "what-changed", &[]))
                        ));
                        url
                    }
                    None => {
                        content.push_str(&format!(
                            "<p><a href=\"{}\">{}</a></p>",
                            crate::text::escape::escape(&permalink),
                            crate::text::escape::escape(&self.t(lang, "feed-read-policy", &[]))
                        ));
                        permalink.clone()
                    }
                };
                FeedEntry {
                    title,
                    id: permalink,
                    url,
                    lang: lang.to_string(),
                    date: r.date.to_string(),
                    summary: r.summary.clone(),
                    content_html: content,
                    published: r
                        .notice
                        .announced
                        .filter(|a| *a <= r.date)
                        .unwrap_or(r.date)
                        .to_string(),
                    class: notice.class.map(str::to_string),
                    class_label: notice.class_label.clone(),
                }
            }
        }
    }

    pub(super) fn feed(
        &self,
        ci: usize,
        li: usize,
    ) -> Result<(&'static str, &'a str, PageContext), Diagnostic> {
        let company = &self.site.companies[ci];
        let history = &company.locales[li];
        let lang = history.locale.as_str();
        let config = &self.site.config;
        let mut entries = self.feed_entries(ci, li, false);
        // The notice's feed is the company's: its other documents' revisions in this
        // language come with it, newest first.
        if company.document.is_none() {
            let siblings = self
                .site
                .units_of(&company.slug)
                .filter(|&i| self.site.companies[i].document.is_some());
            for di in siblings {
                let other = &self.site.companies[di];
                if let Some(dli) = other
                    .locales
                    .iter()
                    .position(|h| h.locale == history.locale)
                {
                    entries.extend(self.feed_entries(di, dli, false));
                }
            }
            entries.sort_by(|a, b| b.date.cmp(&a.date));
        }
        let feed = FeedView::new(
            self.t(lang, "feed-title", &[("company", company.display_name())]),
            config.url(&paths::feed(&company.path, lang)),
            config.url(&paths::history(&company.path, lang)),
            // The entries (titles, summaries, classes) are this site's words about the
            // company's text, not the company's: the site is their author.
            config.title.clone(),
            entries,
        );
        let mut context = self.new_context();
        context.insert("feed", &feed);
        Ok(("feed.xml", lang, context))
    }

    pub(super) fn site_feed(&self) -> Result<(&'static str, &'a str, PageContext), Diagnostic> {
        let config = &self.site.config;
        let lang = config.default_locale.as_str();
        let entries: Vec<FeedEntry> = match self.site_feed {
            Some(made) => made.to_vec(),
            None => site_feed_picks(self.site)
                .into_iter()
                .map(|(ci, li, ri)| self.feed_entry(ci, li, ri, true))
                .collect(),
        };
        let title = self
            .messages
            .get_own(lang, "site-title")
            .unwrap_or_else(|| config.title.clone());
        let feed = FeedView::new(
            title,
            config.url(paths::SITE_FEED),
            config.url(""),
            config.title.clone(),
            entries,
        );
        let mut context = self.new_context();
        context.insert("feed", &feed);
        Ok(("feed.xml", lang, context))
    }
}

#[cfg(test)]
mod tests {
    use super::first_in_order;
    use proptest::prelude::*;

    proptest! {
        /// The first `n` kept are those of a whole sort, in its order, ties included.
        #[test]
        fn the_first_kept_are_those_of_a_whole_sort(
            items in proptest::collection::vec((0u8..20, 0u16..500), 0..300),
            n in 0usize..120,
        ) {
            let order = |a: &(u8, u16), b: &(u8, u16)| b.0.cmp(&a.0).then(a.1.cmp(&b.1));
            let mut sorted = items.clone();
            sorted.sort_by(order);
            sorted.truncate(n);
            let mut kept = items;
            first_in_order(&mut kept, n, order);
            prop_assert_eq!(kept, sorted);
        }
    }
}
