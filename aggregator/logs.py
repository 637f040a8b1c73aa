"""Logging set-up shared by the CLI and the crawl processes it starts: text or JSON lines."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
#: Attributes every LogRecord has; the others came from ``extra=`` and are the event's fields.
_RECORD_FIELDS = frozenset(
    vars(logging.LogRecord("", 0, "", 0, "", None, None)).keys() | {"message", "asctime"}
)


class JsonFormatter(logging.Formatter):
    """One JSON object per record: time, level, logger, message, then the event's fields."""

    def format(self, record: logging.LogRecord) -> str:
        event: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        event.update((k, v) for k, v in vars(record).items() if k not in _RECORD_FIELDS)
        if record.exc_info:
            event["exception"] = self.formatException(record.exc_info)
        return json.dumps(event, default=str, ensure_ascii=False)


class _OwnOrLoud(logging.Filter):
    """Our loggers at the handler's level; everyone else's (Scrapy's start-up noise,
    Twisted, the Scrapy side's pipelines) only from ``others`` up."""

    def __init__(self, others: int) -> None:
        super().__init__()
        self.others = others

    def filter(self, record: logging.LogRecord) -> bool:
        own = record.name == "aggregator" or record.name.startswith("aggregator.")
        return own or record.levelno >= self.others


def configure(verbosity: int = 0, log_format: str = "text") -> None:
    """One stderr handler. ``verbosity``: -1 (-q) warnings only; 0 our INFO lines (one per
    crawl or scheduler pass) and others' warnings; 1 (-v) everyone's INFO; 2 DEBUG.

    The levels go on the handler: Scrapy sets its own loggers to DEBUG, and their records
    reach the root's handlers whatever the root's level."""
    _state["verbosity"] = verbosity
    level = logging.WARNING if verbosity < 0 else logging.DEBUG if verbosity > 1 else logging.INFO
    handler = logging.StreamHandler()
    handler.setLevel(level)
    handler.addFilter(_OwnOrLoud(logging.WARNING if verbosity < 1 else level))
    formatter = JsonFormatter() if log_format == "json" else logging.Formatter(FORMAT)
    handler.setFormatter(formatter)
    for old in [h for h in logging.root.handlers if getattr(h, "aggregator", False)]:
        logging.root.removeHandler(old)
    handler.aggregator = True  # type: ignore[attr-defined]
    logging.root.addHandler(handler)
    logging.root.setLevel(level)


def verbosity() -> int:
    """The verbosity ``configure`` was last given, for the crawl processes this one starts."""
    return _state["verbosity"]


_state = {"verbosity": 0}
