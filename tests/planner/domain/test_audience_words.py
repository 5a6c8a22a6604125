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
