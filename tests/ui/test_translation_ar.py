"""The Arabic interface: the catalogue is complete and well-formed, and the app reads it.

Arabic-speaking partners (Syrian, Sudanese…) use the app in Arabic, so every string the
sources translate must have an Arabic translation that keeps its placeholders, its
accelerator and its shortcut keys, and the compiled .qm must turn the window's menus,
navigation and campaign tabs into Arabic, laid out right to left.
"""

from __future__ import annotations

import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QApplication

from planner.services import campaigns
from ui import translation
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "campaign_planner_ar.ts"
QM = TS.with_suffix(".qm")
PLACEHOLDER = re.compile(r"\{[A-Za-z_]*\}|%\d|%n")
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
ARABIC = re.compile(r"[\u0600-\u06ff]")
# Latin words that stay in Arabic text: the product's name, products and file formats,
# key names and language codes. Any other Latin word is English left untranslated.
KEPT_LATIN = {
    *("Campaign", "Planner", "Excel", "LibreOffice", "Outlook", "Google", "Apple"),
    *("Calendar", "iCalendar", "CSV", "ISO", "JPEG", "PDF", "PNG", "SVG", "USB"),
    *("Ctrl", "Shift", "Enter", "Esc", "ar", "en", "fr"),
    *("csv", "db", "ics", "jpeg", "jpg", "json", "pdf", "png", "xlsx"),
}


def update_translations() -> ModuleType:
    """scripts/update_translations.py, the extractor that writes the .ts files."""
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "scripts" / "update_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def forms(tr: ET.Element) -> list[str]:
    """The texts of a translation: one, or one per plural form of a ``%n`` message."""
    plural = [form.text or "" for form in tr.iter("numerusform")]
    return plural or [tr.text or ""]


def messages() -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) of every live (not vanished) message."""
    found = []
    for ctx in ET.parse(TS).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            assert tr is not None
            if tr.get("type") != "vanished":
                found.append((name, msg.findtext("source") or "", tr))
    return found


@pytest.fixture
def arabic() -> Iterator[QApplication]:
    """The app switched to Arabic, and back to English after the test."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert translation.install(app, "ar"), f"cannot load {QM}"
    yield app
    translation.install(app, "en")


def test_the_arabic_catalogue_declares_arabic_and_has_no_unfinished_message():
    root = ET.parse(TS).getroot()
    assert root.get("language") == "ar"
    found = messages()
    assert len(found) > 600
    unfinished = [(c, s) for c, s, tr in found if tr.get("type") == "unfinished"]
    empty = [(c, s) for c, s, tr in found if not all(text.strip() for text in forms(tr))]
    assert unfinished == [] and empty == []


def test_every_string_the_sources_translate_has_an_arabic_translation():
    tool = update_translations()
    files = sorted(p for p in tool.SOURCES.rglob("*.py") if "__pycache__" not in p.parts)
    wanted = set(tool.extract(files))
    have = {(c, s) for c, s, tr in messages() if all(text.strip() for text in forms(tr))}
    missing = sorted(wanted - have)
    assert missing == [], (
        f"{len(missing)} strings have no Arabic yet (run scripts/update_translations.py, "
        f"then translate them in {TS.name}): {missing[:10]}"
    )


def test_arabic_translations_keep_placeholders_accelerators_and_shortcuts():
    for ctx, source, tr in messages():
        for text in forms(tr):
            check_kept(ctx, source, text)


def test_arabic_plural_messages_have_the_six_arabic_plural_forms():
    """Qt picks zero, one, two, few (3–10), many (11–99) or other for a ``%n`` message."""
    plural = [(c, s, forms(tr)) for c, s, tr in messages() if "%n" in s]
    assert plural, "no plural message: relative dates use %n"
    for ctx, source, texts in plural:
        assert len(texts) == 6, (ctx, source, texts)
        assert "%n" in texts[3] and "%n" in texts[4], (ctx, source, texts)  # 3–10, 11–99


def check_kept(ctx: str, source: str, text: str) -> None:
    """``text`` keeps the placeholders, accelerator and shortcut keys of ``source`` and
    leaves no English word behind (a plural form may spell the number out: 'يومين')."""
    where = f"{ctx}: {source!r} -> {text!r}"
    found, wanted = PLACEHOLDER.findall(text), PLACEHOLDER.findall(source)
    if "%n" in source and "%n" not in found:
        wanted = [p for p in wanted if p != "%n"]
    assert sorted(found) == sorted(wanted), where
    assert source.count("\n") == text.count("\n"), where
    has_accelerator = "&" in source.replace("&&", "")
    assert ("&" in text.replace("&&", "")) == has_accelerator, where
    if has_accelerator:  # on a letter, so Alt+letter works with an Arabic layout
        after = text[text.index("&") + 1 :]
        assert after[:1].isalpha(), where
    for keys in re.findall(r"(?:Ctrl|Shift|Alt)\+[\w/,+]+", source):
        assert keys in text, where
    if not ARABIC.search(text):
        assert re.fullmatch(r"(?:Ctrl|Shift|Alt)\+[\w+]+", text), where
    assert not set(LATIN_WORD.findall(PLACEHOLDER.sub("", text))) - KEPT_LATIN, where


def test_the_menu_bar_reads_campaign_in_one_arabic_menu():
    """Two modules add actions to the Campaign menu, found by its (translated) title."""
    by_context = {(c, s): tr.text for c, s, tr in messages() if s == "&Campaign"}
    assert len(set(by_context.values())) == 1, by_context


def test_the_compiled_catalogue_translates_the_menus_and_turns_the_window_right_to_left(
    qtbot, arabic, demo_ws
):
    assert translation.current_language() == "ar"
    assert QCoreApplication.translate("MainWindow", "&File") == "&ملف"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    QSettings().setValue("tour/offered", "true")
    win = MainWindow()
    qtbot.addWidget(win)
    win.set_workspace(demo_ws)
    assert win.layoutDirection() == Qt.LayoutDirection.RightToLeft

    menus = [a.menu() for a in win.menuBar().actions() if a.menu() is not None]
    titles = [m.title().replace("&", "") for m in menus]
    assert titles[:3] == ["ملف", "تحرير", "عرض"] and titles[-1] == "مساعدة"
    assert "الحملة" in titles and all(ARABIC.search(t) for t in titles), titles
    for menu in menus:
        for action in menu.actions():
            text = action.text()
            assert action.isSeparator() or ARABIC.search(text), (menu.title(), text)
            assert not set(LATIN_WORD.findall(text)) - KEPT_LATIN, (menu.title(), text)

    nav = [win.nav.item(i).text() for i in range(win.nav.count())]
    assert nav[:3] == ["لوحة المعلومات", "الحملات", "أصحاب المصلحة"]

    syria = next(c for c in campaigns.list_campaigns(demo_ws) if "Syria" in c.name)
    view = win.open_campaign(syria.id, "people")
    tabs = [view.tabs.tabText(i) for i in range(view.tabs.count())]
    assert "الأطراف" in tabs and "خريطة القوى" in tabs
    assert all(ARABIC.search(t) and not LATIN_WORD.search(t) for t in tabs), tabs
    win.close()
