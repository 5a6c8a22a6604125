"""Before Qt opens a window on X11, the app names the Debian packages it still needs."""

from __future__ import annotations

import subprocess
from pathlib import Path

from ui import xcb_libraries

X11 = {"DISPLAY": ":0"}


def _plugin_needing(tmp_path: Path, *sonames: str) -> Path:
    """A real shared object that links against ``sonames``, which then are not there.

    Built with binutils (which scripts/setup-dev installs), so the real dynamic loader
    (``ldd``) reports them missing exactly as on a bare Debian desktop.
    """
    stub = tmp_path / "stub"
    stub.mkdir()
    (tmp_path / "empty.s").write_text("")
    subprocess.run(["as", str(tmp_path / "empty.s"), "-o", str(tmp_path / "empty.o")], check=True)
    libs = []
    for soname in sonames:
        lib = stub / soname
        subprocess.run(
            ["ld", "-shared", "-soname", soname, "-o", str(lib), str(tmp_path / "empty.o")],
            check=True,
        )
        libs.append(str(lib))
    plugin = tmp_path / "libqxcb.so"
    subprocess.run(
        ["ld", "-shared", "-o", str(plugin), str(tmp_path / "empty.o"), "--no-as-needed", *libs],
        check=True,
    )
    for lib in libs:
        Path(lib).unlink()
    return plugin


def test_missing_icccm_and_keysyms_are_named_as_the_packages_to_install():
    text = xcb_libraries.message(["libxcb-icccm.so.4", "libxcb-keysyms.so.1"])
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1" in text
    assert "xcb-cursor0" not in text  # Qt's misleading guess is not repeated


def test_a_library_the_loader_cannot_find_is_named_before_qt_starts(tmp_path):
    plugin = _plugin_needing(tmp_path, "libxcb-campaign-test.so.7")
    assert xcb_libraries.missing_libraries(plugin) == ["libxcb-campaign-test.so.7"]
    assert "libxcb-campaign-test.so.7" in (xcb_libraries.problem(plugin, X11) or "")


def test_offscreen_and_wayland_runs_are_not_checked(tmp_path):
    plugin = _plugin_needing(tmp_path, "libxcb-campaign-test.so.7")
    assert xcb_libraries.problem(plugin, {"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":0"}) is None
    assert xcb_libraries.problem(plugin, {"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}) is None
    assert xcb_libraries.problem(plugin, {"QT_QPA_PLATFORM": "xcb"}) is not None


def test_the_real_xcb_plugin_has_every_library_it_links_against():
    """What failed on a bare Debian desktop (libxcb-icccm4, libxcb-keysyms1 missing)."""
    plugin = xcb_libraries.plugin_path()
    assert plugin is not None
    assert xcb_libraries.missing_libraries(plugin) == []


def test_every_package_the_app_may_name_is_one_setup_app_installs():
    script = (Path(__file__).parents[2] / "scripts" / "setup-app").read_text()
    for package in set(xcb_libraries.PACKAGE_OF.values()):
        assert f" {package} " in script or f" {package}\n" in script, package
