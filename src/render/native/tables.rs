//! `partials/processor-table.html` (with its since-dates, which the processors page shows) and
//! `partials/cookie-table.html`.

use std::borrow::Cow;

use super::{Done, Out, Owned, V};

/// The labels a table repeats in every row, worded once.
struct Labels<'a> {
    purpose: Cow<'a, str>,
    second: Cow<'a, str>,
    third: Cow<'a, str>,
    not_stated: Cow<'a, str>,
    outside_eea: Cow<'a, str>,
    safeguard_missing: Cow<'a, str>,
}

/// `<td data-label="…">{% if value %}{{ value }}{% else %}<span class=gap…>…</span>{% endif %}</td>`.
fn cell(out: &mut Out, label: &str, value: V, not_stated: &str, rule: Option<&str>) {
    out.raw("<td data-label=\"");
    out.text(label);
    out.raw("\">");
    if value.truthy() {
        out.val(value);
    } else {
        gap(out, not_stated, rule);
    }
}

fn gap(out: &mut Out, not_stated: &str, rule: Option<&str>) {
    match rule {
        Some(rule) => {
            out.raw("<span class=gap data-rule=");
            out.raw(rule);
            out.raw(">");
        }
        None => out.raw("<span class=gap>"),
    }
    out.text(not_stated);
    out.raw("</span>");
}

/// `<span class="country…">{{ c.name }}…</span>` for a country of a row.
fn country(out: &mut Out, c: V, outside_eea: &str) {
    let outside = c.get("outside_eea").truthy();
    out.raw("<span class=\"country");
    if outside {
        out.raw(" outside-eea");
    }
    out.raw("\">");
    out.val(c.get("name"));
    if outside {
        out.raw(" <span class=tag>");
        out.text(outside_eea);
        out.raw("</span>");
    }
    out.raw("</span>");
}

/// The table head: the first column's label by key, the others as worded.
fn head(out: &mut Out, caption: V, first: &str, labels: &Labels) -> Done {
    out.raw("<caption>");
    out.val(caption);
    out.raw("</caption><thead><tr><th scope=col>");
    out.t(first)?;
    for label in [&labels.purpose, &labels.second, &labels.third] {
        out.raw("</th><th scope=col>");
        out.text(label);
    }
    out.raw("</th></tr></thead>");
    Ok(())
}

/// The explained safeguards under a table, their anchors prefixed with `anchor`.
fn safeguards(out: &mut Out, safeguards: V, anchor: &str) -> Done {
    if safeguards.truthy() {
        out.raw(" <dl class=safeguards>");
        for s in safeguards.items() {
            let s = s.str().unwrap_or_default();
            out.raw("<dt id=\"");
            out.raw(anchor);
            out.text(s);
            out.raw("\">");
            out.t(&format!("safeguard-{s}"))?;
            out.raw("</dt><dd>");
            out.t(&format!("safeguard-{s}-description"))?;
            out.raw("</dd>");
        }
        out.raw("</dl>");
    }
    Ok(())
}

/// `partials/processor-table.html` with `groups`, `safeguards` and `caption` set, and
/// `show_since` false, as `policy.html` includes it: without the since-dates.
pub(super) fn processor_table(
    out: &mut Out,
    groups: V,
    safeguards_named: V,
    caption: V,
    show_since: bool,
) -> Done {
    let labels = Labels {
        purpose: out.message("processor-purpose")?,
        second: out.message("processor-data")?,
        third: out.message("processor-location")?,
        not_stated: out.message("not-stated")?,
        outside_eea: out.message("outside-eea")?,
        safeguard_missing: out.message("safeguard-missing")?,
    };
    let within_eea = out.message("location-within-eea")?;
    out.raw(" <div class=table-wrap><table class=processors>");
    head(out, caption, "processor-name", &labels)?;
    for g in groups.items() {
        out.raw(" <tbody>");
        if g.get("name").truthy() {
            out.raw("<tr class=group><th colspan=4 scope=rowgroup>");
            out.val(g.get("name"));
            let purpose = g.get("purpose");
            if purpose.truthy() && !purpose.equals(g.get("name")) {
                out.raw(" <span class=group-purpose>");
                out.t_with("group-purpose", &[("purpose", purpose)])?;
                out.raw("</span>");
            }
            out.raw("</th></tr>");
        }
        out.raw(" ");
        for p in g.get("processors").items() {
            out.raw(" <tr id=\"ps-processor-");
            out.val(p.get("anchor"));
            out.raw("\"><th scope=row><span class=name>");
            if p.get("url").truthy() {
                out.raw("<a href=\"");
                out.val(p.get("url"));
                out.raw("\">");
                out.val(p.get("name"));
                out.raw("</a>");
            } else {
                out.val(p.get("name"));
            }
            out.raw("</span> ");
            for (field, class, label) in [
                ("role", "role", "role_label"),
                ("formerly", "formerly", "formerly_label"),
                ("headquarters", "hq", "headquarters_label"),
            ] {
                if p.get(field).truthy() {
                    out.raw("<span class=");
                    out.raw(class);
                    out.raw(">");
                    out.val(p.get(label));
                    out.raw("</span>");
                }
                out.raw(" ");
            }
            if show_since && p.get("since").truthy() {
                out.raw("<span class=since><time datetime=\"");
                out.val(p.get("since"));
                out.raw("\">");
                let date = Owned::new(&out.date(p.get("since"))?);
                out.t_with("processor-since-date", &[("date", date.v())])?;
                out.raw("</time></span>");
            }
            out.raw("</th>");
            let rule = Some("art13-recipients");
            cell(
                out,
                &labels.purpose,
                p.get("purpose"),
                &labels.not_stated,
                rule,
            );
            out.raw("</td>");
            cell(out, &labels.second, p.get("data"), &labels.not_stated, rule);
            out.raw("</td><td data-label=\"");
            out.text(&labels.third);
            out.raw("\">");
            location(out, p, &labels, &within_eea);
            out.raw("</td></tr>");
        }
        out.raw("</tbody>");
    }
    out.raw("</table></div>");
    safeguards(out, safeguards_named, "ps-safeguard-")
}

