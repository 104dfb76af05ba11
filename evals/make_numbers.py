"""Synthetic, checksum-valid identifiers for the evaluation sets (and the validators that re-check them).

Every number here is made up by a seeded random generator: card numbers use test-style issuer prefixes with a
valid Luhn digit, IBANs carry a valid ISO 13616 mod-97 check, Korean resident / alien registration numbers
carry the pre-2020 weighted check digit, business registration numbers the NTS check digit. They are meant to
*look* real to a detector; none belongs to a person or a company (the random serials make a collision with a
real identifier possible in principle but not targeted). Run this module to print a few of each.
"""

from __future__ import annotations

import random
import string

# ---------------------------------------------------------------- validators


def luhn_ok(number: str) -> bool:
    digits = [int(c) for c in number if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return len(digits) >= 12 and total % 10 == 0


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "").upper()
    if len(s) < 15 or not s[:2].isalpha() or not s[2:4].isdigit():
        return False
    moved = s[4:] + s[:4]
    as_digits = "".join(str(int(c, 36)) for c in moved)
    return int(as_digits) % 97 == 1


_RRN_WEIGHTS = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)


def _rrn_sum(d: str) -> int:
    return sum(int(d[i]) * w for i, w in enumerate(_RRN_WEIGHTS))


def rrn_ok(rrn: str) -> bool:
    """Korean resident registration number, pre-October-2020 check digit; gender digit 1-4."""
    d = rrn.replace("-", "")
    return len(d) == 13 and d.isdigit() and d[6] in "1234" and (11 - _rrn_sum(d) % 11) % 10 == int(d[12])


def arn_ok(arn: str) -> bool:
    """Korean alien (foreigner) registration number: gender digit 5-8, check (13 - s mod 11) mod 10."""
    d = arn.replace("-", "")
    return len(d) == 13 and d.isdigit() and d[6] in "5678" and (13 - _rrn_sum(d) % 11) % 10 == int(d[12])


def brn_ok(brn: str) -> bool:
    """Korean business registration number (사업자등록번호), NTS check digit."""
    d = [int(c) for c in brn if c.isdigit()]
    if len(d) != 10:
        return False
    keys = (1, 3, 7, 1, 3, 7, 1, 3, 5)
    total = sum(d[i] * keys[i] for i in range(8)) + d[8] * 5 + (d[8] * 5) // 10
    return (10 - total % 10) % 10 == d[9]


# ---------------------------------------------------------------- generators


class Numbers:
    """Deterministic generator: the same seed always yields the same sequence of values."""

    def __init__(self, seed: int = 20240611) -> None:
        self.r = random.Random(seed)

    def _digits(self, n: int) -> str:
        return "".join(self.r.choice(string.digits) for _ in range(n))

    def credit_card(self, style: str = "space") -> str:
        prefix, length = self.r.choice([("4", 16), ("51", 16), ("53", 16), ("55", 16), ("37", 15), ("6011", 16)])
        body = prefix + self._digits(length - len(prefix) - 1)
        for check in string.digits:
            if luhn_ok(body + check):
                num = body + check
                break
        if style == "plain":
            return num
        sep = " " if style == "space" else "-"
        if length == 15:
            return sep.join((num[:4], num[4:10], num[10:]))
        return sep.join(num[i : i + 4] for i in range(0, 16, 4))

    _IBAN_BBAN = {"DE": (18, "n"), "FR": (23, "fr"), "GB": (18, "gb"), "NL": (14, "nl"), "ES": (20, "n"),
                  "IT": (23, "it"), "BE": (12, "n"), "CH": (17, "n")}

    def iban(self, country: str = "DE", grouped: bool = True) -> str:
        length, kind = self._IBAN_BBAN[country]
        if kind == "gb":
            bban = self.r.choice(["NWBK", "BARC", "MIDL", "LOYD"]) + self._digits(14)
        elif kind == "nl":
            bban = self.r.choice(["ABNA", "INGB", "RABO"]) + self._digits(10)
        elif kind == "it":
            bban = self.r.choice(string.ascii_uppercase) + self._digits(22)
        elif kind == "fr":
            bban = self._digits(21) + "".join(self.r.choice(string.digits) for _ in range(2))
        else:
            bban = self._digits(length)
        moved = bban + country + "00"
        check = 98 - int("".join(str(int(c, 36)) for c in moved)) % 97
        iban = f"{country}{check:02d}{bban}"
        assert iban_ok(iban)
        return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4)) if grouped else iban

    def _birth(self) -> tuple[str, int]:
        year = self.r.randint(1950, 2012)
        month = self.r.randint(1, 12)
        day = self.r.randint(1, 28)
        return f"{year % 100:02d}{month:02d}{day:02d}", year

    def rrn(self, dash: bool = True) -> str:
        while True:
            birth, year = self._birth()
            g = self.r.choice("12") if year < 2000 else self.r.choice("34")
            body = birth + g + self._digits(5)
            c = (11 - _rrn_sum(body) % 11) % 10
            value = f"{body[:6]}-{body[6:]}{c}" if dash else f"{body}{c}"
            if rrn_ok(value):
                return value

    def arn(self, dash: bool = True) -> str:
        birth, year = self._birth()
        g = self.r.choice("56") if year < 2000 else self.r.choice("78")
        body = birth + g + self._digits(5)
        c = (13 - _rrn_sum(body) % 11) % 10
        value = f"{body[:6]}-{body[6:]}{c}" if dash else f"{body}{c}"
        assert arn_ok(value)
        return value

    def brn(self, dash: bool = True) -> str:
        while True:
            body = f"{self.r.randint(101, 899)}{self.r.randint(1, 99):02d}{self._digits(4)}"
            for c in string.digits:
                if brn_ok(body + c):
                    d = body + c
                    return f"{d[:3]}-{d[3:5]}-{d[5:]}" if dash else d

    def bad_luhn(self) -> str:
        """A 16-digit number that fails Luhn (for look-alike prompts: order numbers, tracking ids)."""
        while True:
            d = self._digits(16)
            if not luhn_ok(d) and d[0] != "0":
                return d


if __name__ == "__main__":
    n = Numbers(1)
    for name in ("credit_card", "iban", "rrn", "arn", "brn"):
        print(name, [getattr(n, name)() for _ in range(3)])
