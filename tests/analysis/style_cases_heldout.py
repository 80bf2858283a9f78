"""Held-out style variants (same shape as ``style_cases.CASES``), written with them but scored only
once the normaliser was finished, so their figure is a first sight for the finished version."""

from __future__ import annotations

CASES: list[dict] = [
    {
        "id": "ho-logistics-self",
        "clean": [
            "The routing service kept sending trucks to a closed depot.",
            "I didn't wait for the depot team; I blocked that depot in the config myself because drivers were losing hours.",
        ],
        "typo": [
            "the routing service kept sending trucks to a closed depot.",
            "i didnt wait for the depot team, i blocked that depot in the config myself becuase drivers were loosing hours.",
        ],
        "disfluent": [
            "So, um, the routing service kept sending trucks to a, uh, closed depot.",
            "I didn't wait for the depot team; I, you know, blocked that depot in the config myself because drivers were losing hours.",
        ],
        "runon": [
            "the routing service kept sending trucks to a closed depot",
            "and i didn't wait for the depot team so i blocked that depot in the config myself because drivers were losing hours",
        ],
    },
    {
        "id": "ho-insurance-authority",
        "clean": ["The chief actuary approved the new pricing model after a month of review."],
        "typo": ["the chief actuary aproved the new pricing model after a month of reveiw"],
        "disfluent": ["The chief actuary, um, approved the new pricing model after, like, a month of review."],
    },
    {
        "id": "ho-edtech-group",
        "clean": [
            "The teachers and our designers agreed to remove the leaderboard.",
        ],
        "typo": ["the teachers and our designers agred to remove the leaderbord"],
        "disfluent": ["The teachers and our designers, uh, agreed to, um, remove the leaderboard."],
    },
    {
        "id": "ho-telecom-process",
        "clean": ["The maintenance window was set by the network change calendar, not by us."],
        "typo": ["the maintainance window was set by the network change calender, not by us"],
        "disfluent": ["The maintenance window was, um, set by the network change calendar, you know, not by us."],
    },
    {
        "id": "ho-media-agentless",
        "clean": [
            "The transcoding budget was cut in half.",
            "We never heard who made that choice.",
        ],
        "typo": [
            "the transcoding budget was cut in half.",
            "we never heard who made that choise.",
        ],
        "disfluent": [
            "The, uh, transcoding budget was cut in half.",
            "We never, like, heard who made that choice.",
        ],
        "runon": [
            "the transcoding budget was cut in half",
            "and we never heard who made that choice",
        ],
    },
    {
        "id": "ho-iot-self",
        "clean": ["I decided to ship the thermostat firmware with the old radio stack, because the new one failed our soak test."],
        "typo": ["i decieded to ship the thermostat firmware with the old radio stack, becuase the new one failed our soak test"],
        "disfluent": ["I, um, decided to ship the thermostat firmware with the old radio stack, because, you know, the new one failed our soak test."],
    },
    {
        "id": "ho-travel-hedged",
        "clean": ["I think we just kind of kept the legacy booking API because it was easier."],
        "typo": ["i think we just kind of kept the legacy booking api becuase it was easyer"],
        "disfluent": ["I think we, um, just kind of kept the legacy booking API because, like, it was easier."],
    },
    {
        "id": "ho-bank-self-outcome",
        "clean": [
            "I chose to migrate the ledger during business hours.",
            "That was my call, and the two-minute outage it caused is on me.",
        ],
        "typo": [
            "i chose to migrate the ledger during buisness hours.",
            "that was my call, and the two minute outage it caused is on me.",
        ],
        "disfluent": [
            "I, uh, chose to migrate the ledger during business hours.",
            "That was, um, my call, and the two-minute outage it caused is on me.",
        ],
        "runon": [
            "i chose to migrate the ledger during business hours",
            "and that was my call and the two-minute outage it caused is on me",
        ],
    },
    {
        "id": "ho-pharma-authority-wait",
        "clean": ["We waited two weeks for the quality director to sign off on the label change."],
        "typo": ["we waited two weeks for the quality directer to sign off on the lable change"],
        "disfluent": ["We, um, waited two weeks for the quality director to, uh, sign off on the label change."],
    },
    {
        "id": "ho-ads-none",
        "clean": ["The bidding service handles about nine thousand requests per second at peak."],
        "typo": ["the bidding service handles about nine thousand requests per second at peek"],
        "disfluent": ["The bidding service handles, um, about nine thousand requests per second at, like, peak."],
    },
    {
        "id": "ho-saas-self-inform",
        "clean": ["I paused the email campaign on my own and let marketing know an hour later."],
        "typo": ["i paused the email campain on my own and let marketing know an hour later"],
        "disfluent": ["I, uh, paused the email campaign on my own and, you know, let marketing know an hour later."],
    },
    {
        "id": "ho-energy-group",
        "clean": ["Operations and the grid team decided jointly to cap the battery discharge."],
        "typo": ["operations and the grid team decided jointly to cap the battery discharge"],
        "disfluent": ["Operations and the grid team, um, decided jointly to, like, cap the battery discharge."],
    },
    {
        "id": "ho-robotics-self-mixed",
        "clean": [
            "The safety lead wanted to stop the line for a full day.",
            "I decided to stop only the one cell with the faulty gripper, because the other cells passed their checks.",
        ],
        "typo": [
            "the safety lead wanted to stop the line for a full day.",
            "i decidd to stop only the one cell with the faulty gripper, becasue the other cells passed thier checks.",
        ],
        "disfluent": [
            "The safety lead, um, wanted to stop the line for a full day.",
            "I I decided to stop only the one cell with the faulty gripper, because, like, the other cells passed their checks.",
        ],
        "runon": [
            "the safety lead wanted to stop the line for a full day",
            "but i decided to stop only the one cell with the faulty gripper because the other cells passed their checks",
        ],
    },
    {
        "id": "ho-gov-process",
        "clean": ["The procurement rules required three quotes, so the server purchase went to tender."],
        "typo": ["the procurment rules requierd three quotes, so the server purchase went to tender"],
        "disfluent": ["The procurement rules, uh, required three quotes, so the server purchase, um, went to tender."],
    },
]
