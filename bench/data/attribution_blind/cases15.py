# ruff: noqa: E501, RUF001, RUF002
"""Sites and cases of the fifteenth blind set (cases_2026-12-17.jsonl).

Written from newsroom conventions without reading the attribution code. A seventh independent
representative sample of the open web, about half English and half thirteen other languages:
US local papers, TV and public-radio sites running AP, CNN, NPR and nonprofit copy; UK local
sites and scrapers running PA and BBC copy; Indian portals running PTI, UNI, IANS and ANI;
Kenyan portals and blogs running Reuters, AFP, Xinhua and Kenyan outlets; Canadian sites running
The Canadian Press and CBC copy; scraper sites, an aggregator, a partner portal and a
newsletter; and regional sites in each other language running their agencies. Each page's
convention is drawn about as often as a crawler of ordinary news feeds meets it, whether or not
an earlier set used it, and a credited page carries every line that credits its original where
real pages do. New here: four page templates (`chrome12`: a WordPress block theme, a Next.js
news site, TYPO3's news extension, a DedeCMS-like Chinese portal), used across languages, with
credits placed where those systems put them (a post-terms block with a prefix, a separator and
small paragraph, a TYPO3 author field and related-links box, the Chinese info bar's 来源).
Append only: ids follow list order within (category, language).
"""

from __future__ import annotations

from html import escape

from cases6 import blogger_div, by, bysite, nul, own, wire
from cases8 import (
    AFP,
    AP,
    PTI,
    RTR,
    appeared_first,
    comments,
    jby,
    provider,
    related,
    source_row,
    td_source,
    tnt,
)
from cases9 import data_table, jnews_field, lines
from cases11 import note_line, small_print
from cases13 import states_footer
from chrome8 import site_registry
from model3 import Case3, Part, Site3, case, dateline, figure, head, raw, tail
from model4 import Segment, rich, signoff
from model5 import coda, in_last_p, lead, tweet

SITES15: dict[str, Site3] = {}


_s = site_registry(SITES15)


def blog(key: str, name: str) -> str:
    """A Blogger blog, served from its own subdomain."""
    return _s(key, name, "blogger", key)


# ---------------------------------------------------------------- block markup (chrome12)
def _inline(segments: tuple[Segment, ...]) -> tuple[str, str]:
    text = "".join(s if isinstance(s, str) else s[0] for s in segments)
    html = "".join(
        escape(s, quote=False)
        if isinstance(s, str)
        else f'<a href="{escape(s[1])}" target="_blank" rel="noreferrer noopener">{escape(s[0], quote=False)}</a>'
        for s in segments
    )
    return text, html


def wpb_note(*segments: Segment, tag: str = "em", credit: bool = True) -> Part:
    """A block-editor note at the end of the post: a separator block, then a small paragraph."""
    text, html = _inline(segments)
    if tag:
        html = f"<{tag}>{html}</{tag}>"
    return raw(
        "tail",
        text,
        f'<hr class="wp-block-separator has-alpha-channel-opacity is-style-wide">\n<p class="has-small-font-size">{html}</p>',
        credit,
    )


def wpb_group(*segments: Segment, tag: str = "strong") -> Part:
    """A group block with a background colour holding one paragraph, at the end of the post."""
    text, html = _inline(segments)
    if tag:
        html = f"<{tag}>{html}</{tag}>"
    return raw(
        "tail",
        text,
        f'<div class="wp-block-group has-base-2-background-color has-background is-layout-constrained wp-block-group-is-layout-constrained" style="padding-top:var(--wp--preset--spacing--20);padding-bottom:var(--wp--preset--spacing--20)">\n<p>{html}</p>\n</div>',
    )


def wpb_terms(prefix: str, name: str, href: str, tax: str) -> Part:
    """A post-terms block showing a custom taxonomy (the site's "source" terms) with a prefix,
    printed by the block theme after the content."""
    html = (
        f'<div class="taxonomy-{tax} wp-block-post-terms"><span class="wp-block-post-terms__prefix">{escape(prefix, quote=False)} </span>'
        f'<a href="{escape(href)}" rel="tag">{escape(name, quote=False)}</a></div>'
    )
    return raw("after", f"{prefix} {name}", html)


def wpb_author(name: str, credit: bool = True) -> Part:
    """The post-author-name block (the WordPress user the post is filed under)."""
    html = f'<div class="wp-block-post-author-name"><a href="/author/{sum(map(ord, name)) % 97}/" target="_self" class="wp-block-post-author-name__link">{escape(name, quote=False)}</a></div>'
    return raw("byline", name, html, credit)


def t3_author(name: str, label: str, credit: bool = True) -> Part:
    """The author field of a TYPO3 news record, in the detail view's footer line."""
    html = f'<span class="news-list-author" itemprop="author" itemscope="itemscope" itemtype="http://schema.org/Person">{escape(label, quote=False)} <span itemprop="name">{escape(name, quote=False)}</span></span>'
    return raw("byline", name, html, credit)


def t3_link(heading: str, text: str, href: str) -> Part:
    """A related link of a TYPO3 news record (its "related links" box under the text)."""
    html = (
        f'<div class="news-related news-related-links"><h4>{escape(heading, quote=False)}</h4>'
        f'<ul><li><a href="{escape(href)}" title="{escape(text)}" target="_blank">{escape(text, quote=False)}</a></li></ul></div>'
    )
    return raw("after", text, html)


def cn_source(source: str, author: str, href: str = "", credit: bool = True) -> Part:
    """The source and author fields of a Chinese portal's info bar (来源：… 作者：…)."""
    v = escape(source, quote=False)
    if href:
        v = f'<a href="{escape(href)}" target="_blank">{v}</a>'
    html = f'<span class="source">来源：{v}</span><span class="author">作者：{escape(author, quote=False)}</span>'
    return raw("byline", f"来源：{source}", html, credit)


def video_caption(caption: str) -> Part:
    """An embedded video player with its credit line: a caption, never a credit."""
    html = (
        '<figure class="video-embed"><div class="player" data-src="/media/clip.mp4"><video controls preload="none" poster="/media/poster.jpg"></video></div>'
        f"<figcaption>{escape(caption, quote=False)}</figcaption></figure>"
    )
    return raw("figure", caption, html, False)


