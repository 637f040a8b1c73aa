"""``aggregator extract`` on saved pages: files, stdin, --batch, and bad input."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from tests.cli import run_cli

DEMO = Path(__file__).resolve().parent.parent / "aggregator" / "demo" / "site"
SEED_COPY = DEMO / "blog" / "2026" / "03" / "taliban-government-denies-iranian-claim.html"
COURTESY_COPY = DEMO / "blog" / "2026" / "03" / "refugee-families-return-torkham.html"
URL = "https://valleynotes.example/2026/03/taliban.html"


def test_seed_like_blog_copy_keeps_the_story_and_drops_the_widgets(
    cli_env: dict[str, str],
) -> None:
    result = run_cli("extract", str(SEED_COPY), "--url", URL, env=cli_env)
    assert result.returncode == 0, result.stderr
    (line,) = result.stdout.splitlines()
    article = json.loads(line)
    text = article["text"]
    assert "Balkhi" in text and "Badakhshan" in text
    for boilerplate in ("Post a Comment", "0 Comments", "Share this", "Subscribe"):
        assert boilerplate not in text
    assert article["url"] == URL
    assert article["title"]
    # Who really published it: the courtesy line and the image credit, out of the text.
    attribution = article["attribution"]
    assert attribution["original_publisher"] == "The Gulf Ledger"
    assert attribution["credit_lines"] == ["(Courtesy: The Gulf Ledger)"]
    assert attribution["image_credits"] == ["Image Credit: Google, The Gulf Ledger"]
    assert "Courtesy" not in text and "Image Credit" not in text


def test_files_gzip_and_stdin_give_one_line_each(cli_env: dict[str, str], tmp_path: Path) -> None:
    packed = tmp_path / "page.html.gz"
    packed.write_bytes(gzip.compress(COURTESY_COPY.read_bytes()))
    result = run_cli("extract", str(SEED_COPY), str(packed), env=cli_env)
    assert result.returncode == 0, result.stderr
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    assert "Balkhi" in first["text"] and "Torkham" in second["text"]

    piped = run_cli("extract", "--url", URL, env=cli_env, stdin=SEED_COPY.read_text())
    assert json.loads(piped.stdout)["text"] == first["text"]


def test_batch_keeps_order_and_reports_bad_lines(cli_env: dict[str, str]) -> None:
    lines = [
        json.dumps({"url": "https://a.example/1", "html": COURTESY_COPY.read_text()}),
        "this is not json",
        json.dumps({"url": "https://a.example/2", "html": SEED_COPY.read_text()}),
        json.dumps({"url": "https://a.example/3", "html": "<html><body>hi</body></html>"}),
    ]
    result = run_cli("extract", "--batch", env=cli_env, stdin="\n".join(lines) + "\n")
    assert result.returncode == 1  # some inputs held no article
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["url"] for o in out] == [
        "https://a.example/1",
        "stdin:2",
        "https://a.example/2",
        "https://a.example/3",
    ]
    assert "Torkham" in out[0]["text"] and "Balkhi" in out[2]["text"]
    assert out[1]["error"] == "invalid_input" and "JSON" in out[1]["message"]
    assert out[3]["error"] in {"empty_text", "not_an_article"}
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 2


def test_missing_file_is_a_one_line_error(cli_env: dict[str, str], tmp_path: Path) -> None:
    result = run_cli("extract", str(tmp_path / "nope.html"), env=cli_env)
    assert result.returncode == 1
    assert json.loads(result.stdout)["error"] == "invalid_input"
    assert "cannot read" in result.stderr and "Traceback" not in result.stderr


def test_an_empty_page_is_one_line_on_stderr(cli_env: dict[str, str]) -> None:
    result = run_cli("extract", "--url", URL, env=cli_env, stdin="")
    assert result.returncode == 1
    assert json.loads(result.stdout)["error"] == "not_html"
    assert result.stderr.strip().splitlines() == [
        f"aggregator extract: {URL}: not_html: no HTML document could be parsed"
    ]
