"""The security settings every environment inherits: limits, handlers, guards, no doors."""

from __future__ import annotations

import pytest
from scrapy.settings import Settings


@pytest.mark.parametrize(
    "module",
    [f"aggregator_scrapy.settings.{name}" for name in ("production", "development", "distributed")],
)
def test_every_environment_keeps_the_guards(module: str) -> None:
    settings = Settings()
    settings.setmodule(module, priority="project")
    assert settings.getint("DOWNLOAD_MAXSIZE") == 16 * 1024 * 1024
    assert settings.getint("DOWNLOAD_WARNSIZE") == 4 * 1024 * 1024
    assert 0 < settings.getfloat("DOWNLOAD_TIMEOUT") <= 30
    assert settings.getint("REDIRECT_MAX_TIMES") == 5
    resolver = "aggregator_scrapy.middlewares.resolver.NetGuardResolver"
    assert settings["TWISTED_DNS_RESOLVER"] == resolver
    assert settings.getbool("NETGUARD_ENABLED")
    middlewares = settings.getdict("DOWNLOADER_MIDDLEWARES")
    guard = "aggregator_scrapy.middlewares.netguard.NetGuardMiddleware"
    assert middlewares[guard] > 550  # before RetryMiddleware
    handlers = settings.getdict("DOWNLOAD_HANDLERS")
    assert all(handlers[scheme] is None for scheme in ("file", "data", "s3", "ftp"))
    assert not settings.getbool("TELNETCONSOLE_ENABLED")
    assert not settings.getbool("REMOTE_CONTROL_ENABLED")
