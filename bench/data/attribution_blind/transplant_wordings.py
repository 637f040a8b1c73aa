# ruff: noqa: E501, RUF001
"""The credit lines and look-alikes the transplant set inserts into real pages (see the README
section "Transplant set on real pages"). Written blind, from newsroom conventions: who really
published the story is the outlet or wire a credit line names; a mention, a photo credit, a chart
source or a related-links box names an outlet without making it the publisher.

Each recipe is a dict: ``cat`` (the label category), ``placement``, and the parts that
`build_transplant.py` turns into edits:

- ``dateline``: text inserted at the start of the first paragraph (never a credit line);
- ``head``: markup inserted before the first paragraph; ``byline`` likewise, as a byline;
- ``append``: text appended inside the last paragraph (after a space);
- ``tail``: markup inserted after the last paragraph;
- ``body``: a paragraph inserted after a middle paragraph (a mention);
- ``figure``: a figure inserted after the first paragraph (a caption or a chart source);
- ``credit``: the credit lines as the page shows them (must leave the text);
- ``mention``: the inserted sentences that must stay;
- ``publisher`` / ``accept``: the answer and every right spelling of it (None for null pages).

``{p}`` in markup is replaced by the last paragraph's opening tag (so an inserted paragraph looks
like the page's own), ``{img}`` by an image address on the page's own host.
"""

from __future__ import annotations

from typing import Any

Recipe = dict[str, Any]

AP_TRAILER = (
    "Copyright 2026 The Associated Press. All rights reserved. This material may not be "
    "published, broadcast, rewritten or redistributed without permission."
)


def _tail(text: str) -> str:
    return "{p}" + text + "</p>"


def credited(cat: str, placement: str, publisher: str, accept: list[str], credit: list[str],
             **parts: str) -> Recipe:
    return {"cat": cat, "placement": placement, "publisher": publisher, "accept": accept,
            "credit": credit, "mention": [], **parts}


def null(cat: str, placement: str, mention: list[str] | None = None, **parts: str) -> Recipe:
    return {"cat": cat, "placement": placement, "publisher": None, "accept": [], "credit": [],
            "mention": mention or [], **parts}


def figure(caption: str) -> str:
    return (
        '<figure class="inline-image"><img src="{img}" alt="" width="800" height="450">'
        f"<figcaption>{caption}</figcaption></figure>"
    )


def related(title: str, domain: str, headlines: list[str]) -> str:
    items = "".join(
        f'<li><a href="https://www.{domain}/article/{i + 1:02d}-related">{h}</a></li>'
        for i, h in enumerate(headlines)
    )
    return f'<aside class="related-links"><h4>{title}</h4><ul>{items}</ul></aside>'


def mention(sentence: str, placement: str = "body_mention") -> Recipe:
    return null("negative_mention", placement, [sentence], body="{p}" + sentence + "</p>")


