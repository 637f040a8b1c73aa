# ruff: noqa: RUF001, RUF002, E501
"""Conventions round 14 (issue 14), written blind: the twins of the own pages.

The same shapes as ``test_attribution_conventions14.py`` (its rules, families and the
co-publication rule are stated there), on pages where the line really credits another outlet
as the original: the site is a different outlet and the line says the story is X's, so X is
expected, the line must leave the text and the story must stay. Examples: a Local Journalism
Initiative byline with "originally published by the Whitehorse Ledger" on another paper,
"By Reuters Staff", "TNN" with "auto-generated from a syndicated feed", साभार / بشکریہ /
Kaynak lines, a sister brand's "This article first appeared in The Age", another paper's
copyright notice (Bloomberg L.P., Folha/Folhapress, Asahi, 저작권자 ⓒ), "Published in Dawn"
elsewhere, The Economist's licence line in Mint, 来源：人民日报 on another portal, NDTV's
"published from a syndicated feed" under a PTI byline, "Artikel ini telah tayang di
Kompas.com", wire datelines and rights notices on newspapers (AP, Yonhap, Xinhua, EFE, ANSA,
Anadolu, PAP), nonprofit republication lines (ProPublica, The Conversation, CORRECTIV), "Video
and story courtesy of CBC News", المصدر: الجزيرة نت, "Fonte: O Globo", "Dieser Inhalt stammt
von unserem Partner t-online", "first published in The Atlantic / im Handelsblatt", a last-line
"Source: Halden Courier", 引用元：NHK NEWS WEB, 提供：共同通信, "where this article first
appeared", a Courrier international translation with its "Source" box, a Polish translation
"ukazał się pierwotnie w The Guardian", and co-publications produced by KFF Health News and
Agencia Ocote.

Families (51): wire_own 7, staff_byline 6, own_copyright 5, own_source 5, owner_group 3,
own_promo 3, nonprofit_republish 3, corrections 2, watch_embed 2, related_link 2, as_seen_on 2,
chart_source 2, author_bio 2, press_review 2, co_publication 2, partner_widget 1, sponsored 1,
letter_to_editor 1.
Languages (51): en 18, de 6, ja 3, fr 3, tr 2, pt 2, ko 2, zh 2, ar 2, es 2, pl 2, hi 1, ur 1,
nl 1, ru 1, id 1, uk 1, it 1.

First run on the unchanged code (main at 4c62c80, with the copies, before any case was
edited): 38 passed, 13 failed of 51.

    family               cases  passed  publisher right  lines left  sentences kept
    staff_byline             6       6        6/6               0/5      12/12
    owner_group              3       3        3/3               0/3       6/6
    own_copyright            5       4        4/5               1/5      10/10
    own_source               5       2        2/5               1/5      10/10
    own_promo                3       3        3/3               0/3       6/6
    corrections              2       2        2/2               0/2       4/4
    wire_own                 7       5        6/7               2/7      14/14
    nonprofit_republish      3       3        3/3               0/3       6/6
    watch_embed              2       1        1/2               1/2       4/4
    related_link             2       2        2/2               0/2       4/4
    partner_widget           1       0        0/1               1/1       2/2
    as_seen_on               2       2        2/2               0/2       4/4
    chart_source             2       1        1/2               1/2       4/4
    sponsored                1       0        0/1               1/1       2/2
    author_bio               2       1        1/2               0/2       4/4
    letter_to_editor         1       1        1/1               0/1       2/2
    press_review             2       0        0/2               1/2       4/4
    co_publication           2       2        2/2               0/2       4/4
    all                     51      38       39/51             9/50     102/102

What failed, by class:
- a "source" or "provided by" line in another script or form not read (publisher None, the line
  left in the text): 来源：人民日报, 来源：新华网 (with Xinhua's own dateline), 引用元：NHK NEWS WEB,
  提供：共同通信, "<저작권자 ⓒ 동남일보 ...>" (5);
- a first-publication line of a less usual form not read, the line left: "Video and story
  courtesy of CBC News", "Dieser Inhalt stammt von unserem Partner t-online", "Artykuł ukazał
  się pierwotnie w „The Guardian”" (3);
- a credit line that is not in the extracted text and that nothing reads (publisher None): The Economist's licence line in Mint, "... at The Christian Science Monitor, where
  this article first appeared", Courrier international's "Source: Der Spiegel (Hambourg)" box
  (3);
- a name cut wrong: "erschien zuerst in der ZEIT Nr. 12/2025" gives "ZEIT Nr" (1);
- the right wire, its rights notice left in the text: Anadolu's "AA Haber Akış Sistemi (HAS)"
  subscriber notice (1).

No case has been changed since the first run; failing cases carry ``xfail(strict=True)``.
"""

from __future__ import annotations

import pytest

