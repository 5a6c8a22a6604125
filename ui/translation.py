"""The interface language: Qt translators for the app and for Qt's own dialogs, and RTL.

Translations are Qt Linguist files in ``resources/translations``: translators edit the
``.ts`` files, ``scripts/update-translations`` refreshes them from the sources and
compiles the ``.qm`` files the app loads (both are committed, so the app never needs
the tools). Arabic turns the whole layout right-to-left; strings without a translation
stay English.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from planner.files.resources import resource_path

CATALOGUE = "campaign_planner"
RTL_LANGUAGES = ("ar",)

_installed: list[QTranslator] = []


def translator(context: str) -> Callable[[str], str]:
    """A module's ``tr``: ``tr = translator("Pages")`` translates each text in ``context``
    (scripts/update_translations.py reads the context from that line), so the modules do
    not each define the same two-line function."""

    def tr(text: str) -> str:
        return QCoreApplication.translate(context, text)

    return tr


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Qt's ``QT_TRANSLATE_NOOP``, typed: marks ``text`` for translation in ``context``
    (scripts/update_translations.py finds the calls by this name) and returns it as it is,
    to be translated where it is shown. PySide6's own does the same, but its stub says it
    returns ``object``, so each use would need a cast to be a ``str``."""
    return text


def catalogue(lang: str) -> str:
    return str(resource_path("translations", f"{CATALOGUE}_{lang}.qm"))


def install(app: QApplication, lang: str) -> bool:
    """Switch the app to ``lang`` (removing the previous translators); True if the app's
    own catalogue was found. Widgets built afterwards read the new language."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale(lang) if lang != "en" else QLocale.system())
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if lang in RTL_LANGUAGES else Qt.LayoutDirection.LeftToRight
    )
    if lang == "en":
        return True
    found = False
    ours = QTranslator(app)
    if ours.load(catalogue(lang)):
        app.installTranslator(ours)
        _installed.append(ours)
        found = True
    qt_own = QTranslator(app)  # Qt's standard buttons (OK, Cancel, Save…)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{lang}", qt_dir):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    return found


def current_language() -> str:
    """The language of the installed app catalogue ('en' when none)."""
    for translator in _installed:
        name = translator.filePath()
        if CATALOGUE in name:
            return name.rsplit("_", 1)[-1].removesuffix(".qm")
    return "en"
