"""Screenshots of the desktop application at 1366×768, in English and Arabic, for the docs and for review.

    python -m omnibus.tools.screenshots docs/screenshots

Builds the application on a temporary data folder (nothing of the user's is touched), starts an assessment of the
bundled workshop questionnaire (it uses every item type), answers a few questions, and saves a PNG of the start
screen, every section page and the review page.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

SIZE = (1366, 768)
QUESTIONNAIRE = "workshop-demo"


def _settle(app: object, rounds: int = 20) -> None:
    """Let the event loop run a little (never a tight processEvents loop: see bench/bench_ui.py)."""
    for _ in range(rounds):
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.005)


def _answer_some(view: object) -> None:
    c = view.controller  # type: ignore[attr-defined]
    q = c.questionnaire
    for item_id, info in q.items.items():
        kind = info.item.type
        if kind == "indicator":
            c.set_value(item_id, "partially")
        elif kind in ("yes_no", "yes_no_partial"):
            c.set_value(item_id, "yes")
        elif kind == "text":
            c.set_value(item_id, "National Police Academy")
        elif kind == "integer":
            c.set_value(item_id, 120)
        elif kind == "legislation":
            c.set_value(item_id, [{"title": "Penal Code", "article": "Art. 5", "date": "2015-06-01"}])
    view.pages.clear()  # type: ignore[attr-defined]


def take(folder: Path, lang: str, home: Path) -> list[Path]:
    from PySide6.QtWidgets import QApplication

    from omnibus.model.catalogue import Catalogue
    from omnibus.ui.app import build_application

    app = QApplication.instance()
    window = build_application(home, catalogue=Catalogue.bundled(), language=lang)
    window.resize(*SIZE)
    window.show()
    while window.questionnaires is None:
        _settle(app, 1)
    written: list[Path] = []

    def shot(name: str) -> None:
        _settle(app)
        path = folder / f"{name}-{lang}.png"
        window.grab().save(str(path))
        written.append(path)

    start = window.start_page
    assert start is not None
    form = start.form
    form.questionnaire.setCurrentIndex(next(n for n, q in enumerate(form.questionnaires) if q.id == QUESTIONNAIRE))
    form.country.setCurrentIndex(form.country.findData("KEN"))
    form.institution.setText("Ministry of Justice" if lang == "en" else "وزارة العدل")
    shot("start")
    if window.view is None:
        form.submit()
        while window.view is None:
            _settle(app, 1)
        _answer_some(window.view)
    else:
        window.open_assessment(window.view.controller.id)
    view = window.view
    assert view is not None
    for index, key in enumerate(view.page_keys):
        view.show_page(index)
        if key in view.section_index:
            view.section_page(key).ensure_built()
        shot(f"page-{index + 1:02d}-{key}")
    window.close()
    return written


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    folder = Path(args[0] if args else "docs/screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from omnibus.ui.app import prepare_qt

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    prepare_qt(app)
    with tempfile.TemporaryDirectory(prefix="omnibus-shots-") as temp:
        home = Path(temp)
        os.environ["OMNIBUS_HOME"] = str(home)
        written = [*take(folder, "en", home / "en"), *take(folder, "ar", home / "ar")]
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