# --- English -------------------------------------------------------------------------------
EN: list[Recipe] = [
    credited("in_table", "end_paragraph", "The Guardian", ["The Guardian"],
             ["Source: The Guardian"], tail=_tail("Source: The Guardian")),
    credited("wire", "dateline+end", "Reuters", ["Reuters"],
             ["Reporting by Anna Kowalczyk; Editing by Mark Heinrich"],
             dateline="LONDON, March 4 (Reuters) - ",
             tail=_tail("Reporting by Anna Kowalczyk; Editing by Mark Heinrich")),
    mention("The figures were discussed at length in a Reuters report on Monday."),
    credited("out_of_table", "end_paragraph", "The Evening Courier", ["The Evening Courier"],
             ["— The Evening Courier"], tail=_tail("— The Evening Courier")),
    null("negative_caption", "caption",
         figure="{fig}A view of the site on Monday. (AP Photo/Julia Marten){/fig}"),
    credited("wire", "end_appended", "Press Trust of India", ["Press Trust of India", "PTI"],
             ["(With inputs from PTI)"], append="(With inputs from PTI)"),
    credited("in_table", "end_appended", "Al Jazeera", ["Al Jazeera"],
             ["(Courtesy: Al Jazeera)"], append="(Courtesy: Al Jazeera)"),
    mention('"We are still looking at every option," a spokesperson told the BBC.'),
    credited("wire", "dateline+trailer", "Associated Press", ["Associated Press", "The Associated Press", "AP"],
             [AP_TRAILER], dateline="NEW YORK (AP) — ", tail=_tail(AP_TRAILER)),
    credited("out_of_table", "head", "The Texas Tribune", ["The Texas Tribune"],
             ["This article was originally published by The Texas Tribune."],
             head="<p><em>This article was originally published by The Texas Tribune.</em></p>"),
    null("negative_caption", "chart",
         figure="{fig}Chart: annual figures, 2015-2025. Source: World Bank{/fig}"),
    credited("in_table", "end_paragraph", "The Conversation", ["The Conversation"],
             ["This article first appeared in The Conversation."],
             tail=_tail("<em>This article first appeared in The Conversation.</em>")),
    credited("wire", "byline", "Reuters", ["Reuters"], ["By Daniel Okafor, Reuters"],
             byline='<p class="byline">By Daniel Okafor, Reuters</p>'),
    null("negative_mention", "related_box",
         tail=related("More from Reuters", "reuters.com", [
             "Markets steady as investors weigh rate outlook",
             "Regulators open review of regional lenders",
             "Explainer: what the new rules mean for households"])),
    credited("out_of_table", "source_box", "Inside Climate News", ["Inside Climate News"],
             ["Source: Inside Climate News"],
             tail='<div class="article-source"><span>Source:</span> '
                  '<a href="https://insideclimatenews.org/">Inside Climate News</a></div>'),
    credited("wire", "dateline", "AFP", ["AFP", "Agence France-Presse"], [],
             dateline="PARIS, March 4 (AFP) - "),
    mention("Earlier this week, The New York Times reported that discussions were still under way."),
    credited("in_table", "head", "ProPublica", ["ProPublica"],
             ["This story was originally published by ProPublica."],
             head='<div class="republish-note"><b>This story was originally published by '
                  "ProPublica.</b></div>"),
    null("negative_caption", "caption",
         figure="{fig}Crowds gathered outside on Sunday. REUTERS/Tom Ellery{/fig}"),
    credited("out_of_table", "end_paragraph", "Harbourside Gazette", ["Harbourside Gazette"],
             ["Source: Harbourside Gazette"], tail=_tail("<b>Source:</b> Harbourside Gazette")),
    credited("wire", "end_paragraph", "Australian Associated Press", ["Australian Associated Press", "AAP"],
             ["— AAP"], tail=_tail("— AAP")),
    mention("In an interview with Al Jazeera, one analyst called the situation \u201cunusual but not "
            "unprecedented\u201d."),
    credited("in_table", "byline", "Bloomberg", ["Bloomberg"], ["By Priya Raman, Bloomberg"],
             byline='<p class="byline">By Priya Raman, Bloomberg</p>'),
    credited("out_of_table", "end_paragraph", "CalMatters", ["CalMatters"],
             ["This story was originally published by CalMatters."],
             tail=_tail("<em>This story was originally published by CalMatters.</em>")),
    null("negative_caption", "caption",
         figure="{fig}The building seen from the street. (Photo by Sam Keller/AFP via Getty Images){/fig}"),
    credited("wire", "byline", "The Canadian Press", ["The Canadian Press", "Canadian Press"],
             ["By Marie Tremblay, The Canadian Press"],
             byline='<p class="byline">By Marie Tremblay, The Canadian Press</p>'),
    mention("Speaking to Sky News on Sunday, a spokesperson said more details would follow."),
    credited("in_table", "source_box", "The Hindu", ["The Hindu"], ["Source: The Hindu"],
             tail='<div class="article-source"><span>Source:</span> '
                  '<a href="https://www.thehindu.com/">The Hindu</a></div>'),
    credited("wire", "end_trailer", "Associated Press", ["Associated Press", "The Associated Press", "AP"],
             [AP_TRAILER], tail=_tail(AP_TRAILER)),
    null("negative_mention", "related_box",
         tail=related("More from the BBC", "bbc.co.uk", [
             "Councils warn of pressure on local budgets",
             "What we know so far",
             "The week in pictures"])),
    credited("out_of_table", "head", "Grist", ["Grist"],
             ["This story was originally published by Grist."],
             head="<p><i>This story was originally published by Grist.</i></p>"),
    credited("in_table", "end_paragraph", "The Washington Post", ["The Washington Post"],
             ["This article originally appeared in The Washington Post."],
             tail=_tail("This article originally appeared in The Washington Post.")),
    mention('"It is still early days," one person familiar with the matter told the Financial Times.'),
    credited("wire", "end_paragraph", "Xinhua", ["Xinhua"], ["Source: Xinhua"],
             tail=_tail("Source: Xinhua")),
    null("negative_caption", "chart",
         figure="{fig}Share of households affected, by region. Source: OECD{/fig}"),
    credited("out_of_table", "byline", "The Seattle Times", ["The Seattle Times"],
             ["By Lauren Whitfield, The Seattle Times"],
             byline='<p class="byline">By Lauren Whitfield, The Seattle Times</p>'),
    credited("in_table", "end_appended", "KFF Health News", ["KFF Health News"],
             ["(Courtesy: KFF Health News)"], append="(Courtesy: KFF Health News)"),
    mention("Bloomberg News reported last year that similar plans had been shelved."),
    credited("wire", "dateline+end", "Reuters", ["Reuters"],
             ["Reporting by Tomasz Nowicki in Warsaw; Writing by Ella Brandt; Editing by Alison Williams"],
             dateline="WASHINGTON, March 4 (Reuters) - ",
             tail=_tail("Reporting by Tomasz Nowicki in Warsaw; Writing by Ella Brandt; Editing by "
                        "Alison Williams")),
    credited("out_of_table", "end_paragraph", "Millbrook Ledger", ["Millbrook Ledger"],
             ["This article first appeared in the Millbrook Ledger."],
             tail=_tail("This article first appeared in the Millbrook Ledger.")),
    null("negative_caption", "caption",
         figure="{fig}Photograph: Xinhua/Shutterstock{/fig}"),
    credited("in_table", "head", "CNN", ["CNN"], ["Source: CNN"],
             head='<div class="source-label"><strong>Source:</strong> CNN</div>'),
    mention("The Guardian reported in March that a review was already under way."),
    credited("out_of_table", "end_appended", "The Marshall Project", ["The Marshall Project"],
             ["(Courtesy: The Marshall Project)"], append="(Courtesy: The Marshall Project)"),
    credited("wire", "end_appended", "IANS", ["IANS"], ["--IANS"], append="--IANS"),
    null("negative_mention", "related_box",
         tail=related("More from AP News", "apnews.com", [
             "Storms knock out power to thousands",
             "Today in History",
             "Photos: a week around the world"])),
    credited("in_table", "end_paragraph", "NPR", ["NPR"],
             ["Copyright 2026 NPR"], tail=_tail("Copyright 2026 NPR")),
    credited("out_of_table", "source_box", "Cedar Valley Sentinel", ["Cedar Valley Sentinel"],
             ["Source: Cedar Valley Sentinel"],
             tail='<div class="article-source">Source: Cedar Valley Sentinel</div>'),
    mention("A spokesperson told CNN on Tuesday that the matter was under review."),
    credited("wire", "dateline+end", "AFP", ["AFP", "Agence France-Presse"], ["burs/jm/ah"],
             dateline="GENEVA, March 4 (AFP) - ", tail=_tail("burs/jm/ah")),
    null("negative_caption", "caption",
         figure="{fig}File photo. (PTI Photo){/fig}"),
    credited("out_of_table", "end_paragraph", "Undark", ["Undark"],
             ["This article was originally published on Undark."],
             tail=_tail("<em>This article was originally published on Undark.</em>")),
    credited("in_table", "end_paragraph", "Los Angeles Times", ["Los Angeles Times"],
             ["©2026 Los Angeles Times. Distributed by Tribune Content Agency, LLC."],
             tail=_tail("©2026 Los Angeles Times. Distributed by Tribune Content Agency, LLC.")),
    mention("Similar concerns were raised on NPR's Morning Edition last month."),
]

