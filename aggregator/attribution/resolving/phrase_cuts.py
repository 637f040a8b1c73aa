"""What is cut off a credited phrase before its name is looked up (a link's address, a
sign-off, a writer's role, a date, a second label, a company's form) and what splits it into
several names ("dpa/AFP", "رويترز وفرانس برس")."""

# ruff: noqa: RUF001, RUF003  (dashes, quotes, full-width colons, letters of other scripts)

from __future__ import annotations

import re

# A bare domain's first label has two letters at least: "S.Paulo" is a name.
# A bare domain ends in a country code or a common generic suffix: "taz.die tageszeitung"
# is a name.
URL = re.compile(
    r"(?:https?://|www\.)[^\s)\]>\"']+|\b(?:[a-z0-9-]{2,}\.)+(?:[a-z]{2}|com|org|net|info|"
    r"biz|news|media|online|press|blog|site|live|today|world|global|edu|gov|int|asia|africa|"
    r"xyz|app|club|press|digital|network|tv|fm|am|cat|eus|gal|scot|wales|cymru|bzh|quebec)\b"
    r"(?![.-]\w)"
    r"(?:/[^\s)\]>\"']*)?",
    re.I,
)
#: "Marlow Sentinel (UK)", "(link)", "(@scrollahead_news)": a country code, a link's word or
#: the outlet's social handle after the name.
AFTER_NAME = re.compile(r"\s*\((?:link|here|online|web|website|[A-Z]{2,3}|@\w+)\)?$|\s+@\w+$")
PIECES = re.compile(
    # "STT-AFP" written with an unspaced en dash: a Nordic agency's story on another wire's copy
    r"(?<=[A-ZÄÖÅ])–(?=[A-Z])|"
    # "来源：人民网－人民日报": a Chinese site and its paper, joined by a dash, are two names
    r"(?<=[\u4e00-\u9fff])\s*[－—–-]\s*(?=[\u4e00-\u9fff])|"
    r"\s*(?:[,;&+|·•]|/(?!\d)|\band\b|\bund\b|\bet\b|\by\b|\bvia\b|\s[-–—]\s|\sو\s|"
    r"\sاور\s|\sऔर\s|\bwith\b)\s*",
    re.I,
)
RELEASE = re.compile(
    r"\b(?:press|news|media)\s+release|pressemitteilung|pressemeldung|communiqué|"
    r"comunicado|nota\s+de\s+prensa|nota\s+à\s+imprensa",
    re.I,
)
SIGNOFF_AFTER = re.compile(r"\s*[(\[][^()\[\]]*\bby\b[^()\[\]]*[)\]]?\s*$", re.I)
KIND = re.compile(
    r"^(?:وكالة\s+أنباء|وكالة\s+الأنباء|وكالة|صحيفة|جريدة|موقع|agencia|agence|agência|"
    r"agentur|nachrichtenagentur|news\s+agency|the\s+news\s+agency)\s+",
    re.I,
)
JOINED_AND = re.compile(r"\s+و(?=\S)")
#: A second label ends the name: "Source: Xinhua Editor: Li Wei"; a Chinese CMS's info bar
#: runs its fields on one line ("来源：东江晚报 作者：李明 发布时间：2026-03-10").
NEXT_LABEL = re.compile(
    r"\s+\|?\s*(?:editor|editors|edited by|editing|translated by|"
    r"translator|photo|photos|image|reporter|writer|作者|编辑|編輯|责任编辑|責任編輯|责编|"
    r"记者|記者|摄影|攝影|发布时间|發布時間|发布日期|时间|時間|日期|浏览|瀏覽|点击|點擊|"
    r"阅读|閱讀|字号|字號)\s*[:|：]\s*.*$",
    re.I,
)
#: "Provided by CNBC Story by Kwame Delacroix": a portal's provider box, then its byline.
BYLINE_AFTER = re.compile(r"\s+(?:story|article|written|reported)\s+by\s+.*$", re.I)
#: "Grist, a nonprofit, independent media organization …": a description of the outlet after
#: its name (its words name no other outlet).
#: "Kringvarp Føroya (KVF), the Faroese public broadcaster": "the" in lower case before words
#: ending in a lower-case noun describes it too ("Reuters, the Associated Press" names two).
APPOSITIVE = re.compile(r",\s+(?:(?:a|an)\s+(?=[a-z]).*|the\s+[^,;\n]*\s[a-z][\w-]*[.]?)$")
#: What separates names, except the ampersand inside "Harrow & Finch".
SEPARATE = re.compile(r"\s*(?:[,;|·•]|/(?!\d)|\s[-–—]\s|\bvia\b|\bwith\b)\s*", re.I)
#: "© The Financial Times Limited 2026. All rights reserved.": years, rights, company forms.
TRAILER = re.compile(
    r"(?:\s*(?:\d{4}|all rights reserved|ltd|limited|plc|inc|llc|gmbh)\.?)+\s*$", re.I
)
COMPANY = re.compile(
    # Japanese and Chinese write the company onto the name: "時事通信社", "朝日新聞社"
    r"(?:\s+(?:company|co|corporation|corp|group|media\s+group)\.?|(?<=[\u3040-\u30ff\u4e00-\u9fff])社)$",
    re.I,
)
#: A byline's outlet run into its writer's role and its date: "Tidewise Weekly Staff Writer
#: Published 2026-03-10" names Tidewise Weekly ("The Hollywood Reporter" keeps its word).
ROLE_TAIL = re.compile(
    r"(?<![,\s])(?:\s+staff\s+(?:writer|reporter|correspondent|photographer)s?\b|"
    r"\s+(?:published|updated|posted)\b(?=.*\d)).*$",
    re.I,
)
#: "the website of", "موقع": a name follows; "official website" after it.
WEBSITE = re.compile(
    r"^(?:(?:the\s+)?(?:website|site|portal|web)\s+(?:of\s+)?|"
    r"(?:le\s+)?site\s+(?:web\s+|internet\s+)?(?:de\s+la\s+|de\s+|du\s+|des\s+|d')?|"
    r"el\s+sitio\s+(?:de\s+)?|موقع\s+|ویب\s*سائٹ\s+|वेबसाइट\s+)"
    # after the name: "Kilmarnock Athletic FC official website", "X's official site"
    r"|(?:['’]s)?\s+(?:official\s+)?(?:website|web\s*site|site)$",
    re.I,
)
#: A clause going on after the outlet's name: the sentence reports on another publication
#: ("... first published by the Valley Courier in 2019 and caused an outcry"), it does not
#: credit this page ("... and is republished here with permission" still does).
REPORTING_TAIL = re.compile(
    r"(?:,\s*|\s)(?:and|but|after|before|because|when|while|until|prompting|"
    r"causing|sparking|triggering|leading|drawing)\s+(?!(?:it\s+)?(?:is|was|has\s+been|"
    r"appears|appeared|are|were)\b)(?=[a-z])",
)
#: A hat tip's lead ("h/t"), which the table would read as an outlet's initials ("HT").
HAT_TIP = re.compile(r"h\s*/\s*t|h\.\s*t\.?", re.I)
#: A sign-off after the agencies ("dpa/AFP/lko"): an editor's initials.
INITIALS = re.compile(r"^[a-zäöü]{1,4}$")
