//! `diff.html`, as the built-in template minified renders it.

use super::policy::base;
use super::{Done, Out, Owned, V, partials};

/// `diff.html` extending `base.html`.
pub(in crate::render) fn diff(out: &mut Out) -> Done {
    base(out, title, |_| Ok(()), partials::company_nav, main)
}

fn title(out: &mut Out) -> Done {
    let date = Owned::new(&out.date(out.var("diff").get("new_date"))?);
    out.t_with("diff-title", &[("date", date.v())])?;
    out.raw(" – ");
    out.val(out.var("company").get("display_name"));
    Ok(())
}

fn main(out: &mut Out) -> Done {
    let diff = out.var("diff");
    let revision = out.var("revision");
    let page_dir = out.var("page_dir");
    let page_lang = out.var("page_lang");
    let new_date = Owned::new(&out.date(diff.get("new_date"))?);
    let old_date = Owned::new(&out.date(diff.get("old_date"))?);
    out.raw(" <article lang=\"");
    out.val(out.var("lang"));
    out.raw("\" class=diff><header class=policy-header><p class=company>");
    out.val(out.var("company").get("display_name"));
    out.raw("</p><h1>");
    out.t_with("diff-title", &[("date", new_date.v())])?;
    out.raw("</h1><p class=effective>");
    out.t_with(
        "diff-compared",
        &[("old", old_date.v()), ("new", new_date.v())],
    )?;
    out.raw(" · <a href=\"");
    out.val(diff.get("old_href"));
    out.raw("\">");
    out.t("diff-read-old")?;
    out.raw("</a> · <a href=\"");
    out.val(diff.get("new_href"));
    out.raw("\">");
    out.t("diff-read-new")?;
    out.raw("</a></p>");
    if revision.get("date_note_html").truthy() {
        out.raw("<div class=date-note><p class=voice>");
        out.t("date-note-label")?;
        out.raw("</p>");
        out.safe(revision.get("date_note_html"));
        out.raw("</div>");
    }
    out.raw(" ");
    if revision.get("summary").truthy() {
        out.raw("<p class=summary><span class=voice>");
        out.t("summary-by-site")?;
        out.raw("</span> ");
        out.val(revision.get("summary"));
        out.raw("</p>");
    }
    out.raw("</header>");
    if out.var("status").is("upcoming") {
        out.raw("<div class=\"notice notice-upcoming\" role=note><p>");
        out.t_with("notice-upcoming", &[("date", new_date.v())])?;
        out.raw("</p></div>");
    }
    out.raw(" ");
    let facts = out.var("notice_facts");
    if facts.truthy() && facts.get("class_label").truthy() {
        out.raw("<div class=\"notice notice-facts-block\">");
        partials::notice_block(out, facts, true)?;
        out.raw("</div>");
    }
    out.raw(" <section aria-labelledby=ps-summary class=diff-summary><h2 id=ps-summary>");
    out.t("diff-summary-heading")?;
    out.raw("</h2><p class=counts>");
    out.val(diff.get("summary"));
    out.raw("</p>");
    if diff.get("processor_changes").truthy() {
        out.raw(" <ul class=processor-changes>");
        changes(out, diff.get("processor_changes"));
        out.raw("</ul>");
    }
    out.raw(" ");
    if diff.get("cookie_changes").truthy() {
        out.raw(" <h3 id=ps-cookie-changes>");
        out.t("diff-cookies-heading")?;
        out.raw("</h3><ul class=\"processor-changes cookie-changes\">");
        changes(out, diff.get("cookie_changes"));
        out.raw("</ul>");
    }
    out.raw(" <p class=legend>");
    out.t("diff-legend")?;
    out.raw(" <ins>");
    out.t("diff-legend-inserted")?;
    out.raw("</ins> <del>");
    out.t("diff-legend-deleted")?;
    out.raw("</del></p>");
    if diff.get("coarse").truthy() {
        out.raw("<p class=coarse>");
        out.t("diff-coarse")?;
        out.raw("</p>");
    }
    out.raw("</section>");
    if diff.get("title_html").truthy() {
        out.raw(" <section aria-labelledby=ps-title class=diff-block><h2 id=ps-title>");
        out.t("diff-policy-title")?;
        out.raw("</h2><p dir=\"");
        out.val(page_dir);
        out.raw("\" lang=\"");
        out.val(page_lang);
        out.raw("\" class=diff-text>");
        out.safe(diff.get("title_html"));
        out.raw("</p></section>");
    }
    out.raw(" ");
    if diff.get("intro_html").truthy() {
        out.raw(" <section aria-labelledby=ps-intro class=diff-block><h2 id=ps-intro>");
        out.t("diff-intro")?;
        out.raw("</h2>");
        prose(out, diff.get("intro_html"), page_dir, page_lang);
        out.raw("</section>");
    } else if diff.get("intro_unchanged").truthy() {
        out.raw(" <p class=unchanged><a href=\"");
        out.val(diff.get("new_href"));
        out.raw("\">");
        out.t("diff-intro")?;
        out.raw("</a> ");
        unchanged(out)?;
        out.raw("</p>");
    }
    out.raw(" ");
    for s in diff.get("sections").items() {
        let id = s.get("id");
        let status = s.get("status");
        out.raw(" ");
        if status.is("unchanged") {
            out.raw(" <p id=\"");
            out.val(id);
            out.raw("\" class=unchanged><a href=\"");
            out.val(diff.get("new_href"));
            out.raw("#");
            out.val(id);
            out.raw("\">");
            out.val(s.get("title_text"));
            out.raw("</a> ");
            unchanged(out)?;
            for n in s.get("notes").items() {
                out.raw(" <span class=\"diff-note voice\">");
                out.val(n);
                out.raw("</span>");
            }
            out.raw("</p>");
        } else {
            out.raw(" <section aria-labelledby=\"ps-h-");
            out.val(id);
            out.raw("\" class=\"diff-block diff-");
            out.val(status);
            out.raw("\" id=\"");
            out.val(id);
            out.raw("\"><h2 id=\"ps-h-");
            out.val(id);
            out.raw("\">");
            out.safe(s.get("title_html"));
            out.raw(" ");
            status_label(out, status)?;
            out.raw("</h2>");
            for n in s.get("notes").items() {
                out.raw("<p class=\"diff-note voice\">");
                out.val(n);
                out.raw("</p>");
            }
            out.raw(" ");
            if s.get("body_html").truthy() {
                prose(out, s.get("body_html"), page_dir, page_lang);
            }
            out.raw("</section>");
        }
        out.raw(" ");
    }
    out.raw(" ");
    if diff.get("purposes").truthy() {
        out.raw(" <h2 id=ps-purposes-h>");
        out.t("purposes-heading")?;
        out.raw("</h2>");
        for p in diff.get("purposes").items() {
            purpose(out, diff, p, page_dir, page_lang)?;
        }
        out.raw(" ");
    }
    out.raw(" ");
    partials::subscribe(out)?;
    out.raw("</article>");
    Ok(())
}

