//! What rendering one company needs beyond its model, computed once per build and again
//! only for the revisions whose sources change: each revision's prose as HTML, and the
//! diff of each revision against its predecessor.

use std::collections::HashMap;
use std::sync::Arc;

use jiff::civil::Date;
use rayon::prelude::*;

use super::context::SharedView;
use super::minify::minify;
use super::notices::NoticeView;
use crate::diff::told::{self, ChangeLine, Marks};
use crate::diff::{self, ItemStatus, RevisionDiff, structure};
use crate::model::{Company, Revision};
use crate::text::i18n::Messages;
use crate::text::markdown;

/// What rendering one company needs beyond its model, computed once per build and again
/// only for the revisions whose sources change: each revision's prose as HTML, and the
/// diff of each revision against its predecessor.
pub struct CompanyCache {
    /// Per locale and revision.
    pub(super) prose: Vec<Vec<Arc<Prose>>>,
    /// Per locale and revision; `None` for a locale's first revision.
    pub(super) diffs: Vec<Vec<Option<Arc<CachedDiff>>>>,
    /// Per locale and revision, its notice facts as its pages word them, made on first
    /// use: a revision's policy page, diff, history entry and feed entries all show them.
    /// Never kept from an earlier build, whose messages or company facts may differ.
    pub(super) notices: Vec<Vec<std::sync::OnceLock<NoticeView>>>,
    /// Per locale and revision, the SHA-256 of its text as the exports publish it
    /// ([`crate::plan::voice::text_sha256`]), made on first use: `revisions.json` and
    /// `current.json` both show it.
    pub(super) text_hashes: Vec<Vec<std::sync::OnceLock<String>>>,
    /// Per locale and revision, the revision as templates see it, made on first use: its
    /// page, its diff page and, while it is in force, the current page show it. Once with
    /// the prose minified and once as rendered (see [`super::policy::revision_view`]).
    pub(super) views: Vec<Vec<[SharedView; 2]>>,
    /// Per locale and revision, its processor table as pages show it, worded in the
    /// locale's interface language, made on first use: in the revision as a template
    /// value and as native pages read it typed.
    pub(super) groups: Vec<Vec<std::sync::OnceLock<Vec<super::processors::GroupView>>>>,
    /// The company as templates see it, made on first use: all its pages show it.
    pub(super) company: SharedView,
}

impl CompanyCache {
    pub fn new(company: &Company, minify_prose: bool) -> CompanyCache {
        CompanyCache::update(company, None, minify_prose, &|_| true)
    }

    /// The cache of `company` for the locales `needed` says, the others left empty: for a
    /// build that renders some of its locales' pages and carries the others over, so that
    /// nothing reads them.
    pub(super) fn for_locales(
        company: &Company,
        minify_prose: bool,
        needed: &(dyn Fn(&crate::model::Locale) -> bool + Sync),
    ) -> CompanyCache {
        CompanyCache::update(company, None, minify_prose, needed)
    }

