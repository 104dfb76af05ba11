"""Content policy: hate, sexual content, violence, self-harm, harassment, illegal activity and profanity.

Two detectors:

* a lexicon of English and Korean patterns with severities (``data/content_lexicon.yaml``), compiled once,
  lazily, into one alternation per category and script. Severity encodes intent: a topic word alone is low or
  absent ("the movie had a violent ending"), instructions, plans, threats and first-person intent are high ("how
  to make a pipe bomb", "I want to kill myself"); "kill the process" matches nothing.
* alt-profanity-check's English model (TF-IDF + calibrated linear SVMs), re-implemented as a dictionary
  lookup over its weights so one sentence costs microseconds instead of scikit-learn's ~10 ms per call;
  sentences scoring at least ``ml_threshold`` (0.8) become ``profanity:en_model`` findings.
* a classifier trained by this project (:mod:`bastion.guardrails.content_model`) over hashed character n-grams,
  English and Korean, for paraphrases outside the patterns: ``<category>:model`` findings, severity medium, for a
  category the lexicon did not already find in the text (the lexicon keeps precedence).

Patterns run on a normalised view of the text (:mod:`bastion.guardrails.content_view`) that undoes common
Korean evasions (시1발, 씨 발, ㅅㅣㅂㅏㄹ); findings point back into the original text. ``re`` tries every
branch of an alternation at every position, so a category's patterns only run where one of its trigger
substrings occurs (plain ``in`` / ``str.find``, C speed), and in a big window only within ``max_span`` of
one. Big inputs are scanned in windows; all gaps in patterns are bounded, so the work is linear in the input.
"""

from __future__ import annotations

import logging
import math
import re
import threading
import warnings
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from bastion.guardrails.base import Finding
from bastion.guardrails.content_model import MIN_SCORE, ContentClassifier
from bastion.guardrails.content_view import HANGUL_OR_JAMO, View, lower_literals, normalised_view
from bastion.guardrails.options import Options
from bastion.resources import Resources

log = logging.getLogger("bastion.guardrails")

LEXICON_PATH = Path(__file__).with_name("data") / "content_lexicon.yaml"
_SEVERITIES = ("low", "medium", "high")
_DEFAULT_SCORE = MappingProxyType({"low": 0.5, "medium": 0.75, "high": 0.9})
_WINDOW = 32_768  # characters per window; windows overlap by max_span, and see _MARGIN characters before them
_MARGIN = 32  # so that look-behinds and word boundaries at a window's start see the real text
_MAX_FINDINGS = 2_000
_MAX_REGIONS = 512  # trigger hits per category and window before the whole window is matched instead
_MACRO = re.compile(r"@([A-Z][A-Z0-9_]*)")
_LATIN = re.compile("[a-z]")


@dataclass(frozen=True, slots=True)
class Entry:
    category: str
    label: str
    severity: str
    score: float
    also: tuple[str, ...]
    soften: re.Pattern[str] | None  # context that lowers the severity one step (e.g. "protect children from")


@dataclass(frozen=True, slots=True)
class Category:
    name: str
    triggers: tuple[str, ...]
    regexes: tuple[tuple[str, re.Pattern[str]], ...]  # (script "en" | "ko", alternation of entries, high first)


@dataclass(frozen=True, slots=True)
class Lexicon:
    entries: tuple[Entry, ...]
    categories: tuple[Category, ...]
    benign: tuple[str, ...]
    examples: tuple[tuple[str, str], ...]  # (label, text): what the tests check


def _expand(pattern: str, macros: dict[str, str]) -> str:
    for _ in range(6):
        if "@" not in pattern:
            break
        pattern = _MACRO.sub(lambda m: macros.get(m.group(1), m.group()), pattern)
    return pattern


def load_lexicon(path: Path = LEXICON_PATH) -> Lexicon:
    import yaml

    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    macros: dict[str, str] = {k: str(v) for k, v in (doc.get("macros") or {}).items()}
    entries: list[Entry] = []
    categories: list[Category] = []
    examples: list[tuple[str, str]] = []
    for name, spec in doc["categories"].items():
        branches: dict[str, list[str]] = {"en": [], "ko": []}
        for item in sorted(spec["entries"], key=lambda e: -_SEVERITIES.index(e["severity"])):
            severity = item["severity"]
            soften = re.compile(lower_literals(_expand(item["soften"], macros))) if item.get("soften") else None
            entries.append(Entry(name, item["label"], severity, float(item.get("score", _DEFAULT_SCORE[severity])),
                                 tuple(item.get("also", ())), soften))
            examples.extend((f"{name}:{item['label']}", text) for text in item.get("examples", ()))
            for pattern in item["patterns"]:
                expanded = lower_literals(_expand(pattern, macros))
                script = "ko" if HANGUL_OR_JAMO.search(expanded) else "en"
                branches[script].append(f"(?P<e{len(entries) - 1}_{len(branches[script])}>{expanded})")
        regexes = tuple((script, re.compile("|".join(b))) for script, b in branches.items() if b)
        categories.append(Category(name, tuple(t.lower() for t in spec["triggers"]), regexes))
    return Lexicon(tuple(entries), tuple(categories), tuple(doc.get("benign", ())), tuple(examples))


