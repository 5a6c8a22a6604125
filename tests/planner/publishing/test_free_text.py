"""The free-text check: withheld names and contacts found however they are typed."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from planner.publishing.free_text import (
    CONTACT_WITHHELD,
    SIEVE_WORDS,
    NameSieve,
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
        "Target: a local civil-society group, then the local civil-society group."
    )


def test_the_sentence_still_reads_after_a_determiner():
    """A reader of the brief meets "the group", "our partner", "an activist": never "the a
    group" or "an youth activist"."""
    assert scrub("We met the DMN and their Amal.")[0] == (
        "We met the local civil-society group and their youth activist."
    )
    assert scrub("An Amal spoke; a DMN signed.")[0] == (
        "A youth activist spoke; a local civil-society group signed."
    )
    text, found = scrub("Thanks to this Zeinab Al-Hasan.")
    assert text == "Thanks to this woman activist."
    assert found == [Replacement("ask target", "Zeinab Al-Hasan", "woman activist")]


def test_a_word_ending_like_a_determiner_keeps_the_article():
    assert scrub("Ask Mama Amal.")[0] == "Ask Mama a youth activist."
    assert scrub("Partners: Amal.")[0] == "Partners: a youth activist."


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


# An index cut to some texts (``build_for``, what the gate uses for one campaign) must
# scrub them exactly as the whole index does: a name it left out would be a leak.
CUT_PARTIES = [
    *WITHHELD,
    *NAMEABLE,
    Party("Amal Contact", "", "", "an activist named like the placeholder", True),
    Party("Nour", "nour@example.org", "0912 345 678", "a student in Sudan", True),
    Party("Nour Hassan Trust", "trust@example.org", "", "a trust", False),
]
WHOLE = WithheldIndex.build(CUT_PARTIES)
PIECES = [
    "Zeïnab Al-Ḥasan",
    "zeinab",
    "al-hasan",
    "ZEINAB@EXAMPLE.ORG",
    "+249-912-345-678",
    "249912345678",
    "مريم الخطـيب",
    "Darfur Mothers Network (DMN)",
    "DMN",
    "Amal",
    "Amal Foundation",
    "Contact",
    "withheld",
    "nour@example.org",
    "0912345678",
    "Nour",
    "Hassan",
    "Trust",
    "trust@example.org",
    "the",
    "met",
]


def _cut(texts: list[str]) -> tuple[WithheldIndex, list[int]]:
    built: list[int] = []

    def whole() -> WithheldIndex:
        built.append(1)
        return WHOLE

    index = WithheldIndex.build_for(
        texts,
        [(p.name, p.email, p.phone, p) for p in CUT_PARTIES],
        lambda r: r[3].withheld,
        lambda r: r[3].description,
        whole,
    )
    return index, built


@given(
    st.lists(
        st.lists(
            st.one_of(
                st.sampled_from(PIECES), st.text(alphabet=" -/()@.+0123456789ab", max_size=4)
            ),
            max_size=8,
        ).map("".join),
        min_size=1,
        max_size=4,
    )
)
def test_an_index_cut_to_some_texts_scrubs_them_as_the_whole_one(texts: list[str]) -> None:
    cut, _built = _cut(texts)
    assert_scrubs_alike(cut, WHOLE, texts)


def assert_scrubs_alike(cut: WithheldIndex, whole: WithheldIndex, texts: list[str]) -> None:
    """Each text comes out of both indexes the same, with the same replacements said."""
    for text in texts:
        whole_found: list[Replacement] = []
        cut_found: list[Replacement] = []
        assert cut.scrub(text, "x", cut_found) == whole.scrub(text, "x", whole_found)
        assert cut_found == whole_found


def passed_by(sieve: NameSieve, parties: list[Party]) -> list[Party]:
    """The parties the sieve lets through, in their order."""
    flags = sieve.may_occur(
        [p.name for p in parties], [p.email for p in parties], [p.phone for p in parties]
    )
    return [p for p, keep in zip(parties, flags, strict=True) if keep]


