"""`make licenses`: every runtime dependency may ship in the MIT bundle, and one that may not is refused."""

from __future__ import annotations

import pytest

from omnibus.tools.licenses import Licence, licences, main


def test_installed_runtime_dependencies_may_all_ship() -> None:
    table = {item.package: item for item in licences()}
    assert "pyside6-essentials" in table and "weasyprint" in table
    assert "pytest" not in table  # development tools are not shipped
    assert "country-converter" not in table  # GPL-3.0: replaced by the M49 table shipped as data
    assert [item for item in table.values() if not item.compatible] == []


@pytest.mark.parametrize(
    ("expression", "compatible"),
    [
        ("MIT", True),
        ("LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only", True),
        ("GPL-3.0-only", False),
        ("GPL-3.0-or-later", False),
        ("AGPL-3.0-only", False),
        ("", False),
    ],
)
def test_licence_choices(expression: str, compatible: bool) -> None:
    assert Licence("package", "1.0", expression).compatible is compatible


def test_main_prints_the_table_and_succeeds(capsys: pytest.CaptureFixture[str]) -> None:
    assert main() == 0
    out = capsys.readouterr().out
    assert "weasyprint" in out and "every licence compatible" in out
