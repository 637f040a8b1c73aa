"""Scrapy adapters of the distributed frontier (aggregator.frontier) on top of scrapy-redis."""
