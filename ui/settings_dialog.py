"""Edit ▸ Settings… (Ctrl+,): the user's preferences in one keyboard-friendly form.

The dialog edits values only; ``ui.settings`` checks, stores and applies them. A value
the rules refuse is named under the form and nothing is saved, like every entity form.
Workspace settings (organisation, logo, user name) are greyed out with no workspace open.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSpinBox,
    QStatusBar,
    QVBoxLayout,
    QWidget,
)

from planner.domain import vocabulary as v
from planner.domain.validation import ValidationError
from planner.storage.workspace import Workspace
from ui import settings
from ui.context import WorkspaceContext
from ui.dialogs.layout import error_line
from ui.translation import translator

tr = translator("Settings")


def audience_names() -> dict[str, str]:
    """The audiences as every export dialog names them (``planner.domain.audience``)."""
    from ui.dialogs.audience_choice import audience_text

    return {a: audience_text(a) for a in v.AUDIENCES}


def theme_names() -> dict[str, str]:
    return {"system": tr("Follow the system"), "light": tr("Light"), "dark": tr("Dark")}


def date_names() -> dict[str, str]:
    return {
        "medium": tr("Day and month name"),
        "short": tr("Short (the system's)"),
        "iso": tr("ISO (year-month-day)"),
        "long": tr("Long"),
    }


class SettingsDialog(QDialog):
    def __init__(self, ws: Workspace | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(tr("Settings"))
        self.setModal(True)
        self.setMinimumWidth(560)
        self.saved: settings.Preferences | None = None
        prefs = settings.load()
        wprefs = settings.load_workspace(ws) if ws is not None else settings.WorkspacePreferences()
        self.fields: dict[str, QWidget] = {}
        self._captions: list[QLabel] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(22, 18, 22, 14)
        outer.setSpacing(12)

        # -- this workspace ----------------------------------------------------------
        where = ws.name if ws is not None else tr("no workspace open")
        box, form = self._group(tr("This workspace ({name})").format(name=where))
        self.org_name = self._line("organisation_name", wprefs.organisation_name)
        self.org_name.setPlaceholderText(tr("Printed on the briefs of this workspace"))
        form.addRow(self._label(tr("&Organisation name"), self.org_name), self.org_name)
        self.logo = self._line("organisation_logo", wprefs.organisation_logo)
        self.logo.setPlaceholderText(tr("PNG or JPEG; empty for the neutral logo"))
        self.logo_button, logo_row = self._chooser(
            self.logo, tr("Choose a logo file"), self._choose_logo
        )
        form.addRow(self._label(tr("&Logo for briefs"), self.logo), logo_row)
        self.user_name = self._line("user_name", wprefs.user_name)
        self.user_name.setPlaceholderText(tr("Who made each change, in the history"))
        form.addRow(self._label(tr("Your &name"), self.user_name), self.user_name)
        for w in (self.org_name, self.logo, self.logo_button, self.user_name):
            w.setEnabled(ws is not None)
        self.team_button: QPushButton | None = None
        self.team_dialog: QDialog | None = None
        from ui.dialogs.team import is_team_server  # imported when the dialog opens

        if is_team_server(ws):  # members and their campaigns live on the server only
            self.team_button = QPushButton(tr("Members and campaigns…"))
            self.team_button.setAutoDefault(False)  # Enter saves the form
            self.team_button.clicked.connect(self.open_team)
            form.addRow(self._label(tr("Tea&m"), self.team_button), self.team_button)
        outer.addWidget(box)

        # -- documents ---------------------------------------------------------------
        box, form = self._group(tr("Exports"))
        self.audience = self._combo(
            "default_audience", [(a, audience_names()[a]) for a in v.AUDIENCES]
        )
        self.audience.setCurrentIndex(self.audience.findData(prefs.default_audience))
        form.addRow(self._label(tr("Default &audience"), self.audience), self.audience)
        outer.addWidget(box)

        # -- backups -------------------------------------------------------------------
        box, form = self._group(tr("Backups"))
        self.backup_folder = self._line("backup_folder", prefs.backup_folder)
        self.backup_folder.setPlaceholderText(tr("Beside the workspace file"))
        self.folder_button, folder_row = self._chooser(
            self.backup_folder, tr("Choose the backup folder"), self._choose_folder
        )
        form.addRow(self._label(tr("Backup &folder"), self.backup_folder), folder_row)
        self.keep_last = self._spin("backup_keep_last", prefs.backup_keep_last, tr(" backups"))
        form.addRow(self._label(tr("&Keep the last"), self.keep_last), self.keep_last)
        self.keep_days = self._spin("backup_keep_days", prefs.backup_keep_days, tr(" days"))
        form.addRow(
            self._label(tr("Plus one a day fo&r"), self.keep_days),
            self.keep_days,
        )
        self.interval = self._spin(
            "backup_interval_minutes", prefs.backup_interval_minutes, tr(" minutes")
        )
        form.addRow(self._label(tr("Back up &every"), self.interval), self.interval)
        outer.addWidget(box)

        # -- display -------------------------------------------------------------------
        box, form = self._group(tr("Display"))
        self.stale_days = self._spin("stale_days", prefs.stale_days, tr(" days"))
        self.stale_days.setToolTip(
            tr("Targets and partners with no engagement for this long show as not contacted")
        )
        form.addRow(self._label(tr("Not &contacted after"), self.stale_days), self.stale_days)
        self.theme = self._combo("theme", [(t, theme_names()[t]) for t in settings.THEMES])
        self.theme.setCurrentIndex(self.theme.findData(prefs.theme))
        form.addRow(self._label(tr("&Theme"), self.theme), self.theme)
        self.date_format = self._combo(
            "date_format",
            [(d, f"{date_names()[d]} — {settings.example_date(d)}") for d in settings.DATE_FORMATS],
        )
        self.date_format.setCurrentIndex(self.date_format.findData(prefs.date_format))
        form.addRow(self._label(tr("&Dates"), self.date_format), self.date_format)
        self.language = self._combo(
            "language", [(lang, settings.LANGUAGE_NAMES[lang]) for lang in settings.LANGUAGES]
        )
        self.language.setCurrentIndex(self.language.findData(prefs.language))
        form.addRow(self._label(tr("Lan&guage"), self.language), self.language)
        self.language_note = QLabel(tr("A new language applies when the app restarts."))
        self.language_note.setObjectName("fieldHint")
        self.language_note.setVisible(False)
        self.language.currentIndexChanged.connect(
            lambda _i: self.language_note.setVisible(self.language.currentData() != prefs.language)
        )
        form.addRow("", self.language_note)
        outer.addWidget(box)

        self.error = error_line(outer)
        self.error.setAccessibleName(tr("Problem"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)  # Enter saves
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self.previous = prefs
        # one label column across the groups, so the fields line up
        width = max(c.sizeHint().width() for c in self._captions)
        for caption in self._captions:
            caption.setMinimumWidth(width)
        (self.org_name if ws is not None else self.audience).setFocus()

    # -- building --------------------------------------------------------------------
    def _group(self, title: str) -> tuple[QGroupBox, QFormLayout]:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        return box, form

    def _chooser(
        self, line: QLineEdit, name: str, choose: Callable[[], None]
    ) -> tuple[QPushButton, QHBoxLayout]:
        """``line`` with a Choose… button beside it (the logo and the backup folder)."""
        row = QHBoxLayout()
        row.addWidget(line, 1)
        button = QPushButton(tr("Choose…"))
        button.setAccessibleName(name)
        button.setAutoDefault(False)  # Enter saves the form, never opens a picker
        button.clicked.connect(choose)
        row.addWidget(button)
        return button, row

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)  # Alt+letter jumps to the field
        self._captions.append(label)
        buddy.setAccessibleName(text.replace("&", ""))
        return label

    def _line(self, name: str, value: str) -> QLineEdit:
        edit = QLineEdit(value)
        self.fields[name] = edit
        return edit

    def _combo(self, name: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        for data, text in items:
            combo.addItem(text, data)
        self.fields[name] = combo
        return combo

    def _spin(self, name: str, value: int, suffix: str) -> QSpinBox:
        spin = QSpinBox()
        low, high = settings.RANGES[name]
        spin.setRange(low, high)
        spin.setValue(value)
        spin.setSuffix(suffix)
        spin.setAccelerated(True)
        self.fields[name] = spin
        return spin

    def open_team(self) -> QDialog:
        """Settings ▸ Team…: the members of this team server (``ui.dialogs.team``)."""
        from ui.dialogs.team import TeamDialog

        assert self.ws is not None
        dialog = TeamDialog(self.ws, self)
        self.team_dialog = dialog
        dialog.open()
        return dialog

    def _choose_logo(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, tr("Logo for briefs"), self.logo.text(), tr("Images (*.png *.jpg *.jpeg)")
        )
        if name:
            self.logo.setText(name)

    def _choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(
            self, tr("Backup folder"), self.backup_folder.text() or str(Path.home())
        )
        if name:
            self.backup_folder.setText(name)

    # -- values ----------------------------------------------------------------------
    def preferences(self) -> settings.Preferences:
        return settings.Preferences(
            default_audience=self.audience.currentData(),
            backup_folder=self.backup_folder.text().strip(),
            backup_keep_last=self.keep_last.value(),
            backup_keep_days=self.keep_days.value(),
            backup_interval_minutes=self.interval.value(),
            stale_days=self.stale_days.value(),
            theme=self.theme.currentData(),
            date_format=self.date_format.currentData(),
            language=self.language.currentData(),
        )

    def workspace_preferences(self) -> settings.WorkspacePreferences:
        return settings.WorkspacePreferences(
            organisation_name=self.org_name.text(),
            organisation_logo=self.logo.text().strip(),
            user_name=self.user_name.text(),
        )

    def show_error(self, err: ValidationError) -> None:
        for field in self.fields.values():
            field.setProperty("invalid", False)
        widget = self.fields.get(err.field)
        if widget is not None:
            widget.setProperty("invalid", True)
            widget.style().unpolish(widget)
            widget.style().polish(widget)
            widget.setFocus()
        self.error.setText(tr("{problem}. Nothing was saved.").format(problem=str(err)))
        self.error.setVisible(True)

    def accept(self) -> None:
        """Check everything first, then store: a refused value saves nothing."""
        try:
            prefs = settings.check(self.preferences())
            wprefs = (
                settings.check_workspace(self.workspace_preferences())
                if self.ws is not None
                else None
            )
        except ValidationError as err:
            self.show_error(err)
            return
        settings.save(prefs, self.ws)
        if self.ws is not None and wprefs is not None:
            settings.save_workspace(self.ws, wprefs)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            settings.apply(app, prefs, language=False)
        self.saved = prefs
        super().accept()


class SettingsHost(Protocol):
    """The main window as Edit ▸ Settings… sees it: its workspace, Edit menu, status bar."""

    ctx: WorkspaceContext | None
    edit_menu: QMenu

    def window(self) -> QWidget: ...  # a top-level window: itself, as a widget

    def statusBar(self) -> QStatusBar: ...


@dataclass
class SettingsActions:
    """Edit ▸ Settings…, as the window exposes it, and the last dialog it opened (kept
    while open, for tests)."""

    settings: QAction
    dialog: SettingsDialog | None = None


def open_settings(window: SettingsHost, actions: SettingsActions | None = None) -> SettingsDialog:
    """Show the dialog for ``window``'s workspace; refresh the views if dates changed.
    ``actions`` keeps the dialog while it is open."""
    ctx = window.ctx
    dialog = SettingsDialog(ctx.ws if ctx is not None else None, window.window())
    if actions is not None:
        actions.dialog = dialog
    before = settings.load()
    if dialog.exec() and dialog.saved is not None:
        if ctx is not None and dialog.saved.date_format != before.date_format:
            ctx.bus.everything()
        message = tr("Settings saved.")
        if dialog.saved.language != before.language:
            message += " " + tr("Restart Campaign Planner to switch the language.")
        window.statusBar().showMessage(message, 6000)
    return dialog


def install(window: SettingsHost) -> SettingsActions:
    """Add Edit ▸ Settings… (Ctrl+,; the platform's Preferences key too) to the window."""
    action = QAction(tr("Se&ttings…"), window.window())
    action.setShortcuts(
        [QKeySequence("Ctrl+,")]
        + [
            k
            for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
            if k.toString() != "Ctrl+,"
        ]
    )
    action.setMenuRole(QAction.MenuRole.PreferencesRole)
    actions = SettingsActions(settings=action)
    action.triggered.connect(lambda: open_settings(window, actions))
    window.edit_menu.addSeparator()
    window.edit_menu.addAction(action)
    return actions