    /// The cache of `company`, taking from `before` (the company as it was, with its
    /// cache) what still holds: the prose of unchanged revisions and the diffs between
    /// unchanged neighbours.
    pub fn update(
        company: &Company,
        before: Option<(&Company, &CompanyCache)>,
        minify_prose: bool,
        needed: &(dyn Fn(&crate::model::Locale) -> bool + Sync),
    ) -> CompanyCache {
        // Per locale: the old revisions by date, with their prose, and their diffs by the
        // dates compared.
        type Kept<'c> = (
            HashMap<Date, (&'c Revision, &'c Arc<Prose>)>,
            HashMap<(Date, Date), &'c Arc<CachedDiff>>,
        );
        let kept = |locale: &crate::model::Locale| -> Option<Kept<'_>> {
            let (old, cache) = before?;
            let li = old.locales.iter().position(|l| &l.locale == locale)?;
            let revisions = &old.locales[li].revisions;
            let prose = revisions
                .iter()
                .zip(&cache.prose[li])
                .map(|(r, p)| (r.date, (r, p)))
                .collect();
            let diffs = revisions
                .windows(2)
                .zip(cache.diffs[li].iter().skip(1))
                .filter_map(|(pair, d)| Some(((pair[0].date, pair[1].date), d.as_ref()?)))
                .collect();
            Some((prose, diffs))
        };
        let (prose, diffs) = company
            .locales
            .par_iter()
            .map(|l| {
                if !needed(&l.locale) {
                    return (Vec::new(), Vec::new());
                }
                let kept = kept(&l.locale);
                // The old revision of that date, if it is the same as the new one.
                let same = |r: &Revision| {
                    kept.as_ref()?
                        .0
                        .get(&r.date)
                        .filter(|(old, _)| *old == r)
                        .map(|(_, prose)| *prose)
                };
                // In order, so that a text the locale's revisions repeat (most of their
                // sections) is rendered once; locales and companies run in parallel.
                let mut seen = Seen::default();
                let prose: Vec<Arc<Prose>> = l
                    .revisions
                    .iter()
                    .map(|r| match same(r) {
                        Some(p) => p.clone(),
                        None => Arc::new(Prose::new(r, minify_prose, &mut seen)),
                    })
                    .collect();
                let diffs: Vec<Option<Arc<CachedDiff>>> = (0..l.revisions.len())
                    .into_par_iter()
                    .map(|i| {
                        let old = l.revisions.get(i.checked_sub(1)?)?;
                        let new = &l.revisions[i];
                        let reused = (same(old).is_some() && same(new).is_some())
                            .then(|| kept.as_ref()?.1.get(&(old.date, new.date)).copied())
                            .flatten();
                        Some(match reused {
                            Some(d) => d.clone(),
                            None => Arc::new(CachedDiff::new(diff::diff_revisions(old, new))),
                        })
                    })
                    .collect();
                (prose, diffs)
            })
            .unzip();
        let notices = company
            .locales
            .iter()
            .map(|l| match needed(&l.locale) {
                true => l.revisions.iter().map(|_| Default::default()).collect(),
                false => Vec::new(),
            })
            .collect();
        let views = company
            .locales
            .iter()
            .map(|l| match needed(&l.locale) {
                true => l.revisions.iter().map(|_| Default::default()).collect(),
                false => Vec::new(),
            })
            .collect();
        let text_hashes = company
            .locales
            .iter()
            .map(|l| match needed(&l.locale) {
                true => l.revisions.iter().map(|_| Default::default()).collect(),
                false => Vec::new(),
            })
            .collect();
        let groups = company
            .locales
            .iter()
            .map(|l| match needed(&l.locale) {
                true => l.revisions.iter().map(|_| Default::default()).collect(),
                false => Vec::new(),
            })
            .collect();
        CompanyCache {
            prose,
            diffs,
            notices,
            text_hashes,
            views,
            groups,
            company: Default::default(),
        }
    }
}

/// A revision's diff, with its prose diffs as HTML made on first use: they need the
/// locale's words for the marks, which the cache is built without. A cache lives as long
/// as the messages it was used with: new messages make a new build.
pub struct CachedDiff {
    pub(super) diff: RevisionDiff,
    pub(super) prose: std::sync::OnceLock<DiffProse>,
    /// The counts as a sentence, and the recipients' changes as sentences, in the locale's
    /// language: the diff page, the history, the processors page and the feeds show them.
    summary: std::sync::OnceLock<String>,
    processor_lines: std::sync::OnceLock<Vec<ChangeLine>>,
}

/// The intro, section and purpose bodies of a diff, rendered with their changes marked.
/// What did not change is not rendered: the diff page folds it to its title and a link
/// to it in the revision.
pub(super) struct DiffProse {
    /// `None` when the intro is absent from both revisions or unchanged.
    pub(super) intro: Option<String>,
    /// `None` for an unchanged section.
    pub(super) sections: Vec<Option<String>>,
    /// `None` for an unchanged purpose or one without a body in either revision.
    pub(super) purposes: Vec<Option<String>>,
    /// Whether some section's change was too big to mark word by word.
    pub(super) coarse: bool,
}

