"""The one gate for everything that leaves the workspace.

Every output (brief, tracker, calendar, bundle, map pictures) takes the same road, from
the app and from the CLI alike:

1. **check the audience** (``internal``, ``closed``, ``public``),
2. **take the snapshot** of the campaigns it is about,
3. **redact** it for the audience (``planner.publishing.redaction.redact``): withheld partners are
   absent or described, and free text is scanned for their names and contacts, which
   are replaced and listed in ``Prepared.replacements`` so the user is told,
4. **render** the file from the ``RedactedSnapshot`` (the only type renderers accept),
5. **write atomically**, refusing to replace an existing file unless asked (``force``)
   and refusing a symbolic link,
6. **record the share** in the audit trail: what, for which audience, which file, when
   and by whom.

``EXPORTERS`` lists every door, so a test can run each of them for each audience. The
pictures are drawn by the app (Qt stays in ``ui/``) from the redacted data the gate
gives it: their exporters have no renderer here and ``publish`` takes a ``draw``
callable returning the bytes and the labels it drew.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import Any, Literal, NamedTuple

from sqlalchemy import ClauseElement, Dialect, Integer, func, literal_column, select

from planner.domain import vocabulary as v
from planner.domain.audience import Audience, check_audience, describe, is_shown, may_name
from planner.domain.models import Stakeholder
from planner.domain.validation import ValidationError
from planner.files.atomic import atomic_path, check_target
from planner.publishing.free_text import NameSieve, Party, Replacement, WithheldIndex
from planner.publishing.redaction import IndexFor, RedactedSnapshot, redact, require_redacted
from planner.services import campaigns
from planner.services.audit_trail import log_share
from planner.services.snapshot import take_snapshot
from planner.storage.workspace import Workspace

Scope = Literal["one", "many", "any"]
"""one: exactly one campaign; many: one or more; any: one campaign, or all when none given."""


@dataclass(frozen=True)
class Picture:
    """A drawn picture: its file bytes and every text it drew (what a reader can see)."""

    data: bytes
    labels: tuple[str, ...]


@dataclass(frozen=True)
class Prepared:
    """Steps 1–3 done: the redacted data of one export, before anything is written."""

    exporter: str
    audience: Audience
    campaign_ids: tuple[str, ...]
    snapshots: tuple[RedactedSnapshot, ...]
    workspace_name: str
    whole_workspace: bool = False
    full_bundle: dict[str, Any] | None = None  # an internal bundle: the full copy
    # a streaming door's snapshots, taken one campaign at a time as the file is written
    # (``snapshots`` is then empty); ``streamed`` collects their replacements
    stream: Callable[[], Iterator[RedactedSnapshot]] | None = field(
        default=None, compare=False, repr=False
    )
    streamed: list[Replacement] = field(default_factory=list, compare=False, repr=False)

    @property
    def replacements(self) -> tuple[Replacement, ...]:
        found = [r for s in self.snapshots for r in s.replacements]
        return tuple(dict.fromkeys(found + self.streamed))

    def each_snapshot(self) -> Iterator[RedactedSnapshot]:
        """The redacted snapshots, from memory or (streaming) read one at a time."""
        if self.stream is None:
            yield from self.snapshots
            return
        for snap in self.stream():
            require_redacted(snap)
            self.streamed.extend(snap.replacements)
            yield snap


@dataclass(frozen=True)
class Published:
    exporter: str
    audience: Audience
    path: Path
    replacements: tuple[Replacement, ...]
    detail: Any = None  # what the renderer returned (pages, sheet counts, labels…)


Renderer = Callable[[Prepared, Path, Mapping[str, Any]], Any]


@dataclass(frozen=True)
class Exporter:
    name: str  # as recorded in the audit trail
    title: str
    suffix: str
    scope: Scope
    render: Renderer | None  # None: a picture the app draws
    options: Callable[[Workspace, dict[str, Any]], dict[str, Any]] | None = field(
        default=None, compare=False
    )
    streams: bool = False  # its renderer takes the snapshots one at a time (``each_snapshot``)

    @property
    def picture(self) -> bool:
        return self.render is None


EXPORTERS: dict[str, Exporter] = {}


def register(exporter: Exporter) -> Exporter:
    EXPORTERS[exporter.name] = exporter
    return exporter


def exporter(name: str) -> Exporter:
    try:
        return EXPORTERS[name]
    except KeyError:
        raise ValidationError("exporter", name, f"must be one of {', '.join(EXPORTERS)}") from None


# ----------------------------------------------------------------------------- steps 1–3


class _Who(NamedTuple):
    """The columns ``describe`` and the audience rules read, without loading whole rows."""

    name: str
    email: str
    phone: str
    kind: v.StakeholderKind
    category: v.Category
    country: str
    is_local: bool
    women_led: bool
    sensitivity: v.Sensitivity
    name_consent: str


_BATCH = 5000  # rows taken from the driver at a time
_WHO = (
    Stakeholder.name,
    Stakeholder.email,
    Stakeholder.phone,
    Stakeholder.kind,
    Stakeholder.category,
    Stakeholder.country,
    Stakeholder.is_local,
    Stakeholder.women_led,
    Stakeholder.sensitivity,
    Stakeholder.name_consent,
)


def withheld_index(
    ws: Workspace, audience: Audience, texts: Collection[str] | None = None
) -> WithheldIndex:
    """Every stakeholder of the workspace as the free-text scan needs them.

    The whole workspace, not only the campaign: an ask's target may name a partner the
    campaign never linked. Given ``texts`` (the strings a document will send out), the
    index is cut to them (``WithheldIndex.build_for``): it scrubs them exactly as the
    whole one does, at a fraction of the cost, and any other text with the whole one.
    """
    live = Stakeholder.deleted_at.is_(None)

    def withheld(w: Any) -> bool:
        return not (is_shown(w, audience) and may_name(w, audience))

    def party(w: _Who) -> Party:
        hidden = withheld(w)
        return Party(
            name=w.name,
            email=w.email or "",
            phone=w.phone or "",
            # only a withheld party's description is ever written in its place
            description=describe(w) if hidden else "",
            withheld=hidden,
        )

    # On SQLite the rows in the table's order, said out loud: the cut index may read only
    # a few where the whole one reads them all, and both must meet two withheld parties of
    # one name in the same order (the last one's description is used). Free: SQLite
    # scans the table in that order anyway.
    order = ws.backend.scan_order
    position = literal_column(f"stakeholder.{order}", Integer) if order else None
    every = select(*_WHO).where(live)
    if position is not None:
        every = every.order_by(position)

    def whole() -> WithheldIndex:
        # Core rows: the ORM's row processing doubles the cost here; taken from the cursor
        # as the index is built, not held in a list beside it (a peak of ~25 MB at 100 000)
        with ws.reading() as s:
            rows = s.connection().execute(every)
            return WithheldIndex.build(party(_Who._make(row)) for row in rows)

    if texts is None:
        return whole()

    def hidden(row: Sequence[Any]) -> bool:
        return withheld(_Who._make(row))

    def description(row: Sequence[Any]) -> str:
        return describe(_Who._make(row))

    with ws.reading() as s:
        conn = s.connection()
        # on the driver's own cursor: SQLAlchemy's rows cost as much again as reading them,
        # and only a few are looked at closely
        dbapi = conn.connection.dbapi_connection
        assert dbapi is not None
        cursor = dbapi.cursor()
        try:
            statement = every
            sieve = NameSieve.for_texts(texts) if position is not None else None
            if sieve is not None and position is not None:
                # every name first (from an index: ~0.05 s at 100 000, a third of the whole
                # rows; with the contacts when the texts hold any), then the whole rows of
                # those the sieve lets through
                who = [Stakeholder.name]
                if sieve.contacts:
                    who += [Stakeholder.email, Stakeholder.phone]
                columns = [func.coalesce(c, "") for c in who]
                cursor.execute(_sql(select(position, *columns).where(live), conn.dialect))
                picked: list[int] = []
                for batch in iter(lambda: cursor.fetchmany(_BATCH), []):
                    flags = sieve.may_occur(
                        *(list(map(itemgetter(i), batch)) for i in range(1, len(who) + 1))
                    )
                    picked.extend(row[0] for row in itertools.compress(batch, flags))
                if len(picked) <= _SIEVED_MAX:
                    statement = every.where(position.in_(picked))
                else:
                    sieve = None  # every row read: nothing was sieved
            cursor.execute(_sql(statement, conn.dialect))
            rows = (row for batch in iter(lambda: cursor.fetchmany(_BATCH), []) for row in batch)
            return WithheldIndex.build_for(texts, rows, hidden, description, whole, sieve)
        finally:
            cursor.close()


_SIEVED_MAX = 20_000  # more rows than this through the sieve: read every row instead


def _sql(statement: ClauseElement, dialect: Dialect) -> str:
    """``statement`` as the driver's own text: no parameters, row numbers written in."""
    return str(statement.compile(dialect=dialect, compile_kwargs={"literal_binds": True}))


