"""A writer's name before the outlet's in a byline block (issue 14, pass 42): "By KELSEY
BRANDT Star-Tribune staff writer", "By KENDRA BETHEL Tribune Staff Reporter", "By Jane Doe
Harbour Courier staff writer". Many papers' themes print the writer, then the desk the writer
belongs to, with no comma between; the writer's name is no part of the outlet's. What is left
names the outlet's desk: on the outlet's own site a short form of its name (its last word,
"Star-Tribune" on the Casper Star-Tribune; "Tribune" on The Tribune), which own_site reads as
the site's, and on another site the outlet, when its name has two words or more. One word
left is the site's own short name, as in "Courier staff": it credits no one (a table name
still counts: "By JANE DOE Reuters").

The writer is told by their given name (extract/personnames.py's list, every locale's):
- in capitals before a name in mixed case ("KELSEY BRANDT Star-Tribune"): the whole run of
  capitals is the writer's, two to four words;
- in title case only before a staff role ("staff writer", "Staff Reporter"), where the byline
  says a desk follows: the given name and one family name (a middle initial between), unless
  the family name is a paper's word ("Victoria Times Colonist staff" is the paper's desk)."""

# ruff: noqa: RUF001  (curly apostrophes in names are meant)

from __future__ import annotations

import re

from aggregator.extract.outletnames import OUTLET_WORDS
from aggregator.extract.personnames import GIVEN_NAMES

#: A byline's staff role ending the block: what follows the writer is then a desk's name.
_STAFF_ROLE = re.compile(
    r"\s(?:staff(?:\s+(?:writer|reporter|correspondent|photographer)s?)?|"
    r"(?:senior\s+|chief\s+)?(?:correspondent|reporter|writer))[.]?$",
    re.IGNORECASE,
)
#: A byline row's date after the role: "… staff reporter Published 2026-03-26".
_STAMP = re.compile(r"\s+(?:published|updated|posted)\b(?=[^\n]*\d)[^\n]*$", re.IGNORECASE)
#: One word of a name in capitals: "KELSEY", "O'BRIEN", "SMITH-JONES", "J."
_CAPITALS = re.compile(r"[^\W\d_a-zà-ÿ][^\W\d_a-zà-ÿ'’.-]*")
_INITIAL = re.compile(r"[^\W\d_]\.")


def outlet_part(who: str) -> str:
    """``who`` (the words after a byline's "By") without the writer's name before the
    outlet's ("KELSEY BRANDT Star-Tribune staff writer" -> "Star-Tribune staff writer");
    ``who`` itself when no writer's name opens it."""
    words = who.split()
    if len(words) < 3:
        return who
    if words[0].casefold() not in GIVEN_NAMES:
        return role_vouched(who) or who
    capitals = _capitals_run(words)
    if capitals >= 2 and capitals < len(words) and _mixed(words[capitals]):
        return " ".join(words[capitals:])
    if _STAFF_ROLE.search(who) is None:
        return who
    family = 2 if _INITIAL.fullmatch(words[1]) else 1
    rest = words[family + 1 :]
    surname = words[family]
    if (
        len(rest) < 2  # the desk's name and its role
        or not surname[:1].isupper()
        or not rest[0][:1].isupper()
        or surname.casefold() in OUTLET_WORDS
    ):
        return who
    return " ".join(rest)


def unnamed_writer(who: str) -> bool:
    """Whether the byline's writer is read by the staff role alone (role_vouched): the list
    lacks the given name."""
    return who.split()[0].casefold() not in GIVEN_NAMES if who.split() else True


def role_vouched(who: str) -> str | None:
    """The desk after a writer whose given name the list lacks, when the byline's staff role
    vouches for it: "KIMONE THOMPSON Observer staff reporter" -> "Observer staff reporter".
    The writer is a run of two to four words in capitals (no paper's word among them), the
    desk's name in mixed case before the role; None for any other shape. A desk of one word
    is the site's own short name, or no outlet this reading can be sure of (a short name the
    table holds is many papers' word: "Observer", "Star"): the caller credits no one by it."""
    who = _STAMP.sub("", who)  # "… staff reporter Published 2026-03-26": the row's date
    if _STAFF_ROLE.search(who) is None:
        return None
    words = who.split()
    capitals = _capitals_run(words)
    rest = " ".join(words[capitals:])
    role = _STAFF_ROLE.search(" " + rest)
    desk = (" " + rest)[: role.start()].split() if role else []
    if (
        capitals < 2
        or not desk
        or not all(_mixed(w) for w in desk)
        or any(w.casefold().strip(".") in OUTLET_WORDS for w in words[:capitals])
    ):
        return None
    return rest


def _capitals_run(words: list[str]) -> int:
    capitals = 0
    while capitals < min(4, len(words)) and _CAPITALS.fullmatch(words[capitals]):
        capitals += 1
    return capitals


def short_name_only(outlet: str) -> bool:
    """Whether the outlet part of a staff byline is one word before its role ("Star-Tribune
    staff writer", "Tribune Staff Reporter"): a short name, the site's own desk."""
    role = _STAFF_ROLE.search(" " + outlet)
    name = (" " + outlet)[: role.start()] if role else " " + outlet
    return len(name.split()) == 1


def _mixed(word: str) -> bool:
    return word[:1].isupper() and any(c.islower() for c in word)
