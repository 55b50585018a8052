"""Status icons drawn at run time (no image files to bundle): not started, partial, complete, has issues, and
nothing to answer yet (a section none of whose questions applies with the answers given so far).

Each icon carries a second drawing for a selected row (`QIcon.Mode.Selected`), with a white halo behind the
shape. Without it Qt tints the icon with the selection colour, and the partial icon, drawn in the same blue as
the selection, vanished from the highlighted row of the navigator, which is the section the respondent is in.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

NOT_STARTED, PARTIAL, COMPLETE, ISSUES, FINAL = "not_started", "partial", "complete", "issues", "final"
NOT_APPLICABLE = "not_applicable"
GREY, BLUE, GREEN, ORANGE = QColor("#8a8f98"), QColor("#2f6db5"), QColor("#2e7d32"), QColor("#c75c00")
WHITE, LIGHT_GREY, SLATE = QColor("white"), QColor("#d0d4da"), QColor("#5b6470")


def _triangle(s: float) -> QPainterPath:
    path = QPainterPath()
    path.moveTo(s * 0.5, s * 0.1)
    path.lineTo(s * 0.92, s * 0.88)
    path.lineTo(s * 0.08, s * 0.88)
    path.closeSubpath()
    return path


def _halo(painter: QPainter, status: str, s: float) -> None:
    """A white ground a little larger than the shape: it reads on any selection colour, light or dark."""
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(WHITE)
    if status in (NOT_STARTED, PARTIAL, COMPLETE, FINAL, NOT_APPLICABLE):
        painter.drawEllipse(QRectF(s * 0.02, s * 0.02, s * 0.96, s * 0.96))
    else:
        pen = QPen(WHITE, s * 0.16)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.drawPath(_triangle(s))


def _shape(painter: QPainter, status: str, s: float) -> None:
    box = QRectF(s * 0.12, s * 0.12, s * 0.76, s * 0.76)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if status == NOT_STARTED:
        painter.setPen(QPen(GREY, s * 0.09))
        painter.drawEllipse(box)
    elif status == PARTIAL:
        painter.setPen(QPen(BLUE, s * 0.09))
        painter.drawEllipse(box)
        path = QPainterPath()
        path.moveTo(box.center())
        path.arcTo(box, 90, 180)
        path.closeSubpath()
        painter.fillPath(path, BLUE)
    elif status == NOT_APPLICABLE:  # quiet: a grey disc with a dash, nothing to do here yet
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(LIGHT_GREY)
        painter.drawEllipse(box)
        dash = QPen(SLATE, s * 0.1)
        dash.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(dash)
        painter.drawLine(QPointF(s * 0.32, s * 0.5), QPointF(s * 0.68, s * 0.5))
    elif status in (COMPLETE, FINAL):
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(GREEN)
        painter.drawEllipse(box)
        painter.setPen(QPen(WHITE, s * 0.1))
        painter.drawPolyline([QPointF(s * 0.32, s * 0.52), QPointF(s * 0.45, s * 0.65), QPointF(s * 0.68, s * 0.37)])
    else:  # issues: an orange triangle with an exclamation mark
        painter.fillPath(_triangle(s), ORANGE)
        painter.setPen(QPen(WHITE, s * 0.1))
        painter.drawLine(QPointF(s * 0.5, s * 0.36), QPointF(s * 0.5, s * 0.62))
        painter.drawPoint(QPointF(s * 0.5, s * 0.76))


def _pixmap(status: str, size: int, selected: bool) -> QPixmap:
    pixmap = QPixmap(size * 2, size * 2)  # drawn at twice the size: crisp on high-density screens
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if selected:
        _halo(painter, status, size * 2)
    _shape(painter, status, size * 2)
    painter.end()
    return pixmap


@cache
def status_icon(status: str, size: int = 16) -> QIcon:
    icon = QIcon(_pixmap(status, size, selected=False))
    icon.addPixmap(_pixmap(status, size, selected=True), QIcon.Mode.Selected)
    return icon
