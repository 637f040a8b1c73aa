"""The thirteenth pass (issue 14): a distribution clause after the original's credit names
the distributor, not the original ("… originally published by X and distributed through a
partnership with The Associated Press")."""

from __future__ import annotations

import pytest

from tests.blogpost import with_tail

OUTLET = "Harbourline Tribune"


@pytest.mark.parametrize(
    "line",
    [
        f"This story was originally published by {OUTLET} and distributed through a partnership "
        "with The Associated Press.",
        f"This article was first published by {OUTLET} and is distributed by Tribune Content "
        "Agency.",
        f"Originally published by {OUTLET} and syndicated via Reuters Connect.",
        f"This story was produced by {OUTLET} and distributed through a partnership with AP.",
    ],
)
def test_the_original_before_a_distribution_clause_is_credited(line: str) -> None:
    text, publisher = with_tail(line)
    assert publisher == OUTLET
    assert line not in text


@pytest.mark.parametrize(
    "line",
    [
        "Food was collected by volunteers and distributed by the Red Cross.",
        "The leaflets were printed in town and distributed through the parish council.",
    ],
)
def test_a_distribution_that_is_no_credit_stays_null(line: str) -> None:
    text, publisher = with_tail(line)
    assert publisher is None
    assert line in text
