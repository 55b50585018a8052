"""Every runtime dependency's licence, and a refusal of any that would forbid shipping omnibus (MIT) as a bundle.

`make licenses` prints the table and exits 1 when a package's licence is unknown or not one a bundle may carry.
Licences come from each installed package's own metadata (PEP 639 `License-Expression`, else its `License` field,
else its trove classifiers); a few packages declare nothing there, and their licence files were read by hand:
`REVIEWED` says which, so that a change of licence upstream cannot pass unnoticed (the version is part of the key).
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from importlib.metadata import Distribution, PackageNotFoundError, distribution

from packaging.requirements import Requirement

# Licences a bundle of an MIT application may carry. The LGPL ones (Qt, pycountry, Pyphen) are dynamically linked
# Python packages left replaceable in the bundle's folder, as the LGPL asks.
BUNDLE_COMPATIBLE = frozenset(
    {
        "MIT",
        "MIT-0",
        "MIT-CMU",
        "BSD-2-Clause",
        "BSD-3-Clause",
        "Apache-2.0",
        "ISC",
        "PSF-2.0",
        "MPL-2.0",
        "MPL-1.1",
        "LGPL-2.1-only",
        "LGPL-2.1-or-later",
        "LGPL-3.0-only",
        "LGPL-3.0-or-later",
        "Unlicense",
        "Zlib",
    }
)

CLASSIFIERS = {
    "License :: OSI Approved :: MIT License": "MIT",
    "License :: OSI Approved :: BSD License": "BSD-3-Clause",
    "License :: OSI Approved :: Apache Software License": "Apache-2.0",
    "License :: OSI Approved :: ISC License (ISCL)": "ISC",
    "License :: OSI Approved :: Mozilla Public License 1.1 (MPL 1.1)": "MPL-1.1",
    "License :: OSI Approved :: Mozilla Public License 2.0 (MPL 2.0)": "MPL-2.0",
    "License :: OSI Approved :: GNU Lesser General Public License v2 (LGPLv2)": "LGPL-2.1-only",
    "License :: OSI Approved :: GNU Lesser General Public License v2 or later (LGPLv2+)": "LGPL-2.1-or-later",
    "License :: OSI Approved :: GNU Lesser General Public License v3 (LGPLv3)": "LGPL-3.0-only",
    "License :: OSI Approved :: GNU General Public License v2 or later (GPLv2+)": "GPL-2.0-or-later",
    "License :: OSI Approved :: GNU General Public License v3 (GPLv3)": "GPL-3.0-only",
}

REVIEWED = {
    ("pyrage", "1.4.0"): "MIT",  # dist-info/licenses/LICENSE: The MIT License
}


@dataclass(frozen=True)
class Licence:
    package: str
    version: str
    expression: str  # SPDX-like; alternatives joined with " OR "; empty when unknown

    @property
    def compatible(self) -> bool:
        """True when at least one of the alternatives may be carried in the bundle."""
        return any(option.strip() in BUNDLE_COMPATIBLE for option in self.expression.split(" OR ") if option)


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def first(dist: Distribution, field: str) -> str:
    """A metadata field's first value, or "" (the metadata protocol offers `get_all`, not `get`)."""
    values = dist.metadata.get_all(field) or []
    return str(values[0]) if values else ""


def declared_licence(dist: Distribution) -> str:
    """The licence a package declares, as an SPDX expression where it can be read as one."""
    name, version = normalise(dist.metadata["Name"]), dist.version
    if (name, version) in REVIEWED:
        return REVIEWED[(name, version)]
    if expression := first(dist, "License-Expression"):
        return expression
    field = first(dist, "License").strip()
    if field and "\n" not in field and len(field) < 80:
        return {"MIT License": "MIT", "BSD 3-Clause License": "BSD-3-Clause"}.get(field, field)
    classified = [CLASSIFIERS[c] for c in dist.metadata.get_all("Classifier") or [] if c in CLASSIFIERS]
    return " OR ".join(dict.fromkeys(classified))


def runtime_dependencies(root: str = "omnibus") -> list[Distribution]:
    """The installed distributions omnibus needs at run time (no extras), found through their requirements."""
    found: dict[str, Distribution] = {}
    pending = [root]
    while pending:
        name = normalise(pending.pop())
        if name in found:
            continue
        try:
            dist = distribution(name)
        except PackageNotFoundError:
            continue  # a requirement for another platform or Python
        found[name] = dist
        for line in dist.requires or []:
            requirement = Requirement(line)
            if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                pending.append(requirement.name)
    return [found[name] for name in sorted(found) if name != root]


def licences() -> list[Licence]:
    return [Licence(normalise(d.metadata["Name"]), d.version, declared_licence(d)) for d in runtime_dependencies()]


def main() -> int:
    table = licences()
    width = max(len(item.package) for item in table)
    refused = [item for item in table if not item.compatible]
    for item in table:
        mark = "ok" if item.compatible else "REFUSED"
        print(f"{item.package:<{width}}  {item.version:<14} {item.expression or 'unknown':<45} {mark}")
    if refused:
        names = ", ".join(item.package for item in refused)
        print(f"\n{len(refused)} runtime dependencies cannot ship in the MIT bundle: {names}.", file=sys.stderr)
        return 1
    print(f"\n{len(table)} runtime dependencies, every licence compatible with shipping omnibus as a bundle.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
