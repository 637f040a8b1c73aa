"""Attribution: who really published a story when a site republishes it.

The decision is ``attribute.attribute``. It reads credit lines in the text (``credits``, which
tries the readers of ``line_readers/`` on each line, with the newsroom conventions of
``conventions/``), evidence in markup (``markup``) and beside the text (``side_credits``), sets
aside what only looks like a credit (``not_credits/``), and names the outlet through the
publisher table (``publishers``, ``resolve`` and its steps in ``resolving/``).
docs/attribution.md maps every module.
"""
