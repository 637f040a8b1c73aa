# ruff: noqa: E501, RUF001
"""Sites and cases of the tenth blind set (cases_2026-12-12.jsonl).

Written from the conventions of the open web without reading the attribution code. A third
independent representative sample, in the eighth and ninth sets' proportions: about 35%
credited copies (half to outlets in the table, half outside it), about 22% wire copy, about 10%
wires' and outlets' own pages and about 33% other null pages. Most credits use the common
wordings; at least a third use conventions no earlier set used: RSS-footer plugins' variants
("The post … first appeared on …", "… was first posted on … Use of this feed is for personal
non-commercial use only"), Google's AMP viewer, Telegram channel mirrors ("Forwarded from"),
Medium's import footer, LinkedIn articles, an e-paper kiosk's masthead, wires' "Enditem" and
agencies of Africa and Asia the earlier sets did not use. Languages beyond English: tl, ha,
am, ca, nb, bg, sk, he. Append only: ids follow list order within (category, language).
"""

from __future__ import annotations

from html import escape

from cases6 import by, bysite, caption_last, chrome_after, nul, own, wire
from cases8 import AFP, AP, AP_TRAILER, RTR, comments, jby, more_from, provider, related, source_row
from chrome8 import site_registry
from model3 import Case3, Part, Site3, case, dateline, figure, head, raw, tail
from model4 import canonical, rich, signoff
from model5 import coda, in_last_p, lead, tweet

SITES10: dict[str, Site3] = {}


_s = site_registry(SITES10)


# ---------------------------------------------------------------- conventions new to this set
def first_appeared(title: str, outlet: str, href: str) -> Part:
    """A Yoast-style RSS footer edited by the source site ("first appeared on"), left under a
    post that a feed-to-post plugin imported."""
    home = href.split("/20")[0] + "/"
    html = f'<p class="rss-footer">The post <a href="{escape(href)}">{escape(title, quote=False)}</a> first appeared on <a href="{escape(home)}">{escape(outlet, quote=False)}</a>.</p>'
    return raw("tail", f"The post {title} first appeared on {outlet}.", html)


def feed_fingerprint(title: str, when: str, outlet: str) -> list[Part]:
    """The two lines an RSS-footer plugin adds to every feed item of the source site; a
    scraper that reposts the feed keeps them."""
    first = f"{title} was first posted on {when}."
    second = f"©2026 “{outlet}”. Use of this feed is for personal non-commercial use only. If you are not reading this article in your feed reader, then the site is guilty of copyright infringement."
    return [
        raw(
            "tail", first, f'<p class="feed-footer"><small>{escape(first, quote=False)}</small></p>'
        ),
        raw(
            "tail",
            second,
            f'<p class="feed-footer"><small>{escape(second, quote=False)}</small></p>',
        ),
    ]


def forwarded(channel: str, handle: str) -> Part:
    """Telegram's "Forwarded from" header over a post copied from another channel."""
    html = f'<div class="tgme_widget_message_forwarded_from">Forwarded from <a class="tgme_widget_message_forwarded_from_name" href="https://t.me/{handle}">{escape(channel, quote=False)}</a></div>'
    return raw("byline", f"Forwarded from {channel}", html)


def tg_signature(text: str) -> Part:
    """A channel's own signature line under its post ("Subscribe: @…"): never a credit."""
    return raw("tail", text, f"<p><i>{escape(text, quote=False)}</i></p>", False)


def medium_import(domain: str, href: str, date: str) -> Part:
    """Medium's import tool's footer on a story imported from the writer's own site."""
    html = f'<p class="graf graf--p graf--last"><em>Originally published at </em><a href="{escape(href)}"><em>{escape(domain, quote=False)}</em></a><em> on {date}.</em></p>'
    return raw("tail", f"Originally published at {domain} on {date}.", html)


def masthead(paper: str, date: str, page: str) -> Part:
    """The e-paper kiosk's masthead strip: the paper, the issue's date and the page."""
    html = f'<div class="art-source"><a class="art-source-title" href="/catalog/{sum(map(ord, paper)) % 9973}">{escape(paper, quote=False)}</a> · <span class="art-date">{date}</span> · <span class="art-page">{page}</span></div>'
    return raw("byline", f"{paper} · {date} · {page}", html)


def li_newsletter_box(name: str, subs: str) -> Part:
    """A LinkedIn newsletter's subscribe box (the member's own newsletter): chrome."""
    return chrome_after(
        f'<div class="newsletter-promo"><h3>{escape(name, quote=False)}</h3><p>{subs} subscribers</p><button>Subscribe</button></div>',
        f"{name}{subs} subscribers",
    )


def feedzy_more(text: str, href: str) -> Part:
    """A feed-to-post plugin's "read more" link to the item's own page, the outlet in the text."""
    html = f'<p class="feedzy-rss-link"><a href="{escape(href)}" rel="nofollow noopener" target="_blank">{escape(text, quote=False)}</a></p>'
    return raw("tail", text, html)


def ld_author_org(name: str) -> dict[str, object]:
    return {"author": {"@type": "Organization", "name": name}}


