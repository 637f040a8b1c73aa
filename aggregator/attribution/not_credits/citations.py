"""What a source label cites when it is no publisher's credit (issue 14).

"Source: Dr. Jane Roe", "Fonte: Secretaria de Saúde", "Izvor: DZS" end many originals: the
label cites a person, an institution or a statistics office for the story's facts. Newsroom
convention credits a copied story to an outlet, and a wire credited by its acronym is one the
publisher table knows; a name the table lacks that reads as one of these is a citation.
"""

from __future__ import annotations

import re

from aggregator.attribution.conventions.station_words import ends_outlet
from aggregator.attribution.names import institution_like
from aggregator.attribution.not_credits.authorities import authority
from aggregator.attribution.not_credits.zh_citations import cited_in_chinese
from aggregator.extract.outletnames import outlet_like
from aggregator.extract.personnames import COMMON_GIVEN_NAMES, GIVEN_NAMES

# A person's title before a name: only people carry one ("Dr. Oriel Mackintosh").
_TITLED = re.compile(
    r"^(?:dr|dra|prof|profa|professor|mr|mrs|ms|mx|sir|dame|rev|hon|gen|col|capt|sgt|"
    r"sr|sra|srta|dott|dott\.ssa|ing|mgr|mudr|judr|herr|frau|m|mme|mlle|pr|dkt|bi|bw)"
    r"(?:\.\s*|\s+)[A-ZÀ-ÖØ-ÞĀ-Ž]",
    re.IGNORECASE,
)
# Bodies that publish figures, not stories, cited by their acronyms: national statistics
# offices and international organisations. An acronym alone can be a broadcaster's too
# ("Bron: NOS", "Izvor: RTS"), so only these are read as citations.
_FIGURE_BODIES = frozenset(
    """
    tüik mup hzzo hzjz dhmz nav anaf igsu isu mnb nbp čnb cnb hnb nbs bnr rosstat
    ons abs ine insee istat destatis ksh čsú csu gus ins tüik tuik bps cbs scb ssb dst bfs
    statcan dzs rzs surs elstat ελστατ cso nso pbs bbs nbs ibge indec dane inegi
    inei bls bea cdc fda nih noaa nasa epa who oms imf fmi oecd ocde unicef unhcr undp fao
    wfp iea opec eurostat ecb bce ilo oit wto omc eia fbi
    """.split()  # noqa: SIM905  (a word list reads better as words)
)

# Hungarian and German write an institution as one word: "Belügyminisztérium",
# "Statisztikai Hivatal", "Innenministerium", "Gesundheitsbehörde".
_COMPOUND_INSTITUTION = re.compile(
    r"\w*(?:minisztérium|ministerium|hivatal|behörde|önkormányzat)\b", re.IGNORECASE
)

# A name that goes on with a document's lower-case noun cites the document: "Acme Corp annual
# report", "Harbour Board figures" (an outlet's name is capitalised to its end).
_DOCUMENT = re.compile(
    r"\s(?:annual\s+|quarterly\s+|press\s+|official\s+)?(?:report|reports|filings?|data|"
    r"figures|statistics|study|survey|statement|release|estimates?|records|accounts|"
    r"results|analysis|calculations)$"
)


# A city's or a state's government: "City of Westmarch", "Grad Zagreb", "Budapest Főváros".
_GOVERNMENT = re.compile(
    r"^(?:city|town|county|state|province|region|municipality|republic)\s+of\s|"
    r"^(?:grad|općina|opcina|opština|opstina|municipiul|orașul|oraşul|județul|judetul)\s|"
    r"\s(?:főváros|megye|önkormányzat)$",
    re.IGNORECASE,
)
# Bodies written as one word or with their kind last: "国家统计局" (bureau), "卫生部"
# (ministry), "Держстат", "Росстат" (statistics offices), "Tổng cục Thống kê" (statistics).
#: Japanese "国土交通省" (ministry), "気象庁" (agency); Korean "통계청" (office), "국토교통부"
#: (ministry), "식품의약품안전처"; Vietnamese names open with the kind: "Sở Giao thông Vận tải"
#: (department), "Bộ Y tế" (ministry), "Tổng cục Thống kê"; a researcher's title or team
#: written last ("김민수 교수 연구팀", "山田教授の研究チーム").
_BODY_ENDING = re.compile(
    r"(?:局|部|厅|廳|省|庁|委员会|委員會|政府|医院|醫院|大学|大學|研究所|研究院|статистики|стат|"
    r"thống kê|bộ [^\s]+|청|처|부|위원회|"
    # a researcher or a research team by their role: "김민수 교수 연구팀", "山田教授の研究チーム"
    r"교수|박사|연구팀|연구진|연구소|教授|博士|研究チーム|研究グループ|研究团队|课题组|"
    # a survey or poll, whoever ran it: "NHK世論調査", "여론조사"
    r"調査|调查|調查|조사)$|"
    r"^(?:sở|bộ|ủy\s+ban|uỷ\s+ban|tổng\s+cục|cục|chi\s+cục|công\s+an|viện|trường\s+đại\s+học)\s",
    re.IGNORECASE,
)
# A wire's picture or graphics desk credits a picture, never a story: "Reuters Graphics",
# "Europa Press Fotos".
_MEDIA_DESK = re.compile(
    # "The Eastern Graphic", "The Daily Graphic": a paper's masthead opens with its article
    r"^(?!the\s)[^\n]*\s(?:graphics?|infographics?|photos?|fotos?|fotografía|pictures?|images?|videos?|"
    r"grafik|infografik|gráficos?|infografía)$",
    re.IGNORECASE,
)
# Korean names: a common family name, then a hyphenated given name ("Kim Min-jun").
_KOREAN_NAME = re.compile(
    r"^(?:kim|lee|park|choi|jung|jeong|kang|cho|yoon|yun|jang|lim|han|oh|seo|shin|kwon|"
    r"hwang|ahn|song|hong|yoo)\s+[A-Z][a-z]+-[a-z]+$",
    re.IGNORECASE,
)


