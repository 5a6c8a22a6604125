"""Campaign ▸ Brief…: choose audience, template, language and paper, then write the PDF.

The dialog gathers options and shows, before anything is written, which withheld names
the gate will replace in the text; ``generate_brief`` sends the brief through the gate
(``planner.publishing.gate``) in the background behind a progress dialog with Cancel,
and then offers to open the PDF in the system's viewer or show its folder. Every brief
is recorded in the audit trail as a document that left the workspace.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QDialog, QMessageBox, QWidget

from planner.publishing import gate
from planner.publishing.exports.brief import LOGO_KEY, ORG_NAME_KEY, BriefResult
from ui.context import WorkspaceContext
from ui.dialogs.audience_choice import export_folder, file_stem
from ui.dialogs.layout import dialog_frame, hint_line, options_form
from ui.dialogs.progress_task import Task
from ui.dialogs.publishing import (
    ExportDialog,
    SaveAs,
    campaign_combo,
    publish_in_background,
    tell_written,
)
from ui.operations import Progress
from ui.translation import translator

tr = translator("BriefDialog")


# Each language named in itself, as language pickers do; template and paper names are
# translated where the combo boxes are filled.
LANGUAGES = {"en": "English", "fr": "Français", "es": "Español", "ar": "العربية (Arabic)"}
TEMPLATES = {"full": "Full brief", "one-pager": "One-pager"}
PAPERS = {"a4": "A4", "letter": "US Letter"}
LETTER_COUNTRIES = {
    QLocale.Country.UnitedStates,
    QLocale.Country.Canada,
    QLocale.Country.Mexico,
    QLocale.Country.Philippines,
    QLocale.Country.Chile,
    QLocale.Country.Colombia,
}


@dataclass(frozen=True)
class BriefChoice:
    campaign_id: str
    campaign_name: str
    audience: str
    template: str
    lang: str
    paper: str
    out: Path
    force: bool = False  # the user agreed to replace an existing file


def _combo(items: dict[str, str], current: str) -> QComboBox:
    combo = QComboBox()
    for key, text in items.items():
        combo.addItem(text, key)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class BriefDialog(ExportDialog):
    """The brief's options; ``choice()`` after it is accepted."""

    def __init__(
        self, ctx: WorkspaceContext, campaign_id: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, tr("Advocacy brief"), parent)
        outer = dialog_frame(
            self,
            tr("Print-ready PDF brief"),
            tr(
                "Asks first, why now, voices from the ground, who stands where and what is "
                "next. Partners are named only as far as the audience allows."
            ),
        )
        form = options_form()
        self.campaign = campaign_combo(ctx.ws, campaign_id)
        self.template = _combo({k: tr(TEMPLATES[k]) for k in TEMPLATES}, "full")
        self.lang = _combo(LANGUAGES, _default_language())
        self.paper = _combo({**PAPERS, "letter": tr("US Letter")}, _default_paper())
        self.save_as = SaveAs(".pdf", tr("Save brief as"), tr("PDF document (*.pdf)"))
        self.out = self.save_as.line
        form.addRow(tr("Campaign"), self.campaign)
        form.addRow(tr("Audience"), self.audience)
        form.addRow(tr("Template"), self.template)
        form.addRow(tr("Language"), self.lang)
        form.addRow(tr("Paper"), self.paper)
        form.addRow(tr("Save as"), self.save_as.row)
        outer.addLayout(form)

        org = ctx.ws.info(ORG_NAME_KEY) or ""
        logo = ctx.ws.info(LOGO_KEY) or ""
        brand = tr("Branding: {org}, {logo}.").format(
            org=org or tr("no organisation name"),
            logo=Path(logo).name if logo else tr("the neutral logo"),
        )
        self.branding = hint_line(outer, brand)
        self.generate_button = self.finish(outer, "brief", tr("Generate brief"))

        for combo in (self.campaign, self.audience, self.template, self.lang):
            combo.currentIndexChanged.connect(self._update)
        self.campaign.currentIndexChanged.connect(self._check_text)
        self.audience.currentIndexChanged.connect(self._check_text)
        self._update()
        self._check_text()

    def _check_text(self) -> None:
        if self.campaign.count():
            self.report.check([self.campaign.currentData()], self.audience.currentData())

    # -- behaviour -----------------------------------------------------------------
    def _suggested(self) -> Path:
        stem = file_stem(self.campaign.currentText())
        tail = "one-pager" if self.template.currentData() == "one-pager" else "brief"
        lang = self.lang.currentData()
        suffix = "" if lang == "en" else f"-{lang}"
        return export_folder() / f"{stem}-{tail}-{self.audience.currentData()}{suffix}.pdf"

    def _update(self) -> None:
        """Keep the suggested file name in step with the options unless the user typed one."""
        self.save_as.suggest(self._suggested())
        audience = self.audience.currentData()
        if audience == "internal":
            self.error.setText(
                tr(
                    "Internal: names every partner, confidential ones included, with contacts. "
                    "Keep it inside the team."
                )
            )
            self.error.show()
        else:
            self.error.hide()
        self.generate_button.setEnabled(self.campaign.count() > 0)

    def accept(self) -> None:
        self.accept_target(
            tr("Choose where to save the brief."), tr("The folder {f} does not exist.")
        )

    def choice(self) -> BriefChoice:
        return BriefChoice(
            campaign_id=self.campaign.currentData(),
            campaign_name=self.campaign.currentText(),
            audience=self.audience.currentData(),
            template=self.template.currentData(),
            lang=self.lang.currentData(),
            paper=self.paper.currentData(),
            out=Path(self.out.text()),
            force=self.force,
        )


