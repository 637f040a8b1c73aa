"""Word lists bundled in ``aggregator/data`` (``bench/name_lists.py`` rebuilds them): one
casefolded entry a line, ``#`` starting a comment line."""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


def bundled_words(file_name: str) -> frozenset[str]:
    """Every entry of ``aggregator/data/<file_name>``."""
    lines = (DATA / file_name).read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))
