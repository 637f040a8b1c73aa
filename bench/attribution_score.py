"""Scoring attribution outcomes: precision, recall, false credits, leaks, per group."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from attribution_cases import NEGATIVE, Case

from aggregator.attribution.publishers import load_table, normalize

CREDITED = frozenset({"in_table", "out_of_table", "wire"})


@dataclass(frozen=True)
class Outcome:
    """What one contender made of one case."""

    case: Case
    publisher: str | None
    text: str
    attribute_ms: float
    total_ms: float

    @property
    def correct(self) -> bool:
        if self.case.expected is None:
            return self.publisher is None
        if self.publisher is None:
            return False
        spellings = (self.case.expected, *self.case.accepted)
        if normalize(self.publisher) in {normalize(s) for s in spellings}:
            return True
        # The table's canonical name for an accepted spelling ("Keystone-SDA" for "ATS").
        table = load_table()
        found = table.by_name(self.publisher)
        return found is not None and any(table.by_name(s) is found for s in spellings)

    def leaked(self) -> list[str]:
        flat = _flat(self.text)
        return [line for line in self.case.credit_lines if _still_in(_flat(line), flat)]

    def lost(self) -> list[str]:
        flat = _flat(self.text)
        return [line for line in self.case.keep if _flat(line) not in flat]


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def _still_in(line: str, text: str) -> bool:
    """Whether the credit ``line`` is still in ``text``, as words: a short tag inside a word
    ("age" in "biogasanlagen", "ap" in "april") is not the tag."""
    if line not in text:
        return False
    return re.search(r"(?<!\w)" + re.escape(line) + r"(?!\w)", text) is not None


def summary(outcomes: list[Outcome]) -> dict[str, float]:
    """pages, P, R, false credits (pages crediting no one given a publisher), leak and kept
    rates, ms."""
    credited = [o for o in outcomes if o.case.expected is not None]
    predicted = [o for o in outcomes if o.publisher is not None]
    uncredited = [o for o in outcomes if o.case.expected is None]
    lines = sum(len(o.case.credit_lines) for o in outcomes)
    keep = sum(len(o.case.keep) for o in outcomes)
    count = max(len(outcomes), 1)
    return {
        "pages": len(outcomes),
        "credited": len(credited),
        "precision": _ratio(sum(o.correct for o in predicted), len(predicted)),
        "recall": _ratio(sum(o.correct for o in credited), len(credited)),
        "false": _ratio(sum(o.publisher is not None for o in uncredited), len(uncredited)),
        "leak": _ratio(sum(len(o.leaked()) for o in outcomes), lines),
        "kept": _ratio(keep - sum(len(o.lost()) for o in outcomes), keep),
        "attribute_ms": sum(o.attribute_ms for o in outcomes) / count,
        "total_ms": sum(o.total_ms for o in outcomes) / count,
    }


def _ratio(part: float, whole: float) -> float:
    return part / whole if whole else float("nan")


def groups(outcomes: list[Outcome]) -> list[tuple[str, list[Outcome]]]:
    """The report's rows: for each blind file (the first set's rows keep their names) and
    for the real pages: credited copies, each category, negatives, each language, all."""
    real = [o for o in outcomes if o.case.origin == "real"]
    origins = {o.case.origin for o in outcomes if o.case.origin.startswith("blind")}
    rows: list[tuple[str, list[Outcome]]] = []
    for origin in sorted(origins, key=lambda name: (name != "blind", name)):
        blind = [o for o in outcomes if o.case.origin == origin]
        rows.extend(_blind_rows(origin.replace(":", " ", 1), blind))
    if len(origins) > 1:
        rows.extend(_pooled_rows([o for o in outcomes if o.case.origin in origins]))
    rows.extend(_real_rows("real", real))
    rows.extend(_second_real_rows([o for o in outcomes if o.case.origin == "real2"]))
    third = [o for o in outcomes if o.case.origin == "real3"]
    rows.extend(_real_rows(REAL3, third))
    if third:
        rows.append((f"{REAL13}: wire_copy", _of(real + third, {"wire_copy"})))
        rows.append((f"{REAL13}: credited (expected publisher)", _credited(real + third)))
        rows.append((f"{REAL13}: negatives (mention, caption)", _of(real + third, NEGATIVE)))
    return [(name, group) for name, group in rows if group]


#: The third real sample's row prefix (labelled like the first), and both pooled.
REAL3 = "real, third sample"
REAL13 = "real, first and third samples"


def _credited(outcomes: list[Outcome]) -> list[Outcome]:
    return [o for o in outcomes if o.case.expected]


def _real_rows(prefix: str, real: list[Outcome]) -> list[tuple[str, list[Outcome]]]:
    """A sample labelled by category: each category, negatives, credited, all."""
    if not real:
        return []
    rows = [(f"{prefix}: {c}", _of(real, {c})) for c in sorted({o.case.category for o in real})]
    rows.append((f"{prefix}: negatives (mention, caption)", _of(real, NEGATIVE)))
    rows.append((f"{prefix}: credited (expected publisher)", _credited(real)))
    rows.append((f"{prefix}: all", real))
    return rows


#: The second real sample's row prefix, and its strata (``Case.stratum``).
REAL2 = "real, second sample"
STRATA = {
    "credited": "pages the code credited when they were drawn (all of them)",
    "uncredited": "pages it credited no one on (one in five)",
}


def _second_real_rows(real: list[Outcome]) -> list[tuple[str, list[Outcome]]]:
    """The second real sample by stratum: precision over every page the code credited, and
    what it misses over a fifth of the rest (weight each such page 5 for the whole corpus)."""
    if not real:
        return []
    rows = [
        (f"{REAL2}: {label}", [o for o in real if o.case.stratum == key])
        for key, label in STRATA.items()
    ]
    rows.append((f"{REAL2}: credited (expected publisher)", _credited(real)))
    rows.append(
        (
            f"{REAL2}: negatives (mention, caption, original)",
            [o for o in real if not o.case.expected],
        )
    )
    rows.append((f"{REAL2}: all", real))
    return rows


def _blind_rows(prefix: str, blind: list[Outcome]) -> list[tuple[str, list[Outcome]]]:
    rows = [(f"{prefix}: credited copies (in/out of table, wire)", _of(blind, CREDITED))]
    for category in sorted({o.case.category for o in blind}):
        rows.append((f"{prefix}: {category}", _of(blind, {category})))
    rows.append((f"{prefix}: negatives (mention, caption, no credit)", _of(blind, NEGATIVE)))
    for language in sorted({o.case.language for o in blind}):
        rows.append(
            (f"{prefix}: language {language}", [o for o in blind if o.case.language == language])
        )
    rows.append((f"{prefix}: all", blind))
    return rows


#: The row prefix of every blind set taken together (one number where the sets give a range).
POOLED = "every blind set pooled"


def _pooled_rows(blind: list[Outcome]) -> list[tuple[str, list[Outcome]]]:
    return [
        (f"{POOLED}: credited copies (in/out of table, wire)", _of(blind, CREDITED)),
        *((f"{POOLED}: {category}", _of(blind, {category})) for category in sorted(CREDITED)),
        (f"{POOLED}: own_page", _of(blind, {"own_page"})),
        (f"{POOLED}: negatives (mention, caption, no credit)", _of(blind, NEGATIVE)),
        (f"{POOLED}: all", blind),
    ]


def _of(outcomes: Iterable[Outcome], categories: Iterable[str]) -> list[Outcome]:
    wanted = set(categories)
    return [o for o in outcomes if o.case.category in wanted]


HEAD = (
    "| rows | pages | credited | P | R | false credit | leak | kept | ms/article | "
    "attribute ms |\n|---|---|---|---|---|---|---|---|---|---|\n"
)


def row(name: str, s: dict[str, float]) -> str:
    cells = [
        f"{s['pages']:.0f}",
        f"{s['credited']:.0f}",
        *(_cell(s[k]) for k in ("precision", "recall")),
        *(_percent(s[k]) for k in ("false", "leak", "kept")),
        f"{s['total_ms']:.1f}",
        f"{s['attribute_ms']:.2f}",
    ]
    return f"| {name} | " + " | ".join(cells) + " |\n"


def _cell(value: float) -> str:
    return "-" if value != value else f"{value:.3f}"


def _percent(value: float) -> str:
    return "-" if value != value else f"{value:.1%}"


def table(rows: list[tuple[str, list[Outcome]]], label: Callable[[str], str] = str) -> str:
    return HEAD + "".join(row(label(name), summary(group)) for name, group in rows)
