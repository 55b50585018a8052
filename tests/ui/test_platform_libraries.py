"""Qt's window-system plugin finds every library it links to: `make run` installs them (Makefile QT_PACKAGES).

A fresh Debian lacked two xcb libraries and the window never opened ("Could not load the Qt platform plugin xcb"),
while every offscreen test passed. This test reads what the plugins actually link to, so a new Qt that needs one
more library turns the suite red instead of the respondent's first start.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("ldd") is None, reason="ldd is Linux's"
)


def qt_plugins() -> Path:
    spec = importlib.util.find_spec("PySide6")
    assert spec is not None and spec.submodule_search_locations
    return Path(next(iter(spec.submodule_search_locations))) / "Qt" / "plugins"


@pytest.mark.parametrize(
    "plugin",
    [
        "platforms/libqxcb.so",
        "platforms/libqoffscreen.so",
        "xcbglintegrations/libqxcb-glx-integration.so",
        "xcbglintegrations/libqxcb-egl-integration.so",
    ],
)
def test_window_system_plugin_links_to_nothing_missing(plugin: str) -> None:
    path = qt_plugins() / plugin
    assert path.is_file(), f"{plugin} is not in this PySide6"
    linked = subprocess.run(["ldd", str(path)], capture_output=True, text=True, check=True).stdout
    missing = sorted({line.split("=>")[0].strip() for line in linked.splitlines() if "not found" in line})
    assert not missing, f"{plugin} needs {missing}: add their Debian packages to QT_PACKAGES in the Makefile"
