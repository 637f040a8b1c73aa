"""Reprint, translation and content-partnership notes in the languages the earlier patterns
did not read (issue 14, the eleventh blind set), each written for the convention its
language and neighbours share, not for one site's wording:

- "taken from X": German "Übernommen von derStandard.at", Dutch "Dit artikel is overgenomen
  van X (en vertaald door de redactie)", Persian "بازنشر از X"; a blog's lead "Tomado de: X",
  "Tratto da: X", "Preuzeto sa: X", "Entnommen aus: X" and its other languages' spellings;
- "reprinted with the permission of X": Russian and Ukrainian "Перепечатка с разрешения
  редакции «Медузы»", Turkish "Bu haber bianet'in izniyle yayımlanmıştır";
- "the original ran in X": Turkish "Haberin orijinali Euronews Türkçe'de yayımlanmıştır",
  Vietnamese "Bài viết gốc đăng trên Dân trí", Japanese "この記事はXに掲載されたものです";
- "a translation of X's article": Ukrainian "Переклад статті X", Russian "Перевод статьи X";
- CJK source labels the edge list lacks: "稿源：X", "出处：X", "引用元：X", "転載元：X", "转自：X";
- a Korean content partnership: "※ 이 기사는 X와의 콘텐츠 제휴에 따라 게재합니다";
- an Indonesian network's reporter line: "Laporan Wartawan Tribunnews.com, Jane Doe".

Read on short lines at the text's edges, beside it and ending its last paragraph only.
"""

# ruff: noqa: RUF001, RUF002, RUF003  (letters of other scripts and full-width colons are meant)

from __future__ import annotations

import re

from aggregator.attribution.conventions.regex_parts import FLAGS
from aggregator.attribution.names import Trust

_OPEN = r"^[(\[«※*]?\s*"
_CLOSE = r"\s*[)\]»]?[.。]?$"
_WHO = r"(?P<who>[^\n]{1,80}?)"
#: A name after a preposition: capitalised, a domain, or in quotation marks.
_NAME = r"(?P<who>(?-i:[«„“\"A-Z0-9À-ÞĀ-ŽА-ЯЁЄІЇ])[^\n]{0,79}?|[a-z0-9-]+(?:\.[a-z0-9-]+)+)"

