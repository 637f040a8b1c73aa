"""A note that the story carries another outlet's content, in the languages that write it so
(issue 14, pass 25): Portuguese "Com conteúdo da Agência Brasil, sob licença Creative Commons
CC BY 4.0.", Spanish "Con contenido de EFE", French "Avec du contenu de l'AFP", English "With
content from Reuters", German "Mit Inhalten von dpa", Italian "Con contenuti di ANSA". A
licence the note goes on to name ("under a CC BY 4.0 licence") is no part of the name.

"With content from our readers", "Com conteúdo da redação" name no outlet: the resolver
takes a lower-case name only when the table knows it ("mit Inhalten von dpa") or its words
say it is a paper's, and refuses a person's or an institution's."""

# ruff: noqa: RUF001  (letters of other languages are meant)

from __future__ import annotations

from aggregator.attribution.conventions.phrase_parts import compiled
from aggregator.attribution.names import Trust

#: "with content from" and its siblings, with the article the preposition takes.
_LEAD = (
    r"(?:with\s+(?:additional\s+)?content\s+(?:from|by|of)|"
    r"com\s+conteúdos?\s+(?:de|da|do|das|dos)|"
    r"con\s+contenidos?\s+(?:de\s+la|del|de)|"
    r"avec\s+(?:du\s+|des\s+)?contenus?\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])|"
    r"mit\s+inhalten\s+(?:von|der|des|vom)|"
    r"con\s+contenuti\s+(?:di|da|dell['’]|della|del|dello))"
)
#: A licence named after the outlet: "sob licença Creative Commons CC BY 4.0", "under a
#: Creative Commons licence", "bajo licencia CC BY", "sous licence CC BY-SA".
_LICENCE = (
    r"(?:\s*[,;–—-]?\s*(?:under|sob|bajo|sous|unter|sotto)\s+(?:an?\s+|la\s+|a\s+|uma\s+|une\s+|"
    r"einer\s+)?(?:[\w-]+\s+){0,3}?(?:licen[cs]e|licença|licencia|licence|lizenz|licenza)"
    r"\b[^\n]{0,80}?)?"
)
CONTENT_FROM = compiled(
    r"^[(\[*]?\s*" + _LEAD + r"\s*(?P<who>[\w«„“\"][^\n,;()]{0,59}?)" + _LICENCE + r"\s*[)\]]?[.]?$"
)

#: (phrase_credits tries a line opening with "with", "com", "con", "avec" or "mit".)
PATTERNS = [(CONTENT_FROM, Trust.NAMED)]
