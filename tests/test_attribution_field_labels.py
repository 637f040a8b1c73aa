"""A field list beside the text ("भाषा:" over "नेपाली", as a relief or document portal lays out a
record): a field's label names what its value is, even where the label spells a wire's name
(PTI's Hindi service is Bhasha, "भाषा", the Hindi and Nepali word for "language")."""

from __future__ import annotations

from aggregator.attribution.attribute import attribute

URL = "https://sankat-suchana.example.org.np/report/dhangadhi-garmi"
STORY = (
    "सुदूरपश्चिमको धनगढीमा सोमबार तापक्रम ४२.३ डिग्री सेल्सियस पुगेपछि अस्पतालमा बिरामी बढेका छन्।\n"
    "जिल्ला प्रशासन कार्यालयले विद्यालयहरूलाई बिहानको समयमा मात्र कक्षा सञ्चालन गर्न निर्देशन दिएको छ।"
)
FIELDS = ("देश:", "नेपाल", "विषय:", "स्वास्थ्य", "भाषा:", "नेपाली", "पोस्ट गरिएको")


def credited(side: tuple[str, ...]) -> str | None:
    return attribute(STORY, url=URL, side_lines=side)[1].original_publisher


def test_a_field_label_that_spells_a_wire_names_no_one() -> None:
    assert credited(FIELDS) is None


def test_the_wire_alone_beside_the_story_still_credits_it() -> None:
    # the same word without the label's colon: the wire's name under the story ("(भाषा)")
    assert credited(("(भाषा)",)) == "Press Trust of India"
