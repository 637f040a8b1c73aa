"""The bundled demo news world: fictitious publishers served from one local server.

Start it with ``aggregator.demo.server.DemoSite`` or ``python -m aggregator.demo.server``.
"""