from tests.test_attribution_conventions14 import (
    EN,
    ICIJ,
    NURSING,
    OPED_PORT,
    STARTUP_DE,
    TREES,
    TRIBUNE_DE,
    TRIBUNE_FR,
    Case,
    S,
    box,
    case,
    check,
    dated,
    em,
    p,
    plain,
    st,
    video,
)

pytestmark = pytest.mark.conventions14


# --- 1. a desk byline or a staff line that names another outlet ------------------------------

STAFF = [
    case(
        "tw-staff-en-lji-other-site",
        "staff_byline",
        "en",
        site="Northbridge Daily",
        url="https://www.northbridgedaily.ca/canada/fire-crews-start-spring-burns-early",
        story=EN[2],
        byline="By Mara Quill, Local Journalism Initiative Reporter, Whitehorse Ledger",
        ld_author="Mara Quill",
        tail=[em("This story was originally published by the Whitehorse Ledger.")],
        expected="Whitehorse Ledger",
        accept=["The Whitehorse Ledger"],
        credit=["This story was originally published by the Whitehorse Ledger."],
    ),
    case(
        "tw-staff-en-reuters-staff-byline",
        "staff_byline",
        "en",
        site="Markets Daily Brief",
        url="https://www.marketsdailybrief.com/rates/central-bank-holds-key-rate",
        story=EN[8],
        byline="By Reuters Staff",
        expected="Reuters",
        accept=["Thomson Reuters"],
    ),
    case(
        "tw-staff-en-tnn-syndicated-feed",
        "staff_byline",
        "en",
        site="Newsbeat India",
        url="https://www.newsbeatindia.com/city/bengaluru/varthur-lake-weeds-cleared",
        story=EN[10],
        byline="TNN",
        tail=[
            em(
                "(This story has not been edited by Newsbeat India staff and is auto-generated from a syndicated feed.)"
            )
        ],
        expected="The Times of India",
        accept=["Times of India", "TOI", "Times News Network", "TNN"],
        credit=[
            "This story has not been edited by Newsbeat India staff and is auto-generated from a syndicated feed."
        ],
    ),
    case(
        "tw-staff-hi-bhaskar-sabhar",
        "staff_byline",
        "hi",
        site="खबर संसार",
        url="https://www.khabarsansar.com/madhya-pradesh/road-repair-96-crore",
        story=st("hi", 0),
        byline="डिजिटल डेस्क",
        tail=[p("साभार: दैनिक भास्कर")],
        expected="Dainik Bhaskar",
        accept=["दैनिक भास्कर", "Bhaskar"],
        credit=["साभार: दैनिक भास्कर"],
    ),
    case(
        "tw-staff-ur-geo-bashukriya",
        "staff_byline",
        "ur",
        site="شہر نامہ",
        url="https://www.shehrnama.pk/karachi/nalon-ki-safai-1-arab",
        story=st("ur", 0),
        byline="ویب ڈیسک",
        tail=[p("بشکریہ: جیو نیوز")],
        expected="Geo News",
        accept=["جیو نیوز", "Geo", "Geo TV"],
        credit=["بشکریہ: جیو نیوز"],
    ),
    case(
        "tw-staff-tr-haber-merkezi-kaynak",
        "staff_byline",
        "tr",
        site="Marmara Gündem",
        url="https://www.marmaragundem.com/izmir/karsiyaka-bayrakli-yeni-vapur-hatti",
        story=st("tr", 0),
        byline="Ege Ekspres Haber Merkezi",
        tail=[p("Kaynak: Ege Ekspres")],
        expected="Ege Ekspres",
        credit=["Kaynak: Ege Ekspres"],
    ),
]


# --- 2. a sister brand's or another group paper's story --------------------------------------

GROUP = [
    case(
        "tw-group-en-sister-the-age",
        "owner_group",
        "en",
        site="The Sydney Morning Herald",
        url="https://www.smh.com.au/national/victoria/rents-climb-9-per-cent-20250314-p5lk9x.html",
        story=EN[5],
        byline="By Kate Mulvaney",
        owner="Nine Entertainment Co. Holdings Ltd",
        tail=[em("This article first appeared in The Age.")],
        expected="The Age",
        accept=["Age"],
        credit=["This article first appeared in The Age."],
    ),
    case(
        "tw-group-nl-eerder-in-de-stentor",
        "owner_group",
        "nl",
        site="Deventer Dagblad",
        url="https://www.deventerdagblad.nl/regio/waterschap-versterkt-ijsseldijk~b7e3a1f2/",
        story=st("nl", 1),
        byline="Lotte Brinkman",
        owner="DPG Media B.V.",
        tail=[em("Dit artikel verscheen eerder in de Stentor.")],
        expected="Stentor",
        accept=["de Stentor"],
        credit=["Dit artikel verscheen eerder in de Stentor."],
    ),
    case(
        "tw-group-de-zuerst-im-schwesterblatt",
        "owner_group",
        "de",
        site="Wetzlarer Tageblatt",
        url="https://www.wetzlarer-tageblatt.de/region/lahnbruecke-sanierung-verzoegert-sich_28765499",
        story=st("de", 0),
        byline="Von Petra Scholl",
        tail=[em("Dieser Artikel erschien zuerst im Weilburger Anzeiger.")],
        footer="Ein Angebot der Mittelhessen Mediengruppe GmbH & Co. KG. © 2025 Alle Rechte vorbehalten.",
        expected="Weilburger Anzeiger",
        credit=["Dieser Artikel erschien zuerst im Weilburger Anzeiger."],
    ),
]


