"""Attribution benchmark on pages the project never saw: blind HTML cases and hand-labelled
real pages, run through the same path as ``aggregator extract`` (extraction, then
attribution on the page's text and markup); P, R, false credits, leaks, ms, per group.

Run: .venv/bin/python bench/attribution.py [--first-run]   (writes bench/results/attribution.md)
     .venv/bin/python bench/attribution.py --tune   (while changing code: tune half, prints only)
     ... --blind cases.jsonl [--blind ...]   (these blind sets only; default: every cases*.jsonl)
     .venv/bin/python bench/attribution.py --help

Only the ``tune`` half's misses are listed; the ``check`` half gives numbers only, so that
changes are never made against it. ``--first-run`` stores the run as the "First run" section,
which later runs keep verbatim.
"""

# ruff: noqa: RUF001, E501  (dashes of credit lines are meant; NOTES holds wide Markdown tables)

from __future__ import annotations

import argparse
import platform
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

# bench's own modules, then this checkout's aggregator: a worktree sharing another checkout's
# venv would otherwise measure the code that venv's editable install points at
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import _attribution_then
from attribution_cases import BLIND, REAL, REAL2, REAL3, SHARED, Case, blind_cases, real_cases
from attribution_corpus import shared_data
from attribution_score import Outcome, groups, table

from aggregator.attribution.publishers import normalize
from aggregator.attribution.resolve import resolver_for
from aggregator.errors import ExtractionFailed
from aggregator.extract.extractor import extract
from aggregator.models import Article
from aggregator.processing import credit, fill

