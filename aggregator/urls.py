"""URL normalization: one spelling per page, whatever the feed or the link said."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from w3lib.url import canonicalize_url

#: Query parameters that track a visit and never select content.
TRACKING_PARAMETERS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "msclkid",
        "mc_cid",
        "mc_eid",
        "igshid",
        "yclid",
        "_ga",
        "ocid",
        "cmpid",
        "ito",
        "ns_mchannel",
        "ns_source",
        "ns_campaign",
        "ns_linkname",
    }
)
_DEFAULT_PORTS = {"http": 80, "https": 443}
#: AMP spellings: an /amp path segment, a .amp suffix, ?amp / ?outputType=amp, an amp. host.
_AMP_SEGMENT = re.compile(r"/amp(?=/|$)|\.amp(?=$|\.html?$)", re.IGNORECASE)
_AMP_PARAMETERS = frozenset({"amp", "outputtype", "amp_js_v", "usqp"})


def normalize_url(url: str) -> str:
    """The canonical spelling of ``url``: lower-case host, no default port, no fragment,
    no tracking parameters (utm_*, fbclid, ...), sorted query. A URL too broken to parse
    (an unbalanced IPv6 bracket, a port out of range), or one that is not http(s) or has no
    host, comes back stripped, as it is: only web pages have a canonical spelling."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return url.strip()
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.hostname:
        return url.strip()
    host = (parts.hostname or "").lower()
    if port and port != _DEFAULT_PORTS.get(scheme):
        host = f"{host}:{port}"
    query = urlencode(
        [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _tracking(k)]
    )
    return canonicalize_url(urlunsplit((scheme, host, parts.path or "/", query, "")))


def _tracking(name: str) -> bool:
    name = name.lower()
    return name.startswith("utm_") or name in TRACKING_PARAMETERS


def page_key(url: str) -> str:
    """The spelling dedup compares: ``normalize_url`` without scheme, ``www.`` and trailing
    slash, since sites serve one page under all of these."""
    parts = urlsplit(normalize_url(url))
    host = parts.netloc.removeprefix("www.")
    path = parts.path.rstrip("/")
    return f"{host}{path}?{parts.query}" if parts.query else f"{host}{path}"


def amp_canonical(url: str) -> str | None:
    """The regular spelling of an AMP URL, or None when ``url`` is not an AMP spelling."""
    parts = urlsplit(url.strip())
    host = parts.netloc
    path = _AMP_SEGMENT.sub("", parts.path) or "/"
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    query = [(k, v) for k, v in pairs if k.lower() not in _AMP_PARAMETERS]
    if host.lower().startswith("amp."):
        host = host[4:]
    if (host, path, len(query)) == (parts.netloc, parts.path, len(pairs)):
        return None
    return urlunsplit((parts.scheme, host, path, urlencode(query), ""))


#: Second-level labels under a country code that are not the site's own name: the "co" of
#: bbc.co.uk, the "com" of abc.com.au (attribution's registrable domain, dedup's outlet).
SECOND_LEVEL_LABELS = frozenset({"co", "com", "org", "net", "gov", "ac", "edu", "or", "ne", "go"})
_HOST = re.compile(r"^(?:https?://)?(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?:[/:?#]\S*)?$", re.I)


def host_of(value: str) -> str | None:
    """The lower-cased host of a URL or bare domain ("www." dropped), or None."""
    value = value.strip()
    if value.startswith("//"):
        value = "https:" + value
    if "://" in value:
        try:
            host = urlsplit(value).hostname or ""
        except ValueError:  # "http://[::1/broken": a hostile URL names no host
            return None
        return host.removeprefix("www.") or None
    match = _HOST.match(value)
    return match.group(1).lower() if match else None


def registrable(host: str) -> str:
    """The registrable part of a host, roughly: "news.bbc.co.uk" -> "bbc.co.uk"."""
    labels = host.lower().removeprefix("www.").split(".")
    second = len(labels) > 2 and labels[-2] in SECOND_LEVEL_LABELS and len(labels[-1]) == 2
    return ".".join(labels[-3 if second else -2 :])
