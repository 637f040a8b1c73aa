"""Credits read by their shape at the head or tail of a text, in any language: a credit word
and a name ("Bron: De Stentor", "出典：山里新聞", "(via Mediapart)"), a hat tip to who first
reported the story, a "first reported …; adapted from its report" note, and the Reuters
sign-off (issue 14: fix the class, not the wording)."""

# ruff: noqa: RUF001, RUF002, RUF003  (letters of other scripts and full-width colons are meant)

from __future__ import annotations

import re

from aggregator.attribution.conventions.regex_parts import FLAGS
from aggregator.attribution.names import Trust


def _any(words: str, extra: str = "") -> str:
    """The ``|``-separated words as one alternation, longest first, then ``extra`` (a last
    alternative of its own, opening with a plain letter)."""
    # Longest first: "source" must not shadow "source link" (a match is never retried).
    alternatives = sorted({w.strip() for w in words.split("|") if w.strip()}, key=len)
    escaped = [re.escape(w) for w in reversed(alternatives)]
    # Speed: a look at the next character first. Python tries alternatives one by one, and
    # nearly every line of a story opens with none of them; the same matches (a necessary
    # condition), about a third of the time on a line they miss.
    firsts = sorted({w[0] for w in alternatives} | ({extra[0]} if extra else set()))
    lookahead = "(?=[" + "".join(re.escape(c) for c in firsts) + "])"
    alternation = "|".join([*escaped, extra] if extra else escaped)
    return "(?:" + lookahead + "(?:" + alternation + "))"


