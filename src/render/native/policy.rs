//! `base.html` and `policy.html`, as the built-in templates minified render them.

use super::{Done, Out, Owned, partials, tables};

/// `policy.html` extending `base.html`.
pub(in crate::render) fn policy(out: &mut Out) -> Done {
    base(out, title, head, partials::company_nav, main)
}

/// `base.html`, its four blocks given.
pub(super) fn base(
    out: &mut Out,
    title: fn(&mut Out) -> Done,
    head: fn(&mut Out) -> Done,
    nav: fn(&mut Out) -> Done,
    main: fn(&mut Out) -> Done,
) -> Done {
    out.raw("<!doctype html><html dir=\"");
    out.val(out.var("dir"));
    out.raw("\" lang=\"");
    out.val(out.var("lang"));
    out.raw("\"><head><meta charset=utf-8><meta content=\"width=device-width,initial-scale=1\" name=viewport><title>");
    title(out)?;
    out.raw("</title>");
    if out.var("description").truthy() {
        out.raw("<meta content=\"");
        out.val(out.var("description"));
        out.raw("\" name=description>");
    }
    out.raw(" ");
    if out.var("canonical").truthy() {
        out.raw("<link href=\"");
        out.val(out.var("canonical"));
        out.raw("\" rel=canonical>");
    }
    out.raw(" ");
    for a in out.var("alternates").items() {
        out.raw("<link href=\"");
        out.val(a.get("url"));
        out.raw("\" hreflang=\"");
        out.val(a.get("lang"));
        out.raw("\" rel=alternate>");
    }
    if out.var("x_default").truthy() {
        out.raw("<link href=\"");
        out.val(out.var("x_default"));
        out.raw("\" hreflang=x-default rel=alternate>");
    }
    for f in out.var("feeds").items() {
        out.raw("<link href=\"");
        out.val(f.get("href"));
        out.raw("\" title=\"");
        out.val(f.get("title"));
        out.raw("\" rel=alternate type=application/atom+xml>");
    }
    head(out)?;
    out.raw(" <link href=\"");
    out.val(out.var("root"));
    out.raw("style.css\" rel=stylesheet><link href=\"");
    out.val(out.var("root"));
    out.raw("favicon.svg\" rel=icon type=image/svg+xml><meta content=privsite name=generator></head><body><a class=skip href=#ps-main>");
    out.t("skip-to-content")?;
    out.raw("</a><header class=site-header><a href=\"");
    out.val(out.var("root"));
    out.raw("\" class=site-title>");
    out.val(out.var("site_title"));
    out.raw("</a>");
    if out.var("alternates").len() > 1 {
        out.raw(" <nav aria-label=\"");
        out.t("language-switcher")?;
        out.raw("\" class=languages><ul>");
        let page_lang = out.var("page_lang");
        for a in out.var("alternates").items() {
            out.raw(" <li>");
            if a.get("lang").equals(page_lang) {
                out.raw("<span lang=\"");
                out.val(a.get("lang"));
                out.raw("\" aria-current=page>");
                out.val(a.get("label"));
                out.raw("</span>");
            } else {
                out.raw("<a href=\"");
                out.val(a.get("href"));
                out.raw("\" hreflang=\"");
                out.val(a.get("lang"));
                out.raw("\" lang=\"");
                out.val(a.get("lang"));
                out.raw("\">");
                out.val(a.get("label"));
                out.raw("</a>");
            }
            out.raw("</li>");
        }
        out.raw("</ul></nav>");
    }
    out.raw("</header>");
    nav(out)?;
    out.raw(" <main id=ps-main>");
    if out.var("interface_note").truthy() {
        out.raw("<div class=\"notice interface-note\" role=note><p>");
        out.val(out.var("interface_note"));
        out.raw("</p></div>");
    }
    main(out)?;
    out.raw("</main><footer class=site-footer><p>");
    out.t("footer-published")?;
    out.raw("</p></footer></body></html>");
    Ok(())
}

fn title(out: &mut Out) -> Done {
    let revision = out.var("revision");
    out.val(revision.get("title"));
    out.raw(" – ");
    out.val(out.var("company").get("display_name"));
    if !out.var("status").is("current") {
        out.raw(" (");
        out.date_val(revision.get("date"))?;
        out.raw(")");
    }
    Ok(())
}

fn head(out: &mut Out) -> Done {
    if !out.var("status").is("current") {
        out.raw("<meta content=noindex name=robots>");
    }
    Ok(())
}

