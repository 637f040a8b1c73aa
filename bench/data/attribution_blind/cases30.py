# ruff: noqa: E501, RUF001
"""Sites and cases of the thirtieth blind set (cases_2027-01-01.jsonl).

Each case names its site, story, category, the words and markup that credit (or only mention,
caption or sign) an outlet, and what a newsroom would answer. Slots are filled by the site's
template in `chrome30.py` (``tail``: lines after the last paragraph; ``mid``: blocks after a
paragraph; ``fig``: the lead picture or video and its caption; ``foot``: the article's footer;
``topics``: a topics row with a source item; ``dl``: a definition list of facts; ``aside``: a
sidebar fact box; ``credit``: a credit block under the body; ``logo``/``svg``: a credit drawn
as a logo image or an inline SVG). Credit lines are written as the page's visible text reads.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape
from typing import Any


@dataclass(frozen=True)
class Site:
    name: str
    tmpl: str
    lang: str
    region: str


@dataclass
class Case:
    site: str
    story: str
    category: str
    placement: str
    expected: str | None = None
    accept: tuple[str, ...] = ()
    lines: tuple[str, ...] = ()
    slots: dict[str, Any] = field(default_factory=dict)
    byline: str = ""
    dateline: str = ""
    mention: tuple[int, str] | None = None
    size: str = "std"
    note: str = ""
    markup_only: bool = False

    @property
    def lang(self) -> str:
        return SITES[self.site].lang


def a(text: str, href: str) -> str:
    return f'<a href="{escape(href)}" rel="noopener" target="_blank">{escape(text)}</a>'


SITES: dict[str, Site] = {
    # Ceredigion
    "cardiganbaybulletin.co.uk": Site("Cardigan Bay Bulletin", "next", "en", "Ceredigion"),
    "aberaeron-harbour-users.org.uk": Site(
        "Aberaeron Harbour Users' Association", "table", "en", "Ceredigion"
    ),
    "nation.cymru": Site("Nation.Cymru", "nuxt", "en", "Ceredigion"),
    "westwaleschronicle.co.uk": Site("West Wales Chronicle", "print", "en", "Ceredigion"),
    # Orkney
    "orkneytidings.co.uk": Site("Orkney Tidings", "amp", "en", "Orkney"),
    "theorcadian.co.uk": Site("The Orcadian", "eed", "en", "Orkney"),
    "northisles-crofter.org.uk": Site("North Isles Crofter", "table", "en", "Orkney"),
    "stromnessview.co.uk": Site("Stromness View", "next", "en", "Orkney"),
    "scotislandsbusiness.co.uk": Site("Scottish Islands Business", "release", "en", "Orkney"),
    # County Sligo
    "sligocoastnews.ie": Site("Sligo Coast News", "nuxt", "en", "Sligo"),
    "oceanfm.ie": Site("Ocean FM", "next", "en", "Sligo"),
    "strandhill-community.ie": Site(
        "Strandhill Community Development Association", "table", "en", "Sligo"
    ),
    "yeatscountyweekly.ie": Site("Yeats County Weekly", "print", "en", "Sligo"),
    # Volta Region
    "voltadailyreport.com.gh": Site("Volta Daily Report", "next", "en", "Volta"),
    "keta-online.com": Site("Keta Online", "amp", "en", "Volta"),
    "anlogaradio.com.gh": Site("Anloga Radio", "print", "en", "Volta"),
    "accrabusinessdesk.com": Site("Accra Business Desk", "release", "en", "Volta"),
    "prnewswire.co.uk": Site("PR Newswire", "release", "en", "Volta"),
    # Enugu
    "coalcityvoice.ng": Site("Coal City Voice", "nuxt", "en", "Enugu"),
    "nsukkareporter.com.ng": Site("The Nsukka Reporter", "eed", "en", "Enugu"),
    "enugubusinessjournal.ng": Site("Enugu Business Journal", "release", "en", "Enugu"),
    # Gulu
    "acholitimes.co.ug": Site("Acholi Times", "next", "en", "Gulu"),
    "wanglobofm.co.ug": Site("Wang Lobo FM", "transcript", "en", "Gulu"),
    "shea-voices.org": Site("Shea Voices", "transcript", "en", "Gulu"),
    "northernuganda-agri.co.ug": Site("Northern Uganda Agribusiness", "amp", "en", "Gulu"),
    # Lantau
    "lantaulife.hk": Site("Lantau Life", "nuxt", "en", "Lantau"),
    "rthk.hk": Site("RTHK", "transcript", "en", "Lantau"),
    "lantau-islander.hk": Site("The Lantau Islander", "print", "en", "Lantau"),
    "hkdistrictvideo.com": Site("HK District Video", "transcript", "en", "Lantau"),
    # German: Uckermark
    "uckermark-ticker.de": Site("Uckermark-Ticker", "nuxt", "de", "Uckermark"),
    "moz.de": Site("Märkische Onlinezeitung", "eed", "de", "Uckermark"),
    "prenzlau-aktuell24.de": Site("Prenzlau aktuell", "next", "de", "Uckermark"),
    "angermuende-nachrichten.de": Site("Angermünder Nachrichten", "print", "de", "Uckermark"),
    # French: Vosges
    "hautes-vosges-info.fr": Site("Hautes-Vosges Info", "next", "fr", "Vosges"),
    "vosgesmatin.fr": Site("Vosges Matin", "amp", "fr", "Vosges"),
    "gerardmer-actu.fr": Site("Gérardmer Actu", "nuxt", "fr", "Vosges"),
    # Russian: Kostroma
    "kostroma-segodnya.ru": Site("Кострома сегодня", "next", "ru", "Kostroma"),
    "kostroma-vestnik.ru": Site("Костромской вестник", "print", "ru", "Kostroma"),
    "zavolzhye-news.ru": Site("Заволжье-Ньюс", "table", "ru", "Kostroma"),
    # Ukrainian: Chernivtsi
    "chernivtsi-vechirni.com.ua": Site("Вечірні Чернівці", "nuxt", "uk", "Chernivtsi"),
    "rosha-info.com.ua": Site("Роша-інфо", "amp", "uk", "Chernivtsi"),
    # Polish: Bieszczady
    "bieszczady-teraz.pl": Site("Bieszczady Teraz", "nuxt", "pl", "Bieszczady"),
    "ustrzyki-info.pl": Site("Ustrzyki Info", "amp", "pl", "Bieszczady"),
    # Dutch: Zeeland
    "vlissingen-actueel.nl": Site("Vlissingen Actueel", "next", "nl", "Zeeland"),
    "breskens-nieuws.nl": Site("Breskens Nieuws", "table", "nl", "Zeeland"),
    # Swedish: Gotland
    "visby-nyheter.se": Site("Visby Nyheter", "next", "sv", "Gotland"),
    "gotlandsposten24.se": Site("Gotlandsposten", "nuxt", "sv", "Gotland"),
    # Greek: Naxos
    "naxos-eidiseis.gr": Site("Νάξος Ειδήσεις", "nuxt", "el", "Naxos"),
    "kyklades-news24.gr": Site("Κυκλάδες News24", "table", "el", "Naxos"),
    # Japanese: Kushiro
    "kushiro-minpo24.jp": Site("釧路民報24", "next", "ja", "Kushiro"),
    "kushiro-jiho.jp": Site("くしろ時報", "table", "ja", "Kushiro"),
    # Chinese: Weihai
    "weihai-kuaixun.cn": Site("威海快讯", "trs", "zh", "Weihai"),
    "whnews.cn": Site("威海新闻网", "trs", "zh", "Weihai"),
    "rongcheng-rongmei.cn": Site("荣成融媒", "next", "zh", "Weihai"),
    # Korean: Andong
    "andong-ilbo24.kr": Site("안동일보24", "kr", "ko", "Andong"),
    "hahoe-ilbo.kr": Site("하회일보", "kr", "ko", "Andong"),
    # Italian: Cilento
    "cilento-oggi.it": Site("Cilento Oggi", "nuxt", "it", "Cilento"),
    "pollica-notizie.it": Site("Pollica Notizie", "amp", "it", "Cilento"),
    # Hausa: Katsina
    "katsina-labarai.com": Site("Katsina Labarai", "next", "ha", "Katsina"),
    "funtua-gobe.com": Site("Funtua Gobe", "amp", "ha", "Katsina"),
}

AP_TRAILER = (
    "Copyright 2027 The Associated Press. All rights reserved. This material may not be "
    "published, broadcast, rewritten or redistributed without permission."
)
TRF = (
    "This story was first published by the Thomson Reuters Foundation, the charitable arm of "
    "Thomson Reuters, that covers the lives of people around the world who struggle to live "
    "freely or fairly."
)
GNW_NOTICE = (
    "The following content was provided by GlobeNewswire. Scottish Islands Business did not "
    "write or edit it."
)
PRN_VIEW = (
    "View original content:https://www.prnewswire.co.uk/news-releases/volta-lakeside-energy-"
    "commissions-solar-mini-grids-for-14-island-communities-302411587.html"
)
BW_VIEW = (
    "View source version on businesswire.com: "
    "https://www.businesswire.com/news/home/20270311005214/en/"
)

CASES: list[Case] = [
    # ---------------------------------------------------------------- English: Ceredigion
    Case(
        "cardiganbaybulletin.co.uk",
        "cered",
        "out_of_table",
        "split-strong-source-link",
        "Cambrian News",
        ("Cambrian News",),
        ("Source: Cambrian News",),
        {
            "tail": [
                "<strong>Source:</strong> "
                + a(
                    "Cambrian News",
                    "https://www.cambrian-news.co.uk/news/aberaeron-harbour-wall-repairs-delayed-712233",
                )
            ],
            "data_source": {"name": "Cambrian News", "url": "https://www.cambrian-news.co.uk/"},
        },
        byline="By Cardigan Bay Bulletin staff",
    ),
    Case(
        "cardiganbaybulletin.co.uk",
        "cered",
        "in_table",
        "translated-from-bbc-cymru-fyw",
        "BBC",
        ("BBC", "BBC Cymru Fyw"),
        ("This article was translated from BBC Cymru Fyw.",),
        {
            "tail": ["<em>This article was translated from BBC Cymru Fyw.</em>"],
            "data_source": {"name": "BBC Cymru Fyw", "translated": True},
        },
        note="BBC Cymru Fyw is the BBC's Welsh-language news service: a translation credits the BBC",
    ),
    Case(
        "cardiganbaybulletin.co.uk",
        "cered",
        "negative_mention",
        "mid-speaking-to-bbc-radio-wales",
        mention=(
            2,
            "Speaking to BBC Radio Wales on Wednesday, Ms Rhydderch said the council would not cut corners on the design.",
        ),
        byline="By Llinos Griffiths",
    ),
    Case(
        "aberaeron-harbour-users.org.uk",
        "cered",
        "no_credit",
        "table-posted-by-secretary",
        byline="Posted by the Hon. Secretary",
        size="brief",
    ),
    Case(
        "aberaeron-harbour-users.org.uk",
        "cered",
        "out_of_table",
        "table-reproduced-by-permission",
        "Tivy-Side Advertiser",
        ("Tivy-Side Advertiser", "The Tivy-Side Advertiser"),
        ("Reproduced by kind permission of the Tivy-Side Advertiser.",),
        {"tail": ["<i>Reproduced by kind permission of the Tivy-Side Advertiser.</i>"]},
    ),
    Case(
        "aberaeron-harbour-users.org.uk",
        "cered",
        "negative_mention",
        "table-told-bbc-radio-cymru",
        mention=(
            4,
            "He told BBC Radio Cymru's Post Prynhawn that the fleet could not take another winter like the last.",
        ),
        byline="Posted by the Hon. Secretary",
    ),
    Case(
        "nation.cymru",
        "cered",
        "own_page",
        "own-byline-support-appeal",
        byline="Martha Owen",
        slots={
            "foot": "Support our Nation today. For the price of a cup of coffee a month you can help us create an independent, not-for-profit, national news service for the people of Wales, by the people of Wales."
        },
    ),
    Case(
        "westwaleschronicle.co.uk",
        "cered",
        "wire",
        "print-pa-wales-byline",
        "PA Media",
        ("PA Media", "PA"),
        ("By Rhodri Beynon, PA Wales Correspondent",),
        byline="By Rhodri Beynon, PA Wales Correspondent",
    ),
    Case(
        "westwaleschronicle.co.uk",
        "cered",
        "negative_caption",
        "print-caption-council",
        slots={
            "fig": {
                "cap": "The damaged south wall at Aberaeron. Picture: Ceredigion County Council",
                "alt": "Harbour wall",
            }
        },
        byline="By Sioned Harries",
    ),
    Case(
        "westwaleschronicle.co.uk",
        "col_money",
        "in_table",
        "print-telegraph-copyright-footer",
        "The Telegraph",
        ("The Telegraph", "Telegraph Media Group"),
        ("© Telegraph Media Group Limited 2027",),
        {"foot": "© Telegraph Media Group Limited 2027"},
        byline="By Annabel Crowther",
    ),
    # ---------------------------------------------------------------- English: Orkney
    Case(
        "orkneytidings.co.uk",
        "orkney",
        "in_table",
        "amp-article-source-bbc-radio-orkney",
        "BBC",
        ("BBC", "BBC Radio Orkney"),
        ("Source: BBC Radio Orkney",),
        {"credit": "Source: BBC Radio Orkney"},
        note="BBC Radio Orkney is a BBC local service: answered as the BBC",
    ),
    Case(
        "orkneytidings.co.uk",
        "orkney",
        "out_of_table",
        "amp-partner-logo-alt",
        "The Orcadian",
        ("The Orcadian", "Orcadian"),
        (),
        {"logo": ("Story from our partner", "The Orcadian")},
        markup_only=True,
        note="the only credit is a partner logo whose alt text names The Orcadian: no visible credit line",
    ),
    Case(
        "orkneytidings.co.uk",
        "orkney",
        "negative_caption",
        "amp-caption-northlink",
        slots={
            "fig": {
                "cap": "The MV Earl Thorfinn at Kirkwall pier. (Photo: NorthLink Ferries)",
                "alt": "Ferry at pier",
            }
        },
        byline="By Tidings reporter",
        size="brief",
    ),
    Case(
        "scotislandsbusiness.co.uk",
        "pr_ferry",
        "wire",
        "release-globenewswire-dateline-notice",
        "GlobeNewswire",
        ("GlobeNewswire", "GLOBE NEWSWIRE", "Globe Newswire"),
        (GNW_NOTICE,),
        {
            "notice": GNW_NOTICE,
            "feed": "globenewswire",
            "tail": ["Media contact: Ola Brekke, Northlight Marine Design AS, +47 700 12 345"],
        },
        dateline="KIRKWALL, Scotland, March 11, 2027 (GLOBE NEWSWIRE) -- ",
        note="press-release distribution copy: the distribution service is the publisher (the set's rule)",
    ),
    Case(
        "theorcadian.co.uk",
        "orkney",
        "own_page",
        "eedition-own-byline",
        byline="By Erlend Flett",
        size="long",
    ),
    Case(
        "theorcadian.co.uk",
        "orkney",
        "negative_caption",
        "eedition-cutline-council",
        slots={
            "fig": {
                "cap": "Councillors at Wednesday's committee meeting. Photo: Orkney Islands Council"
            }
        },
        byline="By Erlend Flett",
        size="brief",
    ),
    Case(
        "northisles-crofter.org.uk",
        "orkney",
        "no_credit",
        "table-compiled-by-editor",
        byline="Compiled by the editor",
    ),
    Case(
        "northisles-crofter.org.uk",
        "orkney",
        "negative_mention",
        "table-told-bbc-radio-orkney",
        mention=(
            3,
            "Ms Tulloch told BBC Radio Orkney's morning programme that two sales at the Kirkwall mart had been lost since October.",
        ),
        byline="Compiled by the editor",
        size="long",
    ),
    Case(
        "stromnessview.co.uk",
        "orkney",
        "in_table",
        "next-credit-originally-published-guardian",
        "The Guardian",
        ("The Guardian", "Guardian"),
        ("Originally published by The Guardian",),
        {
            "credit": '<span class="lbl">Originally published by</span> '
            + a(
                "The Guardian",
                "https://www.theguardian.com/uk-news/2027/mar/11/orkney-ferries-delay",
            ),
            "data_source": "The Guardian",
        },
        byline="By Fiona Ritch",
        size="long",
    ),
    Case(
        "stromnessview.co.uk",
        "col_garden",
        "out_of_table",
        "next-king-features-copyright",
        "King Features Syndicate",
        ("King Features Syndicate", "King Features", "King Features Synd."),
        ("(c) 2027 King Features Synd., Inc.",),
        {"tail": ["(c) 2027 King Features Synd., Inc."]},
        byline="By Dana Whitcombe",
    ),
    Case(
        "stromnessview.co.uk",
        "orkney",
        "negative_mention",
        "next-told-press-and-journal",
        mention=(
            4,
            "Mr Scollay told The Press and Journal last month that the islands had waited long enough.",
        ),
        byline="By Fiona Ritch",
    ),
    # ---------------------------------------------------------------- English: Sligo
    Case(
        "sligocoastnews.ie",
        "sligo",
        "out_of_table",
        "nuxt-topics-row-source",
        "The Sligo Champion",
        ("The Sligo Champion", "Sligo Champion"),
        ("Source: The Sligo Champion",),
        {
            "topics": (
                ["Strandhill", "Coastal erosion", "Sligo County Council"],
                "Source: "
                + a(
                    "The Sligo Champion",
                    "https://www.independent.ie/regionals/sligo/news/strandhill-dune-path-closed-43012876.html",
                ),
            )
        },
    ),
    Case(
        "sligocoastnews.ie",
        "sligo",
        "in_table",
        "nuxt-definition-list-source",
        "The Times",
        ("The Times", "The Times (Ireland edition)", "The Times Ireland"),
        ("The Times (Ireland edition)",),
        {"dl": [("Source", "The Times (Ireland edition)"), ("Published", "11 March 2027")]},
        note="the Ireland edition of The Times is The Times",
    ),
    Case(
        "sligocoastnews.ie",
        "sligo",
        "negative_mention",
        "nuxt-speaking-on-ocean-fm",
        mention=(
            4,
            "Speaking on Ocean FM's North West Today, Cllr Feeney said the community wanted a say in any design.",
        ),
        byline="Sligo Coast News reporter",
    ),
    Case(
        "oceanfm.ie",
        "sligo",
        "own_page",
        "next-own-newsroom-tip-line",
        byline="Ocean FM News",
        slots={"tail": ["Got a story? Email the Ocean FM newsroom at news@oceanfm.ie"]},
    ),
    Case(
        "strandhill-community.ie",
        "sligo",
        "negative_caption",
        "table-caption-council",
        slots={
            "fig": {
                "cap": "Fencing at the dune path. Photo: Sligo County Council",
                "alt": "Fencing",
            }
        },
        byline="Posted by SCDA",
    ),
    Case(
        "strandhill-community.ie",
        "sligo",
        "no_credit",
        "table-posted-by-association",
        byline="Posted by SCDA",
        size="brief",
    ),
    Case(
        "yeatscountyweekly.ie",
        "col_garden",
        "in_table",
        "print-tca-boston-globe-footer",
        "The Boston Globe",
        ("The Boston Globe", "Boston Globe"),
        (
            "©2027 The Boston Globe. Visit bostonglobe.com. Distributed by Tribune Content Agency, LLC.",
        ),
        {
            "foot": "©2027 The Boston Globe. Visit bostonglobe.com. Distributed by Tribune Content Agency, LLC."
        },
        byline="By Martha Quill",
        note="a Tribune Content Agency column from a member paper: the paper is the publisher, the agency distributes",
    ),
    Case(
        "yeatscountyweekly.ie",
        "sligo",
        "wire",
        "print-pa-byline",
        "PA Media",
        ("PA Media", "PA"),
        ("By Aoife Brennan, PA",),
        byline="By Aoife Brennan, PA",
    ),
    Case(
        "yeatscountyweekly.ie",
        "sligo",
        "negative_mention",
        "print-told-irish-independent",
        mention=(
            3,
            "She told the Irish Independent last summer that bookings had doubled since the path opened.",
        ),
        byline="By Ciarán Mulligan",
    ),
    # ---------------------------------------------------------------- English: Volta
    Case(
        "voltadailyreport.com.gh",
        "volta",
        "in_table",
        "next-svg-title-bbc",
        "BBC",
        ("BBC", "BBC News"),
        (),
        {"svg": ("Source", "BBC News")},
        markup_only=True,
        note="the only credit is an inline SVG logo whose <title> names BBC News: no visible credit line",
    ),
    Case(
        "voltadailyreport.com.gh",
        "volta",
        "out_of_table",
        "next-split-spans-source",
        "Graphic Online",
        ("Graphic Online", "Daily Graphic"),
        ("Source: Graphic Online",),
        {
            "credit": '<span class="lbl">Source: </span><span class="val">Graphic Online</span>',
            "data_source": "Graphic Online",
        },
    ),
    Case(
        "voltadailyreport.com.gh",
        "volta",
        "wire",
        "next-reuters-dateline-reporting-line",
        "Reuters",
        ("Reuters",),
        ("Reporting by Kwaku Dzidzornu in Keta; Editing by Helen Marsh",),
        {
            "tail": ["Reporting by Kwaku Dzidzornu in Keta; Editing by Helen Marsh"],
            "data_source": "Reuters",
        },
        dateline="KETA, Ghana, March 11 (Reuters) - ",
        size="long",
    ),
    Case(
        "voltadailyreport.com.gh",
        "volta",
        "wire",
        "next-ap-byline-dateline-trailer",
        "Associated Press",
        ("Associated Press", "AP", "The Associated Press"),
        ("By KOFI ASHIAGBOR Associated Press", AP_TRAILER),
        {"tail": [AP_TRAILER]},
        byline="By KOFI ASHIAGBOR Associated Press",
        dateline="KETA, Ghana (AP) — ",
    ),
    Case(
        "voltadailyreport.com.gh",
        "volta",
        "negative_mention",
        "next-told-joynews",
        mention=(
            5,
            "He told JoyNews that the community had written to the ministry three times since 2023.",
        ),
        byline="By Selikem Dogbe",
    ),
    Case(
        "keta-online.com",
        "pr_solar",
        "wire",
        "amp-prnewswire-dateline-source-trailer",
        "PR Newswire",
        ("PR Newswire", "PRNewswire"),
        ("SOURCE Volta Lakeside Energy Ltd", PRN_VIEW),
        {"tail": [PRN_VIEW, "SOURCE Volta Lakeside Energy Ltd"]},
        dateline="HO, Ghana, March 11, 2027 /PRNewswire/ -- ",
        note="press-release distribution copy: the distribution service is the publisher (the set's rule)",
    ),
    Case(
        "keta-online.com",
        "volta",
        "negative_caption",
        "amp-caption-nadmo",
        slots={
            "fig": {"cap": "Flooded homes at Agavedzi. (Photo: NADMO Keta)", "alt": "Flooded homes"}
        },
        byline="By Keta Online",
        size="long",
    ),
    Case(
        "keta-online.com",
        "volta",
        "no_credit",
        "amp-site-byline",
        byline="By Keta Online",
        size="brief",
    ),
    Case(
        "keta-online.com",
        "volta",
        "negative_caption",
        "amp-caption-ghana-navy",
        slots={
            "fig": {
                "cap": "Sailors help residents move belongings. (Photo: Ghana Navy/Eastern Naval Command)",
                "alt": "Sailors",
            }
        },
        byline="By Keta Online",
    ),
    Case(
        "anlogaradio.com.gh",
        "volta",
        "own_page",
        "print-own-station-byline-follow-line",
        byline="By Mawuli Kpeli, Anloga Radio News",
        slots={"tail": ["Follow Anloga Radio News on Facebook for updates from the coast."]},
        note="a radio station's own page, with its newsroom byline and follow line",
    ),
    Case(
        "accrabusinessdesk.com",
        "pr_solar",
        "out_of_table",
        "release-company-issued-notice",
        "Volta Lakeside Energy",
        ("Volta Lakeside Energy", "Volta Lakeside Energy Ltd"),
        ("This press release was issued by Volta Lakeside Energy Ltd.",),
        {"notice": "This press release was issued by Volta Lakeside Energy Ltd.", "feed": "direct"},
        note="unsure: a release sent straight to the site with no distribution service is answered by its issuer",
    ),
    Case(
        "prnewswire.co.uk",
        "pr_solar",
        "own_page",
        "release-distributor-own-page",
        dateline="HO, Ghana, March 11, 2027 /PRNewswire/ -- ",
        slots={"tail": ["SOURCE Volta Lakeside Energy Ltd"], "feed": "own"},
        note="the distribution service's own page: null, though its dateline tag and trailer are there",
    ),
    # ---------------------------------------------------------------- English: Enugu
    Case(
        "coalcityvoice.ng",
        "enugu",
        "in_table",
        "nuxt-article-footer-premium-times",
        "Premium Times",
        ("Premium Times",),
        ("This report was first published by Premium Times.",),
        {"foot": "This report was first published by Premium Times."},
    ),
    Case(
        "coalcityvoice.ng",
        "enugu",
        "out_of_table",
        "nuxt-aside-factbox-nan",
        "News Agency of Nigeria",
        ("News Agency of Nigeria", "NAN"),
        ("This story was produced by the News Agency of Nigeria (NAN) and is republished here.",),
        {
            "aside": (
                "About this story",
                "This story was produced by the News Agency of Nigeria (NAN) and is republished here.",
            )
        },
        note="an agency outside the table, filed out_of_table as the earlier sets file such agencies",
    ),
    Case(
        "coalcityvoice.ng",
        "enugu",
        "negative_mention",
        "nuxt-told-channels",
        mention=(
            2,
            "Mr Eze later told Channels Television that the traders would go to court if necessary.",
        ),
        byline="Coal City Voice reporter",
    ),
    Case(
        "coalcityvoice.ng",
        "enugu",
        "negative_caption",
        "nuxt-lead-video-credit-channels",
        slots={
            "fig": {"cap": "Traders protest at Ogige market. (Video: Channels TV)", "video": True}
        },
        byline="Coal City Voice reporter",
    ),
    Case(
        "nsukkareporter.com.ng",
        "enugu",
        "own_page",
        "eedition-own-byline",
        byline="By Chukwuemeka Asogwa",
    ),
    Case(
        "nsukkareporter.com.ng",
        "enugu",
        "out_of_table",
        "eedition-courtesy-guardian-nigeria",
        "The Guardian (Nigeria)",
        ("The Guardian (Nigeria)", "The Guardian Nigeria", "Guardian Nigeria"),
        ("Courtesy: The Guardian (Nigeria)",),
        {"tail": ["Courtesy: The Guardian (Nigeria)"]},
        note="Nigeria's Guardian is not the table's British Guardian: only its own names are accepted",
    ),
    Case(
        "nsukkareporter.com.ng",
        "enugu",
        "negative_mention",
        "eedition-told-the-bbc",
        mention=(
            5,
            "Mrs Odo told the BBC in January that many women traders had already borrowed to restock.",
        ),
        byline="By Chukwuemeka Asogwa",
    ),
    Case(
        "enugubusinessjournal.ng",
        "pr_fintech",
        "wire",
        "release-business-wire-dateline-view-source",
        "Business Wire",
        ("Business Wire", "BUSINESS WIRE"),
        (BW_VIEW,),
        {"tail": [BW_VIEW, "Contacts: Ifeoma Okafor, press@ugochipay.ng"], "feed": "businesswire"},
        dateline="ENUGU, Nigeria--(BUSINESS WIRE)--",
        note="press-release distribution copy: the distribution service is the publisher (the set's rule)",
    ),
    Case(
        "coalcityvoice.ng",
        "enugu",
        "no_credit",
        "nuxt-site-reporter-brief",
        byline="Coal City Voice reporter",
        size="brief",
    ),
    # ---------------------------------------------------------------- English: Gulu
    Case(
        "acholitimes.co.ug",
        "gulu",
        "out_of_table",
        "next-first-published-daily-monitor",
        "Daily Monitor",
        ("Daily Monitor", "Monitor"),
        ("This story was first published by the Daily Monitor.",),
        {
            "tail": ["<em>This story was first published by the Daily Monitor.</em>"],
            "data_source": "Daily Monitor",
        },
    ),
    Case(
        "acholitimes.co.ug",
        "gulu",
        "in_table",
        "next-thomson-reuters-foundation-trailer",
        "Thomson Reuters Foundation",
        ("Thomson Reuters Foundation",),
        (TRF,),
        {"tail": [TRF]},
        byline="By Patricia Lamwaka",
    ),
    Case(
        "acholitimes.co.ug",
        "gulu",
        "negative_mention",
        "next-told-ntv-uganda",
        mention=(
            2,
            "Akello told NTV Uganda last year that the bank had turned the group down twice.",
        ),
        byline="By Acholi Times reporter",
    ),
    Case(
        "wanglobofm.co.ug",
        "tr_gulu",
        "own_page",
        "transcript-own-programme",
        byline="Presented by Rubangakene Okot. Produced by Wang Lobo FM.",
        slots={
            "intro": "Grace Akello on the shea cooperative she chairs, from this week's Wang Lobo Evening."
        },
    ),
    Case(
        "wanglobofm.co.ug",
        "tr_gulu",
        "no_credit",
        "transcript-no-credit",
        slots={"intro": "From the archive: an interview on the cooperative's first year."},
        size="brief",
    ),
    Case(
        "shea-voices.org",
        "tr_gulu",
        "out_of_table",
        "transcript-first-aired-mega-fm",
        "Mega FM",
        ("Mega FM", "Mega FM Gulu"),
        (
            "This interview first aired on Mega FM's evening programme and is reproduced with permission.",
        ),
        {
            "intro": "This interview first aired on Mega FM's evening programme and is reproduced with permission."
        },
    ),
    Case(
        "northernuganda-agri.co.ug",
        "gulu",
        "wire",
        "amp-xinhua-dateline-enditem",
        "Xinhua",
        ("Xinhua",),
        ("Enditem",),
        {"tail": ["Enditem"]},
        dateline="GULU, Uganda, March 11 (Xinhua) -- ",
    ),
    Case(
        "northernuganda-agri.co.ug",
        "gulu",
        "negative_caption",
        "amp-caption-district",
        slots={
            "fig": {
                "cap": "Members at the new plant on the Awach road. (Photo: Gulu District Local Government)",
                "alt": "Plant",
            }
        },
    ),
    Case(
        "northernuganda-agri.co.ug",
        "gulu",
        "negative_caption",
        "amp-caption-afp-getty",
        slots={
            "fig": {
                "cap": "Shea nuts drying in the sun near Gulu. (File photo: AFP/Getty Images)",
                "alt": "Shea nuts",
            }
        },
        size="brief",
    ),
    # ---------------------------------------------------------------- English: Lantau
    Case(
        "lantaulife.hk",
        "lantau",
        "in_table",
        "nuxt-article-footer-scmp",
        "South China Morning Post",
        ("South China Morning Post", "SCMP"),
        ("This story first appeared in the South China Morning Post.",),
        {"foot": "This story first appeared in the South China Morning Post."},
    ),
    Case(
        "lantaulife.hk",
        "lantau",
        "out_of_table",
        "nuxt-translated-from-ming-pao",
        "Ming Pao",
        ("Ming Pao",),
        ("This article was translated from Ming Pao.",),
        {"tail": ["This article was translated from Ming Pao."]},
    ),
    Case(
        "lantaulife.hk",
        "lantau",
        "negative_mention",
        "nuxt-told-rthk",
        mention=(
            2,
            "She told RTHK's Hong Kong Today that several neighbours had already moved away.",
        ),
        byline="Lantau Life",
    ),
    Case(
        "rthk.hk",
        "lantau",
        "own_page",
        "transcript-own-video-report",
        slots={"fig": {"cap": "RTHK's Bonnie Chan reports from Tai O.", "video": True}},
        note="RTHK's own video report and its script",
    ),
    Case(
        "lantau-islander.hk",
        "lantau",
        "negative_caption",
        "print-caption-dsd",
        slots={
            "fig": {
                "cap": "The flood barrier at the mouth of the creek. Photo: Drainage Services Department"
            }
        },
        byline="By Chan Wing-yee",
    ),
    Case(
        "lantau-islander.hk",
        "lantau",
        "wire",
        "print-afp-dateline-slug",
        "AFP",
        ("AFP", "Agence France-Presse"),
        ("jts/dhc",),
        {"tail": ["jts/dhc"]},
        dateline="Hong Kong (AFP) - ",
    ),
    Case(
        "lantau-islander.hk",
        "lantau",
        "no_credit",
        "print-staff-byline",
        byline="By Chan Wing-yee",
        size="brief",
    ),
    Case(
        "hkdistrictvideo.com",
        "lantau",
        "wire",
        "transcript-lead-video-figcaption-source",
        "Reuters",
        ("Reuters",),
        ("Source: Reuters",),
        {"fig": {"cap": "Source: Reuters", "video": True}},
        note="a video page whose script is the agency's: the lead video's caption credits it",
    ),
    Case(
        "hkdistrictvideo.com",
        "lantau",
        "negative_caption",
        "transcript-video-caption-observatory",
        slots={"fig": {"cap": "Footage: Hong Kong Observatory", "video": True}},
        size="brief",
    ),
]

CASES += [
    # ---------------------------------------------------------------- German: Uckermark
    Case(
        "uckermark-ticker.de",
        "uckermark",
        "in_table",
        "nuxt-definition-list-quelle",
        "Tagesschau",
        ("Tagesschau", "tagesschau.de"),
        ("tagesschau.de",),
        {"dl": [("Quelle", "tagesschau.de"), ("Stand", "11.03.2027, 10:12 Uhr")]},
    ),
    Case(
        "uckermark-ticker.de",
        "uckermark",
        "in_table",
        "nuxt-topics-row-quelle-zdfheute",
        "ZDF",
        ("ZDF", "ZDFheute"),
        ("Quelle: ZDFheute",),
        {
            "topics": (
                ["Uckermark", "Windkraft", "Bürgerentscheid"],
                "Quelle: "
                + a(
                    "ZDFheute",
                    "https://www.zdf.de/nachrichten/politik/deutschland/windpark-klinkow-buergerentscheid-100.html",
                ),
            )
        },
        note="ZDFheute is the ZDF's news brand",
    ),
    Case(
        "uckermark-ticker.de",
        "uckermark",
        "wire",
        "nuxt-dpa-dateline-infocom-footer",
        "dpa",
        ("dpa", "Deutsche Presse-Agentur"),
        ("© dpa-infocom, dpa:270311-930-118244/2",),
        {"foot": "© dpa-infocom, dpa:270311-930-118244/2"},
        dateline="Prenzlau (dpa/bb) - ",
    ),
    Case(
        "moz.de",
        "uckermark",
        "own_page",
        "eedition-own-byline",
        byline="Von Katrin Schulz",
        size="long",
    ),
    Case(
        "prenzlau-aktuell24.de",
        "uckermark",
        "negative_mention",
        "next-wie-nordkurier-berichtete",
        mention=(
            3,
            "Wie der Nordkurier berichtete, hatte die Gemeindevertretung das Vorhaben im Januar nur knapp gebilligt.",
        ),
        byline="Von Jana Reimer",
    ),
    Case(
        "prenzlau-aktuell24.de",
        "uckermark",
        "negative_caption",
        "next-caption-amt",
        slots={
            "fig": {"cap": "Die Felder östlich von Klinkow. Foto: Amt Gramzow", "alt": "Felder"}
        },
        byline="Von Jana Reimer",
    ),
    Case(
        "prenzlau-aktuell24.de",
        "uckermark",
        "wire",
        "next-afp-dateline-slug",
        "AFP",
        ("AFP",),
        ("bfi/ilo",),
        {"tail": ["bfi/ilo"], "data_source": "AFP"},
        dateline="Klinkow (AFP) - ",
    ),
    Case(
        "angermuende-nachrichten.de",
        "uckermark",
        "out_of_table",
        "print-uebersetzt-aus-dem-polnischen",
        "Kurier Szczeciński",
        ("Kurier Szczeciński",),
        ("Übersetzt aus dem Polnischen. Zuerst erschienen im „Kurier Szczeciński“.",),
        {"foot": "Übersetzt aus dem Polnischen. Zuerst erschienen im „Kurier Szczeciński“."},
    ),
    Case(
        "angermuende-nachrichten.de",
        "uckermark",
        "no_credit",
        "print-redaktion",
        byline="Von der Redaktion",
        size="brief",
    ),
    # ---------------------------------------------------------------- French: Vosges
    Case(
        "hautes-vosges-info.fr",
        "vosges",
        "in_table",
        "next-split-spans-source-franceinfo",
        "franceinfo",
        ("franceinfo", "France Info"),
        ("Source : franceinfo",),
        {
            "credit": '<span class="lbl">Source : </span><span class="val">franceinfo</span>',
            "data_source": "franceinfo",
        },
    ),
    Case(
        "hautes-vosges-info.fr",
        "vosges",
        "out_of_table",
        "next-traduit-de-l-allemand",
        "Badische Zeitung",
        ("Badische Zeitung",),
        ("Traduit de l'allemand. Cet article a d'abord paru dans la Badische Zeitung.",),
        {
            "tail": [
                "<em>Traduit de l'allemand. Cet article a d'abord paru dans la Badische Zeitung.</em>"
            ]
        },
    ),
    Case(
        "hautes-vosges-info.fr",
        "vosges",
        "wire",
        "next-afp-dateline-slug",
        "AFP",
        ("AFP", "Agence France-Presse"),
        ("ppy/mcl/dch",),
        {"tail": ["ppy/mcl/dch"], "data_source": "AFP"},
        dateline="La Bresse (France) (AFP) - ",
        size="long",
    ),
    Case("vosgesmatin.fr", "vosges", "own_page", "amp-own-byline", byline="Par Hélène Vautrin"),
    Case(
        "vosgesmatin.fr",
        "vosges",
        "negative_caption",
        "amp-caption-station",
        slots={
            "fig": {
                "cap": "Les pistes de La Bresse-Hohneck, vertes en février. Photo : station de La Bresse-Hohneck",
                "alt": "Pistes",
            }
        },
        byline="Par Hélène Vautrin",
        size="brief",
    ),
    Case(
        "gerardmer-actu.fr",
        "vosges",
        "negative_mention",
        "nuxt-a-declare-a-ici-lorraine",
        mention=(2, "Il l'a redit mardi au micro d'ICI Lorraine."),
        byline="La rédaction",
    ),
    Case(
        "gerardmer-actu.fr",
        "vosges",
        "in_table",
        "nuxt-article-footer-source-le-figaro",
        "Le Figaro",
        ("Le Figaro",),
        ("Source : Le Figaro",),
        {"foot": "Source : Le Figaro"},
    ),
    Case(
        "gerardmer-actu.fr",
        "vosges",
        "no_credit",
        "nuxt-redaction",
        byline="La rédaction",
        size="brief",
    ),
    # ---------------------------------------------------------------- Russian: Kostroma
    Case(
        "kostroma-segodnya.ru",
        "kostroma",
        "in_table",
        "next-svg-title-interfax",
        "Interfax",
        ("Interfax", "Интерфакс"),
        (),
        {"svg": ("Источник", "Интерфакс")},
        markup_only=True,
        note="the only credit is an inline SVG logo whose <title> names Interfax: no visible credit line",
    ),
    Case(
        "kostroma-segodnya.ru",
        "kostroma",
        "negative_mention",
        "next-v-intervyu-severnoy-pravde",
        mention=(4, "Об этом она рассказала в интервью «Северной правде»."),
        byline="Автор: Павел Лебедев",
    ),
    Case(
        "kostroma-segodnya.ru",
        "kostroma",
        "negative_caption",
        "next-caption-press-service",
        slots={
            "fig": {
                "cap": "Старый мост через Волгу. Фото: пресс-служба администрации Костромской области",
                "alt": "Мост",
            }
        },
        byline="Автор: Павел Лебедев",
        size="brief",
    ),
    Case(
        "kostroma-vestnik.ru",
        "kostroma",
        "own_page",
        "print-own-byline-copyright",
        byline="Автор: Ирина Воронова",
        slots={"foot": "© «Костромской вестник». При перепечатке ссылка обязательна."},
    ),
    Case(
        "zavolzhye-news.ru",
        "kostroma",
        "wire",
        "table-tass-dateline-only",
        "TASS",
        ("TASS", "ТАСС"),
        (),
        dateline="КОСТРОМА, 11 марта. /ТАСС/. ",
        note="the agency's dateline is the only sign: no credit line; the dateline's paragraph is kept",
    ),
    Case(
        "zavolzhye-news.ru",
        "kostroma",
        "out_of_table",
        "table-bold-label-istochnik",
        "Северная правда",
        ("Северная правда", "«Северная правда»"),
        ("Источник: «Северная правда»",),
        {"tail": ["<b>Источник:</b> «Северная правда»"]},
    ),
    Case("zavolzhye-news.ru", "kostroma", "no_credit", "table-no-credit"),
    # ---------------------------------------------------------------- Ukrainian: Chernivtsi
    Case(
        "chernivtsi-vechirni.com.ua",
        "chernivtsi",
        "wire",
        "nuxt-topics-row-dzherelo-ukrinform",
        "Ukrinform",
        ("Ukrinform", "Укрінформ"),
        ("Джерело: Укрінформ",),
        {
            "topics": (
                ["Чернівці", "Тролейбус", "Роша"],
                "Джерело: "
                + a(
                    "Укрінформ",
                    "https://www.ukrinform.ua/rubric-regions/3911245-u-cernivcah-trolejbus.html",
                ),
            )
        },
    ),
    Case(
        "chernivtsi-vechirni.com.ua",
        "chernivtsi",
        "own_page",
        "nuxt-own-byline",
        byline="Олена Данилюк",
        slots={"foot": "Якщо ви помітили помилку, виділіть її та натисніть Ctrl+Enter."},
    ),
    Case(
        "rosha-info.com.ua",
        "chernivtsi",
        "out_of_table",
        "amp-article-source-suspilne",
        "Суспільне Чернівці",
        ("Суспільне Чернівці", "Суспільне"),
        ("Джерело: Суспільне Чернівці",),
        {"credit": "Джерело: " + a("Суспільне Чернівці", "https://suspilne.media/chernivtsi/")},
        note="Suspilne's regional service, outside the table",
    ),
    Case(
        "rosha-info.com.ua",
        "chernivtsi",
        "negative_mention",
        "amp-v-efiri-radio-bukovyna",
        mention=(2, "Про це він сказав в ефірі «Радіо Буковина»."),
        byline="Роша-інфо",
    ),
    Case(
        "rosha-info.com.ua",
        "chernivtsi",
        "negative_caption",
        "amp-caption-miskrada",
        slots={
            "fig": {
                "cap": "Тролейбус на вулиці Головній. Фото: Чернівецька міська рада",
                "alt": "Тролейбус",
            }
        },
        size="brief",
    ),
    # ---------------------------------------------------------------- Polish: Bieszczady
    Case(
        "bieszczady-teraz.pl",
        "bieszczady",
        "out_of_table",
        "nuxt-aside-zrodlo-nowiny24",
        "Nowiny24",
        ("Nowiny24", "nowiny24.pl"),
        ("Źródło: nowiny24.pl",),
        {"aside": ("Skąd ten tekst", "Źródło: nowiny24.pl")},
    ),
    Case(
        "bieszczady-teraz.pl",
        "bieszczady",
        "negative_caption",
        "nuxt-caption-pap-photo",
        slots={
            "fig": {
                "cap": "Skład kolejki na stacji w Majdanie. Fot. PAP/Darek Delmanowicz",
                "alt": "Kolejka",
            }
        },
        byline="Anna Hryniewicz",
        note="a PAP photo credit on the site's own story: a caption",
    ),
    Case(
        "bieszczady-teraz.pl",
        "bieszczady",
        "no_credit",
        "nuxt-redakcja",
        byline="Redakcja",
        size="brief",
    ),
    Case(
        "ustrzyki-info.pl",
        "bieszczady",
        "wire",
        "amp-pap-dateline-closing-tag",
        "Polish Press Agency",
        ("Polish Press Agency", "PAP"),
        ("(PAP)",),
        {"tail": ["(PAP)"]},
        dateline="Cisna (PAP) - ",
    ),
    Case(
        "ustrzyki-info.pl",
        "bieszczady",
        "negative_mention",
        "amp-w-rozmowie-z-radiem-rzeszow",
        mention=(2, "Tak powiedział w rozmowie z Radiem Rzeszów."),
        byline="Marek Sowa",
    ),
    # ---------------------------------------------------------------- Dutch: Zeeland
    Case(
        "vlissingen-actueel.nl",
        "zeeland",
        "out_of_table",
        "next-credit-bron-omroep-zeeland",
        "Omroep Zeeland",
        ("Omroep Zeeland",),
        ("Bron: Omroep Zeeland",),
        {
            "credit": '<span class="lbl">Bron:</span> '
            + a("Omroep Zeeland", "https://www.omroepzeeland.nl/nieuws/16012345/"),
            "data_source": "Omroep Zeeland",
        },
    ),
    Case(
        "vlissingen-actueel.nl",
        "zeeland",
        "own_page",
        "next-own-byline",
        byline="Door Pieter Joosse",
    ),
    Case(
        "vlissingen-actueel.nl",
        "zeeland",
        "negative_caption",
        "next-caption-provincie",
        slots={
            "fig": {
                "cap": "Het veer in de haven van Vlissingen. Foto: Provincie Zeeland",
                "alt": "Veerboot",
            }
        },
        byline="Door Pieter Joosse",
        size="brief",
    ),
    Case(
        "breskens-nieuws.nl",
        "zeeland",
        "wire",
        "table-door-anp",
        "ANP",
        ("ANP", "Algemeen Nederlands Persbureau"),
        ("Door ANP",),
        byline="Door ANP",
    ),
    Case(
        "breskens-nieuws.nl",
        "zeeland",
        "negative_mention",
        "table-zei-tegen-de-pzc",
        mention=(4, "Dat zei hij eerder tegen de PZC."),
        byline="Redactie",
    ),
    # ---------------------------------------------------------------- Swedish: Gotland
    Case(
        "visby-nyheter.se",
        "gotland",
        "wire",
        "next-byline-name-slash-tt",
        "TT Nyhetsbyrån",
        ("TT Nyhetsbyrån", "TT"),
        ("Johanna Berg/TT",),
        byline="Johanna Berg/TT",
    ),
    Case(
        "visby-nyheter.se",
        "gotland",
        "negative_caption",
        "next-caption-region",
        slots={"fig": {"cap": "Vattentornet i Visby. Foto: Region Gotland", "alt": "Vattentorn"}},
        byline="Lars Nygren",
    ),
    Case(
        "gotlandsposten24.se",
        "gotland",
        "out_of_table",
        "nuxt-topics-row-kalla-helagotland",
        "Helagotland",
        ("Helagotland",),
        ("Källa: Helagotland",),
        {
            "topics": (
                ["Gotland", "Vatten", "Torka"],
                "Källa: " + a("Helagotland", "https://www.helagotland.se/nyheter/gotland/"),
            )
        },
    ),
    Case(
        "gotlandsposten24.se",
        "gotland",
        "own_page",
        "nuxt-own-byline",
        byline="Sara Ljungqvist",
        size="brief",
    ),
    # ---------------------------------------------------------------- Greek: Naxos
    Case(
        "naxos-eidiseis.gr",
        "naxos",
        "out_of_table",
        "nuxt-dl-pigi-ape-mpe",
        "ΑΠΕ-ΜΠΕ",
        ("ΑΠΕ-ΜΠΕ", "Αθηναϊκό-Μακεδονικό Πρακτορείο Ειδήσεων", "Athens-Macedonian News Agency"),
        ("ΑΠΕ-ΜΠΕ",),
        {"dl": [("Πηγή", "ΑΠΕ-ΜΠΕ"), ("Ημερομηνία", "11/03/2027")]},
        note="Greece's national agency is outside the table: filed out_of_table as the earlier sets file such agencies",
    ),
    Case(
        "naxos-eidiseis.gr",
        "naxos",
        "negative_mention",
        "nuxt-dilose-stin-ert-aigaiou",
        mention=(2, "Τα ίδια είχε δηλώσει και στην ΕΡΤ Αιγαίου."),
        byline="Σύνταξη",
    ),
    Case(
        "kyklades-news24.gr",
        "naxos",
        "negative_caption",
        "table-caption-dimos",
        slots={
            "fig": {"cap": "Η μονάδα αφαλάτωσης στη Χώρα. Φωτογραφία: Δήμος Νάξου", "alt": "Μονάδα"}
        },
    ),
    Case("kyklades-news24.gr", "naxos", "no_credit", "table-no-credit", size="brief"),
    # ---------------------------------------------------------------- Japanese: Kushiro
    Case(
        "kushiro-minpo24.jp",
        "kushiro",
        "wire",
        "next-kyodo-dateline-byline",
        "Kyodo News",
        ("Kyodo News", "共同通信", "Kyodo"),
        ("共同通信",),
        byline="共同通信",
        dateline="【釧路共同】",
    ),
    Case(
        "kushiro-minpo24.jp",
        "kushiro",
        "in_table",
        "next-logo-alt-nhk",
        "NHK",
        ("NHK",),
        (),
        {"logo": ("提供", "NHK")},
        markup_only=True,
        note="the only credit is a logo image whose alt text names NHK: no visible credit line",
    ),
    Case(
        "kushiro-minpo24.jp",
        "kushiro",
        "negative_mention",
        "next-hbc-no-shuzai-ni-taishi",
        mention=(3, "市の担当者はHBC北海道放送の取材に対し、同様の考えを示した。"),
    ),
    Case(
        "kushiro-jiho.jp",
        "kushiro",
        "wire",
        "table-jiji-closing-tag",
        "Jiji Press",
        ("Jiji Press", "時事通信", "時事"),
        ("（時事）",),
        {"tail": ["（時事）"]},
    ),
    Case(
        "kushiro-jiho.jp",
        "kushiro",
        "out_of_table",
        "table-teikyo-hokkaido-shimbun",
        "北海道新聞",
        ("北海道新聞", "Hokkaido Shimbun"),
        ("提供：北海道新聞",),
        {"tail": ["提供：北海道新聞"]},
    ),
    Case(
        "kushiro-jiho.jp",
        "kushiro",
        "own_page",
        "table-own-reprint-notice",
        slots={"foot": "くしろ時報に掲載の記事・写真の無断転載を禁じます。"},
    ),
    Case(
        "kushiro-jiho.jp",
        "kushiro",
        "negative_caption",
        "table-caption-shi-teikyo",
        slots={"fig": {"cap": "湿原の周辺に並ぶ太陽光パネル（釧路市提供）", "alt": "太陽光パネル"}},
        size="brief",
    ),
    # ---------------------------------------------------------------- Chinese: Weihai
    Case(
        "weihai-kuaixun.cn",
        "weihai",
        "wire",
        "trs-xinhua-dateline-info-bar",
        "Xinhua",
        ("Xinhua", "新华社"),
        ("来源：新华社",),
        {"info": "来源：新华社", "editor": "（责任编辑：孙丽）"},
        dateline="新华社威海3月11日电（记者 杨帆）",
    ),
    Case(
        "weihai-kuaixun.cn",
        "weihai",
        "out_of_table",
        "trs-info-bar-dazhong-ribao",
        "大众日报",
        ("大众日报", "Dazhong Daily"),
        ("来源：大众日报",),
        {"info": "来源：大众日报", "editor": "（责任编辑：孙丽）"},
    ),
    Case(
        "weihai-kuaixun.cn",
        "weihai",
        "no_credit",
        "trs-editor-only",
        slots={"editor": "（责任编辑：孙丽）"},
        size="brief",
    ),
    Case(
        "whnews.cn",
        "weihai",
        "own_page",
        "trs-own-info-bar",
        slots={"info": "来源：威海新闻网", "editor": "（责任编辑：刘洋）"},
        note="the info bar names the site itself",
    ),
    Case(
        "whnews.cn",
        "weihai",
        "negative_caption",
        "trs-caption-gongtu",
        slots={
            "info": "来源：威海新闻网",
            "fig": {"cap": "新客船试航。（威海市文化和旅游局供图）"},
        },
    ),
    Case(
        "rongcheng-rongmei.cn",
        "weihai",
        "negative_mention",
        "next-jieshou-qilu-wanbao",
        mention=(3, "王海燕在接受齐鲁晚报记者采访时也表达了同样的期待。"),
    ),
    # ---------------------------------------------------------------- Korean: Andong
    Case(
        "andong-ilbo24.kr",
        "andong",
        "wire",
        "kr-yonhap-dateline-email",
        "Yonhap",
        ("Yonhap", "연합뉴스"),
        ("jhkim@yna.co.kr",),
        {"tail": ["jhkim@yna.co.kr"]},
        dateline="(안동=연합뉴스) 김지훈 기자 = ",
    ),
    Case(
        "andong-ilbo24.kr",
        "andong",
        "out_of_table",
        "kr-partnership-note-maeil",
        "매일신문",
        ("매일신문", "Maeil Shinmun"),
        ("※ 이 기사는 매일신문과의 콘텐츠 제휴에 따라 게재됩니다.",),
        {"tail": ["※ 이 기사는 매일신문과의 콘텐츠 제휴에 따라 게재됩니다."]},
    ),
    Case(
        "andong-ilbo24.kr",
        "andong",
        "negative_caption",
        "kr-caption-si-jegong",
        slots={"fig": {"cap": "하회마을 전경. (사진=안동시 제공)", "alt": "하회마을"}},
        size="brief",
    ),
    Case(
        "hahoe-ilbo.kr",
        "andong",
        "own_page",
        "kr-own-reporter-line",
        byline="권민지 기자 minji@hahoe-ilbo.kr",
    ),
    Case(
        "hahoe-ilbo.kr",
        "andong",
        "negative_mention",
        "kr-andong-mbc-interview",
        mention=(3, "그는 앞서 안동MBC와의 인터뷰에서도 같은 입장을 밝혔다."),
        byline="권민지 기자 minji@hahoe-ilbo.kr",
    ),
    # ---------------------------------------------------------------- Italian: Cilento
    Case(
        "cilento-oggi.it",
        "cilento",
        "wire",
        "nuxt-agi-dateline-code",
        "AGI",
        ("AGI", "Agenzia Italia"),
        ("(AGI)Sa1/Nap",),
        {"tail": ["(AGI)Sa1/Nap"]},
        dateline="(AGI) - Pollica (Salerno), 11 mar. - ",
    ),
    Case(
        "cilento-oggi.it",
        "cilento",
        "in_table",
        "nuxt-aside-fonte-corriere-mezzogiorno",
        "Corriere della Sera",
        ("Corriere della Sera", "Corriere del Mezzogiorno"),
        ("Fonte: Corriere del Mezzogiorno",),
        {"aside": ("Fonte", "Fonte: Corriere del Mezzogiorno")},
        note="the Corriere del Mezzogiorno is the Corriere della Sera's southern edition",
    ),
    Case(
        "cilento-oggi.it",
        "cilento",
        "negative_caption",
        "nuxt-caption-area-marina",
        slots={
            "fig": {
                "cap": "Barche ormeggiate a Pioppi (foto Area marina protetta)",
                "alt": "Barche",
            }
        },
    ),
    Case(
        "pollica-notizie.it",
        "cilento",
        "out_of_table",
        "amp-split-strong-fonte-infocilento",
        "InfoCilento",
        ("InfoCilento",),
        ("Fonte: InfoCilento",),
        {
            "credit": "<strong>Fonte:</strong> "
            + a("InfoCilento", "https://www.infocilento.it/2027/03/11/pioppi-pescatori/")
        },
    ),
    Case(
        "pollica-notizie.it",
        "cilento",
        "own_page",
        "amp-own-byline",
        byline="di Carmela Inverso",
        slots={"tail": ["© RIPRODUZIONE RISERVATA"]},
    ),
    Case(
        "pollica-notizie.it",
        "cilento",
        "negative_mention",
        "amp-ai-microfoni-di-radio-alfa",
        mention=(2, "Lo ha ribadito ai microfoni di Radio Alfa."),
        byline="di Carmela Inverso",
    ),
    # ---------------------------------------------------------------- Hausa: Katsina
    Case(
        "katsina-labarai.com",
        "katsina",
        "in_table",
        "next-majiya-bbc-hausa",
        "BBC",
        ("BBC", "BBC Hausa"),
        ("Majiya: BBC Hausa",),
        {
            "credit": '<span class="lbl">Majiya: </span><span class="val">BBC Hausa</span>',
            "data_source": "BBC Hausa",
        },
        note="BBC Hausa is the BBC's Hausa service: answered as the BBC",
    ),
    Case(
        "katsina-labarai.com",
        "katsina",
        "negative_mention",
        "next-ya-shaida-wa-freedom-radio",
        mention=(2, "Ya shaida wa Freedom Radio cewa zai nemi rance idan bai samu tallafi ba."),
    ),
    Case(
        "funtua-gobe.com",
        "katsina",
        "in_table",
        "amp-fara-fitowa-dw-hausa",
        "Deutsche Welle",
        ("Deutsche Welle", "DW Hausa", "DW"),
        ("Wannan labari ya fara fitowa ne a shafin DW Hausa.",),
        {"tail": ["<em>Wannan labari ya fara fitowa ne a shafin DW Hausa.</em>"]},
        note="DW Hausa is the Deutsche Welle's Hausa service",
    ),
    Case(
        "funtua-gobe.com",
        "katsina",
        "out_of_table",
        "amp-majiya-aminiya",
        "Aminiya",
        ("Aminiya",),
        ("Majiya: Aminiya",),
        {"credit": "Majiya: Aminiya"},
    ),
    Case("funtua-gobe.com", "katsina", "no_credit", "amp-no-credit", size="brief"),
]

# more pages that credit no one: the share of null pages a feed crawler meets
CASES += [
    Case(
        "angermuende-nachrichten.de",
        "uckermark",
        "negative_mention",
        "print-sagte-sie-dem-rbb",
        mention=(2, "Das sagte sie am Dienstag auch dem rbb."),
        byline="Von Jana Reimer",
    ),
    Case(
        "moz.de",
        "uckermark",
        "negative_caption",
        "eedition-cutline-nabu",
        slots={"fig": {"cap": "Kraniche auf einem Feld bei Klinkow. Foto: NABU Uckermark"}},
        byline="Von Katrin Schulz",
        size="brief",
    ),
    Case(
        "hautes-vosges-info.fr",
        "vosges",
        "negative_caption",
        "next-caption-afp-photo",
        slots={
            "fig": {
                "cap": "Un télésiège à l'arrêt au Valtin. Photo AFP / Jean-Christophe Verhaegen",
                "alt": "Télésiège",
            }
        },
        byline="Par Thomas Pierrel",
        note="an AFP photo credit on the site's own story: a caption",
    ),
    Case(
        "zavolzhye-news.ru",
        "kostroma",
        "negative_mention",
        "table-soobshchil-radio-rus",
        mention=(2, "Об этом он также сообщил в эфире радио «Русь FM»."),
    ),
    Case(
        "rosha-info.com.ua", "chernivtsi", "no_credit", "amp-no-credit-editorial", byline="Редакція"
    ),
    Case(
        "breskens-nieuws.nl",
        "zeeland",
        "no_credit",
        "table-redactie",
        byline="Redactie",
        size="brief",
    ),
    Case(
        "gotlandsposten24.se",
        "gotland",
        "negative_mention",
        "nuxt-sager-hon-till-p4-gotland",
        mention=(2, "Det säger hon till P4 Gotland."),
        byline="Sara Ljungqvist",
    ),
    Case(
        "kyklades-news24.gr",
        "naxos",
        "negative_caption",
        "table-caption-eurokinissi",
        slots={"fig": {"cap": "Άποψη της Χώρας της Νάξου. ΦΩΤΟ: EUROKINISSI", "alt": "Χώρα"}},
        note="a photo agency's credit on the site's own story: a caption",
    ),
    Case("kushiro-minpo24.jp", "kushiro", "no_credit", "next-no-credit", size="brief"),
    Case(
        "rongcheng-rongmei.cn", "weihai", "no_credit", "next-no-credit", slots={"data_source": None}
    ),
    Case("hahoe-ilbo.kr", "andong", "no_credit", "kr-no-byline", size="brief"),
    Case(
        "katsina-labarai.com",
        "katsina",
        "negative_caption",
        "next-caption-ma-aikatar-noma",
        slots={
            "fig": {
                "cap": "Manoma a kasuwar Funtua. (Hoto: Ma'aikatar Noma ta Jihar Katsina)",
                "alt": "Manoma",
            }
        },
    ),
]