def sieved_index(
    texts: list[str], parties: list[Party], sieve: NameSieve, whole: WithheldIndex
) -> WithheldIndex:
    """The cut index ``build_for`` makes of the parties the sieve lets through."""
    return WithheldIndex.build_for(
        texts,
        [(p.name, p.email, p.phone, p) for p in passed_by(sieve, parties)],
        lambda r: r[3].withheld,
        lambda r: r[3].description,
        lambda: whole,
        sieve,
    )


def test_a_cut_index_needs_the_whole_one_only_around_a_replaced_contact() -> None:
    plain = "Meet Zeinab Al-Hasan and the DMN."
    cut, built = _cut([plain, "Call DMN0912345678 today"])
    assert cut.scrub(plain, "x", []) == "Meet a woman activist and the local civil-society group."
    assert not built  # the names were enough
    # replacing the phone leaves "DMN" on its own: the cut index was not made for that word
    found: list[Replacement] = []
    assert cut.scrub("Call DMN0912345678 today", "x", found) == (
        f"Call a local civil-society group{CONTACT_WITHHELD} today"
    )
    assert built and [r.found for r in found] == ["0912345678", "DMN"]
    # a text it was not cut for is scrubbed with the whole index too
    assert cut.scrub("Nour wrote", "x", []) == "a student in Sudan wrote"


# The sieve (``NameSieve``) drops stakeholders before the cut index reads their rows. A
# name it drops that the whole index would have found is a leak, so it is tried on the
# names that fold in surprising ways: accents, Arabic, acronyms, the Kelvin sign and the
# long s (which fold to ASCII letters), ligatures, full-width letters, stray spaces, and
# names longer than it looks at.
TRICKY_WORDS = [
    "Amal",
    "amal",
    "AMAL",
    "Zeïnab",
    "zeinab",
    "Ḥasan",
    "hasan",
    "Network",
    "network",
    "DMN",
    "(DMN)",
    "Al-Amal",
    "Women's",
    "مَريم",
    "مريم",
    "الخطـيب",
    "الخطيب",
    "\u212aara",
    "kara",
    "Kara",
    "Ro\u017fa",
    "rosa",
    "o\ufb03ce",
    "office",
    "\uff21mal",
    "Nour",
    "Trust",
    "2024",
    "x_y",
    "x",
    "the",
    "of",
    "İlker",
    "ilker",
    "Straße",
    "strasse",
]
_tricky_name = st.lists(st.sampled_from(TRICKY_WORDS), min_size=1, max_size=3) | st.lists(
    st.sampled_from(TRICKY_WORDS), min_size=SIEVE_WORDS - 1, max_size=SIEVE_WORDS + 2
)
NAMES = st.one_of(
    _tricky_name.map(" ".join),
    st.tuples(st.sampled_from(["", " ", "  ", "\t", "\u00a0"]), _tricky_name).map(
        lambda t: t[0] + "  ".join(t[1]) + t[0]
    ),
    st.text(alphabet="Aak(DMN) -'\u212a\u017f", max_size=12),
)
GLUE = st.sampled_from(["", " ", "  ", ", ", ". ", "-", "'", "\n", " the "])
EMAILS = ["", "nour@example.org", "Amal@Example.org"]
PHONES = ["", "0912 345 678", "+249-912-345-678", "2024 2024", "12345"]
CONTACTS_SAID = ["NOUR@EXAMPLE.ORG", "amal@example.org", "0912345678", "+249 912 345 678"]


@given(
    parties=st.lists(
        st.tuples(
            NAMES,
            st.booleans(),
            st.sampled_from(["a donor", "an activist"]),
            st.sampled_from(EMAILS),
            st.sampled_from(PHONES),
        ),
        min_size=1,
        max_size=8,
    ),
    data=st.data(),
)
def test_the_sieve_never_drops_a_name_the_whole_index_would_find(
    parties: list[tuple[str, bool, str, str, str]], data: st.DataObject
) -> None:
    # the texts are made of some parties' names, their words (in other spellings too),
    # contacts and the tricky words, glued or apart, so that names do occur in them; the
    # other parties may be there by their contacts alone
    named = data.draw(st.lists(st.sampled_from(parties), min_size=1))
    said = [p[0] for p in named] + [w for p in named for w in p[0].split()]
    piece = (
        st.sampled_from(said)
        | st.sampled_from(said).map(folded)
        | st.sampled_from(TRICKY_WORDS)
        | st.sampled_from([*CONTACTS_SAID, "(contact withheld)", "2024"])
    )
    text = st.lists(st.tuples(piece, GLUE).map("".join), max_size=6).map("".join)
    texts = data.draw(st.lists(text, min_size=1, max_size=3))
    every = [Party(n, email, phone, d, hidden) for n, hidden, d, email, phone in parties]
    whole = WithheldIndex.build(every)
    sieve = NameSieve.for_texts(texts)
    cut = sieved_index(texts, every, sieve, whole)
    assert_scrubs_alike(cut, whole, texts)


