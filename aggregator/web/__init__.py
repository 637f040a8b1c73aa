"""``aggregator serve``: the operators' read-only HTTP service (API, metrics, dashboard)."""
