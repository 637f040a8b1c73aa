"""The site's own identity: its domain and the names it gives itself, so that a credit naming
the site (its name, an edition's domain, a desk's byline, a shortened name) is never read as a
copy of another publisher's story."""

from __future__ import annotations

import functools
import re
import unicodedata

from anyascii import anyascii

from aggregator.attribution.conventions.company_forms import CJK_LEGAL_FORMS
from aggregator.attribution.names import cleaned
from aggregator.attribution.own_forms import initials, readings
from aggregator.attribution.publishers import PublisherTable, normalize
from aggregator.attribution.resolving.named import Named
from aggregator.urls import host_of, registrable


class OwnSite:
    """The site's own identity: its domain and the names it gives itself."""

    def __init__(self, table: PublisherTable, url: str, names: list[str]) -> None:
        self.table = table
        self.domain = registrable(host_of(url) or "")
        self.known_domain = table.by_domain(url) is not None
        own = [table.by_domain(url), *(table.by_name(n) for n in names)]
        self.names = {normalize(p.name) for p in own if p is not None}
        self.names |= {normalize(n) for n in names if n and "/" not in n}
        # "ไทยรัฐออนไลน์" names itself as a credit of it would be published: "ไทยรัฐ".
        self.names |= {normalize(cleaned(n)) for n in names if n and "/" not in n}
        self.names.discard("")
        self.words = [_words(n) for n in names if n and "/" not in n]
        self.written = [n for n in names if n and "/" not in n]
        # "(ONA)" on the Oman News Agency's own page: its name's initials.
        self.initials = {initials(n) for n in self.written} - {""}
        # "Live Science" on livescience.com: a name spelling the domain is the site's own.
        self.label = normalize(self.domain.split(".")[0])
        #: JSON-LD publishers the page does not name itself by (``_providers_name``): a credit
        #: line names them as the story's provider, a copyright notice as the site's owner.
        self.providers: set[str] = set()

    def provides(self, name: str | None) -> bool:
        """Whether ``name`` is a JSON-LD publisher the page does not name itself by: the
        story's provider for a credit line, the site's owner for a notice or its markup."""
        return bool(self.providers) and normalize(name or "") in self.providers

    def adopt(self, claimed: list[tuple[str, str]]) -> list[tuple[str, str]]:
        """Take the page's own names from its markup, except another known publisher's name on
        a domain the table does not give it (markup copied with a story must not hide its
        credit line); return those."""
        foreign = []
        site = next((normalize(n) for w, n in claimed if w == "meta og:site_name"), "")
        for where, name in claimed:
            if _providers_name(where, name, site, self.table):
                self.providers.add(normalize(name))
                continue
            publisher = self.table.by_name(name)
            # A wire's name in a newspaper's markup (sfgate.com's JSON-LD naming the AP) is
            # the copy's source, never the site: only a site the table lacks may share names.
            if (
                publisher is not None
                and (not self.known_domain or publisher.kind == "wire")
                and self.domain not in {registrable(d) for d in publisher.domains}
            ):
                foreign.append((where, name))
                continue
            if publisher is not None:
                self.names.add(normalize(publisher.name))
            if "/" not in name:
                self.names |= {normalize(name), normalize(cleaned(name))}
                self.words.append(_words(name))
                self.written.append(name)
        self.names.discard("")
        return foreign

    def _spells_words_of(self, name: str) -> bool:
        """Whether the site's domain label is two or more of ``name``'s words written
        together ("lagoonpost" in "Funafuti Lagoon Post")."""
        if len(self.label) < _MIN_RUN_LABEL:
            return False
        words = [normalize(w) for w in name.split()]
        for start in range(len(words)):
            joined = words[start]
            for word in words[start + 1 :]:
                joined += word
                if joined == self.label:
                    return True
                if len(joined) >= len(self.label):
                    break
        return False

    def _shortened(self, words: list[str], known: bool) -> bool:
        """ "Times staff writer …" on the Los Angeles Times: the site's name cut to its last
        words; "Los Angeles Times Staff Writer Published": its name, then words of a byline
        block (a name the table lacks only)."""
        for own in self.words:
            if 0 < len(words) < len(own) and own[-len(words) :] == words and len(own) > 1:
                return True
            if not known and len(own) > 1 and len(words) > len(own) and words[: len(own)] == own:
                return True
        return False

    def _edition_of(self, name: str) -> bool:
        """ "apnews.co.uk" for the AP of apnews.com: a table publisher's domain under another
        suffix is its regional or language edition (a name of four letters or more: "ap.fr"
        may be anyone's), and a wire's domain with a word after it is its service's."""
        publisher = self.table.by_name(name)
        if publisher is None:
            return False
        # Only a domain spelling the publisher's name: "news.cn" is Xinhua's, but "news" is
        # anyone's ("news24.com", "news.com.au").
        spelled = {normalize(n) for n in (publisher.name, *publisher.aliases)}
        labels = {normalize(registrable(d).split(".")[0]) for d in publisher.domains} & spelled
        if any(len(label) >= 4 and label == self.label for label in labels):
            return True
        # "efeverde.com", "ianshindi.com": a wire's desk or language service on a domain
        # that opens with the wire's own (a wire only: "cnnindonesia.com" is a franchise).
        return publisher.kind == "wire" and any(
            len(label) >= 3 and self.label.startswith(label) for label in labels
        )

    def _call_sign_desk(self, name: str) -> bool:
        """``name`` is a call sign in capitals ("TTV", "KTN", "NTV") and an outlet's word
        ("News", "Online"), the call sign the first word of the site's own longer name and
        the head of its domain."""
        found = _CALL_SIGN_DESK.match(name.strip())
        if found is None:
            return False
        sign = found.group("sign").casefold()
        if not self.label.startswith(sign):
            return False
        return any(len(own) > 1 and own[0] == sign for own in self.words)

    def _opens_own(self, words: list[str]) -> bool:
        head = "".join(words)
        if len(head) < 3 or not self.label.startswith(head):
            return False
        return any(len(own) > len(words) and own[: len(words)] == words for own in self.words)

    def own_desk(self, line: str) -> bool:
        """ "Times News Service" on the Times of Oman, "Express News Service" on The New Indian
        Express, "Courier staff": a desk's byline under one word of the site's own name (its
        head before "of", or its last word) is the site's own desk, whatever outlet that word
        alone may name."""
        found = _SHORT_DESK.match(line.strip())
        if found is None:
            return False
        word = found.group("word").casefold()
        for own in self.words:
            head = own[: own.index("of")] if "of" in own[1:] else own[:1]
            if len(own) > 1 and word in (own[-1], *head[-1:]):
                return True
        return False

    def before_own(self, name: str) -> str | None:
        """ "Country Press Network Downs Leader" on the Downs Leader: the words of ``name``
        before the site's own name run after them (two words or more of them), else None."""
        words = name.split()
        for own in self.written:
            size = len(own.split())
            if len(words) < size + 2 or len(normalize(own)) < 4:
                continue
            if normalize(" ".join(words[-size:])) == normalize(own):
                return " ".join(words[:-size]).rstrip(" ,·|-\u2013\u2014")
        return None

    def is_self(self, named: Named, reading: bool = False) -> bool:
        key = normalize(named.name or "")
        if key and key in (*self.names, self.label):
            return True
        if named.known and self._edition_of(named.name or ""):
            return True
        # "Harbour Ledger" on the site of "Harbour Ledger News" or "Harbour Ledger Media":
        # the site's name is the credit's with a word any outlet's name may carry.
        bare = _bare(named.name or "")
        if bare and bare in {_bare(n) for n in self.written}:
            return True
        # "(Nova)" on agenzianova.com, "(ANKA)" on ankahaber.net: an agency's domain is its
        # name with the word "agency" or "news" (a name the table lacks only).
        if not named.known and len(key) >= 3 and self.label in _agency_domains(key):
            return True
        if not named.known and (named.name or "") in self.initials:
            return True
        # "Agence malienne de presse" on amap.ml, "Agence de presse sénégalaise" on aps.sn: a
        # name the table lacks whose domain is its acronym
        if not named.known and acronym_of(named.name or "", self.label):
            return True
        # "(AWS)" on andeswireservice.com: a tag the domain spells out, word by word
        if not named.known and _spelled_out(named.name or "", self.label):
            return True
        # "MDR THÜRINGEN" on mdr.de: a name the table lacks that starts with the site's own.
        if key and not named.known and len(self.label) >= 3 and key.startswith(self.label):
            return True
        # "© Malai Murasu Digital" on malaimurasuapp.in: a name the table lacks that the
        # domain spells with an app's or a site's word after it (a native-script site name
        # beside a Latin copyright line matches nothing else).
        if not named.known and _spelled_with_site_word(bare, self.label):
            return True
        # "Funafuti Lagoon Post" on lagoonpost.tv: the domain spells a run of the name's words
        # (a name the table lacks only).
        if not named.known and self._spells_words_of(named.name or ""):
            return True
        # "NOTICIAS TROME" on trome.pe: a name the table lacks with the site's own word in it.
        if not named.known and len(self.label) >= 4 and self.label in _words(named.name or ""):
            return True
        if key and self._shortened(_words(named.name or ""), named.known):
            return True
        # "TTV News" on "TTV Solomons" (ttvsolomons.com): a station's call sign heading its
        # own name and its domain, with its newsroom's word after it (a name the table lacks)
        if not named.known and self._call_sign_desk(named.name or ""):
            return True
        # "(ANKA)" on ankahaber.net, "ANKA Haber Ajansi": an agency's short tag is the head of
        # its own name and of its domain (a name the table lacks only).
        if not named.known and self._opens_own(_words(named.name or "")):
            return True
        # "Czytaj więcej w „Wyborczej”" on Gazeta Wyborcza's site: its name under a case
        # ending (own_forms; a name the table lacks only, once: a reading is not read again).
        if (
            not named.known
            and not reading
            and any(
                self.is_self(Named(form, False), reading=True)
                for form in readings(named.name or "")
            )
        ):
            return True
        # "قشم‌نامه" on qeshmnameh.ir, "มติชน" on matichon.co.th: a name in a script other than
        # Latin that the domain spells in Latin letters (a name the table lacks only).
        if not named.known and _romanized_as(named.name or "", self.label):
            return True
        # "Star Online Report" on The Daily Star's site: its name, or its last words, and a
        # desk's byline words.
        desk = _DESK_TAIL.sub("", named.name or "")
        if desk and desk != named.name and self.is_self(Named(desk, named.known), reading):
            return True
        host = host_of(named.url or "") or (host_of(named.name or "") if named.name else None)
        if not host:
            return False
        domain = registrable(host)
        # "gofeminin.de" credited on the page of the site named "gofeminin": its own domain
        # (a page saved without its URL, an edition under another suffix).
        return domain == self.domain or normalize(domain.split(".")[0]) in self.names


