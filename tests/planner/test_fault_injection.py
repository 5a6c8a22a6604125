"""Kill -9 at every step of every long operation, then reopen: all before, or all after.

Each case runs the real `planner` CLI in a subprocess that SIGKILLs itself at one named
step (``PLANNER_FAULT_POINT``, see ``planner.files.fault_points``), then opens the workspace
again as the next command or the app would. The workspace must then be entirely as it
was before the operation or entirely as after it (its data, its encryption, the secret
that opens it and its backups, all together), pass its integrity check, and hold no
leftover temporary file. After anything involving encryption, no file in the folder or
in the child's temporary folder may hold a partner's name, e-mail or phone in clear
(every byte of every file is scanned); an encrypt that was undone is run again, and then
the same holds. A step that is never reached fails its case, so the list below is the
list of steps actually tried.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from planner.cli import main
from planner.demo import build_demo
from planner.exchange.bundle import export_bundle, write_bundle
from planner.publishing.documents import export_tracker
from planner.services import campaigns, positions, stakeholders
from planner.storage import backups, encryption, protection
from planner.storage.store import check_workspace, open_workspace
from tests.planner.faults import plaintext_files, run_cli
from tests.planner.storage.shared import add_partner

pytestmark = [
    pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX"),
    pytest.mark.usefixtures("fast_kdf"),
]

OLD = "correct horse battery staple"
NEW = "a completely different long passphrase"


def snapshot(ws) -> dict[str, Any]:
    """The data, without the clocks: what "before" and "after" are compared on."""
    data = export_bundle(ws)
    data.pop("exported_at")
    for section in data.values():
        if isinstance(section, list):
            for record in section:
                record.pop("created_at", None)
                record.pop("updated_at", None)
    return data


@dataclass
class Scene:
    """One case's private folder: the workspace, its backups, the files it needs."""

    root: Path
    db: Path
    temp: Path
    files: dict[str, Path]

    @property
    def backups(self) -> Path:
        return self.root / "field-backups"

    def pw(self, name: str) -> str:
        return str(self.files[name])


def make_scene(template: Path, tmp_path: Path) -> Scene:
    root = tmp_path / "case"
    shutil.copytree(template, root, symlinks=True)
    temp = tmp_path / "tmp"
    temp.mkdir()
    files = {p.stem: p for p in root.iterdir() if p.suffix in (".txt", ".json", ".xlsx")}
    return Scene(root, root / "field.db", temp, files)


