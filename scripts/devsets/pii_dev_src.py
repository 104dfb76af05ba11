"""Hand-written sources for the PII *development* set (scripts/devsets/pii_dev.jsonl).

This set is for reading the PII scanner's misses and improving it. It is not the held-out set
(``evals/data/pii.jsonl``), which stays measurement-only; it was written fresh, without reading that set or the
scanner's rules, and follows the label rules in ``evals/README.md``. Every person, address, phone number and
account below is invented (phones use fictional ranges where they exist: US 555-01xx, UK Ofcom drama numbers,
Australian ACMA 0491 570 xxx; Korean numbers are arbitrary). No third-party corpus was used.

Markup, removed by ``build_pii_dev.py``, which computes the offsets:

* ``[[LABEL:value]]``: a hand-written gold span;
* ``{{CC}}`` / ``{{CC-}}`` / ``{{CCP}}`` (card, spaced / dashed / plain), ``{{IBAN:DE}}`` / ``{{IBAN:GB:plain}}``,
  ``{{RRN}}``, ``{{ARN}}``, ``{{BRN}}`` (``:plain`` drops the dash): checksum-valid synthetic numbers drawn from
  ``evals/make_numbers.py`` with this set's own seed.

A backslash at the end of a line inside a string joins it to the next line (it keeps the source under 120
columns); an item's text is everything between the quotes. Lists: items with PII (``EN``, ``KO``) and items
without any (``EN_CLEAN``, ``KO_CLEAN``: look-alikes).
"""

# Names keep their own spelling (a Turkish dotless i in one surname): not homoglyphs.
# ruff: noqa: RUF001

from __future__ import annotations