def prepare(
    ws: Workspace,
    name: str,
    campaign_ids: Sequence[str] = (),
    audience: str = "closed",
    *,
    today: dt.date | None = None,
    lazy: bool = False,
    on_snapshot: Callable[[RedactedSnapshot], None] | None = None,
) -> Prepared:
    """Check the audience, take the snapshots and redact them: everything but the file.

    ``audience`` is the plain string the CLI or a dialog was given; past this check every
    step takes the ``Audience`` type.

    ``lazy`` (honoured by a door that ``streams``): every check is done now, but each
    snapshot is taken only when the renderer asks for it and dropped after, so a tracker
    of every campaign never holds them all. ``on_snapshot`` is called with each redacted
    snapshot as it is taken (now, or while the file is written), so the user can be told
    of its replacements before the file is in place.
    """
    door = exporter(name)
    reader = check_audience(audience)  # from here on the checked Audience
    ids = tuple(campaign_ids)
    if door.scope == "one" and len(ids) != 1:
        raise ValidationError("campaign", ", ".join(ids) or "(none)", "give exactly one campaign")
    if door.scope == "many" and not ids:
        raise ValidationError("campaign", "(none)", "give at least one campaign")
    whole = door.scope == "any" and not ids
    for cid in ids:
        campaigns.get(ws, cid)  # an unknown id fails here, naming it
    if door.name == "bundle" and reader == "internal":
        from planner.exchange.bundle import export_bundle

        full = export_bundle(ws, ids[0] if ids else None, for_merge=True)
        return Prepared(door.name, reader, ids, (), ws.name, whole, full_bundle=full)
    if whole:
        ids = tuple(c.id for c in campaigns.list_campaigns(ws))
    index: WithheldIndex | IndexFor | None = None
    if reader != "internal" and len(ids) == 1:
        # one campaign: the index is built for the texts it sends out, once they are known
        def index_for(texts: Collection[str]) -> WithheldIndex:
            return withheld_index(ws, reader, texts)

        index = index_for
    elif reader != "internal":
        index = withheld_index(ws, reader)  # shared by every campaign

    def take(cid: str) -> RedactedSnapshot:
        snap = redact(take_snapshot(ws, cid, today=today), reader, scan=index)
        if on_snapshot is not None:
            on_snapshot(snap)
        return snap

    if lazy and door.streams:
        return Prepared(
            door.name, reader, ids, (), ws.name, whole, stream=lambda: (take(c) for c in ids)
        )
    snapshots = tuple(take(cid) for cid in ids)
    return Prepared(door.name, reader, ids, snapshots, ws.name, whole)