#: Words an outlet's name may carry or drop on its own site: "Harbour Ledger News",
#: "Harbour Ledger Media", "Harbour Ledger Online".
#: A domain label spelling a run of a name's words is this long at least ("lagoonpost").
_MIN_RUN_LABEL = 6
_OUTLET_TAIL = re.compile(
    r"(?:\s+(?:news|online|media|group|digital|network|newsroom|web|\.com))+$"
    # the company written onto a Japanese or Chinese name: "函館みなと新聞社" on "函館みなと新聞"
    r"|(?<=[\u3040-\u30ff\u4e00-\u9fff])(?:社|株式会社)$",
    re.IGNORECASE,
)


#: A station's call sign in capitals, then its newsroom's word: "TTV News", "KTN Online".
_CALL_SIGN_DESK = re.compile(
    r"^(?:by\s+)?(?P<sign>[A-Z][A-Z0-9]{1,4})(?:\s+(?i:news|newsroom|online|digital|web))+$"
)


#: A desk's byline under one word: "Times News Service", "By Express News Service", "Courier
#: staff", "Star Bureau".
_SHORT_DESK = re.compile(
    r"^(?:by\s+)?(?:the\s+)?(?P<word>[^\W\d_][\w'-]+)\s+(?:news\s+service|news\s+desk|"
    r"staff(?:\s+(?:writer|reporter|correspondent)s?)?|desk|bureau|correspondent|online\s+report)"
    r"[.]?$",
    re.IGNORECASE,
)

