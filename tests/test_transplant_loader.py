"""The transplant sets store recipes, not pages (the real pages may not be committed): the loader
rebuilds each page from the shared corpus by applying the recipe's edits. These tests use a tiny
gzip page of their own in a temporary folder laid out like the shared data."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from bench.attribution_cases import TransplantError, apply_edits, blind_files, transplant_cases

PAGE = (
    "<html><body><article><p>First paragraph of the story.</p>"
    "<p>Last paragraph of the story.</p></article></body></html>"
)


def _shared(tmp_path: Path) -> Path:
    shared = tmp_path / "shared"
    html = shared / "extraction" / "aeb" / "html"
    html.mkdir(parents=True)
    (html / "page1.html.gz").write_bytes(gzip.compress(PAGE.encode("utf-8")))
    return shared


def _set(tmp_path: Path, edits: list[dict[str, str]]) -> Path:
    folder = tmp_path / "blind"
    folder.mkdir()
    record = {
        "id": "t1-001",
        "half": "tune",
        "category": "wire",
        "language": "en",
        "site": "example.org",
        "url": "https://example.org/story",
        "page": "aeb/page1",
        "edits": edits,
        "expected_publisher": "Reuters",
        "accept": ["Reuters"],
        "credit_lines": ["Source: Reuters"],
        "must_keep": ["First paragraph of the story."],
        "placement": "end_paragraph",
        "note": "",
    }
    (folder / "transplants_test.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    return folder


def test_edits_are_applied_in_order_to_the_page_as_the_earlier_ones_left_it() -> None:
    edits = [
        {"anchor": "story.</p></article>", "where": "after", "html": "<p>Source: Reuters</p>"},
        # this anchor exists only once the first edit is in
        {"anchor": "<p>Source: Reuters</p>", "where": "before", "html": "<hr>"},
        {"anchor": "First paragraph", "where": "before", "html": "LONDON (Reuters) - "},
    ]
    built = apply_edits(PAGE, edits)
    assert "<p>LONDON (Reuters) - First paragraph" in built
    assert built.endswith("</article><hr><p>Source: Reuters</p></body></html>")


def test_a_missing_anchor_raises_a_clear_error() -> None:
    with pytest.raises(TransplantError, match="not found"):
        apply_edits(PAGE, [{"anchor": "no such text", "where": "after", "html": "x"}], "t1-001")


def test_an_anchor_that_is_not_unique_raises_a_clear_error() -> None:
    with pytest.raises(TransplantError, match="found 2 times"):
        apply_edits(PAGE, [{"anchor": "of the story.", "where": "after", "html": "x"}])


def test_the_loader_builds_each_case_from_the_shared_page(tmp_path: Path) -> None:
    edits = [{"anchor": "story.</p></article>", "where": "after", "html": "<p>Source: Reuters</p>"}]
    folder = _set(tmp_path, edits)
    (case,) = transplant_cases(folder, _shared(tmp_path))
    assert case.key == "transplants_test.jsonl:t1-001"
    assert case.origin == "blind:transplants_test.jsonl"
    assert "<p>Source: Reuters</p></body>" in case.html
    assert case.expected == "Reuters" and case.credit_lines == ("Source: Reuters",)
    # a transplant file is not read as an ordinary blind set (it has no html)
    assert blind_files(folder) == []


def test_a_bad_recipe_names_its_case(tmp_path: Path) -> None:
    folder = _set(tmp_path, [{"anchor": "nowhere", "where": "after", "html": "x"}])
    with pytest.raises(TransplantError, match=r"transplants_test\.jsonl:t1-001"):
        list(transplant_cases(folder, _shared(tmp_path)))


def test_cases_are_skipped_when_the_shared_data_is_absent(tmp_path: Path) -> None:
    edits = [{"anchor": "story.</p></article>", "where": "after", "html": "<p>Source: Reuters</p>"}]
    folder = _set(tmp_path, edits)
    assert list(transplant_cases(folder, tmp_path / "no-shared-here")) == []
