"""Residual boilerplate that trafilatura keeps: widgets, prompts and link lists in the text."""

from __future__ import annotations

import re

_FLAGS = re.IGNORECASE | re.UNICODE

#: A whole line that is a widget label, never article text.
_WIDGET_LINE = re.compile(
    r"^[-•·*|\s]*(?:"
    r"post a comment|leave a (?:comment|reply)|add (?:a )?comment|write a comment"
    r"|\d+\s+(?:comments?|responses?|replies)|comments?\s*(?:\(\d+\))?|no comments(?: yet)?"
    r"|be the first to comment.*|view comments|show comments|join the (?:conversation|discussion)"
    r"|tell us what you think.*|share (?:this|the) (?:article|story|post|page).*"
    r"|share(?: on| via)?(?: (?:facebook|twitter|x|linkedin|whatsapp|email|reddit|pinterest))*"
    r"|tweet|print|email|e-mail|order reprints|print article|reprints?"
    r"|like this (?:story|article)\?.*|thanks for signing up!?|sorry!?"
    r"|there was an error processing your subscription\.?|an error has occurred.*"
    r"|advertisement|sponsored content|skip (?:to )?(?:main )?content|swipe.*|_{2,}|-{3,}"
    r")[\s.!:…]*$",
    _FLAGS,
)

#: A heading after which come links to other stories, not more of this one.
_LIST_HEADING = re.compile(
    r"^(?:read more|see more|see also|related(?: articles| stories| posts| coverage| content)?"
    r"|you (?:may|might) also (?:like|enjoy)|recommended(?: for you| stories)?|more from .{1,40}"
    r"|more stories(?: from .{1,40})?|most (?:read|popular|viewed)(?: .{1,40})?|popular(?: on .{1,40})?"
    r"|don'?t miss|explore further|trending(?: now)?|also read|top stories|latest news"
    r"|more on this story|read next|up next|what to read next|further reading"
    r"|lesen sie auch|mehr zum thema|leia também|leggi anche|lee también)[\s.!:…]*$",
    _FLAGS,
)

#: A one-line pointer to another story or a promotion.
_PROMO_LINE = re.compile(
    r"^[\[(]?(?:read more|see more|read also|also read|related|also on [\w.]+|read next"
    r"|lesen sie auch|leia também|leggi anche(?: su)?|more|watch)\s*[:|\-–—]\s*.{3,200}$"
    r"|^.{0,160}\b(?:sign up|subscribe)\b.{0,160}\b(?:newsletters?|inbox)\b.{0,120}$"
    r"|^.{0,80}\bnewsletters?\b.{0,80}\b(?:sign up|subscribe)\b.{0,80}$"
    r"|^.{0,200}\b(?:we|this (?:site|website)) uses? cookies\b.{0,300}$"
    r"|^.{0,60}\bclick here\b.{0,60}$",
    _FLAGS,
)

_TWEET_SUFFIX = re.compile(r"\s*click to tweet\s*$", _FLAGS)
_TOKEN = re.compile(r"\w+", re.UNICODE)


def strip_boilerplate(text: str, titles: tuple[str, ...] = ()) -> str:
    """``text`` without widget lines, promo lines, trailing link lists and a leading headline."""
    lines = [_TWEET_SUFFIX.sub("", line) for line in text.split("\n")]
    lines = _drop_leading_title(lines, titles)
    kept: list[str] = []
    in_list = False
    for line in lines:
        stripped = line.strip()
        if _LIST_HEADING.match(stripped):
            in_list = True
            continue
        if in_list and _is_link_like(stripped):
            continue
        in_list = False
        if not (_WIDGET_LINE.match(stripped) or _PROMO_LINE.match(stripped)):
            kept.append(line)
    return "\n".join(kept).strip()


def _is_link_like(line: str) -> bool:
    """A list item or a short line without sentence end: a headline in a link list."""
    if line.startswith(("- ", "• ", "* ")):
        return True
    return len(line) < 120 and not line.endswith((".", "?", "!", ":", "\u3002"))


def _drop_leading_title(lines: list[str], titles: tuple[str, ...]) -> list[str]:
    """Drop the first lines while they repeat the headline: the title is a field of its own."""
    keys = {_tokens(title) for title in titles if title} - {""}
    while lines and (_tokens(lines[0]) in keys or not lines[0].strip()):
        lines = lines[1:]
    return lines


def _tokens(text: str) -> str:
    return " ".join(_TOKEN.findall(text.lower()))
