//! `history.html`, as the built-in template minified renders it.

use super::policy::base;
use super::{Done, Out, Owned, partials};

/// `history.html` extending `base.html`.
pub(in crate::render) fn history(out: &mut Out) -> Done {
    base(out, title, |_| Ok(()), partials::company_nav, main)
}

fn title(out: &mut Out) -> Done {
    out.t("history-title")?;
    out.raw(" – ");
    out.val(out.var("company").get("display_name"));
    Ok(())
}

fn main(out: &mut Out) -> Done {
    let revisions = out.var("revisions");
    let page_dir = out.var("page_dir");
    let page_lang = out.var("page_lang");
    out.raw(" <article class=history><header class=policy-header><p class=company>");
    out.val(out.var("company").get("display_name"));
    out.raw("</p><h1>");
    out.t("history-title")?;
    out.raw("</h1><p>");
    let count = Owned::number(revisions.len());
    out.t_with("history-intro", &[("count", count.v())])?;
    out.raw("</p></header>");
    partials::notices(out)?;
    out.raw(" <ol class=revisions reversed>");
    for r in revisions.items() {
        let status = r.get("status");
        out.raw(" <li class=\"revision revision-");
        out.val(status);
        out.raw("\"><h2><a href=\"");
        out.val(r.get("href"));
        out.raw("\"><time datetime=\"");
        out.val(r.get("date"));
        out.raw("\">");
        out.date_val(r.get("date"))?;
        out.raw("</time></a> ");
        if r.get("archived").truthy() && status.is("current") {
            out.raw("<span class=\"status status-archived\">");
            out.t("status-archived")?;
            out.raw("</span>");
        } else {
            out.raw("<span class=\"status status-");
            out.val(status);
            out.raw("\">");
            out.t(&format!("status-{}", status.str().unwrap_or_default()))?;
            out.raw("</span>");
        }
        out.raw("</h2> ");
        if r.get("date_note_html").truthy() {
            out.raw("<div class=date-note><p class=voice>");
            out.t("date-note-label")?;
            out.raw("</p>");
            out.safe(r.get("date_note_html"));
            out.raw("</div>");
        }
        out.raw(" <p dir=\"");
        out.val(page_dir);
        out.raw("\" lang=\"");
        out.val(page_lang);
        out.raw("\" class=title>");
        out.val(r.get("title"));
        out.raw("</p> ");
        if r.get("summary").truthy() {
            out.raw("<p class=summary><span class=voice>");
            out.t("summary-by-site")?;
            out.raw("</span> ");
            out.val(r.get("summary"));
            out.raw("</p>");
        }
        out.raw(" ");
        if r.get("changes").truthy() {
            out.raw("<p class=changes>");
            out.val(r.get("changes"));
            out.raw("</p>");
        }
        out.raw(" ");
        let nf = r.get("notice");
        if nf.get("announced_line").truthy() || nf.get("class_label").truthy() {
            out.raw("<p class=notice-facts>");
            partials::notice_facts(out, nf);
            out.raw("</p>");
        }
        out.raw(" ");
        if r.get("diff_href").truthy() {
            out.raw("<p><a href=\"");
            out.val(r.get("diff_href"));
            out.raw("\">");
            out.t("what-changed")?;
            out.raw("</a></p>");
        }
        out.raw("</li>");
    }
    out.raw("</ol>");
    partials::subscribe(out)?;
    out.raw("</article>");
    Ok(())
}
