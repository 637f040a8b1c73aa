"""A writer's byline naming their outlet by its short tag in capitals (issue 14, the
seventeenth blind set): a theme's author field holding the reporter and the broadcaster or
agency they file for ("By Mwila Zulu | ZNBC", "By Kofi Mensah, GBC", "By Jane Wanjiru –
KBC"), and an agency's reporter signing its copy with the tag in brackets ("Anna Zawadzka
(PAP)", "Nguyễn Văn Trí (TTXVN)", "By Jan Novák (ČTK)"). The tag after a person is whom the
person writes for, a name in capitals the table may lack (an agency's tag); a post-nominal or a
title in capitals after a name ("By Jane Doe, CEO", "John Roe (MP)", "Dr Ama Owusu | FRCP") and
a country ("By Jane Doe | USA") are no outlet. Read beside the text only after the theme's
"By" (a bare "Jane Doe (AFP)" there is as often a photograph's credit), or its author field's
label in another language ("Autorka: Joanna Kołodziej (PAP) / 2026-03-10", the field's date
after it cut: pass 43); in the text, the whole line of the bracketed form leaves with the tag."""

# ruff: noqa: RUF001, RUF002, RUF003  (dashes are meant)

from __future__ import annotations

import re

#: A person's two to four capitalised words (in any cased script).
_WRITER = r"(?P<writer>[^\W\d_a-zà-ÿ][\w'’.-]+(?:\s+[^\W\d_a-zà-ÿ][\w'’.-]+){1,3})"
#: The tag: three to eight capitals of a cased script (Latin, Greek, Cyrillic), one hyphen.
_TAG = r"(?P<who>[A-ZÀ-ÞΑ-ΩА-ЯЁІЇЄ]{2,8}(?:-[A-ZΑ-ΩА-ЯЁІЇЄ]{2,8})?)"

#: "By Mwila Zulu | ZNBC", "By Kofi Mensah, GBC", "By Jane Wanjiru – KBC".
WRITER_AND_TAG = re.compile(
    r"^(?i:by)\s+" + _WRITER + r"\s*(?:\||,|/|\s[–—-])\s*" + _TAG + r"[.]?$"
)
#: "Anna Zawadzka (PAP)", "By Jan Novák (ČTK)": the reporter, the agency's tag in brackets.
WRITER_BRACKETED_TAG = re.compile(r"^(?:(?i:by)\s+)?" + _WRITER + r"\s*\(" + _TAG + r"\)[.]?$")

#: Post-nominals, offices and titles written in capitals after a name: no outlet.
_NOT_OUTLETS = frozenset(
    """CEO CFO COO CTO CMO CIO MD MP MLA MPP MEP MSP MNA MHA TD OBE MBE CBE KBE DBE QC KC SC SAN
    PHD MBA CPA CFA ACCA FCA RN DDS DVM LLB LLM MSC BSC BA MA JR SR II III IV ESQ FRCP FRCS
    MRCP FRCPC PE PMP USA UAE UK EU UN""".split()  # noqa: SIM905  (a word list reads better as words)
)


#: A theme's author field's label, the "By" of other languages: "Autorka: Joanna Kołodziej
#: (PAP)", "Autor: Jan Novák (ČTK)", "Автор: Анна Смирнова (ТАСС)", "Yazar: Ayşe Kaya (AA)".
_AUTHOR_LABEL = re.compile(
    r"^(?:autor|autorka|autora|autorin|author|auteur|autore|autrice|автор|авторка|yazar|"
    r"penulis|tác\s+giả)\s*[:：]\s*(?=\S)",
    re.IGNORECASE,
)
#: The field's date after a separator: "… (PAP) / 2026-03-10", "… | 10.03.2026".
_DATE_AFTER = re.compile(r"\s+[/|·•]\s+\d{1,4}(?:[./-]\d{1,2}){2}(?:,?\s+\d{1,2}:\d{2})?$")


def tag_of(line: str, *, beside: bool) -> tuple[str, str] | None:
    """The tag a writer's byline names and the writer (``beside``: in a field beside the text,
    where only a line opening with "By" or an author field's label counts), else None."""
    if "/" in line or "|" in line or "·" in line or "•" in line:
        line = _DATE_AFTER.sub("", line)
    if line[:1].isupper() and (label := _AUTHOR_LABEL.match(line)) is not None:
        line = "By " + line[label.end() :]
    if len(line) > 90 or not (line.endswith(")") or line[-1:].isupper() or line[-1:] == "."):
        return None
    found = WRITER_BRACKETED_TAG.match(line)
    if found is not None and beside and line[:3].casefold() != "by ":
        found = None
    found = found or WRITER_AND_TAG.match(line)
    if found is None or found.group("who").replace("-", "").upper() in _NOT_OUTLETS:
        return None
    return found.group("who"), found.group("writer")
