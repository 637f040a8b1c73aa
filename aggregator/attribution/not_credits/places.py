"""Places, which are never outlets: "This article was first published in Kenya", "Source:
Nairobi", "Courtesy of Western Cape" name a country, a capital, a region (issue 14, pass 21).

The list (aggregator/data/places.txt, rebuilt by bench/name_lists.py) holds countries in the
languages the sets use, capitals, cities of a million people and every country's first-level
regions; a table publisher is looked up before it ("Jordan Times", "The Kenya Times" are
longer names; a place's name inside an outlet's never makes it a place)."""

from __future__ import annotations

import unicodedata

from aggregator.wordlists import bundled_words

PLACES = bundled_words("places.txt")


def a_place(name: str) -> bool:
    """Whether ``name`` is, whole, a country's, a capital's, a large city's or a region's."""
    key = " ".join(unicodedata.normalize("NFC", name).casefold().split()).strip(" .,;:")
    return key in PLACES