#: German "Übernommen von X", "Übernahme aus X", "Dieser Artikel wurde von X übernommen".
DE_TAKEN = re.compile(
    _OPEN + r"(?:übernommen|übernahme)\s+(?:von|aus|vom)\s+" + _NAME + _CLOSE, FLAGS
)
DE_TAKEN_SENTENCE = re.compile(
    _OPEN
    + r"(?:dieser|der)\s+(?:artikel|beitrag|text)\s+(?:wurde|ist)\s+(?:von|aus|vom)\s+"
    + _NAME
    + r"\s+übernommen(?:\s+worden)?"
    + _CLOSE,
    FLAGS,
)
#: German partner content: "Dieser Inhalt stammt von unserem Partner t-online", "Der Artikel
#: stammt von unserem Kooperationspartner X": the piece is the partner's, carried whole; the
#: partner's name as written, a brand in lower case too.
DE_FROM_PARTNER = re.compile(
    _OPEN + r"(?:dieser|der|diese|die)\s+(?:inhalt|artikel|beitrag|text|meldung|nachricht)\s+"
    r"stammt\s+(?:von|vom)\s+(?:unserem|unserer|einem)\s+(?:[\w-]+\s+)?"
    r"(?:partner|partnerportal|kooperationspartner|content-partner|partnerin)\s+" + _WHO + _CLOSE,
    FLAGS,
)
#: Dutch "Dit artikel is overgenomen van X en vertaald door de redactie", "Vertaald uit X".
NL_TAKEN = re.compile(
    _OPEN + r"(?:(?:dit|het)\s+(?:artikel|stuk|bericht|verhaal|interview)\s+(?:is|werd)\s+)?"
    r"(?:overgenomen|vertaald)\s+(?:van|uit)\s+"
    + _NAME
    + r"(?:\s+en\s+(?:vertaald|bewerkt|ingekort)(?:\s+door\s+[^\n]{1,40})?)?"
    + _CLOSE,
    FLAGS,
)
#: "Tomado de: Infobae", "Extraído de El Tiempo", "Tratto da: Il Post", "Entnommen aus: X",
#: "Preuzeto sa: Index.hr", "Preluat de pe: Digi24", "Diambil dari: Kompas", "Взято с: РБК",
#: "Taken from: X": a blog's or a portal's lead saying the text was taken from an outlet, its
#: preposition closed by a colon or not; a capitalised name or a domain only ("Tomado de: la
#: página del ministerio" names no outlet).
TAKEN_FROM = re.compile(
    _OPEN
    # "Articolo tratto da La Stampa", "Artículo tomado de El Tiempo", "Text entnommen aus X":
    # the piece's noun may open the lead
    + r"(?:(?:articolo|testo|notizia|artículo|texto|nota|artigo|matéria|texte|article|"
    r"artikel|text|beitrag|материал|статья|članak|tekst)\s+)?"
    + r"(?:tomad[oa]|extra[ií]d[oa]|retirad[oa]|tirad[oa]|tirée?|tratt[oa]|ripres[oa]|"
    r"entnommen|taken|preluat|preluată|preluata|diambil|preuzet[oa]?|prevzat[éeoa]|povzeto|"
    r"взят[оа]?|hämtat|hentet|extret|extreta)"
    r"\s+(?:de\s+pe|de\s+la|de|del|da|do|dal|dalla|dallo|du|des|d['’]|aus|von|vom|from|din|"
    r"dari|sa|s|iz|z|zo|po|с|со|из|з|із|från|fra)(?:\s*[:：])?\s*"
    r"(?:(?-i:diario|periódico|jornal|giornale|quotidiano|portal|portalu|portala)\s+)?"
    + _NAME
    + _CLOSE,
    FLAGS,
)
#: Russian and Ukrainian: "Перепечатка с разрешения редакции «Медузы»", "Передруковано з
#: дозволу X"; "Перевод статьи X", "Переклад статті X".
RU_UK_REPRINT = re.compile(
    _OPEN + r"(?:(?:перепечатка|перепечатано|публикуется|опубликовано|передрук|передруковано|"
    r"публікується)\s+(?:с|з|із)\s+(?:разрешения|согласия|дозволу|згоди)|"
    r"(?:перевод|переклад)\s+(?:статьи|статті|материала|матеріалу|текста|тексту))\s*[:：]?\s+"
    # «Медузы» unquoted, so that a declined table name is found under its case ending
    r"(?:(?:редакции|редакції|издания|видання)\s*[:：]?\s+)?«?" + _WHO + _CLOSE,
    FLAGS,
)
_TR_CASE = r"['’](?:in|ın|un|ün|nin|nın|nun|nün|de|da|te|ta|nde|nda|den|dan|ten|tan|nden|ndan)"
#: Turkish: "Haberin orijinali Euronews Türkçe'de yayımlanmıştır", "Bu haber bianet'in
#: izniyle yayımlanmıştır" (the name ends at the apostrophe of its case ending).
TR_REPRINT = re.compile(
    _OPEN + r"(?:(?:bu\s+)?(?:haberin|yazının|makalenin)\s+(?:orijinali|aslı)\s+|"
    r"bu\s+(?:haber|yazı|makale|içerik)\s+)?(?P<who>[^\n']{1,60}?)"
    # "Euronews Türkçe": the outlet's Turkish edition is the outlet
    + r"(?:\s+(?:türkçe|türkiye))?"
    + _TR_CASE
    + r"\s+(?:izniyle\s+)?(?:yayımlanmıştır|yayınlanmıştır|yayımlandı|yayınlandı|"
    r"yayımlanıyor|yayınlanıyor|alınmıştır|alınmıştir|alındı|derlenmiştir)" + _CLOSE,
    FLAGS,
)
#: Vietnamese "Bài viết gốc đăng trên Dân trí", "Bài gốc được đăng tại báo X".
VI_ORIGINAL = re.compile(
    _OPEN + r"(?:bài\s+viết\s+gốc|bài\s+gốc|nguyên\s+bản)\s+(?:được\s+)?(?:đăng|đăng\s+tải|"
    r"xuất\s+bản)\s+(?:trên|tại)\s+(?:báo\s+|trang\s+)?" + _WHO + _CLOSE,
    FLAGS,
)
#: Persian "بازنشر از همشهری آنلاین" ("republished from").
FA_REPUBLISHED = re.compile(_OPEN + r"(?:بازنشر|باز\s*نشر|بازنشر\s+شده)\s+از\s+" + _WHO + _CLOSE)
#: Japanese "この記事は東洋経済オンラインに掲載されたものです".
JA_RAN_IN = re.compile(
    r"^[※*]?\s*(?:この|本)(?:記事|コラム|原稿)は[、,]?\s*(?P<who>[^\n、。0-9０-９]{1,40}?)(?:に|で)"
    r"(?:掲載|配信|公開|初出)(?:された|されました|した)(?:もの|記事)?(?:です|である|を[^\n]{0,30})?"
    r"[.。]?$"
)
#: CJK source labels: "稿源：界面新闻", "出处：X", "引用元：NHK NEWS WEB", "転載元：X".
CJK_SOURCE = re.compile(
    r"^[（(【\[]?\s*(?:稿源|出处|出處|原文出处|原文出處|文章出处|引用元|転載元|転載|转自|轉自)\s*[:：]\s*"
    # "NHK NEWS WEB": the broadcaster's news site is the broadcaster
    r"(?P<who>[^\n]{1,40}?)(?:\s*(?:news\s*web|ニュースweb))?\s*[）)】\]]?[.。]?$",
    re.IGNORECASE,
)
#: Korean "※ 이 기사는 한국일보와의 콘텐츠 제휴에 따라 게재합니다".
KO_PARTNERSHIP = re.compile(
    r"^[※*]?\s*(?:이|본)\s*기사는\s+(?P<who>[^\n]{1,30}?)(?:와|과)(?:의)?\s+(?:콘텐츠|기사)\s*"
    r"(?:제휴|협약|교류)(?:에\s*따라|로|를\s*통해)\s+(?:게재|제공|전재)[^\n]{0,20}$"
)
#: Indonesian "Laporan Wartawan Tribunnews.com, Fajar Nugroho": a network's reporter's line.
ID_REPORTER_OF = re.compile(
    r"^(?:laporan|liputan)\s+(?:wartawan|reporter|koresponden|kontributor)\s+"
    # "Tribunnews.com": the network's name without its domain's ending
    r"(?P<who>[^,\n]{2,40}?)(?:\.com|\.co\.id|\.id)?\s*,\s*[^\n,]{2,60}$",
    FLAGS,
)

