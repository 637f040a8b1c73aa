"""Imported first by the extraction forkserver (its preload): it then dies with the crawl."""

from __future__ import annotations

from aggregator.crawl.lifeline import die_with_parent

# The forkserver is the only process that imports this module: being imported is its job.
die_with_parent()