def test_the_sieve_drops_plain_names_no_text_has_and_passes_the_rest() -> None:
    sieve = NameSieve.for_texts(["Met the Amal Foundation in Khartoum.", "Darfur"])
    names = [
        "Amal Foundation",  # in a text
        "AMAL",  # in a text, in another case
        "Khartoum Amal",  # both words are in a text, but not one after the other
        "Nour Trust",  # no text has it
        "Zeïnab",  # not plain: passed on whatever the texts hold
        "Darfur Mothers Network (DMN)",  # an acronym: passed on
        "Amal  Foundation",  # two spaces: passed on
        " ".join(["Amal"] * (SIEVE_WORDS + 1)),  # longer than the sieve looks at
        "\u212aHARTOUM",  # the Kelvin sign folds to "k": passed on
    ]
    assert list(sieve.may_occur(names)) == [True, True, False, False, True, True, True, True, True]


def test_with_a_contact_in_the_texts_the_sieve_passes_who_it_may_be_and_the_placeholder():
    sieve = NameSieve.for_texts(["write to AMAL@example.org", "call +249 912 345 678"])
    assert sieve.contacts

    def passed(name: str, email: str = "", phone: str = "") -> bool:
        return next(sieve.may_occur([name], [email], [phone]))

    assert passed("Nour", email=" amal@example.org")
    assert passed("Nour", phone="249912345678")
    assert not passed("Nour", email="nour@example.org", phone="0912 000 111")
    # a replaced contact's words may stand next to any name: such names are passed on
    assert passed("Contact Network") and passed("Withheld Voices")
    assert not passed("Nour Trust") and passed("write")


def test_a_replacement_making_words_no_text_has_is_scrubbed_with_the_whole_index() -> None:
    # "Meet Amal Rights" follows one another only once the phone number is replaced: the
    # sieve (made of the texts as written) dropped that name, so the whole index is used;
    # a text already holds the placeholder's words, which the cut index would otherwise
    # have taken as the sign to ask the whole one
    texts = [
        "Meet Amal Rights0912345678 now",
        "0912345678Meet Amal Rights",
        "Amal Rights",
        "Meet Amal",
        f"Earlier: {CONTACT_WITHHELD}",
    ]
    parties = [
        Party("Meet Amal Rights", "", "", "a rights group", True),
        Party("Nour", "", "0912 345 678", "a student", True),
    ]
    whole = WithheldIndex.build(parties)
    sieve = NameSieve.for_texts(texts)
    assert [p.name for p in passed_by(sieve, parties)] == ["Nour"]  # by its phone alone
    for text, clean in [
        (texts[0], f"a rights group{CONTACT_WITHHELD} now"),
        (texts[1], f"{CONTACT_WITHHELD}a rights group"),
    ]:
        cut = sieved_index(texts, parties, sieve, whole)
        found: list[Replacement] = []
        assert cut.scrub(text, "x", found) == clean == whole.scrub(text, "x", [])
        assert sorted(r.found for r in found) == ["0912345678", "Meet Amal Rights"]


def test_a_text_sent_out_twice_is_reported_in_each_place() -> None:
    # a cut index works a text out once; each field it stands in is still told
    text = "Met Zeinab Al-Hasan"
    cut, _built = _cut([text])
    found: list[Replacement] = []
    first = cut.scrub(text, "ask 'A' target", found)
    again = cut.scrub(text, "milestone 'B' description", found)
    assert first == again == "Met a woman activist"
    assert [(r.where, r.found) for r in found] == [
        ("ask 'A' target", "Zeinab Al-Hasan"),
        ("milestone 'B' description", "Zeinab Al-Hasan"),
    ]
