"""A news agency named as the provider on Japanese and Chinese pages (issue 14, the eleventh
conventions round).

"提供" (provided by) before a colon labels who supplied a thing: a photo ("写真提供：…"), a
programme's sponsor ("提供：<a company>"), a chart's data, or the article itself. Pages that
carry a wire's copy close it with the agency under that label ("提供：時事通信", "提供：共同通信",
"提供：新华社"): a news agency supplies stories, never a sponsorship, so a wire the table lists
after the bare label, on a line of its own at the text's tail, credits the story. Any other
name there stays unread unless it is in a publication's title marks
(provider_lines.CJK_PROVIDED); "写真提供：共同通信" is a photo's credit and does not match.

A paper or a broadcaster supplies stories too: a name there ending in a news outlet's word
(a paper's "新聞", "新報", "日報", an agency's "通信", a broadcaster's "放送", "テレビ", also
before its web edition's word: "提供：中国新聞デジタル", "提供：琉球新報") is the outlet whose
story it is (issue 14, pass 39), and so is either name after "配信：" (delivered by), the
label Japanese portals close a partner's story with; Korean portals' "제공:" too, over the
headline beside the text, before a name ending in "신문", "일보", "뉴스", "방송" or "통신" (pass 73;
"사진 제공:", a photo's, does not open with the label). A sponsor ("提供：トヨタ自動車"), an
association whose name holds a paper's word ("提供：日本新聞協会"), a date after "配信：" and
a helper's "協力：" (cooperation) credit no one.
"""

# ruff: noqa: RUF001, RUF002, RUF003  (full-width colons and brackets are meant)

from __future__ import annotations

import re
from collections.abc import Callable

from aggregator.attribution.name_shapes import without_edition

#: "提供：時事通信", "（提供：共同通信）", "提供=新华社", "配信：琉球新報": the label, one name.
WIRE_PROVIDED = re.compile(
    r"^[(\[（【]?\s*(?P<label>提供|配信|제공)\s*[:：=＝]\s*"
    r"(?P<who>[^\n:：『』《》「」()（）]{1,24}?)\s*[)\]）】]?[.。]?$"
)
#: The labels themselves: a line without one is not matched at all (speed).
_LABELLED = re.compile(r"提供|配信|제공")
#: A news outlet's word ending its name: a paper's, an agency's, a broadcaster's.
_OUTLET_END = re.compile(
    r"(?:新聞|新聞社|新報|日報|時報|タイムス|通信|通信社|放送|テレビ|"
    r"日报|晚报|晚報|通讯社|通訊社|电视台|電視台|신문|일보|뉴스|방송|통신)$"
)


def wire_of(line: str, is_wire: Callable[[str], bool]) -> str | None:
    """The wire a bare "提供：" or "配信：" line names, or None (a sponsor, a photo library, a
    person, a date)."""
    found = WIRE_PROVIDED.match(line.strip()) if _LABELLED.search(line) else None
    if found is None:
        return None
    who = found.group("who").strip()
    return who if is_wire(who) else None


def outlet_of(line: str) -> str | None:
    """The news outlet a bare "提供：" or "配信：" line names by an outlet's word ending its
    name, without its web edition's word ("中国新聞デジタル" -> "中国新聞"), or None."""
    found = WIRE_PROVIDED.match(line.strip()) if _LABELLED.search(line) else None
    if found is None:
        return None
    who = without_edition(found.group("who").strip())
    return who if _OUTLET_END.search(who) and len(who) > 2 else None
