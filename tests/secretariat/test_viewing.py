"""Looking at one package file (what the package viewer shows), without Qt: every state a file can be in."""

from __future__ import annotations

import pyrage
import pytest
from sqlalchemy import select

from omnibus.export import PackageError
from omnibus.export.keys import format_fingerprint
from omnibus.secretariat import trust
from omnibus.secretariat.db import PackageRow, open_session
from omnibus.secretariat.reference import State
from omnibus.secretariat.sample import SamplePackage, build_sample_package, sample_report, sample_signer
from omnibus.secretariat.viewing import SecretariatSetup, import_package, view_package
from tests.secretariat import helpers

KENYA = State("KEN", "Kenya", "Africa", "Eastern Africa")


@pytest.fixture(scope="module")
def package() -> SamplePackage:
    return build_sample_package(KENYA, sample_signer(3, "KEN"), 3)


def _write(folder, name: str, data: bytes):
    path = folder / name
    path.write_bytes(data)
    return path


def _secretariat(folder, identity: pyrage.x25519.Identity | None = None, trusted: SamplePackage | None = None):
    db = folder / "secretariat.db"
    with open_session(db, write=True) as session:
        if trusted is not None:
            trust.trust_key(session, format_fingerprint(trusted.signer.fingerprint), "KEN", "letter")
        session.commit()
    if identity is not None:
        (folder / "secretariat-age-key.txt").write_text(str(identity) + "\n")
    return SecretariatSetup.find(folder)


def test_the_setup_is_found_at_the_default_place_or_where_the_settings_say(tmp_path):
    assert SecretariatSetup.find(tmp_path) == SecretariatSetup(None, None)
    (tmp_path / "secretariat.db").write_bytes(b"")
    (tmp_path / "secretariat-age-key.txt").write_text("key")
    assert SecretariatSetup.find(tmp_path) == SecretariatSetup(
        tmp_path / "secretariat.db", tmp_path / "secretariat-age-key.txt"
    )
    elsewhere = tmp_path / "shared" / "consolidated.db"
    elsewhere.parent.mkdir()
    elsewhere.write_bytes(b"")
    found = SecretariatSetup.find(tmp_path, str(elsewhere), str(tmp_path / "missing-key.txt"))
    assert found == SecretariatSetup(elsewhere, None)


def test_a_good_package_is_verified_with_its_report_and_trust_not_checked(tmp_path, package):
    view = view_package(_write(tmp_path, "KEN.omnibus", package.data))
    assert view.state == "verified" and not view.encrypted
    assert view.verification is not None and view.verification.signer_fingerprint == package.signer.fingerprint
    assert view.verification.manifest is not None and view.verification.manifest.country == "KEN"
    assert view.report == sample_report()
    assert view.trust is None and view.trust_error == ""


def test_a_tampered_package_is_altered_and_gives_no_report(tmp_path, package):
    view = view_package(_write(tmp_path, "KEN.omnibus", helpers.tampered(package.data)))
    assert view.state == "altered"
    assert view.report is None
    assert view.verification is not None
    assert any("responses.json has been altered" in problem for problem in view.verification.problems)


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.4 not a package\n" * 20,
        b"",
        helpers.unsigned(build_sample_package(KENYA, sample_signer(3, "KEN"), 3).data),
    ],
    ids=["junk", "empty", "unsigned"],
)
def test_what_is_not_a_package_is_unreadable_with_a_reason(tmp_path, data):
    view = view_package(_write(tmp_path, "odd.omnibus", data))
    assert view.state == "unreadable" and view.verification is None and view.report is None
    assert view.error


def test_a_missing_file_is_unreadable(tmp_path):
    view = view_package(tmp_path / "gone.omnibus")
    assert view.state == "unreadable" and "Cannot read" in view.error


def test_an_encrypted_package_is_opened_only_when_asked_and_with_the_right_key(tmp_path, package):
    data, identity = helpers.encrypted(package.data)
    path = _write(tmp_path, "KEN.omnibus.age", data)
    assert view_package(path) == view_package(path, SecretariatSetup(identity=None))
    closed = view_package(path)
    assert closed.state == "encrypted" and closed.encrypted and closed.error == "" and closed.verification is None
    setup = _secretariat(tmp_path, identity)
    opened = view_package(path, setup, decrypt=True)
    assert opened.state == "verified" and opened.encrypted and opened.report == sample_report()
    other = tmp_path / "other"
    other.mkdir()
    wrong = view_package(path, _secretariat(other, pyrage.x25519.Identity.generate()), decrypt=True)
    assert wrong.state == "encrypted" and "cannot be decrypted" in wrong.error


def test_trust_is_the_secretariat_s_when_it_has_a_database(tmp_path, package):
    path = _write(tmp_path, "KEN.omnibus", package.data)
    unknown = view_package(path, _secretariat(tmp_path))
    assert unknown.trust is not None and (unknown.trust.verdict, unknown.trust.category) == ("pending", "new-key")
    trusted_home = tmp_path / "trusted"
    trusted_home.mkdir()
    trusted = view_package(path, _secretariat(trusted_home, trusted=package))
    assert trusted.trust is not None and trusted.trust.verdict == "trusted"


def test_an_unreadable_secretariat_database_leaves_trust_unchecked_and_says_why(tmp_path, package):
    (tmp_path / "secretariat.db").write_bytes(b"this is not a database" * 100)
    view = view_package(_write(tmp_path, "KEN.omnibus", package.data), SecretariatSetup.find(tmp_path))
    assert view.state == "verified" and view.trust is None and view.trust_error


def test_import_stores_the_package_once(tmp_path, package):
    setup = _secretariat(tmp_path, trusted=package)
    path = _write(tmp_path, "KEN.omnibus", package.data)
    first = import_package(path, setup)
    assert (first.outcome, first.country) == ("accepted", "KEN")
    assert import_package(path, setup).outcome == "duplicate"
    assert setup.database is not None
    with open_session(setup.database) as session:
        rows = session.scalars(select(PackageRow)).all()
        assert [(row.country, row.state, row.signer, row.data) for row in rows] == [
            ("KEN", "accepted", package.signer.fingerprint, package.data)
        ]


def test_an_encrypted_package_is_imported_with_the_secretariat_s_key(tmp_path, package):
    data, identity = helpers.encrypted(package.data)
    setup = _secretariat(tmp_path, identity, trusted=package)
    decision = import_package(_write(tmp_path, "KEN.omnibus.age", data), setup)
    assert decision.outcome == "accepted"


def test_import_without_a_secretariat_database_is_refused_in_words(tmp_path, package):
    with pytest.raises(PackageError, match="no Secretariat database"):
        import_package(_write(tmp_path, "KEN.omnibus", package.data), SecretariatSetup())


def test_a_secretariat_on_a_server_is_found_from_its_url_and_imported_into(tmp_path, package, postgres):
    """The settings may name the team's server instead of a file: trust is read there and imports go there."""
    url = postgres.database()
    with open_session(url, write=True) as session:
        trust.trust_key(session, format_fingerprint(package.signer.fingerprint), "KEN", "letter")
    setup = SecretariatSetup.find(tmp_path, url)
    assert setup == SecretariatSetup(url, None)
    path = _write(tmp_path, "KEN.omnibus", package.data)
    view = view_package(path, setup)
    assert view.trust is not None and view.trust.verdict == "trusted"
    assert import_package(path, setup).outcome == "accepted"
    with open_session(url) as session:
        assert session.scalars(select(PackageRow.country)).all() == ["KEN"]
