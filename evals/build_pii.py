"""Build evals/data/pii.jsonl from the hand-written sources in evals/src/pii_*.txt.

Source format: each item starts with a line ``@@@ <style>``; the following lines (up to the next ``@@@``) are the
prompt. Gold spans are written inline:

* ``[[LABEL:value]]`` - a hand-written value (names, e-mails, phones, addresses, IPs, URLs with credentials,
  Korean passport / driver-licence / bank-account numbers);
* ``{{KIND}}`` or ``{{KIND:opt}}`` - a checksum-valid synthetic number produced by :mod:`make_numbers`
  (CC / CC- / CCP card numbers, IBAN:<country>[:plain], RRN[:plain], ARN[:plain], BRN[:plain]).

The markup is removed and each span becomes ``{"start", "end", "label"}`` over the clean text. Every span is then
re-checked (text[start:end] equals the intended value, checksums and formats validate), and the span-free
(look-alike) prompts are checked not to contain an unlabelled checksum-valid card number or registration number.
Run: python evals/build_pii.py  (deterministic: the same sources always give the same file).
"""

from __future__ import annotations

import ipaddress
import itertools
import json
import re
import sys
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_numbers import Numbers, arn_ok, brn_ok, iban_ok, luhn_ok, rrn_ok

HERE = Path(__file__).resolve().parent
SOURCES = [("en", "pii_en.txt"), ("en", "pii_en_clean.txt"), ("ko", "pii_ko.txt"), ("ko", "pii_ko_clean.txt")]
MARK = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{([A-Z-]+)(?::([A-Za-z]+))?(?::(plain))?\}\}")

LABELS = {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS", "URL_WITH_CREDENTIALS",
          "ADDRESS", "KR_RRN", "KR_ARN", "KR_BRN", "KR_PASSPORT", "KR_DRIVER_LICENSE", "KR_BANK_ACCOUNT"}


def read_items(path: Path) -> list[tuple[str, str]]:
    items: list[tuple[str, str]] = []
    style, lines = None, []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("@@@"):
            if style is not None:
                items.append((style, "\n".join(lines).strip()))
            style, lines = line[3:].strip(), []
        else:
            lines.append(line)
    if style is not None:
        items.append((style, "\n".join(lines).strip()))
    return items


def generate(nums: Numbers, kind: str, opt: str | None, plain: str | None) -> tuple[str, str]:
    if kind in ("CC", "CC-", "CCP"):
        return "CREDIT_CARD", nums.credit_card({"CC": "space", "CC-": "dash", "CCP": "plain"}[kind])
    if kind == "IBAN":
        return "IBAN_CODE", nums.iban(opt or "DE", grouped=plain is None)
    dash = opt != "plain"
    if kind == "RRN":
        return "KR_RRN", nums.rrn(dash)
    if kind == "ARN":
        return "KR_ARN", nums.arn(dash)
    if kind == "BRN":
        return "KR_BRN", nums.brn(dash)
    raise ValueError(f"unknown generator {kind}")


def resolve(source: str, nums: Numbers) -> tuple[str, list[dict]]:
    out: list[str] = []
    spans: list[dict] = []
    pos = 0
    length = 0
    for m in MARK.finditer(source):
        out.append(source[pos : m.start()])
        length += m.start() - pos
        if m.group(1):
            label, value = m.group(1), m.group(2)
        else:
            label, value = generate(nums, m.group(3), m.group(4), m.group(5))
        spans.append({"start": length, "end": length + len(value), "label": label, "value": value})
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(source[pos:])
    return "".join(out), spans


