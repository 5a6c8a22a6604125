"""The audience picker both export dialogs share, and where exported files go by default."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths
from PySide6.QtWidgets import QComboBox

from planner.audience import MARKINGS

AUDIENCES = ("internal", "closed", "public")
DEFAULT_AUDIENCE_KEY = "exports/default_audience"
LAST_FOLDER_KEY = "exports/last_folder"


def tr(text: str) -> str:
    return QCoreApplication.translate("Exports", text)


AUDIENCE_TEXT = {
    "internal": "Internal — the team only: everything, including confidential partners",
    "closed": "Restricted — closed-door briefings: partners named only with consent",
    "public": "Public — anyone: only what partners agreed to make public",
}


def audience_combo(fallback: str) -> QComboBox:
    """Audiences with what each shows; preselects the user's default (QSettings) or ``fallback``."""
    combo = QComboBox()
    for key in AUDIENCES:
        combo.addItem(tr(AUDIENCE_TEXT[key]), key)
        combo.setItemData(combo.count() - 1, MARKINGS.get(key, key), 3)  # tooltip role
    wanted = str(QSettings().value(DEFAULT_AUDIENCE_KEY, fallback) or fallback)
    combo.setCurrentIndex(max(0, combo.findData(wanted if wanted in AUDIENCES else fallback)))
    combo.setAccessibleName(tr("Audience"))
    return combo


def export_folder() -> Path:
    """The folder of the last export, else the user's Documents folder, else home.

    Only an existing folder: exports never create folders, so suggesting a Documents
    folder that is not there (a fresh or minimal account) would make the first export fail.
    """
    last = QSettings().value(LAST_FOLDER_KEY, "")
    if last and Path(str(last)).is_dir():
        return Path(str(last))
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(docs) if docs and Path(docs).is_dir() else Path.home()


def remember_folder(path: Path) -> None:
    QSettings().setValue(LAST_FOLDER_KEY, str(path.parent))


def file_stem(text: str) -> str:
    """A file-name-safe version of a campaign name: letters, digits and dashes."""
    stem = re.sub(r"[^\w]+", "-", text, flags=re.UNICODE).strip("-").lower()
    return stem[:60] or "campaign"