#: "El Universal (México) / GDA", "The Star / Asia News Network": a newspaper network's
#: trailer, the member paper (its country in brackets) before the network's name.
NETWORK_TRAILER = re.compile(
    r"^(?P<who>[^\n/()]{2,50}?)\s*(?:\([^()\n]{2,30}\))?\s*/\s*(?:GDA|ANN|LENA|"
    r"Asia\s+News\s+Network|Grupo\s+de\s+Diarios\s+Am[ée]rica)[.]?$"
)

#: (pattern, how far its wording vouches for a name the table lacks).
PATTERNS = [
    (TAKEN_FROM, Trust.NAMED),
    (DE_TAKEN, Trust.STRONG),
    (DE_TAKEN_SENTENCE, Trust.STRONG),
    (DE_FROM_PARTNER, Trust.STRONG),
    (NL_TAKEN, Trust.STRONG),
    (RU_UK_REPRINT, Trust.NAMED),
    (TR_REPRINT, Trust.STRONG),
    (VI_ORIGINAL, Trust.NAMED),
    (FA_REPUBLISHED, Trust.NAMED),
    (JA_RAN_IN, Trust.NAMED),
    (CJK_SOURCE, Trust.NAMED),
    (KO_PARTNERSHIP, Trust.OUTLET),
    (ID_REPORTER_OF, Trust.NAMED),
    (NETWORK_TRAILER, Trust.NAMED),
]
#: The longest line one of them reads.
MAX_CHARS = 200
#: What a line needs for one of them (casefolded substrings; speed).
HINT = re.compile(
    r"^\W{0,2}(?:\w{4,9}\s+)?(?:toma|extra|retira|tira|tiré|trat|ripres|entnom|taken|prelu|"
    r"diambil|preuzet|prevzat|povzet|взят|hämtat|hentet)|übernom|übernahme|"
    r"stammt von|overgenomen|vertaald|перепечат|публику|опубликов|передрук|перевод|"
    r"переклад|yayımlan|yayınlan|alınmış|alındı|derlenmiş|gốc|nguyên bản|بازنشر|باز نشر|"
    r"掲載|配信|公開|初出|稿源|出处|出處|引用元|転載|转自|轉自|기사는|laporan|liputan|"
    r"/\s*(?:gda|ann|lena|asia news|grupo de diarios)"
)


def hinted(folded: str) -> bool:
    """Whether a casefolded short line may hold one of PATTERNS."""
    return len(folded) <= MAX_CHARS and HINT.search(folded) is not None
