"""The choice among the pieces a credited phrase leaves: the first naming a table publisher
("ani/dpa", "AP National Political Writer"), a weak credit holding nothing but names, a name
the table lacks when the credit's wording vouches for it, and a name in quotation marks."""

# ruff: noqa: RUF001  (dashes, quotes, full-width colons, letters of other scripts)

from __future__ import annotations

import re

from aggregator.attribution.conventions.inflected import stems
from aggregator.attribution.name_shapes import lowercase_brand_like
from aggregator.attribution.names import Trust, agency_tag, cleaned
from aggregator.attribution.not_credits.citations import cited_not_copied, titled_person
from aggregator.attribution.not_credits.generic_names import GENERIC
from aggregator.attribution.not_credits.own_initials import initials_not_tag
from aggregator.attribution.not_credits.places import a_place
from aggregator.attribution.publishers import PublisherTable, normalize
from aggregator.attribution.resolving.named import Named
from aggregator.attribution.resolving.phrase_cuts import INITIALS, KIND
from aggregator.attribution.resolving.table_forms import behind_agency_word
from aggregator.attribution.unknown_names import (
    CONNECTORS,
    NOT_NAMES,
    a_section,
    leading_name,
    lowercase_brand,
    named_with_lower_case,
    short_name,
    vietnamese_sentence_case,
)
from aggregator.extract.outletnames import outlet_like

#: After a table name, a capitalised word that is no date nor role carries the name on; so
#: does a name's small word before one: "Corriere di Bologna", "Corriere dell'Umbria", "Bild
#: am Sonntag", "Times of Malta", "El País de Cali" are other papers than the table's
#: Corriere della Sera, Bild, The Times, El País (a date after "on" or "in" is none).
_NAME_GOES_ON = re.compile(
    r"^\s+(?:(?:of|di|dell['’]|della|dello|delle|degli|del|de|du|des|da|do|dos|das|am|im|"
    r"van|von|für|y)\s*)?"
    r"(?!(?:on|in|at|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|"
    r"sat|sun)\w*\b)[A-ZÀ-Þ][\w'’-]+"
)
#: What follows a wire's name in its staff's bylines: "AP National Political Writer".
_ROLE = re.compile(
    r"^\s*(?:(?:chief|senior|national|international|foreign|political|business|economics|"
    r"sports|medical|science|technology|legal|special|staff|diplomatic|white house)\s+)*"
    r"(?:writer|correspondent|reporter|editor|staff|journalist)s?\s*$",
    re.I,
)
#: A masthead opening with the Portuguese article "A" ("A Tribuna", "A Gazeta do Norte"),
#: the whole phrase after a credit's label: English's "A" never opens a name there, and an
#: English phrase goes on in lower case ("A local resident", "A Harbour Council spokesman").
_ARTICLE_NAME = re.compile(r"A\s+[A-ZÀ-Þ][\w'’-]+(?:\s+(?:d[aeo]s?\s+)?[A-ZÀ-Þ][\w'’-]+){0,3}")
#: A byline's date part: "Updated: March 3", "2024 10:00 IST".
_DATEISH = re.compile(r"\d|^(?:updated|published|posted|last updated)\b", re.I)


def unknown_name(piece: str, trust: Trust, release: bool = False) -> Named | None:
    """A name the table lacks, when the credit's wording vouches for it."""
    if trust == Trust.KNOWN:
        return None
    raw = leading_name(piece)
    if raw is None and trust == Trust.STRONG and piece[:1].islower():
        raw = lowercase_brand(piece)
    elif raw is None and trust >= Trust.OUTLET and piece[:1].islower():
        # "Source: lokalblick", "Via inkwire daily": after a credit's word, a brand in
        # lower case when its words say it is a paper's (name_shapes.lowercase_brand_like).
        brand = lowercase_brand(piece)
        if brand and lowercase_brand_like(brand):
            return None if cited_not_copied(brand) else Named(brand, False)
    if trust >= Trust.NAMED and (vietnamese := vietnamese_sentence_case(piece)):
        raw = vietnamese
    if raw is None and trust >= Trust.NAMED and _ARTICLE_NAME.fullmatch(piece.strip(" .")):
        raw = piece.strip(" .")  # "Fonte: A Tribuna": the Portuguese article opens the name
    if not raw or a_section(raw, piece):
        return None
    if titled_person(piece):
        return None  # "Reproduced with permission from Dr. Jane Roe": a person
    name = cleaned(raw)
    if a_place(name) and not agency_tag(name):
        # "This article was first published in Kenya": a place, no outlet ("NAN", an
        # agency's tag, is no Thai province)
        return None
    # "Source: Ministry of Health" cites data; "Provided by European Space Agency" or a
    # byline "by European Space Agency" (phys.org) republishes the agency's own release.
    # "Quelle: TU Darmstadt, Pressemitteilung": a press release republished is credited.
    cited = cited_not_copied(name) or cited_not_copied(cleaned(piece))
    if trust == Trust.NAMED and cited and not release:
        return None
    whole = normalize(name) == normalize(cleaned(piece))
    # "Agence de presse sénégalaise", "Agencia de noticias del Sur": an outlet's word opening
    # a name whose later words are in lower case (a Romance language's adjectives and
    # prepositions): the whole name, not its first word
    if not whole and trust >= Trust.OUTLET and _outlet_in_lower_case(cleaned(piece)):
        return Named(cleaned(piece), False)
    if trust == Trust.STRONG or (trust == Trust.NAMED and whole):
        return Named(name, False)
    # "Source: Le Monde diplomatique", "Fuente: Diario de noticias": a name with lower-case
    # words in it, when two capitalised words or an outlet's word say it is a name
    # ("Source: Company filings", "Own research" are not).
    if trust == Trust.NAMED and named_with_lower_case(cleaned(piece)):
        return Named(cleaned(piece), False)
    if whole and (outlet_like(raw) or (trust == Trust.TAG and agency_tag(name))):
        return Named(name, False)
    return None


