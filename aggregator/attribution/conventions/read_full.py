"""Lines that send the reader to the outlet whose story this is, in the languages the earlier
patterns read in part or not at all (issue 14, the third conventions round, family (d)):
"Retrouvez l'intégralité de cet article sur X", "Lees het volledige artikel op X", "Celý
článek si přečtěte na webu X", "Citește articolul complet pe X", "A teljes cikket a X
oldalon olvashatja", "Lue koko juttu: X", "Полностью читайте на сайте X", "อ่านข่าวฉบับเต็ม
ได้ที่ X"; a network's "For the latest news …, head to X" on its affiliates' copy; and "with
information from X" in Romanian and Dutch (the others are patterns._STORY_LEADS')."""

# ruff: noqa: RUF001  (letters of other scripts and their punctuation are meant)

from __future__ import annotations

import re

from aggregator.attribution.conventions.phrase_parts import (
    CLOSE,
    DE_NOT_NAMES,
    LINK,
    NAME,
    OPEN,
    PLAIN,
    TH_NOT_NAMES,
    UPPER,
    compiled,
)
from aggregator.attribution.names import Trust

#: French: "Retrouvez l'intégralité de cet article sur X", "Lisez l'article complet sur X".
FR_READ_FULL = compiled(
    OPEN + r"(?:retrouvez|lisez|lire|découvrez)\s+(?:l['’]intégralité\s+de\s+(?:cet|l['’])\s*"
    r"(?:article|entretien|enquête|reportage)|l['’]article\s+(?:complet|en\s+entier|intégral|"
    r"original)|la\s+suite\s+de\s+(?:cet|l['’])\s*article|cet\s+article\s+en\s+intégralité)\s+"
    r"(?:sur|dans|chez)\s+(?:le\s+site\s+(?:de\s+|du\s+|d['’])?)?(?-i:(?:le|la|les)\s+|l['’]\s*)?"
    + NAME
    + CLOSE
)
#: Dutch: "Lees het volledige artikel op kempenercourant.nl", "Lees verder op X".
NL_READ_FULL = compiled(
    OPEN + r"(?:lees|bekijk)\s+(?:(?:het|de)\s+)?(?:(?:volledige|hele|gehele|complete|originele)\s+"
    r"(?:artikel|verhaal|stuk|bericht|interview|reportage)|verder|meer)\s+(?:op|bij|in)\s+"
    r"(?-i:(?:de|het)\s+)?" + NAME + CLOSE
)
#: Czech, Slovak and Polish: "Celý článek si přečtěte na webu X", "Cały artykuł przeczytasz
#: w serwisie X", "Przeczytaj cały tekst na X".
WEST_SLAVIC_READ_FULL = compiled(
    OPEN + r"(?:(?:celý|celou|celé|celej|cały|całą|całość)\s+(?:článek|článok|rozhovor|text|"
    r"reportáž|artykuł|tekst|wywiad|reportaż|rozmowę)?\s*(?:si\s+)?(?:přečtěte|prečítajte|"
    r"čtěte|čítajte|najdete|nájdete|przeczytasz|przeczytacie|znajdziesz|można\s+przeczytać)|"
    r"(?:přečtěte|prečítajte|przeczytaj|czytaj)\s+(?:si\s+)?(?:celý|celej|cały|całość|więcej)"
    r"(?:\s+(?:článek|článok|text|artykuł|tekst))?)\s+(?:na|v|ve|w|we)\s+(?:(?-i:webu|webe|"
    r"serveru|portálu|portáli|deníku|denníku|serwisie|portalu|dzienniku)\s+)?" + NAME + CLOSE
)
#: Romanian: "Citește articolul complet pe X", "Citiți materialul integral pe site-ul X".
RO_READ_FULL = compiled(
    OPEN + r"(?:citește|citeşte|citeste|citiți|citiţi|cititi)\s+(?:articolul|materialul|știrea|"
    r"ştirea|stirea|textul|interviul|reportajul)\s+(?:complet|integral|în\s+întregime|original)\s+"
    r"(?:pe|în|la)\s+(?:site-ul\s+)?" + NAME + CLOSE
)
#: Hungarian: "A teljes cikket a szegedihirlap.hu oldalon olvashatja".
HU_READ_FULL = compiled(
    r"^(?:a\s+)?teljes\s+(?:cikket|cikk|írást|írás|interjút|interjú|anyagot|riportot)\s+"
    r"(?:a|az)\s+(?P<who>(?-i:[" + UPPER + r"0-9„\"])[^\n]{0,59}?|(?:[a-z0-9-]+\.)+[a-z]{2,})\s+"
    r"(?:oldalon|oldalán|honlapon|honlapján|weboldalon|weboldalán|portálon|portálján)\s+"
    r"(?:olvashatja(?:\s+el)?|olvashatják(?:\s+el)?|olvashatod(?:\s+el)?|olvasható|találja)" + CLOSE
)
#: Finnish: "Lue koko juttu: lakeudensanomat.fi" (a link only: a headline may follow).
FI_READ_FULL = compiled(
    r"^(?:lue\s+(?:koko\s+)?(?:juttu|artikkeli|uutinen|haastattelu)|koko\s+juttu)\s*[:：]\s*"
    + LINK
    + CLOSE
)
#: "Lue koko juttu HS:n sivuilta": the genitive after a colon.
FI_READ_ON_PAGES = compiled(
    r"^lue\s+koko\s+(?:juttu|artikkeli|uutinen|haastattelu)\s+(?P<who>(?-i:["
    + UPPER
    + r"0-9])[^\n:]{0,40}?|(?:[a-z0-9-]+\.)+[a-z]{2,}):n\s+(?:sivuilta|verkkosivuilta)"
    + CLOSE
)
#: Swedish, Danish and Norwegian: "Läs hela artikeln på X", "Les hele saken hos X".
NORDIC_READ_FULL = compiled(
    OPEN + r"(?:läs|læs|les)\s+(?:hela|hele|heile)\s+(?:artikeln|artiklen|artikkelen|texten|"
    r"teksten|saken|intervjun|intervjuet|interviewet|historien|reportaget)\s+(?:på|hos|i)\s+"
    r"(?-i:(?:tidningen|avisen|avisa|nettstedet|bladet)\s+)?" + NAME + CLOSE
)
#: German: "Den vollständigen Artikel lesen Sie auf X", "Lesen Sie den ganzen Beitrag bei X".
DE_READ_FULL = compiled(
    OPEN + r"(?:(?:den|das)\s+(?:vollständigen?|ganzen?|kompletten?|gesamten?|ungekürzten?)\s+"
    r"(?:artikel|beitrag|text|bericht|interview)\s+(?:lesen|finden)\s+sie|lesen\s+sie\s+(?:den|das)\s+"
    r"(?:vollständigen?|ganzen?|kompletten?|gesamten?)\s+(?:artikel|beitrag|text|bericht|"
    r"interview))\s+(?:auf|bei|in|im)\s+(?-i:(?:der|dem|den)\s+)?" + DE_NOT_NAMES + NAME + CLOSE
)
#: Russian and Ukrainian: "Полностью материал читайте на сайте X", "Повний текст читайте на X".
EAST_SLAVIC_READ_FULL = compiled(
    OPEN + r"(?:(?:полностью|повністю)(?:\s+(?:материал|статью|текст|интервью|матеріал|"
    r"статтю))?\s+читайте|читайте\s+(?:полностью|повністю|(?:полную|повну)\s+версию|"
    r"(?:полную|повну)\s+версію|(?:весь|полный|повний|весь)\s+(?:материал|текст|матеріал)|"
    r"(?:материал|статью|матеріал|статтю)\s+(?:полностью|повністю))|(?:полный|повний)\s+текст"
    r"(?:\s+(?:статьи|материала|интервью|статті|матеріалу))?\s+читайте)\s+(?:на|в|у)\s+"
    r"(?:(?-i:сайте|сайті|портале|порталі|издании|виданні|газете|газеті)\s+)?" + NAME + CLOSE
)
#: Greek: "Διαβάστε ολόκληρο το άρθρο στο X".
EL_READ_FULL = compiled(
    OPEN + r"(?:διαβάστε|διάβασε)\s+(?:ολόκληρο\s+το\s+(?:άρθρο|κείμενο|ρεπορτάζ)|ολόκληρη\s+τη"
    r"\s+(?:συνέντευξη|είδηση)|(?:το\s+)?(?:άρθρο|κείμενο)\s+ολόκληρο)\s+(?:στο|στην|στον|στη|σε)"
    r"\s+(?:(?-i:ιστοσελίδα|ιστότοπο|εφημερίδα|site)\s+)?" + NAME + CLOSE
)
#: Malay and Indonesian: "Baca artikel penuh di X", "Baca berita lengkapnya di X".
MS_ID_READ_FULL = compiled(
    OPEN + r"baca\s+(?:artikel|berita|laporan|kisah|rencana|tulisan)\s+(?:penuh|lengkap(?:nya)?|"
    r"selengkapnya|asal|aslinya|asli)\s+(?:di|dalam|pada|menerusi)\s+(?:(?-i:portal|laman(?:\s+web)?|"
    r"situs)\s+)?" + NAME + CLOSE
)
#: Vietnamese: "Đọc toàn bộ bài viết tại X", "Xem bài gốc tại X".
VI_READ_FULL = compiled(
    OPEN + r"(?:đọc|xem)\s+(?:toàn\s+bộ\s+)?(?:bài\s+viết|bài\s+gốc|bài|tin)(?:\s+gốc|\s+đầy\s+đủ)?"
    r"\s+(?:tại|trên|ở)\s+(?:(?-i:báo|trang)\s+)?" + NAME + CLOSE
)
#: Swahili: "Soma habari kamili kwenye X".
SW_READ_FULL = compiled(
    OPEN + r"soma\s+(?:habari|makala|taarifa)\s+(?:kamili|yote|nzima)\s+(?:kwenye|katika|"
    r"kupitia)\s+(?:(?-i:tovuti)\s+ya\s+)?" + NAME + CLOSE
)
#: Thai: "อ่านข่าวฉบับเต็มได้ที่ X" (read the full story at X; "อ่านต่อ", read on, may point at
#: the site's own next page: not read).
TH_READ_FULL = re.compile(
    r"^อ่าน(?:ข่าว|บทความ|เรื่อง)?(?:ฉบับเต็ม|ต้นฉบับ|ทั้งหมด)(?:ได้)?(?:ที่|ทาง|จาก)\s*"
    r"(?:เว็บไซต์\s*)?" + TH_NOT_NAMES + PLAIN + r"\s*[.]?$"
)
#: Hebrew: "לכתבה המלאה באתר X".
HE_READ_FULL = re.compile(
    r"^(?:לכתבה|למאמר|לידיעה|לראיון)\s+המלא(?:ה)?\s+ב(?:אתר|עיתון)\s+(?!שלנו)[\"״“]?"
    r"(?P<who>[^\n.\"״”:]{2,40}?)[\"״”]?\s*[.]?$"
)

