"""Source files: the starter list's form, TOML/YAML/OPML round trips, record validation."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest

from aggregator.errors import SourceError
from aggregator.sources.files import STARTER_SOURCES, read_sources, write_sources
from aggregator.sources.opml import read_opml
from aggregator.sources.registry import Source


def test_the_starter_list_holds_at_least_twenty_real_news_feeds() -> None:
    sources = read_sources(STARTER_SOURCES)
    assert len(sources) >= 20
    assert len({s.name for s in sources}) == len({s.url for s in sources}) == len(sources)
    assert all(urlsplit(s.url).scheme == "https" and s.title for s in sources)
    hosts = {urlsplit(s.url).hostname for s in sources}
    for outlet in ("www.aljazeera.com", "feeds.bbci.co.uk", "rss.dw.com", "www.france24.com",
                   "feeds.npr.org", "www.theguardian.com"):  # fmt: skip
        assert outlet in hosts
    assert next(s for s in sources if s.name == "aljazeera").url == (
        "https://www.aljazeera.com/xml/rss/all.xml"
    )
    assert all(s.interval in (900, 1800, 3600) for s in sources)


@pytest.mark.parametrize("fmt", ["toml", "yaml", "opml"])
def test_round_trip(tmp_path: Path, fmt: str) -> None:
    sources = [
        Source("ledger", "https://ledger.example/feed.xml", 1800, title='The "Ledger" \u00e9 ünï'),
        Source("post", "https://post.example/sitemap.xml", 7200, max_age=2 * 86400),
    ]
    path = tmp_path / f"sources.{fmt}"
    path.write_text(write_sources(sources, fmt), encoding="utf-8")
    assert read_sources(path) == sources


def test_opml_names_come_from_titles_and_stay_unique() -> None:
    records = read_opml(
        b"<opml version='2.0'><body><outline text='News'>"
        b"<outline text='BBC World' xmlUrl='https://feeds.bbci.co.uk/news/world/rss.xml'/>"
        b"<outline title='BBC World' xmlUrl='https://feeds.bbci.co.uk/news/rss.xml'/>"
        b"</outline></body></opml>"
    )
    assert [r["title"] for r in records] == ["BBC World", "BBC World"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[[sources]]\nname = 'x'\n", "source 1: each source needs at least a url"),
        ("[[sources]]\nurl = 'https://a.example/f'\nweird = 1\n", "unknown source field(s): weird"),
        ("[[sources]]\nurl = 'https://a.example/f'\ninterval = '30s'\n", "invalid interval"),
        ("sources = 3\n", "no list of sources"),
        ("[[sources]\n", "not valid TOML"),
    ],
)
def test_bad_files_name_the_problem(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "sources.toml"
    path.write_text(text)
    with pytest.raises(SourceError, match=message.replace("(", r"\(").replace(")", r"\)")):
        read_sources(path)


def test_default_names_do_not_collide(tmp_path: Path) -> None:
    path = tmp_path / "s.yaml"
    path.write_text("sources:\n  - url: https://a.example/one\n  - url: https://a.example/two\n")
    assert [s.name for s in read_sources(path)] == ["a.example", "a.example-two"]  # host + path
