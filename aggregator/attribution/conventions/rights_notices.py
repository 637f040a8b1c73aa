"""A wire's copyright and redistribution notice closing its copy, in the agencies' own
languages (issue 14, the ninth conventions round): "© ČTK. Šíření zpravodajství ČTK bez
jejího předchozího souhlasu je zakázáno.", "© TASR. Publikovanie … je zakázané.", "© Hina. Sva
prava pridržana.", "Всички права запазени © БТА.", "© ΑΠΕ-ΜΠΕ Α.Ε. Απαγορεύεται η
αναδημοσίευση χωρίς άδεια.", "Copyright © 一般社団法人共同通信社 無断転載・複製を禁じます", and
the notices that ask for a link instead: "При цитуванні матеріалів … гіперпосилання на
«ukrinform.ua» … обов'язкове", "انتشار مطالب خبرگزاری تسنیم بدون ذکر منبع ممنوع است".

A notice credits the wire it names: after "©", or a table wire's name or domain anywhere in a
line with the words of rights reserved, reproduction forbidden or a link required. Only a wire
of the table: a paper's footer names its own company, and the site's own notice is its own.
"""

# ruff: noqa: RUF001, RUF002, RUF003  (letters of other scripts are meant)

from __future__ import annotations

import re
from collections.abc import Callable

from aggregator.attribution.conventions.regex_parts import Lowered

#: Words of a rights notice in the agencies' languages: reserved, forbidden, without
#: permission, a link or a source required.
RIGHTS_WORDS = re.compile(
    r"zakázáno|zakázané|vyhrazen|vyhraden|pridržan|zadržan|захищен|защищен|prepovedan|dovoljenj|dozvol|zabranjen|zabranjeno|"
    r"zastrzeżone|zabronione|запазени|забранено|забороне|заборонено|запрещен|посиланням|"
    r"гіперпосилання|гиперссылк|ссылк[аиой]|обов['’]язков|обязательн|απαγορεύεται|"
    r"αναδημοσίευση|無断転載|禁じます|禁止转载|版权所有|ممنوع|محفوظة|بدون\s+ذکر\s+منبع|"
    r"all\s+rights\s+reserved|tous\s+droits|alle\s+rechte|derechos\s+reservados|"
    r"diritti\s+riservati|direitos\s+reservados|tüm\s+hakları|minden\s+jog|toate\s+drepturile|"
    # a subscriber notice: the wire's service is its subscribers' ("AA Haber Akış Sistemi
    # (HAS) üzerinden abonelere sunulan haberler", "only to subscribers of")
    r"abonelere\s+sunulan|(?:only\s+)?(?:to|for)\s+(?:its\s+)?subscribers|"
    r"(?:nur\s+)?für\s+abonnenten|réservée?s?\s+aux\s+abonnés|exclusiv[oa]s?\s+para\s+"
    r"(?:suscriptores|assinantes)|riservat[oa]\s+agli\s+abbonati",
    re.IGNORECASE,
)
_RIGHTS_WORDS = Lowered(RIGHTS_WORDS)  # speed: one look for every tail line
#: "© ΑΠΕ-ΜΠΕ Α.Ε.", "© STA, 2026", "Copyright © 一般社団法人共同通信社 …": the name after "©".
_AFTER_MARK = re.compile(r"©\s*(?:\d{4}\s+)?(?P<who>[^.,;\n]{2,40}?)\s*(?:[.,;]|\s+\d{4}|\s{1}|$)")
#: «ukrinform.ua», "خبرگزاری تسنیم": a quoted name or a run of words to look up.
_QUOTED = re.compile(r"[«\"“„](?P<who>[^»\"”“\n]{2,40})[»\"”“]")


#: A sentence of reporting: "Об этом сообщил ТАСС со ссылкой на пресс-службу порта" (TASS
#: reported, citing …), "передает РИА Новости", "повідомляє Укрінформ". A notice never
#: reports; "со ссылкой на" there cites the agency's source (pass 43): a mention, which stays.
_REPORTING = re.compile(
    r"(?<!\w)(?:сообщ(?:ил[аио]?|ает|ают|али|ило)|переда(?:ет|ют|л[аио]?)|пиш(?:ет|ут)|"
    r"заяви(?:л[аио]?|ли)|повідом(?:ив|ила|ило|или|ляє|ляють)|переда(?:є|ють|в|ла)|пише)"
    r"(?!\w)",
    re.IGNORECASE,
)


def notice_credit(line: str, is_wire: Callable[[str], bool]) -> str | None:
    """The wire a rights notice ``line`` names as written, or None (no notice, or no wire of
    the page's table: ``is_wire``; a sentence reporting what the wire said is none)."""
    if len(line) > 260 or _RIGHTS_WORDS.search(line) is None:
        return None
    if _REPORTING.search(line) is not None:
        return None
    candidates = [m.group("who") for m in _AFTER_MARK.finditer(line)]
    candidates += [m.group("who") for m in _QUOTED.finditer(line)]
    # "© 一般社団法人共同通信社 無断転載": a name run into the notice, in a script without spaces
    candidates += [part for c in list(candidates) for part in c.split()]
    words = re.findall(r"[^\s.,;:«»\"“”„()]+", line)
    candidates += [" ".join(words[i : i + n]) for n in (2, 1) for i in range(len(words) - n + 1)]
    return next((c.strip() for c in candidates if is_wire(c.strip())), None)
