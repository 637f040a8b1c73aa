"""A wire's name in capitals run into the last paragraph after its final sentence, with no
bracket or dash (issue 14, the eighth conventions round): Singapore's and Malaysia's papers
close a wire's story so ("… as freight costs climb. REUTERS", "… the ministry said. AFP",
"… on Tuesday. BLOOMBERG"). A name the table knows, written in capitals, three letters at
least ("AP" or "PA" after "p.m." may be anything), the sentence before it ended: a word in
capitals ending a sentence is no prose."""

# ruff: noqa: RUF001  (closing quotes of other typographies are meant)

from __future__ import annotations

import re

#: The sentence's end, then the name in capitals alone: "… climb. REUTERS", "… said. AFP".
CAPS_TAIL = re.compile(
    r"(?<=[.!?\"”’)])\s+(?P<credit>(?P<who>[A-Z][A-Z&-]{2,24}(?:\s[A-Z][A-Z&-]{1,24}){0,2}))$"
)


def caps_tag(line: str) -> re.Match[str] | None:
    """The run-in tag ending ``line`` (its ``credit`` and ``who`` groups), or None."""
    return CAPS_TAIL.search(line) if line[-1:].isupper() else None
