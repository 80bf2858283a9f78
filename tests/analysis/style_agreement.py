"""How often a style variant of an answer gets the same decision loci as its clean version.

A unit is one clean sentence.  Its loci are the set of loci of the spans the analyzer finds in it;
the variant's loci for that unit are the loci of the spans that start inside the variant's matching
chunk.  The unit agrees when the two sets are equal (so an extra hedge read into a filler, a lost
decision or a changed holder all count as disagreements).  The answer agrees when its main locus is
the same.  Used by ``bench/bench_style.py`` and ``tests/analysis/test_normalize_style.py``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

VARIANTS = ("typo", "disfluent", "runon")


@dataclass
class Agreement:
    units: int = 0
    agreed: int = 0
    decisions: int = 0  # units whose clean sentence holds a decision (some span)
    decisions_agreed: int = 0
    answers: int = 0
    answers_agreed: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def unit_rate(self) -> float:
        return self.agreed / self.units if self.units else 1.0

    @property
    def decision_rate(self) -> float:
        return self.decisions_agreed / self.decisions if self.decisions else 1.0

    @property
    def answer_rate(self) -> float:
        return self.answers_agreed / self.answers if self.answers else 1.0


def _chunk_ranges(chunks: list[str]) -> tuple[str, list[tuple[int, int]]]:
    ranges, at = [], 0
    for chunk in chunks:
        ranges.append((at, at + len(chunk)))
        at += len(chunk) + 1
    return " ".join(chunks), ranges


def _loci_by_range(result, ranges: list[tuple[int, int]]) -> list[frozenset[str]]:
    out = []
    for a, b in ranges:
        out.append(frozenset(s.locus for s in result.spans if a <= s.start < b))
    return out


def score(cases: list[dict], variants: tuple[str, ...] = VARIANTS) -> dict[str, Agreement]:
    """Agreement per variant kind (plus ``"all"``) over ``cases`` (see ``style_cases``)."""
    from agent.analysis import analyze_many

    texts, plan = [], []
    for case in cases:
        for kind in ("clean", *variants):
            if kind in case:
                text, ranges = _chunk_ranges(case[kind])
                texts.append(text)
                plan.append((case["id"], kind, ranges))
    results = {(cid, kind): (res, ranges) for (cid, kind, ranges), res in zip(plan, analyze_many(texts), strict=False)}
    totals = {kind: Agreement() for kind in (*variants, "all")}
    for case in cases:
        clean, clean_ranges = results[(case["id"], "clean")]
        want = _loci_by_range(clean, clean_ranges)
        for kind in variants:
            if kind not in case:
                continue
            got_res, ranges = results[(case["id"], kind)]
            got = _loci_by_range(got_res, ranges)
            for agg in (totals[kind], totals["all"]):
                agg.answers += 1
                agg.answers_agreed += got_res.locus == clean.locus
                for w, g in zip(want, got, strict=False):
                    agg.units += 1
                    agg.agreed += w == g
                    if w:
                        agg.decisions += 1
                        agg.decisions_agreed += w == g
            for n, (w, g) in enumerate(zip(want, got, strict=False)):
                if w != g:
                    totals[kind].misses.append(f"{case['id']}/{kind}/{n}: clean {sorted(w)} variant {sorted(g)}")
            if got_res.locus != clean.locus:
                totals[kind].misses.append(f"{case['id']}/{kind}: answer {clean.locus} -> {got_res.locus}")
    return totals