def check_value(label: str, v: str) -> bool:
    digits = re.sub(r"\D", "", v)
    checks = {
        "CREDIT_CARD": lambda: luhn_ok(v) and 13 <= len(digits) <= 19,
        "IBAN_CODE": lambda: iban_ok(v),
        "KR_RRN": lambda: rrn_ok(v),
        "KR_ARN": lambda: arn_ok(v),
        "KR_BRN": lambda: brn_ok(v),
        "EMAIL_ADDRESS": lambda: re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v) is not None,
        "IP_ADDRESS": lambda: ipaddress.ip_address(v) is not None,
        "URL_WITH_CREDENTIALS": lambda: bool(urlsplit(v).username and urlsplit(v).password),
        "PHONE_NUMBER": lambda: 7 <= len(digits) <= 15 and re.fullmatch(r"[\d+().\s-]+", v) is not None,
        "KR_PASSPORT": lambda: re.fullmatch(r"[MSROD](\d{8}|\d{3}[A-Z]\d{4})", v) is not None,
        "KR_DRIVER_LICENSE": lambda: re.fullmatch(r"(1[1-9]|2[0-68])-\d{2}-\d{6}-\d{2}", v) is not None,
        "KR_BANK_ACCOUNT": lambda: re.fullmatch(r"\d+(-\d+)+", v) is not None and 10 <= len(digits) <= 14,
    }
    return v == v.strip() and bool(v) and checks.get(label, lambda: True)()


def _isbn13(d: str) -> bool:
    weighted = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d))
    return len(d) == 13 and d[:3] in ("978", "979") and weighted % 10 == 0


def stray_identifiers(text: str, spans: list[dict]) -> list[str]:
    """Checksum-valid numbers in the text that no gold span covers (they would make the gold set wrong)."""
    covered = set()
    for s in spans:
        covered.update(range(s["start"], s["end"]))
    bad = []
    for m in re.finditer(r"(?<![\w-])\d[\d -]{11,22}\d(?![\w-])", text):
        if m.start() in covered:
            continue
        v = m.group()
        d = re.sub(r"\D", "", v)
        if _isbn13(d):
            continue  # a book number that happens to pass Luhn is a look-alike, not a card
        if (13 <= len(d) <= 19 and luhn_ok(d)) or (len(d) == 13 and (rrn_ok(d) or arn_ok(d))):
            bad.append(v)
    for m in re.finditer(r"(?<![\d-])\d{3}-\d{2}-\d{5}(?![\d-])", text):
        if m.start() not in covered and brn_ok(m.group()):
            bad.append(m.group())
    return bad


def build() -> list[dict]:
    nums = Numbers()
    rows: list[dict] = []
    counters = {"en": 0, "ko": 0}
    for lang, name in SOURCES:
        for style, source in read_items(HERE / "src" / name):
            text, spans = resolve(source, nums)
            counters[lang] += 1
            rid = f"pii-{lang}-{counters[lang]:03d}"
            assert "[[" not in text and "{{" not in text, rid
            for s in spans:
                assert s["label"] in LABELS, (rid, s)
                assert text[s["start"] : s["end"]] == s["value"], (rid, s)
                assert check_value(s["label"], s["value"]), (rid, s)
            for a, b in itertools.pairwise(spans):
                assert a["end"] <= b["start"], (rid, a, b)
            stray = stray_identifiers(text, spans)
            assert not stray, (rid, stray)
            assert ("clean" in name) == (not spans), (rid, "clean files hold exactly the span-free prompts")
            rows.append({"id": rid, "lang": lang, "style": style, "text": text,
                         "spans": [{k: s[k] for k in ("start", "end", "label")} for s in spans]})
    return rows


def main() -> None:
    rows = build()
    out = HERE / "data" / "pii.jsonl"
    out.parent.mkdir(exist_ok=True)
    with out.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    by: dict[str, int] = {}
    for r in rows:
        for s in r["spans"]:
            by[f"{r['lang']}:{s['label']}"] = by.get(f"{r['lang']}:{s['label']}", 0) + 1
    for lang in ("en", "ko"):
        sub = [r for r in rows if r["lang"] == lang]
        print(f"{lang}: {len(sub)} prompts, {sum(1 for r in sub if not r['spans'])} without PII, "
              f"{sum(len(r['spans']) for r in sub)} spans")
    print(json.dumps(dict(sorted(by.items())), indent=1))


if __name__ == "__main__":
    main()
