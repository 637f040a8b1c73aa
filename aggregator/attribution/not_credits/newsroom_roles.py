"""A newsroom's line of who did what on the story, each role's label before a person (issue
14, pass 43): "(Haber: Ayşe Demir; Editör: Mehmet Kaya)", "Muhabir: Ayşe Demir", "Pewarta:
Dewi Lestari; Editor: Budi Santoso", "Reporter: Jane Doe | Editor: John Roe".

Turkish sites sign their own stories so ("Haber" is the story's reporter's label there, the
word a name's "Haber" never is), and so do Indonesian, Malay and English ones. The line names
people, no outlet: it credits no one, and it stays in the text (a decided wire's editor's
line leaves with the wire's house lines: house_tails.py). A value that is no person's name
("Haber: Anadolu Ajansı", "Editör: AA") is left to the other readers."""

# ruff: noqa: RUF001, RUF002  (letters of other scripts are meant)

from __future__ import annotations

import re

from aggregator.attribution.not_credits.citations import named_person

#: A role's label: the reporter's, the writer's, the editor's, the translator's, the camera's.
_ROLE = (
    r"(?:haber|berita|muhabir|editör|editor|editörü|yayına\s+hazırlayan|hazırlayan|çeviri|kamera|"
    r"pewarta|penulis|wartawan|penyunting|reporter|reporting|writer|editing|redaktor|"
    r"redaktorka|autor|autorka|text|texto|tekst)"
)
#: One part: the label, its colon, the person.
_PART = re.compile(r"^\s*" + _ROLE + r"\s*[:：]\s*(?P<who>[^;|/,\n]{3,60}?)\s*$", re.IGNORECASE)
_SEPARATORS = re.compile(r"\s*(?:[;,|/]|\s[-–—]\s)\s*")


def people_only(line: str) -> bool:
    """Whether ``line`` is a newsroom's roles each naming a person: no outlet's credit."""
    core = line.strip().rstrip(".")
    if core[:1] in "([" and core[-1:] in ")]":
        core = core[1:-1]
    if ":" not in core and "：" not in core:
        return False
    parts = _SEPARATORS.split(core)
    found = [_PART.match(p) for p in parts]
    return all(m is not None and named_person(m.group("who")) for m in found)