RESULTS = Path(__file__).resolve().parent / "results" / "attribution.md"
#: The commit whose attribution code made the first run: kept as a baseline contender.
FIRST_RUN_COMMIT = "d6420fa"
FIRST_RUN_MARK = "<!-- first run: kept verbatim -->"
#: The rows every contender is compared on.
HEADLINE = (
    "every blind set pooled: credited copies (in/out of table, wire)",
    "every blind set pooled: own_page",
    "every blind set pooled: negatives (mention, caption, no credit)",
    "blind: credited copies (in/out of table, wire)",
    "blind: in_table",
    "blind: out_of_table",
    "blind: wire",
    "blind: negatives (mention, caption, no credit)",
    "real: credited (expected publisher)",
    "real: negatives (mention, caption)",
    "real, second sample: credited (expected publisher)",
    "real, second sample: negatives (mention, caption, original)",
    "real, third sample: credited (expected publisher)",
    "real, third sample: negatives (mention, caption)",
    "real, first and third samples: wire_copy",
    "real, first and third samples: credited (expected publisher)",
    "real, first and third samples: negatives (mention, caption)",
)
NOTES = """
How to read this (issue 14). The headline is the **check** half: pages of sites never looked
at while the code changed (their misses are not even listed). The first run below is the
code before any change, kept verbatim (its ms columns are wall time on a machine shared with
other engineers; later runs count CPU time). Targets on the check half: precision >= 0.98
and recall >= 0.95 on credited copies, real wire pages recall >= 0.90, pages that only
mention or picture an outlet wrongly credited <= 2%, credit lines left in `text` <= 1%,
`attribute()` under 5 ms a page.

First blind set (`cases.jsonl`, 154 check pages) and real pages:

| check half | first run | first pass | second pass | third pass | fifth pass | sixth pass | seventh pass | eighth pass | ninth pass |
|---|---|---|---|---|---|---|---|---|---|
| blind credited copies: P / R | 0.983 / 0.533 | 0.967 / 0.813 | 0.959 / 0.869 | 0.969 / 0.879 | 0.969 / 0.888 | 0.970 / 0.897 | 0.970 / 0.897 | 0.970 / 0.897 | 0.970 / 0.907 |
| blind credit lines left in text | 38.3% | 10.6% | 3.2% | 4.3% | 4.3% | 3.2% | 3.2% | 3.2% | 3.2% |
| blind out-of-table: P / R | 0.933 / 0.311 | 0.923 / 0.800 | 0.930 / 0.889 | 0.952 / 0.889 | 0.952 / 0.889 | 0.953 / 0.911 | 0.953 / 0.911 | 0.953 / 0.911 | 0.953 / 0.911 |
| blind wire pages: P / R | 1.000 / 0.594 | 1.000 / 0.750 | 0.960 / 0.750 | 0.962 / 0.781 | 0.963 / 0.812 | 0.963 / 0.812 | 0.963 / 0.812 | 0.963 / 0.812 | 0.964 / 0.844 |
| blind negatives wrongly credited | 0.0% | 0.0% | 2.7% (1 of 37) | 2.7% (1 of 37) | 2.7% (1 of 37) | 2.7% (1 of 37) | 2.7% (1 of 37) | 2.7% (1 of 37) | 2.7% (1 of 37) |
| real credited: P / R (wire R) | - / 0.438 (0.500) | - / 0.688 (0.625) | - / 0.750 (0.625) | 1.000 / 0.750 (0.625) | 0.923 / 0.750 (0.625) | 0.923 / 0.750 (0.625) | 0.923 / 0.750 (0.625) | 0.923 / 0.750 (0.625) | 0.923 / 0.750 (0.625) |
| real mention/caption pages wrongly credited | 1 of 17 | 2 of 17 | 2 of 17 | 2 of 17 | 2 of 17 | 2 of 17 | 1 of 17 | 1 of 17 | 1 of 17 |

Second blind set (`cases_2026-12-05.jsonl`, written by a session that never read the code;
115 check pages; its own first run is in `attribution-blind2-first-run.md`):

| check half | before the second pass | second pass | third pass | fifth pass | sixth pass | seventh pass | eighth pass | ninth pass |
|---|---|---|---|---|---|---|---|---|
| credited copies: P / R | 0.980 / 0.617 | 0.952 / 0.728 | 1.000 / 0.802 | 1.000 / 0.815 | 1.000 / 0.827 | 1.000 / 0.827 | 1.000 / 0.827 | 1.000 / 0.827 |
| credit lines left in text | 31.2% | 21.9% | 17.2% | 15.6% | 14.1% | 14.1% | 14.1% | 14.1% |
| negatives wrongly credited (30 pages) | 0.0% | 13.3% | 0.0% | 0.0% | 0.0% | 0.0% | 0.0% | 0.0% |
| R out_of_table / wire / in_table | 0.389/0.862/0.688 | 0.583/0.897/0.750 | 0.694/0.931/0.812 | 0.694/0.931/0.875 | 0.722/0.931/0.875 | 0.722/0.931/0.875 | 0.722/0.931/0.875 | 0.722/0.931/0.875 |

The third pass (branch attrib-precision) put precision first, tuned on both sets' tune
halves: every rule must read a credit *of this page*. An institution named by words of
lending or help ("Courtesy of the Harbour Museum", "in partnership with Westbrook
University") publishes nothing; a sentence that goes on after the outlet ("… first
published by X in 2019 and caused an outcry") reports on another publication; "republished
by X" says where a story went; sentences about where a piece first ran count only at the
text's head or tail; a bare agency name counts only on the last line, and a tag on a line
that is also a caption is the photo's; side lines are read as a browser shows them (a tag
box beside a source box is no "Daily MaverickTAGSNews"), readers' comments and tag clouds
credit no one. Then recall: credit labels, courtesy leads, "read the full story at" and
"first published in" in Italian, Portuguese, Turkish and Indonesian; slash-tagged, dash-dated,
uncased and domain datelines; wire house trailers and end markers; a desk's byline; six
national wires added to the table. The check halves were looked at twice, aggregates only:
midway (first set P 0.969 / R 0.879, leak 4.3%, negatives 2.7%; second set P 1.000 /
R 0.765, leak 21.9%, negatives 0.0%) and this final run. Both tune halves are at P 1.000 /
R 1.000 with no leak and no false credit. The first set's one credited negative and the real
pages' two did not move; one more credit line stays in the first set's text (4.3% from 3.2%),
likely the price of counting bare names and first-ran sentences only at the edges. Recall
(0.879 and 0.802) and leaks (4.3% and 17.2%) are still far from the targets: not met.

Third blind set (`cases_2026-12-06.jsonl`, 159 pages in 15 languages, written by a session
that never read the code; 88 check pages; its first run is in
`attribution-blind3-first-run.md`):

| check half | third pass (first run) | fourth pass | fifth pass | sixth pass | seventh pass | eighth pass | ninth pass |
|---|---|---|---|---|---|---|---|
| credited copies: P / R | 0.912 / 0.585 | 0.949 / 0.698 | 0.956 / 0.811 | 0.956 / 0.811 | 0.956 / 0.811 | 0.956 / 0.811 | 0.956 / 0.811 |
| credit lines left in text | 23.4% | 21.3% | 12.8% | 12.8% | 12.8% | 12.8% | 12.8% |
| negatives wrongly credited (30 pages) | 3.3% (1 of 30) | 3.3% (1 of 30) | 3.3% (1 of 30) | 3.3% (1 of 30) | 0.0% (0 of 30) | 0.0% (0 of 30) | 0.0% (0 of 30) |
| own pages wrongly credited (5 pages) | 0.0% | 0.0% | 0.0% | 0.0% | 0.0% | 0.0% | 0.0% |
| R out_of_table / wire / in_table | 0.400 / 0.789 / 0.571 | 0.500 / 0.895 / 0.714 | 0.600 / 1.000 / 0.857 | 0.600 / 1.000 / 0.857 | 0.600 / 1.000 / 0.857 | 0.600 / 1.000 / 0.857 | 0.600 / 1.000 / 0.857 |

The fourth pass (branch attrib-pass4) tuned on the third set's tune half (the first two tune
halves stayed at P 1.000 / R 1.000, no leak, no false credit). Precision first: its three
credited own pages are each a class, now the site's own: the site's name cut to its last
words ("Times staff writer … contributed" on the Los Angeles Times) or run into its byline
block ("Los Angeles Times Staff Writer Published 2026-03-14"), and the copyright notice of the
site's owning company ("© 2026 Vox Media, LLC") beside a story whose author markup is the
site itself (a wire's notice still credits its copy). Then recall: CMS fields beside the text
whose label and value run together ("Agency The Canadian Press", "Quelle Tagesspiegel"), dated
byline blocks naming a table outlet ("Reuters 2026-03-24") or a writer with a wire ("Par … avec
AFP"), leads that only open a credit in Russian, Swahili and Indonesian ("По материалам",
"Kwa hisani ya gazeti la", "Dilansir dari"), Russian slash datelines and Japanese bracket
datelines ("【…共同】"). Left: "(via X)" (kept a blog's hat tip, as the earlier passes
decided), "H/t X, which first reported …", a "first reported … adapted from its report"
sentence, an outlet only in `<meta name=author>`, and Reuters' "Reporting by …; Editing by …"
sign-off alone. The check halves were looked at once, aggregates only: the first two sets did
not move, the third set's one credited negative did not either. Targets: not met.

The fifth pass (branch attrib-pass5) made rules general instead of adding wordings, tuned on
the three tune halves only (the new fourth set was never opened: `--blind` now names the sets
a session may see). Before it the third set's tune half was at R 0.868 with 9.4% of credit
lines left in the text; after it all three tune halves and the real tune pages are at P 1.000 /
R 1.000, no leak, no false credit. A harness moving each tune-half credit line elsewhere in a
plain text (not a benchmark row) measured the generality: right / leaked went from 0.930 /
4.1% to 0.971 / 0.6% as the last line, 0.895 / 7.6% to 0.930 / 5.3% as the first line or
between paragraphs, and 0.731 / 25.1% to 0.860 / 12.3% appended to the last paragraph.
Classes: a credit noun or lead and a name at the head or tail in any of the table's languages
and their neighbours (Bron, Kilde, Lähde, Źródło, Nguồn, Πηγή, מקור, منبع, 出典, 来源, 출처;
"(via X)"; "originally appeared in"), with a separator between paragraphs and in CMS fields
too; "H/t X, which first reported …"; "X first reported …; this account is adapted from its
report"; Reuters' "Reporting by …; Editing by …" as Reuters' own convention; an outlet as
`<meta name=author>`, as a bare name in an author element, in microdata's sourceOrganization,
in Dublin Core's publisher (a table name); an outlet's name alone on the last line; a credit
sentence ending the last paragraph; a sentence about this very piece between paragraphs;
Korean "(place=agency)", Xinhua "新华社…电" datelines and Japanese "（時事）" tags. Leaks:
removal follows detection, a line anywhere that only restates the decided credit, or a side
box's credit also kept in the text, leaves it. Precision guards: a person's name after a
credit word (a given-name lexicon), institutions in more languages, a web agency's domain or
the site's own word as meta author, a book excerpt's permission, a desk or a photo's licence
box in an author element, the site's owner in microdata; checked by diffing decisions on the
574 shared extraction pages outside the labelled check half (left: "(via X)" on a blog now
credits X, as the brief asked). The check halves were looked at once, aggregates only.
Recall rose on all three sets (0.888, 0.815, 0.811) and leaks fell on the later two (15.6%,
12.8%); the first set's leak (4.3%) and credited negative, the third set's credited negative
and the real pages' two credited negatives did not move, and one more real credited page
got a wrong publisher (P 0.923). Targets: not met.

Fourth blind set (`cases_2026-12-06b.jsonl`, 155 pages in 12 languages, written by a session
that never read the code, half in the conventions real sites use most, half in ones the earlier
sets lacked: press-release wires, portals' "Provided by", translated copies, Chinese, Vietnamese,
Polish, Dutch, Greek, Hebrew, Persian, Thai and Bengali credit words; 78 check pages). Its first
run, on the code after the fifth pass, is kept in `attribution-blind4-first-run.md`:

| check half | fifth pass (first run) | sixth pass | seventh pass | eighth pass | ninth pass |
|---|---|---|---|---|---|
| credited copies: P / R | 0.925 / 0.740 | 0.927 / 0.760 | 0.927 / 0.760 | 0.930 / 0.800 | 0.930 / 0.800 |
| credit lines left in text | 21.7% | 19.6% | 19.6% | 15.2% | 13.0% |
| negatives wrongly credited (25 pages) | 12.0% (3 of 25) | 8.0% (2 of 25) | 8.0% (2 of 25) | 8.0% (2 of 25) | 8.0% (2 of 25) |
| own pages wrongly credited (3 pages) | 0.0% | 0.0% | 0.0% | 0.0% | 0.0% |
| R out_of_table / wire / in_table | 0.667 / 0.833 / 0.700 | 0.750 / 0.833 / 0.700 | 0.750 / 0.833 / 0.700 | 0.750 / 0.889 / 0.750 | 0.750 / 0.889 / 0.750 |

The pattern of every earlier set holds: a set nobody here has read lands well below the sets
the rules were tuned on (recall 0.74 against 0.81-0.89 on the others' check halves), and the
fifth pass's broader rules cost precision on its null pages (3 of 25 credited, against 0-1 of
30-37 on the others). Its tune half (77 pages) is for the next pass; its check half is not.

The sixth pass (branch attrib-pass6) tuned on the fourth set's tune half (from P 0.903 /
R 0.571, leak 25.5%, 1 of 22 null and 1 of 6 own pages credited, to P 0.978 / R 0.918,
leak 4.3%, none);
the first three tune halves and the real tune pages stayed at P 1.000 / R 1.000, no leak, no
false credit. Precision first, by class: who handled a copy is not who first published it:
a syndicate or content agency ("Distributed by Tribune Content Agency") is never the answer,
and a copyright notice before such a sentence credits its holder; a press release's
"SOURCE <company>" under a PR wire's dateline names its issuer (the line leaves the text as
the wire's trailer); a source line with the site's own work on the data ("Bron: CBS,
bewerking …", "analysis by", "eigene Berechnung") is a figure's citation; "<wire>
contributed to this report" under a staff writer's story (a person in the markup, no desk)
is a contribution; an outlet's description after its name ("Grist, a nonprofit, independent
…") and its social handle are no part of it, small words inside a title-cased name are.
Recall: a portal's provider box (its logo no longer hides it as a picture; "Story by" after
the name cut off), translated copies, a PR wire's "View source version on" trailer, Dutch
"verscheen eerder bij", Vietnamese "Theo X" (not before a person's name), Bengali, Thai,
Chinese, Persian and Hebrew credit words and sentences, datelines placed in Bengali and the
other South Asian scripts, four table outlets' own-script names. Speed: every paragraph was
tried against every pattern; a lazy-scanning pattern is now tried only on lines holding the
words it needs, compiled patterns are no longer hashed per line, and normalize() and
resolve() are memoised: attribute() over the 625 real pages went from mean 3.1 / p95 7.1 /
max 43 ms to 2.4 / 5.2 / 14 ms (one shared machine, min of three runs), and in this run's
935 pages from 2.74 / 4.54 / 12.99 ms to 1.68 / 2.61 / 8.08 ms: the mean meets 5 ms, the
longest pages (100-400 paragraphs) do not. Left: a lower-case brand after a source label
("מקור: ynet"), a transcript's "aired on <show>", "Story by <writer>, <outlet>" alone, a
Thai "<name>ออนไลน์" (its web edition). The check halves were looked at once, aggregates only:
the fourth set's credited negatives fell from 3 to 2 of 25, its recall rose (0.740 to 0.760)
and its leak fell (21.7% to 19.6%); the first set's leak fell (4.3% to 3.2%) and recall rose
on the first two sets; the third set and the real pages did not move. The fourth set's check
half is still far below its tune half (R 0.760 against 0.918): the classes read so far do
not cover what nobody here has read. Targets: not met.

Fifth blind set (`cases_2026-12-07.jsonl`, 156 pages in 19 languages, written by a session
that never read the code while the sixth pass was made: common credits placed as real CMSs
place them, conventions no earlier set used ("Mit Material von dpa", "Fonte: ANSA", "Con
información de EFE", "Forrás: MTI", "Izvor: Hina", "(서울=연합뉴스)", archive and AMP-cache
copies) and precision traps (an outlet in the first or last sentence, "Source:" before a
person, a ministry or a dataset, "Photo: AFP" alone on the last line); 78 check pages). Its
first run, on the code after the sixth pass, which never saw it, is kept in
`attribution-blind5-first-run.md`:

| check half | sixth pass (first run) | seventh pass | eighth pass | ninth pass |
|---|---|---|---|---|
| credited copies: P / R | 1.000 / 0.796 | 1.000 / 0.898 | 1.000 / 0.898 | 1.000 / 0.898 |
| credit lines left in text | 14.0% | 8.0% | 8.0% | 8.0% |
| negatives wrongly credited (24 pages) | 25.0% (6 of 24) | 12.5% (3 of 24) | 12.5% (3 of 24) | 12.5% (3 of 24) |
| own pages wrongly credited (5 pages) | 0.0% | 0.0% | 0.0% | 0.0% |
| R out_of_table / wire / in_table | 0.545 / 0.875 / 0.857 | 0.636 / 1.000 / 0.929 | 0.636 / 1.000 / 0.929 | 0.636 / 1.000 / 0.929 |

Recall on a set nobody tuned on keeps rising from set to set (first runs: 0.533, 0.617,
0.585, 0.740, 0.796), and every page credited got the right outlet; but the traps this set
was written for caught the broader rules of the fifth and sixth passes: 6 of its 24 null
pages were credited, the worst false-credit rate of any first run (0-3% on the first three,
12% on the fourth). Precision on unseen null pages is now the weakest point.

The seventh pass (branch attrib-pass7) tuned on the fifth set's tune half (from P 1.000 /
R 0.750, leak 22.7%, 5 of 29 null pages credited, to P 1.000 / R 1.000, no leak, none
credited) and looked again at the fourth's (P 0.978 / R 0.918, leak 4.3%, unchanged); the
first three tune halves and the real tune pages stayed at P 1.000 / R 1.000, no leak, no
false credit. Precision first: all five credited null pages were one class, a source label
at the tail citing where the facts came from. After a source label, a name the table lacks
is now no publisher when it reads as a person (a title, a given name first or, family name
first, last; Korean names), an institution in the fifth set's languages (Romanian,
Croatian, Serbian, Hungarian, Czech, Polish, Ukrainian; governments of cities and states;
banks; bodies named by their kind last, 局, -стат), a statistics office's or an
international body's acronym (a list: an acronym alone may be a broadcaster's, "Bron:
NOS"), a document ("Acme Corp annual report") or a wire's graphics or photo desk ("Reuters
Graphics"). Recall: "With reports from X" ending the last paragraph, Swahili "Makala haya
yalichapishwa kwanza na X", papers named in sentence case ("Jutarnji list", "Українська
правда"), a label alone with the name on the next line ("Forrás:" / "Telex"), Korean
"[기사제공=X]" and a wire's "<저작권자(c) X, 무단 전재…>", CNA's bracketed dateline and editor
slug, "This story comes from X", a reporter-contact trailer at a table outlet's mail
domain, and AMP-cache, Wayback and Google-cache copies credited to the site their URL
carries; Newsis and News1 added to the table. On the 521 shared extraction pages outside the
labels no decision changed. attribute() over this run's 1091 pages: mean 2.62 / p95 3.98 /
max 13.32 ms before, 2.86 / 3.80 / 10.48 ms after (one shared machine, single runs: the
mean is within noise, the longest pages still pass 10 ms). The check halves were looked at
once, aggregates only: the fifth set's credited null pages fell from 6 to 3 of 24 (12.5%,
target 2%), its recall rose from 0.796 to 0.898 and its leak fell from 14.0% to 8.0%, every
credited page still right; the third set's one credited negative and one of the real pages'
two are gone; the first, second and fourth sets did not move (the fourth still credits 2 of
25 null pages). Left: a lower-case brand after a label ("מקור: ynet"), a transcript's
"aired on", "Story by <writer>, <outlet>", a Thai web edition's name. Targets: not met.

Sixth blind set (`cases_2026-12-08.jsonl`, 154 pages in 13 languages, 45% of them crediting
no one, written by a session that never read the code while the seventh pass was made: null
pages of kinds no earlier set used (an outlet in a quote of the last paragraph, "according to
a report in X" as the first sentence, data footnotes, author bios, "Listen on X", agency photo
credits in captions and as the last line), and credited pages laid out like real CMSs' pages
with several outlets in different roles; 71 check pages). Its first run, on the code after the
seventh pass, which never saw it, is kept in `attribution-blind6-first-run.md`:

| check half | seventh pass (first run) | eighth pass | ninth pass |
|---|---|---|---|
| credited copies: P / R | 0.969 / 0.775 | 0.971 / 0.825 | 0.971 / 0.850 |
| credit lines left in text | 7.0% | 7.0% | 7.0% |
| negatives wrongly credited (25 pages) | 0.0% (0 of 25) | 0.0% (0 of 25) | 0.0% (0 of 25) |
| own pages wrongly credited (6 pages) | 0.0% | 0.0% | 0.0% |
| R out_of_table / wire / in_table | 0.733 / 0.667 / 0.923 | 0.800 / 0.667 / 1.000 | 0.800 / 0.750 / 1.000 |

The first set written to test precision on unseen null pages found none credited: the
seventh pass narrowed by class (a source line citing a person, an institution, a document or
a desk) and that held on null pages of kinds nobody here had read. Recall on an unseen set
stays between 0.74 and 0.80 (first runs of the last three sets: 0.740, 0.796, 0.775), well
below the tune halves' 0.92-1.00; its tune half (3 of 38 null pages credited, R 0.727) is for
the next pass.

The eighth pass (branch attrib-pass8) tuned on the sixth set's tune half (credited copies from
P 0.970 / R 0.727, leak 26.5%, 3 of 38 null pages credited, to P 1.000 / R 0.932, leak 8.2%,
none credited); the fourth set's tune half did not move (P 0.978 / R 0.918, leak 4.3%), the other
four tune halves and the real tune pages stayed at P 1.000 / R 1.000, no leak, no false
credit. Precision first: the three credited null pages were a source line citing a person by
role ("Source: <name>, spokesperson, <body>") and statistics offices under their own
language's label, one sharing a table outlet's letters ("Bron: CBS", "Πηγή: ΕΛΣΤΑΤ"). Leaks
and recall, in modules named for them: trailers that close a copied story (an outlet's
description under republishing terms, "(END) <wire>", "Edited by … from <wire> reports",
"first broadcast by", Danish/Norwegian/Swedish "first published in", a slash tag after the
last sentence, "--With assistance from"), a callout box beside the text read without its
icon and by its last sentence after an author's bio (Ghost), one line crediting the text and
its pictures ("Text: DW | Photo: AFP"), Vietnamese "Theo" before a brand with an inner
capital. `patterns.HINTS` is keyed by the patterns' names, not positions. Speed: a list item
is looked up only at the edges. On the 521 shared extraction pages outside the labels no
decision and no text changed (one did midway, a picture's box ending in "Quelle: Unsplash",
and was narrowed). attribute() over this run's 1245 pages: mean 2.78 / p95 3.69 / max 11.24
ms at the start, 1.91 / 2.99 / 9.85 ms in this run (one shared machine, single runs); over
the 625 real pages, min of three: mean 2.36 / p95 4.8 / max 13.1 ms before, 2.45 / 4.8 /
12.4 ms after. The check halves were looked at once, aggregates only: the sixth set's recall
rose from 0.775 to 0.825 (out of table 0.733 to 0.800, in table 0.923 to 1.000), its leak
stayed 7.0% and none of its null pages is credited; the fourth set's recall rose from 0.760
to 0.800 and its leak fell from 19.6% to 15.2% (2 of 25 null pages still credited); the
first, second, third and fifth sets and the real pages did not move. Left: a copyright
trailer run into a table layout's one paragraph (UPI), "IPS UN Bureau Report", a Polish
outlet named in the locative ("w „Gazecie Wyborczej”"), and the fourth pass's leftovers.
Targets: not met.

Seventh blind set (`cases_2026-12-09.jsonl`, 165 pages in 14 languages, written by a session
that never read the code while the eighth pass was made: wire copy as real news sites run it
(house-style datelines, bylines, end tags, desk slugs, trailers, CMS byline fields, another
agency's photo credit on the page), wires' and outlets' own pages, and staff stories that
mention, quote or picture agencies; 78 check pages). Its first run, on the code after the
eighth pass, which never saw it, is kept in `attribution-blind7-first-run.md`:

| check half | eighth pass (first run) | ninth pass |
|---|---|---|
| wire copies: P / R | 0.974 / 0.864 | 0.975 / 0.886 |
| credit lines left in text | 42.9% | 34.3% |
| negatives wrongly credited (23 pages) | 0.0% (0 of 23) | 0.0% (0 of 23) |
| own pages wrongly credited (11 pages) | 18.2% (2 of 11) | 18.2% (2 of 11) |

Wire copy nobody here had read is found at 0.864 (the real check pages' wire copy: 0.625;
target 0.90) and no staff story is credited to an agency it mentions or pictures; but two
wires' or outlets' own pages are credited, and 43% of the wire pages keep a credit line in
the text: desk slugs ("otb/kwa/ach", "GL // JMR"), editing lines and trailers that the
dateline or byline already decided, which removal does not yet follow.

The ninth pass (branch attrib-pass9) tuned on the seventh set's tune half (wire copies from
P 1.000 / R 0.906, leak 20.9%, 1 of 11 own pages credited, to P 1.000 / R 1.000, no leak, none
credited); the fourth set's tune half did not move (P 0.978 / R 0.918, leak 4.3%), the sixth's
neither (P 1.000 / R 0.932, leak 8.2%), the other four and the real tune pages stayed at
P 1.000 / R 1.000, no leak, no false credit. Precision first: the credited own page was an
agency's short tag that heads its own name and domain ("(ANKA)" on ankahaber.net, "ANKA Haber
Ajansı"), now the site's. Leaks, in `house_tails.py`: once a wire is decided, its house tail
leaves the text, read only at the last lines and only for that wire's spellings: desk slugs
after its tag, run into the last sentence or on their own line ("PTI NKS RHL", "--IANS
rvt/skp", "==Kyodo", Hindi desk names), the desk editor's line ("Editor: …") and Reuters'
standards link. Recall: a wire's tag joined to desk initials after the last sentence ("dpa/tmn"),
Chinese datelines of foreign wires ("（法新社…日电）", "路透…3月6日 -"), AAP's unbracketed tag
after the date, a wire correspondent's byline beside the text ("By …, PA Crime Correspondent").
On the 625 shared extraction pages no decision and no text changed. attribute() over this
run's 1410 pages: mean 1.93 / p95 2.75 / max 10.48 ms in the tune run before, 2.07 / 3.00 /
11.31 ms in this run (one shared machine, single runs). The check halves were looked at once,
aggregates only: the seventh set's wire recall rose from 0.864 to 0.886 and its leak fell from
42.9% to 34.3%, but its 2 of 11 own pages are still credited and the real wire own pages too
(2 of 6): the tune half's own-page class was not theirs. The first set's recall rose from 0.897
to 0.907 (wire 0.812 to 0.844), the sixth's from 0.825 to 0.850 (wire 0.667 to 0.750), the
fourth's leak fell from 15.2% to 13.0%; the second, third and fifth sets and the real pages did
not move. Left: the check halves' own pages, a third of the seventh set's wire pages still
leaking, UPI's copyright trailer in a table layout, "IPS UN Bureau Report", the Polish locative.
Targets: not met.

Eighth blind set (`cases_2026-12-10.jsonl`, 135 pages in 10 languages, written by a session
that never read the code: a representative sample of the open web rather than one class,
credited copies on blogs, WordPress sites, portals and aggregators (half of them credited to
outlets outside the table), wire copy on news sites, wires' and outlets' own pages, and null
pages in realistic chrome: related-story and "More from Reuters" boxes, partner footers,
trending lists, comment and newsletter widgets, photo credits; 69 check pages). Its first run,
on the code after the ninth pass (the tenth was being made at the same time without it), is
kept in `attribution-blind8-first-run.md`:

| check half | ninth pass (first run) |
|---|---|
| credited copies: P / R | 0.949 / 0.860 |
| in table / out of table / wire: R | 0.846 / 0.923 / 0.824 |
| credit lines left in text | 6.7% |
| null pages wrongly credited (22 pages) | 0.0% (0 of 22) |
| own pages wrongly credited (4 pages) | 0.0% (0 of 4) |

On a mix like the open web's, nobody here having read its pages, recall is 0.860 at precision
0.949 (first runs of the earlier sets: 0.533, 0.617, 0.585, 0.740, 0.796, 0.775, 0.864), no null
page is credited, and 6.7% of credited pages keep a credit line. Targets: not met.

The tenth pass (branch pass10, made while the eighth set was written, never seeing it) tuned on
the first seven sets' tune halves, by class: removal follows the decision (a short line
restating the decided publisher in another spelling, initials, domain, reporter's address,
account, or one part of a byline block leaves the text; a decided wire's desk initials, story
stamps, "(END)" and "Pewarta:" lines; Reuters' sign-off in five more languages); a wire's or
outlet's own page whatever names it (its domain under another suffix, a service domain opening
with the wire's name, an agency's name-plus-"haber"/"press" domain, a site name with an outlet
word, a domain or canonical spelling the site's name); "X contributed to this report" under a
byline of people is a contribution; "Source: Web Desk" credits no one. The eleventh pass
(branch pass11) tuned on the eighth set's tune half after its first run: hat tips and lone
"Via X" beside the text, "Reposted from", embedded social posts as quotes, ordinal days in
datelines, CJK outlets and source labels in full-width brackets, Polish locatives after "first
appeared in", a paper's name with "Online" written onto it. Every tune half ends at P 1.000 /
R 1.000, no leak, no false credit, but for one fourth-set miss (MSN's "Story by <person>,
<outlet>"). On the 625 shared pages outside the labelled check half one decision changed (a
page whose canonical is its own domain, now null). The check halves, looked at once after each
pass (aggregates only):

| check half: P / R, leak, null and own pages credited | ninth pass | tenth pass | eleventh pass |
|---|---|---|---|
| 1 `cases.jsonl` | 0.970 / 0.907, 3.2%, 1 of 37, 0 of 10 | the same | the same |
| 2 `cases_2026-12-05` | 1.000 / 0.827, 14.1%, 0 of 30, 0 of 4 | the same | 1.000 / 0.852, 14.1%, 0 of 30, 0 of 4 |
| 3 `cases_2026-12-06` | 0.956 / 0.811, 12.8%, 0 of 30, 0 of 5 | the same | the same |
| 4 `cases_2026-12-06b` | 0.930 / 0.800, 13.0%, 2 of 25, 0 of 3 | 0.930 / 0.800, 13.0%, 1 of 25, 0 of 3 | 0.909 / 0.800, 10.9%, 1 of 25, 0 of 3 |
| 5 `cases_2026-12-07` | 1.000 / 0.898, 8.0%, 3 of 24, 0 of 5 | the same | 1.000 / 0.898, 8.0%, 2 of 24, 0 of 5 |
| 6 `cases_2026-12-08` | 0.971 / 0.850, 7.0%, 0 of 25, 0 of 6 | 0.971 / 0.850, 4.7%, 0 of 25, 0 of 6 | the same as the tenth |
| 7 `cases_2026-12-09` | 0.975 / 0.886, 34.3%, 0 of 23, 2 of 11 | 0.975 / 0.886, 11.4%, 0 of 23, 0 of 11 | the same as the tenth |
| 8 `cases_2026-12-10` (unseen by the tenth) | 0.949 / 0.860, 6.7%, 0 of 22, 0 of 4 | 0.949 / 0.860, 4.4%, 0 of 22, 0 of 4 | the same as the tenth |
| real pages | 0.923 / 0.750 (wire 0.625), 18.2%, 1 of 17, 2 of 6 | the same | the same |

Removal following the decision is the class that held on unseen pages: the seventh set's leak
fell from 34.3% to 11.4% and its credited own pages from 2 to 0, the eighth set's leak (unseen by
the tenth pass) from 6.7% to 4.4%, the sixth's from 7.0% to 4.7%. Recall did not move on any
set the passes did not tune on, but the second set (0.827 to 0.852); the eighth set's check half
did not move with its own tune half's five classes fixed; the fourth set lost precision (0.930
to 0.909: one more wrong publisher) in the eleventh pass. The real pages did not move. Targets:
not met.

The twelfth pass (branch pass12) worked from conventions, not misses: 183 tests of credit
families in 20 languages (a label and a name at the head or tail, an outlet in a byline block,
wire datelines and end tags, trailers, markup), written before any code change; 7 of the first
119 failed (an unknown outlet in a byline block: "X staff", "Jane Whitfield, X", "X Desk"; "News
Desk" taken for The News; "Nachdruck mit freundlicher Genehmigung von X"; the wire-feed note
with its tag on one line; `isBasedOn` on a domain the table lacks), then 4 of the next 64
(datelines: "МОСКВА, 4 мар — РИА Новости.", "Praha 4. března (ČTK)", "…, SPA --", "(CNA)").
Fixed by class but "(CNA)" (Taiwan's CNA or Channel NewsAsia: ambiguous), with negative twins
kept null. Tune halves and the 625 shared pages' decisions did not change; on the check halves
only the seventh set moved (wire recall 0.886 to 0.909).

Ninth blind set (`cases_2026-12-11.jsonl`, 122 pages in 9 languages, written by a session that
never read the code: a second open-web sample mixed as the eighth, asked to use conventions no
earlier set's README lists: WP RSS Aggregator's "Source: X | Go to Source", Creative Commons
attribution lines, Stacker's and AP's distribution partnerships, BLOX's content exchange,
Korean, Persian, Bengali and Greek pages, agencies earlier sets used little; 57 check pages). Its
first run, on the code after the twelfth pass, which never saw it, is kept in
`attribution-blind9-first-run.md`; the same check half under earlier code, measured once for
this note (aggregates only):

| ninth set, check half | ninth pass | eleventh pass | twelfth pass (first run) |
|---|---|---|---|
| credited copies: P / R | 0.889 / 0.686 | 0.857 / 0.686 | 0.857 / 0.686 |
| out of table: P / R | 0.571 / 0.364 | 0.500 / 0.364 | 0.500 / 0.364 |
| wire: R | 0.867 | 0.867 | 0.867 |
| credit lines left in text | 28.1% | 25.0% | 25.0% |
| null pages wrongly credited (18) | 3 | 2 | 1 |
| own pages wrongly credited (4) | 0 | 0 | 0 |
| sentences that must stay, kept | 97.1% | 97.1% | 97.1% |

On conventions nobody here had written down, recall is 0.686, the lowest first run since the
third set, and it did not move across three passes: outlets outside the table are found on 4 of
11 pages. The passes' precision work held (null pages credited 3, 2, then 1 of 18), and 3% of
the sentences that must stay are cut on these pages (the fault predates the three passes).
Targets: not met.

The thirteenth pass (branch pass13) tuned on the ninth set's tune half after its first run (11
misses to none): trafilatura drops the zero-width joiners that are spelling in Persian, Urdu and
the Indic scripts, so their sentences no longer matched the page and were cut
(`extract/joiners.py` keeps them through its call); a distribution clause after the original's
credit ("… distributed through a partnership with The Associated Press") leaves the credit with
the original; a section label after an outlet's name ("Herald & Post — News") no longer matches
the table's "The News"; "We're sharing this story from our friends at X"; a decided wire's desk
initials run into the last sentence; an agency's tag after the date under a title-case place;
agency tags in Greek and Cyrillic capitals; "With information from X" in three languages; the
site's own desk byline ("Star Online Report"). On the check halves: the ninth set keeps every
sentence that must stay (97.1% / 95.1% before: the joiners), the seventh set's leak 11.4% to
8.6%, and nothing else moved: the ninth set's check half stays at P 0.857 / R 0.686 with all
eleven of its tune half's misses fixed. As with the eighth set, classes fixed on one half of a
set did not reach the other half's sites. Targets: not met.
Fourteenth to sixteenth passes, three more blind sets and a second real sample (2026-12-06):
- Tenth set (`cases_2026-12-12.jsonl`, 140 pages, 9 languages: page kinds no earlier set had —
  Google's AMP viewer, a Telegram channel's mirror, Medium and LinkedIn reposts, an e-paper page
  —, agencies outside the table, Tagalog, Hausa, Amharic, Catalan, Norwegian, Bulgarian, Slovak,
  Hebrew) and eleventh set (`cases_2026-12-13.jsonl`, 140 pages, no English, 18 languages: the
  non-English web as its newsrooms and blogs credit). Both first runs came after the thirteenth
  pass (`attribution-blind10-first-run.md`, `attribution-blind11-first-run.md`).
- A second real sample (`attribution_real_labels2.json`, 121 pages labelled by a helper who
  never read the code): every unlabelled real page the code credited, and a random fifth of the
  rest, reported by stratum.
- Fourteenth pass: a second round of 216 convention cases written blind before the code was
  touched (158 passed at first, all pass now; `tests/test_attribution_conventions2.py`).
  Fifteenth: the tenth set's tune half (13 misses to none). Sixteenth: the eleventh set's tune
  half (21 to none) and the real samples' tune halves (three false credits to none). Six
  Vietnamese papers the sixteenth pass put in the table were taken out again: three sets file
  two of them outside it (a test now keeps every such outlet out).
- Twelfth set (`cases_2026-12-14.jsonl`, 136 pages, half English, 12 other languages: a fourth
  open-web sample in which each convention occurs about as often as on the web), first run
  after the sixteenth pass, which never saw it: `attribution-blind12-first-run.md`.

Check halves before (thirteenth pass) and after (sixteenth), aggregates only:

| check half | P / R before | after | leak before | after | null / own pages credited before | after |
|---|---|---|---|---|---|---|
| first set | 0.970 / 0.907 | 0.970 / 0.916 | 3.2% | 3.2% | 1 of 37 / 0 of 10 | 1 of 37 / 0 of 10 |
| second | 1.000 / 0.852 | 1.000 / 0.852 | 14.1% | 14.1% | 0 of 30 / 0 of 4 | 0 of 30 / 0 of 4 |
| third | 0.956 / 0.811 | 0.977 / 0.811 | 12.8% | 14.9% | 0 of 30 / 0 of 5 | 0 of 30 / 0 of 5 |
| fourth | 0.909 / 0.800 | 0.909 / 0.800 | 10.9% | 8.7% | 1 of 25 / 0 of 3 | 1 of 25 / 0 of 3 |
| fifth | 1.000 / 0.898 | 1.000 / 0.898 | 8.0% | 8.0% | 2 of 24 / 0 of 5 | 2 of 24 / 0 of 5 |
| sixth | 0.971 / 0.850 | 0.971 / 0.850 | 4.7% | 4.7% | 0 of 25 / 0 of 6 | 0 of 25 / 0 of 6 |
| seventh | 0.976 / 0.909 | 0.976 / 0.932 | 8.6% | 8.6% | 0 of 23 / 0 of 11 | 0 of 23 / 0 of 11 |
| eighth | 0.949 / 0.860 | 0.949 / 0.860 | 4.4% | 4.4% | 0 of 22 / 0 of 4 | 0 of 22 / 0 of 4 |
| ninth | 0.857 / 0.686 | 0.857 / 0.686 | 25.0% | 25.0% | 1 of 18 / 0 of 4 | 1 of 18 / 0 of 4 |
| tenth (tuned on its tune half) | 1.000 / 0.500 | 0.917 / 0.647 | 39.4% | 21.2% | 0 of 20 / 1 of 8 | 0 of 20 / 1 of 8 |
| eleventh (tuned on its tune half) | 0.955 / 0.500 | 0.920 / 0.548 | 51.4% | 43.2% | 0 of 22 / 1 of 4 | 0 of 22 / 1 of 4 |
| twelfth (first run after) | - | 0.975 / 0.907 | - | 10.5% | - | 0 of 22 / 0 of 7 |
| every set pooled | 0.963 / 0.806 | 0.961 / 0.828 | 14.1% | 12.4% | 1.8% / 3.1% | 1.7% / 2.8% |
| real pages: credited P / R (wire R) | 0.923 / 0.750 (0.625) | the same | 18.2% | 18.2% | 1 of 17 / 2 of 6 | the same |
| second real sample: credited P / R | 0.500 / 0.333 | the same | 0.0% | 0.0% | 4 of 58 | 4 of 58 |

What this says. Tuning on a set's tune half moved its check half a little on recall and cost
precision: the tenth set's check half gained 0.147 of recall and lost 0.083 of precision, the
eleventh 0.048 and 0.035, and the older sets barely moved. Classes fixed on one half of a set
reach few of the other half's sites. The twelfth set, a fresh sample mixed as the web mixes
conventions, is the fairest estimate of what a user meets: P 0.975 / R 0.907, a tenth of credit
lines left in the text, no null or own page credited. On conventions the code has never met
(the tenth and eleventh sets' first runs) recall is 0.50. On the real pages, every code change
since the ninth pass left the check halves where they were, and on the second real sample the
code's credits on pages outside the first label file are mostly wrong: on its check half, 1 of
the 6 pages it credits is right and 4 name no one (weighing the strata, about 1.5% of the check
half's unlabelled pages get a publisher they do not have). Targets: not met.

Seventeenth to twentieth passes, two more blind sets and two conventions rounds (2026-12-06,
later the same day):

- Third conventions round (`tests/test_attribution_conventions3.py`, `_twins.py`), written blind
  before the passes: 261 cases in 33 languages (out-of-table name shapes, lines naming two
  parties, organisation bylines, newsroom phrases, citations). First run on unchanged code:
  179 passed (68.6%), 82 failed; every case passes after passes 17 and 18, none xfailed.
- Seventeenth pass: the tune halves' last misses by class (a distributor after other handling,
  a journal cited "this week", Vietnamese names in sentence case, a German noun and its verb).
  Eighteenth: the third round (newsroom phrases by family in 25 more languages, a paper's word
  and title marks around a name, name shapes, platforms and syndicators, organisation bylines).
- Thirteenth set (`cases_2026-12-15.jsonl`, 144 pages, a fifth open-web sample): first run after
  the eighteenth pass (`attribution-blind13-first-run.md`). Nineteenth pass: its tune half (7 of
  8 misses; the eighth is lost in extraction: an old table layout drops the "Via" paragraph).
- Fourteenth set (`cases_2026-12-16.jsonl`, 141 pages, a sixth open-web sample, 14 credited
  pages with two credit lines): first run after the nineteenth pass
  (`attribution-blind14-first-run.md`).
- Fourth conventions round (`tests/test_attribution_conventions4.py`, `_twins.py`), written blind
  after the nineteenth pass: 217 cases on the lines that must leave the text once a publisher
  is decided (several credit lines a page, wires' house lines) and wire datelines and sign-offs
  of 46 agencies on partner sites and their own. First run: 193 passed (88.9%), 24 failed.
  Twentieth pass: 18 of them by class; the other 6 are strict xfails by decision (a caption's
  photo credit is cut from `text` and recorded in `image_credits` by design; a tag two agencies
  share is read by the site's country). With it, a byline block beside the text reads without
  the time stamp extraction ran into it ("Story by …, Chalkbeat Texas 2026-03-10", the first
  set's last tune-half miss); that changed four blind pages, each to its right answer.

Check halves after the sixteenth pass and after the twentieth, aggregates only:

| check half | P / R after 16th | after 20th | leak after 16th | after 20th | null / own pages credited after 16th | after 20th |
|---|---|---|---|---|---|---|
| first set | 0.970 / 0.916 | 0.980 / 0.925 | 3.2% | 3.2% | 1 of 37 / 0 of 10 | the same |
| second | 1.000 / 0.852 | 1.000 / 0.877 | 14.1% | 10.9% | 0 of 30 / 0 of 4 | the same |
| third | 0.977 / 0.811 | 0.977 / 0.811 | 14.9% | 14.9% | 0 of 30 / 0 of 5 | the same |
| fourth | 0.909 / 0.800 | 0.909 / 0.800 | 10.9% | 8.7% | 1 of 25 / 0 of 3 | the same |
| fifth | 1.000 / 0.898 | 1.000 / 0.898 | 8.0% | 8.0% | 2 of 24 / 0 of 5 | the same |
| sixth | 0.971 / 0.850 | 0.973 / 0.900 | 4.7% | 4.7% | 0 of 25 / 0 of 6 | the same |
| seventh | 0.976 / 0.932 | 0.976 / 0.932 | 8.6% | 8.6% | 0 of 23 / 0 of 11 | the same |
| eighth | 0.949 / 0.860 | 1.000 / 0.907 | 4.4% | 4.4% | 0 of 22 / 0 of 4 | the same |
| ninth | 0.857 / 0.686 | 0.893 / 0.714 | 25.0% | 21.9% | 1 of 18 / 0 of 4 | the same |
| tenth | 0.917 / 0.647 | 0.923 / 0.706 | 21.2% | 18.2% | 0 of 20 / 1 of 8 | the same |
| eleventh | 0.920 / 0.548 | 0.962 / 0.595 | 43.2% | 40.5% | 0 of 22 / 1 of 4 | the same |
| twelfth | 0.975 / 0.907 (its first run) | 0.975 / 0.907 | 10.5% | 10.5% | 0 of 22 / 0 of 7 | the same |
| thirteenth | - | first run 1.000 / 0.881; after the 19th pass tuned its tune half, and the 20th: 1.000 / 0.881 | - | 15.0%, then 15.0% | - | 0 of 24 / 0 of 4 |
| fourteenth | - | first run 0.929 / 0.867; after the 20th: the same | - | 6.5% | - | 0 of 23 / 1 of 9 |
| every set pooled | 0.961 / 0.828 (12 sets) | 0.969 / 0.850 (14 sets) | 12.4% | 11.2% | 5 of 298 / 2 of 71 | 5 of 345 / 3 of 84 |
| real pages: credited P / R (wire R) | 0.923 / 0.750 (0.625) | the same | 18.2% | 18.2% | 1 of 17 / 2 of 6 | the same |

What this says. The conventions written down by someone who never read the code are the
cheapest honest lever: the third round's first run passed 68.6% of its cases and the fourth's
88.9%, and the passes that made them pass moved eight of the older sets' check halves a
little (recall +0.009 to +0.059 on seven, precision up to +0.051 on six, leak -2.2 to -3.2
points on five) without crediting one more null page. Tuning on the
thirteenth set's tune half moved its check half not at all. The two new first runs, on code that
had never seen their sets, are the estimate a user should take: precision 0.93-1.00, recall
0.87-0.88, 6.5-15% of credit lines left in the text, and 1 of 60 null or own pages credited.
Every target but speed is still missed: recall by 0.07-0.10, leaks by a factor of 6-15, real
wire recall (0.625 on 8 check pages) not moved by any pass since the first. Speed: the passes
added ~20% to `attribute()`; two changes with the same output on all 2,227 blind and real
pages took it back below where it was (the line loop does only its hint and its match until a
pattern matches; one resolver a publisher table, shared by every page, remembers what each
phrase names): mean 2.35 ms, p95 3.4 ms on this machine after the nineteenth pass, against
2.51 / 3.6 after the sixteenth; the twentieth added ~4-10% (2.49 / 3.65 in that session's
last run; a run's max, 23-34 ms, does not repeat with the pages timed warm: the slowest then
takes 9-14 ms).

Twenty-first to twenty-fifth passes, two more blind sets, two conventions rounds and a third
real sample (2026-12-06, the day's third session):

- Third real sample (`attribution_real_labels3.json`, 139 pages by a helper who never read the
  code: every remaining real page with a wire or syndication sign, and a random hundred). First
  run (`attribution-real3-first-run.md`): none of 63 check-half negatives credited, none of its
  5 check-half republished pages found (press releases and a book excerpt); it held no new wire
  page for the check half, so real wire recall still rests on 8 pages.
- Twenty-first pass: the fourteenth set's tune half by class (a network's "head to X" footer, a
  table row "| Source: | X |", a bracketed region in a dateline, "taken from" in nine languages,
  a newsroom writing from an agency's copy, a web edition and an aggregator's row), layout
  tables read as blocks in extraction, and three precision classes (places are never outlets;
  a longer name beginning like a table outlet's stays as written; a broad given-name list).
- Fifth conventions round (`tests/test_attribution_conventions5.py`, `_twins.py`), written blind
  before pass 21 merged: 236 cases on out-of-table names and credit lines wrapped as pages wrap
  them. First run: 193 passed (81.8%). Twenty-second pass: decorations, names with "and" or a
  channel number, dates after names, handles, eleven more languages' credit words, data notes
  under figures; 229 pass, 7 strict xfails by decision (one of them a clash of pass 21's broad
  name list with a Turkish paper's name: "Yeni" is an Indonesian given name).
- Sixth conventions round (`tests/test_attribution_conventions6.py`, `_twins.py`), written blind:
  220 cases on table outlets and wires named as real pages name them. First run: 157 passed
  (71.4%). Twenty-third pass: the most cited outlets' names in seven scripts
  (`aggregator/data/publisher_scripts.toml`), inflected table names, editions, apps, AMP copies
  and desks, wire byline fields, press-release services; 207 pass, 13 strict xfails.
- Fifteenth set (`cases_2026-12-17.jsonl`, 144 pages, 56 on four templates no earlier set
  rendered): first run after the twenty-third pass (`attribution-blind15-first-run.md`).
  Twenty-fourth pass: its tune half (section labels are never outlets, a site's own-original
  marker, "With files from" under a named writer, wires' filing slugs and desk initials, a
  broadcaster's local station).
- Sixteenth set (`cases_2026-12-18.jsonl`, 143 pages, weighted to chain papers, partner portals,
  stations, press-release pages, university and NGO newsrooms): first run after the
  twenty-fourth pass (`attribution-blind16-first-run.md`). Twenty-fifth pass: its tune half
  ("originally appeared on <Name>: <headline>", a network's membership blurb, "with content
  from X", a table outlet's provincial edition).
- `attribute()` tries a run of patterns only when one of them can match (`pattern_runs.py`):
  pattern matches per run 4.1M to 0.94M, the same output on all 2,915 pages.

Check halves after the twentieth pass and after the twenty-fifth, aggregates only:

| check half | P / R after 20th | after 25th | leak after 20th | after 25th | null / own pages credited after 20th | after 25th |
|---|---|---|---|---|---|---|
| first set | 0.980 / 0.925 | 0.980 / 0.925 | 3.2% | 3.2% | 1 of 37 / 0 of 10 | the same |
| second | 1.000 / 0.877 | 1.000 / 0.889 | 10.9% | 9.4% | 0 of 30 / 0 of 4 | the same |
| third | 0.977 / 0.811 | 0.977 / 0.811 | 14.9% | 14.9% | 0 of 30 / 0 of 5 | the same |
| fourth | 0.909 / 0.800 | 0.911 / 0.820 | 8.7% | 8.7% | 1 of 25 / 0 of 3 | the same |
| fifth | 1.000 / 0.898 | 1.000 / 0.959 | 8.0% | 8.0% | 2 of 24 / 0 of 5 | 1 of 24 / 0 of 5 |
| sixth | 0.973 / 0.900 | 0.974 / 0.925 | 4.7% | 2.3% | 0 of 25 / 0 of 6 | the same |
| seventh | 0.976 / 0.932 | 0.977 / 0.955 | 8.6% | 5.7% | 0 of 23 / 0 of 11 | the same |
| eighth | 1.000 / 0.907 | 1.000 / 0.930 | 4.4% | 4.4% | 0 of 22 / 0 of 4 | the same |
| ninth | 0.893 / 0.714 | 0.893 / 0.714 | 21.9% | 21.9% | 1 of 18 / 0 of 4 | the same |
| tenth | 0.923 / 0.706 | 0.926 / 0.735 | 18.2% | 18.2% | 0 of 20 / 1 of 8 | the same |
| eleventh | 0.962 / 0.595 | 0.966 / 0.667 | 40.5% | 35.1% | 0 of 22 / 1 of 4 | the same |
| twelfth | 0.975 / 0.907 | 0.976 / 0.953 | 10.5% | 2.6% | 0 of 22 / 0 of 7 | the same |
| thirteenth | 1.000 / 0.881 | 1.000 / 0.905 | 15.0% | 10.0% | 0 of 24 / 0 of 4 | the same |
| fourteenth | 0.929 / 0.867 | 0.953 / 0.911 | 6.5% | 2.2% | 0 of 23 / 1 of 9 | 0 of 23 / 0 of 9 |
| fifteenth | - | first run 0.941 / 0.800; after the 24th and 25th: 0.970 / 0.800 | - | 14.9%, then 12.8% | - | 1 of 20 / 0 of 9, then 0 of 20 / 0 of 9 |
| sixteenth | - | first run 1.000 / 0.905; after the 25th: the same | - | 6.7%, then 6.7% | - | 1 of 21 / 2 of 6, the same |
| every set pooled | 0.969 / 0.850 (14 sets) | 0.973 / 0.872 (16 sets) | 11.2% | 9.4% | 5 of 345 / 3 of 84 | 5 of 386 / 4 of 99 |
| real pages: credited P / R (wire R) | 0.923 / 0.750 (0.625) | the same | 18.2% | 18.2% | 1 of 17 / 2 of 6 | the same |
| third real sample (first run = now) | - | credited R 0.000 (0 of 5) | - | 50.0% | - | 0 of 63 negatives |

What this says. The blind conventions rounds again reached pages they were not written from:
after passes 21-25, eleven of the fourteen older sets' check halves gained recall (+0.012 to
+0.072; none lost), leaks fell on seven of them (the twelfth set's from 10.5% to 2.6%), and one
null and one own page fewer were credited. Tuning on the fifteenth set's tune half gave its
check half precision (0.941 to 0.970), no recall. The two new first runs, the estimate a user
should take: precision 0.94-1.00, recall 0.80-0.91, 6.7-14.9% of credit lines left in the
text, 1 of 29 and 3 of 27 null or own pages credited. Wire recall pooled over the sixteen
check halves reaches 0.950; outlets outside the table 0.784. Targets: not met (recall by
0.08, leaks by 9x, real wire recall unmoved at 0.625 on 8 pages, own pages 4.0%). Speed: on
this session's machine (the first-run code 1.5x slower than the last session's) `attribute()`
takes 4.01 ms mean, p95 6.6 ms, 4.18x the first-run code in the same run (3.77x at the
twentieth pass): the five passes cost ~11%, the cheaper pattern runs took back 5-15%.

Twenty-sixth to thirty-third passes, four more blind sets and five conventions rounds
(2026-12-06, the day's fourth session):

- Five conventions rounds, written blind (each first run kept in its module's docstring):
  - seventh (`tests/test_attribution_conventions7.py`, `_twins.py`): 244 cases, credit lines
    naming outlets outside the table in 34 languages (verb phrases, labels, links only,
    aggregators' source rows, every shape of name). First run 178 passed (73.0%); after the
    twenty-sixth pass 216, 28 strict xfails.
  - eighth (`..._conventions8*.py`): 238 cases on precision: outlets' own pages, own-site
    furniture beside a real credit, word-like names, persons in credit slots. First run 209
    (87.8%); after the twenty-seventh 226, 12 strict xfails.
  - ninth (`..._conventions9*.py`): 243 cases, wire copy of ~60 national agencies as other
    sites carry it. First run 173 (71.2%); after the twenty-ninth 227, 16 strict xfails (most:
    agencies a blind set files outside the table, which `test_blind_sets_stay_blind.py` keeps
    out of it).
  - tenth (`..._conventions10*.py`): 192 cases, whole credit blocks (every line must leave).
    First run 123 (64.1%), 86 of 301 credit lines left in the text; after the thirtieth 183,
    9 strict xfails, 12 of 301 left.
  - eleventh (`..._conventions11*.py`): 197 whole pages naming outlets only in captions,
    embeds, cited reports, furniture and wires' own pages, with twins adding one real credit.
    First run 190 (96.4%); after the thirty-second all 197.
- Seventeenth set (`cases_2026-12-19.jsonl`, 144 pages, the languages and regions the earlier
  sets sampled least): first run after the twenty-seventh pass
  (`attribution-blind17-first-run.md`). Twenty-eighth pass: its tune half (national agencies'
  filing slugs in any script, a byline naming its agency by tag, Ukrainian datelines, an own
  desk's byline).
- Eighteenth set (`cases_2026-12-20.jsonl`, 145 pages, a representative sample with no
  emphasis): first run after the thirtieth (`attribution-blind18-first-run.md`). Its tune half
  had no miss; the thirty-first pass fixed the class behind three tune pages right only as
  written (a public broadcaster's own services, table outlets' names in their own scripts).
- Nineteenth set (`cases_2026-12-21.jsonl`, 159 pages, again with no emphasis): first run
  after the thirty-second (`attribution-blind19-first-run.md`). Thirty-third pass: its tune
  half (a table outlet's digital edition in Chinese, Japanese and Korean, "資料來源：" with the
  bodies and reports it names as citations).
- Twentieth set (`cases_2026-12-22.jsonl`, 166 pages, again with no emphasis): first run after
  the thirty-third (`attribution-blind20-first-run.md`).
- Twelfth conventions round (`..._conventions12*.py`), written blind: 181 whole pages whose
  credit is stated in markup (canonical, structured data, theme source fields, feed `<source>`),
  with `original_url` checked. First run 136 passed (75.1%); after the thirty-fourth pass (a
  copy's JSON-LD publisher, `article:publisher`, `rel=original`, microdata source, a linked
  source as `original_url`, "read the original" buttons in more languages, public authorities
  and cited documents as no publishers) 177, 4 strict xfails. Recorded after it: every set
  pooled R 0.890 (out of table 0.815), 3 of 480 negatives credited; the fifth set's one
  credited null page and 0.024 of the eleventh's recall mended.
- Twenty-ninth pass: `aggregator/data/news_agencies.toml`, 27 national agencies with their
  names in their own scripts, tags and domains, merged into the table.
- `conventions/patterns.py` split (sign-offs, byline blocks, generic names); passes 28 and
  29 each generalised the agencies' filing slug: one reader kept.

Check halves after the twenty-fifth pass and after the thirty-third, aggregates only:

| check half | P / R after 25th | after 33rd | leak after 25th | after 33rd | null / own pages credited after 25th | after 33rd |
|---|---|---|---|---|---|---|
| first set | 0.980 / 0.925 | 0.980 / 0.925 | 3.2% | 3.2% | 1 of 37 / 0 of 10 | 0 of 37 / 0 of 10 |
| second | 1.000 / 0.889 | the same | 9.4% | 9.4% | 0 of 30 / 0 of 4 | the same |
| third | 0.977 / 0.811 | 0.978 / 0.830 | 14.9% | 12.8% | 0 of 30 / 0 of 5 | the same |
| fourth | 0.911 / 0.820 | the same | 8.7% | 8.7% | 1 of 25 / 0 of 3 | the same |
| fifth | 1.000 / 0.959 | the same | 8.0% | 8.0% | 1 of 24 / 0 of 5 | the same |
| sixth | 0.974 / 0.925 | the same | 2.3% | 2.3% | 0 of 25 / 0 of 6 | the same |
| seventh | 0.977 / 0.955 | the same | 5.7% | 5.7% | 0 of 23 / 0 of 11 | the same |
| eighth | 1.000 / 0.930 | 1.000 / 0.953 | 4.4% | 2.2% | 0 of 22 / 0 of 4 | the same |
| ninth | 0.893 / 0.714 | 0.897 / 0.743 | 21.9% | 18.8% | 1 of 18 / 0 of 4 | the same |
| tenth | 0.926 / 0.735 | the same | 18.2% | 18.2% | 0 of 20 / 1 of 8 | the same |
| eleventh | 0.966 / 0.667 | 0.967 / 0.690 | 35.1% | 32.4% | 0 of 22 / 1 of 4 | the same |
| twelfth | 0.976 / 0.953 | 0.977 / 0.977 | 2.6% | 0.0% | 0 of 22 / 0 of 7 | the same |
| thirteenth | 1.000 / 0.905 | the same | 10.0% | 10.0% | 0 of 24 / 0 of 4 | the same |
| fourteenth | 0.953 / 0.911 | the same | 2.2% | 2.2% | 0 of 23 / 0 of 9 | the same |
| fifteenth | 0.970 / 0.800 | the same | 12.8% | 12.8% | 0 of 20 / 0 of 9 | the same |
| sixteenth | 1.000 / 0.905 | the same | 6.7% | 4.4% | 1 of 21 / 2 of 6 | the same |
| seventeenth | - | first run (after the 27th) 0.974 / 0.844; after the 33rd the same | - | 7.0% | - | 0 of 21 / 0 of 10 |
| eighteenth | - | first run (after the 30th) 1.000 / 0.950; after the 33rd 1.000 / 0.975 | - | 2.3%, then 0.0% | - | 0 of 24 / 0 of 6 |
| nineteenth | - | first run (after the 32nd) 0.977 / 0.933; the same | - | 2.0% | - | 0 of 23 / 0 of 9 |
| twentieth | - | first run (after the 33rd) 1.000 / 0.981 | - | 0.0% | - | 0 of 26 / 0 of 10 |
| every set pooled | 0.973 / 0.872 (16 sets) | 0.976 / 0.889 (20 sets) | 9.4% | 7.3% | 5 of 386 / 4 of 99 | 4 of 480 / 4 of 134 |
| pooled by kind | out of table 0.784, wire 0.950, in table 0.864 | out of table 0.812, wire 0.955, in table 0.891 | | | | |
| real pages: credited P / R (wire R) | 0.923 / 0.750 (0.625) | 0.857 / 0.750 (0.625) | 18.2% | 18.2% | 1 of 17 / 2 of 6 | 2 of 17 / 2 of 6 |

What this says. The four new first runs, the estimate a user should take: precision
0.974-1.000, recall 0.844-0.981 on credited copies, 0.0-7.0% of credit lines left in the text,
none of 94 null pages and none of 35 own pages credited. Two of the four (the eighteenth and
the twentieth, 40 and 52 credited pages) meet the precision and recall targets, the
twentieth the leak target too; the other two miss both; pooled over the four, precision
0.988 (169 of 171), recall 0.929 (169 of 182). The older sets' check halves moved
little (recall +0.019 to +0.029 on five of sixteen, leaks down on six, one null page fewer):
the five rounds' classes are rare on them. Real pages lost precision: on the first real
sample's check half one more negative (pass 29) and one more republished copy given a wrong
publisher (passes 31-32), found only on those pages (none of the 444 real pages outside the
labelled check halves changed between those commits); not looked into, as the check half is
for reporting. Targets: not met (pooled recall 0.889, leaks 7.3%, real wire recall 0.625 on 8
pages, own pages 3.0%, real negatives 2 of 17). Speed: `attribute()` mean 3.83 ms, p95 5.8 ms
over 3,529 pages on this session's AMD EPYC machine, 4.8x the first-run code in the same run
(4.18x after the twenty-fifth pass).

Thirty-fifth to thirty-eighth passes, four more blind sets and two conventions rounds
(2026-12-06, the day's fifth session):

- Two conventions rounds, written blind (each first run kept in its module's docstring):
  - thirteenth (`tests/test_attribution_conventions13.py`, `_twins.py`): 201 whole pages on
    where an outlet's name begins and ends and which outlet it is (places, punctuation,
    domains, scripts, furniture words, common words, tails, editions, homonyms). First run 120
    passed (59.7%); after the thirty-sixth and thirty-eighth passes 171, 30 strict xfails.
  - fourteenth (`..._conventions14*.py`): 196 pages that must credit no one (own pages in every
    way a CMS prints its own name, lines that only seem to credit) and their twins. First run
    174 (88.8%); after the thirty-seventh (and the thirty-sixth's extraction fix) 191, 5 strict
    xfails.
- Twenty-first (`cases_2026-12-23.jsonl`, 162 pages) and twenty-second (`cases_2026-12-24.jsonl`,
  160 pages) sets, representative samples from new regions, written at the same time: first
  runs on the code after the thirty-fourth pass (`attribution-blind21-first-run.md`,
  `-blind22-`). Both invented the same Peruvian site; the twenty-first's was renamed before its
  first run.
- Thirty-fifth pass: the twentieth set's tune half ("With files from" a wire on a station's
  site, role titles, channel-number names, web editions, local stations, run-in source boxes).
  Thirty-sixth: round 13 (a short story's one-line rescue put back in its blocks, share rows,
  own newsroom names, citations, tails). Thirty-seventh: round 14 (a writer named like a wire,
  poll sources, related links, co-productions, the site's own news service). Thirty-eighth:
  the twenty-first and twenty-second tune halves and round 13's homonyms (a masthead of
  newspaper words told apart by the credit's linked domain, regional services, agencies' names
  with their tags, APS of Senegal, network footers).
- Twenty-third (`cases_2026-12-25.jsonl`, 155 pages) and twenty-fourth (`cases_2026-12-26.jsonl`,
  155 pages) sets, representative: first runs on the code after the thirty-eighth pass
  (`attribution-blind23-first-run.md`, `-blind24-`).
- Found on the way: `bench/attribution.py` run from a pass's worktree imported the main
  checkout's code through the shared venv, so passes' `--tune` numbers in worktrees measured
  main (now it imports its own checkout first).

First runs, check half (the code had never seen the set):

| set | code | credited copies P / R | leak | null / own pages credited |
|---|---|---|---|---|
| twenty-first | after the 34th pass | 1.000 (52 of 52) / 0.963 (52 of 54) | 1.9% | 0 of 20 / 0 of 10 |
| twenty-second | after the 34th | 0.977 (43 of 44) / 0.956 (43 of 45) | 0.0% | 0 of 22 / 0 of 11 |
| twenty-third | after the 38th | 1.000 (37 of 37) / 1.000 (37 of 37) | 0.0% | 0 of 20 / 0 of 7 |
| twenty-fourth | after the 38th | 1.000 (44 of 44) / 0.936 (44 of 47) | 6.0% | 0 of 26 / 0 of 8 |
| seventeenth to twenty-fourth pooled | | 0.991 (345 of 348) / 0.945 (345 of 365) | | 0 of 182 / 0 of 71 |

Check halves before the thirty-fifth pass and after the thirty-eighth, aggregates only (only the
rows that moved; the others are as in the table above):

| check half | P / R before | after | leak before | after | null pages credited before | after |
|---|---|---|---|---|---|---|
| ninth | 0.897 / 0.743 | the same | 18.8% | 18.8% | 1 of 18 | 0 of 18 |
| thirteenth | 1.000 / 0.905 | 1.000 / 0.952 | 10.0% | 5.0% | 0 of 24 | the same |
| fifteenth | 0.970 / 0.800 | 0.971 / 0.825 | 12.8% | 10.6% | 0 of 20 | the same |
| eighteenth | 1.000 / 0.975 | 1.000 / 1.000 | 0.0% | 0.0% | 0 of 24 | the same |
| nineteenth | 0.977 / 0.933 | 0.977 / 0.956 | 2.0% | 2.0% | 0 of 23 | the same |
| twentieth | 1.000 / 0.981 | 1.000 / 1.000 | 0.0% | 0.0% | 0 of 26 | the same |
| every set pooled | 0.978 / 0.896 (22 sets) | 0.979 / 0.906 (24 sets) | 6.7% | 6.1% | 3 of 522, own 4 of 155 | 2 of 568, own 4 of 170 |
| pooled by kind | out of table 0.825, wire 0.957, in table 0.897 | out of table 0.850, wire 0.953, in table 0.909 | | | | |
| real pages: credited P / R (wire R) | 0.857 / 0.750 (0.625) | the same | 18.2% | 18.2% | 2 of 17 | the same |

What this says. Pooled with the four before them (eight representative sets, 365 credited
copies), the four new first runs give precision 0.991 and recall 0.945, no null or own page
credited. On this session's final code (the twenty-third and twenty-fourth sets, 84 credited
copies): precision 1.000, recall 0.964 (81 of 84), 0.0% and 6.0% of credit lines left; the
twenty-fourth's misses are wire pages (recall 0.864 on 22, 12% of their lines left). The older
check halves moved a little (recall up on five, one null page fewer, leaks down on two): the
rounds' classes are rare there. Real pages did not move. Targets: the recent first runs meet
precision and are at recall 0.945-0.964; every set's check half pooled is at 0.979 / 0.906 with
6.1% of credit lines left (the older sets' leaks), own pages 2.4% (4 of 170), real wire recall
0.625 on 8 pages: not met. Speed: `attribute()` mean 3.52 ms, p95 5.15 ms over 4,006 pages,
5.18x the first-run code in the same run (4.76x before the thirty-fifth pass: the four passes
cost ~9%); 4.06 ms, p95 6.31 ms, 5.27x in the run that added the twenty-fourth set.

Thirty-ninth to forty-second passes, four more blind sets and a conventions round
(2026-12-06, the day's sixth session):

- Fifteenth conventions round, written blind (`tests/test_attribution_conventions15.py`,
  `_twins.py`, first run in their docstrings): 201 whole pages on credit lines that must leave
  the text (desk codes and slugs, credits glued to the first or last line, labels split across
  elements, rights notices over several lines, sign-offs in other languages, contributor lines)
  and look-alikes that must stay. First run 152 passed; 34 of 182 credit lines (18.7%) stayed.
  Its twelve dateline_stays twins follow a brief that misstated the project's rule (a dateline
  that decides attribution is cut): marked disputed, not targets. After the fortieth and
  forty-first passes: 188 passed, 13 strict xfails (the twelve disputed, Lusa's distribution
  sentence).
- Twenty-fifth (`cases_2026-12-27.jsonl`, 161 pages) and twenty-sixth (`cases_2026-12-28.jsonl`,
  162 pages) sets, representative, written at the same time: first runs on the code after the
  thirty-eighth pass (`attribution-blind25-first-run.md`, `-blind26-`). Both used the same
  partner-portal host; the twenty-sixth's was renamed before its first run.
- Thirty-ninth pass: the last tune-half misses of the earlier sets (a table outlet's local
  edition by its town or region, with `aggregator/data/towns.tsv` from GeoNames and ISO 3166-2;
  a wire's regional desk; "По материалам" with an address; Japanese "提供："; a Hindi desk line).
  Fortieth: round 15's tail furniture (desk codes, sign-offs in eight languages, rights notices
  over several lines, an editor's initials, look-alike acronyms). Forty-first: round 15's glued
  heads and split labels, and the twenty-fifth and twenty-sixth tune halves. Forty-second: their
  last tune misses (a writer's name before the site's own desk, a shared masthead's town, an
  agency's own initials, a wire's closing "according to" line).
- Twenty-seventh (`cases_2026-12-29.jsonl`, 163 pages) and twenty-eighth (`cases_2026-12-30.jsonl`,
  161 pages) sets, representative: first runs on the code after the forty-second pass
  (`attribution-blind27-first-run.md`, `-blind28-`).

First runs, check half (the code had never seen the set):

| set | code | credited copies P / R | leak | null / own pages credited |
|---|---|---|---|---|
| twenty-fifth | after the 38th pass | 0.953 (41 of 43) / 0.932 (41 of 44) | 4.4% | 0 of 25 / 0 of 8 |
| twenty-sixth | after the 38th | 1.000 (51 of 51) / 0.962 (51 of 53) | 3.6% | 1 of 27 / 0 of 5 |
| twenty-seventh | after the 42nd | 1.000 (54 of 54) / 1.000 (54 of 54) | 0.0% | 0 of 22 / 0 of 11 |
| twenty-eighth | after the 42nd | 1.000 (50 of 50) / 1.000 (50 of 50) | 0.0% | 0 of 23 / 0 of 10 |
| seventeenth to twenty-eighth pooled | | 0.991 (541 of 546) / 0.956 (541 of 566) | | 1 of 279 / 0 of 105 |

Check halves before the thirty-ninth pass and after the forty-second, aggregates only (only the
rows that moved):

| check half | P / R before | after | leak before | after | own pages credited before | after |
|---|---|---|---|---|---|---|
| seventh | 0.977 / 0.955 | 0.977 / 0.977 | 5.7% | 5.7% | 0 of 11 | the same |
| eighth | 1.000 / 0.953 | the same | 2.2% | 0.0% | 0 of 4 | the same |
| ninth | 0.897 / 0.743 | 0.900 / 0.771 | 18.8% | 15.6% | 0 of 4 | the same |
| eleventh | 0.968 / 0.714 | the same | 32.4% | 27.0% | 1 of 4 | the same |
| fifteenth | 0.971 / 0.825 | 1.000 / 0.875 | 10.6% | 8.5% | 0 of 9 | the same |
| sixteenth | 1.000 / 0.905 | 1.000 / 0.929 | 4.4% | 2.2% | 2 of 6 | 1 of 6 |
| nineteenth | 0.977 / 0.956 | 1.000 / 0.978 | 2.0% | 2.0% | 0 of 9 | the same |
| twenty-second | 0.977 / 0.956 | 1.000 / 1.000 | 0.0% | 0.0% | 0 of 11 | the same |
| twenty-fourth | 1.000 / 0.936 | the same | 6.0% | 4.0% | 0 of 8 | the same |
| twenty-fifth (its first run) | 0.953 / 0.932 | 0.955 / 0.955 | 4.4% | 0.0% | 0 of 8 | the same |
| every set pooled | 0.979 / 0.906 (24 sets) | 0.984 / 0.923 (28 sets) | 6.1% | 4.8% | 4 of 170; null 2 of 568 | 3 of 204; null 3 of 665 |
| pooled by kind | out of table 0.850, wire 0.953, in table 0.909 | out of table 0.871, wire 0.960, in table 0.934 | | | | |
| real pages: credited P / R (wire R) | 0.857 / 0.750 (0.625) | the same | 18.2% | 18.2% | null 2 of 17 | the same |

What this says. The two sets first run on this session's final code are right on every
credited copy (104 of 104), leave no credit line and credit none of their 66 null and own
pages; the twelve representative first runs pooled give precision 0.991 and recall 0.956. The
sets share their generators' page templates, so later sets repeat shapes earlier passes met:
the first runs are optimistic about pages of shapes nobody generated, and the real pages, which
did not move (P 0.857, R 0.750, wire 0.625 on 8), are the sterner measure. Every set's check
half pooled is at 0.984 / 0.923 with 4.8% of credit lines left, the older sets' leaks (the
eleventh, 27.0%; the ninth, 15.6%; the fifteenth, 8.5%) the largest; own pages 1.5% (3 of 204), null pages
0.5% (3 of 665). Targets: the recent first runs meet them; every check half pooled misses
recall (0.923) and leaks (4.8%); real wire recall (0.625) is not met. Speed: `attribute()` mean
3.09 ms, p95 4.38 ms over 4,808 pages, 5.6x the first-run code in the same run (5.2-5.3x before
the thirty-ninth pass).

Forty-third pass (2026-12-06): the twenty-seventh and twenty-eighth sets' last tune-half misses
by class (a writer the given names lack before the site's own desk, the own-site reading of a
short name before the table's; a table wire alone after "По данным" on the last line; an
author field's label before an agency's tag and PAP's closing slugs; a person-shaped name read
by the domain its link spells; a Portuguese masthead's article; a portal's brand run into its
desk) and four faults on pages like them (a newsroom's roles naming people, a sentence
reporting an agency "со ссылкой на" its source, a link-required notice naming the site, a
shared masthead's town now one that `aggregator/data/small_towns.tsv` or towns.tsv knows).
Tune halves: the twenty-seventh 0.976 / 0.911 -> 0.978 / 0.978, the twenty-eighth 0.979 / 0.959
(3.8% left, 1 of 6 own pages credited) -> 1.000 / 1.000 (nothing left, none); every tune half
pooled 0.998 / 0.995 -> 0.999 / 0.998, own pages 1 of 211 -> 0; real pages unchanged. Left, and
why: ICI Radio-Canada's regional service (its region, Gaspésie–Îles-de-la-Madeleine, is in no
list; reading any words after a public broadcaster would take licensed magazines, "BBC Good
Food", for the broadcaster), and the documented CP "With files from", Dear Abby and "AgE"
decisions. The check halves were not run in this pass.

Forty-fourth pass (2026-12-06): the twenty-ninth and thirtieth sets (`cases_2026-12-31.jsonl`,
`cases_2027-01-01.jsonl`), the first rendered by new page templates, had first-run check halves
at R 0.793 and 0.667 (P 1.000). Their tune halves' misses, by cause: lines beside the text lost
by extraction (a story ending in a quotation, a print view's address line, a table layout of
"<br><br>" paragraphs, a logo's name after a source label); a label and its value in separate
blocks (a theme's source row, a definition list under the headline); lines read but not as
credits ("Door ANP", "By Name/TT", an info bar's date before "来源：", a translator's note,
a broadcast's programme and permission, Catalan "Font"); a name resolved wrongly (an edition
in brackets, "original source"); and false credits (the site owner's copyright notice, a
station's desk without its frequency, "Print | E-mail" read as ThePrint). Tune rows: the
twenty-ninth P 0.821 / R 0.719 with 7.0% false credits to 1.000 / 0.938 and none; the thirtieth
0.913 / 0.568, 20.0% leak, 2.0% false credits to 0.971 / 0.919, no leak, none; real rows
unchanged. Left: an aggregator app's publisher header (one template), a shared masthead with a
country in brackets ("The Guardian (Nigeria)": no country list), a video caption's source (a
caption is never the story's credit) and a fact box in a sidebar.

Forty-fifth pass (2026-12-06): the thirty-first and thirty-second sets' tune halves (new templates)
by class. Precision: a site's copyright line whose name the domain spells with an app's or a
site's word ("© 2027 Malai Murasu Digital" on malaimurasuapp.in, the site name in Tamil) is the
site's; an owner's notice beside a story the site's own byline block signs is its footer ("by
Bob Yirka , Phys.org" over "© 2019 Science X Network"); the site's own name run into a chain
desk's byline is cut ("Country Press Network Downs Leader" on the Downs Leader). Recall: a reader
app's publisher label with a read-on button to a site whose domain spells it
(`extract/markedlines.py`); "Originally sent to subscribers of X's <newsletter>"; a wire's
copyright line closing a pasted story, dropped as boilerplate, kept beside the text
(`extract/boilerplate.py` `closing_notices`, through pass 44's site-footer filter); Armenian
"Աղբյուր՝ X". Tune halves, on the code after pass 43: the thirty-first 0.867 / 0.788 (5.6%
left, 2 of 39 null and 1 of 9 own pages credited) -> 0.917 / 1.000 (nothing left; the same 3
AMP pages credited), the thirty-second 0.962 / 0.926 -> 1.000 / 0.963. Rebased on pass 44:
0.897 / 0.788 -> 0.917 / 1.000 and 0.963 / 0.963 -> 1.000 / 1.000; every tune half pooled
0.993 / 0.978 -> 0.994 / 0.983 (0.5% -> 0.3% left); no other row changed; real pages unchanged;
extraction's check-half F1 unchanged; attribute() mean 4.38 -> 4.17 ms (noise). Left, and why: the three AMP-cache pages (an outlet's own page served
from `…bing-amp.com/c/s/<origin>/…`): the fifth and tenth sets label such copies as crediting
the origin outlet (their `site` is the cache), the thirty-first as the outlet's own page (its
`site` is the origin); the page and URL are the same shape, so no rule can meet both, and
dropping the credit would lower the fifth and tenth sets' tune rows. The Border Telegraph footer
box ("This article originally appeared in the …", an article footer) is pass 44's class.

Forty-sixth pass (2026-12-06): the thirty-third and thirty-fourth sets (`cases_2027-01-04.jsonl`,
`cases_2027-01-05.jsonl`, new templates of market, sports, trade and app pages and of public
bodies, universities and broadcasters), first-run check halves P 0.958 / R 0.697 and P 1.000 /
R 0.688. Their tune misses, by cause: a news app's provider row with an age beside the text
(five pages, five languages); a university's coverage item, "Outlet · date" under "In the
news", lost by extraction behind the kind's label and headline kept in the text (six pages);
credit wordings ("Articolo tratto da", "Ulat mula sa", "Écrit par … avec AFP", "भाषा <names>")
and a wire's hub link at the tail; a name cut short ("Niederlausitz aktuell"); a company's
copyright notice beating the outlet another line names (Barron's under Dow Jones); and a rights
notice in a "source" box read as a name (a false credit). Tune rows: the thirty-third 0.880 /
0.710, 1.7% false credits, 7.1% leak -> 0.968 / 0.968, none, none; the thirty-fourth 0.960 /
0.727 -> 1.000 / 0.970; every blind set pooled 0.993 / 0.978 -> 0.995 / 0.988; real rows
unchanged. Left: HealthDay's "SOURCE: <institution>, news release, <date>" (a citation that
reads as the phrase a press release's repost uses; one template), a lower-case brand
("in-cyprus"), and pass 45's reader header and Armenian label (on its branch).

This session (2026-12-06, second part): new page templates, a transplant set on real pages,
passes 43-46. The earlier sets shared their generators' templates (`chrome3.py`-`chrome12.py`),
so first runs had grown optimistic. Eight sets were rendered by templates written from scratch
by writers who read neither the code nor the earlier templates, each family a different part of
the web; each pair's first run was on code after the pass before it, which never saw them:

| set | templates | code | P | R | leak | null / own credited |
|---|---|---|---|---|---|---|
| 29th | 19 CMS families with heavy chrome | after pass 42 | 1.000 | 0.793 | 0.0% | 0 of 35 |
| 30th | Next.js, AMP, table layouts, print views, logos, footers | after pass 42 | 1.000 | 0.667 | 10.3% | 0 of 41 |
| 31st | Joomla, TYPO3, Bitrix, forums, Telegram, newsletters | after pass 43 | 1.000 | 0.857 | 7.7% | 6 of 44 |
| 32nd | newspaper chains' platforms | after pass 43 | 0.897 | 0.722 | 5.1% | 1 of 43 |
| 33rd | trade and financial sites, news apps | after pass 44 | 0.958 | 0.697 | 2.4% | 0 of 42 |
| 34th | institutions, public broadcasters | after pass 44 | 1.000 | 0.688 | 3.1% | 0 of 43 |
| 35th | blogs and community platforms | after pass 45 | 1.000 | 0.885 | 11.5% | 0 of 36 |
| 36th | hyperlocal, nonprofit, student, video and audio pages | after pass 45 | 1.000 | 0.960 | 4.0% | 2 of 39 |
| pooled | | | 0.979 | 0.776 | | 9 of 323 |
| transplant set: 126 real pages, credits inserted blind | | after pass 42 | 1.000 | 0.952 | 2.5% | 0 of 21 |

Passes 44, 45 and 46 each tuned on the tune halves of the pair before them (pass 47, short, on
the 35th and 36th). Their own pairs' check halves moved (the 29th 0.793 -> 0.897, the 30th
0.667 -> 0.733, the 31st 0.857 -> 0.886, the 32nd 0.722 -> 0.722, the 33rd 0.697 -> 0.758, the
34th 0.688 -> 0.812, the 35th 0.885 -> 0.923, the 36th 0.960 -> 0.960); the next pair's check
halves, measured before and after each of passes 44-46, did not move at all. What one family of
templates teaches does not carry to the next: first runs on new templates are the number to
quote (recall 0.78 at precision 0.98), and a set of the earlier templates' first run (1.000 /
1.000 on the 27th and 28th) says how well the code knows those templates, not the web. The
transplant set, the real pages' own markup with credit lines written blind from newsroom
conventions, held (0.952): the real pages' low recall (0.750, 0.625 on wire) comes from real
credit wordings and placements, which no generator reproduces, more than from their chrome.

Every check half pooled after pass 47 (36 sets and the transplant set): precision 0.984, recall
0.912 (out of table 0.852, wire 0.963, in table 0.918), 4.5% of credit lines left, 6 of 257 own
pages (2.3%) and 9 of 956 null pages (0.9%) credited; before this session 0.984 / 0.923,
4.8%, 3 of 204 and 3 of 665. Real pages unchanged. Label disputes left as written: the 31st
set's three AMP-cache copies of an outlet's own page (the documented rule, and the 5th and 10th
sets, credit the outlet the cache URL carries). Speed: `attribute()` mean 3.31 ms, p95 4.85 ms
over 6,113 pages on a quiet machine (longer pages than before: the new sets' median story is
3 KB, the transplant set's real pages more), 5.5x the first-run code in the same run (5.6x
before).

Pass 47 tuned on the 35th and 36th sets' tune halves (and the transplant set's): a WeChat
account as the source, blog platforms' reblog and repost lines, a post resting on a report
first published elsewhere, a broadcaster's own initials and lower-case description, and an
institution's own account (a city department, a "<place>发布" release account) as no outlet.
A section's role after a writer ("News Editor") and a station's newsroom under its call sign
on its own site ("TTV News" on "TTV Solomons") credit no one; "本文转载自…" is read below a
WeChat page's header lines. Tune misses 31 -> 23, none added; the 35th's tune row 0.923 /
0.800 (4.7% false credit, 13.3% leaks) -> 1.000 / 0.933 (none, none); the 36th's 0.931 /
1.000 (6.9% false credit) -> 1.000 / 1.000 (none); pooled tune own pages credited 1.4% ->
0.4%; real rows unchanged; attribute() mean 3.63 -> 3.40 ms on
the tune run (the machine's noise: 5.44x -> 5.47x the first-run code in the same runs).
Left: the transplant set's "(sda)" closing a paragraph in the middle of a shopping page (an
agency tag is read at the text's tail only; crediting one mid-page would credit a staff
story's paragraph from dpa), Quora's and note.com's quote blocks (one template each).

This session (2026-12-07): can a class-level pass carry to families nobody generated? Six more
sets on new templates (37th-42nd), written two at a time while the code changed, so each pair
is measured on the code before and after the pass it never saw. Pass 48 first added a
**phrasebook** (`aggregator/data/credit_phrases.toml`): whole credit lines in 76 languages,
written by a helper who read neither the code nor any set, read last where no reader read the
line. Its first part was tuned on nothing; its second part (summaries, translations, forwards,
providers, edge-only "according to" wordings, outlet words of the scripts without Latin
letters) and a few classes (a field's sentence value, CJK brackets and "社", round-ups' sources,
byline-row parts, English piece nouns, own names as domains spell them) came from the 37th-40th
sets' tune halves. Check halves, before -> after (recall; precision 1.000 throughout):

| set | templates | before pass 48 | after the phrasebook's first part | after pass 48 |
|---|---|---|---|---|
| 37th | feed-to-post plugins, autoblogs, mirrors, AI summaries | 0.786 | 0.821 | (tuned on its tune half) |
| 38th | national portals of Europe, the Middle East, Asia | 0.960 | 1.000 | (tuned on its tune half) |
| 39th | sports, lifestyle, health and science sites | 0.800 | | 0.800 |
| 40th | legacy markup, e-paper, PDF and lite views | 0.840 | | 0.840 |
| 41st | opinion, syndicated columns, long-form | 0.643 | | 0.643 |
| 42nd | regional-language portals of South and Southeast Asia, Africa | 0.450 | | 0.550 |

The vocabulary carried where the misses were words of languages (38th, 42nd: +6 of 50 credited
pages over both halves of the 42nd) and nowhere else: the 39th-41st did not move. Where misses
are, measured on the twelve new-template sets' check halves (aggregates only): of 53 credited
pages missed, 40 had their credit line in the text or the side lines (25 outside the table
read as no one, 9 in the table, 4 a wrong name) and 13 had it nowhere extraction looked. So
recall on unseen families is lost mostly in reading lines that are there, each family's wording
and shape its own, and not in extraction. First runs of the fourteen new-template sets pooled:
0.987 / 0.773, 13 of 539 null or own pages credited. Every check half pooled (42 sets and the
transplant set): 0.986 / 0.904 (out of table 0.835, wire 0.965, in table 0.910), 4.5% of
credit lines left, 9 of 291 own pages (3.1%; one own page of the 26th set's check half is
newly credited after pass 48, its case not looked at) and 11 of 1,138 null pages (1.0%)
credited. Real pages unchanged. Disputed labels: the 37th-40th sets keep a wire's dateline in
`must_keep` ("FAIRBANKS, Alaska (AP) — …"), where the documented rule cuts the dateline from its
paragraph: their "kept" column counts it as lost. Speed: `attribute()` 5.39x the first-run
code in the same run (5.48x last session), a mean of 5.12 ms on this session's slower machine
(the first-run code's own mean rose from 0.60 to 0.95 ms).

Next session (2026-12-07, later): four more sets on new templates, written two at a time while
the code changed, each first run kept: the 43rd (business, finance, tech and crypto sites), the
44th (Next.js, Nuxt, Arc-like, headless, static, AMP, web-story, live, print and lite pages of
Eastern Europe, the Caucasus, Central Asia and Latin America), the 45th (press clippings,
monitoring clips, press reviews, "in the news" pages, humanitarian and diaspora portals) and
the 46th (local TV and radio stations and their network feeds). Check halves, first runs:

| set | code | credited | P | R | leak | null or own credited |
|---|---|---|---|---|---|---|
| 43rd | after pass 49 | 26 | 1.000 | 0.923 | 3.7% | 0 of 35 |
| 44th | after pass 49 | 25 | 0.913 | 0.840 | 7.7% | 2 of 36 |
| 45th | after pass 51 | 25 | 0.955 | 0.840 | 3.0% | 0 of 35 |
| 46th | after pass 50 | 24 | 0.952 | 0.833 | 13.0% | 0 of 35 |

What carried, recall on the same check halves with older code: before pass 48 (f1cc1f6) 0.846,
0.800, 0.840, 0.833; before pass 49 (624627a) 0.923, 0.840, 0.840, 0.833. The phrasebook
(pass 48) carried 3 of 100 credited pages (and halved the 43rd's leaks); passes 49-51, each
measured on sets it had not seen, carried none. Passes 49-51 (tune halves of the 41st-44th and
46th): a syndicate named alone is credited as the last resort (earlier passes credited no one;
the 41st set and a real page's label disagree with that); a wire's service in a dateline; a
phrasebook line run into the bio under a story; the kind of outlet and an article before a
name ("no jornal O Globo", "από το Euronews"); a note's varying first word in every language of
the phrasebook; labels closed by Armenian and Khmer marks; a dateline tag the domain spells
out and an own-story marker before the site's name credit no one; a theme's box between
paragraphs is a side line; a table kept after the story no longer hides its sign-off; partner
and sister outlets ("our news partners at X"). Of the 43rd and 44th sets' check-half misses
(6 of 51 credited pages), 5 had the credit line in the text and 1 only in markup: reading,
again, not extraction. Every check half pooled (46 sets and the transplant set, computed from
the rows below): P 0.984 / R 0.904 (in table 0.911, out of table 0.834, wire 0.968), 4.7% of
credit lines left (weighted by credited pages), 13 of 1,256 null pages (1.0%) and 9 of 314 own
pages (2.9%) credited. Real pages unchanged: P 0.857 / R 0.750, wire 0.625, 2 of 17 negatives.
Speed: hint words are looked for as substrings, two long case-blind word lists in the lowered
line, and the edge runs' look-ahead patterns behind their word (every answer byte-identical on
6,463 pages, `tests/test_attribution_shortcuts.py`): `attribute()` 4.6x the first-run code in
the same run (4.63, 4.64 and 4.68 in three runs minutes apart, the last below; 5.39x last
session). Its mean over 7,313 pages was 5.42, 6.31 and 5.78 ms as the first-run code's went
1.17, 1.36 and 1.23 ms (0.95 last session, 0.60 the one before): this machine's speed moves by a
sixth within minutes. A second pass over the same pages, memoised names forgotten, costs about
the same (5.29, 5.68 and 4.76 ms): the cost is steady per page, not first compiles. Over the
5 ms target on this machine; about 2.8 ms in the first session's terms.

Next session (2026-12-07, third): two more families written blind in parallel, the 47th
(newsletter archives, portal partner pages, news apps, read-later and translation-proxy views)
and the 48th (print replicas and e-paper text views, archives, corrections, briefs, obituaries,
police logs, notices, explainers). First runs (check halves, each on code that never saw it):
P 0.944 / R 0.630 (out of table 0.357) and P 0.952 / R 0.800; 1 of 71 null or own pages
credited. Passes 53-55 on the 45th, 47th and 48th tune halves (a clipping's medium field beside
the text, a reading surface's bar naming the page it shows, a writer's avatar initials, Romance
prepositions joined with their article, a kind of publication before a quoted name, title marks
ending a name before an issue's date) fixed 10 tune misses and added none; the 47th and 48th
check halves stayed where their first runs put them (0.630 and 0.800): again, what a family's
tune half teaches does not carry to its check half. Every check half pooled (48 sets and the
transplant set): P 0.983 / R 0.900 (in table 0.909, out of table 0.822, wire 0.969), 5.0% of
credit lines left, 13 of 1,313 null pages (1.0%) and 10 of 328 own pages (3.0%) credited. Real
pages unchanged. Speed: `attribute()` 4.65, 4.98 and 5.07x the first-run code in three runs this
session while the first-run code's own mean went 1.52, 1.59 and 1.75 ms (the machine slowing
through the session); in one process over 3,657 pages, 5.2-5.3 ms a page at this commit
against 5.5 ms at the last session's code: no slower. Over the 5 ms target on this machine.
"""
#: A contender: the extracted article -> (text, original publisher).
Contender = Callable[[Article], tuple[str, str | None]]


