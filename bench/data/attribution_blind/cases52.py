# ruff: noqa: E501, RUF001  (one case a line or two; scripts and quotes of several languages)
"""Cases of the fifty-second blind set: specialist wires and distribution services as the sites
that carry their copy print them (see its README section). All outlets, companies, people and
figures not in the publisher table are invented.
"""

from __future__ import annotations

from dataclasses import dataclass, field

D = "March 19, 2027"


@dataclass(frozen=True)
class Case:
    fam: str
    site: str
    name: str
    lang: str
    story: str
    category: str
    publisher: str | None = None
    accept: tuple[str, ...] = ()
    credits: tuple[tuple[str, str], ...] = ()
    own: tuple[tuple[str, str], ...] = ()
    dateline: str = ""
    mention: str = ""
    caption: str = ""
    note: str = ""
    locale: str = ""
    tz: str = "+01:00"
    sub: str = "www"
    section: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def host(self) -> str:
        return f"{self.sub}.{self.site}" if self.sub else self.site


LANG_NAMES = {"en": "English", "de": "Deutsch", "fr": "Français", "es": "Español", "it": "Italiano", "nl": "Nederlands", "pt": "Português", "pl": "Polski", "sv": "Svenska", "tr": "Türkçe"}

UI: dict[str, dict[str, object]] = {
    "en": {"chg": "+0.4%", "date": "Friday, March 19, 2027", "nav": ["Markets", "Companies", "Sport", "Faith", "Science", "Farming"], "related": "More stories", "share": "Share", "rights": "All rights reserved.", "subscribe": "Subscribe to the weekly print edition", "newsletter": "Get the morning farm brief by email", "weather": "Frost risk tonight: low", "prices": "Class III milk $17.84 · Corn $4.41", "index": "Composite", "search": "Search quotes and news", "overview": "Overview", "news": "News", "chart": "Chart", "disclaimer": "Quotes delayed at least 15 minutes. Press releases and news are supplied by third parties and are not investment advice.", "live": "Live: 4 matches in progress", "journal": "Journal information:", "more": "More information:", "claim": "Research news, every weekday", "cite": "Cite this page:"},
    "de": {"date": "Freitag, 19. März 2027", "nav": ["Börse", "Unternehmen", "Kirche", "Welt", "Region"], "related": "Weitere Artikel", "share": "Teilen", "rights": "Alle Rechte vorbehalten.", "subscribe": "Die Wochenzeitung im Abo", "newsletter": "Newsletter abonnieren", "weather": "Heute: 11 °C, Schauer", "prices": "Weizen 231 €/t · Raps 468 €/t", "index": "Leitindex", "search": "Aktie, ISIN oder WKN", "overview": "Übersicht", "news": "Nachrichten", "chart": "Chart", "disclaimer": "Kurse mit mindestens 15 Minuten Verzögerung. Meldungen Dritter, keine Anlageberatung.", "live": "Live-Ticker", "journal": "Fachzeitschrift:", "more": "Weitere Informationen:", "claim": "Wissenschaft aktuell", "cite": "Zitieren:"},
    "fr": {"date": "vendredi 19 mars 2027", "nav": ["Cyclisme", "Football", "Rugby", "Sciences", "Environnement"], "related": "À lire aussi", "share": "Partager", "rights": "Tous droits réservés.", "subscribe": "S'abonner", "newsletter": "Recevoir la lettre agricole", "weather": "Météo : 9 °C", "prices": "Blé 212 €/t", "index": "Indice", "search": "Rechercher", "overview": "Synthèse", "news": "Actualités", "chart": "Graphique", "disclaimer": "Cours différés de 15 minutes.", "live": "En direct", "journal": "Revue :", "more": "Pour en savoir plus :", "claim": "L'actualité de la recherche", "cite": "Citer cette page :"},
    "es": {"date": "viernes, 19 de marzo de 2027", "nav": ["Mercados", "Empresas", "Agricultura", "Ganadería", "Olivar"], "related": "Te puede interesar", "share": "Compartir", "rights": "Todos los derechos reservados.", "subscribe": "Suscríbete", "newsletter": "Recibe el boletín del campo", "weather": "Jaén: 16 °C, despejado", "prices": "AOVE 4,10 €/kg · Trigo duro 318 €/t", "index": "Índice general", "search": "Buscar valores y noticias", "overview": "Resumen", "news": "Noticias", "chart": "Gráfico", "disclaimer": "Cotizaciones con 15 minutos de retraso. La información no constituye recomendación de inversión.", "live": "En directo", "journal": "Revista:", "more": "Más información:", "claim": "Ciencia", "cite": "Citar:"},
    "it": {"date": "venerdì 19 marzo 2027", "nav": ["Chiesa", "Diocesi", "Sport locale", "Volley", "Cultura"], "related": "Leggi anche", "share": "Condividi", "rights": "Tutti i diritti riservati.", "subscribe": "Abbonati al settimanale diocesano", "newsletter": "Iscriviti alla newsletter", "weather": "Meteo: 14 °C", "prices": "", "index": "Indice", "search": "Cerca", "overview": "Sintesi", "news": "Notizie", "chart": "Grafico", "disclaimer": "", "live": "Risultati in diretta", "journal": "Rivista:", "more": "Per saperne di più:", "claim": "", "cite": "Cita:"},
    "nl": {"date": "vrijdag 19 maart 2027", "nav": ["Beurs", "Bedrijven", "Melkvee", "Akkerbouw", "Techniek"], "related": "Meer nieuws", "share": "Delen", "rights": "Alle rechten voorbehouden.", "subscribe": "Abonneren", "newsletter": "Ontvang de dagelijkse boerennieuwsbrief", "weather": "Weer: 10 °C, wisselvallig", "prices": "Melkprijs 47,25 €/100 kg", "index": "Hoofdindex", "search": "Zoek fonds of nieuws", "overview": "Overzicht", "news": "Nieuws", "chart": "Grafiek", "disclaimer": "Koersen met ten minste 15 minuten vertraging. Geen beleggingsadvies.", "live": "Live", "journal": "Tijdschrift:", "more": "Meer informatie:", "claim": "", "cite": "Citeer:"},
    "pt": {"date": "sexta-feira, 19 de março de 2027", "nav": ["Mercados", "Empresas", "Futebol", "Modalidades", "Liga 3"], "related": "Leia também", "share": "Partilhar", "rights": "Todos os direitos reservados.", "subscribe": "Assinar", "newsletter": "Newsletter", "weather": "", "prices": "", "index": "Índice", "search": "Pesquisar cotações", "overview": "Resumo", "news": "Notícias", "chart": "Gráfico", "disclaimer": "Cotações com atraso de 15 minutos. Não constitui aconselhamento de investimento.", "live": "Em direto: 3 jogos", "journal": "Revista:", "more": "Mais informações:", "claim": "", "cite": "Citar:"},
    "pl": {"date": "piątek, 19 marca 2027", "nav": ["Uprawy", "Ceny", "Kościół", "Diecezja", "Region"], "related": "Czytaj także", "share": "Udostępnij", "rights": "Wszelkie prawa zastrzeżone.", "subscribe": "Prenumerata tygodnika", "newsletter": "Zapisz się do newslettera rolniczego", "weather": "Pogoda: 6 °C, przymrozek w nocy", "prices": "Rzepak 2140 zł/t · Pszenica 905 zł/t", "index": "Indeks", "search": "Szukaj", "overview": "Przegląd", "news": "Wiadomości", "chart": "Wykres", "disclaimer": "", "live": "Na żywo", "journal": "Czasopismo:", "more": "Więcej informacji:", "claim": "", "cite": "Cytuj:"},
    "sv": {"date": "fredag 19 mars 2027", "nav": ["Börs", "Bolag", "Forskning", "Hälsa", "Miljö"], "related": "Läs också", "share": "Dela", "rights": "Med ensamrätt.", "subscribe": "Prenumerera", "newsletter": "Nyhetsbrev", "weather": "", "prices": "", "index": "Stockholmsindex", "search": "Sök aktie eller nyhet", "overview": "Översikt", "news": "Nyheter", "chart": "Graf", "disclaimer": "Kurserna är fördröjda minst 15 minuter. Inte investeringsrådgivning.", "live": "Live", "journal": "Tidskrift:", "more": "Mer information:", "claim": "Forskningsnytt varje vardag", "cite": "Citera:"},
    "tr": {"date": "19 Mart 2027 Cuma", "nav": ["Piyasalar", "Şirketler", "Basketbol", "Futbol", "Voleybol"], "related": "İlgili haberler", "share": "Paylaş", "rights": "Tüm hakları saklıdır.", "subscribe": "Abone ol", "newsletter": "Bülten", "weather": "", "prices": "", "index": "BIST 100", "search": "Hisse veya haber ara", "overview": "Özet", "news": "Haberler", "chart": "Grafik", "disclaimer": "Veriler en az 15 dakika gecikmelidir. Yatırım tavsiyesi değildir.", "live": "Canlı skor", "journal": "Dergi:", "more": "Daha fazla bilgi:", "claim": "", "cite": "Kaynak göster:"},
}

