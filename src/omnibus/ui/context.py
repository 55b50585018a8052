"""Everything the application is made of, created once at start and passed in (no hidden singletons).

The core (store, service, questionnaires) is heavy to import and open, so the window is shown first and
`Startup.run` does that work on a worker thread; `catalogue` and `session` are set when it has finished.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from omnibus import collector
from omnibus.ui.i18n import Translations
from omnibus.ui.settings import Settings
from omnibus.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from omnibus.model.catalogue import Catalogue
    from omnibus.model.questionnaire import Questionnaire
    from omnibus.ui.hand_in import HandIn
    from omnibus.ui.session import DatabaseSession


@dataclass
class Startup:
    """What to open: a database (with a fallback when the remembered file is gone) and the questionnaires."""

    database: Path
    fallback: Path
    catalogue: Catalogue | None = None

    def run(self, _report: Any = None) -> tuple[Catalogue, DatabaseSession]:
        from omnibus.model.catalogue import Catalogue
        from omnibus.model.store import DatabaseDamaged, DatabaseGone, StorageError
        from omnibus.ui.session import open_session

        catalogue = self.catalogue or Catalogue.bundled()
        try:
            session = open_session(self.database, catalogue)
        except StorageError as error:
            if self.database == self.fallback or isinstance(error, DatabaseDamaged | DatabaseGone):
                raise  # a damaged or lost database is said (with its backups), not silently replaced
            session = open_session(self.fallback, catalogue)  # the remembered file is gone (a USB stick unplugged)
        import omnibus.ui.start.start_page  # noqa: F401 - warm the imports the start screen needs

        collector.set_aside()
        return catalogue, session

    def load_questionnaires(self, catalogue: Catalogue) -> list[Questionnaire]:
        """Load the bundled questionnaires for the start screen's form (the start screen is already shown)."""
        questionnaires = catalogue.all()
        collector.set_aside()
        return questionnaires

    def warm(self, _report: Any = None) -> None:
        """Import the assessment screens while the respondent reads the start screen, once its form is filled:
        opening an assessment then does not wait for them, and filling the form did not either."""
        import omnibus.ui.assessment.view  # noqa: F401

        collector.set_aside()


@dataclass
class AppContext:
    data_home: Path
    settings: Settings
    translations: Translations
    startup: Startup
    tasks: TaskRunner = field(default_factory=TaskRunner)
    hand_in: HandIn | None = None
    catalogue: Catalogue | None = None
    session: DatabaseSession | None = None

    def open_session(self, path: Path) -> DatabaseSession:
        from omnibus.ui.session import open_session

        assert self.catalogue is not None
        return open_session(path, self.catalogue)
