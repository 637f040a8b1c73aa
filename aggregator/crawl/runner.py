"""Runs Scrapy crawls for the CLI and the scheduler: one crawl per process.

Twisted's reactor cannot restart, so a process runs at most one crawl. ``aggregator crawl``
and ``sources add`` run theirs in their own process; the scheduler runs each pass in a
child process (``crawl_in_child``). A child per pass was chosen over one long-lived crawler
fed by the scheduler because it needs no reactor gymnastics, a crash or leak in one pass
cannot take the scheduler down or carry over to the next pass, and the start-up cost
(about a second) is small against intervals of at least five minutes.
"""

from __future__ import annotations

import importlib
import logging
import multiprocessing
import os
import sys
from collections.abc import Mapping, Sequence
from types import ModuleType
from typing import Any

from aggregator import logs
from aggregator.config import Config
from aggregator.crawl.lifeline import die_with_parent
from aggregator.crawl.workers import start_forkserver
from aggregator.errors import AggregatorError, ConfigError, SourceError
from aggregator.ops.passes import recorded_pass
from aggregator.redis_connection import connect
from aggregator.sources.preview import Preview
from aggregator.sources.registry import Source

logger = logging.getLogger(__name__)


def run_crawl(
    config: Config, sources: Sequence[Source], overrides: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    """Crawl ``sources`` once with the settings module ``config`` names; return the stats.
    The pass is logged in one INFO line and its duration goes to the fleet's histogram."""
    if _forks_workers(config, overrides or {}):
        start_forkserver()  # first: it loads the extraction code while Scrapy is imported
    from aggregator_scrapy.spiders.feeds import FeedSpider

    client = connect(config)
    with recorded_pass(client, config.keys, "crawl", [s.name for s in sources]):
        return run_spider(config, FeedSpider, overrides, sources=list(sources))


def _forks_workers(config: Config, overrides: Mapping[str, Any]) -> bool:
    """Whether the crawl's settings extract pages in worker processes (not in a thread)."""
    module = settings_module(config.settings_module)

    def setting(name: str) -> Any:
        return overrides[name] if name in overrides else getattr(module, name, None)

    workers = setting("EXTRACTION_WORKERS") or os.cpu_count() or 1
    return bool(setting("EXTRACTION_ENABLED")) and workers != 1


def crawl_in_child(
    config: Config,
    sources: Sequence[Source],
    overrides: Mapping[str, Any] | None = None,
    timeout: float | None = None,
) -> int | None:
    """``run_crawl`` in a fresh (spawned) process; its exit code, None if it was killed
    after ``timeout`` seconds. Spawned, not forked: the parent may hold threads and sockets."""
    context = multiprocessing.get_context("spawn")
    child = context.Process(
        target=_child_main,
        args=(config, list(sources), dict(overrides or {}), logs.verbosity(), os.getpid()),
        name="aggregator-crawl",
    )
    child.start()
    child.join(timeout)
    if child.is_alive():
        logger.warning("crawl of %d sources ran over %ss: stopped", len(sources), timeout)
        child.terminate()
        child.join(10)
        if child.is_alive():
            child.kill()
            child.join()
        return None
    return child.exitcode


def _child_main(
    config: Config,
    sources: list[Source],
    overrides: dict[str, Any],
    verbosity: int,
    parent: int,
) -> None:
    die_with_parent(parent)  # a scheduler killed for good takes its pass along
    logs.configure(verbosity, config.log_format)
    run_crawl(config, sources, overrides)


def probe_source(
    config: Config, url: str, overrides: Mapping[str, Any] | None = None, all_feeds: bool = False
) -> list[Preview | AggregatorError]:
    """Find the feed or sitemap at (or announced by) ``url``, check it lists entries and
    extract three sample articles; raise the AggregatorError that says why not.

    One preview, unless ``all_feeds`` and the page announces several feeds: then one
    preview or error for each."""
    from aggregator_scrapy.spiders.probe import ProbeSpider

    result: list[Preview | AggregatorError] = []
    # An operator at the terminal retries; the probe's failure is the one line they read.
    settings = {"ITEM_PIPELINES": {}, "RETRY_ENABLED": False, **(overrides or {})}
    run_spider(config, ProbeSpider, settings, url=url, result=result, all_feeds=all_feeds)
    if not result:
        raise SourceError(f"unreachable: no answer from {url}")
    if len(result) == 1 and isinstance(result[0], AggregatorError):
        raise result[0]
    return result


def run_spider(
    config: Config,
    spider: type,
    overrides: Mapping[str, Any] | None,
    **kwargs: Any,
) -> dict[str, Any]:
    """Run one spider in this process; return its stats.

    Unless the log level is INFO or finer (-v), Scrapy's own log is silenced: the operator
    reads our one-line errors and summary, and each failure is recorded on its source.

    Scrapy is imported here, not at module level, so the core and the CLI's other commands
    start without it.
    """
    from scrapy.crawler import CrawlerProcess
    from scrapy.settings import Settings

    settings = Settings()
    settings.setmodule(settings_module(config.settings_module), priority="project")
    settings.set("AGGREGATOR_CONFIG", config, priority="cmdline")
    # The CLI's own handler shows Scrapy's log, and only with -v: without it the operator
    # gets our one-line errors and summary; what went wrong is recorded on the sources.
    settings.set("LOG_INSTALL_ROOT_HANDLER", False, priority="cmdline")
    for name, value in (overrides or {}).items():
        settings.set(name, value, priority="cmdline")
    process = CrawlerProcess(settings)
    if logs.verbosity() < 1:  # after CrawlerProcess: its set-up resets levels
        for name in ("scrapy", "twisted", "py.warnings"):
            logging.getLogger(name).setLevel(logging.CRITICAL)
    crawler = process.create_crawler(spider)
    process.crawl(crawler, **kwargs)
    process.start()
    assert crawler.stats is not None
    return dict(crawler.stats.get_stats())


def settings_module(name: str) -> ModuleType:
    """Import the Scrapy settings module ``name``, also from the working directory
    (``AGGREGATOR_SETTINGS=mysettings`` with ``./mysettings.py``, as docs/operators.md
    says); a module that is missing or fails to import is one ConfigError line."""
    here = os.getcwd()
    if here not in sys.path and "" not in sys.path:
        # After the installed packages: a stray file here cannot shadow one of them.
        sys.path.append(here)
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name and (name == exc.name or name.startswith(f"{exc.name}.")):
            raise ConfigError(
                f"AGGREGATOR_SETTINGS: no module {name!r} in {here} or the installed packages"
            ) from None
        raise ConfigError(f"AGGREGATOR_SETTINGS: {name} fails to import: {exc}") from None
    except Exception as exc:  # the operator's own file: any error is theirs to read
        detail = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
        raise ConfigError(
            f"AGGREGATOR_SETTINGS: {name} fails to import: {type(exc).__name__}: {detail}"
        ) from None
