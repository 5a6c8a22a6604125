"""`planner brief`: the audience a brief is written for, said on screen and in the PDF."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from tests.planner.cli.shared import SUDAN, run


@pytest.fixture
def demo_db(demo_ws) -> str:
    return str(demo_ws.path)


def test_the_brief_defaults_to_the_closed_audience_and_says_so(capsys, demo_db, tmp_path):
    out_file = tmp_path / "for-mission.pdf"
    code, out, err = run(
        capsys, "--db", demo_db, "brief", "--campaign", SUDAN, "--out", str(out_file)
    )
    assert code == 0, err
    assert "audience closed: restricted distribution (the default;" in out
    text = " ".join(page.extract_text() or "" for page in PdfReader(out_file).pages)
    assert "Restricted distribution" in text
    # confidential people of the demo's Sudan campaign never reach a closed brief
    for secret in ("Hawa Ibrahim", "Mohamed Elamin", "Fatima Abdelrahman", "example.org"):
        assert secret not in text


def test_the_internal_brief_is_asked_for_by_name(capsys, demo_db, tmp_path):
    out_file = tmp_path / "team.pdf"
    code, out, _err = run(
        capsys, "--db", demo_db, "brief", "--campaign", SUDAN, "--out", str(out_file),
        "--audience", "internal",
    )  # fmt: skip
    assert code == 0
    assert "audience internal: confidential — internal" in out and "default" not in out
    text = " ".join(page.extract_text() or "" for page in PdfReader(out_file).pages)
    assert "Hawa Ibrahim" in text
