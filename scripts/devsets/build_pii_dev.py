"""Build the PII development set, scripts/devsets/pii_dev.jsonl, from the sources in pii_dev_src.py.

The rows have the same shape as the held-out set described in evals/README.md
({"id", "lang", "style", "text", "spans": [{"start", "end", "label"}]}), with ids ``pii-dev-<lang>-NNN``.
Checksum-valid numbers come from evals/make_numbers.py (loaded by path) with a seed of this set's own, so none
of them repeats a held-out value by construction. The build fails on any of:

* an unknown label or style, a span whose text differs from its value, overlapping spans;
* a value that does not validate (Luhn, IBAN mod-97, RRN/ARN/BRN check digits, e-mail, IP, URL with user and
  password, phone digits, passport / driver-licence / bank-account shapes);
* outside the gold spans: a checksum-valid card or registration number (an ISBN-13 is allowed), an e-mail
  address, a URL with credentials, or a labelled value written again without its label;
* an item in EN/KO without spans, an item in EN_CLEAN/KO_CLEAN with spans, or a repeated text.

Run: python scripts/devsets/build_pii_dev.py   (deterministic; prints counts per label and language).
"""

from __future__ import annotations

import importlib.util
import ipaddress
import json
import re
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType
from urllib.parse import urlsplit

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
OUT = HERE / "pii_dev.jsonl"
SEED = 20261125

LABELS = ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS",
          "URL_WITH_CREDENTIALS", "ADDRESS", "KR_RRN", "KR_ARN", "KR_BRN", "KR_PASSPORT", "KR_DRIVER_LICENSE",
          "KR_BANK_ACCOUNT")
STYLES = {"ticket", "email", "hr", "chat", "csv", "code", "log", "form", "finance", "devops", "medical", "legal",
          "sales", "support", "lookalike"}

# [[LABEL:value]] or {{KIND}} / {{KIND:opt}} / {{IBAN:CC:plain}}
MARKUP = re.compile(r"\[\[(?P<label>[A-Z_]+):(?P<value>[^\]]+)\]\]"
                    r"|\{\{(?P<kind>[A-Z]+-?)(?::(?P<opts>[A-Za-z:]+))?\}\}")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
CRED_URL = re.compile(r"[a-z][a-z0-9+.-]*://[^\s/@:]+:[^\s/@]+@\S+")
DIGIT_RUN = re.compile(r"(?<![\w-])\d[\d -]{10,24}\d(?![\w-])")
BRN_SHAPE = re.compile(r"(?<![\d-])\d{3}-?\d{2}-?\d{5}(?![\d-])")


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None, path
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


NUM = _load("pii_dev_make_numbers", ROOT / "evals" / "make_numbers.py")
SRC = _load("pii_dev_src", HERE / "pii_dev_src.py")


class BuildError(Exception):
    pass


def synth(gen: object, kind: str, opts: str | None) -> tuple[str, str]:
    """A checksum-valid value for a {{KIND:opts}} placeholder, and its label."""
    parts = opts.split(":") if opts else []
    plain = "plain" in parts
    cards = {"CC": "space", "CC-": "dash", "CCP": "plain"}
    if kind in cards:
        return "CREDIT_CARD", gen.credit_card(cards[kind])  # type: ignore[attr-defined]
    if kind == "IBAN":
        country = next((p for p in parts if p != "plain"), "DE")
        return "IBAN_CODE", gen.iban(country, grouped=not plain)  # type: ignore[attr-defined]
    korean = {"RRN": ("KR_RRN", "rrn"), "ARN": ("KR_ARN", "arn"), "BRN": ("KR_BRN", "brn")}
    if kind in korean:
        label, method = korean[kind]
        return label, getattr(gen, method)(not plain)
    raise BuildError(f"unknown placeholder {{{{{kind}}}}}")


def expand(source: str, gen: object) -> tuple[str, list[dict]]:
    """Strip the markup; return the clean text and the spans (with their values) over it."""
    pieces: list[str] = []
    spans: list[dict] = []
    cursor = 0
    size = 0
    for m in MARKUP.finditer(source):
        before = source[cursor : m.start()]
        pieces.append(before)
        size += len(before)
        if m.group("label"):
            label, value = m.group("label"), m.group("value")
        else:
            label, value = synth(gen, m.group("kind"), m.group("opts"))
        spans.append({"start": size, "end": size + len(value), "label": label, "value": value})
        pieces.append(value)
        size += len(value)
        cursor = m.end()
    pieces.append(source[cursor:])
    return "".join(pieces), spans


def _digits(v: str) -> str:
    return "".join(c for c in v if c.isdigit())


def _ip(v: str) -> bool:
    try:
        ipaddress.ip_address(v)
    except ValueError:
        return False
    return True


def _url(v: str) -> bool:
    parts = urlsplit(v)
    return bool(parts.scheme and parts.hostname and parts.username and parts.password)


VALID = {
    "PERSON": lambda v: not any(c.isdigit() or c in "@:/" for c in v),
    "EMAIL_ADDRESS": lambda v: EMAIL.fullmatch(v) is not None,
    "PHONE_NUMBER": lambda v: re.fullmatch(r"\+?[\d ().-]+", v) is not None and 7 <= len(_digits(v)) <= 15,
    "CREDIT_CARD": lambda v: NUM.luhn_ok(v) and 13 <= len(_digits(v)) <= 19,
    "IBAN_CODE": lambda v: NUM.iban_ok(v),
    "IP_ADDRESS": _ip,
    "URL_WITH_CREDENTIALS": _url,
    "ADDRESS": lambda v: any(c.isdigit() for c in v),
    "KR_RRN": lambda v: NUM.rrn_ok(v),
    "KR_ARN": lambda v: NUM.arn_ok(v),
    "KR_BRN": lambda v: NUM.brn_ok(v),
    "KR_PASSPORT": lambda v: re.fullmatch(r"M(?:\d{8}|\d{3}[A-Z]\d{4})", v) is not None,
    "KR_DRIVER_LICENSE": lambda v: re.fullmatch(r"(?:1[1-9]|2[0-68])-\d{2}-\d{6}-\d{2}", v) is not None,
    "KR_BANK_ACCOUNT": lambda v: re.fullmatch(r"\d+(?:-\d+)+", v) is not None and 10 <= len(_digits(v)) <= 14,
}


