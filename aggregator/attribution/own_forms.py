"""The forms a site's own name takes in its own furniture besides the one it is known by
(issue 14, the eighth conventions round): a language with cases declines it like any noun,
so Gazeta Wyborcza's "Czytaj więcej w „Wyborczej”" (read more in Wyborcza), Dziennik
Bałtycki's "Prenumerata „Dziennika Bałtyckiego”", Interfax's "© «Интерфакса»" or Hürriyet's
"Hürriyet'in uygulamasını indirin" name the site itself, under the case the sentence puts it
in. Each regular reading of the name back in the nominative (the Polish locative and
genitive, the Slavic stems, the German declined adjectives, a suffix after an apostrophe) is
tried as the site's own (own_site.OwnSite.is_self): a reading only ever makes a line the
site's own, never a credit."""

# ruff: noqa: RUF001, RUF002  (letters of other scripts are meant)

from __future__ import annotations

import re

from aggregator.attribution.conventions.inflected import (
    german_nominatives,
    nominative,
    polish_nominative_of_genitive,
    stems,
)

#: A case suffix written after an apostrophe: Turkish "Hürriyet'in", "Sabah'tan".
_SUFFIX = re.compile(r"['’]\w{1,5}$")


def readings(name: str) -> list[str]:
    """``name`` read back in the nominative each regular way (``stems`` keeps a stem of four
    letters at least: a short word's ending is too often its stem's), not as written."""
    found = [_SUFFIX.sub("", name)]
    found += [nominative(name), polish_nominative_of_genitive(name), *german_nominatives(name)]
    words = name.split()
    if words:
        found += [" ".join([*words[:-1], stem]) for stem in stems(words[-1])]
    return [reading for reading in dict.fromkeys(found) if reading and reading != name]


#: Words a name's initials skip: "Oman News Agency" is ONA, "Voice of the People" VOP.
_SKIPPED = frozenset({"of", "the", "and", "for", "de", "la", "du", "des", "del"})


def initials(name: str) -> str:
    """The initials of a name of three words or more, as its tag writes them: "Oman News
    Agency" → "ONA" (a site's own dateline "MUSCAT, March 4 (ONA) --" names itself); "" for a
    shorter name, whose initials are too many others' too."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", name) if w.casefold() not in _SKIPPED]
    if len(words) < 3 or not all(w[:1].isupper() for w in words):
        return ""
    return "".join(w[0] for w in words)
