"""A writer's byline with a newsroom title and the outlet after it ("Owen Strachan, Local
Journalism Initiative Reporter, Kestrel Island Tidings"): the masthead's old words ("Tidings",
"Clarion", "Gleaner", "Bugle") read as an outlet's, as "Herald" and "Courier" do
(pass 69, the fifty-first blind set's tune half)."""

from __future__ import annotations

import pytest

from aggregator.attribution.attribute import attribute
from aggregator.extract.outletnames import outlet_like

STORY = (
    "Weekend sailings on the island ferry will be cut for a month.\nThe operator is hiring crew."
)


@pytest.mark.parametrize(
    "name",
    [
        "Kestrel Island Tidings",
        "Harbour Valley Clarion",
        "Fenn County Gleaner",
        "Marsh Bugle",
    ],
)
def test_an_old_mastheads_word_reads_as_an_outlet(name: str) -> None:
    assert outlet_like(name)
    byline = f"By Owen Strachan, Local Journalism Initiative Reporter, {name}"
    _, found = attribute(STORY, url="https://ferrynews.example.ca/a/1", side_lines=(byline,))
    assert found.original_publisher == name


@pytest.mark.parametrize(
    "name",
    # a magazine's section's newsletter, a share button, an ad's slot: no masthead's word
    ["Intelligencer Newsletter", "Share on Messenger", "Top Banner", "Screen Recorder"],
)
def test_a_word_of_buttons_and_sections_is_no_outlets(name: str) -> None:
    assert not outlet_like(name)


@pytest.mark.parametrize("place", ["Prince Edward Island", "Winnipeg"])
def test_a_place_after_the_title_is_no_outlet(place: str) -> None:
    byline = f"By Owen Strachan, Local Journalism Initiative Reporter, {place}"
    _, found = attribute(STORY, url="https://ferrynews.example.ca/a/2", side_lines=(byline,))
    assert found.original_publisher is None


@pytest.mark.parametrize(
    "name", ["Local Democracy Reporting Service", "Harbour Features Service", "Valley News Service"]
)
def test_a_story_supplying_service_in_a_byline_is_the_outlet(name: str) -> None:
    assert outlet_like(name)
    byline = f"By Callum Brierley, {name}"
    _, found = attribute(STORY, url="https://dunholme-echo.example.co.uk/a/3", side_lines=(byline,))
    assert found.original_publisher == name


@pytest.mark.parametrize("name", ["Public Information Service", "Forest Service", "Secret Service"])
def test_another_service_is_no_outlet(name: str) -> None:
    assert not outlet_like(name)


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        # a sign-off's name between dashes, as South Asian papers and services frame it
        ("- Harbour News Service -", "Harbour News Service"),
        ("-- Valley Courier --", "Valley Courier"),
        ("- AFP -", "AFP"),
        # an end mark between dashes, and a person's name, are no outlet's
        ("- 30 -", None),
        ("-- John Smith --", None),
    ],
)
def test_a_dashed_sign_off_names_its_outlet(line: str, publisher: str | None) -> None:
    _, found = attribute(f"{STORY}\n{line}", url="https://ferrynews.example.ca/a/4")
    assert found.original_publisher == publisher
