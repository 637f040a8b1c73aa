"""Pickle for queued requests that only rebuilds plain values and our own records.

scrapy-redis pickles ``Request.to_dict()``; unpickling what anyone with write access to the
Redis put there could run code, so loading refuses every class but the few a request holds.
"""

from __future__ import annotations

import io
import pickle
from typing import Any

#: (module, name) pairs a queued request may contain: cb_kwargs and meta of the feed spider.
ALLOWED = frozenset(
    {
        ("aggregator.sources.registry", "Source"),
        ("aggregator.models", "FeedEntry"),
        ("builtins", "set"),
        ("builtins", "frozenset"),
    }
)


class _Unpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        if (module, name) not in ALLOWED:
            raise pickle.UnpicklingError(f"refused to load {module}.{name} from the frontier")
        return super().find_class(module, name)


def dumps(obj: Any) -> bytes:
    return pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)


def loads(data: bytes) -> Any:
    return _Unpickler(io.BytesIO(data)).load()
