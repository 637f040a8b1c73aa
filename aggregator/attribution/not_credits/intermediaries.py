"""Lines shaped like credits that name someone who handled the copy but never published it
first: a distributor ("Distributed by Tribune Content Agency", unless no one else is
named), a press release's issuer
("SOURCE Lumenreach Materials" under a PR wire's dateline), a data source the site worked
on ("Bron: CBS, bewerking Nieuwsflits 24"). Newsroom conventions: the syndicate moves a
story it does not own; the issuer is the release's subject; a statistics office is cited,
not copied; a wire that "contributed to this report" under a staff writer's story added to
it (issue 14: precision on pages that only look credited)."""

# ruff: noqa: RUF001  (dashes are meant)

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from aggregator.attribution.conventions.regex_parts import FLAGS
from aggregator.attribution.conventions.station_words import broadcaster

#: Syndicates and content agencies: they move other outlets' copy ("Tribune Content Agency",
#: "King Features Syndicate", "Andrews McMeel Syndication"): beside an outlet, never the
#: story's original; named alone (a syndicated column), the last resort (attribute.py).
DISTRIBUTOR = re.compile(
    r"\b(?:content\s+agency|syndicate|syndication|content\s+services?|features\s+syndicate|"
    r"content\s+partners?|newscred|contentengine|content\s+engine|"
    # "Jane Doe, Pinecrest Herald | Tribune News Service": the member paper wrote it, TNS
    # (and its older name, McClatchy-Tribune) moves it to other papers
    r"(?:mcclatchy[-\s])?tribune\s+news\s+service|tns|"
    # the columnists' syndicates: "COPYRIGHT 2026 CREATORS.COM" under a syndicated column
    r"creators\.com|king\s+features|andrews\s+mcmeel|(?:washington\s+post\s+)?writers\s+group)\b",
    FLAGS,
)
#: Platforms and aggregators: apps and newsstands that show other outlets' stories ("Harbour
#: Gazette via NewsBreak", "Source: Google News / Tidewater Daily", PressReader's replica of a
#: paper) and Stacker, which distributes its partners' stories. Named beside an original they
#: are where the copier found it, never the original; named alone, Stacker produced the story.
#: The news apps among them, as an alternation: a copier names them after the original too
#: (conventions.provider_lines.VIA_PLATFORM, "Harbour Gazette via NewsBreak").
NEWS_APPS = (
    r"news\s*break|flipboard|press\s*reader|smart\s*news|ground\s+news|"
    r"google\s+news|apple\s+news\+?|yahoo!?(?:\s+(?:news|finance|sports|life|lifestyle|"
    r"entertainment))?|msn(?:\s+news)?|microsoft\s+(?:start|news)|news\s*now|opera\s+news|"
    r"upday|dailyhunt|inshorts|aol(?:\s+news)?|bing\s+news"
)
PLATFORM = re.compile(
    r"^(?:the\s+)?(?:" + NEWS_APPS + r"|feedly|inoreader|stacker|newspapers\.com|zinio|"
    r"magzter|readly)(?:\s+app)?$",
    FLAGS,
)
#: "©2026 Governing. Distributed by Tribune Content Agency, LLC.", "This story was originally
#: published by Stateline and distributed through a partnership with The Associated Press.",
#: "This story was produced by Stateline and reviewed and distributed by Stacker.":
#: what comes before names the original; the distribution clause names the distributor.
DISTRIBUTED_TAIL = re.compile(
    # "… produced by Stateline and reviewed and distributed by Stacker": other handling first
    r"(?:(?<=[.;,])\s*|\s+and\s+(?:is\s+|was\s+|has\s+been\s+)?(?:[a-z-]+ed\s+and\s+)?)"
    # "Pinecrest Herald, as syndicated by Tribune Content Agency"
    r"(?:as\s+)?(?:distributed|syndicated|licensed)\s+(?:by|through|via)\s+[^\n]{2,80}$",
    FLAGS,
)
#: A PR wire's dateline in a release's first lines: "BRACKWATER, England, March 4, 2026
#: /PRNewswire/ --", "LONDON--(BUSINESS WIRE)--", "/CNW/", "GLOBE NEWSWIRE".
PR_DATELINE = re.compile(
    r"/\s*PRNewswire(?:-\w+)?\s*/|\(\s*BUSINESS\s+WIRE\s*\)|/\s*CNW\s*/|GLOBE\s+NEWSWIRE|"
    r"/\s*EINPresswire\s*/|\bACCESSWIRE\b|/\s*PRNews(?:foto|wire)\s*/",
)
#: The release's issuer line: "SOURCE Lumenreach Materials" (capitals, no separator).
ISSUER = re.compile(r"^SOURCE\s+(?![:：\-–—|])\S")
#: "Bron: CBS, bewerking NOS", "Source: ONS, analysis by …", "Quelle: Destatis, eigene
#: Berechnung": a data source and the site's own work on it, a figure's citation.
DATA_WORK = re.compile(
    r"[,;/(]\s*(?:bewerking|bewerkt\s+door|eigen\s+berekening(?:en)?|berekening(?:en)?|"
    r"analysis|analyses|calculations?|own\s+calculations?|compiled\s+by|chart|graphic|"
    r"eigene\s+berechnung(?:en)?|berechnung(?:en)?|aufbereitung|darstellung|"
    r"elaboración(?:\s+propia)?|cálculos?|élaboration|calculs?|traitement|elaborazione|"
    r"elaboração|cálculos?\s+próprios)\b",
    FLAGS,
)


