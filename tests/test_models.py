"""The Article record, its id and its message form."""

from __future__ import annotations

import json

from aggregator.models import Article, Attribution, Evidence, article_id
from aggregator.urls import normalize_url

CONTRACT_FIELDS = {
    "schema_version",
    "id",
    "url",
    "canonical_url",
    "source",
    "feed_url",
    "title",
    "text",
    "authors",
    "published",
    "language",
    "attribution",
    "story_id",
    "duplicate_of",
    "fetched_at",
}


def test_same_url_in_other_spellings_gives_same_id() -> None:
    spellings = [
        "https://News.Example.com:443/world/story?b=2&a=1",
        "https://news.example.com/world/story?a=1&b=2&utm_source=rss&fbclid=x",
        "https://news.example.com/world/story?a=1&b=2#comments",
    ]
    assert len({article_id(u) for u in spellings}) == 1
    assert article_id(spellings[0]) != article_id("https://news.example.com/world/other")


def test_normalize_keeps_content_parameters() -> None:
    assert (
        normalize_url("http://a.example:8080/p?id=7&utm_medium=x") == "http://a.example:8080/p?id=7"
    )


def test_message_has_every_contract_field_and_no_transient_one() -> None:
    article = Article(
        url="https://a.example/1",
        html="<html>big page</html>",
        meta={"canonical": "x"},
        attribution=Attribution(
            original_publisher="Al Jazeera",
            credit_lines=("(Courtesy: Al-Jazeera)",),
            evidence=(Evidence("credit_line", "(Courtesy: Al-Jazeera)", "text"),),
        ),
    )
    message = json.loads(article.to_json())
    assert set(message) >= CONTRACT_FIELDS
    assert not {"html", "meta", "jsonld", "feed_entry"} & set(message)
    assert message["attribution"]["credit_lines"] == ["(Courtesy: Al-Jazeera)"]
    assert message["attribution"]["evidence"][0]["kind"] == "credit_line"


def test_message_round_trip() -> None:
    article = Article(url="https://a.example/1", title="T", text="x", authors=["A"])
    again = Article.from_message(json.loads(article.to_json()))
    assert again.to_message() == article.to_message()
