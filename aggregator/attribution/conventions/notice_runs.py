"""The decided original's rights notice at the text's tail, over as many lines as it runs
(issue 14, conventions round 15): AP's "Copyright 2025 The Associated Press. All rights
reserved." over "This material may not be published, broadcast, rewritten or
redistributed."; AFP's three French paragraphs ("Tous droits de reproduction et de
représentation réservés. © 2025 Agence France-Presse." / "Toutes les informations
reproduites dans cette rubrique … sont protégées par des droits de propriété intellectuelle
détenus par l'AFP." / "Par conséquent, aucune de ces informations ne peut être reproduite …");
one line in the wire's own words: Xinhua's "本文为新华社授权稿件，未经许可，不得转载。", Kyodo's
"この記事は共同通信社の配信です。無断転載を禁じます。", Anadolu's "Bu haberin tüm yayın hakları
Anadolu Ajansı'na aittir; izinsiz kullanılamaz."

A line among the text's last ones holding a notice's words and naming the decided original
(any of its spellings) is the notice; the lines under it holding a notice's words go with
it, named or not. A story's sentence with such words and no notice beside it stays, and a
notice naming no one but the site is the site's (credit_blocks.py reads this once the
original is decided).
"""

# ruff: noqa: RUF001, RUF002, RUF003  (letters of other scripts are meant)

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from aggregator.attribution.conventions import block_furniture

#: A notice is a paragraph at most.
MAX_CHARS = 400
#: Where the notice stands: among the text's last lines.
TAIL_LINES = 5
#: How many lines a notice runs over, beside the one naming the original.
MAX_RUN = 4

#: A notice's words block_furniture.py's list leaves out: reproduction or redistribution
#: forbidden without consent, the rights' holder, in the wires' languages. Never a word a
#: story uses as often (Russian "со ссылкой на" cites, Turkish "izinsiz gösteri" is an
#: unauthorised rally): the forbidding phrase whole.
_MORE_WORDS = re.compile(
    r"\bmay\s+not\s+be\s+(?:published|broadcast|rewritten|reproduced|redistributed)\b"
    r"|\bprior\s+written\s+(?:consent|permission)\b|\bexpressly\s+prohibited\b"
    r"|\bdroits\s+de\s+(?:reproduction|propriété\s+intellectuelle)\b|\bne\s+peu(?:t|vent)\s+"
    r"être\s+(?:reproduite?s?|rediffusée?s?)\b|\bsans\s+l['’]accord\s+(?:préalable|écrit)\b"
    r"|\bweiterverbreitung\s+nur\b|\bnachdruck\s+(?:nur|verboten)\b"
    r"|\bprohibida\s+(?:su|la)\s+(?:reproducción|redistribución)\b"
    r"|\bproibida\s+a\s+(?:reprodução|redistribuição)\b|\bvietata\s+la\s+riproduzione\b"
    r"|\btüm\s+(?:\w+\s+)?hakları\s+(?:\S+\s+)?(?:aittir|saklıdır)\b"
    r"|\bizinsiz\s+(?:kullanılamaz|yayımlanamaz|yayınlanamaz|çoğaltılamaz)\b"
    r"|不得(?:转载|轉載)|未经(?:许可|授权)[^\n]{0,6}(?:转载|使用|刊发)|未經(?:許可|授權)[^\n]{0,6}轉載"
    r"|転載を禁|無断転載|무단\s*(?:전재|배포)",
    re.IGNORECASE,
)


#: A notice's sentence naming no one, the whole line: "This material may not be published,
#: broadcast, rewritten or redistributed.", "All rights reserved.", "Alle Rechte
#: vorbehalten." Under a decided wire's copy it is the rest of the wire's notice, whose first
#: line the page's template may have dropped (house_tails.py reads it at the tail).
BARE_NOTICE = re.compile(
    r"^(?:this\s+(?:material|article|story|report|content)\s+may\s+not\s+be\s+"
    r"(?:published|broadcast|rewritten|reproduced|redistributed)(?:,?\s+(?:or\s+)?"
    r"(?:published|broadcast|rewritten|reproduced|redistributed)){0,4}"
    r"(?:\s+(?:in\s+whole\s+or\s+in\s+part\s+)?without\s+(?:the\s+)?(?:prior\s+)?"
    r"(?:written\s+)?permission(?:\s+of\s+\S+(?:\s+\S+){0,3})?)?"
    r"|all\s+rights\s+reserved|alle\s+rechte\s+vorbehalten|tous\s+droits\s+réservés"
    r"|todos\s+los\s+derechos\s+reservados|todos\s+os\s+direitos\s+reservados"
    r"|tutti\s+i\s+diritti\s+riservati|все\s+права\s+защищены)[.]?$",
    re.IGNORECASE,
)


def notice_words(line: str) -> bool:
    """Whether ``line`` holds a rights notice's words (short enough to be one)."""
    line = line.strip()
    if not line or len(line) > MAX_CHARS:
        return False
    return block_furniture.rights_notice(line) or _MORE_WORDS.search(line) is not None


def _names(line: str, names: Iterable[str]) -> bool:
    """Whether ``line`` names one of ``names`` as written: a name in a script without spaces
    anywhere in it, any other as a whole word ("Anadolu Ajansı'na" with its case ending)."""
    for name in names:
        if len(name) < 2:
            continue
        if name.isascii() or " " in name or any(c.isupper() or c.islower() for c in name):
            if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", line):
                return True
        elif name in line:
            return True
    return False


def tail_notice(lines: Sequence[str], names: Iterable[str]) -> set[int]:
    """The indices of ``lines`` holding the decided original's rights notice at the text's
    tail: a line naming one of ``names`` with a notice's words, and the lines with a notice's
    words under it."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    spelled = [n for n in names if len(n) >= 2]
    tail = filled[-TAIL_LINES:]
    # a name written in the line first (cheap): most last lines name no one
    named = [i for i in tail if any(n in lines[i] for n in spelled)]
    anchors = [i for i in named if notice_words(lines[i]) and _notice_only(lines[i], spelled)]
    found = set(anchors)
    # The notice runs on under the line naming the original (never up into the story).
    for anchor in anchors:
        position = filled.index(anchor)
        for at in filled[position + 1 : position + 1 + MAX_RUN]:
            if not notice_words(lines[at]) or not _notice_only(lines[at], spelled):
                break
            found.add(at)
    return found


#: Where a line's sentences part: after a full stop, in any script.
_SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s*")


def _notice_only(line: str, names: list[str]) -> bool:
    """Whether every sentence of ``line`` is the notice's: its words, or the original's name
    ("Copyright 2025 The Associated Press." / "All rights reserved."). A story's paragraph with
    the notice run into its end is read by the credit readers, which keep its sentences."""
    # an initial's full stop parts no sentence ("Agencia EFE S.A.")
    sentences = [s for s in _SENTENCE_END.split(line.strip()) if len(s.strip()) > 3]
    return all(notice_words(s) or _names(s, names) for s in sentences)
