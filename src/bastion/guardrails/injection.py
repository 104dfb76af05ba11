"""Prompt injection and jailbreak detection, English and Korean, in three layers of rising cost.

1. Rules (:mod:`bastion.guardrails.injection_rules`): weighted regular expressions; precise, cheap.
2. A classifier trained by this project (``scripts/train_injection.py``): multinomial logistic regression
   over hashed character 2-5-grams of the normalised text. The hashing is done here with numpy rather than
   scikit-learn's HashingVectorizer because its per-call overhead alone (~1 ms) was a third of the latency
   budget; training imports :func:`features` from this module, so both sides hash identically, and only the
   weights ship (``data/injection_model.npz``, no pickles).
3. An embedding head (:mod:`bastion.guardrails.injection_head`, a small ensemble of one-hidden-layer networks)
   over the shared e5 embedding of the text's most hostile stretch, trained on the same corpus (a learned
   similarity to the attacks and the look-alikes in it; it replaced the nearest-exemplar cosine, AUC 0.70 on the
   development sets, and then a logistic regression, 0.92 on them and 0.82 on their borderline texts, against
   0.93). An embedding costs tens of milliseconds, so it runs only for texts that layers 1-2 put in the borderline
   band: it settles them, confirming or withdrawing, and never creates a finding, so the common harmless case
   stays in the low milliseconds. It reads meaning where the n-grams read wording, so it is what tells
   talk about an attack ("why did jailbreak prompts work?") from one.

Every layer looks at all the views from :func:`bastion.guardrails.normalise.variants`, so obfuscated
instructions (zero-width, look-alikes, leet, base64, rot13...) are scored as what they decode to. Long
inputs are scanned in bounded windows: the head, the tail and the regions around trigger words, so the
work has a ceiling whatever the size.
"""

from __future__ import annotations

import math
import re
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from importlib import resources as pkg_resources
from typing import Any, NamedTuple

import numpy as np

from bastion.guardrails.base import Finding
from bastion.guardrails.injection_framing import (
    META_DAMPING,
    META_DISCUSSION,
    NEGATED_AFTER,
    NEGATED_BEFORE,
    carries_out,
    own_instruction,
    quote_factors,
    split_quotes,
    without_own_instructions,
)
from bastion.guardrails.injection_head import EmbeddingHead
from bastion.guardrails.injection_rules import INJECTION, JAILBREAK, RULES
from bastion.guardrails.normalise import Variant, leet_fold, normalise, variants
from bastion.guardrails.options import Options
from bastion.guardrails.regex_literals import Literals, required_literals
from bastion.resources import Resources

CATEGORIES = (INJECTION, JAILBREAK)
NGRAMS = (2, 3, 4, 5)
CHUNK, CHUNK_STEP = 640, 480  # classifier chunks: about the size of the training examples
WINDOW, OVERLAP = 4096, 256  # scan windows of a long text; the overlap exceeds any rule match
FULL_SCAN = 16  # texts of up to this many windows are scanned whole
MAX_WINDOWS = 48  # beyond that: head, tail, and windows around trigger words, this many in all
HEAD, TAIL = 8, 4
MAX_SPAN = 200  # a rule finding covers at most this much (where the view maps back exactly)
EMIT = 0.5  # the least combined score reported (chosen on the development sets, scripts/eval_injection_dev.py)
CLF_CAP = 0.8  # the classifier alone never reaches "high" (nor does the embedding head settling it): only rules block
HIGH = 0.85  # the least score of severity "high" (blocked by the default policy); the head settles [EMIT, HIGH) only:
# it reads one 320-character stretch, which padding can fill with harmless text, so it may not unblock an attack
EMB_CLIP = 0.005  # a would-be finding's score and the head's probability are added as log-odds clipped to this
EMB_TEXT = 320  # characters embedded (e5 cost grows with length; training texts are about this long)

_WS = re.compile(r"\s+")
_P = np.uint64(0x100000001B3)  # FNV prime: rolling polynomial hash of code points
_MIX = np.uint64(0x9E3779B97F4A7C15)  # Fibonacci hashing: multiply, keep the top bits
# Where to look in the middle of a huge text: strong triggers first (words attacks are made of), then weak ones.
# Plain substring search: a regular-expression alternation of these ran at ~4 MB/s, str.find at ~40 MB/s.
_STRONG_TRIGGERS = ("ignore", "disregard", "jailbr", "pretend", "developer mode", "do anything", "unfilter", "uncensor",
                    "reading this", "<!--", "<|", "[inst", "verbatim", "exfil", "webhook", "![",
                    "무시", "프롬프트", "탈옥", "검열")
