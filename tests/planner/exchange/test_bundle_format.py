"""The bundle's vocabulary: sections in an order that imports every reference after what
it points at, the fields each record must carry, and how a message names a record."""

from __future__ import annotations

import uuid

from planner.exchange import bundle_format as bf
from planner.exchange.bundle import export_bundle


def test_every_section_comes_after_the_sections_its_records_point_at():
    order = [section for section, _kind, _spec in bf.SECTIONS]
    assert order.index("campaigns") < order.index("asks") < order.index("sign_ons")
    assert order.index("stakeholders") < order.index("campaign_stakeholders")
    assert order.index("milestones") < order.index("vote_positions")
    assert order.index("sign_ons") < order.index("signatures")
    assert bf.SECTION_OF_KIND["campaign_stakeholder"] == "campaign_stakeholders"


def test_the_sections_keep_the_names_version_1_bundles_were_written_with():
    assert [section for section, _kind, _spec in bf.SECTIONS] == [
        "campaigns",
        "stakeholders",
        "asks",
        "campaign_stakeholders",
        "relationships",
        "milestones",
        "interactions",
        "quotes",
        "vote_positions",
        "sign_ons",
        "signatures",
        "stance_changes",
    ]


def test_an_exported_record_carries_exactly_the_expected_fields(demo_ws):
    data = export_bundle(demo_ws)
    for section, kind, spec in bf.SECTIONS:
        expected = set(bf.expected_fields(kind, spec))
        for item in data.get(section, [])[:3]:
            missing = expected - set(item)
            assert not missing, (section, missing)
    assert "id" not in bf.expected_fields("campaign_stakeholder", bf.SECTIONS[3][2])
    assert bf.expected_fields("campaign", bf.SECTIONS[0][2])[0] == "id"


def test_a_record_is_named_by_section_index_and_id_when_the_id_is_a_real_one():
    ident = str(uuid.uuid4())
    assert bf.record_label("stakeholders", 3, {"id": ident}) == f"stakeholders[3] ({ident})"
    assert bf.record_label("stakeholders", 3, {"id": "x\u202e"}) == "stakeholders[3]"
    assert bf.record_label("asks", 0, ["not", "an", "object"]) == "asks[0]"
