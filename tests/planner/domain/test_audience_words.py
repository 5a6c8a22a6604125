"""The audience words are defined once and say what the rules do."""

from __future__ import annotations

from planner.domain import vocabulary as v
from planner.domain.audience import SENSITIVITY_HELP, audience_cli_help, sensitivity_help_from_rules


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
