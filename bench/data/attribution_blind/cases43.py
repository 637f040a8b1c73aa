# ruff: noqa: E501, RUF001  (one case a line; full-width punctuation in CJK credits)
"""Cases of the forty-third blind set: 120 pages of business, markets, technology and crypto
sites (see the README section). Every site is invented (none of an earlier set, by host or by
registrable domain); outlets credited as ``out_of_table`` are outside the three table files.

Slots (where a credit or own line sits): ``top`` above the text, ``byline`` in the byline or meta
row, ``mid`` a box between paragraphs, ``end`` right after the text, ``tag`` the Via/Source row,
``source`` a row after the related links, ``box`` a republish box, ``chart_own`` a chart's source
line; ``markup`` pages credit only in the head (canonical link, og:site_name, JSON-LD)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Case:
    site: str
    name: str
    lang: str
    fam: str
    category: str
    story: str
    credits: tuple[tuple[str, str], ...] = ()
    expected: str | None = None
    accept: tuple[str, ...] = ()
    dateline: str = ""
    mention: str = ""
    caption: str = ""
    cap_kind: str = "photo"
    own: tuple[tuple[str, str], ...] = ()
    markup: tuple[tuple[str, str], ...] = ()
    extra: tuple[tuple[str, str], ...] = ()
    author: str | None = None
    bio: str = ""
    elsewhere: tuple[tuple[str, str, str], ...] = ()
    n: int | None = None
    time: str = ""
    host: str = ""
    note: str = ""


IN, OUT, WIRE = "in_table", "out_of_table", "wire"
MENTION, CAPTION, OWN, PLAIN = "negative_mention", "negative_caption", "own_page", "no_credit"

CASES: list[Case] = [
    # ---------------------------------------------------------------- English (52)
    Case("randledger.co.za", "Rand Ledger", "en", "feed", IN, "en_durban", (("end", "©2027 Bloomberg L.P."),), "Bloomberg", ("Bloomberg", "Bloomberg News", "Bloomberg L.P."),
         dateline="(Bloomberg) -- ", author="Lindiwe Mokoena", note="Bloomberg's opening tag and copyright trailer on an investor site; Bloomberg is an outlet in the table (it works as a wire), so in_table"),
    Case("frugalfieldnotes.com", "Frugal Field Notes", "en", "pfblog", IN, "en_dayton", (("end", "This story originally appeared on MarketWatch."),), "MarketWatch", ("MarketWatch", "Market Watch"),
         author="Aaron Pelletier"),
    Case("circuitcrate.com", "Circuit Crate", "en", "gadget", IN, "en_odense", (("tag", "Source: TechCrunch"),), "TechCrunch", ("TechCrunch", "Tech Crunch", "techcrunch.com"),
         author="Noah Brenner", note="a copied item's Source row under the text"),
    Case("penanglens.com", "Penang Lens", "en", "portal", IN, "en_kumamoto", (("mid", "This article first appeared in Nikkei Asia."),), "Nikkei Asia", ("Nikkei Asia", "Nikkei", "Nikkei Asian Review"),
         note="a general portal's business section; the note is a box after the second paragraph"),
    Case("resultsroom.in", "ResultsRoom", "en", "earnings", IN, "en_pune", (("end", "Courtesy: Livemint"),), "Mint", ("Mint", "Livemint", "Live Mint", "livemint.com")),
    Case("stockvane.com", "StockVane", "en", "quote", IN, "en_boise", (("end", "This article was originally published by Barron's."),), "Barron's", ("Barron's", "Barrons"),
         author="Janelle Vos"),
    Case("satoshiwire.io", "SatoshiWire", "en", "crypto", OUT, "en_halifax", (("source", "Source: CoinDesk"),), "CoinDesk", ("CoinDesk", "coindesk.com"),
         note="crypto sites copying each other: the source row sits after the related list"),
    Case("coinpulseasia.com", "CoinPulse Asia", "en", "crypto", OUT, "en_stablecoin", (), "Cointelegraph", ("Cointelegraph", "cointelegraph.com"),
         markup=(("canonical", "https://cointelegraph.com/news/euro-stablecoin-slips-below-peg-after-zug-issuer-delays-reserve-report"),), author="Elena Rüegg",
         note="markup only: the copy's canonical link points at Cointelegraph's URL; no visible credit"),
    Case("hodlheraldhq.com", "HODL Herald HQ", "en", "crypto", OUT, "en_halifax", (("end", "This article originally appeared on Decrypt."),), "Decrypt", ("Decrypt", "decrypt.co")),
    Case("sharepricepost.co.uk", "SharePrice Post", "en", "feed", OUT, "en_sheffield", (("end", "Copyright 2027 Alliance News Ltd. All Rights Reserved."),), "Alliance News", ("Alliance News", "Alliance News Ltd"),
         dateline="LONDON (Alliance News) - ", note="a UK financial wire outside the table files: out_of_table, not wire; its dateline tag is kept"),
    Case("moneymarginnotes.com", "Money Margin Notes", "en", "pfblog", OUT, "en_dayton", (("end", "This article first appeared on Kiplinger.com."),), "Kiplinger", ("Kiplinger", "Kiplinger.com", "kiplinger.com"),
         author="Cheryl Vance"),
    Case("bitsandhinges.com", "Bits & Hinges", "en", "gadget", OUT, "en_tampere", (("tag", "Source: The Register"),), "The Register", ("The Register", "Register", "theregister.com")),
    Case("foldwatch.net", "FoldWatch", "en", "gadget", OUT, "en_tampere", (("end", "[via Android Police]"),), "Android Police", ("Android Police", "androidpolice.com"),
         note="disputable: a tech blog's '[via X]' tag under a copied item is read as crediting X"),
    Case("blockbriefing.news", "Block Briefing", "en", "letter", OUT, "en_stablecoin", (("top", "Reposted with permission from The Ledger Brief."),), "The Ledger Brief", ("The Ledger Brief", "Ledger Brief"),
         author="Rafael Quintero", note="an invented crypto newsletter reposted by another"),
    Case("liststreet.co.uk", "ListStreet", "en", "quote", OUT, "en_sheffield", (("byline", "Provided by Sharecast News"),), "Sharecast News", ("Sharecast News", "Sharecast", "Sharecast.com"),
         note="an aggregator's 'Provided by' line in the meta row"),
    Case("emergingtape.net", "Emerging Tape", "en", "feed", WIRE, "en_surat", (("end", "(Reporting by Meera Joshi in Surat; Editing by Tom Halvorsen)"),), "Reuters", ("Reuters", "Thomson Reuters"),
         dateline="SURAT, India, Feb 18 (Reuters) - ", author="Meera Joshi"),
    Case("bullpenquotes.io", "Bullpen Quotes", "en", "quote", WIRE, "en_boise",
         (("end", "Write to Gareth Olander at gareth.olander@wsj.com"), ("end", "(END) Dow Jones Newswires"), ("end", "Copyright (c) 2027 Dow Jones & Company, Inc.")), "Dow Jones Newswires", ("Dow Jones Newswires", "Dow Jones"),
         extra=(("end@2", "February 18, 2027 16:42 ET (21:42 GMT)"),), time="14:44", author="Gareth Olander", note="Dow Jones Newswires' trailer: contact line, (END) tag, time stamp (kept: names nobody), copyright"),
    Case("dalalticker.in", "Dalal Ticker", "en", "earnings", WIRE, "en_pune", (("end", "PTI KRT HVA"),), "Press Trust of India", ("Press Trust of India", "PTI"),
         dateline="New Delhi, Feb 18 (PTI) "),
    Case("kansaidailypost.jp", "Kansai Daily Post", "en", "portal", WIRE, "en_kumamoto", (("end", "©KYODO"),), "Kyodo News", ("Kyodo News", "Kyodo", "KYODO"),
         dateline="KUMAMOTO - "),
    Case("chartfolio.io", "Chartfolio", "en", "chart", WIRE, "en_durban",
         (("end", "Copyright 2027 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission."),), "Associated Press", ("Associated Press", "AP", "The Associated Press"),
         dateline="DURBAN, South Africa (AP) — "),
    Case("quoteloom.com", "QuoteLoom", "en", "quote", MENTION, "en_boise", mention="Bloomberg News reported in January that Saltgrass had hired advisers to explore a sale of its optical-interconnect unit.",
         author="Priya Raman"),
    Case("midcapdispatch.co.uk", "Midcap Dispatch", "en", "feed", MENTION, "en_sheffield", mention="Penhallow told the Financial Times in November that the order book was the deepest she had seen in her career.",
         author="Oliver Brandt"),
    Case("softcommoditiesnote.com", "The Soft Commodities Note", "en", "letter", MENTION, "en_durban", mention="As Reuters reported last week, two mills on the north coast had already warned growers that payments could be delayed.",
         author="Pieter Claassen",
         elsewhere=(("Financial Times", "Cocoa grinders brace for another tight season", "https://www.ft.com/content/4b1e7c20-9a51-4f3e-8d2c-1a7f0e6b9c31"),
                    ("Bloomberg", "Why freight rates for bulk carriers jumped in February", "https://www.bloomberg.com/news/articles/2027-02-16/why-freight-rates-for-bulk-carriers-jumped-in-february"),
                    ("The Economist", "The quiet comeback of sugar-beet farming", "https://www.economist.com/finance-and-economics/2027/02/11/the-quiet-comeback-of-sugar-beet-farming")),
         note="a newsletter's reading list links three table outlets; the text mentions Reuters"),
    Case("gemratesdaily.com", "GemRates Daily", "en", "chart", MENTION, "en_surat", mention="The Economic Times reported on Monday that two large polishing units in Varachha had cut a shift."),
    Case("pocketsilicon.com", "Pocket Silicon", "en", "gadget", MENTION, "en_tampere", mention="The Verge first reported the hinge complaints in January, citing posts on the company's support forum.",
         author="Liam Cortez",
         elsewhere=(("Engadget", "Foldable phones are getting cheaper, but are they getting tougher?", "https://www.engadget.com/mobile/foldable-phones-cheaper-tougher-120000123.html"),
                    ("Ars Technica", "What a hinge teardown tells you about a foldable's lifespan", "https://arstechnica.com/gadgets/2027/02/what-a-hinge-teardown-tells-you/"))),
    Case("earningsdeck.com", "EarningsDeck", "en", "earnings", MENTION, "en_kumamoto", mention="Nikkei reported on Wednesday that Kiyomine was in talks to supply substrates to a second customer in Taiwan.",
         author="Hannah Ueda", bio="Hannah Ueda covers Asian technology companies for EarningsDeck. She previously reported on semiconductors for Reuters in Tokyo.",
         note="the author bio names Reuters; the text mentions Nikkei"),
    Case("thewestcountrypost.co.uk", "The West Country Post", "en", "portal", MENTION, "en_bristol", mention="A Harbourside spokesperson told the BBC that no customer data had been exposed during the outage."),
    Case("blockvigil.com", "BlockVigil", "en", "crypto", MENTION, "en_halifax", mention="CoinDesk, which first reported the breach, said the attacker had moved part of the funds through two mixing services.",
         author="Dev Malhotra"),
    Case("ohiosaverblog.com", "Ohio Saver", "en", "pfblog", MENTION, "en_dayton", mention="As The Wall Street Journal reported last month, credit unions across the Midwest have been cutting savings rates faster than the big banks.",
         author="Megan Lasko"),
    Case("asiatickerhub.com", "Asia Ticker Hub", "en", "quote", CAPTION, "en_kumamoto", caption="A worker checks a wafer carrier at a chip packaging plant in Kumamoto Prefecture. (Photo: Kyodo)"),
    Case("indiacapitaldesk.in", "India Capital Desk", "en", "feed", CAPTION, "en_pune", caption="Brake discs move along a conveyor at a foundry near Pune. REUTERS/Anil Deshmane"),
    Case("sectorcharts.com", "SectorCharts", "en", "chart", CAPTION, "en_boise", caption="Saltgrass Memory share price over the past year, in dollars. Source: Bloomberg", cap_kind="chart",
         note="a chart's data source names Bloomberg: not a credit"),
    Case("handsetnerd.com", "HandsetNerd", "en", "gadget", CAPTION, "en_tampere", caption="The Fold 2's hinge cover, where owners have reported cracks. (Image: The Verge)", author="Maya Lindqvist"),
    Case("stablewatch.io", "StableWatch", "en", "crypto", CAPTION, "en_stablecoin", caption="AMEUR supply over the past 30 days. Source: The Block Data", cap_kind="chart",
         note="a supply chart from a crypto outlet's data service"),
    Case("beatormiss.com", "Beat or Miss", "en", "earnings", CAPTION, "en_boise", caption="Saltgrass Memory's headquarters in Boise, Idaho. (AP Photo/Lena Marquardt)"),
    Case("gujaratgazette.in", "Gujarat Gazette", "en", "portal", CAPTION, "en_surat", caption="Workers sort rough stones at a diamond polishing unit in Surat. (PTI Photo)"),
    Case("warehousewire.news", "The Warehouse Wire", "en", "letter", CAPTION, "en_odense", caption="A Lindved picking robot at the company's test hall in Odense. Photographer: Jens Hald/Bloomberg",
         author="Ines Vestergaard"),
    Case("kestrelmarketnews.com", "Kestrel Market News", "en", "feed", OWN, "en_sheffield", dateline="LONDON (Kestrel Market News) - ",
         own=(("end", "Copyright 2027 Kestrel Market News. All rights reserved."),), note="an invented wire's own page: its own dateline tag and copyright trailer"),
    Case("chainfront.io", "Chainfront", "en", "crypto", OWN, "en_halifax", own=(("source", "Source: Chainfront"),), note="a 'Source:' row naming the site itself"),
    Case("pocketbookledger.org", "Pocketbook Ledger", "en", "pfblog", OWN, "en_bristol",
         own=(("box", "Republish this story for free under a Creative Commons licence, with credit to Pocketbook Ledger."),), author="Grace Ayodele",
         note="a nonprofit's republish box on its own story"),
    Case("gearloft.com", "Gearloft", "en", "gadget", OWN, "en_odense", own=(("end", "Originally published on Gearloft."),), author="Sam Whitford",
         note="a cross-posting footer left on the original's own page"),
    Case("tapeview.net", "Tapeview", "en", "chart", OWN, "en_surat", own=(("chart_own", "Source: Tapeview analysis of export council data"),),
         note="a chart's source line naming the site's own analysis"),
    Case("pacifictickers.co", "Pacific Tickers", "en", "quote", PLAIN, "en_kumamoto", author="Kenji Arata"),
    Case("chipstockdaily.com", "Chip Stock Daily", "en", "feed", PLAIN, "en_boise", author="Rachel Iverson"),
    Case("quarterlyrecap.com", "Quarterly Recap", "en", "earnings", PLAIN, "en_boise",
         extra=(("end", "This summary was generated from the company's filings and checked by an editor."),)),
    Case("marketsmorning.in", "Markets Morning", "en", "earnings", PLAIN, "en_pune", extra=(("end", "(With inputs from agencies)"),),
         note="'with inputs from agencies' names nobody"),
    Case("natalbusinessreport.co.za", "Natal Business Report", "en", "portal", PLAIN, "en_durban", author="Thabo Nkosi"),
    Case("eurocoinreview.com", "EuroCoin Review", "en", "crypto", PLAIN, "en_stablecoin", author="Jonas Meier"),
    Case("northernsmallcaps.io", "Northern Small Caps", "en", "letter", PLAIN, "en_sheffield", author="Callum Hirst"),
    Case("softsdata.com", "SoftsData", "en", "chart", PLAIN, "en_durban"),
    Case("automatedaisle.com", "Automated Aisle", "en", "gadget", PLAIN, "en_odense", author="Freya Holm"),
    Case("quidsinblog.co.uk", "Quids In", "en", "pfblog", PLAIN, "en_bristol", author="Ellie Marsh"),
    # ---------------------------------------------------------------- German (6)
    Case("boersenbrief-suedwest.de", "Börsenbrief Südwest", "de", "letter", IN, "de_heilbronn", (("end", "Dieser Beitrag ist zuerst in der Frankfurter Allgemeinen Zeitung erschienen."),), "Frankfurter Allgemeine Zeitung",
         ("Frankfurter Allgemeine Zeitung", "F.A.Z.", "FAZ", "Frankfurter Allgemeine", "Frankfurter Allgemeinen Zeitung"), author="Tobias Wälde",
         note="the paper's name inflected in the credit sentence ('der Frankfurter Allgemeinen Zeitung')"),
    Case("technikteller.de", "TechnikTeller", "de", "gadget", OUT, "de_chemnitz", (("tag", "Quelle: Golem.de"),), "Golem.de", ("Golem.de", "Golem", "golem.de")),
    Case("kurswaechter.de", "Kurswächter", "de", "quote", WIRE, "de_heilbronn", (("byline", "Quelle: dpa-AFX"), ("end", "/kro/tav/he")), "dpa", ("dpa", "dpa-AFX", "DPA"),
         dateline="HEILBRONN (dpa-AFX) - ", note="dpa-AFX's dateline tag, the portal's 'Quelle:' in the meta row and the desk's initials sign-off"),
    Case("gruenderticker.de", "Gründerticker", "de", "feed", MENTION, "de_chemnitz", mention="Das „Handelsblatt“ hatte zuerst über die Gespräche mit dem strategischen Investor berichtet.",
         author="Jana Pietsch"),
    Case("chartsignal.de", "Chartsignal", "de", "chart", CAPTION, "de_heilbronn", caption="Montage von Getrieben im Heilbronner Werk des Unternehmens. Foto: Bernd Weißgerber/dpa"),
    Case("kursradar.de", "Kursradar", "de", "feed", OWN, "de_heilbronn", own=(("end", "Quelle: Kursradar"),), author="Lars Heinemann"),
    # ---------------------------------------------------------------- French (5)
    Case("alpes-infos.fr", "Alpes Infos", "fr", "portal", IN, "fr_grenoble", (("end", "Source : Le Figaro"),), "Le Figaro", ("Le Figaro", "Figaro", "lefigaro.fr")),
    Case("boursevigie.fr", "BourseVigie", "fr", "quote", OUT, "fr_grenoble", (("end", "Copyright (c) 2027 CercleFinance.com. Tous droits réservés."),), "Cercle Finance", ("Cercle Finance", "CercleFinance.com", "cerclefinance.com"),
         dateline="(CercleFinance.com) - ", note="a French market-news agency outside the table files (its tag opens the text, its copyright closes it)"),
    Case("budgetmalin-blog.fr", "Le Budget Malin", "fr", "pfblog", MENTION, "fr_nantes", mention="Selon Les Echos, la néobanque envisagerait par ailleurs une nouvelle levée de fonds au printemps.",
         author="Camille Jégou"),
    Case("puces-et-capteurs.fr", "Puces & Capteurs", "fr", "gadget", CAPTION, "fr_grenoble", caption="Une plaquette de capteurs MEMS en salle blanche à Crolles (Isère). Photo : Lucie Vernaz/AFP"),
    Case("lalettrefintech.fr", "La Lettre Fintech", "fr", "letter", PLAIN, "fr_nantes", author="Hugo Berthelot"),
    # ---------------------------------------------------------------- Italian (5)
    Case("borsaradar.it", "BorsaRadar", "it", "quote", IN, "it_sassuolo", (("end", "Fonte: Corriere della Sera"),), "Corriere della Sera", ("Corriere della Sera", "Corriere", "corriere.it")),
    Case("flashborsa24.it", "FlashBorsa 24", "it", "feed", OUT, "it_sassuolo", (("end", "red-fla (RADIOCOR) 18-02-27 17:42:10 (0614) 5 NNNN"),), "Il Sole 24 Ore Radiocor", ("Il Sole 24 Ore Radiocor", "Radiocor", "Radiocor Plus"),
         dateline="(Il Sole 24 Ore Radiocor) - Milano, 18 feb - ", note="Radiocor's dateline tag and its transmission trailer; an agency outside the table files"),
    Case("graficiborsa.it", "Grafici Borsa", "it", "chart", MENTION, "it_lecco", mention="Come riportato dal Sole 24 Ore, la società valuta anche una quotazione su Euronext Growth Milan nel medio periodo."),
    Case("tecnopagamenti.it", "Tecnopagamenti", "it", "gadget", CAPTION, "it_lecco", caption="Un pagamento con il terminale in un negozio del centro di Lecco. Foto: ANSA/GIULIA FERRANTE", author="Davide Colombo"),
    Case("datiaziende.it", "DatiAziende", "it", "chart", PLAIN, "it_sassuolo"),
    # ---------------------------------------------------------------- Dutch (5)
    Case("beursflits.nl", "Beursflits", "nl", "feed", WIRE, "nl_enschede", (("end", "Bron: ANP"),), "ANP", ("ANP", "Algemeen Nederlands Persbureau"), dateline="ENSCHEDE (ANP) - "),
    Case("koersplein.nl", "Koersplein", "nl", "quote", OUT, "nl_enschede", (("end", "Door: ABM Financial News."),), "ABM Financial News", ("ABM Financial News", "abmfn.nl"),
         dateline="AMSTERDAM (ABM Financial News) - ", note="a Dutch financial wire outside the table files"),
    Case("woonrentebrief.nl", "De Woonrentebrief", "nl", "letter", MENTION, "nl_zwolle", mention="Het Financieele Dagblad meldde vorige week dat ook twee grootbanken hun tarieven opnieuw tegen het licht houden.",
         author="Sanne Bruggink"),
    Case("rentegrafiek.nl", "Rentegrafiek", "nl", "chart", CAPTION, "nl_zwolle", caption="Nieuwbouwwoningen in de Zwolse wijk Stadshagen. Foto: ANP / Sanne Dijkhuis"),
    Case("geldnuchter.nl", "Geld Nuchter", "nl", "pfblog", PLAIN, "nl_zwolle", author="Joost Wessels"),
    # ---------------------------------------------------------------- Japanese (6)
    Case("kabu-lens.jp", "かぶレンズ", "ja", "kabu", IN, "ja_suwa", (("end", "出典：日本経済新聞 電子版"),), "Nikkei Asia", ("Nikkei Asia", "日本経済新聞", "日経", "日本経済新聞 電子版", "Nikkei"),
         note="the Japanese-language Nikkei is folded into the table's Nikkei Asia (alias 日本経済新聞)"),
    Case("gadget-navi.jp", "ガジェットナビ", "ja", "gadget", OUT, "ja_hamamatsu", (), "ITmedia NEWS", ("ITmedia NEWS", "ITmedia", "itmedia.co.jp"),
         markup=(("canonical", "https://www.itmedia.co.jp/news/articles/2702/18/news118.html"),), note="markup only: a syndicated copy whose canonical link points at ITmedia"),
    Case("shikyoflash24.jp", "市況フラッシュ24", "ja", "feed", WIRE, "ja_suwa", (("byline", "提供：共同通信"),), "Kyodo News", ("Kyodo News", "共同通信", "Kyodo", "共同通信社"),
         note="the provider line a Japanese portal prints beside the time"),
    Case("kessan-memo.jp", "決算メモ", "ja", "earnings", MENTION, "ja_suwa", mention="ロイター通信は17日、同社が台湾の顧客と新たな供給契約を協議していると報じていた。", author="中村 亮"),
    Case("mimi-tech.jp", "ミミテック", "ja", "gadget", CAPTION, "ja_hamamatsu", caption="天竜サウンドの浜松市の工場で組み立てられるイヤホン（写真：ロイター/アフロ）"),
    Case("kabutrend.jp", "カブトレンド", "ja", "kabu", OWN, "ja_hamamatsu", own=(("end", "（カブトレンド編集部）"),)),
    # ---------------------------------------------------------------- Korean (5)
    Case("jusikplus.co.kr", "주식플러스", "ko", "kabu", IN, "ko_gumi", (("byline", "출처: 중앙일보"),), "Korea JoongAng Daily", ("Korea JoongAng Daily", "중앙일보", "JoongAng Ilbo"),
         note="중앙일보 (JoongAng Ilbo) is an alias of the table's Korea JoongAng Daily"),
    Case("coinnotedaily.kr", "코인노트 데일리", "ko", "crypto", OUT, "ko_coin", (("end", "출처: 블록미디어"),), "블록미디어", ("블록미디어", "Blockmedia")),
    Case("stockroad.co.kr", "스톡로드", "ko", "kabu", WIRE, "ko_gumi", (("end", "kty@yna.co.kr"), ("end", "<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>")), "Yonhap", ("Yonhap", "연합뉴스", "Yonhap News Agency"),
         dateline="(구미=연합뉴스) 김태윤 기자 = ", note="Yonhap's dateline, the reporter's e-mail sign-off and its copyright line"),
    Case("siljuknote.com", "실적노트", "ko", "earnings", MENTION, "ko_gumi", mention="앞서 한국경제신문은 회사가 미국 조지아주에 현지 공장을 세우는 방안을 검토하고 있다고 보도했다.", author="박서연 기자"),
    Case("coinnachimban.com", "코인나침반", "ko", "crypto", OWN, "ko_coin", own=(("end", "ⓒ 코인나침반, 무단전재 및 재배포 금지"),), author="이준호 기자"),
    # ---------------------------------------------------------------- Chinese, simplified (6)
    Case("gushihui.com.cn", "股事汇", "zh-Hans", "kabu", IN, "zh_changzhou", (("byline", "来源：人民网"),), "People's Daily", ("People's Daily", "人民网", "人民日报")),
    Case("shumaquan.cn", "数码圈", "zh-Hans", "gadget", OUT, "zh_hefei", (("end", "本文来源：36氪"),), "36氪", ("36氪", "36Kr", "36kr.com")),
    Case("caijingkuaixun.cn", "财经快讯网", "zh-Hans", "kabu", WIRE, "zh_changzhou", (("byline", "来源：新华社"),), "Xinhua", ("Xinhua", "新华社", "Xinhua News Agency"),
         dateline="新华社南京2月18日电（记者 周明远）"),
    Case("caibaozhushou.cn", "财报助手", "zh-Hans", "earnings", MENTION, "zh_changzhou", mention="据财新此前报道，公司曾与两家欧洲组件厂商洽谈长期供货协议。", author="李婧"),
    Case("wanjiribao.cn", "玩机日报", "zh-Hans", "gadget", CAPTION, "zh_hefei", caption="巢湖科技发布会现场展示的折叠屏新机。（图片来源：视觉中国）"),
    Case("licaikuaibao24.cn", "理财快报24", "zh-Hans", "kabu", PLAIN, "zh_hefei"),
    # ---------------------------------------------------------------- Chinese, traditional (5)
    Case("gushikuaixun.com.tw", "股市快訊", "zh-Hant", "kabu", WIRE, "tw_tainan", (("byline", "來源：中央社"), ("end", "（編輯：陳怡靜）1160218")), "Central News Agency", ("Central News Agency", "中央社", "Focus Taiwan"),
         dateline="（中央社記者林思妤台南18日電）", note="CNA's dateline and its editor line with the ROC date code (a desk mark, listed as a credit line)"),
    Case("bibao.com.tw", "幣報", "zh-Hant", "crypto", OUT, "tw_coin", (("end", "原文來源：動區動趨"),), "動區動趨", ("動區動趨", "BlockTempo", "動區動趨 BlockTempo")),
    Case("taigudaily.com.tw", "台股日報", "zh-Hant", "kabu", CAPTION, "tw_tainan", caption="南瀛電路板台南廠區生產線。（中央社檔案照片）"),
    Case("biweekly.com.tw", "幣週刊", "zh-Hant", "crypto", OWN, "tw_coin", own=(("end", "本文由幣週刊原創，轉載請註明出處。"),), author="張雅婷"),
    Case("chouma.com.tw", "籌碼網", "zh-Hant", "kabu", PLAIN, "tw_tainan"),
    # ---------------------------------------------------------------- Hindi (5)
    Case("vyaparsamachar.in", "व्यापार समाचार", "hi", "portal", WIRE, "hi_rajkot", (("end", "भाषा अजय रमण"),), "Press Trust of India", ("Press Trust of India", "भाषा", "पीटीआई-भाषा", "PTI"),
         dateline="राजकोट, 18 फरवरी (भाषा) ", note="PTI-Bhasha's dateline tag and its initials sign-off"),
    Case("bachatguru.in", "बचत गुरु", "hi", "pfblog", OUT, "hi_fd", (("end", "साभार: मनी9"),), "मनी9", ("मनी9", "Money9", "money9.com"), author="नेहा शर्मा"),
    Case("natijelive.in", "नतीजे लाइव", "hi", "earnings", MENTION, "hi_rajkot", mention="इकनॉमिक टाइम्स ने पिछले महीने बताया था कि कंपनी पूर्वी अफ्रीका में एक वितरक कंपनी खरीदने पर विचार कर रही है।", author="राहुल मेहता"),
    Case("sharebhav.in", "शेयर भाव", "hi", "quote", CAPTION, "hi_rajkot", caption="राजकोट की एक फाउंड्री में पंप के पुर्जे तैयार करते कामगार। (फोटो: पीटीआई)"),
    Case("paisapathshala.in", "पैसा पाठशाला", "hi", "pfblog", PLAIN, "hi_fd", author="अंकित जोशी"),
    # ---------------------------------------------------------------- Turkish (5)
    Case("egehaberportali.com.tr", "Ege Haber Portalı", "tr", "portal", WIRE, "tr_manisa", (("end", "Kaynak: AA"),), "Anadolu Agency", ("Anadolu Agency", "AA", "Anadolu Ajansı"), dateline="MANİSA (AA) - "),
    Case("kriptogundem.com", "Kripto Gündem", "tr", "crypto", OUT, "tr_kripto", (), "Koin Bülteni", ("Koin Bülteni", "koinbulteni.com"),
         markup=(("og_site_name", "Koin Bülteni"), ("publisher_url", "https://koinbulteni.com/"), ("source_url", "https://koinbulteni.com/kordonx-spk-lisans-basvurusunu-tamamladi")),
         note="markup only: a scraping plugin left the source's og:site_name and JSON-LD publisher in the head; no visible credit"),
    Case("borsaekrani.com.tr", "Borsa Ekranı", "tr", "quote", MENTION, "tr_manisa", mention="Dünya gazetesinin haberine göre şirket, Mısır'da kurmayı planladığı fabrika projesini de askıya aldı.", author="Elif Arslan"),
    Case("koinrehberi.net", "Koin Rehberi", "tr", "crypto", CAPTION, "tr_kripto", caption="İzmir'de bir kripto para platformunun ofisinde çalışanlar. (Fotoğraf: AA)"),
    Case("egefinansajansi.com.tr", "Ege Finans Ajansı", "tr", "feed", OWN, "tr_manisa", dateline="MANİSA (EFA) - ", own=(("end", "Kaynak: Ege Finans Ajansı"),),
         note="an invented regional agency's own page: its dateline tag and 'Kaynak:' naming itself"),
    # ---------------------------------------------------------------- Vietnamese (5)
    Case("tintucmientay.vn", "Tin Tức Miền Tây", "vi", "portal", WIRE, "vi_cantho", (("end", "Theo TTXVN"),), "Vietnam News Agency", ("Vietnam News Agency", "TTXVN", "Thông tấn xã Việt Nam", "VNA"),
         note="the right-aligned 'Theo …' line Vietnamese portals end a copied story with"),
    Case("kinhtedongbang.vn", "Kinh tế Đồng Bằng", "vi", "portal", OUT, "vi_cantho", (("end", "Theo VnEconomy"),), "VnEconomy", ("VnEconomy", "vneconomy.vn")),
    Case("tiensohomnay.vn", "Tiền Số Hôm Nay", "vi", "crypto", MENTION, "vi_crypto", mention="Trước đó, báo Tuổi Trẻ đưa tin sàn đã hoàn tất thử nghiệm hệ thống dưới sự giám sát của cơ quan quản lý.", author="Minh Anh"),
    Case("mekongplus.vn", "Mekong Plus", "vi", "portal", CAPTION, "vi_cantho", caption="Công nhân phi lê cá tra tại một nhà máy ở Cần Thơ. Ảnh: Reuters"),
    Case("blockvietdaily.vn", "BlockViệt Daily", "vi", "crypto", PLAIN, "vi_crypto", author="Hoàng Nam"),
    # ---------------------------------------------------------------- Indonesian (5)
    Case("bursaterkini.co.id", "Bursa Terkini", "id", "feed", WIRE, "id_morowali", (("end", "Sumber: ANTARA"),), "Antara", ("Antara", "ANTARA", "Antara News"), dateline="Jakarta (ANTARA) - "),
    Case("cuancerdas.id", "Cuan Cerdas", "id", "pfblog", OUT, "id_pinjol", (("end", "Sumber: Kontan.co.id"),), "Kontan", ("Kontan", "Kontan.co.id", "kontan.co.id"), author="Dimas Prasetyo"),
    Case("sulawesiraya.co.id", "Sulawesi Raya", "id", "portal", CAPTION, "id_morowali", caption="Truk mengangkut bijih nikel di kawasan industri di Morowali, Sulawesi Tengah. ANTARA FOTO/Yusuf Nugroho/aww"),
    Case("dompetcerdas.id", "Dompet Cerdas", "id", "pfblog", OWN, "id_pinjol", own=(("end", "Artikel ini merupakan konten asli Dompet Cerdas. Dilarang mengutip tanpa izin."),), author="Putri Maharani"),
    Case("jatimbisnis.id", "Jatim Bisnis", "id", "portal", PLAIN, "id_pinjol", author="Arief Santoso"),
    # ---------------------------------------------------------------- Arabic (5)
    Case("iqtisadalkhaleej24.com", "اقتصاد الخليج 24", "ar", "portal", IN, "ar_jubail", (("end", "المصدر: العربية.نت"),), "Al Arabiya", ("Al Arabiya", "العربية.نت", "العربية نت", "العربية")),
    Case("nabdalsouq.com", "نبض السوق", "ar", "feed", OUT, "ar_jubail", (("end", "المصدر: أرقام"),), "أرقام", ("أرقام", "Argaam", "argaam.com")),
    Case("mouasherat.com", "مؤشرات", "ar", "chart", MENTION, "ar_fintech", mention="وكانت رويترز قد نقلت الشهر الماضي عن مصادر مطلعة أن الشركة عينت مستشارين لدراسة خيارات الطرح."),
    Case("mahfazanews.com", "محفظة نيوز", "ar", "crypto", OWN, "ar_fintech", own=(("top", "خاص - محفظة نيوز"),), note="an 'exclusive' label naming the site itself"),
    Case("sharqiyaeco.com", "الشرقية الاقتصادية", "ar", "portal", PLAIN, "ar_fintech", author="نورة القحطاني"),
]
