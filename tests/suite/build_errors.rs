//! Bad input is normal input: every error names file, line and column and what was
//! expected; the build exits non-zero, writes nothing and leaves the previous site as it was.

use crate::prelude::{Fixture, OutputAssertExt, files_under, page, privsite};

const REVISION: &str = "content/acme/en/2023-06-01.toml";

/// Builds the fixture once, breaks it with `edit`, builds again and returns stderr,
/// after checking the failure left the first build untouched.
fn fails_with(edit: impl FnOnce(&Fixture)) -> String {
    let fixture = Fixture::copy("basic");
    privsite(fixture.root())
        .args(["build", "--date", "2025-01-01"])
        .assert()
        .success();
    let before = files_under(&fixture.path("public"));
    assert!(before.len() > 10);
    edit(&fixture);
    let output = privsite(fixture.root())
        .args(["build", "--date", "2025-01-01"])
        .output()
        .unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(!output.status.success(), "the build should fail:\n{stderr}");
    assert!(output.stdout.is_empty(), "nothing reported as written");
    assert!(
        stderr.contains("build failed:") && stderr.contains("the output folder was left as it was"),
        "{stderr}"
    );
    assert_eq!(
        files_under(&fixture.path("public")),
        before,
        "the previous output changed"
    );
    let leftovers: Vec<String> = std::fs::read_dir(fixture.root())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        // The record beside the output is kept on purpose: the next build reads it.
        .filter(|n| n.contains("privsite") && !n.ends_with(".privsite-record"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    stderr
}

#[test]
fn unknown_key_in_a_revision() {
    let err = fails_with(|f| {
        f.replace(
            REVISION,
            "legal_bases = [\"legitimate-interests\"]",
            "legal_base = [\"legitimate-interests\"]",
        )
    });
    assert!(
        err.contains(
            "error: content/acme/en/2023-06-01.toml:38:1: unknown key `legal_base` in [[purposes]] number 2, expected one of"
        ),
        "{err}"
    );
    assert!(
        err.contains("`legal_bases`"),
        "the message lists the keys expected: {err}"
    );
    assert!(
        err.contains("38 | legal_base = [\"legitimate-interests\"]\n   | ^"),
        "{err}"
    );
}

#[test]
fn unknown_key_in_company_and_site_files() {
    let err = fails_with(|f| {
        f.replace("content/acme/company.toml", "phone =", "telephone =");
        f.replace("site.toml", "minify =", "minfy =");
    });
    assert!(
        err.contains("error: content/acme/company.toml:5:1: unknown key `telephone`"),
        "{err}"
    );
    assert!(
        err.contains("error: site.toml:8:1: unknown key `minfy`"),
        "{err}"
    );
}

#[test]
fn impossible_date_in_a_file_name() {
    let err = fails_with(|f| f.write("content/acme/en/2019-02-29.toml", "title = \"x\"\n"));
    assert!(err.contains("error: content/acme/en/2019-02-29.toml: file name \"2019-02-29.toml\" is not a real date: expected a revision file named YYYY-MM-DD.toml"), "{err}");
}

#[test]
fn file_names_that_are_not_dates() {
    let err = fails_with(|f| f.write("content/acme/en/latest.toml", "title = \"x\"\n"));
    assert!(
        err.contains("content/acme/en/latest.toml: file name \"latest.toml\" is not a date"),
        "{err}"
    );
}

#[test]
fn bad_locale_tags_and_company_slugs() {
    let err = fails_with(|f| {
        f.write("content/acme/EN/2020-01-01.toml", "title = \"x\"\n");
        f.write("content/acme/english/2020-01-01.toml", "title = \"x\"\n");
        f.write(
            "content/Acme Corp/company.toml",
            "default_locale = \"en\"\n",
        );
    });
    assert!(err.contains("content/acme/EN: invalid locale folder: locale \"EN\" is not in canonical form: expected \"en\""), "{err}");
    assert!(
        err.contains(
            "content/acme/english: invalid locale folder: \"english\" is not a BCP 47 language tag"
        ),
        "{err}"
    );
    assert!(err.contains("content/Acme Corp: invalid company folder name \"Acme Corp\": expected lower-case ASCII letters, digits and '-'"), "{err}");
}

#[test]
fn unknown_legal_basis_and_safeguard() {
    let err = fails_with(|f| {
        f.replace(
            REVISION,
            "legal_bases = [\"contract\", \"legal-obligation\"]",
            "legal_bases = [\"contract\", \"consnet\"]",
        );
        f.replace(
            REVISION,
            "safeguard = \"dpf\"",
            "safeguard = \"privacy-shield\"",
        );
    });
    assert!(err.contains("content/acme/en/2023-06-01.toml:32:28: unknown legal basis \"consnet\": expected one of \"consent\", \"contract\""), "{err}");
    assert!(err.contains("content/acme/en/2023-06-01.toml:54:13: unknown safeguard \"privacy-shield\": expected one of \"adequacy\", \"scc\", \"bcr\", \"dpf\", \"derogation\""), "{err}");
}

#[test]
fn country_codes_must_be_iso_3166_alpha_2() {
    let err = fails_with(|f| {
        f.replace(
            REVISION,
            "countries = [\"SE\", \"DE\"]",
            "countries = [\"SWE\", \"de\"]",
        );
        f.replace(REVISION, "headquarters = \"US\"", "headquarters = \"XX\"");
    });
    assert!(
        err.contains(":45:14: \"SWE\" is not an ISO 3166-1 alpha-2 country code"),
        "{err}"
    );
    assert!(err.contains(":45:21: \"de\" is not an ISO 3166-1 alpha-2 country code: expected two upper-case letters such as \"SE\" or \"US\" (did you mean \"DE\"?)"), "{err}");
    assert!(
        err.contains(":53:16: \"XX\" is not an ISO 3166-1 alpha-2 country code"),
        "{err}"
    );
}

#[test]
fn regions_are_eu_or_eea_each_once() {
    let err = fails_with(|f| {
        f.replace(
            REVISION,
            "countries = [\"SE\", \"DE\"]",
            "countries = [\"SE\", \"DE\"]\nregions = [\"eu\", \"EEA\", \"EEA\", \"Europe\"]",
        );
    });
    assert!(
        err.contains(
            ":46:12: unknown region \"eu\": expected one of \"EU\", \"EEA\"; did you mean \"EU\"?"
        ),
        "{err}"
    );
    assert!(
        err.contains(":46:25: region \"EEA\" is listed twice"),
        "{err}"
    );
    assert!(err.contains(":46:32: unknown region \"Europe\""), "{err}");
}

#[test]
fn duplicate_ids_and_processor_names() {
    let err = fails_with(|f| {
        f.replace(REVISION, "id = \"retention\"", "id = \"data\"");
        f.replace(REVISION, "id = \"analytics\"", "id = \"billing\"");
        f.replace(
            REVISION,
            "name = \"Charlie Send\"",
            "name = \"Alpha Hosting\"",
        );
    });
    assert!(
        err.contains(":25:6: duplicate section id \"data\": expected each id once per revision"),
        "{err}"
    );
    assert!(
        err.contains(":36:6: duplicate purpose id \"billing\""),
        "{err}"
    );
    assert!(
        err.contains(":49:8: processor \"Alpha Hosting\" is listed twice"),
        "{err}"
    );
}

#[test]
fn toml_syntax_errors_point_at_the_spot() {
    let err = fails_with(|f| f.replace(REVISION, "title = \"Billing\"", "title = \"Billing"));
    assert!(
        err.contains("error: content/acme/en/2023-06-01.toml:31:17: invalid basic string"),
        "{err}"
    );
    assert!(err.contains("31 | title = \"Billing"), "{err}");
}

#[test]
fn missing_required_keys_and_files() {
    let err = fails_with(|f| {
        f.replace(REVISION, "title = \"Privacy policy\"\n", "");
        f.remove("content/beta/company.toml");
    });
    assert!(
        err.contains("content/acme/en/2023-06-01.toml:1:1: missing key `title`"),
        "{err}"
    );
    assert!(
        err.contains("error: content/beta: the company has no company.toml"),
        "{err}"
    );
}

#[test]
fn wrong_value_types() {
    let err = fails_with(|f| f.replace(REVISION, "countries = [\"US\"]", "countries = \"US\""));
    assert!(
        err.contains(
            "content/acme/en/2023-06-01.toml:52:13: invalid type for `countries`: a string \"US\", expected an array"
        ),
        "{err}"
    );
}

#[test]
fn bad_site_settings() {
    let err = fails_with(|f| {
        f.replace(
            "site.toml",
            "https://example.org/legal/",
            "example.org/legal",
        );
        f.replace(
            "site.toml",
            "default_locale = \"en\"",
            "default_locale = \"en_GB\"",
        );
    });
    assert!(err.contains("site.toml:2:12: invalid base_url: expected an absolute URL starting with https:// or http://"), "{err}");
    assert!(
        err.contains(
            "site.toml:3:18: locale \"en_GB\" is not in canonical form: expected \"en-GB\""
        ),
        "{err}"
    );
}

#[test]
fn company_default_locale_must_have_a_folder() {
    let err = fails_with(|f| f.replace("content/beta/company.toml", "\"fi\"", "\"sv\""));
    assert!(err.contains("content/beta/company.toml:1:18: default_locale is \"sv\" but there is no folder content/beta/sv/"), "{err}");
}

#[test]
fn invalid_utf8_is_reported_with_its_position() {
    let err = fails_with(|f| f.write(REVISION, b"title = \"Caf\xe9\"\n"));
    assert!(
        err.contains("content/acme/en/2023-06-01.toml:1:13: the file is not valid UTF-8"),
        "{err}"
    );
}

#[test]
fn template_errors_name_the_template_and_line() {
    let err = fails_with(|f| {
        f.write("templates/history.html", "{% extends \"base.html\" %}\n{% block main %}\n{{ revisions | nosuchfilter }}\n{% endblock main %}\n")
    });
    assert!(
        err.contains(
            "error: templates/history.html:3:16: template error: Unknown filter `nosuchfilter`"
        ),
        "{err}"
    );
}

#[test]
fn one_run_reports_every_error_in_every_file() {
    let err = fails_with(|f| {
        f.replace(REVISION, "safeguard = \"dpf\"", "safeguard = \"dfp\"");
        f.replace(
            REVISION,
            "legal_bases = [\"legitimate-interests\"]",
            "legal_bases = [\"legitimate-interest\"]",
        );
        f.replace(
            "content/acme/en/2020-01-01.toml",
            "countries = [\"US\"]",
            "countries = [\"USA\"]",
        );
        f.write("content/acme/sv/2021-13-01.toml", "title = \"x\"\n");
    });
    let errors = err.lines().filter(|l| l.starts_with("error: ")).count();
    assert_eq!(errors, 4, "{err}");
    assert!(
        err.contains("build failed: 4 errors; the output folder was left as it was"),
        "{err}"
    );
}

#[test]
fn byte_order_marks_and_crlf_are_ordinary_input() {
    let fixture = Fixture::copy("basic");
    let text = fixture.read(REVISION).replace('\n', "\r\n");
    fixture.write(REVISION, format!("\u{feff}{text}"));
    let built = fixture.built();
    assert!(page(&built, "acme/en/index.html").contains("Charlie Send"));
    // And positions in a CRLF file with a BOM stay right.
    fixture.write(
        REVISION,
        format!(
            "\u{feff}{}",
            text.replace("safeguard = \"dpf\"", "safeguard = \"nope\"")
        ),
    );
    let err = fixture.errors();
    assert!(
        err.contains("content/acme/en/2023-06-01.toml:54:13: unknown safeguard"),
        "{err}"
    );
    assert!(!err.contains('\r'), "{err:?}");
}

#[test]
fn a_missing_site_is_explained() {
    let dir = tempfile::tempdir().unwrap();
    let output = privsite(dir.path()).arg("build").output().unwrap();
    assert!(!output.status.success());
    let err = String::from_utf8(output.stderr).unwrap();
    assert!(
        err.contains("error: site.toml: no site.toml in the site folder"),
        "{err}"
    );
    assert!(err.contains("error: content: no content folder"), "{err}");
}

#[test]
fn a_successful_build_ends_with_what_it_wrote_and_the_next_change() {
    let fixture = Fixture::copy("basic");
    let out = privsite(fixture.root())
        .args(["build", "--date", "2025-01-01"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    // What was written, and when the site next changes by itself.
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 2, "{stdout}");
    assert!(
        lines[0].starts_with("wrote 20 pages (47 files) to "),
        "{stdout}"
    );
    assert!(
        lines[0].ends_with(" s; 1 draft left out (--drafts includes it)"),
        "{stdout}"
    );
    assert_eq!(
        lines[1],
        "next: acme/en 2099-01-01 takes effect; rebuild on or after that day"
    );
}
