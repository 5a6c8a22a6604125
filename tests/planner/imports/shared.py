"""What the tracker tests share: the demo's Sudan campaign, its exported tracker, a sheet
edited by header name as a user would, and everything an import could touch."""

from __future__ import annotations

from pathlib import Path

from planner.publishing.documents import export_tracker
from planner.services import campaigns
from planner.services.snapshot import take_snapshot


def sudan(ws):
    return next(c for c in campaigns.list_campaigns(ws) if "Sudan" in c.name)


def state_of(ws) -> tuple:
    """Everything a tracker import could touch, to prove that nothing changed."""
    snap = take_snapshot(ws, sudan(ws).id)
    return (snap.milestones, snap.people, snap.interactions, snap.asks, snap.quotes)


def export_sudan_tracker(ws, out: Path) -> Path:
    export_tracker(ws, [sudan(ws).id], out)
    return out


class Sheet:
    """An exported sheet opened for editing by header name, as a user would in Excel."""

    def __init__(self, wb, title: str) -> None:
        self.ws = wb[title]
        self.headers = [c.value for c in self.ws[1]]

    def col(self, header: str) -> int:
        return self.headers.index(header) + 1

    def set(self, row: int, header: str, value) -> None:
        self.ws.cell(row=row, column=self.col(header), value=value)

    def get(self, row: int, header: str):
        return self.ws.cell(row=row, column=self.col(header)).value

    def row_of(self, header: str, value) -> int:
        for r in range(2, self.ws.max_row + 1):
            if self.get(r, header) == value:
                return r
        raise LookupError(value)
