//! The partials `policy.html` includes, but the tables: `partials/company-nav.html`,
//! `notice-facts.html`, `notices.html`, `notice-block.html`, `purposes.html`,
//! `listed-in.html`, `controller.html` and `subscribe.html`.

use super::{Done, Out, Owned, V};

/// `partials/company-nav.html`.
pub(super) fn company_nav(out: &mut Out) -> Done {
    let links = out.var("links");
    let kind = out.var("page_kind");
    out.raw("<nav aria-label=\"");
    out.t("policy-navigation")?;
    out.raw("\" class=company-nav> <ul><li><a aria-current=\"");
    out.choose(kind.is("current"), "page", "false");
    out.raw("\" href=\"");
    out.val(links.get("current"));
    out.raw("\">");
    if !out.var("is_notice").truthy() {
        out.t("nav-current-document")?;
    } else {
        out.t("nav-current")?;
    }
    out.raw("</a></li><li><a aria-current=\"");
    out.choose(kind.is("history"), "page", "false");
    out.raw("\" href=\"");
    out.val(links.get("history"));
    out.raw("\">");
    out.t("nav-history")?;
    out.raw("</a></li>");
    if links.get("processors").truthy() {
        out.raw("<li><a aria-current=\"");
        out.choose(kind.is("processors"), "page", "false");
        out.raw("\" href=\"");
        out.val(links.get("processors"));
        out.raw("\">");
        out.t("nav-processors")?;
        out.raw("</a></li>");
    }
    out.raw(" ");
    if links.get("cookies").truthy() {
        out.raw("<li><a aria-current=\"");
        out.choose(kind.is("cookies"), "page", "false");
        out.raw("\" href=\"");
        out.val(links.get("cookies"));
        out.raw("\">");
        out.t("nav-cookies")?;
        out.raw("</a></li>");
    }
    out.raw("</ul></nav>");
    let documents = out.var("documents");
    if documents.truthy() {
        out.raw("<nav aria-label=\"");
        let company = out.var("company").get("display_name");
        out.t_with("documents-nav-label", &[("company", company)])?;
        out.raw("\" class=documents-nav><ul>");
        for d in documents.items() {
            out.raw("<li><a aria-current=\"");
            out.choose(d.get("current").truthy(), "true", "false");
            out.raw("\" href=\"");
            out.val(d.get("href"));
            out.raw("\" hreflang=\"");
            out.val(d.get("lang"));
            out.raw("\"><span lang=\"");
            out.val(d.get("lang"));
            out.raw("\">");
            out.val(d.get("title"));
            out.raw("</span>");
            in_language(out, d.get("in_language"))?;
            out.raw("</a></li>");
        }
        out.raw("</ul></nav>");
    }
    Ok(())
}

/// `{% if x.in_language %} <span class=in-language>…</span>{% endif %}`.
fn in_language(out: &mut Out, language: V) -> Done {
    if language.truthy() {
        out.raw(" <span class=in-language>");
        out.t_with("document-in-language", &[("language", language)])?;
        out.raw("</span>");
    }
    Ok(())
}

/// `partials/notice-facts.html`, with `nf` set to `nf`.
pub(super) fn notice_facts(out: &mut Out, nf: V) {
    let mut sep = false;
    if nf.get("announced_line").truthy() {
        out.raw("<span class=announced>");
        out.val(nf.get("announced_line"));
        out.raw("</span>");
        sep = true;
    }
    if nf.get("class_label").truthy() {
        if sep {
            out.raw(" · ");
        }
        class_label(out, nf);
        if nf.get("class_by").truthy() {
            out.raw(" <span class=class-by>");
            out.val(nf.get("class_by"));
            out.raw("</span>");
        }
        sep = true;
    }
    if nf.get("objection").truthy() {
        if sep {
            out.raw(" · ");
        }
        out.raw("<span class=objection>");
        out.val(nf.get("objection"));
        out.raw("</span>");
    }
}

fn class_label(out: &mut Out, nf: V) {
    out.raw("<span class=\"change-class change-class-");
    out.val(nf.get("class"));
    out.raw("\">");
    out.val(nf.get("class_label"));
    out.raw("</span>");
}

