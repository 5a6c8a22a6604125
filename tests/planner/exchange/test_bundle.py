"""The JSON bundle (version 1): faithful round trips, idempotent imports, and bad bundles
that are refused whole with a message naming the record and field."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from planner.domain.timestamps import parse
from planner.exchange.bundle import (
    FORMAT,
    SECTIONS,
    BundleError,
    export_bundle,
    import_bundle,
    import_bundle_file,
    load_bundle_file,
    write_bundle,
)
from planner.services import campaigns, positions, stakeholders
from planner.storage.search import search
from planner.storage.workspace import Workspace

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
    from planner.storage.store import open_workspace

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
    out.parent.mkdir()  # writers never create folders (planner.files.atomic)
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


# ------------------------------------------------------------------- every table (issue 14)

# Tables a whole-workspace bundle leaves out on purpose, and why. Every other table of the
# schema must arrive in the other workspace row for row: a new table fails the test below
# until the bundle carries it (or it is listed here with its reason).
NOT_CARRIED = {
    "alembic_version": "the schema revision of this file, kept by its own migrations",
    "audit_log": "the receiving workspace's own trail; the import is recorded there anew",
    "workspace_info": "the workspace's own identity (id, name, demo flag), not shared work",
    "sync_base": "this laptop's last synced values with its server, not shared work",
    "sync_conflict": "this laptop's open sync conflicts with its server, not shared work",
    "sync_peer": "who this workspace's sync peers are (a server, another laptop's bundles)",
}
DERIVED = "search_"  # the search index: rebuilt from the rows by triggers


def table_names(ws: Workspace) -> set[str]:
    """Every table of the file and of the ORM metadata (so neither can hide one)."""
    from sqlalchemy import text

    from planner.domain.models import Base

    with ws.engine.connect() as conn:
        in_file = {
            r[0] for r in conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'"))
        }
    names = in_file | set(Base.metadata.tables)
    return {n for n in names if not n.startswith(("sqlite_", DERIVED))}


def table_rows(ws: Workspace, name: str) -> list[tuple]:
    from sqlalchemy import text

    with ws.engine.connect() as conn:
        rows = conn.execute(text(f'SELECT * FROM "{name}"')).all()
    return sorted((tuple(r) for r in rows), key=repr)


def test_a_whole_workspace_bundle_carries_every_table_row_for_row(demo_ws, ws):
    import_bundle(ws, export_bundle(demo_ws))
    carried = sorted(table_names(demo_ws) - set(NOT_CARRIED))
    assert {"sign_on", "signature", "stance_change", "interaction_participant"} <= set(carried)
    for name in carried:
        source = table_rows(demo_ws, name)
        assert source, f"the demo has no {name} rows: give it some, so this test sees them"
        assert table_rows(ws, name) == source, f"{name} did not arrive intact"


def test_the_cli_round_trip_keeps_sign_ons_signatures_and_stance_history(demo_ws, tmp_path, capsys):
    from planner.cli import main
    from planner.storage.store import open_workspace

    out = tmp_path / "all.json"
    whole = ["bundle", "export", "--audience", "internal", "--out", str(out)]
    assert main(["--db", str(demo_ws.path), *whole]) == 0
    assert "2 sign-ons, 21 signatures, 6 stance changes" in capsys.readouterr().out
    assert main(["--db", str(tmp_path / "new.db"), "bundle", "import", str(out)]) == 0
    assert "2 sign-ons, 21 signatures, 6 stance changes" in capsys.readouterr().out
    with open_workspace(tmp_path / "new.db") as new:
        for name in ("sign_on", "signature", "stance_change"):
            assert len(table_rows(new, name)) == len(table_rows(demo_ws, name)) > 0, name


def test_a_campaign_bundle_carries_its_sign_ons_signatures_and_stance_history(demo_ws, ws):
    from planner.services import sign_ons

    cid = sudan_id(demo_ws)
    data = export_bundle(demo_ws, cid)
    assert [x["campaign_id"] for x in data["sign_ons"]] == [cid]
    assert data["signatures"] and data["stance_changes"]
    assert {x["campaign_id"] for x in data["stance_changes"]} == {cid}
    people = {s["id"] for s in data["stakeholders"]}
    assert {x["stakeholder_id"] for x in data["signatures"]} <= people
    import_bundle(ws, data)
    [(letter, signed)] = sign_ons.list_sign_ons(ws, cid)
    assert signed == len(data["signatures"])
    assert sign_ons.signatory_list(ws, letter.id, "public").text() == (
        sign_ons.signatory_list(demo_ws, letter.id, "public").text()
    )


def test_a_stance_change_carried_by_the_bundle_is_not_recorded_twice(demo_ws, ws):
    import datetime as dt

    from planner.services.stance_history import record_change, stance_history

    import_bundle(ws, export_bundle(demo_ws))  # the laptop's copy
    link = next(x for x in export_bundle(demo_ws)["campaign_stakeholders"] if x["stance"] < 2)
    cid, sid = link["campaign_id"], link["stakeholder_id"]
    day = dt.date.today() - dt.timedelta(days=2)
    record_change(demo_ws, cid, sid, date=day, stance=link["stance"] + 1, source="Call")
    import_bundle(ws, export_bundle(demo_ws))
    assert stance_history(ws, cid, sid) == stance_history(demo_ws, cid, sid)
    assert stance_history(ws, cid, sid)[-1].date == day


def test_a_bundle_without_stance_history_still_has_its_moves_recorded(demo_ws, ws):
    import datetime as dt

    from planner.services.stance_history import stance_history

    bundle = export_bundle(demo_ws)
    import_bundle(ws, bundle)
    older = copy.deepcopy(bundle)
    del older["stance_changes"]  # as a planner before sign-ons and history wrote it
    link = next(x for x in older["campaign_stakeholders"] if x["stance"] < 2)
    link["stance"] += 1
    before = len(stance_history(ws, link["campaign_id"], link["stakeholder_id"]))
    report = import_bundle(ws, older)
    history = stance_history(ws, link["campaign_id"], link["stakeholder_id"])
    assert len(history) == before + 1
    assert (history[-1].new_stance, history[-1].date) == (link["stance"], dt.date.today())
    assert report.created == {"stance_changes": 1}
    assert report.updated == {"campaign_stakeholders": 1}


# ------------------------------------------------------------------- refused and counted right


def _stakeholder_by(data: dict, kind: str, nth: int = 0) -> dict:
    return [s for s in data["stakeholders"] if s["kind"] == kind][nth]


def _upper_case_copy(data: dict) -> None:
    twin = copy.deepcopy(data["stakeholders"][5])
    twin["id"] = twin["id"].upper()
    data["stakeholders"].append(twin)


def _own_organisation(data: dict) -> None:
    org = _stakeholder_by(data, "organisation")
    org["organisation_id"] = org["id"]


def _each_others_organisation(data: dict) -> None:
    a, b = _stakeholder_by(data, "organisation", 0), _stakeholder_by(data, "organisation", 1)
    a["organisation_id"], b["organisation_id"] = b["id"], a["id"]


def _upper_case_reference(data: dict) -> None:
    data["asks"][0]["campaign_id"] = data["asks"][0]["campaign_id"].upper()


STRICT_BUNDLES = {
    "impossible timestamp": (
        _set(("stakeholders", 0, "created_at"), "2026-13-45T99:99:99Z"),
        ["stakeholders[0]", "created_at", "2026-13-45T99:99:99Z"],
    ),
    "impossible deletion time": (
        _set(("campaigns", 0, "deleted_at"), "2026-02-30T10:00:00Z"),
        ["campaigns[0]", "deleted_at"],
    ),
    "impossible export time": (_set(("exported_at",), "2026-00-01T00:00:00Z"), ["exported_at"]),
    "id of 36 dashes": (_set(("stakeholders", 0, "id"), "-" * 36), ["stakeholders[0]", "id"]),
    "upper-case copy of an existing id": (_upper_case_copy, ["stakeholders[", "canonical"]),
    "upper-case reference": (_upper_case_reference, ["asks[0]", "campaign_id", "canonical"]),
    "its own organisation": (_own_organisation, ["organisation_id", "itself"]),
    "each other's organisation": (_each_others_organisation, ["organisation_id", "circle"]),
    "right-to-left override in a name": (
        _set(("stakeholders", 0, "name"), "Caesar Families \u202egpj.exe"),
        ["stakeholders[0]", "name", "\\u202e", "bidi"],
    ),
    "isolate in a campaign name": (
        _set(("campaigns", 0, "name"), "\u2067Syria\u2069"),
        ["campaigns[0]", "name", "bidi"],
    ),
    "follow-up before the engagement": (
        _set(("interactions", 3, "follow_up_date"), "2001-01-01"),
        ["interactions[3]", "follow_up_date", "before the engagement"],
    ),
    "position on a hearing": (
        lambda d: d["vote_positions"][-1].update(
            milestone_id=next(m["id"] for m in d["milestones"] if m["kind"] != "vote")
        ),
        ["vote_positions[", "milestone_id", "not a vote"],
    ),
    "signature twice": (
        lambda d: d["signatures"].append(
            {**copy.deepcopy(d["signatures"][0]), "id": "33333333-3333-4333-8333-333333333333"}
        ),
        ["signatures[", "one record per pair"],
    ),
    "sign-on endorsing another campaign's ask": (
        lambda d: d["sign_ons"][0].update(
            ask_id=next(
                a["id"] for a in d["asks"] if a["campaign_id"] != d["sign_ons"][0]["campaign_id"]
            )
        ),
        ["sign_ons[0]", "ask_id", "another campaign"],
    ),
}


@pytest.mark.parametrize("case", list(STRICT_BUNDLES), ids=list(STRICT_BUNDLES))
def test_a_bundle_breaking_a_rule_is_refused_and_changes_nothing(demo_ws, case):
    change, expected = STRICT_BUNDLES[case]
    bundle = export_bundle(demo_ws)
    bundle["campaigns"][1]["name"] = "Edited in the bundle"
    change(bundle)
    before = table_state(demo_ws)
    with pytest.raises(BundleError) as info:
        import_bundle(demo_ws, bundle)
    message = str(info.value)
    for fragment in expected:
        assert fragment in message
    assert "\n" not in message and "\u202e" not in message
    assert table_state(demo_ws) == before


def table_state(ws: Workspace) -> dict[str, list[tuple]]:
    return {name: table_rows(ws, name) for name in sorted(table_names(ws))}


def test_soft_deleting_through_a_bundle_is_counted_as_deleted(demo_ws):
    bundle = export_bundle(demo_ws)
    victim = bundle["stakeholders"][7]
    victim["deleted_at"] = "2026-05-01T09:30:00Z"
    total = sum(len(bundle[s]) for s, _k, _p in SECTIONS)
    report = import_bundle(demo_ws, bundle)
    assert report.deleted == {"stakeholders": 1}
    assert report.created == {} and report.updated == {}
    assert sum(report.unchanged.values()) == total - 1
    assert stakeholders.get(demo_ws, victim["id"], deleted=True).deleted_at == parse(
        victim["deleted_at"]
    )
    assert "deleted 1" in report.summary()


def test_every_change_an_import_makes_is_counted(demo_ws):
    bundle = export_bundle(demo_ws)
    campaigns.delete(demo_ws, bundle["campaigns"][0]["id"])  # the bundle brings it back
    org = _stakeholder_by(bundle, "organisation", 3)
    person = _stakeholder_by(bundle, "person", 2)
    person["organisation_id"] = org["id"]  # a change only the second pass makes
    report = import_bundle(demo_ws, bundle)
    assert report.updated == {"campaigns": 1, "stakeholders": 1}
    assert report.created == {} and report.deleted == {}
    assert stakeholders.get(demo_ws, person["id"]).organisation_id == org["id"]


def test_an_edited_copy_of_a_vote_position_updates_the_row_it_matches(demo_ws):
    from planner.services import votes

    bundle = export_bundle(demo_ws)
    position = bundle["vote_positions"][0]
    copied = {**position, "id": "44444444-4444-4444-8444-444444444444", "note": "From the laptop"}
    bundle["vote_positions"][0] = copied
    report = import_bundle(demo_ws, bundle)
    assert report.updated == {"vote_positions": 1} and report.created == {}
    assert votes.get(demo_ws, position["id"]).note == "From the laptop"


# ------------------------------------------------------------------- hostile files (issue 14)


def _hostile_file(tmp_path, text: str):
    path = tmp_path / "hostile.json"
    path.write_text(text, encoding="utf-8")
    return path


def _envelope(body: str) -> str:
    return '{"format": "campaign-planner-bundle", "version": 1, ' + body + "}"


HOSTILE_FILES = {
    "deep nesting": (
        _envelope('"campaigns": ' + "[" * 100_000 + "]" * 100_000),
        ["nested too deeply"],
    ),
    "5000-digit number": (
        _envelope('"campaigns": [], "asks": [], "exported_at": ' + "9" * 5000),
        ["exported_at", "5000 digits"],
    ),
    "version 2**70": (
        '{"format": "campaign-planner-bundle", "version": ' + str(2**70) + "}",
        ["version", "not supported"],
    ),
}


@pytest.mark.parametrize("case", list(HOSTILE_FILES), ids=list(HOSTILE_FILES))
def test_a_hostile_bundle_file_gets_one_clear_line_and_changes_nothing(demo_ws, tmp_path, case):
    text, expected = HOSTILE_FILES[case]
    before = table_state(demo_ws)
    with pytest.raises(BundleError) as info:
        import_bundle_file(demo_ws, _hostile_file(tmp_path, text))
    message = str(info.value)
    for fragment in expected:
        assert fragment in message
    assert "\n" not in message and len(message) < 300
    assert table_state(demo_ws) == before


HOSTILE_FIELDS = {
    "record version 2**70": (("stakeholders", 2, "version"), 2**70, ["stakeholders[2]", "version"]),
    "5000-digit influence": (
        ("campaign_stakeholders", 0, "influence"),
        10**5000 - 1,  # 5000 nines
        ["campaign_stakeholders[0]", "influence", "5000 digits"],
    ),
    "influence with a separator": (
        ("campaign_stakeholders", 0, "influence"),
        "3\x1c",
        ["campaign_stakeholders[0]", "influence", "\\x1c"],
    ),
    "deeply nested tags": (
        ("campaigns", 0, "tags"),
        json.loads("[" * 500 + "]" * 500),
        ["campaigns[0]", "tags"],
    ),
    "escape sequence in a kind": (
        ("stakeholders", 1, "kind"),
        "\x1b[31mperson\x1b[0m",
        ["stakeholders[1]", "kind", "\\x1b[31m"],
    ),
}


@pytest.mark.parametrize("case", list(HOSTILE_FIELDS), ids=list(HOSTILE_FIELDS))
def test_a_hostile_value_gets_one_clear_line_naming_record_and_field(demo_ws, tmp_path, case):
    (section, index, name), value, expected = HOSTILE_FIELDS[case]
    bundle = export_bundle(demo_ws)
    bundle[section][index][name] = value
    import sys

    limit = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(0)  # to write the 5000-digit number at all
    try:
        text = json.dumps(bundle, ensure_ascii=False)
    finally:
        sys.set_int_max_str_digits(limit)
    before = table_state(demo_ws)
    with pytest.raises(BundleError) as info:
        import_bundle_file(demo_ws, _hostile_file(tmp_path, text))
    message = str(info.value)
    for fragment in expected:
        assert fragment in message
    assert "\n" not in message and "\x1b" not in message and "\x1c" not in message
    assert len(message) < 400
    assert table_state(demo_ws) == before


# ------------------------------------------------------------------- checked before writing


def test_a_bad_last_record_is_refused_before_anything_is_written(demo_ws, ws):
    """Proof that nothing is written first: the import fails with the record's error
    even while another connection holds the workspace's write lock (a write would wait
    for it and then fail with "database is locked")."""
    import sqlite3

    bundle = export_bundle(demo_ws)
    bundle["vote_positions"][-1]["confidence"] = 9
    holder = sqlite3.connect(ws.path, timeout=0)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(BundleError, match=r"vote_positions\[\d+\].*confidence"):
            import_bundle(ws, bundle)
    finally:
        holder.rollback()
        holder.close()
    assert all(not rows for _name, rows in content(ws).items() if isinstance(rows, list))


def test_an_organisation_circle_closed_against_the_workspace_is_refused(demo_ws):
    """The bundle carries only one side of the circle; the other is already stored."""
    org = stakeholders.create(demo_ws, name="Syrian Legal Network")
    member = stakeholders.create(demo_ws, name="Damascus Bar Group", organisation_id=org.id)
    bundle = export_bundle(demo_ws)
    bundle["stakeholders"] = [s for s in bundle["stakeholders"] if s["id"] == org.id]
    for section, _k, _p in SECTIONS:
        if section != "stakeholders":
            bundle[section] = []
    bundle["stakeholders"][0]["organisation_id"] = member.id
    before = table_state(demo_ws)
    with pytest.raises(BundleError, match="circle") as info:
        import_bundle(demo_ws, bundle)
    assert "Damascus Bar Group" in str(info.value)
    assert table_state(demo_ws) == before
