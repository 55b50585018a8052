"""Write `questionnaires/schema.json` from the questionnaire format, so editors can autocomplete and check files.

A test fails when the committed file is stale: run `make schema` after changing `omnibus.model.schema`.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from omnibus.model.schema import json_schema

SCHEMA_PATH = Path(__file__).resolve().parents[3] / "questionnaires" / "schema.json"


def render() -> str:
    return json.dumps(json_schema(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def main() -> int:
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else SCHEMA_PATH
    target.write_text(render(), encoding="utf-8")
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