# ---------------------------------------------------------------- sites
# English: blogs and feed-to-post sites, portals, mirrors, readers' platforms
WPA = _s("orrisford-today.com", "Orrisford Today", "wp")
TD1 = _s("tamsworthtalk.com", "Tamsworth Talk", "tagdiv")
JN1 = _s(
    "accraweekender.com.gh",
    "Accra Weekender",
    "jnews",
    partners="Content partners: BBC News · AFP · The Conversation Africa",
)
JA1 = _s("kumasi-chronicle-online.com", "Kumasi Chronicle Online", "jannah")
BG1 = _s("brackenholtmum.blogspot.com", "Brackenholt Mum", "blogger", "brackenholtmum.blogspot.com")
GH1 = _s("vellmoorgreen.org", "Vellmoor Green", "ghost")
MD = _s("medium.com", "Medium", "medium", "medium.com")
LI = _s("linkedin.com", "LinkedIn", "linkedin")
TG1 = _s("orrisfordlive.net", "Orrisford Live", "tgmirror")
TG2 = _s("accrabreaking-tg.com", "Accra Breaking", "tgmirror")
GA1 = _s(
    "www.google.com|www.tamsworthherald.co.uk",
    "Tamsworth Herald",
    "gamp",
    "www.tamsworthherald.co.uk",
)
GA2 = _s("www.google.com|amp.theguardian.com", "The Guardian", "gamp", "amp.theguardian.com")
PR = _s("pressreader.com", "PressReader", "epaper")
AG1 = _s("newsdrift.app", "NewsDrift", "aggregator", "newsdrift.app")
PP1 = _s("dailyhub-portal.com", "DailyHub", "partner")
RG1 = _s("peshawarmorningpost.pk", "Peshawar Morning Post", "regional")
LP1 = _s(
    "carrickvale-now.com",
    "Carrick Vale Now",
    "localportal",
    partners="Our news partners: Reuters · The Associated Press · PA Media",
)
DR1 = _s("nairobicivic.co.ke", "Nairobi Civic", "drupal")
JM1 = _s("zambezidaily.co.zm", "Zambezi Daily", "joomla")
# English news sites running wire copy
BX1 = _s("pellowcrossgazette.com", "Pellow Cross Gazette", "blox")
BX2 = _s("brackenholtrecord.com", "Brackenholt Record", "blox")
ARC1 = _s("wkvm8.com", "WKVM 8", "arc")
BS1 = _s("vellmoorstar.com", "Vellmoor Star", "brightspot")
JN2 = _s("manilaharborpost.ph", "Manila Harbor Post", "jnews")
TD2 = _s("ghanabusinessbeat.com", "Ghana Business Beat", "tagdiv")
RG2 = _s("chennaimetroline.in", "Chennai Metroline", "regional")
JA2 = _s("casablanca-eco.ma", "Casablanca Eco", "jannah")
WP2 = _s("taipeiexpatdaily.com", "Taipei Expat Daily", "wp")
# wires' and outlets' own pages (English)
OWN_FT = _s("focustaiwan.tw", "Focus Taiwan", "wp")
OWN_GNA = _s("gna.org.gh", "Ghana News Agency", "drupal")
OWN_APA = _s("apanews.net", "APAnews", "wp")
OWN_PRINT = _s("theprint.in", "ThePrint", "tagdiv")
OWN_RNZ = _s("rnz.co.nz", "RNZ", "arc")
OWN_MAP = _s("mapnews.ma", "MAP", "drupal")
# other languages
TL1 = _s("balitang-bayan24.ph", "Balitang Bayan 24", "jnews")
TL2 = _s(
    "pahayagang-lalawigan.blogspot.com",
    "Pahayagang Lalawigan",
    "blogger",
    "pahayagang-lalawigan.blogspot.com",
)
OWN_GMA = _s("gmanetwork.com", "GMA News Online", "arc")
HA1 = _s("labaranarewa.com.ng", "Labaran Arewa", "jannah")
HA2 = _s("muryarkano24.com", "Muryar Kano 24", "wp")
OWN_RFI = _s("rfi.fr", "RFI Hausa", "drupal")
AM1 = _s("addis-zena.com", "አዲስ ዜና", "wp")
AM2 = _s("debrewoin-news.blogspot.com", "ደብረ ወይን ዜና", "blogger", "debrewoin-news.blogspot.com")
OWN_ENA = _s("ena.et", "ኢዜአ", "drupal")
CA1 = _s("vilarojadigital.cat", "Vilaroja Digital", "joomla")
CA2 = _s("elcostaner.cat", "El Costaner", "jnews")
OWN_VW = _s("vilaweb.cat", "VilaWeb", "wp")
NB1 = _s("sorfjordposten.no", "Sørfjordposten", "localportal")
NB2 = _s("holmvik-avis.no", "Holmvik Avis", "wp")
OWN_NRK = _s("nrk.no", "NRK", "arc")
BGS1 = _s("strelcha-novini.bg", "Стрелча Новини", "jannah")
BGS2 = _s("sredna-gora-info.bg", "Средна гора инфо", "wp")
OWN_BTA = _s("bta.bg", "БТА", "drupal")
SK1 = _s("podlesne-noviny.sk", "Podlesné noviny", "tagdiv")
SK2 = _s("horehron-dnes.sk", "Horehron dnes", "wp")
OWN_TASR = _s("tasr.sk", "TASR", "drupal")
HE1 = _s("hadar-ganim-news.co.il", "חדשות הדר גנים", "wp")
HE2 = _s("emek-hadar.co.il", "עמק הדר היום", "jnews")
OWN_MAARIV = _s("maariv.co.il", "מעריב", "arc")

BRIDGE, LIB, HEAT, BUS = "swing_bridge", "library_fines", "heat_pumps", "school_buses"
TL, HA, AM, CA, NB, BG, SK, HE = (
    "palengke",
    "madatsar_ruwa",
    "timhirt_beit",
    "cami_ronda",
    "elferje",
    "bolnica",
    "lanovka",
    "rakevet_kala",
)

