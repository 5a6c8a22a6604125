"""The free-text check: withheld names and contacts found however they are typed."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from planner.publishing.free_text import (
    CONTACT_WITHHELD,
    Party,
    Replacement,
    WithheldIndex,
    _fold_char,
    fold,
    folded,
)

WITHHELD = [
    Party("Zeïnab Al-Ḥasan", "zeinab@example.org", "+249 912 345 678", "a woman activist", True),
    Party("مَريم الخَطيب", "", "", "a civil-society activist in Syria", True),
    Party("Darfur Mothers Network (DMN)", "", "", "a local civil-society group", True),
    Party("Amal", "", "", "a youth activist", True),
]
NAMEABLE = [Party("Amal Foundation", "", "", "a foundation", False)]
INDEX = WithheldIndex.build(WITHHELD + NAMEABLE)


def scrub(text: str) -> tuple[str, list[Replacement]]:
    found: list[Replacement] = []
    return INDEX.scrub(text, "ask target", found), found


def test_a_name_is_found_without_its_accents_and_in_any_case():
    text, found = scrub("Meet ZEINAB al-hasan before the vote.")
    assert text == "Meet a woman activist before the vote."
    assert found == [Replacement("ask target", "ZEINAB al-hasan", "a woman activist")]


def test_arabic_script_is_matched_without_its_vowel_marks_or_tatweel():
    text, _ = scrub("التقينا مع مريم الخطـيب في بيروت")
    assert "مريم" not in text and "a civil-society activist in Syria" in text


def test_only_whole_words_match():
    assert scrub("Amalgamated unions met.")[0] == "Amalgamated unions met."
    assert scrub("Call Amal today.")[0] == "Call a youth activist today."


def test_a_nameable_name_containing_a_withheld_one_is_left_alone():
    assert scrub("Funded by the Amal Foundation.")[0] == "Funded by the Amal Foundation."


def test_an_acronym_and_its_bracket_go_together():
    assert scrub("Target: Darfur Mothers Network (DMN), then the DMN.")[0] == (
        "Target: a local civil-society group, then the a local civil-society group."
    )


def test_emails_and_phones_are_found_in_other_spellings():
    text, found = scrub("Write to ZEINAB@EXAMPLE.ORG or call +249-912-345-678.")
    assert text == f"Write to {CONTACT_WITHHELD} or call {CONTACT_WITHHELD}."
    assert [r.found for r in found] == ["ZEINAB@EXAMPLE.ORG", "+249-912-345-678"]


def test_other_text_is_returned_unchanged():
    assert scrub("Open the Adre crossing by 2030.") == ("Open the Adre crossing by 2030.", [])


# The fast paths (ASCII text folded at once, characters cached) must fold exactly as the
# character-by-character rule does, or a withheld name typed one way would slip through.
@given(st.text())
def test_fast_folding_matches_the_character_rule(text: str) -> None:
    slow = [_fold_char.__wrapped__(c) for c in text]
    flat, origin = fold(text)
    assert flat == "".join(slow) == folded(text)
    assert list(origin) == [i for i, f in enumerate(slow) for _ in f]


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_ascii_folds_one_for_one(text: str) -> None:
    flat, origin = fold(text)
    assert flat == text.casefold() and list(origin) == list(range(len(text)))
