"""A column of a record table: its title, its text, its sort key, its colour and icon.

Pages describe their tables as lists of ``Column``; the generic model does the Qt work.
Titles stay English in the source and are translated when shown (context "Columns";
``scripts/update_translations.py`` collects every ``Column(key, "Title", …)``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QIcon

Getter = Callable[[Any], Any]


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    text: Getter
    sort_key: Getter | None = None  # defaults to the text
    colour: Callable[[Any], QColor | None] | None = None  # a dot before the text
    icon: Callable[[Any], QIcon | None] | None = None
    tooltip: Getter | None = None
    align_right: bool = False
    width: int | None = None  # before the table is fitted to its content (pages.column_fit)
    # free text (a name, a next step) that may elide, with a tooltip, when space is short;
    # other columns hold short words and always get their full width
    flexible: bool = False
    hidden_by_default: bool = False
    # the model-side sort key for a service-sorted model (None = not sortable there)
    service_sort: str | None = None

    def heading(self) -> str:
        """The title in the interface language (the header and the column chooser)."""
        return QCoreApplication.translate("Columns", self.title)
