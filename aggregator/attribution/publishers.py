"""The publisher table: loading it (bundled plus an operator file), matching names and domains."""

# ruff: noqa: RUF001, RUF003  (dashes, quotes and letters of other scripts are meant)

from __future__ import annotations

import dataclasses
import functools
import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from aggregator.errors import ConfigError
from aggregator.urls import host_of

#: Longest alias, in words, tried when a name is read from the start of a phrase.
MAX_ALIAS_WORDS = 8
_KINDS = frozenset({"wire", "outlet"})
BUNDLED = Path(__file__).parent.parent / "data" / "publishers.toml"
#: The table outlets' established names in other scripts, merged into their entries' aliases.
SCRIPTS = Path(__file__).parent.parent / "data" / "publisher_scripts.toml"
#: The national news agencies (names in their own scripts, tags, domains), merged by name.
AGENCIES = Path(__file__).parent.parent / "data" / "news_agencies.toml"
# Arabic-script letters written differently in Arabic and Urdu, folded to one form.
_FOLD = str.maketrans(
    {"ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه", "ہ": "ه", "أ": "ا", "إ": "ا", "آ": "ا", "ـ": None}
    # Latin letters no decomposition folds, as a domain spells them: "Kıyı Haber" on
    # kiyihaber.com.tr, "Østlendingen", "Głos Pomorza", "Dnevni list Đakovo"
    | {"ı": "i", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe"}
)
_LEADING_THE = re.compile(r"^\s*the[\s_-]+(?=\S{4})")
_WORD = re.compile(r"[^\s,;:()\[\]/|]+")


@dataclass(frozen=True)
class Publisher:
    """One publisher or wire: its canonical name, other spellings and domains."""

    name: str
    aliases: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    kind: str = "outlet"


@functools.lru_cache(maxsize=16384)  # the same names recur on every line tried (speed)
def normalize(name: str) -> str:
    """The key a name is matched by: case, accents, punctuation, spaces and "the" ignored."""
    text = name.casefold()
    if not text.isascii():  # ASCII has no accents nor Arabic letters to fold
        text = unicodedata.normalize("NFKD", text).translate(_FOLD)
        text = "".join(c for c in text if not unicodedata.combining(c))
    # "The Age" keeps its "the": "age" alone would match any "AgE".
    text = _LEADING_THE.sub("", text, count=1)
    return "".join(filter(str.isalnum, text))


class PublisherTable:
    """Look publishers up by any spelling of their name or by a domain or subdomain."""

    def __init__(self, publishers: list[Publisher]) -> None:
        self.publishers = tuple(publishers)
        self._names: dict[str, Publisher] = {}
        self._domains: dict[str, Publisher] = {}
        for publisher in publishers:
            for alias in (publisher.name, *publisher.aliases):
                self._names.setdefault(normalize(alias), publisher)
            for domain in publisher.domains:
                self._domains[domain.lower().removeprefix("www.")] = publisher
                self._names.setdefault(normalize(domain), publisher)

    def by_name(self, name: str) -> Publisher | None:
        """The publisher this whole string names (an alias or a domain), or None."""
        # A host has a dot: a name without one is not parsed as a URL (speed: every line's
        # phrase is looked up word run by word run).
        host = host_of(name) if "." in name else None
        if host is not None and (found := self.by_domain(host)) is not None:
            return found
        key = normalize(name)
        # One letter ("I." in a citation) names no one, whatever the table says.
        return self._names.get(key) if len(key) > 1 else None

    def spellings(self, name: str) -> tuple[str, ...]:
        """The known spellings of ``name``: its canonical name and aliases (none if unknown)."""
        publisher = self.by_name(name)
        return (publisher.name, *publisher.aliases) if publisher is not None else ()

    def by_domain(self, url_or_host: str) -> Publisher | None:
        """The publisher owning this URL's host or one of its parent domains, or None."""
        host = host_of(url_or_host) or ""
        labels = host.split(".")
        for start in range(len(labels) - 1):
            found = self._domains.get(".".join(labels[start:]))
            if found is not None:
                return found
        return None

    def at_start(self, phrase: str) -> tuple[Publisher, str] | None:
        """The publisher named by the longest run of leading words of ``phrase``, and that run."""
        words = list(_WORD.finditer(phrase))
        for count in range(min(MAX_ALIAS_WORDS, len(words)), 0, -1):
            span = re.sub(r"['’]s$", "", phrase[: words[count - 1].end()].rstrip("."))
            found = self.by_name(span)
            if found is not None:
                return found, span
        return None


def at_end(table: PublisherTable, phrase: str) -> tuple[Publisher, str] | None:
    """The publisher named by the longest run of trailing words of ``phrase`` (not all of
    them), and the words before it: "JANE DOE Associated Press" -> AP, "JANE DOE"."""
    words = phrase.split()
    for count in range(min(MAX_ALIAS_WORDS, len(words) - 1), 0, -1):
        found = table.by_name(" ".join(words[-count:]))
        if found is not None:
            return found, " ".join(words[:-count])
    return None


def _records(data: dict[str, Any], origin: str) -> list[Publisher]:
    records = data.get("publisher")
    if not isinstance(records, list):
        raise ConfigError(f"{origin}: expected a 'publisher' array of tables")
    out = []
    for record in records:
        if not isinstance(record, dict) or not isinstance(record.get("name"), str):
            raise ConfigError(f"{origin}: every publisher needs a string 'name': {record!r}")
        kind = record.get("kind", "outlet")
        if kind not in _KINDS:
            raise ConfigError(f"{origin}: {record['name']}: kind must be wire or outlet")
        out.append(
            Publisher(
                record["name"],
                tuple(record.get("aliases", ())),
                tuple(record.get("domains", ())),
                kind,
            )
        )
    return out


def _read(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"publisher table {path}: {exc}") from exc


def bundled() -> list[Publisher]:
    """The publishers shipped with the aggregator (aggregator/data/publishers.toml), with
    their names in other scripts (publisher_scripts.toml) among their aliases."""
    publishers = _with_agencies(_records(_read(BUNDLED), "publishers.toml"))
    extra: dict[str, tuple[str, ...]] = {}
    for record in _read(SCRIPTS).get("publisher", []):
        extra[record["name"]] = extra.get(record["name"], ()) + tuple(record["aliases"])
    unknown = set(extra) - {p.name for p in publishers}
    if unknown:
        raise ConfigError(f"publisher_scripts.toml: not in publishers.toml: {sorted(unknown)}")
    return [
        dataclasses.replace(p, aliases=p.aliases + extra[p.name]) if p.name in extra else p
        for p in publishers
    ]


def _with_agencies(publishers: list[Publisher]) -> list[Publisher]:
    """``publishers`` with news_agencies.toml merged in: an agency the table has gains its
    aliases and domains, any other is added."""
    agencies = {a.name: a for a in _records(_read(AGENCIES), "news_agencies.toml")}
    merged = []
    for p in publishers:
        if (a := agencies.pop(p.name, None)) is not None:
            aliases = tuple(dict.fromkeys(p.aliases + a.aliases))
            p = dataclasses.replace(p, aliases=aliases, domains=p.domains + a.domains)
        merged.append(p)
    return merged + list(agencies.values())


@lru_cache(maxsize=1)
def national_agencies() -> frozenset[str]:
    """Every spelling (normalised) of the national agencies news_agencies.toml adds to the
    table: their house datelines carry a date or a dash ("Abuja, March 4, 2026 (NAN)"), so a
    bracket with neither ("LONDON (NAN) …") is none of theirs."""
    known = {p.name for p in _records(_read(BUNDLED), "publishers.toml")}
    added = [a for a in _records(_read(AGENCIES), "news_agencies.toml") if a.name not in known]
    return frozenset(normalize(n) for a in added for n in (a.name, *a.aliases))


@lru_cache(maxsize=8)
def load_table(extra: str | Path | None = None) -> PublisherTable:
    """The bundled table, with the operator's file (setting ATTRIBUTION_PUBLISHERS_FILE)
    merged over it: an entry with a known name replaces that entry; its aliases match first."""
    publishers = {p.name: p for p in bundled()}
    extra_publishers = _records(_read(Path(extra)), str(extra)) if extra else []
    for publisher in extra_publishers:
        publishers.pop(publisher.name, None)
    return PublisherTable([*extra_publishers, *publishers.values()])
