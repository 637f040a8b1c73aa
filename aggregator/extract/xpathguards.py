"""trafilatura's XPath expressions with a cheap guard before each regular expression.

trafilatura selects boilerplate with EXSLT ``re:test(@class, '…')`` tests, which lxml runs
as a call into Python for every element the step reaches, whether it has the attribute or
not. Every alternative of those patterns holds a literal that any match must contain
("omment" in "^[Cc]omment(?!ary)"), so ``(contains(@class, 'omment') and re:test(…))``
selects exactly the same nodes, and libxml2 decides the ``contains`` in C, calling Python
only for the few elements holding the literal. A pattern of many literals, or one that
ignores case, is guarded by the attribute's presence alone (no match is empty). A pattern
whose literals cannot be read off keeps its test unguarded.

On the 625 real pages trafilatura's XPath evaluations in our extraction took 7.2 ms a page
of its ~14; guarded, 5.1 (issue 21; the same output on every page, and the same nodes from
each expression: tests/test_xpathguards.py).

Most of its expressions then open with ``.//*[self::div or self::section or …]``: libxml2
gathers every element below the context and evaluates the name tests on each, a predicate
at a time. ``(descendant::div | descendant::section | …)`` selects the same elements in the
same (document) order, walking the tree once per name with the name test in the walk itself;
``descendant::*`` is ``.//*`` without the intermediate node-set. Both hold only where no
predicate counts positions, so an expression that does is left as written (``narrowed``).
On the same pages the pruning expressions took 5.8 ms a page; narrowed, 3.6.
"""

from __future__ import annotations

import importlib
import re
import re._constants as sre  # type: ignore[import-not-found]  # the parser's opcodes
import re._parser as sre_parse  # type: ignore[import-not-found]
from typing import Any

from lxml.etree import XPath

REGEXP_NS = "http://exslt.org/regular-expressions"
#: ``re:test(<attribute or union of attributes>, '<pattern>'[, '<flags>'])``: the pattern and
#: flags in single quotes, which XPath 1.0 string literals then cannot contain.
_RE_TEST = re.compile(
    r"re:test\(\s*(?P<arg>@[\w-]+(?:\s*\|\s*@[\w-]+)*)\s*,\s*'(?P<pattern>[^']*)'"
    r"(?:\s*,\s*'(?P<flags>[^']*)')?\s*\)"
)


#: An expression's opening step over every element below its context (``.//*``) or below the
#: document (``//*``), with its first predicate if that only names the elements' tags.
_EVERY_ELEMENT = re.compile(
    r"^(?P<axis>\.//|//)\*(?:\[\s*(?P<names>self::[\w-]+(?:\s+or\s+self::[\w-]+)*)\s*\])?"
)
#: A predicate that counts positions ("[1]", "position()", "last()"): the rewrite would
#: change which element it counts among.
_POSITIONAL = re.compile(r"\[\s*\d+\s*\]|position\(|last\(")

#: A pattern with more literals than this (or under ignore-case, where each test would also
#: translate the attribute) is guarded by the attribute's presence only: each ``contains``
#: copies the attribute's value, and many cost more than the call they spare.
MAX_LITERALS = 4


def guarded(expression: str) -> str:
    """``expression`` with each ``re:test`` it holds behind a ``contains`` test of the
    literals its pattern's matches must hold (one of them per alternative)."""

    def guard(test: re.Match[str]) -> str:
        pattern = test.group("pattern")
        literals = required_literals(pattern)
        if not literals:
            return test.group(0)
        arg = test.group("arg")
        if _ignores_case(pattern, test.group("flags") or "") or len(literals) > MAX_LITERALS:
            # no match is empty (each holds a literal): an element without the attribute fails
            return f"(({arg}) and {test.group(0)})"
        holds = " or ".join(f"contains({arg}, '{literal}')" for literal in literals)
        return f"(({holds}) and {test.group(0)})"

    return _RE_TEST.sub(guard, expression)


