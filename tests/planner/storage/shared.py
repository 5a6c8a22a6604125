"""What the encryption, protection and encrypted-bundle tests share: a partner whose
name, e-mail and phone must never be found in clear, and a comparable copy of a workspace."""

from __future__ import annotations

from pathlib import Path

from planner.exchange.bundle import export_bundle
from planner.services import campaigns, positions, stakeholders

PASS = "correct horse battery staple"
OTHER = "a completely different long passphrase"
# What must never appear in clear on disk: a partner's name, e-mail and phone number.
SECRETS = ["Zaynab Qasimova", "zaynab.qasimova@example.org", "+249 912 345 678", "Qasimova"]


def add_partner(ws) -> str:
    camp = campaigns.service.create(ws, name="Missing persons in Syria")
    person = stakeholders.service.create(
        ws,
        name="Zaynab Qasimova",
        kind="person",
        email="zaynab.qasimova@example.org",
        phone="+249 912 345 678",
        notes="Met in Gaziantep; prefers Signal.",
        sensitivity="confidential",
    )
    positions.service.create(ws, campaign_id=camp.id, stakeholder_id=person.id, role="voice")
    return person.id


def assert_no_plaintext(path: Path) -> None:
    data = path.read_bytes()
    for secret in SECRETS:
        for encoded in (secret.encode("utf-8"), secret.encode("utf-16-le")):
            assert encoded not in data, f"{secret!r} found in clear in {path.name}"


def comparable(ws) -> dict:
    bundle = export_bundle(ws)
    bundle.pop("exported_at")
    return bundle


def write(path: Path, text: str) -> Path:
    path.write_text(text + "\n", encoding="utf-8")
    return path
