"""A news agency named as the provider on Japanese and Chinese pages (issue 14, the eleventh
conventions round).

"提供" (provided by) before a colon labels who supplied a thing: a photo ("写真提供：…"), a
programme's sponsor ("提供：<a company>"), a chart's data, or the article itself. Pages that
carry a wire's copy close it with the agency under that label ("提供：時事通信", "提供：共同通信",
"提供：新华社"): a news agency supplies stories, never a sponsorship, so a wire the table lists
after the bare label, on a line of its own at the text's tail, credits the story. Any other
name there stays unread unless it is in a publication's title marks
(provider_lines.CJK_PROVIDED); "写真提供：共同通信" is a photo's credit and does not match.
"""

# ruff: noqa: RUF001, RUF002, RUF003  (full-width colons and brackets are meant)

from __future__ import annotations

import re
from collections.abc import Callable

#: "提供：時事通信", "（提供：共同通信）", "提供=新华社": the bare label and one name.
WIRE_PROVIDED = re.compile(
    r"^[(\[（【]?\s*提供\s*[:：=＝]\s*(?P<who>[^\n:：『』《》「」()（）]{1,24}?)\s*[)\]）】]?[.。]?$"
)


def wire_of(line: str, is_wire: Callable[[str], bool]) -> str | None:
    """The wire a bare "提供：" line names, or None (a sponsor, a photo library, a person)."""
    found = WIRE_PROVIDED.match(line.strip()) if "提供" in line else None
    if found is None:
        return None
    who = found.group("who").strip()
    return who if is_wire(who) else None
