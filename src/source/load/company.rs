//! `company.toml`: the facts about a controller, shared by every locale.

use super::SourceFile;
use super::parse_locale;
use std::path::Path;

use serde::Deserialize;
use toml::Spanned;

use crate::diagnostic::Diagnostics;
use crate::model::{Authority, CompanyInfo, Contact};

/// `content/<company>/company.toml` as written. The doc comments of the fields are the
/// descriptions an editor shows from the generated JSON Schema.
#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "privsite company.toml",
    description = "Facts about the controller, shared by every locale of content/<company>/."
)]
pub(crate) struct RawCompany {
    /// The controller's legal name (GDPR Art. 13(1)(a)).
    #[schemars(with = "Option<String>")]
    name: Option<Spanned<String>>,
    /// The organisation number in the company register.
    org_number: Option<String>,
    /// The controller's postal address.
    address: Option<String>,
    /// The e-mail address for privacy questions and requests.
    #[schemars(with = "Option<String>", extend("format" = "email"))]
    email: Option<Spanned<String>>,
    /// A phone number for privacy questions.
    phone: Option<String>,
    /// The controller's web site (an absolute https:// URL).
    #[schemars(with = "Option<String>", regex(pattern = r"^https?://\S+$"))]
    website: Option<Spanned<String>>,
    /// The locale whose text is the reference; the other locales are translations of it.
    #[schemars(with = "String", regex(pattern = r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"))]
    default_locale: Spanned<String>,
    /// The company's policy is kept here as a record, not maintained by the company: what
    /// it is and where it was copied from, such as "Copied from the company's site on
    /// 2019-06-27". Its pages say "as published" instead of "in force".
    archived: Option<String>,
    /// The data protection officer, where there is one (Art. 13(1)(b)).
    dpo: Option<RawContact>,
    /// The supervisory authority complaints go to (Art. 13(2)(d)).
    authority: Option<RawAuthority>,
    /// What the company promises its customers before a material change.
    notice: Option<RawNotice>,
}

/// `[notice]`: the notice promised before a material change.
#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Notice")]
pub(super) struct RawNotice {
    /// Minimum days between announcing a material change and its taking effect.
    #[schemars(with = "Option<u32>", range(min = 0, max = 3650))]
    days: Option<Spanned<i64>>,
    /// How many days after the announcement customers may object.
    #[schemars(with = "Option<u32>", range(min = 0, max = 3650))]
    objection_days: Option<Spanned<i64>>,
    /// Where customers object to a change: an e-mail address, or the http(s) address of
    /// a page or form. Default: the company's `email`.
    #[schemars(with = "Option<String>")]
    contact: Option<Spanned<String>>,
}

/// A person to contact.
#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Contact")]
struct RawContact {
    /// Their name.
    name: Option<String>,
    /// Their e-mail address.
    #[schemars(with = "Option<String>", extend("format" = "email"))]
    email: Option<Spanned<String>>,
    /// Their phone number.
    phone: Option<String>,
}

/// A supervisory authority.
#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Authority")]
struct RawAuthority {
    /// Its name, such as "Integritetsskyddsmyndigheten (IMY)".
    name: Option<String>,
    /// Its web site (an absolute https:// URL).
    #[schemars(with = "Option<String>", regex(pattern = r"^https?://\S+$"))]
    url: Option<Spanned<String>>,
}

pub(super) fn load_company_info(
    root: &Path,
    path: &Path,
    diags: &mut Diagnostics,
) -> Option<CompanyInfo> {
    let file = SourceFile::read(root, path)
        .map_err(|d| diags.push(d))
        .ok()?;
    let before = diags.0.len();
    let raw: RawCompany = file.parse(crate::source::schema::company(), &[], diags)?;
    let default_locale = parse_locale(&file, &raw.default_locale, diags);
    let mut email = |v: Option<Spanned<String>>| check_email(&file, v, diags);
    let company_email = email(raw.email);
    let dpo = raw.dpo.map(|d| Contact {
        name: d.name,
        email: email(d.email),
        phone: d.phone,
    });
    let website = check_url(&file, raw.website, diags);
    let authority = raw.authority.map(|a| Authority {
        name: a.name,
        url: check_url(&file, a.url, diags),
    });
    let notice = raw.notice.map(|n| notice_terms(&file, n, diags));
    if let Some(name) = &raw.name
        && name.get_ref().trim().is_empty()
    {
        diags.push(file.error(
            name,
            "empty name: expected the controller's name, or no `name` key",
        ));
    }
    if diags.0.len() > before {
        return None;
    }
    Some(CompanyInfo {
        name: raw.name.map(Spanned::into_inner),
        org_number: raw.org_number,
        address: raw.address,
        email: company_email,
        phone: raw.phone,
        website,
        default_locale: default_locale?,
        archived: raw.archived.filter(|a| !a.trim().is_empty()),
        dpo,
        authority,
        notice,
    })
}

/// `[notice]` as the model holds it, each value checked.
pub(super) fn notice_terms(
    file: &SourceFile,
    n: RawNotice,
    diags: &mut Diagnostics,
) -> crate::model::NoticeTerms {
    crate::model::NoticeTerms {
        days: notice_days(file, n.days, "days", diags),
        objection_days: notice_days(file, n.objection_days, "objection_days", diags),
        contact: n.contact.and_then(|c| {
            if c.get_ref().contains("://") {
                check_url(file, Some(c), diags)
            } else {
                check_email(file, Some(c), diags)
            }
        }),
    }
}

/// A number of days under `[notice]`: 0 to 3650.
fn notice_days(
    file: &SourceFile,
    value: Option<Spanned<i64>>,
    key: &str,
    diags: &mut Diagnostics,
) -> Option<u32> {
    let value = value?;
    match u32::try_from(*value.get_ref()) {
        Ok(days) if days <= 3650 => Some(days),
        _ => {
            diags.push(file.error(
                &value,
                format!(
                    "`{key}` is {}: expected a number of days from 0 to 3650",
                    value.get_ref()
                ),
            ));
            None
        }
    }
}

fn check_email(
    file: &SourceFile,
    value: Option<Spanned<String>>,
    diags: &mut Diagnostics,
) -> Option<String> {
    let value = value?;
    let v = value.get_ref();
    let ok = v.split_once('@').is_some_and(|(user, host)| {
        !user.is_empty() && host.contains('.') && !v.contains(char::is_whitespace)
    });
    if !ok {
        diags.push(file.error(
            &value,
            format!("{v:?} is not an e-mail address: expected name@domain"),
        ));
    }
    Some(value.into_inner())
}

pub(super) fn check_url(
    file: &SourceFile,
    value: Option<Spanned<String>>,
    diags: &mut Diagnostics,
) -> Option<String> {
    let value = value?;
    let v = value.get_ref();
    let ok = (v.starts_with("https://") || v.starts_with("http://"))
        && v.len() > "https://".len()
        && !v.contains(char::is_whitespace);
    if !ok {
        diags.push(file.error(
            &value,
            format!("{v:?} is not a web address: expected an absolute https:// URL"),
        ));
    }
    Some(value.into_inner())
}
