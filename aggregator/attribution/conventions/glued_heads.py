"""A credit glued to the story's first line, before its first sentence, with its separator: a
theme's bold or italic credit run into the first paragraph ("By AFP | Parliament …",
"Fuente: Europa Press — El Consejo …", "(Avec AFP) La direction …", "（来源：新华网）杭州…")
and a wire's name opening its copy as its byline ("Agência Brasil – O Ministério …", "РИА
Новости. Метрополитен …"). Extraction joins the element to the sentence after it, so the
credit is no line of its own (issue 14: credit lines left in the text, the fifteenth
conventions round's glued heads).

Only the cut is made here; the part before the separator must still read as a credit line on
its own (a credit's wording, or a wire's bare name): "By Jane Doe | …", "Analysis | …",
"Fuente: Ministerio de Agricultura — …" credit no one and the line stays whole."""

# ruff: noqa: RUF001, RUF002, RUF003  (full-width brackets and dashes are meant)

from __future__ import annotations

import re
from dataclasses import dataclass

#: A credit in brackets opening the line: "(Avec AFP)", "（来源：新华网）", "[Source: Reuters]".
_BRACKETED = re.compile(
    r"^(?P<credit>[(（\[【][^()（）\[\]【】\n]{2,40}[)）\]】])\s*(?P<rest>\S.*)$"
)
#: A credit, then a bar or a spaced dash, then the story: "By AFP | …", "Fuente: Europa Press
#: — …", "Agência Brasil – …" (a dash inside a name, "Deutsche Presse-Agentur", is unspaced).
_SEPARATED = re.compile(r"^(?P<credit>[^|—–\n]{2,60}?)\s+(?:\||—|–|-)\s+(?P<rest>\S.*)$")
#: A wire's name closed by a full stop before the first sentence: "РИА Новости. Метро…".
_STOPPED = re.compile(r"^(?P<credit>[^.\n]{2,40}?)\.\s+(?P<rest>\S.*)$")
#: The rest is the story's first sentence, never a second short field.
MIN_REST_CHARS = 24


@dataclass(frozen=True)
class Head:
    """A first line cut in two: the credit before its separator and the story after it."""

    credit: str
    rest: str
    #: "label": read as a credit line on its own; "name": a wire's bare name only
    kind: str


def heads(line: str) -> list[Head]:
    """The ways ``line`` may be a credit glued to the story, the likeliest first."""
    found = []
    for pattern, kind in ((_BRACKETED, "label"), (_SEPARATED, "label"), (_STOPPED, "name")):
        match = pattern.match(line)
        if match is None or not _sentence(match.group("rest")):
            continue
        credit = match.group("credit").strip()
        found.append(Head(credit, match.group("rest"), kind))
        if kind == "label" and credit[:1] not in "(（[【":
            # "Agência Brasil – O Ministério …": the name alone is a wire's byline
            found.append(Head(credit, match.group("rest"), "name"))
    return found


def opens_labelled(line: str) -> bool:
    """Whether ``line`` opens with a label and its name glued to a story ("（来源：新华网）
    杭州…", "Quelle: dpa — Der Landtag …"): read before the whole line, whose label would
    take the story for the name (a wire's dateline in brackets, "(부산=연합뉴스)", has no
    label's colon and is read as one after it)."""
    for pattern in (_BRACKETED, _SEPARATED):
        match = pattern.match(line)
        if match and re.search("[:：]", match.group("credit")) and _sentence(match.group("rest")):
            return True
    return False


def _sentence(rest: str) -> bool:
    """A sentence opens the rest: "Reuters – which first reported it – said …" goes on with a
    clause in lower case, the name is its subject, no credit."""
    return len(rest) >= MIN_REST_CHARS and not rest[:1].islower()
