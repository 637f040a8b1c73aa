# ruff: noqa: RUF001  (letters of other scripts are meant)
"""The thirty-first pass (issue 14, the eighteenth blind set's tune half). Its tune half had no
miss; three of its pages were scored right only through an accepted spelling, the publisher
named as written instead of the table's name. Those classes, in outlets and languages the set
did not use:

- (1) a public or state broadcaster's own service named by its language, country, nation or
  region, or its radio station ("BBC News Brasil", "VOA Indonesia", "DW Brasil", "BBC News
  中文", "CBC Manitoba", "BBC Radio Cornwall") is that broadcaster; a commercial outlet's name
  before a country is a franchise of its own ("CNN Indonesia", "Sky News Australia");
- (2) a table outlet's own name in its own script, and its site's ("环球时报", "中国日报网",
  "人民网", "新华网", "중앙일보", "ジャパンタイムズ"), is that outlet."""

from __future__ import annotations

import pytest

from aggregator.attribution.attribute import attribute
from tests.blogpost import BODY, body_stays
from tests.blogpost import MEMBER_SITE as SITE


def _tail(line: str, url: str = SITE) -> tuple[str, str | None]:
    text, found = attribute("\n".join([*BODY, line]), url=url)
    return text, found.original_publisher


# (1) a public broadcaster's services
SERVICES = [
    ("Source: BBC News Brasil", "BBC"),
    ("Fuente: BBC News Mundo", "BBC"),
    ("Source: BBC News Hindi", "BBC"),
    ("来源：BBC News 中文", "BBC"),
    ("Sumber: VOA Indonesia", "Voice of America"),
    ("Fonte: DW Brasil", "Deutsche Welle"),
    ("Source: RFI Hausa", "RFI"),
    ("Source: France 24 Arabic", "France 24"),
    ("Fuente: RT en Español", "RT"),
    ("Source: Al Jazeera Balkans", "Al Jazeera"),
    ("Source: BBC Scotland", "BBC"),
    ("Source: BBC Radio Cornwall", "BBC"),
    ("Source: CBC Manitoba", "CBC News"),
]


@pytest.mark.parametrize(("line", "broadcaster"), SERVICES)
def test_a_public_broadcasters_service_is_the_broadcaster(line: str, broadcaster: str) -> None:
    text, publisher = _tail(line)
    assert publisher == broadcaster
    assert line not in text
    assert body_stays(text)


FRANCHISES = [
    ("Sumber: CNN Indonesia", "CNN Indonesia"),  # a franchise under licence
    ("Source: Sky News Australia", "Sky News Australia"),
    ("Fonte: CNN Brasil", "CNN Brasil"),
    ("Source: Euronews Albania", "Euronews Albania"),
    ("Source: CNBC Indonesia", "CNBC Indonesia"),
    ("Source: BBC America", "BBC America"),  # a cable channel run under licence
    ("Source: BBC Good Food", "BBC Good Food"),  # a licensed magazine, no service's word
]


@pytest.mark.parametrize(("line", "outlet"), FRANCHISES)
def test_a_franchise_or_licensed_title_keeps_its_own_name(line: str, outlet: str) -> None:
    _, publisher = _tail(line)
    assert publisher == outlet


# (2) an outlet's own name in its own script
OWN_SCRIPT = [
    ("来源：环球时报", "Global Times"),
    ("来源：中国日报网", "China Daily"),
    ("来源：人民网", "People's Daily"),
    ("来源：新华网", "Xinhua"),
    ("来源：南華早報", "South China Morning Post"),
    ("출처: 중앙일보", "Korea JoongAng Daily"),
    ("출처: 코리아헤럴드", "The Korea Herald"),
    ("出典：ジャパンタイムズ", "The Japan Times"),
]


@pytest.mark.parametrize(("line", "outlet"), OWN_SCRIPT)
def test_an_outlets_own_script_name_is_the_outlet(line: str, outlet: str) -> None:
    text, publisher = _tail(line)
    assert publisher == outlet
    assert line not in text


def test_another_site_named_like_one_stays_its_own_name() -> None:
    # China.org.cn's "中国网" is no China Daily site
    assert _tail("来源：中国网")[1] == "中国网"


def test_the_outlets_own_name_on_its_own_site_credits_no_one() -> None:
    text, publisher = _tail("来源：环球时报", url="https://world.huanqiu.com/article/4Abc")
    assert publisher is None
    assert "来源：环球时报" in text