#: Nouns that label a credit: a separator (":", "-", "—", "|") or a space follows, then the
#: name. The languages the table has, and their neighbours.
_SOURCE_WORDS = (
    "source|sources|news source|story source|"
    "quelle|fuente|fonte|fonti|kaynak|sumber|bron|kilde|källa|lähde|nguồn|nguồn tin|"
    "źródło|zdroj|forrás|izvor|sursa|sursă|allikas|avots|šaltinis|heimild|pinagmulan|"
    "источник|джерело|източник|извор|πηγή|מקור|المصدر|مصدر|منبع|ماخذ|"
    "स्रोत|साभार|श्रेय|sumber berita|chanzo|来源|來源|来源于|文章来源|文章來源|新闻来源|新聞來源|"
    "稿件来源|稿件來源|出典|出所|출처|แหล่งที่มา|ที่มา|সূত্র|"
    # zh "material's source": Taiwan's and Hong Kong's plain source label, for a story's copy
    # ("資料來源：自由時報") as for figures (a ministry after it is a citation, not a credit)
    "資料來源|资料来源|"
    # ko "material's source", the same label in Korean ("자료출처: 부산일보"; an office after
    # it, "자료출처: 통계청", is a citation as after "출처:")
    "자료출처|자료 출처|"
    "তথ্যসূত্র|উৎস|"
    # hy: Armenian sites' label, with the language's "՝" after it ("Աղբյուր՝ Արմենպրես")
    "աղբյուր|"
    # The same label in the languages of the Caucasus, Central Asia, the Horn of Africa and
    # South and Southeast Asia that the table's outlets write in ("წყარო: ბათუმელები",
    # "Дереккөз: Азаттық", "Manba: Kun.uz", "ምንጭ: ኢዜአ"); a word that is also a name or a
    # common word elsewhere ("vir", "il", "sors") is left out.
    "წყარო|дереккөз|булак|manba|манба|mənbə|эх сурвалж|манбаъ|крыніца|burimi|ffynhonnell|"
    "foinse|iturria|سرچینه|سەرچاوە|ምንጭ|ប្រភព|ແຫຼ່ງຂ່າວ|ရင်းမြစ်|మూలం|ಮೂಲ|ഉറവിടം|સ્ત્રોત|ਸਰੋਤ|"
    "ଉତ୍ସ|ஆதாரம்|majiya"
)
#: Catalan "Font" (a Catalan CMS's source field: "Font: ACN", "Font ACN"), before an
#: agency's initials in capitals only: the English word is a typeface's ("Font Awesome",
#: "Font: Arial"), and the Catalan one labels a town's office as often ("Font: Ajuntament de
#: Barcelona", a citation).
_CATALAN = r"font(?=\s*[:：]?\s+(?-i:[A-ZÀ-Ý]{2,})\b)"
CREDIT_NOUNS = _any(_SOURCE_WORDS + "|credit|credits|story credit", _CATALAN)
#: The same nouns that never label a photo ("Credit: Jane Doe / AFP" under a picture does).
SOURCE_NOUNS = _any(_SOURCE_WORDS, _CATALAN)
#: Leads after which a space is enough: they only ever open a credit.
CREDIT_LEADS = _any(
    "via|courtesy|courtesy of|h/t|hat tip|hat tip to|hat-tip|"
    "originally published in|originally published on|originally published by|"
    "originally appeared in|originally appeared on|first published in|first published on|"
    "first published by|first appeared in|first appeared on|"
    "republished with permission from|republished with permission of|"
    "reprinted with permission from|reprinted with permission of|"
    "syndicated from|syndicated by|بشکریہ|साभार|सौजन्य से|সৌজন্যে|"
    # th "thanks for the information from", zh "reprinted from", fa "quoted from", he "by
    # courtesy of"
    "ขอบคุณข้อมูลจาก|ขอบคุณที่มา|转载自|轉載自|به نقل از|באדיבות"
)
# "（来源：澎湃新闻）", "【出典：山里新聞】": Chinese and Japanese brackets, full-width or
# lenticular, hold a credit as ASCII ones do.
_OPEN = r"^[(\[«（【]?\s*"
_CLOSE = r"\s*[)\]»）】]?[.。۔।]?$"
#: "<credit word> [:|-|—] <name>" on a short line of its own.
LABELLED = re.compile(
    _OPEN
    + r"(?:"
    + CREDIT_NOUNS
    + r"(?:\s*[:：\-–—|丨՝]\s*|\s+(?-i:(?![a-zß-ÿ])))|"
    + CREDIT_LEADS
    + r"\s*[:：]?\s+)"
    # "Quelle der Polizeimeldung: Kapo BE": a noun's phrase going on is no name
    r"(?P<who>[^\n:：]{1,80}?)" + _CLOSE,
    FLAGS,
)
#: Vietnamese "Theo TTXVN", "Theo Tuổi Trẻ" ("according to", a credit on a line of its own):
#: an acronym, a Vietnamese name or a brand with a capital inside a word ("Theo VnExpress",
#: "Theo ZingNews"); "Theo Walcott" is a person.
VI_THEO = re.compile(
    r"^[(\[]?\s*(?i:theo)\s+(?=[A-ZĐ]{2,}\b|[^\n]*[À-ỹ]|[A-ZĐ][a-z]+[A-Z])(?P<who>[^\n:：]{1,60}?)\s*[)\]]?[.]?$",
    re.UNICODE,
)
#: "Theo Lakeshore Ledger": after "Theo" any other name counts only when it reads as an
#: outlet's (Trust.OUTLET), which a person's name does not.
VI_THEO_OUTLET = re.compile(
    r"^[(\[]?\s*(?i:theo)\s+(?P<who>(?-i:[A-ZĐ])[^\n:：]{1,60}?)\s*[)\]]?[.]?$", re.UNICODE
)
#: Chinese "本文来源于微信公众号“青禾观察”（ID：…），作者：…", "本文转载自澎湃新闻，版权归…":
#: "this article comes from / is reprinted from X", then the account's id or a rights note.
ZH_THIS_ARTICLE = re.compile(
    r"^本文(?:来源于|来源|來源於|来自|來自|转载自|轉載自|转自|摘自|原载于|原載於|首发于|首發於)"
    r"\s*[:：]?\s*(?:微信公众号|微信公眾號|公众号|公眾號|微博|网站|網站)?\s*[“「『\"]?"
    # A Latin name keeps its inner spaces ("本文原载于The Harbour Times。").
    r"(?P<who>(?!\d)[^”」』\"（(，,。；;:：\s](?:[^”」』\"（(，,。；;:：\n]{0,28}[^”」』\"（(，,。；;:：\s])?)"
    r"[”」』\"]?(?:\s*[（(][^）)\n]{0,40}[）)])?"
    r"(?:\s*[，,；;。][^\n]{0,80})?$",
    re.UNICODE,
)
#: Hebrew "הכתבה פורסמה לראשונה בהארץ": the piece was first published in X (the preposition
#: "ב" written onto the name).
HE_FIRST_PUBLISHED = re.compile(
    r"^(?:הכתבה|הידיעה|המאמר|הטור|הכתבה\s+המקורית)\s+(?:פורסמה|פורסם|התפרסמה|התפרסם)\s+"
    r"(?:לראשונה|במקור|גם)\s+(?:באתר\s+|ב-?)(?P<who>[^\n.]{1,40}?)[.]?$",
    re.UNICODE,
)
#: Japanese, Korean and Persian "this article first ran in X": the name sits before the
#: postposition and the verb ("この記事は X に掲載されたものです", "이 기사는 X에 처음
#: 게재됐습니다", "این مطلب نخستین بار در X منتشر شد"). The name must read as an outlet's:
#: a date or a time sits there too ("この記事は3月4日に公開されました").
JA_THIS_ARTICLE = re.compile(
    r"^(?:この|本)?記事は\s*(?P<who>[^\n、。]{1,40}?)\s*(?:に|で)(?:\s*(?:最初に|初めて|先に))?"
    r"\s*(?:掲載|配信|公開|掲出)され(?:た|ました)[^\n]{0,20}$",
    re.UNICODE,
)
KO_THIS_ARTICLE = re.compile(
    r"^(?:이|본)\s*(?:기사|글)(?:는|은)\s+(?P<who>[^\n,.]{1,40}?)\s*(?:에|에서)\s+"
    r"(?:(?:처음|먼저|최초로)\s*)?(?:게재|보도|실렸|발행|공개)[^\n]{0,20}$",
    re.UNICODE,
)
FA_THIS_ARTICLE = re.compile(
    r"^(?:این\s+)?(?:مطلب|مقاله|گزارش|خبر|یادداشت)\s+(?:نخستین\s+بار|اولین\s+بار|ابتدا|"
    r"پیشتر|نخست)\s+(?:در|توسط)\s+(?P<who>[^\n.]{2,60}?)\s+(?:منتشر|چاپ)\s+(?:شد|شده)"
    r"[^\n]{0,20}$",
    re.UNICODE,
)
#: "Bron: De Stentor" anywhere in the text: a source noun and a separator (the noun alone
#: "Quelle Talbote" only at the edges: LABELLED).
SOURCE_LABELLED = re.compile(
    _OPEN + SOURCE_NOUNS + r"\s*[:：\-–—|丨՝]\s*(?P<who>[^\n]{1,80}?)" + _CLOSE, FLAGS
)
#: "Quelle Talbote", "Kilde Fjordposten": a CMS field beside the text, label and value run
#: together.
SOURCE_FIELD = re.compile(r"^" + SOURCE_NOUNS + r"\s+(?P<who>[^\W\d_][^\n:]{1,59})$", FLAGS)
#: "H/t Grist, which first reported the vote", "Via Tidewise, which broke the story": a hat
#: tip that says the outlet had the story first.
TIP_FIRST = re.compile(
    _OPEN + r"(?:h/t|hat[- ]tip(?:\s+to)?|via|per|courtesy(?:\s+of)?|thanks\s+to)\s*[:：]?\s+"
    r"(?P<who>[^,;\n]{1,60}?)\s*[,;(—–-]\s*(?:which|who|that)\s+(?:first\s+|originally\s+)?"
    r"(?:reported|broke|published|revealed|ran|obtained|had)\b[^\n]{0,120}$",
    FLAGS,
)
#: "H/T Tarnholm Transit Watch", "Hat tip: Grist", "Via Tarnholm Transit Watch" on a line of
#: its own: who had the story first. Read beside the text too, where a blog's tip often sits
#: as a lone link extraction drops; a tip to a handle ("h/t @janeroe") thanks a reader.
HAT_TIP = re.compile(
    _OPEN
    + r"(?:h/t|h\.t\.|hat[- ]?tip(?:\s+to)?|via)\s*[:：]?\s+(?P<who>(?!@)[^\n:：]{1,80}?)"
    + _CLOSE,
    FLAGS,
)
#: "The Kellmoor Times-Union first reported the deal on Sunday; this account is adapted
#: from its report": who had it first, and this piece taken from theirs.
ADAPTED_FROM_FIRST = re.compile(
    r"^(?P<who>[^\n;,]{2,60}?)\s+(?:first\s+reported|broke|was\s+first\s+to\s+report)\b"
    r"[^\n;]{0,120}?[;,.—–-]\s*(?:and\s+)?(?:this|our|the\s+following)\s+(?:account|story|"
    r"article|report|piece|version|text|post)\s+(?:is|was|has\s+been)\s+(?:adapted|drawn|"
    r"taken|condensed|excerpted|based|built)\s+(?:from|on)\s+(?:its|their|that|the)\s+"
    r"(?:report|reporting|story|article|account|coverage)\b[^\n]{0,40}$",
    FLAGS,
)
#: Reuters' sign-off: "Reporting by …; [Writing by …;] Editing by …". No other wire uses this
#: exact shape, so it is Reuters' credit even when the page never names Reuters.
REUTERS_SIGN_OFF = re.compile(
    r"^[(\[]?\s*(?:additional\s+)?reporting\s+by\s+[^;\n]{2,160}?;\s*"
    r"(?:(?:additional\s+reporting|writing|compiled|graphics)\s+by\s+[^;\n]{2,160}?;\s*)*"
    r"editing\s+by\s+[^;\n]{2,160}?[)\]]?[.]?$",
    FLAGS,
)
REUTERS = "Reuters"

