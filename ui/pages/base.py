"""What every page shares: a header, a change listener, tables, empty states.

A page is a QWidget built from a ``WorkspaceContext``. It reloads itself when the
change bus says one of the kinds it shows changed (``kinds``), and only when visible
(otherwise on its next show), so a change costs nothing for pages nobody looks at.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QSettings, Qt
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.services import campaigns
from ui.changes import Changes
from ui.context import WorkspaceContext
from ui.display import label
from ui.models.columns import Column
from ui.models.record_table import ID_ROLE, RecordTableModel
from ui.pages.column_fit import ColumnFitter
from ui.tables import plain_table
from ui.translation import translator

tr = translator("Pages")


class ReloadsWhenShown(QWidget):
    """A widget that reloads on the changes of its ``kinds`` (any change if none), now
    if it is visible, else when it is next shown. Pages and the history view share it;
    each connects ``_on_changes`` to the change bus and implements ``refresh``."""

    kinds: tuple[str, ...] = ()
    _stale = True

    def _on_changes(self, changes: Changes) -> None:
        if self.kinds and not changes.touches(*self.kinds):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False


class Page(ReloadsWhenShown):
    """A page of the shell; subclasses fill ``body`` and implement ``refresh``."""

    def __init__(self, ctx: WorkspaceContext, title: str, subtitle: str = "") -> None:
        super().__init__()
        self.ctx = ctx
        self._stale = True
        outer = QVBoxLayout(self)
        self.outer = outer  # a page shown as a campaign tab sets its own margins
        outer.setContentsMargins(28, 22, 28, 20)
        outer.setSpacing(14)
        head = QHBoxLayout()
        head.setSpacing(8)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        self.title = QLabel(title)
        self.title.setObjectName("pageTitle")
        titles.addWidget(self.title)
        self.subtitle = QLabel(subtitle)
        self.subtitle.setObjectName("pageSubtitle")
        self.subtitle.setVisible(bool(subtitle))
        titles.addWidget(self.subtitle)
        head.addLayout(titles, 1)
        self.actions_row = QHBoxLayout()
        self.actions_row.setSpacing(8)
        head.addLayout(self.actions_row)
        outer.addLayout(head)
        self.body = QVBoxLayout()
        self.body.setSpacing(10)
        outer.addLayout(self.body, 1)
        ctx.bus.changed.connect(self._on_changes)

    def add_action_button(
        self, text: str, slot: Callable[[], Any], *, primary: bool = False, tip: str = ""
    ) -> QPushButton:
        button = QPushButton(text)
        if primary:
            button.setObjectName("primary")
        if tip:
            button.setToolTip(tip)
        button.clicked.connect(slot)
        self.actions_row.addWidget(button)
        return button


def reload_campaign_filter(
    ctx: WorkspaceContext, names: dict[str, str], combo: QComboBox | None
) -> None:
    """Reload ``names`` (campaign id to name) and, if given, the "All campaigns" filter
    ``combo`` from them, keeping its choice and without signalling a change.

    The engagements and milestones pages filter by campaign alike; one reload keeps them so.
    """
    names.clear()
    names.update({c.id: c.name for c in campaigns.list_campaigns(ctx.ws)})
    if combo is None:
        return
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(tr("All campaigns"), None)
    for ident, name in names.items():
        combo.addItem(name, ident)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    combo.blockSignals(False)


def shown_campaign(
    ctx: WorkspaceContext, names: dict[str, str], campaign_id: str | None, combo: QComboBox
) -> str | None:
    """The campaign whose rows a page shows: its own (inside a campaign workspace), else
    the one chosen in its "All campaigns" ``combo``, reloaded first (None: every one)."""
    reload_campaign_filter(ctx, names, combo if campaign_id is None else None)
    return campaign_id or combo.currentData()


def filter_combo(
    any_text: str, values: Sequence[str], extra: Sequence[tuple[str, str]] = ()
) -> QComboBox:
    """A filter over a closed vocabulary: ``any_text`` (no filter, data None), then the
    ``extra`` choices (text, data), then each value in words."""
    combo = QComboBox()
    combo.addItem(any_text, None)
    for text, data in extra:
        combo.addItem(text, data)
    for value in values:
        combo.addItem(label(value), value)
    return combo


def with_campaign_column(
    cols: list[Column], names: dict[str, str] | None, width: int
) -> list[Column]:
    """``cols`` with, across campaigns (``names`` given: id to name), the record's
    campaign as the third column; the engagements and milestones tables show it alike."""
    if names is not None:
        cols.insert(
            2,
            Column(
                "campaign",
                "Campaign",
                lambda r: names.get(r.campaign_id, ""),
                width=width,
                flexible=True,
            ),
        )
    return cols


def make_table(settings_key: str | None = None) -> QTableView:
    """A read-only, row-selecting, sortable table in the app's style."""
    view = plain_table(32)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setSortingEnabled(True)
    view.horizontalHeader().setHighlightSections(False)
    view.setTabKeyNavigation(False)
    view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
    if settings_key:
        view.setProperty("settingsKey", settings_key)
    return view