def _is_isbn13(d: str) -> bool:
    return len(d) == 13 and d[:3] in ("978", "979") and sum(int(c) * (1, 3)[i % 2] for i, c in enumerate(d)) % 10 == 0


def _hangul(c: str) -> bool:
    return "\uac00" <= c <= "\ud7a3"


def _unlabelled_repeats(text: str, spans: list[dict], covered: set[int]) -> list[str]:
    """Labelled values that occur again, as whole words, outside every span."""
    found = []
    for value in {s["value"] for s in spans if len(s["value"]) > 1}:
        for m in re.finditer(re.escape(value), text):
            if m.start() in covered:
                continue
            before = text[m.start() - 1] if m.start() else " "
            after = text[m.end()] if m.end() < len(text) else " "
            if before.isalnum() or _hangul(before):
                continue
            if after.isalnum() and not _hangul(after):  # Korean particles may follow a name
                continue
            found.append(value)
    return found


def leaks(text: str, spans: list[dict]) -> list[str]:
    """Things in the text that look like PII of a checkable kind but have no gold span."""
    covered = {i for s in spans for i in range(s["start"], s["end"])}
    out = []
    for m in DIGIT_RUN.finditer(text):
        if m.start() in covered:
            continue
        d = _digits(m.group())
        if 13 <= len(d) <= 19 and NUM.luhn_ok(d) and not _is_isbn13(d):
            out.append(f"card? {m.group()}")
        if len(d) == 13 and (NUM.rrn_ok(d) or NUM.arn_ok(d)):
            out.append(f"RRN/ARN? {m.group()}")
    out += [f"BRN? {m.group()}" for m in BRN_SHAPE.finditer(text) if m.start() not in covered and NUM.brn_ok(m.group())]
    out += [f"e-mail? {m.group()}" for m in EMAIL.finditer(text) if m.start() not in covered]
    out += [f"URL? {m.group()}" for m in CRED_URL.finditer(text) if m.start() not in covered]
    out += [f"unlabelled repeat: {v}" for v in _unlabelled_repeats(text, spans, covered)]
    return out


def check(rid: str, style: str, text: str, spans: list[dict], clean: bool) -> list[str]:
    errors = []
    if style not in STYLES:
        errors.append(f"unknown style {style!r}")
    if text != text.strip() or "[[" in text or "]]" in text or "{{" in text:
        errors.append("stray markup or surrounding whitespace")
    if clean == bool(spans):
        errors.append("clean items must have no spans, the others at least one")
    last_end = 0
    for s in spans:
        if s["label"] not in LABELS:
            errors.append(f"unknown label {s['label']}")
        elif not VALID[s["label"]](s["value"]):
            errors.append(f"invalid {s['label']}: {s['value']!r}")
        if text[s["start"] : s["end"]] != s["value"] or s["value"] != s["value"].strip():
            errors.append(f"offset or whitespace problem: {s['value']!r}")
        if s["start"] < last_end:
            errors.append(f"overlap at {s['start']}")
        last_end = s["end"]
    errors += leaks(text, spans)
    return [f"{rid}: {e}" for e in errors]


def build() -> list[dict]:
    gen = NUM.Numbers(SEED)
    rows: list[dict] = []
    errors: list[str] = []
    seen: set[str] = set()
    for lang, groups in (("en", (SRC.EN, SRC.EN_CLEAN)), ("ko", (SRC.KO, SRC.KO_CLEAN))):
        number = 0
        for clean, items in enumerate(groups):
            for style, source in items:
                number += 1
                rid = f"pii-dev-{lang}-{number:03d}"
                text, spans = expand(source, gen)
                errors += check(rid, style, text, spans, bool(clean))
                if text in seen:
                    errors.append(f"{rid}: repeated text")
                seen.add(text)
                rows.append({"id": rid, "lang": lang, "style": style, "text": text,
                             "spans": [{"start": s["start"], "end": s["end"], "label": s["label"]} for s in spans]})
    if errors:
        raise BuildError("\n".join(errors))
    return rows


def report(rows: list[dict]) -> str:
    per = Counter((s["label"], r["lang"]) for r in rows for s in r["spans"])
    lines = []
    for lang in ("en", "ko"):
        sub = [r for r in rows if r["lang"] == lang]
        lines.append(f"{lang}: {len(sub)} prompts, {sum(not r['spans'] for r in sub)} without PII, "
                     f"{sum(len(r['spans']) for r in sub)} spans")
    lines.append(f"{'label':<22}{'en':>5}{'ko':>5}{'all':>6}")
    for label in LABELS:
        en, ko = per[(label, "en")], per[(label, "ko")]
        lines.append(f"{label:<22}{en:>5}{ko:>5}{en + ko:>6}")
    lines.append(f"{'total':<22}{sum(v for (_, g), v in per.items() if g == 'en'):>5}"
                 f"{sum(v for (_, g), v in per.items() if g == 'ko'):>5}{sum(per.values()):>6}")
    return "\n".join(lines)


def main() -> None:
    try:
        rows = build()
    except BuildError as exc:
        sys.exit(f"build failed:\n{exc}")
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}")
    print(report(rows))


if __name__ == "__main__":
    main()
