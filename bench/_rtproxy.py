"""A unix-socket proxy in front of Redis that counts round trips, for the benchmarks.

A round trip is a client's request after the server's last reply on that connection: a
pipeline of ten commands is one, a Lua script's inner calls are none. INFO commandstats
counts commands (inner calls included), which says little about latency.
"""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path


class RoundTripProxy:
    """Listens on ``path`` and forwards every connection to the Redis at ``target``."""

    def __init__(self, path: Path, target: Path) -> None:
        self.path, self.target = path, target
        self.round_trips = 0
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    @property
    def url(self) -> str:
        return f"unix://{self.path}"

    def start(self) -> None:
        self._thread.start()
        self._ready.wait(10)

    def stop(self) -> None:
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        server = self._loop.run_until_complete(
            asyncio.start_unix_server(self._connection, str(self.path))
        )
        self._ready.set()
        self._loop.run_forever()
        server.close()

    async def _connection(
        self, client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter
    ) -> None:
        server_r, server_w = await asyncio.open_unix_connection(str(self.target))
        answered = [True]  # the server has replied since the client last wrote

        async def requests() -> None:
            while data := await client_r.read(65536):
                if answered[0]:
                    self.round_trips += 1
                    answered[0] = False
                server_w.write(data)
                await server_w.drain()
            server_w.close()

        async def replies() -> None:
            while data := await server_r.read(65536):
                answered[0] = True
                client_w.write(data)
                await client_w.drain()
            client_w.close()

        await asyncio.gather(requests(), replies(), return_exceptions=True)
