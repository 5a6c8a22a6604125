"""The whip count of a vote: projected totals, by regional group, and every state's line.

All counting is ``planner.planning.vote_count``'s; this view only shows a ``Tally``. A General
Assembly vote lists the 193 member states by regional group; a Security Council vote
(``planner.domain.security_council.voting_body``) lists the 15 members of the year by seat,
says "9 votes and no veto" and names a permanent member voting or expected no. Colours
say the vote (teal yes, brick no, ochre abstain, grey absent, pale unknown) but every
figure also carries its word, so the view reads in greyscale and in print. After the
vote a second bar shows the result and the table marks the states that surprised us.
Double-click a state to open it (``state_activated`` with the stakeholder id).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.domain.member_states import GROUP_ORDER, GROUP_SHORT, NO_GROUP
from planner.domain.security_council import AFFIRMATIVE_VOTES_REQUIRED
from planner.planning import vote_count as vc
from planner.storage.workspace import Workspace
from ui.models.record_table import RowsTableModel
from ui.translation import QT_TRANSLATE_NOOP, translator
from ui.views import palette as pal

VOTE_COLOURS: dict[str, QColor] = {
    "yes": QColor("#2f7d6d"),
    "no": QColor("#a3362f"),
    "abstain": QColor("#c08a1e"),
    "absent": QColor("#9aa5b1"),
    "unknown": QColor("#e4e8ec"),
}
VOTE_TINTS: dict[str, QColor] = {
    "yes": QColor("#e3f1ec"),
    "no": QColor("#f7e4e2"),
    "abstain": QColor("#f8efd9"),
    "absent": QColor("#eef0f2"),
    "unknown": QColor("#ffffff"),
}
VOTE_LABELS = {
    "yes": QT_TRANSLATE_NOOP("WhipCount", "Yes"),
    "no": QT_TRANSLATE_NOOP("WhipCount", "No"),
    "abstain": QT_TRANSLATE_NOOP("WhipCount", "Abstain"),
    "absent": QT_TRANSLATE_NOOP("WhipCount", "Absent"),
    "unknown": QT_TRANSLATE_NOOP("WhipCount", "Unknown"),
}
# planner.domain.member_states.GROUP_SHORT words that translate; GRULAC and WEOG are the UN's
# own acronyms and read the same in every language.
GROUP_WORDS = {
    "african": QT_TRANSLATE_NOOP("WhipCount", "African"),
    "asia_pacific": QT_TRANSLATE_NOOP("WhipCount", "Asia-Pacific"),
    "eastern_european": QT_TRANSLATE_NOOP("WhipCount", "Eastern European"),
    NO_GROUP: QT_TRANSLATE_NOOP("WhipCount", "No group"),
    "permanent": QT_TRANSLATE_NOOP("WhipCount", "Permanent members"),
    "elected": QT_TRANSLATE_NOOP("WhipCount", "Elected members"),
}
ModelIndex = QModelIndex | QPersistentModelIndex


tr = translator("WhipCount")


def vote_text(value: str) -> str:
    """'Yes', 'Abstain', 'Unknown' in the interface language."""
    return tr(VOTE_LABELS[value])


def group_text(group: str) -> str:
    """A regional group's (or Council seat's) short name in the interface language."""
    return tr(GROUP_WORDS[group]) if group in GROUP_WORDS else GROUP_SHORT[group]


def _coloured(text: str, key: str) -> str:
    return f"<b style='color:{VOTE_COLOURS[key].name()}'>{text}</b>"


def rule_text(t: vc.Tally) -> str:
    """Which body votes and by what rule, in one line (the rule the counts apply)."""
    if not t.council:
        return tr(
            "General Assembly: {n} member states; adopted when more vote yes than no "
            "(abstentions do not count)"
        ).format(n=t.members)
    permanent = sum(1 for s in t.states if s.permanent)
    text = tr(
        "Security Council in {year}: {n} members ({permanent} permanent); adopted with at "
        "least {required} votes in favour and no permanent member voting against"
    ).format(year=t.year, n=t.members, permanent=permanent, required=AFFIRMATIVE_VOTES_REQUIRED)
    if not t.council_complete:
        text += ". " + tr(
            "The elected members of {year} are not in the shipped list: counting the "
            "permanent members and the states with a position"
        ).format(year=t.year)
    return text


def council_projection_html(t: vc.Tally) -> str:
    """The projected outcome of a Council vote: veto, short of nine, or passes."""
    v = t.projection
    e = v.counts
    figures = tr("{yes} yes, {no} no, {abstain} abstain").format(
        yes=e.yes, no=e.no, abstain=e.abstain
    )
    if v.vetoed:
        text = (
            _coloured(tr("Veto projected"), "no")
            + ": "
            + tr("{names} expected to vote no ({figures})").format(
                names=", ".join(v.vetoed_by), figures=figures
            )
        )
        if v.needed:
            text += " — " + tr("and {needed} more yes needed").format(needed=v.needed)
        return text
    if v.passes:
        return (
            _coloured(tr("Projected to pass"), "yes")
            + ": "
            + tr("{figures}; {required} needed, no veto expected").format(
                figures=figures, required=v.required
            )
        )
    return (
        _coloured(tr("Short of {required} votes").format(required=v.required), "no")
        + ": "
        + tr("{figures} — <b>{needed} more yes needed</b> to pass").format(
            figures=figures, needed=v.needed
        )
    )


def council_result_html(t: vc.Tally) -> str:
    """The recorded outcome of a Council vote, with any veto named."""
    r = t.result
    assert r is not None
    a = r.counts
    abstentions = (
        tr("1 abstention") if a.abstain == 1 else tr("{n} abstentions").format(n=a.abstain)
    )
    figures = tr("{yes} in favour, {no} against, {abstentions}").format(
        yes=a.yes, no=a.no, abstentions=abstentions
    )
    if a.absent:
        figures += " " + tr("({absent} not voting)").format(absent=a.absent)
    if r.passes:
        return f"<b>{tr('Adopted')}</b>: {figures}"
    if r.vetoed:
        head = tr("Not adopted: vetoed by {names}").format(names=", ".join(r.vetoed_by))
        return _coloured(head, "no") + f": {figures}"
    head = tr("Not adopted: fewer than {required} votes in favour").format(required=r.required)
    return _coloured(head, "no") + f": {figures}"


class TotalsBar(QWidget):
    """One stacked bar of 193 states with the counts written in each segment."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = caption
        self.counts = vc.Counts()
        self.threshold: int | None = None  # yes votes required (the Council's 9), marked
        self.setAccessibleName(caption)
        self.setMinimumHeight(44)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_counts(self, counts: vc.Counts, threshold: int | None = None) -> None:
        self.counts = counts
        self.threshold = threshold
        self.setToolTip(
            tr("Dashed line: the {n} votes in favour a Council resolution needs").format(
                n=threshold
            )
            if threshold
            else ""
        )
        # screen readers get the bar's numbers as words (it is painted, not text widgets)
        self.setAccessibleDescription(
            tr(
                "{caption}: {yes} yes, {no} no, {abstain} abstain, "
                "{absent} absent, {unknown} unknown"
            ).format(
                caption=self.caption,
                yes=counts.yes,
                no=counts.no,
                abstain=counts.abstain,
                absent=counts.absent,
                unknown=counts.unknown,
            )
        )
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(600, 44)

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        caption_w = 92.0
        p.setFont(pal.font(9.5, bold=True))
        p.setPen(pal.INK)
        p.drawText(
            QRectF(0, 0, caption_w, self.height()),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            self.caption,
        )
        bar = QRectF(caption_w, 6, self.width() - caption_w - 1, self.height() - 12)
        total = self.counts.total or 1
        x = bar.left()
        p.setFont(pal.font(9, bold=True))
        for key in vc.VALUES:
            n = getattr(self.counts, key)
            if not n:
                continue
            w = bar.width() * n / total
            seg = QRectF(x, bar.top(), w, bar.height())
            p.fillRect(seg, VOTE_COLOURS[key])
            p.setPen(QPen(pal.PAPER, 1))
            p.drawLine(seg.topRight(), seg.bottomRight())
            text = f"{vote_text(key)} {n}"
            if p.fontMetrics().horizontalAdvance(text) + 8 > w:
                text = str(n)
            if p.fontMetrics().horizontalAdvance(text) + 4 <= w:
                p.setPen(pal.INK if key in ("unknown", "absent") else pal.PAPER)
                p.drawText(seg, Qt.AlignmentFlag.AlignCenter, text)
            x += w
        if self.threshold:
            # the yes segment starts at the left: the line is where it must reach
            tx = bar.left() + bar.width() * self.threshold / total
            p.setPen(QPen(pal.INK, 2, Qt.PenStyle.DashLine))
            p.drawLine(QPointF(tx, bar.top() - 4), QPointF(tx, bar.bottom() + 4))
        p.end()