# --- German --------------------------------------------------------------------------------
DE: list[Recipe] = [
    credited("wire", "end_paragraph", "dpa", ["dpa", "Deutsche Presse-Agentur"], ["Quelle: dpa"],
             tail=_tail("Quelle: dpa")),
    mention("Das berichtete zuvor bereits die \u201eSüddeutsche Zeitung\u201c."),
    credited("in_table", "end_paragraph", "Der Spiegel", ["Der Spiegel", "SPIEGEL"],
             ["Quelle: SPIEGEL"], tail=_tail("Quelle: SPIEGEL")),
    credited("wire", "dateline+trailer", "dpa", ["dpa", "Deutsche Presse-Agentur"],
             ["© dpa-infocom, dpa:260304-99-012345/3"], dateline="Berlin (dpa) - ",
             tail=_tail("© dpa-infocom, dpa:260304-99-012345/3")),
    null("negative_caption", "caption",
         figure="{fig}Symbolbild. Foto: Marijan Murat/dpa{/fig}"),
    credited("out_of_table", "end_paragraph", "Rheinische Post", ["Rheinische Post"],
             ["Dieser Artikel erschien zuerst in der Rheinischen Post."],
             tail=_tail("<em>Dieser Artikel erschien zuerst in der Rheinischen Post.</em>")),
    credited("in_table", "end_paragraph", "Die Zeit", ["Die Zeit", "ZEIT ONLINE"],
             ["Dieser Artikel erschien zuerst bei ZEIT ONLINE."],
             tail=_tail("Dieser Artikel erschien zuerst bei ZEIT ONLINE.")),
    mention("Wie der \u201eSpiegel\u201c am Montag berichtete, laufen die Gespräche noch."),
    credited("wire", "end_appended", "epd", ["epd", "Evangelischer Pressedienst"], ["(epd)"],
             append="(epd)"),
    null("negative_caption", "chart",
         figure="{fig}Entwicklung seit 2015. Quelle: Statistisches Bundesamt{/fig}"),
    credited("out_of_table", "head", "Nordkurier", ["Nordkurier"], ["Quelle: Nordkurier"],
             head='<p><strong>Quelle: Nordkurier</strong></p>'),
    credited("wire", "dateline", "dpa", ["dpa", "Deutsche Presse-Agentur"], [],
             dateline="Hamburg (dpa) - "),
    mention("Gegenüber dem NDR sagte ein Sprecher, eine Entscheidung gebe es noch nicht."),
    credited("in_table", "source_box", "Süddeutsche Zeitung", ["Süddeutsche Zeitung"],
             ["Quelle: Süddeutsche Zeitung"],
             tail='<div class="quelle">Quelle: <a href="https://www.sueddeutsche.de/">'
                  "Süddeutsche Zeitung</a></div>"),
    credited("out_of_table", "end_paragraph", "Elbtaler Anzeiger", ["Elbtaler Anzeiger"],
             ["(Quelle: Elbtaler Anzeiger)"], tail=_tail("(Quelle: Elbtaler Anzeiger)")),
    null("negative_caption", "caption",
         figure="{fig}Foto: picture alliance/dpa | Jonas Keller{/fig}"),
    credited("wire", "byline", "dpa", ["dpa", "Deutsche Presse-Agentur"], ["Von Anna Berger, dpa"],
             byline='<p class="autor">Von Anna Berger, dpa</p>'),
    credited("in_table", "end_appended", "Tagesschau", ["Tagesschau", "tagesschau.de"],
             ["(Quelle: tagesschau.de)"], append="(Quelle: tagesschau.de)"),
    mention("Zuerst hatte der Bayerische Rundfunk über die Pläne berichtet."),
    credited("out_of_table", "end_paragraph", "heise online", ["heise online"],
             ["Quelle: heise online"], tail=_tail("Quelle: heise online")),
    credited("wire", "end_paragraph", "APA", ["APA", "Austria Presse Agentur"], ["(APA)"],
             tail=_tail("(APA)")),
    null("negative_mention", "related_box",
         tail=related("Mehr von der Deutschen Welle", "dw.com", [
             "Was die neuen Regeln für Verbraucher bedeuten",
             "Kommentar: Ein überfälliger Schritt",
             "Die Woche in Bildern"])),
    credited("in_table", "end_paragraph", "Deutsche Welle", ["Deutsche Welle", "DW"],
             ["Quelle: DW"], tail=_tail("Quelle: DW")),
    credited("out_of_table", "head", "Havelländer Rundschau", ["Havelländer Rundschau"],
             ["Dieser Beitrag erschien zuerst in der Havelländer Rundschau."],
             head="<p><em>Dieser Beitrag erschien zuerst in der Havelländer Rundschau.</em></p>"),
    mention("Im Gespräch mit dem \u201eTagesspiegel\u201c hatte sie die Pläne zuvor verteidigt."),
    credited("wire", "end_appended", "Keystone-SDA", ["Keystone-SDA", "SDA"], ["(sda)"],
             append="(sda)"),
    null("negative_caption", "caption",
         figure="{fig}Bild: epd-bild/Thomas Lohnes{/fig}"),
    credited("in_table", "end_paragraph", "Frankfurter Allgemeine Zeitung",
             ["Frankfurter Allgemeine Zeitung", "FAZ.NET"], ["Quelle: FAZ.NET"],
             tail=_tail("Quelle: FAZ.NET")),
    credited("out_of_table", "source_box", "Tagesspiegel", ["Tagesspiegel"],
             ["Quelle: Tagesspiegel"],
             tail='<div class="quelle"><b>Quelle:</b> Tagesspiegel</div>'),
    credited("wire", "end_paragraph", "KNA", ["KNA", "Katholische Nachrichten-Agentur"],
             ["Quelle: KNA"], tail=_tail("Quelle: KNA")),
    mention("Nach Informationen der \u201eBild\u201c-Zeitung soll die Entscheidung im Herbst fallen."),
]

