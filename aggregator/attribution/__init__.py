"""Attribution: who really published a story when a site republishes it.

Owns credit-line patterns (``patterns``), finding credit lines in text (``credits``),
evidence in markup (``markup``), the publisher table (``publishers``, ``resolve``) and the
decision (``attribute.attribute``).
"""