@pytest.fixture(scope="module")
def plain_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small workspace with a partner, one plain backup, a bundle and an edited tracker."""
    monkey = pytest.MonkeyPatch()
    monkey.setattr(encryption, "SCRYPT_N", 2**12)
    root = tmp_path_factory.mktemp("fault-plain")
    (root / "old.txt").write_text(OLD + "\n")
    (root / "new.txt").write_text(NEW + "\n")
    with open_workspace(root / "field.db") as ws:
        build_demo(ws)
        add_partner(ws)
        backups.take_backup(ws, "manual")
        stakeholders.service.create(ws, name="Added after the backup")
        sudan = next(c for c in campaigns.list_campaigns(ws) if "Sudan" in c.name)
        export_tracker(ws, [sudan.id], root / "tracker.xlsx")
    wb = load_workbook(root / "tracker.xlsx")
    sheet = wb["Milestones"]
    headers = [c.value for c in sheet[1]]
    status = headers.index("Status") + 1
    for row in range(2, sheet.max_row + 1):
        if sheet.cell(row=row, column=status).value == "Planned":
            sheet.cell(row=row, column=status, value="Done")
    # (No new rows: their ids are random, and "after" must be the same in every run.)
    wb.save(root / "tracker.xlsx")
    (root / "tracker.xlsx").rename(root / "edited.xlsx")
    with open_workspace(root / "other.db") as other:
        camp = campaigns.service.create(other, name="Accountability for Darfur")
        for i in range(40):
            person = stakeholders.service.create(other, name=f"Imported partner {i}")
            positions.service.create(other, campaign_id=camp.id, stakeholder_id=person.id)
        write_bundle(other, root / "bundle.json")
    for item in root.glob("other*"):
        item.unlink()
    monkey.undo()
    return root


@pytest.fixture(scope="module")
def encrypted_template(plain_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    monkey = pytest.MonkeyPatch()
    monkey.setattr(encryption, "SCRYPT_N", 2**12)
    root = tmp_path_factory.mktemp("fault-encrypted") / "t"
    shutil.copytree(plain_template, root)
    protection.encrypt_workspace(root / "field.db", OLD)
    with open_workspace(root / "field.db", passphrase=OLD) as ws:
        backups.take_backup(ws, "manual")  # an encrypted backup, then other content
        stakeholders.service.create(ws, name="Added after the encrypted backup")
    monkey.undo()
    return root


# ----------------------------------------------------------------------- reading the state


def opens_with(path: Path) -> str | None:
    """Which secret opens a workspace or backup: "plain", OLD, NEW, or None."""
    if not encryption.is_encrypted(path):
        return "plain"
    for secret in (OLD, NEW):
        try:
            encryption.unlock(path, secret)
            return secret
        except encryption.WrongPassphrase:
            continue
    return None


@dataclass(frozen=True)
class State:
    secret: str | None
    data: str  # the snapshot as JSON
    backups: tuple[tuple[str, str | None], ...]  # (reason, what opens it), newest first

    def __repr__(self) -> str:
        digest = hashlib.sha256(self.data.encode()).hexdigest()[:12]
        return f"State(opens with {self.secret!r}, data {digest}, backups {self.backups})"


def reopen(scene: Scene) -> State:
    """Open as the next command would (this recovers), check, and describe what is there."""
    for secret in (OLD, NEW):  # ignored by a plain workspace
        try:
            ws = open_workspace(scene.db, passphrase=secret, create=False)
            break
        except encryption.WrongPassphrase:
            continue
    else:
        raise AssertionError("the workspace opens with neither passphrase")
    with ws:
        workspace_opener = secret if ws.encrypted else "plain"
        facts = check_workspace(ws)
        assert facts["integrity"] == "ok" and facts["foreign_keys"] == "ok", facts
        data = json.dumps(snapshot(ws), sort_keys=True)
    found = []
    for item in backups.list_backup_files(scene.db):
        opener = opens_with(item)
        key = None if opener in ("plain", None) else encryption.unlock(item, opener)
        assert opener is not None, f"{item.name} opens with neither passphrase"
        assert encryption.integrity(item, key) == "ok", item.name
        found.append((backups.describe(item).reason, opener))
    return State(workspace_opener, data, tuple(found))


def leftovers(scene: Scene) -> list[str]:
    beside = [p.name for p in scene.root.iterdir() if p.name.startswith(".field.db.")]
    inside = [p.name for p in scene.backups.iterdir() if p.name.startswith(".")]
    return beside + inside


# ----------------------------------------------------------------------- the cases


@dataclass(frozen=True)
class Operation:
    template: str  # "plain" or "encrypted"
    args: Callable[[Scene], list[str]]
    encryption: bool  # scan for plaintext afterwards


OPERATIONS = {
    "encrypt": Operation(
        "plain", lambda s: ["encrypt", "--new-passphrase-file", s.pw("old")], True
    ),
    "decrypt": Operation(
        "encrypted", lambda s: ["--passphrase-file", s.pw("old"), "decrypt"], True
    ),
    "rekey": Operation(
        "encrypted",
        lambda s: ["--passphrase-file", s.pw("old"), "rekey", "--new-passphrase-file", s.pw("new")],
        True,
    ),
    "backup": Operation("plain", lambda s: ["backup"], False),
    "backup-encrypted": Operation(
        "encrypted", lambda s: ["--passphrase-file", s.pw("old"), "backup"], True
    ),
    "restore": Operation("plain", lambda s: ["restore", "newest"], False),
    "restore-encrypted": Operation(
        "encrypted", lambda s: ["--passphrase-file", s.pw("old"), "restore", "newest"], True
    ),
    "bundle-import": Operation(
        "plain", lambda s: ["bundle", "import", str(s.files["bundle"])], False
    ),
    "tracker-import": Operation(
        "plain", lambda s: ["import-tracker", str(s.files["edited"])], False
    ),
}

# Every named step of each operation (``name@n``: its n-th time, e.g. the n-th file).
FAULT_POINTS = {
    "encrypt": [
        "encrypt:settled",
        "encrypt:planned",
        "encrypt:copied",
        "encrypt:backup-copied",
        "encrypt:safety-copied",
        "encrypt:committed",
        "encrypt:key-file-written@1",
        "encrypt:key-file-written@3",
        "encrypt:swapped@1",  # the workspace itself: its plaintext is still to scrub
        "encrypt:old-scrubbed@1",
        "encrypt:swapped@2",  # the plain backup
        "encrypt:swapped@3",  # the encrypted "before-encrypt" backup
    ],
    "decrypt": [
        "decrypt:planned",
        "decrypt:backed-up",  # the "before-decrypt" backup, still a .part
        "decrypt:settled",
        "decrypt:copied",  # a plaintext copy exists now
        "decrypt:committed",
        "decrypt:key-file-written",
        "decrypt:swapped@1",
        "decrypt:swapped@2",
    ],
    "rekey": [
        "rekey:planned",
        "rekey:committed",
        "rekey:key-file-written@1",
        "rekey:key-file-written@2",
    ],
    "backup": ["backup:copied", "backup:placed"],
    "backup-encrypted": ["backup:copied", "backup:key-copied"],
    "restore": [
        "restore:planned",
        "restore:saved-current",  # the "before-restore" backup, still a .part
        "restore:copied",
        "restore:committed",
        "restore:swapped@1",
        "restore:swapped@2",
    ],
    "restore-encrypted": [
        "restore:copied",
        "restore:key-file-written@1",
        "restore:key-file-written@2",
        "restore:swapped@2",
    ],
    "bundle-import": [
        # a merge writes a kind at a time, many rows per flush (a few flushes for the
        # bundle's 81 records): a kill at each of the first three, then after the last
        "session:flush@1",
        "session:flush@2",
        "session:flush@3",
        "session:flushed",
        "session:committed",
    ],
    "tracker-import": ["session:flush@1", "session:flushed", "session:committed"],
}

CASES = [(op, point) for op, points in FAULT_POINTS.items() for point in points]


def template_of(op: Operation, plain: Path, encrypted: Path) -> Path:
    return plain if op.template == "plain" else encrypted


@pytest.fixture(scope="module")
def initial(plain_template, encrypted_template, tmp_path_factory) -> dict[str, State]:
    """What "before" looks like, for each template."""
    return {
        kind: reopen(make_scene(template, tmp_path_factory.mktemp(f"initial-{kind}")))
        for kind, template in (("plain", plain_template), ("encrypted", encrypted_template))
    }


@pytest.fixture(scope="module")
def finished(plain_template, encrypted_template, initial, tmp_path_factory) -> dict[str, State]:
    """Each operation run to its end without a kill (the same CLI, in this process): what
    "after" looks like."""
    monkey = pytest.MonkeyPatch()
    monkey.setattr(encryption, "SCRYPT_N", 2**12)
    monkey.delenv("PLANNER_PASSPHRASE", raising=False)
    states = {}
    for name, op in OPERATIONS.items():
        template = template_of(op, plain_template, encrypted_template)
        scene = make_scene(template, tmp_path_factory.mktemp(f"done-{name}"))
        assert main(["--db", str(scene.db), *op.args(scene)]) == 0, name
        states[name] = reopen(scene)
        assert states[name] != initial[op.template], f"{name} changed nothing"
    monkey.undo()
    return states


@pytest.mark.parametrize(("name", "point"), CASES, ids=[f"{o}-{p}" for o, p in CASES])
def test_a_kill_at_each_step_leaves_the_workspace_entirely_before_or_after(
    name, point, plain_template, encrypted_template, initial, finished, tmp_path
):
    op = OPERATIONS[name]
    scene = make_scene(template_of(op, plain_template, encrypted_template), tmp_path)
    before = initial[op.template]
    run = run_cli(["--db", str(scene.db), *op.args(scene)], point, scene.temp)
    assert run.killed, f"{point} was never reached (exit {run.returncode}): {run.stderr}"

    state = reopen(scene)
    assert state in (before, finished[name]), f"neither before nor after {name}: {state}"
    assert leftovers(scene) == []
    if op.encryption:
        if state == before and name == "encrypt":  # undone: encrypting again must work
            assert main(["--db", str(scene.db), *op.args(scene)]) == 0
            assert reopen(scene) == finished[name]
        if opens_with(scene.db) != "plain":
            assert plaintext_files(scene.root, scene.temp) == []
