"""Encryption at rest: SQLCipher workspaces unlocked by a passphrase or a recovery key.

Scheme (kept deliberately small):

- The database is encrypted by SQLCipher with a random 256-bit **data key** used as a raw
  key, so opening a connection costs no key derivation (the app opens many).
- The data key is stored next to the workspace in a small **key file**
  (``workspace.db.key``), wrapped with AES-256-GCM under a key derived from the
  passphrase by scrypt. The key file holds nothing else of value: without the passphrase
  it is random bytes. Changing the passphrase rewraps the data key (like LUKS or
  VeraCrypt), so it is instant and the recovery key stays valid.
- The **recovery key** *is* the data key, written in base32 with a checksum. It opens the
  workspace even if the passphrase is forgotten or the key file is lost, so it is shown
  once, when the workspace is encrypted, for the user to keep somewhere safe.

Every connection sets ``temp_store = MEMORY`` (no temporary files with data); the WAL is
encrypted by SQLCipher page by page like the database itself.

Encrypting, decrypting and re-keying a workspace in place (journaled, crash-safe) are
``planner.storage.protection``; this module holds the keys and the connections.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import json
import os
import re
import sqlite3
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from planner.files.atomic import atomic_write_text
from planner.files.private_files import create_private, private_folder
from planner.storage.errors import WorkspaceError
from planner.storage.instance_lock import resolved

SQLITE_MAGIC = b"SQLite format 3\x00"
KEY_FILE_FORMAT = "campaign-planner-key"
KEY_FILE_VERSION = 1
DATA_KEY_BYTES = 32
# scrypt cost: N=2**17, r=8, p=1 (128 MiB, about a second on a slow laptop) is the OWASP
# recommendation; a seized laptop's passphrase is exactly what it must protect. The
# parameters are stored in each key file, so they can be raised later.
SCRYPT_N = 2**17
SCRYPT_R = 8
SCRYPT_P = 1
MIN_PASSPHRASE_SCORE = 2


class PassphraseRequired(WorkspaceError):
    """The workspace is encrypted and no passphrase was given."""


class WrongPassphrase(WorkspaceError):
    """The passphrase or recovery key does not open this workspace."""


class WeakPassphrase(WorkspaceError):
    """A new passphrase is too easy to guess; the message says how to make it stronger."""


def key_file_path(path: str | os.PathLike[str]) -> Path:
    """Where the wrapped data key of the workspace (or backup) at ``path`` lives."""
    p = Path(path)
    return p.with_name(p.name + ".key")


def is_encrypted(path: str | os.PathLike[str]) -> bool:
    """True when the file looks like a SQLCipher database: whole pages, no SQLite header.

    A file that is not made of whole pages (a text file, a truncated download) is not
    taken for an encrypted workspace, so the user hears "not a workspace" instead.
    """
    p = Path(path)
    try:
        size = p.stat().st_size
        with open(p, "rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        return False
    return size > 0 and size % 512 == 0 and head != SQLITE_MAGIC


# ----------------------------------------------------------------------- passphrases


_COMMON = {
    "password",
    "passw0rd",
    "123456",
    "12345678",
    "123456789",
    "qwerty",
    "azerty",
    "letmein",
    "welcome",
    "admin",
    "iloveyou",
    "monkey",
    "dragon",
    "secret",
    "changeme",
    "campaign",
    "planner",
}


def passphrase_strength(text: str) -> tuple[int, str]:
    """A 0 (useless) to 4 (strong) score and a one-line hint, for the passphrase prompt.

    A rough entropy estimate: length times the alphabet used, discounted for repeats,
    runs and common passwords. Long phrases of several words score best, which is the
    advice the hint gives, because those are the ones people remember.
    """
    if not text:
        return 0, "Enter a passphrase: four or more unrelated words work well."
    lowered = text.lower()
    if lowered in _COMMON or lowered.rstrip("0123456789!") in _COMMON:
        return 0, "This is one of the most common passwords; choose something personal."
    pool = 0
    if re.search(r"[a-z]", text):
        pool += 26
    if re.search(r"[A-Z]", text):
        pool += 26
    if re.search(r"\d", text):
        pool += 10
    if re.search(r"[^A-Za-z0-9\s]", text) and re.search(r"[\x21-\x7e]", text):
        pool += 33
    if re.search(r"[^\x00-\x7f]", text):
        pool += 100
    if re.search(r"\s", text):
        pool += 1
    # Characters that repeat or continue a run add little.
    effective = 0.0
    for i, ch in enumerate(text):
        if i and ch == text[i - 1]:
            effective += 0.2
        elif i and ord(ch) - ord(text[i - 1]) in (1, -1):
            effective += 0.4
        else:
            effective += 1.0
    import math

    bits = effective * math.log2(max(pool, 2))
    words = len([w for w in re.split(r"[\s\-_.,]+", text) if len(w) >= 3])
    if words >= 4:
        bits = max(bits, 60.0)
    if len(text) < 8:
        return 0, "Too short: use at least 12 characters, for example four unrelated words."
    if bits < 36:
        score = 1
    elif bits < 60:
        score = 2
    elif bits < 80:
        score = 3
    else:
        score = 4
    hints = {
        1: "Weak: make it longer; four or more unrelated words work well.",
        2: "Fair: a few more words or characters would make it much harder to guess.",
        3: "Good.",
        4: "Strong.",
    }
    return score, hints[score]


def require_strong(passphrase: str) -> None:
    """Refuse a new passphrase that scores below ``MIN_PASSPHRASE_SCORE``."""
    if not isinstance(passphrase, str):
        raise WeakPassphrase("A passphrase must be text.")
    score, hint = passphrase_strength(passphrase)
    if score < MIN_PASSPHRASE_SCORE:
        raise WeakPassphrase(f"The new passphrase is too weak. {hint}")


def read_passphrase_file(path: str | os.PathLike[str], *, what: str = "passphrase") -> str:
    """The passphrase (or other secret: ``what``) in ``path``: its text without the final
    line break, nothing else trimmed."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise WorkspaceError(f"Cannot read the {what} file {p}: {exc.strerror}.") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise WorkspaceError(f"The {what} file {p} is not UTF-8 text.") from None
    if text.endswith("\r\n"):
        text = text[:-2]
    elif text.endswith("\n"):
        text = text[:-1]
    if not text:
        raise WorkspaceError(f"The {what} file {p} is empty.")
    return text