def ours(article: Article) -> tuple[str, str | None]:
    done = credit(article)
    return done.text, done.attribution.original_publisher


def then_contender(commit: str) -> Contender:
    then = _attribution_then.load(commit)

    def run(article: Article) -> tuple[str, str | None]:
        text, found = then.attribute(
            article.text,
            url=article.url,
            meta=article.meta,
            jsonld=article.jsonld,
            captions=article.captions,
            site_name=article.meta.get("og:site_name"),
            source_name=article.source,
        )
        return text, found.original_publisher

    return run


_CREDITISH = re.compile(
    r"\b(?:source|sources|courtesy|via|credit|copyright|originally|first (?:appeared|published)|"
    r"republished|reprinted|reporting by|inputs? from|contributed|quelle|fuente|d'après|"
    r"المصدر|بشکریہ|स्रोत)\b|©|^\s*[-—–]\s*\S|\([A-Z][\w .&-]{1,30}\)",
    re.IGNORECASE,
)
_OUTLET = re.compile(
    r"(?:[A-Z][\w&.'-]*(?:\s+(?:of|the|de|&)?\s*[A-Z][\w&.'-]*){0,4}|[\w-]+\.[a-z]{2,})"
)


def naive(article: Article) -> tuple[str, str | None]:
    """Baseline: the first outlet-like name after a credit-ish word; that line leaves the text."""
    lines = article.text.split("\n")
    for index, line in enumerate(lines):
        if len(line) > 300 or not (cue := _CREDITISH.search(line)):
            continue
        name = _OUTLET.search(line, cue.start() if cue.group(0).startswith("(") else cue.end())
        if name:
            return "\n".join(lines[:index] + lines[index + 1 :]), name.group(0).strip(" .")
    return article.text, None