/// A processor's last cell: where the data goes, and under which safeguard.
fn location(out: &mut Out, p: V, labels: &Labels, within_eea: &str) {
    let regions = p.get("regions");
    let countries = p.get("countries");
    if countries.truthy() || regions.truthy() {
        out.raw("<span class=countries>");
        if countries.truthy() {
            let n = countries.items().len();
            for (i, c) in countries.items().enumerate() {
                country(out, c, &labels.outside_eea);
                if i + 1 < n || regions.truthy() {
                    out.raw(", ");
                }
            }
        }
        let region_labels = p.get("region_labels");
        let n = region_labels.items().len();
        for (i, r) in region_labels.items().enumerate() {
            out.raw("<span class=region>");
            out.val(r);
            out.raw("</span>");
            if i + 1 < n {
                out.raw(", ");
            }
        }
        out.raw("</span> ");
        if p.get("safeguard").truthy() {
            safeguard_link(out, p);
        } else if p.get("safeguard_missing").truthy() {
            out.raw("<span class=safeguard>");
            gap(out, &labels.safeguard_missing, Some("transfer-safeguard"));
            out.raw("</span>");
        } else if p.get("within_eea").truthy() {
            out.raw("<span class=\"safeguard muted\">");
            out.text(within_eea);
            out.raw("</span>");
        }
        out.raw(" ");
    } else {
        gap(out, &labels.not_stated, Some("processor-country"));
        if p.get("safeguard").truthy() {
            safeguard_link(out, p);
        }
    }
}

fn safeguard_link(out: &mut Out, p: V) {
    out.raw("<span class=safeguard><a href=\"#ps-safeguard-");
    out.val(p.get("safeguard"));
    out.raw("\">");
    out.val(p.get("safeguard_label"));
    out.raw("</a></span>");
}

/// `partials/cookie-table.html` with `caption` set.
pub(super) fn cookie_table(out: &mut Out, caption: V) -> Done {
    let labels = Labels {
        purpose: out.message("cookie-purpose")?,
        second: out.message("cookie-duration")?,
        third: out.message("cookie-provider")?,
        not_stated: out.message("not-stated")?,
        outside_eea: out.message("outside-eea")?,
        safeguard_missing: out.message("safeguard-missing")?,
    };
    out.raw(" <div class=table-wrap><table class=\"processors cookies\">");
    head(out, caption, "cookie-name", &labels)?;
    for g in out.var("cookie_groups").items() {
        out.raw(" <tbody><tr class=group><th colspan=4 scope=rowgroup>");
        out.val(g.get("label"));
        let category = g.get("category");
        if category.is("necessary") {
            out.raw(" <span class=group-purpose>");
            out.t("cookie-category-necessary-description")?;
            out.raw("</span>");
        } else if category.truthy() {
            out.raw(" <span class=group-purpose>");
            out.t("cookie-category-consent-description")?;
            out.raw("</span>");
        }
        out.raw("</th></tr>");
        for c in g.get("cookies").items() {
            out.raw(" <tr id=\"ps-cookie-");
            out.val(c.get("anchor"));
            out.raw("\"><th scope=row><code class=name>");
            out.val(c.get("name"));
            out.raw("</code>");
            let storage = c.get("storage");
            if storage.truthy() && !storage.is("cookie") {
                out.raw(" <span class=role>");
                out.t(&format!(
                    "cookie-type-{}",
                    storage.str().unwrap_or_default()
                ))?;
                out.raw("</span>");
            }
            out.raw("</th>");
            let rule = Some("cookie-facts");
            cell(
                out,
                &labels.purpose,
                c.get("purpose"),
                &labels.not_stated,
                rule,
            );
            out.raw("</td>");
            cell(
                out,
                &labels.second,
                c.get("duration"),
                &labels.not_stated,
                rule,
            );
            out.raw("</td>");
            cell(
                out,
                &labels.third,
                c.get("provider"),
                &labels.not_stated,
                None,
            );
            let party = c.get("party");
            if party.truthy() {
                out.raw(" <span class=muted>(");
                out.t(&format!("cookie-party-{}", party.str().unwrap_or_default()))?;
                out.raw(")</span>");
            }
            out.raw(" ");
            let countries = c.get("countries");
            if countries.truthy() {
                out.raw("<span class=countries>");
                let n = countries.items().len();
                for (i, k) in countries.items().enumerate() {
                    country(out, k, &labels.outside_eea);
                    if i + 1 < n {
                        out.raw(", ");
                    }
                }
                out.raw("</span> ");
                let safeguard = c.get("safeguard");
                if safeguard.truthy() {
                    let s = safeguard.str().unwrap_or_default();
                    out.raw("<span class=safeguard><a href=\"#ps-cookie-safeguard-");
                    out.val(safeguard);
                    out.raw("\">");
                    out.t(&format!("safeguard-{s}"))?;
                    out.raw("</a></span>");
                } else if c.get("safeguard_missing").truthy() {
                    out.raw("<span class=safeguard>");
                    gap(out, &labels.safeguard_missing, Some("cookie-transfer"));
                    out.raw("</span>");
                }
            }
            out.raw("</td></tr>");
        }
        out.raw("</tbody>");
    }
    out.raw("</table></div>");
    safeguards(out, out.var("cookie_safeguards"), "ps-cookie-safeguard-")
}
