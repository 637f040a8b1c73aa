"""Runs a command and measures its process tree: wall time, CPU seconds, peak RSS."""

from __future__ import annotations

import contextlib
import subprocess
import sys
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import psutil  # type: ignore[import-untyped]


@dataclass(frozen=True)
class Usage:
    """What one command cost; CPU and RSS are summed over the process and its descendants."""

    seconds: float
    cpu_seconds: float
    peak_rss: int
    returncode: int
    #: of cpu_seconds, the command's own process (the rest is its children: workers, peers' pools)
    root_cpu_seconds: float = 0.0


class TreeSampler:
    """Samples a process tree in a thread, cheaply enough not to compete with what it measures.

    CPU is each process's last-seen user+system time, read every ``interval`` seconds (a
    process loses at most one interval); memory is the tree's PSS (RSS where PSS is missing)
    summed every ``memory_every`` samples. Finding the tree scans every process of the
    machine (~2 ms), so it is refreshed every ``tree_every`` samples only: a process that
    lives less than that is not seen. (Sampling all of it 20 times a second took ~16% of a
    core, which the measured crawl lost.)
    """

    def __init__(
        self, pid: int, interval: float = 0.1, memory_every: int = 3, tree_every: int = 5
    ) -> None:
        self.root = psutil.Process(pid)
        self.interval = interval
        self.memory_every = memory_every
        self.tree_every = tree_every
        self.cpu: dict[int, float] = {}
        self.peak_rss = 0
        self._procs: list[psutil.Process] = [self.root]
        self._samples = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()
        self.sample()

    def _run(self) -> None:
        while not self._stop.is_set():
            self.sample()
            self._stop.wait(self.interval)

    def sample(self) -> None:
        if self._samples % self.tree_every == 0:
            with contextlib.suppress(psutil.Error):
                self._procs = [self.root, *self.root.children(recursive=True)]
        memory = self._samples % self.memory_every == 0
        self._samples += 1
        rss = 0
        for proc in self._procs:
            try:
                times = proc.cpu_times()
                rss += _memory(proc) if memory else 0
            except psutil.Error:
                continue
            self.cpu[proc.pid] = times.user + times.system
        self.peak_rss = max(self.peak_rss, rss)


def _memory(proc: psutil.Process) -> int:
    """PSS where the system has it (shared pages split between sharers), else RSS."""
    try:
        return int(proc.memory_full_info().pss)
    except (AttributeError, psutil.AccessDenied):
        return int(proc.memory_info().rss)


def run_measured(
    command: list[str], env: Mapping[str, str], cwd: Path, log: Path, timeout: float = 3600
) -> Usage:
    """Run ``command`` to its end with stdout and stderr in ``log``; return its Usage."""
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("wb") as out:
        start = time.perf_counter()
        process = subprocess.Popen(command, env=dict(env), cwd=cwd, stdout=out, stderr=out)
        sampler = TreeSampler(process.pid)
        sampler.start()
        try:
            returncode = process.wait(timeout)
        finally:
            sampler.stop()
            if process.poll() is None:
                process.kill()
        seconds = time.perf_counter() - start
    cpu = sampler.cpu
    return Usage(seconds, sum(cpu.values()), sampler.peak_rss, returncode, cpu.get(process.pid, 0))


def py_spy(output: Path) -> list[str]:
    """py-spy (bench-only, pinned in the report) sampling the crawl and its workers."""
    output.parent.mkdir(parents=True, exist_ok=True)
    return [
        str(Path(sys.executable).parent / "py-spy"),
        "record",
        "--subprocesses",
        "--format",
        "raw",
        "--rate",
        "50",
        "--output",
        str(output),
        "--",
    ]
