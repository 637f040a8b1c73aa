"""A news agency named alone after "according to the data of" on the story's last line
(issue 14, pass 43): "По данным «Интерфакса».", "По информации ТАСС.", "За даними Укрінформу."

"По данным" and "По информации" (Ukrainian "За даними", "За інформацією") cite a source of
facts: a ministry, a survey, rescuers, another outlet's finding ("По данным Росстата, …",
"По данным МЧС."), and stay (russian_genitive.py). Russian and Ukrainian newsrooms that
rewrite an agency's copy close it with the same words and the agency's name as a line of its
own, nothing after the name: there the line is the credit of the story. It counts only
- on the text's last line, the whole line (a sentence going on after the name is a mention);
- for a news agency the table lists as a wire ("Интерфакса" in the genitive is Interfax):
  a ministry, a statistics office, a survey, a paper or a site the table lacks are sources
  of facts whatever the position ("По данным Росстата.", "По данным Fontanka.ru")."""

# ruff: noqa: RUF002  (Cyrillic letters and quotation marks are meant)

from __future__ import annotations

import re
from collections.abc import Callable

from aggregator.attribution.conventions.inflected import stems

#: The lead and one name, in marks or not, and the full stop: the whole line.
DATA_LINE = re.compile(
    r"^[(\[]?\s*(?:по\s+данным|по\s+информации|за\s+даними|за\s+інформацією)\s+"
    r"(?:(?:информационного\s+|інформаційного\s+)?(?:агентства|агенції)\s+)?"
    r"[«\"„“]?(?P<who>[^\n,;:«»\"„“”()\[\]]{2,40}?)[»\"“”]?\s*[)\]]?[.]?$",
    re.IGNORECASE,
)


def wire_of(line: str, is_wire: Callable[[str], bool]) -> str | None:
    """The table wire a whole "По данным X." line names (X in the genitive or indeclinable:
    "Интерфакса", "ТАСС", "РИА Новости", "Укрінформу"), or None."""
    folded = line[:20].casefold()
    if "дан" not in folded and "нформац" not in folded:
        return None
    found = DATA_LINE.match(line.strip())
    if found is None:
        return None
    who = found.group("who").strip()
    for name in (who, *_genitive_stems(who)):
        if is_wire(name):
            return name
    return None


def _genitive_stems(who: str) -> list[str]:
    """The name's last word under each case ending it may carry: "Интерфакса" -> "Интерфакс",
    "Інтерфакс-України" -> "Інтерфакс-Україна"."""
    head, _, last = who.rpartition(" ")
    forms = stems(last)
    if "-" in last:  # "Інтерфакс-України": the hyphen's last part declines
        first, _, tail = last.rpartition("-")
        forms += [f"{first}-{s}" for s in stems(tail)]
    return [f"{head} {f}".strip() for f in forms]
