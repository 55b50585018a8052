"""Charts as inline SVG text, drawn from the analysis tables (so they show the tables' numbers exactly).

Horizontal bars read well with long labels (the taxonomy's labels are whole sentences); labels are wrapped
and every string is XML-escaped. Colours come from a fixed palette, in the taxonomy's order. In Arabic the charts
are mirrored, as an Arabic reader expects: labels on the right, bars growing leftwards, the legend from the right.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from xml.sax.saxutils import escape

from omnibus.model.text import RIGHT_TO_LEFT
from omnibus.secretariat.analysis import Analysis
from omnibus.secretariat.labels import figure, words

PALETTE = ("#1f5f99", "#e08a1e", "#3b8f4a", "#b8403a", "#7b5ea7", "#8c6d3f", "#c45ca2", "#5f7c8a", "#9aa83a")
WIDTH = 640
LABEL_WIDTH = 250
LINE = 12
FONT = 'font-family="NotoSans, NotoNaskhArabic, NotoSansSC, sans-serif" font-size="9"'


class _Page:
    """Where things go across a chart: as laid out left to right, or mirrored for a right-to-left language, so
    that an Arabic reader finds the labels on the right and the bars growing leftwards from them."""

    def __init__(self, rtl: bool) -> None:
        self.rtl = rtl

    def x(self, left: float, width: float = 0.0) -> float:
        """The left edge of something `width` wide whose left edge is `left` in the left-to-right layout."""
        return WIDTH - left - width if self.rtl else left

    def anchor(self, anchor: str) -> str:
        return {"start": "end", "end": "start"}[anchor] if self.rtl else anchor


def _label(page: _Page, x: float, y: float, text: str, width: int = 46, anchor: str = "end") -> str:
    lines = textwrap.wrap(text, width) or [""]
    lines = [*lines[:3], "…"] if len(lines) > 4 else lines
    top = y - (len(lines) - 1) * LINE / 2
    at = page.x(x)
    spans = "".join(
        f'<tspan x="{at:.1f}" y="{top + n * LINE:.1f}">{escape(line)}</tspan>' for n, line in enumerate(lines)
    )
    return f'<text {FONT} text-anchor="{page.anchor(anchor)}" dominant-baseline="middle">{spans}</text>'


def _bar(page: _Page, left: float, y: float, width: float, height: float, colour: str) -> str:
    return f'<rect x="{page.x(left, width):.1f}" y="{y}" width="{width:.1f}" height="{height}" fill="{colour}"/>'


def _figure(page: _Page, x: float, y: float, text: str) -> str:
    """A bar's number (as the language writes it), just past its end."""
    anchor = page.anchor("start")
    at = page.x(x)
    return f'<text {FONT} x="{at:.1f}" y="{y}" text-anchor="{anchor}" dominant-baseline="middle">{escape(text)}</text>'


def bar_chart(
    labels: Sequence[str],
    values: Sequence[float],
    colour: str = PALETTE[0],
    *,
    texts: Sequence[str] | None = None,
    top: float | None = None,
    rtl: bool = False,
) -> str:
    """One bar per label, value printed at its end (or `texts`, the values as the language writes them);
    `top`: the value of a full bar (the largest value when None); mirrored when `rtl`."""
    page = _Page(rtl)
    row = 40
    height = max(1, len(labels)) * row + 10
    top = top or max(values, default=0) or 1
    shown = texts if texts is not None else [str(v) for v in values]
    span = WIDTH - LABEL_WIDTH - 60
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" width="100%">']
    for n, (label, value, text_value) in enumerate(zip(labels, values, shown, strict=True)):
        y = 5 + n * row
        width = span * value / top
        parts.append(_label(page, LABEL_WIDTH - 8, y + row / 2, label))
        parts.append(_bar(page, LABEL_WIDTH, y + 8, width, row - 16, colour))
        parts.append(_figure(page, LABEL_WIDTH + width + 4, y + row / 2, text_value))
    parts.append("</svg>")
    return "".join(parts)