def named_person(name: str) -> bool:
    """Whether ``name`` is a person's: two or three capitalised words with a common given
    name first or, written family name first (Hungarian, Korean), last."""
    words = name.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return False
    if not all(w.replace("-", "").replace("'", "").isalpha() for w in words):
        return False
    if outlet_like(name) or ends_outlet([w.casefold() for w in words]):
        return False  # "Hope FM", "Nova Gazeta": a station's or a paper's word
    # written family name first, the given name last: the common ones only ("Suara Pantai
    # Timur" is a paper)
    given = words[0].casefold() in GIVEN_NAMES or words[-1].casefold() in COMMON_GIVEN_NAMES
    return given or _KOREAN_NAME.match(name) is not None


def titled_person(name: str) -> bool:
    """Whether ``name`` opens with a person's title: "Dr. Oriel Mackintosh", "Prof. Kemal"."""
    return bool(_TITLED.match(name.strip()))


#: The health desks' citation of a release among a story's sources, its date after it:
#: HealthDay's "SOURCE: Harbour Kidney Unit, news release, March 18, 2027" (the desk's own
#: story cites it; "Quelle: X, Pressemitteilung" is the release itself, reposted: X's).
_RELEASE_PIECE = re.compile(
    r",\s*news\s+(?:release|conference)\s*(?:,\s*\w+\.?\s+\d|;)", re.IGNORECASE
)


def cites_release(who: str) -> bool:
    """Whether a credit's phrase names its issuer's release after it ("X, news release,
    March 18, 2027"): the facts' source, cited; no story's publisher."""
    return _RELEASE_PIECE.search(who) is not None


def cited_not_copied(name: str) -> bool:
    """Whether a name the publisher table lacks, after a source label, cites where facts come
    from (a titled person, an institution, a statistics office's acronym) rather than naming
    an outlet."""
    name = name.strip(" .,;:")
    folded = name.casefold().replace("i\u0307", "i")  # "TÜİK": a dotted capital I
    if titled_person(name) or folded in _FIGURE_BODIES or _DOCUMENT.search(name):
        return True
    if named_person(name) or _MEDIA_DESK.search(name):
        return True
    if _GOVERNMENT.search(name) or _BODY_ENDING.search(name):
        return True
    if cited_in_chinese(name) or authority(name):
        return True
    return institution_like(name) or _COMPOUND_INSTITUTION.search(name) is not None


#: A government's or an intergovernmental body's site: "Source: https://www.gov.uk/government/
#: statistics/…", "Fuente: www.ine.gob.es", "who.int". Like "Source: Ministry of Health", it
#: cites where the figures come from; no government site publishes the news stories others copy.
_GOVERNMENT_HOST = re.compile(
    r"(?:^|\.)(?:(?:gov|gob|gouv|govt|gv|mil|go|gc)\.[a-z]{2}|[a-z0-9-]+\.(?:gov|mil|int)|"
    r"europa\.eu|admin\.ch|bund\.de|canada\.ca|(?:rijks)?overheid\.nl|nic\.in)$",
    re.IGNORECASE,
)


def government_host(host: str) -> bool:
    """Whether ``host`` is a government's or an intergovernmental body's site."""
    return _GOVERNMENT_HOST.search(host.removeprefix("www.")) is not None
