"""A copy's JSON-LD ``publisher`` left naming the outlet it was copied from (issue 14, the
twelfth conventions round).

A site's JSON-LD ``publisher`` is nearly always the site itself or its parent company, and a
table outlet named there on a site the table does not give it is "not trusted alone"
(own_site.OwnSite.adopt): a sister site, or a site whose other domain the table lacks, shares
its names. A syndication plugin or a CMS that imports wire copy keeps the original's
``publisher`` object ("The Associated Press", "Deutsche Presse-Agentur", "時事通信") while the
page names itself everywhere else. The markup then contradicts itself, and the outlet it names
beside the site's own name is the copy's source. It counts when:

- the page names itself by ``og:site_name``, and that name is none of the foreign ones (a
  site calling itself by another outlet's name in every field is that outlet's sister, not
  its copy);
- no ``publisher`` of the page's JSON-LD is the site's own (its name or its domain: an own
  publisher beside a foreign one is a network's shared markup);
- the foreign name is a table outlet, and not the site itself by its domain, an edition's
  domain or a shortened name (``OwnSite.is_self``, read by the caller).
It is markup evidence tried after every other markup claim, so a credit line, ``isBasedOn`` or
``sourceOrganization`` still decides first.
"""

from __future__ import annotations

from aggregator.attribution.markup import Claim

#: Where the foreign names come from (markup.self_names): the article's own publisher field.
_PUBLISHER = "json-ld publisher"


def copied_publisher_claims(
    claimed: list[tuple[str, str]], foreign: list[tuple[str, str]], site_name: str | None
) -> list[Claim]:
    """Claims for the foreign JSON-LD publisher names of a page that names itself otherwise.
    ``claimed``: every (where, name) the page gives for its own publisher
    (markup.self_names); ``foreign``: those OwnSite.adopt refused."""
    if not site_name or any(name == site_name for _, name in foreign):
        return []
    own_publisher = [
        name for where, name in claimed if where == _PUBLISHER and (where, name) not in foreign
    ]
    if own_publisher:
        return []
    names = [name for where, name in foreign if where == _PUBLISHER and "/" not in name]
    return [Claim(f"{_PUBLISHER} (a copy's, the site names itself otherwise)", n) for n in names]