#: (pattern, how far its wording vouches for a name the table lacks), tried in order.
#: "מקור: ynet", "المصدر: hespress": after a source noun of another script, a word in Latin
#: letters is a name (a brand written in lower case), not a common noun of the sentence.
_OTHER_SCRIPT_SOURCE_WORDS = "|".join(
    w for w in _SOURCE_WORDS.split("|") if w.strip() and not re.search(r"[a-zà-ž]", w)
)
LATIN_NAME_AFTER_SOURCE = re.compile(
    _OPEN
    + _any(_OTHER_SCRIPT_SOURCE_WORDS)
    + r"\s*[:：\-–—|]\s*(?P<who>[a-z][a-z0-9]{1,19}(?:\.[a-z]{2,6}){0,2})"
    + _CLOSE,
    FLAGS,
)

#: Tagalog "report from", "news from", "taken from" on a line of its own, Filipino sites'
#: closing credit ("Ulat mula sa Philippine News Agency (PNA)", "Balita mula sa Bombo
#: Radyo"): a name reading as an outlet's ("Ulat mula sa Maynila" is a report from Manila).
TL_REPORT_FROM = re.compile(
    _OPEN + r"(?:ulat|balita|hango|hinango|halaw|kinuha)\s+(?:mula\s+)?sa\s+"
    r"(?P<who>(?-i:[A-Z])[^\n:：]{1,80}?)" + _CLOSE,
    FLAGS,
)
EDGE = [
    (TIP_FIRST, Trust.NAMED),
    (TL_REPORT_FROM, Trust.OUTLET),
    (LATIN_NAME_AFTER_SOURCE, Trust.STRONG),
    (ADAPTED_FROM_FIRST, Trust.NAMED),
    (LABELLED, Trust.NAMED),
    (VI_THEO, Trust.NAMED),
    (VI_THEO_OUTLET, Trust.OUTLET),
    (ZH_THIS_ARTICLE, Trust.NAMED),
    (HE_FIRST_PUBLISHED, Trust.STRONG),
    (JA_THIS_ARTICLE, Trust.OUTLET),
    (KO_THIS_ARTICLE, Trust.OUTLET),
    (FA_THIS_ARTICLE, Trust.OUTLET),
]

