"""Pages served from a cache, a viewer or an archive: the AMP caches, Google's AMP viewer, the
Google Translate proxy, the Wayback Machine, archive.today, Google's cache. Their URL carries
the original page's, and the original's site published the story (issue 14: the fifth blind
set's archive and AMP-cache copies, the tenth set's Google AMP viewer pages). The cache's or
viewer's own host is no publisher."""

from __future__ import annotations

import re
from urllib.parse import unquote

#: "https://www-ndtv-com.cdn.ampproject.org/c/s/www.ndtv.com/amp/story.html": "s/" is https.
#: Bing's AMP cache ("….bing-amp.com/c/s/…") has the same shape.
_AMP = re.compile(
    r"^https?://[^/]+\.(?:cdn\.ampproject\.org|bing-amp\.com)/(?:[cvi]/)(?P<s>s/)?"
    r"(?P<rest>[^?#]+)"
)
#: Google's AMP viewer: "https://www.google.com/amp/s/amp.theguardian.com/news/…/amp", on any
#: of Google's country domains ("google.co.uk", "google.com.ng"); "s/" is https.
_AMP_VIEWER = re.compile(
    r"^https?://(?:www\.)?google\.(?:com|co)?(?:\.?[a-z]{2})?/amp/(?P<s>s/)?"
    r"(?P<rest>[a-z0-9-]+(?:\.[a-z0-9-]+)+/[^?#]*)",
    re.IGNORECASE,
)
#: Google Translate's proxy writes the host into its own: "www-example-com.translate.goog"
#: for www.example.com ("--" for a hyphen of the original host).
_TRANSLATE = re.compile(r"^https?://(?P<host>[a-z0-9-]+)\.translate\.goog(?P<path>/[^?#]*)")
#: "https://web.archive.org/web/20260301123456/https://www.example.com/story".
_WAYBACK = re.compile(
    r"^https?://web\.archive\.org/web/\d{1,14}(?:[a-z]{2}_)?/(?P<url>https?://\S+)$"
)
#: archive.today's dated and "newest" forms: "https://archive.ph/2026.03.04-101010/https://…",
#: "https://archive.is/newest/https://…" (its short ids carry no URL).
_ARCHIVE_TODAY = re.compile(
    r"^https?://archive\.(?:ph|is|today|li|md|vn|fo)/(?:\d{4}\.\d{2}\.\d{2}-\d{6}|\d{14}|"
    r"newest|oldest)/(?P<url>https?://\S+)$"
)
#: "https://webcache.googleusercontent.com/search?q=cache:https://www.example.com/story".
_GOOGLE = re.compile(r"^https?://webcache\.googleusercontent\.com/search\?q=cache:(?P<url>\S+)$")


def original_of(url: str) -> str | None:
    """The original page's URL when ``url`` is a cached, viewed or archived copy of it, else
    None."""
    for pattern in (_AMP, _AMP_VIEWER):
        amp = pattern.match(url)
        if amp is not None:
            return ("https://" if amp.group("s") else "http://") + amp.group("rest")
    translated = _TRANSLATE.match(url)
    if translated is not None:
        return "https://" + _translated_host(translated.group("host")) + translated.group("path")
    for pattern in (_WAYBACK, _ARCHIVE_TODAY, _GOOGLE):
        found = pattern.match(url)
        if found is not None:
            original = unquote(found.group("url"))
            return original if "://" in original else "https://" + original
    return None


def _translated_host(written: str) -> str:
    """ "www-my--site-com" is "www.my-site.com": a single hyphen was a dot, a double one a
    hyphen."""
    return written.replace("--", "\0").replace("-", ".").replace("\0", "-")
