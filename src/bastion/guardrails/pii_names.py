"""People named where the sentence models have nothing to go on: chat speakers, name lists, Korean given names.

* **Chat and meeting logs:** the speaker after a timestamp, ``[10:02] Priya:``, ``[오전 10:05] 김지훈:``,
  ``14:03 Marcus:`` (a title after a Korean name is left out of the span: ``이 팀장님:`` gives 이).
* **Name lists after a label:** e-mail headers (``To: Alejandro Ruiz <a.ruiz@...>``, ``Cc:``), minutes
  (``Attendees:``, ``Apologies:``, 참석자, 불참, 명단): each comma-separated item that looks like a name.
* **Korean given names** without a surname, which kiwipiepy rarely calls proper nouns: a list of common given
  names, reported when a particle or an address form follows (지수가, 민혁이랑, 하은아, 준호한테, 서연 씨).
  Names that are also everyday words (하늘, 바다, 한결) need the stronger forms (씨, 님, 아/야, 한테, 랑).
* **A name before 씨 or 님** written in Hangul, also foreign ones (프리야 씨, 라훌 샤르마 씨, 아이샤 시디키 고객님).
* **A given name alone in English prose** ("loop in Adaeze from legal", "Oluwaseun will send it"): a capitalised
  word from a list of about 19,700 given names across many cultures (``data/first_names.txt``, built by
  scripts/build_first_names.py from Faker's lists without names that are also English words, places or
  products), with a following capitalised surname if any; in lower case only after a word that addresses or
  mentions someone ("thanks ifeoma", "ask bence").
* **A surname before a job title** (박대리, 김 과장, 최 부장님): the surname is the person's name here.
  Syllables that are also prefixes (전 "former", 현 "current", 부 "vice", 모 "a certain") are left out, and 이
  only counts glued to the title, since "이 과장" is also "this manager".
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from bastion.guardrails.pii_english import PLACES
from bastion.guardrails.pii_korean import Detection
from bastion.guardrails.pii_korean_text import GIVEN_NAMES, SURNAMES, WORD_NAMES
from bastion.guardrails.pii_tables import looks_like_name

# titles after a bare surname; not 사원, 팀원, 연구원: 정사원, 여사원 and the like are words
_SURNAME_TITLES = (r"(?:대리|과장|팀장|부장|차장|실장|사장|대표|이사|주임|선임|책임|수석|원장|교수|기자"
                   r"|변호사|상무|전무|본부장|센터장|매니저)")
_TITLE_WORDS_TAIL = ("본부장", "센터장", "매니저", "변호사", "연구원", "총경리", "대리", "과장", "팀장", "부장", "차장",
                     "실장", "사장", "대표", "이사", "주임", "사원", "선임", "책임", "수석", "원장", "교수", "선생",
                     "기자", "상무", "전무", "팀원", "고객", "회원")  # longest first: 본부장 before 부장
_ROLES = frozenset(("agent", "customer", "user", "bot", "assistant", "system", "support", "admin", "me", "you",
                    "q", "a", "host", "moderator", "operator", "caller", "interviewer", "speaker", "note", "notes",
                    "connection", "server", "error", "warning", "info", "debug", "status", "request", "response",
                    "result", "client", "host", "database", "cache", "worker", "job", "task", "service", "app", "api",
                    "auth", "message", "event", "reminder", "subject", "update", "alert", "summary", "action",
                    "고객", "상담원", "상담사", "시스템", "관리자", "봇", "나", "저", "질문", "답변", "사회자"))
_SPEAKER = re.compile(
    r"(?m)^[ \t]*(?:(?P<bracket>\[[^\]\n]{0,16}\d{1,2}:\d{2}[^\]\n]{0,8}\])|\(?\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:\s?[AaPp][Mm])?\)?)[ \t]*(?P<name>[^\s:\[\]()<>@][^:\n<>@]{0,40}?)[ \t]*:")
_LIST = re.compile(
    r"(?im)(?:^[ \t]*(?:(?P<route>to|from)|cc|bcc|reply-to|attendees|participants|present|absent|apologies|invitees)"
    r"|^[ \t]*(?:reviewer|reporter|assignee|assigned_to|author|approver)"
    r"|(?<![가-힣])(?:참석자|참석|불참자|불참|명단|수신자|참조|성명|이름|성함|운전자|대리인|보호자|작성자|신청인|예금주))"
    r"[ \t]*:[ \t]*(?P<rest>[^\n]{1,400})")
_GROUPS = frozenset(("team", "department", "dept", "group", "office", "support", "staff", "desk", "committee", "board",
                     "hr", "it", "finance", "ops", "sales", "marketing", "legal", "all", "everyone", "팀", "부서"))
_ITEM_SPLIT = re.compile(r"\s*(?:[,;、/]|\band\b|&)\s*")
_EMAIL_TAIL = re.compile(r"\s*(?:<[^>]*>|\([^)]*\))\s*$")

_STRONG = (r"(?:\s?씨|\s?님|\s(?:어머니|어머님|엄마|아빠|아버님|학부모님)|아(?=[\s,.!?~]|$)|야(?=[\s,.!?~]|$)"
           r"|이?한테|이?랑|이?에게|이?네)")
_WEAK = r"(?:이?가|이?는|이?도|이?의|이?를|을|와|과|이(?=\s))"
_GIVEN_RX = re.compile(r"(?<![가-힣])(?P<name>(?P<sur>[" + "".join(sorted(SURNAMES)) + r"])?(?:"
                       + "|".join(sorted(GIVEN_NAMES | WORD_NAMES, key=len, reverse=True))
                       + r"))(?P<strong>" + _STRONG + r")?(?(strong)|(?P<weak>" + _WEAK + r"))")
_ENDINGS = "한은는을를의에서로고며던된인할와과가이도만게"
_PARTICLES = r"께서|께|은|는|이|가|의|을|를|에게|한테|도|와|과|랑|이랑|에게도|한테도"
_HONORIFIC = re.compile(r"(?<![가-힣])(?:(?P<first>[가-힣]{2,4}) )?(?P<name>[가-힣]{2,5}) (?:씨|님|고객님|선생님)"
                        r"(?:" + _PARTICLES + r")?(?![가-힣])")
_NOT_BEFORE_HONORIFIC = frozenset(("고객", "관리자", "사용자", "담당자", "회원", "여러분", "선생", "작성자",
                                   "신청자", "우리", "직원", "팀장", "과장", "대리", "부장", "사장", "대표",
                                   "어머니", "아버지", "부모"))
# surname + title spellings that are words: parking lot, chairman, full professor, regular employee, "all clear"
_TITLE_WORDS = ("주차장", "이사장", "정교수", "정사원", "이사원", "이상무", "이전무", "위원장", "반대표", "감사원",
                "조교수", "연대표", "여사원", "여기자", "공사장", "부대표", "회사장", "공대표", "주사원", "선대표")
_SURNAME_TITLE = re.compile(
    r"(?<![가-힣])(?:(?P<glued>이)|(?P<sur>[김박최정강조윤장임한오서신권황안송류유홍고문양손배백허남심노하곽성차주우"
    r"구민나진지엄채원천방공함변염여추도소석선설마길연위표명기반왕금옥육인맹제탁국어은편용예경봉태라피감승])\s?)"
    + _SURNAME_TITLES
    + r"(?:님)?(?:" + _PARTICLES + r")?(?![가-힣])")


class NameContextDetector:
    """PERSON spans from the shapes in the module docstring."""

    entity = "PERSON"

    def detect(self, text: str) -> list[Detection]:
        out: list[Detection] = []
        speakers = list(_SPEAKER.finditer(text))
        seen = Counter(m.group("name") for m in speakers)
        for m in speakers:  # "12:30 Lunch:" is an agenda line: a bare time needs the speaker to speak again
            if m.group("bracket") or seen[m.group("name")] > 1:
                self._named(out, m.start("name"), m.group("name"), 0.75, "chat-speaker")
        for m in _LIST.finditer(text):
            pos = m.start("rest")
            for at, item, addressed in _items(m.group("rest")):
                # "From: Incheon / To: Frankfurt" is a trip: on To/From a name has two words or an address
                if not m.group("route") or addressed or len(item.split()) > 1:
                    self._named(out, pos + at, item, 0.7, "name-list")
        if re.search("[가-힣]", text):
            self._korean(text, out)
        return out

    @staticmethod
    def _named(out: list[Detection], start: int, name: str, score: float, reason: str) -> None:
        if len(name) > 60:  # no name is this long (and the title stripping stays cheap)
            return
        titled = _strip_title(name)
        value = titled.strip()
        if not value or value.lower() in _ROLES or value.lower() in PLACES or value.split()[-1].lower() in _GROUPS:
            return
        if looks_like_name(value) or (value in SURNAMES and titled != name):  # 이 팀장님: -> 이
            lead = len(name) - len(name.lstrip())
            out.append(Detection("PERSON", start + lead, start + lead + len(value), score, reason))

    def _korean(self, text: str, out: list[Detection]) -> None:
        for m in _GIVEN_RX.finditer(text):
            given = m.group("name")[1:] if m.group("sur") else m.group("name")
            if given in WORD_NAMES and not m.group("strong"):
                continue
            out.append(Detection("PERSON", m.start("name"), m.end("name"), 0.7 if m.group("strong") else 0.55,
                                 "given-name+particle"))
        for m in _HONORIFIC.finditer(text):
            name = m.group("name")
            if name in _NOT_BEFORE_HONORIFIC or name[-1] in "자원생객인사님분들장집교소관청점실팀너저터더":
                continue
            first = m.group("first")
            start = m.start("first") if first and first[-1] not in _ENDINGS + "팀부과실처청" \
                and first not in _NOT_BEFORE_HONORIFIC \
                else m.start("name")
            out.append(Detection("PERSON", start, m.end("name"), 0.6, "name+honorific"))
        for m in _SURNAME_TITLE.finditer(text):
            group = "glued" if m.group("glued") else "sur"
            if m.group().startswith(_TITLE_WORDS):
                continue
            out.append(Detection("PERSON", m.start(group), m.end(group), 0.6, "surname+title"))


def _strip_title(name: str) -> str:
    """"이 팀장님" -> "이", "신동현 팀장" -> "신동현", "Camila" -> "Camila" (string ends, no regex: linear)."""
    stripped = name.rstrip()
    if stripped.endswith(("님", "씨")):
        stripped = stripped[:-1].rstrip()
    for title in _TITLE_WORDS_TAIL:
        if stripped.endswith(title):
            stripped = stripped[: -len(title)].rstrip()
            break
    return stripped if stripped.strip() else name


def _items(rest: str) -> list[tuple[int, str, bool]]:
    """(offset, text, had an address) of each list item, an e-mail address or parenthesis after a name dropped."""
    out, pos = [], 0
    for part in _ITEM_SPLIT.split(rest):
        at = rest.find(part, pos)
        pos = at + len(part)
        name = _EMAIL_TAIL.sub("", part)
        out.append((at, name, "@" in part[len(name):]))
    return out


_L = "a-zß-öø-ÿ\u0100-\u017f"
_WORD = re.compile(rf"(?<![\w.@#/-])(?<!\w['\u2019])([A-ZÀ-ÖØ-Þ\u0100-\u017f][{_L}]+(?:-[A-ZÀ-ÖØ-Þ{_L}][{_L}]+)*)"
                   r"(?:['\u2019]s)?(?![\w@/-]|['\u2019]\w)")  # Jean-Pierre, Adaeze's, 'Ana' (not O'Brien's Brien)
# Chat writes names in lower case; one counts only after a word that addresses or mentions a person.
_LOWER_NAME = re.compile(r"(?i:\b(?:ask|tell|ping|thanks|thank|thx|hi|hey|hello|dear|cc|ma'am|sir|w/|"
                         rf"dm|remind|name is|i'm)\s+)([{_L}][{_L}-]+)"
                         r"(?![\w@'\u2019/.-]\w)")
# weaker cues, for names of four letters or more: "send the deck to priya", "by ravi", "sophie & dan"; and a name
# that opens a line only right before a verb of saying ("ananya said she can cover")
_LOWER_NAME_WEAK = re.compile(rf"(?:\b(?:to|by|from)[ \t]+|&[ \t]*)([{_L}]{{4,}}[{_L}-]*)(?=[?!,.]?(?:[ \t\n]|$))"
                              rf"|(?m:^)[ \t]*([{_L}]{{4,}}[{_L}-]*)(?=[ \t]+(?:said|says|asked|wrote|replied|mentioned"
                              r"|thinks|told)\b)")
# listed names that are also code or model names people write in lower case
_CODE_WORDS = frozenset(("elif", "conn", "relu", "ceil", "amin", "bert", "roberta", "albert", "kali", "main",
                         "master", "prod", "null", "none", "true", "false", "julia", "ruby"))
_NAMES_FILE = Path(__file__).with_name("data") / "first_names.txt"


class GivenNameDetector:
    """A listed given name, capitalised, alone or with a capitalised word after it (its surname); or written in
    lower case right after a word that addresses someone ("thanks ifeoma", "ask bence"). The list
    (``data/first_names.txt``, built by scripts/build_first_names.py) leaves out names that are also English
    words, places or products, so "Will", "Grace" and "Jordan" are left to the English model's context."""

    entity = "PERSON"

    def __init__(self, path: Path = _NAMES_FILE) -> None:
        lines = path.read_text(encoding="utf-8").splitlines()
        self.names = frozenset(n.strip() for n in lines if n.strip() and not n.startswith("#"))
        self.lower = frozenset(n.lower() for n in self.names)

    def detect(self, text: str) -> list[Detection]:
        out: list[Detection] = []
        last = -1
        for m in _WORD.finditer(text):
            word = m.group(1)
            if m.start() < last or (word not in self.names and word.split("-")[0] not in self.names):
                continue
            end = m.end(1)
            nxt = _WORD.match(text, end + 1) if text[end:end + 1] == " " else None
            if nxt is not None and nxt.group(1).lower() not in _ROLES and nxt.group(1).lower() not in PLACES:
                end = nxt.end(1)  # "Kwabena Asante"
            out.append(Detection("PERSON", m.start(), end, 0.6, "given-name"))
            last = end
        for m in _LOWER_NAME.finditer(text):
            if m.group(1) in self.lower and m.group(1) not in _ROLES:
                out.append(Detection("PERSON", m.start(1), m.end(1), 0.55, "given-name, lower case"))
        for m in _LOWER_NAME_WEAK.finditer(text):
            group = 1 if m.group(1) else 2
            word = m.group(group)
            if (word in self.lower and word not in _ROLES and word not in _CODE_WORDS
                    and not any(d.start <= m.start(group) < d.end for d in out)):
                out.append(Detection("PERSON", m.start(group), m.end(group), 0.55, "given-name, lower case, weak cue"))
        return out
