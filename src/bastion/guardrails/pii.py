"""PII: Presidio's analyzer with a trimmed, tuned recognizer set, English and Korean.

Presidio's defaults load every recognizer (25+, most for other countries' IDs) and a full spaCy pipeline,
and they tag numbers and capitalised words as PERSON. Here:

* spaCy runs NER only (no tagger, parser or lemmatizer), and only on text with Latin letters;
* PERSON comes from spaCy for English and from kiwipiepy (proper nouns + context) for Korean; a spaCy
  PERSON span with digits, Hangul or no capital letter is dropped (the "numbers as PERSON" failure);
* LOCATION/GPE and DATE are not PII on their own and are not reported; street addresses are;
* card numbers need a valid Luhn checksum, IBANs their mod-97, Korean resident and business registration
  numbers their checksums (see :mod:`bastion.guardrails.pii_korean`).

Long texts are analysed in overlapping windows so the cost stays linear and a finding on a window
boundary is still seen whole.
"""

from __future__ import annotations

import re
import threading
from typing import Any

from bastion.guardrails.base import Finding
from bastion.guardrails.options import Options
from bastion.guardrails.pii_english import PLACES
from bastion.guardrails.pii_tables import TableNameDetector
from bastion.resources import Resources

_WINDOW = 8_000
_OVERLAP = 200
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_LATIN = re.compile(r"[A-Za-z]")
_DIGIT = re.compile(r"\d")
_HANGUL_RUN = re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]+")


