"""A public authority after a source label is where the facts came from, never who published
the story (issue 14, the twelfth conventions round's twins).

Local news pages print the body that gave them the facts in the theme's "Source" field, in
every language: the police ("Quelle: Polizeipräsidium", "Fuente: Guardia Civil", "Kaynak:
Emniyet Müdürlüğü"), the fire brigade ("Fonte: Vigili del Fuoco", "Source : SDIS", "Źródło:
Straż Pożarna"), civil protection ("المصدر: الدفاع المدني"), the city hall or municipality
("المصدر: البلدية", "출처: 시청 보도자료", "Bron: Gemeente", "Fonte: Prefeitura Municipal"), the
governorate or district administration ("Kaynak: Valilik", "स्रोत: जिला प्रशासन", "Источник:
администрация района") and their press offices ("Sumber: Humas Pemkot", "Fuente: Gabinete de
prensa", "来源：市公安局新闻办", the spokesperson's "מקור: דוברות …"). None of them is an
outlet: the name is a citation, as "Source: Ministry of Health" is (citations.cited_not_copied,
which reads this too). A press office is still the publisher of its own release when the line
says the text is that release ("Quelle: Polizeipräsidium Mittelhessen, Pressemitteilung":
resolve's release words).

Read as words (a name with a word like News or Zeitung stays an outlet's: "Police Gazette"),
as phrases of several words ("vigili del fuoco", "fire department"), as German, Dutch and
Turkish compounds ("Polizeipräsidium", "Bundespolizei", "Brandweer Twente", "Kaymakamlığı")
and, in the scripts written without spaces, as a word's ending ("서울시청", "県警", "派出所").
"""

# ruff: noqa: RUF001, RUF002  (letters of other scripts and their punctuation are meant)

from __future__ import annotations

import re

from aggregator.extract.outletnames import OUTLET_WORDS

