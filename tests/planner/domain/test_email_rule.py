"""The email rule: real addresses (international ones too) pass, typos are refused by name."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from planner.domain import validation as val
from planner.domain.models import Stakeholder
from planner.domain.validation import EMAIL_REASON, ValidationError
from planner.services import stakeholders

rule = val.email()

GOOD = [
    "rima.h@example.org",
    "a+tag@sub.example.co.uk",
    "o'brien@example.ie",
    "josé@exämple.org",
    "用户@例子.广告",
    "مستخدم@مثال.موقع",
    "x@x.io",
    "  spaced@example.org  ",  # trimmed
]
BAD = [
    "not-an-email",
    "@example.org",
    "name@",
    "name@localhost",
    "name@example.",
    "name@.example.org",
    "name@example..org",
    "a@b@example.org",
    "first last@example.org",
    "name@exa mple.org",
    "name\t@example.org",
]


@pytest.mark.parametrize("address", GOOD)
def test_real_addresses_are_accepted(address: str) -> None:
    assert rule("email", address) == address.strip()


@pytest.mark.parametrize("address", BAD)
def test_typos_are_refused_naming_field_and_value(address: str) -> None:
    with pytest.raises(ValidationError) as info:
        rule("email", address)
    assert info.value.field == "email"
    assert info.value.reason == EMAIL_REASON
    assert repr(address.strip()) in str(info.value)


def test_no_email_is_fine() -> None:
    assert rule("email", "") == "" and rule("email", None) == "" and rule("email", "  ") == ""


@settings(max_examples=200, derandomize=True, database=None)
@given(st.text(max_size=60))
def test_whatever_is_accepted_has_the_shape_of_an_address(text: str) -> None:
    try:
        stored = rule("email", text)
    except ValidationError:
        return
    if stored:
        local, _, domain = stored.partition("@")
        assert local and stored.count("@") == 1 and "." in domain.strip(".")
        assert not any(ch.isspace() for ch in stored)


def test_a_stakeholder_with_a_bad_email_is_not_saved(ws) -> None:
    with pytest.raises(ValidationError, match="email 'not-an-email'"):
        stakeholders.create(ws, name="Typo", kind="person", email="not-an-email")
    assert stakeholders.list_stakeholders(ws) == []
    ok = stakeholders.create(ws, name="Fine", kind="person", email="fine@example.org")
    with pytest.raises(ValidationError, match="email"):
        stakeholders.update(ws, ok.id, email="fine at example.org")
    assert stakeholders.get(ws, ok.id).email == "fine@example.org"
    assert stakeholders.get(ws, ok.id).version == ok.version


def test_every_demo_email_passes_the_rule(demo_ws) -> None:
    with demo_ws.reading() as s:
        emails = [e for e in s.scalars(select(Stakeholder.email)) if e]
    assert len(emails) > 10
    for address in emails:
        assert rule("email", address) == address
