"""Credit lines in many languages from a phrasebook: ``aggregator/data/credit_phrases.toml``
holds, language by language, the whole lines news sites credit a story with ("Fuente:
{outlet}", "Publicado originalmente en {outlet}.", "{outlet} 제공"). It was compiled from how
sites word such lines, apart from the patterns of the other convention modules, so that a
language or a wording nobody here met on a page is read all the same.

A template is matched against a line whole: its words in order, spaces and the colon's width
free, quotes round the name optional, a closing full stop optional. ``{outlet}`` is the name,
``{any}`` any short text (a date, a title). Beside the story (a CMS's source field whose
colon is drawn by CSS: "SOURCE NPR") a label's colon may be missing. The phrasebook is read
after every other pattern, so it only ever adds a credit where they read none; the name must
still pass the resolver as any labelled credit's name does (``Trust.NAMED``).
"""

# ruff: noqa: RUF001  (colons, quotes and dashes of other scripts are meant)

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from aggregator.attribution.conventions.name_words import a_date
from aggregator.attribution.names import without_kind
from aggregator.wordlists import DATA, bundled_table

PHRASES = DATA / "credit_phrases.toml"
OUTLET = "{outlet}"
ANY = "{any}"
#: A phrasebook line is short: a credit, not a paragraph that quotes one.
MAX_CHARS = 240
#: The longest name the phrasebook takes.
MAX_NAME = 80

_QUOTES = "\"'“”„«»‹›‘’‚《》「」『』〈〉"
_OPEN_QUOTE = '["“„«‹‘‚《「『〈]?'
_CLOSE_QUOTE = '["”“»›’‘》」』〉]?'
_COLONS = ":：︰∶"
#: What ends a label in other scripts: Armenian "՝", Khmer "៖", Amharic "፦" (written in the  # noqa: RUF003
#: templates themselves, not inferred).
_LABEL_ENDS = _COLONS + "՝៖፦"
_DASHES = "-–—"
_STOPS = ".。।።"
#: Languages whose names change with their case after a preposition or a verb.
DECLINING = frozenset(
    "pl cs sk sl hr sr bs ru uk be lt lv et fi hu tr is hy ka el".split()  # noqa: SIM905
)
#: Labels that are words of other languages too: "Font: Arial" sets a typeface, "Za:" and "Od:"
#: open Slavic phrases, Turkmen "Çeşme:" is a Turkish town's name, Haitian "Sous:" French for
#: "under"; after them only a name reading as an outlet's counts.
COMMON_WORD_LABELS = frozenset(
    {"font", "fonts", "za", "od", "vir", "iz", "z", "bron", "per", "çeşme", "sous"}
)
#: Where a line's head or tail key ends: the first space or colon after a word.
_KEY_END = re.compile(rf"[\s{_COLONS}]")
#: Articles a language writes before an outlet's name and that are no part of it (Greek
#: "Με πληροφορίες από το Euronews", Hungarian "a Népszava szerint").
_ARTICLES = {
    "el": frozenset({"ο", "η", "το", "τον", "την", "του", "της", "τα", "των", "οι"}),
    "hu": frozenset({"a", "az"}),
}
#: An outlet word this short ("tv", "fm") is no kind of outlet written before a name.
_KIND_MIN = 4
#: A preposition before the name and its forms joined with the definite article, which a
#: Romance language writes before a kind of outlet ("publicat originalment al setmanari X",
#: "pubblicato sul quotidiano X", "publié dans le journal X", "publicado no jornal X"): the
#: phrasebook writes the bare preposition ("a {outlet}"), the page the contraction.
_CONTRACTIONS: dict[str, dict[str, tuple[str, ...]]] = {
    "ca": {
        "a": ("al", "als", "a la", "a l'"),
        "de": ("del", "dels", "de la", "de l'"),
        "en": ("en el", "en la", "en l'"),
        "per": ("pel", "per la"),
    },
    "es": {"a": ("al",), "de": ("del",), "en": ("en el", "en la")},
    "pt": {
        "em": ("no", "na", "nos", "nas"),
        "de": ("do", "da", "dos", "das"),
        "a": ("ao", "à"),
        "por": ("pelo", "pela"),
    },
    "it": {
        "a": ("al", "alla", "allo", "all'"),
        "di": ("del", "della", "dello", "dell'"),
        "da": ("dal", "dalla", "dallo", "dall'"),
        "in": ("nel", "nella", "nello", "nell'"),
        "su": ("sul", "sulla", "sullo", "sull'"),
    },
    "fr": {
        "à": ("au", "à la", "à l'"),
        "de": ("du", "de la", "de l'"),
        "dans": ("dans le", "dans la", "dans l'"),
        "par": ("par le", "par la", "par l'"),
    },
}
#: The last word of a template's words before its name.
_LAST_WORD = re.compile(r"(?:^|(?<=\s))(\S+)\s*$")


