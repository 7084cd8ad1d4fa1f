//! The notice e-mail of `privsite notify` comes from the theme's `notice-email.txt` and
//! `notice-email.html`: a site overrides them like page templates, the text part prints
//! values as they are and the HTML part escapes them.

use std::path::Path;

use crate::prelude::Fixture;

/// The basic fixture with `[notice]` and an upcoming material revision of acme/en that adds
/// a processor in the United States, announced 2024-12-28, in force 2025-01-20.
fn upcoming() -> Fixture {
    let f = Fixture::copy("basic");
    let company = f.read("content/acme/company.toml");
    f.write(
        "content/acme/company.toml",
        format!("{company}\n[notice]\ndays = 30\nobjection_days = 14\n"),
    );
    f.remove("content/acme/en/2099-01-01.toml");
    let current = f.read("content/acme/en/2023-06-01.toml");
    let next = current.replace(
        "summary = \"Bravo Mail replaced by Charlie Send.\"",
        "summary = \"Echo Chat added.\"\nannounced = 2024-12-28",
    ) + "\n[[processors]]\nname = \"Echo Chat\"\npurpose = \"Chat support\"\ndata = \"Chat messages\"\ncountries = [\"US\"]\nsafeguard = \"scc\"\n";
    f.write("content/acme/en/2025-01-20.toml", next);
    f
}

fn privsite(root: &Path, args: &[&str]) -> std::process::Output {
    crate::prelude::privsite(root)
        .args(args)
        .output()
        .expect("privsite runs")
}

/// Runs `privsite notify --out` for 2025-01-01 and returns the e-mail's (subject, text part,
/// HTML part), line ends as written in the templates.
fn notice_email(f: &Fixture) -> (String, String, String) {
    let out = tempfile::tempdir().unwrap();
    let run = privsite(
        f.root(),
        &[
            "notify",
            "--date",
            "2025-01-01",
            "--out",
            out.path().to_str().unwrap(),
        ],
    );
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let eml = std::fs::read(out.path().join("acme-en-2025-01-20.eml")).unwrap();
    let message = mail_parser::MessageParser::default()
        .parse(&eml)
        .expect("an RFC 5322 message");
    assert_eq!(message.text_body_count(), 1);
    assert_eq!(message.html_body_count(), 1);
    (
        message.subject().unwrap().to_string(),
        message.body_text(0).unwrap().replace("\r\n", "\n"),
        message.body_html(0).unwrap().replace("\r\n", "\n"),
    )
}

#[test]
fn a_site_template_overrides_the_text_part() {
    let f = upcoming();
    f.write(
        "templates/notice-email.txt",
        "Dear customer of {{ company.name }},\n\
         {% for group in changes %}{% for r in group.recipients %}{{ group.kind }}: {{ r.name }} ({{ r.after.countries | join(sep=\", \") }}, {{ r.safeguard }})\n{% endfor %}{% endfor %}\
         in force {{ revision.date | date }}, object by {{ objection_deadline | date }} \
         ({{ t(key=\"notice-email-policy\") }} {{ links.policy }})\n\
         material: {{ class.material }}, {{ class.reasons[0].reason }}; status {{ revision.status }}\n",
    );
    let (subject, text, html) = notice_email(&f);
    assert_eq!(
        text,
        "Dear customer of Acme AB,\n\
         added: Echo Chat (US, Standard data protection clauses)\n\
         in force January 20, 2025, object by January 11, 2025 \
         (The new version: https://example.org/legal/acme/en/2025-01-20/)\n\
         material: true, recipient-added; status upcoming\n"
    );
    assert_eq!(
        subject,
        "Acme AB: our privacy policy changes on January 20, 2025"
    );
    // The HTML part is still the built-in one.
    assert!(
        html.contains(
            "<tr><td>Echo Chat</td><td>Chat support</td><td>Chat messages</td><td>United States</td><td>Standard data protection clauses</td></tr>"
        ),
        "{html}"
    );
}