# --- 3. another outlet's copyright and rights notice -----------------------------------------

RIGHTS = [
    case(
        "tw-rights-en-bloomberg-lp-on-paper",
        "own_copyright",
        "en",
        site="Mesa Valley Sentinel",
        url="https://www.mesavalleysentinel.com/business/central-bank-holds-rate",
        story=EN[8],
        byline="Mario Delgado, Bloomberg",
        tail=[p("©2025 Bloomberg L.P.")],
        expected="Bloomberg",
        accept=["Bloomberg News", "Bloomberg L.P."],
        credit=["©2025 Bloomberg L.P."],
    ),
    case(
        "tw-rights-pt-folha-folhapress-regional",
        "own_copyright",
        "pt",
        site="Jornal do Vale",
        url="https://www.jornaldovale.com.br/saude/campinas-confirma-casos-de-dengue",
        story=st("pt", 0),
        byline="Renato Lima",
        tail=[
            p(
                "Copyright Folha de S.Paulo. Todos os direitos reservados. É proibida a reprodução do conteúdo desta página em qualquer meio de comunicação, eletrônico ou impresso, sem autorização escrita da Folhapress."
            )
        ],
        expected="Folha de S.Paulo",
        accept=["Folha", "Folha de São Paulo", "Folhapress"],
        credit=["Copyright Folha de S.Paulo. Todos os direitos reservados."],
    ),
    case(
        "tw-rights-ja-asahi-on-matome",
        "own_copyright",
        "ja",
        site="ニュースまとめポスト",
        url="https://news-matome-post.jp/archives/58213",
        story=st("ja", 0),
        tail=[
            p(
                "Copyright © The Asahi Shimbun Company. All rights reserved. No reproduction or republication without written permission."
            )
        ],
        expected="The Asahi Shimbun",
        accept=["Asahi Shimbun", "Asahi", "朝日新聞", "朝日新聞デジタル"],
        credit=["Copyright © The Asahi Shimbun Company. All rights reserved."],
    ),
    case(
        "tw-rights-ko-other-daily-jeojakgwonja",
        "own_copyright",
        "ko",
        site="지역뉴스24",
        url="https://www.jiyeoknews24.com/news/articleView.html?idxno=50321",
        story=st("ko", 1),
        byline="박서연 기자",
        tail=[p("<저작권자 ⓒ 동남일보, 무단 전재 및 재배포 금지>")],
        expected="동남일보",
        accept=["Dongnam Ilbo"],
        credit=["<저작권자 ⓒ 동남일보, 무단 전재 및 재배포 금지>"],
    ),
    case(
        "tw-rights-ru-istochnik-other",
        "own_copyright",
        "ru",
        site="Онего-инфо",
        url="https://onego-info.ru/novosti/naberezhnaya-remont-2025",
        story=st("ru", 0),
        tail=[p("Источник: «Северный вестник»")],
        expected="Северный вестник",
        accept=["Severny Vestnik"],
        credit=["Источник: «Северный вестник»"],
    ),
]


# --- 4. another outlet's "Source:" field and print-edition note ------------------------------

