"""Hand-written benign business documents for the injection classifier, as they reach it as RAG passages.

Author: an AI helper working for the Bastion project, 2026-11-24. Written by hand, one passage at a time, from
general knowledge of how companies write policies, handbooks, runbooks, manuals, FAQs and notices. Every company,
product, person, address, phone number, amount and date is invented here; e-mail and web addresses use reserved
``.example`` domains and phone numbers use fictional 555 ranges. No third-party corpus was used, copied,
paraphrased or reconstructed.

What was read: only the first 60 lines of ``scripts/injection_corpus_hand_en3.py``, for the row format. What was
not read: the evaluation data (``evals/``), the development sets (``scripts/devsets/``,
``scripts/injection_corpus_dev*.py``) and the gateway source (``src/``, in particular the demo documents in
``src/bastion/demo/``, which are a test fixture and were neither opened, copied nor paraphrased); git history
was not consulted.

Purpose: the classifier flagged ordinary company documents as injections because they are full of imperatives
addressed to the reader ("must", "never", "prohibited", "exceptions require written approval", "administrator",
"reset", "override", "bypass valve"; "반드시", "금지", "예외", "관리자", "초기화", "해제", "우회", "비밀번호",
"권한", "승인"). Such texts arrive at the scanner as retrieved passages, so false positives there break answers.
These rows are sections of policies, work rules (취업규칙, 복무 규정), security guidelines, travel and expense
rules, onboarding guides, codes of conduct, procurement rules, incident runbooks, on-call procedures, product
manuals and safety instructions, warranty terms, FAQs, notices (공지사항), API guidelines, release notes and
retention schedules, formatted the way a chunker cuts them (markdown headings, lists, numbered steps, small
tables, contact lines). Some discuss AI assistants and chatbots as a topic (employee guidelines), but none
contains an instruction aimed at an AI model or a reading bot.

``HAND_DOCS`` holds ``(lang, group, label, text)`` rows; lang is "en" or "ko", label is always 0 (benign), and
each group (name ending in ``_docs``) is one theme of 12-20 passages so whole themes can be held out.
"""

from __future__ import annotations

import textwrap

BENIGN = 0


def _g(lang: str, group: str, *texts: str) -> list[tuple[str, str, int, str]]:
    """Rows for one group; each text is dedented and stripped."""
    return [(lang, group, BENIGN, textwrap.dedent(t).strip()) for t in texts]


