"""``python -m bench [--quick]``: runs every benchmark script in bench/, one after another.

A benchmark is a module of bench/ whose name does not start with "_" and is not a helper
listed in HELPERS; ``--quick`` is passed to those that accept it, the others run with defaults.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
#: Modules of bench/ that are not benchmarks.
HELPERS = {
    "site",
    "attribution_cases",
    "attribution_corpus",
    "attribution_score",
    "distributed_settings",
    "syndication",
    "dedup_web",
}


def benchmarks() -> list[Path]:
    return [
        p
        for p in sorted(BENCH.glob("*.py"))
        if not p.stem.startswith("_") and p.stem not in HELPERS
    ]


def main(argv: list[str]) -> int:
    quick = "--quick" in argv
    failed = []
    for script in benchmarks():
        command = [sys.executable, "-m", f"bench.{script.stem}"]
        if quick and "--quick" in script.read_text(encoding="utf-8"):
            command.append("--quick")
        print(f"== {' '.join(command[1:])}", flush=True)
        if subprocess.run(command, cwd=BENCH.parent).returncode != 0:
            failed.append(script.stem)
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
