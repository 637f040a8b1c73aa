"""The runs of patterns ``whole_line`` tries, built once (speed: pattern_runs.py): the story's
labels and leads, the notes read at the story's edges, the edge and side lines' runs, the
image credits, and which of the later sets' runs a line's words call for."""

from __future__ import annotations

import re

from aggregator.attribution.conventions import (
    case_credits,
    copy_notes,
    edge_credits,
    edge_labels,
    inflected,
    language_credits,
    org_bylines,
    phrase_credits,
    press_services,
    provider_lines,
    repost_credits,
    reprint_credits,
    trailers,
)
from aggregator.attribution.conventions import image_patterns as images
from aggregator.attribution.conventions import patterns as cp
from aggregator.attribution.names import Trust
from aggregator.attribution.pattern_runs import Entry, Run, Words, hint, unhinted

_STORY_TRIED = [
    (pattern, trust, hint(cp.HINTS.get(pattern)))
    for pattern, trust in [*cp.STORY, (edge_credits.SOURCE_LABELLED, Trust.NAMED)]
]
#: The same for a line in the middle of the text, where a list item credits no story.
_STORY_TRIED_MIDDLE = [tried for tried in _STORY_TRIED if tried[0] is not cp.LIST_ITEM]

IMAGE_TRIED = [
    (pattern, hint(words)) for pattern, words in zip(images.PATTERNS, images.HINTS, strict=True)
]
#: Any image pattern's words (every one of them a _hint: the union finds what one does).
IMAGE_ANY = Words(word for _, hint in IMAGE_TRIED if hint for word in hint.words)


#: Credit lines read where the story's own edges are (copy_notes, inflected leads), each with
#: the words it needs.
_NOTE_HINTS = {
    **copy_notes.HINTS,
    **inflected.HINTS,
    **case_credits.HINTS,
    **press_services.HINTS,
}
_NOTES = [
    (
        pattern,
        trust,
        hint(_NOTE_HINTS.get(pattern)),
    )
    for pattern, trust in [
        *copy_notes.NOTES,
        *case_credits.PATTERNS,
        *press_services.PATTERNS,
        (inflected.SLAVIC_LEADS, Trust.NAMED),
        (inflected.SLAVIC_LEADS_BARE, Trust.OUTLET),
        (inflected.SLAVIC_REPORTED, Trust.OUTLET),
    ]
]

#: Any word one of _NOTES needs: a line with none of them skips them all in one look.
NOTES_ANY = hint(tuple(word for words in _NOTE_HINTS.values() for word in words))


_EDGE_LABELS = [(p, t, hint(edge_labels.HINTS.get(p))) for p, t in edge_labels.EDGE]
#: A pattern that first looks ahead for one word ("(?=.*\\bfeed\\b)", "(?=.*इनपुट)"), right
#: after its opening bracket: no line without the word can match it.
_LOOKS_AHEAD = re.compile(
    r"^\^\[\(\\\[«\]\?\\s\*\(\?=\.\*(?:\\[bs])?(?P<word>[^\s\\()|.*+?\[\]{}]{4,})"
)
#: The words without one of which a notice of rights cannot match (its own look ahead).
_RIGHTS_WORDS = ("reserved", "may", "subscriber", "redistribut", "licen", "reproduc", "permission")


def _looked_ahead(pairs: list[tuple[re.Pattern[str], Trust]]) -> list[Entry]:
    """The patterns, each hinted by the word its look ahead needs (speed: each such look
    scans the whole line, in every line at the story's edges)."""
    entries: list[Entry] = []
    for pattern, trust in pairs:
        ahead = _LOOKS_AHEAD.match(pattern.pattern)
        words: tuple[str, ...] | None = (ahead.group("word").casefold(),) if ahead else None
        if pattern is cp.RIGHTS_NOTICE:
            words = _RIGHTS_WORDS
        entries.append((pattern, trust, hint(words)))
    return entries


#: How far into a line the words of repost_credits' and language_credits' patterns stand.
_HEAD_CHARS = 48
#: The runs whole_line tries, built once here rather than as lists on every call (speed).
STORY_RUN = Run(_STORY_TRIED)
STORY_MIDDLE_RUN = Run(_STORY_TRIED_MIDDLE)
STORY_EDGE_RUN = Run(_looked_ahead(cp.STORY_EDGE))
EDGE_AND_TRAILERS_RUN = Run(
    [
        *unhinted([*edge_credits.EDGE, *trailers.TRAILERS]),
        # Czech and Slovak's "first appeared in" by its adverb (speed: out of the joined look,
        # which every line at the story's edges runs)
        (inflected.CZECH_SLOVAK_FIRST, Trust.STRONG, hint(inflected.CZECH_SLOVAK_WORDS)),
    ]
)
EDGE_LABELS_RUN = Run(_EDGE_LABELS)
NOTES_RUN = Run(_NOTES)
STORY_SENTENCES_RUN = Run(_looked_ahead(cp.STORY_SENTENCES))
STORY_WORDED_RUN = Run(_looked_ahead(cp.STORY_WORDED))
#: "Por Redacción El Diario de Aysén": a newsroom's word before the outlet's name is read
#: before a byline's plain "By X" would take it for part of the name.
_NEWSROOM_OF = (org_bylines.NEWSROOM_OF, Trust.OUTLET)
BESIDE_BYLINES_RUN = Run(
    unhinted(
        [
            cp.DESK_BYLINE,
            _NEWSROOM_OF,
            cp.BYLINE,
            (edge_credits.HAT_TIP, Trust.NAMED),
            *(p for p in org_bylines.PATTERNS if p != _NEWSROOM_OF),
        ]
    )
)
BYLINE = cp.BYLINE[0]
BARE_NAME_RUN = Run(unhinted([cp.BARE_NAME]))
_POST_FROM_RUN = Run(unhinted([(repost_credits.POST_FROM, Trust.NAMED)]))
_REPOSTS_RUN = Run(unhinted(repost_credits.PATTERNS))
_LANGUAGES_RUN = Run(unhinted(language_credits.PATTERNS))
_REPRINTS_RUN = Run(unhinted(reprint_credits.PATTERNS))
PHRASES_RUN = Run(unhinted(phrase_credits.PATTERNS))
_PROVIDERS_RUN = Run(unhinted(provider_lines.PATTERNS))


def reposts_and_languages(folded: str) -> list[Run]:
    """The tenth set's conventions (repost_credits, language_credits), for a line with their
    words only (speed)."""
    # Every one opens the line with its words: its first characters are enough to look at.
    head = folded[:_HEAD_CHARS]
    found = [_POST_FROM_RUN] if "post from" in folded else []
    if repost_credits.hinted(head):
        found.append(_REPOSTS_RUN)
    if reprint_credits.hinted(folded):  # the eleventh set's reprint and partnership notes
        found.append(_REPRINTS_RUN)
    if provider_lines.hinted(folded):  # an original and its platform: "X via NewsBreak"
        found.append(_PROVIDERS_RUN)
    # Another language's credit line is short: a story's paragraph is not looked into.
    if len(folded) > language_credits.MAX_CHARS or not language_credits.hinted(head):
        return found
    return [*found, _LANGUAGES_RUN]
