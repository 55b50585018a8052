"""The receipt file: written and read back, and every alteration or mix-up refused with its reason."""

from __future__ import annotations

import hashlib
import io
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from omnibus.export import Signer
from omnibus.export.manifest import SIGNER_PEM, SIGNER_PUB, MemberDigest, QuestionnaireRef
from omnibus.export.receipt import (
    RECEIPT,
    RECEIPT_LIMITS,
    RECEIPT_SUFFIX,
    Receipt,
    ReceiptError,
    ReceiptManifest,
    build_receipt,
    read_receipt,
    receipt_file_name,
)
from omnibus.export.sealing import sealed_zip
from omnibus.export.secretariat_key import RECEIPT_KEY_FILE, secretariat_receipt_key

WHEN = datetime(2026, 3, 31, 9, 30, tzinfo=UTC)


def a_receipt(**changes: object) -> Receipt:
    fields: dict[str, object] = {
        "package_sha256": "ab" * 32,
        "file_name": "KEN-2026.omnibus",
        "country": "KEN",
        "questionnaire": QuestionnaireRef(id="untoc", version="1.0", sha256="cd" * 32),
        "reporting_cycle": "2026",
        "assessment_id": "a1",
        "received": WHEN,
        "decision": "accepted",
        "issued": WHEN,
        "issuer": "Secretariat",
    }
    fields.update(changes)
    return Receipt.model_validate(fields)


def entries(data: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return [(info.filename, archive.read(info)) for info in archive.infolist()]


def rezip(members: list[tuple[str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in members:
            archive.writestr(zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0)), content)
    return buffer.getvalue()


def replaced(data: bytes, name: str, content: bytes) -> bytes:
    return rezip([(n, content if n == name else c) for n, c in entries(data)])


@pytest.fixture(scope="module")
def secretariat() -> Signer:
    return Signer.generate()


def test_round_trip(secretariat: Signer) -> None:
    receipt = a_receipt(decision="pending", reason="the key is not confirmed yet")
    data = build_receipt(receipt, secretariat)
    assert read_receipt(data, expected_key=secretariat.public_raw) == receipt
    assert build_receipt(receipt, secretariat) == data  # the same receipt, the same bytes


def test_refused_receipt_needs_only_the_hash(secretariat: Signer) -> None:
    receipt = Receipt(package_sha256="ef" * 32, received=WHEN, issued=WHEN, decision="refused", reason="altered")
    assert read_receipt(build_receipt(receipt, secretariat), expected_key=secretariat.public_raw) == receipt
    assert receipt_file_name(receipt) == f"package-{'ef' * 6}{RECEIPT_SUFFIX}"
    assert receipt_file_name(a_receipt()) == f"KEN-2026-{'ab' * 6}{RECEIPT_SUFFIX}"


def test_another_key_is_refused(secretariat: Signer) -> None:
    data = build_receipt(a_receipt(), Signer.generate())
    with pytest.raises(ReceiptError, match="not by the Secretariat's key"):
        read_receipt(data, expected_key=secretariat.public_raw)


def test_altered_content_is_refused(secretariat: Signer) -> None:
    data = build_receipt(a_receipt(), secretariat)
    content = dict(entries(data))[RECEIPT].replace(b'"accepted"', b'"refused"')
    with pytest.raises(ReceiptError, match=r"receipt\.json has been altered"):
        read_receipt(replaced(data, RECEIPT, content), expected_key=secretariat.public_raw)


def test_a_member_whose_size_differs_from_the_signed_manifest_is_refused(secretariat: Signer) -> None:
    """Signed by the Secretariat's key, its manifest listing receipt.json with the right hash but another size
    (checked by the same member checks as every file omnibus exchanges): refused as altered, nothing read."""
    receipt = a_receipt()
    listed = {
        RECEIPT: receipt.to_json(),
        SIGNER_PEM: secretariat.public_pem(),
        SIGNER_PUB: secretariat.minisign_key.to_file(),
    }
    digests = {
        name: MemberDigest(sha256=hashlib.sha256(data).hexdigest(), size=len(data)) for name, data in listed.items()
    }
    digests[RECEIPT] = MemberDigest(sha256=digests[RECEIPT].sha256, size=digests[RECEIPT].size + 1)
    manifest = ReceiptManifest(signer=secretariat.fingerprint, created=WHEN, members=digests).to_json()
    data = sealed_zip(manifest, listed, secretariat, "receipt", RECEIPT_LIMITS)
    with pytest.raises(
        ReceiptError, match=r"^The receipt's receipt\.json has been altered: it differs from the signed"
    ) as refused:
        read_receipt(data, expected_key=secretariat.public_raw)
    assert refused.value.kind == "altered"


def test_altered_manifest_is_refused(secretariat: Signer) -> None:
    data = build_receipt(a_receipt(), secretariat)
    manifest = dict(entries(data))["manifest.json"].replace(b"2026", b"2027", 1)
    with pytest.raises(ReceiptError, match="signature is not valid"):
        read_receipt(replaced(data, "manifest.json", manifest), expected_key=secretariat.public_raw)


def test_resigned_by_someone_else_is_refused(secretariat: Signer) -> None:
    """Whoever re-signs an edited receipt with their own key (and puts their key in it) is still not the
    Secretariat."""
    forger = Signer.generate()
    edited = a_receipt(decision="accepted", reason="")
    with pytest.raises(ReceiptError, match="not by the Secretariat's key"):
        read_receipt(build_receipt(edited, forger), expected_key=secretariat.public_raw)


def test_added_member_is_refused(secretariat: Signer) -> None:
    data = build_receipt(a_receipt(), secretariat)
    with pytest.raises(ReceiptError, match="not one a receipt may contain"):
        read_receipt(rezip([*entries(data), ("extra.txt", b"x")]), expected_key=secretariat.public_raw)


def test_response_package_is_not_a_receipt(secretariat: Signer) -> None:
    with pytest.raises(ReceiptError, match="cannot be read as a receipt"):
        read_receipt(b"PK\x03\x04 not really", expected_key=secretariat.public_raw)
    members = [(n, c) for n, c in entries(build_receipt(a_receipt(), secretariat)) if n != RECEIPT]
    with pytest.raises(ReceiptError, match=r"receipt\.json missing"):
        read_receipt(rezip(members), expected_key=secretariat.public_raw)


def test_configured_key_prefers_the_data_folder(tmp_path: Path, secretariat: Signer) -> None:
    with pytest.raises(ReceiptError, match="no Secretariat key"):
        secretariat_receipt_key(tmp_path)
    (tmp_path / RECEIPT_KEY_FILE).write_bytes(secretariat.minisign_key.to_file())
    assert secretariat_receipt_key(tmp_path) == secretariat.public_raw
    (tmp_path / RECEIPT_KEY_FILE).write_text("not a key\n")
    with pytest.raises(ReceiptError, match="cannot be used"):
        secretariat_receipt_key(tmp_path)
