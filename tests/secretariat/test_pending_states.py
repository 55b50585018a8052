"""A State whose package waits for its signing key to be confirmed has sent something: the analysis must not
publish it among the States that sent nothing."""

from __future__ import annotations

from pathlib import Path

from omnibus.export.keys import format_fingerprint
from omnibus.secretariat import trust
from omnibus.secretariat.compute import analyse
from omnibus.secretariat.db import open_session
from omnibus.secretariat.importer import Importer, ImportOptions
from omnibus.secretariat.reference import state
from omnibus.secretariat.sample import Sample


def test_a_state_whose_package_is_held_for_its_key_is_not_said_to_have_sent_nothing(
    sample: Sample, tmp_path: Path
) -> None:
    held, counted, silent = sample.packages[0], sample.packages[1], sample.packages[2]
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for package in (held, counted):
        (inbox / f"{package.state.iso3}.omnibus").write_bytes(package.data)
    db = tmp_path / "secretariat.db"
    with open_session(db, write=True) as session:
        trust.trust_key(session, format_fingerprint(counted.signer.fingerprint), counted.state.iso3, "letter")
        report = Importer(session, ImportOptions()).import_files([inbox], lambda _progress: None)
    assert [d.outcome for d in sorted(report.decisions, key=lambda d: d.source)] == (
        ["pending", "accepted"] if held.state.iso3 < counted.state.iso3 else ["accepted", "pending"]
    )
    states = [state(p.state.iso3, "en") for p in (held, counted, silent)]
    with open_session(db) as session:
        analysis = analyse(session, states=states)
    assert analysis.pending == 1 and analysis.packages_counted == 1
    assert [r[0] for r in analysis.table("non_responding").rows] == [silent.state.iso3]
    assert analysis.headline[-1] == "1 of the UN Member States sent nothing."


def test_a_state_whose_only_package_is_signed_with_a_revoked_key_sent_nothing(sample: Sample, tmp_path: Path) -> None:
    """Revoking a key says it does not speak for the State: what it signed is held, and is not the State's."""
    held, counted = sample.packages[0], sample.packages[1]
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for package in (held, counted):
        (inbox / f"{package.state.iso3}.omnibus").write_bytes(package.data)
    db = tmp_path / "secretariat.db"
    with open_session(db, write=True) as session:
        for package in (held, counted):
            trust.trust_key(session, format_fingerprint(package.signer.fingerprint), package.state.iso3, "letter")
        Importer(session, ImportOptions()).import_files([inbox], lambda _progress: None)
        trust.revoke_key(session, format_fingerprint(held.signer.fingerprint), held.state.iso3)
    with open_session(db) as session:
        analysis = analyse(session, states=[state(p.state.iso3, "en") for p in (held, counted)])
    assert analysis.pending == 1 and analysis.packages_counted == 1
    assert [r[0] for r in analysis.table("non_responding").rows] == [held.state.iso3]
