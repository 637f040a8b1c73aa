"""Scrapy adapters of the distributed frontier (aggregator.crawl.frontier) on scrapy-redis."""
