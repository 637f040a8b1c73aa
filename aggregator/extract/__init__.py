"""Extraction: an article page's bytes to its main text and metadata (trafilatura and more).

Owns decoding, page-type checks (bot walls, paywalls, index pages), pruning before
trafilatura, boilerplate removal after it, and metadata from JSON-LD, ``<meta>`` and the feed.
Entry points: ``extractor.extract`` and ``extractor.extract_bytes``.
"""
