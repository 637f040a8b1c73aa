"""A credit split over two lines: a source label alone ("Forrás:", "Source:") or a credit's
lead ("Originally published by") and the name on the next line. CMSs put a field's label and
its linked value in separate blocks, and extraction writes each block as a paragraph (issue
14: the fifth blind set's split credits; the tenth conventions round's leads)."""

# ruff: noqa: RUF001  (full-width colons and dashes are meant)

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from aggregator.attribution.conventions.edge_credits import SOURCE_NOUNS

#: "Forrás:", "Source —", "Izvor": a source noun and nothing else on its line; "Courtesy:",
#: "Via:" with their colon (a theme's bold label over the name: "**Courtesy:**").
LABEL_ONLY = re.compile(
    r"^\s*(?:" + SOURCE_NOUNS + r"\s*[:：\-–—|]?|(?:courtesy(?:\s+of)?|cortesía|cortesia|"
    # Hindi "input" (the wire's copy a desk worked from), Japanese "provided" (a wire only
    # after it: wire_providers)
    r"courtoisie|via|vía)\s*[:：]|(?:इनपुट|提供)\s*[:：]?)\s*$",
    re.IGNORECASE,
)
#: A credit's lead alone, its name on the next line: "Originally published by", "This article
#: first appeared on", "Publicado originalmente en:", "Zuerst erschienen bei", "Theo" (a
#: theme's label block over the linked name; the round-10 split blocks).
LEAD_ONLY = re.compile(
    r"^\s*(?:(?:(?:this|the)\s+(?:article|story|post|piece|report|column)\s+)?(?:was\s+|has\s+been\s+)?"
    r"(?:(?:originally|first)\s+(?:published|appeared|ran|posted)|(?:published|appeared|ran|"
    r"posted)\s+(?:originally|first)|republished|reprinted)\s+(?:by|in|on|at|from)"
    # "Republished with permission from" over the outlet's logo
    r"|(?:republished|reprinted|reproduced)\s+with\s+(?:kind\s+)?permission\s+(?:from|of|by)"
    r"|(?:publicad[oa]|publicad[oa]s)\s+(?:originalmente|primero|inicialmente)\s+"
    r"(?:en|por|em|pel[oa]|n[oa])"
    r"|(?:publié|publiée|paru|parue)\s+(?:initialement|originellement|d['’]abord|"
    r"en\s+premier)\s+(?:dans|par|sur)"
    r"|(?:zuerst|erstmals|ursprünglich)\s+(?:erschienen|veröffentlicht)\s+(?:in|bei|auf|im)"
    r"|(?:pubblicato|pubblicata)\s+(?:originariamente|originalmente|inizialmente)\s+"
    r"(?:su|da|in)"
    r"|(?:eerder|oorspronkelijk)\s+(?:verschenen|gepubliceerd)\s+(?:in|bij|op)"
    r"|theo"
    # "Story by" / "Story courtesy of" over the agency's name in the next block
    r"|(?:(?:story|article|text|report)\s+)?courtesy\s+of|(?:story|article|text|report)\s+by"
    r")\s*[:：]?\s*$",
    re.IGNORECASE,
)

#: The value is a name, not a sentence: short, no sentence ending inside it.
MAX_NAME_CHARS = 60


#: A list item's bullet as extraction writes it: a definition list's term and value
#: ("<dt>Quelle:</dt><dd>dpa</dd>") come out as "- Quelle:" / "- dpa".
_BULLET = re.compile(r"^\s*[-•]\s+")


def unbulleted(line: str) -> str:
    return _BULLET.sub("", line, count=1)


def label_alone(line: str) -> bool:
    """Whether ``line`` is a credit's label or lead and nothing else ("Quelle:", "- 提供",
    "Story courtesy of")."""
    line = unbulleted(line)
    return LABEL_ONLY.match(line) is not None or LEAD_ONLY.match(line) is not None


def joined(lines: Sequence[str], index: int) -> str | None:
    """The label alone on the line before ``index`` and this line's name as one credit line
    ("Forrás: Telex"), or None when the line before is no label alone."""
    if index == 0:
        return None
    before = unbulleted(lines[index - 1])
    lead = LEAD_ONLY.match(before) is not None
    if not lead and not LABEL_ONLY.match(before):
        return None
    name = unbulleted(lines[index]).strip()
    if not name or len(name) > MAX_NAME_CHARS or re.search(r"[.!?。]\s", name):
        return None
    if _a_sentence(name):
        return None  # "Sources" / "Written with information from Reuters.": the line's own
    label = before.strip().rstrip(":：-–—| ")
    # a lead runs into its name ("Originally published by The Baltimore Banner")
    return f"{label} {name}" if lead else f"{label}: {name}"


#: Small words a name holds in lower case ("Diario de Sevilla", "Sauti ya Pwani").
_NAME_SMALL_WORDS = frozenset(
    """
    of the and de la le du des der die el al do da dos das del di von van e y und et ya wa
    za am im für
    """.split()  # noqa: SIM905  (a word list reads better as words)
)


def _a_sentence(value: str) -> bool:
    """A value under a label that is a sentence, not a name: it ends in a full stop and runs
    on in lower-case words ("Written with information from Reuters."); the sentence is read
    as the line it is, and the label's reading would take its first word for a name."""
    words = value.split()
    lower = [w for w in words[1:] if w[:1].islower() and w.casefold() not in _NAME_SMALL_WORDS]
    return value[-1:] in ".!?。" and len(words) >= 4 and len(lower) >= 2


#: "Text: DW | Photo: AFP", "Texto: EFE / Foto: Reuters": two roles' credits on one line.
_ROLES = re.compile(r"\s+[|•·/]\s+|\s*;\s+")
#: Each part opens with its role's label: "Text:", "Foto:".
_LABELLED_PART = re.compile(r"^[^\W\d_][\w ]{0,20}\s*[:：]\s*\S")


def story_part(line: str, image_word: Callable[[str], bool]) -> str | None:
    """The text's credit of a line that credits the text and its pictures ("Text: DW |
    Photo: AFP" -> "Text: DW"); None unless the line is exactly two parts, one a picture's."""
    parts = _ROLES.split(line.strip())
    if len(parts) != 2:
        return None
    first, second = (p.strip() for p in parts)
    if not all(_LABELLED_PART.match(p) for p in (first, second)):
        return None  # "Photo: AFP / Getty": one credit, its photographer's agencies
    if image_word(second) and not image_word(first):
        return first
    if image_word(first) and not image_word(second):
        return second
    return None
