"""A name looked up in the publisher table under its other forms: with its own tag ("Deutsche
Presse-Agentur (dpa)"), as an edition, app, regional desk, local edition or public
broadcaster's service ("NHK NEWS WEB", "Reuters Africa", "la Repubblica Bari", "BBC News
Brasil"), behind an agency's word in another language, a writer's title ending in a role,
and a link's domain."""

from __future__ import annotations

import re
from dataclasses import dataclass

from aggregator.attribution.cached_copies import original_of
from aggregator.attribution.conventions.broadcaster_services import (
    PUBLIC_BROADCASTERS,
    broadcaster_before_service,
)
from aggregator.attribution.conventions.language_credits import without_agency_word
from aggregator.attribution.conventions.local_editions import before_town, local_edition
from aggregator.attribution.conventions.outlet_forms import (
    before_region,
    before_subregion,
    without_form,
)
from aggregator.attribution.conventions.role_words import ARTICLES, before_role_title
from aggregator.attribution.name_shapes import domain_as_written, without_desk
from aggregator.attribution.not_credits.section_labels import LABEL
from aggregator.attribution.publishers import Publisher, PublisherTable, normalize
from aggregator.attribution.resolving.named import Named
from aggregator.attribution.resolving.phrase_cuts import PIECES
from aggregator.urls import host_of, registrable

#: A name of two words or more and a last word that may be its tag, in brackets or not.
_OWN_TAG = re.compile(
    r"^(?P<name>\S+(?:\s+\S+)+?)(?:\s*[(\[]\s*|\s+)(?P<tag>[^\s()\[\]]+)\s*[)\]]?$"
)


@dataclass(frozen=True)
class Titled:
    """What a writer's title names: a table outlet, or no one (``named`` None)."""

    named: Named | None


def name_and_tag(table: PublisherTable, who: str) -> Named | None:
    """A table publisher's name followed by its own tag, in brackets or with them lost
    ("Agencia X (AX)"): the publisher, when the name and the tag both name it."""
    found = _OWN_TAG.match(who)
    if found is None:
        return None
    publisher = table.by_name(found.group("name"))
    if publisher is None or table.by_name(found.group("tag")) is not publisher:
        return None
    return Named(publisher.name, True)


def title_of(table: PublisherTable, who: str) -> Titled | None:
    """A writer's title ending in a role, or None when ``who`` is no such title. A title
    names a programme or a desk, nobody's copy ("Jane Doe, Local Journalism Initiative
    Reporter"); only a table outlet's ("AP National Political Writer") names it. An
    outlet's desk ("Harbour Gazette Editors", "… Staff Writers") is read as a desk."""
    single = len(PIECES.split(who)) == 1 and without_desk(who) == who
    rest = before_role_title(who) if single else None
    if rest is None or table.by_name(who) is not None:
        return None
    if LABEL.fullmatch(rest.strip()) is not None:
        # "News Editor", "News Reporter", "Sports Editor": a desk's section, then the role;
        # "News" there is no outlet ("The News" is written with its article)
        return Titled(None)
    words = rest.split()
    heads = (" ".join(words[:cut]) for cut in range(len(words), 0, -1))
    known = next(filter(None, map(table.by_name, heads)), None)
    return Titled(Named(known.name, True) if known is not None else None)


def edition_of(table: PublisherTable, name: str) -> Publisher | None:
    """The table outlet whose web or state edition names it by ``name`` ("BBC" in "BBC
    News Online"), unless ``name`` is only the outlet's name without its article:
    "Standard" alone is "Der Standard", but "Standard Digital" is another paper's whole
    name (the paper is never written so without its article)."""
    found = table.by_name(name)
    if found is None or normalize(name) == normalize(found.name):
        return found
    article, _, rest = found.name.partition(" ")
    cut = rest and article.casefold() in ARTICLES and normalize(rest) == normalize(name)
    return None if cut else found


def form_of(table: PublisherTable, name: str) -> Publisher | None:
    """The table outlet whose edition, app or language site ``name`` is ("The Hindu
    e-Paper, Chennai edition"), or the wire whose regional desk it is ("Reuters Africa")."""
    if (bare := without_form(name)) != name and (outlet := table.by_name(bare)):
        return outlet
    edition = before_subregion(name)  # "Antaranews Sumbar": a regional edition
    if edition is not None and (outlet := table.by_name(edition)) is not None:
        return outlet
    wire = table.by_name(desk) if (desk := before_region(name)) else None
    if wire is not None and wire.kind == "wire":
        return wire
    # "la Repubblica Bari", "g1 Pará": an outlet's local edition by its town or region
    if (town_edition := before_town(name)) is not None:
        written, town = town_edition
        outlet = table.by_name(written)
        if outlet is not None and local_edition(name, written, outlet, town):
            return outlet
    # "BBC News Indonesia", "CBC Manitoba": a public broadcaster's own service
    own = table.by_name(base) if (base := broadcaster_before_service(name)) else None
    return own if own is not None and own.name in PUBLIC_BROADCASTERS else None


def behind_agency_word(table: PublisherTable, name: str) -> Publisher | None:
    """The table's publisher ``name`` spells behind an agency's word in another language
    ("агентства Рейтер"), looked up only when there is such a word."""
    bare = without_agency_word(name)
    return table.by_name(bare) if bare != name.strip() else None


def from_url(table: PublisherTable, url: str, unknown: bool) -> Named | None:
    full = url if "://" in url else "https://" + url
    # "www-livemint-com.cdn.ampproject.org/c/s/www.livemint.com/…": the cached page's site
    full = original_of(full) or full
    publisher = table.by_domain(full)
    if publisher is not None:
        return Named(publisher.name, True, full if "/" in url.split("//")[-1] else None)
    host = host_of(full)
    if not unknown or host is None:
        return None
    # A domain the table lacks is published as its registrable domain, paths dropped.
    domain = domain_as_written(registrable(host), url)  # "elDiario.es" as written
    return Named(domain, False, full if "/" in url.split("//")[-1] else None)
