# ruff: noqa: E501, RUF001
"""Sites and cases of the eleventh blind set (cases_2026-12-13.jsonl).

Written from the conventions of the non-English open web without reading the attribution code.
A representative sample in the eighth and ninth sets' proportions (about 35% credited copies,
half to outlets in the table; about 22% wire copy; about 10% wires' and outlets' own pages;
about a third other null pages), with no English page: sixteen languages weighted roughly by
the news the web carries in them, each page crediting the way that language's newsrooms,
portals and blogs do (their own labels, agency tags, datelines and copyright lines, names
inflected where the grammar inflects them). Append only: ids follow list order within
(category, language).
"""

from __future__ import annotations

from html import escape

from cases6 import by, bysite, nul, own, wire
from cases8 import AFP, RTR
from chrome8 import site_registry
from model3 import Case3, Part, Site3, case, dateline, figure, head, raw, tail
from model4 import rich, signoff
from model5 import coda, lead

SITES11: dict[str, Site3] = {}


_s = site_registry(SITES11)


def note_line(text: str, cls: str = "nota-fuente", credit: bool = True) -> Part:
    """A short line the editor sets apart under the text (a credit, a trailer or a slug)."""
    return raw("tail", text, f'<p class="{cls}">{escape(text, quote=False)}</p>', credit)


def small_print(text: str) -> Part:
    """A copyright trailer in <small> under the text, as agencies ask clients to print it."""
    return raw("tail", text, f"<p><small>{escape(text, quote=False)}</small></p>")


def reporter_head(text: str) -> Part:
    """A reporter line typed as the first paragraph of the content ("Laporan Wartawan …")."""
    return raw("head", text, f"<p><strong>{escape(text, quote=False)}</strong></p>")


# ---------------------------------------------------------------- sites
# Spanish (Spain, Mexico, Colombia, Argentina)
ES1 = _s("valdecarra-aldia.es", "Valdecarra al Día", "wp")
ES2 = _s("cronicadelavega-valdecarra.es", "Crónica de la Vega", "jnews")
ES3 = _s("elsurcodigital-mx.com", "El Surco Digital", "tagdiv")
ES4 = _s(
    "lacordillera-apuntes.blogspot.com",
    "Apuntes de la Cordillera",
    "blogger",
    "lacordillera-apuntes.blogspot.com",
)
ES5 = _s("notiandes-quindio.com.co", "NotiAndes Quindío", "jannah")
OWN_SERVIMEDIA = _s("servimedia.es", "Servimedia", "drupal")
# Portuguese (Brazil, Portugal)
PT1 = _s("itauna-informa.com.br", "Itaúna Informa", "wp")
PT2 = _s("folhadolitoral-barra.com.br", "Folha do Litoral", "jnews")
PT3 = _s(
    "blogdoestuario-itauna.blogspot.com",
    "Blog do Estuário",
    "blogger",
    "blogdoestuario-itauna.blogspot.com",
)
PT4 = _s("portalmaresia-ba.com.br", "Portal Maresia", "tagdiv")
OWN_OGLOBO = _s("oglobo.globo.com", "O Globo", "arc", "oglobo.globo.com")
# French (France, Belgium, Algeria)
FR1 = _s("saintaubrac-lejournal.fr", "Le Journal de Saint-Aubrac", "wp")
FR2 = _s("lecho-des-pres.fr", "L'Écho des Prés", "jnews")
FR3 = _s(
    "carnetsdumassif-aubrac.blogspot.com",
    "Carnets du Massif",
    "blogger",
    "carnetsdumassif-aubrac.blogspot.com",
)
FR4 = _s("regions-algerie-infos.dz", "Régions Algérie Infos", "tagdiv")
OWN_APS = _s("aps.dz", "Algérie Presse Service", "drupal")
# German (Germany, Austria)
DE1 = _s("lindenhagener-anzeiger.de", "Lindenhagener Anzeiger", "wp")
DE2 = _s(
    "freibadfreunde-lindenhagen.blogspot.com",
    "Freibadfreunde Lindenhagen",
    "blogger",
    "freibadfreunde-lindenhagen.blogspot.com",
)
DE3 = _s("kreisecho-lindenau24.de", "Kreisecho Lindenau", "localportal")
DE4 = _s("oberland-rundschau-online.at", "Oberland Rundschau", "drupal")
OWN_APA = _s("apa.at", "APA – Austria Presse Agentur", "regional")
# Italian
IT1 = _s("castelferrandino-news.it", "Castel Ferrandino News", "jnews")
IT2 = _s(
    "valleferrandina-diario.blogspot.com",
    "Diario della Valle Ferrandina",
    "blogger",
    "valleferrandina-diario.blogspot.com",
)
IT3 = _s("gazzettino-altotevere-sud.it", "Il Gazzettino dell'Alto Tevere", "tagdiv")
OWN_LAPRESSE = _s("lapresse.it", "LaPresse", "wp")
# Russian
RU1 = _s("kemchuga-novosti.ru", "Кемчугские новости", "bitrix")
RU2 = _s("severorechensk-24.ru", "Североречение 24", "wp")
RU3 = _s(
    "pribrezhnye-zametki.livejournal.com",
    "Прибрежные заметки",
    "wp",
    "pribrezhnye-zametki.livejournal.com",
)
OWN_REGNUM = _s("regnum.ru", "ИА REGNUM", "regional")
# Turkish
TR1 = _s("yesilkaya-postasi.com.tr", "Yeşilkaya Postası", "jannah")
TR2 = _s("egezeytin-haberleri.com", "Ege Zeytin Haberleri", "tagdiv")
TR3 = _s("kuzeyege-gazetesi.com", "Kuzey Ege Gazetesi", "wp")
OWN_BIANET = _s("bianet.org", "bianet", "drupal")
# Indonesian
ID1 = _s("kabar-tanjungkelor.com", "Kabar Tanjung Kelor", "jnews")
ID2 = _s("sapekenpos-online.co.id", "Sapeken Pos", "wp")
ID3 = _s(
    "catatanpulau-sapeken.blogspot.com",
    "Catatan Pulau",
    "blogger",
    "catatanpulau-sapeken.blogspot.com",
)
OWN_JPNN = _s("jpnn.com", "JPNN.com", "regional")
# Arabic
AR1 = _s("ras-alsawan-news.com", "أخبار رأس الصوان", "jannah")
AR2 = _s("sawt-alsawan.net", "صوت الصوان", "tagdiv")
AR3 = _s("sahil-janubi-akhbar.com", "أخبار الساحل الجنوبي", "wp")
OWN_PETRA = _s("petra.gov.jo", "وكالة الأنباء الأردنية (بترا)", "regional")
# Chinese (simplified)
ZH1 = _s("linchuan-shenghuo.com", "临川生活网", "wp")
ZH2 = _s("linchuan-tongcheng.net", "临川同城", "regional")
ZH3 = _s("huanan-kuaibao.com", "华南快报聚合", "aggregator", "huanan-kuaibao.com")
OWN_CNS = _s("chinanews.com.cn", "中国新闻网", "regional")
WX1 = _s("mp.weixin.qq.com", "临川出行", "wechat", "mp.weixin.qq.com")
# Japanese
JA1 = _s("akazawa-minpo.jp", "赤沢民報", "jpnews")
JA2 = _s("akazawasen-kiroku.blog.jp", "赤沢線きろく", "wp", "akazawasen-kiroku.blog.jp")
JA3 = _s("akazawa-times-web.com", "赤沢タイムズWEB", "regional")
OWN_SANKEI = _s("sankei.com", "産経ニュース", "jpnews")
# Korean
KO1 = _s("hadong-sinmun.co.kr", "하동신문", "koportal")
KO2 = _s("hadong-iyagi.kr", "하동 이야기", "wp")
OWN_HANI = _s("hani.co.kr", "한겨레", "koportal")
# Polish
PL1 = _s("zlotorzecze-info.pl", "Złotorzecze Info", "localportal")
PL2 = _s(
    "rowerem-przez-zlotorzecze.blogspot.com",
    "Rowerem przez Złotorzecze",
    "blogger",
    "rowerem-przez-zlotorzecze.blogspot.com",
)
# Dutch
NL1 = _s("oosterhaven-actueel.nl", "Oosterhaven Actueel", "wp")
NL2 = _s("dijkpraat-oosterhaven.nl", "Dijkpraat", "localportal")
# Vietnamese
VI1 = _s("cualach-online.vn", "Cửa Lạch Online", "wp")
VI2 = _s("langchai-cualach.com", "Làng Chài Cửa Lạch", "jnews")
OWN_VNPLUS = _s("vietnamplus.vn", "Vietnam+ (VietnamPlus)", "regional")
# Persian
FA1 = _s("siahkuh-khabar.ir", "خبر سیاه‌کوه", "wp")
FA2 = _s("qanat-news-yazd.com", "قنات نیوز", "jannah")
# Hindi
HI1 = _s("ramgarhi-samachar.in", "रामगढ़ी समाचार", "tagdiv")
HI2 = _s(
    "gaon-ki-chitthi-blog.blogspot.com",
    "गांव की चिट्ठी",
    "blogger",
    "gaon-ki-chitthi-blog.blogspot.com",
)
# Ukrainian
UK1 = _s("zarichne-visti.com.ua", "Зарічне Вісті", "wp")
UK2 = _s("sluch-info.com.ua", "Случ-Інфо", "jnews")