# ---------------------------------------------------------------- sites
# English, by the story they mostly carry: a four-day school week in Missouri, rural buses in
# Lincolnshire, turtle nesting in Odisha, a hailstorm in Kenya's tea country, an emergency room
# in Saskatchewan; an aggregator and a partner portal carry several.
EN_BLOX = _s("bramwellbanner.com", "The Bramwell Banner", "blox")
EN_TV1 = _s("kmzq8.com", "KMZQ 8 News", "nextjs")
EN_TV2 = _s("wsft11.com", "WSFT 11", "wp")
EN_NPR = _s("ozarkplateauradio.org", "Ozark Plateau Public Radio", "brightspot")
EN_EDU = _s("showmeclassrooms.org", "Show-Me Classrooms", "wpblock")
EN_SCR1 = _s("usnewsdigest247.com", "US News Digest 24/7", "wpblock")
EN_AG = _s("newsmosaic.app", "NewsMosaic", "aggregator", "newsmosaic.app")
EN_PT = _s("newsdeckportal.com", "NewsDeck", "partner")
EN_BG1 = blog("ruralschoolsmo.blogspot.com", "Rural Schools Missouri")
EN_NL = _s("classroomcurrent.com", "Classroom Current", "newsletter", "classroomcurrent.com")
EN_UK1 = _s("kestevenmercury.co.uk", "Kesteven Mercury", "wpblock")
EN_UK2 = _s("fenlandvoice.co.uk", "Fenland Voice", "localportal")
EN_UK3 = _s("britaintodaynews24.com", "Britain Today News 24", "wp")
EN_UK4 = blog("savelincsbuses.blogspot.com", "Save Lincs Buses")
EN_UK5 = _s("withamvalleypost.co.uk", "Witham Valley Post", "nextjs")
EN_IN1 = _s("ganjamheadlines.in", "Ganjam Headlines", "regional")
EN_IN2 = _s("kalingachronicle.com", "Kalinga Chronicle", "tagdiv")
EN_IN3 = _s("odishanewsexpress.com", "Odisha News Express", "jannah")
EN_IN4 = blog("indiagreenwire.blogspot.com", "India Green Wire")
EN_IN5 = _s("coastalindiatimes.com", "Coastal India Times", "wpblock")
EN_IN6 = _s("bharatnewsroom.com", "Bharat Newsroom", "nextjs")
EN_KE1 = _s("riftvalleyobserver.co.ke", "Rift Valley Observer", "jnews")
EN_KE2 = _s("kericho-daily.co.ke", "Kericho Daily", "tagdiv")
EN_KE3 = blog("kenyafarmnews.blogspot.com", "Kenya Farm News")
EN_KE4 = _s("teagrowersjournal.com", "Tea Growers Journal", "wpblock")
EN_KE5 = _s("nairobibuzz254.com", "Nairobi Buzz 254", "jannah")
EN_BIZ = _s("eastafricamarketsdesk.com", "East Africa Markets Desk", "bizrepost")
EN_CA1 = _s("prairiecrossroads.ca", "Prairie Crossroads", "localportal")
EN_CA2 = _s("ckqs7.ca", "CKQS 7", "nextjs")
EN_CA3 = _s("saskruralnews.ca", "Sask Rural News", "wp")
EN_CA4 = _s("canadanewsnow24.com", "Canada News Now 24", "wpblock")
OWN_MOIND = _s(
    "missouriindependent.com", "Missouri Independent", "wpblock", "missouriindependent.com"
)
OWN_HECHINGER = _s("hechingerreport.org", "The Hechinger Report", "wp", "hechingerreport.org")
OWN_LINCSLIVE = _s("lincolnshirelive.co.uk", "Lincolnshire Live", "nextjs")
OWN_OTV = _s("odishatv.in", "OdishaTV", "regional", "odishatv.in")
OWN_STANDARD = _s("standardmedia.co.ke", "The Standard", "regional")
OWN_NATION = _s("nation.africa", "Nation", "arc", "nation.africa")
OWN_CBC = _s("cbc.ca", "CBC News", "nextjs")
# Spanish (Quintana Roo, Mexico)
ES1 = _s("puntaarenosa-noticias.com.mx", "Punta Arenosa Noticias", "wpblock")
ES2 = _s("quintanaroo-aldia.com", "Quintana Roo al Día", "jnews")
ES3 = blog("cronicasdelcaribe-mx.blogspot.com", "Crónicas del Caribe")
ES4 = _s("elmalecondigital.mx", "El Malecón Digital", "nextjs")
OWN_JMAYA = _s("lajornadamaya.mx", "La Jornada Maya", "regional")
# German (Baden-Württemberg)
DE1 = _s("kleinaltingen-aktuell.de", "Kleinaltingen aktuell", "typo3")
DE2 = _s("albkurier-online.de", "Albkurier online", "typo3")
DE3 = _s("neckartal-rundschau24.de", "Neckartal Rundschau 24", "localportal")
OWN_SCHWAEBISCHE = _s("schwaebische.de", "Schwäbische Zeitung", "nextjs")
# French (Doubs)
FR1 = _s("hautdoubs-info.fr", "Haut-Doubs Info", "wpblock")
FR2 = _s("lecho-du-plateau.fr", "L'Écho du Plateau", "jnews")
FR3 = blog("parents-ecoles-doubs.blogspot.com", "Parents et écoles du Doubs")
OWN_ESTREP = _s("estrepublicain.fr", "L'Est Républicain", "arc")
# Portuguese (Minas Gerais)
PT1 = _s("portalsaojoaquim.com.br", "Portal São Joaquim", "wpblock")
PT2 = _s("gazeta-quadrilatero.com.br", "Gazeta do Quadrilátero", "tagdiv")
OWN_EM = _s("em.com.br", "Estado de Minas", "nextjs")
# Russian (Altai Krai)
RU1 = _s("verhneobsk-vesti.ru", "Верхнеобские вести", "bitrix")
RU2 = _s("lugovoe-novosti.ru", "Луговое. Новости", "wp")
OWN_ALTAPRESS = _s("altapress.ru", "Алтапресс", "regional")
# Chinese (Yunnan)
ZH1 = _s("xiling-xinwen.com", "西岭新闻网", "cncms")
ZH2 = _s("xilingxian-zixun.cn", "西岭县资讯", "cncms")
ZH3 = _s("puer-chaye-wang.com", "普洱茶业网", "cncms")
# Japanese (Shimane)
JA1 = _s("unkawa-news.jp", "雲川ニュース", "jpnews")
JA2 = _s("shimane-matome.net", "しまねニュースまとめ", "aggregator", "shimane-matome.net")
OWN_SANIN = _s("sanin-chuo.co.jp", "山陰中央新報デジタル", "jpnews")
# Arabic (Minya, Egypt)
AR1 = _s("minya-alyoum.com", "المنيا اليوم", "jannah")
AR2 = _s("sada-abunour.com", "صدى أبو النور", "wpblock")
OWN_YOUM7 = _s("youm7.com", "اليوم السابع", "regional")
# Italian (Piedmont)
IT1 = _s("valroccascanotizie.it", "Val Roccasca Notizie", "typo3")
IT2 = _s("cuneo-montagna-oggi.it", "Cuneo Montagna Oggi", "jnews")
# Indonesian (Central Java)
ID1 = _s("pesisirjateng.com", "Pesisir Jateng", "wpblock")
ID2 = _s("sigandul-pos.com", "Sigandul Pos", "jnews")
# Turkish (Aegean hinterland)
TR1 = _s("akcaova-haber.com", "Akçaova Haber", "tagdiv")
TR2 = _s("akcaova-gazetesi.com.tr", "Akçaova Gazetesi", "wpblock")
# Hindi (Uttarakhand)
HI1 = _s("pauri-samachar.in", "पौड़ी समाचार", "regional")
HI2 = _s("garhidhar-khabar.com", "गढ़ीधार खबर", "wpblock")
# Korean
KO1 = _s("unbong-news.kr", "운봉뉴스", "koportal")
KO2 = _s("unbongilbo.co.kr", "운봉일보", "nextjs")

FOUR, BUS, TURTLE, HAIL, ER = "fourday", "buses", "turtles", "hail", "erclosure"
ES, DE, FR, PT, RU, ZH = "sargazo", "dorfwirt", "classe", "barragem", "pereprava", "chuncha"
JA, AR, IT, ID, TR, HI, KO = "demand", "mahatta", "medico", "rob", "baraj", "vanagni", "bus100"

BUS_T = "Fourteen rural bus routes in south Lincolnshire face axe as county cuts subsidy"
CP = ["The Canadian Press", "Canadian Press", "CP"]
MO_FOOTER = states_footer("Missouri Independent", "Dale Fremont", "info@missouriindependent.com")
HECHINGER_LINE = (
    "This story about four-day school weeks was produced by The Hechinger Report, a nonprofit,"
    " independent news organization focused on inequality and innovation in education."
    " Sign up for the Hechinger newsletter."
)

