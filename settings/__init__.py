"""Scrapy settings modules: ``base`` plus one override module per environment."""
