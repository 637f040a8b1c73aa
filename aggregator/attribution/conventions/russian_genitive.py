"""A Russian or Ukrainian credit's name in the genitive, given back in the nominative (issue
14, the eleventh conventions round).

"По материалам «Коммерсанта»" (based on the material of Kommersant) and "По сообщению
«Вечерней газеты»" put the outlet in the genitive. A table name is found under its ending
(inflected.stems); a name the table lacks is given back in the nominative when every word's
ending is a regular one:

- a masculine noun ending in a consonant takes "-а": "Коммерсанта" -> "Коммерсант", "Труда" ->
  "Труд";
- a feminine noun in "-а" takes "-ы", or "-и" after г, к, х, ж, ш, ч, щ: "Правды" -> "Правда",
  "Искры" -> "Искра", "Книги" -> "Книга";
- an adjective before such a feminine noun takes "-ой" or "-ей": "Новой газеты" -> "Новая
  газета", "Вечерней газеты" -> "Вечерняя газета".

Any other shape (a soft-stem "-и" or "-я", whose nominative may be "-ь", "-й" or "-я"; a
masculine adjective's "-ого", whose nominative may be "-ый", "-ий" or "-ой"; a plural masthead
like "Ведомостей"; a fleeting vowel like "комсомольца") is kept as written: a spelling guessed
wrong would be a new name. A neuter masthead in "-о" ("Слово" -> "Слова") reads as a masculine
one; the credit is the same either way, only its spelling differs.
"""

# ruff: noqa: RUF001, RUF002, RUF003  (Cyrillic letters are meant)

from __future__ import annotations

import re

#: The leads that put the name in the genitive ("По материалам", "По сообщению", "За
#: повідомленням"), opening the line.
GENITIVE_LEAD = re.compile(r"^[(\[]?\s*(?:по\s+материалам|по\s+сообщению|за\s+матеріалами)\s")
_CONSONANTS = frozenset("бвгджзклмнпрстфхцчшщ")
_HUSHING_OR_VELAR = frozenset("гкхжшчщ")
_MARKS = "«»„“”\"'"


def nominative(name: str) -> str:
    """``name`` (a genitive after GENITIVE_LEAD) in the nominative, or as written."""
    core = name.strip(_MARKS + " ")
    words = core.split()
    turned: str | None = None
    if len(words) == 1:
        turned = _masculine(words[0]) or _feminine(words[0])
    elif len(words) == 2 and (noun := _feminine(words[1])) and (adj := _adjective(words[0])):
        turned = f"{adj} {noun}"
    return name.replace(core, turned) if turned else name


def _masculine(word: str) -> str | None:
    if len(word) >= 4 and word.endswith("а") and word[-2].lower() in _CONSONANTS:
        return word[:-1]
    return None


def _feminine(word: str) -> str | None:
    if len(word) >= 4 and word.endswith("ы") and word[-2].lower() in _CONSONANTS:
        return word[:-1] + "а"
    if len(word) >= 4 and word.endswith("и") and word[-2].lower() in _HUSHING_OR_VELAR:
        return word[:-1] + "а"
    return None


def _adjective(word: str) -> str | None:
    if len(word) >= 4 and word.endswith("ой"):
        return word[:-2] + "ая"
    if len(word) >= 4 and word.endswith("ей"):
        return word[:-2] + "яя"
    return None