/// `partials/notices.html`.
pub(super) fn notices(out: &mut Out) -> Done {
    let revision = out.var("revision");
    let status = out.var("status");
    let links = out.var("links");
    let archived = out.var("archived");
    if archived.truthy() {
        out.raw(" <div class=\"notice notice-archived\" role=note><p><strong>");
        out.t("archived-notice-title")?;
        out.raw("</strong> ");
        let date = Owned::new(&out.date(revision.get("date"))?);
        out.t_with("archived-notice", &[("date", date.v())])?;
        out.raw(" <span class=archived-note>");
        out.val(archived);
        out.raw("</span></p></div>");
    }
    out.raw(" ");
    if status.is("past") {
        out.raw(" <div class=\"notice notice-past\" role=note><p><strong>");
        out.t("notice-past-title")?;
        out.raw("</strong> ");
        let from = Owned::new(&out.date(revision.get("date"))?);
        let until = Owned::new(&out.date(out.var("in_force_until"))?);
        out.t_with("notice-past", &[("from", from.v()), ("until", until.v())])?;
        out.raw(" ");
        read_current(out, links)?;
        out.raw("</p></div>");
    } else if status.is("upcoming") {
        out.raw(" <div class=\"notice notice-upcoming\" role=note><p><strong>");
        out.t("notice-upcoming-title")?;
        out.raw("</strong> ");
        let date = Owned::new(&out.date(revision.get("date"))?);
        out.t_with("notice-upcoming", &[("date", date.v())])?;
        out.raw(" ");
        read_current(out, links)?;
        out.raw("</p>");
        let facts = out.var("notice_facts");
        if facts.truthy() {
            let changes_below = out.var("changes_below").truthy();
            notice_block(out, facts, changes_below)?;
        }
        out.raw("</div>");
    }
    out.raw(" ");
    let upcoming = out.var("upcoming");
    if upcoming.truthy() {
        out.raw(" <div class=\"notice notice-upcoming\" role=note><p><strong>");
        out.t("notice-new-version-title")?;
        out.raw("</strong> ");
        let date = Owned::new(&out.date(upcoming.get("date"))?);
        out.t_with("notice-new-version", &[("date", date.v())])?;
        out.raw(" <a href=\"");
        out.val(upcoming.get("href"));
        out.raw("\">");
        out.t("notice-read-upcoming")?;
        out.raw("</a></p>");
        if upcoming.get("notice").truthy() {
            let changes_below = out.var("changes_below").truthy();
            notice_block(out, upcoming.get("notice"), changes_below)?;
        }
        out.raw("</div>");
    }
    out.raw(" ");
    let translation = out.var("translation");
    if translation.truthy() {
        let language = translation.get("language");
        out.raw(" <div class=\"notice notice-translation\" role=note><p><strong>");
        out.t("translation-notice-title")?;
        out.raw("</strong> ");
        if translation.get("by").is("company") {
            out.t_with("translation-notice-company", &[("language", language)])?;
        } else {
            out.t_with("translation-notice", &[("language", language)])?;
        }
        out.raw(" <a href=\"");
        out.val(translation.get("href"));
        out.raw("\" hreflang=\"");
        out.val(translation.get("from"));
        out.raw("\">");
        out.t_with("translation-read-original", &[("language", language)])?;
        out.raw("</a></p></div>");
    }
    out.raw(" ");
    let stale = out.var("stale");
    if stale.truthy() {
        let reference = stale.get("reference_label");
        out.raw(" <div class=\"notice notice-stale\" role=note><p><strong>");
        out.t("notice-stale-title")?;
        out.raw("</strong> ");
        let since = Owned::new(&out.date(stale.get("since"))?);
        out.t_with(
            "notice-stale",
            &[("since", since.v()), ("reference", reference)],
        )?;
        out.raw(" <a href=\"");
        out.val(stale.get("href"));
        out.raw("\" hreflang=\"");
        out.val(stale.get("reference"));
        out.raw("\">");
        out.t_with("notice-read-reference", &[("reference", reference)])?;
        out.raw("</a></p></div>");
    }
    out.raw(" ");
    let reference_upcoming = out.var("reference_upcoming");
    if reference_upcoming.truthy() {
        out.raw(" <div class=\"notice notice-reference-upcoming\" role=note><p>");
        out.val(reference_upcoming.get("text"));
        out.raw(" <a href=\"");
        out.val(reference_upcoming.get("href"));
        out.raw("\" hreflang=\"");
        out.val(reference_upcoming.get("reference"));
        out.raw("\">");
        out.t("notice-read-upcoming")?;
        out.raw("</a></p></div>");
    }
    Ok(())
}

/// `{% if links.current_revision %}<a href="{{ links.current }}">…</a>{% endif %}`.
fn read_current(out: &mut Out, links: V) -> Done {
    if links.get("current_revision").truthy() {
        out.raw("<a href=\"");
        out.val(links.get("current"));
        out.raw("\">");
        out.t("notice-read-current")?;
        out.raw("</a>");
    }
    Ok(())
}

