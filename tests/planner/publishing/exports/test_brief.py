"""The PDF advocacy brief, read back by real PDF readers (pypdf, pdfplumber, qpdf, poppler)."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import unicodedata
from pathlib import Path

import pdfplumber
import pytest
from pypdf import PdfReader

from planner.cli import main as cli_main
from planner.domain.audience import MARKINGS, NAMEABLE, SHOWN
from planner.publishing.documents import write_brief
from planner.publishing.exports.brief import BriefOptions, render_brief
from planner.publishing.exports.brief.labels import Labels
from planner.publishing.redaction import redact
from planner.services import asks, campaigns, milestones, positions, quotes, stakeholders
from planner.services.snapshot import take_snapshot
from planner.storage.workspace import Workspace

TODAY = dt.date(2026, 6, 1)
SUDAN = "Humanitarian access in Sudan"
SYRIA = "Missing persons in Syria: an independent institution"
FULL_ORDER = [
    "Summary",
    "Key asks",
    "Why now",
    "Voices from the ground",
    "Who stands where",
    "Coalition",
    "Timeline",
    "Contacts",
]


def qpdf_ok(path: Path) -> None:
    result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def brief(ws: Workspace, name: str, out: Path, **options) -> Path:
    """Write a brief and check it with qpdf, as every brief in these tests is."""
    campaign = campaigns.find(ws, name)
    options.setdefault("today", TODAY)
    options.setdefault("audience", "internal")
    options.setdefault("org_name", "Friends of Civilians")
    write_brief(ws, campaign.id, out, **options)
    qpdf_ok(out)
    return out


def pages_text(path: Path) -> list[str]:
    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(path).pages]


def flat(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


def test_full_brief_has_its_sections_in_order(demo_ws: Workspace, tmp_path: Path) -> None:
    path = brief(demo_ws, SUDAN, tmp_path / "sudan.pdf")
    text = " ".join(pages_text(path))
    positions = [text.find(title) for title in FULL_ORDER]
    assert all(p >= 0 for p in positions), dict(zip(FULL_ORDER, positions, strict=True))
    assert positions == sorted(positions)
    assert text.find(SUDAN) < positions[0]
    assert MARKINGS["internal"] in text


def test_asks_are_numbered_with_target_and_status(demo_ws: Workspace, tmp_path: Path) -> None:
    path = brief(demo_ws, SUDAN, tmp_path / "sudan.pdf")
    text = " ".join(pages_text(path))
    campaign = campaigns.find(demo_ws, SUDAN)
    shown = [a for a in asks.list_asks(demo_ws, campaign.id) if a.status != "dropped"]
    assert shown
    for n, ask in enumerate(shown, start=1):
        assert f"{n} {ask.text}" in text
    assert "Target: Sudanese authorities (Port Sudan)" in text
    assert "Status: Progressing" in text


def test_dates_of_moments_and_preparation_are_printed(demo_ws: Workspace, tmp_path: Path) -> None:
    path = brief(demo_ws, SUDAN, tmp_path / "sudan.pdf")
    text = " ".join(pages_text(path))
    labels = Labels("en")
    campaign = campaigns.find(demo_ws, SUDAN)
    moments = [m for m in milestones.list_milestones(demo_ws, campaign.id) if m.kind != "internal"]
    assert moments
    for m in moments:
        assert f"{labels.short_date(m.date)}" in text, m.title
    assert "Prepared 1 June 2026" in text


def test_every_page_says_page_x_of_y(demo_ws: Workspace, tmp_path: Path) -> None:
    path = brief(demo_ws, SUDAN, tmp_path / "sudan.pdf")
    texts = pages_text(path)
    assert len(texts) >= 2
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {len(texts)}" in text
        assert "Friends of Civilians" in text  # the header
    with pdfplumber.open(path) as pdf:
        assert f"Page 1 of {len(texts)}" in pdf.pages[0].extract_text()


def test_metadata_and_outline(demo_ws: Workspace, tmp_path: Path) -> None:
    path = brief(demo_ws, SUDAN, tmp_path / "sudan.pdf", audience="closed")
    reader = PdfReader(path)
    meta = reader.metadata
    assert meta.title == f"{SUDAN} — Advocacy brief"
    assert meta.author == "Friends of Civilians"
    assert MARKINGS["closed"] in meta.subject
    assert reader.trailer["/Root"]["/Lang"] == "en"
    titles = [item.title for item in reader.outline]
    assert titles == [t for t in FULL_ORDER if t != "Contacts"]
    # each bookmark points at the page where its heading is printed
    texts = pages_text(path)
    for item in reader.outline:
        page = reader.get_destination_page_number(item)
        assert item.title in texts[page]


def _withheld_strings(ws: Workspace, name: str, audience: str) -> list[str]:
    """Everything about people the audience must not learn: names, e-mails, phones, notes."""
    snapshot = take_snapshot(ws, campaigns.find(ws, name).id, today=TODAY)
    secrets: list[str] = []
    for s in snapshot.stakeholders.values():
        hidden = s.sensitivity not in SHOWN[audience] or s.name_consent not in NAMEABLE[audience]
        if hidden:
            secrets.append(s.name)
        secrets += [s.email, s.phone, s.notes, s.consent_note]
    for i in snapshot.interactions:
        secrets += [i.summary, i.outcome]
    for q in snapshot.quotes:
        author = snapshot.stakeholders.get(q.stakeholder_id or "")
        if author is not None and author.sensitivity not in SHOWN[audience]:
            secrets.append(q.text)
    return [x for x in secrets if x and len(x) >= 5]


@pytest.mark.parametrize("audience", ["closed", "public"])
@pytest.mark.parametrize("template", ["full", "one-pager"])
@pytest.mark.parametrize("name", [SUDAN, SYRIA])
def test_outside_briefs_leak_nothing_withheld(
    demo_ws: Workspace, tmp_path: Path, audience: str, template: str, name: str
) -> None:
    path = brief(demo_ws, name, tmp_path / "out.pdf", audience=audience, template=template)
    secrets = _withheld_strings(demo_ws, name, audience)
    assert secrets, "the demo should hold something to withhold"
    text = flat(" ".join(pages_text(path)))
    with pdfplumber.open(path) as pdf:
        text += flat(" ".join(p.extract_text() or "" for p in pdf.pages))
    reader = PdfReader(path)
    meta = " ".join(str(v) for v in (reader.metadata or {}).values())
    outline = " ".join(item.title for item in reader.outline)
    qdf = tmp_path / "qdf.pdf"
    subprocess.run(["qpdf", "--qdf", "--object-streams=disable", str(path), str(qdf)], check=True)
    raw = qdf.read_bytes()
    for secret in secrets:
        assert flat(secret) not in text, secret
        assert secret not in meta and secret not in outline, secret
        assert secret.encode("utf-8") not in raw, secret
        assert secret.encode("utf-16-be") not in raw, secret
    assert "Contacts" not in text


def test_coalition_counts_the_unnamed(demo_ws: Workspace, tmp_path: Path) -> None:
    campaign = campaigns.find(demo_ws, SUDAN)
    snapshot = redact(take_snapshot(demo_ws, campaign.id, today=TODAY), "public")
    coalition = ("partner", "ally", "voice")
    hidden = sum(n for (role, *_), n in snapshot.withheld_people.items() if role in coalition)
    hidden += sum(1 for p in snapshot.people if not p.named and p.position.role in coalition)
    assert hidden > 0
    path = brief(demo_ws, SUDAN, tmp_path / "public.pdf", audience="public")
    # the coalition table only: the sign-ons after it count their own signatories
    text = " ".join(pages_text(path)).split("Joint letters and statements")[0]
    counted = [int(n) for n in re.findall(r"(\d+) (?:other )?(?:organisations|people)", text)]
    counted += [1 for _ in re.findall(r"one (?:other )?(?:organisation|person)", text)]
    assert sum(counted) == hidden


@pytest.fixture
def coalition_ws(ws: Workspace) -> tuple[Workspace, str]:
    """Medical: two named organisations and two unnamed doctors (one withheld);
    youth: two unnamed groups (one withheld)."""
    c = campaigns.create(ws, name="Access")
    for name, kind, category, sensitivity, consent in (
        ("MSF", "organisation", "medical", "public", "public"),
        ("Doctors' Union", "organisation", "medical", "public", "public"),
        ("Dr Amal", "person", "medical", "confidential", "none"),
        ("Dr Said", "person", "medical", "internal", "none"),
        ("Students' network", "organisation", "youth_group", "internal", "none"),
        ("Volunteers' group", "organisation", "youth_group", "confidential", "none"),
    ):
        st = stakeholders.create(
            ws,
            name=name,
            kind=kind,
            category=category,
            sensitivity=sensitivity,
            name_consent=consent,
        )
        positions.create(ws, campaign_id=c.id, stakeholder_id=st.id, role="partner", stance=2)
    # a confidential opponent is no member of the coalition, and is not counted in it
    foe = stakeholders.create(
        ws, name="Militia", kind="organisation", category="youth_group", sensitivity="confidential"
    )
    positions.create(ws, campaign_id=c.id, stakeholder_id=foe.id, role="opponent", stance=-2)
    return ws, c.id


def test_coalition_counts_people_as_people_and_organisations_as_organisations(
    coalition_ws: tuple[Workspace, str], tmp_path: Path
) -> None:
    ws, campaign_id = coalition_ws
    path = tmp_path / "closed.pdf"
    write_brief(ws, campaign_id, path, audience="closed", today=TODAY)
    text = " ".join(pages_text(path))
    # medical: two named, one confidential doctor (withheld) and one unnamed doctor
    assert "Doctors' Union, MSF and 2 other people" in text
    # youth group: one unnamed organisation, one withheld; the militia is not counted
    assert "Youth group 2 organisations" in text
    assert "Militia" not in text and "3 organisations" not in text
    fr = " ".join(pages_text(write_brief_to(ws, campaign_id, tmp_path / "fr.pdf", "fr")))
    assert "Doctors' Union, MSF et 2 autres personnes" in fr


def write_brief_to(ws: Workspace, campaign_id: str, path: Path, lang: str) -> Path:
    write_brief(ws, campaign_id, path, audience="closed", today=TODAY, lang=lang)
    return path


@pytest.mark.parametrize(
    ("organisations", "people", "alone", "expected"),
    [
        (1, 0, False, "and one other organisation"),
        (3, 0, False, "and 3 other organisations"),
        (0, 1, False, "and one other person"),
        (0, 4, False, "and 4 other people"),
        (1, 1, False, "and one other organisation and one person"),
        (2, 3, False, "and 2 other organisations and 3 people"),
        (1, 0, True, "one organisation"),
        (0, 2, True, "2 people"),
        (2, 1, True, "2 organisations and one person"),
    ],
)
def test_unnamed_members_are_counted_by_kind(
    organisations: int, people: int, alone: bool, expected: str
) -> None:
    assert Labels("en").others(organisations, people, alone=alone) == expected


@pytest.mark.parametrize(
    ("n", "ar", "fr", "es"),
    [
        (2, "بعد يومين", "dans 2 jours", "en 2 días"),
        (3, "بعد 3 أيام", "dans 3 jours", "en 3 días"),
        (10, "بعد 10 أيام", "dans 10 jours", "en 10 días"),
        (11, "بعد 11 يومًا", "dans 11 jours", "en 11 días"),
        (99, "بعد 99 يومًا", "dans 99 jours", "en 99 días"),
        (100, "بعد 100 يوم", "dans 100 jours", "en 100 días"),
        (103, "بعد 103 أيام", "dans 103 jours", "en 103 días"),
    ],
)
def test_day_counts_agree_with_the_number(n: int, ar: str, fr: str, es: str) -> None:
    day = TODAY + dt.timedelta(days=n)
    assert Labels("ar").countdown(day, TODAY) == ar
    assert Labels("fr").countdown(day, TODAY) == fr
    assert Labels("es").countdown(day, TODAY) == es
    assert Labels("en").countdown(TODAY + dt.timedelta(days=1), TODAY) == "tomorrow"


def test_arabic_counts_of_organisations_and_people_agree() -> None:
    ar = Labels("ar")
    assert ar.others(1, 0) == "ومنظمة أخرى"
    assert ar.others(2, 0) == "ومنظمتان أخريان"
    assert ar.others(5, 0) == "و5 منظمات أخرى"
    assert ar.others(12, 0) == "و12 منظمة أخرى"
    assert ar.others(0, 1) == "وشخص آخر"
    assert ar.others(0, 2, alone=True) == "شخصان"
    assert ar.others(1, 1) == "ومنظمة أخرى وشخص واحد"


def test_one_open_ask_is_singular_in_every_language() -> None:
    assert Labels("en").plural("open_asks", 1, open=1, total=3) == "1 of 3 asks is still open."
    assert Labels("fr").plural("open_asks", 1, open=1, total=3).startswith("1 demande sur 3 reste")
    assert Labels("es").plural("open_asks", 2, open=2, total=3).endswith("siguen abiertas.")


@pytest.fixture
def moments_ws(ws: Workspace) -> tuple[Workspace, str]:
    c = campaigns.create(ws, name="Moments", objective="Access for aid.")
    for title, kind, days in (
        ("Op-ed by volunteers", "media", 3),
        ("Anniversary of the war", "anniversary", 5),
        ("Team retreat", "internal", 6),
        ("Security Council briefing", "un_meeting", 9),
        ("Council vote", "vote", 20),
    ):
        milestones.create(
            ws, campaign_id=c.id, title=title, kind=kind, date=TODAY + dt.timedelta(days=days)
        )
    return ws, c.id


def test_next_decisive_moment_is_a_council_moment_with_its_printed_date(
    moments_ws: tuple[Workspace, str], tmp_path: Path
) -> None:
    ws, campaign_id = moments_ws
    path = tmp_path / "b.pdf"
    write_brief(ws, campaign_id, path, audience="closed", today=TODAY)
    text = " ".join(pages_text(path))
    assert "Prepared 1 June 2026" in text
    assert (
        "The next decisive moment is Security Council briefing on 10 June 2026 (in 9 days)." in text
    )
    assert "decisive moment is Op-ed" not in text
    ar = tmp_path / "ar.pdf"
    write_brief(ws, campaign_id, ar, audience="closed", today=TODAY, lang="ar")
    assert flat("بعد 9 أيام") in flat(" ".join(pages_text(ar)))


def test_no_decisive_moment_ahead_means_no_decisive_sentence(ws: Workspace, tmp_path: Path) -> None:
    c = campaigns.create(ws, name="Quiet")
    milestones.create(ws, campaign_id=c.id, title="Op-ed", kind="media", date=TODAY)
    path = tmp_path / "b.pdf"
    write_brief(ws, c.id, path, today=TODAY)
    text = " ".join(pages_text(path))
    assert "Why now" in text and "Op-ed" in text
    assert "decisive" not in text


def pdftotext(path: Path) -> str:
    """poppler's reading of the whole brief, bidi controls it adds around runs removed."""
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return "".join(ch for ch in out.stdout if ch not in "\u202a\u202b\u202c\u202d\u202e")


