# ruff: noqa: E501, RUF001
"""Sites and cases of the sixth blind set (cases_2026-12-08.jsonl).

Written from newsroom conventions without reading the attribution code. Emphasis: precision on
pages that credit no one (about 45% null pages, of kinds the earlier sets did not use: an outlet
inside a quote, "according to a report in X" first, "X first reported" in a staff story, letters
to the editor, agency photo credits on the last line or in the lead image's caption, data sources,
author boxes, podcast and follow links, "As seen on" badges, staff contributors, an outlet's own
republishing policy or series line on its own page, teaser boxes, sponsored content) and page
structure taken from real CMSs (Blogger, Ghost, WordPress, Arc, Brightspot, Drupal, Joomla,
portals), with pages naming two or three outlets for different roles of which one is the
original. Languages beyond English: de, fr, es, it, pt, nl, pl, sv, fi, da, vi, el.
Append only: ids follow list order within (category, language).
"""

from __future__ import annotations

from typing import Any

from model3 import Case3, Part, Site3, after, byline, case, dateline, figure, head, raw, tail
from model4 import labelled, rich, signoff
from model5 import box_after, coda, footnote, in_last_p, lead

SITES6: dict[str, Site3] = {}


def _s(key: str, name: str, chrome: str, host: str = "") -> str:
    SITES6[key] = Site3(name, chrome, host or f"www.{key}")
    return key


def nul(
    cat: str,
    lang: str,
    site: str,
    story: str,
    placement: str,
    *parts: Part,
    note: str = "",
    keep: tuple[str, ...] = (),
) -> Case3:
    return case(cat, lang, site, story, None, [], placement, *parts, note=note, keep=keep)


def wire(
    lang: str,
    site: str,
    story: str,
    expected: str,
    accept: list[str],
    placement: str,
    *parts: Part,
    note: str = "",
    ld: dict[str, Any] | None = None,
) -> Case3:
    return case("wire", lang, site, story, expected, accept, placement, *parts, note=note, ld=ld)


def own(lang: str, site: str, story: str, placement: str, *parts: Part, note: str = "") -> Case3:
    return nul("own_page", lang, site, story, placement, *parts, note=note)


def by(html_text: str, cls: str = "byline", credit: bool = True) -> Part:
    """A byline the theme prints above the text (a credit when it names the wire). A one-word
    byline ("TT", "Lusa") is not a credit line: the scorer finds lines as substrings of the
    extracted text, and "tt" is in half the words of a Swedish story."""
    return byline(html_text, f'<div class="{cls}"><span>{html_text}</span></div>', credit)


def bysite(text: str) -> Part:
    """A byline that is the site's own (not a credit line)."""
    return byline(text, f'<div class="byline"><span>{text}</span></div>', credit=False)


def chrome_after(html: str, text: str = "") -> Part:
    """Theme furniture printed after the body: never a credit."""
    return after(text, html, credit=False)


def blogger_div(label: str, anchor: str, href: str) -> Part:
    """Blogger's editor: a line in a <div>, the label bold, after an empty <div><br></div>."""
    html = f'<div><br /></div><div><b>{label}</b> <a href="{href}">{anchor}</a></div>'
    return raw("tail", f"{label} {anchor}", html)


def callout(text: str, emoji: str = "📰") -> Part:
    """A Ghost callout card at the end of the post."""
    html = f'<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">{emoji}</div><div class="kg-callout-text">{text}</div></div>'
    return raw("tail", text, html)


def right(text: str, tag: str = "strong") -> Part:
    """A line aligned right at the end, as Vietnamese and Joomla editors set the source."""
    return raw("tail", text, f'<p style="text-align: right;"><{tag}>{text}</{tag}></p>')


def caption_last(text: str) -> Part:
    """A photo credit typed as the last line of the text."""
    return raw("tail", text, f"<p>{text}</p>", credit=False)


# ---------------------------------------------------------------- sites
# English
BLOG1 = _s(
    "harbourtown-notes.blogspot.com",
    "Harbourtown Notes",
    "blogger",
    "harbourtown-notes.blogspot.com",
)
BLOG2 = _s(
    "kilbarrowvoice.blogspot.com", "Kilbarrow Voice", "blogger", "kilbarrowvoice.blogspot.com"
)
BLOG3 = _s(
    "estuarywatcher.blogspot.com", "The Estuary Watcher", "blogger", "estuarywatcher.blogspot.com"
)
GHOST1 = _s("tolleyvalleyledger.com", "Tolley Valley Ledger", "ghost")
GHOST2 = _s("carrowmere-brief.com", "The Carrowmere Brief", "ghost", "carrowmere-brief.com")
GHOST3 = _s("ashgrove-dispatch.org", "Ashgrove Dispatch", "ghost")
WP1 = _s("larkfieldgazette.co.uk", "Larkfield Gazette", "wp")
WP2 = _s("mawrickmercury.com", "Mawrick Mercury", "wp")
WP3 = _s("thenorthernlantern.net", "The Northern Lantern", "wp")
WP4 = _s("punjabpulse-daily.in", "Punjab Pulse Daily", "wp")
ARC1 = _s("lakesregiontribune.com", "Lakes Region Tribune", "arc")
ARC2 = _s("harcourtstar-online.com", "Harcourt Star", "arc")
BS1 = _s("westmarchradio.org", "Westmarch Public Radio", "brightspot")
BS2 = _s("dunmorecourier.com", "Dunmore Courier", "brightspot")
DR1 = _s("farnhamobserver.org.uk", "Farnham Observer", "drupal")
DR2 = _s("greenbankjournal.org", "Greenbank Journal", "drupal")
CH1 = _s("riversidesignal.com", "Riverside Signal", "chorus")
NL1 = _s("weeklyfold.news", "The Weekly Fold", "newsletter", "weeklyfold.news")
NL2 = _s("cityhallmemo.com", "City Hall Memo", "newsletter", "cityhallmemo.com")
JO1 = _s("sindhvalleytimes.pk", "Sindh Valley Times", "joomla")
PT1 = _s("newshubportal.com", "NewsHub Portal", "partner", "www.newshubportal.com")
AG1 = _s("headlinestack.app", "HeadlineStack", "aggregator", "headlinestack.app")
RG1 = _s("eastcapeherald.co.za", "East Cape Herald", "regional")
RG2 = _s("borderlandsecho.com", "Borderlands Echo", "regional")
AMP1 = _s("bharatsamachar-live.in", "Bharat Samachar Live", "amp", "m.bharatsamachar-live.in")
BIZ1 = _s("greenroof-solutions.co.uk", "GreenRoof Solutions", "bizrepost")
OP1 = _s("finwire-asia.com", "FinWire Asia", "oldportal")
OP2 = _s("malaccatimes-online.my", "Malacca Times Online", "oldportal")
# outlets' own pages
OWN_ICN = _s("insideclimatenews.org", "Inside Climate News", "wp", "insideclimatenews.org")
OWN_GRIST = _s("grist.org", "Grist", "wp", "grist.org")
OWN_19TH = _s("19thnews.org", "The 19th", "brightspot", "19thnews.org")
OWN_CHALKBEAT = _s("chalkbeat.org", "Chalkbeat", "wp")
# other languages
DE1 = _s("taunus-rundschau24.de", "Taunus Rundschau 24", "wp")
DE2 = _s("kleinrodenau-aktuell.de", "Kleinrodenau Aktuell", "regional")
DE3 = _s("rodenauer-blog.blogspot.com", "Rodenauer Blog", "blogger", "rodenauer-blog.blogspot.com")
FR1 = _s("echosducausse.fr", "Les Échos du Causse", "wp")
FR2 = _s("aubrac-infos.fr", "Aubrac Infos", "regional")
ES1 = _s("comarcadigital-valdecuervos.es", "Comarca Digital", "wp")
ES2 = _s("noticiasdelsurandino.com", "Noticias del Sur Andino", "regional")
IT1 = _s("valfondanews.it", "Valfonda News", "wp")
IT2 = _s("ilcorrieredellevalli.it", "Il Corriere delle Valli", "drupal")
PT_1 = _s("sernache-noticias.pt", "Sernache Notícias", "wp")
PT_2 = _s("beirainterior-online.pt", "Beira Interior Online", "regional")
NL_1 = _s("weteringse-courant.nl", "Weteringse Courant", "wp")
NL_2 = _s("kraaiendijk-nieuws.nl", "Kraaiendijk Nieuws", "regional")
PL1 = _s("borzecin24.pl", "Borzęcin24", "wp")
PL2 = _s("gazetazielonewzgorze.pl", "Gazeta Zielone Wzgórze", "regional")
SV1 = _s("skarviksposten.se", "Skärviksposten", "wp")
SV2 = _s("lillo-bladet.se", "Lillöbladet", "ghost")
FI1 = _s("mustalahdensanomat.fi", "Mustalahden Sanomat", "wp")
FI2 = _s("jarviseutu-uutiset.fi", "Järviseudun Uutiset", "regional")
DA1 = _s("soholt-avis.dk", "Søholt Avis", "wp")
DA2 = _s("kystnyt.dk", "KystNyt", "regional")
VI1 = _s("tralam-online.vn", "Trà Lâm Online", "regional", "tralam-online.vn")
VI2 = _s("baophuochoa.vn", "Báo Phước Hòa", "wp", "baophuochoa.vn")
EL1 = _s("kalamitsa-news.gr", "Kalamitsa News", "wp")
EL2 = _s("nisiotikanea.gr", "Νησιωτικά Νέα", "regional")
# wires' own pages
OWN_ANP = _s("anp.nl", "ANP", "regional", "www.anp.nl")
OWN_RITZAU = _s("ritzau.dk", "Ritzau", "wp", "ritzau.dk")
OWN_STT = _s("stt.fi", "STT", "regional", "stt.fi")