fn main(out: &mut Out) -> Done {
    let revision = out.var("revision");
    let company = out.var("company");
    let status = out.var("status");
    let links = out.var("links");
    let archived = out.var("archived").truthy();
    let page_dir = out.var("page_dir");
    let page_lang = out.var("page_lang");
    out.raw(" <article lang=\"");
    out.val(out.var("lang"));
    out.raw("\" class=policy><header class=policy-header><p class=company>");
    out.val(company.get("display_name"));
    out.raw("</p><h1 dir=\"");
    out.val(page_dir);
    out.raw("\" lang=\"");
    out.val(page_lang);
    out.raw("\">");
    out.val(revision.get("title"));
    out.raw("</h1><p class=effective>");
    let date = Owned::new(&out.date(revision.get("date"))?);
    if status.is("upcoming") {
        out.t_with("takes-effect", &[("date", date.v())])?;
    } else if archived {
        out.t("status-archived")?;
        out.raw(" · <time datetime=\"");
        out.val(revision.get("date"));
        out.raw("\">");
        out.val(date.v());
        out.raw("</time>");
    } else {
        out.t_with("in-force-from", &[("date", date.v())])?;
    }
    out.raw(" · <a href=\"");
    out.val(links.get("history"));
    out.raw("\">");
    out.t("all-versions")?;
    out.raw("</a> ");
    if links.get("diff").truthy() {
        out.raw("· <a href=\"");
        out.val(links.get("diff"));
        out.raw("\">");
        out.t("what-changed")?;
        out.raw("</a>");
    }
    out.raw("</p>");
    if revision.get("date_note_html").truthy() {
        out.raw("<div dir=\"");
        out.val(page_dir);
        out.raw("\" lang=\"");
        out.val(page_lang);
        out.raw("\" class=date-note><p dir=\"");
        out.val(out.var("dir"));
        out.raw("\" lang=\"");
        out.val(out.var("lang"));
        out.raw("\" class=voice>");
        out.t("date-note-label")?;
        out.raw("</p>");
        out.safe(revision.get("date_note_html"));
        out.raw("</div>");
    }
    out.raw(" ");
    if revision.get("corrected").truthy() {
        out.raw("<p class=corrected><span class=voice>");
        out.t("corrected-label")?;
        out.raw("</span> ");
        out.val(revision.get("corrected"));
        out.raw("</p>");
    }
    out.raw(" ");
    if revision.get("summary").truthy() && !status.is("current") {
        out.raw("<p class=summary><span class=voice>");
        out.t("summary-by-site")?;
        out.raw("</span> ");
        out.val(revision.get("summary"));
        out.raw("</p>");
    }
    out.raw(" ");
    let facts = out.var("notice_facts");
    if facts.truthy() && !status.is("upcoming") && facts.get("class_label").truthy() {
        out.raw("<p class=notice-facts>");
        partials::notice_facts(out, facts);
        out.raw("</p>");
    }
    out.raw("</header>");
    partials::notices(out)?;
    out.raw(" ");
    if revision.get("intro_html").truthy() {
        out.raw("<div dir=\"");
        out.val(page_dir);
        out.raw("\" lang=\"");
        out.val(page_lang);
        out.raw("\" class=intro>");
        out.safe(revision.get("intro_html"));
        out.raw("</div>");
    }
    out.raw(" <nav aria-labelledby=ps-toc class=toc><h2 id=ps-toc>");
    out.t("contents")?;
    out.raw("</h2><ol>");
    for s in revision.get("sections").items() {
        out.raw("<li><a dir=\"");
        out.val(page_dir);
        out.raw("\" href=\"#");
        out.val(s.get("id"));
        out.raw("\" lang=\"");
        out.val(page_lang);
        out.raw("\">");
        out.val(s.get("title"));
        out.raw("</a></li>");
    }
    let purposes_apart =
        revision.get("purposes").truthy() && !revision.get("purposes_in_section").truthy();
    let processors_apart = revision.get("processor_groups").truthy()
        && !revision.get("processors_in_section").truthy();
    let cookie_groups = out.var("cookie_groups");
    let cookies_apart = cookie_groups.truthy() && !out.var("cookies_in_section").truthy();
    if purposes_apart {
        out.raw("<li><a href=#ps-purposes>");
        out.t("purposes-heading")?;
        out.raw("</a></li>");
    }
    if processors_apart {
        out.raw("<li><a href=#ps-processors>");
        out.t("processors-heading")?;
        out.raw("</a></li>");
    }
    if cookies_apart {
        out.raw("<li><a href=#ps-cookies>");
        out.t("cookies-heading")?;
        out.raw("</a></li>");
    }
    out.raw("<li><a href=#ps-controller>");
    out.t("controller-heading")?;
    out.raw("</a></li></ol></nav>");
    for s in revision.get("sections").items() {
        let id = s.get("id");
        out.raw(" <section aria-labelledby=\"ps-h-");
        out.val(id);
        out.raw("\" dir=\"");
        out.val(page_dir);
        out.raw("\" id=\"");
        out.val(id);
        out.raw("\" lang=\"");
        out.val(page_lang);
        out.raw("\"><h2 id=\"ps-h-");
        out.val(id);
        out.raw("\">");
        out.val(s.get("title"));
        out.raw("</h2>");
        out.safe(s.get("body_html"));
        out.raw(" ");
        if id.is("purposes") {
            partials::purposes(out)?;
        }
        out.raw(" ");
        if id.is("recipients") && out.var("listed_in").truthy() {
            partials::listed_in(out)?;
        }
        out.raw(" ");
        if id.is("recipients") && revision.get("processor_groups").truthy() {
            out.raw("  ");
            processor_table(out)?;
            out.raw(" <p class=more><a href=\"");
            out.val(links.get("processors"));
            out.raw("\">");
            out.t("processors-more")?;
            out.raw("</a></p>");
        }
        out.raw(" ");
        if id.is("cookies") && cookie_groups.truthy() {
            out.raw("  ");
            cookie_table(out)?;
            out.raw(" ");
        }
        out.raw("</section>");
    }
    out.raw(" ");
    if purposes_apart {
        out.raw(" <section aria-labelledby=ps-purposes-h id=ps-purposes><h2 id=ps-purposes-h>");
        out.t("purposes-heading")?;
        out.raw("</h2>");
        partials::purposes(out)?;
        out.raw("</section>");
    }
    out.raw(" ");
    if processors_apart {
        out.raw(
            " <section aria-labelledby=ps-processors-h id=ps-processors><h2 id=ps-processors-h>",
        );
        out.t("processors-heading")?;
        out.raw("</h2> ");
        processor_table(out)?;
        out.raw(" <p class=more><a href=\"");
        out.val(links.get("processors"));
        out.raw("\">");
        out.t("processors-more")?;
        out.raw("</a></p></section>");
    }
    out.raw(" ");
    if cookies_apart {
        out.raw(" <section aria-labelledby=ps-cookies-h id=ps-cookies><h2 id=ps-cookies-h>");
        out.t("cookies-heading")?;
        out.raw("</h2> ");
        cookie_table(out)?;
        out.raw("</section>");
    }
    out.raw(" ");
    partials::controller(out)?;
    out.raw(" <p class=version-footer>");
    if archived {
        out.t_with("archived-notice", &[("date", date.v())])?;
    } else {
        out.t_with("version-footer", &[("date", date.v())])?;
    }
    out.raw(" <a href=\"");
    out.val(links.get("permalink"));
    out.raw("\">");
    out.t("permalink")?;
    out.raw("</a> · ");
    out.t("exports-label")?;
    out.raw(" <a href=\"");
    out.val(out.var("exports").get("policy_json"));
    out.raw("\" type=application/json>JSON</a> · <a href=\"");
    out.val(
        out.var("feeds")
            .items()
            .next()
            .map_or(super::V::Undef, |f| f.get("href")),
    );
    out.raw("\" type=application/atom+xml>");
    out.t("feed-subscribe")?;
    out.raw("</a></p>");
    if links.get("permalink_url").truthy() {
        out.raw("<p class=print-address>");
        out.t("print-address")?;
        out.raw(" ");
        out.val(links.get("permalink_url"));
        out.raw("</p>");
    }
    out.raw(" ");
    partials::subscribe(out)?;
    out.raw("</article>");
    Ok(())
}

/// The revision's processor table, as `policy.html` includes it: captioned with the
/// company's name, without the since-dates.
fn processor_table(out: &mut Out) -> Done {
    let revision = out.var("revision");
    let name = out.var("company").get("display_name");
    let caption = Owned::new(&out.message_with("processors-caption", &[("company", name)])?);
    tables::processor_table(
        out,
        revision.get("processor_groups"),
        revision.get("safeguards"),
        caption.v(),
        false,
    )
}

/// The revision's cookie table, as `policy.html` includes it.
fn cookie_table(out: &mut Out) -> Done {
    let name = out.var("company").get("display_name");
    let caption = Owned::new(&out.message_with("cookies-caption", &[("company", name)])?);
    tables::cookie_table(out, caption.v())
}
