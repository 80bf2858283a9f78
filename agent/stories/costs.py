"""What was at stake: the size of an owned failure's cost, or of what the speaker's work reached or moved.

The ownership anchors keep level 5 for outcomes that mattered: an owned failure whose cost is named ("it cost
us about 70 late deliveries a day", "roughly 8% of reconnecting clients got refused", "about 3,000 customers
had a cold house"), or a result of one's own call measured at its scale ("stockouts dropped from about 30 a
month to 4").  A small, cheap slip owned well ("my label showed negative minutes; I fixed it, added a test
and told the reporter") is 4 at most.  ``stakes_named`` marks the first sentence that names such stakes.
"""

from __future__ import annotations

from agent.stories.clauses import SentenceView
from agent.stories.found import at_match, first, phrases
from agent.stories.models import Signal

_COUNT = (
    r"(?:\d[\d,.]*(?: ?%| percent)?|hundreds|thousands|millions|dozens|"
    r"(?:ten|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|hundred|a thousand)"
    r"(?:-\w+)?)"
)
_AFFECTED = (
    r"(?:customers|users|clients|players|patients|orders|devices|accounts|people|members|sellers|merchants|"
    r"deliveries|bookings|payments|transactions|homes|households|drivers|shops|stores|requests|messages|records|"
    r"passengers|students|visitors|calls|shipments|parcels|invoices|subscribers|listeners|viewers|pushes|jobs)"
)
_COST = phrases(
    # "it cost us a week", "cost merchants roughly 40,000 declined payments", "costing us $3k an hour"
    r"cost(?:ing|s)? (?:us|me|them|him|her|the \w+|\w+s|about|roughly|around|nearly|over|another|a|an|\d[\d,.]*|[$£€]\d)",
    # "we lost about $4,100", "editorial lost a morning", "lost the contract"
    r"(?:lost|losing) (?:us |me |them )?(?:a|an|one|two|three|four|five|about|roughly|around|nearly|over|another|"
    r"the (?:contract|customer|account|deal|data|day|week)|\d[\d,.]*|[$£€]\d|hours|days|weeks|money|revenue|customers)",
    # "about 1,100 orders", "roughly 8% of reconnecting clients"
    rf"{_COUNT} (?:of )?(?:(?:the|our|their|those|these|all|[\w-]+) ){{0,2}}{_AFFECTED}",
    # "for about forty minutes nurses had to ...", "for two weeks"
    r"for (?:about |roughly |around |nearly |over |almost |some |several |a few )?(?:\d[\d,.]*|two|three|four|five|"
    r"six|ten|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|some|several|a few|many) "
    r"(?:minutes|hours|days|weeks|months|nights)",
    r"(?:an |the |a )?(?:outage|incident|post-?mortem)",
    r"cancel(?:led|ed) (?:their|the|its|our) (?:contract|account|subscription|order)",
)
# Said in any story: how many were reached, or how far a measured result moved ("from about 30 a month to 4").
_SCALE = phrases(
    rf"{_COUNT} (?:of )?(?:(?:the|our|their|those|these|all|[\w-]+) ){{0,2}}{_AFFECTED}",
    r"from (?:about |roughly |around |over |nearly |almost )?\d[\d,.]*(?: ?%| percent)?(?: (?:a|an|per) \w+)? "
    r"to (?:about |under |below |roughly |around |just |over )?\d",
)


def stakes(sents: list[SentenceView], signals: list[Signal]) -> list[Signal]:
    """``stakes_named``: the first sentence naming what an owned failure cost, or the scale the work reached."""
    owned = any(s.key == "owned_outcome" and not s.weak for s in signals)
    for sent in sents:
        if sent.question:
            continue
        m = (first(_COST, sent) if owned else None) or first(_SCALE, sent)
        if m is not None:
            return [at_match("stakes_named", sent, m)]
    return []
