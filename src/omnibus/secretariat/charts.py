"""Charts as HTML boxes, drawn from the analysis tables (so they show the tables' numbers exactly).

A bar is a coloured box whose width is its share of the longest bar; its label and its number are text of the
page, laid out by WeasyPrint like every paragraph: Arabic letters joined and in reading order, long labels
wrapped. (WeasyPrint draws SVG text one letter at a time, which left Arabic labels unjoined and left to right.)
Colours come from a fixed palette, in the taxonomy's order. The page's direction mirrors the charts in Arabic,
as an Arabic reader expects: labels on the right, bars growing leftwards, stacks and legend from the right.
"""

from __future__ import annotations

from collections.abc import Sequence

from markupsafe import Markup

from omnibus.secretariat.analysis import Analysis
from omnibus.secretariat.labels import figure, words

PALETTE = ("#1f5f99", "#e08a1e", "#3b8f4a", "#b8403a", "#7b5ea7", "#8c6d3f", "#c45ca2", "#5f7c8a", "#9aa83a")
LONGEST = 85.0
"""Width of the longest bar, in per cent of the space beside the labels (the rest is for its number)."""


def _boxes(parts: Sequence[tuple[float, str]], top: float) -> Markup:
    """Boxes side by side, each `value` wide on a scale where `top` fills `LONGEST` per cent."""
    return Markup("").join(
        Markup('<span class="bar" style="width: {:.2f}%; background: {}"></span>').format(LONGEST * value / top, colour)
        for value, colour in parts
        if value > 0
    )


def _row(label: str, boxes: Markup, number: str) -> Markup:
    return Markup('<tr><th class="label">{}</th><td class="bars">{}<span class="value">{}</span></td></tr>').format(
        label, boxes, number
    )


def bar_chart(
    labels: Sequence[str],
    values: Sequence[float],
    colour: str = PALETTE[0],
    *,
    texts: Sequence[str] | None = None,
    top: float | None = None,
) -> Markup:
    """One bar per label, its value written at its end (or `texts`, the values as the language writes them);
    `top`: the value of the longest possible bar (the largest value when None)."""
    top = top or max(values, default=0) or 1
    shown = texts if texts is not None else [str(v) for v in values]
    rows = (
        _row(label, _boxes([(value, colour)], top), text)
        for label, value, text in zip(labels, values, shown, strict=True)
    )
    return Markup('<table class="chart">{}</table>').format(Markup("").join(rows))


def stacked_chart(categories: Sequence[str], series: Sequence[tuple[str, Sequence[int]]]) -> Markup:
    """One bar per category, stacked by series (in legend order), with the total at its end, and a legend."""
    colours = [PALETTE[k % len(PALETTE)] for k in range(len(series))]
    totals = [sum(values[n] for _, values in series) for n in range(len(categories))]
    top = max(totals, default=0) or 1
    rows = (
        _row(
            category,
            _boxes([(values[n], colour) for (_, values), colour in zip(series, colours, strict=True)], top),
            str(total),
        )
        for n, (category, total) in enumerate(zip(categories, totals, strict=True))
    )
    legend = Markup("").join(
        Markup('<li><span class="swatch" style="background: {}"></span>{}</li>').format(colour, name)
        for (name, _), colour in zip(series, colours, strict=True)
    )
    return Markup('<table class="chart">{}</table><ul class="legend">{}</ul>').format(Markup("").join(rows), legend)


def figures(analysis: Analysis) -> list[tuple[str, Markup]]:
    """(caption, chart) of figures 1 to 3 of the Secretariat's overview, from the analysis tables, in its language."""
    w = words(analysis.lang)
    by_type = analysis.table("needs_by_type")
    found = []
    if by_type.rows:
        labels = [str(r[1]) for r in by_type.rows]
        found.append((w["figure.by_type"], bar_chart(labels, [int(r[2]) for r in by_type.rows])))
    legal = [r for r in analysis.table("needs_by_subtype").rows if r[0] == "legal"]
    if legal:
        found.append((w["figure.legal"], bar_chart([str(r[2]) for r in legal], [int(r[3]) for r in legal], PALETTE[1])))
    area = analysis.table("needs_by_area").rows
    if area:
        areas = list(dict.fromkeys((str(r[0]), str(r[1]), str(r[2])) for r in area))
        types = [(str(r[0]), str(r[1])) for r in by_type.rows]
        counts = {(str(r[0]), str(r[1]), str(r[3])): int(r[5]) for r in area}
        series = [(label, [counts.get((q, a, code), 0) for q, a, _ in areas]) for code, label in types]
        found.append((w["figure.by_area"], stacked_chart([title for _, _, title in areas], series)))
    return found


def region_figures(analysis: Analysis) -> list[tuple[str, Markup]]:
    """(caption, chart) of the response rates by M49 region, one bar per region and cycle, from the rates table."""
    w = words(analysis.lang)
    rows = [r for r in analysis.table("response_rates_by_region").rows if r[0] == w["level.region"]]
    if not rows:
        return []
    labels = [w["figure.region_bar"].format(region=r[1], cycle=r[2]) for r in rows]
    rates = [float(r[5]) for r in rows]
    texts = [f"{figure(r[5], analysis.lang)} %" for r in rows]
    return [(w["figure.by_region"], bar_chart(labels, rates, PALETTE[2], texts=texts, top=100.0))]
