"""Turning the phrase a credit or a markup property gives into a publisher's canonical name."""

# ruff: noqa: RUF001, RUF003  (dashes, quotes, full-width colons, letters of other scripts)

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from aggregator.attribution.cached_copies import original_of
from aggregator.attribution.conventions.broadcaster_services import (
    PUBLIC_BROADCASTERS,
    broadcaster_before_service,
)
from aggregator.attribution.conventions.homonym_towns import other_paper
from aggregator.attribution.conventions.inflected import german_feminine, german_nominatives, stems
from aggregator.attribution.conventions.language_credits import without_agency_word
from aggregator.attribution.conventions.local_editions import before_town, local_edition
from aggregator.attribution.conventions.name_tags import without_own_tag
from aggregator.attribution.conventions.name_words import joined_outlet_words, without_date
from aggregator.attribution.conventions.outlet_forms import (
    before_region,
    before_subregion,
    without_form,
)
from aggregator.attribution.conventions.provider_lines import ORIGINALLY_FROM
from aggregator.attribution.conventions.repost_credits import OWN_OUTLET
from aggregator.attribution.conventions.role_words import (
    ARTICLES,
    before_role_title,
    without_role,
)
from aggregator.attribution.name_shapes import (
    a_desk,
    a_document,
    domain_as_written,
    lowercase_brand_like,
    without_desk,
    without_edition,
    without_link_label,
)
from aggregator.attribution.names import (
    QUOTED_NAME,
    Trust,
    a_language,
    a_medium,
    a_picture_agency,
    agency_tag,
    cleaned,
    without_kind,
)
from aggregator.attribution.not_credits.citations import (
    cited_not_copied,
    government_host,
    titled_person,
)
from aggregator.attribution.not_credits.generic_names import GENERIC
from aggregator.attribution.not_credits.intermediaries import platform
from aggregator.attribution.not_credits.own_initials import initials_not_tag
from aggregator.attribution.not_credits.own_markers import own_marker
from aggregator.attribution.not_credits.places import a_place
from aggregator.attribution.not_credits.section_labels import a_section_label, only_labels
from aggregator.attribution.publishers import Publisher, PublisherTable, at_end, normalize
from aggregator.attribution.unknown_names import (
    CONNECTORS,
    NOT_NAMES,
    a_section,
    brand_word,
    byline_given_name,
    leading_name,
    lowercase_brand,
    named_with_lower_case,
    person_words,
    short_name,
    vietnamese_sentence_case,
)
from aggregator.extract.outletnames import outlet_like
from aggregator.extract.personnames import COMMON_GIVEN_NAMES
from aggregator.urls import host_of, registrable