# ----------------------------------------------------------------------------- steps 4–6


def publish(
    ws: Workspace,
    prepared: Prepared,
    target: Path | str,
    *,
    options: Mapping[str, Any] | None = None,
    force: bool = False,
    draw: Callable[[Prepared], Picture] | None = None,
) -> Published:
    """Render ``prepared`` into ``target`` atomically and record the share."""
    door = exporter(prepared.exporter)
    for snap in prepared.snapshots:
        require_redacted(snap)
    target = check_target(target, force=force)
    opts = dict(options or {})
    if door.options is not None:
        opts = door.options(ws, opts)
    with atomic_path(target) as tmp:
        if door.picture:
            if draw is None:
                raise ValueError(f"the {door.title} is drawn by the app: pass draw=")
            picture = draw(prepared)
            tmp.write_bytes(picture.data)
            detail: Any = picture
        else:
            assert door.render is not None
            detail = door.render(prepared, tmp, opts)
    shared = prepared.campaign_ids if not prepared.whole_workspace else ()
    for cid in shared or (None,):
        log_share(ws, door.name, prepared.audience, target, campaign_id=cid)
    return Published(door.name, prepared.audience, target, prepared.replacements, detail)


def export(
    ws: Workspace,
    name: str,
    campaign_ids: Sequence[str],
    audience: str,
    target: Path | str,
    *,
    options: Mapping[str, Any] | None = None,
    force: bool = False,
    draw: Callable[[Prepared], Picture] | None = None,
    today: dt.date | None = None,
) -> Published:
    """The whole road in one call (``prepare`` then ``publish``)."""
    target = check_target(target, force=force)  # before the work, so a refusal is instant
    prepared = prepare(ws, name, campaign_ids, audience, today=today, lazy=True)
    return publish(ws, prepared, target, options=options, force=force, draw=draw)


