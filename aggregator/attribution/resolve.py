"""Turning the phrase a credit or a markup property gives into a publisher's canonical name."""

# ruff: noqa: RUF001, RUF003  (dashes, quotes, full-width colons, letters of other scripts)

from __future__ import annotations

import re
from functools import lru_cache

from aggregator.attribution.conventions.homonym_towns import other_paper
from aggregator.attribution.conventions.inflected import german_feminine, german_nominatives, stems
from aggregator.attribution.conventions.name_tags import without_own_tag
from aggregator.attribution.conventions.name_words import joined_outlet_words, without_date
from aggregator.attribution.conventions.provider_lines import ORIGINALLY_FROM
from aggregator.attribution.conventions.repost_credits import (
    CALL_SIGN_CITY,
    OWN_OUTLET,
    PARTNER_LEAD,
)
from aggregator.attribution.conventions.role_words import without_role
from aggregator.attribution.name_shapes import (
    a_desk,
    a_document,
    without_desk,
    without_edition,
    without_link_label,
    without_reporting_word,
    without_social_page,
)
from aggregator.attribution.names import (
    QUOTED_NAME,
    Trust,
    a_language,
    a_medium,
    a_picture_agency,
    cleaned,
    without_kind,
    without_language,
)
from aggregator.attribution.not_credits.citations import cites_release, government_host
from aggregator.attribution.not_credits.generic_names import GENERIC
from aggregator.attribution.not_credits.intermediaries import platform
from aggregator.attribution.not_credits.own_markers import own_marker, without_own_marker
from aggregator.attribution.not_credits.section_labels import a_section_label, only_labels
from aggregator.attribution.publishers import PublisherTable, at_end, normalize
from aggregator.attribution.resolving.final_choice import (
    first_known,
    only_names,
    quoted_name,
    unknown_name,
)
from aggregator.attribution.resolving.named import Named
from aggregator.attribution.resolving.phrase_cuts import (
    AFTER_NAME,
    APPOSITIVE,
    BYLINE_AFTER,
    COMPANY,
    HAT_TIP,
    INITIALS,
    JOINED_AND,
    KIND,
    NEXT_LABEL,
    PIECES,
    RELEASE,
    REPORTING_TAIL,
    ROLE_TAIL,
    SEPARATE,
    SIGNOFF_AFTER,
    TRAILER,
    URL,
    WEBSITE,
)
from aggregator.attribution.resolving.spelled_domains import person_shaped_outlet
from aggregator.attribution.resolving.table_forms import (
    behind_agency_word,
    edition_of,
    form_of,
    from_url,
    name_and_tag,
    title_of,
)
from aggregator.attribution.unknown_names import (
    a_section,
    brand_word,
    byline_given_name,
    leading_name,
    person_words,
)
from aggregator.extract.personnames import COMMON_GIVEN_NAMES
from aggregator.urls import host_of

#: How many phrases a resolver remembers before it starts again (a few MB at most).
MAX_REMEMBERED = 20_000