def squeezed(text: str) -> str:
    """Text without whitespace: extractors guess spaces from gaps, the letters are what count."""
    return "".join(text.split())


def test_arabic_quote_extracts_in_logical_order_with_pypdf_and_pdftotext(
    demo_ws: Workspace, tmp_path: Path
) -> None:
    campaign = campaigns.find(demo_ws, SYRIA)
    arabic = [q for q in quotes.list_quotes(demo_ws, campaign.id) if q.language == "ar"]
    assert arabic
    path = brief(demo_ws, SYRIA, tmp_path / "syria.pdf")
    by_pypdf = " ".join(pages_text(path))
    by_poppler = pdftotext(path)
    for q in arabic:
        for sentence in q.text.split("."):  # poppler places a sentence's full stop itself
            if sentence.strip():
                assert squeezed(sentence) in squeezed(by_pypdf)
                assert squeezed(sentence) in squeezed(by_poppler)
    # the text layer holds the letters as typed: no presentation forms, no private codes
    for text in (by_pypdf, by_poppler):
        assert not re.search("[\ufb50-\ufdff\ufe70-\ufefc\ue000-\uf8ff]", text)


def test_arabic_labels_extract_in_logical_order(demo_ws: Workspace, tmp_path: Path) -> None:
    path = brief(demo_ws, SUDAN, tmp_path / "ar.pdf", lang="ar", audience="closed")
    by_pypdf, by_poppler = " ".join(pages_text(path)), pdftotext(path)
    for label in ("توزيع محدود", "المطالب الرئيسية", "لماذا الآن", "من يقف أين"):
        assert label in by_poppler, label
        assert label in by_pypdf, label
    assert "دودحم عيزوت" not in by_poppler  # the reversed reading the issue saw


