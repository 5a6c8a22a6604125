"""The field rules every door shares (forms, CLI, bundles, trackers): what each accepts,
what it refuses, and how a refusal quotes the bad value."""

from __future__ import annotations

import pytest

from planner.domain import validation as val
from planner.domain.validation import ValidationError


@pytest.mark.parametrize("raw", ["3\x1c", "3\x1d", "3\x1e", "3\x1f", "\x853", "3\u2028", "3_0"])
def test_a_whole_number_with_a_separator_is_refused_not_a_crash(raw):
    with pytest.raises(ValidationError) as info:
        val.integer(1, 5)("influence", raw)
    assert info.value.field == "influence"


def test_whole_numbers_are_read_from_plain_text_in_any_script():
    rule = val.integer(1, 5)
    assert rule("influence", " 4\t") == 4
    assert rule("influence", "\u0663") == 3  # Arabic-Indic three, as int() reads it
    assert rule("influence", 2.0) == 2
    assert val.integer(-2, 2, optional=True)("old_stance", None) is None


@pytest.mark.parametrize(
    "raw",
    [
        "-" * 36,
        "g" * 8 + "-0000-4000-8000-000000000000",
        "0000000000000000000000000000000000aa",
        "{00000000-0000-4000-8000-000000000000}",
        "00000000-0000-4000-8000-00000000000",
    ],
)
def test_an_id_must_be_a_uuid_in_its_usual_form(raw):
    with pytest.raises(ValidationError, match="not a valid id"):
        val.identifier()("organisation_id", raw)


def test_an_id_is_stored_lower_case_and_only_that_form_is_canonical():
    upper = "9B1DEB4D-3B7D-4BAD-9BDD-2B0D7B3DCB6D"
    assert val.identifier()("target_id", upper) == upper.lower()
    assert val.is_canonical_id(upper.lower())
    assert not val.is_canonical_id(upper)
    assert not val.is_canonical_id("-" * 36)


@pytest.mark.parametrize(
    "raw", ["2026-13-45T99:99:99Z", "2026-02-30T10:00:00Z", "2026-06-29 10:00:00Z", "yesterday", 5]
)
def test_an_impossible_timestamp_is_refused(raw):
    with pytest.raises(ValidationError, match="not a UTC timestamp"):
        val.timestamp()("created_at", raw)


def test_a_real_timestamp_is_kept_exactly():
    for raw in ("2026-06-29T08:00:00Z", "2026-06-29T08:00:00.123456Z", "2026-06-29T10:00:00+02:00"):
        assert val.timestamp()("updated_at", raw) == raw


@pytest.mark.parametrize(
    "control", ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2069"]
)
def test_a_name_with_a_bidi_control_character_is_refused(control):
    with pytest.raises(ValidationError, match="bidi") as info:
        val.name()("name", f"Caesar Families {control}Association")
    assert control not in str(info.value)


def test_a_name_in_arabic_with_its_ordinary_marks_is_accepted():
    name = "رابطة عائلات قيصر\u200f"  # ends in a right-to-left mark, as Arabic text often does
    assert val.name()("name", name) == name


def test_a_refusal_quotes_the_value_with_control_characters_escaped():
    with pytest.raises(ValidationError) as info:
        val.enum(("person", "organisation"))("kind", "\x1b[2J\x1b[31mperson\u202e")
    message = str(info.value)
    assert "\\x1b[2J" in message and "\\u202e" in message
    assert all(ch.isprintable() for ch in message)


def test_a_refusal_quotes_huge_and_deep_values_briefly():
    deep: list = []
    for _ in range(2000):
        deep = [deep]
    for value in (10**5000 - 1, deep, list(range(100_000)), {"k" * 10: "v" * 10_000}):
        with pytest.raises(ValidationError) as info:
            val.integer(1, 5)("influence", value)
        assert len(str(info.value)) < 200


def test_printable_escapes_what_a_terminal_would_act_on_and_keeps_the_rest():
    assert val.printable("a\x1b[31mb\u202ec\x00\U000e0001") == "a\\x1b[31mb\\u202ec\\x00\\U000e0001"
    assert val.printable("Line 1\nLine 2", keep_newlines=True) == "Line 1\nLine 2"
    assert val.printable("Line 1\nLine 2") == "Line 1\\nLine 2"
    assert val.printable("نريد أن نعرف — 😀") == "نريد أن نعرف — 😀"
