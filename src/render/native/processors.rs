//! `processors.html`, as the built-in template minified renders it.

use super::policy::base;
use super::{Done, Out, Owned, V, partials, tables};

/// `processors.html` extending `base.html`.
pub(in crate::render) fn processors(out: &mut Out) -> Done {
    base(out, title, |_| Ok(()), partials::company_nav, main)
}

fn title(out: &mut Out) -> Done {
    out.t("processors-title")?;
    out.raw(" – ");
    out.val(out.var("company").get("display_name"));
    Ok(())
}

fn main(out: &mut Out) -> Done {
    let company = out.var("company");
    out.raw(" <article class=processor-page><header class=policy-header><p class=company>");
    out.val(company.get("display_name"));
    out.raw("</p><h1>");
    out.t("processors-title")?;
    out.raw("</h1>");
    header_facts(out)?;
    out.raw("</header>");
    partials::notices(out)?;
    out.raw(" ");
    upcoming(out)?;
    out.raw(" ");
    let prose = out.var("recipients_in_prose");
    if out.var("groups").truthy() {
        out.raw(" ");
        let caption = Owned::new(&out.message_with(
            "processors-caption",
            &[("company", company.get("display_name"))],
        )?);
        out.raw(" ");
        tables::processor_table(
            out,
            out.var("groups"),
            out.var("safeguards"),
            caption.v(),
            true,
        )?;
        out.raw(" ");
    } else if prose.truthy() {
        out.raw(" <section aria-labelledby=ps-in-prose class=recipients-in-prose><h2 id=ps-in-prose><a href=\"");
        out.val(prose.get("href"));
        out.raw("\">");
        out.val(prose.get("title"));
        out.raw("</a></h2>");
        out.safe(prose.get("body_html"));
        out.raw("</section>");
    }
    out.raw(" ");
    change_log(out)?;
    out.raw(" ");
    removed(out)?;
    out.raw(" <p class=exports>");
    out.t("exports-label")?;
    let exports = out.var("exports");
    out.raw(" <a href=\"");
    out.val(exports.get("processors_json"));
    out.raw("\" type=application/json>JSON</a> · <a href=\"");
    out.val(exports.get("processors_csv"));
    out.raw("\" type=text/csv>CSV</a> · <a href=\"");
    out.val(
        out.var("feeds")
            .items()
            .next()
            .map_or(V::Undef, |f| f.get("href")),
    );
    out.raw("\" type=application/atom+xml>");
    out.t("feed-subscribe")?;
    out.raw("</a></p><p class=print-address>");
    out.t("print-address-page")?;
    out.raw(" ");
    out.val(out.var("canonical"));
    out.raw("</p>");
    partials::subscribe(out)?;
    out.raw("</article>");
    Ok(())
}

/// The header's sentence: where the list is kept, or what is in force since when.
fn header_facts(out: &mut Out) -> Done {
    let in_force = out.var("in_force");
    if in_force.truthy() && out.var("listed_in").truthy() {
        return partials::listed_in(out);
    }
    if !in_force.truthy() {
        out.raw("<p>");
        out.t("no-revision-in-force")?;
        out.raw("</p>");
        return Ok(());
    }
    let date = Owned::new(&out.date(in_force)?);
    out.raw("<p>");
    if out.var("recipients_in_prose").truthy() {
        out.t_with("processors-in-prose", &[("date", date.v())])?;
    } else {
        let count = out.var("processor_count");
        out.t_with("processors-intro", &[("date", date.v()), ("count", count)])?;
    }
    out.raw("</p>");
    if out.var("date_note_html").truthy() {
        out.raw("<div class=date-note><p class=voice>");
        out.t("date-note-label")?;
        out.raw("</p>");
        out.safe(out.var("date_note_html"));
        out.raw("</div>");
    }
    Ok(())
}

/// A list of changes to recipients, each as its sentence.
fn changes(out: &mut Out, changes: V) {
    for c in changes.items() {
        out.raw("<li class=\"change-");
        out.val(c.get("kind"));
        out.raw("\">");
        out.val(c.get("text"));
        out.raw("</li>");
    }
}

