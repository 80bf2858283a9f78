"""Held-out batch 29 (drift8, 2026-12-03): agentless rulings and hedged persistence in wording the lexicon lacked,
written before the analyzer ran on them.

Agentless: bare passives of stopping, closing and approving ("was axed", "got nixed", "was knocked back", "was closed
as working as intended", "was mothballed"), approvals and orders with nobody named ("permission ... was granted", "the
call went out to recall ...", "the message was to sit tight"), "we were asked / got instructed to" with no teller
named (agentless, the convention of issue 11), an undertaking started ("was kicked off").  Hedged drift: a choice left
standing, told by how long it lasted ("still ..., three years later", "has been thirty seconds since the first
commit", "for as long as anyone can remember", "spread to every repository before anyone caught it", "hung on ...
until", "went on pointing at the decommissioned region", "kept its old layout because nobody wanted to ...", "never
went away").  Vague collective ("sort of a shared decision, though really it was inertia", "we more or less agreed,
I think?").  Near misses: technical passives ("the socket was closed", "the packets were retransmitted"), states of
health or plain leftovers with no span or neglect ("up without a reboot for two years", "the old logo is still
printed on the lanyards": none by convention, see lingering.py), owned persistence and owned stops (self); other
holders in the same shapes (authority, process, group).

First sight (main 6827633): 80 cases, arbiter on P .981 R .797 acc .812 (1 false probe: the lanyard logo read
agentless); rules alone P 1.000 R .719 acc .750.  After (rulings.py, lingering.py, "knock back", told/asked with no
teller read agentless): rules alone P 1.000 R .953 acc .963.  Kept visible: three vague collectives ("though really
it was inertia", a hedged statement ending in "I think?" read as a question, "let the legacy balancer stay" which the
parser reads as a noun).
"""

BATCH29: list[tuple[str, str]] = [
    ("The pilot in the Leeds office was axed during the spring reorg.", "agentless"),
    ("The warehouse migration got shelved after the second outage.", "agentless"),
    ("The vendor contract was terminated a year early.", "agentless"),
    ("The beta was wound down over the summer.", "agentless"),
    ("The rollout was halted at twenty percent of users.", "agentless"),
    ("My proposal for a shared schema was knocked back without much discussion.", "agentless"),
    ("The hiring requisition was yanked two weeks before we could make an offer.", "agentless"),
    ("The team offsite got nixed in October.", "agentless"),
    ("The data retention change was rubber-stamped within a day.", "agentless"),
    ("The hotfix was okayed for the evening train.", "agentless"),
    ("Permission to cut over to the new cluster was granted on Tuesday morning.", "agentless"),
    ("The nod to proceed with the failover came just after midnight.", "agentless"),
    ("It was determined that the old invoices had to be purged.", "agentless"),
    ("The instruction came through to freeze all deploys for the week.", "agentless"),
    ("The message was to sit tight and say nothing to the press.", "agentless"),
    ("We were asked to hold off on the billing refactor.", "agentless"),
    ("The experiment was pulled early, so the metrics never got collected.", "agentless"),
    ("The license renewal was declined, so we had to migrate off the tool.", "agentless"),
    ("The mobile rewrite was mothballed at the end of Q3.", "agentless"),
    ("The Friday deploy got vetoed.", "agentless"),
    ("My bug report was closed as working as intended.", "agentless"),
    ("We got instructed to roll everything back to the March build.", "agentless"),
    ("The clinical trial arm was discontinued after the interim analysis.", "agentless"),
    ("The call went out to recall every unit from the affected batch.", "agentless"),
    ("The night shift was scrapped, so response times got worse.", "agentless"),
    ("The overhaul of the checkout was kicked off in January.", "agentless"),
    ("The temporary feature flag is still switched on, three years later.", "hedged"),
    ("The nightly export has run at 3 a.m. for as long as anyone can remember.", "hedged"),
    ("That workaround is still in the checkout path and nobody knows who added it.", "hedged"),
    ("The hack spread to every repository before anyone caught it.", "hedged"),
    ("Clearing the CDN cache after each deploy just turned into a ritual.", "hedged"),
    ("The monthly report kept its old layout because nobody wanted to break the downstream scripts.", "hedged"),
    ("The interim on-call rotation stuck around until it was simply the rotation.", "hedged"),
    ("Java 8 hung on in the batch cluster until the vendor ended support.", "hedged"),
    ("The dashboards went on pointing at the decommissioned region for months.", "hedged"),
    ("The manual approval step from the pilot never went away.", "hedged"),
    ("The default timeout has been thirty seconds since the very first commit.", "hedged"),
    ("The shared spreadsheet is still the source of truth, a decade later.", "hedged"),
    ("The old naming scheme survived every reorg.", "hedged"),
    ("Nobody ever revisited the hard-coded limit, so it's still 500 rows.", "hedged"),
    ("The paper intake form is still used at the front desk, years after the system went digital.", "hedged"),
    ("The one-off cleanup script somehow became part of every release.", "hedged"),
    ("I'd say it was sort of a shared decision, though really it was inertia.", "hedged"),
    ("We more or less agreed on it, I think? It's all a bit fuzzy.", "hedged"),
    ("Perhaps someone signed off on it somewhere, but mostly the old queue just stayed.", "hedged"),
    ("You could say we picked Mongo, but honestly we just never got around to changing it.", "hedged"),
    ("It was kind of a consensus, maybe, or maybe nobody bothered to object.", "hedged"),
    ("I suppose we collectively drifted into using the monorepo.", "hedged"),
    ("Honestly it was less a decision than a habit we all fell into.", "hedged"),
    ("We sort of just let the legacy balancer stay, I guess.", "hedged"),
    ("The cache was flushed before the benchmark started.", "none"),
    ("Requests were throttled at the gateway during the spike.", "none"),
    ("The logs are rotated every night at midnight.", "none"),
    ("The socket was closed after the handshake failed.", "none"),
    ("The index was rebuilt overnight.", "none"),
    ("The table is sharded by customer id.", "none"),
    ("The packets were retransmitted after the loss.", "none"),
    ("The primary has been up without a reboot for two years.", "none"),
    ("The old logo is still printed on the lanyards.", "none"),
    ("The queue has been empty since Tuesday.", "none"),
    ("The sensor has read 21 degrees all week.", "none"),
    ("I kept the legacy endpoint alive on purpose so partners had time to migrate.", "self"),
    ("I left the threshold at 90 percent because the data backed it.", "self"),
    ("I decided to keep the old cron job until the replacement had a month of clean runs.", "self"),
    ("I called off the rollout at twenty percent when the error rate doubled.", "self"),
    ("I shelved my own proposal once I saw the cost estimate.", "self"),
    ("The canary was stopped by my manager halfway through.", "authority"),
    ("The release was halted by the change advisory board.", "process"),
    ("The go-ahead for the migration came from our VP of engineering.", "authority"),
    ("My director told us to stand down and wait for legal.", "authority"),
    ("We called off the launch after the load test failed.", "group"),
    ("The team agreed to keep the old cutoff until the audit.", "group"),
    ("The security review had to sign off before the cutover.", "process"),
    ("The client insisted that the old portal stay up.", "authority"),
    ("The platform team's lead pulled the plug on the beta.", "authority"),
    ("The DBA and I chose to leave the hard-coded limit in place.", "group"),
    ("Someone cancelled the overtime, I never learned who.", "agentless"),
    ("The offsite was nixed by the CFO.", "authority"),
    ("We deliberately kept the stopgap proxy because it benchmarked faster.", "group"),
    ("Our architecture council gave the script the green light.", "process"),
]