def narrowed(expression: str) -> str:
    """``expression`` with its opening ``.//*[self::a or self::b]`` as ``(descendant::a |
    descendant::b)`` and a bare ``.//*`` as ``descendant::*`` (``//`` from the document's
    root): the same elements, in the same order, for less work; unchanged where a predicate
    counts positions or the expression is a union of paths."""
    path = expression.strip()
    opening = _EVERY_ELEMENT.match(path)
    if opening is None or _POSITIONAL.search(path) or "|" in _outside_brackets(path):
        return expression
    axis = "descendant::" if opening.group("axis") == ".//" else "/descendant::"
    names = re.findall(r"self::([\w-]+)", opening.group("names") or "")
    step = f"({' | '.join(axis + name for name in names)})" if names else f"{axis}*"
    return step + path[opening.end() :]


def _outside_brackets(path: str) -> str:
    """``path`` without its predicates and string literals (to see its own unions)."""
    out, depth, quote = [], 0, ""
    for char in path:
        if quote:
            quote = "" if char == quote else quote
        elif char in "'\"":
            quote = char
        elif char in "[(":
            depth += 1
        elif char in "])":
            depth -= 1
        elif depth == 0:
            out.append(char)
    return "".join(out)


def required_literals(pattern: str) -> list[str] | None:
    """Strings one of which every match of ``pattern`` contains (as written: under
    ignore-case, in some case); None when that cannot be read off."""
    try:
        parsed = sre_parse.parse(pattern)
    except re.error:
        return None
    literals = _sequence(list(parsed))
    # a string holding "post-body" holds "post": one test of the shorter serves both
    return literals and [x for x in literals if not any(y != x and y in x for y in literals)]


def _ignores_case(pattern: str, flags: str) -> bool:
    """EXSLT's "i" flag, or an inline ``(?i)``."""
    return "i" in flags or bool(sre_parse.parse(pattern).state.flags & re.IGNORECASE)


def _sequence(items: list[tuple[object, object]]) -> list[str] | None:
    """Literals one of which every match of this sequence of the parsed pattern holds: its
    longest run of literal characters, else the literals of an alternation or group in it
    (``(?:…)`` is parsed into the sequence itself), one a branch."""
    best = run = ""
    for op, value in items:
        if op is sre.LITERAL:
            run += chr(value)  # type: ignore[arg-type]
        else:
            best, run = max(best, run, key=len), ""
    best = max(best, run, key=len)
    if best:
        return [best]
    for op, value in items:
        found = None
        if op is sre.BRANCH:
            found = _branches(value[1])  # type: ignore[index]
        elif op is sre.SUBPATTERN:
            group: Any = value
            _, added, removed, inner = group
            found = None if added or removed else _sequence(list(inner))
        if found:
            return found
    return None


def _branches(branches: list[object]) -> list[str] | None:
    found: list[str] = []
    for branch in branches:
        literals = _sequence(list(branch))  # type: ignore[call-overload]
        if not literals:
            return None
        found += [literal for literal in literals if literal not in found]
    return found


_installed = False


def install() -> None:
    """Replace trafilatura's compiled expressions by guarded and narrowed copies, in place
    (its modules hold the same lists)."""
    global _installed
    if _installed:
        return
    # (``trafilatura.baseline`` is the package's function of that name: the module by name)
    baseline = importlib.import_module("trafilatura.baseline")
    settings = importlib.import_module("trafilatura.settings")
    xpaths = importlib.import_module("trafilatura.xpaths")
    for value in vars(xpaths).values():
        if isinstance(value, list) and value and all(isinstance(x, XPath) for x in value):
            value[:] = [_guarded_xpath(x) for x in value]
    clean = _guarded_xpath(settings.BASIC_CLEAN_XPATH)
    for module in (settings, baseline):
        setattr(module, "BASIC_CLEAN_XPATH", clean)  # noqa: B010
    _installed = True


def _guarded_xpath(xpath: XPath) -> XPath:
    path = narrowed(guarded(xpath.path))
    if path == xpath.path:
        return xpath
    return XPath(path, namespaces={"re": REGEXP_NS})
