"""Pass 49 (issue 14): classes from the 41st and 42nd blind sets' tune halves, each with twins
in other outlets and languages and look-alikes that must keep their answer."""

# ruff: noqa: RUF001, RUF003  (letters and marks of other scripts are meant)

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from aggregator.attribution.attribute import attribute
from aggregator.attribution.conventions.phrasebook import phrasebook
from aggregator.extract.sidelines import side_lines

STORY = [
    "The county closed the lakeside road on Monday after the storm undercut a section of the "
    "embankment, and engineers said repairs would take at least three weeks.",
    "Residents were told to use the northern detour, which adds about twenty minutes.",
    "The council will vote on the repair contract next month.",
]
PT_STORY = [
    "A prefeitura interditou a ponte velha na segunda-feira depois que a chuva abalou um dos "
    "pilares, e os engenheiros disseram que o reparo levará pelo menos três semanas.",
    "Os moradores foram orientados a usar o desvio pelo norte, que acrescenta vinte minutos.",
    "A câmara vota o contrato de reparo no mês que vem.",
]
URL = "https://www.example-local.org/news/1"


def _run(lines: list[str], url: str = URL) -> tuple[str, str | None]:
    rest, found = attribute("\n".join(lines), url=url)
    return rest, found.original_publisher


@pytest.mark.parametrize(
    ("dateline", "publisher"),
    [
        # a wire's service in its dateline's bracket: the wire's copy
        ("TORONTO, Feb 16 (Reuters Breakingviews) - ", "Reuters"),
        ("NEW YORK (Reuters Health) - ", "Reuters"),
        # a person in the bracket is no agency
        ("TORONTO, Feb 16 (Jane Doe) - ", None),
    ],
)
def test_a_wires_service_in_a_dateline_credits_the_wire(
    dateline: str, publisher: str | None
) -> None:
    rest, found = _run([dateline + STORY[0], *STORY[1:]])
    assert found == publisher
    if publisher is not None:
        assert rest.startswith("The county closed")


@pytest.mark.parametrize(
    ("bio", "publisher"),
    [
        # a whole credit line of the phrasebook run into the author's bio under the story
        (
            "Helena Farias é arquiteta e professora. Este artigo foi publicado originalmente "
            "no jornal O Globo.",
            "O Globo",
        ),
        (
            "Marta Ruiz es arquitecta. Publicado originalmente en El Faro Austral.",
            "El Faro Austral",
        ),
        # a bio that mentions where the writer once worked credits no one
        ("Helena Farias foi repórter do jornal O Globo e hoje é professora.", None),
    ],
)
def test_a_credit_run_into_the_bio_under_the_story_is_read_and_leaves(
    bio: str, publisher: str | None
) -> None:
    rest, found = _run([*PT_STORY, bio])
    assert found == publisher
    if publisher is not None:
        assert bio.split(". ")[0] in rest  # the bio stays
        assert "originalmente" not in rest  # the credit goes


@pytest.mark.parametrize(
    ("line", "name"),
    [
        # the kind of outlet in lower case before its name is no part of the name
        ("Publicado originalmente no jornal Diário da Serra.", "Diário da Serra"),
        ("Acest articol a fost publicat inițial în cotidianul Tribuna.", "Tribuna"),
        # a note's own first word varies with the piece: an editorial, a column, a report
        ("Editorial publicado originalmente no Diário Popular.", "Diário Popular"),
        ("Reportaje publicado originalmente en El Faro Austral.", "El Faro Austral"),
        # a negation before the note is none of it
        ("Não publicado originalmente no Diário Popular.", None),
        # a short note with its first word replaced says too little ("Ulat mula sa Maynila":
        # a report from Manila; "Исследование опубликовано в журнале Nature": a study)
        ("Ulat mula sa Maynila", None),
        ("Исследование опубликовано в журнале Nature.", None),
        # labels of a blind set's languages: Somali's "Xigasho", the loanword "Source" in
        # Telugu and Malayalam script
        ("Xigasho: Wargeyska Geeska", "Wargeyska Geeska"),
        ("సోర్స్: ఈనాడు", "ఈనాడు"),
        ("സോഴ്സ്: മാതൃഭൂമി", "മാതൃഭൂമി"),
    ],
)
def test_the_phrasebook_reads_kinds_pieces_and_new_labels(line: str, name: str | None) -> None:
    read = phrasebook().read(line, edge=True)
    assert (read[0] if read else None) == name


