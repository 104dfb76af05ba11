"""Literals a regular expression's every match must contain: a cheap exact gate in front of costly patterns.

``required_literals(pattern)`` returns a set of strings such that any match of the pattern contains at least one
of them as a substring, or None when no such set is known. So ``any(s in text for s in literals)`` being false
proves the pattern cannot match ``text``, and the search can be skipped; ``str.__contains__`` runs an order of
magnitude faster than a search with Python's backtracking engine. This is the prefilter idea of RE2 and of
code-search trigram indexes, reduced to what the injection rules need.

The analysis walks the parsed pattern (``re._parser``, whose shape is fixed for the pinned CPython 3.11):

* consecutive literal characters form one string (``ignore``), which every match of that stretch contains;
* a sequence requires what any one of its items requires; the most selective item is kept (longest shortest
  string, then fewest strings);
* an alternation requires the union of what its branches require, and nothing if one branch requires nothing;
* a repeat with a minimum of at least one requires what its body requires; an optional part requires nothing;
* a character class of plain characters requires one of them;
* anything else (``.``, ``\\w``, ranges, look-arounds, back-references, case-insensitive parts) requires nothing,
  and it ends a run of literals, which can only shorten the strings: the answer stays sound.
"""

from __future__ import annotations

import re
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parser  # type: ignore[attr-defined]
from typing import Any

Literals = frozenset[str]

_REPEATS = (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, sre_constants.POSSESSIVE_REPEAT)


def required_literals(pattern: re.Pattern[str]) -> Literals | None:
    """Strings one of which every match of ``pattern`` contains, or None when none are known."""
    if pattern.flags & re.IGNORECASE:
        return None
    return _sequence(sre_parser.parse(pattern.pattern, pattern.flags))


def _selectivity(literals: Literals) -> tuple[int, int]:
    return min(map(len, literals)), -len(literals)


def _sequence(items: Any) -> Literals | None:
    best: Literals | None = None
    run: list[str] = []

    def consider(found: Literals | None) -> None:
        nonlocal best
        if found and (best is None or _selectivity(found) > _selectivity(best)):
            best = found

    def end_run() -> None:
        if run:
            consider(frozenset(("".join(run),)))
            run.clear()

    for op, arg in items:
        if op is sre_constants.LITERAL:
            run.append(chr(arg))
            continue
        end_run()
        consider(_item(op, arg))
    end_run()
    return best


def _item(op: Any, arg: Any) -> Literals | None:
    """What one non-literal item of a sequence requires."""
    if op is sre_constants.SUBPATTERN:
        _group, add_flags, _del_flags, body = arg
        return None if add_flags & re.IGNORECASE else _sequence(body)
    if op is sre_constants.ATOMIC_GROUP:
        return _sequence(arg)
    if op is sre_constants.BRANCH:
        branches = [_sequence(branch) for branch in arg[1]]
        if any(b is None for b in branches):
            return None
        return frozenset().union(*branches)  # type: ignore[arg-type]
    if op in _REPEATS:
        least, _most, body = arg
        return _sequence(body) if least >= 1 else None
    if op is sre_constants.IN:
        chars = [chr(a) for o, a in arg if o is sre_constants.LITERAL]
        return frozenset(chars) if chars and len(chars) == len(arg) else None
    return None
