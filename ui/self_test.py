"""``campaign-planner --self-test``: proof that this build has everything it needs.

CI runs it on the frozen (PyInstaller) app, where a missing font, icon, migration or
data file only shows at run time. It builds a fresh demo workspace in a temp folder,
opens it in the real main window offscreen, renders every page and campaign tab, writes
an Excel tracker and a PDF brief, reads them back with real readers, prints one line
per check and returns 0 only if every check passed. The user's settings and workspaces
are never touched (settings go to the temp folder too).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:  # imported where used: the start-up check times the first window
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QWidget

    from planner.domain.records import CampaignRecord
    from planner.storage.workspace import Workspace
    from ui.main_window import MainWindow


@dataclass
class _State:
    """What earlier checks made for later ones (None until a check made it)."""

    ws: Workspace | None = None
    campaign: CampaignRecord | None = None
    window: MainWindow | None = None


@dataclass
class Report:
    """What the self-test checked, for the console and for tests."""

    lines: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)

    def ok(self, what: str) -> None:
        self.lines.append(f"ok    {what}")

    def fail(self, what: str) -> None:
        self.lines.append(f"FAIL  {what}")
        self.failures.append(what)

    @property
    def passed(self) -> bool:
        return not self.failures


def _check(report: Report, what: str, step: Callable[[], str | None]) -> None:
    """Run one check; its return value is a detail for the report line."""
    started = time.perf_counter()
    try:
        detail = step()
    except Exception as exc:  # a self-test reports every failure, it never hides one
        tb = traceback.extract_tb(exc.__traceback__)[-1]
        where = f"{Path(tb.filename).name}:{tb.lineno}"
        report.fail(f"{what}: {exc.__class__.__name__}: {exc} ({where})")
        return
    took = (time.perf_counter() - started) * 1000
    report.ok(f"{what}{f' ({detail})' if detail else ''} [{took:.0f} ms]")


def _settle(app: QCoreApplication, ms: int = 150) -> None:
    """Let background queries finish and their results reach the widgets."""
    from PySide6.QtCore import QThreadPool

    deadline = time.perf_counter() + ms / 1000
    QThreadPool.globalInstance().waitForDone(5000)
    while time.perf_counter() < deadline:
        app.processEvents()
        QThreadPool.globalInstance().waitForDone(50)
    app.processEvents()


def _rendered(widget: QWidget, what: str) -> str:
    """Grab ``widget`` to a pixmap and make sure it painted something."""
    pixmap = widget.grab()
    if pixmap.isNull() or pixmap.width() < 50 or pixmap.height() < 50:
        raise RuntimeError(f"{what} rendered an empty picture")
    image = pixmap.toImage()
    colours = {
        image.pixel(x, y)
        for x in range(0, image.width(), max(1, image.width() // 40))
        for y in range(0, image.height(), max(1, image.height() // 40))
    }
    if len(colours) < 3:
        raise RuntimeError(f"{what} rendered a blank picture")
    return f"{pixmap.width()}×{pixmap.height()}"


def process_age() -> float | None:
    """Seconds since this process started (Linux), to report the app's start-up time."""
    try:
        fields = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
        started = int(fields[19]) / os.sysconf("SC_CLK_TCK")
        uptime = float(Path("/proc/uptime").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return None
    return max(0.0, uptime - started)


def run(folder: Path, out: TextIO | None = None, *, isolate_settings: bool = True) -> Report:
    """Every check, in ``folder``; the QApplication must exist (or is made here)."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    report = Report()
    if isolate_settings:  # before the app reads any setting
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "settings")
        )
        os.environ["CAMPAIGN_PLANNER_DATA"] = str(folder / "data")
    existing = QApplication.instance()
    if existing is None:
        from ui.application import make_app

        app: QCoreApplication = make_app()
    else:
        app = existing

    state = _State()

    def start_up() -> str:
        from ui.main_window import MainWindow

        win = MainWindow()
        win.show()
        app.processEvents()
        age = process_age()
        win.close()
        win.deleteLater()
        return f"first window after {age:.2f} s" if age is not None else "first window shown"

    def resources() -> str:
        from planner.files.resources import resource_path

        needed = [
            ("style.qss",),
            ("icons", "app.svg"),
            ("fonts", "NotoSans-Regular.ttf"),
            ("fonts", "NotoNaskhArabic-Regular.ttf"),
            ("moments.json",),
            ("member_states.json",),
            ("security_council.json",),
            ("brief_labels.json",),
            ("logo.png",),
        ]
        missing = ["/".join(p) for p in needed if not resource_path(*p).is_file()]
        if missing:
            raise FileNotFoundError("missing resources: " + ", ".join(missing))
        qm = sorted(p.name for p in resource_path("translations").glob("*.qm"))
        return f"{len(needed)} files, translations: {', '.join(qm) or 'none'}"

    def demo() -> str:
        from planner.demo import build_demo
        from planner.storage.store import open_workspace
        from planner.storage.workspace import head_revision

        ws = open_workspace(folder / "self-test-demo.db")
        counts = build_demo(ws)
        state.ws = ws
        from planner.services import campaigns

        state.campaign = campaigns.list_campaigns(ws)[0]
        if ws.schema_revision() != head_revision():
            raise RuntimeError("the workspace schema is not up to date after migrating")
        return ", ".join(f"{n} {k}" for k, n in counts.items() if n)

    def window() -> str:
        from ui.main_window import MainWindow

        win = MainWindow()
        win.resize(1280, 800)
        win.show()
        assert state.ws is not None
        win.set_workspace(state.ws)
        state.window = win
        _settle(app)
        if "(demo)" not in win.windowTitle():
            raise RuntimeError(f"the demo is not marked as demo: {win.windowTitle()!r}")
        return win.windowTitle()

    def pages() -> str:
        from ui.navigation import NAV_PAGES

        win = state.window
        assert win is not None
        sizes = []
        for page in NAV_PAGES:
            widget = win.show_page(page.key)
            _settle(app)
            sizes.append(f"{page.key} {_rendered(widget, page.title)}")
        return f"{len(sizes)} pages"

    def campaign_tabs() -> str:
        from ui.pages.campaign_workspace import CAMPAIGN_TABS

        win, first = state.window, state.campaign
        assert win is not None and first is not None
        win.load_campaign_tabs()
        for tab in CAMPAIGN_TABS:
            view = win.open_campaign(first.id, tab.key)
            _settle(app)
            _rendered(view, tab.title)
        return f"{len(CAMPAIGN_TABS)} tabs of {first.name[:40]}"

    def tracker() -> str:
        from openpyxl import load_workbook

        from planner.publishing.documents import export_tracker
        from planner.services import campaigns

        ws = state.ws
        assert ws is not None
        ids = [c.id for c in campaigns.list_campaigns(ws)]
        path = folder / "tracker.xlsx"
        export_tracker(ws, ids, path)
        wb = load_workbook(path, read_only=True)
        try:
            rows = sum(1 for sheet in wb.worksheets for _row in sheet.iter_rows(values_only=True))
            sheets = len(wb.sheetnames)
        finally:
            wb.close()
        if sheets < 2 or rows < 10:
            raise RuntimeError(f"the tracker has {sheets} sheets and {rows} rows")
        return f"{sheets} sheets, {rows} rows, {path.stat().st_size // 1024} KB"

    def write(name: str, **options: Any) -> tuple[Path, Any]:
        """The demo campaign's brief written to ``name`` in the folder (both brief steps)."""
        from planner.publishing.documents import write_brief

        path = folder / name
        assert state.ws is not None and state.campaign is not None
        return path, write_brief(state.ws, state.campaign.id, path, **options)

    def brief() -> str:
        path, result = write("brief.pdf", audience="closed")
        data = path.read_bytes()
        if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
            raise RuntimeError("brief.pdf is not a complete PDF file")
        pages = _pdf_pages(path, data)
        if pages < 1 or pages != result.pages:
            raise RuntimeError(f"the brief has {pages} pages, the writer said {result.pages}")
        return f"{pages} pages, {len(data) // 1024} KB"

    def arabic_brief() -> str:
        _path, result = write("brief-ar.pdf", audience="public", lang="ar", template="one-pager")
        return f"{result.pages} page(s)"

    def encrypted() -> str:
        """SQLCipher is in the build and works: what a travelling advocate's workspace needs."""
        from planner.services import stakeholders
        from planner.storage.encryption import sqlcipher_module
        from planner.storage.store import create_encrypted, open_workspace

        path = folder / "self-test-encrypted.db"
        passphrase = "seven quiet rivers under the winter snow"
        name = "Zaynab Qasimova"
        ws, _recovery = create_encrypted(path, passphrase)
        try:
            ident = stakeholders.service.create(ws, name=name, kind="person").id
        finally:
            ws.close()
        with open_workspace(path, passphrase=passphrase) as ws:
            if stakeholders.service.get(ws, ident).name != name:
                raise RuntimeError("the encrypted workspace did not read back what was written")
        if name.encode() in path.read_bytes():
            raise RuntimeError("a name is readable in the encrypted workspace file")
        version = sqlcipher_module().connect(":memory:").execute("PRAGMA cipher_version")
        return f"SQLCipher {version.fetchone()[0]}: written, reopened, nothing readable"

    # (what, step, the state keys it needs from earlier steps)
    checks: list[tuple[str, Callable[[], str | None], tuple[str, ...]]] = [
        ("start-up", start_up, ()),
        ("resources", resources, ()),
        ("demo workspace", demo, ()),
        ("main window", window, ("ws",)),
        ("pages render", pages, ("window",)),
        ("campaign tabs render", campaign_tabs, ("window",)),
        ("Excel tracker", tracker, ("ws",)),
        ("PDF brief", brief, ("campaign",)),
        ("Arabic one-pager", arabic_brief, ("campaign",)),
        ("encrypted workspace", encrypted, ()),
    ]
    try:
        for what, step, needs in checks:
            missing = [key for key in needs if getattr(state, key) is None]
            if missing:
                report.fail(f"{what}: skipped, an earlier step failed (no {missing[0]})")
            else:
                _check(report, what, step)
            if out is not None:
                print(report.lines[-1], file=out, flush=True)
    finally:
        win = state.window
        if win is not None:
            win.close()
            win.deleteLater()
        from ui import operations

        operations.shutdown()
        ws = state.ws
        if ws is not None:
            ws.close()
    return report


def _pdf_pages(path: Path, data: bytes) -> int:
    """The page count: pypdf when it is installed (tests), else the page tree's /Count."""
    try:
        from pypdf import PdfReader
    except ImportError:
        import re

        counts = [int(n) for n in re.findall(rb"/Type\s*/Pages\b[^>]*?/Count\s+(\d+)", data)]
        counts += [int(n) for n in re.findall(rb"/Count\s+(\d+)[^>]*?/Type\s*/Pages\b", data)]
        return max(counts, default=0)
    return len(PdfReader(path).pages)


def main(out: TextIO | None = None) -> int:
    """Run every check in a temp folder; print a report; 0 if all passed, else 1."""
    from planner import __version__
    from planner.files.resources import is_frozen

    out = out or sys.stdout or sys.stderr
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    kind = "frozen" if is_frozen() else "from source"
    if out is not None:
        print(
            f"Campaign Planner {__version__} self-test ({kind}, Python {sys.version.split()[0]})",
            file=out,
            flush=True,
        )
    with tempfile.TemporaryDirectory(prefix="campaign-planner-self-test-") as tmp:
        report = run(Path(tmp), out)
    took = time.perf_counter() - started
    if out is not None:
        if report.passed:
            print(f"Self-test passed: {len(report.lines)} checks in {took:.1f} s.", file=out)
        else:
            print(
                f"Self-test FAILED: {len(report.failures)} of {len(report.lines)} checks failed:",
                file=out,
            )
            for failure in report.failures:
                print(f"  - {failure}", file=out)
        out.flush()
    return 0 if report.passed else 1