class Resolver:
    """Reads publisher names out of credit phrases with the publisher table."""

    def _named_beside(self, who: str, url: re.Match[str], trust: Trust) -> Named | None:
        """The name the phrase gives besides its URL, carrying the URL."""
        rest = (who[: url.start()] + who[url.end() :]).strip(" .:;,()[]-–—")
        if not rest:
            return None
        named = self.resolve(rest, trust)
        if (named is None or named.name is None) and person_shaped_outlet(rest, url.group(0)):
            # "Source: Clare Champion https://clarechampion.ie/…": the address spells the name
            return Named(cleaned(rest), False, url.group(0))
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

    def resolve(self, who: str, trust: Trust) -> Named | None:
        """The publisher ``who`` names. The table gives known names their canonical spelling;
        ``trust`` says how sure the wording is that a name the table lacks is a publisher."""
        key = (who, trust)
        if key not in self._resolved:
            if len(self._resolved) >= MAX_REMEMBERED:
                self._resolved.clear()  # a long crawl's memory stays bounded
            self._resolved[key] = self._resolve(who, trust)
        return self._resolved[key]

    def _without_place(self, who: str) -> str:
        """``who`` without the place a digest writes after a paper the table lacks, in
        brackets ("Kurier Mazowiecki Wschód (Poland)", "El Heraldo del Salar (Uyuni)"); after
        a table name it tells a namesake apart and stays ("The Guardian (Nigeria)")."""
        placed = _PLACED.match(who)
        if placed is None or self.table.by_name(placed.group("place")) is not None:
            return who
        if self.table.by_name(placed.group("name")) is not None:
            return who
        return placed.group("name") + (placed.group("rest") or "")

    def _resolve(self, who: str, trust: Trust) -> Named | None:
        # "Repórter da Agência Brasil", "Correspondent for the X": the role is no part of it
        # "газеты «Тамбовская жизнь»": the kind of publication before a quoted name says it
        # is an outlet's, whatever case its later words are in
        if cites_release(who):
            return None  # "SOURCE: X, news release, March 18": the issuer of a cited release
        # "(reproduced with) permission and was first published by Nature on 18 March"
        who = _PERMISSION_LEAD.sub("", who.strip(), count=1)
        if who.casefold().startswith("permission"):
            return None  # "(reproduced with) permission": no one named
        who = without_language(who)  # "German in the Frankfurter Allgemeine"
        who = without_social_page(who)  # "The Harbour Gazette's Facebook page"
        # "Université Berry-Sologne (communiqué)": the release's word in brackets, as after a comma
        who = _RELEASE_IN_BRACKETS.sub(r", \g<release>", who)
        who = _TURKISH_CASE.sub("", who)  # "Anadolu Ajansı'nın", "Reuters'tan": its case ending
        who = self._without_place(who)  # "Kurier Mazowiecki Wschód (Poland), 12 March 2027"
        # "加拿大通讯社（加通社）英文报道": the agency's English report
        who = _CJK_PIECE.sub("", who)
        written, who = who, without_kind(who)
        kind_said = who != written
        who = without_role(who)
        quoted = QUOTED_NAME.match(who.strip(" .:;,()[]"))
        if quoted is not None:
            return quoted_name(self.table, quoted.group(1), trust, kind_said=kind_said)
        who = without_link_label(who)  # "Politico (opens in new tab)"
        who = without_reporting_word(who)  # "Source: Theo Tuổi Trẻ Online"
        who = WEBSITE.sub("", NEXT_LABEL.sub("", who.strip(" .:;,()[]«»\"'")))
        if who[:3].casefold() in ("my ", "our"):  # "my Substack, The Retrofit Ledger"
            who = OWN_OUTLET.sub("", who, count=1)
            if (partner := PARTNER_LEAD.match(who)) is not None:  # "our partners at X"
                who = CALL_SIGN_CITY.sub(r"\g<sign>", who[partner.end() :])
        if a_medium(who) or a_picture_agency(who) or a_language(who) or a_document(who):
            return None  # "Source: Internet", "first published in print on March 4"
        if own_marker(who):
            return None  # "来源：本站原创", "Quelle: Eigenbericht": the site's own story
        who = without_own_marker(who)  # "خاص - محفظة نيوز": the site's own name after it
        if (original := self._originally(who, trust)) is not None:
            return original  # "Via Yahoo News, originally from Kestrel Bay Times"
        # "Reuters (Reporting by Jane Doe; Editing by Tom Poe)": the sign-off names people.
        who = AFTER_NAME.sub("", SIGNOFF_AFTER.sub("", ROLE_TAIL.sub("", who)))
        # "Illawarra Mercury (4 March 2026)": the date the credit adds is no part of the name.
        who = without_date(APPOSITIVE.sub("", BYLINE_AFTER.sub("", who)))
        if not who or (trust == Trust.STRONG and REPORTING_TAIL.search(who)):
            return None
        if (tagged := name_and_tag(self.table, who)) is not None:
            return tagged  # "وكالة الأنباء العراقية (واع)", "Deutsche Presse-Agentur (dpa)"
        if (untagged := without_own_tag(who)) != who:
            return self.resolve(untagged, trust)  # "Malawi News Agency (MANA)"
        if (other := other_paper(who, self.table)) is not None:
            return Named(other, False)  # "The Guardian, Charlottetown": another paper
        if HAT_TIP.fullmatch(who):
            return None  # "h/t @janeroe" with its handle cut: a hat tip's lead, not "HT"
        url = URL.search(who)
        # A weak credit must be the URL alone: "mg.co.za said ..." names no original.
        if url is not None and (trust >= Trust.NAMED or url.group(0).strip(" .") == who):
            named = from_url(self.table, url.group(0), trust > Trust.KNOWN)
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
        if (titled := title_of(self.table, who)) is not None:
            return titled.named  # "Local Journalism Initiative Reporter": no outlet
        # "Express Web Desk": a desk the table lists as its outlet's own byline
        bare = without_desk(who)  # "The Washington Post Editorial Board"
        desk_byline = self.table.by_name(who) if bare != who else None
        who = bare
        # "The Post and Courier": two outlet words joined are one name, not two credits.
        parts = [who] if joined_outlet_words(who) else PIECES.split(who)
        spell = self.table.spellings
        pieces = [TRAILER.sub("", p).strip(" .:()") for p in parts]
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
            or self.table.by_name(TRAILER.sub("", who))
            or self.table.by_name(KIND.sub("", who))
            or behind_agency_word(self.table, who)
            # "© 2026 The New York Times Company": the company of a table outlet is that outlet
            or self.table.by_name(COMPANY.sub("", TRAILER.sub("", who)))
            # "NHK NEWS WEB", "g1 SP": a table outlet's web or state edition is that outlet
            or (edition_of(self.table, bare) if (bare := without_edition(who)) != who else None)
            or form_of(self.table, who)
            # "NHK鹿児島 NEWS WEB": a local station's web edition
            or (form_of(self.table, bare) if bare != who else None)
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
        found = first_known(
            self.table, [q for p in pieces for q in JOINED_AND.split(p) if q], strong
        )
        if found is not None and (trust >= Trust.NAMED or only_names(self.table, pieces)):
            return found
        # "dpa/AFP/lko": an editor's initials; after a credit's sure wording ("מקור: ynet") a
        # lower-case word of four letters is a brand, unless it is a pronoun ("courtesy of
        # them"); shorter ones ("courtesy of us") stay initials.
        if pieces and all(
            normalize(p) in GENERIC or (INITIALS.match(p) and not brand_word(p, trust))
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
        first = TRAILER.sub("", SEPARATE.split(who)[0]) if "&" in who else pieces[0]
        first = german_feminine(first)  # "in der Wendländer Allgemeinen Zeitung"
        if a_section(leading_name(first) or first, who):
            return None  # "the Finance & economics section of the print edition"
        return unknown_name(first.strip(" .:()"), trust, RELEASE.search(who) is not None)

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


#: "(This article is reproduced with) permission and was first published by": the publisher
#: follows (Scientific American's and its partners' note).
_PERMISSION_LEAD = re.compile(
    r"^(?:kind\s+)?permission\s+and\s+(?:(?:was|is|has\s+been)\s+)?(?:first\s+|originally\s+)?"
    r"(?:published|appeared)\s+(?:by|in|on)\s+",
    re.IGNORECASE,
)
_RELEASE_IN_BRACKETS = re.compile(r"\s*\((?P<release>" + RELEASE.pattern + r")\)?\s*$", re.I)
#: Turkish and Azerbaijani write a case's ending onto a name after an apostrophe: the
#: genitive "'nın", the dative "'a", the locative "'da", the ablative "'tan", the accusative
#: "'ı", the instrumental "'la" (in their vowel-harmony forms); English's "'s" is none of them.
_TURKISH_CASE = re.compile(
    r"(?<=[^\W\d_])['’](?:n?[ıiuü]n|y?[ae]|[dt][ae]n?|y?[ıiuü]|y?l[ae]|n[ıiuü])$"
)
#: After a Chinese or Japanese name: its short name in brackets, then the language of the
#: piece it wrote ("加拿大通讯社（加通社）英文报道": the Canadian Press's English report; "新聞"
#: is no piece there: it ends Japanese papers' names).
_CJK_PIECE = re.compile(
    r"(?<=[\u3040-\u30ff\u4e00-\u9fff])(?:（[^（）]{1,10}）)?"
    r"(?:英文|中文|日文|韩文|韓文|法文|德文|俄文|英語|日本語)(?:报道|報道|文章|稿件|版)?$"
)
#: A name of two words or more, then a place in brackets: one to three words in title case
#: (an agency's tag in capitals, "(AFP)", "(HL)", is no place); a credit's pattern may have
#: taken the closing bracket.
_PLACED = re.compile(
    r"^(?P<name>[^()]+?\s[^()]+?)\s*\((?P<place>(?-i:[A-ZÀ-Þ][a-zß-ÿ'’.-]+)"
    r"(?:[\s-]+(?-i:[A-ZÀ-Þ][a-zß-ÿ'’.-]+)){0,2})(?:\)(?P<rest>[^()]*)|\s*)$"
)


@lru_cache(maxsize=8)
def resolver_for(table: PublisherTable) -> Resolver:
    """One resolver a table, shared by every page: what a phrase names depends on the table
    alone, so an answer found on one page holds on the next."""
    return Resolver(table)
