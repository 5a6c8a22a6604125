"""A travel copy: a laptop set to carry only chosen campaigns, and optionally only what
one audience may see, so an advocate crossing a border carries the minimum.

The setting lives in the laptop's workspace (``workspace_info`` key ``travel_copy``).
What a travel laptop holds is defined by the notions the app already has, never a
second one: a campaign "and everything it references" is the campaign's bundle
(``exchange.bundle.export_bundle``); with an audience (``closed`` or ``public``) it is
the audience's bundle of the redacted snapshots (``publishing.gate.prepare`` and
``publishing.bundles.audience_bundle``): withheld partners absent, others not named,
no contacts, notes or engagement log.

At a sync the engine merges against that *view* of the server, so nothing else is
ever pulled. Records the laptop holds outside it are *leaving*: their local edits are
still pushed (never their server values pulled), then they are removed from the
laptop physically, with their sync bases, conflicts, search entries and audit trail,
under ``PRAGMA secure_delete``, and the file is rebuilt (``VACUUM``) so no plaintext
stays in free pages or the write-ahead log. Nothing is deleted on the server. A record
whose local edit cannot be pushed (the server no longer shows it, or it changed there
too) is kept and reported: an edit is never lost silently.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, select, text
from sqlalchemy.orm import Session

from planner.domain.models import WorkspaceInfo, interaction_participant
from planner.domain.records import domain_fields
from planner.domain.sync_tables import sync_base, sync_conflict
from planner.services.specs import SPECS
from planner.storage.audit import audit_log
from planner.storage.errors import WorkspaceError
from planner.storage.workspace import Workspace
from planner.sync import state
from planner.sync.merge import DELETED, MISSING, RecordMerge
from planner.sync.rows import KINDS, Change, Row, read_side

KEY = "travel_copy"
APPLIED_KEY = "travel_copy_applied"  # the setting the last finished sync applied
SCRUB_KEY = "travel_copy_scrub"  # set with a purge, cleared once the file is rebuilt
AUDIENCES = ("closed", "public")
_STRICTNESS = {None: 0, "closed": 1, "public": 2}
Side = dict[str, dict[str, Row]]


class TravelError(WorkspaceError):
    """The travel setting cannot be changed as asked; nothing was changed."""


@dataclass(frozen=True)
class Travel:
    """What this laptop carries: these campaigns, as ``audience`` may see them (None:
    the full internal view)."""

    campaign_ids: tuple[str, ...]
    audience: str | None = None

    def encode(self) -> str:
        return json.dumps(
            {"campaigns": list(self.campaign_ids), "audience": self.audience}, sort_keys=True
        )

    @staticmethod
    def decode(raw: str) -> Travel:
        data = json.loads(raw)
        return Travel(tuple(data.get("campaigns") or ()), data.get("audience"))


def travel_of(ws: Workspace) -> Travel | None:
    """The laptop's travel setting, or None when it carries everything the server shows."""
    raw = ws.info(KEY)
    return Travel.decode(raw) if raw else None


def check_travel(travel: Travel) -> Travel:
    if not travel.campaign_ids:
        raise TravelError("Choose at least one campaign for this laptop to carry.")
    if travel.audience not in (None, *AUDIENCES):
        raise TravelError(
            f"The audience must be closed or public (or none: the full internal view), "
            f"not {travel.audience!r}."
        )
    return Travel(tuple(dict.fromkeys(travel.campaign_ids)), travel.audience)


# ----------------------------------------------------------------------------- the view


