"""The status icons stay readable on a selected row: the navigator highlights the section the respondent is in,
and its icon (mostly "partial" there) must not melt into the selection colour, whether the window has the focus
or not. What is measured is the icon as Qt draws it on a selected row (its `Selected` mode) laid over the
selection colour: enough of its shape must stand out from that colour as much as WCAG asks of graphics (3:1)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from omnibus.ui.app import prepare_qt
from omnibus.ui.icons import COMPLETE, FINAL, ISSUES, NOT_STARTED, PARTIAL, status_icon
from tests.ui.conftest import BuildApp, answer_choice, create_assessment

SIZE = 32
READABLE = 1 / 3  # of what the icon draws, standing out 3:1 from the selection colour
"""A white ring round each shape is about 45 % of it; tinted by Qt, the blue partial icon was 0 %, the grey circle
0 %, the green disc 13 % and the orange triangle 16 %."""


def luminance(color: QColor) -> float:
    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.03928 else ((channel + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(color.redF()) + 0.7152 * linear(color.greenF()) + 0.0722 * linear(color.blueF())


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def readable_share(icon: QIcon, mode: QIcon.Mode, ground: QColor) -> float:
    """The share of what the icon draws in `mode` that stands out 3:1 from `ground` when drawn over it."""
    shape = icon.pixmap(QSize(SIZE, SIZE), mode).toImage()
    drawn = QImage(shape.size(), QImage.Format.Format_ARGB32)
    drawn.fill(ground)
    painter = QPainter(drawn)
    painter.drawImage(0, 0, shape)
    painter.end()
    inside = [
        (x, y) for x in range(shape.width()) for y in range(shape.height()) if shape.pixelColor(x, y).alpha() > 128
    ]
    standing_out = sum(1 for x, y in inside if contrast(drawn.pixelColor(x, y), ground) >= 3)
    return standing_out / len(inside)


@pytest.mark.parametrize("status", [NOT_STARTED, PARTIAL, COMPLETE, FINAL, ISSUES])
@pytest.mark.parametrize("group", [QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive])
def test_every_status_icon_stands_out_from_the_selection_colour(
    qapp: QApplication, status: str, group: QPalette.ColorGroup
) -> None:
    prepare_qt(qapp)
    highlight = qapp.palette().color(group, QPalette.ColorRole.Highlight)
    share = readable_share(status_icon(status), QIcon.Mode.Selected, highlight)
    assert share >= READABLE, f"{status} on {highlight.name()}: {share:.0%} of it stands out"


def test_the_navigator_row_of_the_section_shown_carries_a_readable_partial_icon(
    qtbot: QtBot, build_app: BuildApp
) -> None:
    window = build_app()
    view = create_assessment(qtbot, window)
    first = view.page_keys[0]
    answer_choice(qtbot, view, "has_law", "no")
    assert view.controller.answered("has_law") and view.q.items["has_law"].section.id == first
    row = view.navigator.section_rows[first]
    assert row.isSelected() and view.navigator.tree.currentItem() is row
    assert row.icon(0).cacheKey() == status_icon(PARTIAL).cacheKey(), "the section is partly answered"
    highlight = view.navigator.tree.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
    assert readable_share(row.icon(0), QIcon.Mode.Selected, highlight) >= READABLE
