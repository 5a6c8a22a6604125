"""A campaign's strategy on one page: objective, asks, targets to move and who reaches them,
the next moments.

The plan is ``planner.planning.strategy.build_plan``'s; this view lays it out as a readable page
(rich text in a ``QTextBrowser``, so it scrolls, selects, copies and prints as is).
It is the team's internal view: it names everyone. Clicking a name emits
``stakeholder_activated`` with its id, a moment ``milestone_activated``.
"""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from planner.domain.records import MilestoneRecord
from planner.planning import strategy
from planner.storage.workspace import Workspace
from ui.display import date_text, label, line, stance_word
from ui.operations import run_in_background
from ui.translation import translator
from ui.views import palette as pal

STANCE_COLOURS = {-2: "#a3362f", -1: "#b4533a", 0: "#52606d", 1: "#2f7d6d", 2: "#25624f"}

CSS = f"""
body {{ font-size: 10pt; color: {pal.INK.name()}; }}
h1 {{ font-size: 17pt; margin: 0 0 2px 0; }}
h2 {{ font-size: 11.5pt; margin: 18px 0 6px 0; color: {pal.INK.name()};
      border-bottom: 1px solid {pal.GRID.name()}; }}
.muted {{ color: {pal.MUTED.name()}; }}
.objective {{ font-size: 11.5pt; }}
table.grid {{ border-collapse: collapse; }}
table.grid th {{ text-align: left; color: {pal.MUTED.name()}; font-weight: 600;
                 padding: 3px 10px 3px 0; border-bottom: 1px solid {pal.GRID.name()}; }}
table.grid td {{ padding: 5px 10px 5px 0; vertical-align: top;
                 border-bottom: 1px solid #eef0f2; }}
a {{ color: {pal.INK.name()}; text-decoration: none; }}
.route {{ color: {pal.MUTED.name()}; font-size: 9pt; }}
.late {{ color: #b45309; font-weight: 600; }}
"""


tr = translator("StrategyView")


def _date(d: dt.date) -> str:
    return date_text(d, style="medium")


def _span(m: MilestoneRecord) -> str:
    if m.end_date and m.end_date != m.date:
        return f"{_date(m.date)} – {_date(m.end_date)}"
    return _date(m.date)


def _kind(kind: str) -> str:
    return label(kind)


def _dots(n: int) -> str:
    return "●" * n + "<span style='color:#c4cbd2'>" + "●" * (5 - n) + "</span>"