impl CachedDiff {
    pub(super) fn new(diff: RevisionDiff) -> CachedDiff {
        CachedDiff {
            diff,
            prose: std::sync::OnceLock::new(),
            summary: std::sync::OnceLock::new(),
            processor_lines: std::sync::OnceLock::new(),
        }
    }

    /// "3 processors added, 1 section changed", in `lang` (the diff's locale), worded on
    /// first use.
    pub(super) fn summary(&self, messages: &Messages, lang: &str) -> String {
        self.summary
            .get_or_init(|| told::summary(messages, lang, &self.diff.counts))
            .clone()
    }

    /// The recipients' changes as sentences, in `lang` (the diff's locale), worded on
    /// first use.
    pub(super) fn processor_lines(&self, messages: &Messages, lang: &str) -> Vec<ChangeLine> {
        self.processor_lines
            .get_or_init(|| told::processor_lines(messages, lang, &self.diff.processors))
            .clone()
    }

    /// The prose diffs, from the two revisions' prose as their own pages render it (so a
    /// heading keeps the id it has there), compared as documents.
    pub(super) fn prose(
        &self,
        marks: &Marks,
        (old, old_prose): (&Revision, &Prose),
        (new, new_prose): (&Revision, &Prose),
    ) -> &DiffProse {
        self.prose.get_or_init(|| {
            let d = &self.diff;
            fn text(f: Option<&Fragment>) -> &str {
                f.map_or("", |f| &f.html)
            }
            fn section<'p>(r: &Revision, p: &'p Prose, id: &str) -> Option<&'p Fragment> {
                let i = r.sections.iter().position(|s| s.id == id)?;
                p.sections.get(i)
            }
            fn purpose<'p>(r: &Revision, p: &'p Prose, id: &str) -> Option<&'p Fragment> {
                let i = r.purposes.iter().position(|s| s.id == id)?;
                p.purposes.get(i)?.as_ref()
            }
            let html = |a: Option<&Fragment>, b: Option<&Fragment>| {
                structure::diff_html(text(a), text(b), marks)
            };
            let changed = |status: ItemStatus| status != ItemStatus::Unchanged;
            let mut coarse = false;
            let sections = d
                .sections
                .iter()
                .map(|s| {
                    if !changed(s.status) {
                        return None;
                    }
                    let new_html = text(section(new, new_prose, &s.id));
                    let (html, rough) = match s.old_body {
                        diff::OldBody::Section(i) => structure::diff_html_told(
                            text(old_prose.sections.get(i)),
                            new_html,
                            marks,
                        ),
                        diff::OldBody::Nothing => structure::diff_html_told("", new_html, marks),
                        // Text put together from parts of old sections: rendered as its
                        // own, as the old page rendered those parts.
                        diff::OldBody::Composed => structure::diff_html_told(
                            &markdown::to_html(&s.body.old_text()),
                            new_html,
                            marks,
                        ),
                    };
                    coarse |= rough;
                    Some(html)
                })
                .collect();
            DiffProse {
                coarse,
                intro: (d.counts.intro_changed && !d.intro.segments.is_empty())
                    .then(|| html(old_prose.intro.as_ref(), new_prose.intro.as_ref())),
                sections,
                purposes: d
                    .purposes
                    .iter()
                    .map(|p| {
                        (changed(p.status) && !p.body.segments.is_empty()).then(|| {
                            html(
                                purpose(old, old_prose, &p.id),
                                purpose(new, new_prose, &p.id),
                            )
                        })
                    })
                    .collect(),
            }
        })
    }
}

impl std::ops::Deref for CachedDiff {
    type Target = RevisionDiff;

    fn deref(&self) -> &RevisionDiff {
        &self.diff
    }
}

