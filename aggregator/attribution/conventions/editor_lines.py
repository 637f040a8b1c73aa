"""More of a decided wire's house lines at the tail (issue 14, the ninth conventions round),
beside house_tails.py's: the desk's and editor's lines national agencies close their copy
with, which name people, never the agency:

- the editors' initials in capitals on a line of their own: Bernama's "NAJ MAS";
- the editors joined by a slash: "Edited by Chinyere Okafor/Musa Bello" (NAN);
- the Arabic end marker with the editors' initials: "(النهاية) ع ب ا / ح ن" (KUNA and other
  Arab agencies);
- the Persian end marker: "انتهای پیام" ("end of message", ISNA, IRNA);
- the desk's initials spelled in Devanagari and joined by slashes: "एसकेटी/एबीएम" (the Hindi
  services of IANS and the other Indian wires write "SKT/ABM" so).

Read only once a wire is decided, at the text's last lines (house_tails.without_house_tail).
"""

# ruff: noqa: RUF001, RUF002, RUF003  (letters of other scripts are meant)

from __future__ import annotations

import re

#: "NAJ MAS": two to four sets of capitals, nothing else.
CAPS_INITIALS = re.compile(r"^[A-Z]{2,4}(?:\s+[A-Z]{2,4}){1,3}$")
_NAME = r"(?-i:[A-Z][\w.'’-]*)(?:\s+(?-i:[A-Z][\w.'’-]*)){0,3}"
#: "Edited by Chinyere Okafor/Musa Bello": two editors joined by a slash.
EDITORS_SLASHED = re.compile(
    r"^(?:edited|editing)\s+by\s*:?\s*" + _NAME + r"(?:\s*/\s*" + _NAME + r")+$", re.IGNORECASE
)
_ARABIC_INITIALS = r"[\u0621-\u064a](?:\s+[\u0621-\u064a])*"
#: "(النهاية) ع ب ا / ح ن": the end, then the editors' initials, a letter each.
ARABIC_END = re.compile(
    r"^[(\[]?النهاية[)\]]?(?:\s+" + _ARABIC_INITIALS + r"(?:\s*/\s*" + _ARABIC_INITIALS + r")*)?$"
)
#: "انتهای پیام", "/انتهای پیام/": the end of the message.
PERSIAN_END = re.compile(r"^/?\s*انتهای\s+پیام\s*/?[.]?$")
#: "एसकेटी/एबीएम": two to four short Devanagari words joined by slashes, nothing else.
DEVANAGARI_INITIALS = re.compile(r"^[\u0900-\u097f]{2,8}(?:\s*/\s*[\u0900-\u097f]{2,8}){1,3}$")

HOUSE_LINES = (CAPS_INITIALS, EDITORS_SLASHED, ARABIC_END, PERSIAN_END, DEVANAGARI_INITIALS)