EN: list[tuple[str, str]] = [
    ("chat", """\
[09:58] [[PERSON:Priya]]: morning! did the Q3 vendor file go out?
[10:02] [[PERSON:Tomasz]]: not yet, still waiting on the bank details from [[PERSON:Ngozi]]
[10:03] [[PERSON:Priya]]: ok ping me when it's done, I'm in the 10:30 with [[PERSON:Declan]] \
until lunch"""),
    ("csv", """\
name,department,start_date,mobile
[[PERSON:Chinedu Eze]],Finance,2026-01-12,[[PHONE_NUMBER:+44 7700 900481]]
[[PERSON:Kavitha Subramanian]],Engineering,2026-02-03,[[PHONE_NUMBER:+44 7700 900217]]
[[PERSON:Nguyen Thi Lan]],Customer Success,2026-02-17,[[PHONE_NUMBER:+44 7700 900935]]

Turn this into a markdown table sorted by start date."""),
    ("email", """\
Rewrite this email so it sounds more formal:

Hi team,

Attached is the revised SOW for the Lisbon rollout. Let me know if the payment milestones look right, \
I'd like to send it back by Thursday.

Best regards,
[[PERSON:Fernanda Oliveira Santos]]
Head of Partnerships, Corvel Analytics
[[EMAIL_ADDRESS:fernanda.santos@corvel-analytics.com]] | [[PHONE_NUMBER:+55 11 3456 0192]]"""),
    ("ticket", """\
Customer [[PERSON:Layla Haddad]] ([[EMAIL_ADDRESS:layla.haddad@mailbox.example]]) says her refund for order \
#A-229184 never arrived. She called from [[PHONE_NUMBER:(312) 555-0147]] twice this week. Draft a short, \
apologetic reply that gives her a date."""),
    ("hr", """\
Write a performance review summary for [[PERSON:Rohan Deshpande]]. His manager, [[PERSON:Greta Lindqvist]], \
noted that he led the billing migration without downtime and mentored two juniors, [[PERSON:Sneha]] and \
[[PERSON:Haruto]]. Areas to improve: estimates and written updates."""),
    ("chat", """\
can you ask [[PERSON:bence]] about it? also tell [[PERSON:wanjiru]] the demo moved to thursday 3pm, \
she wasn't on the thread"""),
    ("code", """\
Why does this raise KeyError: 'role'?

CONTRIBUTORS = [
    {"name": "[[PERSON:Oluwaseun Bakare]]", "email": "[[EMAIL_ADDRESS:seun.bakare@finlo.io]]"},
    {"name": "[[PERSON:Zeynep Aydın]]", "email": "[[EMAIL_ADDRESS:zeynep.aydin@finlo.io]]", "role": "maintainer"},
]
for c in CONTRIBUTORS:
    print(c["name"], c["role"])"""),
    ("log", """\
Summarise the suspicious activity in these auth logs:
2026-11-02T08:14:55Z INFO  login ok     user=jdoe        src=[[IP_ADDRESS:203.0.113.47]]
2026-11-02T08:15:02Z WARN  login failed user=mkowalczyk  src=[[IP_ADDRESS:198.51.100.23]] attempt=3
2026-11-02T08:15:09Z WARN  login failed user=mkowalczyk  src=[[IP_ADDRESS:198.51.100.23]] attempt=4
2026-11-02T08:15:40Z INFO  login ok     user=mkowalczyk  src=[[IP_ADDRESS:10.14.2.31]]"""),
    ("form", """\
Check this tenancy application for missing fields:
Full name: [[PERSON:Yousef Nasser]]
Date of birth: 14/03/1988
Current address: [[ADDRESS:Flat 12, 41 Carrow Road, Norwich NR1 3HX]]
Phone: [[PHONE_NUMBER:01632 960418]]
Email: [[EMAIL_ADDRESS:y.nasser88@outlook.example]]
Employer:
Monthly income: £3,150"""),
    ("finance", """\
Please set up a SEPA transfer of €4,250.00 to [[PERSON:Magdalena Wróbel]], IBAN {{IBAN:DE}}, \
reference INV-2026-0917, value date 28 November."""),
    ("support", """\
Customer: [[PERSON:Jerome Villanueva]]
The customer typed their card into the chat: {{CC}} exp 09/28, CVV withheld.
How do I redact this before I paste the transcript into the ticket?"""),
    ("devops", """\
Our CI job fails with "password authentication failed". The env has
DATABASE_URL=[[URL_WITH_CREDENTIALS:postgres://ci_runner:pG7-vault-22@10.40.3.18:5432/orders]]
and the same string works from my laptop. What should I check?"""),
    ("devops", """\
Convert this to JSON:

oncall:
  primary: [[PERSON:Dariush Farahani]]
  secondary: [[PERSON:Hodan Warsame]]
  escalation_phone: "[[PHONE_NUMBER:+1 646 555 0193]]"
  rotation: weekly"""),
    ("sales", """\
Met [[PERSON:Kwabena Asante]] from Tema Port Services at the trade fair. He wants a quote for 40 units of the \
cold-chain sensor by Friday; his number is [[PHONE_NUMBER:+233 24 555 0178]]. Write the follow-up email."""),
    ("chat", """\
kristine.b  11:42  has anyone seen the signed NDA from Mr. [[PERSON:Manalo]]?
jerome_v    11:43  [[PERSON:Rodel]] sent it to [[PERSON:Maricel]] yesterday I think
kristine.b  11:44  ok thx, will chase"""),
    ("medical", """\
Summarise this referral for the clinic's intake form:
Patient: [[PERSON:Eleni Papadakis]], 52. Referred by Dr. [[PERSON:Marcus Bell]] for a persistent dry cough \
of 8 weeks, non-smoker. Contact: [[PHONE_NUMBER:+30 210 555 0134]]."""),
    ("legal", """\
Draft a witness statement template. The witness is [[PERSON:Ingrid Halvorsen]], residing at \
[[ADDRESS:Storgata 18B, 0184 Oslo]], who saw the forklift incident on 3 May from the loading bay."""),
    ("email", """\
From: [[PERSON:Chen Jiahui]] <[[EMAIL_ADDRESS:jiahui.chen@brightpath.cn]]>
To: [[PERSON:Alejandro Ruiz]] <[[EMAIL_ADDRESS:a.ruiz@brightpath.cn]]>
Cc: [[PERSON:Camila Restrepo]]
Subject: Q4 forecast

[[PERSON:Alejandro]], can you redo the APAC numbers with the new FX rates? [[PERSON:Camila]] has the raw export.

List the action items per person."""),
    ("hr", """\
Attendees: [[PERSON:Liu Yang]], [[PERSON:Putri Wulandari]], [[PERSON:Bence Horváth]], \
[[PERSON:Selamawit Tesfaye]]
Apologies: [[PERSON:Dmitri Volkov]]
Notes: hiring plan approved for two SRE roles; onboarding buddy programme to start in January.

Write these up as formal minutes."""),
    ("support", """\
hi, my name is [[PERSON:ayesha]] and my account under [[EMAIL_ADDRESS:ayesha.siddiqui@gmail.com]] got locked \
after I changed phones. new number is [[PHONE_NUMBER:0491 570 156]], can you reset the 2FA?"""),
    ("ticket", """\
Ship the replacement unit to [[PERSON:Thiago Ribeiro]], \
[[ADDRESS:Rua Augusta 1508, apto 42, São Paulo - SP, 01304-001]]. The first parcel (tracking BR448120937) \
came back damaged. Write the note for the warehouse."""),
    ("code", """\
Explain what this commit does:

commit 9f3c2e1a7b4d5e6f8a9b0c1d2e3f4a5b6c7d8e9f
Author: [[PERSON:Paweł Zieliński]] <[[EMAIL_ADDRESS:pawel.zielinski@kestrel.dev]]>
Date:   Tue Nov 18 16:42:07 2026 +0100

    fix(http): retry on 429 with jitter (reported by [[PERSON:Agnieszka]])"""),
    ("hr", """\
I'm printing name badges for the Seoul offsite. Can you check the romanisation is consistent? \
[[PERSON:Kim Min-jun]], [[PERSON:Park Seo-yeon]], [[PERSON:Lee Ji-hoon]], [[PERSON:Choi Yuna]], \
[[PERSON:Jung Hae-won]]"""),
    ("hr", """\
From HR Korea: new hire [[PERSON:Lee Ji-hoon]] gave his resident registration number as {{RRN}} and his \
salary account as Shinhan [[KR_BANK_ACCOUNT:110-482-339104]]. Please fill in the payroll onboarding form."""),
    ("hr", """\
Visa extension checklist for our engineer [[PERSON:Tran Van Duc]] (Seoul office): alien registration \
no. {{ARN}}, employment contract, tax certificate. What else does the immigration office usually ask for?"""),
    ("finance", """\
Vendor: Hanbit Trading Co., business registration no. {{BRN}}, contact Mr. [[PERSON:Jung]] \
([[EMAIL_ADDRESS:jung.sw@hanbit-trading.co.kr]]). Is the VAT line on their invoice correct for a 10% rate?"""),
    ("chat", """\
[14:02] [[PERSON:Grace]]: [[PERSON:Will]] is out sick, I'll take his 3pm with the auditors
[14:03] [[PERSON:Marcus]]: thanks [[PERSON:grace]]! can someone let [[PERSON:hope]] know the deck is final"""),
    ("csv", """\
Find duplicate customers in this export:
id,customer,phone,city
1042,[[PERSON:Marisol Vega]],[[PHONE_NUMBER:(505) 555-0116]],Albuquerque
1043,[[PERSON:Abdullahi Musa]],[[PHONE_NUMBER:(505) 555-0182]],Santa Fe
1044,[[PERSON:Hyun-woo Kang]],[[PHONE_NUMBER:(505) 555-0139]],Taos
1045,[[PERSON:Marisol  Vega]],[[PHONE_NUMBER:505-555-0116]],Albuquerque"""),
    ("email", """\
Turn this into a status email for the steering group:

| Owner | Task | Due |
|---|---|---|
| [[PERSON:Ifeoma]] | vendor onboarding | Nov 30 |
| [[PERSON:Rohan]] | SSO rollout | Dec 5 |
| [[PERSON:Mei]] | audit prep | Dec 12 |"""),
    ("email", """\
Before we sign, run the numbers past [[PERSON:Tomasz]] and loop in [[PERSON:Adaeze]] from legal; \
[[PERSON:Bashir]] already approved the budget. Can you turn that into a polite note to the vendor saying \
we need one more week?"""),
    ("hr", """\
Please write a warm welcome note for [[PERSON:Omar Al-Farsi]] and [[PERSON:Mariam Khoury]], who join the \
Dubai sales team on Sunday. Mention the induction on the 4th floor at 9am."""),
    ("finance", """\
Payroll question: [[PERSON:Maricel Dela Cruz]] was paid twice in October (PHP 48,200 each run). \
What's the cleanest way to recover the overpayment under Philippine rules?"""),
    ("devops", """\
Block [[IP_ADDRESS:2001:db8:4f::17]] and [[IP_ADDRESS:198.51.100.200]] on the edge firewall; both hit \
/wp-login.php about 4000 times overnight. Give me the nftables rules."""),
    ("log", """\
What does this nginx line tell me?
[[IP_ADDRESS:203.0.113.9]] - - [02/Nov/2026:10:11:12 +0000] "GET /api/v2/export?limit=5000 HTTP/1.1" 200 \
1893321 "-" "python-requests/2.31.0\""""),
    ("devops", """\
Why does git keep asking for my password with this config?

[remote "origin"]
    url = [[URL_WITH_CREDENTIALS:https://ci-bot:x7Tq2LmZ0aB9@git.corvel.dev/platform/api.git]]
    fetch = +refs/heads/*:refs/remotes/origin/*"""),
    ("devops", """\
celery won't start, broker is \
[[URL_WITH_CREDENTIALS:amqp://worker:Qw9mz-41@mq-01.internal:5672/prod]] and the log says \
ACCESS_REFUSED. ideas?"""),
    ("hr", """\
Draft a letter to [[PERSON:Dmitri Volkov]], [[ADDRESS:27 Elm Park Gardens, London SW10 9QG]], confirming \
that his last working day is 31 January and that his final pay includes 6 days of unused leave."""),
    ("finance", """\
Update the billing address for [[PERSON:Hannah Whitfield]] to \
[[ADDRESS:1820 Larkspur Lane, Apt 4B, Portland, OR 97214]] and resend invoice 55102."""),
    ("sales", """\
Courier the signed contract to [[PERSON:Kavitha]] at \
[[ADDRESS:No. 14, 3rd Cross Road, Indiranagar, Bengaluru 560038]]; her mobile is \
[[PHONE_NUMBER:+91 98450 31277]] if the courier can't find the gate."""),
    ("email", """\
Our Lagos rep, [[PERSON:Tunde Balogun]], works from [[ADDRESS:12B Admiralty Way, Lekki Phase 1, Lagos]]. \
Write a short intro email adding him to the distribution list; his address is \
[[EMAIL_ADDRESS:tunde.balogun@westgate.ng]]."""),
    ("finance", """\
Translate this German invoice header into English:
Rechnungsempfänger: [[PERSON:Jonas Becker]], [[ADDRESS:Lindenstraße 14, 10969 Berlin]]
Rechnungsnummer: 2026-1147, Leistungszeitraum: Oktober 2026"""),
    ("chat", """\
[08:41] [[PERSON:Pham Minh Chau]]: the shipment left Hai Phong this morning
[08:45] [[PERSON:Le Hoang Nam]]: great. customs broker is Mr. [[PERSON:Trung]], call him on \
[[PHONE_NUMBER:+84 24 5555 0127]] if the papers are late"""),
    ("hr", """\
Meeting notes: [[PERSON:Burak Şahin]] presented the churn model; [[PERSON:Elif]] raised concerns about the \
sample window. Action: [[PERSON:Burak]] to rerun with 2025 data. Make this a two-line summary."""),
    ("code", """\
Parse this and tell me who I should reply to:
{"ticket": 88213, "requester": "[[PERSON:Wang Xiaoming]]", "cc": ["[[PERSON:Huang Meilin]]"], \
"client_ip": "[[IP_ADDRESS:10.12.0.77]]", "priority": "P2"}"""),
    ("email", """\
Hi, please charge the remaining balance of $1,240 to my card {{CC}} and send the receipt to this address.
Thanks,
[[PERSON:Sofia Marchetti]]"""),
    ("form", """\
Is this format OK for our payment test fixture?
Cardholder: [[PERSON:Declan Murray]]
Card number: {{CC-}}
Expiry: 11/27"""),
    ("support", """\
Summarise this call:
Agent: Can I confirm your full name?
Caller: It's [[PERSON:Hodan Warsame]].
Agent: And the phone number on the account?
Caller: [[PHONE_NUMBER:020 7946 0873]].
Agent: Thanks, I can see the duplicate charge and I've raised a refund."""),
    ("sales", """\
met w/ [[PERSON:yusuf]] from aldana foods, wants pricing on the 20L units by fri. his cell \
[[PHONE_NUMBER:555-0164]]. turn this into a CRM note"""),
    ("hr", """\
Translate into Japanese for the agenda: [[PERSON:Haruto Sato]] presents the roadmap at 3pm, \
[[PERSON:Aiko Tanaka]] covers Q&A, and the session ends at 4:15."""),
    ("hr", """\
Summarise this CV in three bullets:
[[PERSON:Camila Restrepo Gómez]] — [[EMAIL_ADDRESS:camila.restrepo.g@correo.example]] — \
[[PHONE_NUMBER:+57 601 555 0190]]
[[ADDRESS:Calle 93 #11-26, Apto 502, Bogotá]]
8 years in supply-chain analytics; SQL, Python, SAP IBP; led a 5-person planning team."""),
    ("code", """\
Why does this insert fail on the accented name?
INSERT INTO customers (name, email, phone)
VALUES ('[[PERSON:Ana Lúcia Prado]]', '[[EMAIL_ADDRESS:ana.prado@example.com.br]]', \
'[[PHONE_NUMBER:+55 21 5555 0148]]');"""),
    ("code", """\
def test_signup_sends_welcome_mail(mailer):
    user = make_user(first="[[PERSON:Wanjiru]]", last="[[PERSON:Kamau]]", \
email="[[EMAIL_ADDRESS:wanjiru.k@test.example]]")
    signup(user)
    assert mailer.sent[0].to == user.email

This test is flaky in CI. Why?"""),
    ("ticket", """\
PROJ-4412  Login loop on Safari 17
Reporter: [[PERSON:Selamawit Tesfaye]]
Assignee: [[PERSON:Paweł Zieliński]]
Watchers: @bence, @ifeoma.n
Steps: sign in with SSO, accept consent, get redirected to /login again.
Write a first-response comment for the reporter."""),
    ("medical", """\
Discharge summary for Mr. [[PERSON:Kofi Mensah]] (DOB 1961-07-22), home address \
[[ADDRESS:45 Harbour View Road, Apt 9, Green Point, Cape Town 8005]]; next of kin [[PERSON:Abena Mensah]], \
[[PHONE_NUMBER:+27 21 555 0194]]. Rewrite it in plain language for the family."""),
    ("email", """\
Translate into English: "[[PERSON:Agnieszka]] mówi, że faktura jest OK, ale [[PERSON:Paweł]] musi ją \
jeszcze podpisać przed piątkiem.\""""),
    ("form", """\
Prepare a visitor pass for [[PERSON:Abdulrahman bin Saeed Al-Qahtani]], arriving Tuesday 09:00, \
host: [[PERSON:Sinéad Gallagher]], meeting room 4.12. Keep it to one card."""),
    ("email", """\
From: [[PERSON:Park Seo-yeon]] <[[EMAIL_ADDRESS:seoyeon.park@hanwool.co.kr]]>
Subject: contract review

Hi [[PERSON:Minjun]], could you check clause 7 before Friday? [[PERSON:Jae-won]] thinks the penalty cap \
is too low.

Reply for me saying I'll review it tomorrow."""),
    ("chat", """\
[[PERSON:jerome]] pls send the updated roster to ma'am [[PERSON:kristine]] before 5, she needs it for \
the night shift"""),
    ("sales", """\
Our Busan supplier contact is [[PERSON:Choi Dong-hyun]], [[PHONE_NUMBER:+82 51-742-3318]]. Write him a \
short English email asking for the December price list."""),
    ("finance", """\
Refund £89.99 to the account holder [[PERSON:Siobhan Gallagher]], IBAN {{IBAN:GB:plain}}, \
and note the reason as "duplicate order 771204"."""),
    ("finance", """\
Supplier master data to check:
Name: Van Dijk Logistiek B.V.
Contact: [[PERSON:Femke de Vries]]
IBAN: {{IBAN:NL}}
Address: [[ADDRESS:Keizersgracht 221, 1016 DV Amsterdam]]"""),
    ("csv", """\
Check the totals in this payout file:
payee,iban,amount
[[PERSON:Giulia Ferraro]],{{IBAN:IT:plain}},1200.00
[[PERSON:Étienne Marchal]],{{IBAN:FR:plain}},980.50
[[PERSON:Lotte Claes]],{{IBAN:BE:plain}},455.25
total,,2635.75"""),
    ("hr", """\
Compare these two offers for the data lead role. Candidate A: [[PERSON:Arjun Mehta]], £72k, notice 3 months. \
Candidate B: [[PERSON:Liu Yang]], £69k plus relocation, available in January."""),
    ("chat", """\
hey is [[PERSON:ifeoma]] still on leave? need her sign-off on the PO before finance closes the month"""),
    ("email", """\
Invite: Quarterly business review
Organizer: [[PERSON:Mariam Khoury]]
Guests: [[PERSON:Yousef Nasser]]; [[PERSON:Omar Al-Farsi]]; [[EMAIL_ADDRESS:layla.haddad@corvel-analytics.com]]
Location: 3F Boardroom
Write a one-paragraph agenda for this invite."""),
    ("email", """\
Hi Dr. [[PERSON:Nwosu]],

Thank you for reviewing the trial protocol. [[PERSON:Oluwaseun]] will send the amended consent form by \
Monday.

Proofread this, please."""),
    ("devops", """\
I decoded the k8s secret and got \
[[URL_WITH_CREDENTIALS:mongodb://admin:N0tS0Secret@172.16.8.21:27017/?authSource=admin]] — how do I rotate \
this without downtime?"""),
    ("devops", """\
Add an allow rule for [[IP_ADDRESS:192.168.10.25]] and [[IP_ADDRESS:192.168.10.26]] (the two print \
servers) on port 9100, and deny everything else from that VLAN."""),
    ("chat", """\
remind me to call grandma [[PERSON:Rosa]] on sunday, her new number is [[PHONE_NUMBER:(718) 555-0128]]"""),
    ("form", """\
Travel booking for [[PERSON:Kim Min-jun]]: passport [[KR_PASSPORT:M604T2281]], ICN-SFO on 12 January, \
aisle seat. Write the request to the travel agency."""),
    ("form", """\
Rental car form for [[PERSON:Park Seo-yeon]]: Korean driver's licence [[KR_DRIVER_LICENSE:11-19-482613-52]], \
phone [[PHONE_NUMBER:+82 10-4821-7730]]. Which fields are still missing for an international rental?"""),
    ("finance", """\
Chargeback dispute for cardholder [[PERSON:Marisol Vega]], card {{CCP}}, transaction on 2026-10-14 for \
$312.40 at a hotel she says she never visited. Draft the dispute letter."""),
    ("chat", """\
lol [[PERSON:dariush]] just replied-all to the whole company again. can you help me write a gentle \
reminder about the all-staff list?"""),
    ("support", """\
Reply to this message: "Hello, I'm [[PERSON:Thandiwe Nkosi]]. I ordered the standing desk on the 3rd and \
the delivery address should be [[ADDRESS:Unit 5, 88 Banksia Street, Brunswick VIC 3056]], not my old place."\
"""),
    ("code", """\
# assigned_to: [[PERSON:Tran Van Duc]]
# reviewer: [[PERSON:Rohan Deshpande]]
def settle(batch):
    ...
Can you write the docstring for this function? It settles card payments in batches of 500."""),
]