@dataclass(frozen=True)
class Phrase:
    """One template of one language; its patterns are compiled on first use (speed: a worker
    meets a few hundred of the templates, and compiling all of them costs a second)."""

    language: str
    template: str
    #: Whether the name stands as written: after a label's colon, opening the line, or in a
    #: language that does not decline names ("w Polityce" is Polityka's locative).
    nominative: bool
    #: Whether the template is a label and its name ("Fuente: {outlet}"), not a phrase
    #: whose object the name is ("Republished with permission from {outlet}").
    label: bool
    #: Whether the label is also a word of other languages ("Font:" is a typeface's).
    common_word: bool
    #: Whether the wording credits only as a whole line at the story's head or tail ("Theo
    #: X", "به نقل از X": inside a sentence they mean "according to").
    edge_only: bool = False

    @functools.cached_property
    def pattern(self) -> re.Pattern[str]:
        return _compile(self.template, language=self.language)

    @functools.cached_property
    def loose(self) -> re.Pattern[str] | None:
        """The same without the label's colon ("SOURCE NPR" beside the story), or None."""
        return _compile(self.template, loose_colon=True) if self.label else None


def _literal(text: str, *, loose_colon: bool) -> str:
    """A template's words as a pattern: spaces free, colons of any width, quotes and a full
    stop optional, dashes of any length."""
    out: list[str] = []
    for char in text:
        if char.isspace():
            if out and not out[-1].endswith(r"\s*"):
                out.append(r"\s*" if out[-1].endswith("]?") else r"\s+")
        elif char in _COLONS:
            _drop_space(out)
            # without its colon a label still ends its word: "SOURCE NPR", not "Sources …"
            out.append(rf"(?:\s*[{_COLONS}]|(?=\s))" if loose_colon else rf"\s*[{_COLONS}]")
            out.append(r"\s*")
        elif char in _DASHES:
            _drop_space(out)
            out.append(rf"\s*[{_DASHES}]\s*")
        elif char in _QUOTES:
            out.append(f"[{re.escape(_QUOTES)}]?")
        elif char in _STOPS:
            out.append(f"[{_STOPS}]?")
        else:
            out.append(re.escape(char))
    return "".join(out)


def _drop_space(out: list[str]) -> None:
    if out and out[-1] in (r"\s+", r"\s*"):
        out.pop()


#: The kinds of piece an English credit sentence names ("This match report first appeared in
#: X", "This interview was originally published by X"): the phrasebook's "This article" and
#: "This story" stand for every one of them.
_PIECE = "{piece}"
#: One word of a piece's own before a republication note's verb: "Editorial publicado
#: originalmente no X" beside "Publicado originalmente no X", "Kolumne erschien zuerst …"
#: beside "Artikel erschien zuerst …": the piece's noun varies, the note does not.
_HEAD = "{head}"
_HEAD_WORD = (
    r"(?!(?:not|never|no|não|nunca|nicht|nie|niet|non|ne|nu|nem|не|ні|нє)\s)"
    r"[^\W\d_][^\s:：|]{1,23}\s+"
)
#: A note this long (its words before the name) keeps its meaning with one word put before
#: it; a longer one with its first word replaced too.
_HEAD_FREE_WORDS = 3
#: The word a note with a free first word is looked up by is a word this long at least.
_HEAD_FREE_KEY = 5
_EN_PIECE = re.compile(r"^This\s+(?:article|story|post|piece)\b", re.IGNORECASE)
_EN_PIECES = (
    r"(?:(?:news\s+|match\s+|blog\s+)?(?:article|story|post|piece|report)|interview|column|"
    r"review|feature|essay|op-ed|commentary|analysis|item|profile|obituary|explainer)"
)


