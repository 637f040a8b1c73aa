"""Datelines that credit an agency: "CAIRO (Reuters) -", "MOSCOW, March 4. /TASS/.",
"JAKARTA, KOMPAS.com -", "بيروت - رويترز:" (issue 14)."""

# ruff: noqa: RUF001, RUF002, RUF003  (dashes and letters of other scripts are meant)

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from aggregator.attribution.names import Trust
from aggregator.attribution.not_credits import own_initials
from aggregator.attribution.publishers import load_table, national_agencies, normalize

#: Decides whether a phrase names a publisher: (who, trust) -> accepted.
Accept = Callable[[str, Trust], bool]


class Dateline(NamedTuple):
    """A dateline's credit part, the agency it names, how sure it is, the story after it."""

    credit: str
    who: str
    trust: Trust
    rest: str


#: "CAIRO (Reuters) -", "New Delhi, Mar 3 (PTI)": the place is capitalised words or a date.
# Words of scripts without letter case (Arabic, Urdu, Devanagari, Bengali and the other
# South Asian scripts up to Sinhala): any may name a place.
_UNCASED = r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\u0900-\u0dff]+"
# "İSTANBUL": Turkish capitals beyond Latin-1 too; "КАМЕНСК": Cyrillic ones.
_PLACE = r"(?:[A-ZÀ-ÞİŞĞА-ЯЁ][\w.'’-]*|" + _UNCASED + r")"
_PLACE_MORE = (
    r"(?:[A-ZÀ-ÞİŞĞ][\w.'’-]*|"
    + _UNCASED
    # "9th March, 2026", "1er mars", "1º de marzo": a day may carry its ordinal's ending
    + r"|\d{1,4}(?:st|nd|rd|th|er|º|°)?[,.]?|[a-z]{3,4}\.?|"
    # "4. března", "4 marca": a month after a day, in Central European letters too
    r"(?:(?<=\d\s)|(?<=\d\.\s)|(?<=de\s))[a-zà-ÿā-žа-яё]{2,9}\.?|de\b|"
    r"[(\[][^()\[\]\n]{1,30}[)\]])"
)
#: "CAIRO (Reuters) -", "New Delhi, Mar 3 (PTI)", "Dhaka [Bangladesh], March 4 (ANI):",
#: "Acapulco (México), 4 mar (EFE).-", "بيروت (رويترز) -": the place is capitalised (or
#: uncased) words, a date or a region in brackets; the last bracket before the story credits.
DATELINE = re.compile(
    # "ISLAMABAD: (APP)", "القاهرة - (أ ف ب) -": a colon or a spaced dash may end the place.
    # "الكويت - 4 - 3 (كونا) --": spaced dashes may part the place and the date.
    r"^(?P<credit>" + _PLACE + r"(?:(?:[ ,،/]+|\s[-—–]\s)" + _PLACE_MORE + r"){0,7}"
    r"(?:[ ,،]|:|\s[-—–])*\s*"
    r"[(\[](?P<who>[^()\[\]\n]{1,40})[)\]]\s*(?:[.]?[-—–:]+\s*)?)(?=\S)"
    # "(AFP) - Officials said ...": no place, but the dash
    r"|^(?P<credit2>[(\[](?P<who2>[^()\[\]\n]{1,40})[)\]]\s*[.]?[-—–]+\s*)(?=\S)",
    re.UNICODE,
)
#: "MOSCOW, March 4. /TASS/.": the agency between slashes after the place and date.
SLASH_DATELINE = re.compile(
    r"^(?P<credit>" + _PLACE + r"(?:[ ,،]+" + _PLACE_MORE + r"){0,7}[.,]?\s*"
    r"/(?P<who>[^/\n]{2,30})/\s*[.]?\s*(?:[-—–]+\s*)?)(?=\S)",
    re.UNICODE,
)
#: "JAKARTA, KOMPAS.com -", "Liputan6.com, Jakarta -": Indonesian portals date a story with
#: their own domain, before or after the place.
DOMAIN_DATELINE = re.compile(
    r"^(?P<credit>(?:" + _PLACE + r"(?:\s+" + _PLACE + r"){0,2},\s*(?P<who>(?:[A-Za-z0-9-]+\.)+"
    r"[A-Za-z]{2,4})|(?P<who2>(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,4}),\s*"
    + _PLACE
    + r"(?:\s+"
    + _PLACE
    + r"){0,2})\s*[-—–]+\s*)(?=\S)",
    re.UNICODE,
)
#: A place in Arabic script or Devanagari (one to three words), a dash, then what follows.
UNBRACKETED_DATELINE = re.compile(
    r"^(?:" + _UNCASED + r")(?:\s+(?:" + _UNCASED + r")){0,2}\s*[-—–]\s*(?P<rest>\S.*)$",
    re.UNICODE,
)


