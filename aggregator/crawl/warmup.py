"""Imported last by the extraction workers' forkserver (aggregator.crawl.workers): fills once, for
every worker it forks, the caches trafilatura, jusText and attribution fill on a worker's first
pages."""

from __future__ import annotations

from justext.core import define_stoplist
from trafilatura import external

from aggregator.attribution import attribute  # noqa: F401  (imports every run of patterns)
from aggregator.attribution.conventions.local_editions import small_towns, towns
from aggregator.attribution.conventions.phrasebook import phrasebook
from aggregator.attribution.pattern_runs import join_all

# The stop words of every language jusText knows (pages of unknown language), as trafilatura
# builds them and as jusText then indexes them: ~0.2 s of each worker's first pages otherwise.
define_stoplist(external.JT_STOPLIST or external.jt_stoplist_init())

# The credit patterns' joined runs, compiled on first use otherwise: ~0.25 s of each worker's
# first page (py-spy of the crawl benchmark's workers, bench/results/crawl.md).
join_all()

# The towns of local editions (aggregator/data/towns.tsv, 61,000 names): ~0.1 s and 9 MB read
# once here and shared by the workers, instead of read again by each on its first edition; and
# the small towns a shared masthead's town may be (small_towns.tsv, 26,000 names).
towns()
small_towns()

# The credit phrasebook (aggregator/data/credit_phrases.toml, ~1,500 lines in 76 languages):
# read and indexed once (~0.15 s); its patterns compile as the workers meet them.
phrasebook()
