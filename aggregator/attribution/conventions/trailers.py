"""Trailers that close a copied story, in the shapes newsrooms' republishing terms and wires'
house styles give them (issue 14, the sixth blind set). Read only at the text's edges.

- an outlet's description, which nonprofit newsrooms require under a republished story
  ("KFF Health News is a national newsroom that produces …", "Chalkbeat is a nonprofit
  news site covering …");
- a wire's end marker with its name ("(END) Dow Jones Newswires");
- a desk's note that it edited wire copy ("Edited by Harcourt Star staff from Reuters
  reports");
- "first broadcast by" (a broadcaster's story), a transcript's note naming the programme it
  aired on (its programme's name cut to the broadcaster's: "Marketplace Morning Report",
  "NPR's All Things Considered"), and "first published in" in Danish, Norwegian and Swedish
  ("Artiklen blev først bragt i Politiken") and Polish (inflected.POLISH_FIRST; Czech and
  Slovak's inflected.CZECH_SLOVAK_FIRST is read beside them, by its words: line_readers/runs.py);
- a wire's tag with its desk's initials after the last sentence ("… a month. dpa/tmn");
- a wire's bureau report line ("IPS UN Bureau Report", "Reuters Nairobi Bureau").
"""

# ruff: noqa: RUF001  (dashes, full-width colons and curly quotes of credit lines are meant)

from __future__ import annotations

import re

from aggregator.attribution.conventions.inflected import POLISH_FIRST
from aggregator.attribution.conventions.regex_parts import FLAGS
from aggregator.attribution.names import Trust

_END = r"\s*[)\]]?[.]?$"

#: "<Name> is a [adjectives] newsroom|news site|…": the name is capitalised, one clause; a
#: column syndicate writes its domain after it and calls itself a nonprofit dedicated to its
#: mission ("Writers on the Range, writersontherange.org, is an independent nonprofit
#: dedicated to spurring lively conversation about the West.").
DESCRIPTION = re.compile(
    r"^(?P<who>(?-i:[A-Z0-9][\w&'’.-]*)(?:\s+(?-i:[A-Z0-9a-z][\w&'’.-]*)){0,5}?)"
    r"(?:,\s*[\w-]+(?:\.[\w-]+)*\.[a-z]{2,},)?\s+is\s+"
    r"(?:an?|the)\s+(?:[\w,'’-]+\s+){0,6}?(?:newsroom|news\s+(?:site|outlet|organi[sz]ation|"
    r"service|publication|website|agency)|(?:nonprofit|independent)\s+(?:news|media)\s+"
    r"(?:organi[sz]ation|outlet|company)|non-?profit\s+(?:dedicated|devoted|committed))\b"
    r"[^\n]{0,220}?[.]$",
    FLAGS,
)
#: "(END) Dow Jones Newswires", "(END) Dow Jones Newswires March 04, 2026 10:15 ET".
END_MARKER = re.compile(r"^\(END\)\s+(?P<who>[^\n()]{2,40}?)(?:\s+[A-Z][a-z]+\s+\d[^\n]*)?$")
#: "Edited by Harcourt Star staff from Reuters reports", "Compiled by our desk from AFP
#: dispatches".
EDITED_FROM = re.compile(
    r"^[(\[]?\s*(?:edited|compiled|written|prepared|adapted)\s+by\s+[^\n]{1,60}?\s+from\s+"
    # "from wire reports", "from agency reports" credit no one ("The Wire" is an outlet)
    r"(?!(?:staff\s+and\s+)?(?:wire|wires|agency|agencies|news\s+agenc\w+)\b)(?P<who>[^\n]{1,40}?)\s+(?:reports|reporting|dispatches|copy|wires?)"
    + _END,
    FLAGS,
)
#: A permission after the broadcast's credit: "… and is reproduced with permission".
_PERMISSION = (
    r"(?:,?\s+and\s+(?:is\s+)?(?:reproduced|republished|reprinted|published|used|shared)"
    r"(?:\s+here)?\s+with\s+(?:kind\s+)?permission)?"
)
#: A programme's name after its broadcaster's: daypart and format words ("Marketplace Morning
#: Report", "'s Weekend Edition"), or any name after the possessive ("NPR's All Things
#: Considered"): the broadcaster published the segment.
_PROGRAMME = (
    r"(?:['’]s\s+[^\n]{1,40}?|(?:['’]s)?(?:\s+(?:morning|evening|afternoon|midday|weekend|daily|"
    r"tonight|this\s+morning|report|edition|show|hour|briefing|programme|program|podcast)){0,3})"
)
#: "This is an edited transcript of a segment that aired on Marketplace Morning Report",
#: "The following is a transcript of an interview broadcast on NPR's All Things Considered":
#: a broadcaster's transcript.
#: "This report was first broadcast by Sky News", "The segment first aired on NPR", "This
#: interview first aired on Mega FM's evening programme and is reproduced with permission".
BROADCAST_FIRST = re.compile(
    r"^[(\[]?\s*(?:this|the)\s+(?:report|story|segment|interview|piece|programme|program)\s+"
    r"(?:was\s+)?(?:first|originally)\s+(?:broadcast|aired)\s+(?:by|on)\s+(?P<who>[^\n]{1,60}?)"
    + _PROGRAMME
    + _PERMISSION
    + _END,
    FLAGS,
)
TRANSCRIPT = re.compile(
    r"^[(\[]?\s*(?:(?:this|the\s+following|what\s+follows)\s+is\s+)?(?:an?\s+|the\s+)?"
    r"(?:(?:lightly\s+|partially\s+)?(?:edited|condensed|abridged|shortened|partial|full)"
    r"(?:\s+and\s+\w+)?\s+)?transcript\s+(?:of|from)\s+(?:an?|the|this)\s+"
    r"(?:[\w-]+\s+)?(?:segment|interview|episode|conversation|report|broadcast|programme|"
    r"program|show|podcast)\s+(?:that\s+|which\s+)?(?:was\s+)?(?:first\s+|originally\s+)?"
    r"(?:aired|broadcast|ran|heard)\s+(?:on|by)\s+(?P<who>[^\n]{1,60}?)"
    + _PROGRAMME
    + _PERMISSION
    + _END,
    FLAGS,
)
#: Danish, Norwegian, Swedish: "Artiklen blev først bragt i Politiken", "Artikkelen ble først
#: publisert i Aftenposten", "Artikeln publicerades först i Dagens Nyheter".
NORDIC_FIRST = re.compile(
    r"^[(\[]?\s*(?:artiklen|artikkelen|artikeln|teksten|texten|historien)\s+"
    r"(?:blev|ble|er|var|har\s+været|har\s+vært)?\s*(?:først|oprindeligt|opprinnelig|"
    r"ursprungligen)?\s*(?:bragt|publiceret|publisert|offentliggjort|trykt|publicerades|"
    r"publicerad|har\s+tidigare\s+publicerats)\s+(?:først\s+|först\s+|oprindeligt\s+|"
    r"opprinnelig\s+|ursprungligen\s+)?(?:i|på|hos)\s+(?P<who>[^\n]{1,60}?)" + _END,
    FLAGS,
)