#: An agency's word closing a dateline's bracket, in the languages whose agencies sign so.
_AGENCY_WORD_LAST = re.compile(
    r"\s(?:nachrichtenagentur|presseagentur|news\s+agency|haber\s+ajansı|agenzia|"
    r"nieuwsagentschap|persbureau|nyhetsbyrå|hírügynökség|agencja\s+prasowa)$",
    re.IGNORECASE,
)


def dateline(
    line: str, accept: Accept, is_wire: Callable[[str], bool] | None = None
) -> Dateline | None:
    """The dateline opening ``line`` and the agency it names, when ``accept`` takes it;
    ``is_wire`` says which names are wires' (the publisher table the resolver merged, the
    operator's file with the bundled one; the bundled table alone when not given)."""
    match = DATELINE.match(line)
    # "Asankrom (WNR), March 10, GNA -": a bracket naming no agency may be the place's region,
    # the agency's tag coming after the date.
    found = _bracketed(line, match, accept, is_wire or _bundled_wire) if match is not None else None
    if found is None:
        found = _slash(line, accept) or _domain(line, accept) or _japanese(line, accept)
        found = found or _unbracketed(line, accept) or _east_asian(line, accept)
        found = found or _bare_tag(line, accept) or _correspondent(line, accept)
        found = found or _regional(line, accept) or _latin_in_brackets(line, accept)
    return found


def _bracketed(
    line: str, match: re.Match[str], accept: Accept, is_wire: Callable[[str], bool]
) -> Dateline | None:
    """ "CAIRO (Reuters) -", "New Delhi, Mar 3 (PTI)": the agency in the last bracket."""
    group = "credit" if match.group("credit") else "credit2"
    credit, who = match.group(group), (match.group("who") or match.group("who2")).strip()
    # "Montpellier (SID) –", "KATHMANDU, March 4 (RSS):": with its dash or colon, a
    # dateline's tag is an agency's, known or not; "Lima, 4 mar (Andina) -": with a date
    # too, one capitalised word is.
    dashed = re.search(r"[-—–:]\s*$", credit) is not None
    trust = Trust.TAG if dashed else Trust.KNOWN
    # "(Tidewise) — The council …": with no place, the bracket and the dash are the credit.
    dated = re.search(r"\d", credit) or group == "credit2"
    # "Abuja, March 4, 2026 (NAN) The council …": a national agency's capitals after a place
    # and a date are its tag even without the dash (NAN, GNA, NNA sign so).
    if dated and national_tag(who):
        trust = Trust.TAG
    if dashed and dated and re.fullmatch(r"[A-ZÀ-Þ][a-zà-ÿ]{3,14}", who):
        trust = Trust.STRONG
    # "8 mar. (askanews) -": a brand in lower case; "Lindenhagen (dts Nachrichtenagentur) -":
    # a name with its agency word. Either, with the dash, is an agency's tag.
    if dashed and ((dated and re.fullmatch(r"[a-z]{3,14}", who)) or _AGENCY_WORD_LAST.search(who)):
        trust = Trust.STRONG
    # "اسلام آباد (ثناء نیوز)": in scripts without capitals a dateline's bracket names the
    # agency even without a dash, when the name reads as an outlet's.
    if not who[:1].isascii() and not who[:1].isupper():
        trust = max(trust, Trust.OUTLET)
    # "the Tamil National Alliance (TNA) said …": with neither dash nor date, an
    # abbreviation explained in its sentence (not_credits/own_initials).
    if not dashed and not dated and own_initials.glossed(credit[: credit.rfind("(")], who):
        return None
    # "LONDON (NAN) …": a national agency dates its dateline or dashes it.
    if not dashed and not dated and normalize(who) in national_agencies():
        return None
    if not accept(who, trust):
        # "TORONTO, Feb 16 (Reuters Breakingviews) -", "NEW YORK (Reuters Health) -": a
        # wire's service, its name then the service's, dashed: the wire's copy.
        service = _wire_of_service(who, is_wire) if dashed else None
        if service is None or not accept(service, trust):
            return None
        who = service
    return Dateline(credit.strip(), who, trust, line[match.end(group) :])


