"""What the map pictures may draw: the power map for an audience, from the redacted snapshot."""

from __future__ import annotations

from planner.publishing import pictures


def test_public_map_withholds_and_describes(mapped):
    ws, c, ids, _org = mapped
    m = pictures.power_map_for(ws, c.id, "public")
    assert m.withheld == 1 and m.point(ids["Hawa"]) is None
    assert m.point(ids["UK mission"]).name == "UK mission"
    assert m.point(ids["Sceptic"]).name == "a member state"
    assert all(p.owner == "" and p.last_contact is None for p in m.points)