def run(
    cases: list[Case], contenders: dict[str, Contender], articles: list[Article] | None = None
) -> dict[str, list[Outcome]]:
    """Each case through extraction and each contender; ``articles`` collects the extracted
    articles (for the warm pass, ``warm_speed``)."""
    results: dict[str, list[Outcome]] = {name: [] for name in contenders}
    for case in cases:
        started = time.process_time()
        try:
            article = fill(Article(url=case.url), extract(case.html, case.url))
        except ExtractionFailed:
            article = None
        extract_ms = 1000 * (time.process_time() - started)
        if articles is not None and article is not None:
            articles.append(article)
        for name, contender in contenders.items():
            started = time.process_time()
            text, publisher = contender(article) if article is not None else ("", None)
            ms = 1000 * (time.process_time() - started)
            results[name].append(Outcome(case, publisher, text, ms, extract_ms + ms))
    return results


def misses(outcomes: list[Outcome]) -> list[str]:
    """Tune-half failures only: the check half is never looked at while changing code."""
    out = []
    for o in outcomes:
        if o.case.half != "tune":
            continue
        leaked, lost = o.leaked(), o.lost()
        if o.correct and not leaked and not lost:
            continue
        out.append(
            f"- `{o.case.key}` {o.case.category}/{o.case.language}/{o.case.placement}: "
            f"want {o.case.expected!r} "
            f"got {o.publisher!r}"
            + (f"; leaked {leaked!r}" if leaked else "")
            + (f"; lost {[s[:60] for s in lost]!r}" if lost else "")
        )
    return out


