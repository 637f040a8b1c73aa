"""Helper processes that die with their parent, whatever kills it (SIGKILL included).

A helper asks the kernel to kill it when its parent dies, but it can only ask once it runs,
and its parent may die first: the helper is then adopted by init and the request would watch
the wrong process for ever. So the starter names itself in ``AGGREGATOR_LIFELINE_PARENT``
(``helpers_die_with_me``) before starting helpers, and a helper whose parent is no longer
the one named exits at once.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import os
import signal
import sys
import threading

logger = logging.getLogger(__name__)

#: linux/prctl.h: deliver a signal to this process when its parent thread exits.
PR_SET_PDEATHSIG = 1
#: Seconds between two looks at the parent where the kernel cannot be asked (not Linux).
WATCH_EVERY = 1.0
#: The pid of the process that started us, as it named itself (forked and spawned children
#: inherit the environment).
PARENT_VARIABLE = "AGGREGATOR_LIFELINE_PARENT"


def helpers_die_with_me() -> None:
    """Name this process as the parent the helpers it starts from now on must die with."""
    os.environ[PARENT_VARIABLE] = str(os.getpid())


def die_with_parent(parent: int | None = None) -> None:
    """SIGKILL this process when its parent dies (``parent``: the pid expected; default the
    one named in ``AGGREGATOR_LIFELINE_PARENT``, else the present parent).

    On Linux the kernel is asked (PR_SET_PDEATHSIG); elsewhere a daemon thread exits the
    process once the parent changes. A parent already gone when this runs ends us at once.
    Without this, a SIGKILLed crawl left its extraction forkserver, workers and resource
    tracker running for ever (issue 17).
    """
    if parent is None:
        parent = _named_parent() or os.getppid()
    if not _ask_the_kernel():
        threading.Thread(target=_watch, args=(parent,), name="lifeline", daemon=True).start()
    if os.getppid() != parent:  # it died before the kernel was asked: we were adopted
        os._exit(1)


def worker_initializer() -> None:
    """``ProcessPoolExecutor(initializer=...)``: the worker dies with the process that forked it."""
    die_with_parent()


def _named_parent() -> int | None:
    try:
        return int(os.environ[PARENT_VARIABLE])
    except (KeyError, ValueError):
        return None


def _ask_the_kernel() -> bool:
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        return bool(libc.prctl(PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0) == 0)
    except (OSError, AttributeError):
        return False


def _watch(parent: int) -> None:
    while os.getppid() == parent:
        threading.Event().wait(WATCH_EVERY)
    os._exit(1)
