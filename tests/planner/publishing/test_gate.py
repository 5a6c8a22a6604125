"""The gate's rules as a user meets them: the known leak, the write step, the share log."""

from __future__ import annotations

import zipfile
from dataclasses import fields

import pytest

from planner.cli import main
from planner.publishing import gate
from planner.publishing.exports.tracker import write_tracker
from planner.publishing.free_text import WithheldIndex
from planner.publishing.redaction import RedactedSnapshot, redact
from planner.services import asks, audit_trail, campaigns, positions, stakeholders
from planner.services.snapshot import CampaignSnapshot, take_snapshot
from tests.adversarial import CAMPAIGN, build_adversarial


@pytest.fixture
def leaky(ws):
    """The leak of issue 13: an ask's free-text target names a partner who may not be named."""
    c = campaigns.create(ws, name="Sudan")
    forum = stakeholders.create(
        ws,
        name="Sudanese Women's Forum",
        category="local_civil_society",
        country="Sudan",
        is_local=True,
        sensitivity="internal",
        name_consent="none",
    )
    positions.create(ws, campaign_id=c.id, stakeholder_id=forum.id, role="partner")
    asks.create(ws, campaign_id=c.id, text="Fund local responders", target=forum.name)
    return c


def _sheets_text(path) -> str:
    with zipfile.ZipFile(path) as z:
        return "\n".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())


def test_a_closed_tracker_describes_an_ask_target_that_may_not_be_named(ws, leaky, tmp_path):
    out = tmp_path / "t.xlsx"
    published = gate.export(ws, "tracker", [leaky.id], "closed", out)
    text = _sheets_text(out)
    assert "Sudanese Women" not in text.replace("&apos;", "'")
    assert "a local civil-society group in Sudan" in text
    assert [r.where for r in published.replacements] == ["ask 'Fund local responders' target"]


def test_renderers_refuse_a_snapshot_that_did_not_go_through_redact(ws, leaky, tmp_path):
    with pytest.raises(TypeError, match="RedactedSnapshot"):
        write_tracker([take_snapshot(ws, leaky.id)], tmp_path / "t.xlsx")
    with pytest.raises(TypeError, match=r"only by planner\.publishing\.redaction\.redact"):
        snap = redact(take_snapshot(ws, leaky.id), "closed")
        RedactedSnapshot(**{f.name: getattr(snap, f.name) for f in fields(CampaignSnapshot)})
    assert not (tmp_path / "t.xlsx").exists()


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_cli_says_on_stderr_what_it_replaced_and_logs_the_brief(capsys, ws, leaky, tmp_path):
    out = tmp_path / "b.pdf"
    code, stdout, err = run(
        capsys, "--db", str(ws.path), "brief", "--campaign", "Sudan", "--out", str(out)
    )
    assert code == 0, err
    assert err == (
        "planner: replaced \"Sudanese Women's Forum\" with 'a local civil-society group in Sudan' "
        "in ask 'Fund local responders' target\n"
    )
    assert "audience closed" in stdout
    shares = [e for e in audit_trail.entries(ws) if e.action == "share"]
    assert [(e.entity, e.new, e.note) for e in shares] == [("brief", "closed", str(out))]


def test_a_streamed_tracker_of_every_campaign_tells_each_replacement_once(
    capsys, ws, leaky, tmp_path
):
    """The campaigns are read one at a time as the tracker is written; what was replaced
    is still told on stderr, once however many campaigns repeat it, in reading order."""
    other = campaigns.create(ws, name="Chad")
    forum = "Sudanese Women's Forum"
    asks.create(ws, campaign_id=other.id, text="Fund local responders", target=forum)
    asks.create(ws, campaign_id=other.id, text="Hear the Forum", target=forum)
    out = tmp_path / "all.xlsx"
    code, _stdout, err = run(capsys, "--db", str(ws.path), "tracker", "--all", "--out", str(out))
    assert code == 0, err
    told = "planner: replaced \"Sudanese Women's Forum\" with 'a local civil-society group in"
    assert err.splitlines() == [
        f"{told} Sudan' in ask 'Fund local responders' target",
        f"{told} Sudan' in ask 'Hear the Forum' target",
    ]
    assert "Sudanese Women" not in _sheets_text(out).replace("&apos;", "'")
    shares = [e for e in audit_trail.entries(ws) if e.action == "share"]
    assert sorted((e.entity, e.new, e.entity_id) for e in shares) == sorted(
        [("tracker", "closed", leaky.id), ("tracker", "closed", other.id)]
    )


def test_an_existing_file_is_replaced_only_with_force(capsys, ws, leaky, tmp_path):
    out = tmp_path / "c.ics"
    out.write_text("mine")
    argv = ("--db", str(ws.path), "ics", "--out", str(out))
    code, _o, err = run(capsys, *argv)
    assert code == 1
    assert (
        err
        == f"planner: error: Cannot write {out}: the file already exists (--force replaces it)\n"
    )
    assert out.read_text() == "mine"
    code, _o, err = run(capsys, *argv, "--force")
    assert code == 0, err
    assert out.read_text().startswith("BEGIN:VCALENDAR")


