"""The brief's sections, one function each, from a snapshot already redacted for the audience.

Every function returns a list of flowables, empty when the section has nothing to say
(so the section is left out). None of them computes a page position; the page layout
is ``template``'s business. Names come only from the snapshot's ``display_name`` /
``name_of`` / ``quote_attribution``, which obey the audience.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import Any, Protocol, cast
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Image,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from planner.domain import vocabulary as v
from planner.domain.records import MilestoneRecord, QuoteRecord
from planner.publishing.exports.brief.bidi import (
    BidiParagraph,
    embed_ltr,
    has_rtl,
    strip_controls,
    text_width,
)
from planner.publishing.exports.brief.labels import Labels
from planner.publishing.exports.brief.power_map_figure import power_map_drawing
from planner.publishing.exports.brief.styles import SANS, Palette, Styles
from planner.publishing.exports.brief.template import Bookmark
from planner.publishing.redaction import quote_attribution
from planner.services.snapshot import CampaignSnapshot, Person, SignOnEntry

COALITION_ROLES = ("partner", "ally", "voice")
TARGET_ROLES = ("target", "opponent")
MAX_TARGETS = 12
MAX_UPCOMING = 5


@dataclass(frozen=True)
class Kit:
    """What every section needs besides the snapshot: words, styles, width, the date."""

    labels: Labels
    styles: Styles
    width: float
    today: dt.date
    page_height: float = 842.0
    org_name: str = ""
    logo: str | None = None

    @property
    def rtl(self) -> bool:
        return self.labels.rtl

    @property
    def comma(self) -> str:
        return "، " if self.rtl else ", "

    def value(self, text: str) -> str:
        """A team-written value placed inside a sentence of the brief's language."""
        return embed_ltr(text) if self.rtl else text


# ---------------------------------------------------------------------------------------
# building blocks
# ---------------------------------------------------------------------------------------


def para(text: str, style: ParagraphStyle, kit: Kit, *, markup: str | None = None) -> Flowable:
    """A paragraph of plain ``text``; right-to-left text gets the bidi paragraph.

    ``markup`` (already escaped reportlab mini-HTML) is used instead of ``text`` for
    left-to-right text when given.
    """
    if has_rtl(text):
        # in an Arabic brief every mixed line reads right to left, whatever comes first
        return BidiParagraph(
            text, style, kit.styles.fonts_for(style), rtl_base=True if kit.rtl else None
        )
    return Paragraph(markup if markup is not None else escape(strip_controls(text)), style)


def heading(key: str, kit: Kit, text: str | None = None) -> list[Flowable]:
    """A section heading with its outline entry.

    It never ends a page alone: it starts a new page unless there is room for it and a
    good start of its section (sections whose first block cannot split wrap the heading
    and that block in a KeepTogether themselves).
    """
    title = text or kit.labels[key]
    return [
        CondPageBreak(38 * mm),
        Bookmark(f"section-{key}", title),
        para(title, kit.styles.h1, kit),
    ]


class _Kept(Protocol):
    _content: list[Flowable]


def kept_flowables(kept: KeepTogether) -> list[Flowable]:
    """What a KeepTogether holds: reportlab keeps it in ``_content``, an attribute
    types-reportlab leaves out (it is reportlab's own; the brief tests unwrap it)."""
    return cast(_Kept, kept)._content


def heading_with(
    key: str, kit: Kit, first: list[Flowable], text: str | None = None
) -> list[Flowable]:
    """A heading kept on the same page as the section's first, unsplittable block."""
    head = heading(key, kit, text)
    # a KeepTogether nested in another one wraps to an 'infinite' height: unwrap it
    inner = [g for f in first for g in (kept_flowables(f) if isinstance(f, KeepTogether) else [f])]
    return [head[0], KeepTogether(head[1:] + inner)]


def subheading(text: str, kit: Kit) -> list[Flowable]:
    return [CondPageBreak(30 * mm), para(text, kit.styles.h2, kit)]


def embedded_style(commands: list[Any]) -> TableStyle:
    """A table style whose cells start in the brief's embedded font.

    reportlab sets every cell's font before drawing it, even a cell holding only a
    paragraph or an image, and its default is Helvetica, which it does not embed.
    """
    return TableStyle([("FONT", (0, 0), (-1, -1), SANS, 8.5), *commands])


def _rtl_row(row: list[Any], kit: Kit) -> list[Any]:
    return list(reversed(row)) if kit.rtl else row