def view_of(ws: Workspace, travel: Travel | None, full: Side) -> Side:
    """The records of ``ws`` this laptop may hold, as it may see them, by kind and id.

    ``full`` is everything ``ws`` shows (``read_side``), which is the view of a laptop
    with no travel setting. Campaigns of the setting that ``ws`` does not show alive
    (revoked, deleted) bring nothing.
    """
    from planner.exchange.bundle import SECTIONS, export_bundle

    if travel is None:
        return full
    out: Side = {kind: {} for kind in KINDS}
    shown = [c for c in travel.campaign_ids if _alive(full, "campaign", c)]
    if not shown:
        return out
    if travel.audience is None:
        for cid in shown:
            bundle = export_bundle(ws, cid)
            for section, kind, _spec in SECTIONS:
                for item in bundle[section]:
                    row = full[kind].get(item["id"])
                    if row is not None:
                        out[kind][item["id"]] = row
        return out
    from planner.publishing.bundles import audience_bundle
    from planner.publishing.gate import prepare

    bundle = audience_bundle(prepare(ws, "bundle", shown, travel.audience).snapshots)
    pairs = {
        (r.values["campaign_id"], r.values["stakeholder_id"]): ident
        for ident, r in full["campaign_stakeholder"].items()
    }
    for section, kind, spec in SECTIONS:
        for item in bundle.get(section, []):
            ident = item.get("id") or pairs.get((item["campaign_id"], item["stakeholder_id"]))
            if ident is None:
                continue
            values = {name: _plain(name, item[name]) for name in domain_fields(spec.record)}
            values[DELETED] = False
            out[kind][ident] = Row(values, item["created_at"], item["updated_at"], None)
    return out


def _alive(side: Side, kind: str, ident: str) -> bool:
    row = side[kind].get(ident)
    return row is not None and not row.values[DELETED]


def _plain(name: str, value: Any) -> Any:
    if isinstance(value, list):
        return sorted(value) if name == "stakeholder_ids" else list(value)
    return value


def unsynced(values: Mapping[str, Any], base: Mapping[str, Any] | None, kind: str) -> bool:
    """Whether this laptop's record holds changes the server has not had."""
    if base is None:
        return True
    names = (*domain_fields(SPECS[kind].record), DELETED)
    return any(values[n] != base.get(n, MISSING) for n in names)


def label(kind: str, values: Mapping[str, Any]) -> str:
    """A record as a message names it: "ask 'Fund the shelter'"."""
    name = next((str(values[a]) for a in ("name", "title", "summary", "text") if values.get(a)), "")
    what = SPECS[kind].label.lower()
    return f"{what} '{name[:60]}'" if name else what


# ----------------------------------------------------------------------------- choosing

LISTED = "listed"  # shown by the server asked (or, with none, held on this laptop)
NEW_HERE = "new_here"  # created on this laptop and never synced: the next sync sends it
NOT_SHOWN = "not_shown"  # in the saved setting, but not among the campaigns listed


@dataclass(frozen=True)
class Choice:
    """A campaign offered when choosing what this laptop carries."""

    id: str
    name: str
    where: str  # LISTED, NEW_HERE or NOT_SHOWN


def server_campaigns(url: str) -> dict[str, str]:
    """The campaigns the team server at ``url`` shows this login (its row-level security
    decides), by id: name. Only reads; the password comes from pgpass or ``PGPASSWORD``.
    A server that cannot be reached raises ``WorkspaceError`` saying why."""
    from planner.services import campaigns
    from planner.storage.store import open_workspace

    server = open_workspace(url, create=False, upgrade=False, check="if-unclean")
    try:
        return {c.id: c.name for c in campaigns.list_campaigns(server)}
    finally:
        server.close()


def choices(laptop: Workspace, shown: Mapping[str, str] | None) -> list[Choice]:
    """The campaigns to choose among, by name.

    ``shown``: the campaigns the server shows this member (``server_campaigns``), so a
    campaign not on the laptop yet can be chosen before travelling; the laptop's own
    campaigns never synced are offered too (the next sync sends them). None (no server,
    or it could not be reached): the campaigns on this laptop. A campaign of the saved
    setting that is not listed stays offered, marked, so saving again keeps it.
    """
    from planner.services import campaigns

    here = {c.id: c.name for c in campaigns.list_campaigns(laptop)}
    out: dict[str, Choice] = {}
    if shown is None:
        out = {i: Choice(i, name, LISTED) for i, name in here.items()}
    else:
        out = {i: Choice(i, name, LISTED) for i, name in shown.items()}
        with laptop.reading() as s:
            synced = set(
                s.scalars(select(sync_base.c.record_id).where(sync_base.c.kind == "campaign"))
            )
        for i, name in here.items():
            if i not in out and i not in synced:
                out[i] = Choice(i, name, NEW_HERE)
    saved = travel_of(laptop)
    for i in saved.campaign_ids if saved else ():
        if i not in out:
            out[i] = Choice(i, here.get(i, ""), NOT_SHOWN)
    return sorted(out.values(), key=lambda c: (c.name.casefold(), c.id))


# ----------------------------------------------------------------------------- setting


