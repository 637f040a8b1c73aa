"""The local paper's own two-paragraph story that the attribution pass tests put credit lines,
side lines and markup around: a site that credits no one until a test adds the line."""

from __future__ import annotations

STORY = [
    "The harbour board voted on Tuesday to dredge the eastern channel before the autumn storms.",
    "Work is due to start in August and should take about six weeks, the board's chair said.",
]
URL = "https://www.tidewaterpost.example/2026/03/harbour-dredging/"
SITE = "Tidewater Post"
