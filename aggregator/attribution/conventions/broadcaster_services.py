"""A public or state broadcaster's own service named by its language, its country or its
region (issue 14, pass 31): "BBC News Indonesia", "BBC News Brasil", "BBC News Mundo", "BBC
News 中文", "VOA Indonesia", "DW Brasil", "RFI Hausa", "France 24 Arabic", "BBC Scotland",
"CBC Manitoba", "BBC Radio Cornwall" are the BBC, VOA, DW, RFI, France 24 and the CBC.

A broadcaster funded to serve languages and regions runs those services itself and licenses
no franchise, so a place or a language after its name is its service. A commercial outlet's
name before a country is a franchise run by another company ("CNN Indonesia", "Sky News
Australia", "Forbes India", "Euronews Albania"): an outlet of its own, so only the
broadcasters listed here are read (the caller checks the table name). "BBC America", a cable
channel run under licence, keeps its name."""

from __future__ import annotations

import re

from aggregator.attribution.not_credits.places import a_place

#: The table's public and state broadcasters with language or regional services of their own.
PUBLIC_BROADCASTERS = frozenset(
    {
        "BBC",
        "Voice of America",
        "Deutsche Welle",
        "RFI",
        "France 24",
        "Radio Free Europe/Radio Liberty",
        "CBC News",
        "NHK",
        "Al Jazeera",
        "CGTN",
        "TRT World",
        "RT",
        "Sputnik",
        "RNZ",
    }
)

#: A language service's name as the broadcasters write it, in English or the language's own
#: name ("BBC News Mundo" is the Spanish service, "BBC Afrique" the French one for Africa).
_LANGUAGES = frozenset(
    """
    afaan afrique amharic arabic arabi azeri azerbaijani bangla bengali brasil burmese chinese
    dari deutsch english español espanol farsi français francais french gujarati hausa hindi
    igbo indonesia indonesian japanese kiswahili korean kurdish kyrgyz mandarin marathi mundo
    nepali oromo pashto persian pidgin portuguese português portugues punjabi russian serbian
    sinhala somali spanish swahili tamil telugu thai tigrinya turkish türkçe ukrainian urdu
    uzbek vietnamese yoruba balkans
    """.split()  # noqa: SIM905  (a word list reads better as words)
)
#: The UK's nations and the Channel Islands, which places.txt (countries' first levels) lacks.
_NATIONS = frozenset("wales cymru scotland alba england ulster guernsey jersey".split())  # noqa: SIM905
#: A licensed channel's word, never a service: "BBC America".
_LICENSED = frozenset({"america"})
#: "BBC Radio Cornwall", "CBC Radio One", "NHK Radio 1": the broadcaster's radio station.
_RADIO = re.compile(r"\s+Radio(?:\s+\S+){1,3}$")
#: "en español", "in English": the service's language after a preposition.
_IN_LANGUAGE = re.compile(r"\s+(?:en|in|em|auf)\s+(\S+)$", re.IGNORECASE)
#: A name written on in another script after the Latin one: "BBC News 中文", "BBC News عربي",
#: and with no space where that script takes none: "NHK鹿児島" (the Kagoshima station).
_OTHER_SCRIPT = re.compile(r"(?:\s+|(?<=[A-Za-z0-9]))[^\x00-\u024f\s][^\x00-\u024f]*$")


def _service_word(words: str) -> bool:
    folded = words.casefold()
    if folded in _LICENSED:
        return False
    return folded in _LANGUAGES or folded in _NATIONS or a_place(words)


def broadcaster_before_service(name: str) -> str | None:
    """The name before a service's language, country, region or radio station that ends
    ``name`` ("BBC News Indonesia" -> "BBC News", "CBC Manitoba" -> "CBC", "BBC Radio
    Cornwall" -> "BBC"), or None when nothing there reads as a service. Whether that name
    is a public broadcaster's is the caller's question (PUBLIC_BROADCASTERS)."""
    for shape in (_RADIO, _OTHER_SCRIPT):
        if (found := shape.search(name)) is not None and found.start() > 0:
            return name[: found.start()]
    if (spoken := _IN_LANGUAGE.search(name)) is not None and _service_word(spoken.group(1)):
        return name[: spoken.start()]
    words = name.split()
    for cut in (1, 2, 3):  # three: a region joining two words ("Newfoundland and Labrador")
        if len(words) > cut and _service_word(" ".join(words[-cut:])):
            return " ".join(words[:-cut])
    return None
