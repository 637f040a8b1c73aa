"""The wheel's packages: every package folder is listed, the Scrapy side under our own name."""

from __future__ import annotations

import importlib
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SCRAPY_SIDE = ("frontier", "middlewares", "pipelines", "settings", "spiders")


def _project() -> dict[str, object]:
    with (REPO / "pyproject.toml").open("rb") as file:
        return tomllib.load(file)["tool"]["setuptools"]  # type: ignore[no-any-return]


def test_every_package_folder_is_in_the_wheel() -> None:
    listed = set(_project()["packages"])  # type: ignore[call-overload]
    found = {
        ".".join(init.parent.relative_to(REPO).parts)
        for init in (REPO / "aggregator").rglob("__init__.py")
        if "site" not in init.parts
    }
    found |= {f"aggregator_scrapy.{name}" for name in SCRAPY_SIDE}
    assert found == listed


def test_the_scrapy_side_has_no_generic_top_level_names() -> None:
    mapping = _project()["package-dir"]
    assert mapping == {f"aggregator_scrapy.{name}": name for name in SCRAPY_SIDE}
    assert all(name.split(".")[0] not in SCRAPY_SIDE for name in _project()["packages"])  # type: ignore[attr-defined]


def test_installed_names_are_the_checkout_folders() -> None:
    for name in SCRAPY_SIDE:
        module = importlib.import_module(f"aggregator_scrapy.{name}")
        assert Path(module.__file__ or "").parent == REPO / name
