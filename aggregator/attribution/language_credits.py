"""Credit lines in languages the earlier patterns did not read (issue 14, the tenth blind
set: Catalan, Tagalog, Bulgarian), each fixed with its neighbours where the convention is the
same:

- "first published in X" sentences: Catalan ("Aquest article es va publicar originalment a
  VilaWeb."), Galician ("Este artigo publicouse orixinalmente en X"), Tagalog ("Unang
  nailathala ang balitang ito sa Abante.", "Ang artikulong ito ay unang lumabas sa X");
- a source label with its colon, in languages whose word the other label lists lack:
  Catalan "Font:", Basque "Iturria:", Welsh "Ffynhonnell:", Irish "Foinse:", Albanian
  "Burimi:", Slovene "Vir:", Hausa "Majiya:", Amharic "ምንጭ:", Uzbek "Manba:", Azerbaijani
  "Mənbə:", Georgian "წყარო:" (a colon required: "Font" and "Vir" are words of other
  languages too);
- "from <wire>'s material": Bulgarian "По материали на Ройтерс", Ukrainian "За матеріалами
  Reuters" (Russian "По материалам" is in patterns._STRONG).
"""

# ruff: noqa: RUF001, RUF002  (letters of other scripts are meant)

from __future__ import annotations

import re

from aggregator.attribution.names import Trust
from aggregator.attribution.regex_parts import any_of

_FLAGS = re.IGNORECASE | re.UNICODE
_OPEN = r"^[(\[«]?\s*"
_CLOSE = r"\s*[)\]»]?[.。]?$"
_WHO = r"(?P<who>[^\n]{1,80}?)"

#: Catalan: the piece (optional), a past of "publish"/"appear", an adverb of first, "a"/"en".
CA_FIRST = re.compile(
    _OPEN + r"(?:(?:(?:aquest|aquesta|l['’])\s*)?(?:article|text|reportatge|notícia|peça|"
    r"entrevista|crònica|columna)\s+)?(?:(?:es\s+va|s['’]ha|ha\s+estat|va\s+ser|fou)\s+)?"
    r"(?:publicar|publicat|publicada|aparèixer|aparegut|apareguda)\s+"
    r"(?:originalment|inicialment|primer|originàriament|per\s+primera\s+vegada)\s+"
    r"(?:a\s+la|a\s+l['’]|al|als|a|en|per\s+la|pel|per)\s*" + _WHO + _CLOSE,
    _FLAGS,
)
#: Galician: "Este artigo publicouse orixinalmente en X", "Publicado orixinalmente en X".
GL_FIRST = re.compile(
    _OPEN + r"(?:(?:este|o)\s+(?:artigo|texto|reportaxe)\s+)?(?:publicouse|foi\s+publicado|"
    r"publicado|publicada|apareceu)\s+(?:orixinalmente|inicialmente|primeiro|"
    r"por\s+primeira\s+vez)\s+(?:en|no|na|por|polo|pola)\s+" + _WHO + _CLOSE,
    _FLAGS,
)
#: Tagalog: "Unang nailathala ang balitang ito sa Abante", "Ang artikulong ito ay unang
#: lumabas sa X", "Orihinal na inilathala ng X" ("sa": in; "ng": by).
_TL_PIECE = r"(?:artikulong|balitang|ulat\s+na|ulong\s+balitang|kuwentong|lathalaing|sanaysay\s+na)"
TL_FIRST = re.compile(
    _OPEN + r"(?:ang\s+" + _TL_PIECE + r"\s+ito\s+ay\s+)?(?:unang|orihinal\s+na)\s+"
    r"(?:nailathala|inilathala|nalathala|lumabas|nai-?publish|inilabas)"
    r"(?:\s+ang\s+"
    + _TL_PIECE
    + r"\s+ito)?\s+(?:sa|ng)\s+(?:pahayagang\s+|website\s+ng\s+)?"
    + _WHO
    + _CLOSE,
    _FLAGS,
)
#: Source labels the other lists lack, with their colon.
SOURCE_COLON = re.compile(
    _OPEN
    + any_of("font|iturria|ffynhonnell|foinse|burimi|vir|majiya|ምንጭ|manba|mənbə|წყარო")
    + r"\s*[:：]\s*"
    + _WHO
    + _CLOSE,
    _FLAGS,
)
#: "По материали на Ройтерс": a story from a wire's material.
MATERIAL_OF = re.compile(
    _OPEN + r"(?:по\s+материали\s+на|за\s+матеріалами|на\s+підставі\s+матеріалів)\s+"
    r"(?P<who>[^\n,.;:]{1,60}?)" + _CLOSE,
    _FLAGS,
)

#: (pattern, how far its wording vouches for a name the table lacks), read at the text's edges.
PATTERNS = [
    (CA_FIRST, Trust.STRONG),
    (GL_FIRST, Trust.STRONG),
    (TL_FIRST, Trust.STRONG),
    (SOURCE_COLON, Trust.NAMED),
    (MATERIAL_OF, Trust.STRONG),
]
#: What a line needs for one of them (casefolded; speed).
_HINT = re.compile(
    r"publica|aparegu|aparèix|apareceu|publicouse|nailathala|inilathala|nalathala|lumabas|"
    r"publish|inilabas|font|iturria|ffynhonnell|foinse|burimi|vir|majiya|ምንጭ|manba|mənbə|"
    r"წყარო|материал|матеріал"
)


def hinted(head: str) -> bool:
    """Whether a casefolded line's first characters may open one of PATTERNS."""
    return _HINT.search(head) is not None
