"""Scrapy spiders: they fetch, the core in aggregator/ does the rest."""
