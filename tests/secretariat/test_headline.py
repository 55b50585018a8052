"""The summary sentences: what they say about the needs must be what the needs table says."""

from __future__ import annotations

from omnibus.secretariat.analysis import Table
from omnibus.secretariat.headline import headline

COLUMNS = ("type", "label", "requests", "share_percent", "states")


def _tables(needs: list[tuple[str, str, int, float, int]]) -> dict[str, Table]:
    empty = {
        name: Table(name, name, (), ())
        for name in ("response_rates_by_instrument", "reporting_assistance", "general_requests", "non_responding")
    }
    return {**empty, "needs_by_type": Table("needs_by_type", "", COLUMNS, tuple(needs))}


def _needs_sentence(needs: list[tuple[str, str, int, float, int]]) -> str:
    lines = headline(_tables(needs), "States", 3, 3, 0, "en")
    return next(line for line in lines if line.startswith("The areas"))


def test_areas_as_much_needed_as_the_fourth_are_named_too() -> None:
    """Seven types, the last five equally asked for: naming two of the five as "most needed" and not the others
    would publish a ranking the figures do not make."""
    needs = [
        ("data", "Data collection and analysis", 2, 22.2, 2),
        ("training", "Training/capacity-building", 2, 22.2, 2),
        ("advocacy_strategy", "Advocacy", 1, 11.1, 1),
        ("cooperation", "Cooperation", 1, 11.1, 1),
        ("legal", "Legal assistance", 1, 11.1, 1),
        ("resources", "Resources", 1, 11.1, 1),
        ("victims", "Victims", 1, 11.1, 1),
    ]
    sentence = _needs_sentence(needs)
    assert all(f"{label[0].lower()}{label[1:]} (" in sentence for _, label, *_ in needs), sentence


def test_the_four_most_needed_areas_when_the_fifth_is_less_needed() -> None:
    needs = [
        ("training", "Training", 5, 38.5, 5),
        ("legal", "Legal assistance", 3, 23.1, 3),
        ("data", "Data", 2, 15.4, 2),
        ("victims", "Victims", 2, 15.4, 2),
        ("resources", "Resources", 1, 7.7, 1),
    ]
    assert _needs_sentence(needs) == (
        "The areas where technical assistance is most needed are the following: training (38.5 per cent), "
        "legal assistance (23.1 per cent), data (15.4 per cent), victims (15.4 per cent)."
    )
