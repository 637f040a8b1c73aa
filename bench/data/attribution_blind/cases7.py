# ruff: noqa: E501, RUF001
"""Sites and cases of the seventh blind set (cases_2026-12-09.jsonl).

Written from newsroom conventions without reading the attribution code. Emphasis: wire copy as
real news sites run it. About 55% of the pages are agency copy on newspapers, local TV sites,
portals and aggregators, credited the way those sites credit it: the agency's own dateline in its
house style, a byline or CMS source field, an end tag or desk slug, a copyright trailer, a
JSON-LD author, or only the dateline; often with a photo from a different agency on the same page.
About 15% are the wires' and outlets' own pages carrying their own datelines and tags (null), and
about 30% are staff stories that mention, quote or picture agencies (null). Languages beyond
English: de, fr, es, it, pt, ja, ko, zh, ar, hi, tr, id, ru.
Append only: ids follow list order within (category, language).
"""

from __future__ import annotations

from typing import Any

from cases6 import by, bysite, caption_last, nul, own, wire
from model3 import Case3, Part, Site3, dateline, figure, meta, raw, tail
from model4 import labelled, signoff
from model5 import coda, in_last_p, lead

SITES7: dict[str, Site3] = {}


def _s(key: str, name: str, chrome: str, host: str = "") -> str:
    SITES7[key] = Site3(name, chrome, host or f"www.{key}")
    return key


def ld_org(name: str) -> dict[str, Any]:
    """JSON-LD whose author is the agency (what many CMSs emit for wire copy)."""
    return {"author": {"@type": "Organization", "name": name}}


def tnt(text: str) -> Part:
    """A BLOX byline as the wire feed fills it."""
    return by(text, cls="tnt-byline-wrap")


def jby(text: str, credit: bool = True) -> Part:
    """A Jannah-theme author slot filled with the agency's name."""
    html = f'<span class="meta-author"><a class="author-name tie-icon">{text}</a></span>'
    return raw("byline", text, html, credit)


def source_field(label: str, value: str, cls: str = "post-source") -> Part:
    return labelled("after", label, value, cls)


# Spellings accepted per agency (the table's canonical name first).
AP = ["Associated Press", "AP", "The Associated Press"]
RTR = ["Reuters"]
AFP = ["AFP", "Agence France-Presse"]
DPA = ["dpa", "Deutsche Presse-Agentur"]
EFE = ["EFE", "Agencia EFE"]
ANSA = ["ANSA"]
PTI = ["Press Trust of India", "PTI"]
ANI = ["ANI", "Asian News International"]
IANS = ["IANS", "Indo-Asian News Service"]
UNI = ["United News of India", "UNI"]
XH = ["Xinhua", "Xinhua News Agency", "新华社"]
KYODO = ["Kyodo News", "Kyodo", "共同通信", "共同"]
YONHAP = ["Yonhap", "Yonhap News Agency", "연합뉴스"]
AAP = ["Australian Associated Press", "AAP"]
CP = ["The Canadian Press", "Canadian Press"]
PA = ["PA Media", "PA", "Press Association"]
AA = ["Anadolu Agency", "Anadolu", "AA", "Anadolu Ajansı"]
TASS = ["TASS", "ТАСС"]
BERNAMA = ["Bernama"]
ANTARA = ["Antara", "ANTARA"]
UPI = ["United Press International", "UPI"]
EP = ["Europa Press"]
LUSA = ["Agência Lusa", "Lusa"]
ABR = ["Agência Brasil"]
JIJI = ["Jiji Press", "時事通信", "時事"]
NEWSIS = ["Newsis", "뉴시스"]
RIA = ["RIA Novosti", "РИА Новости"]
IFX = ["Interfax", "Интерфакс"]
ADN = ["Adnkronos"]
AGI = ["AGI"]
IHA = ["İhlas Haber Ajansı", "İHA"]
DHA = ["Demirören Haber Ajansı", "DHA"]
KUNA = ["Kuwait News Agency", "KUNA", "كونا"]
WAM = ["Emirates News Agency", "WAM", "وام"]

AP_TRAILER = "Copyright 2026 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission."

