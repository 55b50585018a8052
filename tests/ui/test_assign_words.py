"""File › Assign to institutions… says in the official's language why the assignment file was not written: not
the key store's English sentence in a French window (it stays in the tooltip, for whoever helps)."""

from __future__ import annotations

from omnibus.export.keys import KeyStore
from omnibus.installation import installation_id
from omnibus.ui.collaboration.assign_dialog import AssignDialog
from tests.ui.conftest import create_assessment
from tests.ui.test_collaboration_window import PASSPHRASE, write_first_section


def test_a_damaged_signing_key_is_said_in_french_and_records_nothing(qtbot, build_app, tmp_path) -> None:
    window = build_app("fr")
    view = create_assessment(qtbot, window)
    service, aid, hand_in = window.ctx.session.service, view.controller.id, window.ctx.hand_in
    hand_in.signer(PASSPHRASE)  # this computer's key is made, then damaged
    KeyStore(hand_in.home / "keys", installation=installation_id()).private_path.write_bytes(b"not a key at all")
    database = window.ctx.session.path
    dialog = AssignDialog(service, aid, view.controller.questionnaire, "fr", hand_in, database=database)
    qtbot.addWidget(dialog)
    write_first_section(qtbot, dialog, tmp_path)
    assert dialog.problem.text() == (
        "Le fichier de mission n'a pas été enregistré : la clé de signature de cet ordinateur est absente ou "
        "endommagée, ou ne peut pas être utilisée"
    )
    assert "private key" in dialog.problem.toolTip(), "the key store's own words, for whoever helps"
    assert service.assignments(aid) == [] and not list(tmp_path.glob("*.omnibus-assignment"))