EN_CLEAN: list[tuple[str, str]] = [
    ("lookalike", """\
After upgrading the controller from 10.2.0.14 to 10.2.1.3 the dashboard says "license invalid" (build 4471). \
What changed between those two releases?"""),
    ("lookalike", """\
Order 4417 2290 8813 0062 shipped on 18 Nov but the carrier page shows nothing. How long before I should \
open a claim?"""),
    ("sales", """\
Compare our plans in a table: Starter $29/mo billed annually ($348), Pro $79/mo, Enterprise from $1,450/mo. \
Renewals fall on 2027-03-01."""),
    ("finance", """\
Draft a reminder to Goldberg & Hsu LLP and Okonkwo Freight Ltd that invoices INV-8812 and INV-8813 are \
30 days overdue."""),
    ("lookalike", """\
Write a 200-word summary of how Ada Lovelace's notes anticipated general-purpose computing, and compare them \
with Alan Turing's 1936 paper."""),
    ("lookalike", """\
Which is cheaper for a 3-day offsite in March: Lisbon, Kraków or Istanbul? We're 14 people flying in from \
Lagos and Manila."""),
    ("ticket", """\
SKU TX-4410-BLK-M is out of stock. Suggest substitutes from the TX-4420 range or TX-4410-NVY in the same \
size."""),
    ("lookalike", """\
Will the grace period on summer pricing apply to the rose gold models? Hope so. Bill the difference to cost \
centre 7120 if not."""),
    ("code", """\
If I git revert 3f9c2e1b7a4d and cherry-pick a81e0c2 onto release/2.14.0, will that conflict with the \
migration in 0047_add_index.py?"""),
    ("log", """\
2026-11-24 03:12:44 WARN pool exhausted (max=50) after 30000 ms; retrying in 5s, attempt 3/5
2026-11-24 03:12:49 ERROR pool exhausted; giving up
Why would the pool run out at 3am?"""),
    ("lookalike", """\
Badge 00482 can't open Room 1204 or cage B-17 in the warehouse. Employee no. E-20931. Who do I ask at \
facilities?"""),
    ("lookalike", """\
Format this as an APA reference: Algorithms, 4th ed., Addison-Wesley, 2011, ISBN 978-0-321-57351-3. \
I only have the title page, not the author line."""),
    ("lookalike", """\
Why did Abraham Lincoln suspend habeas corpus in 1861, and how did Chief Justice Taney respond?"""),
    ("lookalike", """\
Is the Lincoln Navigator or the Toyota Sequoia better as a pool car for a 7-person sales team?"""),
    ("finance", """\
What's the IRR on these cash flows: -120000, 30000, 42000, 51000, 38000? Show the steps."""),
    ("lookalike", """\
Our SDK went from 4.12.0.3 to 4.13.0.1 and the API didn't change. What would semantic versioning call \
that bump?"""),
    ("lookalike", """\
Find a replacement for part number 600-1208-4472 rev C; the supplier discontinued it in September."""),
    ("lookalike", """\
Convert 2026-11-24T18:30:00+09:00 to UTC and to Pacific time, and tell me if that's still a weekday in LA."""),
    ("lookalike", """\
For a meeting room, is Alexa or Siri better at joining calls? And does Google Home work with Zoom Rooms?"""),
    ("lookalike", """\
Why is Wall Street called Wall Street, and when did Broadway get its name?"""),
    ("finance", """\
Summarise the Johnson & Johnson and Procter & Gamble Q3 earnings calls in five bullets each."""),
    ("ticket", """\
Close SUP-20931, SUP-20944 and SUP-21002 as duplicates of SUP-20877 and post the standard note."""),
    ("email", """\
Ask the account manager to send the renewal quote to the customer's procurement team by Friday, and copy \
the regional director."""),
    ("csv", """\
region,q1,q2,q3
EMEA,1.2M,1.4M,1.1M
APAC,0.9M,1.0M,1.3M
LATAM,0.4M,0.5M,0.6M
Plot quarter-on-quarter growth per region."""),
    ("lookalike", """\
Explain when I should use Gauss-Newton versus Levenberg-Marquardt for fitting a Weibull curve."""),
]

