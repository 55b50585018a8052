"""A step of working together that fails for a reason the rest of the window meets too (a full disk, read-only
media, a refusal of the service) is said as the window says it, in the interface language; a refusal of working
together keeps its own sentence, and the core's words no translation covers stay whole, in their own direction."""

from __future__ import annotations

import re

from omnibus.model.collaboration import CollaborationRefused
from omnibus.model.messages import Msg
from omnibus.model.store import StorageError, Trouble
from omnibus.ui.bidi import isolated, left_to_right
from omnibus.ui.collaboration.refusal_text import as_sentence, collaboration_refusal, working_together_words
from omnibus.ui.path_text import readable_path
from omnibus.ui.ports import AssessmentFinal

ARABIC = re.compile("[\u0600-\u06ff]")


def test_a_step_of_working_together_says_the_windows_words_for_other_troubles(translations, tmp_path) -> None:
    database = tmp_path / "assessments.db"
    translations.install("fr")
    refusal = CollaborationRefused(Msg.SIGN_OFF_NAME)
    assert working_together_words(refusal, database) == collaboration_refusal(refusal)
    full = StorageError(f"the disk holding {database} is full", kind=Trouble.FULL)
    assert working_together_words(full, database).startswith("le disque contenant " + readable_path(database))
    unsaid = StorageError("a transaction is already open on the store")  # no trouble a respondent can act on
    assert working_together_words(unsaid, database) == isolated(str(unsaid))
    on_a_locked_stick = working_together_words(unsaid, database, read_only=True)
    assert on_a_locked_stick.startswith(readable_path(database) + " ne peut pas être modifié")
    assert on_a_locked_stick.endswith("« Ouvrir un autre fichier de base de données… » dans le menu Fichier")
    assert working_together_words(full, database, read_only=True).endswith(
        "(rien de ce qui était enregistré n’est perdu)"
    )
    assert (
        working_together_words(AssessmentFinal("final"), database)
        == "l’évaluation est définitive ; rouvrez-la pour la modifier"
    )
    translations.install("ar")
    assert ARABIC.search(working_together_words(full, database))


def test_words_become_a_sentence_of_their_own() -> None:
    assert as_sentence("the disk is full") == "The disk is full."
    assert as_sentence("Give the name.") == "Give the name."
    assert as_sentence("was it moved or removed?") == "Was it moved or removed?"
    assert as_sentence(left_to_right("/media/usb/a.db") + " cannot be written") == (
        left_to_right("/media/usb/a.db") + " cannot be written."
    )
    assert as_sentence("هل نُقل أو حُذف؟") == "هل نُقل أو حُذف؟"
