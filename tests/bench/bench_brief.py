"""Benchmark: the full PDF brief of a big campaign, against bare reportlab.

A campaign with 200 stakeholders, 50 milestones and 20 quotes (built through the
services in a temporary workspace). We time ``render_brief`` end to end (story, page
template, header/footer, Page X of Y, outline, atomic write) and, in the same run, a
bare ``SimpleDocTemplate`` building the same flowables with none of that. Targets:
under 1 s, ratio at most 1.5.

Run: .venv/bin/python tests/bench/bench_brief.py
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from reportlab.platypus import SimpleDocTemplate

from planner.domain import vocabulary as v
from planner.publishing.exports.brief import BriefOptions, build_story, render_brief, sections
from planner.publishing.exports.brief.labels import Labels
from planner.publishing.exports.brief.styles import make_styles
from planner.publishing.exports.brief.template import PAPERS, frame_width
from planner.publishing.redaction import redact
from planner.services import asks, campaigns, milestones, positions, quotes, stakeholders
from planner.services.snapshot import take_snapshot
from planner.storage.store import open_workspace
from planner.storage.workspace import Workspace

TODAY = dt.date(2026, 6, 1)
ARABIC = "نريد أن نعرف مصير أبنائنا وبناتنا. الحقيقة حقّ لكل عائلة."


def build_big_campaign(
    ws: Workspace, *, people: int = 200, moments: int = 50, voices: int = 20, seed: int = 7
) -> str:
    """A campaign of the benchmark's size; returns its id."""
    rng = random.Random(seed)
    campaign = campaigns.create(
        ws,
        name="Protection of civilians: a big campaign",
        context="Regional",
        objective="Civilians are protected, aid reaches people in need, and perpetrators "
        "are held to account. " * 3,
        status="active",
    )
    ids = []
    for i in range(people):
        kind = "organisation" if i % 3 else "person"
        s = stakeholders.create(
            ws,
            kind=kind,
            name=f"Stakeholder {i:03d} {'Mission' if i % 7 == 0 else 'Network'}",
            category=rng.choice(v.CATEGORIES),
            country=rng.choice(["Sudan", "Chad", "France", "Kenya", "Syria", "Türkiye"]),
            email=f"person{i}@example.org",
            phone=f"+41 22 000 {i:04d}",
            sensitivity=rng.choice(["public", "public", "internal", "confidential"]),
            name_consent=rng.choice(["none", "closed", "public"]),
        )
        ids.append(s.id)
        positions.create(
            ws,
            campaign_id=campaign.id,
            stakeholder_id=s.id,
            role=rng.choice(v.ROLES),
            influence=rng.randint(1, 5),
            stance=rng.randint(-2, 2),
            interest=rng.randint(1, 5),
            owner="Team",
        )
    for i in range(8):
        asks.create(
            ws,
            campaign_id=campaign.id,
            text=f"Ask number {i + 1}: act now on access.",
            target_id=ids[i],
            status=rng.choice(["open", "progressing", "achieved"]),
        )
    for i in range(moments):
        milestones.create(
            ws,
            campaign_id=campaign.id,
            title=f"Moment {i + 1}: Security Council consultations",
            kind=rng.choice([k for k in v.MILESTONE_KINDS if k != "internal"]),
            date=TODAY + dt.timedelta(days=rng.randint(-300, 300)),
            location=rng.choice(["New York", "Geneva", "Addis Ababa", ""]),
            description="What is at stake at this moment, in one sentence.",
        )
    for i in range(voices):
        arabic = i % 4 == 0
        quotes.create(
            ws,
            campaign_id=campaign.id,
            stakeholder_id=ids[i],
            text=ARABIC if arabic else f"Voice {i}: we need the crossings open, every day.",
            translation="We want to know the fate of our sons and daughters." if arabic else "",
            language="ar" if arabic else "en",
            date=TODAY - dt.timedelta(days=i),
            name_consent=rng.choice(["none", "closed", "public"]),
        )
    return campaign.id


def main() -> int:
    rounds = 5
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        ws = open_workspace(folder / "bench.db")
        t0 = time.perf_counter()
        campaign_id = build_big_campaign(ws)
        print(f"built campaign in {time.perf_counter() - t0:.1f} s")
        snapshot = redact(take_snapshot(ws, campaign_id, today=TODAY), "internal")
        ws.close()
        options = BriefOptions(org_name="Coalition for Civilians", today=TODAY)
        labels = Labels("en")
        render_brief(snapshot, folder / "warmup.pdf", options)  # fonts registered, caches warm

        def bare() -> float:
            kit = sections.Kit(
                labels=labels,
                styles=make_styles(),
                width=frame_width("a4"),
                today=TODAY,
                page_height=PAPERS["a4"][1],
                org_name=options.org_name,
                logo=str(options.logo),
            )
            story = build_story(snapshot, kit, "full")
            start = time.perf_counter()
            SimpleDocTemplate(str(folder / "bare.pdf"), pagesize=PAPERS["a4"]).build(story)
            return time.perf_counter() - start

        def ours() -> float:
            start = time.perf_counter()
            result = render_brief(snapshot, folder / "brief.pdf", options)
            elapsed = time.perf_counter() - start
            ours.pages = result.pages  # type: ignore[attr-defined]
            return elapsed

        ours_times, bare_times = [], []
        for _ in range(rounds):
            bare_times.append(bare())
            ours_times.append(ours())
        brief, baseline = statistics.median(ours_times), statistics.median(bare_times)
        ratio = brief / baseline
        print(
            f"full brief, {len(snapshot.people)} stakeholders, {len(snapshot.milestones)} "
            f"milestones, {len(snapshot.quotes)} quotes: {ours.pages} pages"
        )  # type: ignore
        print(f"render_brief (story + layout + write): {brief * 1000:.0f} ms  (target < 1000)")
        print(f"bare platypus build of the same flowables: {baseline * 1000:.0f} ms")
        print(f"ratio: {ratio:.2f}  (target <= 1.5; the bare time excludes building the story)")
        ok = brief < 1.0 and ratio <= 1.5
        print("OK" if ok else "MISSED TARGET")
        return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