KO: list[tuple[str, str]] = [
    ("chat", """\
[오전 10:02] [[PERSON:김지훈]]: 견적서 메일로 보내드렸습니다
[오전 10:03] [[PERSON:박서연]]: 네 확인했어요. [[PERSON:민혁]]이랑 오후에 같이 검토할게요
[오전 10:05] [[PERSON:김지훈]]: 넵 [[PERSON:지수]]가 수정본 올려둔다고 했어요"""),
    ("email", """\
이 메일을 영어로 번역해 주세요.

안녕하세요, 지난주 미팅 자료 공유드립니다.
검토 후 회신 부탁드립니다.

감사합니다.
[[PERSON:정하은]] 드림
(주)누리솔루션 경영지원팀 | 과장
Tel. [[PHONE_NUMBER:02-3472-8815]] | M. [[PHONE_NUMBER:010-5821-3347]]
[[EMAIL_ADDRESS:haeun.jung@nurisolution.co.kr]]"""),
    ("csv", """\
이름,부서,직급,휴대폰
[[PERSON:강도윤]],영업1팀,대리,[[PHONE_NUMBER:010-4417-2290]]
[[PERSON:윤서준]],마케팅팀,사원,[[PHONE_NUMBER:010-8832-1054]]
[[PERSON:장예린]],인사팀,과장,[[PHONE_NUMBER:010-2975-6618]]
부서별로 정리해 주세요."""),
    ("hr", """\
신규 입사자 4대보험 취득 신고 부탁드립니다.
성명: [[PERSON:임채원]]
주민등록번호: {{RRN}}
주소: [[ADDRESS:서울특별시 마포구 월드컵북로58길 12, 301호 (03925)]]
급여 계좌: 국민은행 [[KR_BANK_ACCOUNT:482601-01-339104]]"""),
    ("ticket", """\
고객 문의 #20261124-0087
고객명: [[PERSON:오승현]] 님
연락처: [[PHONE_NUMBER:010-6290-4471]]
내용: 배송지가 [[ADDRESS:경기도 성남시 분당구 판교로 242, 5층]]인데 택배가 서울 물류센터로 갔다고 합니다.
답변 초안 작성해 주세요."""),
    ("chat", """\
[[PERSON:서연]] 씨 내일 회의 자료 다 됐어요? [[PERSON:준호]]한테도 공유 부탁해요. 아 그리고 \
[[PERSON:하은]]아, 점심 뭐 먹을래?"""),
    ("chat", """\
[[PERSON:박]]대리한테 전달했는데 아직 답이 없네요. [[PERSON:지훈]]씨가 한 번 더 말해줄 수 있어요?"""),
    ("hr", """\
회의록 - 2026년 11월 20일
참석자: [[PERSON:신동현]] 팀장, [[PERSON:권나래]] 책임, [[PERSON:황보민재]] 선임, [[PERSON:남궁지원]] 연구원
불참: [[PERSON:선우현]]
결정사항: [[PERSON:황보민재]] 선임이 12월 2일까지 API 설계서 작성
회의록을 보기 좋게 정리해 주세요."""),
    ("hr", """\
외국인 근로자 체류기간 연장 서류 확인 부탁드립니다.
성명: [[PERSON:응우옌 반 득]] ([[PERSON:NGUYEN VAN DUC]])
외국인등록번호: {{ARN}}
연락처: [[PHONE_NUMBER:010-3318-7402]]
빠진 서류가 있는지 알려 주세요."""),
    ("finance", """\
세금계산서 확인 부탁드려요.
공급자: (주)한빛무역 / 사업자등록번호: {{BRN}} / 대표자: [[PERSON:서유진]]
공급받는자: (주)누리솔루션 / 담당: [[PERSON:김]] 과장
공급가액 4,800,000원, 세액 480,000원인데 맞나요?"""),
    ("form", """\
출장자 여권 정보입니다. 항공권 예약 요청 메일 써 주세요.
성명: [[PERSON:최지수]]
여권번호: [[KR_PASSPORT:M70418236]]
만료일: 2031-05-14"""),
    ("form", """\
렌터카 예약 정보: 운전자 [[PERSON:이민혁]], 면허번호 [[KR_DRIVER_LICENSE:11-18-274901-63]], \
연락처 [[PHONE_NUMBER:010-9914-2038]]. 예약 확인 문자 문구 만들어 줘."""),
    ("code", """\
이 코드 리뷰해 주세요.

REVIEWERS = {"backend": "[[PERSON:여승민]]", "frontend": "[[PERSON:탁하린]]"}
# TODO: [[PERSON:모재희]] 님 확인 후 배포
def pick_reviewer(area):
    return REVIEWERS.get(area)"""),
    ("devops", """\
이 설정 파일에서 문법 오류 찾아 줘.

release:
  version: 3.8.1
  assigned_to: [[PERSON:구하람]]
  reviewer: [[PERSON:도가윤]]
   window: "토 02:00-04:00\""""),
    ("log", """\
2026-11-24 09:12:01 [WARN] 로그인 실패 user=ksy0412 ip=[[IP_ADDRESS:192.168.35.12]]
2026-11-24 09:12:07 [WARN] 로그인 실패 user=ksy0412 ip=[[IP_ADDRESS:192.168.35.12]]
2026-11-24 09:13:30 [INFO] 원격 접속 허용 src=[[IP_ADDRESS:203.0.113.64]]
이 로그에서 이상 징후 요약해 줘."""),
    ("devops", """\
스테이징 DB 연결 문자열이 [[URL_WITH_CREDENTIALS:mysql://app_user:Hanbit2026!@10.0.12.5:3306/shop]] 인데 \
접속이 안 돼요. 어디부터 확인해야 하나요?"""),
    ("support", """\
고객이 카드번호를 채팅에 그대로 적었어요: {{CC-}} 유효기간 08/29.
상담 기록에 남기기 전에 마스킹하는 방법 알려 주세요."""),
    ("ticket", """\
택배 주소 변경 요청입니다.
기존: [[ADDRESS:서울시 관악구 봉천동 1598-12, 2층]]
변경: [[ADDRESS:인천광역시 연수구 송도동 24-5 해솔마을 1102동 803호]]
고객에게 보낼 확인 문자 작성해 줘."""),
    ("email", """\
From: [[PERSON:Park Seo-yeon]] <[[EMAIL_ADDRESS:seoyeon.park@hanwool.co.kr]]>
To: [[PERSON:김민준]] <[[EMAIL_ADDRESS:minjun.kim@hanwool.co.kr]]>

[[PERSON:민준]]님, 첨부한 계약서 7조 검토 부탁드려요. 금요일까지 회신 주시면 됩니다.

이 메일에 대한 답장 써 줘."""),
    ("chat", """\
[[PERSON:은지]]가 그러는데 [[PERSON:준영]]이가 어제 퇴사했대. 인수인계 누가 받는지 아는 사람?"""),
    ("medical", """\
환자: [[PERSON:변지호]] (남, 58세)
주민번호: {{RRN:plain}}
보호자: [[PERSON:변소윤]] (딸) [[PHONE_NUMBER:010-7732-9015]]
진단: 제2형 당뇨, 고혈압
진료 요약을 환자가 이해하기 쉬운 말로 바꿔 주세요."""),
    ("legal", """\
내용증명 초안 작성 부탁드립니다.
발신인: [[PERSON:명태준]], [[ADDRESS:부산광역시 해운대구 센텀중앙로 79, 1203호]]
수신인: [[PERSON:길소윤]], [[ADDRESS:대구광역시 수성구 달구벌대로 2450, 7층]]
내용: 임대차 보증금 반환 요청"""),
    ("sales", """\
오늘 미팅한 (주)다온푸드 [[PERSON:노은채]] 이사님이 견적 요청하셨어요. 메일은 \
[[EMAIL_ADDRESS:eunchae.noh@daonfood.co.kr]] 이고 직통은 [[PHONE_NUMBER:031-8017-4426]]입니다. \
후속 메일 써 주세요."""),
    ("support", """\
안녕하세요 제 이름은 [[PERSON:표준영]]이고요, 계정 이메일이 [[EMAIL_ADDRESS:jy.pyo@mailnara.kr]] 인데 \
비밀번호 재설정 메일이 안 와요. 스팸함에도 없어요."""),
    ("hr", """\
[[PERSON:구하람]] 책임의 올해 성과를 요약해 주세요. 팀장 [[PERSON:명태준]]은 '신규 고객 12곳 확보'를 \
높이 평가했고, 보고서 작성 속도는 개선이 필요하다고 했습니다."""),
    ("chat", """\
[14:22] [[PERSON:이]] 팀장님: 오늘 회식 7시 강남역 11번 출구
[14:23] [[PERSON:도가윤]]: 넵!! 😊
[14:23] [[PERSON:탁하린]]: 저는 30분 늦어요 ㅠ"""),
    ("finance", """\
거래처 대금 송금 부탁드립니다.
신한은행 [[KR_BANK_ACCOUNT:110-384-927415]] 예금주 [[PERSON:여승민]], 금액 3,300,000원
송금 후 이체확인증 회신 부탁드립니다."""),
    ("csv", """\
거래처,은행,계좌번호,예금주
다온푸드,우리은행,[[KR_BANK_ACCOUNT:1002-847-331902]],[[PERSON:노은채]]
한빛무역,하나은행,[[KR_BANK_ACCOUNT:391-910284-71507]],[[PERSON:서유진]]
누리상사,카카오뱅크,[[KR_BANK_ACCOUNT:3333-05-7719284]],[[PERSON:모재희]]
은행별로 묶어서 이체 목록 만들어 줘."""),
    ("log", """\
보안 점검 결과: 인사팀 [[PERSON:장예린]] 님 PC([[IP_ADDRESS:10.10.24.57]])에서 외부 IP \
[[IP_ADDRESS:203.0.113.88]]로 3.2GB 전송이 있었습니다. 보고서 초안 부탁해요."""),
    ("form", """\
[회원가입 정보]
이름: [[PERSON:서지안]]
생년월일: 1994.03.17
휴대폰: [[PHONE_NUMBER:010-2284-6653]]
이메일: [[EMAIL_ADDRESS:jian.seo94@daum.net]]
주소: [[ADDRESS:광주광역시 서구 상무중앙로 61, 1502호]]
이 데이터로 회원가입 테스트 케이스 만들어 줘."""),
    ("support", """\
해외에서 연락 주실 때는 [[PHONE_NUMBER:+82 10-6623-9184]]로 주시고, 사무실은 \
[[PHONE_NUMBER:+82-2-555-0184]]입니다. — [[PERSON:구하람]] 드림
이 문장을 영어로 자연스럽게 바꿔 줘."""),
    ("hr", """\
이력서 요약: [[PERSON:남궁지원]], 1991년생, 연락처 [[PHONE_NUMBER:010 4472 8810]], \
이메일 [[EMAIL_ADDRESS:jiwon.namgung@mailnara.kr]], 경력 7년 (백엔드, 결제 시스템)"""),
    ("medical", """\
원장님, 내일 예약 환자 명단입니다.
1) [[PERSON:김하늘]] 10:00 스케일링
2) [[PERSON:이바다]] 10:30 신경치료
3) [[PERSON:박솔]] 11:00 상담
문자 안내 문구 만들어 주세요."""),
    ("hr", """\
반 배정 결과: 1반 - [[PERSON:정다은]], [[PERSON:한결]], [[PERSON:윤슬]] / 2반 - [[PERSON:최은우]], \
[[PERSON:강이안]]. 학부모 안내문 써 주세요."""),
    ("code", """\
이 JSON이 왜 파싱이 안 되죠?
{"name": "[[PERSON:오세린]]", "phone": "[[PHONE_NUMBER:010-3920-1184]]", \
"addr": "[[ADDRESS:서울 성동구 왕십리로 83-21, 904호]]",}"""),
    ("hr", """\
이번 주 입사한 [[PERSON:프리야]] 씨와 [[PERSON:토마스]] 씨에게 환영 메일 보내 주세요. \
[[PERSON:프리야]] 씨 메일은 [[EMAIL_ADDRESS:priya.r@nurisolution.co.kr]] 입니다."""),
    ("sales", """\
내일 오후에 중국 거래처 [[PERSON:왕샤오밍]] 총경리와 통화 예정이에요. 인사말하고 가격 협상 포인트 \
세 가지 정리해 주세요."""),
    ("email", """\
[[PERSON:김지훈]] 과장님께 결재 올렸는데 반려됐어요. 사유(예산 코드 누락) 정리해서 다시 올리는 메일 \
써 주세요."""),
    ("support", """\
상담 녹취 요약해 줘.
상담원: 성함 말씀해 주시겠어요?
고객: [[PERSON:모재희]]입니다.
상담원: 생년월일과 휴대폰 번호 확인 부탁드립니다.
고객: 880614요, 번호는 [[PHONE_NUMBER:010-5518-2740]]이요."""),
    ("hr", """\
외국인 직원 등록 정보: [[PERSON:아이샤 시디키]], 외국인등록번호 {{ARN:plain}}, 입국일 2025-08-03. \
건강보험 가입 절차 알려 주세요."""),
    ("finance", """\
사업자번호 {{BRN:plain}} 조회했더니 '휴업'으로 나와요. 이 거래처와 계약 진행해도 되나요?"""),
    ("finance", """\
독일 거래처 송금 건입니다. 수취인 [[PERSON:Lukas Hoffmann]], IBAN {{IBAN:DE}}, 금액 EUR 12,400. \
해외송금 신청서 항목 채우는 법 알려 주세요."""),
    ("finance", """\
법인카드 {{CC}} 로 결제한 내역 중 11/14 카페 6,500원은 개인 사용이라 환불 처리하려고 합니다. \
경리팀에 보낼 메일 써 주세요."""),
    ("email", """\
본사 주소가 [[ADDRESS:서울특별시 강남구 테헤란로 311, 12층 (06151)]]로 바뀌었습니다. 거래처 공지 메일 써 \
주세요. 대표번호 [[PHONE_NUMBER:1544-8821]]은 그대로입니다."""),
    ("devops", """\
Redis URL이 [[URL_WITH_CREDENTIALS:redis://default:Zx8qL2pw@10.0.5.21:6379/0]] 로 되어 있는데 TLS는 \
어떻게 켜요?"""),
    ("code", """\
커밋 작성자가 '[[PERSON:탁하린]] <[[EMAIL_ADDRESS:harin.t@gmail.com]]>'로 찍혀 있는데 회사 메일로 바꾸려면 \
git config를 어떻게 해야 하나요?"""),
    ("support", """\
고객 [[PERSON:이서윤]]([[PERSON:Lee Seo-yoon]]) 님이 영문 영수증을 요청하셨어요. 영문 이름 표기는 \
여권이랑 같게 해 달라고 하셨습니다."""),
    ("form", """\
비자 신청서 작성 중인데 여권번호 칸에 [[KR_PASSPORT:M317B6042]] 이렇게 쓰면 되나요? 예전 여권은 \
[[KR_PASSPORT:M58210473]]이었어요."""),
    ("form", """\
운전면허번호: [[KR_DRIVER_LICENSE:26-21-003817-44]]
성명: [[PERSON:강이안]]
적성검사 기간이 언제까지인지 확인하는 방법?"""),
    ("chat", """\
[[PERSON:하린]] 어머니, 내일 현장학습 준비물 안내드려요. 도시락이랑 물, 우비 챙겨 주세요. \
[[PERSON:민서]]랑 같이 오셔도 돼요~"""),
    ("chat", """\
이거 [[PERSON:윤서준]]한테 물어봐. 걔가 작년 정산 다 했어"""),
    ("ticket", """\
배송 정보
받는 분: [[PERSON:도가윤]]
연락처: [[PHONE_NUMBER:010-2918-5530]]
주소: [[ADDRESS:경기도 수원시 영통구 광교중앙로 145, 302동 1401호]]
부재 시 경비실에 맡겨 달라는 요청 메모 넣어 줘."""),
    ("finance", """\
보험금 청구서 검토 부탁드립니다. 피보험자 [[PERSON:권나래]], 주민등록번호 {{RRN}}, \
지급 계좌 농협 [[KR_BANK_ACCOUNT:302-1184-7720-91]]."""),
    ("email", """\
| 담당 | 업무 | 마감 |
|---|---|---|
| [[PERSON:수아]] | 견적 | 11/28 |
| [[PERSON:태윤]] | 계약 | 12/02 |
| [[PERSON:은서]] | 정산 | 12/05 |
이 표로 주간 업무 공유 메일 써 줘."""),
    ("log", """\
[ERROR] 메일 발송 실패: recipient=[[EMAIL_ADDRESS:dohyun.shin@nurisolution.co.kr]], code=550
이 오류 원인이 뭔가요?"""),
    ("devops", """\
IPv6 [[IP_ADDRESS:2001:db8:a0b:12f0::1]] 에서 오는 요청만 차단하고 싶어요. nginx 설정 예시 보여 주세요."""),
    ("chat", """\
ㅋㅋ [[PERSON:minjun]]이 또 지각했대. 오늘 스탠드업 10분 미뤄도 돼?"""),
    ("sales", """\
주문자: [[PERSON:탁하린]] / 받는 분: [[PERSON:탁민호]] / 연락처 [[PHONE_NUMBER:010-4052-8813]] / \
배송지: [[ADDRESS:제주특별자치도 제주시 연삼로 301, 2층]]
이 주문 정보로 송장 메모 만들어 줘."""),
    ("legal", """\
전입신고 위임장 작성 도와주세요. 세대주 [[PERSON:변지호]], 새 주소 \
[[ADDRESS:세종특별자치시 한누리대로 2130, 805동 1203호]], 대리인 [[PERSON:변소윤]]."""),
    ("chat", """\
아까 [[PERSON:최]] 부장님이 전화하셨는데 내일 보고 시간을 10시로 당기자고 하셨어요"""),
    ("legal", """\
[[PERSON:명태준]] 귀하

귀하께서 2026년 10월 2일 제출하신 이의신청에 대한 검토 결과를 안내드립니다.

이 공문을 더 부드러운 어투로 바꿔 주세요."""),
    ("hr", """\
신입사원 명찰 영문 표기 확인: [[PERSON:Kim Min-jun]]([[PERSON:김민준]]), [[PERSON:Jung Ha-eun]]\
([[PERSON:정하은]]), [[PERSON:Lee Ji-hoon]]([[PERSON:이지훈]])"""),
    ("hr", """\
[[PERSON:윤서준]](사번 20231047)의 연봉 조정안을 검토해 주세요. 현재 4,800만 원, 제안 5,200만 원입니다."""),
    ("sales", """\
VIP 고객 명단: [[PERSON:서지안]], [[PERSON:오세린]], [[PERSON:이바다]]. 연말 감사 쿠폰 문자 문구 \
세 가지 버전으로 써 줘."""),
    ("code", """\
테스트 카드번호로 {{CCP}} 를 쓰면 PG사 샌드박스에서 거절돼요. 왜 그런가요?"""),
    ("support", """\
[[PERSON:아이샤 시디키]] 고객님께 환불 완료 안내 문자 보내 주세요. 번호는 \
[[PHONE_NUMBER:010-8820-4137]] 입니다."""),
    ("email", """\
지도교수 [[PERSON:정하윤]] 교수님께 면담 일정 잡는 메일 써 줘. 다음 주 화요일이나 목요일 오후가 좋아."""),
    ("hr", """\
조직도 업데이트: 전략기획실 [[PERSON:제갈민]] 선임이 데이터팀으로, [[PERSON:독고준]] 책임이 \
전략기획실장으로 이동합니다. 공지문 써 주세요."""),
    ("chat", """\
우리 딸 [[PERSON:서아]]가 다니는 어린이집 선생님께 감사 카드 문구 추천해줘. 선생님 성함은 \
[[PERSON:백지유]]야."""),
    ("code", """\
logger.info("결재 완료: 결재자=[[PERSON:김도훈]], 문서=EX-2026-1182")
이 로그 메시지를 영어로 바꾸고 구조화 로깅으로 고쳐 주세요."""),
    ("chat", """\
@hyunwoo.kang 이거 확인 부탁드려요. [[PERSON:현우]]님이 어제 말씀하신 배포 건이요."""),
    ("finance", """\
용역 계약서 지급 조건 확인: 수급인 (주)다온소프트(사업자등록번호 {{BRN}}), \
대금 입금 계좌 기업은행 [[KR_BANK_ACCOUNT:123-482913-01-017]], 담당 [[PERSON:도가윤]] 대리."""),
    ("hr", """\
[[PERSON:라훌 샤르마]] 씨가 다음 달부터 판교 사무실로 출근합니다. 주소는 \
[[ADDRESS:경기도 성남시 분당구 대왕판교로 660, 유스페이스1 A동 8층]]이고 출입증 신청서 작성 도와주세요."""),
    ("chat", """\
[[PERSON:예준]]님 방금 올린 PR 보셨어요? [[PERSON:소율]]님이 리뷰 달아 주셨는데 테스트가 하나 깨졌대요"""),
    ("hr", """\
워크숍 참석자 명단
1. [[PERSON:홍유나]] (기획) [[EMAIL_ADDRESS:yuna.hong@daonsoft.co.kr]]
2. [[PERSON:마서진]] (개발)
3. [[PERSON:Carlos Mendes]] (영업, 상파울루 지사)
식당 예약 인원이랑 채식 메뉴 필요한 사람 확인 메일 써 줘."""),
]