@pytest.fixture
def marked_quotes(ws: Workspace) -> tuple[Workspace, str]:
    c = campaigns.create(ws, name="Crossings")
    quotes.create(ws, campaign_id=c.id, text="نطالب أن تُفتح المعابر", language="ar")
    quotes.create(ws, campaign_id=c.id, text="من يُسمع صوته يُحترم", language="ar")
    return ws, c.id


def test_marks_extract_after_their_letters(
    marked_quotes: tuple[Workspace, str], tmp_path: Path
) -> None:
    ws, cid = marked_quotes
    path = tmp_path / "marks.pdf"
    write_brief(ws, cid, path, audience="internal", today=TODAY, lang="ar")
    qpdf_ok(path)
    by_pypdf, by_poppler = " ".join(pages_text(path)), pdftotext(path)
    for phrase in ("أن تُفتح", "من يُسمع", "يُحترم"):
        assert phrase in by_poppler, phrase
        assert phrase in by_pypdf, phrase


def test_marks_sit_on_their_letters_where_the_font_puts_them() -> None:
    from planner.publishing.exports.brief.bidi import layout_line
    from planner.publishing.exports.brief.styles import REGULAR, make_styles

    make_styles(rtl=True)
    glyphs, _width = layout_line("تُفتح", REGULAR, 20, True)
    shown = [g for g in glyphs if g.visible]
    damma = next(g for g in shown if g.rise)  # raised by the font's mark positioning
    teh = shown[shown.index(damma) + 1]  # the letter it belongs to, next in display order
    assert damma.rise > 2  # above the baseline, not floating beside the word
    assert teh.x <= damma.x <= teh.x + 5.5  # over the teh (5.5 pt wide at 20 pt)


