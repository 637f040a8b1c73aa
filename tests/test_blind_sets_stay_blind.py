"""The blind attribution sets measure what the code does on outlets it was never told about
(issue 14): an outlet a set files as outside the publisher table must stay outside it. Adding
such an outlet to the table would turn a blind case into a tuned one, silently."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest

from aggregator.attribution.publishers import normalize

BLIND = Path(__file__).resolve().parent.parent / "bench" / "data" / "attribution_blind"
DATA = Path(__file__).resolve().parent.parent / "aggregator" / "data"
#: The table, the names of its outlets in other scripts and the national news agencies that the
#: loader merges into it.
TABLES = (
    DATA / "publishers.toml",
    DATA / "publisher_scripts.toml",
    DATA / "news_agencies.toml",
)
#: Homonyms the table held before the set was written: Bangladesh's The Business Standard
#: (tbsnews.net) is not India's Business Standard, whose name it shares once "The" goes.
HOMONYMS = {"out-en-058"}


def _table_names() -> set[str]:
    names: set[str] = set()
    for table in TABLES:
        for publisher in tomllib.loads(table.read_text(encoding="utf-8"))["publisher"]:
            spellings = [
                publisher["name"],
                *publisher.get("aliases", []),
                *publisher.get("domains", []),
            ]
            names.update(normalize(s) for s in spellings)
    return names


#: The blind sets, and the transplant sets (recipes that insert credits into real pages), whose
#: `out_of_table` answers must stay outside the table in the same way.
SETS = sorted([*BLIND.glob("cases*.jsonl"), *BLIND.glob("transplants*.jsonl")])


@pytest.mark.parametrize("path", SETS, ids=lambda p: p.name)
def test_outlets_a_blind_set_files_outside_the_table_stay_outside_it(path: Path) -> None:
    names = _table_names()
    inside = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        if case.get("category") == "out_of_table" and case["id"] not in HOMONYMS:
            found = [a for a in case.get("accept", []) if normalize(a) in names]
            if found:
                inside[case["id"]] = found
    assert not inside, f"out-of-table outlets added to the table: {inside}"
