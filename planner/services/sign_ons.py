"""Coalition sign-ons: joint letters, statements and endorsements of an ask, and who signed.

Each signature carries its own ``name_consent``: a partner may sign a letter yet agree to
be listed only in closed briefings, whatever they agreed elsewhere. It defaults to the
stakeholder's general consent at the time of signing.

``signatory_list`` applies the audience rules (``domain.audience``): a signatory is named
only if the audience may see the stakeholder at all (no confidential one outside the team,
no internal one in public) *and* the signature's consent allows naming for that
audience; every other signatory is only counted ("and 4 other organisations"), never
described, since a description of a signatory can identify them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any, Literal, TypeVar

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from planner.domain import validation as val
from planner.domain import vocabulary as v
from planner.domain.audience import NAMEABLE, Audience, check_audience, is_shown
from planner.domain.edge_models import Signature, SignOn
from planner.domain.models import Ask, Campaign, Stakeholder, Tracked
from planner.domain.records import Meta, R, StakeholderRecord, to_record
from planner.domain.timestamps import utc_now
from planner.services.entity import (
    EntityService,
    EntitySpec,
    NotFound,
    check_version,
    create_in,
    refuse_duplicate_pair,
    update_in,
)
from planner.storage.workspace import Workspace


@dataclass(frozen=True)
class SignOnRecord(Meta):
    campaign_id: str
    title: str
    kind: v.SignOnKind
    ask_id: str | None
    date: dt.date | None
    text: str
    url: str


@dataclass(frozen=True)
class SignatureRecord(Meta):
    sign_on_id: str
    stakeholder_id: str
    date: dt.date | None
    name_consent: v.NameConsent


@dataclass(frozen=True)
class Signatory:
    signature: SignatureRecord
    stakeholder: StakeholderRecord


@dataclass(frozen=True)
class SignatoryList:
    """What an audience may read of a sign-on's signatories."""

    audience: Audience | Literal[""]  # "": only formatted (the tracker's cells)
    names: list[str]
    withheld_organisations: int
    withheld_people: int

    @property
    def withheld(self) -> int:
        return self.withheld_organisations + self.withheld_people

    @property
    def total(self) -> int:
        return len(self.names) + self.withheld

    def text(self) -> str:
        """'A, B and C, and 4 other organisations' — the sentence a document prints."""
        other = "other " if self.names else ""
        others = [
            f"{n} {other}{word if n == 1 else word + 's'}"
            for n, word in (
                (self.withheld_organisations, "organisation"),
                (self.withheld_people, "individual"),
            )
            if n
        ]
        if not self.names:
            return " and ".join(others) if others else "No signatories yet"
        named = (
            self.names[0]
            if len(self.names) == 1
            else ", ".join(self.names[:-1]) + " and " + self.names[-1]
        )
        return named + (", and " + " and ".join(others) if others else "")


def _ask_of_the_campaign(session: Session, values: dict[str, Any], _c: Tracked | None) -> None:
    ask = session.get(Ask, values["ask_id"]) if values.get("ask_id") else None
    if ask is not None and ask.campaign_id != values.get("campaign_id"):
        raise val.ValidationError("ask_id", ask.id, "is an ask of another campaign")


def _one_signature_per_signatory(
    session: Session, values: dict[str, Any], current: Tracked | None
) -> None:
    pair = ("sign_on_id", "stakeholder_id")
    refuse_duplicate_pair(session, Signature, pair, values, current, "has already signed")


# The rules of a sign-on and a signature, wherever one comes from (this module, a bundle).
SIGN_ON_SPEC = EntitySpec(
    kind="sign_on",
    label="Sign-on",
    record=SignOnRecord,
    rules=(
        val.FieldRule("campaign_id", val.identifier(required=True), required=True, ref="campaign"),
        val.FieldRule("title", val.name(), required=True),
        val.FieldRule("kind", val.enum(v.SIGN_ON_KINDS)),
        val.FieldRule("ask_id", val.identifier(), ref="ask"),
        val.FieldRule("date", val.date()),
        val.FieldRule("text", val.text()),
        val.FieldRule("url", val.line(500)),
    ),
    checks=(_ask_of_the_campaign,),
)
SIGNATURE_SPEC = EntitySpec(
    kind="signature",
    label="Signature",
    record=SignatureRecord,
    rules=(
        val.FieldRule("sign_on_id", val.identifier(required=True), required=True, ref="sign_on"),
        val.FieldRule(
            "stakeholder_id", val.identifier(required=True), required=True, ref="stakeholder"
        ),
        val.FieldRule("date", val.date()),
        val.FieldRule("name_consent", val.enum(v.NAME_CONSENTS)),
    ),
    checks=(_one_signature_per_signatory,),
)
_T = TypeVar("_T", bound=Tracked)
_RULES = {r.name: r.rule for r in SIGN_ON_SPEC.rules if r.name != "campaign_id"}


