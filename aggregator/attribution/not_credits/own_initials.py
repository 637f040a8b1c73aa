"""Letters in brackets that are no agency's tag (issue 14, the ninth conventions round).

- A reporter's initials closing the story: many papers end a staff story with its writer's
  initials in brackets, "(ap)" under "Von Anna Peters", "(tt)" under "Tomáš Trnka", "(A.P.)"
  under "Andreea Popescu". When the letters are the initials of the person the page's byline
  names, they sign the site's own story, whatever wire writes the same letters.
- An editor's initials before the wire's tag in a magazine's sign-off: "ani/dpa", "bam/AFP":
  letters in lower case that a wire of the table writes only in capitals ("ani" is no way ANI
  writes itself; "dpa" is how dpa does) are the editor's, and the tag after them credits;
  with no other name beside them they are still the tag ("(ats/nxp)", the Swiss agency's own
  lower-case tag before its editor's initials).
- An abbreviation defined in its sentence: "Nusa Tenggara Barat (NTB).", "the Government of
  National Accord (GNA)", "every child with acute flaccid paralysis (AFP).": the letters in
  brackets are the initials of the words right before them (a name's capitalised words or a
  term's in lower case), inside a sentence, and name that phrase, not an agency.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from aggregator.attribution.names import person_like

#: "By Anna Peters", "Von Anna Peters", "Tomáš Trnka": a byline of one person, its word of
#: authorship in the languages the bylines use.
_BYLINE_WORD = re.compile(
    r"^(?:by|von|par|de|por|di|door|af|av|od|autor(?:ka)?:?|text:?|tekst:?|written\s+by)\s+",
    re.IGNORECASE,
)
#: Words an abbreviation skips: "Government of National Accord (GNA)".
_SMALL = frozenset({"of", "the", "and", "for", "de", "la", "du", "des", "del", "da", "do", "di"})
_TAG = re.compile(r"^[(\[]\s*(?P<letters>(?:[^\W\d_]\.?){2,4})\s*[)\]]\.?$")


def initials_not_tag(piece: str, found: str | None, spellings: Iterable[str]) -> bool:
    """Whether ``piece``, one of several names joined by slashes ("ani" in "ani/dpa"), is an
    editor's initials: four letters at most in lower case, which the table outlet it names
    (``found``, with its ``spellings``) never writes so."""
    if found is None or len(piece) > 4 or not piece.isalpha() or not piece.islower():
        return False
    return piece not in (found, *spellings)


def _letters(tag: str) -> str:
    return "".join(ch for ch in tag if ch.isalpha()).casefold()


def byline_initials(lines: Iterable[str]) -> frozenset[str]:
    """The initials of each person a byline among ``lines`` names ("Von Anna Peters" →
    "ap")."""
    found = set()
    for line in lines:
        name = _BYLINE_WORD.sub("", line.strip()).strip(" ,.")
        for person in re.split(r"\s*(?:,|\band\b|\bund\b|\bet\b|\bi\b|\bși\b|&)\s*", name):
            if person_like(person):
                found.add("".join(w[0] for w in person.replace("-", " ").split()).casefold())
    return frozenset(found)


def writers_initials(line: str, initials: frozenset[str]) -> bool:
    """Whether ``line`` is only the page's own writer's initials in brackets: "(ap)"."""
    match = _TAG.match(line.strip())
    return match is not None and _letters(match.group("letters")) in initials


def defines(before: str, tag: str) -> bool:
    """Whether the tag ``tag`` (its letters) closes an abbreviation of the words ``before``
    it, inside a sentence: "… in Lombok, Nusa Tenggara Barat" + "NTB" (after a full stop,
    "… Barat. (NTB)", the tag is a credit's shape)."""
    letters = _letters(tag)
    if not letters or before.rstrip().endswith((".", "!", "?", '"', "”")):
        return False
    words = re.findall(r"[^\W\d_][\w'’-]*", before)  # noqa: RUF001
    picked: list[str] = []
    while words and len(picked) < len(letters):
        word = words.pop()
        if word.casefold() in _SMALL and picked:
            continue
        if not word[:1].isupper() and not word[:1].islower():
            return False
        picked.insert(0, word)
    if "".join(w[0] for w in picked).casefold() != letters:
        return False
    # "Nusa Tenggara Barat (NTB)", "acute flaccid paralysis (AFP)": a name's capitalised
    # words or a term's words in lower case, never the two
    # mixed); a term of two words in lower case is too common a pair ("ahead of polls (AP)")
    cases = {w[:1].isupper() for w in picked}
    if len(cases) > 1 or (cases == {False} and len(letters) < 3):
        return False
    # the phrase is inside a sentence: words before it ("… in Lombok, Nusa Tenggara Barat")
    head = before[: before.rfind(picked[0])].rstrip() if picked else ""
    return bool(head) and not head.endswith((".", "!", "?", ":"))


def glossed(before: str, tag: str) -> bool:
    """Whether the tag ``tag`` explains the words ``before`` it in their sentence: their
    initials ("the Tamil National Alliance" + "TNA"), or a name in another script four
    words long or more ("कार्यक्रम में राष्ट्रीय स्वयंसेवक संघ" + "RSS"; a dateline's place is
    shorter)."""
    before = before.rstrip(" [")
    if defines(before, tag):
        return True
    words = before.split()
    last = words[-1] if words else ""
    latin = tag[:1].isascii()
    return len(words) >= 4 and last[:1].isalpha() and last[:1].isascii() != latin