class PiiScanner:
    name = "pii"
    categories: tuple[str, ...] = ("pii",)
    max_span: int = 120

    def __init__(self, resources: Resources, options: dict[str, Any] | None = None) -> None:
        opts = Options(options)
        self.resources = resources
        self.min_score = opts.number("min_score", 0.5)
        self.entities: list[str] | None = opts.strings("entities")
        self.use_spacy = opts.flag("spacy", True)
        self.use_kiwi = opts.flag("korean_names", True)
        opts.done()
        self._lock = threading.Lock()
        self._engine: Any = None
        self._tables = TableNameDetector()

    def warm(self) -> None:
        self.scan("Warm-up: John Smith, john@example.com, 010-1234-5678, 홍길동 고객님")

    def _build(self) -> Any:
        import tldextract
        from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
        from presidio_analyzer.predefined_recognizers import (
            CreditCardRecognizer,
            EmailRecognizer,
            IbanRecognizer,
            IpRecognizer,
            PhoneRecognizer,
            SpacyRecognizer,
            UsSsnRecognizer,
        )

        from bastion.guardrails.pii_english import english_recognizers
        from bastion.guardrails.pii_korean import as_recognizer, generic_recognizers, korean_recognizers
        from bastion.guardrails.pii_names import GivenNameDetector, NameContextDetector
        from bastion.guardrails.pii_ner import nlp_engine_for

        class OfflineEmailRecognizer(EmailRecognizer):
            """Presidio checks an e-mail's domain with tldextract's module-level extractor, which downloads
            the public suffix list on first use; this one uses the snapshot tldextract ships. Internal domains
            (corp.local, intra.internal, .example) are not public suffixes but their addresses are people's:
            any alphabetic top-level label counts, except file extensions (icon@2x.png)."""

            def __init__(self) -> None:
                super().__init__()
                self.extract = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)

            def validate_result(self, pattern_text: str) -> bool:
                if self.extract(pattern_text).fqdn:
                    return True
                host, _, tld = pattern_text.rpartition("@")[2].lower().rpartition(".")
                return (tld.isalpha() and 2 <= len(tld) <= 24 and tld not in _FILE_EXTENSIONS
                        and _RESOLUTION.fullmatch(host.rpartition(".")[2]) is None)  # icon@2x.bmp

        latin = RecognizerRegistry(supported_languages=["en"])
        for r in (OfflineEmailRecognizer(), CreditCardRecognizer(), IbanRecognizer(), IpRecognizer(), UsSsnRecognizer(),
                  _phone_regions(PhoneRecognizer(supported_regions=("US", "GB")), 7),
                  *english_recognizers(), *generic_recognizers()):
            latin.add_recognizer(r)
        no_nlp: Any = _NoNlp()  # pattern recognizers only
        given = GivenNameDetector()
        nlp_engine: Any = nlp_engine_for(self.resources, given.lower) if self.use_spacy else no_nlp
        if self.use_spacy:
            latin.add_recognizer(SpacyRecognizer(supported_entities=["PERSON"]))
        korean = RecognizerRegistry(supported_languages=["en"])
        kiwi = self.resources.kiwi if self.use_kiwi else None
        for r in (*korean_recognizers(kiwi), as_recognizer(NameContextDetector()), as_recognizer(given)):
            korean.add_recognizer(r)
        return (AnalyzerEngine(registry=latin, nlp_engine=nlp_engine, supported_languages=["en"],
                               context_aware_enhancer=_enhancer()),
                AnalyzerEngine(registry=korean, nlp_engine=no_nlp, supported_languages=["en"],
                               context_aware_enhancer=_enhancer()))

    @property
    def engine(self) -> Any:
        if self._engine is None:
            with self._lock:
                if self._engine is None:
                    self._engine = self._build()
        return self._engine

    def scan(self, text: str) -> list[Finding]:
        if len(text) <= _WINDOW:
            return self._scan(text, 0) + self._table_names(text)
        seen: dict[tuple[int, int, str], Finding] = {}
        for start in range(0, len(text), _WINDOW - _OVERLAP):
            for f in self._scan(text[start:start + _WINDOW], start):
                seen.setdefault((f.start, f.end, f.label), f)
        for f in self._table_names(text):  # the whole text: a table's rows keep their header across windows
            seen.setdefault((f.start, f.end, f.label), f)
        return list(seen.values())

    def _table_names(self, text: str) -> list[Finding]:
        if self.entities is not None and "PERSON" not in self.entities:
            return []
        return [Finding("pii", d.entity, d.score, d.start, d.end, "medium") for d in self._tables.detect(text)
                if d.score >= self.min_score]

    def _scan(self, text: str, offset: int) -> list[Finding]:
        if not text.strip():
            return []
        latin, korean = self.engine
        # Hangul blanked out (same length, so offsets hold): Presidio's patterns need a word boundary, and a
        # Korean particle glued to an address ("a@b.com으로") leaves none; spaCy reads Hangul as noise anyway.
        view = _HANGUL_RUN.sub(lambda m: " " * len(m.group()), text)
        results = []
        if _LATIN.search(view) or _DIGIT.search(view):
            results += latin.analyze(text=view, language="en", entities=self.entities, score_threshold=self.min_score,
                                     nlp_artifacts=None if _LATIN.search(view) else _empty_artifacts())
        results += korean.analyze(text=text, language="en", entities=self.entities, score_threshold=self.min_score,
                                  nlp_artifacts=_empty_artifacts())
        out = []
        for r in results:
            if r.entity_type == "IP_ADDRESS" and _version_not_address(text, r.start):
                continue
            if (r.recognition_metadata or {}).get("recognizer_name") == "SpacyRecognizer":
                r.start = _trim_lead(text, r.start, r.end)
                r.end = _trim_tail(text, r.start, r.end)
                value = text[r.start:r.end]
                if not _plausible_person(value) or (" " not in value and _MODEL_NUMBER.match(text, r.end)):
                    continue
            severity = "high" if r.score >= 0.85 else "medium" if r.score >= 0.6 else "low"
            out.append(Finding("pii", r.entity_type, float(r.score), r.start + offset, r.end + offset, severity))
        return out


# Sentence-initial words the small English model glues onto a following name ("Email John Smith").
_LEADS = frozenset({"dear", "hi", "hello", "hey", "email", "e-mail", "mail", "call", "ask", "contact", "tell", "ping",
                    "message", "text", "cc", "thanks", "thank", "please", "remind", "invite", "meet", "add", "from",
                    "to", "attn", "regards", "cheers", "welcome", "congratulate", "congrats", "notify", "phone"})


