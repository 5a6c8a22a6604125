"""The PDF advocacy brief: what a manager prints and hands to a diplomat.

``render_brief`` turns a ``RedactedSnapshot`` (nothing else is accepted) into a PDF,
written atomically; ``documents.write_brief`` is the one-call version, which sends the brief
through the gate (``planner.publishing.gate``): snapshot, redaction, free-text check,
render, write and a share recorded in the audit trail. Nothing here holds a session,
so the GUI can run ``render_brief`` in a worker thread.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.platypus import CondPageBreak, Flowable, KeepInFrame, KeepTogether

from planner.domain.validation import ValidationError
from planner.files.atomic import atomic_path
from planner.publishing.exports.brief import sections
from planner.publishing.exports.brief.labels import Labels, check_language
from planner.publishing.exports.brief.styles import DEFAULT_LOGO, make_styles
from planner.publishing.exports.brief.template import (
    MARGIN_BOTTOM,
    MARGIN_TOP,
    PAPERS,
    BriefDocTemplate,
    PageDecor,
    frame_width,
)
from planner.publishing.redaction import RedactedSnapshot, require_redacted
from planner.services.snapshot import CampaignSnapshot

TEMPLATES = ("full", "one-pager")
ORG_NAME_KEY = "organisation_name"
LOGO_KEY = "organisation_logo"

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class BriefOptions:
    """How to render: template, language, paper, branding. The audience is the snapshot's."""

    template: str = "full"
    lang: str = "en"
    paper: str = "a4"
    org_name: str = ""
    logo: Path | None = field(default=DEFAULT_LOGO)
    today: dt.date | None = None  # defaults to the snapshot's date

    def check(self) -> BriefOptions:
        if self.template not in TEMPLATES:
            raise ValidationError(
                "template", self.template, f"must be one of {', '.join(TEMPLATES)}"
            )
        check_language(self.lang)
        if self.paper not in PAPERS:
            raise ValidationError("paper", self.paper, f"must be one of {', '.join(PAPERS)}")
        if self.logo is not None:
            logo = Path(self.logo)
            if not logo.is_file():
                raise ValidationError("logo", str(logo), "no such file")
            if logo.suffix.lower() not in (".png", ".jpg", ".jpeg", ".gif"):
                raise ValidationError("logo", str(logo), "must be a PNG or JPEG image")
        return self


@dataclass(frozen=True)
class BriefResult:
    path: Path
    pages: int


def build_story(snapshot: CampaignSnapshot, kit: sections.Kit, template: str) -> list[Flowable]:
    """The flowables of the brief, in order; empty sections are left out."""
    if template == "one-pager":
        body = sections.title_block(snapshot, kit, compact=True)
        body += sections.one_pager_sections(snapshot, kit)
        body = _flat(body)
        # the one-pager is one page by construction: shrink rather than spill over
        return [KeepInFrame(kit.width, _frame_height(kit), body, mode="shrink")]
    story = sections.title_block(snapshot, kit)
    for section in sections.FULL_SECTIONS:
        story += section(snapshot, kit)
    return story


def _flat(flowables: list[Flowable]) -> list[Flowable]:
    """Page-flow helpers unwrapped: inside one shrink-to-fit frame they have no meaning."""
    out: list[Flowable] = []
    for f in flowables:
        if isinstance(f, KeepTogether):
            out += _flat(list(sections.kept_flowables(f)))
        elif not isinstance(f, CondPageBreak):
            out.append(f)
    return out


def _frame_height(kit: sections.Kit) -> float:
    return kit.page_height - MARGIN_TOP - MARGIN_BOTTOM - 1


def render_brief(
    snapshot: RedactedSnapshot,
    out_path: Path | str,
    options: BriefOptions,
    progress: Progress | None = None,
) -> BriefResult:
    """Write the brief of ``snapshot`` (redacted for its audience) to ``out_path``."""
    snapshot = require_redacted(snapshot)
    options = options.check()
    labels = Labels(options.lang)
    styles = make_styles(rtl=labels.rtl)
    today = options.today or snapshot.generated_on
    kit = sections.Kit(
        labels=labels,
        styles=styles,
        width=frame_width(options.paper),
        page_height=PAPERS[options.paper][1],
        today=today,
        org_name=options.org_name,
        logo=str(options.logo) if options.logo else None,
    )
    total_steps = 3

    def step(n: int, message: str) -> None:
        if progress is not None:
            progress(n, total_steps, message)

    step(0, "Laying out sections")
    story = build_story(snapshot, kit, options.template)
    marking = labels.marking(snapshot.audience)
    title = snapshot.campaign.name
    decor = PageDecor(
        labels=labels,
        org_name=options.org_name,
        marking=marking,
        audience=snapshot.audience,
        footer_title=f"{title} — {labels['document']}",
    )
    step(1, "Rendering pages")
    out_path = Path(out_path)
    with atomic_path(out_path) as tmp:
        doc = BriefDocTemplate(
            tmp,
            paper=options.paper,
            decor=decor,
            title=f"{title} — {labels['document']}",
            subject=f"{labels['document']} · {marking}",
            author=options.org_name or "Campaign Planner",
            lang=options.lang,
        )
        doc.build_brief(story)
        pages = doc.page
    step(3, "Done")
    return BriefResult(out_path, pages)
