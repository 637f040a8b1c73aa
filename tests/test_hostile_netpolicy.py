"""The network policy on its own: which addresses, schemes and URLs are refused, and the
typed one-line reasons a refused or failed download is recorded with."""

from __future__ import annotations

import ipaddress

import pytest
from scrapy import Request
from scrapy.exceptions import DownloadCancelledError, DownloadTimeoutError, IgnoreRequest
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import ConnectionRefusedError, DNSLookupError

from aggregator.crawl.netpolicy import (
    RefusedAddress,
    RefusedScheme,
    check_url,
    classify,
    is_allowed,
)
from aggregator_scrapy.middlewares.netguard import RefusedRequest
from aggregator_scrapy.spiders.outcomes import describe_failure

LOOPBACK = (ipaddress.ip_network("127.0.0.0/8"),)


@pytest.mark.parametrize(
    ("ip", "kind"),
    [
        ("127.0.0.1", "loopback"),
        ("127.255.0.9", "loopback"),
        ("::1", "loopback"),
        ("::ffff:127.0.0.1", "loopback"),
        ("10.1.2.3", "private"),
        ("172.16.0.1", "private"),
        ("192.168.1.1", "private"),
        ("fd00::1", "private"),
        ("169.254.169.254", "link-local"),
        ("fe80::1", "link-local"),
        ("0.0.0.0", "unspecified"),
        ("::", "unspecified"),
        ("224.0.0.1", "multicast"),
        ("100.64.0.1", "reserved"),
        ("240.0.0.1", "reserved"),
        ("8.8.8.8", "public"),
        ("2606:4700::1111", "public"),
    ],
)
def test_classify(ip: str, kind: str) -> None:
    assert classify(ipaddress.ip_address(ip)) == kind
    assert is_allowed(ip) is (kind == "public")


def test_allow_networks_open_only_their_ranges() -> None:
    assert is_allowed("127.0.0.1", LOOPBACK)
    assert is_allowed("::ffff:127.0.0.1", LOOPBACK)  # the mapped form is the same host
    assert not is_allowed("::1", LOOPBACK)
    assert not is_allowed("10.0.0.1", LOOPBACK)
    assert not is_allowed("not-an-ip", LOOPBACK)


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "ftp://example.com/x",
        "data:text/html,<p>hi</p>",
        "s3://bucket/key",
        "gopher://127.0.0.1:6379/_FLUSHALL",
        "javascript:alert(1)",
        "http:///no-host",
        "http://[::1/broken",
    ],
)
def test_other_schemes_and_broken_urls_are_refused(url: str) -> None:
    with pytest.raises(RefusedScheme):
        check_url(url)


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/",
        "http://[::1]:8080/",
        "http://[::ffff:7f00:1]/",
        "https://169.254.169.254/latest/meta-data/",
        "http://0.0.0.0:6379/",
        "HTTP://10.0.0.1/",
        "http://user:pw@192.168.0.1/",
        "http://[fe80::1%25eth0]/",
    ],
)
def test_literal_local_addresses_are_refused_before_connecting(url: str) -> None:
    with pytest.raises(RefusedAddress, match="AGGREGATOR_ALLOW_NETWORKS"):
        check_url(url)


@pytest.mark.parametrize(
    "url",
    ["https://example.com/feed.xml", "http://8.8.8.8/", "http://localhost/", "http://127.1/"],
)
def test_names_and_public_addresses_pass_to_the_resolver(url: str) -> None:
    """Names are judged after resolution (NetGuardResolver), never guessed from spelling."""
    check_url(url)


def test_allowed_literal_passes() -> None:
    check_url("http://127.0.0.1:8000/feed.xml", LOOPBACK)


def _response(status: int) -> Response:
    return Response("http://example.com/", status=status, request=Request("http://example.com/"))


@pytest.mark.parametrize(
    ("exc", "reason"),
    [
        (RefusedRequest("refused_address", "127.0.0.1: a loopback address"), "refused_address"),
        (DownloadTimeoutError("Getting x took longer than 2 seconds."), "timeout"),
        (DNSLookupError("no results"), "dns"),
        (ConnectionRefusedError(), "connection"),
        (DownloadCancelledError(), "too_large"),
        (IgnoreRequest("max redirections reached"), "too_many_redirects"),
        (IgnoreRequest("... exceeded DOWNLOAD_MAXSIZE (16 B) during decompression."), "too_large"),
        (HttpError(_response(503), "Ignoring non-200 response"), "http"),
        (IgnoreRequest("Forbidden by robots.txt"), "blocked"),
        (ValueError("odd\nthing"), "fetch_failed"),
    ],
)
def test_describe_failure_gives_a_typed_line(exc: BaseException, reason: str) -> None:
    got, message = describe_failure(exc)
    assert got == reason
    assert message
    assert "\n" not in message
    assert len(message) <= 300


def test_refused_request_message_names_the_address() -> None:
    reason, message = describe_failure(RefusedRequest("refused_address", "127.0.0.1: loopback"))
    assert (reason, message) == ("refused_address", "127.0.0.1: loopback")