/// `partials/notice-block.html`, with `nf` set to `nf` and `changes_below` to
/// `changes_below`.
pub(super) fn notice_block(out: &mut Out, nf: V, changes_below: bool) -> Done {
    out.raw("<dl class=notice-block>");
    if nf.get("class_label").truthy() {
        out.raw("<div><dt>");
        out.t("notice-facts-class")?;
        out.raw("</dt><dd>");
        class_label(out, nf);
        if nf.get("class_by").truthy() {
            out.raw("<br><span class=class-by>");
            out.val(nf.get("class_by"));
            out.raw("</span>");
        }
        out.raw("</dd></div>");
    }
    out.raw(" <div><dt>");
    out.t("notice-facts-announced")?;
    out.raw("</dt><dd>");
    if nf.get("announced").truthy() {
        out.val(nf.get("announced"));
    } else {
        out.t("value-not-stated")?;
    }
    out.raw("</dd></div><div><dt>");
    out.t("notice-facts-effective")?;
    out.raw("</dt><dd>");
    out.val(nf.get("effective"));
    out.raw("</dd></div>");
    if nf.get("deadline").truthy() {
        out.raw("<div><dt>");
        out.t("notice-facts-deadline")?;
        out.raw("</dt><dd>");
        out.val(nf.get("deadline"));
        out.raw("</dd></div>");
    }
    out.raw(" ");
    let object = nf.get("object");
    if object.truthy() {
        out.raw("<div><dt>");
        out.t("notice-facts-object")?;
        out.raw("</dt><dd><a href=\"");
        out.val(object.get("href"));
        out.raw("\">");
        out.val(object.get("text"));
        out.raw("</a></dd></div>");
    }
    out.raw("</dl>");
    if nf.get("changes").truthy() && !changes_below {
        out.raw("<p class=notice-changes-title>");
        out.t("notice-facts-changes")?;
        out.raw("</p><ul class=notice-changes>");
        for c in nf.get("changes").items() {
            out.raw("<li class=\"change-");
            out.val(c.get("kind"));
            out.raw("\">");
            out.val(c.get("text"));
            out.raw("</li>");
        }
        out.raw("</ul>");
    }
    Ok(())
}

/// `partials/purposes.html`.
pub(super) fn purposes(out: &mut Out) -> Done {
    out.raw("<div class=purposes id=ps-purposes-list>");
    for p in out.var("revision").get("purposes").items() {
        let id = p.get("id");
        out.raw(" <section aria-labelledby=\"ps-purpose-");
        out.val(id);
        out.raw("-h\" id=\"ps-purpose-");
        out.val(id);
        out.raw("\" class=purpose><h3 id=\"ps-purpose-");
        out.val(id);
        out.raw("-h\">");
        out.val(p.get("title"));
        out.raw("</h3><p class=legal-bases><span class=label>");
        let bases = p.get("legal_bases");
        let count = Owned(tera::Value::from(bases.len()));
        out.t_with("legal-basis-label", &[("count", count.v())])?;
        out.raw("</span> ");
        let mut items = bases.items();
        let n = items.len();
        if n == 0 {
            out.raw("<span class=gap data-rule=art13-legal-basis>");
            out.t("not-stated")?;
            out.raw("</span>");
        }
        for (i, b) in items.by_ref().enumerate() {
            let b = b.str().unwrap_or_default();
            out.raw("<span class=basis>");
            out.t(&format!("legal-basis-{b}"))?;
            out.raw(" <span class=ref>(");
            out.t(&format!("legal-basis-{b}-ref"))?;
            out.raw(")</span></span>");
            if i + 1 < n {
                out.raw(", ");
            }
        }
        out.raw("</p>");
        if p.get("legitimate_interest").truthy() {
            out.raw("<p class=interest><span class=label>");
            out.t("legitimate-interest-label")?;
            out.raw("</span> ");
            out.val(p.get("legitimate_interest"));
            out.raw("</p>");
        }
        out.raw(" ");
        if p.get("body_html").truthy() {
            out.safe(p.get("body_html"));
        }
        out.raw("</section>");
    }
    out.raw("</div>");
    Ok(())
}

/// `partials/listed-in.html`.
pub(super) fn listed_in(out: &mut Out) -> Done {
    let listed = out.var("listed_in");
    out.raw(" <p class=listed-in>");
    out.t("processors-listed-in")?;
    out.raw(" <a href=\"");
    out.val(listed.get("href"));
    out.raw("\" hreflang=\"");
    out.val(listed.get("lang"));
    out.raw("\"><span lang=\"");
    out.val(listed.get("lang"));
    out.raw("\">");
    out.val(listed.get("title"));
    out.raw("</span></a>");
    in_language(out, listed.get("in_language"))?;
    out.raw("</p>");
    Ok(())
}

