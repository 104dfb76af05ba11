"""Labelled training texts for the injection classifier, generated from templates written for this project.

No third-party attack corpus is used (those are held out for evaluation): every phrasing here was written
from general knowledge of attack styles. Templates are slot-filled (``{slot}`` picks one option of
``SLOTS[slot]``, recursively), so a few hundred hand-written lines give thousands of varied texts.

Labels: 0 benign, 1 injection (instruction override, prompt extraction, indirect injection, role spoofing,
exfiltration), 2 jailbreak (persona and restriction-removal attacks). Benign texts deliberately include
look-alikes: questions that say "ignore", "system", "prompt", "jailbreak", "developer mode"; security
discussions; self-corrections ("ignore my last message"); benign personas; documents and tool output.

Besides the templates, about 4,400 hand-written texts (``injection_corpus_hand_{en,ko}{,2,3}.py``, three rounds:
one phrasing each, grouped by theme, attacks and look-alikes; ``injection_corpus_hand_docs.py``, sections of company
policies, manuals and FAQs as retrieval passages, all harmless) are weighed ``HAND_WEIGHT`` times a template filling.
``injection_corpus_hand_records.py`` holds business prompts full of personal data and records (transcripts, tickets,
CSV, logs, code, forms, notices), harmless ones and ones with an instruction to the AI hidden in a field; its harmless
rows weigh ``RECORDS_BENIGN_WEIGHT`` (1): at full weight they cost indirect-injection recall on the development sets.
``injection_corpus_hand_4.py`` (round 4) holds attacks asked plainly, without attack vocabulary (setup extraction,
permission pretexts, tool and data abuse, scope escapes, casual personas), and harmless talk about attacks, the
assistant's abilities, admin work and self-corrections.
``injection_corpus_hand_5.py`` (round 5, mostly Korean talk about attacks and look-alike attacks) is NOT in the
n-gram classifier's corpus: there it cost recall at the same false-positive rate (542 at 29 of 590 against 543 at
26; its harmless rows alone, 535 at 24), a sign that a linear n-gram model cannot tell talk about an attack from one
with more data of this kind. The embedding head, which reads meaning, is trained on it as well (:func:`head_extra`):
it raised the head's AUC on DEV3-DEV5 from 0.915 to 0.919.

Every example carries a ``group`` (its template, or a hand-written theme), so the trainer can hold out whole
templates and measure generalisation to phrasings it has not seen rather than to new slot fillings of familiar ones.
"""

from __future__ import annotations

import base64
import codecs
import random
import re
from dataclasses import dataclass

from injection_corpus_en import ATTACKS_EN, BENIGN_EN, SLOTS_EN
from injection_corpus_hand_4 import HAND_4
from injection_corpus_hand_5 import HAND_5
from injection_corpus_hand_docs import HAND_DOCS
from injection_corpus_hand_en import HAND_EN
from injection_corpus_hand_en2 import HAND_EN2
from injection_corpus_hand_en3 import HAND_EN3
from injection_corpus_hand_ko import HAND_KO
from injection_corpus_hand_ko2 import HAND_KO2
from injection_corpus_hand_ko3 import HAND_KO3
from injection_corpus_hand_records import HAND_RECORDS
from injection_corpus_ko import ATTACKS_KO, BENIGN_KO, SLOTS_KO
from injection_corpus_more import (
    ATTACKS_MORE_EN,
    ATTACKS_MORE_KO,
    BENIGN_MORE_EN,
    BENIGN_MORE_KO,
    SLOTS_MORE_EN,
    SLOTS_MORE_KO,
)

BENIGN, INJECTION, JAILBREAK = 0, 1, 2
# A hand-written text is one phrasing, a template's fillings are fourteen variations of one: the hand-written
# lines (injection_corpus_hand_*.py) weigh as much as a template's worth of fillings would, roughly.
HAND_WEIGHT = 3.0
RECORDS_BENIGN_WEIGHT = 1.0
_SLOT = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True, slots=True)
class Example:
    text: str
    label: int
    group: str
    obfuscation: str = ""
    weight: float = 1.0


def render(template: str, slots: dict[str, list[str]], rng: random.Random, depth: int = 0) -> str:
    if depth > 6:
        return template

    def pick(m: re.Match[str]) -> str:
        options = slots.get(m.group(1))
        if options is None:
            return m.group(0)
        return render(rng.choice(options), slots, rng, depth + 1)

    text = _SLOT.sub(pick, template)
    if depth == 0:  # "{{" and "}}" are literal braces (JSON in tool-output templates)
        text = text.replace("{{", "{").replace("}}", "}")
    return re.sub(r"[ \t]{2,}", " ", text).strip()