def _default_language() -> str:
    code = QLocale().name().split("_")[0]
    return code if code in LANGUAGES else "en"


def _default_paper() -> str:
    return "letter" if QLocale().territory() in LETTER_COUNTRIES else "a4"


# -- running it -------------------------------------------------------------------------


def generate_brief(
    ctx: WorkspaceContext,
    choice: BriefChoice,
    parent: QWidget,
    *,
    on_done: Callable[[BriefResult], None] | None = None,
) -> Task:
    """Write the brief through the gate in the background; then offer Open / Show in folder."""

    def options(progress: Progress, task: Task) -> dict[str, object]:
        def report(done: int, total: int, message: str) -> None:
            progress.check()  # Cancel stops between steps; the atomic write leaves no file
            task.say(tr(message))
            progress.report(done, total)

        return {
            "template": choice.template,
            "lang": choice.lang,
            "paper": choice.paper,
            "progress": report,
        }

    def done(published: gate.Published) -> None:
        result = BriefResult(published.path, published.detail.pages)
        pages = tr("{n} pages").format(n=result.pages) if result.pages != 1 else tr("1 page")
        tell_written(
            parent,
            tr("Brief ready"),
            tr("The brief of {c} is ready ({pages}).").format(c=choice.campaign_name, pages=pages),
            result.path,
        )
        if on_done is not None:
            on_done(result)

    return publish_in_background(
        ctx,
        parent,
        tr("Advocacy brief"),
        tr("Preparing the brief of {c}…").format(c=choice.campaign_name),
        "brief",
        [choice.campaign_id],
        choice.audience,
        choice.out,
        force=choice.force,
        options=options,
        on_success=done,
    )


def brief_action(ctx: WorkspaceContext, parent: QWidget) -> BriefDialog | None:
    """Campaign ▸ Brief…: the dialog on the current campaign, then the generation."""
    dialog = BriefDialog(ctx, ctx.current_campaign_id(), parent)
    if dialog.campaign.count() == 0:
        QMessageBox.information(
            parent, tr("Advocacy brief"), tr("Create a campaign first: a brief is about one.")
        )
        return None
    if dialog.exec() == QDialog.DialogCode.Accepted:
        generate_brief(ctx, dialog.choice(), parent)
    return dialog
