"""A reporter's line closing a national agency's copy with an address at the agency's domain
(issue 14, the ninth conventions round): "김민수 기자 mskim@yna.co.kr", "Jane Doe,
jane.doe@bernama.com" credit the agency (a table wire's domain). An address at a newspaper's
domain is no agency's credit. The agency's filing slug ("CMC/jb/ir/2026") is read by
``tag_signoffs``."""

from __future__ import annotations

import re

from aggregator.attribution.publishers import load_table

#: A reporter's line: one to five words, then an address.
_ADDRESS = re.compile(r"^(?:[^\s@]+\s+){1,5}?[\w.+-]+@(?P<domain>[\w-]+(?:\.[\w-]+)+)\.?$")


def address_credit(line: str) -> str | None:
    """The table wire whose domain the reporter's address in ``line`` is at, or None."""
    line = line.strip()
    if len(line) > 140 or "@" not in line or (address := _ADDRESS.match(line)) is None:
        return None
    found = load_table().by_domain(address.group("domain"))
    return found.name if found is not None and found.kind == "wire" else None
