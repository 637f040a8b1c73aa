"""The attribution benchmark counts a credit line as left in the text only where it still
stands as words: a short tag inside a word ("AgE" in "Biogasanlagen") is not the tag."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

# the benchmark's modules import one another by their bare names
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from attribution_cases import Case
from attribution_score import Outcome


def _outcome(text: str, credit_lines: tuple[str, ...]) -> Outcome:
    case = Case(
        key="k",
        origin="blind",
        url="https://example.org/1",
        html="",
        expected="Agra-Europe",
        accepted=(),
        credit_lines=credit_lines,
        keep=(),
        category="wire",
        language="de",
        half="tune",
    )
    return Outcome(case, "Agra-Europe", text, 1.0, 1.0)


@pytest.mark.parametrize(
    ("text", "leaked"),
    [
        # the tag inside a word of the story: gone from the text as a tag
        ("Die Biogasanlagen werden außer Betrieb genommen.", []),
        # the tag still glued to the last sentence, or on a line of its own
        ("Die Biogasanlagen werden außer Betrieb genommen.AgE", ["AgE"]),
        ("Die Biogasanlagen werden außer Betrieb genommen.\nAgE", ["AgE"]),
    ],
)
def test_a_short_tag_leaks_only_as_words(text: str, leaked: list[str]) -> None:
    assert _outcome(text, ("AgE",)).leaked() == leaked


def test_a_credit_line_leaks_whatever_its_spacing_and_case() -> None:
    line = "— With files from The Canadian Press"
    text = "The road reopens Friday.\n—  with files from the  Canadian Press"
    assert _outcome(text, (line,)).leaked() == [line]