def test_one_pager_logo_is_at_the_start_of_the_line(demo_ws: Workspace, tmp_path: Path) -> None:
    for lang, on_right in (("ar", True), ("en", False)):
        path = brief(
            demo_ws, SYRIA, tmp_path / f"{lang}.pdf", template="one-pager", lang=lang, org_name=""
        )
        with pdfplumber.open(path) as pdf:
            page = pdf.pages[0]
            (logo,) = page.images
            assert (logo["x0"] > page.width / 2) is on_right, lang


def test_arabic_brief_has_arabic_labels_right_to_left(demo_ws: Workspace, tmp_path: Path) -> None:
    path = brief(demo_ws, SUDAN, tmp_path / "ar.pdf", lang="ar", audience="closed")
    text = flat(" ".join(pages_text(path)))
    for label in ("المطالب الرئيسية", "لماذا الآن", "من يقف أين", "توزيع محدود"):
        assert flat(label) in text
    assert PdfReader(path).trailer["/Root"]["/Lang"] == "ar"
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        title = [w for w in page.extract_words() if w["text"] == "Sudan"]
        assert title and title[0]["x1"] > page.width * 0.75  # right-aligned layout


def test_french_and_spanish_accents(demo_ws: Workspace, tmp_path: Path) -> None:
    fr = " ".join(pages_text(brief(demo_ws, SUDAN, tmp_path / "fr.pdf", lang="fr")))
    assert "Demandes clés" in fr and "Établi le 1 juin 2026" in fr and "Page 1 sur" in fr
    es = " ".join(pages_text(brief(demo_ws, SUDAN, tmp_path / "es.pdf", lang="es")))
    assert "Peticiones clave" in es and "Página 1 de" in es and "Por qué ahora" in es