def _trim_lead(text: str, start: int, end: int) -> int:
    """Move a PERSON span's start past leading words from :data:`_LEADS`."""
    while True:
        word_end = text.find(" ", start, end)
        if word_end == -1 or text[start:word_end].strip(",.:;").lower() not in _LEADS:
            return start
        start = word_end + 1


_FILE_EXTENSIONS = frozenset(("png", "jpg", "jpeg", "gif", "svg", "webp", "pdf", "js", "ts", "css", "py", "txt",
                              "md", "json", "yaml", "yml", "html", "xml", "zip", "tar", "gz", "csv", "log", "exe",
                              "sh"))
_RESOLUTION = re.compile(r"\d+(?:\.\d+)?x")
_VERSION_CUE = re.compile(r"(?i)version|\bver\b|\bv(?=\s*$)|release|\bbuild|\bsdk\b|firmware|upgrad|updat|bump|patch"
                          r"|버전|릴리스|업그레이드|업데이트")
_VERSION_PAIR = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}\s*(?:to|->|→|에서)\s*\d{1,3}(?:\.\d{1,3}){3}")
_ADDRESS_CUE = re.compile(r"(?i)\bip\b|host|server|address|subnet|gateway|ping|ssh|dns|proxy|vpn|firewall"
                          r"|주소|서버|아이피")


def _version_not_address(text: str, start: int) -> bool:
    """A dotted quad in a "from A to B" pair after version words ("upgrading the SDK from 4.12.0.3 to 4.13.0.1")
    with no network words near is a version number, not an IP address. One address after "updated the config"
    is still an address."""
    near = text[max(0, start - 24):start + 40]
    pair = next((m for m in _VERSION_PAIR.finditer(near) if m.start() <= start - max(0, start - 24) < m.end()), None)
    before = text[max(0, start - 60):start]
    return pair is not None and _VERSION_CUE.search(before + near) is not None and _ADDRESS_CUE.search(before) is None


def _is_place(value: str) -> bool:
    """A span of place names only ("Busan", "Hong Kong", "Jeju and Busan"), not a person named like one."""
    words = [w for w in re.split(r"[\s,./-]+", value.lower()) if w and w != "and"]
    return " ".join(words) in PLACES or all(w in PLACES for w in words)


def _trim_tail(text: str, start: int, end: int) -> int:
    """End a PERSON span at its line or table cell: the small model runs a name into the next line's label
    ("Yousef Nasser\nDate"), and Presidio would then drop the exact span a field recognizer found inside it.
    What is left must still be a full name (two words): a lone word cut off a run ("Agenda\n09:00") is dropped
    (the span becomes empty)."""
    cut = min((i for i in (text.find("\n", start, end), text.find("|", start, end)) if i != -1), default=end)
    if cut == end:
        return end
    kept = text[start:cut].strip()
    return start + len(text[start:cut].rstrip()) if len(kept.split()) >= 2 else start


# a model number right after a one-word "name" makes it a product or a library (Jordan 23, Jackson 2.13, Galaxy S24);
# a count or an age does not ("Priya 3 times", "John 34 years old")
_MODEL_NUMBER = re.compile(r" [A-Z]?\d[\d.]*(?![\d.]*\s*(?:days?|weeks?|months?|years?|times|x\b|st\b|nd\b|rd\b"
                           r"|th\b|pm\b|am\b|%))")
# what the small model takes for a person at the head of a table or a letter: "| Name |", "Customer Care"
_NOT_PERSON_HEAD = frozenset(("name", "names", "customer", "client", "support", "team", "role", "owner", "user",
                              "reply", "dear"))


def _plausible_person(value: str) -> bool:
    """spaCy's small English model calls numbers, codes, Korean text, table cells ("Busan | KRW") and romanised
    place names ("a trip to Busan") PERSON; an English name has none of those, stays within one line and one
    table cell, and starts with a capital. (Korean names come from the KR_PERSON recognizer.)"""
    return (not _DIGIT.search(value) and not _HANGUL.search(value) and value[:1].isupper()
            and "|" not in value and "\n" not in value
            and bool(value.strip()) and not _is_place(value) and value.split()[0].lower() not in _NOT_PERSON_HEAD)