def _refuse_unknown_fields(fields: dict[str, Any]) -> None:
    for key in fields:
        if key not in _RULES:
            raise val.ValidationError(key, fields[key], "is not a field of a sign-on")


def _live(session: Session, model: type[_T], ident: str | None, field: str) -> _T:
    obj = session.get(model, ident) if ident else None
    if obj is None or obj.deleted_at is not None:
        raise val.ValidationError(field, ident, f"points to no {model.__tablename__}")
    return obj


def create_sign_on(ws: Workspace, campaign_id: str, **fields: Any) -> SignOnRecord:
    """A new letter, statement or endorsement; ``title`` is required."""
    fields.setdefault("title", None)
    _refuse_unknown_fields(fields)
    values = {k: value for k, value in fields.items() if value is not None or k == "title"}
    with ws.session() as s:
        _live(s, Campaign, campaign_id, "campaign_id")
        obj = create_in(s, SIGN_ON_SPEC, {"campaign_id": campaign_id, **values})
        return to_record(obj, SignOnRecord)


def sign(
    ws: Workspace,
    sign_on_id: str,
    stakeholder_id: str,
    *,
    date: dt.date | str | None = None,
    name_consent: str | None = None,
) -> SignatureRecord:
    """Record that a stakeholder signed; signing twice is refused with a message.

    Signing again after withdrawing brings the withdrawn signature back (one row per
    signatory and sign-on, as the unique index and the bundle's merge expect).
    """
    with ws.session() as s:
        _live(s, SignOn, sign_on_id, "sign_on_id")
        who = _live(s, Stakeholder, stakeholder_id, "stakeholder_id")
        values = {
            "sign_on_id": sign_on_id,
            "stakeholder_id": stakeholder_id,
            "date": date,
            "name_consent": name_consent or who.name_consent,
        }
        withdrawn = s.scalars(
            select(Signature).where(
                Signature.sign_on_id == sign_on_id,
                Signature.stakeholder_id == stakeholder_id,
                Signature.deleted_at.is_not(None),
            )
        ).first()
        if withdrawn is not None:
            withdrawn.deleted_at = None
            obj = update_in(s, SIGNATURE_SPEC, withdrawn.id, values)
        else:
            obj = create_in(s, SIGNATURE_SPEC, values)
        return to_record(obj, SignatureRecord)


def withdraw(
    ws: Workspace, signature_id: str, expected_version: int | None = None
) -> SignatureRecord:
    """A signatory withdraws (soft delete: the row stays for the record)."""
    return _remove(ws, SIGNATURE_SPEC, signature_id, expected_version)


def update_sign_on(
    ws: Workspace, sign_on_id: str, expected_version: int | None = None, **fields: Any
) -> SignOnRecord:
    """Change a sign-on's title, kind, ask, date, text or link; all checked first.

    With ``expected_version`` (what the form showed), a sign-on a colleague changed
    since is refused with ``ConflictError`` and nothing is saved.
    """
    _refuse_unknown_fields(fields)
    clean = {k: _RULES[k](k, value) for k, value in fields.items()}
    with ws.session() as s:
        obj = _live(s, SignOn, sign_on_id, "sign_on_id")
        check_version(s, SIGN_ON_SPEC, obj, expected_version)
        if clean.get("ask_id"):
            ask = _live(s, Ask, clean["ask_id"], "ask_id")
            if ask.campaign_id != obj.campaign_id:
                raise val.ValidationError("ask_id", ask.id, "is an ask of another campaign")
        for key, value in clean.items():
            setattr(obj, key, value if value is not None or key in ("ask_id", "date") else "")
        s.flush()
        return to_record(obj, SignOnRecord)


def delete_sign_on(
    ws: Workspace, sign_on_id: str, expected_version: int | None = None
) -> SignOnRecord:
    """Remove a sign-on (soft delete, so undo can bring it back with its signatures)."""
    return _remove(ws, SIGN_ON_SPEC, sign_on_id, expected_version)


def _remove(ws: Workspace, spec: EntitySpec[R], ident: str, expected: int | None) -> R:
    """The soft delete of sign-ons and signatures: a row that is not live is refused as a
    bad id (the field named), as signing and editing refuse it, not as ``NotFound``."""
    with ws.session() as s:
        obj = _live(s, spec.model, ident, f"{spec.kind}_id")
        check_version(s, spec, obj, expected)
        obj.deleted_at = utc_now()
        s.flush()
        return to_record(obj, spec.record)


# Restoring (undo of a removal or withdrawal) and reading one record are the shared
# entity service's: any row may be restored, only a live one read.
_SIGN_ONS = EntityService(SIGN_ON_SPEC)
_SIGNATURES = EntityService(SIGNATURE_SPEC)
restore_sign_on, get_sign_on = _SIGN_ONS.restore, _SIGN_ONS.get
restore_signature, get_signature = _SIGNATURES.restore, _SIGNATURES.get