def halves(results: dict[str, list[Outcome]], shown: tuple[str, ...]) -> str:
    ours_name = next(iter(results))
    text = ""
    for half in shown:
        rows = groups([o for o in results[ours_name] if o.case.half == half])
        text += f"\n### {half} half{' (headline)' if half == 'check' else ''}: {ours_name}\n\n"
        text += table(rows)
        text += f"\n{half} half, every contender on the headline rows:\n\n"
        compared = [
            (f"{name}: {label}", group)
            for name, outcomes in results.items()
            for label, group in groups([o for o in outcomes if o.case.half == half])
            if label in HEADLINE or label.startswith("real: wire")
        ]
        text += table(compared)
    return text


def _timed(times: list[float]) -> str:
    """Mean, p95 and max of per-page times in ms."""
    times = sorted(times)
    p95 = times[int(0.95 * (len(times) - 1))] if times else 0.0
    mean = statistics.fmean(times or [0])
    return f"mean {mean:.2f} ms, p95 {p95:.2f} ms, max {max(times or [0]):.2f} ms"


def warm_speed(articles: list[Article]) -> str:
    """Ours again over the same pages in the same process: what a page costs a crawl's
    long-lived worker once the patterns it meets are compiled (the first pass above also pays
    every pattern's first compile: the phrasebook's compile as they are met). The memoised
    names are forgotten first, so that only compiled patterns carry over (the first-run code
    keeps its own memoised names: no fair second pass of it)."""
    normalize.cache_clear()
    resolver_for.cache_clear()
    times = []
    for article in articles:
        started = time.process_time()
        ours(article)
        times.append(1000 * (time.process_time() - started))
    return f"- aggregator (this commit), warm (a second pass): {_timed(times)}\n"


