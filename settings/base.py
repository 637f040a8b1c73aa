"""Settings every environment shares; the environment itself is read by aggregator.config."""

from __future__ import annotations

from scrapy.settings.default_settings import EXTENSIONS_BASE as _SCRAPY_EXTENSIONS

from aggregator.config import Config

BOT_NAME = "aggregator"
SPIDER_MODULES = ["aggregator_scrapy.spiders"]
NEWSPIDER_MODULE = "aggregator_scrapy.spiders"

AGGREGATOR_CONFIG = Config.from_env()
"""Every environment variable, read and checked once (aggregator.options declares them);
the settings below that depend on the environment take their values from it."""


# Politeness: identify ourselves, obey robots.txt, one request at a time per host.
AGGREGATOR_CONTACT_URL = AGGREGATOR_CONFIG.contact_url
"""Where site owners learn who crawls them and how to reach the operator (in the User-Agent;
env AGGREGATOR_CONTACT_URL)."""
USER_AGENT = f"aggregator/0.1 (+{AGGREGATOR_CONTACT_URL})"
ROBOTSTXT_OBEY = True
ROBOTSTXT_CACHE_ENABLED = True
"""Keep each host's robots.txt in Redis across passes (aggregator.crawl.robots): a pass over
unchanged feeds then sends one request a source, not two."""
ROBOTSTXT_CACHE_MAX_AGE = 24 * 3600
"""Longest a robots.txt is kept (RFC 9309 2.4: at most 24 h); its Cache-Control or Expires
shorten it, no-store or no-cache keep it not at all."""
ROBOTSTXT_CACHE_ERROR_TTL = 5 * 60
"""How long a robots.txt that answered 5xx (which disallows the whole host, RFC 9309 2.3.1.4)
is kept before it is asked again."""
CONCURRENT_REQUESTS = 32
SCHEDULER_PRIORITY_QUEUE = "aggregator_scrapy.frontier.pqueues.RoundRobinSlotQueue"
"""Scrapy's downloader-aware queue (the least busy host first), in O(1) a request instead of
a look at every queued host: it made a pass over 5,000 feeds cost twice as much a source as
one over 1,000 (aggregator_scrapy.frontier.pqueues)."""
CONCURRENT_ITEMS = 4
"""Items of one response processed at once. Scrapy 2.19 starts this many asyncio tasks for
every response's output (scrapy.utils.asyncio._parallel_asyncio), and an article page yields
one item: the default of 100 took a quarter of the crawl process's CPU (bench/results/README.md)."""
CONCURRENT_REQUESTS_PER_DOMAIN = AGGREGATOR_CONFIG.host_concurrency
"""Requests in flight per host at once (env AGGREGATOR_HOST_CONCURRENCY, default 1)."""
DOWNLOAD_DELAY = 0.0 if AGGREGATOR_CONFIG.host_delay is None else AGGREGATOR_CONFIG.host_delay
"""Seconds between two requests to one host (env AGGREGATOR_HOST_DELAY, default 0); with
AutoThrottle (production) the adaptive delay never goes below it."""

