"""Caption and credit lines outside the main text, and the image credits read from them."""

from __future__ import annotations

from lxml.html import fromstring

from aggregator.attribution.attribute import attribute
from aggregator.extract.captions import caption_lines

PAGE = """<html><body>
<div class="separator"><span>Image Credit: Google, Al-Jazeera</span></div>
<figure><img src="a.jpg"><figcaption>Trucks queue at the crossing. Photo: AFP</figcaption></figure>
<p class="photo-credit">Reuters/Jane Doe</p>
<p>Image processing is hard, said the engineer, who has worked on it for years and more.</p>
<span>Image Credit: Google, Al-Jazeera</span>
</body></html>"""


def test_caption_lines_in_page_order_without_repeats() -> None:
    lines = caption_lines(fromstring(PAGE))
    assert lines[:2] == ("Trucks queue at the crossing. Photo: AFP", "Reuters/Jane Doe")
    assert "Image Credit: Google, Al-Jazeera" in lines
    assert len(lines) == len(set(lines))
    assert not any(line.startswith("Image processing") for line in lines[:3])


def test_image_credits_from_captions_never_name_the_publisher() -> None:
    text = "The Taliban rejected the claim on Monday.\nOfficials said more talks would follow."
    cleaned, attribution = attribute(
        text,
        url="https://valleynotes.example/blog/taliban.html",
        captions=caption_lines(fromstring(PAGE)),
    )
    assert cleaned == text
    assert "Image Credit: Google, Al-Jazeera" in attribution.image_credits
    assert attribution.original_publisher is None
    assert any(e.where.startswith("caption") for e in attribution.evidence)
