"""The wrapping layout of choice buttons: rows wrap at the width given, mirror in right-to-left, and the height it
remembers for a width is forgotten whenever a button is hidden, shown or relabelled."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QPushButton, QWidget

from omnibus.ui.flow import FlowLayout


def _holder(qtbot, labels):
    holder = QWidget()
    qtbot.addWidget(holder)
    flow = FlowLayout(holder)
    buttons = [QPushButton(text) for text in labels]
    for button in buttons:
        flow.addWidget(button)
    return holder, flow, buttons


def test_rows_wrap_when_narrow(qtbot):
    _holder_widget, flow, buttons = _holder(qtbot, ["Yes", "No", "Partially", "Unknown"])
    row = buttons[0].sizeHint().height()
    wide = sum(b.sizeHint().width() for b in buttons) * 4
    assert flow.heightForWidth(wide) == row
    assert flow.heightForWidth(buttons[2].sizeHint().width() + 1) > 3 * row


def test_height_follows_hidden_shown_and_relabelled_buttons(qtbot):
    holder, flow, buttons = _holder(qtbot, ["Yes", "No", "Partially"])
    holder.show()
    width = buttons[0].sizeHint().width() + buttons[1].sizeHint().width() + 30
    two_rows = flow.heightForWidth(width)
    assert flow.heightForWidth(width) == two_rows  # remembered
    buttons[2].hide()
    assert flow.heightForWidth(width) < two_rows
    buttons[2].show()
    assert flow.heightForWidth(width) == two_rows
    buttons[1].setText("A much, much longer label than before, wider than the row")
    assert flow.heightForWidth(width) > two_rows  # Yes / the long one / Partially


def test_right_to_left_places_the_first_button_on_the_right(qtbot):
    holder, flow, buttons = _holder(qtbot, ["Yes", "No"])
    holder.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    flow.setGeometry(QRect(0, 0, 400, 40))
    assert buttons[0].geometry().right() == 399
    assert buttons[1].geometry().right() < buttons[0].geometry().left()
    holder.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    flow.setGeometry(QRect(0, 0, 400, 40))
    assert buttons[0].geometry().left() == 0
