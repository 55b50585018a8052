"""Every way to alter, forge or weaponise a package is detected, with a message that says what happened."""

from __future__ import annotations

import json
import zipfile

import pytest

from omnibus.export import (
    DEFAULT_LIMITS,
    Limits,
    PackageError,
    Signer,
    TrustedKeys,
    attachment_name,
    minisign,
    open_package,
    verify_package,
)
from omnibus.export.manifest import Manifest
from tests.export.helpers import (
    assemble,
    failure,
    patch_entry,
    replace_member,
    rezip,
    sample_info,
    sample_members,
    unzip,
)

MEMBER_NAMES = [
    "manifest.json",
    "manifest.sig",
    "manifest.json.minisig",
    "signer.pem",
    "signer.pub",
    "responses.json",
    "report.pdf",
    "questionnaire/untoc-checklist.yaml",
    "questionnaire/common-lists.yaml",
    "attachment",
]


def _real_name(package: bytes, name: str) -> str:
    return next(n for n, _ in unzip(package) if n.startswith("attachments/")) if name == "attachment" else name


@pytest.mark.parametrize("member", MEMBER_NAMES)
def test_flipping_any_byte_of_any_member_fails(package: bytes, member: str) -> None:
    name = _real_name(package, member)
    original = dict(unzip(package))[name]
    count = len(original)
    positions = range(count) if count <= 400 else sorted({i * (count - 1) // 199 for i in range(200)})
    for position in positions:
        for bit in (0x01, 0x80):
            altered = bytearray(original)
            altered[position] ^= bit
            message = failure(replace_member(package, name, bytes(altered)))
            assert message


@pytest.mark.parametrize("member", ["responses.json", "report.pdf", "questionnaire/common-lists.yaml", "attachment"])
def test_an_altered_content_member_is_named(package: bytes, member: str) -> None:
    name = _real_name(package, member)
    verification = verify_package(replace_member(package, name, b"something else entirely"))
    assert verification.signatures_valid and not verification.intact
    assert {m.name: m.status for m in verification.members}[name] == "altered"
    assert f"{name} has been altered" in " ".join(verification.problems)


def test_a_changed_manifest_breaks_both_signatures(package: bytes) -> None:
    raw = dict(unzip(package))["manifest.json"].replace(b'"final"', b'"draft"')
    verification = verify_package(replace_member(package, "manifest.json", raw))
    assert not verification.openssl_signature_valid and not verification.minisign_signature_valid
    assert verification.manifest is None, "an unsigned manifest is never parsed"
    assert {m.status for m in verification.members} <= {"signature", "unchecked"}
    assert "manifest.sig is not a valid signature" in " ".join(verification.problems)


def test_the_signature_is_checked_before_any_json_is_parsed(package: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    def parse_manifest(_: bytes) -> Manifest:
        raise AssertionError("JSON parsed before the signature was checked")

    monkeypatch.setattr("omnibus.export.verify.parse_manifest", parse_manifest)
    monkeypatch.setattr("json.loads", parse_manifest)
    assert not verify_package(replace_member(package, "manifest.json", b'{"a": [[[[[[[[1]]]]]]]]}')).ok


def test_an_added_member_is_detected(package: bytes) -> None:
    extra = b"an attachment the signer never saw"
    message = failure(rezip([*unzip(package), (attachment_name(extra), extra)]))
    assert "not in the signed manifest (added)" in message
    message = failure(rezip([*unzip(package), ("questionnaire/extra.yaml", b"x: 1\n")]))
    assert "questionnaire/extra.yaml is in the package but not in the signed manifest" in message
    message = failure(rezip([*unzip(package), ("readme.txt", b"hi")]))
    assert "'readme.txt' is not one a response package may contain" in message


@pytest.mark.parametrize(
    ("removed", "message"),
    [
        ("attachment", "listed in the signed manifest but missing (removed)"),
        ("questionnaire/common-lists.yaml", "listed in the signed manifest but missing (removed)"),
        ("signer.pub", "signer.pub is missing"),
        ("responses.json", "it has no responses.json"),
        ("report.pdf", "it has no report.pdf"),
        ("manifest.json", "it has no manifest.json"),
        ("manifest.sig", "it is not signed: manifest.sig is missing"),
        ("manifest.json.minisig", "it is not signed: manifest.json.minisig is missing"),
    ],
)
def test_a_removed_member_is_detected(package: bytes, removed: str, message: str) -> None:
    name = _real_name(package, removed)
    assert message in failure(rezip([(n, d) for n, d in unzip(package) if n != name]))


def test_a_replaced_questionnaire_set_is_detected(package: bytes) -> None:
    entries = [(n, d) for n, d in unzip(package) if not n.startswith("questionnaire/")]
    assert "no questionnaire file" in failure(rezip(entries))


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("../manifest.json", "climbs out of the package with '..'"),
        ("questionnaire/../../etc/passwd.yaml", "climbs out of the package with '..'"),
        ("/etc/passwd", "has an absolute path"),
        ("C:/Windows/evil.yaml", "has an absolute path"),
        ("questionnaire\\evil.yaml", "contains a backslash"),
        ("questionnaire/sub/evil.yaml", "is not one a response package may contain"),
        ("attachments/" + "A" * 64, "is not one a response package may contain"),
        ("questionnaire/", "is not one a response package may contain"),
    ],
)
def test_unsafe_names_are_refused(package: bytes, name: str, message: str) -> None:
    with pytest.raises(PackageError, match="Refused: member") as caught:
        verify_package(rezip([*unzip(package), (name, b"x")]))
    assert message in str(caught.value)


def test_a_nul_in_a_name_is_refused(package: bytes) -> None:
    data = rezip([*unzip(package), ("questionnaire/aXb.yaml", b"x")])
    data = data.replace(b"questionnaire/aXb.yaml", b"questionnaire/a\x00b.yaml")
    with pytest.raises(PackageError, match="NUL character"):
        verify_package(data)


@pytest.mark.parametrize("duplicate", ["responses.json", "manifest.json", "questionnaire/COMMON-LISTS.yaml"])
def test_duplicate_names_are_refused(package: bytes, duplicate: str) -> None:
    with pytest.raises(PackageError, match="appears more than once"):
        verify_package(rezip([*unzip(package), (duplicate, b"second copy")]))


def test_a_zip_bomb_is_refused_before_inflating(package: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("omnibus.export.archive._read_member", lambda *_: pytest.fail("inflated a bomb"))
    entries = [(n, b"\0" * (50 * 1024 * 1024) if n == "report.pdf" else d) for n, d in unzip(package)]
    with pytest.raises(PackageError, match=r"compressed more than 100:1 \(a zip bomb\?\)"):
        verify_package(rezip(entries))


@pytest.mark.parametrize("declared", [10, 1])
def test_a_header_that_understates_the_size_is_caught(package: bytes, declared: int) -> None:
    data = patch_entry(package, "report.pdf", size=declared)
    with pytest.raises(PackageError, match=r"damaged|more data than it declares"):
        verify_package(data)


def test_a_header_that_overstates_the_size_is_caught(package: bytes) -> None:
    with pytest.raises(PackageError, match=r"damaged|shorter than it declares"):
        verify_package(patch_entry(package, "responses.json", size=5000))


def test_an_oversized_declared_member_is_refused(package: bytes) -> None:
    data = patch_entry(package, "report.pdf", size=DEFAULT_LIMITS.max_member_bytes + 1)
    with pytest.raises(PackageError, match=r"'report.pdf' declares 268435457 bytes"):
        verify_package(data)
    with pytest.raises(PackageError, match=r"'manifest.sig' declares 65 bytes; the limit is 64"):
        verify_package(replace_member(package, "manifest.sig", b"\0" * 65))


@pytest.mark.parametrize(
    ("limits", "message"),
    [
        (Limits(max_members=5), "more than 5 members"),
        (Limits(max_member_bytes=100), "declares"),
        (Limits(max_total_bytes=2000), "add up to more than"),
        (Limits(max_package_bytes=1000), "larger than"),
        (Limits(max_manifest_bytes=100), "'manifest.json' declares"),
    ],
)
def test_limits_are_enforced(package: bytes, limits: Limits, message: str) -> None:
    with pytest.raises(PackageError, match=message):
        verify_package(package, limits=limits)


def test_too_many_members_are_refused_unread(package: bytes) -> None:
    flood = [(attachment_name(str(i).encode()), str(i).encode()) for i in range(DEFAULT_LIMITS.max_members + 1)]
    with pytest.raises(PackageError, match="more than 2000 members"):
        verify_package(rezip([*unzip(package), *flood]))


def test_encrypted_zip_entries_are_refused(package: bytes) -> None:
    with pytest.raises(PackageError, match=r"'responses.json' is encrypted inside the zip"):
        verify_package(patch_entry(package, "responses.json", flag=0x1))


def test_unsupported_compression_is_refused(package: bytes) -> None:
    with pytest.raises(PackageError, match="unsupported compression method"):
        verify_package(rezip(unzip(package), compression=zipfile.ZIP_BZIP2))


def test_signer_pem_and_pub_holding_different_keys(package: bytes, other_signer: Signer) -> None:
    data = replace_member(package, "signer.pub", other_signer.minisign_key.to_file())
    verification = verify_package(data)
    assert not verification.signer_keys_match and not verification.ok
    assert "signer.pem and signer.pub hold different keys." in verification.problems
    assert not verification.minisign_signature_valid


def test_signatures_by_another_key(package: bytes, other_signer: Signer) -> None:
    manifest = dict(unzip(package))["manifest.json"]
    forged = minisign.sign(
        manifest, public_key=other_signer.minisign_key, sign_raw=other_signer.sign, trusted_comment="forged"
    )
    data = replace_member(package, "manifest.sig", other_signer.sign(manifest))
    data = replace_member(data, "manifest.json.minisig", forged.to_file())
    message = failure(data)
    assert "manifest.sig is not a valid signature of manifest.json by the key in signer.pem" in message
    assert "signature was made with key id" in message


def test_a_package_re_signed_by_an_impostor_is_intact_but_untrusted(signer: Signer, other_signer: Signer) -> None:
    forged = assemble(sample_info(), sample_members(), other_signer)
    verification = verify_package(forged)
    assert verification.intact, "an impostor can sign, which is why the Secretariat keeps trusted keys"
    trusted = TrustedKeys.parse(f"{signer.fingerprint} MEX\n")
    message = failure(forged, trusted=trusted)
    assert "is not in the trusted keys" in message
    with pytest.raises(PackageError, match="Not trusted"):
        open_package(forged, trusted=trusted)


def test_an_edited_untrusted_minisign_comment_is_detected(package: bytes) -> None:
    minisig = dict(unzip(package))["manifest.json.minisig"]
    edited = minisig.replace(b"signature from minisign", b"signature from a friend of")
    assert minisign.parse_signature(edited)  # still a well-formed minisign file, and minisign would accept it
    assert "its comment was edited" in failure(replace_member(package, "manifest.json.minisig", edited))


def test_an_attachment_must_hold_the_file_its_name_promises(other_signer: Signer) -> None:
    members = sample_members()
    members["attachments/" + "0" * 64] = b"not the file with that hash"
    verification = verify_package(assemble(sample_info(), members, other_signer))
    assert verification.signatures_valid and not verification.intact
    assert "does not hold the file its name promises" in " ".join(verification.problems)


def test_a_manifest_naming_another_signer(signer: Signer, other_signer: Signer) -> None:
    data = assemble(sample_info(), sample_members(), other_signer)
    raw = json.loads(dict(unzip(data))["manifest.json"])
    raw["signer"] = signer.fingerprint
    data = assemble(sample_info(), sample_members(), other_signer, manifest_bytes=json.dumps(raw).encode())
    assert "names a different signer" in failure(data)


@pytest.mark.parametrize(
    ("manifest", "message"),
    [
        (b"not json", "not a valid manifest"),
        (b"\xff\xfe{}", "not a valid manifest"),
        (b'{"format": "omnibus-response-package", "format": "x"}', "a key appears twice"),
        (b'{"size": 1.5}', "fractions or exponents"),
        (b"[" * 100000 + b"]" * 100000, "not a valid manifest|nested too deeply"),
        (b'{"format": "omnibus-response-package"}', "not a valid manifest"),
    ],
)
def test_a_signed_but_malformed_manifest(other_signer: Signer, manifest: bytes, message: str) -> None:
    with pytest.raises(PackageError, match=message):
        verify_package(assemble(sample_info(), sample_members(), other_signer, manifest_bytes=manifest))


def test_a_manifest_listing_a_forbidden_name(other_signer: Signer) -> None:
    data = assemble(sample_info(), sample_members(), other_signer)
    raw = json.loads(dict(unzip(data))["manifest.json"])
    raw["members"]["../x"] = {"sha256": "0" * 64, "size": 1}
    with pytest.raises(PackageError, match="cannot be listed as a member"):
        verify_package(assemble(sample_info(), sample_members(), other_signer, manifest_bytes=json.dumps(raw).encode()))


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "not a zip file"),
        (b"hello world", "not a zip file"),
        (b"%PDF-1.7\n", "not a zip file"),
        (b"age-encryption.org/v1\n-> X25519 abc\n", "encrypted with age"),
    ],
)
def test_non_packages_are_refused(data: bytes, message: str) -> None:
    with pytest.raises(PackageError, match=message):
        verify_package(data)


def test_truncated_packages_are_refused(package: bytes) -> None:
    for length in range(0, len(package), max(1, len(package) // 97)):
        with pytest.raises(PackageError, match=r"truncated|not a zip|damaged"):
            verify_package(package[:length])
    with pytest.raises(PackageError, match="truncated"):
        verify_package(package[:-1])


def test_appended_or_prepended_data_is_refused(package: bytes) -> None:
    with pytest.raises(PackageError, match="data appended"):
        verify_package(package + b"\0")
    with pytest.raises(PackageError, match="not a zip file"):
        verify_package(b"MZ" + package)


def test_a_questionnaire_file_altered_after_one_was_remembered_is_named(package: bytes) -> None:
    """After an intact package, a changed copy of its questionnaire file in the next one is found out."""
    name = "questionnaire/common-lists.yaml"
    assert verify_package(package).intact
    original = dict(unzip(package))[name]
    for altered in (original[:-1] + bytes([original[-1] ^ 1]), original + b"\n", original[:-1]):
        verification = verify_package(replace_member(package, name, altered))
        assert {m.name: m.status for m in verification.members}[name] == "altered"
    assert verify_package(replace_member(package, name, bytes(original))).intact  # an equal copy, not the same object
