"""A wire's sign-off: the people who reported, wrote and edited the copy ("Reporting by Jane
Doe; Editing by John Roe", "(Rédigé par …, édité par …)"), its end marker with the editors'
initials, a "With assistance from" line. It names people, not the publisher, but it is a
credit line: it leaves the text."""

from __future__ import annotations

import re

from aggregator.attribution.conventions.regex_parts import FLAGS

#: One part of a wire's sign-off in French, Spanish, Portuguese, German or Italian: a role, its
#: preposition, the people ("Rédigé par Jane Doe", "editado en español por Kim Lee").
_LOCAL_SIGN_OFF_PART = (
    r"(?:reportage|reporte|reportaje|reportagem|bericht|rédigé|écrit|édité|editado|edición|"
    r"edição|redigiert|geschrieben|escrito|redacción|redação|tradotto|tradução|traducción|"
    r"traduit|version\s+française|versión\s+en\s+español|versão\s+em\s+português)"
    r"(?:\s+en\s+español|\s+en\s+français|\s+em\s+português)?\s*(?:de|par|por|von|da|di)?"
    r"\s*:?\s+[^;,()\n]{2,80}"
)
#: A wire's sign-off: "Reporting by Jane Doe; Editing by John Roe". It names people, not the
#: publisher, but it is a credit line: it leaves the text.
SIGN_OFF = re.compile(
    r"^[(\[]?(?:(?:additional\s+)?(?:reporting|writing|editing|compiled|compilation|"
    r"research|graphics|fact-checking)\s+by\s+[^;\n]{2,120}?(?:;\s*|,?\s+and\s+|$"
    # "Reporting by Jane Doe, editing by John Roe": a comma before the next role
    r"|,\s*(?=(?:additional\s+)?(?:reporting|writing|editing)\s+by\b))){2,}"
    r"[)\]]?[.]?$|^[(\[]?(?:reporting|writing|editing)\s+by\s+[^;\n]{2,120}?;\s*"
    r"(?:editing|writing)\s+by\s+.{2,120}$"
    # one part: "Editing by John Roe", "(Reporting by Jane Doe in Lisbon)"
    r"|^[(\[]?(?:writing|editing)\s+by\s+[^;\n]{2,120}?[)\]]?[.]?$"
    r"|^[(\[](?:additional\s+)?reporting\s+by\s+[^;\n]{2,120}?[)\]][.]?$"
    # "(end) hm.gb", "(END) ak/sw": a wire's end marker and its editors' initials
    r"|^[(\[]?(?:end|ends|fin|ende|fim)[)\]]?\s+[a-z]{1,4}(?:[./][a-z]{1,4})+[.]?$"
    # Bloomberg's "--With assistance from Jane Doe.": the reporters who helped, on their own line
    r"|^-*\s*[(\[]?with\s+assistance\s+(?:from|by)\s+[^;\n]{2,120}?[)\]]?[.]?$"
    # Reuters' sign-off in its other languages, in brackets: "(Rédigé par Jane Doe, édité par
    # Kim Lee)", "(Reporte de Jane Doe; editado en español por Kim Lee)"
    r"|^[(\[]" + _LOCAL_SIGN_OFF_PART + r"(?:\s*[;,]\s*" + _LOCAL_SIGN_OFF_PART + r")*[)\]][.]?$",
    FLAGS,
)
