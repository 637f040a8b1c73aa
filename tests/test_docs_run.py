"""Docs that run: the shell blocks of README.md and docs/*.md marked ``<!-- runnable -->``
are run, command by command, against the demo site and a real Redis, so they cannot drift.

Conventions of a runnable block: one command per line (``\\`` continues a line); ``$DEMO``
is the demo site's base URL; a trailing ``# exits N`` says the command is meant to end with
status N (default 0). A ``consume`` must deliver something: an empty result is the sign of
a group that an earlier command already drained.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from aggregator.demo.server import DemoSite

REPO = Path(__file__).resolve().parent.parent
DOCS = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]
_BLOCK = re.compile(r"^<!-- runnable -->\n```sh\n(.*?)^```", re.S | re.M)
_EXITS = re.compile(r"#\s*exits\s+(\d+)")


@dataclass(frozen=True)
class Command:
    line: str
    expected: int


def runnable_blocks(path: Path) -> list[str]:
    return _BLOCK.findall(path.read_text(encoding="utf-8"))


def commands(block: str) -> list[Command]:
    """The block's commands, continuation lines joined, comment lines skipped."""
    joined = re.sub(r"\\\n\s*", " ", block)
    found = []
    for line in joined.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        exits = _EXITS.search(line)
        found.append(Command(line.strip(), int(exits[1]) if exits else 0))
    return found


@pytest.fixture
def demo() -> Iterator[DemoSite]:
    with DemoSite() as site:
        yield site


def test_the_readme_and_operators_guide_have_runnable_blocks() -> None:
    assert runnable_blocks(REPO / "README.md"), "README.md lost its runnable block"
    assert runnable_blocks(REPO / "docs" / "operators.md"), "operators.md lost its block"


# A guide runs some twenty commands, each bounded on its own: the suite's 120 s guard is for
# one hung call, not for a whole guide on a loaded machine.
@pytest.mark.timeout(600)
@pytest.mark.parametrize("doc", [d for d in DOCS if runnable_blocks(d)], ids=lambda d: d.name)
def test_runnable_doc_blocks_run_as_written(
    doc: Path, demo: DemoSite, cli_env: dict[str, str], tmp_path: Path
) -> None:
    env = {
        **cli_env,
        "DEMO": demo.base_url,
        # The console script first, as an operator who activated the venv has it.
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
    }
    env.pop("PYTHONWARNINGS", None)
    results = []
    for block in runnable_blocks(doc):
        for command in commands(block):
            done = subprocess.run(["bash", "-o", "pipefail", "-c", command.line], env=env,
                                  cwd=tmp_path, capture_output=True, text=True, timeout=180,
                                  check=False)  # fmt: skip
            results.append((command.line, done.returncode))
            _report(doc, command, done)
            assert done.returncode == command.expected, (
                f"{doc.name}: `{command.line}` exited {done.returncode}, expected "
                f"{command.expected}\nstdout: {done.stdout[-2000:]}\nstderr: {done.stderr[-2000:]}"
            )
            assert "Traceback" not in done.stderr, done.stderr
            if re.search(r"\baggregator consume\b", command.line):
                assert _delivered(command.line, done.stdout, tmp_path), (
                    f"{doc.name}: `{command.line}` delivered nothing"
                )
    assert results


def _delivered(line: str, stdout: str, cwd: Path) -> bool:
    words = shlex.split(line.split("#")[0])
    target = next((w.removeprefix("jsonl:") for w in words if w.startswith("jsonl:")), None)
    if ">" in words:
        target = words[words.index(">") + 1]
    if target is None:
        return bool(stdout.strip())
    path = cwd / target
    return path.is_file() and path.stat().st_size > 0


def _report(doc: Path, command: Command, done: subprocess.CompletedProcess[str]) -> None:
    """With AGGREGATOR_DOC_REPORT=FILE, append each command and its result to FILE."""
    report = os.environ.get("AGGREGATOR_DOC_REPORT")
    if not report:
        return
    last = (done.stdout.strip().splitlines() or done.stderr.strip().splitlines() or [""])[-1]
    with open(report, "a", encoding="utf-8") as out:
        out.write(f"{doc.name}\t{command.line}\texit {done.returncode}\t{last[:120]}\n")