SOURCE = [
    case(
        "tw-source-en-published-in-dawn-elsewhere",
        "own_source",
        "en",
        site="Pakistan Digest",
        url="https://www.pakdigest.com/karachi/storm-drain-cleaning-begins",
        story=EN[7],
        byline="Imran Ayub",
        tail=[em("Published in Dawn, March 14th, 2025")],
        expected="Dawn",
        accept=["Dawn.com", "Dawn News"],
        credit=["Published in Dawn, March 14th, 2025"],
    ),
    case(
        "tw-source-en-economist-in-mint",
        "own_source",
        "en",
        site="Mint",
        url="https://www.livemint.com/economy/central-bank-holds-steady-11741930000000.html",
        story=EN[8],
        tail=[
            em(
                "©2025, The Economist Newspaper Limited. All rights reserved. From The Economist, published under licence. The original content can be found on www.economist.com"
            )
        ],
        expected="The Economist",
        accept=["Economist"],
        credit=["From The Economist, published under licence."],
    ),
    case(
        "tw-source-zh-laiyuan-renmin-ribao",
        "own_source",
        "zh",
        site="东方网",
        url="https://news.eastday.com/gd2008/news/20250314/u1a8123456.html",
        story=st("zh", 0),
        head=[p("来源：人民日报", "source")],
        expected="People's Daily",
        accept=["人民日报", "人民网", "Peoples Daily"],
        credit=["来源：人民日报"],
    ),
    case(
        "tw-source-ar-ahram-elsewhere",
        "own_source",
        "ar",
        site="الرأي اليوم",
        url="https://www.alraialyoum.jo/arab/افتتاح-مدارس-جديدة",
        story=st("ar", 1),
        head=[p("المصدر: بوابة الأهرام", "source")],
        expected="Ahram Online",
        accept=["الأهرام", "بوابة الأهرام", "Al-Ahram", "Al Ahram"],
        credit=["المصدر: بوابة الأهرام"],
    ),
    case(
        "tw-source-de-zeit-elsewhere",
        "own_source",
        "de",
        site="Kurier am Sonntag",
        url="https://www.kurier-am-sonntag.de/gesundheit/geburtsstation-schliesst",
        story=st("de", 1),
        byline="Von Johanna Weber",
        tail=[em("Dieser Artikel erschien zuerst in der ZEIT Nr. 12/2025.")],
        expected="Die Zeit",
        accept=["DIE ZEIT", "Zeit", "ZEIT ONLINE"],
        credit=["Dieser Artikel erschien zuerst in der ZEIT Nr. 12/2025."],
    ),
]


# --- 5. promotions carried over with a line that says whose story it is -----------------------

PROMO = [
    case(
        "tw-promo-en-ndtv-syndicated-pti",
        "own_promo",
        "en",
        site="NDTV",
        url="https://www.ndtv.com/india-news/metro-purple-line-airport-extension-7912399",
        story=EN[4],
        byline="Press Trust of India",
        tail=[
            em(
                "(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)"
            ),
            em(
                "Track Latest News Live on NDTV.com and get news updates from India and around the world."
            ),
        ],
        expected="Press Trust of India",
        accept=["PTI"],
        credit=[
            "Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed."
        ],
    ),
    case(
        "tw-promo-id-telah-tayang-di-kompas",
        "own_promo",
        "id",
        site="Berita Priangan",
        url="https://www.beritapriangan.id/bandung/kolam-retensi-gedebage",
        story=st("id", 0),
        byline="Penulis: Putra Prima Perdana",
        tail=[
            p(
                'Artikel ini telah tayang di Kompas.com dengan judul "Pemkot Bandung Bangun Kolam Retensi di Gedebage".'
            ),
            p("Simak breaking news dan berita pilihan kami langsung di ponselmu."),
        ],
        expected="Kompas.com",
        accept=["Kompas"],
        credit=["Artikel ini telah tayang di Kompas.com dengan judul"],
    ),
    case(
        "tw-promo-uk-dzherelo-other",
        "own_promo",
        "uk",
        site="Львівські вісті",
        url="https://lvivvisti.com.ua/news/rehab-center-opened",
        story=st("uk", 0),
        tail=[p("Джерело: «Західна правда»"), p("Підписуйтеся на наш Telegram-канал.")],
        expected="Західна правда",
        accept=["Zakhidna Pravda"],
        credit=["Джерело: «Західна правда»"],
    ),
]


# --- 6. an editor's note that says the story was first published elsewhere ------------------

CORRECTIONS = [
    case(
        "tw-corr-en-editors-note-first-published",
        "corrections",
        "en",
        site="Coastline Chronicle",
        url="https://www.coastlinechronicle.com/business/dockworkers-walk-out",
        story=EN[6],
        byline="By Ray Donnelly",
        tail=[
            em(
                "Editor's note: This story was first published by the Harbor City Journal on March 12 and is republished with permission."
            )
        ],
        expected="Harbor City Journal",
        accept=["The Harbor City Journal"],
        credit=[
            "This story was first published by the Harbor City Journal on March 12 and is republished with permission."
        ],
    ),
    case(
        "tw-corr-fr-initialement-publie",
        "corrections",
        "fr",
        site="Actu Bretagne",
        url="https://www.actubretagne.fr/rennes/tramway-coupe-trois-semaines",
        story=st("fr", 0),
        byline="Par Yann Le Goff",
        tail=[em("Cet article a été initialement publié par Le Journal de Rennes.")],
        expected="Le Journal de Rennes",
        accept=["Journal de Rennes"],
        credit=["Cet article a été initialement publié par Le Journal de Rennes."],
    ),
]


# --- 7. a wire's dateline, sign-off and rights notice on another outlet's page ---------------