#: "… foråret 2028. /ritzau/": a Nordic wire's tag between slashes after the last sentence.
SLASH_TAG_TAIL = re.compile(r"(?<=[.!?\"”’)])(?P<credit>\s*/\s*(?P<who>[^/\s][^/\n]{1,29}?)\s*/)$")

#: "… within a month. dpa/tmn", "… on Monday. -AFP/ml": a wire's tag joined by a slash to its
#: desk's initials after the last sentence (a table name only: the reader asks KNOWN).
WIRE_SLUG_TAIL = re.compile(
    r"(?<=[.!?\"”’)])(?P<credit>\s*(?:--|-|—|–)?\s*(?P<who>[A-Za-z][A-Za-z-]{1,15})"
    r"\s*/\s*[a-z]{2,4}(?:/[a-z]{2,4}){0,3})$"
)

#: "IPS UN Bureau Report", "Xinhua Brussels Bureau Report", "Reuters Nairobi Bureau": a
#: wire's name (a table name only: KNOWN), its bureau's place or desk in capitals, "Bureau"
#: ("Times of India Bureau" is no bureau of The Times).
BUREAU_REPORT = re.compile(
    r"^(?P<who>(?-i:[A-Z])[^\s,;:]*(?:\s+(?-i:[A-Z])[^\s,;:]*){0,2}?)\s+"
    r"(?:(?-i:[A-Z])[\w.-]*\s+){0,3}bureau(?:\s+report)?[.]?$",
    FLAGS,
)

#: "भाषा राजेश अजय", "वार्ता सं. सुरेश": an Indian wire's Hindi service signs its copy with its
#: tag and its desk's names, on a line of its own (a table name only: KNOWN). The names are
#: one to three words of Devanagari, never a phrase's small words ("भाषा और संस्कृति" is a
#: line about language and culture).
HINDI_DESK_SIGN_OFF = re.compile(
    r"^(?P<who>भाषा|वार्ता|यूनीवार्ता)(?:\s+सं\.)?"
    r"(?:\s+(?!(?:और|एवं|की|का|के|में|से|पर|है|हैं|नीति|विवाद|संस्कृति|सम्मान|दिवस|विभाग|मंत्रालय|आयोग|नियम)(?:\s|$))"
    r"[\u0900-\u0963\u0971-\u097f]{2,12}){1,3}[.।]?$"
)

TRAILERS = [
    (HINDI_DESK_SIGN_OFF, Trust.KNOWN),
    (DESCRIPTION, Trust.NAMED),
    (END_MARKER, Trust.KNOWN),
    (EDITED_FROM, Trust.KNOWN),
    (BROADCAST_FIRST, Trust.STRONG),
    (TRANSCRIPT, Trust.STRONG),
    (NORDIC_FIRST, Trust.STRONG),
    (POLISH_FIRST, Trust.STRONG),
    (BUREAU_REPORT, Trust.KNOWN),
]
