"""Source lines that cite who gave the facts, not who first published the story (issue 14).

"Source: Jane Roe, spokesperson, Harbour Transport" closes a story with the person who
supplied it, named by role; "Bron: CBS" under a Dutch chart is Statistics Netherlands, not
the American broadcaster the publisher table knows by the same letters. Newsroom convention
credits a copied story to an outlet by its name, never by a spokesperson's role, and a
national statistics office is cited under a source label in its own country's language.

A credit quoted inside a sentence is the sentence's: "« Source : AFP », pouvait-on lire sous
la fausse capture d'écran" (a fact-check quoting a fake credit), "“Source: AP,” read the
caption"; the quote closes and the sentence goes on.

An embedded social post is a quote too: "— BBC News (World) (@BBCWorld) March 10, 2026"
signs the post (X's and Bluesky's embed), "A post shared by Reuters (@reuters)" Instagram's;
the account posted the quote, it did not publish the page.
"""

# ruff: noqa: RUF001  (dashes, full-width colons and curly quotes of credit lines are meant)

from __future__ import annotations

import re

from aggregator.attribution.conventions.regex_parts import FLAGS

#: "<label>: <name>, spokesperson[, <body>]": a person's role after the name.
_ROLE_AFTER_NAME = re.compile(
    r"^[(\[]?\s*(?:source|sources|quelle|fuente|fonte|bron|kilde|källa|lähde|źródło|πηγή)"
    r"\s*[:：\-–—|]\s*[^,;\n]{2,60}[,;]\s*(?:an?\s+|the\s+)?(?:chief\s+|senior\s+|deputy\s+|"
    r"press\s+)?(?:spokes(?:person|man|woman)|sprecher(?:in)?|portavoz|porta-voz|"
    r"portavoce|porte-parole|woordvoerder|talsperson|talsmand|rzecznik|director|manager|"
    r"officer|minister|mayor|chair(?:man|woman|person)?|president|secretary|head|"
    r"adviser|advisor|analyst|professor|economist|engineer|inspector|superintendent)\b",
    FLAGS,
)
#: A statistics office's acronym under its own language's source label: the Netherlands'
#: CBS under "Bron" (elsewhere "CBS" is the broadcaster).
_OFFICE_UNDER_LABEL = re.compile(
    r"^[(\[]?\s*bron\s*[:：\-–—|]\s*cbs\s*[)\]]?[.]?$",
    FLAGS,
)


def cites_informant(line: str) -> bool:
    """Whether a source line cites a person by role or a statistics office (no publisher)."""
    line = line.strip()
    return bool(_ROLE_AFTER_NAME.match(line) or _OFFICE_UNDER_LABEL.match(line))


#: An embed's signature: a dash, the account's name, its handle in brackets, then the date
#: ("— Reuters (@Reuters) March 10, 2026", "— AFP (@afp.com) 10 mars 2026 à 09:12").
_POST_SIGNATURE = re.compile(
    r"(?:^|\s)[—–-]{1,2}\s*[^\n—–()]{1,80}?(?:\s*\([^()\n]{1,40}\))?\s*\(@[\w.-]{1,60}\)"
    r"(?:\s+[^\n()]{0,60})?$",
    FLAGS,
)
#: Instagram's and Threads' embeds: "A post shared by …", "Un post condiviso da …".
_POST_SHARED = re.compile(
    r"^(?:a\s+post\s+shared\s+by|post\s+by|une\s+publication\s+partagée\s+par|"
    r"una\s+publicación\s+compartida\s+por|ein\s+beitrag\s+geteilt\s+von|"
    r"uma\s+publicação\s+compartilhada\s+por|un\s+post\s+condiviso\s+da)\s+"
    r"[^\n]{0,60}?\(?@[\w.-]{1,60}\)?[^\n]{0,60}$",
    FLAGS,
)


def embedded_post(line: str) -> bool:
    """Whether ``line`` signs an embedded social post (a quote, no credit of the page)."""
    if "@" not in line:
        return False
    line = line.strip()
    return bool(_POST_SIGNATURE.search(line) or _POST_SHARED.match(line))


#: Opening quotation marks a quoted credit starts with, and the closing ones.
_OPENING = '«“„"‚‘‹「『'
#: "« Source : AFP », pouvait-on lire …": the quote opening the line holds a credit's label
#: and its colon (or a tag in brackets), closes, then a sentence's words go on after it (two
#: at least, after a comma or a dash). A quoted name opening a sentence ("“The Gazette”
#: first ran it …") is no label: read as ever.
_QUOTE_THEN_SENTENCE = re.compile(
    r"^[«“„\"‚‘‹「『](?=[^»”“\"’›」』\n]{0,60}[:：(])[^«»“”„\"‹›「」『』\n]{2,120}"
    r"[»”“\"’›」』][\s,，;—–-]*[^\W\d_][\w'’-]*(?:\s+\S+)+"
)


def quoted_in_sentence(line: str) -> bool:
    """Whether ``line`` opens with a quoted credit its sentence goes on after: a quote, no
    credit of the page."""
    line = line.strip()
    return line[:1] in _OPENING and _QUOTE_THEN_SENTENCE.match(line) is not None
