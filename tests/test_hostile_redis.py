"""Redis security: passwords, ACL users and TLS through REDIS_URL, no secret in any message
or log line, and an embedded server that listens on nothing but a private unix socket."""

from __future__ import annotations

import os
import shutil
import socket
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import redis

from aggregator.config import Config
from aggregator.embedded_redis import EmbeddedRedis
from aggregator.errors import ConfigError, RedisUnavailable
from aggregator.redis_connection import _redacted, connect
from aggregator.sources.registry import Source, SourceRegistry
from tests.test_hostile_server import (
    GOOD_HTML,
    HostileServer,
    body,
    redis_url,  # noqa: F401 - a fixture
    rss,
)

DEV_SETTINGS = "aggregator_scrapy.settings.development"
PASSWORD = "s3cret-default-Pw"
ACL_USER, ACL_PASSWORD = "crawler", "acl-Pw-7f3a"
REDIS_SERVER = shutil.which("redis-server")


@dataclass(frozen=True)
class SecuredRedis:
    port: int
    tls_port: int
    ca: Path


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def secured(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SecuredRedis]:
    """A real redis-server with a password, an ACL user and a TLS port (self-signed CA)."""
    if REDIS_SERVER is None or shutil.which("openssl") is None:
        pytest.skip("needs redis-server (built with TLS) and openssl")
    tmp = tmp_path_factory.mktemp("secured-redis")
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-keyout", tmp / "key.pem", "-out", tmp / "cert.pem", "-subj", "/CN=localhost",
         "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"],
        check=True, capture_output=True,
    )  # fmt: skip
    port, tls_port = _free_port(), _free_port()
    process = subprocess.Popen(
        [REDIS_SERVER, "--bind", "127.0.0.1", "--port", str(port), "--tls-port", str(tls_port),
         "--tls-cert-file", tmp / "cert.pem", "--tls-key-file", tmp / "key.pem",
         "--tls-ca-cert-file", tmp / "cert.pem", "--tls-auth-clients", "no",
         "--requirepass", PASSWORD, "--save", "", "--appendonly", "no", "--dir", tmp],
        stdout=subprocess.DEVNULL,
    )  # fmt: skip
    admin = redis.Redis(port=port, password=PASSWORD)
    for _ in range(100):
        try:
            admin.ping()
            break
        except redis.ConnectionError:
            time.sleep(0.05)
    admin.acl_setuser(ACL_USER, enabled=True, passwords=[f"+{ACL_PASSWORD}"], keys=["*"],
                      commands=["+@all"])  # fmt: skip
    yield SecuredRedis(port, tls_port, tmp / "cert.pem")
    process.terminate()
    process.wait(10)


def _config(url: str, tmp_path: Path) -> Config:
    return Config(redis_url=url, data_dir=tmp_path / "var")


def test_password_in_the_url(secured: SecuredRedis, tmp_path: Path) -> None:
    client = connect(_config(f"redis://:{PASSWORD}@127.0.0.1:{secured.port}/0", tmp_path))
    assert client.acl_whoami() == "default"


def test_acl_user_in_the_url(secured: SecuredRedis, tmp_path: Path) -> None:
    url = f"redis://{ACL_USER}:{ACL_PASSWORD}@127.0.0.1:{secured.port}/0"
    assert connect(_config(url, tmp_path)).acl_whoami() == ACL_USER


def test_tls_through_rediss(secured: SecuredRedis, tmp_path: Path) -> None:
    url = (
        f"rediss://{ACL_USER}:{ACL_PASSWORD}@127.0.0.1:{secured.tls_port}/0"
        f"?ssl_ca_certs={secured.ca}&ssl_cert_reqs=required"
    )
    client = connect(_config(url, tmp_path))
    assert client.acl_whoami() == ACL_USER
    assert client.connection_pool.connection_class is redis.SSLConnection


def test_tls_refuses_an_unknown_certificate(secured: SecuredRedis, tmp_path: Path) -> None:
    """The default for rediss:// is to verify: a self-signed server without its CA fails."""
    url = f"rediss://:{PASSWORD}@127.0.0.1:{secured.tls_port}/0"
    with pytest.raises(RedisUnavailable, match="certificate") as failure:
        connect(_config(url, tmp_path))
    assert PASSWORD not in str(failure.value)