@pytest.mark.parametrize("lang", ["en", "ar"])
@pytest.mark.parametrize("audience", ["internal", "public"])
def test_one_pager_is_one_page(
    demo_ws: Workspace, tmp_path: Path, lang: str, audience: str
) -> None:
    path = brief(
        demo_ws, SYRIA, tmp_path / "one.pdf", template="one-pager", lang=lang, audience=audience
    )
    assert len(PdfReader(path).pages) == 1


def test_one_pager_has_asks_why_now_one_voice_and_next_moments(
    demo_ws: Workspace, tmp_path: Path
) -> None:
    path = brief(demo_ws, SUDAN, tmp_path / "one.pdf", template="one-pager")
    text = pages_text(path)[0]
    for title in ("Key asks", "Why now", "A voice from the ground", "Next moments"):
        assert title in text
    assert "Timeline" not in text and "Contacts" not in text


def test_empty_sections_are_left_out(ws: Workspace, tmp_path: Path) -> None:
    c = campaigns.create(ws, name="Small campaign")
    asks.create(ws, campaign_id=c.id, text="Adopt the resolution.")
    path = tmp_path / "small.pdf"
    write_brief(ws, c.id, path, today=TODAY)
    qpdf_ok(path)
    text = " ".join(pages_text(path))
    assert "Key asks" in text and "Adopt the resolution." in text
    for absent in (
        "Summary",
        "Why now",
        "Voices",
        "Who stands where",
        "Coalition",
        "Timeline",
        "Contacts",
    ):
        assert absent not in text
    assert [i.title for i in PdfReader(path).outline] == ["Key asks"]