ES, PT, FR, DE, IT, RU, TR, ID = (
    "racionamiento",
    "manguezal",
    "boulangerie",
    "freibad",
    "ponte",
    "zimnik",
    "zeytin",
    "dermaga",
)
HI, UK = "talab", "mist"
AR, ZH, JA, KO, PL, NL, VI, FA = (
    "tahlia",
    "yebanche",
    "tetsudo",
    "doseogwan",
    "rowery",
    "dijk",
    "kebien",
    "qanat",
)

CASES11: list[Case3] = [
    # ======================= Spanish =======================
    case(
        "in_table",
        "es",
        ES2,
        ES,
        "El País",
        ["El País", "EL PAÍS", "elpais.com"],
        "jnews-tail-lee-la-nota-original",
        rich(
            "tail",
            "Lee la nota original en ",
            ("El País", "https://elpais.com/espana/2026-03-06/valdecarra-raciona-el-agua.html"),
            tag="em",
        ),
        note="'Lee la nota original en' (read the original note at), the outlet linked",
    ),
    case(
        "in_table",
        "es",
        ES3,
        ES,
        "El Universal",
        ["El Universal", "El Universal (México)", "eluniversal.com.mx"],
        "gda-trailer",
        note_line("El Universal (México) / GDA"),
        note="the Grupo de Diarios América trailer: the member paper is the answer, GDA only distributes",
    ),
    case(
        "out_of_table",
        "es",
        ES5,
        ES,
        "El Tiempo",
        ["El Tiempo", "EL TIEMPO", "eltiempo.com"],
        "gda-trailer-colombia",
        note_line("EL TIEMPO (Colombia) / GDA"),
        note="GDA trailer naming a member paper the table lacks; the country in brackets is not part of the name",
    ),
    case(
        "out_of_table",
        "es",
        ES5,
        ES,
        "Colprensa",
        ["Colprensa"],
        "colprensa-dateline-byline",
        dateline("VALDECARRA (Colprensa)."),
        by("Por: Colprensa", cls="meta-author"),
        note="Colombia's regional-press agency, outside the table (filed out_of_table as other agencies outside it are); dateline kept",
    ),
    case(
        "out_of_table",
        "es",
        ES4,
        ES,
        "Página/12",
        ["Página/12", "Pagina12", "Página 12", "pagina12.com.ar"],
        "blogger-tomado-de",
        rich(
            "tail",
            "Tomado de ",
            ("Página/12", "https://www.pagina12.com.ar/812233-valdecarra-raciona-el-agua"),
        ),
        note="'Tomado de' (taken from) on a blog",
    ),
    wire(
        "es",
        ES1,
        ES,
        "EFE",
        ["EFE", "Agencia EFE"],
        "efe-dateline-redistribution-trailer",
        dateline("Valdecarra (España), 6 mar (EFE).-"),
        small_print(
            "© EFE 2026. Está expresamente prohibida la redistribución y la redifusión de todo o parte del contenido de los servicios de Efe, sin previo y expreso consentimiento de la Agencia EFE S.A."
        ),
        note="EFE's redistribution notice as its clients print it",
    ),
    wire(
        "es",
        ES3,
        ES,
        "Europa Press",
        ["Europa Press", "europapress.es"],
        "europa-press-byline-trailer",
        by("Europa Press | Valdecarra", cls="td-post-author-name"),
        small_print(
            "© 2026 Europa Press. Está expresamente prohibida la redistribución y la redifusión de este contenido sin su previo y expreso consentimiento."
        ),
    ),
    wire(
        "es",
        ES4,
        ES,
        "Associated Press",
        ["Associated Press", "The Associated Press", "AP"],
        "ap-spanish-dateline-contributors",
        dateline("VALDECARRA, España (AP) —"),
        raw(
            "tail",
            "Los periodistas de The Associated Press Ana Luz Ferreyra y Tomás Ibarguren contribuyeron a este despacho.",
            "<p><em>Los periodistas de The Associated Press Ana Luz Ferreyra y Tomás Ibarguren contribuyeron a este despacho.</em></p>",
            False,
        ),
        note="AP's Spanish service: dateline and contributors' line (part of AP copy, not a credit line)",
    ),
    own(
        "es",
        OWN_SERVIMEDIA,
        ES,
        "own-servimedia-dateline-slug",
        dateline("MADRID, 06 (SERVIMEDIA)"),
        note_line("(SERVIMEDIA) 06-MAR-26 RQV/clc"),
        note="the agency's own page with its own dateline and desk slug (Servimedia is outside the table)",
    ),
    nul(
        "negative_mention",
        "es",
        ES1,
        ES,
        "mention-segun-publico",
        keep=(
            "Según publicó el diario El Mundo la semana pasada, la confederación estudia ampliar las restricciones a otros municipios.",
        ),
    ),
    nul(
        "negative_mention",
        "es",
        ES2,
        ES,
        "lead-declaraciones-a",
        lead(
            "En declaraciones a la Cadena SER, la alcaldesa avanzó el viernes que los cortes podrían alargarse hasta el verano."
        ),
    ),
    nul(
        "negative_mention",
        "es",
        ES3,
        ES,
        "coda-efe-informo",
        coda(
            "La Agencia EFE informó el domingo de que otras tres localidades de la comarca estudian medidas similares."
        ),
        note="an agency named in the last sentence of a staff story",
    ),
    nul(
        "negative_caption",
        "es",
        ES5,
        ES,
        "caption-cuartoscuro",
        figure(
            "Vista del embalse de Peñarrubia, a menos del 18 por ciento. Foto: Cuartoscuro / Archivo"
        ),
    ),
    nul(
        "no_credit",
        "es",
        ES4,
        ES,
        "blog-plain-original",
        bysite("Publicado por Apuntes de la Cordillera"),
    ),
    # ======================= Portuguese =======================
    case(
        "in_table",
        "pt",
        PT1,
        PT,
        "Folhapress",
        ["Folhapress"],
        "tail-folhapress-parenthesis",
        tail("(Folhapress)"),
        note="the Folha group's syndication service in brackets after the text",
    ),
    case(
        "in_table",
        "pt",
        PT2,
        PT,
        "O Globo",
        ["O Globo", "Agência O Globo", "oglobo.globo.com"],
        "byline-agencia-o-globo",
        by("Por Agência O Globo", cls="jeg_meta_author"),
        note="the Globo group's agency in the byline: O Globo is the answer",
    ),
    case(
        "out_of_table",
        "pt",
        PT3,
        PT,
        "Agência Pública",
        ["Agência Pública", "Pública", "apublica.org"],
        "blogger-republicada-creative-commons",
        tail(
            "Esta reportagem foi publicada originalmente pela Agência Pública e é republicada aqui sob a licença Creative Commons.",
            tag="i",
        ),
    ),
    case(
        "out_of_table",
        "pt",
        PT4,
        PT,
        "Diário do Recôncavo",
        ["Diário do Recôncavo", "Diario do Reconcavo"],
        "head-reproduzido-do",
        head("Reproduzido do Diário do Recôncavo", tag="em"),
        note="'Reproduzido do' (reproduced from) in italics at the head",
    ),
    wire(
        "pt",
        PT1,
        PT,
        "Reuters",
        RTR,
        "reuters-portuguese-reportagem-de",
        dateline("SALVADOR (Reuters) -"),
        tail("(Reportagem de Lívia Caramuru; edição de Otávio Brandt)"),
        note="Reuters' Portuguese service: reporting and editing line",
    ),
    wire(
        "pt",
        PT4,
        PT,
        "Xinhua",
        ["Xinhua", "新华社", "Agência de Notícias Xinhua"],
        "xinhua-portuguese-dateline",
        dateline("Salvador, 7 mar (Xinhua) --"),
    ),
    wire(
        "pt",
        PT3,
        PT,
        "Agência Brasil",
        ["Agência Brasil", "Agencia Brasil", "agenciabrasil.ebc.com.br"],
        "blogger-conteudo-da-agencia-brasil-cc",
        tail("Com conteúdo da Agência Brasil, sob licença Creative Commons CC BY 4.0.", tag="i"),
        note="the public agency's copy reused under its CC licence",
    ),
    own(
        "pt",
        OWN_OGLOBO,
        PT,
        "own-oglobo-copyright",
        by("Por O Globo — Rio de Janeiro", cls="content-publication-data__from"),
        note_line("© 1996 - 2026. Todos direitos reservados a Editora Globo S/A."),
    ),
    nul(
        "negative_mention",
        "pt",
        PT2,
        PT,
        "mention-em-entrevista-ao-g1",
        keep=("Em entrevista ao g1, o prefeito disse que o decreto sai ainda neste mês.",),
        note="g1 is filed under O Globo in the table; a quote, not a credit",
    ),
    nul(
        "negative_caption",
        "pt",
        PT3,
        PT,
        "caption-foto-folhapress",
        figure("Mutirão de plantio no estuário — Foto: Rafael Viana/Folhapress"),
    ),
    nul("no_credit", "pt", PT4, PT, "da-redacao", bysite("Da Redação")),
    # ======================= French =======================
    case(
        "in_table",
        "fr",
        FR1,
        FR,
        "Ouest-France",
        ["Ouest-France", "Ouest France", "ouest-france.fr"],
        "tail-lu-sur-link",
        rich(
            "tail",
            "Lu sur ",
            (
                "Ouest-France",
                "https://www.ouest-france.fr/economie/boulangerie-cooperative-saint-aubrac",
            ),
        ),
        note="'Lu sur' (read on), a blog and portal habit",
    ),
    case(
        "in_table",
        "fr",
        FR3,
        FR,
        "Le Parisien",
        ["Le Parisien", "leparisien.fr"],
        "blogger-d-apres-un-article-du",
        tail("D'après un article du Parisien.", tag="i"),
        note="'du Parisien': answered in the nominative",
    ),
    case(
        "out_of_table",
        "fr",
        FR2,
        FR,
        "L'Éveil du Rouergue",
        ["L'Éveil du Rouergue", "L'Eveil du Rouergue", "Éveil du Rouergue"],
        "tail-cet-article-est-tire-de",
        tail("Cet article est tiré de L'Éveil du Rouergue.", tag="em"),
    ),
    case(
        "out_of_table",
        "fr",
        FR4,
        FR,
        "Mediapart",
        ["Mediapart", "mediapart.fr"],
        "tail-reproduit-avec-l-accord",
        tail("Article reproduit avec l'accord de Mediapart."),
    ),
    wire(
        "fr",
        FR2,
        FR,
        "AFP",
        AFP,
        "afp-dateline-byline-only",
        dateline("Saint-Aubrac-des-Prés (AFP) -"),
        by("AFP", cls="jeg_meta_author"),
        note="the byline is the agency's name alone (too short to be a credit line)",
    ),
    wire(
        "fr",
        FR1,
        FR,
        "The Canadian Press",
        ["The Canadian Press", "La Presse Canadienne", "Canadian Press"],
        "la-presse-canadienne-byline-tail",
        by("Jean-Luc Prévost, La Presse Canadienne", cls="byline"),
        note_line("La Presse Canadienne"),
        note="the Canadian agency's French service, by its French name",
    ),
    own(
        "fr",
        OWN_APS,
        FR,
        "own-aps-signoff",
        dateline("ALGER -"),
        note_line("APS"),
        note="Algérie Presse Service on its own site (outside the table)",
    ),
    nul(
        "negative_mention",
        "fr",
        FR3,
        FR,
        "lead-comme-l-a-revele",
        lead(
            "Comme l'a révélé France Bleu Auvergne la semaine dernière, la commune a dû renoncer à une subvention de l'État."
        ),
    ),
    nul(
        "negative_mention",
        "fr",
        FR4,
        FR,
        "mention-interroge-par-rfi",
        keep=("Interrogé par RFI, un économiste y voit un modèle pour les zones rurales.",),
    ),
    nul(
        "negative_caption",
        "fr",
        FR1,
        FR,
        "caption-copyright-afp",
        figure("Le fournil rénové, samedi matin. © Thierry Vaissade / AFP"),
    ),
    # ======================= German =======================
    case(
        "in_table",
        "de",
        DE2,
        DE,
        "Süddeutsche Zeitung",
        ["Süddeutsche Zeitung", "SZ", "sueddeutsche.de"],
        "blogger-mit-freundlicher-genehmigung-der",
        tail("Mit freundlicher Genehmigung der Süddeutschen Zeitung.", tag="i"),
        note="'der Süddeutschen Zeitung' (dative): answered in the nominative",
    ),
    case(
        "in_table",
        "de",
        DE4,
        DE,
        "Der Standard",
        ["Der Standard", "derStandard.at", "derstandard.at"],
        "tail-uebernommen-von",
        rich(
            "tail",
            "Übernommen von ",
            ("derStandard.at", "https://www.derstandard.at/story/3000000261774/freibad"),
        ),
    ),
    case(
        "out_of_table",
        "de",
        DE1,
        DE,
        "RedaktionsNetzwerk Deutschland",
        ["RedaktionsNetzwerk Deutschland", "RND"],
        "tail-dieser-text-stammt-vom",
        tail("Dieser Text stammt vom RedaktionsNetzwerk Deutschland (RND)."),
    ),
    case(
        "out_of_table",
        "de",
        DE3,
        DE,
        "dts Nachrichtenagentur",
        ["dts Nachrichtenagentur", "dts"],
        "dts-dateline-photo-line",
        dateline("Lindenhagen (dts Nachrichtenagentur) -"),
        raw(
            "tail",
            "Foto: Freibad (Archiv), über dts Nachrichtenagentur",
            "<p><em>Foto: Freibad (Archiv), über dts Nachrichtenagentur</em></p>",
            False,
        ),
        note="an agency outside the table; its dateline and its photo line are the only credits (neither is a credit line)",
    ),
    wire(
        "de",
        DE4,
        DE,
        "APA",
        ["APA", "Austria Presse Agentur", "APA – Austria Presse Agentur"],
        "apa-tail-with-date",
        signoff("(APA, 6.3.2026)"),
        note="the Austrian papers' agency tag with the date, after the final sentence (the date is not part of the name)",
    ),
    wire(
        "de",
        DE1,
        DE,
        "Reuters",
        RTR,
        "reuters-german-redigiert-trailer",
        dateline("Lindenhagen (Reuters) -"),
        small_print(
            "(Bericht von Jana Vogelsang, redigiert von Matthias Krone. Bei Rückfragen wenden Sie sich bitte an unsere Redaktion unter berlin.newsroom@thomsonreuters.com.)"
        ),
        note="Reuters' German service trailer with its newsroom address",
    ),
    own(
        "de",
        OWN_APA,
        DE,
        "own-apa-dateline",
        dateline("Wien/Lindenhagen (APA) -"),
        note_line("(Schluss) gh/mt"),
    ),
    nul(
        "negative_mention",
        "de",
        DE3,
        DE,
        "mention-wie-der-mdr-zuerst-berichtet",
        keep=(
            "Wie der MDR zuerst berichtet hatte, war eine Schließung schon im Herbst im Gespräch.",
        ),
    ),
    nul(
        "negative_mention",
        "de",
        DE2,
        DE,
        "coda-brief-an-die-zeitung",
        coda(
            "Der Förderverein hatte sich zuvor in einem offenen Brief an die „Frankfurter Allgemeine“ gewandt."
        ),
        note="a letter to a paper in the table: a mention",
    ),
    nul(
        "negative_caption",
        "de",
        DE4,
        DE,
        "caption-apa-photographer",
        figure("Das Freibad im Sommer 2025. Foto: APA/Gernot Haslauer"),
    ),
    # ======================= Italian =======================
    case(
        "in_table",
        "it",
        IT1,
        IT,
        "Corriere della Sera",
        ["Corriere della Sera", "Corriere", "corriere.it"],
        "jnews-tail-leggi-su",
        rich(
            "tail",
            "Leggi l'articolo completo su ",
            (
                "Corriere della Sera",
                "https://www.corriere.it/cronache/26_marzo_08/ponte-romano-castel-ferrandino.shtml",
            ),
        ),
    ),
    case(
        "out_of_table",
        "it",
        IT2,
        IT,
        "askanews",
        ["askanews", "Askanews"],
        "askanews-dateline",
        dateline("Castel Ferrandino, 8 mar. (askanews) -"),
        note="an agency outside the table, by its dateline only",
    ),
    case(
        "out_of_table",
        "it",
        IT1,
        IT,
        "Italpress",
        ["Italpress", "ITALPRESS"],
        "italpress-tail",
        tail("(ITALPRESS)."),
    ),
    wire(
        "it",
        IT3,
        IT,
        "ANSA",
        ["ANSA", "Agenzia ANSA"],
        "ansa-dateline",
        dateline("(ANSA) - CASTEL FERRANDINO, 08 MAR -"),
    ),
    wire(
        "it",
        IT2,
        IT,
        "Adnkronos",
        ["Adnkronos", "Adn Kronos"],
        "adnkronos-dateline-copyright",
        dateline("Castel Ferrandino, 8 mar. (Adnkronos) -"),
        small_print("RIPRODUZIONE RISERVATA © Copyright Adnkronos"),
    ),
    own(
        "it",
        OWN_LAPRESSE,
        IT,
        "own-lapresse-dateline",
        dateline("Castel Ferrandino, 8 mar. (LaPresse) -"),
    ),
    nul(
        "negative_mention",
        "it",
        IT2,
        IT,
        "mention-come-aveva-anticipato",
        keep=(
            "Come aveva anticipato il Resto del Carlino, i lavori erano stati sospesi due volte.",
        ),
    ),
    nul(
        "negative_caption",
        "it",
        IT3,
        IT,
        "caption-imagoeconomica",
        figure("Il ponte dopo il restauro. Foto: Imagoeconomica"),
    ),
    # ======================= Russian =======================
    case(
        "in_table",
        "ru",
        RU1,
        RU,
        "Meduza",
        ["Meduza", "Медуза", "meduza.io"],
        "perepechatka-s-razresheniya-inflected",
        tail("Перепечатка с разрешения редакции «Медузы»."),
        note="'«Медузы»' (genitive): answered in the nominative",
    ),
    case(
        "in_table",
        "ru",
        RU3,
        RU,
        "RT",
        ["RT", "RT на русском", "russian.rt.com"],
        "livejournal-original-na-saite",
        rich(
            "tail",
            "Оригинал статьи — на сайте ",
            ("RT", "https://russian.rt.com/russia/article/1410022-zimnik"),
        ),
    ),
    case(
        "out_of_table",
        "ru",
        RU2,
        RU,
        "Тайга.инфо",
        ["Тайга.инфо", "Тайга.Инфо", "tayga.info"],
        "material-podgotovlen-redaktsiei",
        tail("Материал подготовлен редакцией «Тайги.инфо»."),
        note="'«Тайги.инфо»' (genitive): answered in the nominative",
    ),
    wire(
        "ru",
        RU1,
        RU,
        "Interfax",
        ["Interfax", "Интерфакс", "Интерфакс-Сибирь"],
        "interfax-siberia-dateline",
        dateline("Красноярск. 6 марта. ИНТЕРФАКС-СИБИРЬ -"),
        note="Interfax's regional service in its own dateline form",
    ),
    wire(
        "ru",
        RU2,
        RU,
        "TASS",
        ["TASS", "ТАСС"],
        "tass-dateline",
        dateline("КРАСНОЯРСК, 6 марта. /ТАСС/."),
    ),
    own(
        "ru",
        OWN_REGNUM,
        RU,
        "own-regnum-dateline",
        dateline("Красноярск, 6 марта 2026, 09:15 — ИА Регнум."),
    ),
    nul(
        "negative_mention",
        "ru",
        RU3,
        RU,
        "mention-rasskazal-kommersantu",
        keep=(
            "Как рассказал «Коммерсанту» один из перевозчиков, часть грузов придётся везти по воде уже летом.",
        ),
    ),
    nul(
        "negative_mention",
        "ru",
        RU2,
        RU,
        "lead-soobshchilo-agentstvo",
        lead("Об этом в понедельник сообщило агентство ТАСС со ссылкой на районную администрацию."),
        note="an agency named in the first sentence of a staff story",
    ),
    nul(
        "negative_caption",
        "ru",
        RU1,
        RU,
        "caption-ria-photo",
        figure("Ледовая переправа у посёлка Верхняя Кемчуга. Фото: Илья Наймушкин / РИА Новости"),
    ),
    # ======================= Turkish =======================
    case(
        "in_table",
        "tr",
        TR1,
        TR,
        "Euronews",
        ["Euronews", "Euronews Türkçe", "tr.euronews.com"],
        "haberin-orijinali",
        tail("Haberin orijinali Euronews Türkçe'de yayımlanmıştır.", tag="em"),
    ),
    case(
        "out_of_table",
        "tr",
        TR2,
        TR,
        "T24",
        ["T24", "t24.com.tr"],
        "bu-icerik-alintidir",
        tail("Bu içerik T24'ten alıntıdır."),
    ),
    case(
        "out_of_table",
        "tr",
        TR3,
        TR,
        "bianet",
        ["bianet", "Bianet", "bianet.org"],
        "izniyle-yayimlanmistir",
        tail("Bu haber bianet'in izniyle yayımlanmıştır.", tag="em"),
    ),
    wire(
        "tr",
        TR2,
        TR,
        "Anadolu Agency",
        ["Anadolu Agency", "Anadolu Ajansı", "AA"],
        "aa-byline-rights",
        by("Anadolu Ajansı", cls="td-post-author-name"),
        small_print("© Anadolu Ajansı. Tüm hakları saklıdır."),
        note="the agency's byline and its rights line",
    ),
    own(
        "tr",
        OWN_BIANET,
        TR,
        "own-bianet-cc-line",
        note_line(
            "bianet'in bu içeriği Creative Commons Atıf-Gayriticari 4.0 lisansıyla yayımlanmaktadır."
        ),
        note="bianet's own licence line on its own site",
    ),
    nul(
        "negative_mention",
        "tr",
        TR1,
        TR,
        "mention-ilk-kez-haberlestirmisti",
        keep=("Kooperatifin kuruluş sürecini ilk kez Hürriyet Ege haberleştirmişti.",),
    ),
    nul(
        "negative_caption",
        "tr",
        TR3,
        TR,
        "caption-depo-photos",
        figure("Yeşilkaya'daki sıkımhane. (Fotoğraf: Depo Photos)"),
    ),
    # ======================= Indonesian =======================
    case(
        "in_table",
        "id",
        ID1,
        ID,
        "The Jakarta Post",
        ["The Jakarta Post", "Jakarta Post", "thejakartapost.com"],
        "disadur-dari",
        tail("Disadur dari The Jakarta Post.", tag="em"),
        note="'Disadur dari' (adapted from): a translated copy",
    ),
    case(
        "out_of_table",
        "id",
        ID2,
        ID,
        "Tribunnews",
        ["Tribunnews", "Tribunnews.com", "tribunnews.com"],
        "laporan-wartawan-head",
        reporter_head("Laporan Wartawan Tribunnews.com, Fajar Nugroho"),
        note="Tribun's reporter line typed as the first paragraph",
    ),
    case(
        "out_of_table",
        "id",
        ID3,
        ID,
        "Liputan6.com",
        ["Liputan6.com", "Liputan6", "liputan6.com"],
        "blogger-pertama-kali-terbit",
        tail("Tulisan ini pertama kali terbit di Liputan6.com."),
    ),
    wire(
        "id",
        ID1,
        ID,
        "Antara",
        ["Antara", "ANTARA", "Antaranews"],
        "antara-via-jpnn-slug",
        signoff("(antara/jpnn)"),
        note="JPNN's slug for agency copy: Antara wrote it, JPNN passed it on",
    ),
    own(
        "id",
        OWN_JPNN,
        ID,
        "own-jpnn-slug",
        reporter_head("Laporan: Fikri Hanafi, Sumenep"),
        signoff("(mcr/jpnn)"),
        note="JPNN's own reporter and its own slug",
    ),
    nul(
        "negative_mention",
        "id",
        ID2,
        ID,
        "mention-kepada-kompas",
        keep=(
            "Kepada Kompas.com, ia mengatakan jadwal kapal tambahan akan diumumkan pekan depan.",
        ),
    ),
    nul("no_credit", "id", ID3, ID, "blog-admin-plain", bysite("Admin Catatan Pulau")),
    # ======================= Arabic =======================
    case(
        "in_table",
        "ar",
        AR1,
        AR,
        "Al Jazeera",
        ["Al Jazeera", "الجزيرة", "الجزيرة نت", "aljazeera.net"],
        "naqlan-an",
        tail("نقلاً عن الجزيرة نت"),
        note="'نقلاً عن' (carried from) after the text",
    ),
    case(
        "in_table",
        "ar",
        AR2,
        AR,
        "BBC",
        ["BBC", "بي بي سي", "BBC Arabic", "بي بي سي عربي"],
        "translated-from",
        tail("هذه المادة مترجمة عن موقع بي بي سي عربي.", tag="em"),
    ),
    case(
        "out_of_table",
        "ar",
        AR3,
        AR,
        "العربي الجديد",
        ["العربي الجديد", "Al-Araby Al-Jadeed", "The New Arab", "alaraby.co.uk"],
        "manshur-aslan-fi",
        tail("المقال منشور أصلاً في موقع العربي الجديد."),
    ),
    wire(
        "ar",
        AR1,
        AR,
        "dpa",
        ["dpa", "د ب أ", "Deutsche Presse-Agentur"],
        "dpa-arabic-tag",
        tail("(د ب أ)"),
        note="dpa's Arabic service initials after the text",
    ),
    wire(
        "ar",
        AR2,
        AR,
        "Middle East News Agency",
        ["Middle East News Agency", "MENA", "أ ش أ", "وكالة أنباء الشرق الأوسط"],
        "mena-arabic-tag",
        tail("(أ ش أ)"),
    ),
    wire(
        "ar",
        AR3,
        AR,
        "Petra",
        ["Petra", "بترا", "Jordan News Agency"],
        "petra-arabic-dateline",
        dateline("رأس الصوان 6 آذار (بترا) --"),
    ),
    own(
        "ar",
        OWN_PETRA,
        AR,
        "own-petra-dateline",
        dateline("عمان 6 آذار (بترا) --"),
    ),
    nul(
        "negative_mention",
        "ar",
        AR1,
        AR,
        "mention-tasrih-li-qanat",
        keep=("وقال الحضرمي في تصريح لقناة الغد إن المرحلة الثانية ممولة بالكامل.",),
    ),
    nul(
        "negative_caption",
        "ar",
        AR2,
        AR,
        "caption-dpa-archive",
        figure("حقل الألواح الشمسية قرب المحطة (صورة أرشيفية: د ب أ)"),
    ),
    nul(
        "no_credit",
        "ar",
        AR3,
        AR,
        "wakalat-tag",
        note_line("(وكالات)", credit=False),
        note="'(وكالات)' (agencies) names no one",
    ),
    # ======================= Chinese =======================
    case(
        "in_table",
        "zh",
        ZH1,
        ZH,
        "China Daily",
        ["China Daily", "中国日报", "中国日报网"],
        "benwen-shoufa-yu",
        tail("本文首发于中国日报网。"),
    ),
    case(
        "in_table",
        "zh",
        ZH2,
        ZH,
        "Global Times",
        ["Global Times", "环球时报", "环球网"],
        "zhuanzi",
        tail("转自：环球时报"),
    ),
    case(
        "out_of_table",
        "zh",
        ZH3,
        ZH,
        "界面新闻",
        ["界面新闻", "Jiemian", "jiemian.com"],
        "aggregator-gaoyuan",
        tail("稿源：界面新闻"),
    ),
    case(
        "out_of_table",
        "zh",
        ZH1,
        ZH,
        "中国新闻网",
        ["中国新闻网", "中新网", "中国新闻社", "China News Service", "chinanews.com.cn"],
        "chinanews-dateline",
        dateline("中新网临川3月6日电（记者 周雨桐）"),
        note="China News Service, an agency outside the table, by its dateline",
    ),
    wire(
        "zh",
        ZH2,
        ZH,
        "Xinhua",
        ["Xinhua", "新华社", "新华网"],
        "xinhua-dateline",
        dateline("新华社临川3月6日电（记者 陈思远）"),
    ),
    own(
        "zh",
        OWN_CNS,
        ZH,
        "own-chinanews-dateline-editor",
        dateline("中新网临川3月6日电（记者 周雨桐）"),
        note_line("（完）【编辑：孔令文】"),
    ),
    nul(
        "negative_mention",
        "zh",
        ZH2,
        ZH,
        "mention-xinjingbao-report",
        keep=("据《新京报》此前报道，该市曾于2019年试行过一条夜班线路。",),
    ),
    nul(
        "negative_caption",
        "zh",
        ZH3,
        ZH,
        "caption-shijue-zhongguo",
        figure("图为夜班公交车。图片来源：视觉中国"),
    ),
    nul(
        "no_credit",
        "zh",
        ZH2,
        ZH,
        "own-original-notice",
        note_line("本文为临川同城原创，转载请注明出处。", credit=False),
        note="the site's own 'original, credit us when reposting' notice: null",
    ),
    case(
        "in_table",
        "zh",
        WX1,
        ZH,
        "People's Daily",
        ["People's Daily", "人民日报", "人民网"],
        "wechat-head-laiyuan-pipe",
        head("来源 | 人民日报"),
        note="a WeChat account's repost: the source line is the first line of the content, with a bar",
    ),
    nul(
        "negative_caption",
        "zh",
        WX1,
        ZH,
        "wechat-caption-internet",
        figure("夜班公交车内景（图片来源：网络）"),
        note="'图片来源：网络' (image from the internet) names no one",
    ),
    # ======================= Japanese =======================
    case(
        "in_table",
        "ja",
        JA1,
        JA,
        "NHK",
        ["NHK", "NHK NEWS WEB", "nhk.or.jp"],
        "inyoumoto",
        tail("引用元：NHK NEWS WEB"),
    ),
    case(
        "out_of_table",
        "ja",
        JA2,
        JA,
        "北海道新聞",
        ["北海道新聞", "道新", "hokkaido-np.co.jp"],
        "blog-motokiji",
        rich("tail", "元記事：", ("北海道新聞", "https://www.hokkaido-np.co.jp/article/1190422/")),
    ),
    case(
        "out_of_table",
        "ja",
        JA3,
        JA,
        "東洋経済オンライン",
        ["東洋経済オンライン", "東洋経済", "toyokeizai.net"],
        "keisai-sareta-mono",
        tail("この記事は東洋経済オンラインに掲載されたものです。"),
    ),
    wire(
        "ja",
        JA1,
        JA,
        "Kyodo News",
        ["Kyodo News", "共同通信", "Kyodo"],
        "kyodo-signoff",
        signoff("（共同）"),
    ),
    wire(
        "ja",
        JA3,
        JA,
        "AFP",
        [*AFP, "AFP通信", "AFPBB News"],
        "afpbb-dateline",
        dateline("【3月7日 AFP】"),
        note="AFPBB News' dateline form",
    ),
    own("ja", OWN_SANKEI, JA, "own-sankei-tag", tail("（産経新聞）")),
    nul(
        "negative_mention",
        "ja",
        JA2,
        JA,
        "mention-asahi-shuzai",
        keep=("朝日新聞の取材に対し、沿線に住む女性は「寂しいが仕方ない」と話した。",),
    ),
    nul(
        "negative_mention",
        "ja",
        JA3,
        JA,
        "mention-kyodo-ni-yoru-to",
        keep=("共同通信によると、同様の廃線協議は全国で少なくとも5路線で進んでいる。",),
        note="'によると' (according to) an agency in a staff story",
    ),
    nul(
        "negative_caption",
        "ja",
        JA1,
        JA,
        "caption-dokusha-teikyo",
        figure("赤沢線を走る列車（読者提供）"),
    ),
    # ======================= Korean =======================
    case(
        "in_table",
        "ko",
        KO1,
        KO,
        "Korea JoongAng Daily",
        ["Korea JoongAng Daily", "코리아중앙데일리", "JoongAng Daily"],
        "beonyeok-note",
        tail("※ 이 기사는 코리아중앙데일리 기사를 번역한 것입니다."),
    ),
    case(
        "out_of_table",
        "ko",
        KO2,
        KO,
        "한국일보",
        ["한국일보", "Hankook Ilbo", "hankookilbo.com"],
        "content-jehyu",
        tail("※ 이 기사는 한국일보와의 콘텐츠 제휴에 따라 게재합니다."),
    ),
    wire(
        "ko",
        KO1,
        KO,
        "Yonhap",
        ["Yonhap", "연합뉴스"],
        "yonhap-dateline-jebo-trailer",
        dateline("(하동=연합뉴스) 정다은 기자 ="),
        small_print(
            "제보는 카카오톡 okjebo <저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>"
        ),
    ),
    wire(
        "ko",
        KO2,
        KO,
        "News1",
        ["News1", "뉴스1"],
        "news1-dateline-trailer",
        dateline("(하동=뉴스1) 이도현 기자 ="),
        small_print("© 뉴스1코리아(news1.kr), 무단 전재 및 재배포, AI학습 이용 금지"),
    ),
    own(
        "ko", OWN_HANI, KO, "own-hani-trailer", note_line("ⓒ 한겨레신문 : 무단전재 및 재배포 금지")
    ),
    nul(
        "negative_mention",
        "ko",
        KO2,
        KO,
        "mention-tonghwa-eseo",
        keep=("군 관계자는 MBC와의 통화에서 개관 첫 주 방문객이 3천 명을 넘었다고 말했다.",),
    ),
    nul(
        "negative_caption",
        "ko",
        KO1,
        KO,
        "caption-gun-jegong",
        figure("새로 문을 연 청소년 도서관 [하동군 제공]"),
    ),
    # ======================= Polish =======================
    case(
        "in_table",
        "pl",
        PL1,
        PL,
        "Euronews",
        ["Euronews", "pl.euronews.com"],
        "artykul-pochodzi-z-serwisu",
        tail("Artykuł pochodzi z serwisu Euronews."),
    ),
    case(
        "out_of_table",
        "pl",
        PL2,
        PL,
        "Dziennik Bałtycki",
        ["Dziennik Bałtycki", "dziennikbaltycki.pl"],
        "przedruk-za-zgoda-inflected",
        tail("Przedruk za zgodą redakcji „Dziennika Bałtyckiego”.", tag="i"),
        note="'„Dziennika Bałtyckiego”' (genitive): answered in the nominative",
    ),
    wire(
        "pl",
        PL1,
        PL,
        "Polish Press Agency",
        ["Polish Press Agency", "PAP", "Polska Agencja Prasowa"],
        "pap-autorka-line",
        note_line("Autorka: Marta Wierzbicka (PAP)"),
    ),
    nul(
        "negative_mention",
        "pl",
        PL2,
        PL,
        "mention-jak-informowalo-radio",
        keep=(
            "Jak informowało wcześniej Radio Gdańsk, operator ma zapewnić serwis rowerów przez całą dobę.",
        ),
    ),
    nul("no_credit", "pl", PL1, PL, "oprac-red", bysite("Oprac. red.")),
    # ======================= Dutch =======================
    case(
        "in_table",
        "nl",
        NL1,
        NL,
        "The Guardian",
        ["The Guardian", "Guardian", "theguardian.com"],
        "overgenomen-en-vertaald",
        tail("Dit artikel is overgenomen van The Guardian en vertaald door de redactie.", tag="em"),
    ),
    case(
        "out_of_table",
        "nl",
        NL2,
        NL,
        "Omroep Westerschelde",
        ["Omroep Westerschelde", "omroepwesterschelde.nl"],
        "met-dank-aan",
        tail("Met dank aan Omroep Westerschelde"),
    ),
    wire(
        "nl",
        NL1,
        NL,
        "ANP",
        ["ANP", "Algemeen Nederlands Persbureau"],
        "anp-dateline",
        dateline("OOSTERHAVEN (ANP) -"),
    ),
    nul(
        "negative_mention",
        "nl",
        NL2,
        NL,
        "mention-tegen-het-ad",
        keep=(
            "Tegen het Algemeen Dagblad zei een bewoner dat hij al drie jaar last heeft van trillingen.",
        ),
    ),
    nul("no_credit", "nl", NL2, NL, "door-onze-redactie", bysite("Door onze redactie")),
    # ======================= Vietnamese =======================
    case(
        "in_table",
        "vi",
        VI1,
        VI,
        "BBC",
        ["BBC", "BBC News Tiếng Việt", "BBC Tiếng Việt"],
        "dang-lan-dau-tren",
        tail("Bài viết được đăng lần đầu trên BBC News Tiếng Việt.", tag="em"),
    ),
    case(
        "out_of_table",
        "vi",
        VI2,
        VI,
        "Dân trí",
        ["Dân trí", "Dân Trí", "dantri.com.vn"],
        "bai-viet-goc",
        tail("Bài viết gốc đăng trên Dân trí."),
    ),
    wire(
        "vi",
        VI1,
        VI,
        "Vietnam News Agency",
        ["Vietnam News Agency", "TTXVN", "VNA", "Vietnam+", "TTXVN/Vietnam+"],
        "ttxvn-vietnamplus-tag",
        tail("(TTXVN/Vietnam+)"),
        note="VNA's online paper's tag: the agency is the answer",
    ),
    own("vi", OWN_VNPLUS, VI, "own-vietnamplus-tag", tail("(TTXVN/Vietnam+)")),
    nul(
        "negative_mention",
        "vi",
        VI2,
        VI,
        "mention-tra-loi-phong-vien",
        keep=(
            "Trả lời phóng viên Báo Tuổi Trẻ, ông Khiêm cho biết kè được thiết kế chịu được bão cấp 12.",
        ),
    ),
    # ======================= Persian =======================
    case(
        "out_of_table",
        "fa",
        FA1,
        FA,
        "همشهری آنلاین",
        ["همشهری آنلاین", "همشهری", "Hamshahri Online", "hamshahrionline.ir"],
        "baznashr-az",
        tail("بازنشر از همشهری آنلاین"),
    ),
    wire(
        "fa",
        FA2,
        FA,
        "Mehr News Agency",
        ["Mehr News Agency", "خبرگزاری مهر", "مهر", "Mehr"],
        "mehr-opening",
        dateline("به گزارش خبرگزاری مهر از یزد،"),
        note="the agency's opening formula, treated as a dateline (kept)",
    ),
    nul(
        "negative_mention",
        "fa",
        FA1,
        FA,
        "mention-goftogu-ba-fars",
        keep=("دهیار روستا در گفت‌وگو با خبرگزاری فارس گفت که مرحله دوم از پاییز آغاز می‌شود.",),
    ),
    nul("no_credit", "fa", FA2, FA, "plain-original", bysite("تحریریه قنات نیوز")),
    # ======================= Hindi =======================
    case(
        "in_table",
        "hi",
        HI1,
        HI,
        "Amar Ujala",
        ["Amar Ujala", "अमर उजाला", "amarujala.com"],
        "tagdiv-srot",
        tail("स्रोत: अमर उजाला"),
        note="'स्रोत:' (source) after the text",
    ),
    case(
        "out_of_table",
        "hi",
        HI2,
        HI,
        "गांव कनेक्शन",
        ["गांव कनेक्शन", "Gaon Connection", "gaonconnection.com"],
        "blogger-sabhar-brackets",
        tail("(साभार: गांव कनेक्शन)", tag="b"),
    ),
    wire(
        "hi",
        HI1,
        HI,
        "United News of India",
        ["United News of India", "UNI", "वार्ता", "यूनीवार्ता"],
        "varta-dateline",
        dateline("रामगढ़ी, छह मार्च (वार्ता)"),
        note="UNI's Hindi service (वार्ता) by its dateline",
    ),
    nul(
        "negative_mention",
        "hi",
        HI2,
        HI,
        "mention-aajtak-se-baatcheet",
        keep=("आजतक से बातचीत में प्रधान ने कहा कि अगले साल दूसरे तालाब की भी मरम्मत होगी।",),
    ),
    # ======================= Ukrainian =======================
    case(
        "in_table",
        "uk",
        UK1,
        UK,
        "The Kyiv Independent",
        ["The Kyiv Independent", "Kyiv Independent", "kyivindependent.com"],
        "pereklad-statti",
        tail("Переклад статті The Kyiv Independent.", tag="em"),
    ),
    case(
        "out_of_table",
        "uk",
        UK2,
        UK,
        "Суспільне",
        ["Суспільне", "Суспільне Новини", "suspilne.media"],
        "za-materialamy-inflected",
        tail("За матеріалами «Суспільного»."),
        note="'«Суспільного»' (genitive): answered in the nominative",
    ),
    wire(
        "uk",
        UK2,
        UK,
        "Interfax",
        ["Interfax", "Interfax-Ukraine", "Інтерфакс-Україна"],
        "interfax-ukraine-tail",
        tail("— Інтерфакс-Україна"),
    ),
    nul(
        "negative_mention",
        "uk",
        UK1,
        UK,
        "mention-yak-povidomlyala",
        keep=("Як повідомляла «Українська правда», міст був зруйнований під час весняної повені.",),
    ),
]
