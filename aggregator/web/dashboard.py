"""``/``: one HTML page an operator keeps open; no script, no external resource.

Every value comes from Redis and much of it from the web (titles, credit lines, errors), so
every value is escaped and only http(s) links are made. The page reloads itself every 30 s.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import Any
from urllib.parse import quote

_STYLE = """
body{font:14px/1.4 system-ui,sans-serif;margin:1.5em;color:#222;background:#fafafa}
h1{font-size:1.4em;margin:0 0 .2em}h2{font-size:1.1em;margin:1.6em 0 .4em}
table{border-collapse:collapse;background:#fff;width:100%}
th,td{border:1px solid #ddd;padding:.25em .5em;text-align:left;vertical-align:top}
th{background:#f0f0f0}td.n{text-align:right}.muted{color:#777}
.ok,.unchanged{color:#17622a}.error,.gone,.failing{color:#a11}.new,.crawling{color:#245}
.disabled{color:#777}.problems{background:#fee;border:1px solid #e99;padding:.5em 1em}
.story{margin:.8em 0}.story h3{font-size:1em;margin:.2em 0}ul{margin:.2em 0}
"""


def render_dashboard(document: dict[str, Any], stories: Sequence[dict[str, Any]]) -> str:
    """The whole page from the status document and the recent stories."""
    parts = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        "<meta http-equiv='refresh' content='30'>",
        "<meta name='viewport' content='width=device-width, initial-scale=1'>",
        f"<title>aggregator status</title><style>{_STYLE}</style></head><body>",
        "<h1>aggregator</h1>",
        f"<p class='muted'>version {escape(document['version'])}, "
        f"at {escape(document['generated_at'])}; reloads every 30 s. "
        "<a href='/api/status'>JSON</a> · <a href='/metrics'>metrics</a></p>",
        _problems(document["problems"]),
        _sources(document["sources"]),
        _stream(document["stream"]),
        _processes(document["heartbeats"], document["frontier"]),
        _stories(stories),
        "</body></html>",
    ]
    return "\n".join(parts)


def _problems(problems: Sequence[str]) -> str:
    if not problems:
        return "<p class='ok' id='problems'>No problems: every source and group is healthy.</p>"
    items = "".join(f"<li>{escape(p)}</li>" for p in problems)
    return f"<div class='problems' id='problems'><b>Problems</b><ul>{items}</ul></div>"


#: Sources listed at most: every failing one, then healthy ones up to this many in all, so
#: the page stays under 200 KB with a thousand sources (the rest: /api/sources).
SHOWN_SOURCES = 200


def _sources(everything: Sequence[dict[str, Any]]) -> str:
    failing = [s for s in everything if s["failing"]]
    rest = [s for s in everything if not s["failing"]]
    sources = failing + rest[: max(0, SHOWN_SOURCES - len(failing))]
    head = ("source", "state", "last poll", "last error", "failures in a row", "articles/crawl",
            "published", "dropped", "next due")  # fmt: skip
    rows = [
        [
            _link(f"/api/sources/{quote(s['name'], safe='')}", s["name"]),
            _state(s),
            escape(s["last_poll"] or "never"),
            escape(s["last_error"] or ""),
            _number(s["consecutive_failures"]),
            _number("-" if s["articles_per_crawl"] is None else s["articles_per_crawl"]),
            _number(s["published"]),
            escape(", ".join(f"{k} {v}" for k, v in sorted(s["dropped"].items())) or "-"),
            escape(s["next_due"] or ("never" if s["disabled"] else "not scheduled")),
        ]
        for s in sources
    ]
    title = f"<h2>Sources ({len(everything)}, {len(failing)} failing)</h2>"
    if not rows:
        return f"{title}<p>No sources yet: add one with <code>aggregator sources add</code>.</p>"
    hidden = len(everything) - len(sources)
    more = (
        f"<p class='muted'>{hidden} more healthy sources: <a href='/api/sources'>all of them</a>"
        "</p>" if hidden else ""
    )  # fmt: skip
    return title + _table(head, rows, "sources") + more


def _state(source: dict[str, Any]) -> str:
    state = source["state"]
    label = f"disabled: {source['disabled']}" if source["disabled"] else state
    css = "failing" if source["failing"] else state
    return f"<span class='{escape(css)}'>{escape(label)}</span>"


def _stream(stream: dict[str, Any]) -> str:
    rows = [
        [escape(g["name"]), _number(g["consumers"]), _number(g["pending"]), _number(g["lag"]),
         escape(str(g["oldest_pending_id"] or "-"))]
        for g in stream["groups"]
    ]  # fmt: skip
    text = (
        f"<h2>Stream</h2><p><code>{escape(stream['stream'])}</code>: "
        f"<b id='stream-length'>{stream['length']}</b> entries, "
        f"{stream['dead_letter']} dead letters</p>"
    )
    if not rows:
        return text + "<p>No consumer group yet.</p>"
    return text + _table(("group", "consumers", "pending", "lag", "oldest pending"), rows, "groups")


def _processes(heartbeats: Sequence[dict[str, Any]], frontier: dict[str, int] | None) -> str:
    text = "<h2>Processes</h2>"
    if frontier:
        text += "<p>frontier: " + escape(", ".join(f"{k} {v}" for k, v in frontier.items()))
        text += "</p>"
    if not heartbeats:
        return text + "<p class='muted'>No scheduler has reported a heartbeat.</p>"
    rows = [
        [escape(b["name"]), "<span class='ok'>alive</span>" if b["alive"]
         else "<span class='error'>missed its heartbeat</span>", escape(b["deadline"])]
        for b in heartbeats
    ]  # fmt: skip
    return text + _table(("process", "state", "next heartbeat by"), rows, "processes")


def _stories(stories: Sequence[dict[str, Any]]) -> str:
    text = "<h2>Recent stories with copies or credits</h2>"
    if not stories:
        return text + "<p class='muted'>No copied or credited story in the recent entries.</p>"
    return text + "\n".join(_story(s) for s in stories)


def _story(story: dict[str, Any]) -> str:
    alone = len(story["members"]) == 1
    rows = [
        [
            _role(m, alone),
            escape(f"{m['source']} ({m['outlet']})" if m["source"] else m["outlet"]),
            _link(m["url"], m["title"] or m["url"] or m["id"]),
            escape(str(m["published"] or "-")),
            escape(m["original_publisher"] or "-"),
            "<br>".join(escape(line) for line in m["credit_lines"]) or "-",
        ]
        for m in story["members"]
    ]
    head = ("role", "source (outlet)", "title", "published", "credits", "credit lines")
    heading = _link(f"/api/stories/{quote(story['story_id'], safe='')}", story["story_id"])
    return (
        f"<div class='story'><h3>story {heading}: {len(rows)} article{'s' * (len(rows) > 1)} from "
        f"{escape(', '.join(story['outlets']))}</h3>{_table(head, rows, None)}</div>"
    )


def _role(member: dict[str, Any], alone: bool) -> str:
    if alone and member["original_publisher"]:  # a republication whose original we lack
        return "copy (original not crawled)"
    return "<b>original</b>" if member["role"] == "original" else "copy"


def _table(head: Sequence[str], rows: Sequence[Sequence[str]], table_id: str | None) -> str:
    id_attr = f" id='{table_id}'" if table_id else ""
    header = "".join(f"<th>{escape(h)}</th>" for h in head)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table{id_attr}><thead><tr>{header}</tr></thead><tbody>{body}</tbody></table>"


def _number(value: object) -> str:
    return f"<span class='n'>{escape(str(value))}</span>"


def _link(url: object, text: object) -> str:
    """A link only to a site path or an http(s) URL; anything else is shown as text."""
    label = escape(str(text or ""))
    href = str(url or "")
    if href.startswith(("/", "http://", "https://")):
        return f"<a href='{escape(href)}' rel='noopener noreferrer nofollow'>{label}</a>"
    return label
