"""The first-run screen: open the demo, create a workspace, or open one from anywhere."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.theme import ICONS


def tr(text: str) -> str:
    return QCoreApplication.translate("Welcome", text)


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
        panel.setFixedWidth(520)
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
        row = QVBoxLayout()
        row.addWidget(panel, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addLayout(row)
        outer.addStretch(2)

    def _button(
        self, title: str, detail: str, signal: Signal, *, primary: bool = False
    ) -> QPushButton:
        button = QPushButton(f"{title}\n{detail}")
        button.setObjectName("primary" if primary else "welcomeButton")
        button.setStyleSheet("text-align: left; padding: 10px 16px;")
        button.setAccessibleName(title)
        button.clicked.connect(signal.emit)
        return button