#: English menus by family (other languages use their one menu).
NAVS = {
    ("en", "portal"): ["Markets", "Companies", "Earnings", "Press releases", "Commodities"],
    ("en", "sport"): ["Rugby union", "Football", "Cricket", "Results", "Fixtures"],
    ("en", "church"): ["Diocese", "Parishes", "Faith", "Schools", "Letters"],
    ("en", "science"): ["Health research", "Medicine", "Earth", "Space", "Technology"],
    ("en", "farm"): ["Dairy", "Crops", "Livestock", "Markets", "Machinery"],
}

SECTIONS = {
    "en": {"portal": "Markets", "sport": "Rugby union", "church": "Faith", "science": "Health research", "farm": "Dairy"},
    "de": {"portal": "Unternehmen", "church": "Kirche"},
    "fr": {"sport": "Cyclisme", "science": "Environnement"},
    "es": {"portal": "Empresas", "farm": "Olivar"},
    "it": {"church": "Diocesi", "sport": "Volley"},
    "nl": {"portal": "Bedrijven", "farm": "Melkvee"},
    "pt": {"portal": "Empresas", "sport": "Liga 3"},
    "pl": {"farm": "Uprawy", "church": "Diecezja"},
    "sv": {"portal": "Bolag", "science": "Hälsa"},
    "tr": {"portal": "Şirketler", "sport": "Basketbol"},
}

AUTHORS = {
    "en": ["Maren Holtby", "Desmond Achterberg", "Priya Lakhani-Stowe", "Tobias Quennell", "Rosalind Abara"],
    "de": ["Wiebke Ostendorf", "Jannik Schröer", "Katrin Mühlenbeck"],
    "fr": ["Solène Thévenard", "Baptiste Roumégoux"],
    "es": ["Inmaculada Torrecilla", "Álvaro Quesada Jiménez"],
    "it": ["Chiara Montagnoli", "Davide Ferrarin"],
    "nl": ["Femke Brinkhorst", "Joost Verhoeff"],
    "pt": ["Mariana Seabra", "Duarte Frazão"],
    "pl": ["Agnieszka Wołosz", "Piotr Hajduczek"],
    "sv": ["Linnea Backström", "Oskar Nyhammar"],
    "tr": ["Elif Tunçbilek", "Mert Karaosmanoğlu"],
}

