"""De-duplication: repeats of one article and copies of one story, in a shared Redis index.

Owns text fingerprints (``minhash``), what the index is told of an article (``record``),
the atomic index scripts (``index``), stories with their original (``stories``), what
happens to an article (``decision``: publish it, as what, or not) and the updates that
tell copies already published of an original that arrived after them (``relink``).
"""