def speed(results: dict[str, list[Outcome]]) -> str:
    """CPU time of the attribution step alone, per contender (the machine is shared: CPU
    time, not wall time, and ratios to the first-run code measured in the same process)."""
    means = {}
    text = ""
    for name, outcomes in results.items():
        times = [o.attribute_ms for o in outcomes]
        means[name] = statistics.fmean(times or [0])
        text += f"- {name}: attribution CPU time over {len(times)} pages: {_timed(times)}\n"
    first = next((m for n, m in means.items() if n.startswith("first-run")), None)
    ours = next(iter(means.values()))
    if first:
        text += f"- ratio aggregator / first-run code: {ours / first:.2f}\n"
    return "attribute() must stay under 5 ms a page:\n\n" + text


def regression() -> str:
    """The old generated corpus (bench/attribution_corpus.py), attribute() on text."""
    from attribution_corpus import corpus

    from aggregator.attribution.attribute import attribute

    try:
        cases = list(corpus())
    except FileNotFoundError:
        return "Old generated corpus: skipped (../shared/data absent).\n"
    right = predicted = expected = 0
    for case in cases:
        _, found = attribute(
            case.text,
            url=case.url,
            meta=case.meta,
            jsonld=case.jsonld,
            entry=case.entry,
            site_name=case.site_name,
        )
        got = found.original_publisher
        predicted += got is not None
        expected += case.expected is not None
        right += got is not None and got == case.expected
    return (
        f"Regression row, the old generated corpus ({len(cases)} texts from the table's own "
        f"names; not a headline): precision {right / max(predicted, 1):.3f}, "
        f"recall {right / max(expected, 1):.3f}.\n"
    )