def side_by_side(main: QWidget, side: QWidget, sizes: list[int]) -> QSplitter:
    """``main`` and a ``side`` panel in a splitter that gives ``main`` the extra room and
    never collapses either."""
    split = QSplitter()
    split.setChildrenCollapsible(False)
    split.addWidget(main)
    split.addWidget(side)
    split.setStretchFactor(0, 1)
    split.setSizes(sizes)
    return split


def select_rows(view: QTableView, rows: Sequence[int], current: int | None = None) -> None:
    """Select whole ``rows`` of ``view`` (after a reload), ``current`` keeping the focus."""
    model = view.model()
    selection = view.selectionModel()
    if model is None or selection is None or not rows:
        return
    chosen = QItemSelection()
    for row in rows:
        chosen.select(model.index(row, 0), model.index(row, model.columnCount() - 1))
    flags = QItemSelectionModel.SelectionFlag
    selection.select(chosen, flags.ClearAndSelect | flags.Rows)
    focus = current if current is not None else rows[0]
    selection.setCurrentIndex(model.index(focus, 0), flags.NoUpdate)
    view.scrollTo(model.index(focus, 0))


def setup_columns(view: QTableView, columns: Sequence[Any], settings_key: str) -> None:
    """Widths from the columns, and a header menu to choose columns (remembered)."""
    header = view.horizontalHeader()
    hidden = QSettings().value(f"columns/{settings_key}/hidden", None)
    hidden_keys = set(hidden) if isinstance(hidden, list) else None
    for i, col in enumerate(columns):
        if col.width:
            header.resizeSection(i, col.width)
        hide = col.hidden_by_default if hidden_keys is None else col.key in hidden_keys
        view.setColumnHidden(i, hide)
    header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def menu(pos: Any) -> None:
        m = QMenu(view)
        for i, col in enumerate(columns):
            if i == 0:
                continue  # the first column (name) always shows
            act = QAction(col.heading(), m, checkable=True)
            act.setChecked(not view.isColumnHidden(i))
            act.toggled.connect(lambda on, i=i: _toggle(view, columns, settings_key, i, on))
            m.addAction(act)
        m.exec(header.mapToGlobal(pos))

    header.customContextMenuRequested.connect(menu)
    header.setToolTip(tr("Right-click to choose columns"))
    ColumnFitter(view, columns)


def _toggle(view: QTableView, columns: Sequence[Any], key: str, i: int, on: bool) -> None:
    view.setColumnHidden(i, not on)
    fitter = view.findChild(ColumnFitter)
    if fitter is not None:
        fitter.fit()
    hidden = [c.key for j, c in enumerate(columns) if view.isColumnHidden(j)]
    QSettings().setValue(f"columns/{key}/hidden", hidden)


