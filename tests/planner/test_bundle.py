"""The JSON bundle (version 1): faithful round trips, idempotent imports, and bad bundles
that are refused whole with a message naming the record and field."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from planner.bundle import (
    FORMAT,
    SECTIONS,
    BundleError,
    export_bundle,
    import_bundle,
    import_bundle_file,
    load_bundle_file,
    write_bundle,
)
from planner.search import search
from planner.services import campaigns, positions, stakeholders
from planner.store import Workspace

MISSING_ID = "00000000-0000-4000-8000-000000000000"


def content(ws: Workspace, campaign_id: str | None = None) -> dict[str, Any]:
    """An export without its timestamp: what must not change."""
    data = export_bundle(ws, campaign_id)
    data.pop("exported_at")
    return data


def sudan_id(ws: Workspace) -> str:
    return next(c.id for c in campaigns.list_campaigns(ws) if "Sudan" in c.name)


# ------------------------------------------------------------------- export


def test_export_has_the_version_one_envelope(demo_ws):
    data = export_bundle(demo_ws)
    assert data["format"] == "campaign-planner-bundle"
    assert data["version"] == 1
    assert data["exported_at"].endswith("Z")
    sections = [s for s, _k, _p in SECTIONS]
    assert sorted(data) == sorted(["format", "version", "exported_at", *sections])
    for section in sections:
        assert data[section], f"the demo has {section}"


def test_export_uses_the_domain_field_names(demo_ws):
    data = export_bundle(demo_ws)
    stakeholder = data["stakeholders"][0]
    for name in ("id", "kind", "name", "organisation_id", "category", "sensitivity"):
        assert name in stakeholder
    assert set(data["campaign_stakeholders"][0]) >= {"campaign_id", "stakeholder_id", "stance"}
    assert isinstance(data["interactions"][0]["stakeholder_ids"], list)
    assert isinstance(data["milestones"][0]["date"], str)  # ISO date, not a Python date


def test_export_leaves_out_soft_deleted_records(demo_ws):
    victim = stakeholders.list_stakeholders(demo_ws)[0]
    ids_before = {s["id"] for s in export_bundle(demo_ws)["stakeholders"]}
    assert victim.id in ids_before
    # a stakeholder nobody references, so the bundle stays self-contained
    loner = stakeholders.create(demo_ws, name="Temporary contact")
    stakeholders.delete(demo_ws, loner.id)
    assert loner.id not in {s["id"] for s in export_bundle(demo_ws)["stakeholders"]}


def test_campaign_export_holds_only_that_campaign_and_everything_it_references(demo_ws):
    cid = sudan_id(demo_ws)
    data = export_bundle(demo_ws, cid)
    assert [c["id"] for c in data["campaigns"]] == [cid]
    for section in ("asks", "campaign_stakeholders", "milestones", "interactions", "quotes"):
        assert data[section]
        assert {r["campaign_id"] for r in data[section]} == {cid}
    people = {s["id"] for s in data["stakeholders"]}
    referenced = {link["stakeholder_id"] for link in data["campaign_stakeholders"]}
    referenced |= {p for i in data["interactions"] for p in i["stakeholder_ids"]}
    referenced |= {q["stakeholder_id"] for q in data["quotes"] if q["stakeholder_id"]}
    referenced |= {a["target_id"] for a in data["asks"] if a["target_id"]}
    referenced |= {v["stakeholder_id"] for v in data["vote_positions"]}
    assert referenced <= people
    organisations = {s["organisation_id"] for s in data["stakeholders"] if s["organisation_id"]}
    assert organisations, "demo people belong to organisations"
    assert organisations <= people
    for rel in data["relationships"]:
        assert rel["from_id"] in people and rel["to_id"] in people
    milestone_ids = {m["id"] for m in data["milestones"]}
    assert {v["milestone_id"] for v in data["vote_positions"]} <= milestone_ids
    assert {d for m in data["milestones"] for d in m["depends_on"]} <= milestone_ids
    everything = export_bundle(demo_ws)
    assert len(data["stakeholders"]) < len(everything["stakeholders"])


def test_organisation_of_a_person_is_exported_even_when_not_in_the_campaign(ws):
    camp = campaigns.create(ws, name="Myanmar")
    org = stakeholders.create(ws, name="Women's League of Burma", kind="organisation")
    person = stakeholders.create(ws, name="Naw K.", kind="person", organisation_id=org.id)
    positions.create(ws, campaign_id=camp.id, stakeholder_id=person.id, role="voice")
    stakeholders.create(ws, name="Unrelated")
    data = export_bundle(ws, camp.id)
    assert {s["id"] for s in data["stakeholders"]} == {org.id, person.id}


def test_campaign_export_imports_into_an_empty_workspace(demo_ws, tmp_path):
    from planner.store import open_workspace

    cid = sudan_id(demo_ws)
    original = content(demo_ws, cid)
    with open_workspace(tmp_path / "field-laptop.db") as laptop:
        import_bundle(laptop, export_bundle(demo_ws, cid))
        assert content(laptop) == original
        assert content(laptop, cid) == original


# ------------------------------------------------------------------- round trip


def test_round_trip_into_an_empty_workspace_gives_the_same_content(demo_ws, ws):
    original = content(demo_ws)
    report = import_bundle(ws, export_bundle(demo_ws))
    assert sum(report.created.values()) == sum(len(original[s]) for s, _k, _p in SECTIONS)
    assert content(ws) == original


def test_round_trip_through_a_file(demo_ws, ws, tmp_path):
    out = tmp_path / "out" / "bundle.json"
    out.parent.mkdir()  # writers never create folders (planner.atomic)
    counts = write_bundle(demo_ws, out)
    assert counts["campaigns"] == 3
    raw = out.read_bytes()
    assert "نريد".encode() in raw or any(ord(ch) > 0x600 for ch in raw.decode("utf-8"))
    import_bundle_file(ws, out)
    assert content(ws) == content(demo_ws)


def test_imported_records_are_searchable(demo_ws, ws):
    import_bundle(ws, export_bundle(demo_ws))
    assert [h.id for h in search(ws, "sud")] == [h.id for h in search(demo_ws, "sud")]


def test_second_import_changes_nothing(demo_ws, ws):
    bundle = export_bundle(demo_ws)
    import_bundle(ws, bundle)
    before = content(ws)
    report = import_bundle(ws, copy.deepcopy(bundle))
    assert report.created == {}
    assert report.updated == {}
    assert sum(report.unchanged.values()) == sum(len(before[s]) for s, _k, _p in SECTIONS)
    assert content(ws) == before
    assert report.summary().endswith("unchanged")


def test_importing_a_workspace_into_itself_changes_nothing(demo_ws):
    before = content(demo_ws)
    report = import_bundle(demo_ws, export_bundle(demo_ws))
    assert report.created == {} and report.updated == {}
    assert content(demo_ws) == before


def test_same_id_updates_instead_of_duplicating(demo_ws, ws):
    bundle = export_bundle(demo_ws)
    import_bundle(ws, bundle)
    edited = copy.deepcopy(bundle)
    edited["stakeholders"][0]["name"] = "Renamed on the laptop"
    edited["stakeholders"][0]["version"] += 1
    report = import_bundle(ws, edited)
    assert report.updated == {"stakeholders": 1}
    assert report.created == {}
    got = stakeholders.get(ws, bundle["stakeholders"][0]["id"])
    assert got.name == "Renamed on the laptop"
    assert got.version == bundle["stakeholders"][0]["version"] + 1
    assert stakeholders.count_stakeholders(ws) == len(bundle["stakeholders"])


def test_import_restores_a_soft_deleted_record_it_carries(demo_ws):
    bundle = export_bundle(demo_ws)
    victim = bundle["campaigns"][0]["id"]
    campaigns.delete(demo_ws, victim)
    import_bundle(demo_ws, bundle)
    assert campaigns.get(demo_ws, victim).deleted_at is None


# ------------------------------------------------------------------- bad bundles


def _set(path: tuple, value: Any):
    def change(data: dict) -> None:
        target = data
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return change


def _drop(section: str, index: int, name: str):
    def change(data: dict) -> None:
        del data[section][index][name]

    return change


def _duplicate(section: str, index: int):
    def change(data: dict) -> None:
        twin = copy.deepcopy(data[section][index])
        twin["name" if "name" in twin else "note"] = "Twin"
        data[section].append(twin)

    return change


def _last(section: str, name: str, value: Any):
    def change(data: dict) -> None:
        data[section][-1][name] = value

    return change


BAD_BUNDLES = {
    "wrong version": (_set(("version",), 2), ["version 2", "not supported"]),
    "version as text": (_set(("version",), "1"), ["version '1'"]),
    "wrong format": (_set(("format",), "something-else"), ["format", "something-else"]),
    "missing field": (_drop("stakeholders", 3, "category"), ["stakeholders[3]", "category"]),
    "bad enum": (_set(("stakeholders", 2, "sensitivity"), "secret"), ["stakeholders[2]", "secret"]),
    "stance 7": (_set(("campaign_stakeholders", 1, "stance"), 7), ["campaign_stakeholders[1]"]),
    "bad date": (_set(("milestones", 0, "date"), "2023-02-30"), ["milestones[0]", "date"]),
    "dangling campaign": (
        _set(("asks", 0, "campaign_id"), MISSING_ID),
        ["asks[0]", "campaign_id", MISSING_ID],
    ),
    "dangling participant": (
        _set(("interactions", 0, "stakeholder_ids"), [MISSING_ID]),
        ["interactions[0]", "stakeholder_ids", MISSING_ID],
    ),
    "dangling organisation": (
        _set(("stakeholders", 0, "organisation_id"), MISSING_ID),
        ["stakeholders[0]", "organisation_id", MISSING_ID],
    ),
    "duplicate id": (_duplicate("stakeholders", 1), ["stakeholders[", "twice"]),
    "bad id": (_set(("campaigns", 0, "id"), "x"), ["campaigns[0]", "id"]),
    "unknown field": (_set(("quotes", 0, "mood"), "angry"), ["quotes[0]", "mood"]),
    "unknown section": (_set(("donations",), []), ["donations"]),
    "section not a list": (_set(("asks",), {}), ["asks"]),
    "record not an object": (_set(("quotes", 0), "text"), ["quotes[0]"]),
    "bad timestamp": (_set(("asks", 0, "created_at"), "yesterday"), ["asks[0]", "created_at"]),
    "bad version counter": (_set(("asks", 0, "version"), 0), ["asks[0]", "version"]),
    "bad last record": (_last("vote_positions", "expected", "maybe"), ["vote_positions[", "maybe"]),
}


@pytest.mark.parametrize("case", list(BAD_BUNDLES), ids=list(BAD_BUNDLES))
def test_bad_bundle_is_refused_and_changes_nothing(demo_ws, case):
    change, expected = BAD_BUNDLES[case]
    bundle = export_bundle(demo_ws)
    # Edits to good records before the bad one must not survive either.
    bundle["campaigns"][0]["name"] = "Edited in the bundle"
    bundle["stakeholders"].insert(0, copy.deepcopy(bundle["stakeholders"][-1]))
    bundle["stakeholders"][0].update(id="22222222-2222-4222-8222-222222222222", name="New one")
    change(bundle)
    before = content(demo_ws)
    with pytest.raises(BundleError) as info:
        import_bundle(demo_ws, bundle)
    for fragment in expected:
        assert fragment in str(info.value)
    assert content(demo_ws) == before


def test_bad_bundle_into_an_empty_workspace_leaves_it_empty(demo_ws, ws):
    bundle = export_bundle(demo_ws)
    bundle["quotes"][-1]["language"] = "not a language!"
    with pytest.raises(BundleError) as info:
        import_bundle(ws, bundle)
    assert "quotes[" in str(info.value) and "language" in str(info.value)
    assert all(not records for key, records in content(ws).items() if isinstance(records, list))
    assert search(ws, "sud") == []


def test_top_level_that_is_not_an_object_is_refused(ws):
    for data in ([], "bundle", None, 1):
        with pytest.raises(BundleError, match="top level"):
            import_bundle(ws, data)


def test_truncated_file_is_refused_and_changes_nothing(demo_ws, tmp_path):
    out = tmp_path / "bundle.json"
    write_bundle(demo_ws, out)
    text = out.read_text(encoding="utf-8")
    out.write_text(text[: len(text) // 2], encoding="utf-8")
    before = content(demo_ws)
    with pytest.raises(BundleError) as info:
        import_bundle_file(demo_ws, out)
    assert "bundle.json" in str(info.value)
    assert "truncated" in str(info.value)
    assert content(demo_ws) == before


def test_file_that_is_not_utf8_is_refused(demo_ws, tmp_path):
    out = tmp_path / "bundle.json"
    data = export_bundle(demo_ws)
    out.write_bytes(json.dumps(data, ensure_ascii=False).encode("utf-16"))
    before = content(demo_ws)
    with pytest.raises(BundleError) as info:
        import_bundle_file(demo_ws, out)
    assert "UTF-8" in str(info.value)
    latin = tmp_path / "latin.json"
    latin.write_bytes(b'{"format": "' + FORMAT.encode() + b'", "note": "caf\xe9"}')
    with pytest.raises(BundleError, match="UTF-8"):
        load_bundle_file(latin)
    assert content(demo_ws) == before


def test_missing_file_is_refused(ws, tmp_path):
    with pytest.raises(BundleError, match="no such file"):
        load_bundle_file(tmp_path / "absent.json")


def test_empty_sections_may_be_left_out(ws):
    report = import_bundle(ws, {"format": FORMAT, "version": 1})
    assert report.summary() == "nothing to import"


def test_exporting_an_unknown_campaign_is_refused(ws):
    with pytest.raises(BundleError, match=MISSING_ID):
        export_bundle(ws, MISSING_ID)
