"""Sources: the registry of feeds, reading feeds and sitemaps, and when to poll each.

Owns the records in Redis (``registry``), import and export files (``files``, ``opml``),
parsing (``feeds``, ``sitemaps``, ``documents``), discovery and the ``sources add`` preview,
poll outcomes and pacing (``polling``, ``pacing``), health counters (``health``), and the
schedule: due times and leases (``due``) and the scheduler loop (``schedule``).
"""
