"""Encrypted bundles: the JSON bundle sealed with a passphrase (scrypt + AES-256-GCM).

Bundles of an encrypted workspace are encrypted too: a bundle is the whole campaign,
contacts included, and it travels by e-mail and USB stick. The file is a short binary
header (magic, scrypt parameters, salt, nonce) and the AES-GCM ciphertext of the bundle's
UTF-8 JSON; the header is authenticated with it, so any change to the file is caught.
The plaintext exists only in memory, never in a temporary file.
"""

from __future__ import annotations

import json
import os
import struct
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from planner.exchange.bundle import (
    MAX_BUNDLE_BYTES,
    SECTIONS,
    BundleError,
    export_bundle,
    load_bundle_file,
    parse_bundle_json,
)
from planner.files.atomic import atomic_path
from planner.storage.workspace import Workspace

MAGIC = b"CPBUNDLE-AESGCM1"  # 16 bytes: never the start of a JSON text
_HEADER = struct.Struct(">16sBBB16s12s")  # magic, log2(N), r, p, salt, nonce
SCRYPT_LOG2_N = 17
SCRYPT_R = 8
SCRYPT_P = 1


def is_encrypted_bundle(path: str | os.PathLike[str]) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def _kek(passphrase: str, salt: bytes, log2_n: int, r: int, p: int) -> bytes:
    if not (10 <= log2_n <= 22 and 1 <= r <= 32 and 1 <= p <= 16):
        raise BundleError("This encrypted bundle asks for unreasonable key parameters; refused.")
    return Scrypt(salt=salt, length=32, n=2**log2_n, r=r, p=p).derive(
        passphrase.encode("utf-8", "surrogatepass")
    )


def seal(data: bytes, passphrase: str) -> bytes:
    """``data`` encrypted under ``passphrase``, header first."""
    if not isinstance(passphrase, str) or not passphrase:
        raise BundleError("An encrypted bundle needs a passphrase.")
    salt, nonce = os.urandom(16), os.urandom(12)
    header = _HEADER.pack(MAGIC, SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P, salt, nonce)
    key = _kek(passphrase, salt, SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P)
    return header + AESGCM(key).encrypt(nonce, data, header)


def unseal(blob: bytes, passphrase: str | None, name: str = "bundle") -> bytes:
    """The plaintext of a sealed bundle; BundleError on a wrong passphrase or altered file."""
    if len(blob) < _HEADER.size + 16 or not blob.startswith(MAGIC):
        raise BundleError(f"{name}: not an encrypted Campaign Planner bundle, or truncated.")
    if not passphrase:
        raise BundleError(f"{name} is encrypted: give its passphrase (--passphrase-file).")
    _magic, log2_n, r, p, salt, nonce = _HEADER.unpack_from(blob)
    header = blob[: _HEADER.size]
    key = _kek(passphrase, salt, log2_n, r, p)
    try:
        return AESGCM(key).decrypt(nonce, blob[_HEADER.size :], header)
    except InvalidTag:
        raise BundleError(
            f"{name}: wrong passphrase, or the file was changed or damaged after it was written."
        ) from None


def write_encrypted_bundle(
    ws: Workspace,
    out: str | os.PathLike[str],
    passphrase: str,
    campaign_id: str | None = None,
) -> dict[str, int]:
    """Export (a campaign or everything) straight into an encrypted file, atomically."""
    bundle = export_bundle(ws, campaign_id, for_merge=True)
    blob = seal(json.dumps(bundle, ensure_ascii=False, indent=1).encode("utf-8"), passphrase)
    with atomic_path(Path(out)) as tmp:
        tmp.write_bytes(blob)
    return {section: len(bundle[section]) for section, _k, _s in SECTIONS}


def load_any_bundle(path: str | os.PathLike[str], passphrase: str | None = None) -> Any:
    """Read a plain or encrypted bundle file into its JSON data (not yet validated)."""
    target = Path(path)
    if not is_encrypted_bundle(target):
        return load_bundle_file(target)
    if target.stat().st_size > MAX_BUNDLE_BYTES + _HEADER.size + 16:
        raise BundleError(f"{target.name}: larger than {MAX_BUNDLE_BYTES // 2**20} MiB, refused.")
    raw = unseal(target.read_bytes(), passphrase, target.name)
    try:
        return parse_bundle_json(raw, target.name)
    except BundleError as exc:
        raise BundleError(f"decrypted, but not a valid bundle: {exc}") from None
