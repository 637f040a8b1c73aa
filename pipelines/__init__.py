"""Scrapy item pipelines: each one translates Scrapy's lifecycle into calls on one core module."""
