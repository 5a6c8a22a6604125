"""Shipping the app: first run, settings, language, keyboard-only use, help, self-test,
and what happens to workspaces written by older and newer versions."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
)

from planner import __version__
from planner.services import campaigns
from planner.storage import backups
from planner.storage.store import open_workspace
from planner.storage.workspace import head_revision, migrate
from ui import display, settings, theme, translation
from ui.main_window import MainWindow
from ui.settings_dialog import SettingsDialog


@pytest.fixture(autouse=True)
def restore_app_state() -> Iterator[None]:
    """Language, theme and date format are app-wide: put them back after each test."""
    yield
    app = QApplication.instance()
    translation.install(app, "en")
    app.setProperty("themeChoice", None)
    theme.apply(app, dark=False)
    display.set_date_style("medium")


@pytest.fixture
def window(qtbot, ws):
    QSettings().setValue("tour/offered", "true")  # the tour has its own tests
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()  # key presses and shortcuts reach the active window only
    qtbot.waitUntil(win.isActiveWindow, timeout=2000)
    win.set_workspace(ws)
    return win


def when_modal(qtbot, act: Callable[[QDialog], None]) -> None:
    """Run ``act`` on the next modal dialog once it is up (exec() blocks the test)."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog) and dialog.isVisible():
            try:
                act(dialog)
            finally:
                if dialog.isVisible():  # never leave the test blocked in exec()
                    dialog.reject()
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def focused() -> object:
    return QApplication.focusWidget()


# ------------------------------------------------------------------------- first run


def test_first_run_demo_is_marked_and_the_tour_is_offered_once(qtbot):
    from ui import tour
    from ui.app import build_window, parse_args

    win = build_window(parse_args([]))
    qtbot.addWidget(win)
    win.show()
    assert win.stack.currentWidget() is win.welcome
    win.welcome.demo_button.setFocus()
    qtbot.keyClick(win.welcome.demo_button, Qt.Key.Key_Space)
    assert win.ctx is not None and "(demo)" in win.windowTitle()
    assert win.first_run.demo_badge.isVisible()
    assert "DEMO" in win.first_run.demo_badge.text()  # said in words, not only shown in colour
    qtbot.waitUntil(lambda: tour.current(win) is not None, timeout=2000)
    panel = tour.current(win)
    assert panel.isVisible() and focused() is panel.next_button
    titles = [s.title for s in panel.steps]
    assert {"Dashboard", "Campaigns", "Stakeholders"} <= set(titles)
    qtbot.keyClick(panel, Qt.Key.Key_Right)  # → Dashboard
    qtbot.keyClick(panel, Qt.Key.Key_Right)  # → Campaigns: the page itself is shown
    assert panel.title.text() == "Campaigns"
    assert win.page_stack.currentWidget() is win.pages["campaigns"]
    qtbot.keyClick(panel, Qt.Key.Key_Escape)  # skippable
    assert tour.current(win) is None
    win.close()

    again = build_window(parse_args(["--demo"]))
    qtbot.addWidget(again)
    again.show()
    qtbot.wait(50)
    assert tour.current(again) is None  # offered once only
    again.menu_actions.help.tour.trigger()  # … and re-opened from Help
    assert tour.running(again) is not None
    tour.running(again).finish()
    again.close()


def test_tour_walks_every_page_to_the_end(qtbot, window):
    from ui import tour
    from ui.navigation import NAV_PAGES

    panel = tour.start(window)
    shown = []
    while panel.next_button.text() != "Finish":
        qtbot.keyClick(panel, Qt.Key.Key_Return)
        shown.append(window.page_stack.currentWidget())
    assert all(window.pages[p.key] in shown for p in NAV_PAGES)
    qtbot.keyClick(panel, Qt.Key.Key_Return)
    assert tour.running(window) is None


