"""RedisPatience says once that Redis is down and once that it is back, however many
threads share it (issue 17; a crawl's publish and entry-log threads share one)."""

from __future__ import annotations

import logging

import pytest
import redis

from aggregator.redis_patience import RedisPatience


def test_a_call_under_way_when_redis_went_away_does_not_say_it_is_back(
    caplog: pytest.LogCaptureFixture,
) -> None:
    patience = RedisPatience(5)

    def finishes_while_another_thread_fails() -> str:
        # Another thread's call fails while this one, begun before, still completes on its
        # connection: Redis is down from now on, whatever this call returns.
        patience._down(redis.ConnectionError("Connection reset by peer"))
        return "done"

    with caplog.at_level(logging.WARNING, logger="aggregator.redis_patience"):
        assert patience.call(finishes_while_another_thread_fails) == "done"
        said = [record.getMessage() for record in caplog.records]
        assert len(said) == 1, said  # down, and still down
        assert said[0].startswith("redis unavailable, retrying for up to 5s")
        assert patience.call(lambda: "again") == "again"  # begun after: Redis is back
    said = [record.getMessage() for record in caplog.records]
    assert len(said) == 2, said
    assert said[1].startswith("redis back after")
