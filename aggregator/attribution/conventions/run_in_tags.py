"""A wire's name in capitals run into the last paragraph after its final sentence, with no
bracket or dash (issue 14, the eighth conventions round): Singapore's and Malaysia's papers
close a wire's story so ("… as freight costs climb. REUTERS", "… the ministry said. AFP",
"… on Tuesday. BLOOMBERG"). A name the table knows, written in capitals, three letters at
least ("AP" or "PA" after "p.m." may be anything), the sentence before it ended: a word in
capitals ending a sentence is no prose. German-language sites print an agency's short tag as the
agency writes it ("dpa", "AgE"), often glued to the full stop: a table wire's name only."""

# ruff: noqa: RUF001  (closing quotes of other typographies are meant)

from __future__ import annotations

import re
from collections.abc import Callable

#: The sentence's end, then the name in capitals alone: "… climb. REUTERS", "… said. AFP".
CAPS_TAIL = re.compile(
    r"(?<=[.!?\"”’)])\s+(?P<credit>(?P<who>[A-Z][A-Z&-]{2,24}(?:\s[A-Z][A-Z&-]{1,24}){0,2}))$"
)


#: The same with a wire's short tag as the wire writes it, in any case and glued to the full
#: stop when the tag stood in an element of its own ("… genommen.AgE", "… gesagt. dpa"): one
#: word of three to twelve letters ("AP" after "p.m." may be anything), a wire's name.
WIRE_TAG_TAIL = re.compile(r"(?<=[.!?\"”’)])\s*(?P<credit>(?P<who>[^\W\d_][\w-]{2,11}))$")


def caps_tag(line: str) -> re.Match[str] | None:
    """The run-in tag ending ``line`` (its ``credit`` and ``who`` groups), or None."""
    return CAPS_TAIL.search(line) if line[-1:].isupper() else None


def wire_tag(line: str, is_wire: Callable[[str], bool]) -> re.Match[str] | None:
    """A wire's one-word tag in any case ending ``line`` right after its last sentence (its
    ``credit`` and ``who`` groups), or None."""
    found = WIRE_TAG_TAIL.search(line) if line[-1:].isalpha() else None
    return found if found is not None and is_wire(found.group("who")) else None
