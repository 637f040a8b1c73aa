"""Classes behind the fourth and sixth blind sets' tune-half misses (issue 14, tenth pass),
each on pages of its own: a copyright trailer run into the last paragraph with a link bar's
separator after it, a wire's bureau report line and its account, a brand in Latin letters
after a source label of another script; precision: a desk, wire services and a quotation's
source name no one."""

from __future__ import annotations

import pytest

from aggregator.attribution.attribute import attribute
from tests.blogpost import BLOG, BODY

UPI = (
    "Copyright 2026 United Press International, Inc. (UPI). Any reproduction, republication, "
    "redistribution and/or modification of any UPI content is expressly prohibited without "
    "UPI's prior written consent."
)


def test_a_copyright_trailer_run_into_the_last_paragraph_before_a_separator() -> None:
    text, found = attribute("\n".join([*BODY[:2], f"{BODY[2]} {UPI} |"]), url=BLOG)
    assert found.original_publisher == "United Press International"
    assert "Copyright" not in text
    assert text.endswith(BODY[2])


def test_a_wires_bureau_report_line_and_its_account() -> None:
    tail = ["IPS UN Bureau Report", "Follow @IPSNewsUNBureau"]
    text, found = attribute("\n".join([*BODY, *tail]), url=BLOG)
    assert found.original_publisher == "Inter Press Service"
    assert "IPS" not in text
    assert text.endswith(BODY[2])


def test_an_account_alone_credits_no_one() -> None:
    text, found = attribute("\n".join([*BODY, "Follow @IPSNewsUNBureau"]), url=BLOG)
    assert found.original_publisher is None
    assert "Follow @IPSNewsUNBureau" in text


def test_another_outlets_account_stays() -> None:
    text, found = attribute("\n".join([*BODY, "Source: IPS", "Follow @HarbourLedger"]), url=BLOG)
    assert found.original_publisher == "Inter Press Service"
    assert "Follow @HarbourLedger" in text


@pytest.mark.parametrize(
    ("line", "publisher"),
    [("מקור: ynet", "ynet"), ("المصدر: hespress", "hespress"), ("출처: naver", "naver")],
)
def test_a_latin_brand_after_a_source_label_of_another_script(line: str, publisher: str) -> None:
    text, found = attribute("\n".join([*BODY, line]), url=BLOG)
    assert found.original_publisher == publisher
    assert line not in text


@pytest.mark.parametrize("line", ["Source: ynet", "Quelle: eigene", "dpa/lko/xy"])
def test_a_lower_case_word_after_a_latin_label_is_no_brand(line: str) -> None:
    _, found = attribute("\n".join([*BODY, line]), url=BLOG)
    assert found.original_publisher in (None, "dpa")


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        (
            "This is an edited transcript of a segment that aired on Harbour Radio Morning Report.",
            "Harbour Radio",
        ),
        ("This is a transcript of an interview that aired on NPR's Weekend Edition.", "NPR"),
        ("Transcript of a segment broadcast on Valley Public Radio", "Valley Public Radio"),
    ],
)
def test_a_broadcast_transcript_credits_the_programmes_outlet(line: str, publisher: str) -> None:
    text, found = attribute("\n".join([*BODY, line]), url=BLOG)
    assert found.original_publisher == publisher
    assert line not in text


def test_a_transcript_of_a_hearing_credits_no_one() -> None:
    line = "The transcript of the hearing was published on Monday."
    text, found = attribute("\n".join([*BODY, line]), url=BLOG)
    assert found.original_publisher is None
    assert line in text


@pytest.mark.parametrize(
    "line",
    [
        "Source: Web Desk",
        "(With wire service inputs)",
        '"Council backs road plan" — Daily Record',
        "“Council backs road plan” (AFP)",
    ],
)
def test_a_desk_wires_or_a_quotations_source_credit_no_one(line: str) -> None:
    _, found = attribute("\n".join([*BODY[:2], line]), url=BLOG)
    assert found.original_publisher is None


def test_a_paragraph_closed_by_a_credit_is_still_credited() -> None:
    _, found = attribute("\n".join([*BODY[:2], f"{BODY[2]} — Daily Record"]), url=BLOG)
    assert found.original_publisher == "Daily Record"


@pytest.mark.parametrize(
    "line", ["Courtesy of us", "Courtesy of them", "Originally published by me"]
)
def test_a_pronoun_after_a_sure_credit_wording_is_no_brand(line: str) -> None:
    _, found = attribute("\n".join([*BODY, line]), url=BLOG)
    assert found.original_publisher is None
