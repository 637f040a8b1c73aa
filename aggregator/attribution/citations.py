"""What a source label cites when it is no publisher's credit (issue 14).

"Source: Dr. Jane Roe", "Fonte: Secretaria de Saúde", "Izvor: DZS" end many originals: the
label cites a person, an institution or a statistics office for the story's facts. Newsroom
convention credits a copied story to an outlet, and a wire credited by its acronym is one the
publisher table knows; a name the table lacks that reads as one of these is a citation.
"""

from __future__ import annotations

import re

from aggregator.attribution.names import institution_like

# A person's title before a name: only people carry one ("Dr. Oriel Mackintosh").
_TITLED = re.compile(
    r"^(?:dr|dra|prof|profa|professor|mr|mrs|ms|mx|sir|dame|rev|hon|gen|col|capt|sgt|"
    r"sr|sra|srta|dott|dott\.ssa|ing|mgr|mudr|judr|herr|frau|m|mme|mlle|pr|dkt|bi|bw)"
    r"(?:\.\s*|\s+)[A-ZÀ-ÖØ-ÞĀ-Ž]",
    re.IGNORECASE,
)
# Bodies that publish figures, not stories, cited by their acronyms: national statistics
# offices and international organisations. An acronym alone can be a broadcaster's too
# ("Bron: NOS", "Izvor: RTS"), so only these are read as citations.
_FIGURE_BODIES = frozenset(
    """
    ons abs ine insee istat destatis ksh čsú csu gus ins tüik tuik bps cbs scb ssb dst bfs
    statcan dzs rzs surs elstat cso nso pbs bbs nbs ibge indec dane inegi
    inei bls bea cdc fda nih noaa nasa epa who oms imf fmi oecd ocde unicef unhcr undp fao
    wfp iea opec eurostat ecb bce ilo oit wto omc eia fbi
    """.split()  # noqa: SIM905  (a word list reads better as words)
)

# Hungarian and German write an institution as one word: "Belügyminisztérium",
# "Statisztikai Hivatal", "Innenministerium", "Gesundheitsbehörde".
_COMPOUND_INSTITUTION = re.compile(
    r"\w*(?:minisztérium|ministerium|hivatal|behörde|önkormányzat)\b", re.IGNORECASE
)

# A name that goes on with a document's lower-case noun cites the document: "Acme Corp annual
# report", "Harbour Board figures" (an outlet's name is capitalised to its end).
_DOCUMENT = re.compile(
    r"\s(?:annual\s+|quarterly\s+|press\s+|official\s+)?(?:report|reports|filings?|data|"
    r"figures|statistics|study|survey|statement|release|estimates?|records|accounts|"
    r"results|analysis|calculations)$"
)


def titled_person(name: str) -> bool:
    """Whether ``name`` opens with a person's title: "Dr. Oriel Mackintosh", "Prof. Kemal"."""
    return bool(_TITLED.match(name.strip()))


def cited_not_copied(name: str) -> bool:
    """Whether a name the publisher table lacks, after a source label, cites where facts come
    from (a titled person, an institution, a statistics office's acronym) rather than naming
    an outlet."""
    name = name.strip(" .,;:")
    if titled_person(name) or name.casefold() in _FIGURE_BODIES or _DOCUMENT.search(name):
        return True
    return institution_like(name) or _COMPOUND_INSTITUTION.search(name) is not None