# ----------------------------------------------------------------------- recovery key

_RECOVERY_CHECK = 3  # checksum bytes: 32 + 3 = 35 bytes = exactly 56 base32 characters


def format_recovery_key(data_key: bytes) -> str:
    """The data key as 14 groups of 4 base32 characters, the last 3 bytes a checksum."""
    check = hashlib.sha256(b"campaign-planner-recovery" + data_key).digest()[:_RECOVERY_CHECK]
    text = base64.b32encode(data_key + check).decode("ascii")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(text: str) -> bytes | None:
    """The data key in a recovery key, or None if ``text`` is not shaped like one.

    Raises WrongPassphrase if it is shaped like one but the checksum fails (a typo).
    """
    if not isinstance(text, str):
        return None
    compact = re.sub(r"[\s-]", "", text).upper()
    if len(compact) != 56 or not re.fullmatch(r"[A-Z2-7]{56}", compact):
        return None
    raw = base64.b32decode(compact)
    data_key, check = raw[:DATA_KEY_BYTES], raw[DATA_KEY_BYTES:]
    expected = hashlib.sha256(b"campaign-planner-recovery" + data_key).digest()[:_RECOVERY_CHECK]
    if not hmac.compare_digest(check, expected):
        raise WrongPassphrase("This recovery key has a typo: check each group of four characters.")
    return data_key


# ----------------------------------------------------------------------- key file


