"""The app's look in one place: the stylesheet, light/dark colours, icons, stance colours.

The stylesheet in ``resources/style.qss`` names colours as tokens (``@accent``) so that
one file serves both palettes; which palette applies follows the system colour scheme
(Qt 6.5+ ``QStyleHints.colorScheme``). Colour always comes with text in the views: these
colours only reinforce a word (stance, status), never replace it.
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from planner.files.resources import resources_dir

RESOURCES = resources_dir()
ICONS = RESOURCES / "icons"
FONTS = RESOURCES / "fonts"

# The interface is set in the app's own fonts, shipped in resources/, so that a layout
# measured here is the layout on any machine, whatever fonts it happens to have.
UI_FONT_FILES = (
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoSans-Italic.ttf",
    "NotoNaskhArabic-Regular.ttf",
    "NotoNaskhArabic-Bold.ttf",
)
UI_FAMILIES = ("Noto Sans", "Noto Naskh Arabic")

LIGHT = {
    "window": "#f6f7f9",
    "panel": "#ffffff",
    "sidebar": "#eef1f4",
    "header": "#f8f9fb",
    "alt": "#fafbfc",
    "input": "#ffffff",
    "text": "#1f2933",
    "muted": "#5f6b78",
    "border": "#e1e5ea",
    "borderStrong": "#c9d0d8",
    "hover": "#e6eaef",
    "selection": "#dbe7f5",
    "chip": "#eef1f4",
    "accent": "#1f5f99",
    "accentHover": "#1a5285",
    "accentText": "#163f66",
    "onAccent": "#ffffff",
    "danger": "#a3362f",
    "dangerBg": "#fdf3f2",
    "dangerBorder": "#efc7c3",
}

DARK = {
    "window": "#1b1f24",
    "panel": "#23282e",
    "sidebar": "#181b20",
    "header": "#262b31",
    "alt": "#262b31",
    "input": "#1e2227",
    "text": "#e4e8ec",
    "muted": "#9aa5b1",
    "border": "#343a42",
    "borderStrong": "#46505a",
    "hover": "#2d333a",
    "selection": "#2c4a68",
    "chip": "#2d333a",
    "accent": "#5b9bd5",
    "accentHover": "#74acdf",
    "accentText": "#cfe3f6",
    "onAccent": "#0f1923",
    "danger": "#ec8a80",
    "dangerBg": "#3a2523",
    "dangerBorder": "#6b3a35",
}

# Stance −2 … +2: a diverging scale, muted, readable as text colour on either palette.
STANCE_COLOURS = {
    -2: "#b4412f",
    -1: "#d0803a",
    0: "#8a96a3",
    1: "#4f9a78",
    2: "#2f7d5b",
}

STATUS_COLOURS = {
    # campaigns
    "planning": "#6b7fa3",
    "active": "#2f7d5b",
    "paused": "#c08a1e",
    "closed": "#8a96a3",
    # milestones
    "planned": "#3b6ea5",
    "done": "#2f7d5b",
    "missed": "#b4412f",
    "cancelled": "#8a96a3",
    "overdue": "#c2610c",
    # asks
    "open": "#3b6ea5",
    "progressing": "#c08a1e",
    "achieved": "#2f7d5b",
    "dropped": "#8a96a3",
}


def is_dark() -> bool:
    """Whether the system asks for a dark scheme (falls back to the palette's lightness)."""
    app = QGuiApplication.instance()
    if app is None:
        return False
    hints = QGuiApplication.styleHints()
    scheme = getattr(hints, "colorScheme", None)
    if scheme is not None:
        value = scheme()
        if value == Qt.ColorScheme.Dark:
            return True
        if value == Qt.ColorScheme.Light:
            return False
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return window.lightness() < 128


def colours(dark: bool | None = None) -> dict[str, str]:
    return DARK if (is_dark() if dark is None else dark) else LIGHT


def stylesheet(dark: bool | None = None) -> str:
    """The stylesheet with the palette's colours filled in (longest token names first).

    Two more tokens serve images: ``@icons`` (the icons folder, as Qt style sheets resolve
    a relative ``url()`` against the working directory) and ``@scheme`` (light/dark, for
    an icon drawn on the accent colour).
    """
    source = (RESOURCES / "style.qss").read_text(encoding="utf-8")
    palette = colours(dark)
    tokens = {
        **palette,
        "icons": ICONS.as_posix(),
        "scheme": "dark" if palette is DARK else "light",
    }
    names = sorted(tokens, key=len, reverse=True)
    pattern = re.compile("@(" + "|".join(names) + r")\b")
    return _relative_font_sizes(pattern.sub(lambda m: tokens[m.group(1)], source))


_EM = re.compile(r"font-size:\s*(\d+(?:\.\d+)?)em")


def _relative_font_sizes(qss: str) -> str:
    """``font-size: 1.2em`` → points relative to the system font, so text follows the
    size the user chose in their system settings (Qt style sheets have no ``em`` fonts)."""
    app = QGuiApplication.instance()
    base = QGuiApplication.font().pointSizeF() if app is not None else -1.0
    if base <= 0:
        base = 10.0
    return _EM.sub(lambda m: f"font-size: {float(m.group(1)) * base:.1f}pt", qss)


@cache
def _register_ui_fonts() -> tuple[str, ...]:
    """Add the shipped fonts to Qt's database once; the families that loaded."""
    families: list[str] = []
    for name in UI_FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(FONTS / name))
        if font_id < 0:
            raise RuntimeError(f"The app's font {FONTS / name} could not be loaded")
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return tuple(dict.fromkeys(families))


