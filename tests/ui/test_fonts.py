"""Every language renders with real glyphs on a computer without Chinese or Arabic fonts — or without any font."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from omnibus.ui.fonts import bundled_families

ROOT = Path(__file__).resolve().parents[2]
NO_FONTS = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig><cachedir>{cache}</cachedir></fontconfig>
"""


def test_every_language_renders_with_the_bundled_fonts_alone(tmp_path: Path, qapp: QApplication) -> None:
    config = tmp_path / "fonts.conf"
    config.write_text(NO_FONTS.format(cache=tmp_path / "cache"), encoding="utf-8")
    env = {**os.environ, "FONTCONFIG_FILE": str(config), "QT_QPA_PLATFORM": "offscreen"}
    probe = subprocess.run(
        [sys.executable, "-m", "tests.ui.glyph_probe"], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )
    assert probe.returncode == 0, probe.stderr[-2000:]
    found = json.loads(probe.stdout)
    generic = {"Monospace", "Sans Serif", "Serif"}
    assert set(found["families"]) - generic <= set(bundled_families()), "Fontconfig still sees system fonts"
    assert found["problems"] == []
