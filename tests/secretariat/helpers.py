"""Building the odd packages a Secretariat inbox receives: tampered, unsigned, re-signed, encrypted."""

from __future__ import annotations

import io
import zipfile
from datetime import timedelta

import pyrage

from omnibus.export import Signer, build_package
from omnibus.export.manifest import REPORT, RESPONSES
from omnibus.secretariat.sample import SamplePackage, build_sample_package, sample_questionnaire


def unzip(data: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return [(info.filename, archive.read(info)) for info in archive.infolist()]


def rezip(entries: list[tuple[str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries:
            archive.writestr(zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0)), data)
    return buffer.getvalue()


def tampered(data: bytes) -> bytes:
    """Flip one byte of responses.json and zip again."""
    entries = []
    for name, content in unzip(data):
        if name == RESPONSES:
            middle = len(content) // 2
            content = content[:middle] + bytes([content[middle] ^ 0x01]) + content[middle + 1 :]
        entries.append((name, content))
    return rezip(entries)


def unsigned(data: bytes) -> bytes:
    return rezip([(name, content) for name, content in unzip(data) if name != "manifest.sig"])


def resubmission(
    base: SamplePackage, seed: int, *, days: float, variant: int, signer: Signer | None = None
) -> SamplePackage:
    """Another package for the same country, questionnaire and cycle, `days` later (or earlier)."""
    return build_sample_package(
        base.state,
        signer or base.signer,
        seed,
        created=base.info.created + timedelta(days=days),
        variant=variant,
    )


def encrypted(data: bytes) -> tuple[bytes, pyrage.x25519.Identity]:
    identity = pyrage.x25519.Identity.generate()
    return bytes(pyrage.encrypt(data, [identity.to_public()])), identity


def with_members(base: SamplePackage, signer: Signer, **replace: bytes) -> bytes:
    """Re-sign `base`'s members with some replaced (a validly signed package with odd contents)."""
    members = {
        name: content
        for name, content in unzip(base.data)
        if name in (RESPONSES, REPORT) or name.startswith("questionnaire/")
    }
    members.update({name.replace("__", "/"): content for name, content in replace.items()})
    return build_package(base.info, members, signer)


def unknown_questionnaire(base: SamplePackage) -> bytes:
    """A package answering an edited copy of the questionnaire (another digest the Secretariat does not know)."""
    q = sample_questionnaire()
    main = next(name for name, _ in unzip(base.data) if name.endswith(f"{q.id}.yaml"))
    edited = dict(unzip(base.data))[main].replace(b'version: "1.0"', b'version: "1.0-local"', 1)
    from omnibus.export.manifest import QuestionnaireRef
    from omnibus.model.loader import load_questionnaire_bytes

    members = {
        name: content
        for name, content in unzip(base.data)
        if name in (RESPONSES, REPORT) or name.startswith("questionnaire/")
    }
    members[main] = edited
    files = {name.split("/", 1)[1]: content for name, content in members.items() if name.startswith("questionnaire/")}
    loaded = load_questionnaire_bytes(edited, main.split("/", 1)[1], files.get)
    ref = QuestionnaireRef(id=loaded.id, version=loaded.version, sha256=loaded.content_hash)
    return build_package(base.info.model_copy(update={"questionnaire": ref}), members, base.signer)
