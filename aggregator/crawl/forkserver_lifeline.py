"""Imported first by the extraction forkserver (its preload): it then dies with the crawl,
and the workers it forks die with it."""

from __future__ import annotations

from aggregator.crawl.lifeline import die_with_parent, helpers_die_with_me

# The forkserver is the only process that imports this module: being imported is its job.
die_with_parent()  # the crawl named itself before starting us
helpers_die_with_me()  # the workers we fork inherit our environment
