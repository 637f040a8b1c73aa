"""Plain-text tables for the operator's terminal."""

from __future__ import annotations

import sys
import unicodedata
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
    text = escape_controls(" ".join(text.split()))
    return text if width is None or len(text) <= width else text[: width - 1] + "…"


def escape_controls(text: str) -> str:
    """``text`` with control characters (C0, C1, DEL) and bidi controls (U+202E and kin)
    written as ``\\u202e``: a title from the web must not reorder or recolour the terminal."""
    return "".join(f"\\u{ord(c):04x}" if _hidden(c) else c for c in text)


def _hidden(char: str) -> bool:
    return unicodedata.category(char) in ("Cc", "Cf") and char not in _VISIBLE_FORMAT


#: Format characters that only shape the text they are in (joiners in Arabic, Indic and
#: emoji sequences, the soft hyphen): left as they are.
_VISIBLE_FORMAT = frozenset("\u00ad\u200c\u200d")