# A run that could hold a phone number: 7+ digits with the separators people write (checked in _phone_regions).
_PHONE_RUN = re.compile(r"[+(]?\d[\d \t().\-/]{5,30}\d")
# Runs libphonenumber (0.2-0.8 ms each, US and GB plans) is not asked about, because they are something else whole:
# a dotted quad (it calls some IP addresses phone numbers); card and IBAN groupings of 15 digits or more (no phone
# number is that long); resident registration numbers; and Korean mobile and landline numbers, which are neither US
# nor GB numbers and which the Korean recognizer reports.
_NOT_PHONE = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}|\d{4}(?:[ -]?\d{4}){3}(?:[ -]?\d{1,3})?|\d{4}[ -]?\d{6}[ -]?\d{5}"
                        r"|\d{1,4}(?: \d{4}){3,}(?: \d{1,3})?|\d{6}-\d{7}"
                        r"|(?:01[016789]|02|0[3-6][1-5]|070)-\d{3,4}-\d{4}")
_PHONE_MARGIN = 3  # characters either side, so libphonenumber's checks of what borders a number still apply


def _phone_regions(recognizer: Any, digits: int) -> Any:
    """Run an expensive recognizer (libphonenumber's matcher, one pass per region over the whole text) only on
    the digit runs that could be phone numbers, with a small margin, and shift its results back: the same
    findings for a fraction of the work on prose."""
    analyze = recognizer.analyze

    def regions(text: str, entities: list[str], nlp_artifacts: Any = None) -> list[Any]:
        spans: list[list[int]] = []  # merged: numbers written close together are analysed in one region
        for m in _PHONE_RUN.finditer(text, 0, 100_000):
            if sum(c.isdigit() for c in m.group()) < digits or _NOT_PHONE.fullmatch(m.group()):
                continue
            start, end = max(0, m.start() - _PHONE_MARGIN), min(len(text), m.end() + _PHONE_MARGIN)
            if spans and start <= spans[-1][1]:
                spans[-1][1] = end
            else:
                spans.append([start, end])
        out: list[Any] = []
        for start, end in spans:
            for r in analyze(text[start:end], entities, nlp_artifacts):
                r.start, r.end = r.start + start, r.end + start
                out.append(r)
        return out

    recognizer.analyze = regions
    return recognizer


def _enhancer() -> Any:
    """Presidio's context enhancer without its defensive deep copy of the results (a tenth of a PII-dense scan):
    the analyzer hands it a list it built for this call alone and never reads again."""
    from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer

    class Owned(list[Any]):
        def __deepcopy__(self, memo: dict[int, Any]) -> list[Any]:
            return list(self)

    class Enhancer(LemmaContextAwareEnhancer):
        def enhance_using_context(self, text: str, raw_results: list[Any], nlp_artifacts: Any, recognizers: list[Any],
                                  context: list[str] | None = None) -> list[Any]:
            return super().enhance_using_context(text, Owned(raw_results), nlp_artifacts, recognizers, context)

    return Enhancer()


def _empty_artifacts() -> Any:
    from presidio_analyzer.nlp_engine import NlpArtifacts

    return NlpArtifacts(entities=[], tokens=[], tokens_indices=[], lemmas=[], nlp_engine=None,  # type: ignore[arg-type]
                        language="en")


class _NoNlp:
    """An NLP engine that finds nothing: pattern recognizers only (``spacy: false``)."""

    def process_text(self, text: str, language: str) -> Any:
        return _empty_artifacts()

    def is_loaded(self) -> bool:
        return True

    def load(self) -> None:
        return None

    def get_supported_entities(self) -> list[str]:
        return []

    def get_supported_languages(self) -> list[str]:
        return ["en"]

    def is_stopword(self, word: str, language: str) -> bool:
        return False

    def is_punct(self, word: str, language: str) -> bool:
        return False