def all_bases(s: Session) -> dict[state.Key, dict[str, Any]]:
    """The last synced values of every record, whichever server they came from."""
    out: dict[state.Key, dict[str, Any]] = {}
    for kind, ident, fields in s.execute(
        select(sync_base.c.kind, sync_base.c.record_id, sync_base.c.fields)
    ):
        out[(kind, ident)] = json.loads(fields)
    return out


def set_travel(ws: Workspace, travel: Travel | None) -> list[str]:
    """Set (or with None clear) what this laptop carries; returns the records that will
    leave it at the next sync, by label.

    Refused, with nothing changed, while a record that would leave holds changes not
    yet synced: they must reach the server first.
    """
    if travel is None:
        with ws.session() as s:
            s.execute(delete(WorkspaceInfo).where(WorkspaceInfo.key == KEY))
        return []
    travel = check_travel(travel)
    with ws.reading() as s:
        mine = read_side(s)
        bases = all_bases(s)
    keep = view_of(ws, travel, mine)
    leaving = [
        (kind, ident, row)
        for kind in KINDS
        for ident, row in mine[kind].items()
        if ident not in keep[kind]
    ]
    before = travel_of(ws)
    tighter = travel.audience is not None and (
        before is None or _STRICTNESS[travel.audience] > _STRICTNESS[before.audience]
    )
    # An audience newly set (or a stricter one) redacts what stays too: every edit
    # must have reached the server first, or the redaction would meet it as a conflict.
    checked = (
        [(kind, ident, row) for kind in KINDS for ident, row in mine[kind].items()]
        if tighter
        else leaving
    )
    changed = [
        label(kind, row.values)
        for kind, ident, row in checked
        if unsynced(row.values, bases.get((kind, ident)), kind)
    ]
    if changed:
        shown = "; ".join(changed[:8]) + (
            f"; and {len(changed) - 8} more" if len(changed) > 8 else ""
        )
        raise TravelError(
            f"{len(changed)} record{'s' if len(changed) != 1 else ''} this laptop would stop "
            f"carrying{' or redact' if tighter else ''} hold changes not yet synced "
            f"({shown}): sync first, then set what this laptop carries. Nothing was changed."
        )
    ws.set_info(KEY, travel.encode())
    return [label(kind, row.values) for kind, _ident, row in leaving]


# ----------------------------------------------------------------------------- one sync


@dataclass(frozen=True)
class KeptHere:
    """A local edit the sync kept on this laptop only, and why."""

    kind: str
    ident: str
    what: str  # the record's label
    why: str

    def __str__(self) -> str:
        return f"{self.what}: {self.why}"


@dataclass
class Carry:
    """One sync's travel side: the view merged against, and what leaves this laptop.

    Every laptop has one: with no travel setting the view is all the server shows, and
    what leaves are the records the server stopped showing (access revoked).
    """

    travel: Travel | None
    theirs: Side  # everything the server shows
    view: Side  # what this laptop may hold, as it may see it
    leaving: set[state.Key]  # held here, outside the view, still on the server
    gone: set[state.Key]  # held here with a base, the server shows it no more
    absent_campaigns: tuple[str, ...] = ()
    kept_here: list[KeptHere] = field(default_factory=list)

    @property
    def in_play(self) -> Side:
        """What the merge sees of the server: the view, plus the server's rows of the
        records leaving (their edits here are pushed; nothing of theirs comes down)."""
        if not self.leaving:
            return self.view
        out = {kind: dict(rows) for kind, rows in self.view.items()}
        for kind, ident in self.leaving:
            out[kind][ident] = self.theirs[kind][ident]
        return out

    def guard(self, kind: str, ident: str, m: RecordMerge, mine: Row | None) -> RecordMerge:
        """The merge as a travel laptop may apply it.

        A leaving record takes nothing from the server. With an audience, a field whose
        server value the audience gate hid or changed is never pushed: the redacted text
        would overwrite the real value. It stays here and is reported.
        """
        key = (kind, ident)
        if key in self.leaving:
            return RecordMerge(to_server=m.to_server, conflicts=m.conflicts)
        audience = self.travel.audience if self.travel else None
        if audience is None or m.create_server or not m.to_server:
            return m
        real = self.theirs[kind].get(ident)
        seen = self.view[kind].get(ident)
        hidden = [
            n
            for n in m.to_server
            if real is None or seen is None or real.values.get(n) != seen.values.get(n)
        ]
        if not hidden:
            return m
        values = mine.values if mine is not None else {}
        for n in hidden:
            self.kept_here.append(
                KeptHere(
                    kind,
                    ident,
                    label(kind, values),
                    f"{n.replace('_', ' ')} (the server holds more than the {audience} "
                    "audience may see: edit it at the office)",
                )
            )
        pushed = {n: v for n, v in m.to_server.items() if n not in hidden}
        return RecordMerge(m.to_local, pushed, m.conflicts, m.create_local, m.create_server)


