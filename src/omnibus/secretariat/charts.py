"""Charts as inline SVG text, drawn from the analysis tables (so they show the tables' numbers exactly).

Horizontal bars read well with long labels (the taxonomy's labels are whole sentences); labels are wrapped
and every string is XML-escaped. Colours come from a fixed palette, in the taxonomy's order.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from xml.sax.saxutils import escape

from omnibus.secretariat.analysis import Analysis
from omnibus.secretariat.labels import figure, words

PALETTE = ("#1f5f99", "#e08a1e", "#3b8f4a", "#b8403a", "#7b5ea7", "#8c6d3f", "#c45ca2", "#5f7c8a", "#9aa83a")
WIDTH = 640
LABEL_WIDTH = 250
LINE = 12
FONT = 'font-family="NotoSans, NotoNaskhArabic, NotoSansSC, sans-serif" font-size="9"'


def _label(x: int, y: float, text: str, width: int = 46, anchor: str = "end") -> tuple[str, int]:
    lines = textwrap.wrap(text, width) or [""]
    lines = [*lines[:3], "…"] if len(lines) > 4 else lines
    top = y - (len(lines) - 1) * LINE / 2
    spans = "".join(f'<tspan x="{x}" y="{top + n * LINE:.1f}">{escape(line)}</tspan>' for n, line in enumerate(lines))
    return f'<text {FONT} text-anchor="{anchor}" dominant-baseline="middle">{spans}</text>', len(lines)


def bar_chart(
    labels: Sequence[str],
    values: Sequence[float],
    colour: str = PALETTE[0],
    *,
    texts: Sequence[str] | None = None,
    top: float | None = None,
) -> str:
    """One bar per label, value printed at its end (or `texts`, the values as the language writes them);
    `top`: the value of a full bar (the largest value when None)."""
    row = 40
    height = max(1, len(labels)) * row + 10
    top = top or max(values, default=0) or 1
    shown = texts if texts is not None else [str(v) for v in values]
    span = WIDTH - LABEL_WIDTH - 60
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" width="100%">']
    for n, (label, value, text_value) in enumerate(zip(labels, values, shown, strict=True)):
        y = 5 + n * row
        width = span * value / top
        text, _ = _label(LABEL_WIDTH - 8, y + row / 2, label)
        parts.append(text)
        parts.append(f'<rect x="{LABEL_WIDTH}" y="{y + 8}" width="{width:.1f}" height="{row - 16}" fill="{colour}"/>')
        end = LABEL_WIDTH + width + 4
        parts.append(
            f'<text {FONT} x="{end:.1f}" y="{y + row / 2}" dominant-baseline="middle">{escape(text_value)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def stacked_chart(categories: Sequence[str], series: Sequence[tuple[str, Sequence[int]]]) -> str:
    """One bar per category, stacked by series (in legend order), with the total at its end and a legend."""
    row = 36
    totals = [sum(values[n] for _, values in series) for n in range(len(categories))]
    top = max(totals, default=0) or 1
    span = WIDTH - LABEL_WIDTH - 50
    legend_rows = (len(series) + 1) // 2
    height = len(categories) * row + 20 + legend_rows * 28
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" width="100%">']
    for n, category in enumerate(categories):
        y = 5 + n * row
        text, _ = _label(LABEL_WIDTH - 8, y + row / 2, category)
        parts.append(text)
        x = float(LABEL_WIDTH)
        for k, (_, values) in enumerate(series):
            width = span * values[n] / top
            if width > 0:
                colour = PALETTE[k % len(PALETTE)]
                parts.append(f'<rect x="{x:.1f}" y="{y + 7}" width="{width:.1f}" height="{row - 14}" fill="{colour}"/>')
            x += width
        parts.append(f'<text {FONT} x="{x + 4:.1f}" y="{y + row / 2}" dominant-baseline="middle">{totals[n]}</text>')
    base = len(categories) * row + 20
    for k, (name, _) in enumerate(series):
        x, y = 10 + (k % 2) * (WIDTH // 2), base + (k // 2) * 28
        parts.append(f'<rect x="{x}" y="{y}" width="10" height="10" fill="{PALETTE[k % len(PALETTE)]}"/>')
        text, _ = _label(x + 16, y + 5, name, width=52, anchor="start")
        parts.append(text)
    parts.append("</svg>")
    return "".join(parts)


def figures(analysis: Analysis) -> list[tuple[str, str]]:
    """(caption, svg) of figures 1 to 3 of the Secretariat's overview, from the analysis tables, in its language."""
    w = words(analysis.lang)
    by_type = analysis.table("needs_by_type")
    found = []
    if by_type.rows:
        found.append(
            (
                w["figure.by_type"],
                bar_chart([str(r[1]) for r in by_type.rows], [int(r[2]) for r in by_type.rows]),
            )
        )
    legal = [r for r in analysis.table("needs_by_subtype").rows if r[0] == "legal"]
    if legal:
        found.append(
            (
                w["figure.legal"],
                bar_chart([str(r[2]) for r in legal], [int(r[3]) for r in legal], PALETTE[1]),
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
                stacked_chart([title for _, _, title in areas], series),
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
    return [(w["figure.by_region"], bar_chart(labels, rates, PALETTE[2], texts=texts, top=100.0))]
