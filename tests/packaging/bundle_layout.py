"""The data files of the bundle laid out as PyInstaller lays them out, from the spec's own `bundled_files`, without
building the bundle: each (source, destination folder) pair it returns becomes a copy in that folder."""

from __future__ import annotations

import ast
import shutil
from pathlib import Path, PurePosixPath
from typing import Any

from omnibus.documents import shipped

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "omnibus.spec"


def bundled_files(root: Path) -> list[tuple[str, str]]:
    """The spec's `bundled_files()` run on a checkout at `root` (the rest of the spec needs PyInstaller)."""
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    [function] = [node for node in tree.body if isinstance(node, ast.FunctionDef) and node.name == "bundled_files"]
    [bundled] = [
        node
        for node in tree.body
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "BUNDLED" for t in node.targets)
    ]
    names: dict[str, Any] = {"ROOT": root, "Path": Path, "PurePosixPath": PurePosixPath, "shipped": shipped}
    exec(compile(ast.Module(body=[bundled, function], type_ignores=[]), str(SPEC), "exec"), names)
    return list(names["bundled_files"]())


def lay_out_bundle(tmp_path: Path) -> Path:
    """A checkout's docs (copied) and stand-ins for the rest, laid out as the bundle carries them; returns the
    bundle's package folder (what `importlib.resources.files("omnibus")` is in the frozen application)."""
    checkout = tmp_path / "checkout"
    shutil.copytree(ROOT / "docs", checkout / "docs")
    (checkout / "translations").mkdir(parents=True)
    (checkout / "translations" / "omnibus_fr.qm").write_bytes(b"")
    (checkout / "questionnaires").mkdir()
    (checkout / "packaging").mkdir()
    (checkout / "packaging" / "fonts.conf").write_text("<fontconfig/>", encoding="utf-8")
    bundle = tmp_path / "bundle"
    for source, folder in bundled_files(checkout):
        (bundle / folder).mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, bundle / folder / Path(source).name)
    return bundle / "omnibus"
