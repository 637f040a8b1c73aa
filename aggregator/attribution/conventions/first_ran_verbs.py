"""Where a piece first ran or was reprinted from, in the constructions the earlier
``first_published`` sentences leave out (issue 14, pass 26, the seventh conventions round):

- Indonesian portals' footer "Artikel ini telah tayang di Kompas.com dengan judul "…"",
  "Berita ini telah tayang di detikNews" (the name before the headline it ran under);
- Vietnamese "Bài viết được đăng lại từ VnExpress" (republished from);
- Russian and Ukrainian with a participle alone and the name in quotation marks, declined:
  "Опубликовано в «Новой газете»", "Матеріал уперше опубліковано на сайті «Української
  правди»" (the marks say where the name starts and ends; it is published as written);
- the name before a postposition or a case ending, in the scripts without case: Nepali
  "यो समाचार पहिलो पटक कान्तिपुर दैनिकमा प्रकाशित भएको थियो" (मा, "in", written on), Tamil
  "இந்தக் கட்டுரை முதலில் விகடன் இதழில் வெளியானது" (the magazine's word after the name), Bengali
  with the verb first ("প্রতিবেদনটি প্রথম প্রকাশিত হয়েছিল X-এ"), Thai "บทความนี้เผยแพร่ครั้งแรกที่ X";
- Japanese and Korean reprint notes by the press's word for a reprint, 転載 / 전재, in brackets
  or after a reference mark: "（東洋経済オンラインより転載）", "※ 이 기사는 한겨레에서
  전재한 것입니다".

Each needs its language's own words for "first" or "republished from" and the piece's noun:
"Опубликовано в газете" without marks, "Berita ini telah tayang" without a name, a Tamil or
Nepali sentence about a meeting ("முதலில் கூட்டத்தில்") name no outlet (the resolver refuses a
place, a date or a person)."""

# ruff: noqa: RUF001, RUF002, RUF003  (letters of other scripts and their punctuation are meant)

from __future__ import annotations

import re

from aggregator.attribution.conventions.phrase_parts import CLOSE, OPEN, PLAIN, compiled
from aggregator.attribution.names import Trust

#: Indonesian: "Artikel ini telah tayang di Kompas.com dengan judul "…"".
ID_TAYANG = compiled(
    OPEN + r"(?:artikel|berita|tulisan|konten|video|laporan)\s+ini\s+(?:telah|sudah)\s+"
    r"(?:tayang|terbit|dimuat|ditayangkan|diterbitkan)\s+(?:di|pada|dalam)\s+"
    r"(?P<who>[^\s\"“”][^\n\"“”]{1,49}?)(?:\s+dengan\s+judul\b[^\n]*|" + CLOSE + r")$"
)
#: Vietnamese: "Bài viết được đăng lại từ VnExpress", "Tin được trích đăng từ báo Tuổi Trẻ".
VI_REPOSTED = compiled(
    OPEN + r"(?:bài\s+viết|bài\s+báo|bài|tin\s+bài|tin)(?:\s+này)?\s+(?:được\s+|đã\s+được\s+)?"
    r"(?:đăng\s+lại|đăng\s+tải\s+lại|trích\s+đăng|dẫn\s+lại)\s+(?:từ|theo)\s+"
    r"(?:(?-i:báo|tờ\s+báo|tạp\s+chí|trang)\s+)?(?P<who>(?-i:[A-ZĐÀ-Ỹ0-9])[^\n]{1,59}?)" + CLOSE
)
#: Russian and Ukrainian: "Опубликовано в «Новой газете»", "Матеріал уперше опубліковано на
#: сайті «Української правди»" (the quotation marks go with the name to the resolver).
EAST_SLAVIC_QUOTED = compiled(
    r"^(?:(?:материал|матеріал|статья|стаття|текст|публикация|публікація)\s+)?"
    r"(?:(?:впервые|первоначально|изначально|вперше|уперше|спочатку)\s+)?"
    r"(?:опубликовано|опубликован|опубликована|опубліковано|опублікований|опублікована|"
    r"напечатано|надруковано)\s+(?:в|во|у|на)\s+(?:(?-i:газете|газеті|журнале|журналі|издании|"
    r"виданні|сайте|сайті|портале|порталі)\s+)?(?P<who>«[^«»\n]{2,50}»)\s*[.]?$"
)
#: Nepali: "यो समाचार पहिलो पटक कान्तिपुर दैनिकमा प्रकाशित भएको थियो" (मा written onto the name).
NE_FIRST = re.compile(
    r"^(?:यो|यस|यी)\s+(?:समाचार|लेख|सामग्री|रिपोर्ट|अन्तर्वार्ता)\s+(?:पहिलो\s+पटक|पहिले|सुरुमा)\s+"
    r"(?P<who>[^\n।.,:]{2,40}?)(?:मा|को\s+वेबसाइटमा)\s+प्रकाशित\s+(?:भएको|गरिएको|भएका)"
    r"(?:\s+(?:थियो|हो|छ))?\s*[।.]?$"
)
#: Tamil: "இந்தக் கட்டுரை முதலில் விகடன் இதழில் வெளியானது" (the paper's word after the name).
TA_FIRST = re.compile(
    r"^(?:இந்தக்|இந்த|இக்)\s*(?:கட்டுரை|செய்தி|பேட்டி)\s+(?:முதலில்|முதன்முதலில்|முதன்முறையாக)\s+"
    r"(?P<who>[^\n.,:]{2,40}?)\s+(?:இதழில்|நாளிதழில்|இணையதளத்தில்|தளத்தில்|பத்திரிகையில்|"
    r"வார\s+இதழில்)\s+(?:வெளியானது|வெளியிடப்பட்டது|பிரசுரமானது|வெளிவந்தது)\s*[.]?$"
)
#: Bengali with the verb first: "প্রতিবেদনটি প্রথম প্রকাশিত হয়েছিল বাংলা ট্রিবিউনে" (the
#: name with its locative as written: the ending is written onto it).
BN_FIRST_VERB = re.compile(
    r"^(?:লেখাটি|প্রতিবেদনটি|নিবন্ধটি|খবরটি|সাক্ষাৎকারটি)\s+(?:প্রথম|প্রথমে|মূলত)\s+প্রকাশিত\s+"
    r"(?:হ(?:\u09df|\u09af\u09bc)ে(?:ছিল|ছে))\s+(?P<who>[^\n।.,:]{2,40}?)(?:-(?:এ|তে))?\s*[।.]?$"
)
#: Thai: "บทความนี้เผยแพร่ครั้งแรกที่ มติชนออนไลน์" ("ออนไลน์" goes in the resolver).
TH_FIRST = re.compile(
    r"^(?:บทความ|ข่าว|เนื้อหา|รายงาน)(?:นี้|ชิ้นนี้)?\s*(?:ได้รับการ)?(?:เผยแพร่|ตีพิมพ์)"
    r"ครั้งแรก\s*(?:ที่|ใน|บน|ทาง)\s*" + PLAIN + r"\s*$"
)

