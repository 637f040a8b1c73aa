# ruff: noqa: E501, RUF001
"""Sites and cases of the ninth blind set (cases_2026-12-11.jsonl).

Written from the conventions of the open web without reading the attribution code. Emphasis: a
second, independent representative sample of what an aggregator meets, in the eighth set's
proportions: about 35% credited copies on blogs, WordPress and Blogger sites, regional portals,
aggregators and RSS readers (half credited to outlets in the table, half to outlets outside it),
about 25% wire copy on news sites (agencies the earlier sets used little), about 10% wires' and
outlets' own pages (null), and about 30% staff stories and posts that mention, quote or picture
outlets, with page chrome around them. Languages beyond English: it, tr, id, pl, ko, fa, bn, el.
Append only: ids follow list order within (category, language).
"""

from __future__ import annotations

from html import escape

from cases6 import by, bysite, caption_last, chrome_after, nul, own, wire
from cases8 import (
    AFP,
    AP,
    RTR,
    comments,
    jby,
    ld_based_on,
    more_from,
    newsletter_box,
    related,
    source_row,
    tnt,
)
from chrome8 import site_registry
from model3 import Case3, Part, Site3, case, dateline, figure, head, raw, tail
from model4 import canonical, rich, signoff
from model5 import coda, split, tweet

SITES9: dict[str, Site3] = {}


_s = site_registry(SITES9)


# ---------------------------------------------------------------- conventions new to this set
def jnews_field(label: str, name: str, href: str = "", cls: str = "jeg_post_source") -> Part:
    """The JNews theme's Source / Via post fields, printed under the content."""
    v = escape(name, quote=False)
    if href:
        v = f'<a href="{escape(href)}" rel="nofollow" target="_blank">{v}</a>'
    html = f'<div class="{cls}"><span>{escape(label, quote=False)}</span> {v}</div>'
    return raw("after", f"{label} {name}", html)


def go_to_source(name: str, href: str) -> Part:
    """WP RSS Aggregator's feed-to-post footer: the feed's name and a "Go to Source" link."""
    html = f'<div class="wprss-feed-meta"><p>Source: <a href="{escape(href)}">{escape(name, quote=False)}</a> | <a class="wprss-go-to-source" href="{escape(href)}" rel="nofollow">Go to Source</a></p></div>'
    return raw("tail", f"Source: {name} | Go to Source", html)


def feed_item(feed: str, ago: str, href: str) -> Part:
    """An RSS reader's entry header: the feed's name linked to the entry, and its age."""
    html = f'<div class="entry-source"><a class="feed-title" href="{escape(href)}">{escape(feed, quote=False)}</a> · <span class="entry-age">{ago}</span></div>'
    return raw("byline", f"{feed} · {ago}", html)


def visit(href: str) -> Part:
    """The reader's "Visit website" button (to the entry's own page): never a credit line."""
    return raw(
        "after",
        "Visit website",
        f'<a class="button visit-website" href="{escape(href)}">Visit website</a>',
        False,
    )


def cc_tasl(title: str, outlet: str, href: str) -> Part:
    """A Creative Commons attribution in the licence's TASL form: title, author, source, licence."""
    html = (
        f'<p class="cc-attribution">“<a href="{escape(href)}">{escape(title, quote=False)}</a>” by {escape(outlet, quote=False)} is licensed under '
        f'<a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>.</p>'
    )
    return raw("tail", f"“{title}” by {outlet} is licensed under CC BY 4.0.", html)


def kr_copyright(text: str) -> Part:
    """A Korean copyright trailer (<저작권자 © … 무단전재 및 재배포 금지>)."""
    return raw("tail", text, f'<p class="copyright">{escape(text, quote=False)}</p>')


def lines(*texts: str, cls: str = "article-footer", credit: bool = True) -> list[Part]:
    """Short lines set one under another at the end (editor, reporter, copyright)."""
    return [raw("tail", t, f'<p class="{cls}">{escape(t, quote=False)}</p>', credit) for t in texts]


def audio_player(voice: str) -> Part:
    """A text-to-speech player above the story: chrome."""
    return chrome_after(
        f'<div class="tts-player"><button>Listen to this article</button><span class="tts-voice">{escape(voice, quote=False)}</span></div>',
        "Listen to this article",
    )


def key_points(*items: str) -> Part:
    """A summary box at the head ("Key points") written by the site: its text stays."""
    lis = "".join(f"<li>{escape(t, quote=False)}</li>" for t in items)
    return raw(
        "head",
        " ".join(items),
        f'<div class="key-points"><h2>Key points</h2><ul>{lis}</ul></div>',
        False,
    )


def instagram(account: str, caption: str) -> Part:
    """An embedded Instagram post by an outlet's account: never a credit."""
    html = (
        f'<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/C{sum(map(ord, caption)) % 99991}x/">'
        f"<p>{escape(caption, quote=False)}</p><p>A post shared by {escape(account, quote=False)}</p></blockquote>"
        '<script async src="//www.instagram.com/embed.js"></script>'
    )
    return raw("tail", f"{caption}A post shared by {account}", html, False)


def follow_news(text: str) -> Part:
    return chrome_after(
        f'<div class="follow-google-news"><a href="#">{escape(text, quote=False)}</a></div>', text
    )


def data_table(caption: str, source: str) -> Part:
    """A small table in the body with its source line: a data source, not a credit."""
    html = (
        f'<figure class="wp-block-table"><table><thead><tr><th>{escape(caption, quote=False)}</th><th>%</th></tr></thead>'
        f"<tbody><tr><td>Yes</td><td>58</td></tr><tr><td>No</td><td>34</td></tr></tbody></table>"
        f"<figcaption>{escape(source, quote=False)}</figcaption></figure>"
    )
    return raw("mid", f"{caption}%Yes58No34{source}", html, False)


def podcast(show: str) -> Part:
    return chrome_after(
        f'<div class="podcast-embed"><iframe src="https://player.example-pod.fm/embed/{sum(map(ord, show)) % 9973}" title="{escape(show)}"></iframe><p>Listen: {escape(show, quote=False)}</p></div>',
        f"Listen: {show}",
    )