AP_RIGHTS = "Copyright 2025 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission."
EFE_RIGHTS = "© EFE 2025. Está expresamente prohibida la redistribución y la redifusión de todo o parte del contenido de los servicios de Efe, sin previo y expreso consentimiento de la Agencia EFE S.A."
AA_RIGHTS = "Anadolu Ajansı web sitesinde, AA Haber Akış Sistemi (HAS) üzerinden abonelere sunulan haberler, özetlenerek yayımlanmaktadır. Abonelik için lütfen iletişime geçiniz."

WIRES = [
    case(
        "tw-wire-en-ap-on-paper",
        "wire_own",
        "en",
        site="Mesa Valley Sentinel",
        url="https://www.mesavalleysentinel.com/business/dockworkers-walk-out-port",
        story=dated(EN[6], "OAKLAND, Calif. (AP) — "),
        keep=plain(EN[6]),
        byline="By OLGA R. RODRIGUEZ Associated Press",
        tail=[p(AP_RIGHTS)],
        expected="Associated Press",
        accept=["AP", "The Associated Press"],
        credit=[AP_RIGHTS],
    ),
    case(
        "tw-wire-ko-yonhap-on-daily",
        "wire_own",
        "ko",
        site="동남일보",
        url="https://www.dongnamilbo.com/news/articleView.html?idxno=88299",
        story=dated(st("ko", 0), "(대전=연합뉴스) 김영훈 기자 = ", "kyh@yna.co.kr"),
        keep=plain(st("ko", 0)),
        tail=[p("<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>")],
        expected="Yonhap",
        accept=["연합뉴스", "Yonhap News Agency", "Yonhap News"],
        credit=["<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>"],
    ),
    case(
        "tw-wire-zh-xinhua-on-portal",
        "wire_own",
        "zh",
        site="东方网",
        url="https://news.eastday.com/gd2008/news/20250314/u1a8123499.html",
        story=dated(st("zh", 0), "新华社杭州3月14日电（记者李娜）"),
        keep=plain(st("zh", 0)),
        head=[p("来源：新华网", "source")],
        expected="Xinhua",
        accept=["新华社", "新华网", "Xinhua News Agency"],
        credit=["来源：新华网"],
    ),
    case(
        "tw-wire-es-efe-on-paper",
        "wire_own",
        "es",
        site="Diario de la Bahía",
        url="https://www.diariodelabahia.es/espana/almendral-restringe-riego",
        story=dated(st("es", 0), "Almendral (Badajoz), 14 mar (EFE).- "),
        keep=plain(st("es", 0)),
        tail=[p(EFE_RIGHTS)],
        expected="EFE",
        accept=["Agencia EFE"],
        credit=[EFE_RIGHTS],
    ),
    case(
        "tw-wire-it-ansa-on-paper",
        "wire_own",
        "it",
        site="Il Tirreno Oggi",
        url="https://www.iltirrenooggi.it/cronaca/traghetti-isole-minori-contratto",
        story=dated(st("it", 0), "(ANSA) - NAPOLI, 14 MAR - "),
        keep=plain(st("it", 0)),
        tail=[p("RIPRODUZIONE RISERVATA © Copyright ANSA")],
        expected="ANSA",
        accept=["Agenzia ANSA"],
        credit=["RIPRODUZIONE RISERVATA © Copyright ANSA"],
    ),
    case(
        "tw-wire-tr-aa-on-site",
        "wire_own",
        "tr",
        site="Marmara Gündem",
        url="https://www.marmaragundem.com/bursa/saganak-yagis-su-basti",
        story=dated(st("tr", 1), "BURSA (AA) - "),
        keep=plain(st("tr", 1)),
        tail=[p(AA_RIGHTS)],
        expected="Anadolu Agency",
        accept=["Anadolu Ajansı", "AA", "Anadolu"],
        credit=[AA_RIGHTS],
    ),
    case(
        "tw-wire-pl-pap-on-site",
        "wire_own",
        "pl",
        site="Kociewie24",
        url="https://www.kociewie24.pl/wiadomosci/szpital-koscierzyna-pediatria",
        story=dated(st("pl", 1), "", "Autor: Joanna Nowak (PAP)", "jno/ mhr/"),
        keep=plain(st("pl", 1)),
        expected="Polish Press Agency",
        accept=["PAP", "Polska Agencja Prasowa"],
        credit=["Autor: Joanna Nowak (PAP)"],
    ),
]


# --- 8. a nonprofit newsroom's story republished with its own credit line --------------------

