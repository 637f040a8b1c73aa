"""Rewrite the expected JSON of the golden extraction pages (``make golden``); review the diff."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

GOLDEN = Path(__file__).resolve().parent / "golden" / "extraction"


def render(outcome: dict[str, Any]) -> str:
    """The golden JSON as stored: sorted keys, two-space indent, one trailing newline."""
    return json.dumps(outcome, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def main() -> int:
    # Imported here so that render() stays importable without the extractor's cost.
    from tests.test_extraction import outcome

    changed = 0
    for page in sorted(GOLDEN.glob("*.html")):
        expected = page.with_suffix(".json")
        html = page.read_text(encoding="utf-8")
        text = render(outcome(html, f"https://example.test/{page.stem}"))
        if not expected.exists() or expected.read_text(encoding="utf-8") != text:
            expected.write_text(text, encoding="utf-8")
            changed += 1
            print(f"wrote {expected}")
    print(f"{changed} golden file(s) changed; review them with git diff before committing")
    return 0


if __name__ == "__main__":
    sys.exit(main())
