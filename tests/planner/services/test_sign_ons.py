"""Coalition sign-ons: who signed, and what each audience may read of the signatory list."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.domain.validation import ValidationError
from planner.services import asks, campaigns, sign_ons, stakeholders


@pytest.fixture
def letter(ws):
    campaign = campaigns.create(ws, name="Missing persons in Syria")
    ask = asks.create(ws, campaign_id=campaign.id, text="Create an independent institution")
    return sign_ons.create_sign_on(
        ws,
        campaign.id,
        title="Joint letter to the General Assembly",
        kind="letter",
        ask_id=ask.id,
        date="2023-06-20",
    )


def org(ws, name, *, sensitivity="public", consent="public", kind="organisation"):
    return stakeholders.create(
        ws,
        name=name,
        kind=kind,
        category="local_civil_society",
        country="Syria",
        sensitivity=sensitivity,
        name_consent=consent,
    )


@pytest.fixture
def signed(ws, letter):
    """Nine signatories covering every combination the audience rules distinguish."""
    people = {
        "Amnesty": org(ws, "Amnesty International"),
        "Caesar": org(ws, "Caesar Families Association", consent="closed"),
        "Ta'afi": org(ws, "Ta'afi Initiative", sensitivity="internal", consent="public"),
        "Hidden": org(ws, "Families in Idlib", sensitivity="confidential", consent="public"),
        "Nameless": org(ws, "Mothers of Daraya", consent="none"),
        "Person": org(ws, "Fadwa Mahmoud", kind="person", consent="none"),
        "Override": org(ws, "Syrian Legal Network", consent="none"),
        "Shy": org(ws, "Humanitarian Coalition", consent="public"),
        "Closed": org(ws, "Jusoor", sensitivity="internal", consent="closed"),
    }
    for key, s in people.items():
        consent = {"Override": "public", "Shy": "closed"}.get(key)  # per-letter consent
        sign_ons.sign(ws, letter.id, s.id, date=dt.date(2023, 6, 21), name_consent=consent)
    return people


def test_internal_list_names_every_signatory(ws, letter, signed):
    listed = sign_ons.signatory_list(ws, letter.id, "internal")
    assert len(listed.names) == 9 and listed.withheld == 0


def test_closed_list_names_only_consenting_non_confidential_signatories(ws, letter, signed):
    listed = sign_ons.signatory_list(ws, letter.id, "closed")
    assert listed.names == [
        "Amnesty International",
        "Caesar Families Association",
        "Humanitarian Coalition",
        "Jusoor",
        "Syrian Legal Network",
        "Ta'afi Initiative",
    ]
    assert (listed.withheld_organisations, listed.withheld_people) == (2, 1)
    assert listed.text().endswith(", and 2 other organisations and 1 other individual")


def test_public_list_drops_internal_stakeholders_and_closed_consent(ws, letter, signed):
    listed = sign_ons.signatory_list(ws, letter.id, "public")
    # Ta'afi consented publicly but is an internal stakeholder: counted, not named.
    # Humanitarian Coalition is public in general but agreed to this letter only closed.
    assert listed.names == ["Amnesty International", "Syrian Legal Network"]
    assert listed.withheld == 7 and listed.total == 9
    text = listed.text()
    assert text == (
        "Amnesty International and Syrian Legal Network, "
        "and 6 other organisations and 1 other individual"
    )
    for hidden in ("Families in Idlib", "Mothers of Daraya", "Fadwa", "Jusoor", "Caesar"):
        assert hidden not in text


def test_a_list_with_no_nameable_signatory_only_counts(ws, letter):
    sign_ons.sign(ws, letter.id, org(ws, "Secret group", consent="none").id)
    assert sign_ons.signatory_list(ws, letter.id, "public").text() == "1 organisation"


def test_signing_twice_is_refused(ws, letter):
    s = org(ws, "Amnesty International")
    sign_ons.sign(ws, letter.id, s.id)
    with pytest.raises(ValidationError, match="already signed"):
        sign_ons.sign(ws, letter.id, s.id)


def test_withdrawn_signature_leaves_the_list_and_signature_consent_defaults_to_the_stakeholders(
    ws, letter
):
    s = org(ws, "Caesar Families Association", consent="closed")
    signature = sign_ons.sign(ws, letter.id, s.id)
    assert signature.name_consent == "closed"
    assert [(x.title, n) for x, n in sign_ons.list_sign_ons(ws, letter.campaign_id)] == [
        ("Joint letter to the General Assembly", 1)
    ]
    sign_ons.withdraw(ws, signature.id)
    assert sign_ons.signatory_list(ws, letter.id, "internal").total == 0


def test_bad_kind_audience_and_foreign_ask_are_refused(ws, letter):
    with pytest.raises(ValidationError) as err:
        sign_ons.create_sign_on(ws, letter.campaign_id, title="X", kind="petition")
    assert err.value.field == "kind"
    with pytest.raises(ValidationError, match="audience"):
        sign_ons.signatory_list(ws, letter.id, "everyone")
    other = campaigns.create(ws, name="Sudan")
    with pytest.raises(ValidationError, match="another campaign"):
        sign_ons.create_sign_on(ws, other.id, title="Y", ask_id=letter.ask_id)


HIDDEN_IN_PUBLIC = (
    "Families in Idlib",
    "Mothers of Daraya",
    "Fadwa",
    "Jusoor",
    "Caesar",
    "Humanitarian Coalition",
    "Ta'afi",
)


def test_public_brief_lists_the_letter_naming_only_consenting_signatories(
    ws, letter, signed, tmp_path
):
    from pypdf import PdfReader

    from planner.publishing.documents import write_brief

    path = tmp_path / "brief.pdf"
    write_brief(ws, letter.campaign_id, path, audience="public", today=dt.date(2023, 6, 25))
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(path).pages)
    assert "Joint letters and statements" in text
    assert "Joint letter to the General Assembly" in text
    assert "Create an independent institution" in text  # the ask it supports
    assert "Amnesty International, Syrian Legal Network and 6 other organisations" in text
    for hidden in HIDDEN_IN_PUBLIC:
        assert hidden not in text


def test_arabic_brief_counts_withheld_signatories_in_arabic(ws, letter, signed, tmp_path):
    from pypdf import PdfReader

    from planner.publishing.documents import write_brief

    path = tmp_path / "brief.pdf"
    write_brief(ws, letter.campaign_id, path, audience="closed", lang="ar")
    text = " ".join((p.extract_text() or "") for p in PdfReader(path).pages)
    assert "الرسائل والبيانات المشتركة" in text and "الموقّعون" in text
    assert "Families in Idlib" not in text and "Mothers of Daraya" not in text


def test_tracker_sign_ons_sheet_counts_the_withheld_and_reimports_unchanged(
    ws, letter, signed, tmp_path
):
    from openpyxl import load_workbook

    from planner.imports.tracker_import import read_tracker
    from planner.publishing.documents import export_tracker

    public = tmp_path / "public.xlsx"
    export_tracker(ws, [letter.campaign_id], public, audience="public")
    wb = load_workbook(public)
    rows = list(wb["Sign-ons"].iter_rows(values_only=True))
    header, row = rows[0], rows[1]
    got = dict(zip(header, row, strict=False))
    assert got["Sign-on"] == "Joint letter to the General Assembly"
    assert got["Signatories"] == (
        "Amnesty International and Syrian Legal Network, "
        "and 6 other organisations and 1 other individual"
    )
    assert got["Signed"] == 9
    every_cell = " ".join(
        str(c) for sheet in wb for r in sheet.iter_rows(values_only=True) for c in r if c
    )
    for hidden in HIDDEN_IN_PUBLIC:
        assert hidden not in every_cell
    internal = tmp_path / "internal.xlsx"
    export_tracker(ws, [letter.campaign_id], internal)
    head, first = list(load_workbook(internal)["Sign-ons"].iter_rows(values_only=True))[:2]
    names = dict(zip(head, first, strict=True))
    assert "Families in Idlib" in names["Signatories"]
    plan = read_tracker(ws, internal)
    assert plan.problems == [] and plan.changes == []


def test_a_stale_edit_withdrawal_or_removal_is_refused_and_changes_nothing(ws, letter):
    from planner.services.entity import ConflictError

    seen = letter.version
    sign_ons.update_sign_on(ws, letter.id, title="Joint letter, second draft")
    for act in (
        lambda: sign_ons.update_sign_on(ws, letter.id, expected_version=seen, title="Mine"),
        lambda: sign_ons.delete_sign_on(ws, letter.id, expected_version=seen),
    ):
        with pytest.raises(ConflictError, match=r"second draft.*you edited version 1"):
            act()
    stored = sign_ons.get_sign_on(ws, letter.id)
    assert (stored.title, stored.version, stored.deleted_at) == (
        "Joint letter, second draft",
        2,
        None,
    )
    amnesty = org(ws, "Amnesty International")
    signature = sign_ons.sign(ws, letter.id, amnesty.id)
    sign_ons.update_sign_on(ws, letter.id, url="https://example.org")  # not the signature
    withdrawn = sign_ons.withdraw(ws, signature.id, expected_version=signature.version)
    with pytest.raises(ConflictError):
        sign_ons.restore_signature(ws, signature.id, expected_version=signature.version)
    assert sign_ons.signatories(ws, letter.id) == []
    sign_ons.restore_signature(ws, signature.id, expected_version=withdrawn.version)
    assert [s.stakeholder.id for s in sign_ons.signatories(ws, letter.id)] == [amnesty.id]
