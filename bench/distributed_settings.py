"""Benchmark settings: the test settings, with 8 concurrent requests per host.

The generated site is one host standing for many: with one request at a time per host, a
worker waits on each fetch's round trip and the run measures latency, not CPU.
"""

from __future__ import annotations

from tests.distributed_settings import *  # noqa: F403

CONCURRENT_REQUESTS_PER_DOMAIN = 8
