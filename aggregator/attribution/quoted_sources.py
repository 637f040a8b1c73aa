"""Source lines that cite who gave the facts, not who first published the story (issue 14).

"Source: Jane Roe, spokesperson, Harbour Transport" closes a story with the person who
supplied it, named by role; "Bron: CBS" under a Dutch chart is Statistics Netherlands, not
the American broadcaster the publisher table knows by the same letters. Newsroom convention
credits a copied story to an outlet by its name, never by a spokesperson's role, and a
national statistics office is cited under a source label in its own country's language.
"""

# ruff: noqa: RUF001  (dashes, full-width colons and curly quotes of credit lines are meant)

from __future__ import annotations

import re

_FLAGS = re.IGNORECASE | re.UNICODE

#: "<label>: <name>, spokesperson[, <body>]": a person's role after the name.
_ROLE_AFTER_NAME = re.compile(
    r"^[(\[]?\s*(?:source|sources|quelle|fuente|fonte|bron|kilde|källa|lähde|źródło|πηγή)"
    r"\s*[:：\-–—|]\s*[^,;\n]{2,60}[,;]\s*(?:an?\s+|the\s+)?(?:chief\s+|senior\s+|deputy\s+|"
    r"press\s+)?(?:spokes(?:person|man|woman)|sprecher(?:in)?|portavoz|porta-voz|"
    r"portavoce|porte-parole|woordvoerder|talsperson|talsmand|rzecznik|director|manager|"
    r"officer|minister|mayor|chair(?:man|woman|person)?|president|secretary|head|"
    r"adviser|advisor|analyst|professor|economist|engineer|inspector|superintendent)\b",
    _FLAGS,
)
#: A statistics office's acronym under its own language's source label: the Netherlands'
#: CBS under "Bron" (elsewhere "CBS" is the broadcaster).
_OFFICE_UNDER_LABEL = re.compile(
    r"^[(\[]?\s*bron\s*[:：\-–—|]\s*cbs\s*[)\]]?[.]?$",
    _FLAGS,
)


def cites_informant(line: str) -> bool:
    """Whether a source line cites a person by role or a statistics office (no publisher)."""
    line = line.strip()
    return bool(_ROLE_AFTER_NAME.match(line) or _OFFICE_UNDER_LABEL.match(line))
