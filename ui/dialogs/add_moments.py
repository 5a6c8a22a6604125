"""Campaign ▸ Add moments…: pick recurring moments from the library for a year.

The list shows each moment's dates in the chosen year (so a user sees "HRC61: 23 Feb –
3 Apr" before committing) and marks those already in the campaign. Adding creates all
the milestones as one undoable step (``AddMomentsCommand``).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from planner.domain.validation import ValidationError
from planner.planning import moments as lib
from planner.services import campaigns, milestones
from ui import undo_commands as uc
from ui.context import WorkspaceContext
from ui.dialogs.layout import action_buttons, dialog_frame, error_line, options_form
from ui.display import date_text, label
from ui.translation import translator
from ui.undo_moves import AddMomentsCommand

KEY_ROLE = Qt.ItemDataRole.UserRole


tr = translator("AddMoments")


# The rule of a library moment in words (``planner.planning.moments.describe_rule`` in the
# interface language): one sentence per ordinal, so each language can agree its words.
NTH_WEEKDAY = {
    1: "first {weekday} of {month}",
    2: "second {weekday} of {month}",
    3: "third {weekday} of {month}",
    4: "fourth {weekday} of {month}",
    5: "fifth {weekday} of {month}",
    -1: "last {weekday} of {month}",
}


def rule_text(moment: lib.Moment) -> str:
    """'last Monday of February, 40 days', with the locale's month and weekday names."""
    r = moment.rule
    locale = QLocale()
    month = locale.standaloneMonthName(r["month"], QLocale.FormatType.LongFormat)
    if r["type"] == "fixed":
        text = tr("{day} {month}").format(day=r["day"], month=month)
    else:
        weekday = locale.standaloneDayName(
            lib.WEEKDAYS.index(r["weekday"]) + 1, QLocale.FormatType.LongFormat
        )
        if r["type"] == "nth_weekday":
            text = tr(NTH_WEEKDAY[r["n"]]).format(weekday=weekday, month=month)
        else:
            text = tr("first {weekday} on or after {day} {month}").format(
                weekday=weekday, day=r["day"], month=month
            )
    if moment.duration_days > 1:
        text += tr(", {n} days").format(n=moment.duration_days)
    if moment.approximate:
        text += " " + tr("(typical; confirm)")
    return text


class AddMomentsDialog(QDialog):
    def __init__(
        self,
        ctx: WorkspaceContext,
        campaign_id: str | None = None,
        parent: QWidget | None = None,
        *,
        year: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.created: list[str] = []
        self.library = lib.load_library(ctx.ws)
        self.setWindowTitle(tr("Add moments"))
        self.setModal(True)
        self.resize(820, 560)
        outer = dialog_frame(
            self,
            tr("Add moments from the library"),
            tr(
                "Recurring UN sessions and international days. Tick the ones this campaign "
                "plans around: each becomes a milestone on its date in the chosen year."
            ),
        )
        form = options_form()
        self.campaign = QComboBox()
        for c in campaigns.list_campaigns(ctx.ws):
            self.campaign.addItem(c.name, c.id)
        if campaign_id:
            self.campaign.setCurrentIndex(max(self.campaign.findData(campaign_id), 0))
        self.year = QSpinBox()
        self.year.setRange(1946, 2200)
        self.year.setValue(year or dt.date.today().year)
        form.addRow(tr("Campaign"), self.campaign)
        form.addRow(tr("Year"), self.year)
        outer.addLayout(form)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([tr("Moment"), tr("Dates"), tr("Kind"), tr("Rule")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        for col, w in enumerate((330, 190, 110)):
            self.tree.setColumnWidth(col, w)
        outer.addWidget(self.tree, 1)
        self.note = QLabel()
        self.note.setObjectName("fieldHint")
        outer.addWidget(self.note)
        self.error = error_line(outer)
        self.buttons = action_buttons(self, outer, tr("Add moments"), self.add)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.year.valueChanged.connect(self.preview)
        self.campaign.currentIndexChanged.connect(self.preview)
        self.tree.itemChanged.connect(lambda *_: self._count())
        self.preview()

    # -- preview -----------------------------------------------------------------------
    def preview(self) -> None:
        """Dates of every moment in the chosen year; moments already added are greyed."""
        year = self.year.value()
        ticked = set(self.checked_keys())
        existing: set[tuple[str, dt.date]] = set()
        cid = self.campaign.currentData()
        if cid:
            existing = {(m.title, m.date) for m in milestones.list_milestones(self.ctx.ws, cid)}
        self.tree.blockSignals(True)
        self.tree.clear()
        rows = []
        for m in self.library.values():
            try:
                start, end = lib.dates_for(m, year)
            except ValidationError:
                continue
            rows.append((start, m, end))
        for start, m, end in sorted(rows, key=lambda r: (r[0], r[1].key)):
            title = lib.title_for(m, year)
            when = date_text(start) + (f" – {date_text(end)}" if end else "")
            if m.approximate:
                when += " ≈"
            item = QTreeWidgetItem([title, when, label(m.kind), rule_text(m)])
            item.setData(0, KEY_ROLE, m.key)
            item.setToolTip(0, m.description or title)
            item.setToolTip(1, tr("≈ typical dates: confirm each year") if m.approximate else "")
            if (title, start) in existing:
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                item.setText(1, when + "  " + tr("(already added)"))
            else:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    0, Qt.CheckState.Checked if m.key in ticked else Qt.CheckState.Unchecked
                )
            self.tree.addTopLevelItem(item)
        self.tree.blockSignals(False)
        self._count()

    def items(self) -> list[QTreeWidgetItem]:
        found = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [item for item in found if item is not None]

    def set_checked(self, keys: set[str]) -> None:
        for item in self.items():
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                on = item.data(0, KEY_ROLE) in keys
                item.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def checked_keys(self) -> list[str]:
        return [
            item.data(0, KEY_ROLE)
            for item in self.items()
            if item.checkState(0) == Qt.CheckState.Checked
        ]

    def _count(self) -> None:
        n = len(self.checked_keys())
        self.ok.setText(tr("Add {n} moments").format(n=n) if n != 1 else tr("Add 1 moment"))
        self.ok.setEnabled(n > 0 and self.campaign.currentData() is not None)
        self.note.setText(
            tr("≈ marks typical dates to confirm each year. Ctrl+Z removes what was added.")
        )

    # -- adding ------------------------------------------------------------------------
    def add(self) -> None:
        keys = self.checked_keys()
        cid = self.campaign.currentData()
        if not keys or not cid:
            return
        command = AddMomentsCommand(
            self.ctx.ws,
            self.ctx.bus,
            cid,
            keys,
            self.year.value(),
            tr("Add {n} moments").format(n=len(keys)),
        )
        try:
            made = uc.run(self.ctx.undo_stack, command)
        except ValidationError as err:
            self.error.setText(str(err))
            self.error.show()
            return
        self.created = [m.id for m in made]
        self.accept()