def use_app_font(app: QGuiApplication) -> None:
    """Set the interface in the shipped Noto Sans (Arabic from Noto Naskh Arabic), at the
    size the user's system chose, so text never depends on the machine's fonts."""
    _register_ui_fonts()
    font = QFont(app.font())
    font.setFamilies(list(UI_FAMILIES))
    app.setFont(font)


def apply(app: QApplication, dark: bool | None = None) -> None:
    """Style the whole app, and restyle it when the system switches light/dark."""
    use_app_font(app)
    app.setStyle("Fusion")
    _apply_palette(app, dark)
    app.setStyleSheet(stylesheet(dark))
    if dark is None and not app.property("plannerThemeHooked"):
        hints = QGuiApplication.styleHints()
        if hasattr(hints, "colorSchemeChanged"):
            hints.colorSchemeChanged.connect(lambda _scheme: _follow_system(app))
            app.setProperty("plannerThemeHooked", True)  # connected once per app


def _follow_system(app: QApplication) -> None:
    """The system switched light/dark: follow it unless Settings chose a fixed theme."""
    if app.property("themeChoice") in (None, "system"):
        apply(app)


def _apply_palette(app: QApplication, dark: bool | None) -> None:
    c = colours(dark)
    pal = app.palette()
    Role = QPalette.ColorRole
    # each colour of the theme, and the palette roles drawn in it
    roles_by_colour = {
        "window": [Role.Window],
        "panel": [Role.Base, Role.Button, Role.ToolTipBase],
        "alt": [Role.AlternateBase],
        "text": [
            Role.Text,
            Role.WindowText,
            Role.ButtonText,
            Role.HighlightedText,
            Role.ToolTipText,
        ],
        "selection": [Role.Highlight],
        "muted": [Role.PlaceholderText],
        "accent": [Role.Link],
    }
    for key, roles in roles_by_colour.items():
        for role in roles:
            pal.setColor(role, QColor(c[key]))
    app.setPalette(pal)


@cache
def icon(name: str) -> QIcon:
    """An icon from ``resources/icons`` by file stem ('lock', 'dashboard')."""
    return QIcon(str(ICONS / f"{name}.svg"))


def stance_colour(stance: int | None) -> QColor:
    return QColor(STANCE_COLOURS.get(stance if stance is not None else 0, "#8a96a3"))


def status_colour(status: str) -> QColor:
    return QColor(STATUS_COLOURS.get(status, "#8a96a3"))