#: A wire's name, then one or two capitalised words of its service's name.
# (A hyphen joins another agency: "Interfax-Ukraine" is not Interfax.)
_SERVICE = re.compile(r"(?P<wire>\S+)\s+(?:[A-Z]\w+)(?:\s[A-Z]\w+)?")


def _wire_of_service(who: str, is_wire: Callable[[str], bool]) -> str | None:
    """The wire whose service ``who`` names ("Reuters Breakingviews": Reuters), if any."""
    match = _SERVICE.fullmatch(who.strip())
    return match.group("wire") if match is not None and is_wire(match.group("wire")) else None


def _bundled_wire(name: str) -> bool:
    """Whether ``name`` is a wire's in the bundled table (no operator's file given)."""
    publisher = load_table().by_name(name)
    return publisher is not None and publisher.kind == "wire"


#: "【ワシントン共同】", "【山里時事】": a Japanese dateline, the place and the agency's short
#: name in lenticular brackets; the short names are the agencies' own, mapped to the table's.
BRACKET_DATELINE = re.compile(r"^(?P<credit>【[^】\n]{0,15}?(?P<who>共同|時事)】\s*)(?=\S)")
_JAPANESE_AGENCIES = {"共同": "共同通信", "時事": "時事通信"}


#: "［東京　１４日　ロイター］ -": Reuters' and Bloomberg's Japanese services date a story
#: with the place, the day and the wire's name in full-width square brackets.
SQUARE_DATELINE = re.compile(
    r"^(?P<credit>［(?:[^］\s　]{1,12}[\s　]+){1,3}(?P<who>[^］\s　\d０-９]{2,12})］"
    r"[\s　]*(?:[-－–—]+[\s　]*)?)(?=\S)"
)


def _japanese(line: str, accept: Accept) -> Dateline | None:
    match = BRACKET_DATELINE.match(line)
    who = _JAPANESE_AGENCIES[match.group("who")] if match else ""
    if match is None and (match := SQUARE_DATELINE.match(line)) is not None:
        who = match.group("who")  # a table name only: a place's own words stay
    if match is None or not accept(who, Trust.KNOWN):
        return None
    credit = match.group("credit")
    return Dateline(credit.strip(), who, Trust.KNOWN, line[len(credit) :])


#: "/Корр. ТАСС Анна Смирнова/": the agency's correspondent, named after the agency.
_CORRESPONDENT = re.compile(
    r"^(?:(?:спец|соб)\.?\s*)?корр(?:еспондент)?\.?\s+(?:корр\.?\s+)?(?P<rest>\S.*)$", re.I
)


#: "Мария Иванова, БТА": a person's two or three capitalised words, a comma, the agency's tag
#: in capitals.
_REPORTER_THEN_TAG = re.compile(
    r"^(?:[A-ZÀ-ÞА-ЯЁ][\w'’-]+\s+){1,2}[A-ZÀ-ÞА-ЯЁ][\w'’-]+\s*,\s*"
    r"(?P<tag>[A-ZÀ-ÞА-ЯЁ]{2,6})$"
)


