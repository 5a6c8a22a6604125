"""The pages of the shell: dashboard, lists, and the campaign workspace.

Every side-bar page is a ``ui.pages.base.Page`` (a QWidget that reloads itself with
``refresh``): ``NavPage.factory`` builds one and the main window keeps them typed so.
Beyond placing a page in its stack, the window asks two things of some pages, stated
here as protocols because only some pages (and some campaign tabs) offer them.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from PySide6.QtWidgets import QLineEdit


@runtime_checkable
class ItemPage(Protocol):
    """A page or tab that can bring one of its items into view (quick search, links)."""

    def select(self, ident: str) -> None: ...


@runtime_checkable
class FilteredPage(Protocol):
    """A page with a filter box, which Ctrl+F focuses."""

    search: QLineEdit