# ----------------------------------------------------------------------------- renderers


def _brief_options(ws: Workspace, given: dict[str, Any]) -> dict[str, Any]:
    from planner.publishing.exports.brief import LOGO_KEY, ORG_NAME_KEY
    from planner.publishing.exports.brief.styles import DEFAULT_LOGO

    out = dict(given)
    if out.get("org_name") is None:
        out["org_name"] = ws.info(ORG_NAME_KEY) or ""
    if out.get("logo") is None:
        saved = ws.info(LOGO_KEY)
        out["logo"] = Path(saved) if saved and Path(saved).is_file() else DEFAULT_LOGO
    return out


def _render_brief(prepared: Prepared, tmp: Path, options: Mapping[str, Any]) -> Any:
    from planner.publishing.exports.brief import BriefOptions, render_brief

    opts = BriefOptions(
        template=options.get("template", "full"),
        lang=options.get("lang", "en"),
        paper=options.get("paper", "a4"),
        org_name=options.get("org_name") or "",
        logo=Path(options["logo"]) if options.get("logo") else None,
        today=options.get("today"),
    )
    return render_brief(prepared.snapshots[0], tmp, opts, options.get("progress"))


def _render_tracker(prepared: Prepared, tmp: Path, options: Mapping[str, Any]) -> Any:
    from planner.publishing.exports.tracker import write_tracker

    return write_tracker(
        prepared.each_snapshot(),
        tmp,
        campaigns=len(prepared.campaign_ids),
        progress=options.get("progress"),
        cancelled=options.get("cancelled"),
    )


def _render_calendar(prepared: Prepared, tmp: Path, options: Mapping[str, Any]) -> int:
    from planner.publishing.exports.calendar import build_calendar

    if prepared.whole_workspace:
        name = f"{prepared.workspace_name} — milestones"
    else:
        name = prepared.snapshots[0].campaign.name if prepared.snapshots else "milestones"
    tmp.write_bytes(build_calendar(prepared.snapshots, name).to_ical())
    return sum(len(s.milestones) for s in prepared.snapshots)


def _render_bundle(prepared: Prepared, tmp: Path, options: Mapping[str, Any]) -> dict[str, int]:
    from planner.exchange.bundle import SECTIONS
    from planner.publishing.bundles import audience_bundle

    data = prepared.full_bundle
    if data is None:
        data = audience_bundle(prepared.snapshots)
    text = json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")
    secret = options.get("passphrase")
    if secret:
        from planner.exchange.bundle_crypto import seal

        text = seal(text, secret)
    tmp.write_bytes(text)
    return {section: len(data.get(section, [])) for section, _k, _s in SECTIONS}


register(Exporter("brief", "PDF brief", ".pdf", "one", _render_brief, _brief_options))
register(Exporter("tracker", "Excel tracker", ".xlsx", "many", _render_tracker, streams=True))
register(Exporter("ics", "calendar", ".ics", "any", _render_calendar))
register(Exporter("bundle", "bundle", ".json", "any", _render_bundle))
register(Exporter("power-map-png", "power map picture", ".png", "one", None))
register(Exporter("power-map-svg", "power map drawing", ".svg", "one", None))
register(Exporter("relationship-map-png", "relationship map picture", ".png", "one", None))
