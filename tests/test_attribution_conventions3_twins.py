# ruff: noqa: RUF001  (other scripts' quotation marks and punctuation are meant)
"""Family (e) of the third conventions round (issue 14): citations that are not credits,
written before any attribution code was read, beside ``test_attribution_conventions3.py``.
A story that cites a journal, a think tank's report, a statistics office's data, another
outlet's scoop, an interview it gave to another outlet, or a colleague who contributed
reporting is the site's own story: it credits no one, and every such sentence stays in the text.
Photo and chart credits beside the story do not decide attribution either.

First run on unchanged code: 42 cases, 42 passed, 0 failed (pytest -p no:randomly, before any
code change): citations at the tail 32/0, at the head 3/0, contributors, chart and photo credits
7/0. No case was changed after the first run.
"""

from __future__ import annotations

import pytest

from tests.blogpost import with_head, with_tail

pytestmark = pytest.mark.conventions3

GAZETTE = "Harbour Gazette"
HERALD = "Pinecrest Herald"
TIDEWATER = "Tidewater Daily"
KESTREL = "Kestrel Bay Times"

CITATIONS = [
    # en: journals, reports, data
    "The findings were published in JAMA Pediatrics on Monday.",
    "The study, published in The Lancet Public Health, followed 4,000 cyclists for two years.",
    "A report by the Kestrel Bay Institute found that repairs cost twice the national average.",
    "According to a study in the journal Transport Reviews, potholes cause one in ten cycling "
    "crashes.",
    "Data from the Office for National Statistics show road spending fell for five years.",
    f"Data from {GAZETTE}'s annual survey suggest most residents support the plan.",
    # en: another outlet's reporting, an interview, a colleague's reporting
    f"{GAZETTE} first reported the delay in January.",
    "Reuters first reported the plan on Monday, citing two council officials.",
    f"As {HERALD} reported last month, the contract went to a local firm.",
    f"“We will start in the spring,” the mayor told {TIDEWATER}.",
    f"In an interview with {KESTREL}, the mayor said the work would be finished by 2028.",
    "In an interview with The New York Times, the mayor said the budget was fair.",
    # de
    "Der Bürgermeister sagte der Wendländer Rundschau, die Arbeiten begännen im Frühjahr.",
    "Das berichtete zuerst die Wendländer Rundschau.",
    # fr
    "L'étude a été publiée dans la revue The Lancet.",
    "Le maire a déclaré à Vercors Matin que les travaux commenceraient au printemps.",
    # es
    "Según datos del Instituto Nacional de Estadística, el gasto cayó un 4 %.",
    "En una entrevista con Crónica de Tarifa, el alcalde defendió el plan.",
    # pt
    "Em entrevista ao Jornal do Planalto, o prefeito defendeu o plano.",
    # it
    "Come riportato da Eco di Valsesia, il consiglio ha approvato il piano.",
    "Lo studio è stato pubblicato sulla rivista Nature.",
    # nl
    "Dat meldde de Kempener Courant eerder.",
    # pl
    "Jak podał wcześniej serwis wartanews.pl, prace ruszą wiosną.",
    # sv
    "Det var Vätterbygdens Allehanda som först rapporterade om förseningen.",
    # ru
    "Как ранее писала газета «Заречный вестник», работы начнутся весной.",
    # tr
    "Belediye başkanı Ege Postası'na yaptığı açıklamada planı savundu.",
    # id
    "Seperti dilaporkan Warta Priangan, dewan menyetujui anggaran itu.",
    # vi
    "Trao đổi với báo Đất cảng, thị trưởng cho biết công trình sẽ khởi công vào mùa xuân.",
    # hi
    "नर्मदा समाचार से बातचीत में महापौर ने कहा कि काम वसंत में शुरू होगा।",
    # ar
    "وقال رئيس البلدية لصحيفة صدى الساحل إن الأشغال ستبدأ في الربيع.",
    # zh
    "据《东江晚报》报道，市议会周二通过了预算。",
    # ja
    "市長は北浜新報の取材に対し、工事は春に始まると述べた。",
]


@pytest.mark.parametrize("line", CITATIONS)
def test_a_citation_at_the_tail_credits_no_one_and_stays(line: str) -> None:
    text, publisher = with_tail(line)
    assert publisher is None
    assert line in text


@pytest.mark.parametrize(
    "line",
    [
        f"{GAZETTE} first reported the delay in January.",
        "Le maire a déclaré à Vercors Matin que les travaux commenceraient au printemps.",
        "据《东江晚报》报道，市议会周二通过了预算。",
    ],
)
def test_a_citation_at_the_head_credits_no_one_and_stays(line: str) -> None:
    text, publisher = with_head(line)
    assert publisher is None
    assert line in text


@pytest.mark.parametrize(
    "line",
    [
        "Jane Doe contributed reporting from Lisbon.",
        "Tom Hale and Ana Ruiz contributed reporting.",
        "Chart: Jane Doe · Source: Kestrel Bay Institute",
        f"Chart: Jane Doe · Source: {GAZETTE} poll of 1,200 residents",
        f"({GAZETTE} photo/Jane Doe)",
        f"Photo: Jane Doe / {HERALD}",
        "(AP Photo/Jane Doe, File)",
    ],
)
def test_a_contributor_chart_or_photo_credit_credits_no_one(line: str) -> None:
    _, publisher = with_tail(line)
    assert publisher is None