NONPROFIT = [
    case(
        "tw-np-en-propublica-republished",
        "nonprofit_republish",
        "en",
        site="Cedar County Courier",
        url="https://www.cedarcountycourier.com/news/state-inspectors-skipped-complaint-visits",
        story=NURSING,
        byline="by Jesse Kohl, ProPublica",
        tail=[em("This story was originally published by ProPublica.")],
        expected="ProPublica",
        accept=["Pro Publica"],
        credit=["This story was originally published by ProPublica."],
    ),
    case(
        "tw-np-en-conversation-republished",
        "nonprofit_republish",
        "en",
        site="Riverside Today",
        url="https://www.riversidetoday.com/environment/street-trees-cool-city-blocks",
        story=TREES,
        byline="Helen Achterberg, University of Leeds",
        tail=[
            em(
                "This article is republished from The Conversation under a Creative Commons license. Read the original article."
            )
        ],
        expected="The Conversation",
        accept=["Conversation"],
        credit=[
            "This article is republished from The Conversation under a Creative Commons license."
        ],
    ),
    case(
        "tw-np-de-correctiv-republished",
        "nonprofit_republish",
        "de",
        site="Lahn-Post",
        url="https://www.lahn-post.de/gesundheit/geburtsstation-schliesst-correctiv-1234900",
        story=st("de", 1),
        byline="von Laura Pfeiffer",
        tail=[
            em(
                "Dieser Artikel erschien zuerst bei CORRECTIV und wird hier unter der Lizenz CC BY-NC-ND 4.0 veröffentlicht."
            )
        ],
        expected="CORRECTIV",
        accept=["Correctiv", "correctiv.org"],
        credit=[
            "Dieser Artikel erschien zuerst bei CORRECTIV und wird hier unter der Lizenz CC BY-NC-ND 4.0 veröffentlicht."
        ],
    ),
]


# --- 9. an embed whose page is the other outlet's story --------------------------------------

WATCH = [
    case(
        "tw-watch-en-video-and-story-courtesy",
        "watch_embed",
        "en",
        site="Lakeview Local",
        url="https://www.lakeviewlocal.ca/news/water-plant-upgrade-cbc",
        story=EN[0],
        mid=[video("WATCH | The public works director explains the upgrade", "CBC News")],
        tail=[em("Video and story courtesy of CBC News.")],
        expected="CBC News",
        accept=["CBC", "Canadian Broadcasting Corporation"],
        credit=["Video and story courtesy of CBC News."],
    ),
    case(
        "tw-watch-ar-almasdar-aljazeera",
        "watch_embed",
        "ar",
        site="الرأي اليوم",
        url="https://www.alraialyoum.jo/local/توسعة-الشارع-فيديو",
        story=st("ar", 0),
        mid=[video("شاهد: جولة في موقع أعمال التوسعة", "الجزيرة")],
        tail=[p("المصدر: الجزيرة نت")],
        expected="Al Jazeera",
        accept=["الجزيرة نت", "الجزيرة", "Aljazeera.net", "Al Jazeera Arabic"],
        credit=["المصدر: الجزيرة نت"],
    ),
]


# --- 10. the slot of a "Related:" link holding the story's own origin --------------------------

RELATED = [
    case(
        "tw-related-en-originally-published-guardian",
        "related_link",
        "en",
        site="Northside Times",
        url="https://www.northsidetimes.com/housing/rents-climb-guardian",
        story=EN[5],
        tail=[em("This article was originally published in The Guardian.")],
        expected="The Guardian",
        accept=["Guardian"],
        credit=["This article was originally published in The Guardian."],
    ),
    case(
        "tw-related-pt-fonte-o-globo",
        "related_link",
        "pt",
        site="Correio Campineiro",
        url="https://www.correiocampineiro.com.br/saude/dengue-casos-campinas-o-globo",
        story=st("pt", 0),
        tail=[p("Fonte: O Globo")],
        expected="O Globo",
        accept=["Globo"],
        credit=["Fonte: O Globo"],
    ),
]


# --- 11. partner content: the partner is the story's publisher ------------------------------

PARTNERS = [
    case(
        "tw-partner-de-inhalt-von-t-online",
        "partner_widget",
        "de",
        site="Lahn-Post",
        url="https://www.lahn-post.de/partner/lahnbruecke-t-online-1234950",
        story=st("de", 0),
        head=[p("Partner-Inhalt", "label")],
        tail=[em("Dieser Inhalt stammt von unserem Partner t-online.")],
        expected="t-online",
        accept=["t-online.de"],
        credit=["Dieser Inhalt stammt von unserem Partner t-online."],
    ),
]


# --- 12. an essay reprinted "as published in" -----------------------------------------------

