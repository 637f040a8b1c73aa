"""The public surface: every name in ``aggregator.__all__`` resolves, and importing the
package does not load the extraction stack."""

from __future__ import annotations

import subprocess
import sys

import aggregator


def test_every_public_name_resolves() -> None:
    assert aggregator.__all__ == sorted(aggregator.__all__, key=lambda n: (not n.isupper(), n))
    for name in aggregator.__all__:
        assert getattr(aggregator, name) is not None, name


def test_importing_the_package_stays_light() -> None:
    code = "import sys, aggregator; print('trafilatura' in sys.modules, 'scrapy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]