def _slash(line: str, accept: Accept) -> Dateline | None:
    """ "MOSCOW, March 4. /TASS/. …": the agency's name between slashes, or its
    correspondent's tag there ("/Корр. ТАСС Анна Смирнова/": the agency, a table name)."""
    match = SLASH_DATELINE.match(line)
    if match is None:
        return None
    who, trust = match.group("who").strip(), Trust.TAG
    correspondent = _CORRESPONDENT.match(who)
    # "/Мария Иванова, БТА/": the reporter's name, then the agency's tag (BTA signs so)
    reporter = _REPORTER_THEN_TAG.match(who)
    if reporter is not None:
        who = reporter.group("tag")
    elif correspondent is not None:
        words = correspondent.group("rest").split()
        trust = Trust.KNOWN
        who = next(
            (" ".join(words[:n]) for n in (3, 2, 1) if accept(" ".join(words[:n]), trust)), ""
        )
    if not who or not accept(who, trust):
        return None
    credit = match.group("credit")
    return Dateline(credit.strip(), who, trust, line[len(credit) :])


#: "Москва. 4 марта. INTERFAX.RU - …": the place and the date, each closed by a full stop,
#: then the agency's domain in capitals and a dash.
DATED_DOMAIN_DATELINE = re.compile(
    r"^(?P<credit>" + _PLACE + r"(?:[ ,.]+" + _PLACE_MORE + r"){1,7}[.,]?\s+"
    r"(?P<who>(?:[A-Z0-9-]+\.)+[A-Z]{2,4})\s*[-—–]+\s*)(?=\S)",
    re.UNICODE,
)


def _domain(line: str, accept: Accept) -> Dateline | None:
    """ "JAKARTA, KOMPAS.com - …": a portal's domain beside the place."""
    match = DOMAIN_DATELINE.match(line)
    # A domain in capitals after a dated place is a wire's own style: a table domain only
    # ("LONDON, March 4. GOV.UK -" names a government's site).
    trust = Trust.OUTLET if match is not None else Trust.KNOWN
    match = match or DATED_DOMAIN_DATELINE.match(line)
    if match is None:
        return None
    groups = match.groupdict()
    who = (groups.get("who") or groups.get("who2") or "").lower()
    if not accept(who, trust):
        return None
    credit = match.group("credit")
    return Dateline(credit.strip(), who, trust, line[len(credit) :])


def _unbracketed(line: str, accept: Accept) -> Dateline | None:
    """ "بيروت - رويترز:", "القاهرة - أ ش أ": in Arabic-script and Devanagari datelines the
    agency follows the place after a dash, without brackets; only a table name counts."""
    match = UNBRACKETED_DATELINE.match(line)
    if match is None:
        return None
    words = match.group("rest").split()
    for count in range(min(4, len(words)), 0, -1):
        who = " ".join(words[:count]).rstrip(":：-—–،")
        if accept(who, Trust.KNOWN):
            end = match.start("rest") + len(" ".join(words[:count]))
            tail = re.match(r"\s*[:：\-—–،]*\s*", line[end:])
            end += tail.end() if tail else 0
            return Dateline(line[:end].strip(), who, Trust.KNOWN, line[end:])
    return None


#: "(서울=연합뉴스) 홍길동 기자 =": a Korean dateline, the place and the agency joined by "=",
#: then the reporter; "新华社北京3月4日电（记者 李明）": Xinhua's, the agency first and "电".
EQUALS_DATELINE = re.compile(
    # "(사진=연합뉴스)", "(그래픽=…)": a photo's or a graphic's credit, not a dateline
    r"^(?P<credit>[(\[（](?!\s*(?:사진|그래픽|영상|자료\s*사진|자료|제공|출처|写真|图|圖)\s*=)"
    r"[^=()\[\]（）\n]{1,20}=\s*(?P<who>[^()\[\]（）\n]{1,20}?)\s*[)\]）]\s*"
    r"(?:[^\s=]{1,12}(?:\s+[^\s=]{1,12})?\s+(?:기자|특파원|통신원)\s*=\s*)?)(?=\S)"
)
CHINESE_DATELINE = re.compile(
    r"^(?P<credit>(?P<who>新华社|新華社|中新社|中新网)[^电電\n]{0,16}[电電]\s*(?:[（(][^）)\n]{0,30}[）)])?\s*)"
    r"(?=\S)"
)
#: "（中央社記者林志豪東港5日電）": Taiwan's CNA, the agency, reporter, place and day in brackets;
#: "（法新社临澄6日电）": any agency whose Chinese name ends in 社 dates its copy so.
BRACKETED_CHINESE_DATELINE = re.compile(
    r"^(?P<credit>[（(](?P<who>中央社|新華社|新华社|中新社|[\u4e00-\u9fff]{1,3}社)"
    r"[^）)\n]{0,24}?[電电][）)]\s*)(?=\S)"
)
#: "路透北京3月6日 -": Reuters' Chinese service, its short name, the place, the date, a dash.
DASHED_CHINESE_DATELINE = re.compile(
    r"^(?P<credit>(?P<who>路透社?)[\u4e00-\u9fff]{1,8}\d{1,2}月\d{1,2}日\s*[-—–]+\s*)(?=\S)"
)
_CHINESE_SHORT_NAMES = {"路透": "路透社"}


