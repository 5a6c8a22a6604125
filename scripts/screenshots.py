"""Render the real app on a fresh demo workspace and save the README screenshots.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [--out docs]

Writes dashboard.png, campaign.png, stakeholders.png, form.png, brief-dialog.png and
tracker-import-preview.png (window 1400×900).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    parser.add_argument("--dark", action="store_true", help="render with the dark palette")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="planner-shots-"))
    os.environ["CAMPAIGN_PLANNER_DATA"] = str(tmp)

    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))
    from ui import theme
    from ui.application import make_app
    from ui.main_window import MainWindow

    app = make_app()
    QSettings().setValue("tour/offered", "true")  # the tour has its own picture; not over these
    if args.dark:
        theme.apply(app, dark=True)  # type: ignore[arg-type]
    window = MainWindow()
    window.resize(1400, 900)
    window.show()
    window.open_demo()
    args.out.mkdir(parents=True, exist_ok=True)

    def settle() -> None:
        for _ in range(5):
            QCoreApplication.processEvents()

    def shot(name: str) -> None:
        settle()
        path = args.out / name
        window.grab().save(str(path))
        print(path)

    def composite(dialog: object, name: str) -> None:
        """The dialog over the dimmed window it belongs to, as a user sees it."""
        from PySide6.QtCore import QPoint
        from PySide6.QtGui import QColor, QPainter

        settle()
        canvas = window.grab()
        painter = QPainter(canvas)
        painter.fillRect(canvas.rect(), QColor(20, 30, 40, 90))
        form = dialog.grab()  # type: ignore[attr-defined]
        at = QPoint((canvas.width() - form.width()) // 2, (canvas.height() - form.height()) // 2)
        painter.drawPixmap(at, form)
        painter.end()
        path = args.out / name
        canvas.save(str(path))
        print(path)

    dash = window.show_page("dashboard")
    while dash.loaded is None:  # the dashboard loads in the background
        QCoreApplication.processEvents()
    shot("dashboard.png")

    from planner.services import campaigns

    syria = next(c for c in campaigns.list_campaigns(window.ctx.ws) if "Syria" in c.name)
    view = window.open_campaign(syria.id, "people")
    shot("campaign.png")

    window.show_page("stakeholders")
    shot("stakeholders.png")

    people = view.tab("people")
    people.table.selectRow(1)
    record = people.model.record(1)
    from ui.forms.position import position_dialog

    window.open_campaign(syria.id, "people")
    settle()
    dialog = position_dialog(window.ctx, syria.id, record.position, parent=window)
    dialog.show()
    settle()
    composite(dialog, "form.png")
    dialog.reject()

    with contextlib.suppress(ImportError):  # the first-run tour would cover the dialogs
        from ui import tour

        panel = tour.running(window)
        if panel is not None:
            panel.finish()

    planning_shots(window, shot, settle)  # power map, timeline, votes… inside the app

    # the brief dialog over the campaign it is about
    from ui.dialogs.brief_dialog import BriefDialog

    brief = BriefDialog(window.ctx, syria.id, window)
    brief.out.setText(str(Path.home() / "Documents" / Path(brief.out.text()).name))
    brief.show()
    composite(brief, "brief-dialog.png")
    brief.reject()

    # the import preview of a tracker edited as a partner would in Excel
    from ui.dialogs.tracker_import import ImportPreview

    plan = edited_tracker_plan(window.ctx.ws, tmp)
    preview = ImportPreview(plan, window)
    preview.show()
    composite(preview, "tracker-import-preview.png")
    preview.reject()
    window.close()
    QApplication.processEvents()
    return 0


def edited_tracker_plan(ws: object, tmp: Path) -> object:
    """Export the Sudan tracker, edit a few cells with openpyxl, and dry-run its import."""
    from openpyxl import load_workbook

    from planner.imports.tracker_import import read_tracker
    from planner.publishing.documents import export_tracker
    from planner.services import campaigns

    sudan = next(c for c in campaigns.list_campaigns(ws) if "Sudan" in c.name)  # type: ignore[arg-type]
    path = tmp / "sudan-tracker-edited.xlsx"
    export_tracker(ws, [sudan.id], path)  # type: ignore[arg-type]
    wb = load_workbook(path)

    def edit(sheet_name: str, header: str, value: object, where: Callable[[dict], bool]) -> None:
        """Set ``header`` on the first row for which ``where(row as a dict)`` holds."""
        sheet = wb[sheet_name]
        headers = [c.value for c in sheet[1]]
        for r, row in enumerate(sheet.iter_rows(min_row=2, values_only=True), start=2):
            if where(dict(zip(headers, row, strict=False))):
                sheet.cell(r, headers.index(header) + 1, value=value)
                return

    edit("Milestones", "Status", "Done", lambda r: r["Status"] == "Planned")
    edit("Milestones", "Owner", "Amira (Geneva)", lambda r: r["Kind"] == "Vote")
    edit("Stakeholders", "Stance", 2, lambda r: r["Name"] == "UK Mission to the UN")
    edit(
        "Stakeholders",
        "Next step",
        "Raise the Adre crossing with the Port Sudan delegation in Geneva",
        lambda r: str(r["Name"]).startswith("Sudanese authorities"),
    )
    edit("Asks", "Status", "Achieved", lambda r: r["Status"] == "Progressing")
    edit("Asks", "Achieved on", dt.datetime(2026, 11, 20), lambda r: r["Status"] == "Achieved")
    wb.save(path)
    return read_tracker(ws, path)  # type: ignore[arg-type]


def planning_shots(window: object, shot: Callable[[str], None], settle: Callable[[], None]) -> None:
    """The visual-planning views as seen inside the app window, on the demo workspace."""
    from PySide6.QtCore import QPointF

    from planner.planning import vote_count
    from planner.services import campaigns, milestones, stakeholders

    ws = window.ctx.ws  # type: ignore[attr-defined]
    syria = campaigns.find(ws, "Missing persons in Syria: an independent institution")
    view = window.open_campaign(syria.id, "power_map")  # type: ignore[attr-defined]
    settle()
    shot("power-map.png")

    rel = view.show_tab("relationships")
    settle()
    rel.view.highlight_path(
        stakeholders.find(ws, "Caesar Families Association").id,
        stakeholders.find(ws, "Claire Weber").id,
    )
    settle()
    on_path = [rel.view.nodes[k] for k in rel.view.highlighted_nodes()]
    rect = on_path[0].sceneBoundingRect()
    for node in on_path[1:]:
        rect = rect.united(node.sceneBoundingRect())
    rel.view.canvas.centerOn(rect.center() + QPointF(120, 60))  # the path, with its neighbours
    shot("relationship-map.png")

    strategy_tab = view.show_tab("strategy")
    from PySide6.QtCore import QCoreApplication, QThreadPool

    QThreadPool.globalInstance().waitForDone(10_000)  # the plan is built in the background
    QCoreApplication.processEvents()
    assert strategy_tab.view.plan is not None
    shot("strategy.png")

    [vote] = milestones.list_milestones(ws, syria.id, kind="vote")
    tally = vote_count.tally(ws, vote.id)
    if tally.voted and tally.results_entered < 150:
        # a half-entered roll call would read "Rejected"; keep the last good picture
        print(f"votes: only {tally.results_entered} results in the demo, vote-tracker.png kept")
    else:
        view.show_tab("votes")
        shot("vote-tracker.png")

    window.show_page("timeline")  # type: ignore[attr-defined]
    shot("timeline.png")

    window.show_page("dashboard")  # type: ignore[attr-defined]  # again, with no tour over it
    shot("dashboard.png")


if __name__ == "__main__":
    sys.exit(main())