@dataclass(frozen=True)
class CellText:
    """A table cell's plain text; ``data_table`` decides how to draw it.

    Most cells are short: drawn as a plain string they cost a fraction of a Paragraph
    (which matters with hundreds of rows); long ones become wrapping paragraphs and
    right-to-left ones bidi paragraphs.
    """

    text: str
    bold: bool = False
    color: colors.Color | None = None


def _cell(text: str, kit: Kit, bold: bool = False, color: colors.Color | None = None) -> CellText:
    return CellText(text, bold, color)


def _cell_flowable(cell: CellText, kit: Kit) -> Flowable:
    style = kit.styles.cell_bold if cell.bold else kit.styles.cell
    if cell.color is not None:
        style = ParagraphStyle("cell-color", parent=style, textColor=cell.color)
    return para(cell.text, style, kit)


def data_table(
    headers: list[str],
    rows: list[list[Any]],
    widths: list[float],
    kit: Kit,
    *,
    extra: list[Any] | None = None,
) -> Table:
    """A calm table: a small grey header, hairlines between rows, no boxes; it splits
    across pages and repeats its header."""
    s = kit.styles
    head = [para(h, s.cell_head, kit) for h in headers]
    commands: list[Any] = [
        ("FONT", (0, 1), (-1, -1), s.cell.fontName, s.cell.fontSize, s.cell.leading),
        ("TEXTCOLOR", (0, 1), (-1, -1), s.cell.textColor),
        ("ALIGN", (0, 0), (-1, -1), "RIGHT" if kit.rtl else "LEFT"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4.5),
        ("LINEBELOW", (0, 0), (-1, 0), 0.9, Palette.accent),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, Palette.rule),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 3),
    ]
    ncols = len(widths)
    body: list[list[Any]] = []
    for r, row in enumerate(rows, start=1):
        out_row: list[Any] = []  # text, flowables and lists of flowables
        for c, cell in enumerate(row):
            col = ncols - 1 - c if kit.rtl else c
            if isinstance(cell, CellText):
                font = s.cell_bold.fontName if cell.bold else s.cell.fontName
                fits = (
                    not has_rtl(cell.text)
                    and "\n" not in cell.text
                    and (stringWidth(cell.text, font, s.cell.fontSize) <= widths[c] - 8.5)
                )
                if fits:
                    out_row.append(strip_controls(cell.text))
                    if cell.bold:
                        commands.append(
                            ("FONT", (col, r), (col, r), font, s.cell.fontSize, s.cell.leading)
                        )
                        commands.append(("TEXTCOLOR", (col, r), (col, r), s.cell_bold.textColor))
                    if cell.color is not None:
                        commands.append(("TEXTCOLOR", (col, r), (col, r), cell.color))
                else:
                    out_row.append(_cell_flowable(cell, kit))
            elif isinstance(cell, list):
                out_row.append(
                    [_cell_flowable(x, kit) if isinstance(x, CellText) else x for x in cell]
                )
            else:
                out_row.append(cell)
        body.append(_rtl_row(out_row, kit))
    col_widths = list(reversed(widths)) if kit.rtl else widths
    table = Table(
        [_rtl_row(head, kit), *body],
        colWidths=col_widths,
        repeatRows=1,
        hAlign="RIGHT" if kit.rtl else "LEFT",
    )
    commands += extra or []
    table.setStyle(embedded_style(commands))
    return table


def _cell_with_note(title: str, note: str, kit: Kit) -> CellText | list[CellText]:
    if not note:
        return _cell(title, kit, bold=True)
    return [_cell(title, kit, bold=True), CellText(note, color=Palette.muted)]


def _upcoming(snapshot: CampaignSnapshot, today: dt.date) -> list[MilestoneRecord]:
    return sorted(
        (m for m in snapshot.milestones if m.status == "planned" and m.date >= today),
        key=lambda m: (m.date, m.title),
    )


def _place(m: MilestoneRecord) -> str:
    return m.location or ""


# ---------------------------------------------------------------------------------------
# sections
# ---------------------------------------------------------------------------------------