# ---------------------------------------------------------------- sites
# English: blogs, WordPress (JNews, tagDiv, Jannah), Ghost, portals, aggregators, readers
BG1 = _s(
    "skarrowislander.blogspot.com",
    "The Skarrow Islander",
    "blogger",
    "skarrowislander.blogspot.com",
)
BG2 = _s(
    "calderplainlife.blogspot.com", "Calder Plain Life", "blogger", "calderplainlife.blogspot.com"
)
JN1 = _s("lagosmetrodigest.com", "Lagos Metro Digest", "jnews")
JN2 = _s("mombasacoastline.co.ke", "Mombasa Coastline", "jnews")
JN3 = _s(
    "haverleighvoice.co.uk",
    "Haverleigh Voice",
    "jnews",
    partners="Content partners: Reuters · PA Media · The Conversation",
)
TD1 = _s("punepeoplesdaily.in", "Pune People's Daily", "tagdiv")
WP1 = _s("wenlowwatch.org", "Wenlow Watch", "wp")
GH1 = _s("theislandledger.com", "The Island Ledger", "ghost")
RD1 = _s("newsfold.app", "Newsfold", "reader", "newsfold.app")
RD2 = _s("feedharbor.io", "FeedHarbor", "reader", "feedharbor.io")
AG1 = _s("briefstack.news", "BriefStack", "aggregator", "briefstack.news")
RG1 = _s("lahorecitypulse.com", "Lahore City Pulse", "regional")
JA1 = _s("manilabaytribune.ph", "Manila Bay Tribune", "jannah")
LP1 = _s(
    "haverleigh-evening.com",
    "Haverleigh Evening",
    "localportal",
    partners="Our news partners: The Associated Press · Reuters · Sky News",
)
NL1 = _s("thesundaysieve.com", "The Sunday Sieve", "newsletter", "thesundaysieve.com")
# English news sites running wire copy
BX1 = _s("wenlowcountyrecord.com", "Wenlow County Record", "blox")
BX2 = _s("prairiefallsjournal.com", "Prairie Falls Journal", "blox")
ARC1 = _s("kcvr9.com", "KCVR 9", "arc")
BS1 = _s("caldertribune.com", "Calder Tribune", "brightspot")
JN4 = _s("gulfdailyledger.com", "Gulf Daily Ledger", "jnews")
JA2 = _s("ammanbusinessreview.com", "Amman Business Review", "jannah")
TD2 = _s("kampalaweekender.ug", "Kampala Weekender", "tagdiv")
DR1 = _s("danubemonitor.eu", "Danube Monitor", "drupal")
WP2 = _s("saigonexpatnews.com", "Saigon Expat News", "wp")
LP2 = _s(
    "skarrow-gazette.com",
    "Skarrow Gazette",
    "localportal",
    partners="In partnership with AFP, Reuters and The Associated Press",
)
RG2 = _s("rawalpindidailymail.pk", "Rawalpindi Daily Mail", "regional")
# outlets' and wires' own pages (English)
OWN_VOA = _s("voanews.com", "Voice of America", "arc")
OWN_IPS = _s("ipsnews.net", "Inter Press Service", "wp")
OWN_GV = _s("globalvoices.org", "Global Voices", "wp")
JN5 = _s("haverleighnow.co.uk", "Haverleigh Now", "jnews")
RG3 = _s("osloexpatwire.no", "Oslo Expat Wire", "regional")
OWN_STAR = _s("thedailystar.net", "The Daily Star", "drupal")
# other languages
IT1 = _s("valdossa-oggi.it", "Valdossa Oggi", "jnews")
IT2 = _s("cronachedelciresa.it", "Cronache del Ciresa", "wp")
OWN_REP = _s("repubblica.it", "la Repubblica", "arc")
TR1 = _s("karacamhaber.com.tr", "Karaçam Haber", "tagdiv")
TR2 = _s("egekiyisi-gazetesi.com", "Ege Kıyısı Gazetesi", "jannah")
OWN_TRT = _s("trthaber.com", "TRT Haber", "regional")
ID1 = _s("sagarapos.co.id", "Sagara Pos", "jnews")
ID2 = _s("kabarpesisir.blogspot.com", "Kabar Pesisir", "blogger", "kabarpesisir.blogspot.com")
OWN_TEMPO = _s("tempo.co", "Tempo.co", "regional")
PL1 = _s("zawierze24.pl", "Zawierze24", "localportal")
PL2 = _s("gazetapolnocna.pl", "Gazeta Północna", "wp")
OWN_TVN = _s("tvn24.pl", "TVN24", "drupal")
KO1 = _s("hanbyeol-ilbo.co.kr", "한별일보", "koportal")
KO2 = _s("hanbyeolnews.tistory.com", "한별 소식", "wp", "hanbyeolnews.tistory.com")
OWN_NEWS1 = _s("news1.kr", "뉴스1", "koportal")
FA1 = _s("kuhrangan-news.ir", "کوهرنگان نیوز", "wp")
FA2 = _s("khabar-kuhrang.com", "خبر کوهرنگ", "jannah")
OWN_IRNA = _s("irna.ir", "ایرنا", "regional")
BN1 = _s("madhumatibarta.com", "মধুমতী বার্তা", "jnews")
BN2 = _s("charpara-news24.com", "চরপাড়া নিউজ ২৪", "wp")
OWN_PALO = _s("prothomalo.com", "প্রথম আলো", "regional")
EL1 = _s("kalamnos-news.gr", "Καλαμνός News", "wp")
EL2 = _s("aigaio-simera.gr", "Αιγαίο Σήμερα", "jnews")
OWN_ERT = _s("ertnews.gr", "ertnews.gr", "arc")

FERRY, FIRE, RENT, RIVER = "ferry_strike", "wildfire_drill", "market_rents", "river_cleanup"
IT, TR, ID, PL, KO, FA, BN, EL = (
    "funivia",
    "kutuphane",
    "banjir_rob",
    "tramwaj",
    "yagan_bus",
    "sad_ab",
    "setu",
    "limani",
)

