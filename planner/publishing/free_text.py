"""Free text is checked, not trusted: withheld names, e-mails and phones found and replaced.

A partner who may not be named can still sit inside a field that *is* shown: an ask's
target typed by hand, a milestone's description, a quote's translation. Before a
document leaves the team every outgoing string is scanned for the names, e-mail
addresses and phone numbers of the stakeholders this audience may not read, and each
one found is replaced by the description the documents already use ("a local
civil-society group in Sudan").

Matching is on whole words, ignoring case and accents (``Zeïnab`` finds ``zeinab``), and
on Arabic script without its vowel marks, tatweel and alef/yeh/teh-marbuta variants.
Names the audience *may* read are matched too, so the longest match wins: a withheld
"Amal" inside a nameable "Amal Foundation" is left alone. When one name belongs to
both a withheld and a nameable stakeholder, the withheld one wins.
"""

from __future__ import annotations

import functools
import itertools
import operator
import re
import sys
import unicodedata
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple, TypeVar

MIN_NAME_CHARS = 3  # shorter "names" (initials) would replace ordinary words
MIN_PHONE_DIGITS = 6
CONTACT_WITHHELD = "(contact withheld)"
"""What an e-mail address or phone number of a withheld partner becomes: repeating the
description for each contact would only make the text longer, not safer."""

_ARABIC_FOLD = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ة": "ه",
        "ؤ": "و",
        "ئ": "ي",
        "ـ": "",  # tatweel: stretches a word, means nothing
    }
)
_WORD = re.compile(r"\w+")
_DETERMINER_BEFORE = re.compile(r"\b(the|a|an|this|that|our|their|its)(\s+)$", re.IGNORECASE)
_DESCRIPTION_ARTICLE = re.compile(r"^(a|an) ")


def _fit_after_determiner(before: str, description: str) -> tuple[str, str]:
    """The text before a replaced name and the description to put in, so that the
    sentence still reads: "the DMN" becomes "the local civil-society group", not "the a
    local civil-society group"; "a UNAMA" becomes "a UN entity", not "a a UN entity".
    Only the last few characters are looked at, and a description without an article is
    left as it is."""
    m = _DETERMINER_BEFORE.search(before[-12:])
    article = _DESCRIPTION_ARTICLE.match(description)
    if m is None or article is None:
        return before, description
    word = m.group(1)
    if word.lower() not in ("a", "an"):
        return before, description[article.end() :]
    # the text's own a/an makes way for the description's, which fits its noun
    cut = len(before) - len(m.group(0))
    own = description[: article.end()]
    if word[0].isupper():
        own = own[0].upper() + own[1:]
    return before[:cut], own + description[article.end() :]


_ACRONYM = re.compile(r"\(([A-Za-z][A-Za-z0-9&\-]{1,11})\)\s*$")
_PHONE_RUN = re.compile(r"\+?\d[\d\s().\-/]{4,}\d")
_NOT_DIGIT = re.compile(r"\D")
_EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
_REPLACED_WORDS = ("contact", "withheld")  # the words of CONTACT_WITHHELD, in order


@functools.lru_cache(maxsize=4096)
def _fold_char(c: str) -> str:
    """One character as matching sees it: no accent, no vowel mark, case folded.

    Cached: a workspace's names use a few hundred distinct characters, and the scan
    folds every name of the workspace before each shared document.
    """
    decomposed = unicodedata.normalize("NFKD", c)
    kept = "".join(x for x in decomposed if not unicodedata.combining(x))
    return kept.casefold().translate(_ARABIC_FOLD)


def fold(text: str) -> tuple[str, Sequence[int]]:
    """``text`` folded for matching, and for each folded character its index in ``text``."""
    if text.isascii():
        return text.lower(), range(len(text))  # ASCII folds to itself, one for one
    out: list[str] = []
    origin: list[int] = []
    for i, c in enumerate(text):
        f = c if c.isascii() and not c.isupper() else _fold_char(c)
        out.append(f)
        if len(f) == 1:
            origin.append(i)
        else:
            origin.extend([i] * len(f))
    return "".join(out), origin


def folded(text: str) -> str:
    """``text`` as matching sees it, without the index map ``fold`` also builds."""
    if text.isascii():
        return text.lower()
    return "".join(c if c.isascii() and not c.isupper() else _fold_char(c) for c in text)


