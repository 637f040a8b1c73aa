"""Settings every environment shares; the environment itself is read by aggregator.config."""

from __future__ import annotations

from aggregator.config import Config

BOT_NAME = "aggregator"
SPIDER_MODULES = ["spiders"]
NEWSPIDER_MODULE = "spiders"

AGGREGATOR_CONFIG = Config.from_env()
"""Redis, data directory, key prefix and network allowances (from the environment)."""

# Politeness: identify ourselves, obey robots.txt, one request at a time per host.
USER_AGENT = "aggregator/0.1 (+https://github.com/aggregator-news/aggregator)"
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 32
CONCURRENT_REQUESTS_PER_DOMAIN = 1
DOWNLOAD_DELAY = 0

# Hostile input (docs/security.md): bounded size, time and redirects; only the public web.
# DOWNLOAD_MAXSIZE also bounds the decompressed body (HttpCompressionMiddleware stops a
# gzip, deflate or brotli bomb while decompressing); DOWNLOAD_TIMEOUT bounds the whole
# response, so a server trickling a byte at a time is cut off too.
DOWNLOAD_MAXSIZE = 16 * 1024 * 1024
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024
DOWNLOAD_TIMEOUT = 30
REDIRECT_MAX_TIMES = 5
RETRY_TIMES = 2
# No handler for file://, data:, s3:// or ftp://: a feed cannot make us read local files.
DOWNLOAD_HANDLERS = {"file": None, "data": None, "s3": None, "ftp": None}
TWISTED_DNS_RESOLVER = "middlewares.resolver.NetGuardResolver"
"""Resolve host names, then drop addresses outside AGGREGATOR_ALLOW_NETWORKS (SSRF)."""
DOWNLOADER_MIDDLEWARES = {
    "middlewares.netguard.NetGuardMiddleware": 950,
    # Ours logs an unreachable robots.txt as one line instead of a traceback.
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "middlewares.robotstxt.RobotsTxtMiddleware": 100,
}
NETGUARD_ENABLED = True
"""Refuse non-http(s) URLs and private, loopback or link-local addresses before connecting."""
# Scrapy 2.19's remote control runs posted Python code (token-protected, on localhost) and
# writes its token under the home directory: no such door in a service.
REMOTE_CONTROL_ENABLED = False

TELNETCONSOLE_ENABLED = False
LOG_LEVEL = "INFO"
FEED_EXPORT_ENCODING = "utf-8"

ITEM_PIPELINES = {
    "pipelines.extraction.ExtractionPipeline": 100,
    "pipelines.attribution.AttributionPipeline": 200,
    "pipelines.dedup.DedupPipeline": 300,
    "pipelines.queue.QueuePipeline": 900,
}

EXTRACTION_ENABLED = True
"""Extract main text and metadata from each article page."""
EXTRACTION_WORKERS = 0
"""Processes extracting in parallel; 0 means one per core, 1 extracts in a thread."""
ATTRIBUTION_ENABLED = True
"""Record the original publisher and remove credit lines from the text."""
ATTRIBUTION_PUBLISHERS_FILE = AGGREGATOR_CONFIG.publishers_file
"""An operator's publisher table (TOML), merged over the bundled one."""
DEDUP_ENABLED = True
"""Drop repeats of articles already published under another spelling of their URL."""
QUEUE_ENABLED = True
"""Publish each article to the Redis stream."""

LOG_FORMATTER = "pipelines.logformatter.ArticleLogFormatter"
