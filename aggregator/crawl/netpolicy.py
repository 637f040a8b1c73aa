"""Which URLs and addresses the crawler may fetch: the network policy, free of Scrapy."""

from __future__ import annotations

import ipaddress
from collections.abc import Sequence
from urllib.parse import urlsplit

from aggregator.config import Network
from aggregator.errors import Refused as Refused  # re-exported: the policy raises these
from aggregator.errors import RefusedAddress as RefusedAddress
from aggregator.errors import RefusedHost as RefusedHost
from aggregator.errors import RefusedScheme as RefusedScheme
from aggregator.hostnames import InvalidHostname, ascii_hostname

Address = ipaddress.IPv4Address | ipaddress.IPv6Address

#: Only the web: no file://, ftp://, s3://, data: or anything else a feed may link to.
ALLOWED_SCHEMES = frozenset({"http", "https"})


def classify(ip: Address) -> str:
    """The kind of a non-public address ("loopback", "private", ...), or "public"."""
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        return classify(ip.ipv4_mapped)
    for kind in ("unspecified", "loopback", "link_local", "multicast", "reserved", "private"):
        if getattr(ip, f"is_{kind}"):
            return kind.replace("_", "-")
    return "public" if ip.is_global else "reserved"


def is_allowed(ip: str | Address, allow_networks: Sequence[Network] = ()) -> bool:
    """True when ``ip`` is public, or inside one of ``allow_networks``
    (AGGREGATOR_ALLOW_NETWORKS); anything that is not an IP address is refused."""
    try:
        address = ipaddress.ip_address(ip) if isinstance(ip, str) else ip
    except ValueError:
        return False
    candidates = [address]
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        candidates.append(address.ipv4_mapped)
    if any(a in net for a in candidates for net in allow_networks):
        return True
    return classify(address) == "public"


def check_address(host: str, ip: str, allow_networks: Sequence[Network] = ()) -> None:
    """Raise RefusedAddress when ``host`` resolved (or is literally) to a refused ``ip``."""
    if is_allowed(ip, allow_networks):
        return
    try:
        kind = classify(ipaddress.ip_address(ip))
    except ValueError:
        kind = "invalid"
    shown = ip if host.strip("[]") == ip else f"{host} resolves to {ip}"
    raise RefusedAddress(f"{shown}: a {kind} address (allow it with AGGREGATOR_ALLOW_NETWORKS)")


def check_url(url: str, allow_networks: Sequence[Network] = ()) -> None:
    """Refuse ``url`` before any connection: a scheme other than http(s), no host, a host
    name that is not valid (``aggregator.hostnames``), or a host that is a literal IP
    address outside the allowed networks.

    Host names are checked after resolution, at connect time (middlewares/resolver.py):
    checking them here would resolve twice and invite DNS rebinding.
    """
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        raise RefusedScheme(f"{url[:100]!r}: not a valid URL") from None
    if parts.scheme.lower() not in ALLOWED_SCHEMES:
        raise RefusedScheme(f"{parts.scheme or 'no'} scheme: only http and https are fetched")
    if not host:
        raise RefusedScheme(f"{url[:100]!r}: no host")
    ip = literal_ip(host)
    if ip is not None:
        check_address(host, str(ip), allow_networks)
        return
    try:
        ascii_hostname(host)
    except InvalidHostname as exc:
        raise RefusedHost(str(exc)) from None


def literal_ip(host: str) -> Address | None:
    """``host`` as an IP address when it is written as one (brackets and zone ignored)."""
    try:
        return ipaddress.ip_address(host.strip("[]").split("%", 1)[0])
    except ValueError:
        return None