def plan_html(plan: strategy.StrategyPlan) -> str:
    """The page as HTML (kept apart from the widget so the brief can reuse it)."""
    c = plan.campaign
    out = [f"<html><head><style>{CSS}</style></head><body>"]
    lead = tr("lead {lead}").format(lead=c.lead) if c.lead else ""
    meta = [x for x in (c.context, label(c.status), lead) if x]
    meta.append(tr("strategy as of {date}").format(date=_date(plan.generated_on)))
    out.append(f"<h1>{escape(c.name)}</h1>")
    out.append(f"<p class='muted'>{escape(line(' · '.join(meta)))}</p>")
    out.append(f"<h2>{tr('Objective')}</h2>")
    no_objective = f"<i>{tr('No objective yet.')}</i>"
    out.append(f"<p class='objective'>{escape(c.objective) or no_objective}</p>")
    if c.strategy:
        out.append(f"<p>{escape(c.strategy)}</p>")

    out.append(f"<h2>{tr('Asks')}</h2>")
    if plan.open_asks:
        out.append("<ol>")
        for a in plan.open_asks:
            to = tr("— to {target}").format(target=escape(a.target)) if a.target else ""
            target = f" <span class='muted'>{to}</span>" if a.target else ""
            progressing = tr("(progressing)")
            status = (
                f" <span class='muted'>{progressing}</span>" if a.status == "progressing" else ""
            )
            out.append(f"<li>{escape(a.text)}{target}{status}</li>")
        out.append("</ol>")
    else:
        out.append(f"<p class='muted'>{tr('No open asks.')}</p>")
    if plan.achieved_asks:
        done = "; ".join(escape(a.text) for a in plan.achieved_asks)
        out.append(f"<p class='muted'>{tr('Achieved: {asks}').format(asks=done)}</p>")

    subtitle = tr(
        "influence ≥ {min}, not yet supportive · {n} supporters to reach them through"
    ).format(min=strategy.MIN_INFLUENCE, n=plan.supporters)
    out.append(
        f"<h2>{tr('Targets to move')} <span class='muted' "
        f"style='font-weight:normal;font-size:9pt'>{subtitle}</span></h2>"
    )
    if plan.targets:
        heads = (
            tr("Target"),
            tr("Influence"),
            tr("Stance"),
            tr("Owner · next step"),
            tr("Best placed to reach them"),
        )
        out.append(
            "<table class='grid' width='100%'><tr>"
            + "".join(f"<th>{h}</th>" for h in heads)
            + "</tr>"
        )
        for t in plan.targets:
            pos = t.person.position
            stance = stance_word(pos.stance)
            colour = STANCE_COLOURS[pos.stance]
            owner = escape(pos.owner) if pos.owner else f"<span class='muted'>{tr('nobody')}</span>"
            step = (
                f"<br><span class='muted'>{escape(pos.next_step)}</span>" if pos.next_step else ""
            )
            if t.route:
                hops = (
                    tr("direct link")
                    if t.route.hops == 1
                    else tr("{n} links").format(n=t.route.hops)
                )
                reach = (
                    f"<a href='stakeholder:{t.route.partner.id}'><b>"
                    f"{escape(t.route.partner.name)}</b></a> <span class='muted'>({hops})</span>"
                    f"<br><span class='route'>{escape(t.route.text)}</span>"
                )
            else:
                none = tr("No supporter within reach — map relationships")
                reach = f"<span class='muted'>{none}</span>"
            out.append(
                f"<tr><td><a href='stakeholder:{t.stakeholder.id}'><b>"
                f"{escape(t.stakeholder.name)}</b></a><br><span class='muted'>"
                f"{escape(label(pos.role))}</span></td>"
                f"<td>{_dots(pos.influence)}</td>"
                f"<td style='color:{colour}'>{stance}</td>"
                f"<td>{owner}{step}</td><td>{reach}</td></tr>"
            )
        out.append("</table>")
    else:
        out.append(f"<p class='muted'>{tr('No high-influence stakeholder left to move.')}</p>")

    out.append(f"<h2>{tr('Next moments')}</h2>")
    if plan.overdue:
        for m in plan.overdue:
            link = f"<a href='milestone:{m.id}'>{escape(m.title)}</a>"
            text = tr("Overdue: {moment} ({when}) — record the outcome or reschedule.")
            out.append(f"<p class='late'>{text.format(moment=link, when=_span(m))}</p>")
    if plan.next_moments:
        out.append("<table class='grid' width='100%'>")
        moment_heads = (tr("When"), tr("Moment"), tr("Kind"), tr("Where"))
        out.append("<tr>" + "".join(f"<th>{h}</th>" for h in moment_heads) + "</tr>")
        for m in plan.next_moments:
            out.append(
                f"<tr><td style='white-space:nowrap'>{_span(m)}</td>"
                f"<td><a href='milestone:{m.id}'>{escape(m.title)}</a></td>"
                f"<td class='muted'>{escape(_kind(m.kind))}</td>"
                f"<td class='muted'>{escape(m.location)}</td></tr>"
            )
        out.append("</table>")
    else:
        none = tr("No moments planned ahead. Add some from the library.")
        out.append(f"<p class='muted'>{none}</p>")
    out.append("</body></html>")
    return "".join(out)


class StrategyView(QWidget):
    """The strategy page of one campaign; ``refresh()`` rebuilds it from the workspace."""

    stakeholder_activated = Signal(str)
    milestone_activated = Signal(str)

    def __init__(
        self,
        ws: Workspace | None = None,
        campaign_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ws = ws
        self.campaign_id = campaign_id
        self.plan: strategy.StrategyPlan | None = None
        self._generation = 0
        self.setAccessibleName(tr("Campaign strategy"))
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(tr("Strategy: objective, asks, targets to move, routes"))
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._clicked)
        self.browser.document().setDocumentMargin(24)
        # the page wraps to the width; a sideways scrollbar would only show table rounding
        self.browser.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.browser.setStyleSheet(f"QTextBrowser {{ background: {pal.PAPER.name()}; }}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        if ws is not None and campaign_id is not None:
            self.refresh()

    def refresh(self) -> None:
        """Rebuild the plan in the background: routes through 100 000 stakeholders take
        a second or so, which must not freeze the window. A newer refresh wins."""
        if self.ws is None or self.campaign_id is None:
            return
        ws, campaign_id = self.ws, self.campaign_id
        self._generation += 1
        generation = self._generation
        if self.plan is None:
            self.browser.setPlainText(tr("Preparing the strategy…"))

        def done(plan: strategy.StrategyPlan) -> None:
            if generation == self._generation:
                self.set_plan(plan)

        run_in_background(
            lambda _progress: strategy.build_plan(ws, campaign_id), on_success=done, owner=self
        )

    def set_plan(self, plan: strategy.StrategyPlan) -> None:
        self.plan = plan
        self.browser.setHtml(plan_html(plan))

    def _clicked(self, url: QUrl) -> None:
        kind, _, ident = url.toString().partition(":")
        if kind == "stakeholder":
            self.stakeholder_activated.emit(ident)
        elif kind == "milestone":
            self.milestone_activated.emit(ident)
