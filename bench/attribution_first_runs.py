"""Pool the blind sets' first runs: the numbers the README quotes for pages the code never saw.

Each ``bench/results/attribution-blind<N>-first-run.md`` keeps, verbatim, the benchmark's run on
the code that first met set N (issue 14). This reads the check half's rows of that set from
each file and pools them by group: the sets rendered by the earlier, shared templates
(17th-28th) and the sets rendered by templates written from scratch (29th on). Counts are
recovered from the rows' rates (correct = R x credited copies, given = correct / P), so a pooled
figure may differ from a hand count by one page.

    python -m bench.attribution_first_runs
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results"
#: Sets whose first runs the README pools, by the templates that rendered them.
GROUPS = {
    "sets 17-28, the earlier generators' templates": range(17, 29),
    "sets 29 on, templates written from scratch": range(29, 1000),
}
_TITLE = re.compile(r"^# Attribution: first run on .*\((?P<file>cases[^)]*\.jsonl)\)")
_NUMBER = re.compile(r"attribution-blind(?P<n>\d+)-first-run\.md$")


@dataclass(frozen=True)
class FirstRun:
    """One set's first run, check half: credited copies and the null or own pages credited."""

    number: int
    file: str
    credited: int
    correct: int
    given: int
    leak: str
    null_pages: int
    null_credited: int

    @property
    def precision(self) -> float:
        return self.correct / self.given if self.given else 1.0

    @property
    def recall(self) -> float:
        return self.correct / self.credited if self.credited else 1.0


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def _rate(cell: str) -> float:
    return float(cell.rstrip("%")) / (100 if cell.endswith("%") else 1) if cell != "-" else 0.0


def read(path: Path) -> FirstRun | None:
    """The set's first run from its file, or None for a file in an older layout."""
    lines = path.read_text(encoding="utf-8").splitlines()
    title = _TITLE.match(lines[0]) if lines else None
    number = _NUMBER.search(path.name)
    if title is None or number is None:
        return None
    check = []
    for line in lines:
        if line.startswith("### ") and check:
            break  # the check half's section comes first; stop at the next one
        if line.startswith("### check half (headline)") or check:
            check.append(line)
    prefix = f"| blind {title['file']}: "
    rows = {_cells(ln)[0].split(": ", 1)[1]: _cells(ln) for ln in check if ln.startswith(prefix)}
    copies = rows.get("credited copies (in/out of table, wire)")
    if copies is None:
        return None
    credited, precision, recall = int(copies[1]), _rate(copies[3]), _rate(copies[4])
    correct = round(recall * credited)
    given = round(correct / precision) if precision else 0
    null_pages = null_credited = 0
    for kind in ("own_page", "negatives (mention, caption, no credit)"):
        if (row := rows.get(kind)) is not None:
            null_pages += int(row[1])
            null_credited += round(_rate(row[5]) * int(row[1]))
    return FirstRun(
        number=int(number["n"]),
        file=title["file"],
        credited=credited,
        correct=correct,
        given=given,
        leak=copies[6],
        null_pages=null_pages,
        null_credited=null_credited,
    )


def first_runs(results: Path = RESULTS) -> list[FirstRun]:
    found = (read(path) for path in results.glob("attribution-blind*-first-run.md"))
    return sorted((run for run in found if run is not None), key=lambda run: run.number)


def pooled(runs: list[FirstRun]) -> FirstRun:
    """The runs' counts added up (number 0, no file, no leak rate: rates do not add)."""
    return FirstRun(
        number=0,
        file="",
        credited=sum(run.credited for run in runs),
        correct=sum(run.correct for run in runs),
        given=sum(run.given for run in runs),
        leak="",
        null_pages=sum(run.null_pages for run in runs),
        null_credited=sum(run.null_credited for run in runs),
    )


def table(runs: list[FirstRun]) -> str:
    out = [
        "| first run | credited copies | precision | recall | credit lines left "
        "| null or own pages credited |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for run in runs:
        out.append(
            f"| set {run.number} ({run.file}) | {run.credited} | {run.precision:.3f} "
            f"| {run.recall:.3f} | {run.leak} | {run.null_credited} of {run.null_pages} |"
        )
    for name, numbers in GROUPS.items():
        group = [run for run in runs if run.number in numbers]
        if group:
            all_of = pooled(group)
            out.append(
                f"| **{name}, pooled ({len(group)} sets)** | {all_of.credited} "
                f"| {all_of.precision:.3f} | {all_of.recall:.3f} | "
                f"| {all_of.null_credited} of {all_of.null_pages} |"
            )
    return "\n".join(out)


def main() -> int:
    runs = first_runs()
    if not runs:
        print(f"no first-run files in {RESULTS}", file=sys.stderr)
        return 1
    print(table(runs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
