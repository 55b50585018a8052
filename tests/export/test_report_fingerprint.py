"""The signer's fingerprint on the package's own report is the one the Secretariat confirms by letter or telephone:
it must read, group for group, as `omnibus verify` prints it."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest

from omnibus.cli import main
from tests.export.helpers import need_tool, run


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_report_in_the_package_prints_the_fingerprint_verify_prints(
    lang: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pdftotext = need_tool("pdftotext")
    monkeypatch.setenv("OMNIBUS_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("OMNIBUS_PASSPHRASE", "a long enough passphrase")
    db = str(tmp_path / "a.db")
    assert main(["new", "--questionnaire", "workshop-demo", "--country", "KEN", "--cycle", "2026", "--db", db]) == 0
    aid = capsys.readouterr().out.strip()
    package = tmp_path / "KEN.omnibus"
    assert main(["export", aid, "--out", str(package), "--lang", lang, "--db", db]) == 0
    capsys.readouterr()
    assert main(["verify", str(package)]) == 0
    verified = re.search(r"signer:\s+(SHA256:(?:[0-9A-F]{4} ){15}[0-9A-F]{4})", capsys.readouterr().out)
    assert verified is not None
    with zipfile.ZipFile(package) as archive:
        (tmp_path / "report.pdf").write_bytes(archive.read("report.pdf"))
    # -raw: the text in the order it is drawn; pdftotext's reading order of a right-to-left page sets a cell's
    # second line after the paragraphs below it.
    text = run([pdftotext, "-enc", "UTF-8", "-raw", "-l", "1", tmp_path / "report.pdf", "-"]).stdout
    # The fingerprint may wrap between two groups (a line break is a space to a reader), never inside one.
    words = " ".join(re.sub(r"[\u200e\u200f\u202a-\u202e\u2066-\u2069]", "", text).split())
    assert verified.group(1) in words
