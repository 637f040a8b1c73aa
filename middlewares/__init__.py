"""Scrapy downloader components: thin adapters over the core in aggregator/."""