class EmptyState(QLabel):
    """What to do next, where a list would be."""

    def __init__(self, text: str = "") -> None:
        super().__init__(text)
        self.setObjectName("emptyState")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)


class SidePanel(QFrame):
    """A card beside a list or a map about the selected stakeholder: its ``title``, the
    stakeholder's ``name``, then what the subclass adds to ``box``, among it ``list``."""

    def __init__(self, title: str) -> None:
        super().__init__()
        self.setObjectName("card")
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(14, 12, 14, 12)
        self.box.setSpacing(6)
        heading = QLabel(title)
        heading.setObjectName("cardTitle")
        self.name = QLabel()
        self.name.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("itemList")
        self.list.setWordWrap(True)
        self.list.setAccessibleName(title)
        self.box.addWidget(heading)
        self.box.addWidget(self.name)


class TableOrEmpty(QStackedWidget):
    """A table that gives way to an empty-state message when it has no rows."""

    def __init__(self, table: QTableView, empty_text: str) -> None:
        super().__init__()
        self.table = table
        self.empty = EmptyState(empty_text)
        self.addWidget(table)
        self.addWidget(self.empty)

    def update_state(self, rows: int, empty_text: str | None = None) -> None:
        if empty_text is not None:
            self.empty.setText(empty_text)
        self.setCurrentWidget(self.table if rows else self.empty)


class CampaignRecordsPage(Page):
    """A table of one kind of record across campaigns or, given ``campaign_id``, as a tab
    of that campaign's workspace (no page title, no campaign filter). The engagements and
    milestones pages share it: the "All campaigns" filter (``campaign``), the count of
    rows (``count``), and the table that gives way to an empty state (``stack``), whose
    activated row the subclass's ``edit`` opens."""

    def __init__(
        self, ctx: WorkspaceContext, campaign_id: str | None, title: str, subtitle: str
    ) -> None:
        across = campaign_id is None
        super().__init__(ctx, title if across else "", subtitle if across else "")
        self.campaign_id = campaign_id
        if not across:
            self.title.hide()
            self.outer.setContentsMargins(0, 12, 0, 0)
        self.names: dict[str, str] = {}
        self.campaign = QComboBox()
        self.campaign.addItem(tr("All campaigns"), None)
        self.campaign.setVisible(across)
        self.count = QLabel()
        self.count.setObjectName("countLabel")

    def add_filter_bar(self, *filters: QComboBox) -> None:
        """The campaign filter, then ``filters`` (each change reloads), then the count."""
        bar = QHBoxLayout()
        for combo in (self.campaign, *filters):
            bar.addWidget(combo)
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        bar.addStretch(1)
        bar.addWidget(self.count)
        self.body.addLayout(bar)

    def add_table(self, columns: list[Column], settings_key: str) -> None:
        """The table of ``columns``; as a campaign tab its chosen columns are remembered
        apart from the page's (``campaign-`` + ``settings_key``)."""
        self.columns = columns
        self.model = RecordTableModel(columns, self)
        self.table = make_table()
        self.table.setModel(self.model)
        key = settings_key if self.campaign_id is None else f"campaign-{settings_key}"
        setup_columns(self.table, columns, key)
        self.table.activated.connect(lambda i: self.edit(i.data(ID_ROLE)))
        self.stack = TableOrEmpty(self.table, "")
        self.body.addWidget(self.stack, 1)

    def shown_campaign(self) -> str | None:
        """The campaign whose rows to show (None: every one), the filter reloaded first."""
        return shown_campaign(self.ctx, self.names, self.campaign_id, self.campaign)

    def edit(self, ident: str) -> None:
        raise NotImplementedError

    def select(self, ident: str) -> None:
        row = self.model.row_of(ident)
        if row >= 0:
            self.table.selectRow(row)
