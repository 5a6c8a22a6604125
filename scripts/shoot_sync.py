"""Render the Sync result and the conflict review on demo data, for the user guide.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/shoot_sync.py [--out docs]

Two laptops copied from the demo workspace sync with a third copy standing in for the
team server (the engine is the same for a file and a PostgreSQL server), edit the same
records offline, and the second one to sync meets real conflicts: sync-result.png and
sync-conflicts.png are those dialogs as the app shows them; travel-copy.png is Carry on
this laptop…, one campaign ticked for a closed audience.
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    parser.add_argument("--language", default="en", help="fr, es or ar to check a translation")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="planner-sync-shots-"))
    os.environ["CAMPAIGN_PLANNER_DATA"] = str(tmp)

    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))
    from planner.demo import build_demo
    from planner.domain.models import new_id
    from planner.services import asks, campaigns, interactions, milestones, stakeholders
    from planner.storage.audit import USER_NAME_KEY
    from planner.storage.store import open_workspace
    from planner.sync.engine import sync
    from ui import theme
    from ui.application import make_app
    from ui.context import WorkspaceContext
    from ui.dialogs.sync_conflicts import SyncConflictsDialog
    from ui.dialogs.sync_dialog import SyncResultDialog

    app = make_app()
    theme.apply(app, dark=False)  # type: ignore[arg-type]
    if args.language != "en":
        from ui import translation

        translation.install(app, args.language)
    server = open_workspace(tmp / "server.db")
    server.set_info(USER_NAME_KEY, "Leila Mansour")  # who set the demo up, on the server
    build_demo(server)
    server.close()
    import shutil

    for name, user in (("amira", "Amira Haddad"), ("jonas", "Jonas Berg")):
        shutil.copy(tmp / "server.db", tmp / f"{name}.db")
        with open_workspace(tmp / f"{name}.db") as ws:
            ws.set_info("workspace_id", new_id())
            ws.set_info(USER_NAME_KEY, user)
    server = open_workspace(tmp / "server.db")
    server.set_info("workspace_id", new_id())
    amira = open_workspace(tmp / "amira.db")
    jonas = open_workspace(tmp / "jonas.db")
    for lap in (amira, jonas):
        sync(lap, server)

    camp = campaigns.list_campaigns(amira)[0]
    people = [s for s in stakeholders.list_stakeholders(amira) if s.kind == "person"][:2]
    moments = milestones.list_milestones(amira, camp.id)[:1]
    meetings = interactions.list_interactions(amira, campaign_id=camp.id)[:3]

    # Jonas, at the office, edits first and syncs (the server records him as the writer)
    server.set_info(USER_NAME_KEY, "Jonas Berg")
    stakeholders.update(jonas, people[1].id, country="CH")  # merges with Amira's notes
    campaigns.update(jonas, camp.id, objective="Adoption of the resolution by the spring session")
    stakeholders.update(jonas, people[0].id, title="Deputy Permanent Representative")
    if moments:
        milestones.update(jonas, moments[0].id, location="Palais des Nations, Room XX")
    if meetings:
        interactions.update(jonas, meetings[0].id, summary="Agreed to co-sponsor; wants text")
    sync(jonas, server)

    # Amira, travelling, edited the same fields, and more
    campaigns.update(amira, camp.id, objective="A resolution with an independent mechanism")
    stakeholders.update(amira, people[0].id, title="Ambassador, Permanent Representative")
    if moments:
        milestones.update(amira, moments[0].id, location="Geneva, Room XVII")
    if meetings:
        interactions.delete(amira, meetings[0].id)
    stakeholders.update(amira, people[1].id, notes="Met at the side event; follow up in May")
    asks.create(amira, campaign_id=camp.id, text="Support an independent investigative mechanism")
    for m in meetings[1:]:
        interactions.update(amira, m.id, outcome="Positive")
    result = sync(amira, server)

    args.out.mkdir(parents=True, exist_ok=True)

    def settle() -> None:
        for _ in range(5):
            QCoreApplication.processEvents()

    url = "postgresql+psycopg://amira@db.example.org/sudan_team"
    dialog = SyncResultDialog(result, url)
    dialog.show()
    settle()
    dialog.adjustSize()
    settle()
    dialog.grab().save(str(args.out / "sync-result.png"))
    print(args.out / "sync-result.png", result.summary())
    dialog.close()

    ctx = WorkspaceContext(amira)
    review = SyncConflictsDialog(ctx)
    review.resize(1180, 470)
    review.show()
    settle()
    review.choose(0, "local")
    review.choose(1, "server")
    settle()
    review.apply_button.setFocus()
    settle()
    review.grab().save(str(args.out / "sync-conflicts.png"))
    print(args.out / "sync-conflicts.png")
    review.close()

    from PySide6.QtCore import Qt

    from ui.dialogs.travel_copy import TravelCopyDialog

    carry = TravelCopyDialog(amira)
    # as the dialog shows it once the team server has answered (the stand-in server is a
    # file here, so its answer is given as the real one would be): the server's campaigns,
    # one of them not on this laptop yet
    campaigns.create(server, name="Famine early warning: Darfur")
    carry.server_name = "sudan_team"
    carry._listed({c.id: c.name for c in campaigns.list_campaigns(server)})
    carry.only.setChecked(True)
    for i in range(carry.list.count()):
        item = carry.list.item(i)
        if item.data(Qt.ItemDataRole.UserRole) == camp.id:
            item.setCheckState(Qt.CheckState.Checked)
    carry.audience.setCurrentIndex(1)
    carry.show()
    settle()
    carry.adjustSize()
    settle()
    carry.grab().save(str(args.out / "travel-copy.png"))
    print(args.out / "travel-copy.png")
    carry.close()
    for ws in (amira, jonas, server):
        ws.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