#: A sentence that speaks of this very piece ("This piece first ran in …", "Zuerst erschienen
#: bei …", "AFP contributed to this report"): a credit of the page even between paragraphs
#: (after an embedded video or a pull quote), where "The report was first published by …"
#: reports on another document.
SELF_CREDIT = re.compile(
    r"^[(\[*]*\s*(?:originally|first|initially|zuerst|erstmals|urspr\u00fcnglich|"
    r"initialement|originellement|d'abord|publi\u00e9|paru|publicado|originalmente|"
    r"pubblicato|originariamente|republished|reprinted|reproduced|republi\u00e9|"
    r"reproducido|reproduzido)\b"
    r"|\b(?:this|these|dieser|diese|dieses|cet|cette|este|esta|questo|questa|ce)\s+"
    r"(?:article|story|piece|post|report|essay|column|interview|text|account|beitrag|artikel|"
    r"text|bericht|article|texte|reportage|art\u00edculo|texto|reportaje|artigo|mat\u00e9ria|"
    r"articolo|pezzo)\b",
    FLAGS,
)
#: The words SELF_CREDIT needs: its opening adverbs and verbs, its demonstratives (a cheap
#: look first: every short paragraph between the edges is tried, speed).
_SELF_WORDS = re.compile(
    r"^[(\[*]*\s*(?:originally|first|initially|zuerst|erstmals|urspr|initialement|"
    r"originellement|d'abord|publi|paru|originalmente|pubblicato|originariamente|republi|"
    r"reprinted|reproduc)|\b(?:this|these|dieser|diese|dieses|cet|cette|este|esta|questo|"
    r"questa|ce)\s",
    FLAGS,
)


