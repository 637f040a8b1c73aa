"""A label and its name on two lines ("Forrás:" over "Telex", conventions/split_credits) and a
provider's label at the tail before a wire or an outlet by its word ("提供:時事通信")."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

from aggregator.attribution.conventions import split_credits, wire_providers
from aggregator.attribution.conventions.datelines import Accept
from aggregator.attribution.line_readers.credit import Credit
from aggregator.attribution.line_readers.whole_line import whole_line
from aggregator.attribution.names import Trust


def split_label(
    lines: Sequence[str], index: int, accept: Accept, is_wire: Callable[[str], bool]
) -> Credit | None:
    """ "Forrás:" alone, "Telex" on the next line: the name is read as the label's value; the
    label's line leaves the text with it (leftovers.labels_of)."""
    pair = split_credits.joined(lines, index)
    found = whole_line(pair, index, accept, edge=True) if pair else None
    if found is None and pair:
        found = wire_provided(pair, index, accept, is_wire)  # "提供" over "共同通信"
    return dataclasses.replace(found, text=lines[index].strip()) if found else None


def wire_provided(
    line: str, index: int, accept: Accept, is_wire: Callable[[str], bool]
) -> Credit | None:
    """A news agency, or a news outlet by its word, after a bare provider's label at the tail
    ("提供:時事通信", "提供:中国新聞デジタル", with a full-width colon: wire_providers)."""
    if wire := wire_providers.wire_of(line, is_wire):
        return Credit(line, wire, False, Trust.KNOWN, index)
    outlet = wire_providers.outlet_of(line)
    if outlet is None or not accept(outlet, Trust.NAMED):
        return None
    return Credit(line, outlet, False, Trust.NAMED, index)