# --- other languages -----------------------------------------------------------------------
ES: list[Recipe] = [
    credited("wire", "dateline", "EFE", ["EFE", "Agencia EFE"], [], dateline="Madrid, 4 mar (EFE).- "),
    mention("La información fue adelantada este lunes por el diario El País."),
    credited("in_table", "end_paragraph", "El País", ["El País"], ["Fuente: El País"],
             tail=_tail("Fuente: El País")),
    null("negative_caption", "caption", figure="{fig}Foto: EFE/Juan Ruiz{/fig}"),
    credited("out_of_table", "end_paragraph", "Diario de Sevilla", ["Diario de Sevilla"],
             ["Fuente: Diario de Sevilla"], tail=_tail("<b>Fuente:</b> Diario de Sevilla")),
    credited("wire", "end_paragraph", "Europa Press", ["Europa Press"],
             ["Con información de Europa Press"], tail=_tail("Con información de Europa Press")),
    null("negative_caption", "chart", figure="{fig}Evolución anual. Fuente: INE{/fig}"),
    credited("in_table", "head", "Infobae", ["Infobae"], ["Fuente: Infobae"],
             head="<p><strong>Fuente: Infobae</strong></p>"),
    mention("En declaraciones a la Cadena SER, un portavoz dijo que se estudiaría el caso."),
    credited("wire", "end_paragraph", "EFE", ["EFE", "Agencia EFE"], ["Fuente: EFE"],
             tail=_tail("Fuente: EFE")),
]
FR: list[Recipe] = [
    credited("wire", "dateline", "AFP", ["AFP", "Agence France-Presse"], [],
             dateline="Paris (AFP) - "),
    mention("Selon Le Monde, les discussions se poursuivent."),
    credited("in_table", "end_paragraph", "Le Monde", ["Le Monde"], ["Source : Le Monde"],
             tail=_tail("Source : Le Monde")),
    null("negative_caption", "caption", figure="{fig}Photo AFP / Louis Marchand{/fig}"),
    credited("out_of_table", "end_paragraph", "La Voix du Nord", ["La Voix du Nord"],
             ["Cet article est paru initialement dans La Voix du Nord."],
             tail=_tail("<em>Cet article est paru initialement dans La Voix du Nord.</em>")),
    credited("in_table", "end_paragraph", "France 24", ["France 24"], ["Source : France 24"],
             tail=_tail("Source : France 24")),
]
PL: list[Recipe] = [
    credited("wire", "end_paragraph", "Polish Press Agency", ["Polish Press Agency", "PAP"],
             ["Źródło: PAP"], tail=_tail("Źródło: PAP")),
    mention("Jak podała w poniedziałek \u201eRzeczpospolita\u201d, rozmowy wciąż trwają."),
    credited("out_of_table", "end_paragraph", "Gazeta Wyborcza", ["Gazeta Wyborcza"],
             ["Źródło: Gazeta Wyborcza"], tail=_tail("Źródło: Gazeta Wyborcza")),
    null("negative_caption", "caption", figure="{fig}Fot. PAP/Leszek Nowak{/fig}"),
    credited("wire", "end_appended", "Polish Press Agency", ["Polish Press Agency", "PAP"],
             ["(PAP)"], append="(PAP)"),
    null("negative_caption", "chart", figure="{fig}Dane za lata 2015-2025. Źródło: GUS{/fig}"),
]
PT: list[Recipe] = [
    credited("wire", "end_paragraph", "Agência Brasil", ["Agência Brasil"],
             ["Fonte: Agência Brasil"], tail=_tail("Fonte: Agência Brasil")),
    null("negative_caption", "caption",
         figure="{fig}Foto: Marcelo Camargo/Agência Brasil{/fig}"),
    credited("in_table", "end_paragraph", "Folha de S.Paulo", ["Folha de S.Paulo"],
             ["Com informações da Folha de S.Paulo"],
             tail=_tail("Com informações da Folha de S.Paulo")),
    mention("Segundo o jornal O Globo, as conversas continuam."),
    credited("wire", "end_paragraph", "Agência Lusa", ["Agência Lusa", "Lusa"], ["Fonte: Lusa"],
             tail=_tail("Fonte: Lusa")),
    credited("out_of_table", "end_paragraph", "Zero Hora", ["Zero Hora"], ["Fonte: Zero Hora"],
             tail=_tail("Fonte: Zero Hora")),
]
HU: list[Recipe] = [
    credited("wire", "end_paragraph", "MTI", ["MTI"], ["Forrás: MTI"], tail=_tail("Forrás: MTI")),
    mention("Az Index értesülése szerint a tárgyalások folytatódnak."),
    credited("out_of_table", "end_paragraph", "Telex", ["Telex"], ["Forrás: Telex"],
             tail=_tail("Forrás: Telex")),
    null("negative_caption", "caption", figure="{fig}Fotó: MTI/Kovács Tamás{/fig}"),
    credited("out_of_table", "end_paragraph", "HVG", ["HVG"], ["Forrás: HVG"],
             tail=_tail("Forrás: HVG")),
]
RU: list[Recipe] = [
    credited("wire", "end_paragraph", "TASS", ["TASS", "ТАСС"], ["Источник: ТАСС"],
             tail=_tail("Источник: ТАСС")),
    mention("Как сообщил в понедельник \u00abКоммерсантъ\u00bb, переговоры продолжаются."),
    credited("out_of_table", "end_paragraph", "Коммерсантъ", ["Коммерсантъ"],
             ["Источник: \u00abКоммерсантъ\u00bb"], tail=_tail("Источник: \u00abКоммерсантъ\u00bb")),
    null("negative_caption", "caption", figure="{fig}Фото: ТАСС/Иван Петров{/fig}"),
]
IT: list[Recipe] = [
    credited("wire", "end_paragraph", "ANSA", ["ANSA"], ["Fonte: ANSA"], tail=_tail("Fonte: ANSA")),
    mention("Lo ha riportato lunedì il Corriere della Sera."),
    credited("in_table", "end_paragraph", "Corriere della Sera", ["Corriere della Sera"],
             ["Fonte: Corriere della Sera"], tail=_tail("Fonte: Corriere della Sera")),
]
FI: list[Recipe] = [
    credited("wire", "end_paragraph", "STT", ["STT"], ["Lähde: STT"], tail=_tail("Lähde: STT")),
    mention("Asiasta uutisoi aiemmin Helsingin Sanomat."),
]
KO: list[Recipe] = [
    credited("wire", "dateline+trailer", "Yonhap", ["Yonhap", "연합뉴스"],
             ["<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>"], dateline="(서울=연합뉴스) 김민수 기자 = ",
             tail=_tail("&lt;저작권자(c) 연합뉴스, 무단 전재-재배포 금지&gt;")),
    null("negative_caption", "caption", figure="{fig}[연합뉴스 자료사진]{/fig}"),
    mention("이 같은 내용은 앞서 한겨레가 보도했다."),
    credited("wire", "end_paragraph", "Yonhap", ["Yonhap", "연합뉴스"], ["출처: 연합뉴스"],
             tail=_tail("출처: 연합뉴스")),
]
JA: list[Recipe] = [
    credited("wire", "end_appended", "Kyodo News", ["Kyodo News", "共同通信", "共同"], ["（共同）"],
             append="（共同）"),
    mention("この件は朝日新聞が先に報じていた。"),
]

BY_LANGUAGE: dict[str, list[Recipe]] = {
    "en": EN, "de": DE, "es": ES, "fr": FR, "pl": PL, "pt": PT, "hu": HU, "ru": RU, "it": IT,
    "fi": FI, "ko": KO, "ja": JA,
}