def _compile(template: str, *, loose_colon: bool = False, language: str = "") -> re.Pattern[str]:
    if language == "en":
        template = _EN_PIECE.sub("This " + _PIECE, template.strip())
    parts = re.split(r"(\{outlet\}|\{any\}|\{piece\}|\{head\})", template.strip())
    body = []
    for number, part in enumerate(parts):
        before_name = number + 1 < len(parts) and parts[number + 1] == OUTLET
        if before_name and (joined := _contracted(part, language, loose_colon)) is not None:
            body.append(joined)
        elif part == _PIECE:
            body.append(_EN_PIECES + r"\s*")
        elif part == _HEAD:
            body.append(_HEAD_WORD)
        elif part == OUTLET:
            body.append(rf"\s*{_OPEN_QUOTE}(?P<who>[^\n]{{2,{MAX_NAME}}}?){_CLOSE_QUOTE}\s*")
        elif part == ANY:
            body.append(r"\s*[^\n]{1,160}?\s*")
        elif part:
            body.append(_literal(part, loose_colon=loose_colon))
    return re.compile(rf"^\s*{''.join(body)}\s*[{_STOPS}!]?\s*$", re.IGNORECASE)


def _contracted(words: str, language: str, loose_colon: bool) -> str | None:
    """``words`` as a pattern whose last word, a preposition before the name, may also be
    written joined with the article ("a" as "al", "a la", "a l'"), or None when it is none."""
    match = _LAST_WORD.search(words)
    forms = _CONTRACTIONS.get(language, {}).get(match.group(1).casefold()) if match else None
    if match is None or not forms:
        return None
    # In lower case only ("publicado en La Nación" is "en" and the name), a whole word or
    # its apostrophe ("all'Eco di Bergamo"), either apostrophe.
    alternatives = "|".join(
        re.escape(form).replace(r"\ ", r"\s+").replace("'", "['’]")
        + ("" if form.endswith("'") else r"(?=\s)")
        for form in sorted(forms, key=len, reverse=True)
    )
    lead = _literal(words[: match.start(1)], loose_colon=loose_colon)
    return rf"{lead}(?:(?-i:{alternatives})|{re.escape(match.group(1))}(?=\s))\s*"


def _label_first(template: str) -> bool:
    """ "Source: {outlet}": one word of label, its colon, then the name."""
    head, _, rest = template.partition(OUTLET)
    head = head.strip()
    return not rest.strip() and head[-1:] in _LABEL_ENDS and len(head.split()) <= 2


#: How many letters of a line's start or end find the keys to compare it with.
_PROBE = 2


def _by_ends(keyed: Mapping[str, object], end: Callable[[str], str]) -> dict[str, tuple[str, ...]]:
    """The keys by their first or last letters (a key of one letter, "이" or "a", under
    itself: a line is probed with its first letter too)."""
    found: dict[str, list[str]] = defaultdict(list)
    for key in keyed:
        found[end(key)].append(key)
    return {probe: tuple(keys) for probe, keys in found.items()}


def _nominative(language: str, template: str) -> bool:
    before = template.split(OUTLET, 1)[0].rstrip()
    return language not in DECLINING or not before or before[-1] in _LABEL_ENDS + _DASHES + "|丨"


def _head_key(template: str) -> str:
    head = template.split("{", 1)[0].strip().casefold()
    return _KEY_END.split(head.lstrip(_QUOTES + "([ "), maxsplit=1)[0].strip(_QUOTES)


def _tail_key(template: str) -> str:
    tail = template.rsplit("}", 1)[-1].strip().rstrip(_STOPS + "!)]" + _QUOTES + " ").casefold()
    return tail.split()[-1].strip(_QUOTES) if tail.split() else ""


