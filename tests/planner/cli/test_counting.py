"""Counts the commands print agree with their nouns: 1 milestone, 2 milestones, 1 voice."""

from __future__ import annotations

import datetime as dt

from planner.cli.counting import count, counts
from planner.services import campaigns, milestones, quotes
from tests.planner.cli.shared import run


def test_counts_agree_with_their_nouns(capsys, ws, tmp_path):
    c = campaigns.create(ws, name="Small")
    milestones.create(ws, campaign_id=c.id, title="Vote", kind="vote", date=dt.date(2030, 1, 1))
    quotes.create(ws, campaign_id=c.id, text="We want to go home.")
    db = str(ws.path)
    code, out, err = run(capsys, "--db", db, "tracker", "--all", "--out", str(tmp_path / "t"))
    assert code == 0, err
    assert "1 milestone," in out and "1 voice" in out and "1 voices" not in out
    assert "0 stakeholders" in out
    code, out, _ = run(capsys, "--db", db, "ics", "--out", str(tmp_path / "c"))
    assert "1 milestone (closed)" in out  # every export defaults to restricted distribution
    full = ("--audience", "internal")
    code, out, _ = run(capsys, "--db", db, "bundle", "export", *full, "--out", str(tmp_path / "b"))
    assert out.endswith(": 1 campaign, 1 milestone, 1 quote\n"), out
    other = str(tmp_path / "other.db")
    code, out, _ = run(capsys, "--db", other, "bundle", "import", str(tmp_path / "b.json"))
    assert "created 3 (1 campaign, 1 milestone, 1 quote)" in out


def test_a_noun_is_found_by_entity_section_or_sheet_title_in_either_number():
    assert count(1, "campaign") == "1 campaign"
    assert count(3, "campaigns") == "3 campaigns"
    assert count(1, "sign_ons") == "1 sign-on" and count(2, "Sign-ons") == "2 sign-ons"
    assert count(1, "Engagement log") == "1 engagement log entry"
    assert count(1, "Voices") == "1 voice" and count(0, "voice") == "0 voices"


def test_large_counts_are_grouped_and_unknown_nouns_are_said_as_given():
    assert count(12345, "milestone") == "12,345 milestones"
    assert count(2, "widget_part") == "2 widget part"  # no plural invented
    assert count(2, "person", "people") == "2 people"


def test_several_counts_read_as_one_phrase_and_zeros_can_be_skipped():
    made = {"campaigns": 1, "asks": 0, "milestones": 12}
    assert counts(made) == "1 campaign, 0 asks, 12 milestones"
    assert counts(made, skip_zero=True) == "1 campaign, 12 milestones"
    assert counts([("quote", 1), ("backup", 2)]) == "1 quote, 2 backups"
