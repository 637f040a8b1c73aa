"""Pages served from a cache or an archive: the AMP cache, the Wayback Machine, Google's cache.
Their URL carries the original page's, and the original's site published the story (issue 14:
the fifth blind set's archive and AMP-cache copies). The cache's own host is no publisher."""

from __future__ import annotations

import re
from urllib.parse import unquote

#: "https://www-ndtv-com.cdn.ampproject.org/c/s/www.ndtv.com/amp/story.html": "s/" is https.
_AMP = re.compile(r"^https?://[^/]+\.cdn\.ampproject\.org/(?:[cvi]/)(?P<s>s/)?(?P<rest>[^?#]+)")
#: "https://web.archive.org/web/20260301123456/https://www.example.com/story".
_WAYBACK = re.compile(
    r"^https?://web\.archive\.org/web/\d{1,14}(?:[a-z]{2}_)?/(?P<url>https?://\S+)$"
)
#: "https://webcache.googleusercontent.com/search?q=cache:https://www.example.com/story".
_GOOGLE = re.compile(r"^https?://webcache\.googleusercontent\.com/search\?q=cache:(?P<url>\S+)$")


def original_of(url: str) -> str | None:
    """The original page's URL when ``url`` is a cached or archived copy of it, else None."""
    amp = _AMP.match(url)
    if amp is not None:
        return ("https://" if amp.group("s") else "http://") + amp.group("rest")
    for pattern in (_WAYBACK, _GOOGLE):
        found = pattern.match(url)
        if found is not None:
            original = unquote(found.group("url"))
            return original if "://" in original else "https://" + original
    return None
