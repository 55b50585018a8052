"""generate-sample: deterministic, valid answers that respect relevance, keys a trainer can trust."""

from __future__ import annotations

from pathlib import Path

from omnibus.export import TrustedKeys, verify_package
from omnibus.model.values import normalize
from omnibus.secretariat.sample import Sample, generate_sample, sample_questionnaire


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    first = generate_sample(2, tmp_path / "one", seed=11)
    second = generate_sample(2, tmp_path / "two", seed=11)
    assert [p.data for p in first.packages] == [p.data for p in second.packages]
    assert first.trusted_keys.read_bytes() == second.trusted_keys.read_bytes()
    other = generate_sample(2, tmp_path / "three", seed=12)
    assert [p.data for p in other.packages] != [p.data for p in first.packages]


def test_packages_verify_with_the_written_trusted_keys(sample: Sample) -> None:
    keys = TrustedKeys.load(sample.trusted_keys)
    assert len(keys.keys) == len(sample.packages)
    for package in sample.packages:
        assert package.path is not None and package.path.read_bytes() == package.data
        assert verify_package(package.data, trusted=keys).ok


def test_answers_are_canonical_and_relevant(sample: Sample) -> None:
    q = sample_questionnaire()
    types = set()
    for package in sample.packages:
        values = package.responses.values()
        assert set(values) <= q.relevant_items(values)
        assert set(package.responses.relevant_items) == q.relevant_items(values)
        for item_id, value in values.items():
            item = q.items[item_id].item
            types.add(item.type)
            assert normalize(q, item, value) == value
    assert {"indicator", "yes_no", "yes_no_partial", "multiple_choice", "ta_needs", "long_text"} <= types


def test_needs_are_skewed_towards_training_and_legal(sample: Sample) -> None:
    q = sample_questionnaire()
    counts: dict[str, int] = {}
    for package in sample.packages:
        for answer in package.responses.answers:
            if q.items[answer.item_id].item.type == "ta_needs":
                for need in answer.value:
                    counts[need["type"]] = counts.get(need["type"], 0) + 1
    ranked = sorted(counts, key=counts.__getitem__, reverse=True)
    assert set(ranked[:3]) >= {"training", "legal"}