T = ("tram_depot", "library_fines", "heat_pumps", "river_swim", "chess_school", "bridge_toll")
TRAM, LIB, HEAT, SWIM, CHESS, TOLL = T

CASES6: list[Case3] = [
    # ======================= English, in the table =======================
    case(
        "in_table",
        "en",
        BLOG1,
        TRAM,
        "BBC",
        ["BBC", "BBC News"],
        "blogger-div-bold-label-link",
        blogger_div("Source:", "BBC News", "https://www.bbc.com/news/articles/c4gq2w7r1dzo"),
        note="Blogger's editor wraps each line in a <div>; the label is bold, the outlet linked",
    ),
    case(
        "in_table",
        "en",
        GHOST1,
        SWIM,
        "ProPublica",
        ["ProPublica", "propublica.org"],
        "ghost-callout-card",
        callout(
            "This story was originally published by ProPublica, a nonprofit newsroom that investigates abuses of power, and is republished with permission."
        ),
    ),
    case(
        "in_table",
        "en",
        WP1,
        HEAT,
        "Los Angeles Times",
        ["Los Angeles Times", "LA Times", "L.A. Times", "latimes.com"],
        "head-editors-note-photo-agency-caption",
        head(
            "Editor's note: This article first ran in the Los Angeles Times and appears here through a content-sharing agreement.",
            tag="em",
            cls="has-small-font-size",
        ),
        figure(
            "Engineers fit an outdoor unit on the Dunmore Terrace estate. (Reuters/Ifan Pritchard)"
        ),
        note="two outlets for two roles: the text is the Los Angeles Times', the photo Reuters'",
    ),
    case(
        "in_table",
        "en",
        ARC1,
        TOLL,
        "CNN",
        ["CNN", "Cable News Network"],
        "byline-outlet-and-copyright-trailer",
        by("By Odile Fairweather, CNN"),
        tail(
            "© 2026 Cable News Network. A Warner Bros. Discovery Company. All rights reserved.",
            tag="small",
        ),
    ),
    case(
        "in_table",
        "en",
        BS1,
        HEAT,
        "KFF Health News",
        ["KFF Health News", "KFF", "Kaiser Health News"],
        "tail-newsroom-description-trailer",
        rich(
            "tail",
            ("KFF Health News", "https://kffhealthnews.org/about-us/"),
            " is a national newsroom that produces in-depth journalism about health issues and is one of the core operating programs at KFF.",
            tag="em",
        ),
        note="the trailer KFF Health News asks republishers to keep: it names the outlet without 'originally published'",
    ),
    case(
        "in_table",
        "en",
        DR1,
        SWIM,
        "The Independent",
        ["The Independent", "Independent", "independent.co.uk"],
        "drupal-field-original-source",
        labelled(
            "after",
            "Original source:",
            "The Independent",
            "field--name-field-original-source",
            href="https://www.independent.co.uk/climate-change/news/tolley-swimming-b2710044.html",
        ),
    ),
    case(
        "in_table",
        "en",
        CH1,
        CHESS,
        "Vox",
        ["Vox", "vox.com"],
        "head-em-originally-appeared",
        rich(
            "head",
            "This article originally appeared on ",
            ("Vox", "https://www.vox.com/culture/2026/3/4/kilbarrow-chess"),
            ".",
            tag="em",
        ),
    ),
    case(
        "in_table",
        "en",
        NL1,
        LIB,
        "Stateline",
        ["Stateline", "stateline.org"],
        "newsletter-first-ran-in",
        rich(
            "tail",
            "This piece first ran in ",
            ("Stateline", "https://stateline.org/2026/03/06/libraries-fines/"),
            ", a nonprofit news service, and is reprinted under its republishing terms.",
            tag="i",
        ),
    ),
    case(
        "in_table",
        "en",
        JO1,
        TOLL,
        "Dawn",
        ["Dawn", "Dawn.com", "dawn.com"],
        "joomla-right-aligned-strong",
        right("Source: Dawn"),
        note="Joomla editors right-align the source line in bold",
    ),
    case(
        "in_table",
        "en",
        WP4,
        LIB,
        "Business Standard",
        ["Business Standard", "business-standard.com"],
        "tail-first-published-edited-by-desk",
        tail(
            "This report was first published by Business Standard and has been edited for length by our news desk.",
            tag="em",
        ),
        note="the site's desk edited it; the original is Business Standard",
    ),
    case(
        "in_table",
        "en",
        PT1,
        HEAT,
        "Business Insider",
        ["Business Insider", "Insider", "businessinsider.com"],
        "portal-read-original-article",
        by("Story by Lorna Pemberton, Business Insider"),
        rich(
            "tail",
            "Read the original article on ",
            ("Business Insider", "https://www.businessinsider.com/larkfield-heat-pumps-2026-3"),
        ),
        note="the partner portal's own trailer; the portal only distributes",
    ),
    case(
        "in_table",
        "en",
        RG1,
        TRAM,
        "Deutsche Welle",
        ["Deutsche Welle", "DW", "dw.com"],
        "head-text-and-photo-roles",
        head("Text: Deutsche Welle | Photo: AFP", cls="article-credits"),
        figure("Replacement buses on Harcourt Road. Photo: AFP"),
        note="three roles: DW wrote the text, AFP took the photo, the portal republished; credit DW. 'Text: DW | Photo: AFP' is one credit line",
    ),
    case(
        "in_table",
        "en",
        BS2,
        TOLL,
        "Radio Free Europe/Radio Liberty",
        ["Radio Free Europe/Radio Liberty", "RFE/RL", "Radio Free Europe", "Radio Liberty"],
        "tail-rferl-copyright-republished-permission",
        tail(
            "Copyright (c) 2026. RFE/RL, Inc. Republished with the permission of Radio Free Europe/Radio Liberty, 1201 Connecticut Ave NW, Ste 400, Washington DC 20036.",
            tag="em",
        ),
    ),
    case(
        "in_table",
        "en",
        GHOST2,
        SWIM,
        "The Conversation",
        ["The Conversation", "Conversation", "theconversation.com"],
        "ghost-bio-and-republish-line-aap-photo",
        figure("Swimmers at Farnham Mill on Saturday. AAP Image/Seren Holt"),
        callout(
            "Tamsin Holloway is a lecturer in freshwater ecology at Harrowgate University. This article is republished from The Conversation under a Creative Commons license."
        ),
        note="two roles: AAP took the photo, The Conversation published the text",
    ),
    # ======================= English, out of the table =======================
    case(
        "out_of_table",
        "en",
        GHOST3,
        LIB,
        "CalMatters",
        ["CalMatters", "calmatters.org"],
        "ghost-callout-originally-published-on",
        callout(
            "This article was originally published on CalMatters and was republished under the Creative Commons Attribution-NonCommercial-NoDerivatives license."
        ),
    ),
    case(
        "out_of_table",
        "en",
        WP2,
        TOLL,
        "The Texas Tribune",
        ["The Texas Tribune", "Texas Tribune", "texastribune.org"],
        "tail-appeared-in-at-url",
        tail(
            "This article originally appeared in The Texas Tribune at https://www.texastribune.org/2026/03/06/estuary-bridge-toll/.",
            tag="em",
        ),
        tail(
            "The Texas Tribune is a member-supported, nonpartisan newsroom informing and engaging Texans on state politics and policy.",
            tag="em",
        ),
        note="the Tribune's own republishing trailer: the URL typed in the text and a description line; both are credit lines",
    ),
    case(
        "out_of_table",
        "en",
        WP3,
        HEAT,
        "Grist",
        ["Grist", "grist.org"],
        "lastp-appeared-in-grist",
        in_last_p(
            "This article originally appeared in ",
            ("Grist", "https://grist.org/buildings/larkfield-heat-pumps/"),
            ".",
            tag="em",
        ),
    ),
    case(
        "out_of_table",
        "en",
        BLOG2,
        SWIM,
        "Mongabay",
        ["Mongabay", "news.mongabay.com"],
        "blogger-div-source",
        blogger_div(
            "Source:", "Mongabay", "https://news.mongabay.com/2026/03/river-tolley-swimming/"
        ),
    ),
    case(
        "out_of_table",
        "en",
        ARC2,
        CHESS,
        "The 19th",
        ["The 19th", "The 19th News", "19thnews.org"],
        "after-body-originally-published",
        box_after(
            "republish-credit",
            "This story was originally published by ",
            ("The 19th", "https://19thnews.org/2026/03/kilbarrow-chess/"),
            ".",
        ),
    ),
    case(
        "out_of_table",
        "en",
        DR2,
        HEAT,
        "Inside Climate News",
        ["Inside Climate News", "InsideClimate News", "insideclimatenews.org"],
        "drupal-body-end-strong-link",
        rich(
            "tail",
            "This story was first published by ",
            ("Inside Climate News", "https://insideclimatenews.org/news/06032026/larkfield/"),
            " and is republished with permission.",
            tag="strong",
        ),
    ),
    case(
        "out_of_table",
        "en",
        NL2,
        LIB,
        "Chalkbeat",
        ["Chalkbeat", "chalkbeat.org"],
        "newsletter-nonprofit-description",
        tail(
            "Chalkbeat is a nonprofit news site covering educational change in public schools.",
            tag="em",
        ),
        note="a description trailer that names the outlet without 'originally published', as KFF's does",
    ),
    case(
        "out_of_table",
        "en",
        BLOG3,
        TOLL,
        "Honolulu Civil Beat",
        ["Honolulu Civil Beat", "Civil Beat", "civilbeat.org"],
        "blogger-head-italic",
        raw(
            "head",
            "Via Honolulu Civil Beat:",
            '<div><i>Via <a href="https://www.civilbeat.org/2026/03/bridge-toll/">Honolulu Civil Beat</a>:</i></div>',
        ),
    ),
    case(
        "out_of_table",
        "en",
        RG2,
        TRAM,
        "Rest of World",
        ["Rest of World", "restofworld.org"],
        "after-body-syndication-box-getty-caption",
        figure("Smoke over the Bellwick depot. (Photo by Colm Darragh/Getty Images)"),
        box_after(
            "syndication",
            "This article was originally published by ",
            ("Rest of World", "https://restofworld.org/2026/carrowmere-trams/"),
            ", a nonprofit publication covering technology outside the West.",
        ),
        note="two roles: Getty photo, Rest of World text",
    ),
    case(
        "out_of_table",
        "en",
        CH1,
        SWIM,
        "Undark",
        ["Undark", "Undark Magazine", "undark.org"],
        "tail-read-original-article",
        rich(
            "tail",
            "This article was originally published on ",
            ("Undark", "https://undark.org/2026/03/06/tolley/"),
            ". ",
            ("Read the original article", "https://undark.org/2026/03/06/tolley/"),
            ".",
        ),
    ),
    # ======================= English, wires =======================
    case(
        "wire",
        "en",
        ARC2,
        TOLL,
        "Associated Press",
        ["Associated Press", "AP", "The Associated Press"],
        "ap-dateline-contributor-line-afp-photo",
        dateline("MAWRICK, Wales (AP) —"),
        figure("Traffic on the Mawrick estuary bridge. (AFP photo/Rhodri Evans)"),
        raw(
            "tail",
            "Associated Press writer Rhiannon Pugh in Cardiff contributed to this report.",
            "<p><i>Associated Press writer Rhiannon Pugh in Cardiff contributed to this report.</i></p>",
            credit=False,
        ),
        note="AP's dateline and contributor line; the photo is AFP's. The contributor line is AP copy, not a credit line to remove (disputable)",
    ),
    case(
        "wire",
        "en",
        WP2,
        TRAM,
        "Reuters",
        ["Reuters", "Thomson Reuters"],
        "reporting-editing-trailer-getty-afp-caption",
        figure("A tram leaves the Bellwick depot. (Photo by Aled Moran/AFP via Getty Images)"),
        tail("(Reporting by Ciaran Toomey; Editing by Helga Brandt)"),
        note="Reuters' reporting/editing trailer; the photo is AFP's via Getty",
    ),
    case(
        "wire",
        "en",
        GHOST1,
        LIB,
        "AFP",
        ["AFP", "Agence France-Presse"],
        "ghost-byline-agency-epa-caption",
        byline(
            "Agence France-Presse",
            '<div class="article-byline-content"><h4 class="author-name"><a href="/author/afp/">Agence France-Presse</a></h4></div>',
        ),
        figure("Returned books at a branch library. Image: EPA-EFE/Kasia Nowak"),
    ),
    case(
        "wire",
        "en",
        BS2,
        CHESS,
        "PA Media",
        ["PA Media", "PA", "Press Association"],
        "byline-pa-correspondent",
        by("By Gwenllian Price, PA Education Correspondent"),
    ),
    case(
        "wire",
        "en",
        OP1,
        HEAT,
        "United Press International",
        ["United Press International", "UPI"],
        "upi-copyright-trailer",
        tail(
            "Copyright 2026 United Press International, Inc. (UPI). Any reproduction, republication, redistribution and/or modification of any UPI content is expressly prohibited without UPI's prior written consent.",
            tag="small",
        ),
    ),
    case(
        "wire",
        "en",
        RG1,
        SWIM,
        "Xinhua",
        ["Xinhua", "Xinhua News Agency", "Xinhuanet"],
        "head-source-editor-strip",
        head("Source: Xinhua | 2026-03-07 14:21:03 | Editor: huaxia", cls="info-bar"),
        note="Xinhua's source/editor strip above the text",
    ),
    case(
        "wire",
        "en",
        OP2,
        TOLL,
        "Bernama",
        ["Bernama"],
        "signoff-double-dash",
        signoff("-- BERNAMA"),
    ),
    case(
        "wire",
        "en",
        AMP1,
        LIB,
        "Press Trust of India",
        ["Press Trust of India", "PTI"],
        "pti-signoff-staff-codes",
        raw("tail", "PTI RMS NSD", "<p>PTI RMS NSD</p>"),
        note="PTI copy ends with the agency and the desk's initials",
    ),
    case(
        "wire",
        "en",
        WP4,
        CHESS,
        "IANS",
        ["IANS", "Indo-Asian News Service"],
        "ians-signoff-desk-codes",
        raw("tail", "--IANS", "<p>--IANS</p>"),
        raw("tail", "ab/kvd", "<p>ab/kvd</p>"),
        note="IANS copy ends with the agency and the desk's initials on the next line; both lines are credit lines",
    ),
    case(
        "wire",
        "en",
        NL2,
        HEAT,
        "Dow Jones Newswires",
        ["Dow Jones Newswires", "Dow Jones"],
        "dow-jones-end-trailer",
        tail("Write to Harriet Vale at harriet.vale@wsj.com"),
        tail("(END) Dow Jones Newswires"),
        tail("March 05, 2026 10:12 ET (15:12 GMT)"),
        tail("Copyright (c) 2026 Dow Jones & Company, Inc."),
        note="the Dow Jones Newswires trailer; the writer's address and timestamp lines are part of it",
    ),
    case(
        "wire",
        "en",
        BS1,
        SWIM,
        "Inter Press Service",
        ["Inter Press Service", "IPS"],
        "ips-bureau-trailer",
        tail("IPS UN Bureau Report"),
        tail("Follow @IPSNewsUNBureau"),
    ),
    case(
        "wire",
        "en",
        GHOST3,
        TOLL,
        "Thomson Reuters Foundation",
        ["Thomson Reuters Foundation", "TRF"],
        "trf-reporting-and-description",
        tail(
            "(Reporting by Amara Okafor; Editing by Lyle Brennan. The Thomson Reuters Foundation is the charitable arm of Thomson Reuters.)"
        ),
        note="disputable: the Foundation's trailer names Thomson Reuters; the original is the Foundation, not Reuters",
    ),
    case(
        "in_table",
        "en",
        DR1,
        CHESS,
        "Bloomberg",
        ["Bloomberg", "Bloomberg News"],
        "bloomberg-assistance-and-copyright-photographer-caption",
        figure("The Kilbarrow team at the final round. Photographer: Niamh Gallagher/Bloomberg"),
        tail("--With assistance from Declan Rourke."),
        tail("©2026 Bloomberg L.P."),
        note="Bloomberg's trailer; the caption's 'Photographer: …/Bloomberg' is Bloomberg's own photo",
    ),
    case(
        "in_table",
        "en",
        WP1,
        TRAM,
        "Sky News",
        ["Sky News", "Sky"],
        "text-outlet-photo-wire",
        figure("Firefighters at the Bellwick depot. Photograph: PA Wire"),
        tail("This report was first broadcast by Sky News.", tag="em"),
        note="two roles: Sky News the text, PA the photo",
    ),
    # ======================= English, null: mentions =======================
    nul(
        "negative_mention",
        "en",
        WP3,
        TOLL,
        "quote-names-outlet-last-paragraph",
        coda(
            '"As The Economist put it years ago, a bridge is only as strong as its cables, and ours are tired," Ndlovu said.'
        ),
        note="an outlet inside a quote in the last paragraph",
    ),
    nul(
        "negative_mention",
        "en",
        ARC1,
        LIB,
        "lead-according-to-report-in",
        lead(
            "According to a report in The Times, the county had considered closing two branches before it dropped the fines."
        ),
        note="'according to a report in X' as the first sentence of a staff story",
    ),
    nul(
        "negative_mention",
        "en",
        BS1,
        TRAM,
        "mid-first-reported-the-story",
        keep=(
            "The Guardian first reported the problems with the chargers in a story last November.",
        ),
        note="'X first reported the story' in the middle of a staff story",
    ),
    nul(
        "negative_mention",
        "en",
        DR2,
        SWIM,
        "letter-to-the-editor-of",
        raw(
            "head",
            "Letter: A version of this letter was also sent to the editor of The Irish Times.",
            '<p class="letter-note"><em>Letter: A version of this letter was also sent to the editor of The Irish Times.</em></p>',
        ),
        note="a reader's letter: the writer sent it to another paper too; no outlet published this page's text",
    ),
    nul(
        "negative_mention",
        "en",
        CH1,
        HEAT,
        "footnote-sources-data-own-analysis",
        footnote("Sources: World Bank, IMF, Riverside Signal analysis"),
        note="a data footnote under a chart naming the site's own analysis",
    ),
    nul(
        "negative_mention",
        "en",
        OP1,
        TOLL,
        "footnote-sources-reuters-calculations",
        footnote("Sources: national statistics office, Reuters calculations"),
        note="disputable: Reuters calculations are a data source here, the text is the portal's own",
    ),
    nul(
        "negative_mention",
        "en",
        WP2,
        HEAT,
        "source-company-filings",
        raw(
            "tail",
            "Source: company filings",
            '<p class="chart-source"><small>Source: company filings</small></p>',
        ),
    ),
    nul(
        "negative_mention",
        "en",
        GHOST2,
        TRAM,
        "source-person-spokesperson",
        raw(
            "tail",
            "Source: Ruairi Densmore, spokesperson, Carrowmere Transport",
            '<p class="chart-source"><small>Source: Ruairi Densmore, spokesperson, Carrowmere Transport</small></p>',
        ),
    ),
    nul(
        "negative_mention",
        "en",
        ARC2,
        LIB,
        "author-box-former-correspondent",
        chrome_after(
            '<div class="author-bio"><img src="/authors/m.jpg" alt=""><p><strong>Marisa Quennell</strong> is a former BBC correspondent who writes about public services for the Harcourt Star.</p></div>',
            "Marisa Quennell is a former BBC correspondent who writes about public services for the Harcourt Star.",
        ),
        note="an author box: 'a former X correspondent' credits nobody",
    ),
    nul(
        "negative_mention",
        "en",
        BS2,
        SWIM,
        "listen-on-podcast-links",
        chrome_after(
            '<div class="podcast-promo"><p>Hear more on our weekly podcast, The Tolley Hour.</p><ul><li><a href="https://one.npr.org/">Listen on NPR One</a></li><li><a href="https://podcasts.apple.com/">Apple Podcasts</a></li><li><a href="https://open.spotify.com/">Spotify</a></li></ul></div>',
            "Hear more on our weekly podcast, The Tolley Hour. Listen on NPR One Apple Podcasts Spotify",
        ),
        note="'Listen on NPR One' is a podcast app link, not a credit",
    ),
    nul(
        "negative_mention",
        "en",
        BIZ1,
        HEAT,
        "as-seen-on-badges",
        chrome_after(
            '<div class="as-seen-on"><span>As seen on</span> <img src="/badges/cnn.png" alt="CNN"> <img src="/badges/fox.png" alt="Fox News"> <img src="/badges/bbc.png" alt="BBC"></div>',
            "As seen on",
        ),
        note="a business site's 'As seen on' badges",
    ),
    nul(
        "negative_mention",
        "en",
        WP1,
        CHESS,
        "follow-us-on-google-news-msn",
        chrome_after(
            '<div class="follow-box"><p>Follow us on <a href="https://news.google.com/publications/CAAqB">Google News</a> and <a href="https://www.msn.com/en-gb/channel/source/Larkfield-Gazette/">MSN</a></p></div>',
            "Follow us on Google News and MSN",
        ),
        note="'Follow us on MSN': MSN is in the table but only distributes the site",
    ),
    nul(
        "negative_mention",
        "en",
        GHOST3,
        HEAT,
        "staff-contributed-reporting-surname-reuter",
        raw(
            "tail",
            "Maren Reuter contributed reporting.",
            "<p><em>Maren Reuter contributed reporting.</em></p>",
        ),
        note="a staff reporter whose surname is Reuter; not the agency",
    ),
    nul(
        "negative_mention",
        "en",
        AG1,
        TRAM,
        "aggregator-read-more-teasers",
        bysite("HeadlineStack Local"),
        chrome_after(
            '<aside class="read-more"><h4>Read more</h4><ul><li><a href="https://headlinestack.app/s/91">Bus drivers vote on new rota</a> <span class="src">The Guardian</span></li><li><a href="https://headlinestack.app/s/92">City budget gap widens</a> <span class="src">BBC News</span></li><li><a href="https://headlinestack.app/s/93">Rail fares frozen for a year</a> <span class="src">Reuters</span></li></ul></aside>'
        ),
        note="the aggregator's own local story with teaser boxes labelled with other outlets",
    ),
    nul(
        "negative_mention",
        "en",
        RG2,
        LIB,
        "told-the-bbc-today-programme",
        keep=(
            "Penhaligon told the BBC's Today programme on Tuesday that other counties had asked for the figures.",
        ),
    ),
    nul(
        "negative_mention",
        "en",
        NL1,
        TOLL,
        "coda-as-the-ft-reported",
        coda(
            "The trust's finances were first examined in detail by the Financial Times last year."
        ),
        note="a mention as the last sentence of a staff newsletter",
    ),
    nul(
        "negative_mention",
        "en",
        JO1,
        SWIM,
        "quoted-lead-in-interview-with",
        lead(
            '"We never thought we would swim here again," Grewal said in an interview with Al Jazeera last week.'
        ),
        note="an interview with another outlet as the first sentence",
    ),
    nul(
        "negative_mention",
        "en",
        BLOG1,
        LIB,
        "blogger-comment-names-outlet",
        chrome_after(
            "<div class='comment-thread'><ol><li class='comment'><div class='comment-block'><cite class='user'>harbour_dave</cite><p class='comment-content'>The BBC covered this last week too, but your post has the real figures.</p></li></ol></div>",
            "harbour_dave The BBC covered this last week too, but your post has the real figures.",
        ),
        note="a reader's comment names an outlet",
    ),
    nul(
        "negative_mention",
        "en",
        PT1,
        CHESS,
        "portal-own-story-more-from",
        bysite("Story by NewsHub Portal staff"),
        chrome_after(
            '<section class="more-from"><h3>More from Reuters</h3><ul><li><a href="https://www.newshubportal.com/r/1">Markets steady ahead of rate decision</a></li></ul></section>'
        ),
        note="the portal's own staff story next to a 'More from Reuters' module",
    ),
    # ======================= English, null: captions =======================
    nul(
        "negative_caption",
        "en",
        WP3,
        TRAM,
        "getty-afp-credit-last-line",
        caption_last("(Photo by Darragh Quinlan/AFP via Getty Images)"),
        note="a photo credit typed as the last line of the text",
    ),
    nul(
        "negative_caption",
        "en",
        BS2,
        HEAT,
        "lead-image-figcaption-reuters",
        figure("Tenant Bridget Okonjo in her kitchen. Photo: Reuters/Olumide Aina"),
    ),
    nul(
        "negative_caption",
        "en",
        DR1,
        TOLL,
        "lead-image-figcaption-ap-photo",
        figure("Lorries queue at the eastern toll plaza. (AP Photo/Meera Solanki)"),
    ),
    nul(
        "negative_caption",
        "en",
        ARC1,
        SWIM,
        "figcaption-pa-wire",
        figure("Lifeguards at Farnham Mill. Photograph: Gethin Rowe/PA Wire"),
    ),
    nul(
        "negative_caption",
        "en",
        GHOST1,
        CHESS,
        "ghost-image-card-epa",
        raw(
            "figure",
            "Image: EPA-EFE/Tomasz Kowal",
            '<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/chess.jpg" class="kg-image" alt=""><figcaption>Image: EPA-EFE/Tomasz Kowal</figcaption></figure>',
            credit=False,
        ),
    ),
    nul(
        "negative_caption",
        "en",
        CH1,
        LIB,
        "photographer-bloomberg-caption",
        figure(
            "Books returned at the Ashgrove central branch. Photographer: Ellis Barrow/Bloomberg"
        ),
    ),
    nul(
        "negative_caption",
        "en",
        BLOG3,
        TRAM,
        "blogger-image-caption-table-xinhua",
        raw(
            "figure",
            "Smoke over the depot. (Xinhua/Li Wen)",
            "<table align='center' cellpadding='0' cellspacing='0' class='tr-caption-container'><tbody><tr><td><a href='/img/depot.jpg'><img border='0' src='/img/depot.jpg' width='640'></a></td></tr><tr><td class='tr-caption'>Smoke over the depot. (Xinhua/Li Wen)</td></tr></tbody></table>",
            credit=False,
        ),
        note="Blogger's caption table under the lead image",
    ),
    nul(
        "negative_caption",
        "en",
        RG1,
        HEAT,
        "video-caption-reuters",
        raw(
            "mid",
            "Video: Reuters",
            '<figure class="video"><iframe src="https://www.youtube-nocookie.com/embed/x7Qp2" width="640" height="360"></iframe><figcaption>Video: Reuters</figcaption></figure>',
            credit=False,
        ),
    ),
    # ======================= English, null: no credit =======================
    nul("no_credit", "en", GHOST2, LIB, "ghost-staff-story-plain"),
    nul("no_credit", "en", BLOG2, CHESS, "blogger-personal-post"),
    nul(
        "no_credit",
        "en",
        AMP1,
        TOLL,
        "syndicated-feed-disclaimer-no-name",
        tail(
            "(Except for the headline, this story has not been edited by Bharat Samachar staff and is published from a syndicated feed.)",
            tag="i",
        ),
        note="disputable: a syndicated feed, but no outlet is named; nobody can be credited",
    ),
    nul(
        "no_credit",
        "en",
        BIZ1,
        SWIM,
        "press-release-source-company",
        tail("SOURCE GreenRoof Solutions Ltd"),
        note="disputable: a press release on the issuer's site; 'SOURCE <company>' names the issuer, and no distributor is named",
    ),
    nul(
        "no_credit",
        "en",
        WP2,
        CHESS,
        "site-own-ap-style-copyright",
        tail(
            "Copyright © 2026 Mawrick Mercury. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
            tag="small",
        ),
        note="the wire-style copyright sentence, but the site's own",
    ),
    nul(
        "no_credit",
        "en",
        NL1,
        SWIM,
        "newsletter-forwarded-subscribe",
        chrome_after(
            '<div class="footer-cta"><p>Forwarded this email? <a href="https://weeklyfold.news/subscribe">Subscribe here</a> for more.</p></div>'
        ),
    ),
    nul(
        "no_credit",
        "en",
        BS1,
        LIB,
        "sponsored-content-disclaimer",
        head(
            "This content was paid for by Ashgrove Reading Trust and produced by our partner studio. The Westmarch Public Radio newsroom was not involved in its creation.",
            tag="em",
            cls="sponsor-disclaimer",
        ),
        note="a sponsored-content disclaimer: a sponsor, not a publisher",
    ),
    nul("no_credit", "en", OP2, CHESS, "oldportal-staff-by-reporter", bysite("By Our Reporter")),
    nul(
        "no_credit",
        "en",
        DR2,
        TRAM,
        "drupal-staff-with-desk-line",
        raw(
            "tail",
            "Compiled by the Greenbank Journal news desk.",
            "<p><em>Compiled by the Greenbank Journal news desk.</em></p>",
            credit=False,
        ),
    ),
    nul(
        "no_credit",
        "en",
        AG1,
        SWIM,
        "aggregator-own-summary",
        bysite("HeadlineStack Editors"),
        note="the aggregator's own summary, labelled with its own desk",
    ),
    # ======================= English, null: outlets' own pages =======================
    nul(
        "own_page",
        "en",
        OWN_ICN,
        HEAT,
        "own-series-line",
        rich(
            "tail",
            "This article is part of Inside Climate News' series on how older homes are being fitted for a warmer, electric future.",
            tag="em",
        ),
        note="'This article is part of X's series' on X's own site",
    ),
    nul(
        "own_page",
        "en",
        OWN_GRIST,
        HEAT,
        "own-republish-policy-cc-by-nd",
        chrome_after(
            '<div class="republish-box"><h3>Republish this article</h3><p>You may republish this article under CC BY-ND 4.0, online or in print, as long as you credit Grist and link to the original.</p><button>Copy HTML</button></div>',
            "Republish this article You may republish this article under CC BY-ND 4.0, online or in print, as long as you credit Grist and link to the original.",
        ),
        note="the outlet's own republishing policy on its own page",
    ),
    nul(
        "own_page",
        "en",
        OWN_19TH,
        CHESS,
        "own-republish-this-story-button",
        chrome_after(
            '<div class="republish-story"><a class="btn" href="#republish">Republish this story</a><p>The 19th is an independent, nonprofit newsroom. Our stories are free to republish under our guidelines.</p></div>',
            "Republish this story The 19th is an independent, nonprofit newsroom. Our stories are free to republish under our guidelines.",
        ),
    ),
    nul(
        "own_page",
        "en",
        OWN_CHALKBEAT,
        LIB,
        "own-page-same-trailer-as-copies",
        rich(
            "tail",
            "Chalkbeat is a nonprofit news site covering educational change in public schools.",
            tag="em",
        ),
        note="the trailer the outlet asks republishers to keep, on its own page: null (compare the City Hall Memo copy)",
    ),
    # ======================= German =======================
    case(
        "wire",
        "de",
        DE1,
        "de_hallenbad",
        "KNA",
        ["KNA", "Katholische Nachrichten-Agentur"],
        "copyright-trailer-small",
        tail("© KNA. Alle Rechte vorbehalten.", tag="small"),
    ),
    case(
        "out_of_table",
        "de",
        DE2,
        "de_hallenbad",
        "Der Tagesspiegel",
        ["Der Tagesspiegel", "Tagesspiegel", "tagesspiegel.de"],
        "tail-zuerst-erschienen-im",
        tail("Dieser Beitrag ist zuerst im Tagesspiegel erschienen.", tag="em"),
        note="the dative 'im Tagesspiegel': accept 'Tagesspiegel'",
    ),
    case(
        "in_table",
        "de",
        DE3,
        "de_hallenbad",
        "Süddeutsche Zeitung",
        ["Süddeutsche Zeitung", "SZ", "sueddeutsche.de"],
        "blogger-div-quelle",
        blogger_div(
            "Quelle:",
            "Süddeutsche Zeitung",
            "https://www.sueddeutsche.de/bayern/hallenbad-kleinrodenau-1.7712093",
        ),
    ),
    nul(
        "negative_mention",
        "de",
        DE1,
        "de_hallenbad",
        "quelle-destatis",
        raw(
            "tail",
            "Quelle: Statistisches Bundesamt (Destatis)",
            '<p class="grafik-quelle"><small>Quelle: Statistisches Bundesamt (Destatis)</small></p>',
        ),
    ),
    nul(
        "negative_caption",
        "de",
        DE3,
        "de_hallenbad",
        "foto-dpa-picture-alliance",
        figure(
            "Das Sportbecken im Hallenbad Kleinrodenau. Foto: picture alliance/dpa | Sven Hoppe"
        ),
    ),
    # ======================= French =======================
    case(
        "wire",
        "fr",
        FR1,
        "fr_boulangerie",
        "AFP",
        ["AFP", "Agence France-Presse"],
        "byline-la-redaction-avec-afp",
        by("La rédaction avec AFP", "auteur"),
        note="'La rédaction avec AFP': the site's desk rewrote AFP copy; credit AFP",
    ),
    case(
        "in_table",
        "fr",
        FR2,
        "fr_boulangerie",
        "franceinfo",
        ["franceinfo", "France Info", "francetvinfo.fr"],
        "labelled-source-espace",
        labelled(
            "tail",
            "Source :",
            "franceinfo",
            "article-source",
            href="https://www.francetvinfo.fr/economie/saint-aubrac-boulangerie_6612.html",
        ),
    ),
    case(
        "out_of_table",
        "fr",
        FR1,
        "fr_boulangerie",
        "Le Devoir",
        ["Le Devoir", "ledevoir.com"],
        "tail-initialement-publie",
        tail("Cet article a été initialement publié dans Le Devoir.", tag="em"),
    ),
    nul(
        "negative_mention",
        "fr",
        FR2,
        "fr_boulangerie",
        "lead-selon-nos-confreres",
        lead(
            "Selon nos confrères du Parisien, d'autres villages de la région préparent des projets semblables."
        ),
        note="'selon nos confrères du Parisien' as the first sentence: a mention",
    ),
    nul(
        "negative_caption",
        "fr",
        FR1,
        "fr_boulangerie",
        "photo-illustration-afp",
        figure("La vitrine rénovée de la boulangerie. Photo d'illustration AFP / Jean-Luc Dumas"),
    ),
    nul(
        "negative_mention",
        "fr",
        FR2,
        "fr_boulangerie",
        "source-insee",
        raw("tail", "Source : Insee", '<p class="source-graphique">Source : Insee</p>'),
    ),
    # ======================= Spanish =======================
    case(
        "wire",
        "es",
        ES1,
        "es_embalse",
        "EFE",
        ["EFE", "Agencia EFE"],
        "signoff-parenthesis-efe",
        in_last_p("(EFE)"),
    ),
    case(
        "in_table",
        "es",
        ES2,
        "es_embalse",
        "Infobae",
        ["Infobae", "infobae.com"],
        "tail-publicada-originalmente",
        tail("Esta nota fue publicada originalmente en Infobae.", tag="em"),
    ),
    case(
        "out_of_table",
        "es",
        ES1,
        "es_embalse",
        "elDiario.es",
        ["elDiario.es", "eldiario.es", "El Diario"],
        "head-strong-fuente",
        rich(
            "head",
            "Fuente: ",
            (
                "elDiario.es",
                "https://www.eldiario.es/castilla-la-mancha/valdecuervos_1_11223344.html",
            ),
            tag="strong",
        ),
    ),
    nul(
        "negative_mention",
        "es",
        ES2,
        "es_embalse",
        "fuente-ine",
        raw(
            "tail",
            "Fuente: INE y confederación hidrográfica",
            '<p class="fuente-grafico"><small>Fuente: INE y confederación hidrográfica</small></p>',
        ),
    ),
    nul(
        "negative_caption",
        "es",
        ES1,
        "es_embalse",
        "foto-efe-caption",
        figure("El embalse de Valdecuervos, el pasado lunes. Foto: EFE/Nacho Gallego"),
    ),
    # ======================= Italian =======================
    case(
        "wire",
        "it",
        IT1,
        "it_funivia",
        "Adnkronos",
        ["Adnkronos"],
        "dateline-adnkronos-and-riproduzione",
        dateline("(Adnkronos) -"),
        tail("RIPRODUZIONE RISERVATA © Copyright Adnkronos", tag="small"),
    ),
    case(
        "in_table",
        "it",
        IT2,
        "it_funivia",
        "La Repubblica",
        ["La Repubblica", "Repubblica", "repubblica.it"],
        "drupal-articolo-tratto-da",
        rich(
            "tail",
            "Articolo tratto da ",
            ("la Repubblica", "https://www.repubblica.it/cronaca/2026/03/05/funivia-cerrano/"),
            tag="em",
        ),
    ),
    case(
        "out_of_table",
        "it",
        IT1,
        "it_funivia",
        "Il Post",
        ["Il Post", "ilpost.it"],
        "tail-pubblicato-originariamente",
        tail("Questo articolo è stato pubblicato originariamente su Il Post.", tag="em"),
    ),
    nul(
        "negative_caption",
        "it",
        IT2,
        "it_funivia",
        "foto-lapresse",
        figure("Una delle nuove cabine della funivia. Foto LaPresse"),
        note="LaPresse is a photo agency here",
    ),
    nul(
        "negative_mention",
        "it",
        IT1,
        "it_funivia",
        "fonte-istat",
        raw(
            "tail",
            "Fonte: Istat, elaborazione Valfonda News",
            '<p class="fonte"><small>Fonte: Istat, elaborazione Valfonda News</small></p>',
        ),
    ),
    # ======================= Portuguese =======================
    case(
        "wire",
        "pt",
        PT_1,
        "pt_mercado",
        "Agência Lusa",
        ["Agência Lusa", "Lusa", "Agencia Lusa"],
        "byline-lusa-and-copyright",
        by("Lusa", "autor", credit=False),
        tail("© 2026 Lusa - Agência de Notícias de Portugal, S.A.", tag="small"),
    ),
    case(
        "out_of_table",
        "pt",
        PT_2,
        "pt_mercado",
        "Expresso",
        ["Expresso", "expresso.pt"],
        "tail-originalmente-publicado",
        tail("Este artigo foi originalmente publicado no Expresso.", tag="em"),
    ),
    nul(
        "negative_caption",
        "pt",
        PT_2,
        "pt_mercado",
        "foto-lusa-caption",
        figure("As bancas do mercado no dia da reabertura. Foto: Lusa / Miguel Antunes"),
    ),
    nul(
        "negative_mention",
        "pt",
        PT_2,
        "pt_mercado",
        "fonte-ine-pt",
        raw(
            "tail", "Fonte: INE, Pordata", '<p class="fonte"><small>Fonte: INE, Pordata</small></p>'
        ),
    ),
    # ======================= Dutch =======================
    case(
        "wire",
        "nl",
        NL_1,
        "nl_fietsbrug",
        "ANP",
        ["ANP", "Algemeen Nederlands Persbureau"],
        "labelled-bron-anp",
        labelled("tail", "Bron:", "ANP", "artikel-bron"),
    ),
    case(
        "out_of_table",
        "nl",
        NL_2,
        "nl_fietsbrug",
        "NRC",
        ["NRC", "NRC Handelsblad", "nrc.nl"],
        "tail-verscheen-eerder-in",
        tail("Dit artikel verscheen eerder in NRC.", tag="em"),
    ),
    case(
        "out_of_table",
        "nl",
        NL_1,
        "nl_fietsbrug",
        "NOS",
        ["NOS", "nos.nl", "NOS Nieuws"],
        "head-bron-nos",
        head("Bron: NOS", tag="strong"),
    ),
    nul(
        "negative_mention",
        "nl",
        NL_2,
        "nl_fietsbrug",
        "bron-cbs-statistics",
        raw("tail", "Bron: CBS", '<p class="grafiek-bron"><small>Bron: CBS</small></p>'),
        note="CBS is Statistics Netherlands here, not CBS News (which the table lists)",
    ),
    nul(
        "negative_caption",
        "nl",
        NL_1,
        "nl_fietsbrug",
        "foto-anp-caption",
        figure("De nieuwe fietsbrug over de Weteringsvaart. Foto: ANP / Robin van Lunteren"),
    ),
    # ======================= Polish =======================
    case(
        "wire",
        "pl",
        PL1,
        "pl_tramwaj",
        "Polish Press Agency",
        ["Polish Press Agency", "PAP", "Polska Agencja Prasowa"],
        "labelled-zrodlo-pap",
        labelled("tail", "Źródło:", "PAP", "art-source"),
    ),
    case(
        "out_of_table",
        "pl",
        PL2,
        "pl_tramwaj",
        "Gazeta Wyborcza",
        ["Gazeta Wyborcza", "Wyborcza", "wyborcza.pl"],
        "tail-ukazal-sie-w-gazecie",
        tail("Tekst ukazał się pierwotnie w „Gazecie Wyborczej”.", tag="em"),
        note="inflected 'w Gazecie Wyborczej'",
    ),
    nul(
        "negative_mention",
        "pl",
        PL1,
        "pl_tramwaj",
        "zrodlo-gus",
        raw("tail", "Źródło: GUS", '<p class="zrodlo-wykres"><small>Źródło: GUS</small></p>'),
    ),
    nul(
        "negative_caption",
        "pl",
        PL2,
        "pl_tramwaj",
        "fot-pap-caption",
        figure("Tramwaj na pętli Zielone Wzgórze. Fot. PAP/Leszek Szymański"),
    ),
    # ======================= Swedish =======================
    case(
        "wire",
        "sv",
        SV1,
        "sv_farja",
        "TT Nyhetsbyrån",
        ["TT Nyhetsbyrån", "TT"],
        "byline-tt-and-kalla",
        by("TT", "byline", credit=False),
        tail("Källa: TT", tag="em"),
    ),
    case(
        "out_of_table",
        "sv",
        SV2,
        "sv_farja",
        "Dagens Nyheter",
        ["Dagens Nyheter", "DN", "dn.se"],
        "ghost-callout-publicerades-forst",
        callout("Artikeln publicerades först i Dagens Nyheter."),
    ),
    nul(
        "negative_mention",
        "sv",
        SV1,
        "sv_farja",
        "kalla-scb",
        raw("tail", "Källa: SCB", '<p class="grafik-kalla"><small>Källa: SCB</small></p>'),
    ),
    nul(
        "negative_caption",
        "sv",
        SV2,
        "sv_farja",
        "foto-tt-caption",
        figure("Färjan vid läget i Skärvik. Foto: Johan Nilsson/TT"),
    ),
    # ======================= Finnish =======================
    case(
        "wire",
        "fi",
        FI1,
        "fi_koulu",
        "STT",
        ["STT", "Suomen Tietotoimisto"],
        "lastp-parenthesis-stt",
        in_last_p("(STT)"),
    ),
    case(
        "out_of_table",
        "fi",
        FI2,
        "fi_koulu",
        "Helsingin Sanomat",
        ["Helsingin Sanomat", "HS", "hs.fi"],
        "tail-julkaistiin-alun-perin",
        tail("Juttu julkaistiin alun perin Helsingin Sanomissa.", tag="em"),
        note="inflected 'Helsingin Sanomissa'",
    ),
    nul(
        "negative_mention",
        "fi",
        FI1,
        "fi_koulu",
        "lahde-tilastokeskus",
        raw(
            "tail",
            "Lähde: Tilastokeskus",
            '<p class="lahde"><small>Lähde: Tilastokeskus</small></p>',
        ),
    ),
    nul(
        "negative_caption",
        "fi",
        FI2,
        "fi_koulu",
        "kuva-lehtikuva",
        figure("Mustalahden koulun piha. Kuva: Lehtikuva / Markku Ulander"),
    ),
    # ======================= Danish =======================
    case(
        "wire",
        "da",
        DA1,
        "da_havn",
        "Ritzau",
        ["Ritzau", "Ritzaus Bureau"],
        "lastp-slash-ritzau",
        in_last_p("/ritzau/"),
        note="Ritzau copy ends '/ritzau/' after the final sentence",
    ),
    case(
        "out_of_table",
        "da",
        DA2,
        "da_havn",
        "Politiken",
        ["Politiken", "politiken.dk"],
        "tail-forst-bragt-i",
        tail("Artiklen blev først bragt i Politiken.", tag="em"),
    ),
    nul(
        "negative_mention",
        "da",
        DA1,
        "da_havn",
        "kilde-danmarks-statistik",
        raw(
            "tail",
            "Kilde: Danmarks Statistik",
            '<p class="kilde"><small>Kilde: Danmarks Statistik</small></p>',
        ),
    ),
    nul(
        "negative_caption",
        "da",
        DA2,
        "da_havn",
        "foto-ritzau-scanpix",
        figure("Havnen i Søholt set fra molen. Foto: Bo Amstrup/Ritzau Scanpix"),
    ),
    # ======================= Vietnamese =======================
    case(
        "wire",
        "vi",
        VI1,
        "vi_cau",
        "Vietnam News Agency",
        ["Vietnam News Agency", "TTXVN", "VNA"],
        "right-aligned-theo-ttxvn",
        right("Theo TTXVN"),
        note="Vietnamese sites end copied stories with a right-aligned bold 'Theo <source>'",
    ),
    case(
        "out_of_table",
        "vi",
        VI2,
        "vi_cau",
        "VnExpress",
        ["VnExpress", "vnexpress.net"],
        "right-aligned-theo-vnexpress",
        right("Theo VnExpress"),
    ),
    nul(
        "negative_caption",
        "vi",
        VI2,
        "vi_cau",
        "anh-ttxvn-caption",
        figure("Cầu mới bắc qua sông Trà Lâm. Ảnh: TTXVN"),
    ),
    nul(
        "negative_mention",
        "vi",
        VI1,
        "vi_cau",
        "nguon-tong-cuc-thong-ke",
        raw(
            "tail",
            "Nguồn: Tổng cục Thống kê",
            '<p class="nguon"><em>Nguồn: Tổng cục Thống kê</em></p>',
        ),
    ),
    # ======================= Greek =======================
    case(
        "out_of_table",
        "el",
        EL1,
        "el_limani",
        "ΑΠΕ-ΜΠΕ",
        ["ΑΠΕ-ΜΠΕ", "ΑΠΕ", "Αθηναϊκό-Μακεδονικό Πρακτορείο Ειδήσεων", "ANA-MPA", "AMNA"],
        "tail-pigi-ape",
        tail("Πηγή: ΑΠΕ-ΜΠΕ", tag="strong"),
        note="the Athens-Macedonian News Agency is a wire but not in the table: filed out_of_table",
    ),
    case(
        "out_of_table",
        "el",
        EL2,
        "el_limani",
        "Η Καθημερινή",
        ["Η Καθημερινή", "Καθημερινή", "Kathimerini", "kathimerini.gr"],
        "labelled-pigi-kathimerini",
        labelled(
            "tail",
            "Πηγή:",
            "Καθημερινή",
            "article-source",
            href="https://www.kathimerini.gr/society/5633021/limani-kalamitsas/",
        ),
    ),
    nul(
        "negative_mention",
        "el",
        EL1,
        "el_limani",
        "pigi-elstat",
        raw("tail", "Πηγή: ΕΛΣΤΑΤ", '<p class="pigi"><small>Πηγή: ΕΛΣΤΑΤ</small></p>'),
    ),
    nul(
        "negative_caption",
        "el",
        EL2,
        "el_limani",
        "eurokinissi-caption",
        figure("Το λιμάνι της Καλαμίτσας. Φωτογραφία: EUROKINISSI / Γιώργος Κοντάρης"),
    ),
    nul(
        "negative_mention",
        "el",
        EL2,
        "el_limani",
        "dilose-stin-ert",
        keep=(
            "Ο δήμαρχος δήλωσε στην ΕΡΤ ότι το λιμάνι θα είναι έτοιμο για την τουριστική περίοδο.",
        ),
    ),
    # ======================= more credited pages: two or three outlets in different roles =======================
    case(
        "wire",
        "en",
        PT1,
        TRAM,
        "Associated Press",
        ["Associated Press", "AP", "The Associated Press"],
        "portal-story-by-ap-reuters-photo",
        byline(
            "Story by Daniela Ortiz • The Associated Press",
            '<div class="byline"><span class="byline-story">Story by Daniela Ortiz</span> • <span class="provider">The Associated Press</span></div>',
        ),
        figure("Replacement buses wait outside the depot. (Reuters/Padraig Quill)"),
        note="three roles: the portal distributes, AP wrote the text, Reuters took the photo",
    ),
    case(
        "in_table",
        "en",
        ARC1,
        HEAT,
        "Chicago Tribune",
        ["Chicago Tribune", "chicagotribune.com"],
        "tca-distributed-trailer",
        tail(
            "©2026 Chicago Tribune. Visit chicagotribune.com. Distributed by Tribune Content Agency, LLC.",
            tag="em",
        ),
        note="two roles: the Chicago Tribune published it, Tribune Content Agency distributes it",
    ),
    case(
        "out_of_table",
        "en",
        BS2,
        LIB,
        "The Dallas Morning News",
        ["The Dallas Morning News", "Dallas Morning News", "dallasnews.com"],
        "tca-distributed-trailer-out",
        tail(
            "©2026 The Dallas Morning News. Distributed by Tribune Content Agency, LLC.", tag="em"
        ),
    ),
    case(
        "wire",
        "en",
        WP3,
        CHESS,
        "Australian Associated Press",
        ["Australian Associated Press", "AAP"],
        "lastp-with-aap",
        in_last_p("- with AAP"),
        note="a local rewrite 'with AAP' typed after the final sentence credits AAP, as '(With inputs from PTI)' does",
    ),
    case(
        "out_of_table",
        "en",
        DR2,
        TOLL,
        "The Trace",
        ["The Trace", "thetrace.org"],
        "produced-by-in-partnership-with",
        tail(
            "This story was produced by The Trace, a nonprofit newsroom, in partnership with The Guardian.",
            tag="em",
        ),
        note="disputable: two outlets; The Trace produced the story, The Guardian co-published it: credit The Trace",
    ),
    case(
        "wire",
        "en",
        ARC2,
        HEAT,
        "Reuters",
        ["Reuters", "Thomson Reuters"],
        "staff-edited-from-reuters-reports",
        tail("Edited by Harcourt Star staff from Reuters reports.", tag="em"),
        note="the site's desk edited Reuters copy; 'from wire reports' without a name would credit nobody",
    ),
    case(
        "in_table",
        "en",
        AMP1,
        CHESS,
        "Moneycontrol",
        ["Moneycontrol", "moneycontrol.com"],
        "amp-first-appeared-on",
        tail("This story first appeared on Moneycontrol.", tag="i"),
    ),
    case(
        "wire",
        "en",
        OP2,
        SWIM,
        "Kyodo News",
        ["Kyodo News", "Kyodo"],
        "kyodo-double-equals-signoff",
        tail("==Kyodo"),
        note="Kyodo's English copy ends with '==Kyodo'",
    ),
    case(
        "in_table",
        "de",
        DE2,
        "de_hallenbad",
        "Die Zeit",
        ["Die Zeit", "ZEIT ONLINE", "Zeit Online", "zeit.de"],
        "tail-zuerst-auf-zeit-online",
        tail("Dieser Artikel erschien zuerst auf ZEIT ONLINE.", tag="em"),
    ),
    case(
        "in_table",
        "fr",
        FR2,
        "fr_boulangerie",
        "Le Monde",
        ["Le Monde", "lemonde.fr"],
        "tail-paru-dans-le-monde",
        tail("Cet article est paru dans Le Monde.", tag="em"),
    ),
    case(
        "in_table",
        "es",
        ES1,
        "es_embalse",
        "El País",
        ["El País", "elpais.com"],
        "tail-publicado-originalmente-el-pais",
        rich(
            "tail",
            "Este artículo fue publicado originalmente en ",
            ("El País", "https://elpais.com/espana/2026-03-09/valdecuervos.html"),
            ".",
            tag="em",
        ),
    ),
    case(
        "wire",
        "it",
        IT2,
        "it_funivia",
        "ANSA",
        ["ANSA", "Agenzia ANSA"],
        "ansa-dateline-and-riproduzione",
        dateline("(ANSA) - VALFONDA, 09 MAR -"),
        tail("RIPRODUZIONE RISERVATA © Copyright ANSA", tag="small"),
    ),
    case(
        "out_of_table",
        "pt",
        PT_1,
        "pt_mercado",
        "Observador",
        ["Observador", "observador.pt"],
        "labelled-fonte-observador",
        labelled(
            "tail",
            "Fonte:",
            "Observador",
            "fonte-artigo",
            href="https://observador.pt/2026/03/06/mercado-vila-sernache/",
        ),
    ),
    case(
        "wire",
        "nl",
        NL_2,
        "nl_fietsbrug",
        "Belga",
        ["Belga", "Agence Belga"],
        "lastp-parenthesis-belga",
        in_last_p("(belga)"),
    ),
    case(
        "out_of_table",
        "vi",
        VI2,
        "vi_cau",
        "Tuổi Trẻ",
        ["Tuổi Trẻ", "Tuoi Tre", "tuoitre.vn"],
        "right-aligned-theo-tuoi-tre-link",
        raw(
            "tail",
            "Theo Tuổi Trẻ",
            '<p style="text-align: right;"><strong>Theo <a href="https://tuoitre.vn/cau-tra-lam-2026.htm">Tuổi Trẻ</a></strong></p>',
        ),
    ),
    case(
        "wire",
        "el",
        EL1,
        "el_limani",
        "Reuters",
        ["Reuters", "Ρόιτερς"],
        "tail-pigi-reuters",
        tail("Πηγή: Reuters", tag="strong"),
    ),
    case(
        "out_of_table",
        "pl",
        PL1,
        "pl_tramwaj",
        "Rzeczpospolita",
        ["Rzeczpospolita", "rp.pl"],
        "head-zrodlo-rzeczpospolita",
        head("Źródło: Rzeczpospolita", tag="strong"),
    ),
    # ======================= wires' own pages =======================
    nul(
        "own_page",
        "nl",
        OWN_ANP,
        "nl_fietsbrug",
        "wire-own-page-bron-anp",
        labelled("tail", "Bron:", "ANP", "artikel-bron"),
        note="ANP's own page carries the same source line as its clients' copies: null",
    ),
    nul(
        "own_page", "da", OWN_RITZAU, "da_havn", "wire-own-page-slash-ritzau", in_last_p("/ritzau/")
    ),
    nul("own_page", "fi", OWN_STT, "fi_koulu", "wire-own-page-stt", in_last_p("(STT)")),
]