def test_a_symlink_as_out_is_refused_even_with_force(capsys, ws, leaky, tmp_path):
    real = tmp_path / "real.json"
    real.write_text("{}")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    code, _o, err = run(
        capsys, "--db", str(ws.path), "bundle", "export", "--out", str(link), "--force"
    )
    assert code == 1
    refused = f"Cannot write {link}: it is a symbolic link; give the path of the file itself"
    assert err == f"planner: error: {refused}\n"
    assert real.read_text() == "{}"


def test_a_300_character_file_name_is_one_clear_line(capsys, ws, leaky, tmp_path):
    out = tmp_path / ("x" * 296 + ".pdf")
    code, _o, err = run(
        capsys, "--db", str(ws.path), "brief", "--campaign", "Sudan", "--out", str(out)
    )
    assert code == 1
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "the file name is too long (300 characters" in err


@pytest.mark.both_backends
@pytest.mark.parametrize("audience", ["closed", "public"])
def test_the_index_cut_to_a_campaign_scrubs_it_as_the_whole_workspace_index(ws, audience):
    """One campaign's document is scanned with an index cut to its texts (much cheaper at
    100 000 stakeholders): it must find every planted name and contact the whole does."""
    build_adversarial(ws)
    cid = campaigns.find(ws, CAMPAIGN).id
    snapshot = take_snapshot(ws, cid)
    whole = redact(snapshot, audience, scan=gate.withheld_index(ws, audience))
    cut = redact(snapshot, audience, scan=lambda texts: gate.withheld_index(ws, audience, texts))
    assert whole.replacements and cut == whole
    assert cut.replacements == whole.replacements


@pytest.mark.both_backends
@pytest.mark.parametrize("audience", ["closed", "public"])
@pytest.mark.parametrize(
    ("contact", "replaced"),
    [
        ("", None),
        (" Call +41-22-000-1111.", "+41-22-000-1111"),
        (" Mail DMN@example.org.", "DMN@example.org"),
    ],
)
def test_a_campaign_is_scrubbed_by_the_sieved_index_as_by_the_whole_one(
    ws, audience, contact, replaced, monkeypatch
):
    """The gate reads whole rows only of the stakeholders whose names or contacts may
    occur in a campaign's texts (``NameSieve``): it must still find every withheld name
    and contact the whole index finds, however it is typed."""
    build_adversarial(ws)
    for i in range(5):  # plain names no text has: the sieve leaves them out
        stakeholders.create(
            ws,
            name=f"Decoy Group {i}",
            category="local_civil_society",
            country="Chad",
            sensitivity="confidential",
            name_consent="none",
        )
    stakeholders.create(  # a plain name no text has: found, if at all, by its phone
        ws,
        name="Quiet Helper",
        category="legal",
        country="Chad",
        sensitivity="confidential",
        name_consent="none",
        phone="+41 22 000 1111",
    )
    c = campaigns.create(
        ws,
        name="Quiet campaign",
        objective="Thank ZEINAB AL-HASAN, the DMN and hassan idris mahmoud (not a Decoy Group).",
    )
    asks.create(ws, campaign_id=c.id, text=f"Hear مريم الخطيب.{contact}", target="noor salih abbas")
    read: list[int] = []
    build_for = WithheldIndex.build_for.__func__  # type: ignore[attr-defined]

    def counted(cls, texts, rows, *rest):
        rows = list(rows)
        read.append(len(rows))
        return build_for(cls, texts, rows, *rest)

    monkeypatch.setattr(WithheldIndex, "build_for", classmethod(counted))
    snapshot = take_snapshot(ws, c.id)
    whole = redact(snapshot, audience, scan=gate.withheld_index(ws, audience))
    cut = redact(snapshot, audience, scan=lambda texts: gate.withheld_index(ws, audience, texts))
    assert {r.found for r in whole.replacements} >= {
        "ZEINAB AL-HASAN",
        "DMN",
        "hassan idris mahmoud",
        "مريم الخطيب",
    }
    assert cut == whole and cut.replacements == whole.replacements
    if replaced:
        assert replaced in {r.found for r in whole.replacements}
    assert read
    if ws.backend.scan_order:  # a server has no row numbers to pick rows by: it reads all
        assert read[0] <= stakeholders.count_stakeholders(ws) - 5  # no decoy was read
    # too many names through the sieve: every row is read, with the same result
    monkeypatch.setattr(gate, "_SIEVED_MAX", 0)
    everyone = redact(
        snapshot, audience, scan=lambda texts: gate.withheld_index(ws, audience, texts)
    )
    assert everyone == whole and read[-1] == stakeholders.count_stakeholders(ws)