def distributor(name: str) -> bool:
    """Whether ``name`` is a syndicate's or content agency's: it distributes, never originates."""
    return DISTRIBUTOR.search(name) is not None


#: The last part of a byline after a bar or in brackets: "Jane Doe, Pinecrest Herald | Tribune
#: News Service", "By Jane Doe, Pinecrest Herald (TNS)".
_LAST_PART = re.compile(r"\s*(?:[|/·•]\s*|\(\s*)(?P<part>[^|/·•()\n]{2,50}?)\s*\)?$")


def without_distributor_part(line: str) -> str:
    """``line`` without a distributor named last (the line itself when none)."""
    match = _LAST_PART.search(line)
    if match and match.start() > 0 and distributor(match.group("part")):
        return line[: match.start()].rstrip()
    return line


def platform(name: str) -> bool:
    """Whether ``name`` is a platform's or aggregator's (NewsBreak, Flipboard, Yahoo News)."""
    return PLATFORM.match(name.strip(" .,;:()[]")) is not None


#: "Harbour Gazette, in partnership with Report for America", "…, with support from the
#: Knight Foundation": the outlet named first made the story; the partner helped report it or
#: paid for the reporter. After a comma only: "produced by X in partnership with Y and
#: republished here" is read whole.
PARTNER_TAIL = re.compile(
    r",\s*(?:in\s+(?:partnership|collaboration|association)\s+with|with\s+(?:the\s+)?"
    r"(?:support|funding)\s+(?:of|from)|supported\s+by|funded\s+by)\s+[^\n]{2,80}$",
    FLAGS,
)
#: The words a distribution's or a partner's clause needs (a cheap look first: every
#: paragraph comes here).
HANDED_ON_HINT = re.compile(
    r"distributed|syndicated|licensed|, (?:in (?:partnership|collaboration|association)|"
    r"with (?:the )?(?:support|funding)|supported by|funded by)"
)


def without_distribution(line: str) -> str:
    """``line`` without a closing "Distributed by …" sentence or a partner's clause (the line
    itself when none)."""
    match = DISTRIBUTED_TAIL.search(line) or PARTNER_TAIL.search(line)
    return line[: match.start()].rstrip() if match and match.start() > 0 else line


def press_release(lines: Sequence[str]) -> bool:
    """Whether the text's first lines carry a PR wire's dateline."""
    head = [line for line in lines if line.strip()][:3]
    return any(PR_DATELINE.search(line) for line in head)


def issuer_line(line: str) -> bool:
    return ISSUER.match(line.strip()) is not None


def data_citation(line: str) -> bool:
    return DATA_WORK.search(line) is not None


#: "The Associated Press contributed to this report.", "AFP contributed reporting": an
#: outlet as the sentence's whole subject (not "Associated Press writer Jane Doe contributed").
CONTRIBUTED = re.compile(
    r"^[(\[]?\s*(?:the\s+)?(?P<who>[^\n]{1,60}?)\s+contributed\b(?:\s+(?:reporting|to\s+this))?",
    FLAGS,
)
#: "With files from The Canadian Press", "— With a file from Reuters.": the Canadian
#: newsrooms' form of "… contributed to this report", the wire's material in the site's story.
FILES_FROM = re.compile(
    r"^[(\[]?\s*(?:[-—–]\s*)?with\s+(?:files|a\s+file)\s+from\s+(?:the\s+)?"
    r"(?P<who>[^\n]{1,60}?)\s*[.)\]]*$",
    FLAGS,
)


def station_rewrite(line: str, site_names: Sequence[str]) -> bool:
    """Whether ``line`` is "With files from <who>" on a broadcaster's site ("… FM", "… Radio",
    "… TV"): a station's newsroom rewrites the wire's copy under its web writer's name and
    signs it so, where a paper's reporter adds the wire's files to their own story."""
    return FILES_FROM.match(line.strip()) is not None and any(map(broadcaster, site_names))