#: A desk's byline after an outlet's name: "Online Report", "Web Desk", "Staff Correspondent".
_DESK_TAIL = re.compile(
    r"(?:\s+(?:online|web|digital|news|city|metro|staff|special|sports?|business))*"
    r"\s+(?:report|reports|reporter|desk|staff|correspondent|bureau)$",
    re.IGNORECASE,
)


#: The word "agency" or "news" that an agency's domain puts before or after its name.
_AGENCY_WORDS = (
    *("agenzia", "agencia", "agence", "agencja", "agentia", "ajansi", "agency", "news"),
    *("haber", "press", "tv"),
)


#: Words a site's domain puts after its name: "malaimurasuapp.in", "harbourledgernews.com".
_SITE_WORDS = frozenset(
    {"app", "apps", "news", "online", "tv", "live", "media", "digital", "web", "daily"}
    | {"today", "now", "hq", "24", "247", "net", "info", "portal", "plus"}
)


def _spelled_with_site_word(bare: str, label: str) -> bool:
    """The domain's label is the name (five letters or more) and one site word."""
    return len(bare) >= 5 and label.startswith(bare) and label[len(bare) :] in _SITE_WORDS


#: A romanized name and a domain label agree on this many consonants at least, and on this
#: share of the shorter one's: romanizations differ in their vowels ("qshmnmh" for
#: "qeshmnameh") and in the ends of words ("divy himacl" for "divyahimachal").
_MIN_SKELETON = 5
_MIN_SKELETON_SHARE = 0.75
_VOWELS = re.compile(r"[aeiouy]")