#: The news in a name: an agency "of press" or "of information", not of health or of water.
_NEWS_IN_NAME = re.compile(
    r"\b(?:presse|press|prensa|imprensa|stampa|noticias|notícias|notizie|nouvelles|"
    r"information|informação|informacion|información|informazione|actualités|news|"
    r"radio|rádio|télévision|televisión|televisão|televisione)\b",
    re.IGNORECASE,
)


def _outlet_in_lower_case(piece: str) -> bool:
    # named_with_lower_case first: it asks for two words at least
    return (
        named_with_lower_case(piece)
        and outlet_like(piece.split()[0])
        and _NEWS_IN_NAME.search(piece) is not None
    )


def quoted_name(
    table: PublisherTable, name: str, trust: Trust, *, kind_said: bool = False
) -> Named | None:
    """A name in quotation marks ("dziennik „Gazeta Portowa”"): the marks say where it
    starts and ends, so its lower-case words are part of it ("«Морской вестник»");
    ``kind_said``: the kind of publication was written before it ("газеты «…»")."""
    known = table.by_name(name)
    if known is None and " " not in name:
        # «Интерфакса», «Медузы», „Guardianem”: a table name under its case ending
        known = next(filter(None, map(table.by_name, stems(name))), None)
    if known is not None:
        return Named(known.name, True)
    # "„der Freitag“", "„die tageszeitung“": a paper may style its article into its name.
    article = re.match(r"(?:der|die|das|the|le|la|el)\s+(?=\w)", name)
    name = cleaned(name[article.end() :] if article else name)
    words = name.split()
    # A script without case ("《东江晚报》") starts a name with any letter.
    first = words[0][:1] if words else ""
    if trust < Trust.NAMED or not 0 < len(words) <= 6 or first.islower() or not first.isalpha():
        return None
    if cited_not_copied(name) or NOT_NAMES.match(words[0]):
        return None
    # "Source: “Mending the roads”" quotes a title: its lower-case words make no name,
    # unless a paper's noun or an outlet's word says it is one ("«Морской вестник»").
    small = [w for w in words if w[:1].islower() and w not in CONNECTORS]
    if small and not kind_said and not named_with_lower_case(name):
        return None
    return Named(article.group(0) + name if article else name, False)


def only_names(table: PublisherTable, pieces: list[str]) -> bool:
    """A weak credit holds nothing but names: "Reuters/Jane Doe", "dpa/AFP/lko"."""
    return all(
        table.by_name(p) is not None
        or normalize(p) in GENERIC
        or INITIALS.match(p)
        or short_name(p)
        or _DATEISH.search(p)
        for p in pieces
    )


def first_known(table: PublisherTable, pieces: list[str], strong: bool) -> Named | None:
    """The first piece naming a table publisher (``strong``: or starting with one)."""
    initials: Named | None = None
    for piece in pieces:
        # "وكالة رويترز", "Agencia Reuters": the kind of outlet, then its name.
        publisher = (
            table.by_name(piece)
            or table.by_name(KIND.sub("", piece))
            or behind_agency_word(table, piece)
        )
        named = publisher.name if publisher is not None and len(pieces) > 1 else None
        if named and initials_not_tag(piece, named, table.spellings(named)):
            # "ani/dpa": the editor's initials, then the wire's tag; "(ats/nxp)": the
            # tag in lower case, no other name after it
            initials = initials or Named(named, True)
            continue
        if publisher is None:
            hit = table.at_start(piece)
            # "AP National Political Writer": a wire's staff byline names the wire.
            role = hit is not None and _ROLE.match(piece[len(hit[1]) :]) is not None
            # "The Telegraph India" goes on with a name's word: another outlet.
            longer = hit is not None and _NAME_GOES_ON.match(piece[len(hit[1]) :])
            if hit is not None and ((strong and not longer) or (role and hit[0].kind == "wire")):
                publisher = hit[0]
        if publisher is not None:
            return Named(publisher.name, True)
    return initials