SEEN = [
    case(
        "tw-seen-en-first-published-atlantic",
        "as_seen_on",
        "en",
        site="Essays Weekly",
        url="https://www.essaysweekly.com/science/street-trees-cool-city-blocks",
        story=TREES,
        byline="Helen Achterberg",
        tail=[em("This essay was first published in The Atlantic.")],
        expected="The Atlantic",
        accept=["Atlantic"],
        credit=["This essay was first published in The Atlantic."],
    ),
    case(
        "tw-seen-de-zuerst-im-handelsblatt",
        "as_seen_on",
        "de",
        site="Kiezrad",
        url="https://www.kiezrad.de/presse/handelsblatt-finanzierungsrunde",
        story=STARTUP_DE,
        tail=[em("Dieser Artikel erschien zuerst im Handelsblatt.")],
        expected="Handelsblatt",
        credit=["Dieser Artikel erschien zuerst im Handelsblatt."],
    ),
]


# --- 13. "Source:" at the foot of a story, not under a chart ----------------------------------

CHARTS = [
    case(
        "tw-chart-en-source-last-line",
        "chart_source",
        "en",
        site="Local Wire Digest",
        url="https://www.localwiredigest.com/uk/water-plant-upgrade-approved",
        story=EN[0],
        tail=[p("Source: Halden Courier")],
        expected="Halden Courier",
        accept=["The Halden Courier"],
        credit=["Source: Halden Courier"],
    ),
    case(
        "tw-chart-ja-inyoumoto-nhk",
        "chart_source",
        "ja",
        site="ニュースまとめポスト",
        url="https://news-matome-post.jp/archives/58299",
        story=st("ja", 1),
        tail=[p("引用元：NHK NEWS WEB")],
        expected="NHK",
        accept=["NHK NEWS WEB", "日本放送協会"],
        credit=["引用元：NHK NEWS WEB"],
    ),
]


# --- 14. a "provided by" label where a sponsor label sits -------------------------------------

SPONSORED = [
    case(
        "tw-sponsor-ja-teikyo-kyodo",
        "sponsored",
        "ja",
        site="みんなのニュース",
        url="https://minna-news.jp/article/2025031400512",
        story=st("ja", 0),
        head=[p("提供：共同通信", "provider")],
        expected="Kyodo News",
        accept=["共同通信", "Kyodo", "共同通信社"],
        credit=["提供：共同通信"],
    ),
]


# --- 15. an author bio that says where the piece first appeared -------------------------------

BIOS = [
    case(
        "tw-bio-en-csm-where-first-appeared",
        "author_bio",
        "en",
        site="Harbor City Journal",
        url="https://www.harborcityjournal.com/opinion/port-strike-social-contract-csm",
        story=OPED_PORT,
        byline="By Priya Raman",
        section="Opinion",
        tail=[
            em(
                "Priya Raman is a staff writer at The Christian Science Monitor, where this article first appeared."
            )
        ],
        expected="The Christian Science Monitor",
        accept=["Christian Science Monitor", "CSM"],
        credit=[
            "Priya Raman is a staff writer at The Christian Science Monitor, where this article first appeared."
        ],
    ),
    case(
        "tw-bio-fr-dabord-publie-la-croix",
        "author_bio",
        "fr",
        site="L'Écho de Villeneuve",
        url="https://www.echodevilleneuve.fr/opinions/europe-russie-la-croix",
        story=TRIBUNE_FR,
        byline="Par Hélène Vidal",
        section="Tribune",
        tail=[
            em(
                "Hélène Vidal est journaliste à La Croix. Cet article a d'abord été publié dans La Croix."
            )
        ],
        expected="La Croix",
        accept=["Croix"],
        credit=["Cet article a d'abord été publié dans La Croix."],
    ),
]


# --- 16. a guest column reprinted from another paper ------------------------------------------

LETTERS = [
    case(
        "tw-letter-de-gastbeitrag-zuerst-faz",
        "letter_to_editor",
        "de",
        site="Lahn-Post",
        url="https://www.lahn-post.de/meinung/gastbeitrag-china-faz-1234999",
        story=TRIBUNE_DE,
        byline="Von Martin Eckert",
        section="Gastbeitrag",
        tail=[em("Dieser Gastbeitrag erschien zuerst in der Frankfurter Allgemeinen Zeitung.")],
        expected="Frankfurter Allgemeine Zeitung",
        accept=["FAZ", "F.A.Z.", "Frankfurter Allgemeine"],
        credit=["Dieser Gastbeitrag erschien zuerst in der Frankfurter Allgemeinen Zeitung."],
    ),
]


# --- 17. a translation of one foreign paper's article (not a review of several) --------------