def report(
    first_run: bool, shown: tuple[str, ...] = ("check", "tune"), blind: tuple[Path, ...] = (BLIND,)
) -> str:
    cases = [case for path in blind if path.exists() for case in blind_cases(path)]
    real = list(real_cases(REAL)) if REAL.exists() and SHARED.exists() else []
    real += list(real_cases(REAL2, origin="real2")) if REAL2.exists() and SHARED.exists() else []
    real += list(real_cases(REAL3, origin="real3")) if REAL3.exists() and SHARED.exists() else []
    contenders: dict[str, Contender] = {"aggregator (this commit)": ours}
    if not first_run:
        contenders[f"first-run code ({FIRST_RUN_COMMIT})"] = then_contender(FIRST_RUN_COMMIT)
    contenders["naive baseline"] = naive
    warm = Article(url="https://example.org/", text="warm up")
    for contender in contenders.values():  # tables and patterns load once, outside the timing
        contender(warm)
    articles: list[Article] = []
    results = run(cases + real, contenders, articles)
    ours_outcomes = results["aggregator (this commit)"]
    tune_misses = misses(ours_outcomes)
    return (
        f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {platform.machine()} Python "
        f"{platform.python_version()}, `.venv/bin/python bench/attribution.py"
        f"{''.join(' --blind ' + path.name for path in blind if path != BLIND)}`\n\n"
        f"Blind cases: {len(cases)} (`{'`, `'.join(path.name for path in blind)}`); real "
        f"labelled pages found: {len(real)}.\n"
        "P: correct / pages given a publisher; R: correct / pages with an expected publisher; "
        "false credit: pages that credit no one given a publisher; "
        "leak: credit lines still in `text`; kept: sentences that must stay, still there; "
        "ms/article: CPU time of extraction + attribution (the machine is shared).\n"
        + halves(results, shown)
        + "\n"
        + speed(results)
        + warm_speed(articles)
        + "\n"
        + regression()
        + f"\nTune-half misses of aggregator ({len(tune_misses)}):\n\n"
        + "\n".join(tune_misses)
        + "\n"
    )