def test_welcome_creates_a_new_workspace(qtbot, tmp_path):
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    target = tmp_path / "coalition.db"

    def choose(dialog: QDialog) -> None:
        assert isinstance(dialog, QFileDialog)
        name = dialog.findChild(QLineEdit, "fileNameEdit")  # type the path, press Save
        name.setText(str(target))
        qtbot.keyClick(name, Qt.Key.Key_Return)
        when_modal(qtbot, keep_plain)  # then File ▸ New asks whether to encrypt it

    def keep_plain(dialog: QDialog) -> None:
        assert dialog.windowTitle() == "New workspace"
        dialog.encrypt.setChecked(False)
        dialog.create_button.click()

    when_modal(qtbot, choose)
    with qtbot.waitSignal(win.stack.currentChanged, timeout=5000):
        QTimer.singleShot(0, win.welcome.new_button.click)
    assert win.ctx is not None and win.ctx.ws.path == target
    assert "(demo)" not in win.windowTitle() and not win.first_run.demo_badge.isVisible()
    assert campaigns.list_campaigns(win.ctx.ws) == []
    win.close()


# ------------------------------------------------------------------------- settings


def test_settings_persist_and_briefs_use_the_organisation_name(qtbot, window, tmp_path):
    from pypdf import PdfReader

    from planner.demo import build_demo
    from planner.publishing.documents import write_brief

    ws = window.ctx.ws
    build_demo(ws)
    dialog = SettingsDialog(ws, window)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.org_name, "Coalition for Truth and Justice")
    qtbot.keyClicks(dialog.user_name, "Amal")
    dialog.keep_last.setValue(25)
    dialog.stale_days.setValue(45)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.date_format.setCurrentIndex(dialog.date_format.findData("iso"))
    dialog.audience.setCurrentIndex(dialog.audience.findData("closed"))
    qtbot.keyClicks(dialog.backup_folder, str(tmp_path / "safe-backups"))
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.result() == QDialog.DialogCode.Accepted

    reopened = SettingsDialog(ws, window)
    qtbot.addWidget(reopened)
    assert reopened.org_name.text() == "Coalition for Truth and Justice"
    assert reopened.user_name.text() == "Amal"
    assert reopened.keep_last.value() == 25
    assert reopened.stale_days.value() == 45
    assert reopened.theme.currentData() == "dark"
    assert reopened.date_format.currentData() == "iso"
    assert reopened.audience.currentData() == "closed"
    assert reopened.backup_folder.text() == str(tmp_path / "safe-backups")
    assert QSettings().value("dashboard/stale_days") in (45, "45")
    assert settings.stale_days() == 45 and settings.default_audience() == "closed"
    # applied now: dark palette, ISO dates, the backups of this workspace rotate so
    assert QApplication.instance().palette().color(QPalette.ColorRole.Window).lightness() < 128
    assert display.date_text(dt.date(2026, 11, 28)) == "2026-11-28"
    assert backups.policy_of(ws).keep_last == 25
    assert backups.backups_folder(ws) == tmp_path / "safe-backups"
    assert ws.info("user_name") == "Amal"

    campaign = campaigns.list_campaigns(ws)[0]
    out = write_brief(ws, campaign.id, tmp_path / "brief.pdf", audience="closed")
    text = "".join(page.extract_text() for page in PdfReader(out.path).pages)
    assert "Coalition for Truth and Justice" in text


def test_a_bad_setting_is_named_and_nothing_is_saved(qtbot, window, tmp_path):
    dialog = SettingsDialog(window.ctx.ws, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.org_name, "Should not be kept")
    qtbot.keyClicks(dialog.logo, str(tmp_path / "no-such-logo.png"))
    dialog.keep_last.setValue(3)
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.isVisible()
    assert "organisation_logo" in dialog.error.text() and "no such file" in dialog.error.text()
    assert "Nothing was saved" in dialog.error.text()
    assert dialog.logo.property("invalid") is True
    assert window.ctx.ws.info("organisation_name") is None
    assert settings.load().backup_keep_last == settings.Preferences().backup_keep_last


