"""The README's pooled first-run figures come from the kept first-run files, by a script
(bench/attribution_first_runs.py), not from a hand count."""

from __future__ import annotations

from pathlib import Path

from bench.attribution_first_runs import RESULTS, first_runs, pooled, read

README = Path(__file__).resolve().parent.parent / "README.md"

_SET = "blind cases_2099-01-01.jsonl"
_COPIES = "credited copies (in/out of table, wire)"
_NULLS = "negatives (mention, caption, no credit)"


def _row(name: str, pages: int, credited: int, p: str, r: str, false: str, leak: str) -> str:
    return f"| {name} | {pages} | {credited} | {p} | {r} | {false} | {leak} | 100.0% | 7.0 | 3.0 |"


_FILE = "\n".join(
    [
        "# Attribution: first run on the forty-first blind set (cases_2099-01-01.jsonl)",
        "",
        "## Latest run",
        "",
        "### check half (headline): aggregator (this commit)",
        "",
        "| rows | pages | credited | P | R | false credit | leak | kept | ms/article | attr ms |",
        "|---|---|---|---|---|---|---|---|---|---|",
        _row(f"{_SET}: {_COPIES}", 40, 40, "0.900", "0.450", "-", "12.5%"),
        _row(f"{_SET}: own_page", 10, 0, "-", "-", "10.0%", "-"),
        _row(f"{_SET}: {_NULLS}", 30, 0, "-", "-", "0.0%", "-"),
        _row(f"blind cases_2099-01-02.jsonl: {_COPIES}", 99, 99, "0.100", "0.100", "-", "0.0%"),
        "",
        "### tune half: aggregator (this commit)",
        "",
        _row(f"{_SET}: {_COPIES}", 40, 40, "1.000", "1.000", "-", "0.0%"),
    ]
)


def test_a_first_run_is_read_from_its_own_sets_check_rows(tmp_path: Path) -> None:
    path = tmp_path / "attribution-blind41-first-run.md"
    path.write_text(_FILE, encoding="utf-8")
    run = read(path)
    assert run is not None
    # the set's own rows of the check half, not another set's, not the tune half's
    assert (run.number, run.credited, run.correct, run.given) == (41, 40, 18, 20)
    assert (run.null_pages, run.null_credited, run.leak) == (40, 1, "12.5%")
    assert (round(run.precision, 3), round(run.recall, 3)) == (0.9, 0.45)


def test_a_file_in_another_layout_is_left_out(tmp_path: Path) -> None:
    path = tmp_path / "attribution-blind42-first-run.md"
    path.write_text("# Attribution: first run\n\nno rows\n", encoding="utf-8")
    assert read(path) is None


def test_the_readme_quotes_the_pooled_first_runs() -> None:
    runs = first_runs(RESULTS)
    earlier = pooled([run for run in runs if 17 <= run.number <= 28])
    new = pooled([run for run in runs if run.number >= 29])
    text = " ".join(README.read_text(encoding="utf-8").replace("**", "").split())
    for group in (earlier, new):
        quoted = (
            f"| {group.credited} | {group.precision:.3f} | {group.recall:.3f} | "
            f"| {group.null_credited} of {group.null_pages} |"
        )
        assert quoted in text, quoted