# -- obfuscations an attacker uses; the scanner's normalisation must see through them ------------------------
_LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}
_HOMO = dict(zip("aeopcxyi", "\u0430\u0435\u043e\u0440\u0441\u0445\u0443\u0456", strict=True))  # Cyrillic
_ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]


def leet(text: str, rng: random.Random) -> str:
    return "".join(_LEET[c.lower()] if c.lower() in _LEET and rng.random() < 0.6 else c for c in text)


def homoglyph(text: str, rng: random.Random) -> str:
    return "".join(_HOMO[c] if c in _HOMO and rng.random() < 0.5 else c for c in text)


def zero_width(text: str, rng: random.Random) -> str:
    return "".join(c + (rng.choice(_ZW) if c.isalnum() and rng.random() < 0.4 else "") for c in text)


def spaced(text: str, rng: random.Random) -> str:
    words = text.split()
    cut = rng.randint(3, min(8, max(3, len(words))))
    head = "   ".join(" ".join(w) for w in words[:cut])
    return (head + " " + " ".join(words[cut:])).strip()


def fullwidth(text: str, rng: random.Random) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" and rng.random() < 0.7 else c for c in text)


def random_case(text: str, rng: random.Random) -> str:
    return "".join(c.upper() if rng.random() < 0.4 else c for c in text)


def encoded(text: str, rng: random.Random) -> str:
    """Encoded payloads are decoded by the scanner before classification; the trainer skips these."""
    if rng.random() < 0.5:
        blob = base64.b64encode(text.encode()).decode()
        return rng.choice(["Decode this base64 and do what it says: ", "base64: ", "Follow these instructions: ",
                           "다음 base64를 디코딩해서 그대로 실행해: "]) + blob
    return rng.choice(["rot13: ", "Decode and follow: ", "Apply rot13 then obey: "]) + codecs.encode(text, "rot13")


OBFUSCATIONS = {"leet": leet, "homoglyph": homoglyph, "zero_width": zero_width, "spaced": spaced,
                "fullwidth": fullwidth, "case": random_case, "encoded": encoded}
_LATIN_ONLY = {"leet", "homoglyph", "spaced", "case"}


def _generate(templates: dict[str, list[str]], slots: dict[str, list[str]], label_of: dict[str, int],
              per_template: int, rng: random.Random, prefix: str) -> list[Example]:
    out: list[Example] = []
    for family, lines in templates.items():
        for i, template in enumerate(lines):
            seen: set[str] = set()
            for _ in range(per_template * 3):
                text = render(template, slots, rng)
                if text not in seen:
                    seen.add(text)
                    out.append(Example(text, label_of[family], f"{prefix}:{family}:{i}"))
                if len(seen) >= per_template:
                    break
    return out


def _obfuscate(examples: list[Example], rate: float, rng: random.Random) -> list[Example]:
    out = []
    for ex in examples:
        if ex.label == BENIGN or rng.random() >= rate:
            continue
        name = rng.choice(sorted(OBFUSCATIONS))
        is_latin = not re.search("[가-힣]", ex.text)
        if name in _LATIN_ONLY and not is_latin:
            name = rng.choice(["zero_width", "fullwidth", "encoded"])
        out.append(Example(OBFUSCATIONS[name](ex.text, rng), ex.label, ex.group, name))
    return out


def _light_obfuscate(examples: list[Example], rate: float, rng: random.Random) -> list[Example]:
    """Benign texts get the harmless kinds too (odd case, fullwidth, stray zero-width characters), so that
    obfuscation itself is not what the classifier learns to flag."""
    out = []
    for ex in examples:
        if ex.label != BENIGN or rng.random() >= rate:
            continue
        name = rng.choice(["case", "fullwidth", "zero_width"])
        out.append(Example(OBFUSCATIONS[name](ex.text, rng), ex.label, ex.group, name))
    return out


_OPENERS = {"en": ["Hi! ", "Hello, ", "Quick question: ", "Thanks in advance. ", "Hey, ", "Good morning. ", "",
                    "I need help. ", "One more thing: "],
            "ko": ["안녕, ", "안녕하세요. ", "질문 있어요: ", "미리 감사해요. ", "", "도와줘. ", "하나 더: ", "저기, "]}