#: Authorities written as one word, casefolded: police and gendarmeries, fire brigades, civil
#: protection, city halls and municipalities, governorates and district administrations,
#: prosecutors, public-relations offices.
_WORDS = frozenset(
    """
    sheriff sheriff's constabulary coastguard firefighters administration governorate
    municipality prefecture mayoralty
    bomberos alcaldía alcaldia municipalidad intendencia gobernación gobernacion carabineros
    gendarmería gendarmeria fiscalía fiscalia comisaría comisaria subdelegación cabildo
    pompiers sapeurs-pompiers gendarmerie sdis mairie préfecture commissariat parquet commune
    bombeiros delegacia gnr psp
    carabinieri vigili municipio questura prefettura procura capitaneria
    feuerwehr rathaus landratsamt stadtverwaltung gemeindeverwaltung kreisverwaltung
    bezirksamt landkreis staatsanwaltschaft pressestelle stadt gemeinde
    brandweer politie gemeente veiligheidsregio
    policja straż straz starostwo ratusz gmina komenda prokuratura
    valilik valiliği valiligi kaymakamlık kaymakamlığı kaymakamlik belediye belediyesi
    jandarma itfaiye afad emniyet müdürlüğü mudurlugu
    администрация администрации мэрия мэрии мвд умвд мчс гибдд гувд прокуратура полиция
    правительство росгвардия адміністрація поліція днсн дснс
    البلدية بلدية المحافظة محافظة الداخلية النيابة أمانة امانة مديرية المديرية الشرطة
    انتظامیہ بلدیہ پولیس ریسکیو
    प्रशासन पुलिस जनसंपर्क अग्निशमन दमकल कलेक्ट्रेट थाना पालिका
    প্রশাসন পুলিশ পৌরসভা
    humas pemkot pemkab pemprov pemda polres polresta polda polsek polri damkar bpbd
    basarnas diskominfo kominfo satpol bomba
    ubnd pccc polisi halmashauri
    דוברות הדוברות דובר דוברת משטרה משטרת המשטרה עירייה עיריית העירייה מועצה מועצת כבאות
    αστυνομία αστυνομίας πυροσβεστική πυροσβεστικής δήμος δήμου περιφέρεια περιφέρειας λιμενικό
    """.split()  # noqa: SIM905  (a word list reads better as words)
)
#: Authorities named in several words.
_PHRASES = re.compile(
    r"\b(?:fire\s+(?:department|dept|service|brigade|rescue|and\s+rescue|&\s+rescue)|"
    r"(?:city|town)\s+hall|mayor['’]?s\s+office|press\s+office|public\s+information\s+office|"
    r"emergency\s+services|civil\s+(?:defen[cs]e|protection)|district\s+attorney|"
    r"guardia\s+(?:civil|urbana|di\s+finanza|costiera)|protecci[óo]n\s+civil|"
    r"gabinete\s+de\s+(?:prensa|comunicaci[óo]n|imprensa)|delegaci[óo]n\s+del\s+gobierno|"
    r"polic[ií]a\s+(?:nacional|local|municipal|militar|civil|federal)|"
    r"conseil\s+(?:municipal|départemental|departemental|régional|regional)|"
    r"h[ôo]tel\s+de\s+ville|service\s+de\s+presse|ville\s+de|"
    r"defesa\s+civil|assessoria\s+de\s+(?:imprensa|comunicaç[ãa]o)|guarda\s+(?:civil|municipal)|"
    r"c[âa]mara\s+municipal|protezione\s+civile|ufficio\s+stampa|polizia\s+locale|"
    r"stra[żz]\s+(?:po[żz]arna|miejska)|urz[ąa]d\s+(?:miasta|gminy|wojew[óo]dzki)|"
    r"basın\s+bürosu|пресс-служб\w*|городская\s+администрация|міська\s+рада|"
    r"الدفاع\s+المدني|المكتب\s+الإعلامي|الأمن\s+العام|"
    r"नगर\s+(?:निगम|पालिका)|जिला\s+प्रशासन|ضلعی\s+انتظامیہ|"
    r"balai\s+kota|majlis\s+(?:bandaraya|perbandaran|daerah)|jeshi\s+la\s+polisi)\b",
    re.IGNORECASE,
)
#: German, Dutch and Turkish write the authority into one word with its place or kind:
#: "Polizeipräsidium", "Bundespolizei", "Berufsfeuerwehr", "Brandweerkorps".
_COMPOUNDS = re.compile(
    r"^(?:\w*polizei\w*|\w*feuerwehr\w*|\w*präsidium|\w*praesidium|brandweer\w*|\w*politie|"
    r"\w*rathaus|\w*landratsamt|\w*valiliği|\w*belediyesi)$",
    re.IGNORECASE,
)
#: Korean, Japanese and Chinese end an authority's name with its kind: "서울시청" (city hall),
#: "강남경찰서", "소방본부", "市役所", "県警", "消防本部", "派出所", "市公安局新闻办", "交警支队".
_CJK_ENDING = re.compile(
    r"(?:시청|구청|군청|도청|경찰서|경찰|소방서|소방본부|홍보실|홍보과|대변인실|주민센터|"
    r"警察署|警察|県警|府警|道警|消防本部|消防局|消防署|消防|市役所|区役所|町役場|村役場|役場|"
    r"広報課|広報室|派出所|公安|警方|交警|支队|大队|新闻办|新聞辦|办公室|街道办|管委会|"
    r"人民政府|"
    # a city's or a ministry's department or bureau ("道路管理課", "市水务局", "観光課"; not a
    # broadcaster's "放送局"), and China's government release accounts named "<place>发布"
    # ("大理发布", "上海发布"): an institution's own publishing account, never an outlet
    r"(?<=\w\w)(?:課|课|(?<!放送|电视|電視|广播|廣播)局|庁|厅|廳)|(?<=\w\w)(?<![社报報网網台])(?:发布|發布))$"
)
#: Outlet words that still make a name an outlet's beside an authority's word ("Police
#: Gazette", "Feuerwehr-Zeitung"); a press office's "press" and an agency's word do not.
_OUTLET = OUTLET_WORDS - {"press", "prensa", "presse", "agency", "agencia", "agence", "media"}


def authority(name: str) -> bool:
    """Whether ``name`` reads as a public authority (police, fire brigade, civil protection,
    city hall, municipality, governorate, district administration, a press office)."""
    words = [w.casefold() for w in re.findall(r"[^\s,;:()\[\]/|!?\"“”«»]+", name)]
    words = [w.strip(".'’") for w in words]
    if not words or any(w in _OUTLET for w in words):
        return False
    if any(w in _WORDS or _COMPOUNDS.match(w) for w in words):
        return True
    if _PHRASES.search(name) is not None:
        return True
    return any(_CJK_ENDING.search(w) for w in words)