@pytest.mark.parametrize(
    "url",
    [
        "redis://:wrong-{pw}@127.0.0.1:{port}/0",
        "redis://{user}:wrong-{pw}@127.0.0.1:{port}/0",
        "redis://127.0.0.1:{port}/0?password=wrong-{pw}",
        "redis://:{pw}@127.0.0.1:{closed}/0",
    ],
)
def test_failures_never_show_the_password(secured: SecuredRedis, tmp_path: Path, url: str) -> None:
    url = url.format(pw=PASSWORD, user=ACL_USER, port=secured.port, closed=_free_port())
    with pytest.raises(RedisUnavailable) as failure:
        connect(_config(url, tmp_path))
    assert PASSWORD not in str(failure.value)
    assert "***" in str(failure.value)


def test_a_bad_url_option_is_a_config_error_without_the_password(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as failure:
        connect(_config(f"redis://:{PASSWORD}@127.0.0.1:1/0?socket_timeout=soon", tmp_path))
    assert PASSWORD not in str(failure.value)


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("redis://:pw@h:1/0", "redis://***@h:1/0"),
        ("redis://u:p@ss@h/0", "redis://u:***@h/0"),
        (
            "rediss://u@h/0?password=x&ssl_ca_certs=/a",
            "rediss://u@h/0?password=***&ssl_ca_certs=/a",
        ),
        ("unix:///run/r.sock?password=z", "unix:///run/r.sock?password=***"),
        ("redis://h:6379/0", "redis://h:6379/0"),
    ],
)
def test_redacted(url: str, shown: str) -> None:
    assert _redacted(url) == shown


def test_a_crawl_logs_no_secret(
    secured: SecuredRedis, tmp_path: Path, cli_env: dict[str, str]
) -> None:
    """``aggregator -vv crawl`` on a password-protected Redis: every debug line, no password;
    then a wrong password: one line, no traceback, no password."""
    url = f"redis://{ACL_USER}:{ACL_PASSWORD}@127.0.0.1:{secured.port}/0"
    with HostileServer() as site:
        site.routes["/feed.xml"] = body(rss(site.url("/a.html")))
        site.routes["/a.html"] = body(GOOD_HTML, "text/html")
        config = _config(url, tmp_path)
        SourceRegistry(connect(config), config.keys).add(Source("site", site.url("/feed.xml")))
        env = {**cli_env, "REDIS_URL": url, "AGGREGATOR_SETTINGS": DEV_SETTINGS}
        env["AGGREGATOR_KEY_PREFIX"] = config.keys.prefix
        run = [sys.executable, "-m", "aggregator", "-vv", "crawl"]
        ok = subprocess.run(run, env=env, capture_output=True, text=True, timeout=60)
        assert ok.returncode == 0, ok.stderr[-2000:]
        assert site.fetched("/a.html")
        env["REDIS_URL"] = url.replace(ACL_PASSWORD, ACL_PASSWORD + "-wrong")
        bad = subprocess.run(run, env=env, capture_output=True, text=True, timeout=60)
    for result in (ok, bad):
        assert ACL_PASSWORD not in result.stdout + result.stderr
    assert bad.returncode == 1
    # -vv logs which Redis it uses (an INFO line, password hidden), then the one error line.
    errors = [line for line in bad.stderr.splitlines() if " INFO " not in line]
    assert len(errors) == 1 and "Traceback" not in bad.stderr, bad.stderr


def test_embedded_redis_listens_only_on_a_private_unix_socket(tmp_path: Path) -> None:
    server = EmbeddedRedis(tmp_path)
    server.start()
    client = redis.Redis.from_url(server.url, decode_responses=True)
    try:
        assert client.config_get("port") == {"port": "0"}
        assert client.config_get("tls-port").get("tls-port", "0") == "0"
        assert stat.S_IMODE(os.stat(server.socket).st_mode) & 0o077 == 0
    finally:
        server.release(client)