def carry(
    server: Workspace,
    travel: Travel | None,
    mine: Side,
    theirs: Side,
    bases: Mapping[state.Key, dict[str, Any]],
) -> Carry:
    view = view_of(server, travel, theirs)
    leaving: set[state.Key] = set()
    gone: set[state.Key] = set()
    for kind in KINDS:
        for ident in mine[kind]:
            if ident in view[kind]:
                continue
            if ident in theirs[kind]:
                leaving.add((kind, ident))
            elif (kind, ident) in bases:
                gone.add((kind, ident))
            # else: new on this laptop, pushed as any new record
    wanted = travel.campaign_ids if travel else ()
    absent = tuple(c for c in wanted if not _alive(theirs, "campaign", c))
    return Carry(travel, theirs, view, leaving, gone, absent)


@dataclass
class Purged:
    """What a sync removed from a travel laptop, and what it had to keep."""

    removed: dict[str, int] = field(default_factory=dict)
    kept: list[KeptHere] = field(default_factory=list)
    keys: set[state.Key] = field(default_factory=set)


def purge(
    s: Session,
    c: Carry,
    mine: Side,
    bases: Mapping[state.Key, dict[str, Any]],
    unsettled: set[state.Key],
    to_local: Iterable[Change],
) -> Purged:
    """Remove from the laptop (in its sync transaction) what it no longer carries.

    ``unsettled``: leaving records whose edit here the server did not take (a conflict,
    or refused): kept and reported, as are records the server stopped showing that hold
    an edit made here. A record a kept one refers to stays with it.
    """
    out = Purged()
    doomed: set[state.Key] = set()
    for key in sorted(c.leaving | c.gone):
        kind, ident = key
        row = mine[kind][ident]
        if key in unsettled:
            why = (
                "changed on the server too (or refused there): bring its campaign back "
                "into what this laptop carries to review it"
            )
            out.kept.append(KeptHere(kind, ident, label(kind, row.values), why))
        elif key in c.gone and unsynced(row.values, bases.get(key), kind):
            why = "edited here, but the server no longer shows it to you (access revoked?)"
            out.kept.append(KeptHere(kind, ident, label(kind, row.values), why))
        else:
            doomed.add(key)
    if not doomed:
        return out
    pulled: dict[state.Key, dict[str, Any]] = {}
    for change in to_local:
        pulled.setdefault((change.kind, change.ident), {}).update(change.fields)
    _keep_referenced(doomed, mine, pulled)
    if not doomed:
        return out
    out.keys = doomed
    s.execute(text("PRAGMA secure_delete = ON"))
    # Checked at the commit, not per statement: an organisation and its members may
    # leave in different chunks of one kind.
    s.execute(text("PRAGMA defer_foreign_keys = ON"))
    ids_of: dict[str, list[str]] = {}
    for kind, ident in doomed:
        ids_of.setdefault(kind, []).append(ident)
    for kind in reversed(KINDS):
        ids = sorted(ids_of.get(kind, ()))
        if not ids:
            continue
        model = SPECS[kind].model
        for chunk in _chunks(ids):
            if kind == "interaction":
                s.execute(
                    delete(interaction_participant).where(
                        interaction_participant.c.interaction_id.in_(chunk)
                    )
                )
            s.execute(
                delete(model)
                .where(model.id.in_(chunk))
                .execution_options(synchronize_session=False)
            )
            s.execute(
                delete(sync_base).where(sync_base.c.kind == kind, sync_base.c.record_id.in_(chunk))
            )
            s.execute(
                delete(sync_conflict).where(
                    sync_conflict.c.kind == kind, sync_conflict.c.record_id.in_(chunk)
                )
            )
            s.execute(delete(audit_log).where(audit_log.c.entity_id.in_(chunk)))
        out.removed[kind] = len(ids)
    s.expunge_all()
    return out


