"""Quote rules: the language is a language tag."""

from __future__ import annotations

import pytest

from planner.domain.validation import ValidationError
from planner.services import quotes

pytestmark = pytest.mark.both_backends  # on a file and on a server


def test_quote_language_must_be_a_language_tag(ws, campaign, person):
    with pytest.raises(ValidationError) as info:
        quotes.create(ws, campaign_id=campaign.id, text="نريد أن نعرف", language="arabic!")
    assert info.value.field == "language"
    q = quotes.create(
        ws,
        campaign_id=campaign.id,
        stakeholder_id=person.id,
        text="نريد أن نعرف مصير أحبائنا",
        translation="We want to know the fate of our loved ones",
        language="ar",
    )
    assert quotes.list_quotes(ws, campaign.id) == [q]