CASES15: list[Case3] = [
    # ======================= English: credited copies, in the table =======================
    case(
        "in_table",
        "en",
        EN_EDU,
        FOUR,
        "The Conversation",
        ["The Conversation", "theconversation.com"],
        "conversation-line-block-note",
        raw(
            "head",
            "Lindsay Pruitt, University of Missouri-Kansas City",
            '<p class="has-small-font-size"><a href="https://theconversation.com/profiles/lindsay-pruitt-1482210">Lindsay Pruitt</a>, <em>University of Missouri-Kansas City</em></p>',
            False,
        ),
        wpb_note(
            "This article is republished from ",
            ("The Conversation", "https://theconversation.com"),
            " under a Creative Commons license. Read the ",
            (
                "original article",
                "https://theconversation.com/why-rural-missouri-schools-are-dropping-mondays-251876",
            ),
            ".",
        ),
        note="The Conversation's republishing line, set by the block editor under a separator; the author line its code pastes above the text names a person and a university and is neither a credit line nor must_keep",
    ),
    case(
        "in_table",
        "en",
        EN_NPR,
        FOUR,
        "NPR",
        ["NPR", "National Public Radio", "npr.org"],
        "npr-copyright-see-more",
        by("By Cora Whitlock", cls="Page-authors", credit=False),
        tail("Copyright 2026 NPR. To see more, visit https://www.npr.org."),
        note="NPR copy on a member station's Brightspot site: the line NPR's feed appends is the credit line; the byline names a person",
    ),
    case(
        "in_table",
        "en",
        EN_TV2,
        FOUR,
        "CNN",
        ["CNN", "Cable News Network", "cnn.com"],
        "cnn-newsource-byline-trailer",
        by("by: Ramona Heller, CNN", cls="article-byline"),
        small_print(
            "The-CNN-Wire™ & © 2026 Cable News Network, Inc., a Warner Bros. Discovery Company. All rights reserved."
        ),
        note="CNN Newsource copy on a TV station's WordPress site: the byline naming CNN and the CNN-Wire trailer are both credit lines",
    ),
    case(
        "in_table",
        "en",
        EN_PT,
        FOUR,
        "The Washington Post",
        ["The Washington Post", "Washington Post", "washingtonpost.com"],
        "partner-provider-copyright-space",
        provider("The Washington Post", "Corinne Aldridge"),
        small_print("© 2026 , The Washington Post"),
        note="a partner portal's provider strip and the Post's syndication copyright line (with the stray space its feed carries): both credit lines; the portal only distributes",
    ),
    case(
        "in_table",
        "en",
        EN_AG,
        BUS,
        "The Independent",
        ["The Independent", "Independent", "independent.co.uk"],
        "aggregator-source-row",
        source_row("The Independent", "4h"),
    ),
    case(
        "in_table",
        "en",
        EN_AG,
        ER,
        "CTV News",
        ["CTV News", "CTV", "ctvnews.ca"],
        "aggregator-source-row",
        source_row("CTV News", "2h"),
    ),
    case(
        "in_table",
        "en",
        EN_UK3,
        BUS,
        "BBC",
        ["BBC", "BBC News", "BBC Lincolnshire", "bbc.co.uk"],
        "bbc-local-follow-footer",
        tail(
            "Follow BBC Lincolnshire on Facebook, X and Instagram. Send your story ideas to lincolnshire.newsdesk@bbc.co.uk."
        ),
        note="a scraper kept the BBC local page's own closing line, which names the BBC's Lincolnshire newsroom: a credit line on a copy; answered by the table's name",
    ),
    case(
        "in_table",
        "en",
        EN_IN2,
        TURTLE,
        "The Times of India",
        ["The Times of India", "Times of India", "TOI", "timesofindia.indiatimes.com"],
        "tagdiv-source-box",
        td_source(
            "SOURCE",
            "The Times of India",
            "https://timesofindia.indiatimes.com/city/bhubaneswar/5-lakh-olive-ridleys-nest-at-kalaghai/articleshow/119021477.cms",
        ),
    ),
    case(
        "in_table",
        "en",
        EN_IN4,
        TURTLE,
        "Hindustan Times",
        ["Hindustan Times", "HT", "hindustantimes.com"],
        "blogger-source-space-colon",
        blogger_div(
            "Source :",
            "Hindustan Times",
            "https://www.hindustantimes.com/india-news/olive-ridleys-mass-nesting-odisha-kalaghai-101741770000000.html",
        ),
        note="the Indian habit of a space before the colon",
    ),
    case(
        "in_table",
        "en",
        EN_IN6,
        TURTLE,
        "NDTV",
        ["NDTV", "NDTV News", "ndtv.com"],
        "courtesy-bold-tail",
        tail("Courtesy: NDTV", tag="strong"),
    ),
    case(
        "in_table",
        "en",
        EN_KE5,
        HAIL,
        "Nation Africa",
        ["Nation Africa", "Daily Nation", "Nation", "nation.africa"],
        "courtesy-daily-nation",
        tail("Courtesy: Daily Nation", tag="em"),
        note="the paper's print name; the table files it under Nation Africa",
    ),
    case(
        "in_table",
        "en",
        EN_CA4,
        ER,
        "CBC News",
        ["CBC News", "CBC", "cbc.ca"],
        "pasted-cbc-byline-head",
        head("Tessa Vandermeer · CBC News · Posted: Mar 12, 2026 4:00 AM CST", tag="strong"),
        note="a scraper pasted the original's byline block as the first paragraph: a credit line",
    ),
    # ======================= English: credited copies, outside the table =======================
    case(
        "out_of_table",
        "en",
        EN_BLOX,
        FOUR,
        "Missouri Independent",
        ["Missouri Independent", "missouriindependent.com"],
        "states-newsroom-byline-footer",
        tnt("By Ellis Brandt, Missouri Independent"),
        MO_FOOTER,
        note="a States Newsroom outlet's story on a member paper: its byline and the network's footer naming it are both credit lines; States Newsroom is not the answer",
    ),
    case(
        "out_of_table",
        "en",
        EN_SCR1,
        FOUR,
        "The Kansas City Star",
        ["The Kansas City Star", "Kansas City Star", "kansascity.com"],
        "tca-trailer-author-block",
        wpb_author("Mara Lindqvist, The Kansas City Star"),
        small_print(
            "©2026 The Kansas City Star. Visit at kansascity.com. Distributed by Tribune Content Agency, LLC."
        ),
        note="Tribune Content Agency copy on a scraper's block theme: the author block naming the paper and the TCA trailer are credit lines; the agency only distributes",
    ),
    case(
        "out_of_table",
        "en",
        EN_BG1,
        FOUR,
        "The Hechinger Report",
        ["The Hechinger Report", "Hechinger Report", "hechingerreport.org"],
        "hechinger-tagline",
        rich(
            "tail",
            HECHINGER_LINE.removesuffix("Sign up for the Hechinger newsletter."),
            ("Sign up for the Hechinger newsletter", "https://hechingerreport.org/newsletters/"),
            ".",
            tag="em",
        ),
        note="the nonprofit's italic tagline, which its republishing terms ask partners to keep",
    ),
    case(
        "out_of_table",
        "en",
        EN_UK2,
        BUS,
        "The Lincolnite",
        ["The Lincolnite", "Lincolnite", "thelincolnite.co.uk"],
        "yoast-rss-footer",
        appeared_first(
            BUS_T,
            "The Lincolnite",
            "https://thelincolnite.co.uk/2026/03/fourteen-rural-bus-routes-in-south-lincolnshire-face-axe/",
        ),
    ),
    case(
        "out_of_table",
        "en",
        EN_UK3,
        BUS,
        "Lincolnshire Live",
        ["Lincolnshire Live", "LincolnshireLive", "lincolnshirelive.co.uk"],
        "source-linked-tail",
        rich(
            "tail",
            "Source: ",
            (
                "Lincolnshire Live",
                "https://www.lincolnshirelive.co.uk/news/local-news/rural-bus-routes-south-lincolnshire-axe-10982214",
            ),
        ),
    ),
    case(
        "out_of_table",
        "en",
        EN_UK4,
        BUS,
        "Sleaford Standard",
        ["Sleaford Standard", "The Sleaford Standard"],
        "from-paper-with-date-head",
        head("From the Sleaford Standard, 11 March 2026:", tag="i"),
        note="a campaign blog pasting a local paper's story under 'From the <paper>, <date>:'; answered without the article and the date",
    ),
    case(
        "out_of_table",
        "en",
        EN_IN1,
        TURTLE,
        "Orissa POST",
        ["Orissa POST", "Orissa Post", "orissapost.com"],
        "courtesy-bold-tail",
        tail("Courtesy: Orissa POST", tag="strong"),
    ),
    case(
        "out_of_table",
        "en",
        EN_IN5,
        TURTLE,
        "Down To Earth",
        ["Down To Earth", "Down to Earth", "downtoearth.org.in"],
        "first-published-in-block-note",
        wpb_note(
            "This story was first published in ",
            (
                "Down To Earth",
                "https://www.downtoearth.org.in/wildlife-biodiversity/olive-ridleys-return-to-kalaghai-in-record-numbers",
            ),
            ".",
        ),
    ),
    case(
        "out_of_table",
        "en",
        EN_KE1,
        HAIL,
        "Kenya News Agency",
        ["Kenya News Agency", "kenyanews.go.ke"],
        "jnews-source-field-agency",
        jnews_field(
            "Source:",
            "Kenya News Agency",
            "https://www.kenyanews.go.ke/hailstorm-destroys-tea-in-kapsiwon/",
        ),
        note="Kenya's government news agency, outside the table and filed out_of_table as the eighth set files such wires; not the German KNA the table holds, so 'KNA' is not accepted",
    ),
    case(
        "out_of_table",
        "en",
        EN_KE2,
        HAIL,
        "The Star",
        ["The Star", "The Star Kenya", "the-star.co.ke"],
        "tagdiv-source-box",
        td_source(
            "SOURCE",
            "The Star",
            "https://www.the-star.co.ke/counties/rift-valley/2026-03-11-hailstorm-flattens-tea-in-kapsiwon",
        ),
    ),
    case(
        "out_of_table",
        "en",
        EN_BIZ,
        HAIL,
        "Business Daily",
        ["Business Daily", "Business Daily Africa", "businessdailyafrica.com"],
        "first-published-by-tail",
        tail("This article was first published by Business Daily.", tag="em"),
    ),
    case(
        "out_of_table",
        "en",
        EN_CA3,
        ER,
        "SaskToday.ca",
        ["SaskToday.ca", "SaskToday", "sasktoday.ca"],
        "dash-domain-last-paragraph",
        in_last_p("— SaskToday.ca"),
        note="the outlet's name, which is its domain, typed after the final sentence",
    ),
    # ======================= English: wire copy =======================
    wire(
        "en",
        EN_BLOX,
        FOUR,
        "Associated Press",
        AP,
        "ap-byline-dateline-trailer",
        tnt("By CLAIRE MORROW Associated Press"),
        dateline("BRAMWELL, Mo. (AP) —"),
        small_print(
            "Copyright 2026 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission."
        ),
        note="AP copy on a member paper: byline and trailer are credit lines, the dateline is kept",
    ),
    wire(
        "en",
        EN_TV1,
        FOUR,
        "Associated Press",
        AP,
        "ap-by-the-ap-dateline-nextjs",
        by("By The Associated Press", cls="Byline_byline__ap"),
        dateline("JEFFERSON CITY, Mo. (AP) —"),
        note="a TV station's Next.js site: the byline is a credit line (also in the page's __NEXT_DATA__), the dateline is kept",
    ),
    wire(
        "en",
        EN_TV2,
        FOUR,
        "Associated Press",
        AP,
        "ap-byline-dateline-writer-contributed",
        by("by: Marcus Ellery, Associated Press", cls="article-byline"),
        dateline("ST. LOUIS (AP) —"),
        tail(
            "Associated Press writer Dana Pritchett in Jefferson City, Missouri, contributed to this report."
        ),
        note="on AP copy, AP's own contributor line is a credit line, as the byline is",
    ),
    wire(
        "en",
        EN_NPR,
        FOUR,
        "Associated Press",
        AP,
        "ap-education-philanthropy-line",
        by("By JOLENE ASHCRAFT AP Education Writer", cls="Page-authors"),
        dateline("KANSAS CITY, Mo. (AP) —"),
        tail(
            "The Associated Press’ education coverage receives financial support from multiple private foundations. AP is solely responsible for all content. Find AP’s standards for working with philanthropies, a list of supporters and funded coverage areas at AP.org."
        ),
        note="AP's education desk byline and the philanthropy line under its education stories are credit lines",
    ),
    wire(
        "en",
        EN_SCR1,
        FOUR,
        "Associated Press",
        AP,
        "ap-dateline-only",
        dateline("SPRINGFIELD, Mo. (AP) —"),
        note="a scraper kept only AP's dateline",
    ),
    wire(
        "en",
        EN_PT,
        HAIL,
        "Associated Press",
        AP,
        "ap-provider-dateline",
        provider("The Associated Press", "Mercy Achieng"),
        dateline("NAIROBI, Kenya (AP) —"),
    ),
    wire(
        "en",
        EN_UK5,
        BUS,
        "PA Media",
        ["PA Media", "PA", "Press Association"],
        "pa-correspondent-byline-nextjs",
        by("By Oliver Pennick, PA Transport Correspondent", cls="Byline_byline__pa"),
    ),
    wire(
        "en",
        EN_IN1,
        TURTLE,
        "Press Trust of India",
        PTI,
        "pti-dateline-desk-codes",
        dateline("Berhampur (Odisha), Mar 12 (PTI)"),
        note_line("PTI CORR AAM NN", cls="pti-slug"),
    ),
    wire(
        "en",
        EN_IN2,
        TURTLE,
        "United News of India",
        ["United News of India", "UNI"],
        "uni-dateline-slug",
        dateline("Bhubaneswar, Mar 12 (UNI)"),
        note_line("UNI BSK RJ 1705", cls="uni-slug"),
    ),
    wire(
        "en",
        EN_IN3,
        TURTLE,
        "IANS",
        ["IANS", "Indo-Asian News Service"],
        "ians-dateline-signoff",
        dateline("Bhubaneswar, March 12 (IANS)"),
        *lines("--IANS", "sr/dpb", cls="ians"),
    ),
    wire(
        "en",
        EN_IN5,
        TURTLE,
        "Press Trust of India",
        PTI,
        "with-pti-inputs",
        wpb_note("With PTI inputs"),
        note="'With PTI inputs' under a rewrite credits the agency (as '(With inputs from PTI)' does)",
    ),
    wire(
        "en",
        EN_IN6,
        TURTLE,
        "ANI",
        ["ANI", "Asian News International"],
        "ani-dateline-auto-generated",
        dateline("Ganjam (Odisha) [India], March 12 (ANI):"),
        tail(
            "This report is auto-generated from ANI news service. Bharat Newsroom holds no responsibility for its content.",
            tag="em",
        ),
        note="the portal's disclaimer naming ANI is a credit line; the dateline is kept",
    ),
    wire(
        "en",
        EN_KE2,
        HAIL,
        "Reuters",
        RTR,
        "reuters-dateline-reporting",
        dateline("NAIROBI, March 12 (Reuters) -"),
        tail("(Reporting by Otieno Wafula in Nairobi; Editing by Helen Marsh)"),
    ),
    wire(
        "en",
        EN_KE5,
        HAIL,
        "AFP",
        AFP,
        "afp-jannah-dateline-slug",
        jby("AFP", credit=False),
        dateline("Kapsiwon (Kenya) (AFP) -"),
        note_line("ker/sbk/jm", cls="afp-slug"),
        note="AFP's one-word author slot is too short to be a credit line; the desk slug is one, the dateline is kept",
    ),
    wire(
        "en",
        EN_BIZ,
        HAIL,
        "Xinhua",
        ["Xinhua", "Xinhua News Agency"],
        "xinhua-dateline-enditem",
        dateline("NAIROBI, March 12 (Xinhua) --"),
        note_line("Enditem", cls="xinhua-end"),
    ),
    wire(
        "en",
        EN_CA1,
        ER,
        "The Canadian Press",
        CP,
        "cp-byline-dateline-trailer",
        by("By Kelsey Vandenberg, The Canadian Press", cls="article-byline"),
        dateline("REGINA —"),
        tail("This report by The Canadian Press was first published March 12, 2026.", tag="em"),
        note="CP's byline and its first-published trailer are credit lines; its dateline names no agency and is kept",
    ),
    wire(
        "en",
        EN_CA2,
        ER,
        "The Canadian Press",
        CP,
        "cp-by-line-trailer-nextjs",
        by("By The Canadian Press", cls="Byline_byline__cp"),
        dateline("WOLSELEY CREEK, Sask. —"),
        tail("This report by The Canadian Press was first published March 12, 2026."),
    ),
    # ======================= English: own pages =======================
    own(
        "en",
        OWN_MOIND,
        FOUR,
        "own-states-newsroom-footer",
        wpb_author("Ellis Brandt"),
        MO_FOOTER,
        note="the footer its copies carry, on the outlet's own page: null",
    ),
    own(
        "en",
        OWN_HECHINGER,
        FOUR,
        "own-hechinger-tagline",
        tail(HECHINGER_LINE, tag="em"),
        note="the tagline its copies carry, on its own page: null",
    ),
    own(
        "en",
        OWN_LINCSLIVE,
        BUS,
        "own-ldr-byline-newsletter",
        by("By Imogen Harrop, Local Democracy Reporter", cls="Byline_byline__lr"),
        tail(
            "Don't miss the biggest stories from Lincolnshire Live – sign up to our free daily newsletter here."
        ),
    ),
    own(
        "en",
        OWN_OTV,
        TURTLE,
        "own-otv-follow-line",
        by("By Pradeep Sahu, Berhampur", cls="byline"),
        tail("For more Odisha news, follow OdishaTV on WhatsApp."),
    ),
    own(
        "en",
        OWN_STANDARD,
        HAIL,
        "own-standard-copyright",
        by("By Titus Kiprop | Mar. 12, 2026", cls="byline"),
        small_print("© The Standard Group PLC 2026. All rights reserved."),
    ),
    own(
        "en",
        OWN_NATION,
        HAIL,
        "own-nation-correspondent-byline",
        by("By Mercy Chepkemoi, Nandi Correspondent, Nation Media Group", cls="byline"),
        note="the paper's own byline names its group, which the table lists as an alias: on its own page, null",
    ),
    own(
        "en",
        OWN_CBC,
        ER,
        "own-cbc-byline-with-files",
        by("Tessa Vandermeer · CBC News", cls="Byline_byline__cbc"),
        tail("With files from Jordan Pelletier", tag="em"),
        note="CBC's own byline and 'With files from' a colleague",
    ),
    # ======================= English: other null pages =======================
    nul(
        "negative_mention",
        "en",
        EN_BLOX,
        FOUR,
        "mid-first-reported-by",
        keep=("The board's vote was first reported Tuesday night by the Missouri Independent.",),
        note="the outlet a copy on the same site credits, here only cited",
    ),
    nul(
        "negative_mention",
        "en",
        EN_TV1,
        FOUR,
        "lead-interview-with-npr",
        lead(
            "In an interview with NPR last fall, Holloway said the district had tried raising pay first and could not keep up."
        ),
    ),
    nul(
        "negative_mention",
        "en",
        EN_NL,
        FOUR,
        "newsletter-further-reading",
        related(
            "Chalkbeat: What happens to test scores when schools go to four days",
            "The 74: Rural districts weigh the four-day week against child care",
        ),
        note="a newsletter's reading list naming outlets: chrome",
    ),
    nul(
        "negative_mention",
        "en",
        EN_UK1,
        BUS,
        "mid-told-bbc-radio",
        keep=(
            "Councillor Richard Dunmore told BBC Radio Lincolnshire on Tuesday that the council could not keep paying for buses that run almost empty.",
        ),
    ),
    nul(
        "negative_mention",
        "en",
        EN_UK2,
        BUS,
        "readers-comments",
        comments(
            (
                "Sue from Ruskington",
                "Lincolnshire Live had this yesterday and the BBC ran it this morning. Nobody from the council has come to ask us.",
            ),
            ("Graham P", "Same thing happened to the 5 in 2019. It never came back."),
        ),
    ),
    nul(
        "negative_mention",
        "en",
        EN_UK5,
        BUS,
        "coda-first-reported-by",
        coda("The consultation response figures were first reported by the Sleaford Standard."),
        note="the paper a copy elsewhere credits, named in the staff story's last sentence",
    ),
    nul(
        "negative_mention",
        "en",
        EN_IN1,
        TURTLE,
        "mid-told-the-hindu",
        keep=(
            "A senior wildlife official told The Hindu that the rookery had shifted nearly a kilometre north since last season.",
        ),
    ),
    nul(
        "negative_mention",
        "en",
        EN_IN5,
        TURTLE,
        "embedded-post-ani",
        tweet(
            "Mass nesting of Olive Ridley turtles underway at Kalaghai rookery in Odisha's Ganjam district",
            "ANI",
            "ANI",
            "March 11, 2026",
        ),
    ),
    nul(
        "negative_mention",
        "en",
        EN_KE2,
        HAIL,
        "mid-told-citizen-tv",
        keep=(
            "Kiprotich told Citizen TV on Tuesday that some farmers had lost an entire season's first flush.",
        ),
    ),
    nul(
        "negative_mention",
        "en",
        EN_KE4,
        HAIL,
        "lead-reuters-reported",
        lead(
            "Prices at the weekly Mombasa tea auction slipped for a third straight week, Reuters reported on Tuesday."
        ),
        note="a wire named in a trade site's own first sentence",
    ),
    nul(
        "negative_mention",
        "en",
        EN_CA1,
        ER,
        "with-files-from-cp",
        bysite("By Jenna Sorensen"),
        tail("With files from The Canadian Press", tag="em"),
        note="'With files from The Canadian Press' under a staff reporter's byline: the Canadian form of 'The Associated Press contributed to this report', null as that is in the earlier sets",
    ),
    nul(
        "negative_mention",
        "en",
        EN_CA3,
        ER,
        "mid-told-ctv-news",
        keep=(
            "Haldorson told CTV News Regina the town had not been consulted before the closure was announced.",
        ),
    ),
    nul(
        "negative_caption",
        "en",
        EN_TV2,
        FOUR,
        "caption-ap-photo",
        figure(
            "Students wait for a bus outside Bramwell Elementary School, Tuesday, March 10, 2026, in Bramwell, Mo. (AP Photo/Dana Whitfield)"
        ),
    ),
    nul(
        "negative_caption",
        "en",
        EN_EDU,
        FOUR,
        "data-table-state-department",
        data_table(
            "Missouri districts on a four-day week",
            "Source: Missouri Department of Elementary and Secondary Education",
        ),
    ),
    nul(
        "negative_caption",
        "en",
        EN_UK1,
        BUS,
        "caption-pa-wire",
        figure(
            "A single-decker bus waits at Aswarby Fen's only stop. Picture: Tom Ashby/PA Wire/PA Images"
        ),
    ),
    nul(
        "negative_caption",
        "en",
        EN_IN3,
        TURTLE,
        "caption-image-pti",
        figure("Olive ridley turtles on the beach at Kalaghai. Image: PTI"),
    ),
    nul(
        "negative_caption",
        "en",
        EN_KE1,
        HAIL,
        "caption-nation-media-group",
        figure(
            "A farmer inspects tea bushes damaged by hail in Kapsiwon. PHOTO | FILE | NATION MEDIA GROUP"
        ),
        note="the Kenyan caption style naming a media group that the table lists as an alias: a photo credit",
    ),
    nul(
        "negative_caption",
        "en",
        EN_IN6,
        TURTLE,
        "video-credit-ani",
        video_caption("Video credit: ANI"),
    ),
    nul(
        "negative_caption",
        "en",
        EN_CA2,
        ER,
        "data-table-health-authority",
        data_table(
            "Overnight closures at Wolseley Creek Union Hospital, last 12 months",
            "Source: Saskatchewan Health Authority service disruption notices",
        ),
    ),
    nul("no_credit", "en", EN_BLOX, FOUR, "staff-report-byline", bysite("Staff report")),
    nul("no_credit", "en", EN_UK3, BUS, "scraper-admin-byline", bysite("By Admin")),
    nul(
        "no_credit",
        "en",
        EN_IN1,
        TURTLE,
        "edited-by-news-desk",
        tail("Edited by: News Desk", tag="em"),
    ),
    nul("no_credit", "en", EN_KE3, HAIL, "blogger-posted-by", bysite("Posted by Farm Desk")),
    # ======================= Spanish =======================
    case(
        "in_table",
        "es",
        ES1,
        ES,
        "El Universal",
        ["El Universal", "eluniversal.com.mx"],
        "block-terms-fuente",
        wpb_terms(
            "Fuente:",
            "El Universal",
            "https://puntaarenosa-noticias.com.mx/fuente/el-universal/",
            "fuente",
        ),
        note="the site's 'fuente' taxonomy shown by the block theme's post-terms block with a prefix",
    ),
    case(
        "in_table",
        "es",
        ES3,
        ES,
        "BBC",
        ["BBC", "BBC News Mundo", "BBC Mundo"],
        "blogger-fuente-linked",
        blogger_div(
            "Fuente:",
            "BBC News Mundo",
            "https://www.bbc.com/mundo/articles/c8rk2sargazo",
        ),
    ),
    case(
        "out_of_table",
        "es",
        ES4,
        ES,
        "Por Esto!",
        ["Por Esto!", "Por Esto", "poresto.net"],
        "con-informacion-de-exclamation",
        tail("Con información de Por Esto!", tag="em"),
        note="the Yucatán daily's name ends in an exclamation mark: answered with it (also without)",
    ),
    wire(
        "es",
        ES2,
        ES,
        "EFE",
        ["EFE", "Agencia EFE"],
        "efe-dateline-slug",
        jby("EFE", credit=False),
        dateline("Punta Arenosa (México), 10 mar (EFE).-"),
        note_line("EFE lca/gcc", cls="efe-slug"),
        note="EFE's one-word author slot is not a credit line; its desk slug is, the dateline is kept",
    ),
    wire(
        "es",
        ES4,
        ES,
        "AFP",
        AFP,
        "afp-spanish-dateline-slug",
        dateline("Punta Arenosa, México, 10 mar 2026 (AFP) -"),
        note_line("ic/nn/dga", cls="afp-slug"),
    ),
    own(
        "es",
        OWN_JMAYA,
        ES,
        "own-jornada-maya-byline",
        by("Por Joana Maldonado | La Jornada Maya", cls="byline"),
        note_line("Edición: Emilio Gómez", cls="edicion"),
    ),
    nul(
        "negative_mention",
        "es",
        ES1,
        ES,
        "mid-en-entrevista-con",
        keep=(
            "En entrevista con Noticaribe, la directora de Protección Civil municipal dijo que no hay riesgo para la salud si se evita el contacto con el alga en descomposición.",
        ),
    ),
    nul(
        "negative_mention",
        "es",
        ES3,
        ES,
        "lead-segun-informo",
        lead(
            "Según informó el diario Por Esto!, el sargazo llegó también a la zona de manglares al norte del municipio."
        ),
        note="the paper a copy elsewhere credits, named in the first sentence of a blog's own text",
    ),
    nul(
        "negative_caption",
        "es",
        ES4,
        ES,
        "caption-foto-efe",
        figure("Trabajadores retiran sargazo en la playa Punta Norte. Foto: EFE/Lourdes Cauich"),
    ),
    nul("no_credit", "es", ES2, ES, "staff-byline", bysite("Staff Quintana Roo al Día")),
    # ======================= German =======================
    case(
        "in_table",
        "de",
        DE1,
        DE,
        "Die Zeit",
        ["Die Zeit", "ZEIT ONLINE", "Zeit Online", "Zeit", "zeit.de"],
        "erschien-zuerst-auf",
        tail("Dieser Artikel erschien zuerst auf ZEIT ONLINE.", tag="em"),
    ),
    case(
        "in_table",
        "de",
        DE3,
        DE,
        "Die Welt",
        ["Die Welt", "WELT", "Welt", "welt.de"],
        "zuerst-bei-erschienen",
        tail("Dieser Text ist zuerst bei WELT erschienen.", tag="em"),
    ),
    case(
        "out_of_table",
        "de",
        DE2,
        DE,
        "SWR Aktuell",
        ["SWR Aktuell", "SWR", "swr.de"],
        "typo3-related-link",
        t3_link(
            "Verwandte Links",
            "Zum Originalbeitrag bei SWR Aktuell",
            "https://www.swr.de/swraktuell/baden-wuerttemberg/genossenschaft-rettet-adler-kleinaltingen-100.html",
        ),
        note="the only credit is the TYPO3 news record's related link to the original",
    ),
    wire(
        "de",
        DE2,
        DE,
        "dpa",
        ["dpa", "Deutsche Presse-Agentur", "DPA"],
        "typo3-author-dpa-dateline-reference",
        t3_author("dpa", "von", credit=False),
        dateline("Kleinaltingen (dpa/lsw) -"),
        note_line("dpa-infocom, dpa:260311-930-421174/1", cls="dpa-ref"),
        note="the news record's author field 'dpa' is too short to be a credit line; the dpa-infocom reference is one, the dateline is kept",
    ),
    wire(
        "de",
        DE1,
        DE,
        "epd",
        ["epd", "Evangelischer Pressedienst"],
        "typo3-author-epd-dateline-slug",
        t3_author("epd", "von", credit=False),
        dateline("Kleinaltingen (epd)."),
        note_line("epd lsw ug", cls="epd-slug"),
    ),
    own(
        "de",
        OWN_SCHWAEBISCHE,
        DE,
        "own-schwaebische-region-line",
        by("Von Lena Brugger", cls="Byline_byline__sz", credit=False),
        tail(
            "Mehr Nachrichten aus der Region lesen Sie in der Schwäbischen Zeitung und auf schwaebische.de."
        ),
    ),
    nul(
        "negative_mention",
        "de",
        DE3,
        DE,
        "mid-dem-swr-sagte",
        keep=("Dem SWR sagte Maier, ohne die Volksbank wäre der Kauf nicht zu stemmen gewesen.",),
        note="the broadcaster a copy elsewhere credits, here only quoted to",
    ),
    nul(
        "negative_caption",
        "de",
        DE2,
        DE,
        "caption-foto-dpa",
        figure("Das Gasthaus „Adler“ im Ortskern von Kleinaltingen. Foto: Jana Kessler/dpa"),
    ),
    # ======================= French =======================
    case(
        "in_table",
        "fr",
        FR3,
        FR,
        "franceinfo",
        [
            "franceinfo",
            "France 3 Bourgogne-Franche-Comté",
            "France 3",
            "France Télévisions",
            "francetvinfo.fr",
        ],
        "blogger-source-regional-tv",
        blogger_div(
            "Source :",
            "France 3 Bourgogne-Franche-Comté",
            "https://france3-regions.francetvinfo.fr/bourgogne-franche-comte/doubs/montferrand-le-haut-les-parents-occupent-l-ecole-3127455.html",
        ),
        note="France 3's regional newsroom publishes on francetvinfo.fr, which the table files under franceinfo: answered by the table's name",
    ),
    case(
        "out_of_table",
        "fr",
        FR2,
        FR,
        "L'Est Républicain",
        ["L'Est Républicain", "L’Est Républicain", "Est Républicain", "estrepublicain.fr"],
        "jnews-source-field",
        jnews_field(
            "Source :",
            "L'Est Républicain",
            "https://www.estrepublicain.fr/education/2026/03/10/montferrand-le-haut-les-parents-occupent-l-ecole",
        ),
    ),
    wire(
        "fr",
        FR1,
        FR,
        "AFP",
        AFP,
        "afp-block-author-dateline-slug",
        wpb_author("AFP", credit=False),
        dateline("Montferrand-le-Haut (AFP) -"),
        note_line("mdh/cbn/dch", cls="afp-slug"),
    ),
    wire(
        "fr",
        FR2,
        FR,
        "AFP",
        AFP,
        "avec-afp-tail",
        tail("(Avec AFP)", tag="em"),
    ),
    own(
        "fr",
        OWN_ESTREP,
        FR,
        "own-est-republicain-line",
        by("Par Claire Mougin - 10 mars 2026 à 18:42", cls="b-byline", credit=False),
        tail("Retrouvez toute l'actualité du Haut-Doubs dans L'Est Républicain."),
    ),
    nul(
        "negative_mention",
        "fr",
        FR1,
        FR,
        "mid-au-micro-de",
        keep=(
            "Au micro d'ici Besançon, le maire a reconnu que la commune n'avait pas été consultée.",
        ),
    ),
    nul(
        "negative_caption",
        "fr",
        FR2,
        FR,
        "caption-photo-er",
        figure("Les parents devant l'école lundi soir. Photo ER/Ludovic Ferrand"),
        note="L'Est Républicain's photo credit ('Photo ER') on a site where another page credits the paper: a caption",
    ),
    # ======================= Portuguese =======================
    case(
        "in_table",
        "pt",
        PT2,
        PT,
        "O Globo",
        ["O Globo", "g1", "G1", "g1 Minas", "globo.com"],
        "tagdiv-fonte-g1",
        td_source(
            "FONTE",
            "g1 Minas",
            "https://g1.globo.com/mg/centro-oeste/noticia/2026/03/14/simulado-barragem-sao-joaquim-das-pedras.ghtml",
        ),
        note="the table files g1 under O Globo",
    ),
    case(
        "out_of_table",
        "pt",
        PT1,
        PT,
        "Estado de Minas",
        ["Estado de Minas", "em.com.br"],
        "com-informacoes-do-block-note",
        wpb_note("Com informações do Estado de Minas."),
    ),
    wire(
        "pt",
        PT1,
        PT,
        "Agência Brasil",
        ["Agência Brasil", "Agencia Brasil"],
        "agencia-brasil-reporter-author",
        wpb_author("Tiago Amaral - Repórter da Agência Brasil"),
        note_line("Edição: Fernanda Cruz", cls="edicao", credit=False),
        note="the agency's reporter line in the author block is a credit line; its 'Edição:' line names a person and is neither a credit line nor must_keep",
    ),
    wire(
        "pt",
        PT2,
        PT,
        "Estadão Conteúdo",
        ["Estadão Conteúdo", "Estadao Conteudo", "Agência Estado"],
        "por-estadao-conteudo-byline",
        by("Por Estadão Conteúdo", cls="td-post-author-name"),
    ),
    own(
        "pt",
        OWN_EM,
        PT,
        "own-em-google-news-line",
        by("Por Rafaela Mota", cls="Byline_byline__em", credit=False),
        tail("Siga o Estado de Minas no Google Notícias e receba as principais notícias do dia."),
    ),
    nul(
        "negative_mention",
        "pt",
        PT2,
        PT,
        "mid-em-entrevista-a",
        keep=(
            "Em entrevista à Itatiaia, o coordenador da Defesa Civil disse que o tempo de resposta ficou dentro do esperado.",
        ),
    ),
    nul(
        "no_credit",
        "pt",
        PT1,
        PT,
        "estagiaria-sob-supervisao",
        tail("*Estagiária sob supervisão do editor Caio Nogueira"),
        note="the intern's supervision note names a person, no outlet",
    ),
    # ======================= Russian =======================
    case(
        "out_of_table",
        "ru",
        RU1,
        RU,
        "Алтайская правда",
        ["Алтайская правда", "altapravda.ru"],
        "bitrix-istochnik-quoted",
        note_line("Источник: «Алтайская правда»", cls="news-detail__source"),
        note="answered without the quotation marks",
    ),
    case(
        "out_of_table",
        "ru",
        RU2,
        RU,
        "amic.ru",
        ["amic.ru", "Amic.ru"],
        "po-materialam-domain",
        tail("По материалам amic.ru", tag="em"),
        note="a bare domain, answered as written",
    ),
    wire(
        "ru",
        RU2,
        RU,
        "TASS",
        ["TASS", "ТАСС", "ITAR-TASS"],
        "tass-dateline",
        dateline("БАРНАУЛ, 11 марта. /ТАСС/."),
        note="TASS's dateline is the only credit",
    ),
    own(
        "ru",
        OWN_ALTAPRESS,
        RU,
        "own-altapress-telegram-line",
        by("Анна Ветрова", cls="byline", credit=False),
        tail("Подписывайтесь на Алтапресс в Telegram, чтобы первыми узнавать новости края."),
    ),
    nul(
        "negative_mention",
        "ru",
        RU1,
        RU,
        "mid-soobshchal-telekanal",
        keep=(
            "Об открытии новой переправы выше по течению в феврале сообщал телеканал «Катунь 24».",
        ),
    ),
    nul(
        "negative_caption",
        "ru",
        RU2,
        RU,
        "caption-foto-tass",
        figure("Ледовая переправа у села Луговое. Фото: Игорь Кравцов/ТАСС"),
    ),
    # ======================= Chinese =======================
    case(
        "in_table",
        "zh",
        ZH2,
        ZH,
        "People's Daily",
        ["People's Daily", "人民网", "人民日报", "people.com.cn"],
        "cncms-info-bar-source",
        cn_source(
            "人民网",
            "杨晓岚",
            "http://yn.people.com.cn/n2/2026/0310/c378439-41129873.html",
        ),
        note="the source field of the portal's info bar; 人民网 is People's Daily's site (people.com.cn), answered by the table's name",
    ),
    case(
        "out_of_table",
        "zh",
        ZH3,
        ZH,
        "云南日报",
        ["云南日报", "Yunnan Daily"],
        "cncms-info-bar-source",
        cn_source("云南日报", "段文清"),
    ),
    wire(
        "zh",
        ZH1,
        ZH,
        "Xinhua",
        ["Xinhua", "新华社", "新华网"],
        "cncms-info-bar-xinhua-dateline",
        cn_source("新华社", "李明远"),
        dateline("新华社昆明3月10日电（记者李明远）"),
        note="the info bar's source field is the credit line; Xinhua's dateline opens the text and is kept",
    ),
    nul(
        "negative_mention",
        "zh",
        ZH2,
        ZH,
        "mid-jieshou-caifang",
        keep=(
            "县茶叶协会负责人在接受云南广播电视台采访时表示，今年茶价上涨主要是品质提升带来的。",
        ),
    ),
    nul(
        "no_credit",
        "zh",
        ZH1,
        ZH,
        "cncms-benzhan-yuanchuang",
        cn_source("本站原创", "王丽"),
        note="the info bar's source field says the site wrote it: names no outlet",
    ),
    # ======================= Japanese =======================
    case(
        "in_table",
        "ja",
        JA1,
        JA,
        "NHK",
        ["NHK", "NHK松江放送局", "NHK NEWS WEB"],
        "inyomoto-local-station",
        note_line("引用元：NHK松江放送局", cls="source"),
        note="a local station of the broadcaster, answered by the table's name",
    ),
    case(
        "out_of_table",
        "ja",
        JA2,
        JA,
        "山陰中央新報",
        ["山陰中央新報", "山陰中央新報デジタル", "sanin-chuo.co.jp"],
        "aggregator-source-row",
        source_row("山陰中央新報デジタル", "3/11(水) 12:40"),
        note="the paper's digital edition in an aggregator's source row",
    ),
    wire(
        "ja",
        JA1,
        JA,
        "Kyodo News",
        ["Kyodo News", "Kyodo", "共同通信"],
        "kyodo-signoff",
        signoff("（共同）"),
        note="Kyodo's sign-off after the final sentence",
    ),
    own(
        "ja",
        OWN_SANIN,
        JA,
        "own-sanin-bureau-byline",
        by("雲川支局・井上雄太", cls="article-author"),
        note="the paper's own bureau byline",
    ),
    nul(
        "negative_mention",
        "ja",
        JA1,
        JA,
        "mid-shuzai-ni-taishi",
        keep=(
            "町の担当者は山陰中央テレビの取材に対し、「利用者の声を聞きながら運行を見直したい」と話した。",
        ),
    ),
    nul(
        "negative_caption",
        "ja",
        JA1,
        JA,
        "caption-kyodo-photo",
        figure("廃止される町営バスの車両（写真：共同通信社）"),
    ),
    # ======================= Arabic =======================
    case(
        "in_table",
        "ar",
        AR2,
        AR,
        "Ahram Online",
        ["Ahram Online", "بوابة الأهرام", "الأهرام", "Al-Ahram", "ahram.org.eg"],
        "block-terms-masdar",
        wpb_terms(
            "المصدر:", "بوابة الأهرام", "https://gate.ahram.org.eg/News/5128844.aspx", "source"
        ),
        note="the Ahram portal, which the table files under Ahram Online",
    ),
    case(
        "out_of_table",
        "ar",
        AR1,
        AR,
        "اليوم السابع",
        ["اليوم السابع", "Youm7", "youm7.com"],
        "naqlan-an",
        tail("نقلاً عن اليوم السابع", tag="strong"),
    ),
    wire(
        "ar",
        AR1,
        AR,
        "Middle East News Agency",
        ["Middle East News Agency", "MENA", "أ ش أ", "أ.ش.أ", "وكالة أنباء الشرق الأوسط"],
        "mena-signoff-dotted",
        signoff("(أ.ش.أ)"),
        note="MENA's tag typed with dots after the final sentence",
    ),
    own(
        "ar",
        OWN_YOUM7,
        AR,
        "own-youm7-byline-follow",
        by("كتب أحمد عبد الغني", cls="byline", credit=False),
        tail("تابعوا آخر أخبار المحافظات على اليوم السابع"),
    ),
    nul(
        "negative_mention",
        "ar",
        AR2,
        AR,
        "mid-tasrihat-li-qanat",
        keep=("وقال المحافظ في تصريحات لقناة صدى البلد إن المحطة ستدخل الخدمة الكاملة قبل الصيف.",),
    ),
    nul(
        "negative_caption",
        "ar",
        AR1,
        AR,
        "caption-ahram-photo",
        figure("جانب من محطة مياه دير الريح الجديدة (الصورة: بوابة الأهرام)"),
        note="the portal another page credits, here only in a photo credit",
    ),
    # ======================= Italian =======================
    case(
        "in_table",
        "it",
        IT2,
        IT,
        "La Repubblica",
        ["La Repubblica", "Repubblica", "la Repubblica Torino", "repubblica.it"],
        "jnews-fonte-local-edition",
        jnews_field(
            "Fonte:",
            "la Repubblica Torino",
            "https://torino.repubblica.it/cronaca/2026/03/11/news/roccaverde_medico_di_base-422918344/",
        ),
        note="the paper's Turin edition, answered by the table's name",
    ),
    case(
        "out_of_table",
        "it",
        IT1,
        IT,
        "La Stampa",
        ["La Stampa", "lastampa.it"],
        "typo3-related-link",
        t3_link(
            "Link correlati",
            "Articolo originale su La Stampa",
            "https://www.lastampa.it/cuneo/2026/03/11/news/roccaverde_torna_il_medico-15061877/",
        ),
    ),
    wire(
        "it",
        IT1,
        IT,
        "ANSA",
        ["ANSA", "Agenzia ANSA"],
        "typo3-ansa-dateline-copyright",
        t3_author("ANSA", "di", credit=False),
        dateline("(ANSA) - ROCCAVERDE, 11 MAR -"),
        small_print("RIPRODUZIONE RISERVATA © Copyright ANSA"),
    ),
    nul(
        "negative_mention",
        "it",
        IT2,
        IT,
        "mid-come-riportato-dalla",
        keep=("Come riportato dalla Stampa, la sede era rimasta vacante per tre bandi di fila.",),
        note="the paper a copy elsewhere credits, cited in a staff story",
    ),
    # ======================= Indonesian =======================
    case(
        "in_table",
        "id",
        ID1,
        ID,
        "BBC",
        ["BBC", "BBC News Indonesia", "BBC Indonesia"],
        "block-terms-sumber",
        wpb_terms(
            "Sumber:",
            "BBC News Indonesia",
            "https://pesisirjateng.com/sumber/bbc-news-indonesia/",
            "sumber",
        ),
    ),
    case(
        "out_of_table",
        "id",
        ID2,
        ID,
        "Suara Merdeka",
        ["Suara Merdeka", "SuaraMerdeka.com", "suaramerdeka.com"],
        "telah-tayang-di",
        tail(
            'Artikel ini telah tayang di SuaraMerdeka.com dengan judul "Rob Rendam 1.200 Rumah di Sigandul, Warga Tambakrejo Bertahan"'
        ),
    ),
    wire(
        "id",
        ID2,
        ID,
        "Antara",
        ["Antara", "ANTARA", "Antara News"],
        "antara-dateline-pewarta-copyright",
        dateline("Sigandul (ANTARA) -"),
        *lines(
            "Pewarta: Wahyu Kurniawan", "Editor: Rina Oktaviani", cls="antara-credit", credit=False
        ),
        note_line("Copyright © ANTARA 2026", cls="antara-copyright"),
        note="Antara's 'Pewarta:' and 'Editor:' lines name people and are neither credit lines nor must_keep; the copyright line is a credit line",
    ),
    nul(
        "negative_caption",
        "id",
        ID1,
        ID,
        "caption-foto-antara",
        figure("Warga melintasi genangan rob di Desa Tambakrejo. Foto: ANTARA/Bayu Saputra"),
    ),
    # ======================= Turkish =======================
    case(
        "out_of_table",
        "tr",
        TR2,
        TR,
        "Milliyet",
        ["Milliyet", "milliyet.com.tr"],
        "block-terms-kaynak",
        wpb_terms(
            "Kaynak:", "Milliyet", "https://www.akcaova-gazetesi.com.tr/kaynak/milliyet/", "kaynak"
        ),
    ),
    wire(
        "tr",
        TR1,
        TR,
        "İhlas Haber Ajansı",
        ["İhlas Haber Ajansı", "İHA", "IHA", "Ihlas Haber Ajansi"],
        "iha-dateline-tagdiv-kaynak",
        dateline("AKÇAOVA (İHA) –"),
        td_source("KAYNAK", "İhlas Haber Ajansı", "https://www.iha.com.tr/haber-akcaova-baraji"),
    ),
    nul(
        "negative_mention",
        "tr",
        TR1,
        TR,
        "mid-trt-habere-aciklama",
        keep=(
            "Aksoy, TRT Haber'e yaptığı açıklamada tasarruf çağrısına uyulmazsa kesinti saatlerinin uzatılabileceğini söyledi.",
        ),
    ),
    # ======================= Hindi =======================
    case(
        "in_table",
        "hi",
        HI2,
        HI,
        "Amar Ujala",
        ["Amar Ujala", "अमर उजाला", "amarujala.com"],
        "sabhar-block-group",
        wpb_group("साभार: अमर उजाला"),
    ),
    case(
        "out_of_table",
        "hi",
        HI1,
        HI,
        "ईटीवी भारत",
        ["ईटीवी भारत", "ETV Bharat", "etvbharat.com"],
        "srot-tail",
        tail("स्रोत: ईटीवी भारत"),
    ),
    wire(
        "hi",
        HI1,
        HI,
        "IANS",
        ["IANS", "आईएएनएस", "Indo-Asian News Service"],
        "ians-hindi-dateline-signoff",
        dateline("देहरादून, 11 मार्च (आईएएनएस)।"),
        *lines("--आईएएनएस", "डीकेएस/एकेजे", cls="ians"),
    ),
    nul(
        "negative_mention",
        "hi",
        HI2,
        HI,
        "mid-se-baatcheet-mein",
        keep=(
            "वन मंत्री ने एनडीटीवी इंडिया से बातचीत में कहा कि जरूरत पड़ी तो वायुसेना के हेलीकॉप्टर की मदद ली जाएगी।",
        ),
    ),
    # ======================= Korean =======================
    case(
        "out_of_table",
        "ko",
        KO2,
        KO,
        "전북도민일보",
        ["전북도민일보", "jjn.co.kr"],
        "chulcheo-colon",
        note_line("출처: 전북도민일보", cls="source"),
    ),
    wire(
        "ko",
        KO1,
        KO,
        "News1",
        ["News1", "뉴스1", "News1 Korea"],
        "news1-bracket-email-trailer",
        dateline("(운봉=뉴스1) 이정민 기자 ="),
        note_line("leejm@news1.kr", cls="reporter-email"),
        small_print("© 뉴스1코리아(news1.kr), 무단 전재 및 재배포, AI학습 이용 금지"),
        note="News1's bracket byline opens the text and is kept; the reporter's agency address and the trailer are credit lines",
    ),
    nul(
        "negative_caption",
        "ko",
        KO2,
        KO,
        "caption-news1-db",
        figure("운봉군 농어촌버스.(사진=뉴스1 DB)"),
    ),
]
