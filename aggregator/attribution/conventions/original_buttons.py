"""A "Read the original" button that names the outlet it links (issue 14, the twelfth
conventions round): "Read the original at Inside Climate News", "Read the original story on
X", "Leer la nota original en X", "Leia a matéria original no X", "Leggi l'articolo originale
su X", "Lire l'article original sur X", "Haberin orijinali için tıklayın: X", "اقرأ المقال
الأصلي على X".

The link under the button gives the original's address (extract/markedlines.py writes it as
"Source: <address>", which names the domain); the button's words name the outlet as it calls
itself, which is the name to publish ("Inside Climate News", not "insideclimatenews.org").
Tried with the newsroom phrases (phrase_credits.py); a button naming no outlet ("Read the
original article", "阅读原文") is left to the link alone, and "Read the original report at the
ministry's site" names no outlet (a capitalised name must follow).
"""

# ruff: noqa: RUF001, RUF002, RUF003  (letters of other scripts are meant)

from __future__ import annotations

import re

from aggregator.attribution.conventions.phrase_parts import CLOSE, NAME, OPEN, compiled
from aggregator.attribution.names import Trust

_PIECE = (
    r"(?:article|story|post|report|piece|nota|noticia|notícia|artículo|articulo|artigo|"
    r"matéria|materia|reportagem|articolo|notizia|pezzo|texte)"
)
#: English, Spanish, Portuguese, Italian and French: the verb, the original piece, "at/on/in".
ROMANCE_EN_READ_ORIGINAL = compiled(
    OPEN + r"(?:read|view|see|leer|lee|lea|ver|leia|ler|veja|leggi|lire|lisez)\s+"
    r"(?:the\s+|la\s+|el\s+|a\s+|o\s+|l['’]\s*|il\s+|le\s+)?(?:original\s+"
    + _PIECE
    + r"?|"
    + _PIECE
    + r"\s+original[e]?|original|originale)\s*"
    r"(?:at|on|in|en|no|na|em|su|sur|dans|chez|from)\s+(?-i:(?:the|el|la|le|il|o|a)\s+)?"
    + NAME
    + CLOSE
)
#: Turkish: "Haberin orijinali için tıklayın: X", "Haberin aslı: X".
TR_ORIGINAL = compiled(
    OPEN + r"haberin\s+(?:orijinali|aslı)(?:\s+için\s+tıklayın|\s+için\s+tıklayınız)?\s*"
    r"[:：]\s*" + NAME + CLOSE
)
#: Arabic: "اقرأ المقال الأصلي على X", "لقراءة الخبر الأصلي من X".
AR_READ_ORIGINAL = re.compile(
    r"^(?:اقرأ|إقرأ|لقراءة|اطلع\s+على)\s+(?:المقال|الخبر|النص|الموضوع)\s+الأصلي\s+"
    r"(?:على|في|من|عبر)\s+(?:موقع\s+)?(?P<who>[^\n.،:]{2,40}?)\s*[.]?$"
)

#: The words a cased line opens with for one of them (casefolded).
OPENERS = frozenset(
    "read view see leer lee lea ver leia ler veja leggi lire lisez haberin".split()  # noqa: SIM905
)
#: What a line in Arabic must hold for AR_READ_ORIGINAL.
CASELESS_HINT = r"الأصلي"

PATTERNS = [
    (ROMANCE_EN_READ_ORIGINAL, Trust.NAMED),
    (TR_ORIGINAL, Trust.NAMED),
    (AR_READ_ORIGINAL, Trust.NAMED),
]
