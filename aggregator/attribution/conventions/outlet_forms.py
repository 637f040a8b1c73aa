"""A table outlet named by one of its forms (issue 14, the sixth conventions round): an
edition ("The New York Times International Edition", "The Hindu e-Paper, Chennai edition"),
its app ("the BBC News app"), its language service by the language's own name ("BBC
Türkçe"; "CNN Türk", Turkish for "Turkish", is a franchise's name), its site in another
language ("…日本版", "…中文网"), a broadcaster's local station ("NHK松江放送局", "KBS
부산방송총국": the public broadcaster's own station, not an affiliate), and a wire's
regional desk ("Reuters Africa", "AFP Asia"), and any table outlet's regional edition or
bureau by a province's name or its written short form ("Antaranews Sumbar", "Antara Jawa
Timur", "Kompas Jatim": issue 14, pass 25): the story is the outlet's or the wire's.
Each form is read only when what stands before it is a table name (the caller looks it up):
"Forbes India", "CNN Indonesia", "Sky News Australia" are franchises run by other companies
under licence, outlets of their own, and an outlet's name before a country stays whole; a
wire licenses no franchise, so a wire's name before a region is its desk."""

from __future__ import annotations

import re

from aggregator.attribution.conventions.local_editions import a_town
from aggregator.attribution.not_credits.places import a_place

#: After an outlet's name: its edition ("International Edition", ", Chennai edition"), its
#: e-paper, its app ("BBC News app", "the WSJ app"), its site in Chinese, Japanese or Korean.
_FORM = re.compile(
    r"(?:\s*,\s*|\s+)(?:(?:international|global|print|digital|online|weekend|web|"
    r"(?-i:[A-Z][\w-]+))\s+edition|e-?paper|(?:news\s+)?app|"
    # its overseas edition named by the word alone: "China Daily Global"
    r"global|"
    # its language service, by the language's own name: "BBC Türkçe", "DW Español"
    r"türkçe|español|português|français|deutsch|italiano|русский|русская\s+служба|"
    r"українська|tiếng\s+việt|kiswahili)$"
    r"|(?:中文网|中文網|中文版|日本版|日文版|韩文版|韓文版|한국어판|繁體中文版|简体中文版)$",
    re.IGNORECASE,
)
#: An edition named in brackets after the outlet: "The Times (Ireland edition)", "El País
#: (edición América)", "Die Zeit (Ausgabe Österreich)" (a credit's pattern may have eaten the
#: closing bracket).
_BRACKETED_EDITION = re.compile(
    r"\s*[(\[](?:[^()\[\]]{1,30}\s+)?(?:edition|edición|édition|edizione|edição|ausgabe|editie|"
    r"wydanie)(?:\s+[^()\[\]]{1,30})?[)\]]?$",
    re.IGNORECASE,
)
#: A broadcaster's local station after its name and its place, in the scripts that write
#: them on: "NHK松江放送局" (the Matsue station), "KBS 부산방송총국".
_STATION = re.compile(r"\s*[^\s\x00-\u024f]{0,6}?(?:放送局|放送総局|방송총국|방송국|지역국|총국)$")
#: The words a form needs, looked for before the pattern (speed: every credited name comes).
_HINT = re.compile(
    r"edition|edici|édition|edizione|edição|ausgabe|editie|wydanie|"
    r"paper|app\b|global$|[网網版판局국]$|çe$|ñol$|guês$|çais$|deutsch|iano$|ски|служба|ська$|"
    r"việt$|hili$",
    re.IGNORECASE,
)
#: The regions a wire's desk is named for (a country or a capital is a place: places.txt).
_REGIONS = frozenset(
    """
    africa asia europe americas america latin-america middle-east mideast gulf arabia
    pacific asia-pacific oceania caribbean balkans nordics scandinavia uk us usa eu emea apac
    """.split()  # noqa: SIM905  (a word list reads better as words)
)


def without_form(name: str) -> str:
    """``name`` without the edition, e-paper, app, language site or local station after it
    ("The Hindu e-Paper, Chennai edition" -> "The Hindu", "NHK松江放送局" -> "NHK"); the name
    itself when it has none."""
    if _HINT.search(name) is None:
        return name
    if (edition := _BRACKETED_EDITION.search(name)) is not None and edition.start() > 0:
        return name[: edition.start()]
    if (station := _STATION.search(name)) is not None and station.start() > 0:
        return name[: station.start()]
    while (bare := _FORM.sub("", name).strip()) != name and bare:
        name = bare
    return name


#: Provinces below a country's first level that name an outlet's regional edition or bureau,
#: by name and by the short form the regional press writes: Indonesia's (its first level in
#: ISO 3166-2 is the island group, "Sumatera", "Jawa", which places.txt holds).
_SUBREGIONS = frozenset(
    """
    aceh sumut sumbar riau kepri jambi sumsel babel bengkulu lampung banten jabar jateng
    jatim diy jogja yogya kalbar kalteng kalsel kaltim kaltara sulut sulteng sulsel sultra
    sulbar gorontalo ntb ntt malut papua pabar megapolitan
    sumatera-utara sumatera-barat sumatera-selatan kepulauan-riau bangka-belitung
    jawa-barat jawa-tengah jawa-timur di-yogyakarta yogyakarta kalimantan-barat
    kalimantan-tengah kalimantan-selatan kalimantan-timur kalimantan-utara sulawesi-utara
    sulawesi-tengah sulawesi-selatan sulawesi-tenggara sulawesi-barat nusa-tenggara-barat
    nusa-tenggara-timur maluku-utara papua-barat
    """.split()  # noqa: SIM905  (a word list reads better as words)
)


def before_subregion(name: str) -> str | None:
    """The name before a province or its short form that ends ``name`` ("Antaranews Sumbar"
    -> "Antaranews", "Kompas Jawa Timur" -> "Kompas"): a table outlet's regional edition when
    that name is a table outlet's (a country after it is a franchise's: not read here)."""
    words = name.split()
    for cut in (1, 2, 3):
        if len(words) <= cut:
            break
        if "-".join(" ".join(words[-cut:]).casefold().split()) in _SUBREGIONS:
            return " ".join(words[:-cut])
    return None


def before_region(name: str) -> str | None:
    """The name before a region, a country or a town that ends ``name`` ("Reuters Africa" ->
    "Reuters", "AFP Latin America" -> "AFP", "PA Wales" -> "PA"): a wire's desk or bureau
    when that name is a wire's."""
    words = name.split()
    for cut in (1, 2):
        if len(words) <= cut:
            break
        region = " ".join(words[-cut:])
        if (
            "-".join(region.casefold().split()) in _REGIONS
            or a_place(region)
            or a_town(region) is not None
        ):
            return " ".join(words[:-cut])
    return None