def key_id(data_key: bytes) -> str:
    """A short public name for a data key, to tell which backups share it."""
    return hmac.new(data_key, b"campaign-planner-key-id", hashlib.sha256).hexdigest()[:16]


@dataclass(frozen=True)
class KeyFile:
    """The data key wrapped under a passphrase: everything needed to unwrap it but the secret."""

    key_id: str
    salt: bytes
    n: int
    r: int
    p: int
    nonce: bytes
    wrapped: bytes

    def to_json(self) -> str:
        def b64(b: bytes) -> str:
            return base64.b64encode(b).decode("ascii")

        return json.dumps(
            {
                "format": KEY_FILE_FORMAT,
                "version": KEY_FILE_VERSION,
                "cipher": "sqlcipher4-raw-key",
                "key_id": self.key_id,
                "kdf": {
                    "name": "scrypt",
                    "salt": b64(self.salt),
                    "n": self.n,
                    "r": self.r,
                    "p": self.p,
                },
                "wrap": {
                    "name": "aes-256-gcm",
                    "nonce": b64(self.nonce),
                    "data": b64(self.wrapped),
                },
            },
            indent=1,
        )

    @classmethod
    def from_json(cls, text: str, where: Path) -> KeyFile:
        try:
            data = json.loads(text)
            if not isinstance(data, dict):  # "null" or a list: .get below would fail on it
                raise ValueError("not a JSON object")
            if data.get("format") != KEY_FILE_FORMAT or data.get("version") != KEY_FILE_VERSION:
                raise ValueError("not a key file of this app")
            kdf, wrap = data["kdf"], data["wrap"]
            return cls(
                key_id=str(data["key_id"]),
                salt=base64.b64decode(kdf["salt"], validate=True),
                n=int(kdf["n"]),
                r=int(kdf["r"]),
                p=int(kdf["p"]),
                nonce=base64.b64decode(wrap["nonce"], validate=True),
                wrapped=base64.b64decode(wrap["data"], validate=True),
            )
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise WorkspaceError(
                f"The key file {where.name} is damaged ({exc}); open the workspace with its "
                "recovery key."
            ) from None


def _aad(ident: str) -> bytes:
    return f"{KEY_FILE_FORMAT}/{KEY_FILE_VERSION}/{ident}".encode()


# The ``cryptography`` imports below sit in the functions that wrap and unwrap keys: every
# open of a plain workspace imports this module (to see that the file is not encrypted),
# and loading the library's AES and scrypt bindings cost it ~20 ms for nothing.


