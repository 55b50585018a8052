"""The export layer's names are imported from its package; each module loads when one of its names is first used."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest

import omnibus.export as export


def test_every_name_of_the_package_is_its_modules_own():
    assert sorted(export.__all__) == sorted(export._MODULE_OF)
    for name, module in export._MODULE_OF.items():
        assert getattr(export, name) is getattr(importlib.import_module(f"omnibus.export.{module}"), name), name


def test_an_unknown_name_is_an_attribute_error():
    with pytest.raises(AttributeError, match="no_such_thing"):
        export.no_such_thing  # noqa: B018


def test_catching_one_error_class_loads_no_signing_encryption_or_manifest_code():
    code = (
        "import sys\n"
        "from omnibus.export.errors import WrongPassphraseError\n"
        "from omnibus.export import PackageError\n"
        "heavy = [m for m in ('omnibus.export.manifest', 'omnibus.export.keys', 'omnibus.export.encryption',"
        " 'omnibus.export.package', 'omnibus.export.verify', 'pydantic', 'cryptography', 'pyrage') if m in sys.modules]\n"
        "print(heavy)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]", done.stdout