@pytest.mark.parametrize(
    ("lines", "publisher"),
    [
        # a syndicated column's only outlet is its syndicate
        ([*STORY, "COPYRIGHT 2027 CREATORS.COM"], "creators.com"),
        ([*STORY, "Copyright: Project Syndicate, 2027."], "Project Syndicate"),
        # beside the paper that first ran it, the syndicate only moved it
        (
            [*STORY, "This column first appeared in the Harbour Gazette.", "© 2027 Creators.com"],
            "Harbour Gazette",
        ),
    ],
)
def test_a_syndicate_is_credited_only_when_no_other_outlet_is_named(
    lines: list[str], publisher: str
) -> None:
    rest, found = _run(lines)
    assert found == publisher
    assert "CREATORS.COM" not in rest.upper()
    assert "Project Syndicate" not in rest


def test_a_themes_box_between_the_paragraphs_is_read_beside_the_text() -> None:
    """A block theme's box between paragraphs ("<div class=is-style-box>"), which extraction
    leaves out: its words are a side line, read as a credit when they say one."""
    paragraphs = [f"<p>{line}</p>" for line in STORY]
    box = "<div class='wp-block-group is-style-box'>This article first appeared on News24.</div>"
    page = lxml_html.fromstring(
        "<html><body><div class='entry-content'>"
        f"{paragraphs[0]}{box}{''.join(paragraphs[1:])}"
        "</div></body></html>"
    )
    lines = side_lines(page, "\n".join(STORY))
    assert "This article first appeared on News24." in lines
    _, found = attribute("\n".join(STORY), url=URL, side_lines=lines)
    assert found.original_publisher == "News24"


# Pass 50: the 43rd and 44th sets' tune halves.


@pytest.mark.parametrize(
    ("url", "dateline", "publisher"),
    [
        # an agency's own text feed: its tag is its name's initials, which its domain spells
        ("https://www.andeswireservice.com/t/1", "COCHABAMBA, March 3 (AWS) — ", None),
        ("https://www.kashmirnewsservice.org/t/1", "SRINAGAR, March 3 (KNS) — ", None),
        # on another site the same tag is the agency's credit
        ("https://www.example-local.org/t/1", "COCHABAMBA, March 3 (AWS) — ", "AWS"),
        # a domain whose letters merely hold the tag's in order is no spelling of it
        ("https://www.nord-nachrichtenportal.de/t/1", "HAMBURG, 3. März (NDR) — ", "NDR"),
    ],
)
def test_a_dateline_tag_the_domain_spells_out_is_the_site_itself(
    url: str, dateline: str, publisher: str | None
) -> None:
    _, found = _run([dateline + STORY[0], *STORY[1:]], url=url)
    assert found == publisher


@pytest.mark.parametrize(
    ("site", "line", "publisher"),
    [
        # a marker of the site's own story before its own name credits no one
        ("محفظة نيوز", "المصدر: خاص - محفظة نيوز", None),
        ("Harbour Ledger", "Source: Exclusive | Harbour Ledger", None),
        # before another outlet's name it is still that outlet's credit
        ("Harbour Ledger", "Source: Exclusive | Gulf Courier", "Gulf Courier"),
        # a name that merely starts with the marker's word is a name
        ("Harbour Ledger", "Quelle: Eigenbericht-Verlag Nordtal", "Eigenbericht-Verlag Nordtal"),
    ],
)
def test_an_own_marker_before_the_sites_name_credits_no_one(
    site: str, line: str, publisher: str | None
) -> None:
    _, found = attribute(
        "\n".join([*STORY, line]), url="https://www.example-local.org/n/1", site_name=site
    )
    assert found.original_publisher == publisher