MORE_HEADLINES = {
    "en": ["Port authority delays crane tender", "Youth league adds girls' under-14 division", "Seed catalogue prices steady for spring"],
    "de": ["Sparkasse schließt zwei Filialen", "Pilgerweg wird neu ausgeschildert"],
    "fr": ["Le vélodrome de Nevers rouvre en avril", "Un nouveau sentier botanique à Vierzon"],
    "es": ["Las lonjas fijan el precio del cordero", "El puerto de Pasaia amplía su muelle"],
    "it": ["Restaurato l'organo della pieve", "Torneo giovanile a Viadana"],
    "nl": ["Veiling meldt lagere bloemenprijzen", "Nieuwe stuw in de Regge"],
    "pt": ["Sardinha regressa às lotas em maio", "Taça distrital tem novo formato"],
    "pl": ["Skup mleka podnosi ceny", "Nowy szlak ikon w Beskidzie"],
    "sv": ["Ny mätstation för luftkvalitet", "Hamnen i Sundsvall byggs ut"],
    "tr": ["Liman ihracatı yüzde 8 arttı", "Voleybolda kupa kurası çekildi"],
}

ISSUER = "A distributed press release is credited to its issuer (the company, club, university or body whose release it is, named in the SOURCE / Original-Content / Bron / Fonte line), never to the distribution service that carried it."

