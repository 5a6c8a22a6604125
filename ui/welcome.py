"""The first-run screen: open the demo, create a workspace, or open one from anywhere."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal, SignalInstance
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.theme import ICONS
from ui.translation import translator

tr = translator("Welcome")


class WelcomeScreen(QWidget):
    open_demo = Signal()
    new_workspace = Signal()
    open_workspace = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("welcome")
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        panel = QFrame()
        panel.setObjectName("card")
        # A reading measure in the font's own units, so a larger system font or a longer
        # language widens the card instead of clipping it.
        panel.setFixedWidth(panel.fontMetrics().averageCharWidth() * 80)
        box = QVBoxLayout(panel)
        box.setContentsMargins(36, 32, 36, 32)
        box.setSpacing(12)
        logo = QLabel()
        logo.setPixmap(
            QPixmap(str(ICONS / "app.svg")).scaled(
                56,
                56,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        box.addWidget(logo)
        title = QLabel(tr("Welcome to Campaign Planner"))
        title.setObjectName("welcomeTitle")
        text = QLabel(
            tr(
                "Plan campaigns around the moments that matter, keep track of who stands "
                "where, and log every engagement. Everything stays on this computer."
            )
        )
        text.setObjectName("welcomeText")
        text.setWordWrap(True)
        box.addWidget(title)
        box.addWidget(text)
        box.addSpacing(8)
        self.demo_button = self._button(
            tr("Open the demo workspace"),
            tr("Three example campaigns to explore; nothing you do there matters."),
            self.open_demo,
            primary=True,
        )
        self.new_button = self._button(
            tr("New workspace…"), tr("Start with an empty workspace file."), self.new_workspace
        )
        self.open_button = self._button(
            tr("Open workspace…"),
            tr("A workspace file anywhere, e.g. on a USB stick."),
            self.open_workspace,
        )
        for b in (self.demo_button, self.new_button, self.open_button):
            box.addWidget(b)
        # Centred by stretches, not by alignment: an aligned item is asked its height for
        # the whole row's width, so the card came out too short for its wrapped lines.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(panel)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def _button(
        self, title: str, detail: str, signal: SignalInstance, *, primary: bool = False
    ) -> QPushButton:
        button = ChoiceButton(title, detail)
        button.setObjectName("primary" if primary else "welcomeButton")
        button.clicked.connect(signal.emit)
        return button


class ChoiceButton(QPushButton):
    """A big button with a bold title over a line of explanation that wraps.

    A plain QPushButton sizes a two-line label from one font height per line and never
    wraps it, so descenders were clipped and a long translated explanation ran off the
    right edge. Here the two lines are labels in a layout, and the button's size hints
    come from that layout (its height follows the width, as a wrapped label needs).
    """

    def __init__(self, title: str, detail: str) -> None:
        super().__init__()
        self.setAccessibleName(title)
        self.setAccessibleDescription(detail)
        self.setToolTip(detail)
        self.title = self._label(title, "choiceTitle")
        self.detail = self._label(detail, "choiceDetail")
        self.box = QVBoxLayout(self)  # the size hints are this layout's
        self.box.setContentsMargins(16, 10, 16, 10)
        self.box.setSpacing(2)
        self.box.addWidget(self.title)
        self.box.addWidget(self.detail)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _label(self, text: str, name: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName(name)
        label.setWordWrap(True)
        # Clicks, hover and focus belong to the button, not to its text.
        label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return label

    def text_lines(self) -> tuple[str, str]:
        return self.title.text(), self.detail.text()

    def sizeHint(self) -> QSize:
        return self.box.sizeHint()

    def minimumSizeHint(self) -> QSize:
        return self.box.minimumSize()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.box.totalHeightForWidth(width)