def words(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(folded(text)))


@dataclass(frozen=True)
class Replacement:
    """One withheld name (or contact) found in outgoing text and what replaced it."""

    where: str  # the record and field, e.g. "ask 'Ensure the vote' target"
    found: str  # the text as it was written
    replaced_by: str

    def line(self) -> str:
        return f"replaced {self.found!r} with {self.replaced_by!r} in {self.where}"


class Party(NamedTuple):
    """A stakeholder as the scanner needs it: how to find them and what to say instead.

    A tuple, not a dataclass: one is made for every stakeholder of the workspace before
    each shared document, and a frozen dataclass is the slower of the two to build.
    """

    name: str
    email: str
    phone: str
    description: str
    withheld: bool


R = TypeVar("R", bound=Sequence[Any])  # a row: (name, e-mail, phone, …)


@dataclass
class WithheldIndex:
    """The phrases to find in outgoing text: withheld ones replaced, nameable ones kept."""

    # first word -> [(words, description or None when nameable)], longest first
    phrases: dict[str, list[tuple[tuple[str, ...], str | None]]] = field(default_factory=dict)
    emails: set[str] = field(default_factory=set)  # withheld addresses, case folded
    phones: set[str] = field(default_factory=set)  # withheld numbers, digits only
    # an index cut to some texts (``build_for``): those texts, and the whole index that
    # scrubs any other text
    covered: frozenset[str] | None = field(default=None, repr=False)
    whole: Callable[[], WithheldIndex] | None = field(default=None, repr=False, compare=False)
    _singles: set[str] = field(default_factory=set, repr=False, compare=False)
    _pairs: set[tuple[str, str]] = field(default_factory=set, repr=False, compare=False)
    _runs: set[str] = field(default_factory=set, repr=False, compare=False)
    _sieve: NameSieve | None = field(default=None, repr=False, compare=False)
    # a cut index's answers, text by text: a campaign sends the same string out many times
    # (a name in every row that mentions it), and the answer depends on the text alone
    _answers: dict[str, tuple[str, tuple[tuple[str, str], ...]]] = field(
        default_factory=dict, repr=False, compare=False
    )

    @classmethod
    def build(cls, parties: Iterable[Party]) -> WithheldIndex:
        index = cls()
        best: dict[tuple[str, ...], str | None] = {}
        for p in parties:
            for variant in _name_variants(p.name):
                # one string per distinct word: a workspace's 100 000 names share a few
                # thousand words, and the index lives through the whole export
                key = tuple(map(sys.intern, words(variant)))
                if not key or len(" ".join(key)) < MIN_NAME_CHARS:
                    continue
                if p.withheld:
                    best[key] = p.description
                else:
                    best.setdefault(key, None)
            if p.withheld:  # a nameable party's contacts are never looked for
                index._add_contacts(p.email, p.phone)
        index._add_phrases(best)
        return index

    @classmethod
    def build_for(
        cls,
        texts: Collection[str],
        rows: Iterable[R],
        withheld: Callable[[R], bool],
        describe: Callable[[R], str],
        whole: Callable[[], WithheldIndex],
        sieve: NameSieve | None = None,
    ) -> WithheldIndex:
        """The index ``build`` makes of the same parties, cut to what ``texts`` contain.

        ``rows`` are the parties as ``build`` would see them, in the same order, each a
        sequence starting (name, e-mail, phone), ``withheld`` or not; or only those that
        ``sieve``, a ``NameSieve`` of the same texts, lets through (the others cannot occur).
        Scrubbing any of ``texts`` with this index gives exactly what the whole one gives.
        It keeps the withheld e-mails and phones that occur in the texts, and the names
        that can: a name matches only where its words follow one another, so a name with
        a word, or a pair of neighbouring words, that no text has cannot match, whether it
        is withheld or would shield a withheld one. Replacing a contact can bring words
        together or cut one short ("Amal0912345678" leaves "Amal"); a text where that
        would reach words or numbers the index was not cut for, and any text not among
        ``texts``, is scrubbed with ``whole()``, built only then (``_beyond``).

        Building the whole index files every name of the workspace and describes every
        withheld party (about 0.6 s at 100 000 stakeholders); this one only reads the
        names' words, and describes the few parties the texts may name.
        """
        covered = frozenset(texts)
        emails = {m.group(0).casefold() for t in covered for m in _EMAIL.finditer(t)}
        runs: set[str] = set()
        singles = set(_REPLACED_WORDS)
        pairs: set[tuple[str, str]] = set()
        for text in covered:
            # the numbers as the phone scan may see them: in the text, and once its e-mails
            # are replaced (``_beyond`` checks the cases in between)
            for variant in {text, _EMAIL.sub(CONTACT_WITHHELD, text)}:
                runs.update(_NOT_DIGIT.sub("", m.group(0)) for m in _PHONE_RUN.finditer(variant))
            tokens = _WORD.findall(folded(text))
            singles.update(tokens)
            pairs.update(itertools.pairwise(tokens))
        index = cls(covered=covered, whole=functools.cache(whole))
        index._singles, index._pairs, index._runs = singles, pairs, runs
        index._sieve = sieve
        best: dict[tuple[str, ...], str | None] = {}
        for row in rows:
            name, email, phone = row[0] or "", row[1], row[2]
            hidden: bool | None = None  # asked only of a party the texts may contain
            if emails and email and email.strip().casefold() in emails:
                hidden = withheld(row)
                if hidden:
                    index.emails.add(email.strip().casefold())
            if runs and phone:
                digits = _NOT_DIGIT.sub("", phone)
                if len(digits) >= MIN_PHONE_DIGITS and digits in runs:
                    hidden = withheld(row) if hidden is None else hidden
                    if hidden:
                        index.phones.add(digits)
            description: str | None = None
            # without a bracket a name has no acronym variants: itself (stripped) alone
            for variant in _name_variants(name) if "(" in name else (name,):
                key = words(variant)
                if not key or key[0] not in singles or not _pairs_in(key, pairs):
                    continue
                if len(" ".join(key)) < MIN_NAME_CHARS:
                    continue
                hidden = withheld(row) if hidden is None else hidden
                if not hidden:
                    best.setdefault(key, None)
                    continue
                if description is None:
                    description = describe(row)
                best[key] = description
        index._add_phrases(best)
        return index

    def _beyond(self, text: str) -> bool:
        """Would scrubbing ``text`` (one of those it was cut for) need more than this index?

        Only when a contact is replaced: the phone scan then runs on changed text, and the
        name scan meets the words around the replacement.
        """
        scratch: list[Replacement] = []
        mailed = self._scrub_emails(text, "", scratch)
        if mailed != text:
            for m in _PHONE_RUN.finditer(mailed):
                if _NOT_DIGIT.sub("", m.group(0)) not in self._runs:
                    return True
        after = self._scrub_phones(mailed, "", scratch)
        if after == text:
            return False
        tokens = _WORD.findall(folded(after))
        if not (all(t in self._singles for t in tokens) and _pairs_in(tokens, self._pairs)):
            return True
        # names were sieved by the runs of words of the texts as written
        return self._sieve is not None and not self._sieve.has_runs(tokens)

    def _add_contacts(self, email: str | None, phone: str | None) -> None:
        if email and email.strip():
            self.emails.add(email.strip().casefold())
        digits = _NOT_DIGIT.sub("", phone or "")
        if len(digits) >= MIN_PHONE_DIGITS:
            self.phones.add(digits)

    def _add_phrases(self, best: dict[tuple[str, ...], str | None]) -> None:
        for key, description in best.items():
            self.phrases.setdefault(key[0], []).append((key, description))
        for options in self.phrases.values():
            options.sort(key=lambda o: -len(o[0]))

    @property
    def empty(self) -> bool:
        return (
            not self.emails
            and not self.phones
            and not any(d is not None for opts in self.phrases.values() for _k, d in opts)
        )

    def scrub(self, text: str, where: str, found: list[Replacement]) -> str:
        """``text`` with every withheld name and contact replaced; each one added to ``found``."""
        if self.covered is None or text not in self.covered:
            return self._scrub(text, where, found)
        # one of the (few) texts a cut index was made for: worked out once, told each time
        answer = self._answers.get(text)
        if answer is None:
            mine: list[Replacement] = []
            clean = self._scrub(text, where, mine)
            answer = self._answers[text] = (clean, tuple((r.found, r.replaced_by) for r in mine))
        found.extend(Replacement(where, f, by) for f, by in answer[1])
        return answer[0]

    def _scrub(self, text: str, where: str, found: list[Replacement]) -> str:
        if self.covered is not None and text and (text not in self.covered or self._beyond(text)):
            assert self.whole is not None
            return self.whole().scrub(text, where, found)
        if not text or self.empty:
            return text
        text = self._scrub_contacts(text, where, found)
        flat, origin = fold(text)
        tokens = [(m.group(0), m.start(), m.end()) for m in _WORD.finditer(flat)]
        spans: list[tuple[int, int, str]] = []
        i = 0
        while i < len(tokens):
            options = self.phrases.get(tokens[i][0])
            matched = None
            for key, description in options or ():
                n = len(key)
                if tuple(t[0] for t in tokens[i : i + n]) == key:
                    matched = (n, description)
                    break
            if matched is None:
                i += 1
                continue
            n, description = matched
            if description is not None:
                start = origin[tokens[i][1]]
                end = origin[tokens[i + n - 1][2] - 1] + 1
                if text[end : end + 1] == ")" and "(" in text[start:end]:
                    end += 1  # "Network (DMN)": the acronym's bracket goes with it
                spans.append((start, end, description))
            i += n
        if not spans:
            return text
        out = []
        last = 0
        for start, end, description in spans:
            before, description = _fit_after_determiner(text[last:start], description)
            out.append(before)
            out.append(description)
            found.append(Replacement(where, text[start:end], description))
            last = end
        out.append(text[last:])
        return "".join(out)

    def _scrub_contacts(self, text: str, where: str, found: list[Replacement]) -> str:
        return self._scrub_phones(self._scrub_emails(text, where, found), where, found)

    def _scrub_emails(self, text: str, where: str, found: list[Replacement]) -> str:
        if self.emails and "@" in text:

            def email(m: re.Match[str]) -> str:
                if m.group(0).casefold() not in self.emails:
                    return m.group(0)
                found.append(Replacement(where, m.group(0), CONTACT_WITHHELD))
                return CONTACT_WITHHELD

            text = _EMAIL.sub(email, text)
        return text

    def _scrub_phones(self, text: str, where: str, found: list[Replacement]) -> str:
        if self.phones:

            def phone(m: re.Match[str]) -> str:
                digits = re.sub(r"\D", "", m.group(0))
                if digits not in self.phones:
                    return m.group(0)
                found.append(Replacement(where, m.group(0), CONTACT_WITHHELD))
                return CONTACT_WITHHELD

            text = _PHONE_RUN.sub(phone, text)
        return text