#: An author who is a desk or a team, not a staff writer.
_DESK = re.compile(
    r"\b(?:desk|staff|team|news|wire|wires|bureau|agency|agencies|editors?|editorial|"
    r"redaktion|redacción|redação|rédaction|reporters?|correspondents?)\b",
    FLAGS,
)


def staff_authors(meta: Mapping[str, str], jsonld: Sequence[Mapping[str, Any]]) -> list[str]:
    """The page's authors who are people (JSON-LD ``Person``, ``<meta name=author>``) and no
    desk ("News Desk" typed as a Person is a desk)."""
    names = [meta.get("author", "")]
    for item in jsonld:
        authors = item.get("author") if isinstance(item, Mapping) else None
        for author in authors if isinstance(authors, list) else [authors]:
            if isinstance(author, Mapping) and author.get("@type") == "Person":
                names.append(str(author.get("name") or ""))
    return [n for n in names if len(n.split()) >= 2 and _DESK.search(n) is None]


#: A person's byline: "By Jane Doe", "By JANE DOE and KIM LEE | March 4, 2026".
_PERSON = r"(?-i:[A-Z][\w'’.-]+)(?:\s+(?-i:[A-Z][\w'’.-]+)){1,3}"
PERSON_BYLINE = re.compile(
    r"^by\s+(?P<who>" + _PERSON + r"(?:\s+and\s+" + _PERSON + r")?)"
    r"(?:\s*[|,·]\s*[^\n]{0,40}\d[^\n]{0,20})?$",
    FLAGS,
)


def signed_by_person(lines: Sequence[str], names_outlet: Callable[[str], bool]) -> bool:
    """Whether one of ``lines`` (the text's first lines, the lines beside it) is a byline
    of people, no desk and no outlet ("By Jane Doe", not "By JANE DOE Associated Press")."""
    for line in lines:
        match = PERSON_BYLINE.match(line.strip())
        who = match.group("who") if match else ""
        if who and _DESK.search(who) is None and not names_outlet(who):
            return True
    return False


_THE = re.compile(r"^the\s+")


def contribution(line: str, who: str) -> bool:
    """Whether ``line`` says only that ``who`` (the outlet itself) contributed to the story:
    "The Associated Press contributed to this report.", "With files from The Canadian Press"."""
    match = CONTRIBUTED.match(line.strip()) or FILES_FROM.match(line.strip())
    said = match.group("who").strip() if match else ""
    # "Associated Press writer Jane Doe in Columbus": the wire's own writer, its own copy.
    name_only = all(w[:1].isupper() or not w[:1].isalpha() for w in said.split())
    return name_only and _THE.sub("", said.casefold()) == _THE.sub("", who.strip().casefold())


#: A byline of the site's own staff: "By Tom Hale, Staff Writer", "By Jane Doe, Gazette staff
#: reporter". The person's role says the story is the site's own.
STAFF_BYLINE = re.compile(
    r"^by\s+" + _PERSON + r"(?:\s+(?:and|&)\s+" + _PERSON + r")?\s*,\s*"
    r"(?:[\w'’ -]{1,30}\s)?staff\s+(?:writer|reporter|correspondent|photographer)s?[.]?$",
    FLAGS,
)
#: "Associated Press writer Jane Doe in Cairo", "AP writers Jane Doe and Ana Ruiz": the wire's
#: own writers, by the wire's name and their role.
_WIRE_WRITERS = r"\s+(?:writers?|reporters?|correspondents?|staff\s+writers?)\s+(?-i:[A-Z])"


def signed_by_staff(lines: Sequence[str]) -> bool:
    """Whether one of ``lines`` is a byline of the site's staff ("By Tom Hale, Staff Writer")."""
    return any("taff" in line and STAFF_BYLINE.match(line.strip()) for line in lines)


def writers_contributed(line: str, who: str) -> bool:
    """Whether ``line`` says that writers of ``who`` contributed: "Associated Press writers
    Jane Doe in Cairo and Ana Ruiz in Lisbon contributed to this report." Under a byline of
    the site's own staff, the wire's writers added to the site's story (under the wire's own
    byline or dateline the same line is the wire's sign-off, and it is read so there)."""
    # several writers with their cities run past an outlet's length
    match = re.match(r"[(\[]?\s*(?P<who>[^\n]{1,160}?)\s+contributed\b", line.strip())
    said = match.group("who").strip() if match else ""
    # the credit read the writers' phrase ("Associated Press writer Jane Doe in Cairo")
    if not said or said.casefold() != who.strip().casefold():
        return False
    return re.match(r"(?:the\s+)?\S.{0,40}?" + _WIRE_WRITERS, said, FLAGS) is not None