_JOINERS = {"en": ["\n\n", " Also, ", " Then ", " ", "\n", " By the way, "],
            "ko": ["\n\n", " 그리고 ", " 그다음에 ", " ", "\n", " 참고로 "]}


def _lang(ex: Example) -> str:
    return ex.group.split(":", 1)[0]


def _compose(base: list[Example], n_benign: int, n_attack: int, rng: random.Random) -> list[Example]:
    """Multi-part prompts: benign + benign (still benign), and attacks with a benign opener, lead-in or
    tail (still attacks), so neither length nor a friendly tone decides the label."""
    by = {(lang, benign): [e for e in base if _lang(e) == lang and (e.label == BENIGN) == benign]
          for lang in ("en", "ko") for benign in (True, False)}
    out = []
    for i in range(n_benign + n_attack):
        lang = rng.choice(["en", "ko"])
        first = rng.choice(by[(lang, True)])
        opener = rng.choice(_OPENERS[lang])
        joiner = rng.choice(_JOINERS[lang])
        if i < n_benign:
            second = rng.choice(by[(lang, True)])
            out.append(Example(opener + first.text + joiner + second.text, BENIGN, first.group))
        else:
            attack = rng.choice(by[(lang, False)])
            parts = [first.text, attack.text] if rng.random() < 0.6 else [attack.text, first.text]
            out.append(Example(opener + joiner.join(parts), attack.label, attack.group))
    return out


def corpus(seed: int = 1234, per_template: int = 14) -> list[Example]:
    """The full labelled corpus: English and Korean, attacks, look-alikes, obfuscated variants."""
    rng = random.Random(seed)
    label_of = {"override": INJECTION, "extract": INJECTION, "indirect": INJECTION, "spoof": INJECTION,
                "exfil": INJECTION, "persona": JAILBREAK, "restriction": JAILBREAK, "framing": JAILBREAK}
    label_of |= {f"{k}2": v for k, v in label_of.items()}  # injection_corpus_more's families
    benign_label = {k: BENIGN for k in set(BENIGN_EN) | set(BENIGN_KO) | set(BENIGN_MORE_EN) | set(BENIGN_MORE_KO)}
    more_en, more_ko = {**SLOTS_EN, **SLOTS_MORE_EN}, {**SLOTS_KO, **SLOTS_MORE_KO}
    base: list[Example] = []
    base += _generate(ATTACKS_EN, SLOTS_EN, label_of, per_template, rng, "en")
    base += _generate(ATTACKS_KO, SLOTS_KO, label_of, per_template, rng, "ko")
    base += _generate(BENIGN_EN, SLOTS_EN, benign_label, per_template + 4, rng, "en")
    base += _generate(BENIGN_KO, SLOTS_KO, benign_label, per_template + 4, rng, "ko")
    base += _generate(ATTACKS_MORE_EN, more_en, label_of, per_template, rng, "en")
    base += _generate(ATTACKS_MORE_KO, more_ko, label_of, per_template, rng, "ko")
    base += _generate(BENIGN_MORE_EN, more_en, benign_label, per_template + 4, rng, "en")
    base += _generate(BENIGN_MORE_KO, more_ko, benign_label, per_template + 4, rng, "ko")
    base += [Example(text, label, f"{lang}:hand:{group}", weight=HAND_WEIGHT)
             for lang, rows in (("en", HAND_EN), ("en", HAND_EN2), ("en", HAND_EN3), ("ko", HAND_KO), ("ko", HAND_KO2),
                                ("ko", HAND_KO3))
             for group, label, text in rows]
    base += [Example(text, label, f"{lang}:hand:{group}", weight=HAND_WEIGHT) for lang, group, label, text in HAND_DOCS]
    base += [Example(text, label, f"{lang}:hand:{group}", weight=HAND_WEIGHT if label else RECORDS_BENIGN_WEIGHT)
             for lang, group, label, text in HAND_RECORDS]
    base += [Example(text, label, f"{lang}:hand:{group}", weight=HAND_WEIGHT) for lang, group, label, text in HAND_4]
    base += _compose(base, 2200, 700, rng)
    return base + _obfuscate(base, 0.2, rng) + _light_obfuscate(base, 0.06, rng)


def head_extra() -> list[Example]:
    """Texts the embedding head is trained on besides :func:`corpus` (round 5: see the module docstring)."""
    return [Example(text, label, f"{lang}:hand5:{group}", weight=HAND_WEIGHT) for lang, group, label, text in HAND_5]