class StatesModel(RowsTableModel):
    """The 193 state lines, filtered by group and by position."""

    HEADERS = (
        QT_TRANSLATE_NOOP("WhipCount", "State"),
        QT_TRANSLATE_NOOP("WhipCount", "Group"),
        QT_TRANSLATE_NOOP("WhipCount", "Expected"),
        QT_TRANSLATE_NOOP("WhipCount", "Conf."),
        QT_TRANSLATE_NOOP("WhipCount", "Actual"),
        QT_TRANSLATE_NOOP("WhipCount", "Assigned to"),
        QT_TRANSLATE_NOOP("WhipCount", "Note"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[vc.StateVote] = []
        self.voted = False

    def set_rows(self, rows: list[vc.StateVote], voted: bool) -> None:
        self.beginResetModel()
        self.rows = rows
        self.voted = voted
        self.endResetModel()

    def column_count(self) -> int:
        return len(self.HEADERS)

    def heading(self, section: int) -> str:
        return tr(self.HEADERS[section])

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return r.display_name
            if col == 1:
                return tr("Permanent member") if r.permanent else group_text(r.group)
            if col == 2:
                return vote_text(r.expected)
            if col == 3:
                return (
                    "●" * r.confidence + "○" * (3 - r.confidence) if r.expected != "unknown" else ""
                )
            if col == 4:
                if not self.voted:
                    return ""
                text = vote_text(r.actual_or_absent)
                surprised = r.expected != "unknown" and r.actual_or_absent != r.expected
                return tr("{vote}  ≠ expected").format(vote=text) if surprised else text
            if col == 5:
                return r.assigned_to
            if col == 6:
                return r.note
        if role == Qt.ItemDataRole.BackgroundRole:
            if col == 2:
                return QBrush(VOTE_TINTS[r.expected])
            if col == 4 and self.voted:
                return QBrush(VOTE_TINTS[r.actual_or_absent])
        if role == Qt.ItemDataRole.ForegroundRole and col in (2, 4):
            value = r.expected if col == 2 else r.actual_or_absent
            return QBrush(pal.MUTED if value in ("unknown", "absent") else VOTE_COLOURS[value])
        if role == Qt.ItemDataRole.FontRole and col == 4 and self.voted:
            f = QFont()
            f.setBold(r.expected != "unknown" and r.actual_or_absent != r.expected)
            return f
        if role == Qt.ItemDataRole.ToolTipRole and col == 0:
            return f"{r.state.name} ({r.state.iso3}) — {r.stakeholder_name}"
        if role == Qt.ItemDataRole.FontRole and col == 0 and r.permanent:
            f = QFont()
            f.setBold(True)  # the members whose no is a veto
            return f
        if role == Qt.ItemDataRole.UserRole:
            return r.stakeholder_id
        return None


class WhipCountView(QWidget):
    """The whip count of one vote milestone; ``refresh()`` re-reads it."""

    state_activated = Signal(str)  # stakeholder id

    FILTERS = (
        (QT_TRANSLATE_NOOP("WhipCount", "All positions"), None),
        (QT_TRANSLATE_NOOP("WhipCount", "Undecided (unknown)"), "unknown"),
        (QT_TRANSLATE_NOOP("WhipCount", "Expected yes"), "yes"),
        (QT_TRANSLATE_NOOP("WhipCount", "Expected no"), "no"),
        (QT_TRANSLATE_NOOP("WhipCount", "Expected abstain"), "abstain"),
        (QT_TRANSLATE_NOOP("WhipCount", "Expected absent"), "absent"),
        (QT_TRANSLATE_NOOP("WhipCount", "Voted otherwise than expected"), "surprise"),
    )

    def __init__(
        self,
        ws: Workspace | None = None,
        milestone_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ws = ws
        self.milestone_id = milestone_id
        self.tally: vc.Tally | None = None
        self.setAccessibleName(tr("Whip count"))
        self.setAutoFillBackground(True)
        pal_ = self.palette()
        pal_.setColor(self.backgroundRole(), pal.PAPER)
        self.setPalette(pal_)

        self.title = QLabel()
        self.title.setFont(pal.font(13, bold=True))
        self.title.setWordWrap(True)
        self.rule = QLabel()
        self.rule.setWordWrap(True)
        self.rule.setStyleSheet(f"color: {pal.MUTED.name()}")
        self.rule.setToolTip(
            tr(
                "A vote whose title or location names the Security Council (or a Council "
                "document symbol, which starts with S/) is counted as a Council vote; any "
                "other vote as a General Assembly vote."
            )
        )
        self.verdict = QLabel()
        self.verdict.setFont(pal.font(10.5))
        self.verdict.setTextFormat(Qt.TextFormat.RichText)
        self.verdict.setWordWrap(True)
        self.expected_bar = TotalsBar(tr("Projection"))
        self.actual_bar = TotalsBar(tr("Result"))

        self.groups = QGridLayout()
        self.groups.setHorizontalSpacing(14)
        self.groups.setVerticalSpacing(3)
        groups_box = QFrame()
        groups_box.setFrameShape(QFrame.Shape.StyledPanel)
        groups_box.setLayout(self.groups)

        self.group_filter = QComboBox()
        self._fill_group_filter(council=False)
        self.position_filter = QComboBox()
        for text, value in self.FILTERS:
            self.position_filter.addItem(tr(text), value)
        self.shown = QLabel()
        self.shown.setStyleSheet(f"color: {pal.MUTED.name()}")
        self.group_filter.currentIndexChanged.connect(self._apply_filter)
        self.position_filter.currentIndexChanged.connect(self._apply_filter)

        self.model = StatesModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(False)
        self.table.setShowGrid(False)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.doubleClicked.connect(self._activated)

        filters = QHBoxLayout()
        filters.addWidget(QLabel(tr("Show")))
        filters.addWidget(self.group_filter)
        filters.addWidget(self.position_filter)
        filters.addStretch(1)
        filters.addWidget(self.shown)

        left = QVBoxLayout()
        left.addLayout(filters)
        left.addWidget(self.table, 1)
        right = QVBoxLayout()
        self.groups_heading = heading = QLabel(tr("By regional group"))
        heading.setFont(pal.font(10.5, bold=True))
        right.addWidget(heading)
        right.addWidget(groups_box)
        self.undecided = QLabel()
        self.undecided.setWordWrap(True)
        self.undecided.setTextFormat(Qt.TextFormat.RichText)
        self.undecided.setAlignment(Qt.AlignmentFlag.AlignTop)
        right.addWidget(self.undecided)
        right.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addLayout(right, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.addWidget(self.title)
        layout.addWidget(self.rule)
        layout.addWidget(self.verdict)
        layout.addWidget(self.expected_bar)
        layout.addWidget(self.actual_bar)
        layout.addLayout(body, 1)
        if ws is not None and milestone_id is not None:
            self.refresh()

    # --- data -------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.ws is None or self.milestone_id is None:
            return
        self.set_tally(vc.tally(self.ws, self.milestone_id))

    def _fill_group_filter(self, council: bool) -> None:
        """Regional groups for the Assembly, seats for the Council; keeps the choice if it can."""
        current = self.group_filter.currentData()
        self.group_filter.blockSignals(True)
        self.group_filter.clear()
        if council:
            self.group_filter.addItem(tr("All members"), None)
            for seat in ("permanent", "elected"):
                self.group_filter.addItem(group_text(seat), seat)
        else:
            self.group_filter.addItem(tr("All regional groups"), None)
            for g in GROUP_ORDER:
                self.group_filter.addItem(group_text(g), g)
        self.group_filter.setCurrentIndex(max(0, self.group_filter.findData(current)))
        self.group_filter.blockSignals(False)

    def set_tally(self, tally: vc.Tally) -> None:
        if self.tally is None or self.tally.council != tally.council:
            self._fill_group_filter(tally.council)
            self.groups_heading.setText(tr("By seat") if tally.council else tr("By regional group"))
        self.tally = tally
        self.title.setText(tally.milestone_title)
        self.rule.setText(rule_text(tally))
        self.verdict.setText(self._verdict_html(tally))
        threshold = tally.projection.required
        self.expected_bar.set_counts(tally.expected, threshold)
        self.actual_bar.setVisible(tally.actual is not None)
        if tally.actual is not None:
            self.actual_bar.set_counts(tally.actual, threshold)
        self._fill_groups(tally)
        self._fill_undecided(tally)
        self._apply_filter()

    @staticmethod
    def _verdict_html(t: vc.Tally) -> str:
        if t.council:
            parts = [
                council_projection_html(t),
                tr("{n} of {total} members undecided").format(
                    n=t.expected.unknown, total=t.members
                ),
            ]
            if t.actual is not None:
                parts.append(council_result_html(t))
                if t.accuracy is not None:
                    parts.append(
                        tr("projection right for {share} of members called").format(
                            share=f"{t.accuracy:.0%}"
                        )
                    )
            if t.outside:
                parts.append(
                    tr("not counted: positions of {names}, not on the Council in {year}").format(
                        names=", ".join(t.outside), year=t.year
                    )
                )
            return " &nbsp;·&nbsp; ".join(parts[:2]) + (
                "<br>" + " &nbsp;·&nbsp; ".join(parts[2:]) if len(parts) > 2 else ""
            )
        e = t.expected
        if e.passes:
            projection = (
                f"<b style='color:{VOTE_COLOURS['yes'].name()}'>{tr('Projected to pass')}</b>: "
                + tr("{yes} yes against {no} no (margin {margin})").format(
                    yes=e.yes, no=e.no, margin=e.yes - e.no
                )
            )
        else:
            projection = (
                f"<b style='color:{VOTE_COLOURS['no'].name()}'>{tr('Short of a majority')}</b>: "
                + tr("{yes} yes against {no} no — <b>{needed} more yes needed</b> to pass").format(
                    yes=e.yes, no=e.no, needed=e.needed
                )
            )
        parts = [projection, tr("{n} states undecided").format(n=e.unknown)]
        if t.actual is not None:
            a = t.actual
            outcome = tr("Adopted") if a.passes else tr("Rejected")
            parts.append(
                f"<b>{outcome}</b>: "
                + tr(
                    "{yes} in favour, {no} against, {abstain} abstentions ({absent} absent)"
                ).format(yes=a.yes, no=a.no, abstain=a.abstain, absent=a.absent)
            )
            if t.accuracy is not None:
                parts.append(
                    tr("projection right for {share} of states called").format(
                        share=f"{t.accuracy:.0%}"
                    )
                )
        return " &nbsp;·&nbsp; ".join(parts[:2]) + (
            "<br>" + " &nbsp;·&nbsp; ".join(parts[2:]) if len(parts) > 2 else ""
        )

    def _fill_groups(self, t: vc.Tally) -> None:
        while self.groups.count():
            item = self.groups.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        headers = ["", *(vote_text(k) for k in vc.VALUES)]
        for col, text in enumerate(headers):
            label = QLabel(text)
            label.setFont(pal.font(9, bold=True))
            if col:
                colour = VOTE_COLOURS[vc.VALUES[col - 1]]
                label.setStyleSheet(f"color: {(pal.MUTED if col > 3 else colour).name()};")
                label.setAlignment(Qt.AlignmentFlag.AlignRight)
            self.groups.addWidget(label, 0, col)
        for row, g in enumerate(t.by_group, start=1):
            known = g.group in GROUP_SHORT or g.group in GROUP_WORDS
            name = QLabel(group_text(g.group) if known else g.label)
            name.setFont(pal.font(9.5))
            self.groups.addWidget(name, row, 0)
            for col, key in enumerate(vc.VALUES, start=1):
                exp = getattr(g.expected, key)
                text = str(exp)
                if g.actual is not None:
                    text = f"{exp} → <b>{getattr(g.actual, key)}</b>"
                cell = QLabel(text)
                cell.setTextFormat(Qt.TextFormat.RichText)
                cell.setAlignment(Qt.AlignmentFlag.AlignRight)
                self.groups.addWidget(cell, row, col)
        if t.actual is not None:
            note = QLabel(tr("expected → actual"))
            note.setStyleSheet(f"color: {pal.MUTED.name()}")
            self.groups.addWidget(note, len(t.by_group) + 1, 0, 1, len(headers))

    def _fill_undecided(self, t: vc.Tally) -> None:
        undecided = t.undecided
        assigned = [s for s in undecided if s.assigned_to]
        lines = ["<b>" + tr("Undecided: {n}").format(n=len(undecided)) + "</b>"]
        if assigned:
            by_owner: dict[str, list[str]] = {}
            for s in assigned:
                by_owner.setdefault(s.assigned_to, []).append(s.state.short_name)
            for owner, states in sorted(by_owner.items()):
                lines.append(f"{owner}: {', '.join(states)}")
        unassigned = len(undecided) - len(assigned)
        if unassigned:
            nobody = tr("{n} with nobody assigned").format(n=unassigned)
            lines.append(f"<span style='color:{pal.MUTED.name()}'>{nobody}</span>")
        if t.voted:
            lines.append(
                "<br>"
                + tr("<b>Results entered:</b> {n} of {total} (the others count as absent)").format(
                    n=t.results_entered, total=len(t.states)
                )
            )
        self.undecided.setText("<br>".join(lines))

    def _apply_filter(self) -> None:
        if self.tally is None:
            return
        group = self.group_filter.currentData()
        position = self.position_filter.currentData()
        surprises = {id(s) for s in self.tally.surprises}
        council = self.tally.council
        rows = [
            s
            for s in self.tally.states
            if (group is None or (s.seat if council else s.group) == group)
            and (
                position is None
                or (position == "surprise" and id(s) in surprises)
                or s.expected == position
            )
        ]
        self.model.set_rows(rows, self.tally.voted)
        shown = tr("{n} of {total} members") if council else tr("{n} of {total} states")
        self.shown.setText(shown.format(n=len(rows), total=len(self.tally.states)))

    def _activated(self, index: QModelIndex) -> None:
        stakeholder_id = self.model.data(index, Qt.ItemDataRole.UserRole)
        if stakeholder_id:
            self.state_activated.emit(stakeholder_id)
