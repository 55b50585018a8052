"""PySide6's per-import scan is replaced by one that gives the same answers."""

from __future__ import annotations

import inspect
import json
import sys

import omnibus.ui.flow
import omnibus.ui.import_scan
from omnibus.ui.import_scan import mentions_pyside, use_cheaper_import_scan


def _getsource_says(module) -> bool:
    try:
        return "PySide6" in inspect.getsource(module)
    except (OSError, TypeError):
        return False


def test_same_answers_as_the_source_scan_it_replaces():
    modules = [omnibus.ui.flow, omnibus.ui.import_scan, json, sys, inspect]
    assert [mentions_pyside(m) for m in modules] == [_getsource_says(m) for m in modules] == [
        True, True, False, False, False,
    ]  # fmt: skip


def test_the_application_uses_it():
    feature = sys.modules["shibokensupport.feature"]
    assert feature._mod_uses_pyside is mentions_pyside
    assert use_cheaper_import_scan()
