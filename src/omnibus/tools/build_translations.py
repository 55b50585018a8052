"""Compile the interface translations: `translations/*.ts` (Qt Linguist sources) into `.qm` files beside them.

    python -m omnibus.tools.build_translations            # compile (what `make translations` runs)
    python -m omnibus.tools.build_translations --update   # first refresh the .ts files from the source code

The `.qm` files are build output (git-ignored); `omnibus.resources.resource("translations")` finds them in a
checkout, and the wheel carries the folder as `omnibus/_bundled/translations`. Up-to-date files are skipped.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

from omnibus.model.text import LANGUAGES
from omnibus.resources import resource

UI_SOURCES = Path(__file__).resolve().parents[1] / "ui"
TARGET_LANGUAGES = (*(lang for lang in LANGUAGES if lang != "en"), "en")


def tool(name: str) -> str:
    """A PySide6 command next to this Python (the venv's bin or Scripts folder), else on the PATH."""
    folder = Path(sys.executable).parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (pip install -e '.[dev]')")
    return found


def sources() -> list[Path]:
    return sorted(UI_SOURCES.rglob("*.py"))


def update(folder: Path) -> None:
    """Refresh every .ts from the source code, keeping existing translations and dropping obsolete ones."""
    files = [str(p) for p in sources()]
    for lang in TARGET_LANGUAGES:
        ts = folder / f"omnibus_{lang}.ts"
        command = [tool("pyside6-lupdate"), *files, "-no-obsolete", "-locations", "none", "-ts", str(ts)]
        if lang != "en":
            command[-2:-2] = ["-target-language", lang]
        subprocess.run(command, check=True, capture_output=True)


def compile_all(folder: Path, force: bool = False) -> list[Path]:
    written = []
    for ts in sorted(folder.glob("omnibus_*.ts")):
        qm = ts.with_suffix(".qm")
        if not force and qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--update", action="store_true", help="refresh the .ts files from the source first")
    parser.add_argument("--force", action="store_true", help="compile even when the .qm files are up to date")
    args = parser.parse_args(argv)
    folder = resource("translations")
    if args.update:
        update(folder)
    written = compile_all(folder, force=args.force or args.update)
    print(f"translations: {len(written)} compiled in {folder}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