def write(body: str, first_run: bool) -> None:
    old = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else ""
    kept = old.split(FIRST_RUN_MARK, 1)[1] if FIRST_RUN_MARK in old else ""
    if first_run:
        kept = f"\n## First run (code at {FIRST_RUN_COMMIT}, before any change)\n\n" + body
    latest = "" if first_run else NOTES + "\n## Latest run\n\n" + body
    RESULTS.write_text(
        "# Attribution benchmark\n" + latest + f"\n{FIRST_RUN_MARK}" + kept, encoding="utf-8"
    )


def unchanged_since(commit: str) -> bool:
    """Whether the attribution code, the table and extraction are still as at ``commit``."""
    paths = ["aggregator/attribution", "aggregator/data/publishers.toml", "aggregator/extract"]
    done = subprocess.run(
        ["git", "-C", str(RESULTS.parents[2]), "diff", "--quiet", commit, "--", *paths]
    )
    return done.returncode == 0


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="bench/attribution.py",
        description="Attribution benchmark: blind cases and hand-labelled real pages, "
        f"check and tune halves; writes {RESULTS.relative_to(RESULTS.parents[2])}.",
    )
    parser.add_argument(
        "--tune",
        action="store_true",
        help="while changing code: the tune half only, its misses listed; nothing written",
    )
    parser.add_argument(
        "--first-run",
        action="store_true",
        help=f"store the run as the 'First run' section (the code must be as at "
        f"{FIRST_RUN_COMMIT})",
    )
    # A session that must stay blind to a newer set (whose misses the tune listing would
    # show) names the sets it may see.
    parser.add_argument(
        "--blind",
        action="append",
        metavar="FILE",
        help="a blind set's file name in bench/data/attribution_blind (repeatable; "
        "default: every cases*.jsonl there)",
    )
    return parser.parse_args(argv)


def main(argv: list[str]) -> None:
    args = parse(argv)
    # Without the shared corpora the real pages are missing: say so in one line before the
    # blind sets' minute of work, not after it (tests/test_bench_skip.py).
    shared_data()
    if args.first_run and not unchanged_since(FIRST_RUN_COMMIT):
        raise SystemExit(f"--first-run: the code differs from {FIRST_RUN_COMMIT}; stash it first")
    blind = tuple(BLIND / name for name in args.blind) if args.blind else (BLIND,)
    if args.tune:
        print(report(args.first_run, ("tune",), blind))
        return
    body = report(args.first_run, blind=blind)
    write(body, args.first_run)
    print(body)


if __name__ == "__main__":
    main(sys.argv[1:])