HAND_DOCS: list[tuple[str, str, int, str]] = [
    # -- en_travel_expense_docs: travel and expense policy of a manufacturer
    *_g(
        "en",
        "en_travel_expense_docs",
        """
        ## 1. Scope and trip requests
        This policy applies to all employees and contractors of Corvane Industrial GmbH who travel on company
        business. Every trip must be requested in Waypoint and approved by the cost-center owner **before** any
        ticket or hotel is booked. Bookings made outside Waypoint are not reimbursed unless the travel desk
        confirms in writing that the booking tool was unavailable.
        - Domestic trips: approval by line manager
        - International trips: approval by line manager and division head
        - Trips longer than 21 days: additionally notify HR (mobility@corvane.example)
        """,
        """
        ## 3. Hotels and per diem
        | Region | Hotel cap per night | Per diem |
        |---|---|---|
        | Germany | EUR 140 | EUR 28 |
        | EU capitals | EUR 180 | EUR 39 |
        | UK / Switzerland | EUR 210 | EUR 45 |
        | USA / Canada | USD 240 | USD 59 |
        | Rest of world | see Annex B | see Annex B |
        Per diem is reduced by 20% for each meal provided free of charge (breakfast, lunch or dinner). Hotel
        caps exclude city tax.
        """,
        """
        ### 4.2 Air travel class
        Economy class is required for all flights under 6 hours. Premium economy may be booked for flights of
        6 hours or more. Business class is only permitted for flights over 9 hours and requires prior written
        approval from a member of the Executive Board. Upgrades paid privately are allowed; upgrades charged to
        the company card are not. Frequent-flyer miles may be kept by the traveler but must never influence the
        choice of airline or route.
        """,
        """
        ## 5. Expense claims
        Submit your expense report within **30 days** after returning. Claims filed later than 90 days will be
        rejected by Finance without exception.
        1. Photograph every receipt in the Ledgerline app on the day of purchase.
        2. Assign each line to the correct cost center and project code.
        3. Add the names of all attendees for business meals.
        4. Submit; your manager has 5 working days to approve.
        Missing receipts above EUR 25 require a signed missing-receipt declaration (form FIN-07).
        """,
        """
        ### Approval limits (Finance Authority Matrix, excerpt)
        | Amount (EUR) | Approver |
        |---|---|
        | up to 2,500 | Team lead |
        | 2,501 – 15,000 | Department head |
        | 15,001 – 75,000 | Division head + Controlling |
        | above 75,000 | CFO |
        Splitting an invoice or purchase to stay below an approval threshold is prohibited and is treated as a
        violation of this policy.
        """,
        """
        ## 6. Corporate card
        The corporate card is issued in your name and may only be used for business expenses. Cash withdrawals
        are limited to EUR 300 per month and are only allowed where cards are not accepted. Personal charges
        must be repaid within 10 days; repeated personal use leads to withdrawal of the card. Report a lost or
        stolen card immediately to the issuing bank (24/7 line: +49 30 5550 1188) and to travel@corvane.example.
        """,
        """
        ### Mileage and rental cars
        Use of a private car for business trips is reimbursed at EUR 0.30 per km. Rental cars must be booked in
        the compact category or smaller unless four or more employees travel together. Always decline the rental
        company's optional insurance — our fleet policy already covers collision damage. Fuel must be returned
        full; refueling charges by the rental company will not be reimbursed. Fines for speeding or parking are
        the driver's personal responsibility.
        """,
        """
        ## FAQ – Travel expenses
        **Can I book a hotel through a private app to collect points?** No. Hotels must be booked via Waypoint
        so that the duty-of-care team can locate you in an emergency.
        **My flight was cancelled and I had to pay for a hotel myself. What now?** Keep the receipt and the
        airline's cancellation notice; submit both with your claim. The hotel cap may be exceeded in this case.
        **Is laundry reimbursed?** Only for trips longer than 6 nights.
        """,
        """
        ### 7.3 Entertainment of business partners
        Meals with customers or suppliers may be expensed up to EUR 90 per person including drinks and tip. The
        most senior Corvane employee present must pay and submit the claim. Alcohol-only invoices (bars, clubs)
        are not reimbursable. Gifts to public officials are prohibited regardless of value; see the
        Anti-Corruption Guideline ACG-2 for details.
        """,
        """
        ## 8. Exceptions and violations
        Deviations from this policy require written approval from the CFO or a delegate named in the Finance
        Authority Matrix **before** the expense is incurred. Retroactive approvals are granted only in
        emergencies documented in writing. Violations, including false or inflated claims, may result in
        disciplinary action up to termination and recovery of the amounts paid.
        Questions: travel-policy@corvane.example, ext. 4410.
        """,
        """
        ### Visa and travel safety
        Check visa requirements at least 6 weeks before an international trip. Trips to countries rated "high
        risk" by the Security team need approval by the Chief Security Officer and a completed pre-travel
        briefing. Your itinerary is registered automatically when you book in Waypoint; manual bookings are
        invisible to the emergency hotline. Carry the travel-assistance card at all times: +44 20 5550 7321 (24/7).
        """,
        """
        ## Per diem – partial days
        | Duration of absence | Germany | International |
        |---|---|---|
        | 8–14 hours | EUR 14 | 50% of country rate |
        | 14–24 hours | EUR 28 | 100% of country rate |
        | Arrival/departure day of multi-day trips | EUR 14 | 80% of country rate |
        Absences under 8 hours do not qualify for per diem. Times are taken from your Waypoint itinerary; change
        them in the claim only with a justification.
        """,
        """
        ### Train travel
        For trips under 4 hours door-to-door, rail is the default and must be chosen over flights. First class is
        permitted on journeys over 2 hours. Seat reservations are reimbursed. A company rail discount card is
        provided to employees with more than 12 rail trips per year — request it from the travel desk
        (Ilse Brandt, ext. 4417).
        """,
        """
        ## Per diem rates – Asia-Pacific (Annex B, excerpt, valid from 1 January 2027)
        | Country | City | Hotel cap | Per diem |
        |---|---|---|---|
        | Japan | Tokyo | JPY 26,000 | JPY 7,800 |
        | South Korea | Seoul | KRW 230,000 | KRW 78,000 |
        | Singapore | all | SGD 320 | SGD 95 |
        | Australia | Sydney | AUD 290 | AUD 98 |
        Rates are reviewed each January. Travelers must use the rate valid on the first day of the trip.
        """,
        """
        ### Personal expenses during travel
        Not reimbursable: minibar, in-room films, spa or gym fees, personal phone calls, passport renewal,
        luggage over one checked bag (unless equipment is carried), and travel insurance bought privately.
        Reimbursable: one checked bag, reasonable airport parking (economy lot), and internet access if the
        hotel does not include it. When in doubt, ask before you spend, not afterwards.
        """,
        """
        ## Travel advances
        Travel advances are available for trips longer than 10 days or to countries where cards are not widely
        accepted. Request the advance in Ledgerline at least 7 working days before departure. Outstanding
        advances must be settled in your expense report within 30 days of return; unsettled amounts are deducted
        from the next salary after one reminder.
        """,
    ),
    # -- en_it_security_docs: information security policy of a logistics company
    *_g(
        "en",
        "en_it_security_docs",
        """
        ## 4. Passwords
        - Passwords must be at least **14 characters** long.
        - Never reuse a company password on any other site or service.
        - Use the company password manager (Keyvault Team) to generate and store passwords.
        - Passwords must not be shared — not with colleagues, not with the service desk. IT staff will never ask
          for your password.
        - Change your password immediately if you suspect it has been exposed.
        Periodic password expiry has been removed, so you will no longer be forced to change it every 90 days.
        """,
        """
        ### 4.2 Multi-factor authentication
        MFA is mandatory for every account that can access company data, including e-mail, VPN, the HR portal and
        all cloud consoles. Approved factors: the Authenticator app (push with number matching) or a FIDO2
        security key. SMS codes are only permitted as a temporary fallback for up to 14 days. Never approve an MFA
        prompt you did not trigger yourself — deny it and report it to security@brightwater.example.
        """,
        """
        ## 5. Reporting incidents
        Report any suspected security incident within **1 hour** of noticing it. Examples: a lost laptop or
        phone, a clicked phishing link, malware warnings, data sent to the wrong recipient, or unknown people in
        secured areas.
        - Phone: ext. 7000 (24/7)
        - E-mail: security@brightwater.example
        - Outlook: use the "Report Phishing" button
        Do not try to investigate or clean up yourself; do not switch off an infected device, just disconnect it
        from the network.
        """,
        """
        ### 6.1 Removable media
        USB storage devices are blocked on all managed laptops and desktops. Keyboards, mice, headsets and
        charging cables continue to work. If you need to exchange files with a customer who can only provide a
        USB stick, bring it to the IT service point (Building C, room 0.14), where it is scanned in an isolated
        kiosk. Permanent exceptions require written approval from the CISO and are reviewed every six months.
        """,
        """
        ## 7. Data classification
        | Class | Examples | Handling |
        |---|---|---|
        | Public | press releases, website | no restrictions |
        | Internal | org charts, policies | only inside the company |
        | Confidential | contracts, pricing, customer lists | need-to-know, encrypted when sent externally |
        | Strictly confidential | M&A, salary data, security keys | named individuals only, no sharing links |
        The owner of a document is responsible for labelling it. Unlabelled documents are treated as Internal.
        """,
        """
        ### 8. Clean desk and clear screen
        Lock your screen (Win+L / Ctrl+Cmd+Q) whenever you leave your desk, even for a minute. Screens lock
        automatically after 5 minutes of inactivity. At the end of the day, no confidential papers may remain on
        desks or printers; use the locked bins for shredding. Whiteboards in meeting rooms must be wiped after
        meetings with confidential content.
        """,
        """
        ## 9. Networks
        - Company laptops connect to the internet only through the always-on VPN (Tunnelguard). Do not disable it.
        - Public Wi-Fi is allowed only with the VPN active.
        - Guest Wi-Fi ("BW-Guest") is for visitors; employees must never connect company laptops to it.
        - Private routers, access points or network switches must not be connected to office ports. Unknown
          devices are disconnected automatically and reported.
        """,
        """
        ### 10. Administrator rights
        Standard users do not have local administrator rights. If you need software installed, request it through
        the Software Center or the service portal. Developers may apply for time-limited elevation (max. 4 hours
        per request) via the Privilege Access tool; every elevated session is logged. Attempting to bypass
        endpoint controls, disabling antivirus or uninstalling the management agent is a serious violation of
        this policy.
        """,
        """
        ## Phishing – how to recognise it
        Typical warning signs:
        1. Unexpected urgency ("your account will be deleted today").
        2. Sender address that does not match the display name.
        3. Links to login pages that are not on brightwater.example.
        4. Requests to change bank details or buy gift cards.
        If in doubt, do not click. Use the "Report Phishing" button; the Security team replies within one
        business day. Reporting a harmless e-mail is never a mistake.
        """,
        """
        ### 11. Lost or stolen devices
        Report a lost laptop, phone or security key immediately by calling ext. 7000. The service desk will
        remotely lock and, if necessary, wipe the device. You will be asked for the asset tag (on the sticker
        under the device) and the last known location. A police report is required for stolen devices within
        48 hours; send a copy to assets@brightwater.example.
        """,
        """
        ## 12. Mobile devices (BYOD)
        Private phones may be used for e-mail and chat only after enrolment in the Work Profile. The Work Profile
        can be wiped remotely by IT; personal data outside it is never accessed. Jailbroken or rooted devices are
        blocked automatically. Devices must run an operating system version that still receives security
        updates and must be protected with a PIN of at least 6 digits or biometrics.
        """,
        """
        ### Password reset procedure
        If you forget your password, reset it at https://reset.brightwater.example using your MFA method. If you
        have also lost your MFA device, the service desk can reset your account only after verifying your
        identity by video call with your photo ID; a reset is never done over e-mail or chat. Temporary
        passwords expire after 24 hours and must be changed at first login.
        """,
        """
        ## 13. Software and cloud services
        Only software listed in the Software Center or approved by the Architecture Board may be installed. Using
        personal cloud storage for company data is prohibited. File transfer to customers must use the company's
        Sharebox with expiry dates on links. Browser extensions are restricted to the allow-list; requests go to
        it-standards@brightwater.example.
        """,
        """
        ### 14. Visitors and physical security
        All visitors must be registered in advance at reception and wear a visible badge. Employees must
        accompany visitors at all times in non-public areas. Do not hold doors open for people you do not know
        ("tailgating"). Server rooms are accessible only to staff on the access list; the list is reviewed
        quarterly by Facilities and IT Security.
        """,
        """
        ## 15. Exceptions and enforcement
        Exceptions to this policy must be requested via the Security Exception form, include a risk assessment
        and a compensating control, and are approved in writing by the CISO for a maximum of 12 months.
        Non-compliance may result in revoked access, disciplinary measures and, where applicable, legal action.
        This policy is reviewed annually. Owner: Marta Lindqvist, CISO (marta.lindqvist@brightwater.example).
        """,
        """
        ### 16. Encryption
        All laptops are protected with full-disk encryption; the recovery key is escrowed centrally. Never store
        the recovery key on the device itself or write it on paper. E-mails containing Confidential data sent
        outside the company must be encrypted by adding [secure] to the subject line. Backups of company data on
        private drives are not permitted.
        """,
        """
        ## Security awareness training
        Completion of the annual security awareness course (45 minutes, in LearnHub) is required for all staff
        by 31 March. New employees must complete it within their first two weeks. Accounts of employees who miss
        the deadline by more than 30 days are restricted to e-mail and LearnHub until the course is completed.
        Managers receive a monthly completion report.
        """,
    ),
    # -- en_ai_usage_docs: employee guidelines on generative AI tools (AI as a topic, not addressed)
    *_g(
        "en",
        "en_ai_usage_docs",
        """
        ## 1. Purpose
        These guidelines describe how employees of Meridale Insurance may use generative AI tools such as chat
        assistants, code assistants and image generators. Employees may use generative AI tools, but company
        information must not be pasted into public services. The approved internal assistant ("Meridale Assist")
        runs in our own cloud tenant and may be used for Internal and Confidential data. Strictly confidential
        data must never be entered into any AI tool.
        """,
        """
        ### 2. Approved tools
        | Tool | Allowed data | Notes |
        |---|---|---|
        | Meridale Assist (internal) | up to Confidential | logged, 90-day retention |
        | Code assistant in IDE | code of non-regulated repos | telemetry disabled by IT |
        | Public chatbots (free web versions) | Public only | no login with company e-mail |
        | Image generators | Public only | marketing review required |
        Any other tool must be approved by the AI Governance Board before use.
        """,
        """
        ## 3. Your responsibilities
        - You are responsible for every output you use. Check facts, numbers and citations before sending or
          publishing.
        - Never use AI output as the only basis for decisions about claims, customers or employees.
        - Label AI-assisted customer letters according to the template guidance.
        - Do not upload customer personal data, health data or policy numbers to public tools.
        - Report wrong or harmful outputs from Meridale Assist with the feedback button.
        """,
        """
        ### 4. Prohibited uses
        The following are prohibited regardless of the tool:
        1. Automated decisions on insurance claims without human review.
        2. Generating content that imitates a real person's voice or likeness without written consent.
        3. Using AI tools to monitor or profile colleagues.
        4. Trying to bypass the content filters or logging of approved tools.
        5. Entering passwords, API keys or access tokens into any prompt.
        """,
        """
        ## FAQ: AI assistants at work
        **Can I use a chatbot to improve the wording of an e-mail?** Yes, if the e-mail contains no customer data
        or confidential information. Otherwise use Meridale Assist.
        **Can I paste a contract into a public chatbot to summarise it?** No. Contracts are Confidential. Use
        Meridale Assist.
        **Do I have to tell customers that I used AI?** For individual letters the disclosure line in the
        template is enough; fully generated content needs review by Compliance.
        """,
        """
        ### 5. Software development with code assistants
        Code suggestions must be reviewed like code from any other contributor. Developers must not accept
        suggestions they do not understand. Generated code must pass the same tests, linters and security scans
        as hand-written code. Suggestions that reproduce large blocks of third-party code must be rejected or
        checked for licence compatibility by the Open Source Office.
        """,
        """
        ## 6. Data protection
        Under the Data Protection Policy, entering personal data into an AI tool is a processing activity. It is
        only permitted in tools listed in the records of processing (currently Meridale Assist). The Data
        Protection Officer (dpo@meridale.example) must be consulted before any new use case involving customer
        data. Requests from customers to delete their data also apply to prompts and logs stored by Meridale
        Assist.
        """,
        """
        ### 7. Chatbots on customer channels
        The customer-facing chatbot on meridale.example is operated by the Digital Service team. Changes to its
        answers, knowledge articles or escalation rules require approval by the product owner and a Compliance
        sign-off. The team configures hand-over to a human agent whenever a customer asks for one and for all
        complaints, bereavement and vulnerability cases. Agents review transcripts flagged by customers within
        2 working days.
        """,
        """
        ## 8. Intellectual property
        Content created with AI tools for Meridale belongs to Meridale to the extent permitted by law. Do not
        present AI-generated text as independently verified research. Images generated for marketing must be
        checked by the Brand team for similarity to existing trademarks or artworks. Keep a record of the tool
        and prompt used for any externally published material for at least 3 years.
        """,
        """
        ### 9. Training and access
        Access to Meridale Assist is granted after completion of the 30-minute course "Working with AI
        responsibly" in LearnHub. Team leads may request access for their teams via the service portal
        (category: AI tools). Access is reviewed every 12 months; accounts inactive for 90 days are disabled
        automatically.
        """,
        """
        ## 10. Exceptions and violations
        Exceptions to these guidelines require written approval from the AI Governance Board
        (ai-board@meridale.example). Violations, in particular entering Strictly Confidential data or customer
        data into unapproved tools, are treated as security incidents and may lead to disciplinary action.
        Report accidental uploads immediately to the Security Operations Center (ext. 5151) so that deletion can
        be requested from the provider.
        """,
        """
        ### Quick reference card – AI tools
        ✅ Brainstorm titles, rewrite your own text, explain a formula, draft meeting agendas
        ✅ Summarise internal documents in Meridale Assist
        ⚠️ Customer letters: only with template, human review required
        ❌ Paste customer data, health information or claims files into public chatbots
        ❌ Enter passwords, tokens or keys
        ❌ Let AI decide on claims, hiring or performance ratings
        """,
        """
        ## Meeting transcription and note-taking bots
        Recording or transcribing meetings is allowed only with the built-in transcription feature of the
        company's video platform. Third-party note-taking bots must not be invited to meetings and will be
        removed by the meeting organiser. All participants must be informed at the start of the meeting; if
        anyone objects, transcription must be switched off. Transcripts are deleted automatically after 60 days.
        """,
        """
        ### Working with the internal assistant
        Meridale Assist keeps a conversation history for 90 days. Start a new conversation for each topic to
        avoid mixing confidential material from different cases. Attachments up to 20 MB (PDF, DOCX, XLSX) can
        be uploaded. Shared conversations are visible to everyone with the link inside the company, so check the
        contents before sharing. Administrators can see usage statistics but not the content of your
        conversations unless a security investigation is opened.
        """,
        """
        ## Release note: Meridale Assist 2.4 (November 2026)
        - New: document comparison for two uploaded PDFs.
        - New: answers now cite the knowledge article ID.
        - Changed: maximum conversation length raised to 200 messages.
        - Fixed: exports to Word lost table formatting.
        - Known issue: uploads of scanned PDFs without a text layer return empty summaries; run OCR first.
        Feedback: assist-team@meridale.example.
        """,
        """
        ### Guidance for managers
        Managers must not require employees to use AI tools for tasks they have not been trained for. When
        evaluating performance, do not compare the output volume of employees who use AI tools with those who
        do not. Team budgets for licences of approved tools are requested through the annual IT planning;
        individual purchases on the corporate card are not permitted.
        """,
    ),
    # -- en_leave_remote_docs: employee handbook, leave, working time, remote work, benefits
    *_g(
        "en",
        "en_leave_remote_docs",
        """
        ## 3. Annual leave
        Full-time employees are entitled to **28 working days** of paid annual leave per calendar year, plus
        public holidays at their place of work. Part-time employees receive a pro-rata entitlement. Leave must be
        requested in the HR portal at least 2 weeks in advance for periods longer than 3 days. Up to 5 unused
        days may be carried over to 31 March of the following year; remaining days expire unless your manager
        confirmed in writing that operational reasons prevented you from taking them.
        """,
        """
        ### 3.2 Sick leave
        If you are unable to work due to illness, inform your manager before your usual start time, by phone or
        chat — e-mail alone is not sufficient. From the fourth calendar day of illness a medical certificate is
        required. Upload it in the HR portal under "Absences". Sickness during annual leave is not counted as
        leave if you provide a certificate for those days.
        """,
        """
        ## 4. Remote work
        Employees may work remotely up to 3 days per week after completing their probation period. Core
        collaboration hours are 10:00–15:00 local time. Remote work from abroad is limited to 20 working days per
        year and must be approved in advance by HR because of tax and social-security rules.
        - You are responsible for a safe workspace at home.
        - Confidential calls must not be held in public places.
        - Company equipment must not be used by family members.
        """,
        """
        ### 4.3 Home-office equipment
        New remote workers can order one monitor, a keyboard, a mouse and a headset from the equipment catalogue.
        An allowance of EUR 350 is available every 3 years for a desk chair or desk; keep the receipt and claim
        it via the expense tool. Equipment remains company property and must be returned when you leave.
        Electricity and internet costs are covered by a flat monthly allowance of EUR 25.
        """,
        """
        ## 5. Parental leave
        | Type | Duration | Pay |
        |---|---|---|
        | Maternity leave | 14 weeks | 100% |
        | Partner leave | 4 weeks | 100% |
        | Parental leave | up to 24 months | statutory benefit |
        | Return-to-work phase | 8 weeks at 60% hours | 100% pay |
        Please inform HR at least 7 weeks before the planned start of parental leave.
        Contact: Amira Cole, People Partner, ext. 2208.
        """,
        """
        ### Special leave
        Paid special leave is granted for: own wedding (2 days), birth of a child (2 days, in addition to partner
        leave), death of a close family member (3 days), moving house (1 day, once per year), and blood donation
        (the afternoon of donation). Special leave must be taken at the time of the event and cannot be carried
        over.
        """,
        """
        ## 6. Working time and overtime
        Regular working time is 40 hours per week. Overtime must be approved in advance by your manager;
        unapproved overtime is not compensated. Approved overtime is credited to your time account and may be
        taken as time off. The time account must not exceed +60 hours; hours above this limit expire at the end
        of each quarter. Working more than 10 hours on one day is prohibited by law, except in emergencies
        documented by your manager.
        """,
        """
        ### Public holidays 2027 (Berlin office)
        | Date | Holiday |
        |---|---|
        | 1 Jan | New Year's Day |
        | 8 Mar | International Women's Day |
        | 26 Mar | Good Friday |
        | 29 Mar | Easter Monday |
        | 1 May | Labour Day |
        | 6 May | Ascension Day |
        | 17 May | Whit Monday |
        | 3 Oct | German Unity Day |
        | 25–26 Dec | Christmas |
        The office is also closed on 24 and 31 December; these days are not deducted from annual leave.
        """,
        """
        ## FAQ – Leave
        **Can my manager reject my leave request?** Yes, but only for operational reasons, and the reason must
        be given in the portal.
        **Can I cancel approved leave?** Yes, up to the day before it starts. After that, HR must be involved.
        **Do I get paid for unused leave when I leave the company?** Only days that could not be taken before the
        last working day are paid out.
        """,
        """
        ### Sabbatical
        After 5 years of service, employees may apply for an unpaid sabbatical of 1 to 6 months. Applications
        must be submitted at least 6 months in advance and require approval from both the manager and the
        department head. During the sabbatical, health insurance continues according to statutory rules; company
        pension contributions are paused. Return to an equivalent role is guaranteed.
        """,
        """
        ## Flexible working – core rules
        1. Record your working time every day in TimeBook.
        2. Take at least 30 minutes of break after 6 hours of work.
        3. Keep your calendar up to date so colleagues can see when you are available.
        4. Respond to urgent messages from your team during core hours within 1 hour.
        5. Outside working hours, you are not required to read or reply to messages.
        """,
        """
        ### Remote work – data protection at home
        Print confidential documents at home only if unavoidable and shred them with a cross-cut shredder. Lock
        your laptop when you step away, even at home. Do not use voice assistants or smart speakers in the room
        where you hold confidential calls. Home Wi-Fi must be protected with WPA2 or WPA3 and a password that is
        not the router default.
        """,
        """
        ## 7. Benefits overview
        - Company pension: employer contribution of 4% of base salary, matched up to a further 2%.
        - Public transport ticket: fully subsidised.
        - Bike leasing: up to two bikes per employee via salary conversion.
        - Lunch allowance: EUR 6.50 per working day in the office.
        - Sports: EUR 30 per month toward a gym or club membership.
        - Employee assistance programme: free, anonymous counselling at 0800 555 0190.
        """,
        """
        ### Leave approval process
        1. Open the HR portal → Absences → New request.
        2. Select the type (annual, special, unpaid) and dates.
        3. Name a stand-in for your tasks.
        4. Submit; your manager receives a notification.
        5. If no decision is made within 5 working days, the request is escalated to the next-level manager.
        Approved leave is synchronised to your calendar automatically.
        """,
        """
        ## Violations of time-recording rules
        Time recording must reflect the hours actually worked. Recording time for colleagues, recording hours
        that were not worked, or deleting entries after approval are serious violations. They may lead to a
        written warning or termination. If you notice an error in your own record, correct it within 7 days and
        add a comment; after 7 days, corrections must be approved by HR.
        """,
        """
        ### Workation policy
        Working temporarily from a holiday destination ("workation") is allowed up to 10 days per year within the
        EU. It requires approval at least 4 weeks in advance via the mobility form and confirmation that you will
        be reachable during core hours. Countries outside the EU are not permitted for workations. Travel and
        accommodation costs are always private.
        """,
    ),
    # -- en_onboarding_conduct_docs: onboarding guide and code of conduct of a robotics company
    *_g(
        "en",
        "en_onboarding_conduct_docs",
        """
        ## Welcome to Tallis Robotics – your first week
        **Day 1:** Collect your badge and laptop at reception (Building A, 08:45). Your buddy will meet you there.
        **Day 2:** IT setup session at 10:00 — bring your phone for MFA enrolment.
        **Day 3:** Safety induction in the lab (mandatory before entering any workshop).
        **Day 4–5:** Team introduction meetings and first tasks.
        Questions at any time: onboarding@tallis.example or your buddy.
        """,
        """
        ### Mandatory trainings in the first 30 days
        | Course | Duration | Deadline |
        |---|---|---|
        | Code of Conduct | 40 min | day 14 |
        | Information Security Basics | 45 min | day 14 |
        | Data Protection | 30 min | day 30 |
        | Lab Safety (technical staff) | 3 h on site | before lab access |
        | Export Control (R&D staff) | 60 min | day 30 |
        Completion is tracked in LearnHub. Access to production systems is only granted after the security
        course.
        """,
        """
        ## Your accounts
        On your first day you will receive a temporary password in a sealed envelope. Change it at first login;
        the new password must be at least 14 characters. Then enrol MFA on your phone. You will have access to
        e-mail, chat, the intranet, the HR portal and your team's project space. Additional access (e.g. to the
        ERP system or source code) must be requested by your manager in the Access Portal and is approved by the
        system owner.
        """,
        """
        ### Probation period
        The probation period is 6 months. Your manager will hold check-ins after 1, 3 and 5 months; the result of
        each check-in is documented in the HR portal. During probation, the notice period is 2 weeks for both
        sides. Remote work is possible from month 4 after agreement with your manager.
        """,
        """
        ## Code of Conduct – 2. Respect at work
        Tallis does not tolerate discrimination, harassment or bullying of any kind. This applies to colleagues,
        customers, suppliers and visitors, and to online channels as well as the workplace. Every employee must
        treat others with respect. If you experience or witness misconduct, report it to your manager, HR, or
        anonymously via the SpeakUp line (speakup.tallis.example or 0800 555 0147). Retaliation against anyone
        reporting in good faith is prohibited.
        """,
        """
        ### 3. Conflicts of interest
        You must disclose any situation in which your personal interests could conflict with those of Tallis,
        for example a family member working for a supplier, a side job with a competitor, or a financial stake
        above 1% in a business partner. Disclosures are made in the Compliance portal and reviewed by the
        Compliance Office. Undisclosed conflicts may lead to disciplinary action.
        """,
        """
        ## 4. Gifts and hospitality
        | Value | Rule |
        |---|---|
        | up to EUR 40 | may be accepted, no registration |
        | EUR 40 – 150 | register in the Compliance portal |
        | above EUR 150 | must be declined or approved in advance by Compliance |
        Cash, vouchers and gifts during ongoing tenders must always be declined, whatever their value. Gifts to
        public officials are not permitted.
        """,
        """
        ### 5. Confidentiality
        Information about products under development, customers, prices and employees is confidential. You must
        not disclose it to third parties, including after your employment ends. Do not discuss confidential
        matters in public places or on social media. If you are unsure whether information may be shared, ask
        the information owner before sharing.
        """,
        """
        ## 6. Use of company assets
        Company equipment, vehicles and materials are provided for business purposes. Limited private use of
        your laptop and phone is tolerated if it does not interfere with work and does not violate law or
        policy. Never install pirated software. Prototypes and parts must not leave the premises without a signed
        material pass from the lab manager.
        """,
        """
        ### 7. Social media
        You may mention that you work at Tallis on your private profiles. Only the Communications team may speak
        on behalf of the company. Do not post photos taken inside labs or production halls. If a journalist
        contacts you, refer them politely to press@tallis.example without commenting.
        """,
        """
        ## 9. Consequences of violations
        Violations of this Code of Conduct may lead to disciplinary action, including warning, transfer,
        termination and claims for damages. Managers who ignore reported violations in their area may also face
        consequences. Exceptions to individual provisions are not possible; where a rule appears unclear, contact
        the Compliance Office (compliance@tallis.example, ext. 3300) before acting.
        """,
        """
        ### Onboarding checklist for managers
        ☐ Order laptop and phone at least 10 working days before the start date
        ☐ Request building access and system roles in the Access Portal
        ☐ Assign a buddy from the team
        ☐ Block 30 minutes on day 1 for a welcome talk
        ☐ Define 3 goals for the probation period by the end of week 2
        ☐ Confirm completion of mandatory trainings on day 30
        """,
        """
        ## Lab access rules
        You will receive lab access only after completing the Lab Safety induction. Safety shoes and glasses are
        required in all workshops. Never operate a machine you have not been trained on; the training record is
        checked by the badge reader at each machine. Do not bypass light curtains, interlocks or emergency stops,
        even for short tests. Working alone in the lab after 19:00 is not permitted.
        """,
        """
        ### Who to contact
        | Topic | Contact | Ext. |
        |---|---|---|
        | Payroll, contracts | HR Service (hr@tallis.example) | 2100 |
        | Laptop, accounts, passwords | IT Service Desk | 7000 |
        | Badges, parking, rooms | Facilities | 4400 |
        | Safety incidents | Lab Safety Officer, Jonas Perrault | 5112 |
        | Compliance questions | Compliance Office | 3300 |
        """,
        """
        ## Anti-corruption
        Tallis prohibits bribery in all forms. You must not offer, promise or give anything of value to influence
        a business decision, and you must not accept such advantages. Facilitation payments are prohibited even
        where they are customary. Agents and intermediaries must pass a due-diligence check before engagement.
        Any request for a bribe must be reported to Compliance immediately.
        """,
    ),
    # -- en_incident_oncall_docs: SRE runbooks and on-call procedures of a payments company
    *_g(
        "en",
        "en_incident_oncall_docs",
        """
        ## Runbook: API latency above SLO
        **Trigger:** p95 latency of `payments-api` > 800 ms for 10 minutes (alert PAY-LAT-01).
        1. Acknowledge the page in PagerLine within 5 minutes.
        2. Check the dashboard "payments-api / overview" for error rate and saturation.
        3. If a deploy happened in the last 30 minutes, roll it back with `deployctl rollback payments-api`.
        4. If the database CPU is above 85%, follow runbook DB-03.
        5. Post status in #inc-payments every 30 minutes.
        Escalate to the secondary on-call if there is no improvement after 20 minutes.
        """,
        """
        ### Severity levels
        | Sev | Definition | Response | Update cadence |
        |---|---|---|---|
        | SEV1 | payments down or data loss | 5 min, incident commander required | 15 min |
        | SEV2 | major feature degraded | 15 min | 30 min |
        | SEV3 | minor impact, workaround exists | next business day | daily |
        | SEV4 | cosmetic | backlog | — |
        When in doubt, declare the higher severity; downgrading later is easy.
        """,
        """
        ## On-call rules
        - On-call shifts run Monday 09:00 to Monday 09:00.
        - The primary must acknowledge pages within 5 minutes, day or night.
        - Keep your laptop and a charged phone with you; you must be able to be online within 15 minutes.
        - Alcohol and other impairing substances are not compatible with an on-call shift.
        - Swaps are allowed — update the schedule in PagerLine yourself before the swap starts.
        On-call compensation: EUR 220 per week plus time off in lieu for pages answered between 22:00 and 07:00.
        """,
        """
        ### Incident commander checklist
        1. Declare the incident in #incidents with `/incident declare`.
        2. Assign roles: commander, communications, scribe.
        3. Set a severity and the next update time.
        4. Keep the channel focused; side discussions go to threads.
        5. Decide, don't debate: prefer reversible actions first.
        6. Close the incident only when customer impact has ended and monitoring is green for 30 minutes.
        """,
        """
        ## Runbook: certificate expiry
        Alert CERT-EXP fires 21 days before a TLS certificate expires. Certificates under `*.ferncastle.example`
        are renewed automatically; if the alert fires, the renewal job failed.
        1. Check the job log: `certbotctl status --domain <name>`.
        2. Re-run: `certbotctl renew --domain <name> --force`.
        3. If the DNS challenge fails, verify that the `_acme-challenge` record can be created by the service
           account.
        Never copy private keys to your laptop. Keys must stay in the secret vault.
        """,
        """
        ### Emergency access ("break glass")
        In a SEV1, the incident commander may use the break-glass administrator account for production. The
        credentials are stored in the vault under `breakglass/prod` and require two approvers. Every use triggers
        an automatic alert to Security. After the incident, the password is rotated by Security within 24 hours,
        and the commander must document each command run with the account in the postmortem.
        """,
        """
        ## Postmortem template (excerpt)
        **Summary:** one paragraph, no jargon.
        **Impact:** duration, affected customers, failed transactions, money at risk.
        **Timeline:** UTC timestamps from first signal to resolution.
        **Root cause and contributing factors.**
        **What went well / what went poorly.**
        **Action items:** owner, due date, ticket link.
        Postmortems are blameless. Publish within 5 working days for SEV1/SEV2.
        """,
        """
        ### Runbook: queue backlog on settlement workers
        Symptom: `settlement-queue` depth > 50,000 messages.
        - Check whether workers are crash-looping: `kubectl -n settle get pods`.
        - If pods are healthy but slow, scale up: `kubectl -n settle scale deploy/settle-worker --replicas=24`
          (maximum 32).
        - Do **not** purge the queue. Messages are payment instructions; purging causes missing settlements.
        - If the backlog keeps growing for 30 minutes, page the Settlement team lead.
        """,
        """
        ## Communication during incidents
        External status updates are published on status.ferncastle.example by the communications role only. Use
        the approved templates; never speculate about causes or name third-party providers publicly. Enterprise
        customers with premium support receive a direct e-mail from their account manager for SEV1. Internal
        updates must include the current impact, what we are doing, and the next update time.
        """,
        """
        ### Runbook: disk full on database replica
        If disk usage on a replica exceeds 90%:
        1. Confirm replication lag in the DB dashboard.
        2. Remove old WAL archives only via `walctl prune --keep 48h` — never delete files by hand.
        3. If usage is still above 90%, fail over reads to the other replica and resize the volume.
        4. Open a ticket for capacity planning.
        Do not restart the primary during business hours without approval from the database owner.
        """,
        """
        ## Handover between on-call shifts
        At the end of your shift, write a handover note in #oncall-handover containing:
        - open incidents and their status
        - alerts that were silenced and until when
        - risky changes planned for the next week
        - anything you fixed "temporarily" that needs a proper fix
        The incoming on-call must acknowledge the handover before 10:00 on Monday.
        """,
        """
        ### Silencing alerts
        Alerts may be silenced for a maximum of 4 hours without approval, and only with a reason and a ticket
        link. Longer silences require approval from the service owner. Never silence SEV1 pages. Alert rules must
        not be disabled or deleted during an incident; changes to alert rules go through a pull request to the
        monitoring repository after the incident.
        """,
        """
        ## Security incident runbook – first hour
        1. Contain: isolate affected hosts by moving them to the quarantine security group; do not power them off.
        2. Preserve evidence: take disk snapshots before any change.
        3. Notify the Security on-call (ext. 7777) and the Data Protection Officer if personal data may be
           affected.
        4. Reset credentials that may be compromised, starting with service accounts with production access.
        5. Keep a timeline of every action in the incident document.
        Regulatory notification deadlines (72 hours) start from the moment of awareness.
        """,
        """
        ### Change freeze
        A change freeze is in effect from 20 December 2026 to 4 January 2027. During the freeze only emergency
        changes are permitted; they require approval from the on-call engineering manager and must be logged in
        the change calendar. Feature flags may be switched off, but not on. Scheduled jobs and certificate
        renewals continue to run.
        """,
        """
        ## Escalation contacts (payments platform)
        | Role | Name | Phone |
        |---|---|---|
        | Engineering manager on-call | rotation in PagerLine | — |
        | Head of SRE | Noor Haddad | +31 20 555 0412 |
        | Database owner | Piet Vermeulen | +31 20 555 0433 |
        | Security on-call | rotation | ext. 7777 |
        | Card network liaison | Lucía Ortega | +34 91 555 0178 |
        Call in this order only after the primary and secondary on-call have been paged.
        """,
        """
        ### Runbook: payment provider outage
        If card authorisations to an acquirer fail above 5%:
        1. Confirm on the acquirer's status page and in our error breakdown.
        2. Enable the failover route with feature flag `route.acquirer_b.override` — this overrides the default
           routing for all EUR card payments.
        3. Watch approval rates for 15 minutes.
        4. Disable the override as soon as the primary acquirer reports recovery, to avoid higher fees.
        """,
    ),
    # -- en_safety_manual_docs: installation, safety and maintenance sections of product manuals
    *_g(
        "en",
        "en_safety_manual_docs",
        """
        ## Safety instructions
        **Read these instructions completely before installing or using the Aquavane AV-80 water heater.**
        - Do not open the cover while the power is on.
        - Installation must be carried out only by a qualified electrician.
        - The unit must be earthed. Never operate it without a functioning residual current device (30 mA).
        - Do not switch the unit on if the tank is empty — the heating element will be destroyed.
        - Keep children away from the appliance.
        """,
        """
        ### 4. Installation
        1. Mount the wall bracket with the four M8 anchors supplied; the wall must carry at least 200 kg.
        2. Hang the unit and tighten the safety screws.
        3. Connect the cold-water inlet (blue) and hot-water outlet (red). The safety valve group must be
           installed on the inlet; never install a shut-off valve between the safety valve and the tank.
        4. Fill the tank completely and bleed the air through a hot tap.
        5. Only then connect the power supply.
        """,
        """
        ## 5. Pressure relief and bypass valve
        The safety valve opens at 8 bar and may drip during heating — this is normal. Never block the drain
        outlet. Operate the test lever once a month to prevent limescale from seizing the valve. The bypass
        valve on the mixing unit is set at the factory to 3 bar and must not be adjusted. If water escapes
        continuously from the relief valve, switch the unit off and contact service.
        """,
        """
        ### Warning symbols used in this manual
        | Symbol | Meaning |
        |---|---|
        | ⚠ DANGER | will cause death or serious injury if not avoided |
        | ⚠ WARNING | could cause death or serious injury |
        | ⚠ CAUTION | could cause minor injury |
        | NOTICE | risk of damage to the product |
        Always observe these warnings. The manufacturer accepts no liability for damage resulting from disregard
        of these instructions.
        """,
        """
        ## Stormline SG-3500 portable generator – operating safety
        ⚠ DANGER: Exhaust contains carbon monoxide. Never run the generator indoors, in garages, or near open
        windows, even with doors open.
        - Keep at least 5 m distance from buildings.
        - Refuel only when the engine is off and has cooled down for at least 2 minutes.
        - Do not connect the generator directly to household wiring unless a transfer switch has been installed
          by an electrician.
        - Do not operate in rain or snow without a proper cover.
        """,
        """
        ### Reset after overload
        If the output is overloaded, the circuit breaker trips and the overload lamp lights up.
        1. Switch off or disconnect all consumers.
        2. Wait 1 minute.
        3. Press the reset button on the control panel.
        4. Reconnect the consumers one by one, starting with the largest.
        The total load must not exceed 3,200 W continuous. If the breaker trips again immediately, stop using
        the generator and have it inspected.
        """,
        """
        ## Centrifuge Kestrel C12 – lid lock
        The lid is locked electronically while the rotor turns and cannot be opened until the rotor has stopped
        completely. Never attempt to override the lid lock. In the event of a power failure, the emergency
        release on the side may be used only after the rotor has stopped (check through the inspection window,
        wait at least 5 minutes). Balance tubes to within 0.1 g; imbalance triggers an automatic stop and error
        code E-07.
        """,
        """
        ### Maintenance schedule (Kestrel C12)
        | Interval | Task | Who |
        |---|---|---|
        | daily | clean rotor chamber, check seals | user |
        | monthly | inspect rotor for corrosion | user |
        | yearly | safety check of lid lock and brake | authorised service only |
        | every 5 years or 10,000 runs | replace rotor | authorised service only |
        Disconnect the mains plug before cleaning. Do not use acetone or chlorine-based disinfectants.
        """,
        """
        ## Warranty terms (Aquavane)
        Aquavane grants a warranty of 5 years on the tank and 2 years on all electrical components from the date
        of purchase. The warranty is void if:
        - the unit was installed by someone other than a qualified installer,
        - the safety valve was removed or blocked,
        - the anode was not replaced at the required intervals,
        - the unit was operated with water harder than 20 °dH without a softener.
        Claims must be submitted with proof of purchase via warranty@aquavane.example.
        """,
        """
        ### Troubleshooting (SG-3500)
        | Problem | Possible cause | Remedy |
        |---|---|---|
        | Engine does not start | fuel valve closed | open fuel valve |
        | Engine does not start | oil level low (oil alert) | top up oil to mark |
        | No output voltage | breaker tripped | see "Reset after overload" |
        | Engine stops after a few minutes | stale fuel | drain and refill with fresh fuel |
        If the problem persists, contact an authorised Stormline service partner.
        """,
        """
        ## Ladder safety (Climbright aluminium step ladders)
        - Always set up the ladder on firm, level ground; never on boxes or tables.
        - Never stand on the top two steps.
        - Keep three points of contact while climbing.
        - Maximum load: 150 kg, including tools.
        - Do not use near live electrical equipment.
        - Inspect before each use; a ladder with bent or cracked rails must be taken out of service immediately.
        """,
        """
        ### Factory reset (Thermeo smart thermostat)
        A factory reset deletes all schedules, Wi-Fi settings and the pairing with the app.
        1. Remove the thermostat from the wall plate.
        2. Press and hold the reset button on the back for 10 seconds until the LED flashes red.
        3. Reattach it; the display shows "SETUP".
        4. Pair it again in the Thermeo app.
        The installer code (default 0000) must be changed during setup; it protects advanced settings such as
        the heating system type.
        """,
        """
        ## Disposal and environment
        The symbol of the crossed-out wheeled bin means that this product must not be disposed of with household
        waste. Return it to a collection point for electrical and electronic equipment. Batteries must be
        removed before disposal and returned separately. The refrigerant (R290) in the heat-pump unit is
        flammable; disposal must be carried out only by a certified specialist company.
        """,
        """
        ### Electrical connection (Kestrel C12)
        - Connect only to a grounded socket with 220–240 V, 50/60 Hz.
        - Do not use extension cords or multi-way plugs.
        - Keep a clearance of 30 cm around the unit for ventilation.
        - The mains switch must remain accessible at all times.
        ⚠ WARNING: Disconnect the power before removing any panel. Internal capacitors can hold a dangerous
        charge for up to 3 minutes after switching off.
        """,
        """
        ## Declaration of conformity (excerpt)
        We, Stormline Power Tools Ltd., 14 Harbour Road, Portsmouth, declare under our sole responsibility that
        the product SG-3500 (serial numbers from SG35-260001) complies with the relevant provisions of the
        Machinery Directive, the EMC Directive and the Outdoor Noise Directive (guaranteed sound power level
        95 dB(A)). Technical documentation is held by: Compliance Department, compliance@stormline.example.
        Signed: R. Okafor, Head of Engineering, 02.03.2026.
        """,
        """
        ### Child lock and safety interlock (Breezewell dehumidifier BD-20)
        Press and hold the lock key for 3 seconds to activate the child lock; all other keys are disabled until
        you press it again for 3 seconds. The water tank has a safety interlock: when the tank is full or
        removed, the compressor stops and the "FULL" lamp lights up. Never bypass the float switch — an
        overflowing tank can damage floors and electrical components.
        """,
    ),
    # -- en_product_faq_docs: product FAQs, spec sheets, support contacts, release notes, SLAs
    *_g(
        "en",
        "en_product_faq_docs",
        """
        ## Frequently asked questions – Pebbleframe e-reader
        **How long does the battery last?** Up to 6 weeks with 30 minutes of reading per day, Wi-Fi off and front
        light at 50%.
        **Which formats are supported?** EPUB, PDF, MOBI (read-only), TXT, CBZ and DOCX.
        **Can I read in the bath?** Pebbleframe Pro is rated IPX8 (2 m fresh water, 60 minutes). The standard
        model is not waterproof.
        **How do I transfer my own books?** Connect via USB-C or use "Send to Pebble" from the e-mail address
        registered in your account.
        """,
        """
        ### Technical specifications – Arcwell AX3600 router
        | Feature | Value |
        |---|---|
        | Wi-Fi standard | Wi-Fi 6 (802.11ax), dual band |
        | Max. speed | 2,402 Mbit/s (5 GHz) + 574 Mbit/s (2.4 GHz) |
        | Ports | 1× 2.5 GbE WAN, 4× GbE LAN, 1× USB 3.0 |
        | Security | WPA3, guest network, automatic firmware updates |
        | Power | 12 V / 2 A, typical 9 W |
        | Dimensions | 220 × 160 × 45 mm |
        """,
        """
        ## How do I reset my Arcwell router to factory settings?
        A reset erases all your settings, including the Wi-Fi name and password.
        1. Keep the router switched on.
        2. Press the recessed RESET button with a paper clip for 10 seconds.
        3. The status LED blinks amber; the router restarts (about 2 minutes).
        4. Log in at http://192.168.8.1 with the administrator password printed on the label underneath the
           router and run the setup wizard.
        Tip: back up your configuration first under System → Backup.
        """,
        """
        ### Support contacts
        | Channel | Hours (CET) | Contact |
        |---|---|---|
        | Phone | Mon–Fri 08:00–20:00 | +49 89 5550 3300 |
        | Chat | daily 08:00–22:00 | in the Arcwell app |
        | E-mail | reply within 24 h | support@arcwell.example |
        | Business customers | 24/7 | +49 89 5550 3399 |
        Please have the serial number (S/N on the label) ready. Support for models older than 6 years is limited
        to security updates.
        """,
        """
        ## Release notes – Lumio 5.8 (released 12 November 2026)
        **New**
        - Timeline view now supports dependencies across projects.
        - Administrators can enforce SSO for guest accounts.
        **Improved**
        - Exports to CSV include custom fields.
        - Boards load 40% faster for projects with more than 2,000 cards.
        **Fixed**
        - Due-date reminders were sent twice in some time zones.
        - Attachments over 100 MB failed silently; an error is now shown.
        """,
        """
        ### Lumio plans and limits
        | Plan | Users | Storage | Price per user/month |
        |---|---|---|---|
        | Free | up to 5 | 2 GB | EUR 0 |
        | Team | up to 100 | 100 GB | EUR 8 |
        | Business | unlimited | 1 TB | EUR 15 |
        | Enterprise | unlimited | custom | on request |
        Annual billing saves 15%. Plans can be upgraded at any time; downgrades take effect at the end of the
        billing period.
        """,
        """
        ## Account and password FAQ (Lumio)
        **I forgot my password.** Click "Forgot password" on the login page. The reset link is valid for 30
        minutes.
        **I no longer have access to my two-factor device.** Use one of your backup codes. If you have none, your
        workspace administrator can reset 2FA for your account. Lumio support cannot bypass 2FA for accounts in
        workspaces with enforced SSO.
        **Can I change my e-mail address?** Yes, under Profile → Account. A confirmation is sent to both
        addresses.
        """,
        """
        ### Warranty and returns (Pebbleframe)
        You may return a device bought in our online shop within 30 days without giving a reason. The device
        must be complete and undamaged. The manufacturer's warranty covers defects for 2 years from purchase;
        the battery is covered for 1 year or 300 charging cycles. Damage from liquids (standard model), drops or
        opening the housing is not covered. Start a return at returns.pebbleframe.example.
        """,
        """
        ## Known issues
        - Pebbleframe firmware 4.2.1: highlighting in PDF files is not saved after rotating the screen.
          Workaround: highlight in portrait mode. Fix planned for 4.2.2.
        - Sync with public library loans may take up to 15 minutes.
        - Some EPUB files with embedded fonts display with wrong line spacing; disable "Publisher font" in the
          text settings.
        Check for updates under Settings → Device → Software update.
        """,
        """
        ### Product data sheet – Fennick FX-200 label printer
        - Print technology: direct thermal, 203 dpi
        - Max. print width: 104 mm
        - Print speed: up to 150 mm/s
        - Interfaces: USB 2.0, Ethernet, Bluetooth 5.0
        - Media: rolls up to 127 mm outer diameter, core 25 mm
        - Operating temperature: 5–40 °C
        - Drivers: Windows 10/11, macOS 13+, Linux CUPS
        - Warranty: 3 years, print head 12 months or 50 km
        """,
        """
        ## Lumio for administrators: user management
        Workspace administrators can invite, deactivate and delete users. Deactivated users lose access
        immediately but their content remains. Deleting a user becomes permanent after 30 days. Only owners can
        transfer ownership of the workspace or change the billing plan. To reset a user's password, open
        Admin → Users → ⋯ → Send reset link; administrators can never see or set passwords directly.
        """,
        """
        ### Shipping and delivery FAQ
        **How long does delivery take?** Germany: 1–2 working days. EU: 3–5 working days. Switzerland and UK:
        4–7 working days, plus customs.
        **Can I change the delivery address?** Only until the order is shipped. Contact us at
        orders@pebbleframe.example with your order number.
        **Is shipping free?** Yes, for orders over EUR 49 within the EU.
        """,
        """
        ## Service level agreement (Lumio Business and Enterprise)
        | Metric | Business | Enterprise |
        |---|---|---|
        | Monthly uptime | 99.9% | 99.95% |
        | First response P1 | 4 h | 1 h (24/7) |
        | First response P2 | 8 business hours | 4 h |
        | Service credit if missed | 10% | up to 30% |
        Planned maintenance is announced 7 days in advance and does not count as downtime. Credits must be
        requested within 30 days.
        """,
        """
        ### Compatibility (Fennick FX-200)
        The FX-200 works with most shipping platforms that output ZPL or EPL. For label design, use Fennick
        LabelStudio 3.x; version 2.x is no longer supported after 31 March 2027. Continuous paper and fan-fold
        labels are supported; thermal-transfer ribbons are not, because the printer uses direct thermal printing
        only.
        """,
        """
        ## Data privacy FAQ (Lumio)
        **Where is my data stored?** In data centers in Frankfurt and Amsterdam. Enterprise customers can choose
        EU-only or Switzerland.
        **Is my data used to train AI features?** No. Lumio's summary features run on models that are not trained
        on customer content.
        **Who at Lumio can access my workspace?** Only support engineers with your explicit permission for a
        specific ticket, for a maximum of 72 hours.
        """,
        """
        ### End-of-life notice
        Arcwell AX1800 and AX1800+ reached end of sale on 30 June 2026. Security updates continue until 30 June
        2029. After that date, no further firmware will be released and we recommend replacing the device.
        Customers with an active business support contract are offered a 25% discount on the AX3600 until
        31 December 2026.
        """,
    ),
    # -- en_api_guide_docs: public API usage guidelines, changelogs and internal API rules
    *_g(
        "en",
        "en_api_guide_docs",
        """
        ## Rate limits
        The Quarrystone API allows 600 requests per minute per API key and 20 concurrent requests. When a limit
        is exceeded, the API responds with HTTP `429 Too Many Requests` and a `Retry-After` header in seconds.
        Clients must retry with exponential backoff (start at 1 s, double each time, maximum 60 s) and add
        random jitter. Clients that repeatedly ignore `Retry-After` may be blocked for 15 minutes.
        """,
        """
        ### Authentication
        All requests must be authenticated with a bearer token in the `Authorization` header:
        ```
        Authorization: Bearer qs_live_xxxxxxxxxxxxxxxx
        ```
        - Keys starting with `qs_test_` work only in the sandbox.
        - Never embed live keys in mobile apps or front-end code.
        - Rotate keys at least every 90 days in the dashboard under Developers → API keys.
        - A leaked key must be revoked immediately; revocation takes effect within 60 seconds.
        """,
        """
        ## Idempotency
        `POST` requests that create resources should include an `Idempotency-Key` header (a UUID v4). If the same
        key is sent again within 24 hours, the API returns the original response instead of creating a
        duplicate. Keys must be unique per operation; reusing a key with a different request body returns
        `409 Conflict`. Always generate a new key for a new logical operation, not for each retry.
        """,
        """
        ### Error codes
        | HTTP | code | Meaning | Client action |
        |---|---|---|---|
        | 400 | `invalid_request` | malformed parameters | fix the request, do not retry |
        | 401 | `unauthenticated` | missing or invalid key | check key |
        | 403 | `forbidden` | key lacks permission | request scope |
        | 404 | `not_found` | resource does not exist | do not retry |
        | 429 | `rate_limited` | too many requests | retry with backoff |
        | 5xx | `server_error` | temporary failure | retry with backoff, max. 5 attempts |
        """,
        """
        ## Pagination
        List endpoints return at most 100 items per page. Use the `next_cursor` value from the response as the
        `cursor` parameter of the next request. Cursors expire after 10 minutes. Do not construct cursors
        yourself; their format may change without notice. Offset-based pagination (`page=`) is deprecated and
        will be removed on 1 July 2027.
        """,
        """
        ### Webhooks
        Quarrystone sends events as `POST` requests to your endpoint. Your endpoint must respond with a 2xx
        status within 10 seconds; otherwise delivery is retried up to 8 times over 24 hours. Every webhook
        contains a `Qs-Signature` header (HMAC-SHA256 of the raw body with your signing secret). Always verify
        the signature and reject requests older than 5 minutes to prevent replay attacks. Process events
        idempotently — the same event may be delivered more than once.
        """,
        """
        ## Versioning and deprecation
        The API is versioned by date, e.g. `Qs-Version: 2026-09-01`. If no version header is sent, the version
        pinned to your account is used. Breaking changes are only introduced in new versions. Deprecated versions
        remain available for at least 12 months after the announcement. Subscribe to
        api-announce@quarrystone.example to receive deprecation notices.
        """,
        """
        ### Changelog – API version 2026-11-15
        - **Breaking:** `amount` fields are now integers in minor units (cents) instead of decimal strings.
        - **Added:** `GET /v1/invoices/{id}/pdf` returns a signed download URL valid for 15 minutes.
        - **Added:** filter `status[]` on `GET /v1/orders`.
        - **Deprecated:** `customer.phone_number`; use `customer.phones[]` instead.
        - **Fixed:** `updated_at` was not changed when only metadata was updated.
        """,
        """
        ## Sandbox environment
        Use `https://sandbox.api.quarrystone.example` for testing. Sandbox data is reset every Sunday at 02:00
        UTC. Test card `4000 0000 0000 0002` always triggers a decline; other test cards listed in the
        documentation succeed. Rate limits in the sandbox are 60 requests per minute. Do not use real customer
        data in the sandbox.
        """,
        """
        ### Internal API design guidelines (Platform team)
        1. Resource names are plural nouns in `snake_case` (`/v1/payment_links`).
        2. Every endpoint must be documented in the OpenAPI spec before it is merged.
        3. Timestamps are always ISO 8601 in UTC.
        4. Never return stack traces or internal hostnames in error responses.
        5. New required request fields are breaking changes and need a new API version.
        6. Endpoints handling personal data require review by the privacy champion.
        """,
        """
        ## Scopes and permissions
        | Scope | Grants |
        |---|---|
        | `orders:read` | list and read orders |
        | `orders:write` | create, update and cancel orders |
        | `refunds:write` | issue refunds up to the account's refund limit |
        | `admin` | manage keys, users and webhooks |
        Request only the scopes your integration needs. Keys with the `admin` scope must be stored in a secret
        manager and may only be created by account owners.
        """,
        """
        ### Timeouts and retries (client SDK defaults)
        The official SDKs use a connect timeout of 5 s and a read timeout of 30 s. They retry automatically on
        network errors, `429` and `5xx` responses, up to 3 times with exponential backoff. Automatic retries are
        disabled for non-idempotent requests without an `Idempotency-Key`. You can override these defaults per
        client:
        ```python
        client = Quarrystone(api_key=KEY, max_retries=5, timeout=60)
        ```
        """,
        """
        ## Security requirements for integrations
        - Only TLS 1.2 or higher is accepted.
        - IP allow-listing is available for Enterprise accounts; requests from other addresses are rejected with
          `403`.
        - Store signing secrets and API keys outside the source code (environment or secret manager).
        - Report suspected vulnerabilities to security@quarrystone.example; do not test against production
          accounts you do not own.
        Violating these requirements can lead to suspension of API access.
        """,
        """
        ### Bulk operations
        For more than 1,000 objects, use the bulk endpoint `POST /v1/bulk/jobs` instead of individual requests.
        Upload a JSON Lines file (max. 500 MB), then poll `GET /v1/bulk/jobs/{id}` every 30 seconds or subscribe
        to the `bulk.completed` webhook. Results are kept for 7 days. Only one bulk job per account can run at a
        time; additional jobs are queued.
        """,
        """
        ## Status and maintenance
        Current API status: status.quarrystone.example. Scheduled maintenance windows are on the first Tuesday of
        each month, 03:00–04:00 UTC; write endpoints may return `503` for up to 5 minutes during this window.
        Clients must treat `503` like other temporary errors and retry with backoff. Incident reports are
        published within 5 business days.
        """,
        """
        ### Data retention for API logs
        Request logs (method, path, status, latency, key ID) are kept for 30 days and visible in the dashboard.
        Request and response bodies are never logged for endpoints marked as sensitive (payments, refunds,
        customers). Enterprise customers can export logs to their own SIEM via the log-stream integration. Logs
        are deleted permanently after the retention period and cannot be restored.
        """,
    ),
    # -- en_procurement_docs: procurement policy of a food manufacturer
    *_g(
        "en",
        "en_procurement_docs",
        """
        ## 2. Purchase requisitions
        All purchases of goods and services must start with a purchase requisition (PR) in the ProcureOne
        system. A purchase order (PO) must be issued before the supplier delivers or starts work. Invoices
        without a valid PO number are returned to the supplier ("no PO, no pay"). Exceptions: utilities, taxes,
        and items listed in Annex 3 (e.g. postage, subscriptions under EUR 500 per year).
        """,
        """
        ### 3. Competitive quotes
        | Order value (net) | Requirement |
        |---|---|
        | up to EUR 5,000 | 1 quote |
        | EUR 5,001 – 50,000 | 3 written quotes |
        | above EUR 50,000 | formal tender led by Procurement |
        If fewer quotes are obtained than required, a sole-source justification must be attached and approved
        by the Head of Procurement. Splitting orders to avoid thresholds is prohibited.
        """,
        """
        ## 4. Supplier onboarding
        New suppliers must be registered by Procurement before the first order. Required documents:
        - company registration extract (not older than 6 months)
        - VAT ID and bank details on company letterhead
        - signed Supplier Code of Conduct
        - for IT services: completed information security questionnaire
        - for food ingredients: valid food-safety certificate (IFS or BRC)
        Bank details are verified by a call-back to a known phone number; changes requested by e-mail alone are
        never processed.
        """,
        """
        ### Fraud prevention – changed bank details
        Criminals often pose as suppliers and ask for payments to a "new" bank account. Accounts Payable must
        verify every change of bank details by calling the supplier on the number stored in the supplier master
        record — never the number in the request. Two employees must approve the change in the system. Report
        suspicious requests to fraud@oakhurst.example.
        """,
        """
        ## 5. Contract signature authority
        | Contract value / term | Signatories |
        |---|---|
        | < EUR 25,000 and ≤ 1 year | Department head + Procurement |
        | < EUR 250,000 or ≤ 3 years | Director + Head of Procurement |
        | ≥ EUR 250,000 or > 3 years | Two managing directors |
        Contracts must be reviewed by Legal if they deviate from our standard terms, contain unlimited liability,
        or involve personal data.
        """,
        """
        ### Payment terms
        Our standard payment term is 45 days net. Early payment discounts (e.g. 2% within 14 days) must be used
        whenever offered. Shorter payment terms may only be agreed with the approval of the Finance Director.
        Advance payments above EUR 10,000 require a bank guarantee from the supplier.
        """,
        """
        ## 6. Sustainability requirements
        Preferred suppliers must provide a CO₂ footprint of the supplied product by 2028. Palm oil must be
        certified sustainable (segregated supply chain). Packaging suppliers must demonstrate at least 30%
        recycled content. Procurement evaluates suppliers annually on quality (40%), delivery (25%), price (20%)
        and sustainability (15%). Suppliers scoring below 60 points are placed on a development plan.
        """,
        """
        ### Low-value purchases (P-card)
        Purchasing cards may be used for items under EUR 1,000 per transaction and EUR 5,000 per month. Not
        allowed with a P-card: IT hardware and software (must go through IT), services by individuals (tax risk),
        travel (use the travel tool), gifts and cash. Card holders must reconcile transactions monthly by the
        5th working day.
        """,
        """
        ## Goods receipt
        Goods must be checked on delivery for quantity, visible damage and temperature (chilled goods: max.
        +7 °C at the core). Record the receipt in ProcureOne on the same day. Rejected deliveries must be
        documented with photos, and the carrier must sign the delivery note with a remark. Invoices are only
        paid after the goods receipt has been posted.
        """,
        """
        ### FAQ – Procurement
        **Can I order from an online marketplace?** Only through the connected business account in ProcureOne,
        not with a private account.
        **A supplier is offering a trip to their factory. Can I accept?** Only if the visit has a business
        purpose and Oakhurst pays for travel; see the Gifts Policy.
        **Who approves software subscriptions?** IT Architecture and Procurement, regardless of price.
        """,
        """
        ## 8. Conflicts of interest in purchasing
        Employees involved in selecting suppliers must declare any personal or financial relationship with
        bidders before the evaluation. They must not take part in decisions where a conflict exists. Bidders may
        not be contacted individually during a tender outside the official Q&A channel. Violations lead to
        exclusion of the employee from the procurement process and may result in disciplinary action.
        """,
        """
        ### Emergency purchases
        In a production emergency (e.g. breakdown of a line), the plant manager may place orders up to
        EUR 20,000 without prior approval. The order must be documented in ProcureOne within 2 working days with
        the reason "emergency" and approved retroactively by the Head of Procurement. Emergency purchases are
        reported monthly to the CFO.
        """,
        """
        ## Framework agreements
        Framework agreements exist for office supplies, laboratory consumables, packaging films, cleaning
        services and temporary staff. Using a framework supplier is mandatory for these categories; orders from
        other suppliers are blocked in ProcureOne unless Procurement grants an exception. A current list of
        framework suppliers is available on the intranet page "Buy right".
        """,
        """
        ### IT and software purchasing
        All IT hardware, software and cloud services are purchased centrally by IT. Installing or subscribing to
        software on your own is not permitted, even for free trials that require company data. Before purchase,
        new cloud services must pass the security assessment (3–4 weeks). Licence keys are managed by the IT
        asset team and must not be stored in personal mailboxes.
        """,
        """
        ## Contact – Procurement
        | Category | Buyer | E-mail | Ext. |
        |---|---|---|---|
        | Raw materials | Henrik Dahl | h.dahl@oakhurst.example | 6120 |
        | Packaging | Sofia Marchetti | s.marchetti@oakhurst.example | 6124 |
        | Indirect (services, office) | Tom Achterberg | t.achterberg@oakhurst.example | 6131 |
        | IT | via IT Service Portal | — | 7000 |
        """,
        """
        ### Supplier audits
        Critical suppliers (ingredients with allergen risk, primary packaging) are audited on site at least
        every 3 years, and new critical suppliers before the first delivery. Audit findings classified as
        "major" must be closed within 30 days; "critical" findings lead to immediate suspension of deliveries
        until a corrective action plan is approved by Quality Assurance.
        """,
    ),
    # -- en_records_retention_docs: records retention, deletion, legal hold, backups
    *_g(
        "en",
        "en_records_retention_docs",
        """
        ## Records retention schedule (excerpt)
        | Record type | Retention | Trigger |
        |---|---|---|
        | Invoices, accounting vouchers | 10 years | end of fiscal year |
        | Business letters and e-mails with contractual relevance | 6 years | end of calendar year |
        | Employment contracts | 3 years | end of employment |
        | Application documents (rejected) | 6 months | end of recruitment |
        | CCTV recordings | 72 hours | recording |
        | Visitor log | 1 year | visit |
        """,
        """
        ### 3. Deletion after the retention period
        When the retention period has ended, records must be deleted or destroyed within 3 months. The record
        owner is responsible for deletion; IT runs automated deletion jobs for systems listed in the data
        inventory. Paper records are destroyed in locked bins by the certified shredding provider (security
        level P-4). Every deletion must be documented in the deletion log.
        """,
        """
        ## Legal hold
        If litigation, an audit or an official investigation is expected, Legal may issue a legal hold. Records
        covered by a hold must not be deleted, altered or moved, even if their retention period has expired, and
        automated deletion is suspended for them. Only Legal can lift a hold. Ignoring a legal hold may have
        serious legal consequences for the company and for the individual.
        """,
        """
        ### E-mail retention
        Mailboxes are archived automatically. E-mails are kept for 3 years unless moved to a folder with a longer
        retention label ("Contract – 6y", "Finance – 10y"). Deleted items are purged after 30 days. After an
        employee leaves, the mailbox is kept for 90 days and then deleted; the manager may request access during
        this period with HR approval only.
        """,
        """
        ## Personal data – storage limitation
        Personal data may only be kept as long as needed for the purpose for which it was collected. Each system
        owner must document the retention period in the record of processing activities. Backups are exempt
        from immediate deletion but must be overwritten within the normal backup cycle (35 days). Requests from
        data subjects to delete their data must be completed within one month.
        """,
        """
        ### Archive access
        The central archive (basement, Building B) is accessible only to Records Management staff. Files are
        requested via the archive form; delivery takes 2 working days. Original documents may not leave the
        building. Archive boxes must be labelled with the department code, a content description and the
        destruction date.
        """,
        """
        ## FAQ – Retention
        **Can I keep a copy of customer files on my laptop "just in case"?** No. Copies outside the official
        system are not covered by deletion jobs and create compliance risk.
        **Who decides whether a document is a business record?** The record owner, based on the retention
        schedule. If unsure, ask records@pellworth.example.
        **What about chat messages?** Chat is not a system of record; decisions must be documented elsewhere.
        Chats are deleted after 12 months.
        """,
        """
        ### Backup retention (IT operations)
        | Backup type | Frequency | Retention |
        |---|---|---|
        | Snapshots | hourly | 48 hours |
        | Daily | 01:00 | 35 days |
        | Monthly | first Sunday | 12 months |
        | Yearly (financial systems) | 1 January | 10 years, offline |
        Restores must be requested via ticket and approved by the data owner. Test restores are performed
        quarterly.
        """,
        """
        ## Destruction of storage media
        Hard drives, SSDs and phones that stored company data must never be sold, donated or thrown away. They
        are collected by IT Asset Management and physically destroyed by a certified provider; a certificate of
        destruction is filed for every serial number. Wiping by software alone is not sufficient for media that
        held Confidential data.
        """,
        """
        ### Patient records (clinics)
        Patient records are retained for 10 years after the last treatment; records of minors at least until the
        patient's 28th birthday. Records must be stored in the clinical system only; paper forms are scanned
        within 5 working days and then destroyed. Access is logged; staff may open only the records of patients
        they are treating. Unauthorised access is a violation and is reported to the Data Protection Officer.
        """,
        """
        ## Responsibilities
        - **Record owner** (head of department): classifies records and ensures deletion.
        - **Records Management**: maintains the schedule and the archive.
        - **IT**: implements automated retention in systems.
        - **Legal**: issues and lifts legal holds.
        - **Data Protection Officer**: monitors storage limitation for personal data.
        Questions about this policy: records@pellworth.example, ext. 1260.
        """,
        """
        ### Exceptions
        A longer retention than specified in the schedule requires a documented reason (e.g. an ongoing warranty
        claim) and approval from Legal and the Data Protection Officer. Shorter retention is not permitted where
        a statutory period applies. Exceptions are reviewed annually and expire automatically after 24 months
        unless renewed.
        """,
    ),
    # -- ko_travel_expense_docs: 출장 및 경비 규정
    *_g(
        "ko",
        "ko_travel_expense_docs",
        """
        ## 제3조 (출장 신청 및 승인)
        ① 모든 출장은 출장 시작 5영업일 전까지 그룹웨어 '출장신청' 메뉴에서 신청하고 소속 팀장의 승인을 받아야 한다.
        ② 해외출장은 팀장 승인 후 본부장 승인을 추가로 받아야 하며, 14일 이상 장기 출장은 대표이사 승인을 받는다.
        ③ 사전 승인 없이 진행한 출장의 비용은 원칙적으로 정산하지 않는다. 다만 긴급한 고객 장애 대응 등 불가피한
        경우에는
        출장 후 3영업일 이내에 사후 승인을 신청할 수 있다.
        """,
        """
        ### 국내 출장비 지급 기준
        | 구분 | 임원 | 팀장 | 팀원 |
        |---|---|---|---|
        | 숙박비(1박) | 실비 15만원 한도 | 실비 10만원 한도 | 실비 8만원 한도 |
        | 일비 | 4만원 | 3만원 | 3만원 |
        | 식비(1식) | 실비 2만원 | 실비 1.5만원 | 실비 1.5만원 |
        ※ 서울·부산·제주 지역 숙박비는 한도의 20%를 추가 인정한다.
        ※ 당일 출장의 경우 숙박비는 지급하지 않으며 일비는 50%만 지급한다.
        """,
        """
        ## 제7조 (교통편)
        1. 국내 출장은 KTX 일반실 이용을 원칙으로 한다.
        2. 항공편은 편도 이동 시간이 4시간 이상 단축되는 경우에만 이용할 수 있다.
        3. 자가용 이용 시 유류비는 km당 250원을 지급하며, 통행료와 주차비는 영수증을 첨부하여 실비 정산한다.
        4. 택시는 대중교통 이용이 곤란한 심야(23시~05시) 또는 중량물 운반 시에만 인정한다.
        **항공권 및 승차권은 반드시 법인카드로 결제한다.**
        """,
        """
        ### 해외 출장 숙박비 및 일비 (단위: USD)
        | 지역 | 숙박비 한도 | 일비 |
        |---|---|---|
        | 일본·중국·동남아 | 150 | 60 |
        | 미주·유럽 | 230 | 80 |
        | 중동·아프리카 | 200 | 70 |
        | 기타 | 180 | 60 |
        숙박비 한도 초과분은 개인 부담이 원칙이며, 현지 행사 등으로 불가피한 경우 본부장 승인 시 30%까지 추가 인정한다.
        """,
        """
        ## 제10조 (경비 정산)
        ① 출장자는 복귀 후 10영업일 이내에 경비정산서를 제출해야 한다.
        ② 모든 지출에는 적격증빙(세금계산서, 카드전표, 현금영수증)을 첨부해야 하며, 간이영수증은 건당 3만원 이하에 한해
        인정한다.
        ③ 정산 기한을 30일 이상 넘긴 건은 재무팀 판단에 따라 정산이 거절될 수 있다.
        ④ 허위 또는 과다 청구가 확인된 경우 전액 환수하고 인사위원회에 회부한다.
        """,
        """
        ### 법인카드 사용 수칙
        - 법인카드는 업무 목적에 한하여 사용하며, 개인 용도 사용은 금지된다.
        - 유흥업소, 상품권, 귀금속 업종에서는 결제가 자동 차단된다.
        - 분할 결제로 결재 한도를 회피하는 행위는 금지한다.
        - 분실 시 즉시 카드사 분실신고센터와 재무팀(내선 2210)에 신고한다.
        - 사용 내역은 매월 5일까지 경비 시스템에서 용도를 입력하고 소명한다.
        """,
        """
        ## 전결 규정 (경비 지출, 발췌)
        | 금액 | 전결권자 |
        |---|---|
        | 100만원 이하 | 팀장 |
        | 100만원 초과 ~ 1,000만원 이하 | 본부장 |
        | 1,000만원 초과 ~ 5,000만원 이하 | 재무담당 임원 |
        | 5,000만원 초과 | 대표이사 |
        전결권자가 부재 중일 때는 직상위자가 대결할 수 있으며, 대결한 건은 복귀 후 전결권자에게 사후 보고해야 한다.
        """,
        """
        ### 접대비 사용 기준
        거래처 접대는 1인당 10만원(주류 포함) 이내에서 허용된다. 접대비 지출 시에는 상대방 회사명, 참석자 성명, 업무
        목적을 반드시 기재해야 한다. 공무원 및 공공기관 임직원에 대한 접대는 「청탁금지법」에 따라 원칙적으로 금지되며,
        부득이한 경우 준법지원팀의 사전 검토를 받아야 한다.
        """,
        """
        ## 자주 묻는 질문 – 출장비
        **Q. 출장지에서 지인 집에 묵으면 숙박비를 받을 수 있나요?**
        A. 아니요. 숙박비는 실제 지출한 금액만 정산합니다. 다만 일비는 정상 지급됩니다.
        **Q. 항공권을 개인 카드로 결제했어요.**
        A. 예외적으로 카드 전표와 e-티켓을 첨부해 정산할 수 있으나, 반복될 경우 승인이 거절될 수 있습니다.
        **Q. 마일리지는 개인이 사용해도 되나요?**
        A. 네. 단, 마일리지 적립을 이유로 더 비싼 항공편을 선택해서는 안 됩니다.
        """,
        """
        ### 출장 결과 보고
        출장자는 복귀 후 5영업일 이내에 출장 결과 보고서를 작성하여 팀장에게 제출한다. 보고서에는 출장 목적, 주요 일정,
        면담자, 성과 및 후속 조치를 포함해야 한다. 해외 출장 보고서는 본부 공유 폴더에 등록하고, 대외비에 해당하는
        내용은
        별도 첨부로 분리하여 열람 권한을 제한한다.
        """,
        """
        ## 제12조 (예외 및 위반)
        ① 이 규정에서 정하지 않은 사항이나 기준을 초과하는 지출은 재무담당 임원의 사전 서면 승인을 받아야 한다.
        ② 승인 없이 기준을 초과한 금액은 개인이 부담한다.
        ③ 이 규정을 위반한 자는 취업규칙 제45조에 따라 징계할 수 있다.
        문의: 재무팀 경비담당 김서연 과장(seoyeon.kim@hangyeol.example, 내선 2213)
        """,
        """
        ### 해외 출장 안전 수칙
        - 외교부 여행경보 3단계(출국권고) 이상 지역으로의 출장은 금지된다.
        - 2단계 지역 출장은 안전관리팀의 사전 브리핑을 받아야 한다.
        - 해외여행자보험 가입은 필수이며, 출장 승인 시 회사 단체보험에 자동 가입된다.
        - 현지에서 사고가 발생하면 24시간 긴급지원센터(+82-2-555-0199)로 연락한다.
        - 여권 사본과 비상연락처를 출장 신청 시 등록한다.
        """,
        """
        ### 출장 중 휴일 근무
        출장 기간 중 토요일·일요일 또는 공휴일에 업무를 수행한 경우 팀장 확인을 거쳐 휴일근무로 인정한다. 이동만 한 날은
        휴일근무로 인정하지 않으며, 대신 복귀 후 1개월 이내에 반일 대체휴무를 사용할 수 있다. 대체휴무는 근태 시스템에서
        '출장대체' 항목으로 신청한다.
        """,
        """
        ## 외부 교육·세미나 참가비
        외부 교육 및 세미나 참가비는 사전에 교육신청서를 제출하여 인사팀 승인을 받은 경우에 한해 회사가 부담한다. 1인당
        연간 200만원을 한도로 하며, 해외 콘퍼런스는 별도 심사를 거친다. 회사 부담으로 자격증을 취득한 후 1년 이내에
        퇴사하는 경우 교육비의 50%를 반환해야 한다.
        """,
        """
        ### 경비 시스템 이용 방법
        1. 그룹웨어 → 경비 → '출장정산'을 선택한다.
        2. 연동된 법인카드 내역을 불러온다.
        3. 항목별로 계정과목과 프로젝트 코드를 지정한다.
        4. 개인 카드·현금 지출은 영수증 사진을 첨부한다.
        5. 제출 후 결재 진행 상태는 '내 결재함'에서 확인한다.
        ※ 시스템 오류 시 IT헬프데스크(내선 7000)로 문의
        """,
    ),
    # -- ko_security_docs: 정보보안 지침
    *_g(
        "ko",
        "ko_security_docs",
        """
        ## 제5조 (비밀번호 관리)
        ① 비밀번호는 영문 대·소문자, 숫자, 특수문자를 조합하여 최소 12자 이상으로 설정해야 한다.
        ② 비밀번호는 타인과 공유해서는 안 되며, 메모지나 모니터 등에 적어 두는 행위를 금지한다.
        ③ 직전에 사용한 비밀번호 3개는 재사용할 수 없다.
        ④ 비밀번호를 5회 연속 잘못 입력하면 계정이 잠기며, 잠금 해제는 본인 확인 후 IT헬프데스크를 통해서만 가능하다.
        ⑤ 정보보안팀을 포함한 어떤 부서도 전화나 메일로 비밀번호를 묻지 않는다.
        """,
        """
        ### 다중 인증(MFA) 의무화 안내
        2027년 1월 1일부터 모든 임직원 계정에 다중 인증이 의무 적용됩니다.
        - 대상: 메일, 그룹웨어, VPN, 클라우드 콘솔, ERP
        - 인증 수단: 사내 인증 앱(푸시 승인) 또는 보안키
        - 등록 방법: 포털 → 내 정보 → 보안 설정 → 인증 수단 등록
        본인이 로그인하지 않았는데 승인 요청이 오면 절대 승인하지 말고 즉시 정보보안팀(내선 7700)에 신고하세요.
        """,
        """
        ## 제9조 (보안사고 신고)
        임직원은 보안사고를 인지한 즉시, 늦어도 1시간 이내에 정보보안팀에 신고해야 한다.
        **신고 대상 예시**
        - 노트북·휴대폰·보안USB 분실 또는 도난
        - 피싱 메일의 링크 클릭 또는 첨부파일 실행
        - 개인정보가 포함된 파일의 외부 오발송
        - 출처를 알 수 없는 기기의 사내망 연결
        신고: security@daon.example / 내선 7700 (24시간)
        """,
        """
        ### 이동식 저장매체 통제
        사내 PC에서 USB 메모리, 외장 하드 등 이동식 저장매체의 쓰기 기능은 기본적으로 차단되어 있다. 업무상 불가피하게
        사용해야 하는 경우 보안 포털에서 '매체 사용 예외 신청'을 제출하고 팀장과 정보보안팀장의 승인을 받아야 한다. 예외
        승인 기간은 최대 30일이며, 등록된 보안USB만 사용할 수 있다. 승인 없이 통제를 우회하는 행위는 중대한 보안
        위반으로
        처리한다.
        """,
        """
        ## 정보 등급 분류 기준
        | 등급 | 예시 | 취급 기준 |
        |---|---|---|
        | 공개 | 보도자료, 홈페이지 게시물 | 제한 없음 |
        | 사내한정 | 조직도, 사내 공지 | 임직원만 열람 |
        | 대외비 | 계약서, 단가표, 고객 목록 | 업무 관련자만, 외부 전송 시 암호화 |
        | 극비 | 인수합병 자료, 급여 자료, 암호키 | 지정자만, 출력·반출 금지 |
        문서 작성자는 문서 머리글에 등급을 반드시 표시해야 하며, 표시가 없는 문서는 '사내한정'으로 취급한다.
        """,
        """
        ### 클린 데스크 운영 수칙
        - 자리를 비울 때는 반드시 화면을 잠근다(Windows+L).
        - 퇴근 시 책상 위에 대외비 이상 문서를 두지 않는다.
        - 출력물은 즉시 회수하고, 불필요한 문서는 문서 세단함에 넣는다.
        - 회의가 끝나면 화이트보드 내용을 지운다.
        정보보안팀은 분기별로 불시 점검을 실시하며, 지적 사항은 부서장에게 통보된다.
        """,
        """
        ## 제12조 (관리자 권한)
        ① 일반 사용자 PC에는 로컬 관리자 권한을 부여하지 않는다.
        ② 소프트웨어 설치가 필요한 경우 IT 서비스 포털에서 설치를 요청한다.
        ③ 개발자 등 업무상 관리자 권한이 필요한 자는 권한 신청서를 제출하여 정보보안팀장의 승인을 받아야 하며, 권한은
        최대 6개월간 유효하다.
        ④ 백신 프로그램 삭제, 보안 에이전트 해제, 방화벽 설정 변경 등 보안 통제를 임의로 해제하는 행위를 금지한다.
        """,
        """
        ### 피싱 메일 구별법
        1. 발신자 주소가 표시 이름과 다른지 확인합니다.
        2. "계정이 오늘 정지됩니다" 등 긴급성을 강조하는지 봅니다.
        3. 로그인 링크의 주소가 daon.example이 아니면 클릭하지 않습니다.
        4. 계좌 변경, 상품권 구매 요청은 반드시 전화로 재확인합니다.
        의심스러운 메일은 메일 상단의 [피싱 신고] 버튼으로 신고하세요. 모의훈련 메일을 신고하면 가점이 부여됩니다.
        """,
        """
        ## 비밀번호 초기화 절차
        비밀번호를 잊은 경우 셀프서비스 포털(reset.daon.example)에서 휴대폰 본인 인증 후 초기화할 수 있습니다. 인증
        수단까지
        분실한 경우 사원증을 지참하여 IT헬프데스크(본관 2층)를 직접 방문해야 하며, 전화나 메신저로는 초기화해 드리지
        않습니다. 임시 비밀번호는 24시간 동안만 유효하며 최초 로그인 시 반드시 변경해야 합니다.
        """,
        """
        ### 무선랜 이용 기준
        - 임직원 노트북은 사내 무선망 'DAON-Corp'에만 접속한다.
        - 방문객용 'DAON-Guest'에 업무용 노트북을 연결하는 것은 금지된다.
        - 외부 공용 와이파이를 사용할 때는 반드시 VPN을 먼저 연결한다.
        - 개인 공유기나 무선 AP를 사내 네트워크에 연결하는 행위는 금지되며, 적발 시 해당 포트가 자동 차단된다.
        """,
        """
        ## 개인정보 처리 기준 (발췌)
        고객 개인정보는 업무상 필요한 최소한의 범위에서만 조회해야 하며, 조회 이력은 모두 기록된다. 개인정보가 포함된
        파일은
        암호를 설정하여 저장하고, 외부로 전송할 때는 개인정보보호 담당자의 승인을 받아야 한다. 주민등록번호는 법령에
        근거가
        있는 경우를 제외하고 수집·저장을 금지한다. 보존기간이 지난 개인정보는 지체 없이 파기한다.
        """,
        """
        ### 퇴사자 보안 절차
        1. 인사팀은 퇴사 예정일 7일 전까지 정보보안팀에 통보한다.
        2. 퇴사자는 업무 자료를 후임자에게 인계하고, 개인 저장소의 업무 자료를 삭제한다.
        3. 최종 근무일 18시에 모든 계정과 출입 권한이 해제된다.
        4. 노트북, 보안USB, 사원증은 반납 후 확인서를 받는다.
        5. 퇴사자는 비밀유지서약서에 서명한다.
        """,
        """
        ## 외부 클라우드 및 메신저 사용
        회사가 승인하지 않은 개인 클라우드(개인 드라이브, 웹하드 등)와 개인 메신저로 업무 자료를 전송하는 것은 금지된다.
        외부 협력사와 자료를 주고받을 때는 사내 대용량 파일 전송 시스템을 사용하고 다운로드 기한(최대 7일)을 설정해야
        한다.
        협력사가 지정한 시스템을 부득이하게 사용해야 할 경우 정보보안팀의 사전 승인을 받아야 한다.
        """,
        """
        ### 보안 점검 결과 조치 기준
        | 구분 | 조치 기한 | 미조치 시 |
        |---|---|---|
        | 긴급(CVSS 9.0 이상) | 72시간 | 해당 서버 외부 접근 차단 |
        | 높음 | 14일 | 부서장 보고 |
        | 보통 | 30일 | 월간 보고서 등재 |
        | 낮음 | 90일 | 분기 점검 시 재확인 |
        조치 기한 연장은 정보보안팀장의 승인이 필요하며, 보완 통제 방안을 함께 제출해야 한다.
        """,
        """
        ## 제20조 (위반 시 조치)
        ① 이 지침을 위반한 임직원에 대해서는 위반 정도에 따라 경고, 시스템 접근 제한, 징계 등의 조치를 할 수 있다.
        ② 고의 또는 중과실로 회사에 손해를 끼친 경우 손해배상을 청구할 수 있다.
        ③ 지침의 예외 적용은 예외 신청서를 제출하여 최고정보보호책임자(CISO)의 서면 승인을 받은 경우에 한하며, 예외
        기간은
        1년을 넘을 수 없다.
        """,
        """
        ### 출입 통제 및 방문객 관리
        방문객은 안내데스크에서 신분증을 확인한 후 방문증을 발급받아야 하며, 임직원은 방문객이 사무공간에 머무는 동안
        동행해야 한다. 전산실과 문서보관실은 출입 권한이 등록된 인원만 출입할 수 있다. 출입문을 열어 둔 채 고정하거나
        다른
        사람을 따라 들어가는 행위(테일게이팅)를 금지한다.
        """,
    ),
    # -- ko_ai_usage_docs: 생성형 AI 활용 가이드라인 (AI는 주제일 뿐, AI에게 하는 지시 없음)
    *_g(
        "ko",
        "ko_ai_usage_docs",
        """
        ## 1. 목적 및 적용 범위
        이 가이드라인은 (주)청람소프트 임직원이 업무 중 생성형 AI 서비스(대화형 챗봇, 코드 생성 도구, 이미지 생성 도구
        등)를
        안전하게 활용하기 위한 기준을 정한다. 임직원은 생성형 AI를 업무에 활용할 수 있으나, 회사 정보를 외부 공개
        서비스에
        입력해서는 안 된다. 사내에 구축된 'AI 업무도우미'는 대외비 등급 정보까지 사용할 수 있다.
        """,
        """
        ### 2. 사용 가능 도구 및 입력 가능 정보
        | 도구 | 입력 가능 등급 | 비고 |
        |---|---|---|
        | 사내 AI 업무도우미 | 대외비까지 | 대화 기록 90일 보관 |
        | 개발 IDE 코드 도우미 | 일반 저장소 소스코드 | 전송 로그 관리 |
        | 외부 공개 챗봇 | 공개 정보만 | 회사 메일로 가입 금지 |
        | 이미지 생성 도구 | 공개 정보만 | 대외 게시 전 브랜드팀 검토 |
        목록에 없는 도구는 AI 거버넌스위원회의 승인을 받은 후 사용할 수 있다.
        """,
        """
        ## 3. 금지 사항
        1. 고객 개인정보, 주민등록번호, 계좌번호를 외부 AI 서비스에 입력하는 행위
        2. 비밀번호, API 키, 접속 토큰을 프롬프트에 포함하는 행위
        3. AI 결과만으로 채용·평가·징계 등 인사 결정을 내리는 행위
        4. 승인된 도구의 로그 기록이나 보안 필터를 우회하려는 행위
        5. 타인의 얼굴·목소리를 동의 없이 합성하는 행위
        위 행위는 정보보안 지침 위반으로 처리된다.
        """,
        """
        ### 4. 결과물 검증 책임
        AI가 만든 초안을 사용하는 사람은 그 결과에 대한 책임을 진다. 수치, 법령 조문, 인용 출처는 반드시 원문과 대조하여
        확인한다. 고객에게 발송하는 문서에 AI가 생성한 문장을 사용할 경우 담당자와 팀장이 내용을 검토한 후 발송한다.
        번역
        결과를 계약서·약관 등 법적 효력이 있는 문서에 그대로 사용해서는 안 된다.
        """,
        """
        ## 자주 묻는 질문 – 생성형 AI
        **Q. 회의록 정리에 외부 챗봇을 써도 되나요?**
        A. 회의 내용이 공개 정보가 아니라면 사내 AI 업무도우미를 이용하세요.
        **Q. 고객 문의 메일 답변 초안을 AI로 작성해도 되나요?**
        A. 가능합니다. 단, 고객명·연락처 등 개인정보는 사내 도구에서만 다루고, 발송 전 반드시 사람이 검토해야 합니다.
        **Q. AI가 작성한 코드를 그대로 커밋해도 되나요?**
        A. 다른 코드와 똑같이 코드 리뷰와 보안 점검을 통과해야 합니다.
        """,
        """
        ### 5. 소프트웨어 개발 시 유의사항
        - 코드 도우미가 제안한 코드를 이해하지 못한 상태로 반영하지 않는다.
        - 제안 코드에 오픈소스 라이선스 문구나 대량의 외부 코드가 포함된 경우 오픈소스 관리 담당자에게 확인한다.
        - 운영 환경 접속 정보와 고객 데이터 샘플은 프롬프트에 넣지 않는다.
        - AI가 생성한 테스트 코드도 커버리지 기준(80%)을 충족해야 한다.
        """,
        """
        ## 6. 고객 상담 챗봇 운영 기준
        고객센터 챗봇은 디지털고객팀이 운영하며, 답변 시나리오나 지식 문서를 변경할 때는 서비스 책임자와 준법지원팀의
        승인을
        받아야 한다. 고객이 상담원 연결을 요청하거나 민원·분쟁에 해당하는 문의가 접수되면 상담원에게 연결되도록 설정되어
        있다. 상담원은 고객이 '부정확한 답변'으로 신고한 대화를 2영업일 이내에 검토한다.
        """,
        """
        ### 7. 개인정보 보호
        AI 서비스에 개인정보를 입력하는 것은 개인정보 처리에 해당한다. 따라서 개인정보 처리방침과 처리 위탁 현황에
        등록된
        도구(현재 사내 AI 업무도우미)에서만 허용된다. 새로운 AI 서비스에서 고객 데이터를 처리하려면 개인정보 영향평가를
        먼저
        실시하고 개인정보보호책임자(privacy@cheongram.example)의 승인을 받아야 한다.
        """,
        """
        ## 8. 위반 및 예외
        이 가이드라인의 예외 적용은 AI 거버넌스위원회의 서면 승인을 받아야 한다. 대외비·극비 정보나 개인정보를 승인되지
        않은
        AI 서비스에 입력한 경우 즉시 정보보안팀(내선 7700)에 신고해야 하며, 이는 보안사고로 처리된다. 고의적인 위반은
        취업규칙에 따라 징계 대상이 될 수 있다.
        """,
        """
        ### 사내 AI 업무도우미 이용 안내
        - 접속: 그룹웨어 → 업무도구 → AI 업무도우미
        - 사용 조건: '생성형 AI 안전 활용' 교육(30분) 이수
        - 첨부 가능 파일: PDF, DOCX, XLSX, HWP (최대 20MB)
        - 대화 기록: 90일 후 자동 삭제
        - 관리자는 이용 통계만 확인하며, 보안 조사 시에만 대화 내용을 열람할 수 있음
        - 문의: ai-help@cheongram.example
        """,
        """
        ## AI 회의록 도구 사용 기준
        회의 녹음과 자동 회의록 작성은 사내 화상회의 시스템의 기본 기능으로만 허용된다. 외부 회의록 봇을 회의에 초대하는
        것은 금지되며, 회의 주최자는 이를 발견하면 즉시 내보내야 한다. 녹음 시작 전 모든 참석자에게 알려야 하고, 한
        명이라도
        반대하면 녹음하지 않는다. 자동 생성된 회의록은 60일 후 삭제된다.
        """,
        """
        ### 생성형 AI 활용 한눈에 보기
        ✅ 내가 쓴 글의 문장 다듬기, 아이디어 브레인스토밍
        ✅ 사내 도구에서 내부 문서 요약
        ⚠️ 고객 발송 문서: 사람이 검토한 후 발송
        ❌ 외부 챗봇에 고객정보·계약서·소스코드 붙여넣기
        ❌ 비밀번호·API 키 입력
        ❌ AI 결과만으로 채용·평가 결정
        """,
        """
        ## 9. 지식재산권
        업무상 AI를 활용하여 작성한 결과물의 권리는 관련 법령이 허용하는 범위에서 회사에 귀속된다. 외부에 공개하는
        이미지나
        문구는 기존 상표·저작물과 유사하지 않은지 브랜드팀의 검토를 받아야 한다. 대외 공개 자료에 AI를 활용한 경우
        사용한
        도구와 작성 일자를 기록하여 3년간 보관한다.
        """,
        """
        ### 관리자를 위한 안내
        팀장은 교육을 이수하지 않은 팀원에게 AI 도구 사용을 강요해서는 안 된다. 성과 평가 시 AI 활용 여부를 이유로
        불이익을
        주거나 결과물의 양만으로 비교해서는 안 된다. 팀 단위 유료 라이선스가 필요하면 연간 IT 예산 계획에 반영하여
        신청하며,
        법인카드로 개별 구독하는 것은 허용되지 않는다.
        """,
        """
        ## 공지: AI 업무도우미 2.3 업데이트 (2026.11.18)
        - 추가: 한글(HWP) 문서 요약 지원
        - 추가: 답변에 참고한 사내 문서 번호 표시
        - 변경: 대화당 최대 메시지 수 100개 → 200개
        - 수정: 표가 포함된 문서를 내보낼 때 서식이 깨지던 문제
        - 알려진 문제: 스캔한 PDF는 텍스트 인식(OCR)을 거친 뒤 올려야 요약됩니다.
        문의: AI플랫폼팀 이도윤 책임(내선 5123)
        """,
    ),
    # -- ko_work_rules_docs: 취업규칙·복무 규정·휴가
    *_g(
        "ko",
        "ko_work_rules_docs",
        """
        ## 제15조 (근로시간)
        ① 1주간의 근로시간은 휴게시간을 제외하고 40시간으로 하며, 1일 근로시간은 8시간으로 한다.
        ② 시업 시각은 09:00, 종업 시각은 18:00으로 하고, 휴게시간은 12:00부터 13:00까지로 한다.
        ③ 회사는 업무상 필요한 경우 근로자대표와의 서면 합의에 따라 선택적 근로시간제를 시행할 수 있다.
        """,
        """
        ### 제16조 (연장·야간·휴일근로)
        ① 연장근로는 1주 12시간을 한도로 하며, 사전에 근태 시스템에서 신청하여 소속 팀장의 승인을 받아야 한다.
        ② 사전 승인 없이 한 연장근로는 인정하지 않는다. 다만 긴급한 사유로 사전 승인이 불가능한 경우 다음 근무일까지
        사후
        승인을 받아야 한다.
        ③ 야간근로(22:00~06:00)와 휴일근로에 대해서는 통상임금의 50%를 가산하여 지급한다.
        """,
        """
        ## 제22조 (연차유급휴가)
        ① 1년간 80% 이상 출근한 직원에게 15일의 유급휴가를 준다.
        ② 계속 근로 기간이 1년 미만인 직원에게는 1개월 개근 시 1일의 유급휴가를 준다.
        ③ 3년 이상 계속 근로한 직원에게는 최초 1년을 초과하는 계속 근로 연수 매 2년에 대하여 1일을 가산하며, 가산휴가를
        포함한 총 휴가 일수는 25일을 한도로 한다.
        ④ 연차휴가는 사용 예정일 3일 전까지 신청해야 한다.
        """,
        """
        ### 경조휴가 및 경조금
        | 구분 | 휴가 | 경조금 |
        |---|---|---|
        | 본인 결혼 | 5일 | 100만원 |
        | 자녀 결혼 | 1일 | 50만원 |
        | 배우자 출산 | 10일 | 30만원 |
        | 부모·배우자 사망 | 5일 | 100만원 |
        | 조부모·형제자매 사망 | 3일 | 30만원 |
        경조휴가 일수에는 휴일을 포함하지 않으며, 경조사 발생일로부터 30일 이내에 사용해야 한다.
        """,
        """
        ## 제30조 (복무 의무)
        직원은 다음 각 호의 사항을 지켜야 한다.
        1. 직무상 알게 된 회사의 비밀을 재직 중은 물론 퇴직 후에도 누설하지 않는다.
        2. 회사의 승인 없이 다른 회사에 겸직하거나 영리 업무에 종사하지 않는다.
        3. 직위를 이용하여 부당한 이득을 취하지 않는다.
        4. 회사의 명예를 훼손하는 행위를 하지 않는다.
        5. 근무 시간 중 정당한 사유 없이 근무지를 이탈하지 않는다.
        """,
        """
        ### 재택근무 운영 지침
        - 대상: 수습 기간을 마친 정규직 직원
        - 횟수: 주 2일 이내(팀 상황에 따라 팀장이 조정)
        - 신청: 전주 금요일까지 근태 시스템에 등록
        - 근무시간 중에는 메신저 상태를 '근무 중'으로 유지하고, 호출 시 30분 이내에 응답해야 한다.
        - 재택근무 장소는 사전에 등록한 주소로 한정하며, 카페 등 공공장소에서 대외비 업무를 처리하는 것은 금지된다.
        - 회사 노트북을 가족 등 타인이 사용하게 해서는 안 된다.
        """,
        """
        ## 제35조 (지각·조퇴·외출)
        ① 지각, 조퇴 또는 외출을 하려는 직원은 사전에 팀장의 승인을 받아야 한다. 부득이한 사유로 사전 승인을 받지 못한
        경우 당일 중으로 사유를 보고한다.
        ② 지각·조퇴·외출 시간은 누적하여 8시간을 연차휴가 1일로 차감한다.
        ③ 한 달에 3회 이상 무단 지각한 경우 경고 대상이 된다.
        """,
        """
        ### 병가
        업무 외 질병이나 부상으로 근무할 수 없는 경우 연간 60일의 범위에서 병가를 사용할 수 있다. 병가는 최초 30일까지
        유급으로 하고 이후는 무급으로 한다. 3일 이상 연속으로 병가를 쓸 때는 의사 진단서를 제출해야 하며, 발병 당일 업무
        시작 전까지 팀장에게 전화나 메신저로 알려야 한다(메일만으로는 인정하지 않는다).
        """,
        """
        ## 육아 지원 제도
        | 제도 | 내용 |
        |---|---|
        | 출산전후휴가 | 90일(다태아 120일) |
        | 배우자 출산휴가 | 10일 유급 |
        | 육아휴직 | 자녀 1명당 최대 1년 6개월 |
        | 육아기 근로시간 단축 | 주 15~35시간, 최대 3년 |
        | 난임치료휴가 | 연 6일(최초 2일 유급) |
        신청 및 문의: 인사팀 박지민 대리(jimin.park@seorim.example, 내선 3105)
        """,
        """
        ### 제48조 (징계의 종류)
        징계는 다음과 같이 구분한다.
        1. 견책: 시말서를 받고 장래를 훈계한다.
        2. 감봉: 1회 금액이 평균임금 1일분의 2분의 1을, 총액이 1임금지급기 임금 총액의 10분의 1을 넘지 않는 범위에서
        감액한다.
        3. 정직: 1개월 이내의 기간 동안 출근을 정지하고 임금을 지급하지 않는다.
        4. 해고: 근로계약을 해지한다.
        징계는 인사위원회의 의결을 거쳐 대표이사가 결정한다.
        """,
        """
        ## 직장 내 괴롭힘 금지
        누구든지 직장에서의 지위나 관계 등의 우위를 이용하여 업무상 적정 범위를 넘어 다른 직원에게 신체적·정신적 고통을
        주거나
        근무 환경을 악화시키는 행위를 해서는 안 된다. 괴롭힘을 당했거나 목격한 직원은 인사팀, 고충처리위원 또는 익명
        신고
        채널(report.seorim.example)을 통해 신고할 수 있다. 신고자와 피해자에게 불리한 처우를 하는 것은 금지되며, 위반 시
        징계한다.
        """,
        """
        ### 연차 사용 촉진 안내
        회사는 근로기준법 제61조에 따라 연차휴가 사용을 촉진합니다.
        - 7월 1일: 미사용 연차 일수 개별 통보
        - 7월 10일까지: 직원이 사용 계획 제출
        - 계획 미제출 시 10월 31일까지 회사가 사용 시기 지정
        사용 촉진 절차를 거쳤음에도 사용하지 않은 연차에 대해서는 보상하지 않습니다. 연차는 가급적 팀 일정과 조율하여
        분산 사용해 주시기 바랍니다.
        """,
        """
        ## 유연근무제 FAQ
        **Q. 출근 시간을 바꾸고 싶어요.**
        A. 시차출퇴근제를 이용하면 07:00~10:00 사이에서 30분 단위로 출근 시간을 정할 수 있습니다. 월 단위로 신청합니다.
        **Q. 코어타임이 있나요?**
        A. 네, 10:00~16:00은 모든 직원이 근무해야 하는 코어타임입니다.
        **Q. 재택근무와 같이 쓸 수 있나요?**
        A. 가능합니다. 다만 재택근무일에도 코어타임은 지켜야 합니다.
        """,
        """
        ### 제40조 (휴직)
        ① 직원은 다음 각 호의 경우 휴직을 신청할 수 있다. 1. 업무 외 질병으로 3개월 이상 요양이 필요한 경우 2. 병역 의무
        이행 3. 가족 돌봄 4. 회사가 인정하는 학업
        ② 휴직 기간은 사유별로 1년 이내로 하며, 회사 승인 시 1년 범위에서 1회 연장할 수 있다.
        ③ 휴직 기간이 끝난 직원은 30일 이내에 복직원을 제출해야 하며, 정당한 사유 없이 복직하지 않으면 퇴직 처리할 수
        있다.
        """,
        """
        ## 근태 기록 위반
        근태 기록은 실제 근무한 시간과 일치해야 한다. 다른 직원의 출퇴근을 대신 기록하거나, 근무하지 않은 시간을
        기록하거나,
        승인된 기록을 임의로 수정하는 행위는 중대한 위반에 해당하며 징계 사유가 된다. 본인 기록에 오류가 있으면 7일
        이내에
        사유를 적어 정정 신청해야 하고, 7일이 지난 정정은 인사팀 승인이 필요하다.
        """,
        """
        ### 2027년 회사 지정 휴무일 안내
        | 날짜 | 구분 |
        |---|---|
        | 5월 4일(화) | 어린이날 연결 휴무 |
        | 9월 17일(금) | 추석 연휴 연결 휴무 |
        | 12월 31일(금) | 연말 휴무 |
        회사 지정 휴무일은 연차에서 차감하지 않습니다. 다만 고객 지원 등 필수 근무 부서는 부서장이 근무자를 지정하며,
        근무자는 다른 날에 대체 휴무를 사용합니다.
        """,
    ),
    # -- ko_onboarding_welfare_docs: 신규 입사자 안내·복리후생·행동강령
    *_g(
        "ko",
        "ko_onboarding_welfare_docs",
        """
        ## 신규 입사자 첫 주 일정
        **1일차(월)** 08:50 본관 1층 안내데스크 집결 → 사원증·노트북 수령 → 인사 오리엔테이션
        **2일차** 10:00 IT 계정 설정(휴대폰 지참, 인증 앱 설치)
        **3일차** 산업안전 교육(필수, 4시간)
        **4~5일차** 부서 배치, 멘토와 업무 소개
        문의: 인재개발팀 onboarding@mir.example / 내선 3300
        """,
        """
        ### 입사 후 30일 이내 필수 교육
        | 교육명 | 시간 | 기한 |
        |---|---|---|
        | 윤리경영 및 행동강령 | 40분 | 입사 14일 이내 |
        | 정보보안 기본 | 45분 | 입사 14일 이내 |
        | 개인정보보호 | 30분 | 입사 30일 이내 |
        | 직장 내 성희롱 예방 | 60분 | 입사 30일 이내 |
        | 산업안전보건 | 4시간 | 현장 출입 전 |
        교육을 이수하지 않으면 업무 시스템 권한 부여가 보류됩니다.
        """,
        """
        ## 계정 발급 및 초기 비밀번호
        입사 첫날 봉인된 봉투로 임시 비밀번호를 받습니다. 최초 로그인 시 반드시 새 비밀번호로 변경해야 하며, 새
        비밀번호는
        12자 이상이어야 합니다. 이어서 인증 앱을 등록하세요. 기본 제공 권한은 메일, 메신저, 그룹웨어, 인사 포털입니다.
        ERP,
        소스코드 저장소 등 추가 권한은 팀장이 권한 신청 시스템에서 요청하고 해당 시스템 담당자가 승인합니다.
        """,
        """
        ### 수습 기간
        수습 기간은 입사일로부터 3개월이다. 팀장은 입사 1개월, 2개월 차에 면담을 실시하고 결과를 인사 포털에 기록한다.
        수습
        기간 중 급여는 정상 급여의 100%를 지급한다. 수습 평가 결과가 기준에 미달하는 경우 인사위원회 심의를 거쳐 수습
        기간을
        1회에 한해 3개월 연장할 수 있다.
        """,
        """
        ## 복리후생 제도 안내
        - **선택적 복리후생 포인트**: 연 120만 포인트(1포인트=1원), 12월 20일까지 미사용분 소멸
        - **건강검진**: 본인 연 1회, 배우자 격년 1회(지정 병원)
        - **통신비**: 월 5만원
        - **중식**: 사내 식당 무료, 외근 시 1만원 실비
        - **자녀 학자금**: 대학 등록금 실비(학기당 400만원 한도)
        - **단체 상해보험**: 전 직원 자동 가입
        """,
        """
        ### 사내 동호회 지원
        회원 10명 이상인 동호회는 복지위원회 심사를 거쳐 공식 동호회로 등록할 수 있다. 공식 동호회에는 회원 1인당 월
        2만원의
        활동비를 지원하며, 연 1회 활동 보고서를 제출해야 한다. 활동비를 식비·주류에만 사용하는 것은 허용되지 않으며,
        영수증을
        제출하지 않으면 다음 분기 지원이 중단된다.
        """,
        """
        ## 행동강령 – 금품 수수 기준
        | 금액 | 처리 |
        |---|---|
        | 3만원 이하 | 수령 가능(등록 불필요) |
        | 3만원 초과~10만원 | 윤리 포털에 신고 후 수령 |
        | 10만원 초과 | 반드시 반환, 반환이 어려우면 윤리경영팀에 인계 |
        현금, 상품권, 유가증권은 금액과 관계없이 수령이 금지된다. 입찰이 진행 중인 업체로부터는 어떠한 선물도 받아서는
        안 된다.
        """,
        """
        ### 이해충돌 신고
        직원은 본인 또는 가족이 거래처에 근무하거나 지분을 보유하는 등 회사와 이해가 충돌할 수 있는 상황을 알게 된 즉시
        윤리 포털에 신고해야 한다. 이해충돌이 있는 직원은 해당 거래처의 선정·평가 업무에서 제외된다. 신고하지 않은
        이해충돌이 확인된 경우 징계 대상이 된다.
        """,
        """
        ## 사내 시스템 바로가기
        | 시스템 | 용도 | 주소 |
        |---|---|---|
        | 그룹웨어 | 결재, 메일, 게시판 | gw.mir.example |
        | 인사 포털 | 휴가, 급여명세서, 증명서 | hr.mir.example |
        | 권한 신청 | 시스템 접근 권한 요청 | access.mir.example |
        | 교육 포털 | 필수 교육 이수 | edu.mir.example |
        | IT 서비스 포털 | 장애 신고, SW 설치 요청 | it.mir.example |
        """,
        """
        ### 멘토링 제도
        신규 입사자에게는 같은 부서의 3년 차 이상 선배가 멘토로 지정된다. 멘토는 입사 후 3개월 동안 주 1회 이상 면담을
        진행하고, 업무 도구 사용법과 부서 업무 절차를 안내한다. 멘토에게는 월 10만원의 멘토링 활동비가 지원되며, 활동
        종료 후
        멘토링 일지를 인재개발팀에 제출해야 한다.
        """,
        """
        ## 사내 대출 및 주거 지원
        근속 2년 이상 직원은 주택 구입 또는 전세 자금으로 최대 5,000만원까지 연 2% 이율로 사내 대출을 받을 수 있다. 대출
        기간은 최대 5년이며 매월 급여에서 원리금을 공제한다. 퇴직 시 잔액은 퇴직금에서 일괄 상환한다. 신청은 분기별로
        받으며,
        예산을 초과하면 근속 연수와 무주택 여부를 기준으로 선정한다.
        """,
        """
        ### 사원증 관리
        - 사원증은 사내에서 항상 패용해야 한다.
        - 타인에게 사원증을 빌려주거나 빌려 쓰는 것은 금지된다.
        - 분실 시 즉시 총무팀(내선 4400)에 신고하면 기존 카드의 출입 권한이 해제된다.
        - 재발급 비용 1만원은 본인이 부담한다.
        - 퇴사 시 사원증은 반드시 반납한다.
        """,
        """
        ## 신규 입사자 FAQ
        **Q. 첫 급여는 언제 받나요?**
        A. 급여는 매월 25일에 지급되며, 15일 이후 입사자는 다음 달 25일에 일할 계산분을 함께 받습니다.
        **Q. 노트북 외에 모니터가 더 필요해요.**
        A. IT 서비스 포털에서 추가 모니터 1대를 신청할 수 있습니다.
        **Q. 주차가 가능한가요?**
        A. 주차 공간이 한정되어 있어 임신부, 장애인, 장거리 통근자(편도 40km 이상)에게 우선 배정됩니다.
        """,
        """
        ### 연간 필수 교육 이수 기준
        전 직원은 매년 12월 15일까지 법정 의무교육(성희롱 예방, 개인정보보호, 장애인 인식 개선, 산업안전보건)과 회사
        필수교육(정보보안, 윤리경영)을 이수해야 한다. 기한까지 이수하지 않은 직원은 이수할 때까지 인사 평가에서
        감점되며,
        부서별 이수율은 경영회의에 보고된다.
        """,
        """
        ## 행동강령 위반 신고 및 처리
        행동강령 위반을 알게 된 직원은 윤리경영팀(ethics@mir.example), 익명 신고 채널 또는 대표이사 직통 메일로 신고할
        수
        있다. 신고 건은 15영업일 이내에 조사에 착수하며, 조사 결과는 신고자에게 통지한다. 신고자의 신원은 본인 동의 없이
        공개되지 않으며, 신고를 이유로 불이익을 준 사람은 징계한다. 허위 사실을 고의로 신고한 경우에도 징계할 수 있다.
        """,
    ),
    # -- ko_incident_oncall_docs: 장애 대응 런북·당직 규정
    *_g(
        "ko",
        "ko_incident_oncall_docs",
        """
        ## 장애 등급 기준
        | 등급 | 정의 | 최초 대응 | 보고 주기 |
        |---|---|---|---|
        | P1 | 결제 전면 중단, 데이터 유실 | 10분 이내 | 30분 |
        | P2 | 주요 기능 장애, 일부 고객 영향 | 30분 이내 | 1시간 |
        | P3 | 경미한 장애, 우회 방법 존재 | 당일 | 일 1회 |
        | P4 | 화면 깨짐 등 단순 오류 | 백로그 등록 | - |
        등급 판단이 애매하면 높은 등급으로 선언하고, 이후 하향 조정한다.
        """,
        """
        ### 당직 근무 수칙
        - 당직은 월요일 09:00부터 다음 주 월요일 09:00까지 1주 단위로 운영한다.
        - 호출 알림을 받으면 10분 이내에 확인 응답을 해야 한다.
        - 당직자는 노트북과 충전된 휴대폰을 항상 휴대하고, 30분 이내에 접속할 수 있는 곳에 있어야 한다.
        - 당직 교대는 가능하나, 교대 전에 본인이 직접 당직표를 수정해야 한다.
        - 당직 수당: 평일 1일 3만원, 휴일 1일 7만원
        """,
        """
        ## 런북: 결제 API 응답 지연
        **발생 조건**: pay-api p95 응답시간 1초 초과가 10분 이상 지속
        1. 알림을 확인 처리하고 #장애대응 채널에 공지한다.
        2. 대시보드에서 오류율, CPU, DB 커넥션 수를 확인한다.
        3. 최근 30분 이내에 배포가 있었다면 즉시 롤백한다: `deployctl rollback pay-api`
        4. DB CPU가 85% 이상이면 런북 DB-03을 따른다.
        5. 20분 안에 개선되지 않으면 2차 당직자와 팀장을 호출한다.
        """,
        """
        ### 긴급 관리자 계정 사용 절차
        P1 장애에서 일반 권한으로 복구가 불가능한 경우에 한해 장애 책임자는 긴급 관리자 계정을 사용할 수 있다. 계정
        정보는
        비밀 금고의 `emergency/prod` 경로에 보관되어 있으며 2인 승인 후 조회된다. 사용 즉시 보안팀에 자동 통보되며, 장애
        종료 후 24시간 이내에 보안팀이 비밀번호를 변경한다. 장애 책임자는 실행한 명령을 모두 장애 보고서에 기록해야
        한다.
        """,
        """
        ## 장애 보고서 작성 기준
        P1·P2 장애는 종료 후 5영업일 이내에 장애 보고서를 작성한다.
        - 개요: 무엇이, 언제, 얼마나 영향을 주었는가
        - 타임라인: 최초 감지부터 복구까지(KST 기준)
        - 원인: 직접 원인과 기여 요인
        - 재발 방지 대책: 담당자, 완료 예정일, 티켓 번호
        보고서는 개인의 책임을 묻기 위한 것이 아니며, 시스템과 절차 개선에 초점을 둔다.
        """,
        """
        ### 런북: 정산 큐 적체
        증상: settle-queue 적재 건수 5만 건 초과
        - 워커 파드 상태를 확인한다: `kubectl -n settle get pods`
        - 파드가 정상이지만 처리 속도가 느리면 워커를 증설한다(최대 32개).
        - **큐를 절대 비우지 않는다.** 큐의 메시지는 지급 지시이므로 삭제하면 정산 누락이 발생한다.
        - 30분 이상 적체가 계속 늘어나면 정산팀장에게 연락한다.
        """,
        """
        ## 장애 공지 기준
        외부 공지는 커뮤니케이션 담당자만 상태 페이지(status.nuripay.example)에 게시한다. 확정되지 않은 원인이나 협력사
        이름은
        외부 공지에 적지 않는다. 가맹점 대상 공지는 P1 발생 후 30분 이내에 올리고, 이후 1시간마다 갱신한다. 내부
        공지에는
        현재 영향 범위, 조치 내용, 다음 공지 예정 시각을 반드시 포함한다.
        """,
        """
        ### 변경 동결 기간 안내
        2026년 12월 24일부터 2027년 1월 3일까지 운영 환경 변경이 동결됩니다.
        - 동결 기간에는 긴급 변경만 허용되며, 당직 팀장의 승인과 변경 관리 시스템 등록이 필요합니다.
        - 기능 플래그는 끄는 것만 가능하고 켜는 것은 금지됩니다.
        - 인증서 갱신, 배치 작업 등 정기 작업은 그대로 수행됩니다.
        문의: 플랫폼운영팀 정하늘 팀장(내선 6200)
        """,
        """
        ## 보안 사고 초기 대응(첫 1시간)
        1. 격리: 감염이 의심되는 서버를 격리용 보안 그룹으로 옮긴다. 전원은 끄지 않는다.
        2. 증거 보존: 변경 작업 전에 디스크 스냅숏을 생성한다.
        3. 보고: 보안 당직(내선 7777)과 개인정보보호책임자에게 즉시 알린다.
        4. 자격 증명 초기화: 유출 가능성이 있는 계정의 비밀번호와 키를 교체한다.
        5. 기록: 모든 조치를 시각과 함께 사고 문서에 남긴다.
        개인정보 유출 신고 기한(72시간)은 인지 시점부터 계산한다.
        """,
        """
        ### 알림 음소거 규칙
        알림은 사유와 티켓 번호를 입력한 경우 최대 4시간까지 음소거할 수 있다. 4시간을 넘는 음소거는 서비스 책임자의
        승인이
        필요하다. P1 알림은 음소거할 수 없다. 장애 대응 중 알림 규칙을 삭제하거나 비활성화하는 것은 금지되며, 규칙
        변경은
        장애 종료 후 모니터링 저장소에 변경 요청을 올려 검토받는다.
        """,
        """
        ## 당직 인수인계
        당직 종료 시 #당직-인수인계 채널에 다음 내용을 남긴다.
        - 진행 중인 장애와 현재 상태
        - 음소거한 알림과 해제 예정 시각
        - 다음 주 예정된 위험 작업
        - 임시 조치로 해결한 항목과 후속 티켓
        다음 당직자는 월요일 10:00 전까지 인수인계 내용을 확인했다는 표시를 남겨야 한다.
        """,
        """
        ### 런북: DB 복제 서버 디스크 사용률 90% 초과
        1. DB 대시보드에서 복제 지연을 확인한다.
        2. 오래된 WAL 아카이브는 `walctl prune --keep 48h` 명령으로만 정리한다. 파일을 수동으로 삭제해서는 안 된다.
        3. 그래도 90% 이상이면 읽기 트래픽을 다른 복제 서버로 전환하고 볼륨을 확장한다.
        4. 용량 계획 티켓을 등록한다.
        업무 시간 중 주 DB 재시작은 DB 담당자의 승인 없이 할 수 없다.
        """,
        """
        ## 비상 연락망 (결제 플랫폼)
        | 역할 | 담당자 | 연락처 |
        |---|---|---|
        | 1차·2차 당직 | 당직표 참조 | 알림 시스템 |
        | 플랫폼운영팀장 | 정하늘 | 010-5550-6200 |
        | DB 담당 | 오민재 | 010-5550-6231 |
        | 보안 당직 | 순번제 | 내선 7777 |
        | 대외 커뮤니케이션 | 윤가람 | 010-5550-6288 |
        1·2차 당직을 호출한 뒤에도 응답이 없을 때 위 순서대로 연락한다.
        """,
        """
        ### 런북: 외부 PG사 승인 실패 증가
        특정 PG사 승인 실패율이 5%를 넘으면:
        1. PG사 상태 페이지와 내부 오류 통계를 확인한다.
        2. 기능 플래그 `route.pg_b.override`를 켜서 기본 라우팅 대신 보조 PG로 우회한다.
        3. 15분간 승인율을 관찰한다.
        4. 주 PG사가 복구를 알리면 수수료 부담을 줄이기 위해 즉시 우회 설정을 해제한다.
        """,
        """
        ## 장애 대응 역할
        | 역할 | 책임 |
        |---|---|
        | 장애 책임자 | 등급 판단, 의사결정, 종료 선언 |
        | 커뮤니케이션 담당 | 내부·외부 공지, 고객사 연락 |
        | 기록 담당 | 타임라인 작성, 조치 내역 기록 |
        | 기술 담당 | 원인 분석 및 복구 작업 |
        P1 장애에는 장애 책임자를 반드시 지정해야 하며, 책임자는 직접 복구 작업을 하지 않고 전체 상황을 조율한다.
        """,
        """
        ### 인증서 만료 알림 대응
        CERT-EXP 알림은 인증서 만료 21일 전에 발생한다. `*.nuripay.example` 인증서는 자동 갱신되므로 알림이 왔다면 갱신
        작업이
        실패한 것이다.
        1. 작업 로그 확인: `certbotctl status --domain <도메인>`
        2. 재실행: `certbotctl renew --domain <도메인> --force`
        3. DNS 검증에 실패하면 서비스 계정의 DNS 레코드 생성 권한을 확인한다.
        개인 키를 개인 PC로 복사하는 것은 금지된다.
        """,
    ),
    # -- ko_product_manual_docs: 제품 사용설명서·안전 주의사항·보증
    *_g(
        "ko",
        "ko_product_manual_docs",
        """
        ## 안전을 위한 주의사항
        **사용 전에 반드시 읽고 지켜 주세요.**
        - 전원이 켜진 상태에서 커버를 열지 마십시오. 감전의 위험이 있습니다.
        - 젖은 손으로 전원 플러그를 만지지 마십시오.
        - 제품을 임의로 분해·수리·개조하지 마십시오. 화재 및 고장의 원인이 됩니다.
        - 정격 전압(AC 220V, 60Hz) 외의 전원에 연결하지 마십시오.
        - 어린이가 제품에 올라가거나 매달리지 않도록 하십시오.
        """,
        """
        ### 설치 방법 (벽걸이형 공기청정기 MA-300)
        1. 동봉된 설치 도면을 벽에 붙이고 나사 위치를 표시합니다.
        2. 석고보드 벽에는 반드시 동봉된 앵커를 사용합니다.
        3. 브래킷을 고정한 후 본체를 걸고 하단 고정 나사를 조입니다.
        4. 천장과 30cm 이상, 바닥과 1m 이상 간격을 둡니다.
        5. 전원을 연결하고 필터 포장 비닐을 제거한 후 작동시킵니다.
        ※ 비닐을 제거하지 않으면 과열될 수 있습니다.
        """,
        """
        ## 필터 교체 및 알림 초기화
        필터 교체 표시등이 켜지면 필터를 교체해 주세요(권장 주기: 6개월).
        1. 전원을 끄고 플러그를 뽑습니다.
        2. 전면 커버를 당겨 분리합니다.
        3. 기존 필터를 꺼내고 새 필터를 화살표 방향에 맞춰 넣습니다.
        4. 커버를 닫고 전원을 켭니다.
        5. [필터 초기화] 버튼을 3초간 눌러 교체 알림을 초기화합니다.
        정품 필터 외 제품을 사용하여 발생한 고장은 보증 대상에서 제외됩니다.
        """,
        """
        ### 전기레인지 잠금 및 안전 기능
        - **어린이 보호 잠금**: [잠금] 버튼을 3초간 누르면 모든 버튼이 작동하지 않습니다. 해제하려면 다시 3초간
        누르세요.
        - **자동 꺼짐**: 같은 화력으로 2시간 이상 조작이 없으면 안전을 위해 자동으로 꺼집니다.
        - **잔열 표시**: 조리 후 상판 온도가 50℃ 이상이면 'H'가 표시됩니다. 표시가 사라지기 전에는 상판을 만지지
        마십시오.
        안전 기능을 임의로 해제하거나 우회하는 개조는 절대 하지 마십시오.
        """,
        """
        ## 경고 표시의 의미
        | 표시 | 의미 |
        |---|---|
        | ⚠ 위험 | 지키지 않으면 사망 또는 중상을 입게 됨 |
        | ⚠ 경고 | 지키지 않으면 사망 또는 중상을 입을 수 있음 |
        | ⚠ 주의 | 지키지 않으면 경상 또는 제품 손상 가능 |
        제품과 설명서에 표시된 경고 사항을 지키지 않아 발생한 손해에 대해서는 제조사가 책임지지 않습니다.
        """,
        """
        ### 고장 신고 전 확인하세요 (가습기 MH-50)
        | 증상 | 확인 사항 | 조치 |
        |---|---|---|
        | 분무가 되지 않음 | 물통에 물이 있는지 | 물을 보충하세요 |
        | 분무량이 적음 | 진동자에 물때가 끼었는지 | 구연산으로 세척 |
        | 'E1' 표시 | 물통이 제대로 장착되었는지 | 물통을 다시 끼우세요 |
        | 소음이 큼 | 바닥이 평평한지 | 평평한 곳에 두세요 |
        위 조치 후에도 문제가 계속되면 고객센터(02-555-0120)로 연락하세요.
        """,
        """
        ## 제품 보증서
        | 항목 | 내용 |
        |---|---|
        | 품질 보증 기간 | 구입일로부터 1년(모터 3년) |
        | 부품 보유 기간 | 생산 중단 후 7년 |
        | 무상 수리 | 보증 기간 내 정상 사용 중 발생한 고장 |
        | 유상 수리 | 사용자 과실, 천재지변, 비정품 부품 사용, 임의 개조 |
        구입일을 증명할 수 없는 경우 제조일로부터 3개월이 지난 날을 구입일로 봅니다. 보증서는 재발행되지 않으니 잘
        보관해
        주세요.
        """,
        """
        ### 충전식 전동드릴 CD-18 안전 수칙
        - 작업할 때는 보안경을 반드시 착용하십시오.
        - 장갑을 낀 손으로 회전하는 비트를 잡지 마십시오.
        - 벽에 구멍을 뚫기 전에 전선·수도관 위치를 확인하십시오.
        - 배터리는 정품 충전기로만 충전하고, 충전 중 자리를 비우지 마십시오.
        - 비트를 교체할 때는 반드시 배터리를 분리하십시오.
        - 0℃ 이하 또는 40℃ 이상에서는 충전하지 마십시오.
        """,
        """
        ## 보일러 동파 방지 안내
        겨울철 장기간 집을 비울 때는 보일러 전원을 끄지 말고 '외출' 모드로 설정하십시오. 외출 모드에서는 실내 온도가 8℃
        이하로 내려가면 자동으로 난방이 작동합니다. 배관이 외부에 노출된 경우 보온재를 감아 주십시오. 안전밸브의
        배수구를
        막거나 밸브를 제거하는 것은 절대 금지합니다. 보일러 내부 부품의 조정은 지정 서비스 기사만 할 수 있습니다.
        """,
        """
        ### 앱 연결 및 와이파이 초기화 (스마트 공기청정기)
        1. 스마트폰에 '미르홈' 앱을 설치합니다.
        2. 제품의 [Wi-Fi] 버튼을 5초간 눌러 표시등이 깜박이게 합니다.
        3. 앱에서 [기기 추가] → 제품 모델을 선택합니다.
        4. 2.4GHz 와이파이를 선택하고 비밀번호를 입력합니다.
        공유기를 교체한 경우 [Wi-Fi] 버튼을 10초간 눌러 네트워크 설정을 초기화한 후 다시 연결하세요.
        """,
        """
        ## 폐기 및 재활용
        이 제품은 일반 생활폐기물과 함께 버려서는 안 됩니다. 폐가전 무상 방문수거 서비스를 이용하거나 구입한 판매점에
        반납하십시오. 내장 배터리는 분리하여 전용 수거함에 배출하고, 냉매가 들어 있는 제품은 허가받은 전문 업체를
        통해서만
        처리해야 합니다. 임의로 냉매 배관을 절단하면 화재와 환경 오염의 원인이 됩니다.
        """,
        """
        ### 식기세척기 설치 시 주의사항
        - 급수 호스는 냉수 수도에 연결합니다(수압 0.05~0.8MPa).
        - 배수 호스 끝을 바닥에서 40cm보다 높은 곳에 두면 배수가 되지 않을 수 있습니다.
        - 접지가 된 단독 콘센트를 사용하고, 멀티탭 사용을 금지합니다.
        - 설치 후 처음 사용하기 전에 '헹굼' 코스로 1회 작동시켜 누수를 확인합니다.
        - 급수 밸브를 잠그지 않은 상태로 장기간 외출하지 마십시오.
        """,
        """
        ## 사양표 (가습기 MH-50)
        | 항목 | 사양 |
        |---|---|
        | 가습 방식 | 초음파 + 가열 복합식 |
        | 물통 용량 | 5.0L |
        | 최대 가습량 | 450mL/h |
        | 소비 전력 | 가습 30W / 가열 110W |
        | 적용 면적 | 최대 40㎡ |
        | 크기·무게 | 240×240×360mm, 2.6kg |
        | 제조국 | 대한민국 |
        """,
        """
        ### 배터리 취급 시 경고
        ⚠ 경고: 리튬이온 배터리를 잘못 다루면 화재나 폭발의 위험이 있습니다.
        - 배터리를 분해하거나 구멍을 뚫지 마십시오.
        - 여름철 차 안 등 60℃ 이상의 장소에 두지 마십시오.
        - 부풀거나 냄새가 나는 배터리는 즉시 사용을 중지하십시오.
        - 단자를 금속 물체로 단락시키지 마십시오.
        - 항공기 위탁 수하물로 보내지 마십시오.
        """,
        """
        ## 무상 보증 제외 사항
        다음의 경우에는 보증 기간 내라도 유상 수리로 처리됩니다.
        1. 사용설명서의 주의사항을 지키지 않아 발생한 고장
        2. 당사 서비스 기사가 아닌 사람이 수리·개조한 경우
        3. 낙하, 충격, 침수 등 외부 요인에 의한 손상
        4. 업소용 등 가정용 외의 용도로 사용한 경우
        5. 소모품(필터, 배터리 등)의 자연 마모
        보증 수리 접수: as@mir.example / 고객센터 02-555-0120
        """,
        """
        ### 전기레인지 설치 기준
        전기레인지는 반드시 전용 차단기(32A 이상)가 설치된 단독 회로에 연결해야 하며, 설치는 전문 기사만 할 수 있습니다.
        상판 아래에 오븐이나 식기세척기를 둘 경우 통풍 공간을 5cm 이상 확보하십시오. 전원 코드를 연장하거나 플러그를
        바꿔
        끼우는 행위는 화재의 원인이 되므로 금지합니다.
        """,
    ),
    # -- ko_faq_notice_docs: 온라인 장보기 서비스 고객 FAQ·공지사항
    *_g(
        "ko",
        "ko_faq_notice_docs",
        """
        ## 자주 묻는 질문 – 회원 계정
        **Q. 비밀번호를 잊어버렸어요.**
        A. 로그인 화면의 [비밀번호 찾기]를 눌러 가입한 휴대폰 번호로 인증하면 재설정할 수 있습니다. 재설정 링크는 30분간
        유효합니다.
        **Q. 2단계 인증 기기를 분실했어요.**
        A. 가입 시 발급된 복구 코드를 사용하세요. 복구 코드가 없으면 신분증 확인 후 고객센터에서 해제해 드립니다.
        상담원은
        절대 비밀번호를 묻지 않습니다.
        """,
        """
        ### 배송 안내
        | 구분 | 주문 마감 | 도착 |
        |---|---|---|
        | 새벽배송 | 전날 23시 | 다음 날 07시 전 |
        | 당일배송 | 오전 11시 | 당일 22시 전 |
        | 일반배송 | - | 1~2일 |
        - 새벽배송은 서울·경기 일부 지역만 가능합니다.
        - 4만원 이상 구매 시 배송비 무료, 미만 시 3,000원이 부과됩니다.
        - 공동현관 출입 방법을 입력하지 않으면 문 앞 배송이 지연될 수 있습니다.
        """,
        """
        ## 교환 및 환불 규정
        - 단순 변심: 상품 수령 후 7일 이내, 왕복 배송비 고객 부담
        - 상품 불량·오배송: 수령 후 30일 이내, 배송비 회사 부담
        - 신선식품: 품질 문제는 수령 후 24시간 이내에 사진과 함께 접수
        - 포장을 개봉하여 가치가 훼손된 상품, 주문 제작 상품은 교환·환불이 불가합니다.
        환불은 회수 확인 후 3영업일 이내에 결제 수단으로 처리됩니다.
        """,
        """
        ### [공지] 개인정보 처리방침 개정 안내 (시행일 2026.12.15)
        주요 변경 사항은 다음과 같습니다.
        1. 배송 위탁업체 추가: (주)빠른길물류
        2. 휴면계정 전환 기간 변경: 1년 → 2년
        3. 마케팅 수신 동의 철회 방법 추가: 앱 설정 메뉴
        개정 내용에 동의하지 않으시는 경우 시행일 전까지 회원 탈퇴를 요청하실 수 있습니다. 문의:
        privacy@harujang.example
        """,
        """
        ## [공지] 시스템 정기 점검 안내
        서비스 안정화를 위한 정기 점검이 진행됩니다.
        - 일시: 2026년 12월 3일(목) 02:00 ~ 06:00
        - 내용: 데이터베이스 업그레이드, 보안 패치 적용
        - 영향: 점검 시간 동안 주문, 결제, 회원가입 이용 불가
        점검 시간은 작업 상황에 따라 변경될 수 있습니다. 이용에 불편을 드려 죄송합니다.
        """,
        """
        ### 포인트 적립 및 사용
        | 등급 | 적립률 | 조건(직전 3개월 구매액) |
        |---|---|---|
        | 일반 | 1% | - |
        | 실버 | 2% | 15만원 이상 |
        | 골드 | 3% | 40만원 이상 |
        | VIP | 5% | 80만원 이상 |
        포인트는 1,000점 이상부터 사용할 수 있으며, 적립일로부터 1년이 지나면 소멸됩니다. 주문을 취소하면 사용한
        포인트는
        즉시 복구됩니다.
        """,
        """
        ## 고객센터 안내
        - 전화 상담: 02-555-0177 (평일 09:00~18:00, 점심시간 12:00~13:00 제외)
        - 채팅 상담: 앱 → 마이페이지 → 고객센터 (매일 08:00~22:00)
        - 이메일: help@harujang.example (24시간 접수, 1영업일 내 답변)
        - 대량 구매·기업 고객: b2b@harujang.example
        상담 품질 향상을 위해 통화 내용이 녹음됩니다.
        """,
        """
        ### [공지] 사칭 문자 주의 안내
        최근 당사를 사칭하여 "배송 주소 확인"을 요구하는 문자가 발송되고 있습니다.
        - 당사는 문자로 주소 확인 링크를 보내지 않습니다.
        - 출처가 불분명한 링크는 절대 누르지 마세요.
        - 앱 설치 파일(APK) 설치를 요구하는 경우 100% 사기입니다.
        의심 문자를 받으셨다면 캡처하여 고객센터로 제보해 주세요. 피해가 발생한 경우 즉시 경찰(112)에 신고하시기
        바랍니다.
        """,
        """
        ## 결제 수단 FAQ
        **Q. 어떤 결제 수단을 쓸 수 있나요?**
        A. 신용·체크카드, 계좌이체, 간편결제, 휴대폰 결제를 지원합니다.
        **Q. 결제가 실패했는데 돈이 빠져나갔어요.**
        A. 승인 취소는 카드사 사정에 따라 3~7영업일이 걸릴 수 있습니다. 7영업일이 지나도 취소되지 않으면 고객센터로
        문의하세요.
        **Q. 현금영수증은 어떻게 발급받나요?**
        A. 결제할 때 입력하거나, 주문 완료 후 마이페이지에서 신청할 수 있습니다.
        """,
        """
        ### [공지] 새벽배송 지역 확대 (2027년 1월 11일부터)
        새벽배송 가능 지역이 확대됩니다.
        - 추가 지역: 인천 연수구·남동구, 경기 김포시·파주시 일부
        - 주문 마감: 전날 22시(신규 지역 한정)
        - 신규 지역 첫 주문 고객에게 배송비 쿠폰 3장 지급
        지역별 가능 여부는 주소를 입력하면 자동으로 확인됩니다.
        """,
        """
        ## 회원 등급 산정 기준 변경 안내
        2027년 1월 1일부터 회원 등급 산정 기준이 변경됩니다. 기존에는 직전 3개월 구매 금액을 기준으로 했으나, 변경
        후에는
        직전 6개월 구매 금액과 구매 횟수를 함께 반영합니다. 변경 전 등급은 2027년 3월 31일까지 유지되며, 이후 새
        기준으로
        다시 산정됩니다. 자세한 기준은 [마이페이지 → 등급 안내]에서 확인하세요.
        """,
        """
        ### 청약철회 제한 안내
        「전자상거래 등에서의 소비자보호에 관한 법률」 제17조에 따라 다음의 경우에는 청약철회가 제한됩니다.
        1. 소비자의 책임 있는 사유로 상품이 멸실·훼손된 경우
        2. 소비자의 사용으로 상품 가치가 현저히 감소한 경우
        3. 시간이 지나 다시 판매하기 곤란할 정도로 가치가 감소한 경우(신선식품 등)
        4. 복제가 가능한 상품의 포장을 훼손한 경우
        다만 상품 자체에 하자가 있는 경우에는 청약철회가 가능합니다.
        """,
        """
        ## 선물하기 FAQ
        **Q. 받는 사람 주소를 몰라도 보낼 수 있나요?**
        A. 네. 휴대폰 번호만 입력하면 받는 분이 직접 주소를 입력합니다. 7일 이내에 주소를 입력하지 않으면 자동으로
        취소·환불됩니다.
        **Q. 선물 메시지를 수정할 수 있나요?**
        A. 받는 분이 확인하기 전까지만 수정할 수 있습니다.
        **Q. 선물받은 상품을 다른 상품으로 바꿀 수 있나요?**
        A. 같은 가격대 상품으로 1회 교환할 수 있습니다.
        """,
        """
        ### [공지] 연휴 기간 고객센터 운영 안내
        설 연휴 기간(2027년 2월 6일~2월 9일)에는 고객센터 전화 상담을 운영하지 않습니다. 채팅 상담과 이메일 접수는 정상
        운영하며, 연휴 중 접수된 문의는 2월 10일부터 순차적으로 답변드립니다. 연휴 전 마지막 새벽배송 주문 마감은 2월
        5일
        22시입니다.
        """,
        """
        ## 쿠폰 이용 안내
        - 쿠폰은 주문서 작성 단계에서 적용할 수 있으며, 주문 1건당 1장만 사용할 수 있습니다.
        - 장바구니 쿠폰과 상품 쿠폰은 중복 사용할 수 있습니다.
        - 부분 취소로 쿠폰 적용 조건(최소 주문 금액)에 미달하면 쿠폰 할인액을 차감한 후 환불됩니다.
        - 유효 기간이 지난 쿠폰은 재발급되지 않습니다.
        - 부정한 방법으로 취득한 쿠폰은 사전 통지 없이 회수될 수 있습니다.
        """,
        """
        ### 휴면 계정 해제
        1년(2026년 12월 15일부터는 2년) 이상 로그인하지 않은 계정은 휴면 상태로 전환되며, 개인정보는 별도로 분리
        보관됩니다.
        휴면 해제는 로그인 후 휴대폰 본인 인증을 거치면 즉시 완료됩니다. 휴면 상태에서도 적립 포인트는 소멸되지 않지만,
        쿠폰은
        유효 기간이 지나면 소멸됩니다.
        """,
    ),
    # -- ko_api_dev_docs: 지도 API 이용 가이드·사내 개발 규칙·릴리스 노트
    *_g(
        "ko",
        "ko_api_dev_docs",
        """
        ## 호출 한도
        빛길 지도 API는 API 키별로 초당 50건, 하루 100만 건까지 호출할 수 있습니다. 한도를 초과하면 HTTP `429` 응답과
        함께
        `Retry-After` 헤더(초 단위)가 반환됩니다. 클라이언트는 반드시 지수 백오프(1초에서 시작해 2배씩 증가, 최대
        60초)와
        무작위 지연(jitter)을 적용하여 재시도해야 합니다. `Retry-After`를 반복적으로 무시하는 키는 15분간 차단될 수
        있습니다.
        """,
        """
        ### 인증 방식
        모든 요청은 `Authorization` 헤더에 API 키를 포함해야 합니다.
        ```
        Authorization: Bitgil-Key bg_live_xxxxxxxxxxxx
        ```
        - 테스트 키(`bg_test_`)는 샌드박스에서만 동작합니다.
        - 모바일 앱이나 웹 프런트엔드 코드에 운영 키를 넣지 마세요.
        - 키가 유출되었다면 콘솔에서 즉시 폐기하고 재발급하세요. 폐기는 1분 이내에 반영됩니다.
        """,
        """
        ## 오류 코드
        | HTTP | 코드 | 의미 | 조치 |
        |---|---|---|---|
        | 400 | `INVALID_PARAM` | 파라미터 형식 오류 | 요청 수정, 재시도 금지 |
        | 401 | `UNAUTHORIZED` | 키 누락 또는 무효 | 키 확인 |
        | 403 | `FORBIDDEN` | 권한(스코프) 없음 | 콘솔에서 권한 신청 |
        | 429 | `RATE_LIMITED` | 호출 한도 초과 | 백오프 후 재시도 |
        | 503 | `UNAVAILABLE` | 일시적 장애 | 최대 5회 재시도 |
        """,
        """
        ### 웹훅 수신 규칙
        - 수신 서버는 10초 이내에 2xx로 응답해야 하며, 실패하면 24시간 동안 최대 8회 재전송합니다.
        - 모든 웹훅에는 `X-Bitgil-Signature` 헤더가 포함됩니다. 서명 비밀 키로 HMAC-SHA256 값을 계산해 반드시
        검증하세요.
        - 재전송 공격을 막기 위해 5분이 지난 요청은 거부하세요.
        - 같은 이벤트가 중복 전달될 수 있으므로 이벤트 ID로 중복 처리를 막으세요.
        """,
        """
        ## 사내 코드 리뷰 규칙
        1. 모든 변경은 Pull Request로 올리고 최소 1명 이상의 승인을 받아야 병합할 수 있다.
        2. 운영 DB 스키마 변경은 DBA의 승인이 필수이다.
        3. 비밀번호, 토큰, 인증서를 저장소에 커밋하는 것은 금지된다. 실수로 커밋한 경우 즉시 보안팀에 알리고 키를
        폐기한다.
        4. `main` 브랜치 보호 설정을 해제하거나 검사를 우회해 강제 병합하는 것은 릴리스 관리자만 할 수 있으며, 사유를
        기록해야 한다.
        """,
        """
        ### 릴리스 노트 – v3.12.0 (2026.11.20)
        **추가**
        - 경로 탐색 API에 자전거 경로 옵션(`mode=bike`) 추가
        - 주소 검색 결과에 도로명 주소 영문 표기 추가
        **변경**
        - 지오코딩 응답의 `accuracy` 필드 값 범위를 0~1로 통일
        **수정**
        - 좌표가 경계선 위에 있을 때 행정구역 조회가 실패하던 문제
        **지원 종료 예정**
        - v1 타일 API는 2027년 6월 30일에 종료됩니다.
        """,
        """
        ## 버전 정책
        API는 URL 경로로 버전을 구분합니다(`/v2/`, `/v3/`). 하위 호환이 깨지는 변경은 새 버전에서만 도입하며, 이전
        버전은
        종료 공지 후 최소 12개월간 유지합니다. 종료 공지는 개발자 센터 공지사항과 등록된 담당자 메일로 발송됩니다.
        종료일
        이후 이전 버전을 호출하면 `410 Gone`이 반환됩니다.
        """,
        """
        ### 페이지네이션
        목록 API는 한 번에 최대 100건을 반환합니다. 응답의 `next_cursor` 값을 다음 요청의 `cursor` 파라미터로
        전달하세요.
        커서는 10분 후 만료되며, 커서 문자열을 직접 만들거나 수정해서는 안 됩니다. `page` 파라미터 방식은 2027년 7월
        1일에
        제거될 예정입니다.
        """,
        """
        ## 운영 환경 배포 절차
        1. 배포 요청서를 변경 관리 시스템에 등록한다(배포 2영업일 전까지).
        2. 스테이징 환경에서 회귀 테스트를 통과해야 한다.
        3. 배포는 화~목 10:00~16:00에만 진행한다. 금요일 오후와 공휴일 전날 배포는 금지된다.
        4. 배포 후 30분간 오류율과 응답시간을 모니터링한다.
        5. 이상이 있으면 원인 분석보다 롤백을 먼저 수행한다.
        """,
        """
        ### 사용 권한(스코프)
        | 스코프 | 허용 범위 |
        |---|---|
        | `map.read` | 지도 타일, 정적 지도 |
        | `search.read` | 주소·장소 검색 |
        | `route.read` | 경로 탐색 |
        | `admin` | 키 관리, 사용량 조회, 멤버 관리 |
        필요한 스코프만 신청하세요. `admin` 스코프 키는 조직 소유자만 발급할 수 있으며, 비밀 관리 도구에 보관해야
        합니다.
        """,
        """
        ## 이용약관 주요 내용(발췌)
        - 지도 데이터를 대량으로 내려받아 별도의 데이터베이스를 구축하는 행위는 금지됩니다.
        - 지도 화면에 표시되는 저작권 표기(로고, 출처)를 가리거나 제거해서는 안 됩니다.
        - 무료 요금제도 상업적으로 이용할 수 있으나 하루 호출 한도를 초과할 수 없습니다.
        - 약관을 위반하면 사전 통지 후 API 키 이용이 정지될 수 있으며, 중대한 위반은 즉시 정지됩니다.
        """,
        """
        ### 보안 요구사항
        - TLS 1.2 이상만 허용됩니다.
        - 서버 IP 허용 목록은 엔터프라이즈 요금제에서 설정할 수 있으며, 목록에 없는 주소의 요청은 `403`으로 거부됩니다.
        - API 키와 서명 비밀 키는 소스코드가 아닌 환경 변수나 비밀 관리 도구에 보관해야 합니다.
        - 취약점을 발견하면 security@bitgil.example로 제보해 주세요. 타인의 계정을 대상으로 테스트해서는 안 됩니다.
        """,
        """
        ## 사내 로그 작성 기준
        - 로그에 비밀번호, 카드번호, 주민등록번호, 접근 토큰을 남기는 것은 금지된다.
        - 사용자 식별에는 내부 회원 ID만 사용하고, 이메일·전화번호는 마스킹한다.
        - 로그 레벨: ERROR(즉시 조치 필요), WARN(주의), INFO(주요 흐름), DEBUG(운영 환경에서는 비활성화)
        - 운영 환경에서 DEBUG 로그를 켜야 할 경우 30분 이내로 제한하고 변경 이력을 남긴다.
        - 애플리케이션 로그는 90일간 보관한 후 자동 삭제된다.
        """,
        """
        ### 샌드박스 환경
        테스트는 `https://sandbox.api.bitgil.example`에서 진행하세요. 샌드박스 데이터는 매주 일요일 03:00(KST)에
        초기화됩니다.
        샌드박스의 호출 한도는 초당 5건입니다. 실제 고객 데이터나 개인정보를 샌드박스에 입력하지 마세요. 샌드박스
        응답에는
        `X-Sandbox: true` 헤더가 포함됩니다.
        """,
        """
        ## 요금제별 제공량
        | 요금제 | 월 호출량 | 초과 요금 | SLA |
        |---|---|---|---|
        | 무료 | 30만 건 | 호출 차단 | 없음 |
        | 베이직 | 300만 건 | 1,000건당 200원 | 99.5% |
        | 프로 | 3,000만 건 | 1,000건당 150원 | 99.9% |
        | 엔터프라이즈 | 협의 | 협의 | 99.95% |
        상향 변경은 즉시 적용되며, 하향 변경은 다음 결제일부터 적용됩니다.
        """,
        """
        ### 점검 및 장애 공지
        API 상태는 status.bitgil.example에서 확인할 수 있습니다. 정기 점검은 매월 첫째 주 화요일 03:00~04:00(KST)에
        진행되며,
        이 시간에는 일부 쓰기 API가 최대 5분간 `503`을 반환할 수 있습니다. 클라이언트는 `503`을 일시적 오류로 처리하여
        백오프
        후 재시도해야 합니다. 장애 보고서는 5영업일 이내에 게시됩니다.
        """,
    ),
    # -- ko_purchase_docs: 구매 규정 (식품 제조사)
    *_g(
        "ko",
        "ko_purchase_docs",
        """
        ## 제4조 (구매 요청)
        ① 모든 물품 및 용역의 구매는 구매시스템에서 구매요청서를 작성하는 것으로 시작한다.
        ② 공급업체가 납품하거나 작업을 시작하기 전에 반드시 발주서가 발행되어야 한다.
        ③ 발주서 번호가 없는 세금계산서는 지급하지 않고 공급업체에 반송한다.
        ④ 공과금, 세금 및 별표 3에 정한 소액 정기 구독료(연 50만원 이하)는 예외로 한다.
        """,
        """
        ### 견적 및 계약 방식 기준
        | 예정 금액(부가세 별도) | 기준 |
        |---|---|
        | 500만원 이하 | 1개 업체 견적 |
        | 500만원 초과~5,000만원 | 3개 업체 이상 견적 비교 |
        | 5,000만원 초과 | 구매팀 주관 입찰 |
        견적 업체 수가 기준에 미달할 경우 수의계약 사유서를 첨부하여 구매팀장의 승인을 받아야 한다. 분할 발주로 기준
        금액을
        회피하는 행위는 금지된다.
        """,
        """
        ## 협력업체 등록
        신규 협력업체는 최초 발주 전에 구매팀이 등록해야 한다. 제출 서류는 다음과 같다.
        - 사업자등록증 사본
        - 법인 인감증명서(발급 3개월 이내)
        - 법인 명의 통장 사본
        - 협력업체 행동강령 서약서
        - 식품 원료 업체: HACCP 인증서
        - IT 용역 업체: 정보보호 점검표
        계좌 정보는 등록된 대표 전화번호로 재확인한 후 등록한다.
        """,
        """
        ### 계좌 변경 요청 사기 주의
        협력업체를 사칭하여 '새 계좌'로 대금 지급을 요구하는 사기가 늘고 있다. 재무팀은 계좌 변경 요청을 받으면 요청
        메일에
        적힌 번호가 아니라 협력업체 마스터에 등록된 번호로 전화하여 반드시 확인해야 한다. 계좌 변경은 2인 승인 후
        시스템에
        반영한다. 의심 사례는 즉시 감사팀(audit@gaon.example)에 알린다.
        """,
        """
        ## 계약 체결 권한
        | 계약 금액·기간 | 서명권자 |
        |---|---|
        | 3,000만원 미만, 1년 이하 | 부서장 + 구매팀장 |
        | 3억원 미만 또는 3년 이하 | 본부장 + 구매담당 임원 |
        | 3억원 이상 또는 3년 초과 | 대표이사 |
        회사 표준 계약서와 다른 조건, 무한 책임 조항, 개인정보 처리가 포함된 계약은 법무팀 검토를 거쳐야 한다.
        """,
        """
        ### 대금 지급 조건
        표준 지급 조건은 검수 완료 후 익월 말 현금 지급이다. 하도급 거래의 경우 「하도급법」에 따라 목적물 수령일로부터
        60일
        이내에 지급해야 한다. 선급금은 계약 금액의 30%를 넘을 수 없으며, 1,000만원 이상 선급금은 이행보증보험증권을 받은
        후
        지급한다.
        """,
        """
        ## 검수 기준
        - 납품 시 수량, 외관 손상, 유통기한을 확인한다.
        - 냉장 원료는 입고 시 중심 온도 10℃ 이하, 냉동 원료는 -18℃ 이하여야 한다.
        - 기준에 맞지 않는 원료는 입고를 거부하고 사진과 함께 부적합 보고서를 작성한다.
        - 검수 결과는 당일 구매시스템에 등록한다.
        검수 등록이 완료되지 않은 건은 대금이 지급되지 않는다.
        """,
        """
        ### 구매 FAQ
        **Q. 온라인 쇼핑몰에서 사무용품을 사도 되나요?**
        A. 사무용품은 단가계약 업체를 통해서만 구매할 수 있습니다. 개인 계정으로 구매한 후 정산하는 것은 허용되지
        않습니다.
        **Q. 업체가 공장 견학을 제안했어요.**
        A. 업무상 목적이 있고 교통·숙박비를 회사가 부담하는 경우에만 가능합니다.
        **Q. 소프트웨어 구독은 누가 승인하나요?**
        A. 금액과 관계없이 IT기획팀과 구매팀이 함께 승인합니다.
        """,
        """
        ## 긴급 구매
        생산 설비 고장 등 긴급 상황에서는 공장장이 사전 승인 없이 건당 2,000만원까지 발주할 수 있다. 이 경우 2영업일
        이내에
        '긴급' 사유를 기재하여 구매시스템에 등록하고, 구매팀장의 사후 승인을 받아야 한다. 긴급 구매 내역은 매월 재무담당
        임원에게 보고한다.
        """,
        """
        ### 구매 담당자 윤리
        구매 담당자는 협력업체로부터 금품, 향응, 편의를 받아서는 안 된다. 입찰 진행 중에는 공식 질의응답 창구 외에 입찰
        참가
        업체와 개별적으로 연락하는 것이 금지된다. 특정 업체와 친인척 관계 등 이해관계가 있는 경우 해당 평가에서 제외해
        달라고
        요청해야 한다. 위반 시 구매 업무에서 배제되며 징계 대상이 된다.
        """,
        """
        ## 협력업체 평가
        | 항목 | 배점 |
        |---|---|
        | 품질 | 40점 |
        | 납기 | 25점 |
        | 가격 | 20점 |
        | ESG(환경·안전·윤리) | 15점 |
        연 1회 평가하며, 60점 미만 업체는 개선 계획을 제출해야 한다. 2년 연속 60점 미만이거나 식품 안전 중대 부적합이
        발생한 업체와는 거래를 중단한다.
        """,
        """
        ### 법인 구매카드
        구매카드는 건당 100만원, 월 500만원 이내의 소액 구매에 사용할 수 있다. IT 장비·소프트웨어(IT기획팀 경유 필수),
        개인에게 지급하는 용역비, 출장비, 선물, 현금성 상품은 구매카드로 결제할 수 없다. 카드 사용자는 매월 5영업일까지
        사용
        내역을 소명해야 한다.
        """,
        """
        ## 단가계약 품목
        사무용품, 실험실 소모품, 포장 필름, 청소 용역, 파견 인력은 단가계약 업체를 통해서만 구매해야 한다. 해당 품목을
        다른
        업체에서 구매하는 발주는 시스템에서 자동 차단되며, 불가피한 경우 구매팀의 예외 승인을 받아야 한다. 최신 단가계약
        업체
        목록은 사내 게시판 '구매 안내'에서 확인할 수 있다.
        """,
        """
        ### 구매팀 연락처
        | 담당 분야 | 담당자 | 이메일 | 내선 |
        |---|---|---|---|
        | 원료 | 최우진 과장 | wj.choi@gaon.example | 6120 |
        | 포장재 | 한소희 대리 | sh.han@gaon.example | 6124 |
        | 일반 구매(용역·사무) | 윤태오 주임 | to.yoon@gaon.example | 6131 |
        | IT | IT 서비스 포털 | - | 7000 |
        """,
        """
        ## 하도급 서면 발급 의무
        하도급 거래 시에는 작업 착수 전에 위탁 내용, 대금, 지급 방법이 기재된 서면(계약서 또는 발주서)을 반드시 발급해야
        한다. 구두로 발주한 후 나중에 서면을 발급하는 것은 법 위반이 될 수 있다. 계약 조건을 변경할 때도 변경 내용을
        서면으로
        발급하고, 관련 서류는 거래 종료 후 3년간 보관한다.
        """,
    ),
    # -- ko_facility_docs: 사옥·시설 이용 규정, 안전 교육
    *_g(
        "ko",
        "ko_facility_docs",
        """
        ## 회의실 이용 규칙
        - 회의실은 그룹웨어 '자원 예약'에서 최대 2주 전부터 예약할 수 있다.
        - 1회 예약은 최대 3시간으로 제한된다.
        - 예약 시간 10분이 지나도 입실하지 않으면 예약이 자동 취소된다.
        - 사용 후 화이트보드를 지우고 집기를 원위치한다.
        - 대회의실(20인 이상)은 총무팀 승인 후 사용할 수 있다.
        """,
        """
        ### 주차장 이용 안내
        | 구분 | 대상 | 비용 |
        |---|---|---|
        | 정기 주차 | 임신부, 장애인, 장거리 통근자 | 무료 |
        | 일반 주차 | 사전 신청자(추첨) | 월 5만원 |
        | 방문객 | 사전 등록 방문객 | 2시간 무료 |
        지하 3층 전기차 충전 구역에서는 충전이 끝나면 1시간 이내에 차량을 이동해야 한다. 이중 주차는 금지된다.
        """,
        """
        ## 소방 안전 수칙
        - 비상구와 피난 통로에 물건을 쌓아 두는 것은 금지된다.
        - 방화문은 항상 닫힌 상태로 유지해야 하며, 고임목 등으로 열어 두어서는 안 된다.
        - 소화기 위치와 비상 대피로를 미리 확인한다.
        - 화재 경보가 울리면 엘리베이터를 사용하지 말고 계단으로 대피한다.
        - 각 층 대피 책임자의 안내에 따라 지정된 집결지(본관 앞 광장)로 이동한다.
        """,
        """
        ### 사무실 출입 시간
        평일 07:00~22:00 외의 시간과 휴일에 사무실에 출입하려면 출입 신청서를 제출하여 팀장 승인을 받아야 한다. 승인
        없이
        출입하면 보안 요원이 신원을 확인하며, 출입 기록은 6개월간 보관된다. 야간에 혼자 근무할 때는 안전을 위해
        보안실(내선
        4499)에 근무 사실을 알려야 한다.
        """,
        """
        ## 사내 흡연 및 음주 규정
        사옥 건물 내부와 옥상, 출입구 10m 이내에서는 흡연이 금지되며, 지정된 흡연 구역(후문 주차장 옆)에서만 흡연할 수
        있다.
        전자담배에도 같은 기준이 적용된다. 근무 시간 중 음주는 금지되며, 회사 공식 행사에서의 음주는 절제해야 한다. 음주
        후
        회사 차량을 운전하는 것은 어떠한 경우에도 허용되지 않는다.
        """,
        """
        ### 사무용품 및 비품 신청
        1. 그룹웨어 → 총무 → 비품 신청을 선택한다.
        2. 품목과 수량을 입력한다(1인 월 3만원 한도).
        3. 팀장 승인 후 매주 화요일에 일괄 배부된다.
        ※ 의자, 모니터 암 등 고가 비품은 별도 심사를 거친다.
        ※ 개인적으로 구매한 비품은 비용을 정산하지 않는다.
        """,
        """
        ## 택배 및 우편물
        개인 택배는 회사 주소로 받을 수 없다. 업무용 택배는 1층 우편실에서 수령하며, 수령 후 사원증 태그로 인수 기록을
        남긴다. 도착 후 7일이 지난 택배는 발송인에게 반송된다. 내용물이 의심스럽거나 발신인이 불분명한 우편물은 개봉하지
        말고
        보안실에 신고한다.
        """,
        """
        ### 공용 공간 이용 수칙
        - 라운지와 휴게실은 누구나 이용할 수 있으나 개인 자리처럼 장시간 점유해서는 안 된다.
        - 공용 냉장고의 음식은 매주 금요일 17시에 일괄 폐기된다. 보관하려면 이름과 날짜를 적어 둔다.
        - 전자레인지를 사용한 후에는 내부를 닦는다.
        - 수면실은 1회 30분, 하루 1회 이용할 수 있다.
        """,
        """
        ## 산업안전 교육 이수 기준
        | 대상 | 교육 시간 | 주기 |
        |---|---|---|
        | 사무직 | 6시간 | 분기별 |
        | 생산직 | 12시간 | 분기별 |
        | 관리감독자 | 16시간 | 연간 |
        | 신규 채용자(생산직) | 8시간 | 채용 시 |
        교육을 이수하지 않은 직원은 생산 현장 출입이 제한된다. 교육 이력은 교육 포털에서 확인할 수 있다.
        """,
        """
        ### 작업장 안전 수칙 (생산동)
        - 생산동에 출입할 때는 안전화, 안전모, 보안경을 반드시 착용한다.
        - 교육을 받지 않은 설비는 조작해서는 안 된다.
        - 설비 점검·정비 전에는 전원을 차단하고 잠금·표지(LOTO) 절차를 따른다.
        - 방호 장치, 안전 센서, 비상 정지 스위치를 해제하거나 우회하는 행위는 어떠한 경우에도 금지된다.
        - 아차사고도 반드시 안전보건팀에 보고한다.
        """,
        """
        ## 건물 비상 연락처
        | 상황 | 연락처 |
        |---|---|
        | 화재·응급환자 | 119 신고 후 보안실(내선 4499) |
        | 엘리베이터 갇힘 | 비상벨 → 보안실 |
        | 누수·정전 | 시설관리실(내선 4410) |
        | 분실물 | 안내데스크(내선 4000) |
        | 출입카드 오류 | 총무팀(내선 4400) |
        야간과 휴일에는 보안실이 모든 신고를 접수한다.
        """,
        """
        ### 출입카드 권한 관리
        출입카드 권한은 부서별로 필요한 구역에만 부여된다. 전산실, 문서고, 연구동 등 보안 구역의 권한은 해당 구역
        관리자의
        승인을 받아야 하며, 6개월마다 재검토한다. 다른 사람의 카드로 출입하거나 출입문을 열어 다른 사람을 들여보내는
        행위는
        금지되며, 적발되면 출입 권한이 정지된다.
        """,
        """
        ## 사내 식당 운영 안내
        - 운영 시간: 조식 07:30~08:30, 중식 11:30~13:00, 석식 17:30~18:30
        - 중식은 사원증을 태그하면 무료로 이용할 수 있다.
        - 석식은 연장근무 승인자에 한해 제공된다.
        - 외부 손님과 함께 이용할 때는 1인 8,000원의 식권을 안내데스크에서 구매한다.
        - 식판을 반납할 때 잔반은 분리 배출한다.
        식단표는 매주 금요일 그룹웨어 게시판에 공지된다.
        """,
        """
        ### [공지] 사옥 정기 소방 점검
        2026년 12월 8일(화) 14:00~16:00에 사옥 전체 소방 설비 점검이 있습니다.
        - 점검 중 화재 경보가 여러 차례 울릴 수 있으며, 안내 방송이 없으면 대피하지 않으셔도 됩니다.
        - 15:00에는 전 직원 대피 훈련이 진행되니 반드시 참여해 주세요.
        - 점검 시간 동안 일부 엘리베이터 운행이 중단됩니다.
        문의: 총무팀 시설파트(내선 4410)
        """,
        """
        ## 시설 이용 규정 위반 시 조치
        시설 이용 규정을 반복적으로 위반하는 경우 총무팀은 해당 직원의 시설 예약 권한을 1개월간 제한할 수 있다. 안전
        관련
        규정(방화문 개방, 비상구 적치, 안전장치 해제 등)을 위반한 경우에는 1회 위반만으로도 부서장에게 통보하고
        징계위원회에 회부할 수 있다. 규정의 예외는 총무팀장의 서면 승인을 받아야 한다.
        """,
    ),
]
