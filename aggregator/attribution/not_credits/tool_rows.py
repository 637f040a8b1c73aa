"""A row of a page's tool buttons under or over the story ("Print | E-mail", "Drucken ·
E-Mail · Teilen", "A+ A-"): page furniture that names no one, though a button's word may
spell an outlet's ("Print" is ThePrint's short name)."""

# ruff: noqa: RUF001  (the buttons' words are written in their own scripts)

from __future__ import annotations

import re

#: The words of article tools in the languages of the sites' themes.
_TOOL = (
    r"(?:print|print\s+this(?:\s+(?:article|page|story))?|printer[- ]friendly(?:\s+version)?|"
    r"imprimir|imprimer|drucken|stampa|stampare|druk|drukuj|yazdır|печать|друк|打印|印刷|인쇄|"
    r"e-?mail|email\s+this(?:\s+(?:article|page|story))?|mail|correo|courriel|e-?posta|почта|"
    r"share|compartir|partager|teilen|condividi|partilhar|paylaş|"
    r"save|guardar|speichern|pdf|comments?|comentarios|kommentare|commentaires|tweet|"
    r"a\+|a-|listen|escuchar|écouter|anhören|font\s+size|text\s+size)"
)
_ROW = re.compile(rf"^\s*{_TOOL}(?:\s*[|·•/,]\s*{_TOOL}|\s+{_TOOL})*\s*$", re.IGNORECASE)


def tool_row(line: str) -> bool:
    """Whether ``line`` is only tool buttons' words ("Print | E-mail")."""
    return len(line) <= 80 and _ROW.match(line) is not None
