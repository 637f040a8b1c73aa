"""A source line that names where a figure's data came from, not who published the story
(issue 14, the fifth conventions round, its precision family).

The decision, by the line's context:

- A source line right under a chart's, a table's, a map's or a graphic's title ("Chart: Road
  repair spending by ward", "그래픽: 지역별 도로 보수 예산", "图：各区道路维修支出", "رسم بياني: …")
  is the figure's data note: it credits no one, whatever it names (a statistics office, a
  ministry, company filings, even an outlet whose figures were used), and it stays in the text.
- Elsewhere, a government body, a ministry or a statistics office after a bare source label
  ("Source: Ministry of Health", "Nguồn: Sở Giao thông Vận tải", "出典：国土交通省", "출처:
  통계청", "ماخذ: ادارہ شماریات پاکستان", "स्रोत: सड़क परिवहन मंत्रालय") cites where the story's
  figures come from, as before (not_credits/citations.py): no credit, the line stays. A page
  that prints a label and a ministry's name gives no sign it copied the ministry's text.
- A press office is the publisher of its own release only when the line says the text is that
  release: "This media release was issued by the Queensland Government and is republished in
  full" (conventions/edge_labels.py), "Quelle: TU Darmstadt, Pressemitteilung", "Source: X
  press release" (resolve: the release's word beside the name).
"""

# ruff: noqa: RUF001, RUF002, RUF003  (letters of other scripts and full-width colons are meant)

from __future__ import annotations

import re
from collections.abc import Sequence

from aggregator.attribution.conventions.edge_credits import SOURCE_NOUNS

#: A figure's title: its kind and a separator, in the languages the source labels are read in.
FIGURE_TITLE = re.compile(
    r"^\s*[(\[]?\s*(?:chart|charts|graph|graphic|graphics|infographic|table|map|figure|fig\.|"
    r"grafik|infografik|tabelle|karte|schaubild|gráfico|gráfica|tabla|mapa|infografía|"
    r"graphique|tableau|carte|infographie|grafico|tabella|wykres|tabela|grafikon|táblázat|"
    r"térkép|graf|tabulka|mapa|γράφημα|πίνακας|χάρτης|график|таблица|инфографика|карта|"
    r"tablo|harita|biểu\s+đồ|bảng|đồ\s+họa|bản\s+đồ|그래픽|도표|표|차트|지도|图|圖|图表|圖表|"
    r"表|図|グラフ|地図|رسم\s+بياني|جدول|خريطة|إنفوغرافيك|انفوگرافک|نمودار|گراف|چارٹ|نقشہ|"
    r"ग्राफ|ग्राफ़|चार्ट|तालिका|नक्शा|গ্রাফ|চার্ট|সারণি|মানচিত্র)\s*\d*\s*[:：\-–—|]",
    re.IGNORECASE,
)
#: A line that opens with a source label ("Source:", "数据来源：", "출처:").
_SOURCE_LINE = re.compile(
    r"^\s*[(\[]?\s*(?:data\s+|数据|數據|資料)?" + SOURCE_NOUNS + r"\s*[:：\-–—|]", re.IGNORECASE
)


def under_figure(lines: Sequence[str], index: int, filled: Sequence[int]) -> bool:
    """Whether ``lines[index]`` is a source line right under a figure's title (``filled``: the
    indexes of the lines that are not empty, in order)."""
    if not _SOURCE_LINE.match(lines[index]):
        return False
    at = filled.index(index) if index in filled else 0
    return at > 0 and FIGURE_TITLE.match(lines[filled[at - 1]]) is not None


#: What a poll's or a survey's data note says: the poll's own word ("Reuters/Ipsos poll",
#: "Umfrage", "sondage", "世論調査", "여론조사") or its sample and margin ("1.312 Befragte",
#: "1,004 adults", "margin of error").
_POLL = re.compile(
    r"\b(?:polls?|polling|survey(?:ed)?|respondents|margin\s+of\s+error|"
    r"umfrage|befragte|befragung|fehlertoleranz|sondage|sondé(?:e)?s|marge\s+d['’]erreur|"
    r"encuesta|encuestados|margen\s+de\s+error|sondaggio|intervistati|pesquisa|entrevistados|"
    r"margem\s+de\s+erro|sondaż|badanie\s+opinii|respondentów|peiling|"
    r"опрос\w*|респондент\w*|anket\w*|kamuoyu\s+araştırması|jajak\s+pendapat|survei|"
    r"\d[\d.,]*\s+(?:adults|voters|people|residents|erwachsene|wahlberechtigte))\b|"
    r"世論調査|民调|民意调查|民意調查|問卷調查|여론조사|설문조사|استطلاع|सर्वेक्षण|सर्वे",
    re.IGNORECASE,
)


def poll_note(line: str) -> bool:
    """Whether ``line`` is a source label citing a poll or a survey ("Source: Reuters/Ipsos
    poll of 1,004 adults", "Quelle: ARD-DeutschlandTrend, infratest dimap, 1.312 Befragte",
    "出典：NHK世論調査"): where the figures come from, even when a pollster's client is an
    outlet; the story is the site's own."""
    return _SOURCE_LINE.match(line) is not None and _POLL.search(line) is not None
