"""The attribution code as it was at a past commit, importable next to today's, from git."""

from __future__ import annotations

import importlib
import subprocess
import sys
import tempfile
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parent.parent
MODULES = ("__init__", "attribute", "credits", "markup", "patterns", "publishers", "resolve")
# The bundled table is found relative to the package; the copy keeps it beside itself.
_BUNDLED = 'Path(__file__).parent.parent / "data" / "publishers.toml"'


def _show(commit: str, path: str) -> str:
    return subprocess.run(
        ["git", "-C", str(REPO), "show", f"{commit}:{path}"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def load(commit: str, name: str = "attribution_then") -> ModuleType:
    """``aggregator.attribution.attribute`` as of ``commit``, as module ``name``.attribute.

    Its imports of ``aggregator.attribution`` point at the copy; everything else (models,
    errors) is today's, which is what the attribution code of that commit used too.
    """
    folder = Path(tempfile.mkdtemp(prefix="attribution-then-")) / name
    folder.mkdir()
    for module in MODULES:
        source = _show(commit, f"aggregator/attribution/{module}.py")
        source = source.replace("aggregator.attribution", name)
        if module == "publishers":
            if _BUNDLED not in source:
                raise RuntimeError(f"{commit}: publishers.py no longer finds its table that way")
            source = source.replace(_BUNDLED, 'Path(__file__).parent / "publishers.toml"')
        (folder / f"{module}.py").write_text(source, encoding="utf-8")
    table = _show(commit, "aggregator/data/publishers.toml")
    (folder / "publishers.toml").write_text(table, encoding="utf-8")
    sys.path.insert(0, str(folder.parent))
    return importlib.import_module(f"{name}.attribute")