# ---------------------------------------------------------------- sites
# English: local newspapers and TV on BLOX, Arc and Brightspot; Jannah-theme portals; MSN/Yahoo-like
# partner portals; an aggregator; WordPress, Drupal, Joomla, AMP, Blogger, an old portal.
BX1 = _s("delmarvillecourier.com", "Delmarville Courier", "blox")
BX2 = _s("kvnw6news.com", "KVNW 6 News", "blox")
BX3 = _s("pinecountyrecord.com", "Pine County Record", "blox")
BX4 = _s("southforkdailypress.com", "South Fork Daily Press", "blox")
ARC1 = _s("stlawrencebeacon.com", "St. Lawrence Beacon", "arc")
ARC2 = _s("wfrx7.com", "WFRX 7", "arc")
BS1 = _s("kqtv9.com", "KQTV 9", "brightspot")
BS2 = _s("harborcityjournal.com", "Harbor City Journal", "brightspot")
JN1 = _s("lagosmorningpost.ng", "Lagos Morning Post", "jannah")
JN2 = _s("khaleejdigest.net", "Khaleej Digest", "jannah")
JN3 = _s("manilanewsroom.ph", "Manila Newsroom", "jannah")
JN4 = _s("nairobi-weekender.co.ke", "Nairobi Weekender", "jannah")
WP1 = _s("deccan-bulletin.in", "The Deccan Bulletin", "wp")
WP2 = _s("penangpulse.my", "Penang Pulse", "wp")
WP3 = _s("torontowestside.ca", "Toronto Westside", "wp")
DR1 = _s("midlandsexaminer.co.uk", "Midlands Examiner", "drupal")
DR2 = _s("hillcountrytimes.net.au", "Hill Country Times", "drupal")
PT1 = _s("yournewsfeed-portal.com", "YourNewsFeed", "partner")
PT2 = _s("dailybrowse.net", "DailyBrowse", "partner")
AG1 = _s("newsrollup.io", "NewsRollup", "aggregator", "newsrollup.io")
AMP1 = _s("m.gangesheraldnews.in", "Ganges Herald", "amp", "m.gangesheraldnews.in")
JO1 = _s("lahoredaybreak.pk", "Lahore Daybreak", "joomla")
BL1 = _s(
    "islandtalk-news.blogspot.com", "Island Talk News", "blogger", "islandtalk-news.blogspot.com"
)
OP1 = _s("bulletin-asia.net", "Bulletin Asia", "oldportal")
CH1 = _s("metrogridnews.com", "Metro Grid", "chorus")
# wires' and outlets' own pages (English)
OWN_DPA = _s("dpa-international.com", "dpa international", "arc")
OWN_XH = _s("english.news.cn", "Xinhua", "regional", "english.news.cn")
OWN_KYODO = _s("english.kyodonews.net", "Kyodo News", "wp", "english.kyodonews.net")
OWN_SPA = _s("spa.gov.sa", "Saudi Press Agency", "regional")
OWN_GULFNEWS = _s("gulfnews.com", "Gulf News", "arc")
OWN_HINDU = _s("thehindu.com", "The Hindu", "regional")
OWN_UNI = _s("uniindia.com", "United News of India", "wp")
OWN_ARABNEWS = _s("arabnews.com", "Arab News", "drupal")
OWN_ANTARA = _s("en.antaranews.com", "ANTARA News", "regional", "en.antaranews.com")
# other languages
DE1 = _s("saalfeldener-anzeiger.de", "Saalfeldener Anzeiger", "wp")
DE2 = _s("moselkurier-online.de", "Moselkurier", "regional")
OWN_EPD = _s("epd.de", "epd", "drupal")
FR1 = _s("courrierdulornain.fr", "Le Courrier du Lornain", "wp")
FR2 = _s("sahel-actu.info", "Sahel Actu", "jannah")
OWN_AFP = _s("afp.com", "AFP", "drupal")
ES1 = _s("diariodelvalledeuco.com.ar", "Diario del Valle de Uco", "wp")
ES2 = _s("noticiasguaymallen.com", "Noticias Guaymallén", "jannah")
OWN_EFE = _s("efeverde.com", "EFEverde", "wp")
IT1 = _s("gazzettadelvalsesia.it", "Gazzetta del Valsesia", "wp")
IT2 = _s("cronachedelsannio.it", "Cronache del Sannio", "drupal")
OWN_AGI = _s("agi.it", "AGI", "regional")
PT_1 = _s("folhadeitabira-online.com.br", "Folha de Itabira", "wp")
PT_2 = _s("jornaldobaixominho.pt", "Jornal do Baixo Minho", "regional")
OWN_ABR = _s("agenciabrasil.ebc.com.br", "Agência Brasil", "drupal", "agenciabrasil.ebc.com.br")
JA1 = _s("minato-shimbun.jp", "みなと新聞", "jpnews")
JA2 = _s("sawamiya-times.jp", "沢宮タイムズ", "wp")
OWN_JIJI = _s("jiji.com", "時事ドットコム", "jpnews")
KO1 = _s("hanbitilbo.kr", "한빛일보", "koportal")
KO2 = _s("hansolnews.co.kr", "한솔뉴스", "wp")
OWN_NEWSIS = _s("newsis.com", "뉴시스", "koportal")
ZH1 = _s("linchengdaily.com.cn", "临澄日报", "regional")
ZH2 = _s("huaqiao-online.com", "华侨在线", "wp")
OWN_XHCN = _s("xinhuanet.com", "新华网", "regional")
AR1 = _s("alsahil-news.com", "الساحل نيوز", "jannah")
AR2 = _s("akhbar-alwadi.net", "أخبار الوادي", "wp")
OWN_KUNA = _s("kuna.net.kw", "كونا", "regional")
HI1 = _s("khabarlahar.in", "खबर लहर", "wp")
HI2 = _s("samachardarpan-live.in", "समाचार दर्पण", "amp", "m.samachardarpan-live.in")
OWN_IANS = _s("hindi.ianslive.in", "आईएएनएस", "regional", "hindi.ianslive.in")
TR1 = _s("akcakoyhaber.com.tr", "Akçakoy Haber", "wp")
TR2 = _s("egegundem24.com", "Ege Gündem 24", "jannah")
OWN_ANKA = _s("ankahaber.net", "ANKA Haber Ajansı", "regional")
ID1 = _s("sendawanews.id", "Sendawa News", "wp")
ID2 = _s("beritapesisir.co.id", "Berita Pesisir", "jannah")
OWN_ANTARA_ID = _s(
    "jatim.antaranews.com", "ANTARA News Jawa Timur", "regional", "jatim.antaranews.com"
)
RU1 = _s("severogorsk-vesti.ru", "Северогорск Вести", "bitrix")
RU2 = _s("novosti-pribrezhya.ru", "Новости Прибрежья", "wp")
OWN_IFX = _s("interfax.ru", "Интерфакс", "bitrix")

FERRY, DAM, CATTLE, RUNWAY, MUSEUM = (
    "ferry_strike",
    "dam_cracks",
    "cattle_vaccine",
    "runway_closure",
    "museum_theft",
)

