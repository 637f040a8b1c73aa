"""A work the story is based on that is a document, not another outlet's story (issue 14, the
twelfth conventions round's twins).

schema.org's ``isBasedOn`` names the original of a copy ("isBasedOn": the original article's
URL), and a domain the table lacks is then credited by its domain, as a cross-site canonical
link is. The same property also cites what a story reports on: a government's report, a
statistics release, a study's PDF ("isBasedOn": "https://www.agriculture.gov.xx/reports/
drought-2025.pdf"). Such a work is the story's source of facts, like "Source: Ministry of
Agriculture" (citations.py), and its host publishes no news stories others copy. Judged by the
address's shape: a document's file (".pdf", ".docx", ".xlsx", ".csv"), a path under a
publications' folder ("/reports/", "/publications/", "/statistics/"), or a host of a government,
a military, an intergovernmental body or a university ("….gov.…", "….gob.…", "….int",
"….edu", "….ac.…").
"""

from __future__ import annotations

from urllib.parse import urlsplit

from aggregator.attribution.not_credits.citations import government_host

#: A document's file, not a web page.
_DOCUMENT_SUFFIXES = (".pdf", ".doc", ".docx", ".xls", ".xlsx", ".csv", ".ppt", ".pptx", ".odt")
#: The folders institutions publish their documents under.
_DOCUMENT_FOLDERS = frozenset(
    {"reports", "publications", "statistics", "statistik", "estadisticas", "datasets"}
    | {"documents", "downloads"}
)
#: Host labels (before the last) of a government's, a military's or a university's site:
#: "agriculture.gov.xx", "ine.gob.es", "ox.ac.uk"; and the suffixes they own.
_PUBLIC_LABELS = frozenset({"gov", "gob", "gouv", "govt", "gv", "mil", "edu", "ac"})
_PUBLIC_SUFFIXES = frozenset({"gov", "mil", "int", "edu"})


def cited_work(url: str) -> bool:
    """Whether ``url`` is a document or a public body's page: a work cited for facts, not
    an outlet's story another site copied."""
    try:
        parts = urlsplit(url if "://" in url else "https://" + url)
    except ValueError:
        return False
    host = (parts.hostname or "").casefold()
    labels = host.split(".")
    if labels[-1] in _PUBLIC_SUFFIXES or _PUBLIC_LABELS & set(labels[:-1]):
        return True
    if government_host(host):
        return True
    path = parts.path.casefold()
    if path.endswith(_DOCUMENT_SUFFIXES):
        return True
    return any(folder in _DOCUMENT_FOLDERS for folder in path.strip("/").split("/")[:-1])
