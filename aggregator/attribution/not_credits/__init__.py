"""Lines shaped like credits that credit no copy: a cited source of facts, a quoted outlet, a
distributor or a press release's issuer. Read before a credit counts (precision first)."""
