"""One "changes" signal: what kinds of entity (and which ids) just changed.

Commands and operations announce a change once; every view listens and decides for
itself whether it must refresh. Views never refresh each other directly.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal


@dataclass(frozen=True)
class Changes:
    """Entity kinds ('campaign', 'stakeholder', …) and ids touched by one action."""

    kinds: frozenset[str]
    ids: frozenset[str] = field(default_factory=frozenset)

    def touches(self, *kinds: str) -> bool:
        return bool(self.kinds.intersection(kinds))


# What else a change of one kind makes stale (a person's position shows their name, …).
DEPENDENT = {
    "stakeholder": {"campaign_stakeholder", "interaction", "quote", "ask"},
    "campaign": {"milestone", "interaction", "campaign_stakeholder", "ask", "quote"},
}


class ChangeBus(QObject):
    """The workspace's change announcements; one per open workspace."""

    changed = Signal(object)  # Changes
    refused = Signal(str)  # an undo or redo the workspace refused, and why

    def __init__(self) -> None:
        super().__init__()
        # The version each row was left at by this window's own edits: an undo or redo
        # expects it, so a colleague's save in between is refused, not overwritten.
        self.last_written: dict[str, int] = {}

    def refuse(self, message: str) -> None:
        self.refused.emit(message)

    def announce(self, kinds: str | Iterable[str], ids: Iterable[str] = ()) -> None:
        kinds = {kinds} if isinstance(kinds, str) else set(kinds)
        for kind in list(kinds):
            kinds |= DEPENDENT.get(kind, set())
        self.changed.emit(Changes(frozenset(kinds), frozenset(ids)))

    def everything(self) -> None:
        """After an import or a restore: every view reloads."""
        from planner.domain.records import RECORD_TYPES

        self.announce(RECORD_TYPES.keys())
