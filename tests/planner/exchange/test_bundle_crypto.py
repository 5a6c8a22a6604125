"""Encrypted bundles: a passphrase seals the bundle; a wrong passphrase or any change to
the file is refused."""

from __future__ import annotations

import pytest

from planner.exchange import bundle_crypto
from planner.exchange.bundle import BundleError, import_bundle
from planner.storage.store import open_workspace
from tests.planner.storage.shared import OTHER, PASS, add_partner, assert_no_plaintext, comparable

pytestmark = pytest.mark.usefixtures("fast_kdf")


def test_encrypted_bundle_round_trips_and_refuses_a_wrong_passphrase_or_tampering(tmp_path):
    src = open_workspace(tmp_path / "a.db")
    add_partner(src)
    before = comparable(src)
    out = tmp_path / "share.bundle"
    bundle_crypto.write_encrypted_bundle(src, out, OTHER)
    src.close()
    assert bundle_crypto.is_encrypted_bundle(out)
    assert_no_plaintext(out)

    dst = open_workspace(tmp_path / "b.db")
    with pytest.raises(BundleError, match="wrong passphrase"):
        import_bundle(dst, bundle_crypto.load_any_bundle(out, PASS))
    with pytest.raises(BundleError, match="encrypted"):
        import_bundle(dst, bundle_crypto.load_any_bundle(out, None))
    tampered = tmp_path / "tampered.bundle"
    blob = bytearray(out.read_bytes())
    blob[len(blob) // 2] ^= 0x01
    tampered.write_bytes(bytes(blob))
    with pytest.raises(BundleError, match="changed or damaged"):
        import_bundle(dst, bundle_crypto.load_any_bundle(tampered, OTHER))
    assert comparable(dst)["stakeholders"] == []  # nothing half-imported
    import_bundle(dst, bundle_crypto.load_any_bundle(out, OTHER))
    assert comparable(dst)["stakeholders"] == before["stakeholders"]
    dst.close()
