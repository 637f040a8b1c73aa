"""A writer's role before the outlet they work for is no part of its name (issue 14, the
eleventh conventions round).

Bylines give the writer, then the role and the outlet: "Pedro Lima - Repórter da Agência
Brasil", "Jane Doe, Senior Reporter for the Harbour Ledger", "Anna Weber, Korrespondentin der
Lindauer Zeitung", "Marie Dubois, journaliste à Ouest-France", "Lucía Gómez, periodista de El
Norte", "Marco Rossi, corrispondente della Gazzetta di Parma", "Piet de Vries, verslaggever
van het Dagblad". The role and its preposition go and the outlet's name stays (on the outlet's
own site it is then the site itself). A role with no outlet after it ("Repórter",
"Correspondent in Paris") leaves nothing that reads as an outlet's name.
"""

# ruff: noqa: RUF001  (the dashes of bylines are meant)

from __future__ import annotations

import re

#: A newsroom role, in the languages whose bylines put it before the outlet with a
#: preposition, and up to two words before it ("Senior", "Chief Political", "Enviada").
_ROLES = (
    r"(?:reporter(?:in)?|repórter|reportera?|correspondent(?:in|e)?|correspondant(?:e)?|"
    r"corresponsal|korrespondent(?:in)?|corrispondente|journalist(?:in|e)?|jornalista|"
    r"periodista|giornalista|redakteur(?:in)?|redator(?:a)?|redactor(?:a)?|rédact(?:eur|rice)|"
    r"redattor(?:e|ice)|editor(?:a)?|writer|columnist|colunista|columnista|chroniqueu(?:r|se)|"
    r"kolumnist(?:in)?|cronista|inviat[oa]|enviad[oa]|verslaggever|contributor)"
)
#: The preposition or article after the role that joins the outlet: "da", "der", "for the",
#: "à", "de la", "della", "van het".
_JOINS = (
    r"(?:for(?:\s+the)?|at(?:\s+the)?|of(?:\s+the)?|with(?:\s+the)?|"
    r"da|do|de(?:\s+la|\s+los|\s+las)?|del|dos|das|na|no|"
    r"der|des|bei(?:m)?|für(?:\s+die|\s+den|\s+das)?|vom|von|"
    r"à(?:\s+la|\s+l['’])?|au|aux|du|pour(?:\s+la|\s+le)?|chez|"
    r"di|della|dello|dei|per(?:\s+la|\s+il)?|"
    r"van(?:\s+het|\s+de)?|voor(?:\s+het|\s+de)?|bij(?:\s+het|\s+de)?)"
)
ROLE_BEFORE_NAME = re.compile(
    r"^(?:[^\W\d_][\w-]*\s+){0,2}?" + _ROLES + r"\s+" + _JOINS + r"\s+(?=\S)", re.IGNORECASE
)


def without_role(who: str) -> str:
    """``who`` without a writer's role and its preposition before the outlet's name
    ("Repórter da Agência Brasil" -> "Agência Brasil"); else as written."""
    if not who or ROLE_BEFORE_NAME.match(who) is None:
        return who
    return ROLE_BEFORE_NAME.sub("", who, count=1)


#: A writer's title ending in their role: "Local Journalism Initiative Reporter", "Senior
#: Health Reporter", "Climate Correspondent", a programme's or a desk's words before the role.
_ROLE_TITLE = re.compile(
    r"^(?P<rest>.+?)\s+(?:" + _ROLES + r"s?|fellow|corps\s+member|producer)$", re.IGNORECASE
)


#: Articles before a paper's name in the table's languages: before a role's word they make
#: it a paper's name ("De Correspondent"); "Der Standard" is never written "Standard Digital".
ARTICLES = frozenset("the a o de het der die das la le les el los las il lo".split())  # noqa: SIM905


def before_role_title(who: str) -> str | None:
    """The words before the role ending a writer's title ("Local Journalism Initiative
    Reporter" -> "Local Journalism Initiative"), else None."""
    match = _ROLE_TITLE.match(who.strip())
    rest = match.group("rest") if match else ""
    # "De Correspondent", "The Writer": an article before the word is a paper's name
    return rest if rest and rest.casefold() not in ARTICLES else None


_NEWSROOM_ROLE = re.compile(r"\s" + _ROLES + r"s?$", re.IGNORECASE)


def newsroom_title(title: str) -> bool:
    """Whether ``title`` is a writer's title ending in a newsroom's role ("Local Journalism
    Initiative Reporter", "Senior Writer"), not a fellow's or a producer's."""
    return before_role_title(title) is not None and _NEWSROOM_ROLE.search(title.strip()) is not None