@pytest.mark.parametrize(
    ("line", "name"),
    [
        # a label closed by its script's own mark: Armenian "՝", Khmer "៖"
        ("Աղբյուրը՝ «Հետք»", "Հետք"),
        ("ប្រភព៖ វីអូអេ", "វីអូអេ"),
    ],
)
def test_a_label_closed_by_its_scripts_mark_reads_the_name(line: str, name: str) -> None:
    rest, found = _run([*STORY, line])
    assert found == name
    assert line not in rest


def test_a_hyphen_joins_another_agency_not_a_wires_service() -> None:
    _, found = _run(["KYIV, March 3 (Reuters-Ukraine Monitor) – " + STORY[0], *STORY[1:]])
    assert found != "Reuters"


def test_a_sign_off_over_a_quotes_table_the_text_kept_is_read_and_leaves() -> None:
    """A finance site keeps its quotes table and disclaimers after the story: the story's
    own last lines are its tail all the same."""
    sign_off = "(Reporting by Meera Joshi in Surat; Editing by Tom Halvorsen)"
    table = [f"| Index {n} | 21,064.55 | +0.71% |" for n in range(6)]
    lines = [
        "SURAT, India, Feb 18 (Reuters) - " + STORY[0],
        *STORY[1:],
        sign_off,
        *table,
        "Quotes delayed at least 15 minutes.",
    ]
    rest, found = _run(lines)
    assert found == "Reuters"
    assert sign_off not in rest
    assert table[0] in rest  # the table stays


# Pass 51: the 46th set's tune half.


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        # a broadcaster's partner or sister outlet, named after the relation
        ("This story comes from our news partners at the Aroostook Courier.", "Aroostook Courier"),
        ("Originally published by our partners at the Harbour Gazette.", "Harbour Gazette"),
        # a sister station's call sign with its city: the station
        ("This story comes from our sister station KBMZ in Bismarck.", "KBMZ"),
        # a partner that is a person, or no one named, credits no one
        ("This story comes from our partners.", None),
    ],
)
def test_a_partner_or_sister_outlet_is_credited_by_its_name(
    line: str, publisher: str | None
) -> None:
    rest, found = _run([line, *STORY])
    assert found == publisher
    if publisher is not None:
        assert line not in rest


@pytest.mark.parametrize(
    ("line", "name"),
    [
        # Greek writes the article before an outlet's name; the name goes without it
        ("Με πληροφορίες από το Euronews", "Euronews"),
        ("Με πληροφορίες από την Καθημερινή", "Καθημερινή"),
    ],
)
def test_a_greek_article_before_the_name_is_no_part_of_it(line: str, name: str) -> None:
    read = phrasebook().read(line)
    assert read is not None and read[0] == name


# Pass 52: the 45th set's tune half.


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        # an institution's own press people issue its page: no publisher
        ("Issued by the Press Section", None),
        ("Issued by the Press Section, High Commission of the Republic of Zambia, Abuja", None),
        ("Source: Corporate Communications Office, Kakamega County Referral Hospital", None),
        ("Source: the Media Office", None),
        # a news agency whose name ends in a press word is one
        ("Source: Inter Press Service", "Inter Press Service"),
    ],
)
def test_an_institutions_own_press_office_credits_no_one(line: str, publisher: str | None) -> None:
    _, found = _run([*STORY, line], url="https://www.example-embassy.org/press/1")
    assert found == publisher


def test_a_wires_service_in_a_dateline_is_read_with_the_operators_table(tmp_path) -> None:
    """The operator's publishers file decides which names are wires' in a dateline's service
    too ("(Kestrel Health) -" when the operator files Kestrel as a wire), not the bundled
    table alone."""
    extra = tmp_path / "publishers.toml"
    extra.write_text(
        'publisher = [{ name = "Kestrel", kind = "wire", domains = ["kestrelwire.example"] }]\n',
        encoding="utf-8",
    )
    text = "\n".join(["LIMA, Feb 16 (Kestrel Health) - " + STORY[0], *STORY[1:]])
    rest, found = attribute(text, url=URL, publishers_file=extra)
    assert found.original_publisher == "Kestrel"
    assert rest.startswith("The county closed")
    # without the operator's entry Kestrel is no wire: the bracket is not read as a service
    assert attribute(text, url=URL)[1].original_publisher != "Kestrel"
