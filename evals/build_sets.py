"""Build evals/data/{injection,content,topics}.jsonl from the hand-written sources in evals/src/.

Items in injection_*.txt and content_*.txt start with ``@@@ <kind>`` (injection) or ``@@@ <category> [severity]``
(content); the lines up to the next ``@@@`` are the text. topics.txt has one ``topic | on_topic | text`` per line.

The only text produced by code is the obfuscation of some hand-written attack payloads, written inline as
``<<op:payload>>``: zw (zero-width characters between letters), cyr (Cyrillic look-alike letters), b64, rot13,
hex, shift1 (Caesar +1), leet, spaced (letters separated by spaces), rev (reversed), fw (full-width forms),
jamo (Hangul syllables decomposed into jamo). Run: python evals/build_sets.py (deterministic).
"""

from __future__ import annotations

import base64
import codecs
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
ATTACK_KINDS = {"direct", "indirect", "jailbreak", "obfuscated"}
BENIGN_KINDS = {"benign", "benign_lookalike"}
CATEGORIES = {"hate", "sexual", "violence", "self_harm", "harassment", "illegal", "profanity", "none"}

_ZW = ("\u200b", "\u200c", "\u200d", "\u2060")
_CYR = str.maketrans(
    "aeopcyxisjAEOPCTHKMBX",
    "\u0430\u0435\u043e\u0440\u0441\u0443\u0445\u0456\u0455\u0458"
    "\u0410\u0415\u041e\u0420\u0421\u0422\u041d\u041a\u041c\u0412\u0425",
)
_LEET = str.maketrans("aeiost", "431057")
_CHO = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_JUNG = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
_JONG = ["", *"ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ"]


def _zw(s: str) -> str:
    """A zero-width character between every two adjacent non-space characters."""
    out = [s[0]]
    for i, c in enumerate(s[1:], 1):
        if c != " " and s[i - 1] != " ":
            out.append(_ZW[i % len(_ZW)])
        out.append(c)
    return "".join(out)


def _shift1(s: str) -> str:
    out = []
    for c in s:
        if "a" <= c <= "z":
            c = chr((ord(c) - 97 + 1) % 26 + 97)
        elif "A" <= c <= "Z":
            c = chr((ord(c) - 65 + 1) % 26 + 65)
        out.append(c)
    return "".join(out)


def _jamo(s: str) -> str:
    out = []
    for c in s:
        code = ord(c) - 0xAC00
        if 0 <= code < 11172:
            out.append(_CHO[code // 588] + _JUNG[(code % 588) // 28] + _JONG[code % 28])
        else:
            out.append(c)
    return "".join(out)


def _fw(s: str) -> str:
    return "".join("\u3000" if c == " " else chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


OPS = {
    "zw": _zw,
    "cyr": lambda s: s.translate(_CYR),
    "b64": lambda s: base64.b64encode(s.encode()).decode(),
    "rot13": lambda s: codecs.encode(s, "rot13"),
    "hex": lambda s: s.encode().hex(" "),
    "shift1": _shift1,
    "leet": lambda s: s.translate(_LEET),
    "spaced": lambda s: "   ".join(" ".join(w) for w in s.split()),
    "rev": lambda s: s[::-1],
    "fw": _fw,
    "jamo": _jamo,
}
OBF = re.compile(r"<<(\w+):(.+?)>>", re.S)


def read_items(path: Path) -> list[tuple[list[str], str]]:
    items: list[tuple[list[str], str]] = []
    head: list[str] | None = None
    lines: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("@@@"):
            if head is not None:
                items.append((head, "\n".join(lines).strip()))
            head, lines = line[3:].split(), []
        else:
            lines.append(line)
    if head is not None:
        items.append((head, "\n".join(lines).strip()))
    return items


def expand(text: str) -> tuple[str, list[str]]:
    used: list[str] = []

    def sub(m: re.Match[str]) -> str:
        used.append(m.group(1))
        return OPS[m.group(1)](m.group(2))

    return OBF.sub(sub, text), used


def technique(raw: str, text: str, used: list[str]) -> str:
    if used:
        return "+".join(dict.fromkeys(used))
    if re.search(r"[\u0400-\u04ff]", text):
        return "cyr-manual"
    if re.search(r"[ㄱ-ㅣ]{4,}", text):
        return "jamo-manual"
    return "manual"


def build_injection() -> list[dict]:
    rows: list[dict] = []
    for lang in ("en", "ko"):
        for i, (head, raw) in enumerate(read_items(HERE / "src" / f"injection_{lang}.txt"), 1):
            kind = head[0]
            assert kind in ATTACK_KINDS | BENIGN_KINDS, (lang, i, kind)
            text, used = expand(raw)
            assert "<<" not in text and text, (lang, i)
            assert not used or kind == "obfuscated", (lang, i, "only obfuscated items are transformed")
            row = {"id": f"inj-{lang}-{i:03d}", "lang": lang, "text": text,
                   "label": "attack" if kind in ATTACK_KINDS else "benign", "kind": kind}
            if kind == "obfuscated":
                row["technique"] = technique(raw, text, used)
            rows.append(row)
    return rows


def build_content() -> list[dict]:
    rows: list[dict] = []
    for lang in ("en", "ko"):
        for i, (head, text) in enumerate(read_items(HERE / "src" / f"content_{lang}.txt"), 1):
            category = head[0]
            severity = head[1] if len(head) > 1 else None
            assert category in CATEGORIES, (lang, i, category)
            assert (category == "none") == (severity is None) and severity in (None, "low", "medium", "high")
            rows.append({"id": f"con-{lang}-{i:03d}", "lang": lang, "text": text, "category": category,
                         "severity": severity})
    return rows


def build_topics() -> list[dict]:
    rows: list[dict] = []
    for line in (HERE / "src" / "topics.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        topic, flag, text = (p.strip() for p in line.split("|", 2))
        assert flag in ("true", "false"), line
        lang = "ko" if re.search(r"[\uac00-\ud7a3]", text) else "en"
        rows.append({"id": f"top-{len(rows) + 1:03d}", "topic": topic, "text": text, "on_topic": flag == "true",
                     "lang": lang})
    return rows


def write(name: str, rows: list[dict]) -> None:
    out = HERE / "data" / name
    out.parent.mkdir(exist_ok=True)
    with out.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main() -> None:
    inj, con, top = build_injection(), build_content(), build_topics()
    write("injection.jsonl", inj)
    write("content.jsonl", con)
    write("topics.jsonl", top)
    for name, rows, key in (("injection", inj, "kind"), ("content", con, "category"), ("topics", top, "on_topic")):
        counts: dict[str, int] = {}
        for r in rows:
            k = f"{r['lang']}:{r[key]}"
            counts[k] = counts.get(k, 0) + 1
        print(name, len(rows), dict(sorted(counts.items())))
    tech: dict[str, int] = {}
    for r in inj:
        if "technique" in r:
            tech[r["technique"]] = tech.get(r["technique"], 0) + 1
    print("obfuscation techniques", dict(sorted(tech.items())))


if __name__ == "__main__":
    main()