def _east_asian(line: str, accept: Accept) -> Dateline | None:
    """Korean and Chinese agency datelines; only a table name counts."""
    match = (
        EQUALS_DATELINE.match(line)
        or CHINESE_DATELINE.match(line)
        or BRACKETED_CHINESE_DATELINE.match(line)
        or DASHED_CHINESE_DATELINE.match(line)
    )
    who = match.group("who").strip() if match else ""
    who = _CHINESE_SHORT_NAMES.get(who, who)
    if match is None or not accept(who, Trust.KNOWN):
        return None
    credit = match.group("credit")
    return Dateline(credit.strip(), who, Trust.KNOWN, line[len(credit) :])


#: "SYDNEY, March 6 AAP - ": Australian Associated Press puts its tag after the date without
#: brackets; an upper-case place, a month and a day, the tag, a dash (a table name only).
BARE_TAG_DATELINE = re.compile(
    r"^(?P<credit>[A-Z][A-Z.'’-]+(?:\s[A-Z][A-Z.'’-]+){0,2},\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+"
    r"(?P<who>[A-Z]{2,6})\s+[-—–]+\s*)(?=\S)"
)

#: "RIYADH, March 4, 2026, SPA --", "Riyadh, March 7, 2026, SPA --", "МОСКВА, 4 мар — РИА
#: Новости.": other agencies' tags without brackets after the date, before or after a dash,
#: closed by a dash or a full stop (a table name only); the place in capitals or title case,
#: never a day or a preposition ("On Tuesday, March 7, Reuters -" is no dateline).
DATED_TAG_DATELINE = re.compile(
    r"^(?!(?i:on|in|at|by|since|until|last|this|today|yesterday|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday)\b)"
    r"(?P<credit>[A-ZА-ЯЁ][\w.'’-]+(?:\s[A-ZА-ЯЁ][\w.'’-]+){0,2}"
    # "Asankrom (WNR),", "Ho (V/R),": the place's region in brackets, as Ghana's GNA writes it
    r"(?:\s*[(\[][A-Za-z/.&-]{1,8}[)\]])?,\s*"
    r"(?:[A-Za-zА-Яа-яё]{3,9}\.?\s+\d{1,2}|\d{1,2}\.?\s+[A-Za-zА-Яа-яё]{3,9}\.?)(?:,?\s+\d{4})?"
    r"[,.]?\s+(?:[-—–]+\s*)?(?P<who>[^\W\d_][^\n.,—–-]{0,30}?)\s*(?:[-—–]+|[.])\s*)(?=\S)"
)


def _bare_tag(line: str, accept: Accept) -> Dateline | None:
    match = BARE_TAG_DATELINE.match(line) or DATED_TAG_DATELINE.match(line)
    if match is None:
        return None
    # "Accra, March 4, GNA -": a national agency's capitals, closed by the dash, are its tag
    # even when the table lacks it.
    who, credit = match.group("who"), match.group("credit")
    dashed = re.search(r"[-—–]\s*$", credit) is not None
    trust = Trust.TAG if dashed and national_tag(who) else Trust.KNOWN
    if not accept(who, trust):
        return None
    return Dateline(credit.strip(), who, trust, line[len(credit) :])