def title_block(snapshot: CampaignSnapshot, kit: Kit, *, compact: bool = False) -> list[Flowable]:
    """Logo and organisation, campaign, context, date and the audience marking."""
    s, labels, c = kit.styles, kit.labels, snapshot.campaign
    out: list[Flowable] = []
    brand: list[Any] = []
    if kit.logo:
        logo = Image(kit.logo, width=14 * mm, height=14 * mm, kind="proportional")
        brand.append(logo)
    if kit.org_name:
        org_style = ParagraphStyle(
            "org", parent=s.h2, fontSize=10.5, spaceBefore=0, spaceAfter=0, textColor=Palette.ink
        )
        brand.append(para(kit.org_name, org_style, kit))
    if brand:
        widths = [16 * mm, kit.width - 16 * mm] if kit.logo and kit.org_name else [kit.width]
        row = brand if len(brand) == len(widths) else [brand[0]]
        table = Table(
            [_rtl_row(row, kit)],
            colWidths=list(reversed(widths)) if kit.rtl else widths,
            hAlign="RIGHT" if kit.rtl else "LEFT",
        )
        table.setStyle(
            embedded_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    # the logo sits at the start of the line: the right edge in Arabic
                    ("ALIGN", (0, 0), (-1, -1), "RIGHT" if kit.rtl else "LEFT"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        out += [table, Spacer(1, 4 * mm if compact else 7 * mm)]
    document = labels["one_pager"] if compact else labels["document"]
    out.append(para(document.upper() if not kit.rtl else document, s.meta, kit))
    out.append(para(c.name, s.title, kit))
    if c.context:
        out.append(para(c.context, s.subtitle, kit))
    marking = labels.marking(snapshot.audience)
    prepared = labels.format("prepared", date=labels.date(kit.today))
    pill_style = ParagraphStyle(
        "pill",
        parent=s.meta,
        textColor=colors.white,
        fontName=s.cell_bold.fontName,
        fontSize=7.5,
        leading=10,
    )
    pill_fonts = kit.styles.fonts_for(pill_style)
    pill_width = text_width(marking, pill_fonts, 7.5) * 1.05 + 16
    pill = Table(
        [[para(marking, pill_style, kit)]],
        colWidths=[pill_width],
        hAlign="RIGHT" if kit.rtl else "LEFT",
    )
    pill.setStyle(
        embedded_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), Palette.marking[snapshot.audience]),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    out += [
        Spacer(1, 2 * mm),
        para(prepared, s.meta, kit),
        Spacer(1, 1.5 * mm),
        pill,
        Spacer(1, 3 * mm if compact else 5 * mm),
    ]
    return out


def summary_section(snapshot: CampaignSnapshot, kit: Kit) -> list[Flowable]:
    objective = snapshot.campaign.objective.strip()
    if not objective:
        return []
    return [*heading("summary", kit), para(objective, kit.styles.lead, kit)]


def asks_section(
    snapshot: CampaignSnapshot, kit: Kit, *, limit: int | None = None
) -> list[Flowable]:
    """Numbered key asks, each with its target and status."""
    asks = [a for a in snapshot.asks if a.status != "dropped"]
    if limit is not None:
        asks = asks[:limit]
    if not asks:
        return []
    s, labels = kit.styles, kit.labels
    number_style = ParagraphStyle(
        "num", parent=s.h1, fontSize=15, leading=18, spaceBefore=0, spaceAfter=0, alignment=1
    )
    rows = []
    for n, ask in enumerate(asks, start=1):
        target = snapshot.name_of(ask.target_id) or ask.target
        meta_parts = []
        if target:
            meta_parts.append(f"{labels['target']}: {kit.value(target)}")
        status = labels.ask_status(ask.status)
        if ask.status == "achieved" and ask.achieved_on:
            status += f" ({labels.short_date(ask.achieved_on)})"
        meta_parts.append(f"{labels['status']}: {status}")
        meta = "  ·  ".join(meta_parts)
        rows.append(
            _rtl_row(
                [
                    para(str(n), number_style, kit),
                    [para(ask.text, s.ask, kit), para(meta, s.ask_meta, kit)],
                ],
                kit,
            )
        )
    widths = [10 * mm, kit.width - 10 * mm]
    table = Table(
        rows,
        colWidths=list(reversed(widths)) if kit.rtl else widths,
        hAlign="RIGHT" if kit.rtl else "LEFT",
    )
    table.setStyle(
        embedded_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ("LINEBELOW", (0, 0), (-1, -2), 0.3, Palette.rule),
            ]
        )
    )
    return [*heading("asks", kit), table]


