"""Residual boilerplate that trafilatura keeps: widgets, prompts and link lists in the text."""

from __future__ import annotations

import re

from aggregator.extract.words import may_contain, tokens

_FLAGS = re.IGNORECASE | re.UNICODE
#: Lines in a row that all repeat earlier lines: a block the page printed twice.
REPEATED_RUN = 3
#: Shorter lines (labels, list entries) may repeat in an article.
REPEAT_MIN_CHARS = 25

#: A whole line that is a widget label, never article text.
_WIDGET_LINE = re.compile(
    r"^[-•·*|\s]*(?:"
    r"post a comment|leave a (?:comment|reply)|add (?:a )?comment|write a comment"
    r"|\d+\s+(?:comments?|responses?|replies)|comments?\s*(?:\(\d+\))?|no comments(?: yet)?"
    r"|be the first to comment.*|view comments|show comments|join the (?:conversation|discussion)"
    r"|tell us what you think.*|share (?:this|the) (?:article|story|post|page).*"
    r"|share(?: this)?(?: on| via)?"
    r"(?: (?:facebook|twitter|x|linkedin|whatsapp|email|reddit|pinterest))*"
    r"|tweet|print|email|e-mail|order reprints|print article|reprints?"
    r"|like this (?:story|article)\?.*|thanks for signing up!?|sorry!?"
    r"|there was an error processing your subscription\.?|an error has occurred.*"
    r"|advertisement|sponsored content|skip (?:to )?(?:main )?content|swipe.*|_{2,}|-{3,}"
    r")[\s.!:…]*$",
    _FLAGS,
)

#: A heading after which come links to other stories, not more of this one.
_LIST_HEADING = re.compile(
    r"^(?:read more|see more|see also"
    r"|related(?: articles| stories| posts| coverage| content| news)?"
    r"|you (?:may|might) also (?:like|enjoy)|recommended(?: for you| stories)?|more from .{1,40}"
    r"|more (?:stories|news)(?: from .{1,40})?"
    r"|most (?:read|popular|viewed)(?: .{1,40})?"
    r"|popular(?: on .{1,40})?|don'?t miss|explore further|trending(?: now)?|also read"
    r"|top stories|latest news|more on this story|read next|up next|what to read next"
    r"|further reading|tags|keywords"
    # de
    r"|auch interessant|lesen sie auch(?: die folgenden beiträge)?|mehr zum thema(?: .{1,30})?"
    r"|mehr themen|weitere artikel(?: zum thema)?|weitere aktuelle themen.{0,40}"
    r"|(?:zum )?weiterlesen"
    r"|(?:das (?:thema )?)?könnte (?:dich|sie) auch interessieren|schon gelesen\??|siehe auch"
    r"|beiträge aus dem forum|ähnliche (?:artikel|beiträge)|verwandte (?:artikel|beiträge)"
    r"|kommentierte artikel|meistgelesen|das könnte sie auch interessieren"
    # es, pt, fr, it, pl, nl
    r"|notas relacionadas|contenido relacionado|noticias relacionadas|te puede interesar"
    r"|también te puede interesar|lee también|más sobre .{1,40}|temas|leia também|leia mais"
    r"|veja também|notícias relacionadas|à lire aussi|lire aussi|sur le même sujet"
    r"|à lire également|leggi anche|potrebbe interessarti|czytaj też|czytaj także|zobacz też"
    r"|dowiedz się więcej|lees ook|meer over dit onderwerp)[\s.!:…»]*$",
    _FLAGS,
)