def test_settings_opens_with_ctrl_comma_and_works_without_a_workspace(qtbot):
    QSettings().setValue("tour/offered", "true")
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()  # shortcuts reach the active window only
    qtbot.waitUntil(win.isActiveWindow, timeout=2000)

    def check(dialog: QDialog) -> None:
        assert isinstance(dialog, SettingsDialog)
        assert not dialog.org_name.isEnabled()  # workspace settings need a workspace
        dialog.stale_days.setValue(12)
        qtbot.keyClick(dialog.stale_days, Qt.Key.Key_Return)  # Enter saves

    when_modal(qtbot, check)
    qtbot.keyClick(win, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert settings.stale_days() == 12
    win.close()


def test_switching_the_language_to_french_changes_the_menus(qtbot):
    QSettings().setValue("tour/offered", "true")
    prefs = settings.load()
    settings.save(settings.Preferences(**{**prefs.__dict__, "language": "fr"}))
    settings.apply(QApplication.instance())  # what start-up does
    win = MainWindow()
    qtbot.addWidget(win)
    menus = [a.text() for a in win.menuBar().actions()]
    assert "&Fichier" in menus and "&File" not in menus
    assert "Aid&e" in menus
    nav = [win.nav.item(i).text() for i in range(win.nav.count())]
    assert "Tableau de bord" in nav and "Campagnes" in nav
    assert win.welcome.demo_button.accessibleName() == "Ouvrir l'espace de démonstration"
    win.close()


def _catalogue(lang: str) -> list[tuple[str, str, list[str], str | None]]:
    """(context, source, translations, type) of every current message of a .ts file; a
    ``%n`` message has one translation per plural form (French and Spanish: 1, other)."""
    ts = Path(translation.catalogue(lang)).with_suffix(".ts")
    found = []
    for ctx in ET.parse(ts).getroot().iter("context"):
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is not None and tr.get("type") not in ("vanished", "obsolete"):
                plural = [form.text or "" for form in tr.iter("numerusform")]
                found.append(
                    (
                        ctx.findtext("name") or "",
                        msg.findtext("source") or "",
                        plural or [tr.text or ""],
                        tr.get("type"),
                    )
                )
    return found


def _shown(ctx: str, source: str, forms: list[str]) -> bool:
    """Whether the installed catalogue gives these translations (each plural form for
    a count that selects it)."""
    if len(forms) == 1:
        return QCoreApplication.translate(ctx, source) == forms[0]
    return all(
        QCoreApplication.translate(ctx, source, None, n) == form.replace("%n", str(n))
        for n, form in zip((1, 5), forms, strict=True)
    )


def _kept(text: str) -> tuple[object, ...]:
    """What a translation must carry over unchanged: placeholders, tags, accelerators."""
    return (
        sorted(re.findall(r"\{[a-z_]*\}|%n|%\d|<[^>]+>", text)),
        text.replace("&&", "").count("&"),
        text.count("\n"),
        text[:1] == " ",
        text[-1:] == " ",
    )


@pytest.mark.parametrize("lang", ["fr", "es"])
def test_french_and_spanish_are_complete_and_the_app_loads_every_translation(qtbot, lang):
    messages = _catalogue(lang)
    assert len(messages) > 600
    unfinished = [
        (c, s) for c, s, texts, kind in messages if kind == "unfinished" or not all(texts)
    ]
    assert unfinished == []
    broken = [(c, s, t) for c, s, texts, _ in messages for t in texts if _kept(s) != _kept(t)]
    assert broken == []
    assert translation.install(QApplication.instance(), lang)  # the compiled .qm, as shipped
    stale = [(c, s) for c, s, texts, _ in messages if not _shown(c, s, texts)]
    assert stale == []  # the .qm was compiled from this .ts


def test_a_french_window_shows_french_column_headers_and_category_labels(qtbot, demo_ws):
    """Headers and enum labels are translated where they are shown; the model still
    filters and sorts on the stored values."""
    QSettings().setValue("tour/offered", "true")
    assert translation.install(QApplication.instance(), "fr")
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    win.set_workspace(demo_ws)
    page = win.show_page("stakeholders")
    model = page.model
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=5000)
    headers = {
        model.columns[i].key: model.headerData(i, Qt.Orientation.Horizontal)
        for i in range(model.columnCount())
    }
    assert headers["name"] == "Nom" and headers["category"] == "Catégorie"
    assert headers["country"] == "Pays"
    shown = page.table.horizontalHeader().model().headerData(0, Qt.Orientation.Horizontal)
    assert shown == "Nom"  # what the header view paints

    category = next(i for i, c in enumerate(model.columns) if c.key == "category")
    texts = {
        model.record(r).category: model.index(r, category).data() for r in range(model.rowCount())
    }
    assert texts["member_state"] == "État membre"
    assert texts["human_rights"] == "Droits humains"
    assert page.category.findData("member_state") >= 0  # the filter keeps the raw value
    assert page.category.itemText(page.category.findData("member_state")) == "État membre"
    win.close()