CASES9: list[Case3] = [
    # ======================= English: credited copies, outlets in the table =======================
    case(
        "in_table",
        "en",
        BG1,
        FERRY,
        "BBC",
        ["BBC", "BBC News", "bbc.co.uk", "bbc.com"],
        "blogger-tail-story-via-bbc-link",
        rich(
            "tail", "Story via ", ("bbc.com/news", "https://www.bbc.com/news/articles/cx9skarrow2o")
        ),
        note="'Story via' and the outlet as a domain with a path to clean",
    ),
    case(
        "in_table",
        "en",
        JN1,
        RENT,
        "Punch",
        ["Punch", "Punch Newspapers", "punchng.com"],
        "jnews-source-field",
        jnews_field(
            "Source:", "Punch Newspapers", "https://punchng.com/haverleigh-stallholders-protest/"
        ),
        note="the JNews theme's Source field under the post",
    ),
    case(
        "in_table",
        "en",
        JN2,
        FIRE,
        "Nation Africa",
        ["Nation Africa", "Nation", "nation.africa"],
        "jnews-via-field",
        jnews_field(
            "Via",
            "nation.africa",
            "https://nation.africa/kenya/news/hill-towns-drill-4412",
            cls="jeg_post_via",
        ),
        note="only the JNews Via field names the outlet (a bare domain)",
    ),
    case(
        "in_table",
        "en",
        TD1,
        RIVER,
        "The Indian Express",
        ["The Indian Express", "Indian Express", "indianexpress.com"],
        "tail-italic-first-appeared-in",
        tail("(This article first appeared in The Indian Express.)", tag="em"),
    ),
    case(
        "in_table",
        "en",
        WP1,
        RIVER,
        "The Guardian",
        ["The Guardian", "Guardian", "theguardian.com"],
        "wprss-go-to-source",
        go_to_source(
            "The Guardian",
            "https://www.theguardian.com/environment/2026/mar/09/wenlow-river-clean-up",
        ),
        note="WP RSS Aggregator's footer on an imported post",
    ),
    case(
        "in_table",
        "en",
        RD1,
        FERRY,
        "Sky News",
        ["Sky News", "news.sky.com"],
        "reader-feed-title",
        feed_item("Sky News", "3h ago", "https://news.sky.com/story/skarrow-ferry-strike-13309"),
        visit("https://news.sky.com/story/skarrow-ferry-strike-13309"),
        note="an RSS reader's view: the feed's name is the only credit; 'Visit website' is chrome",
    ),
    case(
        "in_table",
        "en",
        GH1,
        FERRY,
        "The Conversation",
        ["The Conversation", "theconversation.com"],
        "cc-tasl-attribution",
        cc_tasl(
            "Why ferry crews say their rosters are unsafe",
            "The Conversation",
            "https://theconversation.com/why-ferry-crews-say-rosters-are-unsafe-22871",
        ),
        note="a Creative Commons attribution in title-author-source-licence form",
    ),
    case(
        "in_table",
        "en",
        AG1,
        RENT,
        "The Independent",
        ["The Independent", "Independent", "independent.co.uk"],
        "aggregator-source-row",
        source_row("The Independent", "52m"),
    ),
    case(
        "in_table",
        "en",
        RG1,
        FIRE,
        "Dawn",
        ["Dawn", "dawn.com"],
        "regional-head-courtesy-bold",
        head("Courtesy: Dawn", tag="strong"),
    ),
    case(
        "in_table",
        "en",
        JA1,
        RIVER,
        "Rappler",
        ["Rappler", "rappler.com"],
        "jannah-byline-rappler-and-tail",
        jby("Rappler.com"),
        tail(
            "This story was first published on Rappler.com and is shared with permission.", tag="em"
        ),
    ),
    case(
        "in_table",
        "en",
        NL1,
        FIRE,
        "Stateline",
        ["Stateline", "stateline.org"],
        "newsletter-head-we-are-sharing",
        head(
            "We're sharing this story from our friends at Stateline, the nonprofit news service.",
            tag="em",
        ),
    ),
    case(
        "in_table",
        "en",
        BG2,
        FIRE,
        "ABC News",
        ["ABC News", "abcnews.go.com"],
        "canonical-only",
        canonical(
            "https://abcnews.go.com/US/hill-towns-rehearse-wildfire-evacuation/story?id=1093381"
        ),
        note="only a canonical link to the outlet's page; no visible credit",
    ),
    # ======================= English: credited copies, outlets outside the table =======================
    case(
        "out_of_table",
        "en",
        GH1,
        RIVER,
        "The Wenlow Current",
        ["The Wenlow Current", "Wenlow Current"],
        "stacker-produced-by",
        tail(
            "This story was produced by The Wenlow Current and reviewed and distributed by Stacker.",
            tag="em",
        ),
        note="a distributor names the producer: the producer is the answer, not Stacker",
    ),
    case(
        "out_of_table",
        "en",
        BX1,
        FERRY,
        "The Skarrow Sentinel",
        ["The Skarrow Sentinel", "Skarrow Sentinel"],
        "blox-content-exchange",
        tail(
            "This article originally ran on skarrowsentinel.com, part of the BLOX Digital Content Exchange."
        ),
        note="the BLOX exchange's trailer names the source site as a domain",
    ),
    case(
        "out_of_table",
        "en",
        BX2,
        FIRE,
        "Calder Valley Ledger",
        ["Calder Valley Ledger", "calderledger.org"],
        "ap-partnership-distributed",
        tail(
            "This story was originally published by the Calder Valley Ledger and distributed through a partnership with The Associated Press."
        ),
        note="AP distributes a partner's story: the partner is the answer, not AP",
    ),
    case(
        "out_of_table",
        "en",
        WP1,
        FERRY,
        "Skarrow Maritime Review",
        ["Skarrow Maritime Review", "maritimereview.co"],
        "go-to-source-url-path",
        go_to_source(
            "maritimereview.co",
            "https://maritimereview.co/2026/03/06/skarrow-ferry-crews-strike/?utm_source=rss",
        ),
        note="the feed's name is a bare domain",
    ),
    case(
        "out_of_table",
        "en",
        RD2,
        RENT,
        "Haverleigh Herald & Post",
        ["Haverleigh Herald & Post", "Haverleigh Herald and Post", "Haverleigh Herald"],
        "reader-feed-title",
        feed_item(
            "Haverleigh Herald & Post — News",
            "yesterday",
            "https://www.haverleighherald.co.uk/news/corn-street-rents-4418",
        ),
        visit("https://www.haverleighherald.co.uk/news/corn-street-rents-4418"),
        note="feed title with its section suffix to clean",
    ),
    case(
        "out_of_table",
        "en",
        JN3,
        RIVER,
        "Riverkeepers Quarterly",
        ["Riverkeepers Quarterly"],
        "jnews-source-via-two-fields",
        jnews_field(
            "Source:", "Riverkeepers Quarterly", "https://riverkeepersquarterly.org/wenlow-cleanup"
        ),
        jnews_field(
            "Via:", "NewsBreak", "https://www.newsbreak.com/n/0rk2Wenlow", cls="jeg_post_via"
        ),
        note="Source and Via fields: the source is the answer, Via an aggregator",
    ),
    case(
        "out_of_table",
        "en",
        TD1,
        FIRE,
        "Deccan Chronicle",
        ["Deccan Chronicle", "deccanchronicle.com"],
        "tail-source-colon-plain",
        tail("Source: Deccan Chronicle"),
        note="a real Indian paper the table lacks",
    ),
    case(
        "out_of_table",
        "en",
        JA1,
        FERRY,
        "BusinessWorld",
        ["BusinessWorld", "BusinessWorld Online", "bworldonline.com"],
        "head-reposted-from",
        head("Reposted from BusinessWorld Online.", tag="em"),
    ),
    case(
        "out_of_table",
        "en",
        AG1,
        FIRE,
        "Calder Plain Courier",
        ["Calder Plain Courier"],
        "aggregator-source-row-ld",
        source_row("Calder Plain Courier", "6h"),
        ld=ld_based_on("https://www.calderplaincourier.com/news/drill-sunday"),
    ),
    case(
        "out_of_table",
        "en",
        NL1,
        RENT,
        "Market Street Weekly",
        ["Market Street Weekly"],
        "newsletter-tail-republished-arrangement",
        tail(
            "Republished by arrangement with Market Street Weekly, where it first ran on March 7.",
            tag="em",
        ),
    ),
    case(
        "out_of_table",
        "en",
        BG2,
        RIVER,
        "The Otterbank Gazette",
        ["The Otterbank Gazette", "Otterbank Gazette"],
        "blogger-split-label-next-line",
        split(
            "Originally posted by",
            "The Otterbank Gazette",
            "https://otterbankgazette.co.uk/wenlow-rubbish",
        ),
    ),
    # ======================= English: wire copy =======================
    wire(
        "en",
        BX1,
        RIVER,
        "Associated Press",
        AP,
        "ap-writer-contributed-after-rule",
        tnt("By Harlan Mbeki-Stroud Associated Press"),
        raw("tail", "___", "<p>___</p>", False),
        tail(
            "Associated Press writer Corinna Faulk in Wenlow contributed to this report.", tag="em"
        ),
        note="AP's rule line and 'Associated Press writer … contributed'",
    ),
    wire(
        "en",
        ARC1,
        FIRE,
        "Associated Press",
        AP,
        "ap-dateline-caption",
        dateline("CALDER, Ore. (AP) —"),
        figure("Residents board a school bus during the drill. (AP Photo/Lena Vosk)"),
    ),
    wire(
        "en",
        BS1,
        RENT,
        "Reuters",
        RTR,
        "reuters-reporting-by-names",
        dateline("HAVERLEIGH, March 7 (Reuters) -"),
        tail("Reporting by Imogen Staunton in Haverleigh; Editing by Piers Atwell-Rao"),
        note="Reuters' reporting line with names; the dateline stays",
    ),
    wire(
        "en",
        JN4,
        RIVER,
        "Reuters",
        RTR,
        "jnews-byline-reuters-trailer",
        by("By Reuters Staff", cls="jeg_meta_author"),
        tail("Our Standards: The Thomson Reuters Trust Principles.", tag="em"),
    ),
    wire(
        "en",
        TD2,
        FERRY,
        "AFP",
        AFP,
        "afp-desk-slug",
        dateline("Skarrow (AFP) -"),
        signoff("dk/jm/rlp"),
        note="AFP's desk slug of initials after the last sentence",
    ),
    wire(
        "en",
        LP2,
        FIRE,
        "AFP",
        AFP,
        "byline-afp-only",
        by("AFP", cls="article-byline"),
        note="the byline is the agency's name only (footer also names partners)",
    ),
    wire(
        "en",
        ARC1,
        RENT,
        "United Press International",
        ["United Press International", "UPI"],
        "upi-dateline",
        dateline("March 7 (UPI) --"),
        by("By Delia Fontaine-Orr, UPI", cls="byline"),
    ),
    wire(
        "en",
        JN4,
        FERRY,
        "Qatar News Agency",
        ["Qatar News Agency", "QNA"],
        "qna-dateline",
        dateline("Doha, March 06 (QNA) -"),
    ),
    wire(
        "en",
        JA2,
        RENT,
        "Saudi Press Agency",
        ["Saudi Press Agency", "SPA"],
        "spa-dateline-comma",
        dateline("Riyadh, March 7, 2026, SPA --"),
    ),
    wire(
        "en",
        JA2,
        FIRE,
        "Petra",
        ["Petra", "Jordan News Agency"],
        "petra-dateline",
        dateline("Amman, March 8 (Petra) --"),
    ),
    wire(
        "en",
        TD2,
        RIVER,
        "Inter Press Service",
        ["Inter Press Service", "IPS", "IPS News"],
        "ips-dateline-trailer",
        dateline("WENLOW, Mar 9 2026 (IPS) -"),
        tail("© Inter Press Service (2026) — All Rights Reserved"),
    ),
    wire(
        "en",
        WP2,
        FERRY,
        "Vietnam News Agency",
        ["Vietnam News Agency", "VNA", "TTXVN"],
        "vna-dateline-signoff",
        dateline("Hanoi (VNA) -"),
        signoff("VNA"),
    ),
    wire(
        "en",
        DR1,
        RIVER,
        "MTI",
        ["MTI", "Magyar Távirati Iroda", "Hungarian News Agency"],
        "mti-dateline",
        dateline("Budapest, March 9 (MTI) –"),
    ),
    wire(
        "en",
        DR1,
        FERRY,
        "ČTK",
        ["ČTK", "CTK", "Czech News Agency"],
        "ctk-dateline-ascii",
        dateline("Prague, March 6 (CTK) -"),
        note="ČTK written without its diacritic, as its English service does",
    ),
    wire(
        "en",
        DR1,
        RENT,
        "Keystone-SDA",
        ["Keystone-SDA", "SDA", "Keystone SDA"],
        "keystone-sda-signoff",
        signoff("(Keystone-SDA)"),
    ),
    wire(
        "en",
        RG2,
        FIRE,
        "Ukrinform",
        ["Ukrinform"],
        "ukrinform-reuse-trailer",
        tail(
            "When citing and using any materials on the Internet, links to the ukrinform.net website not lower than the first paragraph are mandatory.",
            tag="em",
        ),
        note="Ukrinform's reuse condition, pasted with the story",
    ),
    wire(
        "en",
        BS1,
        FERRY,
        "PA Media",
        ["PA Media", "PA", "Press Association"],
        "pa-byline-reporter",
        by("By Callum Ruddock-Oates, PA", cls="Page-authors"),
    ),
    wire(
        "en",
        WP2,
        RIVER,
        "Agerpres",
        ["Agerpres"],
        "agerpres-editor-slug",
        tail("AGERPRES/(AS - author: Sorin Vlădulescu, editor: Mirela Anghel)"),
        note="Agerpres's English sign-off with author and editor in one slug",
    ),
    wire(
        "en",
        RG2,
        RENT,
        "Associated Press of Pakistan",
        ["Associated Press of Pakistan", "APP"],
        "app-signoff-dash",
        signoff("—APP/hs/ab"),
    ),
    wire(
        "en",
        LP2,
        RIVER,
        "Australian Associated Press",
        ["Australian Associated Press", "AAP"],
        "aap-trailer",
        tail("© AAP 2026", tag="small"),
    ),
    # ======================= English: wires' and outlets' own pages =======================
    own(
        "en",
        OWN_VOA,
        FERRY,
        "own-voa-byline",
        bysite("VOA News"),
        note="VOA's own page with its own byline",
    ),
    own(
        "en",
        OWN_IPS,
        RIVER,
        "own-ips-republish-box",
        chrome_after(
            '<div class="ips-republish"><p>Republish this article: copy the text and credit IPS News.</p></div>',
            "Republish this article: copy the text and credit IPS News.",
        ),
        note="IPS's own page with its republishing box",
    ),
    own("en", OWN_STAR, RENT, "own-daily-star-staff", bysite("Star Online Report")),
    # ======================= English: null, mentions and page chrome =======================
    nul(
        "negative_mention",
        "en",
        LP1,
        RENT,
        "partner-footer-told-sky",
        keep=("Feltwell told Sky News on Saturday evening that the city would not back down.",),
        note="a quote to Sky News in a staff story, on a site whose footer names Sky News as partner",
    ),
    nul(
        "negative_mention",
        "en",
        JN3,
        FERRY,
        "reuters-institute-report",
        keep=(
            "A Reuters Institute survey last year found that most islanders get their travel news from social media.",
        ),
        note="the Reuters Institute is not Reuters",
    ),
    nul(
        "negative_mention",
        "en",
        GH1,
        FIRE,
        "ap-stylebook",
        coda("This article follows the AP Stylebook's guidance on evacuation terms."),
        note="the AP Stylebook named in an editor's note",
    ),
    nul(
        "negative_mention",
        "en",
        TD1,
        RENT,
        "instagram-embed-bbc",
        instagram(
            "BBC News (@bbcnews)", "Stallholders march through Haverleigh against a rent rise."
        ),
        note="an embedded Instagram post by an outlet's account",
    ),
    nul(
        "negative_mention",
        "en",
        ARC1,
        RIVER,
        "bloomberg-philanthropies",
        keep=("The clean-up was paid for in part by a grant from Bloomberg Philanthropies.",),
    ),
    nul(
        "negative_mention",
        "en",
        BG1,
        FIRE,
        "blogger-hat-tip-to-reader",
        tail(
            "Thanks to reader Maud for the photos. I first heard about the drill on the CNN app, of all places."
        ),
        note="a blogger's own aside naming an app",
    ),
    nul(
        "negative_mention",
        "en",
        JN1,
        RIVER,
        "more-from-the-guardian",
        more_from(
            "The Guardian",
            "River otters return to city centres",
            "The cost of cleaning Europe's rivers",
        ),
    ),
    nul(
        "negative_mention",
        "en",
        LP2,
        RENT,
        "comments-name-outlets",
        comments(
            ("Fenwick", "Reuters had this yesterday, with better photos."),
            ("G. Adeyemi", "Rents are too high everywhere."),
        ),
    ),
    nul(
        "negative_mention",
        "en",
        RG1,
        FERRY,
        "follow-google-news-podcast",
        follow_news("Follow Lahore City Pulse on Google News"),
        podcast("NPR's Up First"),
        note="a follow button and a podcast embed naming NPR",
    ),
    nul(
        "negative_mention",
        "en",
        BX2,
        FERRY,
        "staff-and-wire-reports",
        bysite("From staff and wire reports"),
        note="disputable as in the earlier sets: 'staff and wire reports' names nobody",
    ),
    nul(
        "negative_mention",
        "en",
        WP1,
        FIRE,
        "audio-player-key-points",
        audio_player("Voiced by Amazon Polly"),
        key_points("Three hill towns evacuated in a drill.", "One road was too narrow for buses."),
        note="text-to-speech player and a summary box",
    ),
    nul(
        "negative_mention",
        "en",
        JA1,
        RENT,
        "as-first-reported-by-own",
        keep=(
            "As the Manila Bay Tribune first reported in January, the rise was planned a year ago.",
        ),
        note="the site names itself",
    ),
    nul(
        "negative_mention",
        "en",
        BS1,
        RIVER,
        "related-boxes-name-wires",
        related(
            "Reuters: Europe's rivers cleaner than in 1990", "AFP: Otters back in Paris canals"
        ),
        newsletter_box(
            "Get the Calder Tribune morning email, with the day's top stories from our newsroom and the AP."
        ),
    ),
    nul(
        "negative_mention",
        "en",
        NL1,
        FERRY,
        "newsletter-links-roundup",
        tail(
            "Elsewhere this week: the Financial Times looks at ferry subsidies, and Wired tests an electric ferry."
        ),
        note="a newsletter's round-up line after its own story",
    ),
    nul(
        "negative_mention",
        "en",
        DR1,
        FIRE,
        "tweet-from-abc",
        tweet(
            "Three hill towns rehearse a wildfire evacuation this morning.",
            "ABC News",
            "ABC",
            "March 8, 2026",
        ),
    ),
    nul(
        "negative_mention",
        "en",
        RD1,
        RIVER,
        "reader-own-blog-feed",
        feed_item("Newsfold Blog", "2d ago", "https://newsfold.app/blog/river-cleanup"),
        note="an RSS reader's entry from its own blog's feed",
    ),
    nul(
        "negative_caption",
        "en",
        JN4,
        RENT,
        "poll-table-reuters-ipsos",
        data_table(
            "Should the city keep market rents low?", "Source: Reuters/Ipsos poll of 1,004 adults"
        ),
        note="a poll's source line names Reuters",
    ),
    nul(
        "negative_caption",
        "en",
        TD2,
        FIRE,
        "photo-reuters-file",
        figure("A fire engine on the Calder road in 2022. REUTERS/Arlo Fenn/File Photo"),
    ),
    nul(
        "negative_caption",
        "en",
        JN2,
        FERRY,
        "screenshot-al-jazeera",
        figure("Image: Screenshot from an Al Jazeera broadcast"),
    ),
    nul(
        "negative_caption",
        "en",
        BX1,
        RENT,
        "getty-afp-caption",
        figure(
            "Stallholders at the Corn Street market. (Photo by Nadia Krum/AFP via Getty Images)"
        ),
    ),
    nul(
        "negative_caption",
        "en",
        LP1,
        FIRE,
        "video-dw-youtube",
        raw(
            "mid",
            "Video: DW News",
            '<figure class="video"><iframe src="https://www.youtube-nocookie.com/embed/dw9Calder01"></iframe><figcaption>Video: DW News</figcaption></figure>',
            False,
        ),
    ),
    nul(
        "negative_caption",
        "en",
        GH1,
        RENT,
        "last-line-photo-ap",
        caption_last("Top photo: AP Photo/Jonah Rell"),
    ),
    nul("no_credit", "en", BG1, RENT, "blogger-plain"),
    nul(
        "no_credit",
        "en",
        AG1,
        RIVER,
        "aggregator-own-digest",
        source_row("BriefStack Digest", "1h"),
    ),
    nul("no_credit", "en", JN2, RENT, "jnews-plain"),
    nul("no_credit", "en", RG2, RIVER, "news-desk", bysite("News Desk")),
    # ======================= Italian =======================
    case(
        "in_table",
        "it",
        IT1,
        IT,
        "Corriere della Sera",
        ["Corriere della Sera", "Corriere", "corriere.it"],
        "jnews-fonte-field",
        jnews_field(
            "Fonte:",
            "Corriere della Sera",
            "https://www.corriere.it/cronache/26_marzo_07/funivia-ciresa.shtml",
        ),
    ),
    case(
        "out_of_table",
        "it",
        IT2,
        IT,
        "L'Eco di Valdossa",
        ["L'Eco di Valdossa", "Eco di Valdossa"],
        "tail-articolo-pubblicato-su",
        tail("Articolo pubblicato originariamente su L'Eco di Valdossa.", tag="em"),
    ),
    wire(
        "it",
        IT2,
        IT,
        "ANSA",
        ["ANSA", "Agenzia ANSA"],
        "ansa-dateline-copyright",
        dateline("(ANSA) - VALDOSSA, 07 MAR -"),
        tail("RIPRODUZIONE RISERVATA © Copyright ANSA"),
        note="ANSA's dateline and its copyright line pasted with the story",
    ),
    own("it", OWN_REP, IT, "own-repubblica-riproduzione", caption_last("© Riproduzione riservata")),
    nul(
        "negative_caption",
        "it",
        IT1,
        IT,
        "riproduzione-riservata-ansa-photo",
        figure("La nuova cabina in vetta. (foto ANSA)"),
        caption_last("© RIPRODUZIONE RISERVATA"),
        note="an agency photo credit and the site's own reserved-rights line",
    ),
    # ======================= Turkish =======================
    case(
        "in_table",
        "tr",
        TR1,
        TR,
        "Deutsche Welle",
        ["Deutsche Welle", "DW", "DW Türkçe", "dw.com"],
        "tail-kaynak-dw",
        tail("Kaynak: DW Türkçe", tag="strong"),
    ),
    case(
        "out_of_table",
        "tr",
        TR2,
        TR,
        "Karaçam Postası",
        ["Karaçam Postası", "karacampostasi.com"],
        "head-haberin-devami",
        tail("Bu haber karacampostasi.com sitesinden alınmıştır.", tag="em"),
        note="'this news was taken from <domain>'",
    ),
    wire(
        "tr",
        TR2,
        TR,
        "Anadolu Agency",
        ["Anadolu Agency", "Anadolu", "AA", "Anadolu Ajansı"],
        "aa-dateline",
        dateline("KARAÇAM (AA) -"),
    ),
    own(
        "tr",
        OWN_TRT,
        TR,
        "own-trt-haber-merkezi",
        bysite("TRT Haber"),
        figure("Kütüphanenin çalışma salonu. (Fotoğraf: AA)"),
        note="a broadcaster's own page with an agency photo credit",
    ),
    nul(
        "negative_caption",
        "tr",
        TR1,
        TR,
        "haber-merkezi-foto-iha",
        bysite("Haber Merkezi"),
        figure("Kütüphanenin okuma salonu. (Fotoğraf: İHA)"),
    ),
    # ======================= Indonesian =======================
    case(
        "in_table",
        "id",
        ID1,
        ID,
        "The Jakarta Post",
        ["The Jakarta Post", "Jakarta Post"],
        "jnews-sumber",
        jnews_field(
            "Sumber:",
            "The Jakarta Post",
            "https://www.thejakartapost.com/indonesia/2026/03/10/tidal-flood.html",
        ),
    ),
    case(
        "out_of_table",
        "id",
        ID2,
        ID,
        "Suara Sagara",
        ["Suara Sagara", "suarasagara.com"],
        "blogger-dikutip-dari",
        tail("Dikutip dari suarasagara.com", tag="i"),
        note="'quoted from <domain>'",
    ),
    wire(
        "id",
        ID1,
        ID,
        "Antara",
        ["Antara", "ANTARA", "Antara News"],
        "antara-dateline-pewarta-trailer",
        dateline("Tanjung Sagara (ANTARA) -"),
        *lines("Pewarta: Dimas Prasetyo", "Editor: Ratna Kusumawati", credit=False),
        *lines("Copyright © ANTARA 2026"),
        note="Antara's reporter/editor lines and copyright under a copy",
    ),
    own(
        "id",
        OWN_TEMPO,
        ID,
        "own-tempo-lead-editor-lines",
        dateline("TEMPO.CO, Tanjung Sagara -"),
        *lines("Reporter: Dimas Prasetyo", "Editor: Ratna Kusumawati", credit=False),
        note="Tempo's own page with its name opening the dateline",
    ),
    nul(
        "negative_mention",
        "id",
        ID2,
        ID,
        "tiktok-live-mention",
        keep=("Warga juga sempat mengabarkan kejadian ini lewat siaran langsung di TikTok.",),
        note="a platform named in a staff story",
    ),
    # ======================= Polish =======================
    case(
        "in_table",
        "pl",
        PL2,
        PL,
        "Deutsche Welle",
        ["Deutsche Welle", "DW", "dw.com"],
        "tail-zrodlo-dw",
        tail("Źródło: Deutsche Welle"),
    ),
    case(
        "out_of_table",
        "pl",
        PL1,
        PL,
        "Kurier Zawierski",
        ["Kurier Zawierski", "kurierzawierski.pl"],
        "tail-tekst-ukazal-sie",
        tail("Tekst ukazał się pierwotnie w „Kurierze Zawierskim”.", tag="em"),
        note="the outlet's name inflected (locative) inside Polish quotes",
    ),
    wire(
        "pl",
        PL2,
        PL,
        "Polish Press Agency",
        ["Polish Press Agency", "PAP", "Polska Agencja Prasowa"],
        "pap-signoff-initials",
        signoff("(PAP)"),
        tail("ksi/ mok/"),
        note="PAP's tag and desk initials",
    ),
    own(
        "pl",
        OWN_TVN,
        PL,
        "own-tvn24-zrodlo-own",
        tail("Źródło: tvn24.pl"),
        note="the site's own name as the source line on its own page",
    ),
    nul(
        "negative_caption",
        "pl",
        PL1,
        PL,
        "fot-pap",
        figure("Przystanek na ulicy Lipowej. Fot. PAP/Tomasz Wierzbicki"),
    ),
    # ======================= Korean =======================
    case(
        "in_table",
        "ko",
        KO2,
        KO,
        "Yonhap",
        ["Yonhap", "연합뉴스", "Yonhap News Agency"],
        "tistory-copyright-yonhap",
        kr_copyright("<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>"),
        note="a blog pastes Yonhap's copyright trailer with the story",
    ),
    case(
        "out_of_table",
        "ko",
        KO2,
        KO,
        "한별신문",
        ["한별신문", "hanbyeolsinmun.com"],
        "tistory-chulcheo",
        tail("출처 : 한별신문(http://www.hanbyeolsinmun.com)"),
        note="'출처' with the site's address in brackets",
    ),
    wire(
        "ko",
        KO1,
        KO,
        "Newsis",
        ["Newsis", "뉴시스"],
        "newsis-bracket-byline",
        dateline("[한별=뉴시스] 조은비 기자 ="),
        kr_copyright("<저작권자ⓒ 공감언론 뉴시스통신사. 무단전재-재배포, AI학습 및 활용 금지>"),
        note="Newsis' bracket byline at the head and its trailer",
    ),
    own(
        "ko",
        OWN_NEWS1,
        KO,
        "own-news1-bracket",
        dateline("(한별=뉴스1) 조은비 기자 ="),
        note="News1's own page with its bracket byline",
    ),
    nul(
        "negative_caption",
        "ko",
        KO1,
        KO,
        "own-copyright-photo-news1",
        figure("심야버스 정류장. (사진=뉴스1)"),
        kr_copyright("<저작권자 © 한별일보 무단전재 및 재배포 금지>"),
        note="the site's own copyright trailer and an agency photo credit",
    ),
    # ======================= Persian =======================
    case(
        "in_table",
        "fa",
        FA1,
        FA,
        "BBC",
        ["BBC", "BBC Persian", "بی‌بی‌سی فارسی"],
        "tail-manba-bbc-persian",
        tail("منبع: بی‌بی‌سی فارسی"),
    ),
    case(
        "out_of_table",
        "fa",
        FA2,
        FA,
        "ایسنا",
        ["ایسنا", "ISNA", "Iranian Students' News Agency"],
        "head-be-gozaresh-isna",
        tail("منبع: ایسنا"),
        note="ISNA, an agency the table lacks",
    ),
    wire(
        "fa",
        FA1,
        FA,
        "IRNA",
        ["IRNA", "ایرنا"],
        "irna-tail-manba",
        dateline("به گزارش ایرنا،"),
        tail("منبع: ایرنا"),
        note="'according to IRNA's report' opening the text (kept, like a dateline), and a source line",
    ),
    own("fa", OWN_IRNA, FA, "own-irna-be-gozaresh", dateline("به گزارش خبرنگار ایرنا،")),
    nul(
        "negative_mention",
        "fa",
        FA2,
        FA,
        "be-gozaresh-khabarnegar-own",
        dateline("به گزارش خبرنگار خبر کوهرنگ،"),
        note="'according to our reporter' naming the site itself",
    ),
    # ======================= Bengali =======================
    case(
        "in_table",
        "bn",
        BN1,
        BN,
        "Prothom Alo",
        ["Prothom Alo", "প্রথম আলো", "prothomalo.com"],
        "jnews-sutro",
        jnews_field(
            "সূত্র:", "প্রথম আলো", "https://www.prothomalo.com/bangladesh/district/charpara-setu"
        ),
    ),
    case(
        "out_of_table",
        "bn",
        BN2,
        BN,
        "দৈনিক চরবার্তা",
        ["দৈনিক চরবার্তা", "চরবার্তা"],
        "tail-sutro",
        tail("সূত্র: দৈনিক চরবার্তা"),
    ),
    wire(
        "bn",
        BN2,
        BN,
        "Bangladesh Sangbad Sangstha",
        ["Bangladesh Sangbad Sangstha", "BSS", "বাসস"],
        "bss-dateline",
        dateline("গোপালগঞ্জ, ১২ মার্চ, ২০২৬ (বাসস) :"),
    ),
    own("bn", OWN_PALO, BN, "own-prothom-alo-correspondent", bysite("প্রতিনিধি, গোপালগঞ্জ")),
    nul(
        "negative_caption", "bn", BN1, BN, "chobi-afp", figure("ভেসে যাওয়া সাঁকোর জায়গায় নৌকা। ছবি: এএফপি")
    ),
    # ======================= Greek =======================
    case(
        "in_table",
        "el",
        EL2,
        EL,
        "Euronews",
        ["Euronews", "euronews.com"],
        "jnews-pigi-euronews",
        jnews_field("Πηγή:", "Euronews", "https://gr.euronews.com/2026/03/09/kalamnos-limani"),
    ),
    case(
        "out_of_table",
        "el",
        EL1,
        EL,
        "Η Καθημερινή",
        ["Η Καθημερινή", "Καθημερινή", "Kathimerini", "kathimerini.gr"],
        "tail-pigi-kathimerini",
        tail("Πηγή: kathimerini.gr"),
        note="a real Greek paper the table lacks, as its domain",
    ),
    case(
        "out_of_table",
        "el",
        EL1,
        EL,
        "ΑΠΕ-ΜΠΕ",
        ["ΑΠΕ-ΜΠΕ", "ΑΠΕ", "ANA-MPA", "Athens-Macedonian News Agency"],
        "ape-mpe-signoff",
        signoff("(ΑΠΕ-ΜΠΕ)"),
        note="the Greek national agency, outside the table: filed out_of_table as the sixth set files it",
    ),
    own(
        "el",
        OWN_ERT,
        EL,
        "own-ert-reporter",
        bysite("Ντόρα Παπαδάκη"),
        note="the public broadcaster's own page",
    ),
    nul(
        "negative_caption",
        "el",
        EL2,
        EL,
        "fotografia-afp",
        figure("Το λιμάνι της Καλαμνού. (Φωτογραφία: AFP)"),
        note="an agency photo credit",
    ),
    # ======================= added cases (same mix) =======================
    case(
        "in_table",
        "en",
        JN5,
        RENT,
        "Financial Times",
        ["Financial Times", "FT", "ft.com"],
        "tail-ft-copyright-trailer",
        tail("© The Financial Times Limited 2026. All rights reserved.", tag="small"),
        note="the FT's own trailer pasted under a syndicated story",
    ),
    case(
        "out_of_table",
        "en",
        JN5,
        FIRE,
        "Prairie Falls Courier",
        ["Prairie Falls Courier"],
        "head-editors-note-shared-by-partners",
        head(
            "Editor's note: This story was shared with us by our partners at the Prairie Falls Courier.",
            tag="em",
        ),
    ),
    wire(
        "en",
        RG3,
        FERRY,
        "NTB",
        ["NTB", "Norsk Telegrambyrå"],
        "ntb-copyright-signoff",
        signoff("(©NTB)"),
        note="NTB's sign-off in its copyright form",
    ),
    own(
        "en",
        OWN_GV,
        RIVER,
        "own-global-voices-cc",
        tail(
            "This article is published under a Creative Commons licence (CC BY 3.0); please credit Global Voices when you republish it."
        ),
        note="Global Voices' own page with its republishing licence",
    ),
    nul(
        "no_credit",
        "en",
        RG3,
        RENT,
        "ai-disclosure-note",
        tail(
            "This summary was drafted with the help of an AI tool and checked by an editor.",
            tag="em",
        ),
        note="an AI-use disclosure names no one",
    ),
    case(
        "in_table",
        "tr",
        TR1,
        TR,
        "Euronews",
        ["Euronews", "Euronews Türkçe", "euronews.com"],
        "tail-haberin-kaynagi",
        tail("Haberin kaynağı: Euronews Türkçe"),
    ),
    case(
        "out_of_table",
        "it",
        IT1,
        IT,
        "Valdossa Notizie",
        ["Valdossa Notizie", "valdossanotizie.it"],
        "jnews-via-field-domain",
        jnews_field(
            "Via",
            "valdossanotizie.it",
            "https://www.valdossanotizie.it/2026/03/07/funivia-riapre/",
            cls="jeg_post_via",
        ),
    ),
    wire(
        "el",
        EL2,
        EL,
        "AFP",
        AFP,
        "me-plirofories-apo-afp",
        tail("Με πληροφορίες από AFP"),
        note="'with information from AFP' under a rewritten agency story",
    ),
    nul(
        "negative_mention",
        "ko",
        KO1,
        KO,
        "yonhap-tonghwa-mention",
        keep=(
            '남궁 국장은 연합뉴스와의 통화에서 "첫 달 이용객을 보고 배차 간격을 조정하겠다"고 말했다.',
        ),
        note="'said in a phone call with Yonhap': a mention in a staff story",
    ),
    nul(
        "negative_mention",
        "pl",
        PL2,
        PL,
        "jak-podal-tvn24",
        keep=("Jak podał wcześniej portal TVN24, miasto rozważało też budowę linii autobusowej.",),
        note="'as TVN24 reported earlier' in a staff story",
    ),
]
