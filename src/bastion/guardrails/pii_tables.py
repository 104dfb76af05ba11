"""Names in tables: the cells of a column whose header says it holds people's names.

A name alone in a CSV row or a Markdown table has no context a sentence model can use ("Priya Nair,Finance,
2021-03-01"), and a Korean given name in one has no title after it. The header says what the column holds:
``name``, ``customer_name``, ``assignee``, 이름, 성명, 담당자 and so on. Rows that follow a header, with the same
delimiter and the same number of cells, have their cell in that column reported as PERSON when it looks like a
name (letters only, one to four words, or two to four Hangul syllables), so "N/A", e-mail addresses, numbers and
team names are not. Delimiters: comma, tab, semicolon and pipe, with double-quoted cells.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bastion.guardrails.pii_korean import Detection
from bastion.guardrails.pii_korean_text import hangul_name

_HEADER = re.compile(
    r"(?i)(?:full|first|last|given|family|sur|middle|customer|client|employee|emp|contact|assignee|assigned[ _]to"
    r"|reporter|requester|requestor|patient|guest|passenger|student|member|staff|manager|approver|sender|recipient"
    r"|attendee|participant|holder|account[ _]holder|card[ _]?holder|beneficiary|applicant|candidate|tenant|driver"
    r"|buyer|seller|payee|person|owner|author)[ _-]?(?:name|nm)"
    r"|full[ _-]?name|(?P<bare>names?)|assignee|assigned[ _]to|reporter|requester|requestor|approver|attendee"
    r"|participant|employee|contact[ _]person|cardholder|account[ _]holder|beneficiary|patient|applicant|candidate"
    r"|이름|성명|성함|고객명|고객 ?이름|담당|담당자|담당자명|직원명|사원명|작성자|신청자|신청인|예금주|환자명"
    r"|수신자|수신인|발신자|발신인|대표자|대표자명|참석자|요청자|승인자|수령인|받는 ?분|보호자|예약자|주문자"
    r"|구매자|판매자|학생명|회원명|면접자|지원자|발표자|참가자|당직자|결재자|운전자|임차인|임대인|학생|환자")
_WORD = r"[A-ZÀ-Ž][a-zà-öø-ÿ'\u2019.-]*"
_PARTICLE = r"de|da|do|dos|van|von|der|bin|binti|al|el|le|la|del|di"
_LATIN_NAME = re.compile(_WORD + r"(?:[ -](?:" + _WORD + "|" + _PARTICLE + r")){0,3}|" + _WORD + ", " + _WORD)
_NOT_NAMES = frozenset(("n/a", "na", "none", "null", "tbd", "tba", "unassigned", "unknown", "anonymous", "guest",
                        "admin", "system", "team", "all", "nobody", "없음", "미정", "미지정", "공석", "관리자", "전체",
                        "익명", "고객", "담당자", "해당없음"))
_DELIMITERS = (",", "\t", ";", "|")
_ORG = re.compile(r"(?i)\b(?:inc|corp|corporation|ltd|llc|gmbh|co|company|group|team|bank|b\.v|s\.a|plc|ag)\.?$"
                  r"|주식회사|\(주\)|㈜")


def _cells(line: str, delimiter: str) -> list[tuple[int, int]]:
    """(start, end) of each cell's content within ``line``: surrounding spaces and double quotes stripped."""
    out: list[tuple[int, int]] = []
    i, n = 0, len(line)
    while i <= n:
        j = i
        while j < n and line[j] == " ":
            j += 1
        if j < n and line[j] == '"':
            close = line.find('"', j + 1)
            if close == -1:
                close = n
            start, end = j + 1, close
            nxt = line.find(delimiter, close)
        else:
            nxt = line.find(delimiter, j)
            start, end = j, (n if nxt == -1 else nxt)
        while end > start and line[end - 1] == " ":
            end -= 1
        out.append((start, end))
        if nxt == -1:
            break
        i = nxt + 1
    return out


def _lines(text: str) -> Iterator[tuple[int, str]]:
    pos = 0
    for line in text.split("\n"):
        yield pos, line
        pos += len(line) + 1


def looks_like_name(value: str) -> bool:
    if not value or len(value) > 60 or value.lower() in _NOT_NAMES or _ORG.search(value):
        return False
    return _LATIN_NAME.fullmatch(value) is not None or hangul_name(value.replace(" ", ""))


def _is_rule(cells: list[str]) -> bool:  # a Markdown separator row: |---|:---:|
    return all(set(c) <= set("-: ") for c in cells)


class TableNameDetector:
    """PERSON cells under a name-like header (see the module docstring)."""

    entity = "PERSON"

    def detect(self, text: str) -> list[Detection]:
        if "\n" not in text:
            return []
        out: list[Detection] = []
        columns: tuple[str, int, list[int], set[int]] | None = None  # delimiter, cells, name columns, bare "name"
        for pos, line in _lines(text):
            if columns is not None:
                delimiter, count, name_cols, bare = columns
                spans = _cells(line, delimiter)
                values = [line[s:e] for s, e in spans]
                if len(spans) != count or not line.strip():
                    columns = None  # the table ended; this line may start another
                elif _is_rule(values):
                    continue
                else:
                    for c in name_cols:
                        s, e = spans[c]
                        # under a bare "Name" header a single word may be a product or a total: two words or a
                        # Korean name are needed there
                        if looks_like_name(values[c]) and (c not in bare or len(values[c].split()) > 1
                                                           or hangul_name(values[c])):
                            out.append(Detection(self.entity, pos + s, pos + e, 0.75, "table-column"))
                    continue
            columns = self._header(line)
        return out

    @staticmethod
    def _header(line: str) -> tuple[str, int, list[int], set[int]] | None:
        for delimiter in _DELIMITERS:
            if delimiter not in line:
                continue
            spans = _cells(line, delimiter)
            matches = {k: _HEADER.fullmatch(line[s:e].strip("*_` ")) for k, (s, e) in enumerate(spans)}
            names = [k for k, m in matches.items() if m]
            if names and len(spans) >= 2:
                return delimiter, len(spans), names, {k for k in names if matches[k].group("bare")}  # type: ignore[union-attr]
        return None