CASES7: list[Case3] = [
    # ======================= English: wire copy on other sites =======================
    # --- AP, as US local papers and TV stations run it
    wire(
        "en",
        BX1,
        FERRY,
        "Associated Press",
        AP,
        "blox-byline-caps-dateline-trailer",
        tnt("By MARISKA DELACROIX Associated Press"),
        dateline("HELVARD, Quarrin Islands (AP) —"),
        tail(AP_TRAILER),
        note="AP's own byline form (name in capitals, no comma) as BLOX prints the feed; dateline stays",
    ),
    wire(
        "en",
        BX2,
        DAM,
        "Associated Press",
        AP,
        "blox-byline-the-ap-dateline-only",
        tnt("By The Associated Press"),
        dateline("MARROWGATE (AP) —"),
    ),
    wire(
        "en",
        BX3,
        MUSEUM,
        "Associated Press",
        AP,
        "blox-byline-trailer-small",
        tnt("By LIONEL FARQUHAR-DIAZ and ANIKA OYELARAN Associated Press"),
        dateline("KESTRELFORD (AP) —"),
        raw("tail", AP_TRAILER, f"<p><small>{AP_TRAILER}</small></p>"),
    ),
    wire(
        "en",
        BX4,
        RUNWAY,
        "Associated Press",
        AP,
        "dateline-only-staff-byline-absent",
        dateline("PORTHAVEN (AP) —"),
        note="the only credit is the AP dateline; BLOX printed no byline (the theme falls back to the site's default author), so credit_lines is empty",
    ),
    wire(
        "en",
        ARC1,
        CATTLE,
        "Associated Press",
        AP,
        "arc-byline-pipe-ap",
        by("By Teodora Lindqvist | AP", cls="b-byline"),
        dateline("BRANTMOOR (AP) —"),
    ),
    wire(
        "en",
        ARC2,
        FERRY,
        "Associated Press",
        AP,
        "arc-tv-byline-associated-press-updated",
        by("By Associated Press | Updated March 6, 2026, 2:14 p.m.", cls="b-byline"),
        dateline("HELVARD, Quarrin Islands (AP) -"),
        note="ASCII hyphen after the AP dateline, as some feeds strip the em dash",
    ),
    wire(
        "en",
        BS1,
        DAM,
        "Associated Press",
        AP,
        "brightspot-byline-comma-ap-contributed",
        by("By ROBIN XU-HALVORSEN, Associated Press", cls="Page-authors"),
        dateline("LOWER BRENNING (AP) —"),
        in_last_p(
            "Associated Press writer Colm Anagnostou in Marrowgate contributed to this report.",
            credit=False,
        ),
        note="AP's 'Associated Press writer … contributed' line is part of AP copy, not a credit line to remove (as in the sixth set)",
    ),
    wire(
        "en",
        BS2,
        MUSEUM,
        "Associated Press",
        AP,
        "ap-copy-afp-getty-photo",
        by("By The Associated Press", cls="Page-authors"),
        figure(
            "Police officers stand outside the national history museum on Sunday. (Photo by Sunniva Kaur / AFP via Getty Images)"
        ),
        dateline("KESTRELFORD (AP) —"),
        note="the photo is AFP's via Getty; the text is AP's",
    ),
    wire(
        "en",
        WP3,
        RUNWAY,
        "Associated Press",
        AP,
        "jsonld-author-ap-only",
        bysite("By Westside Staff"),
        dateline("PORTHAVEN —"),
        ld=ld_org("The Associated Press"),
        note="the CMS filled JSON-LD author with the agency while the visible byline is the site's desk and the dateline carries no agency: the answer rests on the markup",
    ),
    wire(
        "en",
        PT1,
        CATTLE,
        "Associated Press",
        AP,
        "partner-portal-story-by-ap",
        by("Story by The Associated Press", cls="byline"),
        dateline("BRANTMOOR (AP) —"),
    ),
    wire(
        "en",
        JN1,
        MUSEUM,
        "Associated Press",
        AP,
        "jannah-endtag-dash-ap",
        jby("Lagos Morning Post", credit=False),
        signoff("— AP"),
        note="an African portal's editor removed the dateline and ended with '— AP'",
    ),
    wire(
        "en",
        CH1,
        FERRY,
        "Associated Press",
        AP,
        "ap-copy-own-photo-caption",
        by("By Associated Press", cls="c-byline"),
        figure(
            "Passengers wait at the ferry terminal in Helvard on Tuesday. (AP Photo/Ines Mbeki-Sørensen)"
        ),
        dateline("HELVARD, Quarrin Islands (AP) —"),
    ),
    # --- Reuters
    wire(
        "en",
        DR1,
        RUNWAY,
        "Reuters",
        RTR,
        "reuters-dateline-reporting-editing",
        dateline("LONDON, March 6 (Reuters) -"),
        tail("(Reporting by Piers Okonkwo-Hale; Editing by Marguerite Sandoval)"),
    ),
    wire(
        "en",
        JN2,
        DAM,
        "Reuters",
        RTR,
        "jannah-byline-name-comma-reuters",
        jby("Hamish Tavakoli, Reuters"),
        dateline("MARROWGATE, March 5 (Reuters) -"),
    ),
    wire(
        "en",
        JN3,
        RUNWAY,
        "Reuters",
        RTR,
        "reuters-trust-principles-opens-new-tab",
        dateline("PORTHAVEN, March 6 (Reuters) -"),
        tail("Reporting by Lucinda Ferreira-Obi; Editing by Toby Ashworth"),
        tail("Our Standards: The Thomson Reuters Trust Principles., opens new tab"),
        note="the text as pasted from a Reuters page, with the link's screen-reader suffix",
    ),
    wire(
        "en",
        WP2,
        CATTLE,
        "Reuters",
        RTR,
        "jannah-endtag-dash-reuters-xinhua-photo",
        figure("Cattle at a market in a border district. (Xinhua/Lin Haoran)"),
        signoff("— Reuters"),
        note="a Xinhua photo on Reuters text: the photo credit is never the answer",
    ),
    wire(
        "en",
        PT2,
        MUSEUM,
        "Reuters",
        RTR,
        "partner-provided-by-reuters",
        by("Story by Reuters", cls="byline"),
        dateline("KESTRELFORD, March 8 (Reuters) -"),
    ),
    wire(
        "en",
        AG1,
        FERRY,
        "Reuters",
        RTR,
        "aggregator-source-label-reuters",
        source_field("Source:", "Reuters", cls="story-source"),
        dateline("HELVARD, March 3 (Reuters) -"),
    ),
    wire(
        "en",
        BL1,
        DAM,
        "Reuters",
        RTR,
        "blogger-paste-dateline-only",
        dateline("MARROWGATE, March 5 (Reuters) -"),
        note="a blog pasted Reuters copy with only its dateline",
    ),
    wire(
        "en",
        ARC2,
        CATTLE,
        "Reuters",
        RTR,
        "staff-rewrite-with-reporting-from-reuters",
        bysite("By WFRX Digital Staff"),
        in_last_p("This story was written by WFRX staff with reporting from Reuters.", tag="em"),
        note="doubtful: a staff rewrite of wire copy whose only reporting is the wire's; by the convention the earlier sets used for '(With inputs from PTI)' and 'Edited by … staff from Reuters reports' it credits the wire. Contrast 'Reuters contributed to this report.' under a named staff reporter (null, as in the fourth set)",
    ),
    wire(
        "en",
        AMP1,
        RUNWAY,
        "Reuters",
        RTR,
        "with-inputs-from-reuters",
        signoff("(With inputs from Reuters)"),
        note="'(With inputs from Reuters)' names one wire and credits it; '(With inputs from agencies)' names none and is null",
    ),
    # --- AFP
    wire(
        "en",
        JN4,
        MUSEUM,
        "AFP",
        AFP,
        "afp-dateline-byline-afp-copyright",
        jby("AFP", credit=False),
        dateline("KESTRELFORD (AFP) -"),
        tail("© Agence France-Presse"),
        note="a one-word byline 'AFP' is not a credit line (too short to find as a substring)",
    ),
    wire(
        "en",
        JN1,
        DAM,
        "AFP",
        AFP,
        "afp-byline-with-in-desk-slug",
        by("Ottilie Brandt with Kwabena Asare in Lower Brenning", cls="author"),
        dateline("MARROWGATE (AFP) -"),
        signoff("otb/kwa/ach"),
        note="AFP's English byline form ('X with Y in Z') and its lower-case desk slug; the slug is a credit line to remove, though it names no agency",
    ),
    wire(
        "en",
        OP1,
        FERRY,
        "AFP",
        AFP,
        "oldportal-afp-slug-tag",
        dateline("HELVARD, Quarrin Islands (AFP) -"),
        signoff("-AFP/ml"),
        note="an end tag of agency and editor initials",
    ),
    wire(
        "en",
        WP1,
        CATTLE,
        "AFP",
        AFP,
        "afp-copy-reuters-photo",
        figure("A vet examines a calf at a farm in the north. (REUTERS/Dinesh Varadkar-Moss)"),
        dateline("BRANTMOOR (AFP) -"),
        tail("© 2026 AFP"),
    ),
    # --- dpa English
    wire(
        "en",
        WP3,
        MUSEUM,
        "dpa",
        DPA,
        "dpa-tmn-endtag",
        signoff("dpa/tmn"),
        note="dpa's English service 'tmn' tag at the end",
    ),
    wire(
        "en",
        DR2,
        FERRY,
        "dpa",
        DPA,
        "dpa-dateline-byline-dpa",
        by("By Friedhelm Osterkamp, dpa", cls="field--name-field-byline"),
        dateline("Helvard (dpa) -"),
    ),
    # --- Indian agencies
    wire(
        "en",
        AMP1,
        DAM,
        "Press Trust of India",
        PTI,
        "pti-dateline-desk-codes",
        dateline("New Delhi, Mar 6 (PTI)"),
        signoff("PTI NKS RHL"),
        note="PTI's dateline (no dash) and its desk codes at the end",
    ),
    wire(
        "en",
        WP1,
        RUNWAY,
        "Press Trust of India",
        PTI,
        "pti-syndicated-feed-disclaimer",
        dateline("Mumbai, Mar 6 (PTI)"),
        tail(
            "(This story has not been edited by The Deccan Bulletin staff and is auto-generated from a syndicated feed.)",
            tag="em",
        ),
        note="the disclaimer names no outlet; the PTI dateline is the credit. The disclaimer is still a credit line to remove",
    ),
    wire(
        "en",
        WP1,
        FERRY,
        "ANI",
        ANI,
        "ani-dateline-india-brackets",
        dateline("New Delhi [India], March 6 (ANI):"),
        signoff("(ANI)"),
        note="ANI's house dateline with the country in brackets, and its closing tag",
    ),
    wire(
        "en",
        JO1,
        CATTLE,
        "ANI",
        ANI,
        "ani-dateline-only",
        dateline("Lahore [Pakistan], March 4 (ANI):"),
    ),
    wire(
        "en",
        AMP1,
        MUSEUM,
        "IANS",
        IANS,
        "ians-byline-dateline-slug",
        by("IANS", cls="byline", credit=False),
        dateline("New Delhi, March 8 (IANS)"),
        signoff("--IANS rvt/skp"),
        note="the IANS tag with desk initials run into the last paragraph",
    ),
    wire(
        "en",
        WP1,
        DAM,
        "United News of India",
        UNI,
        "uni-dateline-desk-codes",
        dateline("Kolkata, Mar 5 (UNI)"),
        signoff("UNI XC SB"),
    ),
    # --- Asia-Pacific agencies
    wire(
        "en",
        OP1,
        RUNWAY,
        "Xinhua",
        XH,
        "xinhua-dateline-editor-slug",
        dateline("BEIJING, March 6 (Xinhua) --"),
        tail("Editor: Zhou Xin"),
        note="'Editor:' names Xinhua's editor, a slug to remove",
    ),
    wire(
        "en",
        JN4,
        CATTLE,
        "Xinhua",
        XH,
        "xinhua-dateline-only-afp-photo",
        figure("Herders drive cattle near a border district. (Photo by Amani Wekesa / AFP)"),
        dateline("NAIROBI, March 4 (Xinhua) --"),
    ),
    wire(
        "en",
        WP2,
        MUSEUM,
        "Kyodo News",
        KYODO,
        "kyodo-dateline-double-dash",
        dateline("TOKYO, March 8 (Kyodo) --"),
        signoff("==Kyodo"),
    ),
    wire(
        "en",
        JN3,
        FERRY,
        "Kyodo News",
        KYODO,
        "kyodo-dateline-only",
        dateline("OSAKA, March 3 (Kyodo) --"),
    ),
    wire(
        "en",
        CH1,
        DAM,
        "Yonhap",
        YONHAP,
        "yonhap-dateline-end-email",
        dateline("SEOUL, March 5 (Yonhap) --"),
        tail("hjkim@yna.co.kr"),
        tail("(END)"),
        note="Yonhap English ends with the reporter's address and '(END)'; both are trailer lines",
    ),
    wire(
        "en",
        DR2,
        RUNWAY,
        "Australian Associated Press",
        AAP,
        "aap-dateline-no-brackets",
        dateline("SYDNEY, March 6 AAP -"),
        by("Caitlin Moorehouse (AAP)", cls="field--name-field-byline"),
        note="AAP's dateline without brackets; byline with the agency in brackets",
    ),
    wire(
        "en",
        DR2,
        MUSEUM,
        "Australian Associated Press",
        AAP,
        "aap-trailer-australian-associated-press",
        tail("Australian Associated Press"),
        note="the agency's full name alone on the last line, as AAP copy ends on many sites",
    ),
    wire(
        "en",
        WP2,
        DAM,
        "Bernama",
        BERNAMA,
        "bernama-byline-and-endtag",
        by("By Bernama", cls="author"),
        dateline("KUALA LUMPUR, March 5 (Bernama) --"),
        signoff("-- BERNAMA"),
    ),
    wire(
        "en",
        JN3,
        CATTLE,
        "Antara",
        ANTARA,
        "antara-dateline-editor-copyright",
        dateline("Jakarta (ANTARA) -"),
        tail("Editor: Bayu Prasetyo"),
        tail("COPYRIGHT © ANTARA 2026"),
    ),
    # --- Europe, Canada, the Americas
    wire(
        "en",
        WP3,
        FERRY,
        "The Canadian Press",
        CP,
        "cp-byline-and-first-published",
        by("By Nadia Kowalchuk-Brant, The Canadian Press", cls="byline"),
        tail("This report by The Canadian Press was first published March 3, 2026."),
    ),
    wire(
        "en",
        DR1,
        MUSEUM,
        "PA Media",
        PA,
        "pa-byline-correspondent",
        by("By Tobias Hale-Ndiaye, PA Crime Correspondent", cls="field--name-field-byline"),
        note="PA's byline form names the service in the job title",
    ),
    wire(
        "en",
        BS2,
        FERRY,
        "United Press International",
        UPI,
        "upi-dateline-date-only",
        dateline("March 3 (UPI) --"),
        tail(
            "Copyright 2026 United Press International, Inc. (UPI). Any reproduction, republication, redistribution and/or modification of any UPI content is expressly prohibited without UPI's prior written consent."
        ),
    ),
    wire(
        "en",
        JN2,
        FERRY,
        "Anadolu Agency",
        AA,
        "anadolu-endtag-caps",
        signoff("– ANADOLU AGENCY"),
        note="a Gulf portal's end tag in capitals",
    ),
    wire(
        "en",
        PT1,
        DAM,
        "Reuters",
        RTR,
        "partner-reuters-text-ap-photo",
        by("Story by Reuters", cls="byline"),
        figure("Water pours from the Marrowgate dam spillway. (AP Photo/Ingrid Solheim-Park)"),
        dateline("MARROWGATE, March 5 (Reuters) -"),
    ),
    wire(
        "en",
        AG1,
        CATTLE,
        "AFP",
        AFP,
        "aggregator-card-afp-relative-time",
        raw(
            "byline",
            "AFP | 3h",
            '<div class="story-meta"><span class="story-provider">AFP</span> | <time>3h</time></div>',
            credit=False,
        ),
        dateline("BRANTMOOR (AFP) -"),
        note="the aggregator's provider label; the dateline agrees",
    ),
    wire(
        "en",
        BL1,
        MUSEUM,
        "Associated Press",
        AP,
        "blogger-ap-trailer-only",
        tail(AP_TRAILER),
        note="the dateline was cut; the AP trailer is the only credit",
    ),
    wire(
        "en",
        JN4,
        DAM,
        "Reuters",
        RTR,
        "endtag-parenthesised-reuters",
        signoff("(Reuters)"),
        note="an end tag in brackets after the last sentence, no dateline",
    ),
    wire(
        "en",
        JN2,
        MUSEUM,
        "AFP",
        AFP,
        "jsonld-author-afp-site-byline",
        jby("Khaleej Digest Staff", credit=False),
        dateline("KESTRELFORD -"),
        ld=ld_org("AFP"),
        note="the dateline lost its agency; only JSON-LD author names AFP",
    ),
    wire(
        "en",
        ARC1,
        RUNWAY,
        "Associated Press",
        AP,
        "arc-credit-field-associated-press",
        bysite("By Beacon Staff"),
        source_field("Credit:", "Associated Press", cls="b-article-credit"),
        dateline("PORTHAVEN (AP) —"),
        note="an Arc 'Credit:' field under the body and the AP dateline; the staff byline is the site's default",
    ),
    wire(
        "en",
        BS1,
        RUNWAY,
        "Reuters",
        RTR,
        "brightspot-byline-by-name-reuters-trailer",
        by("By Lucinda Ferreira-Obi | Reuters", cls="Page-authors"),
        dateline("PORTHAVEN, March 6 (Reuters) -"),
        tail("Copyright 2026 Thomson Reuters."),
    ),
    wire(
        "en",
        DR1,
        CATTLE,
        "Associated Press",
        AP,
        "drupal7-ap-byline-fields-name-then-agency",
        raw(
            "byline",
            "Associated Press",
            '<div class="ap-story-byline"><div class="field field-name-field-byline-original field-type-text field-label-hidden field-wrapper">By ODALYS FENWICK and PIET VRIESMAN-ADU</div>'
            '<div class="field field-name-field-byline-title field-type-text field-label-hidden field-wrapper">Associated Press</div></div>',
            credit=False,
        ),
        dateline("BRANTMOOR (AP) —"),
        note="the layout of a real Drupal 7 AP feed (names in one field, 'Associated Press' in the next); the agency line alone is not a credit line (too short to find as a substring)",
    ),
    wire(
        "en",
        JN3,
        DAM,
        "Reuters",
        RTR,
        "meta-author-reuters-dateline",
        meta('<meta name="author" content="Reuters">'),
        jby("Manila Newsroom", credit=False),
        dateline("MARROWGATE (Reuters) -"),
        note="meta author names the wire while the theme's author slot shows the site, as on a real page in the shared extraction set; dateline without a date",
    ),
    wire(
        "en",
        WP2,
        FERRY,
        "AFP",
        AFP,
        "parsely-author-afp-only",
        meta('<meta name="parsely-author" content="AFP">'),
        bysite("By Penang Pulse"),
        note="the only credit is the analytics tag parsely-author (no dateline, no visible credit); doubtful whether a reader would call it, but the CMS recorded the agency as author",
    ),
    # ======================= English: wires' own pages (null) =======================
    own(
        "en",
        OWN_DPA,
        FERRY,
        "own-dpa-english-dateline-byline",
        by("By Sabine Kühnel-Okoro, dpa", cls="b-byline"),
        dateline("Helvard (dpa) -"),
        note="dpa's own English service page",
    ),
    own(
        "en",
        OWN_XH,
        CATTLE,
        "own-xinhua-dateline-editor",
        dateline("BEIJING, March 4 (Xinhua) --"),
        tail("Editor: Li Yan"),
    ),
    own(
        "en",
        OWN_KYODO,
        RUNWAY,
        "own-kyodo-dateline",
        dateline("TOKYO, March 6 (Kyodo) --"),
        signoff("==Kyodo"),
    ),
    own(
        "en",
        OWN_SPA,
        DAM,
        "own-spa-dateline",
        dateline("Riyadh, March 5, 2026, SPA --"),
        note="the Saudi Press Agency's own page with its own dateline",
    ),
    own(
        "en",
        OWN_GULFNEWS,
        FERRY,
        "own-outlet-report-byline",
        by("Gulf News Report", cls="b-byline"),
        note="an outlet's own desk byline ('Gulf News Report'), which its copies carry too",
    ),
    own(
        "en",
        OWN_HINDU,
        MUSEUM,
        "own-outlet-bureau-byline-dateline",
        by("The Hindu Bureau", cls="author"),
        dateline("CHENNAI"),
        note="an outlet's own bureau byline and dateline",
    ),
    own(
        "en",
        OWN_UNI,
        DAM,
        "own-uni-dateline-codes",
        dateline("Kolkata, Mar 5 (UNI)"),
        signoff("UNI XC SB"),
    ),
    own(
        "en",
        OWN_ARABNEWS,
        CATTLE,
        "own-outlet-caps-dateline",
        by("ARAB NEWS", cls="field--name-field-byline"),
        dateline("RIYADH:"),
        note="an outlet's own page with its own name in the byline, in capitals as its wire-style copies print it",
    ),
    own(
        "en",
        OWN_ANTARA,
        RUNWAY,
        "own-antara-editor-copyright",
        dateline("Jakarta (ANTARA) -"),
        tail("Editor: Rahmad Nasution"),
        tail("COPYRIGHT © ANTARA 2026"),
    ),
    # ======================= English: staff stories naming agencies (null) =======================
    nul(
        "negative_mention",
        "en",
        BX1,
        DAM,
        "mention-first-sentence-ap-reported",
        lead(
            "The dam's operator had warned regulators about the spillway two years ago, The Associated Press reported on Wednesday."
        ),
        bysite("By Harriet Quennell Courier staff"),
        note="an AP report cited in the first sentence of a staff story",
    ),
    nul(
        "negative_mention",
        "en",
        BX2,
        RUNWAY,
        "mention-last-sentence-told-reuters",
        coda("An airline executive told Reuters the cuts could last into the spring."),
        note="'told Reuters' as the last sentence",
    ),
    nul(
        "negative_mention",
        "en",
        ARC1,
        MUSEUM,
        "mention-told-afp-middle",
        keep=(
            "A coin dealer in Vellmar told AFP that buyers had been offered similar pieces online last year.",
        ),
    ),
    nul(
        "negative_mention",
        "en",
        BS1,
        FERRY,
        "mention-ap-contributed-under-staff",
        bysite("By Corinne Adeyemi-Walsh"),
        in_last_p("The Associated Press contributed to this report.", tag="em", credit=False),
        note="'The Associated Press contributed to this report.' under a named staff reporter: the story is the station's (as in the fourth set)",
    ),
    nul(
        "negative_mention",
        "en",
        JN2,
        CATTLE,
        "mention-the-agency-said-data",
        keep=(
            "Export figures compiled by Reuters showed live cattle sales had fallen by a third since October.",
            "The agency said the figures were provisional.",
        ),
        note="an agency's data and 'the agency said' in a staff story",
    ),
    nul(
        "negative_mention",
        "en",
        WP1,
        FERRY,
        "mention-quoted-by-pti-first",
        lead(
            "The union's secretary was quoted by PTI as saying the crews would not return without a written offer."
        ),
        note="doubtful-looking but null: a staff story citing a PTI quote in its first sentence",
    ),
    nul(
        "negative_mention",
        "en",
        DR1,
        DAM,
        "mention-interview-with-dpa-last",
        coda(
            "The engineer made the same point in an interview with the German news agency dpa last year."
        ),
    ),
    nul(
        "negative_mention",
        "en",
        PT2,
        MUSEUM,
        "mention-kyodo-and-xinhua-reported",
        keep=(
            "Similar coins were stolen from a museum in Osaka in 2019, Kyodo News reported at the time.",
        ),
    ),
    nul(
        "negative_mention",
        "en",
        CH1,
        RUNWAY,
        "mention-bernama-quoted-minister",
        keep=(
            "Malaysia's transport minister, quoted by Bernama, said airlines there faced the same shortage of slots.",
        ),
    ),
    nul(
        "negative_caption",
        "en",
        BX3,
        CATTLE,
        "caption-ap-photo-staff-story",
        bysite("By Marlon Achebe-Stroud Record staff"),
        figure("A vet vaccinates a heifer during the field trial. (AP Photo/Yusuf Kerimov-Lang)"),
        note="AP photo on a staff story",
    ),
    nul(
        "negative_caption",
        "en",
        ARC2,
        DAM,
        "caption-getty-afp-last-line",
        caption_last("Getty Images/AFP"),
        note="a photo credit left as the last line of the body",
    ),
    nul(
        "negative_caption",
        "en",
        JN4,
        FERRY,
        "caption-reuters-photo-lead-image",
        figure("A ferry tied up in Helvard harbour. REUTERS/Marta Oyelowo-Finch"),
    ),
    nul(
        "negative_caption",
        "en",
        WP2,
        RUNWAY,
        "caption-bernama-pic",
        figure("The airport's second runway during inspections. — Bernama pic"),
    ),
    nul(
        "negative_caption",
        "en",
        DR2,
        MUSEUM,
        "caption-aap-image",
        figure("The gallery where the coins were displayed. (AAP Image/Joel Carrington)"),
    ),
    nul(
        "negative_caption",
        "en",
        AMP1,
        CATTLE,
        "caption-photo-pti-file",
        figure("Cattle at a fair in the north. (Photo: PTI/File)"),
    ),
    nul(
        "no_credit",
        "en",
        AMP1,
        FERRY,
        "no-credit-with-inputs-from-agencies",
        signoff("(With inputs from agencies)"),
        note="'agencies' names no one: null",
    ),
    nul(
        "no_credit",
        "en",
        JN1,
        RUNWAY,
        "no-credit-agencies-byline",
        by("Agencies", cls="author"),
        note="a byline of 'Agencies' names no one",
    ),
    nul(
        "no_credit",
        "en",
        BX4,
        MUSEUM,
        "no-credit-staff-and-wire-reports",
        by("From staff and wire reports", cls="tnt-byline-wrap"),
    ),
    nul("no_credit", "en", JO1, DAM, "no-credit-news-desk-web", by("Web Desk", cls="author")),
    nul(
        "negative_mention",
        "en",
        BS2,
        RUNWAY,
        "mention-last-sentence-reuters-reported",
        coda(
            "The carrier had already cancelled some flights over the same period, Reuters reported last month."
        ),
        note="'Reuters reported' closing a staff story",
    ),
    nul(
        "negative_mention",
        "en",
        DR2,
        FERRY,
        "mention-reuters-contributed-under-staff",
        bysite("By Aoife Kilbride-Nakamura"),
        in_last_p("Reuters contributed to this report.", credit=False),
        note="'Reuters contributed to this report.' under a named staff reporter: the story is the site's (contrast the staff rewrite 'with reporting from Reuters', credited to Reuters)",
    ),
    # ======================= German =======================
    wire(
        "de",
        DE1,
        "bahn_bruecke",
        "dpa",
        DPA,
        "dpa-dateline-dpa-infocom-trailer",
        dateline("Hallweiler (dpa) -"),
        tail("dpa-infocom, dpa:260304-930-118842/2"),
        note="the dpa feed's infocom trailer, which many German sites leave at the end",
    ),
    wire(
        "de",
        DE2,
        "bahn_bruecke",
        "AFP",
        AFP,
        "afp-german-dpa-photo",
        by("AFP", cls="author", credit=False),
        figure("Die gesperrte Brücke über die Selde. Foto: Uwe Brandlhuber/dpa"),
        dateline("Hallweiler (AFP) -"),
        note="AFP text under a dpa photo",
    ),
    wire(
        "de",
        DE1,
        "bahn_bruecke",
        "Reuters",
        RTR,
        "reuters-german-dateline-only",
        dateline("Obersteg (Reuters) -"),
    ),
    wire(
        "de",
        DE2,
        "bahn_bruecke",
        "dpa",
        DPA,
        "dpa-slug-endtag",
        signoff("dpa/lsw/mh"),
        note="dpa's end tag with the regional service and editor codes",
    ),
    own(
        "de",
        OWN_EPD,
        "bahn_bruecke",
        "own-epd-dateline",
        dateline("Hallweiler (epd)."),
        note="epd's own page with its own dateline",
    ),
    nul(
        "negative_mention",
        "de",
        DE2,
        "bahn_bruecke",
        "mention-sagte-der-dpa",
        keep=(
            "Ein Sprecher des Netzbetreibers sagte der Deutschen Presse-Agentur, die Prüfberichte würden veröffentlicht.",
        ),
        note="'sagte der Deutschen Presse-Agentur' is a quote given to dpa, in a staff story",
    ),
    nul(
        "negative_caption",
        "de",
        DE1,
        "bahn_bruecke",
        "caption-foto-dpa",
        figure("Pendler warten am Bahnhof Hallweiler auf den Ersatzbus. Foto: Katrin Vollmer/dpa"),
    ),
    # ======================= French =======================
    wire(
        "fr",
        FR1,
        "greve_controleurs",
        "AFP",
        AFP,
        "afp-french-dateline-copyright",
        dateline("Montbrézac (AFP) -"),
        tail("© 2026 AFP"),
    ),
    wire(
        "fr",
        FR1,
        "greve_controleurs",
        "Reuters",
        RTR,
        "reuters-french-redige-edite",
        dateline("PARIS, 4 mars (Reuters) -"),
        tail("(Rédigé par Claire Dubosc, édité par Jean-Marc Terzian)"),
    ),
    wire(
        "fr",
        FR2,
        "greve_controleurs",
        "AFP",
        AFP,
        "jannah-afp-byline-xinhua-photo",
        jby("AFP", credit=False),
        figure("Des passagers à l'aéroport de Saint-Orlane. (Photo Xinhua)"),
        dateline("Saint-Orlane (AFP) -"),
        note="a West African portal running AFP copy with a Xinhua photo",
    ),
    own("fr", OWN_AFP, "greve_controleurs", "own-afp-dateline", dateline("Saint-Orlane (AFP) -")),
    nul(
        "negative_mention",
        "fr",
        FR2,
        "greve_controleurs",
        "mention-a-declare-a-l-afp",
        keep=(
            "Un responsable syndical a déclaré à l'AFP que les grévistes étaient prêts à négocier.",
        ),
    ),
    nul(
        "negative_caption",
        "fr",
        FR1,
        "greve_controleurs",
        "caption-photo-afp",
        figure("Le tableau des départs à Saint-Orlane, mardi. (Photo : Loïc Perraudin / AFP)"),
    ),
    # ======================= Spanish =======================
    wire(
        "es",
        ES1,
        "sequia_embalses",
        "EFE",
        EFE,
        "efe-dateline-slug",
        dateline("Murcia, 4 mar (EFE).-"),
        signoff("EFE rf/jlm"),
        note="EFE's dateline with the closing slug of agency and initials",
    ),
    wire(
        "es",
        ES2,
        "sequia_embalses",
        "Europa Press",
        EP,
        "europa-press-dateline-caps",
        dateline("MURCIA, 4 Mar. (EUROPA PRESS) -"),
    ),
    wire(
        "es",
        ES1,
        "sequia_embalses",
        "Reuters",
        RTR,
        "reuters-spanish-reporte-editado",
        dateline("MADRID, 4 mar (Reuters) -"),
        tail("(Reporte de Álvaro Quintanilla; editado en español por Marta Lozoya)"),
    ),
    own(
        "es",
        OWN_EFE,
        "sequia_embalses",
        "own-efeverde-dateline-slug",
        dateline("Murcia, 4 mar (EFE).-"),
        signoff("EFE rf/jlm"),
    ),
    nul(
        "negative_mention",
        "es",
        ES2,
        "sequia_embalses",
        "mention-declaro-a-europa-press",
        keep=(
            "Un portavoz de la confederación declaró a Europa Press que los datos se revisarán cada semana.",
        ),
    ),
    nul(
        "negative_caption",
        "es",
        ES1,
        "sequia_embalses",
        "caption-foto-efe",
        figure("El embalse de Almendral, este lunes. EFE/Marcial Zapatero"),
    ),
    # ======================= Italian =======================
    wire(
        "it",
        IT1,
        "frana_valle",
        "ANSA",
        ANSA,
        "ansa-dateline-riproduzione-riservata",
        dateline("(ANSA) - SAN LUCERIO, 04 MAR -"),
        tail("RIPRODUZIONE RISERVATA © Copyright ANSA"),
    ),
    wire(
        "it",
        IT2,
        "frana_valle",
        "AGI",
        AGI,
        "agi-dateline",
        dateline("(AGI) - San Lucerio, 4 mar. -"),
        note="AGI's dateline form",
    ),
    wire(
        "it",
        IT1,
        "frana_valle",
        "Adnkronos",
        ADN,
        "adnkronos-source-field",
        source_field("Fonte:", "Adnkronos"),
        dateline("(Adnkronos) -"),
    ),
    own(
        "it", OWN_AGI, "frana_valle", "own-agi-dateline", dateline("(AGI) - San Lucerio, 4 mar. -")
    ),
    nul(
        "negative_mention",
        "it",
        IT2,
        "frana_valle",
        "mention-ha-detto-all-ansa",
        keep=(
            "«Abbiamo chiesto aiuto a tutti», ha detto all'ANSA il vicesindaco Livio Ragazzoni.",
        ),
    ),
    nul(
        "negative_caption",
        "it",
        IT1,
        "frana_valle",
        "caption-foto-ansa-archivio",
        figure("La strada della Val Corvara in una foto d'archivio ANSA"),
    ),
    # ======================= Portuguese =======================
    wire(
        "pt",
        PT_2,
        "incendio_serra",
        "Agência Lusa",
        LUSA,
        "lusa-source-field-desk-initials",
        source_field("Fonte:", "Lusa"),
        signoff("GL // JMR"),
        note="Lusa's closing desk initials ('GL // JMR') pasted with the copy",
    ),
    wire(
        "pt",
        PT_1,
        "incendio_serra",
        "AFP",
        AFP,
        "afp-portuguese-por-afp",
        by("Por AFP", cls="author"),
        dateline("Lisboa (AFP) -"),
    ),
    wire(
        "pt",
        PT_1,
        "incendio_serra",
        "Agência Lusa",
        LUSA,
        "com-informacoes-da-lusa",
        tail("*Com informações da agência Lusa.", tag="em"),
    ),
    own(
        "pt",
        OWN_ABR,
        "incendio_serra",
        "own-agencia-brasil-reporter-edicao",
        by("Gabriela Mendonça Frade - Repórter da Agência Brasil", cls="autor"),
        tail("Edição: Valéria Aguiar"),
    ),
    nul(
        "negative_mention",
        "pt",
        PT_2,
        "incendio_serra",
        "mention-disse-a-lusa",
        keep=(
            "O presidente da junta de freguesia disse à Lusa que a aldeia já tinha ardido em 2017.",
        ),
    ),
    nul(
        "negative_caption",
        "pt",
        PT_1,
        "incendio_serra",
        "caption-foto-lusa",
        figure("Bombeiros combatem as chamas na Serra do Alvaredo. Foto: Nuno Varela/Lusa"),
    ),
    # ======================= Japanese =======================
    wire(
        "ja",
        JA1,
        "shinkansen_teiden",
        "Kyodo News",
        KYODO,
        "kyodo-bracket-dateline-byline",
        by("共同通信", cls="article-author", credit=False),
        dateline("【沢宮共同】"),
    ),
    wire("ja", JA2, "shinkansen_teiden", "Jiji Press", JIJI, "jiji-end-tag", signoff("（時事）")),
    wire(
        "ja",
        JA2,
        "shinkansen_teiden",
        "Reuters",
        RTR,
        "reuters-japanese-bracket-dateline",
        dateline("［東京 6日 ロイター］ -"),
        note="Reuters Japanese dateline",
    ),
    own("ja", OWN_JIJI, "shinkansen_teiden", "own-jiji-end-tag", signoff("（時事）")),
    nul(
        "negative_mention",
        "ja",
        JA1,
        "shinkansen_teiden",
        "mention-kyodo-shuzai",
        keep=("運行会社の担当者は共同通信の取材に対し、部品の点検を急ぐと述べた。",),
    ),
    nul(
        "negative_caption",
        "ja",
        JA2,
        "shinkansen_teiden",
        "caption-equals-kyodo",
        figure("運転を見合わせた新幹線＝6日、沢宮駅（共同）"),
    ),
    # ======================= Korean =======================
    wire(
        "ko",
        KO1,
        "jihacheol_pari",
        "Yonhap",
        YONHAP,
        "yonhap-dateline-email",
        dateline("(한솔=연합뉴스) 박민재 기자 ="),
        tail("mjpark@yna.co.kr"),
    ),
    wire(
        "ko",
        KO2,
        "jihacheol_pari",
        "Newsis",
        NEWSIS,
        "newsis-dateline-trailer",
        dateline("[한솔=뉴시스] 김도윤 기자 ="),
        tail("<저작권자ⓒ 공감언론 뉴시스통신사. 무단전재-재배포 금지.>"),
    ),
    wire(
        "ko",
        KO2,
        "jihacheol_pari",
        "News1",
        ["News1", "뉴스1"],
        "news1-dateline",
        dateline("(한솔=뉴스1) 이서준 기자 ="),
    ),
    own(
        "ko",
        OWN_NEWSIS,
        "jihacheol_pari",
        "own-newsis-dateline-trailer",
        dateline("[한솔=뉴시스] 김도윤 기자 ="),
        tail("<저작권자ⓒ 공감언론 뉴시스통신사. 무단전재-재배포 금지.>"),
    ),
    nul(
        "negative_mention",
        "ko",
        KO1,
        "jihacheol_pari",
        "mention-yonhap-tonghwa",
        keep=("노조 관계자는 연합뉴스와의 통화에서 사측이 새로운 안을 내놓지 않았다고 말했다.",),
    ),
    nul(
        "negative_caption",
        "ko",
        KO2,
        "jihacheol_pari",
        "caption-sajin-newsis",
        figure("지하철 역사에 붙은 파업 안내문. 사진=뉴시스"),
    ),
    # ======================= Chinese =======================
    wire(
        "zh",
        ZH1,
        "daqiao_tongche",
        "Xinhua",
        XH,
        "xinhua-chinese-dateline-editor",
        dateline("新华社临澄3月6日电（记者许文涛）"),
        tail("【责任编辑：王磊】"),
    ),
    wire(
        "zh",
        ZH2,
        "daqiao_tongche",
        "AFP",
        AFP,
        "afp-chinese-dateline",
        dateline("（法新社临澄6日电）"),
        note="AFP's Chinese service dateline",
    ),
    wire(
        "zh",
        ZH2,
        "daqiao_tongche",
        "Reuters",
        RTR,
        "reuters-chinese-dateline",
        dateline("路透临澄3月6日 -"),
    ),
    own(
        "zh",
        OWN_XHCN,
        "daqiao_tongche",
        "own-xinhua-dateline",
        dateline("新华社临澄3月6日电（记者许文涛）"),
        tail("【责任编辑：王磊】"),
    ),
    nul(
        "negative_mention",
        "zh",
        ZH1,
        "daqiao_tongche",
        "mention-xinhua-interview",
        keep=("许晓燕在接受新华社记者采访时说，她已经计划周末带孩子去市区看看。",),
    ),
    nul(
        "negative_caption",
        "zh",
        ZH2,
        "daqiao_tongche",
        "caption-xinhua-photographer",
        figure("3月6日拍摄的跨海大桥（新华社记者 张涛 摄）"),
    ),
    # ======================= Arabic =======================
    wire(
        "ar",
        AR1,
        "amtar_fayadan",
        "Reuters",
        ["Reuters", "رويترز"],
        "reuters-arabic-dateline",
        dateline("الساحل (رويترز) -"),
    ),
    wire(
        "ar",
        AR2,
        "amtar_fayadan",
        "AFP",
        ["AFP", "أ ف ب", "وكالة فرانس برس"],
        "afp-arabic-reuters-photo",
        figure("سيارات عالقة في المياه في مدينة الساحل (رويترز)"),
        dateline("الساحل (أ ف ب) -"),
        note="AFP text under a Reuters photo",
    ),
    wire(
        "ar",
        AR1,
        "amtar_fayadan",
        "Kuwait News Agency",
        KUNA,
        "kuna-arabic-dateline",
        dateline("الساحل - 6 - 3 (كونا) --"),
    ),
    wire(
        "ar",
        AR2,
        "amtar_fayadan",
        "Emirates News Agency",
        WAM,
        "wam-arabic-slashes",
        dateline("الساحل في 6 مارس / وام /"),
        note="WAM's Arabic dateline between slashes",
    ),
    own("ar", OWN_KUNA, "amtar_fayadan", "own-kuna-dateline", dateline("الساحل - 6 - 3 (كونا) --")),
    nul(
        "negative_mention",
        "ar",
        AR1,
        "amtar_fayadan",
        "mention-told-afp-arabic",
        keep=("وقال أحد السكان لوكالة فرانس برس إن المياه دخلت منزله للمرة الثانية هذا العام.",),
    ),
    # ======================= Hindi =======================
    wire(
        "hi",
        HI1,
        "pul_dhaha",
        "Press Trust of India",
        ["Press Trust of India", "भाषा", "पीटीआई-भाषा"],
        "bhasha-dateline-desk-names",
        dateline("रामगढ़, छह मार्च (भाषा)"),
        signoff("भाषा सुरेश नरेश"),
        note="PTI-Bhasha's dateline and its closing tag with editors' names",
    ),
    wire(
        "hi",
        HI2,
        "pul_dhaha",
        "IANS",
        ["IANS", "आईएएनएस"],
        "ians-hindi-dateline-slug",
        dateline("रामगढ़, 6 मार्च (आईएएनएस)।"),
        signoff("--आईएएनएस एसकेपी/एबीएम"),
    ),
    wire(
        "hi",
        HI1,
        "pul_dhaha",
        "ANI",
        ["ANI", "एएनआई"],
        "ani-hindi-dateline",
        dateline("रामगढ़ (एएनआई):"),
    ),
    own(
        "hi",
        OWN_IANS,
        "pul_dhaha",
        "own-ians-hindi",
        dateline("रामगढ़, 6 मार्च (आईएएनएस)।"),
        signoff("--आईएएनएस एसकेपी/एबीएम"),
    ),
    nul(
        "negative_mention",
        "hi",
        HI2,
        "pul_dhaha",
        "mention-told-pti-bhasha",
        keep=("एक स्थानीय ठेकेदार ने पीटीआई-भाषा को बताया कि पुल का डिजाइन पिछले साल बदला गया था।",),
    ),
    nul(
        "no_credit",
        "hi",
        HI1,
        "pul_dhaha",
        "no-credit-agency-inputs",
        signoff("(एजेंसी इनपुट के साथ)"),
        note="'with agency inputs' names no agency: null",
    ),
    # ======================= Turkish =======================
    wire(
        "tr",
        TR1,
        "deprem_tatbikat",
        "Anadolu Agency",
        AA,
        "aa-dateline-caps",
        dateline("AKÇAKOY (AA) -"),
    ),
    wire(
        "tr",
        TR2,
        "deprem_tatbikat",
        "Demirören Haber Ajansı",
        DHA,
        "dha-byline-endtag",
        jby("DHA", credit=False),
        signoff("(DHA)"),
    ),
    wire("tr", TR1, "deprem_tatbikat", "İhlas Haber Ajansı", IHA, "iha-endtag", signoff("(İHA)")),
    own(
        "tr",
        OWN_ANKA,
        "deprem_tatbikat",
        "own-anka-endtag",
        signoff("(ANKA)"),
        note="ANKA, a Turkish agency outside the table, on its own site",
    ),
    nul(
        "negative_mention",
        "tr",
        TR2,
        "deprem_tatbikat",
        "mention-aa-muhabirine",
        keep=(
            "AA muhabirine açıklama yapan AFAD il müdürü, ekiplerin gece boyunca çalışacağını söyledi.",
        ),
        note="'AA muhabirine açıklama yapan' (speaking to AA's reporter) in a staff story",
    ),
    nul(
        "negative_caption",
        "tr",
        TR1,
        "deprem_tatbikat",
        "caption-foto-iha",
        figure("Depremin ardından sokağa çıkan vatandaşlar. Foto: İHA"),
    ),
    # ======================= Indonesian =======================
    wire(
        "id",
        ID1,
        "banjir_rob",
        "Antara",
        ANTARA,
        "antara-dateline-pewarta-editor",
        dateline("Sendawa (ANTARA) -"),
        tail("Pewarta: Rizky Ananda"),
        tail("Editor: Bayu Prasetyo"),
        tail("Copyright © ANTARA 2026"),
        note="Antara's trailer of reporter, editor and copyright",
    ),
    wire(
        "id",
        ID2,
        "banjir_rob",
        "Antara",
        [*ANTARA, "Antaranews.com", "antaranews.com"],
        "telah-tayang-di-antaranews",
        tail(
            'Artikel ini telah tayang di Antaranews.com dengan judul "Banjir rob rendam ribuan rumah di Sendawa"'
        ),
    ),
    wire(
        "id",
        ID2,
        "banjir_rob",
        "Antara",
        ANTARA,
        "antara-dateline-only-jannah",
        dateline("Jakarta (ANTARA) -"),
    ),
    own(
        "id",
        OWN_ANTARA_ID,
        "banjir_rob",
        "own-antara-regional-bureau",
        dateline("Sendawa (ANTARA) -"),
        tail("Pewarta: Rizky Ananda"),
        tail("Copyright © ANTARA 2026"),
    ),
    nul(
        "negative_mention",
        "id",
        ID1,
        "banjir_rob",
        "mention-kepada-antara",
        keep=(
            "Seorang warga mengatakan kepada ANTARA bahwa air masuk ke rumahnya sejak pukul sembilan malam.",
        ),
    ),
    nul(
        "negative_caption",
        "id",
        ID2,
        "banjir_rob",
        "caption-antara-foto",
        figure("Warga melintasi jalan yang tergenang banjir rob. ANTARA FOTO/Dedi Kurniawan"),
    ),
    # ======================= Russian =======================
    wire(
        "ru",
        RU1,
        "moroz_avaria",
        "TASS",
        TASS,
        "tass-dateline-slashes",
        dateline("СЕВЕРОГОРСК, 6 марта. /ТАСС/."),
    ),
    wire(
        "ru",
        RU2,
        "moroz_avaria",
        "RIA Novosti",
        RIA,
        "ria-dateline",
        dateline("СЕВЕРОГОРСК, 6 мар - РИА Новости."),
    ),
    wire(
        "ru",
        RU2,
        "moroz_avaria",
        "Interfax",
        IFX,
        "interfax-dateline",
        dateline("Северогорск. 6 марта. INTERFAX.RU -"),
    ),
    own(
        "ru",
        OWN_IFX,
        "moroz_avaria",
        "own-interfax-dateline",
        dateline("Северогорск. 6 марта. INTERFAX.RU -"),
    ),
    nul(
        "negative_mention",
        "ru",
        RU1,
        "moroz_avaria",
        "mention-soobshchil-tass",
        keep=("Как сообщил ТАСС представитель прокуратуры, проверка продлится две недели.",),
        note="'as a prosecutor's spokesman told TASS' in a staff story",
    ),
    nul(
        "negative_caption",
        "ru",
        RU2,
        "moroz_avaria",
        "caption-foto-tass",
        figure("Ремонтные бригады на месте аварии. Фото: Игорь Лапшин/ТАСС"),
    ),
]