#: A one-line pointer to another story or a promotion (``_promo_line``): the forms that open
#: with their words ...
_PROMO_OPENING = re.compile(
    r"^[\[(]?(?:read more|see more|read also|also read|related|also on [\w.]+|read next"
    r"|lesen sie auch|auch lesen|mehr dazu|siehe auch|leia também|leggi anche(?: su)?|more|watch"
    r"|czytaj (?:też|także)|dowiedz się więcej|à lire aussi|lire aussi|mira|lee también"
    r"|ver también|te puede interesar)\s*[:|\-\u2013\u2014»]\s*.{3,200}$"
    r"|^>>.{3,200}<<$"
    r"|^(?:©|copyright\b|\(c\)\s).{0,200}$"
    # a bare "Credit:" is a photo credit; "Image Credit: <outlet>" stays: attribution reads it
    r"|^credits?\s*:.{0,150}$"
    r"|^(?:subscribe to|get access to)\b.{0,200}$"
    r"|^(?=.{0,50}$)(?=.*\b(?:19|20)\d\d\b).*\b\d{1,2}:\d\d\b.*$"
    r"|^also on [\w-]+\.[a-z]{2,}\b.{3,200}$"
    r"|^this copy is for your personal,? non-commercial use only\b.*$"
    r"|^\[\w+\b[^\]]*\].{0,200}\[/\w+\]$"
    r"|^(?:\w+:\s*)?(?:comments?|coment[aá]rios?|kommentare?)\b.{0,200}"
    r"\b(?:moderat|aprovad|approv|freigeschaltet)\w*\b.{0,120}$"
    r"|^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\s*[-|\u2013]\s.{0,200}$"
    r"|^(?:anzeige|werbung|publicidad|advertisement)\b.{0,80}$"
    r"|^(?:kategorien?|categor(?:y|ies)|tags?|schlagw(?:orte|örter)|themen|temas|etiquetas)"
    r"\s*:.{0,150}$"
    r"|^(?:letzte änderung|aktualisiert(?: am)?|zuletzt aktualisiert|(?:last )?updated(?: on)?"
    r"|published(?: on)?|veröffentlicht(?: am)?|stand)?\s*:?\s*\d{1,4}[./-]\d{1,2}[./-]\d{1,4}"
    r"[\s,]*(?:\d{1,2}:\d{2}(?:\s*uhr)?)?$",
    _FLAGS,
)
#: ... and the forms whose words may stand anywhere in the line.
_PROMO_WORDED = re.compile(
    r"^.{0,160}\b(?:sign up|subscribe)\b.{0,160}\b(?:newsletters?|inbox)\b.{0,120}$"
    r"|^.{0,200}\bnewsletter.{0,200}$"
    r"|^.{0,120}\b(?:free sign up|sign up here|subscribe now|jetzt abonnieren)\b.{0,120}$"
    r"|^.{0,200}\b(?:we|this (?:site|website)) uses? cookies\b.{0,300}$"
    r"|^.{0,60}\bclick here\b.{0,60}$"
    r"|^.{0,80}\b(?:reached at|write to|contact|email)\b.{0,80}@[\w-]+\.\w.{0,80}$"
    r"|^.{0,120}\bdownload (?:the|our)\b.{0,60}\bapps?\b.{0,120}$",
    _FLAGS,
)
#: Words one of which each _PROMO_WORDED form holds (in the lower case ``may_contain`` reads).
_PROMO_WORDS = (
    *("sign up", "subscribe", "abonnieren", "newsletter", "cookies", "click here", "@"),
    "download",
)

#: A line that is only a machine timestamp: markup data leaking into the text.
_DATA_LINE = re.compile(
    r"^\s*(?:\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)\s*$",
    _FLAGS,
)
#: A closing line about the author: "Jane Doe is a news writer who covers ...".
_AUTHOR_BIO = re.compile(
    r"^(?:[A-Z][\w.'\u2019-]*\s){1,3}(?:is|was)\s(?:an?|the)\s(?:[\w-]+\s){0,5}"
    r"(?:writer|editor|reporter|journalist|correspondent|columnist|contributor|author"
    r"|analyst|producer|critic|intern)\b.{0,600}$",
    re.UNICODE,
)
_TWEET_SUFFIX = re.compile(r"\s*click to tweet\s*$", _FLAGS)
#: A share button's network or action: a share row's, one a line or in a row.
_BUTTONS = (
    r"(?:facebook|x|twitter|whatsapp|telegram|linkedin|e-?mail|pinterest|reddit|tumblr|vk"
    r"|vkontakte|одноклассники|ok|line|viber|messenger|threads|bluesky|mastodon|flipboard"
    r"|pocket|weibo|wechat|qq|qzone|微信|微博|朋友圈|douban|豆瓣|kakaotalk|kakao|카카오톡"
    r"|카카오스토리|band|naver|はてな(?:ブックマーク)?|copy link|print)"
)
_SHARE_BUTTON = re.compile(rf"^{_BUTTONS}$", _FLAGS)
#: A share row on one line: its label, then two buttons or more ("Paylaş Facebook X").
_SHARE_ROW_LINE = re.compile(rf"^(?P<label>.{{0,30}}?)\s*{_BUTTONS}(?:\s+{_BUTTONS})+$", _FLAGS)
#: At least this many buttons make a share row (one network's name may end a story).
SHARE_ROW_BUTTONS = 2
#: The share row's label before its buttons ("Share", "Paylaş", "分享到"): a few words with
#: a word for sharing in it (a credit's name may stand right before the buttons too).
SHARE_LABEL_MAX_CHARS = 30
_SHARE_LABEL = re.compile(
    r"share|teilen|partag|compart|condivid|partilh|paylaş|bagikan|kongsi|udostępnij|sdílet"
    r"|zdieľa|deel|dela|del |jaa|megoszt|distribui|podijeli|подели|поділи|сподели|κοινοποί"
    r"|μοιρα|chia sẻ|แชร์|شارك|مشاركة|اشتراک|शेयर|साझा|শেয়ার|শেয়ার|分享|シェア|공유",
    _FLAGS,
)


#: A copyright notice on a line of its own ("© Agence France-Presse", "Copyright 2027 The
#: Associated Press"): boilerplate in the text, but a credit attribution may read beside it.
_NOTICE_LINE = re.compile(r"^(?:©|copyright\b|\(c\)\s).{0,200}$", _FLAGS)
#: How many lines after the kept text are looked at for a dropped notice.
CLOSING_NOTICE_LINES = 3