def next_decisive(snapshot: CampaignSnapshot, today: dt.date) -> MilestoneRecord | None:
    """The first planned moment ahead where something is decided (a vote, a Council
    meeting, a deadline…): an op-ed or an anniversary is never "the decisive moment"."""
    return next(
        (m for m in _upcoming(snapshot, today) if m.kind in v.DECISIVE_MILESTONE_KINDS), None
    )


def _stake_lines(snapshot: CampaignSnapshot, kit: Kit) -> list[Flowable]:
    labels = kit.labels
    lines = []
    nxt = next_decisive(snapshot, kit.today)
    if nxt is not None:
        # the date itself, since a printed brief is read days later; the countdown is
        # relative to the "Prepared" date printed under the title
        when = f"{labels.date(nxt.date)} ({labels.countdown(nxt.date, kit.today)})"
        lines.append(labels.format("next_stake", title=kit.value(nxt.title), date=when))
    asks = [a for a in snapshot.asks if a.status != "dropped"]
    open_asks = [a for a in asks if a.status in ("open", "progressing")]
    if asks:
        lines.append(
            labels.plural("open_asks", len(open_asks), open=len(open_asks), total=len(asks))
        )
    return [para(" ".join(lines), kit.styles.lead, kit)] if lines else []


def _moments_table(
    moments: list[MilestoneRecord], kit: Kit, *, with_status: bool = False, with_notes: bool = True
) -> Table:
    labels = kit.labels
    headers = [labels["date"], labels["moment"], labels["kind"], labels["location"]]
    w = kit.width
    d = 29 * mm if kit.rtl else 24 * mm  # Arabic dates spell the month out
    widths = [d, w - d - 28 * mm - 34 * mm, 28 * mm, 34 * mm]
    if with_status:
        headers.append(labels["status"])
        widths = [d, w - d - 26 * mm - 30 * mm - 20 * mm, 26 * mm, 30 * mm, 20 * mm]
    rows = []
    for m in moments:
        day = labels.short_date(m.date)
        if m.end_date and m.end_date != m.date:
            day += f" – {labels.short_date(m.end_date)}"
        row = [
            _cell(day, kit, bold=True),
            _cell_with_note(m.title, m.description if with_notes else "", kit),
            _cell(labels.kind(m.kind), kit),
            _cell(_place(m), kit),
        ]
        if with_status:
            row.append(_cell(labels.milestone_status(m.status), kit))
        rows.append(row)
    return data_table(headers, rows, widths, kit)


def why_now_section(
    snapshot: CampaignSnapshot, kit: Kit, *, limit: int = MAX_UPCOMING, with_notes: bool = True
) -> list[Flowable]:
    """The next moments and what is at stake at each."""
    upcoming = _upcoming(snapshot, kit.today)[:limit]
    if not upcoming:
        return []  # with no moment ahead there is no 'why now' to tell
    return (
        heading("why_now", kit)
        + _stake_lines(snapshot, kit)
        + [Spacer(1, 1 * mm), _moments_table(upcoming, kit, with_notes=with_notes)]
    )


