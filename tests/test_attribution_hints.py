"""The words a pattern needs (patterns.HINTS) belong to that pattern: each hint is keyed by
the pattern's name, so a pattern added to STORY cannot shift a hint onto a neighbour (which
would silently skip lines the neighbour needs)."""

from __future__ import annotations

import pytest

from aggregator.attribution.conventions import patterns as cp


@pytest.mark.parametrize("pattern", list(cp.HINTS), ids=lambda p: p.pattern[:30])
def test_every_hint_is_a_word_of_its_own_pattern(pattern: object) -> None:
    assert any(p is pattern for p, _ in [*cp.STORY]), "the hinted pattern is tried"
    source = pattern.pattern.casefold()  # type: ignore[attr-defined]
    assert all(word.strip() in source for word in cp.HINTS[pattern])  # type: ignore[index]


def test_the_desk_line_hint_reaches_a_desk_line() -> None:
    line = "Tidewise news desk"
    hints = cp.HINTS[cp.DESK_LINE]
    assert any(word in line.casefold() for word in hints)
    assert cp.DESK_LINE.match(line)
