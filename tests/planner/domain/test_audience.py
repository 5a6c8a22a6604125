"""The audience words are defined once and say what the rules do."""

from __future__ import annotations

from dataclasses import dataclass

from planner.domain import vocabulary as v
from planner.domain.audience import (
    SENSITIVITY_HELP,
    audience_cli_help,
    describe,
    indefinite_article,
    sensitivity_help_from_rules,
)


def test_the_sensitivity_help_says_what_the_audience_rules_do():
    assert sensitivity_help_from_rules() == SENSITIVITY_HELP


def test_the_cli_help_explains_every_audience_and_names_the_default():
    text = audience_cli_help()
    for audience in v.AUDIENCES:
        assert f"{audience}: {v.AUDIENCE_HELP[audience]}" in text
    assert text.endswith("Default: closed")


def test_an_audience_string_is_checked_once_at_the_edge_and_comes_back_as_the_audience():
    """The CLI, the dialogs and stored settings hand in plain strings; the rules take the
    Audience type (defined once in planner.domain.vocabulary, the tuple derived from it)."""
    import typing

    import pytest

    from planner.domain.audience import (
        DEFAULT_AUDIENCE,
        Audience,
        audience_or_default,
        check_audience,
    )
    from planner.domain.validation import ValidationError

    assert v.AUDIENCES == typing.get_args(Audience) == ("internal", "closed", "public")
    for audience in v.AUDIENCES:
        assert check_audience(str(audience)) == audience
    with pytest.raises(ValidationError, match=r"audience.*must be one of internal, closed, public"):
        check_audience("Public")
    with pytest.raises(ValidationError):
        check_audience(None)
    assert audience_or_default("public") == "public"
    assert audience_or_default("everyone") == DEFAULT_AUDIENCE == "closed"
    assert audience_or_default(None, "internal") == "internal"


@dataclass
class _Party:
    name: str = "Someone"
    kind: str = "organisation"
    category: str = "other"
    country: str = ""
    is_local: bool = False
    women_led: bool = False
    sensitivity: str = "public"
    name_consent: str = "public"


def test_a_description_takes_the_article_a_reader_would_say():
    assert describe(_Party(kind="person", category="un_entity")) == "a UN official"
    assert describe(_Party(category="un_entity", country="Sudan")) == "a UN entity in Sudan"
    assert describe(_Party(category="academic")) == "an academic institution"
    assert describe(_Party(category="human_rights")) == "a human rights organisation"
    assert indefinite_article("university") == "a"
    assert indefinite_article("organisation") == "an"


def test_institutions_are_not_called_local_or_women_led():
    state = _Party(category="member_state", is_local=True, women_led=True)
    assert describe(state) == "a member state"
    assert describe(_Party(category="government", is_local=True)) == "a government body"
    group = _Party(category="youth_group", is_local=True, women_led=True)
    assert describe(group) == "a local women-led youth group"