SIEVE_WORDS = 6  # the longest plain name the sieve speaks of, in words
_PLAIN_NAME = re.compile(rf"[A-Za-z0-9]+(?: [A-Za-z0-9]+){{0,{SIEVE_WORDS - 1}}}")


@dataclass(frozen=True)
class NameSieve:
    """Tells that a stakeholder occurs in none of some texts, from their name and contacts
    alone: a first pass over every stakeholder, so that ``WithheldIndex.build_for`` reads
    whole rows only for the few that may occur.

    It is sure of a *plain* name only: ASCII letters and digits, at most ``SIEVE_WORDS``
    words with one space between them, nothing else (no accent, no Arabic script, no hyphen
    or apostrophe, no bracketed acronym, no space at either end). Such a name folds to
    itself lower-cased and its words are those between its spaces, so it can match, or
    shield a withheld name, only where the same run of words stands in a text; if none of
    the texts has that run it is left out, and every other name is passed on. Replacing a
    contact can make new runs of words ("Amal Rights0912345678" leaves "Amal Rights"):
    a name holding the words of the replacement is passed on, and the cut index scrubs a
    text whose replacement made a run the sieve did not see with the whole index
    (``WithheldIndex._beyond``). A stakeholder whose e-mail or phone the texts may hold is
    passed on whatever their name.
    """

    runs: frozenset[str]  # every run of 1 to SIEVE_WORDS words of the texts, folded
    emails: frozenset[str] = frozenset()  # the e-mail addresses in the texts, case folded
    numbers: frozenset[str] = frozenset()  # their phone-like numbers, digits (6 or more)

    @classmethod
    def for_texts(cls, texts: Iterable[str]) -> NameSieve:
        runs: set[str] = set()
        emails: set[str] = set()
        numbers: set[str] = set()
        for text in texts:
            _add_runs(runs, _WORD.findall(folded(text)))
            if "@" in text or _PHONE_RUN.search(text):
                # as ``build_for`` gathers them: the numbers as the phone scan may see
                # them, in the text and once its e-mails are replaced
                emails.update(m.group(0).casefold() for m in _EMAIL.finditer(text))
                for variant in {text, _EMAIL.sub(CONTACT_WITHHELD, text)}:
                    numbers.update(
                        _NOT_DIGIT.sub("", m.group(0)) for m in _PHONE_RUN.finditer(variant)
                    )
        long_enough = frozenset(n for n in numbers if len(n) >= MIN_PHONE_DIGITS)
        return cls(frozenset(runs), frozenset(emails), long_enough)

    @property
    def contacts(self) -> bool:
        """Whether the texts hold an e-mail address or a phone-like number."""
        return bool(self.emails or self.numbers)

    def may_occur(
        self,
        names: Sequence[str],
        emails: Sequence[str] | None = None,
        phones: Sequence[str] | None = None,
    ) -> Iterator[bool]:
        """For each stakeholder, False only if they surely occur in none of the texts.

        ``names`` and, when the texts hold ``contacts``, each one's ``emails`` and
        ``phones`` ("" for none). Mapped, not looped: the whole workspace goes through it
        (100 000 names in ~20 ms).
        """
        if not self.contacts:
            in_texts = map(self.runs.__contains__, map(str.lower, names))
            not_plain = map(operator.not_, map(_PLAIN_NAME.fullmatch, names))
            return map(operator.or_, in_texts, not_plain)
        if emails is None or phones is None or not len(names) == len(emails) == len(phones):
            raise ValueError("the texts hold contacts: give every stakeholder's too")
        lowered = list(map(str.lower, names))
        parts = [
            map(self.runs.__contains__, lowered),
            map(operator.not_, map(_PLAIN_NAME.fullmatch, names)),
            # a replaced contact's words may stand next to any name's: such names go on
            *(map(operator.contains, lowered, itertools.repeat(w)) for w in _REPLACED_WORDS),
        ]
        # and anyone whose e-mail or phone the texts hold, as ``build_for`` looks for them
        if self.emails:
            parts.append(map(self.emails.__contains__, map(str.casefold, map(str.strip, emails))))
        if self.numbers:
            # a phone whose digits are one of the numbers: "0912 345 678" is "0912345678"
            # with anything but digits around and between them (faster than taking the
            # digits of every phone, most of which are empty or far off)
            spelled = "|".join(r"\D*".join(number) for number in sorted(self.numbers))
            parts.append(map(bool, map(re.compile(rf"\D*(?:{spelled})\D*").fullmatch, phones)))
        return functools.reduce(functools.partial(map, operator.or_), parts)

    def has_runs(self, tokens: Sequence[str]) -> bool:
        """Whether every run of up to ``SIEVE_WORDS`` of ``tokens`` that does not hold the
        words of a replaced contact is one the sieve saw in the texts."""
        segment: list[str] = []
        for token in [*tokens, _REPLACED_WORDS[0]]:
            if token in _REPLACED_WORDS:
                seen: set[str] = set()
                _add_runs(seen, segment)
                if not seen <= self.runs:
                    return False
                segment = []
            else:
                segment.append(token)
        return True


def _add_runs(runs: set[str], tokens: Sequence[str]) -> None:
    """Every run of 1 to ``SIEVE_WORDS`` of ``tokens``, joined by spaces, into ``runs``."""
    for i in range(len(tokens)):
        for end in range(i + 1, min(i + SIEVE_WORDS, len(tokens)) + 1):
            runs.add(" ".join(tokens[i:end]))


def _pairs_in(key: Sequence[str], pairs: set[tuple[str, str]]) -> bool:
    """Every two neighbouring words of ``key`` are a pair of ``pairs``, or meet the words a
    replaced contact leaves ("… (contact withheld) …"), which may stand next to any."""
    for pair in itertools.pairwise(key):
        if pair not in pairs and pair[1] != _REPLACED_WORDS[0] and pair[0] != _REPLACED_WORDS[1]:
            return False
    return True


def _name_variants(name: str) -> list[str]:
    """The name, and for "Syrian Families Association (SFA)" also the name alone and "SFA"."""
    name = name.strip()
    if not name:
        return []
    variants = [name]
    m = _ACRONYM.search(name)
    if m:
        variants += [name[: m.start()].strip(), m.group(1)]
    return variants