def _kek(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    if not (2**10 <= n <= 2**22 and 1 <= r <= 32 and 1 <= p <= 16):
        raise WorkspaceError("The key file asks for unreasonable scrypt parameters; refused.")
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(
        passphrase.encode("utf-8", "surrogatepass")
    )


def wrap_key(data_key: bytes, passphrase: str) -> KeyFile:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = os.urandom(16), os.urandom(12)
    ident = key_id(data_key)
    kek = _kek(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    wrapped = AESGCM(kek).encrypt(nonce, data_key, _aad(ident))
    return KeyFile(ident, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P, nonce, wrapped)


def unwrap_key(kf: KeyFile, passphrase: str) -> bytes:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    kek = _kek(passphrase, kf.salt, kf.n, kf.r, kf.p)
    try:
        data_key = AESGCM(kek).decrypt(kf.nonce, kf.wrapped, _aad(kf.key_id))
    except InvalidTag:
        raise WrongPassphrase("Wrong passphrase: this workspace did not open.") from None
    if len(data_key) != DATA_KEY_BYTES or key_id(data_key) != kf.key_id:
        raise WrongPassphrase("Wrong passphrase: this workspace did not open.")
    return data_key


def read_key_file(db_path: str | os.PathLike[str]) -> KeyFile:
    where = key_file_path(db_path)
    try:
        text = where.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise WorkspaceError(
            f"The key file {where.name} next to {Path(db_path).name} is missing: copy it back "
            "beside the workspace, or open the workspace with its recovery key."
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise WorkspaceError(f"Cannot read the key file {where.name}: {exc}.") from None
    return KeyFile.from_json(text, where)


def write_key_file(db_path: str | os.PathLike[str], kf: KeyFile) -> None:
    forget_unlocks_ahead(db_path)  # a new passphrase: what the old one unwrapped is not kept
    atomic_write_text(key_file_path(db_path), kf.to_json())


# ----------------------------------------------------------------------- connections


def sqlcipher_module() -> Any:
    """The SQLCipher DB-API module. Its build sets the speed of every encrypted statement:
    sqlcipher3-binary 0.6.0 is compiled without optimisation (x1.8 sqlite3 on SQL that reads
    no page), sqlcipher3-wheels is not (x0.7); tests/planner/storage/test_encryption_speed.py
    tells them apart."""
    try:
        import sqlcipher3.dbapi2 as dbapi
    except ImportError:  # pragma: no cover - a broken install
        raise WorkspaceError(
            "Encrypted workspaces need the sqlcipher3 module (package sqlcipher3-wheels)."
        ) from None
    return dbapi


# Decrypted pages kept per encrypted connection, in KiB (SQLite's negative cache_size).
# Reading a page from an encrypted file costs an AES decryption and an HMAC-SHA512 check
# (about 15 µs), where a plain file costs a copy from the OS cache; a filtered page of the
# stakeholder list touches ~5 000 table pages on a 100 000-stakeholder workspace, so with
# SQLite's default 2-8 MiB cache every list re-decrypted them (2-4x slower than plain).
# A text filter sorted by country walks the country index, the table, the search
# documents and the full-text index: ~66 MiB of pages at 100 000 stakeholders, so with
# 32 MiB "a" + confidential by country re-decrypted on every run (x3 plain; x1.6 with
# 64 MiB, the same as 128). Memory is only taken as pages are read, per connection; the
# pages are the open data, which the process holds anyway while it shows them.
ENCRYPTED_CACHE_KIB = 64 * 1024


def connect(path: str | os.PathLike[str], data_key: bytes | None) -> Any:
    """A DB-API connection to ``path``: SQLCipher keyed with ``data_key``, or plain SQLite.

    Autocommit mode (``isolation_level=None``) like the store's own connections; temporary
    tables and sorts stay in memory. Encrypted connections also get a larger page cache
    (see ``ENCRYPTED_CACHE_KIB``) and ``cipher_memory_security = OFF``: wiping every freed
    buffer made reads ~1.5x slower (14 s instead of 9 s for a quick_check of 200 MB) and
    protects only against someone who can already read this process's memory, where the
    key and the open data are anyway. Page HMACs and the raw 256-bit key are unchanged.
    """
    from planner.storage.errors import BUSY_TIMEOUT_MS

    if data_key is None:
        conn = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
    else:
        conn = sqlcipher_module().connect(str(path), check_same_thread=False, isolation_level=None)
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("PRAGMA cipher_memory_security = OFF")
        conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
        conn.execute(f"PRAGMA cache_size = -{ENCRYPTED_CACHE_KIB}")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_MS)}")
    return conn


@dataclass(frozen=True)
class SQLCipherConnector:
    """A connector for ``store.make_engine``; ``dbapi`` names the module for errors."""

    target: Path
    data_key: bytes = field(repr=False)
    dbapi: Any = field(repr=False)

    def __call__(self) -> Any:
        return connect(self.target, self.data_key)


def connector_for(path: str | os.PathLike[str], data_key: bytes) -> SQLCipherConnector:
    """A connector for ``store.make_engine`` opening ``path`` with ``data_key``."""
    return SQLCipherConnector(Path(path), data_key, sqlcipher_module())


def check_key(path: str | os.PathLike[str], data_key: bytes) -> None:
    """Raise WrongPassphrase unless ``data_key`` decrypts the database at ``path``."""
    conn = connect(path, data_key)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher_module().DatabaseError:
        raise WrongPassphrase(
            f"This key does not open {Path(path).name} (wrong recovery key, or the file is "
            "damaged)."
        ) from None
    finally:
        conn.close()


def unlock(path: str | os.PathLike[str], secret: str) -> bytes:
    """The data key of the encrypted workspace at ``path``, from a passphrase or recovery key.

    If ``unlock_ahead`` already started this very unlock (same file, same secret), its
    result is taken, waiting for it if need be; otherwise the key is derived here.
    """
    real = str(resolved(path))
    with _ahead_guard:
        ahead = _ahead.pop((real, secret), None)
    if ahead is not None:
        return ahead.result()
    return _unlock_now(path, secret)


def _unlock_now(path: str | os.PathLike[str], secret: str) -> bytes:
    if not isinstance(secret, str) or not secret:
        raise PassphraseRequired(f"{Path(path).name} is encrypted: a passphrase is needed.")
    recovered = parse_recovery_key(secret)
    if recovered is not None:
        check_key(path, recovered)
        return recovered
    data_key = unwrap_key(read_key_file(path), secret)
    check_key(path, data_key)
    return data_key


class _UnlockAhead(threading.Thread):
    """One ``unlock`` run in the background; ``result`` gives its key or raises its error."""

    def __init__(self, path: str, secret: str) -> None:
        # a daemon: a command that never opens the workspace exits without waiting for it
        super().__init__(name="unlock-ahead", daemon=True)
        self._path, self._secret = path, secret
        self._key: bytes | None = None
        self._error: BaseException | None = None

    def run(self) -> None:
        try:
            self._key = _unlock_now(self._path, self._secret)
        except BaseException as exc:  # handed to the thread that asks for the key
            self._error = exc

    def result(self) -> bytes:
        self.join()
        if self._error is not None:
            raise self._error
        assert self._key is not None
        return self._key


_ahead: dict[tuple[str, str], _UnlockAhead] = {}
_ahead_guard = threading.Lock()


def unlock_ahead(path: str | os.PathLike[str], secret: str) -> None:
    """Start unlocking the encrypted workspace at ``path`` now, for ``unlock`` to take later.

    The passphrase's scrypt derivation is meant to be slow (about 0.4 s here, a second on
    a slow laptop) and runs in C without Python's lock, so a command that knows its
    workspace and passphrase from the start derives the key while it imports the code it
    needs (another 0.3 s) instead of after. Nothing is started for a file that is not
    encrypted, and nothing here ever fails: a file that cannot be read, or an unlock that
    fails, is met again (and reported) by the open that follows. At most one is kept per
    file and secret; ``unlock`` takes it, once.
    """
    try:
        real = str(resolved(path))
        if not secret or not is_encrypted(real):
            return
    except (OSError, ValueError):
        return
    with _ahead_guard:
        if (real, secret) in _ahead:
            return
        worker = _ahead[(real, secret)] = _UnlockAhead(real, secret)
    worker.start()


def forget_unlocks_ahead(path: str | os.PathLike[str]) -> None:
    """Drop the unlocks started ahead for ``path``: its key file is about to change."""
    real = str(resolved(path))
    with _ahead_guard:
        for entry in [e for e in _ahead if e[0] == real]:
            del _ahead[entry]


def new_data_key() -> bytes:
    return os.urandom(DATA_KEY_BYTES)


# ----------------------------------------------------------------------- whole-file work


def export_copy(
    source: Path, source_key: bytes | None, target: Path, target_key: bytes | None
) -> None:
    """Copy the database at ``source`` into a new file ``target`` under another key.

    ``sqlcipher_export`` rewrites every page, so this is how a plain file becomes encrypted
    and back (SQLite's backup API copies pages as they are).
    """
    create_private(target)  # owner-only from the start (ATTACH takes an empty file as new)
    conn = sqlcipher_module().connect(str(source), check_same_thread=False, isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        if source_key is not None:
            conn.execute(f"PRAGMA key = \"x'{source_key.hex()}'\"")
        conn.execute("PRAGMA temp_store = MEMORY")
        key_sql = f"x'{target_key.hex()}'" if target_key is not None else ""
        conn.execute(f'ATTACH DATABASE ? AS target KEY "{key_sql}"', (str(target),))
        conn.execute("SELECT sqlcipher_export('target')")
        version = conn.execute("PRAGMA main.user_version").fetchone()[0]
        conn.execute(f"PRAGMA target.user_version = {int(version)}")
        conn.execute("DETACH DATABASE target")
    finally:
        conn.close()
    fsync_file(target)


def table_counts(path: Path, data_key: bytes | None) -> dict[str, int]:
    """Rows per table: how a rewritten copy is checked against its original."""
    conn = connect(path, data_key)
    try:
        names = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}
    finally:
        conn.close()


def integrity(path: Path, data_key: bytes | None, *, quick: bool = False) -> str:
    conn = connect(path, data_key)
    try:
        pragma = "quick_check" if quick else "integrity_check"
        rows = conn.execute(f"PRAGMA {pragma}").fetchall()
        return "; ".join(str(r[0]) for r in rows[:5])
    except (sqlite3.DatabaseError, sqlcipher_module().DatabaseError) as exc:
        return f"unreadable ({exc})"
    finally:
        conn.close()


def settle(path: Path, data_key: bytes | None) -> None:
    """Fold the WAL into the file and drop it, so the file alone is the whole database.

    Fails if another program holds the workspace open (it would keep writing to a WAL
    that no longer matches the file we are about to replace).
    """
    if not path.exists():
        return
    conn = connect(path, data_key)
    try:
        conn.execute(f"PRAGMA busy_timeout = {2000}")
        busy, _log, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
    except (sqlite3.OperationalError, sqlcipher_module().OperationalError) as exc:
        raise WorkspaceError(
            f"{path.name} is in use by another program ({exc}); close it there first."
        ) from None
    finally:
        conn.close()
    if busy or str(mode).lower() != "delete":
        raise WorkspaceError(f"{path.name} is in use by another program; close it there first.")
    for suffix in ("-wal", "-shm", "-journal"):
        side = path.with_name(path.name + suffix)
        if side.exists() and side.stat().st_size == 0:
            side.unlink()


def fsync_file(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not possible on Windows; rename is durable there
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def scrub(path: Path) -> None:
    """Overwrite a file that held plaintext with zeros, then delete it (best effort).

    On SSDs and copy-on-write filesystems old blocks may survive; full-disk encryption is
    the only complete answer, but this removes the easy copy.
    """
    if path.is_symlink():  # overwriting would zero the file it points to
        path.unlink()
        return
    if not path.exists():
        return
    fd = os.open(path, os.O_RDWR | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0))
    with open(fd, "r+b") as fh:
        size = os.fstat(fh.fileno()).st_size
        block = b"\0" * (1 << 20)
        left = size
        while left > 0:
            n = min(left, len(block))
            fh.write(block[:n])
            left -= n
        fh.flush()
        os.fsync(fh.fileno())
    path.unlink()


def new_keyed_file(target: Path, passphrase: str) -> bytes:
    """An empty SQLCipher file at ``target`` with its key file; returns the data key.

    Refuses a file that already holds data (that one is encrypted with ``encrypt``).
    """
    if target.exists() and target.stat().st_size > 0:
        raise WorkspaceError(f"{target} already exists; encrypt it with `planner encrypt`.")
    require_strong(passphrase)
    data_key = new_data_key()
    private_folder(target.parent)
    write_key_file(target, wrap_key(data_key, passphrase))
    # An empty keyed file: SQLCipher writes its salt and first page on the first write.
    create_private(target)
    conn = connect(target, data_key)
    try:
        conn.execute("PRAGMA user_version = 0")
        conn.execute("CREATE TABLE _init (x)")
        conn.execute("DROP TABLE _init")
    finally:
        conn.close()
    return data_key
