"""The trust rules, decided from the keys in memory, for every kind of key a package can be signed with."""

from __future__ import annotations

import pytest

from omnibus.secretariat.trust import KeyEntry, TrustIndex

A, B, C = "a" * 64, "b" * 64, "c" * 64
ENTRIES = (
    KeyEntry(A, "MEX", "", "2025-01-01T00:00:00Z", None),
    KeyEntry(A, "GTM", "", "2025-01-01T00:00:00Z", "2025-02-01T00:00:00Z"),
    KeyEntry(B, "PER", "", "2025-01-01T00:00:00Z", None),
    KeyEntry(C, "*", "", "2025-01-01T00:00:00Z", None),
)


@pytest.mark.parametrize(
    ("fingerprint", "country", "verdict", "category"),
    [
        (A, "MEX", "trusted", "trusted"),
        (C, "FRA", "trusted", "trusted"),  # trusted for any country
        (A, "GTM", "refused", "revoked-key"),
        (B, "MEX", "refused", "wrong-key"),
        (A, "PER", "refused", "wrong-key"),
        ("d" * 64, "MEX", "pending", "key-change"),
        ("d" * 64, "GTM", "pending", "new-key"),  # its only key was revoked
        ("d" * 64, "FRA", "pending", "new-key"),
    ],
)
def test_each_rule(fingerprint: str, country: str, verdict: str, category: str) -> None:
    decision = TrustIndex(ENTRIES).decide(fingerprint, country)
    assert (decision.verdict, decision.category) == (verdict, category)


def test_the_index_holds_every_entry_of_each_key_in_order() -> None:
    index = TrustIndex(ENTRIES)
    assert index.by_fingerprint == {A: ENTRIES[:2], B: ENTRIES[2:3], C: ENTRIES[3:]}
    assert index == TrustIndex(ENTRIES)  # compared by its entries only
