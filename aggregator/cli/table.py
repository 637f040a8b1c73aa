"""Plain-text tables for the operator's terminal."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def format_table(headers: Sequence[str], rows: Sequence[Sequence[object]], width: int = 48) -> str:
    """Left-aligned columns; on a terminal, cells longer than ``width`` are cut with an
    ellipsis. Piped or redirected, every value is printed whole: scripts need all of it."""
    limit = width if sys.stdout.isatty() else None
    cells = [[_cell(v, limit) for v in row] for row in [headers, *rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    lines = [
        "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _cell(value: object, width: int | None) -> str:
    text = "-" if value is None or value == "" else str(value)
    text = " ".join(text.split())
    return text if width is None or len(text) <= width else text[: width - 1] + "…"
