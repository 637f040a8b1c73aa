"""A translation's note written into the line of the credit it comes with: "Translated from the
French by Orla Keaveney; this article first appeared in Le Courrier lémanique.", "Переклад з
англійської. Оригінал: The Kyiv Independent", "Font: Europa Press. Traducció: redacció.",
"本文译自士嘉堡社区报《Scarborough Bluffs Ledger》，译者：陈志坚" (issue 14, the fiftieth blind
set's tune half); and Chinese portals' notes beside a source label, the original headline
("原标题：《…》 来源：X") and a repost's disclaimer ("来源：X，如有侵权请联系删除"; the
fifty-third).

The note says who translated the piece or from which language, and names no publisher; the
credit beside it is read without it (and the whole line leaves the text with the credit). A
clause that names where the translation came from ("Translated from Le Monde", "Traducido de
un artículo de El País") is the credit itself and stays; so does a line that is a note alone.
"""

# ruff: noqa: RUF001, RUF002, RUF003  (full-width punctuation and letters of other scripts are meant)

from __future__ import annotations

import re

from aggregator.attribution.names import a_language

#: A clause's end: a full stop or a semicolon and the space after it, or the full-width ones.
_CLAUSE = re.compile(r"[^.;。；，]+(?:[.;。；，]+\s*|$)")
#: A clause that opens as a translation's note, in the languages of the sites that translate.
_NOTE_WORDS = (
    r"(?:(?:this|the)\s+(?:article|story|text|piece|commentary|column|report|op-ed)\s+"
    r"(?:was|has\s+been)\s+(?:automatically\s+|machine[- ])?translated|"
    r"(?:machine[- ])?translat(?:ed|ion)|traducid[oa]|traducci[óo]n|traducció|traduït|traduïda|"
    r"traduit|traduite|traduction|übersetzt|übersetzung|aus\s+dem\s+\w+\s+übersetzt|"
    r"tradott[oa]|traduzione|tłumaczeni[ea]|tłumaczył[a]?|przetłumaczon[eya]|переклад\w*|"
    r"перекла\w+|перевод\w*|переве\w+|çeviri|çeviren|diterjemahkan|penerjemah|terjemahan|"
    r"tradução|traduzid[oa]|vertaald|vertaling|译者|翻译|譯者|翻譯)(?![\w-])"
)
_NOTE = re.compile(r"^\s*" + _NOTE_WORDS, re.IGNORECASE)
#: A note at the line's start or after a clause's end (speed: most lines hold none).
_ANY_NOTE = re.compile(r"(?:^|[.;。；，]\s*)" + _NOTE_WORDS, re.IGNORECASE)
#: What every note's word holds, looked for first (speed: a substring test per line).
_STEMS = (
    *("transl", "tradu", "tradot", "übersetz", "tłumacz", "перекл", "перев", "çevir", "terjemah"),
    *("vertaa", "vertal", "erjemah", "译", "譯"),
)
#: A note is short: a language and a translator's name, or the desk's.
MAX_NOTE_CHARS = 90
#: Words of a credit, which a note does not hold ("Translated from an article in …").
_CREDIT_WORDS = re.compile(
    r"\b(?:(?:an?|un|una|um|uma|ein|einem|einer)\s+(?:article|story|report|artículo|artigo|"
    r"articolo|artikel|reportaje|reportagem|bericht)|original\w*|appeared|published|source|"
    r"font|fuente|fonte|quelle|оригінал\w*|оригинал\w*|джерело|источник|kaynak|sumber)\b|"
    r"来源|来自|原文|原载|报道|報道|新闻|新聞|社",
    re.IGNORECASE,
)
#: The word after "from" in a note, when it names a source rather than a language.
_FROM = re.compile(
    r"\b(?:from|de|del|des|du|aus|von|dari|da|dal|dall['’]|do|z|ze|з|із|с|из)\s+"
    r"(?:the\s+|l['’]|el\s+|la\s+|le\s+|il\s+|dem\s+)?(?P<word>[^\W\d_][\w'’-]*)",
    re.IGNORECASE,
)


#: Chinese portals' notes beside the source label: the original headline before it
#: ("原标题：《…》 来源：X"), a repost's disclaimer after it ("，如有侵权请联系删除": contact us to
#: have it removed if it infringes).
_PORTAL_NOTES = re.compile(
    r"^原标题[：:]\s*《[^》]{1,80}》\s*(?=\S)|"
    r"[，,]?\s*(?:如有侵权|如涉及版权|如有版权问题)[^。]{0,20}[。.]?$"
)


def without_notes(line: str) -> str:
    """``line`` without the translation notes at its start and its end, or ``line`` itself (the
    same object) when it holds none or nothing else."""
    if "原标题" in line or "侵权" in line or "版权" in line:
        bare = _PORTAL_NOTES.sub("", line).strip()
        if bare and bare != line.strip():
            return bare
    folded = line.casefold()
    if not any(stem in folded for stem in _STEMS) or _ANY_NOTE.search(line) is None:
        return line  # speed: most lines name no translation at all
    clauses = _CLAUSE.findall(line)
    start, end = 0, len(clauses)
    while start < end and _a_note(clauses[start]):
        start += 1
    while end > start and _a_note(clauses[end - 1]):
        end -= 1
    if (start, end) == (0, len(clauses)) or start == end:
        return line
    return "".join(clauses[start:end]).strip().rstrip(",，;；")


def _a_note(clause: str) -> bool:
    if len(clause) > MAX_NOTE_CHARS or _NOTE.match(clause) is None:
        return False
    if _CREDIT_WORDS.search(clause):
        return False
    # "Translated from Le Monde": a source after "from", unless it is a language's name
    source = _FROM.search(clause)
    word = source.group("word") if source else ""
    return not word[:1].isupper() or a_language(word)
