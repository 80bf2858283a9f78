"""h11c's and h11's fresh batches per probe class (issue 11): 12-14 sentences of the class and 6 near-misses each.
Their first-sight scores are in bench/README.md; these tests guard the class rules written afterwards."""

from __future__ import annotations

import pytest
from class_batches_a import CLASSES_A
from class_batches_b import CLASSES_B
from class_batches_c import CLASSES_C
from class_batches_d import CLASSES_D
from class_batches_e import CLASSES_E
from class_batches_f import CLASSES_F
from class_batches_g import CLASSES_G
from class_batches_h import CLASSES_H

from agent.analysis import PROBE_LOCI, analyze_many

BATCHES = {f"A {name}": cases for name, cases in CLASSES_A.items()} | {
    f"B {name}": cases for name, cases in CLASSES_B.items()
}
BATCHES |= {f"C {name}": cases for name, cases in CLASSES_C.items()} | {
    f"D {name}": cases for name, cases in CLASSES_D.items()
}
BATCHES |= {f"E {name}": cases for name, cases in CLASSES_E.items()} | {
    f"F {name}": cases for name, cases in CLASSES_F.items()
}
BATCHES |= {f"G {name}": cases for name, cases in CLASSES_G.items()} | {
    f"H {name}": cases for name, cases in CLASSES_H.items()
}


@pytest.mark.parametrize("name", list(BATCHES))
def test_class_batch(nlp, name: str) -> None:
    cases = BATCHES[name]
    results = analyze_many([t for t, _ in cases])
    wrong = [(t, want, got.locus) for (t, want), got in zip(cases, results, strict=False) if got.locus != want]
    false_probes = [w for w in wrong if w[1] not in PROBE_LOCI and w[2] in PROBE_LOCI]
    missed = [w for w in wrong if w[1] in PROBE_LOCI and w[2] not in PROBE_LOCI]
    # Known: "the job was paused ..., and I resumed it" reads agentless (the pause outranks the resume); in batch D
    # "the decision ... rested entirely with our general counsel" is missed (the parser gives "rested" the SDK as subject).
    assert len(false_probes) <= (1 if name == "A agentless" else 0), false_probes
    # In batch H "got de-scoped" is missed: the tokenizer splits "de-scoped" and tags each piece as a participle.
    assert len(missed) <= (1 if name in ("D authority", "H agentless") else 0), missed
    # Wrong class but still probed: "somebody upstairs decided", "we were told to" read authority (the project's
    # convention for a teller above), "two approvals from code owners" reads authority, not process.
    assert len(wrong) <= 3, wrong
