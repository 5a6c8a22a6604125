"""The user's preferences: their keys, defaults and rules, and how each one takes effect.

Preferences of this computer live in QSettings (theme, language, date format, default
audience, backup rotation); those that belong to a workspace and must travel with it
(organisation name and logo for briefs, the user name in the audit trail) live in the
workspace's info table, so a brief made from this workspace on any laptop carries them.
The dialog (``ui.settings_dialog``) only edits a ``Preferences`` value; validation and
applying live here so that start-up, the dialog and the tests share them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from planner.domain import vocabulary as v
from planner.domain.audience import DEFAULT_AUDIENCE
from planner.domain.validation import ValidationError
from planner.storage.audit import USER_NAME_KEY
from planner.storage.workspace import Workspace

THEMES = ("system", "light", "dark")
DATE_FORMATS = ("medium", "short", "iso", "long")
LANGUAGES = ("en", "fr", "es", "ar")
LANGUAGE_NAMES = {"en": "English", "fr": "Français", "es": "Español", "ar": "العربية"}
LOGO_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif")


@dataclass(frozen=True)
class Preferences:
    """Every setting the dialog shows; ``QSettings`` keys are in ``KEYS``."""

    default_audience: str = DEFAULT_AUDIENCE  # restricted distribution, as every export
    backup_folder: str = ""  # empty: ``<workspace>-backups`` beside the workspace
    backup_keep_last: int = 10
    backup_keep_days: int = 30
    backup_interval_minutes: int = 10
    stale_days: int = 30
    theme: str = "system"
    date_format: str = "medium"
    language: str = "en"


KEYS = {
    "default_audience": "exports/default_audience",
    "backup_folder": "backups/folder",
    "backup_keep_last": "backups/keep_last",
    "backup_keep_days": "backups/keep_days",
    "backup_interval_minutes": "backups/interval_minutes",
    "stale_days": "dashboard/stale_days",
    "theme": "ui/theme",
    "date_format": "ui/date_format",
    "language": "ui/language",
}

RANGES = {
    "backup_keep_last": (1, 1000),
    "backup_keep_days": (1, 3650),
    "backup_interval_minutes": (1, 24 * 60),
    "stale_days": (1, 3650),
}
CHOICES = {
    "default_audience": v.AUDIENCES,
    "theme": THEMES,
    "date_format": DATE_FORMATS,
    "language": LANGUAGES,
}


@dataclass(frozen=True)
class WorkspacePreferences:
    """Settings stored in the workspace itself (they travel with the file)."""

    organisation_name: str = ""
    organisation_logo: str = ""  # a PNG/JPEG path; empty: the neutral logo
    user_name: str = ""


# the keys ``planner.publishing.documents.write_brief`` reads (not imported: reportlab is slow
# to load and start-up should not pay for it)
WORKSPACE_KEYS = {
    "organisation_name": "organisation_name",
    "organisation_logo": "organisation_logo",
    "user_name": USER_NAME_KEY,
}


# --------------------------------------------------------------------------- reading


def setting_int(raw: object) -> int:
    """``raw`` (what ``QSettings.value`` returned: an int, or text from the file) as an int.

    QSettings types its values as ``object``; anything ``int()`` cannot take raises
    TypeError or ValueError, as ``int()`` itself would, for the caller's fallback.
    """
    if isinstance(raw, int | str | float):
        return int(raw)
    raise TypeError(f"not a number: {raw!r}")


def positive_setting(key: str, default: int) -> int:
    """The QSettings value of ``key`` as a whole number, at least 1; ``default`` when it
    is missing or not a number (the backup interval, the dashboard's quiet days)."""
    try:
        return max(1, setting_int(QSettings().value(key, default)))
    except (TypeError, ValueError):
        return default


def load() -> Preferences:
    """The saved preferences; a missing or unreadable value falls back to its default."""
    settings = QSettings()
    default = Preferences()
    values: dict[str, Any] = {}  # each field's own type: an int in range, or a text
    for f in fields(Preferences):
        raw = settings.value(KEYS[f.name])
        fallback = getattr(default, f.name)
        if raw is None or raw == "":
            values[f.name] = fallback
            continue
        if isinstance(fallback, int):
            try:
                number = setting_int(raw)
            except (TypeError, ValueError):
                number = fallback
            low, high = RANGES[f.name]
            values[f.name] = number if low <= number <= high else fallback
        else:
            text = str(raw)
            allowed = CHOICES.get(f.name)
            values[f.name] = text if allowed is None or text in allowed else fallback
    return Preferences(**values)


def load_workspace(ws: Workspace) -> WorkspacePreferences:
    return WorkspacePreferences(**{k: ws.info(key) or "" for k, key in WORKSPACE_KEYS.items()})


def value(name: str) -> object:
    """One preference by field name (``value("stale_days")``)."""
    return getattr(load(), name)


def stale_days() -> int:
    """How many days without contact make a target or partner 'quiet' on the dashboard."""
    return load().stale_days


def default_audience() -> str:
    return load().default_audience


# --------------------------------------------------------------------------- checking


def check(prefs: Preferences) -> Preferences:
    """Raise ``ValidationError`` naming the first bad field and value."""
    for name, allowed in CHOICES.items():
        got = getattr(prefs, name)
        if got not in allowed:
            raise ValidationError(name, got, f"must be one of {', '.join(allowed)}")
    for name, (low, high) in RANGES.items():
        got = getattr(prefs, name)
        if not isinstance(got, int) or not low <= got <= high:
            raise ValidationError(name, got, f"must be a whole number from {low} to {high}")
    if prefs.backup_folder:
        folder = Path(prefs.backup_folder).expanduser()
        if folder.exists() and not folder.is_dir():
            raise ValidationError("backup_folder", prefs.backup_folder, "is a file, not a folder")
    return prefs


def check_workspace(prefs: WorkspacePreferences) -> WorkspacePreferences:
    name = prefs.organisation_name.strip()
    if len(name) > 120:
        raise ValidationError(
            "organisation_name", name[:30] + "…", "must be 120 characters or less"
        )
    if prefs.organisation_logo:
        logo = Path(prefs.organisation_logo).expanduser()
        if not logo.is_file():
            raise ValidationError("organisation_logo", prefs.organisation_logo, "no such file")
        if logo.suffix.lower() not in LOGO_SUFFIXES:
            raise ValidationError(
                "organisation_logo", prefs.organisation_logo, "must be PNG or JPEG"
            )
    if len(prefs.user_name.strip()) > 80:
        raise ValidationError(
            "user_name", prefs.user_name[:30] + "…", "must be 80 characters or less"
        )
    return replace(prefs, organisation_name=name, user_name=prefs.user_name.strip())


# --------------------------------------------------------------------------- saving


def save(prefs: Preferences, ws: Workspace | None = None) -> Preferences:
    """Check and store ``prefs``; backup rotation is also written into the open workspace
    (``planner.storage.backups`` reads it from there, so the CLI and the app rotate alike)."""
    check(prefs)
    settings = QSettings()
    for f in fields(Preferences):
        settings.setValue(KEYS[f.name], getattr(prefs, f.name))
    settings.sync()
    if ws is not None:
        from planner.storage import backups

        backups.configure(
            ws,
            folder=prefs.backup_folder or None,
            keep_last=prefs.backup_keep_last,
            keep_days=prefs.backup_keep_days,
            minutes=prefs.backup_interval_minutes,
        )
    return prefs


def save_workspace(ws: Workspace, prefs: WorkspacePreferences) -> WorkspacePreferences:
    prefs = check_workspace(prefs)
    for name, key in WORKSPACE_KEYS.items():
        text = getattr(prefs, name)
        if text or ws.info(key) is not None:
            ws.set_info(
                key, str(Path(text).expanduser()) if name == "organisation_logo" and text else text
            )
    return prefs


# --------------------------------------------------------------------------- applying


def apply(app: QApplication, prefs: Preferences | None = None, *, language: bool = True) -> None:
    """Make ``prefs`` visible: theme, date format and (at start-up) the language."""
    from ui import display, theme, translation

    prefs = prefs or load()
    dark = {"system": None, "light": False, "dark": True}[prefs.theme]
    app.setProperty("themeChoice", prefs.theme)
    theme.apply(app, dark)
    display.set_date_style(prefs.date_format)
    if language:
        translation.install(app, prefs.language)


def example_date(style: str) -> str:
    """How a date reads in ``style`` (shown next to the choice in the dialog)."""
    from ui import display

    return display.date_text(dt.date(2026, 11, 28), style=style)