def test_relative_days_use_the_plural_forms_of_the_interface_language():
    today = dt.date(2026, 11, 25)
    assert display.relative_days(dt.date(2026, 11, 28), today) == "in 3 days"
    app = QApplication.instance()
    assert translation.install(app, "fr")
    assert display.relative_days(dt.date(2026, 11, 28), today) == "dans 3 jours"
    assert display.relative_days(dt.date(2026, 11, 23), today) == "il y a 2 jours"
    assert translation.install(app, "ar")
    assert display.relative_days(dt.date(2026, 11, 27), today) == "بعد يومين"  # the dual
    assert display.relative_days(dt.date(2026, 12, 7), today) == "بعد 12 يومًا"
    assert display.relative_days(today, today) == "اليوم"


def test_a_composed_line_reads_right_to_left_in_arabic():
    """'Syria · Active · …' starts with an English value: in Arabic it gets an RLM."""
    app = QApplication.instance()
    assert display.line("Syria · Active") == "Syria · Active"
    assert translation.install(app, "ar")
    assert display.line("Syria · Active") == "\u200fSyria · Active"
    assert display.line(display.line("Syria")) == "\u200fSyria"  # once only


def test_arabic_lays_the_window_out_right_to_left(qtbot):
    settings.save(settings.Preferences(language="ar"))
    settings.apply(QApplication.instance())
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.layoutDirection() == Qt.LayoutDirection.RightToLeft
    win.close()


# ------------------------------------------------------------------------- keyboard only


def test_keyboard_only_creation_of_a_campaign(qtbot, window, ws):
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # View ▸ Campaigns
    page = window.pages["campaigns"]
    assert window.page_stack.currentWidget() is page
    for _ in range(40):  # Tab until the New campaign button has the focus
        widget = focused()
        if isinstance(widget, QPushButton) and widget.text() == "New campaign":
            break
        qtbot.keyClick(widget or window, Qt.Key.Key_Tab)
    else:
        pytest.fail("New campaign cannot be reached with Tab")

    def fill(dialog: QDialog) -> None:
        dialog.activateWindow()  # what the window manager does for a new dialog
        qtbot.waitUntil(lambda: focused() is not None and dialog.isAncestorOf(focused()))
        qtbot.keyClicks(focused(), "Justice for the disappeared")  # focus starts on Name
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        qtbot.keyClicks(focused(), "Syria")  # Context
        qtbot.keyClick(focused(), Qt.Key.Key_Return)  # Enter saves

    when_modal(qtbot, fill)
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    [made] = campaigns.list_campaigns(ws)
    assert (made.name, made.context) == ("Justice for the disappeared", "Syria")


# ------------------------------------------------------------------------- help