_WEAK_TRIGGERS = ("forget", "instruction", "prompt", "restrict", "system", "assistant", "지시", "지침", "제한", "모드")
_SENTENCE_STOPS = (".", "!", "?", "\n")
_SENTENCE_END = re.compile(f"[{re.escape(''.join(_SENTENCE_STOPS))}]")
_INVISIBLE = re.compile("[\u200b-\u200f\u2060-\u2064\ufeff\U000e0000-\U000e007f]")


def classifier_text(view: str) -> str:
    """What the classifier sees of a (normalised) view: leet folded, whitespace collapsed, padded."""
    return f" {_WS.sub(' ', leet_fold(view)).strip()} "


def features(text: str, bits: int) -> np.ndarray:
    """Sorted unique hashed character n-gram ids of ``classifier_text(text)`` (binary bag of n-grams)."""
    cps = np.frombuffer(classifier_text(text).encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    cps = cps.astype(np.uint64)
    shift = np.uint64(64 - bits)
    parts = []
    h = cps
    for n in range(2, max(NGRAMS) + 1):
        if len(cps) < n:
            break
        h = h[:-1] * _P + cps[n - 1 :]
        if n in NGRAMS:
            parts.append(((h ^ np.uint64(n * 0x51ED27)) * _MIX) >> shift)
    if not parts:
        return np.zeros(0, dtype=np.int64)
    return np.unique(np.concatenate(parts)).astype(np.int64)


@dataclass(frozen=True, slots=True)
class _Model:
    weights: np.ndarray  # (2**bits, 3) float32: benign, injection, jailbreak
    bias: np.ndarray  # (3,)
    bits: int
    head: EmbeddingHead  # attack vs benign, from the e5 embedding of the text's most hostile stretch

    def proba(self, text: str) -> np.ndarray:
        ids = features(text, self.bits)
        logits = self.bias + (self.weights[ids].sum(axis=0) / math.sqrt(len(ids)) if len(ids) else 0.0)
        e = np.exp(logits - logits.max())
        return np.asarray(e / e.sum())


def load_model() -> _Model:
    """Rebuild the dense weight table from the sparse one stored (only non-zero rows ship)."""
    ref = pkg_resources.files("bastion.guardrails") / "data" / "injection_model.npz"
    with ref.open("rb") as fh, np.load(fh) as z:
        bits = int(z["bits"])
        weights = np.zeros((1 << bits, 3), dtype=np.float32)
        weights[z["rows"]] = z["values"].astype(np.float32) * float(z["scale"])
        head = EmbeddingHead(*(z[f"head_{k}"].astype(np.float32) for k in ("w1", "b1", "w2", "b2")))
        return _Model(weights, z["bias"].astype(np.float32), bits, head)


class _Hit(NamedTuple):
    """A rule's match: its weight as counted alone (damped where the text discusses attacks) and its span."""

    weight: float
    start: int
    end: int
    discussed: bool  # found where the text discusses attacks: weight is META_DAMPING times the rule's


@dataclass(slots=True)
class _Evidence:
    """What the layers found in one text, per category."""

    rules: dict[str, dict[str, _Hit]] = field(default_factory=lambda: {c: {} for c in CATEGORIES})  # by label
    clf: dict[str, tuple[float, int, int]] = field(default_factory=lambda: {c: (0.0, 0, 0) for c in CATEGORIES})
    best_text: str = ""  # the chunk the classifier liked least: what the embedding head reads
    best_attack: float = -1.0
    best_view: Variant | None = None  # where best_text came from a blanked text view: that view, to map it back
    best_at: int = 0  # best_text's position in best_view

    def pre_score(self, category: str) -> float:
        """Rules and classifier combined, as independent evidence. Rule matches in a discussion of attacks are
        combined at full weight and then damped as one (a defender's list of quoted attacks is one piece of evidence,
        not many), and such a text is blocked only when the evidence outside the discussion (the other matches and
        the classifier) reaches HIGH on its own: otherwise its score stays below HIGH, and the embedding head
        settles it."""
        hits = self.rules[category].values()
        plain = _combined(h.weight for h in hits if not h.discussed)
        discussed = _combined(h.weight / META_DAMPING for h in hits if h.discussed)
        clf = self.clf[category][0]
        score = _combined((plain, META_DAMPING * discussed, clf))
        if discussed and _combined((plain, clf)) < HIGH:
            return min(score, HIGH - 1e-3)
        return score


class InjectionScanner:
    """Scanner ``injection``: findings in categories ``injection`` and ``jailbreak``, one per category (labelled
    by the layer that weighed most: ``rule:<name>``, ``classifier`` or ``embedding``) plus one per further rule
    that fired. Spans: a rule's match in the original text (at most MAX_SPAN), a decoded segment's encoded
    token, or the classifier's chunk (the whole text when short).

    Options: ``embedding`` (default True; ``similarity``, its name before the head, is accepted) enables the e5
    layer; ``min_score`` (default EMIT, 0.5) is the least
    score reported.
    """

    name: str = "injection"
    categories: tuple[str, ...] = CATEGORIES
    max_span: int = MAX_SPAN

    def __init__(self, resources: Resources, options: dict[str, Any] | None = None) -> None:
        opts = Options(options)
        self.resources = resources
        self.use_embedding = opts.flag("embedding", opts.flag("similarity", True))
        self.min_score = opts.number("min_score", EMIT)
        opts.done()
        self._lock = threading.Lock()
        self._model: _Model | None = None
        self._gates: tuple[Literals | None, ...] | None = None  # per rule: strings one of which a match contains

    # -- lazily loaded state (first use, once; never at import) ---------------------------------------------
    @property
    def model(self) -> _Model:
        if self._model is None:
            with self._lock:
                if self._model is None:
                    self._model = load_model()
        return self._model

    @property
    def gates(self) -> tuple[Literals | None, ...]:
        """Per rule, the literals every match contains (:mod:`bastion.guardrails.regex_literals`): a view with none
        of them cannot match, and most views of harmless text skip most rules at the cost of a substring test."""
        if self._gates is None:
            with self._lock:
                if self._gates is None:
                    self._gates = tuple(required_literals(rule.pattern) for rule in RULES)
        return self._gates

    def warm(self) -> None:
        """Load everything now (at startup) rather than on the first request."""
        _ = self.model, self.gates
        if self.use_embedding:
            self.resources.embed_queries(["warm-up"])

    # -- scanning ------------------------------------------------------------------------------------------
    def scan(self, text: str) -> list[Finding]:
        if not text or not text.strip():
            return []
        ev = _Evidence()
        for base in _window_starts(text):
            self._scan_window(text[base : base + WINDOW], base, ev)
        scores = {c: ev.pre_score(c) for c in CATEGORIES}
        settled = dict.fromkeys(CATEGORIES, 0.0)  # per category: the head's probability where it settled the score
        borderline = [c for c, s in scores.items() if EMIT <= s < HIGH]
        if self.use_embedding and borderline and ev.best_text:
            at = self._focus_at(ev.best_text)
            best = ev.best_text[at : at + EMB_TEXT]
            if ev.best_view is not None:  # the same stretch of the original: the quotation with its frame around it
                span = ev.best_view.span(ev.best_at + at, ev.best_at + at + len(best))
                best = self.focus(normalise(text[slice(*span)]).text)  # NFKC may have lengthened the frame
            attack = self.embedded_attack(best)
            for c in borderline:
                settled[c], scores[c] = attack, settle(scores[c], attack)
        return [f for c in CATEGORIES for f in self._findings(c, scores[c], settled[c], ev, len(text))]

    def _scan_window(self, piece: str, base: int, ev: _Evidence) -> None:
        parts = split_quotes(piece)
        if parts is not None:
            outside, inside = parts
            frame = normalise(outside).text
            on_rules, on_classifier = quote_factors(frame)
            if on_rules < 1.0 or on_classifier < 1.0:  # a quoted attack translated or discussed: weigh it apart
                self._scan_views(variants(outside, base), 1.0, 1.0, ev, True)  # the frame: the request, as usual
                self._scan_views(variants(inside, base), on_rules, on_classifier, ev, True)
                return
        self._scan_views(variants(piece, base), 1.0, 1.0, ev, False)

    def _scan_views(self, views: list[Variant], on_rules: float, on_classifier: float, ev: _Evidence,
                    blanked: bool) -> None:
        """``blanked``: the views are of the window split at its quotations (they, or all but they, blanked)."""
        for view in views:
            if not view.text.strip():
                continue
            if on_rules:
                self._match_rules(view, on_rules, ev)
            kept = without_own_instructions(view.text)  # the classifier does not read the user taking back their own
            same = kept == view.text  # a take-back blanked as well: the head reads the view (it must not sway it)
            self._classify(view if same else replace(view, text=kept), on_classifier, ev, blanked and same)

    def _match_rules(self, view: Variant, damping: float, ev: _Evidence) -> None:
        """Rule matches of a view, at ``damping`` times their weight (a quotation the frame discusses or says not to
        act on) or, read at full weight, at META_DAMPING where the match's own sentence discusses attacks."""
        text = view.text
        discusses = damping >= 1.0 and META_DISCUSSION.search(text) is not None and not carries_out(text)
        for rule, gate in zip(RULES, self.gates, strict=True):
            if gate is not None and not any(map(text.__contains__, gate)):
                continue
            # the first match that is not negated, preferring one outside a discussion: a quoted mention early in
            # the text must not hide the same attack made later
            m, factor = None, damping
            for m in _affirmative(rule.pattern, text):
                factor = META_DAMPING if discusses and _discussed_in_sentence(text, m.start(), m.end()) else damping
                if factor >= damping:
                    break
            if m is None:
                continue
            weight = rule.weight * factor
            found = ev.rules[rule.category]
            if rule.label not in found or weight > found[rule.label].weight:
                start, end = view.span(m.start(), m.end())
                if view.offsets is not None:
                    end = min(end, start + MAX_SPAN)
                found[rule.label] = _Hit(weight, start, end, factor < 1.0)

    def _classify(self, view: Variant, damping: float, ev: _Evidence, blanked: bool) -> None:
        """Classifier scores of a view's chunks. The chunk it likes least is what the embedding head reads; where the
        view is of a window split at its quotations (``blanked``), the head reads the same stretch of the original,
        the quotation in its frame, as it was trained to, not a fragment in a stretch of blanks."""
        model = self.model
        text = view.text
        for at in range(0, max(1, len(text) - CHUNK + CHUNK_STEP), CHUNK_STEP):
            chunk = text[at : at + CHUNK]
            if not chunk.strip():
                continue
            p = model.proba(chunk)
            start, end = view.span(at, at + len(chunk))
            for i, category in enumerate(CATEGORIES, start=1):
                score = min(float(p[i]), CLF_CAP) * damping
                if score > ev.clf[category][0]:
                    ev.clf[category] = (score, start, end)
            if p[1] + p[2] > ev.best_attack:
                ev.best_attack, ev.best_text = float(p[1] + p[2]), chunk
                # a decoded or folded view (rot13, leet) shares the offsets, but its original reads differently
                ev.best_view = view if blanked and view.kind == "text" and view.offsets is not None else None
                ev.best_at = at

    def focus(self, chunk: str) -> str:
        """The EMB_TEXT-long stretch of a chunk the classifier finds most hostile: what the embedding head reads."""
        at = self._focus_at(chunk)
        return chunk[at : at + EMB_TEXT]

    def _focus_at(self, chunk: str) -> int:
        if len(chunk) <= EMB_TEXT:
            return 0
        starts = range(0, len(chunk) - EMB_TEXT // 2, EMB_TEXT // 2)
        return max(starts, key=lambda at: 1.0 - float(self.model.proba(chunk[at : at + EMB_TEXT])[0]))

    def embedded_attack(self, text: str) -> float:
        """The embedding head's probability (0..1) that ``text`` (at most EMB_TEXT characters are read) attacks."""
        return self.model.head.attack(self.resources.embed_queries([text[:EMB_TEXT]])[0])

    def _findings(self, category: str, score: float, emb: float, ev: _Evidence, n: int) -> list[Finding]:
        if score < self.min_score:
            return []
        severity = _severity(score)
        rules = sorted(ev.rules[category].items(), key=lambda kv: -kv[1].weight)
        clf, c_start, c_end = ev.clf[category]
        if rules and rules[0][1].weight >= max(clf, emb):
            label, (_, start, end, _) = rules[0]
            main = Finding(category, f"rule:{label}", score, start, end, severity)
        elif emb > clf:
            main = Finding(category, "embedding", score, c_start if clf else 0, c_end if clf else n, severity)
        else:
            main = Finding(category, "classifier", score, c_start, c_end, severity)
        out = [main]
        for label, (weight, start, end, _) in rules:
            if f"rule:{label}" != main.label and weight >= self.min_score:
                extra = min(score, 1.0 - (1.0 - weight) * (1.0 - clf))
                out.append(Finding(category, f"rule:{label}", extra, start, end, _severity(extra)))
        return out


def settle(score: float, attack: float) -> float:
    """A borderline score settled by the embedding head, as two independent pieces of evidence: their log-odds add
    (the head is trained on balanced classes). A finding stays iff ``score + attack >= 1``. The result stays below
    HIGH: the head confirms or withdraws a borderline finding but never makes one blocked (it is weak alone)."""
    def logit(p: float) -> float:
        p = min(1.0 - EMB_CLIP, max(EMB_CLIP, p))
        return math.log(p / (1.0 - p))
    return min(HIGH - 1e-3, 1.0 / (1.0 + math.exp(-(logit(score) + logit(attack)))))


def _combined(weights: Iterable[float]) -> float:
    miss = 1.0
    for weight in weights:
        miss *= 1.0 - weight
    return 1.0 - miss


def _discussed_in_sentence(text: str, start: int, end: int) -> bool:
    """Whether the sentence (or line) around ``text[start:end]`` discusses attacks, outside the match itself: "This
    is an OWASP test." damps nothing in the next sentence, while "an attacker might write 'ignore previous
    instructions'" does, and the attack's own words ("…and your guardrails") never count as discussing it."""
    first = max(text.rfind(stop, 0, start) for stop in _SENTENCE_STOPS) + 1
    last = _SENTENCE_END.search(text, end)
    stop = last.start() if last else len(text)
    return any(META_DISCUSSION.search(text, a, b) is not None for a, b in ((first, start), (end, stop)) if a < b)


def _affirmative(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Those of the first three matches that are not negated ("never reveal your system prompt" is a defence
    written into a system prompt, not an attack) and are not about the user's own earlier instruction."""
    for n, m in enumerate(pattern.finditer(text)):
        if n >= 3:
            break
        if NEGATED_BEFORE.search(text, max(0, m.start() - 60), m.start()) is None and \
                NEGATED_AFTER.match(text, m.end()) is None and not own_instruction(text, m.start(), m.end()):
            yield m


def _severity(score: float) -> str:
    return "high" if score >= HIGH else "medium" if score >= 0.6 else "low"


def _window_starts(text: str) -> list[int]:
    """Where the scan windows of ``text`` start: all of them for a text of up to FULL_SCAN windows; else the
    head, the tail, and in each of evenly spread stretches of the middle one window at its first strong
    trigger word (else its first weak one): MAX_WINDOWS in all, so the work has a ceiling whatever the size.
    Searching stretch by stretch also keeps each call short (scans of big bodies run in a worker thread)."""
    step = WINDOW - OVERLAP
    starts = list(range(0, max(1, len(text) - OVERLAP), step))
    if len(starts) <= FULL_SCAN:
        return starts
    chosen = dict.fromkeys(starts[:HEAD] + starts[-TAIL:])
    lo, hi = starts[HEAD], starts[-TAIL]
    stretch = max(step, -(-(hi - lo) // (MAX_WINDOWS - len(chosen))))
    for at in range(lo, hi, stretch):
        end = min(at + stretch, hi)
        hit = _first_trigger(text[at:end])
        if hit is not None:
            chosen.setdefault(max(0, at + hit - WINDOW // 4), None)
    return sorted(chosen)


def _first_trigger(piece: str) -> int | None:
    """Position of the first strong trigger in ``piece`` (invisible characters count as strong), else of the
    first weak one, else None. Positions are approximate where lower-casing changes a length (harmless: a
    window around the position is scanned)."""
    low = piece.lower()
    hits = [i for i in (low.find(k) for k in _STRONG_TRIGGERS) if i >= 0]
    if not low.isascii() and (m := _INVISIBLE.search(low)) is not None:
        hits.append(m.start())
    if not hits:
        hits = [i for i in (low.find(k) for k in _WEAK_TRIGGERS) if i >= 0]
    return min(hits) if hits else None
