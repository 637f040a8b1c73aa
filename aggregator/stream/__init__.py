"""The article stream: publishing to it, reading it as consumer groups, writing to sinks.

Owns the stream and its retention (``articles``), consumer groups and their pending
entries (``consumer``, ``pending``, ``delivery``), what ``status`` reports of them
(``status``) and the sinks consumers write to (``sinks``).
"""
