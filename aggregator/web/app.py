"""The Starlette application: health, Prometheus metrics, the JSON API and the dashboard.

Read-only and without login: it binds 127.0.0.1 unless told otherwise (docs/operators.md
puts it behind a reverse proxy). Every handler is a plain function that Starlette runs in
its thread pool, because the Redis client is synchronous.
"""

from __future__ import annotations

import time
from typing import Any

import redis
from prometheus_client import CONTENT_TYPE_LATEST
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.gzip import GZipMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from aggregator.config import Config
from aggregator.dedup.stories import read_story
from aggregator.errors import InvalidInput, UnknownSource, UnknownStory
from aggregator.ops.documents import sources_documents, status_document, story_document
from aggregator.web.dashboard import render_dashboard
from aggregator.web.metrics import MetricsCache, render_metrics
from aggregator.web.recent import recent_stories


def create_app(client: redis.Redis, config: Config) -> Starlette:
    """The service over ``client``; ``config`` names the keys and the deployment's mode."""
    scrapes = MetricsCache(lambda: render_metrics(client, config))

    def healthz(request: Request) -> Response:
        try:
            client.ping()
        except redis.RedisError as exc:
            return JSONResponse({"status": "unavailable", "redis": str(exc)}, status_code=503)
        return JSONResponse({"status": "ok", "redis": "ok", "time": time.time()})

    def metrics(request: Request) -> Response:
        return Response(scrapes.body(), media_type=CONTENT_TYPE_LATEST)

    def api_status(request: Request) -> Response:
        return JSONResponse(status_document(client, config, time.time(), _max_lag(request)))

    def api_sources(request: Request) -> Response:
        return JSONResponse({"sources": sources_documents(client, config, time.time())})

    def api_source(request: Request) -> Response:
        name = request.path_params["name"]
        for source in sources_documents(client, config, time.time()):
            if source["name"] == name:
                return JSONResponse(source)
        raise UnknownSource(f"no source named {name!r}")

    def api_story(request: Request) -> Response:
        story = read_story(client, config.keys, request.path_params["id"])
        return JSONResponse(story_document(story))

    def dashboard(request: Request) -> Response:
        document = status_document(client, config, time.time(), _max_lag(request))
        stories = recent_stories(client, config.keys)
        return HTMLResponse(render_dashboard(document, stories))

    def favicon(request: Request) -> Response:  # browsers ask; a 404 is a console error
        return Response(status_code=204)

    routes = [
        Route("/", dashboard),
        Route("/favicon.ico", favicon),
        Route("/healthz", healthz),
        Route("/metrics", metrics),
        Route("/api/status", api_status),
        Route("/api/sources", api_sources),
        Route("/api/sources/{name:str}", api_source),
        Route("/api/stories/{id:str}", api_story),
    ]
    handlers: dict[Any, Any] = {
        UnknownSource: _not_found,
        UnknownStory: _not_found,
        redis.RedisError: _redis_down,
        InvalidInput: _bad_request,
    }
    # Compressed only for a client that asks (Prometheus does): a scrape of 1,000 sources
    # goes from 230 KB to 11 KB for under a millisecond at level 6 (9, the default, costs
    # three times that for 3% less). Below 1 MiB in the event loop: the hop to a worker
    # thread Starlette makes from 128 KiB cost more wall time than the compression on a
    # busy machine (p50 46 against 39 ms, interleaved).
    gzip = Middleware(
        GZipMiddleware, minimum_size=1000, compresslevel=6, thread_minimum_size=1 << 20
    )
    return Starlette(routes=routes, exception_handlers=handlers, middleware=[gzip])


def _max_lag(request: Request) -> int:
    value = request.query_params.get("max_lag", "10000")
    if not value.isdigit():
        raise InvalidInput(f"max_lag must be a whole number, not {value!r}")
    return int(value)


async def _not_found(request: Request, exc: Exception) -> Response:
    return JSONResponse({"error": str(exc)}, status_code=404)


async def _redis_down(request: Request, exc: Exception) -> Response:
    return JSONResponse({"error": f"redis unavailable: {exc}"}, status_code=503)


async def _bad_request(request: Request, exc: Exception) -> Response:
    return JSONResponse({"error": str(exc)}, status_code=400)