def forget_history(s: Session, ids: Iterable[str]) -> None:
    """Drop the laptop's audit trail of these records: with an audience newly applied,
    their old values may hold what the audience may not see (the server keeps it all)."""
    s.execute(text("PRAGMA secure_delete = ON"))
    for chunk in _chunks(sorted(set(ids))):
        s.execute(delete(audit_log).where(audit_log.c.entity_id.in_(chunk)))


CHUNK = 500  # ids per statement (SQLite's bound-parameter limit is far above)


def _chunks(ids: list[str]) -> Iterable[list[str]]:
    for i in range(0, len(ids), CHUNK):
        yield ids[i : i + CHUNK]


def _keep_referenced(
    doomed: set[state.Key], mine: Side, pulled: Mapping[state.Key, dict[str, Any]]
) -> None:
    """Take out of ``doomed`` every record a record staying here refers to (its
    organisation, an ask's target, an engagement's participants…), transitively."""
    by_id = {ident: key for key in doomed for ident in (key[1],)}
    frontier = [
        (kind, ident) for kind in KINDS for ident in mine[kind] if (kind, ident) not in doomed
    ]
    while frontier:
        found: list[state.Key] = []
        for key in frontier:
            values = {**mine[key[0]][key[1]].values, **pulled.get(key, {})}
            for value in values.values():
                for ref in value if isinstance(value, list) else (value,):
                    hit = by_id.get(ref) if isinstance(ref, str) else None
                    if hit is not None and hit in doomed:
                        doomed.discard(hit)
                        found.append(hit)
        frontier = found


def gated_bases(
    found: list[state.Found],
    new: dict[state.Key, dict[str, Any]],
    old: Mapping[state.Key, dict[str, Any]],
) -> list[state.Found]:
    """The first sync under an audience: a conflicting field's last synced value is the
    full one, which the audience may not see. It becomes the server's value as the
    audience sees it, in the base and in the conflict, so neither keeps the old text."""
    out = []
    for f in found:
        key = (f.kind, f.record_id)
        base = dict(new.get(key) or old.get(key) or {})
        base[f.field] = f.server_value
        new[key] = base
        out.append(dataclasses.replace(f, base=base))
    return out


def mark_applied(s: Session, travel: Travel | None, scrub: bool) -> None:
    """In the sync's own transaction: which setting is now applied, and whether the
    file still needs rebuilding (``scrub_file``) after the commit. Writes only what
    changed: a sync with nothing to do writes nothing."""
    value = travel.encode() if travel else ""
    row = s.get(WorkspaceInfo, APPLIED_KEY)
    if (row.value if row else "") != value:
        s.merge(WorkspaceInfo(key=APPLIED_KEY, value=value))
    if scrub:
        s.merge(WorkspaceInfo(key=SCRUB_KEY, value="1"))


def newly_applied(s: Session, travel: Travel | None) -> bool:
    """Whether this sync is the first to apply ``travel`` (an audience newly set)."""
    row = s.get(WorkspaceInfo, APPLIED_KEY)
    return (row.value if row else "") != (travel.encode() if travel else "")


def scrub_file(ws: Workspace) -> int:
    """Rebuild the laptop's file so nothing removed stays readable: the search index
    rebuilt from what remains, free pages dropped (``VACUUM``), the write-ahead log
    emptied. Then drop the laptop's automatic backups, which still hold what was
    removed. Returns how many backups were dropped."""
    if not ws.info(SCRUB_KEY) or ws.engine.dialect.name != "sqlite":
        return 0
    from planner.storage import backups, encryption

    raw = ws.engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute("PRAGMA secure_delete = ON")
        cursor.execute("INSERT INTO search_fts(search_fts) VALUES ('rebuild')")
        cursor.execute("VACUUM")
        cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        cursor.close()
    finally:
        raw.close()
    dropped = 0
    for path in backups.list_backup_files(ws.path, folder=backups.backups_folder(ws)):
        path.unlink(missing_ok=True)
        encryption.key_file_path(path).unlink(missing_ok=True)
        dropped += 1
    with ws.session() as s:
        s.execute(delete(WorkspaceInfo).where(WorkspaceInfo.key == SCRUB_KEY))
    return dropped