CASES10: list[Case3] = [
    # ======================= English: credited copies, outlets in the table =======================
    case(
        "in_table",
        "en",
        WPA,
        BRIDGE,
        "BBC",
        ["BBC", "BBC News", "bbc.co.uk", "bbc.com"],
        "tail-source-colon-link",
        rich("tail", "Source: ", ("BBC News", "https://www.bbc.co.uk/news/articles/c0rr1sf0rd9o")),
        note="the most common wording: 'Source:' and the outlet linked",
    ),
    case(
        "in_table",
        "en",
        TD1,
        LIB,
        "Mother Jones",
        ["Mother Jones", "motherjones.com"],
        "rss-footer-first-appeared-on",
        first_appeared(
            "City libraries scrap late fines, and lost books start coming home",
            "Mother Jones",
            "https://www.motherjones.com/politics/2026/03/tamsworth-libraries-late-fines/",
        ),
        note="a feed-to-post copy keeping the source's edited RSS footer ('first appeared on', not 'appeared first on')",
    ),
    case(
        "in_table",
        "en",
        JN1,
        HEAT,
        "The Conversation",
        ["The Conversation", "theconversation.com"],
        "tail-conversation-cc-republished",
        rich(
            "tail",
            "This article is republished from ",
            ("The Conversation", "https://theconversation.com/heat-pump-grants-run-out-23390"),
            " under a Creative Commons license. Read the ",
            ("original article", "https://theconversation.com/heat-pump-grants-run-out-23390"),
            ".",
            tag="em",
        ),
        note="The Conversation's own republishing line, on a site whose footer names The Conversation Africa as partner",
    ),
    case(
        "in_table",
        "en",
        JA1,
        BUS,
        "BBC",
        ["BBC", "BBC News", "BBC News Pidgin", "bbc.com"],
        "jannah-byline-bbc",
        jby("By BBC News"),
        tail("Courtesy: BBC News", tag="strong"),
    ),
    case(
        "in_table",
        "en",
        BG1,
        BUS,
        "The Independent",
        ["The Independent", "Independent", "independent.co.uk"],
        "blogger-head-via-italic",
        head("Via The Independent:", tag="i"),
        note="a blogger's 'Via X:' at the head of a pasted story",
    ),
    case(
        "in_table",
        "en",
        MD,
        HEAT,
        "Scientific American",
        ["Scientific American", "SciAm", "scientificamerican.com"],
        "medium-cross-post-originally-appeared",
        tail(
            "This essay originally appeared in Scientific American and is reposted here by the author.",
            tag="em",
        ),
        note="a writer cross-posts to Medium a piece first published by a magazine",
    ),
    case(
        "in_table",
        "en",
        LI,
        BUS,
        "Fortune",
        ["Fortune", "Fortune Magazine", "fortune.com"],
        "linkedin-first-appeared-in",
        tail("This article first appeared in Fortune.", tag="em"),
        note="a LinkedIn article whose author reposts an op-ed first published by Fortune",
    ),
    case(
        "in_table",
        "en",
        TG2,
        HEAT,
        "Al Jazeera",
        ["Al Jazeera", "Al Jazeera English", "aljazeera.com"],
        "telegram-forwarded-from",
        forwarded("Al Jazeera English", "AJEnglish"),
        note="a Telegram channel mirror: the post was forwarded from the outlet's channel",
    ),
    case(
        "in_table",
        "en",
        GA2,
        LIB,
        "The Guardian",
        ["The Guardian", "Guardian", "theguardian.com"],
        "google-amp-viewer-outlet-amp",
        note="the outlet's own AMP page in Google's AMP viewer (served from google.com): the viewer publishes nothing; no credit line",
    ),
    case(
        "in_table",
        "en",
        PR,
        BRIDGE,
        "Gulf News",
        ["Gulf News", "gulfnews.com"],
        "epaper-masthead",
        masthead("Gulf News", "4 Mar 2026", "Page 14"),
        note="an e-paper kiosk's article view: the paper's masthead strip names it",
    ),
    case(
        "in_table",
        "en",
        PP1,
        LIB,
        "USA Today",
        ["USA Today", "USA TODAY", "usatoday.com"],
        "partner-provided-by",
        provider("USA TODAY", "Harriet Okonjo-Lisle"),
        note="a partner portal's provider strip; the portal is never the answer",
    ),
    case(
        "in_table",
        "en",
        RG1,
        BRIDGE,
        "Dawn",
        ["Dawn", "dawn.com"],
        "regional-in-last-p-courtesy",
        in_last_p("(Courtesy: Dawn)"),
    ),
    case(
        "in_table",
        "en",
        DR1,
        HEAT,
        "Nation Africa",
        ["Nation Africa", "Nation", "Daily Nation", "nation.africa"],
        "drupal-canonical-only",
        canonical("https://nation.africa/kenya/news/heat-pump-grants-run-out-4581902"),
        note="only a canonical link to the outlet's page",
    ),
    case(
        "in_table",
        "en",
        JM1,
        BUS,
        "News24",
        ["News24", "News 24", "news24.com"],
        "joomla-tail-source-domain",
        tail("Source: news24.com", tag="strong"),
        note="a bare domain to clean",
    ),
    case(
        "in_table",
        "en",
        LP1,
        HEAT,
        "The Christian Science Monitor",
        ["The Christian Science Monitor", "Christian Science Monitor", "CSM", "csmonitor.com"],
        "head-this-story-first-appeared",
        head("This story first appeared in The Christian Science Monitor.", tag="em"),
    ),
    # ======================= English: credited copies, outlets outside the table =======================
    case(
        "out_of_table",
        "en",
        WPA,
        LIB,
        "Tamsworth Courier",
        ["Tamsworth Courier", "The Tamsworth Courier", "tamsworthcourier.com"],
        "rss-footer-feed-fingerprint",
        *feed_fingerprint(
            "City libraries scrap late fines, and lost books start coming home",
            "March 4, 2026 at 9:14 am",
            "Tamsworth Courier",
        ),
        note="an RSS-footer plugin's two lines naming the source site, kept by a feed scraper",
    ),
    case(
        "out_of_table",
        "en",
        TD1,
        BUS,
        "Brackenholt Echo",
        ["Brackenholt Echo", "The Brackenholt Echo"],
        "rss-footer-appeared-first-linked",
        raw(
            "tail",
            "The post Free school buses for every pupil cut car trips at the gates, council says appeared first on Brackenholt Echo.",
            '<p>The post <a href="https://brackenholtecho.co.uk/2026/03/free-school-buses/">Free school buses for every pupil cut car trips at the gates, council says</a> appeared first on <a href="https://brackenholtecho.co.uk">Brackenholt Echo</a>.</p>',
        ),
    ),
    case(
        "out_of_table",
        "en",
        MD,
        BRIDGE,
        "Estuary Walks",
        ["Estuary Walks", "estuarywalks.net"],
        "medium-import-originally-published-at",
        medium_import(
            "estuarywalks.net",
            "https://estuarywalks.net/2026/03/orrisford-bridge-closed/",
            "March 4, 2026",
        ),
        note="Medium's import footer names the writer's own site as a domain",
    ),
    case(
        "out_of_table",
        "en",
        LI,
        HEAT,
        "The Retrofit Ledger",
        ["The Retrofit Ledger"],
        "linkedin-originally-published-newsletter",
        tail(
            "Originally published in The Retrofit Ledger, my weekly newsletter on Substack.",
            tag="em",
        ),
        note="a LinkedIn repost of the author's own newsletter edition: the newsletter published it first",
    ),
    case(
        "out_of_table",
        "en",
        TG1,
        BRIDGE,
        "Orrisford Mercury",
        ["Orrisford Mercury", "The Orrisford Mercury"],
        "telegram-forwarded-from-local-paper",
        forwarded("Orrisford Mercury", "orrisfordmercury"),
    ),
    case(
        "out_of_table",
        "en",
        GA1,
        BUS,
        "Tamsworth Herald",
        ["Tamsworth Herald", "The Tamsworth Herald", "tamsworthherald.co.uk"],
        "google-amp-viewer-local-paper",
        note="a local paper's AMP page in Google's AMP viewer; no credit line",
    ),
    case(
        "out_of_table",
        "en",
        PR,
        HEAT,
        "Otago Daily Times",
        ["Otago Daily Times", "ODT", "odt.co.nz"],
        "epaper-masthead",
        masthead("Otago Daily Times", "6 Mar 2026", "Page 7"),
        note="a real paper the table lacks, in the kiosk's masthead",
    ),
    case(
        "out_of_table",
        "en",
        AG1,
        BRIDGE,
        "Pellow Cross Packet",
        ["Pellow Cross Packet"],
        "aggregator-source-row",
        source_row("Pellow Cross Packet", "4h"),
    ),
    case(
        "out_of_table",
        "en",
        JN1,
        LIB,
        "GhanaWeb",
        ["GhanaWeb", "ghanaweb.com"],
        "feedzy-read-full-article-at",
        feedzy_more(
            "Read the full article at GhanaWeb",
            "https://www.ghanaweb.com/GhanaHomePage/NewsArchive/libraries-scrap-fines-1923014",
        ),
        note="a feed-to-post plugin's link line; a real Ghanaian portal the table lacks",
    ),
    case(
        "out_of_table",
        "en",
        BG1,
        LIB,
        "Tamsworth Reads",
        ["Tamsworth Reads", "tamsworthreads.org"],
        "blogger-hat-tip-url",
        rich(
            "tail",
            "H/T ",
            ("tamsworthreads.org", "https://tamsworthreads.org/2026/03/04/no-more-fines/"),
            " for the story.",
        ),
    ),
    # ======================= English: wire copy =======================
    wire(
        "en",
        BX1,
        BRIDGE,
        "Associated Press",
        AP,
        "ap-dateline-and-trailer",
        dateline("ORRISFORD (AP) —"),
        tail(AP_TRAILER, tag="small"),
    ),
    wire(
        "en",
        BX2,
        BUS,
        "Associated Press",
        AP,
        "ap-byline-associated-press",
        by("By CLEMENCY ADEWALE-FORTH Associated Press", cls="tnt-byline-wrap"),
        dateline("BRACKENHOLT (AP) —"),
    ),
    wire(
        "en",
        PP1,
        HEAT,
        "Associated Press",
        AP,
        "partner-story-by-ap",
        provider("The Associated Press", "The Associated Press"),
    ),
    wire(
        "en",
        ARC1,
        LIB,
        "Associated Press",
        AP,
        "arc-byline-ap-updated",
        by("By Associated Press | Updated March 4, 2026, 6:12 p.m.", cls="arc-byline"),
    ),
    wire(
        "en",
        LP1,
        BUS,
        "Associated Press",
        AP,
        "ap-dateline-only",
        dateline("BRACKENHOLT, England (AP) —"),
        note="the dateline is the only credit",
    ),
    wire(
        "en",
        BS1,
        HEAT,
        "Reuters",
        RTR,
        "reuters-dateline-reporting-editing",
        dateline("VELLMOOR, March 6 (Reuters) -"),
        tail("(Reporting by Ines Wakefield-Oduro; Editing by Marcus Tarrant)"),
    ),
    wire(
        "en",
        JN2,
        BRIDGE,
        "Reuters",
        RTR,
        "reuters-byline-pipe",
        by("By Hamid Castellanos-Bray | Reuters", cls="jeg_meta_author"),
    ),
    wire(
        "en",
        AG1,
        HEAT,
        "Reuters",
        RTR,
        "aggregator-reuters-row",
        source_row("Reuters", "2h"),
    ),
    wire(
        "en",
        TD2,
        LIB,
        "Reuters",
        RTR,
        "reuters-trust-principles",
        tail("Our Standards: The Thomson Reuters Trust Principles.", tag="em"),
    ),
    wire(
        "en",
        JA1,
        HEAT,
        "AFP",
        AFP,
        "afp-dateline",
        dateline("Vellmoor (AFP) -"),
    ),
    wire(
        "en",
        RG1,
        LIB,
        "AFP",
        AFP,
        "afp-signoff-dash",
        signoff("— AFP"),
    ),
    wire(
        "en",
        DR1,
        BUS,
        "AFP",
        AFP,
        "afp-copyright-trailer",
        tail("© Agence France-Presse", tag="small"),
    ),
    wire(
        "en",
        RG2,
        BUS,
        "Press Trust of India",
        ["Press Trust of India", "PTI"],
        "pti-dateline-desk-codes",
        dateline("Chennai, Mar 5 (PTI)"),
        tail("PTI SRK VGN KH"),
    ),
    wire(
        "en",
        RG2,
        HEAT,
        "ANI",
        ["ANI", "Asian News International"],
        "ani-dateline-only",
        dateline("Chennai (Tamil Nadu) [India], March 6 (ANI):"),
    ),
    wire(
        "en",
        WP2,
        BRIDGE,
        "Central News Agency",
        ["Central News Agency", "Focus Taiwan", "CNA Taiwan"],
        "focus-taiwan-byline-enditem",
        tail("(By Lin Yu-ting and Chao Wen-hsuan)"),
        tail("Enditem/kb"),
        note="Focus Taiwan's reporters' line and its 'Enditem/<editor>' slug; 'CNA' alone is Singapore's in the table",
    ),
    wire(
        "en",
        WP2,
        HEAT,
        "Xinhua",
        ["Xinhua", "Xinhua News Agency"],
        "xinhua-enditem",
        dateline("TAIPEI, March 6 (Xinhua) --"),
        tail("Enditem"),
        note="Xinhua English ends its copy with 'Enditem'",
    ),
    wire(
        "en",
        JN2,
        LIB,
        "Jiji Press",
        ["Jiji Press", "Jiji"],
        "jiji-tag-after-text",
        signoff("(Jiji Press)"),
    ),
    wire(
        "en",
        TD2,
        BRIDGE,
        "EFE",
        ["EFE", "Agencia EFE", "EFE News"],
        "efe-english-signoff-initials",
        dateline("Orrisford (United Kingdom), Mar 4 (EFE).-"),
        tail("EFE ao-ms/lar"),
    ),
    wire(
        "en",
        LP1,
        LIB,
        "Belga",
        ["Belga", "Belga News Agency"],
        "belga-english-tag",
        signoff("(Belga)"),
    ),
    wire(
        "en",
        JN2,
        BUS,
        "Philippine News Agency",
        ["Philippine News Agency", "PNA"],
        "pna-tag-after-text",
        signoff("(PNA)"),
        note="PNA copy on a Manila site: the tag after the last sentence",
    ),
    wire(
        "en",
        WPA,
        HEAT,
        "Associated Press",
        AP,
        "ap-trailer-alone",
        tail(AP_TRAILER),
        note="the AP copyright trailer alone, the dateline cut by the site",
    ),
    wire(
        "en",
        TD1,
        BRIDGE,
        "AFP",
        AFP,
        "afp-byline-agence",
        by("By Agence France-Presse", cls="td-post-author-name"),
    ),
    # ----- agencies outside the table (filed out_of_table, as the earlier sets file NAN and ΑΠΕ-ΜΠΕ)
    case(
        "out_of_table",
        "en",
        JA2,
        HEAT,
        "Maghreb Arabe Presse",
        ["Maghreb Arabe Presse", "MAP", "MAP Express", "mapnews.ma"],
        "map-dateline-tag",
        dateline("Casablanca -"),
        signoff("(MAP)"),
        note="MAP's tag after the last sentence; MAP is not in the table",
    ),
    case(
        "out_of_table",
        "en",
        TD2,
        HEAT,
        "Ghana News Agency",
        ["Ghana News Agency", "GNA", "gna.org.gh"],
        "gna-dateline",
        dateline("Accra, March 6, GNA -"),
        note="GNA's dateline ('Accra, <date>, GNA -') is the only credit",
    ),
    case(
        "out_of_table",
        "en",
        JM1,
        BRIDGE,
        "Agence de Presse Africaine",
        ["Agence de Presse Africaine", "APAnews", "apanews.net"],
        "apa-africa-dateline-and-trailer",
        dateline("APA-Lusaka (Zambia) —"),
        tail("AC/lb/APA", tag="small"),
        note="APA of Dakar, not the Austria Presse Agentur the table calls APA: 'APA' alone is not accepted",
    ),
    # ======================= English: wires' and outlets' own pages =======================
    own(
        "en",
        OWN_FT,
        BUS,
        "own-focus-taiwan-enditem",
        tail("(By Chen Yi-hsuan and Kuo Chien-shen)"),
        tail("Enditem/ls"),
        note="Focus Taiwan's own page with its own reporters' line and slug",
    ),
    own(
        "en",
        OWN_GNA,
        LIB,
        "own-gna-dateline",
        dateline("Accra, March 4, GNA -"),
        note="GNA's own page with its own dateline",
    ),
    own(
        "en",
        OWN_APA,
        BRIDGE,
        "own-apa-dateline",
        dateline("APA-Dakar (Senegal) —"),
    ),
    own("en", OWN_PRINT, BUS, "own-theprint-bureau", bysite("ThePrint Team")),
    own(
        "en",
        OWN_RNZ,
        HEAT,
        "own-rnz-copyright",
        caption_last("© 2026 RNZ"),
        note="RNZ's own copyright line on its own page",
    ),
    own(
        "en",
        OWN_MAP,
        LIB,
        "own-map-tag",
        dateline("Rabat -"),
        signoff("(MAP)"),
    ),
    # ======================= English: null, mentions and page chrome =======================
    nul(
        "negative_mention",
        "en",
        LP1,
        BRIDGE,
        "partner-footer-told-pa",
        keep=("Osei-Lindqvist told PA Media the county had no choice.",),
        note="a quote to PA Media on a site whose footer names PA Media as partner",
    ),
    nul(
        "negative_mention",
        "en",
        TG1,
        LIB,
        "telegram-own-post-signature",
        tg_signature("Subscribe: @orrisfordlive"),
        note="a channel's own post, signed with its own handle",
    ),
    nul(
        "negative_mention",
        "en",
        LI,
        LIB,
        "linkedin-own-newsletter",
        li_newsletter_box("Public Libraries Weekly", "2,418"),
        keep=(
            "As the BBC's local radio station noted, the queue at the returns box ran out of the door.",
        ),
        note="a member's own newsletter edition that mentions the BBC",
    ),
    nul(
        "negative_mention",
        "en",
        MD,
        BUS,
        "medium-own-post-mentions-nyt",
        lead("The New York Times wrote last year that free fares rarely pay for themselves."),
        note="a writer's own Medium post opening with a mention",
    ),
    nul(
        "negative_mention",
        "en",
        JN1,
        BUS,
        "partner-footer-bbc-more-from",
        more_from("BBC News", "Why school runs clog cities", "The towns that made buses free"),
        note="the footer names BBC News as partner; a 'More from BBC News' widget",
    ),
    nul(
        "negative_mention",
        "en",
        TD1,
        HEAT,
        "told-reuters-last",
        coda("Nwachukwu-Berg told Reuters the agency would ask for more money next year."),
    ),
    nul(
        "negative_mention",
        "en",
        BX1,
        LIB,
        "ap-contributed-staff",
        bysite("By Wendeline Orme, Staff Writer"),
        tail("The Associated Press contributed to this report."),
        note="disputable as in the earlier sets: a staff story with an AP contribution line is null",
    ),
    nul(
        "negative_mention",
        "en",
        GH1,
        HEAT,
        "ghost-author-bio-ft",
        chrome_after(
            '<section class="author-card"><p>Ada Pennifold covers energy for Vellmoor Green. She previously reported for the Financial Times.</p></section>',
            "Ada Pennifold covers energy for Vellmoor Green. She previously reported for the Financial Times.",
        ),
    ),
    nul(
        "negative_mention",
        "en",
        RG1,
        BUS,
        "comments-name-outlets",
        comments(
            ("Farooq K.", "Dawn had a better version of this yesterday."),
            ("Sana", "We need this in Peshawar too."),
        ),
    ),
    nul(
        "negative_mention",
        "en",
        DR1,
        LIB,
        "tweet-from-bbc-world",
        tweet(
            "A library says a book due back in 1997 has been returned with a note.",
            "BBC News (World)",
            "BBCWorld",
            "March 4, 2026",
        ),
    ),
    nul(
        "negative_mention",
        "en",
        ARC1,
        BRIDGE,
        "related-boxes-name-wires",
        related("AP: Old bridges across the US need repair", "Reuters: Iron bridges and climate"),
    ),
    nul(
        "negative_mention",
        "en",
        AG1,
        LIB,
        "aggregator-own-explainer",
        source_row("NewsDrift Explainers", "1d"),
        note="the aggregator's own desk",
    ),
    nul(
        "negative_mention",
        "en",
        JM1,
        HEAT,
        "according-to-bloomberg-first",
        lead("According to Bloomberg, heat pump sales worldwide fell last year."),
    ),
    nul(
        "negative_caption",
        "en",
        BS1,
        BUS,
        "ap-photo-caption",
        figure("Pupils board a bus in Brackenholt. (AP Photo/Jess Corrigan)"),
    ),
    nul(
        "negative_caption",
        "en",
        WPA,
        BRIDGE,
        "getty-afp-last-line",
        caption_last("Photo: Lorcan Bray/AFP via Getty Images"),
    ),
    nul(
        "negative_caption",
        "en",
        JA1,
        LIB,
        "photo-reuters-file",
        figure("Books returned to Tamsworth central library. REUTERS/Ana Quist/File Photo"),
    ),
    nul(
        "negative_caption",
        "en",
        GH1,
        BUS,
        "chart-source-dft",
        raw(
            "mid",
            "Source: Brackenholt Council traffic counts",
            '<figure class="kg-card kg-image-card"><img src="/content/images/chart.png" alt="Chart"><figcaption>Source: Brackenholt Council traffic counts</figcaption></figure>',
            False,
        ),
    ),
    nul(
        "negative_caption",
        "en",
        PP1,
        BRIDGE,
        "partner-photo-pa",
        figure("The swing bridge at Orrisford. Photograph: Owen Thackery/PA"),
        bysite("Story by DailyHub Local"),
        note="the portal's own local desk, with a PA photo",
    ),
    nul(
        "negative_caption",
        "en",
        TG1,
        HEAT,
        "telegram-photo-credit",
        figure("📷 Xinhua/Wang Lin"),
        note="a channel's own post with an agency photo",
    ),
    nul(
        "negative_caption",
        "en",
        DR1,
        BRIDGE,
        "video-reuters",
        raw(
            "mid",
            "Video: Reuters",
            '<figure class="video"><iframe src="https://www.youtube-nocookie.com/embed/rtrOrris01"></iframe><figcaption>Video: Reuters</figcaption></figure>',
            False,
        ),
    ),
    nul(
        "negative_caption",
        "en",
        BG1,
        HEAT,
        "image-bloomberg-getty",
        figure("A heat pump outside a house. Image: Bloomberg via Getty Images"),
    ),
    nul(
        "negative_mention",
        "en",
        BX2,
        BRIDGE,
        "first-reported-by-local-paper",
        coda("The closure was first reported by the Orrisford Mercury."),
        note="a staff story saying another paper had the news first: a mention, not a credit",
    ),
    nul(
        "negative_caption",
        "en",
        TD2,
        BUS,
        "photo-gna",
        figure("File photo of a school bus. Photo: GNA"),
    ),
    nul("no_credit", "en", GH1, LIB, "ghost-plain"),
    nul("no_credit", "en", BX2, HEAT, "staff-byline-plain", bysite("By Tomasz Reilly-Achebe")),
    nul("no_credit", "en", ARC1, BUS, "arc-plain"),
    nul("no_credit", "en", JN2, HEAT, "web-desk", bysite("Web Desk")),
    nul(
        "no_credit",
        "en",
        RG2,
        BRIDGE,
        "with-agency-inputs",
        tail("(With agency inputs)", tag="em"),
        note="'agency inputs' names no one",
    ),
    # ======================= Tagalog =======================
    case(
        "in_table",
        "tl",
        TL1,
        TL,
        "Philippine Daily Inquirer",
        ["Philippine Daily Inquirer", "Inquirer", "Inquirer.net", "inquirer.net"],
        "pinagmulan-field",
        tail("Pinagmulan: Inquirer.net", tag="strong"),
        note="'Pinagmulan:' (source) with the outlet's domain-like name",
    ),
    case(
        "out_of_table",
        "tl",
        TL2,
        TL,
        "Abante",
        ["Abante", "Abante Tonite", "abante.com.ph"],
        "unang-nailathala-sa",
        tail("Unang nailathala ang balitang ito sa Abante.", tag="i"),
        note="'this story was first published in' (a real tabloid the table lacks)",
    ),
    case(
        "out_of_table",
        "tl",
        TL1,
        TL,
        "GMA News",
        ["GMA News", "GMA News Online", "GMA Network", "gmanetwork.com"],
        "ayon-sa-ulat-ng-head",
        head("Ayon sa ulat ng GMA News Online:", tag="em"),
        note="'according to the report of X:' introducing the pasted report",
    ),
    wire(
        "tl",
        TL2,
        TL,
        "Philippine News Agency",
        ["Philippine News Agency", "PNA"],
        "pna-tagalog-signoff",
        signoff("(PNA)"),
    ),
    own(
        "tl",
        OWN_GMA,
        TL,
        "own-gma",
        bysite("GMA Integrated News"),
    ),
    nul(
        "negative_mention",
        "tl",
        TL1,
        TL,
        "sa-panayam-ng-dzbb",
        keep=("Sa panayam ng DZBB, sinabi ng alkalde na handa ang bayan sa dagsa ng mamimili.",),
    ),
    nul(
        "negative_caption",
        "tl",
        TL2,
        TL,
        "kuha-ng-pna",
        figure("Ang bagong palengke ng San Lorenzo Ruiz. (Kuha ng PNA)"),
    ),
    # ======================= Hausa =======================
    case(
        "in_table",
        "ha",
        HA1,
        HA,
        "BBC",
        ["BBC", "BBC Hausa", "BBC News", "bbc.com"],
        "majiya-bbc-hausa",
        tail("Majiya: BBC Hausa"),
        note="'Majiya:' (source)",
    ),
    case(
        "out_of_table",
        "ha",
        HA2,
        HA,
        "Aminiya",
        ["Aminiya", "Aminiya Trust", "aminiya.ng"],
        "ya-fara-fitowa-a-jaridar",
        tail("Wannan labari ya fara fitowa ne a jaridar Aminiya.", tag="em"),
        note="'this story first appeared in the paper Aminiya' (Daily Trust's Hausa weekly, not in the table)",
    ),
    case(
        "out_of_table",
        "ha",
        HA1,
        HA,
        "News Agency of Nigeria",
        ["News Agency of Nigeria", "NAN"],
        "daga-nan",
        tail("— Daga kamfanin dillancin labarai na NAN"),
        note="'from the news agency NAN'; NAN is a wire outside the table, filed out_of_table as in the eighth set",
    ),
    wire(
        "ha",
        HA2,
        HA,
        "AFP",
        AFP,
        "afp-hausa-majiya",
        tail("Majiya: AFP"),
    ),
    own("ha", OWN_RFI, HA, "own-rfi-hausa", bysite("RFI Hausa")),
    nul(
        "negative_mention",
        "ha",
        HA1,
        HA,
        "ya-shaida-wa-bbc",
        keep=("Kwamishinan ya shaida wa BBC cewa aikin ya kammala kafin lokacin damina.",),
        note="'the commissioner told the BBC'",
    ),
    nul(
        "no_credit",
        "ha",
        HA2,
        HA,
        "hoto-staff",
        figure("Madatsar ruwan Kogin Dabo bayan gyara. Hoto: Muryar Kano 24"),
        note="the site's own photo credit",
    ),
    # ======================= Amharic =======================
    case(
        "in_table",
        "am",
        AM1,
        AM,
        "Voice of America",
        ["Voice of America", "VOA", "VOA Amharic", "ቪኦኤ", "የአሜሪካ ድምፅ"],
        "mench-voa",
        tail("ምንጭ፦ የአሜሪካ ድምፅ (ቪኦኤ)"),
        note="'ምንጭ፦' (source) with VOA's Amharic name",
    ),
    case(
        "out_of_table",
        "am",
        AM2,
        AM,
        "Ethiopian News Agency",
        ["Ethiopian News Agency", "ENA", "ኢዜአ", "የኢትዮጵያ ዜና አገልግሎት"],
        "mench-ena",
        tail("ምንጭ፦ ኢዜአ"),
        note="the national agency, not in the table, filed out_of_table",
    ),
    case(
        "out_of_table",
        "am",
        AM1,
        AM,
        "Addis Standard",
        ["Addis Standard", "addisstandard.com"],
        "mench-addis-standard-head",
        head("ምንጭ፦ አዲስ ስታንዳርድ (Addis Standard)", tag="strong"),
    ),
    wire(
        "am",
        AM2,
        AM,
        "Xinhua",
        ["Xinhua", "Xinhua News Agency", "ሺንዋ"],
        "xinhua-amharic-tag",
        signoff("(ሺንዋ)"),
    ),
    own(
        "am",
        OWN_ENA,
        AM,
        "own-ena-tag",
        dateline("ደብረ ወይን፤ መጋቢት 1/2018 (ኢዜአ)፦"),
        note="ENA's own dateline on its own page",
    ),
    nul(
        "negative_mention",
        "am",
        AM1,
        AM,
        "le-bbc-gelstewal",
        keep=("ኃላፊዋ ለቢቢሲ አማርኛ በሰጡት ቃለ ምልልስ ትምህርት ቤቱ በሰዓቱ መጠናቀቁን ገልጸዋል።",),
        note="'she told BBC Amharic in an interview'",
    ),
    nul(
        "negative_caption",
        "am",
        AM2,
        AM,
        "photo-ena",
        figure("አዲሱ ትምህርት ቤት። ፎቶ፦ ኢዜአ"),
    ),
    # ======================= Catalan =======================
    case(
        "in_table",
        "ca",
        CA1,
        CA,
        "La Vanguardia",
        ["La Vanguardia", "lavanguardia.com"],
        "font-la-vanguardia",
        tail("Font: La Vanguardia", tag="strong"),
    ),
    case(
        "out_of_table",
        "ca",
        CA2,
        CA,
        "VilaWeb",
        ["VilaWeb", "vilaweb.cat"],
        "publicat-originalment-a",
        tail("Aquest article es va publicar originalment a VilaWeb.", tag="em"),
    ),
    case(
        "out_of_table",
        "ca",
        CA1,
        CA,
        "Agència Catalana de Notícies",
        ["Agència Catalana de Notícies", "ACN", "Agencia Catalana de Noticias"],
        "acn-tag-dateline",
        dateline("Sant Pere de Vilaroja (ACN).-"),
        note="the Catalan public agency, not in the table, filed out_of_table; dateline only",
    ),
    wire(
        "ca",
        CA2,
        CA,
        "EFE",
        ["EFE", "Agencia EFE"],
        "efe-catalan-tag",
        signoff("(EFE)"),
    ),
    own("ca", OWN_VW, CA, "own-vilaweb", bysite("Redacció VilaWeb")),
    nul(
        "negative_mention",
        "ca",
        CA2,
        CA,
        "en-declaracions-a-catalunya-radio",
        keep=("En declaracions a Catalunya Ràdio, l'alcaldessa va dir que el camí és segur.",),
    ),
    nul(
        "negative_caption",
        "ca",
        CA1,
        CA,
        "foto-acn",
        figure("El camí de ronda reobert. Foto: ACN"),
    ),
    # ======================= Norwegian (bokmål) =======================
    case(
        "in_table",
        "nb",
        NB2,
        NB,
        "BBC",
        ["BBC", "BBC News"],
        "kilde-bbc",
        tail("Kilde: BBC"),
        note="'Kilde:' (source)",
    ),
    case(
        "out_of_table",
        "nb",
        NB1,
        NB,
        "Aftenposten",
        ["Aftenposten", "aftenposten.no"],
        "forst-publisert-i",
        tail("Saken ble først publisert i Aftenposten.", tag="em"),
    ),
    case(
        "out_of_table",
        "nb",
        NB2,
        NB,
        "NRK",
        ["NRK", "NRK Vestland", "nrk.no"],
        "kilde-nrk",
        tail("Kilde: NRK Vestland"),
        note="the regional office to clean; NRK is not in the table",
    ),
    wire(
        "nb",
        NB1,
        NB,
        "NTB",
        ["NTB", "Norsk Telegrambyrå"],
        "ntb-byline-copyright",
        by("NTB", credit=False),
        tail("©NTB", tag="small"),
        note="one-word byline (not a credit line) and the trailer",
    ),
    own(
        "nb",
        OWN_NRK,
        NB,
        "own-nrk",
        bysite("NRK Vestland"),
    ),
    nul(
        "negative_mention",
        "nb",
        NB1,
        NB,
        "sier-til-nrk",
        keep=("Det sier Holstad-Mæland til NRK.",),
    ),
    nul(
        "negative_caption",
        "nb",
        NB2,
        NB,
        "foto-ntb",
        figure("Den nye ferja ved kaia i Varnes. Foto: Kari Lund / NTB"),
    ),
    # ======================= Bulgarian =======================
    case(
        "in_table",
        "bg",
        BGS1,
        BG,
        "BBC",
        ["BBC", "Би Би Си", "BBC News"],
        "iztochnik-bbc",
        tail("Източник: Би Би Си"),
    ),
    case(
        "out_of_table",
        "bg",
        BGS2,
        BG,
        "Bulgarian News Agency",
        ["Bulgarian News Agency", "BTA", "БТА", "Българска телеграфна агенция"],
        "iztochnik-bta",
        tail("Източник: БТА"),
        note="the national agency, not in the table, filed out_of_table",
    ),
    case(
        "out_of_table",
        "bg",
        BGS1,
        BG,
        "Dnevnik",
        ["Dnevnik", "Дневник", "dnevnik.bg"],
        "iztochnik-dnevnik-link",
        rich(
            "tail",
            "Източник: ",
            ("dnevnik.bg", "https://www.dnevnik.bg/bulgaria/2026/03/02/detsko-otdelenie/"),
        ),
    ),
    wire(
        "bg",
        BGS2,
        BG,
        "Reuters",
        ["Reuters", "Ройтерс", "Рейтер"],
        "po-materiali-na-reuters",
        tail("По материали на Ройтерс"),
        note="'from Reuters material'",
    ),
    own("bg", OWN_BTA, BG, "own-bta-dateline", dateline("Стрелча, 2 март /БТА/")),
    nul(
        "negative_mention",
        "bg",
        BGS1,
        BG,
        "kaza-pred-btv",
        keep=("Кметът каза пред bTV, че ремонтът е завършил навреме.",),
    ),
    nul(
        "negative_caption",
        "bg",
        BGS2,
        BG,
        "snimka-bta",
        figure("Новото детско отделение. Снимка: БТА"),
    ),
    # ======================= Slovak =======================
    case(
        "in_table",
        "sk",
        SK1,
        SK,
        "Deutsche Welle",
        ["Deutsche Welle", "DW"],
        "zdroj-dw",
        tail("Zdroj: Deutsche Welle"),
    ),
    case(
        "out_of_table",
        "sk",
        SK2,
        SK,
        "TASR",
        ["TASR", "Tlačová agentúra Slovenskej republiky"],
        "zdroj-tasr",
        tail("Zdroj: TASR"),
        note="the Slovak agency, not in the table, filed out_of_table",
    ),
    case(
        "out_of_table",
        "sk",
        SK1,
        SK,
        "Denník N",
        ["Denník N", "Dennik N", "dennikn.sk"],
        "clanok-vysiel-v-denniku-n",
        tail("Článok pôvodne vyšiel v Denníku N.", tag="em"),
        note="the name inflected (v Denníku N); answered in the nominative",
    ),
    wire(
        "sk",
        SK2,
        SK,
        "ČTK",
        ["ČTK", "CTK", "Czech News Agency"],
        "ctk-slovak-signoff",
        signoff("(ČTK)"),
    ),
    own("sk", OWN_TASR, SK, "own-tasr-dateline", dateline("Podlesná 7. marca (TASR) -")),
    nul(
        "negative_mention",
        "sk",
        SK1,
        SK,
        "povedal-pre-tasr",
        keep=("Ako povedal pre TASR riaditeľ strediska, lanovka je vypredaná na celý víkend.",),
    ),
    nul(
        "negative_caption",
        "sk",
        SK2,
        SK,
        "foto-tasr",
        figure("Nová kabínková lanovka. Foto: TASR/Ján Krošlák"),
    ),
    # ======================= Hebrew =======================
    case(
        "in_table",
        "he",
        HE1,
        HE,
        "The Jerusalem Post",
        ["The Jerusalem Post", "Jerusalem Post", "JPost", "ג'רוזלם פוסט"],
        "pursam-bemakor-jpost",
        tail("הכתבה פורסמה במקור באתר ג'רוזלם פוסט.", tag="em"),
        note="'the article was originally published on the Jerusalem Post site'",
    ),
    case(
        "out_of_table",
        "he",
        HE2,
        HE,
        "Walla",
        ["Walla", "וואלה", "וואלה! חדשות", "walla.co.il"],
        "beadivut-walla",
        tail("באדיבות וואלה! חדשות"),
        note="'courtesy of Walla! News'",
    ),
    case(
        "out_of_table",
        "he",
        HE1,
        HE,
        "Tazpit Press Service",
        ["Tazpit Press Service", "TPS", "סוכנות הידיעות TPS"],
        "tps-tag",
        signoff("(TPS)"),
        note="an Israeli agency outside the table",
    ),
    wire(
        "he",
        HE2,
        HE,
        "Reuters",
        ["Reuters", "רויטרס"],
        "reuters-hebrew-tag",
        signoff("(רויטרס)"),
    ),
    own("he", OWN_MAARIV, HE, "own-maariv", bysite("מערכת מעריב")),
    nul(
        "negative_mention",
        "he",
        HE1,
        HE,
        "amra-le-n12",
        keep=("בן-שושן אמרה ל-N12 כי הקו יעמוד בלוח הזמנים.",),
    ),
    nul(
        "negative_caption",
        "he",
        HE2,
        HE,
        "tzilum-reuters",
        figure("הרכבת הקלה בתחנת נווה אלון. צילום: רויטרס"),
    ),
]
