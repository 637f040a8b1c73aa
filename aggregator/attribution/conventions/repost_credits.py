"""Credits that reposting tools and readers write, whatever the site (issue 14, the tenth blind
set's page kinds):

- a Telegram channel's mirror: the app's "Forwarded from <channel>" above a forwarded post,
  in the languages the app is used in ("Переслано от", "Reenviado desde");
- a feed plugin's footer kept by a scraper that republished the feed: "©2026 “Tamsworth
  Courier”. Use of this feed is for personal non-commercial use only. …" and "<title> is a
  post from: Tamsworth Courier" name the feed's site; "<title> was first posted on March 4,
  2026 at 9:14 am." and the feed's terms alone ("This feed is for personal, non-commercial
  use only. …") name no one (sign-offs that leave the text);
- a blogger's lead-in on the first line: "Via The Independent:" (a colon leading into the
  pasted story; "From WECT News:" in a round-up only introduces a quote, so only the leads
  that credit a copy count).
"""

# ruff: noqa: RUF001  (curly quotes of credit lines are meant)

from __future__ import annotations

import re

from aggregator.attribution.conventions.regex_parts import FLAGS
from aggregator.attribution.names import Trust

#: Telegram's label of a forwarded post, in the app's languages: the channel it came from.
FORWARDED_FROM = re.compile(
    r"^(?:forwarded\s+from|переслано\s+(?:от|из|від)|пересилання\s+від|reenviado\s+(?:desde|"
    r"de)|encaminhado\s+de|weitergeleitet\s+von|transféré\s+de|inoltrato\s+da|"
    r"doorgestuurd\s+van|przekazano\s+od|iletildi|diteruskan\s+dari|"
    r"فوروارد\s+شده\s+از|تمت\s+إعادة\s+توجيهها\s+من)\s*[:：]?\s+"
    # a user, the app itself or its own folders ("Saved Messages") publish nothing
    r"(?P<who>(?!@|(?i:telegram|saved\s+messages|deleted\s+account|hidden\s+user)\b)"
    r"[^\n:：]{2,60}?)\s*$",
    FLAGS,
)
#: An RSS footer plugin's notice: the feed's site in quotes (or not) after its rights sign.
FEED_NOTICE = re.compile(
    r"^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}\s*)?[\"“”'‘’]?(?P<who>[^\"“”‘’\n.]{2,60}?)"
    r"[\"“”'‘’]?\s*[.,]?\s+(?:use\s+of\s+this\s+feed|this\s+feed\s+is)\b[^\n]{0,300}$",
    FLAGS,
)
#: The same plugin's line naming the post and when it was first posted (no one named).
FIRST_POSTED_ON = re.compile(
    r"^[^\n]{3,300}?\s+was\s+(?:first\s+|originally\s+)?posted\s+on\s+"
    r"(?=[^\n]{0,40}\d)[^\n]{3,40}?(?:\s+at\s+\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?)?[.]?$",
    FLAGS,
)
#: An older footer plugin's line: "<title> is a post from: Tamsworth Courier".
POST_FROM = re.compile(
    r"^[^\n]{3,300}?\s+is\s+a\s+post\s+from\s*[:：]?\s+(?P<who>[^\n:：]{2,60}?)[.]?$", FLAGS
)
#: A feed's terms naming no site ("This feed is for personal, non-commercial use only. The
#: use of this feed on other websites breaches copyright. …"): a footer that leaves the text.
FEED_TERMS = re.compile(
    r"^(?:this\s+(?:rss\s+)?feed\s+is\s+(?:provided\s+)?for\s+personal|"
    r"(?:the\s+)?use\s+of\s+this\s+feed\s+is\s+for\s+personal)\b[^\n]{0,400}$",
    FLAGS,
)
#: The words a footer or a forwarded label opens with (a cheap look before the patterns).
#: How FORWARDED_FROM and FEED_NOTICE open a (casefolded) line: one look at its start.
STARTS = (
    "©",
    "(c)",
    "copyright",
    "forwarded",
    "переслано",
    "пересилання",
    "reenviado",
    "encaminhado",
    "weitergeleitet",
    "transféré",
    "inoltrato",
    "doorgestuurd",
    "przekazano",
    "iletildi",
    "diteruskan",
    "فوروارد",
    "تمت",
)

#: A lead-in on the story's first line: "Via The Independent:", "H/T Grist:".
LEAD_IN = re.compile(
    r"^[(\[*_]*\s*(?:via|h/t|hat[- ]tip(?:\s+to)?|courtesy\s+of|reposted\s+from|"
    r"republished\s+from|reprinted\s+from|cross-?posted\s+from)\s+"
    r"(?P<who>(?!@)[^\n:：]{2,60}?)\s*[)\]*_]*\s*[:：]$",
    FLAGS,
)

#: A writer's own outlet before its name: "Originally published on my Substack, The Retrofit
#: Ledger", "… in my newsletter The Retrofit Ledger": the name after it is the original.
OWN_OUTLET = re.compile(
    r"^(?:my|our)\s+(?:own\s+|personal\s+|weekly\s+|daily\s+|monthly\s+)?(?:blog|newsletter|"
    r"substack|website|site|column|podcast|publication|magazine)\s*[,:—–-]?\s+(?=\S)",
    FLAGS,
)

#: "our news partners at the Aroostook Courier", "our sister station KBMZ in Bismarck": a
#: broadcaster's partner or sister outlet, named after the relation (a station's call sign
#: with its city after it).
PARTNER_LEAD = re.compile(
    r"^(?:my|our)\s+(?:(?:news|media|content|reporting|publishing|broadcast)\s+)?(?:partners?|"
    r"friends|colleagues|affiliates?|sister\s+(?:stations?|papers?|newspapers?|publications?|"
    r"sites?|networks?|outlets?))\s*(?:(?:over\s+)?at\s+|from\s+|with\s+|,\s*)?(?=\S)",
    FLAGS,
)
CALL_SIGN_CITY = re.compile(r"^(?P<sign>[KW][A-Z]{2,3}(?:-(?:TV|FM|AM|DT|CD|LD))?)\s+in\s+\S.*$")

#: (pattern, how far its wording vouches for a name the table lacks): read at the text's
#: edges and beside it.
PATTERNS = [
    (FORWARDED_FROM, Trust.NAMED),
    (FEED_NOTICE, Trust.NAMED),
]


def hinted(head: str) -> bool:
    """Whether a casefolded line opens as one of PATTERNS may (speed: every edge line is
    tried)."""
    return head.startswith(STARTS)
