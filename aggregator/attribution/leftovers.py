"""Credit lines left in the text once the publisher is known: a short line anywhere that only
restates the credit ("Quelle Tagesspiegel" between two paragraphs, "— AFP" after a pull
quote, the name a side box gave) leaves the text with it (issue 14: removal follows
detection, wherever the credit was read)."""

# ruff: noqa: RUF001  (dashes and full-width colons are meant)

from __future__ import annotations

import re
from collections.abc import Iterable

from aggregator.attribution.edge_credits import CREDIT_LEADS, CREDIT_NOUNS
from aggregator.attribution.publishers import normalize

#: A restating line is short: a label, a name, a date.
MAX_ECHO_CHARS = 100
#: What may stand around the name: a credit word or a byline's "By", a copyright sign and its
#: years, brackets, dashes, a separator; after it, a year or a date.
_BEFORE = re.compile(
    r"^[\s(\[«—–‒―*•·-]*(?:(?:"
    + CREDIT_NOUNS
    + r"|"
    + CREDIT_LEADS
    + r"|by|von|par|por|di|de|from|©|\(c\)|copyright)(?![\w'’])\s*[:：\-–—|]?\s*)?"
    r"(?:©\s*)?(?:\d{4}\s*)?",
    re.IGNORECASE,
)
_LABEL = re.compile(
    r"\s*(?:" + CREDIT_NOUNS + r"|agency|agence|agencia|agentur)\s*[:：]?\s*", re.IGNORECASE
)
_AFTER = re.compile(r"[\s)\]».,;:|/—–-]*(?:\d{1,4}(?:[./-]\d{1,4}){0,2}[\s.]*)?$")


def restated(line: str, names: set[str]) -> bool:
    """Whether ``line`` says nothing but a credit to one of ``names`` (normalised)."""
    line = line.strip()
    if not line or len(line) > MAX_ECHO_CHARS:
        return False
    core = _AFTER.sub("", _BEFORE.sub("", line, count=1))
    return bool(core) and normalize(core) in names


def without_restated(text: str, names: Iterable[str], lines_read: Iterable[str] = ()) -> str:
    """``text`` without the lines that only restate a credit to one of ``names``, and without
    ``lines_read`` (credit lines read beside the text that extraction also kept in it)."""
    keys = {normalize(n) for n in names if n}
    keys.discard("")
    exact = {" ".join(line.split()) for line in lines_read}
    if not keys and not exact:
        return text
    lines = text.split("\n")
    gone = {
        i for i, line in enumerate(lines) if restated(line, keys) or " ".join(line.split()) in exact
    }
    # A field's label on its own line ("Kaynak"), its value going: the label goes too.
    gone |= labels_of(lines, gone)
    kept = [line for i, line in enumerate(lines) if i not in gone]
    if len(kept) == len(lines):
        return text
    return re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()


def labels_of(lines: list[str], gone: set[int]) -> set[int]:
    """The lines that are only a field's label ("Kaynak", "Source:") before a line going."""
    return {i - 1 for i in gone if i > 0 and _LABEL.fullmatch(lines[i - 1])}
