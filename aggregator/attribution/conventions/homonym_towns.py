"""A masthead the table shares with other papers, followed by a town (issue 14, pass 42):
"This story originally appeared in The Guardian, Charlottetown.", "… in The Guardian
(Lagos)". Papers of a masthead made only of a paper's words ("The Guardian", "The Star",
"The Nation": homonym_names.masthead_only) are told apart by their towns, and a credit names
its town after the masthead, with a comma or in brackets, the way a reference names such a
paper. A town the table's outlet does not lie in names another paper, published as
"The Guardian (Charlottetown)"; the outlet's own city ("The Guardian, Manchester") is the
outlet.

The town is one the towns' list (local_editions: cities of 100,000 people, every country's
subdivisions) places outside the countries of the outlet's domains; or a single capitalised
word the small towns' list places there (towns of 15,000 to 100,000 people: a local paper's
town is often smaller than any the first list holds, Charlottetown), that is no country,
capital or large city (places.txt), no given name, no paper's or section's word, no month,
weekday or other word that names no one (unknown_names.NOT_NAMES) and no table name. A word
neither list knows is no town this reading can place ("The Times, Truro" read by a town's
shape alone was a paper of Truro: pass 43): the credit names the table's outlet, as written
before the town. An outlet whose domains give no country (a generic suffix) is never sent
elsewhere by a town the first list knows: nothing says the town is not its own. A name
without a comma or brackets ("The Guardian Charlottetown") is read by local_editions, as
written."""

# ruff: noqa: RUF001  (curly apostrophes in names are meant)

from __future__ import annotations

import re

from aggregator.attribution.conventions.local_editions import a_town, outlet_countries, small_town
from aggregator.attribution.homonym_names import masthead_only
from aggregator.attribution.not_credits.places import a_place
from aggregator.attribution.not_credits.section_labels import LABEL
from aggregator.attribution.publishers import PublisherTable
from aggregator.attribution.unknown_names import NOT_NAMES
from aggregator.extract.outletnames import OUTLET_WORDS
from aggregator.extract.personnames import GIVEN_NAMES

#: "The Guardian, Charlottetown", "The Guardian (Lagos)": a masthead, then a town of one to
#: three capitalised words (a credit's pattern may have eaten the closing bracket).
_TOWN_AFTER = re.compile(
    r"^(?P<name>[^,()\[\]]{3,40}?)(?:\s*,\s*|\s*[(\[]\s*)"
    r"(?P<town>[^\W\d_a-zà-ÿ][\w'’.-]+(?:\s+[^\W\d_a-zà-ÿ][\w'’.-]+){0,2})\s*[)\]]?[.]?$"
)


def other_paper(who: str, table: PublisherTable) -> str | None:
    """The other paper a table masthead and a town after it name ("The Guardian (Charlottetown)"),
    or None when the credit names the table's outlet or no town."""
    match = _TOWN_AFTER.match(who.strip())
    if match is None:
        return None
    name, town = match.group("name").strip(), match.group("town").strip(" .")
    if not masthead_only(name) or (publisher := table.by_name(name)) is None:
        return None
    known = a_town(town)
    lies_in = known.countries() if known is not None else _small_town(town, table)
    if lies_in is None:
        return None  # "The Times, Truro" with no town the lists know: the table's outlet
    countries = outlet_countries(publisher)
    if known is not None and not countries:
        return None  # a generic suffix: nothing says a large town is not the outlet's own
    if countries & lies_in:
        return None  # "The Guardian, Manchester", "The Times, Truro": the outlet's own country
    return f"{name} ({town})"


def _small_town(word: str, table: PublisherTable) -> frozenset[str] | None:
    """The countries a town of 15,000 to 100,000 people named ``word`` lies in (the small
    towns' list), or None: an unknown word, a place, a given name, a paper's or section's
    word, a date, a table name."""
    if (
        " " in word
        or not word.replace("-", "").isalpha()
        or not word[1:].islower()
        or a_place(word)
        or word.casefold() in GIVEN_NAMES
        or word.casefold() in OUTLET_WORDS
        or masthead_only(word)
        or LABEL.fullmatch(word) is not None
        or NOT_NAMES.match(word) is not None  # a date, a marker: "The Guardian, Monday"
        or table.by_name(word) is not None
    ):
        return None
    return small_town(word)
