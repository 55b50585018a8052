"""The Secretariat counts what the State's package says was shown: relevance is read from the signed
`responses.json`, not worked out again, so its gap tables agree with the State's own report."""

from __future__ import annotations

from pathlib import Path

import msgspec

from omnibus.export import Signer
from omnibus.export.keys import format_fingerprint
from omnibus.export.manifest import RESPONSES, canonical_json
from omnibus.secretariat import trust
from omnibus.secretariat.collect import PackageFacts, collect
from omnibus.secretariat.db import open_session
from omnibus.secretariat.importer import Importer
from omnibus.secretariat.reference import State
from omnibus.secretariat.sample import build_sample_package, sample_questionnaire
from tests.secretariat.helpers import with_members

KENYA = State("KEN", "Kenya", "Africa", "Eastern Africa")


def counted(package: bytes, signer: Signer, folder: Path) -> PackageFacts:
    path = folder / "KEN.omnibus"
    path.write_bytes(package)
    with open_session(folder / "secretariat.db", write=True) as session:
        trust.trust_key(session, format_fingerprint(signer.fingerprint), "KEN", "test")
        (decision,) = Importer(session).import_files([path]).decisions
        assert decision.outcome == "accepted", decision
        (facts,) = collect(session).packages
    return facts


def test_an_indicator_the_package_says_was_hidden_is_not_counted(tmp_path: Path) -> None:
    signer = Signer.generate()
    base = build_sample_package(KENYA, signer, seed=3)
    indicators = {i for i, info in sample_questionnaire().items.items() if info.item.type == "indicator"}
    answered = {a.item_id for a in base.responses.answers if a.item_id in indicators and a.value is not None}
    hidden = sorted(answered & set(base.responses.relevant_items))[0]
    shown = tuple(i for i in base.responses.relevant_items if i != hidden)
    responses = canonical_json(msgspec.to_builtins(msgspec.structs.replace(base.responses, relevant_items=shown)))
    (tmp_path / "as-made").mkdir()
    (tmp_path / "hidden").mkdir()

    as_made = counted(base.data, signer, tmp_path / "as-made")
    with_hidden = counted(with_members(base, signer, **{RESPONSES: responses}), signer, tmp_path / "hidden")

    assert len(with_hidden.indicators) == len(as_made.indicators) - 1