class Phrasebook:
    """The templates indexed by the words a line opens or closes with (speed: every line of
    every page is looked at, and a look is a few dictionary probes)."""

    def __init__(
        self,
        templates: Mapping[str, Sequence[str]],
        edge_templates: Mapping[str, Sequence[str]] | None = None,
        outlet_words: Mapping[str, Sequence[str]] | None = None,
    ) -> None:
        #: each language's words for a kind of outlet ("jornal", "cotidian", "newspaper")
        self._kinds = {
            language: tuple(w.casefold() for w in words if len(w) >= _KIND_MIN and " " not in w)
            for language, words in (outlet_words or {}).items()
        }
        self._heads: dict[str, list[Phrase]] = defaultdict(list)
        self._tails: dict[str, list[Phrase]] = defaultdict(list)
        self._inner: list[tuple[str, Phrase]] = []
        #: the notes with a free first word, by their next word
        self._seconds: dict[str, list[Phrase]] = defaultdict(list)
        seen: set[str] = set()
        both = [(templates, False), (edge_templates or {}, True)]
        for book, edge_only in both:
            for language, lines in book.items():
                for template in lines:
                    key = " ".join(template.split()).casefold()
                    if OUTLET not in template or key in seen:
                        continue
                    seen.add(key)
                    self._add(language, template, edge_only)
        # Speed: a key is looked up by the line's first (last) two letters, then compared.
        self._head_keys = _by_ends(self._heads, lambda key: key[:_PROBE])
        self._tail_keys = _by_ends(self._tails, lambda key: key[-_PROBE:])
        self.size = len(seen)

    def _add_head_free(self, language: str, template: str) -> None:
        """The note with another first word and with one word before it (``_HEAD``)."""
        before = template.split("{", 1)[0].split()
        if len(before) < _HEAD_FREE_WORDS or _label_first(template):
            return
        variants = [(f"{_HEAD} {template}", before[0])]
        if len(before) > _HEAD_FREE_WORDS:  # what is left of a shorter one says too little
            variants.append((f"{_HEAD} {template.split(None, 1)[1]}", before[1]))
        for variant, key in variants:
            key = key.casefold().strip(_QUOTES)
            if len(key) < _HEAD_FREE_KEY:
                continue  # "this", "de", "a": the second word of too many lines (speed)
            phrase = Phrase(language, variant, _nominative(language, template), False, False)
            self._seconds[key].append(phrase)

    def _add(self, language: str, template: str, edge_only: bool) -> None:
        if not edge_only:
            self._add_head_free(language, template)
        phrase = Phrase(
            language,
            template,
            _nominative(language, template),
            _label_first(template),
            _head_key(template) in COMMON_WORD_LABELS,
            edge_only,
        )
        if head := _head_key(template):
            self._heads[head].append(phrase)
        elif tail := _tail_key(template):
            self._tails[tail].append(phrase)
        else:
            inner = template.replace(ANY, OUTLET).split(OUTLET)
            words = max((part.strip() for part in inner), key=len).casefold()
            if words:
                self._inner.append((words, phrase))

    def candidates(self, folded: str) -> Iterable[Phrase]:
        """The templates that may match the casefolded line: those it opens or ends like."""
        start = folded.lstrip(_QUOTES + "([ ")
        for key in (*self._head_keys.get(start[:_PROBE], ()), *self._head_keys.get(start[:1], ())):
            if start.startswith(key):
                yield from self._heads[key]
        end = folded.rstrip(_STOPS + "!)]" + _QUOTES + " ")
        for key in (*self._tail_keys.get(end[-_PROBE:], ()), *self._tail_keys.get(end[-1:], ())):
            if end.endswith(key):
                yield from self._tails[key]
        for words, phrase in self._inner:
            if words in folded:
                yield phrase
        opening = start.split(None, 2)
        if len(opening) > 1:
            yield from self._seconds.get(opening[1], ())

    def _without_kind_word(self, who: str, language: str) -> str:
        """ "jornal O Globo", "cotidianul Tribuna": the kind of outlet written in lower case
        before its name, which is the name alone (in scripts with letter case)."""
        kind, _, name = who.partition(" ")
        if not kind.islower() or (not name[:1].isupper() and name[:1] not in _QUOTES):
            return who
        if quoted(name.strip()):
            # "газеты «Тамбовская жизнь»": a word in lower case before a name in quotes is
            # its kind, in whatever case the language puts it; one the resolver knows stays,
            # to say the name is a publication's (names.without_kind reads it off)
            return who if without_kind(who) != who else name.strip()[1:-1].strip()
        if kind in _ARTICLES.get(language, ()):  # "από το Euronews": the name goes without it
            return name.strip()
        folded = kind.casefold()
        words = (*self._kinds.get(language, ()), *self._kinds.get("en", ()))
        if not any(folded.startswith(word) for word in words):
            return who
        # "cotidianul Tribuna din Sibiu": prose describing the paper places it after its name
        return _PLACED_AFTER.sub("", name.strip())

    def read(
        self, line: str, *, beside: bool = False, edge: bool = False
    ) -> tuple[str, Phrase] | None:
        """The name a template reads in ``line`` and the template, or None; an edge template
        only at the story's ``edge`` or ``beside`` it."""
        line = line.strip()
        if not line or len(line) > MAX_CHARS:
            return None
        # The template with the most words of its own wins: "Originally published by X on
        # <date>" over "Originally published by X", whose name would hold the date.
        best: tuple[str, Phrase] | None = None
        for phrase in self.candidates(line.casefold()):
            if phrase.edge_only and not (edge or beside):
                continue
            match = phrase.pattern.match(line)
            if match is None and beside and phrase.loose is not None:
                match = phrase.loose.match(line)
            if match is None:
                continue
            who = _balanced(match.group("who"), line[match.end("who") :])
            # "原载：《钱江晚报》1987年3月17日 第2版": the marks end the name; the issue's  # noqa: RUF003
            # date and page after them are no part of it
            opening = line[match.start("who") - 1 : match.start("who")]
            if opening in _PAIRS and _PAIRS[opening] in who:
                who = who[: who.index(_PAIRS[opening])].strip()
            who = self._without_kind_word(who, phrase.language)
            if opening in _PAIRS:
                before = line[: match.start("who") - 1]
                who = _with_kind_before(before, opening, who)
            if who and not a_date(who) and (best is None or len(who) < len(best[0])):
                best = (who, phrase)
        return best


