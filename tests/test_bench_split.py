"""The committed tune/check split of the benchmark corpora: by site, and covering every page."""

from __future__ import annotations

import hashlib

from bench import _split
from tests.conftest import require_shared


def test_the_committed_split_has_two_halves_of_every_set() -> None:
    splits = _split.load()
    assert set(splits.values()) == {"tune", "check"}
    for name in _split.SETS:
        halves = {h for key, h in splits.items() if key.startswith(f"{name}/")}
        assert halves == {"tune", "check"}, name


def test_a_site_is_split_by_the_last_hex_digit_of_its_sha1() -> None:
    for domain in ("bbc.co.uk", "apnews.com", "example.org", ""):
        even = int(hashlib.sha1(domain.encode()).hexdigest()[-1], 16) % 2 == 0
        assert _split.half_of_domain(domain) == ("tune" if even else "check")


def test_pages_of_one_site_share_a_half() -> None:
    assert _split.registrable_domain("https://news.bbc.co.uk/a/1") == "bbc.co.uk"
    assert _split.registrable_domain("http://www.bbc.co.uk/b") == "bbc.co.uk"
    assert _split.registrable_domain("hard::elfaro.net-asamblea.html") == "elfaro.net"
    assert _split.registrable_domain("hard::gofeminin.de.abnehmen.html") == "gofeminin.de"


def test_the_split_covers_every_page_of_the_shared_corpora() -> None:
    """Recomputed from the corpora: a page added, removed or moved to another site shows."""
    assert _split.compute(require_shared("extraction")) == _split.load()
