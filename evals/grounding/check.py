"""Validate evals/grounding/questions.jsonl against the sample knowledge base.

Checks the schema, that every gold `contains` string occurs verbatim (on one line) in the named document
under src/bastion/demo/kb/, and prints counts. Exit status 1 on any error.

    python evals/grounding/check.py
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
KB = HERE.parents[1] / "src" / "bastion" / "demo" / "kb"
QUESTIONS = HERE / "questions.jsonl"

REQUIRED = {"id", "lang", "question", "answerable", "gold", "answer"}
OPTIONAL = {"cross_lang", "near_miss"}
MIN_LEN, MAX_LEN = 15, 80


def doc_lang(name: str) -> str:
    return "ko" if any("\uac00" <= ch <= "\ud7a3" for ch in name) else "en"


class Checker:
    def __init__(self, docs: dict[str, str]) -> None:
        self.docs = docs
        self.errors: list[str] = []
        self.warnings: list[str] = []
        self.counts: Counter[str] = Counter()
        self.per_doc: Counter[str] = Counter()
        self.seen: set[str] = set()

    def check_docs(self) -> None:
        for name, text in self.docs.items():
            if not text.startswith("# "):
                self.errors.append(f"{name}: first line is not a '# Title'")

    def check_line(self, lineno: int, line: str) -> None:
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            self.errors.append(f"line {lineno}: invalid JSON ({exc})")
            return
        keys = set(item)
        if not keys >= REQUIRED or not keys <= REQUIRED | OPTIONAL:
            self.errors.append(f"line {lineno}: bad keys {sorted(keys)}")
            return
        where = f"{item['id']} (line {lineno})"
        if item["id"] in self.seen:
            self.errors.append(f"{where}: duplicate id")
        self.seen.add(item["id"])
        if item["lang"] not in ("en", "ko"):
            self.errors.append(f"{where}: lang must be en or ko")
        if not isinstance(item["question"], str) or not item["question"].strip():
            self.errors.append(f"{where}: empty question")
        if item["answerable"] is True:
            self.check_answerable(where, item)
        elif item["answerable"] is False:
            self.check_unanswerable(where, item)
        else:
            self.errors.append(f"{where}: answerable must be true or false")

    def check_answerable(self, where: str, item: dict) -> None:
        lang = item["lang"]
        if not item["id"].startswith(f"{lang}-") or "-u-" in item["id"]:
            self.errors.append(f"{where}: id does not match lang/kind")
        if not item["gold"]:
            self.errors.append(f"{where}: answerable item without gold")
        if not isinstance(item["answer"], str) or not item["answer"].strip():
            self.errors.append(f"{where}: answerable item without answer")
        if item.get("near_miss"):
            self.errors.append(f"{where}: near_miss on an answerable item")
        gold_langs = {self.check_gold(where, gold) for gold in item["gold"]} - {None}
        cross = bool(gold_langs) and gold_langs != {lang}
        if bool(item.get("cross_lang")) != cross:
            self.errors.append(f"{where}: cross_lang flag does not match the gold documents' language")
        if cross:
            self.counts[f"{lang} cross_lang"] += 1
        self.counts[f"{lang} answerable"] += 1

    def check_gold(self, where: str, gold: dict) -> str | None:
        if set(gold) != {"document", "contains"}:
            self.errors.append(f"{where}: bad gold keys {sorted(gold)}")
            return None
        doc, sub = gold["document"], gold["contains"]
        if doc not in self.docs:
            self.errors.append(f"{where}: unknown document {doc!r}")
            return None
        self.per_doc[doc] += 1
        if not MIN_LEN <= len(sub) <= MAX_LEN:
            self.errors.append(f"{where}: contains is {len(sub)} chars (want {MIN_LEN}-{MAX_LEN})")
        if "\n" in sub:
            self.errors.append(f"{where}: contains spans a line break")
        n = self.docs[doc].count(sub)
        if n == 0:
            self.errors.append(f"{where}: not found verbatim in {doc}: {sub!r}")
        elif n > 1:
            self.warnings.append(f"{where}: occurs {n} times in {doc}: {sub!r}")
        others = [d for d, text in self.docs.items() if d != doc and sub in text]
        if others:
            self.warnings.append(f"{where}: {sub!r} also occurs in {others}")
        return doc_lang(doc)

    def check_unanswerable(self, where: str, item: dict) -> None:
        lang = item["lang"]
        if not item["id"].startswith(f"{lang}-u-"):
            self.errors.append(f"{where}: id does not match lang/kind")
        if item["gold"] != [] or item["answer"] is not None:
            self.errors.append(f"{where}: unanswerable item must have gold [] and answer null")
        if item.get("cross_lang"):
            self.errors.append(f"{where}: cross_lang on an unanswerable item")
        if item.get("near_miss"):
            self.counts[f"{lang} near_miss"] += 1
        self.counts[f"{lang} unanswerable"] += 1

    def report(self) -> int:
        for key in sorted(self.counts):
            print(f"{key:20} {self.counts[key]}")
        print("gold passages per document:")
        for doc in sorted(self.docs):
            print(f"  {doc:32} {self.per_doc[doc]}")
        for warning in self.warnings:
            print("warning:", warning)
        for error in self.errors:
            print("error:", error, file=sys.stderr)
        print(f"{len(self.seen)} items, {len(self.errors)} errors, {len(self.warnings)} warnings")
        return 1 if self.errors else 0


def main() -> int:
    checker = Checker({p.name: p.read_text(encoding="utf-8") for p in sorted(KB.glob("*.md"))})
    checker.check_docs()
    for lineno, line in enumerate(QUESTIONS.read_text(encoding="utf-8").splitlines(), 1):
        checker.check_line(lineno, line)
    return checker.report()


if __name__ == "__main__":
    sys.exit(main())
