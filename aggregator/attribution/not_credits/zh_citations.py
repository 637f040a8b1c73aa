"""What a Chinese source label cites when it names no publisher (issue 14, pass 33).

Chinese pages write one label, "來源：" / "资料来源：" / "資料來源：", both under a copied story
("資料來源：自由時報") and under a story's figures or a reference; what follows decides. A name
the table lacks that reads as one of these is a citation, and the line stays:

- a government body by its kind, written last: "行政院主計總處" (directorate), "中央氣象署"
  (administration), "国务院" / "立法院" (council, court), "中央气象台" (observatory), "国家统计局"
  and "衛福部" are `citations.py`'s already;
- an association, a foundation, a union or an academy: "台灣醫學會", "中华慈善基金会";
- a company or its papers: "台積電公司", "公司公告", "2025年年報", "财报", "研究報告", "白皮书";
- a reference work: "維基百科", "百度百科";
- a reporter, the story's own writer: "記者李明", "本報記者王芳".

An outlet keeps its credit: "聯合報", "澎湃新闻", "自由時報", "中央社", "東森新聞" end in no
such word, and "电视台" (a station) is no observatory."""

# ruff: noqa: RUF001, RUF002  (full-width colons and letters of other scripts are meant)

from __future__ import annotations

import re

#: The kinds of bodies and papers, written last in the name, in both scripts.
_ENDING = re.compile(
    r"(?:署|處|处|院|氣象台|气象台|協會|协会|學會|学会|基金會|基金会|工會|工会|公會|公会|商會|商会|"
    r"公司|公告|年報|年报|季報|季报|財報|财报|報告|报告|白皮書|白皮书|百科)$"
)
#: A reporter opening the name: the story's own writer, no outlet.
_REPORTER = re.compile(
    r"^(?:本報|本报|本網|本网)?(?:記者|记者|特派員|特派员|通訊員|通讯员)\S{1,4}$"
)


def cited_in_chinese(name: str) -> bool:
    """Whether ``name``, after a source label, is a Chinese body, paper, reference work or
    reporter cited for the story's facts ("行政院主計總處", "維基百科", "記者李明"), not an
    outlet."""
    name = name.strip(" 。，、：:()（）")
    return bool(name) and (_ENDING.search(name) is not None or _REPORTER.match(name) is not None)
