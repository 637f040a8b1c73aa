# ruff: noqa: RUF001, RUF002  (typographic dashes and quotation marks are meant: wires use them)
"""Credit conventions, fourth round (issue 14), written before any attribution code was read:
what must leave the text once the publisher is decided, and wire copy as real news sites run
it. Every case is a whole small article (``BODY`` from ``tests/blogpost.py`` with lines added at
its head, its tail, between its paragraphs or beside it) and asserts three things: the
publisher, that every credit line is gone from the cleaned text, and that every body sentence
and every mention sentence stays. The agencies' own pages and the lines that are not credits
are in ``test_attribution_conventions4_twins.py``.

Families:
  (a) several credit lines on one page, as real pages carry them (a byline, a dateline and a
      copyright trailer; an "originally published" line with its "read the original" and
      "republish" box text; an agency tag with desk codes and a syndicated-feed disclaimer; the
      AP's hub, philanthropy and standards lines; Reuters' sign-off and Trust Principles; AFP's
      slugs; dpa's service codes and dpa-infocom trailer; a Yonhap reporter's e-mail; The
      Canadian Press' "with files from"; NPR's and The Conversation's trailers): every one of
      them must leave.
  (b) wire datelines and sign-offs on member and partner sites in the agencies' house styles:
      the dateline credits the agency and the story's first sentence stays (only the
      dateline's credit part may go); a sign-off credits the agency and leaves. The agencies'
      own pages (twins module) credit no one.
  (c) secondary lines that are not credits and must stay (twins module).
  (d) the publisher is decided by markup or a dateline, but a credit line names the same
      outlet in another spelling: the line must still leave.
Invented outlets (none in ``publishers.toml``) stand for member papers and sites; agencies the
table lacks (BTA, Hina, NAN, GNA) are expected as written.

First run on unchanged code (kept as the measure of conventions the code never saw): 134 cases
here, 116 passed, 18 failed; with the 83 of the twins module (77 passed, 6 failed), 217 cases,
193 passed, 24 failed (pytest -p no:randomly, before any code change). Per family,
passed/failed:
  (a) several credit lines on one page 32/8: left in the text are a two-person AP byline "By
      JANE DOE and TOM HALE Associated Press", AP's "Find AP's standards for working with
      philanthropies…" line (the byline case also cuts "(AP Photo/Jane Doe)" out of its caption,
      see (c)), dpa's "jd/th dpa" codes, the "Republish this article" / "Republish This Story"
      box text (2 cases), PAP's desk codes "jk/ mhr/"; "— With files from The Canadian Press"
      credits no one; NAN's dateline with "(NAN)(www.nannews.ng)" credits no one (the table
      lacks NAN)
  (b) datelines on member sites 43/3 (NAN and GNA, out of the table, credit no one; "(KNA)"
      credits "Kenya News Agency", not the table's canonical "KNA"); sign-offs 25/5 ("EFE
      jd/th", a "The Canadian Press" byline line above "OTTAWA —", "(NAN)(www.nannews.ng)" and
      "Jane Doe – Repórter da Agência Brasil" credit no one; PAP's "jk/ mhr/" stays); the
      agencies' own pages, in the twins module, 46/0 and 10/0
  (c) lines that are not credits, in the twins module, 21/6: the photo credit inside a caption
      ("(AP Photo/Jane Doe)", "(AP Photo/Jane Doe, File)", "REUTERS/Jane Doe") is cut out of the
      caption line, and the caption ending "(Photo by Jane DOE / AFP)" is removed whole (4);
      "Associated Press writer(s) … contributed to this report" under a staff byline on the
      outlet's own site credits the AP (2)
  (d) credited otherwise than the deciding markup or dateline 16/2: the FT's copyright line
      under an ft.com canonical credits "The Financial Times" (the table's name is "Financial
      Times"); "Source: BBC News Online" under a bbc.com og:url credits "BBC News Online"
Cases the author was unsure of: "(KNA)" (the table's KNA is the Catholic agency, whose canonical
name is "KNA"; a Kenyan dateline may deserve "Kenya News Agency"); the caption cases of (c) (the
brief says captions stay; the code may deliberately move the photo credit to ``image_credits``
and keep the caption's words, which stay in three of the four); "— With files from The
Canadian Press" (a staff story with wire material: crediting CP is this round's reading); the
canonical to an out-of-table outlet with "Source: Harbour Gazette" (the name, not the domain,
expected; it passed). No case was changed after the first run.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from aggregator.attribution.attribute import attribute
from tests.blogpost import BLOG, BODY

pytestmark = pytest.mark.conventions4

#: Member papers and partner sites that run wire copy (none is in the table).
GAZETTE = "Harbour Gazette"
GAZETTE_URL = "https://www.harbourgazette.com/news/world/2026/03/04/council-approves-road-budget"
HERALD_URL = "https://www.pinecrestherald.com/news/2026/03/04/council-approves-road-budget/"
TIDEWATER_URL = "https://tidewaterdaily.net/national/council-approves-road-budget-2026-03-04"
KESTREL_URL = "https://www.kestrelbaytimes.com/2026/03/04/council-road-budget.html"
MEMBERS = [GAZETTE_URL, HERALD_URL, TIDEWATER_URL, KESTREL_URL]
#: A portal of Indian business news that runs agency copy (in the table: Business Standard).
BS_URL = (
    "https://www.business-standard.com/india-news/council-approves-road-budget-126030400123_1.html"
)
NDTV_URL = "https://www.ndtv.com/india-news/council-approves-road-budget-5123456"
DEVDISCOURSE_URL = "https://www.devdiscourse.com/article/politics/3012345-council-road-budget"

#: Mentions of other outlets inside a story: they must stay.
MENTION_REUTERS = "Reuters reported in February that the vote might be delayed."
MENTION_BBC = "The mayor told the BBC last week that the plan was fair."
MENTION_AP = "The Associated Press reported last month that costs had doubled."
CAPTION_AP = "Workers fill potholes on Mill Lane on Monday. (AP Photo/Jane Doe)"


@dataclass(frozen=True)
class Page:
    """A small article: ``head`` lines, ``lead`` before the first sentence (a dateline),
    ``middle`` lines between the second and third paragraphs, ``tail`` lines after it, and
    ``side`` lines beside it. ``keep`` lists the head, middle or tail lines that must stay;
    every other head and tail line is a credit line that must leave."""

    publisher: str | None
    head: tuple[str, ...] = ()
    lead: str = ""
    middle: tuple[str, ...] = ()
    tail: tuple[str, ...] = ()
    side: tuple[str, ...] = ()
    keep: tuple[str, ...] = ()
    url: str = GAZETTE_URL
    meta: dict[str, str] = field(default_factory=dict)
    site_name: str | None = None

    def text(self) -> str:
        lines = [*self.head, self.lead + BODY[0], BODY[1], *self.middle, BODY[2], *self.tail]
        return "\n".join(lines)

    def credits(self) -> list[str]:
        return [line for line in (*self.head, *self.tail) if line not in self.keep]

    def stays(self) -> list[str]:
        return [*BODY, *self.middle, *self.keep]


def run(page: Page) -> tuple[str, str | None]:
    """The cleaned text and the publisher attribution finds for ``page``."""
    kwargs: dict[str, object] = {"url": page.url}
    if page.meta:
        kwargs["meta"] = dict(page.meta)
    if page.site_name:
        kwargs["site_name"] = page.site_name
    if page.side:
        kwargs["side_lines"] = list(page.side)
    cleaned, found = attribute(page.text(), **kwargs)
    return cleaned, found.original_publisher


def gone(line: str, cleaned: str) -> bool:
    """``line`` is not left in ``cleaned``: not as a line of its own, and (when it is long
    enough not to occur by chance) not inside another line."""
    lines = [each.strip() for each in cleaned.split("\n")]
    if line.strip() in lines:
        return False
    return not (len(line) >= 12 and line in cleaned)


def check(page: Page) -> None:
    cleaned, publisher = run(page)
    assert publisher == page.publisher
    left = [line for line in page.credits() if not gone(line, cleaned)]
    assert left == [], f"credit lines left in the text: {left}"
    lost = [line for line in page.stays() if line not in cleaned]
    assert lost == [], f"story or mention lines lost: {lost}"


# (a) Several credit lines on one page, as real member and partner pages carry them.
AP_TRAILER = (
    "Copyright 2026 The Associated Press. All rights reserved. This material may not be "
    "published, broadcast, rewritten or redistributed without permission."
)
MULTI_CREDIT_PAGES = {
    "ap-byline-dateline-trailer": Page(
        "Associated Press",
        head=("By JANE DOE Associated Press",),
        lead="WASHINGTON (AP) — ",
        tail=(AP_TRAILER,),
    ),
    "ap-byline-dateline-trailer-with-mention-and-caption": Page(
        "Associated Press",
        head=("By JANE DOE and TOM HALE Associated Press",),
        lead="CHICAGO (AP) — ",
        middle=(MENTION_REUTERS, CAPTION_AP),
        tail=(AP_TRAILER,),
        url=HERALD_URL,
    ),
    "ap-hub-philanthropy-standards": Page(
        "Associated Press",
        lead="DENVER (AP) — ",
        tail=(
            "Follow AP's coverage of infrastructure at https://apnews.com/hub/infrastructure",
            "The Associated Press receives support from several private foundations to enhance "
            "its explanatory coverage of transportation. The AP is solely responsible for all "
            "content.",
            "Find AP’s standards for working with philanthropies, a list of supporters and "
            "funded coverage areas at AP.org.",
        ),
    ),
    "ap-contributors-and-hub": Page(
        "Associated Press",
        lead="ATLANTA (AP) — ",
        tail=(
            "Associated Press writers Tom Hale in Chicago and Ana Ruiz in Lisbon contributed "
            "to this report.",
            "Follow AP's coverage of local government at https://apnews.com/hub/local-government",
        ),
        url=TIDEWATER_URL,
    ),
    "ap-trailer-and-contributor-no-dateline": Page(
        "Associated Press",
        tail=(
            "Associated Press writer Tom Hale in Chicago contributed to this report.",
            "Copyright © 2026 The Associated Press. All rights reserved.",
        ),
        url=KESTREL_URL,
    ),
    "reuters-dateline-signoff-standards": Page(
        "Reuters",
        lead="LONDON, March 4 (Reuters) - ",
        tail=(
            "Reporting by Jane Doe in London; Additional reporting by Tom Hale in Manchester; "
            "Writing by Ana Ruiz; Editing by Mark Potter",
            "Our Standards: The Thomson Reuters Trust Principles.",
        ),
    ),
    "reuters-signoff-standards-opens-new-tab": Page(
        "Reuters",
        lead="BRUSSELS, March 4 (Reuters) - ",
        middle=(MENTION_BBC,),
        tail=(
            "Reporting by Jane Doe; Editing by Tom Hale and Mark Potter",
            "Our Standards: The Thomson Reuters Trust Principles., opens new tab",
        ),
        url=HERALD_URL,
    ),
    "reuters-signoff-and-copyright-no-dateline": Page(
        "Reuters",
        tail=(
            "(Reporting by Jane Doe; Writing by Ana Ruiz; Editing by Tom Hale)",
            "© Copyright Thomson Reuters 2026. All rights reserved.",
        ),
        url=TIDEWATER_URL,
    ),
    "afp-dateline-slug-copyright": Page(
        "AFP",
        lead="PARIS, March 4, 2026 (AFP) - ",
        tail=("burs-jd/th", "© Agence France-Presse"),
    ),
    "afp-dateline-slug-and-copyright-year": Page(
        "AFP",
        lead="Paris (AFP) – ",
        tail=("jd-th/ar/dc", "© 2026 AFP"),
        url=KESTREL_URL,
    ),
    "dpa-dateline-codes-infocom": Page(
        "dpa",
        lead="Berlin (dpa) - ",
        tail=("dpa/lnw", "© dpa-infocom, dpa:260304-930-123456/2"),
    ),
    "dpa-international-trailer": Page(
        "dpa",
        lead="Hamburg (dpa) - ",
        middle=(MENTION_REUTERS,),
        tail=("jd/th dpa", "© dpa-infocom, dpa:260304-99-987654/3"),
        url=HERALD_URL,
    ),
    "yonhap-dateline-email-end": Page(
        "Yonhap",
        lead="SEOUL, March 4 (Yonhap) -- ",
        tail=("jdoe@yna.co.kr", "(END)"),
    ),
    "yonhap-email-alone": Page(
        "Yonhap",
        lead="SEOUL, March 4 (Yonhap) -- ",
        tail=("jdoe@yna.co.kr",),
        url=TIDEWATER_URL,
    ),
    "cp-with-files-from": Page(
        "The Canadian Press",
        lead="OTTAWA — ",
        tail=("— With files from The Canadian Press",),
    ),
    "cp-byline-and-first-published": Page(
        "The Canadian Press",
        head=("By Jane Doe, The Canadian Press",),
        lead="TORONTO — ",
        middle=(MENTION_REUTERS,),
        tail=("This report by The Canadian Press was first published March 4, 2026.",),
        url=HERALD_URL,
    ),
    "npr-copyright-and-visit": Page(
        "NPR",
        tail=("Copyright 2026 NPR. To see more, visit https://www.npr.org.",),
        url="https://www.kvalleypublicradio.org/2026-03-04/council-approves-road-budget",
    ),
    "npr-copyright-short": Page(
        "NPR",
        middle=(MENTION_AP,),
        tail=("Copyright 2026 NPR",),
        url="https://www.wriverside.org/news/2026-03-04/council-approves-road-budget",
    ),
    "conversation-original-and-read": Page(
        "The Conversation",
        tail=(
            "This article was originally published on The Conversation.",
            "Read the original article.",
        ),
        url=BLOG,
    ),
    "conversation-one-line-with-mention": Page(
        "The Conversation",
        middle=(MENTION_BBC,),
        tail=(
            "This article is republished from The Conversation under a Creative Commons "
            "license. Read the original article.",
        ),
        url=BLOG,
    ),
    "originally-published-read-original-republish": Page(
        "Tidewater Daily",
        tail=(
            "This story was originally published by Tidewater Daily.",
            "Read the original",
            "Republish this article",
        ),
        url=BLOG,
    ),
    "propublica-originally-and-republish": Page(
        "ProPublica",
        head=("This article was originally published by ProPublica.",),
        tail=("Read the original story at ProPublica.", "Republish This Story"),
        url=HERALD_URL,
    ),
    "pti-tag-desk-codes-disclaimer": Page(
        "Press Trust of India",
        lead="New Delhi, Mar 4 (PTI) ",
        tail=(
            "PTI ABC DEF GHI",
            "(This story has not been edited by Harbour Gazette staff and is auto-generated "
            "from a syndicated feed.)",
        ),
    ),
    "pti-business-standard-disclaimer": Page(
        "Press Trust of India",
        lead="Mumbai, Mar 4 (PTI) ",
        tail=(
            "PTI JD TH MR",
            "(Only the headline and picture of this report may have been reworked by the "
            "Business Standard staff; the rest of the content is auto-generated from a "
            "syndicated feed.)",
        ),
        url=BS_URL,
    ),
    "pti-ndtv-disclaimer": Page(
        "Press Trust of India",
        lead="Kolkata, Mar 4 (PTI) ",
        tail=(
            "(Except for the headline, this story has not been edited by NDTV staff and is "
            "published from a syndicated feed.)",
        ),
        url=NDTV_URL,
    ),
    "ani-tag-and-devdiscourse-disclaimer": Page(
        "ANI",
        lead="New Delhi [India], March 4 (ANI): ",
        tail=(
            "(ANI)",
            "(This story has not been edited by Devdiscourse staff and is auto-generated from "
            "a syndicated feed.)",
        ),
        url=DEVDISCOURSE_URL,
    ),
    "ians-tag-and-codes": Page(
        "IANS",
        lead="New Delhi, March 4 (IANS) ",
        tail=("--IANS", "jd/th"),
        url=HERALD_URL,
    ),
    "livemint-wire-feed-line": Page(
        "Press Trust of India",
        lead="New Delhi, Mar 4 (PTI) ",
        tail=(
            "This story has been published from a wire agency feed without modifications to "
            "the text. Only the headline has been changed.",
        ),
        url="https://www.livemint.com/news/india/council-approves-road-budget-11709512345678.html",
    ),
    "bloomberg-lead-more-stories-copyright": Page(
        "Bloomberg",
        lead="(Bloomberg) -- ",
        tail=(
            "More stories like this are available on bloomberg.com",
            "©2026 Bloomberg L.P.",
        ),
    ),
    "xinhua-dateline-enditem": Page(
        "Xinhua",
        lead="BEIJING, March 4 (Xinhua) -- ",
        tail=("Enditem",),
        url=KESTREL_URL,
    ),
    "kyodo-dateline-and-end": Page(
        "Kyodo News",
        lead="TOKYO, March 4 Kyodo - ",
        tail=("==Kyodo",),
    ),
    "efe-dateline-codes-copyright": Page(
        "EFE",
        lead="Madrid, Mar 4 (EFE).- ",
        tail=("EFE jd/th", "(c) Agencia EFE"),
        url=HERALD_URL,
    ),
    "ansa-dateline-and-rights": Page(
        "ANSA",
        lead="ROME, March 4 (ANSA) - ",
        tail=("ALL RIGHTS RESERVED © Copyright ANSA",),
    ),
    "lusa-dateline-codes-end": Page(
        "Agência Lusa",
        lead="Lisboa, 04 mar 2026 (Lusa) - ",
        tail=("JD // TH", "Lusa/Fim"),
        url=TIDEWATER_URL,
    ),
    "anadolu-dateline-and-subscription-note": Page(
        "Anadolu Agency",
        lead="ANKARA (AA) - ",
        tail=(
            "Anadolu Agency website contains only a portion of the news stories offered to "
            "subscribers in the AA News Broadcasting System (HAS), and in summarized form. "
            "Please contact us for subscription options.",
        ),
    ),
    "antara-dateline-and-copyright": Page(
        "Antara",
        lead="Jakarta (ANTARA) - ",
        tail=("COPYRIGHT © ANTARA 2026",),
        url=KESTREL_URL,
    ),
    "pa-byline-and-tag": Page(
        "PA Media",
        head=("By Jane Doe, PA Political Correspondent",),
        middle=(MENTION_BBC,),
        tail=("Press Association",),
        url=HERALD_URL,
    ),
    "wam-dateline-and-signoff": Page(
        "Emirates News Agency",
        lead="ABU DHABI, 4th March, 2026 (WAM) -- ",
        tail=("WAM/Jane Doe/Tom Hale",),
    ),
    "pap-tag-author-codes": Page(
        "Polish Press Agency",
        lead="Warsaw, March 4 (PAP) - ",
        tail=("(PAP)", "jk/ mhr/"),
        url=TIDEWATER_URL,
    ),
    "nan-dateline-and-tag": Page(
        "NAN",
        lead="Abuja, March 4, 2026 (NAN) ",
        tail=("(NAN)(www.nannews.ng)",),
    ),
}


#: Judged by the lead (pass 20): the page's caption keeps its words, its photo credit goes.
CAPTION_BY_DESIGN = pytest.mark.xfail(
    strict=True,
    reason="by design a caption's photo credit is recorded in image_credits and cut from text; "
    "the caption's words stay",
)


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(n, marks=CAPTION_BY_DESIGN)
        if n == "ap-byline-dateline-trailer-with-mention-and-caption"
        else n
        for n in MULTI_CREDIT_PAGES
    ],
)
def test_a_every_credit_line_of_a_page_leaves(name: str) -> None:
    check(MULTI_CREDIT_PAGES[name])


# (b) Wire datelines on member and partner sites, in the agencies' house styles. The dateline
# credits the agency; the story's first sentence stays.
@dataclass(frozen=True)
class Wire:
    """An agency's dateline, the publisher it names, and a page of the agency's own site
    (with the site name when the table lacks the agency)."""

    dateline: str
    publisher: str
    own_url: str
    own_site_name: str | None = None


DATELINES = {
    "AP": Wire(
        "WASHINGTON (AP) — ",
        "Associated Press",
        "https://apnews.com/article/council-road-budget-4f2a9c1b7e",
    ),
    "Reuters": Wire(
        "LONDON, March 4 (Reuters) - ",
        "Reuters",
        "https://www.reuters.com/world/uk/council-approves-road-budget-2026-03-04/",
    ),
    "AFP": Wire(
        "PARIS, March 4, 2026 (AFP) - ",
        "AFP",
        "https://www.afp.com/en/news/2026/03/04/council-approves-road-budget",
    ),
    "Bloomberg": Wire(
        "(Bloomberg) -- ",
        "Bloomberg",
        "https://www.bloomberg.com/news/articles/2026-03-04/council-approves-road-budget",
    ),
    "dpa": Wire(
        "Berlin (dpa) - ",
        "dpa",
        "https://www.dpa-international.com/topic/council-road-budget-260304-99-123456",
    ),
    "EFE": Wire(
        "Madrid, Mar 4 (EFE).- ",
        "EFE",
        "https://efe.com/en/other-news/2026-03-04/council-approves-road-budget/",
    ),
    "Europa Press": Wire(
        "MADRID, 4 Mar. (EUROPA PRESS) - ",
        "Europa Press",
        "https://www.europapress.es/nacional/noticia-consejo-aprueba-20260304123456.html",
    ),
    "ANSA": Wire(
        "ROME, March 4 (ANSA) - ",
        "ANSA",
        "https://www.ansa.it/english/news/2026/03/04/council-approves-road-budget_123.html",
    ),
    "Lusa": Wire(
        "Lisboa, 04 mar 2026 (Lusa) - ",
        "Agência Lusa",
        "https://www.lusa.pt/article/2026-03-04/council-approves-road-budget",
    ),
    "TASS": Wire(
        "MOSCOW, March 4. /TASS/. ",
        "TASS",
        "https://tass.com/world/1712345",
    ),
    "Interfax": Wire(
        "MOSCOW. March 4 (Interfax) - ",
        "Interfax",
        "https://interfax.com/newsroom/top-stories/101234/",
    ),
    "Xinhua": Wire(
        "BEIJING, March 4 (Xinhua) -- ",
        "Xinhua",
        "https://english.news.cn/20260304/a1b2c3d4e5/c.html",
    ),
    "Kyodo": Wire(
        "TOKYO, March 4 Kyodo - ",
        "Kyodo News",
        "https://english.kyodonews.net/news/2026/03/a1b2c3d4e5f6-council-budget.html",
    ),
    "Jiji": Wire(
        "Tokyo, March 4 (Jiji Press)--",
        "Jiji Press",
        "https://jen.jiji.com/jc/eng?g=eco&k=2026030400123",
    ),
    "Yonhap": Wire(
        "SEOUL, March 4 (Yonhap) -- ",
        "Yonhap",
        "https://en.yna.co.kr/view/AEN20260304000100315",
    ),
    "PTI": Wire(
        "New Delhi, Mar 4 (PTI) ",
        "Press Trust of India",
        "https://www.ptinews.com/story/national/council-approves-road-budget/1234567",
    ),
    "IANS": Wire(
        "New Delhi, March 4 (IANS) ",
        "IANS",
        "https://ianslive.in/council-approves-road-budget--20260304123456",
    ),
    "ANI": Wire(
        "New Delhi [India], March 4 (ANI): ",
        "ANI",
        "https://www.aninews.in/news/national/general-news/council-road-budget20260304123456/",
    ),
    "Bernama": Wire(
        "KUALA LUMPUR, March 4 (Bernama) -- ",
        "Bernama",
        "https://www.bernama.com/en/general/news.php?id=2400123",
    ),
    "Antara": Wire(
        "Jakarta (ANTARA) - ",
        "Antara",
        "https://en.antaranews.com/news/300123/council-approves-road-budget",
    ),
    "APA": Wire(
        "Wien (APA) - ",
        "APA",
        "https://www.apa.at/news/council-approves-road-budget",
    ),
    "SDA": Wire(
        "Bern (sda) - ",
        "Keystone-SDA",
        "https://www.keystone-sda.ch/news/council-approves-road-budget",
    ),
    "ATS": Wire(
        "Genève (ats) - ",
        "Keystone-SDA",
        "https://www.keystone-sda.ch/fr/news/council-approves-road-budget",
    ),
    "Belga": Wire(
        "BRUSSELS, March 4 (Belga) - ",
        "Belga",
        "https://www.belganewsagency.eu/council-approves-road-budget",
    ),
    "ANP": Wire(
        "DEN HAAG (ANP) - ",
        "ANP",
        "https://www.anp.nl/nieuws/council-approves-road-budget",
    ),
    "TT": Wire(
        "STOCKHOLM (TT) ",
        "TT Nyhetsbyrån",
        "https://tt.se/nyheter/council-approves-road-budget",
    ),
    "STT": Wire(
        "HELSINKI (STT) ",
        "STT",
        "https://stt.fi/uutiset/council-approves-road-budget",
    ),
    "CTK": Wire(
        "Prague, March 4 (CTK) - ",
        "ČTK",
        "https://www.ceskenoviny.cz/zpravy/council-approves-road-budget/2512345",
    ),
    "PAP": Wire(
        "Warsaw, March 4 (PAP) - ",
        "Polish Press Agency",
        "https://www.pap.pl/en/news/council-approves-road-budget",
    ),
    "MTI": Wire(
        "Budapest, March 4 (MTI) - ",
        "MTI",
        "https://www.mti.hu/hir/council-approves-road-budget",
    ),
    "BTA": Wire(
        "Sofia, March 4 (BTA) - ",
        "BTA",
        "https://www.bta.bg/en/news/world/612345-council-approves-road-budget",
        "BTA",
    ),
    "Hina": Wire(
        "ZAGREB, March 4 (Hina) - ",
        "Hina",
        "https://www.hina.hr/vijest/12345678",
        "Hina",
    ),
    "Anadolu": Wire(
        "ANKARA (AA) - ",
        "Anadolu Agency",
        "https://www.aa.com.tr/en/world/council-approves-road-budget/3123456",
    ),
    "WAM": Wire(
        "ABU DHABI, 4th March, 2026 (WAM) -- ",
        "Emirates News Agency",
        "https://www.wam.ae/en/article/b1a2c3-council-approves-road-budget",
    ),
    "KUNA": Wire(
        "KUWAIT, March 4 (KUNA) -- ",
        "Kuwait News Agency",
        "https://www.kuna.net.kw/ArticleDetails.aspx?id=3123456&language=en",
    ),
    "MENA": Wire(
        "CAIRO, March 4 (MENA) - ",
        "Middle East News Agency",
        "https://www.mena.org.eg/en/news/dbcall/table/textnews/id/12345",
    ),
    "NAN": Wire(
        "Abuja, March 4, 2026 (NAN) ",
        "NAN",
        "https://nannews.ng/2026/03/04/council-approves-road-budget/",
        "NAN",
    ),
    "GNA": Wire(
        "Accra, March 4, GNA - ",
        "GNA",
        "https://gna.org.gh/2026/03/council-approves-road-budget/",
        "GNA",
    ),
    "KNA": Wire(
        "NAIROBI, March 4 (KNA) – ",
        "KNA",
        "https://www.kenyanews.go.ke/council-approves-road-budget/",
        "KNA",
    ),
    "UPI": Wire(
        "WASHINGTON, March 4 (UPI) -- ",
        "United Press International",
        "https://www.upi.com/Top_News/World-News/2026/03/04/council-road-budget/1234567/",
    ),
    "Agerpres": Wire(
        "Bucharest, March 4 /Agerpres/ - ",
        "Agerpres",
        "https://www.agerpres.ro/english/2026/03/04/council-approves-road-budget--1234567",
    ),
    "Ukrinform": Wire(
        "KYIV, March 4 (Ukrinform) - ",
        "Ukrinform",
        "https://www.ukrinform.net/rubric-polytics/3812345-council-approves-road-budget.html",
    ),
    "Petra": Wire(
        "Amman, March 4 (Petra) -- ",
        "Petra",
        "https://petra.gov.jo/Include/InnerPage.jsp?ID=61234&lang=en&name=en_news",
    ),
    "QNA": Wire(
        "Doha, March 04 (QNA) - ",
        "Qatar News Agency",
        "https://www.qna.org.qa/en/News-Area/News/2026-03/04/0012-council-approves-road-budget",
    ),
    "SPA": Wire(
        "Riyadh, March 4, 2026, SPA -- ",
        "Saudi Press Agency",
        "https://www.spa.gov.sa/en/N2061234",
    ),
    "VNA": Wire(
        "Hanoi (VNA) – ",
        "Vietnam News Agency",
        "https://en.vietnamplus.vn/council-approves-road-budget-post281234.vnp",
    ),
}


#: Judged by the lead (pass 20): on a Kenyan dateline the shared tag is Kenya's agency.
KENYAN_KNA = pytest.mark.xfail(
    strict=True,
    reason="a tag two agencies share is read by the site's country (homonym_tags): a Kenyan "
    "dateline's KNA is the Kenya News Agency",
)


@pytest.mark.parametrize(
    "agency", [pytest.param(a, marks=KENYAN_KNA) if a == "KNA" else a for a in DATELINES]
)
def test_b_a_wire_dateline_on_a_member_site_credits_the_agency(agency: str) -> None:
    wire = DATELINES[agency]
    url = MEMBERS[list(DATELINES).index(agency) % len(MEMBERS)]
    check(Page(wire.publisher, lead=wire.dateline, url=url))


# Sign-offs: the agency's tag, trailer or byline on a member page credits it and leaves.
SIGNOFF_PAGES = {
    "reuters-end-tag": Page("Reuters", tail=("(Reuters)",), url=HERALD_URL),
    "afp-dash-tag": Page("AFP", tail=("— AFP",), url=TIDEWATER_URL),
    "dpa-service-code-alone": Page("dpa", tail=("dpa/lnw",), url=KESTREL_URL),
    "efe-tag-and-codes": Page("EFE", tail=("EFE jd/th",)),
    "cp-byline-in-text": Page(
        "The Canadian Press",
        head=("The Canadian Press",),
        lead="OTTAWA — ",
        url=HERALD_URL,
    ),
    "ntb-copyright-tag": Page("NTB", tail=("(©NTB)",), url=TIDEWATER_URL),
    "aap-copyright": Page("Australian Associated Press", tail=("© AAP 2026",), url=KESTREL_URL),
    "aap-byline-in-text": Page(
        "Australian Associated Press", head=("Jane Doe (AAP)",), url=GAZETTE_URL
    ),
    "bernama-end-tag": Page("Bernama", tail=("-- BERNAMA",), url=HERALD_URL),
    "antara-copyright": Page("Antara", tail=("COPYRIGHT © ANTARA 2026",), url=TIDEWATER_URL),
    "kyodo-end-tag": Page("Kyodo News", tail=("==Kyodo",), url=KESTREL_URL),
    "ians-tag-and-codes": Page("IANS", tail=("--IANS", "jd/th")),
    "ani-end-tag": Page("ANI", tail=("(ANI)",), url=HERALD_URL),
    "sda-end-tag": Page("Keystone-SDA", tail=("(sda)",), url=TIDEWATER_URL),
    "keystone-ats-end-tag": Page("Keystone-SDA", tail=("(Keystone-ATS)",), url=KESTREL_URL),
    "belga-end-tag": Page("Belga", tail=("(Belga)",)),
    "tt-end-tag": Page("TT Nyhetsbyrån", tail=("(TT)",), url=HERALD_URL),
    "stt-end-tag": Page("STT", tail=("(STT)",), url=TIDEWATER_URL),
    "anp-copyright": Page("ANP", tail=("© ANP 2026",), url=KESTREL_URL),
    "ctk-end-tag": Page("ČTK", tail=("(CTK)",)),
    "pap-tag-and-codes": Page("Polish Press Agency", tail=("(PAP)", "jk/ mhr/"), url=HERALD_URL),
    "mti-end-tag": Page("MTI", tail=("(MTI)",), url=TIDEWATER_URL),
    "apa-end-tag": Page("APA", tail=("(APA)",), url=KESTREL_URL),
    "wam-signoff": Page("Emirates News Agency", tail=("WAM/Jane Doe/Tom Hale",)),
    "nan-tag-with-domain": Page("NAN", tail=("(NAN)(www.nannews.ng)",), url=HERALD_URL),
    "upi-copyright": Page(
        "United Press International",
        tail=("Copyright 2026 United Press International, Inc. All Rights Reserved.",),
        url=TIDEWATER_URL,
    ),
    "pa-byline-in-text": Page(
        "PA Media", head=("By Jane Doe, PA Political Correspondent",), url=KESTREL_URL
    ),
    "agencia-brasil-reporter-byline": Page(
        "Agência Brasil",
        head=("Jane Doe – Repórter da Agência Brasil",),
        url="https://www.jornaldoplanalto.com.br/2026/03/04/conselho-aprova-orcamento/",
    ),
    "xinhua-end-tag": Page("Xinhua", tail=("(Xinhua)",), url=GAZETTE_URL),
    "lusa-end": Page("Agência Lusa", tail=("Lusa/Fim",), url=HERALD_URL),
}


@pytest.mark.parametrize("name", list(SIGNOFF_PAGES))
def test_b_a_wire_sign_off_on_a_member_site_credits_the_agency_and_leaves(name: str) -> None:
    check(SIGNOFF_PAGES[name])


# (d) Markup or a dateline decides the publisher; a credit line names the same outlet in
# another spelling, and must leave as well.
NYT_CANONICAL = {"canonical": "https://www.nytimes.com/2026/03/04/us/council-road-budget.html"}
DECIDED_ELSEWHERE = {
    "nyt-canonical-source-nyt": Page(
        "The New York Times", tail=("Source: NYT",), meta=NYT_CANONICAL, url=BLOG
    ),
    "nyt-canonical-courtesy-ny-times": Page(
        "The New York Times",
        tail=("Courtesy: NY Times",),
        meta={**NYT_CANONICAL, "og:site_name": "Riverside Updates"},
        url=BLOG,
    ),
    "nyt-canonical-byline-in-text": Page(
        "The New York Times",
        head=("By Jane Doe, NYTimes",),
        meta=NYT_CANONICAL,
        url=BLOG,
    ),
    "guardian-canonical-via-guardian-news": Page(
        "The Guardian",
        tail=("Via Guardian News",),
        meta={"canonical": "https://www.theguardian.com/uk-news/2026/mar/04/council-road-budget"},
        url=BLOG,
    ),
    "wapo-canonical-source-wapo": Page(
        "The Washington Post",
        tail=("Source: WaPo",),
        meta={
            "canonical": "https://www.washingtonpost.com/dc-md-va/2026/03/04/council-road-budget/"
        },
        url=BLOG,
    ),
    "aljazeera-canonical-courtesy-hyphenated": Page(
        "Al Jazeera",
        head=("(Courtesy: Al-Jazeera)",),
        meta={"canonical": "https://www.aljazeera.com/news/2026/3/4/council-approves-road-budget"},
        url=BLOG,
    ),
    "ft-canonical-copyright": Page(
        "Financial Times",
        tail=("© The Financial Times Limited 2026. All rights reserved.",),
        meta={"canonical": "https://www.ft.com/content/1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d"},
        url=BLOG,
    ),
    "bloomberg-canonical-copyright": Page(
        "Bloomberg",
        tail=("©2026 Bloomberg L.P.",),
        meta={
            "canonical": "https://www.bloomberg.com/news/articles/2026-03-04/council-road-budget"
        },
        url=BLOG,
    ),
    "bbc-og-url-source-bbc-news": Page(
        "BBC",
        tail=("Source: BBC News Online",),
        meta={"og:url": "https://www.bbc.com/news/articles/c0ab12cd34ef"},
        url=BLOG,
    ),
    "ap-dateline-source-the-associated-press": Page(
        "Associated Press",
        lead="WASHINGTON (AP) — ",
        tail=("Source: The Associated Press",),
    ),
    "ap-dateline-ap-news-credit": Page(
        "Associated Press",
        lead="BOSTON (AP) — ",
        tail=("Credit: AP News",),
        url=HERALD_URL,
    ),
    "reuters-dateline-thomson-reuters": Page(
        "Reuters",
        lead="NEW YORK, March 4 (Reuters) - ",
        tail=("Source: Thomson Reuters",),
        url=TIDEWATER_URL,
    ),
    "afp-dateline-agence-france-presse": Page(
        "AFP",
        lead="GENEVA, March 4, 2026 (AFP) - ",
        tail=("Source: Agence France-Presse",),
        url=KESTREL_URL,
    ),
    "dpa-dateline-deutsche-presse-agentur": Page(
        "dpa",
        lead="Berlin (dpa) - ",
        tail=("Quelle: Deutsche Presse-Agentur",),
    ),
    "xinhua-dateline-xinhua-news-agency": Page(
        "Xinhua",
        lead="BEIJING, March 4 (Xinhua) -- ",
        tail=("Source: Xinhua News Agency",),
        url=HERALD_URL,
    ),
    "pti-dateline-press-trust-of-india": Page(
        "Press Trust of India",
        lead="New Delhi, Mar 4 (PTI) ",
        tail=("Source: Press Trust of India",),
        url=TIDEWATER_URL,
    ),
    "conversation-canonical-republished-from-domain": Page(
        "The Conversation",
        tail=("Republished under Creative Commons from TheConversation.com",),
        meta={"canonical": "https://theconversation.com/council-approves-road-budget-234567"},
        url=BLOG,
    ),
    "gazette-canonical-source-name": Page(
        GAZETTE,
        tail=(f"Source: {GAZETTE}",),
        meta={"canonical": GAZETTE_URL},
        url=BLOG,
    ),
}


@pytest.mark.parametrize("name", list(DECIDED_ELSEWHERE))
def test_d_a_credit_line_naming_the_decided_outlet_otherwise_leaves(name: str) -> None:
    check(DECIDED_ELSEWHERE[name])