/// One purpose of `diff.purposes`, with the spaces the loop writes around it.
fn purpose(out: &mut Out, diff: V, p: V, page_dir: V, page_lang: V) -> Done {
    let id = p.get("id");
    let status = p.get("status");
    out.raw(" ");
    if status.is("unchanged") {
        out.raw(" <p id=\"ps-purpose-");
        out.val(id);
        out.raw("\" class=unchanged><a href=\"");
        out.val(diff.get("new_href"));
        out.raw("#ps-purpose-");
        out.val(id);
        out.raw("\">");
        out.val(p.get("title_text"));
        out.raw("</a> ");
        unchanged(out)?;
        out.raw("</p>");
    } else {
        out.raw(" <section aria-labelledby=\"ps-purpose-");
        out.val(id);
        out.raw("-h\" class=\"diff-block diff-");
        out.val(status);
        out.raw("\" id=\"ps-purpose-");
        out.val(id);
        out.raw("\"><h3 id=\"ps-purpose-");
        out.val(id);
        out.raw("-h\">");
        out.safe(p.get("title_html"));
        out.raw(" ");
        status_label(out, status)?;
        out.raw("</h3><p class=legal-bases><span class=label>");
        let bases = p.get("bases");
        let count = Owned(tera::Value::from(bases.len()));
        out.t_with("legal-basis-label", &[("count", count.v())])?;
        out.raw("</span> ");
        let n = bases.items().len();
        for (i, b) in bases.items().enumerate() {
            let key = format!("legal-basis-{}", b.get("basis").str().unwrap_or_default());
            let change = b.get("change");
            if change.is("added") {
                out.raw("<ins>");
                out.t(&key)?;
                out.raw("</ins>");
            } else if change.is("removed") {
                out.raw("<del>");
                out.t(&key)?;
                out.raw("</del>");
            } else {
                out.t(&key)?;
            }
            if i + 1 < n {
                out.raw(", ");
            }
        }
        out.raw("</p>");
        if p.get("interest_html").truthy() {
            out.raw("<p class=interest><span class=label>");
            out.t("legitimate-interest-label")?;
            out.raw("</span> <span class=diff-text>");
            out.safe(p.get("interest_html"));
            out.raw("</span></p>");
        }
        out.raw(" ");
        if p.get("body_html").truthy() {
            prose(out, p.get("body_html"), page_dir, page_lang);
        }
        out.raw("</section>");
    }
    out.raw(" ");
    Ok(())
}

/// `<li class="change-{{ c.kind }}">{{ c.text }}</li>` for each change.
fn changes(out: &mut Out, list: V) {
    for c in list.items() {
        out.raw("<li class=\"change-");
        out.val(c.get("kind"));
        out.raw("\">");
        out.val(c.get("text"));
        out.raw("</li>");
    }
}

/// `<div … class=diff-prose>{{ html | safe }}</div>`.
fn prose(out: &mut Out, html: V, page_dir: V, page_lang: V) {
    out.raw("<div dir=\"");
    out.val(page_dir);
    out.raw("\" lang=\"");
    out.val(page_lang);
    out.raw("\" class=diff-prose>");
    out.safe(html);
    out.raw("</div>");
}

/// `<span class=status>{{ t(key='diff-status-unchanged') }}</span>`.
fn unchanged(out: &mut Out) -> Done {
    out.raw("<span class=status>");
    out.t("diff-status-unchanged")?;
    out.raw("</span>");
    Ok(())
}

/// `<span class="status status-…">{{ t(key='diff-status-' ~ status) }}</span>`.
fn status_label(out: &mut Out, status: V) -> Done {
    out.raw("<span class=\"status status-");
    out.val(status);
    out.raw("\">");
    out.t(&format!("diff-status-{}", status.str().unwrap_or_default()))?;
    out.raw("</span>");
    Ok(())
}