# A bare domain's first label has two letters at least: "S.Paulo" is a name.
# A bare domain ends in a country code or a common generic suffix: "taz.die tageszeitung"
# is a name.
_URL = re.compile(
    r"(?:https?://|www\.)[^\s)\]>\"']+|\b(?:[a-z0-9-]{2,}\.)+(?:[a-z]{2}|com|org|net|info|"
    r"biz|news|media|online|press|blog|site|live|today|world|global|edu|gov|int|asia|africa|"
    r"xyz|app|club|press|digital|network|tv|fm|am|cat|eus|gal|scot|wales|cymru|bzh|quebec)\b"
    r"(?![.-]\w)"
    r"(?:/[^\s)\]>\"']*)?",
    re.I,
)
#: "Marlow Sentinel (UK)", "(link)", "(@scrollahead_news)": a country code, a link's word or
#: the outlet's social handle after the name.
_AFTER_NAME = re.compile(r"\s*\((?:link|here|online|web|website|[A-Z]{2,3}|@\w+)\)?$|\s+@\w+$")
#: A name of two words or more and a last word that may be its tag, in brackets or not.
_OWN_TAG = re.compile(
    r"^(?P<name>\S+(?:\s+\S+)+?)(?:\s*[(\[]\s*|\s+)(?P<tag>[^\s()\[\]]+)\s*[)\]]?$"
)
_PIECES = re.compile(
    # "STT-AFP" written with an unspaced en dash: a Nordic agency's story on another wire's copy
    r"(?<=[A-ZÄÖÅ])–(?=[A-Z])|"
    # "来源：人民网－人民日报": a Chinese site and its paper, joined by a dash, are two names
    r"(?<=[\u4e00-\u9fff])\s*[－—–-]\s*(?=[\u4e00-\u9fff])|"
    r"\s*(?:[,;&+|·•]|/(?!\d)|\band\b|\bund\b|\bet\b|\by\b|\bvia\b|\s[-–—]\s|\sو\s|"
    r"\sاور\s|\sऔर\s|\bwith\b)\s*",
    re.I,
)
_RELEASE = re.compile(
    r"\b(?:press|news|media)\s+release|pressemitteilung|pressemeldung|communiqué|"
    r"comunicado|nota\s+de\s+prensa|nota\s+à\s+imprensa",
    re.I,
)
_SIGNOFF_AFTER = re.compile(r"\s*[(\[][^()\[\]]*\bby\b[^()\[\]]*[)\]]?\s*$", re.I)
_KIND = re.compile(
    r"^(?:وكالة\s+أنباء|وكالة\s+الأنباء|وكالة|صحيفة|جريدة|موقع|agencia|agence|agência|"
    r"agentur|nachrichtenagentur|news\s+agency|the\s+news\s+agency)\s+",
    re.I,
)
_JOINED_AND = re.compile(r"\s+و(?=\S)")
#: A second label ends the name: "Source: Xinhua Editor: Li Wei"; a Chinese CMS's info bar
#: runs its fields on one line ("来源：东江晚报 作者：李明 发布时间：2026-03-10").
_NEXT_LABEL = re.compile(
    r"\s+\|?\s*(?:editor|editors|edited by|editing|translated by|"
    r"translator|photo|photos|image|reporter|writer|作者|编辑|編輯|责任编辑|責任編輯|责编|"
    r"记者|記者|摄影|攝影|发布时间|發布時間|发布日期|时间|時間|日期|浏览|瀏覽|点击|點擊|"
    r"阅读|閱讀|字号|字號)\s*[:|：]\s*.*$",
    re.I,
)
#: "Provided by CNBC Story by Kwame Delacroix": a portal's provider box, then its byline.
_BYLINE_AFTER = re.compile(r"\s+(?:story|article|written|reported)\s+by\s+.*$", re.I)
#: "Grist, a nonprofit, independent media organization …": a description of the outlet after
#: its name (its words name no other outlet).
_APPOSITIVE = re.compile(r",\s+(?:a|an)\s+(?=[a-z]).*$")
#: What separates names, except the ampersand inside "Harrow & Finch".
_SEPARATE = re.compile(r"\s*(?:[,;|·•]|/(?!\d)|\s[-–—]\s|\bvia\b|\bwith\b)\s*", re.I)
#: "© The Financial Times Limited 2026. All rights reserved.": years, rights, company forms.
_TRAILER = re.compile(
    r"(?:\s*(?:\d{4}|all rights reserved|ltd|limited|plc|inc|llc|gmbh)\.?)+\s*$", re.I
)
_COMPANY = re.compile(r"\s+(?:company|co|corporation|corp|group|media\s+group)\.?$", re.I)
#: After a table name, a capitalised word that is no date nor role carries the name on; so
#: does a name's small word before one: "Corriere di Bologna", "Corriere dell'Umbria", "Bild
#: am Sonntag", "Times of Malta", "El País de Cali" are other papers than the table's
#: Corriere della Sera, Bild, The Times, El País (a date after "on" or "in" is none).
_NAME_GOES_ON = re.compile(
    r"^\s+(?:(?:of|di|dell['’]|della|dello|delle|degli|del|de|du|des|da|do|dos|das|am|im|"
    r"van|von|für|y)\s*)?"
    r"(?!(?:on|in|at|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|"
    r"sat|sun)\w*\b)[A-ZÀ-Þ][\w'’-]+"
)
#: A byline's outlet run into its writer's role and its date: "Tidewise Weekly Staff Writer
#: Published 2026-03-10" names Tidewise Weekly ("The Hollywood Reporter" keeps its word).
_ROLE_TAIL = re.compile(
    r"(?<![,\s])(?:\s+staff\s+(?:writer|reporter|correspondent|photographer)s?\b|"
    r"\s+(?:published|updated|posted)\b(?=.*\d)).*$",
    re.I,
)
#: "the website of", "موقع": a name follows.
_WEBSITE = re.compile(
    r"^(?:(?:the\s+)?(?:website|site|portal|web)\s+(?:of\s+)?|"
    r"(?:le\s+)?site\s+(?:web\s+|internet\s+)?(?:de\s+la\s+|de\s+|du\s+|des\s+|d')?|"
    r"el\s+sitio\s+(?:de\s+)?|موقع\s+|ویب\s*سائٹ\s+|वेबसाइट\s+)",
    re.I,
)
#: What follows a wire's name in its staff's bylines: "AP National Political Writer".
_ROLE = re.compile(
    r"^\s*(?:(?:chief|senior|national|international|foreign|political|business|economics|"
    r"sports|medical|science|technology|legal|special|staff|diplomatic|white house)\s+)*"
    r"(?:writer|correspondent|reporter|editor|staff|journalist)s?\s*$",
    re.I,
)
#: A clause going on after the outlet's name: the sentence reports on another publication
#: ("... first published by the Valley Courier in 2019 and caused an outcry"), it does not
#: credit this page ("... and is republished here with permission" still does).
_REPORTING_TAIL = re.compile(
    r"(?:,\s*|\s)(?:and|but|after|before|because|when|while|until|prompting|"
    r"causing|sparking|triggering|leading|drawing)\s+(?!(?:it\s+)?(?:is|was|has\s+been|"
    r"appears|appeared|are|were)\b)(?=[a-z])",
)
#: A hat tip's lead ("h/t"), which the table would read as an outlet's initials ("HT").
_HAT_TIP = re.compile(r"h\s*/\s*t|h\.\s*t\.?", re.I)
#: A byline's date part: "Updated: March 3", "2024 10:00 IST".
_DATEISH = re.compile(r"\d|^(?:updated|published|posted|last updated)\b", re.I)
#: A sign-off after the agencies ("dpa/AFP/lko"): an editor's initials.
_INITIALS = re.compile(r"^[a-zäöü]{1,4}$")