def stacked_chart(categories: Sequence[str], series: Sequence[tuple[str, Sequence[int]]], *, rtl: bool = False) -> str:
    """One bar per category, stacked by series (in legend order), with the total at its end and a legend;
    mirrored when `rtl` (the first series and the first legend entry on the right)."""
    page = _Page(rtl)
    row = 36
    totals = [sum(values[n] for _, values in series) for n in range(len(categories))]
    top = max(totals, default=0) or 1
    span = WIDTH - LABEL_WIDTH - 50
    legend_rows = (len(series) + 1) // 2
    height = len(categories) * row + 20 + legend_rows * 28
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" width="100%">']
    for n, category in enumerate(categories):
        y = 5 + n * row
        parts.append(_label(page, LABEL_WIDTH - 8, y + row / 2, category))
        x = float(LABEL_WIDTH)
        for k, (_, values) in enumerate(series):
            width = span * values[n] / top
            if width > 0:
                parts.append(_bar(page, x, y + 7, width, row - 14, PALETTE[k % len(PALETTE)]))
            x += width
        parts.append(_figure(page, x + 4, y + row / 2, str(totals[n])))
    base = len(categories) * row + 20
    for k, (name, _) in enumerate(series):
        x, y = 10 + (k % 2) * (WIDTH // 2), base + (k // 2) * 28
        parts.append(_bar(page, x, y, 10, 10, PALETTE[k % len(PALETTE)]))
        parts.append(_label(page, x + 16, y + 5, name, width=52, anchor="start"))
    parts.append("</svg>")
    return "".join(parts)


def figures(analysis: Analysis) -> list[tuple[str, str]]:
    """(caption, svg) of figures 1 to 3 of the Secretariat's overview, from the analysis tables, in its language."""
    w = words(analysis.lang)
    rtl = analysis.lang.split("-")[0] in RIGHT_TO_LEFT
    by_type = analysis.table("needs_by_type")
    found = []
    if by_type.rows:
        found.append(
            (
                w["figure.by_type"],
                bar_chart([str(r[1]) for r in by_type.rows], [int(r[2]) for r in by_type.rows], rtl=rtl),
            )
        )
    legal = [r for r in analysis.table("needs_by_subtype").rows if r[0] == "legal"]
    if legal:
        found.append(
            (
                w["figure.legal"],
                bar_chart([str(r[2]) for r in legal], [int(r[3]) for r in legal], PALETTE[1], rtl=rtl),
            )
        )
    area = analysis.table("needs_by_area").rows
    if area:
        areas = list(dict.fromkeys((str(r[0]), str(r[1]), str(r[2])) for r in area))
        types = [(str(r[0]), str(r[1])) for r in by_type.rows]
        counts = {(str(r[0]), str(r[1]), str(r[3])): int(r[5]) for r in area}
        series = [(label, [counts.get((q, a, code), 0) for q, a, _ in areas]) for code, label in types]
        found.append(
            (
                w["figure.by_area"],
                stacked_chart([title for _, _, title in areas], series, rtl=rtl),
            )
        )
    return found


def region_figures(analysis: Analysis) -> list[tuple[str, str]]:
    """(caption, svg) of the response rates by M49 region, one bar per region and cycle, from the rates table."""
    w = words(analysis.lang)
    rows = [r for r in analysis.table("response_rates_by_region").rows if r[0] == w["level.region"]]
    if not rows:
        return []
    labels = [w["figure.region_bar"].format(region=r[1], cycle=r[2]) for r in rows]
    rates = [float(r[5]) for r in rows]
    texts = [f"{figure(r[5], analysis.lang)} %" for r in rows]
    rtl = analysis.lang.split("-")[0] in RIGHT_TO_LEFT
    return [(w["figure.by_region"], bar_chart(labels, rates, PALETTE[2], texts=texts, top=100.0, rtl=rtl))]
