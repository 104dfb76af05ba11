"""A scanner's options from a policy (YAML or the admin API), read strictly.

A wrong type or value is refused with the option's name instead of being coerced: ``bool("false")`` is True, so
``embedding: "false"`` used to leave the e5 head on, and ``min_score: "high"`` failed deep inside a constructor.
Every option a scanner does not read is refused too, so a misspelt one is not silently ignored. The registry turns
:class:`OptionError` into a configuration error naming the policy and scanner (a 400 from the admin API).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from pathlib import Path
from typing import Any

_TRUE = frozenset({"true", "yes", "on", "1"})
_FALSE = frozenset({"false", "no", "off", "0"})


class OptionError(ValueError):
    """An option with a wrong value, or one the scanner does not know."""


class Options:
    """Typed reads of one scanner's options; :meth:`done` refuses the ones nothing read."""

    def __init__(self, options: Mapping[str, Any] | None) -> None:
        self._raw = dict(options or {})
        self._read: set[str] = set()

    def _get(self, key: str, default: Any) -> Any:
        self._read.add(key)
        return self._raw.get(key, default)

    def flag(self, key: str, default: bool) -> bool:
        value = self._get(key, default)
        if isinstance(value, bool):
            return value
        if isinstance(value, int) and value in (0, 1):
            return bool(value)
        if isinstance(value, str) and value.strip().lower() in _TRUE | _FALSE:
            return value.strip().lower() in _TRUE
        raise OptionError(f"option '{key}' must be true or false, not {value!r}")

    def number(self, key: str, default: float, lo: float = 0.0, hi: float | None = 1.0) -> float:
        value = self._get(key, default)
        bad = isinstance(value, bool) or not isinstance(value, int | float | str)
        try:
            number = math.nan if bad else float(value)
        except ValueError:
            number = math.nan
        if not math.isfinite(number) or number < lo or (hi is not None and number > hi):
            span = f"from {lo:g} to {hi:g}" if hi is not None else f"of at least {lo:g}"
            raise OptionError(f"option '{key}' must be a number {span}, not {value!r}")
        return number

    def count(self, key: str, default: int, lo: int = 1, hi: int = 1_000_000) -> int:
        value = self._get(key, default)
        whole = isinstance(value, int) or (isinstance(value, float) and value.is_integer())
        if isinstance(value, bool) or not whole or not lo <= value <= hi:
            raise OptionError(f"option '{key}' must be a whole number from {lo} to {hi}, not {value!r}")
        return int(value)

    def strings(self, key: str) -> list[str] | None:
        value = self._get(key, None)
        if value is None:
            return None
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise OptionError(f"option '{key}' must be a list of strings, not {value!r}")
        return list(value)

    def text(self, key: str) -> str | None:
        value = self._get(key, None)
        if value is not None and not isinstance(value, str):
            raise OptionError(f"option '{key}' must be a string, not {value!r}")
        return value or None

    def file(self, key: str) -> Path | None:
        """A path to a file that exists (checked now, not at the first scan)."""
        value = self.text(key)
        if value is not None and not Path(value).is_file():
            raise OptionError(f"option '{key}': no file at {value!r}")
        return Path(value) if value is not None else None

    def done(self) -> None:
        unknown = sorted(set(self._raw) - self._read)
        if unknown:
            raise OptionError(f"unknown option(s) {', '.join(map(repr, unknown))}; it takes "
                              f"{', '.join(sorted(self._read)) or 'none'}")
