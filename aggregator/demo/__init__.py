"""The bundled demo news world: fictitious publishers served from one local server."""

from __future__ import annotations

from aggregator.demo.server import DemoSite

__all__ = ["DemoSite"]
