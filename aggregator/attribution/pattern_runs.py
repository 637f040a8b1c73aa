"""Runs of credit patterns tried in order on a line, each with the words it needs, and one
look that rules a whole run out (speed: every paragraph of story text is tried, nearly always
in vain). ``line_readers/runs.py`` holds the runs ``whole_line`` tries; this module only makes
trying them cheap, never changes which pattern matches first."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from aggregator.attribution.names import Trust


class Words:
    """A pattern's hint words, any of which a line (casefolded) must hold for it to match.

    Speed: looked for as plain substrings, each a fast scan of the line; a regular
    expression of the words as alternatives tries every one of them at every place, about
    three times slower, and every line of every page is looked at."""

    __slots__ = ("words",)

    def __init__(self, words: Iterable[str]) -> None:
        self.words = tuple(dict.fromkeys(words))

    def search(self, text: str) -> bool | None:
        """True when ``text`` holds one of the words, else None (as a pattern's search)."""
        return True if any(word in text for word in self.words) else None


#: A pattern's hint words, looked up once: hashing a compiled pattern on every line costs
#: more than most matches.
def hint(words: tuple[str, ...] | None) -> Words | None:
    return Words(words) if words else None


Entry = tuple[re.Pattern[str], Trust, "Words | None"]
_NAMED_GROUP = re.compile(r"\(\?P<(\w+)>")
#: What an alternative of one pattern cannot hold: a back-reference, a condition on a group,
#: a global flag (conservative: an escaped backslash before a digit counts too).
_NOT_COMBINABLE = re.compile(r"\(\?P=|\(\?\(|\\[1-9]|^\(\?[a-zA-Z]+\)")
#: Fewer unhinted patterns than this in a run are tried one by one (the look would cost more).
_MIN_COMBINED = 4


def any_of(patterns: Sequence[re.Pattern[str]]) -> re.Pattern[str] | None:
    """One pattern whose ``match`` succeeds exactly where one of ``patterns``' does: each an
    alternative under its own case flag, its groups renamed apart (none is referred back to).
    None when one of them cannot be put so (a back-reference, a flag besides IGNORECASE)."""
    parts = []
    for number, pattern in enumerate(patterns):
        if pattern.flags & ~(re.IGNORECASE | re.UNICODE) or _NOT_COMBINABLE.search(pattern.pattern):
            return None
        flag = "i" if pattern.flags & re.IGNORECASE else "-i"
        text, renamed = _NAMED_GROUP.subn(rf"(?P<g{number}_\g<1>>", pattern.pattern)
        if renamed != len(pattern.groupindex):
            return None  # "(?P<" stood elsewhere than at a named group's opening
        parts.append(f"(?{flag}:{text})")
    return re.compile("|".join(parts))


def any_hint(hints: Sequence[Words]) -> Words | None:
    """One look for any of ``hints``: it finds something exactly where one of them does.
    None for no hints."""
    return Words(word for hint in hints for word in hint.words) if hints else None


class Run:
    """Patterns whole_line tries in this order, (pattern, trust, hint words), with one look
    that rules out at once all of them without hint words.

    Speed: every paragraph of story text comes to whole_line, and the edge and side lines
    are tried against some 150 patterns, nearly always in vain; one ``match`` of the patterns
    joined as alternatives fails where each of them fails, without a Python step per pattern.
    A line it matches is tried against every pattern in order as before, so the first one to
    match, and the credit, are the same."""

    def __init__(self, entries: Sequence[Entry]) -> None:
        self.entries = tuple(entries)
        self.hinted = tuple(entry for entry in self.entries if entry[2] is not None)
        self._unhinted = [entry[0] for entry in self.entries if entry[2] is None]
        self._any: re.Pattern[str] | None = None
        self._joined = len(self._unhinted) < _MIN_COMBINED  # joined (or left alone) yet
        #: any hinted entry's words: a line with none of them skips them all in one look
        self._hints = any_hint([entry[2] for entry in self.hinted if entry[2] is not None])
        _RUNS.append(self)

    def join(self) -> None:
        """Join the unhinted patterns into one (a big compile: done on first use, since most
        commands never attribute, or by ``join_all`` before the crawl's workers fork)."""
        if not self._joined:
            self._any, self._joined = any_of(self._unhinted), True

    def tried(self, line: str, bare: str, folded: str) -> tuple[Entry, ...]:
        """The entries that may match ``line`` or ``bare`` (``folded``: the line casefolded):
        the hinted ones only when no unhinted pattern can, none when no hint's words are
        there either (they keep their order: the others would all fail)."""
        self.join()
        joined = self._any
        if self._unhinted and (
            joined is None or joined.match(line) or (bare is not line and joined.match(bare))
        ):
            return self.entries
        if self._hints is None or self._hints.search(folded) is not None:
            return self.hinted
        return ()


#: Every run made, for ``join_all``.
_RUNS: list[Run] = []


def join_all() -> None:
    """Join every run's patterns now: the crawl's forkserver does it once for all its
    workers, which would otherwise each compile them on their first page (~0.25 s each)."""
    for run in _RUNS:
        run.join()


def unhinted(
    pairs: list[tuple[re.Pattern[str], Trust]],
) -> list[Entry]:
    return [(pattern, trust, None) for pattern, trust in pairs]
