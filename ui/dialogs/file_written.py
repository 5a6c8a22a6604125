"""After an export: say what was written and offer to open it or show its folder.

The system's viewer opens the file (QtPdf is not part of PySide6-Essentials, and the
user's own PDF viewer or spreadsheet application prints better anyway).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from ui.translation import translator

tr = translator("FileWritten")


def open_file(path: Path) -> bool:
    """Open ``path`` in the application the system associates with it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def show_in_folder(path: Path) -> bool:
    """Open the folder holding ``path`` in the system's file manager."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


class FileWrittenBox(QMessageBox):
    """'Brief saved' with Open / Show in folder / Close; shown window-modal, not blocking."""

    def __init__(self, parent: QWidget | None, title: str, text: str, path: Path) -> None:
        super().__init__(parent)
        self.path = path
        self.setIcon(QMessageBox.Icon.Information)
        self.setWindowTitle(title)
        self.setText(text)
        self.setInformativeText(str(path))
        self.open_button = self.addButton(tr("Open"), QMessageBox.ButtonRole.AcceptRole)
        self.folder_button = self.addButton(tr("Show in folder"), QMessageBox.ButtonRole.ActionRole)
        self.addButton(QMessageBox.StandardButton.Close)
        self.setDefaultButton(self.open_button)
        self.buttonClicked.connect(self._clicked)

    def _clicked(self, button: object) -> None:
        if button is self.open_button:
            open_file(self.path)
        elif button is self.folder_button:
            show_in_folder(self.path)


def show_written(parent: QWidget | None, title: str, text: str, path: Path) -> FileWrittenBox:
    box = FileWrittenBox(parent, title, text, path)
    box.open()
    return box
