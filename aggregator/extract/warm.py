"""Imported by the extraction workers' forkserver (aggregator.crawl.workers): fills once, for
every worker it forks, the caches trafilatura and jusText fill on a worker's first pages."""

from __future__ import annotations

from justext.core import define_stoplist
from trafilatura import external

# The stop words of every language jusText knows (pages of unknown language), as trafilatura
# builds them and as jusText then indexes them: ~0.2 s of each worker's first pages otherwise.
define_stoplist(external.JT_STOPLIST or external.jt_stoplist_init())