/// `partials/controller.html`.
pub(super) fn controller(out: &mut Out) -> Done {
    let company = out.var("company");
    out.raw("<section aria-labelledby=ps-controller class=controller><h2 id=ps-controller>");
    out.t("controller-heading")?;
    out.raw("</h2><dl><dt>");
    out.t("controller-name")?;
    out.raw("</dt><dd>");
    if company.get("name").truthy() {
        out.val(company.get("name"));
    } else {
        gap(out, "art13-controller-identity")?;
    }
    out.raw("</dd>");
    if company.get("org_number").truthy() {
        out.raw("<dt>");
        out.t("controller-org-number")?;
        out.raw("</dt><dd>");
        out.val(company.get("org_number"));
        out.raw("</dd>");
    }
    out.raw(" <dt>");
    out.t("controller-address")?;
    out.raw("</dt><dd>");
    if company.get("address").truthy() {
        out.val(company.get("address"));
    } else {
        gap(out, "art13-controller-contact")?;
    }
    out.raw("</dd><dt>");
    out.t("controller-email")?;
    out.raw("</dt><dd>");
    let email = company.get("email");
    if email.truthy() {
        out.raw("<a href=\"mailto:");
        out.val(email);
        out.raw("\">");
        out.val(email);
        out.raw("</a>");
    } else {
        gap(out, "art13-controller-contact")?;
    }
    out.raw("</dd>");
    let phone = company.get("phone");
    if phone.truthy() {
        out.raw("<dt>");
        out.t("controller-phone")?;
        out.raw("</dt><dd><a href=\"tel:");
        out.text(&phone.str().unwrap_or_default().replace(' ', ""));
        out.raw("\">");
        out.val(phone);
        out.raw("</a></dd>");
    }
    out.raw(" ");
    let website = company.get("website");
    if website.truthy() {
        out.raw("<dt>");
        out.t("controller-website")?;
        out.raw("</dt><dd><a href=\"");
        out.val(website);
        out.raw("\">");
        out.val(website);
        out.raw("</a></dd>");
    }
    out.raw(" ");
    let dpo = company.get("dpo");
    if dpo.truthy() {
        out.raw("<dt>");
        out.t("controller-dpo")?;
        out.raw("</dt><dd>");
        if dpo.get("name").truthy() {
            out.val(dpo.get("name"));
        }
        if dpo.get("email").truthy() {
            out.raw(" <a href=\"mailto:");
            out.val(dpo.get("email"));
            out.raw("\">");
            out.val(dpo.get("email"));
            out.raw("</a>");
        }
        if dpo.get("phone").truthy() {
            out.raw(" ");
            out.val(dpo.get("phone"));
        }
        out.raw("</dd>");
    }
    out.raw(" <dt>");
    out.t("controller-authority")?;
    out.raw("</dt><dd>");
    let authority = company.get("authority");
    let (name, url) = (authority.get("name"), authority.get("url"));
    if authority.truthy() && name.truthy() {
        if url.truthy() {
            out.raw("<a href=\"");
            out.val(url);
            out.raw("\">");
            out.val(name);
            out.raw("</a>");
        } else {
            out.val(name);
        }
    } else if authority.truthy() && url.truthy() {
        out.raw("<a href=\"");
        out.val(url);
        out.raw("\">");
        out.val(url);
        out.raw("</a>");
    } else {
        gap(out, "art13-authority")?;
    }
    out.raw("</dd></dl></section>");
    Ok(())
}

/// A fact not stated: `<span class=gap data-rule=…>{{ t(key='not-stated') }}</span>`.
fn gap(out: &mut Out, rule: &str) -> Done {
    out.raw("<span class=gap data-rule=");
    out.raw(rule);
    out.raw(">");
    out.t("not-stated")?;
    out.raw("</span>");
    Ok(())
}

/// `partials/subscribe.html`.
pub(super) fn subscribe(out: &mut Out) -> Done {
    out.raw("<section aria-labelledby=ps-subscribe class=subscribe><h2 id=ps-subscribe>");
    out.t("subscribe-heading")?;
    out.raw("</h2><p>");
    out.t("subscribe-feed")?;
    out.raw(" <a href=\"");
    out.val(
        out.var("feeds")
            .items()
            .next()
            .map_or(V::Undef, |f| f.get("href")),
    );
    out.raw("\" type=application/atom+xml>");
    out.t("feed-subscribe")?;
    out.raw("</a></p>");
    let subscribe = out.var("subscribe");
    if subscribe.truthy() {
        out.raw("<form action=\"");
        out.val(subscribe.get("action"));
        out.raw("\" method=\"");
        out.val(subscribe.get("method"));
        out.raw("\" class=subscribe-form><label for=ps-subscribe-email>");
        out.t("subscribe-email-label")?;
        out.raw("</label><span class=subscribe-row><input name=\"");
        out.val(subscribe.get("field"));
        out.raw("\" autocomplete=email id=ps-subscribe-email required type=email> <button>");
        out.t("subscribe-button")?;
        out.raw("</button></span></form>");
    }
    out.raw("</section>");
    Ok(())
}
