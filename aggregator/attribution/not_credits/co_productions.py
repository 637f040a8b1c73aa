"""A story the site made with a partner is its own (issue 14, the fourteenth conventions round).

"By Mina Torres, Cedar County Courier, and Jesse Kohl, ProPublica" over "This article was
produced in partnership with ProPublica's Local Reporting Network" on the Courier's site: the
byline signs the story for the site and its partner, so the partnership line names a
co-producer, not the original. Neither credits anyone. A line saying the partner produced or
first published the story ("produced by KFF Health News … co-published here", "publicado
originalmente por Agencia Ocote") still credits it: the site only carries that story.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from aggregator.attribution.conventions.byline_blocks import undated
from aggregator.attribution.unknown_names import BYLINE_WORD

#: Between a byline's writers and their outlets: "Jane Doe, X, and John Roe, Y".
_BYLINE_PARTS = re.compile(r"\s*,\s*(?:and\s+|und\s+|et\s+|y\s+|e\s+)?|\s+(?:and|und|et|y|e)\s+")
#: A partnership's words: the story made together ("in partnership with", "a collaboration
#: between X and Y", "in Kooperation mit", "en colaboración con", "co-produced with").
_TOGETHER = re.compile(
    r"\b(?:in\s+(?:partnership|collaboration)\s+with|(?:a\s+)?(?:joint\s+)?(?:collaboration|"
    r"partnership)\s+between|co-?produced\s+(?:with|by)|co-?reported\s+with|joint\s+"
    r"investigation|in\s+kooperation\s+mit|in\s+zusammenarbeit\s+mit|gemeinsame\s+recherche|"
    r"en\s+colaboración\s+con|en\s+alianza\s+con|en\s+partenariat\s+avec|en\s+collaboration\s+"
    r"avec|em\s+parceria\s+com|in\s+collaborazione\s+con)\b",
    re.IGNORECASE,
)


def co_signed(lines: Sequence[str], own: Callable[[str], bool]) -> bool:
    """Whether a byline among ``lines`` signs the story for the site and another outlet:
    several writers, each with an outlet, one of them the site (``own`` says which is)."""
    for line in lines:
        core = undated(line.strip())
        bare = BYLINE_WORD.sub("", core, count=1)
        if bare == core:
            continue
        parts = [p.strip(" .") for p in _BYLINE_PARTS.split(bare) if p.strip(" .")]
        if len(parts) >= 4 and any(own(p) for p in parts[1:]):
            return True
    return False


def made_together(line: str) -> bool:
    """Whether ``line`` says the story was made in a partnership or a collaboration."""
    return _TOGETHER.search(line) is not None
