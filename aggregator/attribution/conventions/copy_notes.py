"""Credit lines in the shapes that software and house styles give a copied story, in the
languages the first conventions round lacked (issue 14, the second conventions round):

- a WordPress feed's footer in its translations ("Der Beitrag … erschien zuerst auf X.");
- a permission to reprint in Italian, Dutch and Polish ("Overgenomen met toestemming van X");
- "Text and photos: X", in which a newsroom signs all of a piece (a person signs it too:
  only a name reading as an outlet's counts);
- a portal's provider line ("© Provided by X", "Bereitgestellt von X") and its byline with a
  reading time ("X · 3 min read", "Jane Doe · X · 4 min read", "X · Story by Jane Doe · 3h"):
  the outlet whose story the portal shows, never the portal.

Read only at the text's edges, at the end of its last paragraph and beside it.
"""

# ruff: noqa: RUF001  (curly apostrophes and letters of other alphabets are meant)

from __future__ import annotations

import re

from aggregator.attribution.conventions.regex_parts import CLOSE, FLAGS, OPEN, SEP, WHO
from aggregator.attribution.names import Trust

#: A site's name is capitalised or a domain: "Der Beitrag der Anwohner erschien zuerst auf
#: der Tagesordnung", "L'articolo … proviene da fonti riservate" are sentences.
_SITE_NAME_START = r"(?-i:(?=[A-Z0-9À-ÞĀ-Ž]|[a-z0-9-]+\.[a-z]{2,}))"
#: "The post <title> appeared first on <site>." as WordPress writes it in each language.
FEED_FOOTER = re.compile(
    r"^(?:der\s+beitrag|l['’]article|la\s+entrada|o\s+post|l['’]articolo|het\s+bericht)\s+"
    r"[^\n]{1,300}?\s+(?:erschien\s+zuerst\s+auf|est\s+apparu\s+en\s+premier\s+sur|"
    r"se\s+publicó\s+primero\s+en|apareceu\s+primeiro\s+em|proviene\s+da|"
    r"verscheen\s+eerst\s+op)\s+" + _SITE_NAME_START + WHO + r"[.]?$",
    FLAGS,
)
#: "Riprodotto su autorizzazione di X", "Overgenomen met toestemming van X", "Przedruk za
#: zgodą redakcji X" (the paper's "redakcji" goes: names.without_kind).
PERMISSION = re.compile(
    OPEN + r"(?:(?:riprodott[oa]|ripubblicat[oa]|pubblicat[oa])\s+(?:su|con)\s+(?:(?:la\s+|il\s+)?"
    r"(?:gentile\s+)?(?:autorizzazione|permesso))\s+(?:di|del|della|dello)|"
    r"(?:overgenomen|herplaatst|gepubliceerd)\s+met\s+(?:vriendelijke\s+)?toestemming\s+van|"
    r"(?:przedruk|publikacja|przedrukowano)\s+za\s+(?:uprzejmą\s+)?zgodą)\s+" + WHO + CLOSE,
    FLAGS,
)
#: "Text and photos: X", "Texte et photos : X", "Текст и фото: X".
TEXT_AND_PHOTOS = re.compile(
    OPEN + r"(?:text|texts|words|story|texte|texto|testo|tekst|текст)\s+(?:and|&|und|et|y|e|en|"
    r"i|и)\s+(?:photos?|photographs|pictures|images|fotos?|foto['’]s|fotografie|zdjęcia|"
    r"фото|фотографии)" + SEP + WHO + CLOSE,
    FLAGS,
)
#: "© Provided by X" on a portal, and the portal's words for it in other languages.
PROVIDED_BY = re.compile(
    OPEN + r"(?:©\s*)?(?:provided\s+by|bereitgestellt\s+von|fourni\s+par|proporcionado\s+por|"
    r"fornecido\s+por|fornito\s+da|aangeboden\s+door)\s+" + WHO + CLOSE,
    FLAGS,
)
#: A portal's time stamp: a reading time ("3 min read", "5 min de lectura", "Lesedauer 3 Min.")
#: or an age ("3h", "2 hours ago").
_READING_TIME = (
    r"(?:\d{1,3}\s*(?:min|mins|minutes?)\.?\s*(?:read|de\s+lectura|de\s+leitura|di\s+lettura|"
    r"de\s+lecture|leestijd|lesezeit)|(?:lesedauer|lesezeit|temps\s+de\s+lecture|"
    r"tiempo\s+de\s+lectura|leestijd)\s*:?\s*\d{1,3}\s*(?:min|minuten|minutes)\.?)"
)
_AGE = r"(?:\d{1,3}\s*(?:h|m|d|hrs?|mins?)|\d{1,3}\s+(?:hours?|minutes?|days?)\s+ago)"
_DOT = r"\s*[·•]\s*"
#: A section's label is no outlet ("World News · 3 min read" on a portal's own page).
_SECTION = (
    r"(?:(?:world|local|national|international|latest|top|breaking|business|politics|sports?|"
    r"opinion|tech|technology|science|health|entertainment|lifestyle|travel|culture|news|"
    r"stories|us|uk|u\.s\.|nachrichten|noticias|actualités|notícias|notizie)\s*)+"
)
_PART = r"(?!" + _SECTION + r"[·•])[^·•\n]{2,60}?"
#: "X · Story by Jane Doe · 3h": the outlet, then the portal's byline of its writer.
PORTAL_STORY_BY = re.compile(
    r"^(?P<who>"
    + _PART
    + r")"
    + _DOT
    + r"story\s+by\s+"
    + _PART
    + r"(?:"
    + _DOT
    + r"(?:"
    + _AGE
    + r"|"
    + _READING_TIME
    + r"))?$",
    FLAGS,
)
#: "X · 3 min read", "Jane Doe · X · 4 min read": the part before the reading time.
PORTAL_READING_TIME = re.compile(
    r"^(?:" + _PART + _DOT + r")?(?P<who>" + _PART + r")" + _DOT + _READING_TIME + r"$", FLAGS
)

#: (pattern, how far its wording vouches for a name the table lacks), tried in order. A
#: portal's line names an outlet only when the name reads as one ("Jane Doe · 4 min read" is
#: its writer's).
NOTES = [
    (FEED_FOOTER, Trust.STRONG),
    (PERMISSION, Trust.STRONG),
    (TEXT_AND_PHOTOS, Trust.OUTLET),
    (PROVIDED_BY, Trust.OUTLET),
    (PORTAL_STORY_BY, Trust.OUTLET),
    (PORTAL_READING_TIME, Trust.OUTLET),
]
#: Words each pattern cannot match without (casefolded substrings): every line at the edges
#: and every sentence ending the last paragraphs is tried, so a line lacking them is not
#: (speed, not meaning).
HINTS: dict[re.Pattern[str], tuple[str, ...]] = {
    FEED_FOOTER: ("beitrag", "article", "articolo", "entrada", "post", "bericht"),
    PERMISSION: (
        "riprodott",
        "ripubblicat",
        "pubblicat",
        "overgenomen",
        "herplaatst",
        "gepubliceerd",
        "przedruk",
        "publikacja",
    ),
    TEXT_AND_PHOTOS: ("photo", "picture", "image", "foto", "zdjęcia", "фото"),
    PROVIDED_BY: (
        "provided",
        "bereitgestellt",
        "fourni",
        "proporcionado",
        "fornecido",
        "fornito",
        "aangeboden",
    ),
    PORTAL_STORY_BY: ("story",),
    PORTAL_READING_TIME: ("·", "•"),
}
