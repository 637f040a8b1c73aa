# ruff: noqa: RUF001, RUF002, RUF003  (the pages are written in their own scripts and punctuation)
"""Conventions round 6 (issue 14), written blind: outlets the table knows, and wires, named
the way real pages name them rather than the way the table spells them.

Whole small articles (tests/blogpost.py's story and invented stories in 21 other languages) on
invented member sites, with a credit line before, after or inside the story, a dateline, or a
byline block beside it. Each case asserts the publisher (the table's canonical name; `accept`
only where a reader could fairly give another), that every credit line left the text, and that
every story sentence stayed. Families: abbrev (NYT, WaPo, WSJ, FT, SCMP, TOI, HT, ET, AJE, staff
bylines such as ET Bureau and TNN), service (language services, editions, licensed franchises),
app_domain (e-paper and app names, domains with paths, m./amp./edition./epaper. hosts, an AMP
cache address), inflected (Polish, Czech, Finnish, Hungarian, Turkish, Arabic, Russian, German,
Portuguese, Italian, French), script (Latin-script outlets in Arabic, Cyrillic, Devanagari,
Urdu, Chinese, Japanese, Korean), wire_byline (a byline holding only the wire, or only
"agencies"), wire_joint (two wires: either is right, None is wrong), wire_desk (regional and
language desks, agency tags and datelines, APA-OTS and ots, Reuters Connect, AP Newsroom, a
logo's alt text). The twins (lines that credit no one) are in
tests/test_attribution_conventions6_twins.py. Languages over both files (220 cases): en 84,
ar 17, de 14, es 11, hi 9, ur 8, tr 7, ru 7, pt 6, fr 6, ja 6, pl 6, zh 6, fi 5, hu 5, id 4,
vi 4, cs 4, it 4, ko 4, ms 2, sq 1.

First run, on unchanged code (main at 2052035), both files, before any case was edited:
220 cases, 157 passed, 63 failed. This file: 160 cases, 108 passed, 52 failed.

| family      | cases | passed | failed |
|-------------|-------|--------|--------|
| abbrev      |    17 |     14 |      3 |
| service     |    21 |     19 |      2 |
| app_domain  |    21 |     16 |      5 |
| inflected   |    33 |     19 |     14 |
| script      |    14 |      0 |     14 |
| wire_byline |    19 |     12 |      7 |
| wire_joint  |     8 |      7 |      1 |
| wire_desk   |    27 |     21 |      6 |
| (twins file: tw_mention 20/20, tw_phrase 4/4, tw_homonym 24/24, tw_caption 1/8, tw_no_name 0/4)

What failed (first run):
- abbrev: staff bylines TNN and "BS Reporter | New Delhi" gave None; "Express Web Desk" gave
  'Express Web'.
- service: "BBC Türkçe'den alınmıştır." gave None and stayed; "The New York Times International
  Edition" published as written instead of The New York Times.
- app_domain: "The Hindu e-Paper, Chennai edition" gave 'The Hindu e-Paper'; "Sent from the BBC
  News app" and "Read the full story: amp.theguardian.com/..." gave None and stayed; the AMP
  cache address gave 'ampproject.org'; "lemonde.fr" gave 'monde.fr'.
- inflected: every Polish, Czech, Finnish, Hungarian and Turkish credit built on an inflected
  name or a verb phrase (za Gazetą Wyborczą, za „Guardianem”, Převzato z Hospodářských novin /
  z webu Deutsche Welle, Helsingin Sanomissa, STT–AFP, Reutersin uutiseen, az Indexen, a
  Financial Times engedélyével, A BBC-n megjelent, Hürriyet'ten, Reuters'tan) gave None and
  stayed; Russian genitives «Интерфакса» and «Медузы» were published inflected, not as
  Interfax and Meduza. (The German datives and genitives, the Arabic نقلاً عن, «Коммерсанта»,
  агентства Рейтер, Rzeczpospolita, PAP, ČTK, MTI passed.)
- script: all 14 transliterations were published as written (نيويورك تايمز, द न्यूयॉर्क टाइम्स,
  纽约时报中文网, 뉴욕타임스, «Шпигель», FT中文网 ...) instead of the table outlet;
  "ترجمة عن الإيكونوميست" gave None and stayed.
- wire_byline: byline fields "Redacción / EFE", "EP | Madrid", 新华社, 共同, 연합뉴스, Bernama,
  "Reuters Connect" gave None.
- wire_joint: the byline field "AFP, Reuters" gave None (the tail "AFP/Reuters" passed).
- wire_desk: "Source: Reuters Africa" gave 'Reuters Africa'; "Fonte: ABr" gave 'ABr'; the
  APA-OTS trailer gave None and stayed; the ots trailer gave 'Content von Stadtwerke Talheim';
  "This story was licensed through Reuters Connect." and the logo alt text "Reuters" above the
  story gave None and stayed.

Cases the author was unsure of (expectation written before the run, not changed):
abbr-en-et-source (ET is also Eastern Time), abbr-en-tnn-byline (TNN as The Times of India),
abbr-en-express-web-desk-byline, abbr-en-beeb-source (nickname; the as-written name accepted),
abbr-en-lat-courtesy, svc-ur-independent-urdu and svc-en-sky-news-australia (franchises taken as
distinct outlets), svc-en-huffpost-uk, app-en-wsj-app-share and app-en-bbc-news-app-share (share
footers as credits), dom-en-m-timesofindia, dom-en-amp-cache-livemint, infl-fi-stt-afp,
infl-pt-com-informacoes-da-folha ("com informações de" as a credit), wbl-es-ep (EP as Europa
Press), wbl-ja-kyodo (共同 alone), desk-de-apa-ots-trailer (APA-OTS or its sender, not APA),
desk-de-ots-presseportal (the sender, or news aktuell), desk-pt-fonte-abr, desk-fr-ats-initials,
desk-en-aa-tag, desk-en-logo-alt-reuters (a lone alt-text line as a credit).
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from aggregator.attribution.attribute import attribute
from tests.blogpost import BODY

pytestmark = pytest.mark.conventions6

# --- the stories: invented prose, a few paragraphs a language, naming no outlet -----------------

BODIES: dict[str, list[str]] = {
    "en": list(BODY),
    "en-water": [
        "The district water board said on Monday that supply to the eastern wards would be cut "
        "for two days while a main pipe is replaced.",
        "Tankers will be stationed at six schools and the bus depot, and residents have been "
        "asked to store water in advance.",
        "Engineers expect the new pipe to reduce leaks by about a third, the board's chief "
        "engineer told reporters.",
    ],
    "en-trade": [
        "Exports of processed cashew rose 14 percent in February from a year earlier, helped by "
        "stronger demand from Europe, data from the trade ministry showed on Wednesday.",
        "Processors in the coastal provinces said they had hired seasonal workers earlier than "
        "usual to keep up with orders.",
        "The ministry expects shipments to slow in the second quarter as freight costs climb.",
    ],
    "en-city": [
        "The municipal corporation on Thursday began demolishing illegal structures along the "
        "lake's northern bank, officials said.",
        "About 140 shops and sheds were marked for removal after a survey last year found they "
        "blocked storm-water drains.",
        "Traders' associations said they would approach the high court, arguing that they had "
        "not been given enough notice.",
    ],
    "en-storm": [
        "Heavy rain triggered landslides in three hill districts on Tuesday, cutting off roads "
        "and forcing about 2,000 people into relief camps, officials said.",
        "Rescue teams recovered four bodies from a collapsed house near the district "
        "headquarters, a police spokesman said.",
        "The weather office forecast more rain through the weekend and warned fishermen not to "
        "venture out to sea.",
    ],
    "en-match": [
        "Rovers came from behind to beat United in front of a sell-out crowd on Saturday, with "
        "both goals arriving in the last twenty minutes.",
        "The win lifts Rovers to third place, two points behind the leaders with five games left.",
        "United's manager said his side had tired after a demanding week of travel.",
    ],
    "pl": [
        "Rada miasta zatwierdziła we wtorek plan remontu mostu na rzece, który od dwóch lat jest "
        "zamknięty dla ciężarówek.",
        "Prace mają potrwać czternaście miesięcy i kosztować około 38 milionów złotych.",
        "Mieszkańcy okolicznych wsi skarżą się, że objazd wydłuża dojazd do szpitala o pół "
        "godziny.",
    ],
    "cs": [
        "Krajský úřad v úterý schválil stavbu nové čističky odpadních vod u obce Lipová.",
        "Stavba má začít v létě a potrvá zhruba dva roky, uvedl mluvčí úřadu.",
        "Obyvatelé si dlouhodobě stěžují na zápach z dosavadní čističky, která je přetížená.",
    ],
    "fi": [
        "Kaupunginvaltuusto hyväksyi maanantaina suunnitelman uuden uimahallin rakentamisesta "
        "keskustaan.",
        "Hankkeen arvioidaan maksavan noin 24 miljoonaa euroa, ja rakennustyöt alkavat ensi "
        "keväänä.",
        "Nykyinen uimahalli suljetaan, kun uusi valmistuu vuonna 2028.",
    ],
    "hu": [
        "A város közgyűlése kedden jóváhagyta a régi vasútállomás felújításának tervét.",
        "A munkálatok jövő tavasszal kezdődnek, és várhatóan másfél évig tartanak.",
        "A felújított épületben könyvtár és kávézó is helyet kap, közölte a polgármester.",
    ],
    "tr": [
        "Belediye meclisi salı günü sahil yolunun genişletilmesine ilişkin projeyi onayladı.",
        "Çalışmaların eylül ayında başlaması ve yaklaşık on sekiz ay sürmesi bekleniyor.",
        "Esnaf, inşaat süresince dükkânlara ulaşımın zorlaşacağından endişe ediyor.",
    ],
    "ar": [
        "وافق المجلس البلدي يوم الثلاثاء على خطة لإصلاح شبكة الصرف الصحي في الأحياء الشرقية "
        "للمدينة.",
        "ومن المتوقع أن تبدأ الأعمال في الربيع المقبل وأن تستمر نحو عامين، بحسب المخطط الذي نشره "
        "المجلس.",
        "وكان السكان قد اشتكوا مرارا من تسرب المياه إلى الشوارع خلال فصل الشتاء.",
    ],
    "ru": [
        "Городская дума во вторник утвердила план ремонта моста через реку, закрытого для "
        "грузовиков уже два года.",
        "Работы планируется начать весной, они продлятся около полутора лет.",
        "Жители окрестных сёл жалуются, что объезд удлиняет дорогу до больницы на полчаса.",
    ],
    "de": [
        "Der Gemeinderat hat am Dienstag den Umbau des alten Bahnhofs zu einem Bürgerzentrum "
        "beschlossen.",
        "Die Arbeiten sollen im Frühjahr beginnen und rund 18 Monate dauern, teilte die "
        "Stadtverwaltung mit.",
        "Anwohner hatten sich seit Jahren über das leerstehende Gebäude beschwert.",
    ],
    "es": [
        "El ayuntamiento aprobó el martes un plan para renovar la red de alumbrado público en los "
        "barrios del sur de la ciudad.",
        "Las obras comenzarán en primavera y durarán unos dieciocho meses, según el calendario "
        "municipal.",
        "Los vecinos llevaban años denunciando la falta de iluminación en varias calles.",
    ],
    "pt": [
        "A prefeitura aprovou na terça-feira um plano para recuperar as estradas rurais do "
        "município.",
        "As obras devem começar em abril e durar cerca de um ano, segundo a secretaria de obras.",
        "Produtores rurais reclamavam havia anos das condições das vias durante a época de chuvas.",
    ],
    "fr": [
        "Le conseil municipal a approuvé mardi la rénovation de la piscine municipale, fermée "
        "depuis deux ans.",
        "Les travaux doivent commencer au printemps et durer environ quinze mois, selon la mairie.",
        "Les associations sportives réclamaient depuis longtemps la réouverture de l'équipement.",
    ],
    "it": [
        "Il consiglio comunale ha approvato martedì il progetto di restauro del vecchio mercato "
        "coperto.",
        "I lavori dovrebbero iniziare in primavera e durare circa diciotto mesi, secondo il "
        "Comune.",
        "I commercianti della zona chiedevano da anni un intervento sulla struttura.",
    ],
    "hi": [
        "नगर निगम ने मंगलवार को शहर के पूर्वी हिस्से में नई पेयजल पाइपलाइन बिछाने की योजना को मंजूरी दे दी।",
        "अधिकारियों के मुताबिक काम अगले महीने शुरू होगा और करीब डेढ़ साल चलेगा।",
        "स्थानीय निवासी लंबे समय से पानी की किल्लत की शिकायत कर रहे थे।",
    ],
    "ur": [
        "صوبائی حکومت نے منگل کے روز شہر کی مرکزی شاہراہ کی مرمت کے منصوبے کی منظوری دے دی۔",
        "حکام کے مطابق کام اگلے ماہ شروع ہوگا اور تقریباً ایک سال میں مکمل ہوگا۔",
        "شہری طویل عرصے سے سڑک کی خستہ حالی کی شکایت کر رہے تھے۔",
    ],
    "id": [
        "Pemerintah kota menyetujui rencana perbaikan jalan lingkar selatan pada Selasa.",
        "Pekerjaan dijadwalkan dimulai bulan depan dan berlangsung sekitar satu tahun, kata kepala "
        "dinas pekerjaan umum.",
        "Warga sudah lama mengeluhkan jalan berlubang yang sering menyebabkan kecelakaan.",
    ],
    "ms": [
        "Kerajaan negeri meluluskan peruntukan baharu untuk membaiki jambatan lama di daerah itu "
        "pada Selasa.",
        "Kerja-kerja pembaikan dijangka bermula bulan depan dan siap dalam tempoh setahun.",
        "Penduduk kampung berkata jambatan itu sudah lama uzur dan membahayakan pengguna jalan "
        "raya.",
    ],
    "vi": [
        "Ủy ban nhân dân thành phố hôm thứ Ba đã phê duyệt dự án nâng cấp tuyến đường ven sông.",
        "Công trình dự kiến khởi công vào tháng tới và kéo dài khoảng mười tám tháng.",
        "Người dân trong khu vực đã nhiều năm phản ánh tình trạng ngập úng mỗi mùa mưa.",
    ],
    "zh": [
        "市政府周二批准了改造老城区供水管网的计划。",
        "工程预计下月开工，工期约一年半。",
        "当地居民多年来一直反映自来水水压不足的问题。",
    ],
    "ja": [
        "市議会は火曜日、老朽化した市民会館を建て替える計画を承認した。",
        "工事は来年春に始まり、完成まで約2年かかる見通しだ。",
        "地元の住民団体は、建て替え中の代替施設の確保を市に求めている。",
    ],
    "ko": [
        "시의회는 화요일 노후한 시민회관을 새로 짓는 계획을 승인했다.",
        "공사는 내년 봄에 시작돼 약 2년 동안 진행될 예정이다.",
        "주민들은 공사 기간 동안 사용할 대체 시설을 마련해 달라고 요구하고 있다.",
    ],
    "sq": [
        "Këshilli bashkiak miratoi të martën planin për rikonstruksionin e tregut të vjetër të "
        "qytetit.",
        "Punimet pritet të nisin në pranverë dhe të zgjasin rreth tetëmbëdhjetë muaj.",
        "Tregtarët e zonës kishin kërkuar prej vitesh ndërhyrje në ndërtesë.",
    ],
}

# --- the member sites that host the copies: invented, none of them in the table ----------------

SITES: dict[str, list[tuple[str, str]]] = {
    "en": [
        ("https://lakeshore-ledger.blogspot.com", "Lakeshore Ledger"),
        ("https://www.northvaledispatch.net", "Northvale Dispatch"),
        ("https://kestrelpost.in", "Kestrel Post"),
        ("https://harbournotes.wordpress.com", "Harbour Notes"),
        ("https://www.ridgeline-gazette.co.uk", "Ridgeline Gazette"),
        ("https://pinecountycurrent.com", "Pine County Current"),
    ],
    "pl": [("https://kurier-nadbuzanski.pl", "Kurier Nadbużański")],
    "cs": [("https://zpravy-podhuri.cz", "Zprávy z Podhůří")],
    "fi": [("https://jarviseudun-viesti.fi", "Järviseudun Viesti")],
    "hu": [("https://alfoldi-hirek.hu", "Alföldi Hírek")],
    "tr": [("https://egekiyisihaber.com", "Ege Kıyısı Haber")],
    "ar": [("https://wadi-alnakheel.net", "وادي النخيل"), ("https://sahil-press.com", "ساحل برس")],
    "ru": [("https://priokskie-vesti.ru", "Приокские вести")],
    "de": [
        ("https://www.talbote-online.de", "Talbote Online"),
        ("https://www.ennstaler.at", "Ennstaler"),
    ],
    "es": [("https://www.correodelvalle.es", "Correo del Valle")],
    "pt": [("https://www.gazetadoplanalto.com.br", "Gazeta do Planalto")],
    "fr": [("https://www.echo-des-collines.fr", "L'Écho des Collines")],
    "it": [("https://www.gazzettadellavalle.it", "Gazzetta della Valle")],
    "hi": [("https://www.nagarsamachar.in", "नगर समाचार")],
    "ur": [("https://www.shahr-ki-awaz.pk", "شہر کی آواز")],
    "id": [("https://kabarpesisir.id", "Kabar Pesisir")],
    "ms": [("https://beritaseberang.my", "Berita Seberang")],
    "vi": [("https://tinvensong.vn", "Tin Ven Sông")],
    "zh": [("https://www.jiangnan-kuaixun.cn", "江南快讯")],
    "ja": [("https://minato-shinpo.jp", "みなと新報")],
    "ko": [("https://haebyeon-news.kr", "해변뉴스")],
    "sq": [("https://zeri-i-lugines.al", "Zëri i Luginës")],
}


@dataclass(frozen=True)
class Page:
    """One small article and what attribution must make of it."""

    id: str
    family: str
    lang: str
    text: str
    url: str
    site_name: str
    side: tuple[str, ...]
    expected: str | None
    accept: frozenset[str]
    credits: tuple[str, ...]
    keep: tuple[str, ...]


def page(
    cid: str,
    family: str,
    body: str,
    expected: str | None,
    *,
    head: str | None = None,
    tail: str | list[str] | None = None,
    inline: str | None = None,
    dateline: str | None = None,
    side: list[str] | None = None,
    mid: str | None = None,
    end: str | None = None,
    accept: tuple[str, ...] = (),
    credits: list[str] | None = None,
    site: int = 0,
) -> Page:
    """A page: ``body``'s paragraphs, a credit ``head`` line before them, ``tail`` line(s) after
    them, an ``inline`` credit appended to the last paragraph, a ``dateline`` opening the first,
    a byline block ``side``; ``mid`` (after the first paragraph) and ``end`` (after the last)
    are lines that are not credits and must stay. ``credits`` (default: head, tail and inline)
    must leave the text; the paragraphs, ``mid`` and ``end`` must stay."""
    lang = body.split("-")[0]
    paragraphs = list(BODIES[body])
    keep = list(paragraphs)
    lines = list(paragraphs)
    if dateline:
        lines[0] = dateline + lines[0]
    if inline:
        lines[-1] = lines[-1] + inline
    if mid:
        lines.insert(1, mid)
        keep.append(mid)
    if end:
        lines.append(end)
        keep.append(end)
    tails = [tail] if isinstance(tail, str) else list(tail or [])
    if head:
        lines.insert(0, head)
    lines.extend(tails)
    if credits is None:
        credits = [c.strip() for c in [head, *tails, inline] if c]
    base, name = SITES[lang][site % len(SITES[lang])]
    return Page(
        id=cid,
        family=family,
        lang=lang,
        text="\n".join(lines),
        url=f"{base}/2026/03/{cid}.html",
        site_name=name,
        side=tuple(side or ()),
        expected=expected,
        accept=frozenset(accept),
        credits=tuple(credits),
        keep=tuple(keep),
    )


def check(case: Page) -> None:
    """Run attribution on the page and assert the publisher, that every credit line left the
    text and that every story sentence and non-credit line stayed; one message lists all."""
    kwargs: dict[str, object] = {"url": case.url, "site_name": case.site_name}
    if case.side:
        kwargs["side_lines"] = list(case.side)
    cleaned, found = attribute(case.text, **kwargs)  # type: ignore[arg-type]
    problems = []
    got = found.original_publisher
    if got not in {case.expected, *case.accept}:
        problems.append(f"publisher {got!r}, expected {case.expected!r}")
    if got is not None and got == case.site_name:
        problems.append("the hosting site's own name given as the publisher")
    problems += [f"credit left in text: {c!r}" for c in case.credits if c in cleaned]
    problems += [f"sentence lost: {k!r}" for k in case.keep if k not in cleaned]
    assert not problems, "; ".join(problems)


# --- (a) table outlets by their abbreviations, nicknames and staff bylines ---------------------
# The expected answer is the table's canonical name; "accept" holds only a spelling a reader
# could fairly give instead.

ABBREVIATIONS = [
    page("abbr-en-nyt-source", "abbrev", "en", "The New York Times", tail="Source: NYT"),
    page(
        "abbr-en-wapo-courtesy",
        "abbrev",
        "en-water",
        "The Washington Post",
        tail="Courtesy: WaPo",
        site=1,
    ),
    page(
        "abbr-en-wsj-head",
        "abbrev",
        "en-trade",
        "The Wall Street Journal",
        head="(Courtesy: WSJ)",
        site=2,
    ),
    page("abbr-en-ft-inline", "abbrev", "en-trade", "Financial Times", inline=" — FT", site=3),
    page(
        "abbr-en-scmp-first-published",
        "abbrev",
        "en-storm",
        "South China Morning Post",
        tail="This article was first published by SCMP.",
        site=4,
    ),
    page(
        "abbr-en-toi-source", "abbrev", "en-city", "The Times of India", tail="Source: TOI", site=2
    ),
    page(
        "abbr-en-ht-courtesy", "abbrev", "en-city", "Hindustan Times", tail="(Courtesy: HT)", site=2
    ),
    # "ET" is also Eastern Time (a twin has it); after "Source:" it is the paper.
    page(
        "abbr-en-et-source", "abbrev", "en-trade", "The Economic Times", tail="Source: ET", site=2
    ),
    # Staff bylines that only the paper prints: ET Bureau, TNN (Times News Network, the
    # Times of India's own desk), BS Reporter, Express Web Desk.
    page(
        "abbr-en-et-bureau-byline",
        "abbrev",
        "en-trade",
        "The Economic Times",
        side=["ET Bureau"],
        site=2,
    ),
    page(
        "abbr-en-tnn-byline",
        "abbrev",
        "en-city",
        "The Times of India",
        side=["TNN | Mar 5, 2026, 06.12 IST"],
        site=2,
    ),
    page(
        "abbr-en-bs-reporter-byline",
        "abbrev",
        "en-trade",
        "Business Standard",
        side=["BS Reporter | New Delhi"],
        site=2,
    ),
    page(
        "abbr-en-express-web-desk-byline",
        "abbrev",
        "en-city",
        "The Indian Express",
        side=["Express Web Desk"],
        site=2,
    ),
    page("abbr-en-aje-source", "abbrev", "en-storm", "Al Jazeera", tail="Source: AJE", site=5),
    # "The Beeb" is a nickname no credit template spells; a reader still knows the outlet, and
    # a system that publishes the unknown name as written is not wrong either.
    page(
        "abbr-en-beeb-source",
        "abbrev",
        "en",
        "BBC",
        tail="Source: the Beeb",
        accept=("the Beeb", "Beeb"),
        site=4,
    ),
    page(
        "abbr-en-smh-source",
        "abbrev",
        "en-water",
        "The Sydney Morning Herald",
        tail="Source: SMH",
        site=5,
    ),
    # "LAT" is the paper's own short form in its URLs and style notes, not a table alias.
    page(
        "abbr-en-lat-courtesy",
        "abbrev",
        "en-water",
        "Los Angeles Times",
        tail="Courtesy: LAT",
        accept=("LAT",),
        site=3,
    ),
    page(
        "abbr-de-faz-quelle", "abbrev", "de", "Frankfurter Allgemeine Zeitung", tail="Quelle: FAZ"
    ),
]

# --- (a) language services, editions and franchises -------------------------------------------
# The table files BBC Urdu, BBC Mundo, BBC Hindi, BBC Arabic and CNN en Español under their
# parents, and its domains match every subdomain: a broadcaster's language service is the
# broadcaster (DW Español, DW Afrique, RFI in Portuguese, VOA Indonesia, Al Jazeera Arabic and
# Mubasher, BBC Türkçe, BBC Tiếng Việt, CNN Arabic...). A franchise run by another company under
# licence is another outlet: Euronews Albania (euronews.al, an Albanian company), CNN Türk
# (Demirören), CNN Indonesia (Trans Media), CNN Brasil (Novus Mídia), Forbes India (Network18),
# Independent Urdu (Saudi Research & Media Group), Sky News Australia (News Corp Australia).
# Where the service's own name is a fair answer it is accepted.

SERVICES = [
    page("svc-es-bbc-mundo", "service", "es", "BBC", tail="Fuente: BBC Mundo"),
    page("svc-ur-bbc-urdu", "service", "ur", "BBC", tail="بشکریہ: بی بی سی اردو"),
    page(
        "svc-en-bbc-urdu-translated",
        "service",
        "en-water",
        "BBC",
        tail="Translated from BBC Urdu.",
        site=3,
    ),
    page(
        "svc-es-dw-espanol",
        "service",
        "es",
        "Deutsche Welle",
        tail="Fuente: DW Español",
        accept=("DW Español",),
    ),
    page(
        "svc-pt-rfi-portugues",
        "service",
        "pt",
        "RFI",
        tail="Fonte: RFI Português",
        accept=("RFI Português",),
    ),
    page(
        "svc-id-voa-indonesia",
        "service",
        "id",
        "Voice of America",
        tail="Sumber: VOA Indonesia",
        accept=("VOA Indonesia",),
    ),
    page(
        "svc-ar-aljazeera-mubasher",
        "service",
        "ar",
        "Al Jazeera",
        tail="المصدر: الجزيرة مباشر",
        accept=("الجزيرة مباشر", "Al Jazeera Mubasher"),
    ),
    page(
        "svc-en-aljazeera-arabic",
        "service",
        "en-storm",
        "Al Jazeera",
        tail="Translated from Al Jazeera Arabic.",
        accept=("Al Jazeera Arabic",),
        site=3,
    ),
    page("svc-es-cnn-en-espanol", "service", "es", "CNN", tail="Fuente: CNN en Español"),
    page(
        "svc-sq-euronews-albania",
        "service",
        "sq",
        "Euronews Albania",
        tail="Burimi: Euronews Albania",
    ),
    page(
        "svc-tr-cnn-turk",
        "service",
        "tr",
        "CNN Türk",
        tail="Kaynak: CNN Türk",
        accept=("CNN Turk",),
    ),
    page("svc-id-cnn-indonesia", "service", "id", "CNN Indonesia", tail="Sumber: CNN Indonesia"),
    page(
        "svc-tr-bbc-turkce",
        "service",
        "tr",
        "BBC",
        tail="Bu haber BBC Türkçe'den alınmıştır.",
        accept=("BBC Türkçe",),
    ),
    page(
        "svc-en-forbes-india",
        "service",
        "en-trade",
        "Forbes India",
        tail="Source: Forbes India",
        site=2,
    ),
    page(
        "svc-en-huffpost-uk",
        "service",
        "en",
        "HuffPost",
        tail="This article originally appeared on HuffPost UK.",
        accept=("HuffPost UK",),
        site=4,
    ),
    page(
        "svc-ar-cnn-arabic",
        "service",
        "ar",
        "CNN",
        tail="المصدر: سي إن إن بالعربية",
        accept=("CNN Arabic", "سي إن إن بالعربية"),
        site=1,
    ),
    page(
        "svc-en-nyt-international-edition",
        "service",
        "en-water",
        "The New York Times",
        tail="Source: The New York Times International Edition",
        site=1,
    ),
    page(
        "svc-ur-independent-urdu",
        "service",
        "ur",
        "Independent Urdu",
        tail="بشکریہ: انڈیپنڈنٹ اردو",
        accept=("انڈیپنڈنٹ اردو",),
    ),
    page(
        "svc-fr-dw-afrique",
        "service",
        "fr",
        "Deutsche Welle",
        tail="Source : DW Afrique",
        accept=("DW Afrique",),
    ),
    page(
        "svc-en-sky-news-australia",
        "service",
        "en-water",
        "Sky News Australia",
        tail="Source: Sky News Australia",
        site=5,
    ),
    page(
        "svc-vi-bbc-tieng-viet",
        "service",
        "vi",
        "BBC",
        tail="Nguồn: BBC Tiếng Việt",
        accept=("BBC Tiếng Việt",),
    ),
]

# --- (a) app and e-paper names, domains with a path, mobile/AMP/edition subdomains ------------

APPS_AND_DOMAINS = [
    page(
        "app-en-toi-epaper",
        "app_domain",
        "en-city",
        "The Times of India",
        tail="Source: Times of India ePaper",
        site=2,
    ),
    page(
        "app-en-hindu-epaper-edition",
        "app_domain",
        "en-city",
        "The Hindu",
        tail="Source: The Hindu e-Paper, Chennai edition",
        site=2,
    ),
    page(
        "app-en-dawn-epaper", "app_domain", "en-water", "Dawn", tail="Source: Dawn ePaper", site=1
    ),
    page(
        "app-hi-jagran-epaper", "app_domain", "hi", "Dainik Jagran", tail="साभार: दैनिक जागरण ई-पेपर"
    ),
    page(
        "app-en-wsj-app-share",
        "app_domain",
        "en-trade",
        "The Wall Street Journal",
        tail="Shared from the WSJ app",
        site=3,
    ),
    page(
        "app-en-bbc-news-app-share",
        "app_domain",
        "en-storm",
        "BBC",
        tail="Sent from the BBC News app",
        site=3,
    ),
    page(
        "app-en-economist-espresso",
        "app_domain",
        "en-trade",
        "The Economist",
        tail="Source: The Economist Espresso",
        accept=("The Economist Espresso",),
        site=1,
    ),
    page(
        "dom-en-amp-scmp-url",
        "app_domain",
        "en-storm",
        "South China Morning Post",
        tail="Source: https://amp.scmp.com/news/asia/south-asia/article/3301122/"
        "landslides-cut-roads-hill-districts",
        site=4,
    ),
    page(
        "dom-en-edition-cnn-path",
        "app_domain",
        "en-storm",
        "CNN",
        tail="Source: edition.cnn.com/2026/03/04/asia/landslides-hill-districts-intl",
        site=5,
    ),
    page(
        "dom-es-m-dw-path",
        "app_domain",
        "es",
        "Deutsche Welle",
        tail="Fuente: m.dw.com/es/renuevan-el-alumbrado-publico/a-71234567",
    ),
    page(
        "dom-en-amp-guardian-path",
        "app_domain",
        "en-water",
        "The Guardian",
        tail="Read the full story: amp.theguardian.com/uk-news/2026/mar/02/"
        "water-supply-cut-eastern-wards",
        site=4,
    ),
    # economictimes.indiatimes.com is The Economic Times; indiatimes.com alone is The Times
    # of India's: the longer domain decides.
    page(
        "dom-en-economictimes-over-indiatimes",
        "app_domain",
        "en-trade",
        "The Economic Times",
        tail="Source: economictimes.indiatimes.com/news/economy/foreign-trade/"
        "cashew-exports-rise/articleshow/118765432.cms",
        site=2,
    ),
    # m.timesofindia.com is the paper's mobile site though the table lacks timesofindia.com;
    # the registrable domain as written is a fair answer too.
    page(
        "dom-en-m-timesofindia",
        "app_domain",
        "en-city",
        "The Times of India",
        tail="Source: m.timesofindia.com",
        accept=("timesofindia.com",),
        site=2,
    ),
    page(
        "dom-en-mobile-nytimes-path",
        "app_domain",
        "en",
        "The New York Times",
        tail="Source: mobile.nytimes.com/2026/03/03/us/road-repairs-budget.html",
        site=1,
    ),
    page("dom-hi-hindi-news18", "app_domain", "hi", "News18", tail="स्रोत: hindi.news18.com"),
    page(
        "dom-ar-aljazeera-net",
        "app_domain",
        "ar",
        "Al Jazeera",
        tail="المصدر: aljazeera.net",
        site=1,
    ),
    # g1.globo.com is in the table under O Globo; G1 is the group's portal, a fair answer.
    page(
        "dom-pt-g1-path",
        "app_domain",
        "pt",
        "O Globo",
        tail="Fonte: g1.globo.com/economia/agronegocios/noticia/2026/03/03/estradas-rurais.ghtml",
        accept=("G1",),
    ),
    # A Google AMP cache address: the registrable domain is ampproject.org, the outlet is in
    # the path (and in the host, dashed).
    page(
        "dom-en-amp-cache-livemint",
        "app_domain",
        "en-trade",
        "Mint",
        tail="Source: www-livemint-com.cdn.ampproject.org/c/s/www.livemint.com/news/india/"
        "cashew-exports-rise-11741234567890.html",
        site=2,
    ),
    # telegraphindia.com is the Kolkata Telegraph, not the table's British Telegraph.
    page(
        "dom-en-telegraph-india-epaper",
        "app_domain",
        "en-city",
        "telegraphindia.com",
        tail="Source: epaper.telegraphindia.com",
        accept=("The Telegraph India", "The Telegraph (India)", "Telegraph India"),
        site=2,
    ),
    page(
        "dom-ja-cnn-co-jp",
        "app_domain",
        "ja",
        "CNN",
        tail="出典：CNN.co.jp",
        accept=("CNN.co.jp", "cnn.co.jp"),
    ),
    page(
        "dom-fr-lemonde-article",
        "app_domain",
        "fr",
        "Le Monde",
        tail="Lire l'article original sur lemonde.fr",
    ),
]

# --- (a) names inflected after prepositions and case endings ----------------------------------
# Outlets outside the table (Gazeta Wyborcza, Rzeczpospolita, Hospodářské noviny, Helsingin
# Sanomat, Index, Hürriyet, Kommersant) are expected in the nominative, as the outlet names
# itself; the inflected form as written is accepted, since issue 14 asks for unknown names "as
# written".

INFLECTED = [
    page(
        "infl-pl-za-gazeta-wyborcza",
        "inflected",
        "pl",
        "Gazeta Wyborcza",
        tail="Przedruk za Gazetą Wyborczą",
        accept=("Gazetą Wyborczą",),
    ),
    page(
        "infl-pl-zrodlo-rzeczpospolita",
        "inflected",
        "pl",
        "Rzeczpospolita",
        tail="Źródło: Rzeczpospolita",
        accept=("rp.pl",),
    ),
    page(
        "infl-pl-agencji-reutera",
        "inflected",
        "pl",
        "Reuters",
        tail="Na podstawie informacji agencji Reutera",
    ),
    page(
        "infl-pl-za-guardianem",
        "inflected",
        "pl",
        "The Guardian",
        tail="Tłumaczenie za „Guardianem”",
    ),
    page(
        "infl-pl-materialow-pap",
        "inflected",
        "pl",
        "Polish Press Agency",
        tail="Na podstawie materiałów PAP",
    ),
    page(
        "infl-cs-z-hospodarskych-novin",
        "inflected",
        "cs",
        "Hospodářské noviny",
        tail="Převzato z Hospodářských novin",
        accept=("Hospodářských novin", "HN"),
    ),
    page("infl-cs-zdroj-ctk", "inflected", "cs", "ČTK", tail="Zdroj: ČTK"),
    page(
        "infl-cs-z-webu-deutsche-welle",
        "inflected",
        "cs",
        "Deutsche Welle",
        tail="Převzato z webu Deutsche Welle",
    ),
    page(
        "infl-fi-helsingin-sanomissa",
        "inflected",
        "fi",
        "Helsingin Sanomat",
        tail="Juttu on alun perin julkaistu Helsingin Sanomissa.",
        accept=("Helsingin Sanomissa", "HS"),
    ),
    page("infl-fi-lahde-stt", "inflected", "fi", "STT", tail="Lähde: STT"),
    # STT–AFP is the Finnish agency's story built on AFP copy: STT delivered it, AFP wrote the
    # material; either is a fair reading.
    page("infl-fi-stt-afp", "inflected", "fi", "STT", tail="STT–AFP", accept=("AFP",)),
    page(
        "infl-fi-reutersin-uutiseen",
        "inflected",
        "fi",
        "Reuters",
        tail="Juttu perustuu Reutersin uutiseen.",
    ),
    page("infl-hu-forras-mti", "inflected", "hu", "MTI", tail="Forrás: MTI"),
    page(
        "infl-hu-indexen",
        "inflected",
        "hu",
        "Index",
        tail="A cikk eredetileg az Indexen jelent meg.",
        accept=("Index.hu", "index.hu", "Indexen"),
    ),
    page(
        "infl-hu-ft-engedelyevel",
        "inflected",
        "hu",
        "Financial Times",
        tail="A cikk a Financial Times engedélyével jelent meg.",
    ),
    page(
        "infl-hu-bbc-n-megjelent", "inflected", "hu", "BBC", tail="A BBC-n megjelent cikk alapján."
    ),
    page(
        "infl-tr-hurriyetten",
        "inflected",
        "tr",
        "Hürriyet",
        tail="Bu haber Hürriyet'ten alınmıştır.",
        accept=("Hurriyet",),
    ),
    page(
        "infl-tr-reuterstan-derlenmistir",
        "inflected",
        "tr",
        "Reuters",
        tail="Reuters'tan derlenmiştir.",
    ),
    page("infl-tr-dha-inline", "inflected", "tr", "Demirören Haber Ajansı", inline=" (DHA)"),
    page(
        "infl-ar-naqlan-aljazeera-net", "inflected", "ar", "Al Jazeera", tail="نقلاً عن الجزيرة نت"
    ),
    page(
        "infl-ar-asharq-alawsat", "inflected", "ar", "Asharq Al-Awsat", tail="المصدر: الشرق الأوسط"
    ),
    page(
        "infl-ru-kommersanta",
        "inflected",
        "ru",
        "Коммерсантъ",
        tail="По материалам «Коммерсанта»",
        accept=("Коммерсант", "Коммерсанта", "Kommersant"),
    ),
    page("infl-ru-interfaksa", "inflected", "ru", "Interfax", tail="По материалам «Интерфакса»"),
    page("infl-ru-meduzy", "inflected", "ru", "Meduza", tail="По материалам «Медузы»"),
    page(
        "infl-ru-agentstva-reiter",
        "inflected",
        "ru",
        "Reuters",
        tail="По материалам агентства Рейтер",
    ),
    page(
        "infl-de-der-sueddeutschen",
        "inflected",
        "de",
        "Süddeutsche Zeitung",
        tail="Dieser Text erschien zuerst in der Süddeutschen Zeitung.",
    ),
    page(
        "infl-de-von-der-deutschen-welle",
        "inflected",
        "de",
        "Deutsche Welle",
        tail="Übernommen von der Deutschen Welle.",
    ),
    page(
        "infl-de-neuen-zuercher",
        "inflected",
        "de",
        "Neue Zürcher Zeitung",
        tail="Zuerst erschienen in der Neuen Zürcher Zeitung.",
        site=1,
    ),
    page(
        "infl-de-genehmigung-frankfurter-allgemeinen",
        "inflected",
        "de",
        "Frankfurter Allgemeine Zeitung",
        tail="Mit freundlicher Genehmigung der Frankfurter Allgemeinen Zeitung.",
    ),
    page(
        "infl-de-faz-uebernommen",
        "inflected",
        "de",
        "Frankfurter Allgemeine Zeitung",
        tail="Dieser Artikel wurde von der F.A.Z. übernommen.",
    ),
    page(
        "infl-pt-com-informacoes-da-folha",
        "inflected",
        "pt",
        "Folha de S.Paulo",
        tail="Com informações da Folha",
    ),
    page(
        "infl-it-dal-corriere",
        "inflected",
        "it",
        "Corriere della Sera",
        tail="Articolo tratto dal Corriere della Sera",
    ),
    page(
        "infl-fr-dans-libe",
        "inflected",
        "fr",
        "Libération",
        tail="Cet article a d'abord été publié dans Libé.",
    ),
]

# --- (a) Latin-script outlets written in another script ---------------------------------------

SCRIPTS = [
    page("scr-ar-nyt", "script", "ar", "The New York Times", tail="المصدر: نيويورك تايمز"),
    page("scr-ar-ft", "script", "ar", "Financial Times", tail="المصدر: فايننشال تايمز"),
    page("scr-ar-economist", "script", "ar", "The Economist", tail="ترجمة عن الإيكونوميست", site=1),
    page("scr-ru-spiegel", "script", "ru", "Der Spiegel", tail="Источник: «Шпигель»"),
    page(
        "scr-ru-economist",
        "script",
        "ru",
        "The Economist",
        tail="Перевод статьи журнала «Экономист»",
    ),
    page("scr-hi-nyt", "script", "hi", "The New York Times", tail="साभार: द न्यूयॉर्क टाइम्स"),
    page("scr-hi-guardian", "script", "hi", "The Guardian", tail="साभार: द गार्जियन"),
    page("scr-ur-nyt", "script", "ur", "The New York Times", tail="بشکریہ: نیویارک ٹائمز"),
    page("scr-ur-guardian", "script", "ur", "The Guardian", tail="بشکریہ: دی گارڈین"),
    page("scr-zh-nyt-chinese", "script", "zh", "The New York Times", tail="来源：纽约时报中文网"),
    page("scr-zh-ftchinese", "script", "zh", "Financial Times", tail="来源：FT中文网"),
    page("scr-zh-dw-chinese", "script", "zh", "Deutsche Welle", tail="来源：德国之声中文网"),
    page(
        "scr-ja-wsj-japan",
        "script",
        "ja",
        "The Wall Street Journal",
        tail="出典：ウォール・ストリート・ジャーナル日本版",
    ),
    page("scr-ko-nyt", "script", "ko", "The New York Times", tail="출처: 뉴욕타임스"),
]

# --- (b) a byline field holding only the wire ------------------------------------------------
# "Agencias", "Agenzie", "وكالات", "एजेंसी" name no agency: the page credits no one.

WIRE_BYLINES = [
    page("wbl-en-afp", "wire_byline", "en-storm", "AFP", side=["AFP"], site=4),
    page(
        "wbl-en-reuters-staff", "wire_byline", "en-trade", "Reuters", side=["Reuters Staff"], site=1
    ),
    page("wbl-en-ap", "wire_byline", "en-storm", "Associated Press", side=["AP"], site=5),
    page("wbl-es-agencias", "wire_byline", "es", None, side=["Agencias"]),
    page("wbl-it-agenzie", "wire_byline", "it", None, side=["Agenzie"]),
    page("wbl-ar-wakalat", "wire_byline", "ar", None, side=["وكالات"]),
    page("wbl-hi-agency", "wire_byline", "hi", None, side=["एजेंसी"]),
    page(
        "wbl-en-by-reuters-updated",
        "wire_byline",
        "en-trade",
        "Reuters",
        side=["By Reuters | Updated: Mar 4, 2026, 10:12 IST"],
        site=2,
    ),
    page(
        "wbl-en-pti-updated",
        "wire_byline",
        "en-city",
        "Press Trust of India",
        side=["PTI | Updated: Mar 04, 2026, 14:05 IST"],
        site=2,
    ),
    page("wbl-en-ians", "wire_byline", "en-city", "IANS", side=["IANS"], site=2),
    page("wbl-es-redaccion-efe", "wire_byline", "es", "EFE", side=["Redacción / EFE"]),
    # Spanish portals abbreviate Europa Press to EP in the byline; EP is also the European
    # Parliament, but not in a byline field of a Spanish city story.
    page("wbl-es-ep", "wire_byline", "es", "Europa Press", side=["EP | Madrid"]),
    page("wbl-zh-xinhua", "wire_byline", "zh", "Xinhua", side=["新华社"]),
    page("wbl-ja-kyodo", "wire_byline", "ja", "Kyodo News", side=["共同"]),
    page("wbl-ko-yonhap", "wire_byline", "ko", "Yonhap", side=["연합뉴스"]),
    page("wbl-vi-ttxvn", "wire_byline", "vi", "Vietnam News Agency", side=["TTXVN"]),
    page("wbl-tr-aa", "wire_byline", "tr", "Anadolu Agency", side=["AA"]),
    page("wbl-ms-bernama", "wire_byline", "ms", "Bernama", side=["Bernama"]),
    page(
        "wbl-en-reuters-connect",
        "wire_byline",
        "en-trade",
        "Reuters",
        side=["Reuters Connect"],
        site=5,
    ),
]

# --- (b) joint wire credits -------------------------------------------------------------------
# Two wires named together: the story is wire copy from both, so either wire is right and
# None (no one credited) is wrong.

JOINT = [
    page(
        "joint-en-afp-slash-reuters",
        "wire_joint",
        "en-storm",
        "AFP",
        tail="AFP/Reuters",
        accept=("Reuters",),
        site=4,
    ),
    page(
        "joint-en-reuters-afp-inline",
        "wire_joint",
        "en-storm",
        "Reuters",
        inline=" (Reuters, AFP)",
        accept=("AFP",),
        site=1,
    ),
    page(
        "joint-es-efe-y-afp",
        "wire_joint",
        "es",
        "EFE",
        tail="Con información de EFE y AFP",
        accept=("AFP",),
    ),
    page(
        "joint-de-dpa-und-afp",
        "wire_joint",
        "de",
        "dpa",
        tail="Mit Material von dpa und AFP",
        accept=("AFP",),
    ),
    page(
        "joint-fr-avec-afp-et-reuters",
        "wire_joint",
        "fr",
        "AFP",
        tail="(Avec AFP et Reuters)",
        accept=("Reuters",),
    ),
    page(
        "joint-en-pti-and-ani",
        "wire_joint",
        "en-city",
        "Press Trust of India",
        tail="(With inputs from PTI and ANI)",
        accept=("ANI",),
        site=2,
    ),
    page(
        "joint-cs-reuters-ctk",
        "wire_joint",
        "cs",
        "Reuters",
        tail="Zdroj: Reuters, ČTK",
        accept=("ČTK",),
    ),
    page(
        "joint-side-afp-reuters",
        "wire_joint",
        "en-storm",
        "AFP",
        side=["AFP, Reuters"],
        accept=("Reuters",),
        site=3,
    ),
]

# --- (b) regional and language desks, agency tags and datelines, platforms, logos -------------

DESKS = [
    page(
        "desk-en-reuters-africa",
        "wire_desk",
        "en-storm",
        "Reuters",
        tail="Source: Reuters Africa",
        site=5,
    ),
    page("desk-ar-afp-tag", "wire_desk", "ar", "AFP", inline=" (أ ف ب)"),
    page(
        "desk-ar-mena-tag", "wire_desk", "ar", "Middle East News Agency", inline=" (أ ش أ)", site=1
    ),
    page("desk-de-dpa-afx-dateline", "wire_desk", "de", "dpa", dateline="FRANKFURT (dpa-AFX) - "),
    # APA-OTS is the Austrian press-release service: the sender answers for the text, APA's
    # newsroom did not write it. Not APA; the service or the sender.
    page(
        "desk-de-apa-ots-trailer",
        "wire_desk",
        "de",
        "APA-OTS",
        tail=[
            "Rückfragehinweis: Marktgemeinde Talheim, Öffentlichkeitsarbeit",
            "OTS-ORIGINALTEXT PRESSEAUSSENDUNG UNTER AUSSCHLIESSLICHER INHALTLICHER "
            "VERANTWORTUNG DES AUSSENDERS | OTS0042 | 4. März 2026",
        ],
        credits=[
            "OTS-ORIGINALTEXT PRESSEAUSSENDUNG UNTER AUSSCHLIESSLICHER INHALTLICHER "
            "VERANTWORTUNG DES AUSSENDERS | OTS0042 | 4. März 2026"
        ],
        accept=("OTS", "Marktgemeinde Talheim"),
        site=1,
    ),
    # news aktuell's "(ots)" press releases name their sender in the trailer.
    page(
        "desk-de-ots-presseportal",
        "wire_desk",
        "de",
        "Stadtwerke Talheim",
        dateline="Talheim (ots) - ",
        tail="Original-Content von: Stadtwerke Talheim, übermittelt durch news aktuell",
        accept=("news aktuell", "ots"),
    ),
    page("desk-it-fonte-ansa-it", "wire_desk", "it", "ANSA", tail="Fonte: ANSA.it"),
    page(
        "desk-it-copyright-ansa",
        "wire_desk",
        "it",
        "ANSA",
        tail="Riproduzione riservata © Copyright ANSA",
    ),
    page(
        "desk-es-europa-press-dateline",
        "wire_desk",
        "es",
        "Europa Press",
        dateline="MADRID, 4 (EUROPA PRESS) - ",
    ),
    page("desk-pt-fonte-abr", "wire_desk", "pt", "Agência Brasil", tail="Fonte: ABr"),
    page("desk-pt-com-lusa", "wire_desk", "pt", "Agência Lusa", tail="(Com Lusa)"),
    page("desk-zh-xinhua-dateline", "wire_desk", "zh", "Xinhua", dateline="新华社北京3月4日电 "),
    page("desk-ja-kyodo-tag", "wire_desk", "ja", "Kyodo News", inline="（共同）"),
    page(
        "desk-ko-yonhap-dateline",
        "wire_desk",
        "ko",
        "Yonhap",
        dateline="(서울=연합뉴스) 김민수 기자 = ",
    ),
    page("desk-ms-bernama-signoff", "wire_desk", "ms", "Bernama", tail="-- BERNAMA"),
    page("desk-id-antara-dateline", "wire_desk", "id", "Antara", dateline="Jakarta (ANTARA) - "),
    page(
        "desk-en-pna-tag",
        "wire_desk",
        "en-water",
        "Philippine News Agency",
        inline=" (PNA)",
        site=5,
    ),
    page("desk-vi-theo-ttxvn", "wire_desk", "vi", "Vietnam News Agency", tail="Theo TTXVN"),
    page(
        "desk-en-irna-dateline",
        "wire_desk",
        "en-trade",
        "IRNA",
        dateline="TEHRAN, March 4 (IRNA) -- ",
        site=4,
    ),
    page(
        "desk-en-anadolu-tag", "wire_desk", "en-storm", "Anadolu Agency", tail="(Anadolu)", site=1
    ),
    page("desk-en-aa-tag", "wire_desk", "en-storm", "Anadolu Agency", inline=" (AA)", site=3),
    page(
        "desk-en-ap-newsroom",
        "wire_desk",
        "en",
        "Associated Press",
        tail="Source: AP Newsroom",
        site=5,
    ),
    page(
        "desk-en-reuters-connect-licensed",
        "wire_desk",
        "en-trade",
        "Reuters",
        tail="This story was licensed through Reuters Connect.",
        site=3,
    ),
    # The provider logo above a partner-feed story, extracted as its alt text alone.
    page("desk-en-logo-alt-reuters", "wire_desk", "en-trade", "Reuters", head="Reuters", site=5),
    page(
        "desk-ur-app-tag", "wire_desk", "ur", "Associated Press of Pakistan", inline=" (اے پی پی)"
    ),
    page("desk-hi-bhasha-tag", "wire_desk", "hi", "Press Trust of India", inline=" (भाषा)"),
    # Swiss French sites close with the agency and the editor's initials.
    page(
        "desk-fr-ats-initials", "wire_desk", "fr", "Keystone-SDA", tail="ats/jfe", accept=("ATS",)
    ),
]

CASES = [
    *ABBREVIATIONS,
    *SERVICES,
    *APPS_AND_DOMAINS,
    *INFLECTED,
    *SCRIPTS,
    *WIRE_BYLINES,
    *JOINT,
    *DESKS,
]


#: Decided by pass 23, not fixed (the cases above are frozen; only these marks were added).
LEFT = {
    "scr-ru-economist": pytest.mark.xfail(
        strict=True,
        reason="«Экономист» is left out of the table's script aliases: it is also the Russian "
        "common noun 'economist' ('Источник: экономист Иван Петров'), and the table matches "
        "names case-blind; the table takes only spellings that are no common word",
    ),
    "desk-en-logo-alt-reuters": pytest.mark.xfail(
        strict=True,
        reason="a bare name on the text's first line (a logo's alt text, a kicker, a section "
        "label) is not read as a credit; beside the text a wire's bare name counts "
        "(side_credits), in the text only on the last line; not changed on one blind case",
    ),
}


@pytest.mark.parametrize(
    "case",
    [pytest.param(c, marks=LEFT[c.id], id=c.id) if c.id in LEFT else c for c in CASES],
    ids=lambda c: c.id,
)
def test_a_credit_named_as_pages_name_it(case: Page) -> None:
    check(case)
