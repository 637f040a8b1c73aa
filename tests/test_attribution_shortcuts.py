"""The attribution's speed shortcuts never change an answer (issue 14's 5 ms budget): a hint's
words looked for as substrings find what their alternation finds, a lowered search finds
what the case-blind pattern finds at the same places, and a pattern hinted by the word its
look ahead needs still matches every line it matched."""

# ruff: noqa: RUF001  (letters of other scripts are meant)

from __future__ import annotations

import re

import pytest

from aggregator.attribution.conventions import edge_credits
from aggregator.attribution.conventions import patterns as cp
from aggregator.attribution.conventions.regex_parts import Lowered
from aggregator.attribution.conventions.rights_notices import RIGHTS_WORDS
from aggregator.attribution.conventions.sentences import REPUBLISHED_PIECE, REPUBLISHED_VERB
from aggregator.attribution.line_readers import runs
from aggregator.attribution.pattern_runs import Words

LINES = [
    "© 2027 Harbour Gazette. ALL RIGHTS RESERVED.",
    "Copyright © 2027 Tidewise. Tüm hakları saklıdır. İzinsiz kullanılamaz.",
    "İSTANBUL — Bu haber ilk olarak Kıyı Postası'nda yayımlandı.",
    "This article was first PUBLISHED by The Kestrel Bugle.",
    "Cet article a été publié dans Le Courrier du Nord.",
    "Dieser Beitrag erschien zuerst in der Nordtaler Zeitung.",
    "ΑΠΑΓΟΡΕΥΕΤΑΙ Η ΑΝΑΔΗΜΟΣΙΕΥΣΗ",
    "The council will vote next month on the repair contract.",
    "",
]


@pytest.mark.parametrize("pattern", [RIGHTS_WORDS, REPUBLISHED_VERB, REPUBLISHED_PIECE])
@pytest.mark.parametrize("line", LINES)
def test_a_lowered_search_finds_what_the_case_blind_one_does(
    pattern: re.Pattern[str], line: str
) -> None:
    found, lowered = pattern.search(line), Lowered(pattern).search(line)
    assert (found is None) == (lowered is None)
    if found is not None and lowered is not None:
        assert found.span() == lowered.span()


def test_a_pattern_with_capitals_cannot_be_searched_lowered() -> None:
    with pytest.raises(ValueError, match="lower case"):
        Lowered(re.compile(r"\bAP\b", re.IGNORECASE))


@pytest.mark.parametrize("line", [line.casefold() for line in LINES])
def test_words_find_what_their_alternation_finds(line: str) -> None:
    words = ("rights reserved", "publié", "yayımlandı", "αναδημοσιευση", "(photo")
    alternation = re.compile("|".join(map(re.escape, words)))
    assert (Words(words).search(line) is None) == (alternation.search(line) is None)


#: Lines each of the look-ahead patterns matches: their hint must let every one through.
LOOKED_AHEAD = [
    "This story was published from a syndicated feed without modifications to the text.",
    "(This story has not been edited by our staff and is auto-generated from a syndicated feed.)",
    "The Associated Press contributed to this report.",
    "(पीटीआई से इनपुट के साथ)",
    "Copyright 2027 Harbour Gazette's website content may not be reproduced without permission.",
]


@pytest.mark.parametrize("line", LOOKED_AHEAD)
def test_a_hinted_look_ahead_lets_through_every_line_its_pattern_matches(line: str) -> None:
    entries = [
        *runs.STORY_EDGE_RUN.entries,
        *runs.STORY_SENTENCES_RUN.entries,
        *runs.STORY_WORDED_RUN.entries,
    ]
    matched = [(p, hints) for p, _, hints in entries if p.match(line)]
    assert matched, "no pattern of the runs matches the line: the test lost its subject"
    folded = line.casefold()
    for _, hints in matched:
        assert hints is None or hints.search(folded) is not None


def test_the_look_ahead_hints_are_the_words_looked_for() -> None:
    hinted = {word for _, _, hints in runs.STORY_EDGE_RUN.entries if hints for word in hints.words}
    assert {"feed", "from", "contributed", "इनपुट", "सौजन्य"} <= hinted
    assert "reserved" in hinted  # the rights notice's own words
    assert cp.RIGHTS_NOTICE in [p for p, _, hints in runs.STORY_EDGE_RUN.hinted]


def _nouns_unguarded(pattern: str) -> str:
    """A noun alternation of edge_credits without its look at the next character."""
    return re.sub(r"^\(\?:\(\?=\[[^\]]*\]\)", "(?:", pattern)


@pytest.mark.parametrize(
    "nouns",
    [edge_credits.SOURCE_NOUNS, edge_credits.CREDIT_NOUNS, edge_credits.CREDIT_LEADS],
    ids=["source", "credit", "leads"],
)
def test_a_noun_alternation_matches_with_its_look_ahead_what_it_matched_without(
    nouns: str,
) -> None:
    # Every alternative's own words, in both cases, then a name: the look at the first
    # character must let each through (the Catalan "Font" added last included).
    words = re.findall(r"(?<=[|:(])((?:[^|()\\]|\\.)+?)(?=[|)])", nouns)
    lines = [f"{w.replace(chr(92), '')}: Kestrel Bugle" for w in words] + ["Font: ACN"]
    lines += [line.upper() for line in lines] + LINES
    assert len(words) > 30
    guarded = re.compile(rf"^{nouns}\s*[:：]", re.IGNORECASE)
    plain = re.compile(rf"^{_nouns_unguarded(nouns)}\s*[:：]", re.IGNORECASE)
    assert plain.pattern != guarded.pattern
    for line in lines:
        found, expected = guarded.match(line), plain.match(line)
        assert (found and found.group(0)) == (expected and expected.group(0)), line
