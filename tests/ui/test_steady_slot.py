"""A control shown and hidden in a SteadySlot lays out nothing around it, yet gets the room a new text needs."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from omnibus.ui.steady_slot import SteadySlot
from tests.ui.test_save_layout import LayoutRequests


def _slot_in_a_page(qtbot) -> tuple[QWidget, SteadySlot, QPushButton]:
    page = QWidget()
    column = QVBoxLayout(page)
    button = QPushButton("Clear")
    button.hide()
    slot = SteadySlot(button)
    column.addWidget(QLabel("A question"))
    column.addWidget(slot)
    column.addWidget(QLabel("The next question"))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    qtbot.wait(20)  # laid out
    return page, slot, button


def test_showing_and_hiding_lay_out_nothing_around_it(qtbot):
    page, slot, button = _slot_in_a_page(qtbot)
    requests = LayoutRequests()
    page.installEventFilter(requests)
    size = slot.size()

    button.show()
    qtbot.wait(20)  # the posted layout requests are handled
    assert button.isVisible() and button.size() == button.sizeHint()
    button.hide()
    qtbot.wait(20)

    assert requests.count == 0
    assert slot.size() == size


def test_a_longer_text_gets_its_room_even_while_hidden(qtbot):
    _page, slot, button = _slot_in_a_page(qtbot)
    button.setText("Effacer la réponse, un texte bien plus long")
    qtbot.waitUntil(lambda: slot.width() >= button.sizeHint().width())
    button.show()
    qtbot.waitUntil(button.isVisible)
    assert button.size() == button.sizeHint()