KO_CLEAN: list[tuple[str, str]] = [
    ("lookalike", """\
오늘 코스피 지수가 2.3% 오른 이유를 설명해 줘. 코스닥 지수는 왜 빠졌어?"""),
    ("lookalike", """\
세종대왕이 훈민정음을 만든 이유와 집현전의 역할을 초등학생 눈높이로 설명해 줘."""),
    ("lookalike", """\
이순신 장군의 명량해전을 리더십 사례로 5분 발표 자료 만들어 줘."""),
    ("ticket", """\
주문번호 2026112400871, 송장번호 6881-2290-4471 인데 배송 조회가 안 돼요. 어디에 문의해야 하나요?"""),
    ("devops", """\
서버를 10.2.0.14에서 10.3.0.2로 올린 뒤 로그인 오류가 나요. 릴리스 노트에서 뭘 확인해야 할까요?"""),
    ("sales", """\
12월 1일부터 스탠다드 요금제가 월 29,000원에서 33,000원으로 오릅니다. 고객 공지문 써 줘."""),
    ("lookalike", """\
김앤장, 태평양, 광장 같은 대형 로펌의 ESG 자문 동향을 정리해 줘."""),
    ("lookalike", """\
부산, 대구, 광주 중에서 물류센터 입지로 어디가 좋을까? 강남구 본사와의 거리도 고려해 줘."""),
    ("sales", """\
모델명 SM-X710, 품번 KR-4410-BK 재고가 있는지 대리점에 묻는 문자 써 줘."""),
    ("lookalike", """\
사원증 00482번으로 12층 1204호 회의실 출입이 안 돼요. 총무팀에 보낼 요청 메일 써 줘."""),
    ("lookalike", """\
하늘이 맑고 바다가 잔잔해서 오늘 요트 행사는 예정대로 진행합니다. 은하 전망대는 휴관입니다. \
이 공지를 영어로 번역해 줘."""),
    ("lookalike", """\
대한민국 헌법이 정하는 국민의 4대 의무를 정리하고, 정의와 공정의 차이도 설명해 줘."""),
    ("lookalike", """\
정약용의 목민심서에서 공직자 윤리에 관한 부분을 요약해 줘."""),
    ("sales", """\
정관장 홍삼 선물세트와 설화수 세트 중 거래처 명절 선물로 뭐가 나을까? 예산은 개당 15만 원."""),
    ("lookalike", """\
2026-11-24T18:30:00+09:00을 UTC로 바꾸고, 뉴욕 시간으로는 몇 시인지 알려 줘."""),
    ("support", """\
접수번호 CS-2026-004417 건 처리 상태 문의드립니다. 2주째 답이 없어요."""),
    ("email", """\
팀장님께 보고할 주간 보고서 양식 만들어 줘. 부장님이 표 형식을 좋아하세요."""),
    ("code", """\
파이썬에서 dict를 값 기준으로 정렬하려면 어떻게 해요?
scores = {"a": 3, "b": 1, "c": 2}
sorted(scores)  # 키만 나와요"""),
    ("log", """\
[2026-11-24 03:12:44] WARN 커넥션 풀 고갈(max=50), 5초 후 재시도 3/5
[2026-11-24 03:12:49] ERROR 재시도 실패, 요청 중단
새벽 3시에 이런 로그가 나오는 이유가 뭘까요?"""),
    ("finance", """\
부가세 10% 포함 금액이 1,320,000원이면 공급가액과 세액은 각각 얼마인가요?"""),
    ("lookalike", """\
부품번호 600-1208-4472 rev C가 단종됐대요. 대체품 찾는 방법 알려 주세요."""),
    ("csv", """\
지역,1분기,2분기,3분기
수도권,12억,14억,11억
영남,9억,10억,13억
호남,4억,5억,6억
분기별 성장률 표로 정리해 줘."""),
    ("lookalike", """\
을지로, 충무로, 퇴계로가 각각 어떤 역사 인물의 이름에서 왔는지 알려 줘."""),
    ("finance", """\
국민은행, 신한은행, 하나은행 중에서 법인 계좌 이체 수수료가 가장 싼 곳은 어디인가요?"""),
    ("lookalike", """\
영수증 승인번호 30218847, 가맹점번호 7712-0045 로 카드 취소가 가능한가요?"""),
]