#: Romanian "Cu informații de la X" and Dutch "Met informatie van X" (Spanish, Portuguese,
#: Greek and the others are in patterns._STORY_LEADS).
WITH_INFORMATION = compiled(
    OPEN + r"(?:cu\s+informații\s+(?:de\s+la|din)|cu\s+informaţii\s+(?:de\s+la|din)|"
    r"met\s+informatie\s+(?:van|uit))\s+(?-i:(?:de|het)\s+)?" + NAME + CLOSE
)

#: A network's footer on its affiliates' copy: "For the latest news, weather, sports, and
#: streaming video, head to The Hill.", "For more stories like this, go to FOX 8 News": the
#: outlet whose story the station runs (a name reading as an outlet's: "For more information,
#: head to City Hall" sends the reader to no outlet).
EN_HEAD_TO = compiled(
    OPEN
    + r"for\s+(?:the\s+latest|more)\b[^\n:;]{0,80}?,\s*(?:head|go)\s+(?:over\s+)?to\s+"
    + NAME
    + CLOSE
)


#: (pattern, how far its wording vouches for a name the table lacks): a name after "read the
#: full story at" or a label, as patterns.STORY_WORDED reads English "Read more at X".
PATTERNS = [
    (FR_READ_FULL, Trust.NAMED),
    (NL_READ_FULL, Trust.NAMED),
    (WEST_SLAVIC_READ_FULL, Trust.NAMED),
    (RO_READ_FULL, Trust.NAMED),
    (HU_READ_FULL, Trust.NAMED),
    (FI_READ_FULL, Trust.NAMED),
    (FI_READ_ON_PAGES, Trust.NAMED),
    (NORDIC_READ_FULL, Trust.NAMED),
    (DE_READ_FULL, Trust.NAMED),
    (EAST_SLAVIC_READ_FULL, Trust.NAMED),
    (EL_READ_FULL, Trust.NAMED),
    (MS_ID_READ_FULL, Trust.NAMED),
    (VI_READ_FULL, Trust.NAMED),
    (SW_READ_FULL, Trust.NAMED),
    (TH_READ_FULL, Trust.NAMED),
    (HE_READ_FULL, Trust.NAMED),
    (WITH_INFORMATION, Trust.NAMED),
    (EN_HEAD_TO, Trust.OUTLET),
]