def find_sign_on(ws: Workspace, campaign_id: str, id_or_title: str) -> SignOnRecord:
    """A campaign's sign-on named by id or exact title (case-insensitive), as the CLI takes."""
    wanted = id_or_title.strip().casefold()
    matches = [
        x
        for x, _n in list_sign_ons(ws, campaign_id)
        if x.id == id_or_title or x.title.casefold() == wanted
    ]
    if not matches:
        raise NotFound(f"No sign-on with id or title {id_or_title!r} in this campaign.")
    if len(matches) > 1:
        raise NotFound(f"{len(matches)} sign-ons are titled {id_or_title!r}; use the id.")
    return matches[0]


def campaign_signatures(ws: Workspace, campaign_id: str) -> dict[str, list[Signatory]]:
    """Every live signature of the campaign's sign-ons, by sign-on id (one query)."""
    query = _live_signatories(SignOn.campaign_id == campaign_id, SignOn.deleted_at.is_(None))
    out: dict[str, list[Signatory]] = {}
    with ws.reading() as s:
        for sig, st in s.execute(query.join(SignOn, SignOn.id == Signature.sign_on_id)):
            out.setdefault(sig.sign_on_id, []).append(_signatory(sig, st))
    return out


def _live_signatories(*where: ColumnElement[bool]) -> Select[Signature, Stakeholder]:
    """Live signatures of live stakeholders meeting ``where``, in signing order."""
    return (
        select(Signature, Stakeholder)
        .join(Stakeholder, Stakeholder.id == Signature.stakeholder_id)
        .where(*where, Signature.deleted_at.is_(None), Stakeholder.deleted_at.is_(None))
        .order_by(Signature.date, func.lower(Stakeholder.name))
    )


def _signatory(sig: Signature, st: Stakeholder) -> Signatory:
    return Signatory(to_record(sig, SignatureRecord), to_record(st, StakeholderRecord))


def list_sign_ons(ws: Workspace, campaign_id: str) -> list[tuple[SignOnRecord, int]]:
    """The campaign's sign-ons, newest first, each with its number of signatures."""
    counts = (
        select(Signature.sign_on_id, func.count().label("n"))
        .where(Signature.deleted_at.is_(None))
        .group_by(Signature.sign_on_id)
        .subquery()
    )
    query = (
        select(SignOn, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.sign_on_id == SignOn.id)
        .where(SignOn.campaign_id == campaign_id, SignOn.deleted_at.is_(None))
        .order_by(SignOn.date.desc(), SignOn.title)
    )
    with ws.reading() as s:
        return [(to_record(x, SignOnRecord), n) for x, n in s.execute(query)]


def signatories(ws: Workspace, sign_on_id: str) -> list[Signatory]:
    """Everyone who signed (internal view), in signing order."""
    query = _live_signatories(Signature.sign_on_id == sign_on_id)
    with ws.reading() as s:
        return [_signatory(sig, st) for sig, st in s.execute(query)]


def may_list(signatory: Signatory, audience: Audience) -> bool:
    """Whether this audience may read the signatory's name.

    The audience rules of ``planner.domain.audience`` (``is_shown``), with the signature's own
    consent in place of the stakeholder's general one.
    """
    return (
        is_shown(signatory.stakeholder, audience)
        and signatory.signature.name_consent in NAMEABLE[audience]
    )


def signatory_list(ws: Workspace, sign_on_id: str, audience: str) -> SignatoryList:
    """The names ``audience`` may read, sorted; the others only counted.

    ``audience`` is checked here: the CLI and the app pass the string they were given.
    """
    reader = check_audience(audience)
    get_sign_on(ws, sign_on_id)
    names: list[str] = []
    orgs = people = 0
    for sig in signatories(ws, sign_on_id):
        if may_list(sig, reader):
            names.append(sig.stakeholder.name)
        elif sig.stakeholder.kind == "person":
            people += 1
        else:
            orgs += 1
    return SignatoryList(reader, sorted(names, key=str.casefold), orgs, people)


def _undoable(shared: EntityService[Any], **own: Callable[..., Any]) -> SimpleNamespace:
    """The create/update/delete/restore/get shape the app's undoable commands call, as
    for the entity services: restoring and reading are the shared service's, ``own``
    the rest (a sign-on is created and edited like any record, a signature is created by
    signing and deleted by withdrawing)."""
    return SimpleNamespace(restore=shared.restore, get=shared.get, SPEC=shared.spec, **own)


SIGN_ON_SERVICE = _undoable(
    _SIGN_ONS, create=create_sign_on, update=update_sign_on, delete=delete_sign_on
)
SIGNATURE_SERVICE = _undoable(_SIGNATURES, create=sign, delete=withdraw)