/// A piece of HTML rendered from Markdown, and its minified form when the site is minified:
/// compact as pulldown-cmark writes it where the Markdown holds no raw HTML (see
/// [`markdown::to_html_and_compact_in`]), else the sanitized HTML minified. Shared:
/// revisions that repeat a text show the same fragment.
#[derive(Clone)]
pub(super) struct Fragment {
    pub(super) html: Arc<str>,
    pub(super) minified: Option<Arc<str>>,
}

/// The fragments rendered so far for one locale's revisions, by their Markdown: those
/// whose rendering gave no heading a slug, which read the same on any page (a heading's
/// slug depends on the ids its page has taken before it).
pub(super) type Seen<'t> = rustc_hash::FxHashMap<&'t str, Fragment>;

impl Fragment {
    #[cfg(test)]
    pub(super) fn new(markdown: &str, minify_it: bool) -> Fragment {
        Fragment::in_page(
            markdown,
            minify_it,
            &mut markdown::Anchors::default(),
            &mut Seen::default(),
        )
    }

    /// With heading ids unique on the page `anchors` stands for; taken from `seen` when
    /// the same text was rendered before without a slug, and kept there when it is.
    pub(super) fn in_page<'t>(
        markdown: &'t str,
        minify_it: bool,
        anchors: &mut markdown::Anchors,
        seen: &mut Seen<'t>,
    ) -> Fragment {
        if let Some(f) = seen.get(markdown) {
            return f.clone();
        }
        let slugged = anchors.slugged();
        let (html, compact) = match minify_it {
            true => markdown::to_html_and_compact_in(markdown, anchors),
            false => (markdown::to_html_in(markdown, anchors), None),
        };
        let minified = minify_it.then(|| {
            if let Some(compact) = compact {
                return Arc::from(compact);
            }
            let small = minify(html.as_bytes());
            // Copied into the `Arc` either way: checked with SIMD rather than as a String.
            match simdutf8::basic::from_utf8(&small) {
                Ok(s) => Arc::from(s),
                Err(_) => Arc::from(String::from_utf8_lossy(&small)),
            }
        });
        let fragment = Fragment {
            html: Arc::from(html),
            minified,
        };
        if anchors.slugged() == slugged {
            seen.insert(markdown, fragment.clone());
        }
        fragment
    }
}

/// A revision's prose as HTML, rendered (and minified) once per build, whichever pages
/// show it: the revision's own page and, while it is in force, the current page.
pub(super) struct Prose {
    pub(super) intro: Option<Fragment>,
    pub(super) sections: Vec<Fragment>,
    pub(super) purposes: Vec<Option<Fragment>>,
    /// Where the revision's date comes from, when its `date_note` says.
    pub(super) date_note: Option<Fragment>,
}

impl Prose {
    /// `seen`: the fragments of the locale's revisions rendered before this one.
    pub(super) fn new<'r>(r: &'r Revision, minify_it: bool, seen: &mut Seen<'r>) -> Prose {
        let a = &mut markdown::Anchors::for_revision(r);
        Prose {
            intro: r
                .intro
                .as_deref()
                .map(|t| Fragment::in_page(t, minify_it, a, seen)),
            sections: r
                .sections
                .iter()
                .map(|s| Fragment::in_page(&s.body, minify_it, a, seen))
                .collect(),
            purposes: r
                .purposes
                .iter()
                .map(|p| {
                    p.body
                        .as_deref()
                        .map(|t| Fragment::in_page(t, minify_it, a, seen))
                })
                .collect(),
            date_note: r
                .date_note
                .as_deref()
                .map(|t| Fragment::in_page(t, minify_it, a, seen)),
        }
    }

    pub(super) fn fragments(&self) -> impl Iterator<Item = &Fragment> {
        self.intro
            .iter()
            .chain(&self.sections)
            .chain(self.purposes.iter().flatten())
            .chain(&self.date_note)
    }
}
