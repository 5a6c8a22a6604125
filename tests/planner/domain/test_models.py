"""The schema's own checks: a bad closed-vocabulary value is refused by the database itself,
whoever writes it."""

from __future__ import annotations

import sqlite3

import psycopg
import pytest

from planner.services import campaigns
from tests.planner.services.shared import MISSING_ID
from tests.raw_client import raw_sql

pytestmark = pytest.mark.both_backends  # on a file and on a server


def test_database_constraints_refuse_bad_enums_even_from_raw_sql(ws):
    with pytest.raises((sqlite3.IntegrityError, psycopg.errors.CheckViolation)):
        raw_sql(
            ws,
            "INSERT INTO campaign (id, name, context, objective, strategy, status, outcome, "
            "priority, lead, tags, created_at, updated_at, version) VALUES "
            "(:id, 'x', '', '', '', 'finished', '', 2, '', '[]', 'a', 'a', 1)",
            {"id": MISSING_ID},
        )
    assert campaigns.list_campaigns(ws) == []