def _romanized_as(name: str, label: str) -> bool:
    """Whether ``name``, written in a script other than Latin, romanizes to the domain's
    ``label`` (their consonants agree from the start: ``_MIN_SKELETON``)."""
    if name.isascii() or not label.isascii() or not any(c.isalpha() for c in name):
        return False
    if unicodedata.name(next(c for c in name if c.isalpha()), "").startswith("LATIN"):
        return False  # "Báo Lâm Đồng" is compared as written
    if _HAN.fullmatch(name.strip()):
        return _han_spelled(name.strip(), label)
    ours, theirs = _skeleton(anyascii(name)), _skeleton(label)
    shorter = min(len(ours), len(theirs))
    same = next((i for i, (a, b) in enumerate(zip(ours, theirs, strict=False)) if a != b), shorter)
    return same >= _MIN_SKELETON and same >= _MIN_SKELETON_SHARE * shorter


#: A name in Han characters alone: one syllable a character, romanized exactly (pinyin).
_HAN = re.compile(r"[\u4e00-\u9fff]{2,12}")


def _han_spelled(name: str, label: str) -> bool:
    """Whether the domain's ``label`` spells the Han ``name`` syllable by syllable: all of it
    ("rmrb" aside, "renminribao" for "人民日报"), or a run of three syllables or more that is
    most of the label. A place shared at the head ("冰城晚讯" on bingchengkuaidi.cn: two of
    four syllables) is another outlet of that place."""
    at = spelled = 0
    for char in name:
        syllable = anyascii(char).casefold()
        if not syllable or not label.startswith(syllable, at):
            break
        at += len(syllable)
        spelled += 1
    return spelled == len(name) or (spelled >= 3 and at >= _MIN_SKELETON_SHARE * len(label))


