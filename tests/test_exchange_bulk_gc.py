"""A bundle's export and import pause Python's automatic cyclic collection for their
run (exchange/bulk_gc.py), and leave it as they found it: on after a command's bundle,
off in the window (ui.gui_gc), and on again after a refused bundle."""

from __future__ import annotations

import gc
import threading
from pathlib import Path

import pytest
from test_exchange_support import SharedClock, open_workstation, seed_portfolio

from collector_desk.exchange import bulk_gc, bundle_check, bundle_in, bundle_out, envelope
from collector_desk.exchange.bundle_in import BundleRefused, import_bundle
from collector_desk.exchange.bundle_out import export_bundle
from collector_desk.exchange.teamkey import TeamKey

KEY = TeamKey(bytes(range(32)))


@pytest.fixture
def gc_on():
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_export_and_import_pause_collection_and_restore_it(
    tmp_path: Path, gc_on, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = SharedClock()
    s = open_workstation(tmp_path / "S", "S", now=clock)
    a = open_workstation(tmp_path / "A", "A", now=clock)
    seen: list[tuple[str, bool]] = []  # the collector's state while the work runs
    real_seal, real_check = envelope.seal, bundle_check.check_rows

    def seal(*args, **kwargs):
        seen.append(("export", gc.isenabled()))
        return real_seal(*args, **kwargs)

    def check_rows(sections):
        seen.append(("import", gc.isenabled()))
        return real_check(sections)

    monkeypatch.setattr(bundle_out.envelope, "seal", seal)
    monkeypatch.setattr(bundle_in, "check_rows", check_rows)
    try:
        seed_portfolio(s, 3)
        out = export_bundle(s, tmp_path / "s.cdb", KEY)
        assert gc.isenabled()
        got = import_bundle(a, out.path, KEY)
        assert got.added["loan"] == 3
        assert gc.isenabled()
        assert seen == [("export", False), ("import", False)]
        with bulk_gc.paused():
            assert not gc.isenabled()
            import_bundle(a, out.path, KEY)  # nested: still paused after it
            assert not gc.isenabled()
        assert gc.isenabled()
        bad = tmp_path / "bad.cdb"
        bad.write_bytes(b"not a bundle")
        with pytest.raises(BundleRefused):
            import_bundle(a, bad, KEY)
        assert gc.isenabled()
    finally:
        s.close()
        a.close()


def test_collection_left_off_when_it_was_off(tmp_path: Path, gc_on) -> None:
    """The window's regime (ui.gui_gc switched automatic collection off): a bundle does
    not switch it back on."""
    s = open_workstation(tmp_path / "S", "S")
    try:
        seed_portfolio(s, 1)
        gc.disable()
        export_bundle(s, tmp_path / "s.cdb", KEY)
        assert not gc.isenabled()
    finally:
        gc.enable()
        s.close()


def test_concurrent_pauses_share_one(gc_on) -> None:
    inside, release = threading.Event(), threading.Event()

    def worker() -> None:
        with bulk_gc.paused():
            inside.set()
            release.wait(10)

    t = threading.Thread(target=worker)
    t.start()
    assert inside.wait(10)
    with bulk_gc.paused():
        assert not gc.isenabled()
    assert not gc.isenabled()  # the worker's pause is still on
    release.set()
    t.join(10)
    assert gc.isenabled()
