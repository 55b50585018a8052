"""Load and validate a generated 5,000-item questionnaire, against parsing the same file with PyYAML's C loader."""

from __future__ import annotations

import yaml

from bench.common import median_seconds, report
from omnibus.model.loader import load_questionnaire_bytes

ITEMS = 5000
PER_SECTION = 50


def generate(items: int = ITEMS) -> bytes:
    """A questionnaire with every common item type, follow-up conditions, constraints and translations."""
    lines = [
        "kind: questionnaire",
        "id: generated",
        'version: "1.0"',
        "title: {en: Generated questionnaire, fr: Questionnaire généré}",
        "languages: [en, fr]",
        "instruments: [untoc]",
        "sources: [{symbol: GEN/1}]",
        "choice_lists:",
        "  levels:",
        "    - {code: national, label: National}",
        "    - {code: provincial, label: Provincial}",
        "    - {code: local, label: Local}",
        "  ta_types:",
        "    - {code: legal, label: Legal, subtypes: [{code: drafting, label: Drafting}]}",
        "modules:",
    ]
    for n in range(items):
        if n % (PER_SECTION * 10) == 0:
            lines += [f"  - id: m{n}", f"    title: Module {n}", "    sections:"]
        if n % PER_SECTION == 0:
            lines += [f"      - id: s{n}", f"        title: {{en: Section {n}, fr: Section {n}}}", "        items:"]
        kind = n % 5
        head = f"          - id: q{n}\n            source: {{document: GEN/1, paragraph: '{n}'}}\n"
        label = f"            label: {{en: Question number {n} about training, fr: Question numéro {n}}}\n"
        if kind == 0:
            lines.append(head + "            type: yes_no\n" + label + "            required: true")
        elif kind == 1:
            lines.append(
                head + "            type: multiple_choice\n" + label + "            choice_list: levels\n"
                f"            relevant: \"q{n - 1} == 'yes'\""
            )
        elif kind == 2:
            lines.append(
                head + "            type: integer\n" + label + "            min: 0\n"
                f"            relevant: \"'local' in q{n - 1}\"\n"
                "            constraints: [{rule: 'value < 10000', message: Too many}]"
            )
        elif kind == 3:
            lines.append(
                head + "            type: indicator\n" + label + "            references: ['UNTOC art. 29(1)']"
            )
        else:
            lines.append(head + "            type: long_text\n" + label)
    return ("\n".join(lines) + "\n").encode()


def main() -> None:
    content = generate()
    baseline = median_seconds(lambda: yaml.load(content, Loader=yaml.CSafeLoader), repeat=3)
    loaded = median_seconds(lambda: load_questionnaire_bytes(content, "generated.yaml"), repeat=3)
    report(f"load and validate {ITEMS}-item questionnaire ({len(content) // 1024} KiB)", loaded, "s", baseline)


if __name__ == "__main__":
    main()
