//! The views native pages read typed (see [`super::value`]): a revision with its
//! sections, purposes and processor table, made once per revision and page rather than
//! made a template value once and dropped.

use super::value::typed_view;
use crate::render::policy::{PurposeView, RevisionView, SectionView};
use crate::render::processors::{CountryView, GroupView, ProcessorView};

typed_view!(RevisionView<'_> {
    date,
    title,
    summary,
    intro_html,
    sections,
    purposes,
    processor_groups,
    safeguards,
    purposes_in_section,
    processors_in_section,
    date_note_html,
    corrected,
});

typed_view!(SectionView<'_> { id, title, body_html });

typed_view!(PurposeView<'_> {
    id,
    title,
    legal_bases,
    legitimate_interest,
    body_html,
});

typed_view!(GroupView {
    name,
    purpose,
    processors
});

typed_view!(ProcessorView {
    name,
    anchor,
    url,
    role,
    formerly,
    purpose,
    purpose_from_group,
    data,
    countries,
    regions,
    headquarters,
    safeguard,
    role_label,
    formerly_label,
    headquarters_label,
    region_labels,
    safeguard_label,
    within_eea,
    safeguard_missing,
    since,
});

typed_view!(CountryView {
    code,
    name,
    outside_eea
});
