"""Render the export dialogs and a closed power-map picture into docs/.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/shoot_exports.py [--out docs]

On a fresh demo workspace where one ask's free-text target names a partner who may not
be named outside the team (the leak the gate closes), writes export-brief-dialog.png
(audience choice and the replacement report), export-picture-dialog.png and
power-map-closed.png (the Syria power map as exported for restricted distribution).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SYRIA = "Missing persons in Syria: an independent institution"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="planner-shots-"))
    os.environ["CAMPAIGN_PLANNER_DATA"] = str(tmp)

    from PySide6.QtCore import QCoreApplication, QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "ini"))
    from planner.demo import build_demo
    from planner.domain.audience import may_name
    from planner.publishing import gate
    from planner.services import asks, campaigns, positions
    from planner.storage.store import open_workspace
    from ui.application import make_app
    from ui.context import WorkspaceContext
    from ui.dialogs.brief_dialog import BriefDialog
    from ui.dialogs.picture_export import PictureExportDialog
    from ui.views.pictures import DRAWERS

    make_app()
    ws = open_workspace(tmp / "demo.db")
    build_demo(ws)
    syria = campaigns.find(ws, SYRIA)
    partner = next(
        p.stakeholder
        for p in positions.campaign_people(ws, syria.id)
        if p.stakeholder.kind == "person" and not may_name(p.stakeholder, "closed")
    )
    asks.create(
        ws,
        campaign_id=syria.id,
        text="Brief the penholder on the families' evidence",
        target=f"The penholder's team, with {partner.name} and {partner.email or 'her lawyer'}",
    )
    ctx = WorkspaceContext(ws)
    args.out.mkdir(parents=True, exist_ok=True)

    def settle(until=lambda: True) -> None:
        for _ in range(200):
            QCoreApplication.processEvents()
            if until():
                break
            import time

            time.sleep(0.02)
        for _ in range(5):
            QCoreApplication.processEvents()

    brief = BriefDialog(ctx, syria.id)
    brief.out.setText(str(Path.home() / "Documents" / "missing-persons-brief-closed.pdf"))
    brief.show()
    settle(lambda: brief.report.checked_for is not None)
    brief.adjustSize()
    settle()
    brief.grab().save(str(args.out / "export-brief-dialog.png"))

    picture = PictureExportDialog(ctx, "power-map-png", syria.id)
    picture.out.setText(str(Path.home() / "Documents" / "missing-persons-power-map-closed.png"))
    picture.show()
    settle(lambda: picture.report.checked_for is not None)
    picture.adjustSize()
    settle()
    picture.grab().save(str(args.out / "export-picture-dialog.png"))

    gate.export(
        ws,
        "power-map-png",
        [syria.id],
        "closed",
        args.out / "power-map-closed.png",
        force=True,
        draw=lambda prepared: DRAWERS["power-map-png"](prepared),
    )
    ws.close()
    for name in ("export-brief-dialog.png", "export-picture-dialog.png", "power-map-closed.png"):
        print(args.out / name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
