"""Image-credit patterns: "Photo: AFP", "REUTERS/John Smith", "(AP Photo)", "… via Getty
Images", in English, French, Spanish, German, Arabic, Urdu and Hindi. An image credit is
recorded, and never decides who published the story."""

# ruff: noqa: RUF001  (dashes, quotes and letters of other scripts are meant)

from __future__ import annotations

import re

from aggregator.attribution.conventions.regex_parts import CLOSE, FLAGS, NO_PATH, OPEN, WHO, any_of

# "Photo: AFP", "Image Credit: Google, Al-Jazeera".
LABELS = any_of(
    "image|images|photo|photos|photograph|photographs|picture|pictures|pic|pics|img|"
    "file photo|file image|file picture|representational image|representative image|"
    "featured image|feature image|cover image|header image|top image|lead image|main image|"
    "thumbnail|video|graphic|illustration|cartoon|infographic|credit|credits|photo illustration|"
    "crédit photo|crédits photo|crédit|crédits|illustration|légende|"
    "foto|fotos|fotografía|fotografia|imagen|imágenes|crédito|créditos|"
    "bild|bilder|bildquelle|bildnachweis|titelbild|symbolbild|fotoquelle|"
    "الصورة|صورة|الصور|مصدر الصورة|حقوق الصورة|تصوير|صورة أرشيفية|"
    "تصویر|تصاویر|فوٹو|فائل فوٹو|"
    "फोटो|फ़ोटो|तस्वीर|चित्र|फाइल फोटो|फ़ाइल फ़ोटो|प्रतीकात्मक तस्वीर|सांकेतिक तस्वीर"
)
_QUALIFIERS = any_of(
    "credit|credits|courtesy|courtesy of|source|by|via|from|copyright|"
    "crédit|crédits|source|de|par|fuente|cortesía|de|por|quelle|nachweis|von|"
    "المصدر|من|بشکریہ|کریڈٹ|साभार|क्रेडिट|सौजन्य|स्रोत"
)
_SEP = r"\s*[:：\-–—|/]\s*"
_PATTERNS = [
    # "© dpa | Kay Nietfeld", "© Reuters/John Smith": an agency and its photographer.
    r"^(?:©|\(c\)|copyright)\s*(?P<who>[^|/\n]{1,40}\s*[|/]\s*[A-ZÀ-Þ][\w.'-]+"
    r"(?:\s+[A-ZÀ-Þ][\w.'-]+){1,3})[.]?$",
    OPEN + LABELS + r"(?:\s+" + _QUALIFIERS + r")?" + _SEP + WHO + CLOSE,
    OPEN + LABELS + r"\s+" + _QUALIFIERS + r"\s+" + WHO + CLOSE,
    r"^(?:representational|representative|file|symbolic|archive)\s+(?:image|photo|picture)"
    r"[.]?$",
    # (?=...): a cheap look at the line's end first; the lazy scan below is quadratic.
    r"^(?=.*[)\]][.]?$)[^\n]{0,300}?[(\[]\s*(?:"
    + LABELS
    + r")(?:\s+"
    + _QUALIFIERS
    + r")?"
    + r"\s*[:\-–—/|]?\s*"
    + WHO
    + r"\s*[)\]][.]?$",
    r"^(?=.*\b(?:photograph|photo|image|picture)\b)[^\n]{0,300}?\b(?:photograph|photo|image|"
    r"picture)(?:\s+credit)?\s*:\s*" + WHO + r"[.]?$",
    r"^(?=.*getty images[.]?$)[^\n]{0,300}?(?P<who>\b[\w.' -]{1,40}?)\s*(?:/|via\s+)"
    r"getty images[.]?$",
    r"^(?=.*\)[.]?$)[^\n]{0,300}?\(\s*(?P<who>[^()\n]{1,40}?)\s+(?:photo|photograph|file photo|"
    r"pic)\s*\)[.]?$",
    # "AP Photo/John Smith", "Reuters photo", "AFP PHOTO / JOHN SMITH" ("Quelle: BILD" is a
    # label and the paper's masthead: a name, no photo's word, follows a label's colon)
    r"^(?=[^\n]{1,120}$)(?P<who>[^\n/]{1,40}?)(?<![:：])\s+(?:photo|photos|photograph|picture|pictures|"
    r"image|images|foto|"
    r"bild)(?:\s*/\s*[^\n]{1,60})?[.]?$",
    # "REUTERS/John Smith", "Jane Doe/AFP": an agency and its photographer ("bbc.com/news" is
    # a link's path, no photographer's slash)
    r"^(?P<who>[A-ZÀ-Þ][\w.&' -]{1,30}?)"
    + NO_PATH
    + r"\s*/\s*[A-ZÀ-Þ][\w.'-]+(?:\s+[A-ZÀ-Þ][\w.'-]+){1,3}[.]?$",
    r"^(?P<who>[A-ZÀ-Þ][\w.'-]+(?:\s+[A-ZÀ-Þ][\w.'-]+){1,3})"
    + NO_PATH
    + r"\s*/\s*[A-ZÀ-Þ][\w.&'-]{1,30}[.]?$",
]

PATTERNS = [re.compile(p, FLAGS) for p in _PATTERNS]
#: The first LEADING patterns start with the label; the rest end a caption.
LEADING = 4
#: What each of PATTERNS cannot match without (casefolded substrings; None: the label
#: words below). Every paragraph is tried against PATTERNS; these lazy scans cost most (speed).
HINTS: list[tuple[str, ...] | None] = [
    ("©", "(c)", "copyright"),
    None,
    None,
    ("representational", "representative", "file", "symbolic", "archive"),
    (")", "]"),
    ("photo", "image", "picture"),
    ("getty images",),
    ("photo", "pic"),
    ("photo", "picture", "image", "foto", "bild"),
    ("/",),
    ("/",),
]
#: The first words of the image labels: a line led by none of them is no labelled credit.
LABEL_WORDS = frozenset(
    label.split()[0].casefold() for label in LABELS[3:-1].split("|") if label.strip()
)
_FIRST_WORD = re.compile(r"^[(\[«]?\s*([^\s:：\-–—|/()\[\]]+)")


def first_word(line: str) -> str:
    """The line's first word, casefolded, past an opening bracket."""
    match = _FIRST_WORD.match(line)
    return match.group(1).casefold() if match else ""
