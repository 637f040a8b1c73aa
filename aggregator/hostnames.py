"""Host names a request can be made for: IDNA, labels of 1-63 octets, at most 253 in all."""

from __future__ import annotations

import encodings.idna

#: RFC 1035 2.3.4: a label is at most 63 octets, a name at most 255 on the wire, which is
#: 253 written out (no root label, no length bytes).
MAX_LABEL = 63
MAX_NAME = 253


class InvalidHostname(ValueError):
    """A host name no resolver would take; callers raise their own error with its words
    (SourceError for a source, RefusedHost at crawl time)."""


def ascii_hostname(host: str) -> str:
    """``host`` in its ASCII (punycode) form; InvalidHostname saying what is wrong.

    An IP literal (``[::1]``, ``127.0.0.1``) passes as it is. Resolvers refuse what is
    caught here only after a long wait, and Twisted's resolver thread then logs a
    traceback per try: a 64-octet label took ``sources add`` 61 s and 120 lines (issue 17).
    """
    name = host.strip("[]").rstrip(".")
    if ":" in name or _dotted_quad(name):
        return name
    if not name:
        raise InvalidHostname("empty host name")
    labels = [_ascii_label(label, host) for label in name.split(".")]
    ascii_name = ".".join(labels)
    if len(ascii_name) > MAX_NAME:
        raise InvalidHostname(
            f"host name of {len(ascii_name)} octets (at most {MAX_NAME}): {_short(host)}"
        )
    return ascii_name


def _ascii_label(label: str, host: str) -> str:
    if not label:
        raise InvalidHostname(f"empty label in host name {_short(host)}")
    if label.isascii():
        encoded = label
    else:
        try:  # IDNA 2003 (the stdlib's codec): enough to know the name can be encoded
            encoded = encodings.idna.ToASCII(label).decode("ascii")
        except UnicodeError:
            raise InvalidHostname(f"not a valid IDNA host name {_short(host)}") from None
    if len(encoded) > MAX_LABEL:
        raise InvalidHostname(
            f"label of {len(encoded)} octets (at most {MAX_LABEL}) in host name {_short(host)}"
        )
    return encoded


def _dotted_quad(name: str) -> bool:
    return all(part.isdigit() for part in name.split("."))


def _short(host: str) -> str:
    return repr(host if len(host) <= 80 else host[:77] + "...")