CASES: list[Case] = [
    # ---- English: business portals, quote pages, company newsrooms ----
    Case("portal", "tickerhollow-markets.com", "Tickerhollow Markets", "en", "plant", "out_of_table", "Harrowgate Valve Systems", ("Harrowgate Valve Systems",),
         credits=(("end", "SOURCE Harrowgate Valve Systems"),), dateline="UPPER SANDUSKY, Ohio, March 19, 2027 /PRNewswire/ -- Harrowgate Valve Systems",
         note="PR Newswire-distributed release on a quote page's news tab. " + ISSUER, tz="-04:00", extra={"ticker": "HGVS"}),
    Case("portal", "quillstock-daily.com", "Quillstock Daily", "en", "results", "out_of_table", "Coldhaven Freight Logistics", ("Coldhaven Freight Logistics",),
         credits=(("box", "Source: Coldhaven Freight Logistics, via Business Wire"),), dateline="MEMPHIS, Tenn.--(BUSINESS WIRE)--Coldhaven Freight Logistics",
         note="Business Wire release; the portal's box names issuer and distributor. " + ISSUER, tz="-05:00", extra={"ticker": "CHFL"}),
    Case("portal", "bullrush-ledger.com", "Bullrush Ledger", "en", "markets", "wire", "Dow Jones Newswires", ("Dow Jones Newswires", "Dow Jones"),
         credits=(("end", "(END) Dow Jones Newswires"),), note="Dow Jones copy with its end sign-off, no byline.", tz="-04:00", extra={"ticker": "PGTX"}),
    Case("portal", "moneytussock-news.com", "Money Tussock", "en", "markets", "in_table", "Bloomberg", ("Bloomberg", "Bloomberg News", "Bloomberg L.P."),
         credits=(("end", "©2027 Bloomberg L.P."),), dateline="(Bloomberg) --", note="Bloomberg-syndicated story: the '(Bloomberg) --' opener is a dateline, the copyright trailer the credit.", tz="-04:00", extra={"ticker": "PGTX"}),
    Case("portal", "harbourquay-investor.com", "Harbourquay Investor", "en", "column", "wire", "Reuters", ("Reuters", "Reuters Breakingviews", "Breakingviews"),
         credits=(("top", "BREAKINGVIEWS"), ("end", "The author is a Reuters Breakingviews columnist. The opinions expressed are their own.")),
         note="A Breakingviews column: Reuters is the table wire; the label and the columnist note are credit lines.", sub="", tz="+00:00", extra={"ticker": "ZIM"}),
    Case("portal", "pennyfarthing-finance.com", "Pennyfarthing Finance", "en", "column", "in_table", "The Wall Street Journal", ("The Wall Street Journal", "Wall Street Journal", "WSJ"),
         credits=(("end", "This column was first published by The Wall Street Journal."),), note="Syndicated column credited at its end.", tz="-04:00", extra={"ticker": "MAERSK"}),
    Case("portal", "harrowgatevalve.com", "Harrowgate Valve Systems", "en", "plant", "own_page",
         own=(("box", "SOURCE Harrowgate Valve Systems"),), dateline="UPPER SANDUSKY, Ohio, March 19, 2027 -- Harrowgate Valve Systems",
         note="The issuer's own investor newsroom carrying its own release: own page.", sub="investors", tz="-04:00", extra={"ticker": "HGVS"}),
    Case("portal", "coldhavenfreight.com", "Coldhaven Freight Logistics", "en", "results", "negative_mention", dateline="MEMPHIS, Tenn., March 19, 2027 -- Coldhaven Freight Logistics",
         mention="The company also said that a Bloomberg report on March 12 about a possible sale of its Louisville hub was inaccurate and that no sale is planned.",
         note="The issuer's own release on its own newsroom; it only mentions an outlet. No own credit line.", sub="newsroom", tz="-05:00", extra={"ticker": "CHFL"}),
    Case("portal", "gildenrock-trader.com", "Gildenrock Trader", "en", "markets", "negative_mention",
         mention="Dow Jones Newswires had reported on Thursday that the two sides were close to signing.", note="Staff story that mentions a wire's earlier report.", tz="-04:00", extra={"ticker": "PGTX"}),
    Case("portal", "thistlebourse.com", "Thistle Bourse", "en", "markets", "negative_caption",
         caption="Barges wait to load at the Reserve terminal. (AP Photo/Dwayne Lacombe)", note="Staff story; the agency is named only in a photo credit.", tz="-04:00", extra={"ticker": "PGTX"}),
    Case("portal", "saltmarsh-capital-news.com", "Saltmarsh Capital News", "en", "column", "no_credit", note="Staff column, no credit.", tz="+00:00", extra={"ticker": "ZIM"}),
    Case("portal", "lanternfish-invest.com", "Lanternfish Invest", "en", "results", "no_credit", note="Staff write-up of the results, no credit.", tz="-05:00", extra={"ticker": "CHFL"}),
    # ---- English: sports portals ----
    Case("sport", "ockmentrugby.co.uk", "Ockment Rugby Roundup", "en", "match", "out_of_table", "Tamar Valley Sports Agency", ("Tamar Valley Sports Agency", "TVSA"),
         credits=(("byline", "By Tamar Valley Sports Agency"),), note="Regional sports agency's match report in the byline row.", tz="+00:00"),
    Case("sport", "scrumhalf-weekly.co.uk", "Scrumhalf Weekly", "en", "match", "wire", "AFP", ("AFP", "Agence France-Presse"),
         credits=(("end", "© Agence France-Presse"),), note="Agency copyright trailer.", tz="+00:00"),
    Case("sport", "tamarvalleysport.co.uk", "Tamar Valley Sports Agency", "en", "match", "own_page",
         own=(("end", "Copyright Tamar Valley Sports Agency"),), note="The sports agency's own site with its own copyright: own page.", tz="+00:00"),
    Case("sport", "dartmoorsidelines.co.uk", "Dartmoor Sidelines", "en", "match", "negative_caption",
         caption="Kieran Polglase dives over for the winning try. Picture: Reuters/Gethin Rowe", note="Staff report; agency only in the picture credit.", tz="+00:00"),
    Case("sport", "touchline-kernow.co.uk", "Touchline Kernow", "en", "match", "negative_mention",
         mention="BBC Radio Cornwall carried the second half live, the first league game it has broadcast this season.", note="A broadcaster mentioned in the text.", tz="+00:00"),
    Case("sport", "granitecup-sport.co.uk", "Granitecup Sport", "en", "match", "no_credit", note="Staff report.", tz="+00:00"),
    # ---- English: diocesan papers ----
    Case("church", "hallamvalleycatholic.org.uk", "Hallam Valley Catholic", "en", "synod", "out_of_table", "Pilgrim Lantern News Service", ("Pilgrim Lantern News Service", "PLNS"),
         credits=(("byline", "By Agnes Fenwick, Pilgrim Lantern News Service"),), note="Religious news service in the byline row (Catholic News Service-like).", tz="+00:00", extra={"diocese": "Diocese of Marrowbridge"}),
    Case("church", "wayside-parish-review.org", "Wayside Parish Review", "en", "synod", "in_table", "The Conversation", ("The Conversation", "Conversation"),
         credits=(("box", "This article is republished from The Conversation under a Creative Commons license."),), note="Republishing box.", tz="+00:00", extra={"diocese": "Archdiocese of Fenbury"}),
    Case("church", "marrowbridgeheraldonline.org.uk", "Marrowbridge Catholic Herald", "en", "synod", "own_page",
         own=(("end", "Source: Marrowbridge Catholic Herald"),), note="The diocese's own paper naming itself: own page.", tz="+00:00", extra={"diocese": "Diocese of Marrowbridge"}),
    Case("church", "cloisterbell-news.org", "Cloisterbell News", "en", "synod", "negative_mention",
         mention="The National Catholic Reporter first reported the proposal in February, quoting a draft seen by deans.", note="'first reported' inside a staff story is a mention.", tz="+00:00", extra={"diocese": "Diocese of Marrowbridge"}),
    Case("church", "stbrannock-messenger.org.uk", "St Brannock Messenger", "en", "synod", "negative_caption",
         caption="Bishop Anselm Quarrie at the chrism Mass. (CNS photo/Harriet Lowell)", note="Agency only in a photo credit.", tz="+00:00", extra={"diocese": "Diocese of Marrowbridge"}),
    Case("church", "vespers-weekly.org", "Vespers Weekly", "en", "synod", "no_credit", note="Staff story.", tz="+00:00", extra={"diocese": "Diocese of Marrowbridge"}),
    Case("church", "crosiergate-tidings.org", "Crosiergate Tidings", "en", "synod", "no_credit", note="Staff story.", tz="+00:00", extra={"diocese": "Diocese of Kestelford"}),
    # ---- English: science and health ----
    Case("science", "labbenchexpress.com", "Labbench Express", "en", "study", "out_of_table", "University of Wexmoor", ("University of Wexmoor", "Wexmoor University"),
         credits=(("box", "Provided by University of Wexmoor"),), note="MedicalXpress-like 'Provided by' box: the university's release.",
         extra={"journal": "Sleep Health Practice", "more_info": "Ingrid Vollmayer-Osei et al, Protected naps and dosing errors on night shifts, Sleep Health Practice (2027)."}, tz="+00:00"),
    Case("science", "pipette-post.org", "Pipette Post", "en", "study", "out_of_table", "Kellerby Institute of Nursing Research", ("Kellerby Institute of Nursing Research",),
         credits=(("top", "News release from Kellerby Institute of Nursing Research"),), note="EurekAlert!-like release header naming the issuing institute.", tz="-05:00"),
    Case("science", "wardround-daily.com", "Wardround Daily", "en", "study", "out_of_table", "Bedside Wire Health News", ("Bedside Wire Health News", "Bedside Wire"),
         credits=(("end", "Copyright © 2027 Bedside Wire Health News. All rights reserved."),), note="HealthDay-like health service's copyright trailer.", tz="-05:00"),
    Case("science", "petrimail.com", "Petrimail", "en", "study", "in_table", "Nature", ("Nature", "Nature News"),
         credits=(("end", "This article is reproduced with permission and was first published by Nature on 18 March 2027."),), note="Reproduced-with-permission line.", tz="-04:00"),
    Case("science", "healthcurrent-review.com", "Healthcurrent Review", "en", "study", "in_table", "KFF Health News", ("KFF Health News", "Kaiser Health News", "KHN"),
         credits=(("box", "This article was produced by KFF Health News and is republished with permission."),), note="Republishing box.", tz="-04:00"),
    Case("science", "wexmoor.ac.uk", "University of Wexmoor", "en", "study", "own_page",
         own=(("box", "Issued by the University of Wexmoor Press Office"),), note="The university's own news room carrying its own release: own page.", sub="news", tz="+00:00",
         extra={"journal": "Sleep Health Practice"}),
    Case("science", "beakerline.com", "Beakerline", "en", "study", "negative_mention",
         mention="The findings were published on Wednesday in the journal Sleep Health Practice and summarised by Scientific American.", note="Staff story quoting a study; a journal box and 'More information' footer name only the journal.",
         extra={"journal": "Sleep Health Practice", "more_info": "Ingrid Vollmayer-Osei et al, Protected naps and dosing errors on night shifts, Sleep Health Practice (2027)."}, tz="+00:00"),
    Case("science", "nightward-science.com", "Nightward Science", "en", "study", "negative_caption",
         caption="A nurse checks an infusion pump at 4 a.m. (AP Photo/Lorna Vickery)", note="Agency only in a photo credit.", tz="-05:00"),
    Case("science", "lumenquadrant-news.com", "Lumen Quadrant News", "en", "study", "no_credit", note="Staff story with a 'More information' footer and journal box (no credit).",
         extra={"journal": "Sleep Health Practice", "more_info": "Ingrid Vollmayer-Osei et al, Protected naps and dosing errors on night shifts, Sleep Health Practice (2027). DOI: 10.5555/shp.2027.0311"}, tz="+00:00"),
    # ---- English: farming portals ----
    Case("farm", "cornbelt-pulse.com", "Cornbelt Pulse", "en", "dairy", "out_of_table", "Driftless Ag Newswire", ("Driftless Ag Newswire",),
         credits=(("end", "Source: Driftless Ag Newswire"),), note="Agricultural wire credited at the end.", tz="-05:00"),
    Case("farm", "silo-and-stanchion.com", "Silo & Stanchion", "en", "dairy", "wire", "Associated Press", ("Associated Press", "The Associated Press", "AP"),
         credits=(("end", "Copyright 2027 The Associated Press. All rights reserved."),), dateline="MADISON, Wisconsin (AP) —", note="AP dateline and trailer.", tz="-05:00"),
    Case("farm", "driftlessagnews.com", "Driftless Ag Newswire", "en", "dairy", "own_page",
         own=(("end", "Source: Driftless Ag Newswire"),), note="The agricultural wire's own site: own page.", tz="-05:00"),
    Case("farm", "haybarn-herald-news.com", "Haybarn Herald", "en", "dairy", "negative_mention",
         mention="Reuters reported on Wednesday that two large cheese plants in Wisconsin had cut their intake.", note="Wire mentioned in the text.", tz="-05:00"),
    Case("farm", "milkhouse-report.com", "Milkhouse Report", "en", "dairy", "negative_caption",
         caption="Holsteins wait for the evening milking near Viroqua. (AP Photo/Ingrid Tesch)", note="Agency only in a photo credit.", tz="-05:00"),
    Case("farm", "furrowline-weekly.com", "Furrowline Weekly", "en", "dairy", "no_credit", note="Staff story.", tz="-05:00"),
    # ---- German ----
    Case("portal", "boersenkompass-nord.de", "Börsenkompass Nord", "de", "werk", "out_of_table", "Heidmark Landtechnik GmbH", ("Heidmark Landtechnik GmbH", "Heidmark Landtechnik"),
         credits=(("end", "Original-Content von: Heidmark Landtechnik GmbH, übermittelt durch news aktuell"),), dateline="Soltau (ots) -",
         note="news aktuell/ots release: the 'Original-Content von' line names the issuer. " + ISSUER, extra={"ticker": "HLT"}),
    Case("portal", "aktienfuchs-heide.de", "Aktienfuchs Heide", "de", "werk", "wire", "dpa", ("dpa", "dpa-AFX", "Deutsche Presse-Agentur"),
         credits=(("end", "Quelle: dpa-AFX"),), dateline="SOLTAU (dpa-AFX) -", note="dpa-AFX financial copy.", extra={"ticker": "HLT"}),
    Case("portal", "kurszettel-lueneburg.de", "Kurszettel Lüneburg", "de", "werk", "negative_mention",
         mention="Zuerst hatte das Handelsblatt über die Ausbaupläne berichtet.", note="'Zuerst … berichtet' in a staff story is a mention.", extra={"ticker": "HLT"}),
    Case("church", "kirchenfenster-auenfeld.de", "Kirchenfenster Auenfeld", "de", "kirche", "wire", "KNA", ("KNA", "Katholische Nachrichten-Agentur"),
         credits=(("end", "© KNA. Alle Rechte vorbehalten."),), dateline="Auenfeld (KNA) -", note="KNA copy in a parish paper.", extra={"diocese": "Bistum Auenfeld"}),
    Case("church", "auenfelder-kirchenbote.de", "Auenfelder Kirchenbote", "de", "kirche", "own_page",
         own=(("end", "Quelle: Auenfelder Kirchenbote – Bistumszeitung"),), note="The diocesan weekly naming itself: own page.", extra={"diocese": "Bistum Auenfeld"}),
    Case("church", "glockenturm-blatt.de", "Glockenturm-Blatt", "de", "kirche", "negative_caption",
         caption="Die Orgel der Pfarrkirche in Tellingstedt. Foto: KNA/Christoph Wendelken", note="Agency only in a photo credit.", extra={"diocese": "Bistum Auenfeld"}),
    Case("church", "pfarrbrief-moorland.de", "Pfarrbrief Moorland", "de", "kirche", "no_credit", note="Staff story.", extra={"diocese": "Bistum Auenfeld"}),
    # ---- French ----
    Case("sport", "peloton-du-morvan.fr", "Peloton bourguignon", "fr", "cyclisme", "out_of_table", "Morvan Sports Presse", ("Morvan Sports Presse",),
         credits=(("end", "© Morvan Sports Presse"),), note="Regional sports agency's copyright line."),
    Case("sport", "echappee-nivernaise.fr", "L'Échappée nivernaise", "fr", "cyclisme", "wire", "AFP", ("AFP", "Agence France-Presse"),
         credits=(("end", "Avec AFP"),), note="'Avec AFP' closing the text."),
    Case("sport", "rayons-et-bidons.fr", "Rayons et Bidons", "fr", "cyclisme", "negative_caption",
         caption="Loïc Arnoux dans la côte de Quarré-les-Tombes. (Photo AFP/Sandrine Varenne)", note="Agency only in a photo credit."),
    Case("science", "savoirs-du-berry.fr", "Savoirs du Berry", "fr", "etude", "out_of_table", "Université Berry-Sologne", ("Université Berry-Sologne",),
         credits=(("box", "Source : Université Berry-Sologne (communiqué)"),), note="University release box (AlphaGalileo-like)."),
    Case("science", "pollen-talus.fr", "Pollen et Talus", "fr", "etude", "in_table", "Le Figaro", ("Le Figaro", "Figaro"),
         credits=(("end", "Cet article a été publié initialement par Le Figaro."),), note="First-published line."),
    Case("science", "gazette-des-abeilles-news.fr", "La Gazette des abeilles", "fr", "etude", "negative_mention",
         mention="Le Monde avait déjà évoqué ces relevés dans une enquête sur les pollinisateurs l'été dernier.", note="Mention of an outlet."),
    Case("science", "labo-campagne.fr", "Labo Campagne", "fr", "etude", "no_credit", note="Staff story with a 'Pour en savoir plus' footer naming the journal.",
         extra={"journal": "Revue d'écologie routière", "more_info": "M. Dufourcq et al., Fauche tardive et abeilles sauvages, Revue d'écologie routière (2027)."}),
    # ---- Spanish ----
    Case("farm", "surco-jiennense.es", "Surco Jiennense", "es", "aceite", "out_of_table", "Agrodiario Sierra Sur", ("Agrodiario Sierra Sur",),
         credits=(("end", "Fuente: Agrodiario Sierra Sur"),), note="Agricultural wire credited at the end."),
    Case("farm", "almazara-digital.es", "Almazara Digital", "es", "aceite", "wire", "EFE", ("EFE", "Agencia EFE", "EFEAgro", "EFE Agro"),
         credits=(("end", "Fuente: EFEAgro"),), dateline="Jaén, 19 mar (EFE).-", note="EFE's agricultural service (EFEAgro) is answered as EFE."),
    Case("farm", "agrodiariosierrasur.es", "Agrodiario Sierra Sur", "es", "aceite", "own_page",
         own=(("end", "Fuente: Agrodiario Sierra Sur"),), note="The agricultural wire's own site: own page."),
    Case("farm", "campo-de-segura.es", "Campo de Segura", "es", "aceite", "no_credit", note="Staff story."),
    Case("portal", "cotizaciones-del-cantabrico.es", "Cotizaciones Cantábrico", "es", "bolsa", "in_table", "El Mundo", ("El Mundo",),
         credits=(("end", "Información publicada originalmente en El Mundo."),), note="Originally-published line.", extra={"ticker": "ETX"}),
    Case("portal", "parque-norte.es", "Parqué Norte", "es", "bolsa", "negative_mention",
         mention="Según adelantó el diario Cinco Días, la operación se negoció durante casi un año.", note="Mention of an outlet.", extra={"ticker": "ETX"}),
    Case("portal", "bolsin-txingudi.es", "Bolsín Txingudi", "es", "bolsa", "negative_caption",
         caption="La planta de Envases Txingudi en Irun, con la nave nueva al fondo. (Foto: Europa Press/Ander Goikoetxea)", note="Agency only in a photo credit.", extra={"ticker": "ETX"}),
    # ---- Italian ----
    Case("church", "campanile-valdimonte.it", "Il Campanile di Valdimonte", "it", "diocesi", "wire", "ANSA", ("ANSA", "Agenzia ANSA"),
         credits=(("end", "Riproduzione riservata © Copyright ANSA"),), dateline="(ANSA) - VALDIMONTE, 19 MAR -", note="ANSA opener (dateline) and trailer."),
    Case("church", "voce-delle-pievi.it", "La Voce delle Pievi", "it", "diocesi", "out_of_table", "Agenzia Sentieri Ecclesiali", ("Agenzia Sentieri Ecclesiali",),
         credits=(("end", "Fonte: Agenzia Sentieri Ecclesiali"),), note="Religious news service (SIR-like, invented)."),
    Case("church", "sagrato-online.it", "Sagrato Online", "it", "diocesi", "negative_mention",
         mention="Ne aveva dato notizia per primo il Corriere della Sera nelle pagine locali.", note="'per primo' inside a staff story is a mention."),
    Case("sport", "schiacciata-mantovana.it", "Schiacciata Mantovana", "it", "pallavolo", "out_of_table", "Polisportiva Sabbionetana", ("Polisportiva Sabbionetana",),
         credits=(("end", "Fonte: ufficio stampa Polisportiva Sabbionetana"),), note="A club's press-office release: credited to the club. " + ISSUER, extra={"byline": "none"}),
    Case("sport", "polisportivasabbionetana.it", "Polisportiva Sabbionetana", "it", "pallavolo", "own_page",
         own=(("end", "Ufficio stampa Polisportiva Sabbionetana"),), note="The club's own site: own page.", extra={"byline": "none"}),
    Case("sport", "muro-e-battuta.it", "Muro e Battuta", "it", "pallavolo", "negative_caption",
         caption="Noemi Ferrandina in attacco. (Foto Ansa/Matteo Corradi)", note="Agency only in a photo credit."),
    # ---- Dutch ----
    Case("portal", "koersradar-oost.nl", "Koersradar Oost", "nl", "persbericht", "out_of_table", "Twentse Bakfietsfabriek", ("Twentse Bakfietsfabriek", "Twentse Bakfietsfabriek B.V."),
         credits=(("end", "Bron: Twentse Bakfietsfabriek B.V."),), dateline="HENGELO, 19 maart 2027 /ANP Pers Support/ --",
         note="ANP Pers Support release: ANP distributes, the issuer is credited. " + ISSUER, extra={"ticker": "TBF"}),
    Case("portal", "twentsebakfiets.nl", "Twentse Bakfietsfabriek", "nl", "persbericht", "own_page",
         own=(("box", "Bron: Twentse Bakfietsfabriek"),), note="The issuer's own newsroom: own page.", sub="pers", extra={"byline": "none", "ticker": "TBF"}),
    Case("portal", "beursbarometer-vlaanderen.be", "Beursbarometer Vlaanderen", "nl", "persbericht", "negative_mention",
         mention="Het Belga-persbureau meldde vorige week al dat het bedrijf een Belgische vestiging overweegt.", note="A wire mentioned in the text.", locale="nl-BE", extra={"ticker": "TBF"}),
    Case("farm", "polderstal.nl", "Polderstal", "nl", "melkvee", "wire", "ANP", ("ANP", "Algemeen Nederlands Persbureau"),
         credits=(("end", "Bron: ANP"),), note="Wire credit at the end."),
    Case("farm", "veenweide-vandaag.nl", "Veenweide Vandaag", "nl", "melkvee", "negative_caption",
         caption="Melkkoeien op een vernat perceel bij Reeuwijk. Foto: ANP / Rutger Bleeker", note="Agency only in a photo credit."),
    Case("farm", "grupstal-nieuws.nl", "Grupstal Nieuws", "nl", "melkvee", "no_credit", note="Staff story."),
    Case("farm", "boerenerf-actueel.nl", "Boerenerf Actueel", "nl", "melkvee", "negative_mention",
         mention="Het Financieele Dagblad meldde eerder deze week dat de regeling ruim 40 miljoen euro per jaar kost.", note="Mention of an outlet."),
    # ---- Portuguese ----
    Case("sport", "bancada-sadina.pt", "Bancada Sadina", "pt", "futebol", "wire", "Agência Lusa", ("Agência Lusa", "Lusa"),
         credits=(("end", "Fonte: Lusa"),), dateline="Olhão, 19 mar 2027 (Lusa) -", note="Lusa dateline and closing source."),
    Case("sport", "relvado-algarvio.pt", "Relvado Algarvio", "pt", "futebol", "negative_caption",
         caption="Tiago Baleizão festeja o golo da vitória. (Foto: Rui Pardal/Lusa)", note="Agency only in a photo credit."),
    Case("sport", "grande-area-sul.pt", "Grande Área Sul", "pt", "futebol", "no_credit", note="Staff report."),
    Case("portal", "cotacoes-do-vouga.pt", "Cotações do Vouga", "pt", "bolsa", "out_of_table", "Corticeira do Vouga Alto", ("Corticeira do Vouga Alto",),
         credits=(("end", "Fonte: Corticeira do Vouga Alto (comunicado ao mercado)"),), note="A listed company's market disclosure: credited to the issuer. " + ISSUER, extra={"ticker": "CVA"}),
    Case("portal", "mercado-ribeirinho.com.br", "Mercado Ribeirinho", "pt", "bolsa", "in_table", "Bloomberg", ("Bloomberg", "Bloomberg News"),
         credits=(("end", "Com informações da Bloomberg"),), note="'Com informações da Bloomberg' (Brazilian portal).", locale="pt-BR", tz="-03:00", extra={"ticker": "CVA"}),
    Case("portal", "pregao-atlantico.pt", "Pregão Atlântico", "pt", "bolsa", "negative_mention",
         mention="O Jornal de Negócios tinha noticiado na véspera que o dividendo seria superior ao do ano passado.", note="Mention of an outlet.", extra={"ticker": "CVA"}),
    # ---- Polish ----
    Case("farm", "pole-opolskie.pl", "Pole Opolskie", "pl", "rzepak", "wire", "Polish Press Agency", ("Polish Press Agency", "PAP", "Polska Agencja Prasowa"),
         credits=(("end", "Źródło: PAP"),), note="Wire credit at the end."),
    Case("farm", "agrokurier-glubczyce.pl", "Agrokurier Głubczyce", "pl", "rzepak", "out_of_table", "Agroserwis Opolski", ("Agroserwis Opolski",),
         credits=(("end", "Źródło: Agroserwis Opolski"),), note="Regional agricultural wire (AgE-like, invented)."),
    Case("farm", "miedza-i-plug.pl", "Miedza i Pług", "pl", "rzepak", "no_credit", note="Staff story."),
    Case("church", "dzwon-bieszczadu.pl", "Dzwon Bieszczadu", "pl", "parafia", "out_of_table", "Bieszczadzki Serwis Katolicki", ("Bieszczadzki Serwis Katolicki",),
         credits=(("end", "Źródło: Bieszczadzki Serwis Katolicki"),), note="Religious news service (KAI-like, invented)."),
    Case("church", "echoparafii-news.pl", "Echo Parafii Bieszczadzkich", "pl", "parafia", "own_page",
         own=(("end", "Źródło: Echo Parafii Bieszczadzkich"),), note="The diocesan weekly naming itself: own page."),
    Case("church", "ambona-podkarpacka.pl", "Ambona Podkarpacka", "pl", "parafia", "negative_caption",
         caption="Drewniana świątynia w Wetlinie. Fot. PAP/Wojciech Kmita", note="Agency only in a photo credit."),
    # ---- Swedish ----
    Case("portal", "kursvakten-norr.se", "Kursvakten Norr", "sv", "bors", "wire", "TT Nyhetsbyrån", ("TT Nyhetsbyrån", "TT"),
         credits=(("end", "Källa: TT"),), note="Wire credit at the end.", extra={"ticker": "ANGT"}),
    Case("portal", "aktiestugan.se", "Aktiestugan", "sv", "pressmeddelande", "out_of_table", "Ångerman Trävaror AB", ("Ångerman Trävaror AB", "Ångerman Trävaror"),
         credits=(("box", "Denna information är sådan som Ångerman Trävaror AB är skyldigt att offentliggöra enligt EU:s marknadsmissbruksförordning."),),
         note="A listed company's release as a Nordic distribution service (MFN/Cision-like) carries it to a portal; its regulatory disclosure box names the issuer. " + ISSUER, extra={"byline": "none", "ticker": "ANGT"}),
    Case("portal", "borsbryggan.se", "Börsbryggan", "sv", "bors", "negative_caption",
         caption="Timmer vid sågverket i Kramfors. Foto: Henrik Ståhlberg/TT", note="Agency only in a photo credit.", extra={"ticker": "ANGT"}),
    Case("science", "forskningsgluggen.se", "Forskningsgluggen", "sv", "studie", "out_of_table", "Västerbottens forskningsinstitut", ("Västerbottens forskningsinstitut",),
         credits=(("top", "Pressmeddelande från Västerbottens forskningsinstitut"),), note="Research institute's release header."),
    Case("science", "halsonytt-umea.se", "Hälsonytt Umeå", "sv", "studie", "negative_mention",
         mention="Studien uppmärksammades först av Dagens Nyheter.", note="Mention of an outlet."),
    Case("science", "vetenskapsbrunnen.se", "Vetenskapsbrunnen", "sv", "studie", "no_credit", note="Staff story with journal box.",
         extra={"journal": "Skandinavisk geriatrisk tidskrift"}),
    # ---- Turkish ----
    Case("portal", "borsarehberi-konya.com.tr", "Borsa Rehberi Konya", "tr", "borsa", "out_of_table", "Karatay Ev Aletleri", ("Karatay Ev Aletleri",),
         credits=(("end", "Kaynak: Karatay Ev Aletleri KAP açıklaması"),), note="A company's disclosure: credited to the issuer. " + ISSUER, tz="+03:00", extra={"ticker": "KRTYE"}),
    Case("portal", "piyasapusulasi-anadolu.com", "Piyasa Pusulası", "tr", "borsa", "in_table", "Bloomberg", ("Bloomberg", "Bloomberg HT"),
         credits=(("end", "Kaynak: Bloomberg HT"),), note="Bloomberg's Turkish channel is answered as Bloomberg.", tz="+03:00", extra={"ticker": "KRTYE"}),
    Case("portal", "hisse-ufku.com", "Hisse Ufku", "tr", "borsa", "negative_mention",
         mention="Şirketin yatırım planını ilk olarak Dünya gazetesi duyurmuştu.", note="'ilk olarak … duyurmuştu' inside a staff story is a mention.", tz="+03:00", extra={"ticker": "KRTYE"}),
    Case("portal", "ekonomi-cizgisi.com.tr", "Ekonomi Çizgisi", "tr", "borsa", "no_credit", note="Staff story.", tz="+03:00", extra={"ticker": "KRTYE"}),
    Case("sport", "potaalti-manisa.com", "Potaaltı Manisa", "tr", "basketbol", "wire", "İhlas Haber Ajansı", ("İhlas Haber Ajansı", "İHA", "IHA"),
         credits=(("end", "Kaynak: İHA"),), note="Wire credit at the end.", tz="+03:00"),
    Case("sport", "manisakartallari.org.tr", "Manisa Kartalları", "tr", "basketbol", "own_page",
         own=(("end", "Kaynak: Manisa Kartalları Basın Birimi"),), note="The club's own site: own page.", tz="+03:00"),
    Case("sport", "smac-haber.com", "Smaç Haber", "tr", "basketbol", "negative_caption",
         caption="Emre Kalaycıoğlu potaya uzanıyor. (Fotoğraf: Kemal Ersoy / DHA)", note="Agency only in a photo credit.", tz="+03:00"),
]