fn upcoming(out: &mut Out) -> Done {
    let upcoming = out.var("upcoming_changes");
    if !upcoming.truthy() {
        return Ok(());
    }
    out.raw(" <section aria-labelledby=ps-upcoming class=upcoming-changes><h2 id=ps-upcoming>");
    out.t("processors-upcoming-heading")?;
    out.raw("</h2>");
    for e in upcoming.items() {
        out.raw(" <h3><a href=\"");
        out.val(e.get("href"));
        out.raw("\">");
        let date = Owned::new(&out.date(e.get("date"))?);
        out.t_with("takes-effect", &[("date", date.v())])?;
        out.raw("</a></h3><p class=notice-facts>");
        partials::notice_facts(out, e.get("notice"));
        out.raw("</p><ul class=changes>");
        changes(out, e.get("changes"));
        out.raw("</ul>");
    }
    out.raw("</section>");
    Ok(())
}

fn change_log(out: &mut Out) -> Done {
    let log = out.var("change_log");
    if !log.truthy() {
        return Ok(());
    }
    out.raw(" <section aria-labelledby=ps-log><h2 id=ps-log>");
    out.t("processors-log-heading")?;
    out.raw("</h2><ol class=change-log reversed>");
    for e in log.items() {
        out.raw("<li><a href=\"");
        out.val(e.get("href"));
        out.raw("\"><time datetime=\"");
        out.val(e.get("date"));
        out.raw("\">");
        out.date_val(e.get("date"))?;
        out.raw("</time></a>");
        if e.get("status").is("upcoming") {
            out.raw(" <span class=\"status status-upcoming\">");
            out.t("status-upcoming")?;
            out.raw("</span>");
        }
        out.raw(" <ul>");
        changes(out, e.get("changes"));
        out.raw("</ul></li>");
    }
    out.raw("</ol></section>");
    Ok(())
}

/// The recipients no longer listed, with when they were added and removed.
fn removed(out: &mut Out) -> Done {
    let removed = out.var("removed");
    if !removed.truthy() {
        return Ok(());
    }
    let purpose = out.message("processor-purpose")?;
    let since = out.message("processor-since")?;
    let removed_on = out.message("processor-removed-on")?;
    out.raw(" <section aria-labelledby=ps-removed><h2 id=ps-removed>");
    out.t("processors-removed-heading")?;
    out.raw("</h2><div class=table-wrap><table class=removed><caption>");
    out.t("processors-removed-caption")?;
    out.raw("</caption><thead><tr><th scope=col>");
    out.t("processor-name")?;
    out.raw("</th><th scope=col>");
    out.text(&purpose);
    out.raw("</th><th scope=col>");
    out.text(&since);
    out.raw("</th><th scope=col>");
    out.text(&removed_on);
    out.raw("</th></tr></thead><tbody>");
    for p in removed.items() {
        out.raw("<tr><th scope=row>");
        out.val(p.get("name"));
        if p.get("formerly").truthy() {
            out.raw(" <span class=formerly>");
            let names: Vec<&str> = p.get("formerly").items().filter_map(V::str).collect();
            let names = Owned::new(&names.join(", "));
            out.t_with("processor-formerly", &[("names", names.v())])?;
            out.raw("</span>");
        }
        out.raw("</th><td data-label=\"");
        out.text(&purpose);
        out.raw("\">");
        if p.get("purpose").truthy() {
            out.val(p.get("purpose"));
        } else {
            out.raw("<span class=gap>");
            out.t("not-stated")?;
            out.raw("</span>");
        }
        out.raw("</td><td data-label=\"");
        out.text(&since);
        out.raw("\"><time datetime=\"");
        out.val(p.get("since"));
        out.raw("\">");
        out.date_val(p.get("since"))?;
        out.raw("</time></td><td data-label=\"");
        out.text(&removed_on);
        out.raw("\"><time datetime=\"");
        out.val(p.get("removed"));
        out.raw("\">");
        out.date_val(p.get("removed"))?;
        out.raw("</time></td></tr>");
    }
    out.raw("</tbody></table></div></section>");
    Ok(())
}