def test_keyboard_shortcuts_lists_the_real_actions(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
    dialog = window.menu_actions.help.shortcuts_dialog
    assert dialog.isVisible()
    rows = {
        (dialog.table.item(r, 0).text(), dialog.table.item(r, 1).text())
        for r in range(dialog.table.rowCount())
    }
    assert ("Ctrl+K", "Quick search…") in rows
    assert ("Ctrl+L", "Log engagement…") in rows
    assert ("Ctrl+,", "Settings…") in rows
    assert any(keys == "Ctrl+1" for keys, _ in rows)  # the View menu's pages
    dialog.close()


def test_user_guide_opens_offline_and_describes_the_menus(qtbot, window):
    window.menu_actions.help.guide.trigger()
    guide = window.menu_actions.help.user_guide
    assert guide.isVisible()
    text = guide.text()
    assert "missing from this installation" not in text
    for words in ("Quick search", "Log engagement", "Settings", "Keyboard shortcuts", "Brief"):
        assert words in text, words
    # every contents link leads to its section
    from planner.files.resources import docs_path

    links = re.findall(r"\]\(#([\w-]+)\)", docs_path("user-guide.md").read_text("utf-8"))
    assert len(links) >= 8
    for slug in links:
        assert guide.scroll_to(slug), slug
    guide.close()


def test_user_guide_names_every_menu_of_the_window(qtbot, window):
    """The guide must not fall behind the app: each menu and page it can show is named."""
    from planner.files.resources import docs_path
    from ui.help import _plain
    from ui.navigation import NAV_PAGES

    guide = docs_path("user-guide.md").read_text("utf-8").replace("\n", " ")
    missing = []
    for top in window.menuBar().actions():
        menu = _plain(top.text())
        for act in [top, *top.menu().actions()]:
            name = _plain(act.text()).rstrip("…")
            if not name or name in ("Undo", "Redo", "Quit", "About Campaign Planner"):
                continue
            if menu == "View" and act is not top:
                continue  # the pages, checked below
            if f"{menu} ▸ {name}" not in guide and (act is not top or menu not in guide):
                missing.append(f"{menu} ▸ {name}")
    missing += [p.title for p in NAV_PAGES if p.title not in guide]
    assert missing == [], missing


# ------------------------------------------------------------------------- self-test, version


def test_self_test_passes_in_process(qtbot, tmp_path):
    from ui import self_test

    report = self_test.run(tmp_path, isolate_settings=False)
    assert report.passed, report.failures
    names = " ".join(report.lines)
    for what in ("pages render", "Excel tracker", "PDF brief", "resources"):
        assert what in names


def test_version_is_the_package_version(capsys):
    from ui.app import parse_args
    from ui.application import version

    assert version() == __version__
    with pytest.raises(SystemExit):
        parse_args(["--version"])
    assert __version__ in capsys.readouterr().out


def test_resources_are_found_under_the_frozen_bundle(monkeypatch, tmp_path):
    import sys

    from planner.files import resources

    resources.resources_dir.cache_clear()
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    try:
        assert resources.resource_path("icons", "app.svg") == tmp_path / "resources/icons/app.svg"
        assert resources.docs_path("user-guide.md") == tmp_path / "docs/user-guide.md"
    finally:
        monkeypatch.undo()
        resources.resources_dir.cache_clear()
    assert resources.resource_path("moments.json").is_file()  # from the checkout again


# ------------------------------------------------------------------------- versions of data


def test_opening_an_older_workspace_backs_it_up_then_upgrades(qtbot, window, tmp_path):
    old = tmp_path / "from-last-year.db"
    ws = open_workspace(old, upgrade=False)
    migrate(ws.engine, "0002")
    ws.close()
    with sqlite3.connect(old) as conn:
        conn.execute("INSERT INTO workspace_info(key, value) VALUES ('name', 'Last year')")
    assert window.open_path(old)
    assert window.ctx.ws.schema_revision() == head_revision()
    assert window.ctx.ws.name == "Last year"
    [made] = backups.list_backups(old)
    assert made.reason == "before-upgrade"
    with sqlite3.connect(made.path) as conn:  # the backup is the file as it was
        [(rev,)] = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    assert rev == "0002"


def test_a_workspace_from_a_newer_version_is_refused_with_a_clear_message(qtbot, window, tmp_path):
    newer = tmp_path / "from-the-future.db"
    open_workspace(newer).close()
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    shown: list[str] = []

    def read(dialog: QDialog) -> None:
        assert isinstance(dialog, QMessageBox)
        shown.append(dialog.text())
        dialog.accept()

    before = window.ctx.ws.path
    when_modal(qtbot, read)
    assert not window.open_path(newer)
    assert "newer version of Campaign Planner" in shown[0]
    assert "update the app" in shown[0]
    assert window.ctx.ws.path == before  # the open workspace is kept
    with sqlite3.connect(newer) as conn:  # and the newer file is untouched
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [("9999",)]


def test_stylesheet_font_sizes_follow_the_system_font(qtbot):
    from planner.files.resources import resource_path

    source = resource_path("style.qss").read_text(encoding="utf-8")
    assert re.findall(r"font-size:\s*[\d.]+px", source) == []  # relative sizes only
    app = QApplication.instance()
    original = app.font()
    font = app.font()
    try:
        font.setPointSizeF(20)
        app.setFont(font)
        big = theme.stylesheet(dark=False)
    finally:
        app.setFont(original)
    assert "font-size: 20.0pt" in big  # 1em = the system font