def closing_notices(before: str, after: str) -> tuple[str, ...]:
    """The copyright notices among the last lines of ``before`` that stripping dropped after
    the last line ``after`` kept (a pasted wire story's "© Agence France-Presse" closing a
    forum post, written in its block after a line break): lines beside the text now."""
    kept = {line.strip() for line in after.split("\n")}
    found: list[str] = []
    lines = [line.strip() for line in before.split("\n") if line.strip()]
    for line in reversed(lines[-CLOSING_NOTICE_LINES:]):
        if line in kept:
            break
        if _NOTICE_LINE.match(line):
            found.append(line)
    return tuple(reversed(found))


def strip_boilerplate(text: str, titles: tuple[str, ...] = ()) -> str:
    """``text`` without widget lines, promo lines, trailing link lists and a leading headline."""
    # "tweet" in any case, or no suffix to cut: the test costs a tenth of the pattern's scan
    lines = [
        _TWEET_SUFFIX.sub("", line) if "tweet" in line.lower() else line
        for line in text.split("\n")
    ]
    lines = _drop_leading_title(lines, titles)
    lines = _drop_repeated_runs(lines)
    kept: list[str] = []
    in_list = after_headline = False
    for line in lines:
        stripped = line.strip()
        if _DATA_LINE.match(stripped):
            continue
        if _LIST_HEADING.match(stripped):
            in_list, after_headline = True, False
            continue
        if in_list and (_is_link_like(stripped) or (after_headline and len(stripped) < 200)):
            # a teaser's one-sentence summary follows its headline in many link lists
            after_headline = not after_headline
            continue
        in_list = after_headline = False
        if not (_WIDGET_LINE.match(stripped) or _promo_line(stripped)):
            kept.append(line)
    kept = _drop_share_row(kept)
    if kept and _AUTHOR_BIO.match(kept[-1].strip()):
        kept.pop()
    return "\n".join(kept).strip()


def _promo_line(line: str) -> bool:
    """A one-line pointer to another story or a promotion.

    The worded forms try their words at every position of the line, in every form (~0.4 ms
    a page over the text's lines); a line holding none of their words cannot match them
    and skips them (issue 21).
    """
    if _PROMO_OPENING.match(line):
        return True
    return may_contain(line, _PROMO_WORDS) and _PROMO_WORDED.match(line) is not None


def _drop_share_row(lines: list[str]) -> list[str]:
    """Without a share row ending the text, its buttons on lines of their own and the label
    before them, in any language ("Paylaş" / "Facebook" / "X" / "WhatsApp"): it is page
    furniture, and no part of the credit line it follows."""
    last = lines[-1].strip() if lines else ""
    row = _SHARE_ROW_LINE.match(last)
    if row is not None and (not row.group("label") or _SHARE_LABEL.search(row.group("label"))):
        return lines[:-1]
    end = len(lines)
    while end and _SHARE_BUTTON.match(lines[end - 1].strip()):
        end -= 1
    if len(lines) - end < SHARE_ROW_BUTTONS:
        return lines
    label = lines[end - 1].strip() if end else ""
    if len(label) <= SHARE_LABEL_MAX_CHARS and _SHARE_LABEL.search(label):
        end -= 1
    return lines[:end]


def _drop_repeated_runs(lines: list[str]) -> list[str]:
    """Drop runs of lines that all came before: the page printed a block twice."""
    seen: set[str] = set()
    repeat = []
    for line in lines:
        key = tokens(line)
        repeat.append(key in seen and len(line.strip()) >= REPEAT_MIN_CHARS)
        seen.add(key)
    solid = [bool(line.strip()) for line in lines]
    keep, run = [True] * len(lines), []
    for i in [*range(len(lines)), len(lines)]:
        if i < len(lines) and (repeat[i] or not solid[i]):
            run.append(i)
            continue
        if sum(solid[j] for j in run) >= REPEATED_RUN:
            for j in run:
                keep[j] = False
        run = []
    return [line for line, k in zip(lines, keep, strict=True) if k]


def _is_link_like(line: str) -> bool:
    """A list item or a short line without sentence end: a headline in a link list."""
    if line.startswith(("- ", "• ", "* ")):
        return True
    parts = line.split(",")
    if len(parts) >= 3 and all(len(part.split()) <= 6 for part in parts):
        return not line.endswith(".")
    return len(line) < 120 and not line.endswith((".", "?", "!", ":", "\u3002"))


def _drop_leading_title(lines: list[str], titles: tuple[str, ...]) -> list[str]:
    """Drop the first lines while they repeat the headline: the title is a field of its own."""
    keys = {tokens(title) for title in titles if title} - {""}
    while lines and (tokens(lines[0]) in keys or not lines[0].strip()):
        lines = lines[1:]
    return lines
