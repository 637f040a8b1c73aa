"""Credit lines at a text's edges in shapes the earlier patterns missed (issue 14, the fifth
conventions round):

- "From: InDaily": a copy's header naming where it came from (a name reading as an outlet's:
  an e-mail's "From: Jane Doe" names a person);
- "Via @TheCableNG", "h/t @OPB": a tip to an outlet's account, the handle read as the outlet
  when it reads as one (capitals, "The…", an outlet's word in it); "h/t @janeroe" thanks a
  reader and credits no one;
- "This media release was issued by the Queensland Government and is republished in full":
  a press office's own release reposted; the office is its publisher (a ministry after
  "Source:" only cites figures: not_credits/data_notes.py);
- "— The Santa Fe New Mexican, 04/03/2026": a dash sign-off naming "The …" and the date it
  ran (a person signs "— Jane Doe, 4 March 2026" with no "The").
"""

# ruff: noqa: RUF001  (dashes are meant)

from __future__ import annotations

import re

from aggregator.attribution.conventions.regex_parts import CLOSE, FLAGS, OPEN
from aggregator.attribution.names import Trust

#: "From: InDaily" on its own line.
FROM_LABEL = re.compile(OPEN + r"from\s*[:：]\s*(?P<who>[^\n:：@]{2,60}?)" + CLOSE, FLAGS)
#: An account that reads as an outlet's: capitals and digits ("@OPB", "@KQED"), "The…"
#: ("@TheCableNG"), or an outlet's word inside ("@BangorDailyNews").
_OUTLET_HANDLE = (
    r"@(?P<who>(?-i:[A-Z][A-Z0-9]{1,11}|The[A-Z]\w{1,25}|[A-Z]\w{0,20}(?:News|Times|Post|Daily|"
    r"Herald|Tribune|Journal|Gazette|Press|Radio|TV|Mail|Star|Online|Media|Courier|Record|"
    r"Observer|Express|Standard|Guardian|Telegraph|Chronicle)\w{0,12}))"
)
HANDLE_TIP = re.compile(
    OPEN
    + r"(?:via|h/t|h\.t\.|hat[- ]?tip(?:\s+to)?|courtesy(?:\s+of)?|source)\s*[:：]?\s*"
    + _OUTLET_HANDLE
    + CLOSE,
    FLAGS,
)
#: A press office's release reposted: "This media release was issued by X (and is republished
#: in full)", "Media release issued by X".
RELEASE_ISSUED_BY = re.compile(
    OPEN + r"(?:(?:this|the)\s+)?(?:media|press|news)\s+(?:release|statement)\s+(?:was\s+|is\s+|"
    r"has\s+been\s+)?issued\s+by\s+(?:the\s+)?(?P<who>[^\n,;]{2,80}?)"
    r"(?:\s*,?\s+and\s+(?:is|was|has\s+been)\s+(?:re-?published|reproduced|reprinted|"
    r"reposted|shared)(?:\s+(?:here|in\s+full|unedited|verbatim|with\s+permission))*)?" + CLOSE,
    FLAGS,
)
#: "— The Santa Fe New Mexican, 04/03/2026": a dash, "The …", a comma and a date.
DATED_SIGNOFF = re.compile(
    r"^(?:[—–‒―]+|--+)\s*(?P<who>(?-i:The|THE)\s+[^\n,]{2,60}?\s*,\s*"
    r"(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4}|"
    r"[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}))[.]?$",
    FLAGS,
)

#: (pattern, how far its wording vouches for a name the table lacks), read at the edges.
EDGE = [
    (FROM_LABEL, Trust.OUTLET),
    (HANDLE_TIP, Trust.NAMED),
    (RELEASE_ISSUED_BY, Trust.STRONG),
    (DATED_SIGNOFF, Trust.NAMED),
]
#: Words each needs (casefolded substrings): a line lacking them is not tried (speed).
HINTS: dict[re.Pattern[str], tuple[str, ...]] = {
    FROM_LABEL: ("from",),
    HANDLE_TIP: ("@",),
    RELEASE_ISSUED_BY: ("issued",),
    DATED_SIGNOFF: ("—", "–", "‒", "―", "--"),
}
