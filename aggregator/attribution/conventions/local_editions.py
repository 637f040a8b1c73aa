"""A table outlet's local edition, named by its town or region after the outlet's name
(issue 14, pass 39): "la Repubblica Bari", "Corriere Torino" aside, "Bild Hamburg",
"Ouest-France Rennes", "g1 Pará", "Global News Toronto" are the outlet's own city or state editions,
and a wire's regional desk or bureau ("PA Wales", "AAP Sydney") is the wire. places.txt holds
only capitals and cities of a million; a local edition's town is often smaller, so the towns
here (aggregator/data/towns.tsv, rebuilt by bench/name_lists.py from GeoNames and ISO 3166-2)
are every city of 100,000 people and every country's subdivisions, each with its countries.

Read only where a paper's name after a place's is one paper's:

- the name before the town must be a table name whose words are not a masthead's words alone
  ("The Star", "Corriere", "Folha", "El País": homonym_names.masthead_only): "Corriere
  Romagna", "Folha Vitória", "El País Cali" are other papers that share the words;
- the town must lie in the outlet's country, when the outlet's domains give one (a country's
  suffix): "El Universal Cartagena" is Colombia's paper, not Mexico's; "Metro Manila" is no
  edition of London's Metro; "The Telegraph Kolkata" is Calcutta's paper;
- an outlet whose domains give no country (a generic suffix: "globo.com", "dawn.com") is read
  only before a subdivision's name ("g1 Pará"), never a city's, and never in a person's
  shape: "Dawn Harper", "Dawn Washington" are writers;
- a country after the name is a franchise's (outlet_forms: "CNN Indonesia"): no country's name
  is a town here.

A wire licenses no franchise and files from bureaus everywhere: its name before any town or
region is its desk (outlet_forms.before_region)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from aggregator.attribution.homonym_names import masthead_only
from aggregator.attribution.publishers import Publisher
from aggregator.attribution.unknown_names import person_words
from aggregator.wordlists import DATA

#: A country's suffix that is not its ISO code.
_SUFFIX_COUNTRY = {"uk": "GB"}


@dataclass(frozen=True)
class Town:
    """Where a town's or region's name lies: the countries where it names a subdivision
    (a state, a region, a province), and those where it names a city."""

    regions: frozenset[str]
    cities: frozenset[str]

    def countries(self) -> frozenset[str]:
        return self.regions | self.cities


def _rows(file: str) -> dict[str, str]:
    """A town list of aggregator/data: each casefolded name and its row's rest."""
    text = (DATA / file).read_text(encoding="utf-8")
    rows = (line.partition("\t") for line in text.splitlines() if line[:1] != "#")
    return {name: rest for name, _, rest in rows}


@cache
def towns() -> dict[str, str]:
    """Each town's or region's casefolded name and its row's rest (read on first use: most
    pages name no edition; a row is parsed when its name is asked for)."""
    return _rows("towns.tsv")


@cache
def small_towns() -> dict[str, frozenset[str]]:
    """The small towns' list (aggregator/data/small_towns.tsv: 15,000 to 100,000 people),
    each casefolded name with its countries; read on first use (homonym_towns.py only)."""
    return {name: frozenset(rest.split()) for name, rest in _rows("small_towns.tsv").items()}


def small_town(words: str) -> frozenset[str] | None:
    """The countries a town of 15,000 to 100,000 people named ``words`` lies in, or None (a
    local edition's town is read by ``a_town`` only: a shared masthead's by both)."""
    if not words[:1].isupper():
        return None
    return small_towns().get(_key(words))


@lru_cache(maxsize=4096)
def _town(row: str) -> Town:
    regions, _, cities = row.partition("\t")
    return Town(frozenset(regions.split()), frozenset(cities.split()))


def _key(name: str) -> str:
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


def a_town(words: str) -> Town | None:
    """The town or region ``words`` name ("Bari": Italy's province and city, Somalia's
    region...), or None when they name none or are not capitalised as a place's name is."""
    if not words[:1].isupper():
        return None
    row = towns().get(_key(words))
    return _town(row) if row is not None else None


def before_town(name: str) -> tuple[str, Town] | None:
    """The name before a town or region of one to three words ending ``name``, and that
    town ("la Repubblica Bari" -> "la Repubblica", Bari)."""
    words = name.split()
    for cut in (1, 2, 3):
        if len(words) <= cut:
            break
        if (town := a_town(" ".join(words[-cut:]))) is not None:
            return " ".join(words[:-cut]), town
    return None


def outlet_countries(publisher: Publisher) -> frozenset[str]:
    """The countries a publisher's domains' suffixes give ("repubblica.it": Italy); none for
    a generic suffix ("globo.com")."""
    found = set()
    for domain in publisher.domains:
        suffix = domain.rsplit(".", 1)[-1].casefold()
        if len(suffix) == 2:
            found.add(_SUFFIX_COUNTRY.get(suffix, suffix.upper()))
    return frozenset(found)


def local_edition(name: str, written: str, publisher: Publisher, town: Town) -> bool:
    """Whether ``name``, ``written`` (which the table reads as ``publisher``) before
    ``town``, is that outlet's local edition."""
    if masthead_only(written):
        return False  # "Corriere Romagna", "El País Cali": another paper of the same words
    if own := outlet_countries(publisher):
        return bool(own & town.countries())
    # A generic suffix says no country: only a state or region's name ("g1 Pará"); a city's
    # may be a writer's family name ("Dawn Harper": Harper is also Costa Mesa's other name),
    # and so may a state's after a given name's shape ("Dawn Washington").
    return bool(town.regions) and not person_words(name)
