"""Logging set-up shared by the CLI and the crawl processes it starts."""

from __future__ import annotations

import logging

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def configure(level: int) -> None:
    """One stderr handler at ``level``. The level goes on the handler: Scrapy sets its own
    loggers to DEBUG, and their records reach the root's handlers whatever the root's level."""
    handler = logging.StreamHandler()
    handler.setLevel(level)
    handler.setFormatter(logging.Formatter(FORMAT))
    logging.root.addHandler(handler)
    logging.root.setLevel(level)
