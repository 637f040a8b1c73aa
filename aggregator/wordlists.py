"""Word lists bundled in ``aggregator/data`` (``bench/name_lists.py`` rebuilds them): one
casefolded entry a line, ``#`` starting a comment line; and the bundled TOML tables, read
once a process whoever asks first (the credit phrasebook serves attribution and extraction)."""

from __future__ import annotations

import functools
import tomllib
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data"


def bundled_words(file_name: str) -> frozenset[str]:
    """Every entry of ``aggregator/data/<file_name>``."""
    lines = (DATA / file_name).read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


@functools.cache
def bundled_table(file_name: str) -> dict[str, Any]:
    """``aggregator/data/<file_name>`` parsed as TOML, once (callers only read it)."""
    with (DATA / file_name).open("rb") as handle:
        return tomllib.load(handle)
