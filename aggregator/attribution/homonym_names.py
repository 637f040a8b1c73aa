"""A table outlet's masthead name that another paper also bears, told apart by the credit's
link (issue 14, conventions round 13): "Source: The Nation" linked to an article on
nation.com.pk is Pakistan's paper, not the US weekly; "Source: The Daily Telegraph" linked to
dailytelegraph.com.au is Sydney's, not London's. Many papers share a masthead made only of a
paper's words ("The Standard", "Daily Star", "Sunday Times", "The National"); the address the
credit links says which one the copy means, and the copy is credited to that address's domain.

Only when every cue agrees, so that a table outlet's copy is never sent elsewhere:

- the credited words are a masthead's words alone (an article, "Daily", "Sunday", a paper's
  word: "Times", "Star", "Standard", "Nation"); a name with a place or a brand in it ("New
  York Times", "Reuters") is one paper's;
- the link is an article on a domain the table gives no one, that spells the credited name (a
  word of it, or its initials: "The Business Standard" at tbsnews.net);
- its domain is no spelling of the outlet's own: never the outlet's domain name under another
  suffix (an edition's: derstandard.de, vogue.fr), and never a name containing the outlet's
  domain name or contained in it (reutersagency.com) unless it is under the suffix of a
  country (or a region's own suffix, ".scot") where the outlet has no domain.
"""

from __future__ import annotations

import re
import unicodedata

from aggregator.attribution.publishers import Publisher
from aggregator.extract.outletnames import OUTLET_WORDS
from aggregator.urls import host_of, registrable

#: Words a masthead is made of besides the paper's own words (OUTLET_WORDS).
_MASTHEAD = frozenset(
    """
    the a an el la le les der die das de het il lo o
    daily sunday weekly evening morning business nation national país pais
    """.split()  # noqa: SIM905  (a word list reads better as words)
)
#: A region's own suffix, read as a country's (".scot": Scotland).
_REGION_SUFFIXES = frozenset("scot wales cymru cat eus gal bzh quebec".split())  # noqa: SIM905
_WORD = re.compile(r"[^\W\d_]+")


def homonym_domain(who: str, href: str, publisher: Publisher) -> str | None:
    """The domain of the other paper that the credited masthead ``who``, linked to ``href``,
    means instead of the table's ``publisher``; None when nothing says it is another."""
    if not masthead_only(who):
        return None
    words = [w.casefold() for w in _WORD.findall(who)]
    if not (host := host_of(href)):
        return None
    domain = registrable(host)
    label = _label(domain)
    own = [_label(d) for d in publisher.domains]
    if not own or label in own or not _spells(label, words):
        return None
    related = any(o in label or label in o for o in own)
    country = _country(domain)
    if related and (country is None or country in {_country(d) for d in publisher.domains}):
        return None
    return domain


def masthead_only(who: str) -> bool:
    """Whether ``who`` is made of a masthead's words alone ("The Nation", "Daily Star",
    "Corriere", "Diário"), which many papers share; a name with a place or a brand in it is
    one paper's."""
    words = [w.casefold() for w in _WORD.findall(who)]
    return bool(words) and all(_masthead_word(w) for w in words)


def _masthead_word(word: str) -> bool:
    if word in _MASTHEAD or word in OUTLET_WORDS:
        return True
    bare = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    return bare in _MASTHEAD or bare in OUTLET_WORDS


def _label(domain: str) -> str:
    return domain.split(".", 1)[0].replace("-", "")


def _country(domain: str) -> str | None:
    suffix = domain.rsplit(".", 1)[-1]
    return suffix if len(suffix) == 2 or suffix in _REGION_SUFFIXES else None


def _spells(label: str, words: list[str]) -> bool:
    """The domain's name spells the masthead: a word of it (no article) or its initials."""
    if any(len(w) > 3 and w in label for w in words if w not in _MASTHEAD or len(w) > 5):
        return True
    initials = "".join(w[0] for w in words)
    return len(initials) >= 3 and label.startswith(initials)