def _regions(view: str, triggers: tuple[str, ...], pad: int) -> list[tuple[int, int]]:
    """Where the category's patterns must run: nowhere without a trigger; the whole text when it is short or
    triggers are everywhere; else the merged neighbourhoods of the trigger occurrences."""
    hits = [t for t in triggers if t in view]
    if not hits:
        return []
    n = len(view)
    if n <= 4 * pad:
        return [(0, n)]
    spans: list[tuple[int, int]] = []
    for t in hits:
        i = view.find(t)
        while i >= 0:
            spans.append((max(0, i - pad), min(n, i + len(t) + pad)))
            if len(spans) > _MAX_REGIONS:
                return [(0, n)]
            i = view.find(t, i + len(t))
    spans.sort()
    merged = [spans[0]]
    for a, b in spans[1:]:
        if a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return merged


# --- alt-profanity-check, without scikit-learn at scan time ---------------------------------------------------

_TOKEN = re.compile(r"(?u)\b\w\w+\b")
_SEGMENT = re.compile(r"[^.!?\n]{1,400}[.!?\n]*")
_LATIN_WORD = re.compile(r"[A-Za-z]{3}")
_NOT_PROSE = re.compile(r"[^A-Za-z\s,.'!?-]")  # English prose is mostly these; binary junk and code are not
# Words the model scores as profane that are not profanity: identities (bias from its training data: "he is gay"
# scores 0.98), violence, death and sex. Violence, self-harm, hate and sexual content are the lexicon's job.
_NOT_PROFANITY = frozenset((
    "gay", "gays", "lesbian", "lesbians", "homosexual", "homosexuals", "queer", "queers", "transgender", "black",
    "blacks", "white", "whites", "jew", "jews", "jewish", "muslim", "muslims", "islam", "women", "woman", "kill",
    "killed", "killing", "kills", "die", "dies", "dying", "dead", "death", "hate", "hated", "hates", "hating",
    "shoot", "murder", "rape", "raped", "sex", "sexual", "sexy", "penis", "vagina", "anus", "semen"))


class ProfanityModel:
    """alt-profanity-check's vectoriser and five calibrated LinearSVCs folded into one dict: word -> (idf,
    idf-weighted coefficients). ``prob`` equals ``predict_prob`` on texts without the words in
    :data:`_NOT_PROFANITY`, which are dropped from the vocabulary."""

    def __init__(self) -> None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # scikit-learn version notes on unpickling
            from profanity_check import profanity_check as pc
        vec, members = pc.vectorizer, pc.model.calibrated_classifiers_
        coefs = [m.estimator.coef_[0] for m in members]
        idf = vec.idf_
        self.weights: dict[str, tuple[float, tuple[float, ...]]] = {
            word: (float(idf[j]), tuple(float(c[j] * idf[j]) for c in coefs))
            for word, j in vec.vocabulary_.items() if word not in _NOT_PROFANITY}
        self.intercepts = tuple(float(m.estimator.intercept_[0]) for m in members)
        self.calibration = tuple((float(m.calibrators[0].a_), float(m.calibrators[0].b_)) for m in members)

    def prob(self, text: str) -> float:
        counts = Counter(t for t in _TOKEN.findall(text.lower()) if t in self.weights)
        sums = [0.0] * len(self.intercepts)
        norm = 0.0
        for word, tf in counts.items():
            idf, ws = self.weights[word]
            norm += (tf * idf) ** 2
            for k, w in enumerate(ws):
                sums[k] += tf * w
        norm = math.sqrt(norm) or 1.0
        total = 0.0
        for k, (a, b) in enumerate(self.calibration):
            z = a * (sums[k] / norm + self.intercepts[k]) + b  # sigmoid calibration: p = 1 / (1 + e^z)
            total += 1.0 / (1.0 + math.exp(min(z, 700.0)))
        return total / len(self.calibration)


# --- the scanner ------------------------------------------------------------------------------------------------


def _soften(severity: str, score: float) -> tuple[str, float]:
    return _SEVERITIES[max(0, _SEVERITIES.index(severity) - 1)], round(max(0.1, score - 0.2), 3)