@dataclass(frozen=True)
class Named:
    """Who a phrase names: a canonical name (None for "agencies"), whether the table knows
    it, and a URL when the phrase carried one."""

    name: str | None
    known: bool
    url: str | None = None


#: How many phrases a resolver remembers before it starts again (a few MB at most).
MAX_REMEMBERED = 20_000


@dataclass(frozen=True)
class _Titled:
    """What a writer's title names: a table outlet, or no one (``named`` None)."""

    named: Named | None


class Resolver:
    """Reads publisher names out of credit phrases with the publisher table."""

    def _named_beside(self, who: str, url: re.Match[str], trust: Trust) -> Named | None:
        """The name the phrase gives besides its URL, carrying the URL."""
        rest = (who[: url.start()] + who[url.end() :]).strip(" .:;,()[]-–—")
        if not rest:
            return None
        named = self.resolve(rest, trust)
        if named is None or named.name is None:
            return None
        return Named(named.name, named.known, url.group(0))

    def __init__(self, table: PublisherTable) -> None:
        self.table = table
        # One page asks about the same phrase many times (each pattern, then the decision),
        # and a site's pages repeat their bylines and boxes (resolver_for keeps one a table).
        self._resolved: dict[tuple[str, Trust], Named | None] = {}

    def is_wire(self, name: str) -> bool:
        """Whether ``name`` is exactly a wire service's name in the table ("DPA")."""
        publisher = self.table.by_name(name) if 0 < len(name) <= 40 else None
        return publisher is not None and publisher.kind == "wire"

    def names_one(self, who: str) -> bool:
        """Whether ``who`` names a table publisher ("JANE DOE Associated Press" does)."""
        found = self.resolve(who, Trust.KNOWN)
        return found is not None and found.name is not None

    def accept(self, who: str, trust: Trust) -> bool:
        return self.resolve(who, trust) is not None

    def _name_and_tag(self, who: str) -> Named | None:
        """A table publisher's name followed by its own tag, in brackets or with them lost
        ("Agencia X (AX)"): the publisher, when the name and the tag both name it."""
        found = _OWN_TAG.match(who)
        if found is None:
            return None
        publisher = self.table.by_name(found.group("name"))
        if publisher is None or self.table.by_name(found.group("tag")) is not publisher:
            return None
        return Named(publisher.name, True)

    def resolve(self, who: str, trust: Trust) -> Named | None:
        """The publisher ``who`` names. The table gives known names their canonical spelling;
        ``trust`` says how sure the wording is that a name the table lacks is a publisher."""
        key = (who, trust)
        if key not in self._resolved:
            if len(self._resolved) >= MAX_REMEMBERED:
                self._resolved.clear()  # a long crawl's memory stays bounded
            self._resolved[key] = self._resolve(who, trust)
        return self._resolved[key]

    def _resolve(self, who: str, trust: Trust) -> Named | None:
        # "Repórter da Agência Brasil", "Correspondent for the X": the role is no part of it
        who = without_role(without_kind(who.strip()))
        quoted = QUOTED_NAME.match(who.strip(" .:;,()[]"))
        if quoted is not None:
            return self._quoted(quoted.group(1), trust)
        who = without_link_label(who)  # "Politico (opens in new tab)"
        who = _WEBSITE.sub("", _NEXT_LABEL.sub("", who.strip(" .:;,()[]«»\"'")))
        if who[:3].casefold() in ("my ", "our"):  # "my Substack, The Retrofit Ledger"
            who = OWN_OUTLET.sub("", who, count=1)
        if a_medium(who) or a_picture_agency(who) or a_language(who) or a_document(who):
            return None  # "Source: Internet", "first published in print on March 4"
        if own_marker(who):
            return None  # "来源：本站原创", "Quelle: Eigenbericht": the site's own story
        if (original := self._originally(who, trust)) is not None:
            return original  # "Via Yahoo News, originally from Kestrel Bay Times"
        # "Reuters (Reporting by Jane Doe; Editing by Tom Poe)": the sign-off names people.
        who = _AFTER_NAME.sub("", _SIGNOFF_AFTER.sub("", _ROLE_TAIL.sub("", who)))
        # "Illawarra Mercury (4 March 2026)": the date the credit adds is no part of the name.
        who = without_date(_APPOSITIVE.sub("", _BYLINE_AFTER.sub("", who)))
        if not who or (trust == Trust.STRONG and _REPORTING_TAIL.search(who)):
            return None
        if (tagged := self._name_and_tag(who)) is not None:
            return tagged  # "وكالة الأنباء العراقية (واع)", "Deutsche Presse-Agentur (dpa)"
        if (untagged := without_own_tag(who)) != who:
            return self.resolve(untagged, trust)  # "Malawi News Agency (MANA)"
        if (other := other_paper(who, self.table)) is not None:
            return Named(other, False)  # "The Guardian, Charlottetown": another paper
        if _HAT_TIP.fullmatch(who):
            return None  # "h/t @janeroe" with its handle cut: a hat tip's lead, not "HT"
        url = _URL.search(who)
        # A weak credit must be the URL alone: "mg.co.za said ..." names no original.
        if url is not None and (trust >= Trust.NAMED or url.group(0).strip(" .") == who):
            named = self._from_url(url.group(0), trust > Trust.KNOWN)
            # "Source: https://www.gov.uk/government/statistics/…": a government's figures
            host = host_of(url.group(0)) or url.group(0)
            if named and not named.known and trust <= Trust.NAMED and government_host(host):
                return None
            if named is not None and not named.known:
                # "Originally published by The Gulf Ledger: <link>": an unknown domain, but
                # the phrase names the publisher too; the name beats a bare host name.
                by_name = self._named_beside(who, url, trust)
                named = by_name or named
            if named is not None:
                return named
        if normalize(who) in GENERIC or a_desk(who):
            return Named(None, False)  # "Source: Web Desk", "Source: Sports Desk"
        if (titled := self._title_of(who)) is not None:
            return titled.named  # "Local Journalism Initiative Reporter": no outlet
        # "Express Web Desk": a desk the table lists as its outlet's own byline
        bare = without_desk(who)  # "The Washington Post Editorial Board"
        desk_byline = self.table.by_name(who) if bare != who else None
        who = bare
        # "The Post and Courier": two outlet words joined are one name, not two credits.
        parts = [who] if joined_outlet_words(who) else _PIECES.split(who)
        spell = self.table.spellings
        pieces = [_TRAILER.sub("", p).strip(" .:()") for p in parts]
        # "Haverleigh Herald & Post — News": after a name, its site's section label is none.
        labelled = trust >= Trust.NAMED
        pieces = [
            p for n, p in enumerate(pieces) if p and not (n and a_section_label(p, spell, labelled))
        ]
        if only_labels(pieces, spell, labelled):
            return None  # "News 2026-03-04", "National | 4 March 2026": a section's label
        if len(pieces) > 1 and not all(map(platform, pieces)):
            # "Source: Google News / Tidewater Daily": the aggregator never published it
            pieces = [p for p in pieces if not platform(p)]
        whole = (
            desk_byline
            or self.table.by_name(_TRAILER.sub("", who))
            or self.table.by_name(_KIND.sub("", who))
            or self._without_agency_word(who)
            # "© 2026 The New York Times Company": the company of a table outlet is that outlet
            or self.table.by_name(_COMPANY.sub("", _TRAILER.sub("", who)))
            # "NHK NEWS WEB", "g1 SP": a table outlet's web or state edition is that outlet
            or (self._edition_of(bare) if (bare := without_edition(who)) != who else None)
            or self._form_of(who)
            # "NHK鹿児島 NEWS WEB": a local station's web edition
            or (self._form_of(bare) if bare != who else None)
        )
        if whole is None and " " not in who:
            # "По сообщению Интерфакса": a table name in the genitive of a Slavic credit.
            whole = next(filter(None, map(self.table.by_name, stems(who))), None)
        elif whole is None:
            # "erschien zuerst in der Frankfurter Allgemeinen Zeitung": a table name declined.
            whole = next(filter(None, map(self.table.by_name, german_nominatives(who))), None)
        if whole is not None:
            return Named(whole.name, True)
        strong = trust == Trust.STRONG
        # "رويترز وفرانس برس": Arabic's "and" is written onto the next word; split there only
        # to find table names ("ندائے وقت" is one name).
        found = self._known([q for p in pieces for q in _JOINED_AND.split(p) if q], strong)
        if found is not None and (trust >= Trust.NAMED or self._only_names(pieces)):
            return found
        # "dpa/AFP/lko": an editor's initials; after a credit's sure wording ("מקור: ynet") a
        # lower-case word of four letters is a brand, unless it is a pronoun ("courtesy of
        # them"); shorter ones ("courtesy of us") stay initials.
        if pieces and all(
            normalize(p) in GENERIC or (_INITIALS.match(p) and not brand_word(p, trust))
            for p in pieces
        ):
            return Named(None, False) if any(normalize(p) in GENERIC for p in pieces) else None
        if not pieces:
            return None
        # "JANE DOE Associated Press": a person's two to four words, then a wire's name
        # ("The Irish Times" is no person's byline for The Times).
        # "JANE DOE and TOM HALE Associated Press": two or three reporters, the wire after the last.
        people = len(pieces) == 1 or (len(pieces) <= 3 and all(map(person_words, pieces[:-1])))
        tail = at_end(self.table, pieces[-1]) if people else None
        if tail is not None and byline_given_name(tail[1]):
            return None  # "Von Tobias Reuter", "Par Marie Reuter": a writer's family name
        # "Anna Laura Reuter": words ending in a given name leave the last for a family name.
        if (
            tail is not None
            and tail[0].kind == "wire"
            and person_words(tail[1])
            and tail[1].split()[-1].casefold() not in COMMON_GIVEN_NAMES
        ):
            return Named(tail[0].name, True)
        # "Harrow & Finch Media": in a name the table lacks, an ampersand joins one name.
        first = _TRAILER.sub("", _SEPARATE.split(who)[0]) if "&" in who else pieces[0]
        first = german_feminine(first)  # "in der Wendländer Allgemeinen Zeitung"
        if a_section(leading_name(first) or first, who):
            return None  # "the Finance & economics section of the print edition"
        return self._unknown(first.strip(" .:()"), trust, _RELEASE.search(who) is not None)

    def _originally(self, who: str, trust: Trust) -> Named | None:
        """The original a platform's or an outlet's credit names after it: "Yahoo News,
        originally from Kestrel Bay Times" (provider_lines.ORIGINALLY_FROM)."""
        match = ORIGINALLY_FROM.search(who) if "originally" in who or "first" in who else None
        if match is None:
            return None
        before = who[: match.start()].strip()
        if not platform(before) and not self.names_one(before):
            return None  # "Jane Doe, originally from Lisbon": a person's home town
        found = self.resolve(match.group("who"), trust)
        return found if found is not None and found.name else None

    def _title_of(self, who: str) -> _Titled | None:
        """A writer's title ending in a role, or None when ``who`` is no such title. A title
        names a programme or a desk, nobody's copy ("Jane Doe, Local Journalism Initiative
        Reporter"); only a table outlet's ("AP National Political Writer") names it. An
        outlet's desk ("Harbour Gazette Editors", "… Staff Writers") is read as a desk."""
        single = len(_PIECES.split(who)) == 1 and without_desk(who) == who
        rest = before_role_title(who) if single else None
        if rest is None or self.table.by_name(who) is not None:
            return None
        words = rest.split()
        heads = (" ".join(words[:cut]) for cut in range(len(words), 0, -1))
        known = next(filter(None, map(self.table.by_name, heads)), None)
        return _Titled(Named(known.name, True) if known is not None else None)

    def _edition_of(self, name: str) -> Publisher | None:
        """The table outlet whose web or state edition names it by ``name`` ("BBC" in "BBC
        News Online"), unless ``name`` is only the outlet's name without its article:
        "Standard" alone is "Der Standard", but "Standard Digital" is another paper's whole
        name (the paper is never written so without its article)."""
        found = self.table.by_name(name)
        if found is None or normalize(name) == normalize(found.name):
            return found
        article, _, rest = found.name.partition(" ")
        cut = rest and article.casefold() in ARTICLES and normalize(rest) == normalize(name)
        return None if cut else found

    def _form_of(self, name: str) -> Publisher | None:
        """The table outlet whose edition, app or language site ``name`` is ("The Hindu
        e-Paper, Chennai edition"), or the wire whose regional desk it is ("Reuters Africa")."""
        if (bare := without_form(name)) != name and (outlet := self.table.by_name(bare)):
            return outlet
        edition = before_subregion(name)  # "Antaranews Sumbar": a regional edition
        if edition is not None and (outlet := self.table.by_name(edition)) is not None:
            return outlet
        wire = self.table.by_name(desk) if (desk := before_region(name)) else None
        if wire is not None and wire.kind == "wire":
            return wire
        # "la Repubblica Bari", "g1 Pará": an outlet's local edition by its town or region
        if (town_edition := before_town(name)) is not None:
            written, town = town_edition
            outlet = self.table.by_name(written)
            if outlet is not None and local_edition(name, written, outlet, town):
                return outlet
        # "BBC News Indonesia", "CBC Manitoba": a public broadcaster's own service
        own = self.table.by_name(base) if (base := broadcaster_before_service(name)) else None
        return own if own is not None and own.name in PUBLIC_BROADCASTERS else None

    def _without_agency_word(self, name: str) -> Publisher | None:
        """The table's publisher ``name`` spells behind an agency's word in another language
        ("агентства Рейтер"), looked up only when there is such a word."""
        bare = without_agency_word(name)
        return self.table.by_name(bare) if bare != name.strip() else None

    def _unknown(self, piece: str, trust: Trust, release: bool = False) -> Named | None:
        """A name the table lacks, when the credit's wording vouches for it."""
        if trust == Trust.KNOWN:
            return None
        raw = leading_name(piece)
        if raw is None and trust == Trust.STRONG and piece[:1].islower():
            raw = lowercase_brand(piece)
        elif raw is None and trust >= Trust.OUTLET and piece[:1].islower():
            # "Source: lokalblick", "Via inkwire daily": after a credit's word, a brand in
            # lower case when its words say it is a paper's (name_shapes.lowercase_brand_like).
            brand = lowercase_brand(piece)
            if brand and lowercase_brand_like(brand):
                return None if cited_not_copied(brand) else Named(brand, False)
        if trust >= Trust.NAMED and (vietnamese := vietnamese_sentence_case(piece)):
            raw = vietnamese
        if not raw or a_section(raw, piece):
            return None
        if titled_person(piece):
            return None  # "Reproduced with permission from Dr. Jane Roe": a person
        name = cleaned(raw)
        if a_place(name) and not agency_tag(name):
            # "This article was first published in Kenya": a place, no outlet ("NAN", an
            # agency's tag, is no Thai province)
            return None
        # "Source: Ministry of Health" cites data; "Provided by European Space Agency" or a
        # byline "by European Space Agency" (phys.org) republishes the agency's own release.
        # "Quelle: TU Darmstadt, Pressemitteilung": a press release republished is credited.
        cited = cited_not_copied(name) or cited_not_copied(cleaned(piece))
        if trust == Trust.NAMED and cited and not release:
            return None
        whole = normalize(name) == normalize(cleaned(piece))
        if trust == Trust.STRONG or (trust == Trust.NAMED and whole):
            return Named(name, False)
        # "Source: Le Monde diplomatique", "Fuente: Diario de noticias": a name with lower-case
        # words in it, when two capitalised words or an outlet's word say it is a name
        # ("Source: Company filings", "Own research" are not).
        if trust == Trust.NAMED and named_with_lower_case(cleaned(piece)):
            return Named(cleaned(piece), False)
        if whole and (outlet_like(raw) or (trust == Trust.TAG and agency_tag(name))):
            return Named(name, False)
        return None

    def _quoted(self, name: str, trust: Trust) -> Named | None:
        """A name in quotation marks ("dziennik „Gazeta Portowa”"): the marks say where it
        starts and ends, so its lower-case words are part of it ("«Морской вестник»")."""
        known = self.table.by_name(name)
        if known is None and " " not in name:
            # «Интерфакса», «Медузы», „Guardianem”: a table name under its case ending
            known = next(filter(None, map(self.table.by_name, stems(name))), None)
        if known is not None:
            return Named(known.name, True)
        # "„der Freitag“", "„die tageszeitung“": a paper may style its article into its name.
        article = re.match(r"(?:der|die|das|the|le|la|el)\s+(?=\w)", name)
        name = cleaned(name[article.end() :] if article else name)
        words = name.split()
        # A script without case ("《东江晚报》") starts a name with any letter.
        first = words[0][:1] if words else ""
        if trust < Trust.NAMED or not 0 < len(words) <= 6 or first.islower() or not first.isalpha():
            return None
        if cited_not_copied(name) or NOT_NAMES.match(words[0]):
            return None
        # "Source: “Mending the roads”" quotes a title: its lower-case words make no name,
        # unless a paper's noun or an outlet's word says it is one ("«Морской вестник»").
        small = [w for w in words if w[:1].islower() and w not in CONNECTORS]
        if small and not named_with_lower_case(name):
            return None
        return Named(article.group(0) + name if article else name, False)

    def _only_names(self, pieces: list[str]) -> bool:
        """A weak credit holds nothing but names: "Reuters/Jane Doe", "dpa/AFP/lko"."""
        return all(
            self.table.by_name(p) is not None
            or normalize(p) in GENERIC
            or _INITIALS.match(p)
            or short_name(p)
            or _DATEISH.search(p)
            for p in pieces
        )

    def _known(self, pieces: list[str], strong: bool) -> Named | None:
        """The first piece naming a table publisher (``strong``: or starting with one)."""
        initials: Named | None = None
        for piece in pieces:
            # "وكالة رويترز", "Agencia Reuters": the kind of outlet, then its name.
            publisher = (
                self.table.by_name(piece)
                or self.table.by_name(_KIND.sub("", piece))
                or self._without_agency_word(piece)
            )
            named = publisher.name if publisher is not None and len(pieces) > 1 else None
            if named and initials_not_tag(piece, named, self.table.spellings(named)):
                # "ani/dpa": the editor's initials, then the wire's tag; "(ats/nxp)": the
                # tag in lower case, no other name after it
                initials = initials or Named(named, True)
                continue
            if publisher is None:
                hit = self.table.at_start(piece)
                # "AP National Political Writer": a wire's staff byline names the wire.
                role = hit is not None and _ROLE.match(piece[len(hit[1]) :]) is not None
                # "The Telegraph India" goes on with a name's word: another outlet.
                longer = hit is not None and _NAME_GOES_ON.match(piece[len(hit[1]) :])
                if hit is not None and (
                    (strong and not longer) or (role and hit[0].kind == "wire")
                ):
                    publisher = hit[0]
            if publisher is not None:
                return Named(publisher.name, True)
        return initials

    def _from_url(self, url: str, unknown: bool) -> Named | None:
        full = url if "://" in url else "https://" + url
        # "www-livemint-com.cdn.ampproject.org/c/s/www.livemint.com/…": the cached page's site
        full = original_of(full) or full
        publisher = self.table.by_domain(full)
        if publisher is not None:
            return Named(publisher.name, True, full if "/" in url.split("//")[-1] else None)
        host = host_of(full)
        if not unknown or host is None:
            return None
        # A domain the table lacks is published as its registrable domain, paths dropped.
        domain = domain_as_written(registrable(host), url)  # "elDiario.es" as written
        return Named(domain, False, full if "/" in url.split("//")[-1] else None)


@lru_cache(maxsize=8)
def resolver_for(table: PublisherTable) -> Resolver:
    """One resolver a table, shared by every page: what a phrase names depends on the table
    alone, so an answer found on one page holds on the next."""
    return Resolver(table)