#: Capitals in a dateline's place that are no agency's: an update's or a format's label.
_NOT_TAGS = frozenset(
    {
        "UPDATE",
        "UPDATED",
        "UPDATES",
        "VIDEO",
        "PHOTO",
        "PHOTOS",
        "AUDIO",
        "LIVE",
        "WATCH",
        "LISTEN",
        "EXCLUSIVE",
        "BREAKING",
        "ANALYSIS",
        "OPINION",
        "EDITORIAL",
        "FILE",
        "PICTURES",
        "GRAPHIC",
        "CORRECTED",
        "REFILE",
        "NEWS",
        "GMT",
        "UTC",
        "EST",
        "EDT",
        "BST",
        "CET",
        "CEST",
        "IST",
    }
)


def national_tag(who: str) -> bool:
    """ "NAN", "GNA": a national news agency's tag, two to six capitals with no other mark."""
    return re.fullmatch(r"[A-Z]{2,6}", who) is not None and who not in _NOT_TAGS


#: "Як передає кореспондент Укрінформу, …", "Как передает корреспондент ТАСС, …": the
#: agency's own correspondent reports, so the story is the agency's (its name in the
#: genitive: the resolver finds a table name under its case ending). "Как сообщает
#: Интерфакс, …" without a correspondent only cites the agency.
CORRESPONDENT_DATELINE = re.compile(
    r"^(?P<credit>(?i:як|как)\s+(?i:передає|передает|передаёт|повідомляє|сообщает)\s+"
    r"(?i:(?:власний|власна|собственный|специальный|спеціальний)\s+)?"
    r"(?i:кореспондент(?:ка)?|корреспондент)\s+(?P<who>[^,\n]{2,40}?)\s*,\s*)(?=\S)"
)


def _correspondent(line: str, accept: Accept) -> Dateline | None:
    match = CORRESPONDENT_DATELINE.match(line)
    if match is None or not accept(match.group("who"), Trust.KNOWN):
        return None
    credit = match.group("credit")
    return Dateline(credit.strip(), match.group("who"), Trust.KNOWN, line[len(credit) :])


#: Capitals of the Cyrillic alphabets' agencies sign in: Russian, Ukrainian (І Ї Є Ґ),
#: Belarusian (Ў), and Latin.
_CAPS = "A-ZА-ЯЁІЇЄҐЎ"
#: "Красноярск. 6 марта. ИНТЕРФАКС-СИБИРЬ - …", "Полтава. 12 березня. ІНТЕРФАКС-УКРАЇНА – …": a
#: Russian or Ukrainian dateline, place and date each closed by a full stop, then the agency in
#: capitals, with its regional or national service after a hyphen ("ИНТЕРФАКС-ЮГ",
#: "INTERFAX-UKRAINE"): the agency's copy (a table name only).
REGIONAL_DATELINE = re.compile(
    rf"^(?P<credit>[{_CAPS}][\w'’-]+(?:\s[{_CAPS}][\w'’-]+){{0,2}}[.,]\s*\d{{1,2}}\s+"
    r"[A-Za-zА-Яа-яёіїєґў]{3,9}[.,]?\s+"
    rf"(?P<who>[{_CAPS}]{{2,12}}(?:\s[{_CAPS}]{{2,12}})?)"
    rf"(?:-[{_CAPS}]{{2,16}}(?:-[{_CAPS}]{{2,16}})?)?\s*[-—–]+\s*)(?=\S)"
)


def _regional(line: str, accept: Accept) -> Dateline | None:
    match = REGIONAL_DATELINE.match(line)
    if match is None or not accept(match.group("who"), Trust.KNOWN):
        return None
    credit = match.group("credit")
    return Dateline(credit.strip(), match.group("who"), Trust.KNOWN, line[len(credit) :])


#: "【3月7日 AFP】": a Japanese service of a foreign wire (AFPBB News) dates its copy in
#: lenticular brackets, the wire's Latin name last (a table name only).
LATIN_BRACKET_DATELINE = re.compile(
    r"^(?P<credit>【(?:[^】\n]{0,15}?\s)?(?P<who>[A-Za-z][A-Za-z.]{1,11})】\s*)(?=\S)"
)


def _latin_in_brackets(line: str, accept: Accept) -> Dateline | None:
    match = LATIN_BRACKET_DATELINE.match(line)
    if match is None or not accept(match.group("who"), Trust.KNOWN):
        return None
    credit = match.group("credit")
    return Dateline(credit.strip(), match.group("who"), Trust.KNOWN, line[len(credit) :])