def _with_kind_before(before: str, mark: str, who: str) -> str:
    """A name the line quotes, after the kind of publication the template's own words put
    before it ("…опубликована на сайте «Зеркало недели»"): given back quoted, after its kind,
    which says a publication's name follows whatever case its later words are in (the
    resolver reads the kind off again: names.without_kind)."""
    words = before.split()
    kind = f"{words[-1]} {mark}{who}{_PAIRS[mark]}" if words else ""
    return kind if kind and without_kind(kind) != kind else who


_PAIRS = {"“": "”", "„": "“", "«": "»", "‹": "›", "《": "》", "「": "」", "『": "』", "〈": "〉"}


def quoted(name: str) -> bool:
    """Whether ``name`` is written whole between a pair of quotes ("«Тамбовская жизнь»")."""
    return len(name) > 2 and _PAIRS.get(name[0]) == name[-1] and name.count(name[-1]) == 1


#: Where a paper described in prose is from, after its name: "din Sibiu", "in Bismarck",
#: "aus Cottbus", "z Liberca" (a capitalised place after a preposition of origin or place;
#: not "de la": "El Pou de la Gallina" is a name whole).
_PLACED_AFTER = re.compile(
    r"\s+(?-i:din|in|from|aus|z|ze|iz|из|з|із)\s+(?-i:[^\W\d_a-zа-я])[\w'’-]*"
    r"(?:\s+(?-i:[^\W\d_a-zа-я])[\w'’-]*)?$"
)


def _balanced(who: str, after: str) -> str:
    """The name without quotes round it, its own inner quotes kept closed: "微信公众号“大理日报”"
    keeps the mark a closing quote took off it."""
    for opening, closing in _PAIRS.items():
        if who.count(opening) > who.count(closing) and after.lstrip().startswith(closing):
            who += closing
    if who[:1] in _PAIRS and who.endswith(_PAIRS[who[0]]):
        who = who[1:-1]
    return who.strip(" ,;")


@functools.cache
def phrasebook() -> Phrasebook:
    """The bundled phrasebook, loaded once."""
    data = bundled_table(PHRASES.name)
    return Phrasebook(
        {lang: table.get("templates", []) for lang, table in data.items()},
        {lang: table.get("edge_templates", []) for lang, table in data.items()},
        {lang: table.get("outlet_words", []) for lang, table in data.items()},
    )