#: Japanese and Korean with the press's own word for a reprint, 転載 / 전재 (轉載), alone:
#: "（東洋経済オンラインより転載）", "※ 이 기사는 한겨레에서 전재한 것입니다." (first_published
#: reads the excerpts and quotations these notes share their shape with, for outlet-like names
#: only).
JA_REPRINTED = re.compile(
    r"^[※*（(]?\s*(?:(?:この|本)(?:記事|コラム|原稿)は[、,]?\s*)?"
    r"(?P<who>(?!\d|以下|下記|上記|こちら|次の)[^\n、。（(『』は]{2,30}?)\s*(?:[（(][^）)\n]{1,20}[）)])?"
    r"\s*(?:から|より)(?:の)?転載(?:です|しました|しています|したものです)?[。.]?[）)]?$"
)
KO_REPRINTED = re.compile(
    r"^(?:※\s*)?(?:이|본)\s*(?:기사|글|칼럼)(?:는|은)\s+(?P<who>[^\n,.]{2,30}?)\s*"
    r"(?:에서|로부터|으로부터)\s+(?:전재|재게재)[^\n]{0,20}$"
)

#: (pattern, how far its wording vouches for a name the table lacks). A quoted name is read
#: as the marks delimit it (NAMED), a capitalised one or a domain after "tayang di" too ("tayang
#: di televisi" names a medium); in the caseless scripts the phrase's words around the name
#: delimit it (STRONG: its leading words, whole); the Japanese and Korean notes' names NAMED.
PATTERNS = [
    (ID_TAYANG, Trust.NAMED),
    (VI_REPOSTED, Trust.NAMED),
    (EAST_SLAVIC_QUOTED, Trust.NAMED),
    (NE_FIRST, Trust.STRONG),
    (TA_FIRST, Trust.STRONG),
    (BN_FIRST_VERB, Trust.STRONG),
    (TH_FIRST, Trust.STRONG),
    (JA_REPRINTED, Trust.NAMED),
    (KO_REPRINTED, Trust.NAMED),
]
#: First words (casefolded) the cased-script ones open with, for phrase_credits' look.
OPENERS = ("уперше", "опубліковано", "опубликовано", "опубликован", "напечатано", "надруковано")
#: Words the caseless ones hold (Tamil's and Nepali's verbs; Bengali's and Thai's are there).
CASELESS_HINT = r"வெளியான|வெளியிடப்|பிரசுரமான|வெளிவந்த|प्रकाशित"
