"""A wire's sign-off in the languages sign_offs.py leaves out (issue 14, conventions round 15):
the bracketed line under the copy naming who reported, translated and edited it, by its
labels in the wire's language of service:

- German: "(Bericht von Jane Doe, redigiert von Kim Lee. Bei Rückfragen wenden Sie sich
  bitte an unsere Redaktion unter …)";
- Spanish and Portuguese: "(Información de Jane Doe; editado en español por Kim Lee)",
  "(Reportagem de Jane Doe; Edição de Kim Lee)";
- Arabic: "(تغطية صحفية … - إعداد … للنشرة العربية - تحرير …)";
- Japanese: "（鈴木健吾　編集：宮崎亜巳）";
- Chinese: "（编译 李婷婷；审校 张涛）", "（记者 …；编辑 …）";
- Russian: "(Анастасия Тетеревлёва. Редактор Михаил Антонов)";
- Turkish: "(Haber: …; Yazan: …; Editör: …)".

The whole line is in brackets and holds an editor's or translator's label: the desk's work on
the copy, which a citation in brackets ("(Información de la Junta)") never names. Read only
once a wire is decided, at the text's last lines (house_tails.without_house_tail).
"""

# ruff: noqa: RUF001, RUF002  (letters of other scripts are meant)

from __future__ import annotations

import re

#: The whole line in brackets, ASCII or full-width; a sign-off is a few lines' worth at most.
_BRACKETED = re.compile(r"^[(（\[【].{4,400}[)）\]】][.。]?$", re.DOTALL)

#: The label of a desk's work on the copy: editing, checking, translating, compiling.
_DESK_LABEL = re.compile(
    # de, es, pt, it
    r"\b(?:redigiert|bearbeitet|übersetzt|editado|editada|edição|edición|editing|"
    r"traducido|traduzido|tradotto|redazione)\b"
    # ru, uk, bg, tr, ko
    r"|(?<!\w)(?:редактор|редактировал[аи]?|редагував|редакция|перевод|переклад|"
    r"editör|düzenleyen|düzenleme|çeviri)(?!\w)|편집\s*[:：]?"
    # ar: editing, preparing for the Arabic service, translating
    r"|(?<!\w)(?:تحرير|إعداد|ترجمة)(?!\w)|للنشرة\s+العربية"
    # ja, zh: editing, translating, checking, with a name or a colon after
    r"|(?:編集|翻訳|编辑|編輯|编译|編譯|审校|審校|校对|校對)[\s　:：]",
    re.IGNORECASE,
)


def desk_sign_off(line: str) -> bool:
    """Whether ``line`` is a wire's bracketed sign-off naming its desk's editors or
    translators."""
    line = line.strip()
    return _BRACKETED.match(line) is not None and _DESK_LABEL.search(line) is not None