def _quote_block(snapshot: CampaignSnapshot, quote: QuoteRecord, kit: Kit) -> Flowable:
    s, labels = kit.styles, kit.labels
    parts: list[Flowable] = []
    if has_rtl(quote.text):
        parts.append(BidiParagraph(quote.text, s.quote_rtl, kit.styles.fonts_for(s.quote_rtl)))
    else:
        parts.append(para(f"“{quote.text}”", s.quote, kit))
    if quote.translation and quote.translation.strip() != quote.text.strip():
        parts.append(para(quote.translation, s.translation, kit))
    who = quote_attribution(snapshot, quote.stakeholder_id, quote.name_consent)
    credit = kit.comma.join(x for x in (kit.value(who), labels.date(quote.date)) if x)
    if credit:
        parts.append(para(f"— {credit}", s.attribution, kit))
    box = Table([[parts]], colWidths=[kit.width], hAlign="RIGHT" if kit.rtl else "LEFT")
    bar = "LINEAFTER" if kit.rtl else "LINEBEFORE"
    box.setStyle(
        embedded_style(
            [
                (bar, (0, 0), (0, 0), 2.2, Palette.accent),
                ("BACKGROUND", (0, 0), (-1, -1), Palette.accent_light),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return KeepTogether([box, Spacer(1, 3 * mm)])


def voices_section(
    snapshot: CampaignSnapshot, kit: Kit, *, limit: int | None = None, key: str = "voices"
) -> list[Flowable]:
    """Quotes in their own language, with a translation, attributed as the audience allows."""
    quotes = [q for q in snapshot.quotes if q.text.strip()]
    if not quotes:
        return []
    # local voices first: quotes not in English lead, then the most recent
    quotes.sort(key=lambda q: (q.language == "en", -(q.date or dt.date.min).toordinal()))
    if limit is not None:
        quotes = quotes[:limit]
    blocks = [_quote_block(snapshot, q, kit) for q in quotes]
    return [*heading_with(key, kit, blocks[:1]), *blocks[1:]]


def _stance_cell(stance: int, kit: Kit) -> CellText:
    return CellText(kit.labels.stance(stance), True, Palette.stance.get(stance, Palette.muted))


def key_targets(snapshot: CampaignSnapshot) -> list[Person]:
    targets = [p for p in snapshot.people if p.position.role in TARGET_ROLES]
    targets.sort(key=lambda p: (-p.position.influence, p.position.stance, p.display_name))
    return targets[:MAX_TARGETS]


def who_stands_where_section(snapshot: CampaignSnapshot, kit: Kit) -> list[Flowable]:
    """The power map and the key targets with their stance, as text and colour."""
    if not snapshot.people:
        return []
    s, labels = kit.styles, kit.labels
    figure = power_map_drawing(snapshot, labels, kit.width)
    out = heading_with("who_stands_where", kit, [figure, para(labels["map_caption"], s.small, kit)])
    targets = key_targets(snapshot)
    if targets:
        rows, extra = [], []
        for i, p in enumerate(targets, start=1):
            st = p.stakeholder
            sector = labels.category(st.category)
            if st.country:
                sector += kit.comma + kit.value(st.country)
            rows.append(
                [
                    _cell(p.display_name, kit, bold=True),
                    _cell(sector, kit),
                    _cell(f"{p.position.influence} / 5", kit),
                    _stance_cell(p.position.stance, kit),
                ]
            )
            col = 0 if kit.rtl else 3
            bar = "LINEAFTER" if kit.rtl else "LINEBEFORE"
            extra.append(
                (bar, (col, i), (col, i), 2.5, Palette.stance.get(p.position.stance, Palette.muted))
            )
        w = kit.width
        widths = [w * 0.40, w * 0.32, w * 0.12, w * 0.16]
        out += [
            Spacer(1, 3 * mm),
            *subheading(labels["key_targets"], kit),
            data_table(
                [labels["stakeholder"], labels["sector"], labels["influence"], labels["stance"]],
                rows,
                widths,
                kit,
                extra=extra,
            ),
        ]
    return out


def coalition_section(snapshot: CampaignSnapshot, kit: Kit) -> list[Flowable]:
    """Partners by sector; for outside audiences the unnamed ones are only counted, as
    organisations or people according to what they are."""
    labels = kit.labels
    named: dict[str, list[str]] = defaultdict(list)
    unnamed: dict[str, dict[str, int]] = defaultdict(lambda: {"organisation": 0, "person": 0})
    for p in snapshot.people:
        if p.position.role not in COALITION_ROLES:
            continue
        if p.named:
            named[p.stakeholder.category].append(p.display_name)
        else:
            unnamed[p.stakeholder.category][p.stakeholder.kind] += 1
    if snapshot.audience != "internal":
        for (role, category, kind), n in snapshot.withheld_people.items():
            if role in COALITION_ROLES:
                unnamed[category][kind] += n
    sectors = sorted(set(named) | set(unnamed), key=lambda c: labels.category(c))
    if not sectors:
        block = sign_ons_block(snapshot, kit)
        return [*heading("coalition", kit), *block] if block else []
    rows = []
    for category in sectors:
        members = sorted(named.get(category, []))
        text = kit.comma.join(kit.value(m) for m in members)
        counts = unnamed.get(category)
        if counts and any(counts.values()):
            others = labels.others(counts["organisation"], counts["person"], alone=not members)
            text = f"{text} {others}" if text else others
        rows.append([_cell(labels.category(category), kit, bold=True), _cell(text, kit)])
    widths = [kit.width * 0.26, kit.width * 0.74]
    return [
        *heading("coalition", kit),
        data_table([labels["sector"], labels["members"]], rows, widths, kit),
        *sign_ons_block(snapshot, kit),
    ]


def signatories_text(entry: SignOnEntry, kit: Kit) -> str:
    """'A, B and C and 4 other organisations': the names the audience may read, the
    other signatories only counted by kind (never described: that could identify them)."""
    labels = kit.labels
    names = sorted((x.name for x in entry.signatories), key=str.casefold)
    text = kit.comma.join(kit.value(n) for n in names)
    if entry.withheld_organisations or entry.withheld_people:
        others = labels.others(entry.withheld_organisations, entry.withheld_people, alone=not names)
        text = f"{text} {others}" if text else others
    return text or labels["no_signatories"]


def sign_ons_block(snapshot: CampaignSnapshot, kit: Kit) -> list[Flowable]:
    """Each joint letter, statement or endorsement: what it is, when, which ask, who signed."""
    if not snapshot.sign_ons:
        return []
    labels = kit.labels
    rows = []
    for entry in snapshot.sign_ons:
        note = [labels.sign_on_kind(entry.kind)]
        if entry.date:
            note.append(labels.format("signed_on", date=labels.short_date(entry.date)))
        if entry.ask_text:
            note.append(labels.format("supports_ask", ask=kit.value(entry.ask_text)))
        rows.append(
            [
                _cell_with_note(entry.title, "  ·  ".join(note), kit),
                _cell(signatories_text(entry, kit), kit),
            ]
        )
    widths = [kit.width * 0.42, kit.width * 0.58]
    return [
        Spacer(1, 3 * mm),
        *subheading(labels["sign_ons"], kit),
        data_table([labels["sign_on"], labels["signatories"]], rows, widths, kit),
    ]


def timeline_section(snapshot: CampaignSnapshot, kit: Kit) -> list[Flowable]:
    """All moments: the coming ones first, in order, then the past ones, latest first."""
    if not snapshot.milestones:
        return []
    labels = kit.labels
    coming = sorted(
        (m for m in snapshot.milestones if m.date >= kit.today), key=lambda m: (m.date, m.title)
    )
    past = sorted(
        (m for m in snapshot.milestones if m.date < kit.today),
        key=lambda m: (m.date, m.title),
        reverse=True,
    )
    out = heading("timeline", kit)
    for key, moments in (("coming", coming), ("past", past)):
        if moments:
            out += [
                *subheading(labels[key], kit),
                _moments_table(moments, kit, with_status=True, with_notes=False),
                Spacer(1, 3 * mm),
            ]
    return out


def contacts_section(snapshot: CampaignSnapshot, kit: Kit) -> list[Flowable]:
    """Who to call: only in the team's own (internal) brief."""
    if snapshot.audience != "internal":
        return []
    people = [p for p in snapshot.people if p.stakeholder.email or p.stakeholder.phone]
    if not people:
        return []
    labels = kit.labels
    people.sort(key=lambda p: p.display_name.lower())
    rows = []
    for p in people:
        st = p.stakeholder
        org = snapshot.name_of(st.organisation_id)
        rows.append(
            [
                _cell_with_note(p.display_name, st.title, kit),
                _cell(org, kit),
                _cell(st.email, kit),
                _cell(st.phone, kit),
                _cell(p.position.owner, kit),
            ]
        )
    w = kit.width
    widths = [w * 0.25, w * 0.22, w * 0.25, w * 0.16, w * 0.12]
    return [
        *heading("contacts", kit),
        data_table(
            [
                labels["name"],
                labels["organisation"],
                labels["email"],
                labels["phone"],
                labels["owner"],
            ],
            rows,
            widths,
            kit,
        ),
    ]


FULL_SECTIONS = (
    summary_section,
    asks_section,
    why_now_section,
    voices_section,
    who_stands_where_section,
    coalition_section,
    timeline_section,
    contacts_section,
)


def one_pager_sections(snapshot: CampaignSnapshot, kit: Kit) -> list[Flowable]:
    """Asks, why now, one voice and the next three moments."""
    out = asks_section(snapshot, kit, limit=5)
    stake = _stake_lines(snapshot, kit) if _upcoming(snapshot, kit.today) else []
    if stake:
        out += heading("why_now", kit) + stake
    out += voices_section(snapshot, kit, limit=1, key="voice")
    upcoming = _upcoming(snapshot, kit.today)[:3]
    if upcoming:
        out += [*heading("next_moments", kit), _moments_table(upcoming, kit, with_notes=True)]
    return out
