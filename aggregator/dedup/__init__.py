"""De-duplication: repeats of one article and copies of one story, in a shared Redis index.

Owns text fingerprints (``minhash``), what the index is told of an article (``record``),
the atomic index scripts (``index``) and stories with their original (``stories``).
"""
