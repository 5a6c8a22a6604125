"""A short guided tour of the main views: a panel that walks through the pages.

It is offered once, the first time a workspace opens (``ui.first_run``), and again from
Help ▸ Take the tour. Each step shows the page it talks about, so the newcomer sees the
real thing. The panel floats in the window's corner, never blocks the app, and is
keyboard-driven: Enter/→ next, ← back, Esc ends it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.context import WorkspaceContext
from ui.translation import translator

tr = translator("Tour")


class TourHost(Protocol):
    """The main window as the tour sees it: the pages it shows and the frame it floats in."""

    ctx: WorkspaceContext | None

    def window(self) -> QWidget: ...  # a top-level window: itself, as a widget

    def centralWidget(self, /) -> QWidget | None: ...

    def installEventFilter(self, filterObj: QObject, /) -> None: ...

    def removeEventFilter(self, obj: QObject, /) -> None: ...

    def isVisible(self, /) -> bool: ...

    def show_page(self, key: str) -> QWidget: ...

    def load_campaign_tabs(self) -> None: ...  # the tabs other modules add to a campaign

    def open_campaign(self, campaign_id: str, tab: str | None = None) -> QWidget: ...


@dataclass(frozen=True)
class Step:
    title: str
    text: str
    page: str | None = None  # a side-bar page key to show
    campaign: bool = False  # open the first campaign's workspace


def page_texts() -> dict[str, str]:
    """What each known page is for, in one or two sentences."""
    return {
        "dashboard": tr(
            "What needs you now: moments due this week, overdue milestones, follow-ups "
            "and the latest engagements. Start here every morning."
        ),
        "campaigns": tr(
            "Every campaign with its status, priority and dates. Select one and press "
            "Enter to open its workspace."
        ),
        "stakeholders": tr(
            "Everyone you work with or want to move, across campaigns. Filter by "
            "category, country or sensitivity; confidential partners carry a lock and the "
            "word Confidential."
        ),
        "milestones": tr(
            "The moments you plan around, across campaigns: UN meetings, votes, "
            "deadlines. Overdue ones are marked in words, not only in colour."
        ),
        "timeline": tr("The same moments on a calendar line, campaign by campaign."),
        "engagements": tr(
            "The log of meetings, calls and briefings. Press Ctrl+L anywhere to log one "
            "right after it happens."
        ),
    }


def steps(window: TourHost) -> list[Step]:
    """The tour for the pages this window actually has (other views register more)."""
    from ui.navigation import NAV_PAGES
    from ui.pages.campaign_workspace import CAMPAIGN_TABS

    window.load_campaign_tabs()
    texts = page_texts()
    result = [
        Step(
            tr("Welcome"),
            tr(
                "A one-minute tour of the main views. Use Next (Enter) and Back, or "
                "Esc to stop; Help ▸ Take the tour brings it back."
            ),
        )
    ]
    for page in NAV_PAGES:
        text = texts.get(page.key, tr("One of the workspace's views."))
        result.append(Step(QCoreApplication.translate("MainWindow", page.title), text, page.key))
        if page.key == "campaigns":
            tabs = ", ".join(
                QCoreApplication.translate("CampaignWorkspace", t.title) for t in CAMPAIGN_TABS
            )
            result.append(
                Step(
                    tr("A campaign's workspace"),
                    tr("Everything about one campaign, in tabs: {tabs}.").format(tabs=tabs),
                    campaign=True,
                )
            )
    result.append(
        Step(
            tr("Find anything, get help"),
            tr(
                "Ctrl+K searches everything. Help ▸ Keyboard shortcuts lists every key and "
                "Help ▸ User guide explains each task. Edit ▸ Settings puts your "
                "organisation's name on briefs."
            ),
        )
    )
    return result


class TourPanel(QFrame):
    """The floating panel, a child of the window; ``step`` is the index shown.

    ``finished`` is set when the tour ends (the panel is then deleted later): the
    window's unfinished panel is its running tour (``current``).
    """

    def __init__(self, window: TourHost) -> None:
        super().__init__(window.window())
        self.window_ = window
        self.finished = False
        self.setObjectName("card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setAccessibleName(tr("Guided tour"))
        self.setFixedWidth(380)
        self.steps = steps(window)
        self.step = 0
        box = QVBoxLayout(self)
        box.setContentsMargins(18, 14, 18, 12)
        self.counter = QLabel()
        self.counter.setObjectName("fieldHint")
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.title.setWordWrap(True)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        box.addWidget(self.counter)
        box.addWidget(self.title)
        box.addWidget(self.text)
        row = QHBoxLayout()
        self.skip_button = QPushButton(tr("End tour"))
        self.back_button = QPushButton(tr("Back"))
        self.next_button = QPushButton(tr("Next"))
        self.next_button.setObjectName("primary")
        self.next_button.setDefault(True)
        self.skip_button.clicked.connect(self.finish)
        self.back_button.clicked.connect(lambda: self.go(self.step - 1))
        self.next_button.clicked.connect(self.advance)
        row.addWidget(self.skip_button)
        row.addStretch(1)
        row.addWidget(self.back_button)
        row.addWidget(self.next_button)
        box.addLayout(row)
        window.installEventFilter(self)
        self.go(0)

    def advance(self) -> None:
        if self.step + 1 >= len(self.steps):
            self.finish()
        else:
            self.go(self.step + 1)

    def go(self, index: int) -> None:
        self.step = max(0, min(index, len(self.steps) - 1))
        step = self.steps[self.step]
        self.counter.setText(
            tr("Step {n} of {total}").format(n=self.step + 1, total=len(self.steps))
        )
        self.title.setText(step.title)
        self.text.setText(step.text)
        self.setAccessibleDescription(f"{step.title}. {step.text}")
        self.back_button.setEnabled(self.step > 0)
        last = self.step == len(self.steps) - 1
        self.next_button.setText(tr("Finish") if last else tr("Next"))
        self._show_target(step)
        self.adjustSize()
        self._place()
        self.raise_()

    def _show_target(self, step: Step) -> None:
        window = self.window_
        if window.ctx is None:
            return
        if step.page is not None:
            window.show_page(step.page)
        elif step.campaign:
            from planner.services import campaigns

            found = campaigns.list_campaigns(window.ctx.ws)
            if found:
                window.open_campaign(found[0].id, "overview")

    def _place(self) -> None:
        central = self.window_.centralWidget()
        if central is None:  # the main window always has its stack; nothing to place on
            return
        area = central.geometry()
        margin = 20
        right_to_left = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        x = area.left() + margin if right_to_left else area.right() - self.width() - margin
        y = area.bottom() - self.height() - margin
        self.move(max(0, x), max(0, y))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window_ and event.type() == QEvent.Type.Resize:
            self._place()
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.finish()
        elif key == Qt.Key.Key_Right:
            self.advance()
        elif key == Qt.Key.Key_Left:
            self.go(self.step - 1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.advance()
        else:
            super().keyPressEvent(event)

    def finish(self) -> None:
        self.window_.removeEventFilter(self)
        self.hide()
        self.finished = True
        self.deleteLater()


def current(window: TourHost) -> TourPanel | None:
    """The window's tour that has not finished (shown, unless the window is hidden)."""
    return next(
        (p for p in window.window().findChildren(TourPanel) if not p.finished),
        None,
    )


def start(window: TourHost, *, focus: bool = True) -> TourPanel:
    """Show the tour from its first step (closing one already running)."""
    old = current(window)
    if old is not None:
        old.finish()
    panel = TourPanel(window)
    panel.show()
    panel.raise_()
    if focus:
        panel.next_button.setFocus()
    return panel


def running(window: TourHost) -> TourPanel | None:
    panel = current(window)
    return panel if panel is not None and panel.isVisible() else None
