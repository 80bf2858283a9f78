"""The learned locus classifier: a multinomial logistic regression over ``features.sentence_features``.

Its weights ship in this package (``locus_weights.json``, written by ``tools/train_arbiter.py``) and are read
once, offline; inference is a sum of weight rows and a softmax in numpy.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from pathlib import Path

import numpy as np

WEIGHTS = Path(__file__).with_name("locus_weights.json")
_lock = threading.Lock()
_loaded: LocusModel | None = None


@dataclass(frozen=True)
class LocusModel:
    classes: tuple[str, ...]
    index: dict[str, int]
    weights: np.ndarray  # (features, classes)
    bias: np.ndarray  # (classes,)

    def probabilities(self, features: list[str]) -> dict[str, float]:
        """P(locus | sentence) for each class, from the sentence's feature names (unknown names are ignored)."""
        rows = sorted({self.index[f] for f in features if f in self.index})
        logits = self.bias + (self.weights[rows].sum(axis=0) if rows else 0.0)
        logits = np.exp(logits - logits.max())
        probs = logits / logits.sum()
        return dict(zip(self.classes, probs.tolist(), strict=True))

    def to_json(self) -> dict:
        return {
            "classes": list(self.classes),
            "features": sorted(self.index, key=self.index.get),
            "bias": [round(float(b), 4) for b in self.bias],
            "weights": [[round(float(w), 4) for w in row] for row in self.weights],
        }


def from_json(data: dict) -> LocusModel:
    features = data["features"]
    return LocusModel(
        classes=tuple(data["classes"]),
        index={name: n for n, name in enumerate(features)},
        weights=np.asarray(data["weights"], dtype=np.float64).reshape(len(features), len(data["classes"])),
        bias=np.asarray(data["bias"], dtype=np.float64),
    )


def load() -> LocusModel:
    """The shipped model (read once; thread-safe)."""
    global _loaded
    if _loaded is None:
        with _lock:
            if _loaded is None:
                _loaded = from_json(json.loads(WEIGHTS.read_text(encoding="utf-8")))
    return _loaded