def test_long_tables_split_across_pages_with_their_header(ws: Workspace, tmp_path: Path) -> None:
    c = campaigns.create(ws, name="Many moments")
    for i in range(70):
        milestones.create(
            ws,
            campaign_id=c.id,
            title=f"Consultation {i}",
            kind="un_meeting",
            date=TODAY + dt.timedelta(days=i + 1),
            location="New York",
        )
    path = tmp_path / "long.pdf"
    write_brief(ws, c.id, path, today=TODAY)
    qpdf_ok(path)
    texts = pages_text(path)
    with_rows = [t for t in texts if "Consultation" in t]
    assert len(with_rows) >= 2
    for t in with_rows:
        assert "Date Moment Type Place" in t


def test_letter_paper_and_brand_options(demo_ws: Workspace, tmp_path: Path) -> None:
    path = brief(demo_ws, SUDAN, tmp_path / "letter.pdf", paper="letter", org_name="Our NGO")
    box = PdfReader(path).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    assert "Our NGO" in pages_text(path)[0]


def test_render_brief_reports_progress_and_leaves_no_temp_file(
    demo_ws: Workspace, tmp_path: Path
) -> None:
    campaign = campaigns.find(demo_ws, SUDAN)
    snapshot = redact(take_snapshot(demo_ws, campaign.id, today=TODAY), "closed")
    steps: list[int] = []
    result = render_brief(
        snapshot, tmp_path / "b.pdf", BriefOptions(), progress=lambda n, total, msg: steps.append(n)
    )
    assert steps[0] == 0 and steps[-1] == 3
    assert result.pages == len(PdfReader(result.path).pages)
    # the open workspace keeps its own -wal/-shm beside it; the brief leaves nothing else
    written = [p.name for p in tmp_path.iterdir() if not p.name.startswith(demo_ws.path.name)]
    assert written == ["b.pdf"]


def test_cli_writes_a_brief(demo_ws: Workspace, tmp_path: Path, capsys) -> None:
    out = tmp_path / "cli.pdf"
    db = str(demo_ws.path)
    code = cli_main(
        [
            "--db",
            db,
            "brief",
            "--campaign",
            SUDAN,
            "--out",
            str(out),
            "--audience",
            "public",
            "--template",
            "one-pager",
            "--lang",
            "fr",
            "--org",
            "Coalition",
        ]
    )
    assert code == 0
    assert "1 page" in capsys.readouterr().out
    qpdf_ok(out)
    assert "Diffusion" not in pages_text(out)[0] and "Public" in pages_text(out)[0]


def test_cli_reports_an_unknown_campaign(demo_ws: Workspace, tmp_path: Path, capsys) -> None:
    db = str(demo_ws.path)
    code = cli_main(["--db", db, "brief", "--campaign", "nope", "--out", str(tmp_path / "x.pdf")])
    assert code == 1
    assert "nope" in capsys.readouterr().err


def _fonts(path: Path) -> list[list[str]]:
    """pdffonts' table: one row per font (name, type, encoding, emb, sub, uni, …)."""
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    return [line.split() for line in out.stdout.splitlines()[2:] if line.strip()]


@pytest.mark.parametrize(
    ("lang", "template"), [("en", "full"), ("ar", "full"), ("fr", "one-pager")]
)
def test_every_font_of_a_brief_is_embedded(
    demo_ws: Workspace, tmp_path: Path, lang: str, template: str
) -> None:
    path = brief(demo_ws, SUDAN, tmp_path / "b.pdf", lang=lang, template=template)
    rows = _fonts(path)
    assert rows
    for row in rows:
        name, emb = row[0], row[-5]
        assert emb == "yes", f"{name} is not embedded"
        assert "Helvetica" not in name and "Noto" in name


def test_creation_date_is_the_moment_it_was_written_in_utc(
    demo_ws: Workspace, tmp_path: Path
) -> None:
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    path = brief(demo_ws, SUDAN, tmp_path / "b.pdf")
    after = dt.datetime.now(dt.UTC)
    meta = PdfReader(path).metadata
    created = meta.creation_date
    assert created.utcoffset() == dt.timedelta(0)
    assert before <= created <= after
    assert meta.modification_date == created
