"""Writing a package and reading it back: contents, manifest, determinism, trust and questionnaire checks."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

import omnibus
from omnibus.export import (
    PackageError,
    Signer,
    TrustedKeys,
    attachment_name,
    build_package,
    default_file_name,
    export_package,
    fingerprint,
    format_fingerprint,
    open_package,
    verify_package,
)
from tests.export.helpers import ATTACHMENT, manifest_of, sample_info, sample_members, unzip

SIGNED_ORDER = ["manifest.json", "manifest.sig", "manifest.json.minisig", "signer.pem", "signer.pub"]


def test_round_trip_gives_back_every_member(package: bytes, signer: Signer) -> None:
    opened = open_package(package)
    assert opened.verification.ok and opened.verification.intact
    assert opened.verification.openssl_signature_valid and opened.verification.minisign_signature_valid
    assert opened.verification.signer_fingerprint == signer.fingerprint
    for name, data in sample_members().items():
        assert opened.members[name] == data
    assert opened.responses == sample_members()["responses.json"]
    assert opened.report.startswith(b"%PDF")
    assert set(opened.questionnaires) == {"untoc-checklist.yaml", "common-lists.yaml"}
    assert opened.attachments == {attachment_name(ATTACHMENT)[12:]: ATTACHMENT}
    assert opened.members["signer.pem"] == signer.public_pem()


def test_manifest_holds_every_field(package: bytes, signer: Signer) -> None:
    manifest = manifest_of(package)
    assert manifest == manifest.model_validate(manifest.model_dump())
    assert (manifest.format, manifest.format_version) == ("omnibus-response-package", 1)
    assert manifest.application_version == omnibus.__version__
    assert manifest.questionnaire.id == "untoc-checklist" and manifest.questionnaire.version == "1.0"
    assert manifest.country == "MEX" and manifest.focal_point.name == "Ana López"
    assert manifest.assessment_id.startswith("0b6c1a5e") and manifest.reporting_cycle == "2025"
    assert manifest.status == "final" and manifest.training is False
    assert manifest.created == datetime(2025, 1, 31, 12, 30, 5, tzinfo=UTC)
    assert manifest.signer == signer.fingerprint
    expected = set(sample_members()) | {"signer.pem", "signer.pub"}
    assert set(manifest.members) == expected
    assert manifest.members["responses.json"].size == len(sample_members()["responses.json"])


def test_manifest_json_is_canonical(package: bytes) -> None:
    raw = dict(unzip(package))["manifest.json"]
    parsed = json.loads(raw)
    assert raw == (json.dumps(parsed, sort_keys=True, ensure_ascii=False, indent=2) + "\n").encode()
    assert "Fiscalía".encode() in raw, "UTF-8, not \\u escapes"
    assert parsed["created"] == "2025-01-31T12:30:05Z"


def test_same_input_gives_the_same_bytes(signer: Signer) -> None:
    first = build_package(sample_info(), sample_members(), signer)
    reordered = dict(reversed(list(sample_members().items())))
    assert build_package(sample_info(), reordered, signer) == first


def test_members_are_in_a_fixed_order_with_fixed_timestamps(package: bytes) -> None:
    with zipfile.ZipFile(io.BytesIO(package)) as archive:
        infos = archive.infolist()
    names = [info.filename for info in infos]
    assert names[:7] == [*SIGNED_ORDER, "responses.json", "report.pdf"]
    assert names[7:9] == ["questionnaire/common-lists.yaml", "questionnaire/untoc-checklist.yaml"]
    assert names[9].startswith("attachments/")
    assert {info.date_time for info in infos} == {(1980, 1, 1, 0, 0, 0)}


def test_created_time_is_stored_in_utc_to_the_second(signer: Signer) -> None:
    local = datetime(2025, 1, 31, 7, 30, 5, 999, tzinfo=timezone(timedelta(hours=-5)))
    data = build_package(sample_info(created=local), sample_members(), signer)
    assert manifest_of(data).created == datetime(2025, 1, 31, 12, 30, 5, tzinfo=UTC)
    with pytest.raises(ValueError, match="time zone"):
        sample_info(created=datetime(2025, 1, 1))


def test_training_flag_is_reported(signer: Signer) -> None:
    data = build_package(sample_info(training=True), sample_members(), signer)
    verification = verify_package(data)
    assert verification.training is True and verification.ok


def test_trusted_key_for_the_country(package: bytes, signer: Signer, other_signer: Signer) -> None:
    trusted = TrustedKeys.parse(f"{format_fingerprint(signer.fingerprint)}  MEX  Fiscalía, confirmed by letter\n")
    verification = verify_package(package, trusted=trusted)
    assert verification.ok and verification.trusted is True
    assert verification.trusted_as == "Fiscalía, confirmed by letter"
    elsewhere = verify_package(package, trusted=TrustedKeys.parse(f"{signer.fingerprint} COL\n"))
    assert elsewhere.trusted is False and not elsewhere.ok and elsewhere.intact
    assert "trusted only for COL" in " ".join(elsewhere.problems)
    stranger = verify_package(package, trusted=TrustedKeys.parse(f"{other_signer.fingerprint} *\n"))
    assert stranger.trusted is False and "not in the trusted keys" in " ".join(stranger.problems)
    wildcard = verify_package(package, trusted=TrustedKeys.parse(f"{signer.fingerprint} * trainer\n"))
    assert wildcard.trusted is True


def test_known_questionnaire_callback(package: bytes) -> None:
    calls: list[tuple[str, str, str]] = []

    def known(qid: str, version: str, sha: str) -> bool:
        calls.append((qid, version, sha))
        return qid == "untoc-checklist"

    assert verify_package(package, known_questionnaires=known).questionnaire_known is True
    assert calls == [("untoc-checklist", "1.0", "ab" * 32)]
    unknown = verify_package(package, known_questionnaires=lambda *_: False)
    assert unknown.questionnaire_known is False and not unknown.ok and unknown.intact
    with pytest.raises(PackageError, match="Unknown questionnaire"):
        open_package(package, known_questionnaires=lambda *_: False)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"notes.txt": b"x"}, "not one a response package may contain"),
        ({"../evil.yaml": b"x"}, "climbs out"),
        ({"manifest.json": b"{}"}, "written by the package builder"),
        ({"attachments/" + "0" * 64: b"x"}, "named after its SHA-256"),
        ({"responses.json": None}, "responses.json is missing"),
        ({"report.pdf": None}, "report.pdf is missing"),
    ],
)
def test_build_refuses_bad_members(signer: Signer, change: dict[str, bytes | None], message: str) -> None:
    members: dict[str, bytes] = sample_members()
    for name, data in change.items():
        if data is None:
            del members[name]
        else:
            members[name] = data
    with pytest.raises(PackageError, match=message):
        build_package(sample_info(), members, signer)


def test_build_refuses_a_package_without_questionnaire(signer: Signer) -> None:
    members = {k: v for k, v in sample_members().items() if not k.startswith("questionnaire/")}
    with pytest.raises(PackageError, match="no questionnaire"):
        build_package(sample_info(), members, signer)


def test_highly_compressible_members_are_stored_so_the_reader_accepts_them(signer: Signer) -> None:
    members = sample_members()
    members["responses.json"] = b'{"text": "' + b" " * (3 * 1024 * 1024) + b'"}'
    data = build_package(sample_info(), members, signer)
    assert open_package(data).responses == members["responses.json"]


def test_export_writes_atomically_and_encrypts_on_request(tmp_path: Path, signer: Signer) -> None:
    import pyrage

    info = sample_info()
    plain = export_package(tmp_path / default_file_name(info), info, sample_members(), signer)
    assert plain.name == "MEX-2025-0b6c1a5e-2f4-20250131.omnibus"
    odd = sample_info(assessment_id="a:b+c", reporting_cycle="2024:2025", training=True)
    assert default_file_name(odd) == "MEX-2024-2025-a-b-c-20250131-training.omnibus"
    assert verify_package(plain.read_bytes()).ok
    assert [p.name for p in tmp_path.iterdir()] == [plain.name], "no temporary file left behind"
    identity = pyrage.x25519.Identity.generate()
    sealed = export_package(
        tmp_path / "out.omnibus", info, sample_members(), signer, recipients=[str(identity.to_public())]
    )
    assert sealed.name == "out.omnibus.age"
    assert pyrage.decrypt(sealed.read_bytes(), [identity]) == plain.read_bytes()


def test_fingerprint_is_sha256_of_the_raw_key(signer: Signer) -> None:
    import hashlib

    assert fingerprint(signer.public_raw) == hashlib.sha256(signer.public_raw).hexdigest()
    shown = format_fingerprint(signer.fingerprint)
    assert shown.startswith("SHA256:") and len(shown.split()) == 16
