"""Names that credit no one in particular: "With inputs from agencies", "(With wire service
inputs)", "Source: Web Desk", a paper's kind alone ("Source : Quotidien"). A credit naming
only these is a credit line (it leaves the text) with no publisher."""

from __future__ import annotations

from aggregator.attribution.publishers import normalize

#: Names that credit no one in particular: "With inputs from agencies".
GENERIC = frozenset(
    normalize(word)
    for word in (
        "agencies",
        "agency",
        "news agencies",
        "agency inputs",
        "wires",
        "wire services",
        "newswires",
        "agences",
        "agence",
        "agencias",
        "agencia",
        "agenturen",
        "nachrichtenagenturen",
        "وكالات",
        "وکالات",
        "ایجنسیاں",
        "ایجنسی",
        "एजेंसी",
        "एजेंसियां",
        "एजेंसियों",
        "एजेंसियाँ",
        "staff",
        # "From Staff Reports" over a story: the site's own desk, no one named
        "staff report",
        "staff reports",
        "syndicated feed",
        "wire agency feed",
        "agency feed",
        "news agency feed",
        "wire feed",
        "syndicated news feed",
        "wire reports",
        "staff and wire reports",
        "wire services reports",
        # "(With wire service inputs)", "Source: Web Desk": wires or a desk, no one named
        "wire service",
        "wire service inputs",
        "wire services inputs",
        "web desk",
        "news desk",
        "online desk",
        "digital desk",
        "desk",
        # "Source : Quotidien": a paper's kind alone, no paper named ("Le Quotidien" is one)
        "newspaper",
        "daily",
        "quotidien",
        "journal",
        "zeitung",
        "tageszeitung",
        "diario",
        "periódico",
        "quotidiano",
        "giornale",
        "jornal",
        "gazete",
        "krant",
        "dagblad",
        # "Read full story at original source": an aggregator's button, naming no one (the
        # outlet is in its source row: "CBS News · 3h")
        "original source",
        "the original source",
        "source",
        "the source",
        "original publisher",
        "the original publisher",
        "publisher",
        "the publisher",
        "original site",
        "the original site",
        "publisher's site",
        "publisher's website",
        "the publisher's site",
        "the publisher's website",
    )
)
