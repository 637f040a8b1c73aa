"""MetaRefreshMiddleware: Scrapy's, without decoding every page on the reactor to find none."""

from __future__ import annotations

from scrapy import Spider
from scrapy.downloadermiddlewares import redirect
from scrapy.http import Request, Response

#: Scrapy reads the first 4096 characters; in bytes that is at most four times as many.
_HEAD_BYTES = 4 * 4096


class MetaRefreshMiddleware(redirect.MetaRefreshMiddleware):
    """Scrapy's meta-refresh redirects (settings METAREFRESH_ENABLED, ...), with a byte-level
    look first: Scrapy's own decodes the whole page (``response.text``) on the reactor to
    read its head, for every page, although almost none has a ``<meta http-equiv=refresh>``.
    Pages that mention "refresh" in their head, and pages in an encoding that ASCII bytes
    cannot be searched in (UTF-16 and -32: NUL bytes), still go through Scrapy's check.
    """

    def process_response(
        self, request: Request, response: Response, spider: Spider | None = None
    ) -> Request | Response:
        head = response.body[:_HEAD_BYTES]
        if b"\x00" not in head and b"refresh" not in head.lower():
            return response
        return super().process_response(request, response)  # spider: deprecated