SPIEGEL_FR = S(
    "Allemagne : les maternités rurales ferment faute de sages-femmes",
    "Dans les campagnes allemandes, les maternités ferment les unes après les autres, faute de sages-femmes prêtes à assurer des gardes de nuit.",
    "À Ostheim, en Bavière, les femmes enceintes doivent désormais rouler trois quarts d'heure pour accoucher.",
    "Les hôpitaux publics affirment ne plus pouvoir rivaliser avec les salaires proposés dans les grandes villes.",
    "Le gouvernement régional promet une prime d'installation, mais les syndicats jugent la mesure insuffisante.",
)
GUARDIAN_PL = S(
    "Brytyjskie szpitale: pacjenci godzinami czekają na korytarzach",
    "W brytyjskich szpitalach pacjenci coraz częściej spędzają wiele godzin na wózkach ustawionych na korytarzach oddziałów ratunkowych.",
    "W jednym ze szpitali w hrabstwie Wessex średni czas oczekiwania przekroczył w lutym siedem i pół godziny.",
    "Lekarze mówią, że problem zaczyna się poza szpitalem, w niedofinansowanej opiece społecznej.",
    "Rząd zapowiada nowy plan wypisów pacjentów, ale związkowcy nie kryją sceptycyzmu.",
)

REVIEWS = [
    case(
        "tw-review-fr-courrier-source-spiegel",
        "press_review",
        "fr",
        site="Courrier international",
        url="https://www.courrierinternational.com/article/allemagne-les-maternites-rurales-ferment",
        story=SPIEGEL_FR,
        head=[box("source", "Source", "Der Spiegel (Hambourg)")],
        expected="Der Spiegel",
        accept=["Spiegel", "DER SPIEGEL", "Spiegel Online"],
        credit=["Der Spiegel (Hambourg)"],
    ),
    case(
        "tw-review-pl-ukazal-sie-w-guardianie",
        "press_review",
        "pl",
        site="Świat Prasy",
        url="https://www.swiatprasy.pl/przeklady/brytyjskie-szpitale-korytarze",
        story=GUARDIAN_PL,
        tail=[em("Artykuł ukazał się pierwotnie w „The Guardian”. Tłumaczenie: Anna Nowak.")],
        expected="The Guardian",
        accept=["Guardian"],
        credit=["Artykuł ukazał się pierwotnie w „The Guardian”."],
    ),
]


# --- 18. co-publications another outlet produced (rule: see the copies' module) --------------

COPUB = [
    case(
        "tw-copub-en-kff-produced-by",
        "co_publication",
        "en",
        site="Cedar County Courier",
        url="https://www.cedarcountycourier.com/news/rural-hospital-er-closure-kff",
        story=EN[12],
        byline="By Sam Whitaker, KFF Health News",
        tail=[
            em(
                "This article was produced by KFF Health News, a national newsroom that produces in-depth journalism about health issues, and is co-published here with permission."
            )
        ],
        expected="KFF Health News",
        accept=["Kaiser Health News", "KHN", "KFF"],
        credit=[
            "This article was produced by KFF Health News, a national newsroom that produces in-depth journalism about health issues, and is co-published here with permission."
        ],
    ),
    case(
        "tw-copub-es-alianza-agencia-ocote",
        "co_publication",
        "es",
        site="Plaza Pública",
        url="https://www.plazapublica.com.gt/investigacion/empresas-pantalla-pisos-turisticos",
        story=ICIJ,
        tail=[
            em(
                "Este artículo fue publicado originalmente por Agencia Ocote y se reproduce como parte de una alianza de medios."
            )
        ],
        expected="Agencia Ocote",
        accept=["Ocote"],
        credit=[
            "Este artículo fue publicado originalmente por Agencia Ocote y se reproduce como parte de una alianza de medios."
        ],
    ),
]


CASES: list[Case] = [
    *STAFF,
    *GROUP,
    *RIGHTS,
    *SOURCE,
    *PROMO,
    *CORRECTIONS,
    *WIRES,
    *NONPROFIT,
    *WATCH,
    *RELATED,
    *PARTNERS,
    *SEEN,
    *CHARTS,
    *SPONSORED,
    *BIOS,
    *LETTERS,
    *REVIEWS,
    *COPUB,
]

#: The cases that failed their first run on the unchanged code, and why.
XFAIL: dict[str, str] = {
    "tw-source-en-economist-in-mint": "The Economist's licence line ('From The Economist, published under licence') not read (left by pass 37, not examined: the line sits in a box beside the text that no reader reaches)",
    "tw-bio-en-csm-where-first-appeared": "'... at The Christian Science Monitor, where this article first appeared' not read (left by pass 37, not examined: the line sits in a box beside the text that no reader reaches)",
    "tw-review-fr-courrier-source-spiegel": "Courrier international's 'Source: Der Spiegel (Hambourg)' box not read (left by pass 37, not examined: the line sits in a box beside the text that no reader reaches)",
}


def _param(c: Case) -> object:
    marks = [pytest.mark.xfail(strict=True, reason=XFAIL[c.id])] if c.id in XFAIL else []
    return pytest.param(c, marks=marks)


@pytest.mark.parametrize("c", [_param(c) for c in CASES], ids=[c.id for c in CASES])
def test_the_same_shapes_credit_the_outlet_they_name(c: Case) -> None:
    check(c)