def _skeleton(text: str) -> str:
    return _VOWELS.sub("", "".join(c for c in text.casefold() if c.isalpha()))


def _agency_domains(key: str) -> set[str]:
    return {w + key for w in _AGENCY_WORDS} | {key + w for w in _AGENCY_WORDS}


#: A station's frequency after its name: "Northern Lights 98.3", "Hot 97 FM", "Kiss FM".
_FREQUENCY = re.compile(
    r"\s+(?:\d{2,3}[.,]\d(?:\s*(?:fm|am))?|\d{2,4}\s*(?:fm|am)|fm|am)$", re.IGNORECASE
)


#: Words an acronym skips: articles, prepositions and conjunctions.
_SMALL_WORDS = frozenset(
    """
    de du des d la le les l of the and et y e i del della di da do dos das van von der
    """.split()  # noqa: SIM905  (a word list reads better as words)
)


def acronym_of(name: str, label: str) -> bool:
    """Whether the domain's ``label`` (three to six letters) is an acronym of ``name``'s three
    or more words: one or two letters of each word but the small ones, in order ("amap":
    "Agence" "malienne" "presse")."""
    if not 3 <= len(label) <= 6 or not label.isalpha():
        return False
    # anyascii turns a typographic apostrophe into a plain one
    words = [w for w in re.split(r"[\s'-]+", anyascii(name).casefold()) if w]
    words = [w for w in words if w not in _SMALL_WORDS and w.isalpha()]
    if len(words) < 3:
        return False

    def spells(at: int, index: int) -> bool:
        if index == len(words):
            return at == len(label)
        word = words[index]
        return any(
            label.startswith(word[:size], at) and spells(at + size, index + 1)
            for size in (1, 2)
            if size <= len(word)
        )

    return spells(0, 0)


#: A word of a domain spelled out from a tag's letter has this many letters at least.
_MIN_SPELLED_WORD = 4


def _spelled_out(tag: str, label: str) -> bool:
    """Whether the domain ``label`` is three or more words, each at least four letters, that
    start with the capitals of ``tag`` in order ("AWS": "andes" "wire" "service")."""
    if not (3 <= len(tag) <= 6 and tag.isascii() and tag.isalpha() and tag.isupper()):
        return False
    letters = tag.casefold()

    @functools.cache
    def fits(at: int, index: int) -> bool:
        if index == len(letters):
            return at == len(label)
        if at >= len(label) or label[at] != letters[index]:
            return False
        return any(fits(end, index + 1) for end in range(at + _MIN_SPELLED_WORD, len(label) + 1))

    return fits(0, 0)


def _bare(name: str) -> str:
    """The name without the words an outlet's name may carry or drop on its own site, and
    a station's frequency ("Northern Lights News" is the desk of "Northern Lights 98.3")."""
    return normalize(_FREQUENCY.sub("", _OUTLET_TAIL.sub("", name.strip())))


def _words(name: str) -> list[str]:
    words = re.findall(r"\w+", name.casefold())
    return words[1:] if words[:1] == ["the"] else words


#: A company's legal form in Japanese, Korean or Chinese: no part of the name compared.
_COMPANY_MARKS = re.compile(CJK_LEGAL_FORMS)


def _providers_name(where: str, name: str, site: str, table: PublisherTable) -> bool:
    """A JSON-LD publisher the table lacks that is not the name the page gives itself by
    og:site_name, nor a name holding it or held in it ("BrightNews Local" beside
    "BrightNews", "株式会社川辺新聞社" beside "川辺新聞"): a news app's or a proxy's page names the
    story's provider there ("Radar Bogor" on BrightNews), so a credit line naming it
    ("Sumber: Radar Bogor") still credits it."""
    if not site or where != "json-ld publisher" or "/" in name or table.by_name(name):
        return False
    key = normalize(cleaned(_COMPANY_MARKS.sub("", name)))
    return bool(key) and site not in key and key not in site
