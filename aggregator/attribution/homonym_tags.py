"""Agency tags two agencies share, and the cue that says which one a page means (issue 14,
the tenth blind set): "APA" is the Austria Presse Agentur in the table, and the Agence de
Presse Africaine of Dakar on African sites ("APA-Lusaka (Zambia) — …", "AC/lb/APA"); "KNA"
is the Katholische Nachrichten-Agentur, and the Kenya News Agency on Kenyan sites; "CNA" is
Channel NewsAsia, and the Cyprus News Agency or Taiwan's Central News Agency on sites of
their countries; "APS" is the Algérie Presse Service, and the Agence de presse sénégalaise on
Senegalese sites (pass 38). The cue is the site's country domain or the other agency's own
dateline shape, never on a site of the table agency's own country; without one the table's
reading stands."""

# ruff: noqa: RUF001, RUF002, RUF003  (dashes, curly quotes and letters of datelines are meant)

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from aggregator.attribution.publishers import normalize
from aggregator.urls import host_of, registrable

_AFRICA = frozenset(
    """
    sn ci cm ml bf ne tg bj gn ga cg cd mr td cf dj km mg ma dz tn eg ly sd et ke ug tz rw bi
    ng gh lr sl gm gw cv zm zw mw mz ao na bw za ls sz so er ss st gq mu sc
    """.split()  # noqa: SIM905  (a word list reads better as words)
)


@dataclass(frozen=True)
class Homonym:
    """Another agency writing the table's ``tag``, meant on sites of ``countries`` or under
    its own ``dateline`` shape."""

    tag: str
    other: str
    countries: frozenset[str]
    dateline: re.Pattern[str] | None = None
    #: the table's canonical name for the tag's agency, when it is not the tag itself
    #: ("APS" is the table's "Algérie Presse Service")
    table_name: str = ""
    #: the table agency's own country: on its sites the other agency's dateline is its
    #: correspondent's ("Dakar, 4 mars (APS) –" on an Algerian site is Algiers' APS in Dakar)
    home: str = ""

    @property
    def named(self) -> str:
        return self.table_name or self.tag


def _placed(places: str, tag: str) -> re.Pattern[str]:
    """A dateline in one of the agency's home cities: "TAIPEI, March 4 (CNA) -", "Dakar, 04
    mars (APA) -", or the city and its country over copy the tag closes: "NAIROBI, Kenya –"
    (the tag's agency files from there; the other agency does not)."""
    return re.compile(
        r"^(?:" + places + r")\b(?:[^()\n]{0,30}\(" + tag + r"\)|,\s*[A-Z][\w ]{2,20}\s*[-–—:])",
        re.IGNORECASE,
    )


#: Cities of the Agence de Presse Africaine's desks (Dakar and its bureaus in Africa).
_APA_CITIES = (
    "DAKAR|ABIDJAN|BAMAKO|CONAKRY|NIAMEY|OUAGADOUGOU|LOM[EÉ]|COTONOU|YAOUND[EÉ]|DOUALA|"
    "LIBREVILLE|BANJUL|NOUAKCHOTT|ADDIS[- ]ABABA|LUSAKA|KINSHASA|BRAZZAVILLE|HARARE|JOHANNESBURG"
)


HOMONYMS = (
    Homonym(
        "APA",
        "Agence de Presse Africaine",
        _AFRICA,
        # "APA-Lusaka (Zambia) —": the agency, a hyphen, the city, its country in brackets
        re.compile(
            r"^APA\s*[-–]\s*[A-Z][\w'’. -]{1,30}?\s*\([A-Z][\w'’. -]{1,30}\)\s*[-—–:]|"
            + _placed(_APA_CITIES, "APA").pattern,
            re.IGNORECASE,
        ),
    ),
    # Baku's Azeri-Press Agency (apa.az) on Azerbaijani sites and under "Bakı"/"Baku".
    Homonym(
        "APA", "Azeri-Press Agency", frozenset({"az"}), _placed("BAK[UI]|BAKı|G[AƏ]NC[AƏ]", "APA")
    ),
    Homonym(
        "KNA", "Kenya News Agency", frozenset({"ke"}), _placed("NAIROBI|MOMBASA|KISUMU", "KNA")
    ),
    Homonym("CNA", "Cyprus News Agency", frozenset({"cy"}), _placed("NICOSIA|LIMASSOL", "CNA")),
    # "APS" is Algiers' Algérie Presse Service in the table, and Dakar's Agence de presse
    # sénégalaise on Senegalese sites and under its desks' datelines ("Saint-Louis, 12 mars
    # (APS) –").
    Homonym(
        "APS",
        "Agence de presse sénégalaise",
        frozenset({"sn"}),
        _placed(
            "DAKAR|SAINT-LOUIS|THI[EÈ]S|ZIGUINCHOR|KAOLACK|TAMBACOUNDA|KOLDA|MATAM|LOUGA|"
            "FATICK|KAFFRINE|K[EÉ]DOUGOU|S[EÉ]DHIOU|DIOURBEL|TOUBA|MBOUR",
            "APS",
        ),
        table_name="Algérie Presse Service",
        home="dz",
    ),
    Homonym(
        "CNA",
        "Central News Agency",
        frozenset({"tw"}),
        _placed("TAIPEI|TAICHUNG|KAOHSIUNG|TAINAN", "CNA"),
    ),
)
_TAGS = frozenset(normalize(h.named) for h in HOMONYMS)
#: An agency's tag joined to its city, the country in brackets: "APA-Lusaka (Zambia) —", the
#: house dateline of Dakar's agency (and of others writing it so): the tag is the credit.
JOINED_DATELINE = re.compile(
    r"^(?P<credit>(?P<who>[A-Z]{2,6})\s*[-–]\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s*"
    r"\([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\)\s*[-—–:])\s*"
)


def meant(publisher: str | None, url: str, lines: Sequence[str]) -> str | None:
    """The agency ``publisher`` (a table name decided for the page) means on this page."""
    if publisher is None or normalize(publisher) not in _TAGS:
        return publisher
    country = registrable(host_of(url) or "").rsplit(".", 1)[-1]
    head = next((line.strip() for line in lines if line.strip()), "")
    for homonym in HOMONYMS:
        if normalize(homonym.named) != normalize(publisher):
            continue
        datelined = homonym.dateline is not None and homonym.dateline.match(head) is not None
        if country in homonym.countries or (datelined and country != homonym.home):
            return homonym.other
    return publisher