#: Chinese "本文转载自…", "本文来源于微信公众号…", "本文首发于…": this very article was reprinted
#: from, comes from or first ran in X (a WeChat or portal page's header of the account's name,
#: date and place may stand above it, below the text's first lines).
ZH_SELF = re.compile(
    r"^[（(【]?\s*(?:本文|本篇|此文)(?:经|經)?(?:授权|授權)?(?:转载|轉載|来源|來源|来自|來自|转自|"
    r"轉自|首发|首發|原载|原載)"
)


def self_credit_like(line: str) -> bool:
    """Whether ``line`` speaks of this very piece (SELF_CREDIT), looked at cheaply first."""
    if line[:1] in "本此（(【" and ZH_SELF.match(line) is not None:
        return True
    folded = " ".join(line.casefold().split())  # "this\xa0article" as "this article"
    demonstrative = any(w in folded for w in ("this ", "these ", "diese", "cet", "este ", "esta "))
    demonstrative = demonstrative or any(w in folded for w in ("questo ", "questa ", "ce "))
    if not demonstrative and _SELF_WORDS.match(line) is None:
        return False
    return SELF_CREDIT.search(line) is not None


#: "…と述べた。（時事）", "（共同）" alone: a Japanese or Chinese agency's tag ending the story, in
#: full-width brackets after a full stop (the short names are the agencies' own).
CJK_TAIL = re.compile(
    r"(?:(?<=[。」』！？])|^)\s*(?P<credit>[（(](?P<who>[^（）()\n]{1,12})[）)])\s*$", re.UNICODE
)
#: "…安全設施。 （編輯：陳怡君）1150305": Taiwan's CNA ends a story with its editor and a date
#: code; the slug names no publisher, but it is the wire's trailer and leaves the text.
CJK_EDITOR_SLUG = re.compile(
    r"(?:(?<=[。」』！？])|^)\s*(?P<credit>[（(【](?:責任編輯|责任编辑|編輯|编辑)[:：][^）)】\n]{1,12}[）)】]"
    r"\s*\d{0,8})\s*$"
)
#: A name in Chinese, Japanese or Korean script (Latin letters may run into it: "SBS뉴스").
CJK_NAME = re.compile(
    r"(?=[^\n]*[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])"
    r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7afA-Za-z0-9]{2,12}"
)
CJK_SHORT_NAMES = {
    "共同": "共同通信",
    "時事": "時事通信",
    "新華社": "新華社",
    "聯合": "聯合ニュース",
}

#: "Lakeland Echo" alone on the last line: a name reading as an outlet's (an outlet's word and
#: a proper name), not a section's label ("Latest News", "World News").
BARE_OUTLET = re.compile(r"^(?P<who>[^\W\d_][^\n.:;!?]{2,58}?)[.]?$", re.UNICODE)
_SECTION_WORDS = frozenset(
    """
    latest related top local world national international sports sport business breaking
    more other recent popular trending daily weekly today tech technology entertainment health
    science politics opinion editorial home main our your free subscribe newsletter live
    video videos photo photos news media press online digital network report reports the
    """.split()  # noqa: SIM905  (a word list reads better as words)
)


_PHRASE_WORDS = frozenset(
    """
    in on at to for from with by is are was were be posted filed read share follow sign click
    all this that these those here there you we i my thanks thank please
    inc inc. ltd ltd. llc plc gmbh corp corp. corporation company co co. holdings group limited
    """.split()  # noqa: SIM905  (a word list reads better as words)
)


def proper_outlet_name(name: str) -> bool:
    """Two to five capitalised words, one of them a proper name (no section's word)."""
    words = name.split()
    if not 2 <= len(words) <= 5 or not all(w[:1].isupper() for w in words):
        return False
    folded = [w.casefold().strip("'’") for w in words]
    if any(w in _PHRASE_WORDS for w in folded):
        return False  # "Posted In Local News" is a phrase; "Harbour Network Inc." an owner
    return any(w not in _SECTION_WORDS for w in folded)
