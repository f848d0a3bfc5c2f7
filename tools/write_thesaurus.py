"""Write ``resources/scorer/thesaurus.json`` in its reviewable layout: one concept a line, so a
diff shows which concept changed. Run after editing the data with a script:
``uv run python tools/write_thesaurus.py`` rewrites the file in place (same content)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

PATH = Path(__file__).resolve().parent.parent / "resources" / "scorer" / "thesaurus.json"


def dumps(data: dict[str, object]) -> str:
    lines = ["{"]
    keys = [k for k in data if k != "concepts"]
    for key in keys:
        lines.append(f" {json.dumps(key)}: {json.dumps(data[key], ensure_ascii=False)},")
    concepts = data["concepts"]
    assert isinstance(concepts, list)
    lines.append(' "concepts": [')
    for n, concept in enumerate(concepts):
        comma = "," if n < len(concepts) - 1 else ""
        lines.append(f"  {json.dumps(concept, ensure_ascii=False)}{comma}")
    lines.append(" ]")
    lines.append("}")
    return "\n".join(lines) + "\n"


def main() -> int:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else PATH
    data = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(dumps(data), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