#[test]
fn a_theme_folder_overrides_the_html_part_and_the_site_overrides_the_theme() {
    let f = upcoming();
    let site = f.read("site.toml");
    f.write(
        "site.toml",
        site.replace("theme = \"default\"", "theme = \"plain\""),
    );
    f.write(
        "themes/plain/templates/notice-email.html",
        "<p class=\"theme\">{{ company.name }}: {{ revision.summary }}</p>\n",
    );
    f.write(
        "themes/plain/templates/notice-email.txt",
        "from the theme folder\n",
    );
    f.write("templates/notice-email.txt", "from the site\n");
    let (_, text, html) = notice_email(&f);
    assert_eq!(html, "<p class=\"theme\">Acme AB: Echo Chat added.</p>\n");
    assert_eq!(text, "from the site\n");
}

#[test]
fn the_html_part_escapes_what_the_text_part_prints_as_it_is() {
    let f = upcoming();
    let company = f.read("content/acme/company.toml");
    f.write(
        "content/acme/company.toml",
        company.replacen(
            "name = \"Acme AB\"",
            "name = \"Acme <script>alert(1)</script> & Sons\"",
            1,
        ),
    );
    let (subject, text, html) = notice_email(&f);
    let name = "Acme <script>alert(1)</script> & Sons";
    assert!(subject.starts_with(name), "{subject}");
    assert!(
        text.starts_with(&format!("{name} is changing its privacy policy.")),
        "{text}"
    );
    assert!(!text.contains("&lt;") && !text.contains("&amp;"), "{text}");
    let escaped = "Acme &lt;script&gt;alert(1)&lt;/script&gt; &amp; Sons";
    assert!(
        html.contains(&format!("<title>{escaped}: our privacy policy")),
        "{html}"
    );
    assert!(
        html.contains(&format!("<p>{escaped} is changing its privacy policy.")),
        "{html}"
    );
    assert!(!html.contains("<script>"), "{html}");
}

#[test]
fn an_error_in_an_overridden_template_names_its_file() {
    let f = upcoming();
    f.write(
        "templates/notice-email.txt",
        "Hello\n{{ t(key=\"no-such-message\") }}\n",
    );
    let run = privsite(f.root(), &["notify", "--date", "2025-01-01"]);
    assert!(!run.status.success());
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(stderr.contains("templates/notice-email.txt"), "{stderr}");
    assert!(stderr.contains("no-such-message"), "{stderr}");
}

#[test]
fn the_built_in_templates_lay_the_notice_out_line_by_line() {
    let (_, text, html) = notice_email(&upcoming());
    assert_eq!(
        text,
        "Acme AB is changing its privacy policy. The new version takes effect on January 20, 2025.\n\
         Announced December 28, 2024 · takes effect January 20, 2025\n\
         Material change: Classified by this site from the differences between the two versions: recipient Echo Chat added.\n\
         \n\
         Summary written for this site: Echo Chat added.\n\
         \n\
         Recipients added\n\
         - Echo Chat: Where data is processed: United States; Transfer safeguard: Standard data protection clauses\n\
         \x20 Purpose: Chat support\n\
         \x20 Personal data: Chat messages\n\
         \n\
         You may object to this change until January 11, 2025. To object, write to privacy@acme.example.\n\
         \n\
         What changed, word by word: https://example.org/legal/acme/en/2025-01-20/diff/\n\
         The new version: https://example.org/legal/acme/en/2025-01-20/\n"
    );
    assert!(
        html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">\n"),
        "{html}"
    );
    assert!(
        html.contains(
            "<h2>Recipients added</h2>\n<table>\n<thead><tr><th scope=\"col\">Recipient</th>"
        ),
        "{html}"
    );
    assert!(html.ends_with("</p>\n</body>\n</html>\n"), "{html}");
}
