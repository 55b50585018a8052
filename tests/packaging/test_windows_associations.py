"""The Windows installer's file associations: each kind of file omnibus opens is registered, per user, to run
`omnibus.exe "<file>"` (what `omnibus.cli.main` routes by suffix). The script is compiled only on the release
workflow's Windows runner, so its [Registry] lines are read here as text."""

from __future__ import annotations

import re
from pathlib import Path

from omnibus.cli import DOCUMENT_SUFFIXES

ISS = Path(__file__).resolve().parents[2] / "packaging" / "windows" / "omnibus.iss"
OPEN_COMMAND = '"""{app}\\{#AppExe}"" ""%1"""'


def registry() -> dict[tuple[str, str], str]:
    """(subkey, value name) → value data, for every HKA line of the [Registry] section."""
    text = ISS.read_text(encoding="utf-8")
    section = text[text.index("[Registry]") : text.index("[Run]")]
    entries = {}
    for line in section.splitlines():
        if not line.startswith("Root: HKA;"):
            continue
        fields = dict(re.findall(r'(\w+): ("(?:[^"]|"")*"|[^;]+)', line))
        unquote = {
            name: value.strip()[1:-1] if value.strip().startswith('"') else value.strip()
            for name, value in fields.items()
        }
        entries[(unquote["Subkey"], unquote["ValueName"])] = fields["ValueData"].strip()
    return entries


def test_each_kind_of_file_opens_with_omnibus():
    entries = registry()
    for suffix in (".omnibus", *DOCUMENT_SUFFIXES):
        key = entries[(f"Software\\Classes\\{suffix}", "")].strip('"')  # the ProgId ({#ProgId}: the package's)
        assert entries[(f"Software\\Classes\\{key}\\shell\\open\\command", "")] == OPEN_COMMAND, suffix
        assert entries[(f"Software\\Classes\\{key}", "")].strip('"').startswith("omnibus "), suffix
        assert ("Software\\Classes\\Applications\\{#AppExe}\\SupportedTypes", suffix) in entries


def test_each_kind_of_file_has_its_own_name_in_explorer():
    entries = registry()
    prog_ids = {entries[(f"Software\\Classes\\{suffix}", "")] for suffix in (".omnibus", *DOCUMENT_SUFFIXES)}
    assert len(prog_ids) == 1 + len(DOCUMENT_SUFFIXES)