class ContentScanner:
    """Options: ``ml`` (default true: use alt-profanity-check when installed), ``ml_threshold`` (0.8),
    ``model`` (default true: the trained classifier), ``ml_min_score`` (its least reported probability, default
    :data:`bastion.guardrails.content_model.MIN_SCORE`), ``lexicon`` (path of another lexicon file)."""

    name: str = "content"
    categories: tuple[str, ...] = ("hate", "sexual", "violence", "self_harm", "harassment", "illegal", "profanity")
    max_span: int = 512

    def __init__(self, resources: Resources, options: dict[str, Any] | None = None) -> None:
        opts = Options(options)
        self.resources = resources
        self.use_ml = opts.flag("ml", True)
        self.ml_threshold = opts.number("ml_threshold", 0.8)
        self.lexicon_path = opts.file("lexicon") or LEXICON_PATH
        self.ml_min_score = opts.number("ml_min_score", MIN_SCORE, hi=None)  # above 1: the model never reports
        self._classifier = ContentClassifier(self.ml_min_score) if opts.flag("model", True) else None
        opts.done()
        self._lock = threading.Lock()
        self._lexicon: Lexicon | None = None
        self._model: ProfanityModel | None = None
        self._model_tried = False

    def warm(self) -> None:
        """Load the lexicon and the model now (at startup) rather than on the first scan."""
        self.lexicon()
        self._get_model()
        if self._classifier is not None:
            self._classifier.warm()

    def lexicon(self) -> Lexicon:
        if self._lexicon is None:
            with self._lock:
                if self._lexicon is None:
                    self._lexicon = load_lexicon(self.lexicon_path)
        return self._lexicon

    def _get_model(self) -> ProfanityModel | None:
        if self.use_ml and not self._model_tried:
            with self._lock:
                if not self._model_tried:
                    try:
                        self._model = ProfanityModel()
                    except Exception:  # not installed, or a model format we don't know: the lexicon still runs
                        log.warning("content scanner: alt-profanity-check unavailable, English model disabled",
                                    exc_info=True)
                    self._model_tried = True
        return self._model

    def scan(self, text: str) -> list[Finding]:
        lexicon, model = self.lexicon(), self._get_model()
        found: dict[tuple[str, int, int], Finding] = {}
        for base in range(0, max(1, len(text)), _WINDOW):
            origin = max(0, base - _MARGIN)
            piece = text[origin : base + _WINDOW + self.max_span]
            own = (base - origin, base - origin + _WINDOW)  # findings must start here; the rest is other windows'
            for f in self._lexicon_findings(lexicon, piece, origin, own):
                found.setdefault((f.label, f.start, f.end), f)
            if model is not None:
                for f in self._model_findings(model, text[base : base + _WINDOW], base):
                    found.setdefault((f.label, f.start, f.end), f)
            if len(found) >= _MAX_FINDINGS:
                break
        out = list(found.values())
        if self._classifier is not None and len(out) < _MAX_FINDINGS:
            out += self._classifier.findings(text, skip={f.category for f in out})
        return out

    def _lexicon_findings(self, lexicon: Lexicon, piece: str, base: int, own: tuple[int, int]) -> list[Finding]:
        """Findings in ``piece`` (which starts at ``base`` in the text) that start within ``own``."""
        view = normalised_view(piece)
        scripts = {"en": _LATIN.search(view.text) is not None, "ko": HANGUL_OR_JAMO.search(view.text) is not None}
        out: list[Finding] = []
        for category in lexicon.categories:
            regexes = [rx for script, rx in category.regexes if scripts[script]]
            if not regexes:
                continue
            for a, b in _regions(view.text, category.triggers, self.max_span):
                for rx in regexes:
                    for m in rx.finditer(view.text, a, b):
                        out.extend(self._finding(lexicon, view, m, base, own))
            if len(out) >= _MAX_FINDINGS:
                break
        return out

    def _finding(self, lexicon: Lexicon, view: View, m: re.Match[str], base: int,
                 own: tuple[int, int]) -> list[Finding]:
        start, end = view.span(m.start(), m.end())
        if not own[0] <= start < own[1]:
            return []
        entry = lexicon.entries[int((m.lastgroup or "e0").partition("_")[0][1:])]
        severity, score = entry.severity, entry.score
        if entry.soften is not None and entry.soften.search(view.text, max(0, m.start() - 80), m.end() + 80):
            severity, score = _soften(severity, score)
        return [Finding(category, f"{category}:{entry.label}", score, base + start, base + end, severity)
                for category in (entry.category, *entry.also)]

    def _model_findings(self, model: ProfanityModel, piece: str, base: int) -> list[Finding]:
        out = []
        for m in _SEGMENT.finditer(piece):
            segment = m.group()
            if not _LATIN_WORD.search(segment) or len(_NOT_PROSE.findall(segment)) > 0.3 * len(segment):
                continue
            p = model.prob(segment)
            if p >= self.ml_threshold:
                severity = "medium" if p >= 0.98 else "low"
                out.append(Finding("profanity", "profanity:en_model", round(p, 3), base + m.start(),
                                   base + m.end(), severity))
        return out