# Hostile input (docs/security.md): bounded size, time and redirects; only the public web.
# DOWNLOAD_MAXSIZE also bounds the decompressed body (HttpCompressionMiddleware stops a
# gzip, deflate or brotli bomb while decompressing); DOWNLOAD_TIMEOUT bounds the whole
# response, so a server trickling a byte at a time is cut off too.
DOWNLOAD_MAXSIZE = 16 * 1024 * 1024
SCRAPER_SLOT_MAX_ACTIVE_SIZE = 4 * DOWNLOAD_MAXSIZE
"""Response bytes in callbacks before Scrapy stops downloading (its default, 5 MB, is less than
one big feed: a 12.5 MB feed being parsed held up every other source, issue 17)."""
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024
DOWNLOAD_TIMEOUT = 30
REDIRECT_MAX_TIMES = 5
RETRY_TIMES = 2
# No handler for file://, data:, s3:// or ftp://: a feed cannot make us read local files.
DOWNLOAD_HANDLERS = {"file": None, "data": None, "s3": None, "ftp": None}
TWISTED_DNS_RESOLVER = "aggregator_scrapy.middlewares.resolver.NetGuardResolver"
"""Resolve host names, then drop addresses outside AGGREGATOR_ALLOW_NETWORKS (SSRF)."""
DOWNLOADER_MIDDLEWARES = {
    "aggregator_scrapy.middlewares.netguard.NetGuardMiddleware": 950,
    # Ours obeys robots.txt for requests that wait for it too, and logs an unreachable
    # robots.txt as one line instead of a traceback (see the class).
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "aggregator_scrapy.middlewares.robotstxt.RobotsTxtMiddleware": 100,
    # Ours looks for "refresh" in the page's bytes before decoding it on the reactor.
    "scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware": None,
    "aggregator_scrapy.middlewares.metarefresh.MetaRefreshMiddleware": 580,
}
NETGUARD_ENABLED = True
"""Refuse non-http(s) URLs and private, loopback or link-local addresses before connecting."""
# Scrapy 2.19's remote control runs posted Python code (token-protected, on localhost) and
# writes its token under the home directory: no such door in a service.
REMOTE_CONTROL_ENABLED = False
EXTENSIONS_BASE = {k: v for k, v in _SCRAPY_EXTENSIONS.items() if not k.endswith(".RemoteControl")}
"""Scrapy's extensions without the remote control, so that it is not even imported: its module
loads aiohttp, a tenth of a second of every crawl's start-up. Disabling it in EXTENSIONS is not
enough: Scrapy imports every key of a component dictionary, None or not, to normalise it."""

TELNETCONSOLE_ENABLED = False
LOG_LEVEL = "INFO"
FEED_EXPORT_ENCODING = "utf-8"

ITEM_PIPELINES = {
    # Extraction, attribution and the dedup fingerprint: one hop to a worker process each page.
    "aggregator_scrapy.pipelines.processing.ProcessingPipeline": 100,
    "aggregator_scrapy.pipelines.dedup.DedupPipeline": 300,
    "aggregator_scrapy.pipelines.queue.QueuePipeline": 900,
}

EXTRACTION_ENABLED = True
"""Extract main text and metadata from each article page."""
EXTRACTION_WORKERS = 0
"""Processes working on pages in parallel (extraction, attribution, fingerprint); 0 means one
per core, 1 works in a thread."""
EXTRACTION_FAST = False
"""Never ask trafilatura's second opinions (readability, jusText). Without it they are asked
only where its first pass looks short or keeps no article (one page in fifteen); with it,
about 7% less CPU per page for a little less recall (bench/results/extraction-fast.md)."""
ATTRIBUTION_ENABLED = True
"""Record the original publisher and remove credit lines from the text."""
ATTRIBUTION_PUBLISHERS_FILE = AGGREGATOR_CONFIG.publishers_file
"""An operator's publisher table (TOML), merged over the bundled one (env
AGGREGATOR_PUBLISHERS_FILE)."""
DEDUP_ENABLED = True
"""Drop repeats, mark updates and link copies to their story (aggregator.dedup.index)."""
DEDUP_WINDOW = 4 * 86400
"""Seconds of one dedup time window; the index keeps DEDUP_WINDOWS of them."""
DEDUP_WINDOWS = 2
"""Windows an article is remembered for: 4 to 8 days with the defaults; each costs lookups."""
DEDUP_CAPACITY = 500_000
"""Articles expected per window: sizes the Redis hash buckets (changing it forgets the index)."""
DEDUP_THRESHOLD = 0.5
"""Estimated containment of the smaller text in the larger above which two are one story."""
QUEUE_ENABLED = True
"""Publish each article to the Redis stream."""
FEED_MAX_NEW_ENTRIES = 200
"""New entries taken from one feed or sitemap per pass, the newest first; the rest are taken
on the next passes (0: no limit). A feed of 100,000 items no longer makes a pass of hours."""
REDIS_PATIENCE = 30.0
"""Seconds the dedup check and the publish ride out a Redis outage before the articles in
flight count as not published, the crawl stops and exits non-zero (aggregator.redis_patience)."""

LOG_FORMATTER = "aggregator_scrapy.pipelines.logformatter.ArticleLogFormatter"
