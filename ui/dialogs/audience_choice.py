"""The audience picker every export dialog shares, and where exported files go by default.

The audiences, their type, names and explanations all come from the planner
(``planner.domain.vocabulary`` and ``planner.domain.audience``: defined once, the same
words as the CLI help and the user guide); the preselected one is the user's default
from Settings, else restricted distribution.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths
from PySide6.QtWidgets import QComboBox

from planner.domain.audience import (
    AUDIENCE_FOR,
    AUDIENCE_HELP,
    AUDIENCE_TITLES,
    AUDIENCES,
    DEFAULT_AUDIENCE,
    Audience,
    audience_or_default,
)
from ui.translation import translator

DEFAULT_AUDIENCE_KEY = "exports/default_audience"
LAST_FOLDER_KEY = "exports/last_folder"


tr = translator("Exports")


def audience_title(key: Audience) -> str:
    return QCoreApplication.translate("Vocabulary", AUDIENCE_TITLES[key])


def audience_text(key: Audience) -> str:
    """'Restricted distribution — closed-door briefings …': what the combo shows."""
    return f"{audience_title(key)} — {QCoreApplication.translate('Vocabulary', AUDIENCE_FOR[key])}"


def audience_help(key: Audience) -> str:
    """What the audience shows and withholds (the combo's tooltip, as in the CLI help)."""
    return QCoreApplication.translate("Vocabulary", AUDIENCE_HELP[key])


def default_audience() -> Audience:
    """The one default of every export: the user's choice in Settings, else restricted."""
    return audience_or_default(QSettings().value(DEFAULT_AUDIENCE_KEY, DEFAULT_AUDIENCE))


def audience_combo(fallback: Audience | None = None) -> QComboBox:
    """Audiences with what each shows; preselects the user's default (Settings)."""
    combo = QComboBox()
    for key in AUDIENCES:
        combo.addItem(audience_text(key), key)
        combo.setItemData(combo.count() - 1, audience_help(key), 3)  # tooltip role
    default = fallback or DEFAULT_AUDIENCE
    wanted = audience_or_default(QSettings().value(DEFAULT_AUDIENCE_KEY, default), default)
    combo.setCurrentIndex(max(0, combo.findData(wanted)))
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
